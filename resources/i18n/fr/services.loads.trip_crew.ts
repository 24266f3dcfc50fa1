<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="fr">
<context>
    <name>TripCrew</name>
    <message>
        <location filename="../../../s321_desk/services/loads/trip_crew.py" line="56"/>
        <source>{record}: retired from the records; pick another</source>
        <translation>{record}&#xa0;: retiré des fiches&#xa0;; choisissez-en un autre</translation>
    </message>
    <message>
        <location filename="../../../s321_desk/services/loads/trip_crew.py" line="62"/>
        <source>the co-driver: name the driver first</source>
        <translation>le second chauffeur&#xa0;: nommez d&apos;abord le chauffeur</translation>
    </message>
    <message>
        <location filename="../../../s321_desk/services/loads/trip_crew.py" line="66"/>
        <source>driver {number}: cannot be the co-driver too</source>
        <translation>chauffeur {number}&#xa0;: ne peut être aussi le co-chauffeur</translation>
    </message>
    <message>
        <location filename="../../../s321_desk/services/loads/trip_crew.py" line="118"/>
        <source>no driver from the records: pick one for the trip&apos;s crew</source>
        <translation>aucun chauffeur des fiches&#xa0;: choisissez-en un pour l&apos;équipe du chargement</translation>
    </message>
    <message>
        <location filename="../../../s321_desk/services/loads/trip_crew.py" line="125"/>
        <source>no truck from the records: pick one for the trip&apos;s crew</source>
        <translation>aucun camion des fiches&#xa0;: choisissez-en un pour l&apos;équipe du chargement</translation>
    </message>
</context>
</TS>
