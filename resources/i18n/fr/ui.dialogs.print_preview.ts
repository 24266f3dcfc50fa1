<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="fr">
<context>
    <name>PdfPreviewDialog</name>
    <message>
        <location filename="../../../s321_desk/ui/dialogs/print_preview.py" line="201"/>
        <source>&amp;Print...</source>
        <translation>&amp;Imprimer...</translation>
    </message>
    <message>
        <location filename="../../../s321_desk/ui/dialogs/print_preview.py" line="202"/>
        <source>&amp;Save as PDF...</source>
        <translation>&amp;Enregistrer en PDF...</translation>
    </message>
    <message>
        <location filename="../../../s321_desk/ui/dialogs/print_preview.py" line="203"/>
        <source>&amp;Close</source>
        <translation>&amp;Fermer</translation>
    </message>
    <message>
        <location filename="../../../s321_desk/ui/dialogs/print_preview.py" line="281"/>
        <source>{width} x {height} in</source>
        <translation>{width} x {height} po</translation>
    </message>
    <message>
        <location filename="../../../s321_desk/ui/dialogs/print_preview.py" line="285"/>
        <source>Page {page} of {pages} ({paper})</source>
        <translation>Page {page} de {pages} ({paper})</translation>
    </message>
    <message>
        <location filename="../../../s321_desk/ui/dialogs/print_preview.py" line="297"/>
        <source>Print {document}</source>
        <translation>Imprimer {document}</translation>
    </message>
    <message>
        <location filename="../../../s321_desk/ui/dialogs/print_preview.py" line="314"/>
        <source>the printer</source>
        <translation>l&apos;imprimante</translation>
    </message>
    <message>
        <location filename="../../../s321_desk/ui/dialogs/print_preview.py" line="315"/>
        <source>Printing to {printer}...</source>
        <translation>Impression vers {printer}...</translation>
    </message>
    <message>
        <location filename="../../../s321_desk/ui/dialogs/print_preview.py" line="319"/>
        <source>Sending {document} to the CUPS queue {queue}</source>
        <translation>Envoi de {document} à la file CUPS {queue}</translation>
    </message>
    <message>
        <location filename="../../../s321_desk/ui/dialogs/print_preview.py" line="336"/>
        <source>Printing {document}</source>
        <translation>Impression de {document}</translation>
    </message>
    <message>
        <location filename="../../../s321_desk/ui/dialogs/print_preview.py" line="355"/>
        <source>Printed {count} page to {printer}</source>
        <translation>{count} page imprimée vers {printer}</translation>
    </message>
    <message numerus="yes">
        <location filename="../../../s321_desk/ui/dialogs/print_preview.py" line="356"/>
        <source>Printed {count} pages to {printer}</source>
        <translation>
            <numerusform>{count} page imprimée vers {printer}</numerusform>
            <numerusform>{count} pages imprimées vers {printer}</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../../s321_desk/ui/dialogs/print_preview.py" line="365"/>
        <source>Save as PDF</source>
        <translation>Enregistrer en PDF</translation>
    </message>
    <message>
        <location filename="../../../s321_desk/ui/dialogs/print_preview.py" line="380"/>
        <source>Saved as {file}</source>
        <translation>Enregistré sous {file}</translation>
    </message>
    <message>
        <location filename="../../../s321_desk/ui/dialogs/print_preview.py" line="394"/>
        <source>Printing cancelled</source>
        <translation>Impression annulée</translation>
    </message>
</context>
<context>
    <name>PrintPreview</name>
    <message>
        <location filename="../../../s321_desk/ui/dialogs/print_preview.py" line="67"/>
        <source>the PDF cannot be read ({error})</source>
        <translation>le PDF est illisible ({error})</translation>
    </message>
    <message>
        <location filename="../../../s321_desk/ui/dialogs/print_preview.py" line="110"/>
        <source>the printer</source>
        <translation>l&apos;imprimante</translation>
    </message>
    <message>
        <location filename="../../../s321_desk/ui/dialogs/print_preview.py" line="115"/>
        <source>{printer}: cannot start printing</source>
        <translation>{printer}&#xa0;: impossible de commencer l&apos;impression</translation>
    </message>
    <message>
        <location filename="../../../s321_desk/ui/dialogs/print_preview.py" line="124"/>
        <source>{printer}: cannot start page {page}</source>
        <translation>{printer}&#xa0;: impossible de commencer la page {page}</translation>
    </message>
    <message>
        <location filename="../../../s321_desk/ui/dialogs/print_preview.py" line="137"/>
        <source>Printing page {page} of {pages}</source>
        <translation>Impression de la page {page} de {pages}</translation>
    </message>
    <message>
        <location filename="../../../s321_desk/ui/dialogs/print_preview.py" line="154"/>
        <source>Save as PDF</source>
        <translation>Enregistrer en PDF</translation>
    </message>
</context>
</TS>
