<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="fr">
<context>
    <name>Codes</name>
    <message>
        <location filename="../../../s321_desk/domain/codes.py" line="21"/>
        <source>FDA (Food and Drug Administration)</source>
        <translation>la FDA (Food and Drug Administration)</translation>
    </message>
    <message>
        <location filename="../../../s321_desk/domain/codes.py" line="22"/>
        <source>USDA APHIS (plant and animal health)</source>
        <translation>l&apos;APHIS de l&apos;USDA (santé des végétaux et des animaux)</translation>
    </message>
    <message>
        <location filename="../../../s321_desk/domain/codes.py" line="23"/>
        <source>USDA FSIS (meat, poultry and egg products)</source>
        <translation>le FSIS de l&apos;USDA (viandes, volailles et produits d&apos;œufs)</translation>
    </message>
    <message>
        <location filename="../../../s321_desk/domain/codes.py" line="24"/>
        <source>CPSC (consumer product safety)</source>
        <translation>la CPSC (sécurité des produits de consommation)</translation>
    </message>
    <message>
        <location filename="../../../s321_desk/domain/codes.py" line="25"/>
        <source>NHTSA (vehicle and tire safety)</source>
        <translation>la NHTSA (sécurité des véhicules et des pneus)</translation>
    </message>
    <message>
        <location filename="../../../s321_desk/domain/codes.py" line="26"/>
        <source>EPA (pesticides, engines, chemicals)</source>
        <translation>l&apos;EPA (pesticides, moteurs, produits chimiques)</translation>
    </message>
    <message>
        <location filename="../../../s321_desk/domain/codes.py" line="27"/>
        <source>Fish and Wildlife Service (wildlife products)</source>
        <translation>le Fish and Wildlife Service (produits de la faune)</translation>
    </message>
    <message>
        <location filename="../../../s321_desk/domain/codes.py" line="28"/>
        <source>FCC (radio-frequency devices)</source>
        <translation>la FCC (appareils à radiofréquence)</translation>
    </message>
</context>
</TS>
