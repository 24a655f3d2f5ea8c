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

from collections.abc import Callable

import numpy
from spacy.strings import StringStore


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
        passing = []
        for word in numpy.unique(words).tolist():
            ok = self.known.get(word)
            if ok is None:
                ok = self.known[word] = self.test(strings[word])
            if ok:
                passing.append(word)
        return numpy.isin(words, passing) if passing else numpy.zeros(len(words), dtype=bool)
