<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="fr">
<context>
    <name>FilingRules</name>
    <message>
        <location filename="../../../s321_desk/services/filing/field_rules.py" line="202"/>
        <source>{what}: refused, {count} field(s) break the published rules; nothing was written</source>
        <translation>{what}&#xa0;: refusé, {count} champ(s) enfreignent les règles publiées&#xa0;; rien n&apos;a été écrit</translation>
    </message>
    <message>
        <location filename="../../../s321_desk/services/filing/field_rules.py" line="220"/>
        <location filename="../../../s321_desk/services/filing/field_rules.py" line="237"/>
        <source>{place}: {field}: {problem}</source>
        <translation>{place}&#xa0;: {field}&#xa0;: {problem}</translation>
    </message>
    <message>
        <location filename="../../../s321_desk/services/filing/field_rules.py" line="272"/>
        <source>required</source>
        <translation>requis</translation>
    </message>
    <message>
        <location filename="../../../s321_desk/services/filing/field_rules.py" line="274"/>
        <source>not of its type</source>
        <translation>pas du bon type</translation>
    </message>
    <message>
        <location filename="../../../s321_desk/services/filing/field_rules.py" line="276"/>
        <source>required (none given)</source>
        <translation>requis (aucun donné)</translation>
    </message>
    <message>
        <location filename="../../../s321_desk/services/filing/field_rules.py" line="280"/>
        <source>{value}: at least {least} characters</source>
        <translation>{value}&#xa0;: au moins {least} caractères</translation>
    </message>
    <message>
        <location filename="../../../s321_desk/services/filing/field_rules.py" line="284"/>
        <source>{length} characters, at most {most}</source>
        <translation>{length} caractères, au plus {most}</translation>
    </message>
    <message>
        <location filename="../../../s321_desk/services/filing/field_rules.py" line="288"/>
        <source>{value} is not of the form {pattern}</source>
        <translation>{value} n&apos;est pas de la forme {pattern}</translation>
    </message>
    <message>
        <location filename="../../../s321_desk/services/filing/field_rules.py" line="292"/>
        <source>{value} is not one of {values}</source>
        <translation>{value} n&apos;est pas l&apos;un de {values}</translation>
    </message>
</context>
</TS>
