<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="fr">
<context>
    <name>Warnings</name>
    <message>
        <location filename="../../../s321_desk/services/supervision/warnings.py" line="26"/>
        <source>same person twice today, over the limit together</source>
        <translation>même personne deux fois aujourd&apos;hui, au-dessus de la limite ensemble</translation>
    </message>
    <message>
        <location filename="../../../s321_desk/services/supervision/warnings.py" line="29"/>
        <source>same person twice today</source>
        <translation>même personne deux fois aujourd&apos;hui</translation>
    </message>
    <message>
        <location filename="../../../s321_desk/services/supervision/warnings.py" line="30"/>
        <source>one person, two spellings</source>
        <translation>une personne, deux orthographes</translation>
    </message>
    <message>
        <location filename="../../../s321_desk/services/supervision/warnings.py" line="31"/>
        <source>same address, another name</source>
        <translation>même adresse, autre nom</translation>
    </message>
    <message>
        <location filename="../../../s321_desk/services/supervision/warnings.py" line="32"/>
        <source>one order in several parcels</source>
        <translation>une commande en plusieurs colis</translation>
    </message>
    <message>
        <location filename="../../../s321_desk/services/supervision/warnings.py" line="33"/>
        <source>same person on one truck, over the limit</source>
        <translation>même personne dans un camion, au-dessus de la limite</translation>
    </message>
    <message>
        <location filename="../../../s321_desk/services/supervision/warnings.py" line="36"/>
        <source>over the informal entry limit</source>
        <translation>au-dessus de la limite d&apos;entrée informelle</translation>
    </message>
    <message>
        <location filename="../../../s321_desk/services/supervision/warnings.py" line="37"/>
        <source>over the de minimis limit</source>
        <translation>au-dessus de la limite de minimis</translation>
    </message>
    <message>
        <location filename="../../../s321_desk/services/supervision/warnings.py" line="38"/>
        <source>goes outside the US: not for this desk</source>
        <translation>va hors des États-Unis&#xa0;: pas pour ce poste</translation>
    </message>
    <message>
        <location filename="../../../s321_desk/services/supervision/warnings.py" line="39"/>
        <source>an item has no HTS code</source>
        <translation>un article n&apos;a pas de code HTS</translation>
    </message>
    <message>
        <location filename="../../../s321_desk/services/supervision/warnings.py" line="40"/>
        <source>an item has no origin</source>
        <translation>un article n&apos;a pas d&apos;origine</translation>
    </message>
    <message>
        <location filename="../../../s321_desk/services/supervision/warnings.py" line="41"/>
        <source>no FX rate for the currency</source>
        <translation>aucun taux de change pour la devise</translation>
    </message>
    <message>
        <location filename="../../../s321_desk/services/supervision/warnings.py" line="42"/>
        <source>alcohol: cannot ship</source>
        <translation>alcool&#xa0;: ne peut pas partir</translation>
    </message>
    <message>
        <location filename="../../../s321_desk/services/supervision/warnings.py" line="43"/>
        <source>tobacco: cannot ship</source>
        <translation>tabac&#xa0;: ne peut pas partir</translation>
    </message>
    <message>
        <location filename="../../../s321_desk/services/supervision/warnings.py" line="44"/>
        <source>firearms: cannot ship</source>
        <translation>armes à feu&#xa0;: ne peuvent pas partir</translation>
    </message>
    <message>
        <location filename="../../../s321_desk/services/supervision/warnings.py" line="46"/>
        <source>held by a supervisor</source>
        <translation>retenu par un superviseur</translation>
    </message>
    <message>
        <location filename="../../../s321_desk/services/supervision/warnings.py" line="47"/>
        <source>RELABEL: its printed label is superseded; print label {n}</source>
        <translation>RÉÉTIQUETER&#xa0;: son étiquette imprimée est périmée&#xa0;; imprimez l&apos;étiquette {n}</translation>
    </message>
    <message>
        <location filename="../../../s321_desk/services/supervision/warnings.py" line="48"/>
        <source>crossed as filed on {trip} ({filed}); judged now: {judged}</source>
        <translation>passé comme déclaré dans {trip} ({filed})&#xa0;; jugé maintenant&#xa0;: {judged}</translation>
    </message>
    <message>
        <location filename="../../../s321_desk/services/supervision/warnings.py" line="49"/>
        <source>SEALED: it crossed on truck {trip} as filed ({filed}); judged now it would be {judged}, after {cause}. Acknowledge it (the broker is told) or reopen the truck.</source>
        <translation>SCELLÉ&#xa0;: il a passé dans le camion {trip} comme déclaré ({filed})&#xa0;; jugé maintenant, il serait {judged}, après {cause}. Prenez-en acte (le courtier est averti) ou rouvrez le camion.</translation>
    </message>
    <message>
        <location filename="../../../s321_desk/services/supervision/warnings.py" line="99"/>
        <source>route {route}: a supervisor decides</source>
        <translation>acheminement {route}&#xa0;: un superviseur décide</translation>
    </message>
</context>
</TS>
