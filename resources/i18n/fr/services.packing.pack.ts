<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="fr">
<context>
    <name>Packing</name>
    <message>
        <location filename="../../../s321_desk/services/packing/pack.py" line="77"/>
        <source>order {order}: {why}</source>
        <translation>commande {order}&#xa0;: {why}</translation>
    </message>
    <message>
        <location filename="../../../s321_desk/services/packing/pack.py" line="65"/>
        <source>order {order}: not in the store (import the orders first)</source>
        <translation>commande {order}&#xa0;: absente de la base de données (importez d&apos;abord les commandes)</translation>
    </message>
    <message>
        <location filename="../../../s321_desk/services/packing/pack.py" line="137"/>
        <source>scan {scan}: {why}</source>
        <translation>balayage {scan}&#xa0;: {why}</translation>
    </message>
    <message>
        <location filename="../../../s321_desk/services/packing/pack.py" line="146"/>
        <source>{code}: unknown barcode or SKU</source>
        <translation>{code}&#xa0;: code-barres ou SKU inconnu</translation>
    </message>
    <message>
        <location filename="../../../s321_desk/services/packing/pack.py" line="149"/>
        <source>{code} ({sku}): not on order {order}</source>
        <translation>{code} ({sku})&#xa0;: pas dans la commande {order}</translation>
    </message>
    <message>
        <location filename="../../../s321_desk/services/packing/pack.py" line="166"/>
        <source>{code} ({description}): all {quantity} already packed (over-pick)</source>
        <translation>{code} ({description})&#xa0;: les {quantity} sont déjà emballés (surprélèvement)</translation>
    </message>
    <message>
        <location filename="../../../s321_desk/services/packing/pack.py" line="199"/>
        <source>order {order} has no line {line}</source>
        <translation>la commande {order} n&apos;a pas de ligne {line}</translation>
    </message>
    <message>
        <location filename="../../../s321_desk/services/packing/pack.py" line="206"/>
        <source>{line}: its product is in the catalog; scan it ({sku}) instead</source>
        <translation>{line}&#xa0;: son produit est au catalogue&#xa0;; balayez-le plutôt ({sku})</translation>
    </message>
    <message>
        <location filename="../../../s321_desk/services/packing/pack.py" line="213"/>
        <source>{line}: {quantity} cannot be counted in: {packed} of {ordered} are packed</source>
        <translation>{line}&#xa0;: impossible de compter {quantity} de plus&#xa0;: {packed} sur {ordered} sont emballés</translation>
    </message>
    <message>
        <location filename="../../../s321_desk/services/packing/pack.py" line="268"/>
        <source>nothing to undo: the parcel is empty</source>
        <translation>rien à défaire&#xa0;: le colis est vide</translation>
    </message>
    <message>
        <location filename="../../../s321_desk/services/packing/pack.py" line="310"/>
        <source>{line}: no SKU or barcode to scan; a supervisor counts it (CMD-COUNT at a station)</source>
        <translation>{line}&#xa0;: aucun SKU ni code-barres à balayer&#xa0;; un superviseur le compte (CMD-COUNT à un poste)</translation>
    </message>
    <message>
        <location filename="../../../s321_desk/services/packing/pack.py" line="381"/>
        <source>parcel {parcel}: empty; scan its items before closing it</source>
        <translation>colis {parcel}&#xa0;: vide&#xa0;; balayez ses articles avant de le fermer</translation>
    </message>
    <message>
        <location filename="../../../s321_desk/services/packing/pack.py" line="400"/>
        <source>crossing: give the instant with its UTC offset</source>
        <translation>passage&#xa0;: donnez l&apos;instant avec son décalage UTC</translation>
    </message>
    <message>
        <location filename="../../../s321_desk/services/packing/pack.py" line="456"/>
        <source>a count is a supervisor&apos;s: give the supervisor&apos;s name</source>
        <translation>un comptage revient à un superviseur&#xa0;: donnez le nom du superviseur</translation>
    </message>
    <message>
        <location filename="../../../s321_desk/services/packing/pack.py" line="479"/>
        <source>order {order}: every item is already packed; nothing to pack</source>
        <translation>commande {order}&#xa0;: tous les articles sont déjà emballés&#xa0;; rien à emballer</translation>
    </message>
    <message>
        <location filename="../../../s321_desk/services/packing/pack.py" line="501"/>
        <source>order {order}: parcel {parcel} is open at station {station} ({items} item(s) in it); finish it there (scan the order to resume it, then close it or undo its items)</source>
        <translation>commande {order}&#xa0;: le colis {parcel} est ouvert au poste {station} ({items} article(s) dedans)&#xa0;; terminez-le là-bas (balayez la commande pour le reprendre, puis fermez-le ou défaites ses articles)</translation>
    </message>
    <message>
        <location filename="../../../s321_desk/services/packing/pack.py" line="516"/>
        <source>parcel {parcel}: no such parcel</source>
        <translation>colis {parcel}&#xa0;: ce colis n&apos;existe pas</translation>
    </message>
    <message>
        <location filename="../../../s321_desk/services/packing/pack.py" line="520"/>
        <source>parcel {parcel}: already {status}</source>
        <translation>colis {parcel}&#xa0;: déjà {status}</translation>
    </message>
    <message>
        <location filename="../../../s321_desk/services/packing/pack.py" line="549"/>
        <source>{order} line {number} {description}</source>
        <translation>{order} ligne {number} {description}</translation>
    </message>
</context>
</TS>
