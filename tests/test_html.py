"""The HTML page: self-contained, and headless Chromium renders the graph without a console error."""

from __future__ import annotations

import html
import json
import re
import shutil
import subprocess
import urllib.parse

import pytest

from techpolgraph.html import page_data, render_html

from .test_graph import small_graph

CHROMIUM_FLAGS = [
    "--headless",
    "--no-sandbox",
    "--disable-gpu",
    "--disable-background-networking",
    "--disable-component-update",
    "--disable-sync",
    "--no-first-run",
    "--enable-logging=stderr",
    "--v=0",
    "--virtual-time-budget=5000",
]


def chromium() -> str:
    """The Chromium binary (`make chromium` installs the Debian package)."""
    for name in ("chromium", "chromium-browser", "google-chrome"):
        found = shutil.which(name)
        if found:
            return found
    pytest.fail("Chromium is needed to test the HTML page: run `make chromium` (apt-get install chromium) as root")


def render(path, tmp_path, fragment: str = "") -> tuple[str, str]:
    """The DOM after the page's scripts ran, and Chromium's log."""
    url = path.resolve().as_uri() + fragment
    run = subprocess.run(
        [chromium(), *CHROMIUM_FLAGS, f"--user-data-dir={tmp_path / 'profile'}", "--dump-dom", url],
        capture_output=True,
        text=True,
        timeout=120,
    )
    assert run.returncode == 0, run.stderr[-2000:]
    return run.stdout, run.stderr


def body(dom: str) -> dict[str, str]:
    """The attributes the page's script set on <body>."""
    tag = re.search(r"<body([^>]*)>", dom).group(1)
    return dict(re.findall(r'([\w-]+)="([^"]*)"', tag))


def console_errors(log: str) -> list[str]:
    return [line for line in log.splitlines() if "CONSOLE" in line and ("Uncaught" in line or ":ERROR:" in line or "rror" in line)]


def test_page_is_self_contained():
    page = render_html(small_graph(), title="A <small> graph")
    assert "A &lt;small&gt; graph" in page
    assert not re.search(r"<script[^>]+src=|<link[^>]+href=|https?://(?!www\.w3\.org/2000/svg)", page)
    data = json.loads(re.search(r'<script type="application/json" id="graph-data">(.*?)</script>', page, re.S).group(1))
    assert data == json.loads(json.dumps(page_data(small_graph())))
    assert data["colours"]["kind"]["person"].startswith("#")


def tricky_graph():
    """The small graph with markup in a label and in an evidence sentence."""
    kg = small_graph()
    entities = [e.model_copy(update={"label": "Ann <b>Lee</b>"}) if e.id == "p:ann" else e for e in kg.entities.values()]
    bad = "Ann a dit </script><script>document.title='owned'</script> à Bob."
    relations = [
        r.model_copy(update={"evidence": r.evidence.model_copy(update={"sentence": bad})}) if r.id == "r1" else r
        for r in kg.relations.values()
    ]
    return type(kg)(entities, relations), bad


def test_markup_in_the_data_stays_text(tmp_path):
    kg, bad = tricky_graph()
    page = render_html(kg)
    assert page.count("</script>") == 2  # the data block and the program, nothing from the data
    path = tmp_path / "tricky.html"
    kg.to_html(path)
    dom, log = render(path, tmp_path, "#edge=" + urllib.parse.quote("p:ann|met|asserted|p:bob"))
    assert console_errors(log) == [] and body(dom)["data-ready"] == "1"
    assert "owned" not in re.search(r"<title>(.*?)</title>", dom).group(1)
    assert html.escape(bad, quote=False) in dom  # shown as text in the evidence panel
    assert "Ann &lt;b&gt;Lee&lt;/b&gt;" in dom  # the label is text, not markup


def test_pages_are_deterministic(tmp_path):
    small_graph().to_html(tmp_path / "a.html")
    small_graph().to_html(tmp_path / "b.html")
    assert (tmp_path / "a.html").read_bytes() == (tmp_path / "b.html").read_bytes()


def test_chromium_renders_nodes_edges_and_evidence(tmp_path):
    kg = small_graph()
    path = tmp_path / "graph.html"
    kg.to_html(path)
    edge = "p:ann|met|asserted|p:bob"
    dom, log = render(path, tmp_path, "#edge=" + urllib.parse.quote(edge))
    assert console_errors(log) == []
    attrs = body(dom)
    assert attrs["data-ready"] == "1" and "data-errors" not in attrs
    assert '<li class="error">' not in dom
    # every entity with a relation is drawn, one element per collapsed edge
    assert attrs["data-nodes"] == "5" and attrs["data-edges"] == "4"
    assert attrs["data-selected"] == edge
    assert len(re.findall(r'<g class="node"', dom)) == 5
    assert len(re.findall(r'<g class="edge ', dom)) == 4
    assert re.search(r'<g class="edge negated"[^>]*data-relation="met"', dom)
    # the selected edge shows its evidence sentences and documents
    details = re.search(r'<div class="edge-details" data-edge="([^"]+)">(.*?)</div></div>', dom, re.S)
    assert details and details.group(1) == edge
    assert "Ann Lee a rencontré Bob Ray." in details.group(2) and "Bob Ray a dîné avec Ann Lee." in details.group(2)
    assert "a.txt" in details.group(2) and "b.txt" in details.group(2)


@pytest.mark.model
def test_chromium_renders_the_corpus(kg, tmp_path):
    path = tmp_path / "corpus.html"
    kg.to_html(path)
    dom, log = render(path, tmp_path)
    assert console_errors(log) == []
    linked = {n for r in kg.relations.values() for n in (r.source, r.target)}
    attrs = body(dom)
    assert attrs["data-ready"] == "1" and "data-errors" not in attrs
    assert attrs["data-nodes"] == str(len(linked))
    assert len(re.findall(r'<g class="node"', dom)) == len(linked) > 0
