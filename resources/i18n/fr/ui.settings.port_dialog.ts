<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="fr">
<context>
    <name>AddPortDialog</name>
    <message>
        <location filename="../../../s321_desk/ui/settings/port_dialog.py" line="30"/>
        <source>Add a port of entry</source>
        <translation>Ajouter un point d&apos;entrée</translation>
    </message>
    <message>
        <location filename="../../../s321_desk/ui/settings/port_dialog.py" line="35"/>
        <source>4 digits, e.g. 3014</source>
        <translation>4 chiffres, p. ex. 3014</translation>
    </message>
    <message>
        <location filename="../../../s321_desk/ui/settings/port_dialog.py" line="36"/>
        <source>e.g. Friday Harbor, WA</source>
        <translation>p. ex. Friday Harbor, WA</translation>
    </message>
    <message>
        <location filename="../../../s321_desk/ui/settings/port_dialog.py" line="49"/>
        <source>CBP port code:</source>
        <translation>Code du point d&apos;entrée (CBP)&#xa0;:</translation>
    </message>
    <message>
        <location filename="../../../s321_desk/ui/settings/port_dialog.py" line="50"/>
        <source>Name (place, state):</source>
        <translation>Nom (lieu, État)&#xa0;:</translation>
    </message>
    <message>
        <location filename="../../../s321_desk/ui/settings/port_dialog.py" line="51"/>
        <source>Time zone of the port:</source>
        <translation>Fuseau horaire du point d&apos;entrée&#xa0;:</translation>
    </message>
</context>
</TS>
