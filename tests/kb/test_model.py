"""The half-open spell rule and diacritic folding shared by the KB and the matcher."""

from __future__ import annotations

import datetime as dt

from allegiance.kb.model import Problem, covers, fold, overlaps

D = dt.date.fromisoformat


def test_covers_is_half_open() -> None:
    assert covers(D("2018-05-08"), D("2021-08-02"), D("2018-05-08"))
    assert not covers(D("2018-05-08"), D("2021-08-02"), D("2021-08-02"))
    assert covers(None, None, D("1900-01-01")) and covers(D("2000-01-01"), None, None)


def test_spells_that_touch_do_not_overlap() -> None:
    first = (D("2018-05-08"), D("2021-08-02"))
    assert not overlaps(first, (D("2021-08-02"), None))
    assert overlaps(first, (D("2021-08-01"), None))
    assert overlaps((None, None), first) and overlaps(first, (None, D("2018-05-09")))
    assert not overlaps(first, (None, D("2018-05-08")))


def test_fold_drops_diacritics_and_keeps_case() -> None:
    assert fold("ÉLYSÉE") == "ELYSEE" and fold("Erdoğan") == "Erdogan"
    assert fold("Türkiye") == "Turkiye" and fold("plain") == "plain"


def test_problem_prints_as_file_line_severity() -> None:
    problem = Problem("warning", "leaders", "east.csv:3", "look at this")
    assert str(problem) == "east.csv:3: warning [leaders] look at this"
