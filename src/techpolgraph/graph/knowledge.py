"""The knowledge graph: entities as nodes, relations as edges of a networkx MultiDiGraph.

Every edge is one relation read in one sentence of one document, keyed by the relation's id,
so that the same pair can be linked many times with different evidence. Queries answer with
typed records (:class:`~techpolgraph.models.Meeting`, :class:`~techpolgraph.models.Relation`).
"""

from __future__ import annotations

import datetime as dt
import os
from collections import defaultdict
from collections.abc import Iterable
from typing import Optional, Union

import networkx as nx

from ..errors import EntityNotFoundError
from ..models import (
    BuildReport,
    DocumentInfo,
    Entity,
    Meeting,
    Modality,
    Relation,
    RelationType,
)
from ..resolve.names import name_key

DateLike = Union[str, dt.date, None]


def _as_date(value: DateLike) -> Optional[dt.date]:
    if value is None or isinstance(value, dt.date):
        return value
    return dt.date.fromisoformat(str(value)[:10])


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
        self.relations: dict[str, Relation] = {
            r.id: r for r in sorted(relations, key=lambda r: (r.doc, r.evidence.start, r.relation.value, r.source, r.target, r.id))
        }
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

        Raises :class:`EntityNotFoundError` when nothing matches, naming the closest labels.
        """
        if name in self.entities:
            return self.entities[name]
        ids = self._names.get(name_key(name), set())
        if not ids:
            raise EntityNotFoundError(f"no entity is named {name!r}; try one of: {', '.join(self._close_labels(name))}")
        return max((self.entities[i] for i in ids), key=lambda e: (name_key(e.label) == name_key(name), _mentions(e), e.id))

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
    ) -> list[Relation]:
        """Relations filtered by type, source, target (names or ids), document and modality.

        A symmetric relation (``met``) matches a source or target on either side.
        """
        rel = RelationType(relation) if relation else None
        mod = Modality(modality) if modality else None
        src = self.entity(source).id if source else None
        tgt = self.entity(target).id if target else None
        out = []
        for r in self.relations.values():
            if (rel and r.relation is not rel) or (mod and r.modality is not mod) or (doc and r.doc != doc):
                continue
            ends = (r.source, r.target)
            if r.relation.symmetric:
                if (src and src not in ends) or (tgt and tgt not in ends) or (src and tgt and src == tgt):
                    continue
            elif (src and r.source != src) or (tgt and r.target != tgt):
                continue
            out.append(r)
        return out

    def who_met(
        self,
        name: str,
        since: DateLike = None,
        until: DateLike = None,
        modality: Union[Modality, str, None] = None,
    ) -> list[Meeting]:
        """Everyone the named entity met, with the evidence of each meeting.

        ``since`` and ``until`` (ISO strings or dates) bound the document date; ``modality``
        keeps only asserted, negated or uncertain meetings (all by default).

        >>> kg = tpg.build("corpus/")
        >>> [m.other.label for m in kg.who_met("Zuckerberg", until="2017-12-31")][:1]
        ['Donald Trump']
        """
        me = self.entity(name).id
        start, end = _as_date(since), _as_date(until)
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
        return sorted(out, key=lambda m: (m.date or dt.date.min, m.doc, m.evidence.start, m.other.label))

    # -- files (written by techpolgraph.export) ----------------------------------------------
    def to_graphml(self, path: "PathLike") -> None:
        """Write GraphML for Gephi (see :func:`techpolgraph.export.write_graphml`)."""
        from ..export import write_graphml

        write_graphml(self, path)

    def to_json(self, path: "PathLike") -> None:
        """Write the whole graph as JSON that :func:`techpolgraph.load` reads back unchanged."""
        from ..export import write_json

        write_json(self, path)

    save = to_json


PathLike = Union[str, "os.PathLike[str]"]


def _mentions(entity: Entity) -> int:
    return sum(a.count for a in entity.aliases)
