"""Wrapping never drops or shortens text, and every line fits its room."""

from __future__ import annotations

from hypothesis import given
from hypothesis import strategies as st

from s321_desk.documents import fonts
from s321_desk.documents.pages import page_label, wrap

LATIN = st.characters(min_codepoint=0x20, max_codepoint=0x17F, exclude_categories=("Cc",))


@given(st.text(LATIN, max_size=120), st.floats(min_value=20, max_value=300))
def test_wrapped_lines_fit_and_keep_every_character(text: str, width: float) -> None:
    lines = wrap(text, width, 9)
    assert "".join(lines).replace(" ", "") == text.replace(" ", "")
    for line in lines:
        assert len(line) == 1 or fonts.string_width(line, 9) <= width


def test_a_long_name_breaks_after_its_hyphens() -> None:
    lines = wrap("Maximiliane-Josephine Größenwahn-Oberschleißheimer", 100, 9)
    assert lines == ["Maximiliane-", "Josephine", "Größenwahn-", "Oberschleißheimer"]


def test_text_that_fits_is_one_line() -> None:
    assert wrap("A & B <Ltd>", 200, 9) == ["A & B <Ltd>"]
    assert page_label(2, 7) == "Page 2 of 7"
