<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="fr">
<context>
    <name>Instants</name>
    <message>
        <location filename="../../../s321_desk/domain/instants.py" line="25"/>
        <source>{text} is not a date and time (e.g. 2026-11-16 09:14:03 -0500)</source>
        <translation>{text} n&apos;est pas une date et une heure (p. ex. 2026-11-16 09:14:03 -0500)</translation>
    </message>
</context>
</TS>
