<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="fr">
<context>
    <name>Ports</name>
    <message>
        <location filename="../../../s321_desk/services/ports.py" line="27"/>
        <source>port: {port} is not in resources/ports.json ({ports})</source>
        <translation>point d&apos;entrée&#xa0;: {port} n&apos;est pas dans resources/ports.json ({ports})</translation>
    </message>
</context>
</TS>
