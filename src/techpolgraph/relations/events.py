"""Relations to events: who took part in which event (``participated_in``).

A person takes part in an event where the text names them as

- its participants, right after the event's words: « Dîner stratégique entre Mark Zuckerberg
  et Trump », « un dîner surprise avec la famille Moore »;
- its target: « la tentative d'assassinat contre Trump »;
- the subject of a verb of taking part that governs it (``event_verbs.txt``): « Trump a
  survécu à une tentative d'assassinat en juillet »; or the objects of such a verb whose
  subject is the event: « Le sommet du G7 a réuni Emmanuel Macron et Joe Biden »;
- the people a heading names after it: « Entretien sur X: Elon Musk et Donald Trump parlent... ».

Where a meeting event names two participants or more, they met: the event's words are a
meeting cue (« dîner entre A et B ») that the event now covers, so the ``met`` edge is given here.
"""

from __future__ import annotations

import datetime as dt
import functools
from typing import Optional

from spacy.tokens import Doc, Span, Token

from ..data import function_words, read_table
from ..models import EntityKind, Evidence, LocalRelation, Modality, RelationType
from ..nlp.events import MEETING_TYPES, cue_of_name, find_date
from ..nlp.text import span_text, tokens_text
from ..resolve.document import mention_refs
from .modality import HAPPENING, modality_of
from .cues import DE_FORMS
from .sentence import DURING, INDEFINITE_ARTICLES, evidence_of, is_possessive_determiner, past_bare_phrases, sentences

PARTY_WORDS = function_words("event_parties")
TARGET_WORDS = function_words("event_target")
LINKERS = function_words("coordinator")
MAX_HEAD_STEPS = 3


@functools.lru_cache(maxsize=4)
def event_verbs(path: str = "event_verbs.txt", role: str = "subject") -> frozenset[str]:
    """Lemmas of the verbs of taking part whose ``role`` (subject, object) took part."""
    return frozenset(row[0] for row in read_table(path) if len(row) > 1 and row[1] == role)


def event_relations(doc: Doc, sents: Optional[list[Span]] = None) -> list[LocalRelation]:
    """``participated_in`` relations (person -> event) of a processed doc, and ``met`` between
    the participants a meeting event names."""
    entities = doc._.tpg_entities or {}
    kinds = {cid: EntityKind(e["kind"]) for cid, e in entities.items()}
    at: dict[int, tuple[int, int, str]] = {}
    for start, end, cluster, _reason in mention_refs(doc):
        if cluster:
            for i in range(start, end):
                at.setdefault(i, (start, end, cluster))

    if sents is None:
        sents = sentences(doc)
    out: list[LocalRelation] = []
    evidences: dict[int, Evidence] = {}  # by sentence start: one per sentence, shared by its relations

    def evidence(sent: Span) -> Evidence:
        found = evidences.get(sent.start)
        if found is None:
            found = evidences[sent.start] = evidence_of(sent)
        return found

    modalities: dict[tuple[int, int, int], Modality] = {}  # by token and sentence: an event's word is read once

    def modality(token: Token, sent: Span) -> Modality:
        key = (token.i, sent.start, sent.end)
        found = modalities.get(key)
        if found is None:
            found = modalities[key] = modality_of(token, sent)
        return found
    for start, end, cluster, _reason in mention_refs(doc):
        if kinds.get(cluster) is not EntityKind.EVENT:
            continue
        event = doc[start:end]
        sent = next((s for s in sents if s.start <= start and end <= s.end), None)
        if sent is None:  # not given as the default above: ``Span.sent`` walks the sentence
            sent = event.sent
        after = past_bare_phrases(doc, event.end, sent.end, at)  # « une conversation en direct avec A »: its complements' start
        people = _participants(doc, event, sent, at, kinds, after)
        event_text = span_text(event)
        when = _event_date(event_text, doc._.tpg_date)
        anchor = _governing_verb(event) or event.root
        if people:  # read once for all the people of the event
            # « a annulé sa rencontre avec Y »: the event's own words first, then its verb's
            own = modality(event[0], sent)
            governed = modality(anchor, sent) if own is Modality.ASSERTED else own
            if governed is Modality.NEGATED and _said_of_it(event, anchor):
                governed = own  # « la rencontre n'a pas de précédent »: the meeting is not denied
            reading = (governed, evidence(sent))
        for person_start, person_end, person in people:
            texts = (tokens_text(doc, person_start, person_end), event_text)
            out.append(_relation(anchor, (person, cluster), RelationType.PARTICIPATED_IN, texts, when, reading))
        cue = cue_of_name(event_text)
        named = _after(doc, event.end, sent, at, kinds, PARTY_WORDS)
        if cue is not None and cue.type in MEETING_TYPES and named:
            reading = (modality(event[0], sent), evidence(sent))
            for a, b in _meeting_pairs(doc, event, sent, at, kinds, named, after):
                texts = (tokens_text(doc, a[0], a[1]), tokens_text(doc, b[0], b[1]))
                out.append(_relation(event[0], (a[2], b[2]), RelationType.MET, texts, when, reading))
    return out


Found = tuple[int, int, str]  # start token, end token, cluster


def _participants(doc: Doc, event: Span, sent: Span, at: dict[int, Found], kinds: dict[str, EntityKind], after: int) -> list[Found]:
    """The people an event names as taking part: those its complements name from token
    ``after`` on, its owner or the subject after its opening phrase, and the subjects and
    heading that tell of it."""
    found = _after(doc, after, sent, at, kinds, PARTY_WORDS) + _after(doc, after, sent, at, kinds, TARGET_WORDS)
    if found:
        found += _owner(doc, event, sent, at, kinds) or _subject_after_phrase(doc, event, sent, at, kinds, found, after)
    found += _subjects(doc, event, sent, at, kinds)
    found += _heading(doc, event, sent, at, kinds)
    unique: dict[str, Found] = {}
    for item in found:
        unique.setdefault(item[2], item)
    return sorted(unique.values())


def _meeting_pairs(doc: Doc, event: Span, sent: Span, at: dict[int, Found], kinds: dict[str, EntityKind], named: list[Found], after: int) -> list[tuple[Found, Found]]:
    """Who met at a meeting event: those « entre » names, each with the others (« un dîner entre
    A et B »); those « avec » names, each with the one whose meeting it is (« sa rencontre de mars
    avec A »), not with each other (« la rencontre avec A et B » may be a third person's with each)."""
    if doc[after].lower_ == "avec":
        owners = _owner(doc, event, sent, at, kinds) or _subject_after_phrase(doc, event, sent, at, kinds, named, after)
        return [(o, n) for o in owners for n in named if o[2] != n[2]]
    return [(a, b) for i, a in enumerate(named) for b in named[i + 1 :] if a[2] != b[2]]


def _subject_after_phrase(doc: Doc, event: Span, sent: Span, at: dict[int, Found], kinds: dict[str, EntityKind], named: list[Found], after: int) -> list[Found]:
    """« Lors de son entrevue avec A, B a évoqué ... »: the meeting owned by a possessive in an
    opening phrase is the person's named right after the phrase's comma; so is a meeting with an
    indefinite article whose other side is people (« Lors d'un entretien avec A, B a évoqué »; not
    « lors d'un entretien avec un journal »)."""
    j = named[-1][1] if named else after
    if event.start < 1 or j + 1 >= sent.end or doc[j].text != ",":
        return []
    before = doc[event.start - 1]
    if not is_possessive_determiner(before):
        indefinite = before.lower_ in INDEFINITE_ARTICLES and before.i > sent.start and (doc[before.i - 1].lower_ in DE_FORMS or doc[before.i - 1].lower_ in DURING)
        if not indefinite or not named or any(kinds.get(n[2]) is not EntityKind.PERSON for n in named):
            return []
    if any(doc[n].text == "," for n in range(sent.start, event.start)):
        return []  # not an opening phrase
    found = at.get(j + 1)
    return [found] if found is not None and found[0] == j + 1 and kinds.get(found[2]) is EntityKind.PERSON else []


def _owner(doc: Doc, event: Span, sent: Span, at: dict[int, Found], kinds: dict[str, EntityKind]) -> list[Found]:
    """The person a possessive before the event stands for: the subject of the verb that governs
    it (« X a raconté sa rencontre de mars 2019 avec Y »: X)."""
    j = event.start - 1
    verb = _governing_verb(event)
    if j < sent.start or not is_possessive_determiner(doc[j]) or verb is None:
        return []
    for child in verb.children:
        if child.dep_ == "nsubj" and child.i in at and kinds.get(at[child.i][2]) is EntityKind.PERSON:
            return [at[child.i]]
    return []


def _after(doc: Doc, i: int, sent: Span, at: dict[int, Found], kinds: dict[str, EntityKind], words: frozenset[str]) -> list[Found]:
    """The coordinated people right after « entre », « avec » or « contre » following token i."""
    if i >= sent.end or doc[i].lower_ not in words:
        return []
    return _group(doc, _past_description(doc, i + 1, sent, at, kinds), sent, at, kinds)


#: How many words a description before a participant's name may have.
DESCRIPTION_WORDS = 8


def _past_description(doc: Doc, k: int, sent: Span, at: dict[int, Found], kinds: dict[str, EntityKind]) -> int:
    """Where the person's name starts after the description that opens a member of a list (« le
    président américain X », « le secrétaire général du Parti communiste, X », « la famille
    Moore »), else k. The description names no other person, and the name is no complement of it
    (« la femme de X », « le soutien du président X » are not X)."""
    j = k
    while j < sent.end and j - k < DESCRIPTION_WORDS and (j not in at or kinds.get(at[j][2]) is not EntityKind.PERSON):
        token = doc[j]
        if j in at:
            j = at[j][1]  # an organisation or a place inside the description
            continue
        if not (token.is_lower or token.text == ",") or token.pos_ in ("VERB", "AUX", "CCONJ", "SCONJ", "PRON"):
            return k
        j += 1
    if j >= sent.end or j == k or j not in at or kinds.get(at[j][2]) is not EntityKind.PERSON:
        return k
    # « la femme de X », « le soutien du président X »: the name completes a noun of the description
    tail = [doc[n] for n in range(k, j)]
    last_de = max((n for n, t in enumerate(tail) if t.lower_ in DE_FORMS), default=None)
    return k if last_de is not None and not any(t.text == "," for t in tail[last_de:]) else j


def _group(doc: Doc, k: int, sent: Span, at: dict[int, Found], kinds: dict[str, EntityKind]) -> list[Found]:
    """The people coordinated from token k on (« A, B et C »); a list ends with « et » or « ou »:
    a name after a last comma opens something else (« avec A, B a évoqué ... »)."""
    group: list[Found] = []
    commas: list[bool] = []  # whether each member after the first was joined by commas only
    while k < sent.end and k in at and kinds.get(at[k][2]) is EntityKind.PERSON:
        group.append(at[k])
        j = at[k][1]
        m = j
        while m < sent.end and doc[m].lower_ in LINKERS and m not in at:
            m += 1
        if m == j:
            break
        m = _past_description(doc, m, sent, at, kinds)  # « et le dirigeant soviétique Y »
        commas.append(all(doc[n].text == "," for n in range(j, m)))
        k = m
    while len(group) > 1 and commas[len(group) - 2]:
        group.pop()
    return group


def _subjects(doc: Doc, event: Span, sent: Span, at: dict[int, Found], kinds: dict[str, EntityKind]) -> list[Found]:
    """People subject of a verb of taking part that governs the event."""
    verb = _governing_verb(event)
    if verb is None:
        return []
    if event.root.dep_.startswith("nsubj") and event.root.head.i == verb.i and verb.lemma_.lower() in event_verbs(role="object"):
        objects = [c for c in verb.children if c.dep_ in ("obj", "iobj", "obl:arg") and c.i in at]
        return [p for c in objects for p in _group(doc, at[c.i][0], sent, at, kinds)] if objects else []
    if verb.lemma_.lower() not in event_verbs(role="subject"):
        return []
    out = []
    for child in verb.children:
        if not child.dep_.startswith("nsubj"):
            continue
        # « le président Donald Trump »: the name hangs from the title noun
        for token in (child, *child.children):
            if token.i in at and kinds.get(at[token.i][2]) is EntityKind.PERSON:
                out.append(at[token.i])
                break
    return out


def _said_of_it(event: Span, verb: Token) -> bool:
    """The event is the subject of a verb that says something of it rather than whether it
    happened (« la rencontre n'a pas de précédent »; not « n'a pas eu lieu »)."""
    if not event.root.dep_.startswith("nsubj") or event.root.head.i != verb.i:
        return False
    if verb.lemma_.lower() == "avoir":
        return not any(t.lower_ == "lieu" for t in verb.doc[verb.i + 1 : min(verb.i + 5, len(verb.doc))])
    return verb.lemma_.lower() not in HAPPENING


def _governing_verb(event: Span) -> Optional[Token]:
    """The verb the event depends on (« a survécu à une tentative »), a few steps up the parse."""
    token: Token = event.root
    for _ in range(MAX_HEAD_STEPS):
        if token.head.i == token.i:
            return None
        token = token.head
        if token.pos_ == "VERB":
            return token
    return None


def _heading(doc: Doc, event: Span, sent: Span, at: dict[int, Found], kinds: dict[str, EntityKind]) -> list[Found]:
    """« Entretien sur X: A et B ... »: a heading that starts with the event, then its people."""
    if event.start != sent.start:
        return []
    for j in range(event.end, min(event.end + 6, sent.end)):
        if doc[j].text == ":":
            return _group(doc, j + 1, sent, at, kinds)
    return []


def _event_date(text: str, doc_date: str) -> str:
    found = find_date(text)
    if found is None:
        return ""
    return found[1].resolve(dt.date.fromisoformat(doc_date) if doc_date else None).iso()


def _relation(
    cue: Token,
    ends: tuple[str, str],
    relation: RelationType,
    texts: tuple[str, str],
    when: str,
    reading: tuple[Modality, Evidence],
) -> LocalRelation:
    """One relation read at ``cue``, between two clusters, with the modality of the cue in its
    sentence and that sentence as evidence (``reading``)."""
    (source, target), (source_text, target_text), (modality, evidence) = ends, texts, reading
    return LocalRelation(
        source=source,
        target=target,
        relation=relation,
        modality=modality,
        evidence=evidence,
        cue=cue.lower_,
        source_text=source_text,
        target_text=target_text,
        event_date=when,
    )
