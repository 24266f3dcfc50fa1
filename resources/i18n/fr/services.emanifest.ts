<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="fr">
<context>
    <name>EManifest</name>
    <message>
        <location filename="../../../s321_desk/services/emanifest.py" line="103"/>
        <source>DRAFT e-manifest {trip} written to {file} as {format}: {shipments} shipment(s), {lines} line(s), USD {value} ({bytes} bytes)</source>
        <translation>BROUILLON du manifeste électronique {trip} écrit dans {file} en {format}&#xa0;: {shipments} envoi(s), {lines} ligne(s), {value} USD ({bytes} octets)</translation>
    </message>
    <message>
        <location filename="../../../s321_desk/services/emanifest.py" line="109"/>
        <source>e-manifest {trip} written to {file} as {format}: {shipments} shipment(s), {lines} line(s), USD {value} ({bytes} bytes)</source>
        <translation>Manifeste électronique {trip} écrit dans {file} en {format}&#xa0;: {shipments} envoi(s), {lines} ligne(s), {value} USD ({bytes} octets)</translation>
    </message>
    <message>
        <location filename="../../../s321_desk/services/emanifest.py" line="177"/>
        <source>--format: {format} is not one of {formats}</source>
        <translation>--format&#xa0;: {format} n&apos;est pas l&apos;un de {formats}</translation>
    </message>
    <message>
        <location filename="../../../s321_desk/services/emanifest.py" line="211"/>
        <source>load {trip}: not sealed yet; the e-manifest filed is the sealed load&apos;s (s321-desk load close), or export a draft (--draft)</source>
        <translation>chargement {trip}&#xa0;: pas encore scellé&#xa0;; le manifeste électronique déposé est celui du chargement scellé (s321-desk load close), ou exportez un brouillon (--draft)</translation>
    </message>
    <message>
        <location filename="../../../s321_desk/services/emanifest.py" line="220"/>
        <source>load {trip}: no parcel on it</source>
        <translation>chargement {trip}&#xa0;: aucun colis dedans</translation>
    </message>
    <message>
        <location filename="../../../s321_desk/services/emanifest.py" line="244"/>
        <source>{parcel}: held; a supervisor must release it first</source>
        <translation>{parcel}&#xa0;: retenu&#xa0;; un superviseur doit d&apos;abord le libérer</translation>
    </message>
    <message>
        <location filename="../../../s321_desk/services/emanifest.py" line="250"/>
        <source>{parcel}: needs a supervisor&apos;s decision first</source>
        <translation>{parcel}&#xa0;: attend d&apos;abord la décision d&apos;un superviseur</translation>
    </message>
    <message>
        <location filename="../../../s321_desk/services/emanifest.py" line="256"/>
        <source>{parcel}: no weight</source>
        <translation>{parcel}&#xa0;: aucun poids</translation>
    </message>
    <message>
        <location filename="../../../s321_desk/services/emanifest.py" line="262"/>
        <source>{parcel} line {line} ({item}): no HTS number of {digits}+ digits</source>
        <translation>{parcel} ligne {line} ({item})&#xa0;: aucun numéro HTS d&apos;au moins {digits} chiffres</translation>
    </message>
    <message>
        <location filename="../../../s321_desk/services/emanifest.py" line="269"/>
        <source>{parcel} line {line} ({item}): no country of origin</source>
        <translation>{parcel} ligne {line} ({item})&#xa0;: aucun pays d&apos;origine</translation>
    </message>
    <message>
        <location filename="../../../s321_desk/services/emanifest.py" line="277"/>
        <source>load {trip}: cannot export the e-manifest: {problems}; and {more} more</source>
        <translation>chargement {trip}&#xa0;: impossible d&apos;exporter le manifeste électronique&#xa0;: {problems}&#xa0;; et {more} de plus</translation>
    </message>
    <message>
        <location filename="../../../s321_desk/services/emanifest.py" line="282"/>
        <source>load {trip}: cannot export the e-manifest: {problems}</source>
        <translation>chargement {trip}&#xa0;: impossible d&apos;exporter le manifeste électronique&#xa0;: {problems}</translation>
    </message>
</context>
</TS>
