"""The labelled evaluation of recipient identity (issue 18): merged and split counts.

Run: python tests/identity/evaluate.py [--before REVISION] [--wrong] [--json]
It measures the desk, and beside it, on the same pairs with the same truth: with --before, the
desk's recipient code at a git revision (domain/recipients.py and usps.py of that commit,
loaded apart: ``Recipient`` and ``relation`` are all it uses); where installed, the other
candidate (usaddress-scourgify's normalised lines compared for equality).

Sets, each pair with its truth (merge or not):
- variants: tests/identity/variants.py, one pair per form issue 18 lists, and pairs that
  must stay apart;
- osm: real US addresses from OpenStreetMap (tests/data/usaddress/osm_data_full_addr.xml.gz):
  each node's one-line "addr:full" against its structured fields (same), and every two nodes
  whose structured fields differ in ZIP5, house number, street or unit (different);
- usaddress: the parser's own labelled corpus (tests/data/usaddress), each address's
  hand-labelled components against the desk's parse of its text (the parser's agreement),
  and every two labelled addresses of different labelled delivery points (different);
- shopify: pairs of one real customer's addresses (same e-mail across orders, or billing and
  shipping of one order; US, the same ZIP5 and house number) from a genuine 4,936-order export
  (tests/data/shopify/us_menswear_2020-2023.csv.gz). Their truth is the customer's: a split
  is reported with its reason.
"""

from __future__ import annotations

import argparse
import csv
import dataclasses
import gzip
import io
import itertools
import json
import re
import sys
import xml.etree.ElementTree as ElementTree
from collections import Counter, defaultdict
from collections.abc import Callable, Iterable
from dataclasses import dataclass, field
from pathlib import Path

ROOT = Path(__file__).resolve().parents[2]
if str(ROOT) not in sys.path:
    sys.path.append(str(ROOT))  # after PYTHONPATH: an older checkout there is measured

from s321_desk.domain.recipients import Recipient, Relation, relation  # noqa: E402
from tests.identity.variants import DIFFERENT, SAME, Who  # noqa: E402

DATA = ROOT / "tests" / "data"
ONE_PERSON = (Relation.SAME_PERSON, Relation.SAME_PERSON_NAME_VARIANT)
Pair = tuple[str, Recipient, Recipient]
Judge = Callable[[Recipient, Recipient], bool]


def desk_merges(a: Recipient, b: Recipient) -> bool:
    """The desk takes them for one person (one delivery point, names matching)."""
    return relation(a, b) in ONE_PERSON


def recipient(who: Who) -> Recipient:
    name, address1, address2, city, state, zip_code = who
    return Recipient(name, address1, address2, city, state, zip_code, "US")


# --- The sets ----------------------------------------------------------------------------------


def variant_pairs() -> tuple[list[Pair], list[Pair]]:
    return (
        [(form, recipient(a), recipient(b)) for form, a, b in SAME],
        [(form, recipient(a), recipient(b)) for form, a, b in DIFFERENT],
    )


@dataclass(frozen=True)
class OsmAddress:
    number: str
    street: str
    unit: str
    city: str
    state: str
    zip5: str
    full: str  # addr:full, the address on one line as mapped, "" if none

    def truth(self) -> tuple[str, str, str, str]:
        """What makes two mapped addresses two delivery points: ZIP5, number, street, unit
        (the street compared as mapped, upper-case, without punctuation)."""
        street = " ".join(re.sub(r"[^\w ]", "", self.street.upper()).split())
        return (self.zip5, self.number.upper().replace(" ", ""), street, self.unit.upper())

    def as_recipient(self, name: str = "Pat Doe") -> Recipient:
        return Recipient(
            name, f"{self.number} {self.street}", self.unit, self.city, self.state, self.zip5, "US"
        )


def osm_addresses() -> list[OsmAddress]:
    with gzip.open(DATA / "usaddress" / "osm_data_full_addr.xml.gz") as stream:
        tree = ElementTree.parse(stream)
    found = []
    for node in tree.getroot().iter("node"):
        tags = {tag.get("k"): tag.get("v") or "" for tag in node.iter("tag")}
        zip5 = tags.get("addr:postcode", "")[:5]
        if not (tags.get("addr:housenumber") and tags.get("addr:street") and zip5.isdigit()):
            continue
        if tags.get("addr:country", "US") not in ("US", "USA"):
            continue
        found.append(
            OsmAddress(
                tags["addr:housenumber"],
                tags["addr:street"],
                tags.get("addr:unit", ""),
                tags.get("addr:city", ""),
                tags.get("addr:state", ""),
                zip5,
                tags.get("addr:full", ""),
            )
        )
    return sorted(set(found), key=lambda a: (a.zip5, a.number, a.street, a.unit, a.full))


# The mapped nodes whose one line and fields were read by hand, and what they are:
# - with no city mapped, the line carries it (no comma): an order form has a city field,
#   given here as the order would give it;
# - the line and the fields name two streets: the pair is two delivery points.
OSM_REVIEWED: dict[str, tuple[str, str]] = {
    "3303 E. Maryland Decatur, IL 62521": ("city", "Decatur"),
    "12916 Bandera RoadHelotes, TX 78023": ("city", "Helotes"),
    "12930 Bandera RoadHelotes, TX 78023": ("city", "Helotes"),
    "7110 McPherson Ave. Laredo, TX 78041": ("two streets", "McPherson Road / McPherson Ave."),
    "17604 North IH 35, Schertz, TX 78154": ("two streets", "Exchange Avenue / North IH 35"),
}


def osm_pairs() -> tuple[list[Pair], list[Pair]]:
    """Each node's one line against its fields (same, but for OSM_REVIEWED's two streets);
    every two nodes of one ZIP5 whose fields differ (different)."""
    addresses = osm_addresses()
    same, two_streets = [], []
    for address in addresses:
        street_part = address.full.split(",")[0].strip()
        if street_part.split()[:1] != [address.number]:  # another number: another place
            continue
        kind, what = OSM_REVIEWED.get(address.full, ("", ""))
        city = what if kind == "city" else address.city
        fields = dataclasses.replace(address, city=city).as_recipient()
        one_line = Recipient("Pat Doe", street_part, "", city, address.state, address.zip5, "US")
        pair = (f"addr:full {address.full}", fields, one_line)
        (two_streets if kind == "two streets" else same).append(pair)
    distinct = {address.truth(): address for address in addresses}.values()
    different = two_streets + [
        (f"{a.truth()} / {b.truth()}", a.as_recipient(), b.as_recipient())
        for a, b in itertools.combinations(distinct, 2)
        if a.zip5 == b.zip5  # another ZIP5 is another point for every version: not counted
    ]
    return same, different


def labelled_addresses() -> list[list[tuple[str, str]]]:
    """usaddress's hand-labelled addresses: each as its (token, label) pairs."""
    texts = [
        gzip.open(DATA / "usaddress" / "training_labeled.xml.gz").read(),
        (DATA / "usaddress" / "test_labeled.xml").read_bytes(),
    ]
    addresses = []
    for text in texts:
        for string in ElementTree.fromstring(text).iter("AddressString"):
            labelled = [(element.text or "", element.tag) for element in string]
            if labelled:
                addresses.append(labelled)
    return addresses


LINE_LABELS = frozenset(
    {
        "AddressNumberPrefix",
        "AddressNumber",
        "AddressNumberSuffix",
        "StreetNamePreModifier",
        "StreetNamePreDirectional",
        "StreetNamePreType",
        "StreetName",
        "StreetNamePostType",
        "StreetNamePostDirectional",
        "SubaddressType",
        "SubaddressIdentifier",
        "OccupancyType",
        "OccupancyIdentifier",
        "USPSBoxType",
        "USPSBoxID",
        "USPSBoxGroupType",
        "USPSBoxGroupID",
    }
)


def as_fields(labelled: list[tuple[str, str]]) -> tuple[str, str, str, str]:
    """A labelled address as an order gives it: street line, city, state, ZIP."""

    def words(*labels: str) -> str:
        return " ".join(t for t, label in labelled if label in labels).strip(" ,")

    return words(*LINE_LABELS), words("PlaceName"), words("StateName"), words("ZipCode")


@dataclass
class Agreement:
    addresses: int = 0
    agreed: int = 0
    disagreements: list[str] = field(default_factory=list)


def usaddress_pairs() -> tuple[Agreement | None, list[Pair], list[Pair]]:
    """The parser against the hand labels; the pairs of labelled addresses that share a ZIP
    (or its absence) and a first word, one delivery point or two by their labels."""
    try:
        from s321_desk.domain.addresses import point_from_labels
        from s321_desk.domain.recipients import point_of
    except ImportError:  # a version without the parser: the truth from the labels as text
        point_from_labels = None
    agreement = Agreement()
    buckets: dict[str, list[tuple[Recipient, object]]] = defaultdict(list)
    seen = set()
    for labelled in labelled_addresses():
        line, city, state, zip_code = as_fields(labelled)
        if not any(label in ("AddressNumber", "USPSBoxID") for _, label in labelled):
            continue  # intersections, landmarks: no delivery point to compare
        if (line, zip_code) in seen:
            continue
        seen.add((line, zip_code))
        who = Recipient("Pat Doe", line, "", city, state, zip_code, "US")
        gold: object = tuple(labelled)
        if point_from_labels is not None:
            gold = point_from_labels(
                [(t, label) for t, label in labelled if label in LINE_LABELS],
                city,
                state,
                zip_code,
            )
            agreement.addresses += 1
            if point_of(who) == gold:
                agreement.agreed += 1
            else:
                agreement.disagreements.append(f"{line!r}: {point_of(who)} / labels {gold}")
        first = line.split()[0] if line else ""
        buckets[f"{zip_code[:5]}|{first}"].append((who, gold))
    same, different = [], []
    for group in buckets.values():
        for (a, gold_a), (b, gold_b) in itertools.combinations(group, 2):
            one = gold_a.same_as(gold_b) if point_from_labels is not None else gold_a == gold_b  # type: ignore[attr-defined]
            (same if one else different).append((f"{a.address1} / {b.address1}", a, b))
    return (agreement if point_from_labels is not None else None), same, different


_HOUSE_NUMBER = re.compile(r"\s*([0-9][0-9-]*[A-Za-z]?)\b")


@dataclass(frozen=True)
class Customer:
    """One address of one customer as a Shopify export gives it."""

    email: str
    who: Recipient
    where: str  # "order #1234 billing"


def shopify_addresses() -> list[Customer]:
    path = DATA / "shopify" / "us_menswear_2020-2023.csv.gz"
    text = gzip.open(path).read().decode("utf-8-sig")
    found = []
    for row in csv.DictReader(io.StringIO(text)):
        if not row.get("Email") or not (
            row.get("Shipping Address1") or row.get("Billing Address1")
        ):
            continue  # only an order's first row carries its addresses
        for side in ("Billing", "Shipping"):
            if row[f"{side} Country"] != "US" or not row[f"{side} Address1"]:
                continue
            who = Recipient(
                row[f"{side} Name"],
                row[f"{side} Address1"],
                row[f"{side} Address2"],
                row[f"{side} City"],
                row[f"{side} Province"],
                row[f"{side} Zip"].lstrip("'"),
                "US",
            )
            found.append(Customer(row["Email"].lower(), who, f"order {row['Name']} {side}"))
    return found


def _number_and_zip(who: Recipient) -> tuple[str, str] | None:
    number = _HOUSE_NUMBER.match(who.address1)
    zip5 = re.sub(r"\D", "", who.postal_code)[:5]
    return (number.group(1).upper(), zip5.zfill(5)) if number and zip5 else None


def shopify_pairs() -> list[Pair]:
    """Two addresses of one customer (one e-mail: an order's billing and shipping, or two
    orders) at the same ZIP5 and house number, written differently (identical ones are left
    out: every version merges them)."""
    by_customer: dict[str, dict[Recipient, str]] = defaultdict(dict)
    for customer in shopify_addresses():
        by_customer[customer.email].setdefault(customer.who, customer.where)
    pairs = []
    for addresses in by_customer.values():
        for (a, where_a), (b, where_b) in itertools.combinations(addresses.items(), 2):
            if _number_and_zip(a) is not None and _number_and_zip(a) == _number_and_zip(b):
                pairs.append((f"{where_a} / {where_b}", a, b))
    return pairs


# --- The figures -------------------------------------------------------------------------------


@dataclass
class Count:
    pairs: int = 0
    merged: int = 0
    examples: list[str] = field(default_factory=list)  # the pairs on the wrong side

    @property
    def split(self) -> int:
        return self.pairs - self.merged


def count(pairs: Iterable[Pair], judge: Judge, *, truth_same: bool) -> Count:
    result = Count()
    for form, a, b in pairs:
        result.pairs += 1
        merged = judge(a, b)
        result.merged += merged
        if merged is not truth_same:
            result.examples.append(f"{form}: {_show(a)} | {_show(b)}")
    return result


def _show(who: Recipient) -> str:
    return " / ".join(
        x for x in (who.name, who.address1, who.address2, who.city, who.postal_code) if x
    )


def split_reasons(pairs: Iterable[Pair]) -> Counter[str]:
    """Why the desk split real same-customer pairs: the address or the names."""
    reasons: Counter[str] = Counter()
    for _, a, b in pairs:
        kind = relation(a, b)
        if kind is Relation.UNRELATED:
            reasons["two delivery points"] += 1
        elif kind is Relation.SAME_ADDRESS_OTHER_PERSON:
            reasons["one delivery point, names that do not match"] += 1
    return reasons


def judge_at(revision: str) -> Judge:
    """The desk's judgement as it was at ``revision`` (before issue 18: a1503bd)."""
    import importlib.util
    import subprocess
    import tempfile
    import types

    folder = Path(tempfile.mkdtemp(prefix="identity-before-"))
    for name in ("usps", "recipients"):
        text = subprocess.run(
            ["git", "-C", str(ROOT), "show", f"{revision}:s321_desk/domain/{name}.py"],
            capture_output=True,
            text=True,
            check=True,
        ).stdout
        (folder / f"{name}.py").write_text(text.replace("s321_desk.domain.usps", "before_usps"))
    modules: dict[str, types.ModuleType] = {}
    for name in ("usps", "recipients"):
        spec = importlib.util.spec_from_file_location(f"before_{name}", folder / f"{name}.py")
        assert spec is not None and spec.loader is not None
        modules[name] = importlib.util.module_from_spec(spec)
        sys.modules[f"before_{name}"] = modules[name]
        spec.loader.exec_module(modules[name])
    old = modules["recipients"]
    one_person = (old.Relation.SAME_PERSON, old.Relation.SAME_PERSON_NAME_VARIANT)

    def judge(a: Recipient, b: Recipient) -> bool:
        def then(who: Recipient) -> object:
            return old.Recipient(
                who.name,
                who.address1,
                who.address2,
                who.city,
                who.state,
                who.postal_code,
                who.country,
            )

        return old.relation(then(a), then(b)) in one_person

    return judge


def scourgify_judge() -> Judge | None:
    """The other candidate: usaddress-scourgify's normalised lines, compared for equality."""
    try:
        from scourgify import normalize_address_record  # type: ignore[import-untyped]
    except ImportError:
        return None

    def lines(who: Recipient) -> tuple[str, ...]:
        try:
            record = normalize_address_record(
                {
                    "address_line_1": who.address1,
                    "address_line_2": who.address2 or None,
                    "city": who.city,
                    "state": who.state or None,
                    "postal_code": who.postal_code,
                }
            )
        except Exception:
            return (who.address1.upper(), who.address2.upper(), who.postal_code[:5])
        return (
            record["address_line_1"],
            record["address_line_2"] or "",
            (record["postal_code"] or "")[:5],
        )

    def judge(a: Recipient, b: Recipient) -> bool:
        (line_a, unit_a, zip_a), (line_b, unit_b, zip_b) = lines(a), lines(b)
        names = relation(
            Recipient(a.name, "1 A St", "", "", "", "00000"),
            Recipient(b.name, "1 A St", "", "", "", "00000"),
        )  # the names as the desk compares them
        return (
            (line_a, zip_a) == (line_b, zip_b)
            and (unit_a == unit_b or not unit_a or not unit_b)
            and names in ONE_PERSON
        )

    return judge


def measure(with_candidates: bool = True, before: str | None = None) -> dict[str, object]:
    variants_same, variants_different = variant_pairs()
    osm_same, osm_different = osm_pairs()
    agreement, labelled_same, labelled_different = usaddress_pairs()
    shopify = shopify_pairs()
    judges: dict[str, Judge] = {"desk": desk_merges}
    if before:
        judges[f"desk at {before}"] = judge_at(before)
    other = scourgify_judge() if with_candidates else None
    if other is not None:
        judges["scourgify"] = other
    figures: dict[str, object] = {}
    for label, judge in judges.items():
        figures[label] = {
            "variants same": count(variants_same, judge, truth_same=True),
            "variants different": count(variants_different, judge, truth_same=False),
            "osm same": count(osm_same, judge, truth_same=True),
            "osm different": count(osm_different, judge, truth_same=False),
            "usaddress same": count(labelled_same, judge, truth_same=True),
            "usaddress different": count(labelled_different, judge, truth_same=False),
            "shopify same customer": count(shopify, judge, truth_same=True),
        }
    figures["shopify split reasons"] = split_reasons(shopify)
    figures["usaddress agreement"] = agreement
    return figures


def show(figures: dict[str, object], as_json: bool = False) -> str:
    lines = []
    for label, sets in figures.items():
        if not isinstance(sets, dict) or not all(isinstance(c, Count) for c in sets.values()):
            continue
        lines.append(f"{label}:")
        for name, c in sets.items():
            lines.append(
                f"  {name:24} {c.pairs:6} pairs  merged {c.merged:6}  split {c.split:6}"
                f"  ({100 * c.merged / max(c.pairs, 1):5.1f}% merged)"
            )
    reasons = figures["shopify split reasons"]
    lines.append(f"shopify splits by the desk, why: {dict(reasons)}")  # type: ignore[call-overload]
    agreement = figures["usaddress agreement"]
    if isinstance(agreement, Agreement):
        lines.append(
            f"usaddress labelled corpus: the desk's parse gives the labelled delivery point for "
            f"{agreement.agreed} of {agreement.addresses} addresses"
        )
    if as_json:
        return json.dumps(
            {
                label: {
                    name: {"pairs": c.pairs, "merged": c.merged, "split": c.split}
                    for name, c in sets.items()
                }
                for label, sets in figures.items()
                if isinstance(sets, dict) and all(isinstance(c, Count) for c in sets.values())
            },
            indent=1,
        )
    return "\n".join(lines)


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--json", action="store_true")
    parser.add_argument("--wrong", action="store_true", help="list the pairs on the wrong side")
    parser.add_argument("--before", metavar="REVISION", help="also the desk at this revision")
    args = parser.parse_args()
    figures = measure(before=args.before)
    print(show(figures, args.json))
    if args.wrong:
        for label, sets in figures.items():
            if isinstance(sets, dict):
                for name, c in sets.items():
                    if isinstance(c, Count):
                        for example in c.examples:
                            print(f"{label} {name}: {example}")
    return 0


if __name__ == "__main__":
    sys.exit(main())
