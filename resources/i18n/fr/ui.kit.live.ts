<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="fr">
<context>
    <name>LiveRead</name>
    <message>
        <location filename="../../../s321_desk/ui/kit/live.py" line="120"/>
        <source>Database busy: reading again in a moment...</source>
        <translation>Base de données occupée&#xa0;: nouvelle lecture dans un instant...</translation>
    </message>
    <message>
        <location filename="../../../s321_desk/ui/kit/live.py" line="124"/>
        <source>Cannot read the database: {error}; reading again at the next change (F5)</source>
        <translation>Impossible de lire la base de données&#xa0;: {error}; nouvelle lecture au prochain changement (F5)</translation>
    </message>
</context>
</TS>
