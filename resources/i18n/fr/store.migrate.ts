<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="fr">
<context>
    <name>Migrate</name>
    <message>
        <location filename="../../../s321_desk/store/migrate.py" line="169"/>
        <source>{database}: the database schema ({revision}) is newer than this version of s321-desk; install the newer version or open another database</source>
        <translation>{database}&#xa0;: le schéma de la base de données ({revision}) est plus récent que cette version de s321-desk&#xa0;; installez la version plus récente ou ouvrez une autre base de données</translation>
    </message>
</context>
</TS>
