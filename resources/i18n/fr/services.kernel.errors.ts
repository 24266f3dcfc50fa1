<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="fr">
<context>
    <name>Errors</name>
    <message>
        <location filename="../../../s321_desk/services/kernel/errors.py" line="60"/>
        <source>{path}: refused, {count} problem(s); nothing was imported</source>
        <translation>{path}&#xa0;: refusé, {count} problème(s)&#xa0;; rien n&apos;a été importé</translation>
    </message>
</context>
</TS>
