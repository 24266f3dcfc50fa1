<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="fr">
<context>
    <name>PickTickets</name>
    <message>
        <location filename="../../../s321_desk/services/packing/pick_tickets.py" line="88"/>
        <source>pick tickets: name the orders, or the day (--day)</source>
        <translation>bons de préparation&#xa0;: nommez les commandes, ou le jour (--day)</translation>
    </message>
    <message>
        <location filename="../../../s321_desk/services/packing/pick_tickets.py" line="104"/>
        <source>--station: {station} is not in the stations setting ({stations})</source>
        <translation>--station&#xa0;: {station} n&apos;est pas dans le paramètre stations ({stations})</translation>
    </message>
    <message>
        <location filename="../../../s321_desk/services/packing/pick_tickets.py" line="126"/>
        <source>{wave}: no order left to pick</source>
        <translation>{wave}&#xa0;: aucune commande à préparer</translation>
    </message>
</context>
</TS>
