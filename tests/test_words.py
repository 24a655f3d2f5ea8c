"""Word tests (``techpolgraph.nlp.words``): each word tested once, the answer right for every
token, also when the numbering of words starts again and when several threads test at once."""

from __future__ import annotations

import threading

import numpy
import pytest
import spacy
from spacy.attrs import LEMMA, ORTH

from techpolgraph.nlp import words
from techpolgraph.nlp.words import WordTest


def _expected(doc: spacy.tokens.Doc) -> list[bool]:
    return [t.text.lower().startswith("rencontr") for t in doc]


def test_each_token_gets_its_words_answer_and_each_word_is_tested_once():
    nlp = spacy.blank("fr")
    doc = nlp("Macron a rencontré Musk ; Musk a RENCONTRÉ Macron puis Rencontre a eu lieu.")
    tested: list[str] = []
    test = WordTest(lambda word: tested.append(word) or word.lower().startswith("rencontr"))
    first = test.mask(doc.to_array(ORTH), doc.vocab.strings)
    again = test.mask(doc.to_array(ORTH), doc.vocab.strings)
    assert first.tolist() == again.tolist() == _expected(doc)
    assert sorted(tested) == sorted({t.text for t in doc})  # « Musk », « Macron », « a »: once each
    # another column of the same doc (lemmas of a blank pipeline: all empty) is its own
    assert not test.mask(doc.to_array(LEMMA), doc.vocab.strings).any()


def test_answers_stay_right_when_the_numbering_starts_again(monkeypatch: pytest.MonkeyPatch):
    monkeypatch.setattr(words, "MAX_WORDS", 40)  # a few docs fill it: it starts again often
    nlp = spacy.blank("fr")
    docs = [nlp(" ".join(f"mot{i}x{j}" for j in range(25)) + " rencontre") for i in range(12)]
    test = WordTest(lambda word: word.lower().startswith("rencontr") or word.endswith("x7"))
    epoch = words._NUMBERING.epoch
    for doc in docs * 2:
        got = test.mask(doc.to_array(ORTH), doc.vocab.strings)
        assert got.tolist() == [t.text.startswith("rencontr") or t.text.endswith("x7") for t in doc]
    assert words._NUMBERING.epoch > epoch


def test_threads_testing_at_once_get_the_same_answers(monkeypatch: pytest.MonkeyPatch):
    monkeypatch.setattr(words, "MAX_WORDS", 500)
    nlp = spacy.blank("fr")
    docs = [nlp(" ".join(f"w{i}y{j}" for j in range(200)) + " rencontrer") for i in range(40)]
    test = WordTest(lambda word: word.endswith("y7") or word == "rencontrer")
    wrong: list[int] = []

    def work(k: int) -> None:
        for doc in docs[k::4] * 2:
            got = test.mask(doc.to_array(ORTH), doc.vocab.strings)
            want = numpy.array([t.text.endswith("y7") or t.text == "rencontrer" for t in doc])
            if not (got == want).all():
                wrong.append(k)

    threads = [threading.Thread(target=work, args=(k,)) for k in range(4)]
    for thread in threads:
        thread.start()
    for thread in threads:
        thread.join()
    assert not wrong
