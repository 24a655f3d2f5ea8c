"""One self-contained HTML page that draws the graph: no network access, no library.

The page is the template ``data/graph_page.html`` (its own small force layout in plain
JavaScript, drawn as SVG) with the graph inlined as JSON. Nodes are coloured by kind, edges
by relation (colours from ``data/colours.tsv``); an edge is one line per pair, relation and
modality, and clicking it lists every sentence it was read from with its document. A link
to ``page.html#edge=ID`` opens with that edge selected.
"""

from __future__ import annotations

import html as html_escape
import json
import re
from importlib import resources
from typing import Any

from .export import atomic_write, link_key
from .graph import KnowledgeGraph
from .graph.knowledge import register_writer
from .graph.queries import collapse, colour, colours
from .types import PathLike

TEMPLATE = "graph_page.html"

__all__ = ["page_data", "render_html", "write_html"]


def page_data(kg: KnowledgeGraph) -> dict[str, Any]:
    """What the page draws: nodes, collapsed edges with their evidence, documents, colours."""
    nodes = [
        {
            "id": e.id,
            "label": e.label,
            "kind": e.kind.value,
            "colour": colour("kind", e.kind.value),
            "mentions": sum(a.count for a in e.aliases),
            "aliases": sorted({a.text for a in e.aliases if a.text != e.label}),
        }
        for e in kg.entities.values()
    ]
    edges = []
    for link in collapse(kg):
        relations = [kg.relations[i] for i in link.relation_ids]
        edges.append(
            {
                "id": link_key(link),
                "source": link.source,
                "target": link.target,
                "relation": link.relation.value,
                "modality": link.modality.value,
                "directed": not link.relation.symmetric,
                "weight": link.weight,
                "colour": colour("relation", link.relation.value),
                "evidence": [
                    {
                        "sentence": r.evidence.sentence,
                        "doc": r.doc,
                        "date": r.date.isoformat() if r.date else "",
                        "attributed_to": r.attributed_to,
                        "relation_id": r.id,
                    }
                    for r in relations
                ],
            }
        )
    table = colours()
    return {
        "nodes": nodes,
        "edges": edges,
        "relations": len(kg.relations),
        "documents": {
            d.id: {"title": d.title, "date": d.date.isoformat() if d.date else "", "source": d.source, "url": d.url}
            for d in kg.documents.values()
        },
        "colours": {
            "kind": {name: c for (what, name), c in sorted(table.items()) if what == "kind"},
            "relation": {name: c for (what, name), c in sorted(table.items()) if what == "relation"},
        },
    }


def _script_json(data: Any) -> str:
    """JSON that can stand inside a <script> element: no "</script>" or "<!--" can end it early."""
    text = json.dumps(data, ensure_ascii=False, sort_keys=True, separators=(",", ":"))
    for char, escape in (("<", "\\u003c"), (">", "\\u003e"), ("&", "\\u0026"), ("\u2028", "\\u2028"), ("\u2029", "\\u2029")):
        text = text.replace(char, escape)  # only inside JSON strings: these are never JSON syntax
    return text


def render_html(kg: KnowledgeGraph, title: str = "") -> str:
    """The page as one string (template with the graph and the title filled in)."""
    template = resources.files("techpolgraph.data").joinpath(TEMPLATE).read_text(encoding="utf-8")
    title = title or f"techpolgraph: {len(kg.entities)} entities, {len(kg.relations)} relations"
    fill = {"__TITLE__": html_escape.escape(title), "__DATA__": _script_json(page_data(kg))}
    return re.sub("__TITLE__|__DATA__", lambda m: fill[m.group(0)], template)


def write_html(kg: KnowledgeGraph, path: PathLike, title: str = "") -> None:
    """Write the page of :func:`render_html` (UTF-8), to open in any browser, offline."""
    payload = render_html(kg, title).encode("utf-8")
    atomic_write(path, lambda handle: handle.write(payload))


register_writer("html", write_html)
