"""Which language an article is written in (lingua-language-detector).

Chosen over py3langid after measuring both on short texts dense in names (one to three
sentences, French, English, Spanish, German, Italian): both kept every French text, but
py3langid named short English, Spanish and German texts Nigerian Pidgin, Extremaduran and
Luxembourgish (its 97 languages make short texts ambiguous), where lingua, built for short
texts and restricted to the languages of ``data/languages.txt``, named 13 of 14 right. Lingua
takes about 2 ms per article (the first 3,000 characters), py3langid 0.4 ms: both are
negligible beside the analysis (hundreds of ms per article). Its results are deterministic.
"""

from __future__ import annotations

import re
from functools import lru_cache
from typing import Any

from ..data import PathLike, read_lines
from ..errors import DataFileError, DocumentError

__all__ = ["LANGUAGE_MIN_WORDS", "check_french", "french_confidence", "identify_language"]

#: Texts with fewer words are taken as they are: too short to tell a language reliably.
LANGUAGE_MIN_WORDS = 12
#: The identifier reads this many characters of an article (enough to be sure, and fast).
SAMPLE_CHARS = 3000

_WORD = re.compile(r"[^\W\d_]+")


@lru_cache(maxsize=4)
def _detector(path: PathLike = "languages.txt") -> Any:
    from lingua import IsoCode639_1, LanguageDetectorBuilder

    codes = []
    for code in read_lines(path):
        try:
            codes.append(IsoCode639_1.from_str(code.lower()))
        except ValueError:
            raise DataFileError(f"{path}: {code!r} is not an ISO 639-1 language code (e.g. fr, en, es)") from None
    if IsoCode639_1.FR not in codes:
        raise DataFileError(f"{path}: French (fr) must be one of the languages")
    return LanguageDetectorBuilder.from_iso_codes_639_1(*codes).build()


def identify_language(text: str, path: PathLike = "languages.txt") -> tuple[str, str, float]:
    """The most likely language of a text among those of ``languages.txt``: its ISO 639-1 code,
    its English name and the identifier's confidence (0-1).

    >>> identify_language("Le président a rencontré le patron de Facebook dans son bureau mardi.")[:2]
    ('fr', 'French')
    """
    values = _detector(path).compute_language_confidence_values(text[:SAMPLE_CHARS])
    if not values:
        return "", "unknown", 0.0
    top = values[0]
    return top.language.iso_code_639_1.name.lower(), top.language.name.capitalize(), float(top.value)


def french_confidence(text: str, path: PathLike = "languages.txt") -> float:
    """The identifier's confidence (0-1) that a text is French.

    >>> french_confidence("Le président a reçu le patron de Facebook à l'Élysée.") > 0.5
    True
    """
    from lingua import Language

    return float(_detector(path).compute_language_confidence(text[:SAMPLE_CHARS], Language.FRENCH))


def check_french(text: str, id: str) -> None:
    """Raise :class:`DocumentError` when a text of some length is identified as another language
    than French, naming the language found and the identifier's confidence."""
    if sum(1 for _ in zip(range(LANGUAGE_MIN_WORDS), _WORD.finditer(text))) < LANGUAGE_MIN_WORDS:
        return
    code, name, score = identify_language(text)
    if code != "fr":
        raise DocumentError(id, f"the text does not look French: {name} ({code}) identified with confidence {score:.2f}")
