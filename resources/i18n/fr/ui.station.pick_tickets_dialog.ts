<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="fr">
<context>
    <name>PickTicketsDialog</name>
    <message>
        <location filename="../../../s321_desk/ui/station/pick_tickets_dialog.py" line="44"/>
        <source>Print pick tickets</source>
        <translation>Imprimer les bons de préparation</translation>
    </message>
    <message>
        <location filename="../../../s321_desk/ui/station/pick_tickets_dialog.py" line="45"/>
        <source>The &amp;day&apos;s orders</source>
        <translation>Les commandes du &amp;jour</translation>
    </message>
    <message>
        <location filename="../../../s321_desk/ui/station/pick_tickets_dialog.py" line="46"/>
        <source>This &amp;station&apos;s share of the day&apos;s orders</source>
        <translation>La part de ce &amp;poste des commandes du jour</translation>
    </message>
    <message>
        <location filename="../../../s321_desk/ui/station/pick_tickets_dialog.py" line="47"/>
        <source>&amp;These orders:</source>
        <translation>&amp;Ces commandes&#xa0;:</translation>
    </message>
    <message>
        <location filename="../../../s321_desk/ui/station/pick_tickets_dialog.py" line="56"/>
        <source>#1158 #1176 (spaces or commas between)</source>
        <translation>#1158 #1176 (séparées par des espaces ou des virgules)</translation>
    </message>
    <message>
        <location filename="../../../s321_desk/ui/station/pick_tickets_dialog.py" line="61"/>
        <source>Da&amp;y:</source>
        <translation>Da&amp;te&#xa0;:</translation>
    </message>
    <message>
        <location filename="../../../s321_desk/ui/station/pick_tickets_dialog.py" line="95"/>
        <source>Making the pick tickets...</source>
        <translation>Préparation des bons...</translation>
    </message>
    <message>
        <location filename="../../../s321_desk/ui/station/pick_tickets_dialog.py" line="107"/>
        <source>NOT PRINTED: {error}</source>
        <translation>NON IMPRIMÉ&#xa0;: {error}</translation>
    </message>
</context>
</TS>
