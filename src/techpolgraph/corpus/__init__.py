"""Reading a corpus: the files researchers already have -> :class:`Document` records.

A corpus is a folder (searched recursively) or one file of:

- ``.txt`` articles; an HTML page saved as ``.txt`` is read as a web page;
- ``.jsonl`` files, one article per line (``text``, ``title``, ``date``, ``source``, ``url``);
- ``.html`` / ``.htm`` files: a Europresse export (one document per ``<article>``,
  :mod:`.europresse`) or a saved web page (its main text and metadata, :mod:`.webpage`);
- ``.csv`` / ``.tsv`` exports, one article per row (:mod:`.table`);
- an optional ``metadata.json`` mapping file names to ``title``, ``source``, ``date``, ``url``.

Every article is decoded (:mod:`.encoding`), cleaned and checked (:mod:`.text`: boilerplate
blanked with offsets kept, too little text refused, a text in another language than French
refused, :mod:`.language`) and dated when its source gives a date (:mod:`.dates`). A record
of a multi-article file is named ``FILE:N``. An article that cannot be used raises
:class:`~techpolgraph.errors.DocumentError` when read alone (:func:`read_document`);
:func:`iter_corpus` reports it as a :class:`SkippedDocument` and goes on. ``docs/input.md``
lists what is accepted, what is skipped, and why.
"""

from __future__ import annotations

import json
import os
from collections.abc import Iterator, Mapping
from pathlib import Path
from typing import Any, Optional, Union

from ..errors import CorpusError, DocumentError
from ..models import Document, SkippedDocument
from ..types import PathLike
from .dates import find_date, parse_date
from .encoding import LegacyEncodingWarning, decode
from .europresse import export_articles, looks_like_europresse
from .language import check_french, identify_language
from .table import table_rows
from .text import MIN_LETTERS, clean_text, make_document, plain_spaces, sanitise, size_limit
from .webpage import extract_page, looks_like_html

__all__ = [
    "METADATA_FILE",
    "LegacyEncodingWarning",
    "MAX_BYTES",
    "MIN_LETTERS",
    "MULTI_DOCUMENT_SUFFIXES",
    "check_french",
    "clean_text",
    "corpus_files",
    "decode",
    "find_date",
    "identify_language",
    "iter_corpus",
    "looks_like_html",
    "make_document",
    "parse_date",
    "plain_spaces",
    "read_corpus",
    "read_document",
    "read_metadata",
    "sanitise",
]

METADATA_FILE = "metadata.json"
TEXT_SUFFIXES = (".txt",)
JSONL_SUFFIXES = (".jsonl",)
HTML_SUFFIXES = (".html", ".htm")
TABLE_SUFFIXES = (".csv", ".tsv")
SUFFIXES = TEXT_SUFFIXES + JSONL_SUFFIXES + HTML_SUFFIXES + TABLE_SUFFIXES
#: Files that may hold many articles (an HTML file may be an export).
MULTI_DOCUMENT_SUFFIXES = JSONL_SUFFIXES + HTML_SUFFIXES + TABLE_SUFFIXES
#: Files larger than this are skipped (``max_bytes`` / ``--max-size`` raise the limit); in a
#: JSONL or CSV file, the limit holds for each record.
MAX_BYTES = 10_000_000

Item = Union[Document, SkippedDocument]


def _text_document(text: str, id: str, meta: Mapping[str, Any], check_language: bool = True) -> Document:
    """A document from a text and its metadata; an HTML page is reduced to its main text, and
    its own metadata fills what ``meta`` does not give."""
    fields = {k: meta.get(k) for k in ("title", "date", "source", "url", "author")}
    if looks_like_html(text):
        page = extract_page(text, id)
        text = page.text
        for key in fields:
            fields[key] = fields[key] or getattr(page, key)
    return make_document(
        text,
        id,
        title=str(fields["title"] or ""),
        date=parse_date(fields["date"], id),
        source=str(fields["source"] or ""),
        url=str(fields["url"] or ""),
        author=str(fields["author"] or ""),
        check_language=check_language,
    )


def read_metadata(folder: PathLike) -> dict[str, dict[str, Any]]:
    """The ``metadata.json`` of a corpus folder: file name -> {title, source, date, url, ...}.

    A missing file gives an empty mapping; a malformed one raises :class:`CorpusError`.
    """
    path = Path(folder) / METADATA_FILE
    if not path.exists():
        return {}
    try:
        data = json.loads(path.read_text(encoding="utf-8"))
    except (UnicodeDecodeError, json.JSONDecodeError) as err:
        raise CorpusError(f"{path}: not valid JSON ({err})") from None
    if not isinstance(data, dict) or not all(isinstance(v, dict) for v in data.values()):
        raise CorpusError(f"{path}: expected an object of file name -> object of metadata")
    return data


def _read_bytes(path: Path, rel: str, max_bytes: Optional[int]) -> bytes:
    try:
        size_limit(path.stat().st_size, max_bytes, rel)
        return path.read_bytes()
    except OSError as err:
        raise DocumentError(rel, f"cannot be read ({err.strerror})") from None


def read_document(
    path: PathLike,
    root: Optional[PathLike] = None,
    meta: Optional[dict[str, Any]] = None,
    max_bytes: Optional[int] = MAX_BYTES,
    check_language: bool = True,
) -> Document:
    """Read one article file (``.txt``, or a web page ``.html``). Its id is its path relative to
    ``root`` (default: its folder).

    Raises :class:`DocumentError` naming the file and the problem (files over ``max_bytes``
    are refused before they are read).
    """
    path = Path(path)
    root = Path(root) if root is not None else path.parent
    rel = path.relative_to(root).as_posix()
    return _text_document(decode(_read_bytes(path, rel, max_bytes), rel), rel, meta or {}, check_language)


def _iter_jsonl(path: Path, rel: str, max_bytes: Optional[int], check_language: bool) -> Iterator[Item]:
    """The records of a JSONL file, read line by line (the file may be large; each record is
    held to ``max_bytes``)."""
    try:
        handle = path.open("rb")
    except OSError as err:
        yield SkippedDocument(path=rel, reason=f"cannot be read ({err.strerror})")
        return
    with handle:
        seen_text = False
        for number, raw in enumerate(handle, start=1):
            if not raw.strip():
                continue
            seen_text = True
            id = f"{rel}:{number}"
            try:
                size_limit(len(raw), max_bytes, id)
                record = json.loads(decode(raw, id))
                if not isinstance(record, dict) or not isinstance(record.get("text"), str):
                    raise DocumentError(id, 'a record must be a JSON object with a "text" string')
                yield _text_document(record["text"].replace("\r\n", "\n"), id, record, check_language)
            except json.JSONDecodeError as err:
                yield SkippedDocument(path=id, reason=f"not valid JSON ({err.msg})")
            except DocumentError as err:
                yield SkippedDocument(path=id, reason=err.reason)
        if not seen_text:
            yield SkippedDocument(path=rel, reason="the file is empty")


def _iter_export(text: str, rel: str, check_language: bool) -> Iterator[Item]:
    """The articles of a Europresse export, ``FILE:N``."""
    for article in export_articles(text, rel):
        id = f"{rel}:{article.number}"
        if article.problem is not None:
            yield SkippedDocument(path=id, reason=article.problem)
            continue
        try:
            yield make_document(
                article.text,
                id,
                title=article.title,
                date=parse_date(article.date, id),
                source=article.source,
                url=article.url,
                author=article.author,
                check_language=check_language,
            )
        except DocumentError as err:
            yield SkippedDocument(path=id, reason=err.reason)


def _iter_table(
    text: str, rel: str, max_bytes: Optional[int], check_language: bool, text_column: Optional[str]
) -> Iterator[Item]:
    """The rows of a CSV or TSV export, ``FILE:N`` (N: the row's line in the file)."""
    for id, row in table_rows(text, rel, text_column):
        if not row:
            yield SkippedDocument(path=id, reason="the row has no text (its text column is empty)")
            continue
        try:
            size_limit(len(row["text"].encode("utf-8")), max_bytes, id)
            yield _text_document(row["text"], id, row, check_language)
        except DocumentError as err:
            yield SkippedDocument(path=id, reason=err.reason)


def _iter_file(
    path: Path,
    rel: str,
    meta: Optional[dict[str, Any]],
    max_bytes: Optional[int],
    check_language: bool,
    text_column: Optional[str],
) -> Iterator[Item]:
    """The documents of one corpus file, by its suffix; what cannot be used, skipped by name."""
    suffix = path.suffix.lower()
    if suffix in JSONL_SUFFIXES:
        yield from _iter_jsonl(path, rel, max_bytes, check_language)
        return
    try:
        limit = None if suffix in TABLE_SUFFIXES else max_bytes  # a table's limit holds per row
        text = decode(_read_bytes(path, rel, limit), rel)
        if suffix in TABLE_SUFFIXES:
            yield from _iter_table(text, rel, max_bytes, check_language, text_column)
        elif suffix in HTML_SUFFIXES and looks_like_europresse(text):
            yield from _iter_export(text, rel, check_language)
        else:
            yield _text_document(text, rel, meta or {}, check_language)
    except DocumentError as err:
        yield SkippedDocument(path=err.path, reason=err.reason)


def corpus_files(folder: PathLike) -> list[Path]:
    """The article files of a corpus folder, in a stable order (``.txt``, ``.jsonl``, ``.html``,
    ``.htm``, ``.csv``, ``.tsv``; names starting with a dot, and the ``NAME_files`` folder a
    browser saves beside ``NAME.html``, are left out)."""
    root = Path(folder)
    if not root.exists():
        raise CorpusError(f"{root}: no such corpus folder or file")
    if root.is_file():
        return [root]
    if not os.access(root, os.R_OK | os.X_OK):
        raise CorpusError(f"{root}: the corpus folder cannot be read (permission denied)")
    try:
        files = [
            p
            for p in root.rglob("*")
            if p.is_file() and p.suffix.lower() in SUFFIXES and not p.name.startswith(".") and not _page_resource(p, root)
        ]
    except OSError as err:
        raise CorpusError(f"{root}: the corpus folder cannot be read ({err.strerror})") from None
    return sorted(files, key=lambda p: p.relative_to(root).as_posix())


def _page_resource(path: Path, root: Path) -> bool:
    """Whether a file lies in the ``NAME_files`` folder a browser saves beside ``NAME.html``
    (« Web page, complete »): frames, ads and scripts of the page, not articles."""
    for folder in path.relative_to(root).parents:
        if folder.name.endswith("_files"):
            stem = root / folder.parent / folder.name[: -len("_files")]
            if any(stem.with_name(stem.name + suffix).is_file() for suffix in HTML_SUFFIXES):
                return True
    return False


def iter_corpus(
    folder: PathLike,
    max_bytes: Optional[int] = MAX_BYTES,
    check_language: bool = True,
    text_column: Optional[str] = None,
) -> Iterator[Item]:
    """Every article of a corpus, in a stable order; unusable ones as :class:`SkippedDocument`.

    ``folder`` is a folder (searched recursively, with an optional ``metadata.json``) or a
    single file. Articles are read one at a time (a large corpus is never held in memory).
    ``max_bytes`` (None: no limit) bounds a file's size (a record's, in JSONL and CSV files);
    ``check_language`` skips texts that are not French; ``text_column`` names the text column
    of CSV and TSV files when its name is not a usual one.
    """
    root = Path(folder)
    files = corpus_files(root)
    base = root.parent if root.is_file() else root
    metadata = read_metadata(base)
    for path in files:
        rel = path.relative_to(base).as_posix()
        yield from _iter_file(path, rel, metadata.get(rel), max_bytes, check_language, text_column)


def read_corpus(folder: PathLike, **options: Any) -> tuple[list[Document], list[SkippedDocument]]:
    """All documents of a corpus and the list of those skipped (``options`` as
    :func:`iter_corpus`).

    >>> docs, skipped = read_corpus("corpus")
    >>> len(docs), skipped
    (5, [])
    """
    documents: list[Document] = []
    skipped: list[SkippedDocument] = []
    for item in iter_corpus(folder, **options):
        (documents if isinstance(item, Document) else skipped).append(item)  # type: ignore[arg-type]
    return documents, skipped
