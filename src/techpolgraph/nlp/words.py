"""Tests of words, each distinct word tested once and the answer remembered.

A component that must find the tokens where a match may start (a relation cue, a line break)
reads the doc's word hashes as an array, tests each distinct word once, and keeps the answers
for the next docs: a word's hash is the same in every vocabulary.

>>> import spacy
>>> from spacy.attrs import LOWER
>>> doc = spacy.blank("fr")("Macron a reçu Musk puis a reçu Zuckerberg.")
>>> received = WordTest(lambda word: word == "reçu")
>>> received.mask(doc.to_array(LOWER), doc.vocab.strings).nonzero()[0].tolist()
[2, 6]
"""

from __future__ import annotations

from collections import OrderedDict
from collections.abc import Callable

import numpy
from spacy.strings import StringStore

#: How many arrays :func:`distinct_words` remembers the distinct words of.
KEPT_ARRAYS = 8

_DISTINCT: OrderedDict[tuple[str, tuple[int, ...], bytes], tuple[list[int], numpy.ndarray]] = OrderedDict()


def distinct_words(words: numpy.ndarray) -> tuple[list[int], numpy.ndarray]:
    """The distinct hashes of ``words`` and, for each word, the index of its hash among them.

    The components test the same columns of a doc (forms, lower-case forms, lemmas) with
    several tests, one after the other: finding the distinct words (a sort) costs more than
    the tests, so the answer for the last :data:`KEPT_ARRAYS` arrays is kept, by content.
    """
    key = (words.dtype.str, words.shape, words.tobytes())
    found = _DISTINCT.get(key)
    if found is None:
        unique, inverse = numpy.unique(words, return_inverse=True)
        found = _DISTINCT[key] = (unique.tolist(), inverse.reshape(words.shape))
        if len(_DISTINCT) > KEPT_ARRAYS:
            _DISTINCT.popitem(last=False)
    return found


class WordTest:
    """A test of a word's text, remembered by the word's hash (up to ``limit`` words)."""

    def __init__(self, test: Callable[[str], bool], limit: int = 1 << 18) -> None:
        self.test = test
        self.limit = limit
        self.known: dict[int, bool] = {}

    def mask(self, words: numpy.ndarray, strings: StringStore) -> numpy.ndarray:
        """Whether each word of ``words`` (hashes, as ``Doc.to_array`` gives them) passes."""
        if len(self.known) > self.limit:
            self.known.clear()
        unique, inverse = distinct_words(words)
        known = self.known
        passes = [known.get(word) for word in unique]
        if None in passes:
            for n, word in enumerate(unique):
                if passes[n] is None:
                    passes[n] = known[word] = bool(self.test(strings[word]))
        return numpy.array(passes, dtype=bool)[inverse] if len(unique) else numpy.zeros(words.shape, dtype=bool)
