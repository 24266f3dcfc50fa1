<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="fr">
<context>
    <name>Scanning</name>
    <message>
        <location filename="../../../s321_desk/domain/scanning.py" line="70"/>
        <source>nothing scanned</source>
        <translation>rien n&apos;a été balayé</translation>
    </message>
    <message>
        <location filename="../../../s321_desk/domain/scanning.py" line="73"/>
        <source>too long to be a code ({length} characters, at most {most})</source>
        <translation>trop long pour être un code ({length} caractères, au plus {most})</translation>
    </message>
    <message>
        <location filename="../../../s321_desk/domain/scanning.py" line="80"/>
        <source>not a code (character {character} at position {position})</source>
        <translation>pas un code (caractère {character} à la position {position})</translation>
    </message>
    <message>
        <location filename="../../../s321_desk/domain/scanning.py" line="97"/>
        <source>too long for a SKU ({length} characters, at most {most})</source>
        <translation>trop long pour un SKU ({length} caractères, au plus {most})</translation>
    </message>
    <message>
        <location filename="../../../s321_desk/domain/scanning.py" line="104"/>
        <source>{text} is not printable text (character {character} at position {position}): a SKU is what its label shows</source>
        <translation>{text} n&apos;est pas du texte imprimable (caractère {character} à la position {position})&#xa0;: un SKU est ce que montre son étiquette</translation>
    </message>
</context>
</TS>
