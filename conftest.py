"""Fixtures for the whole suite, doctests included: the real model once per session."""

from __future__ import annotations

from pathlib import Path

import pytest
from _pytest.doctest import DoctestItem

ROOT = Path(__file__).resolve().parent
CORPUS = ROOT / "corpus"


@pytest.fixture(scope="session")
def nlp():
    """The full techpolgraph pipeline on fr_core_news_md (loaded once)."""
    from techpolgraph.build import load_analyser

    return load_analyser()


@pytest.fixture(scope="session")
def kg(nlp):
    """The graph of corpus/ (built once)."""
    import techpolgraph as tpg

    return tpg.build(CORPUS, nlp=nlp, progress=False)


@pytest.fixture(autouse=True)
def _doctest_namespace(request, doctest_namespace, monkeypatch):
    """Doctests run from the project folder, with ``tpg`` imported and the model loaded."""
    if isinstance(request.node, DoctestItem):
        import techpolgraph as tpg

        request.getfixturevalue("nlp")
        doctest_namespace["tpg"] = tpg
        monkeypatch.chdir(ROOT)
