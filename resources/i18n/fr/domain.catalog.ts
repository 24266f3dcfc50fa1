<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="fr">
<context>
    <name>Catalog</name>
    <message>
        <location filename="../../../s321_desk/domain/catalog.py" line="33"/>
        <source>{text} is not a 10-digit HTS number (e.g. 6109.10.0012)</source>
        <translation>{text} n&apos;est pas un numéro HTS à 10 chiffres (p. ex. 6109.10.0012)</translation>
    </message>
    <message>
        <location filename="../../../s321_desk/domain/catalog.py" line="51"/>
        <source>unknown flag {flags} (known: {known})</source>
        <translation>indicateur inconnu {flags} (connus&#xa0;: {known})</translation>
    </message>
    <message>
        <location filename="../../../s321_desk/domain/catalog.py" line="69"/>
        <source>{text} is not a UPC/EAN (8, 12, 13 or 14 digits)</source>
        <translation>{text} n&apos;est pas un UPC/EAN (8, 12, 13 ou 14 chiffres)</translation>
    </message>
    <message>
        <location filename="../../../s321_desk/domain/catalog.py" line="75"/>
        <source>{text} has a wrong check digit (a misread or mistyped UPC/EAN)</source>
        <translation>{text} a un chiffre de contrôle erroné (un UPC/EAN mal lu ou mal tapé)</translation>
    </message>
</context>
</TS>
