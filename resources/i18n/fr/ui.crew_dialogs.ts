<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="fr">
<context>
    <name>CrewRecords</name>
    <message>
        <location filename="../../../s321_desk/ui/crew_dialogs.py" line="46"/>
        <location filename="../../../s321_desk/ui/crew_dialogs.py" line="97"/>
        <source>Number</source>
        <translation>Numéro</translation>
    </message>
    <message>
        <location filename="../../../s321_desk/ui/crew_dialogs.py" line="47"/>
        <location filename="../../../s321_desk/ui/crew_dialogs.py" line="116"/>
        <source>First name</source>
        <translation>Prénom</translation>
    </message>
    <message>
        <location filename="../../../s321_desk/ui/crew_dialogs.py" line="48"/>
        <location filename="../../../s321_desk/ui/crew_dialogs.py" line="117"/>
        <source>Last name</source>
        <translation>Nom</translation>
    </message>
    <message>
        <location filename="../../../s321_desk/ui/crew_dialogs.py" line="49"/>
        <source>Gender</source>
        <translation>Sexe</translation>
    </message>
    <message>
        <location filename="../../../s321_desk/ui/crew_dialogs.py" line="50"/>
        <source>Date of birth</source>
        <translation>Date de naissance</translation>
    </message>
    <message>
        <location filename="../../../s321_desk/ui/crew_dialogs.py" line="51"/>
        <source>Citizenship</source>
        <translation>Citoyenneté</translation>
    </message>
    <message>
        <location filename="../../../s321_desk/ui/crew_dialogs.py" line="52"/>
        <source>Document</source>
        <translation>Document</translation>
    </message>
    <message>
        <location filename="../../../s321_desk/ui/crew_dialogs.py" line="54"/>
        <location filename="../../../s321_desk/ui/crew_dialogs.py" line="122"/>
        <source>Document number</source>
        <translation>Numéro du document</translation>
    </message>
    <message>
        <location filename="../../../s321_desk/ui/crew_dialogs.py" line="57"/>
        <source>Issued by</source>
        <translation>Délivré par</translation>
    </message>
    <message>
        <location filename="../../../s321_desk/ui/crew_dialogs.py" line="62"/>
        <source>FAST card</source>
        <translation>Carte EXPRES</translation>
    </message>
    <message>
        <location filename="../../../s321_desk/ui/crew_dialogs.py" line="64"/>
        <location filename="../../../s321_desk/ui/crew_dialogs.py" line="85"/>
        <location filename="../../../s321_desk/ui/crew_dialogs.py" line="104"/>
        <source>Active</source>
        <translation>Actif</translation>
    </message>
    <message>
        <location filename="../../../s321_desk/ui/crew_dialogs.py" line="66"/>
        <location filename="../../../s321_desk/ui/crew_dialogs.py" line="87"/>
        <location filename="../../../s321_desk/ui/crew_dialogs.py" line="106"/>
        <source>yes</source>
        <translation>oui</translation>
    </message>
    <message>
        <location filename="../../../s321_desk/ui/crew_dialogs.py" line="68"/>
        <location filename="../../../s321_desk/ui/crew_dialogs.py" line="89"/>
        <location filename="../../../s321_desk/ui/crew_dialogs.py" line="108"/>
        <source>retired</source>
        <translation>retiré</translation>
    </message>
    <message>
        <location filename="../../../s321_desk/ui/crew_dialogs.py" line="76"/>
        <source>Unit</source>
        <translation>Unité</translation>
    </message>
    <message>
        <location filename="../../../s321_desk/ui/crew_dialogs.py" line="77"/>
        <location filename="../../../s321_desk/ui/crew_dialogs.py" line="98"/>
        <location filename="../../../s321_desk/ui/crew_dialogs.py" line="128"/>
        <location filename="../../../s321_desk/ui/crew_dialogs.py" line="135"/>
        <source>Type</source>
        <translation>Type</translation>
    </message>
    <message>
        <location filename="../../../s321_desk/ui/crew_dialogs.py" line="78"/>
        <location filename="../../../s321_desk/ui/crew_dialogs.py" line="129"/>
        <source>VIN</source>
        <translation>NIV</translation>
    </message>
    <message>
        <location filename="../../../s321_desk/ui/crew_dialogs.py" line="79"/>
        <location filename="../../../s321_desk/ui/crew_dialogs.py" line="99"/>
        <location filename="../../../s321_desk/ui/crew_dialogs.py" line="130"/>
        <location filename="../../../s321_desk/ui/crew_dialogs.py" line="136"/>
        <source>Plate</source>
        <translation>Plaque</translation>
    </message>
    <message>
        <location filename="../../../s321_desk/ui/crew_dialogs.py" line="81"/>
        <location filename="../../../s321_desk/ui/crew_dialogs.py" line="101"/>
        <location filename="../../../s321_desk/ui/crew_dialogs.py" line="131"/>
        <location filename="../../../s321_desk/ui/crew_dialogs.py" line="137"/>
        <source>State or province</source>
        <translation>État ou province</translation>
    </message>
    <message>
        <location filename="../../../s321_desk/ui/crew_dialogs.py" line="83"/>
        <source>USDOT</source>
        <translation>USDOT</translation>
    </message>
    <message>
        <location filename="../../../s321_desk/ui/crew_dialogs.py" line="118"/>
        <source>Gender (M/F)</source>
        <translation>Sexe (M/F)</translation>
    </message>
    <message>
        <location filename="../../../s321_desk/ui/crew_dialogs.py" line="119"/>
        <source>Date of birth (YYYY-MM-DD)</source>
        <translation>Date de naissance (AAAA-MM-JJ)</translation>
    </message>
    <message>
        <location filename="../../../s321_desk/ui/crew_dialogs.py" line="120"/>
        <source>Citizenship (CA, US...)</source>
        <translation>Citoyenneté (CA, US...)</translation>
    </message>
    <message>
        <location filename="../../../s321_desk/ui/crew_dialogs.py" line="121"/>
        <source>Travel document</source>
        <translation>Document de voyage</translation>
    </message>
    <message>
        <location filename="../../../s321_desk/ui/crew_dialogs.py" line="123"/>
        <source>Issued by country</source>
        <translation>Pays qui l&apos;a délivré</translation>
    </message>
    <message>
        <location filename="../../../s321_desk/ui/crew_dialogs.py" line="124"/>
        <source>Issued by state/province</source>
        <translation>État ou province qui l&apos;a délivré</translation>
    </message>
    <message>
        <location filename="../../../s321_desk/ui/crew_dialogs.py" line="125"/>
        <source>FAST card (14 digits)</source>
        <translation>Carte EXPRES (14 chiffres)</translation>
    </message>
    <message>
        <location filename="../../../s321_desk/ui/crew_dialogs.py" line="132"/>
        <source>USDOT number</source>
        <translation>Numéro USDOT</translation>
    </message>
    <message>
        <location filename="../../../s321_desk/ui/crew_dialogs.py" line="140"/>
        <source>Driver number</source>
        <translation>Numéro du chauffeur</translation>
    </message>
    <message>
        <location filename="../../../s321_desk/ui/crew_dialogs.py" line="141"/>
        <source>Unit number</source>
        <translation>Numéro d&apos;unité</translation>
    </message>
    <message>
        <location filename="../../../s321_desk/ui/crew_dialogs.py" line="142"/>
        <source>Trailer number</source>
        <translation>Numéro de la remorque</translation>
    </message>
    <message>
        <location filename="../../../s321_desk/ui/crew_dialogs.py" line="182"/>
        <source>Add</source>
        <translation>Ajouter</translation>
    </message>
    <message>
        <location filename="../../../s321_desk/ui/crew_dialogs.py" line="184"/>
        <source>Save changes</source>
        <translation>Enregistrer les changements</translation>
    </message>
    <message>
        <location filename="../../../s321_desk/ui/crew_dialogs.py" line="186"/>
        <source>Retire</source>
        <translation>Retirer</translation>
    </message>
    <message>
        <location filename="../../../s321_desk/ui/crew_dialogs.py" line="258"/>
        <source>{key}: saved</source>
        <translation>{key}&#xa0;: enregistré</translation>
    </message>
    <message>
        <location filename="../../../s321_desk/ui/crew_dialogs.py" line="272"/>
        <source>{key}: retired from the pickers</source>
        <translation>{key}&#xa0;: retiré des listes</translation>
    </message>
    <message>
        <location filename="../../../s321_desk/ui/crew_dialogs.py" line="295"/>
        <source>Drivers, trucks and trailers</source>
        <translation>Chauffeurs, camions et remorques</translation>
    </message>
    <message>
        <location filename="../../../s321_desk/ui/crew_dialogs.py" line="299"/>
        <source>Signed in as {name}: personal data shown; each showing is recorded.</source>
        <translation>Session de {name}&#xa0;: données personnelles montrées&#xa0;; chaque consultation est consignée.</translation>
    </message>
    <message>
        <location filename="../../../s321_desk/ui/crew_dialogs.py" line="303"/>
        <source>A driver&apos;s personal data is shown only to a driver, a supervisor or an administrator signed in.</source>
        <translation>Les données personnelles d&apos;un chauffeur ne sont montrées qu&apos;à un chauffeur, un superviseur ou un administrateur ayant ouvert une session.</translation>
    </message>
    <message>
        <location filename="../../../s321_desk/ui/crew_dialogs.py" line="315"/>
        <source>Drivers</source>
        <translation>Chauffeurs</translation>
    </message>
    <message>
        <location filename="../../../s321_desk/ui/crew_dialogs.py" line="316"/>
        <source>Trucks</source>
        <translation>Camions</translation>
    </message>
    <message>
        <location filename="../../../s321_desk/ui/crew_dialogs.py" line="317"/>
        <source>Trailers</source>
        <translation>Remorques</translation>
    </message>
    <message>
        <location filename="../../../s321_desk/ui/crew_dialogs.py" line="343"/>
        <source>Crew of trip {trip}</source>
        <translation>Équipage du chargement {trip}</translation>
    </message>
</context>
</TS>
