<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="fr">
<context>
    <name>Backup</name>
    <message>
        <location filename="../../../s321_desk/services/admin/backup.py" line="92"/>
        <source>{file}: cannot write the backup ({reason})</source>
        <translation>{file}&#xa0;: impossible d&apos;écrire la sauvegarde ({reason})</translation>
    </message>
    <message>
        <location filename="../../../s321_desk/services/admin/backup.py" line="111"/>
        <source>{file}: the copy fails its integrity check ({found})</source>
        <translation>{file}&#xa0;: la copie échoue à son contrôle d&apos;intégrité ({found})</translation>
    </message>
    <message>
        <location filename="../../../s321_desk/services/admin/backup.py" line="165"/>
        <source>{file}: no such backup file</source>
        <translation>{file}&#xa0;: ce fichier de sauvegarde n&apos;existe pas</translation>
    </message>
    <message>
        <location filename="../../../s321_desk/services/admin/backup.py" line="184"/>
        <source>{target}: cannot write the restored database ({why})</source>
        <translation>{target}&#xa0;: impossible d&apos;écrire la base de données restaurée ({why})</translation>
    </message>
    <message>
        <location filename="../../../s321_desk/services/admin/backup.py" line="213"/>
        <source>{file}: not an s321-desk backup (not an SQLite file)</source>
        <translation>{file}&#xa0;: pas une sauvegarde de s321-desk (pas un fichier SQLite)</translation>
    </message>
    <message>
        <location filename="../../../s321_desk/services/admin/backup.py" line="222"/>
        <source>{file}: the backup fails its integrity check ({found})</source>
        <translation>{file}&#xa0;: la sauvegarde échoue à son contrôle d&apos;intégrité ({found})</translation>
    </message>
    <message>
        <location filename="../../../s321_desk/services/admin/backup.py" line="229"/>
        <source>{file}: not an s321-desk backup ({why})</source>
        <translation>{file}&#xa0;: pas une sauvegarde de s321-desk ({why})</translation>
    </message>
    <message>
        <location filename="../../../s321_desk/services/admin/backup.py" line="235"/>
        <source>{file}: not an s321-desk backup (no schema revision in it)</source>
        <translation>{file}&#xa0;: pas une sauvegarde de s321-desk (aucune révision de schéma dedans)</translation>
    </message>
    <message>
        <location filename="../../../s321_desk/services/admin/backup.py" line="241"/>
        <source>{file}: written by a newer version of s321-desk (schema {revision}); install that version to restore it</source>
        <translation>{file}&#xa0;: écrite par une version plus récente de s321-desk (schéma {revision})&#xa0;; installez cette version pour la restaurer</translation>
    </message>
    <message>
        <location filename="../../../s321_desk/services/admin/backup.py" line="278"/>
        <source>{target}: the database is open on a station (or in the desk): close the desk everywhere, then restore; nothing was changed</source>
        <translation>{target}&#xa0;: la base de données est ouverte sur un poste (ou dans le bureau)&#xa0;: fermez le bureau partout, puis restaurez&#xa0;; rien n&apos;a été changé</translation>
    </message>
    <message>
        <location filename="../../../s321_desk/services/admin/backup.py" line="294"/>
        <source>{target}: restored, but it does not open: {why}</source>
        <translation>{target}&#xa0;: restaurée, mais elle ne s&apos;ouvre pas&#xa0;: {why}</translation>
    </message>
    <message>
        <location filename="../../../s321_desk/services/admin/backup.py" line="325"/>
        <source>{file}: not a PostgreSQL backup of the desk (pg_dump&apos;s format)</source>
        <translation>{file}&#xa0;: pas une sauvegarde PostgreSQL du bureau (format de pg_dump)</translation>
    </message>
    <message>
        <location filename="../../../s321_desk/services/admin/backup.py" line="340"/>
        <source>{database}: {others} other connection(s) use it: close the desk everywhere, then restore; nothing was changed</source>
        <translation>{database}&#xa0;: {others} autre(s) connexion(s) l&apos;utilisent&#xa0;: fermez le bureau partout, puis restaurez&#xa0;; rien n&apos;a été changé</translation>
    </message>
    <message>
        <location filename="../../../s321_desk/services/admin/backup.py" line="344"/>
        <source>the database</source>
        <translation>la base de données</translation>
    </message>
    <message>
        <location filename="../../../s321_desk/services/admin/backup.py" line="392"/>
        <source>backup folder {folder}: cannot create it ({reason})</source>
        <translation>dossier de sauvegarde {folder}&#xa0;: impossible de le créer ({reason})</translation>
    </message>
    <message>
        <location filename="../../../s321_desk/services/admin/backup.py" line="437"/>
        <source>{program} is not installed: a PostgreSQL store is backed up and restored with PostgreSQL&apos;s own tools (apt-get install postgresql-client)</source>
        <translation>{program} n&apos;est pas installé&#xa0;: une base de données PostgreSQL se sauvegarde et se restaure avec les outils de PostgreSQL (apt-get install postgresql-client)</translation>
    </message>
    <message>
        <location filename="../../../s321_desk/services/admin/backup.py" line="449"/>
        <source>{program} failed ({reason}); nothing was changed</source>
        <translation>{program} a échoué ({reason})&#xa0;; rien n&apos;a été changé</translation>
    </message>
</context>
</TS>
