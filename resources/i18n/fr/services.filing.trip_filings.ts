<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="fr">
<context>
    <name>Filing</name>
    <message>
        <location filename="../../../s321_desk/services/filing/trip_filings.py" line="178"/>
        <source>load {trip}: not sealed yet; what is filed is the sealed load&apos;s: seal it, or export a draft</source>
        <translation>chargement {trip}&#xa0;: pas encore scellé&#xa0;; on dépose celui du chargement scellé&#xa0;: scellez-le, ou exportez un brouillon</translation>
    </message>
    <message>
        <location filename="../../../s321_desk/services/filing/trip_filings.py" line="184"/>
        <source>load {trip}: not sealed yet; what is filed is the sealed load&apos;s: seal it</source>
        <translation>chargement {trip}&#xa0;: pas encore scellé&#xa0;; on dépose celui du chargement scellé&#xa0;: scellez-le</translation>
    </message>
    <message>
        <location filename="../../../s321_desk/services/filing/trip_filings.py" line="194"/>
        <source>load {trip}: no parcel on it</source>
        <translation>chargement {trip}&#xa0;: aucun colis dedans</translation>
    </message>
    <message>
        <location filename="../../../s321_desk/services/filing/trip_filings.py" line="229"/>
        <source>{parcel}: held; a supervisor must release it first</source>
        <translation>{parcel}&#xa0;: retenu&#xa0;; un superviseur doit d&apos;abord le libérer</translation>
    </message>
    <message>
        <location filename="../../../s321_desk/services/filing/trip_filings.py" line="235"/>
        <source>{parcel}: needs a supervisor&apos;s decision first</source>
        <translation>{parcel}&#xa0;: attend d&apos;abord la décision d&apos;un superviseur</translation>
    </message>
    <message>
        <location filename="../../../s321_desk/services/filing/trip_filings.py" line="240"/>
        <source>{parcel}: no weight</source>
        <translation>{parcel}&#xa0;: aucun poids</translation>
    </message>
    <message>
        <location filename="../../../s321_desk/services/filing/trip_filings.py" line="245"/>
        <source>{parcel} line {line} ({item}): no HTS number of 6+ digits</source>
        <translation>{parcel} ligne {line} ({item})&#xa0;: aucun numéro HTS de 6 chiffres ou plus</translation>
    </message>
    <message>
        <location filename="../../../s321_desk/services/filing/trip_filings.py" line="251"/>
        <source>{parcel} line {line} ({item}): no country of origin</source>
        <translation>{parcel} ligne {line} ({item})&#xa0;: aucun pays d&apos;origine</translation>
    </message>
    <message>
        <location filename="../../../s321_desk/services/filing/trip_filings.py" line="258"/>
        <source>load {trip}: cannot be filed: {problems}; and {more} more</source>
        <translation>chargement {trip}&#xa0;: ne peut être déclaré&#xa0;: {problems}&#xa0;; et {more} autre(s)</translation>
    </message>
    <message>
        <location filename="../../../s321_desk/services/filing/trip_filings.py" line="260"/>
        <source>load {trip}: cannot be filed: {problems}</source>
        <translation>chargement {trip}&#xa0;: ne peut être déclaré&#xa0;: {problems}</translation>
    </message>
    <message>
        <location filename="../../../s321_desk/services/filing/trip_filings.py" line="396"/>
        <source>no manufacturer in the catalog</source>
        <translation>aucun fabricant au catalogue</translation>
    </message>
    <message>
        <location filename="../../../s321_desk/services/filing/trip_filings.py" line="414"/>
        <source>no MID and no full address to build it from (manufacturer_street, manufacturer_city, manufacturer_country)</source>
        <translation>aucun MID et aucune adresse complète pour le construire (manufacturer_street, manufacturer_city, manufacturer_country)</translation>
    </message>
</context>
</TS>
