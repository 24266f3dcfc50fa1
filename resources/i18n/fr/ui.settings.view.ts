<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="fr">
<context>
    <name>SettingsView</name>
    <message>
        <location filename="../../../s321_desk/ui/settings/view.py" line="45"/>
        <source>No unsaved changes.</source>
        <translation>Aucune modification non enregistrée.</translation>
    </message>
    <message>
        <location filename="../../../s321_desk/ui/settings/view.py" line="82"/>
        <source>&amp;Papers: who they name</source>
        <translation>&amp;Papiers&#xa0;: qui ils nomment</translation>
    </message>
    <message>
        <location filename="../../../s321_desk/ui/settings/view.py" line="83"/>
        <source>Carriers and &amp;truck</source>
        <translation>&amp;Transporteurs et camion</translation>
    </message>
    <message>
        <location filename="../../../s321_desk/ui/settings/view.py" line="84"/>
        <source>Statio&amp;ns and printers</source>
        <translation>P&amp;ostes et imprimantes</translation>
    </message>
    <message>
        <location filename="../../../s321_desk/ui/settings/view.py" line="85"/>
        <source>&amp;Users and PINs</source>
        <translation>&amp;Utilisateurs et NIP</translation>
    </message>
    <message>
        <location filename="../../../s321_desk/ui/settings/view.py" line="86"/>
        <source>F&amp;X rates</source>
        <translation>Tau&amp;x de change</translation>
    </message>
    <message>
        <location filename="../../../s321_desk/ui/settings/view.py" line="87"/>
        <source>Ru&amp;les pin</source>
        <translation>Règ&amp;les fixées</translation>
    </message>
    <message>
        <location filename="../../../s321_desk/ui/settings/view.py" line="98"/>
        <source>Save settings (Ctrl+S)...</source>
        <translation>Enregistrer les paramètres (Ctrl+S)...</translation>
    </message>
    <message>
        <location filename="../../../s321_desk/ui/settings/view.py" line="99"/>
        <source>Revert</source>
        <translation>Rétablir</translation>
    </message>
    <message>
        <location filename="../../../s321_desk/ui/settings/view.py" line="134"/>
        <source>Unsaved: {settings}.</source>
        <translation>Non enregistré&#xa0;: {settings}.</translation>
    </message>
    <message>
        <location filename="../../../s321_desk/ui/settings/view.py" line="150"/>
        <source>Not saved: a field is wrong; it says why in red.</source>
        <translation>Non enregistré&#xa0;: un champ est erroné&#xa0;; il dit pourquoi en rouge.</translation>
    </message>
    <message>
        <location filename="../../../s321_desk/ui/settings/view.py" line="163"/>
        <source>Save settings</source>
        <translation>Enregistrer les paramètres</translation>
    </message>
    <message>
        <location filename="../../../s321_desk/ui/settings/view.py" line="164"/>
        <source>Save: {settings}.</source>
        <translation>Enregistrer&#xa0;: {settings}.</translation>
    </message>
    <message>
        <location filename="../../../s321_desk/ui/settings/view.py" line="170"/>
        <source>Saved: {settings}.</source>
        <translation>Enregistré&#xa0;: {settings}.</translation>
    </message>
    <message>
        <location filename="../../../s321_desk/ui/settings/view.py" line="171"/>
        <source>Nothing had changed.</source>
        <translation>Rien n&apos;avait changé.</translation>
    </message>
</context>
</TS>
