<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="fr">
<context>
    <name>Users</name>
    <message>
        <location filename="../../../s321_desk/services/admin/users.py" line="40"/>
        <source>admin</source>
        <translation>administrateur</translation>
    </message>
    <message>
        <location filename="../../../s321_desk/services/admin/users.py" line="41"/>
        <source>supervisor</source>
        <translation>superviseur</translation>
    </message>
    <message>
        <location filename="../../../s321_desk/services/admin/users.py" line="42"/>
        <source>driver</source>
        <translation>chauffeur</translation>
    </message>
    <message>
        <location filename="../../../s321_desk/services/admin/users.py" line="43"/>
        <source>packer</source>
        <translation>emballeur</translation>
    </message>
    <message>
        <location filename="../../../s321_desk/services/admin/users.py" line="48"/>
        <source>role: {role} is not one of {roles}</source>
        <translation>rôle&#xa0;: {role} n&apos;est pas l&apos;un de {roles}</translation>
    </message>
    <message>
        <location filename="../../../s321_desk/services/admin/users.py" line="92"/>
        <source>PIN</source>
        <translation>NIP</translation>
    </message>
    <message>
        <location filename="../../../s321_desk/services/admin/users.py" line="97"/>
        <source>the first user of a store must be an admin</source>
        <translation>le premier utilisateur d&apos;une base de données doit être un administrateur</translation>
    </message>
    <message>
        <location filename="../../../s321_desk/services/admin/users.py" line="100"/>
        <source>adding a user needs an administrator&apos;s name and PIN</source>
        <translation>ajouter un utilisateur demande le nom et le NIP d&apos;un administrateur</translation>
    </message>
    <message>
        <location filename="../../../s321_desk/services/admin/users.py" line="105"/>
        <source>name or badge: {name} is already a user</source>
        <translation>nom ou badge&#xa0;: {name} est déjà un utilisateur</translation>
    </message>
    <message>
        <location filename="../../../s321_desk/services/admin/users.py" line="149"/>
        <source>{user}: no such user</source>
        <translation>{user}&#xa0;: cet utilisateur n&apos;existe pas</translation>
    </message>
    <message>
        <location filename="../../../s321_desk/services/admin/users.py" line="154"/>
        <source>{name}: too many wrong PINs; try again in {seconds} s</source>
        <translation>{name}&#xa0;: trop de NIP erronés&#xa0;; réessayez dans {seconds} s</translation>
    </message>
    <message>
        <location filename="../../../s321_desk/services/admin/users.py" line="160"/>
        <source>{name}: no PIN since the PIN key was reset; an administrator gives a new one (Settings &gt; Users)</source>
        <translation>{name}&#xa0;: aucun NIP depuis la réinitialisation de la clé des NIP&#xa0;; un administrateur en donne un nouveau (Paramètres &gt; Utilisateurs)</translation>
    </message>
    <message>
        <location filename="../../../s321_desk/services/admin/users.py" line="184"/>
        <source>{name}: wrong PIN</source>
        <translation>{name}&#xa0;: NIP erroné</translation>
    </message>
    <message>
        <location filename="../../../s321_desk/services/admin/users.py" line="204"/>
        <source>{name} is a {role}; this needs an admin</source>
        <translation>{name} est {role}&#xa0;; il faut un administrateur</translation>
    </message>
    <message>
        <location filename="../../../s321_desk/services/admin/users.py" line="205"/>
        <source>{name} is a {role}; this needs a supervisor</source>
        <translation>{name} est {role}&#xa0;; il faut un superviseur</translation>
    </message>
    <message>
        <location filename="../../../s321_desk/services/admin/users.py" line="206"/>
        <source>{name} is a {role}; this needs a driver</source>
        <translation>{name} est {role}&#xa0;; il faut un chauffeur</translation>
    </message>
    <message>
        <location filename="../../../s321_desk/services/admin/users.py" line="207"/>
        <source>{name} is a {role}; this needs a packer</source>
        <translation>{name} est {role}&#xa0;; il faut un emballeur</translation>
    </message>
    <message>
        <location filename="../../../s321_desk/services/admin/users.py" line="258"/>
        <location filename="../../../s321_desk/services/admin/users.py" line="474"/>
        <source>new PIN</source>
        <translation>nouveau NIP</translation>
    </message>
    <message>
        <location filename="../../../s321_desk/services/admin/users.py" line="399"/>
        <source>{what}: 4 to {most} digits</source>
        <translation>{what}&#xa0;: 4 à {most} chiffres</translation>
    </message>
    <message>
        <location filename="../../../s321_desk/services/admin/users.py" line="402"/>
        <source>{what}: 4 to 8 digits (a supervisor or an administrator may choose up to 20)</source>
        <translation>{what}&#xa0;: 4 à 8 chiffres (un superviseur ou un administrateur peut en choisir jusqu&apos;à 20)</translation>
    </message>
    <message>
        <location filename="../../../s321_desk/services/admin/users.py" line="427"/>
        <source>this station does not have the PIN key {key} this store&apos;s PINs are keyed with: copy it from one of the store&apos;s stations (exported there, imported here), or reset the PINs</source>
        <translation>ce poste n&apos;a pas la clé des NIP {key} avec laquelle les NIP de cette base de données sont chiffrés&#xa0;: copiez-la depuis un des postes de la base (exportée là-bas, importée ici), ou réinitialisez les NIP</translation>
    </message>
    <message>
        <location filename="../../../s321_desk/services/admin/users.py" line="483"/>
        <source>{name} is not an active administrator</source>
        <translation>{name} n&apos;est pas un administrateur actif</translation>
    </message>
    <message>
        <location filename="../../../s321_desk/services/admin/users.py" line="262"/>
        <source>{name} may change only their own PIN; another&apos;s needs an administrator</source>
        <translation>{name} ne peut changer que son propre NIP&#xa0;; celui d&apos;un autre demande un administrateur</translation>
    </message>
    <message>
        <location filename="../../../s321_desk/services/admin/users.py" line="291"/>
        <source>activating or deactivating a user</source>
        <translation>activer ou désactiver un utilisateur</translation>
    </message>
    <message>
        <location filename="../../../s321_desk/services/admin/users.py" line="296"/>
        <source>{name} is the last active administrator and cannot be deactivated; make another user an administrator first</source>
        <translation>{name} est le dernier administrateur actif et ne peut pas être désactivé&#xa0;; faites d&apos;abord d&apos;un autre utilisateur un administrateur</translation>
    </message>
    <message>
        <location filename="../../../s321_desk/services/admin/users.py" line="325"/>
        <source>changing a user&apos;s role</source>
        <translation>changer le rôle d&apos;un utilisateur</translation>
    </message>
    <message>
        <location filename="../../../s321_desk/services/admin/users.py" line="330"/>
        <source>{name} is the last active administrator and cannot be made a {role}; make another user an administrator first</source>
        <translation>{name} est le dernier administrateur actif et ne peut pas devenir {role}&#xa0;; faites d&apos;abord d&apos;un autre utilisateur un administrateur</translation>
    </message>
    <message>
        <location filename="../../../s321_desk/services/admin/users.py" line="360"/>
        <source>user {user}: no such user</source>
        <translation>utilisateur {user}&#xa0;: cet utilisateur n&apos;existe pas</translation>
    </message>
    <message>
        <location filename="../../../s321_desk/services/admin/users.py" line="369"/>
        <source>{name} is no longer an active user</source>
        <translation>{name} n&apos;est plus un utilisateur actif</translation>
    </message>
    <message>
        <location filename="../../../s321_desk/services/admin/users.py" line="379"/>
        <source>{what} needs an administrator; {name} is a {role}</source>
        <translation>{what}&#xa0;: il faut un administrateur&#xa0;; {name} est {role}</translation>
    </message>
</context>
</TS>
