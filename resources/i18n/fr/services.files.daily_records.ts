<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="fr">
<context>
    <name>Exports</name>
    <message>
        <location filename="../../../s321_desk/services/files/daily_records.py" line="145"/>
        <source>the day: {text} is not a day (YYYY-MM-DD, e.g. 2026-11-17)</source>
        <translation>le jour&#xa0;: {text} n&apos;est pas un jour (AAAA-MM-JJ, p. ex. 2026-11-17)</translation>
    </message>
    <message>
        <location filename="../../../s321_desk/services/files/daily_records.py" line="156"/>
        <source>the format: {format} is not one of {formats}</source>
        <translation>le format&#xa0;: {format} n&apos;est pas l&apos;un de {formats}</translation>
    </message>
    <message>
        <location filename="../../../s321_desk/services/files/daily_records.py" line="164"/>
        <source>the file {name}: the CSV records are three tables in one zip file; name it NAME.zip (or choose JSON)</source>
        <translation>le fichier {name}&#xa0;: les registres CSV sont trois tables dans un fichier zip&#xa0;; nommez-le NOM.zip (ou choisissez JSON)</translation>
    </message>
</context>
</TS>
