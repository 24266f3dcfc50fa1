<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="fr">
<context>
    <name>Money</name>
    <message>
        <location filename="../../../s321_desk/domain/money.py" line="26"/>
        <location filename="../../../s321_desk/domain/money.py" line="29"/>
        <source>{text} is not a number</source>
        <translation>{text} n&apos;est pas un nombre</translation>
    </message>
    <message>
        <location filename="../../../s321_desk/domain/money.py" line="31"/>
        <source>{text} is negative</source>
        <translation>{text} est négatif</translation>
    </message>
    <message>
        <location filename="../../../s321_desk/domain/money.py" line="34"/>
        <source>{text} is too large (at most {most})</source>
        <translation>{text} est trop grand (au plus {most})</translation>
    </message>
    <message>
        <location filename="../../../s321_desk/domain/money.py" line="42"/>
        <source>{text} has more than {places} decimal places</source>
        <translation>{text} a plus de {places} décimales</translation>
    </message>
    <message>
        <location filename="../../../s321_desk/domain/money.py" line="63"/>
        <source>unknown currency {currency} (an ISO 4217 code such as CAD or USD)</source>
        <translation>devise inconnue {currency} (un code ISO 4217 comme CAD ou USD)</translation>
    </message>
</context>
</TS>
