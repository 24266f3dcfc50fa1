<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="fr">
<context>
    <name>CatalogImport</name>
    <message>
        <location filename="../../../s321_desk/services/files/catalog_import.py" line="104"/>
        <source>Catalog {file}: {products} new product(s), {updated} updated, {unchanged} unchanged; {unclassified} without HTS or origin.</source>
        <translation>Catalogue {file}&#xa0;: {products} nouveau(x) produit(s), {updated} mis à jour, {unchanged} inchangé(s)&#xa0;; {unclassified} sans HTS ou origine.</translation>
    </message>
    <message>
        <location filename="../../../s321_desk/services/files/catalog_import.py" line="117"/>
        <source>{count} order line(s) without a SKU matched to a product by its store title.</source>
        <translation>{count} ligne(s) de commande sans SKU associée(s) à un produit par son titre en boutique.</translation>
    </message>
    <message>
        <location filename="../../../s321_desk/services/files/catalog_import.py" line="196"/>
        <source>{sku} already given on line {line}</source>
        <translation>{sku} déjà donné à la ligne {line}</translation>
    </message>
    <message>
        <location filename="../../../s321_desk/services/files/catalog_import.py" line="206"/>
        <source>{barcode} already given on line {line}</source>
        <translation>{barcode} déjà donné à la ligne {line}</translation>
    </message>
    <message>
        <location filename="../../../s321_desk/services/files/catalog_import.py" line="217"/>
        <source>{title} already given on line {line}: a store title names one product</source>
        <translation>{title} déjà donné à la ligne {line}&#xa0;: un titre en boutique nomme un seul produit</translation>
    </message>
    <message>
        <location filename="../../../s321_desk/services/files/catalog_import.py" line="272"/>
        <source>{barcode} already belongs to SKU {sku} in the catalog</source>
        <translation>{barcode} appartient déjà au SKU {sku} dans le catalogue</translation>
    </message>
    <message>
        <location filename="../../../s321_desk/services/files/catalog_import.py" line="344"/>
        <source>{title} is already the store title of SKU {sku}</source>
        <translation>{title} est déjà le titre en boutique du SKU {sku}</translation>
    </message>
    <message>
        <location filename="../../../s321_desk/services/files/catalog_import.py" line="390"/>
        <source>a Canadian manufacturer&apos;s province is required (its MID begins with the province&apos;s code)</source>
        <translation>la province d&apos;un fabricant canadien est requise (son MID commence par le code de la province)</translation>
    </message>
    <message>
        <location filename="../../../s321_desk/services/files/catalog_import.py" line="408"/>
        <source>{text} is not a state or province code (ON, QC...)</source>
        <translation>{text} n&apos;est pas un code d&apos;État ou de province (ON, QC...)</translation>
    </message>
    <message>
        <location filename="../../../s321_desk/services/files/catalog_import.py" line="420"/>
        <source>{text} is not a Canadian import transaction number (the B3&apos;s {digits} digits, e.g. 12345678901234)</source>
        <translation>{text} n&apos;est pas un numéro de transaction d&apos;importation canadien (les {digits} chiffres du B3, p. ex. 12345678901234)</translation>
    </message>
    <message>
        <location filename="../../../s321_desk/services/files/catalog_import.py" line="433"/>
        <source>{text} is not an ISO 3166 two-letter country code (e.g. CA, CN)</source>
        <translation>{text} n&apos;est pas un code de pays ISO 3166 à deux lettres (p. ex. CA, CN)</translation>
    </message>
</context>
</TS>
