"""An entry's excluded "on" is a preposition; "on Friday" opens a time phrase.

`mobilize.missile_test` excludes "on" so that "fired missiles on Kyiv" stays an
attack; the day a test happened must not veto it.
"""

import datetime as dt

import pytest

from allegiance.pipeline import Pipeline

from ..conftest import asserted_triples

DAY = dt.date(2024, 5, 1)


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            "Iran test-launched a new ballistic missile on Friday.",
            ("IRN", None, "MOBILIZE"),
        ),
        (
            "North Korea tested a hypersonic missile on Monday.",
            ("PRK", None, "MOBILIZE"),
        ),
        ("Russia fired missiles on Kyiv on Monday.", ("RUS", "UKR", "ASSAULT")),
    ],
)
def test_weekday_on_is_no_excluded_preposition(
    pipeline: Pipeline, text: str, expected: tuple[str | None, str | None, str]
) -> None:
    assert expected in asserted_triples(pipeline.code_text(text, date=DAY))
