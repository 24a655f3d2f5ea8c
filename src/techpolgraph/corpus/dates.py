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


def parse_date(value: Any, where: str = "") -> Optional[dt.date]:
    """A document date given by metadata or a column: ISO ``YYYY-MM-DD`` (a longer timestamp is
    cut), ``DD/MM/YYYY``, or a date in words (« 12 mars 2024 »); None when empty.

    Raises :class:`DocumentError` naming ``where`` for any other value.

    >>> parse_date("2018-05-23T10:00:00Z"), parse_date("23/05/2018"), parse_date("23 mai 2018")
    (datetime.date(2018, 5, 23), datetime.date(2018, 5, 23), datetime.date(2018, 5, 23))
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
    except ValueError:
        pass
    else:
        if (found := find_date(text)) is not None:
            return found
    raise DocumentError(
        where or "metadata", f"date {value!r} is not a date (YYYY-MM-DD, DD/MM/YYYY or « 12 mars 2024 »)"
    )
