"""Files: GraphML (networkx and igraph read it), GEXF 1.3 with dates, CSV for Gephi, JSON round trip."""

from __future__ import annotations

import csv
import datetime as dt
import xml.etree.ElementTree as ET

import networkx as nx
import pytest

import techpolgraph as tpg
from techpolgraph.export import GEXF_NS, GEXF_VIZ_NS, write_graphml

from .test_graph import small_graph

G = f"{{{GEXF_NS}}}"


def test_graphml_is_flat_and_read_by_networkx_and_igraph(tmp_path):
    import igraph  # python-igraph, in the test extra
    kg = small_graph()
    path = tmp_path / "g.graphml"
    kg.to_graphml(path)
    g = nx.read_graphml(path, force_multigraph=True)
    assert g.number_of_nodes() == 5 and g.number_of_edges() == 5
    for _, a in g.nodes(data=True):
        assert a["label"] and a["kind"] in {"person", "organisation", "event", "location"}
    for _, _, a in g.edges(data=True):
        assert isinstance(a["weight"], float) and a["weight"] == 1.0
        assert a["label"] == a["relation"]
        for value in a.values():
            assert value is not None and not isinstance(value, (list, tuple, dict))
    ig = igraph.Graph.Read_GraphML(str(path))
    assert ig.vcount() == 5 and ig.ecount() == 5
    assert sorted(ig.vs["label"]) == ["Ann Lee", "Bob Ray", "Cid Moe", "Dan Fox", "X"]
    assert sorted(ig.es["relation"]) == ["banned", "criticised", "met", "met", "met"]
    assert set(ig.es["weight"]) == {1.0}


def test_collapsed_graphml_weights_count_sentences(tmp_path):
    path = tmp_path / "c.graphml"
    write_graphml(small_graph(), path, collapsed=True)
    g = nx.read_graphml(path, force_multigraph=True)
    met = sorted((u, v, a["modality"], a["weight"]) for u, v, a in g.edges(data=True) if a["relation"] == "met")
    assert met == [("p:ann", "p:bob", "asserted", 2.0), ("p:ann", "p:dan", "negated", 1.0)]
    joined = [a["evidence"] for u, v, a in g.edges(data=True) if a["weight"] == 2.0][0]
    assert joined == "Ann Lee a rencontré Bob Ray. | Bob Ray a dîné avec Ann Lee."


def _check_gexf(path, kg):
    """Strict parse and structure of a GEXF 1.3 file; returns (nodes, edges) elements."""
    root = ET.parse(path).getroot()  # raises on any malformed XML
    assert root.tag == f"{G}gexf" and root.get("version") == "1.3"
    graph = root.find(f"{G}graph")
    assert graph.get("mode") == "dynamic" and graph.get("timeformat") == "date"
    declared = {a.get("id"): a.get("type") for block in graph.findall(f"{G}attributes") for a in block.findall(f"{G}attribute")}
    nodes = graph.find(f"{G}nodes").findall(f"{G}node")
    edges = graph.find(f"{G}edges").findall(f"{G}edge")
    ids = [n.get("id") for n in nodes]
    assert sorted(ids) == sorted(kg.entities) and len(set(ids)) == len(ids)
    assert len({e.get("id") for e in edges}) == len(edges)
    for element in nodes + edges:
        for value in element.find(f"{G}attvalues"):
            kind = declared[value.get("for")]
            if kind == "integer":
                int(value.get("value"))
            elif kind == "double":
                float(value.get("value"))
            elif kind == "boolean":
                assert value.get("value") in ("true", "false")
        assert element.find(f"{{{GEXF_VIZ_NS}}}color") is not None
    for e in edges:
        assert e.get("source") in ids and e.get("target") in ids
        assert e.get("type") in ("directed", "undirected")
        float(e.get("weight"))
    for element in nodes + edges:
        if element.get("start"):
            dt.date.fromisoformat(element.get("start"))
    return nodes, edges


def test_gexf_has_dates_gephi_timeline_can_play(tmp_path):
    kg = small_graph()
    path = tmp_path / "g.gexf"
    kg.to_gexf(path)
    nodes, edges = _check_gexf(path, kg)
    starts = {e.get("id"): e.get("start") for e in edges}
    assert starts == {"r1": "2017-05-15", "r2": "2020-01-02", "r3": "2020-01-02", "r4": "2024-08-13", "r5": "2024-08-13"}
    assert {e.get("id"): e.get("type") for e in edges}["r1"] == "undirected"
    assert {e.get("id"): e.get("type") for e in edges}["r3"] == "directed"
    # a node appears at its first relation: Cid Moe is first criticised in 2020
    assert {n.get("id"): n.get("start") for n in nodes}["p:cid"] == "2020-01-02"


def test_collapsed_gexf_one_weighted_edge_per_pair_relation_modality(tmp_path):
    kg = small_graph()
    path = tmp_path / "c.gexf"
    kg.to_gexf(path, collapsed=True)
    _, edges = _check_gexf(path, kg)
    assert len(edges) == 4
    (ab,) = [e for e in edges if {e.get("source"), e.get("target")} == {"p:ann", "p:bob"}]
    assert float(ab.get("weight")) == 2.0 and ab.get("start") == "2017-05-15"


def test_csv_for_gephi_spreadsheet_import(tmp_path):
    kg = small_graph()
    kg.to_csv(tmp_path / "gephi")
    with open(tmp_path / "gephi" / "nodes.csv", encoding="utf-8", newline="") as f:
        nodes = list(csv.DictReader(f))
    with open(tmp_path / "gephi" / "edges.csv", encoding="utf-8", newline="") as f:
        edges = list(csv.DictReader(f))
    assert list(nodes[0])[:3] == ["Id", "Label", "kind"]
    assert list(edges[0])[:3] == ["Source", "Target", "Type"]
    assert {"relation", "modality", "weight", "evidence", "doc", "date"} <= set(edges[0])
    assert sorted(n["Label"] for n in nodes) == ["Ann Lee", "Bob Ray", "Cid Moe", "Dan Fox", "X"]
    by_id = {e["Id"]: e for e in edges}
    assert by_id["r3"]["Type"] == "Directed" and by_id["r1"]["Type"] == "Undirected"
    assert by_id["r4"]["modality"] == "negated" and by_id["r4"]["evidence"] == "Ann Lee n'a pas rencontré Dan Fox."
    kg.to_csv(tmp_path / "collapsed", collapsed=True)
    with open(tmp_path / "collapsed" / "edges.csv", encoding="utf-8", newline="") as f:
        weights = sorted(int(e["weight"]) for e in csv.DictReader(f))
    assert weights == [1, 1, 1, 2]


def test_csv_refuses_a_file_for_a_folder(tmp_path):
    (tmp_path / "f").write_text("x")
    with pytest.raises(tpg.GraphFormatError, match="folder"):
        small_graph().to_csv(tmp_path / "f")


@pytest.mark.model
def test_corpus_json_round_trip_and_gexf(kg, tmp_path):
    kg.save(tmp_path / "corpus.json")
    back = tpg.load(tmp_path / "corpus.json")
    assert back == kg
    assert back.report == kg.report
    assert nx.utils.graphs_equal(back.graph, kg.graph)
    kg.save(tmp_path / "again.json")
    assert (tmp_path / "corpus.json").read_bytes() == (tmp_path / "again.json").read_bytes()
    kg.to_gexf(tmp_path / "corpus.gexf")
    _, edges = _check_gexf(tmp_path / "corpus.gexf", kg)
    assert len(edges) == len(kg.relations)
    assert all(e.get("start") for e in edges)  # every corpus article is dated


def test_files_are_deterministic(tmp_path):
    for name in ("a", "b"):
        kg = small_graph()
        kg.to_gexf(tmp_path / f"{name}.gexf", collapsed=True)
        kg.to_graphml(tmp_path / f"{name}.graphml")
        kg.to_csv(tmp_path / name)
    assert (tmp_path / "a.gexf").read_bytes() == (tmp_path / "b.gexf").read_bytes()
    assert (tmp_path / "a.graphml").read_bytes() == (tmp_path / "b.graphml").read_bytes()
    assert (tmp_path / "a" / "edges.csv").read_bytes() == (tmp_path / "b" / "edges.csv").read_bytes()
