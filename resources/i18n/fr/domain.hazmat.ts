<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="fr">
<context>
    <name>Hazmat</name>
    <message>
        <location filename="../../../s321_desk/domain/hazmat.py" line="76"/>
        <source>{text} is not a UN number (UN and four digits, e.g. UN1263)</source>
        <translation>{text} n&apos;est pas un numéro ONU (UN et quatre chiffres, p. ex. UN1263)</translation>
    </message>
    <message>
        <location filename="../../../s321_desk/domain/hazmat.py" line="87"/>
        <source>{text} is not a hazard class (1.1 to 1.6, 2.1 to 2.3, 3, 4.1 to 4.3, 5.1, 5.2, 6.1, 6.2, 7, 8 or 9)</source>
        <translation>{text} n&apos;est pas une classe de danger (1.1 à 1.6, 2.1 à 2.3, 3, 4.1 à 4.3, 5.1, 5.2, 6.1, 6.2, 7, 8 ou 9)</translation>
    </message>
    <message>
        <location filename="../../../s321_desk/domain/hazmat.py" line="117"/>
        <source>one item has one UN number: {flags} are two</source>
        <translation>un article a un seul numéro ONU&#xa0;: {flags} en font deux</translation>
    </message>
    <message>
        <location filename="../../../s321_desk/domain/hazmat.py" line="121"/>
        <source>flag {flag} is UN{flag_number}, but un_number says UN{number}</source>
        <translation>l&apos;indicateur {flag} est UN{flag_number}, mais un_number dit UN{number}</translation>
    </message>
    <message>
        <location filename="../../../s321_desk/domain/hazmat.py" line="125"/>
        <source>lithium batteries ({flag}) are class 9, not {klass}</source>
        <translation>les piles au lithium ({flag}) sont de classe 9, pas {klass}</translation>
    </message>
    <message>
        <location filename="../../../s321_desk/domain/hazmat.py" line="129"/>
        <source>UN{number} needs its hazard class (hazard_class: 3, 8, 9...)</source>
        <translation>UN{number} demande sa classe de danger (hazard_class&#xa0;: 3, 8, 9...)</translation>
    </message>
    <message>
        <location filename="../../../s321_desk/domain/hazmat.py" line="133"/>
        <source>hazard class {klass} needs the item&apos;s UN number (un_number)</source>
        <translation>la classe de danger {klass} demande le numéro ONU de l&apos;article (un_number)</translation>
    </message>
    <message>
        <location filename="../../../s321_desk/domain/hazmat.py" line="145"/>
        <source>{text} is not an FDA prior notice confirmation number (6 to 20 letters and digits)</source>
        <translation>{text} n&apos;est pas un numéro de confirmation de préavis de la FDA (6 à 20 lettres et chiffres)</translation>
    </message>
</context>
</TS>
