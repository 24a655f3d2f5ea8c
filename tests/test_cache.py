"""Incremental builds: the analysis cache, and a build killed in the middle."""

from __future__ import annotations

import os
import shutil
import signal
import sqlite3
import subprocess
import sys
import time
from pathlib import Path

import pytest

import techpolgraph as tpg
from techpolgraph.cache import AnalysisCache
from techpolgraph.models import Document, DocumentAnalysis

ROOT = Path(__file__).resolve().parents[1]
CORPUS = ROOT / "corpus"
NEW = (
    "Emmanuel Macron a rencontré Sundar Pichai à l'Élysée jeudi. Le patron de Google et le président de la "
    "République ont parlé d'intelligence artificielle et de l'avenir des données en Europe, a-t-on appris."
)


def _copy_corpus(folder: Path) -> Path:
    shutil.copytree(CORPUS, folder)
    return folder


def _edges(kg: tpg.KnowledgeGraph, doc: str) -> list[tuple[str, str, str, str]]:
    return sorted((r.source, r.target, r.relation.value, r.evidence.sentence) for r in kg.relations_of(doc=doc))


def test_cache_roundtrip_and_keys(tmp_path):
    doc = Document(id="a.txt", text="texte", content="texte", sha1="11")
    with AnalysisCache(tmp_path / "c.sqlite", "fp1") as cache:
        cache.put([DocumentAnalysis(document=doc)])
        assert cache.get(doc) == DocumentAnalysis(document=doc)
        assert cache.get(doc.model_copy(update={"sha1": "22"})) is None  # changed text
        assert cache.get(doc.model_copy(update={"title": "Titre"})) is None  # changed metadata
        cache.put([DocumentAnalysis(document=doc.model_copy(update={"sha1": "22"}))])
        assert len(cache) == 1  # the changed document replaced its row
        assert cache.keep_only(["b.txt"]) == 1 and len(cache) == 0
    with AnalysisCache(tmp_path / "c.sqlite", "fp2") as cache:  # another pipeline
        cache.put([DocumentAnalysis(document=doc)])
    with AnalysisCache(tmp_path / "c.sqlite", "fp1") as cache:
        assert cache.get(doc) is None


def test_cache_that_is_not_a_database_is_a_clear_error(tmp_path):
    (tmp_path / "c.sqlite").write_bytes(b"not a database at all, " * 100)
    with pytest.raises(tpg.TechpolgraphError, match="c.sqlite: cannot open the analysis cache"):
        AnalysisCache(tmp_path / "c.sqlite", "fp")


def test_incremental_builds(tmp_path, nlp, kg):
    corpus = _copy_corpus(tmp_path / "corpus")
    cache = tmp_path / "out.cache.sqlite"

    first = tpg.build(corpus, nlp=nlp, cache=cache, progress=False)
    assert first.report.cached == 0 and first == kg

    second = tpg.build(corpus, nlp=nlp, cache=cache, progress=False)
    assert second.report.cached == 5 and second == kg
    assert "5 from cache" in second.report.summary()

    (corpus / "new.txt").write_text(NEW, encoding="utf-8")
    third = tpg.build(corpus, nlp=nlp, cache=cache, progress=False)
    assert (third.report.documents, third.report.cached) == (6, 5)  # one new article, one analysed
    assert _edges(third, "new.txt")

    changed = "000_90efcad6ab2961ec.txt"
    text = (corpus / changed).read_text(encoding="utf-8")
    assert "Mark Zuckerberg a très rarement parlé en public avec Donald Trump." in text
    (corpus / changed).write_text(text.replace("Mark Zuckerberg a très rarement parlé en public avec Donald Trump.", ""), encoding="utf-8")
    (corpus / "new.txt").unlink()
    fourth = tpg.build(corpus, nlp=nlp, cache=cache, progress=False)
    fresh = tpg.build(corpus, nlp=nlp, progress=False)
    assert (fourth.report.documents, fourth.report.cached) == (5, 4)
    assert fourth == fresh  # the changed article's old edges are gone, the removed one's too
    assert not any("très rarement parlé" in s for *_, s in _edges(fourth, changed))
    assert any("très rarement parlé" in s for *_, s in _edges(kg, changed))
    assert not fourth.relations_of(doc="new.txt")
    assert sqlite3.connect(cache).execute("SELECT COUNT(*) FROM analyses").fetchone()[0] == 5


def test_an_analysis_cached_by_other_code_is_not_reused(tmp_path, nlp, monkeypatch):
    """Rules edited in place (same version number) analyse again: the package's code is in the
    fingerprint of a cached analysis."""
    from techpolgraph.nlp import pipeline

    corpus = _copy_corpus(tmp_path / "corpus")
    cache = tmp_path / "out.cache.sqlite"
    tpg.build(corpus, nlp=nlp, cache=cache, progress=False)
    assert tpg.build(corpus, nlp=nlp, cache=cache, progress=False).report.cached == 5
    monkeypatch.setattr(pipeline, "code_fingerprint", lambda: "other rules")
    assert tpg.build(corpus, nlp=nlp, cache=cache, progress=False).report.cached == 0


def test_cli_uses_a_cache_beside_the_output(tmp_path, nlp, capsys):
    from techpolgraph.cli import main

    out = tmp_path / "out" / "corpus.graphml"
    assert main(["build", str(CORPUS), "-o", str(out), "--no-progress"]) == 0
    assert "0 from cache" in capsys.readouterr().out
    assert (tmp_path / "out" / "corpus.cache.sqlite").exists()
    assert main(["build", str(CORPUS), "-o", str(out), "--no-progress"]) == 0
    assert "5 from cache" in capsys.readouterr().out
    other = tmp_path / "other" / "corpus.graphml"
    assert main(["build", str(CORPUS), "-o", str(other), "--no-progress", "--no-cache"]) == 0
    assert "0 from cache" in capsys.readouterr().out
    assert not (tmp_path / "other" / "corpus.cache.sqlite").exists()


def _cached_rows(path: Path) -> int:
    try:
        with sqlite3.connect(f"file:{path}?mode=ro", uri=True, timeout=1) as db:
            return int(db.execute("SELECT COUNT(*) FROM analyses").fetchone()[0])
    except sqlite3.Error:
        return 0


def test_a_build_killed_midway_loses_nothing(tmp_path, nlp):
    corpus = _copy_corpus(tmp_path / "corpus")
    out = tmp_path / "out" / "corpus.graphml"
    cache = out.with_suffix(".cache.sqlite")
    before = tpg.build(corpus, nlp=nlp, cache=cache, progress=False)
    before.to_graphml(out)
    before.to_json(out.with_suffix(".json"))
    saved = {p.name: p.read_bytes() for p in (out, out.with_suffix(".json"))}

    texts = sorted(CORPUS.glob("*.txt"))
    for i in range(30):  # more articles, so that the build takes a while
        seed = texts[i % len(texts)].read_text(encoding="utf-8")
        (corpus / f"copy_{i:03d}.txt").write_text(f"{seed}\nVersion {i}.\n", encoding="utf-8")

    env = {**os.environ, "PYTHONUNBUFFERED": "1"}
    command = [sys.executable, "-m", "techpolgraph.cli", "build", str(corpus), "-o", str(out), "--no-progress", "--batch-size", "4"]
    process = subprocess.Popen(command, env=env, stdout=subprocess.DEVNULL, stderr=subprocess.PIPE)
    try:
        deadline = time.monotonic() + 300
        while _cached_rows(cache) < 5 + 8 and time.monotonic() < deadline and process.poll() is None:
            time.sleep(0.1)
        assert process.poll() is None, "the build ended before it could be killed"
        os.kill(process.pid, signal.SIGKILL)
    finally:
        process.wait()
    assert process.returncode == -signal.SIGKILL

    assert {p.name: p.read_bytes() for p in (out, out.with_suffix(".json"))} == saved  # previous output intact
    done = _cached_rows(cache)
    assert 5 + 8 <= done < 35

    resumed = tpg.build(corpus, nlp=nlp, cache=cache, progress=False)
    assert resumed.report.cached >= done - 1 and resumed.report.documents == 35
    assert resumed == tpg.build(corpus, nlp=nlp, progress=False)
