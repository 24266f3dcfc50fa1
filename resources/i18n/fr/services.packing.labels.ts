<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="fr">
<context>
    <name>Labels</name>
    <message>
        <location filename="../../../s321_desk/services/packing/labels.py" line="138"/>
        <source>{parcel}: old label: relabel first (label {version} not printed yet)</source>
        <translation>{parcel}&#xa0;: ancienne étiquette&#xa0;: réétiquetez d&apos;abord (étiquette {version} pas encore imprimée)</translation>
    </message>
    <message>
        <location filename="../../../s321_desk/services/packing/labels.py" line="143"/>
        <source>{parcel}: no label {version} was printed</source>
        <translation>{parcel}&#xa0;: aucune étiquette {version} n&apos;a été imprimée</translation>
    </message>
    <message>
        <location filename="../../../s321_desk/services/packing/labels.py" line="147"/>
        <source>{parcel} label {version}: old label: relabel first (label {current})</source>
        <translation>{parcel} étiquette {version}&#xa0;: ancienne étiquette&#xa0;: réétiquetez d&apos;abord (étiquette {current})</translation>
    </message>
</context>
</TS>
