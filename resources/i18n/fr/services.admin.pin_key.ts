<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1">
<context>
    <name>PinKey</name>
    <message>
        <location filename="../../../s321_desk/services/admin/pin_key.py" line="122"/>
        <location filename="../../../s321_desk/services/admin/pin_key.py" line="236"/>
        <source>{file}: the PIN key cannot be read ({why})</source>
        <translation>{file}&#xa0;: la clé des NIP est illisible ({why})</translation>
    </message>
    <message>
        <location filename="../../../s321_desk/services/admin/pin_key.py" line="173"/>
        <source>{file}:{line}: not a PIN key (64 hexadecimal digits)</source>
        <translation>{file}:{line}&#xa0;: pas une clé des NIP (64 chiffres hexadécimaux)</translation>
    </message>
    <message>
        <location filename="../../../s321_desk/services/admin/pin_key.py" line="187"/>
        <source>{file}: the PIN key can be read by other users of this machine; make it yours alone (chmod 600 {file}) and try again</source>
        <translation>{file}&#xa0;: d&apos;autres utilisateurs de cet ordinateur peuvent lire la clé des NIP&#xa0;; réservez-la à vous seul (chmod 600 {file}) et réessayez</translation>
    </message>
    <message>
        <location filename="../../../s321_desk/services/admin/pin_key.py" line="209"/>
        <source>{file}: cannot write the PIN key ({why})</source>
        <translation>{file}&#xa0;: impossible d&apos;écrire la clé des NIP ({why})</translation>
    </message>
    <message>
        <location filename="../../../s321_desk/services/admin/pin_key.py" line="222"/>
        <source>this machine has no PIN key yet</source>
        <translation>cet ordinateur n&apos;a pas encore de clé des NIP</translation>
    </message>
    <message>
        <location filename="../../../s321_desk/services/admin/pin_key.py" line="224"/>
        <source>{file}: not a file</source>
        <translation>{file}&#xa0;: pas un fichier</translation>
    </message>
    <message>
        <location filename="../../../s321_desk/services/admin/pin_key.py" line="242"/>
        <source>{file}: no PIN key in it</source>
        <translation>{file}&#xa0;: aucune clé des NIP dedans</translation>
    </message>
</context>
</TS>
