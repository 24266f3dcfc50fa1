<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="fr">
<context>
    <name>CatalogView</name>
    <message>
        <location filename="../../../s321_desk/ui/catalog_view.py" line="87"/>
        <source>SKU, description, barcode or HTS</source>
        <translation>SKU, description, code-barres ou HTS</translation>
    </message>
    <message>
        <location filename="../../../s321_desk/ui/catalog_view.py" line="89"/>
        <source>Fin&amp;d a SKU:</source>
        <translation>&amp;Trouver un SKU&#xa0;:</translation>
    </message>
    <message>
        <location filename="../../../s321_desk/ui/catalog_view.py" line="91"/>
        <source>Only those &amp;missing HTS or origin</source>
        <translation>Seulement ceux sans HTS ou sans &amp;origine</translation>
    </message>
    <message>
        <location filename="../../../s321_desk/ui/catalog_view.py" line="117"/>
        <source>Product</source>
        <translation>Produit</translation>
    </message>
    <message>
        <location filename="../../../s321_desk/ui/catalog_view.py" line="122"/>
        <source>10 digits, e.g. 6109.10.0012</source>
        <translation>10 chiffres, p. ex. 6109.10.0012</translation>
    </message>
    <message>
        <location filename="../../../s321_desk/ui/catalog_view.py" line="123"/>
        <source>2 letters, e.g. CA, CN</source>
        <translation>2 lettres, p. ex. CA, CN</translation>
    </message>
    <message>
        <location filename="../../../s321_desk/ui/catalog_view.py" line="125"/>
        <source>e.g. PGA_FDA; ADCVD</source>
        <translation>p. ex. PGA_FDA; ADCVD</translation>
    </message>
    <message>
        <location filename="../../../s321_desk/ui/catalog_view.py" line="131"/>
        <source>&amp;Save the product</source>
        <translation>&amp;Enregistrer le produit</translation>
    </message>
    <message>
        <location filename="../../../s321_desk/ui/catalog_view.py" line="139"/>
        <source>Description:</source>
        <translation>Description&#xa0;:</translation>
    </message>
    <message>
        <location filename="../../../s321_desk/ui/catalog_view.py" line="140"/>
        <source>HTS number:</source>
        <translation>Numéro HTS&#xa0;:</translation>
    </message>
    <message>
        <location filename="../../../s321_desk/ui/catalog_view.py" line="141"/>
        <source>Country of origin:</source>
        <translation>Pays d&apos;origine&#xa0;:</translation>
    </message>
    <message>
        <location filename="../../../s321_desk/ui/catalog_view.py" line="142"/>
        <source>Unit value:</source>
        <translation>Valeur unitaire&#xa0;:</translation>
    </message>
    <message>
        <location filename="../../../s321_desk/ui/catalog_view.py" line="143"/>
        <source>Weight (kg):</source>
        <translation>Poids (kg)&#xa0;:</translation>
    </message>
    <message>
        <location filename="../../../s321_desk/ui/catalog_view.py" line="144"/>
        <source>Flags:</source>
        <translation>Indicateurs&#xa0;:</translation>
    </message>
    <message>
        <location filename="../../../s321_desk/ui/catalog_view.py" line="174"/>
        <source>No catalog yet: import it from the File menu (Import catalog...).</source>
        <translation>Pas encore de catalogue&#xa0;: importez-le depuis le menu Fichier (Importer le catalogue...).</translation>
    </message>
    <message>
        <location filename="../../../s321_desk/ui/catalog_view.py" line="176"/>
        <source>{matched} of {total} SKUs; {missing} missing HTS or origin.</source>
        <translation>{matched} SKU sur {total}&#xa0;; {missing} sans HTS ou sans origine.</translation>
    </message>
    <message>
        <location filename="../../../s321_desk/ui/catalog_view.py" line="180"/>
        <source>The first {shown} shown.</source>
        <translation>Les {shown} premiers affichés.</translation>
    </message>
    <message>
        <location filename="../../../s321_desk/ui/catalog_view.py" line="207"/>
        <source>Product (pick a SKU in the list)</source>
        <translation>Produit (choisissez un SKU dans la liste)</translation>
    </message>
    <message>
        <location filename="../../../s321_desk/ui/catalog_view.py" line="212"/>
        <source>Product {sku}</source>
        <translation>Produit {sku}</translation>
    </message>
    <message>
        <location filename="../../../s321_desk/ui/catalog_view.py" line="239"/>
        <location filename="../../../s321_desk/ui/catalog_view.py" line="285"/>
        <source>Nothing changed.</source>
        <translation>Rien n&apos;a changé.</translation>
    </message>
    <message>
        <location filename="../../../s321_desk/ui/catalog_view.py" line="260"/>
        <source>Edit the catalog</source>
        <translation>Modifier le catalogue</translation>
    </message>
    <message>
        <location filename="../../../s321_desk/ui/catalog_view.py" line="261"/>
        <source>Save SKU {sku}: a supervisor or an administrator.</source>
        <translation>Enregistrer le SKU {sku}&#xa0;: un superviseur ou un administrateur.</translation>
    </message>
    <message>
        <location filename="../../../s321_desk/ui/catalog_view.py" line="283"/>
        <source>Saved {sku}: {fields}.</source>
        <translation>{sku} enregistré&#xa0;: {fields}.</translation>
    </message>
</context>
<context>
    <name>ProductTableModel</name>
    <message>
        <location filename="../../../s321_desk/ui/catalog_view.py" line="51"/>
        <source>MISSING</source>
        <translation>MANQUANT</translation>
    </message>
    <message>
        <location filename="../../../s321_desk/ui/catalog_view.py" line="53"/>
        <source>SKU</source>
        <translation>SKU</translation>
    </message>
    <message>
        <location filename="../../../s321_desk/ui/catalog_view.py" line="54"/>
        <source>Description</source>
        <translation>Description</translation>
    </message>
    <message>
        <location filename="../../../s321_desk/ui/catalog_view.py" line="55"/>
        <source>HTS</source>
        <translation>HTS</translation>
    </message>
    <message>
        <location filename="../../../s321_desk/ui/catalog_view.py" line="56"/>
        <source>Origin</source>
        <translation>Origine</translation>
    </message>
    <message>
        <location filename="../../../s321_desk/ui/catalog_view.py" line="57"/>
        <source>Unit value</source>
        <translation>Valeur unitaire</translation>
    </message>
    <message>
        <location filename="../../../s321_desk/ui/catalog_view.py" line="60"/>
        <source>Weight (kg)</source>
        <translation>Poids (kg)</translation>
    </message>
    <message>
        <location filename="../../../s321_desk/ui/catalog_view.py" line="62"/>
        <source>Flags</source>
        <translation>Indicateurs</translation>
    </message>
    <message>
        <location filename="../../../s321_desk/ui/catalog_view.py" line="63"/>
        <source>Barcode</source>
        <translation>Code-barres</translation>
    </message>
</context>
</TS>
