"""The model's lemmatizer and attribute ruler, the same values set a doc's column at once.

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
lemma column back at once (``Doc.from_array``: 0.18 ms an article, against 0.23 ms setting
``token.lemma`` row by row); its ``rule_lemmatize`` is spaCy's line for
line, the words of ``lemma_index`` looked up in sets. The French rule lemmatizer's answer
depends on the form and the part of speech only (the key of its cache), so the lemmas are the
very ones spaCy gives; a lemma set before it (by the attribute ruler) is kept unless
``overwrite``, as spaCy keeps it. 0.32 ms an article once its words are known, 0.5 ms on a
fresh process.

``techpolgraph_attribute_ruler`` (:class:`FastAttributeRuler`) does the same for spaCy's
attribute ruler, which runs just before: its one-token patterns are tested on the doc's
columns, and what they set written back a column at once (3.6 ms -> 0.55 ms an article).

:func:`use_fast_attribute_ruler` and :func:`use_fast_lemmatizer` put them in place of a
loaded model's components, under the same names (:func:`techpolgraph.nlp.pipeline.load_pipeline`
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
from spacy.attrs import DEP, IDS, LEMMA, MORPH, ORTH, POS, TAG
from spacy.errors import Errors
from spacy.lang.fr.lemmatizer import FrenchLemmatizer
from spacy.language import Language
from spacy.lookups import Lookups
from spacy.pipeline import AttributeRuler
from spacy.pipeline.attributeruler import attribute_ruler_score
from spacy.pipeline.lemmatizer import lemmatizer_score
from spacy.strings import get_string_id
from spacy.tokens._retokenize import set_token_attrs
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


#: Token attributes a pattern may test, read from the doc's columns as the matcher reads them
#: (a string is compared by its hash, ``IN`` and ``NOT_IN`` by the hashes listed).
_TESTED = {name: IDS[name] for name in ("ORTH", "LOWER", "NORM", "LEMMA", "POS", "TAG", "DEP")}
#: Lexical flags a pattern may test (true or false).
_FLAGS = {name: IDS[name] for name in ("IS_ALPHA", "IS_DIGIT", "IS_PUNCT", "IS_SPACE", "IS_STOP")}
#: Token attributes a rule may set through the doc's columns (each one on the token only).
_COLUMNS = (TAG, POS, DEP, LEMMA)


class FastAttributeRuler(AttributeRuler):
    """spaCy's :class:`~spacy.pipeline.AttributeRuler` (same patterns, settings and
    serialisation), whose one-token patterns are tested on a doc's columns at once.

    The model's ruler has 23 patterns of one token each (a part of speech gives the tag of the
    same name; white space gets ``SPACE``), and spaCy runs them through its ``Matcher``, which
    makes several ``Token`` objects a token for the patterns' predicates, then sets each
    match's attributes through a ``Span``: about 3.4 ms a 660-token doc. Here each pattern is a
    mask over the columns (``Doc.to_array``), tested on the values the doc had before any rule
    applied, as the matcher's matches are; the rules then apply in spaCy's order (by rule,
    the later one last), each attribute's column written back at once (``Doc.from_array``);
    a morphology set by a rule is set token by token, as spaCy sets it. Patterns of another
    form (several tokens, operators, extensions, other attributes or predicates) are run by
    spaCy's own code.
    """

    def __init__(self, vocab: Vocab, name: str = "attribute_ruler", *, validate: bool = False, scorer: Optional[Callable] = attribute_ruler_score) -> None:
        self._plan: Any = None
        super().__init__(vocab, name, validate=validate, scorer=scorer)

    def clear(self) -> None:
        self._plan = None
        super().clear()

    def add(self, patterns: Iterable[Any], attrs: dict, index: int = 0) -> None:
        self._plan = None
        super().add(patterns, attrs, index)

    def __call__(self, doc: Doc) -> Doc:
        if self._plan is None:
            self._plan = self._column_plan()
        if self._plan is False:
            return super().__call__(doc)
        error_handler = self.get_error_handler()
        try:
            if len(doc):
                self._apply(doc, *self._plan)
            return doc
        except Exception as e:  # noqa: BLE001  (reported as spaCy's ruler does)
            return error_handler(self.name, self, [doc], e)

    def _column_plan(self) -> Any:
        """The attributes read, and for each rule in spaCy's order its tests and its values:
        False when some pattern or value is not of the forms read here."""
        read: set[int] = set()
        rules = []
        for rule, attrs, index in zip(self.patterns, self.attrs, self.indices):
            if index not in (0, -1) or any(attr not in (*_COLUMNS, MORPH) for attr in attrs):
                return False
            tests = []
            for pattern in rule["patterns"]:
                test = self._token_test(pattern)
                if test is None:
                    return False
                read.update(attr for attr, _, _ in test)
                tests.append(test)
            rules.append((tests, attrs))
        return sorted(read), rules

    def _token_test(self, pattern: Any) -> Optional[list[tuple[int, str, Any]]]:
        """A one-token pattern as (attribute, how, value) tests, the values as the matcher
        makes them; None for any other pattern."""
        if not isinstance(pattern, list) or len(pattern) != 1 or not isinstance(pattern[0], dict):
            return None
        test = []
        for key, value in pattern[0].items():
            name = key.upper() if isinstance(key, str) else None
            name = "ORTH" if name == "TEXT" else name
            if name in _FLAGS and isinstance(value, bool):
                test.append((_FLAGS[name], "==", int(value)))
            elif name in _TESTED and isinstance(value, str):
                test.append((_TESTED[name], "==", self.vocab.strings.add(value)))
            elif name in _TESTED and isinstance(value, dict) and value and set(value) <= {"IN", "NOT_IN"}:
                for how, listed in value.items():
                    if not isinstance(listed, list) or not all(isinstance(v, str) for v in listed):
                        return None
                    test.append((_TESTED[name], how, numpy.array([get_string_id(v) for v in listed], dtype=numpy.uint64)))
            else:
                return None
        return test

    def _apply(self, doc: Doc, read: list[int], rules: list) -> None:
        columns = doc.to_array(read).reshape((len(doc), len(read))) if read else numpy.zeros((len(doc), 0), dtype=numpy.uint64)
        column = {attr: columns[:, i] for i, attr in enumerate(read)}
        written: dict[int, numpy.ndarray] = {}
        morphs: Optional[numpy.ndarray] = None
        morphs_set = numpy.zeros(len(doc), dtype=bool)
        for tests, attrs in rules:
            mask = None
            for test in tests:
                hit = numpy.ones(len(doc), dtype=bool)
                for attr, how, value in test:
                    if how == "==":
                        hit &= column[attr] == value
                    elif how == "IN":
                        hit &= numpy.isin(column[attr], value)
                    else:
                        hit &= ~numpy.isin(column[attr], value)
                mask = hit if mask is None else mask | hit
            if mask is None or not mask.any():
                continue
            for attr, value in attrs.items():
                if attr == MORPH:
                    if morphs is None:
                        morphs = numpy.zeros(len(doc), dtype=numpy.uint64)
                    morphs[mask] = value
                    morphs_set |= mask
                    continue
                if attr not in written:
                    written[attr] = doc.to_array(attr)
                written[attr][mask] = value
        if written:
            attrs = sorted(written)
            doc.from_array(attrs, numpy.stack([written[a] for a in attrs], axis=1))
        if morphs is not None:
            for i in numpy.flatnonzero(morphs_set).tolist():
                set_token_attrs(doc[i], {MORPH: int(morphs[i])})


@Language.factory(
    "techpolgraph_attribute_ruler",
    default_config={"validate": False, "scorer": {"@scorers": "spacy.attribute_ruler_scorer.v1"}},
)
def make_fast_attribute_ruler(nlp: Language, name: str, validate: bool, scorer: Optional[Callable]) -> FastAttributeRuler:
    """spaCy's attribute ruler (same patterns and settings), one-token patterns tested on columns."""
    return FastAttributeRuler(nlp.vocab, name, validate=validate, scorer=scorer)


def use_fast_attribute_ruler(nlp: Language, name: str = "attribute_ruler") -> Language:
    """Put :class:`FastAttributeRuler` in place of the model's attribute ruler ``name``, under
    the same name, with its settings and patterns; any other pipeline is left as it is."""
    if name not in nlp.pipe_names or type(nlp.get_pipe(name)) is not AttributeRuler:
        return nlp
    patterns = nlp.get_pipe(name).patterns  # type: ignore[attr-defined]
    config = {k: v for k, v in nlp.get_pipe_config(name).items() if k == "validate"}
    new: FastAttributeRuler = nlp.replace_pipe(name, "techpolgraph_attribute_ruler", config=config)  # type: ignore[assignment]
    new.add_patterns(patterns)
    return nlp
