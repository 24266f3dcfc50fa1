"""The desk in French for a test: every catalogue of resources/i18n/fr/ installed as the
application installs it, and the catalogue read back from its .ts files, so that a test
compares what a view shows with the translation that ships, not with a list of its own."""

from __future__ import annotations

import os
import tempfile
import xml.etree.ElementTree as ET
from collections.abc import Iterator
from contextlib import contextmanager
from pathlib import Path

from PySide6.QtCore import QAbstractItemModel, Qt
from PySide6.QtWidgets import (
    QAbstractButton,
    QApplication,
    QGroupBox,
    QLabel,
    QLineEdit,
    QTabWidget,
    QWidget,
)

from s321_desk.i18n import install_translators, remove_translators
from s321_desk.paths import resource
from s321_desk.ui.kit.style import base_font

FRENCH = resource("i18n", "fr")
Translation = str | tuple[str, ...]  # a text, or its numerus forms


@contextmanager
def french() -> Iterator[None]:
    """The desk's French installed for the time of the ``with``, as its start installs it
    (``i18n.install_translators``), and the desk's font on the application (as
    ``app._application`` sets it), so that a view is measured and drawn as on a station."""
    app = QApplication.instance()
    assert isinstance(app, QApplication)
    font = app.font()
    app.setFont(base_font(font))
    translators = install_translators("fr")
    assert len(translators) > len(list(FRENCH.glob("*.qm")))  # ours and Qt's own
    try:
        yield
    finally:
        remove_translators(translators)
        app.setFont(font)


def catalogue(*modules: str) -> dict[tuple[str, str], Translation]:
    """(context, English) -> French, from resources/i18n/fr/ui.MODULE.ts of each module."""
    found: dict[tuple[str, str], Translation] = {}
    for module in modules:
        root = ET.parse(Path(FRENCH, f"ui.{module}.ts")).getroot()
        for context in root.iter("context"):
            name = context.findtext("name") or ""
            for message in context.iter("message"):
                translation = message.find("translation")
                assert translation is not None
                forms = tuple(form.text or "" for form in translation.iter("numerusform"))
                found[name, message.findtext("source") or ""] = forms or translation.text or ""
    return found


def fr(table: dict[tuple[str, str], Translation], context: str, english: str) -> str:
    """The French of one message (the first form of a numerus one)."""
    translation = table[context, english]
    return translation if isinstance(translation, str) else translation[0]


def shown_texts(view: QWidget) -> list[str]:
    """The words a person sees in ``view`` and its children: labels, buttons, group and tab
    titles, table headers, placeholders and tooltips (visible widgets only)."""
    texts: list[str] = []
    for widget in [view, *view.findChildren(QWidget)]:
        if not widget.isVisible():
            continue
        if isinstance(widget, QLabel | QAbstractButton):
            texts.append(widget.text())
        if isinstance(widget, QGroupBox):
            texts.append(widget.title())
        if isinstance(widget, QLineEdit):
            texts.append(widget.placeholderText())
        if isinstance(widget, QTabWidget):
            texts += [widget.tabText(i) for i in range(widget.count())]
        texts.append(widget.toolTip())
    return [text for text in texts if text]


def headers(model: QAbstractItemModel) -> list[str]:
    """A table's column headers, as shown (one on two lines where the columns need the room,
    read on one)."""
    return [
        str(model.headerData(i, Qt.Orientation.Horizontal)).replace("\n", " ")
        for i in range(model.columnCount())
    ]


def english_left(view: QWidget, table: dict[tuple[str, str], Translation]) -> list[str]:
    """The texts shown in ``view`` that are still an English text of the catalogue (one whose
    French differs): a string that did not go through the translation."""
    english = {source for (_, source), french in table.items() if french != source}
    return [text for text in shown_texts(view) if text in english]


def screenshot(view: QWidget, name: str) -> Path:
    """The view as drawn, into $S321_SHOTS (default: the system's temp folder), to look at."""
    folder = Path(os.environ.get("S321_SHOTS", tempfile.gettempdir()))
    path = folder / f"fr-{name}.png"
    QApplication.processEvents()  # the layout of the texts set last
    assert view.grab().save(str(path))
    return path
