<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1">
<context>
    <name>Given</name>
    <message>
        <location filename="../../../s321_desk/domain/given.py" line="27"/>
        <source>name</source>
        <translation>nom</translation>
    </message>
    <message>
        <location filename="../../../s321_desk/domain/given.py" line="28"/>
        <source>badge</source>
        <translation>badge</translation>
    </message>
    <message>
        <location filename="../../../s321_desk/domain/given.py" line="29"/>
        <source>station</source>
        <translation>poste</translation>
    </message>
    <message>
        <location filename="../../../s321_desk/domain/given.py" line="30"/>
        <source>source</source>
        <translation>source</translation>
    </message>
    <message>
        <location filename="../../../s321_desk/domain/given.py" line="31"/>
        <source>reason</source>
        <translation>motif</translation>
    </message>
    <message>
        <location filename="../../../s321_desk/domain/given.py" line="32"/>
        <source>description</source>
        <translation>description</translation>
    </message>
    <message>
        <location filename="../../../s321_desk/domain/given.py" line="68"/>
        <source>{field}: required</source>
        <translation>{field}&#xa0;: obligatoire</translation>
    </message>
    <message>
        <location filename="../../../s321_desk/domain/given.py" line="72"/>
        <source>{field}: an invisible or control character ({character}) at character {position}: remove it</source>
        <translation>{field}&#xa0;: un caractère invisible ou de contrôle ({character}) au caractère {position}&#xa0;: retirez-le</translation>
    </message>
    <message>
        <location filename="../../../s321_desk/domain/given.py" line="80"/>
        <source>{field}: too long ({length} characters, at most {most})</source>
        <translation>{field}&#xa0;: trop long ({length} caractères, au plus {most})</translation>
    </message>
</context>
</TS>
