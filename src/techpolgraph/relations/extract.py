"""Typed relations from sentences: who met, criticised, banned or endorsed whom.

``fr_core_news_md`` parses before it recognises entities, and often mis-attaches proper names
("Macron a rencontré Musk." gives both names ``nsubj``; it even cuts sentences before a name).
The extractor therefore reads the arguments of a cue (``relation_cues.tsv``) from the
*resolved mentions around it within its clause* by default, with the parse used only where it
is reliable (parts of speech, mood, auxiliaries):

- sentences are the parser's, glued back where it cut before a name (:func:`sentences`);
- the clause of a cue runs between subordinators, relative pronouns and strong punctuation;
- the source is the group of person or organisation mentions before the cue in its clause
  that are not governed by a preposition or by another verb ("Zuckerberg, 40 ans, avait dîné
  avec Trump"; "Une soixantaine de leaders, dont X, Y et Z, se sont rendus à Paris pour
  s'entretenir avec W" gives X, Y and Z); in a relative clause, the antecedent of « qui »,
  in a cleft the group after « c'est » (« c'est X, directrice de Y, qui »); an « avec » group
  set off by commas before a plural verb is part of the subject (« X, avec Y et Z, sont »);
  for an infinitive that opens the sentence, the subject after its comma;
- the target is the coordinated group right after the cue, after its preposition ("avec",
  "à", "de") where the cue takes one, or the party whose actions are named ("la politique de
  X": ``party_actions.txt``); "entre X et Y" names both parties of a meeting, and "X et Y se
  sont rencontrés" / "les deux hommes se sont parlé" pair the subjects;
- a clitic « lui » before a cue that takes « à » is its party: the mention the resolver gives
  it, else the speaker of the reported clause (« X a noté que Y lui rendrait visite »: X);
- a passive ("Trump a été banni par Y") swaps the two sides; without an agent, no edge;
- a verb of attendance (« s'y est rendu », « a assisté au sommet ») and a verb done during an
  event (« pendant / lors d'un dîner avec Z ») make its subject take part in the event
  (``participated_in``) and, at a meeting or a summit, meet those the event reader found taking
  part in it in that sentence (« Trump a réuni ... pour une rencontre »); « et non Y » denies;
- a party is a resolved mention (a pronoun or a role description counts as its entity, a
  plural such as "les deux hommes" as each of its entities); an unresolved one gives no edge.

The other way, ``arguments="tree"``, parses the sentence again with stand-ins for the
mentions and reads the dependency tree (:mod:`.tree`); "fallback", "union" and "both"
combine the two. Measured on the synthetic sentences of the tests and the hand-checked
relations of ``corpus/``, the window reading is as precise and finds more, so it is the default.

Each relation gets its modality (:mod:`.modality`), its evidence sentence and offsets.
The component ``techpolgraph_relations`` writes ``doc._.tpg_relations``.
"""

from __future__ import annotations

from bisect import bisect_left
from dataclasses import dataclass
from functools import lru_cache
from typing import Optional

import numpy
from spacy.attrs import LEMMA, LOWER
from spacy.language import Language
from spacy.tokens import Doc, Span, Token

from ..errors import TechpolgraphError
from ..models import EntityKind, Evidence, LocalRelation, Modality, RelationType, Tense
from ..resolve.names import titles
from ..resolve.roles import role_nouns
from ..nlp.events import cue_of_name, date_words
from ..nlp.text import doc_text, span_text
from ..nlp.words import WordTest
from .cues import Argument, Cue, CuePos, CueTable, Source, etre_verbs, modality_words, party_actions, receiving_verbs, support_verbs, written_channels
from .events import MEETING_TYPES, event_relations, evidence_of
from .modality import attribution, modality_of, party_negated, tense_of
from .typography import incises
from .tree import Reparse, TreeReader

CLAUSE_BREAKS = frozenset({";", ":", "«", "»", "—", "–", "(", ")", "[", "]", '"', "“", "”"})
SUBORDINATORS = frozenset(
    {"que", "qu'", "qu’", "qui", "dont", "où", "lorsque", "lorsqu'", "quand", "si", "s'", "car", "mais", "tandis", "puisque", "alors"}
)
PREPOSITIONS = frozenset(
    {
        "à", "au", "aux", "de", "d'", "d’", "du", "des", "avec", "par", "pour", "sur", "en", "chez", "contre",
        "dans", "entre", "selon", "comme", "malgré", "après", "avant", "sans", "vers", "sous", "depuis", "devant",
        "envers", "auprès", "face", "lors", "parmi",
    }
)
LINKERS = frozenset({",", "et", "ainsi", "que", "ni", "ou", "non", "puis"})  # "et non X": X is a denied party
#: Words that continue a list of parties (« le compte de X, comme celui de Y et de Z »).
LIST_WORDS = frozenset({"comme", "celui", "ceux", "celle", "celles", "notamment"})
#: Words that open examples of a group (« des plateformes comme YouTube ou Reddit »).
EXAMPLES = frozenset({"comme", "dont", "notamment"})
#: Words between a verb and its object that are not the object (dates, « de façon permanente »).
DATE_POS = ("NUM",)
#: Kinds that can be a party: a country or a capital stands for its government (« la Russie a
#: bloqué X », « Pékin accuse Y »), except in a meeting, which is between people.
PARTIES = frozenset({EntityKind.PERSON, EntityKind.ORGANISATION, EntityKind.LOCATION})
#: Ways of reading a cue's parties: "window" (mentions around the cue in its clause), "tree"
#: (the dependency tree of the sentence parsed again with stand-ins for mentions), "fallback"
#: (the tree, else the window), "union" and "both" (pairs found by both).
STRATEGIES = ("window", "tree", "fallback", "union", "both")
DEFAULT_STRATEGY = "window"
FINAL_PUNCT = (".", "!", "?", "…")
MAX_GAP = 4  # words allowed between a cue and its preposition ("s'est entretenu plusieurs fois avec")
DE = ("de", "d'", "d’", "du", "des")
#: Events whose participants met: the meeting kinds of :mod:`.events`, and a summit attended together.
GATHERINGS = MEETING_TYPES | {"summit"}
CE = frozenset({"c'", "c’", "ce"})
NE_WORDS = frozenset({"ne", "n'", "n’", "pas", "jamais", "plus"})
DURING = frozenset({"pendant", "durant"})  # and « lors de », « au cours de » (:func:`_during`)


def _register_extensions() -> None:
    if not Doc.has_extension("tpg_relations"):
        Doc.set_extension("tpg_relations", default=None)


_register_extensions()


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


def _within(slots: list[Slot], sent: Span) -> list[Slot]:
    """The slots (sorted by start) that lie inside the sentence."""
    first = bisect_left(slots, sent.start, key=lambda s: s.start)
    last = bisect_left(slots, sent.end, key=lambda s: s.start)
    return [s for s in slots[first:last] if s.end <= sent.end]


def _expand(slots: list[Slot]) -> list[Slot]:
    return [p for s in slots for p in s.parties()]


class SentenceView:
    """A sentence with its resolved mentions, and the helpers the rules need."""

    def __init__(self, sent: Span, slots: list[Slot], events: tuple[Slot, ...] = ()) -> None:
        self.sent = sent
        self.doc = sent.doc
        self.slots = slots
        self.events = events  # every event mention, even one that opens with a cue word
        #: tokens of an incise without a verb (« (de nouveau) », « — patron de Y — ») and the
        #: quotes around a word (« avoir "exclu" X »): read past, as if absent
        self.hidden, self.open_quotes = incises(sent)
        self.at: dict[int, Slot] = {}
        for slot in sorted(slots, key=lambda s: s.end - s.start):  # longest wins
            if slot.start in self.hidden:
                continue
            for i in range(slot.start, slot.end):
                self.at[i] = slot
        self._evidence: Optional[Evidence] = None
        self._breaks_at: Optional[list[int]] = None
        self._readings: dict[int, tuple[Modality, str, Optional[Tense]]] = {}

    def evidence(self) -> Evidence:
        """The sentence as the evidence of a relation (made once, shared by its relations)."""
        if self._evidence is None:
            self._evidence = evidence_of(self.sent)
        return self._evidence

    def clause(self, i: int) -> tuple[int, int]:
        """The token range of the clause around token i: from after the last clause break
        before it to the first one after it."""
        if self._breaks_at is None:  # found once per sentence
            self._breaks_at = [j for j in range(self.sent.start, self.sent.end) if self._breaks(j)]
        n = bisect_left(self._breaks_at, i)
        start = self._breaks_at[n - 1] + 1 if n > 0 else self.sent.start
        if n < len(self._breaks_at) and self._breaks_at[n] == i:
            n += 1
        end = self._breaks_at[n] if n < len(self._breaks_at) else self.sent.end
        return start, end

    def reading(self, cue: Token, names: dict[str, str]) -> tuple[Modality, str, Optional[Tense]]:
        """The modality, attribution and tense of a cue: the same for every pair it relates."""
        found = self._readings.get(cue.i)
        if found is None:
            found = self._readings[cue.i] = (
                modality_of(cue, self.sent), attribution(self.sent, cue, self.at, names), tense_of(cue)
            )
        return found

    def _breaks(self, j: int) -> bool:
        token = self.doc[j]
        if j in self.hidden or j in self.open_quotes:
            return False
        if token.text in CLAUSE_BREAKS:
            return True
        if token.lower_ in SUBORDINATORS and j not in self.at:
            # "dont X, Y et Z" lists members; it does not open a clause
            nxt = self._skip(j + 1, ("DET",))
            if token.lower_ == "dont" and nxt in self.at:
                # « dont X, Y et Z » lists members; « dont X a soutenu ... » opens a relative
                group = self.group_at(nxt, self.sent.end)
                after = group[-1].end if group else nxt
                return after < self.sent.end and self.doc[after].pos_ in ("AUX", "VERB")
            if token.lower_ in ("si", "s'") and token.pos_ != "SCONJ":
                return False
            if token.lower_ == "que" and token.pos_ not in ("SCONJ", "PRON"):
                return False
            return True
        return False

    def _skip(self, j: int, pos: tuple[str, ...]) -> int:
        while j < self.sent.end and self.doc[j].pos_ in pos and j not in self.at:
            j += 1
        return j

    def group_at(self, i: int, limit: int) -> list[Slot]:
        """The coordinated mentions starting at token i ("X, Y et Z"), up to token ``limit``."""
        group: list[Slot] = []
        commas: list[bool] = []  # whether the member was joined by commas only
        j = i
        while j < limit and j in self.at:
            slot = self.at[j]
            group.append(slot)
            j = slot.end
            k = self.linked(j, limit)
            if k == j or k >= limit or k not in self.at:
                break
            commas.append(all(t.text == "," or t.i in self.hidden for t in self.doc[j:k]))
            j = k
        # "Trump, Musk s'est tourné": a list ends with "et" (or is an apposition of the same entity)
        while len(group) > 1 and commas and commas[-1] and group[-1].cluster != group[-2].cluster:
            group.pop()
            commas.pop()
        return group

    def linked(self, j: int, limit: int) -> int:
        """The token after the linking words from token j on (« , », « et », « ou », « comme
        celui de », « et de », an incise): where the next member of a list may start."""
        doc = self.doc
        k = j
        joined = False  # « et », « ou », « celui » ... seen: « de » may follow (« et de Z »)
        while k < limit and k not in self.at:
            word = doc[k].lower_
            if k in self.hidden or word in LINKERS or word in LIST_WORDS:
                joined = joined or word in LINKERS or word in LIST_WORDS
            elif word in DE and joined:
                pass
            elif joined and doc[k].pos_ == "DET":
                named = _appositive_name(self, k, limit)  # « X et le patron de Y, Z »
                return named if named is not None else k
            else:
                break
            k += 1
        return k

    def preceded_by_preposition(self, slot: Slot) -> bool:
        j = slot.start - 1
        while j >= self.sent.start and (self.doc[j].pos_ == "DET" or j in self.hidden):
            j -= 1
        if j >= self.sent.start and self.doc[j].lower_ in EXAMPLES and j > self.sent.start:
            # « plusieurs plateformes comme YouTube, Reddit ou Discord ont ... »: examples of a group
            return self.doc[j - 1].pos_ not in ("NOUN", "PROPN") and self.doc[j - 1].text != ","
        return j >= self.sent.start and self.doc[j].lower_ in PREPOSITIONS

    def governed_by_verb(self, slot: Slot, clause_start: int) -> bool:
        """A mention right after a (non-auxiliary) verb is that verb's object, not a subject."""
        j = slot.start - 1
        while j >= clause_start and (self.doc[j].pos_ in ("ADV", "DET") or j in self.hidden):
            j -= 1
        return j >= clause_start and self.doc[j].pos_ == "VERB"


class RelationExtractor:
    """Finds typed relations between a document's resolved mentions (see the module docstring)."""

    def __init__(self, nlp: Language, name: str, cues: str, arguments: str = DEFAULT_STRATEGY) -> None:
        if arguments not in STRATEGIES:
            raise TechpolgraphError(f"techpolgraph_relations: arguments must be one of {', '.join(STRATEGIES)}, not {arguments!r}")
        self.name = name
        self.table = CueTable.from_file(cues)
        self.strategy = arguments
        self.tree = TreeReader(nlp)
        # whether a cue may be looked up by a lemma, and by a lower-case form
        self._cue_lemma = WordTest(lambda lemma: lemma.lower() in self.table.by_first)
        self._cue_form = WordTest(lambda word: any(f in self.table.by_first for f in _word_forms(word)))

    def __call__(self, doc: Doc) -> Doc:
        kinds = {cid: EntityKind(e["kind"]) for cid, e in (doc._.tpg_entities or {}).items()}
        names = {cid: e["name"] for cid, e in (doc._.tpg_entities or {}).items()}
        clusters: dict[tuple[int, int], list[str]] = {}
        for start, end, cluster, _reason in doc._.tpg_mentions or []:
            if cluster and cluster not in clusters.setdefault((start, end), []) and not self._is_cue_word(doc[start]):
                clusters[(start, end)].append(cluster)
        slots = [
            Slot(start, end, ids[0], kinds[ids[0]], span_text(doc[start:end]), tuple(ids[1:]))
            for (start, end), ids in sorted(clusters.items())
            if ids
        ]
        events = [
            Slot(start, end, cluster, EntityKind.EVENT, span_text(doc[start:end]))
            for start, end, cluster, _reason in sorted(doc._.tpg_mentions or [])
            if cluster and kinds.get(cluster) is EntityKind.EVENT
        ]
        found: list[LocalRelation] = []
        sents = sentences(doc)
        by_event = event_relations(doc, sents)
        attendees = _attendees(by_event)
        cue_tokens = self.cue_positions(doc)
        for sent in sents:
            inside = _within(slots, sent)
            happenings = tuple(_within(events, sent))
            if len({c for s in (*inside, *happenings) for c in (s.cluster, *s.others)}) < 2:
                continue
            view = SentenceView(sent, inside, happenings)
            tokens = cue_tokens[bisect_left(cue_tokens, sent.start) : bisect_left(cue_tokens, sent.end)]
            found.extend(self.sentence_relations(view, names, attendees, tokens))
        found.extend(by_event)
        doc._.tpg_relations = [r.model_dump(mode="json") for r in _unique(found)]
        return doc

    def cue_positions(self, doc: Doc) -> list[int]:
        """The tokens a cue may be looked up by (:func:`_lemmas`: lemma, form, or a form made
        from it), in order; each distinct lemma and form is tested once, then remembered."""
        if len(doc) == 0:
            return []
        words, strings = doc.to_array([LEMMA, LOWER]), doc.vocab.strings
        may_cue = self._cue_lemma.mask(words[:, 0], strings) | self._cue_form.mask(words[:, 1], strings)
        return numpy.flatnonzero(may_cue).tolist()

    def _is_cue_word(self, token: Token) -> bool:
        """A "mention" that starts with a relation noun (« Dîner stratégique », « Rencontre ») is
        the recogniser's mistake, not an entity: it is the cue itself."""
        return any(c.pos is CuePos.NOUN for c in self.table.for_lemma(token.lower_))

    # -- per sentence -----------------------------------------------------------------------
    def sentence_relations(
        self,
        view: SentenceView,
        names: dict[str, str],
        attendees: Optional[dict[tuple[str, int], list[Slot]]] = None,
        positions: Optional[list[int]] = None,
    ) -> list[LocalRelation]:
        """The relations of one sentence; ``attendees`` are the people the event reader found
        taking part in each event, by (event, sentence offset), for the cues of attendance;
        ``positions``, when given, are the only tokens of the sentence that may be cues
        (:meth:`cue_positions`)."""
        out: list[LocalRelation] = []
        reparse: Optional[Reparse] = None
        for token in view.sent if positions is None else (view.doc[i] for i in positions):
            if token.i in view.at:
                continue
            for cue in [c for lemma in _lemmas(token) for c in self.table.for_lemma(lemma)]:
                pos = _coarse_pos(token)
                if pos == "ADJ" and cue.source is Source.HOLDER:
                    pos = CuePos.NOUN.value  # « un fervent partisan de Y »: the tagger's adjective
                if cue.pos != pos or not _cue_words_follow(view.doc, token, cue):
                    continue
                if not _clitics_precede(view.doc, token, cue):
                    continue
                if cue.argument is Argument.EVENT:
                    out.extend(self.attendance(view, token, cue, names, attendees or {}))
                    continue
                if self.strategy != "window" and reparse is None:
                    reparse = self.tree.reparse(view)
                for source, target, negated_party in self.pairs(view, token, cue, reparse):
                    if cue.relation is RelationType.MET and (source.kind, target.kind) != (EntityKind.PERSON, EntityKind.PERSON):
                        continue  # a meeting is between people
                    if cue.relation is RelationType.MET and self._written(view):
                        continue  # « les courriels montrent que X a échangé avec Y »
                    out.append(self.relation(view, token, cue, source, target, negated_party, names))
        out.extend(self.during(view, names, attendees or {}))
        return out

    def _written(self, view: SentenceView) -> bool:
        """The sentence tells of written communication (``written_channels.txt``)."""
        return any(t.lower_ in written_channels() for t in view.sent)

    def during(self, view: SentenceView, names: dict[str, str], attendees: dict[tuple[str, int], list[Slot]]) -> list[LocalRelation]:
        """« X a parlé avec Y pendant un dîner avec Z »: the subject of a verb that happened
        during an event (« pendant », « durant », « lors de », « au cours de ») was at it, and
        where it is a meeting, met the people the event names as taking part (Z; not Y)."""
        doc = view.doc
        out: list[LocalRelation] = []
        for event in view.events:
            j = event.start - 1
            while j > view.sent.start and doc[j].pos_ == "DET" and j not in view.at:
                j -= 1
            if not _during(doc, j, view.sent.start):
                continue
            start, _end = view.clause(j)
            verbs = [t for t in doc[start:j] if t.pos_ == "VERB"]
            if not verbs:
                continue
            verb = verbs[-1]
            people = [(s, False) for s in _expand(_last_group(doc, self.subjects(view, verb, start), verb)) if s.kind is EntityKind.PERSON]
            spec = Cue(verb.lemma_.lower(), CuePos.VERB, RelationType.PARTICIPATED_IN, Argument.EVENT)
            out.extend(self._took_part(view, verb, spec, people, event, names, attendees))
        return out

    def attendance(
        self, view: SentenceView, cue: Token, spec: Cue, names: dict[str, str], attendees: dict[tuple[str, int], list[Slot]]
    ) -> list[LocalRelation]:
        """« X s'est rendu au sommet », « c'est X qui s'y est rendu et non Y »: X took part in the
        event (Y is denied); where the event is a meeting or a summit, X met the people the
        sentence names as taking part in it (« Trump a réuni les dirigeants pour une rencontre »)."""
        doc = view.doc
        if spec.reflexive and not any(t.lower_ in ("se", "s'", "s’") for t in doc[max(cue.i - 5, view.sent.start) : cue.i]):
            return []
        event, after = self._attended_event(view, cue, spec)
        if event is None:
            return []
        start, _end = view.clause(cue.i)
        people = [(s, False) for s in _expand(_last_group(doc, self.subjects(view, cue, start), cue)) if s.kind is EntityKind.PERSON]
        people += [(s, True) for s in self._denied_after(view, after) if s.kind is EntityKind.PERSON]
        return self._took_part(view, cue, spec, people, event, names, attendees)

    def _took_part(
        self,
        view: SentenceView,
        cue: Token,
        spec: Cue,
        people: list[tuple[Slot, bool]],
        event: Slot,
        names: dict[str, str],
        attendees: dict[tuple[str, int], list[Slot]],
    ) -> list[LocalRelation]:
        """Each (person, denied) took part in the event; at a meeting or a summit, each met the
        people the event reader found taking part in it in the same sentence."""
        others = attendees.get((event.cluster, view.evidence().start), []) if _is_meeting(event) else []
        met = Cue(spec.lemma, spec.pos, RelationType.MET, spec.argument)
        out: list[LocalRelation] = []
        for person, denied in people:
            out.append(self.relation(view, cue, spec, person, event, denied, names))
            for other in others:
                if other.cluster != person.cluster:
                    out.append(self.relation(view, cue, met, person, other, denied, names))
        return out

    def _attended_event(self, view: SentenceView, cue: Token, spec: Cue) -> tuple[Optional[Slot], int]:
        """The event a verb of attendance goes to, and the token after the phrase: « à / au »
        and an event right after the cue, or, for the clitic « y » before it, the last event
        named before it in the sentence."""
        doc = view.doc
        i = cue.i + len(spec.words)
        if i < view.sent.end and doc[i].lower_ in ("à", "au", "aux"):
            k = i + 1
            while k < view.sent.end and _determiner(doc[k]) and k not in view.at:
                k += 1
            slot = next((s for s in view.events if s.start == k), None)
            return (slot, slot.end) if slot is not None else (None, i)
        if any(t.lower_ == "y" and t.pos_ == "PRON" for t in doc[max(cue.i - 4, view.sent.start) : cue.i]):
            before = [s for s in view.events if s.end <= cue.i]
            if before:
                return max(before, key=lambda s: s.start), i
        return None, i

    def _denied_after(self, view: SentenceView, i: int) -> list[Slot]:
        """« ... qui s'y est rendue et non Y »: the people denied right after the verb phrase."""
        doc = view.doc
        if i + 2 < view.sent.end and doc[i].lower_ == "et" and doc[i + 1].lower_ == "non":
            j = i + 2
            while j < view.sent.end and _determiner(doc[j]) and j not in view.at:
                j += 1
            return _expand(view.group_at(j, view.sent.end))
        return []

    def pairs(self, view: SentenceView, cue: Token, spec: Cue, reparse: Optional[Reparse]) -> list[tuple[Slot, Slot, bool]]:
        """(source, target, target denied) of a cue, read the way the ``arguments`` setting says."""
        if self.strategy == "window" or reparse is None:
            return self.arguments(view, cue, spec)
        tree = self.tree_arguments(view, cue, spec, reparse)
        if self.strategy == "tree" or (self.strategy == "fallback" and tree):
            return tree
        window = self.arguments(view, cue, spec)
        if self.strategy == "fallback":
            return window
        keys = {(s.cluster, t.cluster) for s, t, _ in tree}
        if self.strategy == "both":
            return [p for p in window if (p[0].cluster, p[1].cluster) in keys]
        return tree + [p for p in window if (p[0].cluster, p[1].cluster) not in keys]  # union

    def tree_arguments(self, view: SentenceView, cue: Token, spec: Cue, reparse: Reparse) -> list[tuple[Slot, Slot, bool]]:
        """The cue's parties read from the re-parsed sentence (:mod:`.tree`)."""
        sources, targets, passive = self.tree.arguments(view, cue, spec, reparse)
        sources = _expand([x for x in sources if x.kind in PARTIES])
        targets = _expand([x for x in targets if x.kind in PARTIES])
        if spec.argument is Argument.ENTRE or (
            not targets and not passive and spec.relation is RelationType.MET
            and (_reflexive(view.doc, cue) or spec.argument is Argument.AVEC)
        ):
            return [(a, b, False) for n, a in enumerate(sources) for b in sources[n + 1 :] if a.cluster != b.cluster]
        return [(s, t, party_negated(view.doc, t.start, view.sent.start)) for s in sources for t in targets]

    def arguments(self, view: SentenceView, cue: Token, spec: Cue) -> list[tuple[Slot, Slot, bool]]:
        """The cue's parties read from the mentions around it in its clause (module docstring)."""
        start, end = view.clause(cue.i)
        after = _cue_end(view.doc, cue, spec) or cue.i + len(spec.words)
        if spec.argument is Argument.ENTRE:
            group = _expand(self._after_word(view, after, end, ("entre",), gap=2))
            return [(a, b, False) for n, a in enumerate(group) for b in group[n + 1 :] if a.cluster != b.cluster]
        subjects = _expand(self.subjects(view, cue, start))
        if spec.argument is Argument.AGENT_DE:  # « Y est dans le collimateur de X »: X aims at Y
            agents = _expand(self._after_word(view, after, end, DE, gap=1))
            return [(a, s, False) for a in agents for s in subjects]
        if not subjects and _opening_participle(view, cue):
            agents = self.passive_agents(view, cue, spec, after, end)
            if agents:  # « Financé par X, Y entre en politique »
                return [(a, s, False) for a in agents for s in _expand(self._subject_after(view, self._phrase_end(view, agents[-1].end)))]
        if _is_passive(cue):
            subjects = _expand(self._proxy_subject(view, start, cue)) or subjects
            return [(a, s, False) for a in self.passive_agents(view, cue, spec, after, end) for s in subjects]
        if spec.pos is CuePos.NOUN:
            sources, targets = self.nominal(view, cue, spec, subjects, start, after, end)
            return self._pairs(view, sources, targets)
        dative = _dative_clitic(view, cue, start)
        if spec.argument is Argument.A and dative is not None:
            # « Y lui rendrait visite »: « lui » is the party; an « à » after the cue is a place
            targets = [view.at[dative]] if dative in view.at else self._speaker(view, start)
            subjects = [s for s in subjects if dative not in range(s.start, s.end)]
        elif spec.argument is Argument.OBJ:
            # one meets a person, not their account or their policy: no proxy for a meeting
            proxies = spec.relation is not RelationType.MET
            targets = self._right_after(view, after, end, proxies) or self._relative_object(view, cue, start, after, end)
            if not targets and spec.relation in (RelationType.CRITICISED, RelationType.ENDORSED):
                targets = self._decided_by(view, after, end)
        else:
            targets = self._after_word(view, after, end, spec.argument.words, gap=MAX_GAP)
        targets = _expand(targets)
        if not subjects and targets and _opening_infinitive(view, cue):
            subjects = _expand(self._subject_after(view, targets[-1].end))
        if spec.source is Source.OBJECTS and not subjects:
            # « un déjeuner réunissant X et Y »: those named are together
            return [(a, b, False) for n, a in enumerate(targets) for b in targets[n + 1 :] if a.cluster != b.cluster]
        reciprocal = spec.argument is Argument.AVEC and (
            _reflexive(view.doc, cue) or _coordinated(view.doc, self.subjects(view, cue, start)) or _together(view, after, end)
        )
        if not targets and spec.relation is RelationType.MET and reciprocal and len(subjects) >= 2:
            # "les deux hommes se sont rencontrés", "Musk et Trump parlent de ...": with each other
            return [(a, b, False) for n, a in enumerate(subjects) for b in subjects[n + 1 :]]
        return self._pairs(view, subjects, targets)

    def _phrase_end(self, view: SentenceView, i: int) -> int:
        """The comma that closes an opening phrase, from token i on (« Financé par X depuis 2020, »)."""
        while i < view.sent.end and view.doc[i].text != "," and view.doc[i].pos_ not in ("VERB", "AUX"):
            i += 1
        return i

    def _pairs(self, view: SentenceView, sources: list[Slot], targets: list[Slot]) -> list[tuple[Slot, Slot, bool]]:
        return [(s, t, party_negated(view.doc, t.start, view.sent.start)) for s in sources for t in targets]

    def passive_agents(self, view: SentenceView, cue: Token, spec: Cue, after: int, end: int) -> list[Slot]:
        """The agent of a passive: « par Y »; for a ban, also the platform it is banned from
        (« X a été banni de Twitter », « X est suspendu de Facebook »)."""
        agents = self._after_word(view, after, end, ("par",), gap=MAX_GAP)
        if not agents and spec.relation is RelationType.BANNED:
            agents = [s for s in self._after_word(view, after, end, DE, gap=MAX_GAP) if s.kind is EntityKind.ORGANISATION]
        return _expand(agents)

    def nominal(
        self, view: SentenceView, cue: Token, spec: Cue, subjects: list[Slot], start: int, after: int, end: int
    ) -> tuple[list[Slot], list[Slot]]:
        """(sources, targets) of a relation noun, by its frame:

        - ``de`` source: « le soutien de X à Y », « les critiques de X contre Y »; without its
          « de X », the subject of a support verb (« X a apporté son soutien à Y »);
        - a ban: « la suspension du compte de X par Y »; without « par Y », the subject of a
          support verb (« Y a annoncé l'exclusion de X »), never of another verb (« Z a dénoncé
          la suspension de X » says nothing of who banned X);
        - ``holder``: « X, un ancien critique de Y », « X est un partisan de Y »;
        - otherwise the subject of the clause (« X a eu une rencontre avec Y »).
        """
        words = spec.argument.words
        if spec.source is Source.DE:
            agents = self._after_word(view, after, end, DE, gap=2)
            if agents:
                targets = self._after_word(view, agents[-1].end, end, words, gap=2)
                if not targets and self._governing_verb(view, cue, start) in receiving_verbs():
                    targets = subjects  # « X a reçu le soutien de Y », « X a essuyé les critiques de Y »
                return _expand(agents), _expand(targets)
            targets = self._after_word(view, after, end, words, gap=2 if len(spec.argument.value.split()) == 1 else 4)
            return (subjects if self._supported(view, cue, start) else []), _expand(targets)
        gap = 2 if spec.argument is Argument.DE else 3 if len(spec.argument.value.split()) > 1 else 1
        targets = _expand(self._after_word(view, after, end, words, gap=gap))
        if spec.relation is RelationType.BANNED:
            agents = self._after_word(view, targets[-1].end, end, ("par",), gap=MAX_GAP) if targets else []
            if agents:
                return _expand(agents), targets
            return (subjects if self._supported(view, cue, start) else []), targets
        if spec.source is Source.HOLDER:
            if not _describes(view, cue, start):
                return [], targets
            if not subjects and targets and _opening_copula(view, cue):
                subjects = _expand(self._subject_after(view, self._phrase_end(view, targets[-1].end)))
            return subjects, targets
        return subjects, targets

    def _supported(self, view: SentenceView, cue: Token, start: int) -> bool:
        """The noun is the object of a support verb (« a annoncé la suspension », « a apporté son
        soutien », « a procédé au blocage »)."""
        return self._governing_verb(view, cue, start) in support_verbs()

    def _governing_verb(self, view: SentenceView, cue: Token, start: int) -> str:
        """The lemma of the verb nearest before a noun in its clause, with no party in between
        (« fait l'objet de »: « objet »), or ""."""
        doc = view.doc
        for j in range(cue.i - 1, start - 1, -1):
            if j in view.at:
                return ""
            if doc[j].pos_ == "VERB" or doc[j].lower_ == "objet":
                return doc[j].lemma_.lower()
        return ""

    def _relative_object(self, view: SentenceView, cue: Token, start: int, after: int, end: int) -> list[Slot]:
        """« Y, que X a attaqué »: the antecedent of a relative « que » is the object; « Z, dont X a
        appuyé la candidature »: the antecedent of « dont » owns the object."""
        doc = view.doc
        subjects = _last_group(doc, self._nearby_subjects(view, cue, start), cue)
        j = (subjects[0].start if subjects else cue.i) - 1
        while j > view.sent.start and (doc[j].pos_ in ("DET", "AUX", "ADV") or j in view.hidden) and j not in view.at:
            j -= 1
        pronoun = doc[j].lower_ if j > view.sent.start else ""
        if pronoun == "dont":
            k = after
            while k < end and (_determiner(doc[k]) or doc[k].pos_ == "ADV") and k not in view.at:
                k += 1
            if k >= end or doc[k].lemma_.lower() not in party_actions() or (k + 1 < end and doc[k + 1].lower_ in DE):
                return []
        elif pronoun not in ("que", "qu'", "qu’"):
            return []
        k = j - 1
        while k >= view.sent.start and doc[k].text == ",":
            k -= 1
        if k == j - 1:  # « Y, que ... »: the relative follows its antecedent and a comma
            return []
        slot = view.at.get(k)
        return [slot] if slot is not None and slot.kind in PARTIES else []

    def _examples(self, view: SentenceView, k: int, end: int) -> list[Slot]:
        """« de nombreuses plateformes, notamment Facebook, Instagram et Twitter »: a group
        named by a plural noun, then its members after « notamment », « comme », « dont »."""
        doc = view.doc
        while k < end and doc[k].pos_ in ("ADJ", "DET") and k not in view.at:
            k += 1  # « de nombreuses plateformes »
        if k >= end or doc[k].pos_ != "NOUN" or "Plur" not in doc[k].morph.get("Number"):
            return []
        j = k + 1
        while j < min(k + 8, end) and j not in view.at and doc[j].lower_ not in EXAMPLES:
            if doc[j].pos_ not in ("NOUN", "ADJ", "ADP", "DET", "PUNCT") or doc[j].text in CLAUSE_BREAKS:
                return []
            j += 1
        if j >= end or doc[j].lower_ not in EXAMPLES:
            return []
        j += 1
        while j < end and (_determiner(doc[j]) or doc[j].text == ",") and j not in view.at:
            j += 1
        return view.group_at(j, end)

    def _proxy_subject(self, view: SentenceView, start: int, cue: Token) -> list[Slot]:
        """« Les comptes Facebook et Instagram de X ont été suspendus »: the owner named after a
        proxy noun that opens the clause (``party_actions.txt``) is the subject."""
        doc = view.doc
        i = start
        while i < cue.i and (_determiner(doc[i]) or doc[i].pos_ == "ADJ") and i not in view.at:
            i += 1
        if i >= cue.i or i in view.at or doc[i].lemma_.lower() not in party_actions():
            return []
        return [s for s in self._actions_of(view, i, cue.i) if s.kind in PARTIES]

    def subjects(self, view: SentenceView, cue: Token, clause_start: int) -> list[Slot]:
        """Person and organisation mentions before the cue that can be its subject; in a
        relative clause (« X, qui a critiqué Y »), the mention the « qui » stands for, which in a
        cleft (« c'est X et Y qui ... ») is the whole group after « c'est »."""
        out: list[Slot] = self._controller(view, cue) or self._nearby_subjects(view, cue, clause_start)
        if not out and clause_start > view.sent.start and view.doc[clause_start - 1].lower_ == "qui":
            out = self._cleft_focus(view, clause_start - 1)
        if not out and clause_start > view.sent.start and view.doc[clause_start - 1].lower_ == "qui":
            j = clause_start - 2
            while j >= view.sent.start and view.doc[j].text == ",":
                j -= 1
            slot = view.at.get(j)
            if slot is not None and view.preceded_by_preposition(slot):
                # « de la part de X, présidente du groupe Y, qui ... »: the person the apposition describes
                person = _before_apposition(view, slot)
                out = [person] if person is not None else []
            elif slot is not None and slot.kind in PARTIES:
                out = [slot]
        if not out and _gerund(view, cue):
            out = self._main_subject(view, cue)
        return out

    def _controller(self, view: SentenceView, cue: Token) -> list[Slot]:
        """« la décision de X de bloquer Y », « leur volonté de ... », « c'est au tour de X de
        fermer Y »: the « de X » of a noun of decision, intent or refusal (``modality.tsv``) is
        the subject of the infinitive it governs."""
        doc = view.doc
        j = cue.i - 1
        while j > view.sent.start and doc[j].pos_ in ("ADV", "PRON") and j not in view.at:
            j -= 1  # « de le suspendre », « de ne pas »
        if j <= view.sent.start or doc[j].lower_ not in DE or "Inf" not in cue.morph.get("VerbForm"):
            return []
        slot = view.at.get(j - 1)
        if slot is None or slot.kind not in PARTIES:
            return []
        k = slot.start - 1
        while k > view.sent.start and _determiner(doc[k]) and k not in view.at:
            k -= 1
        if doc[k].lower_ not in DE or k == view.sent.start:
            return []
        nouns = {w for effect in ("decision", "intent", "refusal") for w in modality_words().get(effect, ())}
        return view.group_at(slot.start, j) if doc[k - 1].lemma_.lower() in nouns else []

    def _main_subject(self, view: SentenceView, cue: Token) -> list[Slot]:
        """The subject that opens the sentence, for a gerund or a present participle set off by a
        comma (« X a quitté la plateforme, accusant Y de censure »)."""
        i = view.sent.start
        while i < cue.i and (_determiner(view.doc[i]) or view.doc[i].pos_ == "ADV") and i not in view.at:
            i += 1
        group = view.group_at(i, cue.i)
        if not group or any(s.kind not in PARTIES for s in group):
            return []
        after = group[-1].end
        verb = next((t for t in view.doc[after : cue.i] if t.pos_ in ("VERB", "AUX")), None)
        return group if verb is not None and verb.i < cue.i else []

    def _speaker(self, view: SentenceView, clause_start: int) -> list[Slot]:
        """« X a noté que Y lui rendrait visite »: the person whose words the clause reports,
        named as the subject of a verb of saying right before its « que ». A verb of saying
        with a hearer (« a dit à Z que ») leaves the « lui » ambiguous: no one."""
        doc = view.doc
        que = clause_start - 1
        if que <= view.sent.start or doc[que].lower_ not in ("que", "qu'", "qu’"):
            return []
        verb = que - 1
        while verb > view.sent.start and doc[verb].pos_ == "ADV" and verb not in view.at:
            verb -= 1
        if doc[verb].pos_ != "VERB" or doc[verb].lemma_.lower() not in modality_words().get("reporting", frozenset()):
            return []
        j = verb - 1
        while j >= view.sent.start and (doc[j].pos_ in ("AUX", "ADV") or doc[j].lower_ in ("lui", "leur")) and j not in view.at:
            j -= 1
        slot = view.at.get(j)
        if slot is None or slot.kind is not EntityKind.PERSON or slot.others or view.preceded_by_preposition(slot):
            return []
        return [slot]

    def _cleft_focus(self, view: SentenceView, qui: int) -> list[Slot]:
        """« c'est X, directrice de Y, qui s'y est rendue »: the « qui » of a cleft stands for the
        mentions right after « c'est » / « ce sont », whatever apposition follows them."""
        doc = view.doc
        for p in range(qui - 2, view.sent.start - 1, -1):
            if doc[p].lower_ in CE and doc[p + 1].lemma_.lower() == "être":
                j = p + 2
                while j < qui and _determiner(doc[j]) and j not in view.at:
                    j += 1
                group = [s for s in view.group_at(j, qui) if s.kind in PARTIES]
                if not group:
                    return []
                between = doc[group[-1].end : qui]
                if any(t.pos_ in ("VERB", "AUX") or t.text in CLAUSE_BREAKS or t.lower_ in SUBORDINATORS for t in between):
                    return []
                return group
            if doc[p].pos_ in ("VERB", "AUX") and doc[p].lemma_.lower() != "être":
                return []
        return []

    def _subject_after(self, view: SentenceView, i: int) -> list[Slot]:
        """« Bien avant de soutenir Trump, Musk s'est tourné... »: an infinitive clause that opens
        the sentence takes the subject named right after its comma."""
        doc = view.doc
        if i >= view.sent.end or doc[i].text != ",":
            return []
        j = i + 1
        while j < view.sent.end and _determiner(doc[j]) and j not in view.at:
            j += 1
        return [s for s in view.group_at(j, view.sent.end) if s.kind in PARTIES]

    def _nearby_subjects(self, view: SentenceView, cue: Token, clause_start: int) -> list[Slot]:
        out: list[Slot] = []
        for slot in sorted({s for i, s in view.at.items() if clause_start <= i < cue.i}, key=lambda s: s.start):
            if slot.end > cue.i or slot.kind not in PARTIES:
                continue
            if view.preceded_by_preposition(slot) and not self._comitative(view, slot, out, cue):
                continue
            if view.governed_by_verb(slot, clause_start) or _names_a_proxy(view, slot):
                continue
            out.append(slot)
        return out

    def _comitative(self, view: SentenceView, slot: Slot, before: list[Slot], cue: Token) -> bool:
        """« Facebook, avec Google et Apple, sont dans le collimateur de X »: an « avec » group
        set off by commas right after a subject, with a plural verb, is part of the subject."""
        doc = view.doc
        j = slot.start - 1
        while j > view.sent.start and doc[j].pos_ == "DET" and j not in view.at:
            j -= 1
        if doc[j].lower_ != "avec" or j < 2 or doc[j - 1].text != "," or not before or before[-1].end != j - 1:
            return False
        group = view.group_at(slot.start, cue.i)
        close = group[-1].end if group else slot.end
        if close >= cue.i or doc[close].text != ",":
            return False
        verb = next((t for t in doc[close + 1 : cue.i + 1] if t.pos_ in ("AUX", "VERB")), None)
        return verb is not None and "Plur" in verb.morph.get("Number")

    def _right_after(self, view: SentenceView, i: int, end: int, proxies: bool = True) -> list[Slot]:
        """The group that is the direct object: after adverbs, dates, incises, adverbial phrases
        (« de manière permanente ») and places (« à l'Élysée », « en France »), with the role
        nouns before a name (« le milliardaire X »); or, through a proxy noun, its owner."""
        i = _past_adjuncts(view, i, end)
        j = i
        while j < end and _determiner(view.doc[j]) and j not in view.at:
            j += 1
        j = _past_role_nouns(view, j, end)
        named = _appositive_name(view, i, end)
        found = view.group_at(i, end) or (view.group_at(j, end) if j in view.at else []) or (
            view.group_at(named, end) if named is not None else []
        )
        if not found and proxies:
            found = self._actions_of(view, i, end)
        return [s for s in found if s.kind in PARTIES]

    def _decided_by(self, view: SentenceView, i: int, end: int) -> list[Slot]:
        """« a dénoncé l'interdiction de Y décidée par X »: who made what is criticised or praised."""
        doc = view.doc
        while i < end and _determiner(doc[i]) and i not in view.at:
            i += 1
        if i >= end or doc[i].pos_ != "NOUN":
            return []
        for j in range(i + 1, min(i + 8, end - 1)):
            token = doc[j]
            if token.pos_ == "VERB" and "Part" in token.morph.get("VerbForm") and doc[j + 1].lower_ == "par":
                k = j + 2
                while k < end and _determiner(doc[k]) and k not in view.at:
                    k += 1
                return [s for s in view.group_at(_past_role_nouns(view, k, end), end) if s.kind in PARTIES]
            if token.text in CLAUSE_BREAKS or (token.pos_ in ("VERB", "AUX") and "Part" not in token.morph.get("VerbForm")):
                return []
        return []

    def _actions_of(self, view: SentenceView, i: int, end: int) -> list[Slot]:
        """« la politique de X », « les mesures prises par X »: X, whose actions are aimed at."""
        doc = view.doc
        while i < end and doc[i].pos_ == "DET" and i not in view.at:
            i += 1
        if i >= end or i in view.at or doc[i].lemma_.lower() not in party_actions():
            return []
        j = i + 1
        while j < end and doc[j].pos_ == "ADJ" and j not in view.at:
            j += 1
        if j in view.at and view.at[j].kind is EntityKind.ORGANISATION:
            # « les comptes Facebook et Instagram de X »: the platforms name the accounts
            platforms = view.group_at(j, end)
            k = platforms[-1].end if platforms else j
            if k < end and doc[k].lower_ in DE:
                j = k
        if j + 1 < end and doc[j].pos_ == "VERB" and "Part" in doc[j].morph.get("VerbForm") and doc[j + 1].lower_ == "par":
            j += 2  # « les mesures prises par X », « la décision annoncée par X »
        elif j < end and doc[j].lower_ in DE:
            j += 1
        elif j < end and doc[i].lemma_.lower() == "accès" and doc[j].lower_ in ("à", "au", "aux"):
            j += 1  # « couper l'accès à X »
        else:
            return []
        while j < end and _determiner(doc[j]) and j not in view.at:
            j += 1
        return view.group_at(j, end)

    def _after_word(self, view: SentenceView, i: int, end: int, words: tuple[str, ...], gap: int) -> list[Slot]:
        limit = min(i + gap + 1, end)
        j = i - 1
        while j + 1 < limit:
            j += 1
            token = view.doc[j]
            if j in view.hidden:
                limit = min(limit + 1, end)
                continue
            if token.lower_ in words:
                k = j + 1
                if token.lower_ in ("faveur", "encontre") and k < end and view.doc[k].lower_ in DE:
                    k += 1  # « en faveur de X », « à l'encontre de X »
                while k < end and _determiner(view.doc[k]) and k not in view.at:
                    k += 1
                named = _appositive_name(view, k, end)
                k = _past_role_nouns(view, k, end) if named is None else named
                found = view.group_at(k, end) or self._actions_of(view, k, end) or self._examples(view, k, end)
                return [s for s in found if s.kind in PARTIES]
            if token.text == "," and "par" in words and j + 2 < end and view.doc[j + 1].pos_ == "ADV":
                limit = min(limit + 2, end)  # « critiquée, notamment par Y »
                continue
            if j in view.at or token.pos_ == "PUNCT" or (token.pos_ == "VERB" and "Part" not in token.morph.get("VerbForm")):
                break  # a participle may stand between: « l'entretien prévu entre », « décidée par »
        return []

    def relation(
        self,
        view: SentenceView,
        cue: Token,
        spec: Cue,
        source: Slot,
        target: Slot,
        negated_party: bool,
        names: dict[str, str],
    ) -> LocalRelation:
        modality, attributed, tense = view.reading(cue, names)
        if spec.modality is not None and modality is Modality.ASSERTED:
            modality = spec.modality  # « inviter »: an invitation, not yet a meeting
        return LocalRelation(
            source=source.cluster,
            target=target.cluster,
            relation=spec.relation,
            modality=Modality.NEGATED if negated_party else modality,
            evidence=view.evidence(),
            cue=spec.lemma,
            source_text=source.text,
            target_text=target.text,
            attributed_to=attributed,
            tense=tense,
        )


def _title(token: Token) -> bool:
    """« M. », « Mme »: a title before a name that the recogniser left out of the mention."""
    return token.lower_ in titles()


def _determiner(token: Token) -> bool:
    return token.pos_ == "DET" or _title(token)


def _describes(view: SentenceView, cue: Token, start: int) -> bool:
    """A noun for a person describes the subject: in apposition (« X, un ancien critique de Y »)
    or after « être », « devenir », « rester » (« X est un fervent partisan de Y »)."""
    doc = view.doc
    j = cue.i - 1
    if j >= start and j not in view.at and doc[j].pos_ == "NOUN":
        j -= 1  # « un fervent partisan »: the tagger's noun for an adjective before the cue
    while j >= start and j not in view.at and (
        doc[j].pos_ in ("DET", "ADJ", "ADV", "NUM", "PRON") or doc[j].lower_ in DE or doc[j].lower_ in ("un", "une", "l'un", "l’un")
    ):
        j -= 1
    if j < start:
        return j >= view.sent.start and doc[j].text == "," and j - 1 in view.at
    if doc[j].text == ",":
        return j - 1 in view.at
    return doc[j].lemma_.lower() in COPULAS and doc[j].pos_ in ("AUX", "VERB")


#: Verbs after which a noun describes the subject (« X est un critique de Y »).
COPULAS = frozenset({"être", "devenir", "rester", "demeurer", "redevenir"})


#: Adverbial phrases that may stand between a verb and its object: word, word, then one more.
ADVERBIAL = (("de", "manière"), ("de", "façon"), ("à", "titre"), ("pour", "une"), ("sans", "limite"))
PLACE_PREPOSITIONS = frozenset({"à", "au", "aux", "en", "dans"})


def _past_adjuncts(view: SentenceView, i: int, end: int) -> int:
    """The token after adverbs, dates, incises, adverbial phrases and places that stand between a
    verb and its object (« a banni de manière permanente X », « recevra à l'Élysée le 23 mai X »)."""
    doc = view.doc
    while i < end and i not in view.at:
        token = doc[i]
        if token.pos_ in ("ADV", *DATE_POS) or _title(token) or i in view.hidden or _date_word(token):
            i += 1
        elif i + 2 < end and (token.lower_, doc[i + 1].lower_) in ADVERBIAL:
            i += 3
        elif token.lower_ in PLACE_PREPOSITIONS:
            k = i + 1
            while k < end and doc[k].pos_ == "DET" and k not in view.at:
                k += 1
            place = view.at.get(k)
            if place is None:
                break
            i = place.end  # « à l'Élysée », « en Russie »: a place, or a party that is not the object
        elif token.pos_ == "DET" and i + 1 < end and (_date_word(doc[i + 1]) or doc[i + 1].pos_ == "NUM"):
            i += 1  # « le 23 mai »
        else:
            break
    return i


@lru_cache(maxsize=1)
def _role_heads() -> frozenset[str]:
    """First words of the role nouns of ``role_nouns.tsv`` (« patron », « chef », « premier »)."""
    return frozenset(noun.split()[0] for noun in role_nouns())


def _appositive_name(view: SentenceView, i: int, end: int) -> Optional[int]:
    """« le patron de Pixelia, Daniel Kessler »: where the person named in apposition after a
    role description starting at token i begins, or None."""
    doc = view.doc
    j = i
    while j < end and _determiner(doc[j]) and j not in view.at:
        j += 1
    if j >= end or j in view.at or doc[j].lower_ not in _role_heads():
        return None
    for k in range(j + 1, min(j + 10, end - 1)):
        if k in view.at:
            continue
        token = doc[k]
        if token.text == ",":
            slot = view.at.get(k + 1)
            return k + 1 if slot is not None and slot.kind is EntityKind.PERSON else None
        if token.pos_ in ("VERB", "AUX", "PUNCT", "SCONJ", "PRON", "CCONJ"):
            return None
    return None


def _past_role_nouns(view: SentenceView, k: int, end: int) -> int:
    """« par le milliardaire Peter Thiel », « par la maison-mère Meta »: up to two nouns or
    adjectives standing right before a mention describe it; the mention is the party."""
    for n in range(1, 3):
        words = view.doc[k : k + n]
        if k + n >= end or any(i in view.at or t.pos_ not in ("NOUN", "ADJ") for i, t in zip(range(k, k + n), words)):
            break
        if k + n in view.at and view.doc[k + n - 1].lemma_.lower() not in party_actions():
            return k + n
    return k


def _before_apposition(view: SentenceView, slot: Slot) -> Optional[Slot]:
    """« X, propriétaire de Y, qui ... »: the person before the apposition that holds ``slot``."""
    doc = view.doc
    j = slot.start - 1
    while j > view.sent.start and doc[j].text != ",":
        if doc[j].pos_ in ("VERB", "AUX", "PUNCT") or (j in view.at and view.at[j] is not slot and view.at[j].kind is EntityKind.PERSON):
            return None
        j -= 1
    before = view.at.get(j - 1)
    return before if before is not None and before.kind is EntityKind.PERSON else None


def _gerund(view: SentenceView, cue: Token) -> bool:
    """« en appelant », « , accusant »: a present participle after « en » or a comma."""
    if not cue.lower_.endswith("ant") or cue.pos_ not in ("VERB", "AUX"):
        return False
    j = cue.i - 1
    while j > view.sent.start and view.doc[j].pos_ in ("PRON", "ADV"):
        j -= 1
    return view.doc[j].lower_ == "en" or view.doc[j].text == ","


def _together(view: SentenceView, after: int, end: int) -> bool:
    """« les deux hommes ont déjeuné ensemble »: the subjects did it with each other."""
    return any(t.lower_ == "ensemble" for t in view.doc[after : min(after + 3, end)])


def _names_a_proxy(view: SentenceView, slot: Slot) -> bool:
    """« le compte Twitter », « la chaîne YouTube »: a platform named after a proxy noun names
    where the account is, not a party."""
    j = slot.start - 1
    while j >= view.sent.start and view.doc[j].pos_ == "ADJ" and j not in view.at:
        j -= 1
    return j >= view.sent.start and j not in view.at and view.doc[j].lemma_.lower() in party_actions()


def _date_word(token: Token) -> bool:
    """A day or month name between a verb and its object (« a bloqué mercredi le compte de X »)."""
    return token.lower_ in date_words()


def _lemmas(token: Token) -> list[str]:
    """The words a cue may be looked up by: the lemma, the form, and for a participle after an
    auxiliary that the tagger took for a noun (« a déjeuné »), its infinitive."""
    out = [token.lemma_.lower()]
    if token.lower_ not in out:
        out.append(token.lower_)
    rest = _after_past_prefix(token.lower_)
    if rest:
        out.append(rest)  # « ex-critique »
    if token.i > 0 and token.doc[token.i - 1].pos_ == "AUX" and token.pos_ != "VERB":
        infinitive = _infinitive_of_participle(token.lower_)
        if infinitive and infinitive not in out:
            out.append(infinitive)
    return out


def _word_forms(word: str) -> tuple[str, ...]:
    """The forms :func:`_lemmas` may look a word up by, besides its lemma."""
    return tuple(f for f in (word, _after_past_prefix(word), _infinitive_of_participle(word)) if f)


def _after_past_prefix(word: str) -> Optional[str]:
    """« critique » for « ex-critique »: the word after a prefix that puts it in the past."""
    prefix, dash, rest = word.partition("-")
    return rest if dash and rest and prefix in modality_words().get("past", frozenset()) else None


def _infinitive_of_participle(word: str) -> Optional[str]:
    """« déjeuner » for « déjeuné(e)(s) »."""
    stem = word.rstrip("s").removesuffix("e")
    return stem[:-1] + "er" if stem.endswith("é") else None


def _coarse_pos(token: Token) -> str:
    """VERB or NOUN; a participle after an auxiliary is a verb even when tagged as a noun (« a
    déjeuné »), and so is a lower-case word the tagger took for a proper name (« recevra »)."""
    if token.pos_ in ("NOUN", "PROPN") and token.i > 0 and token.doc[token.i - 1].pos_ == "AUX":
        return "VERB"
    if token.pos_ == "PROPN" and token.text.islower() and token.lemma_.lower() != token.lower_:
        return "VERB"
    return "VERB" if token.pos_ in ("VERB", "AUX") else "NOUN" if token.pos_ in ("NOUN", "PROPN") else token.pos_


def _cue_words_follow(doc: Doc, token: Token, cue: Cue) -> bool:
    """For a multi-word cue ("rendre visite", "partager le pain"), the other words follow."""
    return _cue_end(doc, token, cue) is not None


def _cue_end(doc: Doc, token: Token, cue: Cue) -> Optional[int]:
    """The token after a cue's words, adverbs between them read past (« fait ouvertement
    campagne pour »), or None where its words do not follow."""
    j = token.i + 1
    for word in cue.words[1:]:
        while j < len(doc) and doc[j].pos_ == "ADV" and doc[j].lower_ != word:
            j += 1
        if j >= len(doc) or doc[j].lower_ != word:
            return None
        j += 1
    return j


def _opening_participle(view: SentenceView, cue: Token) -> bool:
    """A past participle that opens the sentence (« Financé par X, Y ... »)."""
    if "Part" not in cue.morph.get("VerbForm") and not cue.lower_.endswith(("é", "ée", "és", "ées", "i", "is", "u", "us", "it")):
        return False
    return all(t.pos_ in ("ADV", "PUNCT", "CCONJ") for t in view.doc[view.sent.start : cue.i])


def _opening_copula(view: SentenceView, cue: Token) -> bool:
    """« Après avoir été un opposant à X, Y ... »: an infinitive « être » opens the sentence."""
    verbs = [t for t in view.doc[view.sent.start : cue.i] if t.pos_ in ("VERB", "AUX")]
    return bool(verbs) and all(t.lemma_.lower() in COPULAS | {"avoir"} for t in verbs) and any(
        "Inf" in t.morph.get("VerbForm") for t in verbs
    )


def _opening_infinitive(view: SentenceView, cue: Token) -> bool:
    """An infinitive whose clause opens the sentence (« Bien avant de soutenir X, ... »)."""
    if "Inf" not in cue.morph.get("VerbForm"):
        return False
    return all(t.pos_ not in ("VERB", "AUX") for t in view.doc[view.sent.start : cue.i])


def _coordinated(doc: Doc, slots: list[Slot]) -> bool:
    """The mentions form one coordination ("Musk et Trump"): only commas and "et" between them."""
    if len(slots) < 2:
        return False
    return all(
        all(t.lower_ in LINKERS for t in doc[a.end : b.start]) and any(t.lower_ == "et" for t in doc[a.end : b.start])
        or all(t.text == "," for t in doc[a.end : b.start])
        for a, b in zip(slots, slots[1:])
    ) and any(t.lower_ == "et" for t in doc[slots[0].end : slots[-1].start])


def _clitics_precede(doc: Doc, token: Token, cue: Cue) -> bool:
    """The pronouns a cue needs stand just before it (« s'en est pris à »)."""
    window = {t.lower_.rstrip("'’") for t in doc[max(token.i - 3, 0) : token.i]}
    return all(c in window for c in cue.clitics)


def sentences(doc: Doc) -> list[Span]:
    """The sentences relations are read from: the parser's sentences, glued back together where
    it cut inside one (it often cuts before a proper name: « Mark » | « Zuckerberg est devenu »).

    A sentence ends at final punctuation, or at a line break (titles, captions).
    """
    out: list[Span] = []
    start: Optional[int] = None
    whole = doc_text(doc)
    sents = [s for s in doc.sents if whole[s.start_char : s.end_char].strip()]
    for n, sent in enumerate(sents):
        if start is None:
            start = sent.start
        nxt = sents[n + 1] if n + 1 < len(sents) else None
        text = whole[sent.start_char : sent.end_char].rstrip()
        between = whole[sent.start_char + len(text) : nxt.start_char] if nxt is not None else ""
        if nxt is None or text.endswith(FINAL_PUNCT) or "\n" in between:
            out.append(doc[start : sent.end])
            start = None
    return out


def _is_passive(cue: Token) -> bool:
    """« a été banni par »; a reflexive « s'en est pris à » only looks passive to the parser."""
    if _reflexive(cue.doc, cue) or cue.lemma_.lower() in etre_verbs():
        return False
    return cue.pos_ == "VERB" and any(c.dep_ in ("aux:pass",) for c in cue.children) or (
        cue.i >= 1 and cue.doc[cue.i - 1].lower_ == "été" and cue.morph.get("VerbForm") == ["Part"]
    )


def _dative_clitic(view: SentenceView, cue: Token, clause_start: int) -> Optional[int]:
    """The token of a « lui » that stands for the cue's « à » party (« Y lui rendrait visite »,
    « Y ne lui a pas rendu visite »): between the cue's subject and the cue, with only
    negation words and auxiliaries in between."""
    doc = view.doc
    j = cue.i - 1
    while j >= clause_start and (doc[j].pos_ == "AUX" or doc[j].lower_ in NE_WORDS) and j not in view.at:
        j -= 1
    if j >= clause_start and doc[j].lower_ == "lui":
        return j
    return None


def _reflexive(doc: Doc, cue: Token) -> bool:
    window = doc[max(cue.i - 3, 0) : cue.i]
    return any(t.lower_ in ("se", "s'", "s’") for t in window)


def _during(doc: Doc, j: int, sent_start: int) -> bool:
    """Token j ends « pendant », « durant », « lors de », « au cours de »."""
    if j < sent_start:
        return False
    if doc[j].lower_ in DURING:
        return True
    if doc[j].lower_ in DE and j - 1 >= sent_start:
        before = doc[j - 1].lower_
        return before == "lors" or (before == "cours" and j - 2 >= sent_start and doc[j - 2].lower_ == "au")
    return False


def _last_group(doc: Doc, subjects: list[Slot], cue: Token) -> list[Slot]:
    """The coordinated subjects nearest the cue (« X, Y et Z s'y sont rendus »), none of them the
    subject of another verb in between."""
    if not subjects or any(t.pos_ == "VERB" for t in doc[subjects[-1].end : cue.i]):
        return []
    group = [subjects[-1]]
    for slot in reversed(subjects[:-1]):
        if not all(t.lower_ in LINKERS for t in doc[slot.end : group[0].start]):
            break
        group.insert(0, slot)
    return group


def _is_meeting(event: Slot) -> bool:
    """An event whose participants meet: a meeting, dinner, interview, visit or summit."""
    cue = cue_of_name(event.text)
    return cue is not None and cue.type in GATHERINGS


def _attendees(relations: list[LocalRelation]) -> dict[tuple[str, int], list[Slot]]:
    """The people the event reader found taking part (asserted) in each event, by (event,
    sentence offset)."""
    out: dict[tuple[str, int], list[Slot]] = {}
    for r in relations:
        if r.relation is RelationType.PARTICIPATED_IN and r.modality is Modality.ASSERTED:
            slot = Slot(0, 0, r.source, EntityKind.PERSON, r.source_text)
            out.setdefault((r.target, r.evidence.start), []).append(slot)
    return out


def _unique(relations: list[LocalRelation]) -> list[LocalRelation]:
    """One relation per (source, target, type, sentence); a met pair counts once either way."""
    seen: set[tuple[str, str, str, int]] = set()
    out = []
    for r in relations:
        if r.source == r.target:
            continue
        a, b = (sorted((r.source, r.target)) if r.relation is RelationType.MET else (r.source, r.target))
        key = (a, b, r.relation.value, r.evidence.start)
        if key in seen:
            continue
        seen.add(key)
        out.append(r)
    return out


@Language.factory(
    "techpolgraph_relations",
    default_config={"cues": "relation_cues.tsv", "arguments": DEFAULT_STRATEGY},
    requires=["doc._.tpg_mentions", "doc._.tpg_entities"],
    assigns=["doc._.tpg_relations"],
)
def make_relation_extractor(nlp: Language, name: str, cues: str, arguments: str) -> RelationExtractor:
    """Typed relations between resolved mentions (cue list: package data or a user's file;
    ``arguments``: how a cue's parties are read, one of :data:`STRATEGIES`)."""
    return RelationExtractor(nlp, name, cues, arguments)


def document_relations(doc: Doc) -> list[LocalRelation]:
    """The relations the extractor found in a processed doc, as records."""
    return [LocalRelation.model_validate(r) for r in doc._.tpg_relations or []]
