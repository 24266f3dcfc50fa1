"""Texts for people written by code that knows no Qt: English with named placeholders, shown
in the desk's language, kept in English where they are stored, written to a file or printed by
the command line.

``translate("Packing", "order {order}: not in the store").format(order=name)`` reads like Qt's
``QCoreApplication.translate`` (pyside6-lupdate finds the literals by that name) but gives a
``Text``: ``str(text)`` is the desk's language, ``text.english`` the English. The desk hands
Qt's translate to ``use_translator`` when it installs its catalogues; until then, and in the
command line, which never installs any, ``str(text)`` is the English too.
"""

from __future__ import annotations

from collections.abc import Callable, Mapping
from typing import Any

Translator = Callable[[str, str], str]


def _english(context: str, source: str) -> str:
    return source


_translator: Translator = _english


def use_translator(translator: Translator | None) -> None:
    """Texts are shown through ``translator`` (Qt's translate), or in English for None."""
    global _translator
    _translator = translator or _english


class Text:
    """An English sentence (``source``) found in the catalogue under ``context``, with the values
    of its ``{placeholders}`` (None: the sentence is shown as it is, braces and all). A value
    may be a Text itself, shown in the same language as the sentence."""

    __slots__ = ("context", "source", "values")

    def __init__(self, context: str, source: str, values: Mapping[str, object] | None = None):
        self.context = context
        self.source = source
        self.values = dict(values) if values is not None else None

    @classmethod
    def plain(cls, text: str) -> Text:
        """A text that has no translation (a name, a stored English sentence): shown as it is."""
        return cls("", text)

    def format(self, **values: object) -> Text:
        return Text(self.context, self.source, values)

    @property
    def english(self) -> str:
        if self.values is None:
            return self.source
        return self.source.format(**{k: _in_english(v) for k, v in self.values.items()})

    def __str__(self) -> str:
        shown = _translator(self.context, self.source) if self.context else self.source
        if self.values is None:
            return shown
        values = {k: str(v) for k, v in self.values.items()}
        try:
            return shown.format(**values)
        except (KeyError, IndexError, ValueError):  # a translation that lost a placeholder
            return self.source.format(**values)

    def __repr__(self) -> str:
        return f"Text({self.context!r}, {self.source!r}, {self.values!r})"

    def __eq__(self, other: object) -> bool:
        if not isinstance(other, Text):
            return NotImplemented
        return (self.context, self.source, self.values) == (
            other.context,
            other.source,
            other.values,
        )

    def __hash__(self) -> int:
        return hash((self.context, self.source))

    def to_json(self) -> dict[str, Any]:
        """The text as stored beside its English, so that the desk can show it again in its
        language: values as strings (or texts)."""
        stored: dict[str, Any] = {"context": self.context, "source": self.source}
        if self.values is not None:
            stored["values"] = {
                k: v.to_json() if isinstance(v, Text) else str(v) for k, v in self.values.items()
            }
        return stored

    @classmethod
    def from_json(cls, stored: Mapping[str, Any]) -> Text:
        values = stored.get("values")
        return cls(
            str(stored["context"]),
            str(stored["source"]),
            None
            if values is None
            else {
                k: cls.from_json(v) if isinstance(v, dict) else str(v) for k, v in values.items()
            },
        )


def _in_english(value: object) -> object:
    return value.english if isinstance(value, Text | SaidError) else value


def QT_TRANSLATE_NOOP(context: str, text: str) -> str:
    """Marks ``text`` for the catalogue under ``context`` (pyside6-lupdate looks for this name)
    and returns it as it is: a constant shown later as ``Text(context, text)``."""
    return text


def translate(context: str, source: str) -> Text:
    """``source`` as a Text of the catalogue's ``context`` (both literals, for pyside6-lupdate)."""
    return Text(context, source)


def english(text: str | Text) -> str:
    """The English of a text, or the string itself."""
    return text.english if isinstance(text, Text) else text


def word(code: str) -> Text:
    """A stored code (a parcel's status: ``held``) as the desk's words say it: the catalogue's
    ``Words`` context, whose texts ui/kit/words.py holds."""
    return Text("Words", code)


def joined(texts: list[Text], separator: str = "; ") -> Text:
    """Several texts said one after the other (``a; b``), each in the desk's language."""
    names = [f"part{i}" for i in range(len(texts))]
    return Text("", separator.join("{" + name + "}" for name in names)).format(
        **dict(zip(names, texts, strict=True))
    )


class SaidError(Exception):
    """A refusal whose message is a Text: ``str(error)`` says it in the desk's language,
    ``error.english`` is what a log, a file or the command line keeps."""

    def __init__(self, message: str | Text) -> None:
        self.text = message if isinstance(message, Text) else Text.plain(message)
        super().__init__(self.text.english)

    def __str__(self) -> str:
        return str(self.text)

    @property
    def english(self) -> str:
        return self.text.english
