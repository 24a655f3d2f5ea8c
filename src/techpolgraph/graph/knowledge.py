"""The knowledge graph: entities as nodes, relations as edges of a networkx MultiDiGraph.

Every edge is one relation read in one sentence of one document, keyed by the relation's id,
so that the same pair can be linked many times with different evidence. Queries answer with
typed records (:class:`~techpolgraph.models.Meeting`, :class:`~techpolgraph.models.Relation`).
"""

from __future__ import annotations

import datetime as dt
import functools
from collections import defaultdict
from collections.abc import Callable, Iterable
from typing import TYPE_CHECKING, Any, Optional, Union

import networkx as nx

from ..data import function_words, read_table
from ..errors import EntityNotFoundError, TechpolgraphError
from ..models import (
    BuildReport,
    DocumentInfo,
    EntityKind,
    Entity,
    Meeting,
    Merge,
    Modality,
    Relation,
    RelationType,
)
from ..resolve.names import name_key, name_variant
from ..resolve.roles import RoleTable, parse_description
from ..types import DateLike, PathLike, as_date
from . import draw as drawing
from . import queries
from .queries import Records

if TYPE_CHECKING:  # pragma: no cover
    import pandas

    from ..models import Neighbour, RelationPath, TimelineEntry

#: The file writers behind ``kg.to_graphml()``, ``kg.to_html()``... by format name. The
#: writers live in later stages (:mod:`techpolgraph.export`, :mod:`techpolgraph.html`), which
#: depend on the graph and register themselves here when imported (``import techpolgraph``
#: imports them); the graph does not import them.
WRITERS: dict[str, Callable[..., None]] = {}


def register_writer(fmt: str, write: Callable[..., None]) -> None:
    """Make ``write(kg, path, **options)`` the writer of ``fmt`` for the ``kg.to_*`` methods."""
    WRITERS[fmt] = write


def _write(fmt: str, kg: "KnowledgeGraph", path: PathLike, **options: object) -> None:
    write = WRITERS.get(fmt)
    if write is None:
        raise TechpolgraphError(f"no {fmt} writer is registered: import techpolgraph (or techpolgraph.export) first")
    write(kg, path, **options)


class RelationTable(dict):
    """The relations of a graph by id (a dict), that can also be called as a query:
    ``kg.relations(relation="met", source="Trump")`` is :meth:`KnowledgeGraph.relations_of`."""

    def __init__(self, items: dict[str, Relation], graph: "KnowledgeGraph") -> None:
        super().__init__(items)
        self._graph = graph

    def __call__(self, *args: Any, **kwargs: Any) -> Union[Records, "pandas.DataFrame"]:
        """The same arguments as :meth:`KnowledgeGraph.relations_of`."""
        return self._graph.relations_of(*args, **kwargs)


class KnowledgeGraph:
    """Entities, relations and the documents they come from, with queries.

    >>> import techpolgraph as tpg
    >>> kg = tpg.build("corpus/")
    >>> "Donald Trump" in {m.other.label for m in kg.who_met("Zuckerberg")}
    True
    """

    def __init__(
        self,
        entities: Iterable[Entity],
        relations: Iterable[Relation],
        documents: Iterable[DocumentInfo] = (),
        report: Optional[BuildReport] = None,
    ) -> None:
        self.entities: dict[str, Entity] = {e.id: e for e in sorted(entities, key=lambda e: e.id)}
        self.relations: RelationTable = RelationTable(
            {r.id: r for r in sorted(relations, key=lambda r: (r.doc, r.evidence.start, r.relation.value, r.source, r.target, r.id))},
            self,
        )
        self.documents: dict[str, DocumentInfo] = {d.id: d for d in sorted(documents, key=lambda d: d.id)}
        self.report = report or BuildReport(entities=len(self.entities), relations=len(self.relations))
        self.graph = self._make_graph()
        self._names = self._index_names()

    # -- construction -----------------------------------------------------------------------
    def _make_graph(self) -> nx.MultiDiGraph:
        graph = nx.MultiDiGraph()
        for e in self.entities.values():
            graph.add_node(e.id, label=e.label, kind=e.kind.value)
        for r in self.relations.values():
            graph.add_edge(
                r.source,
                r.target,
                key=r.id,
                relation=r.relation.value,
                modality=r.modality.value,
                doc=r.doc,
                evidence=r.evidence.sentence,
                date=r.date.isoformat() if r.date else "",
                weight=1.0,
            )
        return graph

    def _index_names(self) -> dict[str, set[str]]:
        names: dict[str, set[str]] = defaultdict(set)
        for e in self.entities.values():
            names[name_key(e.label)].add(e.id)
            for alias in e.aliases:
                names[name_key(alias.text)].add(e.id)
                names[_bare(name_key(alias.text))].add(e.id)
        return names

    def __repr__(self) -> str:
        return f"<KnowledgeGraph: {len(self.entities)} entities, {len(self.relations)} relations, {len(self.documents)} documents>"

    def __eq__(self, other: object) -> bool:
        if not isinstance(other, KnowledgeGraph):
            return NotImplemented
        return (self.entities, self.relations, self.documents) == (other.entities, other.relations, other.documents)

    # -- entities ---------------------------------------------------------------------------
    def entity(self, name: str, date: DateLike = None) -> Entity:
        """The entity a name refers to: an id, a label, or any alias seen in the corpus.

        With ``date``, a role description ("le patron de Facebook", "le président américain")
        names whoever held the role then: the role table first, else the entity that the
        corpus's documents nearest that date gave the description to. Pronouns ("il") name
        no one. Raises :class:`EntityNotFoundError` when nothing matches, naming the closest labels.
        """
        if name in self.entities:
            return self.entities[name]
        key = name_key(name)
        when = as_date(date, "date")
        if when is not None:
            found = self._entity_at(name, when)
            if found is not None:
                return found
        ids = self._names.get(key) or self._names.get(_bare(key), set()) if key not in _anaphor_keys() else set()
        if not ids and key not in _anaphor_keys():
            ids = self._with_middle_names(key)  # « Boris Eltsine » for « Boris Nicolaïevitch Eltsine »
        if not ids:
            raise EntityNotFoundError(f"no entity is named {name!r}; try one of: {', '.join(self._close_labels(name))}")
        return max((self.entities[i] for i in ids), key=lambda e: (name_key(e.label) == key, _mentions(e), e.id))

    def _with_middle_names(self, key: str) -> set[str]:
        """The one person whose name is the given first name and surname with middle names or a
        patronymic between them (« boris eltsine »: « Boris Nicolaïevitch Eltsine »), else none."""
        found = {eid for name, ids in self._names.items() for eid in ids if self.entities[eid].kind is EntityKind.PERSON and name_variant(key, name) == "middle name"}
        return found if len(found) == 1 else set()

    def _entity_at(self, name: str, when: dt.date) -> Optional[Entity]:
        """The holder of the role a description names at a date, or the entity whose documents
        nearest the date use the description."""
        role = parse_description(name)
        incoming = bool(set(name_key(name).split()) & _incoming_keys())
        holder = RoleTable.shipped().holder(role, when, incoming=incoming) if role is not None else None
        if holder is not None:
            for e in self.entities.values():
                if name_key(e.label) == name_key(holder):
                    return e
            raise EntityNotFoundError(f"{name!r} on {when.isoformat()} is {holder} (role table), who is not in the graph")
        key = name_key(name)
        best: Optional[tuple[int, int, str]] = None
        for eid in sorted(self._names.get(key, set()) if key not in _anaphor_keys() else set()):
            e = self.entities[eid]
            dates = [
                self.documents[d].date
                for a in e.aliases
                if name_key(a.text) == key
                for d in a.docs
                if d in self.documents and self.documents[d].date is not None
            ]
            if not dates:
                continue
            distance = min(abs((d - when).days) for d in dates if d is not None)
            score = (distance, -_mentions(e), eid)
            if best is None or score < best:
                best = score
        return self.entities[best[2]] if best is not None else None

    def explain(self, name: str, date: DateLike = None) -> str:
        """Why each alias belongs to the entity a name refers to: the reason and the sentence.

        One block per alias (how often, in which documents), then each merge of that alias
        with its reason (same surname, title, apposition, role table at the article's date,
        pronoun...) and the sentence it was read from.
        """
        e = self.entity(name, date)
        lines = [f"{e.label} ({e.id}, {e.kind.value}): {len(e.aliases)} aliases in {len(e.docs)} documents"]
        if e.roles:
            lines.append("roles: " + ", ".join(e.roles))
        merges: dict[str, list[Merge]] = defaultdict(list)
        for m in e.merges:
            merges[m.alias].append(m)
        for alias in sorted(e.aliases, key=lambda a: (-a.count, a.text)):
            lines.append(f"- {alias.text!r} x{alias.count} in {', '.join(alias.docs)}")
            reasons = merges.pop(alias.text, [])
            if not reasons:
                lines.append("    its name" if name_key(alias.text) == name_key(e.label) else "    the same name")
            for m in reasons:
                lines.append(f"    {m.reason} [{m.doc}]")
                if m.evidence:
                    lines.append(f"      « {m.evidence} »")
        for alias, reasons in sorted(merges.items()):
            for m in reasons:
                lines.append(f"- {alias!r}: {m.reason} [{m.doc}]")
        return "\n".join(lines)

    def _close_labels(self, name: str) -> list[str]:
        key = name_key(name)
        words = set(key.split())
        scored = sorted(
            self.entities.values(), key=lambda e: (-len(words & set(name_key(e.label).split())), -_mentions(e), e.label)
        )
        return [e.label for e in scored[:5]]

    # -- relations --------------------------------------------------------------------------
    def relations_of(
        self,
        relation: Union[RelationType, str, None] = None,
        source: Optional[str] = None,
        target: Optional[str] = None,
        doc: Optional[str] = None,
        modality: Union[Modality, str, None] = None,
        as_frame: bool = False,
    ) -> Union[Records, "pandas.DataFrame"]:
        """Relations filtered by type, source, target (names or ids), document and modality.

        A symmetric relation (``met``) matches a source or target on either side. The same
        query is ``kg.relations(...)``; ``as_frame=True`` answers with a pandas DataFrame.
        """
        rel = RelationType(relation) if relation else None
        mod = Modality(modality) if modality else None
        src = self.entity(source).id if source else None
        tgt = self.entity(target).id if target else None
        out = []
        for r in self._touching(src or tgt) if (src or tgt) else self.relations.values():
            if (rel and r.relation is not rel) or (mod and r.modality is not mod) or (doc and r.doc != doc):
                continue
            ends = (r.source, r.target)
            if r.relation.symmetric:
                if (src and src not in ends) or (tgt and tgt not in ends) or (src and tgt and src == tgt):
                    continue
            elif (src and r.source != src) or (tgt and r.target != tgt):
                continue
            out.append(r)
        return queries.answer(out, as_frame, self)

    def _touching(self, entity_id: str) -> list[Relation]:
        """The relations with ``entity_id`` at either end, in the graph's order: an index built on
        first use, so that a query about one entity does not scan every relation."""
        index: Optional[dict[str, list[Relation]]] = self.__dict__.get("_relation_index")
        if index is None:
            index = defaultdict(list)
            for r in self.relations.values():
                index[r.source].append(r)
                if r.target != r.source:
                    index[r.target].append(r)
            self._relation_index = index
        return index.get(entity_id, [])

    def who_met(
        self,
        name: str,
        since: DateLike = None,
        until: DateLike = None,
        modality: Union[Modality, str, None] = None,
        as_frame: bool = False,
    ) -> Union[Records, "pandas.DataFrame"]:
        """Everyone the named entity met, with the evidence of each meeting.

        ``since`` and ``until`` (ISO strings or dates) bound the document date; ``modality``
        keeps only asserted, negated or uncertain meetings (all by default).

        >>> kg = tpg.build("corpus/")
        >>> [m.other.label for m in kg.who_met("Zuckerberg", until="2017-12-31")][:1]
        ['Donald Trump']
        """
        me = self.entity(name).id
        start, end = as_date(since, "since"), as_date(until, "until")
        out = []
        for r in self.relations_of(RelationType.MET, source=me, modality=modality):
            if start and (r.date is None or r.date < start):
                continue
            if end and (r.date is None or r.date > end):
                continue
            other = r.target if r.source == me else r.source
            out.append(
                Meeting(
                    other=self.entities[other],
                    relation=r.relation,
                    modality=r.modality,
                    doc=r.doc,
                    date=r.date,
                    evidence=r.evidence,
                    attributed_to=r.attributed_to,
                    relation_id=r.id,
                )
            )
        out.sort(key=lambda m: (m.date or dt.date.min, m.doc, m.evidence.start, m.other.label))
        return queries.answer(out, as_frame)

    def neighbours(
        self, name: str, relation: Union[RelationType, str, None] = None, as_frame: bool = False
    ) -> Union[Records, "pandas.DataFrame"]:
        """Every entity linked to ``name`` (by one relation type, if given): one
        :class:`~techpolgraph.models.Neighbour` per other entity, relation and direction,
        with how many sentences say so; the most linked first."""
        return queries.answer(queries.neighbours(self, name, relation), as_frame)

    def path(self, a: str, b: str, modality: Union[Modality, str, None] = Modality.ASSERTED) -> "Optional[RelationPath]":
        """The shortest chain of relations between two entities, each step with its evidence
        sentences (:class:`~techpolgraph.models.RelationPath`), or None when none links them.

        Relations link both ways; only asserted ones by default (``modality=None`` for all).
        """
        return queries.path(self, a, b, modality)

    def timeline(
        self,
        name: str,
        since: DateLike = None,
        until: DateLike = None,
        relation: Union[RelationType, str, None] = None,
        as_frame: bool = False,
    ) -> Union[Records, "pandas.DataFrame"]:
        """Every relation of ``name`` in date order (:class:`~techpolgraph.models.TimelineEntry`)."""
        return queries.answer(queries.timeline(self, name, since, until, relation), as_frame)

    def to_frame(self, what: str = "relations") -> "pandas.DataFrame":
        """The graph as a pandas table: ``"relations"`` (one row per edge, entity labels and ids)
        or ``"entities"`` (one row per node)."""
        if what == "entities":
            return queries.frame(self.entities.values())
        if what == "relations":
            return queries.frame(self.relations.values(), self)
        raise ValueError(f"to_frame: what must be 'relations' or 'entities', not {what!r}")

    # -- files (written by techpolgraph.export) ----------------------------------------------
    def to_graphml(self, path: PathLike, collapsed: bool = False) -> None:
        """Write GraphML for Gephi (see :func:`techpolgraph.export.write_graphml`).

        ``collapsed``: one edge per pair, relation and modality, weighted by its sentences.
        """
        _write("graphml", self, path, collapsed=collapsed)

    def to_json(self, path: PathLike) -> None:
        """Write the whole graph as JSON that :func:`techpolgraph.load` reads back unchanged."""
        _write("json", self, path)

    save = to_json

    def to_gexf(self, path: PathLike, collapsed: bool = False) -> None:
        """Write GEXF 1.3 for Gephi, with the dates that its timeline plays
        (see :func:`techpolgraph.export.write_gexf`)."""
        _write("gexf", self, path, collapsed=collapsed)

    def to_csv(self, folder: PathLike, collapsed: bool = False) -> None:
        """Write ``nodes.csv`` and ``edges.csv`` for Gephi's spreadsheet import
        (see :func:`techpolgraph.export.write_csv`)."""
        _write("csv", self, folder, collapsed=collapsed)

    def to_html(self, path: PathLike, title: str = "") -> None:
        """Write one self-contained HTML page that draws the graph and shows the evidence of
        an edge when clicked (see :func:`techpolgraph.html.write_html`)."""
        _write("html", self, path, title=title)

    def draw(self, ax: Any = None) -> Any:
        """Draw the graph with matplotlib (nodes coloured by kind, edges by relation) and
        return the axes (see :func:`techpolgraph.graph.draw.draw`)."""
        return drawing.draw(self, ax=ax)

    def to_png(self, path: PathLike) -> None:
        """Write the picture of :meth:`draw` as a PNG file (needs matplotlib)."""
        drawing.write_png(self, path)

def _bare(key: str) -> str:
    """A name key without its leading article ("le proprietaire de x" -> "proprietaire de x")."""
    for article in _leading_articles():
        if key.startswith(article):
            return key[len(article) :]
    return key


@functools.lru_cache(maxsize=1)
def _leading_articles() -> tuple[str, ...]:
    """The articles a description may start with, as they begin a name key ("le ", "l'")."""
    words = function_words("article") | function_words("contracted")
    return tuple(sorted(w if w.endswith(("'", "’")) else w + " " for w in words))


@functools.lru_cache(maxsize=1)
def _incoming_keys() -> frozenset[str]:
    """Words that mark a role not yet taken up ("élu", "nouveau"), as name keys."""
    return frozenset(name_key(w) for w in function_words("incoming"))


def _anaphor_keys() -> frozenset[str]:
    """Pronouns and pronoun-like words ("il", "ce dernier"): aliases, but no one's name."""
    return frozenset(name_key(row[0]) for row in read_table("pronouns.tsv"))


def _mentions(entity: Entity) -> int:
    return sum(a.count for a in entity.aliases)
