<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="fr">
<context>
    <name>FxPage</name>
    <message>
        <location filename="../../../s321_desk/ui/settings/rules.py" line="85"/>
        <source>e.g. 0.7300</source>
        <translation>p. ex. 0.7300</translation>
    </message>
    <message>
        <location filename="../../../s321_desk/ui/settings/rules.py" line="86"/>
        <source>YYYY-MM-DD</source>
        <translation>AAAA-MM-JJ</translation>
    </message>
    <message>
        <location filename="../../../s321_desk/ui/settings/rules.py" line="87"/>
        <source>e.g. CBP certified rate, 2026 Q4</source>
        <translation>p. ex. taux certifié CBP, T4 2026</translation>
    </message>
    <message>
        <location filename="../../../s321_desk/ui/settings/rules.py" line="89"/>
        <source>Set the &amp;rate...</source>
        <translation>&amp;Enregistrer le taux...</translation>
    </message>
    <message>
        <location filename="../../../s321_desk/ui/settings/rules.py" line="91"/>
        <source>&amp;Enter a rate to USD</source>
        <translation>&amp;Saisir un taux en USD</translation>
    </message>
    <message>
        <location filename="../../../s321_desk/ui/settings/rules.py" line="93"/>
        <source>Currency:</source>
        <translation>Devise&#xa0;:</translation>
    </message>
    <message>
        <location filename="../../../s321_desk/ui/settings/rules.py" line="94"/>
        <source>USD for one unit:</source>
        <translation>USD pour une unité&#xa0;:</translation>
    </message>
    <message>
        <location filename="../../../s321_desk/ui/settings/rules.py" line="95"/>
        <source>In force from:</source>
        <translation>En vigueur à partir du&#xa0;:</translation>
    </message>
    <message>
        <location filename="../../../s321_desk/ui/settings/rules.py" line="96"/>
        <source>Source:</source>
        <translation>Source&#xa0;:</translation>
    </message>
    <message>
        <location filename="../../../s321_desk/ui/settings/rules.py" line="127"/>
        <source>Currency: {reason}</source>
        <translation>Devise&#xa0;: {reason}</translation>
    </message>
    <message>
        <location filename="../../../s321_desk/ui/settings/rules.py" line="128"/>
        <source>Rate: {reason}</source>
        <translation>Taux&#xa0;: {reason}</translation>
    </message>
    <message>
        <location filename="../../../s321_desk/ui/settings/rules.py" line="134"/>
        <source>In force from: {text} is not a date (YYYY-MM-DD).</source>
        <translation>En vigueur à partir du&#xa0;: {text} n&apos;est pas une date (AAAA-MM-JJ).</translation>
    </message>
    <message>
        <location filename="../../../s321_desk/ui/settings/rules.py" line="147"/>
        <location filename="../../../s321_desk/ui/settings/rules.py" line="154"/>
        <source>1 {currency} = {rate} USD from {day}.</source>
        <translation>1 {currency} = {rate} USD à partir du {day}.</translation>
    </message>
    <message>
        <location filename="../../../s321_desk/ui/settings/rules.py" line="157"/>
        <source>Enter an FX rate</source>
        <translation>Saisir un taux de change</translation>
    </message>
    <message>
        <location filename="../../../s321_desk/ui/settings/rules.py" line="158"/>
        <source>Administrator</source>
        <translation>Administrateur</translation>
    </message>
</context>
<context>
    <name>FxTableModel</name>
    <message>
        <location filename="../../../s321_desk/ui/settings/rules.py" line="50"/>
        <source>Currency</source>
        <translation>Devise</translation>
    </message>
    <message>
        <location filename="../../../s321_desk/ui/settings/rules.py" line="51"/>
        <source>From</source>
        <translation>À partir du</translation>
    </message>
    <message>
        <location filename="../../../s321_desk/ui/settings/rules.py" line="52"/>
        <source>USD for one unit</source>
        <translation>USD pour une unité</translation>
    </message>
    <message>
        <location filename="../../../s321_desk/ui/settings/rules.py" line="54"/>
        <source>Source</source>
        <translation>Source</translation>
    </message>
</context>
<context>
    <name>RulesPage</name>
    <message>
        <location filename="../../../s321_desk/ui/settings/rules.py" line="174"/>
        <source>e.g. 2025-03-01T00:00-05:00 (with its UTC offset)</source>
        <translation>p. ex. 2025-03-01T00:00-05:00 (avec son décalage UTC)</translation>
    </message>
    <message>
        <location filename="../../../s321_desk/ui/settings/rules.py" line="178"/>
        <source>P&amp;in the rules...</source>
        <translation>F&amp;ixer les règles...</translation>
    </message>
    <message>
        <location filename="../../../s321_desk/ui/settings/rules.py" line="179"/>
        <source>Unpin: &amp;back to each crossing&apos;s rules...</source>
        <translation>Li&amp;bérer&#xa0;: retour aux règles de chaque passage...</translation>
    </message>
    <message>
        <location filename="../../../s321_desk/ui/settings/rules.py" line="184"/>
        <source>Pinning makes every station judge parcels under the rules in force at that instant instead of those of each crossing, e.g. when a court restores de minimis before the desk is updated. Both pinning and unpinning ask why; it is audited.</source>
        <translation>Fixer les règles fait juger les colis par chaque poste selon les règles en vigueur à cet instant plutôt que celles de chaque passage, p. ex. quand un tribunal rétablit le de minimis avant la mise à jour du poste. Fixer et libérer demandent un motif&#xa0;; il est conservé dans la piste de vérification.</translation>
    </message>
    <message>
        <location filename="../../../s321_desk/ui/settings/rules.py" line="191"/>
        <source>Pin the &amp;rules</source>
        <translation>Fixe&amp;r les règles</translation>
    </message>
    <message>
        <location filename="../../../s321_desk/ui/settings/rules.py" line="194"/>
        <source>As of:</source>
        <translation>En date du&#xa0;:</translation>
    </message>
    <message>
        <location filename="../../../s321_desk/ui/settings/rules.py" line="212"/>
        <source>RULES PINNED. {status}</source>
        <translation>RÈGLES FIXÉES. {status}</translation>
    </message>
    <message>
        <location filename="../../../s321_desk/ui/settings/rules.py" line="227"/>
        <source>As of: {text} is not an ISO 8601 instant.</source>
        <translation>En date du&#xa0;: {text} n&apos;est pas un instant ISO 8601.</translation>
    </message>
    <message>
        <location filename="../../../s321_desk/ui/settings/rules.py" line="231"/>
        <source>As of: {error}</source>
        <translation>En date du&#xa0;: {error}</translation>
    </message>
    <message>
        <location filename="../../../s321_desk/ui/settings/rules.py" line="245"/>
        <source>Pinned.</source>
        <translation>Règles fixées.</translation>
    </message>
    <message>
        <location filename="../../../s321_desk/ui/settings/rules.py" line="246"/>
        <source>Unpinned: each crossing&apos;s rules.</source>
        <translation>Règles libérées&#xa0;: celles de chaque passage.</translation>
    </message>
    <message>
        <location filename="../../../s321_desk/ui/settings/rules.py" line="249"/>
        <source>Judge each parcel under the rules of its crossing again.</source>
        <translation>Juger de nouveau chaque colis selon les règles de son passage.</translation>
    </message>
    <message>
        <location filename="../../../s321_desk/ui/settings/rules.py" line="251"/>
        <source>Judge every parcel under the rules in force at {instant}.</source>
        <translation>Juger chaque colis selon les règles en vigueur au {instant}.</translation>
    </message>
    <message>
        <location filename="../../../s321_desk/ui/settings/rules.py" line="254"/>
        <source>Pin the rules</source>
        <translation>Fixer les règles</translation>
    </message>
    <message>
        <location filename="../../../s321_desk/ui/settings/rules.py" line="254"/>
        <source>Unpin the rules</source>
        <translation>Libérer les règles</translation>
    </message>
    <message>
        <location filename="../../../s321_desk/ui/settings/rules.py" line="256"/>
        <source>Administrator</source>
        <translation>Administrateur</translation>
    </message>
</context>
</TS>
