"""The dask engine gives the same graph as the local one (byte for byte)."""

from __future__ import annotations

from pathlib import Path

import pytest

import techpolgraph as tpg

ROOT = Path(__file__).resolve().parents[1]
CORPUS = ROOT / "corpus"


@pytest.mark.model
def test_dask_build_equals_local_build(tmp_path, kg):
    on_dask = tpg.build(CORPUS, engine="dask", progress=False)
    assert on_dask == kg
    kg.to_json(tmp_path / "local.json")
    on_dask.to_json(tmp_path / "dask.json")
    assert (tmp_path / "dask.json").read_bytes() == (tmp_path / "local.json").read_bytes()


@pytest.mark.model
def test_dask_engine_on_a_scheduler_address(tmp_path, kg):
    from distributed import LocalCluster

    with LocalCluster(n_workers=1, threads_per_worker=1, processes=True, dashboard_address=None) as cluster:
        on_dask = tpg.build(CORPUS, engine="dask", scheduler=cluster.scheduler_address, progress=False)
    assert on_dask == kg
