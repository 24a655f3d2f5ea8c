"""Two builds of the same corpus give the same bytes, in this process and in another one
(where Python's string hashing, and so any set order, differs)."""

from __future__ import annotations

import os
import subprocess
import sys
from pathlib import Path

import techpolgraph as tpg

ROOT = Path(__file__).resolve().parents[1]
CORPUS = ROOT / "corpus"


def _write(kg: tpg.KnowledgeGraph, folder: Path) -> dict[str, bytes]:
    kg.to_graphml(folder / "corpus.graphml")
    kg.to_json(folder / "corpus.json")
    return {name: (folder / name).read_bytes() for name in ("corpus.graphml", "corpus.json")}


def test_two_builds_write_identical_bytes(tmp_path, nlp, kg):
    again = tpg.build(CORPUS, nlp=nlp, progress=False)
    first, second = _write(kg, tmp_path / "a"), _write(again, tmp_path / "b")
    assert kg.relations and first == second


def test_a_build_in_another_process_writes_identical_bytes(tmp_path, kg):
    here = _write(kg, tmp_path / "here")
    env = {**os.environ, "PYTHONHASHSEED": "4242"}
    out = tmp_path / "there" / "corpus.graphml"
    subprocess.run(
        [sys.executable, "-m", "techpolgraph.cli", "build", str(CORPUS), "-o", str(out), "--no-progress", "--no-cache"],
        env=env,
        check=True,
        capture_output=True,
    )
    there = {name: (out.parent / name).read_bytes() for name in ("corpus.graphml", "corpus.json")}
    assert there == here
