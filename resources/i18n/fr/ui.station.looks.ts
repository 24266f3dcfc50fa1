<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="fr">
<context>
    <name>Look</name>
    <message>
        <location filename="../../../s321_desk/ui/station/looks.py" line="56"/>
        <source>READY</source>
        <translation>PRÊT</translation>
    </message>
    <message>
        <location filename="../../../s321_desk/ui/station/looks.py" line="60"/>
        <source>Scan an order&apos;s pick ticket.</source>
        <translation>Balayez le bon de préparation d&apos;une commande.</translation>
    </message>
    <message>
        <location filename="../../../s321_desk/ui/station/looks.py" line="63"/>
        <source>PACKING</source>
        <translation>EMBALLAGE</translation>
    </message>
    <message>
        <location filename="../../../s321_desk/ui/station/looks.py" line="67"/>
        <source>Scan each item, then close it (F12).</source>
        <translation>Balayez chaque article, puis fermez le colis (F12).</translation>
    </message>
    <message>
        <location filename="../../../s321_desk/ui/station/looks.py" line="70"/>
        <source>OK</source>
        <translation>OK</translation>
    </message>
    <message>
        <location filename="../../../s321_desk/ui/station/looks.py" line="74"/>
        <source>Put the label on: it ships.</source>
        <translation>Posez l&apos;étiquette&#xa0;: le colis part.</translation>
    </message>
    <message>
        <location filename="../../../s321_desk/ui/station/looks.py" line="77"/>
        <source>CHECK</source>
        <translation>VÉRIFIER</translation>
    </message>
    <message>
        <location filename="../../../s321_desk/ui/station/looks.py" line="81"/>
        <source>Set it aside: a supervisor decides.</source>
        <translation>Mettez-le de côté&#xa0;: un superviseur décide.</translation>
    </message>
    <message>
        <location filename="../../../s321_desk/ui/station/looks.py" line="84"/>
        <source>HOLD</source>
        <translation>RETENU</translation>
    </message>
    <message>
        <location filename="../../../s321_desk/ui/station/looks.py" line="88"/>
        <source>Do not ship: set it aside, held.</source>
        <translation>N&apos;expédiez pas&#xa0;: mettez-le de côté, retenu.</translation>
    </message>
    <message>
        <location filename="../../../s321_desk/ui/station/looks.py" line="93"/>
        <source>REFUSED</source>
        <translation>REFUSÉ</translation>
    </message>
    <message>
        <location filename="../../../s321_desk/ui/station/looks.py" line="97"/>
        <source>Take it out; scan the right item.</source>
        <translation>Retirez-le; balayez le bon article.</translation>
    </message>
    <message>
        <location filename="../../../s321_desk/ui/station/looks.py" line="101"/>
        <source>SHORT</source>
        <translation>INCOMPLET</translation>
    </message>
    <message>
        <location filename="../../../s321_desk/ui/station/looks.py" line="105"/>
        <source>Scan the missing items, or scan CMD-SHORT to close it short, or F12 again for a supervisor.</source>
        <translation>Balayez les articles manquants, ou balayez CMD-SHORT pour le fermer incomplet, ou F12 de nouveau pour un superviseur.</translation>
    </message>
    <message>
        <location filename="../../../s321_desk/ui/station/looks.py" line="112"/>
        <source>VOID</source>
        <translation>ANNULÉ</translation>
    </message>
    <message>
        <location filename="../../../s321_desk/ui/station/looks.py" line="116"/>
        <source>Unpack it: its items count as unpacked.</source>
        <translation>Déballez-le&#xa0;: ses articles comptent comme non emballés.</translation>
    </message>
</context>
<context>
    <name>PackingStation</name>
    <message>
        <location filename="../../../s321_desk/ui/station/looks.py" line="29"/>
        <source>Close</source>
        <translation>Fermer</translation>
    </message>
    <message>
        <location filename="../../../s321_desk/ui/station/looks.py" line="30"/>
        <source>Undo</source>
        <translation>Défaire</translation>
    </message>
    <message>
        <location filename="../../../s321_desk/ui/station/looks.py" line="31"/>
        <source>Hold</source>
        <translation>Retenir</translation>
    </message>
    <message>
        <location filename="../../../s321_desk/ui/station/looks.py" line="32"/>
        <source>Reprint</source>
        <translation>Réimprimer</translation>
    </message>
    <message>
        <location filename="../../../s321_desk/ui/station/looks.py" line="33"/>
        <source>Void</source>
        <translation>Annuler</translation>
    </message>
    <message>
        <location filename="../../../s321_desk/ui/station/looks.py" line="34"/>
        <source>Count</source>
        <translation>Compter</translation>
    </message>
    <message>
        <location filename="../../../s321_desk/ui/station/looks.py" line="35"/>
        <source>Close short</source>
        <translation>Fermer incomplet</translation>
    </message>
    <message>
        <location filename="../../../s321_desk/ui/station/looks.py" line="39"/>
        <source>de minimis, on the e-manifest</source>
        <translation>de minimis, sur le manifeste électronique</translation>
    </message>
    <message>
        <location filename="../../../s321_desk/ui/station/looks.py" line="40"/>
        <source>de minimis with agency data</source>
        <translation>de minimis avec les données des agences</translation>
    </message>
    <message>
        <location filename="../../../s321_desk/ui/station/looks.py" line="41"/>
        <source>informal entry by a broker</source>
        <translation>entrée informelle par un courtier</translation>
    </message>
    <message>
        <location filename="../../../s321_desk/ui/station/looks.py" line="42"/>
        <source>formal entry by a broker</source>
        <translation>entrée formelle par un courtier</translation>
    </message>
    <message>
        <location filename="../../../s321_desk/ui/station/looks.py" line="43"/>
        <source>formal entry, anti-dumping duty</source>
        <translation>entrée formelle, droits antidumping</translation>
    </message>
    <message>
        <location filename="../../../s321_desk/ui/station/looks.py" line="44"/>
        <source>cannot ship until fixed</source>
        <translation>ne peut partir avant d&apos;être corrigé</translation>
    </message>
    <message>
        <location filename="../../../s321_desk/ui/station/looks.py" line="50"/>
        <source>HOLD: </source>
        <translation>RETENU&#xa0;: </translation>
    </message>
    <message>
        <location filename="../../../s321_desk/ui/station/looks.py" line="51"/>
        <source>CHECK: </source>
        <translation>À VÉRIFIER&#xa0;: </translation>
    </message>
    <message>
        <location filename="../../../s321_desk/ui/station/looks.py" line="158"/>
        <source>Parcel {parcel} (order {order}) was judged again with this one: now {verdict}.</source>
        <translation>Le colis {parcel} (commande {order}) a été réévalué avec celui-ci&#xa0;: maintenant {verdict}.</translation>
    </message>
    <message>
        <location filename="../../../s321_desk/ui/station/looks.py" line="162"/>
        <source>Parcel {parcel} on sealed truck {trip} crossed as filed ({filed}); this one would make it {judged}: a supervisor is told.</source>
        <translation>Le colis {parcel} du camion scellé {trip} a passé comme déclaré ({filed})&#xa0;; celui-ci le ferait passer en {judged}&#xa0;: un superviseur est averti.</translation>
    </message>
</context>
</TS>
