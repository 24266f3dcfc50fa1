<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="fr">
<context>
    <name>MainWindow</name>
    <message>
        <location filename="../../../s321_desk/ui/main_window.py" line="92"/>
        <source>s321-desk - {database}</source>
        <translation>s321-desk - {database}</translation>
    </message>
    <message>
        <location filename="../../../s321_desk/ui/main_window.py" line="147"/>
        <source>Backup written: {path}</source>
        <translation>Sauvegarde écrite&#xa0;: {path}</translation>
    </message>
    <message>
        <location filename="../../../s321_desk/ui/main_window.py" line="152"/>
        <source>BACKUP FAILED: {why}</source>
        <translation>ÉCHEC DE LA SAUVEGARDE&#xa0;: {why}</translation>
    </message>
    <message>
        <location filename="../../../s321_desk/ui/main_window.py" line="161"/>
        <source>No users yet: scans are recorded against the station. Create the administrator (F2) before any supervisor action.</source>
        <translation>Aucun utilisateur encore&#xa0;: les balayages sont inscrits au nom du poste. Créez l&apos;administrateur (F2) avant toute action de superviseur.</translation>
    </message>
    <message>
        <location filename="../../../s321_desk/ui/main_window.py" line="186"/>
        <source>{view}: sign in as {roles} (F2)</source>
        <translation>{view}&#xa0;: ouvrez une session comme {roles} (F2)</translation>
    </message>
    <message>
        <location filename="../../../s321_desk/ui/main_window.py" line="233"/>
        <source>Sign in as {roles} (F2)</source>
        <translation>Ouvrez une session comme {roles} (F2)</translation>
    </message>
    <message>
        <location filename="../../../s321_desk/ui/main_window.py" line="248"/>
        <source>&amp;Warnings</source>
        <translation>A&amp;vertissements</translation>
    </message>
    <message>
        <location filename="../../../s321_desk/ui/main_window.py" line="249"/>
        <source>&amp;Warnings ({count})</source>
        <translation>A&amp;vertissements ({count})</translation>
    </message>
    <message>
        <location filename="../../../s321_desk/ui/main_window.py" line="255"/>
        <source>NEW WARNING: {parcels} need a decision (Warnings tab, Ctrl+2)</source>
        <translation>NOUVEL AVERTISSEMENT&#xa0;: {parcels} attend une décision (onglet Avertissements, Ctrl+2)</translation>
    </message>
    <message>
        <location filename="../../../s321_desk/ui/main_window.py" line="279"/>
        <source>Search order, name, city...</source>
        <translation>Chercher commande, nom, ville...</translation>
    </message>
    <message>
        <location filename="../../../s321_desk/ui/main_window.py" line="283"/>
        <source>&amp;Search:</source>
        <translation>&amp;Chercher&#xa0;:</translation>
    </message>
    <message>
        <location filename="../../../s321_desk/ui/main_window.py" line="333"/>
        <source>Station: {station}</source>
        <translation>Poste&#xa0;: {station}</translation>
    </message>
    <message>
        <location filename="../../../s321_desk/ui/main_window.py" line="335"/>
        <source>Database: {database}</source>
        <translation>Base&#xa0;: {database}</translation>
    </message>
    <message>
        <location filename="../../../s321_desk/ui/main_window.py" line="358"/>
        <source>Scans are recorded against the station (and who signed in)</source>
        <translation>Les balayages sont inscrits au nom du poste (et de qui a ouvert une session)</translation>
    </message>
    <message>
        <location filename="../../../s321_desk/ui/main_window.py" line="376"/>
        <source>Rules: {regime}</source>
        <translation>Règles&#xa0;: {regime}</translation>
    </message>
    <message>
        <location filename="../../../s321_desk/ui/main_window.py" line="380"/>
        <source>RULES PINNED to {day}: {regime}</source>
        <translation>RÈGLES FIXÉES AU {day}&#xa0;: {regime}</translation>
    </message>
    <message>
        <location filename="../../../s321_desk/ui/main_window.py" line="389"/>
        <source>&amp;File</source>
        <translation>&amp;Fichier</translation>
    </message>
    <message>
        <location filename="../../../s321_desk/ui/main_window.py" line="390"/>
        <source>&amp;Refresh</source>
        <translation>&amp;Actualiser</translation>
    </message>
    <message>
        <location filename="../../../s321_desk/ui/main_window.py" line="394"/>
        <source>&amp;Find an order</source>
        <translation>&amp;Trouver une commande</translation>
    </message>
    <message>
        <location filename="../../../s321_desk/ui/main_window.py" line="399"/>
        <source>Sign &amp;in or out</source>
        <translation>&amp;Ouvrir ou fermer la session</translation>
    </message>
    <message>
        <location filename="../../../s321_desk/ui/main_window.py" line="403"/>
        <source>Import orders...</source>
        <translation>Importer des commandes...</translation>
    </message>
    <message>
        <location filename="../../../s321_desk/ui/main_window.py" line="404"/>
        <source>Import catalog...</source>
        <translation>Importer le catalogue...</translation>
    </message>
    <message>
        <location filename="../../../s321_desk/ui/main_window.py" line="410"/>
        <source>&amp;Quit</source>
        <translation>&amp;Quitter</translation>
    </message>
    <message>
        <location filename="../../../s321_desk/ui/main_window.py" line="415"/>
        <source>&amp;View</source>
        <translation>&amp;Affichage</translation>
    </message>
    <message>
        <location filename="../../../s321_desk/ui/main_window.py" line="422"/>
        <source>&amp;Help</source>
        <translation>Ai&amp;de</translation>
    </message>
    <message>
        <location filename="../../../s321_desk/ui/main_window.py" line="423"/>
        <source>&amp;About s321-desk</source>
        <translation>À &amp;propos de s321-desk</translation>
    </message>
    <message>
        <location filename="../../../s321_desk/ui/main_window.py" line="441"/>
        <source>{paper} sent to the CUPS queue {queue} (job {job})</source>
        <translation>{paper} envoyé à la file CUPS {queue} (tâche {job})</translation>
    </message>
    <message>
        <location filename="../../../s321_desk/ui/main_window.py" line="449"/>
        <source>{paper} NOT PRINTED: {error}</source>
        <translation>{paper} NON IMPRIMÉ&#xa0;: {error}</translation>
    </message>
    <message>
        <location filename="../../../s321_desk/ui/main_window.py" line="482"/>
        <source>About s321-desk</source>
        <translation>À propos de s321-desk</translation>
    </message>
    <message>
        <location filename="../../../s321_desk/ui/main_window.py" line="484"/>
        <source>s321-desk {version}

The border desk of a cross-border fulfillment warehouse: packing, checks before the border, truck loads and their papers.

Database: {database}</source>
        <translation>s321-desk {version}

Le poste frontière d&apos;un entrepôt d&apos;exécution des commandes transfrontalières&#xa0;: emballage, vérifications avant la frontière, chargements des camions et leurs documents.

Base de données&#xa0;: {database}</translation>
    </message>
    <message>
        <location filename="../../../s321_desk/ui/main_window.py" line="514"/>
        <source>No orders in this database yet.</source>
        <translation>Aucune commande dans cette base de données pour l&apos;instant.</translation>
    </message>
    <message>
        <location filename="../../../s321_desk/ui/main_window.py" line="516"/>
        <source>Showing {shown} of {count} order.</source>
        <translation>{shown} affichée sur {count} commande.</translation>
    </message>
    <message numerus="yes">
        <location filename="../../../s321_desk/ui/main_window.py" line="517"/>
        <source>Showing {shown} of {count} orders.</source>
        <translation>
            <numerusform>{shown} affichée(s) sur {count} commande.</numerusform>
            <numerusform>{shown} affichée(s) sur {count} commandes.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../../s321_desk/ui/main_window.py" line="519"/>
        <source>Showing the {count} newest.</source>
        <translation>
            <numerusform>{count} plus récente affichée.</numerusform>
            <numerusform>Les {count} plus récentes affichées.</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../../s321_desk/ui/main_window.py" line="521"/>
        <source>Showing all {count} order.</source>
        <translation>{count} commande affichée.</translation>
    </message>
    <message numerus="yes">
        <location filename="../../../s321_desk/ui/main_window.py" line="522"/>
        <source>Showing all {count} orders.</source>
        <translation>
            <numerusform>{count} commande affichée.</numerusform>
            <numerusform>Les {count} commandes affichées.</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../../s321_desk/ui/main_window.py" line="550"/>
        <source>Packing station</source>
        <translation>Poste d&apos;emballage</translation>
    </message>
    <message>
        <location filename="../../../s321_desk/ui/main_window.py" line="551"/>
        <source>Warnings</source>
        <translation>Avertissements</translation>
    </message>
    <message>
        <location filename="../../../s321_desk/ui/main_window.py" line="552"/>
        <source>Decisions</source>
        <translation>Décisions</translation>
    </message>
    <message>
        <location filename="../../../s321_desk/ui/main_window.py" line="553"/>
        <source>Loads</source>
        <translation>Chargements</translation>
    </message>
    <message>
        <location filename="../../../s321_desk/ui/main_window.py" line="554"/>
        <source>History</source>
        <translation>Historique</translation>
    </message>
    <message>
        <location filename="../../../s321_desk/ui/main_window.py" line="555"/>
        <source>Orders</source>
        <translation>Commandes</translation>
    </message>
    <message>
        <location filename="../../../s321_desk/ui/main_window.py" line="556"/>
        <source>Shift</source>
        <translation>Quart de travail</translation>
    </message>
    <message>
        <location filename="../../../s321_desk/ui/main_window.py" line="557"/>
        <source>Settings</source>
        <translation>Paramètres</translation>
    </message>
    <message>
        <location filename="../../../s321_desk/ui/main_window.py" line="564"/>
        <source>a supervisor</source>
        <translation>superviseur</translation>
    </message>
    <message>
        <location filename="../../../s321_desk/ui/main_window.py" line="565"/>
        <source>a driver or a supervisor</source>
        <translation>chauffeur ou superviseur</translation>
    </message>
    <message>
        <location filename="../../../s321_desk/ui/main_window.py" line="566"/>
        <source>an admin</source>
        <translation>administrateur</translation>
    </message>
    <message>
        <location filename="../../../s321_desk/ui/main_window.py" line="583"/>
        <source>local socket</source>
        <translation>socket local</translation>
    </message>
    <message>
        <location filename="../../../s321_desk/ui/main_window.py" line="584"/>
        <source>{database} on {server}</source>
        <translation>{database} sur {server}</translation>
    </message>
    <message>
        <location filename="../../../s321_desk/ui/main_window.py" line="592"/>
        <source>{orders}, {lines}, {products}</source>
        <translation>{orders}, {lines}, {products}</translation>
    </message>
    <message>
        <location filename="../../../s321_desk/ui/main_window.py" line="593"/>
        <source>{count} order</source>
        <translation>{count} commande</translation>
    </message>
    <message>
        <location filename="../../../s321_desk/ui/main_window.py" line="594"/>
        <source>{count} orders</source>
        <translation>{count} commandes</translation>
    </message>
    <message>
        <location filename="../../../s321_desk/ui/main_window.py" line="596"/>
        <source>{count} order line</source>
        <translation>{count} ligne de commande</translation>
    </message>
    <message>
        <location filename="../../../s321_desk/ui/main_window.py" line="597"/>
        <source>{count} order lines</source>
        <translation>{count} lignes de commande</translation>
    </message>
    <message>
        <location filename="../../../s321_desk/ui/main_window.py" line="599"/>
        <source>{count} product</source>
        <translation>{count} produit</translation>
    </message>
    <message>
        <location filename="../../../s321_desk/ui/main_window.py" line="600"/>
        <source>{count} products</source>
        <translation>{count} produits</translation>
    </message>
</context>
</TS>
