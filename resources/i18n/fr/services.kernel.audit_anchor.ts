<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="fr">
<context>
    <name>AuditAnchor</name>
    <message>
        <location filename="../../../s321_desk/services/kernel/audit_anchor.py" line="70"/>
        <source>{file}: the audit anchor cannot be read ({reason})</source>
        <translation>{file}&#xa0;: l&apos;ancre de la piste de vérification est illisible ({reason})</translation>
    </message>
    <message>
        <location filename="../../../s321_desk/services/kernel/audit_anchor.py" line="140"/>
        <source>the head: {text} is not the head a sealed trip&apos;s papers print under &apos;Audit at seal&apos; (e.g. &apos;record 1,234 · 3fa9c2e1d0b4a7f6&apos;)</source>
        <translation>la tête d&apos;audit&#xa0;: {text} n&apos;est pas la tête d&apos;audit qu&apos;impriment les documents d&apos;un chargement scellé sous «&#xa0;Audit at seal&#xa0;» (p. ex. «&#xa0;record 1,234 · 3fa9c2e1d0b4a7f6&#xa0;»)</translation>
    </message>
</context>
</TS>
