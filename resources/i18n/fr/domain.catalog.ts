<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="fr">
<context>
    <name>Catalog</name>
    <message>
        <location filename="../../../s321_desk/domain/catalog.py" line="35"/>
        <source>{text} is not a 10-digit HTS number (e.g. 6109.10.0012)</source>
        <translation>{text} n&apos;est pas un numéro HTS à 10 chiffres (p. ex. 6109.10.0012)</translation>
    </message>
    <message>
        <location filename="../../../s321_desk/domain/catalog.py" line="57"/>
        <source>{text} is a chapter 99 number (additional or temporary duties, such as 9903), not the goods&apos; own classification: give the number of chapters 01-97 that describes the item; the broker adds any chapter 99 number</source>
        <translation>{text} est un numéro du chapitre 99 (droits additionnels ou temporaires, comme 9903), pas le classement propre de la marchandise&#xa0;: donnez le numéro des chapitres 01 à 97 qui décrit l&apos;article&#xa0;; le courtier ajoute tout numéro du chapitre 99</translation>
    </message>
    <message>
        <location filename="../../../s321_desk/domain/catalog.py" line="64"/>
        <source>{text} is in chapter 77, which the HTSUS keeps reserved: no goods are classified there (a typo?)</source>
        <translation>{text} est au chapitre 77, que le HTSUS garde réservé&#xa0;: aucune marchandise n&apos;y est classée (une faute de frappe&#xa0;?)</translation>
    </message>
    <message>
        <location filename="../../../s321_desk/domain/catalog.py" line="70"/>
        <source>{text} begins with 00: HTS chapters are numbered from 01, so this is no HTS number (a misread, or a spreadsheet&apos;s padding)</source>
        <translation>{text} commence par 00&#xa0;: les chapitres HTS sont numérotés à partir de 01, ce n&apos;est donc pas un numéro HTS (une erreur de lecture, ou des zéros ajoutés par un tableur)</translation>
    </message>
    <message>
        <location filename="../../../s321_desk/domain/catalog.py" line="89"/>
        <source>unknown flag {flags} (known: {known})</source>
        <translation>indicateur inconnu {flags} (connus&#xa0;: {known})</translation>
    </message>
    <message>
        <location filename="../../../s321_desk/domain/catalog.py" line="107"/>
        <source>{text} is not a UPC/EAN (8, 12, 13 or 14 digits)</source>
        <translation>{text} n&apos;est pas un UPC/EAN (8, 12, 13 ou 14 chiffres)</translation>
    </message>
    <message>
        <location filename="../../../s321_desk/domain/catalog.py" line="113"/>
        <source>{text} has a wrong check digit (a misread or mistyped UPC/EAN)</source>
        <translation>{text} a un chiffre de contrôle erroné (un UPC/EAN mal lu ou mal tapé)</translation>
    </message>
</context>
</TS>
