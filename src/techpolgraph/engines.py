"""Where documents are analysed: in this process (spaCy's ``nlp.pipe``, optionally with worker
processes) or on a dask.distributed cluster.

An engine turns documents into :class:`~techpolgraph.models.DocumentAnalysis` records, one per
document, and reports a document it cannot analyse as a
:class:`~techpolgraph.models.SkippedDocument`. The analysis of a document depends only on the
document and the pipeline, so every engine gives the same records, and the graph assembled
from them is the same.
"""

from __future__ import annotations

import ctypes
import functools
import gc
import hashlib
import multiprocessing as mp
import os
import platform
import warnings
from collections.abc import Iterator, Sequence
from typing import Any, Optional, Protocol

from spacy.language import Language
from spacy.tokens import Doc

from .corpus import plain_spaces
from .errors import EngineError
from .models import Document, DocumentAnalysis, SkippedDocument
from .nlp.casing import restore_case
from .nlp.pipeline import load_analyser, pipeline_from_bytes, pipeline_to_bytes, shipped_model
from .nlp.text import remember_text
from .relations.extract import document_relations
from .resolve import local_entities, mentions

#: The engines :func:`make_engine` knows.
ENGINES = ("local", "dask")


class Engine(Protocol):
    """Analyses documents; a document that fails goes to ``skipped`` with the reason."""

    def analyse(self, documents: Sequence[Document], skipped: list[SkippedDocument]) -> Iterator[DocumentAnalysis]: ...

    def close(self) -> None: ...


# ---------------------------------------------------------------------------------------------
# memory of the analysing process

#: glibc's mallopt parameters, and the values a build sets (see :func:`keep_freed_memory`).
_M_TRIM_THRESHOLD, _M_MMAP_THRESHOLD = -1, -3
_HEAP_SETTINGS = ((_M_MMAP_THRESHOLD, 32 << 20), (_M_TRIM_THRESHOLD, 1 << 30))
_GLIBC_VARIABLES = ("MALLOC_TRIM_THRESHOLD_", "MALLOC_MMAP_THRESHOLD_", "MALLOC_TOP_PAD_", "MALLOC_MMAP_MAX_")


@functools.lru_cache(maxsize=1)
def _glibc() -> Any:
    if platform.system() != "Linux" or platform.libc_ver()[0] != "glibc":
        return None
    try:
        return ctypes.CDLL("libc.so.6")
    except OSError:
        return None


def keep_freed_memory() -> bool:
    """Let this process keep the memory spaCy frees, for its next batch, instead of handing it
    back to the system and faulting it in again.

    spaCy allocates and frees large arrays at every batch. Once a build's own records lie
    between them on the heap, glibc's default thresholds give those arrays fresh pages each
    time: on 200 articles a build took 388,000 page faults where raw spaCy took 183,000, and
    ran 3 to 6% slower than with large blocks served from the heap (up to 32 MB) and no
    automatic trimming (184,000 faults). Call :func:`release_freed_memory` now and then (a
    build does every 128 articles, so that what it keeps stays bounded) and when done.

    Only on Linux with glibc, and only when the user set none of glibc's ``MALLOC_*`` variables.
    Returns whether the settings were made.
    """
    libc = _glibc()
    if libc is None or any(name in os.environ for name in _GLIBC_VARIABLES):
        return False
    return all(libc.mallopt(param, value) == 1 for param, value in _HEAP_SETTINGS)


def release_freed_memory() -> None:
    """Give the free memory at the top of the heap back to the system (after a build)."""
    libc = _glibc()
    if libc is not None:
        libc.malloc_trim(0)


def make_doc(nlp: Language, document: Document) -> Doc:
    """The spaCy Doc of a document's cleaned content, with its id and date attached: the tokenizer
    reads it with plain spaces (:func:`.corpus.plain_spaces`) and its lines in capitals in ordinary
    case (:func:`.nlp.casing.restore_case`), the Doc keeps its own as its text (evidence stays
    verbatim, at the same offsets)."""
    doc = nlp.make_doc(restore_case(plain_spaces(document.content), nlp))
    remember_text(doc, document.content)
    doc._.tpg_doc_id = document.id
    doc._.tpg_date = document.date.isoformat() if document.date else ""
    doc._.tpg_title = document.title
    return doc


def analysis_of(doc: Doc, document: Document) -> DocumentAnalysis:
    """The records of a processed doc: local entities, mentions and relations."""
    return DocumentAnalysis(
        document=document,
        entities=tuple(local_entities(doc)),
        mentions=tuple(mentions(doc)),
        relations=tuple(document_relations(doc)),
    )


def skip(skipped: Optional[list[SkippedDocument]], path: str, reason: str) -> None:
    """Report a document left out: into ``skipped``, or as a warning when there is no list."""
    if skipped is None:
        warnings.warn(f"{path}: {reason}", stacklevel=3)
    else:
        skipped.append(SkippedDocument(path=path, reason=reason))


def analyse_batch(
    nlp: Language,
    batch: Sequence[Document],
    batch_size: int = 16,
    n_process: int = 1,
    skipped: Optional[list[SkippedDocument]] = None,
) -> Iterator[DocumentAnalysis]:
    """Analyse a batch through one ``nlp.pipe`` call; when it fails, document by document,
    so that one bad document does not sink the others."""
    try:
        docs: list[Optional[Doc]] = list(
            nlp.pipe((make_doc(nlp, d) for d in batch), batch_size=batch_size, n_process=n_process)
        )
    except Exception:  # noqa: BLE001  (redone one by one below, each failure reported)
        docs = []
        for document in batch:
            try:
                docs.append(nlp(make_doc(nlp, document)))
            except Exception as err:  # noqa: BLE001  (reported, never silent)
                docs.append(None)
                skip(skipped, document.id, f"analysis failed: {type(err).__name__}: {err}")
    for document, doc in zip(batch, docs):
        if doc is None:
            continue
        try:
            yield analysis_of(doc, document)
        except Exception as err:  # noqa: BLE001
            skip(skipped, document.id, f"analysis failed: {type(err).__name__}: {err}")


#: The pipeline of a worker process of :class:`LocalEngine` (inherited on fork, else sent).
_WORKER: dict[str, Language] = {}


def _worker_start(model: str, pipeline: bytes) -> None:
    """Set up a worker process: the parent's pipeline, inherited (fork), loaded by model name
    (the shipped one) or rebuilt from its bytes."""
    if "nlp" not in _WORKER:
        _WORKER["nlp"] = load_analyser(model) if model else pipeline_from_bytes(pipeline)


def _worker_analyse(documents: list[Document]) -> tuple[list[DocumentAnalysis], list[SkippedDocument]]:
    skipped: list[SkippedDocument] = []
    analyses = list(analyse_batch(_WORKER["nlp"], documents, batch_size=len(documents), skipped=skipped))
    return analyses, skipped


class LocalEngine:
    """spaCy on this machine: in this process, or in ``n_process`` worker processes.

    Each worker runs the whole analysis of a few documents at a time (spaCy, our components
    and the records) and sends back only the records, so the work splits evenly and this
    process only reads files. Workers start once per engine; on Linux they inherit the loaded
    pipeline (fork); elsewhere each loads the shipped pipeline, or gets the caller's own one
    as bytes (:func:`~techpolgraph.nlp.pipeline.pipeline_to_bytes`).
    """

    def __init__(self, nlp: Language, batch_size: int = 16, n_process: int = 1, per_task: int = 4) -> None:
        self.nlp = nlp
        self.batch_size = batch_size
        self.n_process = max(1, n_process)
        self.per_task = per_task
        self._pool: Any = None

    def analyse(self, documents: Sequence[Document], skipped: list[SkippedDocument]) -> Iterator[DocumentAnalysis]:
        if self.n_process == 1 or len(documents) <= self.per_task:
            yield from analyse_batch(self.nlp, documents, self.batch_size, 1, skipped)
            return
        tasks = [list(documents[i : i + self.per_task]) for i in range(0, len(documents), self.per_task)]
        for analyses, failed in self._workers().imap_unordered(_worker_analyse, tasks):
            skipped.extend(failed)
            yield from analyses

    def _workers(self) -> Any:
        if self._pool is None:
            methods = mp.get_all_start_methods()
            context = mp.get_context("fork" if "fork" in methods else "spawn")
            _WORKER["nlp"] = self.nlp
            model, pipeline = "", b""
            if context.get_start_method() == "fork":
                gc.freeze()  # the workers' garbage collector then leaves the inherited model's pages shared
            else:
                model = shipped_model(self.nlp) or ""
                pipeline = b"" if model else pipeline_to_bytes(self.nlp)
            self._pool = context.Pool(self.n_process, initializer=_worker_start, initargs=(model, pipeline))
        return self._pool

    def close(self) -> None:
        if self._pool is not None:
            self._pool.close()
            self._pool.join()
            self._pool = None
            gc.unfreeze()


# ---------------------------------------------------------------------------------------------
# dask.distributed


#: Pipelines rebuilt in a dask worker process, by the key of their bytes (see :class:`DaskEngine`).
_REMOTE: dict[str, Language] = {}


def _remote_pipeline(model: str, key: str, pipeline: Optional[bytes]) -> Language:
    """The pipeline of a dask task: the shipped one by model name, or the caller's own one,
    rebuilt once per worker process from its bytes."""
    if pipeline is None:
        return load_analyser(model or None)
    if key not in _REMOTE:
        _REMOTE.clear()  # one caller's pipeline at a time: each holds a whole model
        _REMOTE[key] = pipeline_from_bytes(pipeline)
    return _REMOTE[key]


def _remote_analyse(
    payload: list[str], model: str, key: str = "", pipeline: Optional[bytes] = None
) -> list[tuple[str, Optional[str], str]]:
    """Run on a dask worker: analyse documents given as JSON, answer (id, analysis JSON, error).

    The pipeline is loaded once per worker process (see :func:`_remote_pipeline`).
    """
    keep_freed_memory()
    nlp = _remote_pipeline(model, key, pipeline)
    documents = [Document.model_validate_json(p) for p in payload]
    skipped: list[SkippedDocument] = []
    done = {a.document.id: a.model_dump_json() for a in analyse_batch(nlp, documents, skipped=skipped)}
    errors = {s.path: s.reason for s in skipped}
    return [(d.id, done.get(d.id), errors.get(d.id, "")) for d in documents]


class DaskEngine:
    """Per-document analysis on a dask.distributed cluster.

    ``scheduler`` is the address of a running scheduler (``tcp://host:8786``); without one, a
    local cluster of ``workers`` processes is started and shut down with the engine. Tasks
    carry ``chunk`` documents each.

    Workers analyse with the caller's pipeline ``nlp``: the shipped one is loaded by each
    worker by its model name; any other one is sent once to every worker as bytes
    (:func:`~techpolgraph.nlp.pipeline.pipeline_to_bytes`) and rebuilt there, or refused with
    an :class:`EngineError` when it cannot be serialised or rebuilt. Without ``nlp``, workers
    load the shipped pipeline of ``model`` (default: ``fr_core_news_md``).
    """

    def __init__(
        self,
        scheduler: Optional[str] = None,
        workers: int = 2,
        chunk: int = 4,
        model: str = "",
        nlp: Optional[Language] = None,
    ) -> None:
        self.model = model
        self._pipeline: Optional[bytes] = None
        self._key = ""
        if nlp is not None:
            shipped = shipped_model(nlp)
            if shipped is not None:
                self.model = shipped
            else:  # refused here, before a cluster starts, when it cannot be serialised
                self._pipeline = pipeline_to_bytes(nlp)
                self._key = hashlib.sha1(self._pipeline).hexdigest()[:16]
        self._sent: Any = None
        try:
            from distributed import Client, LocalCluster
        except ImportError:
            raise EngineError(
                "the dask engine needs dask.distributed: pip install 'techpolgraph[dask]'"
            ) from None
        self.chunk = max(1, chunk)
        self._cluster: Any = None
        try:
            if scheduler:
                self.client = Client(scheduler, timeout="30s")
            else:
                self._cluster = LocalCluster(
                    n_workers=workers, threads_per_worker=1, processes=True, dashboard_address=None
                )
                self.client = Client(self._cluster)
        except (OSError, TimeoutError) as err:
            self.close()
            raise EngineError(f"cannot reach the dask scheduler {scheduler or '(local cluster)'}: {err}") from None

    def analyse(self, documents: Sequence[Document], skipped: list[SkippedDocument]) -> Iterator[DocumentAnalysis]:
        from distributed import as_completed

        chunks = [
            [d.model_dump_json() for d in documents[i : i + self.chunk]] for i in range(0, len(documents), self.chunk)
        ]
        if not chunks:
            return
        if self._pipeline is not None and self._sent is None:  # once, to every worker
            self._sent = self.client.scatter(self._pipeline, broadcast=True, hash=False)
            self._pipeline = None
        futures = self.client.map(_remote_analyse, chunks, model=self.model, key=self._key, pipeline=self._sent, pure=False)
        by_id = {d.id: d for d in documents}
        for future in as_completed(futures):
            for doc_id, analysis, error in future.result():
                if analysis is None:
                    skip(skipped, doc_id, error or "analysis failed on a dask worker")
                    continue
                # the worker's copy of the document is the same; keep the one read here
                yield DocumentAnalysis.model_validate_json(analysis).model_copy(update={"document": by_id[doc_id]})

    def close(self) -> None:
        client = getattr(self, "client", None)
        if client is not None:
            client.close()
        if self._cluster is not None:
            self._cluster.close()
            self._cluster = None


def make_engine(
    name: str,
    nlp: Optional[Language] = None,
    batch_size: int = 16,
    n_process: int = 1,
    scheduler: Optional[str] = None,
) -> Engine:
    """The engine called ``name`` (``local`` or ``dask``)."""
    if name == "local":
        if nlp is None:
            raise EngineError("the local engine needs a loaded pipeline")
        return LocalEngine(nlp, batch_size, n_process)
    if name == "dask":
        return DaskEngine(scheduler, workers=max(2, n_process), nlp=nlp)
    raise EngineError(f"unknown engine {name!r}: choose one of {', '.join(ENGINES)}")
