<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="fr">
<context>
    <name>LoadPapers</name>
    <message>
        <location filename="../../../s321_desk/ui/loads/papers.py" line="34"/>
        <source>Driver pack</source>
        <translation>Dossier du chauffeur</translation>
    </message>
    <message>
        <location filename="../../../s321_desk/ui/loads/papers.py" line="36"/>
        <source>Load manifest</source>
        <translation>Manifeste de chargement</translation>
    </message>
    <message>
        <location filename="../../../s321_desk/ui/loads/papers.py" line="37"/>
        <source>Lead sheet</source>
        <translation>Feuille de présentation</translation>
    </message>
    <message>
        <location filename="../../../s321_desk/ui/loads/papers.py" line="39"/>
        <source>E-manifest</source>
        <translation>eManifeste</translation>
    </message>
    <message>
        <location filename="../../../s321_desk/ui/loads/papers.py" line="41"/>
        <source>BorderConnect ACE trip</source>
        <translation>Trajet ACE BorderConnect</translation>
    </message>
    <message>
        <location filename="../../../s321_desk/ui/loads/papers.py" line="43"/>
        <source>ACE shipment upload</source>
        <translation>Téléversement des envois ACE</translation>
    </message>
    <message>
        <location filename="../../../s321_desk/ui/loads/papers.py" line="45"/>
        <source>Broker&apos;s entries</source>
        <translation>Entrées du courtier</translation>
    </message>
</context>
<context>
    <name>PaperDesk</name>
    <message>
        <location filename="../../../s321_desk/ui/loads/papers.py" line="94"/>
        <source>{folder}: cannot create the folder ({error})</source>
        <translation>{folder}&#xa0;: impossible de créer le dossier ({error})</translation>
    </message>
    <message>
        <location filename="../../../s321_desk/ui/loads/papers.py" line="97"/>
        <source>{paper} of {trip}</source>
        <translation>{paper} du chargement {trip}</translation>
    </message>
    <message>
        <location filename="../../../s321_desk/ui/loads/papers.py" line="105"/>
        <source>{paper} {trip}</source>
        <translation>{paper} {trip}</translation>
    </message>
    <message>
        <location filename="../../../s321_desk/ui/loads/papers.py" line="108"/>
        <source>{paper} to {file}</source>
        <translation>{paper} vers {file}</translation>
    </message>
    <message>
        <location filename="../../../s321_desk/ui/loads/papers.py" line="113"/>
        <source>{paper}: cancelled; no file was written</source>
        <translation>{paper}&#xa0;: annulé; aucun fichier n&apos;a été écrit</translation>
    </message>
    <message>
        <location filename="../../../s321_desk/ui/loads/papers.py" line="117"/>
        <source>{paper}: being written to {path} (the desk keeps working)</source>
        <translation>{paper}&#xa0;: en cours d&apos;écriture dans {path} (le poste continue de fonctionner)</translation>
    </message>
    <message>
        <location filename="../../../s321_desk/ui/loads/papers.py" line="129"/>
        <source>{paper} NOT WRITTEN: {error}: {problems}</source>
        <translation>{paper} NON ÉCRIT&#xa0;: {error}&#xa0;: {problems}</translation>
    </message>
    <message>
        <location filename="../../../s321_desk/ui/loads/papers.py" line="131"/>
        <source>{paper} NOT WRITTEN: {error}: {problems}; and {more} more</source>
        <translation>{paper} NON ÉCRIT&#xa0;: {error}&#xa0;: {problems}&#xa0;; et {more} autre(s)</translation>
    </message>
    <message>
        <location filename="../../../s321_desk/ui/loads/papers.py" line="135"/>
        <source>{paper} NOT WRITTEN: {error}</source>
        <translation>{paper} NON ÉCRIT&#xa0;: {error}</translation>
    </message>
</context>
</TS>
