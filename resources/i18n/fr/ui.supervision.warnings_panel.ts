<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="fr">
<context>
    <name>WarningsPanel</name>
    <message>
        <location filename="../../../s321_desk/ui/supervision/warnings_panel.py" line="145"/>
        <source>Updated {time}</source>
        <translation>Mis à jour à {time}</translation>
    </message>
    <message>
        <location filename="../../../s321_desk/ui/supervision/warnings_panel.py" line="180"/>
        <source>NEW: {parcel} {recipient} - {headline}</source>
        <translation>NOUVEAU&#xa0;: {parcel} {recipient} - {headline}</translation>
    </message>
    <message numerus="yes">
        <location filename="../../../s321_desk/ui/supervision/warnings_panel.py" line="186"/>
        <source>... and {count} more NEW (see the table)</source>
        <translation>
            <numerusform>... et {count} autre NOUVEAU (voir le tableau)</numerusform>
            <numerusform>... et {count} autres NOUVEAUX (voir le tableau)</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../../s321_desk/ui/supervision/warnings_panel.py" line="214"/>
        <source>Seen</source>
        <translation>Vu</translation>
    </message>
    <message>
        <location filename="../../../s321_desk/ui/supervision/warnings_panel.py" line="274"/>
        <source>crossing {day}</source>
        <translation>passage du {day}</translation>
    </message>
    <message>
        <location filename="../../../s321_desk/ui/supervision/warnings_panel.py" line="276"/>
        <source>{first} and {second}</source>
        <translation>{first} et {second}</translation>
    </message>
    <message>
        <location filename="../../../s321_desk/ui/supervision/warnings_panel.py" line="282"/>
        <source>{count} parcel needs a decision - {days}</source>
        <translation>{count} colis requiert une décision - {days}</translation>
    </message>
    <message numerus="yes">
        <location filename="../../../s321_desk/ui/supervision/warnings_panel.py" line="284"/>
        <source>{count} parcels need a decision - {days}</source>
        <translation>
            <numerusform>{count} colis requiert une décision - {days}</numerusform>
            <numerusform>{count} colis requièrent une décision - {days}</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../../s321_desk/ui/supervision/warnings_panel.py" line="286"/>
        <source>No parcel needs a decision - {days}</source>
        <translation>Aucun colis n&apos;attend de décision - {days}</translation>
    </message>
    <message>
        <location filename="../../../s321_desk/ui/supervision/warnings_panel.py" line="288"/>
        <source>All clear: no parcel needs a decision - {days}</source>
        <translation>Rien à signaler&#xa0;: aucun colis ne requiert de décision - {days}</translation>
    </message>
    <message>
        <location filename="../../../s321_desk/ui/supervision/warnings_panel.py" line="292"/>
        <source>; {count} needs a new label (RELABEL)</source>
        <translation>; {count} attend une nouvelle étiquette (RÉÉTIQUETER)</translation>
    </message>
    <message numerus="yes">
        <location filename="../../../s321_desk/ui/supervision/warnings_panel.py" line="294"/>
        <source>; {count} need a new label (RELABEL)</source>
        <translation>
            <numerusform>; {count} attend une nouvelle étiquette (RÉÉTIQUETER)</numerusform>
            <numerusform>; {count} attendent une nouvelle étiquette (RÉÉTIQUETER)</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../../s321_desk/ui/supervision/warnings_panel.py" line="313"/>
        <source>Select a parcel to see what it conflicts with.</source>
        <translation>Sélectionnez un colis pour voir avec quoi il est en conflit.</translation>
    </message>
    <message>
        <location filename="../../../s321_desk/ui/supervision/warnings_panel.py" line="316"/>
        <source>{parcel}  {recipient}  (order {order}, route {route}): station {station}, closed {closed}</source>
        <translation>{parcel}  {recipient}  (commande {order}, acheminement {route})&#xa0;: poste {station}, fermé {closed}</translation>
    </message>
    <message>
        <location filename="../../../s321_desk/ui/supervision/warnings_panel.py" line="323"/>
        <source>SAME TRUCK</source>
        <translation>MÊME CAMION</translation>
    </message>
    <message>
        <location filename="../../../s321_desk/ui/supervision/warnings_panel.py" line="324"/>
        <source>not on the same truck</source>
        <translation>pas dans le même camion</translation>
    </message>
    <message>
        <location filename="../../../s321_desk/ui/supervision/warnings_panel.py" line="327"/>
        <source>    with {parcel}  {recipient}  ({relation}, route {route}): station {station}, closed {closed}, {truck}</source>
        <translation>    avec {parcel}  {recipient}  ({relation}, acheminement {route})&#xa0;: poste {station}, fermé {closed}, {truck}</translation>
    </message>
    <message>
        <location filename="../../../s321_desk/ui/supervision/warnings_panel.py" line="334"/>
        <source>    no other parcel is involved</source>
        <translation>    aucun autre colis n&apos;est en cause</translation>
    </message>
</context>
</TS>
