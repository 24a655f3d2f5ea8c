"""The pipeline's lemmatizer (techpolgraph.nlp.lemmatizer) gives spaCy's French lemmas, token by
token: on the sample articles and the real-text development set, where the attribute ruler set
a lemma before it, and once the pipeline is sent as bytes to another process."""

from __future__ import annotations

from pathlib import Path

import numpy
import pytest
from spacy.attrs import LEMMA
from spacy.lang.fr.lemmatizer import FrenchLemmatizer
from spacy.pipeline import AttributeRuler

from techpolgraph.nlp.lemmatizer import FastFrenchLemmatizer
from techpolgraph.nlp.pipeline import pipeline_from_bytes, pipeline_to_bytes

ROOT = Path(__file__).resolve().parents[1]
TEXTS = sorted((ROOT / "corpus").glob("*.txt")) + sorted((ROOT / "bench" / "realtext" / "dev").glob("*.txt"))

pytestmark = pytest.mark.model


def _before(nlp, text: str, last: str = "lemmatizer"):
    """The doc of ``text`` through the pipeline's components before ``last``."""
    doc = nlp.make_doc(text)
    for name, proc in nlp.pipeline:
        if name == last:
            break
        doc = proc(doc)
    return doc


def _spacys(nlp, overwrite: bool = False) -> FrenchLemmatizer:
    """spaCy's own French lemmatizer with the model's tables (and an empty cache)."""
    plain = FrenchLemmatizer(nlp.vocab, None, "lemmatizer", mode="rule", overwrite=overwrite)
    plain.lookups = nlp.get_pipe("lemmatizer").lookups
    return plain


def _ours(nlp, overwrite: bool = False) -> FastFrenchLemmatizer:
    """A new lemmatizer of ours with the model's tables (and nothing met yet)."""
    fresh = FastFrenchLemmatizer(nlp.vocab, None, "lemmatizer", mode="rule", overwrite=overwrite)
    fresh.lookups = nlp.get_pipe("lemmatizer").lookups
    return fresh


def _lemmas_both_ways(doc, first, second) -> tuple[list[str], list[str]]:
    """The lemmas ``first`` and ``second`` give the same doc, each from the same start."""
    start = doc.to_array([LEMMA]).copy()
    first(doc)
    one = [t.lemma_ for t in doc]
    doc.from_array([LEMMA], start)
    second(doc)
    return one, [t.lemma_ for t in doc]


def test_the_pipeline_lemmatizes_with_ours_in_place_of_the_models(nlp):
    ours = nlp.get_pipe("lemmatizer")
    assert type(ours) is FastFrenchLemmatizer and isinstance(ours, FrenchLemmatizer)
    assert nlp.pipe_names.index("lemmatizer") == nlp.pipe_names.index("attribute_ruler") + 1
    assert nlp.get_pipe_config("lemmatizer")["factory"] == "techpolgraph_lemmatizer"
    assert (ours.mode, ours.overwrite) == ("rule", False)
    assert set(ours.lookups.tables) == {"lemma_lookup", "lemma_rules", "lemma_exc", "lemma_index"}


@pytest.mark.parametrize("path", TEXTS, ids=lambda p: p.name)
def test_same_lemmas_as_spacys_lemmatizer_token_by_token(nlp, path):
    doc = _before(nlp, path.read_text(encoding="utf-8"))
    theirs, ours = _lemmas_both_ways(doc, _spacys(nlp), _ours(nlp))
    ours_in_pipeline = [t.lemma_ for t in nlp(path.read_text(encoding="utf-8"))]
    assert len(doc) > 20
    assert ours == theirs
    assert ours_in_pipeline == theirs


def test_the_new_lemmatizer_starts_from_spacys_tables(nlp):
    # a fresh one, tables shared: the words met for the first time take the rules' path
    fresh = _ours(nlp)
    doc = _before(nlp, "Les ministres ont rencontré Zuckerberg, qui les a reçus à Menlo Park.")
    theirs, ours = _lemmas_both_ways(doc, _spacys(nlp), fresh)
    assert ours == theirs
    assert ours[:4] == ["le", "ministre", "avoir", "rencontrer"]
    # tokens without a part of speech (the tokenizer alone): lower case, as spaCy gives them
    bare = nlp.make_doc("Les Ministres")
    assert _lemmas_both_ways(bare, _spacys(nlp), fresh) == (["les", "ministres"], ["les", "ministres"])


@pytest.mark.parametrize("overwrite", [False, True])
def test_a_lemma_the_attribute_ruler_set_is_kept_as_spacy_keeps_it(nlp, overwrite):
    ruler = AttributeRuler(nlp.vocab)
    ruler.add([[{"LOWER": "rencontré"}]], {"LEMMA": "se-rencontrer"})
    doc = _before(nlp, "Le ministre a rencontré Zuckerberg hier, puis il l'a rencontré encore.")
    ruler(doc)
    assert [t.lemma_ for t in doc if t.lower_ == "rencontré"] == ["se-rencontrer", "se-rencontrer"]
    theirs, mine = _lemmas_both_ways(doc, _spacys(nlp, overwrite=overwrite), _ours(nlp, overwrite=overwrite))
    assert mine == theirs
    kept = [lemma for token, lemma in zip(doc, mine) if token.lower_ == "rencontré"]
    assert kept == (["rencontrer", "rencontrer"] if overwrite else ["se-rencontrer", "se-rencontrer"])


def test_the_pipeline_sent_as_bytes_gives_the_same_lemmas(nlp):
    again = pipeline_from_bytes(pipeline_to_bytes(nlp))
    assert again.pipe_names == nlp.pipe_names
    lemmatizer = again.get_pipe("lemmatizer")
    assert type(lemmatizer) is FastFrenchLemmatizer
    assert lemmatizer.lookups.to_bytes() == nlp.get_pipe("lemmatizer").lookups.to_bytes()
    for path in TEXTS[:5] + TEXTS[5::20]:
        text = path.read_text(encoding="utf-8")
        assert [t.lemma_ for t in again(text)] == [t.lemma_ for t in nlp(text)]


def test_the_lemmatizer_saved_to_disk_loads_its_tables_again(nlp, tmp_path):
    nlp.get_pipe("lemmatizer").to_disk(tmp_path / "lemmatizer")
    loaded = FastFrenchLemmatizer(nlp.vocab, None, mode="rule").from_disk(tmp_path / "lemmatizer")
    assert loaded.lookups.to_bytes() == nlp.get_pipe("lemmatizer").lookups.to_bytes()
    doc = _before(nlp, (ROOT / "corpus").joinpath(TEXTS[0].name).read_text(encoding="utf-8"))
    theirs, ours = _lemmas_both_ways(doc, _spacys(nlp), loaded)
    assert ours == theirs
    assert numpy.count_nonzero(doc.to_array([LEMMA])) == len(doc)
