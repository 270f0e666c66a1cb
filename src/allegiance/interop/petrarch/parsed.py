"""The parse tier: verbs, subjects and objects read from a Penn Treebank parse."""

from __future__ import annotations

from .matching import AgentHit, Hits, Mention, Part, borrow, compose, inherit
from .patterns import SentenceFacts
from .sites import PASSIVE_AUX, Analysis, VerbSite, find_verb
from .tree import Node, Tree
from .verbs import VerbDictionary

__all__ = ["analyse_tree"]

_NOUN_PHRASES = frozenset({"NP", "NX", "NML", "WHNP"})
_CLAUSES = frozenset({"S", "SINV", "SQ"})
# Phrases after a noun phrase's head that are not part of the name.
_POST_MODIFIERS = frozenset({"PP", "SBAR", "VP", "S", "RRC", "PRN", "ADVP", "-LRB-"})
_SEPARATORS = frozenset({"CC", ",", ":", "CONJP"})
_OWNER_PREPS = frozenset({"OF", "IN", "FROM", "AT"})
_PRONOUNS = frozenset({"PRP", "WP", "WDT"})
# Subordinators that open adverbial clauses: their subject does not pass on.
_COMPLEMENTISERS = frozenset({"THAT", "WHETHER", "IF"})


class _Reader:
    """Reads one parsed sentence; part lists are cached by node."""

    def __init__(self, tree: Tree, words: tuple[str, ...], hits: Hits) -> None:
        self.tree = tree
        self.words = words
        self.hits = hits
        self._parts: dict[int, list[Part]] = {}

    # -- actor mentions -------------------------------------------------------

    def parts(self, node: Node) -> list[Part]:
        """The actor parts a noun phrase names (one per compound member)."""
        cached = self._parts.get(node.index)
        if cached is None:
            cached = self._compute_parts(node)
            self._parts[node.index] = cached
        return cached

    def _compute_parts(self, node: Node) -> list[Part]:
        if node.is_leaf:
            return compose(self.hits, node.start, node.end)
        children = list(node.children)
        if not any(c.label in ("CC", "CONJP") for c in children[1:]):
            return self._group(children)
        groups: list[list[Node]] = [[]]
        for child in children:
            if child.label in _SEPARATORS:
                groups.append([])
            else:
                groups[-1].append(child)
        flat = all(len(g) != 1 or g[0].is_leaf for g in groups if g)
        out: list[Part] = []
        first: Part | None = None
        for group in groups:
            for part in self._group(group) if group else []:
                if first is None:
                    first = part
                elif flat:
                    part = inherit(first, part)
                out.append(part)
        return out

    def _group(self, children: list[Node]) -> list[Part]:
        """Parts of one noun phrase (or conjunct): its head, whose nested noun
        phrase ("Gondor 's", "Eriadori and Calenardhon") names the actors and
        whose other words add agents; bare agents take an owner phrase's actor."""
        head = [c for c in children if c.label not in _POST_MODIFIERS]
        if not head:
            return []
        found: list[Part] = []
        nested = [c for c in head if c.label in _NOUN_PHRASES and not c.is_leaf]
        for inner in nested:
            found = self.parts(inner)
            if found:
                extra = [
                    a
                    for c in head
                    if c is not inner
                    for a in self.hits.agents_in(c.start, c.end)
                ]
                found = [_with_agents(p, extra) for p in found]
                break
        else:
            found = compose(self.hits, head[0].start, head[-1].end)
        if all(p.actor is None for p in found):
            for child in children:
                if child.label == "PP" and self.words[child.start] in _OWNER_PREPS:
                    owner = next((c for c in child.children if c.label == "NP"), None)
                    if owner is None:
                        continue
                    if not found:  # "goats of Gondor": the owner names the actor
                        return self.parts(owner)
                    return borrow(found, self.parts(owner))
        return found

    def mention(self, node: Node) -> Mention | None:
        """The mention a noun phrase makes, if it names an actor or agent."""
        parts = [p for p in self.parts(node) if p.named]
        return Mention(node.start, node.end, tuple(parts)) if parts else None

    def first_mention(
        self, node: Node, skip: frozenset[int] = frozenset()
    ) -> Mention | None:
        """The first noun phrase in `node` (itself included) that names an actor."""
        if node.index in skip:
            return None
        if node.label in _NOUN_PHRASES:
            found = self.mention(node)
            if found is not None:
                return found
        for child in node.children:
            found = self.first_mention(child, skip)
            if found is not None:
                return found
        return None

    def slot_mention(self, start: int, end: int) -> Mention:
        """The mention a pattern slot stands for when it meets the actor at words
        `start:end`: the smallest noun phrase holding it, widened to a compound."""
        node: Node | None = None
        for candidate in self.tree.nodes:
            if (
                candidate.label in _NOUN_PHRASES
                and candidate.start <= start
                and end <= candidate.end
                and (
                    node is None
                    or candidate.end - candidate.start < node.end - node.start
                )
            ):
                node = candidate
        while node is not None:
            parent = self.tree.parent_of(node)
            if parent is None or parent.label not in _NOUN_PHRASES:
                break
            if not any(c.label in ("CC", "CONJP") for c in parent.children):
                break
            node = parent
        found = self.mention(node) if node is not None else None
        return found or Mention(start, end, tuple(compose(self.hits, start, end)))

    # -- clause structure -----------------------------------------------------

    def top_vp(self, node: Node) -> Node:
        """Climb from a verb's phrase through auxiliary and coordinated VPs."""
        parent = self.tree.parent_of(node)
        while parent is not None and parent.label == "VP":
            node, parent = parent, self.tree.parent_of(parent)
        return node

    def subjects(self, leaf: Node) -> list[Mention]:
        """Subject candidates: the verb's clause, then the clauses governing it
        (through infinitives, complement clauses and pronoun subjects)."""
        chain: list[Mention] = []
        vp = self.tree.parent_of(leaf) or leaf
        for _ in range(6):  # deep enough for "said X indicated it would act"
            top = self.top_vp(vp)
            clause = self.tree.parent_of(top)
            if clause is None:
                break
            if clause.label in _NOUN_PHRASES:  # a reduced relative: "a woman believed"
                chain.extend(self._head_mention(clause, top.start))
                break
            subject = self._subject_of(clause, top)
            if subject is not None and not self._is_pronoun(subject):
                named = self.first_mention(subject)
                if named is None:
                    break  # a subject that is no actor ("crowds"): no source
                chain.append(named)
            governor = self._governing_vp(clause, subject, chain)
            if governor is None:
                break
            if subject is None:  # "urged Bree to help": the object controls
                chain.extend(self._object_before(governor, clause))
            vp = governor
        return chain

    def _subject_of(self, clause: Node, top: Node) -> Node | None:
        if clause.label not in _CLAUSES:
            return None
        before = [c for c in clause.children if c.end <= top.start]
        return next((c for c in reversed(before) if c.label == "NP"), None)

    def _head_mention(self, phrase: Node, end: int) -> list[Mention]:
        """The mention made by a noun phrase's words before word `end`."""
        found = self._group([c for c in phrase.children if c.end <= end])
        return [Mention(phrase.start, end, tuple(found))] if found else []

    def _governing_vp(
        self, clause: Node, subject: Node | None, chain: list[Mention]
    ) -> Node | None:
        """The verb phrase a clause is the complement of; None for a relative
        clause (its antecedent joins `chain`) or an adverbial one with its own
        subject ("after a hafling was reported")."""
        governor = self.tree.parent_of(clause)
        if governor is not None and governor.label == "SBAR":
            if any(c.label.startswith("WH") for c in governor.children):
                antecedent = self.tree.parent_of(governor)
                if antecedent is not None and antecedent.label in _NOUN_PHRASES:
                    chain.extend(self._head_mention(antecedent, governor.start))
                return None
            opener = governor.children[0]
            if (
                subject is not None
                and opener.label == "IN"
                and self.words[opener.start] not in _COMPLEMENTISERS
            ):
                return None
            governor = self.tree.parent_of(governor)
        return governor if governor is not None and governor.label == "VP" else None

    def _object_before(self, governor: Node, clause: Node) -> list[Mention]:
        objects = [c for c in governor.children if c.end <= clause.start]
        obj = next((c for c in reversed(objects) if c.label == "NP"), None)
        found = self.first_mention(obj) if obj is not None else None
        return [found] if found is not None else []

    def _is_pronoun(self, node: Node) -> bool:
        leaves = [n for n in node.walk() if n.is_leaf]
        return len(leaves) == 1 and leaves[0].label in _PRONOUNS

    def is_passive(self, leaf: Node) -> bool:
        """A past participle under a form of BE or GET ("was opposed")."""
        if leaf.label != "VBN":
            return False
        node = self.tree.parent_of(leaf)
        while node is not None and node.label == "VP":
            for child in node.children:
                if child.is_leaf and child.label.startswith(("VB", "AUX")):
                    if child is not leaf and self.words[child.start] in PASSIVE_AUX:
                        return True
                    break
            node = self.tree.parent_of(node)
        return False

    def objects(
        self, leaf: Node, end: int, passive: bool
    ) -> tuple[Mention | None, Mention | None]:
        """(first actor after the verb in its phrase, passive "by" agent)."""
        vp = self.tree.parent_of(leaf)
        if vp is None:
            return None, None
        agent = None
        skip: set[int] = set()
        if passive:  # "was opposed (earlier) by Osgiliath"
            near = [
                c
                for n in vp.children
                for c in (n.children if n.label == "ADVP" else (n,))
            ]
            for child in near:
                if child.label == "PP" and self.words[child.start] == "BY":
                    agent = self.first_mention(child)
                    skip.add(child.index)
                    break
        for child in vp.children:
            if child.start >= end:
                found = self.first_mention(child, frozenset(skip))
                if found is not None:
                    return found, agent
        return None, agent

    def governor(self, leaf: Node, sites: list[tuple[Node, int]]) -> int | None:
        """The site whose phrase holds this verb through a subject-less clause
        ("urged Bree to help", "abandoned efforts to stop")."""
        node = self.tree.parent_of(leaf)
        bare = False
        while node is not None:
            if node.label in _CLAUSES:
                if any(c.label == "NP" and c.end <= leaf.start for c in node.children):
                    return None  # the clause has its own subject
                bare = True
            elif bare and node.label == "VP":
                for other, index in sites:
                    if self.tree.parent_of(other) is node:
                        return index
            node = self.tree.parent_of(node)
        return None


def _with_agents(part: Part, agents: list[AgentHit]) -> Part:
    before = tuple(a.code for a in agents if a.prefix)
    after = tuple(a.code for a in agents if not a.prefix)
    return Part(part.actor, part.before + before, part.after + after)


def analyse_tree(
    tree: Tree, words: tuple[str, ...], hits: Hits, verbs: VerbDictionary
) -> Analysis:
    """Find the dictionary verbs of a parsed sentence and their actors.

    Args:
        tree: the sentence's parse.
        words: its words, upper-case (the parse's leaves).
        hits: the actors and agents found in `words`.
        verbs: the verb dictionary.
    """
    reader = _Reader(tree, words, hits)
    sites: list[VerbSite] = []
    placed: list[tuple[Node, int]] = []
    for leaf in tree.leaves:
        if not leaf.label.startswith("VB"):
            continue
        found = find_verb(words, leaf.start, verbs)
        if found is None:
            continue
        forms, start, end = found
        passive = reader.is_passive(leaf)
        target, agent = reader.objects(leaf, end, passive)
        sources = reader.subjects(leaf)
        if passive and agent is not None:
            target, sources = (sources[0] if sources else None), [agent]
        governor = reader.governor(leaf, placed)
        placed.append((leaf, len(sites)))
        scope = (tree.parent_of(leaf) or leaf).end
        sites.append(
            VerbSite(start, end, forms, tuple(sources), target, governor, scope)
        )
    slots = {
        h.start: (h.end, reader.slot_mention(h.start, h.end))
        for h in hits.actors
        if h.codes
    }
    chunks = tuple(
        (n.start, n.end)
        for n in tree.nodes
        if n.label == "NP" and not any(d.label == "NP" for d in n.walk() if d is not n)
    )
    return Analysis(tuple(sites), SentenceFacts(words, slots, chunks))
