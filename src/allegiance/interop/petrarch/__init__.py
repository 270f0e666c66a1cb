"""PETRARCH dictionaries in Allegiance: read them, code with them, convert them."""

from .coder import (
    CodedSentence,
    PetrarchCoder,
    PetrarchDictionaries,
    PetrarchEvent,
    Tier,
    load_dictionaries,
)
from .dictionaries import (
    ActorDictionary,
    AgentDictionary,
    DiscardList,
    read_actor_dictionary,
    read_agent_dictionary,
    read_discard_list,
)
from .lexicon import to_lexicon
from .records import ExpectedEvent, UnitTestRecord, read_records
from .tree import Tree, parse_tree
from .verbs import VerbDictionary, read_verb_dictionary

__all__ = [
    "ActorDictionary",
    "AgentDictionary",
    "CodedSentence",
    "DiscardList",
    "ExpectedEvent",
    "PetrarchCoder",
    "PetrarchDictionaries",
    "PetrarchEvent",
    "Tier",
    "Tree",
    "UnitTestRecord",
    "VerbDictionary",
    "load_dictionaries",
    "parse_tree",
    "read_actor_dictionary",
    "read_agent_dictionary",
    "read_discard_list",
    "read_records",
    "read_verb_dictionary",
    "to_lexicon",
]
