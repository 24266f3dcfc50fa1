<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="fr">
<context>
    <name>Station</name>
    <message>
        <location filename="../../../s321_desk/services/packing/station.py" line="65"/>
        <source>parcel {parcel}: no such parcel</source>
        <translation>colis {parcel}&#xa0;: ce colis n&apos;existe pas</translation>
    </message>
    <message>
        <location filename="../../../s321_desk/services/packing/station.py" line="112"/>
        <source>restricted goods ({kind})</source>
        <translation>marchandises restreintes ({kind})</translation>
    </message>
    <message>
        <location filename="../../../s321_desk/services/packing/station.py" line="119"/>
        <source>no HTS number in the catalog</source>
        <translation>aucun numéro HTS au catalogue</translation>
    </message>
    <message>
        <location filename="../../../s321_desk/services/packing/station.py" line="121"/>
        <source>no country of origin in the catalog</source>
        <translation>aucun pays d&apos;origine au catalogue</translation>
    </message>
    <message>
        <location filename="../../../s321_desk/services/packing/station.py" line="129"/>
        <source>Jan</source>
        <translation>janv.</translation>
    </message>
    <message>
        <location filename="../../../s321_desk/services/packing/station.py" line="130"/>
        <source>Feb</source>
        <translation>févr.</translation>
    </message>
    <message>
        <location filename="../../../s321_desk/services/packing/station.py" line="131"/>
        <source>Mar</source>
        <translation>mars</translation>
    </message>
    <message>
        <location filename="../../../s321_desk/services/packing/station.py" line="132"/>
        <source>Apr</source>
        <translation>avr.</translation>
    </message>
    <message>
        <location filename="../../../s321_desk/services/packing/station.py" line="133"/>
        <source>May</source>
        <translation>mai</translation>
    </message>
    <message>
        <location filename="../../../s321_desk/services/packing/station.py" line="134"/>
        <source>Jun</source>
        <translation>juin</translation>
    </message>
    <message>
        <location filename="../../../s321_desk/services/packing/station.py" line="135"/>
        <source>Jul</source>
        <translation>juill.</translation>
    </message>
    <message>
        <location filename="../../../s321_desk/services/packing/station.py" line="136"/>
        <source>Aug</source>
        <translation>août</translation>
    </message>
    <message>
        <location filename="../../../s321_desk/services/packing/station.py" line="137"/>
        <source>Sep</source>
        <translation>sept.</translation>
    </message>
    <message>
        <location filename="../../../s321_desk/services/packing/station.py" line="138"/>
        <source>Oct</source>
        <translation>oct.</translation>
    </message>
    <message>
        <location filename="../../../s321_desk/services/packing/station.py" line="139"/>
        <source>Nov</source>
        <translation>nov.</translation>
    </message>
    <message>
        <location filename="../../../s321_desk/services/packing/station.py" line="140"/>
        <source>Dec</source>
        <translation>déc.</translation>
    </message>
    <message>
        <location filename="../../../s321_desk/services/packing/station.py" line="155"/>
        <source>Next truck: {day} {date} {month} {time}, port {port}</source>
        <translation>Prochain camion&#xa0;: {day} {date} {month} {time} ({port})</translation>
    </message>
</context>
</TS>
