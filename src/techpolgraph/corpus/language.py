"""Which language an article is written in (py3langid, restricted to ``data/languages.tsv``).

Chosen after measuring py3langid and lingua-language-detector on 19 short texts dense in names
(one to three sentences; French, English, Spanish, German, Italian), both restricted to the 8
languages of ``languages.tsv``: py3langid named 19 right, lingua 18 (a German text taken for
English); lingua's low-accuracy mode, the only light one, took 3 French texts for Italian,
German and English. py3langid loads in about 1.5 s, holds 160 MB and reads an article in
0.4 ms; lingua's accurate mode takes 4.6 s, 210 MB and 2-4 ms. Unrestricted, py3langid's 97 languages
make short texts ambiguous (English named Nigerian Pidgin, Spanish Extremaduran): hence the
list, which users extend with the languages their corpus holds. Results are deterministic.
"""

from __future__ import annotations

import re
from functools import lru_cache
from typing import Any

from ..data import read_table
from ..types import PathLike
from ..errors import DataFileError, DocumentError

__all__ = ["LANGUAGE_MIN_WORDS", "check_french", "french_confidence", "identify_language"]

#: Texts with fewer words are taken as they are: too short to tell a language reliably.
LANGUAGE_MIN_WORDS = 12
#: The identifier reads this many characters of an article (enough to be sure, and fast).
SAMPLE_CHARS = 3000
#: :func:`check_french` first reads this many characters only: py3langid walks a text byte by
#: byte in Python (0.57 ms for 3,000 characters, 0.19 ms for 1,000), and a French article is
#: told French by its first 1,000 characters as surely as by 3,000 (on ``corpus/``, the
#: real-text set and the test texts, 503 texts: the same language for every one, from 500
#: characters on; every French one over 1,000 characters at 0.999 or more).
QUICK_SAMPLE_CHARS = 1000
#: The probability of French the quick reading must reach to settle it; below it, or for
#: another language, the article is read again on :data:`SAMPLE_CHARS`, so that a text refused
#: is refused by the same reading, with the same probability in the message, as before.
QUICK_CONFIDENCE = 0.99

_WORD = re.compile(r"[^\W\d_]+")


@lru_cache(maxsize=4)
def _identifier(path: PathLike = "languages.tsv") -> Any:
    from py3langid.langid import MODEL_FILE, LanguageIdentifier

    identifier = LanguageIdentifier.from_model_file(MODEL_FILE, norm_probs=True)
    codes = [row[0].lower() for row in read_table(path)]
    unknown = sorted(set(codes) - set(identifier.nb_classes))
    if unknown:
        raise DataFileError(f"{path}: {', '.join(unknown)}: not a language code the identifier knows (e.g. fr, en, es)")
    if "fr" not in codes:
        raise DataFileError(f"{path}: French (fr) must be one of the languages")
    identifier.set_languages(codes)
    return identifier


def identify_language(text: str, path: PathLike = "languages.tsv") -> tuple[str, str, float]:
    """The most likely language of a text among those of ``languages.tsv``: its ISO 639-1 code,
    its English name (from ``languages.tsv``) and the identifier's probability (0-1).

    >>> identify_language("Le président a rencontré le patron de Facebook dans son bureau mardi.")[:2]
    ('fr', 'French')
    """
    code, score = _identifier(path).classify(text[:SAMPLE_CHARS])
    return code, _names(path).get(code, code), float(score)


@lru_cache(maxsize=4)
def _names(path: PathLike = "languages.tsv") -> dict[str, str]:
    """Language code -> English name, from ``languages.tsv`` (read once, not once per article)."""
    return {row[0].lower(): row[1] for row in read_table(path) if len(row) > 1}


def french_confidence(text: str, path: PathLike = "languages.tsv") -> float:
    """The identifier's probability (0-1) that a text is French.

    >>> french_confidence("Le président a reçu le patron de Facebook à l'Élysée.") > 0.5
    True
    """
    return float(dict(_identifier(path).rank(text[:SAMPLE_CHARS])).get("fr", 0.0))


def _surely_french(text: str) -> bool:
    """Whether the first :data:`QUICK_SAMPLE_CHARS` characters of a longer text are French
    with a probability of :data:`QUICK_CONFIDENCE` or more (a shorter text: no quick reading)."""
    if len(text) <= QUICK_SAMPLE_CHARS:
        return False
    code, score = _identifier().classify(text[:QUICK_SAMPLE_CHARS])
    return bool(code == "fr" and score >= QUICK_CONFIDENCE)


def check_french(text: str, id: str) -> None:
    """Raise :class:`DocumentError` when a text of some length is identified as another language
    than French, naming the language found and the identifier's probability."""
    if sum(1 for _ in zip(range(LANGUAGE_MIN_WORDS), _WORD.finditer(text))) < LANGUAGE_MIN_WORDS:
        return
    if _surely_french(text):
        return
    code, name, score = identify_language(text)
    if code != "fr":
        raise DocumentError(id, f"the text does not look French: {name} ({code}) identified with confidence {score:.2f}")
