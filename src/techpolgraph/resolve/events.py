"""Events across documents: when two documents' events are one event.

"l'émeute du 6 janvier" in one article and "l'attaque du 6 janvier 2021 contre le Congrès"
in another are the same happening; the key of an event is what must agree for that.
"""

from __future__ import annotations

from ..models import LocalEntity
from .names import name_key


def event_key(entity: LocalEntity) -> str:
    """The key under which events of different documents are one event (its name, for now)."""
    return name_key(entity.name)
