<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="fr">
<context>
    <name>Station</name>
    <message>
        <location filename="../../../s321_desk/services/station.py" line="65"/>
        <source>parcel {parcel}: no such parcel</source>
        <translation>colis {parcel}&#xa0;: ce colis n&apos;existe pas</translation>
    </message>
    <message>
        <location filename="../../../s321_desk/services/station.py" line="109"/>
        <source>Jan</source>
        <translation>janv.</translation>
    </message>
    <message>
        <location filename="../../../s321_desk/services/station.py" line="110"/>
        <source>Feb</source>
        <translation>févr.</translation>
    </message>
    <message>
        <location filename="../../../s321_desk/services/station.py" line="111"/>
        <source>Mar</source>
        <translation>mars</translation>
    </message>
    <message>
        <location filename="../../../s321_desk/services/station.py" line="112"/>
        <source>Apr</source>
        <translation>avr.</translation>
    </message>
    <message>
        <location filename="../../../s321_desk/services/station.py" line="113"/>
        <source>May</source>
        <translation>mai</translation>
    </message>
    <message>
        <location filename="../../../s321_desk/services/station.py" line="114"/>
        <source>Jun</source>
        <translation>juin</translation>
    </message>
    <message>
        <location filename="../../../s321_desk/services/station.py" line="115"/>
        <source>Jul</source>
        <translation>juill.</translation>
    </message>
    <message>
        <location filename="../../../s321_desk/services/station.py" line="116"/>
        <source>Aug</source>
        <translation>août</translation>
    </message>
    <message>
        <location filename="../../../s321_desk/services/station.py" line="117"/>
        <source>Sep</source>
        <translation>sept.</translation>
    </message>
    <message>
        <location filename="../../../s321_desk/services/station.py" line="118"/>
        <source>Oct</source>
        <translation>oct.</translation>
    </message>
    <message>
        <location filename="../../../s321_desk/services/station.py" line="119"/>
        <source>Nov</source>
        <translation>nov.</translation>
    </message>
    <message>
        <location filename="../../../s321_desk/services/station.py" line="120"/>
        <source>Dec</source>
        <translation>déc.</translation>
    </message>
    <message>
        <location filename="../../../s321_desk/services/station.py" line="135"/>
        <source>Next truck: {day} {date} {month} {time}, port {port}</source>
        <translation>Prochain camion&#xa0;: {day} {date} {month} {time}, point d&apos;entrée {port}</translation>
    </message>
</context>
</TS>
