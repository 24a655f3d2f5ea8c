"""Typed relations with modality and evidence, read from parsed and resolved sentences."""

from __future__ import annotations

from .cues import Cue, CueDataError, CueTable, modality_words
from .extract import RelationExtractor, document_relations
from .modality import modality_of

__all__ = ["Cue", "CueDataError", "CueTable", "RelationExtractor", "document_relations", "modality_of", "modality_words"]
