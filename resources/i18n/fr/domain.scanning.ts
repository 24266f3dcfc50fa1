<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="fr">
<context>
    <name>Scanning</name>
    <message>
        <location filename="../../../s321_desk/domain/scanning.py" line="65"/>
        <source>nothing scanned</source>
        <translation>rien n&apos;a été balayé</translation>
    </message>
    <message>
        <location filename="../../../s321_desk/domain/scanning.py" line="68"/>
        <source>too long to be a code ({length} characters, at most {most})</source>
        <translation>trop long pour être un code ({length} caractères, au plus {most})</translation>
    </message>
    <message>
        <location filename="../../../s321_desk/domain/scanning.py" line="75"/>
        <source>not a code (character {character} at position {position})</source>
        <translation>pas un code (caractère {character} à la position {position})</translation>
    </message>
</context>
</TS>
