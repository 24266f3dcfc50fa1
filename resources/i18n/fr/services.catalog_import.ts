<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="fr">
<context>
    <name>CatalogImport</name>
    <message>
        <location filename="../../../s321_desk/services/catalog_import.py" line="72"/>
        <source>Catalog {file}: {products} new product(s), {updated} updated, {unchanged} unchanged; {unclassified} without HTS or origin.</source>
        <translation>Catalogue {file}&#xa0;: {products} nouveau(x) produit(s), {updated} mis à jour, {unchanged} inchangé(s)&#xa0;; {unclassified} sans HTS ou origine.</translation>
    </message>
    <message>
        <location filename="../../../s321_desk/services/catalog_import.py" line="146"/>
        <source>{sku} already given on line {line}</source>
        <translation>{sku} déjà donné à la ligne {line}</translation>
    </message>
    <message>
        <location filename="../../../s321_desk/services/catalog_import.py" line="156"/>
        <source>{barcode} already given on line {line}</source>
        <translation>{barcode} déjà donné à la ligne {line}</translation>
    </message>
    <message>
        <location filename="../../../s321_desk/services/catalog_import.py" line="206"/>
        <source>{barcode} already belongs to SKU {sku} in the catalog</source>
        <translation>{barcode} appartient déjà au SKU {sku} dans le catalogue</translation>
    </message>
    <message>
        <location filename="../../../s321_desk/services/catalog_import.py" line="256"/>
        <source>{text} contains a space (a SKU is one word, as scanned)</source>
        <translation>{text} contient une espace (un SKU est un seul mot, tel que balayé)</translation>
    </message>
    <message>
        <location filename="../../../s321_desk/services/catalog_import.py" line="269"/>
        <source>{text} is not a Canadian import transaction number (the B3&apos;s {digits} digits, e.g. 12345678901234)</source>
        <translation>{text} n&apos;est pas un numéro de transaction d&apos;importation canadien (les {digits} chiffres du B3, p. ex. 12345678901234)</translation>
    </message>
    <message>
        <location filename="../../../s321_desk/services/catalog_import.py" line="282"/>
        <source>{text} is not an ISO 3166 two-letter country code (e.g. CA, CN)</source>
        <translation>{text} n&apos;est pas un code de pays ISO 3166 à deux lettres (p. ex. CA, CN)</translation>
    </message>
</context>
</TS>
