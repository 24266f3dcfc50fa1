"""What a scan is, for any text at all: a command only by its ASCII word, else a code of at most
64 characters with no control character, else refused with the reason on one line."""

from __future__ import annotations

import re
import unicodedata

import pytest
from hypothesis import example, given, settings
from hypothesis import strategies as st

from s321_desk.domain.scanning import (
    COMMANDS,
    MAX_CODE,
    NotACode,
    Scan,
    parse_sku,
    quoted,
    read_scan,
)

EXAMPLES = {"scans": 0}
LONG_S = "cmd-clo\u017fe"  # a long s: Python upper-cases it to S, "CMD-CLOSE", yet no command

# Any text, lone surrogates included; the station's words in any case and padding; near misses.
scans = (
    st.text(max_size=80)
    | st.sampled_from(sorted(COMMANDS)).flatmap(
        lambda word: st.tuples(
            st.sampled_from(["", " ", "\t", "\r\n"]),
            st.sampled_from([word, word.lower(), word.title()]),
            st.sampled_from(["", " ", "\r", "\n"]),
        ).map("".join)
    )
    | st.sampled_from(
        [
            "#1001",
            "012345678905",
            "TS-M",
            "x" * 65,
            "x" * 100_000,
            "\x00",
            "CMD-CLOSE\x00",
            LONG_S,
            "\u1d04md-close",
            "#10\u202801",
            "\ud800",
        ]
    )
)


@settings(max_examples=300)
@given(scans)
@example(LONG_S)
@example("\ufeffCMD-CLOSE")
@example(" \u2029 ")
def test_any_text_is_a_command_a_code_nothing_or_refused(raw: str) -> None:
    EXAMPLES["scans"] += 1
    try:
        scan = read_scan(raw)
    except NotACode as refusal:
        reason = str(refusal)
        assert reason and reason.isprintable() and len(reason) < 100
        return
    text = raw.strip()
    if scan is None:
        assert text == ""
    elif scan.command is not None:
        assert text.isascii() and text.upper() == scan.text and COMMANDS[scan.text] == scan.command
    else:
        # Unicode's composed form: an accent typed as its own mark is the same code.
        assert scan.text == unicodedata.normalize("NFC", text) and 0 < len(scan.text) <= MAX_CODE
        assert not (text.isascii() and text.upper() in COMMANDS)
        assert all(unicodedata.category(c) not in ("Cc", "Cs", "Zl", "Zp") for c in scan.text)


@pytest.mark.parametrize(
    ("raw", "scan"),
    [
        ("CMD-CLOSE", Scan("CMD-CLOSE", "close")),
        (" cmd-undo\r\n", Scan("CMD-UNDO", "undo")),
        ("Cmd-Void", Scan("CMD-VOID", "void")),
        (LONG_S, Scan(LONG_S)),
        ("  #1001 ", Scan("#1001")),
        ("x" * MAX_CODE, Scan("x" * MAX_CODE)),
        ("\t\r\n ", None),
    ],
)
def test_the_words_and_the_codes(raw: str, scan: Scan | None) -> None:
    assert read_scan(raw) == scan


@pytest.mark.parametrize(
    ("raw", "reason"),
    [
        ("x" * 100_000, "too long to be a code (100,000 characters, at most 255)"),
        ("#10\x0001", "not a code (character U+0000 at position 4)"),
        ("TS\u2028M", "not a code (character U+2028 at position 3)"),
        ("\ud800", "not a code (character U+D800 at position 1)"),
    ],
)
def test_what_cannot_be_a_code_is_refused_with_the_reason(raw: str, reason: str) -> None:
    with pytest.raises(NotACode) as refused:
        read_scan(raw)
    assert str(refused.value) == reason


def test_a_refusal_quotes_a_scan_escaped_and_short() -> None:
    assert quoted("#10\x0001") == "'#10\\x0001'"
    assert quoted("x" * 100_000) == "'" + "x" * 40 + "'..."


def test_fuzzed_examples_were_run() -> None:
    """The figure for the record."""
    print(f"scans read: {EXAMPLES['scans']}")


@pytest.mark.parametrize(
    ("raw", "sku"),
    [
        ("1026V72429_VELVET NIGHT_38", "1026V72429_VELVET NIGHT_38"),
        ("  TS-M \r\n", "TS-M"),
        ("1008V72205_VELVET CAF\u0045\u0301_36", "1008V72205_VELVET CAF\u00c9_36"),  # composed
        ("Écharpe laine / Bleu", "Écharpe laine / Bleu"),
        ("x" * 255, "x" * 255),
    ],
)
def test_a_sku_is_printable_text_as_the_store_wrote_it(raw: str, sku: str) -> None:
    assert parse_sku(raw) == sku


@pytest.mark.parametrize(
    ("raw", "reason"),
    [
        ("X\t1", "'X\\t1' is not printable text (character U+0009 at position 2)"),
        ("VEL\u00a0VET", "(character U+00A0 at position 4)"),  # a no-break space, not a scan's
        ("VEL\u200bVET", "(character U+200B at position 4)"),
        ("x" * 256, "too long for a SKU (256 characters, at most 255)"),
    ],
)
def test_what_is_no_sku_is_refused_with_the_reason(raw: str, reason: str) -> None:
    with pytest.raises(ValueError, match=re.escape(reason)):
        parse_sku(raw)
