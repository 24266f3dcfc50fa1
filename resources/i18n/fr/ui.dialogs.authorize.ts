<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="fr">
<context>
    <name>AuthorizeDialog</name>
    <message>
        <location filename="../../../s321_desk/ui/dialogs/authorize.py" line="85"/>
        <source>Supervisor</source>
        <translation>Superviseur</translation>
    </message>
    <message>
        <location filename="../../../s321_desk/ui/dialogs/authorize.py" line="86"/>
        <source>&amp;{role} (name or badge):</source>
        <translation>&amp;{role} (nom ou badge)&#xa0;:</translation>
    </message>
    <message>
        <location filename="../../../s321_desk/ui/dialogs/authorize.py" line="87"/>
        <source>&amp;PIN:</source>
        <translation>N&amp;IP&#xa0;:</translation>
    </message>
    <message>
        <location filename="../../../s321_desk/ui/dialogs/authorize.py" line="95"/>
        <source>Down: the usual reasons</source>
        <translation>Flèche bas&#xa0;: les motifs habituels</translation>
    </message>
    <message>
        <location filename="../../../s321_desk/ui/dialogs/authorize.py" line="97"/>
        <source>&amp;Reason:</source>
        <translation>&amp;Motif&#xa0;:</translation>
    </message>
    <message>
        <location filename="../../../s321_desk/ui/dialogs/authorize.py" line="123"/>
        <source>name or badge</source>
        <translation>nom ou badge</translation>
    </message>
    <message>
        <location filename="../../../s321_desk/ui/dialogs/authorize.py" line="124"/>
        <source>PIN</source>
        <translation>NIP</translation>
    </message>
    <message>
        <location filename="../../../s321_desk/ui/dialogs/authorize.py" line="126"/>
        <source>reason (it is audited)</source>
        <translation>motif (il est conservé dans la piste de vérification)</translation>
    </message>
    <message>
        <location filename="../../../s321_desk/ui/dialogs/authorize.py" line="128"/>
        <source>Please give the {missing}.</source>
        <translation>Veuillez donner&#xa0;: {missing}.</translation>
    </message>
</context>
</TS>
