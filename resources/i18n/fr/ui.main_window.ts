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
        <location filename="../../../s321_desk/ui/main_window.py" line="170"/>
        <source>Backup written: {path}</source>
        <translation>Sauvegarde écrite&#xa0;: {path}</translation>
    </message>
    <message>
        <location filename="../../../s321_desk/ui/main_window.py" line="175"/>
        <source>BACKUP FAILED: {why}</source>
        <translation>ÉCHEC DE LA SAUVEGARDE&#xa0;: {why}</translation>
    </message>
    <message>
        <location filename="../../../s321_desk/ui/main_window.py" line="186"/>
        <source>No users yet: scans are recorded against the station. Create the administrator (F2) before any supervisor action.</source>
        <translation>Aucun utilisateur encore&#xa0;: les balayages sont inscrits au nom du poste. Créez l&apos;administrateur (F2) avant toute action de superviseur.</translation>
    </message>
    <message>
        <location filename="../../../s321_desk/ui/main_window.py" line="349"/>
        <source>{view}: sign in as {roles} (F2)</source>
        <translation>{view}&#xa0;: ouvrez une session comme {roles} (F2)</translation>
    </message>
    <message>
        <location filename="../../../s321_desk/ui/main_window.py" line="404"/>
        <source>Sign in as {roles} (F2)</source>
        <translation>Ouvrez une session comme {roles} (F2)</translation>
    </message>
    <message>
        <location filename="../../../s321_desk/ui/main_window.py" line="438"/>
        <source>&amp;Warnings</source>
        <translation>A&amp;vertissements</translation>
    </message>
    <message>
        <location filename="../../../s321_desk/ui/main_window.py" line="439"/>
        <source>&amp;Warnings ({count})</source>
        <translation>A&amp;vertissements ({count})</translation>
    </message>
    <message>
        <location filename="../../../s321_desk/ui/main_window.py" line="445"/>
        <source>NEW WARNING: {parcels} need a decision (Warnings tab, Ctrl+2)</source>
        <translation>NOUVEL AVERTISSEMENT&#xa0;: {parcels} attend une décision (onglet Avertissements, Ctrl+2)</translation>
    </message>
    <message>
        <location filename="../../../s321_desk/ui/main_window.py" line="498"/>
        <location filename="../../../s321_desk/ui/main_window.py" line="537"/>
        <source>Station: {station}</source>
        <translation>Poste&#xa0;: {station}</translation>
    </message>
    <message>
        <location filename="../../../s321_desk/ui/main_window.py" line="500"/>
        <source>Database: {database}</source>
        <translation>Base&#xa0;: {database}</translation>
    </message>
    <message>
        <location filename="../../../s321_desk/ui/main_window.py" line="525"/>
        <source>Scans are recorded against the station (and who signed in)</source>
        <translation>Les balayages sont inscrits au nom du poste (et de qui a ouvert une session)</translation>
    </message>
    <message>
        <location filename="../../../s321_desk/ui/main_window.py" line="555"/>
        <source>No sound</source>
        <translation>Aucun son</translation>
    </message>
    <message>
        <location filename="../../../s321_desk/ui/main_window.py" line="558"/>
        <source>This station plays no sound: {why}. Every verdict is on the screen.</source>
        <translation>Ce poste ne joue aucun son&#xa0;: {why}. Chaque verdict est à l&apos;écran.</translation>
    </message>
    <message>
        <location filename="../../../s321_desk/ui/main_window.py" line="562"/>
        <source>Sound off</source>
        <translation>Son coupé</translation>
    </message>
    <message>
        <location filename="../../../s321_desk/ui/main_window.py" line="563"/>
        <source>This station&apos;s sound is muted in Settings &gt; Stations and printers.</source>
        <translation>Le son de ce poste est coupé dans Paramètres &gt; Postes et imprimantes.</translation>
    </message>
    <message>
        <location filename="../../../s321_desk/ui/main_window.py" line="574"/>
        <source>Rules: {regime}</source>
        <translation>Règles&#xa0;: {regime}</translation>
    </message>
    <message>
        <location filename="../../../s321_desk/ui/main_window.py" line="578"/>
        <source>RULES PINNED to {day}: {regime}</source>
        <translation>RÈGLES FIXÉES {day}&#xa0;: {regime}</translation>
    </message>
    <message>
        <location filename="../../../s321_desk/ui/main_window.py" line="587"/>
        <source>&amp;File</source>
        <translation>&amp;Fichier</translation>
    </message>
    <message>
        <location filename="../../../s321_desk/ui/main_window.py" line="588"/>
        <source>&amp;Refresh</source>
        <translation>&amp;Actualiser</translation>
    </message>
    <message>
        <location filename="../../../s321_desk/ui/main_window.py" line="592"/>
        <source>&amp;Find an order</source>
        <translation>&amp;Trouver une commande</translation>
    </message>
    <message>
        <location filename="../../../s321_desk/ui/main_window.py" line="597"/>
        <source>Sign &amp;in or out</source>
        <translation>&amp;Ouvrir ou fermer la session</translation>
    </message>
    <message>
        <location filename="../../../s321_desk/ui/main_window.py" line="601"/>
        <source>Import orders...</source>
        <translation>Importer des commandes...</translation>
    </message>
    <message>
        <location filename="../../../s321_desk/ui/main_window.py" line="602"/>
        <source>Import catalog...</source>
        <translation>Importer le catalogue...</translation>
    </message>
    <message>
        <location filename="../../../s321_desk/ui/main_window.py" line="606"/>
        <source>Export...</source>
        <translation>Exportation...</translation>
    </message>
    <message>
        <location filename="../../../s321_desk/ui/main_window.py" line="610"/>
        <source>Print pic&amp;k tickets...</source>
        <translation>Imprimer les bons de préparation (&amp;k)...</translation>
    </message>
    <message>
        <location filename="../../../s321_desk/ui/main_window.py" line="612"/>
        <source>Print the command &amp;barcodes</source>
        <translation>Imprimer les codes-&amp;barres de commande</translation>
    </message>
    <message>
        <location filename="../../../s321_desk/ui/main_window.py" line="614"/>
        <source>Print a packing s&amp;lip...</source>
        <translation>Imprimer un bordereau d&apos;expéditio&amp;n...</translation>
    </message>
    <message>
        <location filename="../../../s321_desk/ui/main_window.py" line="619"/>
        <source>&amp;Quit</source>
        <translation>&amp;Quitter</translation>
    </message>
    <message>
        <location filename="../../../s321_desk/ui/main_window.py" line="624"/>
        <source>&amp;View</source>
        <translation>&amp;Affichage</translation>
    </message>
    <message>
        <location filename="../../../s321_desk/ui/main_window.py" line="631"/>
        <source>&amp;Help</source>
        <translation>Ai&amp;de</translation>
    </message>
    <message>
        <location filename="../../../s321_desk/ui/main_window.py" line="632"/>
        <source>&amp;About s321-desk</source>
        <translation>À &amp;propos de s321-desk</translation>
    </message>
    <message>
        <location filename="../../../s321_desk/ui/main_window.py" line="654"/>
        <source>{paper} sent to the CUPS queue {queue} (job {job})</source>
        <translation>{paper} envoyé à la file CUPS {queue} (tâche {job})</translation>
    </message>
    <message>
        <location filename="../../../s321_desk/ui/main_window.py" line="662"/>
        <location filename="../../../s321_desk/ui/main_window.py" line="719"/>
        <source>{paper} NOT PRINTED: {error}</source>
        <translation>{paper} NON IMPRIMÉ&#xa0;: {error}</translation>
    </message>
    <message>
        <location filename="../../../s321_desk/ui/main_window.py" line="683"/>
        <source>Pick tickets</source>
        <translation>Bons de préparation</translation>
    </message>
    <message>
        <location filename="../../../s321_desk/ui/main_window.py" line="693"/>
        <source>Command barcodes</source>
        <translation>Codes-barres de commande</translation>
    </message>
    <message>
        <location filename="../../../s321_desk/ui/main_window.py" line="701"/>
        <location filename="../../../s321_desk/ui/main_window.py" line="707"/>
        <source>Packing slip</source>
        <translation>Bordereau d&apos;expédition</translation>
    </message>
    <message>
        <location filename="../../../s321_desk/ui/main_window.py" line="702"/>
        <source>Parcel (scan its label):</source>
        <translation>Colis (balayez son étiquette)&#xa0;:</translation>
    </message>
    <message>
        <location filename="../../../s321_desk/ui/main_window.py" line="760"/>
        <source>About s321-desk</source>
        <translation>À propos de s321-desk</translation>
    </message>
    <message>
        <location filename="../../../s321_desk/ui/main_window.py" line="762"/>
        <source>s321-desk {version}

The border desk of a cross-border fulfillment warehouse: packing, checks before the border, truck loads and their papers.

Database: {database}</source>
        <translation>s321-desk {version}

Le poste frontière d&apos;un entrepôt d&apos;exécution des commandes transfrontalières&#xa0;: emballage, vérifications avant la frontière, chargements des camions et leurs documents.

Base de données&#xa0;: {database}</translation>
    </message>
    <message>
        <location filename="../../../s321_desk/ui/main_window.py" line="788"/>
        <source>Packing station</source>
        <translation>Poste d&apos;emballage</translation>
    </message>
    <message>
        <location filename="../../../s321_desk/ui/main_window.py" line="789"/>
        <source>Warnings</source>
        <translation>Avertissements</translation>
    </message>
    <message>
        <location filename="../../../s321_desk/ui/main_window.py" line="790"/>
        <source>Decisions</source>
        <translation>Décisions</translation>
    </message>
    <message>
        <location filename="../../../s321_desk/ui/main_window.py" line="791"/>
        <source>Loads</source>
        <translation>Chargements</translation>
    </message>
    <message>
        <location filename="../../../s321_desk/ui/main_window.py" line="792"/>
        <source>History</source>
        <translation>Historique</translation>
    </message>
    <message>
        <location filename="../../../s321_desk/ui/main_window.py" line="793"/>
        <source>Orders</source>
        <translation>Commandes</translation>
    </message>
    <message>
        <location filename="../../../s321_desk/ui/main_window.py" line="794"/>
        <source>Shift</source>
        <translation>Quart de travail</translation>
    </message>
    <message>
        <location filename="../../../s321_desk/ui/main_window.py" line="795"/>
        <source>Settings</source>
        <translation>Paramètres</translation>
    </message>
    <message>
        <location filename="../../../s321_desk/ui/main_window.py" line="796"/>
        <source>Catalog</source>
        <translation>Catalogue</translation>
    </message>
    <message>
        <location filename="../../../s321_desk/ui/main_window.py" line="803"/>
        <source>a supervisor</source>
        <translation>superviseur</translation>
    </message>
    <message>
        <location filename="../../../s321_desk/ui/main_window.py" line="804"/>
        <source>a driver or a supervisor</source>
        <translation>chauffeur ou superviseur</translation>
    </message>
    <message>
        <location filename="../../../s321_desk/ui/main_window.py" line="805"/>
        <source>an admin</source>
        <translation>administrateur</translation>
    </message>
    <message>
        <location filename="../../../s321_desk/ui/main_window.py" line="822"/>
        <source>local socket</source>
        <translation>socket local</translation>
    </message>
    <message>
        <location filename="../../../s321_desk/ui/main_window.py" line="823"/>
        <source>{database} on {server}</source>
        <translation>{database} sur {server}</translation>
    </message>
</context>
</TS>
