""" "its territory" is a state's ground: an organisation named before it has none."""

import datetime as dt

from allegiance.pipeline import Pipeline

from ..conftest import asserted_triples


def test_its_territory_skips_the_organisation(pipeline: Pipeline) -> None:
    text = (
        "Pashinyan said the CSTO had not helped Armenia when Azerbaijani troops "
        "advanced into its territory."
    )
    coded = asserted_triples(pipeline.code_text(text, date=dt.date(2024, 5, 1)))
    assert ("AZE", "ARM", "COERCE") in coded
    assert ("AZE", "CSTO", "COERCE") not in coded
