<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="fr">
<context>
    <name>TripPanel</name>
    <message>
        <location filename="../../../s321_desk/ui/lookup/trip_panel.py" line="42"/>
        <source>Filings...</source>
        <translation>Déclarations...</translation>
    </message>
    <message>
        <location filename="../../../s321_desk/ui/lookup/trip_panel.py" line="54"/>
        <source>Trips found</source>
        <translation>Chargements trouvés</translation>
    </message>
    <message>
        <location filename="../../../s321_desk/ui/lookup/trip_panel.py" line="83"/>
        <source>Trip {trip}, sealed {seal}, US day {day}: its papers again</source>
        <translation>Chargement {trip}, scellé {seal}, jour américain {day}&#xa0;: ses documents à nouveau</translation>
    </message>
    <message>
        <location filename="../../../s321_desk/ui/lookup/trip_panel.py" line="87"/>
        <source>Trip {trip}, open, US day {day}</source>
        <translation>Chargement {trip}, ouvert, jour américain {day}</translation>
    </message>
</context>
</TS>
