<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="fr">
<context>
    <name>Users</name>
    <message>
        <location filename="../../../s321_desk/services/users.py" line="31"/>
        <source>admin</source>
        <translation>administrateur</translation>
    </message>
    <message>
        <location filename="../../../s321_desk/services/users.py" line="32"/>
        <source>supervisor</source>
        <translation>superviseur</translation>
    </message>
    <message>
        <location filename="../../../s321_desk/services/users.py" line="33"/>
        <source>driver</source>
        <translation>chauffeur</translation>
    </message>
    <message>
        <location filename="../../../s321_desk/services/users.py" line="34"/>
        <source>packer</source>
        <translation>emballeur</translation>
    </message>
    <message>
        <location filename="../../../s321_desk/services/users.py" line="168"/>
        <source>{name} is a {role}; this needs an admin</source>
        <translation>{name} est {role}&#xa0;; il faut un administrateur</translation>
    </message>
    <message>
        <location filename="../../../s321_desk/services/users.py" line="169"/>
        <source>{name} is a {role}; this needs a supervisor</source>
        <translation>{name} est {role}&#xa0;; il faut un superviseur</translation>
    </message>
    <message>
        <location filename="../../../s321_desk/services/users.py" line="170"/>
        <source>{name} is a {role}; this needs a driver</source>
        <translation>{name} est {role}&#xa0;; il faut un chauffeur</translation>
    </message>
    <message>
        <location filename="../../../s321_desk/services/users.py" line="171"/>
        <source>{name} is a {role}; this needs a packer</source>
        <translation>{name} est {role}&#xa0;; il faut un emballeur</translation>
    </message>
</context>
</TS>
