<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="fr">
<context>
    <name>ShiftView</name>
    <message>
        <location filename="../../../s321_desk/ui/supervision/shift_view.py" line="49"/>
        <source>No parcels packed in this shift yet</source>
        <translation>Aucun colis emballé pendant ce quart de travail</translation>
    </message>
    <message>
        <location filename="../../../s321_desk/ui/supervision/shift_view.py" line="61"/>
        <source>S321 de minimis</source>
        <translation>S321 de minimis</translation>
    </message>
    <message>
        <location filename="../../../s321_desk/ui/supervision/shift_view.py" line="62"/>
        <source>ET86 agency goods</source>
        <translation>ET86 marchandises d&apos;agences</translation>
    </message>
    <message>
        <location filename="../../../s321_desk/ui/supervision/shift_view.py" line="63"/>
        <source>T11 informal</source>
        <translation>T11 informelle</translation>
    </message>
    <message>
        <location filename="../../../s321_desk/ui/supervision/shift_view.py" line="64"/>
        <source>T01 formal</source>
        <translation>T01 formelle</translation>
    </message>
    <message>
        <location filename="../../../s321_desk/ui/supervision/shift_view.py" line="65"/>
        <source>T03 anti-dumping</source>
        <translation>T03 antidumping</translation>
    </message>
    <message>
        <location filename="../../../s321_desk/ui/supervision/shift_view.py" line="66"/>
        <source>HOLD cannot ship</source>
        <translation>RETENU, ne peut partir</translation>
    </message>
    <message>
        <location filename="../../../s321_desk/ui/supervision/shift_view.py" line="67"/>
        <source>no route</source>
        <translation>aucun acheminement</translation>
    </message>
    <message>
        <location filename="../../../s321_desk/ui/supervision/shift_view.py" line="128"/>
        <source>Updated {time}</source>
        <translation>Mis à jour à {time}</translation>
    </message>
    <message>
        <location filename="../../../s321_desk/ui/supervision/shift_view.py" line="142"/>
        <source>Reading the shift...</source>
        <translation>Lecture du quart de travail...</translation>
    </message>
    <message>
        <location filename="../../../s321_desk/ui/supervision/shift_view.py" line="150"/>
        <location filename="../../../s321_desk/ui/supervision/shift_view.py" line="275"/>
        <source>Parcels packed per hour, by station</source>
        <translation>Colis emballés par heure, par poste</translation>
    </message>
    <message>
        <location filename="../../../s321_desk/ui/supervision/shift_view.py" line="158"/>
        <source>Today&apos;s trucks: on the truck and to load</source>
        <translation>Camions du jour&#xa0;: dans le camion et à charger</translation>
    </message>
    <message>
        <location filename="../../../s321_desk/ui/supervision/shift_view.py" line="166"/>
        <source>Parcels by route</source>
        <translation>Colis par acheminement</translation>
    </message>
    <message>
        <location filename="../../../s321_desk/ui/supervision/shift_view.py" line="224"/>
        <source>{count} station</source>
        <translation>{count} poste</translation>
    </message>
    <message numerus="yes">
        <location filename="../../../s321_desk/ui/supervision/shift_view.py" line="224"/>
        <source>{count} stations</source>
        <translation>
            <numerusform>{count} poste</numerusform>
            <numerusform>{count} postes</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../../s321_desk/ui/supervision/shift_view.py" line="227"/>
        <source>Shift since {since}: {count} parcel packed on {stations}</source>
        <translation>Quart depuis {since}&#xa0;: {count} colis emballé sur {stations}</translation>
    </message>
    <message numerus="yes">
        <location filename="../../../s321_desk/ui/supervision/shift_view.py" line="229"/>
        <source>Shift since {since}: {count} parcels packed on {stations}</source>
        <translation>
            <numerusform>Quart depuis {since}&#xa0;: {count} colis emballé sur {stations}</numerusform>
            <numerusform>Quart depuis {since}&#xa0;: {count} colis emballés sur {stations}</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../../s321_desk/ui/supervision/shift_view.py" line="241"/>
        <source>held, waiting for a supervisor</source>
        <translation>
            <numerusform>retenu, attend un superviseur</numerusform>
            <numerusform>retenus, attendent un superviseur</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../../s321_desk/ui/supervision/shift_view.py" line="242"/>
        <source>none held</source>
        <translation>aucun retenu</translation>
    </message>
    <message numerus="yes">
        <location filename="../../../s321_desk/ui/supervision/shift_view.py" line="246"/>
        <source>waiting for a decision</source>
        <translation>
            <numerusform>attend une décision</numerusform>
            <numerusform>attendent une décision</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../../s321_desk/ui/supervision/shift_view.py" line="247"/>
        <source>none waiting for a decision</source>
        <translation>aucun n&apos;attend de décision</translation>
    </message>
    <message>
        <location filename="../../../s321_desk/ui/supervision/shift_view.py" line="283"/>
        <source>Parcels</source>
        <translation>Colis</translation>
    </message>
    <message>
        <location filename="../../../s321_desk/ui/supervision/shift_view.py" line="302"/>
        <source>On the truck</source>
        <translation>Dans le camion</translation>
    </message>
    <message>
        <location filename="../../../s321_desk/ui/supervision/shift_view.py" line="303"/>
        <source>Still to load</source>
        <translation>Encore à charger</translation>
    </message>
    <message>
        <location filename="../../../s321_desk/ui/supervision/shift_view.py" line="316"/>
        <source>Today&apos;s trucks: on the truck and still to load</source>
        <translation>Camions du jour&#xa0;: dans le camion et encore à charger</translation>
    </message>
    <message>
        <location filename="../../../s321_desk/ui/supervision/shift_view.py" line="317"/>
        <source>Today&apos;s trucks: none yet, and no parcel to load</source>
        <translation>Camions du jour&#xa0;: aucun encore, et aucun colis à charger</translation>
    </message>
    <message>
        <location filename="../../../s321_desk/ui/supervision/shift_view.py" line="455"/>
        <source>No truck yet {port} {day}</source>
        <translation>Pas encore de camion {port} {day}</translation>
    </message>
    <message>
        <location filename="../../../s321_desk/ui/supervision/shift_view.py" line="459"/>
        <source>{trip} sealed</source>
        <translation>{trip} scellé</translation>
    </message>
    <message>
        <location filename="../../../s321_desk/ui/supervision/shift_view.py" line="461"/>
        <source>{trip} empty</source>
        <translation>{trip} vide</translation>
    </message>
    <message>
        <location filename="../../../s321_desk/ui/supervision/shift_view.py" line="463"/>
        <source>{trip} {percent}% loaded</source>
        <translation>{trip} chargé à {percent} %</translation>
    </message>
</context>
</TS>
