"""Events as entities: "l'émeute du 6 janvier", "une tentative d'assassinat en juillet",
"l'élection de 2020", "Dîner stratégique entre Mark Zuckerberg et Trump à Mar-a-Lago".

``techpolgraph_events`` goes after ``techpolgraph_entities``. It finds the nouns of
``event_cues.tsv`` and makes an ``EVENT`` entity of the noun, its adjectives and the date that
follows it ("du 6 janvier 2021", "en novembre 2016", ", le mois dernier", "de lundi"). A cue
noun alone is too vague to be a node ("la réunion"), so an event is kept only where a date
follows, or where the cue's table row lets its participants ("entre A et B", "avec A"), its
place ("à Mar-a-Lago", "sur X") or its target ("contre le Congrès") delimit it. Those
complements stay entities of their own; the relations stage links them to the event. A cue
whose row allows it takes in the name it is "of" ("le sommet du G7", "la conférence de Munich").

The date words are data (``dates.tsv``); :func:`parse_date` is a pure function on text so
that the resolver can read the same dates back from an event's name.
"""

from __future__ import annotations

import datetime as dt
import functools
import re
from bisect import bisect_left
from collections.abc import Iterable
from dataclasses import dataclass
from pathlib import Path
from typing import Optional, Union

import numpy
from spacy.attrs import ENT_TYPE, ORTH, POS, SPACY
from spacy.language import Language
from spacy.symbols import NOUN, PROPN
from spacy.tokens import Doc, Span
from spacy.util import filter_spans

from ..data import function_words, read_lines, read_table, read_text
from ..errors import EventDataError
from ..types import PathLike
from .text import doc_text
from .words import WordTest

PARTY_WORDS = function_words("event_parties")
PLACE_WORDS = function_words("event_place")
TARGET_WORDS = function_words("event_target")
OF_WORDS = function_words("of")
ARTICLES = function_words("article")
_COORDINATORS = function_words("coordinator")
#: What may stand between an event's participants and its place ("entre A et la famille B à C").
_BETWEEN_PARTIES = PARTY_WORDS | _COORDINATORS | ARTICLES | function_words("collective")
MAX_MODIFIERS = 2  # adjectives or nouns between a cue and its date ("présidentielle américaine")
MAX_REACH = 12  # tokens after the cue in which a place may follow its participants


@dataclass(frozen=True)
class EventCue:
    """One row of ``event_cues.tsv``."""

    words: tuple[str, ...]
    type: str
    precision: str
    delimiters: frozenset[str]
    family: str = ""


@functools.lru_cache(maxsize=8)
def event_cues(path: PathLike = "event_cues.tsv") -> dict[tuple[str, ...], EventCue]:
    """The cue table: lower-case words of the cue -> its row."""
    cues: dict[tuple[str, ...], EventCue] = {}
    for row in read_table(path):
        if len(row) < 3 or row[2] not in ("day", "month", "year"):
            raise EventDataError(f"{path}: row {row!r} needs a cue, a type and a precision (day, month or year)")
        words = tuple(_words(row[0]))
        delimiters = frozenset(d for d in (row[3].split("|") if len(row) > 3 else []) if d)
        unknown = delimiters - {"parties", "place", "target", "named"}
        if unknown:
            raise EventDataError(f"{path}: row {row[0]!r} has unknown delimiters {sorted(unknown)}")
        family = row[4] if len(row) > 4 and row[4] else row[1]
        cues[words] = EventCue(words, row[1], row[2], delimiters, family)
    return cues


#: Event types whose participants meet (« la rencontre », « le dîner », « l'entretien », « la visite »).
MEETING_TYPES = frozenset({"dinner", "interview", "meeting", "visit"})


@functools.lru_cache(maxsize=1 << 14)
def cue_of_name(name: str, path: PathLike = "event_cues.tsv") -> Optional[EventCue]:
    """The cue an event's name starts with (the longest one), or None.

    >>> cue_of_name("tentative d'assassinat en juillet").type
    'assassination attempt'
    """
    words = tuple(_words(name))
    cues = event_cues(path)
    for n in range(min(4, len(words)), 0, -1):
        if words[:n] in cues:
            return cues[words[:n]]
    return None


_WORD = re.compile(r"\w+'|\w+")


def _words(text: str) -> list[str]:
    """Lower-case words, an elided article kept with its apostrophe ("d'", "assassinat")."""
    text = text.lower().replace("’", "'")
    return _WORD.findall(text)


@functools.lru_cache(maxsize=1 << 14)
def _word_tuple(text: str) -> tuple[str, ...]:
    """:func:`_words` as a tuple, remembered: the same few words start most candidate events."""
    return tuple(_words(text))


@functools.lru_cache(maxsize=1)
def time_nouns() -> frozenset[str]:
    """Nouns of time (« soir », « veille »), from ``time_nouns.txt``."""
    return frozenset(w.lower() for w in read_lines("time_nouns.txt"))


@functools.lru_cache(maxsize=4)
def date_words(path: PathLike = "dates.tsv") -> dict[str, tuple[str, int]]:
    """Month and weekday names -> (what, number)."""
    words: dict[str, tuple[str, int]] = {}
    for row in read_table(path):
        if len(row) < 3 or row[1] not in ("month", "weekday") or not row[2].isdigit():
            raise EventDataError(f"{path}: row {row!r} needs a word, 'month' or 'weekday', and a number")
        words[row[0].lower()] = (row[1], int(row[2]))
    return words


@dataclass(frozen=True)
class DateSpec:
    """A date as an article writes it: parts may be missing, or relative to the article's date."""

    year: Optional[int] = None
    month: Optional[int] = None
    day: Optional[int] = None
    weekday: Optional[int] = None
    months_ago: Optional[int] = None
    last: bool = False  # "décembre dernier": the latest such month before the article

    def resolve(self, today: Optional[dt.date]) -> "DateSpec":
        """The same date with what the article's date tells filled in.

        A day and month without a year stay without one: "le 6 janvier" in an article of 2025
        may well be 6 January 2021.

        >>> DateSpec(month=7).resolve(dt.date(2025, 1, 18)).iso()
        '2024-07'
        >>> DateSpec(weekday=0).resolve(dt.date(2024, 8, 13)).iso()
        '2024-08-12'
        """
        if today is None:
            return self
        if self.months_ago is not None:
            index = today.year * 12 + today.month - 1 - self.months_ago
            return DateSpec(year=index // 12, month=index % 12 + 1)
        if self.weekday is not None:
            back = (today.weekday() - self.weekday) % 7
            day = today - dt.timedelta(days=back)
            return DateSpec(year=day.year, month=day.month, day=day.day)
        if self.year is None and self.month is not None and self.day is None:
            year = today.year if self.month < today.month or (self.month == today.month and not self.last) else today.year - 1
            return DateSpec(year=year, month=self.month)
        return self

    def iso(self) -> str:
        """ISO 8601, as precise as known ("2021-01-06", "2024-07", "2020"); "" without a year."""
        if self.year is None:
            return ""
        if self.month is None:
            return f"{self.year:04d}"
        if self.day is None:
            return f"{self.year:04d}-{self.month:02d}"
        return f"{self.year:04d}-{self.month:02d}-{self.day:02d}"

    def key(self, precision: str) -> str:
        """The part of an event key that the date gives, at the cue's precision.

        At day precision the year is left out, so that "le 6 janvier" and "le 6 janvier 2021"
        agree.
        """
        if precision == "day" and self.day is not None and self.month is not None:
            return f"--{self.month:02d}-{self.day:02d}"
        if precision == "year":
            return f"{self.year:04d}" if self.year else ""
        return self.iso() if self.year is not None and self.month is not None else (f"{self.year:04d}" if self.year else "")


def _intro_pattern() -> str:
    """What may stand between an event's words and its date: a comma, then one of the
    ``date_intro`` words of ``function_words.tsv`` ("du", "lors de"; an elided one, "d'",
    may be glued to the date)."""
    words = sorted(function_words("date_intro"), key=lambda w: (-len(w), w))
    spaced = "|".join(r"\s+".join(map(re.escape, w.split())) for w in words if not w.endswith(("'", "’")))
    elided = "|".join(re.escape(w) for w in words if w.endswith(("'", "’")))
    return rf"^\s*,?\s*(?:(?:{spaced})\s+" + (rf"|(?:{elided})\s*)" if elided else ")")


_INTRO = _intro_pattern()


@functools.lru_cache(maxsize=4)
def _date_patterns(path: PathLike = "dates.tsv") -> tuple[re.Pattern[str], ...]:
    words = date_words(path)
    months = "|".join(sorted((w for w, (k, _) in words.items() if k == "month"), key=len, reverse=True))
    weekdays = "|".join(sorted((w for w, (k, _) in words.items() if k == "weekday"), key=len, reverse=True))
    flags = re.IGNORECASE
    return (
        re.compile(_INTRO + rf"(?:(?P<day>\d{{1,2}}|1er)\s+)?(?P<month>{months})\b(?:\s+(?P<year>(?:19|20)\d\d)\b)?(?P<last>\s+dernier\b)?", flags),
        re.compile(_INTRO + r"(?P<year>(?:19|20)\d\d)\b", flags),
        re.compile(_INTRO + r"(?P<ago>mois\s+dernier)\b", flags),
        re.compile(_INTRO + rf"(?P<weekday>{weekdays})\b(?:\s+dernier\b)?", flags),
    )


def parse_date(text: str, path: PathLike = "dates.tsv") -> Optional[tuple[int, DateSpec]]:
    """The date that ``text`` starts with, and how many characters it takes; or None.

    >>> parse_date(" du 6 janvier 2021 contre le Congrès")
    (18, DateSpec(year=2021, month=1, day=6, weekday=None, months_ago=None, last=False))
    >>> parse_date(", le mois dernier.")[1].months_ago
    1
    """
    text = text.replace("’", "'")
    words = date_words(path)
    for pattern in _date_patterns(path):
        m = pattern.match(text)
        if m is None:
            continue
        groups = m.groupdict()
        if groups.get("ago"):
            return m.end(), DateSpec(months_ago=1)
        if groups.get("weekday"):
            return m.end(), DateSpec(weekday=words[groups["weekday"].lower()][1])
        day = groups.get("day")
        month = groups.get("month")
        year = groups.get("year")
        return m.end(), DateSpec(
            year=int(year) if year else None,
            month=words[month.lower()][1] if month else None,
            day=(1 if day == "1er" else int(day)) if day else None,
            last=bool(groups.get("last")),
        )
    return None


@functools.lru_cache(maxsize=1 << 14)
def find_date(text: str, path: PathLike = "dates.tsv") -> Optional[tuple[int, DateSpec]]:
    """The first date written in an event's name, and where it starts; or None.

    >>> find_date("émeute du 6 janvier")
    (6, DateSpec(year=None, month=1, day=6, weekday=None, months_ago=None, last=False))
    """
    text = text.replace("’", "'")
    for m in re.finditer(r"(?=[\s,])", text):
        found = parse_date(text[m.start() :], path)
        if found is not None:
            return m.start(), found[1]
    return None


@functools.lru_cache(maxsize=4)
def _month_names(path: PathLike = "dates.tsv") -> dict[int, str]:
    """Month number -> its first name in ``dates.tsv``."""
    months: dict[int, str] = {}
    for word, (what, number) in date_words(path).items():
        if what == "month":
            months.setdefault(number, word)
    return months


def format_date(spec: DateSpec, precision: str, path: PathLike = "dates.tsv") -> str:
    """The date as an event's name ends with it, at the given precision; "" without a year.

    >>> format_date(DateSpec(2024, 7), "month"), format_date(DateSpec(2021, 1, 6), "day")
    ('de juillet 2024', 'du 6 janvier 2021')
    """
    if spec.year is None:
        return ""
    months = _month_names(path)
    if precision == "year" or spec.month is None:
        return f"de {spec.year}"
    month = months.get(spec.month, str(spec.month))
    if precision == "day" and spec.day is not None:
        return f"du {'1er' if spec.day == 1 else spec.day} {month} {spec.year}"
    return f"d'{month} {spec.year}" if month[0] in "aeiouéèâ" else f"de {month} {spec.year}"


class EventRecogniser:
    """Adds ``EVENT`` entities for cue nouns delimited by a date, participants, a place or a target."""

    def __init__(self, nlp: Language, name: str, cues: str, dates: str) -> None:
        self.name = name
        self.cues = event_cues(cues)
        self.dates = dates
        self.longest = max((len(w) for w in self.cues), default=1)
        self._first_words = frozenset(words[0] for words in self.cues if words)
        self._word_tests()

    # -- saved with the pipeline (nlp.to_disk / spacy.load) --------------------------------
    def to_disk(self, path: Union[str, Path], exclude: Iterable[str] = ()) -> None:
        """Save the cue and date tables in use in ``path`` (``event_cues.tsv`` and ``dates.tsv``,
        in the shipped files' columns), so that the pipeline loaded back analyses the same."""
        folder = Path(path)
        folder.mkdir(parents=True, exist_ok=True)
        rows = [
            "\t".join((" ".join(cue.words), cue.type, cue.precision, "|".join(sorted(cue.delimiters)), cue.family))
            for cue in self.cues.values()
        ]
        (folder / "event_cues.tsv").write_text("".join(row + "\n" for row in rows), encoding="utf-8")
        (folder / "dates.tsv").write_text(read_text(self.dates), encoding="utf-8")

    def from_disk(self, path: Union[str, Path], exclude: Iterable[str] = ()) -> "EventRecogniser":
        """Use the tables saved by :meth:`to_disk` (read from that folder, which must stay)."""
        folder = Path(path)
        self.cues = event_cues(folder / "event_cues.tsv")
        self.dates = str(folder / "dates.tsv")
        self.longest = max((len(w) for w in self.cues), default=1)
        self._first_words = frozenset(words[0] for words in self.cues if words)
        self._word_tests()
        return self

    def __call__(self, doc: Doc) -> Doc:
        found = []
        starts = self._possible_starts(doc)
        for sent in doc.sents:
            i = sent.start
            for k in range(bisect_left(starts, sent.start), bisect_left(starts, sent.end)):
                if starts[k] < i:
                    continue  # inside the event just found
                span = self._event_at(doc, starts[k], sent)
                if span is not None:
                    found.append(span)
                    i = span.end
        if not found:
            return doc
        taken = {i for span in found for i in range(span.start, span.end)}
        kept = [e for e in doc.ents if not taken.intersection(range(e.start, e.end))]
        doc.ents = filter_spans(kept + found)
        return doc

    def _possible_starts(self, doc: Doc) -> list[int]:
        """The tokens where an event may start, in order: a noun or proper noun outside an
        entity other than a person's or MISC, whose first word starts a cue.

        Read once per document from the token arrays, so that the other tokens (most of
        them) cost no Python call; :meth:`_event_at` finds nothing at a token left out.
        """
        if not len(doc):
            return []
        strings = doc.vocab.strings
        array = doc.to_array([POS, ENT_TYPE, ORTH, SPACY])
        open_types = [0, strings.add("PER"), strings.add("MISC")]
        pos, ent_type = array[:, 0], array[:, 1]
        keep = ((pos == NOUN) | (pos == PROPN)) & ((ent_type == open_types[0]) | (ent_type == open_types[1]) | (ent_type == open_types[2]))
        if () in self.cues:
            return numpy.flatnonzero(keep).tolist()
        # an open end with no space after it may go on into the next token's word (not the last token's)
        orths, glued = numpy.ascontiguousarray(array[:, 2]), array[:, 3] == 0
        glued[-1] = False
        keep &= self._starts_cue.mask(orths, strings) | (self._open_end.mask(orths, strings) & glued)
        return numpy.flatnonzero(keep).tolist()

    def _word_tests(self) -> None:
        """:meth:`_may_start_cue`'s two answers, each word tested once (:class:`WordTest`)."""
        self._starts_cue = WordTest(lambda text: self._may_start_cue(text)[0])
        self._open_end = WordTest(lambda text: self._may_start_cue(text)[1])

    def _may_start_cue(self, text: str) -> tuple[bool, bool]:
        """Whether a token's first word may begin a cue, and whether that word runs to the
        token's end (then, with no space after the token, it goes on into the next one and
        the token may start any cue)."""
        text = text.lower().replace("’", "'")
        first = _WORD.search(text)
        if first is None:
            return True, True
        return first.group() in self._first_words, first.end() == len(text)

    def _cue_at(self, doc: Doc, i: int) -> Optional[tuple[EventCue, int]]:
        if doc[i].pos_ not in ("NOUN", "PROPN"):  # checked first: most tokens stop here, cheaply
            return None
        # the texts of the spans of `longest` to 1 tokens from i, as Span.text gives them:
        # sliced from the doc's text (a Span and its text would be built for each)
        whole, start = doc_text(doc), doc[i].idx
        for n in range(min(self.longest, len(doc) - i), 0, -1):
            last = doc[i + n - 1]
            cue = self.cues.get(_word_tuple(whole[start : last.idx + len(last)]))
            if cue is not None:
                return cue, i + n
        return None

    def _event_at(self, doc: Doc, i: int, sent: Span) -> Optional[Span]:
        if doc[i].ent_type_ and doc[i].ent_type_ not in ("PER", "MISC"):
            return None
        if i > sent.start and doc[i].is_lower and doc[i - 1].ent_type_ == "PER" and i + 1 < sent.end and doc[i + 1].ent_type_ == "PER":
            return None  # « X rencontre Y »: the present of a verb between two names, no noun
        found = self._cue_at(doc, i)
        if found is None:
            return None
        cue, end = found
        for _ in range(MAX_MODIFIERS):
            if end < sent.end and doc[end].is_lower and doc[end].pos_ in ("ADJ", "NOUN") and not doc[end].ent_type_:
                end += 1
        if "named" in cue.delimiters:
            named = self._named(doc, end, sent)
            if named is not None:
                return Span(doc, i, self._date_end(doc, named, sent) or named, label="EVENT")
        dated = self._date_end(doc, end, sent)
        if dated is not None:
            return Span(doc, i, dated, label="EVENT")
        # without a date, a complement must delimit the happening
        while end > i + len(cue.words) and doc[end - 1].pos_ == "NOUN" and not self._complement(doc, end, sent, cue):
            end -= 1
        if self._complement(doc, end, sent, cue):
            return Span(doc, i, end, label="EVENT")
        return None

    def _date_end(self, doc: Doc, end: int, sent: Span) -> Optional[int]:
        """The end of a date that follows token ``end`` in the sentence ("... du 6 janvier"), if any."""
        start_char = doc[end - 1].idx + len(doc[end - 1].text)
        date = parse_date(doc_text(doc)[start_char : sent.end_char], self.dates)
        if date is None:
            return None
        span = doc.char_span(start_char, start_char + date[0], alignment_mode="expand")
        return span.end if span is not None and span.end <= sent.end else None

    def _named(self, doc: Doc, j: int, sent: Span) -> Optional[int]:
        """The end of a name that an event is "of": "sommet du G7", "conférence de Munich"."""
        if j >= sent.end or doc[j].lower_ not in OF_WORDS:
            return None
        k = j + 1
        while k < sent.end and (doc[k].pos_ == "DET" or doc[k].lower_ in ARTICLES):
            k += 1
        if k >= sent.end or doc[k].ent_type_ not in ("ORG", "LOC", "MISC") or doc[k].ent_iob_ != "B":
            return None
        end = k + 1
        while end < sent.end and doc[end].ent_iob_ == "I":
            end += 1
        return end

    def _complement(self, doc: Doc, j: int, sent: Span, cue: EventCue) -> bool:
        """Participants, a place or a target right after the event's words."""
        if j >= sent.end:
            return False
        word = doc[j].lower_
        if "parties" in cue.delimiters and word in PARTY_WORDS and _people_after(doc, j + 1, sent.end) >= 2:
            return True
        if "place" in cue.delimiters:
            for k in range(j, min(j + MAX_REACH, sent.end)):
                if doc[k].lower_ in PLACE_WORDS and k + 1 < sent.end and doc[k + 1].ent_type_ in ("LOC", "ORG"):
                    # only across the participants' names: "entre A et B à Mar-a-Lago"
                    between = doc[j:k]
                    if all(t.ent_type_ or t.lower_ in _BETWEEN_PARTIES for t in between):
                        return True
        if "target" in cue.delimiters and word in TARGET_WORDS:
            k = _skip_determiners(doc, j + 1, sent.end)
            return k < sent.end and bool(doc[k].ent_type_)
        return False


def _people_after(doc: Doc, k: int, end: int) -> int:
    """How many people are coordinated from token k on ("Mark Zuckerberg et Trump": 2)."""
    k = _skip_determiners(doc, k, end)
    count = 0
    while k < end and doc[k].ent_type_ == "PER" and doc[k].ent_iob_ == "B":
        count += 1
        k += 1
        while k < end and doc[k].ent_iob_ == "I":
            k += 1
        if k < end and doc[k].lower_ in _COORDINATORS:
            k = _skip_determiners(doc, k + 1, end)
        else:
            break
    return count


def _skip_determiners(doc: Doc, k: int, end: int) -> int:
    """Past determiners and one common noun ("avec la famille Moore")."""
    while k < end and doc[k].pos_ == "DET":
        k += 1
    if k < end and doc[k].is_lower and doc[k].pos_ == "NOUN" and k + 1 < end and doc[k + 1].ent_type_:
        k += 1
    return k


@Language.factory(
    "techpolgraph_events",
    default_config={"cues": "event_cues.tsv", "dates": "dates.tsv"},
    requires=["doc.ents", "token.pos", "doc.sents"],
    assigns=["doc.ents"],
)
def make_event_recogniser(nlp: Language, name: str, cues: str, dates: str) -> EventRecogniser:
    """Mark events (``EVENT`` entities) from the cue and date lists (package data or paths)."""
    return EventRecogniser(nlp, name, cues, dates)
