"""A sentence with its resolved mentions, and how groups of parties are read in it.

The relation extractor reads a cue's parties from the *resolved mentions around it within its
clause* (:mod:`.extract`). This module holds that reading's ground: :class:`Slot` (a mention by
token positions), :class:`SentenceView` (the sentence, its clause breaks, its incises, the
mention at each token), the sentences relations are read from (:func:`sentences`: the parser's,
glued back where it cut before a name), and the groups a party can be named by: coordinations
(« X, Y et Z », « X puis Y », « le compte de X, comme celui de Y et de Z »), members after a
group (« de nombreuses plateformes, notamment X et Y »), a name after a role noun (« le
milliardaire X ») or in apposition after a role description (« le patron de Y, Z »), and the
adverbs, dates, adverbial phrases and places that may stand between a verb and its object.
"""

from __future__ import annotations

import functools
import re
from bisect import bisect_left
from collections.abc import Callable, Container, Sequence
from dataclasses import dataclass
from functools import lru_cache
from typing import Any, Optional, TypeVar

from spacy.tokens import Doc, Span, Token

from ..data import function_words
from ..models import EntityKind, Evidence, Modality, RelationType, Tense
from ..nlp.events import date_words, time_nouns
from ..nlp.text import people_of_a_place, phrase_at, portfolio_end, sentences, stripped_bounds
from ..resolve.document import FIRST_PERSON_CLITICS, FIRST_PERSON_SUBJECTS, POLITICAL_SIDES, SPEAKER_POSSESSIVES, address_word, field_end, first_person_object, past_gloss
from ..resolve.names import name_key, titles
from ..resolve.organisations import parents
from ..resolve.roles import former_prefixes, nationalities, occupations, role_nouns
from .cues import DE_FORMS, MODAL_VERBS, CuePos, CueTable, adverbial_before, features, party_actions, past_adverbial, past_behalf, written_channels
from .modality import NE, YEAR, attribution, modality_of, tense_of
from .reading import _READING, deps, forms, kept_per_doc, lower_forms, reading_doc, tags
from .typography import QUOTES, incises

CLAUSE_BREAKS = frozenset({";", ":", "«", "»", "—", "–", "(", ")", "[", "]", '"', "“", "”"})
#: Subject pronouns of the first and second persons that, after a comma, open a clause of their own.
COMMA_SUBJECTS = frozenset({"je", "j'", "j’", "nous"})
SUBORDINATORS = function_words("subordinator")
#: « de » and « à » fused with an article (« du », « au », « des », « aux »).
CONTRACTED = function_words("contracted") | function_words("contracted_plural")
#: Relative pronouns with « à » fused in (« auquel Y a reproché »).
DATIVE_RELATIVES = function_words("dative_relative")
#: Relative pronouns after a preposition (« avec qui », « contre lequel »).
PREPOSED_RELATIVES = function_words("preposed_relative")
RELATIVE_PRONOUNS = function_words("relative_pronoun")


def relative_subject(doc: Doc, j: int) -> bool:
    """Token j is the subject of a relative clause: « qui », or « lequel » and its forms right
    after a comma (« X, lequel avait critiqué Y »: X)."""
    word = doc[j].lower_
    return word == "qui" or (word in PREPOSED_RELATIVES and word.startswith(("lequel", "laquelle", "lesquel")) and j > 0 and doc[j - 1].text == ",")
#: Clitics and negation words between a subject and its verb.
CLITICS = function_words("clitic")
PREPOSITIONS = function_words("preposition")
LINKERS = function_words("linker")  # "et non X": X is a denied party
LIST_WORDS = function_words("list_word")
LIST_ADVERBS = function_words("list_adverb")
ADDING_LINKERS = function_words("adding_linker")
EXAMPLES = function_words("example_marker")
#: Example markers that « que » follows (« des applications telles que X »).
SUCH_AS = frozenset(w for w in EXAMPLES if w.startswith("tel"))
DATE_POS = ("NUM",)
PARTIES = frozenset({EntityKind.PERSON, EntityKind.ORGANISATION, EntityKind.LOCATION})
CE = function_words("cleft")
NE_WORDS = function_words("negation_word")
MAX_GAP = 4  # words allowed between a cue and its preposition ("s'est entretenu plusieurs fois avec")
DE = DE_FORMS
#: « un », « une »: a thing of the subject's own, not one told before (« lors d'un entretien avec Y »).
INDEFINITE_ARTICLES = function_words("indefinite_article")
#: « votre », « vos »: possessives of the one spoken to, placed by the resolver where a call names them.
ADDRESSEE_POSSESSIVES = function_words("addressee_possessive")
ADVERBIAL = frozenset(tuple(phrase.split()) for phrase in function_words("adverbial"))
#: Nouns of « pour sa part », « de son côté », « à son tour »: the subject's own side.
OWN_SIDE = function_words("own_side")
#: Nouns that say what kind of organisation the name after them is (« l'application X »).
TYPE_NOUNS = function_words("type_noun")
#: How far before a restrictive « que » its « ne » may stand (« n'a finalement rencontré que »).
RESTRICTIVE_REACH = 6
#: Negation words that make « ne ... que » a negated verb and a clause (« ne dit pas que »).
RESTRICTIVE_BREAKERS = function_words("restrictive_breaker")
#: Nouns that name what kind of place the name after them is (« de la région Île-de-France »).
PLACE_NOUNS = function_words("place_noun")
#: Nouns of repetition after a number (« dix fois », « plusieurs reprises »).
REPEATS = function_words("repeat")
PLACE_PREPOSITIONS = function_words("place_preposition")
#: Common nouns of a seat of power, a place between a verb and its object (« reçu à la chancellerie X »), by lemma.
SEAT_NOUNS = function_words("seat_noun")
#: Adverbs of a day (« hier », « demain »), before a part of it (« hier matin »).
DAY_ADVERBS = frozenset({"hier", "demain", "aujourd'hui", "aujourd’hui", "avant-hier", "après-demain"})
#: Words that make a number approximate before « de » (« plus de », « près de »).
APPROXIMATE = function_words("approximate")
_T = TypeVar("_T")


def finite_verb_group_at(doc: Doc, i: int, end: int) -> bool:
    """A finite verb, after the negation, clitics and adverbs that may open its group, starts at i."""
    while i < end and (doc[i].lower_ in CLITICS or doc[i].pos_ == "ADV"):
        i += 1
    return i < end and doc[i].pos_ in ("AUX", "VERB") and "Fin" in doc[i].morph.get("VerbForm")


def evidence_of(sent: Span) -> Evidence:
    """The evidence of a relation read in ``sent``: its text without surrounding white space
    and the offsets of that text in the document (``doc.text[start:end]``)."""
    text, start, end = stripped_bounds(sent)
    return Evidence(doc=sent.doc._.tpg_doc_id, sentence=text, start=start, end=end)


@dataclass(frozen=True)
class Slot:
    """A resolved mention inside a sentence, by token positions."""

    start: int
    end: int
    cluster: str
    kind: EntityKind
    text: str
    others: tuple[str, ...] = ()  # further entities of a plural ("les deux hommes")

    def parties(self) -> list["Slot"]:
        """One slot per entity the mention stands for."""
        return [self, *(Slot(self.start, self.end, c, self.kind, self.text) for c in self.others)]


def within(slots: list[Slot], sent: Span) -> list[Slot]:
    """The slots (sorted by start) that lie inside the sentence."""
    first = bisect_left(slots, sent.start, key=lambda s: s.start)
    last = bisect_left(slots, sent.end, key=lambda s: s.start)
    return [s for s in slots[first:last] if s.end <= sent.end]


def expand(slots: list[Slot]) -> list[Slot]:
    return [p for s in slots for p in s.parties()]


def among(group: list[Slot], relation: RelationType) -> list[tuple[Slot, Slot, bool]]:
    """The pairs of a group whose members did something with each other: once each for a meeting
    (« un dîner entre X et Y »), both ways for the other relations (« une passe d'armes entre X et
    Y », « X et Y se sont écharpés »: each criticised the other). A party named twice in the group
    is one member, at its first mention (« entre X, Y, PDG de P, et Z »: the role is Y again)."""
    first: dict[str, Slot] = {}
    for slot in group:
        first.setdefault(slot.cluster, slot)
    group = list(first.values())
    pairs = [(a, b, False) for n, a in enumerate(group) for b in group[n + 1 :] if a.cluster != b.cluster]
    return pairs if relation is RelationType.MET else pairs + [(b, a, False) for a, b, _ in pairs]


_NOT_KEPT = object()


def kept_per_view(fn: Callable[..., _T]) -> Callable[..., _T]:
    """``fn(view, at, *args)``, worked out once per view and arguments (``at``: a token or its
    index), for a reading that several rules ask for with the same arguments (a cue's subjects,
    the start of its verb group): a view's mentions, incises and clause breaks are set when it
    is made, so the answer cannot change. A list is given as a copy, which the caller may change."""

    @functools.wraps(fn)
    def kept(view: "SentenceView", at: Any, *args: Any, **kwargs: Any) -> _T:
        i = at.i if type(at) is Token else at
        key = (fn, i, args, *kwargs.items()) if kwargs else (fn, i, args)
        found = view.kept.get(key, _NOT_KEPT)
        if found is _NOT_KEPT:
            found = view.kept[key] = fn(view, at, *args, **kwargs)
        return found.copy() if type(found) is list else found  # type: ignore[attr-defined,no-any-return]

    return kept


#: How many words the noun phrase of a person after a possessive may have before the name (« votre collègue député Y »).
POSSESSED_PERSON_WORDS = 4

#: How many words an apposition before a relative clause may have (« X, ancienne ministre de la culture qui ... »).
APPOSITION_WORDS = 8


class SentenceView:
    """A sentence with its resolved mentions, and the helpers the rules need."""

    def __init__(
        self, sent: Span, slots: list[Slot], events: tuple[Slot, ...] = (), marks: Optional[Sequence[int]] = None
    ) -> None:
        """``marks``: the tokens of the sentence that may break a clause or mark an incise
        (punctuation, subordinators), when the caller found them at once for the document;
        else every token is looked at."""
        end = sent.end
        while end - 1 > sent.start and sent.doc[end - 1].is_space:
            end -= 1  # the line break the parser left at the end of a paragraph's last sentence
        self.sent = sent if end == sent.end else sent.doc[sent.start : end]
        self.doc = sent.doc
        self.slots = slots
        self.events = events  # every event mention, even one that opens with a cue word
        #: tokens of an incise without a verb (« (de nouveau) », « — patron de Y — ») and the
        #: quotes around a word (« avoir "exclu" X »): read past, as if absent
        self.marks = range(sent.start, sent.end) if marks is None else marks
        found = incises(sent, self.marks)
        self.hidden, self.open_quotes, self.asides = found.hidden, found.quotes, found.asides
        self.at: dict[int, Slot] = {}
        for slot in sorted(slots, key=lambda s: s.end - s.start):  # longest wins
            if slot.start in self.hidden:
                continue
            for i in range(slot.start, slot.end):
                self.at[i] = slot
        self.open_quotes |= self._quoted_names()
        relatives = self._comma_relatives() + self._participial_asides()
        self.asides += relatives
        self._closing_commas = frozenset(closing for _, closing in relatives)
        self._evidence: Optional[Evidence] = None
        self._breaks_at: Optional[list[int]] = None
        self._clauses: dict[int, tuple[int, int]] = {}  # :meth:`clause`, by token
        self._readings: dict[int, tuple[Modality, str, Optional[Tense]]] = {}
        self.written: Optional[bool] = None  # whether it tells of letters or e-mails (found once)
        self.contest: Optional[bool] = None  # whether it names an electoral contest (found once)
        #: the tokens whose lemma is a verb of saying, when the caller found them at once for the
        #: document (else every token is looked at)
        self.reporting: Optional[Sequence[int]] = None
        #: the one whose words the sentence is, in a transcript or a letter (set by the caller)
        self.voice: Optional[Slot] = None
        #: The guest or addressee a speech's or a letter's title names, where the sentence is its speaker's words.
        self.addressee: Optional[Slot] = None
        self.kept: dict[tuple[Any, ...], Any] = {}  # answers of the readings of :func:`kept_per_view`
        self._lowers: Optional[tuple[str, ...]] = None

    def lowers(self) -> tuple[str, ...]:
        """The lower-case form of each token of the sentence (``lowers()[j - sent.start]`` is
        ``doc[j].lower_``), read once for the rules that look for a word in a stretch of it."""
        if self._lowers is None:
            self._lowers = tuple(lower_forms(self.doc)[self.sent.start : self.sent.end])
        return self._lowers

    def evidence(self) -> Evidence:
        """The sentence as the evidence of a relation (made once, shared by its relations)."""
        if self._evidence is None:
            self._evidence = evidence_of(self.sent)
        return self._evidence

    def clause(self, i: int) -> tuple[int, int]:
        """The token range of the clause around token i: from after the last clause break
        before it to the first one after it (found once per token)."""
        found = self._clauses.get(i)
        if found is None:
            found = self._clauses[i] = self._clause(i)
        return found

    def _clause(self, i: int) -> tuple[int, int]:
        """:meth:`clause`, worked out."""
        if self._breaks_at is None:  # found once per sentence
            self._breaks_at = sorted({j for j in self.marks if self._breaks(j)} | self._closing_commas)
        n = bisect_left(self._breaks_at, i)
        start = self._breaks_at[n - 1] + 1 if n > 0 else self.sent.start
        if n < len(self._breaks_at) and self._breaks_at[n] == i:
            n += 1
        end = self._breaks_at[n] if n < len(self._breaks_at) else self.sent.end
        for opening, closing in self.asides:
            if start == closing + 1:  # « X — qui dirige Y — a rencontré Z »: the clause goes on past the aside
                start = self.clause(opening)[0]
        return start, end

    def _quoted_names(self) -> frozenset[int]:
        """The quotes around a name (« le parti « Ensemble pour Lyon » a exclu X »): no clause
        break."""
        text, found = forms(self.doc), set()
        for slot in {id(s): s for s in self.at.values()}.values():  # each once, by identity: no slot hashed
            before, after = slot.start - 1, slot.end
            if before >= self.sent.start and after < self.sent.end and QUOTES.get(text[before]) == text[after]:
                found.update((before, after))
        return frozenset(found)

    def _comma_relatives(self) -> tuple[tuple[int, int], ...]:
        """« X, dont le gouvernement a perdu la majorité, reçoit Y »: a relative clause between
        commas right after a party, whose closing comma a finite verb follows, is an aside: the
        verb after it is the party's, and what the relative names is no party of that verb."""
        doc, text, found = self.doc, forms(self.doc), []
        for j in self.marks:
            if text[j] == ",":
                continue  # the cheap test first: most marks are commas
            first = self._relative_start(j)
            opening = self._apposition_comma(first - 1) if first is not None else None
            if opening is None:
                continue
            for k in range(j + 1, self.sent.end - 1):
                if text[k] in (";", ":"):
                    break
                if text[k] == "," and finite_verb_group_at(doc, k + 1, self.sent.end):
                    found.append((opening, k))
                    break
        return tuple(found)

    def _participial_asides(self) -> tuple[tuple[int, int], ...]:
        """« sa pièce, représentant le général Franco, est censurée par X »: a phrase of a present
        participle between commas, whose closing comma a finite verb follows, is an aside: what it
        names is no party of that verb."""
        doc, text, found = self.doc, forms(self.doc), []
        for j in self.marks:
            if text[j] != "," or j + 1 >= self.sent.end or j - 1 < self.sent.start:
                continue
            verb = doc[j + 1]
            participle = verb.pos_ == "VERB" and "Part" in features(verb, "VerbForm")
            # the tagger takes some for nouns (« , représentant le général X, »): no noun takes an article after it
            as_noun = verb.pos_ == "NOUN" and j + 2 < self.sent.end and doc[j + 2].pos_ == "DET"
            if not verb.lower_.endswith("ant") or not (participle or as_noun):
                continue
            for k in range(j + 2, self.sent.end - 1):
                if text[k] in (";", ":"):
                    break
                if text[k] == ",":
                    if finite_verb_group_at(doc, k + 1, self.sent.end):
                        found.append((j, k))
                    break
        return tuple(found)

    def _apposition_comma(self, k: int) -> Optional[int]:
        """The comma right after a party that opens the relative clause ending at token k: the
        comma at k itself (« X, dont ... »), or one before a noun phrase in apposition without a
        party or verb (« X, association britannique qui ... »); else None."""
        doc = self.doc
        steps = 0
        while k > self.sent.start and doc[k].text != "," and steps < APPOSITION_WORDS:
            if k in self.at or doc[k].pos_ not in ("NOUN", "ADJ", "DET", "ADP", "NUM"):
                return None
            k, steps = k - 1, steps + 1
        if k - 1 < self.sent.start or doc[k].text != "," or k - 1 not in self.at:
            return None
        return k

    def aside(self, i: int, cue: int) -> bool:
        """Token i stands in an aside that does not hold the cue."""
        return any(o <= i <= c and not o <= cue <= c for o, c in self.asides)

    def reading(self, cue: Token, names: dict[str, str]) -> tuple[Modality, str, Optional[Tense]]:
        """The modality, attribution and tense of a cue: the same for every pair it relates."""
        found = self._readings.get(cue.i)
        if found is None:
            found = self._readings[cue.i] = (
                modality_of(cue, self.sent),
                attribution(self.sent, cue, self.at, names, self.reporting),
                tense_of(cue, self.sent),
            )
        return found

    def _relative_start(self, j: int) -> Optional[int]:
        """Where the relative clause whose pronoun is token j begins (« qui », « dont »,
        « auquel »; « avec laquelle », « avec qui »: at the preposition), or None."""
        word = self.doc[j].lower_
        if word in PREPOSED_RELATIVES and j > self.sent.start and self.doc[j - 1].pos_ == "ADP":
            return j - 1
        return j if word in RELATIVE_PRONOUNS or word in DATIVE_RELATIVES else None

    def _breaks(self, j: int) -> bool:
        token = self.doc[j]
        if j in self.hidden or j in self.open_quotes:
            return False
        if token.text in CLAUSE_BREAKS:
            return True
        if token.text == "," and j + 1 < self.sent.end and self.doc[j + 1].lower_ in COMMA_SUBJECTS and self.doc[j + 1].dep_.startswith("nsubj"):
            # « Au moment où X vient de vous choisir, je tiens à ... »: a clause of its own; not
            # a speaker's aside (« j'ai rencontré, vous le savez, X »)
            return _aside_end(self, j, self.sent.end) is None
        if self.doc[j - 1].lower_ == "parmi" and self._skip(j + 1, ("DET", "ADV", "ADJ")) in self.at:
            return False  # « plusieurs dirigeants, parmi lesquels X et Y »: the members listed, as after « dont »
        if token.lower_ in DATIVE_RELATIVES or (token.lower_ in PREPOSED_RELATIVES and token.lower_ != "qui" and self._relative_start(j) == j - 1):
            return True  # « une interview, dans laquelle le patron a salué Y »: the relative's subject is its own
        if token.lower_ != "qui" and relative_subject(self.doc, j):
            return True  # « X, lequel avait critiqué Y », as « qui »
        if self._adding_linker(j, self.sent.end) and not self._finite_verb_before_comma(j + 2):
            return False  # « a retiré les fréquences de X, mais aussi de Y »: the list goes on
        if token.lower_ in SUBORDINATORS and j not in self.at:
            if self.after_tant(j):
                return False  # « tant X que Y ont ... »: « que » joins two members of a list
            # "dont X, Y et Z" lists members; it does not open a clause
            nxt = self._skip(j + 1, ("DET", "ADV", "ADJ"))  # « dont les très populaires X et Y »
            if token.lower_ == "dont" and j + 1 < self.sent.end and self.doc[j + 1].lower_ in LIST_WORDS:
                return False  # « plusieurs comptes, dont celui de X »
            if token.lower_ == "dont" and nxt not in self.at and nxt < self.sent.end and self.doc[nxt].pos_ == "NOUN" and self.doc[nxt].is_lower:
                described = past_role_nouns(self, nxt, self.sent.end)
                nxt = described if described > nxt else nxt  # « dont les maires X et Y »
            if token.lower_ == "dont" and nxt in self.at:
                # « dont X, Y et Z » lists members; « dont X a soutenu ... » opens a relative
                group = self.group_at(nxt, self.sent.end)
                after = group[-1].end if group else nxt
                return after < self.sent.end and self.doc[after].pos_ in ("AUX", "VERB")
            if token.lower_ in ("si", "s'") and token.pos_ != "SCONJ":
                return False
            if token.lower_ == "alors" and not (j + 1 < self.sent.end and self.doc[j + 1].lower_ in ("que", "qu'", "qu’")):
                return False  # « il rejoint alors les opposants à Y »: the adverb, not « alors que »
            if token.lower_ == "que" and (token.pos_ not in ("SCONJ", "PRON") or (j > self.sent.start and (self.doc[j - 1].lower_ == "ainsi" or self.doc[j - 1].lower_ in SUCH_AS))):
                return False  # « ainsi que » joins two nouns; « telles que » lists examples
            if token.lower_ in ("que", "qu'", "qu’") and self.restrictive(j):
                return False  # « X n'a rencontré que Y »: only Y, no clause
            return True
        return False

    def restrictive(self, j: int) -> bool:
        """The « que » at token j closes a restrictive « ne ... que » (« n'a rencontré que Y »,
        « ne critique plus que Y »): a « ne » before it, after a verb, with no negation word of its
        own in between (« ne dit pas que ... » opens a clause)."""
        doc = self.doc
        for k in range(j - 1, max(self.sent.start, j - RESTRICTIVE_REACH) - 1, -1):
            word = doc[k].lower_
            if word in ("ne", "n'", "n’"):
                return any(doc[n].pos_ in ("VERB", "AUX") for n in range(k + 1, j))
            if word in RESTRICTIVE_BREAKERS or doc[k].text in CLAUSE_BREAKS:
                return False
        return False

    def _skip(self, j: int, pos: tuple[str, ...]) -> int:
        while j < self.sent.end and self.doc[j].pos_ in pos and j not in self.at:
            j += 1
        return j

    def group_ending_at(self, last: Slot) -> list[Slot]:
        """The list of parties that ends with ``last`` (« X et Y sont ... »), or ``last`` alone."""
        for k in range(self.sent.start, last.start):
            if k in self.at and self.at[k].start == k:
                group = self.group_at(k, last.end)
                if group and group[-1] is last:
                    return group
        return [last]

    def group_at(self, i: int, limit: int, listing: bool = False) -> list[Slot]:
        """The coordinated mentions starting at token i ("X, Y et Z"), up to token ``limit``;
        where the text announces a list (``listing``: after « dont », « notamment »), commas
        alone join its members too."""
        described = self.described_after_possessive(i, limit)
        if described is not None:  # « votre collègue Y »: Y, not the one « votre » stands for
            if described < 0:
                return []  # « votre collègue », named nowhere: someone of theirs, not them
            i = described
        group: list[Slot] = []
        commas: list[bool] = []  # whether the member was joined by commas only
        governed: Optional[bool] = None  # read at the second member only: most groups have one
        j = i
        while j < limit and j in self.at:
            slot = self.at[j]
            group.append(slot)
            j = slot.end
            while j < limit and j in self.at and self.at[j].cluster == slot.cluster and self.at[j].start == j:
                j = self.at[j].end  # « le président américain George Bush »: the description, then its name
            k = self.linked(j, limit)
            if k == j or k >= limit or k not in self.at or self.extends_description(slot, self.at[k]) or self.called(self.at[k]):
                break
            if governed is None:
                governed = self._agents_after_verb(i)
            if governed and opens_clause(self, self.at[k]):
                break  # « a été exclu par X et Y a claqué la porte »: Y opens a clause of its own
            commas.append(all(t.text == "," or t.i in self.hidden or is_determiner(t) for t in self.doc[j:k]) or self._described_in_commas(j, k))  # « X, le Nigeria a ... »
            j = k
        if len(group) > 1:  # « du Président, de notre ministre des sports et de Y »: not the one « notre » stands for
            group = [self.at[d] if d > 0 else m for m in group if (d := self.described_after_possessive(m.start, limit) or 0) >= 0]
        # "Trump, Musk s'est tourné": a list ends with "et" (or is an apposition of the same entity)
        while not listing and len(group) > 1 and commas and commas[-1] and group[-1].cluster != group[-2].cluster and not self._list_goes_on(group[-1], limit):
            group.pop()
            commas.pop()
        return group

    def group_past(self, i: int, limit: int) -> list[Slot]:
        """:meth:`group_at`, up to the sentence's end where the group starts past ``limit``: a name
        apposed after a relative clause that ends the clause (« celui qui ..., X »: :func:`appositive_name`)."""
        return self.group_at(i, self.sent.end if i >= limit else limit)

    def described_after_possessive(self, i: int, limit: int) -> Optional[int]:
        """Where the mention at token i is a possessive determiner before a noun for a person
        (« votre collègue », « son homologue allemand »): the first token of the person named
        right after that noun phrase, or -1 where none is; None for any other mention."""
        slot = self.at.get(i)
        if slot is None or slot.end != i + 1 or not is_possessive_determiner(self.doc[i]) or i + 1 >= limit or self.doc[i + 1].lower_ not in role_heads():
            return None
        k = i + 1
        while k < min(limit, i + 1 + POSSESSED_PERSON_WORDS) and k not in self.at and self.doc[k].is_lower and describing(self.doc[k]):
            k += 1
        if k + 1 < limit and self.doc[k].text == ",":
            k += 1  # « votre prédécesseur, Y »: the name in apposition
        k = past_determiners(self, k, limit)  # « votre collègue M. Y »: past the title
        named = self.at.get(k)
        return k if named is not None and named.start == k and named.kind is EntityKind.PERSON else -1

    def _agents_after_verb(self, i: int) -> bool:
        """The group at token i is a passive's agents after the clause's own verb (« a été exclu
        par X et Y »)."""
        doc = self.doc
        if not (i - 1 > self.sent.start and (doc[i - 1].lower_ == "par" or (is_determiner(doc[i - 1]) and doc[i - 2].lower_ == "par"))):
            return False
        return any(t.pos_ in ("VERB", "AUX") and "Fin" in t.morph.get("VerbForm") for t in doc[self.sent.start : i])

    def _list_goes_on(self, slot: Slot, limit: int) -> bool:
        """« ou » or « et » follows the member (« il soutient X, le régime Y et l'instauration de
        Z »): the member belongs to a list that goes on with something else than a party."""
        return slot.end < limit and self.doc[slot.end].lower_ in ("et", "ou")

    def extends_description(self, slot: Slot, following: Slot) -> bool:
        """« le patron de Tesla et SpaceX »: a bare organisation after a person's description
        that ends with an organisation continues the description's complement; it is no member
        of a list."""
        doc = self.doc
        return (
            slot.kind is EntityKind.PERSON
            and following.kind is EntityKind.ORGANISATION
            and doc[slot.start].is_lower
            and doc[slot.end - 1].text[:1].isupper()
            and doc[following.start].text[:1].isupper()
        )

    def linked(self, j: int, limit: int) -> int:
        """The token after the linking words from token j on (« , », « et », « ou », « comme
        celui de », « et de », an incise): where the next member of a list may start."""
        doc = self.doc
        k = j
        joined = False  # « et », « ou », « celui » ... seen: « de » may follow (« et de Z »)
        while k < limit and k not in self.at:
            word = doc[k].lower_
            closing = self._described_member(k, limit) if k == j and word == "," else None
            if closing is not None:
                k = closing  # « entre X, roi de France, et Y »: past the description of X
                continue
            if k == j and (past := past_acronym(doc, k, limit)) > k:
                k = past  # « X, président de la Fédération de tennis (FFT), Y »: past the acronym of the member's description
                continue
            if k == j and (seat := seat_end(doc, k, limit)) > k:
                k = seat  # « X dans la 3e circonscription et Y dans la 10e »: where each stands
                continue
            if k == j and word in DE and (seat := self._seat_of_person(k, limit)) > k:
                k = seat  # « le sénateur X de l'Ohio et la sénatrice Y du Nevada »: the place each sits for
                continue
            if k == j and word in ("que", "qu'", "qu’") and self.after_tant(j):
                joined = True  # « tant X que Y ont suspendu ... »: both
            elif k in self.hidden or word in LINKERS or word in LIST_WORDS or self._adding_linker(k, limit):
                joined = joined or word in LINKERS or word in LIST_WORDS or word in ADDING_LINKERS
            elif (word in DE or word in LIST_ADVERBS or is_title(doc[k])) and joined:
                pass  # « et de Z », « ou encore Z », « et de M. Z »
            elif joined and doc[k].pos_ == "ADV" and doc[k - 1].text == ",":
                pass  # « et aussi, longuement, Z »: an adverb set apart by commas
            elif joined and doc[k - 1].lower_ in DE and (described := past_role_nouns(self, k, limit)) > k and described in self.at and self.at[described].kind is EntityKind.PERSON:
                return described  # « ainsi que du président Z »: past the role noun
            elif word in ("à", "au", "aux") and doc[k - 1].lower_ in ("et", "ou"):
                pass  # « à X et à Z »; not « X et Y, à Paris »
            elif joined and doc[k].pos_ == "DET":
                named = appositive_name(self, k, limit)  # « X et le patron de Y, Z »
                if named is not None:
                    return named  # else « X et le Y »: past the article
                described = past_role_nouns(self, k + 1, limit)
                if described > k + 1 and (self.at[described].kind is EntityKind.PERSON or (self.at[described].kind is EntityKind.ORGANISATION and doc[k + 1].lower_ in TYPE_NOUNS)):
                    return described  # « X et le dirigeant soviétique Y », « X ou la plateforme américaine de streaming Y »
            else:
                break
            k += 1
        return k

    def after_tant(self, j: int) -> bool:
        """« tant » opens the member that ends before token j, past its articles (« tant l'Europe
        que la France »): « que » joins the next member, as « et » would."""
        doc, slot = self.doc, self.at.get(j - 1)
        if slot is None:
            return False
        k = slot.start - 1
        while k > self.sent.start and is_determiner(doc[k]) and k not in self.at:
            k -= 1
        return k >= self.sent.start and doc[k].lower_ == "tant"

    def _adding_linker(self, k: int, limit: int) -> bool:
        """« X, mais aussi Y »: « mais » joins a list's next member when a list adverb follows it,
        or after « non seulement » (« non seulement X, mais Y »); alone it opens another clause
        (« X a critiqué Y, mais Z ... »)."""
        doc = self.doc
        if doc[k].lower_ not in ADDING_LINKERS:
            return False
        if k + 1 < limit and doc[k + 1].lower_ in LIST_ADVERBS:
            return True
        return doc[k].lower_ == "mais" and any(doc[n].lower_ == "non" and doc[n + 1].lower_ == "seulement" for n in range(self.sent.start, k - 1))

    def _finite_verb_before_comma(self, j: int) -> bool:
        """A finite verb stands from token j to the next comma or the sentence's end."""
        for token in self.doc[j : self.sent.end]:
            if token.text in (",", ";", ":"):
                return False
            if token.pos_ in ("VERB", "AUX") and "Fin" in token.morph.get("VerbForm"):
                return True
        return False

    def _seat_of_person(self, k: int, limit: int) -> int:
        """« de l'Arizona » after a person, before « et » or a comma: the token after the place
        (its article past), where the member of a list goes on; else k."""
        doc, before = self.doc, self.at.get(k - 1)
        j = k + 1 + (k + 1 < limit and doc[k + 1].lower_ in ("la", "l'", "l’"))
        place = self.at.get(j)
        if before is None or before.kind is not EntityKind.PERSON or (place is not None and (place.kind is not EntityKind.LOCATION or place.start != j)):
            return k
        end = place.end if place is not None else j
        while place is None and end < limit and end not in self.at and doc[end].pos_ == "PROPN" and doc[end].text[:1].isupper():
            end += 1  # a place the recogniser left unnamed
        return end if end > j and end < limit and doc[end].lower_ in LINKERS else k

    def _described_member(self, comma: int, limit: int) -> Optional[int]:
        """« X, roi de France, et Y »: the comma that closes a short description of the member
        before ``comma`` (a noun phrase, or a participle and its complement, with no other verb
        and no person in it), when « et », « ou » or « ainsi que » follows it, or the name of
        another person where the member is one (« X, agronome, Y, auteur, et Z »: a list whose
        members are each described, that must end with « et » to be one); else None."""
        doc = self.doc
        first = comma + 1
        if first >= limit or first in self.at or not (doc[first].pos_ in ("NOUN", "ADJ", "DET") or is_past_participle(doc[first]) or doc[first].lower_ in role_nouns()) or not doc[first].is_lower:
            return None  # « X, roi de France, et Y », « X, chargé des valeurs, et Y »
        member = self.at.get(comma - 1)
        for k in range(first + 1, min(first + DESCRIPTION_WORDS, limit - 1)):
            if doc[k].text == ",":
                if doc[k + 1].lower_ in ("et", "ou", "ainsi"):
                    return k  # « X et Y, membres du gouvernement, ainsi que Z »
                if k + 1 < limit and k + 1 not in self.at and doc[k + 1].is_lower and (doc[k + 1].pos_ in ("NOUN", "ADJ", "DET", "ADP") or doc[k + 1].lower_ in role_nouns()):
                    continue  # « X, vice-président, directeur général de P, et Y »: a second description of the member; « directeur des routes, des ponts et des ports »
                return k if self._persons_on_both_sides(comma, past_determiners(self, k + 1, limit)) else None  # « ..., M. Y »: past the title
            if doc[k].lower_ in ("et", "ou") and self._persons_on_both_sides(comma, past_determiners(self, k + 1, limit)):
                return k  # « X, directeur de P, Y, directeur de Q et Z »: the last description closes with « et »
            slot = self.at.get(k)
            if slot is not None and member is not None and slot.cluster == member.cluster:
                continue  # « X Mittal, fondateur du groupe Mittal, et Y »: the member's own name
            if _acronym_in_parentheses(doc, k):
                continue  # « directeur des routes (DRPP) de Lyon »: an acronym of the description's words
            if doc[k].pos_ in ("VERB", "AUX") or doc[k].text in CLAUSE_BREAKS or (slot is not None and slot.kind is EntityKind.PERSON):
                return None
        return None

    def called(self, slot: Slot) -> bool:
        """The person is called on after a comma (« ..., madame X : », « ..., Monsieur X. »): the
        one spoken to, no member of a list."""
        doc, k = self.doc, slot.start - 1
        if slot.kind is not EntityKind.PERSON or k - 1 < self.sent.start or not address_word(doc[k]) or doc[k - 1].text != ",":
            return False
        return slot.end >= self.sent.end or doc[slot.end].text in (".", "!", "?", ":", ";", "»")

    def _persons_on_both_sides(self, comma: int, k: int) -> bool:
        """A person's name ends right before ``comma`` and another one starts at token k (a name,
        not a description: « X, place Vendôme, le président de Y » is no list); the title before
        it (« M. Y ») is left out of the mention."""
        before, after = self.at.get(comma - 1), self.at.get(k)
        return (
            before is not None and after is not None and after.start == k and before.cluster != after.cluster
            and self.doc[k].text[:1].isupper()
            and before.kind is EntityKind.PERSON and after.kind is EntityKind.PERSON
        )

    def _described_in_commas(self, j: int, k: int) -> bool:
        """The members at j and k are joined by a description set off by commas alone, with no
        « et » (« X, agronome, Y »): as commas alone, the list must end with « et » to be one."""
        return self.doc[j].text == "," and self.doc[k - 1].text == "," and self._described_member(j, k + 1) == k - 1

    def preceded_by_preposition(self, slot: Slot) -> bool:
        """A preposition governs the mention, over articles, an opening quote and up to four words
        of a role (« Proche du président réélu brésilien Y, X ... »; not « Le candidat à l'élection
        municipale X et ... », whose noun is no role)."""
        j = slot.start - 1
        if j > self.sent.start and self.doc[j].text in QUOTES:
            j -= 1  # « présidente du groupe « X et indépendants » »: the quoted name of a group
        while j > self.sent.start and j in self.at and self.at[j].cluster == slot.cluster and slot.cluster:
            j = self.at[j].start - 1  # « du président américain X »: the description of the same person
        party = self.at.get(j) if j > self.sent.start else None
        if party is not None and party.kind is EntityKind.ORGANISATION and party.start > self.sent.start and _role_word(self.doc[party.start - 1]):
            j = party.start - 1  # « du député RN X »: the member's party, then the role
        described = 0
        while j >= self.sent.start and j not in self.at and described < 4 and (_role_word(self.doc[j]) or self.doc[j].lower_ == "même"):
            j -= 1  # « sous la présidence du même X »
            described += 1
        if j >= self.sent.start and j not in self.at and self.doc[j].lemma_.lower() in INSTRUMENT_NOUNS:
            j -= 1  # « Par le bref X, le pape ... »: the act by which one acts, no party
        j = self._past_type_description(j)  # « le créateur de l'application de paiement X », « du fonds X »
        while j >= self.sent.start and (self.doc[j].pos_ == "DET" or j in self.hidden):
            j -= 1
        if j >= self.sent.start and self.doc[j].lower_ in EXAMPLES and j > self.sent.start:
            if self.doc[slot.start].pos_ == "PRON" and self.doc[slot.start].dep_.startswith("nsubj") and self.doc[slot.end].text != ",":
                return False  # « ce dont je remercie Y »: the subject of the relative, no example
            # « plusieurs plateformes comme YouTube, Reddit ou Discord ont ... », « d'autres réseaux
            # sociaux comme X »: examples of a group
            k = j - 1
            while k > self.sent.start and self.doc[k].pos_ == "ADJ" and k not in self.at:
                k -= 1
            return self.doc[k].pos_ not in ("NOUN", "PROPN") and self.doc[k].text != ","
        if j == self.sent.start and self.doc[j].text == "A":
            return True  # « A Blois, le parti a ... »: « À » written without its accent
        return j >= self.sent.start and self.doc[j].lower_ in PREPOSITIONS

    def _past_type_description(self, j: int) -> int:
        """Back past the words that say what kind of organisation or place a name is
        (« l'application de paiement », « le site de réemploi », « le fonds », « la région »), ending at token j; j if none of them is
        a type noun (``type_noun``)."""
        doc = self.doc
        k, typed = j, False
        while k >= self.sent.start and k not in self.at and j - k < 5 and (doc[k].pos_ in ("NOUN", "ADJ") or (doc[k].pos_ == "PROPN" and doc[k].is_lower) or _linking(doc, k)):
            typed = typed or doc[k].lemma_.lower() in TYPE_NOUNS or doc[k].lower_ in TYPE_NOUNS or doc[k].lower_ in PLACE_NOUNS
            k -= 1
        return k if typed else j

    def governed_by_verb(self, slot: Slot, clause_start: int) -> bool:
        """A mention right after a (non-auxiliary) verb is that verb's object, not a subject; a
        participle after a noun qualifies it (« le président élu Donald Trump »). The role
        description right before the mention goes with it (« a appelé la ministre X pour ... »)."""
        j = role_start(self, slot, clause_start) - 1
        while j >= clause_start and (self.doc[j].pos_ in ("ADV", "DET") or j in self.hidden):
            j -= 1
        if j < clause_start or self.doc[j].pos_ != "VERB" or self.doc[j].dep_ == "fixed":
            return False  # « C'est pourquoi X a reçu Y »: a connector the parse reads as one word
        verb = self.doc[j]
        # a past participle after a noun qualifies it; a present one governs the mention (« les menaces visant X »)
        qualifies = "Part" in features(verb, "VerbForm") and "Pres" not in features(verb, "Tense") and j > clause_start and self.doc[j - 1].pos_ in ("NOUN", "ADJ")
        return not qualifies


def verb_before(view: SentenceView, j: int, start: int) -> Optional[int]:
    """The verb or auxiliary right before token j, past adverbs, not before ``start`` and no
    party; else None."""
    doc = view.doc
    k = j - 1
    while k > start and (doc[k].pos_ == "ADV" or doc[k].dep_ in ("advmod", "fixed")) and k not in view.at:
        k -= 1  # « a d'abord reçu »: « d' » an adverb's first word
    return k if k >= start and k not in view.at and doc[k].pos_ in ("VERB", "AUX") else None


def phrase_end(view: SentenceView, i: int) -> int:
    """The comma that closes an opening phrase, from token i on (« Financé par X depuis 2020, »)."""
    while i < view.sent.end and view.doc[i].text != "," and view.doc[i].pos_ not in ("VERB", "AUX"):
        i += 1
    return i


def examples(view: SentenceView, k: int, end: int) -> list[Slot]:
    """« de nombreuses plateformes, notamment Facebook, Instagram et Twitter »: a group
    named by a plural noun, then its members after « notamment », « comme », « dont », « tels
    que », or in parentheses."""
    doc = view.doc
    tag, low = tags(doc), lower_forms(doc)
    while k < end and (tag[k] in ("ADJ", "DET", "NUM") or low[k] == "des") and k not in view.at:
        k += 1  # « de nombreuses plateformes », « quelques 65 membres », « des » the tagger read as « de les »
    if k + 1 < end and k not in view.at and doc[k].lemma_.lower() in party_actions() and low[k + 1] in DE and not _relation_noun(doc[k]):
        k += 2  # « l'implication des élus de tous bords, notamment X »: the members of the group whose act it is; not « a reçu le soutien de ... »
        while k < end and (tag[k] in ("ADJ", "DET", "NUM") or low[k] == "des") and k not in view.at:
            k += 1
    if k >= end:
        return []  # a sentence that ends with no stop after its last adjective
    if k > 0 and doc[k].lower_ in DE and is_number(doc[k - 1]):
        k -= 1  # « trente-sept de ses cadres »: the number, read over as a determiner
    counted = is_number(doc[k]) or doc[k].lemma_.lower() in QUANTITY_NOUNS
    if k + 2 < end and counted and doc[k + 1].lower_ in DE and k + 1 not in view.at:
        k += 2  # « une quinzaine d'élus locaux, dont X », « trente-sept de ses cadres, dont X »
        while k < end and doc[k].pos_ in ("ADJ", "DET") and k not in view.at:
            k += 1
    if k >= end or doc[k].pos_ != "NOUN" or not _plural_noun(doc[k]):
        return []
    j = k + 1
    owner = False
    while j < min(k + 8, end) and doc[j].lower_ not in EXAMPLES:
        if doc[j - 1].text in ("–", "-", ",", "(") and (thought := _thought_of(view, j, end)) is not None:
            return _each_after_a(view, thought, end)  # « des élus de tous bords – je pense à X, à Y ou à Z – »
        if doc[j].lower_ == "et" and _at_their_head(doc, j + 1, end):
            j += 1
        if _at_their_head(doc, j, end) or (doc[j - 1].text == "," and j + 1 < end and _first_of_all(doc, j)):
            break  # « aux institutions du pays, et à leur tête le président X », « ..., d'abord X »
        if doc[j].lower_ == "y" and j + 1 < end and doc[j + 1].lower_ in EXAMPLES:
            j += 1  # « y compris »
            continue
        place = view.at.get(j)
        if place is not None:
            typed = doc[j - 1].lower_ in TYPE_NOUNS and doc[j - 2].lower_ in DE  # « des cadres du parti Zorbly »
            after_de = doc[j - 1].lower_ in DE or (is_determiner(doc[j - 1]) and doc[j - 2].lower_ in DE)  # « de la République libanaise »
            if place.start != j or (not after_de and not typed):
                break
            j, owner = place.end, True  # « aux cinq personnes les plus riches de France, dont X », « les dirigeants de Y, dont X »
            continue
        if doc[j].text == "(":  # « des dirigeants chinois (X, Y, Z, etc.) »: the members in parentheses
            if j + 1 < end and doc[j + 1].lower_ in STAGE_DIRECTIONS:
                return []  # « les élus (Applaudissements sur les bancs du groupe X.) »: the minutes' direction
            if owner or all(s.start != j + 1 for s in view.slots):
                return []  # « les bureaux de X (anciennement Y) »: the parentheses speak of X
            close = next((c for c in range(j + 1, end) if doc[c].text == ")"), None)
            return [s for s in view.slots if close is not None and j < s.start and s.end <= close]
        if (doc[j].pos_ not in ("NOUN", "ADJ", "ADP", "DET", "PUNCT", "ADV") or doc[j].text in CLAUSE_BREAKS) and j not in view.hidden and j not in view.open_quotes and not _in_compound(doc, j):
            return []  # not « des applications « récréatives » telles que X »: the quoted word read past; nor « des start-up »
        j += 1
    if j == end < view.sent.end and doc[end].text in ("–", "-", ",", "(") and (thought := _thought_of(view, end + 1, view.sent.end)) is not None:
        return _each_after_a(view, thought, view.sent.end)  # « les élus, je pense à X et à Y »: past the clause the verb opens
    if j == end < view.sent.end and _members_past_clause(view, end):
        j, end = end + (doc[end].text == ","), view.sent.end  # « des partis, dont X, le parti dirigé par Y »: the relative's verb cut the clause
    if j < end and _at_their_head(doc, j, end):
        j += 3
    elif j + 2 < end and doc[j - 1].text == "," and _first_of_all(doc, j):
        j += 2  # « plusieurs dirigeants, d'abord M. X, chef du gouvernement de Vexa, ensuite M. Y »: each in turn
    elif j >= end or doc[j].lower_ not in EXAMPLES:
        return []
    else:
        j += 1
        if j < end and doc[j - 1].lower_ in SUCH_AS and doc[j].lower_ in ("que", "qu'", "qu’"):
            j += 1  # « des applications telles que X ou Y »
        elif j < end and doc[j - 1].lower_ == "parmi" and doc[j].lower_ in ("lesquels", "lesquelles", "eux", "elles"):
            j += 1  # « plusieurs dirigeants, parmi lesquels X et Y »
    if j < end and doc[j].lower_ in DE:
        j += 1  # « le travail des membres de la mission, notamment de son rapporteur X »: the « de » of the noun repeated
    while j < end and (is_determiner(doc[j]) or doc[j].text == "," or (doc[j].pos_ in ("ADV", "ADJ") and doc[j].is_lower)) and j not in view.at:
        j += 1  # « dont les très populaires X et Y »
    if j + 1 < end and doc[j].lower_ in LIST_WORDS and doc[j + 1].lower_ in DE:
        j += 2  # « plusieurs comptes, dont celui de X »
        while j < end and is_determiner(doc[j]) and j not in view.at:
            j += 1  # « des avoirs, comme ceux de la banque de P »
    if j not in view.at:
        j = past_role_nouns(view, j, end)  # « des élus, dont les maires X et Y »
    return view.group_at(j, end, listing=True)


def _members_past_clause(view: "SentenceView", end: int) -> bool:
    """The clause ends at token ``end`` on « , dont » and a party named there, followed by a comma
    or « et », not by a verb, with a participle further on (« des partis, dont X, le parti dirigé par Y »):
    the members of the group, whose apposition's participle made a clause of its own; not a
    relative (« des élus, dont il a salué le travail »)."""
    doc = view.doc
    k = end + (doc[end].text == ",")
    if k + 1 >= view.sent.end or doc[k].lower_ != "dont":
        return False
    m = k + 1
    while m < view.sent.end and is_determiner(doc[m]) and m not in view.at:
        m += 1  # « dont la Ligue ... »
    slot = view.at.get(m)
    if slot is None or slot.start != m or slot.kind not in PARTIES or doc[slot.start].pos_ == "PRON":
        return False
    if slot.end >= view.sent.end or not (doc[slot.end].text == "," or doc[slot.end].lower_ in ("et", "ou")):
        return False
    return any(t.pos_ == "VERB" for t in doc[slot.end : view.sent.end])  # the participle that cut the clause


def _first_of_all(doc: Doc, j: int) -> bool:
    """Tokens j and j + 1 are « d'abord », which opens the members of a group named in turn."""
    return doc[j].lower_.replace("’", "'") == "d'" and doc[j + 1].lower_ == "abord"


def _in_compound(doc: Doc, j: int) -> bool:
    """Token j is the hyphen of a compound the tokenizer cut, or the word after it (« start-up »)."""
    if doc[j].text in ("-", "‑"):
        return j > 0 and not doc[j - 1].whitespace_ and not doc[j].whitespace_
    return j > 1 and doc[j - 1].text in ("-", "‑") and not doc[j - 1].whitespace_ and not doc[j - 2].whitespace_


def _plural_noun(token: Token) -> bool:
    """A plural noun by the morphologizer, or by its form where the lemma drops an « s » or an
    « x » (« logiciels » tagged as a singular)."""
    form, lemma = token.lower_, token.lemma_.lower()
    return "Plur" in features(token, "Number") or (form.endswith(("s", "x")) and form[:-1] == lemma)


def _relation_noun(token: Token) -> bool:
    """The noun is a cue of the shipped lexicon (« soutien », « critique »): a relation of its own."""
    return any(cue.pos is CuePos.NOUN for cue in CueTable.shipped().for_lemma(token.lemma_.lower()))


#: First words of the directions of minutes in parentheses (« (Applaudissements sur ...) »).
STAGE_DIRECTIONS = function_words("stage_direction")
#: Verbs by which a speaker names examples of the group just named (« – je pense à X, à Y – »).
EXAMPLE_VERBS = function_words("example_verb")


def _thought_of(view: SentenceView, j: int, end: int) -> Optional[int]:
    """« je pense notamment à », « nous pensons bien sûr à » from token j: the token after its
    « à », where the speaker names examples of the group named before; else None."""
    doc = view.doc
    if j + 2 >= end or doc[j].lower_ not in ("je", "nous") or doc[j + 1].lemma_.lower() not in EXAMPLE_VERBS:
        return None
    k = j + 2
    while k < end and k not in view.at and (doc[k].pos_ == "ADV" or past_adverbial(doc, k) > k):
        k = max(k + 1, past_adverbial(doc, k))  # « notamment », « bien sûr », « en particulier »
    return k + 1 if k < end and doc[k].lower_ in ("à", "au", "aux") else None


def _each_after_a(view: SentenceView, k: int, end: int) -> list[Slot]:
    """« à Mme X, à Mme Y ou à M. Z »: from token k, the persons and organisations of a list
    whose members each follow their own « à », joined by commas, « et » or « ou »; none where
    one is a place (« je pense à Paris et à Lyon »: where they are, not who)."""
    doc = view.doc
    found: list[Slot] = []
    while k < end:
        k = past_role_nouns(view, k, end) if k not in view.at else k
        slot = view.at.get(k)
        if slot is None or slot.start != k or slot.kind not in PARTIES:
            break
        if slot.kind is EntityKind.LOCATION:
            return []
        found.append(slot)
        k = slot.end
        while k < end and (doc[k].text == "," or doc[k].lower_ in ("et", "ou")):
            k += 1
        if k >= end or doc[k].lower_ not in ("à", "au", "aux"):
            break
        k += 1
    return found


#: Nouns of the head of a group in « à leur tête » (« les institutions, et à leur tête le président X »).
HEAD_NOUNS = function_words("head_noun")


def _at_their_head(doc: Doc, j: int, end: int) -> bool:
    """« à leur tête », « à sa tête » at token j: the group's head, named next, is one of its members."""
    return j + 2 < end and doc[j].lower_ == "à" and is_possessive_determiner(doc[j + 1]) and doc[j + 2].lower_ in HEAD_NOUNS


#: Nouns of a number of things, by lemma, before « de » and the plural noun they count (« une quinzaine d'élus »).
QUANTITY_NOUNS = function_words("quantity_noun")


#: Prepositions of an event during which something happened (« pendant un dîner »).
DURING = function_words("during")


def during(doc: Doc, j: int, sent_start: int) -> bool:
    """Token j ends « pendant », « durant », « lors de », « au cours de »."""
    if j < sent_start:
        return False
    if doc[j].lower_ in DURING:
        return True
    if doc[j].lower_ in DE and j - 1 >= sent_start:
        before = doc[j - 1].lower_
        return before == "lors" or (before == "cours" and j - 2 >= sent_start and doc[j - 2].lower_ == "au")
    return False


def is_number(token: Token) -> bool:
    """A number in figures or words, hyphenated ones too (« trente-sept », which spaCy's
    ``like_num`` does not take)."""
    return token.like_num or ("-" in token.text and all(token.vocab[part].like_num for part in token.lower_.split("-") if part))


#: Words of an honorific and its rank left out of a name (« Son Altesse Royale »), lower case.
HONORIFIC_WORDS = function_words("honorific_rank") | function_words("honorific_noun")


def is_title(token: Token) -> bool:
    """« M. », « Mme »: a title before a name that the recogniser left out of the mention; so are
    the words of an honorific (« Son Altesse Royale X »)."""
    word = token.lower_
    return word in titles() or word in HONORIFIC_WORDS


def is_determiner(token: Token) -> bool:
    return token.pos_ == "DET" or is_title(token)


def past_determiners(view: "SentenceView", k: int, end: int) -> int:
    """Token k, past the determiners (and titles) that open a noun phrase, up to a mention."""
    while k < end and is_determiner(view.doc[k]) and k not in view.at:
        k += 1
    return k


#: A time of day (« 11h », « 9h30 », « midi »).
CLOCK = re.compile(r"\d{1,2}h(\d{2})?|midi|minuit")


def duration_end(doc: Doc, i: int, end: int) -> int:
    """After « pour », « pendant »: the token after an article or a number and a noun of time
    (« une journée », « sept jours », « 24 heures »), or i when there is none."""
    j = i
    while j + 1 < end and doc[j].lower_ in APPROXIMATE and doc[j + 1].lower_ in DE:
        i = j = j + 2  # « pendant près de trois heures »
    if j + 1 < end and doc[j].lower_ == "au" and doc[j + 1].lower_ == "moins":
        i = j = j + 2  # « pour au moins sept jours »
    if j < end and CLOCK.fullmatch(doc[j].lower_):
        return j + 1  # « pendant 3h30 », « pendant près de 2h »: hours, written as a time of day
    while j < end and j - i < 2 and (doc[j].pos_ in ("DET", "NUM") or doc[j].like_num):
        j += 1
        while j + 1 < end and doc[j].text == "-" and doc[j - 1].like_num and doc[j + 1].like_num:
            j += 2  # « quarante-cinq », which the tokenizer splits at its hyphen
    if j > i and j + 2 < end and doc[j].lemma_.lower() in QUANTITY_NOUNS and doc[j + 1].lower_ in DE:
        j += 2  # « pendant une quinzaine de jours »
    if j > i and j < end and (doc[j].lower_ in time_nouns() or doc[j].lemma_.lower() in time_nouns()):
        return j + 1
    return i


#: Prepositions of a duration (« pour une journée », « pendant six mois », « depuis cinq ans »).
DURATION_PREPOSITIONS = function_words("duration")


def lasting_end(doc: Doc, j: int, end: int) -> int:
    """The token after a duration that starts at token j, « au moins » included (« au moins pour
    un an », « pendant six mois », « depuis cinq ans »), or j when none starts there."""
    k = j + 2 if j + 1 < end and doc[j].lower_ == "au" and doc[j + 1].lower_ == "moins" else j
    if k >= end or doc[k].lower_ not in DURATION_PREPOSITIONS or (after := duration_end(doc, k + 1, end)) == k + 1:
        return j
    return after


def word_phrases(group: str) -> tuple[tuple[str, ...], ...]:
    """The entries of a ``function_words.tsv`` group as word tuples, longest first (for
    :func:`~techpolgraph.nlp.text.phrase_at`)."""
    return tuple(sorted((tuple(p.split()) for p in function_words(group)), key=lambda w: (-len(w), w)))


#: « il y a », « il y avait »: what opens a span of time back from now.
AGO_OPENERS = word_phrases("ago_opener")
#: « peu », « longtemps »: what closes « il y a » by itself.
AGO_ADVERBS = word_phrases("ago_adverb")


def ago_end(doc: Doc, i: int, end: int) -> int:
    """After a span of time back from now at token i (« il y a deux semaines », « il y a peu »,
    « il y a une dizaine de jours »): an adverb, whose « a » is no verb of the clause; i if none."""
    k = phrase_at(doc, i, AGO_OPENERS, end)
    if k == i:
        return i
    if (adverb := phrase_at(doc, k, AGO_ADVERBS, end)) > k:
        return adverb
    lasting = duration_end(doc, k, end)
    return lasting if lasting > k else i


def _occasion_end(view: SentenceView, i: int, end: int) -> int:
    """After « lors »: the token after « de », an article, a common noun and its adjectives
    (« d'un meeting », « du congrès annuel »), or i when no such phrase follows; never past a
    party (« lors de sa rencontre avec X »: X is no object of the verb before)."""
    doc = view.doc
    if i >= end or doc[i].lower_ not in DE:  # « de », « d' », « du », « des »
        return i
    j = i + 1
    while j < end and doc[j].pos_ == "DET" and j not in view.at:
        j += 1
    if not (j < end and doc[j].pos_ == "NOUN" and doc[j].is_lower and j not in view.at):
        return i
    j += 1
    while j < end and doc[j].pos_ == "ADJ" and j not in view.at:
        j += 1
    if j < end and (doc[j].lower_ in DE or doc[j].lower_ in ("avec", "entre")):
        return i  # « lors d'un meeting de X », « lors d'une rencontre avec X »
    return j


def manner_end(view: SentenceView, j: int, end: int) -> Optional[int]:
    """« avec une particulière brutalité », « avec la plus grande fermeté »: the last token of a
    phrase of manner opened by « avec » or « sans » at token j (an article, adjectives and a
    lower-case noun that no « de » completes), or None."""
    doc = view.doc
    k = j + 1
    if k + 1 < end and doc[k].lower_ in ("la", "le") and doc[k + 1].lower_ == "plus":
        k += 2
    elif k < end and doc[k].lower_ in ("un", "une"):
        k += 1
    else:
        return None
    first = k
    while k < end and k - first < MANNER_WORDS and k not in view.at and doc[k].pos_ in ("ADJ", "ADV", "NOUN") and doc[k].is_lower:
        k += 1  # the tagger may read an adjective before the noun as a noun (« une particulière brutalité »)
    if not any(t.pos_ == "NOUN" for t in doc[first:k]) or (k < end and doc[k].lower_ in DE):
        return None
    return k - 1


#: How many words a phrase of manner may have after its article (« une très rare brutalité verbale »).
MANNER_WORDS = 4


def _negated_before(doc: Doc, i: int) -> bool:
    """A « ne » stands a few words before token i (« n'a rencontré ni X ni Y »)."""
    return any(doc[k].lower_ in NE for k in range(max(i - 6, 0), i))


#: Words of a sum of money (« millions », « euros »).
MONEY_WORDS = function_words("amount")


def _sum_end(doc: Doc, i: int, end: int) -> int:
    """The token after a sum of money that starts at token i (« 3,5 millions d'euros », « 500 000
    euros »), or i where there is none: numbers, then words of a sum, the last a currency's."""
    j = i
    while j < end and (doc[j].like_num or doc[j].pos_ == "NUM"):
        j += 1
    if j == i:
        return i
    while j < end and (doc[j].lower_ in MONEY_WORDS or (doc[j].lower_ in DE_FORMS and j + 1 < end and doc[j + 1].lower_ in MONEY_WORDS)):
        j += 1
    return j if j > i and doc[j - 1].lower_ in MONEY_WORDS - {"millions", "million", "milliards", "milliard", "mille"} else i


#: Words of a part of a month before its name (« début avril », « fin mars »).
PERIOD_PARTS = function_words("period_part")


#: Stressed pronouns after « autour de » that stand for the clause's subject (« a réuni autour de lui X »).
AROUND_PRONOUNS = function_words("around_pronoun")


def around_end(view: SentenceView, i: int, end: int) -> int:
    """After « autour de » at token i and the party or the stressed pronoun it names (« autour
    de lui », « autour du ministre X »), the next token; i where none stands there."""
    doc = view.doc
    if i + 2 >= end or doc[i].lower_ != "autour" or doc[i + 1].lower_ not in DE:
        return i
    k = past_determiners(view, i + 2, end)
    k = past_role_nouns(view, k, end) if k not in view.at else k
    slot = view.at.get(k)
    if slot is not None and slot.start == k and slot.kind in PARTIES:
        return slot.end
    return i + 3 if doc[i + 2].lower_ in AROUND_PRONOUNS else i


def around_host(view: SentenceView, i: int, end: int) -> Optional[Slot]:
    """The party named after « autour de » at token i (« autour de X »); None for a pronoun or none."""
    after = around_end(view, i, end)
    if after == i:
        return None
    slot = view.at.get(after - 1)
    return slot if slot is not None and slot.end == after and slot.kind in PARTIES else None


def past_adjuncts(view: SentenceView, i: int, end: int) -> int:
    """The token after adverbs, dates, incises, adverbial phrases and places that stand between a
    verb and its object (« a banni de manière permanente X », « recevra à l'Élysée le 23 mai X »)."""
    doc = view.doc
    first = i
    while i < end and i not in view.at:
        token = doc[i]
        if token.lower_ in ("que", "qu'", "qu’") and view.restrictive(i):
            i += 1  # « n'a rencontré que Y »
        elif token.lower_ == "lors" and (occasion := _occasion_end(view, i + 1, end)) > i + 1:
            i = occasion  # « ont soutenu lors d'un meeting X »
        elif token.lower_ == "autour" and (around := around_end(view, i, end)) > i:
            i = around  # « a réuni autour de lui X et Y »
        elif i + 3 < end and doc[i + 3].lower_ in REPEATS and token.like_num and doc[i + 1].lower_ in ("ou", "à") and doc[i + 2].like_num:
            i += 4  # « a rencontré six ou sept fois X »
        elif (adverbial := past_adverbial(doc, i)) > i and adverbial < end:
            i = adverbial  # « a banni à vie X », « a exclu à l'unanimité X », « a reçu tout à l'heure X »
        elif token.pos_ in ("ADV", *DATE_POS) or is_title(token) or i in view.hidden or i in view.open_quotes or is_date_word(token) or (token.like_num and i + 1 < end and is_date_word(doc[i + 1])):
            i += 1  # « ce vendredi 04 septembre »: a day in figures the tagger read as a noun
        elif token.pos_ == "CCONJ" and i > 0 and doc[i - 1].pos_ == "ADV" and i + 1 < end and doc[i + 1].pos_ == "ADV":
            i += 1  # « purement et simplement »
        elif token.lemma_.lower() in time_nouns() and i > 0 and (is_date_word(doc[i - 1]) or doc[i - 1].lower_ in DAY_ADVERBS):
            i += 1  # « lundi matin », « hier soir »
        elif token.lower_ in PERIOD_PARTS and i + 1 < end and is_date_word(doc[i + 1]):
            i += 2  # « a retiré fin mars X », « début avril »
        elif token.lower_ in ("dès", "depuis") and i + 1 < end and i + 1 not in view.at and (is_date_word(doc[i + 1]) or doc[i + 1].lower_ in DAY_ADVERBS):
            i += 1  # « a condamné dès hier matin les tirs de Y »: when, then the object
        elif token.lower_ == "en" and i + 1 < end and i + 1 not in view.at and (is_date_word(doc[i + 1]) or YEAR.fullmatch(doc[i + 1].text)):
            i += 1  # « a reçu en mars 2004 X », « prise en 2019 par X »
        elif (time := _time_phrase_end(doc, i, end)) > i:
            i = time  # « a reçu ce soir-là X », « convie le soir même X »
        elif (ago := ago_end(doc, i, end)) > i:
            i = ago  # « s'est entretenu il y a deux semaines avec Y »
        elif (part := _part_of_day_end(view, i, end)) > i:
            i = part  # « a accueilli dans la matinée du samedi 23 septembre X », « en fin de matinée »
        elif token.lower_ == "par" and (channel := channel_end(view, i + 1, end)) > i + 1:
            i = channel  # « dénonce par tweet l'appel de X », « a félicité par lettre X »: how
        elif token.lower_ == "dans" and (statement := _statement_end(view, i + 1, end)) > i + 1:
            i = statement  # « salue dans un communiqué le travail de X », « dénonce dans une lettre ouverte X »: where
        elif token.lower_ == "pour" and (purpose := _meeting_purpose_end(view, i, end)) > i:
            i = purpose  # « a reçu pour un entretien X »
        elif (basis := legal_basis_end(view, i, end)) > i:
            i = basis  # « sommes réunis en vertu de l'article 88 du règlement pour entendre Y »
        elif token.lower_ == "à" and i + 1 < end and CLOCK.fullmatch(doc[i + 1].lower_):
            i += 2  # « à 11h », « à 9h30 »
        elif token.lower_ == "devant" and (audience := _audience_end(view, i + 1, end)) > i + 1:
            i = audience  # « accueille devant vous X », « a critiqué devant la presse X »
        elif i + 2 < end and (token.lower_, doc[i + 1].lower_) in ADVERBIAL and (
            doc[i + 1].pos_ != "DET" or doc[i + 2].lower_ in OWN_SIDE
        ):
            i += 3  # « de manière permanente », « pour sa part », « de son côté »
        elif token.lower_ in DURATION_PREPOSITIONS and (lasting := duration_end(doc, (first := i + 1 + (i + 1 in view.open_quotes)), end)) > first:
            i = lasting  # « a fermé pour une semaine la page de X », « pour « au moins sept jours » »
        elif i + 1 < end and doc[i + 1].lower_ in REPEATS and (token.pos_ in ("NUM", "DET", "ADJ") or token.lower_ == "plusieurs"):
            i += 2  # « a rencontré dix fois X »
        elif i + 2 < end and token.lower_ == "à" and doc[i + 2].lower_ in REPEATS:
            i += 3  # « à plusieurs reprises »
        elif token.lower_ in ("avec", "sans") and i + 2 < end and bare_manner_noun(view, i + 1):
            i += 2  # « a contesté avec animosité les propos de X », « a critiqué sans ménagement X »
        elif token.lower_ in ("avec", "sans") and (manner := manner_end(view, i, end)) is not None:
            i = manner + 1  # « condamne avec la plus grande fermeté les propos de X »
        elif token.lower_ == "parmi" and i + 1 < end and doc[i + 1].lower_ in ("nous", "vous"):
            i += 2  # « accueillir aujourd'hui parmi nous X »
        elif token.lower_ == "ni" and i + 1 < end and _negated_before(doc, i):
            i += 1  # « n'a rencontré ni X ni Y »: the first « ni » of the list
        elif token.lower_ in DE_FORMS and (total := _sum_end(doc, i + 1, end)) > i + 1:
            i = total  # « a sanctionné de 3,5 millions d'euros la société X »: how much
        elif token.lower_ in PLACE_PREPOSITIONS:
            k = i + 1
            while k < end and doc[k].pos_ == "DET" and k not in view.at:
                k += 1
            place = view.at.get(k)
            if place is None and k < end and doc[k].pos_ in ("NOUN", "PROPN"):
                place = named_after_de(view, k, end)  # « au palais de l'Élysée », « au siège du parti P »: a building of a place
                place = place if place is not None and place.kind in (EntityKind.LOCATION, EntityKind.ORGANISATION) else None
            if place is None and k < end and k not in view.at and doc[k].lemma_.lower() in SEAT_NOUNS:
                i = k + 1  # « a reçu à la chancellerie X », « au ministère »: where, as a seat of power
                continue
            if place is None:
                break
            i = place.end  # « à l'Élysée », « en Russie »: a place, or a party that is not the object
        elif token.pos_ == "DET" and i + 1 < end and (is_date_word(doc[i + 1]) or doc[i + 1].pos_ == "NUM"):
            i += 1  # « le 23 mai »
        elif token.text == ",":
            closing = comma_incise_end(view, i, end)
            if closing is not None:
                i = closing  # « a exclu, hier, à l'unanimité, X »: each incise up to its comma
            elif _closes_incise(view, i) and i + 1 < end:
                i += 1  # the comma that ends the last incise, before the object
            elif _closes_date(view, _date_run_start(doc, first, i), i, end):
                i += 1  # « a félicité mercredi 13 novembre, X », « ... à l'Élysée le 7 octobre, X »: the date's closing comma alone
            else:
                break
        else:
            break
    return i


@lru_cache(maxsize=1)
def agent_locutions() -> dict[str, tuple[tuple[str, ...], ...]]:
    """Phrases that name an actor as « par » does, before « de X » (« de la part de X », « sur
    décision de X », « à l'initiative de X »: ``function_words.tsv``), as tokens, by their first word."""
    out: dict[str, list[tuple[str, ...]]] = {}
    for phrase in sorted(function_words("agent_locution")):
        words = tuple(phrase.replace("’", "'").replace("'", "' ").split())
        out.setdefault(words[0], []).append(words)
    return {first: tuple(phrases) for first, phrases in out.items()}


def on_behalf(view: SentenceView, j: int, end: int) -> int | None:
    """Where the agent starts after an agent locution at token j (« des critiques de la part de
    X », « exclu sur décision de X », « à l'initiative de X »), which says what « par » says; else None."""
    doc = view.doc
    if j >= end:
        return None
    for words in agent_locutions().get(doc[j].lower_.replace("’", "'"), ()):
        k = j + len(words)
        if k < end and all(doc[j + n].lower_.replace("’", "'") == w for n, w in enumerate(words)):
            return k + 1 if doc[k].lower_ in DE else None
    return None


#: Pronouns after a preposition (« devant vous », « avec eux »).
STRESSED_PRONOUNS = function_words("stressed_pronoun")


def _audience_end(view: SentenceView, k: int, end: int) -> int:
    """After « devant », the token past its audience: a personal pronoun (« devant vous »), a
    common noun with its article and adjectives (« devant la presse », « devant les
    journalistes ») or a body (« devant le Parlement »); k where none stands there."""
    doc = view.doc
    if k < end and doc[k].pos_ == "PRON" and doc[k].lower_ in STRESSED_PRONOUNS:
        return k + 1
    j = k
    while j < end and is_determiner(doc[j]) and j not in view.at:
        j += 1
    if j == k or j >= end:
        return k
    if j in view.at:
        slot = view.at[j]
        return slot.end if slot.kind is EntityKind.ORGANISATION else k
    if doc[j].pos_ != "NOUN":
        return k
    j += 1
    while j < end and doc[j].pos_ == "ADJ" and j not in view.at:
        j += 1
    return j


#: Nouns of a service or a medium before its name (« sur le réseau TikTok », « la messagerie Telegram »).
PLATFORM_NOUNS = function_words("platform_noun")


def channel_end(view: SentenceView, k: int, end: int) -> int:
    """After « par », the token past a written channel (``written_channels.txt``: « tweet »,
    « courrier », « lettre »), its article included; k where none stands there, or where a
    service's name follows (« par la messagerie Telegram »: the service, an agent)."""
    doc = view.doc
    j = k
    while j < end and is_determiner(doc[j]) and j not in view.at:
        j += 1
    if j >= end or j in view.at or doc[j].lower_ not in written_channels():
        return k
    named = j + 1
    while named < end and doc[named].pos_ == "ADJ" and named not in view.at:
        named += 1
    if doc[j].lower_ in PLATFORM_NOUNS and named in view.at:
        return k  # not « par la messagerie cryptée Telegram »: a service that acts
    return j + 1


#: Nouns of what one says or writes in, after « dans » between a verb and its object (« salue dans un communiqué X »).
STATEMENT_NOUNS = function_words("statement_noun")


def _statement_end(view: SentenceView, k: int, end: int) -> int:
    """After « dans », the token past a statement or a written channel and its adjectives (« un
    communiqué », « une lettre ouverte »); k where none stands there."""
    doc = view.doc
    j = k
    while j < end and is_determiner(doc[j]) and j not in view.at:
        j += 1
    if j == k or j >= end or j in view.at or (doc[j].lower_ not in written_channels() and doc[j].lemma_.lower() not in STATEMENT_NOUNS):
        return k
    j += 1
    while j < end and j not in view.at and doc[j].pos_ == "ADJ":
        j += 1
    return j


def named_after_de(view: SentenceView, k: int, end: int) -> Optional[Slot]:
    """The mention that the « de » after the noun at token k names, past its article (« palais
    de l'Élysée », « périphérie de Washington »), or None."""
    doc = view.doc
    if not (k + 1 < end and doc[k + 1].lower_ in DE):
        return None
    n = k + 2
    while n < end and is_determiner(doc[n]) and n not in view.at:
        n += 1
    slot = view.at.get(n)
    return slot if slot is not None and slot.start == n else None


def _date_run_start(doc: Doc, first: int, comma: int) -> int:
    """Where the date that ends at the comma begins, back from it over date words, numbers,
    articles and time nouns, not before token ``first``."""
    k = comma
    while k > first and (is_date_word(doc[k - 1]) or doc[k - 1].like_num or doc[k - 1].pos_ == "DET" or doc[k - 1].lemma_.lower() in time_nouns()):
        k -= 1
    return k


def _closes_date(view: SentenceView, first: int, comma: int, end: int) -> bool:
    """The comma at ``comma`` closes a date that stands alone between the verb (ending before
    token ``first``) and its object, and no clause opens after it (« a félicité lundi, X, »; not
    « a félicité lundi, X a répondu »)."""
    doc = view.doc
    words = doc[first:comma]
    if not any(is_date_word(t) for t in words) or not all(is_date_word(t) or t.like_num or t.pos_ == "DET" or t.lemma_.lower() in time_nouns() for t in words):
        return False
    named = appositive_name(view, comma + 1, end)  # « , l'homme le plus riche du pays, X »
    if named is None:
        named = comma + 1
        while named < end and is_determiner(doc[named]) and named not in view.at:
            named += 1
        named = past_role_nouns(view, named, end)  # « a reçu ce jeudi, le nouveau président élu X »
    after = view.at.get(named)
    return after is not None and (after.end >= end or doc[after.end].pos_ not in ("VERB", "AUX"))


#: Demonstrative determiners that open a time phrase (« ce soir-là »).
DEMONSTRATIVES = ("ce", "cet", "cette")


def _time_phrase_end(doc: Doc, i: int, end: int) -> int:
    """After a demonstrative time phrase at token i (« ce soir », « ce jour-là », « cet
    après-midi ») or a definite one that « même », « -là » or an adjective of time closes (« le
    soir même », « l'an dernier »); i if none stands there."""
    if i + 1 >= end or doc[i + 1].lower_ not in time_nouns():
        return i
    k = i + 2
    closed = k < end and (doc[k].lower_ in ("-là", "même") or doc[k].lower_ in TIME_CLOSERS)
    if doc[i].lower_ in DEMONSTRATIVES or (doc[i].lower_.replace("’", "'") in ("le", "la", "l'") and closed):
        return k + 1 if closed else k
    return i


#: Adjectives that close a definite time phrase (« l'an dernier », « la semaine passée »).
TIME_CLOSERS = function_words("time_closer")


#: Prepositions that open a part of a day (« dans la matinée », « en fin de soirée », « au cours de la journée »).
PART_OF_DAY_OPENERS = function_words("part_of_day_opener")
#: Nouns of a meeting that « pour » gives as the purpose of a reception (« a reçu pour un entretien X »).
MEETING_PURPOSES = function_words("meeting_purpose")


def _part_of_day_end(view: SentenceView, i: int, end: int) -> int:
    """After a part of a day at token i (« dans la matinée », « en fin de matinée », « au cours
    de la soirée »), and the date that completes it (« du samedi 23 septembre 2006 »); i if none."""
    doc = view.doc
    k = i
    while k < end and k not in view.at and (doc[k].lower_ in PART_OF_DAY_OPENERS or doc[k].lower_ in DE or is_determiner(doc[k])):
        k += 1
    if k == i or k >= end or k in view.at or doc[k].lower_ not in time_nouns():
        return i
    k += 1
    if k < end and doc[k].lower_ in DE and k + 1 < end and (is_date_word(doc[k + 1]) or doc[k + 1].pos_ == "NUM"):
        k += 1
        while k < end and k not in view.at and (is_date_word(doc[k]) or doc[k].pos_ == "NUM" or doc[k].pos_ in DATE_POS):
            k += 1  # « du samedi 23 septembre 2006 »
    return k


def _meeting_purpose_end(view: SentenceView, i: int, end: int) -> int:
    """After « pour » and the meeting it gives as a reception's purpose (« pour un entretien »,
    « pour un déjeuner de travail », « pour dîner »); i if none stands there."""
    doc = view.doc
    k = i + 1
    if k + 1 < end and doc[k].lower_ in MEETING_PURPOSES and doc[k].lower_.endswith("er"):
        return k + 1  # « recevait pour dîner plusieurs dirigeants »: the meal's verb, without article
    if k < end and doc[k].lower_ in ("un", "une") and k + 1 < end and doc[k + 1].lower_ in MEETING_PURPOSES:
        k += 2
        while k < end and k not in view.at and doc[k].pos_ == "ADJ" and doc[k].is_lower:
            k += 1
        return k
    return i


def bare_manner_noun(view: SentenceView, k: int) -> bool:
    """Token k is a lower-case noun without article after « avec » or « sans », naming a manner
    (« avec animosité », « sans ménagement »), not a party nor the head of a « de » phrase."""
    doc = view.doc
    return (
        k not in view.at
        and doc[k].pos_ == "NOUN"
        and doc[k].is_lower
        and not (k + 1 < len(doc) and doc[k + 1].lower_ in DE)
    )


#: Longest incise between two commas read past before an object (« , hier, », « , à l'unanimité, »,
#: « , ce jour au palais de l'Élysée, »).
MAX_COMMA_INCISE = 12


def _incise_word(view: SentenceView, j: int) -> bool:
    """A word that may stand in an adverbial incise between commas: no verb, no party but a place."""
    token = view.doc[j]
    slot = view.at.get(j)
    if slot is not None:
        return slot.kind is EntityKind.LOCATION or is_possessive(slot)  # « , sur son blog, »
    if token.text == "-" or (token.lower_ in ("ci", "là") and view.doc[j - 1].text == "-"):
        return True  # « cette fois-ci », « ce jour-là », cut in three tokens
    if is_past_participle(token) and view.doc[j - 1].pos_ in ("NOUN", "ADJ"):
        return True  # « , dans un long message publié sur son blog, »: what qualifies the noun
    if token.lemma_.lower() in DISCOURSE_VERBS and view.doc[j - 1].lower_ == "pour":
        return True  # « , pour conclure, »: how the speaker goes on
    if token.lower_ in ("ou", "et") and view.doc[j - 1].pos_ in ("NUM", "ADV", "ADJ"):
        return True  # « , six ou sept fois, », « , longuement et chaleureusement, »
    if token.lower_ in ("ou", "et") and j + 1 < len(view.doc) and view.doc[j + 1].pos_ == "ADP":
        return True  # « , à Nantes et en visite officielle, », « , à Paris et à Lyon, »: two phrases joined
    return token.pos_ in ("ADV", "ADP", "DET", "NOUN", "ADJ", "NUM") or is_date_word(token) or _unnamed_place(view, j)


#: Phrases that open the legal text an act is done under (« en application de », « conformément à »),
#: as tuples of words, longest first (:func:`~techpolgraph.nlp.text.phrase_at`).
LEGAL_BASIS_OPENERS = tuple(sorted((tuple(p.split()) for p in function_words("legal_basis_opener")), key=len, reverse=True))
#: Nouns of a legal text or of one of its parts (« article », « alinéa », « loi », « Constitution »), by lemma.
LEGAL_TEXT_NOUNS = function_words("legal_text_noun")
#: The most words a phrase of legal basis may have past its opener (« du deuxième alinéa de
#: l'article 45 du règlement et de la loi du 3 mars 2015 »).
LEGAL_BASIS_WORDS = 24


def legal_basis_end(view: SentenceView, i: int, end: int) -> int:
    """Past a phrase that names the legal text an act is done under at token i (« en vertu de
    l'article 88 de la Constitution », « conformément à l'article 45 du règlement »): the token
    after it, or i where there is none. Such a phrase names no party of the act, though the
    recogniser may take « Constitution » for an organisation; it holds nouns, determiners,
    numbers, dates, « de » and « et », a legal text among its nouns, and no person."""
    doc = view.doc
    opened = phrase_at(doc, i, LEGAL_BASIS_OPENERS, end)
    if opened == i:
        return i
    k, legal = opened, False
    while k < min(end, opened + LEGAL_BASIS_WORDS):
        token, slot = doc[k], view.at.get(k)
        if token.text == "(" and (closing := next((m for m in range(k + 1, min(end, k + LEGAL_BASIS_WORDS)) if doc[m].text == ")"), None)) is not None:
            k = closing + 1  # « de l'article 8 du Statut (traité de Londres de 1949) »: what the text is, in brackets
            continue
        if slot is not None and slot.start == k and slot.kind is not EntityKind.PERSON:
            legal = legal or slot.text.lower() in LEGAL_TEXT_NOUNS  # « la Constitution »
            k = slot.end
            continue
        if slot is not None or not (token.pos_ in ("DET", "NOUN", "ADJ", "NUM") or token.lower_ in DE_FORMS or token.lower_ == "et" or is_date_word(token)):
            break
        legal = legal or (token.pos_ == "NOUN" and token.lemma_.lower() in LEGAL_TEXT_NOUNS)
        k += 1
    return k if legal else i


#: Verbs of a speaker's order of words, after « pour » in an incise (« , pour conclure, »), by lemma.
DISCOURSE_VERBS = function_words("discourse_verb")


def _unnamed_place(view: SentenceView, j: int) -> bool:
    """« , à N'Djaména, »: a proper noun the recogniser left out, right after « à » (and an
    article or an elided word), is a town's name."""
    doc = view.doc
    if doc[j].pos_ != "PROPN":
        return False
    k = j - 1
    while k > view.sent.start and doc[k].pos_ in ("DET", "PROPN") and k not in view.at and j - k < 3:
        k -= 1
    return doc[k].lower_ == "à"


#: Prepositions of an incise of circumstance that may name the medium one spoke in (« , dans un
#: entretien au Monde, »): an organisation there is no party of the verb.
MEDIUM_INCISE_OPENERS = function_words("medium_incise")


#: Verbs of a speaker's aside to the hearer between commas (« , vous le savez, », « , je le répète, »), by lemma.
ASIDE_VERBS = function_words("aside_verb")
#: Pronouns that open such an aside.
ASIDE_SUBJECTS = function_words("aside_subject")
#: Verbs of an aside opened by « comme » (« , comme nous l'avons fait, »), besides ASIDE_VERBS.
COMPARING_ASIDE_VERBS = function_words("comparing_aside_verb")
#: Subject pronouns right before their verb (« je », « il », « nous »).
SUBJECT_CLITICS = function_words("subject_clitic")
#: The most words of an aside, its commas included (« , je vous l'ai dit, »).
ASIDE_REACH = 7


def _aside_end(view: SentenceView, i: int, end: int) -> Optional[int]:
    """« , vous le savez, », « , je vous le confirme, », « , je le répète, »: a speaker's aside (a
    pronoun, object pronouns and a verb of knowing or saying) opened by the comma at i; « , comme
    nous l'avons fait, », « , comme il l'avait annoncé, »: a deed or a word compared to; the comma
    that closes it, or None."""
    doc = view.doc
    k = i + 1
    comparing = k < end and doc[k].lower_ == "comme"  # « , comme nous l'avons fait, », « , comme il l'avait annoncé, »
    k += comparing
    if k >= end or doc[k].lower_ not in (SUBJECT_CLITICS if comparing else ASIDE_SUBJECTS):
        return None
    k += 1
    while k < end and (doc[k].lower_ in CLITICS or doc[k].pos_ == "AUX"):
        k += 1  # « je vous le », « vous l'avez »
    verbs = ASIDE_VERBS | COMPARING_ASIDE_VERBS if comparing else ASIDE_VERBS
    if k >= end or (doc[k].lemma_.lower() not in verbs and doc[k].lower_ not in verbs) or (comparing and doc[k - 1].pos_ != "AUX"):
        return None
    return k + 1 if k + 1 < end and doc[k + 1].text == "," else None


def _manner_end(view: SentenceView, i: int, end: int) -> Optional[int]:
    """« , sans le nommer, », « , sans jamais la citer explicitement, », « , sans attendre, »: a
    manner told by « sans » and an infinitive with no party but object pronouns (opened by the
    comma at i); the comma that closes it, or None."""
    doc = view.doc
    k = i + 1
    if k >= end or doc[k].lower_ != "sans":
        return None
    k += 1
    while k < end and k not in view.at and (doc[k].pos_ == "ADV" or doc[k].lower_ in CLITICS):
        k += 1  # « sans jamais le »
    if k >= end or k in view.at or doc[k].pos_ != "VERB" or "Inf" not in doc[k].morph.get("VerbForm"):
        return None
    k += 1
    while k < end and k not in view.at and doc[k].pos_ == "ADV":
        k += 1  # « explicitement »
    return k if k < end and doc[k].text == "," else None


def comma_incise_end(view: SentenceView, i: int, end: int) -> Optional[int]:
    """The comma that closes an adverbial incise opened by the comma at i (« , hier, »), a
    speaker's aside (« , vous le savez, ») or a manner (« , sans le nommer, »), or None."""
    doc = view.doc
    aside = _aside_end(view, i, end)
    if aside is None:
        aside = _manner_end(view, i, end)
    if aside is not None:
        return aside
    behalf = past_behalf(doc, i + 1)
    if i + 1 < behalf < end and doc[behalf].text == ",":
        return behalf  # « je salue, au nom du groupe P, l'action de Y »: on whose behalf, no party of the verb
    company = _company_incise_end(view, i, end)
    if company is not None:
        return company
    basis = legal_basis_end(view, i + 1, end)
    if i + 1 < basis < end and doc[basis].text == ",":
        return basis  # « a entendu, en vertu de l'article 45 du règlement, M. Y »: under which text
    words = 0
    medium = i + 1 < end and doc[i + 1].lower_ in MEDIUM_INCISE_OPENERS
    ago = ago_end(doc, i + 1, end)
    for k in range(i + 1, end):
        if doc[k].text == ",":
            return k if k > i + 1 else None
        if k in view.hidden or k < ago:
            continue  # « à Djeddah (Arabie saoudite) », « , il y a deux semaines, »
        words += 1
        if words > MAX_COMMA_INCISE:
            return None
        if not _incise_word(view, k) and not (medium and k in view.at and view.at[k].kind is EntityKind.ORGANISATION) and not _seat_at(view, k):
            return None
    return None


#: The most words of an incise that names those one acts with (« , avec les membres du groupe d'études « ... », »).
COMPANY_INCISE_WORDS = 16


def _company_incise_end(view: SentenceView, i: int, end: int) -> Optional[int]:
    """The comma that closes an incise of company opened by the comma at i, with no verb in it
    (« nous recevons, avec les membres du groupe de travail « ... », M. Y »: those one
    acts with, no object of the verb), or None."""
    doc = view.doc
    if i + 2 >= end or doc[i + 1].lower_ != "avec":
        return None
    for k in range(i + 2, min(end, i + 2 + COMPANY_INCISE_WORDS)):
        if doc[k].text == "," and k not in view.open_quotes:
            return k if k + 1 < end else None
        if doc[k].pos_ in ("VERB", "AUX") or doc[k].lower_ in ("qui", "que", "qu'", "qu’", "dont"):
            return None
        if k in view.at and view.at[k].kind is EntityKind.PERSON:
            return None  # « , avec Y, ministre de ..., »: its comma opens the apposition to Y
    return None


def _seat_at(view: SentenceView, k: int) -> bool:
    """Token k is part of an organisation named as a place, after « à » or « au » (« , aujourd'hui
    au Quai d'Orsay, »: where, not who)."""
    slot = view.at.get(k)
    if slot is None or slot.kind is not EntityKind.ORGANISATION:
        return False
    j = slot.start - 1
    while j > view.sent.start and is_determiner(view.doc[j]):
        j -= 1
    return view.doc[j].lower_ in ("à", "au", "aux")


#: The most words of an incise that says on whose behalf one speaks, its commas included (« , au nom du groupe P, »).
BEHALF_REACH = 12


def _closes_incise(view: SentenceView, i: int) -> bool:
    """The comma at i closes an adverbial incise opened by a comma a few words before."""
    doc = view.doc
    organisations = False
    if any(doc[k].text == "," and _aside_end(view, k, view.sent.end) == i for k in range(max(i - ASIDE_REACH, view.sent.start), i)):
        return True  # « , vous le savez, »
    if any(doc[k].text == "," and past_behalf(doc, k + 1) == i for k in range(max(i - BEHALF_REACH, view.sent.start), i - 1)):
        return True  # « , au nom du groupe P, »
    if any(doc[k].text == "," and _company_incise_end(view, k, view.sent.end) == i for k in range(max(i - COMPANY_INCISE_WORDS - 1, view.sent.start), i - 1)):
        return True  # « , avec les membres du groupe d'études, »
    if any(doc[k].text == "," and legal_basis_end(view, k + 1, view.sent.end) == i for k in range(max(i - LEGAL_BASIS_WORDS - 5, view.sent.start), i - 1)):
        return True  # « , conformément à l'article 45 du règlement, »
    for k in range(i - 1, max(i - MAX_COMMA_INCISE - 2, view.sent.start), -1):
        if doc[k].text == ",":
            return k < i - 1 and (not organisations or doc[k + 1].lower_ in MEDIUM_INCISE_OPENERS)
        if k in view.at and view.at[k].kind is EntityKind.ORGANISATION:
            organisations = organisations or not _seat_at(view, k)  # « , dans un entretien au Monde, »; not « , au Quai d'Orsay, »
        elif not _incise_word(view, k) and not any(ago_end(doc, s, i) > k for s in range(max(k - 2, 0), k + 1)):
            return False  # a verb, unless the « a » of « il y a deux semaines »
    return False


@lru_cache(maxsize=1)
def role_heads() -> frozenset[str]:
    """First words of the role nouns of ``role_nouns.tsv`` (« patron », « chef », « premier »), of
    the occupations of ``occupations.tsv`` (« journaliste », « homme ») and the nouns of a tie
    to another person (« rivale », « conseiller »: ``person_noun`` in ``function_words.tsv``)."""
    nouns = (*role_nouns(), *occupations(), *function_words("person_noun"))
    heads = {noun.split()[0] for noun in nouns}
    return frozenset(heads | {prefix + head for head in heads for prefix in former_prefixes()})  # « l'ex-ministre »


#: Words between a role's determiner and its noun (« le nouveau PDG », « l'ancien ministre »).
ROLE_MODIFIERS = function_words("role_modifier")
#: « autre », « autres » before a role noun in apposition to a name (« un autre influenceur, Y »).
OTHER_WORDS = function_words("other_word")


#: Nouns of an organisation's governing body (« le bureau politique du parti P »), by lemma.
ORGAN_NOUNS = function_words("organ_noun")


def is_organ_noun(token: Token) -> bool:
    """A noun of a governing body (« bureau », « direction », « commissions »), by form or lemma."""
    return token.lower_ in ORGAN_NOUNS or token.lemma_.lower() in ORGAN_NOUNS


#: Organ nouns of those who speak for the organisation or sit in it (« l'avocat de P », « les députés du groupe P »): what is aimed at them is aimed at the persons.
PERSONAL_ORGANS = function_words("personal_organ")


#: Prepositions that open an incise of time or place set off by commas (« , lors d'un échange avec Y, »).
INCISE_OPENERS = function_words("incise_opener")


def adjunct_incise_start(view: "SentenceView", j: int, start: int, reach: int) -> Optional[int]:
    """The comma that opens the incise the comma at j closes, within ``reach`` words, where the
    incise holds no finite verb and either opens with a preposition of time or place (« a
    réaffirmé jeudi, lors d'une conversation avec la députée Y, son soutien à Z »: the parties in
    it are no owner of the noun), says on whose behalf (« je m'associe, au nom du groupe P, à
    l'hommage rendu à Y », « permettez-moi, au nom de notre groupe, de saluer Y ») or names no
    party (« a officialisé, ce mercredi, à l'unanimité, son soutien »); else None."""
    doc = view.doc
    if doc[j].text != ",":
        return None
    party = False
    for k in range(j - 1, max(start, j - reach), -1):
        if doc[k].pos_ in ("VERB", "AUX") and "Fin" in features(doc[k], "VerbForm"):
            return None
        if doc[k].text == "," and (doc[k + 1].lower_ in INCISE_OPENERS or not party or past_behalf(doc, k + 1) == j):
            return k  # « , lors d'un échange avec Y, », « , ce lundi matin, à la majorité, », « , au nom de P, »
        party = party or k in view.at
    return None


#: Nouns that name the organisation after their « de » (« le mouvement des Gilets jaunes »), by lemma.
NAMING_NOUNS = function_words("naming_noun")


def past_organ(view: SentenceView, k: int, end: int, typed: bool = False) -> Optional[int]:
    """« par le bureau politique des Républicains », « avec la direction du PS »: the
    organisation named after the governing body at token k acts through it; « au mouvement des
    Gilets jaunes »: the noun names the organisation after it. Where its mention begins, else
    None (« le conseil d'administration de X », with a noun between, stays unread). ``typed``:
    past the noun of the organisation's type too (« les dirigeants du parti P »), where the organ
    is the whole object (not « l'exclusion du parti P de certains députés membres du groupe Q »)."""
    doc = view.doc
    if k + 1 < end and doc[k].pos_ == "ADJ" and k not in view.at and is_organ_noun(doc[k + 1]):
        k += 1  # « par la vaste majorité du Parlement »
    if k >= end or k in view.at or not (is_organ_noun(doc[k]) or doc[k].lemma_.lower() in NAMING_NOUNS):
        return None
    j = k + 1
    while j < end and j - k <= 2 and doc[j].pos_ == "ADJ" and j not in view.at:
        j += 1  # « politique », « national »
    if j >= end or doc[j].lower_ not in DE:
        return None
    j += 1
    while j < end and is_determiner(doc[j]) and j not in view.at:
        j += 1
    if typed and j + 1 < end and (doc[j].lower_ in TYPE_NOUNS or doc[j].lemma_.lower() in TYPE_NOUNS) and j not in view.at:
        j += 1  # « les dirigeants du parti P », « les équipes des entreprises P, Q et R »
    slot = view.at.get(j)
    return j if slot is not None and slot.kind is EntityKind.ORGANISATION else None


#: How many words a role description may have before the comma of the name in apposition.
APPOSED_ROLE_WORDS = 12


def named_organisation(view: SentenceView, k: int, end: int) -> int | None:
    """« de son parti, le Parti radical », « par la plateforme, X », « le premier équipementier
    mondial, X »: where the organisation named in apposition after a noun of its kind at token k
    (and its adjectives) begins, or None."""
    doc = view.doc
    while k < end and doc[k].pos_ == "ADJ" and k not in view.at:
        k += 1  # « le premier équipementier mondial, X »
    if k + 2 >= end or k in view.at or not (doc[k].lemma_.lower() in TYPE_NOUNS or doc[k].lower_ in TYPE_NOUNS):
        return None
    k += 1
    while k < end and doc[k].pos_ == "ADJ" and k not in view.at:
        k += 1
    if k + 1 >= end or doc[k].text != ",":
        return None
    j = k + 1
    while j < end and is_determiner(doc[j]) and j not in view.at:
        j += 1
    slot = view.at.get(j)
    return j if slot is not None and slot.start == j and slot.kind is EntityKind.ORGANISATION else None


def appositive_name(view: SentenceView, i: int, end: int) -> Optional[int]:
    """« le patron de Pixelia, Daniel Kessler »: where the person named in apposition after a
    role description starting at token i begins, or None."""
    doc = view.doc
    j = i
    if j < end and doc[j].lower_ in ("de", "d'", "d’"):
        return None  # « n'a pas financé de candidat aux municipales, Y »: no one in particular
    if j + 1 < view.sent.end and doc[j].lower_ in DEMONSTRATIVE_PRONOUNS and doc[j + 1].lower_ in ("qui", "que", "qu'", "qu’") and j not in view.at:
        return _named_after_relative(view, j + 2, view.sent.end)  # « celle qui m'a précédée à ce poste, Mme Y »: past the relative's clause
    # a person described by a role (« l'envoyé spécial du Secrétaire général »), with a name after: words to read
    described = view.at.get(j) if j in view.at and view.at[j].start == j and view.at[j].kind is EntityKind.PERSON and is_determiner(doc[j]) else None
    free = set(range(described.start, described.end)) if described is not None else set()
    while j < end and (is_determiner(doc[j]) or doc[j].lower_ in ROLE_MODIFIERS or doc[j].lower_ in OTHER_WORDS) and (j not in view.at or j in free):
        j += 1  # « l'ancien ministre de l'Économie, Y », « un autre influenceur, Y »
    if j >= end or (j in view.at and j not in free) or doc[j].lower_ not in role_heads():
        return None
    past = j
    for k in range(j + 1, min(j + APPOSED_ROLE_WORDS, end - 1)):
        if k <= past or k in free:
            continue
        if k in view.at:
            if view.at[k].kind is EntityKind.PERSON and not completes_a_noun(view, view.at[k]):
                return None  # « par le milliardaire Paul Martin, Jeanne Morel ... »: named already
            continue  # « l'envoyé spécial du secrétaire général de l'ONU, Y »: the role's complement
        token = doc[k]
        if (joined := _joined_organisations_end(view, k, end)) is not None:
            past = joined  # « aux orateurs des groupes P, centriste et Q, M. Y »
            continue
        if token.text == "," and k + 2 < end and doc[k + 1].lower_ == "et" and (doc[k + 2].lower_ in role_heads() or doc[k + 2].lower_ in ROLE_MODIFIERS):
            past = k + 1
            continue  # « l'eurodéputée, et rapporteure du texte, Mme Y »: one person's two roles, the second between commas
        if token.text == ",":
            named = past_gloss(doc, k + 1)  # « l'ancien ministre, en l'occurrence Y »
            while named < end and is_determiner(doc[named]) and named not in view.at:
                named += 1
            if named < end and doc[named].lower_ in nationalities() and named not in view.at:
                named += 1  # « ..., le Belge Y »
            named = past_role_nouns(view, named, end)  # « ..., le ministre Y »
            slot = view.at.get(named)
            if slot is not None and _opening_phrase_ends(view, k) and opens_clause(view, slot):
                return None  # « Pendant la visite du roi, Y reçoit Z »: Y is the clause's subject, not the king
            return named if slot is not None and slot.kind is EntityKind.PERSON else None
        if token.pos_ == "VERB" and "Part" in features(token, "VerbForm") and "Pres" not in features(token, "Tense"):
            continue  # « le chef du gouvernement chargé de la réforme des retraites, Y »
        if token.pos_ == "VERB" and "Inf" in token.morph.get("VerbForm") and doc[k - 1].lower_ in ("de", "d'", "d’", "à"):
            continue  # « le Premier ministre chargé de gérer les affaires, Y »
        if token.lower_ == "et" and (doc[k + 1].lower_ in role_heads() or doc[k + 1].lower_ in ROLE_MODIFIERS):
            continue  # « le chef conservateur et président élu du pays, Y »: one person's two roles
        if token.lower_ == "et" and doc[k + 1].lower_ in DE_FORMS and doc[k - 1].pos_ == "NOUN":
            continue  # « le ministre du commerce et de l'industrie, Y »: the role's joined complements
        if token.pos_ in ("VERB", "AUX", "PUNCT", "SCONJ", "PRON", "CCONJ"):
            return None
    return None


def opens_with_preposition(view: SentenceView) -> bool:
    """The sentence opens with a preposition (« Pendant », « Lors », « À », and « A » written
    without its accent, as in « A l'occasion de ... »)."""
    first = view.doc[view.sent.start]
    return first.lower_ in PREPOSITIONS or first.pos_ == "ADP" or first.text == "A"


def _opening_phrase_ends(view: SentenceView, comma: int) -> bool:
    """The comma at ``comma`` closes a phrase that opens the sentence with a preposition, with no
    finite verb and no other comma in it (« Pendant la visite du roi, », « Lors de l'arrivée du
    président, »): what follows is the clause, whose subject a name right after the comma is; an
    apposition inside the phrase would be closed by a second comma (« Selon le ministre, Y, ... »)."""
    doc, start = view.doc, view.sent.start
    if comma <= start or not opens_with_preposition(view):
        return False
    return not any(t.text in (",", ";", ":") or (t.pos_ in ("VERB", "AUX") and "Fin" in t.morph.get("VerbForm")) for t in doc[start + 1 : comma])


def completes_a_noun(view: SentenceView, slot: Slot) -> bool:
    """The mention completes a noun, after « de » and its determiners (« l'envoyé spécial du
    secrétaire général », « le conseiller de X », « celui du Conseil »)."""
    j = slot.start - 1
    while j > view.sent.start and is_determiner(view.doc[j]) and j not in view.at:
        j -= 1
    return j >= view.sent.start and view.doc[j].lower_ in DE


def _joined_organisations_end(view: SentenceView, k: int, end: int) -> Optional[int]:
    """« des groupes GDR, écologiste et RRDP, M. Y »: from the comma or « et » right after an
    organisation's name in a role's complement, the last token of the names and adjectives joined
    to it up to the list's « et » or « ou » and its next organisation; None where none is joined
    so (« des groupes GDR, M. Y »: the comma before the person)."""
    doc = view.doc
    if not (k - 1 in view.at and view.at[k - 1].kind is EntityKind.ORGANISATION and (doc[k].text == "," or doc[k].lower_ in ("et", "ou"))):
        return None
    n, last, joined = k, None, False
    while n < end:
        slot = view.at.get(n)
        if slot is not None and slot.kind is EntityKind.ORGANISATION:
            last, n = slot.end - 1, slot.end
        elif doc[n].lower_ in ("et", "ou") and not joined:
            joined, n = True, n + 1
        elif doc[n].text == "," and not joined:
            n += 1
        elif doc[n].pos_ in ("ADJ", "NOUN") and doc[n].is_lower and slot is None and n + 1 < end and (doc[n + 1].text == "," or doc[n + 1].lower_ in ("et", "ou")):
            last, n = n, n + 1  # « écologiste », « centriste »: a group named by one word of its side
        else:
            break
    return last if joined and last is not None and last >= k and last in view.at else None


#: Demonstrative pronouns a relative clause describes before the name apposed to it (« celui qui ..., M. Y »).
DEMONSTRATIVE_PRONOUNS = function_words("demonstrative_pronoun")


def _named_after_relative(view: SentenceView, k: int, end: int) -> Optional[int]:
    """« celui qui occupait ce bureau avant moi, M. Y »: where the person named after the
    comma that closes the relative clause from token k begins, or None; the clause names no
    person of its own."""
    doc = view.doc
    for j in range(k, min(k + APPOSED_ROLE_WORDS, end - 1)):
        slot = view.at.get(j)
        if slot is not None and slot.kind is EntityKind.PERSON and doc[j].lower_ not in FIRST_PERSON_CLITICS:
            return None  # « celui qui a battu X, Y »: the clause speaks of someone else
        if doc[j].text in CLAUSE_BREAKS:
            return None
        if doc[j].text == ",":
            named = past_gloss(doc, j + 1)
            if named + 1 < end and doc[named].lower_ == "en" and doc[named + 1].lower_ in EXAMPLES:
                named += 1  # « en particulier »
            marked = named < end and doc[named].lower_ in EXAMPLES
            if marked:  # « ceux qui ont participé à sa libération, en particulier les sociétés X et Y »: the examples of those
                named += 1
                while named < end and (is_determiner(doc[named]) or doc[named].lemma_.lower() in TYPE_NOUNS) and named not in view.at:
                    named += 1
            named = past_role_nouns(view, named, end)
            found = view.at.get(named)
            kinds = PARTIES if marked else (EntityKind.PERSON,)
            return named if found is not None and found.kind in kinds and found.start == named else None
    return None


def distributed_members(view: SentenceView, i: int, end: int) -> list[Slot]:
    """« les ministres des affaires étrangères d'Arménie, M. X, et d'Azerbaïdjan, M. Y », « ses
    homologues allemand, M. X, et polonais, M. Y »: a plural role whose members are each named
    after their own qualifier and a comma; those persons (two at least), else none."""
    doc = view.doc
    j = past_determiners(view, i, end)
    if j >= end or j in view.at or doc[j].lemma_.lower() not in role_heads() or "Plur" not in features(doc[j], "Number"):
        return []
    members: list[Slot] = []
    k = j + 1
    while k < end:
        comma = next((c for c in range(k, min(k + APPOSED_ROLE_WORDS, end)) if doc[c].text == ","), None)
        if comma is None or any((c in view.at and view.at[c].kind is EntityKind.PERSON) or doc[c].pos_ in ("VERB", "AUX", "PRON") for c in range(k, comma)):
            break
        named = past_determiners(view, comma + 1, end)
        slot = view.at.get(named)
        if slot is None or slot.kind is not EntityKind.PERSON:
            break
        members.append(slot)
        k = slot.end + (slot.end < end and doc[slot.end].text == ",")
        if k >= end or doc[k].lower_ != "et":
            break
        k += 1
    return members if len(members) > 1 else []


def listed_after_colon(view: SentenceView, colon: int) -> list[Slot]:
    """The parties listed after the colon at ``colon`` when the list ends the sentence (« : A, B
    ou encore C. »), else none. Parts of the list joined by « , ainsi que » count each (« : les
    ministres A et B, ainsi que les députés C et D »); where a later part is not understood, the
    parts before it."""
    doc, end = view.doc, view.sent.end
    found: list[Slot] = []
    j = colon + 1
    while j < end and (doc[j].pos_ == "ADV" or is_date_word(doc[j])) and j not in view.at:
        j += 1  # « : aujourd'hui M. X, directeur de P »
    while True:
        while j < end and (is_determiner(doc[j]) or doc[j].like_num) and j not in view.at:
            j += 1
        group = [s for s in view.group_at(_past_list_description(view, j, end), end) if s.kind in PARTIES]
        described, after = described_members(view, j, end)
        if len(described) > len(group) and all(t.is_punct for t in doc[after:end]):
            return found + described  # « : X, les Y (JNR) et l'association Z. »
        if not group:
            return found
        k = group[-1].end
        if k < end:
            k = past_acronym(doc, k, end)  # « : ..., et B, secrétaire général de la Fédération de rugby (FFR). »
        if all(t.is_punct for t in doc[k:end]) or _closing_description(view, k, end):
            return found + group  # « : A, son successeur, et B, la cheffe du parti. »
        if k < end and doc[k].text == ",":
            k += 1
        if not (k + 2 < end and doc[k].lower_ == "ainsi" and doc[k + 1].lower_ == "que"):
            return found
        found += group
        j = k + 2


#: How many words may describe one member of a list (« l'association », « sa branche activiste, les »).
MEMBER_DESCRIPTION_WORDS = 7
#: How many tokens an acronym in parentheses after a member may have (« (JNR) »).
ACRONYM_TOKENS = 4


def described_members(view: SentenceView, j: int, end: int) -> tuple[list[Slot], int]:
    """The parties of a list from token j, each after a short description of it (« l'association
    X et sa branche activiste, les Y », « X, les Y (JNR) et l'association Z »), past the quotes
    around them and an acronym in parentheses after them; and the token after the list."""
    doc = view.doc
    found: list[Slot] = []
    k = j
    while k < end:
        start = k
        while k < end and k not in view.at and k - start < MEMBER_DESCRIPTION_WORDS and (
            (doc[k].is_lower and (describing(doc[k]) or doc[k].pos_ == "DET")) or doc[k].text in ("«", "“", '"')
            or (doc[k].text == "," and k > start and doc[k - 1].pos_ in ("NOUN", "ADJ"))  # « sa branche activiste, les Y »
        ):
            k += 1
        slot = view.at.get(k)
        if slot is None or slot.start != k or slot.kind not in PARTIES or (found and view.called(slot)):
            return (found, start) if found else ([], j)  # « ..., madame X. »: the one spoken to ends the list
        found.append(slot)
        k = slot.end
        if k < end and doc[k].text in ("»", "”", '"'):
            k += 1
        if k < end and doc[k].text == "(":
            close = next((n for n in range(k + 1, min(k + 2 + ACRONYM_TOKENS, end)) if doc[n].text == ")"), None)
            if close is not None and all(n in view.at or doc[n].is_upper for n in range(k + 1, close)):
                k = close + 1
        if k < end and doc[k].text == "," and k + 1 < end and doc[k + 1].lower_ in ("et", "ou"):
            k += 1
        if k < end and (doc[k].text == "," or doc[k].lower_ in ("et", "ou")):
            k += 1
            continue
        break
    return found, k


def _closing_description(view: SentenceView, k: int, end: int) -> bool:
    """From token k, a comma and a short description of the last member end the sentence (no
    verb, no other party in it but the organisation of a role, « présidente de P », and its
    acronym in parentheses)."""
    doc = view.doc
    words = [t for t in doc[k + 1 : end] if not t.is_punct]
    return (
        k < end and doc[k].text == ","
        and 0 < len(words) <= DESCRIPTION_WORDS
        and not any(t.pos_ in ("VERB", "AUX") or (t.i in view.at and not _organisation_of_role(view, t.i) and not _same_party(view, t.i, k - 1) and not _acronym_in_parentheses(doc, t.i)) for t in words)
    )


def _same_party(view: SentenceView, i: int, j: int) -> bool:
    """Tokens i and j stand in mentions of one party (« X, présidente de P »: the role, X's)."""
    a, b = view.at.get(i), view.at.get(j)
    return a is not None and b is not None and a.cluster == b.cluster


def _organisation_of_role(view: SentenceView, i: int) -> bool:
    """Token i is in an organisation named after the « de » of a role noun (« présidente de P »)."""
    slot = view.at[i]
    j = slot.start - 1
    return slot.kind is EntityKind.ORGANISATION and j - 1 >= view.sent.start and view.doc[j].lower_ in DE and view.doc[j - 1].lower_ in role_heads()


#: How many words may describe the members of a list after a colon (« : les deux membres du gouvernement A et B »).
LIST_DESCRIPTION_WORDS = 12


def _past_list_description(view: SentenceView, j: int, end: int) -> int:
    """Where the members of a list after a colon begin, past the lower-case nouns, adjectives
    and « de » that describe them (« : les deux membres du gouvernement A et B »); j when no
    mention follows them."""
    doc = view.doc
    k = j
    quoted = False  # « les ténors des « Constructifs » »: a name in quotes, read past
    while k < end and k - j < LIST_DESCRIPTION_WORDS:
        slot = view.at.get(k)
        if doc[k].text in QUOTES or doc[k].text in QUOTES.values():
            quoted = not quoted if doc[k].text == '"' else doc[k].text in QUOTES
            k += 1
            continue
        if quoted and slot is None:
            k += 1
            continue
        before = k - 1 - (k - 1 > j and is_determiner(doc[k - 1]))  # « à l'Assemblée »: past its article
        if slot is not None and slot.kind is EntityKind.ORGANISATION and k > j and (doc[before].lower_ in DE or doc[before].lower_ in ("à", "au", "aux") or doc[before].text in QUOTES):
            k = slot.end  # « : les deux ministres issus des Républicains A et B », « les ténors des « Y » à l'Assemblée, A et B »
            continue
        if slot is not None:
            break
        if doc[k].text == "," and k > j and k + 1 in view.at and view.at[k + 1].kind is EntityKind.PERSON:
            return k + 1  # « ainsi que les ténors du groupe Y, A et B »: the comma before the names
        if not (doc[k].lower_ in ("à", "au", "aux") or (doc[k].is_lower and (describing(doc[k]) or doc[k].lower_ in DE or (k > j and is_determiner(doc[k]))))):
            return j
        k += 1
    return k if k > j and k in view.at and view.at[k].kind is EntityKind.PERSON else j


def appositive_start(view: SentenceView, slot: Slot) -> Optional[int]:
    """« contraignant le patron de Vocalia, X, à ... »: where the role description before a name
    in apposition begins (its determiner), or None."""
    doc = view.doc
    j = slot.start - 1
    if j <= view.sent.start or doc[j].text != ",":
        return None
    for k in range(j - 1, max(view.sent.start, j - 10) - 1, -1):
        if doc[k].pos_ == "DET" and k not in view.at and appositive_name(view, k, slot.end) == slot.start:
            return k
    return None


def parties_after_articles(view: SentenceView, j: int, end: int, past_roles: bool = False) -> list[Slot]:
    """The parties of the group at token j, past its articles (« et des députés Z et W »), and,
    with ``past_roles``, past the role nouns that describe its first member (« celle du
    député Y »)."""
    doc = view.doc
    while j < end and (is_determiner(doc[j]) or j in view.open_quotes) and j not in view.at:
        j += 1
    if past_roles:
        j = past_role_nouns(view, j, end)
        while j < end and j in view.open_quotes and j not in view.at:
            j += 1  # « les dérives du réseau social « Facebook » »
    return [s for s in view.group_at(j, end) if s.kind in PARTIES]


def and_of(view: SentenceView, after: int, end: int) -> list[Slot]:
    """« l'exclusion des ministres X et Y, et des députés Z et W »: the parties of a second
    « de » phrase joined by « et » (after a comma or not) to the noun's first complement, which
    ends at ``after``; else nothing."""
    doc = view.doc
    k = after + (1 if after < end and doc[after].text == "," else 0)
    if k + 2 >= end or doc[k].lower_ != "et" or doc[k + 1].lower_ not in DE:
        return []
    return parties_after_articles(view, k + 2, end, past_roles=True)


def role_start(view: SentenceView, slot: Slot, floor: int) -> int:
    """« a appelé le ministre X », « a demandé au ministre X »: the determiner (or the « au »,
    « du » it is fused in) of the role description right before a mention (not before
    ``floor``), or the role's own mention; the mention's start where there is none."""
    doc, j = view.doc, slot.start - 1
    role = view.at.get(j)
    if role is not None and role.cluster == slot.cluster and role.end == slot.start and role.start > floor:
        # « a appelé le président russe X »: the role, a mention of the same person
        return role.start - 1 if doc[role.start - 1].lower_ in CONTRACTED else role.start
    if j <= floor or doc[j].pos_ not in ("NOUN", "ADJ") or j in view.at:
        return slot.start
    return next(
        (
            k
            for k in range(j - 1, max(floor, j - 8) - 1, -1)
            if (is_determiner(doc[k]) or doc[k].lower_ in CONTRACTED) and k not in view.at and past_role_nouns(view, k + 1, slot.end) == slot.start
        ),
        slot.start,
    )


#: Participles that give a name to the noun before them (« le groupement dit X »).
NAMING_PARTICIPLES = function_words("naming_participle")


def past_role_nouns(view: SentenceView, k: int, end: int) -> int:
    """« par le milliardaire Peter Thiel », « par la maison-mère Meta », « par la maison
    d'édition scientifique Elsevier »: up to five nouns, adjectives, hyphens and « de » between
    two nouns standing right before a mention describe it; the mention is the party."""
    doc = view.doc
    i = k
    while i < end and i - k < 8 and i not in view.at:
        if describing(doc[i]) or _linking(doc, i) or _capitalised_role(doc[i]):
            i += 1  # « le Prince X »: the capitalised role read as a name
        elif i in view.open_quotes:
            i += 1  # « son « très bon ami » X »: the quotes around the description
        elif doc[i].pos_ == "ADV" and i + 1 < end and (doc[i + 1].pos_ == "ADJ" or (i > k and is_past_participle(doc[i + 1]))) and i + 1 not in view.at:
            i += 1  # « le très populaire jeu X », « le président nouvellement élu X »
        elif i > k and doc[i].lower_ == "en" and doc[i - 1].pos_ == "NOUN" and i + 1 < end and doc[i + 1].pos_ == "NOUN" and doc[i + 1].is_lower:
            i += 2  # « le jeu en ligne X »: a bare phrase of the noun
        elif i > k and (skip := _aim_of_role(doc, i) or _side_of_role(doc, i)):
            i += skip  # « la candidate socialiste à la présidentielle X », « le candidat de la droite X »
            continue
        elif i > k and (skip := _place_of_role(view, i, end) or _portfolio_of_role(view, i, end) or _field_of_role(view, i, end)):
            return i + skip  # « le député de la troisième circonscription de la Somme X », « le ministre de l'économie X », « le géant des réseaux sociaux X »
        elif i > k and doc[i].lower_ in ("le", "la") and i + 2 < end and doc[i + 1].pos_ == "NOUN" and (doc[i + 1].is_lower or doc[i + 1].lower_ in role_heads()) and i + 2 in view.at:
            i += 1  # « son homologue malien le colonel X », « son ami le Président X »: a second description, its article
        elif i > k and doc[i].lower_ == "non" and i + 1 < end and doc[i + 1].pos_ == "ADJ":
            i += 1  # « l'organisation non gouvernementale X »
        elif i > k and doc[i].lower_ == "et" and doc[i - 1].pos_ == "NOUN" and i + 1 < end and doc[i + 1].pos_ == "NOUN" and i + 1 not in view.at:
            i += 1  # « son homologue et frère X »: one person's two nouns
        elif i > k and doc[i].lower_ == "et" and doc[i - 1].pos_ == "ADJ" and i + 1 < end and doc[i + 1].pos_ == "ADJ" and i + 1 not in view.at:
            i += 1  # « les présidents russe et ukrainien X et Y »: two adjectives of one plural noun
        elif i > k and doc[i].text in QUOTES and i + 1 in view.at:
            return i + 1  # « du groupement de fait dit « X » »: the name in quotes
        elif i > k and doc[i].lower_ == "de" and i + 1 < end and doc[i + 1].lower_ == "fait" and doc[i - 1].pos_ == "NOUN":
            i += 2  # « le groupement de fait dit X »: « de fait », a locution the tagger reads as a verb
        elif i > k and doc[i].lower_ in NAMING_PARTICIPLES and doc[i - 1].pos_ in ("NOUN", "AUX", "VERB") and i + 1 < end and (i + 1 in view.at or doc[i + 1].text in QUOTES):
            if i + 1 in view.at:
                return i + 1  # « le groupement dit X »: the name it is given
            if i + 2 < end and i + 2 in view.at:
                return i + 2  # « le mouvement baptisé « X Y » »: the name past its opening quote
            break
        else:
            break
        if i - k > 5 and not any(doc[n].lower_ in ("à", "au", "aux") for n in range(k, i)):
            break
        typed = doc[i - 1].lower_ in TYPE_NOUNS or doc[k].lower_ in TYPE_NOUNS  # « la plateforme de jeux vidéo X »: its head a kind of organisation
        last = i - 1
        while last > k and last in view.open_quotes:
            last -= 1  # « son « ami » X »: the word inside the quotes
        if i in view.at and (describing(doc[last]) or _capitalised_role(doc[last])) and (doc[last].lemma_.lower() not in party_actions() or typed):
            return _past_role_organisation(view, k, i)  # « par le milliardaire X »; « l'application X », the thing's name
    return k


def _capitalised_role(token: Token) -> bool:
    """A role noun written with a capital that the tagger read as a name (« le Prince X »)."""
    return token.pos_ == "PROPN" and token.lower_ in role_heads()


def _field_of_role(view: SentenceView, i: int, end: int) -> int:
    """« des réseaux sociaux », « de la tech »: « de » and the field (``sectors.txt``) of a role
    noun before it, when a party is named right after; how many words they are, or 0."""
    if view.doc[i - 1].pos_ not in ("NOUN", "ADJ"):
        return 0
    k = field_end(view.doc, i)
    return k - i if i < k < end and k in view.at and not any(t in view.at for t in range(i + 1, k)) else 0


def _place_of_role(view: SentenceView, i: int, end: int) -> int:
    """« de l'Yonne », « de la troisième circonscription de la Somme », « de la Cédéao »: « de »
    and the place (a constituency's words before it) or the body that a role noun before it
    holds, when a person is named right after; how many words they are, or 0."""
    doc = view.doc
    if doc[i].lower_ not in DE or doc[i - 1].pos_ not in ("NOUN", "ADJ"):
        return 0
    j = i + 1
    while j < end and j not in view.at and (is_determiner(doc[j]) or doc[j].pos_ == "ADJ" or doc[j].like_num or doc[j].lower_ in CONSTITUENCY_WORDS or doc[j].lower_ in LOCAL_BODIES):
        j += 1
    place = view.at.get(j)
    if place is not None and place.kind in (EntityKind.LOCATION, EntityKind.ORGANISATION):
        end_of_place = place.end
    elif place is None:  # a place the recogniser missed: its capitalised words (« de l'Yonne »)
        end_of_place = j
        while end_of_place < end and end_of_place - j < PLACE_WORDS and end_of_place not in view.at and _place_word(doc[end_of_place]):
            end_of_place += 1
        if end_of_place == j:
            return 0
    else:
        return 0
    person = view.at.get(end_of_place)
    return end_of_place - i if person is not None and person.kind is EntityKind.PERSON and person.start == end_of_place else 0


def _portfolio_of_role(view: SentenceView, i: int, end: int) -> int:
    """« de l'économie », « des affaires étrangères et de l'Europe »: « de » and the lower-case
    words of the field a role noun before it has charge of, when a person is named right after;
    how many words they are, or 0."""
    doc = view.doc
    charged = i > 1 and doc[i - 1].lower_ in CHARGED and doc[i - 2].lower_ in role_heads()  # « la vice-présidente chargée du numérique X »
    if doc[i].lower_ not in DE or (doc[i - 1].lower_ not in role_heads() and not charged):
        return 0
    j = i + 1
    start = j + (j < end and doc[i].lower_ == "de" and doc[j].lower_ in ("la", "l'", "l’"))
    if (listed := portfolio_end(doc, start)) > start:
        j = listed  # « des Affaires étrangères », « de l'Économie et des Finances »: a portfolio, in capitals or not
    while j < end and j - i <= PORTFOLIO_WORDS:
        place = view.at.get(j)
        if place is not None and place.kind is EntityKind.LOCATION and doc[j - 1].lower_ not in DE:
            j = place.end  # « de l'Europe »
        elif doc[j].text == "," and j + 1 < end and doc[j + 1].lower_ in DE and j + 1 not in view.at:
            j += 1  # « de l'énergie, des transports et du logement »: the fields listed
        elif j in view.at or not (is_determiner(doc[j]) or doc[j].lower_ in DE or doc[j].lower_ == "et" or (doc[j].pos_ in ("NOUN", "ADJ") and doc[j].is_lower)):
            break
        else:
            j += 1
    person = view.at.get(j)
    named = person is not None and person.kind is EntityKind.PERSON and person.start == j and doc[j - 1].lower_ not in DE
    nouns = [doc[n] for n in range(i + 1, j) if doc[n].pos_ == "NOUN"]
    # « la fille de la ministre X »: a second person's role is no field
    return j - i if named and nouns and not any(t.lower_ in role_heads() for t in nouns) else 0


#: How many words the field of a role may have (« de l'énergie, des transports et du logement » is nine).
PORTFOLIO_WORDS = 9
#: The participle that gives a role its field (« la vice-présidente chargée du numérique X »).
CHARGED = function_words("field_participle")


#: How many words a place the recogniser missed may have (« Seine-et-Marne » is five).
PLACE_WORDS = 5


def _place_word(token: Token) -> bool:
    """A word of a place's name: capitalised, or a hyphen or « et » inside one (« Seine-et-Marne »)."""
    return token.text[:1].isupper() or token.text == "-" or (token.lower_ == "et" and token.i > 0 and token.doc[token.i - 1].text == "-")


#: Words of a constituency between a role noun and its place (« de la 2e circonscription du »).
CONSTITUENCY_WORDS = function_words("constituency")
#: Nouns of a local body or territory between a role noun and its place (« du conseil régional des »).
LOCAL_BODIES = function_words("local_body")
#: An ordinal number written with figures or in words (« 3e », « 10ème », « 1re », « troisième »).
ORDINAL = re.compile(r"^(\d+(e|è|ème|eme|er|re|ère)|\w+ième)$")


def _ordinal(token: Token) -> bool:
    """The token is an ordinal number (``ORDINAL``)."""
    return ORDINAL.match(token.lower_) is not None


def _side_of_role(doc: Doc, i: int) -> int:
    """« de la droite », « de la majorité »: « de » and its article before the camp a role noun
    belongs to; how many words they are (the camp's noun is read next, as a describing word), or 0."""
    if doc[i].lower_ != "de" or doc[i - 1].pos_ not in ("NOUN", "ADJ") or i + 2 >= len(doc):
        return 0
    return 2 if doc[i + 1].lower_ == "la" and doc[i + 2].lower_ in POLITICAL_SIDES else 0


def _aim_of_role(doc: Doc, i: int) -> int:
    """« à la présidentielle », « aux législatives »: « à » and its article between a role noun
    and the lower-case noun of what the role aims at; how many words they are, or 0."""
    if doc[i].lower_ not in ("à", "au", "aux") or doc[i - 1].pos_ not in ("NOUN", "ADJ"):
        return 0
    j = i + 1 + (i + 1 < len(doc) and doc[i].lower_ == "à" and doc[i + 1].lower_ in ("la", "l'", "l’"))
    return j - i if j < len(doc) and doc[j].pos_ in ("NOUN", "ADJ") and doc[j].is_lower else 0


def _past_role_organisation(view: SentenceView, k: int, i: int) -> int:
    """« la candidate LR X », « le député Renaissance X »: an organisation right after the noun
    of a person's role (the description from token k) is the role's, not the party: the party
    is the person named after it (their start), or none is named (k)."""
    slot = view.at[i]
    if not after_role_noun(view, slot):
        return i
    person = view.at.get(slot.end)
    return person.start if person is not None and person.kind is EntityKind.PERSON else k


def after_role_noun(view: SentenceView, slot: Slot) -> bool:
    """An organisation right after the noun of a person's role (« la députée LFI »; not the
    end of a compound, « la maison-mère Meta », nor an adjective of a kind of organisation,
    « le groupe parlementaire P »)."""
    i = slot.start - 1
    if i > view.sent.start and view.doc[i].pos_ == "ADJ" and view.doc[i - 1].lower_ in TYPE_NOUNS:
        return False  # « le groupe parlementaire P »: the adjective of a kind of organisation
    return slot.kind is EntityKind.ORGANISATION and i > view.sent.start and view.doc[i].lower_ in role_heads() and view.doc[i - 1].text != "-"


def role_organisation(view: SentenceView, slot: Slot) -> bool:
    """« La députée LFI X a critiqué Y », « la maire LR de Calais, X, »: an organisation between a
    role noun and the person who holds the role (past the role's place) describes that person;
    it is no party of its own; so is a party named with its article right before the name of
    its member (« le Parti communiste X »), and one inside a role in apposition to a person
    (« X, vice-président de la fédération P de Paris, »)."""
    doc = view.doc
    if _in_role_apposition(view, slot):
        return True
    if slot.kind is EntityKind.ORGANISATION and slot.start > view.sent.start and is_determiner(doc[slot.start - 1]):
        member = view.at.get(slot.end)
        if member is not None and member.kind is EntityKind.PERSON and member.start == slot.end and doc[member.start].pos_ != "PRON":
            return True  # not « le Sénat vous a entendu »: a pronoun names no member
    if not after_role_noun(view, slot):
        return False
    j = slot.end
    if j + 1 < view.sent.end and doc[j].lower_ in DE:
        k = j + 1
        while k < view.sent.end and is_determiner(doc[k]) and k not in view.at:
            k += 1
        place = view.at.get(k)
        if place is not None and place.kind in (EntityKind.LOCATION, EntityKind.ORGANISATION):
            j = place.end  # « la maire LR de Calais »
        elif place is None and k < view.sent.end and doc[k].pos_ == "PROPN" and k + 1 in view.at:
            j = k + 1  # « la députée LR du Cantal X »: a place the model did not name
    if j < view.sent.end and doc[j].text == ",":
        j += 1
    person = view.at.get(j)
    return (person is not None and person.kind is EntityKind.PERSON) or _apposed_to_person(view, slot.start - 1)


#: How many words an apposition's role may have before the organisation it names.
ROLE_APPOSITION_REACH = 8


def _in_role_apposition(view: SentenceView, slot: Slot) -> bool:
    """The organisation stands in a role set off by a comma right after a person, with no verb
    nor other party before it (« X, vice-président de la fédération P de Paris, »): it tells
    whose member the person is; it is no party of the clause."""
    doc = view.doc
    if slot.kind is not EntityKind.ORGANISATION:
        return False
    heads = False
    for k in range(slot.start - 1, max(view.sent.start, slot.start - ROLE_APPOSITION_REACH) - 1, -1):
        if doc[k].text == ",":
            person = view.at.get(k - 1)
            return heads and person is not None and person.kind is EntityKind.PERSON and person.end == k
        if k in view.at or doc[k].pos_ in ("VERB", "AUX") or doc[k].is_punct and doc[k].text != "-":
            return False
        # « vice-président »: the role noun ends the compound
        heads = heads or any(w in role_heads() for w in (doc[k].lower_, doc[k].lemma_.lower(), doc[k].lower_.rsplit("-", 1)[-1]))
    return False


def _apposed_to_person(view: SentenceView, i: int) -> bool:
    """Token i ends the role noun of an apposition set off by a comma right after a person
    (« François Fillon, le candidat LR à la présidentielle, »): the role describes that person."""
    doc = view.doc
    k = i
    while k > view.sent.start and doc[k].text != "," and k not in view.at and i - k < ROLE_APPOSITION_WORDS:
        k -= 1
    before = view.at.get(k - 1) if doc[k].text == "," else None
    return before is not None and before.kind is EntityKind.PERSON and before.end == k


#: How many words may open an apposition before the organisation of its role (« , l'ancienne candidate LR »).
ROLE_APPOSITION_WORDS = 4


def _linking(doc: Doc, i: int) -> bool:
    """« de » between two nouns of a description (« maison d'édition », « parti d'extrême
    droite »: an adjective may open the second; « plateforme américaine de streaming »: one may
    close the first), not before an article."""
    if doc[i].lower_ not in ("de", "d'", "d’") or i == 0 or i + 1 >= len(doc):
        return False
    if doc[i - 1].pos_ != "NOUN" and not (doc[i - 1].pos_ == "ADJ" and i >= 2 and doc[i - 2].pos_ == "NOUN"):
        return False
    return doc[i + 1].pos_ == "NOUN" or (doc[i + 1].pos_ == "ADJ" and i + 2 < len(doc) and doc[i + 2].pos_ in ("NOUN", "ADJ"))


def _role_word(token: Token) -> bool:
    """A role noun (« président ») or a word that qualifies one (« élu », « américain »)."""
    return token.lower_ in role_heads() or token.pos_ == "ADJ" or (token.pos_ == "VERB" and "Part" in features(token, "VerbForm"))


def describing(token: Token) -> bool:
    """A noun, an adjective or a participle (« le président élu X »), or the hyphen of a
    compound the tokenizer cut (« la maison-mère Meta »)."""
    # a past participle (« élu »), not a present one, which governs what follows (« les menaces visant X »)
    # a lower-case word the tagger read as a proper noun is a common noun (« par le parti X »)
    return token.pos_ in ("NOUN", "ADJ") or (token.pos_ == "PROPN" and token.is_lower) or token.text == "-" or (
        token.pos_ == "VERB" and is_past_participle(token)
    ) or (token.pos_ == "VERB" and participle_as_noun(token)) or token.lower_ in nationalities() or (  # « l'opposant X », « son homologue sud-africain X » (read as a mark)
        token.pos_ == "PROPN" and not token.ent_type_ and people_of_a_place(token.text)
    )  # « la Lyonnaise X »


def is_past_participle(token: Token) -> bool:
    """The morphologizer reads the word as a past participle (« élu », « remplacé »)."""
    return "Part" in features(token, "VerbForm") and "Pres" not in features(token, "Tense")


#: Endings of a present participle (« opposant », « manifestantes »).
PRESENT_PARTICIPLE_ENDINGS = ("ant", "ants", "ante", "antes")


def participle_as_noun(token: Token) -> bool:
    """A present participle right after an article or a possessive is a noun the tagger
    missed (« l'opposant », « les manifestants », « son représentant »); not after « en », where
    the « l' » is an object pronoun the tagger took for an article (« en l'accusant »)."""
    doc = token.doc
    return token.lower_.endswith(PRESENT_PARTICIPLE_ENDINGS) and token.i > 0 and doc[token.i - 1].pos_ == "DET" and not (token.i > 1 and doc[token.i - 2].lower_ == "en")


#: Nouns of an act or a document by which one acts (« par le bref X », « par le décret Y »): the
#: name after them is the instrument, not an actor.
INSTRUMENT_NOUNS = function_words("instrument_noun")


def past_acronym(doc: Doc, k: int, end: int) -> int:
    """Past an acronym in parentheses that opens at token k (« (FFT) »), where it closes before
    ``end``; else k."""
    return k + 3 if doc[k].text == "(" and _acronym_in_parentheses(doc, k) and k + 2 < end else k


def _acronym_in_parentheses(doc: Doc, k: int) -> bool:
    """Token k is a parenthesis around one word in capitals, or that word (« (DRPP) »)."""
    for start in (k, k - 1, k - 2):
        if 0 <= start and start + 2 < len(doc) and doc[start].text == "(" and doc[start + 2].text == ")" and doc[start + 1].text.isupper():
            return True
    return False


#: How many words a description set off by commas inside a list may have (« X, roi de France, et Y »).
DESCRIPTION_WORDS = 16


#: Possessive determiners that stand for an owner (« son compte »: a mention of the resolver).
POSSESSIVES = function_words("possessive")


def opens_clause(view: "SentenceView", slot: Slot) -> bool:
    """A finite verb follows the mention, past a parenthesis (« Y (Nantes) a claqué la porte »),
    adverbs and clitics (« puis Z l'a critiquée »): it is that verb's subject."""
    doc = view.doc
    j = slot.end
    if j < len(doc) and doc[j].text == "(":
        j = next((k + 1 for k in range(j, min(j + 8, len(doc))) if doc[k].text == ")"), j)
    while j < len(doc) and (doc[j].pos_ == "ADV" or doc[j].lower_ in ("ne", "n'", "n’") or doc[j].lower_ in CLAUSE_CLITICS):
        j += 1
    return j < len(doc) and doc[j].pos_ in ("AUX", "VERB") and "Fin" in doc[j].morph.get("VerbForm")


#: Object pronouns between a subject and its verb (« Z l'a critiquée », « Z lui a répondu »).
CLAUSE_CLITICS = function_words("object_clitic") | function_words("verb_pronoun")


def before_qualifiers(view: "SentenceView", i: int, adverbs: bool = False) -> int:
    """The token before the adjectives (and, with ``adverbs``, the adverbs) that stand right
    before token i, as far back as the sentence's start: where a relation noun's determiner
    stands (« son indéfectible soutien », « mes plus vives félicitations »)."""
    doc = view.doc
    j = i - 1
    while j > view.sent.start and (doc[j].pos_ == "ADJ" or (adverbs and doc[j].pos_ == "ADV")) and j not in view.at:
        j -= 1
    return j


def is_possessive(slot: Slot) -> bool:
    """The mention is a possessive determiner (« son » of « son compte », « mon » of « mon soutien »)."""
    return slot.end - slot.start == 1 and (slot.text.lower() in POSSESSIVES or slot.text.lower() in SPEAKER_POSSESSIVES)


def own_organisation(view: "SentenceView", source: Slot, target: Slot) -> bool:
    """The target is an organisation the source owns, named after a possessive and its type
    (« Z a coupé l'accès à son réseau social Y », « X a fermé sa filiale Y ») or by
    ``parents.tsv``: a company acting on its own product or subsidiary bans nobody. A possessive the resolver placed
    on another party is no owner of the source's (« a fermé la page de son rival Y »)."""
    if target.kind is not EntityKind.ORGANISATION:
        return False
    if name_key(source.text) in parents().get(name_key(target.text), ()):
        return True  # « Apple a retiré plusieurs applications de l'App Store »: its own store (parents.tsv)
    doc, j = view.doc, target.start - 1
    while j > view.sent.start and target.start - j <= 3 and doc[j].pos_ in ("NOUN", "ADJ") and j not in view.at:
        j -= 1
    if j == target.start - 1 or not is_possessive_determiner(doc[j]) or not any(doc[k].lower_ in OWNED_TYPES for k in range(j + 1, target.start)):
        return False
    owner = view.at.get(j)
    return owner is None or owner.cluster == source.cluster


#: Nouns of what a company owns, between a possessive and its name (« son réseau social Y »).
OWNED_TYPES = TYPE_NOUNS | function_words("owned")


#: Prepositions of a phrase without article between a noun and its complement (« en direct »).
BARE_PHRASE_OPENERS = frozenset(DE) | function_words("bare_phrase_preposition")


def past_bare_phrases(doc: Doc, i: int, end: int, taken: Container[int] = ()) -> int:
    """Past phrases of a preposition and a noun without article, with their adjectives (« de
    sanction », « pour déficits publics excessifs », « en direct », « par téléphone », « à huis
    clos »), that stand between a noun and its preposition; i where none does. A token in
    ``taken`` (a mention's) ends the phrases."""
    while i + 1 < end and doc[i].lower_ in BARE_PHRASE_OPENERS and doc[i + 1].pos_ == "NOUN" and doc[i + 1].is_lower and i + 1 not in taken:
        i += 2
        while i < end and doc[i].pos_ in ("ADJ", "VERB") and doc[i].is_lower and i not in taken and "Fin" not in doc[i].morph.get("VerbForm"):
            i += 1  # « à huis clos », the tagger taking « clos » for a participle
    return i


def is_possessive_determiner(token: Token) -> bool:
    """The token is a possessive determiner by the morphologizer (« sa » of « sa rencontre »),
    whether or not the resolver placed it."""
    return "Yes" in features(token, "Poss")


#: Object pronouns before a verb (« qui l'ont banni », « je les félicite »: a mention of the resolver).
OBJECT_CLITICS = function_words("object_clitic") | function_words("plural_object_clitic")


def is_object_clitic(slot: Slot, doc: Doc) -> bool:
    """The mention is an object pronoun before its verb (« l' » of « l'ont banni »; « vous » of « je
    vous adresse », not the subject of « vous avez rencontré Y », the one a letter or a question
    speaks to)."""
    if slot.end - slot.start != 1:
        return False
    word = slot.text.lower()
    if word == "nous":
        return not doc[slot.start].dep_.startswith("nsubj") or first_person_object(doc, slot.start)  # « Y nous a reçus »
    return word in OBJECT_CLITICS or (word == "vous" and (not doc[slot.start].dep_.startswith("nsubj") or _before_gerund(doc, slot.start) or _before_third_person(doc, slot.start)))


def _before_third_person(doc: Doc, i: int) -> bool:
    """The pronoun at token i stands right before a verb of the third person (« le Sénat vous a
    entendu », « qui vous a reçu »): the verb's object, though the parser may take it for its
    subject, which « vous » would be only before a verb of the second person."""
    return i + 1 < len(doc) and doc[i + 1].pos_ in ("AUX", "VERB") and doc[i + 1].morph.get("Person") == ["3"]


def _before_gerund(doc: Doc, i: int) -> bool:
    """The pronoun at token i stands between « en » and a present participle of a gerund set apart,
    opening the sentence or after a comma (« En vous recevant, je ... », « ..., en vous remerciant »):
    the gerund's object, whatever the parser says; its subject is the main clause's (not « qui
    nous fait une joie en vous accompagnant », a relative's)."""
    if not 0 < i < len(doc) - 1 or doc[i - 1].lower_ != "en" or not doc[i + 1].lower_.endswith("ant"):
        return False
    return doc[i - 1].is_sent_start or (i > 1 and doc[i - 2].text in (",", ";"))


def is_left_clitic(slot: Slot) -> bool:
    """The mention is the « en » of what one is banned from (« il en est exclu »): never a subject."""
    return slot.end - slot.start == 1 and slot.text.lower() == "en"


def is_date_word(token: Token) -> bool:
    """A day or month name between a verb and its object (« a bloqué mercredi le compte de X »)."""
    return token.lower_ in date_words()


def coordinated(doc: Doc, slots: list[Slot]) -> bool:
    """The mentions form one coordination ("Musk et Trump", « le président X et le président
    zorblien Y »): only commas and "et" between them, and the role that describes the next."""
    if len(slots) < 2:
        return False
    return all(
        all(t.lower_ in LINKERS or is_title(t) for t in doc[a.end : _before_role(doc, a.end, b.start)]) and any(t.lower_ == "et" for t in doc[a.end : b.start])  # « M. X et M. Y »
        or all(t.text == "," or is_title(t) for t in doc[a.end : b.start])  # « le ministre de Y, M. Z »: an apposition
        or _described_conjunct(doc, a.end, b.start)  # « X, et le président de P, M. Y »
        or _named_after_description(doc, a, b)  # « X, et la présidente de la Chambre haute de la République tchèque, Mme Y »
        for a, b in zip(slots, slots[1:])
    ) and any(t.lower_ == "et" for t in doc[slots[0].end : slots[-1].start])


#: How many words the description of a listed person may have between « et » and the name.
DESCRIBED_CONJUNCT_WORDS = 14


def _named_after_description(doc: Doc, description: Slot, name: Slot) -> bool:
    """A description of a person, its complement (names of places and bodies among its words),
    a comma, then the name of the same person: one member of a list."""
    if not description.cluster or description.cluster != name.cluster or name.start - description.end > DESCRIBED_CONJUNCT_WORDS:
        return False
    j = name.start
    while j > description.end and is_title(doc[j - 1]):
        j -= 1
    return j - 1 >= description.end and doc[j - 1].text == "," and not any(t.pos_ in ("VERB", "AUX") or t.lower_ == "et" for t in doc[description.end : j - 1])


def _described_conjunct(doc: Doc, start: int, end: int) -> bool:
    """Between two names, « et » then the role that describes the second, set off by a comma
    (« , et la présidente de l'office régional (P), Mme »): no verb there, a role noun first."""
    k = start + 1 if start < end and doc[start].text == "," else start
    if k >= end or doc[k].lower_ != "et":
        return False
    j = end
    while j > k and is_title(doc[j - 1]):
        j -= 1
    words = doc[k + 1 : j - 1]
    first = k + 2 if k + 1 < j and doc[k + 1].pos_ == "DET" else k + 1
    return (
        j - 1 > first and doc[j - 1].text == "," and len(words) <= DESCRIBED_CONJUNCT_WORDS
        and doc[first].lower_ in role_heads() and not any(t.pos_ in ("VERB", "AUX") for t in words)
    )


def _before_role(doc: Doc, start: int, end: int) -> int:
    """Where the role before the name at ``end`` begins (« et le président zorblien Y »: at
    « le »), back to ``start`` at most; ``end`` if no role noun describes the name."""
    k = end
    while k > start and _role_word(doc[k - 1]) and end - k < 4:
        k -= 1
    if k == end or not any(doc[j].lower_ in role_heads() for j in range(k, end)):
        return end
    return k - 1 if k > start and doc[k - 1].pos_ == "DET" else k


@kept_per_doc
def clitic_window(doc: Doc, cue: Token, hidden: frozenset[int] = frozenset()) -> int:
    """Where the clitics of a verb may begin: three words before it, and further back past the
    auxiliaries, adverbs and adverbial phrases in between (« s'en est néanmoins plusieurs fois
    pris », « s'est une nouvelle fois attaqué », « s'en est une fois de plus pris », « s'est en
    effet entretenu »)."""
    j = cue.i - 1
    tag, dep, low = tags(doc), deps(doc), lower_forms(doc)
    while j > 0:
        if (phrase := adverbial_before(doc, j + 1, 0)) <= j:
            j = phrase - 1  # « s'est en effet longuement entretenu »
        elif (
            j in hidden
            or tag[j] in ("AUX", "ADV", "NUM", "PUNCT")
            or dep[j] in ("advmod", "fixed")
            or low[j] in REPEATS
            or (low[j] in DE_FORMS and low[j - 1] in REPEATS)  # « une fois de plus »
            or low[j] == "plusieurs"
            or (tag[j] in ("DET", "ADJ") and any(low[k] in REPEATS for k in range(j + 1, min(j + 3, cue.i))))
        ):
            j -= 1  # « s'en est une nouvelle fois pris »
        else:
            break
    return max(min(j - 2, cue.i - 3), 0)


@kept_per_doc
def reflexive(doc: Doc, cue: Token, hidden: frozenset[int] = frozenset()) -> bool:
    """A « se » among the clitics of the verb (« s'est rencontré », « s'en est pris », « se sont
    (de nouveau) vus »: ``hidden`` are the tokens of incises, read past)."""
    # words read from the doc's column: a slice of the doc would make a span first
    low = lower_forms(doc)
    found = next((j for j in range(max(cue.i - 3, 0), cue.i) if low[j] in REFLEXIVE), None)
    if found is None:
        start = clitic_window(doc, cue, hidden)
        found = next((j for j in range(start, cue.i - 3) if low[j] in REFLEXIVE), None) if start < cue.i - 3 else None
    if found is not None and low[found] in FIRST_PERSON_CLITICS and not _first_person_before(doc, found):
        found = None  # « Y m'a reçu », « il souhaite me rencontrer »: the speaker is the object
    if found is None:
        found = _reflexive_plural(doc, cue)  # « nous nous sommes vus », « l'occasion de nous rencontrer »
    # « X s'est vu retirer Y », « s'est fait bannir »: the « se » of the verb before the infinitive
    tag = tags(doc)
    return found is not None and not any(tag[j] in ("VERB", "AUX") and doc[j].lemma_.lower() in CAUSATIVE_VERBS for j in range(found + 1, cue.i))


def _first_person_before(doc: Doc, j: int) -> bool:
    """A subject of the first person singular stands a few words before the clitic at token j
    (« je me suis entretenu », « je tiens à me féliciter », « permettez-moi de me réjouir »)."""
    start = doc[j].sent.start
    return any(doc[k].lower_ in FIRST_PERSON_SUBJECTS for k in range(max(j - WE_SUBJECT_REACH, start), j))


#: How far before a reflexive « nous » its subject « nous » may stand.
WE_SUBJECT_REACH = 10


def _reflexive_plural(doc: Doc, cue: Token) -> Optional[int]:
    """A « nous » or « vous » clitic among the three words before the verb, after a subject of the
    same person (« Nous nous sommes rencontrés », « nous avons eu l'occasion de nous voir »,
    « vous osez vous vanter »): its position; else None (« il souhaite nous rencontrer », « je
    vous remercie »: an object)."""
    near = [doc[j].lower_ for j in range(max(cue.i - 3, 0), cue.i)]
    if "nous" not in near and "vous" not in near:
        return None  # neither among the three words before the verb
    for word in ("nous", "vous"):
        clitic = next((j for j in range(cue.i - 1, max(cue.i - 4, -1), -1) if doc[j].lower_ == word and j > 0 and (doc[j - 1].lower_ == word or not doc[j].dep_.startswith("nsubj"))), None)
        if clitic is None:
            continue
        if any(doc[k].lower_ == word and (doc[k].dep_.startswith("nsubj") or k == clitic - 1) for k in range(max(clitic - WE_SUBJECT_REACH, 0), clitic)):
            return clitic
    return None


REFLEXIVE = function_words("reflexive")
#: Verbs before an infinitive that take the « se » for themselves (« s'est vu retirer », « s'est fait exclure »).
CAUSATIVE_VERBS = function_words("causative_verb")
#: Verbs after « se » whose infinitive the subject undergoes (« s'est vu suspendre »).
UNDERGO_VERBS = function_words("undergo_verb")


@kept_per_view
def made_to_undergo(view: SentenceView, cue: Token) -> bool:
    """« X s'est vu suspendre son compte (par Y) », « X s'est vu interdire l'accès », « X s'est
    fait bannir de Y »: after « se voir » or « se faire », the infinitive is undergone by the
    subject, as in a passive."""
    doc = view.doc
    if "Inf" not in features(cue, "VerbForm"):
        return False
    j = cue.i - 1
    while j > view.sent.start and doc[j].pos_ == "ADV":
        j -= 1
    return doc[j].lemma_.lower() in UNDERGO_VERBS and any(t.lower_ in REFLEXIVE for t in doc[max(j - 3, view.sent.start) : j])




def last_group(doc: Doc, subjects: list[Slot], cue: Token) -> list[Slot]:
    """The coordinated subjects nearest the cue (« X, Y et Z s'y sont rendus »), none of them the
    subject of another verb in between (a modal verb is the cue's own: « X doit rencontrer »)."""
    if not subjects or any(t.pos_ == "VERB" and t.lemma_.lower() not in MODAL_VERBS for t in doc[subjects[-1].end : cue.i]):
        return []
    group = [subjects[-1]]
    for slot in reversed(subjects[:-1]):
        if not all(t.lower_ in LINKERS for t in doc[affiliation_end(doc, seat_end(doc, slot.end, group[0].start), group[0].start) : group[0].start]):
            break
        group.insert(0, slot)
    return group


def affiliation_end(doc: Doc, i: int, end: int) -> int:
    """Past « de » and the capitalised name of a person's company or party right after the
    person, at token i (« Jeff Bezos d'Amazon, Tim Cook d'Apple et ... »), up to token ``end``;
    i where none stands there."""
    if i >= end or doc[i].lower_ not in DE:
        return i
    j = i + 1
    while j < end and j - i <= AFFILIATION_WORDS and doc[j].text[:1].isupper():
        j += 1
    return j if j > i + 1 and (j == end or doc[j].lower_ in LINKERS) else i


def seat_end(doc: Doc, i: int, end: int) -> int:
    """« dans la 3e circonscription », « dans la 10ème »: past the constituency a member of a
    list stands in, from token i (« dans »), where « , » or « et » follows it, up to token
    ``end``; i where none stands there."""
    j = i + 2
    if j >= end or doc[i].lower_ != "dans" or not is_determiner(doc[i + 1]):
        return i
    while j < end and j - i < 6 and (doc[j].like_num or _ordinal(doc[j]) or doc[j].lower_ in CONSTITUENCY_WORDS):
        j += 1
    return j if j > i + 2 and (j == end or doc[j].lower_ in LINKERS) else i


#: How many words the name of a person's company or party may have after « de ».
AFFILIATION_WORDS = 3
