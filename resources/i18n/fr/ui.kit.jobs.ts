<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="fr">
<context>
    <name>JobProgressDialog</name>
    <message>
        <location filename="../../../s321_desk/ui/kit/jobs.py" line="127"/>
        <source>&amp;Cancel</source>
        <translation>&amp;Annuler</translation>
    </message>
    <message>
        <location filename="../../../s321_desk/ui/kit/jobs.py" line="145"/>
        <source>Cancelling...</source>
        <translation>Annulation...</translation>
    </message>
</context>
</TS>
