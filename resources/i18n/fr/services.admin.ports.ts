<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="fr">
<context>
    <name>Ports</name>
    <message>
        <location filename="../../../s321_desk/services/admin/ports.py" line="42"/>
        <source>port: {port} is not in resources/ports.json ({ports})</source>
        <translation>point d&apos;entrée&#xa0;: {port} n&apos;est pas dans resources/ports.json ({ports})</translation>
    </message>
    <message>
        <location filename="../../../s321_desk/services/admin/ports.py" line="52"/>
        <source>a port is an object with &quot;code&quot;, &quot;name&quot; and &quot;time_zone&quot;</source>
        <translation>un point d&apos;entrée est un objet avec «&#xa0;code&#xa0;», «&#xa0;name&#xa0;» et «&#xa0;time_zone&#xa0;»</translation>
    </message>
    <message>
        <location filename="../../../s321_desk/services/admin/ports.py" line="56"/>
        <source>code {code} is not 4 digits (CBP&apos;s port code, e.g. 3004)</source>
        <translation>le code {code} n&apos;a pas 4 chiffres (le code de point d&apos;entrée du CBP, p. ex. 3004)</translation>
    </message>
    <message>
        <location filename="../../../s321_desk/services/admin/ports.py" line="59"/>
        <source>port {code}: the name is empty</source>
        <translation>point d&apos;entrée {code}&#xa0;: le nom est vide</translation>
    </message>
    <message>
        <location filename="../../../s321_desk/services/admin/ports.py" line="64"/>
        <source>port {code}: {zone} is not a time zone such as America/Vancouver</source>
        <translation>point d&apos;entrée {code}&#xa0;: {zone} n&apos;est pas un fuseau horaire comme America/Vancouver</translation>
    </message>
    <message>
        <location filename="../../../s321_desk/services/admin/ports.py" line="70"/>
        <source>port {code}: {field} is not one of code, name, time_zone</source>
        <translation>point d&apos;entrée {code}&#xa0;: {field} n&apos;est pas un de code, name, time_zone</translation>
    </message>
    <message>
        <location filename="../../../s321_desk/services/admin/ports.py" line="80"/>
        <source>must be a list of ports</source>
        <translation>doit être une liste de points d&apos;entrée</translation>
    </message>
    <message>
        <location filename="../../../s321_desk/services/admin/ports.py" line="86"/>
        <source>port {code} is already in the list: {name}</source>
        <translation>le point d&apos;entrée {code} est déjà dans la liste&#xa0;: {name}</translation>
    </message>
</context>
</TS>
