"""Word lists, gazetteers and role tables shipped with techpolgraph.

Each file is plain text (one entry per line, ``#`` starts a comment) or tab-separated
values, so that users can read and extend them. :func:`read_lines` and :func:`read_table`
read a shipped file by name, or any file given by path.
"""

from __future__ import annotations

import functools
from importlib import resources
from pathlib import Path
from typing import Union

PathLike = Union[str, Path]


def _read_text(name: PathLike) -> str:
    path = Path(name)
    if path.is_absolute() or path.exists():
        return path.read_text(encoding="utf-8")
    return resources.files(__name__).joinpath(str(name)).read_text(encoding="utf-8")


@functools.lru_cache(maxsize=None)
def read_lines(name: PathLike) -> tuple[str, ...]:
    """Non-empty, non-comment lines of a data file, stripped.

    >>> "M." in read_lines("titles.txt")
    True
    """
    lines = []
    for line in _read_text(name).splitlines():
        line = line.strip()
        if line and not line.startswith("#"):
            lines.append(line)
    return tuple(lines)


@functools.lru_cache(maxsize=None)
def read_table(name: PathLike) -> tuple[tuple[str, ...], ...]:
    """Rows of a tab-separated data file (comments and blank lines skipped).

    >>> read_table("organisations.tsv")[0][:2]
    ('Facebook', 'organisation')
    """
    return tuple(tuple(cell.strip() for cell in line.split("\t")) for line in read_lines(name))


def data_fingerprint() -> str:
    """A hash of every shipped data file, so that a change of a word list invalidates caches."""
    import hashlib

    digest = hashlib.sha1()
    for entry in sorted(resources.files(__name__).iterdir(), key=lambda e: e.name):
        if entry.is_file() and not entry.name.endswith((".py", ".pyc")):
            digest.update(entry.name.encode())
            digest.update(entry.read_bytes())
    return digest.hexdigest()[:16]
