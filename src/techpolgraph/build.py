"""Building the graph: corpus -> spaCy -> resolver -> relations -> one :class:`KnowledgeGraph`.

Each document is analysed on its own (entities, local resolution, relations: a
:class:`~techpolgraph.models.DocumentAnalysis`); the analyses are then linked across the
corpus and assembled into the graph. A document that fails at any step is reported and
skipped; the build goes on.
"""

from __future__ import annotations

import sys
import warnings
from collections.abc import Iterable, Iterator
from pathlib import Path
from typing import Optional, Union

from spacy.language import Language
from spacy.tokens import Doc

from .corpus import iter_corpus
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
from .nlp import load_pipeline
from .relations.extract import document_relations
from .resolve import link_entities, local_entities, mentions

PathLike = Union[str, Path]

#: Components that the build adds after the entity components, in order.
ANALYSIS_COMPONENTS = ("techpolgraph_resolver", "techpolgraph_relations")


def load_analyser(model: Optional[str] = None) -> Language:
    """The full pipeline: the French model, entity components, resolver and relations.

    Loaded once per process (the model is cached by :func:`~techpolgraph.nlp.load_pipeline`).
    """
    from .relations import extract  # noqa: F401  (registers the factories)
    from .resolve import document  # noqa: F401

    nlp = load_pipeline(model) if model else load_pipeline()
    for name in ANALYSIS_COMPONENTS:
        if name not in nlp.pipe_names:
            nlp.add_pipe(name, last=True)
    return nlp


def _make_doc(nlp: Language, document: Document) -> Doc:
    doc = nlp.make_doc(document.content)
    doc._.tpg_doc_id = document.id
    doc._.tpg_date = document.date.isoformat() if document.date else ""
    return doc


def analysis_of(doc: Doc, document: Document) -> DocumentAnalysis:
    """The records of a processed doc: local entities, mentions and relations."""
    return DocumentAnalysis(
        document=document,
        entities=tuple(local_entities(doc)),
        mentions=tuple(mentions(doc)),
        relations=tuple(document_relations(doc)),
    )


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
    batch: list[Document] = []
    for document in documents:
        batch.append(document)
        if len(batch) >= batch_size * max(n_process, 1):
            yield from _analyse_batch(nlp, batch, batch_size, n_process, skipped)
            batch = []
    if batch:
        yield from _analyse_batch(nlp, batch, batch_size, n_process, skipped)


def _analyse_batch(
    nlp: Language,
    batch: list[Document],
    batch_size: int,
    n_process: int,
    skipped: Optional[list[SkippedDocument]],
) -> Iterator[DocumentAnalysis]:
    try:
        docs = list(nlp.pipe((_make_doc(nlp, d) for d in batch), batch_size=batch_size, n_process=n_process))
    except Exception:  # one bad document must not sink the batch: redo them one by one
        docs = []
        for document in batch:
            try:
                docs.append(nlp(_make_doc(nlp, document)))
            except Exception as err:  # noqa: BLE001  (reported, never silent)
                docs.append(None)
                _skip(skipped, document.id, f"analysis failed: {type(err).__name__}: {err}")
    for document, doc in zip(batch, docs):
        if doc is None:
            continue
        try:
            yield analysis_of(doc, document)
        except Exception as err:  # noqa: BLE001
            _skip(skipped, document.id, f"analysis failed: {type(err).__name__}: {err}")


def _skip(skipped: Optional[list[SkippedDocument]], path: str, reason: str) -> None:
    item = SkippedDocument(path=path, reason=reason)
    if skipped is None:
        warnings.warn(f"{path}: {reason}", stacklevel=3)
    else:
        skipped.append(item)


def assemble(
    analyses: Iterable[DocumentAnalysis],
    skipped: Iterable[SkippedDocument] = (),
    cached: int = 0,
) -> KnowledgeGraph:
    """Link the documents' entities across the corpus and make the graph."""
    analyses = sorted(analyses, key=lambda a: a.document.id)
    entities, links = link_entities(analyses)
    relations: list[Relation] = []
    for analysis in analyses:
        doc = analysis.document
        for r in analysis.relations:
            source, target = links.get((doc.id, r.source)), links.get((doc.id, r.target))
            if source is None or target is None or source == target:
                continue
            relations.append(
                Relation(
                    id=stable_id(doc.id, r.evidence.start, r.relation.value, source, target, r.cue),
                    source=source,
                    target=target,
                    relation=r.relation,
                    modality=r.modality,
                    doc=doc.id,
                    evidence=r.evidence,
                    date=doc.date,
                    event_date=r.event_date,
                    attributed_to=r.attributed_to,
                    tense=r.tense,
                    cue=r.cue,
                    source_text=r.source_text,
                    target_text=r.target_text,
                )
            )
    relations = list({r.id: r for r in relations}.values())
    skipped = tuple(sorted(skipped, key=lambda s: s.path))
    report = BuildReport(
        documents=len(analyses),
        skipped=skipped,
        cached=cached,
        entities=len(entities),
        relations=len(relations),
    )
    return KnowledgeGraph(entities, relations, [DocumentInfo.of(a.document) for a in analyses], report)


def build(
    corpus: PathLike,
    *,
    nlp: Optional[Language] = None,
    batch_size: int = 16,
    n_process: int = 1,
    progress: Optional[bool] = None,
) -> KnowledgeGraph:
    """Build the knowledge graph of a corpus folder (``.txt`` articles, JSONL files).

    Unusable articles are reported in ``kg.report.skipped`` and left out; the build goes on.
    ``progress`` shows a progress bar (default: when standard error is a terminal).

    >>> import techpolgraph as tpg
    >>> kg = tpg.build("corpus/")
    >>> kg.report.summary().startswith("5 documents read, 0 skipped")
    True
    """
    skipped: list[SkippedDocument] = []
    documents: list[Document] = []
    for item in iter_corpus(corpus):
        if isinstance(item, Document):
            documents.append(item)
        else:
            skipped.append(item)
    if not documents:
        reasons = "; ".join(f"{s.path}: {s.reason}" for s in skipped[:5])
        raise CorpusError(f"{corpus}: no readable article" + (f" ({reasons})" if reasons else ""))
    nlp = nlp or load_analyser()
    stream: Iterable[Document] = documents
    show = sys.stderr.isatty() if progress is None else progress
    bar = None
    if show:
        from tqdm import tqdm

        bar = tqdm(total=len(documents), unit="doc", desc="techpolgraph", file=sys.stderr)
    analyses = []
    for analysis in analyse(stream, nlp, batch_size=batch_size, n_process=n_process, skipped=skipped):
        analyses.append(analysis)
        if bar is not None:
            bar.update(1)
    if bar is not None:
        bar.close()
    return assemble(analyses, skipped)
