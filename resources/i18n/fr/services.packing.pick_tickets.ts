<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="fr">
<context>
    <name>PickTickets</name>
    <message>
        <location filename="../../../s321_desk/services/packing/pick_tickets.py" line="94"/>
        <source>pick tickets: name the orders, or the day</source>
        <translation>bons de préparation&#xa0;: nommez les commandes, ou le jour</translation>
    </message>
    <message>
        <location filename="../../../s321_desk/services/packing/pick_tickets.py" line="110"/>
        <source>the station: {station} is not in the stations setting ({stations})</source>
        <translation>le poste&#xa0;: {station} n&apos;est pas dans le paramètre stations ({stations})</translation>
    </message>
    <message>
        <location filename="../../../s321_desk/services/packing/pick_tickets.py" line="137"/>
        <source>{wave}: no order left to pick</source>
        <translation>{wave}&#xa0;: aucune commande à préparer</translation>
    </message>
</context>
</TS>
