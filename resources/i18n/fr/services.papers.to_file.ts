<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="fr">
<context>
    <name>Printing</name>
    <message>
        <location filename="../../../s321_desk/services/papers/to_file.py" line="62"/>
        <source>{document} {reference} written to {file} ({bytes} bytes)</source>
        <translation>{document} {reference} écrit dans {file} ({bytes} octets)</translation>
    </message>
    <message>
        <location filename="../../../s321_desk/services/papers/to_file.py" line="75"/>
        <source>label</source>
        <translation>Étiquette</translation>
    </message>
    <message>
        <location filename="../../../s321_desk/services/papers/to_file.py" line="76"/>
        <source>invoice</source>
        <translation>Facture commerciale</translation>
    </message>
    <message>
        <location filename="../../../s321_desk/services/papers/to_file.py" line="77"/>
        <source>manifest</source>
        <translation>Manifeste de chargement</translation>
    </message>
    <message>
        <location filename="../../../s321_desk/services/papers/to_file.py" line="78"/>
        <source>lead-sheet</source>
        <translation>Feuille de présentation</translation>
    </message>
    <message>
        <location filename="../../../s321_desk/services/papers/to_file.py" line="79"/>
        <source>driver-pack</source>
        <translation>Papiers du chauffeur</translation>
    </message>
    <message>
        <location filename="../../../s321_desk/services/papers/to_file.py" line="80"/>
        <source>hold-tag</source>
        <translation>fiche de retenue</translation>
    </message>
    <message>
        <location filename="../../../s321_desk/services/papers/to_file.py" line="81"/>
        <source>pick-tickets</source>
        <translation>bons de préparation</translation>
    </message>
    <message>
        <location filename="../../../s321_desk/services/papers/to_file.py" line="82"/>
        <source>packing-slip</source>
        <translation>bordereau d&apos;expédition</translation>
    </message>
    <message>
        <location filename="../../../s321_desk/services/papers/to_file.py" line="83"/>
        <source>commands</source>
        <translation>feuille de commandes</translation>
    </message>
    <message>
        <location filename="../../../s321_desk/services/papers/to_file.py" line="246"/>
        <source>the format: {format} is not one of {formats}</source>
        <translation>le format&#xa0;: {format} n&apos;est pas l&apos;un de {formats}</translation>
    </message>
    <message>
        <location filename="../../../s321_desk/services/papers/to_file.py" line="253"/>
        <source>the resolution: {dpi} dpi is not one of {dpis}</source>
        <translation>la résolution&#xa0;: {dpi} ppp n&apos;est pas l&apos;une de {dpis}</translation>
    </message>
    <message>
        <location filename="../../../s321_desk/services/papers/to_file.py" line="341"/>
        <source>load {trip}: not sealed yet; the driver pack is printed for a sealed load</source>
        <translation>chargement {trip}&#xa0;: pas encore scellé&#xa0;; les papiers du chauffeur s&apos;impriment pour un chargement scellé</translation>
    </message>
    <message>
        <location filename="../../../s321_desk/services/papers/to_file.py" line="384"/>
        <source>the output file: {folder} is not a folder</source>
        <translation>le fichier de sortie&#xa0;: {folder} n&apos;est pas un dossier</translation>
    </message>
    <message>
        <location filename="../../../s321_desk/services/papers/to_file.py" line="391"/>
        <source>the output file: {out} is a folder; name the file to write</source>
        <translation>le fichier de sortie&#xa0;: {out} est un dossier&#xa0;; nommez le fichier à écrire</translation>
    </message>
    <message>
        <location filename="../../../s321_desk/services/papers/to_file.py" line="355"/>
        <source>load {trip}: no parcel on it</source>
        <translation>chargement {trip}&#xa0;: aucun colis dedans</translation>
    </message>
    <message>
        <location filename="../../../s321_desk/services/papers/to_file.py" line="360"/>
        <source>load {trip}: {parcels} need a decision first</source>
        <translation>chargement {trip}&#xa0;: {parcels} attendent d&apos;abord une décision</translation>
    </message>
</context>
</TS>
