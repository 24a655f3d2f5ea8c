"""Why a mention belongs to an entity, or why two entities are one: a closed vocabulary.

Each member's value is the wording shown to users (``kg.explain``, ``techpolgraph explain``,
the JSON and GraphML files), so that code compares members, never prose. A few reasons carry
details (the role and the date of a role-table lookup, the document that taught a role); those
are written by :meth:`MergeReason.detail`, which keeps the member's wording as the prefix, and
read back with :meth:`MergeReason.of`.
"""

from __future__ import annotations

from enum import Enum
from typing import Optional


class MergeReason(str, Enum):
    """The reasons the resolver gives (value: the wording for display)."""

    # within a document: by the name itself
    NAME = "name"
    KNOWN_NAME = "known name"
    # within a document: names and parts of names
    SURNAME = "surname"
    TITLE = "title"
    TITLE_GENDER = "title (the one person of that surname and gender)"
    FIRST_NAME = "first name"
    APPOSITION = "apposition"
    ACRONYM_DEFINED = "acronym given in parentheses after the full name"
    ACRONYM_INITIALS = "acronym of a full name in the same document"
    OTHER_NAME = "other name given in parentheses after the name"
    PERSON_ALIAS = "other name of a person given after « alias »"
    CAPITAL = "capital standing for its government or institution"
    SHORT_NAME = "short name of the one longer name of the document it begins"
    INSTITUTION_SHORT_NAME = "short name of an institution, in an article on its field"
    VARIANT = "variant of a full name of the document"
    PAGE_TITLE = "the person the document's title names in full"
    # within a document: descriptions and pronouns (details in parentheses)
    ROLE = "role"
    ROLE_TABLE = "role table"
    DESCRIPTION = "description"
    PRONOUN = "pronoun"
    DEMONSTRATIVE = "demonstrative"
    PLURAL = "plural"
    UNPLACED_ROLE = "role description, holder unknown in this document"
    RECALLED_ROLE = "role alone, recalling the one person described by it with its qualifier before"
    ORG_DESCRIPTION = "description of an organisation"
    # across documents
    SAME_NAME = "same name in another document"
    SAME_EVENT = "same event (type and date) in another document"
    CORPUS_SURNAME = "surname of the one full name in the corpus"
    CORPUS_SURNAME_CONTEXT = "surname of the one full name in the corpus that fits its context (gender, role)"
    CORPUS_SURNAME_SPELLING = "another spelling of the surname of the one full name in the corpus"
    CORPUS_ACRONYM = "acronym defined in another document"
    CORPUS_INITIALS = "acronym of the one full name in the corpus with those initials"
    CORPUS_SHORT_NAME = "short name given to a full name in another document"
    CORPUS_OTHER_NAME = "other name given to it in another document"
    CORPUS_NEAR_NAME = "variant of the one similar full name in the corpus"
    CORPUS_COUNTRY_FORM = "the same institution, its country named by an adjective in one name and after « de » in the other"
    RENAMED = "earlier name of the same organisation"
    NATIONAL_BRANCH = "national branch of a known organisation (« Google France »)"

    def detail(self, text: str) -> str:
        """The wording with details after it: ``role table (boss|Uber on 2019-05-01)``."""
        return f"{self.value} ({text})"

    @classmethod
    def of(cls, reason: str) -> Optional["MergeReason"]:
        """The member a written reason starts with, or None for a reason of another wording."""
        for member in sorted(cls, key=lambda m: -len(m.value)):
            if reason == member.value or reason.startswith(member.value + " ("):
                return member
        return None


#: Reasons that join a mention by its name: no merge to explain.
BY_NAME = frozenset({MergeReason.NAME.value, MergeReason.KNOWN_NAME.value})

#: Reasons that place a mention by a name, an apposition or a title: the entity is named in its document.
PLACED = frozenset(
    m.value
    for m in (
        MergeReason.NAME,
        MergeReason.KNOWN_NAME,
        MergeReason.SURNAME,
        MergeReason.TITLE,
        MergeReason.TITLE_GENDER,
        MergeReason.FIRST_NAME,
        MergeReason.APPOSITION,
        MergeReason.RECALLED_ROLE,
        MergeReason.ACRONYM_DEFINED,
        MergeReason.ACRONYM_INITIALS,
        MergeReason.OTHER_NAME,
        MergeReason.CAPITAL,
        MergeReason.SHORT_NAME,
        MergeReason.INSTITUTION_SHORT_NAME,
        MergeReason.VARIANT,
        MergeReason.PAGE_TITLE,
    )
)
