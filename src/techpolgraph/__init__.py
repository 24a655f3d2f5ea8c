"""techpolgraph: French news articles to a knowledge graph of who met, criticised, banned and
endorsed whom, every edge with the sentence it was read from.

Example::

    import techpolgraph as tpg

    kg = tpg.build("corpus/")
    for m in kg.who_met("Zuckerberg"):
        print(m.other.label, m.modality.value, m.doc, m.evidence.sentence)
    kg.to_graphml("out/corpus.graphml")
"""

from __future__ import annotations

from .build import analyse, assemble, build, load_analyser
from .corpus import iter_corpus, make_document, read_corpus
from .errors import (
    CacheError,
    CorpusError,
    DataFileError,
    DocumentError,
    EngineError,
    EntityNotFoundError,
    GoldFormatError,
    GraphFormatError,
    ModelNotFoundError,
    TechpolgraphError,
)
from .evaluate import evaluate
from . import html  # noqa: F401  (registers the writer of kg.to_html)
from .export import load
from .graph import KnowledgeGraph
from .models import (
    BuildReport,
    Document,
    Entity,
    EntityKind,
    Evidence,
    Meeting,
    Mention,
    Modality,
    Relation,
    RelationType,
)

__version__ = "0.1.0"

__all__ = [
    "BuildReport",
    "CacheError",
    "CorpusError",
    "DataFileError",
    "Document",
    "DocumentError",
    "EngineError",
    "Entity",
    "EntityKind",
    "EntityNotFoundError",
    "Evidence",
    "GoldFormatError",
    "GraphFormatError",
    "KnowledgeGraph",
    "Meeting",
    "Mention",
    "ModelNotFoundError",
    "Modality",
    "Relation",
    "RelationType",
    "TechpolgraphError",
    "analyse",
    "assemble",
    "build",
    "evaluate",
    "iter_corpus",
    "load",
    "load_analyser",
    "make_document",
    "read_corpus",
]
