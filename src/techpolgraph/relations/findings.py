"""Findings of a breach: « la Commission a constaté qu'Apple avait enfreint ses obligations et
que Meta n'avait pas respecté la loi » says that the Commission criticised Apple and Meta.

Regulators, courts and watchdogs criticise that way: a verb of finding (``violations.tsv``:
constater, conclure, estimer...) takes a « que » clause whose subject breached a rule
(enfreindre, violer, manquer à) or did not honour it (« n'a pas respecté »). The one who finds
is the source, the one in breach the target; each « que » clause coordinated after the first
(« ..., et que Meta n'avait pas respecté ... ») counts too.
"""

from __future__ import annotations

from functools import lru_cache
from typing import Iterator

from spacy.tokens import Token

from ..data import function_words, read_table
from .sentence import PARTIES, SentenceView, Slot, expand, is_determiner

#: How far after the verb of finding its « que » may stand (« a constaté aujourd'hui que »).
QUE_REACH = 4
#: How much further the « que » may stand after a comma incise (« a estimé, à titre préliminaire, que »).
INCISE_REACH = 4
#: How many words a « que » clause's subject may stand before its verb of breach.
BREACH_REACH = 5


@lru_cache(maxsize=1)
def violation_words() -> dict[str, frozenset[str]]:
    """Role (finding, breach, unmet, negation) -> lemmas (``violations.tsv``)."""
    out: dict[str, set[str]] = {}
    for lemma, role in read_table("violations.tsv"):
        out.setdefault(role, set()).add(lemma.lower())
    return {role: frozenset(words) for role, words in out.items()}


def in_breach(view: SentenceView, finding: Token) -> list[Slot]:
    """The parties a verb of finding says are in breach: the subjects of its « que » clauses
    whose verb is a breach (or an unmet duty, negated)."""
    out: list[Slot] = []
    for que in _que_clauses(view, finding):
        j = que + 1
        while j < view.sent.end and is_determiner(view.doc[j]) and j not in view.at:
            j += 1
        group = [s for s in view.group_at(j, view.sent.end) if s.kind in PARTIES]
        if group and _breach_after(view, group[-1].end):
            out.extend(expand(group))
    return out


def _que_clauses(view: SentenceView, finding: Token) -> Iterator[int]:
    """The « que » right after the verb, then each « et que » coordinated with it."""
    doc = view.doc
    # « a constaté, à titre préliminaire, que »: a comma incise lets the « que » stand further
    reach = QUE_REACH + (INCISE_REACH if finding.i + 1 < view.sent.end and doc[finding.i + 1].text == "," else 0)
    first = next(
        (j for j in range(finding.i + 1, min(finding.i + 1 + reach, view.sent.end)) if doc[j].lower_ in ("que", "qu'", "qu’")),
        None,
    )
    if first is not None and any(t.pos_ in ("VERB", "AUX") for t in doc[finding.i + 1 : first]):
        return  # the « que » of another verb
    if first is None:
        return
    yield first
    for j in range(first + 1, view.sent.end):
        if doc[j].lower_ in ("que", "qu'", "qu’") and doc[j - 1].lower_ == "et":
            yield j


def _breach_after(view: SentenceView, i: int) -> bool:
    """A verb of breach follows the subject (past auxiliaries and « ne ... pas »), or a verb of
    duty under a negation (« n'avait pas respecté »)."""
    doc = view.doc
    words = violation_words()
    negated = False
    for j in range(i, min(i + BREACH_REACH, view.sent.end)):
        token = doc[j]
        lemma = token.lemma_.lower()
        if token.lower_ in words.get("negation", ()):
            negated = True
            continue
        if (token.pos_ == "AUX" and lemma not in words.get("must", ())) or (token.pos_ == "ADV" and lemma not in words.get("breach", ())):
            continue  # the tagger takes some participles for adverbs (« avait violé »)
        if lemma in words.get("must", ()) and not negated:
            return _departure_at(view, j + 1)  # « Y doit partir », « Y devait quitter le pouvoir »
        if token.pos_ not in ("VERB", "ADV"):
            return False
        if lemma == "manquer" and not (j + 1 < view.sent.end and doc[j + 1].lower_ in ("à", "au", "aux")):
            return False  # « a manqué à ses obligations », not « a manqué la réunion »
        return lemma in words.get("breach", ()) or (negated and lemma in words.get("unmet", ()))
    return False


def _departure_at(view: SentenceView, i: int) -> bool:
    """An infinitive of leaving one's post (``violations.tsv``: departure) at token i, past
    adverbs (« doit maintenant partir », « devait quitter le pouvoir », « doit s'en aller »)."""
    doc = view.doc
    while i < view.sent.end and doc[i].pos_ == "ADV" and doc[i].lower_ != "en":
        i += 1  # « doit maintenant partir »; not the « en » of « s'en aller »
    words = [t.lower_.replace("’", "'") for t in doc[i : min(i + 4, view.sent.end)]]
    lemma = doc[i].lemma_.lower() if i < view.sent.end else ""
    for phrase in violation_words().get("departure", ()):
        parts = phrase.split()
        if parts[0] == "s'en" and words[:3] == ["s'", "en", parts[1]]:
            return True
        if (lemma == parts[0] or words[:1] == parts[:1]) and words[1 : len(parts)] == parts[1:]:
            return len(parts) > 1 or words[1:2] == [] or words[1] not in JOURNEY_PREPOSITIONS  # not « doit partir pour Lyon »
    return False


#: Words after « partir » that make it a journey, not a departure from one's post (« doit partir pour Lyon »).
JOURNEY_PREPOSITIONS = function_words("journey_preposition")
