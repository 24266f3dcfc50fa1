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
        <location filename="../../../s321_desk/services/users.py" line="129"/>
        <source>{user}: no such user</source>
        <translation>{user}&#xa0;: cet utilisateur n&apos;existe pas</translation>
    </message>
    <message>
        <location filename="../../../s321_desk/services/users.py" line="134"/>
        <source>{name}: too many wrong PINs; try again in {seconds} s</source>
        <translation>{name}&#xa0;: trop de NIP erronés&#xa0;; réessayez dans {seconds} s</translation>
    </message>
    <message>
        <location filename="../../../s321_desk/services/users.py" line="152"/>
        <source>{name}: wrong PIN</source>
        <translation>{name}&#xa0;: NIP erroné</translation>
    </message>
    <message>
        <location filename="../../../s321_desk/services/users.py" line="172"/>
        <source>{name} is a {role}; this needs an admin</source>
        <translation>{name} est {role}&#xa0;; il faut un administrateur</translation>
    </message>
    <message>
        <location filename="../../../s321_desk/services/users.py" line="173"/>
        <source>{name} is a {role}; this needs a supervisor</source>
        <translation>{name} est {role}&#xa0;; il faut un superviseur</translation>
    </message>
    <message>
        <location filename="../../../s321_desk/services/users.py" line="174"/>
        <source>{name} is a {role}; this needs a driver</source>
        <translation>{name} est {role}&#xa0;; il faut un chauffeur</translation>
    </message>
    <message>
        <location filename="../../../s321_desk/services/users.py" line="175"/>
        <source>{name} is a {role}; this needs a packer</source>
        <translation>{name} est {role}&#xa0;; il faut un emballeur</translation>
    </message>
    <message>
        <location filename="../../../s321_desk/services/users.py" line="227"/>
        <source>{name} may change only their own PIN; another&apos;s needs an administrator</source>
        <translation>{name} ne peut changer que son propre NIP&#xa0;; celui d&apos;un autre demande un administrateur</translation>
    </message>
    <message>
        <location filename="../../../s321_desk/services/users.py" line="293"/>
        <source>user {user}: no such user</source>
        <translation>utilisateur {user}&#xa0;: cet utilisateur n&apos;existe pas</translation>
    </message>
    <message>
        <location filename="../../../s321_desk/services/users.py" line="302"/>
        <source>{name} is no longer an active user</source>
        <translation>{name} n&apos;est plus un utilisateur actif</translation>
    </message>
</context>
</TS>
