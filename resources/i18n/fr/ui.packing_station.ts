<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="fr">
<context>
    <name>Look</name>
    <message>
        <location filename="../../../s321_desk/ui/packing_station.py" line="87"/>
        <source>READY</source>
        <translation>PRÊT</translation>
    </message>
    <message>
        <location filename="../../../s321_desk/ui/packing_station.py" line="88"/>
        <source>Scan an order&apos;s pick ticket.</source>
        <translation>Balayez le bon de préparation d&apos;une commande.</translation>
    </message>
    <message>
        <location filename="../../../s321_desk/ui/packing_station.py" line="89"/>
        <source>PACKING</source>
        <translation>EMBALLAGE</translation>
    </message>
    <message>
        <location filename="../../../s321_desk/ui/packing_station.py" line="90"/>
        <source>Scan each item, then close it (F12).</source>
        <translation>Balayez chaque article, puis fermez le colis (F12).</translation>
    </message>
    <message>
        <location filename="../../../s321_desk/ui/packing_station.py" line="91"/>
        <source>OK</source>
        <translation>OK</translation>
    </message>
    <message>
        <location filename="../../../s321_desk/ui/packing_station.py" line="92"/>
        <source>Put the label on: it ships.</source>
        <translation>Posez l&apos;étiquette&#xa0;: le colis part.</translation>
    </message>
    <message>
        <location filename="../../../s321_desk/ui/packing_station.py" line="93"/>
        <source>CHECK</source>
        <translation>VÉRIFIER</translation>
    </message>
    <message>
        <location filename="../../../s321_desk/ui/packing_station.py" line="94"/>
        <source>Set it aside: a supervisor decides.</source>
        <translation>Mettez-le de côté&#xa0;: un superviseur décide.</translation>
    </message>
    <message>
        <location filename="../../../s321_desk/ui/packing_station.py" line="95"/>
        <source>HOLD</source>
        <translation>RETENU</translation>
    </message>
    <message>
        <location filename="../../../s321_desk/ui/packing_station.py" line="96"/>
        <source>Do not ship: set it aside, held.</source>
        <translation>N&apos;expédiez pas&#xa0;: mettez-le de côté, retenu.</translation>
    </message>
    <message>
        <location filename="../../../s321_desk/ui/packing_station.py" line="97"/>
        <source>VOID</source>
        <translation>ANNULÉ</translation>
    </message>
    <message>
        <location filename="../../../s321_desk/ui/packing_station.py" line="98"/>
        <source>Unpack it: its items count as unpacked.</source>
        <translation>Déballez-le&#xa0;: ses articles comptent comme non emballés.</translation>
    </message>
</context>
<context>
    <name>PackingStation</name>
    <message>
        <location filename="../../../s321_desk/ui/packing_station.py" line="61"/>
        <source>de minimis, on the e-manifest</source>
        <translation>de minimis, sur le manifeste électronique</translation>
    </message>
    <message>
        <location filename="../../../s321_desk/ui/packing_station.py" line="62"/>
        <source>de minimis with agency data</source>
        <translation>de minimis avec les données des agences</translation>
    </message>
    <message>
        <location filename="../../../s321_desk/ui/packing_station.py" line="63"/>
        <source>informal entry by a broker</source>
        <translation>entrée informelle par un courtier</translation>
    </message>
    <message>
        <location filename="../../../s321_desk/ui/packing_station.py" line="64"/>
        <source>formal entry by a broker</source>
        <translation>entrée formelle par un courtier</translation>
    </message>
    <message>
        <location filename="../../../s321_desk/ui/packing_station.py" line="65"/>
        <source>formal entry, anti-dumping duty</source>
        <translation>entrée formelle, droits antidumping</translation>
    </message>
    <message>
        <location filename="../../../s321_desk/ui/packing_station.py" line="66"/>
        <source>cannot ship until fixed</source>
        <translation>ne peut partir avant d&apos;être corrigé</translation>
    </message>
    <message>
        <location filename="../../../s321_desk/ui/packing_station.py" line="70"/>
        <source>Close</source>
        <translation>Fermer</translation>
    </message>
    <message>
        <location filename="../../../s321_desk/ui/packing_station.py" line="71"/>
        <source>Undo</source>
        <translation>Défaire</translation>
    </message>
    <message>
        <location filename="../../../s321_desk/ui/packing_station.py" line="72"/>
        <source>Hold</source>
        <translation>Retenir</translation>
    </message>
    <message>
        <location filename="../../../s321_desk/ui/packing_station.py" line="73"/>
        <source>Reprint</source>
        <translation>Réimprimer</translation>
    </message>
    <message>
        <location filename="../../../s321_desk/ui/packing_station.py" line="74"/>
        <source>Void</source>
        <translation>Annuler</translation>
    </message>
    <message>
        <location filename="../../../s321_desk/ui/packing_station.py" line="80"/>
        <source>HOLD: </source>
        <translation>RETENU&#xa0;: </translation>
    </message>
    <message>
        <location filename="../../../s321_desk/ui/packing_station.py" line="81"/>
        <source>CHECK: </source>
        <translation>À VÉRIFIER&#xa0;: </translation>
    </message>
    <message>
        <location filename="../../../s321_desk/ui/packing_station.py" line="84"/>
        <source>Scan an order, an item or a command</source>
        <translation>Balayez une commande, un article ou une instruction</translation>
    </message>
    <message>
        <location filename="../../../s321_desk/ui/packing_station.py" line="150"/>
        <source>Station {station}</source>
        <translation>Poste {station}</translation>
    </message>
    <message>
        <location filename="../../../s321_desk/ui/packing_station.py" line="166"/>
        <source>Scan:</source>
        <translation>Balayage&#xa0;:</translation>
    </message>
    <message>
        <location filename="../../../s321_desk/ui/packing_station.py" line="177"/>
        <source>No parcel open</source>
        <translation>Aucun colis ouvert</translation>
    </message>
    <message>
        <location filename="../../../s321_desk/ui/packing_station.py" line="185"/>
        <source>Scans, newest first</source>
        <translation>Balayages, le plus récent en premier</translation>
    </message>
    <message>
        <location filename="../../../s321_desk/ui/packing_station.py" line="190"/>
        <source> or </source>
        <translation> ou </translation>
    </message>
    <message>
        <location filename="../../../s321_desk/ui/packing_station.py" line="268"/>
        <source>scan {scan}: {error}</source>
        <translation>balayage {scan}&#xa0;: {error}</translation>
    </message>
    <message>
        <location filename="../../../s321_desk/ui/packing_station.py" line="274"/>
        <source>the database is busy or cannot be written ({error}); nothing changed: scan {scan} again</source>
        <translation>la base de données est occupée ou ne peut être écrite ({error})&#xa0;; rien n&apos;a changé&#xa0;: balayez {scan} de nouveau</translation>
    </message>
    <message>
        <location filename="../../../s321_desk/ui/packing_station.py" line="291"/>
        <source>REFUSED  {code}</source>
        <translation>REFUSÉ  {code}</translation>
    </message>
    <message>
        <location filename="../../../s321_desk/ui/packing_station.py" line="295"/>
        <source>{item}  ({packed} of {ordered})</source>
        <translation>{item}  ({packed} sur {ordered})</translation>
    </message>
    <message>
        <location filename="../../../s321_desk/ui/packing_station.py" line="297"/>
        <source>{item}: {packed} of {ordered}</source>
        <translation>{item}&#xa0;: {packed} sur {ordered}</translation>
    </message>
    <message>
        <location filename="../../../s321_desk/ui/packing_station.py" line="303"/>
        <source>{scan}: not an order; scan an order&apos;s pick ticket first to open its parcel</source>
        <translation>{scan}&#xa0;: n&apos;est pas une commande&#xa0;; balayez d&apos;abord le bon de préparation d&apos;une commande pour ouvrir son colis</translation>
    </message>
    <message>
        <location filename="../../../s321_desk/ui/packing_station.py" line="307"/>
        <source>Already packing order {order} (parcel {parcel})</source>
        <translation>Commande {order} déjà en emballage (colis {parcel})</translation>
    </message>
    <message>
        <location filename="../../../s321_desk/ui/packing_station.py" line="311"/>
        <source>{scan} is another order: parcel {parcel} of order {order} is not closed; close it (F12) or undo its items first</source>
        <translation>{scan} est une autre commande&#xa0;: le colis {parcel} de la commande {order} n&apos;est pas fermé&#xa0;; fermez-le (F12) ou défaites d&apos;abord ses articles</translation>
    </message>
    <message>
        <location filename="../../../s321_desk/ui/packing_station.py" line="320"/>
        <source>ORDER  {order}  parcel {parcel}</source>
        <translation>COMMANDE  {order}  colis {parcel}</translation>
    </message>
    <message numerus="yes">
        <location filename="../../../s321_desk/ui/packing_station.py" line="324"/>
        <source>Order {order}: parcel {parcel}, resumed with {items} item(s) in it</source>
        <translation>
            <numerusform>Commande {order}&#xa0;: colis {parcel}, repris avec {items} article dedans</numerusform>
            <numerusform>Commande {order}&#xa0;: colis {parcel}, repris avec {items} articles dedans</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../../s321_desk/ui/packing_station.py" line="327"/>
        <source>Order {order}: parcel {parcel}</source>
        <translation>Commande {order}&#xa0;: colis {parcel}</translation>
    </message>
    <message>
        <location filename="../../../s321_desk/ui/packing_station.py" line="335"/>
        <source>CMD-UNDO: no parcel open; nothing to undo</source>
        <translation>CMD-UNDO&#xa0;: aucun colis ouvert&#xa0;; rien à défaire</translation>
    </message>
    <message>
        <location filename="../../../s321_desk/ui/packing_station.py" line="342"/>
        <source>UNDONE  {scan}</source>
        <translation>DÉFAIT  {scan}</translation>
    </message>
    <message>
        <location filename="../../../s321_desk/ui/packing_station.py" line="348"/>
        <source>UNDO  {item}</source>
        <translation>DÉFAIRE  {item}</translation>
    </message>
    <message>
        <location filename="../../../s321_desk/ui/packing_station.py" line="349"/>
        <source>Undone: {item}; take it out of the box</source>
        <translation>Défait&#xa0;: {item}&#xa0;; retirez-le de la boîte</translation>
    </message>
    <message>
        <location filename="../../../s321_desk/ui/packing_station.py" line="354"/>
        <source>CMD-CLOSE: no parcel open; scan an order first</source>
        <translation>CMD-CLOSE&#xa0;: aucun colis ouvert&#xa0;; balayez d&apos;abord une commande</translation>
    </message>
    <message>
        <location filename="../../../s321_desk/ui/packing_station.py" line="361"/>
        <source>CLOSED  {verdict}  route {route}</source>
        <translation>FERMÉ  {verdict}  acheminement {route}</translation>
    </message>
    <message>
        <location filename="../../../s321_desk/ui/packing_station.py" line="364"/>
        <source>Parcel {parcel} closed: {verdict}</source>
        <translation>Colis {parcel} fermé&#xa0;: {verdict}</translation>
    </message>
    <message>
        <location filename="../../../s321_desk/ui/packing_station.py" line="400"/>
        <source>NOT PRINTED ({parcel}): {error}</source>
        <translation>PAS IMPRIMÉ ({parcel})&#xa0;: {error}</translation>
    </message>
    <message>
        <location filename="../../../s321_desk/ui/packing_station.py" line="404"/>
        <source>RELABEL {parcel}: its printed label is superseded; put label {version} on the box</source>
        <translation>RÉÉTIQUETER {parcel}&#xa0;: son étiquette imprimée est périmée&#xa0;; posez l&apos;étiquette {version} sur la boîte</translation>
    </message>
    <message>
        <location filename="../../../s321_desk/ui/packing_station.py" line="411"/>
        <source>{kind} TAG  {parcel}</source>
        <translation>FICHE {kind}  {parcel}</translation>
    </message>
    <message>
        <location filename="../../../s321_desk/ui/packing_station.py" line="421"/>
        <source>No label for {parcel}: {step}</source>
        <translation>Pas d&apos;étiquette pour {parcel}&#xa0;: {step}</translation>
    </message>
    <message>
        <location filename="../../../s321_desk/ui/packing_station.py" line="429"/>
        <source>LABEL NOT PRINTED: {error}</source>
        <translation>ÉTIQUETTE NON IMPRIMÉE&#xa0;: {error}</translation>
    </message>
    <message>
        <location filename="../../../s321_desk/ui/packing_station.py" line="439"/>
        <source>{command}: no parcel on the screen; close a parcel first</source>
        <translation>{command}&#xa0;: aucun colis à l&apos;écran&#xa0;; fermez d&apos;abord un colis</translation>
    </message>
    <message>
        <location filename="../../../s321_desk/ui/packing_station.py" line="447"/>
        <source>{command}: parcel {parcel} is still open; close it first (F12)</source>
        <translation>{command}&#xa0;: le colis {parcel} est encore ouvert&#xa0;; fermez-le d&apos;abord (F12)</translation>
    </message>
    <message>
        <location filename="../../../s321_desk/ui/packing_station.py" line="451"/>
        <source>{command}: no supervisor can sign yet; create the administrator first</source>
        <translation>{command}&#xa0;: aucun superviseur ne peut encore signer&#xa0;; créez d&apos;abord l&apos;administrateur</translation>
    </message>
    <message>
        <location filename="../../../s321_desk/ui/packing_station.py" line="457"/>
        <source>Paused: a supervisor is signing</source>
        <translation>En pause&#xa0;: un superviseur signe</translation>
    </message>
    <message>
        <location filename="../../../s321_desk/ui/packing_station.py" line="458"/>
        <source>{action} {parcel}: a supervisor signs below (Enter: next, Esc: cancel)</source>
        <translation>{action} {parcel}&#xa0;: un superviseur signe ci-dessous (Échap&#xa0;: annuler)</translation>
    </message>
    <message>
        <location filename="../../../s321_desk/ui/packing_station.py" line="474"/>
        <source>{action}  by {by}: {reason}</source>
        <translation>{action}  par {by}&#xa0;: {reason}</translation>
    </message>
    <message>
        <location filename="../../../s321_desk/ui/packing_station.py" line="477"/>
        <source>{action} of {parcel} by {by}</source>
        <translation>{action}&#xa0;: {parcel}, par {by}</translation>
    </message>
    <message>
        <location filename="../../../s321_desk/ui/packing_station.py" line="489"/>
        <source>{action} cancelled: nothing changed</source>
        <translation>{action}&#xa0;: abandonné, rien n&apos;a changé</translation>
    </message>
    <message>
        <location filename="../../../s321_desk/ui/packing_station.py" line="510"/>
        <source>Route {route} ({meaning})</source>
        <translation>Acheminement {route} ({meaning})</translation>
    </message>
    <message>
        <location filename="../../../s321_desk/ui/packing_station.py" line="511"/>
        <source>see the rules</source>
        <translation>voir les règles</translation>
    </message>
    <message>
        <location filename="../../../s321_desk/ui/packing_station.py" line="518"/>
        <source>Parcel {parcel} (order {order}) was judged again with this one: now {verdict}.</source>
        <translation>Le colis {parcel} (commande {order}) a été réévalué avec celui-ci&#xa0;: maintenant {verdict}.</translation>
    </message>
    <message>
        <location filename="../../../s321_desk/ui/packing_station.py" line="528"/>
        <source>Parcel {parcel} on sealed truck {trip} crossed as filed ({filed}); this one would make it {judged}: a supervisor is told.</source>
        <translation>Le colis {parcel} du camion scellé {trip} a passé comme déclaré ({filed})&#xa0;; celui-ci le ferait passer en {judged}&#xa0;: un superviseur est averti.</translation>
    </message>
    <message>
        <location filename="../../../s321_desk/ui/packing_station.py" line="536"/>
        <source>Parcel {parcel} · order {order} · crosses {day} at {port}</source>
        <translation>Colis {parcel} · commande {order} · passe la frontière le {day} à {port}</translation>
    </message>
    <message>
        <location filename="../../../s321_desk/ui/packing_station.py" line="559"/>
        <source>Order {order}: {packed} of {ordered} packed</source>
        <translation>Commande {order}&#xa0;: {packed} sur {ordered} emballés</translation>
    </message>
    <message>
        <location filename="../../../s321_desk/ui/packing_station.py" line="563"/>
        <source>{packed} of {ordered}  {item}  done</source>
        <translation>{packed} sur {ordered}  {item}  terminé</translation>
    </message>
    <message>
        <location filename="../../../s321_desk/ui/packing_station.py" line="564"/>
        <source>{packed} of {ordered}  {item}</source>
        <translation>{packed} sur {ordered}  {item}</translation>
    </message>
    <message numerus="yes">
        <location filename="../../../s321_desk/ui/packing_station.py" line="573"/>
        <source>All {ordered} items packed: close it (F12).</source>
        <translation>
            <numerusform>{ordered} article emballé&#xa0;: fermez le colis (F12).</numerusform>
            <numerusform>Les {ordered} articles sont emballés&#xa0;: fermez le colis (F12).</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../../s321_desk/ui/packing_station.py" line="575"/>
        <source>{packed} of {ordered} items packed</source>
        <translation>
            <numerusform>{packed} sur {ordered} article emballé</numerusform>
            <numerusform>{packed} sur {ordered} articles emballés</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../../s321_desk/ui/packing_station.py" line="577"/>
        <source>Parcel {parcel} · order {order}. {step}</source>
        <translation>Colis {parcel} · commande {order}. {step}</translation>
    </message>
    <message>
        <location filename="../../../s321_desk/ui/packing_station.py" line="600"/>
        <source>REFUSED: {why}</source>
        <translation>REFUSÉ&#xa0;: {why}</translation>
    </message>
</context>
</TS>
