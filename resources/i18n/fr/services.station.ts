<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="fr">
<context>
    <name>Station</name>
    <message>
        <location filename="../../../s321_desk/services/station.py" line="61"/>
        <source>parcel {parcel}: no such parcel</source>
        <translation>colis {parcel}&#xa0;: ce colis n&apos;existe pas</translation>
    </message>
</context>
</TS>
