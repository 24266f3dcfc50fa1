<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="fr">
<context>
    <name>MainWindow</name>
    <message>
        <location filename="../../../s321_desk/ui/main_window.py" line="101"/>
        <source>s321-desk - {database}</source>
        <translation>s321-desk - {database}</translation>
    </message>
    <message>
        <location filename="../../../s321_desk/ui/main_window.py" line="161"/>
        <source>Backup written: {path}</source>
        <translation>Sauvegarde écrite&#xa0;: {path}</translation>
    </message>
    <message>
        <location filename="../../../s321_desk/ui/main_window.py" line="166"/>
        <source>BACKUP FAILED: {why}</source>
        <translation>ÉCHEC DE LA SAUVEGARDE&#xa0;: {why}</translation>
    </message>
    <message>
        <location filename="../../../s321_desk/ui/main_window.py" line="175"/>
        <source>No users yet: scans are recorded against the station. Create the administrator (F2) before any supervisor action.</source>
        <translation>Aucun utilisateur encore&#xa0;: les balayages sont inscrits au nom du poste. Créez l&apos;administrateur (F2) avant toute action de superviseur.</translation>
    </message>
    <message>
        <location filename="../../../s321_desk/ui/main_window.py" line="200"/>
        <source>{view}: sign in as {roles} (F2)</source>
        <translation>{view}&#xa0;: ouvrez une session comme {roles} (F2)</translation>
    </message>
    <message>
        <location filename="../../../s321_desk/ui/main_window.py" line="247"/>
        <source>Sign in as {roles} (F2)</source>
        <translation>Ouvrez une session comme {roles} (F2)</translation>
    </message>
    <message>
        <location filename="../../../s321_desk/ui/main_window.py" line="262"/>
        <source>&amp;Warnings</source>
        <translation>A&amp;vertissements</translation>
    </message>
    <message>
        <location filename="../../../s321_desk/ui/main_window.py" line="263"/>
        <source>&amp;Warnings ({count})</source>
        <translation>A&amp;vertissements ({count})</translation>
    </message>
    <message>
        <location filename="../../../s321_desk/ui/main_window.py" line="269"/>
        <source>NEW WARNING: {parcels} need a decision (Warnings tab, Ctrl+2)</source>
        <translation>NOUVEL AVERTISSEMENT&#xa0;: {parcels} attend une décision (onglet Avertissements, Ctrl+2)</translation>
    </message>
    <message>
        <location filename="../../../s321_desk/ui/main_window.py" line="293"/>
        <source>Search order, name, city...</source>
        <translation>Chercher commande, nom, ville...</translation>
    </message>
    <message>
        <location filename="../../../s321_desk/ui/main_window.py" line="297"/>
        <source>&amp;Search:</source>
        <translation>&amp;Chercher&#xa0;:</translation>
    </message>
    <message>
        <location filename="../../../s321_desk/ui/main_window.py" line="347"/>
        <source>Station: {station}</source>
        <translation>Poste&#xa0;: {station}</translation>
    </message>
    <message>
        <location filename="../../../s321_desk/ui/main_window.py" line="349"/>
        <source>Database: {database}</source>
        <translation>Base&#xa0;: {database}</translation>
    </message>
    <message>
        <location filename="../../../s321_desk/ui/main_window.py" line="372"/>
        <source>Scans are recorded against the station (and who signed in)</source>
        <translation>Les balayages sont inscrits au nom du poste (et de qui a ouvert une session)</translation>
    </message>
    <message>
        <location filename="../../../s321_desk/ui/main_window.py" line="390"/>
        <source>Rules: {regime}</source>
        <translation>Règles&#xa0;: {regime}</translation>
    </message>
    <message>
        <location filename="../../../s321_desk/ui/main_window.py" line="394"/>
        <source>RULES PINNED to {day}: {regime}</source>
        <translation>RÈGLES FIXÉES AU {day}&#xa0;: {regime}</translation>
    </message>
    <message>
        <location filename="../../../s321_desk/ui/main_window.py" line="403"/>
        <source>&amp;File</source>
        <translation>&amp;Fichier</translation>
    </message>
    <message>
        <location filename="../../../s321_desk/ui/main_window.py" line="404"/>
        <source>&amp;Refresh</source>
        <translation>&amp;Actualiser</translation>
    </message>
    <message>
        <location filename="../../../s321_desk/ui/main_window.py" line="408"/>
        <source>&amp;Find an order</source>
        <translation>&amp;Trouver une commande</translation>
    </message>
    <message>
        <location filename="../../../s321_desk/ui/main_window.py" line="413"/>
        <source>Sign &amp;in or out</source>
        <translation>&amp;Ouvrir ou fermer la session</translation>
    </message>
    <message>
        <location filename="../../../s321_desk/ui/main_window.py" line="417"/>
        <source>Import orders...</source>
        <translation>Importer des commandes...</translation>
    </message>
    <message>
        <location filename="../../../s321_desk/ui/main_window.py" line="418"/>
        <source>Import catalog...</source>
        <translation>Importer le catalogue...</translation>
    </message>
    <message>
        <location filename="../../../s321_desk/ui/main_window.py" line="424"/>
        <source>Print pic&amp;k tickets...</source>
        <translation>Imprimer les bons de préparation (&amp;k)...</translation>
    </message>
    <message>
        <location filename="../../../s321_desk/ui/main_window.py" line="426"/>
        <source>Print the command &amp;barcodes</source>
        <translation>Imprimer les codes-&amp;barres de commande</translation>
    </message>
    <message>
        <location filename="../../../s321_desk/ui/main_window.py" line="428"/>
        <source>Print a packing s&amp;lip...</source>
        <translation>Imprimer un bordereau d&apos;expéditio&amp;n...</translation>
    </message>
    <message>
        <location filename="../../../s321_desk/ui/main_window.py" line="433"/>
        <source>&amp;Quit</source>
        <translation>&amp;Quitter</translation>
    </message>
    <message>
        <location filename="../../../s321_desk/ui/main_window.py" line="438"/>
        <source>&amp;View</source>
        <translation>&amp;Affichage</translation>
    </message>
    <message>
        <location filename="../../../s321_desk/ui/main_window.py" line="445"/>
        <source>&amp;Help</source>
        <translation>Ai&amp;de</translation>
    </message>
    <message>
        <location filename="../../../s321_desk/ui/main_window.py" line="446"/>
        <source>&amp;About s321-desk</source>
        <translation>À &amp;propos de s321-desk</translation>
    </message>
    <message>
        <location filename="../../../s321_desk/ui/main_window.py" line="464"/>
        <source>{paper} sent to the CUPS queue {queue} (job {job})</source>
        <translation>{paper} envoyé à la file CUPS {queue} (tâche {job})</translation>
    </message>
    <message>
        <location filename="../../../s321_desk/ui/main_window.py" line="472"/>
        <location filename="../../../s321_desk/ui/main_window.py" line="523"/>
        <source>{paper} NOT PRINTED: {error}</source>
        <translation>{paper} NON IMPRIMÉ&#xa0;: {error}</translation>
    </message>
    <message>
        <location filename="../../../s321_desk/ui/main_window.py" line="491"/>
        <source>Pick tickets</source>
        <translation>Bons de préparation</translation>
    </message>
    <message>
        <location filename="../../../s321_desk/ui/main_window.py" line="499"/>
        <source>Command barcodes</source>
        <translation>Codes-barres de commande</translation>
    </message>
    <message>
        <location filename="../../../s321_desk/ui/main_window.py" line="505"/>
        <location filename="../../../s321_desk/ui/main_window.py" line="511"/>
        <source>Packing slip</source>
        <translation>Bordereau d&apos;expédition</translation>
    </message>
    <message>
        <location filename="../../../s321_desk/ui/main_window.py" line="506"/>
        <source>Parcel (scan its label):</source>
        <translation>Colis (balayez son étiquette)&#xa0;:</translation>
    </message>
    <message>
        <location filename="../../../s321_desk/ui/main_window.py" line="554"/>
        <source>About s321-desk</source>
        <translation>À propos de s321-desk</translation>
    </message>
    <message>
        <location filename="../../../s321_desk/ui/main_window.py" line="556"/>
        <source>s321-desk {version}

The border desk of a cross-border fulfillment warehouse: packing, checks before the border, truck loads and their papers.

Database: {database}</source>
        <translation>s321-desk {version}

Le poste frontière d&apos;un entrepôt d&apos;exécution des commandes transfrontalières&#xa0;: emballage, vérifications avant la frontière, chargements des camions et leurs documents.

Base de données&#xa0;: {database}</translation>
    </message>
    <message>
        <location filename="../../../s321_desk/ui/main_window.py" line="586"/>
        <source>No orders in this database yet.</source>
        <translation>Aucune commande dans cette base de données pour l&apos;instant.</translation>
    </message>
    <message>
        <location filename="../../../s321_desk/ui/main_window.py" line="588"/>
        <source>Showing {shown} of {count} order.</source>
        <translation>{shown} affichée sur {count} commande.</translation>
    </message>
    <message numerus="yes">
        <location filename="../../../s321_desk/ui/main_window.py" line="589"/>
        <source>Showing {shown} of {count} orders.</source>
        <translation>
            <numerusform>{shown} affichée(s) sur {count} commande.</numerusform>
            <numerusform>{shown} affichée(s) sur {count} commandes.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../../s321_desk/ui/main_window.py" line="591"/>
        <source>Showing the {count} newest.</source>
        <translation>
            <numerusform>{count} plus récente affichée.</numerusform>
            <numerusform>Les {count} plus récentes affichées.</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../../s321_desk/ui/main_window.py" line="593"/>
        <source>Showing all {count} order.</source>
        <translation>{count} commande affichée.</translation>
    </message>
    <message numerus="yes">
        <location filename="../../../s321_desk/ui/main_window.py" line="594"/>
        <source>Showing all {count} orders.</source>
        <translation>
            <numerusform>{count} commande affichée.</numerusform>
            <numerusform>Les {count} commandes affichées.</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../../s321_desk/ui/main_window.py" line="622"/>
        <source>Packing station</source>
        <translation>Poste d&apos;emballage</translation>
    </message>
    <message>
        <location filename="../../../s321_desk/ui/main_window.py" line="623"/>
        <source>Warnings</source>
        <translation>Avertissements</translation>
    </message>
    <message>
        <location filename="../../../s321_desk/ui/main_window.py" line="624"/>
        <source>Decisions</source>
        <translation>Décisions</translation>
    </message>
    <message>
        <location filename="../../../s321_desk/ui/main_window.py" line="625"/>
        <source>Loads</source>
        <translation>Chargements</translation>
    </message>
    <message>
        <location filename="../../../s321_desk/ui/main_window.py" line="626"/>
        <source>History</source>
        <translation>Historique</translation>
    </message>
    <message>
        <location filename="../../../s321_desk/ui/main_window.py" line="627"/>
        <source>Orders</source>
        <translation>Commandes</translation>
    </message>
    <message>
        <location filename="../../../s321_desk/ui/main_window.py" line="628"/>
        <source>Shift</source>
        <translation>Quart de travail</translation>
    </message>
    <message>
        <location filename="../../../s321_desk/ui/main_window.py" line="629"/>
        <source>Settings</source>
        <translation>Paramètres</translation>
    </message>
    <message>
        <location filename="../../../s321_desk/ui/main_window.py" line="636"/>
        <source>a supervisor</source>
        <translation>superviseur</translation>
    </message>
    <message>
        <location filename="../../../s321_desk/ui/main_window.py" line="637"/>
        <source>a driver or a supervisor</source>
        <translation>chauffeur ou superviseur</translation>
    </message>
    <message>
        <location filename="../../../s321_desk/ui/main_window.py" line="638"/>
        <source>an admin</source>
        <translation>administrateur</translation>
    </message>
    <message>
        <location filename="../../../s321_desk/ui/main_window.py" line="655"/>
        <source>local socket</source>
        <translation>socket local</translation>
    </message>
    <message>
        <location filename="../../../s321_desk/ui/main_window.py" line="656"/>
        <source>{database} on {server}</source>
        <translation>{database} sur {server}</translation>
    </message>
    <message>
        <location filename="../../../s321_desk/ui/main_window.py" line="664"/>
        <source>{orders}, {lines}, {products}</source>
        <translation>{orders}, {lines}, {products}</translation>
    </message>
    <message>
        <location filename="../../../s321_desk/ui/main_window.py" line="665"/>
        <source>{count} order</source>
        <translation>{count} commande</translation>
    </message>
    <message>
        <location filename="../../../s321_desk/ui/main_window.py" line="666"/>
        <source>{count} orders</source>
        <translation>{count} commandes</translation>
    </message>
    <message>
        <location filename="../../../s321_desk/ui/main_window.py" line="668"/>
        <source>{count} order line</source>
        <translation>{count} ligne de commande</translation>
    </message>
    <message>
        <location filename="../../../s321_desk/ui/main_window.py" line="669"/>
        <source>{count} order lines</source>
        <translation>{count} lignes de commande</translation>
    </message>
    <message>
        <location filename="../../../s321_desk/ui/main_window.py" line="671"/>
        <source>{count} product</source>
        <translation>{count} produit</translation>
    </message>
    <message>
        <location filename="../../../s321_desk/ui/main_window.py" line="672"/>
        <source>{count} products</source>
        <translation>{count} produits</translation>
    </message>
</context>
</TS>
