<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="fr">
<context>
    <name>MainWindow</name>
    <message>
        <location filename="../../../s321_desk/ui/main_window.py" line="111"/>
        <source>s321-desk - {database}</source>
        <translation>s321-desk - {database}</translation>
    </message>
    <message>
        <location filename="../../../s321_desk/ui/main_window.py" line="174"/>
        <source>Backup written: {path}</source>
        <translation>Sauvegarde écrite&#xa0;: {path}</translation>
    </message>
    <message>
        <location filename="../../../s321_desk/ui/main_window.py" line="179"/>
        <source>BACKUP FAILED: {why}</source>
        <translation>ÉCHEC DE LA SAUVEGARDE&#xa0;: {why}</translation>
    </message>
    <message>
        <location filename="../../../s321_desk/ui/main_window.py" line="189"/>
        <source>No users yet: scans are recorded against the station. Create the administrator (F2) before any supervisor action.</source>
        <translation>Aucun utilisateur encore&#xa0;: les balayages sont inscrits au nom du poste. Créez l&apos;administrateur (F2) avant toute action de superviseur.</translation>
    </message>
    <message>
        <location filename="../../../s321_desk/ui/main_window.py" line="214"/>
        <source>{view}: sign in as {roles} (F2)</source>
        <translation>{view}&#xa0;: ouvrez une session comme {roles} (F2)</translation>
    </message>
    <message>
        <location filename="../../../s321_desk/ui/main_window.py" line="262"/>
        <source>Sign in as {roles} (F2)</source>
        <translation>Ouvrez une session comme {roles} (F2)</translation>
    </message>
    <message>
        <location filename="../../../s321_desk/ui/main_window.py" line="277"/>
        <source>&amp;Warnings</source>
        <translation>A&amp;vertissements</translation>
    </message>
    <message>
        <location filename="../../../s321_desk/ui/main_window.py" line="278"/>
        <source>&amp;Warnings ({count})</source>
        <translation>A&amp;vertissements ({count})</translation>
    </message>
    <message>
        <location filename="../../../s321_desk/ui/main_window.py" line="284"/>
        <source>NEW WARNING: {parcels} need a decision (Warnings tab, Ctrl+2)</source>
        <translation>NOUVEL AVERTISSEMENT&#xa0;: {parcels} attend une décision (onglet Avertissements, Ctrl+2)</translation>
    </message>
    <message>
        <location filename="../../../s321_desk/ui/main_window.py" line="310"/>
        <source>Search order, name, city...</source>
        <translation>Chercher commande, nom, ville...</translation>
    </message>
    <message>
        <location filename="../../../s321_desk/ui/main_window.py" line="314"/>
        <source>&amp;Search:</source>
        <translation>&amp;Chercher&#xa0;:</translation>
    </message>
    <message>
        <location filename="../../../s321_desk/ui/main_window.py" line="386"/>
        <source>Station: {station}</source>
        <translation>Poste&#xa0;: {station}</translation>
    </message>
    <message>
        <location filename="../../../s321_desk/ui/main_window.py" line="388"/>
        <source>Database: {database}</source>
        <translation>Base&#xa0;: {database}</translation>
    </message>
    <message>
        <location filename="../../../s321_desk/ui/main_window.py" line="413"/>
        <source>Scans are recorded against the station (and who signed in)</source>
        <translation>Les balayages sont inscrits au nom du poste (et de qui a ouvert une session)</translation>
    </message>
    <message>
        <location filename="../../../s321_desk/ui/main_window.py" line="436"/>
        <source>No sound</source>
        <translation>Aucun son</translation>
    </message>
    <message>
        <location filename="../../../s321_desk/ui/main_window.py" line="439"/>
        <source>This station plays no sound: {why}. Every verdict is on the screen.</source>
        <translation>Ce poste ne joue aucun son&#xa0;: {why}. Chaque verdict est à l&apos;écran.</translation>
    </message>
    <message>
        <location filename="../../../s321_desk/ui/main_window.py" line="443"/>
        <source>Sound off</source>
        <translation>Son coupé</translation>
    </message>
    <message>
        <location filename="../../../s321_desk/ui/main_window.py" line="444"/>
        <source>This station&apos;s sound is muted in Settings &gt; Stations and printers.</source>
        <translation>Le son de ce poste est coupé dans Paramètres &gt; Postes et imprimantes.</translation>
    </message>
    <message>
        <location filename="../../../s321_desk/ui/main_window.py" line="455"/>
        <source>Rules: {regime}</source>
        <translation>Règles&#xa0;: {regime}</translation>
    </message>
    <message>
        <location filename="../../../s321_desk/ui/main_window.py" line="459"/>
        <source>RULES PINNED to {day}: {regime}</source>
        <translation>RÈGLES FIXÉES {day}&#xa0;: {regime}</translation>
    </message>
    <message>
        <location filename="../../../s321_desk/ui/main_window.py" line="468"/>
        <source>&amp;File</source>
        <translation>&amp;Fichier</translation>
    </message>
    <message>
        <location filename="../../../s321_desk/ui/main_window.py" line="469"/>
        <source>&amp;Refresh</source>
        <translation>&amp;Actualiser</translation>
    </message>
    <message>
        <location filename="../../../s321_desk/ui/main_window.py" line="473"/>
        <source>&amp;Find an order</source>
        <translation>&amp;Trouver une commande</translation>
    </message>
    <message>
        <location filename="../../../s321_desk/ui/main_window.py" line="478"/>
        <source>Sign &amp;in or out</source>
        <translation>&amp;Ouvrir ou fermer la session</translation>
    </message>
    <message>
        <location filename="../../../s321_desk/ui/main_window.py" line="482"/>
        <source>Import orders...</source>
        <translation>Importer des commandes...</translation>
    </message>
    <message>
        <location filename="../../../s321_desk/ui/main_window.py" line="483"/>
        <source>Import catalog...</source>
        <translation>Importer le catalogue...</translation>
    </message>
    <message>
        <location filename="../../../s321_desk/ui/main_window.py" line="489"/>
        <source>Print pic&amp;k tickets...</source>
        <translation>Imprimer les bons de préparation (&amp;k)...</translation>
    </message>
    <message>
        <location filename="../../../s321_desk/ui/main_window.py" line="491"/>
        <source>Print the command &amp;barcodes</source>
        <translation>Imprimer les codes-&amp;barres de commande</translation>
    </message>
    <message>
        <location filename="../../../s321_desk/ui/main_window.py" line="493"/>
        <source>Print a packing s&amp;lip...</source>
        <translation>Imprimer un bordereau d&apos;expéditio&amp;n...</translation>
    </message>
    <message>
        <location filename="../../../s321_desk/ui/main_window.py" line="498"/>
        <source>&amp;Quit</source>
        <translation>&amp;Quitter</translation>
    </message>
    <message>
        <location filename="../../../s321_desk/ui/main_window.py" line="503"/>
        <source>&amp;View</source>
        <translation>&amp;Affichage</translation>
    </message>
    <message>
        <location filename="../../../s321_desk/ui/main_window.py" line="510"/>
        <source>&amp;Help</source>
        <translation>Ai&amp;de</translation>
    </message>
    <message>
        <location filename="../../../s321_desk/ui/main_window.py" line="511"/>
        <source>&amp;About s321-desk</source>
        <translation>À &amp;propos de s321-desk</translation>
    </message>
    <message>
        <location filename="../../../s321_desk/ui/main_window.py" line="529"/>
        <source>{paper} sent to the CUPS queue {queue} (job {job})</source>
        <translation>{paper} envoyé à la file CUPS {queue} (tâche {job})</translation>
    </message>
    <message>
        <location filename="../../../s321_desk/ui/main_window.py" line="537"/>
        <location filename="../../../s321_desk/ui/main_window.py" line="588"/>
        <source>{paper} NOT PRINTED: {error}</source>
        <translation>{paper} NON IMPRIMÉ&#xa0;: {error}</translation>
    </message>
    <message>
        <location filename="../../../s321_desk/ui/main_window.py" line="556"/>
        <source>Pick tickets</source>
        <translation>Bons de préparation</translation>
    </message>
    <message>
        <location filename="../../../s321_desk/ui/main_window.py" line="564"/>
        <source>Command barcodes</source>
        <translation>Codes-barres de commande</translation>
    </message>
    <message>
        <location filename="../../../s321_desk/ui/main_window.py" line="570"/>
        <location filename="../../../s321_desk/ui/main_window.py" line="576"/>
        <source>Packing slip</source>
        <translation>Bordereau d&apos;expédition</translation>
    </message>
    <message>
        <location filename="../../../s321_desk/ui/main_window.py" line="571"/>
        <source>Parcel (scan its label):</source>
        <translation>Colis (balayez son étiquette)&#xa0;:</translation>
    </message>
    <message>
        <location filename="../../../s321_desk/ui/main_window.py" line="619"/>
        <source>About s321-desk</source>
        <translation>À propos de s321-desk</translation>
    </message>
    <message>
        <location filename="../../../s321_desk/ui/main_window.py" line="621"/>
        <source>s321-desk {version}

The border desk of a cross-border fulfillment warehouse: packing, checks before the border, truck loads and their papers.

Database: {database}</source>
        <translation>s321-desk {version}

Le poste frontière d&apos;un entrepôt d&apos;exécution des commandes transfrontalières&#xa0;: emballage, vérifications avant la frontière, chargements des camions et leurs documents.

Base de données&#xa0;: {database}</translation>
    </message>
    <message>
        <location filename="../../../s321_desk/ui/main_window.py" line="651"/>
        <source>No orders in this database yet.</source>
        <translation>Aucune commande dans cette base de données pour l&apos;instant.</translation>
    </message>
    <message>
        <location filename="../../../s321_desk/ui/main_window.py" line="653"/>
        <source>Showing {shown} of {count} order.</source>
        <translation>{shown} affichée sur {count} commande.</translation>
    </message>
    <message numerus="yes">
        <location filename="../../../s321_desk/ui/main_window.py" line="654"/>
        <source>Showing {shown} of {count} orders.</source>
        <translation>
            <numerusform>{shown} affichée(s) sur {count} commande.</numerusform>
            <numerusform>{shown} affichée(s) sur {count} commandes.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../../s321_desk/ui/main_window.py" line="656"/>
        <source>Showing the {count} newest.</source>
        <translation>
            <numerusform>{count} plus récente affichée.</numerusform>
            <numerusform>Les {count} plus récentes affichées.</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../../s321_desk/ui/main_window.py" line="658"/>
        <source>Showing all {count} order.</source>
        <translation>{count} commande affichée.</translation>
    </message>
    <message numerus="yes">
        <location filename="../../../s321_desk/ui/main_window.py" line="659"/>
        <source>Showing all {count} orders.</source>
        <translation>
            <numerusform>{count} commande affichée.</numerusform>
            <numerusform>Les {count} commandes affichées.</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../../s321_desk/ui/main_window.py" line="687"/>
        <source>Packing station</source>
        <translation>Poste d&apos;emballage</translation>
    </message>
    <message>
        <location filename="../../../s321_desk/ui/main_window.py" line="688"/>
        <source>Warnings</source>
        <translation>Avertissements</translation>
    </message>
    <message>
        <location filename="../../../s321_desk/ui/main_window.py" line="689"/>
        <source>Decisions</source>
        <translation>Décisions</translation>
    </message>
    <message>
        <location filename="../../../s321_desk/ui/main_window.py" line="690"/>
        <source>Loads</source>
        <translation>Chargements</translation>
    </message>
    <message>
        <location filename="../../../s321_desk/ui/main_window.py" line="691"/>
        <source>History</source>
        <translation>Historique</translation>
    </message>
    <message>
        <location filename="../../../s321_desk/ui/main_window.py" line="692"/>
        <source>Orders</source>
        <translation>Commandes</translation>
    </message>
    <message>
        <location filename="../../../s321_desk/ui/main_window.py" line="693"/>
        <source>Shift</source>
        <translation>Quart de travail</translation>
    </message>
    <message>
        <location filename="../../../s321_desk/ui/main_window.py" line="694"/>
        <source>Settings</source>
        <translation>Paramètres</translation>
    </message>
    <message>
        <location filename="../../../s321_desk/ui/main_window.py" line="695"/>
        <source>Catalog</source>
        <translation>Catalogue</translation>
    </message>
    <message>
        <location filename="../../../s321_desk/ui/main_window.py" line="702"/>
        <source>a supervisor</source>
        <translation>superviseur</translation>
    </message>
    <message>
        <location filename="../../../s321_desk/ui/main_window.py" line="703"/>
        <source>a driver or a supervisor</source>
        <translation>chauffeur ou superviseur</translation>
    </message>
    <message>
        <location filename="../../../s321_desk/ui/main_window.py" line="704"/>
        <source>an admin</source>
        <translation>administrateur</translation>
    </message>
    <message>
        <location filename="../../../s321_desk/ui/main_window.py" line="721"/>
        <source>local socket</source>
        <translation>socket local</translation>
    </message>
    <message>
        <location filename="../../../s321_desk/ui/main_window.py" line="722"/>
        <source>{database} on {server}</source>
        <translation>{database} sur {server}</translation>
    </message>
    <message>
        <location filename="../../../s321_desk/ui/main_window.py" line="730"/>
        <source>{orders}, {lines}, {products}</source>
        <translation>{orders}, {lines}, {products}</translation>
    </message>
    <message>
        <location filename="../../../s321_desk/ui/main_window.py" line="731"/>
        <source>{count} order</source>
        <translation>{count} commande</translation>
    </message>
    <message>
        <location filename="../../../s321_desk/ui/main_window.py" line="732"/>
        <source>{count} orders</source>
        <translation>{count} commandes</translation>
    </message>
    <message>
        <location filename="../../../s321_desk/ui/main_window.py" line="734"/>
        <source>{count} order line</source>
        <translation>{count} ligne de commande</translation>
    </message>
    <message>
        <location filename="../../../s321_desk/ui/main_window.py" line="735"/>
        <source>{count} order lines</source>
        <translation>{count} lignes de commande</translation>
    </message>
    <message>
        <location filename="../../../s321_desk/ui/main_window.py" line="737"/>
        <source>{count} product</source>
        <translation>{count} produit</translation>
    </message>
    <message>
        <location filename="../../../s321_desk/ui/main_window.py" line="738"/>
        <source>{count} products</source>
        <translation>{count} produits</translation>
    </message>
</context>
</TS>
