<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="fr">
<context>
    <name>PrintData</name>
    <message>
        <location filename="../../../s321_desk/services/papers/contents.py" line="112"/>
        <source>setting {key} is not set; an administrator sets it with &apos;s321-desk settings set {key} VALUE&apos; (see &apos;s321-desk settings show&apos;)</source>
        <translation>le paramètre {key} n&apos;est pas défini&#xa0;; un administrateur le définit avec «&#xa0;s321-desk settings set {key} VALUE&#xa0;» (voir «&#xa0;s321-desk settings show&#xa0;»)</translation>
    </message>
    <message>
        <location filename="../../../s321_desk/services/papers/contents.py" line="290"/>
        <source>parcel {parcel}: no weight; weigh it (its items have none in the catalog)</source>
        <translation>colis {parcel}&#xa0;: aucun poids&#xa0;; pesez-le (ses articles n&apos;en ont pas dans le catalogue)</translation>
    </message>
    <message>
        <location filename="../../../s321_desk/services/papers/contents.py" line="332"/>
        <source>parcel {parcel}: {status}; only a closed parcel is printed</source>
        <translation>colis {parcel}&#xa0;: {status}&#xa0;; seul un colis fermé s&apos;imprime</translation>
    </message>
    <message>
        <location filename="../../../s321_desk/services/papers/contents.py" line="338"/>
        <source>parcel {parcel}: held; a supervisor must release it first</source>
        <translation>colis {parcel}&#xa0;: retenu&#xa0;; un superviseur doit d&apos;abord le libérer</translation>
    </message>
    <message>
        <location filename="../../../s321_desk/services/papers/contents.py" line="344"/>
        <source>parcel {parcel}: needs a supervisor&apos;s decision first (s321-desk parcels show {parcel})</source>
        <translation>colis {parcel}&#xa0;: attend d&apos;abord la décision d&apos;un superviseur (s321-desk parcels show {parcel})</translation>
    </message>
    <message>
        <location filename="../../../s321_desk/services/papers/contents.py" line="492"/>
        <source>no {currency} rate to USD for {day}; enter the rate in force that day</source>
        <translation>aucun taux {currency} vers USD pour le {day}&#xa0;; saisissez le taux en vigueur ce jour-là</translation>
    </message>
    <message>
        <location filename="../../../s321_desk/services/papers/contents.py" line="587"/>
        <source>parcel {parcel}: not held nor deferred; it gets its label, not a tag</source>
        <translation>colis {parcel}&#xa0;: ni retenu ni reporté&#xa0;; il reçoit son étiquette, pas une fiche</translation>
    </message>
</context>
</TS>
