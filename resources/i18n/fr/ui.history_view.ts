<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="fr">
<context>
    <name>HistoryView</name>
    <message>
        <location filename="../../../s321_desk/ui/history_view.py" line="65"/>
        <source>{status}, decision needed</source>
        <translation>{status}, décision requise</translation>
    </message>
    <message>
        <location filename="../../../s321_desk/ui/history_view.py" line="73"/>
        <source>Parcel</source>
        <translation>Colis</translation>
    </message>
    <message>
        <location filename="../../../s321_desk/ui/history_view.py" line="74"/>
        <source>Order</source>
        <translation>Commande</translation>
    </message>
    <message>
        <location filename="../../../s321_desk/ui/history_view.py" line="75"/>
        <source>Recipient</source>
        <translation>Destinataire</translation>
    </message>
    <message>
        <location filename="../../../s321_desk/ui/history_view.py" line="76"/>
        <source>Place</source>
        <translation>Lieu</translation>
    </message>
    <message>
        <location filename="../../../s321_desk/ui/history_view.py" line="78"/>
        <source>Status</source>
        <translation>État</translation>
    </message>
    <message>
        <location filename="../../../s321_desk/ui/history_view.py" line="79"/>
        <location filename="../../../s321_desk/ui/history_view.py" line="120"/>
        <source>Route</source>
        <translation>Acheminement</translation>
    </message>
    <message>
        <location filename="../../../s321_desk/ui/history_view.py" line="80"/>
        <source>US day</source>
        <translation>Jour américain</translation>
    </message>
    <message>
        <location filename="../../../s321_desk/ui/history_view.py" line="82"/>
        <source>Created</source>
        <translation>Créé</translation>
    </message>
    <message>
        <location filename="../../../s321_desk/ui/history_view.py" line="88"/>
        <source>(none)</source>
        <translation>(aucun)</translation>
    </message>
    <message>
        <location filename="../../../s321_desk/ui/history_view.py" line="92"/>
        <source>Description</source>
        <translation>Description</translation>
    </message>
    <message>
        <location filename="../../../s321_desk/ui/history_view.py" line="93"/>
        <source>Here</source>
        <translation>Ici</translation>
    </message>
    <message>
        <location filename="../../../s321_desk/ui/history_view.py" line="95"/>
        <source>Ordered</source>
        <translation>Commandé</translation>
    </message>
    <message>
        <location filename="../../../s321_desk/ui/history_view.py" line="110"/>
        <source>{version} as of {when}</source>
        <translation>{version} en date du {when}</translation>
    </message>
    <message>
        <location filename="../../../s321_desk/ui/history_view.py" line="116"/>
        <source>Evaluated</source>
        <translation>Évalué</translation>
    </message>
    <message>
        <location filename="../../../s321_desk/ui/history_view.py" line="122"/>
        <source>Value</source>
        <translation>Valeur</translation>
    </message>
    <message>
        <location filename="../../../s321_desk/ui/history_view.py" line="133"/>
        <source>Rules</source>
        <translation>Règles</translation>
    </message>
    <message>
        <location filename="../../../s321_desk/ui/history_view.py" line="135"/>
        <source>FX to USD</source>
        <translation>Change en USD</translation>
    </message>
    <message>
        <location filename="../../../s321_desk/ui/history_view.py" line="127"/>
        <source>Codes</source>
        <translation>Codes</translation>
    </message>
    <message>
        <location filename="../../../s321_desk/ui/history_view.py" line="129"/>
        <source>Judged against</source>
        <translation>Jugé avec</translation>
    </message>
    <message>
        <location filename="../../../s321_desk/ui/history_view.py" line="144"/>
        <source>not recorded</source>
        <translation>non consigné</translation>
    </message>
    <message>
        <location filename="../../../s321_desk/ui/history_view.py" line="146"/>
        <source>no other parcel</source>
        <translation>aucun autre colis</translation>
    </message>
    <message>
        <location filename="../../../s321_desk/ui/history_view.py" line="156"/>
        <source>{n}. {parcel}: {how}, {value} USD{route}</source>
        <translation>{n}. {parcel}&#xa0;: {how}, {value} USD{route}</translation>
    </message>
    <message>
        <location filename="../../../s321_desk/ui/history_view.py" line="167"/>
        <source>crossed earlier</source>
        <translation>passé avant</translation>
    </message>
    <message>
        <location filename="../../../s321_desk/ui/history_view.py" line="168"/>
        <source>crosses at the same time</source>
        <translation>passe en même temps</translation>
    </message>
    <message>
        <location filename="../../../s321_desk/ui/history_view.py" line="169"/>
        <source>same truck</source>
        <translation>même camion</translation>
    </message>
    <message>
        <location filename="../../../s321_desk/ui/history_view.py" line="170"/>
        <source>filed on a later sealed truck</source>
        <translation>déclaré dans un camion scellé plus tardif</translation>
    </message>
    <message>
        <location filename="../../../s321_desk/ui/history_view.py" line="171"/>
        <source>same order</source>
        <translation>même commande</translation>
    </message>
    <message>
        <location filename="../../../s321_desk/ui/history_view.py" line="184"/>
        <source>When</source>
        <translation>Quand</translation>
    </message>
    <message>
        <location filename="../../../s321_desk/ui/history_view.py" line="186"/>
        <source>Action</source>
        <translation>Action</translation>
    </message>
    <message>
        <location filename="../../../s321_desk/ui/history_view.py" line="187"/>
        <source>Who</source>
        <translation>Qui</translation>
    </message>
    <message>
        <location filename="../../../s321_desk/ui/history_view.py" line="188"/>
        <source>Station</source>
        <translation>Poste</translation>
    </message>
    <message>
        <location filename="../../../s321_desk/ui/history_view.py" line="189"/>
        <source>Reason</source>
        <translation>Motif</translation>
    </message>
    <message>
        <location filename="../../../s321_desk/ui/history_view.py" line="190"/>
        <source>Details</source>
        <translation>Détails</translation>
    </message>
    <message>
        <location filename="../../../s321_desk/ui/history_view.py" line="230"/>
        <source>Parcel id, order or name, then Enter</source>
        <translation>Numéro de colis, commande ou nom, puis Entrée</translation>
    </message>
    <message>
        <location filename="../../../s321_desk/ui/history_view.py" line="233"/>
        <source>Fi&amp;nd:</source>
        <translation>&amp;Trouver&#xa0;:</translation>
    </message>
    <message>
        <location filename="../../../s321_desk/ui/history_view.py" line="236"/>
        <source>&amp;Search</source>
        <translation>Re&amp;chercher</translation>
    </message>
    <message>
        <location filename="../../../s321_desk/ui/history_view.py" line="238"/>
        <source>&amp;Reprint label...</source>
        <translation>&amp;Réimprimer l&apos;étiquette...</translation>
    </message>
    <message>
        <location filename="../../../s321_desk/ui/history_view.py" line="266"/>
        <source>Order lines</source>
        <translation>Lignes de la commande</translation>
    </message>
    <message>
        <location filename="../../../s321_desk/ui/history_view.py" line="268"/>
        <source>Verdicts, oldest first</source>
        <translation>Verdicts, le plus ancien en premier</translation>
    </message>
    <message>
        <location filename="../../../s321_desk/ui/history_view.py" line="269"/>
        <source>Audit trail</source>
        <translation>Piste de vérification</translation>
    </message>
    <message>
        <location filename="../../../s321_desk/ui/history_view.py" line="300"/>
        <source>Type a parcel id, an order or a name, then Enter.</source>
        <translation>Tapez un numéro de colis, une commande ou un nom, puis Entrée.</translation>
    </message>
    <message>
        <location filename="../../../s321_desk/ui/history_view.py" line="302"/>
        <source>Searching for {text}...</source>
        <translation>Recherche de {text}...</translation>
    </message>
    <message>
        <location filename="../../../s321_desk/ui/history_view.py" line="334"/>
        <source>No parcel found for {text} (a parcel id, an order or a name).</source>
        <translation>Aucun colis trouvé pour {text} (un numéro de colis, une commande ou un nom).</translation>
    </message>
    <message>
        <location filename="../../../s321_desk/ui/history_view.py" line="339"/>
        <source>{count} parcel found for {text} (by {by}), newest first.</source>
        <translation>{count} colis trouvé pour {text} (par {by}), le plus récent en premier.</translation>
    </message>
    <message numerus="yes">
        <location filename="../../../s321_desk/ui/history_view.py" line="341"/>
        <source>{count} parcels found for {text} (by {by}), newest first.</source>
        <translation>
            <numerusform>{count} colis trouvé pour {text} (par {by}), le plus récent en premier.</numerusform>
            <numerusform>{count} colis trouvés pour {text} (par {by}), le plus récent en premier.</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../../s321_desk/ui/history_view.py" line="357"/>
        <source>route {route} ({words})</source>
        <translation>acheminement {route} ({words})</translation>
    </message>
    <message>
        <location filename="../../../s321_desk/ui/history_view.py" line="358"/>
        <source>no route yet</source>
        <translation>pas encore d&apos;acheminement</translation>
    </message>
    <message>
        <location filename="../../../s321_desk/ui/history_view.py" line="359"/>
        <source>Parcel {parcel} · {status} · {route}</source>
        <translation>Colis {parcel} · {status} · {route}</translation>
    </message>
    <message>
        <location filename="../../../s321_desk/ui/history_view.py" line="382"/>
        <source>the database is busy or cannot be read ({error}); try again</source>
        <translation>la base de données est occupée ou illisible ({error}); réessayez</translation>
    </message>
    <message>
        <location filename="../../../s321_desk/ui/history_view.py" line="402"/>
        <source>Reprint: find and select a parcel first.</source>
        <translation>Réimprimer&#xa0;: trouvez et sélectionnez d&apos;abord un colis.</translation>
    </message>
    <message>
        <location filename="../../../s321_desk/ui/history_view.py" line="411"/>
        <source>Reprint label</source>
        <translation>Réimprimer l&apos;étiquette</translation>
    </message>
    <message>
        <location filename="../../../s321_desk/ui/history_view.py" line="411"/>
        <source>Reprint the label of parcel {parcel}: a supervisor&apos;s decision, recorded with the reason.</source>
        <translation>Réimprimer l&apos;étiquette du colis {parcel}&#xa0;: une décision de superviseur, consignée avec le motif.</translation>
    </message>
    <message>
        <location filename="../../../s321_desk/ui/history_view.py" line="425"/>
        <source>LABEL NOT PRINTED: {error}</source>
        <translation>ÉTIQUETTE NON IMPRIMÉE&#xa0;: {error}</translation>
    </message>
    <message>
        <location filename="../../../s321_desk/ui/history_view.py" line="444"/>
        <source>Packed at {station}, opened {opened}, closed {closed}</source>
        <translation>Emballé au poste {station}, ouvert {opened}, fermé {closed}</translation>
    </message>
    <message>
        <location filename="../../../s321_desk/ui/history_view.py" line="446"/>
        <source>Packed at {station}, opened {opened}</source>
        <translation>Emballé au poste {station}, ouvert {opened}</translation>
    </message>
    <message>
        <location filename="../../../s321_desk/ui/history_view.py" line="449"/>
        <source>Order {order} of {when} ({currency})</source>
        <translation>Commande {order} du {when} ({currency})</translation>
    </message>
    <message>
        <location filename="../../../s321_desk/ui/history_view.py" line="451"/>
        <source>Ship to {address}</source>
        <translation>Livrer à {address}</translation>
    </message>
    <message>
        <location filename="../../../s321_desk/ui/history_view.py" line="456"/>
        <source>Crossing {when} at port {port} (US day {day})</source>
        <translation>Passage {when} au point d&apos;entrée {port} (jour américain {day})</translation>
    </message>
    <message>
        <location filename="../../../s321_desk/ui/history_view.py" line="463"/>
        <source>value {value}</source>
        <translation>valeur {value}</translation>
    </message>
    <message>
        <location filename="../../../s321_desk/ui/history_view.py" line="467"/>
        <source>on truck {trip}, SCN {scn}</source>
        <translation>dans le camion {trip}, SCN {scn}</translation>
    </message>
    <message>
        <location filename="../../../s321_desk/ui/history_view.py" line="468"/>
        <source>on truck {trip}</source>
        <translation>dans le camion {trip}</translation>
    </message>
    <message>
        <location filename="../../../s321_desk/ui/history_view.py" line="476"/>
        <source>needs a supervisor&apos;s decision</source>
        <translation>requiert la décision d&apos;un superviseur</translation>
    </message>
    <message>
        <location filename="../../../s321_desk/ui/history_view.py" line="478"/>
        <source>held by a supervisor</source>
        <translation>retenu par un superviseur</translation>
    </message>
    <message>
        <location filename="../../../s321_desk/ui/history_view.py" line="480"/>
        <source>route {route} accepted</source>
        <translation>acheminement {route} accepté</translation>
    </message>
    <message>
        <location filename="../../../s321_desk/ui/history_view.py" line="483"/>
        <source>acknowledged {codes}</source>
        <translation>pris acte de {codes}</translation>
    </message>
    <message>
        <location filename="../../../s321_desk/ui/history_view.py" line="486"/>
        <source>Decisions: {decisions}</source>
        <translation>Décisions&#xa0;: {decisions}</translation>
    </message>
</context>
</TS>
