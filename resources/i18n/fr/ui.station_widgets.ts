<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="fr">
<context>
    <name>CountPrompt</name>
    <message>
        <location filename="../../../s321_desk/ui/station_widgets.py" line="278"/>
        <source>Line:</source>
        <translation>Ligne&#xa0;:</translation>
    </message>
    <message>
        <location filename="../../../s321_desk/ui/station_widgets.py" line="279"/>
        <source>Quantity:</source>
        <translation>Quantité&#xa0;:</translation>
    </message>
    <message>
        <location filename="../../../s321_desk/ui/station_widgets.py" line="280"/>
        <source>Supervisor (name or badge):</source>
        <translation>Superviseur (nom ou badge)&#xa0;:</translation>
    </message>
    <message>
        <location filename="../../../s321_desk/ui/station_widgets.py" line="282"/>
        <source>PIN:</source>
        <translation>NIP&#xa0;:</translation>
    </message>
    <message>
        <location filename="../../../s321_desk/ui/station_widgets.py" line="300"/>
        <source>line {number}, {remaining} to pack: {item}</source>
        <translation>ligne {number}, {remaining} à emballer&#xa0;: {item}</translation>
    </message>
</context>
<context>
    <name>FittedSentences</name>
    <message numerus="yes">
        <location filename="../../../s321_desk/ui/station_widgets.py" line="182"/>
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
        <location filename="../../../s321_desk/ui/station_widgets.py" line="382"/>
        <source>{packed} of {ordered}  {item}  done</source>
        <translation>{packed} sur {ordered}  {item}  terminé</translation>
    </message>
    <message>
        <location filename="../../../s321_desk/ui/station_widgets.py" line="384"/>
        <source>{packed} of {ordered}  {item}  (nothing to scan: a supervisor counts it, F10)</source>
        <translation>{packed} sur {ordered}  {item}  (rien à balayer&#xa0;: un superviseur le compte, F10)</translation>
    </message>
    <message>
        <location filename="../../../s321_desk/ui/station_widgets.py" line="387"/>
        <source>{packed} of {ordered}  {item}</source>
        <translation>{packed} sur {ordered}  {item}</translation>
    </message>
</context>
<context>
    <name>SupervisorPrompt</name>
    <message>
        <location filename="../../../s321_desk/ui/station_widgets.py" line="211"/>
        <source>Supervisor (name or badge):</source>
        <translation>Superviseur (nom ou badge)&#xa0;:</translation>
    </message>
    <message>
        <location filename="../../../s321_desk/ui/station_widgets.py" line="212"/>
        <source>PIN:</source>
        <translation>NIP&#xa0;:</translation>
    </message>
    <message>
        <location filename="../../../s321_desk/ui/station_widgets.py" line="213"/>
        <source>Reason:</source>
        <translation>Motif&#xa0;:</translation>
    </message>
</context>
</TS>
