"""Loading ``fr_core_news_md`` once and adding techpolgraph's components to it."""

from __future__ import annotations

import functools
import hashlib
import json
from importlib import metadata
from pathlib import Path

import spacy
from spacy.language import Language

from ..errors import ModelNotFoundError

MODEL_NAME = "fr_core_news_md"
MODEL_VERSION = "3.8.0"

#: Our components, in order, and where each goes in the model's pipeline.
COMPONENTS: tuple[tuple[str, dict[str, str]], ...] = (
    ("techpolgraph_lines", {"first": True}),
    ("techpolgraph_entities", {"after": "ner"}),
    ("techpolgraph_events", {"after": "techpolgraph_entities"}),
)


def add_components(nlp: Language, until: str = "") -> Language:
    """Add techpolgraph's components to a French pipeline that has ``ner`` and ``parser``.

    Later stages add theirs (resolver, relations) through their own ``add_*`` functions.
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
    from . import components, events  # noqa: F401  (registers the factories)

    try:
        nlp = spacy.load(model, exclude=["senter"])
    except OSError as err:
        raise ModelNotFoundError(
            f"the spaCy model {model!r} is not installed: run `pip install {model.replace('_', '-')}=={MODEL_VERSION}` "
            f"(or `make install`) ({err})"
        ) from None
    return add_components(nlp)


def pipeline_fingerprint(nlp: Language) -> str:
    """A short hash of what decides a document's analysis: model, versions, components, data.

    A cached analysis is valid only for the same fingerprint.
    """
    from ..data import data_fingerprint

    try:
        ours = metadata.version("techpolgraph")
    except metadata.PackageNotFoundError:
        ours = "dev"
    parts = [nlp.meta.get("name", ""), nlp.meta.get("version", ""), spacy.__version__, ours, data_fingerprint(), *nlp.pipe_names]
    parts.extend(_settings(nlp))
    return hashlib.sha1("|".join(parts).encode()).hexdigest()[:16]


def _settings(nlp: Language) -> list[str]:
    """The settings of our components, with the content of any file they name.

    A user's own cue or people file changes the analysis as much as a package data file does.
    """
    out: list[str] = []
    for name in nlp.pipe_names:
        if not name.startswith("techpolgraph_"):
            continue
        config = {k: v for k, v in nlp.get_pipe_config(name).items() if k != "factory"}
        out.append(f"{name}={json.dumps(config, sort_keys=True, default=str)}")
        for value in config.values():
            if isinstance(value, str) and value and Path(value).is_file():
                out.append(hashlib.sha1(Path(value).read_bytes()).hexdigest())
    return out
