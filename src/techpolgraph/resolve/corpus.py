"""Across documents: one canonical entity per real-world thing, labelled by its fullest name.

Document-local entities are linked when their names agree once titles, accents and case are
set aside; an entity known in a document only by a surname ("Trump") joins the one entity of
the corpus whose full name ends with it, and stays apart when there are several ("Obama" with
both "Barack Obama" and "Michelle Obama" in the corpus); a first name alone never crosses
documents. A role description whose holder a document could not tell ("le PDG d'Uber" with
no name and no row in the role table) joins the one entity that another document taught that
role through an apposition, within :data:`ROLE_YEARS` years; otherwise it is left out. The
kind of an entity is the vote of all its mentions, so that one mislabelled mention does not
make a company a person.

Names also join across documents when an acronym one document defined is used alone in
another, when an organisation was renamed (``renamed.tsv``), when two full names are spellings
of one person's name (a middle name, a short or misspelled first name, a transliterated
surname) and each is the other's only variant, when a short name (« la Commission ») is one
that another article tied to its full name, and when the context of a surname (a feminine title, a role) picks one
of the full names that end with it. Each such merge keeps its :class:`MergeReason`.

Linking reads each document through its :class:`DocumentDigest`: what of its analysis the
linking needs (its entities with their keys, how each was named, the sentences that justify a
merge), in a fraction of the analysis's memory, since a build keeps one per article until the
end.

Pure Python over :mod:`techpolgraph.models` records; no spaCy here.
"""

from __future__ import annotations

import sys
from collections import Counter, defaultdict
from collections.abc import Iterable
from dataclasses import dataclass, field
from functools import lru_cache
from typing import NamedTuple, Optional, Union
import datetime as dt

from ..models import (
    Alias,
    Document,
    DocumentAnalysis,
    Entity,
    EntityKind,
    LocalEntity,
    LocalRelation,
    Merge,
    compact,
)
from .document import FAMILY, UNPLACED_ROLE
from .events import EventDetails, describe_events, event_key
from .organisations import renamings
from .names import SAME_ARTICLE_VARIANTS, SURNAME_OPENERS, clean_name, spells_surname_of, gender_of, initials, name_key, name_tokens, name_variant, slug, surname_forms, well_known_forms
from .reasons import BY_NAME, PLACED, MergeReason
from .roles import Role, RoleTable, nationalities

LocalKey = tuple[str, str]  # (document id, local entity id)

ROLE_YEARS = 2  # how far apart in time an apposition may teach a role to another document
CORPUS_ACRONYM_LETTERS = 3  # the fewest letters of an acronym joined to a full name of another document


@dataclass
class _Group:
    key: str
    members: list[tuple[str, LocalEntity]] = field(default_factory=list)
    merges: list[Merge] = field(default_factory=list)
    label: str = ""  #: a label that the data gives (a renamed organisation), else the fullest name


#: A merge as (document, alias, reason, evidence): the order merges are listed in.
_MergeKey = tuple[str, str, str, str]



class Naming(NamedTuple):
    """How one document named one of its entities."""

    forms: tuple[tuple[str, EntityKind, int], ...]  #: (form, kind, number of mentions)
    merges: tuple[_MergeKey, ...]  #: mentions joined by another reason than their name


@dataclass(frozen=True)
class DocumentDigest:
    """One document as the linking across the corpus needs it.

    Made from its :class:`~techpolgraph.models.DocumentAnalysis` (:meth:`of`) in a fraction
    of its memory, for a build keeps one per article until the graph is assembled: its
    document without the text, its entities (each event described from its mentions) with the
    key that links them, the role descriptions it could not place, how each entity was named,
    and its relations. Strings repeated within it are stored once. It lives only in memory,
    never written (the cache holds analyses), hence a plain dataclass over the records.
    """

    document: Document
    entities: tuple[tuple[LocalEntity, str, bool], ...]  #: (entity, group key, is a described event)
    unplaced: tuple[LocalEntity, ...]  #: role descriptions whose holder it could not tell
    naming: dict[str, Naming]  #: by local entity id
    relations: tuple[LocalRelation, ...]

    @classmethod
    def of(cls, analysis: Analysed) -> DocumentDigest:
        """The digest of an analysis (a digest is its own)."""
        if isinstance(analysis, DocumentDigest):
            return analysis
        doc = sys.intern(analysis.document.id)
        sentences: dict[str, str] = {}  # each sentence stored once, for merges and relations alike
        naming, reasons = _naming(analysis, doc, sentences)
        entities, unplaced = _keyed_entities(analysis, reasons)
        relations = tuple(
            compact(r, evidence=compact(r.evidence, doc=doc, sentence=sentences.setdefault(r.evidence.sentence, r.evidence.sentence)))
            for r in analysis.relations
        )
        document = analysis.document.model_copy(update={"id": doc, "text": "", "content": ""})
        return cls(document, entities, unplaced, naming, relations)


def _naming(analysis: DocumentAnalysis, doc: str, sentences: dict[str, str]) -> tuple[dict[str, Naming], dict[str, set[str]]]:
    """How the document named each of its entities, and the reasons its mentions joined it."""
    counts: dict[str, Counter[tuple[str, EntityKind]]] = defaultdict(Counter)
    merges: dict[str, set[_MergeKey]] = defaultdict(set)
    reasons: dict[str, set[str]] = defaultdict(set)
    for m in analysis.mentions:
        if not m.cluster:
            continue
        counts[m.cluster][(m.text, m.kind)] += 1
        reasons[m.cluster].add(m.reason)
        if m.reason not in BY_NAME:
            merges[m.cluster].add((doc, m.text, sys.intern(m.reason), sentences.setdefault(m.context, m.context)))
    naming = {
        sys.intern(cluster): Naming(tuple((form, kind, n) for (form, kind), n in found.items()), tuple(sorted(merges.get(cluster, ()))))
        for cluster, found in counts.items()
    }
    return naming, reasons


def _keyed_entities(
    analysis: DocumentAnalysis, reasons: dict[str, set[str]]
) -> tuple[tuple[tuple[LocalEntity, str, bool], ...], tuple[LocalEntity, ...]]:
    """The document's entities with the key that links them (events described first), and
    apart, the role descriptions it could not place (all their mentions only a role)."""
    events = describe_events(analysis) if any(e.kind is EntityKind.EVENT for e in analysis.entities) else {}
    keyed, unplaced = [], []
    for entity in analysis.entities:
        seen = reasons.get(entity.id, set())
        if UNPLACED_ROLE in seen and not seen & PLACED:
            unplaced.append(compact(entity))
            continue
        details = None
        if entity.kind is EntityKind.EVENT:
            entity, details = events[entity.id]
        keyed.append((compact(entity), group_key(entity, details), details is not None))
    return tuple(keyed), tuple(unplaced)


#: What linking reads: a document's analysis, or its digest.
Analysed = Union[DocumentAnalysis, DocumentDigest]


class CorpusResolver:
    """Links the local entities of many documents into canonical :class:`Entity` records.

    >>> from techpolgraph.models import Document, DocumentAnalysis, LocalEntity, Mention, EntityKind
    >>> def analysis(doc_id, name):
    ...     d = Document(id=doc_id, text=name, content=name)
    ...     e = LocalEntity(id="c0", name=name, kind=EntityKind.PERSON)
    ...     m = Mention(doc=doc_id, start=0, end=len(name), text=name, kind=EntityKind.PERSON, cluster="c0")
    ...     return DocumentAnalysis(document=d, entities=(e,), mentions=(m,))
    >>> entities, links = CorpusResolver().link([analysis("a.txt", "Mark Zuckerberg"), analysis("b.txt", "Zuckerberg")])
    >>> [e.label for e in entities], links[("b.txt", "c0")]
    (['Mark Zuckerberg'], 'person:mark-zuckerberg')
    """

    def link(self, analyses: Iterable[Analysed]) -> tuple[list[Entity], dict[LocalKey, str]]:
        """The corpus's entities, and the entity each (document, local entity id) is linked to.

        ``analyses`` are documents' analyses or their digests (:class:`DocumentDigest`).
        """
        digests = [DocumentDigest.of(a) for a in analyses]
        unplaced = {(d.document.id, e.id): e for d in digests for e in d.unplaced}
        groups = self._group(digests)
        self._attach_acronyms(groups, digests)
        self._attach_initials(groups)
        self._join_renamed(groups)
        self._join_variants(groups)
        self._join_country_forms(groups)
        self._attach_surnames(groups)
        self._place_roles(groups, unplaced, {d.document.id: d.document.date for d in digests})
        return self._entities(groups, {d.document.id: d for d in digests})

    def _place_roles(
        self, groups: dict[str, _Group], unplaced: dict[LocalKey, LocalEntity], dates: dict[str, Optional[dt.date]]
    ) -> None:
        """Role descriptions no document could place join the one entity taught that role elsewhere."""
        for (doc, _local_id), local in sorted(unplaced.items()):
            role = local.roles[0] if local.roles else ""
            fits: dict[str, str] = {}
            for key in sorted(groups):
                genders = {m.gender for _, m in groups[key].members if m.gender}
                if local.gender and genders and local.gender not in genders:
                    continue  # « la présidente du parti » is not the man taught that role elsewhere
                for other_doc, other in groups[key].members:
                    if other_doc != doc and role in other.roles and _near(dates.get(doc), dates.get(other_doc)):
                        fits.setdefault(key, other_doc)
            if len(fits) != 1:
                continue
            key, taught_in = next(iter(fits.items()))
            name = groups[key].members[0][1].name  # a description is no proper name: it must not label the entity
            groups[key].members.append((doc, local.model_copy(update={"name": name})))
            groups[key].merges.append(Merge(alias=local.name, reason=f"role {role} taught by an apposition in {taught_in}", doc=doc))

    def _group(self, digests: Iterable[DocumentDigest]) -> dict[str, _Group]:
        groups: dict[str, _Group] = {}
        docs_of: dict[str, set[str]] = {}  # the documents each group has members from
        for digest in digests:
            doc = digest.document.id
            for entity, key, is_event in digest.entities:
                group = groups.setdefault(key, _Group(key))
                docs = docs_of.setdefault(key, set())
                if docs and doc not in docs:
                    reason = (MergeReason.SAME_EVENT if is_event else MergeReason.SAME_NAME).value
                    group.merges.append(Merge(alias=entity.name, reason=reason, doc=doc))
                group.members.append((doc, entity))
                docs.add(doc)
        return groups

    def _attach_acronyms(self, groups: dict[str, _Group], digests: list[DocumentDigest]) -> None:
        """Join an acronym or a short name used alone to the one full name that some document
        gave it for (« la Fédération française des usagers du numérique (FFUN) » in one article,
        « la FFUN » in another; « la Commission européenne ... la Commission » in one, « la
        Commission » in another). A short name no article tied to a full name stays apart: « la
        Commission » is not « la Commission nationale de l'informatique et des libertés »); and
        another name an article gave (« Paul Martin, alias Marc Petit »: « Marc Petit » alone in
        another)."""
        other_names = {MergeReason.OTHER_NAME.value, MergeReason.PERSON_ALIAS.value}
        acronym_reasons = {MergeReason.ACRONYM_DEFINED.value, MergeReason.ACRONYM_INITIALS.value, MergeReason.SHORT_NAME.value, *other_names}
        taught: dict[str, dict[str, tuple[str, str]]] = defaultdict(dict)  # alias key -> full name's key -> (document, reason)
        for digest in digests:
            keys = {entity.id: key for entity, key, _ in digest.entities}
            for local_id, naming in digest.naming.items():
                for doc, alias, reason, _sentence in naming.merges:
                    if reason in acronym_reasons and local_id in keys:
                        taught[name_key(alias)].setdefault(keys[local_id], (doc, reason))
        for key in sorted(taught):
            fulls = taught[key]
            group = groups.get(key)
            if group is None or len(fulls) != 1:
                continue
            full_key, (doc_taught, how) = next(iter(fulls.items()))
            target = groups.get(full_key)
            if target is None or target is group:
                continue
            short = how == MergeReason.SHORT_NAME.value
            reason = (MergeReason.CORPUS_SHORT_NAME if short else MergeReason.CORPUS_OTHER_NAME if how in other_names else MergeReason.CORPUS_ACRONYM).detail(doc_taught)
            target.members.extend(group.members)
            target.merges.extend(Merge(alias=e.name, reason=reason, doc=doc) for doc, e in group.members)
            target.merges.extend(group.merges)
            del groups[key]

    def _attach_initials(self, groups: dict[str, _Group]) -> None:
        """An organisation named only by an all-caps word of at least :data:`CORPUS_ACRONYM_LETTERS`
        letters (« NFA ») joins the one organisation of the corpus whose full name has those
        initials (« Nordland Freedom Alliance » in another article; :func:`initials`). Where two
        full names of any kind fit, it stays apart."""
        by_letters: dict[str, list[_Group]] = defaultdict(list)
        for group in groups.values():
            # two words or more, or a CamelCase word (« AggregateIQ »): what initials() gives letters for
            for letters in sorted({x for _, e in group.members for x in initials(e.name)}):
                by_letters[letters].append(group)
        for key in sorted(groups):
            group = groups[key]
            names = {e.name for _, e in group.members}
            if (
                len(key) < CORPUS_ACRONYM_LETTERS
                or not all(n.isalpha() and n.isupper() for n in names)
                or _kind(group) is not EntityKind.ORGANISATION
            ):
                continue
            fits = by_letters.get(key, [])
            if len(fits) != 1 or _kind(fits[0]) is not EntityKind.ORGANISATION or fits[0] is group:
                continue
            target = fits[0]
            reason = MergeReason.CORPUS_INITIALS.detail(target.members[0][1].name)
            target.members.extend(group.members)
            target.merges.extend(Merge(alias=e.name, reason=reason, doc=doc) for doc, e in group.members)
            target.merges.extend(group.merges)
            del groups[key]

    def _join_renamed(self, groups: dict[str, _Group]) -> None:
        """An organisation's earlier and later names (``renamed.tsv``: Twitter and X) are one
        entity when the corpus uses both, labelled as the table says."""
        for renaming in renamings():
            old, new = groups.get(name_key(renaming.old)), groups.get(name_key(renaming.new))
            if old is None or new is None or old is new:
                continue
            if EntityKind.ORGANISATION not in (_kind(old), _kind(new)) or EntityKind.PERSON in (_kind(old), _kind(new)):
                continue
            since = renaming.since.isoformat() if renaming.since else "?"
            reason = MergeReason.RENAMED.detail(f"{renaming.old}, renamed {renaming.new} on {since}")
            new.members.extend(old.members)
            new.merges.extend(Merge(alias=e.name, reason=reason, doc=doc) for doc, e in old.members)
            new.merges.extend(old.merges)
            new.label = renaming.label
            del groups[old.key]

    def _join_variants(self, groups: dict[str, _Group]) -> None:
        """Two full names of people that are spellings of one name (:func:`name_variant`: a
        middle name, a short or misspelled first name, a transliterated surname) are one person
        when each is the other's only variant in the corpus, and, for a spelling one letter
        off, no article names both ("Marc Dupont" beside "Mark Dupont" are two people; an
        article may well give "Stephen Bannon" and "Steve Bannon", or a middle name once)."""
        people = [g for g in groups.values() if len(g.key.split()) >= 2 and _kind(g) is EntityKind.PERSON]
        buckets: dict[str, list[_Group]] = defaultdict(list)
        for g in people:
            words = g.key.split()
            buckets["last:" + words[-1]].append(g)
            buckets["first:" + words[0]].append(g)
            if len(words) == 2:
                buckets["pair:" + " ".join(sorted(words))].append(g)  # « MÉLOT Colette », surname first, beside « Colette Mélot »
        variants: dict[str, dict[str, str]] = defaultdict(dict)  # key -> other key -> kind of variant
        spelled = {g.key: _spelling(g) for g in people}
        for bucket in buckets.values():
            for n, a in enumerate(bucket):
                for b in bucket[n + 1 :]:
                    kind = name_variant(spelled[a.key], spelled[b.key])
                    if kind:
                        variants[a.key][b.key] = variants[b.key][a.key] = kind
        for key in sorted(variants):
            others = variants[key]
            if len(others) != 1 or key not in groups:
                continue
            other = next(iter(others))
            if len(variants[other]) != 1 or other not in groups:
                continue
            a, b = groups[key], groups[other]
            kind = others[other]
            if kind not in SAME_ARTICLE_VARIANTS and {doc for doc, _ in a.members} & {doc for doc, _ in b.members}:
                continue  # "Marc Dupont" and "Mark Dupont" both named in one article: two people
            if len({_group_gender(a), _group_gender(b)} - {""}) > 1:
                continue  # « Mme López Portillo » is not « José López Portillo »: genders known and different
            target, joined = sorted((a, b), key=lambda g: (-len(g.key.split()), -len(g.members), g.key))
            reason = MergeReason.CORPUS_NEAR_NAME.detail(kind)
            target.members.extend(joined.members)
            target.merges.extend(Merge(alias=e.name, reason=reason, doc=doc) for doc, e in joined.members)
            target.merges.extend(joined.merges)
            del groups[joined.key]

    def _join_country_forms(self, groups: dict[str, _Group]) -> None:
        """An organisation named with a country's adjective and one named with the same words and
        « de » and that country (« la Cour constitutionnelle turque », « la Cour constitutionnelle
        de Turquie ») are one institution, where the corpus holds one name of each form; the
        label is the longer name, the country's."""
        forms: dict[tuple[str, str], dict[str, list[_Group]]] = defaultdict(lambda: defaultdict(list))
        for key in sorted(groups):
            group = groups[key]
            form = country_form(key) if _kind(group) is EntityKind.ORGANISATION else None
            if form is not None:
                head, country, how = form
                forms[(head, country)][how].append(group)
        for found in (forms[k] for k in sorted(forms)):
            adjective, named = found.get("adjective", []), found.get("de", [])
            if len(adjective) != 1 or len(named) != 1:
                continue
            target, joined = named[0], adjective[0]
            target.members.extend(joined.members)
            target.merges.extend(Merge(alias=e.name, reason=MergeReason.CORPUS_COUNTRY_FORM.value, doc=doc) for doc, e in joined.members)
            target.merges.extend(joined.merges)
            del groups[joined.key]

    def _attach_surnames(self, groups: dict[str, _Group]) -> None:
        """Join one-word person names to the one full name of the corpus that ends with them.

        Where several full names share the surname, the context of each document picks one: the
        gender its titles or role nouns gave ("Mme Trump"), or a role it taught that only one
        of them holds or held. A surname shared with a well-known person (a role holder of
        ``roles.tsv``) other than the corpus's one full name stays apart: a corpus that names
        only Eric Trump does not make every "Trump" him.
        """
        full = [g for g in groups.values() if len(g.key.split()) >= 2 and _kind(g) is EntityKind.PERSON]
        by_initial: dict[str, list[_Group]] = defaultdict(list)  # two-word names by their surname's first letter
        for g in full:
            if len(g.key.split()) == 2:
                by_initial[g.key.split()[1][:1]].append(g)
        by_last: dict[str, list[_Group]] = defaultdict(list)
        for g in full:
            words = g.key.split()
            for form in surname_forms(words[-1]):  # « assad » of « bachar al-assad » too
                by_last[form].append(g)
            if len(words) >= 3 and words[-2] in SURNAME_OPENERS:
                by_last[" ".join(words[-2:])].append(g)  # « de gaulle » of « charles de gaulle », « le fur » of « marc le fur »
        for key in sorted(groups):
            group = groups[key]
            if _kind(group) is not EntityKind.PERSON:
                continue
            if not _surname_key(key):
                if not _join_well_known(groups, key):
                    _name_well_known(group)  # « Barack H. Obama », another form the list gives
                continue
            if not by_last.get(key):
                near = _spelled_surname(key, by_initial.get(key[:1], []))
                if near is not None:  # « Zelenskyy » alone, « Volodymyr Zelensky » in full
                    near.members.extend(group.members)
                    near.merges.extend(Merge(alias=e.name, reason=MergeReason.CORPUS_SURNAME_SPELLING.value, doc=doc) for doc, e in group.members)
                    near.merges.extend(group.merges)
                    del groups[key]
                elif not _join_well_known(groups, key):
                    _name_well_known(group)
                continue
            candidates = by_last[key]
            staying: list[tuple[str, LocalEntity]] = []
            taken_in: dict[str, _Group] = {}
            for doc, entity in group.members:
                target, reason = _surname_target(key, entity, candidates)
                if target is None:
                    staying.append((doc, entity))
                    continue
                target.members.append((doc, entity))
                target.merges.append(Merge(alias=entity.name, reason=reason.value, doc=doc))
                taken_in[doc] = target
            kept_merges = []
            for merge in group.merges:  # "same name in another document": to the entity that took that document's member
                if merge.doc in taken_in:
                    taken_in[merge.doc].merges.append(merge)
                else:
                    kept_merges.append(merge)
            if staying:
                group.members, group.merges = staying, kept_merges
            else:
                del groups[key]

    def _entities(self, groups: dict[str, _Group], digests: dict[str, DocumentDigest]) -> tuple[list[Entity], dict[LocalKey, str]]:
        entities: list[Entity] = []
        links: dict[LocalKey, str] = {}
        used: set[str] = set()
        for key in sorted(groups, key=lambda k: (groups[k].key, len(groups[k].members))):
            group = groups[key]
            members = sorted(group.members, key=lambda de: (de[0], de[1].id))
            vote: Counter[EntityKind] = Counter()
            alias_counts: Counter[str] = Counter()
            alias_docs: dict[str, set[str]] = defaultdict(set)
            merges: set[_MergeKey] = {(m.doc, m.alias, m.reason, m.evidence) for m in group.merges}
            roles: set[str] = set()
            date, place = "", ""
            for doc, local in members:
                naming = digests[doc].naming.get(local.id)
                if naming is None:  # no mention of it: its own kind votes
                    vote[local.kind] += 1
                else:
                    for text, mention_kind, n in naming.forms:
                        vote[mention_kind] += n
                        alias_counts[text] += n
                        alias_docs[text].add(doc)
                    merges.update(naming.merges)
                roles.update(local.roles)
                date = date or local.date
                place = place or local.place
            kind = _vote(vote)
            label = group.label or _label([local.name for _, local in members], alias_counts)
            entity_id = _unique_id(f"{kind.value}:{slug(label)}", used)
            docs = sorted({doc for doc, _ in members})
            entities.append(
                Entity(
                    id=entity_id,
                    label=label,
                    kind=kind,
                    aliases=tuple(
                        Alias(text=t, count=alias_counts[t], docs=tuple(sorted(alias_docs[t]))) for t in sorted(alias_counts)
                    ),
                    merges=tuple(Merge(alias=a, reason=r, doc=d, evidence=e) for d, a, r, e in sorted(merges)),
                    roles=tuple(sorted(roles)),
                    docs=tuple(docs),
                    date=date,
                    place=place,
                )
            )
            for doc, local in members:
                links[(doc, local.id)] = entity_id
        entities.sort(key=lambda e: e.id)
        return entities, links


def _spelling(group: _Group) -> str:
    """The group's name as the text writes it (its key drops hyphens: « Maréchal-Le Pen » is
    told from « Maréchal Le Pen » by them), the fullest one."""
    names = sorted({e.name for _doc, e in group.members}) or [group.key]
    return max(names, key=lambda n: (len(name_tokens(n)), "-" in n))


def _group_gender(group: _Group) -> str:
    """A group's gender: its members' (titles, role nouns) or its first name's; "" if unknown or mixed."""
    genders = {e.gender for _, e in group.members if e.gender} | ({gender_of(group.members[0][1].name)} - {""})
    return next(iter(genders)) if len(genders) == 1 else ""


def _holds(group: _Group, role: str) -> bool:
    """The group's person was taught the role in some document, or held it per the role table."""
    if any(role in e.roles for _, e in group.members):
        return True
    parsed = Role.parse(role)
    return any(RoleTable.shipped().fits(e.name, parsed.cls, parsed.qualifier, None) for _, e in group.members[:1])


@lru_cache(maxsize=1)
def _well_known() -> dict[str, frozenset[str]]:
    """Surname (name key word) -> name keys of the well-known role holders of ``roles.tsv``."""
    index: dict[str, set[str]] = defaultdict(set)
    for name in (t.holder for t in RoleTable.shipped().famous_tenures()):
        words = name_tokens(name)
        if len(words) >= 2:
            index[words[-1]].add(name_key(name))
    return {word: frozenset(keys) for word, keys in index.items()}


def _listed_full_name(name: str) -> Optional[str]:
    """The full name the shipped list (``people.tsv``) gives to another form of it, titles left
    out (« M. Barack H. Obama »: Barack Obama), or to itself; else None."""
    forms = well_known_forms()
    found = forms.get(name) or forms.get(clean_name(name))
    return found or (name if name in _listed_names() else None)


@lru_cache(maxsize=1)
def _listed_names() -> frozenset[str]:
    """The full names of the shipped list of well-known people."""
    return frozenset(well_known_forms().values())


def _join_well_known(groups: dict[str, _Group], key: str) -> bool:
    """« Lula » in a corpus that also names « Luiz Inácio Lula da Silva », « Barack H. Obama »
    beside « Barack Obama »: a name that the shipped list (``people.tsv``) gives to a well-known
    person as another form joins that person's full name in the corpus, unless a document gives
    another gender."""
    group = groups[key]
    famous = {_listed_full_name(entity.name) for _, entity in group.members}
    if len(famous) != 1 or None in famous:
        return False
    name = famous.pop()
    target = groups.get(name_key(name))
    if target is None or target is group or _kind(target) is not EntityKind.PERSON:
        return False
    if any(entity.gender and gender_of(name) not in ("", entity.gender) for _, entity in group.members):
        return False
    target.members.extend(group.members)
    target.merges.extend(group.merges)
    target.merges.extend(Merge(alias=entity.name, reason=MergeReason.KNOWN_NAME.value, doc=doc) for doc, entity in group.members)
    del groups[key]
    return True


def _name_well_known(group: _Group) -> None:
    """« Poutine » in a corpus that gives no full name of that surname: the well-known person
    the shipped list writes so (``people.tsv``) labels it, unless a document's title or role
    noun gives another gender (« Mme Obama »)."""
    if group.label:
        return
    famous = {_listed_full_name(entity.name) for _, entity in group.members}
    if len(famous) != 1 or None in famous:
        return
    name = famous.pop()
    if any(entity.gender and gender_of(name) not in ("", entity.gender) for _, entity in group.members):
        return
    if all(entity.name == name for _, entity in group.members):
        return  # already written so
    group.label = name
    group.merges.extend(Merge(alias=entity.name, reason=MergeReason.KNOWN_NAME.value, doc=doc) for doc, entity in group.members if entity.name != name)


def _surname_key(key: str) -> bool:
    """A key of one word, or of a particle or article and one word (« de gaulle », « le fur »): a surname alone."""
    words = key.split()
    return len(words) == 1 or (len(words) == 2 and words[0] in SURNAME_OPENERS)


def _spelled_surname(key: str, candidates: list[_Group]) -> Optional[_Group]:
    """The one two-word full name among ``candidates`` (those whose surname opens with the same
    letter) whose surname is another spelling of a one-word surname written alone
    (:func:`.names.name_variant`: transliterated alike, or one letter apart and six letters long:
    « Zelenskyy », « Netanyahu »), where the word is no first name and no other well-known
    person's surname; else None."""
    if _well_known().get(key):
        return None
    fits = [g for g in candidates if spells_surname_of(key, g.key)]  # not « Martine », a first name
    return fits[0] if len(fits) == 1 else None


def _surname_target(surname: str, entity: LocalEntity, candidates: list[_Group]) -> tuple[Optional[_Group], MergeReason]:
    """The one full name of the corpus a surname-only entity joins, and why (None: it stays apart)."""
    if entity.gender == FAMILY:
        return None, MergeReason.CORPUS_SURNAME  # « les frères Garnier » are not Lucie Garnier
    fits = candidates
    if entity.gender:
        fits = [g for g in fits if _group_gender(g) in ("", entity.gender)]
    if entity.roles:
        fits = [g for g in fits if any(_holds(g, r) for r in entity.roles)] or (fits if len(fits) == 1 else [])
    if len(fits) != 1:
        return None, MergeReason.CORPUS_SURNAME
    target = fits[0]
    others = _well_known().get(surname, frozenset()) - {target.key}
    if entity.gender:
        others = {o for o in others if gender_of(o) in ("", entity.gender)}
    if others:
        return None, MergeReason.CORPUS_SURNAME  # "Trump" alone is not Eric Trump because the corpus names only him
    narrowed = len(candidates) > 1
    return target, MergeReason.CORPUS_SURNAME_CONTEXT if narrowed else MergeReason.CORPUS_SURNAME


def _near(a: Optional[dt.date], b: Optional[dt.date]) -> bool:
    """Two documents close enough in time for one to teach the other a role's holder: both
    dated, within :data:`ROLE_YEARS`, or both undated (a corpus without dates); an undated
    article is not placed by a dated one, nor the other way (« le président de la République »
    of an essay on de Gaulle is not the one a 2017 communiqué names)."""
    if a is None or b is None:
        return a is None and b is None
    return abs((a - b).days) <= 366 * ROLE_YEARS


#: The prepositions before a country's name in an institution's name (« de Turquie », « d'Iran », « des États-Unis »).
COUNTRY_PREPOSITIONS = frozenset({"de", "du", "des"})


@lru_cache(maxsize=1)
def _countries_by_key() -> dict[str, str]:
    """The countries ``nationalities.tsv`` names, by their name's key (« turquie »: Turquie)."""
    return {name_key(country): country for country in nationalities().values()}


@lru_cache(maxsize=1)
def _adjectives_by_key() -> dict[str, str]:
    """The adjectives of ``nationalities.tsv``, by key, and the country each names (« turque »: Turquie)."""
    return {name_key(adjective): country for adjective, country in nationalities().items()}


def country_form(key: str) -> Optional[tuple[str, str, str]]:
    """(the words before the country, the country, "adjective" or "de") of an organisation's name
    key that ends with a country's adjective or with « de » and its name; None otherwise.

    >>> country_form("cour constitutionnelle turque"), country_form("cour constitutionnelle de turquie")
    (('cour constitutionnelle', 'Turquie', 'adjective'), ('cour constitutionnelle', 'Turquie', 'de'))
    >>> country_form("cour supreme d'iran"), country_form("parti radical")
    (('cour supreme', 'Iran', 'de'), None)
    """
    words = key.replace("d'", "d' ").split()
    if len(words) >= 2 and words[-1] in _adjectives_by_key():
        return " ".join(words[:-1]), _adjectives_by_key()[words[-1]], "adjective"
    for k in range(len(words) - 2, 0, -1):
        if words[k] in COUNTRY_PREPOSITIONS or words[k] == "d'":
            country = _countries_by_key().get(" ".join(words[k + 1 :]))
            return (" ".join(words[:k]), country, "de") if country else None
    return None


def group_key(entity: LocalEntity, details: Optional[EventDetails] = None) -> str:
    """The key under which local entities of different documents are one entity."""
    if entity.kind is EntityKind.EVENT:
        return "event:" + event_key(entity, details)
    return name_key(entity.name)


def _kind(group: _Group) -> EntityKind:
    return _vote(Counter(e.kind for _, e in group.members))


def _vote(votes: Counter[EntityKind]) -> EntityKind:
    order = list(EntityKind)
    return max(votes, key=lambda k: (votes[k], -order.index(k)))


def _label(names: list[str], forms: Counter[str]) -> str:
    """The fullest proper name: most words, then most often seen, then alphabetical."""
    candidates = set(names)
    return max(sorted(candidates), key=lambda n: (len(name_tokens(n)), forms.get(n, 0), -len(n)))


def _unique_id(base: str, used: set[str]) -> str:
    candidate, n = base, 2
    while candidate in used:
        candidate, n = f"{base}-{n}", n + 1
    used.add(candidate)
    return candidate


def link_entities(analyses: Iterable[Analysed]) -> tuple[list[Entity], dict[LocalKey, str]]:
    """Shortcut for ``CorpusResolver().link(analyses)``."""
    return CorpusResolver().link(analyses)
