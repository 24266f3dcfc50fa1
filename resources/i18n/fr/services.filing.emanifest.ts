<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="fr">
<context>
    <name>EManifest</name>
    <message>
        <location filename="../../../s321_desk/services/filing/emanifest.py" line="130"/>
        <source>DRAFT {what} {trip} written to {file} as {format}: {shipments} shipment(s), {lines} line(s), USD {value} ({bytes} bytes)</source>
        <translation>BROUILLON {what} {trip} écrit dans {file} en {format}&#xa0;: {shipments} envoi(s), {lines} ligne(s), {value} USD ({bytes} octets)</translation>
    </message>
    <message>
        <location filename="../../../s321_desk/services/filing/emanifest.py" line="136"/>
        <source>{what} {trip} written to {file} as {format}: {shipments} shipment(s), {lines} line(s), USD {value} ({bytes} bytes)</source>
        <translation>{what} {trip} écrit dans {file} en {format}&#xa0;: {shipments} envoi(s), {lines} ligne(s), {value} USD ({bytes} octets)</translation>
    </message>
    <message>
        <location filename="../../../s321_desk/services/filing/emanifest.py" line="157"/>
        <source>e-manifest</source>
        <translation>manifeste électronique</translation>
    </message>
    <message>
        <location filename="../../../s321_desk/services/filing/emanifest.py" line="158"/>
        <source>BorderConnect ACE trip</source>
        <translation>Trajet ACE BorderConnect</translation>
    </message>
    <message>
        <location filename="../../../s321_desk/services/filing/emanifest.py" line="159"/>
        <source>ACE shipment upload</source>
        <translation>Téléversement des envois ACE</translation>
    </message>
    <message>
        <location filename="../../../s321_desk/services/filing/emanifest.py" line="160"/>
        <source>broker&apos;s entries</source>
        <translation>entrées du courtier</translation>
    </message>
    <message>
        <location filename="../../../s321_desk/services/filing/emanifest.py" line="184"/>
        <source>the format: {format} is not one of {formats}</source>
        <translation>le format&#xa0;: {format} n&apos;est pas l&apos;un de {formats}</translation>
    </message>
    <message>
        <location filename="../../../s321_desk/services/filing/emanifest.py" line="261"/>
        <source>{place}: {un}: dangerous goods need an emergency contact; an administrator sets it (setting hazmat_contact: {example})</source>
        <translation>{place}&#xa0;: {un}&#xa0;: les marchandises dangereuses demandent un contact d&apos;urgence&#xa0;; un administrateur le donne (paramètre hazmat_contact&#xa0;: {example})</translation>
    </message>
</context>
</TS>
