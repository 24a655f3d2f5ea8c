"""Reading a corpus: what is accepted, converted, skipped, and with which reason (no model)."""

from __future__ import annotations

import warnings
from pathlib import Path

import pytest

from techpolgraph.corpus import (
    LegacyEncodingWarning,
    identify_language,
    iter_corpus,
    looks_like_html,
    make_document,
    read_corpus,
    read_document,
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
