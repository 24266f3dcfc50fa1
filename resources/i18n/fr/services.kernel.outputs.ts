<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="fr">
<context>
    <name>OutputFile</name>
    <message>
        <location filename="../../../s321_desk/services/kernel/outputs.py" line="40"/>
        <source>{option}: the folder {folder} does not exist</source>
        <translation>{option}&#xa0;: le dossier {folder} n&apos;existe pas</translation>
    </message>
    <message>
        <location filename="../../../s321_desk/services/kernel/outputs.py" line="47"/>
        <source>{option}: {folder} is not a folder</source>
        <translation>{option}&#xa0;: {folder} n&apos;est pas un dossier</translation>
    </message>
    <message>
        <location filename="../../../s321_desk/services/kernel/outputs.py" line="59"/>
        <source>{option}: cannot use {out} ({why})</source>
        <translation>{option}&#xa0;: impossible d&apos;utiliser {out} ({why})</translation>
    </message>
    <message>
        <location filename="../../../s321_desk/services/kernel/outputs.py" line="73"/>
        <source>the output file</source>
        <translation>le fichier de sortie</translation>
    </message>
    <message>
        <location filename="../../../s321_desk/services/kernel/outputs.py" line="80"/>
        <source>{option}: {out} is a folder; name the file to write</source>
        <translation>{option}&#xa0;: {out} est un dossier&#xa0;; nommez le fichier à écrire</translation>
    </message>
    <message>
        <location filename="../../../s321_desk/services/kernel/outputs.py" line="82"/>
        <source>{option}: {out} is a device, not a file; name a file to write</source>
        <translation>{option}&#xa0;: {out} est un périphérique, pas un fichier&#xa0;; nommez un fichier à écrire</translation>
    </message>
    <message>
        <location filename="../../../s321_desk/services/kernel/outputs.py" line="86"/>
        <source>{option}: {out} is a pipe or a socket, not a file; name a file to write</source>
        <translation>{option}&#xa0;: {out} est un tube ou un socket, pas un fichier&#xa0;; nommez un fichier à écrire</translation>
    </message>
    <message>
        <location filename="../../../s321_desk/services/kernel/outputs.py" line="91"/>
        <source>{option}: {out} is a database or a backup of one; the desk never writes a paper or an export over it: name another file</source>
        <translation>{option}&#xa0;: {out} est une base de données ou une sauvegarde&#xa0;; le poste n&apos;écrit jamais un document ni une exportation par-dessus&#xa0;: nommez un autre fichier</translation>
    </message>
    <message>
        <location filename="../../../s321_desk/services/kernel/outputs.py" line="100"/>
        <source>{option}: {out} belongs to the database beside it (its journal or shared memory); name another file</source>
        <translation>{option}&#xa0;: {out} appartient à la base de données à côté (son journal ou sa mémoire partagée)&#xa0;; nommez un autre fichier</translation>
    </message>
    <message>
        <location filename="../../../s321_desk/services/kernel/outputs.py" line="141"/>
        <source>{option}: cannot write {out} ({why})</source>
        <translation>{option}&#xa0;: impossible d&apos;écrire {out} ({why})</translation>
    </message>
</context>
</TS>
