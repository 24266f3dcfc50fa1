<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="fr">
<context>
    <name>FittedSentences</name>
    <message numerus="yes">
        <location filename="../../../s321_desk/ui/station_widgets.py" line="169"/>
        <source>...and {count} more: see the parcel&apos;s details</source>
        <translation>
            <numerusform>...et {count} autre&#xa0;: voir les détails du colis</numerusform>
            <numerusform>...et {count} autres&#xa0;: voir les détails du colis</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>SupervisorPrompt</name>
    <message>
        <location filename="../../../s321_desk/ui/station_widgets.py" line="198"/>
        <source>Supervisor (name or badge):</source>
        <translation>Superviseur (nom ou badge)&#xa0;:</translation>
    </message>
    <message>
        <location filename="../../../s321_desk/ui/station_widgets.py" line="199"/>
        <source>PIN:</source>
        <translation>NIP&#xa0;:</translation>
    </message>
    <message>
        <location filename="../../../s321_desk/ui/station_widgets.py" line="200"/>
        <source>Reason:</source>
        <translation>Motif&#xa0;:</translation>
    </message>
</context>
</TS>
