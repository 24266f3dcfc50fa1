<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="fr">
<context>
    <name>ImportDialog</name>
    <message>
        <location filename="../../../s321_desk/ui/dialogs/import_dialog.py" line="40"/>
        <source>orders</source>
        <translation>les commandes</translation>
    </message>
    <message>
        <location filename="../../../s321_desk/ui/dialogs/import_dialog.py" line="41"/>
        <source>catalog (SKU master)</source>
        <translation>le catalogue (fichier maître des SKU)</translation>
    </message>
    <message>
        <location filename="../../../s321_desk/ui/dialogs/import_dialog.py" line="84"/>
        <location filename="../../../s321_desk/ui/dialogs/import_dialog.py" line="141"/>
        <source>Import {what}</source>
        <translation>Importer {what}</translation>
    </message>
    <message>
        <location filename="../../../s321_desk/ui/dialogs/import_dialog.py" line="92"/>
        <source>Choose the {what} CSV file to import.</source>
        <translation>Choisissez le fichier CSV à importer&#xa0;: {what}.</translation>
    </message>
    <message>
        <location filename="../../../s321_desk/ui/dialogs/import_dialog.py" line="105"/>
        <source>The file&apos;s problems, if any, are listed here.</source>
        <translation>Les problèmes du fichier, s&apos;il y en a, sont listés ici.</translation>
    </message>
    <message>
        <location filename="../../../s321_desk/ui/dialogs/import_dialog.py" line="107"/>
        <source>C&amp;hoose file...</source>
        <translation>C&amp;hoisir le fichier...</translation>
    </message>
    <message>
        <location filename="../../../s321_desk/ui/dialogs/import_dialog.py" line="109"/>
        <source>C&amp;opy list</source>
        <translation>C&amp;opier la liste</translation>
    </message>
    <message>
        <location filename="../../../s321_desk/ui/dialogs/import_dialog.py" line="112"/>
        <source>&amp;Cancel import</source>
        <translation>&amp;Annuler l&apos;importation</translation>
    </message>
    <message>
        <location filename="../../../s321_desk/ui/dialogs/import_dialog.py" line="115"/>
        <source>C&amp;lose</source>
        <translation>&amp;Fermer</translation>
    </message>
    <message>
        <location filename="../../../s321_desk/ui/dialogs/import_dialog.py" line="143"/>
        <source>CSV files (*.csv);;All files (*)</source>
        <translation>Fichiers CSV (*.csv);;Tous les fichiers (*)</translation>
    </message>
    <message>
        <location filename="../../../s321_desk/ui/dialogs/import_dialog.py" line="153"/>
        <source>Importing {what} from {path}</source>
        <translation>Importation depuis {path}&#xa0;: {what}</translation>
    </message>
    <message>
        <location filename="../../../s321_desk/ui/dialogs/import_dialog.py" line="178"/>
        <source>Cancelling: nothing of this file is kept...</source>
        <translation>Annulation&#xa0;: rien de ce fichier n&apos;est conservé...</translation>
    </message>
    <message>
        <location filename="../../../s321_desk/ui/dialogs/import_dialog.py" line="184"/>
        <source>The list is on the clipboard.</source>
        <translation>La liste est dans le presse-papiers.</translation>
    </message>
    <message>
        <location filename="../../../s321_desk/ui/dialogs/import_dialog.py" line="204"/>
        <source>{name}: {value}</source>
        <translation>{name}&#xa0;: {value}</translation>
    </message>
    <message>
        <location filename="../../../s321_desk/ui/dialogs/import_dialog.py" line="209"/>
        <source>Done.</source>
        <translation>Terminé.</translation>
    </message>
    <message>
        <location filename="../../../s321_desk/ui/dialogs/import_dialog.py" line="219"/>
        <source>Refused: {count} problem in {path}; nothing was imported.</source>
        <translation>Refusé&#xa0;: {count} problème dans {path}; rien n&apos;a été importé.</translation>
    </message>
    <message numerus="yes">
        <location filename="../../../s321_desk/ui/dialogs/import_dialog.py" line="221"/>
        <source>Refused: {count} problems in {path}; nothing was imported.</source>
        <translation>
            <numerusform>Refusé&#xa0;: {count} problème dans {path}; rien n&apos;a été importé.</numerusform>
            <numerusform>Refusé&#xa0;: {count} problèmes dans {path}; rien n&apos;a été importé.</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../../s321_desk/ui/dialogs/import_dialog.py" line="228"/>
        <source>Refused; nothing was imported.</source>
        <translation>Refusé; rien n&apos;a été importé.</translation>
    </message>
    <message>
        <location filename="../../../s321_desk/ui/dialogs/import_dialog.py" line="231"/>
        <source>The database is busy or cannot be written; nothing was imported. Try again in a moment.</source>
        <translation>La base de données est occupée ou ne peut pas être écrite; rien n&apos;a été importé. Réessayez dans un moment.</translation>
    </message>
    <message>
        <location filename="../../../s321_desk/ui/dialogs/import_dialog.py" line="235"/>
        <source>Something went wrong; nothing was imported.</source>
        <translation>Une erreur s&apos;est produite; rien n&apos;a été importé.</translation>
    </message>
    <message>
        <location filename="../../../s321_desk/ui/dialogs/import_dialog.py" line="241"/>
        <source>Cancelled: nothing of this file was imported.</source>
        <translation>Annulé&#xa0;: rien de ce fichier n&apos;a été importé.</translation>
    </message>
</context>
<context>
    <name>ImportSummary</name>
    <message>
        <location filename="../../../s321_desk/ui/dialogs/import_dialog.py" line="45"/>
        <source>orders</source>
        <translation>commandes</translation>
    </message>
    <message>
        <location filename="../../../s321_desk/ui/dialogs/import_dialog.py" line="46"/>
        <source>lines</source>
        <translation>lignes</translation>
    </message>
    <message>
        <location filename="../../../s321_desk/ui/dialogs/import_dialog.py" line="47"/>
        <source>already present</source>
        <translation>déjà présentes</translation>
    </message>
    <message>
        <location filename="../../../s321_desk/ui/dialogs/import_dialog.py" line="48"/>
        <source>unknown sku</source>
        <translation>SKU inconnu</translation>
    </message>
    <message>
        <location filename="../../../s321_desk/ui/dialogs/import_dialog.py" line="49"/>
        <source>cancelled</source>
        <translation>annulées</translation>
    </message>
    <message>
        <location filename="../../../s321_desk/ui/dialogs/import_dialog.py" line="50"/>
        <source>not shipped</source>
        <translation>non expédiées</translation>
    </message>
    <message>
        <location filename="../../../s321_desk/ui/dialogs/import_dialog.py" line="51"/>
        <source>no line to ship</source>
        <translation>aucune ligne à expédier</translation>
    </message>
    <message>
        <location filename="../../../s321_desk/ui/dialogs/import_dialog.py" line="52"/>
        <source>outside the US customs territory</source>
        <translation>hors du territoire douanier des États-Unis</translation>
    </message>
    <message>
        <location filename="../../../s321_desk/ui/dialogs/import_dialog.py" line="53"/>
        <source>matched by product title</source>
        <translation>associées par titre de produit</translation>
    </message>
    <message>
        <location filename="../../../s321_desk/ui/dialogs/import_dialog.py" line="54"/>
        <source>order lines matched by title</source>
        <translation>lignes de commande associées par titre</translation>
    </message>
    <message>
        <location filename="../../../s321_desk/ui/dialogs/import_dialog.py" line="55"/>
        <source>format</source>
        <translation>format</translation>
    </message>
    <message>
        <location filename="../../../s321_desk/ui/dialogs/import_dialog.py" line="56"/>
        <source>file</source>
        <translation>fichier</translation>
    </message>
    <message>
        <location filename="../../../s321_desk/ui/dialogs/import_dialog.py" line="57"/>
        <source>products</source>
        <translation>produits</translation>
    </message>
    <message>
        <location filename="../../../s321_desk/ui/dialogs/import_dialog.py" line="58"/>
        <source>updated</source>
        <translation>mis à jour</translation>
    </message>
    <message>
        <location filename="../../../s321_desk/ui/dialogs/import_dialog.py" line="59"/>
        <source>unchanged</source>
        <translation>inchangés</translation>
    </message>
    <message>
        <location filename="../../../s321_desk/ui/dialogs/import_dialog.py" line="60"/>
        <source>unclassified</source>
        <translation>non classés</translation>
    </message>
</context>
</TS>
