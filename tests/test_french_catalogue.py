"""The French catalogue is complete: every text pyside6-lupdate finds in the source has a
finished French translation in its module's .ts (resources/i18n/fr/MODULE.ts), no English
literal reaches a Qt text call without tr(), each shipped .qm is its .ts compiled now, and each
translation keeps its source's placeholders."""

from __future__ import annotations

import shutil
import subprocess
from collections import defaultdict
from pathlib import Path

import pytest

from tests.catalogue import (
    FRENCH,
    PACKAGE,
    TOOLS,
    Key,
    Translated,
    literal_texts,
    messages_in_source,
    module_name,
    placeholders,
    shipped_catalogues,
    source_modules,
)

# Modules whose French is being written while this list is not empty, by whom: the test
# checks that each is still unfinished (take a module off when its French is complete).
NOT_YET_FRENCH: dict[str, str] = {}


def untranslated(tmp_path: Path, package: Path = PACKAGE) -> dict[str, list[str]]:
    """Module -> what keeps it from being French: a message with no finished, non-empty
    translation in its .ts, no .ts at all, or an English literal given to a Qt text call."""
    problems: dict[str, list[str]] = defaultdict(list)
    catalogues = shipped_catalogues()
    for message in messages_in_source(tmp_path, package).values():
        context, source, _ = message.key
        for module in sorted(message.modules):
            catalogue = catalogues.get(module)
            if catalogue is None:
                problems[module].append(f"no resources/i18n/fr/{module}.ts")
                continue
            translated = catalogue.get(message.key)
            if translated is None or not translated.finished or not all(translated.forms):
                problems[module].append(f"{context}: {source!r} has no French")
    for path in source_modules(package):
        for literal in literal_texts(path, package.parent):
            problems[module_name(path, package)].append(literal)
    return problems


def test_every_text_of_the_desk_has_its_french(tmp_path: Path) -> None:
    problems = untranslated(tmp_path)
    unfinished = {m: sorted(set(p)) for m, p in problems.items() if m not in NOT_YET_FRENCH}
    assert unfinished == {}
    finished = [module for module in NOT_YET_FRENCH if module not in problems]
    assert finished == [], "French now: take them off NOT_YET_FRENCH"


def test_a_missing_translation_is_found(tmp_path: Path) -> None:
    """The check above finds a message with no French: a copy of the desk's source with one
    more text (the shipped catalogue cannot know it)."""
    copy = tmp_path / "s321_desk"
    shutil.copytree(PACKAGE, copy, ignore=shutil.ignore_patterns("__pycache__"))
    (copy / "ui" / "supervision" / "warnings_panel.py").write_text(
        (PACKAGE / "ui" / "supervision" / "warnings_panel.py").read_text(encoding="utf-8")
        + '\nLEFT = QCoreApplication.translate("WarningsPanel", "Left in English")\n',
        encoding="utf-8",
    )
    (copy / "extra.py").write_text(
        "from PySide6.QtCore import QCoreApplication\n"
        'TEXT = QCoreApplication.translate("Extra", "Left in English")\n',
        encoding="utf-8",
    )
    problems = untranslated(tmp_path, copy)
    assert problems["extra"] == ["no resources/i18n/fr/extra.ts"]
    assert problems["ui.supervision.warnings_panel"] == [
        "WarningsPanel: 'Left in English' has no French"
    ]
    assert problems.keys() - {"extra", "ui.supervision.warnings_panel"} == set(
        untranslated(tmp_path)
    )


def test_an_english_literal_in_a_qt_call_is_found(tmp_path: Path) -> None:
    copy = tmp_path / "style.py"
    copy.write_text(
        (PACKAGE / "ui" / "kit" / "style.py").read_text(encoding="utf-8")
        + '\nlabel.setText("Ready")\nQPushButton(f"Close {n}")\nlabel.setText(self.tr("Ready"))\n'
        + 'logger.warning("Stays English: %s", error)\n'
        + 'label.setText(self.tr("{count} parcels", "", len(parcels)))\n'  # fine in tr()
        + 'label.setText(self.tr("{count} parcels", "", count))\n'
        + 'TEXT = QCoreApplication.translate("Words", "{count} parcels", "", count)\n'
    )
    found = literal_texts(copy, tmp_path)
    assert [line.split(": ", 1)[1] for line in found] == [
        "setText('Ready') is not translated (tr)",
        "QPushButton(f'Close {n}') is not translated (tr)",
        "a plural through translate(): lupdate drops it or keeps it without its plural forms "
        "(use self.tr(), or one text per case)",
    ]


def test_every_catalogue_belongs_to_a_module() -> None:
    modules = {module_name(path) for path in source_modules()}
    assert sorted(set(shipped_catalogues()) - modules) == []


@pytest.mark.parametrize("ts", sorted(FRENCH.glob("*.ts")), ids=lambda path: path.stem)
def test_each_qm_is_its_ts_compiled_now(ts: Path, tmp_path: Path) -> None:
    compiled = tmp_path / ts.with_suffix(".qm").name
    subprocess.run(
        [str(TOOLS / "pyside6-lrelease"), str(ts), "-qm", str(compiled)],
        check=True,
        capture_output=True,
    )
    shipped_qm = ts.with_suffix(".qm")
    assert shipped_qm.exists(), f"{shipped_qm.name} is missing: run pyside6-lrelease"
    assert shipped_qm.read_bytes() == compiled.read_bytes(), f"{shipped_qm.name} is stale"


def test_each_translation_keeps_the_placeholders_of_its_source() -> None:
    assert wrong_placeholders(shipped_catalogues()) == []


def test_a_placeholder_lost_or_renamed_is_found() -> None:
    def message(source: str, *forms: str) -> Translated:
        return Translated(("Station", source, ""), forms, finished=True)

    catalogue = {
        "ui.example": {
            ("Station", "{count} parcels", ""): message("{count} parcels", "{nombre} colis"),
            ("Station", "%n item(s)", ""): message("%n item(s)", "un article", "%n articles"),
            ("Station", "Parcel {parcel}", ""): message("Parcel {parcel}", "Colis"),
            ("Station", "Ready", ""): message("Ready", "Prêt"),
        }
    }
    assert wrong_placeholders(catalogue) == [
        "ui.example: Station: '{count} parcels' -> '{nombre} colis'",
        "ui.example: Station: 'Parcel {parcel}' -> 'Colis'",
    ]


def wrong_placeholders(catalogues: dict[str, dict[Key, Translated]]) -> list[str]:
    """Each translation whose ``{placeholders}`` or ``%n`` differ from its source's."""
    return [
        f"{module}: {t.key[0]}: {t.key[1]!r} -> {form!r}"
        for module, catalogue in catalogues.items()
        for t in catalogue.values()
        for form in t.forms
        if t.finished and placeholders(form) != _expected(t, form)
    ]


def _expected(translated: Translated, form: str) -> list[str]:
    """The source's placeholders; a numerus form may leave %n out (French's singular "un")."""
    expected = placeholders(translated.key[1])
    if len(translated.forms) > 1 and "%n" not in form:
        expected = [p for p in expected if p != "%n"]
    return expected
