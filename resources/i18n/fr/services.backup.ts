<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="fr">
<context>
    <name>Backup</name>
    <message>
        <location filename="../../../s321_desk/services/backup.py" line="142"/>
        <source>{file}: no such backup file</source>
        <translation>{file}&#xa0;: ce fichier de sauvegarde n&apos;existe pas</translation>
    </message>
    <message>
        <location filename="../../../s321_desk/services/backup.py" line="159"/>
        <source>{target}: cannot write the restored database ({why})</source>
        <translation>{target}&#xa0;: impossible d&apos;écrire la base de données restaurée ({why})</translation>
    </message>
    <message>
        <location filename="../../../s321_desk/services/backup.py" line="174"/>
        <source>{file}: not an s321-desk backup (not an SQLite file)</source>
        <translation>{file}&#xa0;: pas une sauvegarde de s321-desk (pas un fichier SQLite)</translation>
    </message>
    <message>
        <location filename="../../../s321_desk/services/backup.py" line="183"/>
        <source>{file}: the backup fails its integrity check ({found})</source>
        <translation>{file}&#xa0;: la sauvegarde échoue à son contrôle d&apos;intégrité ({found})</translation>
    </message>
    <message>
        <location filename="../../../s321_desk/services/backup.py" line="190"/>
        <source>{file}: not an s321-desk backup ({why})</source>
        <translation>{file}&#xa0;: pas une sauvegarde de s321-desk ({why})</translation>
    </message>
    <message>
        <location filename="../../../s321_desk/services/backup.py" line="196"/>
        <source>{file}: not an s321-desk backup (no schema revision in it)</source>
        <translation>{file}&#xa0;: pas une sauvegarde de s321-desk (aucune révision de schéma dedans)</translation>
    </message>
    <message>
        <location filename="../../../s321_desk/services/backup.py" line="202"/>
        <source>{file}: written by a newer version of s321-desk (schema {revision}); install that version to restore it</source>
        <translation>{file}&#xa0;: écrite par une version plus récente de s321-desk (schéma {revision})&#xa0;; installez cette version pour la restaurer</translation>
    </message>
    <message>
        <location filename="../../../s321_desk/services/backup.py" line="239"/>
        <source>{target}: the database is open on a station (or in the desk): close the desk everywhere, then restore; nothing was changed</source>
        <translation>{target}&#xa0;: la base de données est ouverte sur un poste (ou dans le bureau)&#xa0;: fermez le bureau partout, puis restaurez&#xa0;; rien n&apos;a été changé</translation>
    </message>
    <message>
        <location filename="../../../s321_desk/services/backup.py" line="263"/>
        <source>{target}: restored, but it does not open: {why}</source>
        <translation>{target}&#xa0;: restaurée, mais elle ne s&apos;ouvre pas&#xa0;: {why}</translation>
    </message>
    <message>
        <location filename="../../../s321_desk/services/backup.py" line="284"/>
        <source>{file}: not a PostgreSQL backup of the desk (pg_dump&apos;s format)</source>
        <translation>{file}&#xa0;: pas une sauvegarde PostgreSQL du bureau (format de pg_dump)</translation>
    </message>
    <message>
        <location filename="../../../s321_desk/services/backup.py" line="298"/>
        <source>{database}: {others} other connection(s) use it: close the desk everywhere, then restore; nothing was changed</source>
        <translation>{database}&#xa0;: {others} autre(s) connexion(s) l&apos;utilisent&#xa0;: fermez le bureau partout, puis restaurez&#xa0;; rien n&apos;a été changé</translation>
    </message>
    <message>
        <location filename="../../../s321_desk/services/backup.py" line="302"/>
        <source>the database</source>
        <translation>la base de données</translation>
    </message>
</context>
</TS>
