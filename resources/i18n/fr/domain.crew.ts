<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="fr">
<context>
    <name>Crew</name>
    <message>
        <location filename="../../../s321_desk/domain/crew.py" line="112"/>
        <source>{which} is required</source>
        <translation>{which} est requis</translation>
    </message>
    <message>
        <location filename="../../../s321_desk/domain/crew.py" line="115"/>
        <source>{which} {name}: at most {limit} characters (the e-manifest&apos;s)</source>
        <translation>{which} {name}&#xa0;: au plus {limit} caractères (ceux du manifeste électronique)</translation>
    </message>
    <message>
        <location filename="../../../s321_desk/domain/crew.py" line="119"/>
        <source>{which}: control characters are not a name</source>
        <translation>{which}&#xa0;: des caractères de contrôle ne sont pas un nom</translation>
    </message>
    <message>
        <location filename="../../../s321_desk/domain/crew.py" line="128"/>
        <source>gender {text}: M or F (what the e-manifest takes)</source>
        <translation>sexe {text}&#xa0;: M ou F (ce que prend le manifeste électronique)</translation>
    </message>
    <message>
        <location filename="../../../s321_desk/domain/crew.py" line="141"/>
        <source>date of birth {text}: not a date (YYYY-MM-DD)</source>
        <translation>date de naissance {text}&#xa0;: pas une date (AAAA-MM-JJ)</translation>
    </message>
    <message>
        <location filename="../../../s321_desk/domain/crew.py" line="148"/>
        <source>date of birth {day}: a driver is {youngest} to {oldest} years old</source>
        <translation>date de naissance {day}&#xa0;: un chauffeur a de {youngest} à {oldest} ans</translation>
    </message>
    <message>
        <location filename="../../../s321_desk/domain/crew.py" line="159"/>
        <source>{which} {text}: not an ISO 3166 country code (CA, US...)</source>
        <translation>{which} {text}&#xa0;: pas un code de pays ISO 3166 (CA, US...)</translation>
    </message>
    <message>
        <location filename="../../../s321_desk/domain/crew.py" line="170"/>
        <source>{which} {text}: not a US state, Canadian province or Mexican state code</source>
        <translation>{which} {text}&#xa0;: pas un code d&apos;État américain, de province canadienne ou d&apos;État mexicain</translation>
    </message>
    <message>
        <location filename="../../../s321_desk/domain/crew.py" line="181"/>
        <source>travel document type {text}: not one of {codes}</source>
        <translation>type de document de voyage {text}&#xa0;: pas l&apos;un de {codes}</translation>
    </message>
    <message>
        <location filename="../../../s321_desk/domain/crew.py" line="192"/>
        <source>travel document number {text}: 1 to {limit} letters and digits</source>
        <translation>numéro de document de voyage {text}&#xa0;: 1 à {limit} lettres et chiffres</translation>
    </message>
    <message>
        <location filename="../../../s321_desk/domain/crew.py" line="203"/>
        <source>FAST card {text}: 14 digits (e.g. 42705555555501)</source>
        <translation>carte EXPRES {text}&#xa0;: 14 chiffres (p. ex. 42705555555501)</translation>
    </message>
    <message>
        <location filename="../../../s321_desk/domain/crew.py" line="212"/>
        <source>driver number</source>
        <translation>numéro de chauffeur</translation>
    </message>
    <message>
        <location filename="../../../s321_desk/domain/crew.py" line="217"/>
        <source>unit number</source>
        <translation>numéro d&apos;unité</translation>
    </message>
    <message>
        <location filename="../../../s321_desk/domain/crew.py" line="221"/>
        <source>trailer number</source>
        <translation>numéro de remorque</translation>
    </message>
    <message>
        <location filename="../../../s321_desk/domain/crew.py" line="228"/>
        <source>{which} {text}: 1 to {limit} letters, digits and dashes</source>
        <translation>{which} {text}&#xa0;: 1 à {limit} lettres, chiffres et traits d&apos;union</translation>
    </message>
    <message>
        <location filename="../../../s321_desk/domain/crew.py" line="240"/>
        <source>licence plate {text}: 1 to {limit} letters and digits (its state or province goes in its own field)</source>
        <translation>plaque {text}&#xa0;: 1 à {limit} lettres et chiffres (son État ou sa province va dans son propre champ)</translation>
    </message>
    <message>
        <location filename="../../../s321_desk/domain/crew.py" line="255"/>
        <source>VIN {text}: 17 letters and digits, never I, O or Q</source>
        <translation>NIV {text}&#xa0;: 17 lettres et chiffres, jamais I, O ni Q</translation>
    </message>
    <message>
        <location filename="../../../s321_desk/domain/crew.py" line="262"/>
        <source>VIN {text}: its check digit (9th character) is wrong: a typo?</source>
        <translation>NIV {text}&#xa0;: son chiffre de contrôle (9e caractère) est faux&#xa0;: une faute de frappe?</translation>
    </message>
    <message>
        <location filename="../../../s321_desk/domain/crew.py" line="273"/>
        <source>truck type {text}: one of {codes}</source>
        <translation>type de camion {text}&#xa0;: l&apos;un de {codes}</translation>
    </message>
    <message>
        <location filename="../../../s321_desk/domain/crew.py" line="284"/>
        <source>trailer type {text}: one of {codes}</source>
        <translation>type de remorque {text}&#xa0;: l&apos;un de {codes}</translation>
    </message>
    <message>
        <location filename="../../../s321_desk/domain/crew.py" line="294"/>
        <source>the seal number is required</source>
        <translation>le numéro de scellé est requis</translation>
    </message>
    <message>
        <location filename="../../../s321_desk/domain/crew.py" line="297"/>
        <source>seal {seal}: at most {limit} characters, no spaces</source>
        <translation>scellé {seal}&#xa0;: au plus {limit} caractères, sans espaces</translation>
    </message>
</context>
</TS>
