"""The project's exceptions: one base class, a few precise subclasses.

Only the command line turns them into exit codes; the library raises them with a message a
user can act on (which file, what is wrong, what to do).
"""

from __future__ import annotations


class TechpolgraphError(Exception):
    """Base class of every error raised by techpolgraph."""


class CorpusError(TechpolgraphError):
    """The corpus as a whole cannot be read (missing folder, no readable article)."""


class DocumentError(TechpolgraphError):
    """One article cannot be used; the build reports it and goes on with the others.

    >>> str(DocumentError("a.txt", "the file is empty"))
    'a.txt: the file is empty'
    """

    def __init__(self, path: str, reason: str) -> None:
        self.path = path
        self.reason = reason
        super().__init__(f"{path}: {reason}")


class ModelNotFoundError(TechpolgraphError):
    """The spaCy model is not installed."""


class EntityNotFoundError(TechpolgraphError, KeyError):
    """A name given to a query matches no entity of the graph."""

    def __str__(self) -> str:  # KeyError would quote the message
        return str(self.args[0]) if self.args else ""


class GraphFormatError(TechpolgraphError):
    """A graph file cannot be read back (wrong format, or not written by techpolgraph)."""


class GoldFormatError(TechpolgraphError):
    """An evaluation file does not follow the documented gold format."""


class CacheError(TechpolgraphError):
    """The analysis cache file cannot be opened or is not a techpolgraph cache."""


class EngineError(TechpolgraphError):
    """An analysis engine cannot start (dask missing, scheduler unreachable, unknown engine)."""


class DataFileError(TechpolgraphError):
    """A word list (package data or a user's own file) has a malformed row; the message names
    the file and the row."""


class CueDataError(DataFileError):
    """A relation cue file (``relation_cues.tsv`` or a user's own) has a row that cannot be used."""


class EventDataError(DataFileError):
    """An event or date file (``event_cues.tsv``, ``dates.tsv`` or a user's own) has a row that cannot be read."""


class DateValueError(TechpolgraphError, ValueError):
    """A date given to a query or an option is not a date; the message names the value and the
    expected form (an ISO date, YYYY-MM-DD)."""
