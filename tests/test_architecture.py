"""docs/ARCHITECTURE.md stays true: it names every room of services/ and ui/, and every path it
names exists."""

from __future__ import annotations

import re
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
PACKAGE = ROOT / "s321_desk"
ARCHITECTURE = ROOT / "docs" / "ARCHITECTURE.md"

# A path as the page writes it, in backticks: a folder (ends with /) or a file with its suffix.
NAMED = re.compile(r"`([A-Za-z0-9_./<> -]+?(?:/|\.py|\.md|\.ts))`")


def rooms() -> list[str]:
    """``services/kernel/``, ``ui/kit/``...: every sub-package of services/ and ui/."""
    return [
        f"{layer}/{folder.name}/"
        for layer in ("services", "ui")
        for folder in sorted((PACKAGE / layer).iterdir())
        if (folder / "__init__.py").is_file()
    ]


def where(named: str) -> Path:
    """A path of the page on disk: below the repository for its top folders, a catalogue's name
    in resources/i18n/fr/, else below s321_desk/."""
    if named.split("/")[0] in {"resources", "tests", "docs", "s321_desk"}:
        return ROOT / named
    if "/" not in named and named.endswith(".ts"):
        return ROOT / "resources" / "i18n" / "fr" / named
    return PACKAGE / named


def missing_paths(text: str) -> list[str]:
    return [
        named
        for named in dict.fromkeys(NAMED.findall(text))
        if "<" not in named and not where(named).exists()  # <module path>: a pattern
    ]


def test_every_room_is_named() -> None:
    text = ARCHITECTURE.read_text(encoding="utf-8")
    assert len(rooms()) > 10
    assert [room for room in rooms() if f"`{room}`" not in text] == []


def test_every_path_named_exists() -> None:
    text = ARCHITECTURE.read_text(encoding="utf-8")
    assert len(NAMED.findall(text)) > 30  # the page's paths are read
    assert missing_paths(text) == []


def test_a_path_that_is_gone_is_found() -> None:
    text = "The engine is `domain/compliance.py`, the rest `services/moved.py` and `ui/gone/`."
    assert missing_paths(text) == ["services/moved.py", "ui/gone/"]
