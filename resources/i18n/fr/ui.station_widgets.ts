<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="fr">
<context>
    <name>CountPrompt</name>
    <message>
        <location filename="../../../s321_desk/ui/station_widgets.py" line="272"/>
        <source>Line:</source>
        <translation>Ligne&#xa0;:</translation>
    </message>
    <message>
        <location filename="../../../s321_desk/ui/station_widgets.py" line="273"/>
        <source>Quantity:</source>
        <translation>Quantité&#xa0;:</translation>
    </message>
    <message>
        <location filename="../../../s321_desk/ui/station_widgets.py" line="274"/>
        <source>Supervisor (name or badge):</source>
        <translation>Superviseur (nom ou badge)&#xa0;:</translation>
    </message>
    <message>
        <location filename="../../../s321_desk/ui/station_widgets.py" line="275"/>
        <source>PIN:</source>
        <translation>NIP&#xa0;:</translation>
    </message>
    <message>
        <location filename="../../../s321_desk/ui/station_widgets.py" line="290"/>
        <source>line {number}: {item} ({remaining} to pack)</source>
        <translation>ligne {number}&#xa0;: {item} ({remaining} à emballer)</translation>
    </message>
</context>
<context>
    <name>FittedSentences</name>
    <message numerus="yes">
        <location filename="../../../s321_desk/ui/station_widgets.py" line="181"/>
        <source>...and {count} more: see the parcel&apos;s details</source>
        <translation>
            <numerusform>...et {count} autre&#xa0;: voir les détails du colis</numerusform>
            <numerusform>...et {count} autres&#xa0;: voir les détails du colis</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>PackingStation</name>
    <message>
        <location filename="../../../s321_desk/ui/station_widgets.py" line="372"/>
        <source>{packed} of {ordered}  {item}  done</source>
        <translation>{packed} sur {ordered}  {item}  terminé</translation>
    </message>
    <message>
        <location filename="../../../s321_desk/ui/station_widgets.py" line="374"/>
        <source>{packed} of {ordered}  {item}  (nothing to scan: a supervisor counts it, F10)</source>
        <translation>{packed} sur {ordered}  {item}  (rien à balayer&#xa0;: un superviseur le compte, F10)</translation>
    </message>
    <message>
        <location filename="../../../s321_desk/ui/station_widgets.py" line="377"/>
        <source>{packed} of {ordered}  {item}</source>
        <translation>{packed} sur {ordered}  {item}</translation>
    </message>
</context>
<context>
    <name>SupervisorPrompt</name>
    <message>
        <location filename="../../../s321_desk/ui/station_widgets.py" line="210"/>
        <source>Supervisor (name or badge):</source>
        <translation>Superviseur (nom ou badge)&#xa0;:</translation>
    </message>
    <message>
        <location filename="../../../s321_desk/ui/station_widgets.py" line="211"/>
        <source>PIN:</source>
        <translation>NIP&#xa0;:</translation>
    </message>
    <message>
        <location filename="../../../s321_desk/ui/station_widgets.py" line="212"/>
        <source>Reason:</source>
        <translation>Motif&#xa0;:</translation>
    </message>
</context>
</TS>
