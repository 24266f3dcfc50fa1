<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1">
<context>
    <name>Access</name>
    <message>
        <location filename="../../../s321_desk/services/kernel/access.py" line="49"/>
        <source>packing</source>
        <translation>l&apos;emballage</translation>
    </message>
    <message>
        <location filename="../../../s321_desk/services/kernel/access.py" line="50"/>
        <source>importing orders</source>
        <translation>l&apos;importation des commandes</translation>
    </message>
    <message>
        <location filename="../../../s321_desk/services/kernel/access.py" line="51"/>
        <source>printing a paper</source>
        <translation>l&apos;impression d&apos;un document</translation>
    </message>
    <message>
        <location filename="../../../s321_desk/services/kernel/access.py" line="52"/>
        <source>loading a truck</source>
        <translation>le chargement d&apos;un camion</translation>
    </message>
    <message>
        <location filename="../../../s321_desk/services/kernel/access.py" line="53"/>
        <source>exporting the e-manifest</source>
        <translation>l&apos;exportation du manifeste électronique</translation>
    </message>
    <message>
        <location filename="../../../s321_desk/services/kernel/access.py" line="54"/>
        <source>exporting records</source>
        <translation>l&apos;exportation des registres</translation>
    </message>
    <message>
        <location filename="../../../s321_desk/services/kernel/access.py" line="55"/>
        <source>importing the catalog</source>
        <translation>l&apos;importation du catalogue</translation>
    </message>
    <message>
        <location filename="../../../s321_desk/services/kernel/access.py" line="56"/>
        <source>pinning the rules</source>
        <translation>le figeage des règles</translation>
    </message>
    <message>
        <location filename="../../../s321_desk/services/kernel/access.py" line="57"/>
        <source>entering an FX rate</source>
        <translation>la saisie d&apos;un taux de change</translation>
    </message>
    <message>
        <location filename="../../../s321_desk/services/kernel/access.py" line="58"/>
        <source>a backup</source>
        <translation>une sauvegarde</translation>
    </message>
    <message>
        <location filename="../../../s321_desk/services/kernel/access.py" line="59"/>
        <source>changing settings</source>
        <translation>la modification des paramètres</translation>
    </message>
    <message>
        <location filename="../../../s321_desk/services/kernel/access.py" line="60"/>
        <source>restoring a backup</source>
        <translation>la restauration d&apos;une sauvegarde</translation>
    </message>
    <message>
        <location filename="../../../s321_desk/services/kernel/access.py" line="72"/>
        <source>{what} needs {roles}</source>
        <translation>{what} exige {roles}</translation>
    </message>
    <message>
        <location filename="../../../s321_desk/services/kernel/access.py" line="91"/>
        <source>{what} needs {roles}: sign in first</source>
        <translation>{what} exige {roles}&#xa0;: ouvrez d&apos;abord une session</translation>
    </message>
    <message>
        <location filename="../../../s321_desk/services/kernel/access.py" line="99"/>
        <source>{what} needs {roles}; {name} is a {role}</source>
        <translation>{what} exige {roles}&#xa0;; {name} est {role}</translation>
    </message>
    <message>
        <location filename="../../../s321_desk/services/kernel/access.py" line="111"/>
        <source>{one} or {other}</source>
        <translation>{one} ou {other}</translation>
    </message>
    <message>
        <location filename="../../../s321_desk/services/kernel/access.py" line="115"/>
        <source>an administrator</source>
        <translation>un administrateur</translation>
    </message>
    <message>
        <location filename="../../../s321_desk/services/kernel/access.py" line="116"/>
        <source>a supervisor</source>
        <translation>un superviseur</translation>
    </message>
    <message>
        <location filename="../../../s321_desk/services/kernel/access.py" line="117"/>
        <source>a driver</source>
        <translation>un chauffeur</translation>
    </message>
    <message>
        <location filename="../../../s321_desk/services/kernel/access.py" line="118"/>
        <source>a packer</source>
        <translation>un emballeur</translation>
    </message>
</context>
</TS>
