"""Build speed and memory on a synthetic corpus of N articles.

The five sample articles of ``corpus/`` are repeated under distinct names, each copy varied
(the main people's names swapped for others, a numbered line added) so that no two files hold
the same text. The script prints:

- tokens/s of the whole build (reading, spaCy, our components, assembly) at one process;
- tokens/s of plain ``fr_core_news_md`` ``nlp.pipe`` over the same texts, and the ratio of
  the two (target: 0.85 or more);
- the build with ``n_process=2`` and its speed-up over one process (target: 1.7 or more);
- seconds per stage of the build, and the share of each pipeline component;
- peak memory of a build, for comparing corpus sizes (``--memory-only``).

Each run is a fresh Python process, as a user's build is: it loads its pipeline, warms it up
on five articles, then times the whole corpus. Raw and build runs alternate, and the ratio of
each pair is shown as well as that of the best runs: the speed of a shared machine drifts.

Usage::

    .venv/bin/python bench/bench_build.py -n 500
    .venv/bin/python bench/bench_build.py -n 5000 --memory-only   # peak memory of one build
    .venv/bin/python bench/bench_build.py -n 150 --memory-only --keep-corpus /tmp/gen150  # and keep its corpus
"""

from __future__ import annotations

import argparse
import json
import re
import statistics
import subprocess
import sys
import tempfile
import time
from itertools import islice
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
SEEDS = ROOT / "corpus"

#: Names of the seed articles and what they become, in turn, in the copies.
SWAPS = {
    "Zuckerberg": ["Pichai", "Nadella", "Bezos", "Cook", "Altman", "Huang"],
    "Mark": ["Sundar", "Satya", "Jeff", "Tim", "Sam", "Jensen"],
    "Musk": ["Thiel", "Andreessen", "Dorsey", "Spiegel", "Chesky"],
    "Elon": ["Peter", "Marc", "Jack", "Evan", "Brian"],
}


def make_corpus(folder: Path, n: int) -> Path:
    """Write ``n`` varied copies of the seed articles into ``folder`` (with a metadata.json)."""
    seeds = sorted(SEEDS.glob("*.txt"))
    meta = json.loads((SEEDS / "metadata.json").read_text(encoding="utf-8"))
    out_meta = {}
    folder.mkdir(parents=True, exist_ok=True)
    for i in range(n):
        seed = seeds[i % len(seeds)]
        text = seed.read_text(encoding="utf-8")
        variant = i // len(seeds)
        for old, news in SWAPS.items():
            if variant % 2:
                text = text.replace(old, news[variant % len(news)])
        name = f"{i:05d}_{seed.name}"
        (folder / name).write_text(text + f"\nVersion {i} de l'article, republiée par la rédaction.\n", encoding="utf-8")
        out_meta[name] = meta.get(seed.name, {})
    (folder / "metadata.json").write_text(json.dumps(out_meta, ensure_ascii=False), encoding="utf-8")
    return folder


def component_shares(nlp, texts: list[str]) -> dict[str, float]:  # type: ignore[no-untyped-def]
    """Seconds spent in each pipeline component, one document at a time (for the shares)."""
    from techpolgraph.build import make_doc
    from techpolgraph.corpus import make_document

    seconds = {name: 0.0 for name in nlp.pipe_names}
    for i, text in enumerate(texts):
        doc = make_doc(nlp, make_document(text, f"{i}.txt", check_language=False))
        for name, proc in nlp.pipeline:
            start = time.perf_counter()
            doc = proc(doc)
            seconds[name] += time.perf_counter() - start
    return seconds


def _peak_mb() -> float:
    """Peak resident memory of this process (``VmHWM``: ru_maxrss would carry a parent's peak)."""
    import resource

    status = Path("/proc/self/status")
    found = re.search(r"VmHWM:\s+(\d+) kB", status.read_text()) if status.exists() else None
    return int(found.group(1)) / 1024 if found else resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024


def child(kind: str, corpus: Path, n_process: int) -> dict[str, object]:
    """One timed run, in this (fresh) process: ``raw`` spaCy or the whole ``build``."""
    from techpolgraph.corpus import iter_corpus, read_corpus

    warm = [d.content for d in islice((d for d in iter_corpus(corpus) if hasattr(d, "content")), 5)]
    if kind == "raw":
        import spacy

        texts = [d.content for d in read_corpus(corpus)[0]]
        nlp = spacy.load("fr_core_news_md")
        list(nlp.pipe(warm))
        start, cpu = time.perf_counter(), time.process_time()
        tokens = sum(len(doc) for doc in nlp.pipe(texts, batch_size=16))
        return {"seconds": time.perf_counter() - start, "cpu": time.process_time() - cpu, "tokens": tokens}
    import techpolgraph as tpg
    from techpolgraph.build import load_analyser

    nlp = load_analyser()
    list(nlp.pipe(warm))
    timings: dict[str, float] = {}
    start, cpu = time.perf_counter(), time.process_time()
    kg = tpg.build(corpus, nlp=nlp, n_process=n_process, progress=False, timings=timings)
    seconds, cpu = time.perf_counter() - start, time.process_time() - cpu
    peak = _peak_mb()  # of the build itself: writing the files below may take more, for a moment
    with tempfile.TemporaryDirectory() as tmp:
        start = time.perf_counter()
        kg.to_graphml(Path(tmp) / "g.graphml")
        kg.to_json(Path(tmp) / "g.json")
        timings["export"] = time.perf_counter() - start
    return {"seconds": seconds, "cpu": cpu, "timings": timings, "summary": kg.report.summary(), "peak_mb": peak}


def run(kind: str, corpus: Path, n_process: int = 1) -> dict:  # type: ignore[type-arg]
    """:func:`child` in a fresh Python process."""
    command = [sys.executable, __file__, "--child", kind, "--corpus", str(corpus), "--n-process", str(n_process)]
    out = subprocess.run(command, check=True, capture_output=True, text=True).stdout
    return json.loads(out.strip().splitlines()[-1])


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    parser.add_argument("-n", type=int, default=500, help="number of articles (default 500)")
    parser.add_argument("--memory-only", action="store_true", help="only the peak memory of one build")
    parser.add_argument("--no-parallel", action="store_true", help="skip the n_process=2 build")
    parser.add_argument("--repeat", type=int, default=3, help="runs of each measure (default 3)")
    parser.add_argument(
        "--keep-corpus",
        type=Path,
        metavar="DIR",
        help="write the generated corpus into DIR and keep it (to build it again and compare outputs byte for byte)",
    )
    parser.add_argument("--child", choices=("raw", "build"), help=argparse.SUPPRESS)
    parser.add_argument("--corpus", type=Path, help=argparse.SUPPRESS)
    parser.add_argument("--n-process", type=int, default=1, help=argparse.SUPPRESS)
    args = parser.parse_args()
    if args.child:
        print(json.dumps(child(args.child, args.corpus, args.n_process)))
        return

    with tempfile.TemporaryDirectory() as tmp:
        corpus = make_corpus(args.keep_corpus or Path(tmp) / "corpus", args.n)
        if args.memory_only:
            result = run("build", corpus)
            print(f"N={args.n}: peak memory {result['peak_mb']:.0f} MB, build {result['seconds']:.1f} s")
            return
        raws, builds = [], []
        for _ in range(args.repeat):
            raws.append(run("raw", corpus))
            builds.append(run("build", corpus))
        tokens = raws[0]["tokens"]
        raw_seconds = min(r["seconds"] for r in raws)
        best = min(builds, key=lambda b: b["seconds"])
        pairs = [r["seconds"] / b["seconds"] for r, b in zip(raws, builds)]
        print(f"N={args.n} articles, {tokens} tokens, {args.repeat} runs of each; {best['summary']}")
        print(f"raw fr_core_news_md nlp.pipe : {tokens / raw_seconds:8.0f} tok/s ({raw_seconds:.1f} s, best run)")
        print(f"whole build, 1 process      : {tokens / best['seconds']:8.0f} tok/s ({best['seconds']:.1f} s, best run)")
        print(f"ratio build / raw           : {raw_seconds / best['seconds']:8.3f}  (target >= 0.85)")
        print(f"ratio of each pair of runs  : {', '.join(f'{p:.3f}' for p in pairs)} (median {statistics.median(pairs):.3f})")
        cpu_pairs = [r["cpu"] / b["cpu"] for r, b in zip(raws, builds)]
        print(f"ratio of CPU time           : {min(r['cpu'] for r in raws) / min(b['cpu'] for b in builds):8.3f}  (best runs; "
              f"pairs {', '.join(f'{p:.3f}' for p in cpu_pairs)}): less swayed by other work on a shared machine")
        print("stages (s): " + ", ".join(f"{k} {v:.2f}" for k, v in sorted(best["timings"].items(), key=lambda kv: -kv[1])))
        print(f"peak memory of a build: {max(b['peak_mb'] for b in builds):.0f} MB")
        from techpolgraph.build import load_analyser
        from techpolgraph.corpus import read_corpus

        shares = component_shares(load_analyser(), [d.text for d in read_corpus(corpus)[0][:50]])
        whole = sum(shares.values())
        print("components (share of pipeline time, 50 docs): " + ", ".join(f"{k} {v / whole:.1%}" for k, v in shares.items()))
        ours = sum(v for k, v in shares.items() if k.startswith("techpolgraph_"))
        print(f"techpolgraph components together: {ours / whole:.1%} of pipeline time")
        if not args.no_parallel:
            total2 = min(run("build", corpus, 2)["seconds"] for _ in range(args.repeat))
            print(f"whole build, n_process=2    : {tokens / total2:8.0f} tok/s ({total2:.1f} s), "
                  f"speed-up {best['seconds'] / total2:.2f} (target >= 1.7)")


if __name__ == "__main__":
    main()
