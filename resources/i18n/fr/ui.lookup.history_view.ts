<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="fr">
<context>
    <name>HistoryView</name>
    <message>
        <location filename="../../../s321_desk/ui/lookup/history_view.py" line="69"/>
        <source>{status}, decision needed</source>
        <translation>{status}, décision requise</translation>
    </message>
    <message>
        <location filename="../../../s321_desk/ui/lookup/history_view.py" line="77"/>
        <source>Parcel</source>
        <translation>Colis</translation>
    </message>
    <message>
        <location filename="../../../s321_desk/ui/lookup/history_view.py" line="78"/>
        <source>Order</source>
        <translation>Commande</translation>
    </message>
    <message>
        <location filename="../../../s321_desk/ui/lookup/history_view.py" line="79"/>
        <source>Recipient</source>
        <translation>Destinataire</translation>
    </message>
    <message>
        <location filename="../../../s321_desk/ui/lookup/history_view.py" line="80"/>
        <source>Place</source>
        <translation>Lieu</translation>
    </message>
    <message>
        <location filename="../../../s321_desk/ui/lookup/history_view.py" line="82"/>
        <source>Status</source>
        <translation>État</translation>
    </message>
    <message>
        <location filename="../../../s321_desk/ui/lookup/history_view.py" line="83"/>
        <location filename="../../../s321_desk/ui/lookup/history_view.py" line="124"/>
        <source>Route</source>
        <translation>Acheminement</translation>
    </message>
    <message>
        <location filename="../../../s321_desk/ui/lookup/history_view.py" line="84"/>
        <source>US day</source>
        <translation>Jour américain</translation>
    </message>
    <message>
        <location filename="../../../s321_desk/ui/lookup/history_view.py" line="86"/>
        <source>Created</source>
        <translation>Créé</translation>
    </message>
    <message>
        <location filename="../../../s321_desk/ui/lookup/history_view.py" line="92"/>
        <source>(none)</source>
        <translation>(aucun)</translation>
    </message>
    <message>
        <location filename="../../../s321_desk/ui/lookup/history_view.py" line="96"/>
        <source>Description</source>
        <translation>Description</translation>
    </message>
    <message>
        <location filename="../../../s321_desk/ui/lookup/history_view.py" line="97"/>
        <source>Here</source>
        <translation>Ici</translation>
    </message>
    <message>
        <location filename="../../../s321_desk/ui/lookup/history_view.py" line="99"/>
        <source>Ordered</source>
        <translation>Commandé</translation>
    </message>
    <message>
        <location filename="../../../s321_desk/ui/lookup/history_view.py" line="114"/>
        <source>{version} as of {when}</source>
        <translation>{version} en date du {when}</translation>
    </message>
    <message>
        <location filename="../../../s321_desk/ui/lookup/history_view.py" line="120"/>
        <source>Evaluated</source>
        <translation>Évalué</translation>
    </message>
    <message>
        <location filename="../../../s321_desk/ui/lookup/history_view.py" line="126"/>
        <source>Value</source>
        <translation>Valeur</translation>
    </message>
    <message>
        <location filename="../../../s321_desk/ui/lookup/history_view.py" line="137"/>
        <source>Rules</source>
        <translation>Règles</translation>
    </message>
    <message>
        <location filename="../../../s321_desk/ui/lookup/history_view.py" line="139"/>
        <source>FX to USD</source>
        <translation>Change en USD</translation>
    </message>
    <message>
        <location filename="../../../s321_desk/ui/lookup/history_view.py" line="131"/>
        <source>Codes</source>
        <translation>Codes</translation>
    </message>
    <message>
        <location filename="../../../s321_desk/ui/lookup/history_view.py" line="133"/>
        <source>Judged against</source>
        <translation>Jugé avec</translation>
    </message>
    <message>
        <location filename="../../../s321_desk/ui/lookup/history_view.py" line="148"/>
        <source>not recorded</source>
        <translation>non consigné</translation>
    </message>
    <message>
        <location filename="../../../s321_desk/ui/lookup/history_view.py" line="150"/>
        <source>no other parcel</source>
        <translation>aucun autre colis</translation>
    </message>
    <message>
        <location filename="../../../s321_desk/ui/lookup/history_view.py" line="160"/>
        <source>{n}. {parcel}: {how}, {value} USD{route}</source>
        <translation>{n}. {parcel}&#xa0;: {how}, {value} USD{route}</translation>
    </message>
    <message>
        <location filename="../../../s321_desk/ui/lookup/history_view.py" line="171"/>
        <source>crossed earlier</source>
        <translation>passé avant</translation>
    </message>
    <message>
        <location filename="../../../s321_desk/ui/lookup/history_view.py" line="172"/>
        <source>crosses at the same time</source>
        <translation>passe en même temps</translation>
    </message>
    <message>
        <location filename="../../../s321_desk/ui/lookup/history_view.py" line="173"/>
        <source>same truck</source>
        <translation>même camion</translation>
    </message>
    <message>
        <location filename="../../../s321_desk/ui/lookup/history_view.py" line="174"/>
        <source>filed on a later sealed truck</source>
        <translation>déclaré dans un camion scellé plus tardif</translation>
    </message>
    <message>
        <location filename="../../../s321_desk/ui/lookup/history_view.py" line="175"/>
        <source>same order</source>
        <translation>même commande</translation>
    </message>
    <message>
        <location filename="../../../s321_desk/ui/lookup/history_view.py" line="188"/>
        <source>When</source>
        <translation>Quand</translation>
    </message>
    <message>
        <location filename="../../../s321_desk/ui/lookup/history_view.py" line="190"/>
        <source>Action</source>
        <translation>Action</translation>
    </message>
    <message>
        <location filename="../../../s321_desk/ui/lookup/history_view.py" line="191"/>
        <source>Who</source>
        <translation>Qui</translation>
    </message>
    <message>
        <location filename="../../../s321_desk/ui/lookup/history_view.py" line="192"/>
        <source>Station</source>
        <translation>Poste</translation>
    </message>
    <message>
        <location filename="../../../s321_desk/ui/lookup/history_view.py" line="193"/>
        <source>Reason</source>
        <translation>Motif</translation>
    </message>
    <message>
        <location filename="../../../s321_desk/ui/lookup/history_view.py" line="194"/>
        <source>Details</source>
        <translation>Détails</translation>
    </message>
    <message>
        <location filename="../../../s321_desk/ui/lookup/history_view.py" line="240"/>
        <source>Fi&amp;nd:</source>
        <translation>&amp;Trouver&#xa0;:</translation>
    </message>
    <message>
        <location filename="../../../s321_desk/ui/lookup/history_view.py" line="243"/>
        <source>&amp;Search</source>
        <translation>Re&amp;chercher</translation>
    </message>
    <message>
        <location filename="../../../s321_desk/ui/lookup/history_view.py" line="245"/>
        <source>&amp;Reprint label...</source>
        <translation>&amp;Réimprimer l&apos;étiquette...</translation>
    </message>
    <message>
        <location filename="../../../s321_desk/ui/lookup/history_view.py" line="273"/>
        <source>Order lines</source>
        <translation>Lignes de la commande</translation>
    </message>
    <message>
        <location filename="../../../s321_desk/ui/lookup/history_view.py" line="275"/>
        <source>Verdicts, oldest first</source>
        <translation>Verdicts, le plus ancien en premier</translation>
    </message>
    <message>
        <location filename="../../../s321_desk/ui/lookup/history_view.py" line="276"/>
        <source>Audit trail</source>
        <translation>Piste de vérification</translation>
    </message>
    <message>
        <location filename="../../../s321_desk/ui/lookup/history_view.py" line="310"/>
        <source>Type a parcel id, an order or a name, then Enter.</source>
        <translation>Tapez un numéro de colis, une commande ou un nom, puis Entrée.</translation>
    </message>
    <message>
        <location filename="../../../s321_desk/ui/lookup/history_view.py" line="312"/>
        <source>Searching for {text}...</source>
        <translation>Recherche de {text}...</translation>
    </message>
    <message>
        <location filename="../../../s321_desk/ui/lookup/history_view.py" line="236"/>
        <source>Parcel id, order, name, trip number, seal or date, then Enter</source>
        <translation>Numéro de colis, commande, nom, numéro de chargement, scellé ou date, puis Entrée</translation>
    </message>
    <message>
        <location filename="../../../s321_desk/ui/lookup/history_view.py" line="350"/>
        <source>Trips found for {text}: their papers can be printed again.</source>
        <translation>Chargements trouvés pour {text}&#xa0;: leurs documents peuvent être réimprimés.</translation>
    </message>
    <message>
        <location filename="../../../s321_desk/ui/lookup/history_view.py" line="353"/>
        <source>Nothing found for {text} (a parcel id, an order, a name, a trip number, a seal or a date).</source>
        <translation>Rien de trouvé pour {text} (un numéro de colis, une commande, un nom, un numéro de chargement, un scellé ou une date).</translation>
    </message>
    <message>
        <location filename="../../../s321_desk/ui/lookup/history_view.py" line="358"/>
        <source>{count} parcel found for {text} (by {by}), newest first.</source>
        <translation>{count} colis trouvé pour {text} (par {by}), le plus récent en premier.</translation>
    </message>
    <message numerus="yes">
        <location filename="../../../s321_desk/ui/lookup/history_view.py" line="360"/>
        <source>{count} parcels found for {text} (by {by}), newest first.</source>
        <translation>
            <numerusform>{count} colis trouvé pour {text} (par {by}), le plus récent en premier.</numerusform>
            <numerusform>{count} colis trouvés pour {text} (par {by}), le plus récent en premier.</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../../s321_desk/ui/lookup/history_view.py" line="376"/>
        <source>route {route} ({words})</source>
        <translation>acheminement {route} ({words})</translation>
    </message>
    <message>
        <location filename="../../../s321_desk/ui/lookup/history_view.py" line="377"/>
        <source>no route yet</source>
        <translation>pas encore d&apos;acheminement</translation>
    </message>
    <message>
        <location filename="../../../s321_desk/ui/lookup/history_view.py" line="378"/>
        <source>Parcel {parcel} · {status} · {route}</source>
        <translation>Colis {parcel} · {status} · {route}</translation>
    </message>
    <message>
        <location filename="../../../s321_desk/ui/lookup/history_view.py" line="401"/>
        <source>the database is busy or cannot be read ({error}); try again</source>
        <translation>la base de données est occupée ou illisible ({error}); réessayez</translation>
    </message>
    <message>
        <location filename="../../../s321_desk/ui/lookup/history_view.py" line="421"/>
        <source>Reprint: find and select a parcel first.</source>
        <translation>Réimprimer&#xa0;: trouvez et sélectionnez d&apos;abord un colis.</translation>
    </message>
    <message>
        <location filename="../../../s321_desk/ui/lookup/history_view.py" line="430"/>
        <source>Reprint label</source>
        <translation>Réimprimer l&apos;étiquette</translation>
    </message>
    <message>
        <location filename="../../../s321_desk/ui/lookup/history_view.py" line="430"/>
        <source>Reprint the label of parcel {parcel}: a supervisor&apos;s decision, recorded with the reason.</source>
        <translation>Réimprimer l&apos;étiquette du colis {parcel}&#xa0;: une décision de superviseur, consignée avec le motif.</translation>
    </message>
    <message>
        <location filename="../../../s321_desk/ui/lookup/history_view.py" line="444"/>
        <source>LABEL NOT PRINTED: {error}</source>
        <translation>ÉTIQUETTE NON IMPRIMÉE&#xa0;: {error}</translation>
    </message>
    <message>
        <location filename="../../../s321_desk/ui/lookup/history_view.py" line="463"/>
        <source>Packed at {station}, opened {opened}, closed {closed}</source>
        <translation>Emballé au poste {station}, ouvert {opened}, fermé {closed}</translation>
    </message>
    <message>
        <location filename="../../../s321_desk/ui/lookup/history_view.py" line="465"/>
        <source>Packed at {station}, opened {opened}</source>
        <translation>Emballé au poste {station}, ouvert {opened}</translation>
    </message>
    <message>
        <location filename="../../../s321_desk/ui/lookup/history_view.py" line="468"/>
        <source>Order {order} of {when} ({currency})</source>
        <translation>Commande {order} du {when} ({currency})</translation>
    </message>
    <message>
        <location filename="../../../s321_desk/ui/lookup/history_view.py" line="470"/>
        <source>Ship to {address}</source>
        <translation>Livrer à {address}</translation>
    </message>
    <message>
        <location filename="../../../s321_desk/ui/lookup/history_view.py" line="475"/>
        <source>Crossing {when} at port {port} (US day {day})</source>
        <translation>Passage {when} au point d&apos;entrée {port} (jour américain {day})</translation>
    </message>
    <message>
        <location filename="../../../s321_desk/ui/lookup/history_view.py" line="482"/>
        <source>value {value}</source>
        <translation>valeur {value}</translation>
    </message>
    <message>
        <location filename="../../../s321_desk/ui/lookup/history_view.py" line="486"/>
        <source>on truck {trip}, SCN {scn}</source>
        <translation>dans le camion {trip}, SCN {scn}</translation>
    </message>
    <message>
        <location filename="../../../s321_desk/ui/lookup/history_view.py" line="487"/>
        <source>on truck {trip}</source>
        <translation>dans le camion {trip}</translation>
    </message>
    <message>
        <location filename="../../../s321_desk/ui/lookup/history_view.py" line="495"/>
        <source>needs a supervisor&apos;s decision</source>
        <translation>requiert la décision d&apos;un superviseur</translation>
    </message>
    <message>
        <location filename="../../../s321_desk/ui/lookup/history_view.py" line="497"/>
        <source>held by a supervisor</source>
        <translation>retenu par un superviseur</translation>
    </message>
    <message>
        <location filename="../../../s321_desk/ui/lookup/history_view.py" line="499"/>
        <source>route {route} accepted</source>
        <translation>acheminement {route} accepté</translation>
    </message>
    <message>
        <location filename="../../../s321_desk/ui/lookup/history_view.py" line="502"/>
        <source>acknowledged {codes}</source>
        <translation>pris acte de {codes}</translation>
    </message>
    <message>
        <location filename="../../../s321_desk/ui/lookup/history_view.py" line="505"/>
        <source>Decisions: {decisions}</source>
        <translation>Décisions&#xa0;: {decisions}</translation>
    </message>
</context>
</TS>
