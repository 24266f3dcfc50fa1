<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="fr">
<context>
    <name>Codes</name>
    <message>
        <location filename="../../../s321_desk/domain/findings.py" line="226"/>
        <source>FDA (Food and Drug Administration)</source>
        <translation>la FDA (Food and Drug Administration)</translation>
    </message>
    <message>
        <location filename="../../../s321_desk/domain/findings.py" line="227"/>
        <source>USDA APHIS (plant and animal health)</source>
        <translation>l&apos;APHIS de l&apos;USDA (santé des végétaux et des animaux)</translation>
    </message>
    <message>
        <location filename="../../../s321_desk/domain/findings.py" line="228"/>
        <source>USDA FSIS (meat, poultry and egg products)</source>
        <translation>le FSIS de l&apos;USDA (viandes, volailles et produits d&apos;œufs)</translation>
    </message>
    <message>
        <location filename="../../../s321_desk/domain/findings.py" line="229"/>
        <source>CPSC (consumer product safety)</source>
        <translation>la CPSC (sécurité des produits de consommation)</translation>
    </message>
    <message>
        <location filename="../../../s321_desk/domain/findings.py" line="230"/>
        <source>NHTSA (vehicle and tire safety)</source>
        <translation>la NHTSA (sécurité des véhicules et des pneus)</translation>
    </message>
    <message>
        <location filename="../../../s321_desk/domain/findings.py" line="231"/>
        <source>EPA (pesticides, engines, chemicals)</source>
        <translation>l&apos;EPA (pesticides, moteurs, produits chimiques)</translation>
    </message>
    <message>
        <location filename="../../../s321_desk/domain/findings.py" line="232"/>
        <source>Fish and Wildlife Service (wildlife products)</source>
        <translation>le Fish and Wildlife Service (produits de la faune)</translation>
    </message>
    <message>
        <location filename="../../../s321_desk/domain/findings.py" line="233"/>
        <source>FCC (radio-frequency devices)</source>
        <translation>la FCC (appareils à radiofréquence)</translation>
    </message>
</context>
<context>
    <name>Compliance</name>
    <message>
        <location filename="../../../s321_desk/domain/findings.py" line="88"/>
        <source>{items}: regulated by {agency}; its data goes with the entry.</source>
        <translation>{items}&#xa0;: réglementé par {agency}&#xa0;; ses données accompagnent l&apos;entrée.</translation>
    </message>
    <message>
        <location filename="../../../s321_desk/domain/findings.py" line="102"/>
        <source>The parcel for {who} goes to {place}, outside the US customs territory (the states, DC and Puerto Rico): this desk files US entries only.</source>
        <translation>Le colis pour {who} va à {place}, hors du territoire douanier des États-Unis (les États, DC et Porto Rico)&#xa0;: ce poste ne dépose que des entrées américaines.</translation>
    </message>
    <message>
        <location filename="../../../s321_desk/domain/findings.py" line="112"/>
        <source>{items}: no HTS number. Classify the item in the catalog before the parcel can ship.</source>
        <translation>{items}&#xa0;: aucun numéro HTS. Classez l&apos;article dans le catalogue avant que le colis puisse partir.</translation>
    </message>
    <message>
        <location filename="../../../s321_desk/domain/findings.py" line="121"/>
        <source>{items}: no country of origin. Fill it in the catalog before the parcel can ship.</source>
        <translation>{items}&#xa0;: aucun pays d&apos;origine. Remplissez-le dans le catalogue avant que le colis puisse partir.</translation>
    </message>
    <message>
        <location filename="../../../s321_desk/domain/findings.py" line="130"/>
        <source>No USD rate for {currencies} on {day}: an administrator must enter the CBP rate.</source>
        <translation>Aucun taux en USD pour {currencies} le {day}&#xa0;: un administrateur doit saisir le taux de la CBP.</translation>
    </message>
    <message>
        <location filename="../../../s321_desk/domain/findings.py" line="138"/>
        <source>{items}: alcohol cannot cross from this desk. Hold the parcel and call the compliance lead.</source>
        <translation>{items}&#xa0;: l&apos;alcool ne peut pas passer par ce poste. Retenez le colis et appelez le responsable de la conformité.</translation>
    </message>
    <message>
        <location filename="../../../s321_desk/domain/findings.py" line="147"/>
        <source>{items}: tobacco cannot cross from this desk. Hold the parcel and call the compliance lead.</source>
        <translation>{items}&#xa0;: le tabac ne peut pas passer par ce poste. Retenez le colis et appelez le responsable de la conformité.</translation>
    </message>
    <message>
        <location filename="../../../s321_desk/domain/findings.py" line="156"/>
        <source>{items}: firearms cannot cross from this desk. Hold the parcel and call the compliance lead.</source>
        <translation>{items}&#xa0;: les armes à feu ne peuvent pas passer par ce poste. Retenez le colis et appelez le responsable de la conformité.</translation>
    </message>
    <message>
        <location filename="../../../s321_desk/domain/findings.py" line="167"/>
        <source>{items}: goods under an anti-dumping or countervailing duty order take a formal entry (type 03), never de minimis.</source>
        <translation>{items}&#xa0;: les marchandises visées par une ordonnance antidumping ou compensatoire passent par une entrée officielle (type 03), jamais de minimis.</translation>
    </message>
    <message>
        <location filename="../../../s321_desk/domain/findings.py" line="176"/>
        <source>De minimis is suspended for every country on this crossing date: the parcel needs a broker&apos;s entry.</source>
        <translation>Le de minimis est suspendu pour tous les pays à cette date de passage&#xa0;: le colis a besoin d&apos;une entrée par un courtier en douane.</translation>
    </message>
    <message>
        <location filename="../../../s321_desk/domain/findings.py" line="185"/>
        <source>De minimis is repealed for commercial shipments on this crossing date: the parcel needs a broker&apos;s entry.</source>
        <translation>Le de minimis est abrogé pour les envois commerciaux à cette date de passage&#xa0;: le colis a besoin d&apos;une entrée par un courtier en douane.</translation>
    </message>
    <message>
        <location filename="../../../s321_desk/domain/findings.py" line="194"/>
        <source>{items}: goods made in {origins} do not get de minimis on this crossing date.</source>
        <translation>{items}&#xa0;: les marchandises fabriquées en {origins} n&apos;ont pas droit au de minimis à cette date de passage.</translation>
    </message>
    <message>
        <location filename="../../../s321_desk/domain/findings.py" line="202"/>
        <source>This parcel for {who} is worth {value}, over the {limit} de minimis limit.</source>
        <translation>Ce colis pour {who} vaut {value}, au-dessus de la limite de minimis de {limit}.</translation>
    </message>
    <message>
        <location filename="../../../s321_desk/domain/findings.py" line="211"/>
        <source>{count} parcels today for {who}: together {value} is over the {limit} de minimis limit.</source>
        <translation>{count} colis aujourd&apos;hui pour {who}&#xa0;: ensemble, {value} dépasse la limite de minimis de {limit}.</translation>
    </message>
    <message>
        <location filename="../../../s321_desk/domain/findings.py" line="218"/>
        <source>De minimis is already filed today for {who} on a sealed truck crossing later: together {value} is over the {limit} de minimis limit.</source>
        <translation>Un de minimis est déjà déclaré aujourd&apos;hui pour {who} dans un camion scellé qui passe plus tard&#xa0;: ensemble, {value} dépasse la limite de minimis de {limit}.</translation>
    </message>
    <message>
        <location filename="../../../s321_desk/domain/findings.py" line="237"/>
        <source>{who} has {count} parcels on this truck: one entry for all of them, together {value}.</source>
        <translation>{who} a {count} colis dans ce camion&#xa0;: une seule entrée pour tous, ensemble {value}.</translation>
    </message>
    <message>
        <location filename="../../../s321_desk/domain/findings.py" line="246"/>
        <source>Together {value} is over the {limit} informal entry limit: formal entry (type 01).</source>
        <translation>Ensemble, {value} dépasse la limite d&apos;entrée informelle de {limit}&#xa0;: entrée officielle (type 01).</translation>
    </message>
    <message>
        <location filename="../../../s321_desk/domain/findings.py" line="256"/>
        <source>{who} already has another parcel today.</source>
        <translation>{who} a déjà un autre colis aujourd&apos;hui.</translation>
    </message>
    <message>
        <location filename="../../../s321_desk/domain/findings.py" line="258"/>
        <source>{who} already has a parcel today (on this truck).</source>
        <translation>{who} a déjà un colis aujourd&apos;hui (dans ce camion).</translation>
    </message>
    <message>
        <location filename="../../../s321_desk/domain/findings.py" line="262"/>
        <source>{who} also has {parcels} today.</source>
        <translation>{who} a aussi {parcels} aujourd&apos;hui.</translation>
    </message>
    <message>
        <location filename="../../../s321_desk/domain/findings.py" line="269"/>
        <source>Order {order} is split over {count} parcels worth {value} together, over {limit}: acknowledge to go on.</source>
        <translation>La commande {order} est répartie en {count} colis d&apos;une valeur totale de {value}, au-dessus de {limit}&#xa0;: confirmez pour continuer.</translation>
    </message>
    <message>
        <location filename="../../../s321_desk/domain/findings.py" line="275"/>
        <source>The order is split over {count} parcels worth {value} together, over {limit}: acknowledge to go on.</source>
        <translation>La commande est répartie en {count} colis d&apos;une valeur totale de {value}, au-dessus de {limit}&#xa0;: confirmez pour continuer.</translation>
    </message>
    <message>
        <location filename="../../../s321_desk/domain/findings.py" line="287"/>
        <source>{who} and {names} (on this truck) at {street} are taken as one person. Check, and split them if they are different people.</source>
        <translation>{who} et {names} (dans ce camion) au {street} sont considérés comme une seule personne. Vérifiez, et séparez-les s&apos;il s&apos;agit de personnes différentes.</translation>
    </message>
    <message>
        <location filename="../../../s321_desk/domain/findings.py" line="293"/>
        <source>{who} and {names} (another parcel today) at {street} are taken as one person. Check, and split them if they are different people.</source>
        <translation>{who} et {names} (un autre colis aujourd&apos;hui) au {street} sont pris pour une seule personne. Vérifiez, et séparez-les si ce sont des personnes différentes.</translation>
    </message>
    <message>
        <location filename="../../../s321_desk/domain/findings.py" line="305"/>
        <source>{who} shares {street} with {names} (on this truck): check that one order was not split between names to stay under a limit.</source>
        <translation>{who} partage le {street} avec {names} (dans ce camion)&#xa0;: vérifiez qu&apos;une commande n&apos;a pas été séparée entre des noms pour rester sous une limite.</translation>
    </message>
    <message>
        <location filename="../../../s321_desk/domain/findings.py" line="311"/>
        <source>{who} shares {street} with {names} (another parcel today): check that one order was not split between names to stay under a limit.</source>
        <translation>{who} partage le {street} avec {names} (un autre colis aujourd&apos;hui)&#xa0;: vérifiez qu&apos;une commande n&apos;a pas été partagée entre des noms pour rester sous une limite.</translation>
    </message>
    <message>
        <location filename="../../../s321_desk/domain/findings.py" line="323"/>
        <source>The parcel weighs {weight} kg, over the {advisory} kg advisory: check the carrier accepts it.</source>
        <translation>Le colis pèse {weight} kg, au-dessus du seuil d&apos;avis de {advisory} kg&#xa0;: vérifiez que le transporteur l&apos;accepte.</translation>
    </message>
</context>
<context>
    <name>Findings</name>
    <message>
        <location filename="../../../s321_desk/domain/findings.py" line="107"/>
        <source>goes outside the US: not for this desk</source>
        <translation>va hors des États-Unis&#xa0;: pas pour ce poste</translation>
    </message>
    <message>
        <location filename="../../../s321_desk/domain/findings.py" line="116"/>
        <source>an item has no HTS code</source>
        <translation>un article n&apos;a pas de code HTS</translation>
    </message>
    <message>
        <location filename="../../../s321_desk/domain/findings.py" line="125"/>
        <source>an item has no origin</source>
        <translation>un article n&apos;a pas d&apos;origine</translation>
    </message>
    <message>
        <location filename="../../../s321_desk/domain/findings.py" line="134"/>
        <source>no FX rate for the currency</source>
        <translation>aucun taux de change pour la devise</translation>
    </message>
    <message>
        <location filename="../../../s321_desk/domain/findings.py" line="143"/>
        <source>alcohol: cannot ship</source>
        <translation>alcool&#xa0;: ne peut pas partir</translation>
    </message>
    <message>
        <location filename="../../../s321_desk/domain/findings.py" line="152"/>
        <source>tobacco: cannot ship</source>
        <translation>tabac&#xa0;: ne peut pas partir</translation>
    </message>
    <message>
        <location filename="../../../s321_desk/domain/findings.py" line="161"/>
        <source>firearms: cannot ship</source>
        <translation>armes à feu&#xa0;: ne peuvent pas partir</translation>
    </message>
    <message>
        <location filename="../../../s321_desk/domain/findings.py" line="206"/>
        <source>over the de minimis limit</source>
        <translation>au-dessus de la limite de minimis</translation>
    </message>
    <message>
        <location filename="../../../s321_desk/domain/findings.py" line="224"/>
        <source>same person twice today, over the limit together</source>
        <translation>même personne deux fois aujourd&apos;hui, au-dessus de la limite ensemble</translation>
    </message>
    <message>
        <location filename="../../../s321_desk/domain/findings.py" line="241"/>
        <source>same person on one truck, over the limit</source>
        <translation>même personne dans un camion, au-dessus de la limite</translation>
    </message>
    <message>
        <location filename="../../../s321_desk/domain/findings.py" line="250"/>
        <source>over the informal entry limit</source>
        <translation>au-dessus de la limite d&apos;entrée informelle</translation>
    </message>
    <message>
        <location filename="../../../s321_desk/domain/findings.py" line="264"/>
        <source>same person twice today</source>
        <translation>même personne deux fois aujourd&apos;hui</translation>
    </message>
    <message>
        <location filename="../../../s321_desk/domain/findings.py" line="281"/>
        <source>one order in several parcels</source>
        <translation>une commande en plusieurs colis</translation>
    </message>
    <message>
        <location filename="../../../s321_desk/domain/findings.py" line="299"/>
        <source>one person, two spellings</source>
        <translation>une personne, deux orthographes</translation>
    </message>
    <message>
        <location filename="../../../s321_desk/domain/findings.py" line="317"/>
        <source>same address, another name</source>
        <translation>même adresse, autre nom</translation>
    </message>
</context>
</TS>
