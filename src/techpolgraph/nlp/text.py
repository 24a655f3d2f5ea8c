"""The text of a doc and of its spans, read once per doc.

``Doc.text`` and ``Span.text`` join their tokens anew at each access; a component that needs
the text of many spans (sentences, mentions, evidence) slices the doc's text instead. A doc's
text never changes (retokenizing keeps it), so it is kept in ``doc.user_data``.

>>> import spacy
>>> doc = spacy.blank("fr")("Macron a reçu Musk.  Puis Zuckerberg.")
>>> span_text(doc[4:7]) == doc[4:7].text
True
>>> tokens_text(doc, 4, 7) == doc[4:7].text
True
"""

from __future__ import annotations

import unicodedata
from bisect import bisect_left
from collections.abc import Iterable, Sequence
from functools import lru_cache
from typing import Optional

import numpy
from spacy.attrs import ORTH
from spacy.tokens import Doc, Span

from ..data import function_words, read_lines, read_table
from .words import WordTest

_KEY = "techpolgraph.text"


def doc_text(doc: Doc) -> str:
    """``doc.text``, built at the first call for this doc and kept."""
    text = doc.user_data.get(_KEY)
    if text is None:
        text = doc.user_data[_KEY] = doc.text
    return text


def remember_text(doc: Doc, text: str) -> None:
    """Keep ``text``, the string ``doc`` was made from, as its text: spaCy's tokenizer loses no
    character (``doc.text == text``), so joining the tokens again is not needed."""
    doc.user_data[_KEY] = text


#: Endings of the nouns of a region's or a city's people (« Lyonnaise », « Bavarois »).
DEMONYM_ENDINGS = tuple(sorted(function_words("demonym_ending")))


def people_of_a_place(word: str) -> bool:
    """A capitalised word with the ending of a noun of a region's or a city's people
    (« Lyonnaise », « Californien »), which describes the person named after it (« la Lyonnaise
    Jeanne Morel »). Nationalities are listed (``nationalities.tsv``); the people of every region
    and city are too many for a list, and their endings tell them.

    >>> people_of_a_place("Bavarois"), people_of_a_place("bavarois")
    (True, False)
    """
    return word[:1].isupper() and word.lower().endswith(DEMONYM_ENDINGS)


def strip_accents(text: str) -> str:
    """The text without its accents.

    >>> strip_accents("Élysée")
    'Elysee'
    """
    return "".join(ch for ch in unicodedata.normalize("NFKD", text) if not unicodedata.combining(ch))


@lru_cache(maxsize=1)
def portfolios() -> dict[tuple[str, ...], str]:
    """The portfolios of ministers of France by their words, in lower case and without accents
    (``portfolios.tsv``): ``("affaires", "etrangeres")`` -> ``"Affaires étrangères"``."""
    return {tuple(row[0].split()): row[1] for row in read_table("portfolios.tsv")}


def portfolio_at(doc: Doc, k: int) -> Optional[tuple[str, int]]:
    """The longest portfolio of ``portfolios.tsv`` written at token k (« Affaires étrangères »,
    « Économie et des Finances »), in capitals or not: its name in the table and the token after
    its words; None where none is written there."""
    if k >= len(doc) or strip_accents(doc[k].lower_) not in _portfolio_heads():
        return None  # most words open no portfolio: the table is not looked at
    found = longest_portfolio([t.lower_ for t in doc[k : k + max(map(len, portfolios()))]])
    return (found[0], k + found[1]) if found is not None else None


def longest_portfolio(words: list[str]) -> Optional[tuple[str, int]]:
    """The longest portfolio of ``portfolios.tsv`` that the words open (lower case, accents or
    not): its name in the table and how many words it takes; None where they open none.

    >>> longest_portfolio(["relations", "extérieures", "en", "date"])
    ('Affaires étrangères', 2)
    """
    table = portfolios()
    plain = [strip_accents(w) for w in words[: max(map(len, table))]]
    for n in range(len(plain), 0, -1):
        name = table.get(tuple(plain[:n]))
        if name is not None:
            return name, n
    return None


def portfolio_end(doc: Doc, k: int) -> int:
    """The token after the portfolio written at token k (:func:`portfolio_at`); k where none is."""
    found = portfolio_at(doc, k)
    return k if found is None else found[1]


@lru_cache(maxsize=1)
def _portfolio_heads() -> frozenset[str]:
    """The first words of the portfolios of ``portfolios.tsv`` (lower case, without accents)."""
    return frozenset(words[0] for words in portfolios())


def span_text(span: Span) -> str:
    """``span.text``, sliced from the doc's text."""
    return doc_text(span.doc)[span.start_char : span.end_char]


def tokens_text(doc: Doc, start: int, end: int) -> str:
    """``doc[start:end].text``, sliced from the doc's text without making the span."""
    if end <= start:
        return span_text(doc[start:end])
    last = doc[end - 1]
    return doc_text(doc)[doc[start].idx : last.idx + len(last)]


def line_bounds(doc: Doc, start: int, end: int) -> tuple[int, int]:
    """The tokens of the line (the text between two line breaks) around tokens start to end: its
    first token, and the token after its last (the line break's own token included).

    The tokens that hold a line break are found once per doc (:func:`line_break_tokens`), and
    the line's ends looked up among them, not walked to token by token: a paragraph is a line.

    >>> import spacy
    >>> doc = spacy.blank("fr")("Titre\\nMacron a reçu Musk.\\nFin")
    >>> line_bounds(doc, 3, 4), line_bounds(doc, 0, 1), line_bounds(doc, 8, 9)
    ((2, 8), (0, 2), (8, 9))
    """
    n = len(doc)
    if not 0 < end <= n or not 0 <= start <= n:
        return _walked_line_bounds(doc, start, end)  # out of the doc: as the tokens read it
    breaks = line_break_tokens(doc)
    if start > 0:
        k = bisect_left(breaks, start)  # the last break before token start ends the line before
        start = breaks[k - 1] + 1 if k > 0 else 0
    if end < n:
        k = bisect_left(breaks, end - 1)  # the first break from token end - 1 on ends the line
        end = breaks[k] + 1 if k < len(breaks) else n
    return start, end


def _walked_line_bounds(doc: Doc, start: int, end: int) -> tuple[int, int]:
    """:func:`line_bounds`, token by token (for bounds outside the doc)."""
    while start > 0 and "\n" not in doc[start - 1].whitespace_ and "\n" not in doc[start - 1].text:
        start -= 1
    while end < len(doc) and "\n" not in doc[end - 1].whitespace_ and "\n" not in doc[end - 1].text:
        end += 1
    return start, end


_BREAKS_KEY = "techpolgraph.line_breaks"
#: A token that holds a line break (a token's trailing whitespace is one space at most: the
#: breaks are in the words).
_NEWLINE = WordTest(lambda word: "\n" in word)


def line_break_tokens(doc: Doc) -> list[int]:
    """The tokens whose text holds a line break, in order; found once per doc, kept in
    ``doc.user_data`` with the doc's length (plain data, as :func:`sentences` keeps its own)."""
    kept = doc.user_data.get(_BREAKS_KEY)
    if kept is not None and kept[0] == len(doc):
        return kept[1]  # type: ignore[no-any-return]
    found = numpy.flatnonzero(_NEWLINE.mask(doc.to_array(ORTH), doc.vocab.strings)).tolist() if len(doc) else []
    doc.user_data[_BREAKS_KEY] = (len(doc), found)
    return found


def stripped_bounds(span: Span) -> tuple[str, int, int]:
    """The span's text without surrounding white space, and its character offsets in the doc."""
    text = span_text(span)
    start = span.start_char + (len(text) - len(text.lstrip()))
    end = span.end_char - (len(text) - len(text.rstrip()))
    return text.strip(), start, end


#: The token ranges of a doc's sentences (:func:`sentences`), with the doc's length.
_SENTS_KEY = "techpolgraph.sentences"

#: The marks by which an editor glosses the words before them with a name (« le Chancelier `Helmut SCHMIDT` »).
GLOSS_MARKS = frozenset({"`"})

#: Marks that end a sentence.
FINAL_PUNCT = (".", "!", "?", "…")


def phrase_ends_at(doc: Doc, k: int, phrases: Iterable[tuple[str, ...]], start: int = 0) -> bool:
    """One of ``phrases`` (tuples of lower-case words) ends at token k, beginning at ``start`` or
    after it; tokens read by index, no span made.

    >>> import spacy
    >>> phrase_ends_at(spacy.blank("fr")("face au second tour"), 3, [("second", "tour")])
    True
    """
    return any(
        k - len(p) + 1 >= start and all(doc[k - len(p) + 1 + n].lower_ == w for n, w in enumerate(p)) for p in phrases
    )


def phrase_at(doc: Doc, i: int, phrases: Sequence[tuple[str, ...]], end: int) -> int:
    """After the first of ``phrases`` (tuples of lower-case words, longest first) that begins at
    token i and ends before ``end``, curly apostrophes read as straight ones; i where none does.

    >>> import spacy
    >>> phrase_at(spacy.blank("fr")("il y a deux jours"), 0, [("il", "y", "a")], 5)
    3
    """
    if i >= end:
        return i
    first = doc[i].lower_.replace("’", "'")
    if all(p[0] != first for p in phrases):
        return i  # the cheap test first: most words open no phrase
    for p in phrases:
        k = i + len(p)
        if k <= end and all(doc[i + n].lower_.replace("’", "'") == w for n, w in enumerate(p)):
            return k
    return i


def _cut_after_title(doc: Doc, sent: Span, nxt: Span) -> bool:
    """The parser ended a sentence on an abbreviated title whose name opens the next one
    (« pour M. » | « Pélissard »)."""
    last = doc[sent.end - 1]
    return last.text in ABBREVIATED_TITLES and doc[nxt.start].text[:1].isupper()


#: Titles written with a dot (``titles.txt``), after which the parser may wrongly end a sentence.
ABBREVIATED_TITLES = frozenset(t for t in read_lines("titles.txt") if t.endswith(".") and " " not in t)


def sentences(doc: Doc) -> list[Span]:
    """The sentences the resolver and the relations read: the parser's sentences, glued back
    together where it cut inside one (it often cuts before a proper name: « Mark » |
    « Zuckerberg est devenu », or inside a list of names).

    A sentence ends at final punctuation, or at a line break (titles, captions).

    Found once per doc: the first call keeps each sentence's token range in ``doc.user_data``
    (plain data, which ``Doc.to_bytes`` keeps) with the doc's length, and the later calls (the
    resolver's, then the relations') make the spans from it rather than walk ``doc.sents`` again.
    """
    kept = doc.user_data.get(_SENTS_KEY)
    if kept is not None and kept[0] == len(doc):
        return [doc[start:end] for start, end in kept[1]]
    out: list[Span] = []
    start: Optional[int] = None
    whole = doc_text(doc)
    sents = [s for s in doc.sents if whole[s.start_char : s.end_char].strip()]
    for n, sent in enumerate(sents):
        if start is None:
            start = sent.start
        nxt = sents[n + 1] if n + 1 < len(sents) else None
        text = whole[sent.start_char : sent.end_char].rstrip()
        between = whole[sent.start_char + len(text) : nxt.start_char] if nxt is not None else ""
        if nxt is not None and "\n" not in between and _cut_after_title(doc, sent, nxt):
            continue  # « Je précise pour M. » | « Pélissard que ... »: the title's dot ends nothing
        if nxt is None or text.endswith(FINAL_PUNCT) or "\n" in between:
            out.append(doc[start : sent.end])
            start = None
    out = _closers_back(doc, out)
    doc.user_data[_SENTS_KEY] = (len(doc), [(sent.start, sent.end) for sent in out])
    return out


#: Closing brackets and quotes, and the opening mark each closes.
CLOSERS = {")": "(", "]": "[", "»": "«", "”": "“"}


def _closers_back(doc: Doc, sents: list[Span]) -> list[Span]:
    """A sentence that opens with the bracket or the quote that the sentence before left open
    gives it back (« ... 8 %.(Applaudissements sur les bancs du groupe P. » | « ) Merci, madame
    Y, ... »): the applause keeps its bracket, and the thanks open their own sentence."""
    out: list[Span] = []
    for sent in sents:
        k = sent.start
        if out and "\n" not in doc[out[-1].end - 1].whitespace_:
            before = out[-1].text
            while k < sent.end and doc[k].text in CLOSERS and before.count(CLOSERS[doc[k].text]) > before.count(doc[k].text):
                before += doc[k].text
                k += 1
        if k > sent.start:
            out[-1] = doc[out[-1].start : k]
        if k < sent.end:
            out.append(doc[k : sent.end])
    return out
