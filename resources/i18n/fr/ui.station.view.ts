<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="fr">
<context>
    <name>PackingStation</name>
    <message>
        <location filename="../../../s321_desk/ui/station/view.py" line="82"/>
        <source>Scan an order, an item or a command</source>
        <translation>Balayez une commande, un article ou une instruction</translation>
    </message>
    <message>
        <location filename="../../../s321_desk/ui/station/view.py" line="124"/>
        <source>Station {station}</source>
        <translation>Poste {station}</translation>
    </message>
    <message>
        <location filename="../../../s321_desk/ui/station/view.py" line="140"/>
        <source>Scan:</source>
        <translation>Balayage&#xa0;:</translation>
    </message>
    <message>
        <location filename="../../../s321_desk/ui/station/view.py" line="163"/>
        <source>No parcel open</source>
        <translation>Aucun colis ouvert</translation>
    </message>
    <message>
        <location filename="../../../s321_desk/ui/station/view.py" line="171"/>
        <source>Scans, newest first</source>
        <translation>Balayages, le plus récent en premier</translation>
    </message>
    <message>
        <location filename="../../../s321_desk/ui/station/view.py" line="176"/>
        <source> or </source>
        <translation> ou </translation>
    </message>
    <message>
        <location filename="../../../s321_desk/ui/station/view.py" line="325"/>
        <source>UNDONE  {scan}</source>
        <translation>DÉFAIT  {scan}</translation>
    </message>
    <message>
        <location filename="../../../s321_desk/ui/station/view.py" line="336"/>
        <source>SHORT  confirmed by {by}: {missing}</source>
        <translation>INCOMPLET  confirmé par {by}&#xa0;: {missing}</translation>
    </message>
    <message>
        <location filename="../../../s321_desk/ui/station/view.py" line="342"/>
        <source>CLOSED  {verdict}  route {route}</source>
        <translation>FERMÉ  {verdict}  acheminement {route}</translation>
    </message>
    <message>
        <location filename="../../../s321_desk/ui/station/view.py" line="345"/>
        <source>Parcel {parcel} closed: {verdict}</source>
        <translation>Colis {parcel} fermé&#xa0;: {verdict}</translation>
    </message>
    <message>
        <location filename="../../../s321_desk/ui/station/view.py" line="400"/>
        <source>NOT PRINTED ({parcel}): {error}</source>
        <translation>PAS IMPRIMÉ ({parcel})&#xa0;: {error}</translation>
    </message>
    <message>
        <location filename="../../../s321_desk/ui/station/view.py" line="405"/>
        <source>RELABEL {parcel}: its printed label is superseded; put label {version} on the box</source>
        <translation>RÉÉTIQUETER {parcel}&#xa0;: son étiquette imprimée est périmée&#xa0;; posez l&apos;étiquette {version} sur la boîte</translation>
    </message>
    <message>
        <location filename="../../../s321_desk/ui/station/view.py" line="411"/>
        <source>{kind} TAG  {parcel}</source>
        <translation>FICHE {kind}  {parcel}</translation>
    </message>
    <message>
        <location filename="../../../s321_desk/ui/station/view.py" line="427"/>
        <source>Label {parcel}</source>
        <translation>Étiquette {parcel}</translation>
    </message>
    <message>
        <location filename="../../../s321_desk/ui/station/view.py" line="429"/>
        <source>{kind} tag {parcel}</source>
        <translation>Étiquette {kind} {parcel}</translation>
    </message>
    <message>
        <location filename="../../../s321_desk/ui/station/view.py" line="444"/>
        <source>No label for {parcel}: {step}</source>
        <translation>Pas d&apos;étiquette pour {parcel}&#xa0;: {step}</translation>
    </message>
    <message>
        <location filename="../../../s321_desk/ui/station/view.py" line="452"/>
        <source>LABEL NOT PRINTED: {error}</source>
        <translation>ÉTIQUETTE NON IMPRIMÉE&#xa0;: {error}</translation>
    </message>
    <message>
        <location filename="../../../s321_desk/ui/station/view.py" line="295"/>
        <source>Paused: a supervisor is counting</source>
        <translation>En pause&#xa0;: un superviseur compte</translation>
    </message>
    <message>
        <location filename="../../../s321_desk/ui/station/view.py" line="299"/>
        <source>COUNT: a supervisor counts the items of a line with nothing to scan (Enter: next, Esc: cancel)</source>
        <translation>COMPTE&#xa0;: un superviseur compte les articles d&apos;une ligne sans rien à balayer (Entrée&#xa0;: suivant, Échap&#xa0;: annuler)</translation>
    </message>
    <message>
        <location filename="../../../s321_desk/ui/station/view.py" line="554"/>
        <source>Nobody signed for a minute: cancelled, nothing changed</source>
        <translation>Personne n&apos;a signé depuis une minute&#xa0;: annulé, rien n&apos;a changé</translation>
    </message>
    <message>
        <location filename="../../../s321_desk/ui/station/view.py" line="465"/>
        <source>Paused: a supervisor is signing</source>
        <translation>En pause&#xa0;: un superviseur signe</translation>
    </message>
    <message>
        <location filename="../../../s321_desk/ui/station/view.py" line="469"/>
        <source>{action} {parcel}: a supervisor signs below (Enter: next, Esc: cancel)</source>
        <translation>{action} {parcel}&#xa0;: un superviseur signe ci-dessous (Échap&#xa0;: annuler)</translation>
    </message>
    <message>
        <location filename="../../../s321_desk/ui/station/view.py" line="516"/>
        <source>{action}  by {by}: {reason}</source>
        <translation>{action}  par {by}&#xa0;: {reason}</translation>
    </message>
    <message>
        <location filename="../../../s321_desk/ui/station/view.py" line="521"/>
        <source>{action} of {parcel} by {by}</source>
        <translation>{action}&#xa0;: {parcel}, par {by}</translation>
    </message>
    <message>
        <location filename="../../../s321_desk/ui/station/view.py" line="561"/>
        <source>{action} cancelled: nothing changed</source>
        <translation>{action}&#xa0;: abandonné, rien n&apos;a changé</translation>
    </message>
    <message>
        <location filename="../../../s321_desk/ui/station/view.py" line="593"/>
        <source>Route {route} ({meaning})</source>
        <translation>Acheminement {route} ({meaning})</translation>
    </message>
    <message>
        <location filename="../../../s321_desk/ui/station/view.py" line="594"/>
        <source>see the rules</source>
        <translation>voir les règles</translation>
    </message>
    <message>
        <location filename="../../../s321_desk/ui/station/view.py" line="597"/>
        <source>Parcel {parcel} · order {order} · crosses {day} at {port}</source>
        <translation>Colis {parcel} · commande {order} · passe la frontière le {day} à {port}</translation>
    </message>
    <message>
        <location filename="../../../s321_desk/ui/station/view.py" line="620"/>
        <source>SHORT: {packed} of {ordered} packed; missing {missing}</source>
        <translation>INCOMPLET&#xa0;: {packed} sur {ordered} emballés; il manque {missing}</translation>
    </message>
    <message>
        <location filename="../../../s321_desk/ui/station/view.py" line="627"/>
        <source>{item}: {count} missing</source>
        <translation>{item}&#xa0;: {count} manquant(s)</translation>
    </message>
    <message>
        <location filename="../../../s321_desk/ui/station/view.py" line="635"/>
        <source>Not closed: {missing} missing. Scan CMD-SHORT to close it short, or F12 again for a supervisor.</source>
        <translation>Non fermé&#xa0;: il manque {missing}. Balayez CMD-SHORT pour le fermer incomplet, ou F12 de nouveau pour un superviseur.</translation>
    </message>
    <message>
        <location filename="../../../s321_desk/ui/station/view.py" line="641"/>
        <source>{count} of {item}</source>
        <translation>{count} de {item}</translation>
    </message>
    <message>
        <location filename="../../../s321_desk/ui/station/view.py" line="654"/>
        <source>Order {order}: {packed} of {ordered} packed</source>
        <translation>Commande {order}&#xa0;: {packed} sur {ordered} emballés</translation>
    </message>
    <message numerus="yes">
        <location filename="../../../s321_desk/ui/station/view.py" line="663"/>
        <source>All {ordered} items packed: close it (F12).</source>
        <translation>
            <numerusform>{ordered} article emballé&#xa0;: fermez le colis (F12).</numerusform>
            <numerusform>Les {ordered} articles sont emballés&#xa0;: fermez le colis (F12).</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../../s321_desk/ui/station/view.py" line="665"/>
        <source>{packed} of {ordered} items packed</source>
        <translation>
            <numerusform>{packed} sur {ordered} article emballé</numerusform>
            <numerusform>{packed} sur {ordered} articles emballés</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../../s321_desk/ui/station/view.py" line="623"/>
        <location filename="../../../s321_desk/ui/station/view.py" line="667"/>
        <source>Parcel {parcel} · order {order}. {step}</source>
        <translation>Colis {parcel} · commande {order}. {step}</translation>
    </message>
    <message>
        <location filename="../../../s321_desk/ui/station/view.py" line="311"/>
        <location filename="../../../s321_desk/ui/station/view.py" line="691"/>
        <source>REFUSED: {why}</source>
        <translation>REFUSÉ&#xa0;: {why}</translation>
    </message>
</context>
</TS>
