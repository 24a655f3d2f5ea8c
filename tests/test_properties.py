"""Properties over generated input: any text gives a graph or a techpolgraph error, never a
crash; a graph saved as JSON loads back identical; GraphML is always well-formed XML."""

from __future__ import annotations

import datetime as dt
import tempfile
import xml.etree.ElementTree as ET
from pathlib import Path

from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

import techpolgraph as tpg
from techpolgraph.build import analyse, assemble
from techpolgraph.corpus import make_document
from techpolgraph.models import Alias, Entity, EntityKind, Evidence, Merge, Modality, Relation, RelationType

SENTENCES = [
    "Emmanuel Macron a rencontré Mark Zuckerberg à l'Élysée.",
    "Donald Trump a critiqué Elon Musk lors d'un meeting.",
    "Twitter a suspendu le compte de Donald Trump.",
    "Le PDG de Facebook, Mark Zuckerberg, a dîné avec Donald Trump à Mar-a-Lago.",
    "Elon Musk a apporté son soutien à Donald Trump.",
]

#: Text as techpolgraph's records hold it: any character but lone surrogates (input text has
#: them replaced, see techpolgraph.corpus.sanitise).
TEXT = st.text(alphabet=st.characters(exclude_categories=("Cs",)), max_size=40)

pieces = st.lists(st.one_of(st.sampled_from(SENTENCES), st.text(max_size=60)), min_size=1, max_size=6)


@settings(max_examples=25, deadline=None, suppress_health_check=[HealthCheck.too_slow])
@given(pieces)
def test_any_text_gives_a_graph_or_a_techpolgraph_error(nlp, parts):
    text = " ".join(parts)
    try:
        document = make_document(text, "h.txt", date="2025-01-18")
    except tpg.TechpolgraphError:
        return
    skipped: list = []
    kg = assemble(analyse([document], nlp, skipped=skipped), skipped)
    assert kg.report.documents + len(kg.report.skipped) == 1
    with tempfile.TemporaryDirectory() as tmp:
        kg.to_graphml(Path(tmp) / "g.graphml")
        ET.parse(Path(tmp) / "g.graphml")
        kg.to_json(Path(tmp) / "g.json")
        assert tpg.load(Path(tmp) / "g.json") == kg


@st.composite
def graphs(draw):
    ids = draw(st.lists(st.text(alphabet="abcdefgh", min_size=1, max_size=6), min_size=2, max_size=6, unique=True))
    entities = [
        Entity(
            id=i,
            label=draw(TEXT),
            kind=draw(st.sampled_from(list(EntityKind))),
            aliases=tuple(Alias(text=draw(TEXT), count=draw(st.integers(0, 9)), docs=("d.txt",)) for _ in range(draw(st.integers(0, 2)))),
            merges=tuple(Merge(alias=draw(TEXT), reason=draw(TEXT), doc="d.txt", evidence=draw(TEXT)) for _ in range(draw(st.integers(0, 2)))),
        )
        for i in ids
    ]
    relations = []
    for n in range(draw(st.integers(0, 6))):
        source, target = draw(st.sampled_from(ids)), draw(st.sampled_from(ids))
        sentence = draw(TEXT)
        relations.append(
            Relation(
                id=f"r{n}",
                source=source,
                target=target,
                relation=draw(st.sampled_from(list(RelationType))),
                modality=draw(st.sampled_from(list(Modality))),
                doc=draw(TEXT),
                evidence=Evidence(doc="d.txt", sentence=sentence, start=0, end=len(sentence)),
                date=draw(st.one_of(st.none(), st.dates(min_value=dt.date(1900, 1, 1)))),
                attributed_to=draw(TEXT),
            )
        )
    return tpg.KnowledgeGraph(entities, relations)


@settings(max_examples=60, deadline=None)
@given(graphs())
def test_json_save_and_load_is_the_identity(kg):
    with tempfile.TemporaryDirectory() as tmp:
        kg.to_json(Path(tmp) / "g.json")
        again = tpg.load(Path(tmp) / "g.json")
        assert again == kg
        again.to_json(Path(tmp) / "h.json")
        assert (Path(tmp) / "h.json").read_bytes() == (Path(tmp) / "g.json").read_bytes()


@settings(max_examples=60, deadline=None)
@given(graphs())
def test_graphml_is_well_formed_whatever_the_text(kg):
    with tempfile.TemporaryDirectory() as tmp:
        kg.to_graphml(Path(tmp) / "g.graphml")
        ET.parse(Path(tmp) / "g.graphml")
