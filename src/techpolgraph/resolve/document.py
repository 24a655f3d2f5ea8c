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
  the article's date;
- organisations, places and events join by their canonical name.

It writes ``doc._.tpg_mentions`` (start token, end token, cluster id, reason) and
``doc._.tpg_entities`` (cluster id -> name, kind, roles), plain data that survives
``Doc.to_bytes``; :func:`local_entities` and :func:`mentions` turn them into records.
"""

from __future__ import annotations

import datetime as dt
from dataclasses import dataclass, field
from typing import Optional

from spacy.language import Language
from spacy.tokens import Doc, Span

from ..models import EntityKind, LocalEntity, Mention
from ..nlp.components import KIND_BY_LABEL, Gazetteer
from .names import clean_name, is_full_name, name_key, name_tokens
from .roles import Role, RoleTable, nationalities, role_nouns

DETERMINERS = frozenset({"le", "la", "l'", "l’", "du", "au", "ce", "cet", "cette"})
ROLE_MODIFIERS = frozenset({"nouveau", "nouvel", "nouvelle", "futur", "future", "actuel", "actuelle", "puissant", "jeune"})
CONTRACTED = frozenset({"du", "au"})
INCOMING = frozenset({"nouveau", "nouvel", "nouvelle", "futur", "future", "élu", "élue"})
OF = frozenset({"de", "d'", "d’", "du", "des"})


def _register_extensions() -> None:
    for name, default in (("tpg_doc_id", ""), ("tpg_date", ""), ("tpg_mentions", None), ("tpg_entities", None)):
        if not Doc.has_extension(name):
            Doc.set_extension(name, default=default)


_register_extensions()


@dataclass
class _Cluster:
    id: str
    kind: EntityKind
    name: str
    roles: set[str] = field(default_factory=set)

    def offer_name(self, name: str) -> None:
        """Keep the fullest proper name seen."""
        if len(name_tokens(name)) > len(name_tokens(self.name)) or (
            len(name_tokens(name)) == len(name_tokens(self.name)) and len(name) > len(self.name)
        ):
            self.name = name


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


class DocumentResolver:
    """Groups a document's mentions into local entities (see the module docstring)."""

    def __init__(self, nlp: Language, name: str, gazetteer: str) -> None:
        self.name = name
        self.gazetteer = Gazetteer(gazetteer)
        self.table = RoleTable.shipped()

    def __call__(self, doc: Doc) -> Doc:
        date = dt.date.fromisoformat(doc._.tpg_date) if doc._.tpg_date else None
        state = _DocState(self, doc, date)
        state.run()
        doc._.tpg_mentions = [(m.start, m.end, m.cluster, m.reason) for m in state.mentions]
        doc._.tpg_entities = {
            c.id: {"name": c.name, "kind": c.kind.value, "roles": sorted(c.roles)} for c in state.clusters.values()
        }
        return doc


class _DocState:
    def __init__(self, resolver: DocumentResolver, doc: Doc, date: Optional[dt.date]) -> None:
        self.r = resolver
        self.doc = doc
        self.date = date
        self.mentions: list[_Mention] = []
        self.clusters: dict[str, _Cluster] = {}
        self.by_key: dict[tuple[EntityKind, str], str] = {}

    # -- clusters ---------------------------------------------------------------------------
    def new_cluster(self, kind: EntityKind, name: str) -> _Cluster:
        cluster = _Cluster(id=f"c{len(self.clusters)}", kind=kind, name=name)
        self.clusters[cluster.id] = cluster
        return cluster

    def run(self) -> None:
        self.collect_named()
        self.collect_roles()
        self.resolve_people()
        self.resolve_others()
        self.resolve_roles()
        self.mentions.sort(key=lambda m: (m.start, m.end))

    def collect_named(self) -> None:
        for ent in self.doc.ents:
            kind = KIND_BY_LABEL.get(ent.label_)
            if kind is None:
                continue
            titled = ent[0].text.lower() in {"m.", "mme", "mlle"} or (
                ent.start > 0 and self.doc[ent.start - 1].text.lower() in {"m.", "mme", "mlle"}
            )
            self.mentions.append(_Mention(ent.start, ent.end, kind, ent.text, titled=titled))

    # -- roles ------------------------------------------------------------------------------
    def collect_roles(self) -> None:
        """Role descriptions: alone they are mentions; beside a name they teach a role."""
        doc = self.doc
        ent_at = {i: m for m in self.mentions for i in range(m.start, m.end)}
        nouns = role_nouns()
        for token in doc:
            found = _match_role_noun(doc, token.i, nouns)
            if found is None:
                continue
            cls, noun_end = found
            start = _role_start(doc, token.i)
            if start is None:
                continue
            role, end = self.qualify(cls, noun_end, ent_at)
            if role is None:
                continue
            # title or apposition after: "le président français Emmanuel Macron", "le PDG d'Uber, Dara K."
            after = end + 1 if end < len(doc) and doc[end].text == "," else end
            person = ent_at.get(after)
            if person is not None and person.kind is EntityKind.PERSON and person.start == after:
                person.role = role
                continue
            # apposition before: "Dara Khosrowshahi, le PDG d'Uber"
            before = ent_at.get(start - 2) if start >= 2 and doc[start - 1].text == "," else None
            if doc[start].lower_ in CONTRACTED:  # "du président", "au président": the article is not the name
                start += 1
            incoming = any(t.lower_ in INCOMING for t in doc[start : token.i]) or doc[end - 1].lower_ in INCOMING
            mention = _Mention(start, end, EntityKind.PERSON, doc[start:end].text, role=role, named=False, incoming=incoming)
            if before is not None and before.kind is EntityKind.PERSON:
                before.role = role
                mention.reason = f"apposition:{id(before)}"
            self.mentions.append(mention)

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
            if org is not None and org.start == j and org.kind in (EntityKind.ORGANISATION, EntityKind.LOCATION):
                known = self.r.gazetteer.canonical(clean_name(org.text))
                return Role(cls, known[0] if known else clean_name(org.text)), org.end
        return None, i

    # -- people -----------------------------------------------------------------------------
    def resolve_people(self) -> None:
        named = [m for m in self.mentions if m.kind is EntityKind.PERSON and m.named]
        for m in named:
            if is_full_name(m.text):
                key = name_key(m.text)
                cid = self.by_key.get((EntityKind.PERSON, key))
                cluster = self.clusters[cid] if cid else self.new_cluster(EntityKind.PERSON, clean_name(m.text))
                self.by_key[(EntityKind.PERSON, key)] = cluster.id
                m.cluster, m.reason = cluster.id, "name"
                if m.role is not None:
                    cluster.roles.add(str(m.role))
        full = [c for c in self.clusters.values() if c.kind is EntityKind.PERSON]
        for m in named:
            if m.cluster:
                continue
            word = name_key(m.text)
            by_surname = [c for c in full if name_tokens(c.name)[-1] == word]
            by_first = [c for c in full if name_tokens(c.name)[0] == word]
            if len(by_surname) == 1 and not self._famous_other(word, by_surname[0]):
                m.cluster, m.reason = by_surname[0].id, "title" if m.titled else "surname"
            elif len(by_surname) > 1:
                m.reason = "ambiguous surname"
            elif not by_surname and len(by_first) == 1:
                m.cluster, m.reason = by_first[0].id, "first name"
            elif not by_surname and len(by_first) > 1:
                m.reason = "ambiguous first name"
            elif not by_surname and not by_first:
                key = (EntityKind.PERSON, word)
                cid = self.by_key.get(key) or self.new_cluster(EntityKind.PERSON, clean_name(m.text)).id
                self.by_key[key] = cid
                m.cluster, m.reason = cid, "name"
            if m.cluster and m.role is not None:
                self.clusters[m.cluster].roles.add(str(m.role))

    def _famous_other(self, surname: str, cluster: _Cluster) -> bool:
        """A bare surname shared with a well-known person other than the one in the document."""
        famous = {h for t in self.r.table.tenures for h in [t.holder] if name_tokens(h)[-1] == surname}
        return any(name_key(h) != name_key(cluster.name) for h in famous)

    def resolve_others(self) -> None:
        for m in self.mentions:
            if m.kind is EntityKind.PERSON:
                continue
            known = self.r.gazetteer.canonical(clean_name(m.text)) or self.r.gazetteer.canonical(m.text)
            name = known[0] if known else clean_name(m.text)
            key = (m.kind, name_key(name))
            cid = self.by_key.get(key) or self.new_cluster(m.kind, name).id
            self.by_key[key] = cid
            m.cluster, m.reason = cid, "name" if name == clean_name(m.text) else "known name"

    def resolve_roles(self) -> None:
        people = [c for c in self.clusters.values() if c.kind is EntityKind.PERSON]
        by_id = {id(m): m for m in self.mentions}
        for m in self.mentions:
            if m.role is None or m.named:
                continue
            if m.reason.startswith("apposition:"):
                other = by_id[int(m.reason.split(":")[1])]
                m.cluster, m.reason = other.cluster, "apposition"
                continue
            holders = [c for c in people if str(m.role) in c.roles]
            if len(holders) == 1:
                m.cluster, m.reason = holders[0].id, "role (apposition in this document)"
                continue
            if holders:
                m.reason = "ambiguous role"
                continue
            holder = self.r.table.holder(m.role, self.date, incoming=m.incoming)
            if holder is None:
                m.reason = "unknown role holder"
                continue
            match = [c for c in people if name_key(c.name) == name_key(holder)]
            cluster = match[0] if match else self.new_cluster(EntityKind.PERSON, holder)
            cluster.roles.add(str(m.role))
            m.cluster, m.reason = cluster.id, f"role table ({m.role} on {self.date.isoformat() if self.date else '?'})"


def _match_role_noun(doc: Doc, i: int, nouns: dict[str, str]) -> Optional[tuple[str, int]]:
    """The role class of the (possibly multi-word) role noun starting at token i, and its end."""
    for n in (4, 3, 2, 1):
        if i + n > len(doc):
            continue
        words = " ".join(t.lower_ for t in doc[i : i + n]).replace(" '", "'").replace("' ", "'").replace("’", "'")
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
        LocalEntity(id=cid, name=e["name"], kind=EntityKind(e["kind"]), roles=tuple(e["roles"]))
        for cid, e in (doc._.tpg_entities or {}).items()
    ]


def mentions(doc: Doc) -> list[Mention]:
    """Every mention the resolver saw, resolved (``cluster`` set) or not (``cluster`` empty)."""
    kinds = {cid: EntityKind(e["kind"]) for cid, e in (doc._.tpg_entities or {}).items()}
    out = []
    for start, end, cluster, reason in doc._.tpg_mentions or []:
        span: Span = doc[start:end]
        kind = kinds.get(cluster) or KIND_BY_LABEL.get(span.label_, EntityKind.PERSON)
        out.append(
            Mention(
                doc=doc._.tpg_doc_id,
                start=span.start_char,
                end=span.end_char,
                text=span.text,
                kind=kind,
                cluster=cluster,
                reason=reason,
                context=span.sent.text.strip(),
            )
        )
    return out
