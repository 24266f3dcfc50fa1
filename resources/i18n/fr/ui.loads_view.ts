<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="fr">
<context>
    <name>LoadsView</name>
    <message>
        <location filename="../../../s321_desk/ui/loads_view.py" line="75"/>
        <source>Driver pack</source>
        <translation>Dossier du chauffeur</translation>
    </message>
    <message>
        <location filename="../../../s321_desk/ui/loads_view.py" line="79"/>
        <source>Load manifest</source>
        <translation>Manifeste de chargement</translation>
    </message>
    <message>
        <location filename="../../../s321_desk/ui/loads_view.py" line="80"/>
        <source>Lead sheet</source>
        <translation>Feuille de présentation</translation>
    </message>
    <message>
        <location filename="../../../s321_desk/ui/loads_view.py" line="82"/>
        <source>E-manifest</source>
        <translation>eManifeste</translation>
    </message>
    <message>
        <location filename="../../../s321_desk/ui/loads_view.py" line="197"/>
        <source>&amp;Trips: today&apos;s and the open ones</source>
        <translation>Char&amp;gements&#xa0;: du jour et ouverts</translation>
    </message>
    <message>
        <location filename="../../../s321_desk/ui/loads_view.py" line="209"/>
        <source>Scan a parcel to put it on the truck</source>
        <translation>Balayez un colis pour le charger</translation>
    </message>
    <message>
        <location filename="../../../s321_desk/ui/loads_view.py" line="212"/>
        <source>&amp;Scan:</source>
        <translation>&amp;Balayer&#xa0;:</translation>
    </message>
    <message>
        <location filename="../../../s321_desk/ui/loads_view.py" line="219"/>
        <source>On the truck</source>
        <translation>Dans le camion</translation>
    </message>
    <message>
        <location filename="../../../s321_desk/ui/loads_view.py" line="220"/>
        <source>Missing</source>
        <translation>Manquants</translation>
    </message>
    <message>
        <location filename="../../../s321_desk/ui/loads_view.py" line="227"/>
        <source>Scans, newest first</source>
        <translation>Balayages, le plus récent en premier</translation>
    </message>
    <message>
        <location filename="../../../s321_desk/ui/loads_view.py" line="231"/>
        <source>Take &amp;off (Del)</source>
        <translation>&amp;Retirer (Suppr)</translation>
    </message>
    <message>
        <location filename="../../../s321_desk/ui/loads_view.py" line="234"/>
        <source>seal number</source>
        <translation>numéro de scellé</translation>
    </message>
    <message>
        <location filename="../../../s321_desk/ui/loads_view.py" line="237"/>
        <source>Seal &amp;number:</source>
        <translation>&amp;Numéro de scellé&#xa0;:</translation>
    </message>
    <message>
        <location filename="../../../s321_desk/ui/loads_view.py" line="239"/>
        <source>&amp;Close with the seal...</source>
        <translation>Scel&amp;ler...</translation>
    </message>
    <message>
        <location filename="../../../s321_desk/ui/loads_view.py" line="240"/>
        <source>&amp;Reopen...</source>
        <translation>R&amp;ouvrir...</translation>
    </message>
    <message>
        <location filename="../../../s321_desk/ui/loads_view.py" line="241"/>
        <source>Driver pac&amp;k...</source>
        <translation>Doss&amp;ier du chauffeur...</translation>
    </message>
    <message>
        <location filename="../../../s321_desk/ui/loads_view.py" line="242"/>
        <source>&amp;Manifest...</source>
        <translation>&amp;Manifeste...</translation>
    </message>
    <message>
        <location filename="../../../s321_desk/ui/loads_view.py" line="243"/>
        <source>Lead sheet...</source>
        <translation>Feuille de présentation...</translation>
    </message>
    <message>
        <location filename="../../../s321_desk/ui/loads_view.py" line="245"/>
        <source>E&amp;xport e-manifest...</source>
        <translation>E&amp;xporter l&apos;eManifeste...</translation>
    </message>
    <message>
        <location filename="../../../s321_desk/ui/loads_view.py" line="257"/>
        <source>Papers:</source>
        <translation>Documents&#xa0;:</translation>
    </message>
    <message>
        <location filename="../../../s321_desk/ui/loads_view.py" line="327"/>
        <source>Cannot read the loads: {error}; trying again at the next change (F5)</source>
        <translation>Impossible de lire les chargements&#xa0;: {error}; nouvel essai au prochain changement (F5)</translation>
    </message>
    <message>
        <location filename="../../../s321_desk/ui/loads_view.py" line="339"/>
        <source>Trip {trip}: scan its parcels</source>
        <translation>Chargement {trip}&#xa0;: balayez ses colis</translation>
    </message>
    <message>
        <location filename="../../../s321_desk/ui/loads_view.py" line="371"/>
        <source>Trip {trip}</source>
        <translation>Chargement {trip}</translation>
    </message>
    <message>
        <location filename="../../../s321_desk/ui/loads_view.py" line="372"/>
        <source>No trip open: pick one on the left (Enter) or create one</source>
        <translation>Aucun chargement ouvert&#xa0;: choisissez-en un à gauche (Entrée) ou créez-en un</translation>
    </message>
    <message>
        <location filename="../../../s321_desk/ui/loads_view.py" line="377"/>
        <source>Trip {trip}: SEALED {seal}</source>
        <translation>Chargement {trip}&#xa0;: SCELLÉ {seal}</translation>
    </message>
    <message>
        <location filename="../../../s321_desk/ui/loads_view.py" line="377"/>
        <source>Trip {trip}: open</source>
        <translation>Chargement {trip}&#xa0;: ouvert</translation>
    </message>
    <message>
        <location filename="../../../s321_desk/ui/loads_view.py" line="383"/>
        <source>; {count} need a decision before the seal</source>
        <translation>; à décider avant le scellé&#xa0;: {count}</translation>
    </message>
    <message>
        <location filename="../../../s321_desk/ui/loads_view.py" line="386"/>
        <source>Port {port}, arriving {arrival} (US day {day}) · driver {driver} · plates {plates} · {count} parcel(s){waiting}</source>
        <translation>Point d&apos;entrée {port}, arrivée {arrival} (jour américain {day}) · chauffeur {driver} · plaques {plates} · {count} colis{waiting}</translation>
    </message>
    <message>
        <location filename="../../../s321_desk/ui/loads_view.py" line="392"/>
        <source>On the truck ({count})</source>
        <translation>Dans le camion ({count})</translation>
    </message>
    <message>
        <location filename="../../../s321_desk/ui/loads_view.py" line="394"/>
        <source>Missing ({count})</source>
        <translation>Manquants ({count})</translation>
    </message>
    <message>
        <location filename="../../../s321_desk/ui/loads_view.py" line="429"/>
        <source>no trip open; pick or create a trip first</source>
        <translation>aucun chargement ouvert; choisissez ou créez d&apos;abord un chargement</translation>
    </message>
    <message>
        <location filename="../../../s321_desk/ui/loads_view.py" line="439"/>
        <source>the database is busy ({error}); nothing changed: scan it again</source>
        <translation>la base de données est occupée ({error}); rien n&apos;a changé&#xa0;: balayez-le de nouveau</translation>
    </message>
    <message>
        <location filename="../../../s321_desk/ui/loads_view.py" line="444"/>
        <source>{parcel} is on the truck ({count}), but it NEEDS A SUPERVISOR&apos;S DECISION before the seal</source>
        <translation>{parcel} est dans le camion ({count}), mais il REQUIERT LA DÉCISION D&apos;UN SUPERVISEUR avant le scellé</translation>
    </message>
    <message>
        <location filename="../../../s321_desk/ui/loads_view.py" line="448"/>
        <source>CHECK  {parcel}: needs a decision</source>
        <translation>À VÉRIFIER  {parcel}&#xa0;: requiert une décision</translation>
    </message>
    <message>
        <location filename="../../../s321_desk/ui/loads_view.py" line="450"/>
        <source>{parcel} on truck {trip}: {count} parcel(s)</source>
        <translation>{parcel} dans le camion {trip}&#xa0;: {count} colis</translation>
    </message>
    <message>
        <location filename="../../../s321_desk/ui/loads_view.py" line="457"/>
        <source>REFUSED {code}: {why}</source>
        <translation>REFUSÉ {code}&#xa0;: {why}</translation>
    </message>
    <message>
        <location filename="../../../s321_desk/ui/loads_view.py" line="458"/>
        <source>REFUSED  {code}: {why}</source>
        <translation>REFUSÉ  {code}&#xa0;: {why}</translation>
    </message>
    <message>
        <location filename="../../../s321_desk/ui/loads_view.py" line="465"/>
        <source>Take off: select a parcel in the list &quot;On the truck&quot; first</source>
        <translation>Retirer&#xa0;: sélectionnez d&apos;abord un colis dans la liste « Dans le camion »</translation>
    </message>
    <message>
        <location filename="../../../s321_desk/ui/loads_view.py" line="475"/>
        <source>NOT TAKEN OFF {parcel}: {error}</source>
        <translation>NON RETIRÉ {parcel}&#xa0;: {error}</translation>
    </message>
    <message>
        <location filename="../../../s321_desk/ui/loads_view.py" line="478"/>
        <source>{parcel} taken off truck {trip}: put it back on the shelf</source>
        <translation>{parcel} retiré du camion {trip}&#xa0;: remettez-le sur la tablette</translation>
    </message>
    <message>
        <location filename="../../../s321_desk/ui/loads_view.py" line="480"/>
        <source>OFF  {parcel}</source>
        <translation>RETIRÉ  {parcel}</translation>
    </message>
    <message>
        <location filename="../../../s321_desk/ui/loads_view.py" line="492"/>
        <source>Close: type or scan the seal number first (Alt+N)</source>
        <translation>Fermer&#xa0;: tapez ou balayez d&apos;abord le numéro de scellé (Alt+N)</translation>
    </message>
    <message>
        <location filename="../../../s321_desk/ui/loads_view.py" line="497"/>
        <source>Trip {trip} cannot close yet: {parcels} need a decision first (Decisions, Ctrl+3)</source>
        <translation>Le chargement {trip} ne peut pas encore être fermé&#xa0;: {parcels} attendent d&apos;abord une décision (Décisions, Ctrl+3)</translation>
    </message>
    <message>
        <location filename="../../../s321_desk/ui/loads_view.py" line="503"/>
        <source>Close trip {trip}</source>
        <translation>Fermer le chargement {trip}</translation>
    </message>
    <message>
        <location filename="../../../s321_desk/ui/loads_view.py" line="504"/>
        <source>Close trip {trip} with seal {seal}: {count} parcel(s) on it. Nothing can be put on or taken off afterwards.</source>
        <translation>Fermer le chargement {trip} avec le scellé {seal}&#xa0;: {count} colis à bord. Plus rien ne pourra être ajouté ni retiré ensuite.</translation>
    </message>
    <message>
        <location filename="../../../s321_desk/ui/loads_view.py" line="507"/>
        <source>Driver or supervisor</source>
        <translation>Chauffeur ou superviseur</translation>
    </message>
    <message>
        <location filename="../../../s321_desk/ui/loads_view.py" line="515"/>
        <source>Trip {trip} sealed with {seal}: print the driver pack (Alt+K)</source>
        <translation>Chargement {trip} scellé avec {seal}&#xa0;: imprimez le dossier du chauffeur (Alt+I)</translation>
    </message>
    <message>
        <location filename="../../../s321_desk/ui/loads_view.py" line="527"/>
        <source>Reopen trip {trip}</source>
        <translation>Rouvrir le chargement {trip}</translation>
    </message>
    <message>
        <location filename="../../../s321_desk/ui/loads_view.py" line="528"/>
        <source>Reopen sealed trip {trip}: parcels can go on and off again.</source>
        <translation>Rouvrir le chargement scellé {trip}&#xa0;: des colis pourront de nouveau être ajoutés et retirés.</translation>
    </message>
    <message>
        <location filename="../../../s321_desk/ui/loads_view.py" line="539"/>
        <source>Trip {trip} reopened: parcels can go on and off</source>
        <translation>Chargement {trip} rouvert&#xa0;: des colis peuvent être ajoutés et retirés</translation>
    </message>
    <message>
        <location filename="../../../s321_desk/ui/loads_view.py" line="553"/>
        <source>{folder}: cannot create the folder ({error})</source>
        <translation>{folder}&#xa0;: impossible de créer le dossier ({error})</translation>
    </message>
    <message>
        <location filename="../../../s321_desk/ui/loads_view.py" line="556"/>
        <source>{paper} of {trip}</source>
        <translation>{paper} du chargement {trip}</translation>
    </message>
    <message>
        <location filename="../../../s321_desk/ui/loads_view.py" line="568"/>
        <source>{paper} {trip}</source>
        <translation>{paper} {trip}</translation>
    </message>
    <message>
        <location filename="../../../s321_desk/ui/loads_view.py" line="579"/>
        <source>{paper} to {file}</source>
        <translation>{paper} vers {file}</translation>
    </message>
    <message>
        <location filename="../../../s321_desk/ui/loads_view.py" line="584"/>
        <source>{paper}: being written to {path} (the scan field keeps working)</source>
        <translation>{paper}&#xa0;: écriture dans {path} en cours (le champ de balayage reste actif)</translation>
    </message>
</context>
<context>
    <name>_JobWatcher</name>
    <message>
        <location filename="../../../s321_desk/ui/loads_view.py" line="111"/>
        <source>{paper} NOT WRITTEN: {error}</source>
        <translation>{paper} NON ÉCRIT&#xa0;: {error}</translation>
    </message>
    <message>
        <location filename="../../../s321_desk/ui/loads_view.py" line="117"/>
        <source>{paper}: cancelled; no file was written</source>
        <translation>{paper}&#xa0;: annulé; aucun fichier n&apos;a été écrit</translation>
    </message>
</context>
</TS>
