"""One unit test or two per stage of the flow, on small inputs (no model unless needed)."""

from __future__ import annotations

import datetime as dt

import networkx as nx
import pytest
import spacy

from techpolgraph.cli import main
from techpolgraph.corpus import clean_text, make_document
from techpolgraph.data import read_lines, read_table
from techpolgraph.errors import DocumentError
from techpolgraph.models import Evidence, Modality, Relation, RelationType, stable_id
from techpolgraph.nlp.components import mark_line_breaks
from techpolgraph.relations.cues import CueTable
from techpolgraph.resolve.names import name_key


def test_cleaning_keeps_offsets_and_blanks_boilerplate():
    text = (
        "Download_on_the_App_Store_Badge_FR_RGB_blk_100517\n\n"
        "Titre de l'article\n\n"
        "© Jean Dupont/AFP\n\n"
        "Ratés techniquesL'entretien a commencé en retard.\n"
        "Lire aussi : Un autre sujet sans rapport\n"
        "About Author\n\nLaisser un commentaire\n"
    )
    cleaned, found = clean_text(text)
    assert len(cleaned) == len(text)
    for gone in ("Badge", "Jean Dupont", "Ratés techniques", "autre sujet", "About", "commentaire"):
        assert gone not in cleaned
    start = text.index("L'entretien")
    assert cleaned[start : start + 11] == "L'entretien"
    assert found["title"] == "Titre de l'article"


def test_a_document_with_nothing_but_boilerplate_is_refused_by_name():
    with pytest.raises(DocumentError, match="vide.txt"):
        make_document("Lire aussi : un autre article qui parle de tout autre chose\n", "vide.txt")


def test_data_files_are_readable_package_data():
    assert "M." in read_lines("titles.txt")
    kinds = {row[1] for row in read_table("organisations.tsv")}
    assert kinds <= {"organisation", "event", "location", "person"}
    assert {c.relation for c in CueTable.shipped().cues} >= {
        RelationType.MET,
        RelationType.CRITICISED,
        RelationType.BANNED,
        RelationType.ENDORSED,
    }


def test_line_breaks_start_sentences():
    nlp = spacy.blank("fr")
    doc = nlp.make_doc("Un titre sans point\nLe texte commence ici.")
    mark_line_breaks(doc)
    starts = [t.text for t in doc if t.is_sent_start]
    assert "Le" in starts


def test_stable_ids_do_not_depend_on_the_run():
    assert stable_id("a.txt", 3, "met") == stable_id("a.txt", 3, "met")
    assert stable_id("a.txt", 3, "met") != stable_id("a.txt", 4, "met")


def test_names_compare_without_titles_accents_or_case():
    assert name_key("M. Trump") == name_key("trump")
    assert name_key("Élysée") == name_key("elysee")


def test_relation_records_refuse_unknown_values():
    ev = Evidence(doc="a.txt", sentence="X a rencontré Y.", start=0, end=16)
    with pytest.raises(ValueError):
        Relation(id="r", source="a", target="b", relation="dated", modality="asserted", doc="a.txt", evidence=ev)
    r = Relation(id="r", source="a", target="b", relation="met", modality="negated", doc="a.txt", evidence=ev, date=dt.date(2020, 1, 1))
    assert r.modality is Modality.NEGATED and r.relation.symmetric


def test_the_two_cli_commands_build_and_answer(tmp_path, nlp, capsys):
    out = tmp_path / "corpus.graphml"
    assert main(["build", "corpus", "-o", str(out), "--no-progress"]) == 0
    summary = capsys.readouterr().out
    assert "5 documents read, 0 skipped" in summary
    g = nx.read_graphml(out)
    assert {d["kind"] for _, d in g.nodes(data=True)} >= {"person", "organisation"}
    assert main(["who-met", "Zuckerberg", "--graph", str(out)]) == 0
    answer = capsys.readouterr().out
    assert answer.startswith("Mark Zuckerberg met")
    assert "Donald Trump [asserted]" in answer and "Emmanuel Macron [asserted]" in answer


def test_cli_reports_a_missing_corpus_and_exits_non_zero(tmp_path, capsys):
    assert main(["build", str(tmp_path / "nowhere"), "-o", str(tmp_path / "g.graphml"), "--no-progress"]) == 1
    assert "nowhere" in capsys.readouterr().err


def test_unknown_name_is_a_clear_error(kg):
    from techpolgraph.errors import EntityNotFoundError

    with pytest.raises(EntityNotFoundError, match="Zukerberg"):
        kg.entity("Zukerberg")


def test_jsonl_records_and_bad_files_are_read_or_reported_by_name(tmp_path):
    from techpolgraph.corpus import read_corpus

    (tmp_path / "articles.jsonl").write_text(
        '{"text": "Emmanuel Macron a reçu Elon Musk à l\'Élysée lundi pour parler d\'intelligence artificielle.", '
        '"title": "Musk à l\'Élysée", "date": "2023-05-15", "source": "Exemple", "url": "https://example.org/1"}\n'
        "not json\n",
        encoding="utf-8",
    )
    (tmp_path / "empty.txt").write_bytes(b"")
    docs, skipped = read_corpus(tmp_path)
    assert [d.id for d in docs] == ["articles.jsonl:1"]
    assert docs[0].date == dt.date(2023, 5, 15) and docs[0].title == "Musk à l'Élysée"
    assert {s.path for s in skipped} == {"articles.jsonl:2", "empty.txt"}
    assert any("empty" in s.reason for s in skipped)
