"""Texts written in English by the services and the engine, shown in the desk's language."""

from __future__ import annotations

from collections.abc import Iterator

import pytest

from s321_desk.domain.texts import Text, english, translate, use_translator

FRENCH = {
    ("Packing", "parcel {parcel}: already {status}"): "colis {parcel} : déjà {status}",
    ("Words", "held"): "retenu",
    ("Packing", "lost {parcel}"): "perdu {colis}",
}


@pytest.fixture
def french() -> Iterator[None]:
    use_translator(lambda context, source: FRENCH.get((context, source), source))
    yield
    use_translator(None)


def test_a_text_is_shown_in_the_desks_language_and_kept_in_english(french: None) -> None:
    text = translate("Packing", "parcel {parcel}: already {status}").format(
        parcel="P1", status=Text("Words", "held")
    )
    assert str(text) == "colis P1 : déjà retenu"
    assert text.english == english(text) == "parcel P1: already held"


def test_without_a_translator_a_text_is_english() -> None:
    text = translate("Packing", "parcel {parcel}: already {status}").format(
        parcel="P1", status=Text("Words", "held")
    )
    assert str(text) == "parcel P1: already held"


def test_a_plain_text_is_shown_as_it_is_braces_and_all(french: None) -> None:
    assert str(Text.plain("held {x}")) == Text.plain("held {x}").english == "held {x}"
    assert str(translate("Words", "held")) == "retenu"


def test_a_translation_that_lost_a_placeholder_shows_the_english(french: None) -> None:
    assert str(translate("Packing", "lost {parcel}").format(parcel="P1")) == "lost P1"


def test_a_stored_text_is_read_back_whole(french: None) -> None:
    text = translate("Packing", "parcel {parcel}: already {status}").format(
        parcel=7, status=Text("Words", "held")
    )
    again = Text.from_json(text.to_json())
    assert again == translate("Packing", "parcel {parcel}: already {status}").format(
        parcel="7", status=Text("Words", "held")
    )
    assert str(again) == "colis 7 : déjà retenu"
