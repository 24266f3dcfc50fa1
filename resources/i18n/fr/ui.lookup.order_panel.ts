<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="fr">
<context>
    <name>LineStateModel</name>
    <message>
        <location filename="../../../s321_desk/ui/lookup/order_panel.py" line="37"/>
        <location filename="../../../s321_desk/ui/lookup/order_panel.py" line="47"/>
        <source>Packed</source>
        <translation>Emballé</translation>
    </message>
    <message>
        <location filename="../../../s321_desk/ui/lookup/order_panel.py" line="38"/>
        <source>Being packed</source>
        <translation>En cours d&apos;emballage</translation>
    </message>
    <message>
        <location filename="../../../s321_desk/ui/lookup/order_panel.py" line="39"/>
        <source>Part packed</source>
        <translation>En partie emballé</translation>
    </message>
    <message>
        <location filename="../../../s321_desk/ui/lookup/order_panel.py" line="40"/>
        <source>Not packed</source>
        <translation>Pas emballé</translation>
    </message>
    <message>
        <location filename="../../../s321_desk/ui/lookup/order_panel.py" line="43"/>
        <source>Line</source>
        <translation>Ligne</translation>
    </message>
    <message>
        <location filename="../../../s321_desk/ui/lookup/order_panel.py" line="45"/>
        <source>SKU</source>
        <translation>SKU</translation>
    </message>
    <message>
        <location filename="../../../s321_desk/ui/lookup/order_panel.py" line="46"/>
        <source>Description</source>
        <translation>Description</translation>
    </message>
    <message>
        <location filename="../../../s321_desk/ui/lookup/order_panel.py" line="49"/>
        <source>State</source>
        <translation>État</translation>
    </message>
    <message>
        <location filename="../../../s321_desk/ui/lookup/order_panel.py" line="50"/>
        <source>In parcel</source>
        <translation>Dans le colis</translation>
    </message>
</context>
<context>
    <name>OrderPanel</name>
    <message>
        <location filename="../../../s321_desk/ui/lookup/order_panel.py" line="100"/>
        <source>&amp;Open the parcel in History</source>
        <translation>&amp;Ouvrir le colis dans l&apos;historique</translation>
    </message>
    <message>
        <location filename="../../../s321_desk/ui/lookup/order_panel.py" line="122"/>
        <source>Choose an order above to see its lines and parcels.</source>
        <translation>Choisissez une commande ci-dessus pour voir ses lignes et ses colis.</translation>
    </message>
    <message>
        <location filename="../../../s321_desk/ui/lookup/order_panel.py" line="125"/>
        <source>Order {order}, {recipient}: {packed} of {lines} lines packed; {parcels} parcels.</source>
        <translation>Commande {order}, {recipient}&#xa0;: {packed} ligne(s) emballée(s) sur {lines}&#xa0;; {parcels} colis.</translation>
    </message>
</context>
<context>
    <name>OrderParcelModel</name>
    <message>
        <location filename="../../../s321_desk/ui/lookup/order_panel.py" line="61"/>
        <source>Parcel</source>
        <translation>Colis</translation>
    </message>
    <message>
        <location filename="../../../s321_desk/ui/lookup/order_panel.py" line="62"/>
        <source>Status</source>
        <translation>Statut</translation>
    </message>
    <message>
        <location filename="../../../s321_desk/ui/lookup/order_panel.py" line="63"/>
        <source>Items</source>
        <translation>Articles</translation>
    </message>
    <message>
        <location filename="../../../s321_desk/ui/lookup/order_panel.py" line="65"/>
        <source>Truck</source>
        <translation>Camion</translation>
    </message>
    <message>
        <location filename="../../../s321_desk/ui/lookup/order_panel.py" line="66"/>
        <source>Closed</source>
        <translation>Fermé</translation>
    </message>
</context>
</TS>
