<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="fr">
<context>
    <name>Errors</name>
    <message>
        <location filename="../../../s321_desk/ui/kit/errors.py" line="26"/>
        <source>s321-desk cannot open its database</source>
        <translation>s321-desk ne peut pas ouvrir sa base de données</translation>
    </message>
    <message>
        <location filename="../../../s321_desk/ui/kit/errors.py" line="33"/>
        <source>Check that this is the right file and that this computer may read and change it. If the problem stays, tell your administrator.</source>
        <translation>Vérifiez que c&apos;est le bon fichier et que cet ordinateur peut le lire et le modifier. Si le problème persiste, avisez votre administrateur.</translation>
    </message>
    <message>
        <location filename="../../../s321_desk/ui/kit/errors.py" line="101"/>
        <source>The details were written to {file}. Please tell your administrator.</source>
        <translation>Les détails ont été écrits dans {file}. Veuillez aviser votre administrateur.</translation>
    </message>
    <message>
        <location filename="../../../s321_desk/ui/kit/errors.py" line="105"/>
        <source>Please tell your administrator.</source>
        <translation>Veuillez aviser votre administrateur.</translation>
    </message>
    <message>
        <location filename="../../../s321_desk/ui/kit/errors.py" line="108"/>
        <source>s321-desk: something went wrong</source>
        <translation>s321-desk&#xa0;: quelque chose n&apos;a pas fonctionné</translation>
    </message>
    <message>
        <location filename="../../../s321_desk/ui/kit/errors.py" line="109"/>
        <source>Something went wrong inside s321-desk. What you just did may not have been saved.</source>
        <translation>Quelque chose n&apos;a pas fonctionné dans s321-desk. Ce que vous venez de faire n&apos;a peut-être pas été enregistré.</translation>
    </message>
</context>
</TS>
