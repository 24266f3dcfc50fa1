<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="fr">
<context>
    <name>LoadsView</name>
    <message>
        <location filename="../../../s321_desk/ui/loads/view.py" line="147"/>
        <source>trip number, seal or date (YYYY-MM-DD)</source>
        <translation>numéro de chargement, scellé ou date (AAAA-MM-JJ)</translation>
    </message>
    <message>
        <location filename="../../../s321_desk/ui/loads/view.py" line="151"/>
        <source>&amp;Look up:</source>
        <translation>Rec&amp;hercher&#xa0;:</translation>
    </message>
    <message>
        <location filename="../../../s321_desk/ui/loads/view.py" line="166"/>
        <source>Scan a parcel to put it on the truck</source>
        <translation>Balayez un colis pour le charger</translation>
    </message>
    <message>
        <location filename="../../../s321_desk/ui/loads/view.py" line="169"/>
        <source>&amp;Scan:</source>
        <translation>&amp;Balayer&#xa0;:</translation>
    </message>
    <message>
        <location filename="../../../s321_desk/ui/loads/view.py" line="176"/>
        <source>On the truck</source>
        <translation>Dans le camion</translation>
    </message>
    <message>
        <location filename="../../../s321_desk/ui/loads/view.py" line="177"/>
        <source>Missing</source>
        <translation>Manquants</translation>
    </message>
    <message>
        <location filename="../../../s321_desk/ui/loads/view.py" line="184"/>
        <source>Scans, newest first</source>
        <translation>Balayages, le plus récent en premier</translation>
    </message>
    <message>
        <location filename="../../../s321_desk/ui/loads/view.py" line="188"/>
        <source>Take &amp;off (Del)</source>
        <translation>&amp;Retirer (Suppr)</translation>
    </message>
    <message>
        <location filename="../../../s321_desk/ui/loads/view.py" line="191"/>
        <source>seal number</source>
        <translation>numéro de scellé</translation>
    </message>
    <message>
        <location filename="../../../s321_desk/ui/loads/view.py" line="194"/>
        <source>Seal &amp;number:</source>
        <translation>&amp;Numéro de scellé&#xa0;:</translation>
    </message>
    <message>
        <location filename="../../../s321_desk/ui/loads/view.py" line="196"/>
        <source>&amp;Close with the seal...</source>
        <translation>Scel&amp;ler...</translation>
    </message>
    <message>
        <location filename="../../../s321_desk/ui/loads/view.py" line="197"/>
        <source>&amp;Reopen...</source>
        <translation>R&amp;ouvrir...</translation>
    </message>
    <message>
        <location filename="../../../s321_desk/ui/loads/view.py" line="198"/>
        <source>Driver pac&amp;k...</source>
        <translation>Doss&amp;ier du chauffeur...</translation>
    </message>
    <message>
        <location filename="../../../s321_desk/ui/loads/view.py" line="199"/>
        <source>&amp;Manifest...</source>
        <translation>&amp;Manifeste...</translation>
    </message>
    <message>
        <location filename="../../../s321_desk/ui/loads/view.py" line="200"/>
        <source>Lead sheet...</source>
        <translation>Feuille de présentation...</translation>
    </message>
    <message>
        <location filename="../../../s321_desk/ui/loads/view.py" line="201"/>
        <source>E&amp;xport...</source>
        <translation>E&amp;xporter...</translation>
    </message>
    <message>
        <location filename="../../../s321_desk/ui/loads/view.py" line="209"/>
        <source>Crew...</source>
        <translation>Équipage...</translation>
    </message>
    <message>
        <location filename="../../../s321_desk/ui/loads/view.py" line="210"/>
        <source>FDA prior notice...</source>
        <translation>Préavis de la FDA...</translation>
    </message>
    <message>
        <location filename="../../../s321_desk/ui/loads/view.py" line="211"/>
        <source>Drivers and vehicles...</source>
        <translation>Chauffeurs et véhicules...</translation>
    </message>
    <message>
        <location filename="../../../s321_desk/ui/loads/view.py" line="294"/>
        <source>Trip {trip} is sealed: its papers and filings can be written again</source>
        <translation>Chargement {trip} scellé&#xa0;: ses documents et ses déclarations peuvent être écrits de nouveau</translation>
    </message>
    <message>
        <location filename="../../../s321_desk/ui/loads/view.py" line="343"/>
        <source>Port {port}, arriving {arrival} (US day {day}) · driver {driver} · truck {units}, plates {plates} · {count} parcel(s){waiting}</source>
        <translation>Point d&apos;entrée {port}, arrivée {arrival} (jour américain {day}) · chauffeur {driver} · camion {units}, plaques {plates} · {count} colis{waiting}</translation>
    </message>
    <message>
        <location filename="../../../s321_desk/ui/loads/view.py" line="350"/>
        <source>no driver and truck from the records yet (Crew...)</source>
        <translation>aucun chauffeur ni camion des fiches encore (Équipage...)</translation>
    </message>
    <message>
        <location filename="../../../s321_desk/ui/loads/view.py" line="352"/>
        <source>FDA prior notice missing: {parcels}</source>
        <translation>préavis de la FDA manquant&#xa0;: {parcels}</translation>
    </message>
    <message>
        <location filename="../../../s321_desk/ui/loads/view.py" line="355"/>
        <source>Before the seal: {missing}</source>
        <translation>Avant le scellé&#xa0;: {missing}</translation>
    </message>
    <message>
        <location filename="../../../s321_desk/ui/loads/view.py" line="226"/>
        <source>Papers:</source>
        <translation>Documents&#xa0;:</translation>
    </message>
    <message>
        <location filename="../../../s321_desk/ui/loads/view.py" line="139"/>
        <source>&amp;Trips: the open ones and those of the last {days} days</source>
        <translation>Chargemen&amp;ts&#xa0;: les ouverts et ceux des {days} derniers jours</translation>
    </message>
    <message>
        <location filename="../../../s321_desk/ui/loads/view.py" line="295"/>
        <source>Trip {trip}: scan its parcels</source>
        <translation>Chargement {trip}&#xa0;: balayez ses colis</translation>
    </message>
    <message>
        <location filename="../../../s321_desk/ui/loads/view.py" line="328"/>
        <source>Trip {trip}</source>
        <translation>Chargement {trip}</translation>
    </message>
    <message>
        <location filename="../../../s321_desk/ui/loads/view.py" line="329"/>
        <source>No trip open: pick one on the left (Enter) or create one</source>
        <translation>Aucun chargement ouvert&#xa0;: choisissez-en un à gauche (Entrée) ou créez-en un</translation>
    </message>
    <message>
        <location filename="../../../s321_desk/ui/loads/view.py" line="334"/>
        <source>Trip {trip}: SEALED {seal}</source>
        <translation>Chargement {trip}&#xa0;: SCELLÉ {seal}</translation>
    </message>
    <message>
        <location filename="../../../s321_desk/ui/loads/view.py" line="334"/>
        <source>Trip {trip}: open</source>
        <translation>Chargement {trip}&#xa0;: ouvert</translation>
    </message>
    <message>
        <location filename="../../../s321_desk/ui/loads/view.py" line="340"/>
        <source>; {count} need a decision before the seal</source>
        <translation>; à décider avant le scellé&#xa0;: {count}</translation>
    </message>
    <message>
        <location filename="../../../s321_desk/ui/loads/view.py" line="358"/>
        <source>On the truck ({count})</source>
        <translation>Dans le camion ({count})</translation>
    </message>
    <message>
        <location filename="../../../s321_desk/ui/loads/view.py" line="360"/>
        <source>Missing ({count})</source>
        <translation>Manquants ({count})</translation>
    </message>
    <message>
        <location filename="../../../s321_desk/ui/loads/view.py" line="399"/>
        <source>no trip open; pick or create a trip first</source>
        <translation>aucun chargement ouvert; choisissez ou créez d&apos;abord un chargement</translation>
    </message>
    <message>
        <location filename="../../../s321_desk/ui/loads/view.py" line="409"/>
        <source>the database is busy ({error}); nothing changed: scan it again</source>
        <translation>la base de données est occupée ({error}); rien n&apos;a changé&#xa0;: balayez-le de nouveau</translation>
    </message>
    <message>
        <location filename="../../../s321_desk/ui/loads/view.py" line="414"/>
        <source>{parcel} is on the truck ({count}), but it NEEDS A SUPERVISOR&apos;S DECISION before the seal</source>
        <translation>{parcel} est dans le camion ({count}), mais il REQUIERT LA DÉCISION D&apos;UN SUPERVISEUR avant le scellé</translation>
    </message>
    <message>
        <location filename="../../../s321_desk/ui/loads/view.py" line="418"/>
        <source>CHECK  {parcel}: needs a decision</source>
        <translation>À VÉRIFIER  {parcel}&#xa0;: requiert une décision</translation>
    </message>
    <message>
        <location filename="../../../s321_desk/ui/loads/view.py" line="420"/>
        <source>{parcel} on truck {trip}: {count} parcel(s)</source>
        <translation>{parcel} dans le camion {trip}&#xa0;: {count} colis</translation>
    </message>
    <message>
        <location filename="../../../s321_desk/ui/loads/view.py" line="427"/>
        <source>REFUSED {code}: {why}</source>
        <translation>REFUSÉ {code}&#xa0;: {why}</translation>
    </message>
    <message>
        <location filename="../../../s321_desk/ui/loads/view.py" line="428"/>
        <source>REFUSED  {code}: {why}</source>
        <translation>REFUSÉ  {code}&#xa0;: {why}</translation>
    </message>
    <message>
        <location filename="../../../s321_desk/ui/loads/view.py" line="435"/>
        <source>Take off: select a parcel in the list &quot;On the truck&quot; first</source>
        <translation>Retirer&#xa0;: sélectionnez d&apos;abord un colis dans la liste « Dans le camion »</translation>
    </message>
    <message>
        <location filename="../../../s321_desk/ui/loads/view.py" line="445"/>
        <source>NOT TAKEN OFF {parcel}: {error}</source>
        <translation>NON RETIRÉ {parcel}&#xa0;: {error}</translation>
    </message>
    <message>
        <location filename="../../../s321_desk/ui/loads/view.py" line="448"/>
        <source>{parcel} taken off truck {trip}: put it back on the shelf</source>
        <translation>{parcel} retiré du camion {trip}&#xa0;: remettez-le sur la tablette</translation>
    </message>
    <message>
        <location filename="../../../s321_desk/ui/loads/view.py" line="450"/>
        <source>OFF  {parcel}</source>
        <translation>RETIRÉ  {parcel}</translation>
    </message>
</context>
</TS>
