"""Typed relations with modality and evidence, read from parsed and resolved sentences.

The component (:mod:`.extract`) finds the cue words of the lexicon (:mod:`.cues`) and reads
their parties construction by construction (see :mod:`.extract` for the map of modules).
"""

from __future__ import annotations

from .cues import Cue, CueDataError, CueTable, modality_words
from .extract import RelationExtractor, document_relations
from .modality import modality_of

__all__ = ["Cue", "CueDataError", "CueTable", "RelationExtractor", "document_relations", "modality_of", "modality_words"]
