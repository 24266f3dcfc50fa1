<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="fr">
<context>
    <name>OrdersView</name>
    <message>
        <location filename="../../../s321_desk/ui/lookup/orders_view.py" line="51"/>
        <source>Search order, name, city...</source>
        <translation>Chercher commande, nom, ville...</translation>
    </message>
    <message>
        <location filename="../../../s321_desk/ui/lookup/orders_view.py" line="55"/>
        <source>&amp;Search:</source>
        <translation>&amp;Chercher&#xa0;:</translation>
    </message>
    <message>
        <location filename="../../../s321_desk/ui/lookup/orders_view.py" line="130"/>
        <source>No orders in this database yet.</source>
        <translation>Aucune commande dans cette base de données pour l&apos;instant.</translation>
    </message>
    <message>
        <location filename="../../../s321_desk/ui/lookup/orders_view.py" line="132"/>
        <source>Showing {shown} of {count} order.</source>
        <translation>{shown} affichée sur {count} commande.</translation>
    </message>
    <message numerus="yes">
        <location filename="../../../s321_desk/ui/lookup/orders_view.py" line="133"/>
        <source>Showing {shown} of {count} orders.</source>
        <translation>
            <numerusform>{shown} affichée(s) sur {count} commande.</numerusform>
            <numerusform>{shown} affichée(s) sur {count} commandes.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../../s321_desk/ui/lookup/orders_view.py" line="135"/>
        <source>Showing the {count} newest.</source>
        <translation>
            <numerusform>{count} plus récente affichée.</numerusform>
            <numerusform>Les {count} plus récentes affichées.</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../../s321_desk/ui/lookup/orders_view.py" line="137"/>
        <source>Showing all {count} order.</source>
        <translation>{count} commande affichée.</translation>
    </message>
    <message numerus="yes">
        <location filename="../../../s321_desk/ui/lookup/orders_view.py" line="138"/>
        <source>Showing all {count} orders.</source>
        <translation>
            <numerusform>{count} commande affichée.</numerusform>
            <numerusform>Les {count} commandes affichées.</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../../s321_desk/ui/lookup/orders_view.py" line="170"/>
        <source>{orders}, {lines}, {products}</source>
        <translation>{orders}, {lines}, {products}</translation>
    </message>
    <message>
        <location filename="../../../s321_desk/ui/lookup/orders_view.py" line="171"/>
        <source>{count} order</source>
        <translation>{count} commande</translation>
    </message>
    <message>
        <location filename="../../../s321_desk/ui/lookup/orders_view.py" line="172"/>
        <source>{count} orders</source>
        <translation>{count} commandes</translation>
    </message>
    <message>
        <location filename="../../../s321_desk/ui/lookup/orders_view.py" line="174"/>
        <source>{count} order line</source>
        <translation>{count} ligne de commande</translation>
    </message>
    <message>
        <location filename="../../../s321_desk/ui/lookup/orders_view.py" line="175"/>
        <source>{count} order lines</source>
        <translation>{count} lignes de commande</translation>
    </message>
    <message>
        <location filename="../../../s321_desk/ui/lookup/orders_view.py" line="177"/>
        <source>{count} product</source>
        <translation>{count} produit</translation>
    </message>
    <message>
        <location filename="../../../s321_desk/ui/lookup/orders_view.py" line="178"/>
        <source>{count} products</source>
        <translation>{count} produits</translation>
    </message>
</context>
</TS>
