"""TABARI-style pattern matching around a verb."""

from __future__ import annotations

import pytest

from allegiance.interop.petrarch.matching import Mention, Part
from allegiance.interop.petrarch.patterns import SentenceFacts, match_block
from allegiance.interop.petrarch.verbs import EventCode, read_verb_dictionary

VERBS = """\
&NEG
+DID N'T
+WILL NOT

--- CLASH [121] ---
CLASH
- UNEXPECTEDLY &NEG * [906]
- &NEG EVER * [905]
- &NEG * OVER EFFORTS [904]
- * OVER EFFORTS [121]
- FORCIBLY_* [212]
- * AT ^ + [162]
- % * [036:036]
"""


def facts(text: str, actors: dict[int, tuple[int, tuple[str, ...]]]) -> SentenceFacts:
    """Facts for `text` (one word a token); `actors` maps start -> (end, codes)."""
    words = tuple(text.upper().split())
    slots = {
        s: (e, Mention(s, e, tuple(Part(c) for c in codes)))
        for s, (e, codes) in actors.items()
    }
    chunks = ((3, 5), (6, 8))  # "the Gondor" and "the Prince" in the skip case
    return SentenceFacts(words, slots, chunks)


@pytest.fixture(scope="module")
def block(tmp_path_factory: pytest.TempPathFactory):  # type: ignore[no-untyped-def]
    path = tmp_path_factory.mktemp("v") / "verbs.txt"
    path.write_text(VERBS, "utf-8")
    verbs = read_verb_dictionary(path)
    return verbs.blocks[0], verbs.synsets


def code_of(block, text: str, verb_at: int, actors=None) -> str | None:  # type: ignore[no-untyped-def]
    block_, synsets = block
    default = EventCode("121", "121", None)
    match = match_block(
        block_, default, (verb_at, verb_at + 1), facts(text, actors or {}), synsets
    )
    return match.code.forward


@pytest.mark.parametrize(
    ("text", "verb_at", "code"),
    [
        ("X clashed", 1, "121"),  # no pattern: the verb's own code
        ("X did n't clash over the efforts", 3, "904"),  # words between are fine
        ("X unexpectedly did n't clash over efforts", 4, "906"),  # first in file order
        ("X did n't ever clash over efforts", 4, "905"),
        ("X forcibly clashed", 2, "212"),
        ("X forcibly and loudly clashed", 4, "121"),  # FORCIBLY_* must touch the verb
        ("X did n't clash over effort", 3, "121"),  # whole words: EFFORTS only
    ],
)
def test_words_synsets_and_order(block, text: str, verb_at: int, code: str) -> None:  # type: ignore[no-untyped-def]
    assert code_of(block, text, verb_at) == code


def test_skip_jumps_a_noun_phrase(block) -> None:  # type: ignore[no-untyped-def]
    block_, synsets = block
    text = "X clashed at the Gondor of the Prince"
    actors = {4: (5, ("GON",)), 7: (8, ("PRI",))}
    match = match_block(
        block_, EventCode("121", "121", None), (1, 2), facts(text, actors), synsets
    )
    assert match.code.forward == "162"
    assert match.target is not None and match.target.codes == ("PRI",)


def test_compound_slot_needs_two_members(block) -> None:  # type: ignore[no-untyped-def]
    block_, synsets = block
    default = EventCode("121", "121", None)
    pair = facts("X clashed", {0: (1, ("GON", "OSG"))})
    match = match_block(block_, default, (1, 2), pair, synsets)
    assert match.pairwise and match.code.forward == "036"
    alone = facts("X clashed", {0: (1, ("GON",))})
    assert not match_block(block_, default, (1, 2), alone, synsets).pairwise
