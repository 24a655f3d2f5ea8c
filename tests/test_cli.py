"""The command line: relations and export mirror the Python API; --help a new user can follow."""

from __future__ import annotations

import csv
import xml.etree.ElementTree as ET

import networkx as nx
import pytest

import techpolgraph as tpg
from techpolgraph.cli import main

from .test_graph import small_graph


@pytest.fixture()
def graph_file(tmp_path):
    path = tmp_path / "g.json"
    small_graph().save(path)
    return path


def test_help_lists_every_command(capsys):
    with pytest.raises(SystemExit) as exit:
        main(["--help"])
    assert exit.value.code == 0
    out = capsys.readouterr().out
    for command in ("build", "who-met", "relations", "path", "timeline", "export", "explain", "evaluate"):
        assert command in out


@pytest.mark.parametrize("command", ["relations", "export"])
def test_command_help_describes_options(command, capsys):
    with pytest.raises(SystemExit):
        main([command, "--help"])
    out = capsys.readouterr().out
    assert "--graph" in out and "Example" in out


def test_relations_prints_evidence(graph_file, capsys):
    assert main(["relations", "--graph", str(graph_file), "--relation", "criticised", "--source", "Ray"]) == 0
    out = capsys.readouterr().out
    assert out.splitlines()[0] == "1 relations:"
    assert "Bob Ray -criticised-> Cid Moe [asserted] b.txt (2020-01-02)" in out
    assert "« Bob Ray a critiqué Cid Moe. »" in out


def test_relations_modality_filter(graph_file, capsys):
    assert main(["relations", "-g", str(graph_file), "--relation", "met", "--modality", "negated"]) == 0
    out = capsys.readouterr().out
    assert "Ann Lee -met-- Dan Fox [negated] c.txt" in out and "Bob Ray" not in out


def test_relations_unknown_name_is_one_line_error(graph_file, capsys):
    assert main(["relations", "-g", str(graph_file), "--source", "Nobody Here"]) == 1
    err = capsys.readouterr().err
    assert err.startswith("techpolgraph: error:") and "Nobody Here" in err


def test_export_each_format(graph_file, tmp_path, capsys):
    out = tmp_path / "out"
    assert main(["export", "-g", str(graph_file), "-o", str(out / "g.graphml")]) == 0
    assert nx.read_graphml(out / "g.graphml", force_multigraph=True).number_of_edges() == 5
    assert main(["export", "-g", str(graph_file), "-o", str(out / "g.gexf"), "--collapsed"]) == 0
    root = ET.parse(out / "g.gexf").getroot()
    assert len(root.findall(".//{http://gexf.net/1.3}edge")) == 4
    assert main(["export", "-g", str(graph_file), "--format", "csv", "-o", str(out / "gephi")]) == 0
    with open(out / "gephi" / "edges.csv", encoding="utf-8", newline="") as f:
        assert len(list(csv.DictReader(f))) == 5
    assert main(["export", "-g", str(graph_file), "-o", str(out / "copy.json")]) == 0
    assert tpg.load(out / "copy.json") == small_graph()
    assert main(["export", "-g", str(graph_file), "-o", str(out / "g.html")]) == 0
    assert "Ann Lee a rencontré Bob Ray." in (out / "g.html").read_text(encoding="utf-8")
    assert "wrote" in capsys.readouterr().out


def test_export_png(graph_file, tmp_path):
    assert main(["export", "-g", str(graph_file), "-o", str(tmp_path / "g.png")]) == 0
    assert (tmp_path / "g.png").read_bytes()[:8] == b"\x89PNG\r\n\x1a\n"


def test_export_unknown_suffix_asks_for_format(graph_file, tmp_path, capsys):
    assert main(["export", "-g", str(graph_file), "-o", str(tmp_path / "g.xyz")]) == 1
    assert "--format" in capsys.readouterr().err


@pytest.mark.model
def test_build_then_query_and_export_the_corpus(nlp, tmp_path, capsys):
    from .conftest import CORPUS

    out = tmp_path / "corpus.graphml"
    assert main(["build", str(CORPUS), "-o", str(out), "--no-progress"]) == 0
    assert out.exists() and out.with_suffix(".json").exists()
    capsys.readouterr()
    assert main(["who-met", "Zuckerberg", "--graph", str(out)]) == 0
    assert "Donald Trump [asserted]" in capsys.readouterr().out
    assert main(["relations", "--graph", str(out), "--relation", "met", "--source", "Macron"]) == 0
    assert "Emmanuel Macron" in capsys.readouterr().out
    assert main(["export", "--graph", str(out), "-o", str(tmp_path / "corpus.gexf")]) == 0
    assert ET.parse(tmp_path / "corpus.gexf").getroot().get("version") == "1.3"


def test_path_prints_the_chain_and_each_step_evidence(graph_file, capsys):
    assert main(["path", "Lee", "Moe", "--graph", str(graph_file)]) == 0
    out = capsys.readouterr().out
    assert out.splitlines()[0] == "Ann Lee -> Bob Ray -> Cid Moe (2 steps)"
    assert "« Bob Ray a critiqué Cid Moe. »" in out


def test_path_counts_a_negated_meeting_only_when_asked(graph_file, capsys):
    assert main(["path", "Ann Lee", "Dan Fox", "-g", str(graph_file)]) == 0
    assert capsys.readouterr().out.strip() == "no chain of relations links Ann Lee and Dan Fox"
    assert main(["path", "Ann Lee", "Dan Fox", "-g", str(graph_file), "--any-modality"]) == 0
    assert "Ann Lee -met-- Dan Fox [negated] c.txt" in capsys.readouterr().out


def test_timeline_lists_relations_in_date_order(graph_file, capsys):
    assert main(["timeline", "Ray", "-g", str(graph_file), "--since", "2018-01-01"]) == 0
    out = capsys.readouterr().out
    lines = [line for line in out.splitlines() if line.startswith("- ")]
    assert out.splitlines()[0] == "Bob Ray: 2 relations"
    assert all("b.txt (2020-01-02)" in line for line in lines) and "a.txt" not in out
    assert any(line.startswith("- criticised (source) Cid Moe [asserted]") for line in lines)
