"""Europresse HTML exports -> one article per ``<article>`` element.

An export of the press database of French universities holds one ``<article>`` per document:
the outlet in ``DocPublicationName``, the header (« mardi 12 mars 2024 - 18:42 UTC +0100 632
mots », « Économie, jeudi 5 septembre 2024 418 mots, p. 7 ») in ``DocHeader``, the title in
``titreArticle`` (or ``titreArticleVisu``), the text in ``docOcurrContainer`` (or ``DocText``),
notes (``<aside>``), legal notices (``Doc-LegalInfo``) and the document number (``publiC-lblNodoc``, « news·
20240312·LM·123 »). Articles are numbered from 1 (``FILE:N``), as JSONL lines are; the text of
an article is its paragraphs without header, legal notices, document number or the closing
« Cet article est paru dans ... » link, whose address becomes the document's URL.
The HTML is parsed with lxml (the parser trafilatura is built on).
"""

from __future__ import annotations

import re
from collections.abc import Iterator
from dataclasses import dataclass
from typing import Any, Optional

from ..errors import DocumentError
from .dates import find_date

__all__ = ["ExportArticle", "export_articles", "looks_like_europresse"]

#: Elements of an article that are not its text: by class, and by tag (notes, illustrations).
_NOT_TEXT = (
    "publiC-lblNodoc", "Doc-LegalInfo", "Doc-LegalNotice", "DocHeader", "DocPublicationName", "titreArticle", "apd-wrapper",
)  # fmt: skip
_NOT_TEXT_TAGS = ("aside", "figure", "figcaption", "img", "script", "style")
_BLOCKS = frozenset("p div br li h1 h2 h3 h4 h5 h6 tr table blockquote section header footer aside".split())
#: The outlet's name without edition, issue and page (« Le Monde, no. 24567 » -> « Le Monde »).
_OUTLET_CUT = re.compile(r"\s*(?:\(|,|;|\s-\s|\bno\.?\s*\d|\bn°|\s\d)")
_DOC_NUMBER_DATE = re.compile(r"·(\d{4})(\d{2})(\d{2})·")
_XML_DECLARATION = re.compile(r"^\s*<\?xml[^>]*\?>")
_PUBLISHED_IN = re.compile(r"^\s*Cet article est paru dans", re.IGNORECASE)


def looks_like_europresse(text: str) -> bool:
    """Whether an HTML file is a Europresse export (``<article>`` elements with an outlet name).

    >>> looks_like_europresse('<article><span class="DocPublicationName">X</span></article>')
    True
    """
    return "<article" in text and "DocPublicationName" in text


@dataclass(frozen=True)
class ExportArticle:
    """One article of an export: its text and metadata, or the reason it cannot be used."""

    number: int
    text: str = ""
    title: str = ""
    date: Any = None
    source: str = ""
    author: str = ""
    url: str = ""
    problem: Optional[str] = None


def _with_class(element: Any, name: str) -> list[Any]:
    return element.xpath(f".//*[contains(concat(' ', normalize-space(@class), ' '), ' {name} ')]")


def _first_text(element: Any, *classes: str) -> str:
    for name in classes:
        for found in _with_class(element, name):
            text = " ".join(found.text_content().split())
            if text:
                return text
    return ""


def _paragraphs(element: Any) -> str:
    """The text of an element, one line per paragraph, white space of each line collapsed."""
    for child in element.iter():
        if isinstance(child.tag, str) and child.tag.lower() in _BLOCKS:
            child.tail = "\n" + (child.tail or "")
            if child.tag.lower() != "br":
                child.text = "\n" + (child.text or "")
    lines = (" ".join(line.split()) for line in element.text_content().split("\n"))
    return "\n".join(line for line in lines if line)


def _article(element: Any, number: int) -> ExportArticle:
    source = _first_text(element, "DocPublicationName")
    header = _first_text(element, "DocHeader")
    title = _first_text(element, "titreArticle", "titreArticleVisu")
    author = _first_text(element, "docAuthors")
    ident = _first_text(element, "publiC-lblNodoc")
    body = next(iter(_with_class(element, "docOcurrContainer") or _with_class(element, "DocText")), None)
    if not source and body is None:
        return ExportArticle(number, problem="not an export article (no outlet name, no text)")
    url = ""
    if body is not None:
        for name in _NOT_TEXT:
            for found in _with_class(body, name):
                found.drop_tree()
        for found in [e for e in body.iter(*_NOT_TEXT_TAGS)]:
            found.drop_tree()
        for link in body.iter("a"):
            if _PUBLISHED_IN.match(link.text_content() or ""):
                url = url or link.get("href", "")
                parent = link.getparent()
                (parent if parent is not None and _PUBLISHED_IN.match(parent.text_content()) else link).drop_tree()
                break
    text = _paragraphs(body) if body is not None else ""
    if not text:
        return ExportArticle(number, problem="the export article has no text (no docOcurrContainer or DocText)")
    date = find_date(header)
    if date is None and (m := _DOC_NUMBER_DATE.search(ident)):
        date = f"{m[1]}-{m[2]}-{m[3]}"
    outlet = _OUTLET_CUT.split(source, maxsplit=1)[0].strip() or source
    return ExportArticle(number, text=text, title=title, date=date, source=outlet, author=author, url=url)


def export_articles(page: str, id: str) -> Iterator[ExportArticle]:
    """The articles of a Europresse export, in the order of the file, numbered from 1.

    Raises :class:`DocumentError` when the file holds no ``<article>`` element.
    """
    import lxml.html

    page = _XML_DECLARATION.sub("", page, count=1)  # lxml refuses a decoded text that declares its encoding
    try:
        tree = lxml.html.document_fromstring(page)
    except (ValueError, lxml.etree.ParserError) as err:
        raise DocumentError(id, f"the export cannot be parsed as HTML ({err})") from None
    articles = tree.xpath("//article")
    if not articles:
        raise DocumentError(id, "the export holds no <article> element")
    for number, element in enumerate(articles, start=1):
        yield _article(element, number)
