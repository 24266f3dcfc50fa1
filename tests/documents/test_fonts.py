"""Our measure of text is ReportLab's, to the last bit: what fits is what gets drawn."""

from __future__ import annotations

from hypothesis import given
from hypothesis import strategies as st
from reportlab.pdfbase import pdfmetrics

from s321_desk.documents import fonts

# Latin-1 and Latin Extended-A; a no-break space, a dash, the euro, a tab, one the font lacks.
TEXT = st.text(
    st.characters(min_codepoint=0x20, max_codepoint=0x17F)
    | st.sampled_from("\u00a0\u2014\u20ac\U0001f600\t"),
    max_size=80,
)


@given(TEXT, st.floats(min_value=1, max_value=72), st.booleans())
def test_string_width_is_reportlabs(text: str, size: float, bold: bool) -> None:
    fonts.register()
    expected = pdfmetrics.stringWidth(text, fonts.BOLD if bold else fonts.REGULAR, size)
    assert fonts.string_width(text, size, bold=bold) == expected
