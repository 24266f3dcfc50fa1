<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="fr">
<context>
    <name>CrewRecords</name>
    <message>
        <location filename="../../../s321_desk/ui/loads/crew_dialogs.py" line="57"/>
        <location filename="../../../s321_desk/ui/loads/crew_dialogs.py" line="94"/>
        <source>Number</source>
        <translation>Numéro</translation>
    </message>
    <message>
        <location filename="../../../s321_desk/ui/loads/crew_dialogs.py" line="58"/>
        <location filename="../../../s321_desk/ui/loads/crew_dialogs.py" line="106"/>
        <source>First name</source>
        <translation>Prénom</translation>
    </message>
    <message>
        <location filename="../../../s321_desk/ui/loads/crew_dialogs.py" line="59"/>
        <location filename="../../../s321_desk/ui/loads/crew_dialogs.py" line="107"/>
        <source>Last name</source>
        <translation>Nom</translation>
    </message>
    <message>
        <location filename="../../../s321_desk/ui/loads/crew_dialogs.py" line="60"/>
        <source>Gender</source>
        <translation>Sexe</translation>
    </message>
    <message>
        <location filename="../../../s321_desk/ui/loads/crew_dialogs.py" line="61"/>
        <source>Date of birth</source>
        <translation>Date de naissance</translation>
    </message>
    <message>
        <location filename="../../../s321_desk/ui/loads/crew_dialogs.py" line="62"/>
        <source>Citizenship</source>
        <translation>Citoyenneté</translation>
    </message>
    <message>
        <location filename="../../../s321_desk/ui/loads/crew_dialogs.py" line="63"/>
        <source>Document</source>
        <translation>Document</translation>
    </message>
    <message>
        <location filename="../../../s321_desk/ui/loads/crew_dialogs.py" line="65"/>
        <location filename="../../../s321_desk/ui/loads/crew_dialogs.py" line="112"/>
        <source>Document number</source>
        <translation>Numéro du document</translation>
    </message>
    <message>
        <location filename="../../../s321_desk/ui/loads/crew_dialogs.py" line="68"/>
        <source>Issued by</source>
        <translation>Délivré par</translation>
    </message>
    <message>
        <location filename="../../../s321_desk/ui/loads/crew_dialogs.py" line="73"/>
        <source>FAST card</source>
        <translation>Carte EXPRES</translation>
    </message>
    <message>
        <location filename="../../../s321_desk/ui/loads/crew_dialogs.py" line="43"/>
        <source>Active</source>
        <translation>Actif</translation>
    </message>
    <message>
        <location filename="../../../s321_desk/ui/loads/crew_dialogs.py" line="45"/>
        <source>yes</source>
        <translation>oui</translation>
    </message>
    <message>
        <location filename="../../../s321_desk/ui/loads/crew_dialogs.py" line="47"/>
        <source>retired</source>
        <translation>retiré</translation>
    </message>
    <message>
        <location filename="../../../s321_desk/ui/loads/crew_dialogs.py" line="80"/>
        <source>Unit</source>
        <translation>Unité</translation>
    </message>
    <message>
        <location filename="../../../s321_desk/ui/loads/crew_dialogs.py" line="81"/>
        <location filename="../../../s321_desk/ui/loads/crew_dialogs.py" line="95"/>
        <location filename="../../../s321_desk/ui/loads/crew_dialogs.py" line="118"/>
        <location filename="../../../s321_desk/ui/loads/crew_dialogs.py" line="125"/>
        <source>Type</source>
        <translation>Type</translation>
    </message>
    <message>
        <location filename="../../../s321_desk/ui/loads/crew_dialogs.py" line="82"/>
        <location filename="../../../s321_desk/ui/loads/crew_dialogs.py" line="119"/>
        <source>VIN</source>
        <translation>NIV</translation>
    </message>
    <message>
        <location filename="../../../s321_desk/ui/loads/crew_dialogs.py" line="83"/>
        <location filename="../../../s321_desk/ui/loads/crew_dialogs.py" line="96"/>
        <location filename="../../../s321_desk/ui/loads/crew_dialogs.py" line="120"/>
        <location filename="../../../s321_desk/ui/loads/crew_dialogs.py" line="126"/>
        <source>Plate</source>
        <translation>Plaque</translation>
    </message>
    <message>
        <location filename="../../../s321_desk/ui/loads/crew_dialogs.py" line="85"/>
        <location filename="../../../s321_desk/ui/loads/crew_dialogs.py" line="98"/>
        <location filename="../../../s321_desk/ui/loads/crew_dialogs.py" line="121"/>
        <location filename="../../../s321_desk/ui/loads/crew_dialogs.py" line="127"/>
        <source>State or province</source>
        <translation>État ou province</translation>
    </message>
    <message>
        <location filename="../../../s321_desk/ui/loads/crew_dialogs.py" line="87"/>
        <source>USDOT</source>
        <translation>USDOT</translation>
    </message>
    <message>
        <location filename="../../../s321_desk/ui/loads/crew_dialogs.py" line="108"/>
        <source>Gender (M/F)</source>
        <translation>Sexe (M/F)</translation>
    </message>
    <message>
        <location filename="../../../s321_desk/ui/loads/crew_dialogs.py" line="109"/>
        <source>Date of birth (YYYY-MM-DD)</source>
        <translation>Date de naissance (AAAA-MM-JJ)</translation>
    </message>
    <message>
        <location filename="../../../s321_desk/ui/loads/crew_dialogs.py" line="110"/>
        <source>Citizenship (CA, US...)</source>
        <translation>Citoyenneté (CA, US...)</translation>
    </message>
    <message>
        <location filename="../../../s321_desk/ui/loads/crew_dialogs.py" line="111"/>
        <source>Travel document</source>
        <translation>Document de voyage</translation>
    </message>
    <message>
        <location filename="../../../s321_desk/ui/loads/crew_dialogs.py" line="113"/>
        <source>Issued by country</source>
        <translation>Pays qui l&apos;a délivré</translation>
    </message>
    <message>
        <location filename="../../../s321_desk/ui/loads/crew_dialogs.py" line="114"/>
        <source>Issued by state/province</source>
        <translation>État ou province qui l&apos;a délivré</translation>
    </message>
    <message>
        <location filename="../../../s321_desk/ui/loads/crew_dialogs.py" line="115"/>
        <source>FAST card (14 digits)</source>
        <translation>Carte EXPRES (14 chiffres)</translation>
    </message>
    <message>
        <location filename="../../../s321_desk/ui/loads/crew_dialogs.py" line="122"/>
        <source>USDOT number</source>
        <translation>Numéro USDOT</translation>
    </message>
    <message>
        <location filename="../../../s321_desk/ui/loads/crew_dialogs.py" line="130"/>
        <source>Driver number</source>
        <translation>Numéro du chauffeur</translation>
    </message>
    <message>
        <location filename="../../../s321_desk/ui/loads/crew_dialogs.py" line="131"/>
        <source>Unit number</source>
        <translation>Numéro d&apos;unité</translation>
    </message>
    <message>
        <location filename="../../../s321_desk/ui/loads/crew_dialogs.py" line="132"/>
        <source>Trailer number</source>
        <translation>Numéro de la remorque</translation>
    </message>
    <message>
        <location filename="../../../s321_desk/ui/loads/crew_dialogs.py" line="173"/>
        <source>Add</source>
        <translation>Ajouter</translation>
    </message>
    <message>
        <location filename="../../../s321_desk/ui/loads/crew_dialogs.py" line="175"/>
        <source>Save changes</source>
        <translation>Enregistrer les changements</translation>
    </message>
    <message>
        <location filename="../../../s321_desk/ui/loads/crew_dialogs.py" line="177"/>
        <source>Retire</source>
        <translation>Retirer</translation>
    </message>
    <message>
        <location filename="../../../s321_desk/ui/loads/crew_dialogs.py" line="249"/>
        <source>{key}: saved</source>
        <translation>{key}&#xa0;: enregistré</translation>
    </message>
    <message>
        <location filename="../../../s321_desk/ui/loads/crew_dialogs.py" line="263"/>
        <source>{key}: retired from the pickers</source>
        <translation>{key}&#xa0;: retiré des listes</translation>
    </message>
    <message>
        <location filename="../../../s321_desk/ui/loads/crew_dialogs.py" line="286"/>
        <source>Drivers, trucks and trailers</source>
        <translation>Chauffeurs, camions et remorques</translation>
    </message>
    <message>
        <location filename="../../../s321_desk/ui/loads/crew_dialogs.py" line="290"/>
        <source>Signed in as {name}: personal data shown; each showing is recorded.</source>
        <translation>Session de {name}&#xa0;: données personnelles montrées&#xa0;; chaque consultation est consignée.</translation>
    </message>
    <message>
        <location filename="../../../s321_desk/ui/loads/crew_dialogs.py" line="294"/>
        <source>A driver&apos;s personal data is shown only to a driver, a supervisor or an administrator signed in.</source>
        <translation>Les données personnelles d&apos;un chauffeur ne sont montrées qu&apos;à un chauffeur, un superviseur ou un administrateur ayant ouvert une session.</translation>
    </message>
    <message>
        <location filename="../../../s321_desk/ui/loads/crew_dialogs.py" line="306"/>
        <source>Drivers</source>
        <translation>Chauffeurs</translation>
    </message>
    <message>
        <location filename="../../../s321_desk/ui/loads/crew_dialogs.py" line="307"/>
        <source>Trucks</source>
        <translation>Camions</translation>
    </message>
    <message>
        <location filename="../../../s321_desk/ui/loads/crew_dialogs.py" line="308"/>
        <source>Trailers</source>
        <translation>Remorques</translation>
    </message>
    <message>
        <location filename="../../../s321_desk/ui/loads/crew_dialogs.py" line="334"/>
        <source>Crew of trip {trip}</source>
        <translation>Équipage du chargement {trip}</translation>
    </message>
</context>
</TS>
