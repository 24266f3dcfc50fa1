"""Customer text reaches paper literally: markup characters escaped, ZPL control characters hexed."""

from __future__ import annotations

import re

from reportlab.lib.styles import ParagraphStyle
from reportlab.platypus import Paragraph

from s321_desk.documents import fonts
from s321_desk.documents.escaping import markup, one_line, zpl_field

AWKWARD = ["Zoë O'Brien-Müller", "A & B <Ltd>", '=HYPERLINK("http://x","y")', "Łódź Ćwierć ŒŸ"]


def test_a_paragraph_shows_the_text_as_written() -> None:
    fonts.register()
    style = ParagraphStyle("plain", fontName=fonts.REGULAR)
    for text in AWKWARD:
        paragraph = Paragraph(markup(text), style)
        assert "".join(paragraph.frags[i].text for i in range(len(paragraph.frags))) == text


def test_markup_escapes_markup_characters_only() -> None:
    assert markup("A & B <Ltd>") == "A &amp; B &lt;Ltd&gt;"
    assert markup('"x"') == "&quot;x&quot;"
    assert markup("Zoë") == "Zoë"


def test_control_characters_become_spaces() -> None:
    assert one_line("Zoë\tO'Brien\r\nMüller") == "Zoë O'Brien  Müller"


def test_zpl_field_has_no_raw_control_characters() -> None:
    escaped = zpl_field("a^b~c_d")
    assert escaped == "a_5Eb_7Ec_5Fd"
    assert not re.search(r"[\^~]", escaped)
    # Decoding the hex escapes gives the text back.
    assert re.sub(r"_([0-9A-F]{2})", lambda m: chr(int(m.group(1), 16)), escaped) == "a^b~c_d"


def test_a_backslash_goes_as_its_hex_escape() -> None:
    """A field block (^FB) reads ``\\&`` as a line break: a name holding it printed over
    itself. With ^FH, the backslash is ``_5C``."""
    escaped = zpl_field("Ann \\& Bob \\\\ Co")
    assert "\\" not in escaped and escaped == "Ann _5C& Bob _5C_5C Co"
    assert re.sub(r"_([0-9A-F]{2})", lambda m: chr(int(m.group(1), 16)), escaped) == (
        "Ann \\& Bob \\\\ Co"
    )
