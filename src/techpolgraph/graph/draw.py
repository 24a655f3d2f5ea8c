"""A static picture of the graph with matplotlib: nodes coloured by kind, edges by relation.

Only entities that take part in a relation are drawn (a corpus names many places and
organisations that link to nothing). Parallel relations of one pair are drawn as arcs bent
apart; negated and uncertain ones are dashed. The layout is seeded, so the same graph gives
the same picture. matplotlib is optional (``pip install 'techpolgraph[notebook]'``).
"""

from __future__ import annotations

import math
from collections import defaultdict
from pathlib import Path
from typing import TYPE_CHECKING, Any, Union

import networkx as nx

from ..errors import TechpolgraphError
from ..models import EntityKind, Modality, RelationType
from .queries import collapse, colour

if TYPE_CHECKING:  # pragma: no cover
    from .knowledge import KnowledgeGraph

LAYOUT_SEED = 7


def _pyplot() -> Any:
    try:
        import matplotlib.pyplot as plt
    except ImportError:  # pragma: no cover - depends on the installation
        raise TechpolgraphError("pictures need matplotlib: pip install 'techpolgraph[notebook]' (or pip install matplotlib)") from None
    return plt


def positions(kg: "KnowledgeGraph") -> dict[str, tuple[float, float]]:
    """Seeded spring layout of the entities that take part in a relation: each connected
    group laid out on its own (the largest first), side by side, so none drifts away."""
    g = nx.Graph()
    g.add_nodes_from(sorted({n for link in collapse(kg) for n in (link.source, link.target)}))
    g.add_edges_from((link.source, link.target) for link in collapse(kg))
    groups = sorted(nx.connected_components(g), key=lambda c: (-len(c), min(c)))
    pos: dict[str, tuple[float, float]] = {}
    top = 0.0
    for group in groups:  # stacked downwards, left-aligned: labels run to the right
        sub = g.subgraph(sorted(group))
        size = math.sqrt(len(group))
        if len(group) > 1:
            layout = nx.spring_layout(sub, seed=LAYOUT_SEED, k=2.0 / size, iterations=200, scale=size)
        else:
            layout = {n: (0.0, 0.0) for n in sub}
        xs = [float(x) for x, _ in layout.values()]
        ys = [float(y) for _, y in layout.values()]
        for n, (x, y) in layout.items():
            pos[n] = (float(x) - min(xs), float(y) - max(ys) + top)
        top -= max(ys) - min(ys) + 1.0
    return dict(sorted(pos.items()))


def draw(kg: "KnowledgeGraph", ax: Any = None, title: str = "") -> Any:
    """Draw the graph on ``ax`` (a new figure when None) and return the axes."""
    plt = _pyplot()
    from matplotlib.lines import Line2D
    from matplotlib.patches import FancyArrowPatch

    if ax is None:
        _, ax = plt.subplots(figsize=(11, 7.5), dpi=100)
    pos = positions(kg)
    links = collapse(kg)
    degree: dict[str, int] = defaultdict(int)
    for link in links:
        degree[link.source] += link.weight
        degree[link.target] += link.weight
    pairs: dict[tuple[str, ...], list[int]] = defaultdict(list)
    for i, link in enumerate(links):
        pairs[tuple(sorted((link.source, link.target)))].append(i)
    for members in pairs.values():
        for rank, i in enumerate(members):
            link = links[i]
            bend = (rank - (len(members) - 1) / 2) * 0.25 * (1 if link.source < link.target else -1)
            ax.add_patch(
                FancyArrowPatch(
                    pos[link.source],
                    pos[link.target],
                    connectionstyle=f"arc3,rad={bend:.3f}",
                    arrowstyle="-|>" if not link.relation.symmetric else "-",
                    mutation_scale=16,
                    linewidth=1.0 + 1.5 * math.log1p(link.weight),
                    linestyle="-" if link.modality is Modality.ASSERTED else "--",
                    color=colour("relation", link.relation.value),
                    alpha=0.85,
                    shrinkA=9,
                    shrinkB=11,
                    zorder=1,
                )
            )
    for node, (x, y) in pos.items():
        e = kg.entities[node]
        ax.scatter([x], [y], s=120 + 25 * degree[node], color=colour("kind", e.kind.value), edgecolors="white", linewidths=1.5, zorder=2)
        ax.annotate(e.label, (x, y), xytext=(9, 6), textcoords="offset points", fontsize=10, zorder=3)
    kinds = sorted({kg.entities[n].kind for n in pos}, key=lambda k: list(EntityKind).index(k))
    relations = sorted({link.relation for link in links}, key=lambda r: list(RelationType).index(r))
    handles = [Line2D([], [], marker="o", linestyle="", markersize=9, color=colour("kind", k.value), label=k.value) for k in kinds]
    handles += [Line2D([], [], linewidth=2.5, color=colour("relation", r.value), label=r.value) for r in relations]
    if any(link.modality is not Modality.ASSERTED for link in links):
        handles.append(Line2D([], [], linewidth=2, linestyle="--", color="#555555", label="negated / uncertain"))
    if handles:
        ax.legend(handles=handles, loc="upper left", bbox_to_anchor=(1.0, 1.0), frameon=False, fontsize=9)
    ax.set_title(title or f"{len(pos)} linked entities, {sum(link.weight for link in links)} relations, {len(kg.documents)} documents")
    ax.margins(0.12)
    if pos:  # room on the right for the labels, which run rightwards from their node
        left, right = ax.get_xlim()
        ax.set_xlim(left, right + 0.3 * (right - left))
    ax.set_axis_off()
    return ax


def write_png(kg: "KnowledgeGraph", path: Union[str, Path], title: str = "") -> None:
    """Write :func:`draw`'s picture as a PNG file (no metadata, so the same graph gives the same bytes)."""
    plt = _pyplot()
    ax = draw(kg, title=title)
    target = Path(path)
    target.parent.mkdir(parents=True, exist_ok=True)
    ax.figure.savefig(target, format="png", bbox_inches="tight", metadata={"Software": None})
    plt.close(ax.figure)
