"""Precision and recall of entity kinds on the hand-checked list of corpus/'s entities.

Compares the raw ``fr_core_news_md`` NER (PER -> person, ORG -> organisation, LOC -> location;
MISC has no kind) with techpolgraph's entity and event components, mention by mention
(distinct surface forms with their kind), and the graph's nodes after resolution and the
vote over all mentions.

    python bench/entity_kinds.py
"""

from __future__ import annotations

import json
from collections import Counter
from pathlib import Path

import spacy

import techpolgraph as tpg
from techpolgraph.corpus import iter_corpus
from techpolgraph.models import Document
from techpolgraph.nlp import load_pipeline
from techpolgraph.resolve.names import name_key

ROOT = Path(__file__).resolve().parents[1]
CORPUS = ROOT / "corpus"
GOLD = json.loads((ROOT / "tests" / "expected" / "entities.json").read_text(encoding="utf-8"))
RAW_KINDS = {"PER": "person", "ORG": "organisation", "LOC": "location"}
OUR_KINDS = {**RAW_KINDS, "EVENT": "event"}


def gold_pairs() -> dict[tuple[str, str], str]:
    """(form key, kind) -> the gold entity's name."""
    return {(name_key(f), item["kind"]): item["name"] for item in GOLD["entities"] for f in (item["name"], *item["forms"])}


def score(predicted: set[tuple[str, str]], label: str, written: set[tuple[str, str]] | None = None) -> None:
    """Print precision (distinct forms with the right kind) and recall (entities found)."""
    gold = gold_pairs()
    noise = {name_key(n) for n in GOLD["noise"]}
    right = {p for p in predicted if p in gold}
    found = {gold[p] for p in right}
    precision = len(right) / len(predicted) if predicted else 0.0
    recall = len(found) / len(GOLD["entities"])
    by_kind = Counter(item["kind"] for item in GOLD["entities"])
    found_kind = Counter(item["kind"] for item in GOLD["entities"] if item["name"] in found)
    per_kind = ", ".join(f"{k} {found_kind[k]}/{by_kind[k]}" for k in sorted(by_kind))
    wrong = sorted(p for p in predicted - right)
    print(f"{label:<34} precision {precision:6.1%} ({len(right)}/{len(predicted)})  recall {recall:6.1%} ({len(found)}/{len(GOLD['entities'])}: {per_kind})")
    if written:
        hit = len(right & written)
        print(f"{'':<34} forms recall {hit / len(written):6.1%} ({hit}/{len(written)} listed forms written in the articles)")
    print(f"{'':<34} noise forms kept: {len({k for k, _ in predicted} & noise)}; wrong: {wrong[:12]}{' ...' if len(wrong) > 12 else ''}")


def written_forms(documents: list[Document]) -> set[tuple[str, str]]:
    """The listed forms that the articles' text contains, with their kind."""
    text = "\n".join(d.content for d in documents).replace("\u00a0", " ")
    return {(name_key(f), item["kind"]) for item in GOLD["entities"] for f in item["forms"] if f in text}


def mention_forms(nlp, documents: list[Document], kinds: dict[str, str], use_text: bool) -> set[tuple[str, str]]:
    forms = set()
    for doc in nlp.pipe(d.text if use_text else d.content for d in documents):
        for ent in doc.ents:
            kind = kinds.get(ent.label_)
            if kind and ent.text.strip():
                forms.add((name_key(ent.text), kind))
    return forms


def graph_nodes(kg) -> set[tuple[str, str]]:
    """Each node as the gold pair it matches (any of its names), or as its label when none does."""
    gold = gold_pairs()
    out = set()
    for e in kg.entities.values():
        keys = [name_key(e.label), *(name_key(a.text) for a in e.aliases)]
        match = next(((k, e.kind.value) for k in keys if (k, e.kind.value) in gold), None)
        out.add(match or (keys[0], e.kind.value))
    return out


def main() -> None:
    documents = [d for d in iter_corpus(CORPUS) if isinstance(d, Document)]
    raw = spacy.load("fr_core_news_md", exclude=["senter"])
    ours = load_pipeline()
    print(f"hand-checked list: {len(GOLD['entities'])} entities, {len(GOLD['noise'])} noise strings, {len(documents)} articles\n")
    written = written_forms(documents)
    score(mention_forms(raw, documents, RAW_KINDS, use_text=True), "spaCy alone, raw text", written)
    score(mention_forms(raw, documents, RAW_KINDS, use_text=False), "spaCy alone, boilerplate out", written)
    score(mention_forms(ours, documents, OUR_KINDS, use_text=False), "with techpolgraph's components", written)
    score(graph_nodes(tpg.build(CORPUS, progress=False)), "graph nodes (after the vote)")


if __name__ == "__main__":
    main()
