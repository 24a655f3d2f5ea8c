"""The spaCy stage: the French model, loaded once, with techpolgraph's components.

>>> nlp = load_pipeline()
>>> [name for name in nlp.pipe_names if name.startswith("techpolgraph")][:2]
['techpolgraph_lines', 'techpolgraph_entities']
"""

from __future__ import annotations

from .components import (
    KIND_BY_LABEL,
    EntityRecogniser,
    Gazetteer,
    mark_line_breaks,
)
from .pipeline import MODEL_NAME, MODEL_VERSION, load_pipeline, pipeline_fingerprint

__all__ = [
    "KIND_BY_LABEL",
    "MODEL_NAME",
    "MODEL_VERSION",
    "EntityRecogniser",
    "Gazetteer",
    "load_pipeline",
    "mark_line_breaks",
    "pipeline_fingerprint",
]
