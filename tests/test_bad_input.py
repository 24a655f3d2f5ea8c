"""A corpus with bad files: each is named with its reason and skipped, the rest is built, and
what is built is written to files that strict readers accept."""

from __future__ import annotations

import shutil
import xml.etree.ElementTree as ET
from pathlib import Path

import networkx as nx
import pytest

import techpolgraph as tpg
from techpolgraph.cli import main
from techpolgraph.corpus import LegacyEncodingWarning

ROOT = Path(__file__).resolve().parents[1]
SEED = "000_90efcad6ab2961ec.txt"

SPECIAL = (
    'Emmanuel Macron a rencontré Mark Zuckerberg à l\'Élysée mardi pour parler du "règlement" <DSA> & des '
    "données 🚀\x01\x02 des utilisateurs européens, un sujet "
    + "très " * 300
    + "important.\nEmmanuel Macron a ensuite critiqué Elon Musk, qu'il accuse de « désinformation ».\n"
)
ANCIEN = (
    "Emmanuel Macron a reçu Sundar Pichai à l'Élysée jeudi. Le patron de Google et le président de la "
    "République ont parlé d'intelligence artificielle et de l'avenir des données en Europe, a-t-on appris."
)
PAGE = (
    "<!DOCTYPE html><html><head><title>Musk à l'Élysée</title><script>track('<p>x</p>')</script></head><body>"
    "<h1>Musk à l'Élysée</h1><p>Emmanuel Macron a rencontré Elon Musk &amp; ses ingénieurs à l&#39;Élysée "
    "lundi pour parler d'intelligence artificielle et de voitures électriques.</p></body></html>"
)
EXPORT = (
    '<html><body><article><span class="DocPublicationName">Le Veilleur</span>'
    '<span class="DocHeader">lundi 6 janvier 2025 210 mots</span><div class="titreArticle">Un rendez-vous</div>'
    '<div class="DocText clearfix"><div class="docOcurrContainer"><p>Emmanuel Macron a rencontré Elon Musk '
    "à l'Élysée lundi pour parler de l'usine de batteries du Nord.</p></div></div></article>"
    '<article><span class="DocPublicationName">Le Veilleur</span><span class="DocHeader">mardi 7 janvier 2025'
    "</span></article></body></html>"
)
MENU = (
    "<!DOCTYPE html><html><head><title>Rubrique Tech</title></head><body><nav><ul>"
    + "".join(f'<li><a href="/r{i}">Rubrique {i}</a></li>' for i in range(12))
    + "</ul></nav><script>track('menu')</script><footer><a href='/contact'>Contact</a></footer></body></html>"
)
TABLE = (
    "texte;date\n"
    "\"Emmanuel Macron a critiqué Elon Musk mardi, qu'il accuse de désinformation sur le réseau X.\";2025-01-07\n"
    ";2025-01-08\n"
    "\"Emmanuel Macron a reçu Sundar Pichai à l'Élysée jeudi pour parler d'intelligence artificielle.\";le 9\n"
)
ENGLISH = (
    "Mark Zuckerberg met with President Donald Trump at Mar-a-Lago on Wednesday night, the latest tech leader "
    "to visit the president-elect. The dinner came as Meta tries to repair its relationship with the incoming "
    "administration, after years of tension over content moderation and the suspension of accounts."
)


@pytest.fixture(scope="module")
def messy(tmp_path_factory, nlp):
    """A corpus with one good seed article, a copy of it, and every kind of bad file; its graph."""
    folder = tmp_path_factory.mktemp("messy")
    shutil.copy(ROOT / "corpus" / SEED, folder / SEED)
    shutil.copy(ROOT / "corpus" / SEED, folder / "zz_copie.txt")
    (folder / "vide.txt").write_bytes(b"")
    (folder / "binaire.txt").write_bytes(b"\x7fELF\x02\x01\x01\x00" + bytes(range(256)) * 64)
    (folder / "ancien.txt").write_bytes(ANCIEN.encode("cp1252"))
    (folder / "page.txt").write_text(PAGE, encoding="utf-8")
    (folder / "anglais.txt").write_text(ENGLISH, encoding="utf-8")
    (folder / "special.txt").write_text(SPECIAL, encoding="utf-8")
    (folder / "export.html").write_text(EXPORT, encoding="utf-8")
    (folder / "menu.html").write_text(MENU, encoding="utf-8")
    (folder / "lignes.csv").write_text(TABLE, encoding="utf-8")
    with (folder / "enorme.txt").open("wb") as handle:  # 50 MB
        chunk = (ROOT / "corpus" / SEED).read_bytes()
        while handle.tell() < 50_000_000:
            handle.write(chunk)
    with pytest.warns(LegacyEncodingWarning, match="ancien.txt"):
        kg = tpg.build(folder, nlp=nlp, progress=False)
    return folder, kg


def test_bad_files_are_named_with_their_reason(messy):
    _, kg = messy
    reasons = {s.path: s.reason for s in kg.report.skipped}
    assert set(reasons) == {
        "vide.txt",
        "binaire.txt",
        "anglais.txt",
        "enorme.txt",
        "export.html:2",
        "menu.html",
        "lignes.csv:3",
        "lignes.csv:4",
    }
    assert reasons["vide.txt"] == "the file is empty"
    assert reasons["export.html:2"] == "the export article has no text (no docOcurrContainer or DocText)"
    assert reasons["menu.html"].startswith("the page holds no article text")
    assert reasons["lignes.csv:3"] == "the row has no text (its text column is empty)"
    assert reasons["lignes.csv:4"].startswith("date 'le 9' is not a date")
    assert "binary" in reasons["binaire.txt"]
    assert "does not look French" in reasons["anglais.txt"]
    assert "50.0 MB, over the 10.0 MB limit" in reasons["enorme.txt"]


def test_the_rest_is_built(messy):
    _, kg = messy
    assert sorted(kg.documents) == sorted([SEED, "ancien.txt", "page.txt", "special.txt", "export.html:1", "lignes.csv:2"])
    assert kg.report.documents == 6
    assert kg.relations_of(doc="export.html:1") and kg.relations_of(doc="lignes.csv:2")
    page = kg.relations_of(doc="page.txt")
    assert any(kg.entities[r.target].label == "Elon Musk" or kg.entities[r.source].label == "Elon Musk" for r in page)
    assert all("<" not in r.evidence.sentence for r in page)


def test_a_copy_under_another_name_is_read_once_and_recorded(messy):
    _, kg = messy
    assert kg.documents[SEED].duplicates == ("zz_copie.txt",)
    assert kg.relations_of(doc=SEED)
    assert not kg.relations_of(doc="zz_copie.txt")


def test_special_characters_reach_files_that_strict_readers_accept(messy, tmp_path):
    _, kg = messy
    special = kg.relations_of(doc="special.txt")
    assert special, "the special article gives edges"
    kg.to_graphml(tmp_path / "g.graphml")
    kg.to_json(tmp_path / "g.json")
    ET.parse(tmp_path / "g.graphml")  # strict XML 1.0 parser: control characters would fail here
    g = nx.read_graphml(tmp_path / "g.graphml", force_multigraph=True)
    evidence = [a["evidence"] for _, _, a in g.edges(data=True) if a["doc"] == "special.txt"]
    assert any('"règlement" <DSA> & des données 🚀' in e for e in evidence)
    assert any(len(e) > 1500 for e in evidence)
    assert not any(ord(c) < 32 and c not in "\n\t" for e in evidence for c in e)
    assert tpg.load(tmp_path / "g.json") == kg


def test_cli_fails_clearly_without_a_corpus(tmp_path, capsys):
    assert main(["build", str(tmp_path / "absent"), "-o", str(tmp_path / "g.graphml"), "--no-progress"]) == 1
    assert "absent: no such corpus folder or file" in capsys.readouterr().err
    (tmp_path / "vide").mkdir()
    (tmp_path / "vide" / "a.txt").write_bytes(b"")
    assert main(["build", str(tmp_path / "vide"), "-o", str(tmp_path / "g.graphml"), "--no-progress"]) == 1
    err = capsys.readouterr().err
    assert "no readable article" in err and "a.txt: the file is empty" in err
    assert not (tmp_path / "g.graphml").exists()
