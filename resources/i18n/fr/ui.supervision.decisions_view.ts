<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="fr">
<context>
    <name>DecisionsView</name>
    <message>
        <location filename="../../../s321_desk/ui/supervision/decisions_view.py" line="206"/>
        <source>The same for the other parcels of the conflict: {parcels}.</source>
        <translation>De même pour les autres colis du conflit&#xa0;: {parcels}.</translation>
    </message>
    <message>
        <location filename="../../../s321_desk/ui/supervision/decisions_view.py" line="208"/>
        <source>{action}: {parcel}</source>
        <translation>{action}&#xa0;: {parcel}</translation>
    </message>
    <message>
        <location filename="../../../s321_desk/ui/supervision/decisions_view.py" line="212"/>
        <source>{action} {parcel}: cancelled, nothing changed.</source>
        <translation>{action} {parcel}&#xa0;: annulé, rien n&apos;a changé.</translation>
    </message>
    <message>
        <location filename="../../../s321_desk/ui/supervision/decisions_view.py" line="229"/>
        <source>No action is suggested for this parcel: choose one (Alt + its letter).</source>
        <translation>Aucune action n&apos;est suggérée pour ce colis&#xa0;: choisissez-en une (Alt + sa lettre).</translation>
    </message>
    <message>
        <location filename="../../../s321_desk/ui/supervision/decisions_view.py" line="261"/>
        <source>{done} The same for {parcels}.</source>
        <translation>{done} De même pour {parcels}.</translation>
    </message>
    <message>
        <location filename="../../../s321_desk/ui/supervision/decisions_view.py" line="274"/>
        <source>parcel {parcel} ({recipient}, order {order})</source>
        <translation>colis {parcel} ({recipient}, commande {order})</translation>
    </message>
    <message>
        <location filename="../../../s321_desk/ui/supervision/decisions_view.py" line="281"/>
        <source>Accept route {route} for {who}: it ships as {route}.</source>
        <translation>Accepter l&apos;acheminement {route} pour le {who}&#xa0;: il part en {route}.</translation>
    </message>
    <message>
        <location filename="../../../s321_desk/ui/supervision/decisions_view.py" line="282"/>
        <source>Acknowledge the warnings of {who}: {summary}.</source>
        <translation>Prendre acte des avertissements du {who}&#xa0;: {summary}.</translation>
    </message>
    <message>
        <location filename="../../../s321_desk/ui/supervision/decisions_view.py" line="283"/>
        <source>Defer {who} to the truck of {when}: it leaves this crossing day.</source>
        <translation>Reporter le {who} au camion du {when}&#xa0;: il quitte ce jour de passage.</translation>
    </message>
    <message>
        <location filename="../../../s321_desk/ui/supervision/decisions_view.py" line="284"/>
        <source>Consolidate {who} into {into}: its items move there and this parcel is voided.</source>
        <translation>Regrouper le {who} dans {into}&#xa0;: ses articles y passent et ce colis est annulé.</translation>
    </message>
    <message>
        <location filename="../../../s321_desk/ui/supervision/decisions_view.py" line="286"/>
        <source>Split {who} from {other}: the two names are two people at one address, from now on.</source>
        <translation>Séparer le {who} de {other}&#xa0;: les deux noms sont désormais deux personnes à une même adresse.</translation>
    </message>
    <message>
        <location filename="../../../s321_desk/ui/supervision/decisions_view.py" line="288"/>
        <source>Hold {who}: it does not ship until a supervisor releases it.</source>
        <translation>Retenir le {who}&#xa0;: il ne part pas avant qu&apos;un superviseur le libère.</translation>
    </message>
    <message>
        <location filename="../../../s321_desk/ui/supervision/decisions_view.py" line="289"/>
        <source>Release {who} from its hold.</source>
        <translation>Libérer le {who} de sa retenue.</translation>
    </message>
    <message>
        <location filename="../../../s321_desk/ui/supervision/decisions_view.py" line="290"/>
        <source>Void {who}: its items count as unpacked again.</source>
        <translation>Annuler le {who}&#xa0;: ses articles comptent de nouveau comme non emballés.</translation>
    </message>
    <message>
        <location filename="../../../s321_desk/ui/supervision/decisions_view.py" line="291"/>
        <source>Allow the label of {who} to be printed again (on the record).</source>
        <translation>Permettre de réimprimer l&apos;étiquette du {who} (consigné au dossier).</translation>
    </message>
    <message>
        <location filename="../../../s321_desk/ui/supervision/decisions_view.py" line="297"/>
        <source>The store is busy (another station is writing): try again in a moment.</source>
        <translation>La base de données est occupée (un autre poste écrit)&#xa0;: réessayez dans un moment.</translation>
    </message>
    <message>
        <location filename="../../../s321_desk/ui/supervision/decisions_view.py" line="307"/>
        <source>{first} and {second}</source>
        <translation>{first} et {second}</translation>
    </message>
    <message>
        <location filename="../../../s321_desk/ui/supervision/decisions_view.py" line="313"/>
        <source>Nothing to decide - crossing {days}</source>
        <translation>Rien à décider - passage du {days}</translation>
    </message>
    <message numerus="yes">
        <location filename="../../../s321_desk/ui/supervision/decisions_view.py" line="319"/>
        <source> (of them {count} of other days)</source>
        <translation>
            <numerusform> (dont {count} d&apos;un autre jour)</numerusform>
            <numerusform> (dont {count} d&apos;autres jours)</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../../s321_desk/ui/supervision/decisions_view.py" line="322"/>
        <source>{count} parcel waits for a decision{held} - crossing {days}</source>
        <translation>{count} colis attend une décision{held} - passage du {days}</translation>
    </message>
    <message numerus="yes">
        <location filename="../../../s321_desk/ui/supervision/decisions_view.py" line="325"/>
        <source>{count} parcels wait for a decision{held} - crossing {days}</source>
        <translation>
            <numerusform>{count} colis attend une décision{held} - passage du {days}</numerusform>
            <numerusform>{count} colis attendent une décision{held} - passage du {days}</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../../s321_desk/ui/supervision/decisions_view.py" line="361"/>
        <source>Select a parcel of the queue to see both sides and decide.</source>
        <translation>Sélectionnez un colis de la file pour voir les deux côtés et décider.</translation>
    </message>
    <message>
        <location filename="../../../s321_desk/ui/supervision/decisions_view.py" line="362"/>
        <source>{parcel} · {recipient} · order {order} · route {route}</source>
        <translation>{parcel} · {recipient} · commande {order} · acheminement {route}</translation>
    </message>
    <message>
        <location filename="../../../s321_desk/ui/supervision/decisions_view.py" line="373"/>
        <source>SEALED on truck {trip}: it crossed as filed ({filed}). Judged now it would be {judged}, after {cause}: acknowledge it (tell the broker) or reopen the truck in the loads view.</source>
        <translation>SCELLÉ dans le camion {trip}&#xa0;: il a passé comme déclaré ({filed}). Jugé maintenant, il serait {judged}, après {cause}&#xa0;: prenez-en acte (avertissez le courtier) ou rouvrez le camion dans la vue des chargements.</translation>
    </message>
    <message>
        <location filename="../../../s321_desk/ui/supervision/decisions_view.py" line="379"/>
        <source>HELD by a supervisor: it waits for a release (or a void).</source>
        <translation>RETENU par un superviseur&#xa0;: il attend une libération (ou une annulation).</translation>
    </message>
    <message>
        <location filename="../../../s321_desk/ui/supervision/decisions_view.py" line="380"/>
        <source>CANNOT SHIP: {message}</source>
        <translation>NE PEUT PAS PARTIR&#xa0;: {message}</translation>
    </message>
    <message>
        <location filename="../../../s321_desk/ui/supervision/decisions_view.py" line="380"/>
        <source>ROUTE: {message}</source>
        <translation>ACHEMINEMENT&#xa0;: {message}</translation>
    </message>
    <message>
        <location filename="../../../s321_desk/ui/supervision/decisions_view.py" line="381"/>
        <source>CHECK: {message}</source>
        <translation>À VÉRIFIER&#xa0;: {message}</translation>
    </message>
    <message>
        <location filename="../../../s321_desk/ui/supervision/decisions_view.py" line="384"/>
        <source>Decided before: {decision}</source>
        <translation>Décidé auparavant&#xa0;: {decision}</translation>
    </message>
    <message>
        <location filename="../../../s321_desk/ui/supervision/decisions_view.py" line="387"/>
        <source>No other parcel bears on it.</source>
        <translation>Aucun autre colis n&apos;est en cause.</translation>
    </message>
    <message>
        <location filename="../../../s321_desk/ui/supervision/decisions_view.py" line="389"/>
        <source>nothing (no harmless action to suggest)</source>
        <translation>rien (aucune action sans risque à suggérer)</translation>
    </message>
    <message>
        <location filename="../../../s321_desk/ui/supervision/decisions_view.py" line="390"/>
        <source>Enter opens: {action}.</source>
        <translation>Entrée ouvre&#xa0;: {action}.</translation>
    </message>
    <message>
        <location filename="../../../s321_desk/ui/supervision/decisions_view.py" line="432"/>
        <source>Both sides: the selected parcel (blue) and the parcels it bears on</source>
        <translation>Les deux côtés&#xa0;: le colis sélectionné (en bleu) et les colis en cause</translation>
    </message>
    <message>
        <location filename="../../../s321_desk/ui/supervision/decisions_view.py" line="447"/>
        <source>The new crossing (station time): the next day&apos;s truck</source>
        <translation>Le nouveau passage (heure du poste)&#xa0;: le camion du lendemain</translation>
    </message>
    <message>
        <location filename="../../../s321_desk/ui/supervision/decisions_view.py" line="450"/>
        <source>The parcel of the same person that takes this one&apos;s items</source>
        <translation>Le colis de la même personne qui reçoit les articles de celui-ci</translation>
    </message>
    <message>
        <location filename="../../../s321_desk/ui/supervision/decisions_view.py" line="452"/>
        <source>The parcel whose recipient is another person</source>
        <translation>Le colis dont le destinataire est une autre personne</translation>
    </message>
    <message>
        <location filename="../../../s321_desk/ui/supervision/decisions_view.py" line="456"/>
        <source>Whole &amp;group (Alt+G)</source>
        <translation>Tout le g&amp;roupe (Alt+R)</translation>
    </message>
    <message>
        <location filename="../../../s321_desk/ui/supervision/decisions_view.py" line="459"/>
        <source>Accept the route or acknowledge for every parcel of the conflict that waits for it, with one PIN and one reason</source>
        <translation>Accepter l&apos;acheminement ou prendre acte pour chaque colis du conflit qui l&apos;attend, avec un seul NIP et un seul motif</translation>
    </message>
</context>
</TS>
