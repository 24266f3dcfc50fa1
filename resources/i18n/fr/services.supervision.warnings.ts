<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="fr">
<context>
    <name>Warnings</name>
    <message>
        <location filename="../../../s321_desk/services/supervision/warnings.py" line="25"/>
        <source>held by a supervisor</source>
        <translation>retenu par un superviseur</translation>
    </message>
    <message>
        <location filename="../../../s321_desk/services/supervision/warnings.py" line="26"/>
        <source>RELABEL: its printed label is superseded; print label {n}</source>
        <translation>RÉÉTIQUETER&#xa0;: son étiquette imprimée est périmée&#xa0;; imprimez l&apos;étiquette {n}</translation>
    </message>
    <message>
        <location filename="../../../s321_desk/services/supervision/warnings.py" line="27"/>
        <source>crossed as filed on {trip} ({filed}); judged now: {judged}</source>
        <translation>passé comme déclaré dans {trip} ({filed})&#xa0;; jugé maintenant&#xa0;: {judged}</translation>
    </message>
    <message>
        <location filename="../../../s321_desk/services/supervision/warnings.py" line="28"/>
        <source>SEALED: it crossed on truck {trip} as filed ({filed}); judged now it would be {judged}, after {cause}. Acknowledge it (the broker is told) or reopen the truck.</source>
        <translation>SCELLÉ&#xa0;: il a passé dans le camion {trip} comme déclaré ({filed})&#xa0;; jugé maintenant, il serait {judged}, après {cause}. Prenez-en acte (le courtier est averti) ou rouvrez le camion.</translation>
    </message>
    <message>
        <location filename="../../../s321_desk/services/supervision/warnings.py" line="79"/>
        <source>route {route}: a supervisor decides</source>
        <translation>acheminement {route}&#xa0;: un superviseur décide</translation>
    </message>
</context>
</TS>
