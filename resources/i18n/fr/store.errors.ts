<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="fr">
<context>
    <name>StoreErrors</name>
    <message>
        <location filename="../../../s321_desk/store/errors.py" line="38"/>
        <source>The database is busy (another station is writing): nothing was changed; try again in a moment.</source>
        <translation>La base de données est occupée (un autre poste écrit)&#xa0;: rien n&apos;a été changé&#xa0;; réessayez dans un instant.</translation>
    </message>
    <message>
        <location filename="../../../s321_desk/store/errors.py" line="40"/>
        <source>The disk that holds the database is full: nothing was changed. Free some space, then try again.</source>
        <translation>Le disque qui contient la base de données est plein&#xa0;: rien n&apos;a été changé. Libérez de l&apos;espace, puis réessayez.</translation>
    </message>
    <message>
        <location filename="../../../s321_desk/store/errors.py" line="42"/>
        <source>The database cannot be written (a read-only file or server): nothing was changed. Tell your administrator.</source>
        <translation>La base de données ne peut pas être modifiée (fichier ou serveur en lecture seule)&#xa0;: rien n&apos;a été changé. Avisez votre administrateur.</translation>
    </message>
    <message>
        <location filename="../../../s321_desk/store/errors.py" line="44"/>
        <source>The database is damaged: nothing more was written. Restore the latest backup, or tell your administrator.</source>
        <translation>La base de données est endommagée&#xa0;: plus rien n&apos;a été écrit. Restaurez la dernière sauvegarde, ou avisez votre administrateur.</translation>
    </message>
    <message>
        <location filename="../../../s321_desk/store/errors.py" line="46"/>
        <source>The database cannot be reached (the server, the network or the file): nothing was changed. Check the connection, then try again.</source>
        <translation>La base de données est injoignable (le serveur, le réseau ou le fichier)&#xa0;: rien n&apos;a été changé. Vérifiez la connexion, puis réessayez.</translation>
    </message>
</context>
</TS>
