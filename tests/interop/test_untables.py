"""Cleaning UN votes tables: dates, flags, ideal-point columns and rejections."""

from __future__ import annotations

import datetime as dt

import pandas as pd

from allegiance.interop.codes import make_state_codes
from allegiance.interop.report import Rejections
from allegiance.interop.untables import SCHEMAS, clean_ideal_points, clean_roll_calls


def test_roll_call_dates_read_from_r_days_or_iso_text() -> None:
    from_r = pd.DataFrame(
        {"rcid": [3.0, 4.0], "session": [1.0, 1.0], "date": [-8766.0, None]}
        | {"importantvote": [0, 1]}
    )
    rows = clean_roll_calls(from_r, Rejections())
    assert rows.date.iloc[0].date() == dt.date(1946, 1, 1)
    assert pd.isna(rows.date.iloc[1])
    assert rows.important.tolist() == [False, True]
    assert pd.isna(rows.amend.iloc[0])  # a column the file lacks stays unknown
    text = pd.DataFrame({"rcid": [1], "session": [74], "date": ["2019-12-18"]})
    assert clean_roll_calls(text, Rejections()).date.iloc[0].date() == dt.date(
        2019, 12, 18
    )


def test_ideal_points_map_cow_numbers_and_reject_the_unknown() -> None:
    frame = pd.DataFrame(
        {
            "ccode": [371, 260, 999, 371],
            "session": [74, 40, 74, 74],
            "IdealPointAll": [-0.5, 1.2, 0.0, 0.1],
            "QO%All": [-1.0, 0.5, 0.0, 0.0],
            "RUSSAgree": [0.72, None, 0.1, 0.2],
            "Countryname": ["Armenia", "German Federal Republic", "Nowhere", "Armenia"],
        }
    )
    rej = Rejections()
    rows = clean_ideal_points(frame, make_state_codes(), rej)
    assert rows.state.tolist() == ["ARM", "DEU"]
    assert rows.q00.tolist() == [-1.0, 0.5]
    assert rows.agree_usa.isna().all()  # a partner the file lacks
    assert [r.count for r in rej.found] == [1, 1]
    assert set(SCHEMAS["un_ideal_points"].names) <= set(rows.columns)
