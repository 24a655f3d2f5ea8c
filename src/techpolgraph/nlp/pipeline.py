"""Loading ``fr_core_news_md`` once and adding techpolgraph's components to it; the fingerprint
of a pipeline; a pipeline as bytes, to analyse with it in another process.

The components are spaCy factories declared through the ``spacy_factories`` entry point (see
``pyproject.toml``), so spaCy finds every one of them by name, the resolver and the relations
of the later stages included, without this module importing those stages.
"""

from __future__ import annotations

import functools
import hashlib
import json
import tempfile
from collections.abc import Mapping
from importlib import metadata
from pathlib import Path
from typing import Optional

import spacy
import srsly
from spacy.lang.char_classes import ALPHA, ALPHA_LOWER, ALPHA_UPPER
from spacy.language import Language
from spacy.symbols import ORTH
from spacy.util import compile_infix_regex, compile_suffix_regex, get_lang_class

from ..data import data_fingerprint, function_words, user_file
from ..errors import DataFileError, EngineError, ModelNotFoundError
from ..types import PathLike
from . import components, events  # noqa: F401  (the factories, also when the entry points are not installed)
from .lemmatizer import use_fast_attribute_ruler, use_fast_lemmatizer

MODEL_NAME = "fr_core_news_md"
MODEL_VERSION = "3.8.0"

#: Our components, in order, and where each goes in the model's pipeline.
COMPONENTS: tuple[tuple[str, dict[str, str]], ...] = (
    ("techpolgraph_lines", {"first": True}),
    ("techpolgraph_entities", {"after": "ner"}),
    ("techpolgraph_events", {"after": "techpolgraph_entities"}),
)

#: Components of the analysis that go after the entity components, in order (their factories
#: are in :mod:`techpolgraph.resolve` and :mod:`techpolgraph.relations`).
ANALYSIS_COMPONENTS = ("techpolgraph_resolver", "techpolgraph_relations")

#: Fingerprints of the pipelines :func:`load_analyser` made, and the model of each: an engine
#: sends such a pipeline to its workers by name, and any other one as bytes.
_SHIPPED_PIPELINES: dict[str, str] = {}


def add_components(nlp: Language, until: str = "") -> Language:
    """Add techpolgraph's components to a French pipeline that has ``ner`` and ``parser``.

    Later stages add theirs (resolver, relations): see :func:`load_analyser`.
    """
    for name, where in COMPONENTS:
        if name not in nlp.pipe_names:
            nlp.add_pipe(name, **where)  # type: ignore[arg-type]
        if name == until:
            break
    return nlp


@functools.lru_cache(maxsize=4)
def load_pipeline(model: str = MODEL_NAME) -> Language:
    """The French model with techpolgraph's entity components, loaded once per process.

    Raises :class:`ModelNotFoundError` with the install command when the model is missing.
    """
    return add_components(_load_model(model))


def _load_model(model: str) -> Language:
    """The spaCy model (without ``senter``: sentences come from the parser and line breaks), its
    attribute ruler and lemmatizer setting the same values a doc's column at once (:mod:`.lemmatizer`)."""
    try:
        nlp = spacy.load(model, exclude=["senter"])
    except OSError as err:
        raise ModelNotFoundError(
            f"the spaCy model {model!r} is not installed: run `pip install {model.replace('_', '-')}=={MODEL_VERSION}` "
            f"(or `make install`) ({err})"
        ) from None
    use_fast_attribute_ruler(nlp)
    use_fast_lemmatizer(nlp)
    split_final_period(nlp)
    split_glued_titles(nlp)
    keep_elisions(nlp)
    return nlp


#: The mark that ends an official communiqué, written against its last word (« ... de M. Paul Martin./. »).
END_MARK = r"\./\.?"
#: A period after a lower-case then an upper-case letter (« l'AfD. », « SpaceX. », « le PiS. »).
FINAL_PERIOD = r"(?<=[{al}][{au}])\.".format(al=ALPHA_LOWER, au=ALPHA_UPPER)


def split_final_period(nlp: Language) -> None:
    """Split the period that ends a sentence from a name like « AfD » or « SpaceX ».

    spaCy's suffix rules split a final period after a lower-case letter or two capitals, not
    after a lower-case then an upper-case letter, so « Il soutient l'AfD. » keeps « AfD. » as
    one token: the name is then not the known one, and the sentence does not end. One suffix
    rule more, the way spaCy's documentation extends a tokenizer.

    >>> nlp = spacy.blank("fr")
    >>> split_final_period(nlp)
    >>> [t.text for t in nlp("Il a rejoint SpaceX.")]
    ['Il', 'a', 'rejoint', 'SpaceX', '.']

    The mark that ends an official communiqué, written against its last word, is split from it too:

    >>> [t.text for t in nlp("Elle soutient M. Martin./.")]
    ['Elle', 'soutient', 'M.', 'Martin', './.']

    A one-letter name (``name_letter`` in ``function_words.tsv``: the platform X) ends a sentence
    the same way, where any other capital and period is an initial (« A. Dupont »).
    """
    suffixes = [s for s in nlp.Defaults.suffixes if s not in (FINAL_PERIOD, END_MARK)]
    nlp.tokenizer.suffix_search = compile_suffix_regex([*suffixes, FINAL_PERIOD, END_MARK]).search
    for letter in sorted(function_words("name_letter")):  # « le réseau social X. »: a name, not an initial
        nlp.tokenizer.add_special_case(letter.upper() + ".", [{ORTH: letter.upper()}, {ORTH: "."}])


#: « M. » glued to the name after it (« M.Trump », « M.O'Brien »): split after the period, the title kept whole.
GLUED_TITLE = r"(?<=\bM\.)(?=[{au}](?:[{al}]|['’][{au}]))".format(al=ALPHA_LOWER, au=ALPHA_UPPER)
#: A double quote right after an elided word (« d'"exclure" »): a token of its own.
ELIDED_QUOTE = r"(?<=[{a}]['’])[\"“]".format(a=ALPHA)


def split_glued_titles(nlp: Language) -> None:
    """Split « M. » from a name written against it (« le profil de M.Trump »), and a double
    quote from the elided word before it (« d'"exclure" »), which spaCy keeps as one token, so
    that the name and the word are found; two infix rules more.

    >>> nlp = spacy.blank("fr")
    >>> split_glued_titles(nlp)
    >>> [t.text for t in nlp("le profil de M.Martin")]
    ['le', 'profil', 'de', 'M.', 'Martin']
    >>> [t.text for t in nlp('a demandé d’"exclure" X')]
    ['a', 'demandé', 'd’', '"', 'exclure', '"', 'X']
    """
    nlp.tokenizer.infix_finditer = compile_infix_regex([*nlp.Defaults.infixes, GLUED_TITLE, ELIDED_QUOTE]).finditer


def keep_elisions(nlp: Language) -> None:
    """Keep an elided word whole before an opening quote (« traité X d'« ingrat » »).

    spaCy's suffix rules strip the quote, then the apostrophe, from « d'« », leaving « d » and
    « ' »: the parser no longer sees the preposition. spaCy checks its special cases after each
    affix it strips, so one special case per elided word (``elision`` in
    ``function_words.tsv``, lower-case and capitalised, with either apostrophe) keeps it whole.

    >>> nlp = spacy.blank("fr")
    >>> keep_elisions(nlp)
    >>> [t.text for t in nlp("traité d'« ingrat »")]
    ['traité', "d'", '«', 'ingrat', '»']
    """
    for word in sorted(function_words("elision")):
        for form in {word, word[0].upper() + word[1:]}:
            for apostrophe in ("'", "’"):
                elided = form[:-1] + apostrophe
                nlp.tokenizer.add_special_case(elided, [{ORTH: elided}])


def load_analyser(model: Optional[str] = None) -> Language:
    """The full pipeline: the French model, entity components, resolver and relations.

    Loaded once per process (the model is cached by :func:`load_pipeline`).
    """
    name = model or MODEL_NAME
    nlp = load_pipeline(name)
    for component in ANALYSIS_COMPONENTS:
        if component not in nlp.pipe_names:
            if not Language.has_factory(component):
                raise ModelNotFoundError(
                    f"spaCy does not know the component {component!r}: reinstall techpolgraph "
                    "(`pip install -e .` in its folder) so that its spacy_factories entry points are declared"
                )
            nlp.add_pipe(component, last=True)
    if name not in _SHIPPED_PIPELINES.values():
        _SHIPPED_PIPELINES[pipeline_fingerprint(nlp)] = name
    return nlp


#: The settings of the components that name a data file, by the name of the file they read
#: by default: a user's own file of that name replaces it in every component that reads it.
DATA_SETTINGS: dict[str, tuple[tuple[str, str], ...]] = {
    "organisations.tsv": (("techpolgraph_entities", "gazetteer"), ("techpolgraph_resolver", "gazetteer")),
    "people.tsv": (("techpolgraph_entities", "people"),),
    "titles.txt": (("techpolgraph_entities", "titles"),),
    "event_cues.tsv": (("techpolgraph_events", "cues"),),
    "relation_cues.tsv": (("techpolgraph_relations", "cues"),),
}


def make_analyser(files: Mapping[str, PathLike], model: Optional[str] = None) -> Language:
    """A new full pipeline (as :func:`load_analyser`) that reads files of the user's own in
    place of shipped ones: ``files`` maps a shipped file's name (a key of
    :data:`DATA_SETTINGS`) to the path of the user's file, which must exist.

    Raises :class:`DataFileError` for a name that cannot be replaced or a missing file.
    """
    config: dict[str, dict[str, str]] = {}
    for shipped, path in files.items():
        if shipped not in DATA_SETTINGS:
            raise DataFileError(f"{shipped!r} cannot be replaced; these can: {', '.join(sorted(DATA_SETTINGS))}")
        if not Path(path).is_file():
            raise DataFileError(f"{path}: no such file (given for {shipped})")
        for component, setting in DATA_SETTINGS[shipped]:
            config.setdefault(component, {})[setting] = str(Path(path).resolve())
    nlp = _load_model(model or MODEL_NAME)
    for component, where in COMPONENTS:
        nlp.add_pipe(component, config=config.get(component, {}), **where)  # type: ignore[arg-type]
    for component in ANALYSIS_COMPONENTS:
        nlp.add_pipe(component, config=config.get(component, {}), last=True)
    return nlp


def shipped_model(nlp: Language) -> Optional[str]:
    """The model name that :func:`load_analyser` gives this very pipeline back with, or None
    when the pipeline is not one it made (another model, other components or settings)."""
    return _SHIPPED_PIPELINES.get(pipeline_fingerprint(nlp))


@functools.lru_cache(maxsize=1)
def code_fingerprint() -> str:
    """A hash of the package's own source files: an analysis cached by other rules (a changed
    or locally edited copy of the same version) is not reused."""
    root = Path(__file__).resolve().parent.parent
    digest = hashlib.sha1()
    for path in sorted(root.rglob("*.py")):
        digest.update(path.relative_to(root).as_posix().encode())
        digest.update(path.read_bytes())
    return digest.hexdigest()[:16]


def pipeline_fingerprint(nlp: Language) -> str:
    """A short hash of what decides a document's analysis: model, versions, components, data.

    A cached analysis is valid only for the same fingerprint.
    """
    try:
        ours = metadata.version("techpolgraph")
    except metadata.PackageNotFoundError:
        ours = "dev"
    suffixes = getattr(getattr(nlp.tokenizer, "suffix_search", None), "__self__", None)
    parts = [nlp.meta.get("name", ""), nlp.meta.get("version", ""), spacy.__version__, ours, code_fingerprint(), data_fingerprint(), *nlp.pipe_names]
    parts.append(getattr(suffixes, "pattern", ""))  # the tokenizer's suffix rules (split_final_period)
    parts.extend(_settings(nlp))
    return hashlib.sha1("|".join(parts).encode()).hexdigest()[:16]


def _settings(nlp: Language) -> list[str]:
    """The settings of our components, and the tables they use.

    A component that saves its tables (``to_disk``) is known by them: a pipeline loaded from
    disk analyses with the tables saved there, whatever the settings name. For the others, the
    content of any user's file the settings name: a user's own cue file changes the analysis
    as much as a package data file does (a bare name is a shipped file, already in
    :func:`~techpolgraph.data.data_fingerprint`).
    """
    out: list[str] = []
    for name, component in nlp.pipeline:
        if not name.startswith("techpolgraph_"):
            continue
        config = {k: v for k, v in nlp.get_pipe_config(name).items() if k != "factory"}
        out.append(f"{name}={json.dumps(config, sort_keys=True, default=str)}")
        if hasattr(component, "to_disk"):
            out.append(_tables_digest(component))
            continue
        for value in config.values():
            path = user_file(value)
            if path is not None and path.is_file():
                out.append(hashlib.sha1(path.read_bytes()).hexdigest())
    return out


def _tables_digest(component: object) -> str:
    """A hash of the files a component writes with ``to_disk``: the tables it analyses with."""
    digest = hashlib.sha1()
    with tempfile.TemporaryDirectory() as folder:
        component.to_disk(folder)  # type: ignore[attr-defined]
        for path in sorted(p for p in Path(folder).rglob("*") if p.is_file()):
            digest.update(path.relative_to(folder).as_posix().encode())
            digest.update(path.read_bytes())
    return digest.hexdigest()


def pipeline_to_bytes(nlp: Language) -> bytes:
    """A pipeline as bytes: its config and weights (``Language.to_bytes``), for
    :func:`pipeline_from_bytes` in another process.

    Raises :class:`EngineError` when the pipeline cannot be serialised.
    """
    try:
        return srsly.msgpack_dumps({"config": nlp.config.to_str(), "weights": nlp.to_bytes()})
    except Exception as err:  # noqa: BLE001  (any component's serialiser may fail: refused, with the reason)
        raise EngineError(
            f"the pipeline cannot be sent to other processes ({type(err).__name__}: {err}); "
            "analyse here (engine='local', n_process=1) or use components that spaCy can serialise"
        ) from None


def pipeline_from_bytes(data: bytes) -> Language:
    """The pipeline of :func:`pipeline_to_bytes`, rebuilt from its config and loaded.

    Raises :class:`EngineError` naming what is missing when it cannot be rebuilt here (a
    component whose factory is not installed in this environment, a missing file).
    """
    try:
        msg = srsly.msgpack_loads(data)
        config = spacy.util.load_config_from_str(msg["config"])
        nlp = get_lang_class(config["nlp"]["lang"]).from_config(config)
        return nlp.from_bytes(msg["weights"])
    except Exception as err:  # noqa: BLE001  (rebuilt from a user's config: any failure is reported)
        raise EngineError(
            f"the pipeline cannot be rebuilt in a worker process ({type(err).__name__}: {err}); "
            "install techpolgraph and the packages of the pipeline's components there"
        ) from None
