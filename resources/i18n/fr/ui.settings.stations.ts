<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="fr">
<context>
    <name>PrinterForm</name>
    <message>
        <location filename="../../../s321_desk/ui/settings/stations.py" line="149"/>
        <source>&amp;Kind:</source>
        <translation>T&amp;ype&#xa0;:</translation>
    </message>
    <message>
        <location filename="../../../s321_desk/ui/settings/stations.py" line="149"/>
        <source>K&amp;ind:</source>
        <translation>Typ&amp;e&#xa0;:</translation>
    </message>
    <message>
        <location filename="../../../s321_desk/ui/settings/stations.py" line="154"/>
        <source>{field}:</source>
        <translation>{field}&#xa0;:</translation>
    </message>
</context>
<context>
    <name>SettingsStations</name>
    <message>
        <location filename="../../../s321_desk/ui/settings/stations.py" line="44"/>
        <source>Label printer</source>
        <translation>Imprimante d&apos;étiquettes</translation>
    </message>
    <message>
        <location filename="../../../s321_desk/ui/settings/stations.py" line="45"/>
        <source>Document printer</source>
        <translation>Imprimante de documents</translation>
    </message>
    <message>
        <location filename="../../../s321_desk/ui/settings/stations.py" line="48"/>
        <source>not set: PDF files in the data folder</source>
        <translation>non défini&#xa0;: fichiers PDF dans le dossier de données</translation>
    </message>
    <message>
        <location filename="../../../s321_desk/ui/settings/stations.py" line="49"/>
        <source>not set: the print dialog, each time</source>
        <translation>non défini&#xa0;: la boîte d&apos;impression, chaque fois</translation>
    </message>
    <message>
        <location filename="../../../s321_desk/ui/settings/stations.py" line="54"/>
        <source>PDF files in the data folder</source>
        <translation>fichiers PDF dans le dossier de données</translation>
    </message>
    <message>
        <location filename="../../../s321_desk/ui/settings/stations.py" line="55"/>
        <source>the print dialog, each time</source>
        <translation>la boîte d&apos;impression, chaque fois</translation>
    </message>
    <message>
        <location filename="../../../s321_desk/ui/settings/stations.py" line="56"/>
        <source>PDF to a CUPS queue</source>
        <translation>PDF vers une file CUPS</translation>
    </message>
    <message>
        <location filename="../../../s321_desk/ui/settings/stations.py" line="57"/>
        <source>ZPL to a CUPS raw queue</source>
        <translation>ZPL vers une file CUPS brute</translation>
    </message>
    <message>
        <location filename="../../../s321_desk/ui/settings/stations.py" line="58"/>
        <source>ZPL to host:port</source>
        <translation>ZPL vers hôte:port</translation>
    </message>
    <message>
        <location filename="../../../s321_desk/ui/settings/stations.py" line="62"/>
        <source>Queue</source>
        <translation>File</translation>
    </message>
    <message>
        <location filename="../../../s321_desk/ui/settings/stations.py" line="63"/>
        <source>Host</source>
        <translation>Hôte</translation>
    </message>
    <message>
        <location filename="../../../s321_desk/ui/settings/stations.py" line="64"/>
        <source>Port</source>
        <translation>Port</translation>
    </message>
    <message>
        <location filename="../../../s321_desk/ui/settings/stations.py" line="65"/>
        <source>DPI</source>
        <translation>PPP</translation>
    </message>
    <message>
        <location filename="../../../s321_desk/ui/settings/stations.py" line="80"/>
        <source>not set</source>
        <translation>non défini</translation>
    </message>
    <message>
        <location filename="../../../s321_desk/ui/settings/stations.py" line="85"/>
        <source>queue {queue}</source>
        <translation>file {queue}</translation>
    </message>
    <message>
        <location filename="../../../s321_desk/ui/settings/stations.py" line="86"/>
        <source>queue {queue}, {dpi} dpi</source>
        <translation>file {queue}, {dpi} ppp</translation>
    </message>
    <message>
        <location filename="../../../s321_desk/ui/settings/stations.py" line="87"/>
        <source>{host}:{port}, {dpi} dpi</source>
        <translation>{host}:{port}, {dpi} ppp</translation>
    </message>
    <message>
        <location filename="../../../s321_desk/ui/settings/stations.py" line="97"/>
        <source>port {value}</source>
        <translation>point d&apos;entrée {value}</translation>
    </message>
    <message>
        <location filename="../../../s321_desk/ui/settings/stations.py" line="98"/>
        <source>arrives {value}</source>
        <translation>arrivée {value}</translation>
    </message>
    <message>
        <location filename="../../../s321_desk/ui/settings/stations.py" line="99"/>
        <source>cut-off {value}</source>
        <translation>limite {value}</translation>
    </message>
    <message>
        <location filename="../../../s321_desk/ui/settings/stations.py" line="103"/>
        <source>the store&apos;s</source>
        <translation>celui de l&apos;entrepôt</translation>
    </message>
</context>
<context>
    <name>StationTableModel</name>
    <message>
        <location filename="../../../s321_desk/ui/settings/stations.py" line="116"/>
        <source>Station</source>
        <translation>Poste</translation>
    </message>
    <message>
        <location filename="../../../s321_desk/ui/settings/stations.py" line="117"/>
        <source>Truck</source>
        <translation>Camion</translation>
    </message>
    <message>
        <location filename="../../../s321_desk/ui/settings/stations.py" line="118"/>
        <source>Label printer (labels)</source>
        <translation>Imprimante d&apos;étiquettes</translation>
    </message>
    <message>
        <location filename="../../../s321_desk/ui/settings/stations.py" line="120"/>
        <source>Document printer (invoices, manifests)</source>
        <translation>Imprimante de documents (factures, manifestes)</translation>
    </message>
</context>
<context>
    <name>StationsPage</name>
    <message>
        <location filename="../../../s321_desk/ui/settings/stations.py" line="269"/>
        <source>the station&apos;s name, e.g. PACK-1</source>
        <translation>le nom du poste, p. ex. PACK-1</translation>
    </message>
    <message>
        <location filename="../../../s321_desk/ui/settings/stations.py" line="271"/>
        <source>&amp;Add station</source>
        <translation>A&amp;jouter le poste</translation>
    </message>
    <message>
        <location filename="../../../s321_desk/ui/settings/stations.py" line="272"/>
        <source>Re&amp;move station</source>
        <translation>Reti&amp;rer le poste</translation>
    </message>
    <message>
        <location filename="../../../s321_desk/ui/settings/stations.py" line="288"/>
        <source>New station:</source>
        <translation>Nouveau poste&#xa0;:</translation>
    </message>
    <message>
        <location filename="../../../s321_desk/ui/settings/stations.py" line="337"/>
        <source>Not saved: {station}, its truck: {why}</source>
        <translation>Non enregistré&#xa0;: {station}, son camion&#xa0;: {why}</translation>
    </message>
    <message>
        <location filename="../../../s321_desk/ui/settings/stations.py" line="350"/>
        <source>Kind</source>
        <translation>Type</translation>
    </message>
    <message>
        <location filename="../../../s321_desk/ui/settings/stations.py" line="352"/>
        <source>Not saved: {where}: {why}</source>
        <translation>Non enregistré&#xa0;: {where}&#xa0;: {why}</translation>
    </message>
    <message>
        <location filename="../../../s321_desk/ui/settings/stations.py" line="375"/>
        <source>New station: type the station&apos;s name.</source>
        <translation>Nouveau poste&#xa0;: tapez le nom du poste.</translation>
    </message>
    <message>
        <location filename="../../../s321_desk/ui/settings/stations.py" line="378"/>
        <source>New station: {name} is in the list already.</source>
        <translation>Nouveau poste&#xa0;: {name} est déjà dans la liste.</translation>
    </message>
    <message>
        <location filename="../../../s321_desk/ui/settings/stations.py" line="391"/>
        <source>Remove: pick the station in the table first.</source>
        <translation>Retirer&#xa0;: choisissez d&apos;abord le poste dans le tableau.</translation>
    </message>
    <message>
        <location filename="../../../s321_desk/ui/settings/stations.py" line="418"/>
        <source>Printers of {station}</source>
        <translation>Imprimantes de {station}</translation>
    </message>
    <message>
        <location filename="../../../s321_desk/ui/settings/stations.py" line="420"/>
        <source>Add a station to set its printers.</source>
        <translation>Ajoutez un poste pour choisir ses imprimantes.</translation>
    </message>
</context>
<context>
    <name>TruckForm</name>
    <message>
        <location filename="../../../s321_desk/ui/settings/stations.py" line="215"/>
        <source>Its own truck (empty: the store&apos;s)</source>
        <translation>Son propre camion (vide&#xa0;: celui de l&apos;entrepôt)</translation>
    </message>
    <message>
        <location filename="../../../s321_desk/ui/settings/stations.py" line="217"/>
        <source>the store&apos;s port</source>
        <translation>le point d&apos;entrée de l&apos;entrepôt</translation>
    </message>
    <message>
        <location filename="../../../s321_desk/ui/settings/stations.py" line="226"/>
        <source>HH:MM</source>
        <translation>HH:MM</translation>
    </message>
    <message>
        <location filename="../../../s321_desk/ui/settings/stations.py" line="231"/>
        <source>Port:</source>
        <translation>Point d&apos;entrée&#xa0;:</translation>
    </message>
    <message>
        <location filename="../../../s321_desk/ui/settings/stations.py" line="232"/>
        <source>Arrival:</source>
        <translation>Arrivée&#xa0;:</translation>
    </message>
    <message>
        <location filename="../../../s321_desk/ui/settings/stations.py" line="233"/>
        <source>Cut-off:</source>
        <translation>Heure limite&#xa0;:</translation>
    </message>
</context>
</TS>
