<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="fr">
<context>
    <name>Roles</name>
    <message>
        <location filename="../../../s321_desk/ui/dialogs/sign_in.py" line="49"/>
        <source>Packer</source>
        <translation>Emballeur</translation>
    </message>
    <message>
        <location filename="../../../s321_desk/ui/dialogs/sign_in.py" line="50"/>
        <source>Supervisor</source>
        <translation>Superviseur</translation>
    </message>
    <message>
        <location filename="../../../s321_desk/ui/dialogs/sign_in.py" line="51"/>
        <source>Driver</source>
        <translation>Chauffeur</translation>
    </message>
    <message>
        <location filename="../../../s321_desk/ui/dialogs/sign_in.py" line="52"/>
        <source>Administrator</source>
        <translation>Administrateur</translation>
    </message>
</context>
<context>
    <name>SignInDialog</name>
    <message>
        <location filename="../../../s321_desk/ui/dialogs/sign_in.py" line="108"/>
        <location filename="../../../s321_desk/ui/dialogs/sign_in.py" line="166"/>
        <source>Sign in</source>
        <translation>Ouvrir une session</translation>
    </message>
    <message>
        <location filename="../../../s321_desk/ui/dialogs/sign_in.py" line="135"/>
        <source>type your name, or scan your badge</source>
        <translation>tapez votre nom, ou balayez votre badge</translation>
    </message>
    <message>
        <location filename="../../../s321_desk/ui/dialogs/sign_in.py" line="153"/>
        <source>&amp;Name or badge:</source>
        <translation>&amp;Nom ou badge&#xa0;:</translation>
    </message>
    <message>
        <location filename="../../../s321_desk/ui/dialogs/sign_in.py" line="157"/>
        <source>&amp;PIN:</source>
        <translation>N&amp;IP&#xa0;:</translation>
    </message>
    <message>
        <location filename="../../../s321_desk/ui/dialogs/sign_in.py" line="161"/>
        <source>S&amp;ign in</source>
        <translation>&amp;Ouvrir la session</translation>
    </message>
    <message>
        <location filename="../../../s321_desk/ui/dialogs/sign_in.py" line="195"/>
        <source>Type your name or scan your badge.</source>
        <translation>Tapez votre nom ou balayez votre badge.</translation>
    </message>
    <message>
        <location filename="../../../s321_desk/ui/dialogs/sign_in.py" line="205"/>
        <source>No active user has the name or badge {text}.</source>
        <translation>Aucun utilisateur actif n&apos;a le nom ou le badge {text}.</translation>
    </message>
    <message>
        <location filename="../../../s321_desk/ui/dialogs/sign_in.py" line="233"/>
        <source>{name} ({role})</source>
        <translation>{name} ({role})</translation>
    </message>
    <message>
        <location filename="../../../s321_desk/ui/dialogs/sign_in.py" line="249"/>
        <source>Type your PIN.</source>
        <translation>Tapez votre NIP.</translation>
    </message>
    <message>
        <location filename="../../../s321_desk/ui/dialogs/sign_in.py" line="272"/>
        <source>optional: scan the badge</source>
        <translation>facultatif&#xa0;: balayez le badge</translation>
    </message>
    <message>
        <location filename="../../../s321_desk/ui/dialogs/sign_in.py" line="277"/>
        <source>&amp;Name:</source>
        <translation>&amp;Nom&#xa0;:</translation>
    </message>
    <message>
        <location filename="../../../s321_desk/ui/dialogs/sign_in.py" line="278"/>
        <source>&amp;Badge:</source>
        <translation>&amp;Badge&#xa0;:</translation>
    </message>
    <message>
        <location filename="../../../s321_desk/ui/dialogs/sign_in.py" line="279"/>
        <source>&amp;PIN (4 to 20 digits):</source>
        <translation>N&amp;IP (4 à 20 chiffres)&#xa0;:</translation>
    </message>
    <message>
        <location filename="../../../s321_desk/ui/dialogs/sign_in.py" line="280"/>
        <source>PIN &amp;again:</source>
        <translation>NIP à nouv&amp;eau&#xa0;:</translation>
    </message>
    <message>
        <location filename="../../../s321_desk/ui/dialogs/sign_in.py" line="289"/>
        <source>&amp;Create the administrator</source>
        <translation>&amp;Créer l&apos;administrateur</translation>
    </message>
    <message>
        <location filename="../../../s321_desk/ui/dialogs/sign_in.py" line="295"/>
        <source>This database has no users yet. Create its first administrator: they add everyone else and change the settings. From then on, every write names who does it: packing too needs someone signed in.</source>
        <translation>Cette base de données n&apos;a pas encore d&apos;utilisateur. Créez son premier administrateur&#xa0;: il ajoute tous les autres et modifie les paramètres. Dès lors, chaque écriture nomme qui la fait&#xa0;: l&apos;emballage aussi exige une session ouverte.</translation>
    </message>
    <message>
        <location filename="../../../s321_desk/ui/dialogs/sign_in.py" line="305"/>
        <source>Create the first administrator</source>
        <translation>Créer le premier administrateur</translation>
    </message>
    <message>
        <location filename="../../../s321_desk/ui/dialogs/sign_in.py" line="321"/>
        <source>Name: required.</source>
        <translation>Nom&#xa0;: obligatoire.</translation>
    </message>
    <message>
        <location filename="../../../s321_desk/ui/dialogs/sign_in.py" line="326"/>
        <source>PIN again: not the same PIN; type it again.</source>
        <translation>NIP à nouveau&#xa0;: pas le même NIP&#xa0;; tapez-le de nouveau.</translation>
    </message>
    <message>
        <location filename="../../../s321_desk/ui/dialogs/sign_in.py" line="334"/>
        <source>{error}; somebody else has just created the first user.</source>
        <translation>{error}&#xa0;; quelqu&apos;un d&apos;autre vient de créer le premier utilisateur.</translation>
    </message>
</context>
<context>
    <name>SignInUserModel</name>
    <message>
        <location filename="../../../s321_desk/ui/dialogs/sign_in.py" line="67"/>
        <source>Name</source>
        <translation>Nom</translation>
    </message>
    <message>
        <location filename="../../../s321_desk/ui/dialogs/sign_in.py" line="68"/>
        <source>Role</source>
        <translation>Rôle</translation>
    </message>
</context>
<context>
    <name>SignedInWidget</name>
    <message>
        <location filename="../../../s321_desk/ui/dialogs/sign_in.py" line="372"/>
        <location filename="../../../s321_desk/ui/dialogs/sign_in.py" line="386"/>
        <source>Signed in: nobody</source>
        <translation>Session&#xa0;: personne</translation>
    </message>
    <message>
        <location filename="../../../s321_desk/ui/dialogs/sign_in.py" line="388"/>
        <source>Sign in...</source>
        <translation>Ouvrir une session...</translation>
    </message>
    <message>
        <location filename="../../../s321_desk/ui/dialogs/sign_in.py" line="395"/>
        <source>Signed in: {name} ({role})</source>
        <translation>Session&#xa0;: {name} ({role})</translation>
    </message>
    <message>
        <location filename="../../../s321_desk/ui/dialogs/sign_in.py" line="398"/>
        <source>Sign out</source>
        <translation>Fermer la session</translation>
    </message>
</context>
</TS>
