"""Reading a corpus: folders of ``.txt`` articles and JSONL files -> :class:`Document` records.

Each article is decoded, its web boilerplate (app-store badges, photo credits, "Lire aussi"
teasers, author boxes, comment forms, headings glued to the next sentence) is blanked out
with spaces so that character offsets into the cleaned text are offsets into the original,
and its title and date are taken from ``metadata.json`` beside the articles or from the
article itself.

A file that cannot be used raises :class:`~techpolgraph.errors.DocumentError` when read alone
(:func:`read_document`); :func:`iter_corpus` reports it as a :class:`SkippedDocument` and goes on.
What is accepted and what is skipped, and why, is described in ``docs/input.md``: empty and
binary files, files over a size limit and texts that are not French are skipped; Windows-1252
is decoded with a warning; an HTML page is converted to its text; control characters become
spaces so that every output file can hold them.
"""

from __future__ import annotations

import datetime as dt
import hashlib
import html
import json
import os
import re
import warnings
from collections.abc import Iterator
from functools import lru_cache
from html.parser import HTMLParser
from pathlib import Path
from typing import Any, Optional, Union

from .data import read_lines, read_table
from .errors import CorpusError, DocumentError
from .models import Document, SkippedDocument
from .types import PathLike

__all__ = [
    "METADATA_FILE",
    "LegacyEncodingWarning",
    "MAX_BYTES",
    "clean_text",
    "iter_corpus",
    "make_document",
    "read_corpus",
    "read_document",
    "read_metadata",
]

METADATA_FILE = "metadata.json"
TEXT_SUFFIXES = (".txt",)
JSONL_SUFFIXES = (".jsonl",)
MIN_LETTERS = 20
#: Files larger than this are skipped (``max_bytes`` / ``--max-size`` raise the limit).
MAX_BYTES = 10_000_000
#: The language check needs this many words; shorter texts are taken as they are.
LANGUAGE_MIN_WORDS = 40
#: Below this share of French function words a text is taken as not French.
FRENCH_MIN_RATIO = 0.1


class LegacyEncodingWarning(UserWarning):
    """An article was not UTF-8 and was decoded as Windows-1252."""


# ---------------------------------------------------------------------------------------------
# Cleaning


@lru_cache(maxsize=1)
def _boilerplate_patterns() -> tuple[tuple[str, re.Pattern[str]], ...]:
    return tuple(
        (scope, re.compile(rf"(?:{pattern})", re.IGNORECASE))
        for scope, pattern in read_table("boilerplate.tsv")
    )


@lru_cache(maxsize=1)
def _glued_heading() -> re.Pattern[str]:
    starters = "|".join(re.escape(w) for w in sorted(read_lines("sentence_starters.txt"), key=len, reverse=True))
    # A short heading (two words at least, no sentence punctuation) glued to a sentence.
    return re.compile(
        rf"^(?P<heading>[^\s.!?«»\"]+(?: [^.!?«»\"\s]+){{1,8}}?[a-zà-ÿ])(?=(?:{starters})(?:\b|\s|[a-zà-ÿ]))"
    )


_DATE_LINE = re.compile(r"^(\d{1,2})[/.-](\d{1,2})[/.-](\d{4})$")
_ISO_DATE = re.compile(r"^(\d{4})-(\d{2})-(\d{2})")


def _blank(chars: list[str], start: int, end: int) -> None:
    for i in range(start, end):
        if chars[i] != "\n":
            chars[i] = " "


def clean_text(text: str) -> tuple[str, dict[str, Any]]:
    """Blank the boilerplate of an article, keeping every character offset.

    Returns the cleaned text (same length as ``text``) and what was found on the way: a
    ``date`` printed alone on a line, and the ``title`` (the first short line of content).

    >>> cleaned, found = clean_text("18/01/2025\\nUn titre\\n\\nLire aussi : autre chose\\nTexte.")
    >>> len(cleaned) == len("18/01/2025\\nUn titre\\n\\nLire aussi : autre chose\\nTexte.")
    True
    >>> "Lire" in cleaned, found["date"], found["title"]
    (False, datetime.date(2025, 1, 18), 'Un titre')
    """
    chars = list(text)
    found: dict[str, Any] = {"date": None, "title": ""}
    seen: set[str] = set()
    offset = 0
    lines = text.split("\n")
    for index, line in enumerate(lines):
        start, end = offset, offset + len(line)
        offset = end + 1
        stripped = line.strip()
        if not stripped:
            continue
        if _is_tail(stripped):
            _blank(chars, start, len(text))
            break
        date = _parse_date_line(stripped)
        if date is not None or _is_boilerplate(stripped):
            if date is not None and found["date"] is None:
                found["date"] = date
            _blank(chars, start, end)
            continue
        if stripped in seen:  # a title or heading printed twice
            _blank(chars, start, end)
            continue
        seen.add(stripped)
        if not found["title"] and index < 10 and len(stripped) < 200 and not stripped.endswith("."):
            found["title"] = stripped
        lead = len(line) - len(line.lstrip())
        glued = _glued_heading().match(stripped)
        if glued:
            cut = start + lead + glued.end("heading")
            _blank(chars, start, cut)
            chars[cut - 1] = "\n"
    return "".join(chars), found


def _is_boilerplate(line: str) -> bool:
    return any(scope == "line" and p.fullmatch(line) for scope, p in _boilerplate_patterns())


def _is_tail(line: str) -> bool:
    return any(scope == "tail" and p.fullmatch(line) for scope, p in _boilerplate_patterns())


def _parse_date_line(line: str) -> Optional[dt.date]:
    m = _DATE_LINE.match(line)
    if not m:
        return None
    day, month, year = (int(g) for g in m.groups())
    try:
        return dt.date(year, month, day)
    except ValueError:
        return None


def parse_date(value: Any, where: str = "") -> Optional[dt.date]:
    """A date from metadata: ISO ``YYYY-MM-DD`` (a longer timestamp is cut), or None.

    >>> parse_date("2018-05-23T10:00:00Z")
    datetime.date(2018, 5, 23)
    """
    if value in (None, ""):
        return None
    if isinstance(value, dt.date):
        return value
    m = _ISO_DATE.match(str(value).strip())
    try:
        if not m:
            raise ValueError
        return dt.date(*(int(g) for g in m.groups()))
    except ValueError:
        raise DocumentError(where or "metadata", f"date {value!r} is not an ISO date (YYYY-MM-DD)") from None


# ---------------------------------------------------------------------------------------------
# Decoding


def decode(data: bytes, path: str) -> str:
    """Article bytes to text: UTF-8 (a byte-order mark is dropped), else Windows-1252 with a
    :class:`LegacyEncodingWarning`. Empty and binary files raise :class:`DocumentError`.
    """
    if not data.strip():
        raise DocumentError(path, "the file is empty")
    if b"\x00" in data[:4096]:
        raise DocumentError(path, "the file is binary (it holds NUL bytes), not text")
    try:
        text = data.decode("utf-8-sig")
    except UnicodeDecodeError as err:
        try:
            text = data.decode("cp1252")
        except UnicodeDecodeError:
            raise DocumentError(path, f"the file is not UTF-8 text ({err.reason} at byte {err.start})") from None
        warnings.warn(f"{path}: not UTF-8, decoded as Windows-1252", LegacyEncodingWarning, stacklevel=2)
    return text.replace("\r\n", "\n").replace("\r", "\n")


_WORD = re.compile(r"[^\W\d_]+")


@lru_cache(maxsize=1)
def _french_words() -> frozenset[str]:
    return frozenset(read_lines("french_stopwords.txt"))


def french_ratio(text: str, limit: int = 2000) -> tuple[float, int]:
    """The share of French function words among the first ``limit`` words, and the word count.

    A cheap language check (no model): French news scores about 0.25-0.4, English under 0.05.

    >>> round(french_ratio("Le président a rencontré le patron de Facebook dans son bureau.")[0], 2)
    0.36
    """
    words = [m.group().lower() for _, m in zip(range(limit), _WORD.finditer(text))]
    if not words:
        return 0.0, 0
    return sum(map(_french_words().__contains__, words)) / len(words), len(words)


def _check_french(text: str, path: str) -> None:
    ratio, count = french_ratio(text)
    if count >= LANGUAGE_MIN_WORDS and ratio < FRENCH_MIN_RATIO:
        raise DocumentError(
            path, f"the text does not look French ({ratio:.0%} French function words, expected {FRENCH_MIN_RATIO:.0%} or more)"
        )


_HTML_MARK = re.compile(r"<(?:!doctype\s+html|html|head|body)\b", re.IGNORECASE)
_HTML_CLOSING = re.compile(r"</(?:p|div|span|a|li|h[1-6]|td|article|section)\s*>", re.IGNORECASE)
_HTML_BLOCKS = frozenset(
    "p div br li ul ol h1 h2 h3 h4 h5 h6 tr table article section header footer blockquote title".split()
)
_HTML_HIDDEN = frozenset({"script", "style", "noscript", "template", "svg", "head"})


def looks_like_html(text: str) -> bool:
    """Whether a text is an HTML page (a doctype, ``<html>``/``<body>``, or closing block tags).

    >>> looks_like_html("<html><body><p>Bonjour</p></body></html>"), looks_like_html("a < b et c > d")
    (True, False)
    """
    return bool(_HTML_MARK.search(text[:4096])) or len(_HTML_CLOSING.findall(text)) >= 3


class _TextOfHtml(HTMLParser):
    """The visible text of an HTML page: one paragraph per block element, entities decoded."""

    def __init__(self) -> None:
        super().__init__(convert_charrefs=True)
        self.parts: list[str] = []
        self.hidden = 0
        self.title: list[str] = []
        self.in_title = False

    def handle_starttag(self, tag: str, attrs: list[tuple[str, Optional[str]]]) -> None:
        if tag in _HTML_HIDDEN:
            self.hidden += 1
        if tag == "title":
            self.in_title = True
        if tag in _HTML_BLOCKS:
            self.parts.append("\n")

    def handle_endtag(self, tag: str) -> None:
        if tag in _HTML_HIDDEN and self.hidden:
            self.hidden -= 1
        if tag == "title":
            self.in_title = False
        if tag in _HTML_BLOCKS:
            self.parts.append("\n")

    def handle_data(self, data: str) -> None:
        if self.in_title:
            self.title.append(data)
        elif not self.hidden:
            self.parts.append(data)


def html_to_text(page: str) -> str:
    """The article text of an HTML page: scripts, styles and tags dropped, entities decoded,
    one line per paragraph.

    >>> html_to_text("<html><head><title>T</title><script>x()</script></head><body><p>Un &amp; deux</p><p>Trois</p></body></html>")
    'Un & deux\\nTrois'
    """
    parser = _TextOfHtml()
    parser.feed(page)
    parser.close()
    lines = (" ".join(line.split()) for line in html.unescape("".join(parser.parts)).split("\n"))
    return "\n".join(line for line in lines if line)


_UNWRITABLE = re.compile("[\x00-\x08\x0b-\x1f\x7f\ufffe\uffff]")
_SURROGATE = re.compile("[\ud800-\udfff]")


def sanitise(text: str) -> str:
    """Text every output format can hold, at the same length (offsets keep their meaning):
    control characters other than tab and newline become spaces, lone surrogates U+FFFD.

    >>> sanitise("a\\x00b\\x1bc\\tè")
    'a b c\\tè'
    """
    return _SURROGATE.sub("\ufffd", _UNWRITABLE.sub(" ", text))


_CONTROLS = re.compile("[\x00-\x08\x0b-\x1f]")  # below 32, other than tab and newline


def _letters(text: str) -> int:
    return sum(map(str.isalpha, text))


def _check_text(text: str, path: str) -> None:
    letters = _letters(text)
    if letters < MIN_LETTERS:
        raise DocumentError(path, f"the article has too little text ({letters} letters)")
    controls = len(_CONTROLS.findall(text))
    if controls > len(text) * 0.05:
        raise DocumentError(path, "the file looks binary (too many control characters)")


# ---------------------------------------------------------------------------------------------
# Documents


def make_document(
    text: str,
    id: str,
    title: str = "",
    date: Any = None,
    source: str = "",
    url: str = "",
    check_language: bool = True,
) -> Document:
    """A :class:`Document` from raw text: boilerplate blanked, title and date found if not given.

    An HTML page is converted to its text first; control characters become spaces. Raises
    :class:`DocumentError` when too little text is left, or (``check_language``) when a text of
    some length is not French.

    >>> doc = make_document("Macron a rencontré Zuckerberg à Paris, a-t-on appris mardi.", "a.txt", date="2018-05-23")
    >>> doc.id, doc.date.year
    ('a.txt', 2018)
    """
    if looks_like_html(text):
        text = html_to_text(text)
    _check_text(text, id)
    text = sanitise(text)
    if check_language:
        _check_french(text, id)
    content, found = clean_text(text)
    if _letters(content) < MIN_LETTERS:
        raise DocumentError(id, "nothing is left of the article once its boilerplate is removed")
    return Document(
        id=id,
        text=text,
        content=content,
        title=sanitise(title) or found["title"],
        date=parse_date(date, id) or found["date"],
        source=sanitise(source),
        url=sanitise(url),
        sha1=hashlib.sha1(text.encode("utf-8")).hexdigest(),
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


def _document_from_meta(text: str, id: str, meta: dict[str, Any], check_language: bool = True) -> Document:
    return make_document(
        text,
        id,
        title=str(meta.get("title") or ""),
        date=meta.get("date"),
        source=str(meta.get("source") or ""),
        url=str(meta.get("url") or ""),
        check_language=check_language,
    )


def _size_limit(size: int, max_bytes: Optional[int], path: str) -> None:
    if max_bytes is not None and size > max_bytes:
        raise DocumentError(
            path,
            f"the file is {size / 1e6:.1f} MB, over the {max_bytes / 1e6:.1f} MB limit "
            "(raise it with max_bytes=... or --max-size MB; a huge file is rarely one article)",
        )


def read_document(
    path: PathLike,
    root: Optional[PathLike] = None,
    meta: Optional[dict[str, Any]] = None,
    max_bytes: Optional[int] = MAX_BYTES,
    check_language: bool = True,
) -> Document:
    """Read one ``.txt`` article. Its id is its path relative to ``root`` (default: its folder).

    Raises :class:`DocumentError` naming the file and the problem (files over ``max_bytes``
    are refused before they are read).
    """
    path = Path(path)
    root = Path(root) if root is not None else path.parent
    rel = path.relative_to(root).as_posix()
    try:
        _size_limit(path.stat().st_size, max_bytes, rel)
        data = path.read_bytes()
    except OSError as err:
        raise DocumentError(rel, f"cannot be read ({err.strerror})") from None
    return _document_from_meta(decode(data, rel), rel, meta or {}, check_language)


def _iter_jsonl(
    path: Path, rel: str, max_bytes: Optional[int] = MAX_BYTES, check_language: bool = True
) -> Iterator[Union[Document, SkippedDocument]]:
    """The records of a JSONL file, read line by line (the file may be large; each record is
    held to ``max_bytes``)."""
    try:
        handle = path.open("rb")
    except OSError as err:
        yield SkippedDocument(path=rel, reason=f"cannot be read ({err.strerror})")
        return
    with handle:
        yield from _jsonl_records(handle, rel, max_bytes, check_language)


def _jsonl_records(
    handle: Any, rel: str, max_bytes: Optional[int], check_language: bool
) -> Iterator[Union[Document, SkippedDocument]]:
    seen_text = False
    for number, raw in enumerate(handle, start=1):
        if not raw.strip():
            continue
        seen_text = True
        id = f"{rel}:{number}"
        try:
            _size_limit(len(raw), max_bytes, id)
            line = decode(raw, id)
            record = json.loads(line)
            if not isinstance(record, dict) or not isinstance(record.get("text"), str):
                raise DocumentError(id, 'a record must be a JSON object with a "text" string')
            yield _document_from_meta(record["text"].replace("\r\n", "\n"), id, record, check_language)
        except json.JSONDecodeError as err:
            yield SkippedDocument(path=id, reason=f"not valid JSON ({err.msg})")
        except DocumentError as err:
            yield SkippedDocument(path=id, reason=err.reason)
    if not seen_text:
        yield SkippedDocument(path=rel, reason="the file is empty")


def corpus_files(folder: PathLike) -> list[Path]:
    """The article files of a corpus folder, in a stable order (``.txt`` and ``.jsonl``)."""
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
            if p.is_file() and p.suffix.lower() in TEXT_SUFFIXES + JSONL_SUFFIXES and not p.name.startswith(".")
        ]
    except OSError as err:
        raise CorpusError(f"{root}: the corpus folder cannot be read ({err.strerror})") from None
    return sorted(files, key=lambda p: p.relative_to(root).as_posix())


def iter_corpus(
    folder: PathLike, max_bytes: Optional[int] = MAX_BYTES, check_language: bool = True
) -> Iterator[Union[Document, SkippedDocument]]:
    """Every article of a corpus, in a stable order; unusable ones as :class:`SkippedDocument`.

    ``folder`` is a folder (``.txt`` files and ``.jsonl`` files, searched recursively, with an
    optional ``metadata.json``) or a single ``.txt`` / ``.jsonl`` file. Articles are read one at
    a time (a large corpus is never held in memory). ``max_bytes`` (None: no limit) bounds a
    file's size; ``check_language`` skips texts that are not French.
    """
    root = Path(folder)
    files = corpus_files(root)
    base = root.parent if root.is_file() else root
    metadata = read_metadata(base)
    for path in files:
        rel = path.relative_to(base).as_posix()
        if path.suffix.lower() in JSONL_SUFFIXES:
            yield from _iter_jsonl(path, rel, max_bytes, check_language)
            continue
        try:
            yield read_document(path, base, metadata.get(rel), max_bytes, check_language)
        except DocumentError as err:
            yield SkippedDocument(path=rel, reason=err.reason)


def read_corpus(folder: PathLike) -> tuple[list[Document], list[SkippedDocument]]:
    """All documents of a corpus and the list of those skipped.

    >>> docs, skipped = read_corpus("corpus")
    >>> len(docs), skipped
    (5, [])
    """
    documents: list[Document] = []
    skipped: list[SkippedDocument] = []
    for item in iter_corpus(folder):
        (documents if isinstance(item, Document) else skipped).append(item)  # type: ignore[arg-type]
    return documents, skipped
