"""The graph stage: a networkx MultiDiGraph of entities and relations, and its queries."""

from __future__ import annotations

from .knowledge import KnowledgeGraph

__all__ = ["KnowledgeGraph"]
