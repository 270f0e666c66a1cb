"""Dataset country codes mapped to ours, historical states included."""

from __future__ import annotations

import pytest

from allegiance.errors import KnowledgeBaseError
from allegiance.interop.codes import make_state_codes


def test_codes_map_through_the_knowledge_base_and_the_historical_table() -> None:
    codes = make_state_codes()
    assert codes.by_iso2["AM"] == "ARM"
    assert codes.by_cow[365] == "RUS"
    assert codes.by_gw[260] == "DEU"
    # West Germany continues as Germany; the KB's own COW number comes first.
    assert codes.by_cow[260] == "DEU" and codes.cow_of("DEU") == 255
    assert codes.by_iso2["YU"] == "SRB" and codes.by_cow[345] == "SRB"
    assert codes.by_un_name["German Democratic Republic"] == "DDR"
    assert codes.by_cow[511] == "ZAN"
    assert codes.cow_of("PSE") is None


def test_check_normalises_and_rejects_unknown_codes() -> None:
    codes = make_state_codes()
    assert codes.check(" arm ") == "ARM"
    assert codes.check("CSK") == "CSK"
    with pytest.raises(KnowledgeBaseError, match="ISO 3166 alpha-3"):
        codes.check("ARMENIA")
