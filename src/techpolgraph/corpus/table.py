"""CSV and TSV exports (media databases, monitoring tools) -> one article per row.

The header names the columns; the text column is found among the names of
``data/table_columns.tsv`` (text, texte, content, body, ...) or given (``text_column`` /
``--text-column NAME``), and optional title, date, source (media, journal...) and url columns
fill the metadata. The delimiter (tab, semicolon, comma, ``|``) is the one the header line
holds most (``csv.Sniffer`` guesses from the text cells too, and their commas mislead it); a
row's id is ``FILE:N`` with N its line number in the file (the header is 1),
so that an error can be found in a spreadsheet (its first line, for a row whose quoted
text spans lines).
"""

from __future__ import annotations

import csv
import io
import sys
import unicodedata
from collections.abc import Iterator
from functools import lru_cache
from typing import Optional

from ..data import read_table
from ..errors import DocumentError

__all__ = ["table_rows"]

DELIMITERS = ("\t", ";", ",", "|")


def _fold(name: str) -> str:
    """A column name compared without case, accents, spaces, hyphens or underscores."""
    decomposed = unicodedata.normalize("NFKD", name.strip().lower())
    return "".join(c for c in decomposed if c.isalnum() and not unicodedata.combining(c))


@lru_cache(maxsize=1)
def _known_columns() -> tuple[tuple[str, str], ...]:
    return tuple((field, _fold(name)) for field, name in read_table("table_columns.tsv"))


def _columns(header: list[str], text_column: Optional[str], id: str) -> dict[str, int]:
    """Field -> index of its column in the header."""
    folded = [_fold(h) for h in header]
    found: dict[str, int] = {}
    for field, name in _known_columns():
        if field not in found and name in folded:
            found[field] = folded.index(name)
    if text_column is not None:
        if _fold(text_column) not in folded:
            raise DocumentError(id, f"no column {text_column!r} (columns: {', '.join(header)})")
        found["text"] = folded.index(_fold(text_column))
    if "text" not in found:
        raise DocumentError(
            id,
            f"no text column among {', '.join(header)} (name it with --text-column NAME, "
            "or add its name to table_columns.tsv)",
        )
    return found


def _delimiter(text: str, id: str) -> str:
    """The delimiter of a table: the one its header line holds most (a header names columns,
    which rarely hold a delimiter, where text cells often hold commas and semicolons).

    >>> _delimiter("date;titre;texte\\n2024-03-12;Un, deux;Trois, quatre, cinq", "a.csv")
    ';'
    """
    header = text.split("\n", 1)[0]
    counts = {d: header.count(d) for d in DELIMITERS}
    best = max(DELIMITERS, key=lambda d: counts[d])
    if counts[best]:
        return best
    return "\t" if id.lower().endswith(".tsv") else ","


def table_rows(text: str, id: str, text_column: Optional[str] = None) -> Iterator[tuple[str, dict[str, str]]]:
    """``(row id, {field: value})`` for every data row of a CSV or TSV text; a row whose id
    is given with an empty mapping has no text. Raises :class:`DocumentError` for a file
    without a header or without a text column.

    >>> list(table_rows("titre;texte\\nUn;Deux mots\\n", "a.csv"))
    [('a.csv:2', {'text': 'Deux mots', 'title': 'Un'})]
    """
    csv.field_size_limit(min(sys.maxsize, 2**31 - 1))
    reader = csv.reader(io.StringIO(text), delimiter=_delimiter(text, id))
    header = next(reader, None)
    if not header or not any(h.strip() for h in header):
        raise DocumentError(id, "the table has no header line")
    columns = _columns(header, text_column, id)
    while True:
        first_line = reader.line_num + 1  # a quoted cell may span lines: the row's first line
        row = next(reader, None)
        if row is None:
            return
        if not any(cell.strip() for cell in row):
            continue
        row_id = f"{id}:{first_line}"
        values = {f: row[i].strip() for f, i in columns.items() if i < len(row) and row[i].strip()}
        yield row_id, (values if "text" in values else {})
