"""The cue words of relations and of modality, read from package data (users may extend them)."""

from __future__ import annotations

from dataclasses import dataclass
from functools import lru_cache
from typing import Union
from pathlib import Path

from ..data import read_table
from ..models import RelationType


@dataclass(frozen=True)
class Cue:
    """A word that signals a relation, and where the other party stands (see relation_cues.tsv)."""

    lemma: str
    pos: str
    relation: RelationType
    argument: str

    @property
    def words(self) -> tuple[str, ...]:
        """The lemma's words without a reflexive pronoun ("se rencontrer" -> ("rencontrer",))."""
        words = self.lemma.replace("s'", "se ").split()
        return tuple(words[1:] if words[0] == "se" else words)

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
        cues = [Cue(r[0].lower(), r[1].upper(), RelationType(r[2]), r[3]) for r in read_table(path)]
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
