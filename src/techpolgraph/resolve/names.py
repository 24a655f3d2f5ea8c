"""Pure functions on names: normalising, titles, slugs. No spaCy here; testable on strings."""

from __future__ import annotations

import re
import unicodedata
from functools import lru_cache

from ..data import read_lines

_APOSTROPHES = str.maketrans({"’": "'", "`": "'", "\u00a0": " ", "‑": "-", "–": "-"})
_ELIDED = re.compile(r"^(l|d)'", re.IGNORECASE)


@lru_cache(maxsize=1)
def titles() -> frozenset[str]:
    """Honorifics that may stand before a name (``titles.txt``)."""
    return frozenset(t.lower() for t in read_lines("titles.txt"))


def strip_accents(text: str) -> str:
    """The text without its accents.

    >>> strip_accents("Élysée")
    'Elysee'
    """
    return "".join(ch for ch in unicodedata.normalize("NFKD", text) if not unicodedata.combining(ch))


def clean_name(text: str) -> str:
    """A name as written, without titles, elided articles or stray spaces.

    >>> clean_name("M. Trump"), clean_name("l’Elysée"), clean_name(" Mark\\nZuckerberg ")
    ('Trump', 'Elysée', 'Mark Zuckerberg')
    """
    words = text.translate(_APOSTROPHES).split()
    while len(words) > 1 and words[0].lower() in titles():
        words = words[1:]
    name = " ".join(words)
    name = _ELIDED.sub("", name)
    return name


@lru_cache(maxsize=1 << 16)
def name_key(text: str) -> str:
    """A comparison key: no title, no accent, lower case, hyphens as spaces.

    Cached: the resolver asks for the keys of the same few names over and over.

    >>> name_key("M. Trump") == name_key("trump"), name_key("Maison-Blanche")
    (True, 'maison blanche')
    """
    return " ".join(strip_accents(clean_name(text)).lower().replace("-", " ").split())


@lru_cache(maxsize=1 << 16)
def name_tokens(text: str) -> tuple[str, ...]:
    """The words of a name's key.

    >>> name_tokens("M. Donald Trump Jr.")
    ('donald', 'trump', 'jr.')
    """
    return tuple(name_key(text).split())


def is_full_name(text: str) -> bool:
    """Two words or more once titles are gone ("Mark Zuckerberg", not "M. Trump")."""
    return len(name_tokens(text)) >= 2


def slug(text: str) -> str:
    """A readable, stable id part.

    >>> slug("Mark Zuckerberg"), slug("l'Élysée")
    ('mark-zuckerberg', 'elysee')
    """
    s = re.sub(r"[^a-z0-9]+", "-", name_key(text)).strip("-")
    return s or "x"


@lru_cache(maxsize=1)
def _first_names() -> dict[str, str]:
    from ..data import read_table

    return {name_key(row[0]): row[1] for row in read_table("first_names.tsv")}


def gender_of(name: str) -> str:
    """The usual gender of a full name's first name ("m", "f"), or "" when unknown.

    >>> gender_of("Hillary Clinton"), gender_of("M. John Podesta"), gender_of("Zuckerberg")
    ('f', 'm', '')
    """
    words = name_tokens(name)
    if len(words) < 2:
        return ""
    return _first_names().get(words[0], "")
