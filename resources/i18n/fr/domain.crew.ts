<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="fr">
<context>
    <name>Crew</name>
    <message>
        <location filename="../../../s321_desk/domain/crew.py" line="43"/>
        <source>Passport</source>
        <translation>Passeport</translation>
    </message>
    <message>
        <location filename="../../../s321_desk/domain/crew.py" line="44"/>
        <source>US Passport Card</source>
        <translation>Carte passeport américaine</translation>
    </message>
    <message>
        <location filename="../../../s321_desk/domain/crew.py" line="45"/>
        <source>NEXUS Card</source>
        <translation>Carte NEXUS</translation>
    </message>
    <message>
        <location filename="../../../s321_desk/domain/crew.py" line="46"/>
        <source>SENTRI Card</source>
        <translation>Carte SENTRI</translation>
    </message>
    <message>
        <location filename="../../../s321_desk/domain/crew.py" line="47"/>
        <source>Enhanced Drivers License</source>
        <translation>Permis de conduire Plus</translation>
    </message>
    <message>
        <location filename="../../../s321_desk/domain/crew.py" line="48"/>
        <source>Commercial Driver&apos;s License</source>
        <translation>Permis de conduire commercial</translation>
    </message>
    <message>
        <location filename="../../../s321_desk/domain/crew.py" line="49"/>
        <source>Driver&apos;s License</source>
        <translation>Permis de conduire</translation>
    </message>
    <message>
        <location filename="../../../s321_desk/domain/crew.py" line="50"/>
        <source>Permanent Resident Card C1 - US Resident</source>
        <translation>Carte de résident permanent C1 - résident américain</translation>
    </message>
    <message>
        <location filename="../../../s321_desk/domain/crew.py" line="51"/>
        <source>Permanent Resident Card C2 - Resident Commuter</source>
        <translation>Carte de résident permanent C2 - navetteur résident</translation>
    </message>
    <message>
        <location filename="../../../s321_desk/domain/crew.py" line="52"/>
        <source>US Alien Registration Card A1</source>
        <translation>Carte d&apos;enregistrement d&apos;étranger américaine A1</translation>
    </message>
    <message>
        <location filename="../../../s321_desk/domain/crew.py" line="53"/>
        <source>US Alien Registration Card A2</source>
        <translation>Carte d&apos;enregistrement d&apos;étranger américaine A2</translation>
    </message>
    <message>
        <location filename="../../../s321_desk/domain/crew.py" line="54"/>
        <source>Laser Visa Border Crossing Card</source>
        <translation>Carte de passage frontalier (visa laser)</translation>
    </message>
    <message>
        <location filename="../../../s321_desk/domain/crew.py" line="55"/>
        <source>Citizenship Card</source>
        <translation>Carte de citoyenneté</translation>
    </message>
    <message>
        <location filename="../../../s321_desk/domain/crew.py" line="56"/>
        <source>Certificate of Naturalization</source>
        <translation>Certificat de naturalisation</translation>
    </message>
    <message>
        <location filename="../../../s321_desk/domain/crew.py" line="57"/>
        <source>Birth Certificate</source>
        <translation>Acte de naissance</translation>
    </message>
    <message>
        <location filename="../../../s321_desk/domain/crew.py" line="58"/>
        <source>Military ID Document</source>
        <translation>Pièce d&apos;identité militaire</translation>
    </message>
    <message>
        <location filename="../../../s321_desk/domain/crew.py" line="59"/>
        <source>US Merchant Mariner Document ID</source>
        <translation>Document de marin marchand américain</translation>
    </message>
    <message>
        <location filename="../../../s321_desk/domain/crew.py" line="60"/>
        <source>Native American Indian/INAC</source>
        <translation>Carte d&apos;Indien inscrit (AINC)</translation>
    </message>
    <message>
        <location filename="../../../s321_desk/domain/crew.py" line="61"/>
        <source>Reentry Permit</source>
        <translation>Permis de retour</translation>
    </message>
    <message>
        <location filename="../../../s321_desk/domain/crew.py" line="62"/>
        <source>Refugee Travel Permit</source>
        <translation>Titre de voyage de réfugié</translation>
    </message>
    <message>
        <location filename="../../../s321_desk/domain/crew.py" line="63"/>
        <source>Visa - Immigrant</source>
        <translation>Visa d&apos;immigrant</translation>
    </message>
    <message>
        <location filename="../../../s321_desk/domain/crew.py" line="64"/>
        <source>Visa Non-Immigrant</source>
        <translation>Visa de non-immigrant</translation>
    </message>
    <message>
        <location filename="../../../s321_desk/domain/crew.py" line="65"/>
        <source>DOT Hazardous Number</source>
        <translation>Numéro DOT de matières dangereuses</translation>
    </message>
    <message>
        <location filename="../../../s321_desk/domain/crew.py" line="66"/>
        <source>Other Travel Document ID</source>
        <translation>Autre document de voyage</translation>
    </message>
    <message>
        <location filename="../../../s321_desk/domain/crew.py" line="72"/>
        <source>Truck tractor</source>
        <translation>Tracteur routier</translation>
    </message>
    <message>
        <location filename="../../../s321_desk/domain/crew.py" line="73"/>
        <source>Straight truck</source>
        <translation>Camion porteur</translation>
    </message>
    <message>
        <location filename="../../../s321_desk/domain/crew.py" line="78"/>
        <source>Semi truck trailer</source>
        <translation>Semi-remorque</translation>
    </message>
    <message>
        <location filename="../../../s321_desk/domain/crew.py" line="79"/>
        <source>Trailer (Dry freight)</source>
        <translation>Remorque (marchandises sèches)</translation>
    </message>
    <message>
        <location filename="../../../s321_desk/domain/crew.py" line="80"/>
        <source>Controlled temperature</source>
        <translation>Température contrôlée</translation>
    </message>
    <message>
        <location filename="../../../s321_desk/domain/crew.py" line="81"/>
        <source>Controlled temperature trailer</source>
        <translation>Remorque à température contrôlée</translation>
    </message>
    <message>
        <location filename="../../../s321_desk/domain/crew.py" line="82"/>
        <source>Drop back trailer</source>
        <translation>Remorque à plateau surbaissé arrière</translation>
    </message>
    <message>
        <location filename="../../../s321_desk/domain/crew.py" line="83"/>
        <source>Single drop trailer</source>
        <translation>Remorque surbaissée simple</translation>
    </message>
    <message>
        <location filename="../../../s321_desk/domain/crew.py" line="84"/>
        <source>Double drop trailer</source>
        <translation>Remorque surbaissée double</translation>
    </message>
    <message>
        <location filename="../../../s321_desk/domain/crew.py" line="85"/>
        <source>Flatbed trailer</source>
        <translation>Remorque plateau</translation>
    </message>
    <message>
        <location filename="../../../s321_desk/domain/crew.py" line="86"/>
        <source>Chassis</source>
        <translation>Châssis</translation>
    </message>
    <message>
        <location filename="../../../s321_desk/domain/crew.py" line="87"/>
        <source>Refrigerated container</source>
        <translation>Conteneur réfrigéré</translation>
    </message>
    <message>
        <location filename="../../../s321_desk/domain/crew.py" line="88"/>
        <source>20 ft. Container (Closed top) sea container</source>
        <translation>Conteneur maritime 20 pi (toit fermé)</translation>
    </message>
    <message>
        <location filename="../../../s321_desk/domain/crew.py" line="89"/>
        <source>40 ft. Container (Closed top) sea container</source>
        <translation>Conteneur maritime 40 pi (toit fermé)</translation>
    </message>
    <message>
        <location filename="../../../s321_desk/domain/crew.py" line="90"/>
        <source>Other length sea container (Closed top)</source>
        <translation>Conteneur maritime d&apos;une autre longueur (toit fermé)</translation>
    </message>
    <message>
        <location filename="../../../s321_desk/domain/crew.py" line="91"/>
        <source>No equipment</source>
        <translation>Aucun équipement</translation>
    </message>
    <message>
        <location filename="../../../s321_desk/domain/crew.py" line="92"/>
        <source>Other</source>
        <translation>Autre</translation>
    </message>
    <message>
        <location filename="../../../s321_desk/domain/crew.py" line="116"/>
        <source>{which} is required</source>
        <translation>{which} est requis</translation>
    </message>
    <message>
        <location filename="../../../s321_desk/domain/crew.py" line="119"/>
        <source>{which} {name}: at most {limit} characters (the e-manifest&apos;s)</source>
        <translation>{which} {name}&#xa0;: au plus {limit} caractères (ceux du manifeste électronique)</translation>
    </message>
    <message>
        <location filename="../../../s321_desk/domain/crew.py" line="123"/>
        <source>{which}: control characters are not a name</source>
        <translation>{which}&#xa0;: des caractères de contrôle ne sont pas un nom</translation>
    </message>
    <message>
        <location filename="../../../s321_desk/domain/crew.py" line="132"/>
        <source>gender {text}: M or F (what the e-manifest takes)</source>
        <translation>sexe {text}&#xa0;: M ou F (ce que prend le manifeste électronique)</translation>
    </message>
    <message>
        <location filename="../../../s321_desk/domain/crew.py" line="145"/>
        <source>date of birth {text}: not a date (YYYY-MM-DD)</source>
        <translation>date de naissance {text}&#xa0;: pas une date (AAAA-MM-JJ)</translation>
    </message>
    <message>
        <location filename="../../../s321_desk/domain/crew.py" line="152"/>
        <source>date of birth {day}: a driver is {youngest} to {oldest} years old</source>
        <translation>date de naissance {day}&#xa0;: un chauffeur a de {youngest} à {oldest} ans</translation>
    </message>
    <message>
        <location filename="../../../s321_desk/domain/crew.py" line="163"/>
        <source>{which} {text}: not an ISO 3166 country code (CA, US...)</source>
        <translation>{which} {text}&#xa0;: pas un code de pays ISO 3166 (CA, US...)</translation>
    </message>
    <message>
        <location filename="../../../s321_desk/domain/crew.py" line="174"/>
        <source>{which} {text}: not a US state, Canadian province or Mexican state code</source>
        <translation>{which} {text}&#xa0;: pas un code d&apos;État américain, de province canadienne ou d&apos;État mexicain</translation>
    </message>
    <message>
        <location filename="../../../s321_desk/domain/crew.py" line="182"/>
        <source>travel document type {text}: not one of {codes}</source>
        <translation>type de document de voyage {text}&#xa0;: pas l&apos;un de {codes}</translation>
    </message>
    <message>
        <location filename="../../../s321_desk/domain/crew.py" line="190"/>
        <source>travel document number {text}: 1 to {limit} letters and digits</source>
        <translation>numéro de document de voyage {text}&#xa0;: 1 à {limit} lettres et chiffres</translation>
    </message>
    <message>
        <location filename="../../../s321_desk/domain/crew.py" line="201"/>
        <source>FAST card {text}: 14 digits (e.g. 42705555555501)</source>
        <translation>carte EXPRES {text}&#xa0;: 14 chiffres (p. ex. 42705555555501)</translation>
    </message>
    <message>
        <location filename="../../../s321_desk/domain/crew.py" line="210"/>
        <source>driver number</source>
        <translation>numéro de chauffeur</translation>
    </message>
    <message>
        <location filename="../../../s321_desk/domain/crew.py" line="215"/>
        <source>unit number</source>
        <translation>numéro d&apos;unité</translation>
    </message>
    <message>
        <location filename="../../../s321_desk/domain/crew.py" line="219"/>
        <source>trailer number</source>
        <translation>numéro de remorque</translation>
    </message>
    <message>
        <location filename="../../../s321_desk/domain/crew.py" line="226"/>
        <source>{which} {text}: 1 to {limit} letters, digits and dashes</source>
        <translation>{which} {text}&#xa0;: 1 à {limit} lettres, chiffres et traits d&apos;union</translation>
    </message>
    <message>
        <location filename="../../../s321_desk/domain/crew.py" line="238"/>
        <source>licence plate {text}: 1 to {limit} letters and digits (its state or province goes in its own field)</source>
        <translation>plaque {text}&#xa0;: 1 à {limit} lettres et chiffres (son État ou sa province va dans son propre champ)</translation>
    </message>
    <message>
        <location filename="../../../s321_desk/domain/crew.py" line="253"/>
        <source>VIN {text}: 17 letters and digits, never I, O or Q</source>
        <translation>NIV {text}&#xa0;: 17 lettres et chiffres, jamais I, O ni Q</translation>
    </message>
    <message>
        <location filename="../../../s321_desk/domain/crew.py" line="260"/>
        <source>VIN {text}: its check digit (9th character) is wrong: a typo?</source>
        <translation>NIV {text}&#xa0;: son chiffre de contrôle (9e caractère) est faux&#xa0;: une faute de frappe?</translation>
    </message>
    <message>
        <location filename="../../../s321_desk/domain/crew.py" line="268"/>
        <source>truck type {text}: one of {codes}</source>
        <translation>type de camion {text}&#xa0;: l&apos;un de {codes}</translation>
    </message>
    <message>
        <location filename="../../../s321_desk/domain/crew.py" line="272"/>
        <source>trailer type {text}: one of {codes}</source>
        <translation>type de remorque {text}&#xa0;: l&apos;un de {codes}</translation>
    </message>
    <message>
        <location filename="../../../s321_desk/domain/crew.py" line="286"/>
        <source>the seal number is required</source>
        <translation>le numéro de scellé est requis</translation>
    </message>
    <message>
        <location filename="../../../s321_desk/domain/crew.py" line="289"/>
        <source>seal {seal}: at most {limit} characters, no spaces</source>
        <translation>scellé {seal}&#xa0;: au plus {limit} caractères, sans espaces</translation>
    </message>
</context>
</TS>
