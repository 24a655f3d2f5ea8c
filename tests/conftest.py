"""Fixtures of the tests folder (``nlp`` and ``kg`` come from the project's conftest.py)."""

from __future__ import annotations

from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parents[1]
CORPUS = ROOT / "corpus"


@pytest.fixture(scope="session")
def analyse_text(nlp):
    """Analyse one French text (with an optional date) and return its DocumentAnalysis."""
    from techpolgraph.build import analyse
    from techpolgraph.corpus import make_document

    def run(text: str, date: str | None = None, id: str = "t.txt"):
        return next(analyse([make_document(text, id, date=date)], nlp))

    return run


def pytest_collection_modifyitems(items):
    for item in items:
        if "nlp" in getattr(item, "fixturenames", ()) or "kg" in getattr(item, "fixturenames", ()) or "analyse_text" in getattr(item, "fixturenames", ()):
            item.add_marker(pytest.mark.model)
