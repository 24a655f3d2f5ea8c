"""Within one document: which mentions name the same entity, and why.

The ``techpolgraph_resolver`` component reads the entities of ``techpolgraph_entities`` and
groups them into document-local entities:

- a full name starts an entity ("Mark Zuckerberg"); a surname ("Zuckerberg", "M. Zuckerberg")
  or a first name ("Mark") joins the one entity it fits, and stays unresolved when it fits
  several ("Trump" beside "Donald Trump" and "Eric Trump");
- an apposition or a title ("le PDG d'Uber, Dara Khosrowshahi", "Dara Khosrowshahi, le PDG
  d'Uber", "le président français Emmanuel Macron") teaches the entity a role;
- a role description used alone ("le patron de Facebook", "le leader français") joins the
  entity that holds that role in the document, or the holder that the role table gives for
  the article's date; inside quoted speech, only a holder the document names;
- a description without its organisation ("le PDG", "le magnat de la technologie",
  "l'ancien président", "le président élu") joins the one person in play who fits it;
- a pronoun or a pronoun-like description ("il", "elle", "ce dernier", "l'homme de 40 ans",
  "les deux hommes") joins the person a clear rule gives (``pronouns.tsv``): the subject of
  its sentence or of the sentence before, the person named last, the person whose age the
  document gave, the two persons in play; gender and number come from the morphologizer,
  a person's gender from a title, a feminine role noun or a first name. Otherwise it stays
  unresolved;
- organisations, places and events join by their canonical name; an acronym joins the full
  name it is defined for (« ... (FFUN) ») or whose initials it is; a short name (« la
  Commission ») the one longer organisation it begins;
- a description of an organisation (« la firme », « le réseau social », « le géant de
  Cupertino », ``org_descriptions.tsv``) joins the one organisation named in the sentences
  before it whose type fits (``org_types.tsv``, or the type the document gave it: « la
  messagerie Ondra »); a role it qualifies (« le fondateur de la messagerie ») is a role of
  that organisation;
- a full name that is a middle-name or short-first-name variant of one already named
  (« Laura Brigitte Marchal », « Laura Marchal ») is that person.

It writes ``doc._.tpg_mentions`` (:class:`MentionRef` records: start token, end token,
cluster id, reason; :func:`mention_refs` reads them) and
``doc._.tpg_entities`` (cluster id -> name, kind, roles), plain data that survives
``Doc.to_bytes``; :func:`local_entities` and :func:`mentions` turn them into records. An
unresolved mention has an empty cluster id and a reason that says why.
"""

from __future__ import annotations

import datetime as dt
from bisect import bisect_right
from collections import Counter
from dataclasses import dataclass, field
from functools import lru_cache
from collections.abc import Iterable
from typing import NamedTuple, Optional

import numpy
from spacy.attrs import ENT_IOB, ENT_TYPE, ORTH
from spacy.language import Language
from spacy.tokens import Doc, Span, Token

from ..data import function_words, read_lines, read_table
from ..models import EntityKind, LocalEntity, Mention, construct, field_names
from ..nlp.components import KIND_BY_LABEL, Gazetteer
from ..nlp.text import doc_text, span_text, tokens_text
from ..nlp.words import WordTest
from .names import SAME_ARTICLE_VARIANTS, clean_name, gender_of, is_full_name, name_key, name_tokens, name_variant, strip_accents
from .organisations import Description, OrgTypes, descriptions, parents, taught_types
from .reasons import MergeReason
from .roles import Role, RoleTable, nationalities, role_nouns

DETERMINERS = function_words("role_determiner")
ROLE_MODIFIERS = function_words("role_modifier")
CONTRACTED = function_words("contracted")
INCOMING = function_words("incoming")
FORMER = function_words("former")
OF = function_words("of")
TITLE_GENDER = {"m.": "m", "mme": "f", "mme.": "f", "mlle": "f"}
OPEN_QUOTES = frozenset({"«", "“"})
CLOSE_QUOTES = frozenset({"»", "”"})
#: Unresolved role descriptions that may still be placed across the corpus carry this reason.
UNPLACED_ROLE = MergeReason.UNPLACED_ROLE.value
ANAPHORA_WINDOW = 4  # sentences looked back for the persons in play
PENDING = "?"  # qualifier of a role whose organisation is a description not yet placed


@lru_cache(maxsize=1)
def anaphors() -> dict[str, tuple[str, str, str]]:
    """Words (lower case) -> (gender, number, rule) of the words that refer back (``pronouns.tsv``)."""
    return {_norm(row[0]): (row[1], row[2], row[3] if len(row) > 3 else "subject") for row in read_table("pronouns.tsv")}


@lru_cache(maxsize=1)
def _anaphor_prefixes() -> frozenset[str]:
    """Every prefix of every anaphor: a word that is none of them starts no anaphor."""
    return frozenset(words[:n] for words in anaphors() for n in range(1, len(words) + 1))


@lru_cache(maxsize=1)
def impersonal_verbs() -> frozenset[str]:
    """Lemmas after which "il" stands for nothing (``impersonal.txt``)."""
    return frozenset(read_lines("impersonal.txt"))


@lru_cache(maxsize=1)
def sectors() -> frozenset[str]:
    """Complements naming a field, not an organisation (``sectors.txt``)."""
    return frozenset(_norm(w) for w in read_lines("sectors.txt"))


def _norm(text: str) -> str:
    return " ".join(text.lower().replace("’", "'").replace(" '", "'").replace("' ", "'").split())


#: What opens a clause whose subject pronoun continues the subject of the sentence.
CLAUSE_OPENERS = function_words("clause_opener")

#: Lower-case words a person's full name may hold (« Charles de Gaulle »).
NAME_PARTICLES = function_words("name_particle")


def _register_extensions() -> None:
    for name, default in (("tpg_doc_id", ""), ("tpg_date", ""), ("tpg_title", ""), ("tpg_mentions", None), ("tpg_entities", None)):
        if not Doc.has_extension(name):
            Doc.set_extension(name, default=default)


_register_extensions()


class MentionRef(NamedTuple):
    """One mention as the resolver hands it to the next components (``doc._.tpg_mentions``).

    A named tuple: plain data that survives ``Doc.to_bytes`` (it comes back as a plain tuple,
    which :func:`mention_refs` turns into this record again), and that older readers may still
    unpack as ``start, end, cluster, reason``.
    """

    start: int  #: first token
    end: int  #: token after the last
    cluster: str  #: the document-local entity ("" when unresolved)
    reason: str  #: why, in the wording of :class:`~techpolgraph.resolve.reasons.MergeReason`

    @property
    def kind_of_reason(self) -> Optional[MergeReason]:
        """The reason as a member of the closed vocabulary (None for a reason why it is unresolved)."""
        return MergeReason.of(self.reason)


def mention_refs(doc: Doc) -> list[MentionRef]:
    """The mentions the resolver wrote on ``doc``, as records (also after ``Doc.from_bytes``)."""
    return [m if isinstance(m, MentionRef) else MentionRef(*m) for m in doc._.tpg_mentions or []]


@dataclass
class _Cluster:
    id: str
    kind: EntityKind
    name: str
    roles: set[str] = field(default_factory=set)
    genders: set[str] = field(default_factory=set)
    age: str = ""

    @property
    def gender(self) -> str:
        """"m", "f", or "" when unknown or contradictory."""
        known = self.genders | ({gender_of(self.name)} - {""})
        return next(iter(known)) if len(known) == 1 else ""


@dataclass
class _Mention:
    start: int
    end: int
    kind: EntityKind
    text: str
    cluster: str = ""
    reason: str = ""
    role: Optional[Role] = None
    titled: bool = False
    named: bool = True
    incoming: bool = False
    former: bool = False
    title_gender: str = ""
    role_class: str = ""  # a description without its organisation ("le PDG")
    anaphor: str = ""  # the rule of pronouns.tsv
    gender: str = "any"
    number: str = "s"
    age: str = ""
    linked: Optional["_Mention"] = None  # the name an apposition stands beside
    alias_of: Optional["_Mention"] = None  # the full name an acronym stands for
    alias_reason: str = ""
    org_description: Optional[Description] = None  # « la firme », « le réseau social »
    org_country: str = ""  # « la firme américaine »
    extra: list[str] = field(default_factory=list)  # further clusters of a plural ("les deux hommes")


class DocumentResolver:
    """Groups a document's mentions into local entities (see the module docstring)."""

    def __init__(self, nlp: Language, name: str, gazetteer: str) -> None:
        self.name = name
        self.gazetteer = Gazetteer(gazetteer)
        self.table = RoleTable.shipped()
        # whether a word may start an anaphor / a role noun: tested once per word, not per token
        self._may_start_anaphor = WordTest(_may_start_anaphor)
        self._may_start_role = WordTest(_may_start_role_noun)

    @staticmethod
    def positions(doc: Doc, orths: numpy.ndarray, test: WordTest) -> list[int]:
        """The tokens of ``doc`` whose word passes ``test``, in order."""
        return numpy.flatnonzero(test.mask(orths, doc.vocab.strings)).tolist()


    def __call__(self, doc: Doc) -> Doc:
        date = dt.date.fromisoformat(doc._.tpg_date) if doc._.tpg_date else None
        state = _DocState(self, doc, date)
        state.run()
        for cid, text in state.unplaced_names.items():
            state.clusters[cid].name = text
        out: list[MentionRef] = []
        for m in state.mentions:
            out.append(MentionRef(m.start, m.end, m.cluster, m.reason))
            out.extend(MentionRef(m.start, m.end, cid, m.reason) for cid in m.extra)
        doc._.tpg_mentions = out
        doc._.tpg_entities = {
            c.id: {"name": c.name, "kind": c.kind.value, "roles": sorted(c.roles), "gender": c.gender if c.kind is EntityKind.PERSON else ""}
            for c in state.clusters.values()
        }
        return doc


class _DocState:
    def __init__(self, resolver: DocumentResolver, doc: Doc, date: Optional[dt.date]) -> None:
        self.r = resolver
        self.doc = doc
        self.date = date
        self.mentions: list[_Mention] = []
        self.clusters: dict[str, _Cluster] = {}
        self.made = 0  # clusters made so far: ids stay unique when a cluster is dropped
        self._taught: Optional[dict[str, frozenset[str]]] = None  # types of organisations the document gives
        self.by_key: dict[tuple[EntityKind, str], str] = {}
        self.unplaced_names: dict[str, str] = {}
        self.sents: list[Span] = []
        self.sent_of: dict[int, int] = {}  # first token of a mention -> index of its sentence
        self.orths = doc.to_array(ORTH)  # the word of each token, read once

    # -- clusters ---------------------------------------------------------------------------
    def new_cluster(self, kind: EntityKind, name: str) -> _Cluster:
        cluster = _Cluster(id=f"c{self.made}", kind=kind, name=name)
        self.made += 1
        self.clusters[cluster.id] = cluster
        return cluster

    def run(self) -> None:
        self.collect_named()
        self.collect_org_descriptions()
        self.collect_roles()
        self.collect_anaphors()
        self.mentions.sort(key=lambda m: (m.start, m.end))
        self.resolve_others()
        self.resolve_org_descriptions()
        self.settle_roles_of_descriptions()
        self.resolve_people()
        self.resolve_roles()
        self.resolve_anaphora()

    def collect_named(self) -> None:
        doc = self.doc
        for ent in doc.ents:
            kind = KIND_BY_LABEL.get(ent.label_)
            if kind is None:
                continue
            start, end = ent.start, ent.end
            if kind is EntityKind.PERSON:
                start, end = _person_extent(doc, start, end)
            title = doc[start].text.lower() if doc[start].text.lower() in TITLE_GENDER else ""
            if not title and start > 0 and doc[start - 1].text.lower() in TITLE_GENDER:
                title = doc[start - 1].text.lower()
            mention = _Mention(start, end, kind, tokens_text(doc, start, end), titled=bool(title), title_gender=TITLE_GENDER.get(title, ""))
            mention.age = _age_after(doc, end)
            self.mentions.append(mention)
        self.collect_missed_names()
        self.collect_acronyms()

    def collect_missed_names(self) -> None:
        """A word the model did not see as a name but that is the first name or surname of a
        person the document names in full ("« Mark a ... »" beside "Mark Zuckerberg"); after a
        known first name, the full name of another person of that surname ("Hugo Castagnac"
        beside "Hélène Castagnac")."""
        doc = self.doc
        taken = {i for m in self.mentions for i in range(m.start, m.end)}
        parts = {
            word
            for m in self.mentions
            if m.kind is EntityKind.PERSON and m.end - m.start >= 2
            for word in (doc[m.start].text, doc[m.end - 1].text)
            if word[:1].isupper() and len(word) > 2
        }
        strings = doc.vocab.strings
        wanted = [strings[word] for word in parts]
        for i in numpy.flatnonzero(numpy.isin(self.orths, wanted)).tolist() if wanted else []:
            token = doc[i]
            if token.i in taken:
                continue
            if token.i + 1 < len(doc) and doc[token.i + 1].text[:1].isupper() and doc[token.i + 1].is_alpha:
                continue  # part of another name
            before = doc[token.i - 1] if token.i > 0 else None
            if before is not None and before.i not in taken and before.text[:1].isupper() and gender_of(f"{before.text} {token.text}"):
                # « Hugo Castagnac » beside « Hélène Castagnac »: another person of that surname, in full
                mention = _Mention(before.i, token.i + 1, EntityKind.PERSON, span_text(doc[before.i : token.i + 1]))
                self.mentions.append(mention)
                continue
            mention = _Mention(token.i, token.i + 1, EntityKind.PERSON, token.text)
            mention.titled = token.i > 0 and doc[token.i - 1].text.lower() in TITLE_GENDER
            self.mentions.append(mention)

    # -- acronyms ---------------------------------------------------------------------------
    def collect_acronyms(self) -> None:
        """Acronyms of the document's organisations.

        « la Fédération française des usagers du numérique (FFUN) » defines FFUN (the full name
        becomes a mention where the model missed it); an all-caps word elsewhere that is the
        defined acronym, or the initials of exactly one full name of an organisation of the
        document, stands for it. Acronyms known beyond the document are in ``acronyms.tsv``.
        """
        doc = self.doc
        defined: dict[str, _Mention] = {}
        for i in numpy.flatnonzero(self.orths == doc.vocab.strings["("]).tolist() if "(" in doc.vocab.strings else []:
            if i + 2 >= len(doc) or doc[i + 2].text != ")" or not _acronym_like(doc[i + 1].text, strict=False):
                continue
            full = self._defined_by(i, doc[i + 1].text)
            if full is None:
                continue
            defined.setdefault(doc[i + 1].text, full)
        taken = {i: m for m in self.mentions for i in range(m.start, m.end)}
        initials: dict[str, set[str]] = {}
        fulls: dict[str, _Mention] = {}
        for m in self.mentions:
            if m.kind is EntityKind.ORGANISATION and len(name_tokens(m.text)) >= 2:
                for letters in _initials(clean_name(m.text)):
                    initials.setdefault(letters, set()).add(name_key(m.text))
                fulls.setdefault(name_key(m.text), m)
        mixed_case = [doc.vocab.strings[a] for a in defined if not a.isupper()]  # « Cnil », « Arcom »
        at = numpy.flatnonzero(_ACRONYM.mask(self.orths, doc.vocab.strings)).tolist()
        if mixed_case:
            at += numpy.flatnonzero(numpy.isin(self.orths, mixed_case)).tolist()
        for i in at:
            text = doc[i].text
            if text.lower() in role_nouns():
                continue  # "le PDG": a role, not an organisation
            full, reason = defined.get(text), MergeReason.ACRONYM_DEFINED
            if full is None:
                keys = initials.get(text.lower(), set())
                if len(keys) != 1:
                    continue
                full, reason = fulls[next(iter(keys))], MergeReason.ACRONYM_INITIALS
            if full.start <= i < full.end:
                continue
            mention = taken.get(i)
            if mention is not None and (mention.start, mention.end) != (i, i + 1):
                continue  # part of a longer name
            if mention is None:
                mention = _Mention(i, i + 1, full.kind, text)
                self.mentions.append(mention)
                taken[i] = mention
            mention.kind, mention.alias_of, mention.alias_reason = full.kind, full, reason.value

    def _defined_by(self, paren: int, acronym: str) -> Optional[_Mention]:
        """The full name that the acronym in parentheses at ``paren`` + 1 stands for, as a mention."""
        doc = self.doc
        sent_start = doc[paren].sent.start
        ending = [m for m in self.mentions if m.end == paren and m.kind is not EntityKind.PERSON]
        for m in ending:
            if acronym.lower() in _initials(clean_name(m.text)):
                return m
        for start in range(paren - 1, max(paren - 13, sent_start - 1), -1):
            if not doc[start].text[:1].isupper():
                continue
            words = span_text(doc[start:paren])
            if acronym.lower() not in _initials(words):
                continue
            inside = [m for m in self.mentions if start <= m.start and m.end <= paren]
            if any(m.kind is EntityKind.PERSON for m in inside):
                return None
            overlapping = [m for m in self.mentions if m.start < paren and m.end > start and m not in inside]
            if overlapping:
                return None
            for m in inside:
                self.mentions.remove(m)
            kinds = Counter(m.kind for m in inside)
            kind = kinds.most_common(1)[0][0] if kinds else EntityKind.ORGANISATION
            mention = _Mention(start, paren, kind, words)
            self.mentions.append(mention)
            return mention
        return None

    # -- roles ------------------------------------------------------------------------------
    def collect_roles(self) -> None:
        """Role descriptions: alone they are mentions; beside a name they teach a role."""
        doc = self.doc
        ent_at = {i: m for m in self.mentions for i in range(m.start, m.end)}
        nouns = role_nouns()
        # a token that is not a space and none of whose lower-case word starts a role noun is skipped
        for i in self.r.positions(doc, self.orths, self.r._may_start_role):
            if i in ent_at:
                continue
            token = doc[i]
            found = _match_role_noun(doc, token.i, nouns)
            if found is None:
                continue
            cls, noun_end = found
            start = _role_start(doc, token.i)
            if start is None:
                continue
            role, end = self.qualify(cls, noun_end, ent_at)
            incoming = any(doc[j].lower_ in INCOMING for j in range(start, token.i))
            if role is None:
                end, ok = self._unqualified_end(noun_end)
                if not ok:
                    continue
            if end < len(doc) and doc[end].lower_ in INCOMING:  # "le président élu"
                incoming, end = True, end + 1
            former = any(doc[j].lower_ in FORMER for j in range(start, token.i))
            feminine = _feminine(doc, start, noun_end)
            if doc[start].lower_ in CONTRACTED:  # "du président", "au président": the article is not the name
                start += 1
            # title or apposition after: "le président français Emmanuel Macron", "le PDG d'Uber, Dara K."
            after = end + 1 if end < len(doc) and doc[end].text == "," else end
            person = ent_at.get(after)
            if person is not None and person.kind is EntityKind.PERSON and person.start == after:
                if feminine:
                    person.title_gender = person.title_gender or "f"
                if role is not None and not former:
                    person.role = role
                    self.mentions.append(_Mention(start, end, EntityKind.PERSON, span_text(doc[start:end]), role=role, named=False, linked=person))
                continue
            # apposition before: "Dara Khosrowshahi, le PDG d'Uber"
            before = ent_at.get(start - 2) if start >= 2 and doc[start - 1].text == "," else None
            if before is not None and before.kind is EntityKind.PERSON and role is not None and not former:
                before.role = role
                if feminine:
                    before.title_gender = before.title_gender or "f"
                self.mentions.append(_Mention(start, end, EntityKind.PERSON, span_text(doc[start:end]), role=role, named=False, linked=before))
                continue
            mention = _Mention(
                start, end, EntityKind.PERSON, span_text(doc[start:end]), role=role, named=False, incoming=incoming, former=former
            )
            if role is None:
                mention.role_class = cls
                mention.gender = "f" if feminine else "any"
            self.mentions.append(mention)
            for i in range(start, end):
                ent_at.setdefault(i, mention)

    def _unqualified_end(self, i: int) -> tuple[int, bool]:
        """Where a description without organisation ends, and whether it is one at all.

        "le PDG" and "le magnat de la technologie" are; "le directeur de campagne d'Hillary
        Clinton" names some other role and is left alone.
        """
        doc = self.doc
        if i >= len(doc) or doc[i].lower_ not in OF:
            return i, True
        j = i + 1
        for n in (3, 2, 1):
            if j + n <= len(doc) and _norm(doc[j : j + n].text) in sectors():
                return j + n, True
        if j < len(doc) and doc[j].lower_ in ("la", "l'", "l’", "les"):
            for n in (2, 1):
                if j + 1 + n <= len(doc) and _norm(doc[j + 1 : j + 1 + n].text) in sectors():
                    return j + 1 + n, True
        return i, False

    def qualify(self, cls: str, i: int, ent_at: dict[int, _Mention]) -> tuple[Optional[Role], int]:
        """The qualifier after a role noun: an adjective of nationality or "de" + organisation."""
        doc = self.doc
        if i < len(doc) and doc[i].lower_ in nationalities():
            return Role(cls, nationalities()[doc[i].lower_]), i + 1
        if i < len(doc) and doc[i].lower_ in OF:
            j = i + 1
            if j < len(doc) and doc[j].lower_ in ("la", "l'", "l’"):
                j += 1
            org = ent_at.get(j)
            if org is not None and org.org_description is not None and org.start in (j - 1, j):
                # « le fondateur de la messagerie »: the organisation the description stands for, once placed
                return Role(cls, f"{PENDING}{org.start}"), org.end
            if org is not None and org.start == j and org.kind in (EntityKind.ORGANISATION, EntityKind.LOCATION):
                known = self.r.gazetteer.canonical(clean_name(org.text))
                return Role(cls, known[0] if known else clean_name(org.text)), org.end
        return None, i

    # -- pronouns and pronoun-like descriptions -----------------------------------------------
    def collect_anaphors(self) -> None:
        doc = self.doc
        taken = {i for m in self.mentions for i in range(m.start, m.end)}
        table = anaphors()
        text = doc_text(doc)
        i = 0
        # only where an anaphor may start (not a space, a prefix of an anaphor); i moves past each one found
        for at in self.r.positions(doc, self.orths, self.r._may_start_anaphor):
            if at < i:
                continue
            i = at
            hit, words = None, ""
            first = doc[i]
            if first.whitespace_ and _norm(first.text) not in _anaphor_heads() and not any(ch.isspace() for ch in first.text):
                i += 1  # a word and a space: no anaphor goes on from here
                continue
            # the texts of the spans of 3, 2 and 1 tokens from i, as Span.text gives them, sliced
            # from the doc's text (no span made)
            for n in (3, 2, 1):
                if i + n <= len(doc) and not taken.intersection(range(i, i + n)):
                    last = doc[i + n - 1]
                    words = _norm(text[first.idx : last.idx + len(last)])
                    if words in table:
                        hit = n
                        break
            if hit is None:
                i += 1
                continue
            gender, number, rule = table[words]
            last = doc[i + hit - 1]
            if words in ("il", "elle") and (_impersonal(last) or _after_preposition(doc, i)):
                i += hit
                continue
            end, age = i + hit, ""
            if rule == "age":
                age = _age_after(doc, end, comma=False)
                if age:
                    end += 3
            mention = _Mention(i, end, EntityKind.PERSON, span_text(doc[i:end]), named=False, anaphor=rule, age=age)
            mention.gender = _morph_gender(last) or gender
            mention.number = {"Plur": "p", "Sing": "s"}.get(next(iter(last.morph.get("Number")), ""), number)
            self.mentions.append(mention)
            i = end

    # -- descriptions of organisations ------------------------------------------------------
    def collect_org_descriptions(self) -> None:
        """« la firme », « le réseau social », « le géant de Mountain View »: definite descriptions
        of an organisation (``org_descriptions.tsv``), kept as mentions to place later. Not one
        followed by a name (« le réseau social Facebook »: the name is there), nor one with a
        complement that makes it another thing (« la société civile », « le groupe de travail »)."""
        doc = self.doc
        taken = {i for m in self.mentions for i in range(m.start, m.end)}
        names_at = {m.start for m in self.mentions if m.named}
        table = descriptions()
        for i in numpy.flatnonzero(_ORG_DESCRIPTION_HEAD.mask(self.orths, doc.vocab.strings)).tolist():
            if i in taken or i == 0:
                continue
            article = doc[i - 1].lower_.replace("’", "'")
            if article not in DETERMINERS:
                continue
            lowers = [t.lower_.replace("’", "'") for t in doc[i : i + 5]]
            found = None
            for n in (5, 4, 3, 2, 1):
                words = " ".join(lowers[:n]).replace("' ", "'")
                if len(lowers) >= n and words in table:
                    found = table[words], i + n
                    break
            if found is None:
                continue
            description, end = found
            country = ""
            if end < len(doc) and doc[end].lower_ in nationalities():
                country, end = nationalities()[doc[end].lower_], end + 1
            end = self._sector_end(end)
            places = [m for m in self.mentions if description.place and m.named and i < m.start and m.end <= end]
            inside = {k for m in places for k in range(m.start, m.end)}
            if taken.intersection(range(i, end)) - inside or end in names_at:
                continue  # part of another mention, or the apposition of a name
            for m in places:  # « le géant de Cupertino »: the place is part of the description
                self.mentions.remove(m)
            after = doc[end] if end < len(doc) else None
            if after is not None and (after.lower_ in OF or after.pos_ in ("NOUN", "PROPN", "ADJ", "NUM") or after.text[:1].isupper()):
                continue  # « la société civile », « le groupe de travail », « le groupe Renault »
            start = i if article in CONTRACTED else i - 1
            mention = _Mention(start, end, EntityKind.ORGANISATION, span_text(doc[start:end]), named=False)
            mention.org_description, mention.org_country = description, country
            self.mentions.append(mention)
            taken.update(range(start, end))

    def settle_roles_of_descriptions(self) -> None:
        """Roles qualified by a description of an organisation (« le fondateur de la messagerie »)
        take the organisation the description was placed on; otherwise they are no role."""
        pending = [m for m in self.mentions if m.role is not None and m.role.qualifier.startswith(PENDING)]
        if not pending:
            return
        by_start = {m.start: m for m in self.mentions if m.org_description is not None}
        for m in pending:
            description = by_start.get(int(m.role.qualifier[len(PENDING) :]))
            if description is not None and description.cluster:
                m.role = Role(m.role.cls, self.clusters[description.cluster].name)
            else:
                m.role = None
                if not m.named:
                    m.reason = "role of an organisation the document does not tell"

    def _taught_types(self) -> dict[str, frozenset[str]]:
        """Types the document gives its organisations by a description before their name
        (« la messagerie Ondra », « le réseau social russe Vostrik »)."""
        if self._taught is not None:
            return self._taught
        doc, table = self.doc, descriptions()
        taught: dict[str, set[str]] = {}
        for r in self.mentions:
            if not r.named or not r.cluster or self.clusters[r.cluster].kind is not EntityKind.ORGANISATION:
                continue
            j = r.start
            while j > 0 and doc[j - 1].lower_ in nationalities():
                j -= 1
            before = [doc[k].lower_ for k in range(max(j - 5, 0), j)]  # read once for the five lengths
            for n in (5, 4, 3, 2, 1):
                words = " ".join(before[len(before) - n :]).replace("' ", "'") if j - n >= 0 else ""
                if j - n >= 0 and words in table:
                    taught.setdefault(r.cluster, set()).update(taught_types(table[words]))
                    break
        self._taught = {cid: frozenset(t) for cid, t in taught.items()}
        return self._taught

    def _modifier(self, m: _Mention) -> bool:
        """The name only qualifies a common noun (« le compte Twitter de X », « sa chaîne YouTube »):
        it names where something is, not an organisation that acts, and puts none in play."""
        if m.start == 0 or m.named is False:
            return False
        before = self.doc[m.start - 1]
        return before.pos_ == "NOUN" and before.lower_ not in _org_description_words()

    def _sector_end(self, i: int) -> int:
        """After « le géant du numérique », « de la tech »: where the description ends."""
        doc = self.doc
        if i >= len(doc) or doc[i].lower_ not in OF:
            return i
        j = i + 1 + (1 if i + 1 < len(doc) and doc[i + 1].lower_ in ("la", "l'", "l’") else 0)
        for n in (2, 1):
            if j + n <= len(doc) and _norm(doc[j : j + n].text) in sectors():
                return j + n
        return i

    def resolve_org_descriptions(self) -> None:
        """A description joins the one organisation named before it in the document that fits
        its type (and place); with none or several, it stays unresolved."""
        if not any(m.org_description is not None for m in self.mentions):
            return
        types = OrgTypes.shipped()
        starts = [sent.start for sent in self.doc.sents]
        for m in self.mentions:
            if m.org_description is None:
                continue
            here = bisect_right(starts, m.start) - 1
            earlier = [
                r
                for r in self.mentions
                if r.cluster and r.end <= m.start and self.clusters[r.cluster].kind is EntityKind.ORGANISATION and not self._modifier(r)
            ]
            in_play = sorted({r.cluster for r in earlier})
            near = {r.cluster for r in earlier if here - (bisect_right(starts, r.start) - 1) <= ANAPHORA_WINDOW}
            taught = self._taught_types()
            if m.org_description.type == "parent":
                keys = {name_key(self.clusters[cid].name) for cid in in_play}
                above = {p for k in keys for p in parents().get(k, ())}
                fits = [cid for cid in in_play if name_key(self.clusters[cid].name) in above]
            else:
                fits = [
                    cid
                    for cid in in_play
                    if types.fits(self.clusters[cid].name, m.org_description, m.org_country, taught.get(cid, frozenset()))
                ]
            if len(fits) == 1 and fits[0] not in near:
                m.reason = f"{MergeReason.ORG_DESCRIPTION.value}, its one candidate is not named in the {ANAPHORA_WINDOW} sentences before it"
            elif len(fits) == 1:
                m.cluster = fits[0]
                m.reason = MergeReason.ORG_DESCRIPTION.detail(f"the one organisation in play of type {m.org_description.type}")
            else:
                m.reason = f"{MergeReason.ORG_DESCRIPTION.value}, {len(fits) or 'no'} organisations of type {m.org_description.type} in play"

    # -- people -----------------------------------------------------------------------------
    def resolve_people(self) -> None:
        named = [m for m in self.mentions if m.kind is EntityKind.PERSON and m.named]
        for m in named:
            if is_full_name(m.text):
                key = name_key(m.text)
                cid = self.by_key.get((EntityKind.PERSON, key))
                reason = MergeReason.NAME.value
                if cid is None:  # « Laura Elizabeth Loomer » then « Laura Loomer », « Stephen » then « Steve »
                    variants = {
                        (c.id, kind)
                        for c in self.clusters.values()
                        if c.kind is EntityKind.PERSON and (kind := name_variant(c.name, m.text)) in SAME_ARTICLE_VARIANTS
                    }
                    if len(variants) == 1:
                        cid, kind = variants.pop()
                        reason = MergeReason.VARIANT.detail(kind)
                        self.clusters[cid].name = _fuller(self.clusters[cid].name, clean_name(m.text))
                cluster = self.clusters[cid] if cid else self.new_cluster(EntityKind.PERSON, clean_name(m.text))
                self.by_key[(EntityKind.PERSON, key)] = cluster.id
                m.cluster, m.reason = cluster.id, reason
        full = [c for c in self.clusters.values() if c.kind is EntityKind.PERSON]
        for m in named:
            if m.cluster:
                continue
            word = name_key(m.text)
            by_surname = [c for c in full if name_tokens(c.name)[-1] == word]
            by_first = [c for c in full if name_tokens(c.name)[0] == word]
            if len(by_surname) == 1 and not self._famous_other(word, by_surname[0]):
                m.cluster, m.reason = by_surname[0].id, (MergeReason.TITLE if m.titled else MergeReason.SURNAME).value
            elif len(by_surname) == 1:
                m.reason = "surname shared with a well-known person not named in this document"
            elif len(by_surname) > 1 and len(gendered := [c for c in by_surname if m.title_gender and c.gender in ("", m.title_gender)]) == 1:
                m.cluster, m.reason = gendered[0].id, MergeReason.TITLE_GENDER.value
            elif len(by_surname) > 1:
                m.reason = "ambiguous surname"
            elif len(by_first) == 1:
                m.cluster, m.reason = by_first[0].id, MergeReason.FIRST_NAME.value
            elif len(by_first) > 1:
                m.reason = "ambiguous first name"
            elif gender_of(f"{m.text} X") and not m.titled:
                m.reason = "first name, no full name in this document"
            else:
                key = (EntityKind.PERSON, word)
                cid = self.by_key.get(key) or self.new_cluster(EntityKind.PERSON, clean_name(m.text)).id
                self.by_key[key] = cid
                m.cluster, m.reason = cid, MergeReason.NAME.value
        for m in named:
            if not m.cluster:
                continue
            cluster = self.clusters[m.cluster]
            if m.role is not None:
                cluster.roles.add(str(m.role))
            if m.title_gender:
                cluster.genders.add(m.title_gender)
            if m.age:
                cluster.age = m.age

    def _famous_other(self, surname: str, cluster: _Cluster) -> bool:
        """A bare surname shared with a well-known person other than the one in the document."""
        famous = self.r.table.holders_with_surname(surname)
        return any(name_key(h) != name_key(cluster.name) for h in famous)

    def resolve_others(self) -> None:
        for m in self.mentions:
            if m.kind is EntityKind.PERSON or m.alias_of is not None or m.org_description is not None:
                continue
            known = self.r.gazetteer.canonical(clean_name(m.text)) or self.r.gazetteer.canonical(m.text)
            name = known[0] if known else clean_name(m.text)
            key = (m.kind, name_key(name))
            cid = self.by_key.get(key) or self.new_cluster(m.kind, name).id
            self.by_key[key] = cid
            m.cluster, m.reason = cid, (MergeReason.NAME if name == clean_name(m.text) else MergeReason.KNOWN_NAME).value
        for m in self.mentions:
            if m.alias_of is not None and m.alias_of.cluster:
                m.cluster, m.reason = m.alias_of.cluster, m.alias_reason
        self.join_short_names()

    def join_short_names(self) -> None:
        """« la Commission » beside « la Commission européenne »: a one-word organisation that is
        no known name of its own joins the one longer organisation of the document it begins."""
        orgs = [c for c in self.clusters.values() if c.kind is EntityKind.ORGANISATION]
        for short in orgs:
            words = name_tokens(short.name)
            if len(words) != 1 or self.r.gazetteer.canonical(short.name):
                continue
            longer = [c for c in orgs if len(name_tokens(c.name)) >= 2 and name_tokens(c.name)[0] == words[0]]
            if len(longer) != 1:
                continue
            for m in self.mentions:
                if m.cluster == short.id:
                    m.cluster, m.reason = longer[0].id, MergeReason.SHORT_NAME.value
            del self.clusters[short.id]
            self.by_key = {k: (longer[0].id if v == short.id else v) for k, v in self.by_key.items()}

    def resolve_roles(self) -> None:
        """Role descriptions that name their organisation or country ("le patron de Facebook")."""
        people = [c for c in self.clusters.values() if c.kind is EntityKind.PERSON]
        named_keys = {name_key(c.name) for c in people}
        for m in self.mentions:
            if m.role is None or m.named:
                continue
            if m.linked is not None:
                m.cluster = m.linked.cluster
                m.reason = MergeReason.APPOSITION.value if m.cluster else "apposition to an unresolved name"
                continue
            if m.former:
                continue  # placed with the pronoun-like descriptions, among the persons in play
            holders = [c for c in people if str(m.role) in c.roles]
            if len(holders) == 1:
                unplaced = holders[0].id in self.unplaced_names
                m.cluster, m.reason = holders[0].id, UNPLACED_ROLE if unplaced else "role (given to this person earlier in the document)"
                continue
            if holders:
                m.reason = "ambiguous role"
                continue
            if self.date is None and not m.incoming:
                ever = [c for c in people if self.r.table.fits(c.name, m.role.cls, m.role.qualifier, None)]
                if len(ever) == 1:
                    ever[0].roles.add(str(m.role))
                    m.cluster, m.reason = ever[0].id, f"role table ({m.role}, held at some time; undated article: the one person in play who held it)"
                    continue
            holder = self.r.table.holder(m.role, self.date, incoming=m.incoming)
            if holder is None:
                cluster = self.new_cluster(EntityKind.PERSON, m.text)
                cluster.roles.add(str(m.role))
                cluster.name = cluster.id  # no proper name yet: the corpus may give one
                self.unplaced_names[cluster.id] = m.text
                m.cluster, m.reason = cluster.id, UNPLACED_ROLE
                continue
            if _in_quote(self.doc, m.start) and name_key(holder) not in named_keys:
                m.reason = f"role in quoted speech; its holder on {self._day()} ({holder}) is not named in the document"
                continue
            match = [c for c in people if name_key(c.name) == name_key(holder)]
            cluster = match[0] if match else self.new_cluster(EntityKind.PERSON, holder)
            cluster.roles.add(str(m.role))
            m.cluster, m.reason = cluster.id, f"role table ({m.role} on {self._day()})"

    def _day(self) -> str:
        return self.date.isoformat() if self.date else "?"

    # -- anaphora ---------------------------------------------------------------------------
    def resolve_anaphora(self) -> None:
        """Pronouns and descriptions, in reading order, so that a resolved "il" counts as a
        person in play for the next sentence."""
        self.sents = list(self.doc.sents)
        starts = [sent.start for sent in self.sents]
        self.sent_of = {m.start: bisect_right(starts, m.start) - 1 for m in self.mentions}
        for m in self.mentions:
            if m.anaphor:
                self._resolve_anaphor(m)
            elif m.role_class or (m.former and m.role is not None):
                self._resolve_description(m)

    def _refs(self, before: int, sentence: int, kinds: tuple[EntityKind, ...] = (EntityKind.PERSON,)) -> list[_Mention]:
        """Resolved mentions of a sentence (persons by default) that stand before token ``before``."""
        return [
            m
            for m in self.mentions
            if m.cluster
            and m.end <= before
            and self.sent_of.get(m.start) == sentence
            and self.clusters[m.cluster].kind in kinds
            and not m.extra
        ]

    def _is_person(self, m: _Mention) -> bool:
        return self.clusters[m.cluster].kind is EntityKind.PERSON

    def _speaker(self, m: _Mention) -> bool:
        """The mention is the inverted subject of a verb of saying ("», a précisé Miller")."""
        j = m.start - 1
        return j >= 0 and self.doc[j].pos_ == "VERB" and self.doc[j].i < m.start and any(
            t.text in CLOSE_QUOTES or t.text == '"' for t in self.doc[max(j - 4, 0) : j]
        )

    def _compatible(self, cid: str, gender: str) -> bool:
        known = self.clusters[cid].gender
        return gender in ("any", "") or not known or known == gender

    def _is_subject(self, m: _Mention) -> bool:
        """The mention is the subject of its sentence: first person named, not after a preposition."""
        sent = self.sents[self.sent_of[m.start]]
        token = self.doc[m.start]
        if _after_preposition(self.doc, m.start):
            return False
        first = self._refs(m.start, self.sent_of[m.start])
        return not first and (self.doc[m.end - 1].dep_.startswith("nsubj") or token.dep_.startswith("nsubj") or m.start < sent.root.i)

    def _previous_refs(self, m: _Mention) -> tuple[list[_Mention], int]:
        """The person mentions of the nearest earlier sentence that names a person compatible
        with the anaphor (within the window)."""
        here, seen = self.sent_of[m.start], 0
        for n in range(here - 1, -1, -1):
            if not any(t.is_alpha for t in self.sents[n]):
                continue  # a stray quote mark or line break is no sentence
            refs = self._refs(self.sents[n].end, n)
            if any(self._compatible(r.cluster, m.gender) for r in refs):
                return refs, n
            seen += 1
            if seen >= ANAPHORA_WINDOW:
                break
        return [], -1

    def _resolve_anaphor(self, m: _Mention) -> None:
        here = self.sent_of[m.start]
        if m.anaphor == "pair":
            self._resolve_pair(m)
            return
        if m.age:
            aged = sorted({c.id for c in self.clusters.values() if c.age == m.age and self._compatible(c.id, m.gender)})
            if len(aged) == 1:
                m.cluster, m.reason = aged[0], f"description (the person of {m.age} in the document)"
                return
        parties = (EntityKind.PERSON, EntityKind.ORGANISATION)
        inside = {i for r in self.mentions if not r.named and r.role is not None for i in range(r.start, r.end)}
        earlier = [
            r
            for r in self._refs(m.start, here, parties)
            if self._is_person(r) or (r.start not in inside and not _after_preposition(self.doc, r.start))
        ]
        if m.anaphor == "last":
            earlier = [r for r in earlier if self._is_person(r)]
            refs = earlier or self._previous_refs(m)[0]
            for ref in reversed(refs):
                if self._compatible(ref.cluster, m.gender):
                    m.cluster, m.reason = ref.cluster, "demonstrative (the person named last)"
                    return
            m.reason = "demonstrative, no compatible person before it"
            return
        if earlier:
            ids = {r.cluster for r in earlier if not self._is_person(r) or self._compatible(r.cluster, m.gender)}
            subject = earlier[0]
            if len(ids) == 1 and self._is_person(subject) and self._is_subject(subject) and subject.cluster in ids:
                m.cluster, m.reason = subject.cluster, "pronoun (the subject of its sentence)"
            elif len(ids) == 1 and all(self._is_person(r) for r in earlier) and self._alone(next(iter(ids)), m):
                m.cluster, m.reason = next(iter(ids)), "pronoun (the one person in play)"
            elif self._continues_subject(m, earlier):
                m.cluster, m.reason = earlier[0].cluster, "pronoun (the subject of the clause it depends on)"
            else:
                m.reason = "pronoun, several persons or no subject before it in its sentence"
            return
        refs, _n = self._previous_refs(m)
        if _in_quote(self.doc, m.start):  # in quoted speech, the speaker is "je", not "il"
            refs = [r for r in refs if not self._speaker(r)]
        if not refs:
            subject = self._title_person(m)
            if subject is not None:
                m.cluster, m.reason = subject, "pronoun (the person the document's title names)"
                return
            m.reason = "pronoun, no person in the sentences before it"
            return
        if refs[0].start > self.sents[_n].start and self._org_subject(_n, refs[0].start):
            m.reason = "pronoun after a sentence whose subject is an organisation"
            return
        if self._is_subject(refs[0]) and self._compatible(refs[0].cluster, m.gender):
            m.cluster, m.reason = refs[0].cluster, "pronoun (the subject of the sentence before)"
            return
        ids = sorted({r.cluster for r in refs if self._compatible(r.cluster, m.gender)})
        if len(ids) == 1:
            m.cluster, m.reason = ids[0], "pronoun (the one compatible person of the sentence before)"
        else:
            m.reason = f"pronoun, {len(ids) or 'no'} compatible persons in the sentence before"

    def _continues_subject(self, m: _Mention, earlier: list[_Mention]) -> bool:
        """« X s'est entretenu avec Y, alors qu'il a dit qu'il s'opposait à Y »: a subject pronoun
        that opens a clause of contrast, cause or time (« alors qu' », « parce qu' », « car »), or
        that follows « qu' » after a pronoun standing for the same person, continues the subject
        of the sentence; the other persons named before it are objects, not candidates."""
        if m.anaphor != "subject" or not earlier:
            return False
        subject = earlier[0]
        if not (self._is_person(subject) and subject.cluster and self._compatible(subject.cluster, m.gender)):
            return False
        doc = self.doc
        if _after_preposition(doc, subject.start) or subject.end >= len(doc) or doc[subject.end].pos_ not in ("AUX", "VERB", "PRON"):
            return False  # the first person named must be the subject of its clause (« X s'est entretenu »)
        before = [t.lower_.replace("’", "'") for t in doc[max(m.start - 2, 0) : m.start]]
        if before and before[-1] in CLAUSE_OPENERS or " ".join(before) in CLAUSE_OPENERS:
            return True
        if before and before[-1] in ("qu'", "que"):
            pronouns = [r for r in earlier if r.anaphor == "subject" and r.end <= m.start]
            return bool(pronouns) and pronouns[-1].cluster == subject.cluster and not any(
                self._is_person(r) and r.cluster != subject.cluster and r.start > pronouns[-1].start for r in earlier
            )
        return False

    def _title_person(self, m: _Mention) -> Optional[str]:
        """The person an encyclopedia article or a profile is about, when its title is a
        person's full name (« Peter Thiel »): a subject pronoun with no person before it in the
        text stands for them (« Il rencontre Max Levchin en 1998 »). A news headline is no name
        (several words, not all capitalised), so nothing changes there."""
        title = " ".join((self.doc._.tpg_title or "").split())
        words = title.split()
        if m.anaphor != "subject" or not 2 <= len(words) <= 4 or not all(w[:1].isupper() or w in NAME_PARTICLES for w in words):
            return None
        gender = gender_of(title)
        if not gender or not self._gender_fits(gender, m.gender):
            return None
        key, surname = name_key(title), name_key(words[-1])
        people = [c for c in self.clusters.values() if c.kind is EntityKind.PERSON]
        named = [c for c in people if name_key(c.name) == key] or [c for c in people if name_key(c.name) == surname]
        if len(named) == 1:
            named[0].name = _fuller(named[0].name, title)  # « Wigmore » in the text is the title's « Andy Wigmore »
            return named[0].id
        return None if named else self.new_cluster(EntityKind.PERSON, title).id

    @staticmethod
    def _gender_fits(known: str, wanted: str) -> bool:
        return wanted in ("any", "") or known == wanted

    def _alone(self, cid: str, m: _Mention) -> bool:
        """No other compatible person is named in the sentences before the anaphor's (within the window)."""
        refs, _n = self._previous_refs(m)
        return all(r.cluster == cid or not self._compatible(r.cluster, m.gender) for r in refs)

    def _org_subject(self, sentence: int, before: int) -> bool:
        """An organisation stands before token ``before`` as the sentence's subject."""
        orgs = self._refs(before, sentence, (EntityKind.ORGANISATION,))
        return bool(orgs) and not _after_preposition(self.doc, orgs[0].start)

    def _resolve_pair(self, m: _Mention) -> None:
        here = self.sent_of[m.start]
        found: list[str] = []
        for n in range(here, max(here - 1 - ANAPHORA_WINDOW, -1), -1):
            limit = m.start if n == here else self.sents[n].end
            for ref in reversed(self._refs(limit, n)):
                if ref.cluster not in found and self._compatible(ref.cluster, m.gender):
                    found.append(ref.cluster)
            if len(found) >= 2:
                break
        if len(found) == 2:
            first, second = sorted(found)
            m.cluster, m.extra = first, [second]
            m.reason = "plural (the two persons in play)"
        else:
            m.reason = f"plural, {len(found)} persons in play"

    def _resolve_description(self, m: _Mention) -> None:
        """"le PDG", "l'ancien président", "le président élu": the one person in play who fits."""
        when = "former" if m.former else "incoming" if m.incoming else "now"
        cls = m.role.cls if m.role is not None else m.role_class
        qualifier = m.role.qualifier if m.role is not None else ""
        in_play = sorted({c for c in (ref.cluster for ref in self.mentions if ref.cluster and ref.end <= m.start)})
        fits = []
        for cid in in_play:
            cluster = self.clusters[cid]
            if cluster.kind is not EntityKind.PERSON or not self._compatible(cid, m.gender):
                continue
            taught = any(Role.parse(r).cls == cls and qualifier in ("", Role.parse(r).qualifier) for r in cluster.roles)
            if (taught and when == "now") or self.r.table.fits(cluster.name, cls, qualifier, self.date, when):
                fits.append(cid)
        label = {"former": "former ", "incoming": "incoming ", "now": ""}[when] + (str(m.role) if m.role else cls)
        if len(fits) == 1:
            m.cluster, m.reason = fits[0], f"description (the one person in play who is {label} on {self._day()})"
        else:
            m.reason = f"description, {len(fits)} persons in play are {label}"


def _fuller(name: str, other: str) -> str:
    """The fuller of two names of one person: more words, then more letters ("Laura Brigitte
    Marchal" over "Laura Marchal", "Stephen" over "Steve")."""
    return max((name, other), key=lambda n: (len(name_tokens(n)), len(n)))


@lru_cache(maxsize=1)
def name_suffixes() -> frozenset[str]:
    """Words that end a full name ("Jr.", ``name_suffixes.txt``)."""
    return frozenset(w.rstrip(".") for w in read_lines("name_suffixes.txt"))


@lru_cache(maxsize=1)
def acronym_skips() -> frozenset[str]:
    """Words an acronym may leave out of a full name (``acronym_skips.txt``)."""
    return frozenset(read_lines("acronym_skips.txt"))


def _acronym_like(text: str, strict: bool = True) -> bool:
    """An all-caps word of 2 to 8 letters ("FFUN", "CNIL"); not strict: also "Cnil", "Arcom"."""
    if not (2 <= len(text) <= 8 and text.isalpha() and text[:1].isupper()):
        return False
    return text.isupper() or (not strict and len(text) <= 6 and text[1:].islower())


@lru_cache(maxsize=1)
def _org_description_heads() -> frozenset[str]:
    return frozenset(d.split()[0] for d in descriptions())


@lru_cache(maxsize=1)
def _org_description_words() -> frozenset[str]:
    """Every word of the descriptions of organisations (« la messagerie Telegram » is an apposition)."""
    return frozenset(w for d in descriptions() for w in d.split())


#: Where a description of an organisation may start (« firme », « réseau »...).
_ORG_DESCRIPTION_HEAD = WordTest(lambda word: word.lower().replace("’", "'") in _org_description_heads())


#: Where an all-caps word may stand for an organisation of the document.
_ACRONYM = WordTest(_acronym_like)


@lru_cache(maxsize=1 << 12)
def _initials(name: str) -> frozenset[str]:
    """The acronyms a full name may have (lower case): the initials of all its words, or of
    its words but those of ``acronym_skips.txt``.

    >>> sorted(_initials("Commission nationale de l'informatique et des libertés"))
    ['cndliedl', 'cnil']
    """
    words = name.replace("’", "'").replace("'", "' ").replace("-", " ").split()
    if len(words) < 2:
        return frozenset()
    every = "".join(strip_accents(w[0]).lower() for w in words)
    content = "".join(strip_accents(w[0]).lower() for w in words if w.lower() not in acronym_skips())
    return frozenset(x for x in (every, content) if len(x) >= 2)


def _person_extent(doc: Doc, start: int, end: int) -> tuple[int, int]:
    """A person's name with a known first name the model left out before it ("Eric" Trump) and
    a generational suffix after it (Donald Trump "Jr."), so that father and son stay apart."""
    if start > 0 and gender_of(f"{doc[start - 1].text} {doc[start].text}") and doc[start - 1].text[:1].isupper():
        start -= 1
    if end < len(doc) and doc[end].text.rstrip(".") in name_suffixes() and doc[end].text[:1].isupper():
        end += 1
        if end < len(doc) and doc[end].text == ".":
            end += 1
    return start, end


def _age_after(doc: Doc, i: int, comma: bool = True) -> str:
    """"40" after "Zuckerberg, 40 ans," (comma) or "l'homme de 40 ans" (no comma)."""
    first = "," if comma else "de"
    if i + 2 < len(doc) and doc[i].lower_ == first and doc[i + 1].like_num and doc[i + 2].lower_ == "ans":
        return doc[i + 1].text
    return ""


def _feminine(doc: Doc, start: int, end: int) -> bool:
    """The description is feminine ("la directrice", "la PDG")."""
    return any("Fem" in doc[i].morph.get("Gender") for i in range(start, end) if doc[i].pos_ in ("DET", "NOUN"))


def _morph_gender(token: Token) -> str:
    gender = token.morph.get("Gender")
    return {"Masc": "m", "Fem": "f"}.get(gender[0], "") if gender else ""


def _impersonal(token: Token) -> bool:
    """ "il y a", "il faut", "il s'agit", "il est (adjectif) de / que": "il" stands for nothing."""
    doc = token.doc
    nxt = doc[token.i + 1] if token.i + 1 < len(doc) else None
    if nxt is not None and nxt.lower_ == "y":
        return True
    verbs = [t for t in doc[token.i + 1 : token.i + 4] if t.pos_ in ("VERB", "AUX")]
    if any(t.lemma_ in impersonal_verbs() for t in verbs[:2]):
        return True
    if verbs and verbs[0].lemma_ in ("être", "devenir"):
        after = doc[verbs[0].i + 1 : verbs[0].i + 8]
        return any(t.pos_ == "ADJ" for t in after[:3]) and any(t.lower_ in ("de", "d'", "d’", "que", "qu'", "qu’") for t in after)
    return False


def _after_preposition(doc: Doc, i: int) -> bool:
    """A preposition stands before the mention, over up to 3 articles, adjectives and nouns
    (« avec le chef libéral Guy Verhofstadt »): the mention is a complement, not a subject."""
    j = i - 1
    while j >= 0 and i - j <= 3 and doc[j].pos_ in ("DET", "ADJ", "NOUN") and doc[j].lower_ not in ("de", "d'", "du", "à", "au"):
        j -= 1
    return j >= 0 and doc[j].pos_ == "ADP" and doc[j].lower_ not in ("que", "qu'")


def _in_quote(doc: Doc, i: int) -> bool:
    """Token i stands in quoted speech (« », “ ” or straight quotes) within its paragraph."""
    depth, straight = 0, False
    for j in range(i - 1, -1, -1):
        token = doc[j]
        if "\n" in token.whitespace_ or "\n" in token.text:
            break
        if token.text in CLOSE_QUOTES:
            depth -= 1
        elif token.text in OPEN_QUOTES:
            depth += 1
        elif token.text == '"':
            straight = not straight
    return depth > 0 or straight


def _heads(phrases: Iterable[str]) -> frozenset[str]:
    """What the first token of a phrase can be, once lower-cased: the whole phrase, or the
    part before a space or an apostrophe, or up to an apostrophe ("l'" of "chef de l'état").

    A token followed by a space begins a phrase only if it is one of these (the tokens of a
    phrase are joined by their spaces, and a space beside an apostrophe is dropped).
    """
    heads = set()
    for phrase in phrases:
        heads.add(phrase)
        for p, ch in enumerate(phrase):
            if ch in " '":
                heads.add(phrase[:p])
            if ch == "'":
                heads.add(phrase[: p + 1])
    return frozenset(heads)


@lru_cache(maxsize=1)
def _role_noun_heads() -> frozenset[str]:
    return _heads(role_nouns())


@lru_cache(maxsize=1)
def _anaphor_heads() -> frozenset[str]:
    return _heads(anaphors())


def _may_start_role_noun(word: str) -> bool:
    """A space, or a word that may be the first token of a role noun (:func:`_match_role_noun`)."""
    text = word.lower()
    return text.isspace() or text.replace("’", "'") in _role_noun_heads() or any(ch.isspace() for ch in text)


def _may_start_anaphor(word: str) -> bool:
    """A word (not a space) that begins some anaphor of ``pronouns.tsv``."""
    return not word.isspace() and _norm(word) in _anaphor_prefixes()


def _match_role_noun(doc: Doc, i: int, nouns: dict[str, str]) -> Optional[tuple[str, int]]:
    """The role class of the (possibly multi-word) role noun starting at token i, and its end."""
    lowers = [doc[k].lower_ for k in range(i, min(i + 4, len(doc)))]  # read once for the four lengths
    for n in (4, 3, 2, 1):
        if i + n > len(doc):
            continue
        words = " ".join(lowers[:n]).replace(" '", "'").replace("' ", "'").replace("’", "'")
        if words in nouns:
            return nouns[words], i + n
    return None


def _role_start(doc: Doc, i: int) -> Optional[int]:
    """The start of a definite role description ending in the role noun at i, or None."""
    j = i - 1
    while j >= 0 and i - j <= 3 and doc[j].lower_ in ROLE_MODIFIERS:
        j -= 1
    if j >= 0 and doc[j].lower_ in DETERMINERS:
        return j
    return None


@Language.factory(
    "techpolgraph_resolver",
    default_config={"gazetteer": "organisations.tsv"},
    requires=["doc.ents"],
    assigns=["doc._.tpg_mentions", "doc._.tpg_entities"],
)
def make_document_resolver(nlp: Language, name: str, gazetteer: str) -> DocumentResolver:
    """Group a document's mentions into entities (set ``doc._.tpg_date`` for dated roles)."""
    return DocumentResolver(nlp, name, gazetteer)


def local_entities(doc: Doc) -> list[LocalEntity]:
    """The document-local entities the resolver found, as records."""
    return [
        LocalEntity(id=cid, name=e["name"], kind=EntityKind(e["kind"]), roles=tuple(e["roles"]), gender=e.get("gender", ""))
        for cid, e in (doc._.tpg_entities or {}).items()
    ]


def mentions(doc: Doc) -> list[Mention]:
    """Every mention the resolver saw, resolved (``cluster`` set) or not (``cluster`` empty)."""
    kinds = {cid: EntityKind(e["kind"]) for cid, e in (doc._.tpg_entities or {}).items()}
    found = doc._.tpg_mentions or []
    # the sentences are listed once: ``span.sent`` would look for the sentence of each mention
    sents = list(doc.sents) if found else []
    sent_starts = [sent.start for sent in sents]
    contexts: dict[int, str] = {}
    # an unresolved mention's kind: the label of the entity that starts at its first token, read
    # from the token arrays as ``doc.ents`` tells it (that would make a span of each entity)
    iob_type = doc.to_array([ENT_IOB, ENT_TYPE]).reshape(-1, 2)
    ent_starts = numpy.flatnonzero((iob_type[:, 0] == 3) & (iob_type[:, 1] != 0))
    labels = {i: doc.vocab.strings[t] for i, t in zip(ent_starts.tolist(), iob_type[ent_starts, 1].tolist())}
    doc_id = doc._.tpg_doc_id
    text = doc_text(doc)
    fields = field_names(Mention)  # one set for all
    out = []
    for start, end, cluster, reason in mention_refs(doc):
        if end > start:  # the span's offsets, from its first and last tokens (no span made)
            start_char, end_char = doc[start].idx, doc[end - 1].idx + len(doc[end - 1])
        else:
            start_char, end_char = doc[start:end].start_char, doc[start:end].end_char
        kind = kinds.get(cluster) or KIND_BY_LABEL.get(labels.get(start, ""), EntityKind.PERSON)
        n = bisect_right(sent_starts, start) - 1  # the sentence of the mention's first token, as span.sent
        context = contexts.get(n)
        if context is None:
            context = contexts[n] = text[sents[n].start_char : sents[n].end_char].strip()
        out.append(
            construct(  # every value below already has its field's type: no validation
                Mention,
                fields,
                dict(
                    doc=doc_id,
                    start=start_char,
                    end=end_char,
                    text=text[start_char:end_char],
                    kind=kind,
                    cluster=cluster,
                    reason=reason,
                    context=context,
                ),
            )
        )
    return out
