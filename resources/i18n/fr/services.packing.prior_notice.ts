<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="fr">
<context>
    <name>PriorNotice</name>
    <message>
        <location filename="../../../s321_desk/services/packing/prior_notice.py" line="27"/>
        <source>entering a prior notice</source>
        <translation>la saisie d&apos;un avis préalable</translation>
    </message>
    <message>
        <location filename="../../../s321_desk/services/packing/prior_notice.py" line="43"/>
        <source>Prior notices {file}: {parcels} parcel(s) given one, {unchanged} unchanged.</source>
        <translation>Préavis {file}&#xa0;: {parcels} colis en ont reçu un, {unchanged} inchangé(s).</translation>
    </message>
    <message>
        <location filename="../../../s321_desk/services/packing/prior_notice.py" line="103"/>
        <source>{parcel}: no FDA-regulated line (PGA_FDA), no prior notice needed</source>
        <translation>{parcel}&#xa0;: aucune ligne réglementée par la FDA (PGA_FDA), aucun préavis requis</translation>
    </message>
    <message>
        <location filename="../../../s321_desk/services/packing/prior_notice.py" line="107"/>
        <source>{parcel}: voided</source>
        <translation>{parcel}&#xa0;: annulé</translation>
    </message>
    <message>
        <location filename="../../../s321_desk/services/packing/prior_notice.py" line="110"/>
        <source>{parcel}: on sealed truck {trip}, filed as it is; reopen it first</source>
        <translation>{parcel}&#xa0;: dans le camion scellé {trip}, déclaré tel quel&#xa0;; rouvrez-le d&apos;abord</translation>
    </message>
    <message>
        <location filename="../../../s321_desk/services/packing/prior_notice.py" line="138"/>
        <source>no parcel or SCN {reference}</source>
        <translation>aucun colis ni SCN {reference}</translation>
    </message>
</context>
</TS>
