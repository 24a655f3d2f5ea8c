"""Files: GraphML for Gephi, JSON that loads back unchanged. Flattening happens here.

GraphML holds no lists and no None: list attributes become one string (" | " between items)
and a missing value an empty string. Every file is written to a temporary file first and
then renamed, so that an interrupted write never leaves a half file in place of a good one.
"""

from __future__ import annotations

import json
import os
import tempfile
from collections.abc import Callable
from pathlib import Path
from typing import IO, Any, Union

import networkx as nx

from .errors import GraphFormatError
from .graph import KnowledgeGraph
from .models import Alias, BuildReport, DocumentInfo, Entity, Evidence, Relation

PathLike = Union[str, Path]
JSON_FORMAT = "techpolgraph"
JSON_VERSION = 1
LIST_SEPARATOR = " | "

__all__ = ["from_graphml", "load", "read_json", "write_graphml", "write_json", "graphml_graph"]


def atomic_write(path: PathLike, write: Callable[[IO[bytes]], None]) -> None:
    """Write a file through a temporary file in the same folder, then rename it into place."""
    target = Path(path)
    target.parent.mkdir(parents=True, exist_ok=True)
    fd, tmp = tempfile.mkstemp(prefix=f".{target.name}.", suffix=".tmp", dir=target.parent)
    try:
        with os.fdopen(fd, "wb") as handle:
            write(handle)
            handle.flush()
            os.fsync(handle.fileno())
        os.replace(tmp, target)
    except BaseException:
        if os.path.exists(tmp):
            os.unlink(tmp)
        raise


def _clean(value: str) -> str:
    """Text that XML 1.0 can hold: control characters other than tab and newline go."""
    return "".join(ch for ch in value if ch in "\t\n\r" or (ord(ch) >= 32 and not 0xD800 <= ord(ch) <= 0xDFFF and ch not in "\ufffe\uffff"))


def _flat(value: Any) -> Any:
    if value is None:
        return ""
    if isinstance(value, bool):
        return value
    if isinstance(value, (int, float)):
        return value
    if isinstance(value, (list, tuple)):
        return _clean(LIST_SEPARATOR.join(str(v) for v in value))
    if hasattr(value, "value"):
        return value.value
    if hasattr(value, "isoformat"):
        return value.isoformat()
    return _clean(str(value))


def graphml_graph(kg: KnowledgeGraph) -> nx.MultiDiGraph:
    """A copy of the graph with flat attributes only (strings, numbers), as GraphML needs."""
    g = nx.MultiDiGraph()
    for e in kg.entities.values():
        g.add_node(
            e.id,
            label=_flat(e.label),
            kind=e.kind.value,
            aliases=_flat([a.text for a in e.aliases]),
            mentions=sum(a.count for a in e.aliases),
            docs=_flat(list(e.docs)),
            roles=_flat(list(e.roles)),
        )
    for r in kg.relations.values():
        g.add_edge(
            r.source,
            r.target,
            key=r.id,
            label=r.relation.value,
            relation=r.relation.value,
            modality=r.modality.value,
            doc=_flat(r.doc),
            evidence=_flat(r.evidence.sentence),
            evidence_start=r.evidence.start,
            evidence_end=r.evidence.end,
            date=_flat(r.date),
            event_date=_flat(r.event_date),
            attributed_to=_flat(r.attributed_to),
            tense=_flat(r.tense),
            cue=_flat(r.cue),
            source_text=_flat(r.source_text),
            target_text=_flat(r.target_text),
            directed=not r.relation.symmetric,
            weight=1.0,
        )
    return g


def write_graphml(kg: KnowledgeGraph, path: PathLike) -> None:
    """GraphML that Gephi opens: node ``label`` and ``kind``; edge ``relation``, ``modality``,
    ``doc``, ``evidence``, ``date`` and a numeric ``weight`` (and more, all flat)."""
    g = graphml_graph(kg)

    def write(handle: IO[bytes]) -> None:
        nx.write_graphml(g, handle, encoding="utf-8", prettyprint=True, named_key_ids=True)

    atomic_write(path, write)


def from_graphml(path: PathLike) -> KnowledgeGraph:
    """Read a GraphML file written by :func:`write_graphml` back into a :class:`KnowledgeGraph`.

    Aliases keep their text (not their counts or documents) and merge reasons are not in
    GraphML: use JSON (:func:`write_json`) for a lossless copy.
    """
    try:
        g = nx.read_graphml(path, force_multigraph=True)
    except (OSError, nx.NetworkXError, Exception) as err:  # ElementTree errors have no common base
        raise GraphFormatError(f"{path}: not a readable GraphML file ({err})") from None
    try:
        entities = [
            Entity(
                id=str(n),
                label=str(a["label"]),
                kind=a["kind"],
                aliases=tuple(Alias(text=t, count=0, docs=()) for t in _split(a.get("aliases", ""))),
                roles=tuple(_split(a.get("roles", ""))),
                docs=tuple(_split(a.get("docs", ""))),
            )
            for n, a in g.nodes(data=True)
        ]
        relations = [
            Relation(
                id=str(k),
                source=str(u),
                target=str(v),
                relation=a["relation"],
                modality=a["modality"],
                doc=a["doc"],
                evidence=Evidence(
                    doc=a["doc"], sentence=a["evidence"], start=int(a.get("evidence_start", 0)), end=int(a.get("evidence_end", 0))
                ),
                date=a.get("date") or None,
                event_date=a.get("event_date", ""),
                attributed_to=a.get("attributed_to", ""),
                tense=a.get("tense") or None,
                cue=a.get("cue", ""),
                source_text=a.get("source_text", ""),
                target_text=a.get("target_text", ""),
            )
            for u, v, k, a in g.edges(keys=True, data=True)
        ]
    except (KeyError, ValueError) as err:
        raise GraphFormatError(f"{path}: not a techpolgraph GraphML file (missing or bad attribute: {err})") from None
    return KnowledgeGraph(entities, relations)


def _split(value: str) -> list[str]:
    return [v for v in str(value).split(LIST_SEPARATOR) if v]


def to_dict(kg: KnowledgeGraph) -> dict[str, Any]:
    """The whole graph as plain JSON data (entities, relations, documents, build report)."""
    return {
        "format": JSON_FORMAT,
        "version": JSON_VERSION,
        "report": kg.report.model_dump(mode="json"),
        "documents": [d.model_dump(mode="json") for d in kg.documents.values()],
        "entities": [e.model_dump(mode="json") for e in kg.entities.values()],
        "relations": [r.model_dump(mode="json") for r in kg.relations.values()],
    }


def from_dict(data: dict[str, Any], where: str = "JSON") -> KnowledgeGraph:
    """The inverse of :func:`to_dict`."""
    if not isinstance(data, dict) or data.get("format") != JSON_FORMAT:
        raise GraphFormatError(f"{where}: not a techpolgraph JSON graph (no \"format\": \"{JSON_FORMAT}\")")
    if data.get("version") != JSON_VERSION:
        raise GraphFormatError(f"{where}: JSON graph version {data.get('version')!r}, this techpolgraph reads {JSON_VERSION}")
    try:
        return KnowledgeGraph(
            [Entity.model_validate(e) for e in data["entities"]],
            [Relation.model_validate(r) for r in data["relations"]],
            [DocumentInfo.model_validate(d) for d in data.get("documents", [])],
            BuildReport.model_validate(data["report"]) if "report" in data else None,
        )
    except (KeyError, ValueError) as err:
        raise GraphFormatError(f"{where}: malformed techpolgraph JSON graph ({err})") from None


def write_json(kg: KnowledgeGraph, path: PathLike) -> None:
    """JSON that :func:`read_json` loads back into an identical graph (sorted, stable bytes)."""
    payload = json.dumps(to_dict(kg), ensure_ascii=False, indent=1, sort_keys=True).encode("utf-8") + b"\n"
    atomic_write(path, lambda handle: handle.write(payload))


def read_json(path: PathLike) -> KnowledgeGraph:
    """Load a graph saved by :func:`write_json`."""
    try:
        data = json.loads(Path(path).read_text(encoding="utf-8"))
    except OSError as err:
        raise GraphFormatError(f"{path}: cannot be read ({err.strerror})") from None
    except (UnicodeDecodeError, json.JSONDecodeError) as err:
        raise GraphFormatError(f"{path}: not valid JSON ({err})") from None
    return from_dict(data, str(path))


def load(path: PathLike) -> KnowledgeGraph:
    """Load a graph from a file written by techpolgraph: JSON (lossless) or GraphML.

    >>> import os, tempfile
    >>> kg = tpg.build("corpus/")
    >>> path = os.path.join(tempfile.mkdtemp(), "corpus.json")
    >>> kg.save(path)
    >>> tpg.load(path) == kg
    True
    """
    suffix = Path(path).suffix.lower()
    if suffix == ".graphml":
        return from_graphml(path)
    return read_json(path)
