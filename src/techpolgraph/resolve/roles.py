"""Roles: "le patron de Facebook" is (boss, Facebook); who held it at a date.

The shipped table ``roles.tsv`` lists well-known holders and periods; the corpus teaches more
through appositions ("le PDG d'Uber, Dara Khosrowshahi"). Pure Python, no spaCy.
"""

from __future__ import annotations

import datetime as dt
from dataclasses import dataclass
from functools import lru_cache
from typing import Optional

from ..data import function_words, read_table
from .names import name_key, name_tokens, nationalities


INCOMING_DAYS = 100


@dataclass(frozen=True, order=True)
class Role:
    """A role class and what it is a role of (an organisation, a country or a party).

    >>> str(Role("boss", "Facebook"))
    'boss|Facebook'
    """

    cls: str
    qualifier: str

    def __str__(self) -> str:
        return f"{self.cls}|{self.qualifier}"

    @classmethod
    def parse(cls, text: str) -> "Role":
        role_cls, _, qualifier = text.partition("|")
        return cls(role_cls, qualifier)


COMPANY_ROLES = frozenset({"boss", "founder", "owner"})
"""Role classes of a company, not of a country: a country after their noun (« le patron
américain ») tells the holder's nationality, not which company."""


@lru_cache(maxsize=1)
def role_nouns() -> dict[str, str]:
    """Role noun (lower case, possibly several words) -> role class (``role_nouns.tsv``)."""
    return {row[0].lower(): row[1] for row in read_table("role_nouns.tsv")}


@lru_cache(maxsize=1)
def former_prefixes() -> tuple[str, ...]:
    """The prefixes of a former role written as one word with its noun (« ex- » of
    « l'ex-ministre »): the words of ``former`` in ``function_words.tsv`` that end with a hyphen."""
    return tuple(sorted(w for w in function_words("former") if w.endswith("-")))


def without_former_prefix(word: str) -> str:
    """The word without its prefix of a former role (« ex-ministre »: « ministre »), or the word.

    >>> without_former_prefix("ex-ministre")
    'ministre'
    """
    prefix = next((p for p in former_prefixes() if word.startswith(p) and len(word) > len(p) + 1), "")
    return word[len(prefix) :]


@lru_cache(maxsize=1)
def leader_nouns() -> frozenset[str]:
    """Role nouns that, qualified by a country, name its leader (third column of
    ``role_nouns.tsv``: « le dirigeant ukrainien »).

    >>> "dirigeant" in leader_nouns()
    True
    """
    return frozenset(row[0].lower() for row in read_table("role_nouns.tsv") if len(row) > 2 and row[2] == "leader")


def leader_role(noun: str, role: Role) -> Role:
    """The role a leader noun names with a country (``leaders.tsv``; else the head of state);
    any other noun's role as it is.

    >>> leader_role("dirigeant", Role("boss", "Allemagne")), leader_role("dirigeant", Role("boss", "Russie"))
    (Role(cls='head_of_government', qualifier='Allemagne'), Role(cls='head_of_state', qualifier='Russie'))
    """
    if noun not in leader_nouns() or role.qualifier not in countries():
        return role
    return Role(_leaders().get(role.qualifier, "head_of_state"), role.qualifier)


@lru_cache(maxsize=1)
def _leaders() -> dict[str, str]:
    return {row[0]: row[1] for row in read_table("leaders.tsv")}


@lru_cache(maxsize=1)
def countries() -> frozenset[str]:
    """The countries ``nationalities.tsv`` names (not its parties: « démocrate »)."""
    return frozenset(c for c in nationalities().values() if not c.startswith("Parti "))


@lru_cache(maxsize=1)
def person_heads() -> frozenset[str]:
    """One-word nouns that introduce a person's name (``name_heads.tsv``, « person »: « le général
    X », « le sénateur X »), lower case.

    >>> "général" in person_heads()
    True
    """
    return frozenset(row[0].lower() for row in read_table("name_heads.tsv") if len(row) > 1 and row[1] == "person" and " " not in row[0])


@lru_cache(maxsize=1)
def occupations() -> dict[str, tuple[str, str]]:
    """Occupation noun (lower case, possibly several words) -> (occupation, gender the noun
    gives: "m", "f" or "") (``occupations.tsv``).

    >>> occupations()["femme d'affaires"]
    ("homme d'affaires", 'f')
    """
    return {row[0].lower(): (row[1], row[2] if len(row) > 2 else "") for row in read_table("occupations.tsv")}


@lru_cache(maxsize=1)
def epithets() -> frozenset[str]:
    """Occupations news uses for the person an article is about (« l'homme d'affaires »):
    the fourth column of ``occupations.tsv`` says ``epithet``.

    >>> "milliardaire" in epithets()
    True
    """
    return frozenset(row[1] for row in read_table("occupations.tsv") if len(row) > 3 and row[3] == "epithet")


@lru_cache(maxsize=1)
def broader_occupations() -> dict[str, str]:
    """Occupation -> the broader occupation it also gives, where the fifth column of
    ``occupations.tsv`` names one (« député » -> « homme politique », which « l'élue » names).

    >>> broader_occupations()["député"]
    'homme politique'
    """
    return {row[1]: row[4] for row in read_table("occupations.tsv") if len(row) > 4 and row[4]}


def _parse_day(text: str) -> Optional[dt.date]:
    return dt.date.fromisoformat(text) if text else None


#: Role classes held by several people at once (« commissioner »): no holder of one is the
#: well-known bearer of their surname.
SHARED_OFFICES = function_words("shared_office")


@dataclass(frozen=True)
class Tenure:
    role: Role
    holder: str
    start: Optional[dt.date]
    end: Optional[dt.date]

    def holds(self, date: dt.date) -> bool:
        return (self.start is None or self.start <= date) and (self.end is None or date < self.end)


class RoleTable:
    """Who held which role when.

    >>> table = RoleTable.shipped()
    >>> table.holder(Role("head_of_state", "États-Unis"), dt.date(2017, 6, 1))
    'Donald Trump'
    >>> table.holder(Role("head_of_state", "États-Unis"), dt.date(2015, 6, 1))
    'Barack Obama'
    """

    def __init__(self, tenures: list[Tenure]) -> None:
        self.tenures = tenures
        self._by_key: Optional[dict[str, list[Tenure]]] = None
        self._by_role: Optional[dict[Role, list[Tenure]]] = None
        self._by_surname: Optional[dict[str, frozenset[str]]] = None

    def _of(self, name: str) -> list[Tenure]:
        """The tenures of a person (by name key), in table order; the index is made once."""
        if self._by_key is None:
            self._by_key = {}
            for t in self.tenures:
                self._by_key.setdefault(name_key(t.holder), []).append(t)
        return self._by_key.get(name_key(name), [])

    def _of_role(self, role: Role) -> list[Tenure]:
        """The tenures of a role, in table order; the index is made once."""
        if self._by_role is None:
            by_role: dict[Role, list[Tenure]] = {}
            for t in self.tenures:
                by_role.setdefault(t.role, []).append(t)
            self._by_role = by_role
        return self._by_role.get(role, [])

    def tenures_of(self, name: str) -> list[Tenure]:
        """Every role the table gives a person, in table order.

        >>> sorted({t.role.qualifier for t in RoleTable.shipped().tenures_of("Emmanuel Macron")})
        ['France', 'Économie']
        """
        return self._of(name)

    def holders_with_surname(self, surname: str) -> frozenset[str]:
        """The holders whose name ends with ``surname`` (a name key word, "trump"); not those
        of an office held by several at once (``shared_office``: a European commissioner is no
        bearer of the surname whom a bare « Breton » names)."""
        if self._by_surname is None:
            index: dict[str, set[str]] = {}
            for t in self.famous_tenures():
                words = name_tokens(t.holder)
                if words:
                    index.setdefault(words[-1], set()).add(t.holder)
            self._by_surname = {word: frozenset(holders) for word, holders in index.items()}
        return self._by_surname.get(surname, frozenset())

    def famous_tenures(self) -> list[Tenure]:
        """The tenures of offices one holds alone, whose holders a bare surname may stand for."""
        return [t for t in self.tenures if t.role.cls not in SHARED_OFFICES]

    @classmethod
    @lru_cache(maxsize=1)
    def shipped(cls) -> "RoleTable":
        rows = read_table("roles.tsv")
        return cls(
            [
                Tenure(Role(r[0], r[1]), r[2], _parse_day(r[3]) if len(r) > 3 else None, _parse_day(r[4]) if len(r) > 4 else None)
                for r in rows
            ]
        )

    def holders(self, role: Role, date: Optional[dt.date]) -> list[str]:
        """Every holder of the role at the date (all holders when the date is unknown)."""
        names = {t.holder for t in self._of_role(role) if date is None or t.holds(date)}
        return sorted(names)

    def holder(self, role: Role, date: Optional[dt.date], incoming: bool = False) -> Optional[str]:
        """The one holder of the role at the date, or None when there is none or several.

        With ``incoming`` ("le nouveau président", "le président élu"), a holder whose term
        starts within :data:`INCOMING_DAYS` after the date is the one meant.

        >>> RoleTable.shipped().holder(Role("head_of_state", "États-Unis"), dt.date(2025, 1, 18), incoming=True)
        'Donald Trump'
        """
        if date is None:
            return None
        if incoming:
            soon = {
                t.holder
                for t in self._of_role(role)
                if t.start is not None and date <= t.start <= date + dt.timedelta(days=INCOMING_DAYS)
            }
            if len(soon) == 1:
                return soon.pop()
        names = self.holders(role, date)
        return names[0] if len(names) == 1 else None

    def fits(self, name: str, role_cls: str, qualifier: str, date: Optional[dt.date], when: str = "now") -> bool:
        """Whether the person fits a role description at a date.

        ``qualifier`` may be empty ("le PDG": any company). ``when`` is ``now`` (holds it at
        the date, or ever when the date is unknown), ``former`` ("l'ancien président": held it
        before the date and no longer does; when the date is unknown, left it at some time) or ``incoming`` ("le président élu": starts within
        :data:`INCOMING_DAYS` after the date).

        >>> t = RoleTable.shipped()
        >>> t.fits("Donald Trump", "head_of_state", "", dt.date(2024, 8, 13), "former")
        True
        >>> t.fits("Elon Musk", "head_of_state", "", dt.date(2024, 8, 13), "former")
        False
        """
        mine = [t for t in self._of(name) if t.role.cls == role_cls and qualifier in ("", t.role.qualifier)]
        if date is None:  # an undated article: whoever ever held it, or ever left it for « former »
            return any(t.end is not None for t in mine) if when == "former" else bool(mine) and when == "now"
        if when == "former":
            return any(t.end is not None and t.end <= date for t in mine) and not any(t.holds(date) for t in mine)
        if when == "incoming":
            soon = date + dt.timedelta(days=INCOMING_DAYS)
            return any(t.start is not None and date <= t.start <= soon for t in mine)
        return any(t.holds(date) for t in mine)


def parse_description(text: str) -> Optional[Role]:
    """The role a written description names, without spaCy ("le patron de Facebook").

    Used to look entities up by a description that the corpus may not contain verbatim.

    >>> parse_description("le patron de Facebook"), parse_description("le président américain")
    (Role(cls='boss', qualifier='Facebook'), Role(cls='head_of_state', qualifier='États-Unis'))
    >>> parse_description("Mark Zuckerberg") is None
    True
    """
    words = text.replace("’", "'").replace("'", "' ").split()
    while words and words[0].lower() in ("le", "la", "l'", "du", "au", "ce", "cet", "cette", "nouveau", "nouvelle", "actuel", "actuelle"):
        words = words[1:]
    nouns = role_nouns()
    for n in (4, 3, 2, 1):
        head = " ".join(w.lower() for w in words[:n]).replace("' ", "'")
        if len(words) > n and head in nouns:
            rest = words[n:]
            if rest[0].lower() in nationalities():
                return Role(nouns[head], nationalities()[rest[0].lower()])
            if rest[0].lower() in ("de", "d'", "du") and len(rest) > 1:
                qualifier = " ".join(rest[2:] if len(rest) > 2 and rest[1].lower() in ("la", "l'") else rest[1:])
                return Role(nouns[head], qualifier)
    return None
