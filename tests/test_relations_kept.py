"""Readings the relations stage keeps while it reads a doc (``relations.sentence.kept_per_doc``)
and the morphological features it keeps by morphology (``relations.cues.features``): the same
answers as worked out each time, for every token, and nothing kept once the doc is read."""

from __future__ import annotations

import threading

from techpolgraph.relations import sentence
from techpolgraph.relations.cues import features
from techpolgraph.relations.sentence import clitic_window, reading_doc, reflexive
from techpolgraph.relations.verbal import is_passive

TEXT = (
    "Elle s'en est une nouvelle fois pris à Paul Martin, qui a été exclu du parti par la direction. "
    "Nous nous sommes vus mardi ; X s'est vu retirer son compte et reste banni de la plateforme."
)


def _readings(doc) -> list[tuple]:
    return [(is_passive(t), reflexive(doc, t), reflexive(doc, t, frozenset({1, 2})), clitic_window(doc, t)) for t in doc]


def test_features_are_the_morphologys_own(nlp):
    doc = nlp(TEXT)
    for token in doc:
        for field in ("VerbForm", "Tense", "Number", "Gender", "Mood", "Poss", "Person"):
            assert features(token, field) == tuple(token.morph.get(field))


def test_kept_readings_are_those_worked_out_each_time(nlp):
    doc = nlp(TEXT)
    expected = _readings(doc)
    with reading_doc(doc):
        assert _readings(doc) == expected
        assert _readings(doc) == expected  # the kept answers
        assert sentence._READING.kept
    assert sentence._READING.doc is None and not sentence._READING.kept


def test_reading_a_doc_inside_another_and_in_another_thread(nlp):
    outer, inner = nlp(TEXT), nlp("Paul Martin s'est entretenu avec Marie Durand.")
    seen: list[object] = []
    with reading_doc(outer):
        with reading_doc(inner):
            assert sentence._READING.doc is inner
        assert sentence._READING.doc is outer
        thread = threading.Thread(target=lambda: seen.append(sentence._READING.doc))
        thread.start()
        thread.join()
        assert _readings(inner) == _readings(inner)  # another doc than the one read: worked out each time
    assert seen == [None]
    assert sentence._READING.doc is None
