"""The manufacturer identification code (MID) a broker's entry gives for each line: built from
the manufacturer's name and address by CBP's published rules, and a given one's shape checked.

The rules (Appendix to 19 CFR Part 102, "Rules for Constructing the Manufacturer
Identification Code (MID)"; the same in CBP's guidance for every entry, Customs Directive
3550-055):

- At most 15 characters, no spaces.
- The ISO 3166 code of the country of origin. The one exception is Canada: "CA" is not a valid
  MID country; the province's code is used instead (Alberta XA, British Columbia XC, Manitoba
  XM, New Brunswick XB, Newfoundland and Labrador XW, Northwest Territories XT, Nova Scotia XN,
  Nunavut XV, Ontario XO, Prince Edward Island XP, Quebec XQ, Saskatchewan XS, Yukon XY).
- The first three characters of each of the first two "words" of the manufacturer's name
  (one word: its first three). Initials together are one word ("A.B.C. Company" and "A B C
  Company" give ABCCOM, "Shavings B L Inc." SHABL, "Dr. S.A. Smith" DRSA); parts joined by a
  hyphen are one word ("Rawles-Aden Corp." RAWCOR); the English words a, an, and, of and the
  are ignored ("The Embassy of Spain" EMBSPA); digits count as characters ("ABC 2000 Company"
  ABC200); punctuation does not.
- The first four digits of the largest number on the street address line ("11455 Main Street
  Suite 9999" 1145); punctuation inside a number ignored ("12,34,56 Akasaka Road" 1234); a
  street whose name is a number does not count ("49 250th St" 49); none when no number.
- The first three letters of the city ("St. Louis" STL, "Saint Michel" SAI).
"""

from __future__ import annotations

import re
import unicodedata

from s321_desk.domain.iso import COUNTRIES
from s321_desk.domain.texts import Text, translate

MID_MAX = 15
CANADA_PROVINCES = {
    "AB": "XA", "BC": "XC", "MB": "XM", "NB": "XB", "NL": "XW", "NT": "XT", "NS": "XN",
    "NU": "XV", "ON": "XO", "PE": "XP", "QC": "XQ", "SK": "XS", "YT": "XY",
}  # fmt: skip
PROVINCE_CODES = frozenset(CANADA_PROVINCES.values())
IGNORED_WORDS = frozenset({"A", "AN", "AND", "OF", "THE"})
# A number on the address line: digits, with commas or hyphens between groups of them.
_NUMBER = re.compile(r"\d+(?:[,\-]\d+)*")
_ORDINAL = re.compile(r"\d+(?:ST|ND|RD|TH)\b")
_MID = re.compile(r"[A-Z]{2}[A-Z0-9]{1,13}")


def folded(text: str) -> str:
    """Upper case, accents taken off (``Québec`` -> ``QUEBEC``), other characters kept."""
    decomposed = unicodedata.normalize("NFKD", text)
    return "".join(c for c in decomposed if not unicodedata.combining(c)).upper()


def name_words(name: str) -> list[str]:
    """The manufacturer's name as the MID reads its words: hyphenated parts joined, initials
    together one word, the ignored English words left out, punctuation dropped."""
    text = re.sub(r"\s*-\s*", "", folded(name))  # "Rawles - Aden" is one word
    words: list[str] = []
    initials = ""
    for token in text.split():
        bare = "".join(c for c in token if c.isalnum())
        if not bare:
            continue
        is_initials = len(bare) == 1 or (
            "." in token and all(len(part) <= 1 for part in token.split(".") if part)
        )
        if is_initials:
            initials += bare
            continue
        if initials:
            words.append(initials)
            initials = ""
        words.append(bare)
    if initials:
        words.append(initials)
    # A lone letter "A" is the article; "A B C" together are initials, kept.
    return [w for w in words if w not in IGNORED_WORDS]


def name_part(name: str) -> str:
    return "".join(word[:3] for word in name_words(name)[:2])


def address_part(street: str) -> str:
    """The first four digits of the largest number on the street line, street numbers aside."""
    text = _ORDINAL.sub(" ", folded(street))  # "250TH" names a street
    numbers = [re.sub(r"\D", "", match) for match in _NUMBER.findall(text)]
    numbers = [n.lstrip("0") or "0" for n in numbers if n]
    if not numbers:
        return ""
    return max(numbers, key=lambda n: (len(n), n))[:4]


def city_part(city: str) -> str:
    return "".join(c for c in folded(city) if c.isalpha())[:3]


def country_part(country: str, province: str | None) -> str:
    """The MID's first two characters: the ISO code, a Canadian province's for Canada.
    Raises ValueError (a Text) when there is none."""
    code = folded(country).strip()
    if code == "CA":
        prefix = CANADA_PROVINCES.get(folded(province or "").strip())
        if prefix is None:
            raise ValueError(
                translate(
                    "Mid",
                    "a Canadian manufacturer's MID begins with its province's code (CA is not "
                    "a MID country): give the province (ON, QC, BC...)",
                )
            )
        return prefix
    if code not in COUNTRIES:
        raise ValueError(
            translate("Mid", "{country} is not an ISO 3166 country code").format(
                country=repr(country)
            )
        )
    return code


def build_mid(name: str, street: str, city: str, country: str, province: str | None = None) -> str:
    """The manufacturer's MID by CBP's rules (module docstring). Raises ValueError (a Text)
    when the name or city gives nothing to build it from."""
    prefix = country_part(country, province)
    named = name_part(name)
    town = city_part(city)
    if not named:
        raise ValueError(translate("Mid", "the manufacturer's name has no letter or digit"))
    if not town:
        raise ValueError(translate("Mid", "the manufacturer's city has no letter"))
    return (prefix + named + address_part(street) + town)[:MID_MAX]


def mid_problem(mid: str) -> Text | None:
    """Why ``mid`` cannot be a MID (None if its shape is one): upper-case letters and digits,
    at most 15, a country (or a Canadian province) first, a city's letters last."""
    if not _MID.fullmatch(mid) or len(mid) > MID_MAX:
        return translate(
            "Mid", "{mid} is not a MID: 3 to 15 upper-case letters and digits, no spaces"
        ).format(mid=repr(mid))
    prefix = mid[:2]
    if prefix == "CA":
        return translate(
            "Mid",
            "{mid}: CA is not a MID country; a Canadian manufacturer's MID begins with its "
            "province's code (XO Ontario, XQ Quebec...)",
        ).format(mid=repr(mid))
    if prefix not in COUNTRIES and prefix not in PROVINCE_CODES:
        return translate(
            "Mid", "{mid}: {prefix} is neither an ISO country code nor a Canadian province's"
        ).format(mid=repr(mid), prefix=prefix)
    if not mid[-1].isalpha():
        return translate("Mid", "{mid}: a MID ends with the city's letters").format(mid=repr(mid))
    return None
