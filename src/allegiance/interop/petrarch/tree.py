"""A small reader for Penn Treebank bracketed parses, as PETRARCH's input carries."""

from __future__ import annotations

import re
from collections.abc import Iterator
from dataclasses import dataclass

from ...errors import DataFileError

__all__ = ["Node", "Tree", "parse_tree"]

_TOKEN = re.compile(r"\(|\)|[^\s()]+")
# Penn escapes for brackets inside the text.
_UNESCAPE = {"-LRB-": "(", "-RRB-": ")", "-LCB-": "{", "-RCB-": "}"}


@dataclass(frozen=True, slots=True)
class Node:
    """One constituent: a phrase label with children, or a leaf (POS tag + word).

    `start`/`end` are leaf indexes (end exclusive); `index` is the node's position
    in preorder, the key of `Tree.parent_of`.
    """

    label: str
    children: tuple[Node, ...]
    word: str | None
    start: int
    end: int
    index: int

    @property
    def is_leaf(self) -> bool:
        """True for a part-of-speech node holding one word."""
        return self.word is not None

    def walk(self) -> Iterator[Node]:
        """This node and every node below it, in preorder (document order)."""
        yield self
        for child in self.children:
            yield from child.walk()


@dataclass(frozen=True, slots=True)
class Tree:
    """A parsed sentence: its root, its leaves in order, and each node's parent."""

    root: Node
    leaves: tuple[Node, ...]
    nodes: tuple[Node, ...]
    parents: tuple[int, ...]  # parents[node.index]; -1 for the root

    @property
    def words(self) -> tuple[str, ...]:
        """The sentence's words, in order."""
        return tuple(leaf.word or "" for leaf in self.leaves)

    @property
    def tags(self) -> tuple[str, ...]:
        """The part-of-speech tag of each word."""
        return tuple(leaf.label for leaf in self.leaves)

    def parent_of(self, node: Node) -> Node | None:
        """The node's parent (None for the root)."""
        at = self.parents[node.index]
        return self.nodes[at] if at >= 0 else None

    def ancestors(self, node: Node) -> Iterator[Node]:
        """The node's parent, grandparent ... up to the root."""
        parent = self.parent_of(node)
        while parent is not None:
            yield parent
            parent = self.parent_of(parent)


class _Builder:
    """Recursive-descent state over the token stream of one bracketed parse."""

    def __init__(self, tokens: list[str], where: str) -> None:
        self.tokens = tokens
        self.at = 0
        self.where = where
        self.leaves: list[Node] = []
        self.nodes: list[Node | None] = []
        self.parents: list[int] = []

    def fail(self, what: str) -> DataFileError:
        return DataFileError(
            f"{self.where}: malformed parse ({what} at token {self.at}). A Penn "
            "Treebank parse looks like (ROOT (S (NP (NNP Arnor)) (VP (VBD left))))."
        )

    def node(self, parent: int) -> Node:
        if self.at >= len(self.tokens) or self.tokens[self.at] != "(":
            raise self.fail("expected '('")
        self.at += 1
        index = len(self.nodes)
        self.nodes.append(None)
        self.parents.append(parent)
        label = self._label()
        if self._peek() not in ("(", ")", None):  # a leaf: (TAG word)
            word = self.tokens[self.at]
            self.at += 1
            self._close()
            leaf = Node(label, (), _UNESCAPE.get(word, word), len(self.leaves),
                        len(self.leaves) + 1, index)  # fmt: skip
            self.leaves.append(leaf)
            self.nodes[index] = leaf
            return leaf
        start = len(self.leaves)
        children = []
        while self._peek() == "(":
            children.append(self.node(index))
        self._close()
        if not children:
            raise self.fail(f"empty constituent ({label})")
        built = Node(label, tuple(children), None, start, len(self.leaves), index)
        self.nodes[index] = built
        return built

    def _label(self) -> str:
        token = self._peek()
        if token in ("(", ")", None):
            return ""  # the unlabelled outer bracket some parsers write
        self.at += 1
        return token or ""

    def _peek(self) -> str | None:
        return self.tokens[self.at] if self.at < len(self.tokens) else None

    def _close(self) -> None:
        if self._peek() != ")":
            raise self.fail("expected ')'")
        self.at += 1


def parse_tree(text: str, *, where: str = "parse") -> Tree:
    """Read one bracketed Penn Treebank parse.

    Args:
        text: the parse, e.g. "(ROOT (S (NP (NNP Arnor)) (VP (VBD left))))".
        where: where the parse comes from, for error messages ("file:line", an id).

    Returns:
        The tree, with leaves numbered in sentence order.

    Raises:
        DataFileError: the brackets do not balance or a constituent is empty.
    """
    tokens = _TOKEN.findall(text)
    builder = _Builder(tokens, where)
    root = builder.node(-1)
    if builder.at != len(tokens):
        raise builder.fail("text after the closing bracket of the root")
    nodes = tuple(n for n in builder.nodes if n is not None)
    if len(nodes) != len(builder.nodes):
        raise builder.fail("unfinished constituent")
    return Tree(root, tuple(builder.leaves), nodes, tuple(builder.parents))
