"""Query latency of ``who_met`` on a large synthetic graph.

The graph has ``--entities`` people and organisations (100,000 by default) and ``--relations``
relations (1,000,000) between random pairs, of every type and modality, dated over ten years.
The script prints how long building the graph took and the median (and 95th percentile)
latency of ``who_met`` for random names, given as labels (target: median under 1 ms).

Usage::

    .venv/bin/python bench/bench_query.py
    .venv/bin/python bench/bench_query.py --entities 10000 --relations 100000
"""

from __future__ import annotations

import argparse
import datetime as dt
import random
import statistics
import time

from techpolgraph.graph import KnowledgeGraph
from techpolgraph.models import Alias, Entity, EntityKind, Evidence, Modality, Relation, RelationType


def synthetic_graph(n_entities: int, n_relations: int, seed: int = 7) -> KnowledgeGraph:
    """A random graph of the given size (records built without validation, for speed)."""
    rng = random.Random(seed)
    kinds = [EntityKind.PERSON, EntityKind.PERSON, EntityKind.ORGANISATION]
    entities = []
    for i in range(n_entities):
        label = f"Personne{i} Nom{i}"
        entities.append(
            Entity.model_construct(
                id=f"e{i}",
                label=label,
                kind=kinds[i % 3],
                aliases=(Alias.model_construct(text=label, count=1, docs=(f"d{i % 5000}.txt",)),),
                merges=(),
                roles=(),
                docs=(f"d{i % 5000}.txt",),
                date="",
                place="",
            )
        )
    types = list(RelationType)[:4]
    modalities = list(Modality)
    start = dt.date(2015, 1, 1)
    relations = []
    for j in range(n_relations):
        a, b = rng.randrange(n_entities), rng.randrange(n_entities)
        if a == b:
            b = (b + 1) % n_entities
        doc = f"d{rng.randrange(50_000)}.txt"
        sentence = f"Personne{a} Nom{a} et Personne{b} Nom{b}, phrase {j}."
        relations.append(
            Relation.model_construct(
                id=f"r{j}",
                source=f"e{a}",
                target=f"e{b}",
                relation=types[j % 4],
                modality=modalities[j % 7 % 3],
                doc=doc,
                evidence=Evidence.model_construct(doc=doc, sentence=sentence, start=j % 1000, end=j % 1000 + len(sentence)),
                date=start + dt.timedelta(days=rng.randrange(3650)),
                event_date="",
                attributed_to="",
                tense=None,
                cue="",
                source_text="",
                target_text="",
            )
        )
    return KnowledgeGraph(entities, relations)


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    parser.add_argument("--entities", type=int, default=100_000)
    parser.add_argument("--relations", type=int, default=1_000_000)
    parser.add_argument("--queries", type=int, default=2_000)
    args = parser.parse_args()

    t = time.perf_counter()
    kg = synthetic_graph(args.entities, args.relations)
    print(f"graph of {len(kg.entities)} entities and {len(kg.relations)} relations built in {time.perf_counter() - t:.1f} s")
    rng = random.Random(11)
    names = [f"Personne{i} Nom{i}" for i in (rng.randrange(args.entities) for _ in range(args.queries))]
    kg.who_met(names[0])  # indexes built on first use are built here
    latencies, answers = [], 0
    for name in names:
        t = time.perf_counter()
        answers += len(kg.who_met(name))
        latencies.append((time.perf_counter() - t) * 1000)
    latencies.sort()
    p95 = latencies[int(len(latencies) * 0.95)]
    print(
        f"who_met over {len(names)} random names: median {statistics.median(latencies):.3f} ms, "
        f"95th percentile {p95:.3f} ms, {answers / len(names):.1f} meetings per answer (target: median < 1 ms)"
    )
    t = time.perf_counter()
    for name in names[:200]:
        kg.who_met(name, since="2018-01-01", until="2020-12-31", modality="asserted")
    print(f"who_met with dates and modality: {(time.perf_counter() - t) / 200 * 1000:.3f} ms per query")


if __name__ == "__main__":
    main()
