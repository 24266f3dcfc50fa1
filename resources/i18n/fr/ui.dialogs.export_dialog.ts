<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="fr">
<context>
    <name>ExportDialog</name>
    <message>
        <location filename="../../../s321_desk/ui/dialogs/export_dialog.py" line="55"/>
        <source>Export</source>
        <translation>Exportation</translation>
    </message>
    <message>
        <location filename="../../../s321_desk/ui/dialogs/export_dialog.py" line="59"/>
        <source>E-manifest of a sealed load (carrier, broker)</source>
        <translation>Manifeste électronique d&apos;un chargement scellé (transporteur, courtier)</translation>
    </message>
    <message>
        <location filename="../../../s321_desk/ui/dialogs/export_dialog.py" line="60"/>
        <source>Drawback report of a month (Canadian broker)</source>
        <translation>Rapport de drawback du mois (courtier en douane canadien)</translation>
    </message>
    <message>
        <location filename="../../../s321_desk/ui/dialogs/export_dialog.py" line="61"/>
        <source>Records of a US day (compliance)</source>
        <translation>Registres d&apos;un jour américain (conformité)</translation>
    </message>
    <message>
        <location filename="../../../s321_desk/ui/dialogs/export_dialog.py" line="67"/>
        <source>Export to a file...</source>
        <translation>Exporter vers un fichier...</translation>
    </message>
    <message>
        <location filename="../../../s321_desk/ui/dialogs/export_dialog.py" line="70"/>
        <source>Close</source>
        <translation>Fermer</translation>
    </message>
    <message>
        <location filename="../../../s321_desk/ui/dialogs/export_dialog.py" line="73"/>
        <source>What</source>
        <translation>Contenu</translation>
    </message>
    <message>
        <location filename="../../../s321_desk/ui/dialogs/export_dialog.py" line="76"/>
        <source>Format</source>
        <translation>Format</translation>
    </message>
    <message>
        <location filename="../../../s321_desk/ui/dialogs/export_dialog.py" line="99"/>
        <source>Trip number</source>
        <translation>Numéro du chargement</translation>
    </message>
    <message>
        <location filename="../../../s321_desk/ui/dialogs/export_dialog.py" line="100"/>
        <source>e.g. ABCD000001</source>
        <translation>p. ex. ABCD000001</translation>
    </message>
    <message>
        <location filename="../../../s321_desk/ui/dialogs/export_dialog.py" line="103"/>
        <source>Month (YYYY-MM)</source>
        <translation>Mois (AAAA-MM)</translation>
    </message>
    <message>
        <location filename="../../../s321_desk/ui/dialogs/export_dialog.py" line="107"/>
        <source>US day (YYYY-MM-DD)</source>
        <translation>Jour américain (AAAA-MM-JJ)</translation>
    </message>
    <message>
        <location filename="../../../s321_desk/ui/dialogs/export_dialog.py" line="118"/>
        <source>Export to</source>
        <translation>Exporter vers</translation>
    </message>
    <message>
        <location filename="../../../s321_desk/ui/dialogs/export_dialog.py" line="135"/>
        <source>Writing {file}...</source>
        <translation>Écriture de {file}...</translation>
    </message>
    <message>
        <location filename="../../../s321_desk/ui/dialogs/export_dialog.py" line="144"/>
        <source>Written: {file} ({size} bytes)</source>
        <translation>Écrit&#xa0;: {file} ({size} octets)</translation>
    </message>
    <message>
        <location filename="../../../s321_desk/ui/dialogs/export_dialog.py" line="151"/>
        <source>Not exported: {reason}</source>
        <translation>Non exporté&#xa0;: {reason}</translation>
    </message>
    <message>
        <location filename="../../../s321_desk/ui/dialogs/export_dialog.py" line="154"/>
        <source>Something went wrong; nothing was exported.</source>
        <translation>Une erreur s&apos;est produite&#xa0;; rien n&apos;a été exporté.</translation>
    </message>
</context>
</TS>
