"""Word lists, gazetteers and role tables shipped with techpolgraph.

Each file is plain text (one entry per line, ``#`` starts a comment) or tab-separated
values, so that users can read and extend them. :func:`read_lines` and :func:`read_table`
read a shipped file by its bare name (``"titles.txt"``), always, whatever the current folder
holds; a user's own file is given by a path (``"./my_titles.txt"``, ``"/data/titles.txt"`` or
a :class:`pathlib.Path`), and :func:`user_file` tells which one a setting names, so that its
content can enter the fingerprint of a pipeline.
"""

from __future__ import annotations

import functools
import hashlib
import os
from importlib import resources
from pathlib import Path
from typing import Optional

from ..errors import DataFileError
from ..types import PathLike


def is_shipped_name(name: PathLike) -> bool:
    """Whether ``name`` is the bare name of a data file (a string without any folder part).

    >>> is_shipped_name("titles.txt"), is_shipped_name("./titles.txt"), is_shipped_name(Path("titles.txt"))
    (True, False, False)
    """
    return isinstance(name, str) and bool(name) and Path(name).name == name and not name.startswith("~")


def user_file(name: object) -> Optional[Path]:
    """The user's file that a setting names (a path, not a bare name), or None.

    >>> user_file("people.tsv") is None, user_file("./people.tsv")
    (True, PosixPath('people.tsv'))
    """
    if isinstance(name, os.PathLike) or (isinstance(name, str) and name and not is_shipped_name(name)):
        return Path(os.path.expanduser(os.fspath(name)))
    return None


def _source(name: PathLike) -> tuple[str, bool, int]:
    """Where a data file is: (shipped name or user's path, shipped?, modification stamp)."""
    if is_shipped_name(name):
        entry = resources.files(__name__).joinpath(str(name))
        if not entry.is_file():
            raise DataFileError(
                f"{name!r} is not a data file of techpolgraph; give the path of a file of your own "
                f"(for example './{name}')"
            )
        return str(name), True, 0
    path = user_file(name)
    if path is None:
        raise DataFileError(f"{name!r} names no data file: give a shipped file's name or a path")
    try:
        return str(path), False, path.stat().st_mtime_ns
    except OSError as err:
        raise DataFileError(f"{path}: cannot read this data file ({err.strerror or err})") from None


@functools.lru_cache(maxsize=None)
def _text(where: str, shipped: bool, stamp: int) -> str:
    """The text of a data file (``stamp``: a user's file is read again when it changes)."""
    if shipped:
        return resources.files(__name__).joinpath(where).read_text(encoding="utf-8")
    try:
        return Path(where).read_text(encoding="utf-8")
    except (OSError, UnicodeDecodeError) as err:
        raise DataFileError(f"{where}: cannot read this data file ({err})") from None


def read_text(name: PathLike) -> str:
    """The whole text of a shipped data file (bare name) or of a user's file (path)."""
    return _text(*_source(name))


@functools.lru_cache(maxsize=None)
def _lines(where: str, shipped: bool, stamp: int) -> tuple[str, ...]:
    lines = []
    for line in _text(where, shipped, stamp).splitlines():
        line = line.strip()
        if line and not line.startswith("#"):
            lines.append(line)
    return tuple(lines)


def read_lines(name: PathLike) -> tuple[str, ...]:
    """Non-empty, non-comment lines of a data file, stripped.

    >>> "M." in read_lines("titles.txt")
    True
    """
    return _lines(*_source(name))


def read_table(name: PathLike) -> tuple[tuple[str, ...], ...]:
    """Rows of a tab-separated data file (comments and blank lines skipped).

    >>> read_table("organisations.tsv")[0][:2]
    ('Facebook', 'organisation')
    """
    return _table(*_source(name))


@functools.lru_cache(maxsize=None)
def _table(where: str, shipped: bool, stamp: int) -> tuple[tuple[str, ...], ...]:
    return tuple(tuple(cell.strip() for cell in line.split("\t")) for line in _lines(where, shipped, stamp))


@functools.lru_cache(maxsize=None)
def function_words(group: str, name: PathLike = "function_words.tsv") -> frozenset[str]:
    """The words of one group of ``function_words.tsv`` (or of a user's file of the same
    columns: word, group), as written there, in lower case.

    >>> sorted(function_words("event_parties"))
    ['avec', 'entre']
    """
    words = frozenset(row[0].lower() for row in read_table(name) if len(row) > 1 and row[1] == group)
    if not words:
        raise DataFileError(f"{name}: no word of the group {group!r} (columns: word, group)")
    return words


@functools.lru_cache(maxsize=1)
def data_fingerprint() -> str:
    """A hash of every shipped data file, so that a change of a word list invalidates caches."""
    digest = hashlib.sha1()
    for entry in sorted(resources.files(__name__).iterdir(), key=lambda e: e.name):
        if entry.is_file() and not entry.name.endswith((".py", ".pyc")):
            digest.update(entry.name.encode())
            digest.update(entry.read_bytes())
    return digest.hexdigest()[:16]
