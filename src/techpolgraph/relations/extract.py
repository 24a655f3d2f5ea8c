"""Typed relations from sentences: who met, criticised, banned or endorsed whom.

``fr_core_news_md`` parses before it recognises entities, and often mis-attaches proper names
("Macron a rencontré Musk." gives both names ``nsubj``). The extractor therefore reads the
arguments of a cue from the *resolved mentions around it within its clause*, with the parse
used only where it is reliable (parts of speech, mood, auxiliaries):

- the clause of a cue runs between subordinators, relative pronouns and strong punctuation;
- the source is the group of person or organisation mentions before the cue in its clause
  that are not governed by a preposition or by another verb ("Zuckerberg, 40 ans, avait dîné
  avec Trump"; "Une soixantaine de leaders, dont X, Y et Z, se sont rendus à Paris pour
  s'entretenir avec W" gives X, Y and Z);
- the target is the coordinated group right after the cue, after its preposition ("avec",
  "à", "de") where the cue takes one; "entre X et Y" names both parties of a meeting;
- a passive ("Trump a été banni par Y") swaps the two sides; without an agent, no edge.

Each relation gets its modality (:mod:`.modality`), its evidence sentence and offsets.
The component ``techpolgraph_relations`` writes ``doc._.tpg_relations``.
"""

from __future__ import annotations

from dataclasses import dataclass
from typing import Optional

from spacy.language import Language
from spacy.tokens import Doc, Span, Token

from ..models import EntityKind, Evidence, LocalRelation, Modality, RelationType, Tense
from .cues import Cue, CueTable
from .events import event_relations
from .modality import attribution, modality_of, party_negated, tense_of

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
LINKERS = frozenset({",", "et", "ainsi", "que", "ni", "ou"})
PARTIES = frozenset({EntityKind.PERSON, EntityKind.ORGANISATION})
MAX_GAP = 4  # words allowed between a cue and its preposition ("s'est entretenu plusieurs fois avec")


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


class SentenceView:
    """A sentence with its resolved mentions, and the helpers the rules need."""

    def __init__(self, sent: Span, slots: list[Slot]) -> None:
        self.sent = sent
        self.doc = sent.doc
        self.slots = slots
        self.at: dict[int, Slot] = {}
        for slot in sorted(slots, key=lambda s: s.end - s.start):  # longest wins
            for i in range(slot.start, slot.end):
                self.at[i] = slot

    def clause(self, i: int) -> tuple[int, int]:
        """The token range of the clause around token i."""
        start, end = self.sent.start, self.sent.end
        for j in range(i - 1, self.sent.start - 1, -1):
            if self._breaks(j):
                start = j + 1
                break
        for j in range(i + 1, self.sent.end):
            if self._breaks(j):
                end = j
                break
        return start, end

    def _breaks(self, j: int) -> bool:
        token = self.doc[j]
        if token.text in CLAUSE_BREAKS:
            return True
        if token.lower_ in SUBORDINATORS and j not in self.at:
            # "dont X, Y et Z" lists members; it does not open a clause
            nxt = self._skip(j + 1, ("DET",))
            if token.lower_ == "dont" and nxt in self.at:
                return False
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
        j = i
        while j < limit and j in self.at:
            slot = self.at[j]
            group.append(slot)
            j = slot.end
            k = j
            while k < limit and self.doc[k].lower_ in LINKERS and k not in self.at:
                k += 1
            if k == j or k >= limit or k not in self.at:
                break
            j = k
        return group

    def preceded_by_preposition(self, slot: Slot) -> bool:
        j = slot.start - 1
        while j >= self.sent.start and self.doc[j].pos_ == "DET":
            j -= 1
        return j >= self.sent.start and self.doc[j].lower_ in PREPOSITIONS

    def governed_by_verb(self, slot: Slot, clause_start: int) -> bool:
        """A mention right after a (non-auxiliary) verb is that verb's object, not a subject."""
        j = slot.start - 1
        while j >= clause_start and self.doc[j].pos_ in ("ADV", "DET"):
            j -= 1
        return j >= clause_start and self.doc[j].pos_ == "VERB"


class RelationExtractor:
    """Finds typed relations between a document's resolved mentions (see the module docstring)."""

    def __init__(self, nlp: Language, name: str, cues: str) -> None:
        self.name = name
        self.table = CueTable.from_file(cues)

    def __call__(self, doc: Doc) -> Doc:
        kinds = {cid: EntityKind(e["kind"]) for cid, e in (doc._.tpg_entities or {}).items()}
        names = {cid: e["name"] for cid, e in (doc._.tpg_entities or {}).items()}
        slots = [
            Slot(start, end, cluster, kinds[cluster], doc[start:end].text)
            for start, end, cluster, _reason in (doc._.tpg_mentions or [])
            if cluster
        ]
        found: list[LocalRelation] = []
        for sent in doc.sents:
            inside = [s for s in slots if sent.start <= s.start and s.end <= sent.end]
            if len({s.cluster for s in inside}) < 2:
                continue
            view = SentenceView(sent, inside)
            found.extend(self.sentence_relations(view, names))
        found.extend(event_relations(doc))
        doc._.tpg_relations = [r.model_dump(mode="json") for r in _unique(found)]
        return doc

    # -- per sentence -----------------------------------------------------------------------
    def sentence_relations(self, view: SentenceView, names: dict[str, str]) -> list[LocalRelation]:
        out: list[LocalRelation] = []
        for token in view.sent:
            if token.i in view.at:
                continue
            for cue in self.table.for_lemma(token.lemma_) + (
                self.table.for_lemma(token.lower_) if token.lower_ != token.lemma_.lower() else []
            ):
                if cue.pos != _coarse_pos(token) or not _cue_words_follow(view.doc, token, cue):
                    continue
                for source, target, negated_party in self.arguments(view, token, cue):
                    if cue.relation is RelationType.MET and EntityKind.ORGANISATION in (source.kind, target.kind):
                        continue  # a meeting is between people
                    out.append(self.relation(view, token, cue, source, target, negated_party, names))
        return out

    def arguments(self, view: SentenceView, cue: Token, spec: Cue) -> list[tuple[Slot, Slot, bool]]:
        start, end = view.clause(cue.i)
        after = cue.i + len(spec.words)
        pairs: list[tuple[Slot, Slot, bool]] = []
        if spec.argument == "entre":
            group = self._after_word(view, after, end, ("entre",), gap=2)
            return [(a, b, False) for n, a in enumerate(group) for b in group[n + 1 :] if a.cluster != b.cluster]
        subjects = self.subjects(view, cue, start)
        if _is_passive(cue):
            agents = self._after_word(view, after, end, ("par",), gap=MAX_GAP)
            return [(a, s, False) for a in agents for s in subjects]
        if spec.argument == "obj":
            targets = self._right_after(view, after, end)
        else:
            words = {"avec": ("avec",), "à": ("à", "au", "aux"), "de": ("de", "d'", "d’", "du", "des")}[spec.argument]
            targets = self._after_word(view, after, end, words, gap=MAX_GAP if spec.pos == "VERB" else 1)
        if not targets and spec.relation is RelationType.MET and _reflexive(view.doc, cue) and len(subjects) >= 2:
            return [(a, b, False) for n, a in enumerate(subjects) for b in subjects[n + 1 :]]
        for s in subjects:
            for t in targets:
                pairs.append((s, t, party_negated(view.doc, t.start, view.sent.start)))
        return pairs

    def subjects(self, view: SentenceView, cue: Token, clause_start: int) -> list[Slot]:
        """Person and organisation mentions before the cue that can be its subject."""
        out: list[Slot] = []
        for slot in sorted({s for i, s in view.at.items() if clause_start <= i < cue.i}, key=lambda s: s.start):
            if slot.end > cue.i or slot.kind not in PARTIES:
                continue
            if view.preceded_by_preposition(slot) or view.governed_by_verb(slot, clause_start):
                continue
            out.append(slot)
        return out

    def _right_after(self, view: SentenceView, i: int, end: int) -> list[Slot]:
        while i < end and view.doc[i].pos_ in ("ADV",) and i not in view.at:
            i += 1
        return [s for s in view.group_at(i, end) if s.kind in PARTIES]

    def _after_word(self, view: SentenceView, i: int, end: int, words: tuple[str, ...], gap: int) -> list[Slot]:
        for j in range(i, min(i + gap + 1, end)):
            token = view.doc[j]
            if token.lower_ in words:
                k = j + 1
                while k < end and view.doc[k].pos_ == "DET" and k not in view.at:
                    k += 1
                return [s for s in view.group_at(k, end) if s.kind in PARTIES]
            if token.pos_ in ("VERB", "PUNCT") or j in view.at:
                break
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
        doc = view.doc
        sent = view.sent
        modality = Modality.NEGATED if negated_party else modality_of(cue, sent)
        attributed = attribution(sent, cue, view.at, names)
        tense: Optional[Tense] = tense_of(cue)
        return LocalRelation(
            source=source.cluster,
            target=target.cluster,
            relation=spec.relation,
            modality=modality,
            evidence=Evidence(doc=doc._.tpg_doc_id, sentence=sent.text.strip(), start=_strip_start(sent), end=_strip_end(sent)),
            cue=spec.lemma,
            source_text=source.text,
            target_text=target.text,
            attributed_to=attributed,
            tense=tense,
        )


def _coarse_pos(token: Token) -> str:
    return "VERB" if token.pos_ in ("VERB", "AUX") else "NOUN" if token.pos_ in ("NOUN", "PROPN") else token.pos_


def _cue_words_follow(doc: Doc, token: Token, cue: Cue) -> bool:
    """For a multi-word cue ("rendre visite", "partager le pain"), the other words follow."""
    words = cue.words[1:]
    following = [t.lower_ for t in doc[token.i + 1 : token.i + 1 + len(words)]]
    return following == list(words)


def _is_passive(cue: Token) -> bool:
    return cue.pos_ == "VERB" and any(c.dep_ in ("aux:pass",) for c in cue.children) or (
        cue.i >= 1 and cue.doc[cue.i - 1].lower_ == "été" and cue.morph.get("VerbForm") == ["Part"]
    )


def _reflexive(doc: Doc, cue: Token) -> bool:
    window = doc[max(cue.i - 3, 0) : cue.i]
    return any(t.lower_ in ("se", "s'", "s’") for t in window)


def _strip_start(sent: Span) -> int:
    text = sent.text
    return sent.start_char + (len(text) - len(text.lstrip()))


def _strip_end(sent: Span) -> int:
    text = sent.text
    return sent.end_char - (len(text) - len(text.rstrip()))


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
    default_config={"cues": "relation_cues.tsv"},
    requires=["doc._.tpg_mentions", "doc._.tpg_entities"],
    assigns=["doc._.tpg_relations"],
)
def make_relation_extractor(nlp: Language, name: str, cues: str) -> RelationExtractor:
    """Typed relations between resolved mentions (cue list: package data or a user's file)."""
    return RelationExtractor(nlp, name, cues)


def document_relations(doc: Doc) -> list[LocalRelation]:
    """The relations the extractor found in a processed doc, as records."""
    return [LocalRelation.model_validate(r) for r in doc._.tpg_relations or []]
