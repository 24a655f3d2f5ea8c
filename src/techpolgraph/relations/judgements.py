"""Judgements given as an attribute: « X a qualifié Y de « tyran des marchés » » says that X
criticised Y, « X a qualifié Y de génie » that X praised Y.

A verb of calling (``calling_verb`` in ``function_words.tsv``: qualifier) relates its subject
and its object only through the attribute after « de »: its first word of ``judgements.tsv``
gives the relation (negative: criticised; positive: endorsed); an attribute of neither kind
gives none (« X a qualifié Y de candidat sérieux »). In the passive the one who judges comes
after « par » (« Y a été qualifié de « fasciste » par X », « Qualifié de menteur par X, Y ... »).
"""

from __future__ import annotations

from functools import lru_cache
from typing import Optional

from spacy.tokens import Token

from ..data import function_words, read_table
from ..models import RelationType
from .complements import complement, direct_object
from .control import object_clitic, opening_participle
from .sentence import DE, PARTIES, SentenceView, Slot, expand, phrase_end
from .subjects import subject_after, subjects_of
from .verbal import is_passive

#: Verbs whose attribute judges their object (« qualifier Y de tyran »).
CALLING = function_words("calling_verb")
#: How many words of the attribute are read for a judgement.
ATTRIBUTE_REACH = 6
POLARITY = {"negative": RelationType.CRITICISED, "positive": RelationType.ENDORSED}


@lru_cache(maxsize=1)
def judgement_words() -> dict[str, RelationType]:
    """Lemma -> the relation its use as an attribute tells (``judgements.tsv``)."""
    return {row[0].lower(): POLARITY[row[1]] for row in read_table("judgements.tsv")}


def attribute(view: SentenceView, i: int, end: int) -> tuple[Optional[RelationType], int]:
    """The relation told by the attribute after « de » at token i (past adverbs), and the token
    after the attribute's words read; (None, i) where there is no judging attribute."""
    doc = view.doc
    while i < end and doc[i].pos_ == "ADV":
        i += 1
    if i >= end or doc[i].lower_ not in DE:
        return None, i
    words = judgement_words()
    found: Optional[RelationType] = None
    j = i + 1
    while j < min(i + 1 + ATTRIBUTE_REACH, end) and j not in view.at:
        token = doc[j]
        if token.text in (",", ";", ".", "»", "”") or token.pos_ in ("VERB", "AUX"):
            break
        if found is None:
            found = words.get(token.lemma_.lower()) or words.get(token.lower_)
        j += 1
    while j < end and doc[j].text in ("»", "”", '"'):
        j += 1  # past the quotation's end: « ... », par X
    return found, j


#: Longest apposition read past between an object and its attribute.
APPOSITION_REACH = 8


def _past_apposition(view: SentenceView, i: int, end: int) -> int:
    """« a qualifié l'ancien patron de Y, l'Américain X, de tyran »: the token after an
    apposition set off by commas after the object, without a verb (else i)."""
    doc = view.doc
    if i >= end or doc[i].text != ",":
        return i
    if i + 1 < end and doc[i + 1].lower_ in DE:
        return i + 1  # the object was the name in apposition: « ..., l'Américain X, de tyran »
    for j in range(i + 1, min(i + APPOSITION_REACH + 1, end)):
        if doc[j].text == ",":
            return j + 1
        if doc[j].pos_ in ("VERB", "AUX") or doc[j].text in (";", ":", "«", "»"):
            return i
    return i


def judged(view: SentenceView, cue: Token) -> list[tuple[Slot, Slot, RelationType]]:
    """(source, target, relation) of a verb of calling (module docstring)."""
    start, end = view.clause(cue.i)
    whole = view.sent.end  # the attribute is often quoted: a quotation mark opens no new clause here
    if is_passive(cue) or opening_participle(view, cue):
        relation, after = attribute(view, cue.i + 1, whole)
        actors = expand(complement(view, after, whole, ("par",), gap=2)) if relation else []
        if not actors:
            return []
        targets = expand(subjects_of(view, cue, start))
        if not targets and opening_participle(view, cue):
            targets = expand(subject_after(view, phrase_end(view, actors[-1].end)))
        return [(a, t, relation) for a in actors for t in targets if t.kind in PARTIES]
    targets = direct_object(view, cue.i + 1, end) or object_clitic(view, cue, start)
    if not targets:
        return []
    # the attribute follows the object, or the verb when the object is a pronoun before it
    after = targets[-1].end if targets[-1].start > cue.i else cue.i + 1
    relation, _after = attribute(view, after, whole)
    if relation is None and targets[-1].start > cue.i:
        relation, _after = attribute(view, _past_apposition(view, after, whole), whole)
    if relation is None:
        return []
    return [(s, t, relation) for s in expand(subjects_of(view, cue, start)) for t in expand(targets)]
