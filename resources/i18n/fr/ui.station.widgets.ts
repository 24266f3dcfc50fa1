<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="fr">
<context>
    <name>CountPrompt</name>
    <message>
        <location filename="../../../s321_desk/ui/station/widgets.py" line="380"/>
        <source>Line:</source>
        <translation>Ligne&#xa0;:</translation>
    </message>
    <message>
        <location filename="../../../s321_desk/ui/station/widgets.py" line="381"/>
        <source>Quantity:</source>
        <translation>Quantité&#xa0;:</translation>
    </message>
    <message>
        <location filename="../../../s321_desk/ui/station/widgets.py" line="382"/>
        <source>Supervisor (name or badge):</source>
        <translation>Superviseur (nom ou badge)&#xa0;:</translation>
    </message>
    <message>
        <location filename="../../../s321_desk/ui/station/widgets.py" line="384"/>
        <source>PIN:</source>
        <translation>NIP&#xa0;:</translation>
    </message>
    <message>
        <location filename="../../../s321_desk/ui/station/widgets.py" line="402"/>
        <source>line {number}, {remaining} to pack: {item}</source>
        <translation>ligne {number}, {remaining} à emballer&#xa0;: {item}</translation>
    </message>
</context>
<context>
    <name>FittedSentences</name>
    <message numerus="yes">
        <location filename="../../../s321_desk/ui/station/widgets.py" line="238"/>
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
        <location filename="../../../s321_desk/ui/station/widgets.py" line="485"/>
        <source>{packed} of {ordered}  {item}  done</source>
        <translation>{packed} sur {ordered}  {item}  terminé</translation>
    </message>
    <message>
        <location filename="../../../s321_desk/ui/station/widgets.py" line="487"/>
        <source>{packed} of {ordered}  {item}  (nothing to scan: a supervisor counts it, F10)</source>
        <translation>{packed} sur {ordered}  {item}  (rien à balayer&#xa0;: un superviseur le compte, F10)</translation>
    </message>
    <message>
        <location filename="../../../s321_desk/ui/station/widgets.py" line="490"/>
        <source>{packed} of {ordered}  {item}</source>
        <translation>{packed} sur {ordered}  {item}</translation>
    </message>
</context>
<context>
    <name>SupervisorPrompt</name>
    <message>
        <location filename="../../../s321_desk/ui/station/widgets.py" line="269"/>
        <source>Supervisor (name or badge):</source>
        <translation>Superviseur (nom ou badge)&#xa0;:</translation>
    </message>
    <message>
        <location filename="../../../s321_desk/ui/station/widgets.py" line="270"/>
        <source>PIN:</source>
        <translation>NIP&#xa0;:</translation>
    </message>
    <message>
        <location filename="../../../s321_desk/ui/station/widgets.py" line="271"/>
        <source>Reason:</source>
        <translation>Motif&#xa0;:</translation>
    </message>
    <message>
        <location filename="../../../s321_desk/ui/station/widgets.py" line="319"/>
        <source>Down: the usual reasons</source>
        <translation>Flèche bas&#xa0;: les motifs habituels</translation>
    </message>
</context>
</TS>
