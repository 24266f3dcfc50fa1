<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="fr">
<context>
    <name>OrderTableModel</name>
    <message>
        <location filename="../../../s321_desk/ui/lookup/order_model.py" line="52"/>
        <source>Order</source>
        <translation>Commande</translation>
    </message>
    <message>
        <location filename="../../../s321_desk/ui/lookup/order_model.py" line="54"/>
        <source>Created</source>
        <translation>Créée</translation>
    </message>
    <message>
        <location filename="../../../s321_desk/ui/lookup/order_model.py" line="57"/>
        <source>Recipient</source>
        <translation>Destinataire</translation>
    </message>
    <message>
        <location filename="../../../s321_desk/ui/lookup/order_model.py" line="59"/>
        <source>City</source>
        <translation>Ville</translation>
    </message>
    <message>
        <location filename="../../../s321_desk/ui/lookup/order_model.py" line="61"/>
        <source>State</source>
        <translation>État</translation>
    </message>
    <message>
        <location filename="../../../s321_desk/ui/lookup/order_model.py" line="63"/>
        <source>ZIP</source>
        <translation>Code ZIP</translation>
    </message>
    <message>
        <location filename="../../../s321_desk/ui/lookup/order_model.py" line="64"/>
        <source>Lines</source>
        <translation>Lignes</translation>
    </message>
    <message>
        <location filename="../../../s321_desk/ui/lookup/order_model.py" line="66"/>
        <source>Qty</source>
        <translation>Qté</translation>
    </message>
    <message>
        <location filename="../../../s321_desk/ui/lookup/order_model.py" line="69"/>
        <source>Value</source>
        <translation>Valeur</translation>
    </message>
</context>
</TS>
