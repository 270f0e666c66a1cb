"""The Penn Treebank reader."""

from __future__ import annotations

import pytest

from allegiance.errors import DataFileError
from allegiance.interop.petrarch.tree import parse_tree

PARSE = """(ROOT (S (NP (NNP Vesperia) (POS 's) (NNS soldiers))
  (VP (VBD attacked) (NP (NNP Lunaria)) (PRN (-LRB- -LRB-) (NN sic) (-RRB- -RRB-)))
  (. .)))"""


def test_leaves_spans_and_parents() -> None:
    tree = parse_tree(PARSE)
    assert tree.words == (
        "Vesperia", "'s", "soldiers", "attacked", "Lunaria", "(", "sic", ")", ".",
    )  # fmt: skip
    assert tree.tags[3] == "VBD"
    verb = tree.leaves[3]
    vp = tree.parent_of(verb)
    assert vp is not None and vp.label == "VP" and (vp.start, vp.end) == (3, 8)
    assert [n.label for n in tree.ancestors(verb)] == ["VP", "S", "ROOT"]
    assert tree.parent_of(tree.root) is None
    assert [n.label for n in tree.root.walk()][:3] == ["ROOT", "S", "NP"]


@pytest.mark.parametrize(
    ("text", "problem"),
    [
        ("(ROOT (S (NP (NNP Vesperia))", "expected '\\)'"),
        ("(ROOT (NP (NNP Vesperia))))", "text after the closing bracket"),
        ("(ROOT (S))", "empty constituent"),
        ("NNP Vesperia", "expected '\\('"),
    ],
)
def test_malformed_parses_name_the_problem(text: str, problem: str) -> None:
    with pytest.raises(DataFileError, match=f"rec-7: malformed parse \\({problem}"):
        parse_tree(text, where="rec-7")
