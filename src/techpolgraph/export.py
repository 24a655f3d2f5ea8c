"""Files: GraphML and GEXF for Gephi, CSV for Gephi's spreadsheet import, JSON that loads
back unchanged. Flattening happens here.

GraphML holds no lists and no None: list attributes become one string (" | " between items)
and a missing value an empty string. Every file is written to a temporary file first and
then renamed, so that an interrupted write never leaves a half file in place of a good one.
"""

from __future__ import annotations

import csv
import datetime as dt
import io
import json
import os
import tempfile
import xml.etree.ElementTree as ET
from collections.abc import Callable
from pathlib import Path
from typing import IO, Any, Optional

import networkx as nx

from .errors import GraphFormatError
from .graph import KnowledgeGraph
from .graph.knowledge import register_writer
from .graph.queries import collapse, colour
from .models import Alias, BuildReport, DocumentInfo, Entity, Evidence, Link, Relation
from .types import PathLike

JSON_FORMAT = "techpolgraph"
JSON_VERSION = 1
LIST_SEPARATOR = " | "

__all__ = [
    "EXPORT_FORMATS",
    "export",
    "from_graphml",
    "graphml_graph",
    "load",
    "read_json",
    "write_csv",
    "write_gexf",
    "write_graphml",
    "write_json",
]

GEXF_NS = "http://gexf.net/1.3"
GEXF_VIZ_NS = "http://gexf.net/1.3/viz"
XSI_NS = "http://www.w3.org/2001/XMLSchema-instance"


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


def node_attributes(e: Entity) -> dict[str, Any]:
    """The flat attributes of a node in every exported file."""
    return {
        "label": _flat(e.label),
        "kind": e.kind.value,
        "aliases": _flat([a.text for a in e.aliases]),
        "mentions": sum(a.count for a in e.aliases),
        "docs": _flat(list(e.docs)),
        "roles": _flat(list(e.roles)),
    }


def link_attributes(link: Link) -> dict[str, Any]:
    """The flat attributes of a collapsed edge (one per pair, relation and modality)."""
    return {
        "label": link.relation.value,
        "relation": link.relation.value,
        "modality": link.modality.value,
        "doc": _flat(list(link.docs)),
        "evidence": _flat(list(link.evidence)),
        "date": _flat(link.dates[0] if link.dates else None),
        "dates": _flat([d.isoformat() for d in link.dates]),
        "relation_ids": _flat(list(link.relation_ids)),
        "directed": not link.relation.symmetric,
        "weight": float(link.weight),
    }


def link_key(link: Link) -> str:
    """A stable id for a collapsed edge."""
    return f"{link.source}|{link.relation.value}|{link.modality.value}|{link.target}"


def graphml_graph(kg: KnowledgeGraph, collapsed: bool = False) -> nx.MultiDiGraph:
    """A copy of the graph with flat attributes only (strings, numbers), as GraphML needs.

    ``collapsed``: one edge per pair, relation and modality, weighted by the number of
    sentences, with their evidence joined.
    """
    g = nx.MultiDiGraph()
    for e in kg.entities.values():
        g.add_node(e.id, **node_attributes(e))
    if collapsed:
        for link in collapse(kg):
            g.add_edge(link.source, link.target, key=link_key(link), **link_attributes(link))
        return g
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


def write_graphml(kg: KnowledgeGraph, path: PathLike, collapsed: bool = False) -> None:
    """GraphML that Gephi opens: node ``label`` and ``kind``; edge ``relation``, ``modality``,
    ``doc``, ``evidence``, ``date`` and a numeric ``weight`` (and more, all flat)."""
    g = graphml_graph(kg, collapsed=collapsed)

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


# -- GEXF -------------------------------------------------------------------------------------
def _rgb(hex_colour: str) -> dict[str, str]:
    value = hex_colour.lstrip("#")
    return {"r": str(int(value[0:2], 16)), "g": str(int(value[2:4], 16)), "b": str(int(value[4:6], 16))}


def _gexf_attributes(parent: ET.Element, cls: str, attrs: dict[str, Any]) -> dict[str, str]:
    """Declare one attribute per key (its GEXF type from the value); return key -> attribute id."""
    block = ET.SubElement(parent, "attributes", {"class": cls})
    ids = {}
    for i, (name, value) in enumerate(attrs.items()):
        kind = "boolean" if isinstance(value, bool) else "integer" if isinstance(value, int) else "double" if isinstance(value, float) else "string"
        ids[name] = f"{cls[0]}{i}"
        ET.SubElement(block, "attribute", {"id": ids[name], "title": name, "type": kind})
    return ids


def _attvalues(parent: ET.Element, ids: dict[str, str], attrs: dict[str, Any]) -> None:
    values = ET.SubElement(parent, "attvalues")
    for name, value in attrs.items():
        text = ("true" if value else "false") if isinstance(value, bool) else str(value)
        ET.SubElement(values, "attvalue", {"for": ids[name], "value": _clean(text)})


def _node_starts(kg: KnowledgeGraph) -> dict[str, dt.date]:
    """The first date each entity appears at: its earliest document or relation."""
    starts: dict[str, dt.date] = {}
    for e in kg.entities.values():
        dates = [kg.documents[d].date for d in e.docs if d in kg.documents and kg.documents[d].date]
        if dates:
            starts[e.id] = min(dates)
    for r in kg.relations.values():
        if r.date:
            for end in (r.source, r.target):
                if end not in starts or r.date < starts[end]:
                    starts[end] = r.date
    return starts


def gexf_tree(kg: KnowledgeGraph, collapsed: bool = False) -> ET.ElementTree:
    """GEXF 1.3 with dates: a dynamic graph (``timeformat="date"``) whose nodes start at the
    first date they appear and whose edges start at their document's date, so that Gephi's
    timeline plays the graph over time. ``met`` edges are undirected, the others directed;
    nodes are coloured by kind and edges by relation (``viz:color``)."""
    ET.register_namespace("", GEXF_NS)
    ET.register_namespace("viz", GEXF_VIZ_NS)
    ET.register_namespace("xsi", XSI_NS)
    root = ET.Element(
        f"{{{GEXF_NS}}}gexf",
        {"version": "1.3", f"{{{XSI_NS}}}schemaLocation": f"{GEXF_NS} {GEXF_NS}/gexf.xsd"},
    )
    meta = ET.SubElement(root, "meta")
    ET.SubElement(meta, "creator").text = "techpolgraph"
    ET.SubElement(meta, "description").text = "Who met, criticised, banned and endorsed whom, with the evidence of each relation."
    graph = ET.SubElement(root, "graph", {"mode": "dynamic", "defaultedgetype": "directed", "timeformat": "date"})
    empty_node = node_attributes(Entity(id="x", label="x", kind="person"))
    node_ids = _gexf_attributes(graph, "node", {k: v for k, v in empty_node.items() if k != "label"})
    edges: list[tuple[str, str, str, str, float, Optional[dt.date], dict[str, Any]]] = []
    if collapsed:
        for link in collapse(kg):
            attrs = link_attributes(link)
            edges.append((link_key(link), link.source, link.target, link.relation.value, float(link.weight), link.dates[0] if link.dates else None, attrs))
    else:
        flat = graphml_graph(kg)
        for u, v, k, attrs in flat.edges(keys=True, data=True):
            r = kg.relations[k]
            edges.append((k, u, v, r.relation.value, 1.0, r.date, dict(attrs)))
    template = edges[0][6] if edges else {}
    edge_keys = [k for k in template if k not in ("label", "weight")]
    edge_ids = _gexf_attributes(graph, "edge", {k: template[k] for k in edge_keys})
    starts = _node_starts(kg)
    nodes = ET.SubElement(graph, "nodes")
    for e in kg.entities.values():
        attrs = node_attributes(e)
        node = ET.SubElement(nodes, "node", {"id": e.id, "label": attrs.pop("label")})
        if e.id in starts:
            node.set("start", starts[e.id].isoformat())
        _attvalues(node, node_ids, attrs)
        ET.SubElement(node, f"{{{GEXF_VIZ_NS}}}color", _rgb(colour("kind", e.kind.value)))
    edge_block = ET.SubElement(graph, "edges")
    for key, u, v, relation, weight, date, attrs in edges:
        edge = ET.SubElement(
            edge_block,
            "edge",
            {"id": key, "source": u, "target": v, "label": relation, "weight": repr(weight), "type": "directed" if attrs["directed"] else "undirected"},
        )
        if date:
            edge.set("start", date.isoformat())
        _attvalues(edge, edge_ids, {k: attrs[k] for k in edge_keys})
        ET.SubElement(edge, f"{{{GEXF_VIZ_NS}}}color", _rgb(colour("relation", relation)))
    ET.indent(root)
    return ET.ElementTree(root)


def write_gexf(kg: KnowledgeGraph, path: PathLike, collapsed: bool = False) -> None:
    """Write :func:`gexf_tree` as a UTF-8 GEXF 1.3 file (for Gephi: File > Open)."""
    tree = gexf_tree(kg, collapsed=collapsed)
    atomic_write(path, lambda handle: tree.write(handle, encoding="utf-8", xml_declaration=True))


# -- CSV --------------------------------------------------------------------------------------
NODE_COLUMNS = ["Id", "Label", "kind", "aliases", "mentions", "docs", "roles", "start"]
EDGE_COLUMNS = ["Source", "Target", "Type", "Id", "Label", "relation", "modality", "weight", "doc", "date", "evidence", "attributed_to", "tense", "cue"]
LINK_COLUMNS = ["Source", "Target", "Type", "Id", "Label", "relation", "modality", "weight", "doc", "date", "dates", "evidence", "relation_ids"]


def _csv_bytes(columns: list[str], rows: list[dict[str, Any]]) -> bytes:
    text = io.StringIO()
    writer = csv.DictWriter(text, fieldnames=columns, lineterminator="\n")
    writer.writeheader()
    for row in rows:
        writer.writerow({c: row.get(c, "") for c in columns})
    return text.getvalue().encode("utf-8")


def csv_tables(kg: KnowledgeGraph, collapsed: bool = False) -> tuple[bytes, bytes]:
    """The bytes of ``nodes.csv`` and ``edges.csv`` (see :func:`write_csv`)."""
    starts = _node_starts(kg)
    nodes = []
    for e in kg.entities.values():
        attrs = node_attributes(e)
        nodes.append({"Id": e.id, "Label": attrs.pop("label"), "start": _flat(starts.get(e.id)), **attrs})
    edges = []
    if collapsed:
        for link in collapse(kg):
            attrs = link_attributes(link)
            edges.append(
                {"Source": link.source, "Target": link.target, "Type": "Directed" if attrs["directed"] else "Undirected", "Id": link_key(link), "Label": attrs["label"], **attrs, "weight": link.weight}
            )
        columns = LINK_COLUMNS
    else:
        for r in kg.relations.values():
            edges.append(
                {
                    "Source": r.source,
                    "Target": r.target,
                    "Type": "Undirected" if r.relation.symmetric else "Directed",
                    "Id": r.id,
                    "Label": r.relation.value,
                    "relation": r.relation.value,
                    "modality": r.modality.value,
                    "weight": 1,
                    "doc": _flat(r.doc),
                    "date": _flat(r.date),
                    "evidence": _flat(r.evidence.sentence),
                    "attributed_to": _flat(r.attributed_to),
                    "tense": _flat(r.tense),
                    "cue": _flat(r.cue),
                }
            )
        columns = EDGE_COLUMNS
    return _csv_bytes(NODE_COLUMNS, nodes), _csv_bytes(columns, edges)


def write_csv(kg: KnowledgeGraph, folder: PathLike, collapsed: bool = False) -> tuple[Path, Path]:
    """Write ``nodes.csv`` (Id, Label, kind, ...) and ``edges.csv`` (Source, Target, Type,
    relation, modality, weight, ...) into ``folder``, the columns Gephi's spreadsheet import
    (Data Laboratory > Import Spreadsheet) recognises. Returns the two paths."""
    nodes, edges = csv_tables(kg, collapsed=collapsed)
    out = Path(folder)
    if out.exists() and not out.is_dir():
        raise GraphFormatError(f"{out}: CSV export needs a folder (it writes nodes.csv and edges.csv), and this is a file")
    node_path, edge_path = out / "nodes.csv", out / "edges.csv"
    atomic_write(node_path, lambda handle: handle.write(nodes))
    atomic_write(edge_path, lambda handle: handle.write(edges))
    return node_path, edge_path


# -- all formats ------------------------------------------------------------------------------
EXPORT_FORMATS = ("graphml", "gexf", "csv", "json", "html", "png")


def export(kg: KnowledgeGraph, path: PathLike, format: str, collapsed: bool = False) -> None:
    """Write the graph in one of :data:`EXPORT_FORMATS` (``csv``: ``path`` is a folder).

    JSON is always the whole graph (lossless); ``collapsed`` applies to GraphML, GEXF and CSV.
    """
    if format == "graphml":
        write_graphml(kg, path, collapsed=collapsed)
    elif format == "gexf":
        write_gexf(kg, path, collapsed=collapsed)
    elif format == "csv":
        write_csv(kg, path, collapsed=collapsed)
    elif format == "json":
        write_json(kg, path)
    elif format == "html":
        kg.to_html(path)
    elif format == "png":
        kg.to_png(path)
    else:
        raise GraphFormatError(f"{path}: unknown export format {format!r}; use one of {', '.join(EXPORT_FORMATS)}")


register_writer("graphml", write_graphml)
register_writer("gexf", write_gexf)
register_writer("csv", write_csv)
register_writer("json", write_json)
