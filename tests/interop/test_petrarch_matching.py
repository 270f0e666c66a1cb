"""Actor and agent hits, and CAMEO-style code composition."""

from __future__ import annotations

import datetime as dt
from pathlib import Path

from allegiance.interop.petrarch.dictionaries import (
    read_actor_dictionary,
    read_agent_dictionary,
    read_discard_list,
)
from allegiance.interop.petrarch.matching import (
    Part,
    borrow,
    compose,
    find_discard,
    find_hits,
    inherit,
)


def test_part_codes() -> None:
    assert Part("ARN", ("NGO",), ("GOV",)).code() == "NGOARNGOV"
    assert Part(None, (), ("GOV",)).code() == "---GOV"
    assert Part("USAGOV", (), ("GOV",)).code() == "USAGOV"  # not USAGOVGOV
    assert not Part(None).named


def test_borrow_and_inherit() -> None:
    heads = [Part(None, (), ("GOV",))]
    assert [p.code() for p in borrow(heads, [Part("ARN"), Part("GON")])] == [
        "ARNGOV", "GONGOV",
    ]  # fmt: skip
    assert inherit(
        Part("DNK", (), ("MUS", "MED")), Part(None, (), ("GOV",))
    ).code() == ("DNKMUSGOV")


def test_hits_longest_name_first(tmp_path: Path) -> None:
    actors = tmp_path / "a.txt"
    actors.write_text("ZEALAND_ [DNK]\nNEW_ZEALAND_ [NZE]\nOLD_GUARD [XXX <19900101]\n")
    agents = tmp_path / "g.txt"
    agents.write_text("BORDER_POLICE {} [~COP]\nPOLICE {} [~COP]\n")
    words = "NEW ZEALAND BORDER POLICE MET THE OLD GUARD".split()
    hits = find_hits(
        words, read_actor_dictionary(actors), read_agent_dictionary(agents),
        dt.date(2000, 1, 1),
    )  # fmt: skip
    assert [(h.start, h.end, h.codes) for h in hits.actors] == [
        (0, 2, ("NZE",)),
        (6, 8, ()),  # named, but without a code on that date
    ]
    assert [(a.start, a.end, a.code) for a in hits.agents] == [(2, 4, "COP")]
    assert [p.code() for p in compose(hits, 0, 4)] == ["NZECOP"]
    assert compose(hits, 5, 8) == []


def test_discards_match_stems(tmp_path: Path) -> None:
    path = tmp_path / "x.txt"
    path.write_text("BASEBALL\nWORLD_CUP_\n")
    discards = read_discard_list(path)
    assert find_discard("THE BASEBALLS FLEW".split(), discards) is not None
    assert find_discard("THE WORLD CUPS".split(), discards) is None
    assert find_discard("THE WORLD CUP".split(), None) is None
