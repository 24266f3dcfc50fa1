<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="fr">
<context>
    <name>Station</name>
    <message>
        <location filename="../../../s321_desk/services/packing/station.py" line="66"/>
        <source>parcel {parcel}: no such parcel</source>
        <translation>colis {parcel}&#xa0;: ce colis n&apos;existe pas</translation>
    </message>
    <message>
        <location filename="../../../s321_desk/services/packing/station.py" line="123"/>
        <source>restricted goods ({kind})</source>
        <translation>marchandises restreintes ({kind})</translation>
    </message>
    <message>
        <location filename="../../../s321_desk/services/packing/station.py" line="130"/>
        <source>no HTS number in the catalog</source>
        <translation>aucun numéro HTS au catalogue</translation>
    </message>
    <message>
        <location filename="../../../s321_desk/services/packing/station.py" line="132"/>
        <source>no country of origin in the catalog</source>
        <translation>aucun pays d&apos;origine au catalogue</translation>
    </message>
    <message>
        <location filename="../../../s321_desk/services/packing/station.py" line="140"/>
        <source>Jan</source>
        <translation>janv.</translation>
    </message>
    <message>
        <location filename="../../../s321_desk/services/packing/station.py" line="141"/>
        <source>Feb</source>
        <translation>févr.</translation>
    </message>
    <message>
        <location filename="../../../s321_desk/services/packing/station.py" line="142"/>
        <source>Mar</source>
        <translation>mars</translation>
    </message>
    <message>
        <location filename="../../../s321_desk/services/packing/station.py" line="143"/>
        <source>Apr</source>
        <translation>avr.</translation>
    </message>
    <message>
        <location filename="../../../s321_desk/services/packing/station.py" line="144"/>
        <source>May</source>
        <translation>mai</translation>
    </message>
    <message>
        <location filename="../../../s321_desk/services/packing/station.py" line="145"/>
        <source>Jun</source>
        <translation>juin</translation>
    </message>
    <message>
        <location filename="../../../s321_desk/services/packing/station.py" line="146"/>
        <source>Jul</source>
        <translation>juill.</translation>
    </message>
    <message>
        <location filename="../../../s321_desk/services/packing/station.py" line="147"/>
        <source>Aug</source>
        <translation>août</translation>
    </message>
    <message>
        <location filename="../../../s321_desk/services/packing/station.py" line="148"/>
        <source>Sep</source>
        <translation>sept.</translation>
    </message>
    <message>
        <location filename="../../../s321_desk/services/packing/station.py" line="149"/>
        <source>Oct</source>
        <translation>oct.</translation>
    </message>
    <message>
        <location filename="../../../s321_desk/services/packing/station.py" line="150"/>
        <source>Nov</source>
        <translation>nov.</translation>
    </message>
    <message>
        <location filename="../../../s321_desk/services/packing/station.py" line="151"/>
        <source>Dec</source>
        <translation>déc.</translation>
    </message>
    <message>
        <location filename="../../../s321_desk/services/packing/station.py" line="166"/>
        <source>Next truck: {day} {date} {month} {time}, port {port}</source>
        <translation>Prochain camion&#xa0;: {day} {date} {month} {time} ({port})</translation>
    </message>
</context>
</TS>
