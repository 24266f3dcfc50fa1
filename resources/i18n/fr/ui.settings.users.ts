<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="fr">
<context>
    <name>UserTableModel</name>
    <message>
        <location filename="../../../s321_desk/ui/settings/users.py" line="51"/>
        <source>yes</source>
        <translation>oui</translation>
    </message>
    <message>
        <location filename="../../../s321_desk/ui/settings/users.py" line="51"/>
        <source>no (deactivated)</source>
        <translation>non (désactivé)</translation>
    </message>
    <message>
        <location filename="../../../s321_desk/ui/settings/users.py" line="57"/>
        <source>Name</source>
        <translation>Nom</translation>
    </message>
    <message>
        <location filename="../../../s321_desk/ui/settings/users.py" line="58"/>
        <source>Role</source>
        <translation>Rôle</translation>
    </message>
    <message>
        <location filename="../../../s321_desk/ui/settings/users.py" line="59"/>
        <source>Badge</source>
        <translation>Badge</translation>
    </message>
    <message>
        <location filename="../../../s321_desk/ui/settings/users.py" line="60"/>
        <source>Signs in</source>
        <translation>Ouvre une session</translation>
    </message>
    <message>
        <location filename="../../../s321_desk/ui/settings/users.py" line="61"/>
        <source>Locked until</source>
        <translation>Bloqué jusqu&apos;à</translation>
    </message>
</context>
<context>
    <name>UsersPage</name>
    <message>
        <location filename="../../../s321_desk/ui/settings/users.py" line="96"/>
        <location filename="../../../s321_desk/ui/settings/users.py" line="230"/>
        <source>Add a user</source>
        <translation>Ajouter un utilisateur</translation>
    </message>
    <message>
        <location filename="../../../s321_desk/ui/settings/users.py" line="98"/>
        <source>optional: scan the badge</source>
        <translation>facultatif&#xa0;: balayez le badge</translation>
    </message>
    <message>
        <location filename="../../../s321_desk/ui/settings/users.py" line="104"/>
        <source>A&amp;dd user...</source>
        <translation>A&amp;jouter l&apos;utilisateur...</translation>
    </message>
    <message>
        <location filename="../../../s321_desk/ui/settings/users.py" line="107"/>
        <source>Name:</source>
        <translation>Nom&#xa0;:</translation>
    </message>
    <message>
        <location filename="../../../s321_desk/ui/settings/users.py" line="108"/>
        <location filename="../../../s321_desk/ui/settings/users.py" line="144"/>
        <source>Role:</source>
        <translation>Rôle&#xa0;:</translation>
    </message>
    <message>
        <location filename="../../../s321_desk/ui/settings/users.py" line="109"/>
        <source>Badge:</source>
        <translation>Badge&#xa0;:</translation>
    </message>
    <message>
        <location filename="../../../s321_desk/ui/settings/users.py" line="110"/>
        <source>PIN:</source>
        <translation>NIP&#xa0;:</translation>
    </message>
    <message>
        <location filename="../../../s321_desk/ui/settings/users.py" line="111"/>
        <source>PIN again:</source>
        <translation>NIP à nouveau&#xa0;:</translation>
    </message>
    <message>
        <location filename="../../../s321_desk/ui/settings/users.py" line="120"/>
        <source>The selected user</source>
        <translation>L&apos;utilisateur choisi</translation>
    </message>
    <message>
        <location filename="../../../s321_desk/ui/settings/users.py" line="125"/>
        <source>Change P&amp;IN...</source>
        <translation>Changer le N&amp;IP...</translation>
    </message>
    <message>
        <location filename="../../../s321_desk/ui/settings/users.py" line="130"/>
        <source>Set rol&amp;e...</source>
        <translation>Changer le &amp;rôle...</translation>
    </message>
    <message>
        <location filename="../../../s321_desk/ui/settings/users.py" line="132"/>
        <location filename="../../../s321_desk/ui/settings/users.py" line="180"/>
        <source>Dea&amp;ctivate...</source>
        <translation>Dé&amp;sactiver...</translation>
    </message>
    <message>
        <location filename="../../../s321_desk/ui/settings/users.py" line="137"/>
        <source>New PIN:</source>
        <translation>Nouveau NIP&#xa0;:</translation>
    </message>
    <message>
        <location filename="../../../s321_desk/ui/settings/users.py" line="138"/>
        <source>New PIN again:</source>
        <translation>Nouveau NIP à nouveau&#xa0;:</translation>
    </message>
    <message>
        <location filename="../../../s321_desk/ui/settings/users.py" line="174"/>
        <source>Pick a user in the table.</source>
        <translation>Choisissez un utilisateur dans le tableau.</translation>
    </message>
    <message>
        <location filename="../../../s321_desk/ui/settings/users.py" line="177"/>
        <source>{name} ({role})</source>
        <translation>{name} ({role})</translation>
    </message>
    <message>
        <location filename="../../../s321_desk/ui/settings/users.py" line="181"/>
        <source>Rea&amp;ctivate...</source>
        <translation>Réa&amp;ctiver...</translation>
    </message>
    <message>
        <location filename="../../../s321_desk/ui/settings/users.py" line="201"/>
        <source>Administrator</source>
        <translation>Administrateur</translation>
    </message>
    <message>
        <location filename="../../../s321_desk/ui/settings/users.py" line="216"/>
        <source>Name: required.</source>
        <translation>Nom&#xa0;: obligatoire.</translation>
    </message>
    <message>
        <location filename="../../../s321_desk/ui/settings/users.py" line="217"/>
        <source>PIN</source>
        <translation>NIP</translation>
    </message>
    <message>
        <location filename="../../../s321_desk/ui/settings/users.py" line="240"/>
        <source>{what}: 4 to {most} digits.</source>
        <translation>{what}&#xa0;: 4 à {most} chiffres.</translation>
    </message>
    <message>
        <location filename="../../../s321_desk/ui/settings/users.py" line="242"/>
        <source>{what}: 4 to 8 digits (a supervisor or an administrator: up to 20).</source>
        <translation>{what}&#xa0;: 4 à 8 chiffres (un superviseur ou un administrateur&#xa0;: jusqu&apos;à 20).</translation>
    </message>
    <message>
        <location filename="../../../s321_desk/ui/settings/users.py" line="250"/>
        <source>New PIN</source>
        <translation>Nouveau NIP</translation>
    </message>
    <message>
        <location filename="../../../s321_desk/ui/settings/users.py" line="218"/>
        <source>PIN again: not the same PIN.</source>
        <translation>NIP à nouveau&#xa0;: pas le même NIP.</translation>
    </message>
    <message>
        <location filename="../../../s321_desk/ui/settings/users.py" line="230"/>
        <source>Add {name} as {role}.</source>
        <translation>Ajouter {name} comme {role}.</translation>
    </message>
    <message>
        <location filename="../../../s321_desk/ui/settings/users.py" line="231"/>
        <source>{name} added as {role}.</source>
        <translation>{name} ajouté comme {role}.</translation>
    </message>
    <message>
        <location filename="../../../s321_desk/ui/settings/users.py" line="252"/>
        <source>New PIN again: not the same PIN.</source>
        <translation>Nouveau NIP à nouveau&#xa0;: pas le même NIP.</translation>
    </message>
    <message>
        <location filename="../../../s321_desk/ui/settings/users.py" line="261"/>
        <source>Change a PIN</source>
        <translation>Changer un NIP</translation>
    </message>
    <message>
        <location filename="../../../s321_desk/ui/settings/users.py" line="262"/>
        <source>A new PIN for {name}: an administrator&apos;s PIN, or {name}&apos;s old PIN.</source>
        <translation>Un nouveau NIP pour {name}&#xa0;: le NIP d&apos;un administrateur, ou l&apos;ancien NIP de {name}.</translation>
    </message>
    <message>
        <location filename="../../../s321_desk/ui/settings/users.py" line="264"/>
        <source>{name}&apos;s PIN changed.</source>
        <translation>NIP de {name} changé.</translation>
    </message>
    <message>
        <location filename="../../../s321_desk/ui/settings/users.py" line="265"/>
        <source>Administrator or the user</source>
        <translation>Administrateur ou l&apos;utilisateur</translation>
    </message>
    <message>
        <location filename="../../../s321_desk/ui/settings/users.py" line="274"/>
        <source>Role: {name} is a {role} already.</source>
        <translation>Rôle&#xa0;: {name} est déjà {role}.</translation>
    </message>
    <message>
        <location filename="../../../s321_desk/ui/settings/users.py" line="283"/>
        <source>Change a role</source>
        <translation>Changer un rôle</translation>
    </message>
    <message>
        <location filename="../../../s321_desk/ui/settings/users.py" line="283"/>
        <source>Make {name} a {role}.</source>
        <translation>Faire de {name} un {role}.</translation>
    </message>
    <message>
        <location filename="../../../s321_desk/ui/settings/users.py" line="284"/>
        <source>{name} is now a {role}.</source>
        <translation>{name} est maintenant {role}.</translation>
    </message>
    <message>
        <location filename="../../../s321_desk/ui/settings/users.py" line="297"/>
        <source>Reactivate a user</source>
        <translation>Réactiver un utilisateur</translation>
    </message>
    <message>
        <location filename="../../../s321_desk/ui/settings/users.py" line="298"/>
        <source>Reactivate {name}: they may sign in again.</source>
        <translation>Réactiver {name}&#xa0;: cette personne pourra de nouveau ouvrir une session.</translation>
    </message>
    <message>
        <location filename="../../../s321_desk/ui/settings/users.py" line="299"/>
        <source>{name} may sign in again.</source>
        <translation>{name} peut de nouveau ouvrir une session.</translation>
    </message>
    <message>
        <location filename="../../../s321_desk/ui/settings/users.py" line="301"/>
        <source>Deactivate a user</source>
        <translation>Désactiver un utilisateur</translation>
    </message>
    <message>
        <location filename="../../../s321_desk/ui/settings/users.py" line="302"/>
        <source>Deactivate {name}: they can no longer sign in.</source>
        <translation>Désactiver {name}&#xa0;: cette personne ne pourra plus ouvrir de session.</translation>
    </message>
    <message>
        <location filename="../../../s321_desk/ui/settings/users.py" line="304"/>
        <source>{name} can no longer sign in.</source>
        <translation>{name} ne peut plus ouvrir de session.</translation>
    </message>
</context>
</TS>
