"""Where a parcel may go from this desk: the US customs territory, and nowhere else.

The customs territory of the United States is the states, the District of Columbia and Puerto
Rico (19 CFR 101.1). The desk files US entries for goods entering it; a parcel for Canada,
Japan, or a US place outside it (the US Virgin Islands, Guam, American Samoa, the Northern
Mariana Islands, the minor outlying islands, the freely associated states, and the armed
forces' post offices abroad: APO/FPO/DPO) is not for the desk.
"""

from __future__ import annotations

import unicodedata
from functools import lru_cache

from s321_desk.domain.addresses import country_key
from s321_desk.domain.usps import STATE_CODES

# The USPS codes of the 50 states, DC and Puerto Rico.
CUSTOMS_TERRITORY = frozenset(
    """
    AL AK AZ AR CA CO CT DE FL GA HI ID IL IN IA KS KY LA ME MD MA MI MN MS MO MT NE NV NH NJ NM
    NY NC ND OH OK OR PA RI SC SD TN TX UT VT VA WA WV WI WY DC PR
    """.split()
)
# USPS codes of US places outside it, each as the desk names it where it counts them: its
# ISO 3166 code (a store may write Guam as the country GU, or as the US with state GU), and
# the armed forces' "states" (APO/FPO/DPO, Americas/Europe/Pacific) as ISO 3166-2 does, so
# that the Europe one (AE) is never read as the United Arab Emirates.
OUTSIDE_BY_STATE = {
    "AS": "AS", "GU": "GU", "MP": "MP", "VI": "VI", "UM": "UM", "FM": "FM", "MH": "MH",
    "PW": "PW", "AA": "US-AA", "AE": "US-AE", "AP": "US-AP",
}  # fmt: skip


@lru_cache(maxsize=1024)  # a pure function of few values, asked at every judgement
def destination(country: str, state: str = "") -> str | None:
    """None when a recipient in ``country`` (and ``state``, for the US) is inside the US
    customs territory; else the place as the desk names it: ``CA``, ``JP``, ``GU``, ``US-AE``.

    The country is an ISO 3166 code or a name of the US (``USA``, ``United States``); empty
    is the US. Puerto Rico is inside whether written as the country ``PR`` (as Shopify does) or
    as the US with the state ``PR``; a US recipient whose state is empty or unknown is taken
    as inside (the imports refuse such an address before it is stored).
    """
    code = country_key(country)
    if code in ("PR", "PUERTORICO"):
        return None
    if code != "US":
        return code
    return OUTSIDE_BY_STATE.get(_state_code(state))


def in_customs_territory(country: str, state: str = "") -> bool:
    return destination(country, state) is None


def _state_code(state: str) -> str:
    """A state as its USPS code: ``gu``, ``Guam``, ``G.U.`` -> ``GU``; else its letters."""
    letters = unicodedata.normalize("NFKD", state).encode("ascii", "ignore").decode().upper()
    compact = "".join(ch for ch in letters if ch.isalnum())
    return STATE_CODES.get(compact, compact)
