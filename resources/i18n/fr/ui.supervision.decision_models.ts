<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="fr">
<context>
    <name>DecisionModels</name>
    <message>
        <location filename="../../../s321_desk/ui/supervision/decision_models.py" line="40"/>
        <source>&amp;Accept route (Alt+A)</source>
        <translation>Accepter l&apos;ach&amp;eminement (Alt+E)</translation>
    </message>
    <message>
        <location filename="../../../s321_desk/ui/supervision/decision_models.py" line="41"/>
        <source>{by} accepted the route of {parcel}</source>
        <translation>{by} a accepté l&apos;acheminement de {parcel}</translation>
    </message>
    <message>
        <location filename="../../../s321_desk/ui/supervision/decision_models.py" line="44"/>
        <source>Ac&amp;knowledge (Alt+K)</source>
        <translation>Prendre a&amp;cte (Alt+C)</translation>
    </message>
    <message>
        <location filename="../../../s321_desk/ui/supervision/decision_models.py" line="45"/>
        <source>{by} acknowledged the warnings of {parcel}</source>
        <translation>{by} a pris acte des avertissements de {parcel}</translation>
    </message>
    <message>
        <location filename="../../../s321_desk/ui/supervision/decision_models.py" line="48"/>
        <source>Def&amp;er (Alt+E)</source>
        <translation>Re&amp;porter (Alt+P)</translation>
    </message>
    <message>
        <location filename="../../../s321_desk/ui/supervision/decision_models.py" line="49"/>
        <source>{by} deferred {parcel} to {crossing}</source>
        <translation>{by} a reporté {parcel} au passage du {crossing}</translation>
    </message>
    <message>
        <location filename="../../../s321_desk/ui/supervision/decision_models.py" line="52"/>
        <source>&amp;Consolidate (Alt+C)</source>
        <translation>Re&amp;grouper (Alt+G)</translation>
    </message>
    <message>
        <location filename="../../../s321_desk/ui/supervision/decision_models.py" line="53"/>
        <source>{by} consolidated {parcel} into {into}</source>
        <translation>{by} a regroupé {parcel} dans {into}</translation>
    </message>
    <message>
        <location filename="../../../s321_desk/ui/supervision/decision_models.py" line="56"/>
        <source>S&amp;plit names (Alt+P)</source>
        <translation>Séparer les &amp;noms (Alt+N)</translation>
    </message>
    <message>
        <location filename="../../../s321_desk/ui/supervision/decision_models.py" line="57"/>
        <source>{by} split the names of {parcel} and {other}</source>
        <translation>{by} a séparé les noms de {parcel} et de {other}</translation>
    </message>
    <message>
        <location filename="../../../s321_desk/ui/supervision/decision_models.py" line="60"/>
        <source>Ho&amp;ld (Alt+L)</source>
        <translation>Re&amp;tenir (Alt+T)</translation>
    </message>
    <message>
        <location filename="../../../s321_desk/ui/supervision/decision_models.py" line="61"/>
        <source>{by} held {parcel}</source>
        <translation>{by} a retenu {parcel}</translation>
    </message>
    <message>
        <location filename="../../../s321_desk/ui/supervision/decision_models.py" line="64"/>
        <source>&amp;Release (Alt+R)</source>
        <translation>&amp;Libérer (Alt+L)</translation>
    </message>
    <message>
        <location filename="../../../s321_desk/ui/supervision/decision_models.py" line="65"/>
        <source>{by} released {parcel}</source>
        <translation>{by} a libéré {parcel}</translation>
    </message>
    <message>
        <location filename="../../../s321_desk/ui/supervision/decision_models.py" line="68"/>
        <source>Vo&amp;id (Alt+I)</source>
        <translation>Ann&amp;uler (Alt+U)</translation>
    </message>
    <message>
        <location filename="../../../s321_desk/ui/supervision/decision_models.py" line="69"/>
        <source>{by} voided {parcel}</source>
        <translation>{by} a annulé {parcel}</translation>
    </message>
    <message>
        <location filename="../../../s321_desk/ui/supervision/decision_models.py" line="72"/>
        <source>Repri&amp;nt leave (Alt+N)</source>
        <translation>Permettre la réi&amp;mpression (Alt+M)</translation>
    </message>
    <message>
        <location filename="../../../s321_desk/ui/supervision/decision_models.py" line="73"/>
        <source>{by} allowed a reprint of {parcel}</source>
        <translation>{by} a permis une réimpression de {parcel}</translation>
    </message>
    <message>
        <location filename="../../../s321_desk/ui/supervision/decision_models.py" line="83"/>
        <source>Checked: the route is right for this parcel</source>
        <translation>Vérifié&#xa0;: l&apos;acheminement convient à ce colis</translation>
    </message>
    <message>
        <location filename="../../../s321_desk/ui/supervision/decision_models.py" line="84"/>
        <source>The broker files the entry</source>
        <translation>Le courtier en douane dépose l&apos;entrée</translation>
    </message>
    <message>
        <location filename="../../../s321_desk/ui/supervision/decision_models.py" line="87"/>
        <source>Checked: one person, one household</source>
        <translation>Vérifié&#xa0;: une personne, un ménage</translation>
    </message>
    <message>
        <location filename="../../../s321_desk/ui/supervision/decision_models.py" line="88"/>
        <source>Checked: the values and items are right</source>
        <translation>Vérifié&#xa0;: les valeurs et les articles sont justes</translation>
    </message>
    <message>
        <location filename="../../../s321_desk/ui/supervision/decision_models.py" line="89"/>
        <source>The broker is told</source>
        <translation>Le courtier en douane est avisé</translation>
    </message>
    <message>
        <location filename="../../../s321_desk/ui/supervision/decision_models.py" line="91"/>
        <source>Over today&apos;s limit: the next day&apos;s truck</source>
        <translation>Au-delà de la limite du jour&#xa0;: le camion du lendemain</translation>
    </message>
    <message>
        <location filename="../../../s321_desk/ui/supervision/decision_models.py" line="92"/>
        <source>One box for one person</source>
        <translation>Une boîte pour une personne</translation>
    </message>
    <message>
        <location filename="../../../s321_desk/ui/supervision/decision_models.py" line="93"/>
        <source>Two people at one address (Sr. and Jr.)</source>
        <translation>Deux personnes à une adresse (père et fils)</translation>
    </message>
    <message>
        <location filename="../../../s321_desk/ui/supervision/decision_models.py" line="95"/>
        <source>Box damaged</source>
        <translation>Boîte endommagée</translation>
    </message>
    <message>
        <location filename="../../../s321_desk/ui/supervision/decision_models.py" line="96"/>
        <source>Wrong or missing item</source>
        <translation>Article erroné ou manquant</translation>
    </message>
    <message>
        <location filename="../../../s321_desk/ui/supervision/decision_models.py" line="97"/>
        <source>Restricted goods: compliance checks it</source>
        <translation>Marchandises restreintes&#xa0;: la conformité vérifie</translation>
    </message>
    <message>
        <location filename="../../../s321_desk/ui/supervision/decision_models.py" line="99"/>
        <source>Checked: it ships as it is</source>
        <translation>Vérifié&#xa0;: il part tel quel</translation>
    </message>
    <message>
        <location filename="../../../s321_desk/ui/supervision/decision_models.py" line="101"/>
        <source>Packed again</source>
        <translation>Emballé de nouveau</translation>
    </message>
    <message>
        <location filename="../../../s321_desk/ui/supervision/decision_models.py" line="102"/>
        <source>Order cancelled</source>
        <translation>Commande annulée</translation>
    </message>
    <message>
        <location filename="../../../s321_desk/ui/supervision/decision_models.py" line="105"/>
        <source>Label damaged</source>
        <translation>Étiquette endommagée</translation>
    </message>
    <message>
        <location filename="../../../s321_desk/ui/supervision/decision_models.py" line="106"/>
        <source>Printer jammed</source>
        <translation>Imprimante bloquée</translation>
    </message>
    <message>
        <location filename="../../../s321_desk/ui/supervision/decision_models.py" line="110"/>
        <source>Out of stock: the rest ships later</source>
        <translation>En rupture de stock&#xa0;: le reste part plus tard</translation>
    </message>
    <message>
        <location filename="../../../s321_desk/ui/supervision/decision_models.py" line="111"/>
        <source>Item damaged: the rest ships later</source>
        <translation>Article endommagé&#xa0;: le reste part plus tard</translation>
    </message>
    <message>
        <location filename="../../../s321_desk/ui/supervision/decision_models.py" line="145"/>
        <source>Done: {what}.</source>
        <translation>Fait&#xa0;: {what}.</translation>
    </message>
    <message>
        <location filename="../../../s321_desk/ui/supervision/decision_models.py" line="147"/>
        <source> Judged again: {parcels}.</source>
        <translation> Réévalués&#xa0;: {parcels}.</translation>
    </message>
    <message>
        <location filename="../../../s321_desk/ui/supervision/decision_models.py" line="150"/>
        <source> Queue: {before} -&gt; {after}.</source>
        <translation> File d&apos;attente&#xa0;: {before} -&gt; {after}.</translation>
    </message>
    <message>
        <location filename="../../../s321_desk/ui/supervision/decision_models.py" line="157"/>
        <source>{parcel} voided</source>
        <translation>{parcel} annulé</translation>
    </message>
    <message>
        <location filename="../../../s321_desk/ui/supervision/decision_models.py" line="163"/>
        <source>{parcel} route {route}, held, still needs a decision</source>
        <translation>{parcel} acheminement {route}, retenu, requiert encore une décision</translation>
    </message>
    <message>
        <location filename="../../../s321_desk/ui/supervision/decision_models.py" line="167"/>
        <source>{parcel} route {route}, still needs a decision</source>
        <translation>{parcel} acheminement {route}, requiert encore une décision</translation>
    </message>
    <message>
        <location filename="../../../s321_desk/ui/supervision/decision_models.py" line="173"/>
        <source>{parcel} route {route}, held, no decision needed</source>
        <translation>{parcel} acheminement {route}, retenu, aucune décision requise</translation>
    </message>
    <message>
        <location filename="../../../s321_desk/ui/supervision/decision_models.py" line="177"/>
        <source>{parcel} route {route}, no decision needed</source>
        <translation>{parcel} acheminement {route}, aucune décision requise</translation>
    </message>
    <message>
        <location filename="../../../s321_desk/ui/supervision/decision_models.py" line="230"/>
        <source>held (supervisor)</source>
        <translation>retenu (superviseur)</translation>
    </message>
    <message>
        <location filename="../../../s321_desk/ui/supervision/decision_models.py" line="238"/>
        <source>{trip} (SAME TRUCK)</source>
        <translation>{trip} (MÊME CAMION)</translation>
    </message>
    <message>
        <location filename="../../../s321_desk/ui/supervision/decision_models.py" line="248"/>
        <source>{action} by {by}, {when} at {station}: {reason}</source>
        <translation>{action} par {by}, {when} au poste {station}&#xa0;: {reason}</translation>
    </message>
    <message>
        <location filename="../../../s321_desk/ui/supervision/decision_models.py" line="252"/>
        <source>{action} by {by}, {when}: {reason}</source>
        <translation>{action} par {by}, {when}&#xa0;: {reason}</translation>
    </message>
    <message>
        <location filename="../../../s321_desk/ui/supervision/decision_models.py" line="254"/>
        <source>{action}, {when} at {station}: {reason}</source>
        <translation>{action}, {when} au poste {station}&#xa0;: {reason}</translation>
    </message>
    <message>
        <location filename="../../../s321_desk/ui/supervision/decision_models.py" line="258"/>
        <source>{action}, {when}: {reason}</source>
        <translation>{action}, {when}&#xa0;: {reason}</translation>
    </message>
    <message>
        <location filename="../../../s321_desk/ui/supervision/decision_models.py" line="265"/>
        <source>{parcel}: {recipient}, order {order}</source>
        <translation>{parcel}&#xa0;: {recipient}, commande {order}</translation>
    </message>
    <message>
        <location filename="../../../s321_desk/ui/supervision/decision_models.py" line="269"/>
        <source>Decided: {decision}</source>
        <translation>Décidé&#xa0;: {decision}</translation>
    </message>
</context>
<context>
    <name>QueueTableModel</name>
    <message>
        <location filename="../../../s321_desk/ui/supervision/decision_models.py" line="202"/>
        <source>Parcel</source>
        <translation>Colis</translation>
    </message>
    <message>
        <location filename="../../../s321_desk/ui/supervision/decision_models.py" line="203"/>
        <source>Order</source>
        <translation>Commande</translation>
    </message>
    <message>
        <location filename="../../../s321_desk/ui/supervision/decision_models.py" line="204"/>
        <source>Recipient</source>
        <translation>Destinataire</translation>
    </message>
    <message>
        <location filename="../../../s321_desk/ui/supervision/decision_models.py" line="205"/>
        <source>Route</source>
        <translation>Acheminement</translation>
    </message>
    <message>
        <location filename="../../../s321_desk/ui/supervision/decision_models.py" line="206"/>
        <source>US day</source>
        <translation>Jour américain</translation>
    </message>
    <message>
        <location filename="../../../s321_desk/ui/supervision/decision_models.py" line="208"/>
        <source>Why it needs a decision</source>
        <translation>Pourquoi</translation>
    </message>
    <message>
        <location filename="../../../s321_desk/ui/supervision/decision_models.py" line="210"/>
        <source>Station</source>
        <translation>Poste</translation>
    </message>
    <message>
        <location filename="../../../s321_desk/ui/supervision/decision_models.py" line="212"/>
        <source>Closed</source>
        <translation>Fermé</translation>
    </message>
</context>
<context>
    <name>SidesTableModel</name>
    <message>
        <location filename="../../../s321_desk/ui/supervision/decision_models.py" line="279"/>
        <source>Side</source>
        <translation>Côté</translation>
    </message>
    <message>
        <location filename="../../../s321_desk/ui/supervision/decision_models.py" line="281"/>
        <source>Parcel</source>
        <translation>Colis</translation>
    </message>
    <message>
        <location filename="../../../s321_desk/ui/supervision/decision_models.py" line="283"/>
        <source>Order</source>
        <translation>Commande</translation>
    </message>
    <message>
        <location filename="../../../s321_desk/ui/supervision/decision_models.py" line="284"/>
        <source>Recipient</source>
        <translation>Destinataire</translation>
    </message>
    <message>
        <location filename="../../../s321_desk/ui/supervision/decision_models.py" line="285"/>
        <source>Status</source>
        <translation>État</translation>
    </message>
    <message>
        <location filename="../../../s321_desk/ui/supervision/decision_models.py" line="286"/>
        <source>Station</source>
        <translation>Poste</translation>
    </message>
    <message>
        <location filename="../../../s321_desk/ui/supervision/decision_models.py" line="288"/>
        <source>Closed</source>
        <translation>Fermé</translation>
    </message>
    <message>
        <location filename="../../../s321_desk/ui/supervision/decision_models.py" line="292"/>
        <source>Route</source>
        <translation>Acheminement</translation>
    </message>
    <message>
        <location filename="../../../s321_desk/ui/supervision/decision_models.py" line="294"/>
        <source>Value</source>
        <translation>Valeur</translation>
    </message>
    <message>
        <location filename="../../../s321_desk/ui/supervision/decision_models.py" line="301"/>
        <source>Truck</source>
        <translation>Camion</translation>
    </message>
</context>
</TS>
