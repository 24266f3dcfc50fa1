<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="fr">
<context>
    <name>LoadModels</name>
    <message>
        <location filename="../../../s321_desk/ui/loads/models.py" line="61"/>
        <source>sealed {seal}</source>
        <translation>scellé {seal}</translation>
    </message>
    <message>
        <location filename="../../../s321_desk/ui/loads/models.py" line="62"/>
        <source>sealed</source>
        <translation>scellé</translation>
    </message>
    <message>
        <location filename="../../../s321_desk/ui/loads/models.py" line="64"/>
        <source>{count} to decide</source>
        <translation>{count} à décider</translation>
    </message>
    <message>
        <location filename="../../../s321_desk/ui/loads/models.py" line="67"/>
        <source>open</source>
        <translation>ouvert</translation>
    </message>
    <message>
        <location filename="../../../s321_desk/ui/loads/models.py" line="72"/>
        <source>HELD</source>
        <translation>RETENU</translation>
    </message>
    <message>
        <location filename="../../../s321_desk/ui/loads/models.py" line="74"/>
        <source>needs a decision</source>
        <translation>requiert une décision</translation>
    </message>
    <message>
        <location filename="../../../s321_desk/ui/loads/models.py" line="76"/>
        <source>on the truck</source>
        <translation>dans le camion</translation>
    </message>
    <message>
        <location filename="../../../s321_desk/ui/loads/models.py" line="78"/>
        <source>packed</source>
        <translation>emballé</translation>
    </message>
    <message>
        <location filename="../../../s321_desk/ui/loads/models.py" line="92"/>
        <source>{trip}: driver {driver}, plates {plates}</source>
        <translation>{trip}&#xa0;: chauffeur {driver}, plaques {plates}</translation>
    </message>
</context>
<context>
    <name>LoadParcelTableModel</name>
    <message>
        <location filename="../../../s321_desk/ui/loads/models.py" line="146"/>
        <source>Parcel</source>
        <translation>Colis</translation>
    </message>
    <message>
        <location filename="../../../s321_desk/ui/loads/models.py" line="150"/>
        <source>State</source>
        <translation>État</translation>
    </message>
    <message>
        <location filename="../../../s321_desk/ui/loads/models.py" line="151"/>
        <source>Recipient</source>
        <translation>Destinataire</translation>
    </message>
    <message>
        <location filename="../../../s321_desk/ui/loads/models.py" line="152"/>
        <source>City</source>
        <translation>Ville</translation>
    </message>
    <message>
        <location filename="../../../s321_desk/ui/loads/models.py" line="153"/>
        <source>Route</source>
        <translation>Acheminement</translation>
    </message>
    <message>
        <location filename="../../../s321_desk/ui/loads/models.py" line="154"/>
        <source>Weight</source>
        <translation>Poids</translation>
    </message>
    <message>
        <location filename="../../../s321_desk/ui/loads/models.py" line="155"/>
        <source>Value</source>
        <translation>Valeur</translation>
    </message>
    <message>
        <location filename="../../../s321_desk/ui/loads/models.py" line="156"/>
        <source>Order</source>
        <translation>Commande</translation>
    </message>
    <message>
        <location filename="../../../s321_desk/ui/loads/models.py" line="157"/>
        <source>Station</source>
        <translation>Poste</translation>
    </message>
</context>
<context>
    <name>LoadTableModel</name>
    <message>
        <location filename="../../../s321_desk/ui/loads/models.py" line="110"/>
        <source>{arrival}, US day {day} at {port}</source>
        <translation>{arrival}, jour américain {day} à {port}</translation>
    </message>
    <message>
        <location filename="../../../s321_desk/ui/loads/models.py" line="112"/>
        <source>Trip</source>
        <translation>Chargement</translation>
    </message>
    <message>
        <location filename="../../../s321_desk/ui/loads/models.py" line="113"/>
        <source>Port</source>
        <translation>Point d&apos;entrée</translation>
    </message>
    <message>
        <location filename="../../../s321_desk/ui/loads/models.py" line="115"/>
        <source>Arrival</source>
        <translation>Arrivée</translation>
    </message>
    <message>
        <location filename="../../../s321_desk/ui/loads/models.py" line="124"/>
        <source>Parcels</source>
        <translation>Colis</translation>
    </message>
    <message>
        <location filename="../../../s321_desk/ui/loads/models.py" line="127"/>
        <source>State</source>
        <translation>État</translation>
    </message>
</context>
<context>
    <name>TripForm</name>
    <message>
        <location filename="../../../s321_desk/ui/loads/models.py" line="180"/>
        <source>New trip</source>
        <translation>Nouveau chargement</translation>
    </message>
    <message>
        <location filename="../../../s321_desk/ui/loads/models.py" line="210"/>
        <source>Create tri&amp;p</source>
        <translation>Cré&amp;er le chargement</translation>
    </message>
    <message>
        <location filename="../../../s321_desk/ui/loads/models.py" line="214"/>
        <source>SC&amp;AC:</source>
        <translation>&amp;SCAC&#xa0;:</translation>
    </message>
    <message>
        <location filename="../../../s321_desk/ui/loads/models.py" line="215"/>
        <source>Port of &amp;entry:</source>
        <translation>&amp;Point d&apos;entrée&#xa0;:</translation>
    </message>
    <message>
        <location filename="../../../s321_desk/ui/loads/models.py" line="216"/>
        <source>Arrival:</source>
        <translation>Arrivée&#xa0;:</translation>
    </message>
    <message>
        <location filename="../../../s321_desk/ui/loads/models.py" line="217"/>
        <source>&amp;Driver:</source>
        <translation>&amp;Chauffeur&#xa0;:</translation>
    </message>
    <message>
        <location filename="../../../s321_desk/ui/loads/models.py" line="218"/>
        <source>Tractor p&amp;late:</source>
        <translation>Plaque &amp;tracteur&#xa0;:</translation>
    </message>
    <message>
        <location filename="../../../s321_desk/ui/loads/models.py" line="219"/>
        <source>Tra&amp;iler plate:</source>
        <translation>Plaque remor&amp;que&#xa0;:</translation>
    </message>
    <message>
        <location filename="../../../s321_desk/ui/loads/models.py" line="220"/>
        <source>Trip n&amp;umber:</source>
        <translation>N&amp;uméro&#xa0;:</translation>
    </message>
    <message>
        <location filename="../../../s321_desk/ui/loads/models.py" line="256"/>
        <source>SCAC + number, suggested</source>
        <translation>SCAC + numéro, suggéré</translation>
    </message>
</context>
</TS>
