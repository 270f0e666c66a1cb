"""Clause cues without a parser (nlp/clauses.py): bounds, negation, modality,
control words, nominal and passive uses, comma asides."""

from __future__ import annotations

import datetime as dt

import pytest
from spacy.tokens import Doc, Span

from allegiance.nlp.clauses import (
    ClauseCues,
    clause_bounds,
    is_passive,
    looks_nominal,
    parentheticals,
    read_cues,
)
from allegiance.pipeline import Pipeline


@pytest.fixture(scope="module")
def parse(pipeline: Pipeline):  # type: ignore[no-untyped-def]
    """(doc, sentence, index of `word`) for a one-sentence text."""

    def _parse(text: str, word: str, nth: int = 0) -> tuple[Doc, Span, int]:
        doc = pipeline.doc(text, date=dt.date(2024, 2, 23))
        hits = [t.i for t in doc if t.text == word]
        return doc, doc[0 : len(doc)], hits[nth]

    return _parse


@pytest.fixture(scope="module")
def cues(pipeline: Pipeline, parse):  # type: ignore[no-untyped-def]
    controls = pipeline.nlp.get_pipe("events").lexicon.controls

    def _cues(text: str, word: str) -> ClauseCues:
        doc, sent, i = parse(text, word)
        left, _ = clause_bounds(doc, sent, i, i + 1)
        return read_cues(doc, sent, left, i, controls)

    return _cues


# -- clause_bounds -----------------------------------------------------------------------


@pytest.mark.parametrize(
    ("text", "word", "clause"),
    [
        # A subordinator opens a clause on the left.
        (
            "Russia protested after Armenia left the bloc.",
            "left",
            "Armenia left the bloc.",
        ),
        (
            "Moscow said that Armenia had left the bloc.",
            "left",
            "Armenia had left the bloc.",
        ),
        # ...and closes one on the right.
        (
            "Armenia left the bloc because Russia failed it.",
            "left",
            "Armenia left the bloc",
        ),
        # Hard boundaries: semicolon, colon, brackets, a spaced dash.
        ("Armenia left the bloc; Russia protested.", "protested", "Russia protested."),
        ("Armenia left the bloc: Russia protested.", "left", "Armenia left the bloc"),
        ("Armenia left - Russia protested.", "protested", "Russia protested."),
        # A hyphen inside a word is no boundary.
        (
            "The Russian-led bloc expelled nobody.",
            "expelled",
            "The Russian-led bloc expelled nobody.",
        ),
        # A comma before a participle ends the clause.
        (
            "Armenia froze its participation, saying the bloc had failed it.",
            "froze",
            "Armenia froze its participation",
        ),
        # "once again" is an adverb, not the subordinator "once".
        (
            "Japan is once again sending food to Haiti.",
            "sending",
            "Japan is once again sending food to Haiti.",
        ),
        # ", including" is a preposition, not a participle.
        (
            "Japan imposed sanctions, including travel bans, on Russia.",
            "imposed",
            "Japan imposed sanctions, including travel bans, on Russia.",
        ),
        # ", and this ..." starts a new clause with its own subject.
        (
            "Armenia froze its participation, and this could anger Moscow.",
            "anger",
            "this could anger Moscow.",
        ),
        # "as" with a subject and verb of its own ends the clause; "as" before
        # a noun phrase, "such as" and "as X's noun" do not.
        (
            "Pashinyan and Aliyev traded barbs as Putin hosted talks.",
            "traded",
            "Pashinyan and Aliyev traded barbs",
        ),
        (
            "The EU condemned Russia as Ukraine's allies met in Brussels.",
            "condemned",
            "The EU condemned Russia",
        ),
        (
            "Armenia appealed for support as Azerbaijani forces advanced.",
            "appealed",
            "Armenia appealed for support",
        ),
        (
            "Russia described Armenia as Moscow's ally.",
            "described",
            "Russia described Armenia as Moscow's ally.",
        ),
        (
            "Turkey joined the talks as a mediator.",
            "joined",
            "Turkey joined the talks as a mediator.",
        ),
    ],
)
def test_clause_bounds(parse, text: str, word: str, clause: str) -> None:  # type: ignore[no-untyped-def]
    doc, sent, i = parse(text, word)
    left, right = clause_bounds(doc, sent, i, i + 1)
    assert doc[left:right].text == clause


def test_clause_bounds_jump_over_asides(parse) -> None:  # type: ignore[no-untyped-def]
    text = "Armenia, which joined in 1992, left the bloc."
    doc, sent, i = parse(text, "left")
    # Without the aside the relative pronoun stops the search...
    assert doc[clause_bounds(doc, sent, i, i + 1)[0]].text == "joined"
    # ...with it, the clause reaches back to its subject.
    left, _ = clause_bounds(doc, sent, i, i + 1, [(1, 7)])
    assert left == 0


# -- parentheticals ----------------------------------------------------------------------


def test_parenthetical_after_an_actor(pipeline: Pipeline) -> None:
    doc = pipeline.doc(
        "Armenia, a small ally of Russia, froze its participation.",
        date=dt.date(2024, 2, 23),
    )
    sent = doc[0 : len(doc)]
    ends = {s.end for s in doc._.actor_spans}
    assert parentheticals(doc, sent, ends) == [(1, 8)]
    assert doc[1:8].text == ", a small ally of Russia,"


def test_bracket_after_an_actor_is_an_aside(pipeline: Pipeline) -> None:
    doc = pipeline.doc(
        "French President Emmanuel Macron (L) met Peru's foreign minister.",
        date=dt.date(2024, 2, 23),
    )
    sent = doc[0 : len(doc)]
    ends = {s.end for s in doc._.actor_spans}
    opening = [t.i for t in doc if t.text == "("][0]
    assert (opening, opening + 3) in parentheticals(doc, sent, ends)
    met = [t.i for t in doc if t.text == "met"][0]
    assert (
        clause_bounds(doc, sent, met, met + 1, parentheticals(doc, sent, ends))[0] == 0
    )


def test_asides_only_inside_the_sentence(pipeline: Pipeline) -> None:
    # Actor ends of the whole doc may be given: only the sentence's count.
    doc = pipeline.doc(
        "Iran (R) met Iraq (L) in Baghdad. Turkey (C) and Syria (R) also met.",
        date=dt.date(2024, 2, 23),
    )
    ends = {s.end for s in doc._.actor_spans}
    first = doc[0 : [t.i for t in doc if t.text == "."][0] + 1]
    second = doc[first.end : len(doc)]
    brackets = [t.i for t in doc if t.text == "("]
    assert parentheticals(doc, first, ends) == [(i, i + 3) for i in brackets[:2]]
    assert parentheticals(doc, second, ends) == [(i, i + 3) for i in brackets[2:]]


def test_no_parenthetical_without_an_opener(pipeline: Pipeline) -> None:
    # "Armenia, Russia and Belarus" is a list, not an aside.
    doc = pipeline.doc(
        "Armenia, Russia and Belarus, met in Minsk.", date=dt.date(2024, 2, 23)
    )
    ends = {s.end for s in doc._.actor_spans}
    assert parentheticals(doc, doc[0 : len(doc)], ends) == []


# -- read_cues ---------------------------------------------------------------------------


@pytest.mark.parametrize(
    ("text", "word", "negated", "modality", "control"),
    [
        ("Armenia left the CSTO.", "left", False, "asserted", None),
        # Negation.
        ("Armenia did not attend the summit.", "attend", True, "asserted", None),
        ("Armenia never joined NATO.", "joined", True, "asserted", None),
        ("Russia didn't send troops.", "send", True, "asserted", None),
        # "not only" adds, it does not negate.
        ("Armenia not only joined the bloc.", "joined", False, "asserted", None),
        # "the lack of support": a nominal negator.
        ("They noted the lack of support from Russia.", "support", True, "asserted", None),
        # A noun's own predicate: "is not planned" denies it, "is expected" is to come.
        ("A meeting between Putin and Zelensky is not planned.", "meeting", True, "asserted", None),
        ("Talks between Armenia and Azerbaijan are expected next month.", "Talks", False, "future", None),
        # A gerund after "avoided" is not done.
        ("Yerevan has avoided criticising Moscow.", "criticising", True, "asserted", None),
        # Modals.
        ("Armenia will leave the CSTO.", "leave", False, "future", None),
        ("They'll leave the CSTO.", "leave", False, "future", None),
        ("Russia won't send troops.", "send", True, "future", None),
        ("Armenia could leave the CSTO.", "leave", False, "hypothetical", None),
        ("Armenia might leave the CSTO.", "leave", False, "hypothetical", None),
        ("Armenia will not leave the CSTO.", "leave", True, "future", None),
        # A condition after the trigger turns a modal into a condition.
        ("Armenia would leave the CSTO if Russia failed it.", "leave", False, "conditional", None),
        ("Armenia will leave the CSTO unless Russia helps.", "leave", False, "conditional", None),
        # Control words.
        ("Armenia refused to join the union.", "join", False, "asserted", "refuse"),
        ("Turkey urged Sweden to extradite suspects.", "extradite", False, "asserted", "request"),
        ("Russia threatened to cut gas supplies.", "cut", False, "asserted", "threat"),
        ("Russia failed to deliver weapons.", "deliver", False, "asserted", "fail"),
        ("Armenia plans to join the EU.", "join", False, "future", "future"),
        ("Armenia decided not to send troops.", "send", True, "asserted", "decide"),
        # "of" links a control noun only right before it.
        ("Georgia's ambition to join the EU is clear.", "join", False, "future", "future"),
        # An intent noun after the trigger: "the accession process".
        ("Armenia began the accession process.", "accession", False, "future", None),
        # ... but a present verb before "talks" reports talks being held.
        ("Armenia holds talks with Iran.", "holds", False, "asserted", None),
        ("Armenia and Iran hold talks.", "hold", False, "asserted", None),
        ("Armenia and Iran to hold talks.", "hold", False, "future", None),
        ("Armenia's accession talks stalled.", "accession", False, "future", None),
        # ... but "phone talks" are the talks themselves, held.
        ("Macron's telephone talks with Putin lasted two hours.", "telephone", False, "asserted", None),
        # A bare gerund governed by a later modal.
        ("Sweden joining NATO would change the region.", "joining", False, "hypothetical", None),
        # A gerund with its own subject after a preposition: a prospect.
        ("Turkey lifted its veto on Sweden joining NATO.", "joining", False, "hypothetical", None),
        ("Armenians marched through Yerevan demanding change.", "demanding", False, "asserted", None),
        # A goal, not an act: "for X to join".
        ("It was time for Ukraine to join the EU.", "join", False, "hypothetical", None),
        # ... but "to its appeal" is a preposition before a noun phrase (the
        # "not" is read here; the coder lifts it from a noun under a negated verb).
        ("Yerevan blamed Moscow for not responding to its appeal.", "appeal", True, "asserted", None),
        # A verb with its own subject after the negator is a clause of its own:
        # Armenia did ask; but "nor Brussels has recognised" is negated by its
        # subject's own negator, and "not Russia" is no new subject.
        ("The CSTO did not send the troops Armenia requested.", "requested", False, "asserted", None),
        ("Russia did not deliver the arms Armenia had asked for.", "asked", False, "asserted", None),
        ("Neither Washington nor Brussels has recognised Lukashenko.", "recognised", True, "asserted", None),
        ("The CSTO did not send troops.", "send", True, "asserted", None),
        # "is to" + verb schedules the act; "is to blame" names a culprit.
        ("Putin is to visit Minsk next week.", "visit", False, "future", None),
        ("The summit is to be attended by Putin.", "attended", False, "future", None),
        ("Blinken was to meet Lavrov in Geneva.", "meet", False, "future", None),
        ("Russia is to blame for the attack.", "blame", False, "asserted", None),
        # The act after an aspect verb or "help X" shares that verb's cues.
        ("Russia agreed to continue supplying gas.", "supplying", False, "future", "future"),
        ("Turkey offered to help Sweden and Finland sign the deal.", "sign", False, "future", "future"),
        ("Russia continued shelling Kharkiv.", "shelling", False, "asserted", None),
        ("China asked the United States to stop arming Taiwan.", "arming", False, "asserted", "request"),
    ],
)  # fmt: skip
def test_read_cues(
    cues, text: str, word: str, negated: bool, modality: str, control: str | None
) -> None:  # type: ignore[no-untyped-def]
    got = cues(text, word)
    assert (got.negated, got.modality, got.control) == (negated, modality, control)


def test_read_cues_positions(parse, cues) -> None:  # type: ignore[no-untyped-def]
    text = "Turkey urged Sweden to extradite suspects."
    got = cues(text, "extradite")
    doc, _, _ = parse(text, "extradite")
    assert doc[got.control_at].text == "urged" and doc[got.to_at].text == "to"
    assert got.modal is None


def test_read_cues_records_the_modal(cues) -> None:  # type: ignore[no-untyped-def]
    assert cues("Armenia would leave the CSTO.", "leave").modal == "would"
    assert cues("Armenia will leave the CSTO.", "leave").modal == "will"


@pytest.mark.parametrize(
    ("text", "word", "in_condition", "modality"),
    [
        ("If Sweden joined NATO, Russia would respond.", "joined", True, "conditional"),
        ("Unless Armenia leaves, nothing changes.", "leaves", True, "conditional"),
        (
            "Russia would respond if Sweden joined NATO.",
            "respond",
            False,
            "conditional",
        ),
        ("If asked, Russia said, it would respond.", "respond", False, "conditional"),
    ],
)
def test_condition_clauses(
    cues, text: str, word: str, in_condition: bool, modality: str
) -> None:  # type: ignore[no-untyped-def]
    got = cues(text, word)
    assert (got.in_condition, got.modality) == (in_condition, modality)


# -- looks_nominal -----------------------------------------------------------------------


@pytest.mark.parametrize(
    ("text", "word", "nominal"),
    [
        ("Armenia's freezing of its membership angered Moscow.", "freezing", True),
        ("The freezing of ties angered Moscow.", "freezing", True),
        ("Moscow criticised its suspension.", "suspension", True),
        ("Moscow offered military support.", "support", True),
        ("Armenia froze its membership.", "froze", False),
        ("Russia will support Armenia.", "support", False),
        ("Russia would support Armenia.", "support", False),
        ("Russia strongly supports Armenia.", "supports", False),
        # An ordinal after a determiner: "a first meeting".
        ("Blinken joined Lavrov for a first meeting with allies.", "meeting", True),
        ("Blinken first met Lavrov in 2021.", "met", False),
        # An inflected verb after a relative "that"; a noun after a demonstrative.
        ("Mali was the first state that left ECOWAS.", "left", False),
        ("Egypt was the only one that refused to sign.", "refused", False),
        ("Russia condemned that meeting.", "meeting", True),
        ("Hungary said that attacks must stop.", "attacks", True),
    ],
)
def test_looks_nominal(parse, text: str, word: str, nominal: bool) -> None:  # type: ignore[no-untyped-def]
    doc, sent, i = parse(text, word)
    assert looks_nominal(doc, sent, i, i + 1) is nominal


def test_the_national_side_is_a_subject(pipeline: Pipeline) -> None:
    """In "The Russian side supports", a verb follows the readout's "side": no
    compound noun like "Russian missile strikes"."""
    from allegiance.nlp.arguments import modifier_ends

    doc = pipeline.doc(
        "The Russian side supports Serbia's position.", date=dt.date(2024, 2, 23)
    )
    sent = doc[0 : len(doc)]
    assert not looks_nominal(doc, sent, 3, 4, modifier_ends(doc))


def test_a_comma_ends_the_search_for_a_controlling_noun(pipeline: Pipeline) -> None:
    """In "At the invitation of Modi, the President of Sri Lanka paid a visit",
    the "of" before the trigger is the title's, not the invitation's."""
    events = pipeline.code_text(
        "At the invitation of Prime Minister Narendra Modi, the President of Sri"
        " Lanka paid an official visit to India.",
        date=dt.date(2024, 5, 1),
    )
    assert {(e.source, e.target, e.plover, e.modality) for e in events} == {
        ("LKA", "IND", "CONSULT", "asserted")
    }


def test_national_adjective_makes_a_noun(pipeline: Pipeline) -> None:
    from allegiance.nlp.arguments import modifier_ends

    doc = pipeline.doc("Russian support reached Armenia.", date=dt.date(2024, 2, 23))
    sent = doc[0 : len(doc)]
    assert not looks_nominal(doc, sent, 1, 2)  # without the actor spans
    assert looks_nominal(doc, sent, 1, 2, modifier_ends(doc))


@pytest.mark.parametrize(
    ("text", "at", "nominal"),
    [
        # A national adjective, then a plain noun, then a plural: a compound noun.
        ("Russian missile strikes hit Kyiv.", 2, True),
        ("Daily Russian drone attacks continued.", 3, True),
        # After "a", the singular noun is a subject and the word its verb.
        ("A Russian missile strikes Kyiv.", 3, False),
    ],
)
def test_adjective_noun_compound_is_a_noun(
    pipeline: Pipeline, text: str, at: int, nominal: bool
) -> None:
    from allegiance.nlp.arguments import modifier_ends

    doc = pipeline.doc(text, date=dt.date(2024, 2, 23))
    sent = doc[0 : len(doc)]
    assert looks_nominal(doc, sent, at, at + 1, modifier_ends(doc)) is nominal


# -- is_passive --------------------------------------------------------------------------


@pytest.mark.parametrize(
    ("text", "word", "passive"),
    [
        ("Russia was expelled from the Council of Europe.", "expelled", True),
        ("Kyiv was shelled by Russian forces.", "shelled", True),
        ("Finland was formally admitted to NATO.", "admitted", True),
        ("Armenia has been repeatedly attacked.", "attacked", True),
        # A second participle after "and" shares the first one's voice.
        ("Fico was shot and seriously wounded in Handlova.", "wounded", True),
        ("Russia attacked and occupied Crimea.", "occupied", False),
        ("A deal brokered by China restored ties.", "brokered", True),
        # A reduced relative: no object of its own, an actor as "by" agent.
        ("The civilians evacuated from Sudan by France arrived.", "evacuated", True),
        (
            "The Sudanese government expelled workers hired by the UN.",
            "expelled",
            False,
        ),
        ("Officials evacuated civilians from Sudan by bus.", "evacuated", False),
        ("The Council of Europe expelled Russia.", "expelled", False),
        ("Russia has expelled diplomats.", "expelled", False),
        ("Russia was shelling Kyiv.", "shelling", False),
        # A trigger opening on its negator is passive only with an agent.
        ("Armenia wasn't represented at the summit.", "n't", False),
        ("The deal was not signed by Iran.", "not", True),
    ],
)
def test_is_passive(parse, text: str, word: str, passive: bool) -> None:  # type: ignore[no-untyped-def]
    doc, sent, i = parse(text, word)
    _, right = clause_bounds(doc, sent, i, i + 1)
    assert is_passive(doc, i, i + 1, right) is passive


def test_military_before_a_past_verb_heads_the_subject(pipeline: Pipeline) -> None:
    events = pipeline.code_text(
        "The Pakistani military struck hideouts in Iran.", date=dt.date(2024, 1, 18)
    )
    assert {(e.source, e.target, e.plover) for e in events} == {
        ("PAK", "IRN", "ASSAULT")
    }


def test_relative_clause_after_a_modified_noun_is_an_aside(pipeline: Pipeline) -> None:
    events = pipeline.code_text(
        "A Chinese coast guard ship, which had shadowed the convoy for hours, "
        "rammed a Philippine supply boat.",
        date=dt.date(2024, 6, 17),
    )
    assert {(e.source, e.target) for e in events} == {("CHN", "PHL")}


def test_a_relative_clause_after_an_owned_noun_is_an_aside(pipeline: Pipeline) -> None:
    doc = pipeline.doc(
        "Kosovo's independence, which Serbia rejects, was recognised by Kenya.",
        date=dt.date(2023, 3, 1),
    )
    asides = parentheticals(doc, doc[0 : len(doc)], {a.end for a in doc._.actor_spans})
    assert [doc[s:e].text for s, e in asides] == [", which Serbia rejects,"]


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # A gerund after "<head> of" is the clause subject's verb.
        ("The CSTO stopped short of sending troops to Armenia.", ("CSTO", "ARM", "AID", True, "asserted")),
        ("Burkina Faso began the process of withdrawing from ECOWAS.", ("BFA", "ECOWAS", "SANCTION", False, "future")),
        ("Sweden is on the verge of joining NATO.", ("SWE", "NATO", "AGREE", False, "future")),
    ],
)  # fmt: skip
def test_a_gerund_after_a_head_noun_of(code, text: str, expected) -> None:  # type: ignore[no-untyped-def]
    events = code(text, date=dt.date(2024, 6, 10))
    assert [(e.source, e.target, e.plover, e.negated, e.modality) for e in events] == [
        expected
    ]


@pytest.mark.parametrize(
    ("text", "modality"),
    [
        # An act named after a prospect and "for" is to come.
        ("Russia recognised the need for talks with Ukraine.", "hypothetical"),
        ("Prospects for a meeting between Xi and Biden improved.", "hypothetical"),
        ("Europe needs to boost defence cooperation with Ukraine.", "hypothetical"),
        # An act held is asserted.
        ("Russia held talks with Ukraine.", "asserted"),
    ],
)
def test_an_act_after_a_prospect_for_is_to_come(code, text: str, modality: str) -> None:  # type: ignore[no-untyped-def]
    events = code(text, date=dt.date(2024, 6, 10))
    assert events and {e.modality for e in events} == {modality}


# -- headline future ----------------------------------------------------------------------


@pytest.mark.parametrize(
    ("text", "word", "modality"),
    [
        # A bare subject and "to" + verb: headline future.
        ("Xi to visit Moscow next week", "visit", "future"),
        ("Guyana, Venezuela leaders to meet in St Vincent", "meet", "future"),
        # ... also inside a quoted headline after a colon.
        ("Blinken: US to send more aid to Ukraine", "send", "future"),
        # A verb before "to": a purpose, not a headline.
        ("Russia sent troops to help Assad.", "help", "asserted"),
    ],
)  # fmt: skip
def test_headline_future(cues, text: str, word: str, modality: str) -> None:  # type: ignore[no-untyped-def]
    assert cues(text, word).modality == modality
