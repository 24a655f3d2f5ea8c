"""Build speed and memory on a synthetic corpus of N articles.

The five sample articles of ``corpus/`` are repeated under distinct names, each copy varied
(the main people's names swapped for others, a numbered line added) so that no two files hold
the same text. The script prints:

- tokens/s of the whole build (reading, spaCy, our components, assembly) at one process;
- tokens/s of plain ``fr_core_news_md`` ``nlp.pipe`` over the same texts, in the same run,
  and the ratio of the two (target: 0.9 or more);
- the build with ``n_process=2`` and its speed-up over one process (target: 1.7 or more);
- seconds per stage of the build, and the share of each pipeline component;
- peak memory of a build in a fresh process (``--memory``), for comparing corpus sizes.

Usage::

    .venv/bin/python bench/bench_build.py -n 500
    .venv/bin/python bench/bench_build.py -n 5000 --memory-only   # peak memory of one build
"""

from __future__ import annotations

import argparse
import json
import statistics
import subprocess
import sys
import tempfile
import time
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


def raw_pipe(nlp, texts: list[str]) -> tuple[int, float]:  # type: ignore[no-untyped-def]
    """Tokens and seconds of plain fr_core_news_md over the texts (one process)."""
    start = time.perf_counter()
    tokens = sum(len(doc) for doc in nlp.pipe(texts, batch_size=16))
    return tokens, time.perf_counter() - start


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


def timed_build(corpus: Path, nlp, n_process: int) -> tuple[float, dict[str, float], object]:  # type: ignore[no-untyped-def]
    import techpolgraph as tpg

    timings: dict[str, float] = {}
    start = time.perf_counter()
    kg = tpg.build(corpus, nlp=nlp, n_process=n_process, progress=False, timings=timings)
    total = time.perf_counter() - start
    with tempfile.TemporaryDirectory() as tmp:
        t = time.perf_counter()
        kg.to_graphml(Path(tmp) / "g.graphml")
        kg.to_json(Path(tmp) / "g.json")
        timings["export"] = time.perf_counter() - t
    return total, timings, kg


def memory_of_build(corpus: Path, n_process: int = 1) -> dict[str, float]:
    """Peak resident memory (MB) of a build of ``corpus`` in a fresh Python process."""
    # VmHWM is the peak of this process only (ru_maxrss would carry the parent's peak over exec).
    code = (
        "import resource, re, time, techpolgraph as tpg\n"
        "t = time.perf_counter()\n"
        f"kg = tpg.build({str(corpus)!r}, n_process={n_process}, progress=False)\n"
        "status = open('/proc/self/status').read()\n"
        "hwm = re.search(r'VmHWM:\\s+(\\d+) kB', status)\n"
        "peak = int(hwm.group(1)) if hwm else resource.getrusage(resource.RUSAGE_SELF).ru_maxrss\n"
        "print(peak / 1024, time.perf_counter() - t, kg.report.documents)\n"
    )
    out = subprocess.run([sys.executable, "-c", code], check=True, capture_output=True, text=True).stdout.split()
    return {"peak_mb": float(out[0]), "seconds": float(out[1]), "documents": float(out[2])}


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    parser.add_argument("-n", type=int, default=500, help="number of articles (default 500)")
    parser.add_argument("--memory-only", action="store_true", help="only the peak memory of one build")
    parser.add_argument("--no-parallel", action="store_true", help="skip the n_process=2 build")
    parser.add_argument("--repeat", type=int, default=2, help="runs of each measure, the best is kept (default 2)")
    args = parser.parse_args()

    from techpolgraph.corpus import read_corpus

    with tempfile.TemporaryDirectory() as tmp:
        corpus = make_corpus(Path(tmp) / "corpus", args.n)
        if args.memory_only:
            mem = memory_of_build(corpus)
            print(f"N={args.n}: peak memory {mem['peak_mb']:.0f} MB, build {mem['seconds']:.1f} s")
            return
        import spacy

        from techpolgraph.build import load_analyser

        documents, _ = read_corpus(corpus)
        texts = [d.content for d in documents]
        raw = spacy.load("fr_core_news_md")
        nlp = load_analyser()
        list(raw.pipe(texts[:5]))  # warm up
        list(nlp.pipe(texts[:5]))
        # Alternate the two and keep the best of each: other load on the machine affects both
        # alike. Each build runs right after a raw run, and the ratio of each such pair is shown
        # too: the speed of a shared machine drifts over minutes.
        raw_seconds = total = float("inf")
        pairs = []
        for _ in range(args.repeat):
            tokens, raw_run = raw_pipe(raw, texts)
            raw_seconds = min(raw_seconds, raw_run)
            seconds, stage_times, kg = timed_build(corpus, nlp, 1)
            pairs.append(raw_run / seconds)
            if seconds < total:
                total, timings = seconds, stage_times
        print(f"N={args.n} articles, {tokens} tokens, best of {args.repeat} runs; {kg.report.summary()}")  # type: ignore[attr-defined]
        raw_speed, build_speed = tokens / raw_seconds, tokens / total
        print(f"raw fr_core_news_md nlp.pipe : {raw_speed:8.0f} tok/s ({raw_seconds:.1f} s)")
        print(f"whole build, 1 process      : {build_speed:8.0f} tok/s ({total:.1f} s)")
        print(f"ratio build / raw           : {build_speed / raw_speed:8.2f}  (target >= 0.9)")
        print(f"ratio of each pair of runs  : {', '.join(f'{p:.2f}' for p in pairs)} (median {statistics.median(pairs):.2f})")
        print("stages (s): " + ", ".join(f"{k} {v:.2f}" for k, v in sorted(timings.items(), key=lambda kv: -kv[1])))
        shares = component_shares(nlp, [d.text for d in documents[:50]])
        whole = sum(shares.values())
        print("components (share of pipeline time, 50 docs): " + ", ".join(f"{k} {v / whole:.1%}" for k, v in shares.items()))
        ours = sum(v for k, v in shares.items() if k.startswith("techpolgraph_"))
        print(f"techpolgraph components together: {ours / whole:.1%} of pipeline time")
        if not args.no_parallel:
            total2 = min(timed_build(corpus, nlp, 2)[0] for _ in range(args.repeat))
            print(f"whole build, n_process=2    : {tokens / total2:8.0f} tok/s ({total2:.1f} s), "
                  f"speed-up {total / total2:.2f} (target >= 1.7)")
        mem = memory_of_build(corpus)
        print(f"peak memory of a build (fresh process): {mem['peak_mb']:.0f} MB")


if __name__ == "__main__":
    main()
