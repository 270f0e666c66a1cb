"""Rejected rows are counted by reason, with row numbers for the user."""

from __future__ import annotations

import pandas as pd

from allegiance.interop.report import FileReport, Rejections


def test_drop_counts_reasons_and_keeps_the_rest() -> None:
    frame = pd.DataFrame({"code": ["AM", None, "ZZ", "RU"]})
    rej = Rejections()
    kept = rej.drop(frame, frame.code.isna(), "no code", lambda r: "empty")
    kept = rej.drop(kept, kept.code == "ZZ", "unknown", lambda r: r.code)
    kept = rej.drop(kept, kept.code == "XX", "never", lambda r: r.code)
    assert kept.code.tolist() == ["AM", "RU"]
    assert [(r.reason, r.count, r.examples) for r in rej.found] == [
        ("no code", 1, ("row 2: empty",)),
        ("unknown", 1, ("row 3: ZZ",)),
    ]
    report = FileReport("f.csv", "votes", 4, 2, 0, rej.found)
    assert report.n_rejected == 2
