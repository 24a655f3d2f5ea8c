"""The build: engines and worker processes give the same graph; stages are timed; reports."""

from __future__ import annotations

import shutil
from pathlib import Path

import pytest

import techpolgraph as tpg
from techpolgraph.engines import EngineError, make_engine

ROOT = Path(__file__).resolve().parents[1]
CORPUS = ROOT / "corpus"


def test_worker_processes_give_the_same_graph(nlp, kg):
    parallel = tpg.build(CORPUS, nlp=nlp, n_process=2, batch_size=2, progress=False)
    assert parallel == kg and parallel.report == kg.report


def test_stage_timings_are_reported(nlp):
    timings: dict[str, float] = {}
    tpg.build(CORPUS, nlp=nlp, progress=False, timings=timings)
    assert {"read", "analyse", "assemble"} <= set(timings)
    assert timings["analyse"] > 0


def test_analyse_yields_one_analysis_per_document(nlp):
    docs, _ = tpg.read_corpus(CORPUS)
    analyses = list(tpg.analyse(docs, nlp, batch_size=2))
    assert [a.document.id for a in analyses] == [d.id for d in docs]
    assert sum(len(a.relations) for a in analyses) > 0


def test_summary_counts_what_was_read_skipped_and_cached(tmp_path, nlp):
    corpus = tmp_path / "corpus"
    shutil.copytree(CORPUS, corpus)
    (corpus / "vide.txt").write_bytes(b"")
    kg = tpg.build(corpus, nlp=nlp, progress=False, cache=tmp_path / "c.sqlite")
    assert kg.report.summary().startswith("5 documents read, 1 skipped, 0 from cache, ")
    again = tpg.build(corpus, nlp=nlp, progress=False, cache=tmp_path / "c.sqlite")
    assert again.report.summary().startswith("5 documents read, 1 skipped, 5 from cache, ")


def test_unknown_engine_is_a_clear_error(nlp):
    with pytest.raises(EngineError, match="unknown engine 'spark': choose one of local, dask"):
        make_engine("spark", nlp)
    with pytest.raises(EngineError, match="unknown engine"):
        tpg.build(CORPUS, nlp=nlp, engine="spark", progress=False)


def test_freed_memory_kept_only_where_the_user_left_glibc_alone(monkeypatch):
    """A build tunes glibc's allocator (Linux only), but never over the user's own settings."""
    import platform

    from techpolgraph.engines import keep_freed_memory, release_freed_memory

    monkeypatch.setenv("MALLOC_TRIM_THRESHOLD_", "131072")
    assert keep_freed_memory() is False
    monkeypatch.delenv("MALLOC_TRIM_THRESHOLD_")
    on_glibc = platform.system() == "Linux" and platform.libc_ver()[0] == "glibc"
    assert keep_freed_memory() is on_glibc
    release_freed_memory()
