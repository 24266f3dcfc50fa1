<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="fr">
<context>
    <name>Filing</name>
    <message>
        <location filename="../../../s321_desk/services/filing/trip_filings.py" line="175"/>
        <source>load {trip}: not sealed yet; what is filed is the sealed load&apos;s (s321-desk load close), or export a draft (--draft)</source>
        <translation>chargement {trip}&#xa0;: pas encore scellé&#xa0;; on dépose celui du chargement scellé (s321-desk load close), ou exportez un brouillon (--draft)</translation>
    </message>
    <message>
        <location filename="../../../s321_desk/services/filing/trip_filings.py" line="181"/>
        <source>load {trip}: not sealed yet; what is filed is the sealed load&apos;s (s321-desk load close)</source>
        <translation>chargement {trip}&#xa0;: pas encore scellé&#xa0;; on dépose celui du chargement scellé (s321-desk load close)</translation>
    </message>
    <message>
        <location filename="../../../s321_desk/services/filing/trip_filings.py" line="191"/>
        <source>load {trip}: no parcel on it</source>
        <translation>chargement {trip}&#xa0;: aucun colis dedans</translation>
    </message>
    <message>
        <location filename="../../../s321_desk/services/filing/trip_filings.py" line="219"/>
        <source>{parcel}: held; a supervisor must release it first</source>
        <translation>{parcel}&#xa0;: retenu&#xa0;; un superviseur doit d&apos;abord le libérer</translation>
    </message>
    <message>
        <location filename="../../../s321_desk/services/filing/trip_filings.py" line="225"/>
        <source>{parcel}: needs a supervisor&apos;s decision first</source>
        <translation>{parcel}&#xa0;: attend d&apos;abord la décision d&apos;un superviseur</translation>
    </message>
    <message>
        <location filename="../../../s321_desk/services/filing/trip_filings.py" line="230"/>
        <source>{parcel}: no weight</source>
        <translation>{parcel}&#xa0;: aucun poids</translation>
    </message>
    <message>
        <location filename="../../../s321_desk/services/filing/trip_filings.py" line="235"/>
        <source>{parcel} line {line} ({item}): no HTS number of 6+ digits</source>
        <translation>{parcel} ligne {line} ({item})&#xa0;: aucun numéro HTS de 6 chiffres ou plus</translation>
    </message>
    <message>
        <location filename="../../../s321_desk/services/filing/trip_filings.py" line="241"/>
        <source>{parcel} line {line} ({item}): no country of origin</source>
        <translation>{parcel} ligne {line} ({item})&#xa0;: aucun pays d&apos;origine</translation>
    </message>
    <message>
        <location filename="../../../s321_desk/services/filing/trip_filings.py" line="248"/>
        <source>load {trip}: cannot be filed: {problems}; and {more} more</source>
        <translation>chargement {trip}&#xa0;: ne peut être déclaré&#xa0;: {problems}&#xa0;; et {more} autre(s)</translation>
    </message>
    <message>
        <location filename="../../../s321_desk/services/filing/trip_filings.py" line="250"/>
        <source>load {trip}: cannot be filed: {problems}</source>
        <translation>chargement {trip}&#xa0;: ne peut être déclaré&#xa0;: {problems}</translation>
    </message>
    <message>
        <location filename="../../../s321_desk/services/filing/trip_filings.py" line="348"/>
        <source>no manufacturer in the catalog</source>
        <translation>aucun fabricant au catalogue</translation>
    </message>
    <message>
        <location filename="../../../s321_desk/services/filing/trip_filings.py" line="356"/>
        <source>no MID and no full address to build it from (manufacturer_street, manufacturer_city, manufacturer_country)</source>
        <translation>aucun MID et aucune adresse complète pour le construire (manufacturer_street, manufacturer_city, manufacturer_country)</translation>
    </message>
</context>
</TS>
