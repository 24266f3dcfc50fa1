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
        <location filename="../../../s321_desk/services/users.py" line="39"/>
        <source>role: {role} is not one of {roles}</source>
        <translation>rôle&#xa0;: {role} n&apos;est pas l&apos;un de {roles}</translation>
    </message>
    <message>
        <location filename="../../../s321_desk/services/users.py" line="80"/>
        <source>name: required</source>
        <translation>nom&#xa0;: obligatoire</translation>
    </message>
    <message>
        <location filename="../../../s321_desk/services/users.py" line="84"/>
        <source>PIN: 4 to 8 digits</source>
        <translation>NIP&#xa0;: 4 à 8 chiffres</translation>
    </message>
    <message>
        <location filename="../../../s321_desk/services/users.py" line="89"/>
        <source>the first user of a store must be an admin</source>
        <translation>le premier utilisateur d&apos;une base de données doit être un administrateur</translation>
    </message>
    <message>
        <location filename="../../../s321_desk/services/users.py" line="92"/>
        <source>adding a user needs an administrator&apos;s name and PIN</source>
        <translation>ajouter un utilisateur demande le nom et le NIP d&apos;un administrateur</translation>
    </message>
    <message>
        <location filename="../../../s321_desk/services/users.py" line="99"/>
        <source>name or badge: {name} is already a user</source>
        <translation>nom ou badge&#xa0;: {name} est déjà un utilisateur</translation>
    </message>
    <message>
        <location filename="../../../s321_desk/services/users.py" line="141"/>
        <source>{user}: no such user</source>
        <translation>{user}&#xa0;: cet utilisateur n&apos;existe pas</translation>
    </message>
    <message>
        <location filename="../../../s321_desk/services/users.py" line="146"/>
        <source>{name}: too many wrong PINs; try again in {seconds} s</source>
        <translation>{name}&#xa0;: trop de NIP erronés&#xa0;; réessayez dans {seconds} s</translation>
    </message>
    <message>
        <location filename="../../../s321_desk/services/users.py" line="164"/>
        <source>{name}: wrong PIN</source>
        <translation>{name}&#xa0;: NIP erroné</translation>
    </message>
    <message>
        <location filename="../../../s321_desk/services/users.py" line="184"/>
        <source>{name} is a {role}; this needs an admin</source>
        <translation>{name} est {role}&#xa0;; il faut un administrateur</translation>
    </message>
    <message>
        <location filename="../../../s321_desk/services/users.py" line="185"/>
        <source>{name} is a {role}; this needs a supervisor</source>
        <translation>{name} est {role}&#xa0;; il faut un superviseur</translation>
    </message>
    <message>
        <location filename="../../../s321_desk/services/users.py" line="186"/>
        <source>{name} is a {role}; this needs a driver</source>
        <translation>{name} est {role}&#xa0;; il faut un chauffeur</translation>
    </message>
    <message>
        <location filename="../../../s321_desk/services/users.py" line="187"/>
        <source>{name} is a {role}; this needs a packer</source>
        <translation>{name} est {role}&#xa0;; il faut un emballeur</translation>
    </message>
    <message>
        <location filename="../../../s321_desk/services/users.py" line="232"/>
        <source>new PIN: 4 to 8 digits</source>
        <translation>nouveau NIP&#xa0;: 4 à 8 chiffres</translation>
    </message>
    <message>
        <location filename="../../../s321_desk/services/users.py" line="239"/>
        <source>{name} may change only their own PIN; another&apos;s needs an administrator</source>
        <translation>{name} ne peut changer que son propre NIP&#xa0;; celui d&apos;un autre demande un administrateur</translation>
    </message>
    <message>
        <location filename="../../../s321_desk/services/users.py" line="262"/>
        <source>activating or deactivating a user</source>
        <translation>activer ou désactiver un utilisateur</translation>
    </message>
    <message>
        <location filename="../../../s321_desk/services/users.py" line="267"/>
        <source>{name} is the last active administrator and cannot be deactivated; make another user an administrator first</source>
        <translation>{name} est le dernier administrateur actif et ne peut pas être désactivé&#xa0;; faites d&apos;abord d&apos;un autre utilisateur un administrateur</translation>
    </message>
    <message>
        <location filename="../../../s321_desk/services/users.py" line="292"/>
        <source>changing a user&apos;s role</source>
        <translation>changer le rôle d&apos;un utilisateur</translation>
    </message>
    <message>
        <location filename="../../../s321_desk/services/users.py" line="297"/>
        <source>{name} is the last active administrator and cannot be made a {role}; make another user an administrator first</source>
        <translation>{name} est le dernier administrateur actif et ne peut pas devenir {role}&#xa0;; faites d&apos;abord d&apos;un autre utilisateur un administrateur</translation>
    </message>
    <message>
        <location filename="../../../s321_desk/services/users.py" line="321"/>
        <source>user {user}: no such user</source>
        <translation>utilisateur {user}&#xa0;: cet utilisateur n&apos;existe pas</translation>
    </message>
    <message>
        <location filename="../../../s321_desk/services/users.py" line="330"/>
        <source>{name} is no longer an active user</source>
        <translation>{name} n&apos;est plus un utilisateur actif</translation>
    </message>
    <message>
        <location filename="../../../s321_desk/services/users.py" line="340"/>
        <source>{what} needs an administrator; {name} is a {role}</source>
        <translation>{what}&#xa0;: il faut un administrateur&#xa0;; {name} est {role}</translation>
    </message>
</context>
</TS>
