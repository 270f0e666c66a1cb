"""Actor mentions (nlp/actors.py): names, titles, sectors, capitals and dates."""

from __future__ import annotations

import datetime as dt

import pytest

from allegiance.pipeline import Pipeline


@pytest.fixture(scope="module")
def spans(pipeline: Pipeline):  # type: ignore[no-untyped-def]
    """{mention text: ActorSpan} of a text at a date."""

    def _spans(text: str, day: dt.date):  # type: ignore[no-untyped-def]
        doc = pipeline.doc(text, date=day)
        return {s.text: s for s in doc._.actor_spans}

    return _spans


def _who(span):  # type: ignore[no-untyped-def]
    return (span.actor.code, span.actor.sector) if span.actor else None


@pytest.mark.parametrize(
    ("text", "mention", "expected"),
    [
        # Titles with a state: the office holder on the day.
        ("U.S. President Joe Biden spoke.", "U.S. President Joe Biden", ("USA", "GOV", "joe-biden")),
        ("Armenia's prime minister spoke.", "Armenia's prime minister", ("ARM", "GOV", "nikol-pashinyan")),
        ("The president of France spoke.", "president of France", ("FRA", "GOV", "emmanuel-macron")),
        # Titles match in any case.
        ("THE ARMENIAN PRIME MINISTER SPOKE.", "ARMENIAN PRIME MINISTER", ("ARM", "GOV", "nikol-pashinyan")),
        # A defence minister is the military.
        ("Russian Defence Minister Sergei Shoigu spoke.", "Russian Defence Minister Sergei Shoigu", ("RUS", "MIL", "sergei-shoigu")),
        # Demonyms and adjectives with a sector word.
        ("Turkish troops crossed the border.", "Turkish troops", ("TUR", "MIL", None)),
        ("The Russian navy sailed.", "Russian navy", ("RUS", "MIL", None)),
        ("Armenian protesters gathered.", "Armenian protesters", ("ARM", "CVL", None)),
        # A junta or regime in power is the government.
        ("Niger's junta spoke.", "Niger's junta", ("NER", "GOV", None)),
        ("The Syrian regime spoke.", "Syrian regime", ("SYR", "GOV", None)),
        # Seats of government, with or without diacritics.
        ("The Elysee said nothing.", "The Elysee", ("FRA", "GOV", None)),
        ("The \u00c9lys\u00e9e said nothing.", "The \u00c9lys\u00e9e", ("FRA", "GOV", None)),
    ],
)  # fmt: skip
def test_mentions(spans, text: str, mention: str, expected) -> None:  # type: ignore[no-untyped-def]
    got = spans(text, dt.date(2022, 6, 1))[mention]
    assert (got.actor.code, got.actor.sector, got.actor.person_id) == expected


def test_capital_is_a_government_unless_it_is_where_things_happen(spans) -> None:  # type: ignore[no-untyped-def]
    got = spans(
        "Talks in Moscow ended. The Kremlin said Yerevan had left.", dt.date(2024, 6, 1)
    )
    assert got["Moscow"].actor is None and got["Moscow"].is_location
    assert got["Moscow"].location_code == "RUS"
    assert _who(got["The Kremlin"]) == ("RUS", "GOV")
    assert _who(got["Yerevan"]) == ("ARM", "GOV")


def test_regions_are_places(spans) -> None:  # type: ignore[no-untyped-def]
    got = spans(
        "Fighting in Nagorno-Karabakh and Crimea resumed.", dt.date(2020, 10, 1)
    )
    for name in ("Nagorno-Karabakh", "Crimea"):
        assert got[name].actor is None and got[name].is_location
    assert got["Crimea"].location_code == "R-CRIMEA"


@pytest.mark.parametrize(
    ("name", "day", "expected"),
    [
        # A former seat of government is a government only while it was one.
        ("The Blue House", dt.date(2020, 1, 1), ("KOR", "GOV")),
        ("The Blue House", dt.date(2023, 1, 1), None),
        ("Almaty", dt.date(1995, 1, 1), ("KAZ", "GOV")),
        ("Almaty", dt.date(2023, 1, 1), None),
    ],
)
def test_dated_seats(spans, name: str, day: dt.date, expected) -> None:  # type: ignore[no-untyped-def]
    got = spans(f"{name} condemned the attack.", day)[name]
    assert _who(got) == expected
    if expected is None:
        assert got.is_location and "only until" in (got.reason or "")


def test_former_state_name_still_names_its_state(spans) -> None:  # type: ignore[no-untyped-def]
    got = spans("Zaire condemned the attack.", dt.date(2005, 1, 1))["Zaire"]
    assert _who(got) == ("COD", None)
    assert "former name" in (got.reason or "")


@pytest.mark.parametrize(
    ("name", "day", "code", "in_office"),
    [
        ("Serzh Sargsyan", dt.date(2016, 5, 10), "ARM", True),
        ("Serzh Sargsyan", dt.date(2024, 5, 8), "ARM", False),
        ("Nikol Pashinyan", dt.date(2016, 5, 10), "ARM", False),
        ("Nikol Pashinyan", dt.date(2024, 5, 8), "ARM", True),
        ("Kaja Kallas", dt.date(2023, 12, 16), "EST", True),
        ("Kaja Kallas", dt.date(2024, 12, 16), "EU", True),
    ],
)
def test_people_resolve_at_the_date(spans, name, day, code, in_office) -> None:  # type: ignore[no-untyped-def]
    got = spans(f"{name} spoke on Tuesday.", day)[name]
    assert got.actor.code == code and got.actor.person_id is not None
    assert (got.actor.sector == "GOV") is in_office


def test_mentions_record_prepositions_and_possessives(spans) -> None:  # type: ignore[no-untyped-def]
    got = spans(
        "Armenia's freezing of its membership in the CSTO irritated the Kremlin.",
        dt.date(2024, 2, 23),
    )
    assert got["Armenia"].possessive and got["Armenia"].prep is None
    assert got["CSTO"].prep == "in" and not got["CSTO"].possessive
    assert got["its"].need == "polity" and _who(got["its"]) == ("ARM", None)


def test_a_led_bloc_takes_the_preposition_before_its_leader(spans) -> None:  # type: ignore[no-untyped-def]
    got = spans(
        "Armenia's plea was ignored by the Russian-led alliance.", dt.date(2022, 9, 20)
    )
    (bloc,) = [s for key, s in got.items() if key.endswith("alliance")]
    assert bloc.prep == "by"


def test_his_security_council_is_the_leaders_own(spans) -> None:  # type: ignore[no-untyped-def]
    got = spans("Putin met his Security Council on Friday.", dt.date(2024, 5, 1))
    assert _who(got["Security Council"]) == ("RUS", "GOV")
    got = spans("Macron urged the Security Council to act.", dt.date(2024, 5, 1))
    assert got["Security Council"].actor.code == "UNSC"


def test_a_quantity_noun_passes_on_the_preposition_before_it(spans) -> None:  # type: ignore[no-untyped-def]
    got = spans(
        "Russian hackers launched attacks on a number of Ukrainian websites.",
        dt.date(2022, 1, 14),
    )
    assert got["Ukrainian"].prep == "on"


def test_adjectives_before_a_national_adjective_pass_on_the_preposition(spans) -> None:  # type: ignore[no-untyped-def]
    got = spans(
        "Israel opened an inquiry into the death of a 22-year-old Palestinian man.",
        dt.date(2022, 1, 14),
    )
    assert got["Palestinian"].prep == "of"
    got = spans("Police questioned a young Syrian refugee.", dt.date(2022, 1, 14))
    assert got["Syrian"].prep is None


def test_pipeline_mentions_carry_char_offsets(pipeline: Pipeline) -> None:
    from allegiance.pipeline import make_article

    text = "Kremlin spokesman Dmitry Peskov criticised Yerevan."
    coded = pipeline.code_article(make_article(text, date="2024-03-01"))
    by_text = {m.text: m for m in coded.mentions}
    m = by_text["Yerevan"]
    assert text[m.start : m.end] == "Yerevan"
    assert (m.actor.code, m.actor.sector) == ("ARM", "GOV")


@pytest.mark.parametrize(
    ("text", "code"),
    [
        ("Hamas freed 13 Israeli hostages on Friday.", "PSE"),
        ("The Houthis attacked a ship in the Red Sea.", "YEM"),
        ("Tigrayan forces agreed to a truce.", "ETH"),
    ],
)
def test_armed_groups_are_their_state_plus_reb(pipeline, text, code) -> None:  # type: ignore[no-untyped-def]
    import datetime as dt

    doc = pipeline.doc(pipeline.normalizer(text), date=dt.date(2024, 1, 12))
    first = doc._.actor_spans[0]
    assert (first.actor.code, first.actor.sector) == (code, "REB")


# -- organisations news names beyond the blocs ---------------------------------------


@pytest.mark.parametrize(
    ("text", "mention", "code"),
    [
        # Each by its name and by the acronym or short name news uses.
        ("The Economic Community of West African States met in Abuja.", "Economic Community of West African States", "ECOWAS"),
        ("ECOWAS threatened to intervene.", "ECOWAS", "ECOWAS"),
        ("Ecowas lifted its sanctions.", "Ecowas", "ECOWAS"),
        ("The Alliance of Sahel States held a summit.", "Alliance of Sahel States", "AES"),
        ("The Confederation of Sahel States adopted a flag.", "Confederation of Sahel States", "AES"),
        ("The Organization of the Petroleum Exporting Countries met.", "Organization of the Petroleum Exporting Countries", "OPEC"),
        ("OPEC kept its output unchanged.", "OPEC", "OPEC"),
        ("OPEC+ agreed to extend its cuts.", "OPEC+", "OPEC_PLUS"),
        ("The OPEC-plus group met online.", "OPEC-plus", "OPEC_PLUS"),
        ("The International Atomic Energy Agency sent inspectors.", "International Atomic Energy Agency", "IAEA"),
        ("The IAEA sent inspectors.", "IAEA", "IAEA"),
        ("The U.N. nuclear watchdog sent inspectors.", "U.N. nuclear watchdog", "IAEA"),
        ("The International Criminal Court opened an inquiry.", "International Criminal Court", "ICC"),
        ("The International Court of Justice ruled on the case.", "International Court of Justice", "ICJ"),
        ("The ICJ ruled on the case.", "ICJ", "ICJ"),
        ("The World Court ruled on the case.", "World Court", "ICJ"),
        ("The International Monetary Fund approved a loan.", "International Monetary Fund", "IMF"),
        ("The IMF approved a loan.", "IMF", "IMF"),
        ("The World Bank approved a loan.", "World Bank", "WORLD_BANK"),
        ("The World Trade Organization ruled against the tariffs.", "World Trade Organization", "WTO"),
        ("The WTO ruled against the tariffs.", "WTO", "WTO"),
        ("The World Health Organization declared an emergency.", "World Health Organization", "WHO"),
        ("The WHO declared an emergency.", "WHO", "WHO"),
        ("The Organisation for the Prohibition of Chemical Weapons found traces of sarin.", "Organisation for the Prohibition of Chemical Weapons", "OPCW"),
        ("The OPCW found traces of sarin.", "OPCW", "OPCW"),
        ("The Organisation of Islamic Cooperation held an emergency meeting.", "Organisation of Islamic Cooperation", "OIC"),
        ("The OIC held an emergency meeting.", "OIC", "OIC"),
        ("The Southern African Development Community sent troops.", "Southern African Development Community", "SADC"),
        ("SADC sent troops.", "SADC", "SADC"),
        ("The East African Community admitted a new member.", "East African Community", "EAC"),
        ("The EAC admitted a new member.", "EAC", "EAC"),
        ("The Intergovernmental Authority on Development called a summit.", "Intergovernmental Authority on Development", "IGAD"),
        ("IGAD called a summit.", "IGAD", "IGAD"),
        ("Mercosur signed a trade deal.", "Mercosur", "MERCOSUR"),
        ("The Southern Common Market signed a trade deal.", "Southern Common Market", "MERCOSUR"),
        ("The Asia-Pacific Economic Cooperation forum met in Lima.", "Asia-Pacific Economic Cooperation", "APEC"),
        ("APEC said the talks would go on.", "APEC", "APEC"),
        ("Interpol issued a red notice.", "Interpol", "INTERPOL"),
        ("The International Criminal Police Organization issued a red notice.", "International Criminal Police Organization", "INTERPOL"),
        ("The Pacific Islands Forum met in Tonga.", "Pacific Islands Forum", "PIF"),
        ("The Caribbean Community sent observers.", "Caribbean Community", "CARICOM"),
        ("CARICOM sent observers.", "CARICOM", "CARICOM"),
        ("The Economic Community of Central African States suspended Gabon.", "Economic Community of Central African States", "ECCAS"),
        ("ECCAS suspended Gabon.", "ECCAS", "ECCAS"),
        ("The Andean Community protested.", "Andean Community", "ANDEAN"),
    ],
)  # fmt: skip
def test_orgs_by_name_and_acronym(spans, text: str, mention: str, code: str) -> None:  # type: ignore[no-untyped-def]
    got = spans(text, dt.date(2024, 9, 1))
    assert mention in got, list(got)
    assert _who(got[mention]) == (code, None)


@pytest.mark.parametrize(
    "text",
    [
        "People who said no were ignored.",
        "Who said that?",
        "Officials who spoke to reporters were fired.",
        "Everyone can apply, and the world court of public opinion will judge.",
    ],
)
def test_ordinary_words_are_not_organisations(spans, text: str) -> None:  # type: ignore[no-untyped-def]
    got = spans(text, dt.date(2024, 3, 1))
    assert not [s for s in got.values() if s.actor is not None], list(got)


def test_the_who_is_the_organisation_but_who_is_a_pronoun(spans) -> None:  # type: ignore[no-untyped-def]
    got = spans("The WHO said officials who lied would be named.", dt.date(2024, 3, 1))
    assert _who(got["WHO"]) == ("WHO", None)
    assert "who" not in got


@pytest.mark.parametrize(
    ("text", "day", "events"),
    [
        # Leaving an organisation is a withdraw move with the organisation.
        ("Mali, Burkina Faso and Niger left ECOWAS.", "2025-01-29",
         {("MLI", "ECOWAS"), ("BFA", "ECOWAS"), ("NER", "ECOWAS")}),
        ("Qatar quit OPEC.", "2018-12-03", {("QAT", "OPEC")}),
    ],
)  # fmt: skip
def test_leaving_an_org_is_a_withdraw_move(pipeline, text, day, events) -> None:  # type: ignore[no-untyped-def]
    coded = pipeline.code_text(text, date=day)
    moves = {(e.source, e.target) for e in coded if e.alliance_move == "withdraw"}
    assert events <= moves, [(e.source, e.target, e.alliance_move) for e in coded]
    assert all(e.organisation == e.target for e in coded if e.alliance_move)


@pytest.mark.parametrize(
    ("text", "source", "target"),
    [
        ("The IAEA criticised Iran.", "IAEA", "IRN"),
        ("The International Criminal Court issued an arrest warrant for Vladimir Putin.", "ICC", "RUS"),
        ("The IMF criticised Argentina.", "IMF", "ARG"),
    ],
)  # fmt: skip
def test_agencies_and_courts_act_as_sources(pipeline, text, source, target) -> None:  # type: ignore[no-untyped-def]
    coded = pipeline.code_text(text, date="2024-03-01")
    assert (source, target) in {(e.source, e.target) for e in coded}


# -- fora, blocs and banks added in the third round ----------------------------------


@pytest.mark.parametrize(
    ("text", "mention", "code"),
    [
        ("The Commonwealth of Nations admitted Togo.", "Commonwealth of Nations", "COMMONWEALTH"),
        ("The Commonwealth suspended Fiji.", "Commonwealth", "COMMONWEALTH"),
        ("The Commonwealth said it was concerned.", "Commonwealth", "COMMONWEALTH"),
        ("Leaders arrived for CHOGM in Samoa.", "CHOGM", "COMMONWEALTH"),
        ("The OECD cut its growth forecast.", "OECD", "OECD"),
        ("The Organisation for Economic Co-operation and Development cut its forecast.", "Organisation for Economic Co-operation and Development", "OECD"),
        ("CELAC met in Buenos Aires.", "CELAC", "CELAC"),
        ("The Community of Latin American and Caribbean States met.", "Community of Latin American and Caribbean States", "CELAC"),
        ("ALBA backed Maduro.", "ALBA", "ALBA"),
        ("UNASUR named a new secretary-general.", "UNASUR", "UNASUR"),
        ("The Union of South American Nations met in Quito.", "Union of South American Nations", "UNASUR"),
        ("The Visegrad Group met in Prague.", "Visegrad Group", "V4"),
        ("The V4 rejected the migration pact.", "V4", "V4"),
        ("The Nordic Council met in Oslo.", "Nordic Council", "NORDIC_COUNCIL"),
        ("The Arctic Council paused its work.", "Arctic Council", "ARCTIC_COUNCIL"),
        ("The Non-Aligned Movement met in Kampala.", "Non-Aligned Movement", "NONALIGNED"),
        ("The Group of 77 and China issued a statement.", "Group of 77 and China", "G77"),
        ("The G77 demanded climate finance.", "G77", "G77"),
        ("ANZUS ministers met in Canberra.", "ANZUS", "ANZUS"),
        ("The Five Eyes warned of Chinese hacking.", "Five Eyes", "FIVE_EYES"),
        ("The Black Sea Economic Cooperation met in Istanbul.", "Black Sea Economic Cooperation", "BSEC"),
        ("The ECO summit opened in Tashkent.", "ECO", "ECO"),
        ("SAARC has not met since 2014.", "SAARC", "SAARC"),
        ("BIMSTEC adopted a charter.", "BIMSTEC", "BIMSTEC"),
        ("The Francophonie suspended Niger.", "Francophonie", "OIF"),
        ("The CPLP admitted Equatorial Guinea.", "CPLP", "CPLP"),
        ("SICA met in Panama.", "SICA", "SICA"),
        ("The Pacific Alliance met in Lima.", "Pacific Alliance", "PACIFIC_ALLIANCE"),
        ("The Financial Action Task Force suspended Russia.", "Financial Action Task Force", "FATF"),
        ("The Bucharest Nine met in Riga.", "Bucharest Nine", "B9"),
        ("The B9 backed Ukraine.", "B9", "B9"),
        ("The Three Seas Initiative met in Vilnius.", "Three Seas Initiative", "THREE_SEAS"),
        ("The Weimar Triangle met in Paris.", "Weimar Triangle", "WEIMAR"),
        ("The AIIB approved a loan.", "AIIB", "AIIB"),
        ("The New Development Bank approved a loan.", "New Development Bank", "NDB"),
        ("The BRICS bank approved a loan.", "BRICS bank", "NDB"),
    ],
)  # fmt: skip
def test_more_orgs_by_name_and_acronym(
    spans, text: str, mention: str, code: str
) -> None:  # type: ignore[no-untyped-def]
    got = spans(text, dt.date(2024, 9, 1))
    assert mention in got, list(got)
    assert _who(got[mention]) == (code, None)


@pytest.mark.parametrize(
    "text",
    [
        # "Commonwealth": US states and Australia's federal government.
        "The Commonwealth of Virginia sued the company.",
        "In Pennsylvania, the Commonwealth appealed the ruling.",
        "Kentucky's attorney general said the Commonwealth would not pay.",
        "The Commonwealth will fund half of the hospital, as states and territories argued over money.",
        "Shares in the Commonwealth Bank fell.",
        "England won gold at the Commonwealth Games.",
        # Acronyms and short names that are other things.
        "Switch the car to ECO mode to save fuel.",
        "Ducati fitted a V4 engine to the new motorcycle.",
        "Vitamin B9 is also called folate.",
        "Vittorio De Sica directed the film.",
        "Jessica Alba starred in the film.",
        "Five eyes stared at the screen.",
        "Japan wanted a Pacific alliance with Australia.",
        "The Nine met on Tuesday.",
    ],
)
def test_names_of_other_things_are_not_the_new_orgs(spans, text: str) -> None:  # type: ignore[no-untyped-def]
    got = spans(text, dt.date(2024, 3, 1))
    codes = {s.actor.code for s in got.values() if s.actor is not None}
    assert not codes & {
        "COMMONWEALTH",
        "ECO",
        "V4",
        "B9",
        "SICA",
        "ALBA",
        "FIVE_EYES",
        "PACIFIC_ALLIANCE",
    }, codes


def test_the_commonwealth_of_independent_states_is_not_the_commonwealth(spans) -> None:  # type: ignore[no-untyped-def]
    got = spans(
        "The Commonwealth of Independent States met in Minsk.", dt.date(2024, 3, 1)
    )
    assert _who(got["Commonwealth of Independent States"]) == ("CIS", None)


@pytest.mark.parametrize(
    ("text", "day", "source", "target", "move"),
    [
        ("Zimbabwe quit the Commonwealth.", "2003-12-07", "ZWE", "COMMONWEALTH", "withdraw"),
        ("The Maldives left the Commonwealth of Nations.", "2016-10-13", "MDV", "COMMONWEALTH", "withdraw"),
        ("Gabon and Togo joined the Commonwealth.", "2022-06-25", "TGO", "COMMONWEALTH", "join"),
        ("The Commonwealth suspended Fiji.", "2009-09-01", "COMMONWEALTH", "FJI", "suspend"),
        ("Venezuela skipped the CELAC summit.", "2023-01-24", "VEN", "CELAC", "skip_summit"),
        ("Ecuador withdrew from ALBA.", "2018-08-23", "ECU", "ALBA", "withdraw"),
        ("Colombia announced its withdrawal from UNASUR.", "2018-08-28", "COL", "UNASUR", "withdraw"),
        ("Brazil rejoined UNASUR.", "2023-04-06", "BRA", "UNASUR", "join"),
        ("Hungary refused to sign the Visegrad Group's joint statement.", "2023-03-01", "HUN", "V4", "refuse_declaration"),
        ("India boycotted the SAARC summit in Islamabad.", "2016-09-28", "IND", "SAARC", "skip_summit"),
        ("Mali, Burkina Faso and Niger quit the Francophonie.", "2025-03-18", "MLI", "OIF", "withdraw"),
        ("Equatorial Guinea joined the Community of Portuguese Language Countries.", "2014-07-23", "GNQ", "CPLP", "join"),
        ("The FATF suspended Russia's membership.", "2023-02-24", "FATF", "RUS", "suspend"),
        ("Egypt joined the New Development Bank.", "2023-02-20", "EGY", "NDB", "join"),
    ],
)  # fmt: skip
def test_moves_with_the_new_orgs(pipeline, text, day, source, target, move) -> None:  # type: ignore[no-untyped-def]
    coded = pipeline.code_text(text, date=day)
    got = {(e.source, e.target, e.alliance_move) for e in coded}
    assert (source, target, move) in got, got


@pytest.mark.parametrize(
    ("text", "source", "target"),
    [
        ("The Nordic Council condemned Russia.", "NORDIC_COUNCIL", "RUS"),
        ("The Group of 77 criticised the United States.", "G77", "USA"),
        ("The Five Eyes alliance accused China of hacking.", "FIVE_EYES", "CHN"),
        ("The Bucharest Nine condemned Russia.", "B9", "RUS"),
        ("Nicaragua criticised SICA.", "NIC", "SICA"),
    ],
)  # fmt: skip
def test_the_new_orgs_act_and_are_acted_on(pipeline, text, source, target) -> None:  # type: ignore[no-untyped-def]
    coded = pipeline.code_text(text, date="2024-03-01")
    assert (source, target) in {(e.source, e.target) for e in coded}


# -- resolution fixes of the 2026-11-28 argument round -------------------------------


def _sources(pipeline: Pipeline, text: str, day: str) -> set[str | None]:
    events = pipeline.code_text(text, date=dt.date.fromisoformat(day))
    return {e.source for e in events}


def test_region_adjective_names_no_state(pipeline: Pipeline) -> None:
    # "American" in "South American countries" is not the United States.
    assert "USA" not in _sources(
        pipeline,
        "South American countries condemned the coup in Bolivia.",
        "2024-06-27",
    )
    assert "KOR" in _sources(
        pipeline, "South Korean troops fired warning shots.", "2024-06-10"
    )


def test_mandela_is_south_africa(pipeline: Pipeline) -> None:
    events = pipeline.code_text(
        "Nelson Mandela met Bill Clinton in Cape Town.", date=dt.date(1998, 3, 27)
    )
    assert {(e.source, e.target) for e in events} >= {("ZAF", "USA"), ("USA", "ZAF")}


def test_african_and_latin_american_heads_by_surname(pipeline: Pipeline) -> None:
    assert "NGA" in _sources(
        pipeline, "Tinubu urged Niger to free Bazoum.", "2023-08-20"
    )
    assert "COL" in _sources(
        pipeline, "Petro suspended coal exports to Israel.", "2024-06-08"
    )


def test_place_after_eastern_keeps_its_preposition(pipeline: Pipeline) -> None:
    events = pipeline.code_text(
        "South African troops withdrew from eastern Congo.", date=dt.date(2025, 4, 29)
    )
    assert {(e.source, e.target) for e in events} == {("ZAF", "COD")}


def test_coast_guard_is_police(pipeline: Pipeline) -> None:
    events = pipeline.code_text(
        "The Chinese coast guard fired water cannon at a Philippine vessel.",
        date=dt.date(2024, 6, 17),
    )
    assert {(e.source, e.source_sector) for e in events} == {("CHN", "COP")}


def test_who_acronym_is_no_relative_pronoun(pipeline: Pipeline) -> None:
    events = pipeline.code_text(
        "Washington pulled its funding from the WHO.", date=dt.date(2020, 4, 8)
    )
    assert {(e.source, e.target) for e in events} == {("USA", "WHO")}


def test_pace_is_the_council_of_europe(pipeline: Pipeline) -> None:
    events = pipeline.code_text(
        "PACE refused to ratify the credentials of Azerbaijan's delegation.",
        date=dt.date(2024, 1, 24),
    )
    assert {(e.source, e.target, e.alliance_move) for e in events} == {
        ("COE", "AZE", "suspend")
    }


def test_unrwa_is_the_un(pipeline: Pipeline) -> None:
    events = pipeline.code_text(
        "Israel banned UNRWA from operating on its territory.",
        date=dt.date(2024, 10, 28),
    )
    assert {(e.source, e.target) for e in events} == {("ISR", "UN")}


@pytest.mark.parametrize(
    ("text", "day", "found"),
    [
        # A leader's surname at the end of someone else's name is not the leader.
        ("Colombian rebels freed Odin Sanchez.", dt.date(2019, 3, 1), None),
        ("The island of Saint-Martin voted.", dt.date(2024, 3, 1), None),
        ("St. Martin voted.", dt.date(2024, 3, 1), None),
        # The leader's own first and middle names, initials, honorifics, days
        # and a sentence's first word keep the leader.
        ("Pedro Sanchez spoke.", dt.date(2019, 3, 1), ("ESP", "GOV")),
        ("Russian President Vladimir V. Putin spoke.", dt.date(2024, 3, 1),
         ("RUS", "GOV")),
        ("Mr Pashinyan spoke.", dt.date(2024, 3, 1), ("ARM", "GOV")),
        ("On Tuesday Macron spoke.", dt.date(2024, 3, 1), ("FRA", "GOV")),
        ("Yesterday Macron spoke.", dt.date(2024, 3, 1), ("FRA", "GOV")),
    ],
)  # fmt: skip
def test_a_surname_inside_another_name(spans, text: str, day: dt.date, found) -> None:  # type: ignore[no-untyped-def]
    people = [s for s in spans(text, day).values() if s.how == "person"]
    if found is None:
        assert not people
    else:
        assert [_who(s) for s in people] == [found]


@pytest.mark.parametrize(
    ("text", "mention", "expected"),
    [
        # A state's envoy to an organisation acts for the state.
        ("Russia's UN ambassador Vassily Nebenzia spoke.", "UN ambassador Vassily Nebenzia",
         ("RUS", "GOV")),
        ("The U.S. deputy UN ambassador spoke.", "UN ambassador", ("USA", "GOV")),
        ("Hungary's EU ambassador objected.", "EU ambassador", ("HUN", "GOV")),
        # Without a sending state, the organisation's own envoy.
        ("The EU ambassador to Russia spoke.", "EU ambassador", ("EU", "GOV")),
        ("The UN envoy for Syria spoke.", "UN envoy", ("UN", "GOV")),
    ],
)  # fmt: skip
def test_a_states_envoy_to_an_organisation(
    spans, text: str, mention: str, expected
) -> None:  # type: ignore[no-untyped-def]
    assert _who(spans(text, dt.date(2024, 3, 1))[mention]) == expected


def test_coordinated_adjectives_share_their_head_nouns_sector(spans) -> None:  # type: ignore[no-untyped-def]
    found = spans(
        "Russian, Belarusian and Kazakh troops held drills.", dt.date(2022, 1, 10)
    )
    assert [_who(found[t]) for t in ("Russian", "Belarusian", "Kazakh troops")] == [
        ("RUS", "MIL"),
        ("BLR", "MIL"),
        ("KAZ", "MIL"),
    ]
    # A noun between keeps each adjective its own ("Russian gas and Kazakh troops").
    found = spans("Russian gas and Kazakh troops arrived.", dt.date(2022, 1, 10))
    assert _who(found["Russian"]) == ("RUS", None)


def test_a_compass_word_does_not_hide_the_preposition(spans) -> None:  # type: ignore[no-untyped-def]
    found = spans(
        "Russian forces shelled towns in eastern Ukraine.", dt.date(2022, 6, 1)
    )
    assert found["Ukraine"].prep == "in"
    found = spans(
        "The Houthis attacked targets in southern Saudi Arabia.", dt.date(2022, 6, 1)
    )
    assert found["Saudi Arabia"].prep == "in"


def test_kept_readings_follow_the_date_and_the_cues(
    pipeline: Pipeline, spans, monkeypatch
) -> None:  # type: ignore[no-untyped-def]
    # An unambiguous name's reading is kept per date; one that hangs on the
    # text (cues for "Georgia", an expired name's wording) is read anew.
    for _ in range(2):
        assert _who(
            spans("The Blue House spoke.", dt.date(2020, 1, 1))["The Blue House"]
        ) == ("KOR", "GOV")
        assert (
            _who(spans("The Blue House spoke.", dt.date(2023, 1, 1))["The Blue House"])
            is None
        )
        got = spans("Georgia protested in Tbilisi.", dt.date(2023, 1, 1))["Georgia"]
        assert _who(got) == ("GEO", None)
        got = spans("Georgia voted, Kemp said in Atlanta.", dt.date(2023, 1, 1))[
            "Georgia"
        ]
        assert got.actor is None
    # The kept readings are bounded: past the bound they are dropped.
    finder = pipeline.nlp.get_pipe("actors")
    monkeypatch.setattr("allegiance.nlp.actors._READINGS_KEPT", 1)
    spans("Armenia and France spoke.", dt.date(2021, 1, 1))
    assert len(finder._readings) == 1
    got = spans("Armenia and France spoke.", dt.date(2021, 1, 1))
    assert _who(got["Armenia"]) == ("ARM", None) and _who(got["France"]) == (
        "FRA",
        None,
    )


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # A state's own security council is the state's government.
        ("The Antiguan Security Council met on Wednesday.", ("ATG", "GOV")),
        ("Russia's Security Council met on Friday.", ("RUS", "GOV")),
        # A state's seat or bid on the UN's council is still the UN's council.
        ("India's Security Council bid won support.", ("UNSC", None)),
        ("The UN Security Council met on Friday.", ("UNSC", None)),
    ],
)
def test_a_national_security_council(spans, text: str, expected) -> None:  # type: ignore[no-untyped-def]
    found = spans(text, dt.date(2024, 3, 1))
    council = next(s for t, s in found.items() if t.endswith("Security Council"))
    assert _who(council) == expected


@pytest.mark.parametrize(
    ("text", "day", "mention", "expected"),
    [
        # Opposition figures by name, surname alone where the KB lists it.
        (
            "Navalny's team said he was killed.",
            dt.date(2024, 3, 1),
            "Navalny",
            ("RUS", "OPP"),
        ),
        (
            "Tsikhanouskaya met Baerbock in Vilnius.",
            dt.date(2023, 5, 1),
            "Tsikhanouskaya",
            ("BLR", "OPP"),
        ),
        (
            "Machado urged the army to act.",
            dt.date(2024, 8, 1),
            "Machado",
            ("VEN", "OPP"),
        ),
        (
            "Keir Starmer criticised the budget.",
            dt.date(2024, 3, 1),
            "Keir Starmer",
            ("GBR", "OPP"),
        ),
        (
            "Keir Starmer criticised the budget.",
            dt.date(2024, 9, 1),
            "Keir Starmer",
            ("GBR", "GOV"),
        ),
        # Sector words for the opposition and dissidents.
        (
            "Iranian dissidents protested in Berlin.",
            dt.date(2024, 3, 1),
            "Iranian dissidents",
            ("IRN", "OPP"),
        ),
        (
            "The Belarusian opposition leader met Macron.",
            dt.date(2024, 3, 1),
            "Belarusian opposition leader",
            ("BLR", "OPP"),
        ),
        (
            "Venezuela's exiled opposition called for calm.",
            dt.date(2024, 3, 1),
            "Venezuela's exiled opposition",
            ("VEN", "OPP"),
        ),
        (
            "Navalny's Anti-Corruption Foundation published a video.",
            dt.date(2024, 3, 1),
            "Navalny's Anti-Corruption Foundation",
            ("RUS", "OPP"),
        ),
        # Broadcasters and agencies with their home state.
        (
            "The Australian Broadcasting Corporation said police raided it.",
            dt.date(2024, 3, 1),
            "Australian Broadcasting Corporation",
            ("AUS", "MED"),
        ),
        (
            "The Canadian Broadcasting Corporation reported the deal.",
            dt.date(2024, 3, 1),
            "Canadian Broadcasting Corporation",
            ("CAN", "MED"),
        ),
        (
            "Azerbaijan Press Agency quoted the minister.",
            dt.date(2024, 3, 1),
            "Azerbaijan Press Agency",
            ("AZE", "MED"),
        ),
        # Organisations by the descriptions news gives them.
        (
            "Europe's top human rights body criticised Turkey.",
            dt.date(2024, 3, 1),
            "Europe's top human rights body",
            ("COE", None),
        ),
        (
            "The Strasbourg-based body urged Azerbaijan to act.",
            dt.date(2024, 3, 1),
            "Strasbourg-based body",
            ("COE", None),
        ),
        (
            "The Vienna-based agency said Iran had enriched uranium.",
            dt.date(2024, 3, 1),
            "Vienna-based agency",
            ("IAEA", None),
        ),
        (
            "The UN's top court ordered Israel to act.",
            dt.date(2024, 3, 1),
            "UN's top court",
            ("ICJ", None),
        ),
        (
            "The Hague-based court issued a warrant for Putin.",
            dt.date(2023, 3, 17),
            "Hague-based court",
            ("ICC", None),
        ),
        (
            "The Hague-based court ordered provisional measures under the Genocide Convention.",
            dt.date(2024, 1, 26),
            "Hague-based court",
            ("ICJ", None),
        ),
        (
            "The 27-nation bloc imposed sanctions on Belarus.",
            dt.date(2024, 3, 1),
            "27-nation bloc",
            ("EU", None),
        ),
        (
            "The Western military alliance warned Russia.",
            dt.date(2024, 3, 1),
            "Western military alliance",
            ("NATO", None),
        ),
        (
            "The transatlantic alliance warned Russia.",
            dt.date(2024, 3, 1),
            "transatlantic alliance",
            ("NATO", None),
        ),
    ],
)
def test_opposition_media_and_described_organisations(
    spans, text, day, mention, expected
) -> None:  # type: ignore[no-untyped-def]
    assert _who(spans(text, day)[mention]) == expected


@pytest.mark.parametrize(
    ("text", "place"),
    [
        ("A Doha-based analyst said Iran would retaliate.", "Doha"),
        ("The London-based monitor said 12 people were killed.", "London"),
        ("Russia-based hackers attacked Estonian banks.", "Russia"),
    ],
)
def test_a_place_before_based_is_not_an_actor(spans, text, place) -> None:  # type: ignore[no-untyped-def]
    assert place not in spans(text, dt.date(2024, 3, 1))


def test_private_travellers_and_investors_have_their_sectors(spans) -> None:  # type: ignore[no-untyped-def]
    got = spans("Russian tourists and Chinese investors arrived.", dt.date(2024, 3, 1))
    assert (
        got["Russian tourists"].actor.code,
        got["Russian tourists"].actor.sector,
    ) == ("RUS", "CVL")
    assert (
        got["Chinese investors"].actor.code,
        got["Chinese investors"].actor.sector,
    ) == ("CHN", "BUS")


@pytest.mark.parametrize(
    ("text", "city"),
    [
        ("France asked its EU partners for help after the Paris attacks.", "Paris"),
        ("The Brussels bombings killed 32 people.", "Brussels"),
        ("Russia blamed Ukraine for the Moscow concert hall attack.", "Moscow"),
    ],
)
def test_a_city_naming_an_incident_is_a_place(pipeline, text: str, city: str) -> None:  # type: ignore[no-untyped-def]
    doc = pipeline.doc(text, date=dt.date(2024, 3, 25))
    [span] = [s for s in doc._.actor_spans if s.text == city]
    assert span.is_location and span.actor is None


def test_a_capital_acting_stays_an_actor(pipeline) -> None:  # type: ignore[no-untyped-def]
    doc = pipeline.doc("Moscow attacks Kyiv.", date=dt.date(2024, 3, 25))
    assert [s.actor.code for s in doc._.actor_spans] == ["RUS", "UKR"]


def test_based_in_reads_the_hyphen_before_the_forms(pipeline: Pipeline) -> None:
    # `_based_in` tests the words after the name first (most names have no
    # hyphen after them), then that every reading of the name is a state's.
    from allegiance.kb.base import Form
    from allegiance.nlp.actors import _based_in

    doc = pipeline.nlp.make_doc(
        "A Nairobi-based group and a Nairobi-born envoy met Lima"
    )
    state = [Form("Nairobi", "state", "KEN", "capital")]
    mixed = [*state, Form("Nairobi", "organisation", "XYZ")]
    assert _based_in(doc, 2, state)  # "Nairobi-based"
    assert not _based_in(doc, 2, mixed)  # a name an organisation also goes by
    assert not _based_in(doc, 8, state)  # "Nairobi-born"
    assert not _based_in(doc, 13, state)  # "Lima", the last word
    assert not _based_in(doc, 1, state)  # no hyphen after "A"


@pytest.mark.parametrize(
    ("text", "mention", "code"),
    [
        # "Georgian(s)" default to the country (rare for the US state); US-state
        # cues override. "Georgia" alone needs a cue either way.
        ("The United States imposed visa restrictions on Georgian officials.", "Georgian officials", "GEO"),
        ("Washington imposed visa restrictions on Georgia.", "Georgia", None),
        ("Trump was indicted in Georgia over the election in Fulton County.", "Georgia", None),
        ("Georgians voted in Atlanta on Tuesday.", "Georgians", None),
    ],
)  # fmt: skip
def test_georgian_defaults_to_the_country(
    pipeline, text: str, mention: str, code
) -> None:  # type: ignore[no-untyped-def]
    doc = pipeline.doc(text, date=dt.date(2024, 6, 10))
    [span] = [s for s in doc._.actor_spans if s.text == mention]
    assert (span.actor.code if span.actor else None) == code


@pytest.mark.parametrize(
    "text",
    [
        "Georgian police used water cannon against pro-EU protesters.",
        "Pro-Russian separatists shelled Ukrainian positions.",
        "Anti-American protesters gathered in Tehran.",
    ],
)
def test_a_name_after_pro_or_anti_is_a_stance(pipeline, text: str) -> None:  # type: ignore[no-untyped-def]
    doc = pipeline.doc(text, date=dt.date(2024, 12, 1))
    assert not [
        s for s in doc._.actor_spans if s.actor and s.actor.code in {"EU", "RUS", "USA"}
    ]


@pytest.mark.parametrize(
    ("text", "mention", "expected"),
    [
        # Others named by their relation to a state are not that state.
        ("Armenia's allies condemned Azerbaijan.", "Armenia", None),
        ("Ukraine's Western partners pledged more aid.", "Ukraine", None),
        ("Russian allies condemned the move.", "Russian", None),
        # ... but the ally named after it is, and an organisation's allies are
        # its members.
        ("Russia's ally Belarus condemned the sanctions.", "Belarus", ("BLR", None)),
        ("NATO allies met in Vilnius.", "NATO", ("NATO", None)),
        (
            "Armenia's government condemned Azerbaijan.",
            "Armenia's government",
            ("ARM", "GOV"),
        ),
    ],
)
def test_a_states_allies_are_not_the_state(
    spans, text: str, mention: str, expected
) -> None:  # type: ignore[no-untyped-def]
    assert _who(spans(text, dt.date(2024, 3, 1))[mention]) == expected
