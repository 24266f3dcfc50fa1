<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="fr">
<context>
    <name>Decisions</name>
    <message>
        <location filename="../../../s321_desk/services/supervision/decisions.py" line="63"/>
        <source>action: {action} is not one of {actions}</source>
        <translation>action&#xa0;: {action} n&apos;est pas l&apos;une de {actions}</translation>
    </message>
    <message>
        <location filename="../../../s321_desk/services/supervision/decisions.py" line="73"/>
        <source>parcel {parcel}: voided; nothing more to decide</source>
        <translation>colis {parcel}&#xa0;: annulé&#xa0;; plus rien à décider</translation>
    </message>
    <message>
        <location filename="../../../s321_desk/services/supervision/decisions.py" line="95"/>
        <source>a decision needs a reason (it is audited)</source>
        <translation>une décision demande un motif (il est consigné dans la piste de vérification)</translation>
    </message>
    <message>
        <location filename="../../../s321_desk/services/supervision/decisions.py" line="173"/>
        <source>{action}: parcel {parcel} is on sealed truck {trip}: it crossed as filed; reopen the load to change it</source>
        <translation>{action}&#xa0;: le colis {parcel} est dans le camion scellé {trip}&#xa0;: il a passé comme déclaré&#xa0;; rouvrez le chargement pour le changer</translation>
    </message>
    <message>
        <location filename="../../../s321_desk/services/supervision/decisions.py" line="222"/>
        <source>defer: give the new crossing instant with its UTC offset</source>
        <translation>reporter&#xa0;: donnez le nouvel instant de passage avec son décalage UTC</translation>
    </message>
    <message>
        <location filename="../../../s321_desk/services/supervision/decisions.py" line="251"/>
        <source>consolidate: name the parcel that takes this one&apos;s items</source>
        <translation>regrouper&#xa0;: nommez le colis qui reçoit les articles de celui-ci</translation>
    </message>
    <message>
        <location filename="../../../s321_desk/services/supervision/decisions.py" line="291"/>
        <source>split: name the other parcel, whose recipient is another person</source>
        <translation>séparer&#xa0;: nommez l&apos;autre colis, dont le destinataire est une autre personne</translation>
    </message>
    <message>
        <location filename="../../../s321_desk/services/supervision/decisions.py" line="229"/>
        <source>defer: {day} is not after the parcel&apos;s crossing day {crossing_day}</source>
        <translation>reporter&#xa0;: le {day} n&apos;est pas après le jour de passage du colis, le {crossing_day}</translation>
    </message>
    <message>
        <location filename="../../../s321_desk/services/supervision/decisions.py" line="235"/>
        <source>parcel {parcel}: on a truck; take it off the load first</source>
        <translation>colis {parcel}&#xa0;: dans un camion&#xa0;; retirez-le d&apos;abord du chargement</translation>
    </message>
    <message>
        <location filename="../../../s321_desk/services/supervision/decisions.py" line="258"/>
        <source>consolidate: a parcel cannot be consolidated into itself</source>
        <translation>regrouper&#xa0;: un colis ne peut pas être regroupé avec lui-même</translation>
    </message>
    <message>
        <location filename="../../../s321_desk/services/supervision/decisions.py" line="262"/>
        <source>consolidate: {parcel} and {other} are not for one address</source>
        <translation>regrouper&#xa0;: {parcel} et {other} ne vont pas à la même adresse</translation>
    </message>
    <message>
        <location filename="../../../s321_desk/services/supervision/decisions.py" line="268"/>
        <source>consolidate: take the parcels off their truck first</source>
        <translation>regrouper&#xa0;: retirez d&apos;abord les colis de leur camion</translation>
    </message>
    <message>
        <location filename="../../../s321_desk/services/supervision/decisions.py" line="301"/>
        <source>split: {parcel} and {other} are not at one address</source>
        <translation>séparer&#xa0;: {parcel} et {other} ne sont pas à la même adresse</translation>
    </message>
    <message>
        <location filename="../../../s321_desk/services/supervision/decisions.py" line="308"/>
        <source>split: {name} and {other} are one name; a split needs names that differ</source>
        <translation>séparer&#xa0;: {name} et {other} sont un même nom&#xa0;; séparer demande des noms qui diffèrent</translation>
    </message>
    <message>
        <location filename="../../../s321_desk/services/supervision/decisions.py" line="371"/>
        <source>{action}: parcel {parcel} is on a truck; take it off first</source>
        <translation>{action}&#xa0;: le colis {parcel} est dans un camion&#xa0;; retirez-le d&apos;abord</translation>
    </message>
    <message>
        <location filename="../../../s321_desk/services/supervision/decisions.py" line="377"/>
        <source>{action}: parcel {parcel} is {status}, not closed</source>
        <translation>{action}&#xa0;: le colis {parcel} est {status}, pas fermé</translation>
    </message>
</context>
</TS>
