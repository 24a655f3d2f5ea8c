"""Reading a cue's parties from the dependency tree of the sentence, parsed again.

``fr_core_news_md`` parses before it recognises entities and mis-attaches rare proper names
("Macron a rencontré Musk." gives both names ``nsubj``; in "Le président a critiqué Donald
Trump." "Donald" is ``obl:arg`` and "Trump" ``advmod``). This reader parses the sentence again
with every resolved mention replaced by one common stand-in word of its kind ("Pierre",
"Paul", "Renault": ``placeholders.tsv``), which the parser attaches well ("Pierre a rencontré
Paul." gives ``nsubj`` and ``obj``), and then reads the cue's subject, object and
prepositional complements from the tree, following coordination (``conj``), control
(``xcomp``, ``advcl``: "se sont rendus à Paris pour s'entretenir avec W"), relative clauses
and appositions ("X, un ancien critique de Y").

It is one of the extractor's two ways of reading arguments; :mod:`.extract` chooses (its
``arguments`` setting) and the evaluation measures both.
"""

from __future__ import annotations

from dataclasses import dataclass
from functools import lru_cache
from typing import TYPE_CHECKING

from spacy.language import Language
from spacy.tokens import Doc, Token

from ..data import function_words, read_table
from .cues import Argument, Cue

if TYPE_CHECKING:  # pragma: no cover
    from .sentence import SentenceView, Slot

#: The components that tag and parse (the recogniser is not run again).
PARSING = ("tok2vec", "morphologizer", "parser", "attribute_ruler", "lemmatizer")
#: What the parser sometimes makes of a name right after a transitive verb
#: (« critiqué Paul » as ``flat:name``, « rencontré Musk » as a second ``nsubj``).
STRAY_OBJECTS = ("flat:name", "nsubj", "advmod", "obl:arg")
COMPLEMENTS = ("obl", "obl:arg", "obl:mod", "obl:agent", "nmod", "iobj")
#: Dependencies through which a verb or noun cue takes the subject of the word it hangs on.
CONTROL = ("xcomp", "advcl", "conj", "acl")
NOUN_HOSTS = ("obj", "obl", "obl:arg", "obl:mod", "xcomp")
PAR = ("par",)
REFLEXIVE = function_words("reflexive")


@lru_cache(maxsize=4)
def placeholders(path: str = "placeholders.tsv") -> dict[str, tuple[str, ...]]:
    """Entity kind -> stand-in words, from ``placeholders.tsv``."""
    out: dict[str, list[str]] = {}
    for kind, word in read_table(path):
        out.setdefault(kind, []).append(word)
    return {k: tuple(v) for k, v in out.items()}


@dataclass
class Reparse:
    """A sentence parsed again with its mentions replaced."""

    doc: Doc
    new_of: dict[int, int]  # token of the original doc (outside mentions) -> token of ``doc``
    slot_at: dict[int, "Slot"]  # token of ``doc`` -> the mention it stands for


class TreeReader:
    """Parses sentences again with stand-ins for mentions and reads cue arguments from the tree."""

    def __init__(self, nlp: Language) -> None:
        self.nlp = nlp

    def reparse(self, view: "SentenceView") -> Reparse:
        doc = view.doc
        words: list[str] = []
        spaces: list[bool] = []
        new_of: dict[int, int] = {}
        slot_at: dict[int, Slot] = {}
        stand_in: dict[str, str] = {}
        used: dict[str, int] = {}
        i = view.sent.start
        while i < view.sent.end:
            slot = view.at.get(i)
            if slot is not None:
                if slot.cluster not in stand_in:
                    pool = placeholders().get(slot.kind.value, ())
                    n = used.get(slot.kind.value, 0)
                    used[slot.kind.value] = n + 1
                    stand_in[slot.cluster] = pool[n] if n < len(pool) else " ".join(slot.text.split()) or "X"
                slot_at[len(words)] = slot
                words.append(stand_in[slot.cluster])
                end = max(slot.end, i + 1)
                spaces.append(bool(doc[end - 1].whitespace_))
                i = end
                continue
            new_of[i] = len(words)
            words.append(doc[i].text)
            spaces.append(bool(doc[i].whitespace_))
            i += 1
        parsed = Doc(self.nlp.vocab, words=words, spaces=spaces)
        for name, proc in self.nlp.pipeline:
            if name in PARSING:
                parsed = proc(parsed)
        return Reparse(parsed, new_of, slot_at)

    # -- reading the tree ---------------------------------------------------------------------
    def arguments(self, view: "SentenceView", cue: Token, spec: Cue, reparse: Reparse) -> tuple[list["Slot"], list["Slot"], bool]:
        """(sources, targets, passive) of the cue; for ``entre`` and reciprocal readings the
        caller pairs the sources among themselves when there is no target."""
        if cue.i not in reparse.new_of:
            return [], [], False
        c = reparse.doc[reparse.new_of[cue.i]]
        if spec.argument is Argument.ENTRE:
            return self._slots(reparse, self._complements(c, Argument.ENTRE.words)), [], False
        if spec.argument is Argument.AGENT_DE:  # « Y est dans le collimateur de X »
            actors = self._complements(c, Argument.DE.words)
            return self._slots(reparse, actors), self._slots(reparse, self._subjects(c)), True
        passive = any(t.dep_ == "aux:pass" for t in c.children) and not _reflexive(c)
        if passive:
            targets = [t for t in c.children if t.dep_ == "nsubj:pass"]
            actors = self._complements(c, PAR)
            return self._slots(reparse, actors), self._slots(reparse, targets), True
        subjects = self._subjects(c)
        if spec.argument is Argument.OBJ:
            objects = [t for t in c.children if t.dep_ == "obj"] or [
                t for t in c.children if t.i > c.i and t.dep_ in STRAY_OBJECTS and t.i in reparse.slot_at
            ]
        else:
            objects = self._complements(c, spec.argument.words)
            if not objects and c.pos_ == "NOUN" and c.head.pos_ == "VERB" and c.dep_ in NOUN_HOSTS:
                objects = self._complements(c.head, spec.argument.words)  # « apporter son soutien à X »
        return self._slots(reparse, subjects), self._slots(reparse, objects), False

    def _subjects(self, c: Token) -> list[Token]:
        t = c
        for _ in range(4):
            subjects = [x for x in t.children if x.dep_ in ("nsubj", "nsubj:pass")]
            if subjects:
                return [_antecedent(s) for s in subjects]
            if t.dep_ == "acl:relcl":
                return [t.head]  # « X, qui a rencontré Y »
            if t.dep_ == "appos" and c.pos_ == "NOUN":
                return [t.head]  # « X, un ancien critique de Y »
            if t.dep_ in CONTROL or (c.pos_ == "NOUN" and t.dep_ in NOUN_HOSTS):
                t = t.head
                continue
            break
        return []

    def _complements(self, c: Token, words: tuple[str, ...]) -> list[Token]:
        return [
            t for t in c.children if t.dep_ in COMPLEMENTS and any(k.dep_ == "case" and k.lower_ in words for k in t.children)
        ]

    def _slots(self, reparse: Reparse, tokens: list[Token]) -> list["Slot"]:
        out: list[Slot] = []
        for token in tokens:
            for t in (token, *token.conjuncts):
                slot = reparse.slot_at.get(t.i)
                if slot is None:  # « le sénateur Pierre »: the name hangs on its title
                    names = [k for k in t.children if k.dep_ in ("flat:name", "appos") and k.i in reparse.slot_at]
                    slot = reparse.slot_at[names[0].i] if names else None
                if slot is not None and slot not in out:
                    out.append(slot)
        return sorted(out, key=lambda s: s.start)


def _antecedent(token: Token) -> Token:
    """The noun a relative « qui » stands for."""
    if token.lower_ == "qui" and token.head.dep_ == "acl:relcl":
        return token.head.head
    return token


def _reflexive(c: Token) -> bool:
    return any(t.lower_ in REFLEXIVE and t.dep_.startswith("expl") for t in c.children)
