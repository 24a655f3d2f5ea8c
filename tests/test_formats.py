"""A folder mixing the files researchers already have (a Europresse export, a saved web page, a
CSV and a TSV export, a short French text, an English and a Spanish one), built through the real
pipeline: one document per article with its metadata, the relations of each format, the bad
records named and skipped. The fixtures are invented articles in ``tests/fixtures/formats``."""

from __future__ import annotations

import datetime as dt
import shutil
from pathlib import Path

import pytest

import techpolgraph as tpg
from techpolgraph.cli import main

FORMATS = Path(__file__).resolve().parent / "fixtures" / "formats"


@pytest.fixture(scope="module")
def mixed(tmp_path_factory, nlp):
    folder = tmp_path_factory.mktemp("mixed")
    shutil.copytree(FORMATS, folder, dirs_exist_ok=True)
    return folder, tpg.build(folder, nlp=nlp, progress=False)


def _pairs(kg, doc):
    return {(r.relation.value, kg.entities[r.source].label, kg.entities[r.target].label) for r in kg.relations_of(doc=doc)}


def test_every_format_gives_its_documents_and_skips_the_rest_by_name(mixed):
    _, kg = mixed
    assert sorted(kg.documents) == [
        "court.txt",
        "export_europresse.html:1",
        "export_europresse.html:2",
        "export_europresse.html:3",
        "export_europresse.html:5",
        "export_veille.csv:2",
        "export_veille.csv:5",
        "page_sauvegardee.html",
        "veille.tsv:2",
    ]
    reasons = {s.path: s.reason for s in kg.report.skipped}
    assert set(reasons) == {"english.txt", "espanol.txt", "export_europresse.html:4", "export_veille.csv:4"}
    assert reasons["english.txt"].startswith("the text does not look French: English (en) identified with confidence")
    assert reasons["espanol.txt"].startswith("the text does not look French: Spanish (es)")
    assert "no text" in reasons["export_europresse.html:4"] and "no text" in reasons["export_veille.csv:4"]


def test_metadata_of_each_format_reaches_the_graph(mixed):
    _, kg = mixed
    docs = kg.documents
    first = docs["export_europresse.html:1"]
    assert (first.source, first.date, first.title, first.author) == (
        "La Gazette du Numérique",
        dt.date(2024, 3, 12),
        "Clémence Roussel reçoit le patron de Vireo",
        "Paul Mercier",
    )
    assert first.url == "https://www.gazette-numerique.example/2024/03/12/roussel-weber"
    assert (docs["export_europresse.html:2"].source, docs["export_europresse.html:2"].date) == (
        "Le Courrier de l'Estuaire",
        dt.date(2024, 9, 5),
    )
    assert docs["export_europresse.html:3"].date == dt.date(2024, 12, 19)  # an English header
    assert docs["export_europresse.html:5"].date == dt.date(2025, 1, 14)  # from the document number
    page = docs["page_sauvegardee.html"]
    assert (page.source, page.date, page.author, page.url) == (
        "Le Fil Européen",
        dt.date(2025, 3, 4),
        "Camille Hervé",
        "https://www.fil-europeen.example/tech/vasseur-nowicki",
    )
    row = docs["export_veille.csv:2"]
    assert (row.source, row.date, row.title, row.url) == (
        "Le Journal du Léman",
        dt.date(2025, 2, 3),
        "Rencontre à Genève",
        "https://journal-leman.example/a/1",
    )
    assert (docs["veille.tsv:2"].source, docs["veille.tsv:2"].date) == ("Diário Digital", dt.date(2025, 1, 21))
    assert kg.report.undated == 1 and docs["court.txt"].date is None
    assert kg.report.summary().endswith(", 1 documents without a date")


def test_relations_are_found_in_every_format_with_their_evidence(mixed):
    _, kg = mixed
    assert ("met", "Clémence Roussel", "Anton Weber") in _pairs(kg, "export_europresse.html:1")
    assert ("met", "Marius Delcourt", "Ingrid Solberg") in _pairs(kg, "export_europresse.html:2")
    assert ("met", "Hélène Vasseur", "Tomasz Nowicki") in _pairs(kg, "page_sauvegardee.html")
    assert ("met", "Bastien Ferrand", "Yuki Tanaka") in _pairs(kg, "export_veille.csv:2")
    assert ("met", "Clémence Roussel", "Rui Carvalho") in _pairs(kg, "veille.tsv:2")
    assert ("met", "Lucas Perrot", "Naomi Adler") in _pairs(kg, "court.txt")
    roussel = kg.who_met("Clémence Roussel")
    assert {m.other.label for m in roussel} == {"Anton Weber", "Rui Carvalho"}
    for m in roussel:
        assert m.evidence.sentence.startswith(("Clémence Roussel a rencontré", "La commissaire Clémence Roussel"))
    page = [r for r in kg.relations_of(doc="page_sauvegardee.html")]
    assert page[0].evidence.start == 0 and page[0].date == dt.date(2025, 3, 4)


def test_cli_reads_a_table_by_the_text_column_it_is_given(tmp_path, capsys, nlp):
    folder = tmp_path / "veille"
    folder.mkdir()
    (folder / "export.csv").write_text(
        "jour,intitulé,corps_article\n"
        "2025-04-02,Visite,\"Hugo Lamarque a rencontré Selma Haddad à Marseille mardi, "
        "lors d'un salon consacré aux start-up de la santé.\"\n",
        encoding="utf-8",
    )
    out = tmp_path / "g.graphml"
    args = ["build", str(folder), "-o", str(out), "--no-progress", "--no-cache"]
    assert main(args) == 1
    assert "export.csv: no text column among jour, intitulé, corps_article" in capsys.readouterr().err
    assert main([*args, "--text-column", "corps_article"]) == 0
    summary = capsys.readouterr().out
    assert "1 documents read, 0 skipped" in summary and "1 documents without a date" in summary
    kg = tpg.load(out.with_suffix(".json"))
    assert ("met", "Hugo Lamarque", "Selma Haddad") in _pairs(kg, "export.csv:2")


@pytest.mark.parametrize(
    "value, expected",
    [("2019-12", "2019-12-01"), ("décembre 2019", "2019-12-01"), ("March 2024", "2024-03-01"), ("2019-05-03", "2019-05-03")],
)
def test_a_month_alone_is_read_as_its_first_day(value, expected):
    """Sources often date an article by its month only: it is kept, not skipped."""
    from techpolgraph.corpus.dates import parse_date

    assert parse_date(value).isoformat() == expected


@pytest.mark.parametrize("value", ["2019-13", "2019", "le 9"])
def test_other_dates_are_refused_with_the_value(value):
    from techpolgraph.corpus.dates import parse_date
    from techpolgraph.errors import DocumentError

    with pytest.raises(DocumentError, match=repr(value)):
        parse_date(value, "a.txt")
