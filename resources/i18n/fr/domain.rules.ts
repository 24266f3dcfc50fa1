<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="fr">
<context>
    <name>Rules</name>
    <message>
        <location filename="../../../s321_desk/domain/rules.py" line="123"/>
        <source>the rule data has no {what} in force at {instant}</source>
        <translation>les données des règles n&apos;ont aucun {what} en vigueur au {instant}</translation>
    </message>
</context>
</TS>
