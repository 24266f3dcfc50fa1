<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="fr">
<context>
    <name>Crew</name>
    <message>
        <location filename="../../../s321_desk/services/loads/crew_records.py" line="143"/>
        <source>first name</source>
        <translation>prénom</translation>
    </message>
    <message>
        <location filename="../../../s321_desk/services/loads/crew_records.py" line="144"/>
        <source>last name</source>
        <translation>nom</translation>
    </message>
    <message>
        <location filename="../../../s321_desk/services/loads/crew_records.py" line="147"/>
        <source>citizenship</source>
        <translation>citoyenneté</translation>
    </message>
    <message>
        <location filename="../../../s321_desk/services/loads/crew_records.py" line="150"/>
        <source>document country</source>
        <translation>pays du document</translation>
    </message>
    <message>
        <location filename="../../../s321_desk/services/loads/crew_records.py" line="151"/>
        <source>document state</source>
        <translation>État ou province du document</translation>
    </message>
    <message>
        <location filename="../../../s321_desk/services/loads/crew_records.py" line="170"/>
        <source>adding a driver</source>
        <translation>ajouter un chauffeur</translation>
    </message>
    <message>
        <location filename="../../../s321_desk/services/loads/crew_records.py" line="173"/>
        <source>driver {number}: already in the records</source>
        <translation>chauffeur {number}&#xa0;: déjà dans les fiches</translation>
    </message>
    <message>
        <location filename="../../../s321_desk/services/loads/crew_records.py" line="190"/>
        <source>changing a driver</source>
        <translation>modifier un chauffeur</translation>
    </message>
    <message>
        <location filename="../../../s321_desk/services/loads/crew_records.py" line="214"/>
        <source>document_state: a {kind} names the state or province that issued it</source>
        <translation>document_state&#xa0;: un document {kind} nomme l&apos;État ou la province qui l&apos;a délivré</translation>
    </message>
    <message>
        <location filename="../../../s321_desk/services/loads/crew_records.py" line="220"/>
        <source>document_country: a {kind} names the country that issued it</source>
        <translation>document_country&#xa0;: un document {kind} nomme le pays qui l&apos;a délivré</translation>
    </message>
    <message>
        <location filename="../../../s321_desk/services/loads/crew_records.py" line="293"/>
        <location filename="../../../s321_desk/services/loads/crew_records.py" line="299"/>
        <source>plate state</source>
        <translation>État ou province de la plaque</translation>
    </message>
    <message>
        <location filename="../../../s321_desk/services/loads/crew_records.py" line="307"/>
        <source>USDOT number {text}: 1 to 8 digits</source>
        <translation>numéro USDOT {text}&#xa0;: 1 à 8 chiffres</translation>
    </message>
    <message>
        <location filename="../../../s321_desk/services/loads/crew_records.py" line="327"/>
        <source>adding a truck</source>
        <translation>ajouter un camion</translation>
    </message>
    <message>
        <location filename="../../../s321_desk/services/loads/crew_records.py" line="328"/>
        <source>truck {key}: already in the records</source>
        <translation>camion {key}&#xa0;: déjà dans les fiches</translation>
    </message>
    <message>
        <location filename="../../../s321_desk/services/loads/crew_records.py" line="349"/>
        <source>trailer {key}: already in the records</source>
        <translation>remorque {key}&#xa0;: déjà dans les fiches</translation>
    </message>
    <message>
        <location filename="../../../s321_desk/services/loads/crew_records.py" line="348"/>
        <source>adding a trailer</source>
        <translation>ajouter une remorque</translation>
    </message>
    <message>
        <location filename="../../../s321_desk/services/loads/crew_records.py" line="281"/>
        <source>driver {number}: not in the records</source>
        <translation>chauffeur {number}&#xa0;: pas dans les fiches</translation>
    </message>
    <message>
        <location filename="../../../s321_desk/services/loads/crew_records.py" line="373"/>
        <source>changing a truck</source>
        <translation>modifier un camion</translation>
    </message>
    <message>
        <location filename="../../../s321_desk/services/loads/crew_records.py" line="382"/>
        <source>changing a trailer</source>
        <translation>modifier une remorque</translation>
    </message>
    <message>
        <location filename="../../../s321_desk/services/loads/crew_records.py" line="412"/>
        <source>{kind}: driver, truck or trailer</source>
        <translation>{kind}&#xa0;: chauffeur, camion ou remorque</translation>
    </message>
    <message>
        <location filename="../../../s321_desk/services/loads/crew_records.py" line="415"/>
        <source>retiring a record</source>
        <translation>retirer une fiche</translation>
    </message>
    <message>
        <location filename="../../../s321_desk/services/loads/crew_records.py" line="472"/>
        <source>truck {reference}: not in the records</source>
        <translation>camion {reference}&#xa0;: pas dans les fiches</translation>
    </message>
    <message>
        <location filename="../../../s321_desk/services/loads/crew_records.py" line="473"/>
        <source>trailer {reference}: not in the records</source>
        <translation>remorque {reference}&#xa0;: pas dans les fiches</translation>
    </message>
    <message>
        <location filename="../../../s321_desk/services/loads/crew_records.py" line="498"/>
        <source>{field}: {problem}</source>
        <translation>{field}&#xa0;: {problem}</translation>
    </message>
    <message>
        <location filename="../../../s321_desk/services/loads/crew_records.py" line="500"/>
        <source>no such field</source>
        <translation>ce champ n&apos;existe pas</translation>
    </message>
    <message>
        <location filename="../../../s321_desk/services/loads/crew_records.py" line="508"/>
        <source>required</source>
        <translation>requis</translation>
    </message>
</context>
</TS>
