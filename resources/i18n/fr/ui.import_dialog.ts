<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="fr">
<context>
    <name>ImportDialog</name>
    <message>
        <location filename="../../../s321_desk/ui/import_dialog.py" line="40"/>
        <source>orders</source>
        <translation>les commandes</translation>
    </message>
    <message>
        <location filename="../../../s321_desk/ui/import_dialog.py" line="41"/>
        <source>catalog (SKU master)</source>
        <translation>le catalogue (fichier maître des SKU)</translation>
    </message>
    <message>
        <location filename="../../../s321_desk/ui/import_dialog.py" line="65"/>
        <location filename="../../../s321_desk/ui/import_dialog.py" line="122"/>
        <source>Import {what}</source>
        <translation>Importer {what}</translation>
    </message>
    <message>
        <location filename="../../../s321_desk/ui/import_dialog.py" line="73"/>
        <source>Choose the {what} CSV file to import.</source>
        <translation>Choisissez le fichier CSV à importer&#xa0;: {what}.</translation>
    </message>
    <message>
        <location filename="../../../s321_desk/ui/import_dialog.py" line="86"/>
        <source>The file&apos;s problems, if any, are listed here.</source>
        <translation>Les problèmes du fichier, s&apos;il y en a, sont listés ici.</translation>
    </message>
    <message>
        <location filename="../../../s321_desk/ui/import_dialog.py" line="88"/>
        <source>C&amp;hoose file...</source>
        <translation>C&amp;hoisir le fichier...</translation>
    </message>
    <message>
        <location filename="../../../s321_desk/ui/import_dialog.py" line="90"/>
        <source>C&amp;opy list</source>
        <translation>C&amp;opier la liste</translation>
    </message>
    <message>
        <location filename="../../../s321_desk/ui/import_dialog.py" line="93"/>
        <source>&amp;Cancel import</source>
        <translation>&amp;Annuler l&apos;importation</translation>
    </message>
    <message>
        <location filename="../../../s321_desk/ui/import_dialog.py" line="96"/>
        <source>C&amp;lose</source>
        <translation>&amp;Fermer</translation>
    </message>
    <message>
        <location filename="../../../s321_desk/ui/import_dialog.py" line="124"/>
        <source>CSV files (*.csv);;All files (*)</source>
        <translation>Fichiers CSV (*.csv);;Tous les fichiers (*)</translation>
    </message>
    <message>
        <location filename="../../../s321_desk/ui/import_dialog.py" line="134"/>
        <source>Importing {what} from {path}</source>
        <translation>Importation en cours ({what}) depuis {path}</translation>
    </message>
    <message>
        <location filename="../../../s321_desk/ui/import_dialog.py" line="159"/>
        <source>Cancelling: nothing of this file is kept...</source>
        <translation>Annulation&#xa0;: rien de ce fichier n&apos;est conservé...</translation>
    </message>
    <message>
        <location filename="../../../s321_desk/ui/import_dialog.py" line="165"/>
        <source>The list is on the clipboard.</source>
        <translation>La liste est dans le presse-papiers.</translation>
    </message>
    <message>
        <location filename="../../../s321_desk/ui/import_dialog.py" line="188"/>
        <source>Done.</source>
        <translation>Terminé.</translation>
    </message>
    <message>
        <location filename="../../../s321_desk/ui/import_dialog.py" line="198"/>
        <source>Refused: {count} problem in {path}; nothing was imported.</source>
        <translation>Refusé&#xa0;: {count} problème dans {path}; rien n&apos;a été importé.</translation>
    </message>
    <message numerus="yes">
        <location filename="../../../s321_desk/ui/import_dialog.py" line="200"/>
        <source>Refused: {count} problems in {path}; nothing was imported.</source>
        <translation>
            <numerusform>Refusé&#xa0;: {count} problème dans {path}; rien n&apos;a été importé.</numerusform>
            <numerusform>Refusé&#xa0;: {count} problèmes dans {path}; rien n&apos;a été importé.</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../../s321_desk/ui/import_dialog.py" line="207"/>
        <source>Refused; nothing was imported.</source>
        <translation>Refusé; rien n&apos;a été importé.</translation>
    </message>
    <message>
        <location filename="../../../s321_desk/ui/import_dialog.py" line="210"/>
        <source>The database is busy or cannot be written; nothing was imported. Try again in a moment.</source>
        <translation>La base de données est occupée ou ne peut pas être écrite; rien n&apos;a été importé. Réessayez dans un moment.</translation>
    </message>
    <message>
        <location filename="../../../s321_desk/ui/import_dialog.py" line="214"/>
        <source>Something went wrong; nothing was imported.</source>
        <translation>Une erreur s&apos;est produite; rien n&apos;a été importé.</translation>
    </message>
    <message>
        <location filename="../../../s321_desk/ui/import_dialog.py" line="220"/>
        <source>Cancelled: nothing of this file was imported.</source>
        <translation>Annulé&#xa0;: rien de ce fichier n&apos;a été importé.</translation>
    </message>
</context>
</TS>
