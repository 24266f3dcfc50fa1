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
    <message>
        <location filename="../../../s321_desk/services/station.py" line="103"/>
        <source>Jan</source>
        <translation>janv.</translation>
    </message>
    <message>
        <location filename="../../../s321_desk/services/station.py" line="104"/>
        <source>Feb</source>
        <translation>févr.</translation>
    </message>
    <message>
        <location filename="../../../s321_desk/services/station.py" line="105"/>
        <source>Mar</source>
        <translation>mars</translation>
    </message>
    <message>
        <location filename="../../../s321_desk/services/station.py" line="106"/>
        <source>Apr</source>
        <translation>avr.</translation>
    </message>
    <message>
        <location filename="../../../s321_desk/services/station.py" line="107"/>
        <source>May</source>
        <translation>mai</translation>
    </message>
    <message>
        <location filename="../../../s321_desk/services/station.py" line="108"/>
        <source>Jun</source>
        <translation>juin</translation>
    </message>
    <message>
        <location filename="../../../s321_desk/services/station.py" line="109"/>
        <source>Jul</source>
        <translation>juill.</translation>
    </message>
    <message>
        <location filename="../../../s321_desk/services/station.py" line="110"/>
        <source>Aug</source>
        <translation>août</translation>
    </message>
    <message>
        <location filename="../../../s321_desk/services/station.py" line="111"/>
        <source>Sep</source>
        <translation>sept.</translation>
    </message>
    <message>
        <location filename="../../../s321_desk/services/station.py" line="112"/>
        <source>Oct</source>
        <translation>oct.</translation>
    </message>
    <message>
        <location filename="../../../s321_desk/services/station.py" line="113"/>
        <source>Nov</source>
        <translation>nov.</translation>
    </message>
    <message>
        <location filename="../../../s321_desk/services/station.py" line="114"/>
        <source>Dec</source>
        <translation>déc.</translation>
    </message>
    <message>
        <location filename="../../../s321_desk/services/station.py" line="129"/>
        <source>Next truck: {day} {date} {month} {time}, port {port}</source>
        <translation>Prochain camion&#xa0;: {day} {date} {month} {time}, point d&apos;entrée {port}</translation>
    </message>
</context>
</TS>
