<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="fr">
<context>
    <name>PrintData</name>
    <message>
        <location filename="../../../s321_desk/services/papers/contents.py" line="106"/>
        <source>setting {key} is not set; an administrator sets it in the settings</source>
        <translation>le paramètre {key} n&apos;est pas défini&#xa0;; un administrateur le définit dans les paramètres</translation>
    </message>
    <message>
        <location filename="../../../s321_desk/services/papers/contents.py" line="250"/>
        <source>parcel {parcel}: no weight; weigh it (its items have none in the catalog)</source>
        <translation>colis {parcel}&#xa0;: aucun poids&#xa0;; pesez-le (ses articles n&apos;en ont pas dans le catalogue)</translation>
    </message>
    <message>
        <location filename="../../../s321_desk/services/papers/contents.py" line="292"/>
        <source>parcel {parcel}: {status}; only a closed parcel is printed</source>
        <translation>colis {parcel}&#xa0;: {status}&#xa0;; seul un colis fermé s&apos;imprime</translation>
    </message>
    <message>
        <location filename="../../../s321_desk/services/papers/contents.py" line="298"/>
        <source>parcel {parcel}: held; a supervisor must release it first</source>
        <translation>colis {parcel}&#xa0;: retenu&#xa0;; un superviseur doit d&apos;abord le libérer</translation>
    </message>
    <message>
        <location filename="../../../s321_desk/services/papers/contents.py" line="304"/>
        <source>parcel {parcel}: needs a supervisor&apos;s decision first</source>
        <translation>colis {parcel}&#xa0;: attend d&apos;abord la décision d&apos;un superviseur</translation>
    </message>
    <message>
        <location filename="../../../s321_desk/services/papers/contents.py" line="447"/>
        <source>no {currency} rate to USD for {day}; enter the rate in force that day</source>
        <translation>aucun taux {currency} vers USD pour le {day}&#xa0;; saisissez le taux en vigueur ce jour-là</translation>
    </message>
    <message>
        <location filename="../../../s321_desk/services/papers/contents.py" line="540"/>
        <source>parcel {parcel}: not held nor deferred; it gets its label, not a tag</source>
        <translation>colis {parcel}&#xa0;: ni retenu ni reporté&#xa0;; il reçoit son étiquette, pas une fiche</translation>
    </message>
</context>
</TS>
