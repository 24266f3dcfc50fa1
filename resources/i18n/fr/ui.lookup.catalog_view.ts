<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="fr">
<context>
    <name>CatalogView</name>
    <message>
        <location filename="../../../s321_desk/ui/lookup/catalog_view.py" line="88"/>
        <source>SKU, description, barcode or HTS</source>
        <translation>SKU, description, code-barres ou HTS</translation>
    </message>
    <message>
        <location filename="../../../s321_desk/ui/lookup/catalog_view.py" line="90"/>
        <source>Fin&amp;d a SKU:</source>
        <translation>&amp;Trouver un SKU&#xa0;:</translation>
    </message>
    <message>
        <location filename="../../../s321_desk/ui/lookup/catalog_view.py" line="92"/>
        <source>Only those &amp;missing HTS or origin</source>
        <translation>Seulement ceux sans HTS ou sans &amp;origine</translation>
    </message>
    <message>
        <location filename="../../../s321_desk/ui/lookup/catalog_view.py" line="118"/>
        <source>Product</source>
        <translation>Produit</translation>
    </message>
    <message>
        <location filename="../../../s321_desk/ui/lookup/catalog_view.py" line="123"/>
        <source>10 digits, e.g. 6109.10.0012</source>
        <translation>10 chiffres, p. ex. 6109.10.0012</translation>
    </message>
    <message>
        <location filename="../../../s321_desk/ui/lookup/catalog_view.py" line="124"/>
        <source>2 letters, e.g. CA, CN</source>
        <translation>2 lettres, p. ex. CA, CN</translation>
    </message>
    <message>
        <location filename="../../../s321_desk/ui/lookup/catalog_view.py" line="126"/>
        <source>e.g. PGA_FDA; ADCVD</source>
        <translation>p. ex. PGA_FDA; ADCVD</translation>
    </message>
    <message>
        <location filename="../../../s321_desk/ui/lookup/catalog_view.py" line="132"/>
        <source>&amp;Save the product</source>
        <translation>&amp;Enregistrer le produit</translation>
    </message>
    <message>
        <location filename="../../../s321_desk/ui/lookup/catalog_view.py" line="140"/>
        <source>Description:</source>
        <translation>Description&#xa0;:</translation>
    </message>
    <message>
        <location filename="../../../s321_desk/ui/lookup/catalog_view.py" line="141"/>
        <source>HTS number:</source>
        <translation>Numéro HTS&#xa0;:</translation>
    </message>
    <message>
        <location filename="../../../s321_desk/ui/lookup/catalog_view.py" line="142"/>
        <source>Country of origin:</source>
        <translation>Pays d&apos;origine&#xa0;:</translation>
    </message>
    <message>
        <location filename="../../../s321_desk/ui/lookup/catalog_view.py" line="143"/>
        <source>Unit value:</source>
        <translation>Valeur unitaire&#xa0;:</translation>
    </message>
    <message>
        <location filename="../../../s321_desk/ui/lookup/catalog_view.py" line="144"/>
        <source>Weight (kg):</source>
        <translation>Poids (kg)&#xa0;:</translation>
    </message>
    <message>
        <location filename="../../../s321_desk/ui/lookup/catalog_view.py" line="145"/>
        <source>Flags:</source>
        <translation>Indicateurs&#xa0;:</translation>
    </message>
    <message>
        <location filename="../../../s321_desk/ui/lookup/catalog_view.py" line="177"/>
        <source>No catalog yet: import it from the File menu (Import catalog...).</source>
        <translation>Pas encore de catalogue&#xa0;: importez-le depuis le menu Fichier (Importer le catalogue...).</translation>
    </message>
    <message>
        <location filename="../../../s321_desk/ui/lookup/catalog_view.py" line="179"/>
        <source>{matched} of {total} SKUs; {missing} missing HTS or origin.</source>
        <translation>{matched} SKU sur {total}&#xa0;; {missing} sans HTS ou sans origine.</translation>
    </message>
    <message>
        <location filename="../../../s321_desk/ui/lookup/catalog_view.py" line="183"/>
        <source>The first {shown} shown.</source>
        <translation>Les {shown} premiers affichés.</translation>
    </message>
    <message>
        <location filename="../../../s321_desk/ui/lookup/catalog_view.py" line="210"/>
        <source>Product (pick a SKU in the list)</source>
        <translation>Produit (choisissez un SKU dans la liste)</translation>
    </message>
    <message>
        <location filename="../../../s321_desk/ui/lookup/catalog_view.py" line="215"/>
        <source>Product {sku}</source>
        <translation>Produit {sku}</translation>
    </message>
    <message>
        <location filename="../../../s321_desk/ui/lookup/catalog_view.py" line="243"/>
        <location filename="../../../s321_desk/ui/lookup/catalog_view.py" line="288"/>
        <source>Nothing changed.</source>
        <translation>Rien n&apos;a changé.</translation>
    </message>
    <message>
        <location filename="../../../s321_desk/ui/lookup/catalog_view.py" line="264"/>
        <source>Edit the catalog</source>
        <translation>Modifier le catalogue</translation>
    </message>
    <message>
        <location filename="../../../s321_desk/ui/lookup/catalog_view.py" line="265"/>
        <source>Save SKU {sku}: a supervisor or an administrator.</source>
        <translation>Enregistrer le SKU {sku}&#xa0;: un superviseur ou un administrateur.</translation>
    </message>
    <message>
        <location filename="../../../s321_desk/ui/lookup/catalog_view.py" line="286"/>
        <source>Saved {sku}: {fields}.</source>
        <translation>{sku} enregistré&#xa0;: {fields}.</translation>
    </message>
    <message>
        <location filename="../../../s321_desk/ui/lookup/catalog_view.py" line="290"/>
        <source>Judged again with it, a new verdict: {parcels}.</source>
        <translation>Jugés de nouveau avec lui, un nouveau verdict&#xa0;: {parcels}.</translation>
    </message>
    <message>
        <location filename="../../../s321_desk/ui/lookup/catalog_view.py" line="293"/>
        <source>{count} parcels on sealed trucks would change: see Decisions.</source>
        <translation>{count} colis sur des camions scellés changeraient&#xa0;: voir Décisions.</translation>
    </message>
</context>
<context>
    <name>ProductTableModel</name>
    <message>
        <location filename="../../../s321_desk/ui/lookup/catalog_view.py" line="52"/>
        <source>MISSING</source>
        <translation>MANQUANT</translation>
    </message>
    <message>
        <location filename="../../../s321_desk/ui/lookup/catalog_view.py" line="54"/>
        <source>SKU</source>
        <translation>SKU</translation>
    </message>
    <message>
        <location filename="../../../s321_desk/ui/lookup/catalog_view.py" line="55"/>
        <source>Description</source>
        <translation>Description</translation>
    </message>
    <message>
        <location filename="../../../s321_desk/ui/lookup/catalog_view.py" line="56"/>
        <source>HTS</source>
        <translation>HTS</translation>
    </message>
    <message>
        <location filename="../../../s321_desk/ui/lookup/catalog_view.py" line="57"/>
        <source>Origin</source>
        <translation>Origine</translation>
    </message>
    <message>
        <location filename="../../../s321_desk/ui/lookup/catalog_view.py" line="58"/>
        <source>Unit value</source>
        <translation>Valeur unitaire</translation>
    </message>
    <message>
        <location filename="../../../s321_desk/ui/lookup/catalog_view.py" line="61"/>
        <source>Weight (kg)</source>
        <translation>Poids (kg)</translation>
    </message>
    <message>
        <location filename="../../../s321_desk/ui/lookup/catalog_view.py" line="63"/>
        <source>Flags</source>
        <translation>Indicateurs</translation>
    </message>
    <message>
        <location filename="../../../s321_desk/ui/lookup/catalog_view.py" line="64"/>
        <source>Barcode</source>
        <translation>Code-barres</translation>
    </message>
</context>
</TS>
