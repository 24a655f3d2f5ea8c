"""A cache of document analyses in SQLite, so that a rebuild only analyses what changed.

Each row holds one document's :class:`~techpolgraph.models.DocumentAnalysis` as JSON, keyed by
the document (its id, the sha1 of its text and its metadata) and by the fingerprint of the
pipeline that made it (model, versions, components and data files: see
:func:`~techpolgraph.nlp.pipeline.pipeline_fingerprint`). A new article is analysed, an
unchanged one is read back, a changed one is analysed again and replaces its old row, and the
row of an article no longer in the corpus is dropped when the build ends.

The database is written in WAL mode, one transaction per batch: a build killed in the middle
leaves every committed batch usable, and the next build goes on from there.
"""

from __future__ import annotations

import hashlib
import sqlite3
from collections.abc import Iterable
from pathlib import Path
from typing import Optional

from .errors import CacheError
from .models import Document, DocumentAnalysis
from .types import PathLike

#: Bumped when the layout of the table changes; an older cache is then emptied.
SCHEMA_VERSION = 1

_SCHEMA = """
CREATE TABLE IF NOT EXISTS analyses (
    doc_id TEXT PRIMARY KEY,
    key TEXT NOT NULL,
    fingerprint TEXT NOT NULL,
    analysis TEXT NOT NULL
)
"""


def document_key(document: Document) -> str:
    """What decides a document's analysis besides the pipeline: its id, text and metadata.

    >>> from techpolgraph.models import Document
    >>> a = Document(id="a.txt", text="x", content="x", sha1="11")
    >>> document_key(a) == document_key(a.model_copy(update={"title": "T"}))
    False
    """
    meta = document.model_dump_json(include={"id", "title", "date", "source", "url"})
    sha1 = document.sha1 or hashlib.sha1(document.text.encode("utf-8")).hexdigest()
    return hashlib.sha1(f"{sha1}\x1f{meta}".encode("utf-8")).hexdigest()


class AnalysisCache:
    """Document analyses stored in an SQLite file, valid for one pipeline fingerprint.

    >>> import tempfile, os
    >>> from techpolgraph.models import Document, DocumentAnalysis
    >>> doc = Document(id="a.txt", text="x", content="x", sha1="11")
    >>> with AnalysisCache(os.path.join(tempfile.mkdtemp(), "c.sqlite"), "fp") as cache:
    ...     cache.put([DocumentAnalysis(document=doc)])
    ...     cache.get(doc) == DocumentAnalysis(document=doc), cache.get(doc.model_copy(update={"sha1": "22"}))
    (True, None)
    """

    def __init__(self, path: PathLike, fingerprint: str) -> None:
        self.path = Path(path)
        self.fingerprint = fingerprint
        try:
            self.path.parent.mkdir(parents=True, exist_ok=True)
            self._db = sqlite3.connect(str(self.path), timeout=30, isolation_level=None)
            self._db.execute("PRAGMA journal_mode=WAL")
            self._db.execute("PRAGMA synchronous=NORMAL")
            version = self._db.execute("PRAGMA user_version").fetchone()[0]
            if version not in (0, SCHEMA_VERSION):
                self._db.execute("DROP TABLE IF EXISTS analyses")
            self._db.execute(_SCHEMA)
            self._db.execute(f"PRAGMA user_version={SCHEMA_VERSION}")
        except (OSError, sqlite3.Error) as err:
            raise CacheError(f"{self.path}: cannot open the analysis cache ({err}); delete it or build with --no-cache") from None

    # -- reading and writing ----------------------------------------------------------------
    def get(self, document: Document) -> Optional[DocumentAnalysis]:
        """The cached analysis of this document by this pipeline, or None."""
        row = self._db.execute(
            "SELECT analysis FROM analyses WHERE doc_id = ? AND key = ? AND fingerprint = ?",
            (document.id, document_key(document), self.fingerprint),
        ).fetchone()
        if row is None:
            return None
        try:
            analysis = DocumentAnalysis.model_validate_json(row[0])
        except ValueError:  # a damaged row is analysed again
            return None
        # The text is not stored (the file holds it): put back the document as read now.
        return analysis.model_copy(update={"document": document})

    def put(self, analyses: Iterable[DocumentAnalysis]) -> None:
        """Store analyses in one transaction (a document's older row is replaced)."""
        rows = [
            (a.document.id, document_key(a.document), self.fingerprint, _without_text(a).model_dump_json())
            for a in analyses
        ]
        if not rows:
            return
        with self._transaction():
            self._db.executemany("INSERT OR REPLACE INTO analyses VALUES (?, ?, ?, ?)", rows)

    def keep_only(self, doc_ids: Iterable[str]) -> int:
        """Drop the rows of documents not in ``doc_ids`` (articles removed from the corpus)."""
        keep = set(doc_ids)
        stale = [(i,) for (i,) in self._db.execute("SELECT doc_id FROM analyses") if i not in keep]
        with self._transaction():
            self._db.executemany("DELETE FROM analyses WHERE doc_id = ?", stale)
        return len(stale)

    def __len__(self) -> int:
        return int(self._db.execute("SELECT COUNT(*) FROM analyses").fetchone()[0])

    # -- plumbing -----------------------------------------------------------------------------
    def _transaction(self) -> "_Transaction":
        return _Transaction(self._db)

    def close(self) -> None:
        self._db.close()

    def __enter__(self) -> "AnalysisCache":
        return self

    def __exit__(self, *exc: object) -> None:
        self.close()


class _Transaction:
    def __init__(self, db: sqlite3.Connection) -> None:
        self.db = db

    def __enter__(self) -> None:
        self.db.execute("BEGIN IMMEDIATE")

    def __exit__(self, kind: object, *exc: object) -> None:
        self.db.execute("ROLLBACK" if kind is not None else "COMMIT")


def _without_text(analysis: DocumentAnalysis) -> DocumentAnalysis:
    return analysis.model_copy(update={"document": analysis.document.model_copy(update={"text": "", "content": ""})})
