<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="fr">
<context>
    <name>Station</name>
    <message>
        <location filename="../../../s321_desk/services/packing/dispatch.py" line="179"/>
        <source>scan {scan}: {error}</source>
        <translation>balayage {scan}&#xa0;: {error}</translation>
    </message>
    <message>
        <location filename="../../../s321_desk/services/packing/dispatch.py" line="211"/>
        <source>CMD-CLOSE: no parcel open; scan an order first</source>
        <translation>CMD-CLOSE&#xa0;: aucun colis ouvert&#xa0;; balayez d&apos;abord une commande</translation>
    </message>
    <message>
        <location filename="../../../s321_desk/services/packing/dispatch.py" line="242"/>
        <source>{item}  ({packed} of {ordered}), counted by {by}</source>
        <translation>{item}  ({packed} sur {ordered}), compté par {by}</translation>
    </message>
    <message>
        <location filename="../../../s321_desk/services/packing/dispatch.py" line="245"/>
        <source>{item}: {packed} of {ordered}, counted by {by}</source>
        <translation>{item}&#xa0;: {packed} sur {ordered}, compté par {by}</translation>
    </message>
    <message>
        <location filename="../../../s321_desk/services/packing/dispatch.py" line="260"/>
        <source>Scan {scan} waits until the supervisor is done</source>
        <translation>Le balayage {scan} attend que le superviseur ait fini</translation>
    </message>
    <message>
        <location filename="../../../s321_desk/services/packing/dispatch.py" line="288"/>
        <source>REFUSED  {code}</source>
        <translation>REFUSÉ  {code}</translation>
    </message>
    <message>
        <location filename="../../../s321_desk/services/packing/dispatch.py" line="292"/>
        <source>{item}  ({packed} of {ordered})</source>
        <translation>{item}  ({packed} sur {ordered})</translation>
    </message>
    <message>
        <location filename="../../../s321_desk/services/packing/dispatch.py" line="294"/>
        <source>{item}: {packed} of {ordered}</source>
        <translation>{item}&#xa0;: {packed} sur {ordered}</translation>
    </message>
    <message>
        <location filename="../../../s321_desk/services/packing/dispatch.py" line="299"/>
        <source>HAZMAT  {mark}</source>
        <translation>MAT. DANGEREUSES  {mark}</translation>
    </message>
    <message>
        <location filename="../../../s321_desk/services/packing/dispatch.py" line="302"/>
        <source>DANGEROUS GOODS {mark}: {said}. Pack it as the carrier requires; the label carries the mark</source>
        <translation>MARCHANDISES DANGEREUSES {mark}&#xa0;: {said}. Emballez-les comme le transporteur l&apos;exige&#xa0;; l&apos;étiquette en porte la marque</translation>
    </message>
    <message>
        <location filename="../../../s321_desk/services/packing/dispatch.py" line="310"/>
        <source>HOLD AHEAD: {item}: {why}. This parcel will be held at its close: keep the box open and call a supervisor (F6 holds it now).</source>
        <translation>RETENUE À VENIR&#xa0;: {item}&#xa0;: {why}. Ce colis sera retenu à sa fermeture&#xa0;: gardez la boîte ouverte et appelez un superviseur (F6 le retient maintenant).</translation>
    </message>
    <message>
        <location filename="../../../s321_desk/services/packing/dispatch.py" line="332"/>
        <source>{scan}: not an order; scan an order&apos;s pick ticket first to open its parcel</source>
        <translation>{scan}&#xa0;: n&apos;est pas une commande&#xa0;; balayez d&apos;abord le bon de préparation d&apos;une commande pour ouvrir son colis</translation>
    </message>
    <message>
        <location filename="../../../s321_desk/services/packing/dispatch.py" line="340"/>
        <source>Already packing order {order} (parcel {parcel})</source>
        <translation>Commande {order} déjà en emballage (colis {parcel})</translation>
    </message>
    <message>
        <location filename="../../../s321_desk/services/packing/dispatch.py" line="344"/>
        <source>{scan} is another order: parcel {parcel} of order {order} is not closed; close it (F12) or undo its items first</source>
        <translation>{scan} est une autre commande&#xa0;: le colis {parcel} de la commande {order} n&apos;est pas fermé&#xa0;; fermez-le (F12) ou défaites d&apos;abord ses articles</translation>
    </message>
    <message>
        <location filename="../../../s321_desk/services/packing/dispatch.py" line="355"/>
        <source>Order {order}: parcel {parcel}, resumed with 1 item in it</source>
        <translation>Commande {order}&#xa0;: colis {parcel}, repris avec 1 article dedans</translation>
    </message>
    <message>
        <location filename="../../../s321_desk/services/packing/dispatch.py" line="357"/>
        <source>Order {order}: parcel {parcel}, resumed with {items} items in it</source>
        <translation>Commande {order}&#xa0;: colis {parcel}, repris avec {items} articles dedans</translation>
    </message>
    <message>
        <location filename="../../../s321_desk/services/packing/dispatch.py" line="361"/>
        <source>Order {order}: parcel {parcel}</source>
        <translation>Commande {order}&#xa0;: colis {parcel}</translation>
    </message>
    <message>
        <location filename="../../../s321_desk/services/packing/dispatch.py" line="362"/>
        <source>ORDER  {order}  parcel {parcel}</source>
        <translation>COMMANDE  {order}  colis {parcel}</translation>
    </message>
    <message>
        <location filename="../../../s321_desk/services/packing/dispatch.py" line="376"/>
        <source>CMD-UNDO: no parcel open; nothing to undo</source>
        <translation>CMD-UNDO&#xa0;: aucun colis ouvert&#xa0;; rien à défaire</translation>
    </message>
    <message>
        <location filename="../../../s321_desk/services/packing/dispatch.py" line="380"/>
        <source>Undone: {item}; take it out of the box</source>
        <translation>Défait&#xa0;: {item}&#xa0;; retirez-le de la boîte</translation>
    </message>
    <message>
        <location filename="../../../s321_desk/services/packing/dispatch.py" line="384"/>
        <source>UNDO  {item}</source>
        <translation>DÉFAIRE  {item}</translation>
    </message>
    <message>
        <location filename="../../../s321_desk/services/packing/dispatch.py" line="443"/>
        <source>{command}: no parcel on the screen; close a parcel first</source>
        <translation>{command}&#xa0;: aucun colis à l&apos;écran&#xa0;; fermez d&apos;abord un colis</translation>
    </message>
    <message>
        <location filename="../../../s321_desk/services/packing/dispatch.py" line="456"/>
        <source>{command}: parcel {parcel} is still open; close it first (F12)</source>
        <translation>{command}&#xa0;: le colis {parcel} est encore ouvert&#xa0;; fermez-le d&apos;abord (F12)</translation>
    </message>
    <message>
        <location filename="../../../s321_desk/services/packing/dispatch.py" line="468"/>
        <source>{command}: no parcel open; scan an order first</source>
        <translation>{command}&#xa0;: aucun colis ouvert&#xa0;; balayez d&apos;abord une commande</translation>
    </message>
    <message>
        <location filename="../../../s321_desk/services/packing/dispatch.py" line="475"/>
        <source>{command}: every item of order {order} still to pack has a SKU or barcode: scan it</source>
        <translation>{command}&#xa0;: chaque article de la commande {order} encore à emballer a un SKU ou un code-barres&#xa0;: balayez-le</translation>
    </message>
    <message>
        <location filename="../../../s321_desk/services/packing/dispatch.py" line="489"/>
        <source>{command}: no supervisor can sign yet; create the administrator first</source>
        <translation>{command}&#xa0;: aucun superviseur ne peut encore signer&#xa0;; créez d&apos;abord l&apos;administrateur</translation>
    </message>
    <message>
        <location filename="../../../s321_desk/services/packing/dispatch.py" line="516"/>
        <source>{why} Nothing changed: scan {scan} again.</source>
        <translation>{why} Rien n&apos;a changé&#xa0;: balayez {scan} de nouveau.</translation>
    </message>
</context>
</TS>
