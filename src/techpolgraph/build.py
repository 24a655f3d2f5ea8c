"""Building the graph: corpus -> spaCy -> resolver -> relations -> one :class:`KnowledgeGraph`.

Each document is analysed on its own (entities, local resolution, relations: a
:class:`~techpolgraph.models.DocumentAnalysis`); the analyses are then linked across the
corpus and assembled into the graph. A document that fails at any step is reported and
skipped; the build goes on.

The corpus is streamed: articles are read, analysed and written to the cache a chunk at a
time, and of each only its digest (:class:`~techpolgraph.resolve.DocumentDigest`: what the
linking reads, without text or mention records) is kept for the assembly, so that memory grows
little with the size of the corpus. With a cache, an article analysed by an earlier
build with the same pipeline is read back instead of analysed again.
"""

from __future__ import annotations

import contextlib
import gc
import sys
import time
from collections.abc import Iterable, Iterator
from itertools import islice
from typing import Optional, Union

from spacy.language import Language

from .cache import AnalysisCache
from .corpus import MAX_BYTES, MULTI_DOCUMENT_SUFFIXES, corpus_files, iter_corpus
from .engines import (
    Engine,
    analyse_batch,
    analysis_of,
    keep_freed_memory,
    make_doc,
    make_engine,
    release_freed_memory,
)
from .errors import CorpusError
from .graph import KnowledgeGraph
from .models import (
    BuildReport,
    Document,
    DocumentAnalysis,
    DocumentInfo,
    Relation,
    SkippedDocument,
    stable_id,
)
from .nlp.pipeline import ANALYSIS_COMPONENTS, load_analyser, pipeline_fingerprint
from .resolve import DocumentDigest, link_entities
from .types import PathLike

__all__ = ["ANALYSIS_COMPONENTS", "analyse", "analysis_of", "assemble", "build", "load_analyser", "make_doc"]

#: Articles analysed between two releases of the memory kept free for spaCy's next batches.
RELEASE_EVERY = 128


def _chunks(items: Iterable[Document], size: int) -> Iterator[list[Document]]:
    iterator = iter(items)
    while chunk := list(islice(iterator, size)):
        yield chunk


def analyse(
    documents: Iterable[Document],
    nlp: Optional[Language] = None,
    batch_size: int = 16,
    n_process: int = 1,
    skipped: Optional[list[SkippedDocument]] = None,
) -> Iterator[DocumentAnalysis]:
    """Analyse documents in batches through ``nlp.pipe``; a document that fails is skipped.

    Failures are appended to ``skipped`` (when given) with the file name and the reason.
    """
    nlp = nlp or load_analyser()
    for chunk in _chunks(documents, batch_size * max(n_process, 1)):
        yield from analyse_batch(nlp, chunk, batch_size, n_process, skipped)


def assemble(
    analyses: Iterable[Union[DocumentAnalysis, DocumentDigest]],
    skipped: Iterable[SkippedDocument] = (),
    cached: int = 0,
    duplicates: Optional[dict[str, list[str]]] = None,
) -> KnowledgeGraph:
    """Link the documents' entities across the corpus and make the graph.

    ``analyses`` are the documents' analyses, or their digests (what a build keeps of each).

    ``duplicates`` maps a document id to the other files that hold the same text: they are
    recorded on its :class:`DocumentInfo`, and were not analysed twice.
    """
    digests = sorted(map(DocumentDigest.of, analyses), key=lambda d: d.document.id)
    entities, links = link_entities(digests)
    relations: list[Relation] = []
    for digest in digests:
        doc = digest.document
        for r in digest.relations:
            source, target = links.get((doc.id, r.source)), links.get((doc.id, r.target))
            if source is None or target is None or source == target:
                continue
            relations.append(
                Relation.linked(
                    r,
                    id=stable_id(doc.id, r.evidence.start, r.relation.value, source, target, r.cue),
                    source=source,
                    target=target,
                    doc=doc.id,
                    date=doc.date,
                )
            )
    relations = list({r.id: r for r in relations}.values())
    skipped = tuple(sorted(skipped, key=lambda s: s.path))
    report = BuildReport(
        documents=len(digests),
        skipped=skipped,
        cached=cached,
        entities=len(entities),
        relations=len(relations),
        undated=sum(d.document.date is None for d in digests),
    )
    duplicates = duplicates or {}
    documents = [
        DocumentInfo.of(d.document).model_copy(update={"duplicates": tuple(sorted(duplicates.get(d.document.id, ())))})
        for d in digests
    ]
    return KnowledgeGraph(entities, relations, documents, report)


class _Stages:
    """Seconds spent in each stage of a build (reading, analysis, cache, assembly)."""

    def __init__(self, into: Optional[dict[str, float]]) -> None:
        self.seconds = into if into is not None else {}

    def add(self, stage: str, since: float) -> float:
        now = time.perf_counter()
        self.seconds[stage] = self.seconds.get(stage, 0.0) + now - since
        return now


def _read(
    corpus: PathLike,
    skipped: list[SkippedDocument],
    duplicates: dict[str, list[str]],
    stages: _Stages,
    max_bytes: Optional[int],
    check_language: bool,
    text_column: Optional[str] = None,
) -> Iterator[Document]:
    """The usable documents of a corpus, each text once: a file whose text was already read
    under another name is recorded as a duplicate of the first (in sorted order)."""
    first_of: dict[str, str] = {}
    items = iter_corpus(corpus, max_bytes=max_bytes, check_language=check_language, text_column=text_column)
    while True:
        start = time.perf_counter()
        item = next(items, None)
        stages.add("read", start)
        if item is None:
            return
        if isinstance(item, SkippedDocument):
            skipped.append(item)
        elif item.sha1 in first_of:
            duplicates.setdefault(first_of[item.sha1], []).append(item.id)
        else:
            first_of[item.sha1] = item.id
            yield item


def build(
    corpus: PathLike,
    *,
    nlp: Optional[Language] = None,
    batch_size: int = 16,
    n_process: int = 1,
    progress: Optional[bool] = None,
    cache: Optional[PathLike] = None,
    engine: str = "local",
    scheduler: Optional[str] = None,
    max_bytes: Optional[int] = MAX_BYTES,
    check_language: bool = True,
    text_column: Optional[str] = None,
    timings: Optional[dict[str, float]] = None,
) -> KnowledgeGraph:
    """Build the knowledge graph of a corpus folder (``.txt`` articles, JSONL files, Europresse
    exports, saved web pages, CSV and TSV exports: see :mod:`techpolgraph.corpus`).

    Unusable articles are reported in ``kg.report.skipped`` and left out; the build goes on.
    ``progress`` shows a progress bar (default: when standard error is a terminal).

    - ``cache``: an SQLite file of document analyses (created if missing); only new and
      changed articles are analysed, and ``kg.report.cached`` says how many were not.
    - ``engine``: ``"local"`` (spaCy here, ``n_process`` worker processes) or ``"dask"``
      (dask.distributed: ``scheduler`` address, or a local cluster of two workers).
    - ``max_bytes``: larger files are skipped (None: no limit); ``check_language``: texts
      that are not French are skipped; ``text_column``: the text column of CSV and TSV files
      when its name is not a usual one (text, texte, content, body...).
    - ``timings``: a dict that receives the seconds spent in each stage.

    >>> import techpolgraph as tpg
    >>> kg = tpg.build("corpus/")
    >>> kg.report.summary().startswith("5 documents read, 0 skipped")
    True
    """
    stages = _Stages(timings)
    skipped: list[SkippedDocument] = []
    duplicates: dict[str, list[str]] = {}
    documents = _read(corpus, skipped, duplicates, stages, max_bytes, check_language, text_column)
    first = next(documents, None)  # a corpus with no usable article fails before the model loads
    if first is None:
        reasons = "; ".join(f"{s.path}: {s.reason}" for s in sorted(skipped, key=lambda s: s.path)[:5])
        raise CorpusError(f"{corpus}: no readable article" + (f" ({reasons})" if reasons else ""))
    start = time.perf_counter()
    if nlp is None and (engine == "local" or cache is not None):
        nlp = load_analyser()
    start = stages.add("load", start)
    store = AnalysisCache(cache, pipeline_fingerprint(nlp)) if cache is not None and nlp is not None else None
    runner: Engine = make_engine(engine, nlp, batch_size, n_process, scheduler)
    stages.add("load", start)
    bar = _progress_bar(corpus, progress)
    digests: list[DocumentDigest] = []  # all the assembly needs of each article, kept until the end
    cached = 0
    chunk_size = batch_size if n_process <= 1 and engine == "local" else 256
    keep_freed_memory()
    # what is alive now (the model above all, about half a million objects) is set out of the
    # cyclic garbage collector's reach until the analysis ends: each full collection during
    # the analysis walked all of it for nothing (about 1% of a build's time)
    gc.freeze()
    since_release = 0
    try:
        for chunk in _chunks(_chain(first, documents), chunk_size):
            start = time.perf_counter()
            hits = [store.get(d) for d in chunk] if store is not None else [None] * len(chunk)
            misses = [d for d, hit in zip(chunk, hits) if hit is None]
            start = stages.add("cache", start)
            fresh = list(runner.analyse(misses, skipped))
            start = stages.add("analyse", start)
            if store is not None:
                store.put(fresh)
            start = stages.add("cache", start)
            done = [h for h in hits if h is not None]
            cached += len(done)
            digests.extend(map(DocumentDigest.of, [*done, *fresh]))
            since_release += len(fresh)
            if since_release >= RELEASE_EVERY:  # the free memory kept for spaCy must not pile up
                release_freed_memory()
                since_release = 0
            if bar is not None:
                bar.update(len(chunk))
        start = time.perf_counter()
        if store is not None:
            store.keep_only([d.document.id for d in digests])
        stages.add("cache", start)
    finally:
        runner.close()
        gc.unfreeze()
        if store is not None:
            store.close()
        if bar is not None:
            bar.close()
    start = time.perf_counter()
    release_freed_memory()  # what spaCy freed was kept for its next batch: there is none
    with _collector_paused():
        kg = assemble(digests, skipped, cached=cached, duplicates=duplicates)
    del digests
    release_freed_memory()
    stages.add("assemble", start)
    return kg


@contextlib.contextmanager
def _collector_paused() -> Iterator[None]:
    """Python's cyclic garbage collector off while the graph is assembled: the assembly makes
    many small records, and each full collection would walk every digest kept so far (half
    the assembly's time on 500 articles). What the assembly drops is freed as usual, by
    reference counting; anything left for the collector waits until it is back on."""
    enabled = gc.isenabled()
    gc.disable()
    try:
        yield
    finally:
        if enabled:
            gc.enable()


def _chain(first: Document, rest: Iterator[Document]) -> Iterator[Document]:
    yield first
    yield from rest


def _progress_bar(corpus: PathLike, progress: Optional[bool]):  # type: ignore[no-untyped-def]
    show = sys.stderr.isatty() if progress is None else progress
    if not show:
        return None
    from tqdm import tqdm  # only with a progress bar

    files = corpus_files(corpus)
    # an export, a JSONL or a CSV file holds many articles: the bar then counts without a total
    total = None if any(f.suffix.lower() in MULTI_DOCUMENT_SUFFIXES for f in files) else len(files)
    return tqdm(total=total, unit="doc", desc="techpolgraph", file=sys.stderr)
