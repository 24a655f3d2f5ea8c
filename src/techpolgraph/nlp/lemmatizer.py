"""The model's lemmatizer, the same lemmas set a doc's column at once.

The model's ``lemmatizer`` (:class:`spacy.lang.fr.lemmatizer.FrenchLemmatizer`) walks every
token in Python: it makes a ``Token``, reads its lemma, calls ``rule_lemmatize`` (whose answer
is cached by form and part of speech) and sets ``token.lemma_``, which hashes the string
again: about 1 ms a 630-token article once its words are known. A word it has not met yet
costs about 0.25 ms more: spaCy's ``lemma_index`` tables are lists (up to 66,000 words a part
of speech), read one by one for the word and for each form its suffix rules make. On a fresh
process, the first hundred articles of the benchmark took 3.9 ms each in the lemmatizer.

``techpolgraph_lemmatizer`` is a subclass of it, with the same settings, lookup tables and
serialisation (``to_bytes``, ``from_bytes``, ``to_disk``, ``from_disk`` are spaCy's, so the
pipeline shipped as bytes to worker processes and ``nlp.to_disk`` work as before): it reads
the form, part of speech and lemma columns of a doc at once (``Doc.to_array``), finds the
lemma's hash of each token still without one (every token with ``overwrite``) in a dict keyed
by (form, part of speech), calls ``lemmatize`` only for a pair it has not met, and writes the
lemma column back at once (``Doc.from_array``); its ``rule_lemmatize`` is spaCy's line for
line, the words of ``lemma_index`` looked up in sets. The French rule lemmatizer's answer
depends on the form and the part of speech only (the key of its cache), so the lemmas are the
very ones spaCy gives; a lemma set before it (by the attribute ruler) is kept unless
``overwrite``, as spaCy keeps it. 0.32 ms an article once its words are known, 0.5 ms on a
fresh process.

:func:`use_fast_lemmatizer` puts it in place of a loaded model's lemmatizer, under the same
name (:func:`techpolgraph.nlp.pipeline.load_pipeline`
does). If the tables are changed in place after a doc was lemmatized, make a new lemmatizer
(or load them with ``from_bytes``, ``from_disk`` or ``initialize``, which start afresh).

>>> import spacy
>>> nlp = spacy.blank("fr")
>>> lemmatizer = nlp.add_pipe("techpolgraph_lemmatizer", config={"mode": "lookup"})
>>> _ = lemmatizer.lookups.add_table("lemma_lookup", {"rencontré": "rencontrer"})
>>> [t.lemma_ for t in nlp("Il a rencontré Zuckerberg")]
['Il', 'a', 'rencontrer', 'Zuckerberg']
"""

from __future__ import annotations

from collections.abc import Iterable
from pathlib import Path
from typing import Any, Callable, Optional, Union

import numpy
from spacy.attrs import LEMMA, ORTH, POS
from spacy.errors import Errors
from spacy.lang.fr.lemmatizer import FrenchLemmatizer
from spacy.language import Language
from spacy.lookups import Lookups
from spacy.pipeline.lemmatizer import lemmatizer_score
from spacy.tokens import Doc, Token
from spacy.util import SimpleFrozenList
from spacy.vocab import Vocab
from thinc.api import Model

#: The modes whose answer depends on a token's form and part of speech only.
_COLUMN_MODES = ("rule", "lookup")

#: The parts of speech ``FrenchLemmatizer.rule_lemmatize`` applies its rules to.
_RULE_POS = ("noun", "verb", "adj", "adp", "adv", "aux", "cconj", "det", "pron", "punct", "sconj")


class FastFrenchLemmatizer(FrenchLemmatizer):
    """:class:`~spacy.lang.fr.lemmatizer.FrenchLemmatizer` applied to a doc's columns at once
    (the same lemmas; see the module's documentation)."""

    def __init__(
        self,
        vocab: Vocab,
        model: Optional[Model],
        name: str = "lemmatizer",
        *,
        mode: str = "rule",
        overwrite: bool = False,
        scorer: Optional[Callable] = lemmatizer_score,
    ) -> None:
        super().__init__(vocab, model, name, mode=mode, overwrite=overwrite, scorer=scorer)
        #: The lemma's hash by (form, part of speech), for the tables loaded now.
        self.lemma_hashes: dict[tuple[int, int], int] = {}
        #: The words of ``lemma_index`` by part of speech, as sets (with the list each was made of).
        self._index_sets: dict[str, tuple[Any, frozenset]] = {}

    def __call__(self, doc: Doc) -> Doc:
        if self.mode not in _COLUMN_MODES:
            return super().__call__(doc)
        if not self._validated:
            self._validate_tables(Errors.E1004)
        error_handler = self.get_error_handler()
        try:
            if len(doc):
                self._lemmatize_columns(doc)
            return doc
        except Exception as e:  # noqa: BLE001  (reported as spaCy's lemmatizer does)
            error_handler(self.name, self, [doc], e)
        return doc  # pragma: no cover  (an error handler that does not raise)

    def _lemmatize_columns(self, doc: Doc) -> None:
        columns = doc.to_array([ORTH, POS, LEMMA])
        lemmas = columns[:, 2]
        rows = numpy.arange(len(doc)) if self.overwrite else numpy.flatnonzero(lemmas == 0)
        if not len(rows):
            return
        known = self.lemma_hashes
        found = []
        for i, orth, pos in zip(rows.tolist(), columns[rows, 0].tolist(), columns[rows, 1].tolist()):
            lemma = known.get((orth, pos))
            if lemma is None:
                lemma = known[(orth, pos)] = self.vocab.strings.add(self.lemmatize(doc[i])[0])
            found.append(lemma)
        lemmas[rows] = found
        doc.from_array([LEMMA], lemmas)

    def rule_lemmatize(self, token: Token) -> list[str]:
        """``FrenchLemmatizer.rule_lemmatize`` line for line, the words of ``lemma_index``
        looked up in a set (spaCy's tables hold them as lists of up to 66,000 words, read one by
        one for each word not met before: about 0.25 ms a word)."""
        cache_key = (token.orth, token.pos)
        if cache_key in self.cache:
            return self.cache[cache_key]
        string = token.text
        univ_pos = token.pos_.lower()
        if univ_pos in ("", "eol", "space"):
            return [string.lower()]
        elif "lemma_rules" not in self.lookups or univ_pos not in _RULE_POS:
            return self.lookup_lemmatize(token)
        exc_table = self.lookups.get_table("lemma_exc", {})
        rules_table = self.lookups.get_table("lemma_rules", {})
        lookup_table = self.lookups.get_table("lemma_lookup", {})
        index = self._index_set(univ_pos)
        exceptions = exc_table.get(univ_pos, {})
        rules = rules_table.get(univ_pos, [])
        string = string.lower()
        forms = []
        # first try lookup in table based on upos
        if string in index:
            forms.append(string)
            self.cache[cache_key] = forms
            return forms

        # then add anything in the exceptions table
        forms.extend(exceptions.get(string, []))

        # if nothing found yet, use the rules
        oov_forms = []
        if not forms:
            for old, new in rules:
                if string.endswith(old):
                    form = string[: len(string) - len(old)] + new
                    if not form:
                        pass
                    elif form in index or not form.isalpha():
                        forms.append(form)
                    else:
                        oov_forms.append(form)

        # if still nothing, add the oov forms from rules
        if not forms:
            forms.extend(oov_forms)

        # use lookups, which fall back to the token itself
        if not forms:
            forms.append(lookup_table.get(string, [string])[0])
        forms = list(dict.fromkeys(forms))
        self.cache[cache_key] = forms
        return forms

    def _index_set(self, univ_pos: str) -> frozenset:
        """The words ``lemma_index`` lists for this part of speech, as a set (made again when the
        table holds another list)."""
        index = self.lookups.get_table("lemma_index", {}).get(univ_pos, {})
        known = self._index_sets.get(univ_pos)
        if known is None or known[0] is not index:
            known = self._index_sets[univ_pos] = (index, frozenset(index))
        return known[1]

    def initialize(self, *args: Any, **kwargs: Any) -> None:
        self.lemma_hashes = {}
        super().initialize(*args, **kwargs)

    def from_bytes(self, bytes_data: bytes, *, exclude: Iterable[str] = SimpleFrozenList()) -> "FastFrenchLemmatizer":
        self.lemma_hashes = {}
        return super().from_bytes(bytes_data, exclude=exclude)

    def from_disk(self, path: Union[str, Path], *, exclude: Iterable[str] = SimpleFrozenList()) -> "FastFrenchLemmatizer":
        self.lemma_hashes = {}
        return super().from_disk(path, exclude=exclude)


@Language.factory(
    "techpolgraph_lemmatizer",
    assigns=["token.lemma"],
    default_config={
        "model": None,
        "mode": "rule",
        "overwrite": False,
        "scorer": {"@scorers": "spacy.lemmatizer_scorer.v1"},
    },
    default_score_weights={"lemma_acc": 1.0},
)
def make_fast_lemmatizer(
    nlp: Language, model: Optional[Model], name: str, mode: str, overwrite: bool, scorer: Optional[Callable]
) -> FastFrenchLemmatizer:
    """spaCy's French lemmatizer (same settings and tables), the lemmas of a doc set at once."""
    return FastFrenchLemmatizer(nlp.vocab, model, name, mode=mode, overwrite=overwrite, scorer=scorer)


def use_fast_lemmatizer(nlp: Language, name: str = "lemmatizer") -> Language:
    """Put :class:`FastFrenchLemmatizer` in place of the model's French lemmatizer ``name``,
    under the same name, with its settings and its lookup tables; any other pipeline (no such
    component, or another lemmatizer) is left as it is."""
    if name not in nlp.pipe_names or type(nlp.get_pipe(name)) is not FrenchLemmatizer:
        return nlp
    old: FrenchLemmatizer = nlp.get_pipe(name)  # type: ignore[assignment]
    config = {k: v for k, v in nlp.get_pipe_config(name).items() if k in ("mode", "overwrite")}
    new: FastFrenchLemmatizer = nlp.replace_pipe(name, "techpolgraph_lemmatizer", config=config)  # type: ignore[assignment]
    lookups = Lookups()
    for table in old.lookups.tables:
        lookups.set_table(table, old.lookups.get_table(table))
    new.lookups = lookups
    new._validate_tables()
    return nlp

