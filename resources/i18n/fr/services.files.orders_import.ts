<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="fr">
<context>
    <name>OrdersImport</name>
    <message>
        <location filename="../../../s321_desk/services/files/orders_import.py" line="75"/>
        <source>Orders {file} ({format}): {orders} new order(s) with {lines} line(s); {already_present} already present</source>
        <translation>Commandes {file} ({format})&#xa0;: {orders} nouvelle(s) commande(s) avec {lines} ligne(s)&#xa0;; {already_present} déjà présente(s)</translation>
    </message>
    <message>
        <location filename="../../../s321_desk/services/files/orders_import.py" line="89"/>
        <source>{count} line(s) without a SKU matched to the catalog by product title</source>
        <translation>{count} ligne(s) sans SKU associée(s) au catalogue par le titre du produit</translation>
    </message>
    <message>
        <location filename="../../../s321_desk/services/files/orders_import.py" line="96"/>
        <source>{count} line(s) with a SKU not in the catalog (packing holds them)</source>
        <translation>{count} ligne(s) avec un SKU absent du catalogue (l&apos;emballage les retient)</translation>
    </message>
    <message>
        <location filename="../../../s321_desk/services/files/orders_import.py" line="103"/>
        <source>{count} cancelled order(s) skipped</source>
        <translation>{count} commande(s) annulée(s) ignorée(s)</translation>
    </message>
    <message>
        <location filename="../../../s321_desk/services/files/orders_import.py" line="109"/>
        <source>{count} line(s) needing no shipping skipped</source>
        <translation>{count} ligne(s) sans expédition ignorée(s)</translation>
    </message>
    <message>
        <location filename="../../../s321_desk/services/files/orders_import.py" line="115"/>
        <source>{count} order(s) with no line to ship skipped</source>
        <translation>{count} commande(s) sans ligne à expédier ignorée(s)</translation>
    </message>
    <message>
        <location filename="../../../s321_desk/services/files/orders_import.py" line="122"/>
        <source>{count} order(s) shipping outside the US customs territory skipped ({places})</source>
        <translation>{count} commande(s) à expédier hors du territoire douanier des États-Unis ignorée(s) ({places})</translation>
    </message>
    <message>
        <location filename="../../../s321_desk/services/files/orders_import.py" line="219"/>
        <source>{path}:1: not an orders file this desk knows: expected Shopify&apos;s orders export (columns Name, Lineitem quantity...) or the native orders CSV (columns order, sku, quantity, unit_price...)</source>
        <translation>{path}:1: pas un fichier de commandes connu de ce poste&#xa0;: attendu l&apos;exportation des commandes de Shopify (colonnes Name, Lineitem quantity...) ou le CSV de commandes natif (colonnes order, sku, quantity, unit_price...)</translation>
    </message>
    <message>
        <location filename="../../../s321_desk/services/files/orders_import.py" line="379"/>
        <source>{text} is not a US state code (e.g. NY)</source>
        <translation>{text} n&apos;est pas un code d&apos;État américain (p. ex. NY)</translation>
    </message>
    <message>
        <location filename="../../../s321_desk/services/files/orders_import.py" line="389"/>
        <source>{text} is not a US ZIP code (5 digits or ZIP+4; a spreadsheet may have dropped a leading zero)</source>
        <translation>{text} n&apos;est pas un code ZIP américain (5 chiffres ou ZIP+4&#xa0;; un tableur a peut-être retiré un zéro initial)</translation>
    </message>
    <message>
        <location filename="../../../s321_desk/services/files/orders_import.py" line="461"/>
        <source>{text} differs from {first} on line {line} of order {order}</source>
        <translation>{text} diffère de {first} à la ligne {line} de la commande {order}</translation>
    </message>
    <message>
        <location filename="../../../s321_desk/services/files/orders_import.py" line="598"/>
        <source>setting time_zone: unknown time zone {zone}</source>
        <translation>setting time_zone&#xa0;: fuseau horaire inconnu {zone}</translation>
    </message>
    <message>
        <location filename="../../../s321_desk/services/files/orders_import.py" line="612"/>
        <source>{text} is not a positive whole number</source>
        <translation>{text} n&apos;est pas un nombre entier positif</translation>
    </message>
    <message>
        <location filename="../../../s321_desk/services/files/orders_import.py" line="618"/>
        <source>{text} is too large (at most {most})</source>
        <translation>{text} est trop grand (au plus {most})</translation>
    </message>
    <message>
        <location filename="../../../s321_desk/services/files/orders_import.py" line="629"/>
        <source>{text} is not an ISO 3166 two-letter country code (e.g. US)</source>
        <translation>{text} n&apos;est pas un code de pays ISO 3166 à deux lettres (p. ex. US)</translation>
    </message>
</context>
</TS>
