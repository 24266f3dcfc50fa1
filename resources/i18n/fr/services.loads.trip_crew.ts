<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="fr">
<context>
    <name>TripCrew</name>
    <message>
        <location filename="../../../s321_desk/services/loads/trip_crew.py" line="54"/>
        <source>{record}: retired from the records; pick another</source>
        <translation>{record}&#xa0;: retiré des fiches&#xa0;; choisissez-en un autre</translation>
    </message>
    <message>
        <location filename="../../../s321_desk/services/loads/trip_crew.py" line="59"/>
        <source>--co-driver: name the driver first (--driver)</source>
        <translation>--co-driver&#xa0;: nommez d&apos;abord le chauffeur (--driver)</translation>
    </message>
    <message>
        <location filename="../../../s321_desk/services/loads/trip_crew.py" line="62"/>
        <source>driver {number}: cannot be the co-driver too</source>
        <translation>chauffeur {number}&#xa0;: ne peut être aussi le co-chauffeur</translation>
    </message>
    <message>
        <location filename="../../../s321_desk/services/loads/trip_crew.py" line="109"/>
        <source>no driver from the records: pick one (s321-desk load crew {trip} --driver NUMBER)</source>
        <translation>aucun chauffeur des fiches&#xa0;: choisissez-en un (s321-desk load crew {trip} --driver NUMÉRO)</translation>
    </message>
    <message>
        <location filename="../../../s321_desk/services/loads/trip_crew.py" line="116"/>
        <source>no truck from the records: pick one (s321-desk load crew {trip} --truck UNIT)</source>
        <translation>aucun camion des fiches&#xa0;: choisissez-en un (s321-desk load crew {trip} --truck UNITÉ)</translation>
    </message>
</context>
</TS>
