<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="fr">
<context>
    <name>Settings</name>
    <message>
        <location filename="../../../s321_desk/services/admin/settings.py" line="170"/>
        <location filename="../../../s321_desk/services/admin/settings.py" line="246"/>
        <source>{field} must be a non-empty text</source>
        <translation>{field} doit être un texte non vide</translation>
    </message>
    <message>
        <location filename="../../../s321_desk/services/admin/settings.py" line="177"/>
        <source>{field} must be a list of address lines</source>
        <translation>{field} doit être une liste de lignes d&apos;adresse</translation>
    </message>
    <message>
        <location filename="../../../s321_desk/services/admin/settings.py" line="202"/>
        <source>must be an object of SCAC: name</source>
        <translation>doit être un objet SCAC&#xa0;: nom</translation>
    </message>
    <message>
        <location filename="../../../s321_desk/services/admin/settings.py" line="208"/>
        <source>SCAC {scac} is 2 to 4 capital letters</source>
        <translation>le SCAC {scac} compte 2 à 4 lettres majuscules</translation>
    </message>
    <message>
        <location filename="../../../s321_desk/services/admin/settings.py" line="217"/>
        <source>must be an object with &quot;name&quot; and &quot;{field}&quot;</source>
        <translation>doit être un objet avec «&#xa0;name&#xa0;» et «&#xa0;{field}&#xa0;»</translation>
    </message>
    <message>
        <location filename="../../../s321_desk/services/admin/settings.py" line="239"/>
        <source>must be an object with {fields}</source>
        <translation>doit être un objet avec {fields}</translation>
    </message>
    <message>
        <location filename="../../../s321_desk/services/admin/settings.py" line="251"/>
        <source>country {value} is not an ISO 3166 code (CA, US...)</source>
        <translation>le pays {value} n&apos;est pas un code ISO 3166 (CA, US...)</translation>
    </message>
    <message>
        <location filename="../../../s321_desk/services/admin/settings.py" line="258"/>
        <source>phone {value} is not a telephone number</source>
        <translation>téléphone {value}&#xa0;: ce n&apos;est pas un numéro de téléphone</translation>
    </message>
    <message>
        <location filename="../../../s321_desk/services/admin/settings.py" line="267"/>
        <source>must be a text</source>
        <translation>doit être un texte</translation>
    </message>
    <message>
        <location filename="../../../s321_desk/services/admin/settings.py" line="271"/>
        <source>{value} is not a time of day (HH:MM, 00:00 to 23:59)</source>
        <translation>{value} n&apos;est pas une heure du jour (HH:MM, 00:00 à 23:59)</translation>
    </message>
    <message>
        <location filename="../../../s321_desk/services/admin/settings.py" line="278"/>
        <source>{value} is not a port in resources/ports.json</source>
        <translation>{value} n&apos;est pas un point d&apos;entrée de resources/ports.json</translation>
    </message>
    <message>
        <location filename="../../../s321_desk/services/admin/settings.py" line="285"/>
        <source>{value} is not 1 to 5 capital letters or digits, starting with a letter</source>
        <translation>{value} n&apos;est pas 1 à 5 lettres majuscules ou chiffres commençant par une lettre</translation>
    </message>
    <message>
        <location filename="../../../s321_desk/services/admin/settings.py" line="294"/>
        <source>write it {code}</source>
        <translation>écrivez-le {code}</translation>
    </message>
    <message>
        <location filename="../../../s321_desk/services/admin/settings.py" line="304"/>
        <source>{value} is not a time zone such as America/Toronto</source>
        <translation>{value} n&apos;est pas un fuseau horaire comme America/Toronto</translation>
    </message>
    <message>
        <location filename="../../../s321_desk/services/admin/settings.py" line="314"/>
        <source>must be an object: {example}</source>
        <translation>doit être un objet&#xa0;: {example}</translation>
    </message>
    <message>
        <location filename="../../../s321_desk/services/admin/settings.py" line="323"/>
        <source>{field} must be a whole number from {low} to {high}</source>
        <translation>{field} doit être un nombre entier de {low} à {high}</translation>
    </message>
    <message>
        <location filename="../../../s321_desk/services/admin/settings.py" line="331"/>
        <source>folder must be a folder&apos;s path, or null for the default</source>
        <translation>folder doit être le chemin d&apos;un dossier, ou null pour celui par défaut</translation>
    </message>
    <message>
        <location filename="../../../s321_desk/services/admin/settings.py" line="337"/>
        <source>{field} is not one of every_hours, keep, folder</source>
        <translation>{field} n&apos;est pas l&apos;un de every_hours, keep, folder</translation>
    </message>
    <message>
        <location filename="../../../s321_desk/services/admin/settings.py" line="347"/>
        <source>must be an object of station name: its printers</source>
        <translation>doit être un objet nom du poste&#xa0;: ses imprimantes</translation>
    </message>
    <message>
        <location filename="../../../s321_desk/services/admin/settings.py" line="353"/>
        <source>{station} must be an object of its printers</source>
        <translation>{station} doit être un objet de ses imprimantes</translation>
    </message>
    <message>
        <location filename="../../../s321_desk/services/admin/settings.py" line="371"/>
        <source>not one of {roles}</source>
        <translation>pas l&apos;un de {roles}</translation>
    </message>
    <message>
        <location filename="../../../s321_desk/services/admin/settings.py" line="382"/>
        <source>a whole number from 0 to 100</source>
        <translation>un nombre entier de 0 à 100</translation>
    </message>
    <message>
        <location filename="../../../s321_desk/services/admin/settings.py" line="384"/>
        <source>true or false</source>
        <translation>true ou false</translation>
    </message>
    <message>
        <location filename="../../../s321_desk/services/admin/settings.py" line="387"/>
        <source>not one of volume, muted</source>
        <translation>n&apos;est pas un de volume, muted</translation>
    </message>
    <message>
        <location filename="../../../s321_desk/services/admin/settings.py" line="410"/>
        <source>one of {kinds}</source>
        <translation>l&apos;un de {kinds}</translation>
    </message>
    <message>
        <location filename="../../../s321_desk/services/admin/settings.py" line="415"/>
        <source>203 or 300</source>
        <translation>203 ou 300</translation>
    </message>
    <message>
        <location filename="../../../s321_desk/services/admin/settings.py" line="419"/>
        <source>a TCP port number (a thermal printer listens on 9100)</source>
        <translation>un numéro de port TCP (une imprimante thermique écoute sur 9100)</translation>
    </message>
    <message>
        <location filename="../../../s321_desk/services/admin/settings.py" line="422"/>
        <source>a non-empty text</source>
        <translation>un texte non vide</translation>
    </message>
    <message>
        <location filename="../../../s321_desk/services/admin/settings.py" line="441"/>
        <source>no such setting ({settings})</source>
        <translation>ce paramètre n&apos;existe pas ({settings})</translation>
    </message>
    <message>
        <location filename="../../../s321_desk/services/admin/settings.py" line="451"/>
        <source>{text} is not valid JSON</source>
        <translation>{text} n&apos;est pas du JSON valide</translation>
    </message>
    <message>
        <location filename="../../../s321_desk/services/admin/settings.py" line="473"/>
        <source>no such setting</source>
        <translation>ce paramètre n&apos;existe pas</translation>
    </message>
</context>
</TS>
