<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="fr">
<context>
    <name>Store</name>
    <message>
        <location filename="../../../s321_desk/store/database.py" line="77"/>
        <source>{folder}: cannot create the folder ({reason})</source>
        <translation>{folder}&#xa0;: impossible de créer le dossier ({reason})</translation>
    </message>
    <message>
        <location filename="../../../s321_desk/store/database.py" line="83"/>
        <source>{file}: is a folder, not a database file</source>
        <translation>{file}&#xa0;: c&apos;est un dossier, pas un fichier de base de données</translation>
    </message>
    <message>
        <location filename="../../../s321_desk/store/database.py" line="87"/>
        <source>{file}: not an s321-desk database (not an SQLite file)</source>
        <translation>{file}&#xa0;: pas une base de données de s321-desk (pas un fichier SQLite)</translation>
    </message>
    <message>
        <location filename="../../../s321_desk/store/database.py" line="95"/>
        <source>{file}: the database is read-only (the file or its folder cannot be written: a read-only disk or share, or the file&apos;s permissions); nothing was changed</source>
        <translation>{file}&#xa0;: la base de données est en lecture seule (le fichier ou son dossier ne peut pas être écrit&#xa0;: disque ou partage en lecture seule, ou droits du fichier)&#xa0;; rien n&apos;a été changé</translation>
    </message>
    <message>
        <location filename="../../../s321_desk/store/database.py" line="164"/>
        <source>{file}: the database is damaged (its integrity check finds: {found}); it is open read-only and nothing can be written. Restore the latest backup; the damaged file is kept beside it</source>
        <translation>{file}&#xa0;: la base de données est endommagée (sa vérification d&apos;intégrité trouve&#xa0;: {found})&#xa0;; elle est ouverte en lecture seule et rien ne peut y être écrit. Restaurez la dernière sauvegarde&#xa0;; le fichier endommagé est gardé à côté</translation>
    </message>
    <message>
        <location filename="../../../s321_desk/store/database.py" line="181"/>
        <source>{database}: cannot open the database ({reason})</source>
        <translation>{database}&#xa0;: impossible d&apos;ouvrir la base de données ({reason})</translation>
    </message>
    <message>
        <location filename="../../../s321_desk/store/database.py" line="192"/>
        <source>{database}: not a database URL the desk can use ({reason})</source>
        <translation>{database}&#xa0;: pas une URL de base de données que le bureau peut utiliser ({reason})</translation>
    </message>
    <message>
        <location filename="../../../s321_desk/store/database.py" line="198"/>
        <source>{database}: the database driver is missing ({module})</source>
        <translation>{database}&#xa0;: le pilote de la base de données manque ({module})</translation>
    </message>
</context>
</TS>
