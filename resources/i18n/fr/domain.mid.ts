<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="fr">
<context>
    <name>Mid</name>
    <message>
        <location filename="../../../s321_desk/domain/mid.py" line="104"/>
        <source>a Canadian manufacturer&apos;s MID begins with its province&apos;s code (CA is not a MID country): give the province (ON, QC, BC...)</source>
        <translation>le MID d&apos;un fabricant canadien commence par le code de sa province (CA n&apos;est pas un pays de MID)&#xa0;: donnez la province (ON, QC, BC...)</translation>
    </message>
    <message>
        <location filename="../../../s321_desk/domain/mid.py" line="113"/>
        <source>{country} is not an ISO 3166 country code</source>
        <translation>{country} n&apos;est pas un code de pays ISO 3166</translation>
    </message>
    <message>
        <location filename="../../../s321_desk/domain/mid.py" line="128"/>
        <source>the manufacturer&apos;s name has no letter or digit</source>
        <translation>le nom du fabricant n&apos;a ni lettre ni chiffre</translation>
    </message>
    <message>
        <location filename="../../../s321_desk/domain/mid.py" line="130"/>
        <source>the manufacturer&apos;s city has no letter</source>
        <translation>la ville du fabricant n&apos;a aucune lettre</translation>
    </message>
    <message>
        <location filename="../../../s321_desk/domain/mid.py" line="138"/>
        <source>{mid} is not a MID: 3 to 15 upper-case letters and digits, no spaces</source>
        <translation>{mid} n&apos;est pas un MID&#xa0;: 3 à 15 lettres majuscules et chiffres, sans espaces</translation>
    </message>
    <message>
        <location filename="../../../s321_desk/domain/mid.py" line="143"/>
        <source>{mid}: CA is not a MID country; a Canadian manufacturer&apos;s MID begins with its province&apos;s code (XO Ontario, XQ Quebec...)</source>
        <translation>{mid}&#xa0;: CA n&apos;est pas un pays de MID&#xa0;; le MID d&apos;un fabricant canadien commence par le code de sa province (XO Ontario, XQ Québec...)</translation>
    </message>
    <message>
        <location filename="../../../s321_desk/domain/mid.py" line="149"/>
        <source>{mid}: {prefix} is neither an ISO country code nor a Canadian province&apos;s</source>
        <translation>{mid}&#xa0;: {prefix} n&apos;est ni un code de pays ISO ni celui d&apos;une province canadienne</translation>
    </message>
    <message>
        <location filename="../../../s321_desk/domain/mid.py" line="153"/>
        <source>{mid}: a MID ends with the city&apos;s letters</source>
        <translation>{mid}&#xa0;: un MID finit par les lettres de la ville</translation>
    </message>
</context>
</TS>
