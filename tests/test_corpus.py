"""Reading a corpus: what is accepted, converted, skipped, and with which reason (no model)."""

from __future__ import annotations

import warnings
from pathlib import Path

import pytest

import techpolgraph as tpg

from techpolgraph.corpus import (
    LegacyEncodingWarning,
    find_date,
    identify_language,
    iter_corpus,
    looks_like_html,
    make_document,
    read_corpus,
    read_document,
    plain_spaces,
    sanitise,
)
from techpolgraph.errors import CorpusError, DocumentError
from techpolgraph.models import Document, SkippedDocument

ROOT = Path(__file__).resolve().parents[1]
SEED = ROOT / "corpus" / "000_90efcad6ab2961ec.txt"

ENGLISH = (
    "Mark Zuckerberg met with President Donald Trump at Mar-a-Lago on Wednesday night, the latest tech "
    "leader to visit the president-elect. The dinner came as Meta tries to repair its relationship with "
    "the incoming administration, after years of tension over content moderation and the suspension of "
    "the accounts of the president following the riot at the Capitol in January."
)


def test_seed_articles_read_as_french():
    for path in sorted((ROOT / "corpus").glob("*.txt")):
        code, name, score = identify_language(path.read_text(encoding="utf-8"))
        assert (code, name) == ("fr", "French") and score > 0.9, path.name


def test_english_article_is_refused_with_the_language_found_and_its_score():
    with pytest.raises(DocumentError, match=r"en\.txt: the text does not look French: English \(en\) identified with confidence (?:0\.\d\d|1\.00)"):
        make_document(ENGLISH, "en.txt")
    assert make_document(ENGLISH, "en.txt", check_language=False).id == "en.txt"


def test_short_french_text_is_not_refused_by_the_language_check():
    doc = make_document("Emmanuel Macron a reçu Elon Musk à l'Élysée lundi.", "court.txt")
    assert "Musk" in doc.content


def test_html_page_saved_as_txt_becomes_its_main_text(tmp_path):
    page = (
        "<!DOCTYPE html><html><head><title>Titre</title><style>p {color: red}</style>"
        "<script>var x = '<p>faux</p>';</script></head><body>"
        "<h1>Macron reçoit Musk</h1><p>Emmanuel Macron a reçu Elon Musk &amp; ses conseillers à l&#39;Élysée.</p>"
        "<p>Les deux hommes ont parlé d'intelligence artificielle pendant une heure.</p></body></html>"
    )
    assert looks_like_html(page)
    (tmp_path / "page.txt").write_text(page, encoding="utf-8")
    doc = read_document(tmp_path / "page.txt")
    assert "<" not in doc.text and "color" not in doc.text and "faux" not in doc.text
    assert doc.text.split("\n")[0] == "Emmanuel Macron a reçu Elon Musk & ses conseillers à l'Élysée."
    assert doc.title == "Macron reçoit Musk"


def test_text_with_angle_brackets_is_not_taken_for_html():
    text = "Selon l'article, 3 < 5 et la part des voix > 40 % pour le candidat <sic> soutenu par Musk."
    assert not looks_like_html(text)
    assert make_document(text, "a.txt").text == text


def test_control_characters_become_spaces_and_offsets_hold():
    raw = "Emmanuel Macron\x00 a reçu\x1b Elon Musk\x7f à l'Élysée, \ud800 a-t-on appris lundi soir."
    clean = sanitise(raw)
    assert len(clean) == len(raw)
    assert not any(ord(c) < 32 and c not in "\n\t" for c in clean)
    assert "\ud800" not in clean and "\ufffd" in clean
    doc = make_document(raw, "ctl.txt")
    assert doc.text == clean and doc.content.index("Musk") == raw.index("Musk")


def test_no_break_spaces_keep_names_whole_and_evidence_verbatim(nlp, tmp_path):
    raw = "Jeanne\u00a0Morel a reçu Paul\u202fMartin\u202f: «\u202fun échange utile\u202f», a-t-elle dit."
    assert plain_spaces(raw) == raw.replace("\u00a0", " ").replace("\u202f", " ")
    (tmp_path / "nbsp.txt").write_text(raw, encoding="utf-8")
    kg = tpg.build(tmp_path, nlp=nlp, progress=False)
    assert {"Jeanne Morel", "Paul Martin"} <= {e.label for e in kg.entities.values()}
    meetings = kg.who_met("Jeanne Morel")
    assert [m.other.label for m in meetings] == ["Paul Martin"]
    assert meetings[0].evidence.sentence == raw[meetings[0].evidence.start : meetings[0].evidence.end] == raw


def test_note_calls_of_an_encyclopaedia_are_no_part_of_names(nlp, tmp_path):
    raw = "Un portrait\n\nJeanne Morel a été sanctionnée par la Banque centrale du Portugal[2] en 2019[réf. nécessaire]."
    (tmp_path / "notes.txt").write_text(raw, encoding="utf-8")
    kg = tpg.build(tmp_path, nlp=nlp, progress=False)
    labels = {e.label for e in kg.entities.values()}
    assert "Banque centrale du Portugal" in labels and not any("[" in label for label in labels)
    found = kg.relations(relation="criticised", target="Jeanne Morel")
    assert [kg.entities[r.source].label for r in found] == ["Banque centrale du Portugal"]
    said = raw[found[0].evidence.start : found[0].evidence.end]  # the offsets hold in the article's own text
    assert "".join(found[0].evidence.sentence.split()) == "".join(said.replace("[2]", "").replace("[réf. nécessaire]", "").split())


def test_windows_1252_is_decoded_with_a_warning(tmp_path):
    text = "Emmanuel Macron a reçu le patron de Facebook à l'Élysée, où ils ont dîné ensemble."
    (tmp_path / "ancien.txt").write_bytes(text.encode("cp1252"))
    with pytest.warns(LegacyEncodingWarning, match=r"ancien.txt: not UTF-8, decoded as \w+"):
        doc = read_document(tmp_path / "ancien.txt")
    assert doc.text == text


def test_size_limit_refuses_before_reading(tmp_path):
    path = tmp_path / "big.txt"
    path.write_bytes(SEED.read_bytes() * 4)
    with pytest.raises(DocumentError, match=r"big.txt: the file is 0\.\d MB, over the 0\.0 MB limit"):
        read_document(path, max_bytes=1000)
    assert read_document(path, max_bytes=None).id == "big.txt"


def test_jsonl_is_streamed_and_each_bad_record_named(tmp_path):
    good = '{"text": "Emmanuel Macron a reçu Elon Musk à l\'Élysée lundi pour parler d\'intelligence artificielle."}'
    (tmp_path / "a.jsonl").write_text(f"{good}\n\n[1, 2]\n{{\"text\": 3}}\n{good}\n", encoding="utf-8")
    (tmp_path / "vide.jsonl").write_text("\n\n", encoding="utf-8")
    items = list(iter_corpus(tmp_path))
    docs = [i.id for i in items if isinstance(i, Document)]
    skipped = {i.path: i.reason for i in items if isinstance(i, SkippedDocument)}
    assert docs == ["a.jsonl:1", "a.jsonl:5"]
    assert set(skipped) == {"a.jsonl:3", "a.jsonl:4", "vide.jsonl"}
    assert all('"text" string' in skipped[k] for k in ("a.jsonl:3", "a.jsonl:4"))
    assert skipped["vide.jsonl"] == "the file is empty"


def test_missing_corpus_and_corpus_without_articles(tmp_path):
    with pytest.raises(CorpusError, match="no such corpus folder"):
        read_corpus(tmp_path / "absent")
    (tmp_path / "notes.md").write_text("rien", encoding="utf-8")
    assert read_corpus(tmp_path) == ([], [])


def test_binary_and_empty_files_are_skipped_by_name(tmp_path):
    (tmp_path / "vide.txt").write_bytes(b"  \n")
    (tmp_path / "image.txt").write_bytes(b"\x89PNG\r\n\x1a\n\x00\x00\x00\rIHDR" + bytes(range(256)) * 8)
    with warnings.catch_warnings():
        warnings.simplefilter("error")
        docs, skipped = read_corpus(tmp_path)
    assert docs == []
    reasons = {s.path: s.reason for s in skipped}
    assert reasons == {"image.txt": "the file is binary (it holds NUL bytes), not text", "vide.txt": "the file is empty"}


# ---------------------------------------------------------------------------------------------
# The files researchers already have (fixtures: invented articles in tests/fixtures/formats)

FORMATS = Path(__file__).resolve().parent / "fixtures" / "formats"


def _read(path, **options):
    items = list(iter_corpus(path, **options))
    return (
        {i.id: i for i in items if isinstance(i, Document)},
        {i.path: i.reason for i in items if isinstance(i, SkippedDocument)},
    )


def test_europresse_export_gives_one_document_per_article_without_headers_or_notices():
    docs, skipped = _read(FORMATS / "export_europresse.html")
    assert sorted(docs) == [f"export_europresse.html:{n}" for n in (1, 2, 3, 5)]
    assert set(skipped) == {"export_europresse.html:4"}
    for doc in docs.values():
        for leftover in ("news·", "©", "Tous droits réservés", "mots", "words", "Cet article est paru", "Note(s)",
                         "Illustration", doc.source):
            assert leftover not in doc.text, (doc.id, leftover)
    first = docs["export_europresse.html:1"]
    assert first.text.startswith("Clémence Roussel a rencontré Anton Weber à Bruxelles mardi")
    assert first.text.count("\n") == 2  # one line per paragraph
    assert docs["export_europresse.html:2"].source == "Le Courrier de l'Estuaire"  # without « no. 24567 »
    assert [docs[f"export_europresse.html:{n}"].date.isoformat() for n in (1, 2, 3, 5)] == [
        "2024-03-12",
        "2024-09-05",
        "2024-12-19",
        "2025-01-14",
    ]


def test_saved_web_page_keeps_the_article_and_its_metadata_only():
    doc = read_document(FORMATS / "page_sauvegardee.html")
    assert doc.text.startswith("Hélène Vasseur a rencontré Tomasz Nowicki à Varsovie lundi")
    assert doc.text.rstrip().endswith("consacrée à l'identité numérique.")
    for noise in ("cookies", "Tout accepter", "S'abonner", "Offre spéciale", "À lire aussi", "Cloud souverain",
                  "Mentions légales", "track(", "dataLayer", "Politique"):
        assert noise not in doc.text, noise
    assert (doc.title, doc.source, doc.author, doc.date.isoformat()) == (
        "Hélène Vasseur a rencontré le fondateur de Nordlys à Varsovie",
        "Le Fil Européen",
        "Camille Hervé",
        "2025-03-04",
    )
    assert doc.url == "https://www.fil-europeen.example/tech/vasseur-nowicki"


def test_metadata_json_wins_over_the_page_metadata(tmp_path):
    (tmp_path / "page.html").write_bytes((FORMATS / "page_sauvegardee.html").read_bytes())
    (tmp_path / "metadata.json").write_text('{"page.html": {"date": "2025-03-05", "source": "Revue"}}', encoding="utf-8")
    docs, _ = _read(tmp_path)
    assert (docs["page.html"].date.isoformat(), docs["page.html"].source, docs["page.html"].author) == (
        "2025-03-05",
        "Revue",
        "Camille Hervé",
    )


def test_csv_and_tsv_rows_are_documents_named_by_their_line():
    docs, skipped = _read(FORMATS / "export_veille.csv")
    assert sorted(docs) == ["export_veille.csv:2", "export_veille.csv:5"]  # row 2 spans two lines
    assert skipped == {"export_veille.csv:4": "the row has no text (its text column is empty)"}
    assert docs["export_veille.csv:2"].text.split("\n")[0] == "Bastien Ferrand s'est entretenu avec Yuki Tanaka à Genève lundi."
    assert docs["export_veille.csv:5"].date.isoformat() == "2025-02-10"
    tsv, _ = _read(FORMATS / "veille.tsv")
    assert [(d.id, d.title, d.source) for d in tsv.values()] == [("veille.tsv:2", "Un dîner à Lisbonne", "Diário Digital")]


def test_a_table_without_a_known_text_column_names_its_columns(tmp_path):
    path = tmp_path / "veille.csv"
    path.write_text("jour,corps_article\n2025-04-02,\"Hugo Lamarque a rencontré Selma Haddad à Marseille mardi.\"\n", encoding="utf-8")
    assert _read(path)[1] == {
        "veille.csv": "no text column among jour, corps_article (name it with --text-column NAME, or add its name to table_columns.tsv)"
    }
    docs, skipped = _read(path, text_column="Corps article")  # compared without case, spaces or underscores
    assert list(docs) == ["veille.csv:2"] and not skipped
    assert _read(path, text_column="texte")[1]["veille.csv"].startswith("no column 'texte'")


def test_short_french_text_dense_in_names_is_kept_other_languages_skipped_with_language_and_score():
    docs, skipped = _read(FORMATS)
    assert "court.txt" in docs
    assert skipped["english.txt"] == "the text does not look French: English (en) identified with confidence 1.00"
    assert skipped["espanol.txt"].startswith("the text does not look French: Spanish (es) identified with confidence")
    german = "Die Ministerin Anna Vogel hat sich am Montag in Berlin mit dem Gründer des Unternehmens Lumora getroffen."
    with pytest.raises(DocumentError, match=r"de\.txt: the text does not look French: German \(de\)"):
        make_document(german, "de.txt")


@pytest.mark.parametrize(
    "header, iso",
    [
        ("mardi 12 mars 2024 - 18:42 UTC +0100 632 mots", "2024-03-12"),
        ("Économie, jeudi 5 septembre 2024 418 mots, p. 7", "2024-09-05"),
        ("samedi 1er juin 2024 1203 mots, p. 3", "2024-06-01"),
        ("Thursday, December 19, 2024 512 words, p. 12", "2024-12-19"),
        ("Monday 3 February 2025 - 08:15 UTC 301 words", "2025-02-03"),
        ("5 sept. 2024", "2024-09-05"),
    ],
)
def test_header_dates_in_french_and_english(header, iso):
    assert find_date(header).isoformat() == iso


def test_header_without_a_date_gives_none():
    assert find_date("Politique 388 mots, p. 3") is None
    assert find_date("31 février 2024 400 mots") is None


def test_a_page_whose_navigation_changed_keeps_its_cache_key_and_a_changed_article_does_not(tmp_path):
    from techpolgraph.cache import document_key

    page = (FORMATS / "page_sauvegardee.html").read_text(encoding="utf-8")
    (tmp_path / "a.html").write_text(page, encoding="utf-8")
    first = read_document(tmp_path / "a.html")
    (tmp_path / "a.html").write_text(page.replace("Rubrique", "Rubriques").replace("Culture", "Sport"), encoding="utf-8")
    assert document_key(read_document(tmp_path / "a.html")) == document_key(first)
    (tmp_path / "a.html").write_text(page.replace("Varsovie lundi", "Varsovie mardi"), encoding="utf-8")
    changed = read_document(tmp_path / "a.html")
    assert "Varsovie mardi" in changed.text and document_key(changed) != document_key(first)


def test_latin_1_and_mac_roman_files_are_decoded_with_a_warning_naming_the_encoding(tmp_path):
    text = "Emmanuel Macron a reçu le patron de Facebook à l'Élysée, où ils ont dîné ensemble."
    (tmp_path / "latin.txt").write_bytes(text.encode("latin-1"))
    (tmp_path / "mac.txt").write_bytes(text.encode("mac_roman"))
    for name in ("latin.txt", "mac.txt"):
        with pytest.warns(LegacyEncodingWarning, match=rf"{name}: not UTF-8, decoded as (cp1252|latin_1|mac_\w+)"):
            assert read_document(tmp_path / name).text == text


def test_reading_twice_gives_the_same_documents():
    assert _read(FORMATS) == _read(FORMATS)


def test_an_export_with_an_xml_declaration_in_windows_1252_is_read(tmp_path):
    export = (FORMATS / "export_europresse.html").read_text(encoding="utf-8")
    path = tmp_path / "export.htm"
    path.write_bytes(('<?xml version="1.0" encoding="windows-1252"?>\n' + export).encode("cp1252", errors="replace"))
    with pytest.warns(LegacyEncodingWarning, match="export.htm: not UTF-8"):
        docs, skipped = _read(path)
    assert sorted(docs) == [f"export.htm:{n}" for n in (1, 2, 3, 5)]
    assert docs["export.htm:1"].text.startswith("Clémence Roussel a rencontré Anton Weber")


def test_the_folder_a_browser_saves_beside_a_page_is_not_read(tmp_path):
    (tmp_path / "page.html").write_bytes((FORMATS / "page_sauvegardee.html").read_bytes())
    (tmp_path / "page_files").mkdir()
    (tmp_path / "page_files" / "pub.html").write_text("<html><body><p>Publicité : " + "offre " * 50 + "</p></body></html>", encoding="utf-8")
    (tmp_path / "notes_files").mkdir()  # no notes.html beside it: an ordinary folder
    (tmp_path / "notes_files" / "a.txt").write_text("Emmanuel Macron a reçu Elon Musk à l'Élysée lundi.", encoding="utf-8")
    docs, skipped = _read(tmp_path)
    assert sorted(docs) == ["notes_files/a.txt", "page.html"] and not skipped
