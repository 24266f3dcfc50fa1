<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="fr">
<context>
    <name>Printers</name>
    <message>
        <location filename="../../../s321_desk/services/papers/printers.py" line="79"/>
        <source>the print dialog</source>
        <translation>la boîte de dialogue d&apos;impression</translation>
    </message>
    <message>
        <location filename="../../../s321_desk/services/papers/printers.py" line="81"/>
        <source>PDF files</source>
        <translation>des fichiers PDF</translation>
    </message>
    <message>
        <location filename="../../../s321_desk/services/papers/printers.py" line="86"/>
        <source>printer {host}:{port}</source>
        <translation>imprimante {host}:{port}</translation>
    </message>
    <message>
        <location filename="../../../s321_desk/services/papers/printers.py" line="90"/>
        <source>CUPS queue {queue}</source>
        <translation>file CUPS {queue}</translation>
    </message>
    <message>
        <location filename="../../../s321_desk/services/papers/printers.py" line="139"/>
        <source>{printer}: connection refused (is it on, and is the port right?)</source>
        <translation>{printer}&#xa0;: connexion refusée (est-elle allumée, et le port est-il le bon&#xa0;?)</translation>
    </message>
    <message>
        <location filename="../../../s321_desk/services/papers/printers.py" line="145"/>
        <source>{printer}: no answer within {seconds} s (timed out)</source>
        <translation>{printer}&#xa0;: aucune réponse en {seconds} s (délai dépassé)</translation>
    </message>
    <message>
        <location filename="../../../s321_desk/services/papers/printers.py" line="151"/>
        <source>{printer}: no such host on the network</source>
        <translation>{printer}&#xa0;: cet hôte n&apos;existe pas sur le réseau</translation>
    </message>
    <message>
        <location filename="../../../s321_desk/services/papers/printers.py" line="155"/>
        <source>{printer}: unreachable</source>
        <translation>{printer}&#xa0;: injoignable</translation>
    </message>
    <message>
        <location filename="../../../s321_desk/services/papers/printers.py" line="156"/>
        <source>{printer}: network unreachable</source>
        <translation>{printer}&#xa0;: réseau injoignable</translation>
    </message>
    <message>
        <location filename="../../../s321_desk/services/papers/printers.py" line="198"/>
        <source>{printer}: the lp command is missing (install cups-client)</source>
        <translation>{printer}&#xa0;: la commande lp est absente (installez cups-client)</translation>
    </message>
    <message>
        <location filename="../../../s321_desk/services/papers/printers.py" line="204"/>
        <source>{printer}: CUPS did not take the job within {seconds} s</source>
        <translation>{printer}&#xa0;: CUPS n&apos;a pas pris la tâche en {seconds} s</translation>
    </message>
    <message>
        <location filename="../../../s321_desk/services/papers/printers.py" line="215"/>
        <source>{printer}: lp failed (exit status {status})</source>
        <translation>{printer}&#xa0;: lp a échoué (code de sortie {status})</translation>
    </message>
    <message>
        <location filename="../../../s321_desk/services/papers/printers.py" line="304"/>
        <source>{folder}: cannot create the folder ({why})</source>
        <translation>{folder}&#xa0;: impossible de créer le dossier ({why})</translation>
    </message>
    <message>
        <location filename="../../../s321_desk/services/papers/printers.py" line="323"/>
        <source>{kind} tag {parcel} saved as a PDF (no label printer set up): {file}</source>
        <translation>Fiche {kind} {parcel} enregistrée en PDF (aucune imprimante d&apos;étiquettes configurée)&#xa0;: {file}</translation>
    </message>
    <message>
        <location filename="../../../s321_desk/services/papers/printers.py" line="328"/>
        <source>Label {parcel} saved as a PDF (no label printer set up): {file}</source>
        <translation>Étiquette {parcel} enregistrée en PDF (aucune imprimante d&apos;étiquettes configurée)&#xa0;: {file}</translation>
    </message>
    <message>
        <location filename="../../../s321_desk/services/papers/printers.py" line="335"/>
        <source>{kind} tag {parcel} saved as a PDF (print it from the preview): {file}</source>
        <translation>Fiche {kind} {parcel} enregistrée en PDF (imprimez-la depuis l&apos;aperçu)&#xa0;: {file}</translation>
    </message>
    <message>
        <location filename="../../../s321_desk/services/papers/printers.py" line="340"/>
        <source>Label {parcel} saved as a PDF (print it from the preview): {file}</source>
        <translation>Étiquette {parcel} enregistrée en PDF (imprimez-la depuis l&apos;aperçu)&#xa0;: {file}</translation>
    </message>
    <message>
        <location filename="../../../s321_desk/services/papers/printers.py" line="349"/>
        <source>{kind} tag {parcel} sent to {printer} (job {job})</source>
        <translation>Fiche {kind} {parcel} envoyée à {printer} (tâche {job})</translation>
    </message>
    <message>
        <location filename="../../../s321_desk/services/papers/printers.py" line="351"/>
        <source>{kind} tag {parcel} sent to {printer}</source>
        <translation>Fiche {kind} {parcel} envoyée à {printer}</translation>
    </message>
    <message>
        <location filename="../../../s321_desk/services/papers/printers.py" line="355"/>
        <source>Label {parcel} sent to {printer} (job {job})</source>
        <translation>Étiquette {parcel} envoyée à {printer} (tâche {job})</translation>
    </message>
    <message>
        <location filename="../../../s321_desk/services/papers/printers.py" line="357"/>
        <source>Label {parcel} sent to {printer}</source>
        <translation>Étiquette {parcel} envoyée à {printer}</translation>
    </message>
    <message>
        <location filename="../../../s321_desk/services/papers/printers.py" line="373"/>
        <source>{path}: cannot read it back to print ({why})</source>
        <translation>{path}&#xa0;: impossible de le relire pour l&apos;imprimer ({why})</translation>
    </message>
    <message>
        <location filename="../../../s321_desk/services/papers/printers.py" line="380"/>
        <source>{path}: changed since it was printed; print it again</source>
        <translation>{path}&#xa0;: modifié depuis son impression&#xa0;; imprimez-le de nouveau</translation>
    </message>
</context>
</TS>
