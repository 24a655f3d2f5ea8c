"""The spaCy stage: the French model, loaded once, with techpolgraph's components.

>>> nlp = load_pipeline()
>>> [name for name in nlp.pipe_names if name.startswith("techpolgraph")][:3]
['techpolgraph_lines', 'techpolgraph_entities', 'techpolgraph_events']
"""

from __future__ import annotations

from .components import (
    KIND_BY_LABEL,
    EntityRecogniser,
    Gazetteer,
    PeopleList,
    mark_line_breaks,
)
from .events import EventRecogniser
from .pipeline import MODEL_NAME, MODEL_VERSION, load_analyser, load_pipeline, make_analyser, pipeline_fingerprint
from .text import doc_text, span_text

__all__ = [
    "KIND_BY_LABEL",
    "MODEL_NAME",
    "MODEL_VERSION",
    "EntityRecogniser",
    "EventRecogniser",
    "Gazetteer",
    "PeopleList",
    "doc_text",
    "load_analyser",
    "load_pipeline",
    "make_analyser",
    "mark_line_breaks",
    "pipeline_fingerprint",
    "span_text",
]
