"""What kind of organisation a name is, and which descriptions may stand for it.

``org_types.tsv`` gives well-known organisations their types (company, platform, social
network, messaging app, search engine, party, court, regulator, ministry), country, seat and
region; ``org_descriptions.tsv`` lists the descriptions the press uses for them (« la firme »,
« le réseau social », « le géant de Mountain View ») with the type, and the place, they require.
``renamed.tsv`` lists organisations known under successive names, ``parents.tsv`` the
parents of companies and platforms. Pure Python, no spaCy.
"""

from __future__ import annotations

import datetime as dt
from dataclasses import dataclass
from functools import lru_cache
from typing import Optional

from ..data import read_table
from .names import name_key


@dataclass(frozen=True)
class OrgType:
    """The types and places of one organisation."""

    types: frozenset[str]
    country: str = ""
    places: frozenset[str] = frozenset()


@dataclass(frozen=True)
class Description:
    """A description of an organisation: the type it requires and, optionally, a place."""

    text: str
    type: str
    place: str = ""


class OrgTypes:
    """Organisation name -> :class:`OrgType` (``org_types.tsv``), read by name key.

    >>> types = OrgTypes.shipped()
    >>> types.fits("Google", Description("moteur de recherche", "search_engine"))
    True
    >>> types.fits("Facebook", Description("géant de cupertino", "company", "Cupertino"))
    False
    >>> types.fits("Une Association Inconnue", Description("firme", "company"))
    False
    """

    def __init__(self, rows: tuple[tuple[str, ...], ...]) -> None:
        self.by_key: dict[str, OrgType] = {}
        for row in rows:
            types = frozenset(t for t in row[1].split("|") if t) if len(row) > 1 else frozenset()
            country = row[2] if len(row) > 2 else ""
            places = frozenset(p for p in row[3].split("|") if p) if len(row) > 3 else frozenset()
            self.by_key.setdefault(name_key(row[0]), OrgType(types, country, places))

    @classmethod
    @lru_cache(maxsize=1)
    def shipped(cls) -> "OrgTypes":
        return cls(read_table("org_types.tsv"))

    def of(self, name: str) -> Optional[OrgType]:
        """The types of a known organisation, or of an institution by the noun its name begins
        with (« tribunal de Moscou » is a court: ``name_heads.tsv``)."""
        known = self.by_key.get(name_key(name))
        if known is None:
            head = _institution_types().get(name.split()[0].lower()) if name.split() else None
            return OrgType(frozenset({head})) if head else None
        return known

    def other_kind(self, name: str, description: Description) -> bool:
        """The organisation is a known one of types that hold neither the description's nor the
        broader one (« sa chaîne YouTube »: YouTube is a platform, the channel is on it, no
        television channel)."""
        known = self.by_key.get(name_key(name))
        return known is not None and not ({description.type, BROADER.get(description.type, description.type)} & known.types)

    def fits(self, name: str, description: Description, country: str = "", taught: frozenset[str] = frozenset()) -> bool:
        """The organisation is of the description's type, at its place and in its country.

        ``taught``: types the article gave it (« la messagerie Ondra » is a messaging app).
        """
        known = self.of(name)
        if known is None and description.type in taught and not description.place and not country:
            return True
        if known is None or description.type not in known.types | taught:
            return False
        if description.place and description.place not in known.places and description.place != known.country:
            return False
        return not country or country == known.country


@lru_cache(maxsize=1)
def descriptions() -> dict[str, Description]:
    """Description (lower case, without article) -> :class:`Description` (``org_descriptions.tsv``)."""
    return {
        row[0].lower(): Description(row[0].lower(), row[1], row[2] if len(row) > 2 else "")
        for row in read_table("org_descriptions.tsv")
    }


@dataclass(frozen=True)
class Renaming:
    """An organisation known under an earlier name until a date (``renamed.tsv``)."""

    old: str
    new: str
    since: Optional[dt.date]
    label: str


@lru_cache(maxsize=1)
def renamings() -> tuple[Renaming, ...]:
    """The renamings of ``renamed.tsv``, in file order."""
    out = []
    for row in read_table("renamed.tsv"):
        since = dt.date.fromisoformat(row[2]) if len(row) > 2 and row[2] else None
        out.append(Renaming(row[0], row[1], since, row[3] if len(row) > 3 and row[3] else row[1]))
    return tuple(out)


@lru_cache(maxsize=1)
def parents() -> dict[str, frozenset[str]]:
    """Child's name key -> name keys of its parents (``parents.tsv``)."""
    out: dict[str, set[str]] = {}
    for row in read_table("parents.tsv"):
        out.setdefault(name_key(row[0]), set()).add(name_key(row[1]))
    return {child: frozenset(p) for child, p in out.items()}


def parent_on(child: str, date: dt.date) -> Optional[str]:
    """The name of the parent ``parents.tsv`` gives a child organisation on a date, the child
    itself before the date its row starts (« la maison mère de Facebook » in 2019 is Facebook),
    or None when the table names no parent of it.

    >>> parent_on("Facebook", dt.date(2024, 1, 1)), parent_on("Facebook", dt.date(2019, 1, 1))
    ('Meta', 'Facebook')
    """
    rows = [row for row in read_table("parents.tsv") if name_key(row[0]) == name_key(child)]
    if not rows:
        return None
    for row in rows:
        if len(row) < 3 or not row[2] or dt.date.fromisoformat(row[2]) <= date:
            return row[1]
    return child


@lru_cache(maxsize=1)
def institution_nouns() -> frozenset[str]:
    """Nouns that name an institution with its complement (``name_heads.tsv``, « institution »:
    « Cour suprême », « Parlement »), lower case: alone, the name of no one body.

    >>> "cour suprême" in institution_nouns()
    True
    """
    return frozenset(row[0].lower() for row in read_table("name_heads.tsv") if len(row) > 2 and row[2] == "institution")


@lru_cache(maxsize=1)
def _institution_types() -> dict[str, str]:
    """First word of an institution's name -> its type (the fourth column of ``name_heads.tsv``)."""
    return {row[0].split()[0]: row[3] for row in read_table("name_heads.tsv") if len(row) > 3 and row[3]}


#: A type that is a kind of another: a social network and a messaging app are platforms.
BROADER = {"social_network": "platform", "messaging": "platform"}

#: Types of the organisations an encyclopedia article is titled by that a description of an
#: unknown type may stand for (« le site » in the article « Zorbly »); not a court, a ministry,
#: a government, a regulator or a party, which the article names as other bodies.
TITLE_TYPES = frozenset({"company", "platform", "social_network", "messaging", "search_engine", "website", "outlet"})


def taught_types(description: Description) -> frozenset[str]:
    """The types a description standing before a name gives it (« le réseau social Vostrik »)."""
    return frozenset({description.type, BROADER.get(description.type, description.type)}) - {"parent"}
