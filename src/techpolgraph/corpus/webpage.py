"""Saved web pages -> the article's main text and metadata, through trafilatura.

Trafilatura (the reference library for news text extraction) keeps the article's own text and
drops navigation, banners, related links, comments, footers and scripts; it reads the title,
date, author, outlet and URL from the page's metadata (Open Graph, schema.org, ``<meta>``).
The document's text is the extracted text: evidence offsets refer to it, and the analysis
cache, keyed by the text, follows any change of the extraction.
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from typing import Optional

from ..errors import DocumentError

__all__ = ["PageText", "extract_page", "looks_like_html"]

_HTML_MARK = re.compile(r"<(?:!doctype\s+html|html|head|body)\b", re.IGNORECASE)
_HTML_CLOSING = re.compile(r"</(?:p|div|span|a|li|h[1-6]|td|article|section)\s*>", re.IGNORECASE)


def looks_like_html(text: str) -> bool:
    """Whether a text is an HTML page (a doctype, ``<html>``/``<body>``, or closing block tags).

    >>> looks_like_html("<html><body><p>Bonjour</p></body></html>"), looks_like_html("a < b et c > d")
    (True, False)
    """
    return bool(_HTML_MARK.search(text[:4096])) or len(_HTML_CLOSING.findall(text)) >= 3


@dataclass(frozen=True)
class PageText:
    """What a web page gives: its main text and the metadata found in the page."""

    text: str
    title: str = ""
    date: Optional[str] = None
    author: str = ""
    source: str = ""
    url: str = ""


def extract_page(page: str, id: str) -> PageText:
    """The main text of an HTML page, one line per paragraph, with its metadata.

    Trafilatura runs in its precision mode (the project's rule: a missing sentence is only a
    gap, a menu read as an article misleads): a page of links and menus gives no text rather
    than its menu. The date is the one the page's metadata gives (its published date, not the day it was
    saved): trafilatura's search of the free text for a date is off, so that no date is guessed.
    Raises :class:`DocumentError` when the page holds no article text.
    """
    import trafilatura

    result = trafilatura.bare_extraction(
        page,
        with_metadata=True,
        favor_precision=True,
        include_comments=False,
        include_tables=False,
        include_images=False,
        include_links=False,
        deduplicate=False,
        date_extraction_params={"extensive_search": False, "original_date": True},
    )
    text = (getattr(result, "text", None) or "").strip() if result is not None else ""
    if not text:
        raise DocumentError(id, "the page holds no article text (only navigation, links or scripts)")
    return PageText(
        text=text,
        title=_clean(result.title),
        date=result.date or None,
        author=_clean(result.author),
        source=_clean(result.sitename),
        url=_clean(result.url),
    )


def _clean(value: Optional[str]) -> str:
    return " ".join((value or "").split())
