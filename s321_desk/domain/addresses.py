"""One delivery point: a US address parsed into its USPS Publication 28 components (RULES.md s5).

The parse is usaddress's (a conditional random field trained on labelled real US addresses,
python-crfsuite underneath), not patterns of ours: it says which token is the house number,
the street name, its suffix and directionals, the unit, the PO box. What this module adds is
the comparison RULES.md section 5 defines on those components:

- the look-up key, what two addresses must share to be one delivery point: ZIP5, the primary
  (house) number and the street name in one spelling; or ZIP5 and the box;
- the rest, compared only where both sides give it: the directionals, the street type (suffix
  or highway kind), the units (numbers without their designators).

A recipient is parsed once (when its parcel is closed) and the result is stored with the
parcel (``DeliveryPoint.key`` and ``DeliveryPoint.detail``): a comparison reads both back and
never parses again.
"""

from __future__ import annotations

import re
import unicodedata
from dataclasses import dataclass
from functools import lru_cache

from s321_desk.domain.usps import DIRECTIONALS, STREET_SUFFIXES, UNIT_DESIGNATORS

# --- Text ------------------------------------------------------------------------------------

# Latin letters NFKD does not decompose, spelled the way they are written without the accent.
_UNDECOMPOSED = str.maketrans(
    {"Ø": "O", "Æ": "AE", "Œ": "OE", "Đ": "D", "Ð": "D", "Ł": "L", "Þ": "TH", "Ħ": "H", "ẞ": "SS"}
)


def without_format_characters(text: str) -> str:
    """Unicode category Cf removed (zero-width space, soft hyphen, U+2060, U+FEFF, bidi marks):
    invisible, they would otherwise make two spellings of one word different."""
    if text.isascii():
        return text
    return "".join(c for c in text if unicodedata.category(c) != "Cf")


def fold(text: str) -> str:
    """Upper-case, format characters removed, accents folded to their ASCII letter.

    Upper-casing comes first because it can itself make letters with accents; NFKD may yield
    a letter the table folds further, so it is repeated to a fixed point (idempotent).
    Letters of other scripts (Cyrillic, Han, Arabic, ...) stay as they are.
    """
    if text.isascii():
        return text.upper()
    text = without_format_characters(text)
    for _ in range(4):
        folded = unicodedata.normalize("NFKD", text.upper().translate(_UNDECOMPOSED))
        folded = "".join(c for c in folded if not unicodedata.combining(c)).upper()
        if folded == text:
            break
        text = folded
    return text


# A period between two words of two letters or more is a missing space ("Ave.Denver",
# "St.Marks"); inside initials it is not ("U.S.", "P.O.B.", "N.E.").
_GLUED_PERIOD = re.compile(r"(?<=[^\W\d_]{2})\.(?=[^\W\d_]{2})")
_INNER_PUNCTUATION = re.compile(r"(?<=\w)[.'`\u00b4\u2018\u2019\u02bc]+(?=\w)")
# Other punctuation separates words; a hyphen or slash only between letters or digits stays
# (104-40, 1/2: the parser reads them), and '#' (a unit's number follows).
_SEPARATING = re.compile(r"[^\w#/-]+|_+|(?<![^\W_])[-/]|[-/](?![^\W_])")
_NOT_ALNUM = re.compile(r"[\W_]+")


def _compact(token: str) -> str:
    """A token's letters and digits only: punctuation inside it removed without a break
    (``4-B`` -> ``4B``, ``N.E.`` -> ``NE``)."""
    return _NOT_ALNUM.sub("", token)


# --- Tables ----------------------------------------------------------------------------------

_NUMBER_WORDS = {
    word: str(n)
    for n, words in enumerate(
        [
            (),
            ("ONE", "FIRST"),
            ("TWO", "SECOND"),
            ("THREE", "THIRD"),
            ("FOUR", "FOURTH"),
            ("FIVE", "FIFTH"),
            ("SIX", "SIXTH"),
            ("SEVEN", "SEVENTH"),
            ("EIGHT", "EIGHTH"),
            ("NINE", "NINTH"),
            ("TEN", "TENTH"),
            ("ELEVEN", "ELEVENTH"),
            ("TWELVE", "TWELFTH"),
            ("THIRTEEN", "THIRTEENTH"),
            ("FOURTEEN", "FOURTEENTH"),
            ("FIFTEEN", "FIFTEENTH"),
            ("SIXTEEN", "SIXTEENTH"),
            ("SEVENTEEN", "SEVENTEENTH"),
            ("EIGHTEEN", "EIGHTEENTH"),
            ("NINETEEN", "NINETEENTH"),
            ("TWENTY", "TWENTIETH"),
        ]
    )
    for word in words
}
_ORDINAL = re.compile(r"([0-9]+)(?:ST|ND|RD|TH|D)")
_GLUED_DIRECTION = re.compile(r"([NSEW])([0-9]+(?:ST|ND|RD|TH|D)?)")
# A first word of a street name USPS spells out (ST CHARLES AVE is SAINT CHARLES AVE).
_NAME_WORDS = {"ST": "SAINT", "STE": "SAINTE", "MT": "MOUNT", "FT": "FORT"}

# Highway kinds, by the words that come before the highway's number (Publication 28 writes
# them short: US HWY, STATE ROUTE, COUNTY ROAD, FM; people write them long or short).
_HIGHWAY_WORDS = {
    "US": (
        ("US", "HWY"),
        ("US", "HIGHWAY"),
        ("US", "ROUTE"),
        ("US", "RTE"),
        ("US", "RT"),
        ("USHWY",),
        ("USH",),
        ("US",),
    ),
    "STATE": (
        ("STATE", "ROUTE"),
        ("STATE", "RTE"),
        ("STATE", "RT"),
        ("STATE", "ROAD"),
        ("STATE", "RD"),
        ("STATE", "HIGHWAY"),
        ("STATE", "HWY"),
        ("STATE", "HWY"),
        ("ST", "RTE"),
        ("ST", "RT"),
        ("ST", "HWY"),
        ("SR",),
        ("SH",),
        ("STHWY",),
    ),
    "COUNTY": (
        ("COUNTY", "ROAD"),
        ("COUNTY", "RD"),
        ("COUNTY", "HIGHWAY"),
        ("COUNTY", "HWY"),
        ("COUNTY", "ROUTE"),
        ("COUNTY", "RTE"),
        ("CO", "ROAD"),
        ("CO", "RD"),
        ("CO", "HWY"),
        ("CO", "RTE"),
        ("CR",),
        ("CH",),
    ),
    "FM": (
        ("FARM", "TO", "MARKET", "ROAD"),
        ("FARM", "TO", "MARKET", "RD"),
        ("FARM", "TO", "MARKET"),
        ("FARM", "MARKET", "ROAD"),
        ("FARM", "ROAD"),
        ("FM", "ROAD"),
        ("FM", "RD"),
        ("FM",),
    ),
    "RM": (
        ("RANCH", "TO", "MARKET", "ROAD"),
        ("RANCH", "TO", "MARKET", "RD"),
        ("RANCH", "TO", "MARKET"),
        ("RANCH", "ROAD"),
        ("RM", "ROAD"),
        ("RM",),
    ),
    "I": (("INTERSTATE", "HIGHWAY"), ("INTERSTATE", "HWY"), ("INTERSTATE",), ("IH",), ("I",)),
    "HWY": (("HIGHWAY",), ("HWY",), ("ROUTE",), ("RTE",), ("RT",)),
}
_HIGHWAY_PREFIXES = sorted(
    ((words, kind) for kind, spellings in _HIGHWAY_WORDS.items() for words in spellings),
    key=lambda item: -len(item[0]),
)
_HIGHWAY_KINDS = frozenset(_HIGHWAY_WORDS) | {"FWY", "EXPY", "TPKE"}
_GLUED_HIGHWAY = re.compile(r"(US|SR|SH|CR|FM|RM|IH|I)-?([0-9]+[A-Z]?)")
_HIGHWAY_NUMBER = re.compile(r"[0-9]+[A-Z]?")
# "Farm to Market Road 544" is not among the forms the parser learnt: written short first.
_LONG_HIGHWAYS = re.compile(r"\b(FARM|RANCH)(?:[\s-]+TO)?[\s-]+MARKET(?:\s+(?:ROAD|RD)\b)?")

# Address 2 filler: nothing about the delivery point.
_FILLER = frozenset(
    {
        "",
        "NONE",
        "NA",
        "N/A",
        "NULL",
        "NIL",
        "-",
        ".",
        "0",
        "X",
        "UNITEDSTATES",
        "UNITEDSTATESOFAMERICA",
        "USA",
        "US",
    }
)
# Words of a unit that are its designator, not its number (C2 and the ways people write them).
_DESIGNATORS = frozenset(UNIT_DESIGNATORS) | {"#", "NO", "NUMBER", "NBR", "NUM", "UNITS"}
# A designator glued to its number ("APT4B", "STE210", "FL3").
_GLUED_DESIGNATOR = re.compile(
    "^(?:" + "|".join(sorted(_DESIGNATORS - {"#"}, key=len, reverse=True)) + ")(?=[0-9])"
)
# Designators that are the unit themselves (Publication 28: no number follows them).
_NUMBERLESS_UNITS = frozenset({"BSMT", "FRNT", "LBBY", "LOWR", "OFC", "PH", "REAR", "SIDE", "UPPR"})

# Hyphenated house numbers are one number in Queens (NY) and Hawaii (104-40 is 10440);
# elsewhere the hyphen is kept, so "5-123" (a unit 5 written before 123) never becomes 5123.
_HYPHENATED_NUMBER_ZIPS = ("110", "111", "113", "114", "116", "967", "968")

_US_ZIP = re.compile(r"[0-9]{5}(?:[0-9]{4})?")
_ZIP_LOST_ZERO = re.compile(r"[0-9]{3,4}")
_US_NAMES = frozenset({"US", "USA", "UNITEDSTATES", "UNITEDSTATESOFAMERICA", "AMERICA"})
# What is stored stays within its columns (300 characters each), whatever was typed.
_LINE_LENGTH, _NAME_LENGTH, _UNIT_LENGTH, _UNITS = 200, 100, 20, 6
# Street names this long or longer are compared allowing one typo.
_TYPO_LENGTH = 7
_DIRECTION_WORDS = {
    "N": "NORTH", "S": "SOUTH", "E": "EAST", "W": "WEST",
    "NE": "NORTHEAST", "NW": "NORTHWEST", "SE": "SOUTHEAST", "SW": "SOUTHWEST",
}  # fmt: skip
_SEPARATOR = "|"  # the key's parts are letters, digits, '-' and ':' only
_DETAIL_SEPARATOR = ";"


# --- The delivery point ----------------------------------------------------------------------


@dataclass(frozen=True, slots=True)
class DeliveryPoint:
    """What RULES.md s5 compares of an address.

    ``key``: what two addresses share to be one delivery point at all (country, ZIP5 and
    primary number; or ZIP5 and the box; or, unparsed, the whole line): the index the store
    looks neighbours up by. Beside it, compared two by two: ``name``, the street name in one
    spelling; ``pre``/``post``, the directionals; ``kind``, the suffix or highway kind;
    ``units``, the unit numbers without designators. Each is "" (or empty) where not given.
    """

    key: str
    pre: str = ""
    post: str = ""
    kind: str = ""
    units: tuple[str, ...] = ()
    name: str = ""

    @property
    def detail(self) -> str:
        """What is stored beside the key: ``pre;post;kind;unit unit...;name``."""
        parts = (self.pre, self.post, self.kind, " ".join(self.units), self.name)
        return _DETAIL_SEPARATOR.join(parts)

    @classmethod
    def stored(cls, key: str, detail: str | None) -> DeliveryPoint:
        """Read back from the parcel's two stored columns (no parse)."""
        pre, post, kind, units, name = (detail or ";;;;").split(_DETAIL_SEPARATOR)
        return cls(key, pre, post, kind, tuple(units.split()), name)

    def same_as(self, other: DeliveryPoint) -> bool:
        """One delivery point: the same key, the same street, no two given units that differ."""
        return (
            self.key == other.key
            and _units_agree(self.units, other.units)
            and any(
                _streets_agree(mine, theirs, typo=not (i or j))  # a typo as given only
                for i, mine in enumerate(_readings(self))
                for j, theirs in enumerate(_readings(other))
            )
        )


_Street = tuple[str, str, str, str]  # name, pre, post, kind


def _readings(point: DeliveryPoint) -> list[_Street]:
    """The street as given, and with a word the parser may have put on either side of the
    name's edge read into the name: a directional (POMONA N = POMONA NORTH, N WEST HILLS DR =
    N W HILLS DR) or the suffix (ALMOND BROOK = ALMOND BROOK LN)."""
    words, pre, post, kind = point.name.split(), point.pre, point.post, point.kind
    name = "".join(words)  # MAC ARTHUR = MACARTHUR
    readings = [(name, pre, post, kind)]
    if words and STREET_SUFFIXES.get(words[-1], words[-1]) != words[-1]:  # BROOK as BRK
        readings.append(("".join(words[:-1]) + STREET_SUFFIXES[words[-1]], pre, post, kind))
    if pre:
        readings.append((_DIRECTION_WORDS.get(pre, pre) + name, "", post, kind))
    if post:
        readings.append((name + _DIRECTION_WORDS.get(post, post), pre, "", kind))
    if kind and kind not in _HIGHWAY_KINDS:
        readings.append((name + kind, pre, post, ""))
    return readings


def _streets_agree(a: _Street, b: _Street, *, typo: bool) -> bool:
    (name_a, pre_a, post_a, kind_a), (name_b, pre_b, post_b, kind_b) = a, b
    return (
        (name_a == name_b or (typo and _one_typo_apart(name_a, name_b)))
        and _directionals_agree(pre_a, post_a, pre_b, post_b)
        and _kinds_agree(kind_a, kind_b)
    )


def _one_typo_apart(a: str, b: str) -> bool:
    """Both long enough that a typo does not make another street's name, and one letter apart
    or two neighbouring letters swapped (BRANDYWINE / BRANDYEINE, COBLEIGH / COBLIEGH)."""
    if min(len(a), len(b)) < _TYPO_LENGTH or a.isdigit() or b.isdigit():
        return False
    if len(a) != len(b):
        shorter, longer = sorted((a, b), key=len)
        return len(longer) - len(shorter) == 1 and any(
            longer[:i] + longer[i + 1 :] == shorter for i in range(len(longer))
        )
    differ = [i for i in range(len(a)) if a[i] != b[i]]
    return len(differ) == 1 or (
        len(differ) == 2
        and differ[1] == differ[0] + 1
        and (a[differ[0]], a[differ[1]]) == (b[differ[1]], b[differ[0]])
    )


def _directionals_agree(pre_a: str, post_a: str, pre_b: str, post_b: str) -> bool:
    """Compared only where both give one; moved is the same (5120 E 180th St = 180th St E)."""
    given_a, given_b = {pre_a, post_a} - {""}, {pre_b, post_b} - {""}
    if not given_a or not given_b:
        return True
    if pre_a and post_a and pre_b and post_b:
        return (pre_a, post_a) == (pre_b, post_b)
    return given_a <= given_b or given_b <= given_a


def _kinds_agree(a: str, b: str) -> bool:
    """Compared only where both give one; a highway of unsaid kind is any highway; a suffix
    and its plural are one (SPG / SPGS)."""
    if not a or not b or a == b or a + "S" == b or b + "S" == a:
        return True
    return "HWY" in (a, b) and a in _HIGHWAY_KINDS and b in _HIGHWAY_KINDS


def _units_agree(a: tuple[str, ...], b: tuple[str, ...]) -> bool:
    """A unit on one side only is the same point (errs toward merging); two given units that
    differ are two points."""
    if not a or not b:
        return True
    return set(a) <= set(b) or set(b) <= set(a)


# --- Parsing ---------------------------------------------------------------------------------


def country_key(country: str) -> str:
    """Upper-case letters; empty is "US"; USA, U.S.A. and United States (of America) are US."""
    compact = _compact(fold(country)) or "US"
    return "US" if compact in _US_NAMES else compact


def postal_code_key(postal_code: str, country: str = "US") -> str:
    """ZIP+4 -> ZIP5; a US ZIP that lost its leading zero in a spreadsheet gets it back.

    Anything else is kept as its letters and digits, upper-case, without spaces."""
    compact = _compact(fold(postal_code))
    if _US_ZIP.fullmatch(compact):
        return compact[:5]
    if country == "US" and _ZIP_LOST_ZERO.fullmatch(compact):
        return compact.zfill(5)
    return compact


@lru_cache(maxsize=8192)  # bounded; a parse is once per recipient, kept with its parcel
def delivery_point(
    address1: str,
    address2: str = "",
    city: str = "",
    state: str = "",
    postal_code: str = "",
    country: str = "US",
) -> DeliveryPoint:
    """The delivery point of an address (parsed: about 0.1 ms; the result is to be stored)."""
    country = country_key(country)
    postal = postal_code_key(postal_code, country)
    if country != "US":
        return DeliveryPoint(_key(country, postal, "=", _line(address1, address2)))
    address2 = _without_filler(address2)
    address1 = _without_place(address1, city, state, postal)
    first, second = _parts(address1), _parts(address2)
    if address2 and not (first.street or first.box or second.street or second.box):
        first, second = _parts(f"{address1} {address2}"), _Parts()  # "6629" + "Peacock Rd"
    return _point(country, _place(postal, state, city), first, second, _line(address1, address2))


def point_from_labels(
    labels: list[tuple[str, str]], city: str = "", state: str = "", postal_code: str = ""
) -> DeliveryPoint:
    """The delivery point of a US address whose tokens are labelled already (token, usaddress
    label): what the parse would give if it labelled them so. For measuring the parser
    against a labelled corpus (tests/identity)."""
    tokens = [
        (_SEPARATING.sub(" ", _INNER_PUNCTUATION.sub("", fold(t))).strip(), label)
        for t, label in labels
    ]
    line = " ".join(token for token, _ in tokens)
    parts = _labelled_parts([(t, label) for t, label in tokens if t])
    return _point("US", _place(postal_code_key(postal_code), state, city), parts, _Parts(), line)


def _place(postal: str, state: str, city: str) -> str:
    """ZIP5; without one (missing or mistyped) the state and city stand in its place."""
    if _US_ZIP.fullmatch(postal):
        return postal
    return f"{postal}:{_compact(fold(state))}:{_compact(fold(city))}"


def _point(country: str, place: str, first: _Parts, second: _Parts, line: str) -> DeliveryPoint:
    if not first.street and not first.box and (second.street or second.box):
        first, second = second, first  # the street line written in address 2
    units = _dedupe(first.units + second.units)[:_UNITS]
    if first.box:  # a box number the parser also read as a unit is the box's
        units = tuple(unit for unit in units if unit != first.box.rpartition("-")[2])
        return DeliveryPoint(_key(country, place, "BOX", first.box), units=units)
    if first.street:
        number, name, pre, post, kind = first.street
        if "-" in number and place.startswith(_HYPHENATED_NUMBER_ZIPS):
            number = number.replace("-", "")
        return DeliveryPoint(_key(country, place, number), pre, post, kind, units, name)
    return DeliveryPoint(_key(country, place, "=", line))


def _key(*parts: str) -> str:
    return _SEPARATOR.join(parts)


def _line(address1: str, address2: str) -> str:
    """An address nothing could parse, as one line of letters and digits (exact match only)."""
    words = fold(f"{address1} {address2}").split()
    return " ".join(_compact(word) for word in words if _compact(word))[:_LINE_LENGTH]


def _without_place(line: str, city: str, state: str, postal: str) -> str:
    """The street line without the city, state, ZIP or country typed at its end as well
    ("1833 S Country Club Decatur" in Decatur; "1547 Abbot Ave San Gabriel CA 91776 USA")."""
    words = line.split()
    glued = _compact(fold(city))
    last = _compact(fold(words[-1])) if words else ""
    if len(glued) >= 3 and last.endswith(glued) and last[: -len(glued)] in STREET_SUFFIXES:
        words = [*words[:-1], last[: -len(glued)]]  # "Bandera RoadHelotes" in Helotes
    ends = [
        [_compact(fold(w)) for w in text.split()]
        for text in (city, state, postal, postal[:5], "USA", "US", "United States")
        if text.strip()
    ]
    stripped = True
    while stripped:
        stripped = False
        for end in ends:
            tail = [_compact(fold(w)) for w in words[-len(end) :]]
            if len(words) - len(end) >= 2 and tail == end:
                words, stripped = words[: -len(end)], True
    return " ".join(words) if words != line.split() else line


def _without_filler(address2: str) -> str:
    return "" if _compact(fold(address2)) in _FILLER or address2.strip() in _FILLER else address2


def _dedupe(units: tuple[str, ...]) -> tuple[str, ...]:
    """Units in order, each once (a unit repeated by address autocomplete counts once)."""
    return tuple(dict.fromkeys(units))


@dataclass(frozen=True, slots=True)
class _Parts:
    street: tuple[str, str, str, str, str] | None = None  # number, name, pre, post, kind
    box: str = ""
    units: tuple[str, ...] = ()


def _parts(text: str) -> _Parts:
    """One address line through the parser, its components normalised."""
    text = _SEPARATING.sub(" ", _INNER_PUNCTUATION.sub("", _GLUED_PERIOD.sub(" ", fold(text))))
    text = _LONG_HIGHWAYS.sub(lambda m: "FM" if m.group(1) == "FARM" else "RM", text)
    words = text.split()
    if not words:
        return _Parts()
    if len(words) == 1 or (len(words) == 2 and words[0] == "#"):
        unit = _GLUED_DESIGNATOR.sub("", _compact("".join(words)))[:_UNIT_LENGTH]  # a bare
        # token (in address 2) is a unit
        unit = UNIT_DESIGNATORS.get(unit, unit)
        if any(c.isdigit() for c in unit) or len(unit) == 1 or unit in _NUMBERLESS_UNITS:
            return _Parts(units=(unit,))
    # The parser loads its trained model when imported: at the first address parsed, not
    # with the desk (its start).
    import usaddress  # no type hints of its own (mypy: ignore_missing_imports)

    return _labelled_parts(usaddress.parse(text))


def _labelled_parts(pairs: list[tuple[str, str]]) -> _Parts:
    labelled: dict[str, list[list[str]]] = {}
    last = ""
    for token, label in pairs:
        token = token.strip(",;")
        if label == "ZipCode":  # the ZIP is not on a street line: a number ending it is a unit
            label = "OccupancyIdentifier"
        if not token:
            continue
        if label != last:
            labelled.setdefault(label, []).append([])
        labelled[label][-1].append(token)
        last = label
    return _Parts(_street(labelled), _box(labelled), _units(labelled))


def _first(labelled: dict[str, list[list[str]]], label: str) -> list[str]:
    groups = labelled.get(label)
    return groups[0] if groups else []


def _street(labelled: dict[str, list[list[str]]]) -> tuple[str, str, str, str, str] | None:
    numbers = _first(labelled, "AddressNumber")
    names = _first(labelled, "StreetName")
    pre_types = [_compact(t) for t in _first(labelled, "StreetNamePreType")]
    if not numbers:
        return None
    number = "".join(_compact(t) if "-" not in t else t.strip(".") for t in numbers)
    number = "".join(c for c in number if c.isalnum() or c == "-").strip("-")
    prefix = "".join(_compact(t) for t in _first(labelled, "AddressNumberPrefix"))
    suffix = "".join(_compact(t) for t in _first(labelled, "AddressNumberSuffix"))
    number = prefix + number + (f"-{suffix}" if suffix else "")
    words = [STREET_SUFFIXES.get(w, w) for w in pre_types]  # AVENUE M = AVE M
    words += [w for t in names for w in _split_glued(_compact(t))]
    kind, words = _highway(words)  # else a type before the name is read as part of it:
    # the parser reads "RUE SAINT-EDOUARD" and "RUE SAINT EDOUARD" with "RUE" on either side
    post_types = [_compact(t) for t in _first(labelled, "StreetNamePostType")]
    # "AVENUE EXTENSION": the kind is the first word, the rest a modifier (as "AVENUE EXT"
    # is labelled)
    post_type = post_types[0] if post_types else ""
    if not kind and post_type:
        kind = STREET_SUFFIXES.get(post_type, post_type)
        if kind in ("HWY", "FWY", "EXPY", "TPKE") and not words:
            words = [post_type]
    pre = _direction(_first(labelled, "StreetNamePreDirectional"))
    glued = _GLUED_DIRECTION.fullmatch(words[0]) if words and not pre else None
    if glued:  # N85TH: a directional written against a numbered street's number
        pre, words[0] = glued.group(1), glued.group(2)
    name = _street_name(words)
    if not number or not name:
        return None
    post = _direction(_first(labelled, "StreetNamePostDirectional"))
    return number, name, pre, post, kind


def _split_glued(word: str) -> list[str]:
    glued = _GLUED_HIGHWAY.fullmatch(word)
    return [glued.group(1), glued.group(2)] if glued else [word]


def _highway(words: list[str]) -> tuple[str, list[str]]:
    """The highway kind of a street written with one (US HWY 50, SR 9, FM 544, I 95)."""
    for prefix, kind in _HIGHWAY_PREFIXES:
        size = len(prefix)
        if tuple(words[:size]) == prefix and len(words) == size + 1:
            if _HIGHWAY_NUMBER.fullmatch(words[size]):
                return kind, words[size:]
    return "", words


def _street_name(words: list[str]) -> str:
    """The street name in one spelling, its words apart: numbers in words as digits, ordinals
    bare (FIFTH -> 5, 62ND and 2D -> 62 and 2), a first ST/MT/FT spelled out (ST CHARLES =
    SAINT CHARLES)."""
    spelled = []
    for index, word in enumerate(words):
        if not word:
            continue
        word = _NUMBER_WORDS.get(word, word)
        ordinal = _ORDINAL.fullmatch(word)
        if ordinal:
            word = ordinal.group(1)
        if index == 0 and len(words) > 1:
            word = _NAME_WORDS.get(STREET_SUFFIXES.get(word, word), word)
        spelled.append(word)
    return " ".join(spelled)[:_NAME_LENGTH]


def _direction(tokens: list[str]) -> str:
    word = "".join(_compact(t) for t in tokens)
    return DIRECTIONALS.get(word, word)


def _box(labelled: dict[str, list[list[str]]]) -> str:
    """The box: its number, with its route (RR 2 BOX 15, PSC 123 BOX 456) where given."""
    if "USPSBoxType" not in labelled:
        return ""
    ids = (
        labelled.get("USPSBoxID")
        or labelled.get("OccupancyIdentifier")
        or (labelled.get("AddressNumber") or [])
    )
    box = "".join(_compact(t) for t in (ids[-1] if ids else []))
    if not box:
        return ""
    groups = _first(labelled, "USPSBoxGroupType"), _first(labelled, "USPSBoxGroupID")
    route = "".join(_compact(t) for group in groups for t in group)
    if not route and len(labelled["USPSBoxType"]) > 1 and len(ids) > 1:  # PSC 123 BOX 456
        route = _compact(labelled["USPSBoxType"][0][0]) + "".join(_compact(t) for t in ids[0])
    return f"{route}-{box}" if route else box


def _units(labelled: dict[str, list[list[str]]]) -> tuple[str, ...]:
    """Each unit's number without its designator, punctuation inside removed, a number
    repeated (12 12) once; a designator that is the unit itself (REAR, BSMT) as itself."""
    units: list[str] = []
    for label in ("SubaddressIdentifier", "OccupancyIdentifier"):
        for group in labelled.get(label, ()):
            tokens = [_GLUED_DESIGNATOR.sub("", _compact(t)) for t in group if _compact(t)]
            tokens = [t for t in tokens if t not in _DESIGNATORS or t in _NUMBERLESS_UNITS]
            tokens = list(dict.fromkeys(tokens)) if len(set(tokens)) == 1 else tokens
            if tokens:
                unit = "".join(tokens)[:_UNIT_LENGTH]
                units.append(UNIT_DESIGNATORS.get(unit, unit))
    for group in labelled.get("OccupancyType", ()):
        word = UNIT_DESIGNATORS.get(_compact("".join(group)), "")
        if word in _NUMBERLESS_UNITS and "OccupancyIdentifier" not in labelled:
            units.append(word)
    return tuple(units[:_UNITS])
