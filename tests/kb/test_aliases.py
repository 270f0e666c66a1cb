"""Surface-form readings: what each form may name, and when."""

from __future__ import annotations

import datetime as dt

from allegiance.kb.aliases import form_key, readings
from allegiance.kb.base import load_kb


def test_form_key_ignores_case_diacritics_and_spacing() -> None:
    assert form_key("the  Élysée") == form_key("THE ELYSEE") == "the elysee"
    assert form_key("Côte d’Ivoire") == "cote d'ivoire"


def test_readings_carry_their_spells() -> None:
    found = readings(load_kb())
    aliyev = {r.code: r.spells for r in found["aliyev"] if r.kind == "person"}
    assert set(aliyev) == {"heydar-aliyev", "ilham-aliyev"}
    assert (dt.date(2003, 10, 31), None) in aliyev["ilham-aliyev"]
    soviet = [r for r in found["soviet"] if r.kind == "state"]
    assert soviet and soviet[0].spells == ((None, dt.date(1991, 12, 26)),)
    assert soviet[0].marked
    assert {r.kind for r in found["nagorno-karabakh"]} == {"region"}
