"""The whole path on corpus/ with the real model: the edges a user asks for first."""

from __future__ import annotations

import networkx as nx
import pytest

import techpolgraph as tpg
from techpolgraph.models import Modality, RelationType

from .conftest import CORPUS

MET = [
    ("Mark Zuckerberg", "Donald Trump"),
    ("Elon Musk", "Donald Trump"),
    ("Emmanuel Macron", "Mark Zuckerberg"),
]


@pytest.mark.parametrize("a, b", MET)
def test_corpus_has_asserted_meeting(kg, a, b):
    meetings = [m for m in kg.who_met(a) if m.other.label == b and m.modality is Modality.ASSERTED]
    assert meetings, f"no asserted meeting of {a} and {b}"
    for m in meetings:
        assert m.evidence.sentence
        assert m.doc in kg.documents


def test_zuckerberg_is_one_node(kg):
    assert kg.entity("Zuckerberg").id == kg.entity("Mark Zuckerberg").id
    assert kg.entity("Zuckerberg").label == "Mark Zuckerberg"
    assert sum(1 for e in kg.entities.values() if "zuckerberg" in e.label.lower()) == 1


def test_every_evidence_stands_verbatim_in_its_document(kg):
    assert kg.relations
    for r in kg.relations.values():
        text = (CORPUS / r.doc).read_text(encoding="utf-8")
        assert text[r.evidence.start : r.evidence.end] == r.evidence.sentence, r.id


def test_every_edge_carries_what_spec_asks(kg):
    for u, v, key, data in kg.graph.edges(keys=True, data=True):
        assert data["relation"] in {t.value for t in RelationType}
        assert data["modality"] in {m.value for m in Modality}
        assert data["doc"] and data["evidence"] and data["date"]
        assert u in kg.graph and v in kg.graph and u != v


def test_graph_is_a_networkx_multidigraph(kg):
    assert isinstance(kg.graph, nx.MultiDiGraph)
    assert kg.graph.number_of_nodes() == len(kg.entities)
    assert kg.graph.number_of_edges() == len(kg.relations)


def test_who_met_answers_with_typed_records(kg):
    meetings = kg.who_met("Zuckerberg")
    assert all(isinstance(m, tpg.Meeting) for m in meetings)
    assert {m.other.kind.value for m in meetings} == {"person"}


def test_build_report_counts_documents(kg):
    assert kg.report.documents == 5
    assert kg.report.skipped == ()
    assert kg.report.entities == len(kg.entities)
