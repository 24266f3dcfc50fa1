<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="fr">
<context>
    <name>MainWindow</name>
    <message>
        <location filename="../../../s321_desk/ui/main_window.py" line="96"/>
        <source>s321-desk - {database}</source>
        <translation>s321-desk - {database}</translation>
    </message>
    <message>
        <location filename="../../../s321_desk/ui/main_window.py" line="156"/>
        <source>Backup written: {path}</source>
        <translation>Sauvegarde écrite&#xa0;: {path}</translation>
    </message>
    <message>
        <location filename="../../../s321_desk/ui/main_window.py" line="161"/>
        <source>BACKUP FAILED: {why}</source>
        <translation>ÉCHEC DE LA SAUVEGARDE&#xa0;: {why}</translation>
    </message>
    <message>
        <location filename="../../../s321_desk/ui/main_window.py" line="170"/>
        <source>No users yet: scans are recorded against the station. Create the administrator (F2) before any supervisor action.</source>
        <translation>Aucun utilisateur encore&#xa0;: les balayages sont inscrits au nom du poste. Créez l&apos;administrateur (F2) avant toute action de superviseur.</translation>
    </message>
    <message>
        <location filename="../../../s321_desk/ui/main_window.py" line="195"/>
        <source>{view}: sign in as {roles} (F2)</source>
        <translation>{view}&#xa0;: ouvrez une session comme {roles} (F2)</translation>
    </message>
    <message>
        <location filename="../../../s321_desk/ui/main_window.py" line="242"/>
        <source>Sign in as {roles} (F2)</source>
        <translation>Ouvrez une session comme {roles} (F2)</translation>
    </message>
    <message>
        <location filename="../../../s321_desk/ui/main_window.py" line="257"/>
        <source>&amp;Warnings</source>
        <translation>A&amp;vertissements</translation>
    </message>
    <message>
        <location filename="../../../s321_desk/ui/main_window.py" line="258"/>
        <source>&amp;Warnings ({count})</source>
        <translation>A&amp;vertissements ({count})</translation>
    </message>
    <message>
        <location filename="../../../s321_desk/ui/main_window.py" line="264"/>
        <source>NEW WARNING: {parcels} need a decision (Warnings tab, Ctrl+2)</source>
        <translation>NOUVEL AVERTISSEMENT&#xa0;: {parcels} attend une décision (onglet Avertissements, Ctrl+2)</translation>
    </message>
    <message>
        <location filename="../../../s321_desk/ui/main_window.py" line="288"/>
        <source>Search order, name, city...</source>
        <translation>Chercher commande, nom, ville...</translation>
    </message>
    <message>
        <location filename="../../../s321_desk/ui/main_window.py" line="292"/>
        <source>&amp;Search:</source>
        <translation>&amp;Chercher&#xa0;:</translation>
    </message>
    <message>
        <location filename="../../../s321_desk/ui/main_window.py" line="342"/>
        <source>Station: {station}</source>
        <translation>Poste&#xa0;: {station}</translation>
    </message>
    <message>
        <location filename="../../../s321_desk/ui/main_window.py" line="344"/>
        <source>Database: {database}</source>
        <translation>Base&#xa0;: {database}</translation>
    </message>
    <message>
        <location filename="../../../s321_desk/ui/main_window.py" line="367"/>
        <source>Scans are recorded against the station (and who signed in)</source>
        <translation>Les balayages sont inscrits au nom du poste (et de qui a ouvert une session)</translation>
    </message>
    <message>
        <location filename="../../../s321_desk/ui/main_window.py" line="385"/>
        <source>Rules: {regime}</source>
        <translation>Règles&#xa0;: {regime}</translation>
    </message>
    <message>
        <location filename="../../../s321_desk/ui/main_window.py" line="389"/>
        <source>RULES PINNED to {day}: {regime}</source>
        <translation>RÈGLES FIXÉES AU {day}&#xa0;: {regime}</translation>
    </message>
    <message>
        <location filename="../../../s321_desk/ui/main_window.py" line="398"/>
        <source>&amp;File</source>
        <translation>&amp;Fichier</translation>
    </message>
    <message>
        <location filename="../../../s321_desk/ui/main_window.py" line="399"/>
        <source>&amp;Refresh</source>
        <translation>&amp;Actualiser</translation>
    </message>
    <message>
        <location filename="../../../s321_desk/ui/main_window.py" line="403"/>
        <source>&amp;Find an order</source>
        <translation>&amp;Trouver une commande</translation>
    </message>
    <message>
        <location filename="../../../s321_desk/ui/main_window.py" line="408"/>
        <source>Sign &amp;in or out</source>
        <translation>&amp;Ouvrir ou fermer la session</translation>
    </message>
    <message>
        <location filename="../../../s321_desk/ui/main_window.py" line="412"/>
        <source>Import orders...</source>
        <translation>Importer des commandes...</translation>
    </message>
    <message>
        <location filename="../../../s321_desk/ui/main_window.py" line="413"/>
        <source>Import catalog...</source>
        <translation>Importer le catalogue...</translation>
    </message>
    <message>
        <location filename="../../../s321_desk/ui/main_window.py" line="419"/>
        <source>Print pic&amp;k tickets...</source>
        <translation>Imprimer les bons de préparation (&amp;k)...</translation>
    </message>
    <message>
        <location filename="../../../s321_desk/ui/main_window.py" line="421"/>
        <source>Print the command &amp;barcodes</source>
        <translation>Imprimer les codes-&amp;barres de commande</translation>
    </message>
    <message>
        <location filename="../../../s321_desk/ui/main_window.py" line="423"/>
        <source>Print a packing s&amp;lip...</source>
        <translation>Imprimer un bordereau d&apos;expéditio&amp;n...</translation>
    </message>
    <message>
        <location filename="../../../s321_desk/ui/main_window.py" line="428"/>
        <source>&amp;Quit</source>
        <translation>&amp;Quitter</translation>
    </message>
    <message>
        <location filename="../../../s321_desk/ui/main_window.py" line="433"/>
        <source>&amp;View</source>
        <translation>&amp;Affichage</translation>
    </message>
    <message>
        <location filename="../../../s321_desk/ui/main_window.py" line="440"/>
        <source>&amp;Help</source>
        <translation>Ai&amp;de</translation>
    </message>
    <message>
        <location filename="../../../s321_desk/ui/main_window.py" line="441"/>
        <source>&amp;About s321-desk</source>
        <translation>À &amp;propos de s321-desk</translation>
    </message>
    <message>
        <location filename="../../../s321_desk/ui/main_window.py" line="459"/>
        <source>{paper} sent to the CUPS queue {queue} (job {job})</source>
        <translation>{paper} envoyé à la file CUPS {queue} (tâche {job})</translation>
    </message>
    <message>
        <location filename="../../../s321_desk/ui/main_window.py" line="467"/>
        <location filename="../../../s321_desk/ui/main_window.py" line="518"/>
        <source>{paper} NOT PRINTED: {error}</source>
        <translation>{paper} NON IMPRIMÉ&#xa0;: {error}</translation>
    </message>
    <message>
        <location filename="../../../s321_desk/ui/main_window.py" line="486"/>
        <source>Pick tickets</source>
        <translation>Bons de préparation</translation>
    </message>
    <message>
        <location filename="../../../s321_desk/ui/main_window.py" line="494"/>
        <source>Command barcodes</source>
        <translation>Codes-barres de commande</translation>
    </message>
    <message>
        <location filename="../../../s321_desk/ui/main_window.py" line="500"/>
        <location filename="../../../s321_desk/ui/main_window.py" line="506"/>
        <source>Packing slip</source>
        <translation>Bordereau d&apos;expédition</translation>
    </message>
    <message>
        <location filename="../../../s321_desk/ui/main_window.py" line="501"/>
        <source>Parcel (scan its label):</source>
        <translation>Colis (balayez son étiquette)&#xa0;:</translation>
    </message>
    <message>
        <location filename="../../../s321_desk/ui/main_window.py" line="549"/>
        <source>About s321-desk</source>
        <translation>À propos de s321-desk</translation>
    </message>
    <message>
        <location filename="../../../s321_desk/ui/main_window.py" line="551"/>
        <source>s321-desk {version}

The border desk of a cross-border fulfillment warehouse: packing, checks before the border, truck loads and their papers.

Database: {database}</source>
        <translation>s321-desk {version}

Le poste frontière d&apos;un entrepôt d&apos;exécution des commandes transfrontalières&#xa0;: emballage, vérifications avant la frontière, chargements des camions et leurs documents.

Base de données&#xa0;: {database}</translation>
    </message>
    <message>
        <location filename="../../../s321_desk/ui/main_window.py" line="581"/>
        <source>No orders in this database yet.</source>
        <translation>Aucune commande dans cette base de données pour l&apos;instant.</translation>
    </message>
    <message>
        <location filename="../../../s321_desk/ui/main_window.py" line="583"/>
        <source>Showing {shown} of {count} order.</source>
        <translation>{shown} affichée sur {count} commande.</translation>
    </message>
    <message numerus="yes">
        <location filename="../../../s321_desk/ui/main_window.py" line="584"/>
        <source>Showing {shown} of {count} orders.</source>
        <translation>
            <numerusform>{shown} affichée(s) sur {count} commande.</numerusform>
            <numerusform>{shown} affichée(s) sur {count} commandes.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../../s321_desk/ui/main_window.py" line="586"/>
        <source>Showing the {count} newest.</source>
        <translation>
            <numerusform>{count} plus récente affichée.</numerusform>
            <numerusform>Les {count} plus récentes affichées.</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../../s321_desk/ui/main_window.py" line="588"/>
        <source>Showing all {count} order.</source>
        <translation>{count} commande affichée.</translation>
    </message>
    <message numerus="yes">
        <location filename="../../../s321_desk/ui/main_window.py" line="589"/>
        <source>Showing all {count} orders.</source>
        <translation>
            <numerusform>{count} commande affichée.</numerusform>
            <numerusform>Les {count} commandes affichées.</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../../s321_desk/ui/main_window.py" line="617"/>
        <source>Packing station</source>
        <translation>Poste d&apos;emballage</translation>
    </message>
    <message>
        <location filename="../../../s321_desk/ui/main_window.py" line="618"/>
        <source>Warnings</source>
        <translation>Avertissements</translation>
    </message>
    <message>
        <location filename="../../../s321_desk/ui/main_window.py" line="619"/>
        <source>Decisions</source>
        <translation>Décisions</translation>
    </message>
    <message>
        <location filename="../../../s321_desk/ui/main_window.py" line="620"/>
        <source>Loads</source>
        <translation>Chargements</translation>
    </message>
    <message>
        <location filename="../../../s321_desk/ui/main_window.py" line="621"/>
        <source>History</source>
        <translation>Historique</translation>
    </message>
    <message>
        <location filename="../../../s321_desk/ui/main_window.py" line="622"/>
        <source>Orders</source>
        <translation>Commandes</translation>
    </message>
    <message>
        <location filename="../../../s321_desk/ui/main_window.py" line="623"/>
        <source>Shift</source>
        <translation>Quart de travail</translation>
    </message>
    <message>
        <location filename="../../../s321_desk/ui/main_window.py" line="624"/>
        <source>Settings</source>
        <translation>Paramètres</translation>
    </message>
    <message>
        <location filename="../../../s321_desk/ui/main_window.py" line="631"/>
        <source>a supervisor</source>
        <translation>superviseur</translation>
    </message>
    <message>
        <location filename="../../../s321_desk/ui/main_window.py" line="632"/>
        <source>a driver or a supervisor</source>
        <translation>chauffeur ou superviseur</translation>
    </message>
    <message>
        <location filename="../../../s321_desk/ui/main_window.py" line="633"/>
        <source>an admin</source>
        <translation>administrateur</translation>
    </message>
    <message>
        <location filename="../../../s321_desk/ui/main_window.py" line="650"/>
        <source>local socket</source>
        <translation>socket local</translation>
    </message>
    <message>
        <location filename="../../../s321_desk/ui/main_window.py" line="651"/>
        <source>{database} on {server}</source>
        <translation>{database} sur {server}</translation>
    </message>
    <message>
        <location filename="../../../s321_desk/ui/main_window.py" line="659"/>
        <source>{orders}, {lines}, {products}</source>
        <translation>{orders}, {lines}, {products}</translation>
    </message>
    <message>
        <location filename="../../../s321_desk/ui/main_window.py" line="660"/>
        <source>{count} order</source>
        <translation>{count} commande</translation>
    </message>
    <message>
        <location filename="../../../s321_desk/ui/main_window.py" line="661"/>
        <source>{count} orders</source>
        <translation>{count} commandes</translation>
    </message>
    <message>
        <location filename="../../../s321_desk/ui/main_window.py" line="663"/>
        <source>{count} order line</source>
        <translation>{count} ligne de commande</translation>
    </message>
    <message>
        <location filename="../../../s321_desk/ui/main_window.py" line="664"/>
        <source>{count} order lines</source>
        <translation>{count} lignes de commande</translation>
    </message>
    <message>
        <location filename="../../../s321_desk/ui/main_window.py" line="666"/>
        <source>{count} product</source>
        <translation>{count} produit</translation>
    </message>
    <message>
        <location filename="../../../s321_desk/ui/main_window.py" line="667"/>
        <source>{count} products</source>
        <translation>{count} produits</translation>
    </message>
</context>
</TS>
