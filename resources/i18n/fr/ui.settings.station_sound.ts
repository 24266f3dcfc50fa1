<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="fr">
<context>
    <name>SoundForm</name>
    <message>
        <location filename="../../../s321_desk/ui/settings/station_sound.py" line="20"/>
        <source>Sound</source>
        <translation>Son</translation>
    </message>
    <message>
        <location filename="../../../s321_desk/ui/settings/station_sound.py" line="28"/>
        <source>Muted</source>
        <translation>Coupé</translation>
    </message>
    <message>
        <location filename="../../../s321_desk/ui/settings/station_sound.py" line="38"/>
        <source>Volume:</source>
        <translation>Volume&#xa0;:</translation>
    </message>
    <message>
        <location filename="../../../s321_desk/ui/settings/station_sound.py" line="71"/>
        <source>This computer plays no sound ({why}): every verdict is on the screen alone.</source>
        <translation>Cet ordinateur ne joue aucun son ({why})&#xa0;: chaque verdict est à l&apos;écran seulement.</translation>
    </message>
</context>
</TS>
