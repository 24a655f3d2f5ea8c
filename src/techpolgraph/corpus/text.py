"""Text of an article -> a :class:`Document`: boilerplate blanked, offsets kept, checks.

Each reader of :mod:`techpolgraph.corpus` turns its format into a text and metadata, then
:func:`make_document` blanks the web boilerplate (app-store badges, photo credits, "Lire aussi"
teasers, author boxes, comment forms, headings glued to the next sentence) with spaces, so
that character offsets into the cleaned text are offsets into the text, finds a title and a
date printed in the text when none is given, and refuses what cannot be used (too little text,
a text that is not French) with :class:`~techpolgraph.errors.DocumentError`.
"""

from __future__ import annotations

import datetime as dt
import hashlib
import re
from functools import lru_cache
from typing import Any, Optional

from ..data import function_words, read_lines, read_table
from ..errors import DocumentError
from ..models import Document
from .dates import parse_date
from .language import check_french

__all__ = ["MIN_LETTERS", "clean_text", "make_document", "sanitise", "size_limit"]

MIN_LETTERS = 20


# ---------------------------------------------------------------------------------------------
# Cleaning


@lru_cache(maxsize=1)
def _boilerplate_patterns() -> dict[str, re.Pattern[str]]:
    """One pattern per scope of ``boilerplate.tsv`` (``line``, ``tail``, ``inline``): the alternation of its
    rows, so that a line is matched once per scope rather than once per row (a whole-line
    match of the alternation is a whole-line match of one of the rows)."""
    rows: dict[str, list[str]] = {}
    for scope, pattern in read_table("boilerplate.tsv"):
        rows.setdefault(scope, []).append(f"(?:{pattern})")
    return {scope: re.compile("|".join(patterns), re.IGNORECASE) for scope, patterns in rows.items()}


@lru_cache(maxsize=1)
def _glued_heading() -> re.Pattern[str]:
    starters = "|".join(re.escape(w) for w in sorted(read_lines("sentence_starters.txt"), key=len, reverse=True))
    # A short heading (two words at least, no sentence punctuation) glued to a sentence.
    return re.compile(
        rf"^(?P<heading>[^\s.!?«»\"]+(?: [^.!?«»\"\s]+){{1,8}}?[a-zà-ÿ])(?=(?:{starters})(?:\b|\s|[a-zà-ÿ]))"
    )


def _inside_camel_case(line: str, cut: int) -> bool:
    """The cut falls inside one word written in camel case (« WikiLeaks », « DuckDuckGo »): the
    part before it begins with a capital and the part after goes on with a lower-case letter."""
    before = line[:cut].rsplit(" ", 1)[-1]
    after = line[cut:].split(" ", 1)[0]
    return before[:1].isupper() and after[:1].isupper() and after[1:3].isalpha() and after[1:3].islower()


_DATE_LINE = re.compile(r"^(\d{1,2})[/.-](\d{1,2})[/.-](\d{4})$")


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
    >>> clean_text("Un titre\\n\\nIl est jugé par la Cour suprême du Portugal[1].")[0].split("\\n")[-1]
    'Il est jugé par la Cour suprême du Portugal   .'
    """
    chars = list(text)
    found: dict[str, Any] = {"date": None, "title": ""}
    seen: set[str] = set()
    offset = 0
    inline = _boilerplate_patterns().get("inline")  # the note calls blanked inside lines, read once
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
        if stripped in seen and not _turn_label(stripped):  # a title or heading printed twice; not a speaker's label
            _blank(chars, start, end)
            continue
        seen.add(stripped)
        for mark in inline.finditer(line) if inline is not None else ():
            _blank(chars, start + mark.start(), start + mark.end())  # « Portugal[1] »: a note's call, not the name's
        if not found["title"] and index < 10 and ((len(stripped) < 200 and not stripped.endswith(".")) or _transcript_title(stripped)):
            found["title"] = stripped
        lead = len(line) - len(line.lstrip())
        glued = _glued_heading().match(stripped)
        if glued and _inside_camel_case(stripped, glued.end("heading")):
            glued = None  # « Les publications de WikiLeaks ... »: a name, not a heading glued to « Le... »
        if glued:
            cut = start + lead + glued.end("heading")
            _blank(chars, start, cut)
            chars[cut - 1] = "\n"
    return "".join(chars), found


#: How many words the label of a turn of a transcript may have (« AUDREY MARTIN », « M. Paul Martin : »).
TURN_LABEL_WORDS = 6


def _turn_label(line: str) -> bool:
    """The line labels a turn of a transcript, which comes back at every turn and is no heading
    printed twice: a few words in capitals (« JEANNE MOREL »), or a few words closed by a colon
    (« M. Paul Martin : »).

    >>> _turn_label("JEANNE MOREL-DUPIN"), _turn_label("M. Paul Martin :"), _turn_label("Un titre")
    (True, True, False)
    """
    words = line.rstrip(" :").split()
    if not 1 <= len(words) <= TURN_LABEL_WORDS:
        return False
    return line.endswith(":") or all(w.isupper() for w in words if any(ch.isalpha() for ch in w))


#: How long the title line of a transcript or a letter may be.
TRANSCRIPT_TITLE_CHARACTERS = 400


#: A transcript's title naming its speaker after a participle (« Toast prononcé par M. X »,
#: « Interview accordée par X »), read here and by the resolver.
SAID_BY = r"(?:prononc|accord|donn)[ée]+s?\s+par"


@lru_cache(maxsize=1)
def _transcript_opening() -> re.Pattern[str]:
    kinds = sorted(function_words("transcript_kind"), key=len, reverse=True)
    return re.compile(r"(?:" + "|".join(re.escape(k) for k in kinds) + r")(?:\s+(?:conjointe?s?|commune?s?))?\s+(?:de|du|des|d['’]|" + SAID_BY + r")\s", re.IGNORECASE)


def _transcript_title(line: str) -> bool:
    """The line titles a transcript or a letter (« Déclaration de M. X, ministre, sur ..., le 3
    mars 2024. », « Lettre de félicitations de M. X ... », « Toast prononcé par M. X ... »), which
    ends with a period."""
    return len(line) < TRANSCRIPT_TITLE_CHARACTERS and _transcript_opening().match(line) is not None


def _is_boilerplate(line: str) -> bool:
    return _matches("line", line)


def _is_tail(line: str) -> bool:
    return _matches("tail", line)


def _matches(scope: str, line: str) -> bool:
    """Whether a whole line matches a row of ``boilerplate.tsv`` of that scope."""
    pattern = _boilerplate_patterns().get(scope)
    return pattern is not None and pattern.fullmatch(line) is not None


def _parse_date_line(line: str) -> Optional[dt.date]:
    m = _DATE_LINE.match(line)
    if not m:
        return None
    day, month, year = (int(g) for g in m.groups())
    try:
        return dt.date(year, month, day)
    except ValueError:
        return None


_UNWRITABLE = re.compile("[\x00-\x08\x0b-\x1f\x7f\ufffe\uffff]")
_SURROGATE = re.compile("[\ud800-\udfff]")


def sanitise(text: str) -> str:
    """Text every output format can hold, at the same length (offsets keep their meaning):
    control characters other than tab and newline become spaces, lone surrogates U+FFFD.

    >>> sanitise("a\\x00b\\x1bc\\tè")
    'a b c\\tè'
    """
    return _SURROGATE.sub("\ufffd", _UNWRITABLE.sub(" ", text))


#: Spaces other than the plain one (no-break, narrow no-break, thin, ...): French typography puts
#: them inside names and before « : » and « » ».
_OTHER_SPACES = re.compile("[\u00a0\u1680\u2000-\u200a\u202f\u205f\u3000]")


def plain_spaces(text: str) -> str:
    """The text with every space made a plain one, at the same length: what the tokenizer reads,
    which splits on plain spaces only and would keep the others as tokens of their own, cutting
    « Jeanne\\u00a0Morel » in two. The text itself, with its own spaces, stays the evidence.

    >>> plain_spaces("Jeanne\\u00a0Morel\\u202f:")
    'Jeanne Morel :'
    """
    return _OTHER_SPACES.sub(" ", text)


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


def make_document(
    text: str,
    id: str,
    title: str = "",
    date: Any = None,
    source: str = "",
    url: str = "",
    author: str = "",
    check_language: bool = True,
) -> Document:
    """A :class:`Document` from raw text: boilerplate blanked, title and date found if not given.

    Control characters become spaces. Raises
    :class:`DocumentError` when too little text is left, or (``check_language``) when a text of
    some length is not French.

    >>> doc = make_document("Macron a rencontré Zuckerberg à Paris, a-t-on appris mardi.", "a.txt", date="2018-05-23")
    >>> doc.id, doc.date.year
    ('a.txt', 2018)
    """
    _check_text(text, id)
    text = sanitise(text)
    content, found = clean_text(text)
    if _letters(content) < MIN_LETTERS:
        raise DocumentError(id, "nothing is left of the article once its boilerplate is removed")
    if check_language:
        check_french(content, id)
    return Document(
        id=id,
        text=text,
        content=content,
        title=sanitise(title) or found["title"],
        date=parse_date(date, id) or found["date"],
        source=sanitise(source),
        url=sanitise(url),
        author=sanitise(author),
        sha1=hashlib.sha1(text.encode("utf-8")).hexdigest(),
    )


def size_limit(size: int, max_bytes: Optional[int], path: str) -> None:
    """Raise :class:`DocumentError` when ``size`` bytes are over ``max_bytes`` (None: no limit)."""
    if max_bytes is not None and size > max_bytes:
        raise DocumentError(
            path,
            f"the file is {size / 1e6:.1f} MB, over the {max_bytes / 1e6:.1f} MB limit "
            "(raise it with max_bytes=... or --max-size MB; a huge file is rarely one article)",
        )


