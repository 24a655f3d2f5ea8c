"""The doc the relations stage is reading, and what it keeps of it meanwhile: the answers of
readings of its tokens that many rules ask for again (:func:`kept_per_doc`), and the columns
of its words (:func:`lower_forms`, :func:`forms`, :func:`tags`, :func:`lemmas`, :func:`deps`), read once per doc rather than
a token at a time (``doc[j].lower_`` makes a token, then a string, at each read).

The stage changes no token while it reads a doc, so none of these can change meanwhile.
"""

from __future__ import annotations

import contextlib
import functools
import threading
from collections.abc import Callable, Iterator
from typing import Any, Optional, TypeVar

from spacy.attrs import DEP, LEMMA, LOWER, ORTH, POS
from spacy.parts_of_speech import NAMES as POS_NAMES
from spacy.tokens import Doc, Token

_T = TypeVar("_T")
_NOT_KEPT = object()


class _Reading(threading.local):
    """The doc the relations stage is reading in this thread (:func:`reading_doc`), and the
    answers of the readings of :func:`kept_per_doc` for it: a process may analyse docs in
    several threads (a dask worker), each with its own."""

    def __init__(self) -> None:
        self.doc: Optional[Doc] = None
        self.kept: dict[tuple[Any, ...], Any] = {}
        self.columns: dict[int, list[str]] = {}  # the columns of :func:`lower_forms` and the others, by attribute


_READING = _Reading()


@contextlib.contextmanager
def reading_doc(doc: Doc) -> Iterator[None]:
    """While the relations stage reads ``doc``, the :func:`kept_per_doc` readings of its tokens
    are worked out once each: the stage changes no token, so their answers cannot change."""
    reading = _READING
    before = reading.doc, reading.kept, reading.columns
    reading.doc, reading.kept, reading.columns = doc, {}, {}
    try:
        yield
    finally:
        reading.doc, reading.kept, reading.columns = before


def kept_per_doc(fn: Callable[..., _T]) -> Callable[..., _T]:
    """``fn(doc or token, ...)``, worked out once per doc and arguments (a token by its index)
    while :func:`reading_doc` reads the doc, for a reading of a token that the rules of many
    cues ask for again (whether a verb is passive or reflexive); computed each time elsewhere.
    Only for readings that give a bool, an int or None, and that depend on a token's doc and
    index and the other arguments only."""

    @functools.wraps(fn)
    def kept(first: Any, *args: Any, **kwargs: Any) -> _T:
        doc = first if type(first) is Doc else first.doc
        reading = _READING
        if doc is not reading.doc:
            return fn(first, *args, **kwargs)
        key = (fn, first.i if type(first) is Token else None, *[a.i if type(a) is Token else a for a in args], *kwargs.items())
        found = reading.kept.get(key, _NOT_KEPT)
        if found is _NOT_KEPT:
            found = reading.kept[key] = fn(first, *args, **kwargs)
        return found  # type: ignore[no-any-return]

    return kept


def lower_forms(doc: Doc) -> list[str]:
    """The lower-case form of each token of the doc (``lower_forms(doc)[j]`` is ``doc[j].lower_``)."""
    return _column(doc, LOWER)


def forms(doc: Doc) -> list[str]:
    """The text of each token of the doc (``forms(doc)[j]`` is ``doc[j].text``)."""
    return _column(doc, ORTH)


def tags(doc: Doc) -> list[str]:
    """The part of speech of each token of the doc (``tags(doc)[j]`` is ``doc[j].pos_``)."""
    return _column(doc, POS)


def lemmas(doc: Doc) -> list[str]:
    """The lemma of each token of the doc (``lemmas(doc)[j]`` is ``doc[j].lemma_``)."""
    return _column(doc, LEMMA)


def deps(doc: Doc) -> list[str]:
    """The dependency label of each token of the doc (``deps(doc)[j]`` is ``doc[j].dep_``)."""
    return _column(doc, DEP)


def _column(doc: Doc, attr: int) -> list[str]:
    """A column of the doc's words as strings, kept while :func:`reading_doc` reads the doc, made
    each time elsewhere."""
    reading = _READING
    if doc is reading.doc:
        found = reading.columns.get(attr)
        if found is None:
            found = reading.columns[attr] = _strings(doc, attr)
        return found
    return _strings(doc, attr)


def _strings(doc: Doc, attr: int) -> list[str]:
    """The column ``attr`` of the doc, each value as the token's attribute gives it."""
    if len(doc) == 0:
        return []
    values = doc.to_array(attr).tolist()
    if attr == POS:
        return [POS_NAMES[v] for v in values]
    strings = doc.vocab.strings
    return [strings[v] for v in values]
