"""Queries over a :class:`~techpolgraph.graph.KnowledgeGraph`: relations, neighbours, paths,
timelines, and tables of their answers.

Every query answers with typed records (pydantic models of :mod:`techpolgraph.models`) in a
:class:`Records` list, whose :meth:`Records.to_frame` gives a pandas DataFrame for those who
want one. pandas is optional (``pip install techpolgraph[notebook]``) and imported only then.
"""

from __future__ import annotations

import datetime as dt
from collections import defaultdict
from collections.abc import Iterable
from typing import TYPE_CHECKING, Any, Optional, Union

import networkx as nx

from ..data import read_table
from ..errors import TechpolgraphError
from ..models import (
    Entity,
    Evidence,
    Link,
    Modality,
    Neighbour,
    Relation,
    RelationPath,
    RelationType,
    Step,
    TimelineEntry,
)
from ..types import DateLike, as_date

if TYPE_CHECKING:  # pragma: no cover
    import pandas

    from .knowledge import KnowledgeGraph

class Records(list):
    """A list of query answers that can also be turned into a table (:meth:`to_frame`)."""

    def __init__(self, records: Iterable[Any] = (), graph: Optional["KnowledgeGraph"] = None) -> None:
        super().__init__(records)
        self.graph = graph

    def to_frame(self) -> "pandas.DataFrame":
        """One row per record, one column per field; entities become their label (and id),
        evidence its sentence (and offsets), enums their value, lists one string; a relation
        also gets the labels of its two ends (``source_label``, ``target_label``)."""
        return frame(self, self.graph)


def _pandas() -> Any:
    try:
        import pandas
    except ImportError:  # pragma: no cover - depends on the installation
        raise TechpolgraphError("tables need pandas: pip install 'techpolgraph[notebook]' (or pip install pandas)") from None
    return pandas


def flat_row(record: Any, graph: Optional["KnowledgeGraph"] = None) -> dict[str, Any]:
    """A record as one flat dict of strings, numbers and dates (nested entities and evidence
    are spread into ``<field>``/``<field>_id`` and ``evidence``/``evidence_start``...)."""
    row: dict[str, Any] = {}
    if isinstance(record, Relation) and graph is not None:
        row["source_label"] = graph.entities[record.source].label
        row["relation"] = record.relation.value
        row["target_label"] = graph.entities[record.target].label
    for name in type(record).model_fields:
        value = getattr(record, name)
        if isinstance(value, Entity):
            row[name] = value.label
            row[f"{name}_id"] = value.id
            row[f"{name}_kind"] = value.kind.value
        elif isinstance(value, Evidence):
            row[name] = value.sentence
            row[f"{name}_start"] = value.start
            row[f"{name}_end"] = value.end
        elif isinstance(value, tuple):
            row[name] = " | ".join(_scalar(v) for v in value)
        else:
            row[name] = value.value if hasattr(value, "value") else value
    return row


def _scalar(value: Any) -> Any:
    if isinstance(value, Entity):
        return value.label
    if isinstance(value, Relation):
        return value.id
    if isinstance(value, Evidence):
        return value.sentence
    if hasattr(value, "value"):
        return value.value
    return str(value)


def frame(records: Iterable[Any], graph: Optional["KnowledgeGraph"] = None) -> "pandas.DataFrame":
    """A pandas DataFrame of typed records (see :meth:`Records.to_frame`)."""
    pandas = _pandas()
    rows = [flat_row(r, graph) for r in records]
    return pandas.DataFrame(rows)


def answer(
    records: Iterable[Any], as_frame: bool = False, graph: Optional["KnowledgeGraph"] = None
) -> Union[Records, "pandas.DataFrame"]:
    """The records as a :class:`Records` list, or as a DataFrame when ``as_frame`` is true."""
    out = Records(records, graph)
    return out.to_frame() if as_frame else out


def in_period(date: Optional[dt.date], since: Optional[dt.date], until: Optional[dt.date]) -> bool:
    """Whether a document date falls in [since, until]; an undated document never does when bounds are set."""
    if since and (date is None or date < since):
        return False
    if until and (date is None or date > until):
        return False
    return True


def neighbours(kg: "KnowledgeGraph", name: str, relation: Union[RelationType, str, None] = None) -> list[Neighbour]:
    """Every entity linked to ``name`` by a relation (of one type, if given), one answer per
    other entity, relation type and direction, with how many sentences say so."""
    me = kg.entity(name).id
    rel = RelationType(relation) if relation else None
    groups: dict[tuple[str, RelationType, str], list[Relation]] = defaultdict(list)
    for r in kg.relations.values():
        if me not in (r.source, r.target) or r.source == r.target or (rel and r.relation is not rel):
            continue
        if r.relation.symmetric:
            other, direction = (r.target if r.source == me else r.source), "both"
        elif r.source == me:
            other, direction = r.target, "out"
        else:
            other, direction = r.source, "in"
        groups[(other, r.relation, direction)].append(r)
    out = [
        Neighbour(
            entity=kg.entities[other],
            relation=rel,
            direction=direction,
            count=len(rs),
            modalities=tuple(sorted({r.modality for r in rs}, key=lambda m: m.value)),
            docs=tuple(sorted({r.doc for r in rs})),
            relation_ids=tuple(r.id for r in rs),
        )
        for (other, rel, direction), rs in groups.items()
    ]
    return sorted(out, key=lambda n: (-n.count, n.entity.label, n.relation.value, n.direction))


def link_graph(kg: "KnowledgeGraph", modality: Union[Modality, str, None] = Modality.ASSERTED) -> nx.Graph:
    """An undirected simple graph: one edge per linked pair, holding the ids of the relations
    (of the given modality; all when None) that link them."""
    mod = Modality(modality) if modality else None
    g = nx.Graph()
    g.add_nodes_from(sorted(kg.entities))
    for r in kg.relations.values():
        if (mod and r.modality is not mod) or r.source == r.target:
            continue
        if g.has_edge(r.source, r.target):
            g.edges[r.source, r.target]["relations"].append(r.id)
        else:
            g.add_edge(r.source, r.target, relations=[r.id])
    return g


def path(
    kg: "KnowledgeGraph", a: str, b: str, modality: Union[Modality, str, None] = Modality.ASSERTED
) -> Optional[RelationPath]:
    """The shortest chain of relations from ``a`` to ``b`` (either direction of each relation),
    each step with every relation and sentence that links its two entities; None when the two
    are not connected. Only asserted relations link by default (``modality=None``: all)."""
    start, end = kg.entity(a).id, kg.entity(b).id
    g = link_graph(kg, modality)
    try:
        nodes = nx.shortest_path(g, start, end)
    except nx.NetworkXNoPath:
        return None
    steps = []
    for u, v in zip(nodes, nodes[1:]):
        ids = g.edges[u, v]["relations"]
        steps.append(Step(source=kg.entities[u], target=kg.entities[v], relations=tuple(kg.relations[i] for i in ids)))
    return RelationPath(entities=tuple(kg.entities[n] for n in nodes), steps=tuple(steps))


def timeline(
    kg: "KnowledgeGraph",
    name: str,
    since: DateLike = None,
    until: DateLike = None,
    relation: Union[RelationType, str, None] = None,
) -> list[TimelineEntry]:
    """Every relation of ``name``, oldest document first (undated documents last)."""
    me = kg.entity(name).id
    start, end = as_date(since, "since"), as_date(until, "until")
    rel = RelationType(relation) if relation else None
    out = []
    for r in kg.relations.values():
        if me not in (r.source, r.target) or (rel and r.relation is not rel) or not in_period(r.date, start, end):
            continue
        if r.relation.symmetric:
            role = "both"
        else:
            role = "source" if r.source == me else "target"
        other = r.target if r.source == me else r.source
        out.append(
            TimelineEntry(
                date=r.date,
                event_date=r.event_date,
                doc=r.doc,
                relation=r.relation,
                modality=r.modality,
                role=role,
                other=kg.entities[other],
                evidence=r.evidence,
                attributed_to=r.attributed_to,
                relation_id=r.id,
            )
        )
    return sorted(out, key=lambda t: (t.date is None, t.date or dt.date.min, t.doc, t.evidence.start, t.relation_id))


def collapse(kg: "KnowledgeGraph", modality: Union[Modality, str, None] = None) -> list[Link]:
    """One weighted :class:`~techpolgraph.models.Link` per pair of entities, relation and
    modality (a symmetric relation's pair is unordered), weight = number of sentences.

    Modality stays part of the key so that a negated meeting never adds weight to an asserted one.
    """
    mod = Modality(modality) if modality else None
    groups: dict[tuple[str, str, RelationType, Modality], list[Relation]] = defaultdict(list)
    for r in kg.relations.values():
        if mod and r.modality is not mod:
            continue
        a, b = (sorted((r.source, r.target)) if r.relation.symmetric else (r.source, r.target))
        groups[(a, b, r.relation, r.modality)].append(r)
    links = [
        Link(
            source=a,
            target=b,
            relation=rel,
            modality=m,
            weight=len(rs),
            relation_ids=tuple(r.id for r in rs),
            docs=tuple(sorted({r.doc for r in rs})),
            dates=tuple(sorted({r.date for r in rs if r.date})),
            evidence=tuple(r.evidence.sentence for r in rs),
        )
        for (a, b, rel, m), rs in groups.items()
    ]
    return sorted(links, key=lambda k: (k.source, k.target, k.relation.value, k.modality.value))


def colours() -> dict[tuple[str, str], str]:
    """The colour (``#rrggbb``) of each entity kind and relation, from ``data/colours.tsv``:
    keys are ``("kind", "person")``, ``("relation", "met")``..."""
    return {(row[0], row[1]): row[2] for row in read_table("colours.tsv")}


def colour(what: str, name: str) -> str:
    """The colour of one kind or relation (grey for one the table does not name)."""
    return colours().get((what, name), "#999999")
