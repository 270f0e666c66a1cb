"""The lexicon: well-formed entries, and every entry codes its own example."""

from __future__ import annotations

import datetime as dt
import json
from pathlib import Path

import pytest

from allegiance.errors import DataFileError
from allegiance.nlp.lexicon import compile_shorthand, load_lexicon, word_set
from allegiance.ontology import Ontology
from allegiance.pipeline import Pipeline

LEXICON = load_lexicon()
ENTRIES = [t for t in LEXICON.triggers if t.cameo != "speech"]


def test_every_entry_has_an_example() -> None:
    missing = [t.id for t in ENTRIES if not t.example]
    assert not missing


def test_every_code_exists() -> None:
    onto = Ontology.load()
    for trig in ENTRIES:
        assert onto.has_cameo(trig.cameo), trig.id
        if trig.plover:
            onto.plover(trig.plover)


@pytest.mark.parametrize("trig", ENTRIES, ids=[t.id for t in ENTRIES])
def test_entry_codes_its_example(trig, pipeline: Pipeline) -> None:  # type: ignore[no-untyped-def]
    events = pipeline.code_text(trig.example, date=dt.date(2024, 2, 23))
    patterns = {e.pattern for e in events}
    assert trig.id in patterns, (
        f"{trig.example!r} gave {sorted(p for p in patterns if p)}"
    )


def test_shorthand() -> None:
    assert compile_shorthand("pull out of") == [
        {"LEMMA": "pull"},
        {"LOWER": "out"},
        {"LOWER": "of"},
    ]
    assert compile_shorthand("meet|visit with?") == [
        {"LEMMA": {"IN": ["meet", "visit"]}},
        {"LOWER": "with", "OP": "?"},
    ]
    # A pronoun object may split a phrasal verb from its particle.
    assert compile_shorthand("turn down") == [
        {"LEMMA": "turn"},
        {"LOWER": {"IN": ["her", "him", "it", "that", "them", "this"]}, "OP": "?"},
        {"LOWER": "down"},
    ]


def test_a_split_phrasal_verb_is_found(code) -> None:  # type: ignore[no-untyped-def]
    [event] = code("Berlin ruled it out on Friday.", date=dt.date(2023, 5, 12))
    assert (event.source, event.plover, event.trigger) == (
        "DEU",
        "REJECT",
        "ruled it out",
    )


def test_duplicate_ids_are_rejected(tmp_path: Path) -> None:
    extra = tmp_path / "extra.jsonl"
    extra.write_text(
        json.dumps({"id": ENTRIES[0].id, "trigger": "x", "cameo": "010"}) + "\n"
    )
    with pytest.raises(DataFileError, match="duplicate lexicon id"):
        load_lexicon([extra])


def test_bad_json_names_the_line(tmp_path: Path) -> None:
    extra = tmp_path / "extra.jsonl"
    extra.write_text('{"id": "a", "trigger": "x", "cameo": "010"}\n{oops\n')
    with pytest.raises(DataFileError, match="extra.jsonl:2"):
        load_lexicon([extra])


def test_word_sets_are_data() -> None:
    assert "negotiations" in word_set("talk_nouns")
    assert {"aggression", "meddling"} <= word_set("abstract_charges")
    assert "troops" in word_set("help_words")
    for name in ("talk_nouns", "move_nouns", "abstract_charges", "help_words"):
        assert all(w == w.strip().lower() and w for w in word_set(name)), name
    with pytest.raises(DataFileError, match="no word set named"):
        word_set("no_such_set")


# Precision guards: sentences where a broad entry must stay silent.
@pytest.mark.parametrize(
    ("text", "entry"),
    [
        ("Biden called Putin a killer on Monday.", "consult.call_leader"),
        ("Russia called the decision on Monday unacceptable.", "consult.call_leader"),
        ("Putin returned to Moscow on Friday.", "yield.return_object"),
        ("Russian troops returned fire on Ukrainian positions.", "yield.return_object"),
        ("Voters returned Trump to the White House.", "yield.return_object"),
        ("Trump ordered hard-hitting financial sanctions on Iran.", "assault.attack"),
        ("Washington hit Moscow with new sanctions on Friday.", "assault.attack"),
        ("Russian hackers launched cyber attacks on Estonia.", "assault.attack"),
        (
            "Russian hackers launched cyber attacks on Estonia.",
            "assault.aggression_noun",
        ),
        (
            "Finland is ready to contribute to the development of the mission in Ukraine.",
            "aid.donate",
        ),
        ("Pakistan banned Indian television channels.", "aid.donate"),
        (
            "Qatar secured the release of four Ukrainian children from Russia.",
            "yield.order_release",
        ),
        ("Zelensky called on the EU to punish the terrorists.", "accuse.call_criminal"),
        (
            "Mirzoyan praised Biden's recognition of the Armenian genocide.",
            "support.recognition_of_noun",
        ),
        ("The United Nations suspended aid deliveries in Mali.", "aid.help"),
        # Relief work, disease, weather, markets and sport are no force posture,
        # battle, visit or protest.
        (
            "Malaysia mobilised volunteers to clean up after the floods.",
            "mobilize.militia",
        ),
        (
            "Malaysia mobilised volunteers to clean up after the floods.",
            "mobilize.mobilize",
        ),
        ("Australia is fighting wildfires in Victoria.", "assault.fight"),
        ("Peru battled a cholera outbreak in Lima.", "assault.fight"),
        ("Inflation hit Turkey hard last year.", "assault.attack"),
        ("Chinese tourists visited Japan in record numbers.", "consult.visit"),
        ("Shares of Turkish banks rallied on Monday.", "protest.demonstrate"),
        (
            "Egypt's president welcomed the fall in inflation.",
            "consult.welcome_visitor",
        ),
        (
            "Ukrainian and Polish troops trained side by side near Rzeszow.",
            "aid.train_forces",
        ),
        # A governed infinitive is the pledge's event, not a second one.
        (
            "Japan and India agreed to work together on chips.",
            "cooperate.work_together",
        ),
        (
            "Russian troops were sent home after the exercise.",
            "mobilize.troops_sent_passive",
        ),
        (
            "Peacekeepers from Nepal were deployed to Lebanon.",
            "mobilize.troops_sent_passive",
        ),
        # Declining to comment on a meeting is no refusal to meet.
        ("Scholz declined to comment on the meeting.", "reject.refuse_meet"),
        # What is discussed is no party to the talks.
        ("The two leaders discussed Ukraine on Monday.", "consult.discuss"),
    ],
)
def test_entry_stays_silent(text: str, entry: str, pipeline: Pipeline) -> None:
    patterns = {e.pattern for e in pipeline.code_text(text, date=dt.date(2024, 2, 23))}
    assert entry not in patterns


# Readings that depend on which entry wins, not just on one entry firing.
@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # The censorship entry yields to the lifted ban, so the refusal converts.
        (
            "Pakistan refuses to remove the ban on Indian television channels.",
            ("PAK", "IND", "124"),
        ),
        # Withdrawing peacekeepers is SANCTION (1661); troops pulling out stay RETREAT.
        (
            "The United Nations withdrew its peacekeepers from Mali.",
            ("UN", "MLI", "1661"),
        ),
        ("Russian troops withdrew from Belarus on Monday.", ("RUS", "BLR", "0874")),
        # Declaring a ceasefire is 0871 (CONCEDE); agreeing to one is 0356.
        (
            "Russia declared a ceasefire with Ukraine for Orthodox Christmas.",
            ("RUS", "UKR", "0871"),
        ),
        ("Armenia and Azerbaijan agreed to a ceasefire.", ("ARM", "AZE", "0356")),
        # A verbal attack is criticism, not an assault.
        ("Lukashenko launched a scathing attack on Pashinyan.", ("BLR", "ARM", "111")),
        # Shipped shells are arms aid, not shelling.
        (
            "The United States shipped artillery shells to Israel.",
            ("USA", "ISR", "072"),
        ),
        # Troops sent to a border are a force posture, not military aid; they
        # face the state across it.
        ("Venezuela sent troops to the border with Guyana.", ("VEN", "GUY", "154")),
        # A withdrawal from an organisation stays an alliance move.
        (
            "Britain completed its withdrawal from the European Union.",
            ("GBR", "EU", "161"),
        ),
        # Missiles that slam into a city are an air strike, not criticism.
        ("Russian missiles slammed into Odesa overnight.", ("RUS", "UKR", "195")),
        # A video call held is a phone consultation, not a call on someone.
        (
            "The Indonesian and Thai leaders held a video call on trade.",
            ("IDN", "THA", "041"),
        ),
        # "bilateral talks" are talks held, not talks planned (the intent-noun
        # reading of "talks" after a trigger word).
        ("Tokayev held bilateral talks with Xi Jinping.", ("KAZ", "CHN", "040")),
        (
            "The bilateral talks between Pashinyan and Macron lasted two hours.",
            ("ARM", "FRA", "040"),
        ),
    ],
)
def test_entry_choice(
    text: str, expected: tuple[str, str, str], pipeline: Pipeline
) -> None:
    events = pipeline.code_text(text, date=dt.date(2024, 2, 23))
    assert expected in {(e.source, e.target, e.cameo) for e in events}


# Wire phrasings the lexicon once missed: each expected (source, target, CAMEO)
# is coded by one entry added or widened for it.
@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # A reaction drawn from a third party is that party's criticism.
        (
            "Israel's raid drew an angry response from Turkey.",
            ("TUR", "ISR", "111"),
        ),
        ("Canada threw its full backing behind Mexico.", ("CAN", "MEX", "051")),
        (
            "France recognised Mahmoud Abbas as the legitimate leader of Palestine.",
            ("FRA", "PSE", "054"),
        ),
        # Asking forgiveness is an apology (CONCEDE 055), not a request.
        (
            "Japan begged South Korea for forgiveness over forced labour.",
            ("JPN", "KOR", "055"),
        ),
        (
            "Armenia and Azerbaijan agreed on a prisoner exchange.",
            ("ARM", "AZE", "0353"),
        ),
        ("Erdogan is on an official visit to Hungary.", ("TUR", "HUN", "042")),
        # A fronted visit stays the main clause subject's (consult.visit).
        (
            "On a visit to Kyiv, Scholz pledged more air defence.",
            ("DEU", "UKR", "042"),
        ),
        ("Egypt airlifted medicine to Sudan.", ("EGY", "SDN", "073")),
        (
            "Iranian boats blocked British tankers in the Strait of Hormuz.",
            ("IRN", "GBR", "191"),
        ),
        ("Ethiopia shut down the internet in Tigray.", ("ETH", "ETH", "170")),
        (
            "Nigerian workers went on a general strike on Monday.",
            ("NGA", "NGA", "143"),
        ),
        ("North Korean hackers attacked South Korean banks.", ("PRK", "KOR", "171")),
        (
            "Lavrov and Blinken had a brief conversation on the sidelines.",
            ("RUS", "USA", "040"),
        ),
        # Cutting off gas is a discontinued supply (SANCTION 160, guide §4.2);
        # cutting power, food or fuel to a place is withholding (COERCE 170).
        ("Russia cut off gas supplies to Bulgaria.", ("RUS", "BGR", "160")),
        ("Israel cut off electricity and fuel to Gaza.", ("ISR", "PSE", "170")),
        # Refusing, accepting or acceding to demands and conditions.
        (
            "The Taliban refused Pakistan's demand to hand over militants.",
            ("AFG", "PAK", "124"),
        ),
        (
            "Argentina said it would not accept the IMF's conditions.",
            ("ARG", "IMF", "124"),
        ),
        (
            "South Africa's government acceded to the unions' demands.",
            ("ZAF", "ZAF", "083"),
        ),
    ],
)
def test_wire_phrasing(
    text: str, expected: tuple[str, str | None, str], pipeline: Pipeline
) -> None:
    events = pipeline.code_text(text, date=dt.date(2024, 2, 23))
    assert expected in {(e.source, e.target, e.cameo) for e in events}


@pytest.mark.parametrize(
    "text",
    [
        "China sent bombers into Japan's air defence identification zone.",
        "China sent warplanes into Taiwan's air defence zone.",
    ],
)
def test_air_defence_zone_is_no_aid(text: str, pipeline: Pipeline) -> None:
    # Aircraft sent into an air defence zone are no air defence delivered.
    events = pipeline.code_text(text, date=dt.date(2024, 2, 23))
    assert "AID" not in {e.plover for e in events}


def test_window_before_is_read_and_defaults_to_six(tmp_path: Path) -> None:
    extra = tmp_path / "extra.jsonl"
    extra.write_text(
        json.dumps({"id": "t.far", "trigger": "x", "cameo": "010", "window_before": 10})
        + "\n"
        + json.dumps({"id": "t.near", "trigger": "y", "cameo": "010"})
        + "\n"
    )
    by_id = {t.id: t for t in load_lexicon([extra]).triggers}
    assert by_id["t.far"].window_before == 10
    assert by_id["t.near"].window_before == 6


def test_needs_target_is_read_and_defaults_to_false(tmp_path: Path) -> None:
    extra = tmp_path / "extra.jsonl"
    extra.write_text(
        json.dumps(
            {"id": "t.need", "trigger": "x", "cameo": "040", "needs_target": True}
        )
        + "\n"
        + json.dumps({"id": "t.free", "trigger": "y", "cameo": "040"})
        + "\n"
    )
    by_id = {t.id: t for t in load_lexicon([extra]).triggers}
    assert by_id["t.need"].needs_target
    assert not by_id["t.free"].needs_target
