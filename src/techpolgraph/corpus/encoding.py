"""Article bytes to text: UTF-8, else the encoding charset-normalizer recognises.

charset-normalizer (the detector requests and pip rely on) replaces a hand-written
Windows-1252 special case: older French sites and office exports also come as ISO-8859-1,
ISO-8859-15 or MacRoman, and a detector tells them apart by the characters they decode to.
"""

from __future__ import annotations

import warnings

from ..errors import DocumentError
from .language import french_confidence

__all__ = ["LegacyEncodingWarning", "decode", "decode_bytes"]

#: A French decoding is preferred to a better ranked one within this much "chaos" (0-1).
FRENCH_MARGIN = 0.1
#: How many of charset-normalizer's best decodings are compared.
MAX_CANDIDATES = 6


class LegacyEncodingWarning(UserWarning):
    """An article was not UTF-8 and was decoded in the encoding found (named in the message)."""


def decode_bytes(data: bytes, path: str) -> tuple[str, str]:
    """Bytes to text and the name of the encoding used (``utf-8`` when the bytes are UTF-8).

    Raises :class:`DocumentError` when no encoding decodes the bytes to text.

    >>> decode_bytes("Élysée".encode("utf-8"), "a.txt")
    ('Élysée', 'utf-8')
    """
    try:
        return data.decode("utf-8-sig"), "utf-8"
    except UnicodeDecodeError as err:
        invalid = f"invalid byte at {err.start}"
    from charset_normalizer import from_bytes

    matches = list(from_bytes(data))
    if not matches:
        raise DocumentError(path, f"the file is not UTF-8 and its encoding cannot be recognised ({invalid})")
    best = matches[0]
    # On a short text, the ranking by "chaos" alone cannot tell Windows-1252 from Central
    # European code pages (é and è decode to letters in both): of the decodings nearly as good
    # as the best, a corpus of French articles takes the one that reads most as French.
    near = [m for m in matches[:MAX_CANDIDATES] if m.chaos <= best.chaos + FRENCH_MARGIN]
    chosen = max(near, key=lambda m: french_confidence(str(m))) if len(near) > 1 else best
    return str(chosen), chosen.encoding


def decode(data: bytes, path: str) -> str:
    """Article bytes to text, line ends made ``\\n``; a file that is not UTF-8 is decoded in the
    encoding charset-normalizer finds, with a :class:`LegacyEncodingWarning` naming the file and
    the encoding. Empty and binary files raise :class:`DocumentError`.

    >>> decode(b"Un\\r\\ndeux", "a.txt")
    'Un\\ndeux'
    """
    if not data.strip():
        raise DocumentError(path, "the file is empty")
    if b"\x00" in data[:4096]:
        raise DocumentError(path, "the file is binary (it holds NUL bytes), not text")
    text, encoding = decode_bytes(data, path)
    if encoding != "utf-8":
        warnings.warn(f"{path}: not UTF-8, decoded as {encoding}", LegacyEncodingWarning, stacklevel=2)
    return text.replace("\r\n", "\n").replace("\r", "\n")
