"""UN votes tables cleaned into the store's rows: codes mapped, bad rows rejected."""

from __future__ import annotations

import numpy as np
import pandas as pd
import pyarrow as pa

from .codes import StateCodes
from .report import Rejections

__all__ = [
    "IDEAL_COLUMNS",
    "SCHEMAS",
    "VOTES",
    "clean_ideal_points",
    "clean_issues",
    "clean_roll_calls",
    "clean_votes",
]

VOTES: tuple[str, ...] = ("yes", "abstain", "no")
# Voeten's column names -> ours (his file spells the 0% quantile with a letter O).
IDEAL_COLUMNS = {
    "ccode": "cow_code",
    "session": "session",
    "NVotesAll": "n_votes",
    "IdealPointAll": "ideal_point",
    "QO%All": "q00",
    "Q0%All": "q00",
    "Q5%All": "q05",
    "Q10%All": "q10",
    "Q50%All": "q50",
    "Q90%All": "q90",
    "Q95%All": "q95",
    "Q100%All": "q100",
    "iso3c": "iso3",
    "Countryname": "country",
    "USAgree": "agree_usa",
    "RUSSAgree": "agree_rus",
    "BrazilAgree": "agree_bra",
    "ChinaAgree": "agree_chn",
    "IndiaAgree": "agree_ind",
    "IsraelAgree": "agree_isr",
}

SCHEMAS: dict[str, pa.Schema] = {
    "un_roll_calls": pa.schema(
        [("rcid", pa.int32()), ("session", pa.int32()), ("date", pa.date32())]
        + [("important", pa.bool_()), ("unres", pa.string())]
        + [("amend", pa.bool_()), ("para", pa.bool_())]
        + [("short", pa.string()), ("descr", pa.string())]
    ),
    "un_roll_call_issues": pa.schema(
        [("rcid", pa.int32()), ("short_name", pa.string()), ("issue", pa.string())]
    ),
    "un_votes": pa.schema(
        [("rcid", pa.int32()), ("state", pa.string()), ("vote", pa.string())]
        + [("country", pa.string()), ("country_code", pa.string())]
    ),
    "un_ideal_points": pa.schema(
        [("cow_code", pa.int32()), ("session", pa.int32()), ("state", pa.string())]
        + [("iso3", pa.string()), ("country", pa.string()), ("n_votes", pa.int32())]
        + [
            (c, pa.float64())
            for c in dict.fromkeys(IDEAL_COLUMNS.values())
            if c.startswith(("ideal", "q", "agree"))
        ]
    ),
}


def _integers(series: pd.Series) -> pd.Series:
    numbers = pd.to_numeric(series, errors="coerce")
    return numbers.where(numbers % 1 == 0).astype("Int64")


def _text(frame: pd.DataFrame, column: str) -> pd.Series:
    if column not in frame:
        return pd.Series(pd.NA, index=frame.index, dtype="string")
    return frame[column].astype("string").str.strip().replace("", pd.NA)


def _dates(series: pd.Series) -> pd.Series:
    if pd.api.types.is_numeric_dtype(series):  # R's Date: days since 1970-01-01
        return pd.to_datetime(series, unit="D", errors="coerce")
    return pd.to_datetime(series, errors="coerce")


def _flag(frame: pd.DataFrame, column: str) -> pd.Series:
    if column not in frame:
        return pd.Series(pd.NA, index=frame.index, dtype="boolean")
    return (
        (pd.to_numeric(frame[column], errors="coerce") > 0)
        .astype("boolean")
        .where(frame[column].notna())
    )


def clean_roll_calls(frame: pd.DataFrame, rej: Rejections) -> pd.DataFrame:
    """The roll calls of `un_roll_calls` as rows of the `un_roll_calls` table.

    Args:
        frame: The file's table (rcid, session, date, importantvote, unres, ...).
        rej: Collects rows without an id or session, and repeated roll calls.

    Returns:
        One row per roll call, in the table's columns.
    """
    df = pd.DataFrame(
        {
            "rcid": _integers(frame["rcid"]),
            "session": _integers(frame["session"]),
            "date": _dates(frame["date"]) if "date" in frame else None,
            "important": _flag(frame, "importantvote"),
            "unres": _text(frame, "unres"),
            "amend": _flag(frame, "amend"),
            "para": _flag(frame, "para"),
            "short": _text(frame, "short"),
            "descr": _text(frame, "descr"),
        }
    )
    df = rej.drop(
        df, df.rcid.isna(), "no roll-call id (rcid)", lambda r: "rcid missing"
    )
    df = rej.drop(
        df, df.session.isna(), "no session number", lambda r: f"rcid {r.rcid}"
    )
    return rej.drop(
        df,
        df.duplicated("rcid"),
        "a second row for the same roll call",
        lambda r: f"rcid {r.rcid}",
    )


def clean_issues(frame: pd.DataFrame, rej: Rejections) -> pd.DataFrame:
    """The issue codes of `un_roll_call_issues` as rows of its table.

    Args:
        frame: The file's table (rcid, short_name, issue).
        rej: Collects incomplete and repeated rows.

    Returns:
        One row per roll call and issue.
    """
    df = pd.DataFrame(
        {
            "rcid": _integers(frame["rcid"]),
            "short_name": _text(frame, "short_name"),
            "issue": _text(frame, "issue"),
        }
    )
    df = rej.drop(
        df,
        df.rcid.isna() | df.issue.isna() | df.short_name.isna(),
        "no roll-call id, issue or issue code",
        lambda r: f"rcid {r.rcid}, issue {r.issue!r}",
    )
    return rej.drop(
        df,
        df.duplicated(["rcid", "short_name"]),
        "the same issue twice for one roll call",
        lambda r: f"rcid {r.rcid}, {r.short_name}",
    )


def clean_votes(
    frame: pd.DataFrame, codes: StateCodes, rej: Rejections
) -> pd.DataFrame:
    """The votes of `un_votes` with our state codes.

    Args:
        frame: The file's table (rcid, country, country_code, vote).
        codes: Maps ISO alpha-2 codes, or names where the code is missing.
        rej: Collects rows without a roll call, with another vote than yes,
            abstain or no, of an unknown country, or repeating a state's vote.

    Returns:
        One row per roll call and state.
    """
    country_code = _text(frame, "country_code")
    country = _text(frame, "country")
    # Mapped per distinct value: 870k rows hold only ~200 countries.
    state = country_code.astype("category").map(codes.by_iso2).astype(object)
    by_name = country.astype("category").map(codes.by_un_name).astype(object)
    df = pd.DataFrame(
        {
            "rcid": _integers(frame["rcid"]),
            "state": state.where(state.notna(), by_name),
            "vote": frame["vote"].astype("string").str.strip().str.lower(),
            "country": country,
            "country_code": country_code,
        }
    )
    df = rej.drop(df, df.rcid.isna(), "no roll-call id (rcid)", lambda r: r.country)
    df = rej.drop(
        df,
        ~df.vote.isin(VOTES).fillna(False),
        "the vote is not yes, abstain or no",
        lambda r: f"{r.country}, rcid {r.rcid}: {r.vote!r}",
    )
    df = rej.drop(
        df,
        df.state.isna(),
        "the country is not in the knowledge base (nor in data/interop/un_states.csv)",
        lambda r: f"{r.country} ({r.country_code})",
    )
    return rej.drop(
        df,
        df.duplicated(["rcid", "state"]),
        "a second vote of the same state in one roll call",
        lambda r: f"{r.state}, rcid {r.rcid}",
    )


def clean_ideal_points(
    frame: pd.DataFrame, codes: StateCodes, rej: Rejections
) -> pd.DataFrame:
    """Voeten's ideal points and agreement columns with our state codes.

    Args:
        frame: The CSV's table (ccode, session, IdealPointAll, USAgree, ...).
        codes: Maps COW numbers.
        rej: Collects rows without a COW number or session, of an unknown COW
            number, or repeating a state-session.

    Returns:
        One row per COW state and session.
    """
    df = frame.rename(columns=IDEAL_COLUMNS)
    out = pd.DataFrame(
        {
            "cow_code": _integers(df["cow_code"]),
            "session": _integers(df["session"]),
            "iso3": _text(df, "iso3"),
            "country": _text(df, "country"),
            "n_votes": _integers(df["n_votes"]) if "n_votes" in df else pd.NA,
        }
    )
    for column in SCHEMAS["un_ideal_points"].names[6:]:
        out[column] = (
            pd.to_numeric(df[column], errors="coerce") if column in df else np.nan
        )
    out["state"] = out.cow_code.map(codes.by_cow)
    out = rej.drop(
        out,
        out.cow_code.isna() | out.session.isna(),
        "no COW code (ccode) or session",
        lambda r: f"{r.country}",
    )
    out = rej.drop(
        out,
        out.state.isna(),
        "the COW code is not in the knowledge base (nor in data/interop/un_states.csv)",
        lambda r: f"{r.country} (COW {r.cow_code})",
    )
    return rej.drop(
        out,
        out.duplicated(["cow_code", "session"]),
        "a second row for the same state and session",
        lambda r: f"COW {r.cow_code}, session {r.session}",
    )
