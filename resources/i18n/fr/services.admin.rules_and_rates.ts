<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="fr">
<context>
    <name>RulesAdmin</name>
    <message>
        <location filename="../../../s321_desk/services/admin/rules_and_rates.py" line="43"/>
        <source>{changed} parcel(s) judged again with a new verdict; {sealed} on sealed trucks would have changed (a supervisor is told).</source>
        <translation>{changed} colis jugé(s) de nouveau avec un nouveau verdict&#xa0;; {sealed} dans des camions scellés auraient changé (un superviseur est averti).</translation>
    </message>
    <message>
        <location filename="../../../s321_desk/services/admin/rules_and_rates.py" line="63"/>
        <source>Rules {version}: regime {regime} ({basis}).</source>
        <translation>Règles {version}&#xa0;: régime {regime} ({basis}).</translation>
    </message>
    <message>
        <location filename="../../../s321_desk/services/admin/rules_and_rates.py" line="65"/>
        <source>Rules {version}: regime {regime} ({basis}); PINNED as of {as_of} ({reason}).</source>
        <translation>Règles {version}&#xa0;: régime {regime} ({basis})&#xa0;; FIXÉES au {as_of} ({reason}).</translation>
    </message>
    <message>
        <location filename="../../../s321_desk/services/admin/rules_and_rates.py" line="92"/>
        <source>{instant}: give the instant with its UTC offset</source>
        <translation>{instant}&#xa0;: donnez l&apos;instant avec son décalage UTC</translation>
    </message>
    <message>
        <location filename="../../../s321_desk/services/admin/rules_and_rates.py" line="118"/>
        <source>pinning or unpinning the rules needs a reason (it is audited)</source>
        <translation>fixer ou libérer les règles demande un motif (c&apos;est consigné dans la piste de vérification)</translation>
    </message>
    <message>
        <location filename="../../../s321_desk/services/admin/rules_and_rates.py" line="188"/>
        <source>USD needs no rate</source>
        <translation>USD n&apos;a pas besoin de taux</translation>
    </message>
    <message>
        <location filename="../../../s321_desk/services/admin/rules_and_rates.py" line="193"/>
        <source>{rate} is not a number</source>
        <translation>{rate} n&apos;est pas un nombre</translation>
    </message>
    <message>
        <location filename="../../../s321_desk/services/admin/rules_and_rates.py" line="198"/>
        <source>{rate} is not a plausible rate to USD</source>
        <translation>{rate} n&apos;est pas un taux plausible vers USD</translation>
    </message>
</context>
</TS>
