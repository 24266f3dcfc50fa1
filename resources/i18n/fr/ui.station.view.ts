<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="fr">
<context>
    <name>PackingStation</name>
    <message>
        <location filename="../../../s321_desk/ui/station/view.py" line="81"/>
        <source>Scan an order, an item or a command</source>
        <translation>Balayez une commande, un article ou une instruction</translation>
    </message>
    <message>
        <location filename="../../../s321_desk/ui/station/view.py" line="123"/>
        <source>Station {station}</source>
        <translation>Poste {station}</translation>
    </message>
    <message>
        <location filename="../../../s321_desk/ui/station/view.py" line="139"/>
        <source>Scan:</source>
        <translation>Balayage&#xa0;:</translation>
    </message>
    <message>
        <location filename="../../../s321_desk/ui/station/view.py" line="162"/>
        <source>No parcel open</source>
        <translation>Aucun colis ouvert</translation>
    </message>
    <message>
        <location filename="../../../s321_desk/ui/station/view.py" line="170"/>
        <source>Scans, newest first</source>
        <translation>Balayages, le plus récent en premier</translation>
    </message>
    <message>
        <location filename="../../../s321_desk/ui/station/view.py" line="175"/>
        <source> or </source>
        <translation> ou </translation>
    </message>
    <message>
        <location filename="../../../s321_desk/ui/station/view.py" line="265"/>
        <source>scan {scan}: {error}</source>
        <translation>balayage {scan}&#xa0;: {error}</translation>
    </message>
    <message>
        <location filename="../../../s321_desk/ui/station/view.py" line="274"/>
        <source>the database is busy or cannot be written ({error}); nothing changed: scan {scan} again</source>
        <translation>la base de données est occupée ou ne peut être écrite ({error})&#xa0;; rien n&apos;a changé&#xa0;: balayez {scan} de nouveau</translation>
    </message>
    <message>
        <location filename="../../../s321_desk/ui/station/view.py" line="291"/>
        <source>REFUSED  {code}</source>
        <translation>REFUSÉ  {code}</translation>
    </message>
    <message>
        <location filename="../../../s321_desk/ui/station/view.py" line="295"/>
        <source>{item}  ({packed} of {ordered})</source>
        <translation>{item}  ({packed} sur {ordered})</translation>
    </message>
    <message>
        <location filename="../../../s321_desk/ui/station/view.py" line="297"/>
        <source>{item}: {packed} of {ordered}</source>
        <translation>{item}&#xa0;: {packed} sur {ordered}</translation>
    </message>
    <message>
        <location filename="../../../s321_desk/ui/station/view.py" line="299"/>
        <source>HAZMAT  {mark}</source>
        <translation>MAT. DANGEREUSES  {mark}</translation>
    </message>
    <message>
        <location filename="../../../s321_desk/ui/station/view.py" line="301"/>
        <source>DANGEROUS GOODS {mark}: {said}. Pack it as the carrier requires; the label carries the mark</source>
        <translation>MARCHANDISES DANGEREUSES {mark}&#xa0;: {said}. Emballez-les comme le transporteur l&apos;exige&#xa0;; l&apos;étiquette en porte la marque</translation>
    </message>
    <message>
        <location filename="../../../s321_desk/ui/station/view.py" line="308"/>
        <source>HOLD AHEAD: {item}: {why}. This parcel will be held at its close: keep the box open and call a supervisor (F6 holds it now).</source>
        <translation>RETENUE À VENIR&#xa0;: {item}&#xa0;: {why}. Ce colis sera retenu à sa fermeture&#xa0;: gardez la boîte ouverte et appelez un superviseur (F6 le retient maintenant).</translation>
    </message>
    <message>
        <location filename="../../../s321_desk/ui/station/view.py" line="318"/>
        <source>{scan}: not an order; scan an order&apos;s pick ticket first to open its parcel</source>
        <translation>{scan}&#xa0;: n&apos;est pas une commande&#xa0;; balayez d&apos;abord le bon de préparation d&apos;une commande pour ouvrir son colis</translation>
    </message>
    <message>
        <location filename="../../../s321_desk/ui/station/view.py" line="322"/>
        <source>Already packing order {order} (parcel {parcel})</source>
        <translation>Commande {order} déjà en emballage (colis {parcel})</translation>
    </message>
    <message>
        <location filename="../../../s321_desk/ui/station/view.py" line="326"/>
        <source>{scan} is another order: parcel {parcel} of order {order} is not closed; close it (F12) or undo its items first</source>
        <translation>{scan} est une autre commande&#xa0;: le colis {parcel} de la commande {order} n&apos;est pas fermé&#xa0;; fermez-le (F12) ou défaites d&apos;abord ses articles</translation>
    </message>
    <message>
        <location filename="../../../s321_desk/ui/station/view.py" line="335"/>
        <source>ORDER  {order}  parcel {parcel}</source>
        <translation>COMMANDE  {order}  colis {parcel}</translation>
    </message>
    <message numerus="yes">
        <location filename="../../../s321_desk/ui/station/view.py" line="339"/>
        <source>Order {order}: parcel {parcel}, resumed with {items} item(s) in it</source>
        <translation>
            <numerusform>Commande {order}&#xa0;: colis {parcel}, repris avec {items} article dedans</numerusform>
            <numerusform>Commande {order}&#xa0;: colis {parcel}, repris avec {items} articles dedans</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../../s321_desk/ui/station/view.py" line="342"/>
        <source>Order {order}: parcel {parcel}</source>
        <translation>Commande {order}&#xa0;: colis {parcel}</translation>
    </message>
    <message>
        <location filename="../../../s321_desk/ui/station/view.py" line="350"/>
        <source>CMD-UNDO: no parcel open; nothing to undo</source>
        <translation>CMD-UNDO&#xa0;: aucun colis ouvert&#xa0;; rien à défaire</translation>
    </message>
    <message>
        <location filename="../../../s321_desk/ui/station/view.py" line="356"/>
        <source>UNDONE  {scan}</source>
        <translation>DÉFAIT  {scan}</translation>
    </message>
    <message>
        <location filename="../../../s321_desk/ui/station/view.py" line="361"/>
        <source>UNDO  {item}</source>
        <translation>DÉFAIRE  {item}</translation>
    </message>
    <message>
        <location filename="../../../s321_desk/ui/station/view.py" line="362"/>
        <source>Undone: {item}; take it out of the box</source>
        <translation>Défait&#xa0;: {item}&#xa0;; retirez-le de la boîte</translation>
    </message>
    <message>
        <location filename="../../../s321_desk/ui/station/view.py" line="370"/>
        <source>CMD-CLOSE: no parcel open; scan an order first</source>
        <translation>CMD-CLOSE&#xa0;: aucun colis ouvert&#xa0;; balayez d&apos;abord une commande</translation>
    </message>
    <message>
        <location filename="../../../s321_desk/ui/station/view.py" line="388"/>
        <source>SHORT  confirmed by {by}: {missing}</source>
        <translation>INCOMPLET  confirmé par {by}&#xa0;: {missing}</translation>
    </message>
    <message>
        <location filename="../../../s321_desk/ui/station/view.py" line="395"/>
        <source>CLOSED  {verdict}  route {route}</source>
        <translation>FERMÉ  {verdict}  acheminement {route}</translation>
    </message>
    <message>
        <location filename="../../../s321_desk/ui/station/view.py" line="398"/>
        <source>Parcel {parcel} closed: {verdict}</source>
        <translation>Colis {parcel} fermé&#xa0;: {verdict}</translation>
    </message>
    <message>
        <location filename="../../../s321_desk/ui/station/view.py" line="434"/>
        <source>NOT PRINTED ({parcel}): {error}</source>
        <translation>PAS IMPRIMÉ ({parcel})&#xa0;: {error}</translation>
    </message>
    <message>
        <location filename="../../../s321_desk/ui/station/view.py" line="438"/>
        <source>RELABEL {parcel}: its printed label is superseded; put label {version} on the box</source>
        <translation>RÉÉTIQUETER {parcel}&#xa0;: son étiquette imprimée est périmée&#xa0;; posez l&apos;étiquette {version} sur la boîte</translation>
    </message>
    <message>
        <location filename="../../../s321_desk/ui/station/view.py" line="443"/>
        <source>{kind} TAG  {parcel}</source>
        <translation>FICHE {kind}  {parcel}</translation>
    </message>
    <message>
        <location filename="../../../s321_desk/ui/station/view.py" line="458"/>
        <source>Label {parcel}</source>
        <translation>Étiquette {parcel}</translation>
    </message>
    <message>
        <location filename="../../../s321_desk/ui/station/view.py" line="459"/>
        <source>{kind} tag {parcel}</source>
        <translation>Étiquette {kind} {parcel}</translation>
    </message>
    <message>
        <location filename="../../../s321_desk/ui/station/view.py" line="472"/>
        <source>No label for {parcel}: {step}</source>
        <translation>Pas d&apos;étiquette pour {parcel}&#xa0;: {step}</translation>
    </message>
    <message>
        <location filename="../../../s321_desk/ui/station/view.py" line="480"/>
        <source>LABEL NOT PRINTED: {error}</source>
        <translation>ÉTIQUETTE NON IMPRIMÉE&#xa0;: {error}</translation>
    </message>
    <message>
        <location filename="../../../s321_desk/ui/station/view.py" line="491"/>
        <source>{command}: no parcel on the screen; close a parcel first</source>
        <translation>{command}&#xa0;: aucun colis à l&apos;écran&#xa0;; fermez d&apos;abord un colis</translation>
    </message>
    <message>
        <location filename="../../../s321_desk/ui/station/view.py" line="499"/>
        <source>{command}: parcel {parcel} is still open; close it first (F12)</source>
        <translation>{command}&#xa0;: le colis {parcel} est encore ouvert&#xa0;; fermez-le d&apos;abord (F12)</translation>
    </message>
    <message>
        <location filename="../../../s321_desk/ui/station/view.py" line="551"/>
        <source>{command}: no parcel open; scan an order first</source>
        <translation>{command}&#xa0;: aucun colis ouvert&#xa0;; balayez d&apos;abord une commande</translation>
    </message>
    <message>
        <location filename="../../../s321_desk/ui/station/view.py" line="555"/>
        <source>{command}: every item of order {order} still to pack has a SKU or barcode: scan it</source>
        <translation>{command}&#xa0;: chaque article de la commande {order} encore à emballer a un SKU ou un code-barres&#xa0;: balayez-le</translation>
    </message>
    <message>
        <location filename="../../../s321_desk/ui/station/view.py" line="558"/>
        <source>Paused: a supervisor is counting</source>
        <translation>En pause&#xa0;: un superviseur compte</translation>
    </message>
    <message>
        <location filename="../../../s321_desk/ui/station/view.py" line="560"/>
        <source>COUNT: a supervisor counts the items of a line with nothing to scan (Enter: next, Esc: cancel)</source>
        <translation>COMPTE&#xa0;: un superviseur compte les articles d&apos;une ligne sans rien à balayer (Entrée&#xa0;: suivant, Échap&#xa0;: annuler)</translation>
    </message>
    <message>
        <location filename="../../../s321_desk/ui/station/view.py" line="575"/>
        <source>{item}  ({packed} of {ordered}), counted by {by}</source>
        <translation>{item}  ({packed} sur {ordered}), compté par {by}</translation>
    </message>
    <message>
        <location filename="../../../s321_desk/ui/station/view.py" line="577"/>
        <source>{item}: {packed} of {ordered}, counted by {by}</source>
        <translation>{item}&#xa0;: {packed} sur {ordered}, compté par {by}</translation>
    </message>
    <message>
        <location filename="../../../s321_desk/ui/station/view.py" line="584"/>
        <source>Scan {scan} waits until the supervisor is done</source>
        <translation>Le balayage {scan} attend que le superviseur ait fini</translation>
    </message>
    <message>
        <location filename="../../../s321_desk/ui/station/view.py" line="595"/>
        <source>Nobody signed for a minute: cancelled, nothing changed</source>
        <translation>Personne n&apos;a signé depuis une minute&#xa0;: annulé, rien n&apos;a changé</translation>
    </message>
    <message>
        <location filename="../../../s321_desk/ui/station/view.py" line="609"/>
        <source>{command}: no supervisor can sign yet; create the administrator first</source>
        <translation>{command}&#xa0;: aucun superviseur ne peut encore signer&#xa0;; créez d&apos;abord l&apos;administrateur</translation>
    </message>
    <message>
        <location filename="../../../s321_desk/ui/station/view.py" line="501"/>
        <source>Paused: a supervisor is signing</source>
        <translation>En pause&#xa0;: un superviseur signe</translation>
    </message>
    <message>
        <location filename="../../../s321_desk/ui/station/view.py" line="503"/>
        <source>{action} {parcel}: a supervisor signs below (Enter: next, Esc: cancel)</source>
        <translation>{action} {parcel}&#xa0;: un superviseur signe ci-dessous (Échap&#xa0;: annuler)</translation>
    </message>
    <message>
        <location filename="../../../s321_desk/ui/station/view.py" line="536"/>
        <source>{action}  by {by}: {reason}</source>
        <translation>{action}  par {by}&#xa0;: {reason}</translation>
    </message>
    <message>
        <location filename="../../../s321_desk/ui/station/view.py" line="539"/>
        <source>{action} of {parcel} by {by}</source>
        <translation>{action}&#xa0;: {parcel}, par {by}</translation>
    </message>
    <message>
        <location filename="../../../s321_desk/ui/station/view.py" line="601"/>
        <source>{action} cancelled: nothing changed</source>
        <translation>{action}&#xa0;: abandonné, rien n&apos;a changé</translation>
    </message>
    <message>
        <location filename="../../../s321_desk/ui/station/view.py" line="636"/>
        <source>Route {route} ({meaning})</source>
        <translation>Acheminement {route} ({meaning})</translation>
    </message>
    <message>
        <location filename="../../../s321_desk/ui/station/view.py" line="637"/>
        <source>see the rules</source>
        <translation>voir les règles</translation>
    </message>
    <message>
        <location filename="../../../s321_desk/ui/station/view.py" line="640"/>
        <source>Parcel {parcel} · order {order} · crosses {day} at {port}</source>
        <translation>Colis {parcel} · commande {order} · passe la frontière le {day} à {port}</translation>
    </message>
    <message>
        <location filename="../../../s321_desk/ui/station/view.py" line="665"/>
        <source>SHORT: {packed} of {ordered} packed; missing {missing}</source>
        <translation>INCOMPLET&#xa0;: {packed} sur {ordered} emballés; il manque {missing}</translation>
    </message>
    <message>
        <location filename="../../../s321_desk/ui/station/view.py" line="672"/>
        <source>{item}: {count} missing</source>
        <translation>{item}&#xa0;: {count} manquant(s)</translation>
    </message>
    <message>
        <location filename="../../../s321_desk/ui/station/view.py" line="679"/>
        <source>Not closed: {missing} missing. Scan CMD-SHORT to close it short, or F12 again for a supervisor.</source>
        <translation>Non fermé&#xa0;: il manque {missing}. Balayez CMD-SHORT pour le fermer incomplet, ou F12 de nouveau pour un superviseur.</translation>
    </message>
    <message>
        <location filename="../../../s321_desk/ui/station/view.py" line="684"/>
        <source>{count} of {item}</source>
        <translation>{count} de {item}</translation>
    </message>
    <message>
        <location filename="../../../s321_desk/ui/station/view.py" line="697"/>
        <source>Order {order}: {packed} of {ordered} packed</source>
        <translation>Commande {order}&#xa0;: {packed} sur {ordered} emballés</translation>
    </message>
    <message numerus="yes">
        <location filename="../../../s321_desk/ui/station/view.py" line="704"/>
        <source>All {ordered} items packed: close it (F12).</source>
        <translation>
            <numerusform>{ordered} article emballé&#xa0;: fermez le colis (F12).</numerusform>
            <numerusform>Les {ordered} articles sont emballés&#xa0;: fermez le colis (F12).</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../../s321_desk/ui/station/view.py" line="706"/>
        <source>{packed} of {ordered} items packed</source>
        <translation>
            <numerusform>{packed} sur {ordered} article emballé</numerusform>
            <numerusform>{packed} sur {ordered} articles emballés</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../../s321_desk/ui/station/view.py" line="668"/>
        <location filename="../../../s321_desk/ui/station/view.py" line="708"/>
        <source>Parcel {parcel} · order {order}. {step}</source>
        <translation>Colis {parcel} · commande {order}. {step}</translation>
    </message>
    <message>
        <location filename="../../../s321_desk/ui/station/view.py" line="732"/>
        <source>REFUSED: {why}</source>
        <translation>REFUSÉ&#xa0;: {why}</translation>
    </message>
</context>
</TS>
