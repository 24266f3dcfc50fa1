<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="fr">
<context>
    <name>Compliance</name>
    <message>
        <location filename="../../../s321_desk/domain/compliance.py" line="264"/>
        <source>this recipient</source>
        <translation>ce destinataire</translation>
    </message>
    <message>
        <location filename="../../../s321_desk/domain/compliance.py" line="322"/>
        <source>{names} and {count} more</source>
        <translation>{names} et {count} autres</translation>
    </message>
</context>
</TS>
