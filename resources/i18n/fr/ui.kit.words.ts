<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="fr">
<context>
    <name>Words</name>
    <message>
        <location filename="../../../s321_desk/ui/kit/words.py" line="23"/>
        <source>Mon</source>
        <translation>lun.</translation>
    </message>
    <message>
        <location filename="../../../s321_desk/ui/kit/words.py" line="24"/>
        <source>Tue</source>
        <translation>mar.</translation>
    </message>
    <message>
        <location filename="../../../s321_desk/ui/kit/words.py" line="25"/>
        <source>Wed</source>
        <translation>mer.</translation>
    </message>
    <message>
        <location filename="../../../s321_desk/ui/kit/words.py" line="26"/>
        <source>Thu</source>
        <translation>jeu.</translation>
    </message>
    <message>
        <location filename="../../../s321_desk/ui/kit/words.py" line="27"/>
        <source>Fri</source>
        <translation>ven.</translation>
    </message>
    <message>
        <location filename="../../../s321_desk/ui/kit/words.py" line="28"/>
        <source>Sat</source>
        <translation>sam.</translation>
    </message>
    <message>
        <location filename="../../../s321_desk/ui/kit/words.py" line="29"/>
        <source>Sun</source>
        <translation>dim.</translation>
    </message>
    <message>
        <location filename="../../../s321_desk/ui/kit/words.py" line="35"/>
        <source>open</source>
        <translation>ouvert</translation>
    </message>
    <message>
        <location filename="../../../s321_desk/ui/kit/words.py" line="36"/>
        <source>closed</source>
        <translation>fermé</translation>
    </message>
    <message>
        <location filename="../../../s321_desk/ui/kit/words.py" line="37"/>
        <source>held</source>
        <translation>retenu</translation>
    </message>
    <message>
        <location filename="../../../s321_desk/ui/kit/words.py" line="38"/>
        <source>loaded</source>
        <translation>chargé</translation>
    </message>
    <message>
        <location filename="../../../s321_desk/ui/kit/words.py" line="39"/>
        <source>voided</source>
        <translation>annulé</translation>
    </message>
    <message>
        <location filename="../../../s321_desk/ui/kit/words.py" line="40"/>
        <source>this parcel</source>
        <translation>ce colis</translation>
    </message>
    <message>
        <location filename="../../../s321_desk/ui/kit/words.py" line="41"/>
        <source>same order</source>
        <translation>même commande</translation>
    </message>
    <message>
        <location filename="../../../s321_desk/ui/kit/words.py" line="42"/>
        <source>same person</source>
        <translation>même personne</translation>
    </message>
    <message>
        <location filename="../../../s321_desk/ui/kit/words.py" line="43"/>
        <source>same person, name variant</source>
        <translation>même personne, variante du nom</translation>
    </message>
    <message>
        <location filename="../../../s321_desk/ui/kit/words.py" line="44"/>
        <source>same address, other person</source>
        <translation>même adresse, autre personne</translation>
    </message>
    <message>
        <location filename="../../../s321_desk/ui/kit/words.py" line="45"/>
        <source>unrelated</source>
        <translation>sans lien</translation>
    </message>
    <message>
        <location filename="../../../s321_desk/ui/kit/words.py" line="46"/>
        <source>accept-route</source>
        <translation>acceptation de l&apos;acheminement</translation>
    </message>
    <message>
        <location filename="../../../s321_desk/ui/kit/words.py" line="47"/>
        <source>acknowledge</source>
        <translation>prise d&apos;acte des avertissements</translation>
    </message>
    <message>
        <location filename="../../../s321_desk/ui/kit/words.py" line="48"/>
        <source>defer</source>
        <translation>report</translation>
    </message>
    <message>
        <location filename="../../../s321_desk/ui/kit/words.py" line="49"/>
        <source>consolidate</source>
        <translation>regroupement</translation>
    </message>
    <message>
        <location filename="../../../s321_desk/ui/kit/words.py" line="50"/>
        <source>split</source>
        <translation>séparation des noms</translation>
    </message>
    <message>
        <location filename="../../../s321_desk/ui/kit/words.py" line="51"/>
        <source>hold</source>
        <translation>retenue</translation>
    </message>
    <message>
        <location filename="../../../s321_desk/ui/kit/words.py" line="52"/>
        <source>release</source>
        <translation>libération</translation>
    </message>
    <message>
        <location filename="../../../s321_desk/ui/kit/words.py" line="53"/>
        <source>void</source>
        <translation>annulation</translation>
    </message>
    <message>
        <location filename="../../../s321_desk/ui/kit/words.py" line="54"/>
        <source>reprint</source>
        <translation>réimpression permise</translation>
    </message>
    <message>
        <location filename="../../../s321_desk/ui/kit/words.py" line="55"/>
        <source>parcel id</source>
        <translation>numéro de colis</translation>
    </message>
    <message>
        <location filename="../../../s321_desk/ui/kit/words.py" line="56"/>
        <source>order</source>
        <translation>commande</translation>
    </message>
    <message>
        <location filename="../../../s321_desk/ui/kit/words.py" line="57"/>
        <source>name</source>
        <translation>nom</translation>
    </message>
    <message>
        <location filename="../../../s321_desk/ui/kit/words.py" line="59"/>
        <source>ACTIVE</source>
        <translation>ACTIF</translation>
    </message>
    <message>
        <location filename="../../../s321_desk/ui/kit/words.py" line="60"/>
        <source>SUSPENDED</source>
        <translation>SUSPENDU</translation>
    </message>
    <message>
        <location filename="../../../s321_desk/ui/kit/words.py" line="61"/>
        <source>REPEALED</source>
        <translation>ABROGÉ</translation>
    </message>
    <message>
        <location filename="../../../s321_desk/ui/kit/words.py" line="89"/>
        <source>en_CA</source>
        <comment>the QLocale name of the language</comment>
        <translation>fr_CA</translation>
    </message>
</context>
</TS>
