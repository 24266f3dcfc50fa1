<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="fr">
<context>
    <name>TripTools</name>
    <message>
        <location filename="../../../s321_desk/ui/loads/tools.py" line="35"/>
        <source>Crew: open a trip that is not sealed first</source>
        <translation>Équipage&#xa0;: ouvrez d&apos;abord un chargement non scellé</translation>
    </message>
    <message>
        <location filename="../../../s321_desk/ui/loads/tools.py" line="51"/>
        <source>Trip {trip}: crew {driver}, truck {truck}</source>
        <translation>Chargement {trip}&#xa0;: équipage {driver}, camion {truck}</translation>
    </message>
    <message>
        <location filename="../../../s321_desk/ui/loads/tools.py" line="82"/>
        <source>FDA prior notice: select a parcel on the truck first</source>
        <translation>Préavis de la FDA&#xa0;: choisissez d&apos;abord un colis dans le camion</translation>
    </message>
    <message>
        <location filename="../../../s321_desk/ui/loads/tools.py" line="86"/>
        <source>FDA prior notice of {parcel}</source>
        <translation>Préavis de la FDA du colis {parcel}</translation>
    </message>
    <message>
        <location filename="../../../s321_desk/ui/loads/tools.py" line="87"/>
        <source>Prior notice confirmation number of parcel {parcel}:</source>
        <translation>Numéro de confirmation du préavis du colis {parcel}&#xa0;:</translation>
    </message>
    <message>
        <location filename="../../../s321_desk/ui/loads/tools.py" line="96"/>
        <source>NOT SAVED: {error}</source>
        <translation>NON ENREGISTRÉ&#xa0;: {error}</translation>
    </message>
    <message>
        <location filename="../../../s321_desk/ui/loads/tools.py" line="99"/>
        <source>{parcel}: FDA prior notice {number}</source>
        <translation>{parcel}&#xa0;: préavis de la FDA {number}</translation>
    </message>
    <message>
        <location filename="../../../s321_desk/ui/loads/tools.py" line="111"/>
        <source>Close: type or scan the seal number first (Alt+N)</source>
        <translation>Fermer&#xa0;: tapez ou balayez d&apos;abord le numéro de scellé (Alt+N)</translation>
    </message>
    <message>
        <location filename="../../../s321_desk/ui/loads/tools.py" line="117"/>
        <source>Trip {trip} cannot close yet: {parcels} need a decision first (Decisions, Ctrl+3)</source>
        <translation>Le chargement {trip} ne peut pas encore être fermé&#xa0;: {parcels} attendent d&apos;abord une décision (Décisions, Ctrl+3)</translation>
    </message>
    <message>
        <location filename="../../../s321_desk/ui/loads/tools.py" line="123"/>
        <source>Close trip {trip}</source>
        <translation>Fermer le chargement {trip}</translation>
    </message>
    <message>
        <location filename="../../../s321_desk/ui/loads/tools.py" line="125"/>
        <source>Close trip {trip} with seal {seal}: {count} parcel(s) on it. Nothing can be put on or taken off afterwards.</source>
        <translation>Fermer le chargement {trip} avec le scellé {seal}&#xa0;: {count} colis à bord. Plus rien ne pourra être ajouté ni retiré ensuite.</translation>
    </message>
    <message>
        <location filename="../../../s321_desk/ui/loads/tools.py" line="133"/>
        <source>Driver or supervisor</source>
        <translation>Chauffeur ou superviseur</translation>
    </message>
    <message>
        <location filename="../../../s321_desk/ui/loads/tools.py" line="142"/>
        <source>Trip {trip} sealed with {seal}: print the driver pack (Alt+K)</source>
        <translation>Chargement {trip} scellé avec {seal}&#xa0;: imprimez le dossier du chauffeur (Alt+I)</translation>
    </message>
    <message>
        <location filename="../../../s321_desk/ui/loads/tools.py" line="157"/>
        <source>Reopen trip {trip}</source>
        <translation>Rouvrir le chargement {trip}</translation>
    </message>
    <message>
        <location filename="../../../s321_desk/ui/loads/tools.py" line="158"/>
        <source>Reopen sealed trip {trip}: parcels can go on and off again.</source>
        <translation>Rouvrir le chargement scellé {trip}&#xa0;: des colis pourront de nouveau être ajoutés et retirés.</translation>
    </message>
    <message>
        <location filename="../../../s321_desk/ui/loads/tools.py" line="172"/>
        <source>Trip {trip} reopened: parcels can go on and off</source>
        <translation>Chargement {trip} rouvert&#xa0;: des colis peuvent être ajoutés et retirés</translation>
    </message>
</context>
</TS>
