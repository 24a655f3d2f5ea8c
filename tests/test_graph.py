"""Queries of the knowledge graph: relations, neighbours, path, timeline, tables."""

from __future__ import annotations

import datetime as dt

import pytest

import techpolgraph as tpg
from techpolgraph.graph.queries import Records, collapse
from techpolgraph.models import Alias, Entity, Evidence, Modality, Neighbour, Relation, RelationPath, RelationType, TimelineEntry


def _entity(id: str, label: str, kind: str = "person", *aliases: str) -> Entity:
    return Entity(id=id, label=label, kind=kind, aliases=tuple(Alias(text=a, count=1, docs=("a.txt",)) for a in (label, *aliases)))


def _rel(id: str, s: str, t: str, rel: str, doc: str, date: str | None, sentence: str, modality: str = "asserted") -> Relation:
    return Relation(
        id=id,
        source=s,
        target=t,
        relation=rel,
        modality=modality,
        doc=doc,
        evidence=Evidence(doc=doc, sentence=sentence, start=0, end=len(sentence)),
        date=date,
    )


def small_graph() -> tpg.KnowledgeGraph:
    """Four people and a platform; a chain A - B - C, a negated meeting A - D, a ban."""
    entities = [
        _entity("p:ann", "Ann Lee", "person", "Lee"),
        _entity("p:bob", "Bob Ray", "person", "Ray"),
        _entity("p:cid", "Cid Moe", "person", "Moe"),
        _entity("p:dan", "Dan Fox", "person", "Fox"),
        _entity("o:x", "X", "organisation"),
    ]
    relations = [
        _rel("r1", "p:ann", "p:bob", "met", "a.txt", "2017-05-15", "Ann Lee a rencontré Bob Ray."),
        _rel("r2", "p:bob", "p:ann", "met", "b.txt", "2020-01-02", "Bob Ray a dîné avec Ann Lee."),
        _rel("r3", "p:bob", "p:cid", "criticised", "b.txt", "2020-01-02", "Bob Ray a critiqué Cid Moe."),
        _rel("r4", "p:ann", "p:dan", "met", "c.txt", "2024-08-13", "Ann Lee n'a pas rencontré Dan Fox.", "negated"),
        _rel("r5", "o:x", "p:cid", "banned", "c.txt", "2024-08-13", "X a banni Cid Moe."),
    ]
    return tpg.KnowledgeGraph(entities, relations)


def test_relations_filters_and_alias_of_relations_of():
    kg = small_graph()
    assert [r.id for r in kg.relations(relation="met", source="Lee")] == ["r1", "r2", "r4"]
    assert [r.id for r in kg.relations(relation="met", source="Lee", modality="asserted")] == ["r1", "r2"]
    assert [r.id for r in kg.relations(relation="criticised", target="Moe")] == ["r3"]
    assert [r.id for r in kg.relations(relation="criticised", source="Moe")] == []  # direction holds
    assert sorted(r.id for r in kg.relations(doc="c.txt")) == ["r4", "r5"]
    assert kg.relations_of(relation="met", source="Lee") == kg.relations(relation="met", source="Lee")
    assert kg.relations["r3"].target == "p:cid"  # still the dict of relations by id
    with pytest.raises(tpg.EntityNotFoundError, match="Nobody"):
        kg.relations(source="Nobody")


def test_neighbours_group_by_entity_relation_and_direction():
    kg = small_graph()
    got = kg.neighbours("Bob Ray")
    assert all(isinstance(n, Neighbour) for n in got)
    assert [(n.entity.label, n.relation.value, n.direction, n.count) for n in got] == [
        ("Ann Lee", "met", "both", 2),
        ("Cid Moe", "criticised", "out", 1),
    ]
    assert got[0].docs == ("a.txt", "b.txt")
    assert [(n.entity.label, n.direction) for n in kg.neighbours("Cid Moe", relation="banned")] == [("X", "in")]


def test_path_is_the_shortest_chain_with_evidence_of_each_step():
    kg = small_graph()
    p = kg.path("Ann Lee", "Cid Moe")
    assert isinstance(p, RelationPath)
    assert [e.label for e in p.entities] == ["Ann Lee", "Bob Ray", "Cid Moe"]
    assert len(p) == 2
    assert [s.sentence for s in p.steps[0].evidence] == ["Ann Lee a rencontré Bob Ray.", "Bob Ray a dîné avec Ann Lee."]
    assert [r.relation for r in p.steps[1].relations] == [RelationType.CRITICISED]
    # a negated meeting is no link, unless asked for
    assert kg.path("Ann Lee", "Dan Fox") is None
    assert [e.label for e in kg.path("Ann Lee", "Dan Fox", modality=None).entities] == ["Ann Lee", "Dan Fox"]


def test_timeline_in_date_order_with_role():
    kg = small_graph()
    t = kg.timeline("Bob Ray")
    assert all(isinstance(x, TimelineEntry) for x in t)
    assert [(x.date, x.relation.value, x.role, x.other.label) for x in t] == [
        (dt.date(2017, 5, 15), "met", "both", "Ann Lee"),
        (dt.date(2020, 1, 2), "met", "both", "Ann Lee"),
        (dt.date(2020, 1, 2), "criticised", "source", "Cid Moe"),
    ]
    assert [x.relation_id for x in kg.timeline("Moe", since=dt.date(2021, 1, 1))] == ["r5"]
    assert [x.role for x in kg.timeline("Moe", until="2021-01-01")] == ["target"]


def test_who_met_dates_as_iso_strings_or_dates():
    kg = small_graph()
    assert [m.other.label for m in kg.who_met("Ann Lee", since="2018-01-01", modality="asserted")] == ["Bob Ray"]
    assert [m.doc for m in kg.who_met("Ann Lee", until=dt.date(2018, 1, 1))] == ["a.txt"]


def test_frames_on_request():
    kg = small_graph()
    got = kg.who_met("Ann Lee")
    assert isinstance(got, Records)
    frame = got.to_frame()
    assert list(frame["other"]) == ["Bob Ray", "Bob Ray", "Dan Fox"]
    assert list(frame["modality"]) == ["asserted", "asserted", "negated"]
    assert frame.equals(kg.who_met("Ann Lee", as_frame=True))
    rel = kg.relations(relation="met", as_frame=True)
    assert list(rel["id"]) == ["r1", "r2", "r4"]
    assert list(rel["source_label"]) == ["Ann Lee", "Bob Ray", "Ann Lee"]
    assert list(rel["target_label"]) == ["Bob Ray", "Ann Lee", "Dan Fox"]
    table = kg.to_frame()
    assert set(table["source_label"]) == {"Ann Lee", "Bob Ray", "X"}
    assert len(kg.to_frame("entities")) == 5
    assert list(kg.neighbours("Bob Ray", as_frame=True)["entity"]) == ["Ann Lee", "Cid Moe"]
    assert list(kg.timeline("Cid Moe", as_frame=True)["other"]) == ["Bob Ray", "X"]


def test_collapse_counts_sentences_per_pair_relation_and_modality():
    links = collapse(small_graph())
    met = [link for link in links if link.relation is RelationType.MET]
    assert [(link.source, link.target, link.modality, link.weight) for link in met] == [
        ("p:ann", "p:bob", Modality.ASSERTED, 2),
        ("p:ann", "p:dan", Modality.NEGATED, 1),
    ]
    assert met[0].evidence == ("Ann Lee a rencontré Bob Ray.", "Bob Ray a dîné avec Ann Lee.")


@pytest.mark.model
def test_corpus_queries(kg):
    p = kg.path("Emmanuel Macron", "Donald Trump")
    assert p is not None
    assert [e.label for e in p.entities] == ["Emmanuel Macron", "Mark Zuckerberg", "Donald Trump"]
    for step in p.steps:
        assert step.evidence and all(e.sentence for e in step.evidence)
    neighbours = {(n.entity.label, n.relation.value) for n in kg.neighbours("Zuckerberg")}
    assert {("Donald Trump", "met"), ("Emmanuel Macron", "met")} <= neighbours
    dates = [t.date for t in kg.timeline("Trump") if t.date]
    assert dates and dates == sorted(dates)
    assert all(r.relation is RelationType.CRITICISED for r in kg.relations(relation="criticised"))


def test_draw_shows_linked_entities_coloured_by_kind(tmp_path):
    import matplotlib

    matplotlib.use("Agg")
    from techpolgraph.graph.draw import positions
    from techpolgraph.graph.queries import colour

    kg = small_graph()
    assert sorted(positions(kg)) == ["o:x", "p:ann", "p:bob", "p:cid", "p:dan"]
    ax = kg.draw()
    labels = sorted(t.get_text() for t in ax.texts)
    assert labels == ["Ann Lee", "Bob Ray", "Cid Moe", "Dan Fox", "X"]
    legend = [t.get_text() for t in ax.get_legend().get_texts()]
    assert legend == ["person", "organisation", "met", "criticised", "banned", "negated / uncertain"]
    faces = {matplotlib.colors.to_hex(c.get_facecolor()[0]) for c in ax.collections}
    assert faces == {colour("kind", "person"), colour("kind", "organisation")}
    kg.to_png(tmp_path / "a.png")
    kg.to_png(tmp_path / "b.png")
    assert (tmp_path / "a.png").read_bytes() == (tmp_path / "b.png").read_bytes()


def test_a_first_name_and_surname_find_the_one_person_named_with_a_patronymic():
    kg = tpg.KnowledgeGraph(
        [_entity("p:ivan", "Ivan Petrovitch Sokolov"), _entity("p:olga", "Olga Sokolov"), _entity("p:ana", "Ana Maria Lopez"), _entity("p:ana2", "Ana Luisa Lopez")],
        [_rel("r1", "p:ivan", "p:olga", "met", "a.txt", "2001-03-02", "Ivan Petrovitch Sokolov a reçu Olga Sokolov.")],
    )
    assert kg.entity("Ivan Sokolov").id == "p:ivan"  # « Ivan Sokolov »: the one with a patronymic between
    assert [r.id for r in kg.relations(source="Ivan Sokolov")] == ["r1"]
    with pytest.raises(tpg.EntityNotFoundError):
        kg.entity("Ana Lopez")  # two people fit: no guess
