<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="fr">
<context>
    <name>CarrierTableModel</name>
    <message>
        <location filename="../../../s321_desk/ui/settings/forms.py" line="318"/>
        <source>SCAC</source>
        <translation>SCAC</translation>
    </message>
    <message>
        <location filename="../../../s321_desk/ui/settings/forms.py" line="319"/>
        <source>Carrier</source>
        <translation>Transporteur</translation>
    </message>
</context>
<context>
    <name>FilingsBox</name>
    <message>
        <location filename="../../../s321_desk/ui/settings/forms.py" line="275"/>
        <source>Filings: the shipper&apos;s street address and the dangerous goods contact</source>
        <translation>Déclarations&#xa0;: l&apos;adresse municipale de l&apos;expéditeur et le contact pour les marchandises dangereuses</translation>
    </message>
</context>
<context>
    <name>LanguageBox</name>
    <message>
        <location filename="../../../s321_desk/ui/settings/forms.py" line="528"/>
        <source>As this computer ({language})</source>
        <translation>Comme cet ordinateur ({language})</translation>
    </message>
    <message>
        <location filename="../../../s321_desk/ui/settings/forms.py" line="534"/>
        <source>This stati&amp;on&apos;s language:</source>
        <translation>Lan&amp;gue de ce poste&#xa0;:</translation>
    </message>
    <message>
        <location filename="../../../s321_desk/ui/settings/forms.py" line="536"/>
        <source>(from the desk&apos;s next start)</source>
        <translation>(au prochain démarrage du poste)</translation>
    </message>
    <message>
        <location filename="../../../s321_desk/ui/settings/forms.py" line="555"/>
        <source>Not saved: {error}</source>
        <translation>Non enregistré&#xa0;: {error}</translation>
    </message>
    <message>
        <location filename="../../../s321_desk/ui/settings/forms.py" line="560"/>
        <source>Saved: {language} from the desk&apos;s next start on this computer.</source>
        <translation>Enregistré&#xa0;: {language} au prochain démarrage sur cet ordinateur.</translation>
    </message>
</context>
<context>
    <name>PapersPage</name>
    <message>
        <location filename="../../../s321_desk/ui/settings/forms.py" line="195"/>
        <source>&amp;Company (the shipper)</source>
        <translation>E&amp;ntreprise (l&apos;expéditeur)</translation>
    </message>
    <message>
        <location filename="../../../s321_desk/ui/settings/forms.py" line="195"/>
        <source>the warehouse&apos;s legal name</source>
        <translation>la raison sociale de l&apos;entrepôt</translation>
    </message>
    <message>
        <location filename="../../../s321_desk/ui/settings/forms.py" line="197"/>
        <source>&amp;Exporter (the seller)</source>
        <translation>&amp;Exportateur (le vendeur)</translation>
    </message>
    <message>
        <location filename="../../../s321_desk/ui/settings/forms.py" line="197"/>
        <source>empty: the company</source>
        <translation>vide&#xa0;: l&apos;entreprise</translation>
    </message>
    <message>
        <location filename="../../../s321_desk/ui/settings/forms.py" line="199"/>
        <source>&amp;Importer of record</source>
        <translation>&amp;Importateur officiel</translation>
    </message>
    <message>
        <location filename="../../../s321_desk/ui/settings/forms.py" line="199"/>
        <source>empty: each consignee</source>
        <translation>vide&#xa0;: chaque destinataire</translation>
    </message>
    <message>
        <location filename="../../../s321_desk/ui/settings/forms.py" line="204"/>
        <source>e.g. Mississauga, ON, Canada</source>
        <translation>p. ex. Mississauga, ON, Canada</translation>
    </message>
    <message>
        <location filename="../../../s321_desk/ui/settings/forms.py" line="213"/>
        <source>US return a&amp;ddress (the label&apos;s ship-from)</source>
        <translation>Adresse de &amp;retour aux États-Unis (l&apos;expéditeur sur l&apos;étiquette)</translation>
    </message>
    <message>
        <location filename="../../../s321_desk/ui/settings/forms.py" line="217"/>
        <source>Place of shipment and who si&amp;gns the invoice</source>
        <translation>Lieu d&apos;expédition et qui &amp;signe la facture</translation>
    </message>
    <message>
        <location filename="../../../s321_desk/ui/settings/forms.py" line="219"/>
        <source>Place of shipment:</source>
        <translation>Lieu d&apos;expédition&#xa0;:</translation>
    </message>
    <message>
        <location filename="../../../s321_desk/ui/settings/forms.py" line="221"/>
        <source>Responsible person:</source>
        <translation>Personne responsable&#xa0;:</translation>
    </message>
    <message>
        <location filename="../../../s321_desk/ui/settings/forms.py" line="222"/>
        <source>Title:</source>
        <translation>Titre&#xa0;:</translation>
    </message>
</context>
<context>
    <name>PartyBox</name>
    <message>
        <location filename="../../../s321_desk/ui/settings/forms.py" line="167"/>
        <source>Name:</source>
        <translation>Nom&#xa0;:</translation>
    </message>
    <message>
        <location filename="../../../s321_desk/ui/settings/forms.py" line="168"/>
        <source>Address:</source>
        <translation>Adresse&#xa0;:</translation>
    </message>
</context>
<context>
    <name>SettingsForms</name>
    <message>
        <location filename="../../../s321_desk/ui/settings/forms.py" line="47"/>
        <source>Company</source>
        <translation>Entreprise</translation>
    </message>
    <message>
        <location filename="../../../s321_desk/ui/settings/forms.py" line="48"/>
        <source>Exporter</source>
        <translation>Exportateur</translation>
    </message>
    <message>
        <location filename="../../../s321_desk/ui/settings/forms.py" line="49"/>
        <source>Importer of record</source>
        <translation>Importateur officiel</translation>
    </message>
    <message>
        <location filename="../../../s321_desk/ui/settings/forms.py" line="50"/>
        <source>US return address</source>
        <translation>Adresse de retour aux États-Unis</translation>
    </message>
    <message>
        <location filename="../../../s321_desk/ui/settings/forms.py" line="51"/>
        <source>Place of shipment</source>
        <translation>Lieu d&apos;expédition</translation>
    </message>
    <message>
        <location filename="../../../s321_desk/ui/settings/forms.py" line="52"/>
        <source>Responsible person</source>
        <translation>Personne responsable</translation>
    </message>
    <message>
        <location filename="../../../s321_desk/ui/settings/forms.py" line="53"/>
        <source>Shipper&apos;s street address</source>
        <translation>Adresse municipale de l&apos;expéditeur</translation>
    </message>
    <message>
        <location filename="../../../s321_desk/ui/settings/forms.py" line="54"/>
        <source>Dangerous goods contact</source>
        <translation>Contact pour les marchandises dangereuses</translation>
    </message>
    <message>
        <location filename="../../../s321_desk/ui/settings/forms.py" line="55"/>
        <source>Carriers</source>
        <translation>Transporteurs</translation>
    </message>
    <message>
        <location filename="../../../s321_desk/ui/settings/forms.py" line="56"/>
        <source>Port of entry</source>
        <translation>Point d&apos;entrée</translation>
    </message>
    <message>
        <location filename="../../../s321_desk/ui/settings/forms.py" line="57"/>
        <source>Ports added</source>
        <translation>Points d&apos;entrée ajoutés</translation>
    </message>
    <message>
        <location filename="../../../s321_desk/ui/settings/forms.py" line="58"/>
        <source>Arrival time</source>
        <translation>Heure d&apos;arrivée</translation>
    </message>
    <message>
        <location filename="../../../s321_desk/ui/settings/forms.py" line="59"/>
        <source>Cut-off time</source>
        <translation>Heure limite</translation>
    </message>
    <message>
        <location filename="../../../s321_desk/ui/settings/forms.py" line="60"/>
        <source>Time zone</source>
        <translation>Fuseau horaire</translation>
    </message>
    <message>
        <location filename="../../../s321_desk/ui/settings/forms.py" line="61"/>
        <source>Default currency</source>
        <translation>Devise par défaut</translation>
    </message>
    <message>
        <location filename="../../../s321_desk/ui/settings/forms.py" line="62"/>
        <source>Parcel prefix</source>
        <translation>Préfixe des colis</translation>
    </message>
    <message>
        <location filename="../../../s321_desk/ui/settings/forms.py" line="63"/>
        <source>Stations&apos; printers</source>
        <translation>Imprimantes des postes</translation>
    </message>
    <message>
        <location filename="../../../s321_desk/ui/settings/forms.py" line="91"/>
        <source>Administrator</source>
        <translation>Administrateur</translation>
    </message>
    <message>
        <location filename="../../../s321_desk/ui/settings/forms.py" line="259"/>
        <source>Street:</source>
        <translation>Rue&#xa0;:</translation>
    </message>
    <message>
        <location filename="../../../s321_desk/ui/settings/forms.py" line="260"/>
        <source>City:</source>
        <translation>Ville&#xa0;:</translation>
    </message>
    <message>
        <location filename="../../../s321_desk/ui/settings/forms.py" line="261"/>
        <source>Province or state:</source>
        <translation>Province ou État&#xa0;:</translation>
    </message>
    <message>
        <location filename="../../../s321_desk/ui/settings/forms.py" line="262"/>
        <source>Postal code:</source>
        <translation>Code postal&#xa0;:</translation>
    </message>
    <message>
        <location filename="../../../s321_desk/ui/settings/forms.py" line="263"/>
        <source>Country (CA, US...):</source>
        <translation>Pays (CA, US...)&#xa0;:</translation>
    </message>
    <message>
        <location filename="../../../s321_desk/ui/settings/forms.py" line="264"/>
        <source>Emergency contact:</source>
        <translation>Contact d&apos;urgence&#xa0;:</translation>
    </message>
    <message>
        <location filename="../../../s321_desk/ui/settings/forms.py" line="265"/>
        <source>Its telephone (24 h):</source>
        <translation>Son téléphone (24 h)&#xa0;:</translation>
    </message>
</context>
<context>
    <name>TruckPage</name>
    <message>
        <location filename="../../../s321_desk/ui/settings/forms.py" line="348"/>
        <source>&amp;Add or update carrier</source>
        <translation>A&amp;jouter ou modifier</translation>
    </message>
    <message>
        <location filename="../../../s321_desk/ui/settings/forms.py" line="349"/>
        <source>Remove carri&amp;er</source>
        <translation>Retirer le tra&amp;nsporteur</translation>
    </message>
    <message>
        <location filename="../../../s321_desk/ui/settings/forms.py" line="353"/>
        <source>Ca&amp;rriers (their names by SCAC, for the papers)</source>
        <translation>Transpo&amp;rteurs (noms par SCAC)</translation>
    </message>
    <message>
        <location filename="../../../s321_desk/ui/settings/forms.py" line="355"/>
        <source>SCAC:</source>
        <translation>SCAC&#xa0;:</translation>
    </message>
    <message>
        <location filename="../../../s321_desk/ui/settings/forms.py" line="357"/>
        <source>Name:</source>
        <translation>Nom&#xa0;:</translation>
    </message>
    <message>
        <location filename="../../../s321_desk/ui/settings/forms.py" line="370"/>
        <source>A&amp;dd a port...</source>
        <translation>Ajouter un point d&apos;entrée (&amp;K)...</translation>
    </message>
    <message>
        <location filename="../../../s321_desk/ui/settings/forms.py" line="371"/>
        <source>A port of entry the list lacks: its CBP code, name and time zone</source>
        <translation>Un point d&apos;entrée absent de la liste&#xa0;: son code du CBP, son nom et son fuseau horaire</translation>
    </message>
    <message>
        <location filename="../../../s321_desk/ui/settings/forms.py" line="381"/>
        <source>HH:MM</source>
        <translation>HH:MM</translation>
    </message>
    <message>
        <location filename="../../../s321_desk/ui/settings/forms.py" line="388"/>
        <source>The station&apos;s truc&amp;k</source>
        <translation>Le &amp;camion du poste</translation>
    </message>
    <message>
        <location filename="../../../s321_desk/ui/settings/forms.py" line="391"/>
        <source>Port of entr&amp;y:</source>
        <translation>Po&amp;int d&apos;entrée&#xa0;:</translation>
    </message>
    <message>
        <location filename="../../../s321_desk/ui/settings/forms.py" line="392"/>
        <source>Arr&amp;ival time (port&apos;s local):</source>
        <translation>&amp;Heure d&apos;arrivée (locale)&#xa0;:</translation>
    </message>
    <message>
        <location filename="../../../s321_desk/ui/settings/forms.py" line="393"/>
        <source>Cut-off ti&amp;me (warehouse):</source>
        <translation>Heure li&amp;mite (entrepôt)&#xa0;:</translation>
    </message>
    <message>
        <location filename="../../../s321_desk/ui/settings/forms.py" line="394"/>
        <source>Parcel prefix:</source>
        <translation>Préfixe des colis&#xa0;:</translation>
    </message>
    <message>
        <location filename="../../../s321_desk/ui/settings/forms.py" line="395"/>
        <source>Warehouse time &amp;zone:</source>
        <translation>Fu&amp;seau horaire de l&apos;entrepôt&#xa0;:</translation>
    </message>
    <message>
        <location filename="../../../s321_desk/ui/settings/forms.py" line="396"/>
        <source>Default &amp;currency:</source>
        <translation>D&amp;evise par défaut&#xa0;:</translation>
    </message>
    <message>
        <location filename="../../../s321_desk/ui/settings/forms.py" line="419"/>
        <source>{port}  (not in resources/ports.json)</source>
        <translation>{port}  (absent de resources/ports.json)</translation>
    </message>
    <message>
        <location filename="../../../s321_desk/ui/settings/forms.py" line="485"/>
        <source>SCAC: {scac} is not 2 to 4 capital letters.</source>
        <translation>SCAC&#xa0;: {scac} n&apos;est pas de 2 à 4 lettres majuscules.</translation>
    </message>
    <message>
        <location filename="../../../s321_desk/ui/settings/forms.py" line="490"/>
        <source>Name: the carrier of {scac} needs a name.</source>
        <translation>Nom&#xa0;: le transporteur de {scac} doit avoir un nom.</translation>
    </message>
    <message>
        <location filename="../../../s321_desk/ui/settings/forms.py" line="504"/>
        <source>SCAC: {scac} is not in the list; pick the carrier first.</source>
        <translation>SCAC&#xa0;: {scac} n&apos;est pas dans la liste&#xa0;; choisissez d&apos;abord le transporteur.</translation>
    </message>
</context>
</TS>
