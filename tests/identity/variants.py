"""Hand-made pairs of recipients, one for each form issue 18 lists, each with its truth.

SAME: one person at one delivery point (RULES.md s5), written two ways; the desk must merge them.
DIFFERENT: two delivery points, or two people; the desk must never merge them.
Each pair: (form, a, b) where a and b are (name, address1, address2, city, state, ZIP).
"""

from __future__ import annotations

Who = tuple[str, str, str, str, str, str]
ZWSP, SHY, WJ, BOM = "\u200b", "\u00ad", "\u2060", "\ufeff"


def at(
    address1: str,
    address2: str = "",
    city: str = "Bellingham",
    state: str = "WA",
    zip_code: str = "98225",
    name: str = "John Smith",
) -> Who:
    return (name, address1, address2, city, state, zip_code)


SAME: list[tuple[str, Who, Who]] = [
    # A unit written bare or with another designator.
    ("unit bare in address 2 / #", at("418 Elm St", "4"), at("418 Elm St", "#4")),
    ("unit bare / Unit", at("418 Elm St", "Unit 15"), at("418 Elm St", "15")),
    ("unit bare / Apt.", at("418 Elm St", "Apt. 5B"), at("418 Elm St", "5B")),
    ("unit Unit / Apt.", at("418 Elm St", "Unit 901"), at("418 Elm St", "Apt. 901")),
    ("unit Ste / Suite", at("418 Elm St Ste 4B"), at("418 Elm St", "Suite 4B")),
    ("unit No. / #", at("418 Elm St", "No. 4B"), at("418 Elm St #4B")),
    ("unit after a comma", at("123 Maple St, 4B"), at("123 Maple St", "Apt 4B")),
    ("unit on one side only", at("123 Maple St", "Apt 4B"), at("123 Maple St")),
    # The city differs for one ZIP.
    (
        "city N Las Vegas",
        at("2505 W Lone Mountain Rd", city="North Las Vegas", state="NV", zip_code="89031"),
        at("2505 W Lone Mountain Rd", city="N Las Vegas", state="NV", zip_code="89031"),
    ),
    (
        "city Pacific Palisades / Los Angeles",
        at("1000 Via De La Paz", city="Pacific Palisades", state="CA", zip_code="90272"),
        at("1000 Via De La Paz", city="Los Angeles", state="CA", zip_code="90272"),
    ),
    (
        "city ELKO NEW MRKT",
        at("418 Elm St", city="Elko New Market", state="MN", zip_code="55020"),
        at("418 Elm St", city="ELKO NEW MRKT", state="MN", zip_code="55020"),
    ),
    (
        "city Elko",
        at("418 Elm St", city="Elko New Market", state="MN", zip_code="55020"),
        at("418 Elm St", city="Elko", state="MN", zip_code="55020"),
    ),
    (
        "city Bridgewater Township",
        at("9 Route 22", city="Bridgewater Township", state="NJ", zip_code="08807"),
        at("9 Route 22", city="Bridgewater", state="NJ", zip_code="08807"),
    ),
    ("city typo", at("123 Maple St", city="Bellingham"), at("123 Maple St", city="Bellingam")),
    ("ZIP+4", at("123 Maple St", zip_code="98225-1234"), at("123 Maple St")),
    # A suffix missing, a directional missing or moved.
    ("suffix missing", at("418 Elm"), at("418 Elm St")),
    ("directional missing", at("31 Beach Avenue North"), at("31 Beach Ave")),
    ("directional moved", at("5120 E 180th St"), at("5120 180th St E")),
    # Where RULES.md is silent (README, "The same person"): toward merging.
    ("street name typo", at("1671 Brandywine Road", "2115"), at("1671 Brandyeine Road", "2115")),
    (
        "street name typo, letter doubled",
        at("6000 Lake Forrest Dr", "Ste 100"),
        at("6000 Lake Forest Drive", "Ste 100"),
    ),
    ("directional glued to the number", at("23801 N85th Street"), at("23801 N 85th St")),
    ("suffix read into the name", at("1531 Almond Brook"), at("1531 Almond Brook Ln")),
    ("house number alone in address 1", at("6629", "Peacock Rd"), at("6629 Peacock Rd")),
    (
        "city typed in the line",
        at("1833 S Country Club Rd Decatur", city="Decatur", state="IL", zip_code="62521"),
        at("1833 South Country Club Road", city="Decatur", state="IL", zip_code="62521"),
    ),
    # Numbers in words, highways, hyphenated and grid numbers, PO boxes.
    ("number in words", at("123 Fifth Avenue"), at("123 5th Ave")),
    ("US Hwy / U.S. Highway", at("1200 US Hwy 50"), at("1200 U.S. Highway 50")),
    ("US Hwy / US Route", at("1200 US Hwy 50"), at("1200 US Route 50")),
    ("State Route / SR", at("12 State Route 9"), at("12 SR 9")),
    ("County Road / CR", at("12 County Road 12"), at("12 CR 12")),
    ("FM / Farm to Market Road", at("2002 FM 544"), at("2002 Farm to Market Road 544")),
    (
        "Queens hyphenated number",
        at("104-40 62nd Ave", city="Forest Hills", state="NY", zip_code="11375"),
        at("10440 62nd Ave", city="Forest Hills", state="NY", zip_code="11375"),
    ),
    (
        "Hawaii hyphenated number",
        at("94-1234 Kamehameha Hwy", city="Waipahu", state="HI", zip_code="96797"),
        at("941234 Kamehameha Hwy", city="Waipahu", state="HI", zip_code="96797"),
    ),
    (
        "grid number",
        at("N165 W2123 Tartan Ct", city="Jackson", state="WI", zip_code="53037"),
        at("N165W2123 Tartan Ct", city="Jackson", state="WI", zip_code="53037"),
    ),
    ("POB", at("POB 123"), at("PO Box 123")),
    ("Box", at("Box 123"), at("PO Box 123")),
    ("P.O.B.", at("P.O.B. 123"), at("PO Box 123")),
    ("Post Office Box", at("Post Office Box 123"), at("P.O. Box 123")),
    ("Box #", at("Box # 123"), at("PO Box 123")),
    # Address autocomplete and filler.
    ("unit repeated", at("55 Main St Apt", "12 12"), at("55 Main St", "Apt 12")),
    ("unit in both lines", at("55 Main St Apt 12", "12"), at("55 Main St", "Apt 12")),
    ("filler None", at("55 Main St", "None"), at("55 Main St")),
    ("filler N/A", at("55 Main St", "N/A"), at("55 Main St")),
    ("filler NA", at("55 Main St", "NA"), at("55 Main St")),
    ("filler United States", at("55 Main St", "United States"), at("55 Main St")),
    # Punctuation inside a token, invisible format characters.
    ("Apt 4-B / Apt 4B", at("123 Maple St", "Apt 4-B"), at("123 Maple St", "Apt 4B")),
    ("Apt 4 B / Apt 4B", at("123 Maple St", "Apt 4 B"), at("123 Maple St", "Apt 4B")),
    ("zero-width space", at(f"123 Ma{ZWSP}ple St"), at("123 Maple St")),
    ("soft hyphen", at(f"123 Map{SHY}le St"), at("123 Maple St")),
    ("word joiner", at(f"123 Maple{WJ} St"), at("123 Maple St")),
    ("byte order mark", at(f"{BOM}123 Maple St", f"Apt{BOM} 4B"), at("123 Maple St", "Apt 4B")),
    (
        "format character in the name",
        at("123 Maple St", name=f"Jo{ZWSP}hn Sm{SHY}ith"),
        at("123 Maple St"),
    ),
    # Names.
    ("Last, First", at("123 Maple St", name="Smith, John"), at("123 Maple St")),
    (
        "nickname Robert / Bob",
        at("123 Maple St", name="Robert Smith"),
        at("123 Maple St", name="Bob Smith"),
    ),
    (
        "nickname William / Bill",
        at("123 Maple St", name="William Smith"),
        at("123 Maple St", name="Bill Smith"),
    ),
    (
        "surname without space",
        at("123 Maple St", name="John Van Daal"),
        at("123 Maple St", name="John Vandaal"),
    ),
    (
        "surname without hyphen",
        at("123 Maple St", name="Mary Smith-Jones"),
        at("123 Maple St", name="Mary Smith Jones"),
    ),
    # Spaces lost between the street line's words (real one-line forms, OpenStreetMap).
    (
        "a full stop for a space",
        at("935 E. Colfax Ave.Denver", city="Denver", state="CO", zip_code="80218"),
        at("935 East Colfax Avenue", city="Denver", state="CO", zip_code="80218"),
    ),
    (
        "the city glued to the suffix",
        at("12916 Bandera RoadHelotes", city="Helotes", state="TX", zip_code="78023"),
        at("12916 Bandera Road", city="Helotes", state="TX", zip_code="78023"),
    ),
    ("St.Marks / St Marks", at("12 St.Marks Pl"), at("12 St Marks Pl")),
    (
        "a suffix and its extension",
        at("386 Flatbush Avenue Extension", city="Brooklyn", state="NY", zip_code="11238"),
        at("386 Flatbush Ave Ext", city="Brooklyn", state="NY", zip_code="11238"),
    ),
    ("first name one letter apart", at("123 Maple St", name="Jon Smith"), at("123 Maple St")),
    ("surname one letter apart", at("123 Maple St", name="John Smyth"), at("123 Maple St")),
]

DIFFERENT: list[tuple[str, Who, Who]] = [
    ("house number", at("418 Elm St"), at("420 Elm St")),
    ("two given units", at("418 Elm St", "Apt 4"), at("418 Elm St", "Apt 5")),
    ("two given units, bare", at("418 Elm St", "4B"), at("418 Elm St", "#4C")),
    ("two given units, designators", at("418 Elm St", "Unit 15"), at("418 Elm St", "Ste 16")),
    ("ZIP5", at("123 Maple St"), at("123 Maple St", zip_code="98226")),
    ("boxes", at("PO Box 123"), at("PO Box 124")),
    ("box and street", at("PO Box 123"), at("123 Main St")),
    ("directionals", at("1200 N Main St"), at("1200 S Main St")),
    (
        "grid streets",
        at("1234 S 500 E", city="Provo", state="UT", zip_code="84606"),
        at("1234 S 500 W", city="Provo", state="UT", zip_code="84606"),
    ),
    ("suffixes", at("123 Maple St"), at("123 Maple Ave")),
    ("street names", at("123 Maple St"), at("123 Mable St")),
    ("numbered streets", at("123 Fifth Ave"), at("123 Sixth Ave")),
    ("numbered street and highway", at("50 5th Ave"), at("50 Route 5")),
    ("highway kinds", at("1200 US Hwy 50"), at("1200 State Route 50")),
    (
        "Queens numbers",
        at("104-40 62nd Ave", city="Forest Hills", state="NY", zip_code="11375"),
        at("104-41 62nd Ave", city="Forest Hills", state="NY", zip_code="11375"),
    ),
    ("a hyphen outside Queens and Hawaii", at("5-123 Main St"), at("5123 Main St")),
    (
        "grid numbers",
        at("N165 W2123 Tartan Ct", city="Jackson", state="WI", zip_code="53037"),
        at("N165 W2125 Tartan Ct", city="Jackson", state="WI", zip_code="53037"),
    ),
    ("half numbers", at("123 1/2 Main St"), at("123 Main St")),
    (
        "another person at the address",
        at("123 Maple St", name="Maria Garcia"),
        at("123 Maple St", name="Daniel Garcia"),
    ),
    (
        "two names, nicknames of neither",
        at("123 Maple St", name="Robert Smith"),
        at("123 Maple St", name="William Smith"),
    ),
    ("the same name elsewhere", at("123 Maple St"), at("125 Maple St")),
    ("a street named as a suffix then a city", at("12 Park Roadhouse Ln"), at("12 Park Rd")),
    ("initials are not a space", at("1 U.S. Hwy 50"), at("1 U S Hwy 51")),
]
