<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="fr">
<context>
    <name>Packing</name>
    <message>
        <location filename="../../../s321_desk/services/packing.py" line="54"/>
        <source>order {order}: {why}</source>
        <translation>commande {order}&#xa0;: {why}</translation>
    </message>
    <message>
        <location filename="../../../s321_desk/services/packing.py" line="62"/>
        <source>order {order}: not in the store (import the orders first)</source>
        <translation>commande {order}&#xa0;: absente de la base de données (importez d&apos;abord les commandes)</translation>
    </message>
    <message>
        <location filename="../../../s321_desk/services/packing.py" line="97"/>
        <source>scan {scan}: {why}</source>
        <translation>balayage {scan}&#xa0;: {why}</translation>
    </message>
    <message>
        <location filename="../../../s321_desk/services/packing.py" line="114"/>
        <source>{code}: unknown barcode or SKU</source>
        <translation>{code}&#xa0;: code-barres ou SKU inconnu</translation>
    </message>
    <message>
        <location filename="../../../s321_desk/services/packing.py" line="117"/>
        <source>{code} ({sku}): not on order {order}</source>
        <translation>{code} ({sku})&#xa0;: pas dans la commande {order}</translation>
    </message>
    <message>
        <location filename="../../../s321_desk/services/packing.py" line="131"/>
        <source>{code} ({description}): all {quantity} already packed (over-pick)</source>
        <translation>{code} ({description})&#xa0;: les {quantity} sont déjà emballés (surprélèvement)</translation>
    </message>
    <message>
        <location filename="../../../s321_desk/services/packing.py" line="147"/>
        <source>nothing to undo: the parcel is empty</source>
        <translation>rien à défaire&#xa0;: le colis est vide</translation>
    </message>
    <message>
        <location filename="../../../s321_desk/services/packing.py" line="190"/>
        <source>parcel {parcel}: empty; scan its items before closing it</source>
        <translation>colis {parcel}&#xa0;: vide&#xa0;; balayez ses articles avant de le fermer</translation>
    </message>
    <message>
        <location filename="../../../s321_desk/services/packing.py" line="207"/>
        <source>crossing: give the instant with its UTC offset</source>
        <translation>passage&#xa0;: donnez l&apos;instant avec son décalage UTC</translation>
    </message>
    <message>
        <location filename="../../../s321_desk/services/packing.py" line="232"/>
        <source>parcel {parcel}: no such parcel</source>
        <translation>colis {parcel}&#xa0;: ce colis n&apos;existe pas</translation>
    </message>
    <message>
        <location filename="../../../s321_desk/services/packing.py" line="236"/>
        <source>parcel {parcel}: already {status}</source>
        <translation>colis {parcel}&#xa0;: déjà {status}</translation>
    </message>
</context>
</TS>
