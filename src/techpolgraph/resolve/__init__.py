"""The resolver: mentions -> one entity per real-world thing, each merge explained.

``document`` groups the mentions of one document (a spaCy component); ``corpus`` links the
documents' entities into canonical entities across the corpus. ``names`` and ``roles`` are
pure functions and tables on strings.
"""

from __future__ import annotations

from .corpus import CorpusResolver, DocumentDigest, link_entities
from .document import DocumentResolver, MentionRef, local_entities, mention_refs, mentions
from .names import clean_name, name_key, slug
from .reasons import MergeReason
from .roles import Role, RoleTable

__all__ = [
    "CorpusResolver",
    "DocumentDigest",
    "DocumentResolver",
    "MentionRef",
    "MergeReason",
    "Role",
    "RoleTable",
    "clean_name",
    "link_entities",
    "local_entities",
    "mention_refs",
    "mentions",
    "name_key",
    "slug",
]
