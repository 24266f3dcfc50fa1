<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="fr">
<context>
    <name>FirstRunBar</name>
    <message>
        <location filename="../../../s321_desk/ui/settings/first_run.py" line="25"/>
        <source>Administrator</source>
        <translation>Administrateur</translation>
    </message>
    <message>
        <location filename="../../../s321_desk/ui/settings/first_run.py" line="26"/>
        <source>Company and addresses</source>
        <translation>Entreprise et adresses</translation>
    </message>
    <message>
        <location filename="../../../s321_desk/ui/settings/first_run.py" line="27"/>
        <source>Carrier and SCAC</source>
        <translation>Transporteur et SCAC</translation>
    </message>
    <message>
        <location filename="../../../s321_desk/ui/settings/first_run.py" line="28"/>
        <source>Port of entry</source>
        <translation>Point d&apos;entrée</translation>
    </message>
    <message>
        <location filename="../../../s321_desk/ui/settings/first_run.py" line="29"/>
        <source>Station printers, a test print</source>
        <translation>Imprimantes du poste, une impression d&apos;essai</translation>
    </message>
    <message>
        <location filename="../../../s321_desk/ui/settings/first_run.py" line="30"/>
        <source>Users</source>
        <translation>Utilisateurs</translation>
    </message>
    <message>
        <location filename="../../../s321_desk/ui/settings/first_run.py" line="31"/>
        <source>FX rates</source>
        <translation>Taux de change</translation>
    </message>
    <message>
        <location filename="../../../s321_desk/ui/settings/first_run.py" line="32"/>
        <source>Catalog</source>
        <translation>Catalogue</translation>
    </message>
    <message>
        <location filename="../../../s321_desk/ui/settings/first_run.py" line="33"/>
        <source>Orders</source>
        <translation>Commandes</translation>
    </message>
    <message>
        <location filename="../../../s321_desk/ui/settings/first_run.py" line="103"/>
        <source>Setting up: {done} of {count}</source>
        <translation>Mise en route : {done} sur {count}</translation>
    </message>
    <message>
        <location filename="../../../s321_desk/ui/settings/first_run.py" line="71"/>
        <source>Print a test label on this station</source>
        <translation>Imprimer une étiquette d&apos;essai sur ce poste</translation>
    </message>
    <message>
        <location filename="../../../s321_desk/ui/settings/first_run.py" line="105"/>
        <source>Setting up the desk: {done} of {count} done</source>
        <translation>Mise en route du poste&#xa0;: {done} étape(s) sur {count} faite(s)</translation>
    </message>
    <message>
        <location filename="../../../s321_desk/ui/settings/first_run.py" line="108"/>
        <source>Next: {step}</source>
        <translation>Suivant&#xa0;: {step}</translation>
    </message>
    <message>
        <location filename="../../../s321_desk/ui/settings/first_run.py" line="120"/>
        <source>Test label not printed: {error}</source>
        <translation>Étiquette d&apos;essai non imprimée&#xa0;: {error}</translation>
    </message>
    <message>
        <location filename="../../../s321_desk/ui/settings/first_run.py" line="124"/>
        <source>Test label sent: {where}</source>
        <translation>Étiquette d&apos;essai envoyée&#xa0;: {where}</translation>
    </message>
</context>
</TS>
