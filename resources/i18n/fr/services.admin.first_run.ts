<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="fr">
<context>
    <name>FirstRun</name>
    <message>
        <location filename="../../../s321_desk/services/admin/first_run.py" line="61"/>
        <source>Create the first administrator (F2).</source>
        <translation>Créez le premier administrateur (F2).</translation>
    </message>
    <message>
        <location filename="../../../s321_desk/services/admin/first_run.py" line="66"/>
        <source>Give the company (the shipper on the papers).</source>
        <translation>Indiquez l&apos;entreprise (l&apos;expéditeur sur les documents).</translation>
    </message>
    <message>
        <location filename="../../../s321_desk/services/admin/first_run.py" line="68"/>
        <source>Give the US return address (the label&apos;s ship-from).</source>
        <translation>Indiquez l&apos;adresse de retour aux États-Unis (l&apos;expéditeur de l&apos;étiquette).</translation>
    </message>
    <message>
        <location filename="../../../s321_desk/services/admin/first_run.py" line="70"/>
        <source>Give the company and the US return address.</source>
        <translation>Indiquez l&apos;entreprise et l&apos;adresse de retour aux États-Unis.</translation>
    </message>
    <message>
        <location filename="../../../s321_desk/services/admin/first_run.py" line="75"/>
        <source>Add the carrier&apos;s SCAC and name.</source>
        <translation>Ajoutez le SCAC et le nom du transporteur.</translation>
    </message>
    <message>
        <location filename="../../../s321_desk/services/admin/first_run.py" line="80"/>
        <source>Not chosen yet (the default is {port}).</source>
        <translation>Pas encore choisi (par défaut&#xa0;: {port}).</translation>
    </message>
    <message>
        <location filename="../../../s321_desk/services/admin/first_run.py" line="85"/>
        <source>Set {station}&apos;s label printer, then print a test label.</source>
        <translation>Réglez l&apos;imprimante d&apos;étiquettes de {station}, puis imprimez une étiquette d&apos;essai.</translation>
    </message>
    <message>
        <location filename="../../../s321_desk/services/admin/first_run.py" line="88"/>
        <source>Print a test label on {station}&apos;s label printer.</source>
        <translation>Imprimez une étiquette d&apos;essai sur l&apos;imprimante d&apos;étiquettes de {station}.</translation>
    </message>
    <message>
        <location filename="../../../s321_desk/services/admin/first_run.py" line="91"/>
        <source>Test label printed {when}.</source>
        <translation>Étiquette d&apos;essai imprimée le {when}.</translation>
    </message>
    <message>
        <location filename="../../../s321_desk/services/admin/first_run.py" line="94"/>
        <source>{count} besides the administrators</source>
        <translation>{count} en plus des administrateurs</translation>
    </message>
    <message>
        <location filename="../../../s321_desk/services/admin/first_run.py" line="97"/>
        <source>Add the packers, supervisors and drivers.</source>
        <translation>Ajoutez les emballeurs, les superviseurs et les chauffeurs.</translation>
    </message>
    <message>
        <location filename="../../../s321_desk/services/admin/first_run.py" line="99"/>
        <source>{currency}: {count} rates</source>
        <translation>{currency}&#xa0;: {count} taux</translation>
    </message>
    <message>
        <location filename="../../../s321_desk/services/admin/first_run.py" line="101"/>
        <source>The orders are in USD: no rate needed.</source>
        <translation>Les commandes sont en USD&#xa0;: aucun taux nécessaire.</translation>
    </message>
    <message>
        <location filename="../../../s321_desk/services/admin/first_run.py" line="102"/>
        <source>Enter the {currency} to USD rate.</source>
        <translation>Saisissez le taux {currency} vers USD.</translation>
    </message>
    <message>
        <location filename="../../../s321_desk/services/admin/first_run.py" line="105"/>
        <source>{count} SKUs, {missing} missing HTS or origin</source>
        <translation>{count} SKU, {missing} sans HTS ou sans origine</translation>
    </message>
    <message>
        <location filename="../../../s321_desk/services/admin/first_run.py" line="107"/>
        <source>Import the catalog (SKU, HTS, origin, value).</source>
        <translation>Importez le catalogue (SKU, HTS, origine, valeur).</translation>
    </message>
    <message>
        <location filename="../../../s321_desk/services/admin/first_run.py" line="109"/>
        <source>{count} orders</source>
        <translation>{count} commandes</translation>
    </message>
    <message>
        <location filename="../../../s321_desk/services/admin/first_run.py" line="110"/>
        <source>Import the day&apos;s orders.</source>
        <translation>Importez les commandes du jour.</translation>
    </message>
</context>
</TS>
