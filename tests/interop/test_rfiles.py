"""The fast R data-file reader against the rdata package, and its errors."""

from __future__ import annotations

import bz2
from pathlib import Path

import pandas as pd
import pytest

from allegiance.errors import DataFileError
from allegiance.interop import rfiles
from allegiance.interop.rfiles import read_r_frames

from ..conftest import SHARED_DATA, needs_shared

SMALL = [
    "un/un_roll_calls.rda",  # strings, integers, doubles, dates (RDX2)
    "un/un_roll_call_issues.rda",  # a factor
    "alliances/cow_states.rda",  # RDX3
    "alliances/gw_states.rda",  # gzip, with a data.table external pointer
]


def _plain(frame: pd.DataFrame) -> pd.DataFrame:
    return frame.astype(object).where(frame.notna(), None)


@pytest.mark.parametrize("relative", SMALL)
def test_fast_reader_equals_rdata(relative: str) -> None:
    path = SHARED_DATA / relative
    if not path.exists():
        pytest.skip(f"{path} is absent (../shared not beside the project)")
    pytest.importorskip("rdata", reason="rdata is the reference reader")
    fast = rfiles._fast_frames(rfiles._decompress(path.read_bytes()))
    slow = rfiles._rdata_frames(path)
    assert fast.keys() == slow.keys()
    for name, frame in fast.items():
        pd.testing.assert_frame_equal(
            _plain(frame), _plain(slow[name]), check_dtype=False
        )


@pytest.mark.slow
@needs_shared(SHARED_DATA / "un" / "un_votes.rda")
def test_un_votes_equal_rdata() -> None:  # rdata takes ~40 s on this file
    path = SHARED_DATA / "un" / "un_votes.rda"
    fast = read_r_frames(path)["un_votes"]
    assert fast.shape == (870109, 4)
    slow = rfiles._rdata_frames(path)["un_votes"]
    pd.testing.assert_frame_equal(_plain(fast), _plain(slow), check_dtype=False)


def test_non_r_files_are_refused(tmp_path: Path) -> None:
    text = tmp_path / "a.rda"
    text.write_text("just text", "utf-8")
    with pytest.raises(DataFileError, match="not an R data file"):
        read_r_frames(text)
    packed = tmp_path / "b.rda"
    packed.write_bytes(bz2.compress(b"RDX2\nA\nnot binary"))
    with pytest.raises(DataFileError, match="could not be read"):
        read_r_frames(packed)
    with pytest.raises(DataFileError, match="Cannot read"):
        read_r_frames(tmp_path / "missing.rda")
