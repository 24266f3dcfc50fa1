<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="fr">
<context>
    <name>OutputFile</name>
    <message>
        <location filename="../../../s321_desk/services/output_file.py" line="24"/>
        <source>{option}: the folder {folder} does not exist</source>
        <translation>{option}&#xa0;: le dossier {folder} n&apos;existe pas</translation>
    </message>
    <message>
        <location filename="../../../s321_desk/services/output_file.py" line="30"/>
        <source>{option}: {folder} is not a folder</source>
        <translation>{option}&#xa0;: {folder} n&apos;est pas un dossier</translation>
    </message>
    <message>
        <location filename="../../../s321_desk/services/output_file.py" line="36"/>
        <source>{option}: {out} is a folder; name the file to write</source>
        <translation>{option}&#xa0;: {out} est un dossier&#xa0;; nommez le fichier à écrire</translation>
    </message>
    <message>
        <location filename="../../../s321_desk/services/output_file.py" line="59"/>
        <source>{option}: cannot write {out} ({why})</source>
        <translation>{option}&#xa0;: impossible d&apos;écrire {out} ({why})</translation>
    </message>
</context>
</TS>
