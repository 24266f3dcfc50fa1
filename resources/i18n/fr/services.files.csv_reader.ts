<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="fr">
<context>
    <name>CsvFile</name>
    <message>
        <location filename="../../../s321_desk/services/files/csv_reader.py" line="199"/>
        <source>{path}: too large ({size} MB, at most {most} MB per file): split it, or check it is the right file</source>
        <translation>{path}&#xa0;: trop volumineux ({size} Mo, au plus {most} Mo par fichier)&#xa0;: séparez-le, ou vérifiez que c&apos;est le bon fichier</translation>
    </message>
    <message>
        <location filename="../../../s321_desk/services/files/csv_reader.py" line="222"/>
        <source>{path}: no such file</source>
        <translation>{path}&#xa0;: ce fichier n&apos;existe pas</translation>
    </message>
    <message>
        <location filename="../../../s321_desk/services/files/csv_reader.py" line="225"/>
        <source>{path}: is a folder, not a CSV file</source>
        <translation>{path}&#xa0;: est un dossier, pas un fichier CSV</translation>
    </message>
    <message>
        <location filename="../../../s321_desk/services/files/csv_reader.py" line="229"/>
        <source>{path}: cannot read ({why})</source>
        <translation>{path}&#xa0;: lecture impossible ({why})</translation>
    </message>
    <message>
        <location filename="../../../s321_desk/services/files/csv_reader.py" line="314"/>
        <source>{path}:{line}: not UTF-8 text (byte {byte}); export or save the file as CSV UTF-8</source>
        <translation>{path}:{line}: pas du texte UTF-8 (octet {byte})&#xa0;; exportez ou enregistrez le fichier en CSV UTF-8</translation>
    </message>
    <message>
        <location filename="../../../s321_desk/services/files/csv_reader.py" line="256"/>
        <source>{path}: not a text file (it contains NUL bytes)</source>
        <translation>{path}&#xa0;: pas un fichier texte (il contient des octets NUL)</translation>
    </message>
    <message>
        <location filename="../../../s321_desk/services/files/csv_reader.py" line="119"/>
        <source>{path}:1: the file is empty or has no header row</source>
        <translation>{path}:1: le fichier est vide ou n&apos;a pas de ligne d&apos;en-tête</translation>
    </message>
    <message>
        <location filename="../../../s321_desk/services/files/csv_reader.py" line="137"/>
        <source>{path}:1: {column}: the column appears twice in the header</source>
        <translation>{path}:1: {column}: la colonne apparaît deux fois dans l&apos;en-tête</translation>
    </message>
    <message>
        <location filename="../../../s321_desk/services/files/csv_reader.py" line="237"/>
        <source>{path}:{line}: unreadable CSV ({why})</source>
        <translation>{path}:{line}: CSV illisible ({why})</translation>
    </message>
    <message>
        <location filename="../../../s321_desk/services/files/csv_reader.py" line="125"/>
        <source>{path}:1: {count} columns in the header (at most {most}): not a file the desk imports</source>
        <translation>{path}:1&#xa0;: {count} colonnes dans l&apos;en-tête (au plus {most})&#xa0;: pas un fichier que le poste importe</translation>
    </message>
    <message>
        <location filename="../../../s321_desk/services/files/csv_reader.py" line="74"/>
        <source>{path}: {count} more problem(s) not listed</source>
        <translation>{path}&#xa0;: {count} autre(s) problème(s) non listé(s)</translation>
    </message>
    <message>
        <location filename="../../../s321_desk/services/files/csv_reader.py" line="246"/>
        <source>{path}: too large (more than {most} MB per file): split it, or check it is the right file</source>
        <translation>{path}&#xa0;: trop volumineux (plus de {most}&#xa0;Mo par fichier)&#xa0;: divisez-le, ou vérifiez que c&apos;est le bon fichier</translation>
    </message>
    <message>
        <location filename="../../../s321_desk/services/files/csv_reader.py" line="285"/>
        <source>{path}:{line}: a line of more than {most} characters: not a file the desk imports</source>
        <translation>{path}:{line}&#xa0;: une ligne de plus de {most} caractères&#xa0;: pas un fichier que le poste importe</translation>
    </message>
    <message>
        <location filename="../../../s321_desk/services/files/csv_reader.py" line="344"/>
        <source>{count} cell(s) past the last column</source>
        <translation>{count} cellule(s) après la dernière colonne</translation>
    </message>
    <message>
        <location filename="../../../s321_desk/services/files/csv_reader.py" line="354"/>
        <source>required column missing from the header</source>
        <translation>colonne obligatoire absente de l&apos;en-tête</translation>
    </message>
    <message>
        <location filename="../../../s321_desk/services/files/csv_reader.py" line="363"/>
        <source>an invisible or control character ({code} {name}) at character {position}: remove it and import the file again</source>
        <translation>un caractère invisible ou de contrôle ({code} {name}) au caractère {position}&#xa0;: retirez-le et importez le fichier à nouveau</translation>
    </message>
    <message>
        <location filename="../../../s321_desk/services/files/csv_reader.py" line="393"/>
        <source>required value is empty</source>
        <translation>valeur obligatoire vide</translation>
    </message>
    <message>
        <location filename="../../../s321_desk/services/files/csv_reader.py" line="398"/>
        <source>too long ({length} characters, at most {most})</source>
        <translation>trop long ({length} caractères, au plus {most})</translation>
    </message>
</context>
</TS>
