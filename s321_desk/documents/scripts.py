"""Text in the order and the forms it is drawn in: right-to-left runs reversed, Arabic letters
in their joined forms, Indic vowel signs that stand before their consonant put there.

The papers draw a text character by character, left to right, each in a font that has it
(``fonts``): no shaping engine. What a name or an address holds is short and plain, so three
steps cover it, worked out from the Unicode data Python ships:

- **Bidirectional order** (a simplified Unicode Bidirectional Algorithm, UAX #9: one paragraph,
  no embeddings or isolates): the paragraph's direction is its first strong character's;
  numbers keep their left-to-right order inside right-to-left text; a neutral between two runs
  of one direction takes it, else the paragraph's; then every run at an odd level is reversed,
  highest level first, and mirrored characters (brackets) are mirrored.
- **Arabic joining**: each letter takes its isolated, initial, medial or final presentation form
  (Unicode's Arabic Presentation Forms-B, whose decompositions say which letter and form each
  is), as its neighbours join it; lam and alef make their ligature.
- **Indic pre-base vowel signs** (Devanagari's ि, Bengali's ে...): stored after the consonant
  (cluster) they follow in speech, drawn before it.
"""

from __future__ import annotations

import functools
import unicodedata

# -- Arabic joining: from the presentation forms' decompositions --------------------------------


@functools.cache
def _arabic_forms() -> tuple[dict[str, dict[str, str]], dict[tuple[str, str], dict[str, str]]]:
    """Each Arabic letter's presentation forms by name (isolated, final, initial, medial), and
    the lam-alef ligatures' by their two letters."""
    forms: dict[str, dict[str, str]] = {}
    ligatures: dict[tuple[str, str], dict[str, str]] = {}
    for code in range(0xFE70, 0xFEFD):
        decomposition = unicodedata.decomposition(chr(code)).split()
        if len(decomposition) < 2 or not decomposition[0].startswith("<"):
            continue
        form = decomposition[0].strip("<>")
        letters = "".join(chr(int(part, 16)) for part in decomposition[1:])
        if len(letters) == 1:
            forms.setdefault(letters, {})[form] = chr(code)
        elif len(letters) == 2:
            ligatures.setdefault((letters[0], letters[1]), {})[form] = chr(code)
    return forms, ligatures


def _joins_both(character: str) -> bool:
    """A dual-joining letter: it joins the next letter too (it has initial or medial forms)."""
    return character == "\u0640" or "initial" in _arabic_forms()[0].get(character, {})


def _joins(character: str) -> bool:
    """Whether ``character`` joins the letter before it (dual- or right-joining)."""
    return character == "\u0640" or character in _arabic_forms()[0]


def _transparent(character: str) -> bool:
    return unicodedata.category(character) in ("Mn", "Me", "Cf") and character != "\u200c"


def arabic_joined(text: str) -> str:
    """Arabic letters in their joined presentation forms (logical order kept)."""
    forms, ligatures = _arabic_forms()
    letters = [i for i, c in enumerate(text) if not _transparent(c)]
    out = list(text)
    skip = set()
    for position, index in enumerate(letters):
        if index in skip:
            continue
        character = text[index]
        before = text[letters[position - 1]] if position > 0 else ""
        after_index = letters[position + 1] if position + 1 < len(letters) else None
        after = text[after_index] if after_index is not None else ""
        joined_before = bool(before) and _joins_both(before) and _joins(character)
        pair = ligatures.get((character, after))
        if pair is not None and after_index is not None:
            out[index] = pair["final" if joined_before else "isolated"]
            out[after_index] = ""
            skip.add(after_index)
            continue
        if character not in forms:
            continue
        joined_after = bool(after) and _joins_both(character) and _joins(after)
        name = {
            (False, False): "isolated",
            (True, False): "final",
            (False, True): "initial",
            (True, True): "medial",
        }[(joined_before, joined_after)]
        shapes = forms[character]
        out[index] = shapes.get(name) or shapes.get("isolated", character)
    return "".join(out)


# -- Indic vowel signs drawn before their consonant ---------------------------------------------

# The dependent vowel signs (and their parts, after canonical decomposition) that are written
# before the consonant cluster they follow in the text: Devanagari, Bengali, Gurmukhi,
# Gujarati, Oriya, Tamil, Telugu-Kannada none, Malayalam, Sinhala.
PRE_BASE = frozenset(
    "\u093f\u09bf\u09c7\u09c8\u0a3f\u0abf\u0b47\u0bc6\u0bc7\u0bc8\u0d46\u0d47\u0d48\u0dd9\u0dda\u0ddb"
)
_VIRAMAS = frozenset("\u094d\u09cd\u0a4d\u0acd\u0b4d\u0bcd\u0c4d\u0ccd\u0d4d\u0dca")


def _indic(character: str) -> bool:
    return "\u0900" <= character <= "\u0dff"


def _consonant(character: str) -> bool:
    return _indic(character) and unicodedata.category(character) == "Lo"


def indic_reordered(text: str) -> str:
    """Pre-base vowel signs moved before their consonant cluster (consonant, then virama and
    consonant pairs, and nuktas)."""
    text = "".join(unicodedata.normalize("NFD", c) if _indic(c) else c for c in text)
    out: list[str] = []
    for character in text:
        if character in PRE_BASE:
            start = len(out)
            while start > 0:
                previous = out[start - 1]
                if _consonant(previous):
                    start -= 1
                    if start > 0 and out[start - 1] in _VIRAMAS:
                        start -= 1  # the virama joining it to the consonant before
                        continue
                    break
                if unicodedata.category(previous) == "Mn" and previous not in PRE_BASE:
                    start -= 1  # a nukta or a virama inside the cluster
                    continue
                break
            out.insert(start, character)
        else:
            out.append(character)
    return "".join(out)


# -- bidirectional order ------------------------------------------------------------------------

_STRONG_RTL = ("R", "AL")
_NUMBERS = ("EN", "AN")
_MIRRORS = dict(
    zip("()[]{}<>\u00ab\u00bb\u2039\u203a", ")(][}{><\u00bb\u00ab\u203a\u2039", strict=True)
)


def _levels(text: str) -> list[int]:
    """Each character's embedding level (0 or 1 for the paragraph, up to 2 for numbers and
    left-to-right runs inside right-to-left text)."""
    kinds = [unicodedata.bidirectional(c) for c in text]
    rtl = next((k in _STRONG_RTL for k in kinds if k in ("L", *_STRONG_RTL)), False)
    base = 1 if rtl else 0
    # The strong direction of each character: R, L, or None (a neutral, resolved next).
    strong: list[str | None] = []
    for kind in kinds:
        if kind in _STRONG_RTL:
            strong.append("R")
        elif kind == "L":
            strong.append("L")
        elif kind in _NUMBERS:
            strong.append("N")  # a number: left to right, its level after its context
        else:
            strong.append(None)
    # A number after right-to-left text (or in a right-to-left paragraph before any strong
    # character) is part of it: it counts as R for the neutrals around it.
    context: str | None = "R" if rtl else "L"
    resolved: list[str | None] = []
    for value in strong:
        if value in ("R", "L"):
            context = value
            resolved.append(value)
        elif value == "N":
            resolved.append("NR" if context == "R" else "L")
        else:
            resolved.append(None)
    # Neutrals between the same direction take it, else the paragraph's.
    directions: list[str | None] = ["R" if r in ("R", "NR") else r for r in resolved]
    for index, value in enumerate(directions):
        if value is not None:
            continue
        before = next((d for d in reversed(directions[:index]) if d is not None), None)
        after = next((d for d in directions[index + 1 :] if d is not None), None)
        directions[index] = before if before == after and before else ("R" if rtl else "L")
    levels = []
    for direction, number in zip(directions, resolved, strict=True):
        if number == "NR":
            levels.append(2)  # a number in right-to-left text: left to right inside it
        elif direction == "R":
            levels.append(1)
        else:
            levels.append(2 if base == 1 else 0)
    # Trailing whitespace goes to the paragraph's level (rule L1).
    for index in range(len(text) - 1, -1, -1):
        if not text[index].isspace():
            break
        levels[index] = base
    return levels


def bidi_visual(text: str) -> str:
    """The characters in the order they are drawn, left to right."""
    levels = _levels(text)
    characters = [
        _MIRRORS.get(c, c) if level % 2 else c for c, level in zip(text, levels, strict=True)
    ]
    for level in range(max(levels, default=0), 0, -1):  # rule L2
        index = 0
        while index < len(characters):
            if levels[index] >= level:
                end = index
                while end < len(characters) and levels[end] >= level:
                    end += 1
                characters[index:end] = characters[index:end][::-1]
                levels[index:end] = levels[index:end][::-1]
                index = end
            else:
                index += 1
    return "".join(characters)


# -- all together -------------------------------------------------------------------------------

_PLAIN_BELOW = "\u0590"  # Latin, Greek, Cyrillic, Armenian: drawn as stored


@functools.lru_cache(maxsize=4096)
def _visual(text: str) -> str:
    if any("\u0600" <= c <= "\u06ff" or "\u0750" <= c <= "\u077f" for c in text):
        text = arabic_joined(text)
    if any(_indic(c) for c in text):
        text = indic_reordered(text)
    if any(unicodedata.bidirectional(c) in _STRONG_RTL for c in text):
        text = bidi_visual(text)
    return text


def visual(text: str) -> str:
    """``text`` as it is drawn left to right: the identity for Latin, Greek or Cyrillic."""
    if max(text, default="a") < _PLAIN_BELOW:
        return text
    return _visual(text)
