<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="fr">
<context>
    <name>CrewPickers</name>
    <message>
        <location filename="../../../s321_desk/ui/loads/crew_widgets.py" line="28"/>
        <source>&amp;Driver:</source>
        <translation>&amp;Chauffeur&#xa0;:</translation>
    </message>
    <message>
        <location filename="../../../s321_desk/ui/loads/crew_widgets.py" line="29"/>
        <source>Co-driver:</source>
        <translation>Co-chauffeur&#xa0;:</translation>
    </message>
    <message>
        <location filename="../../../s321_desk/ui/loads/crew_widgets.py" line="30"/>
        <source>Truck:</source>
        <translation>Camion&#xa0;:</translation>
    </message>
    <message>
        <location filename="../../../s321_desk/ui/loads/crew_widgets.py" line="31"/>
        <source>Tra&amp;iler:</source>
        <translation>Remor&amp;que&#xa0;:</translation>
    </message>
    <message>
        <location filename="../../../s321_desk/ui/loads/crew_widgets.py" line="39"/>
        <source>(none)</source>
        <translation>(aucun)</translation>
    </message>
</context>
</TS>
