"""Relations to events: who took part in which event (``participated_in``)."""

from __future__ import annotations

from spacy.tokens import Doc

from ..models import LocalRelation


def event_relations(doc: Doc) -> list[LocalRelation]:
    """``participated_in`` relations of a processed doc (none yet)."""
    return []
