<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="fr">
<context>
    <name>Entries</name>
    <message>
        <location filename="../../../s321_desk/services/filing/entries.py" line="82"/>
        <source>{place}: mid: {problem}</source>
        <translation>{place}&#xa0;: mid&#xa0;: {problem}</translation>
    </message>
</context>
</TS>
