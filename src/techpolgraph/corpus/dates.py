"""Dates of documents: ISO dates of metadata, and dates written in words in export headers.

Header dates are read by a pattern over the month names of ``data/document_dates.tsv``
(French and English): dateparser's search, tried first, misses the date of headers such as
« Économie, jeudi 5 septembre 2024 418 mots, p. 7 » and « Thursday, December 19, 2024 512
words », and its free search can take a word count or a page number for a day.
"""

from __future__ import annotations

import datetime as dt
import re
import unicodedata
from functools import lru_cache
from typing import Any, Optional

from ..data import read_table
from ..errors import DocumentError

__all__ = ["find_date", "parse_date"]

_ISO_DATE = re.compile(r"^(\d{4})-(\d{2})-(\d{2})")
_NUMERIC_DATE = re.compile(r"^(\d{1,2})[/.-](\d{1,2})[/.-](\d{4})\b")
_ISO_MONTH = re.compile(r"^(\d{4})-(\d{2})$")


def _fold(word: str) -> str:
    return word.lower().rstrip(".")


@lru_cache(maxsize=1)
def _months() -> dict[str, int]:
    return {_fold(unicodedata.normalize("NFC", word)): int(number) for word, number in read_table("document_dates.tsv")}


@lru_cache(maxsize=1)
def _patterns() -> tuple[re.Pattern[str], re.Pattern[str]]:
    names = "|".join(re.escape(m) for m in sorted(_months(), key=len, reverse=True))
    day_first = re.compile(rf"(?<!\d)(?P<day>\d{{1,2}})(?:er|st|nd|rd|th)?\.?\s+(?P<month>{names})\.?,?\s+(?P<year>\d{{4}})(?!\d)", re.IGNORECASE)
    month_first = re.compile(rf"\b(?P<month>{names})\.?\s+(?P<day>\d{{1,2}})(?:st|nd|rd|th)?,?\s+(?P<year>\d{{4}})(?!\d)", re.IGNORECASE)
    return day_first, month_first


def find_date(text: str) -> Optional[dt.date]:
    """The first date written in words in a text (« mardi 12 mars 2024 - 18:42 », « 1er juin
    2024 », « Thursday, December 19, 2024 », « 5 Sept. 2024 »), or None.

    >>> find_date("Économie, jeudi 5 septembre 2024 418 mots, p. 7")
    datetime.date(2024, 9, 5)
    >>> find_date("Thursday, December 19, 2024 512 words, p. 12")
    datetime.date(2024, 12, 19)
    >>> find_date("632 mots, p. 7") is None
    True
    """
    text = unicodedata.normalize("NFC", text)
    found = [m for p in _patterns() for m in [p.search(text)] if m is not None]
    for match in sorted(found, key=lambda m: m.start()):
        try:
            return dt.date(int(match["year"]), _months()[_fold(match["month"])], int(match["day"]))
        except ValueError:
            continue
    return None


def _month_in_words(text: str) -> Optional[dt.date]:
    """« mars 2024 », « March 2024 » alone: the month's first day; else None."""
    parts = unicodedata.normalize("NFC", text).split()
    if len(parts) == 2 and parts[1].isdigit() and len(parts[1]) == 4 and _fold(parts[0]) in _months():
        return dt.date(int(parts[1]), _months()[_fold(parts[0])], 1)
    return None


def parse_date(value: Any, where: str = "") -> Optional[dt.date]:
    """A document date given by metadata or a column: ISO ``YYYY-MM-DD`` (a longer timestamp is
    cut), ``DD/MM/YYYY``, or a date in words (« 12 mars 2024 »); a month alone (``YYYY-MM``,
    « mars 2024 »), as sources often give it, is read as its first day; None when empty.

    Raises :class:`DocumentError` naming ``where`` for any other value.

    >>> parse_date("2018-05-23T10:00:00Z"), parse_date("23/05/2018"), parse_date("23 mai 2018")
    (datetime.date(2018, 5, 23), datetime.date(2018, 5, 23), datetime.date(2018, 5, 23))
    >>> parse_date("2019-12"), parse_date("décembre 2019")
    (datetime.date(2019, 12, 1), datetime.date(2019, 12, 1))
    """
    if value in (None, ""):
        return None
    if isinstance(value, dt.datetime):
        return value.date()
    if isinstance(value, dt.date):
        return value
    text = str(value).strip()
    try:
        if m := _ISO_DATE.match(text):
            return dt.date(int(m[1]), int(m[2]), int(m[3]))
        if m := _NUMERIC_DATE.match(text):
            return dt.date(int(m[3]), int(m[2]), int(m[1]))
        if m := _ISO_MONTH.match(text):
            return dt.date(int(m[1]), int(m[2]), 1)  # a month alone: its first day
    except ValueError:
        pass
    else:
        if (found := find_date(text) or _month_in_words(text)) is not None:
            return found
    raise DocumentError(
        where or "metadata", f"date {value!r} is not a date (YYYY-MM-DD, DD/MM/YYYY, « 12 mars 2024 », or a month: YYYY-MM, « mars 2024 »)"
    )
