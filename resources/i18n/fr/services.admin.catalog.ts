<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="fr">
<context>
    <name>Access</name>
    <message>
        <location filename="../../../s321_desk/services/admin/catalog.py" line="26"/>
        <source>editing the catalog</source>
        <translation>la modification du catalogue</translation>
    </message>
</context>
<context>
    <name>CatalogEdit</name>
    <message>
        <location filename="../../../s321_desk/services/admin/catalog.py" line="131"/>
        <source>{field}: not a field one edits here</source>
        <translation>{field}&#xa0;: ce champ ne se modifie pas ici</translation>
    </message>
    <message>
        <location filename="../../../s321_desk/services/admin/catalog.py" line="173"/>
        <source>SKU {sku} is not in the catalog</source>
        <translation>le SKU {sku} n&apos;est pas dans le catalogue</translation>
    </message>
</context>
</TS>
