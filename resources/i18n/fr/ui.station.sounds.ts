<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="fr">
<context>
    <name>Sounds</name>
    <message>
        <location filename="../../../s321_desk/ui/station/sounds.py" line="57"/>
        <location filename="../../../s321_desk/ui/station/sounds.py" line="111"/>
        <source>no sound device</source>
        <translation>aucun périphérique audio</translation>
    </message>
    <message>
        <location filename="../../../s321_desk/ui/station/sounds.py" line="104"/>
        <source>the sound library cannot load ({error})</source>
        <translation>la bibliothèque audio ne se charge pas ({error})</translation>
    </message>
</context>
</TS>
