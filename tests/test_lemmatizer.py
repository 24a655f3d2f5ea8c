"""The pipeline's lemmatizer and attribute ruler (techpolgraph.nlp.lemmatizer) give spaCy's
French lemmas and attributes, token by token: on the sample articles and the real-text
development set, where the attribute ruler set a lemma before the lemmatizer, and once the
pipeline is sent as bytes to another process."""

from __future__ import annotations

from pathlib import Path

import numpy
import pytest
import srsly
from spacy.attrs import DEP, LEMMA, MORPH, NORM, POS, TAG
from spacy.lang.fr.lemmatizer import FrenchLemmatizer
from spacy.pipeline import AttributeRuler

from techpolgraph.nlp.lemmatizer import FastAttributeRuler, FastFrenchLemmatizer
from techpolgraph.nlp.pipeline import MODEL_NAME, MODEL_VERSION, pipeline_from_bytes, pipeline_to_bytes

ROOT = Path(__file__).resolve().parents[1]
TEXTS = sorted((ROOT / "corpus").glob("*.txt")) + sorted((ROOT / "bench" / "realtext" / "dev").glob("*.txt"))
#: What the attribute ruler may set.
RULED = [TAG, POS, MORPH, DEP, LEMMA, NORM]

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


def _spacys_ruler(nlp) -> AttributeRuler:
    """spaCy's own attribute ruler with the pipeline's patterns."""
    plain = AttributeRuler(nlp.vocab)
    plain.add_patterns(nlp.get_pipe("attribute_ruler").patterns)
    return plain


def _ruled_both_ways(doc, first, second) -> tuple[numpy.ndarray, numpy.ndarray]:
    """The attributes ``first`` and ``second`` set on the same doc, each from the same start."""
    start = doc.to_array(RULED).copy()
    first(doc)
    one = doc.to_array(RULED).copy()
    doc.from_array(RULED, start)
    second(doc)
    return one, doc.to_array(RULED)


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
    ruler = nlp.get_pipe("attribute_ruler")
    assert type(ruler) is FastAttributeRuler and isinstance(ruler, AttributeRuler)
    assert nlp.get_pipe_config("attribute_ruler")["factory"] == "techpolgraph_attribute_ruler"
    shipped = Path(__import__(MODEL_NAME).__file__).parent / f"{MODEL_NAME}-{MODEL_VERSION}" / "attribute_ruler" / "patterns"
    assert ruler.patterns == srsly.read_msgpack(shipped)
    ruler(nlp.make_doc("Bonjour"))
    assert ruler._plan  # the model's patterns are all read on the doc's columns


@pytest.mark.parametrize("path", TEXTS, ids=lambda p: p.name)
def test_same_lemmas_and_attributes_as_spacys_components_token_by_token(nlp, path):
    ruled = _before(nlp, path.read_text(encoding="utf-8"), last="attribute_ruler")
    theirs, ours = _ruled_both_ways(ruled, _spacys_ruler(nlp), nlp.get_pipe("attribute_ruler"))
    assert (ours == theirs).all()
    doc = _before(nlp, path.read_text(encoding="utf-8"))
    theirs, ours = _lemmas_both_ways(doc, _spacys(nlp), _ours(nlp))
    later = nlp.pipe_names[nlp.pipe_names.index("lemmatizer") + 1 :]
    with nlp.select_pipes(disable=later):  # the components after it give back some verbs the tagger read as nouns, on purpose
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


def test_white_space_and_patterns_of_other_forms_are_ruled_as_spacy_rules_them(nlp):
    doc = _before(nlp, "Le ministre  a parlé.\n\nPuis   il est parti.\n", last="attribute_ruler")
    theirs, ours = _ruled_both_ways(doc, _spacys_ruler(nlp), nlp.get_pipe("attribute_ruler"))
    assert (ours == theirs).all()
    assert [t.pos_ for t in doc if t.is_space] == ["SPACE"] * 4
    # two tokens, an index, a predicate the columns do not read: spaCy's own matcher runs them
    for pattern, attrs, index in [
        ([{"LOWER": "le"}, {"POS": "NOUN"}], {"LEMMA": "chef", "TAG": "N"}, 1),
        ([{"LENGTH": {">=": 5}, "POS": "VERB"}], {"MORPH": "Tense=Past"}, 0),
    ]:
        ruler, plain = FastAttributeRuler(nlp.vocab), AttributeRuler(nlp.vocab)
        for one in (ruler, plain):
            one.add_patterns(nlp.get_pipe("attribute_ruler").patterns)
            one.add([pattern], attrs, index)
        theirs, ours = _ruled_both_ways(doc, plain, ruler)
        assert ruler._plan is False
        assert (ours == theirs).all()
    # one-token patterns of several attributes, sets and flags: read on the columns
    ruler, plain = FastAttributeRuler(nlp.vocab), AttributeRuler(nlp.vocab)
    for one in (ruler, plain):
        one.add_patterns(nlp.get_pipe("attribute_ruler").patterns)
        one.add([[{"LOWER": {"IN": ["ministre", "parlé"]}, "IS_PUNCT": False}], [{"TEXT": "."}]], {"TAG": "T", "MORPH": "Number=Sing"})
        one.add([[{"POS": "VERB", "DEP": {"NOT_IN": ["ROOT"]}}]], {"LEMMA": "v", "POS": "AUX"}, -1)
    theirs, ours = _ruled_both_ways(doc, plain, ruler)
    assert ruler._plan
    assert (ours == theirs).all()
    assert {t.tag_ for t in doc if t.lower_ in ("ministre", "parlé", ".")} == {"T"}


@pytest.mark.parametrize("overwrite", [False, True])
def test_a_lemma_the_attribute_ruler_set_is_kept_as_spacy_keeps_it(nlp, overwrite):
    ruler = FastAttributeRuler(nlp.vocab)
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
    assert type(again.get_pipe("attribute_ruler")) is FastAttributeRuler
    assert again.get_pipe("attribute_ruler").patterns == nlp.get_pipe("attribute_ruler").patterns
    assert lemmatizer.lookups.to_bytes() == nlp.get_pipe("lemmatizer").lookups.to_bytes()
    for path in TEXTS[:5] + TEXTS[5::20]:
        text = path.read_text(encoding="utf-8")
        one, other = again(text), nlp(text)
        assert [t.lemma_ for t in one] == [t.lemma_ for t in other]
        assert (one.to_array(RULED) == other.to_array(RULED)).all()


def test_the_lemmatizer_saved_to_disk_loads_its_tables_again(nlp, tmp_path):
    nlp.get_pipe("lemmatizer").to_disk(tmp_path / "lemmatizer")
    loaded = FastFrenchLemmatizer(nlp.vocab, None, mode="rule").from_disk(tmp_path / "lemmatizer")
    assert loaded.lookups.to_bytes() == nlp.get_pipe("lemmatizer").lookups.to_bytes()
    doc = _before(nlp, (ROOT / "corpus").joinpath(TEXTS[0].name).read_text(encoding="utf-8"))
    theirs, ours = _lemmas_both_ways(doc, _spacys(nlp), loaded)
    assert ours == theirs
    assert numpy.count_nonzero(doc.to_array([LEMMA])) == len(doc)
