"""Scoring a graph against a gold file: the matching rules on a small graph, the format errors,
the command line, and the graph of corpus/ against its hand-checked gold file."""

from __future__ import annotations

import json
from pathlib import Path

import pytest

import techpolgraph as tpg
from techpolgraph.cli import main
from techpolgraph.errors import GoldFormatError
from techpolgraph.evaluate import read_gold
from techpolgraph.graph import KnowledgeGraph
from techpolgraph.models import Alias, Entity, EntityKind, Evidence, Modality, Relation, RelationType

ROOT = Path(__file__).resolve().parents[1]
GOLD = ROOT / "tests" / "expected" / "corpus_relations.json"

SENTENCE = "Selon Stephen Miller, Zuckerberg a dîné avec Trump."
OTHER = "Elon Musk a officiellement soutenu Donald\u00a0Trump."


def _entity(id: str, label: str, *aliases: str) -> Entity:
    return Entity(
        id=id,
        label=label,
        kind=EntityKind.PERSON,
        aliases=tuple(Alias(text=a, count=1, docs=("a.txt",)) for a in (label, *aliases)),
    )


def _relation(id: str, source: str, target: str, relation: str, modality: str, doc: str, sentence: str) -> Relation:
    return Relation(
        id=id,
        source=source,
        target=target,
        relation=RelationType(relation),
        modality=Modality(modality),
        doc=doc,
        evidence=Evidence(doc=doc, sentence=sentence, start=0, end=len(sentence)),
    )


@pytest.fixture
def small_kg() -> KnowledgeGraph:
    entities = [
        _entity("zuck", "Mark Zuckerberg", "Zuckerberg", "le patron de Facebook"),
        _entity("trump", "Donald Trump", "Trump"),
        _entity("musk", "Elon Musk", "Musk"),
    ]
    relations = [
        _relation("r1", "trump", "zuck", "met", "asserted", "a.txt", SENTENCE),  # met: either way round
        _relation("r2", "musk", "trump", "endorsed", "asserted", "b.txt", OTHER),  # nbsp in the sentence
        _relation("r3", "trump", "musk", "endorsed", "asserted", "b.txt", OTHER),  # wrong direction
        _relation("r4", "musk", "trump", "met", "uncertain", "b.txt", OTHER),  # wrong modality
        _relation("r5", "musk", "trump", "met", "asserted", "c.txt", OTHER),  # a document the gold does not name
    ]
    return KnowledgeGraph(entities, relations)


def _write(tmp_path: Path, items: object, name: str = "gold.json") -> Path:
    path = tmp_path / name
    path.write_text(json.dumps(items, ensure_ascii=False), encoding="utf-8")
    return path


GOLD_ITEMS = [
    {"doc": "a.txt", "source": "le patron de Facebook", "target": "Trump", "relation": "met", "modality": "asserted",
     "evidence": "Zuckerberg a dîné avec Trump"},
    {"doc": "b.txt", "source": "Musk", "target": "Donald Trump", "relation": "endorsed", "modality": "asserted",
     "evidence": "officiellement soutenu Donald Trump"},
    {"doc": "b.txt", "source": "Musk", "target": "Trump", "relation": "met", "modality": "asserted",
     "evidence": "Elon Musk a officiellement", "note": "a miss"},
    {"doc": "a.txt", "source": "Zuckerberg", "target": "Trump", "relation": "banned", "modality": "asserted",
     "evidence": "dîné"},
]


def test_scores_follow_the_matching_rules(small_kg, tmp_path):
    result = tpg.evaluate(_write(tmp_path, GOLD_ITEMS), small_kg)
    met = result.score("met")
    assert (met.gold, met.predicted, met.correct, met.found) == (2, 2, 1, 1)
    endorsed = result.score(RelationType.ENDORSED)
    assert (endorsed.gold, endorsed.predicted, endorsed.correct, endorsed.found) == (1, 2, 1, 1)
    assert result.score("banned").recall == 0.0
    assert result.overall.precision == pytest.approx(2 / 4)
    assert result.overall.recall == pytest.approx(2 / 4)
    assert result.overall.f1 == pytest.approx(0.5)
    assert sorted(r.id for r in result.false_positives) == ["r3", "r4"]
    assert [(g.relation.value, g.doc) for g in result.misses] == [("met", "b.txt"), ("banned", "a.txt")]


def test_report_lists_scores_false_positives_and_misses(small_kg, tmp_path):
    text = tpg.evaluate(_write(tmp_path, GOLD_ITEMS), small_kg).report()
    assert "overall" in text and "precision" in text
    assert "False positives (2, traps included):" in text and "Donald Trump -> Elon Musk" in text
    assert "Misses (2):" in text and "« Elon Musk a officiellement »" in text


def test_tense_and_attribution_disagreements_are_listed(small_kg, tmp_path):
    items = [{**GOLD_ITEMS[0], "tense": "past", "attributed_to": "Stephen Miller"}]
    result = tpg.evaluate(_write(tmp_path, items), small_kg)
    assert result.overall.found == 1  # still found: tense and attribution are not scored
    assert len(result.disagreements) == 1
    assert "tense none, gold past" in result.disagreements[0]
    assert "attributed to nobody, gold Stephen Miller" in result.disagreements[0]
    assert "another tense or attribution (1)" in result.report()


def test_relations_argument_narrows_the_scoring(small_kg, tmp_path):
    result = tpg.evaluate(_write(tmp_path, GOLD_ITEMS), small_kg, relations=("met",))
    assert [s.relation for s in result.scores] == ["met"]
    assert result.overall.gold == 2


BAD = [
    ("{not json", "not valid JSON"),
    ('{"doc": "a.txt"}', "must be a JSON list"),
    ("[]", "lists no relation"),
    ('["met"]', "item 1 must be an object"),
    (json.dumps([{**GOLD_ITEMS[0], "relation": "kissed"}]), "item 1 (a.txt): relation"),
    (json.dumps([{**GOLD_ITEMS[0], "modality": "sure"}]), "item 1 (a.txt): modality"),
    (json.dumps([GOLD_ITEMS[1], {k: v for k, v in GOLD_ITEMS[0].items() if k != "evidence"}]), "item 2 (a.txt): evidence: Field required"),
    (json.dumps([{**GOLD_ITEMS[0], "evidence": ""}]), "item 1 (a.txt): evidence"),
    (json.dumps([{**GOLD_ITEMS[0], "evidense": "x"}]), "evidense: Extra inputs are not permitted"),
]


@pytest.mark.parametrize("content, problem", BAD)
def test_malformed_gold_names_file_and_problem(tmp_path, content, problem):
    path = tmp_path / "gold.json"
    path.write_text(content, encoding="utf-8")
    with pytest.raises(GoldFormatError) as err:
        read_gold(path)
    assert str(path) in str(err.value) and problem in str(err.value)


def test_missing_gold_file(tmp_path):
    with pytest.raises(GoldFormatError, match="no such gold file"):
        read_gold(tmp_path / "nope.json")


def test_corpus_gold_file_is_well_formed_and_quotes_its_articles():
    gold = read_gold(GOLD)
    assert len(gold) >= 30
    for g in gold:
        text = " ".join((ROOT / "corpus" / g.doc).read_text(encoding="utf-8").replace("’", "'").split())
        assert " ".join(g.evidence.replace("’", "'").split()) in text, g.evidence


def test_cli_evaluate_prints_scores(small_kg, tmp_path, capsys):
    graph = tmp_path / "g.json"
    small_kg.to_json(graph)
    assert main(["evaluate", str(_write(tmp_path, GOLD_ITEMS)), "--graph", str(graph)]) == 0
    out = capsys.readouterr().out
    assert "endorsed" in out and "overall" in out and "Misses (2):" in out


def test_cli_evaluate_reports_malformed_gold(small_kg, tmp_path, capsys):
    graph = tmp_path / "g.json"
    small_kg.to_json(graph)
    assert main(["evaluate", str(_write(tmp_path, [])), "--graph", str(graph)]) == 1
    assert "lists no relation" in capsys.readouterr().err


# -- the graph of corpus/ against its hand-checked gold file ---------------------------------

#: Measured on corpus/: precision 1.00, recall 0.65 (26 of 40). The floors leave a little room
#: for changes of the earlier stages without letting wrong edges in.
PRECISION_FLOOR = 0.9
RECALL_FLOOR = 0.55

KEY_EDGES = [
    ("met", "Mark Zuckerberg", "Donald Trump", "s'est entretenu plusieurs fois avec Donald Trump"),
    ("met", "Mark Zuckerberg", "Donald Trump", "avait dîné avec Trump"),
    ("met", "Mark Zuckerberg", "Emmanuel Macron", "pour s'entretenir avec le leader français"),
    ("met", "Dara Khosrowshahi", "Emmanuel Macron", "pour s'entretenir avec le leader français"),
    ("met", "Ginni Rometty", "Emmanuel Macron", "pour s'entretenir avec le leader français"),
    ("met", "Donald Trump", "Elon Musk", "conversation publique entre Trump et Musk"),
    ("criticised", "Donald Trump", "Mark Zuckerberg", "Trump accuse encore Zuckerberg"),
    ("endorsed", "Elon Musk", "Donald Trump", "Elon Musk a officiellement soutenu Donald Trump"),
    ("endorsed", "Mark Zuckerberg", "Peter Thiel", "avait pris la défense de Peter Thiel"),
]


@pytest.fixture(scope="module")
def corpus_result(kg):
    return tpg.evaluate(GOLD, kg)


@pytest.mark.model
def test_corpus_precision_and_recall(corpus_result):
    assert corpus_result.overall.predicted > 0
    assert corpus_result.overall.precision >= PRECISION_FLOOR, corpus_result.report()
    assert corpus_result.overall.recall >= RECALL_FLOOR, corpus_result.report()
    assert corpus_result.score("met").precision >= PRECISION_FLOOR, corpus_result.report()


@pytest.mark.model
@pytest.mark.parametrize("relation, source, target, evidence", KEY_EDGES)
def test_corpus_key_edges_are_found(corpus_result, relation, source, target, evidence):
    missed = [
        g for g in corpus_result.misses
        if (g.relation.value, g.source, g.target) == (relation, source, target) and evidence in g.evidence
    ]
    gold = [g for g in read_gold(GOLD) if (g.relation.value, g.source, g.target) == (relation, source, target) and evidence in g.evidence]
    assert gold, "the key edge is in the gold file"
    assert not missed, corpus_result.report()


def test_a_gold_role_matches_its_holder_on_the_day(tmp_path):
    """The gold keeps a role the text leaves unnamed (« Premier ministre »); the graph gives the
    « vous » that calls on it to the one who held it that day by the role table: the same party;
    not on a day someone else held it, nor for a role without one holder (« ministre »)."""
    import datetime as dt

    sentence = "Monsieur le Premier ministre, je vous félicite."
    entities = [_entity("martin", "Paul Martin"), _entity("castex", "Jean Castex")]
    edge = _relation("r1", "martin", "castex", "endorsed", "asserted", "d.txt", sentence).model_copy(
        update={"source_text": "je", "target_text": "vous", "date": dt.date(2021, 3, 3)}
    )
    by_role = {"doc": "d.txt", "source": "Paul Martin", "target": "Premier ministre", "relation": "endorsed",
               "modality": "asserted", "evidence": "je vous félicite"}
    assert tpg.evaluate(_write(tmp_path, [by_role]), KnowledgeGraph(entities, [edge])).overall.found == 1
    earlier = edge.model_copy(update={"date": dt.date(2019, 3, 3)})
    assert tpg.evaluate(_write(tmp_path, [by_role]), KnowledgeGraph(entities, [earlier])).overall.found == 0
    bare = {**by_role, "target": "ministre"}
    assert tpg.evaluate(_write(tmp_path, [bare]), KnowledgeGraph(entities, [edge])).overall.found == 0


def test_a_gold_party_named_by_the_words_of_the_mention_matches(tmp_path):
    """The gold keeps a role the text leaves unnamed (« ministre des armées »); the graph gives it
    to the role's holder, and the edge keeps the mention's words: the same party."""
    sentence = "Mme la ministre des armées a reçu M. Paul Martin ce matin."
    entities = [_entity("parly", "Jeanne Morel"), _entity("martin", "Paul Martin")]
    edge = _relation("r1", "parly", "martin", "met", "asserted", "d.txt", sentence).model_copy(
        update={"source_text": "la ministre des armées", "target_text": "Paul Martin"}
    )
    kg = KnowledgeGraph(entities, [edge])
    by_role = {"doc": "d.txt", "source": "ministre des armées", "target": "Paul Martin", "relation": "met",
               "modality": "asserted", "evidence": "a reçu M. Paul Martin"}
    assert tpg.evaluate(_write(tmp_path, [by_role]), kg).overall.found == 1
    other_role = {**by_role, "source": "ministre de la justice"}
    result = tpg.evaluate(_write(tmp_path, [other_role]), kg)
    assert result.overall.found == 0 and [r.id for r in result.false_positives] == ["r1"]


def test_a_gold_name_with_its_titles_and_role_matches_the_person(tmp_path):
    """The gold names a party with the titles and the role the text gives it (« Mme la ministre
    Jeanne Morel », « général Paul Martin »): the person named so, and no one else."""
    sentence = "Mme la ministre Jeanne Morel a reçu le général Paul Martin."
    entities = [_entity("morel", "Jeanne Morel"), _entity("martin", "Paul Martin")]
    edge = _relation("r1", "morel", "martin", "met", "asserted", "d.txt", sentence)
    kg = KnowledgeGraph(entities, [edge])
    titled = {"doc": "d.txt", "source": "Mme la ministre Jeanne Morel", "target": "général Paul Martin", "relation": "met",
              "modality": "asserted", "evidence": "a reçu le général Paul Martin"}
    assert tpg.evaluate(_write(tmp_path, [titled]), kg).overall.found == 1
    other = {**titled, "target": "général Luc Bernard"}
    assert tpg.evaluate(_write(tmp_path, [other]), kg).overall.found == 0


def test_a_gold_name_is_read_in_its_own_document(tmp_path):
    """« La commission » is one committee in one record and another in the next: a gold name
    names the entity seen under it (or its last word) in the gold's document, not the one seen
    so elsewhere."""
    def committee(id: str, label: str, doc: str, *said: str) -> Entity:
        return Entity(id=id, label=label, kind=EntityKind.ORGANISATION,
                      aliases=tuple(Alias(text=a, count=1, docs=(doc,)) for a in (label, *said)))

    laws = committee("lois", "Commission des lois", "a.txt", "Commission")
    finances = committee("finances", "Commission des finances", "b.txt", "La commission")
    guest = _entity("martin", "Paul Martin")
    sentence = "La Commission procède à l'audition de M. Paul Martin."
    edge = _relation("r1", "lois", "martin", "met", "asserted", "a.txt", sentence)
    kg = KnowledgeGraph([laws, finances, guest], [edge])
    gold = {"doc": "a.txt", "source": "La Commission", "target": "Paul Martin", "relation": "met",
            "modality": "asserted", "evidence": "procède à l'audition de M. Paul Martin"}
    assert tpg.evaluate(_write(tmp_path, [gold]), kg).overall.found == 1
    elsewhere = edge.model_copy(update={"source": "finances"})
    assert tpg.evaluate(_write(tmp_path, [gold]), KnowledgeGraph([laws, finances, guest], [elsewhere])).overall.found == 0


def test_a_gold_name_in_another_spelling_of_the_same_person_matches(tmp_path):
    """The gold spells a name otherwise than the graph: as the shipped list of people does
    (« Bachar al-Assad » for the node « Bachar el-Assad »), or with a German umlaut where the text
    writes it out (« Gerd Müller », the text's « Gerd Mueller »). Another surname does not match."""
    sentence = "Bachar el-Assad a reçu Gerd Mueller à Damas."
    entities = [_entity("assad", "Bachar el-Assad"), _entity("mueller", "Gerd Mueller")]
    edge = _relation("r1", "assad", "mueller", "met", "asserted", "a.txt", sentence)
    kg = KnowledgeGraph(entities, [edge])
    gold = {"doc": "a.txt", "source": "Bachar al-Assad", "target": "Gerd Müller", "relation": "met",
            "modality": "asserted", "evidence": "a reçu Gerd Mueller"}
    assert tpg.evaluate(_write(tmp_path, [gold]), kg).overall.found == 1
    other = {**gold, "target": "Gerd Miller"}
    assert tpg.evaluate(_write(tmp_path, [other]), kg).overall.found == 0
