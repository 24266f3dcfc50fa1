<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="fr">
<context>
    <name>WarningTableModel</name>
    <message>
        <location filename="../../../s321_desk/ui/supervision/warning_model.py" line="42"/>
        <source>Parcel</source>
        <translation>Colis</translation>
    </message>
    <message>
        <location filename="../../../s321_desk/ui/supervision/warning_model.py" line="43"/>
        <source>Order</source>
        <translation>Commande</translation>
    </message>
    <message>
        <location filename="../../../s321_desk/ui/supervision/warning_model.py" line="44"/>
        <source>Recipient</source>
        <translation>Destinataire</translation>
    </message>
    <message>
        <location filename="../../../s321_desk/ui/supervision/warning_model.py" line="45"/>
        <source>Route</source>
        <translation>Acheminement</translation>
    </message>
    <message>
        <location filename="../../../s321_desk/ui/supervision/warning_model.py" line="46"/>
        <source>US day</source>
        <translation>Jour américain</translation>
    </message>
    <message>
        <location filename="../../../s321_desk/ui/supervision/warning_model.py" line="47"/>
        <source>Why it needs a decision</source>
        <translation>Pourquoi une décision</translation>
    </message>
    <message>
        <location filename="../../../s321_desk/ui/supervision/warning_model.py" line="48"/>
        <source>Station</source>
        <translation>Poste</translation>
    </message>
    <message>
        <location filename="../../../s321_desk/ui/supervision/warning_model.py" line="49"/>
        <source>Closed</source>
        <translation>Fermé</translation>
    </message>
    <message>
        <location filename="../../../s321_desk/ui/supervision/warning_model.py" line="125"/>
        <source>NEW {parcel}</source>
        <translation>NOUVEAU {parcel}</translation>
    </message>
</context>
</TS>
