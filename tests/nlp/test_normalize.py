"""Text normalisation before tokenising (nlp/normalize.py)."""

from __future__ import annotations

import datetime as dt

import pytest

from allegiance.nlp.normalize import Normalizer, Repair
from allegiance.pipeline import Pipeline

NAMES = [
    "Armenia",
    "Azerbaijan",
    "Nagorno-Karabakh",
    "Nagorno-Karabagh",
    "Lukashenko",
    "Latvia",
    "Lithuania",
    "Luxembourg",
    "Pashinyan",
]


@pytest.fixture(scope="module")
def norm() -> Normalizer:
    return Normalizer(NAMES)


@pytest.mark.parametrize(
    ("raw", "clean"),
    [
        # Curly, low and guillemet quotes become straight quotes.
        ("\u201cWe will not leave,\u201d he said.", '"We will not leave," he said.'),
        ("Russia\u2019s \u2018special operation\u2019", "Russia's 'special operation'"),
        ("\u201eNein\u201c", '"Nein"'),
        ("\u00abNon\u00bb, dit-il", '"Non", dit-il'),
        # Every dash and the minus sign become a hyphen.
        (
            "Armenia \u2014 a CSTO member \u2013 objected",
            "Armenia - a CSTO member - objected",
        ),
        ("2020\u20132024", "2020-2024"),
        ("\u22125 degrees", "-5 degrees"),
        ("non\u2011aligned", "non-aligned"),
        # The ellipsis character becomes three periods.
        ("And then\u2026", "And then..."),
    ],
)
def test_quotes_dashes_and_ellipses(norm: Normalizer, raw: str, clean: str) -> None:
    assert norm(raw) == clean


@pytest.mark.parametrize(
    ("raw", "clean"),
    [
        # No-break and thin spaces are spaces; runs of spaces and tabs collapse.
        ("Prime\u00a0Minister\u2009Nikol  Pashinyan", "Prime Minister Nikol Pashinyan"),
        ("Armenia\t\tfroze   ties", "Armenia froze ties"),
        # A lone tab is a space too; a lone space or line break is kept.
        ("Armenia\tfroze ties", "Armenia froze ties"),
        ("Armenia froze ties.\nIt left.", "Armenia froze ties.\nIt left."),
        # Zero-width characters, byte-order marks and soft hyphens vanish.
        ("\ufeffAze\u200brbai\u00adjan", "Azerbaijan"),
        # Windows and old Mac line ends become "\n"; blank lines collapse to one.
        ("One.\r\n\r\n\r\nTwo.\rThree.", "One.\n\nTwo.\nThree."),
        ("One.\n  \n\t\nTwo.", "One.\n\nTwo."),
        # The text is stripped.
        ("   Armenia froze ties.  \n", "Armenia froze ties."),
    ],
)
def test_whitespace(norm: Normalizer, raw: str, clean: str) -> None:
    assert norm(raw) == clean


def test_unicode_is_composed(norm: Normalizer) -> None:
    # "e" + combining acute accent becomes one code point (NFC).
    assert norm("Elyse\u0301e") == "Elys\u00e9e"


def test_masked_name_completed_from_one_known_name(norm: Normalizer) -> None:
    text, repairs = norm.normalise_with_repairs("Arm** froze its participation.")
    assert text == "Armenia froze its participation."
    assert repairs == [Repair("Arm**", "Armenia", "completed from a known name")]


def test_mask_inside_a_word(norm: Normalizer) -> None:
    text, repairs = norm.normalise_with_repairs("Lukash**ko criticised Yerevan.")
    assert text == "Lukashenko criticised Yerevan."
    assert [r.after for r in repairs] == ["Lukashenko"]


def test_ambiguous_mask_keeps_the_visible_part(norm: Normalizer) -> None:
    # Latvia, Lithuania, Luxembourg and Lukashenko all fit "L**".
    text, repairs = norm.normalise_with_repairs("L** objected.")
    assert text == "L objected."
    [repair] = repairs
    assert repair.before == "L**" and repair.after == "L"
    assert "known names fit" in repair.why


def test_spelling_variants_count_as_one_name(norm: Normalizer) -> None:
    # Nagorno-Karabakh and Nagorno-Karabagh are one region: the first listed wins.
    assert norm("Fighting in Nagorno-Kara** resumed.") == (
        "Fighting in Nagorno-Karabakh resumed."
    )


def test_short_mask_hides_only_a_few_letters(norm: Normalizer) -> None:
    # A single "*" may stand for at most four letters: "Az*n" is no Azerbaijan.
    text, repairs = norm.normalise_with_repairs("Az*n said.")
    assert text == "Azn said."
    assert repairs[0].after == "Azn"


def test_mask_matching_is_case_insensitive_and_returns_the_canonical_form(
    norm: Normalizer,
) -> None:
    assert norm("ARM** froze ties.") == "Armenia froze ties."


@pytest.mark.parametrize(
    ("raw", "clean"),
    [
        # A bare asterisk (footnote, bullet) is no mask.
        ("Armenia froze ties *", "Armenia froze ties *"),
        ("* Armenia froze ties", "* Armenia froze ties"),
        # A mask standing alone between words (a censored title) is dropped.
        ("Belarusian ** Lukashenko spoke.", "Belarusian Lukashenko spoke."),
    ],
)
def test_bare_and_lone_asterisks(norm: Normalizer, raw: str, clean: str) -> None:
    assert norm(raw) == clean


def test_text_without_masks_has_no_repairs(norm: Normalizer) -> None:
    assert norm.normalise_with_repairs("Armenia \u2014 again.") == (
        "Armenia - again.",
        [],
    )


def test_first_spelling_given_wins() -> None:
    norm = Normalizer(["Kyiv", "KYIV", "kyiv"])
    assert norm("Ky** was shelled.") == "Kyiv was shelled."


def test_pipeline_codes_typographic_text(pipeline: Pipeline) -> None:
    # A curly apostrophe, em dashes and a no-break space must not hide the event.
    events = pipeline.code_text(
        "Armenia\u2019s freezing of its participation in the CSTO \u2014 announced"
        "\u00a0on Thursday \u2014 angered Moscow.",
        date=dt.date(2024, 2, 23),
    )
    [ev] = [e for e in events if e.alliance_move == "freeze"]
    assert (ev.source, ev.target, ev.cameo, ev.plover) == (
        "ARM",
        "CSTO",
        "161",
        "SANCTION",
    )
    assert ev.evidence.startswith("Armenia's freezing of its participation")
    assert "\u2014" not in ev.evidence and "\u00a0" not in ev.evidence


def test_pipeline_repairs_a_masked_name(pipeline: Pipeline) -> None:
    events = pipeline.code_text(
        "Arme** froze its participation in the CSTO.", date=dt.date(2024, 2, 23)
    )
    assert {(e.source, e.target, e.alliance_move) for e in events} == {
        ("ARM", "CSTO", "freeze")
    }
