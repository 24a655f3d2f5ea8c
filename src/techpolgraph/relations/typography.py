"""Typography inside a clause, read past before arguments are read.

Writers put incises between a subject and its verb, or between a verb and its object:
« X et Y se sont (de nouveau) vus », « X — patron de Z — a rencontré Y », and quotes around
the verb itself: « a fait savoir avoir "exclu" X ». Parentheses, dashes and quotes are clause
breaks for the extractor, so that a quotation or a parenthetical sentence does not lend its
parties to the clause around it. This module finds the ones that are only typography:

- an incise in parentheses or between two dashes with no verb in it is *hidden*: its tokens,
  and any mention in it, are read past as if absent (the evidence keeps the whole sentence and
  its offsets, since nothing is removed from the text);
- quotes around one to three words with no party in them are not breaks (« "exclu" »);
- the quoted title of a work (« dans son livre « Sauver la France » », « au « Monde » ») is hidden;
- an incise in parentheses or dashes with a verb (« X — qui dirige Y — a rencontré Z ») is an
  *aside*: it keeps its own clause, and the clause around it reads past it;
- the backticks of an editor's gloss (« le Chancelier `Helmut SCHMIDT` ») are hidden, the gloss kept.
"""

from __future__ import annotations

from bisect import bisect_left
from collections.abc import Sequence
from dataclasses import dataclass
from typing import Optional

from spacy.tokens import Doc, Span

from ..data import function_words
from ..nlp.text import GLOSS_MARKS  # an editor's marks around a gloss (« l'Allemagne `RFA` »): read past, the gloss kept
from .reading import forms

OPENERS = {"(": ")", "[": "]"}
DASHES = frozenset({"—", "–", "-"})
QUOTES = {"«": "»", '"': '"', "“": "”"}
#: The marks that close a quotation.
CLOSING_QUOTES = frozenset(QUOTES.values())
MAX_QUOTED = 3
#: The tokens that open or close an incise or a quotation.
MARK_TOKENS = frozenset(OPENERS) | frozenset(OPENERS.values()) | DASHES | frozenset(QUOTES) | frozenset(QUOTES.values()) | GLOSS_MARKS


#: The most words a quoted title may have (« son livre « Sauver la France » »).
MAX_TITLE = 8
#: Nouns of a work whose title follows in quotes, and the contracted articles before a paper's name.
WORK_NOUNS = function_words("work_noun")


def _names_a_work(sent: Span, i: int) -> bool:
    """The quote at i opens the title of a work named right before it (« son livre « ... » »,
    « au « Monde » »): a name, not a quotation of what someone said."""
    return i > sent.start and sent.doc[i - 1].lower_ in WORK_NOUNS


#: The most words of an incise of manner read past (« — sans le nommer — »).
MANNER_INCISE = 5


def _verbless(sent: Span, start: int, end: int) -> bool:
    """No verb between the delimiters, or only the infinitive of a short phrase of manner
    opened by « sans » (« a critiqué — sans le nommer — les piques de X »)."""
    words = sent.doc[start:end]
    if all(t.pos_ not in ("VERB", "AUX") for t in words):
        return True
    return words[0].lower_ == "sans" and len(words) <= MANNER_INCISE and all("Inf" in t.morph.get("VerbForm") for t in words if t.pos_ in ("VERB", "AUX"))


def _listed_aside(sent: Span, opening: int, closing: int) -> bool:
    """Brackets between two members of a list, with a participle but no finite verb and no name
    in them (« les comptes de X (suivi par 4 millions de personnes), Y et Z »): read past, as a
    verbless incise, so that the list goes on."""
    doc = sent.doc
    after = closing + 1
    if after >= sent.end or not (doc[after].text == "," or doc[after].lower_ in ("et", "ou")) or opening == sent.start or not doc[opening - 1].ent_type_:
        return False
    words = doc[opening + 1 : closing]
    return not any(t.ent_type_ or "Fin" in t.morph.get("VerbForm") for t in words)


@dataclass(frozen=True)
class Incises:
    """What typography sets apart in a sentence, by document token index."""

    hidden: frozenset[int]  # tokens of incises without a verb, delimiters included
    quotes: frozenset[int]  # quotes around a word, which are no clause break
    asides: tuple[tuple[int, int], ...]  # (opening, closing) of incises with a verb


#: The most words a quoted noun phrase may have (« a soutenu « la campagne de Y à hauteur de ... » »).
MAX_QUOTED_PHRASE = 20


def _quoted_object(sent: Span, i: int, closing: str) -> Optional[int]:
    """The closing quote of a quoted noun phrase right after a verb (« X a soutenu « la
    campagne de réélection de Y » ») or of a quoted complement after its verb (« X votera « pour
    Y » »), after its article (« a adressé ses « très vives et
    chaleureuses félicitations » à Y ») or its preposition (« a suspendu pour « au moins sept
    jours » la chaîne de Y »): it holds no verb, so it is a noun phrase written in
    quotes, not a quotation of speech; else None."""
    doc = sent.doc
    if i == sent.start or i + 1 >= sent.end:
        return None
    complement = doc[i - 1].pos_ in ("VERB", "AUX", "ADV", "NOUN") and doc[i + 1].pos_ == "ADP"  # « votera « pour Y » »
    after_verb = doc[i - 1].pos_ == "VERB" or _after_named_adjunct(sent, i)  # « a dénoncé sur Radio Nova « l'irresponsabilité de Y » »
    if not complement and not (after_verb and doc[i + 1].pos_ == "DET") and doc[i - 1].pos_ not in ("DET", "ADP"):
        return None  # « a soutenu « la campagne de Y » », « ses « très vives félicitations » », « pour « au moins sept jours » »
    j = next((k for k in range(i + 2, min(i + MAX_QUOTED_PHRASE + 2, sent.end)) if doc[k].text == closing), None)
    return j if j is not None and _verbless(sent, i + 1, j) else None


#: Prepositions of a named place or medium between a verb and its quoted object (« sur Radio Nova »).
NAMED_ADJUNCT_PREPOSITIONS = function_words("named_adjunct_preposition")


def _after_named_adjunct(sent: Span, i: int) -> bool:
    """The quote at token i follows a name that such a preposition opens, right after a verb
    (« a dénoncé sur Radio Nova « ... » »)."""
    doc, k = sent.doc, i - 1
    while k > sent.start and doc[k].pos_ == "PROPN":
        k -= 1
    return sent.start < k < i - 1 and doc[k].lower_ in NAMED_ADJUNCT_PREPOSITIONS and doc[k - 1].pos_ == "VERB"


def _quoted_qualities(sent: Span, i: int, closing: str) -> Optional[int]:
    """The closing quote of adjectives quoted after a noun (« un échange "franc, direct et
    rapide" avec Y »): what the noun was like, read past as an incise is; else None."""
    doc = sent.doc
    if i == sent.start or doc[i - 1].pos_ not in ("NOUN", "ADJ"):
        return None
    j = next((k for k in range(i + 1, min(i + MAX_TITLE + 2, sent.end)) if doc[k].text == closing), None)
    if j is None or j == i + 1:
        return None
    words = doc[i + 1 : j]
    return j if any(t.pos_ == "ADJ" for t in words) and all(t.pos_ in ("ADJ", "ADV", "CCONJ") or t.text == "," for t in words) else None


def incises(sent: Span, positions: Optional[Sequence[int]] = None) -> Incises:
    """The incises and quoted words of a sentence.

    >>> import spacy
    >>> nlp = spacy.blank("fr")
    >>> sorted(incises(nlp("X (de nouveau) vu")[:]).hidden)
    [1, 2, 3, 4]
    """
    doc = sent.doc
    hidden: set[int] = set()
    quotes: set[int] = set()
    asides: list[tuple[int, int]] = []
    if positions is None:
        positions = range(sent.start, sent.end)
    texts = forms(doc)
    marks = [i for i in positions if texts[i] in MARK_TOKENS]
    n = 0
    while n < len(marks):
        i = marks[n]
        n += 1
        text = texts[i]
        if text in GLOSS_MARKS:
            hidden.add(i)
            continue
        spaced = bool(doc[i].whitespace_) and (i == sent.start or bool(doc[i - 1].whitespace_))
        close = OPENERS.get(text) or (text if text in DASHES and spaced else None)
        if close is not None:
            j = next((k for k in range(i + 1, sent.end) if texts[k] == close or (close in DASHES and texts[k] in DASHES)), None)
            if close in DASHES and j is None and text != "-":
                j = sent.end  # « ..., a-t-il dit — sans preuve. »: a dash incise may run to the end
            if j is not None and j > i + 1 and (_verbless(sent, i + 1, j) or (text == "(" and _listed_aside(sent, i, j))):
                hidden.update(range(i, min(j + 1, sent.end)))
                n = bisect_left(marks, j + 1)
                continue
            if j is not None and j < sent.end and j > i + 1:
                asides.append((i, j))  # « X — qui dirige Y — a rencontré Z »
                n = bisect_left(marks, j + 1)
                continue
        closing = QUOTES.get(text)
        if closing is not None and _names_a_work(sent, i):
            j = next((k for k in range(i + 1, min(i + MAX_TITLE + 2, sent.end)) if texts[k] == closing), None)
            if j is not None and j > i + 1 and not any("Fin" in t.morph.get("VerbForm") for t in doc[i + 1 : j]):
                hidden.update(range(i, j + 1))  # « dans son livre « Sauver la France » », « au « Monde » »
                n = bisect_left(marks, j + 1)
                continue
        if closing is not None:
            j = _quoted_qualities(sent, i, closing)
            if j is not None:
                hidden.update(range(i, j + 1))  # « un échange "franc, direct et rapide" avec Y »
                n = bisect_left(marks, j + 1)
                continue
            j = next((k for k in range(i + 1, min(i + MAX_QUOTED + 2, sent.end)) if texts[k] == closing), None)
            if j is not None and j > i + 1 and all(t.pos_ not in ("PROPN",) for t in doc[i + 1 : j]):
                quotes.update((i, j))
                n = bisect_left(marks, j + 1)
                continue
            j = _quoted_object(sent, i, closing)
            if j is not None:
                quotes.update((i, j))  # « X a soutenu « la campagne de Y » »
                n = bisect_left(marks, j + 1)
                continue
    return Incises(frozenset(hidden), frozenset(quotes), tuple(asides))


#: The most words of a short incise between commas inside a verb's forms (« d'avoir, avec clarté
#: et célérité, condamné X »).
INCISE_WORDS = 6


def before_comma_incise(doc: Doc, j: int, start: int) -> int:
    """The token before the short incise that the comma at j closes: a few words between two
    commas with no verb nor name (« avec clarté, »), read past between an auxiliary and its
    participle; j itself where there is none."""
    for k in range(j - 1, max(start, j - INCISE_WORDS - 1), -1):
        if doc[k].text == ",":
            return k - 1 if k - 1 > start else j
        if doc[k].pos_ in ("VERB", "AUX", "PROPN"):
            return j
    return j
