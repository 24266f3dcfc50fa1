<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="fr">
<context>
    <name>FirstRunBar</name>
    <message>
        <location filename="../../../s321_desk/ui/first_run.py" line="22"/>
        <source>Administrator</source>
        <translation>Administrateur</translation>
    </message>
    <message>
        <location filename="../../../s321_desk/ui/first_run.py" line="23"/>
        <source>Company and addresses</source>
        <translation>Entreprise et adresses</translation>
    </message>
    <message>
        <location filename="../../../s321_desk/ui/first_run.py" line="24"/>
        <source>Carrier and SCAC</source>
        <translation>Transporteur et SCAC</translation>
    </message>
    <message>
        <location filename="../../../s321_desk/ui/first_run.py" line="25"/>
        <source>Port of entry</source>
        <translation>Point d&apos;entrée</translation>
    </message>
    <message>
        <location filename="../../../s321_desk/ui/first_run.py" line="26"/>
        <source>Station printers, a test print</source>
        <translation>Imprimantes du poste, une impression d&apos;essai</translation>
    </message>
    <message>
        <location filename="../../../s321_desk/ui/first_run.py" line="27"/>
        <source>Users</source>
        <translation>Utilisateurs</translation>
    </message>
    <message>
        <location filename="../../../s321_desk/ui/first_run.py" line="28"/>
        <source>FX rates</source>
        <translation>Taux de change</translation>
    </message>
    <message>
        <location filename="../../../s321_desk/ui/first_run.py" line="29"/>
        <source>Catalog</source>
        <translation>Catalogue</translation>
    </message>
    <message>
        <location filename="../../../s321_desk/ui/first_run.py" line="30"/>
        <source>Orders</source>
        <translation>Commandes</translation>
    </message>
    <message>
        <location filename="../../../s321_desk/ui/first_run.py" line="50"/>
        <source>Setting up the desk</source>
        <translation>Mise en route du poste</translation>
    </message>
    <message>
        <location filename="../../../s321_desk/ui/first_run.py" line="79"/>
        <source>Print a test label on this station</source>
        <translation>Imprimer une étiquette d&apos;essai sur ce poste</translation>
    </message>
    <message>
        <location filename="../../../s321_desk/ui/first_run.py" line="82"/>
        <source>All steps</source>
        <translation>Toutes les étapes</translation>
    </message>
    <message>
        <location filename="../../../s321_desk/ui/first_run.py" line="103"/>
        <source>Setting up the desk: {done} of {count} done</source>
        <translation>Mise en route du poste&#xa0;: {done} étape(s) sur {count} faite(s)</translation>
    </message>
    <message>
        <location filename="../../../s321_desk/ui/first_run.py" line="106"/>
        <source>Next: {step}</source>
        <translation>Suivant&#xa0;: {step}</translation>
    </message>
    <message>
        <location filename="../../../s321_desk/ui/first_run.py" line="117"/>
        <source>Test label not printed: {error}</source>
        <translation>Étiquette d&apos;essai non imprimée&#xa0;: {error}</translation>
    </message>
    <message>
        <location filename="../../../s321_desk/ui/first_run.py" line="120"/>
        <source>Test label sent: {where}</source>
        <translation>Étiquette d&apos;essai envoyée&#xa0;: {where}</translation>
    </message>
</context>
</TS>
