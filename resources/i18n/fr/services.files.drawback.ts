<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="fr">
<context>
    <name>Exports</name>
    <message>
        <location filename="../../../s321_desk/services/files/drawback.py" line="181"/>
        <source>the month: {text} is not a month (YYYY-MM, e.g. 2026-11)</source>
        <translation>le mois&#xa0;: {text} n&apos;est pas un mois (AAAA-MM, p. ex. 2026-11)</translation>
    </message>
    <message>
        <location filename="../../../s321_desk/services/files/drawback.py" line="196"/>
        <source>the format: {format} is not one of {formats}</source>
        <translation>le format&#xa0;: {format} n&apos;est pas l&apos;un de {formats}</translation>
    </message>
</context>
</TS>
