<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="fr">
<context>
    <name>Loads</name>
    <message>
        <location filename="../../../s321_desk/services/loads/trips.py" line="34"/>
        <source>{parcel}: held, cannot be loaded; a supervisor must release it first</source>
        <translation>{parcel}: retenu, ne peut pas être chargé&#xa0;; un superviseur doit d&apos;abord le libérer</translation>
    </message>
    <message>
        <location filename="../../../s321_desk/services/loads/trips.py" line="37"/>
        <source>{parcel}: open, cannot be loaded; close it at its packing station first</source>
        <translation>{parcel}: ouvert, ne peut pas être chargé&#xa0;; fermez-le d&apos;abord à son poste d&apos;emballage</translation>
    </message>
    <message>
        <location filename="../../../s321_desk/services/loads/trips.py" line="40"/>
        <source>{parcel}: voided, cannot be loaded; it was voided: its items are to be packed again</source>
        <translation>{parcel}: annulé, ne peut pas être chargé&#xa0;; il a été annulé&#xa0;: ses articles sont à emballer de nouveau</translation>
    </message>
    <message>
        <location filename="../../../s321_desk/services/loads/trips.py" line="55"/>
        <source>{parcel}: SCN {scn} is not 4 to 16 letters/digits; shorten the parcel_prefix setting</source>
        <translation>{parcel}: le SCN {scn} n&apos;a pas de 4 à 16 lettres/chiffres&#xa0;; raccourcissez le paramètre parcel_prefix</translation>
    </message>
    <message>
        <location filename="../../../s321_desk/services/loads/trips.py" line="178"/>
        <source>{parcel}: already on truck {trip}</source>
        <translation>{parcel}: déjà dans le camion {trip}</translation>
    </message>
    <message>
        <location filename="../../../s321_desk/services/loads/trips.py" line="182"/>
        <source>{parcel}: already on this truck</source>
        <translation>{parcel}: déjà dans ce camion</translation>
    </message>
    <message>
        <location filename="../../../s321_desk/services/loads/trips.py" line="190"/>
        <source>{parcel}: {status}, cannot be loaded</source>
        <translation>{parcel}: {status}, ne peut pas être chargé</translation>
    </message>
    <message>
        <location filename="../../../s321_desk/services/loads/trips.py" line="195"/>
        <source>{parcel}: crosses on {day}, the truck on {truck_day}</source>
        <translation>{parcel}: passe le {day}, le camion le {truck_day}</translation>
    </message>
    <message>
        <location filename="../../../s321_desk/services/loads/trips.py" line="230"/>
        <source>{parcel}: not on truck {trip}</source>
        <translation>{parcel}: pas dans le camion {trip}</translation>
    </message>
    <message>
        <location filename="../../../s321_desk/services/loads/trips.py" line="268"/>
        <source>load {trip}: no parcel on it</source>
        <translation>chargement {trip}&#xa0;: aucun colis dedans</translation>
    </message>
    <message>
        <location filename="../../../s321_desk/services/loads/trips.py" line="272"/>
        <source>load {trip} cannot close: {parcels} need a decision</source>
        <translation>le chargement {trip} ne peut pas être fermé&#xa0;: {parcels} attendent une décision</translation>
    </message>
    <message>
        <location filename="../../../s321_desk/services/loads/trips.py" line="279"/>
        <source>load {trip} cannot close: {parcels} need a new label (RELABEL)</source>
        <translation>le chargement {trip} ne peut pas être fermé&#xa0;: {parcels} doivent recevoir une nouvelle étiquette (RÉÉTIQUETER)</translation>
    </message>
    <message>
        <location filename="../../../s321_desk/services/loads/trips.py" line="314"/>
        <source>{name} is a {role}; reopening needs a supervisor</source>
        <translation>{name} est {role}&#xa0;; rouvrir demande un superviseur</translation>
    </message>
    <message>
        <location filename="../../../s321_desk/services/loads/trips.py" line="359"/>
        <source>{parcels}: FDA-regulated, no prior notice number given yet</source>
        <translation>{parcels}&#xa0;: réglementé(s) par la FDA, sans numéro de préavis pour l&apos;instant</translation>
    </message>
    <message>
        <location filename="../../../s321_desk/services/loads/trips.py" line="110"/>
        <location filename="../../../s321_desk/services/loads/trips.py" line="560"/>
        <source>the carrier code (SCAC): {scac} is not one (2 to 4 letters)</source>
        <translation>le code du transporteur (SCAC)&#xa0;: {scac} n&apos;en est pas un (2 à 4 lettres)</translation>
    </message>
    <message>
        <location filename="../../../s321_desk/services/loads/trips.py" line="118"/>
        <source>the planned arrival: give it with its UTC offset</source>
        <translation>l&apos;arrivée prévue&#xa0;: donnez-la avec son décalage UTC</translation>
    </message>
    <message>
        <location filename="../../../s321_desk/services/loads/trips.py" line="126"/>
        <source>the trip number: {trip} must be the SCAC {scac} + 4 to 21 letters/digits</source>
        <translation>le numéro de voyage&#xa0;: {trip} doit être le SCAC {scac} + 4 à 21 lettres/chiffres</translation>
    </message>
    <message>
        <location filename="../../../s321_desk/services/loads/trips.py" line="134"/>
        <source>the trip number: {trip} is already a load</source>
        <translation>le numéro de voyage&#xa0;: {trip} est déjà un chargement</translation>
    </message>
    <message>
        <location filename="../../../s321_desk/services/loads/trips.py" line="259"/>
        <source>the seal number: {why}</source>
        <translation>le numéro de scellé&#xa0;: {why}</translation>
    </message>
    <message>
        <location filename="../../../s321_desk/services/loads/trips.py" line="320"/>
        <source>reopening a sealed load needs a reason (it is audited)</source>
        <translation>rouvrir un chargement scellé demande un motif (il est consigné dans la piste de vérification)</translation>
    </message>
    <message>
        <location filename="../../../s321_desk/services/loads/trips.py" line="328"/>
        <source>load {trip}: not closed</source>
        <translation>chargement {trip}&#xa0;: pas fermé</translation>
    </message>
    <message>
        <location filename="../../../s321_desk/services/loads/trips.py" line="367"/>
        <source>load {trip} cannot close: {problems}</source>
        <translation>le chargement {trip} ne peut être fermé&#xa0;: {problems}</translation>
    </message>
    <message>
        <location filename="../../../s321_desk/services/loads/trips.py" line="383"/>
        <source>{name} is a {role}; this needs a driver or supervisor</source>
        <translation>{name} est {role}&#xa0;; il faut un chauffeur ou un superviseur</translation>
    </message>
    <message>
        <location filename="../../../s321_desk/services/loads/trips.py" line="421"/>
        <source>load {load}: no such load</source>
        <translation>chargement {load}&#xa0;: ce chargement n&apos;existe pas</translation>
    </message>
    <message>
        <location filename="../../../s321_desk/services/loads/trips.py" line="425"/>
        <source>load {trip}: sealed; reopen it first</source>
        <translation>chargement {trip}&#xa0;: scellé&#xa0;; rouvrez-le d&apos;abord</translation>
    </message>
    <message>
        <location filename="../../../s321_desk/services/loads/trips.py" line="491"/>
        <source>the status: {status} is not open or sealed</source>
        <translation>le statut&#xa0;: {status} n&apos;est ni open ni sealed</translation>
    </message>
</context>
</TS>
