<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="fr">
<context>
    <name>AuditAnchor</name>
    <message>
        <location filename="../../../s321_desk/services/audit_anchor.py" line="68"/>
        <source>{file}: the audit anchor cannot be read ({reason})</source>
        <translation>{file}&#xa0;: l&apos;ancre de la piste de vérification est illisible ({reason})</translation>
    </message>
</context>
</TS>
