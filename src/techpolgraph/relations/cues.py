"""The cue words of relations and of modality, read from package data (users may extend them)."""

from __future__ import annotations

from dataclasses import dataclass
from functools import lru_cache
from typing import Union
from pathlib import Path

from ..data import read_lines, read_table
from ..errors import CueDataError
from ..models import RelationType


#: Where a cue's other party stands (see the header of relation_cues.tsv).
ARGUMENTS = ("obj", "avec", "à", "de", "entre", "agent_de", "event")


#: Pronouns that may open a verbal cue (« se rencontrer », « s'en prendre à »).
PRONOUNS = frozenset({"se", "en", "y"})


@dataclass(frozen=True)
class Cue:
    """A word that signals a relation, and where the other party stands (see relation_cues.tsv)."""

    lemma: str
    pos: str
    relation: RelationType
    argument: str

    @property
    def words(self) -> tuple[str, ...]:
        """The lemma's words without its pronouns ("se rencontrer" -> ("rencontrer",),
        "s'en prendre" -> ("prendre",))."""
        words = self.lemma.replace("s'", "se ").split()
        while len(words) > 1 and words[0] in PRONOUNS:
            words = words[1:]
        return tuple(words)

    @property
    def clitics(self) -> tuple[str, ...]:
        """Pronouns other than « se » that the cue needs before it (« en » of « s'en prendre »)."""
        words = self.lemma.replace("s'", "se ").split()
        out = []
        for word in words:
            if word not in PRONOUNS:
                break
            if word != "se":
                out.append(word)
        return tuple(out)

    @property
    def reflexive(self) -> bool:
        return self.lemma.startswith(("se ", "s'"))


class CueTable:
    """Cues indexed by the lemma of their first (non-reflexive) word.

    >>> table = CueTable.shipped()
    >>> sorted({c.relation.value for c in table.for_lemma("dîner")})
    ['met']
    """

    def __init__(self, cues: list[Cue]) -> None:
        self.cues = cues
        self.by_first: dict[str, list[Cue]] = {}
        for cue in cues:
            self.by_first.setdefault(cue.words[0], []).append(cue)

    @classmethod
    def from_file(cls, path: Union[str, Path] = "relation_cues.tsv") -> "CueTable":
        """The cues of a file (the shipped one by name, or a user's by path).

        Raises :class:`CueDataError` naming the file and the row that cannot be used.
        """
        cues = []
        for row in read_table(path):
            if len(row) < 4:
                raise CueDataError(f"{path}: row {row!r} needs 4 columns: lemma, VERB or NOUN, relation, argument")
            lemma, pos, relation, argument = row[0].lower(), row[1].upper(), row[2], row[3]
            if pos not in ("VERB", "NOUN"):
                raise CueDataError(f"{path}: row {lemma!r}: part of speech must be VERB or NOUN, not {row[1]!r}")
            if relation not in {t.value for t in RelationType}:
                raise CueDataError(f"{path}: row {lemma!r}: unknown relation {relation!r}")
            if argument not in ARGUMENTS:
                raise CueDataError(f"{path}: row {lemma!r}: argument must be one of {', '.join(ARGUMENTS)}, not {argument!r}")
            cues.append(Cue(lemma, pos, RelationType(relation), argument))
        return cls(cues)

    @classmethod
    @lru_cache(maxsize=1)
    def shipped(cls) -> "CueTable":
        return cls.from_file()

    def for_lemma(self, lemma: str) -> list[Cue]:
        return self.by_first.get(lemma.lower(), [])


@lru_cache(maxsize=4)
def modality_words(path: str = "modality.tsv") -> dict[str, frozenset[str]]:
    """Effect (negation, uncertain, reporting, past) -> words, from ``modality.tsv``."""
    out: dict[str, set[str]] = {}
    for word, effect in read_table(path):
        out.setdefault(effect, set()).add(word.lower())
    return {k: frozenset(v) for k, v in out.items()}


@lru_cache(maxsize=4)
def party_actions(path: str = "party_actions.txt") -> frozenset[str]:
    """Nouns for what a party does (« la politique de X »), from ``party_actions.txt``."""
    return frozenset(w.lower() for w in read_lines(path))
