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

Each word hash met gets a small number (:func:`word_numbers`), the same for every test, and
each test keeps its answers in an array by that number: a doc's column is numbered once, then
each test of it is a single array look-up, with Python calls only for the words no test has
answered yet. The components test the same columns of a doc (forms, lower-case forms,
lemmas) with several tests, one after the other, so the numbers of the last few columns are
kept, by content.
"""

from __future__ import annotations

import threading
from collections import OrderedDict
from collections.abc import Callable

import numpy
from spacy.strings import StringStore

#: How many words are numbered before the numbering (and every test's answers) starts again.
MAX_WORDS = 1 << 18
#: How many arrays :func:`word_numbers` keeps the numbers of: ``nlp.pipe`` runs the first
#: components over a batch of docs before the later ones see the first doc of it.
KEPT_ARRAYS = 64


class _Numbering:
    """Word hash -> number, and back; ``epoch`` counts the restarts."""

    def __init__(self) -> None:
        #: held while numbers are read or given, and while a test reads its answers: a
        #: process may analyse in several threads (a dask worker), and a restart renumbers
        self.lock = threading.RLock()
        self.numbers: dict[int, int] = {}
        self.hashes: list[int] = []
        self.epoch = 0
        self.arrays: OrderedDict[tuple[str, tuple[int, ...], bytes], numpy.ndarray] = OrderedDict()

    def restart(self) -> None:
        self.numbers.clear()
        self.hashes.clear()
        self.arrays.clear()
        self.epoch += 1

    def add(self, hashes: list[int]) -> None:
        """Number the hashes not numbered yet (restarting first when there would be too many)."""
        new = set(hashes).difference(self.numbers)
        if len(self.numbers) + len(new) > MAX_WORDS:
            self.restart()
            new = set(hashes)
        for h in new:
            self.numbers[h] = len(self.hashes)
            self.hashes.append(h)


_NUMBERING = _Numbering()


def word_numbers(words: numpy.ndarray) -> numpy.ndarray:
    """The number of each word hash of ``words`` (same shape), kept for the last arrays."""
    numbering = _NUMBERING
    key = (words.dtype.str, words.shape, words.tobytes())
    with numbering.lock:
        return numbering.arrays.get(key) if key in numbering.arrays else _number(words, key)


def _number(words: numpy.ndarray, key: tuple[str, tuple[int, ...], bytes]) -> numpy.ndarray:
    """:func:`word_numbers` of an array not kept (with the numbering's lock held)."""
    numbering = _NUMBERING
    # each distinct word looked up once (a C sort finds them), then spread back to the tokens
    unique, inverse = numpy.unique(words, return_inverse=True)
    hashes = unique.tolist()
    get = numbering.numbers.get
    numbers = [get(h, -1) for h in hashes]
    if -1 in numbers:
        numbering.add(hashes)
        numbers = [numbering.numbers[h] for h in hashes]
    found = numpy.array(numbers, dtype=numpy.intp)[inverse.reshape(words.shape)]
    numbering.arrays[key] = found
    if len(numbering.arrays) > KEPT_ARRAYS:
        numbering.arrays.popitem(last=False)
    return found


class WordTest:
    """A test of a word's text, remembered by the word's hash (up to :data:`MAX_WORDS` words)."""

    def __init__(self, test: Callable[[str], bool], limit: int = MAX_WORDS) -> None:
        self.test = test
        self.limit = limit  # kept for callers; the numbering's own limit applies
        self._epoch = _NUMBERING.epoch
        #: answer by word number: 1 passes, 0 fails, -1 not tested yet
        self._answers = numpy.full(0, -1, dtype=numpy.int8)

    def mask(self, words: numpy.ndarray, strings: StringStore) -> numpy.ndarray:
        """Whether each word of ``words`` (hashes, as ``Doc.to_array`` gives them) passes."""
        with _NUMBERING.lock:
            return self._mask(words, strings)

    def _mask(self, words: numpy.ndarray, strings: StringStore) -> numpy.ndarray:
        numbers = word_numbers(words)
        numbering = _NUMBERING
        if self._epoch != numbering.epoch:
            self._epoch, self._answers = numbering.epoch, numpy.full(0, -1, dtype=numpy.int8)
        if len(self._answers) < len(numbering.hashes):
            grown = numpy.full(max(len(numbering.hashes), 2 * len(self._answers)), -1, dtype=numpy.int8)
            grown[: len(self._answers)] = self._answers
            self._answers = grown
        answers = self._answers[numbers]
        untested = answers < 0
        if untested.any():
            for n in numpy.unique(numbers[untested]).tolist():
                self._answers[n] = bool(self.test(strings[numbering.hashes[n]]))
            answers = self._answers[numbers]
        return answers == 1
