"""The French catalogue as the tests read it: what pyside6-lupdate finds in the source, per
module, and what resources/i18n/fr/ ships (one .ts per module, compiled to a .qm)."""

from __future__ import annotations

import ast
import re
import subprocess
import sys
import xml.etree.ElementTree as ET
from dataclasses import dataclass
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
PACKAGE = ROOT / "s321_desk"
FRENCH = ROOT / "resources" / "i18n" / "fr"
TOOLS = Path(sys.executable).parent  # pyside6-lupdate and pyside6-lrelease beside Python

# A message: its context, English source and disambiguating comment, as Qt looks it up.
Key = tuple[str, str, str]


@dataclass(frozen=True)
class Message:
    key: Key
    numerus: bool
    modules: frozenset[str]  # where the source uses it: "ui.main_window", "app"...


@dataclass(frozen=True)
class Translated:
    key: Key
    forms: tuple[str, ...]  # the translation, or its numerus forms
    finished: bool


def module_name(path: Path, package: Path = PACKAGE) -> str:
    """``s321_desk/ui/main_window.py`` -> ``ui.main_window`` (the name of its .ts)."""
    return ".".join(path.resolve().relative_to(package.resolve()).with_suffix("").parts)


def source_modules(package: Path = PACKAGE) -> list[Path]:
    return sorted(package.rglob("*.py"))


def _key(message: ET.Element, context: str) -> Key:
    return context, message.findtext("source") or "", message.findtext("comment") or ""


def _contexts(path: Path) -> list[tuple[str, ET.Element]]:
    root = ET.parse(path).getroot()
    return [
        (context.findtext("name") or "", message)
        for context in root.iter("context")
        for message in context.iter("message")
    ]


def messages_in_source(folder: Path, package: Path = PACKAGE) -> dict[Key, Message]:
    """Every translatable message of the package, by running pyside6-lupdate over every
    module into ``folder`` (absolute locations name the module of each use)."""
    ts = folder / "source.ts"
    subprocess.run(
        [
            str(TOOLS / "pyside6-lupdate"),
            *map(str, source_modules(package)),
            "-locations",
            "absolute",
            "-ts",
            str(ts),
        ],
        check=True,
        capture_output=True,
        cwd=ROOT,
    )
    found: dict[Key, Message] = {}
    for context, message in _contexts(ts):
        key = _key(message, context)
        modules = frozenset(
            module_name(folder / location.attrib["filename"], package)
            for location in message.iter("location")
        )
        previous = found.get(key)
        found[key] = Message(
            key,
            message.get("numerus") == "yes",
            modules | (previous.modules if previous else frozenset()),
        )
    return found


def shipped(path: Path) -> dict[Key, Translated]:
    """The messages of one shipped .ts file."""
    found: dict[Key, Translated] = {}
    for context, message in _contexts(path):
        translation = message.find("translation")
        if translation is None:
            continue
        forms = [form.text or "" for form in translation.iter("numerusform")]
        key = _key(message, context)
        found[key] = Translated(
            key,
            tuple(forms) if forms else (translation.text or "",),
            translation.get("type") is None,
        )
    return found


def shipped_catalogues() -> dict[str, dict[Key, Translated]]:
    """Module name -> its shipped messages."""
    return {ts.stem: shipped(ts) for ts in sorted(FRENCH.glob("*.ts"))}


def translated_english() -> set[str]:
    """Every English text of the catalogue but those French says the same way ("OK", "SCAC"):
    a text of ours that a French window must not show (one still unfinished included)."""
    return {
        translated.key[1]
        for catalogue in shipped_catalogues().values()
        for translated in catalogue.values()
        if not translated.finished or translated.forms[0] != translated.key[1]
    }


PLACEHOLDER = re.compile(r"\{[A-Za-z_][A-Za-z0-9_]*\}|%n|%L?[0-9]")


def placeholders(text: str) -> list[str]:
    return sorted(PLACEHOLDER.findall(text))


# Qt calls whose text argument a person reads: a literal there did not go through tr().
TEXT_METHODS = frozenset(
    "setText setWindowTitle setToolTip setStatusTip setPlaceholderText setTitle addTab insertTab "
    "setTabText addAction addMenu showMessage setHeaderLabels setHorizontalHeaderLabels "
    "setVerticalHeaderLabels setItemText addItem addItems insertItem setInformativeText "
    "setDetailedText setLabelText setWhatsThis setSuffix setPrefix setSpecialValueText addRow "
    "insertRow critical warning information question about addButton setButtonText getText "
    "getItem getInt getDouble setOkButtonText setCancelButtonText".split()
)
TEXT_AFTER_FIRST = frozenset(
    "addTab insertTab setTabText setItemText insertItem addRow insertRow critical warning "
    "information question about getText getItem getInt getDouble".split()
)
TEXT_WIDGETS = frozenset(
    "QLabel QPushButton QCheckBox QRadioButton QGroupBox QAction QMenu QToolButton QMessageBox "
    "QProgressDialog QCommandLinkButton QListWidgetItem QTableWidgetItem QStandardItem".split()
)
WORD = re.compile(r"[A-Za-z]{2,}")


def _literal_text(node: ast.expr) -> bool:
    if isinstance(node, ast.Constant):
        return isinstance(node.value, str) and WORD.search(node.value) is not None
    if isinstance(node, ast.JoinedStr):
        return any(_literal_text(part) for part in node.values)
    if isinstance(node, ast.BinOp):
        return _literal_text(node.left) or _literal_text(node.right)
    if isinstance(node, ast.List | ast.Tuple):
        return any(_literal_text(element) for element in node.elts)
    if isinstance(node, ast.IfExp):
        return _literal_text(node.body) or _literal_text(node.orelse)
    return False


def _plural_problem(call: ast.Call) -> str | None:
    """What lupdate gets wrong: ``translate(context, text, comment, n)`` is never a plural to
    it (kept with one form when ``n`` is a plain name, dropped without a word otherwise);
    ``self.tr(text, comment, n)`` is fine."""
    function = call.func
    name = function.attr if isinstance(function, ast.Attribute) else getattr(function, "id", "")
    if name == "translate" and len(call.args) > 3:
        return (
            "a plural through translate(): lupdate drops it or keeps it without its plural "
            "forms (use self.tr(), or one text per case)"
        )
    return None


def literal_texts(path: Path, root: Path = ROOT) -> list[str]:
    """``FILE:LINE: call(text) ...`` for each English literal handed straight to a Qt text
    call, and each plural whose count lupdate cannot read."""
    found: list[tuple[int, str]] = []
    calls = [
        n for n in ast.walk(ast.parse(path.read_text(encoding="utf-8"))) if isinstance(n, ast.Call)
    ]
    for node in sorted(calls, key=lambda call: (call.lineno, call.col_offset)):
        function = node.func
        if isinstance(function, ast.Attribute):
            receiver = function.value
            if isinstance(receiver, ast.Name) and "log" in receiver.id.lower():
                continue  # a log line stays English
            name = function.attr if function.attr in TEXT_METHODS else None
        else:
            name = function.id if isinstance(function, ast.Name) else None
            name = name if name in TEXT_WIDGETS else None
        plural = _plural_problem(node)
        if plural is not None:
            found.append((node.lineno, f"{path.relative_to(root)}:{node.lineno}: {plural}"))
        # A method's text is its first argument, but where it follows an index, a widget or
        # a parent (``addTab(page, text)``, ``critical(parent, title, text)``); the rest is
        # data (``addItem(text, "system")``).
        first = node.args if name in TEXT_WIDGETS | TEXT_AFTER_FIRST else node.args[:1]
        arguments = [*first, *(k.value for k in node.keywords if k.arg in ("text", "title"))]
        for argument in arguments:
            if name and _literal_text(argument):
                where = path.relative_to(root)
                found.append(
                    (
                        node.lineno,
                        f"{where}:{node.lineno}: {name}"
                        f"({ast.unparse(argument)[:60]}) is not translated (tr)",
                    )
                )
    return [text for _, text in found]
