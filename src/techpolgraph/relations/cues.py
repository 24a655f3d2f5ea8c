"""The cue words of relations and of modality, read from package data (users may extend them)."""

from __future__ import annotations

import re
from dataclasses import dataclass
from enum import Enum
from functools import cached_property, lru_cache
from collections.abc import Iterable, Sequence
from typing import Optional, Union
from pathlib import Path

import numpy
from spacy.attrs import LOWER
from spacy.tokens import Doc, Token

from ..data import function_words, read_lines, read_table
from ..errors import CueDataError
from ..models import Modality, RelationType
from ..nlp.components import infinitive_in_er
from ..nlp.events import date_words, time_nouns
from .typography import QUOTES


class Argument(str, Enum):
    """Where a cue's other party stands (see the header of ``relation_cues.tsv``)."""

    OBJ = "obj"
    AVEC = "avec"
    A = "à"
    DE = "de"
    ENTRE = "entre"
    AGENT_DE = "agent_de"
    EVENT = "event"
    CONTRE = "contre"
    POUR = "pour"
    CHEZ = "chez"
    DERRIERE = "derrière"
    SUR = "sur"
    ENVERS = "envers"
    EN = "en"
    DANS = "dans"
    EN_FAVEUR_DE = "en faveur de"
    A_L_ENCONTRE_DE = "à l'encontre de"
    A_L_EGARD_DE = "à l'égard de"
    A_L_ENDROIT_DE = "à l'endroit de"
    AUX_COTES_DE = "aux côtés de"
    EN_COMPAGNIE_DE = "en compagnie de"
    EN_PRESENCE_DE = "en présence de"
    EN_L_HONNEUR_DE = "en l'honneur de"
    AUPRES_DE = "auprès de"
    VERS = "vers"
    DEVANT = "devant"
    A_L_INVITATION_DE = "à l'invitation de"

    @property
    def words(self) -> tuple[str, ...]:
        """The forms of the preposition that introduces the party (« à », « au », « aux »)."""
        return PREPOSITION_FORMS.get(self, ())


class Source(str, Enum):
    """Where a cue's source stands: the subject of its clause (``subj``), the « de X » right
    after a noun (``de``: « le soutien de X à Y »), or nowhere, the objects being together
    (``objects``: « un déjeuner réunissant X et Y »), or the one the noun describes, in apposition
    or after « être » (``holder``: « X, un ancien critique de Y », « X est un fervent partisan de Y »),
    or the one who feels what a verb of feeling tells (``experiencer``: « X s'est dit choqué par
    les propos de Y », « les propos de Y ont choqué X »: X criticises Y), or the party after the
    cue's preposition, the subject being the target (``beneficiary``: « X peut compter sur Y »:
    Y supports X)."""

    SUBJ = "subj"
    DE = "de"
    OBJECTS = "objects"
    HOLDER = "holder"
    EXPERIENCER = "experiencer"
    BENEFICIARY = "beneficiary"


class CuePos(str, Enum):
    """The part of speech a cue word has in the text."""

    VERB = "VERB"
    NOUN = "NOUN"


DE_FORMS = function_words("of")
PREPOSITION_FORMS: dict[Argument, tuple[str, ...]] = {
    Argument.AVEC: ("avec",),
    Argument.A: ("à", "au", "aux"),
    Argument.DE: DE_FORMS,
    Argument.ENTRE: ("entre",),
    Argument.CONTRE: ("contre",),
    Argument.POUR: ("pour",),
    Argument.CHEZ: ("chez",),
    Argument.DERRIERE: ("derrière",),
    Argument.SUR: ("sur",),
    Argument.ENVERS: ("envers",),
    Argument.EN: ("en",),  # « placer sa confiance en X »
    Argument.DANS: ("dans",),  # « sa confiance dans l'action de X »
    Argument.EN_FAVEUR_DE: ("faveur",),  # « en faveur de X »: the party follows « faveur de »
    Argument.A_L_ENCONTRE_DE: ("encontre",),  # « à l'encontre de X »
    Argument.A_L_EGARD_DE: ("égard", "adresse"),  # « à l'égard de X », and « à l'adresse de X », which says the same
    Argument.A_L_ENDROIT_DE: ("endroit",),  # « des mots chaleureux à l'endroit de X »
    Argument.AUX_COTES_DE: ("côtés",),  # « aux côtés de X »
    Argument.EN_COMPAGNIE_DE: ("compagnie",),  # « en compagnie de X »
    Argument.EN_PRESENCE_DE: ("présence",),  # « a inauguré l'usine en présence de X »
    Argument.EN_L_HONNEUR_DE: ("honneur",),  # « un dîner en l'honneur de X »
    Argument.AUPRES_DE: ("auprès",),  # « s'engager auprès de X »
    Argument.VERS: ("vers",),  # « diriger ses critiques vers X »
    Argument.DEVANT: ("devant",),  # « témoigner devant la commission »
    Argument.A_L_INVITATION_DE: ("invitation",),  # « s'est rendu en Inde à l'invitation de X »: the host
}


#: The word of a locution that « de » follows before its party (« en faveur de X »).
LOCUTION_HEADS = frozenset(form for a in Argument if a.value.endswith(" de") and a in PREPOSITION_FORMS for form in PREPOSITION_FORMS[a])

#: Pronouns that may open a verbal cue (« se rencontrer », « s'en prendre à »).
PRONOUNS = function_words("verb_pronoun")
#: Verbs before a bare infinitive that share its subject (« doit rencontrer »).
MODAL_VERBS = function_words("modal_verb")


@dataclass(frozen=True)
class Cue:
    """A word that signals a relation, and its frame: where the other party stands, where the
    source stands, and the modality it gives by itself (« inviter »: uncertain); see
    ``relation_cues.tsv``."""

    lemma: str
    pos: CuePos
    relation: RelationType
    argument: Argument
    source: Source = Source.SUBJ
    modality: Optional[Modality] = None

    @cached_property
    def words(self) -> tuple[str, ...]:
        """The lemma's words without its pronouns ("se rencontrer" -> ("rencontrer",),
        "s'en prendre" -> ("prendre",)); an elided article is a word of its own, as the
        tokenizer makes it ("rappeler à l'ordre" -> ("rappeler", "à", "l'", "ordre"))."""
        words = _split_elisions(self.lemma.replace("s'", "se ", 1) if self.lemma.startswith("s'") else self.lemma)
        while len(words) > 1 and words[0] in PRONOUNS:
            words = words[1:]
        return tuple(words)

    @cached_property
    def clitics(self) -> tuple[str, ...]:
        """Pronouns other than « se » that the cue needs before it (« en » of « s'en prendre »)."""
        words = self.lemma.replace("s'", "se ").split()
        out = []
        for word in words:
            if word not in PRONOUNS:
                break
            if word != "se":
                out.append(word)
        return tuple(out)

    @property
    def reflexive(self) -> bool:
        return self.lemma.startswith(("se ", "s'"))

    def row(self) -> list[str]:
        """The cue as a row of ``relation_cues.tsv``."""
        modality = self.modality.value if self.modality is not None else ""
        return [self.lemma, self.pos.value, self.relation.value, self.argument.value, self.source.value, modality]


def _split_elisions(text: str) -> list[str]:
    """Words, an elided « l' », « d' », « qu' » standing as a word of its own."""
    out: list[str] = []
    for word in text.split():
        head, apostrophe, rest = word.partition("'")
        if apostrophe and rest and len(head) <= 2:
            out.extend((head + "'", rest))
        else:
            out.append(word)
    return out


class CueTable:
    """Cues indexed by the lemma of their first (non-reflexive) word.

    >>> table = CueTable.shipped()
    >>> sorted({c.relation.value for c in table.for_lemma("dîner")})
    ['met']
    """

    def __init__(self, cues: list[Cue]) -> None:
        self.cues = cues
        self.by_first: dict[str, list[Cue]] = {}
        for cue in cues:
            self.by_first.setdefault(cue.words[0], []).append(cue)

    @classmethod
    def from_file(cls, path: Union[str, Path] = "relation_cues.tsv") -> "CueTable":
        """The cues of a file (the shipped one by name, or a user's by path).

        Raises :class:`CueDataError` naming the file and the row that cannot be used.
        """
        return cls.from_rows(read_table(path), path)

    @classmethod
    def from_rows(cls, rows: Iterable[Sequence[str]], path: Union[str, Path]) -> "CueTable":
        """The cues of rows in the columns of ``relation_cues.tsv`` (``path`` names where they
        come from, in errors)."""
        cues = [_cue_of_row(path, list(row)) for row in rows]
        return cls(cues)

    @classmethod
    @lru_cache(maxsize=1)
    def shipped(cls) -> "CueTable":
        return cls.from_file()

    def for_lemma(self, lemma: str) -> list[Cue]:
        return self.by_first.get(lemma.lower(), [])

    def sizes(self) -> dict[str, int]:
        """Entries per relation: the lexicon's size.

        >>> CueTable.shipped().sizes()["banned"] > 50
        True
        """
        out: dict[str, int] = {}
        for cue in self.cues:
            out[cue.relation.value] = out.get(cue.relation.value, 0) + 1
        return out


def _cue_of_row(path: Union[str, Path], row: list[str]) -> Cue:
    """One row of a cue file as a :class:`Cue`; :class:`CueDataError` naming the file and row."""
    if len(row) < 4:
        raise CueDataError(f"{path}: row {row!r} needs at least 4 columns: lemma, VERB or NOUN, relation, argument")
    lemma = row[0].lower()
    choices = (
        ("part of speech", CuePos, row[1].upper()),
        ("relation", RelationType, row[2]),
        ("argument", Argument, row[3]),
        ("source", Source, row[4] if len(row) > 4 and row[4] else Source.SUBJ.value),
    )
    values = []
    for what, enum, value in choices:
        try:
            values.append(enum(value))
        except ValueError:
            allowed = ", ".join(e.value for e in enum)
            raise CueDataError(f"{path}: row {lemma!r}: {what} must be one of {allowed}, not {value!r}") from None
    modality = None
    if len(row) > 5 and row[5]:
        try:
            modality = Modality(row[5])
        except ValueError:
            raise CueDataError(f"{path}: row {lemma!r}: modality must be asserted, negated or uncertain, not {row[5]!r}") from None
    pos, relation, argument, source = values
    return Cue(lemma, pos, relation, argument, source, modality)



#: The relation a judging word tells, by its polarity in ``judgements.tsv``.
POLARITY = {"negative": RelationType.CRITICISED, "positive": RelationType.ENDORSED}


@lru_cache(maxsize=1)
def judgement_words() -> dict[str, RelationType]:
    """Lemma -> the relation its use as an attribute tells (``judgements.tsv``): « X a qualifié
    Y de tyran » criticises, « de génie » praises; « des propos insultants » are hostile."""
    return {row[0].lower(): POLARITY[row[1]] for row in read_table("judgements.tsv")}


def judgement_of(token: Token) -> Optional[RelationType]:
    """The relation a word of judgement (``judgements.tsv``) tells, by its lemma or its form
    (« tyrans », « ringard »: a form the lemmatiser cuts); None for any other word."""
    words = judgement_words()
    return words.get(token.lemma_.lower()) or words.get(token.lower_)


@lru_cache(maxsize=4)
def modality_words(path: str = "modality.tsv") -> dict[str, frozenset[str]]:
    """Effect (negation, uncertain, reporting, past) -> words, from ``modality.tsv``."""
    out: dict[str, set[str]] = {}
    for word, effect in read_table(path):
        out.setdefault(effect, set()).add(word.lower())
    return {k: frozenset(v) for k, v in out.items()}


@lru_cache(maxsize=4)
def party_actions(path: str = "party_actions.txt") -> frozenset[str]:
    """Nouns for what a party does (« la politique de X »), from ``party_actions.txt``."""
    return frozenset(w.lower() for w in read_lines(path))


@lru_cache(maxsize=4)
def support_verbs(path: str = "support_verbs.txt") -> frozenset[str]:
    """Verbs whose subject is the source of the relation noun they govern (« a annoncé la
    suspension de X »), from ``support_verbs.txt``."""
    return frozenset(w.lower() for w in read_lines(path))


@lru_cache(maxsize=4)
def receiving_verbs(path: str = "receiving_verbs.txt") -> frozenset[str]:
    """Verbs whose subject receives the relation noun they govern (« X a reçu le soutien de Y »),
    from ``receiving_verbs.txt``."""
    return frozenset(w.lower() for w in read_lines(path))


@lru_cache(maxsize=4)
def etre_verbs(path: str = "etre_verbs.txt") -> frozenset[str]:
    """Verbs conjugated with « être » that are not passives (« est allé voir »), from ``etre_verbs.txt``."""
    return frozenset(w.lower() for w in read_lines(path))


@lru_cache(maxsize=4)
def remote_cues(path: str = "remote_cues.txt") -> frozenset[str]:
    """Cues of a meeting that may be written (« échanger »), from ``remote_cues.txt``."""
    return frozenset(w.lower() for w in read_lines(path))


@lru_cache(maxsize=4)
def written_channels(path: str = "written_channels.txt") -> frozenset[str]:
    """Words of written communication, which tell of no meeting, from ``written_channels.txt``."""
    return frozenset(w.lower() for w in read_lines(path))


@lru_cache(maxsize=4)
def written_phrases(path: str = "written_channels.txt") -> Optional[re.Pattern[str]]:
    """The phrases of ``written_channels.txt`` (« en ligne »), as one pattern of whole words, or None."""
    phrases = sorted(w for w in written_channels(path) if " " in w)
    return re.compile(r"\b(?:" + "|".join(re.escape(w) for w in phrases) + r")\b") if phrases else None


def cue_words_follow(doc: Doc, token: Token, cue: Cue) -> bool:
    """For a multi-word cue ("rendre visite", "partager le pain"), the other words follow."""
    return cue_end(doc, token, cue) is not None


def cue_end(doc: Doc, token: Token, cue: Cue) -> Optional[int]:
    """The token after a cue's words, adverbs between them read past (« fait ouvertement
    campagne pour »), or past the object of a locution that takes one (« a mis Google en
    demeure »: see :func:`gapped_tail`); None where its words do not follow."""
    if len(cue.words) == 1:
        return token.i + 1  # no other word to read
    last = _last_positions(doc)
    for word in cue.words[1:]:
        if last.get(word, -1) <= token.i:
            return None  # a word of the locution is not in the text after the cue
    end = _words_end(doc, token.i + 1, cue.words[1:])
    if end is None:
        tail = _tail_after_object(doc, token, cue)
        end = _words_end(doc, tail, cue.words[1:]) if tail is not None else None
    return end


_LAST_KEY = "techpolgraph.last_positions"


def _last_positions(doc: Doc) -> dict[str, int]:
    """The last position of each word of the text, as :func:`_plain` writes it, built once per
    doc: a locution whose next words are not all found after its first one is not read on."""
    last = doc.user_data.get(_LAST_KEY)
    if last is None:
        # each distinct lower-case form at its last position: its first in the reversed column
        keys, from_end = numpy.unique(doc.to_array(LOWER)[::-1], return_index=True)
        last = {}
        for key, i in zip(keys.tolist(), (len(doc) - 1 - from_end).tolist()):
            word = _plain_of_key(doc, key)
            last[word] = max(i, last.get(word, -1))
        doc.user_data[_LAST_KEY] = last
    return last


#: :func:`_plain_word` of each lower-case form met, by its hash (the same in every vocabulary).
_PLAIN_BY_KEY: dict[int, str] = {}
#: How many forms :data:`_PLAIN_BY_KEY` keeps before it starts again.
MAX_PLAIN_KEYS = 1 << 18


def _plain_of_key(doc: Doc, key: int) -> str:
    """:func:`_plain_word` of the lower-case form whose hash is ``key``, worked out once per form."""
    found = _PLAIN_BY_KEY.get(key)
    if found is None:
        if len(_PLAIN_BY_KEY) >= MAX_PLAIN_KEYS:
            _PLAIN_BY_KEY.clear()
        found = _PLAIN_BY_KEY[key] = _plain_word(doc.vocab.strings[key])
    return found


#: « tout » before a locution's possessive (« présenter toutes mes félicitations »).
WHOLE = function_words("whole")


def _words_end(doc: Doc, j: int, words: Sequence[str]) -> Optional[int]:
    """The token after ``words`` read from token j on, adverbs, adjectives, days and opening
    quotes between them read past (« adresser ses plus vives et chaleureuses félicitations »), and an incise between commas
    (« adresser, au nom de la France, ses félicitations »); else None."""
    for word in words:
        j = _past_time(doc, _past_repeat(doc, _past_incise(doc, j)))
        if j < len(doc) and _plain(doc[j]) != word:
            j = past_behalf(doc, j)  # « adresser au nom de mon pays et en mon nom propre mes vœux »
        if j < len(doc) and _plain(doc[j]) != word:
            j = past_adverbial(doc, j)  # « porter à son tour plainte »; not « convier à déjeuner », the locution's own words
        while j < len(doc) and (doc[j].pos_ == "ADV" or (doc[j].pos_ == "ADJ" and doc[j].is_lower) or _joins_adjectives(doc, j) or repeated_determiner(doc, j) or doc[j].lower_ in WHOLE or doc[j].text in QUOTES or doc[j].lower_ in date_words()) and _plain(doc[j]) != word:
            j += 1  # « présenter dimanche ses « plus sincères félicitations » »: a day, an opening quote too
        if j + 1 < len(doc) and _plain(doc[j + 1]) == word and _adjective_read_as_noun(doc, j):
            j += 1  # « mes sincères félicitations », « sincères » tagged a noun
        if j >= len(doc) or _plain(doc[j]) != word:
            return None
        j += 1
    return j


def _adjective_read_as_noun(doc: Doc, j: int) -> bool:
    """Token j, in lower case and tagged a noun, stands between a determiner (or « plus ») and the
    noun of the locution, ending as it does (« mes sincères félicitations », « mes plus
    admiratifs compliments »): an adjective the tagger took for a noun."""
    word = doc[j]
    return word.pos_ == "NOUN" and word.is_lower and doc[j - 1].pos_ in ("DET", "ADV") and word.text[-1:] == doc[j + 1].text[-1:]


#: Nouns of a number of times (« deux fois », « à plusieurs reprises »).
REPEAT_NOUNS = function_words("repeat")


def _past_repeat(doc: Doc, j: int) -> int:
    """Past a number of times at token j (« a renouvelé par deux fois sa confiance », « à plusieurs
    reprises », « une nouvelle fois »); j where there is none."""
    k = j + (j < len(doc) and doc[j].lower_ in ("par", "à"))
    first = k
    while k < len(doc) and k - first < 2 and (doc[k].like_num or doc[k].pos_ in ("DET", "NUM", "ADJ")) and doc[k].lower_ not in REPEAT_NOUNS:
        k += 1  # « deux », « plusieurs », « une nouvelle »
    return k + 1 if first < k < len(doc) and doc[k].lower_ in REPEAT_NOUNS else j


#: Adverbial phrases of two to four words (``function_words.tsv``, short_adverbial), as the
#: tokenizer cuts them (« d'abord »: « d' », « abord »).
SHORT_ADVERBIAL = frozenset(
    tuple(phrase.replace(quote, quote + " ").split()) for words in function_words("short_adverbial") for quote, phrase in (("'", words), ("’", words.replace("'", "’")))
)


#: The first words of those phrases, tested before any phrase is built.
ADVERBIAL_OPENERS = frozenset(words[0] for words in SHORT_ADVERBIAL)
#: Their last words, tested before a phrase is looked for back from a word.
ADVERBIAL_ENDS = frozenset(words[-1] for words in SHORT_ADVERBIAL)


def past_adverbial(doc: Doc, j: int) -> int:
    """Past an adverbial phrase at token j (« porter à son tour plainte »); j where there is none."""
    if j >= len(doc) or doc[j].lower_ not in ADVERBIAL_OPENERS:
        return j
    words = tuple(doc[k].lower_ for k in range(j, min(j + 4, len(doc))))  # by index, once: no span made
    for n in (4, 3, 2):
        if j + n < len(doc) and words[:n] in SHORT_ADVERBIAL:
            return j + n
    return j


def adverbial_before(doc: Doc, k: int, start: int, longest: int = 4) -> int:
    """Where an adverbial phrase of two to ``longest`` words that ends right before token k
    begins, after ``start`` (« exprime de nouveau à Y »: at « de »); k where there is none."""
    if k - 2 <= start or (k <= len(doc) and doc[k - 1].lower_ not in ADVERBIAL_ENDS):
        return k  # no phrase of two words or more ends at token k - 1
    for n in range(longest, 1, -1):
        if k - n > start and tuple(t.lower_ for t in doc[k - n : k]) in SHORT_ADVERBIAL:
            return k - n
    return k


#: Demonstratives before a noun of time (« ce matin », « cette semaine »).
TIME_DEMONSTRATIVES = function_words("demonstrative_determiner")


def _past_time(doc: Doc, j: int) -> int:
    """Past « ce matin », « cette semaine » at token j (« a accordé cette semaine une audience à Y »);
    j where there is none."""
    if j + 1 < len(doc) and doc[j].lower_ in TIME_DEMONSTRATIVES and doc[j + 1].lower_ in time_nouns():
        return j + 3 if j + 2 < len(doc) and doc[j + 2].text == "," else j + 2  # « ce matin, une audience »
    return j


#: How many words an incise between commas inside a locution may have.
LOCUTION_INCISE_WORDS = 12


def _past_incise(doc: Doc, j: int) -> int:
    """Past an incise between commas at token j that holds no finite verb; j where there is none."""
    if j >= len(doc) or doc[j].text != ",":
        return j
    for k in range(j + 1, min(j + 1 + LOCUTION_INCISE_WORDS, len(doc))):
        if doc[k].text == ",":
            return k + 1 if k > j + 1 else j
        if doc[k].is_sent_start or (doc[k].pos_ in ("VERB", "AUX") and "Fin" in doc[k].morph.get("VerbForm")):
            return j
    return j


#: The longest name read past in « au nom de ... » inside a locution.
BEHALF_WORDS = 8


def past_behalf(doc: Doc, j: int) -> int:
    """Past the phrases that say on whose behalf one speaks at token j, joined by « et » (« au
    nom de la France et en mon nom personnel », « en son nom propre »), up to the possessive
    or the punctuation after them; j where there is none."""
    k = j
    while k + 2 < len(doc):
        if doc[k].lower_ == "au" and doc[k + 1].lower_ == "nom" and doc[k + 2].lower_ in ("de", "du", "des", "d'", "d’"):
            m = k + 3
            while m < len(doc) and m - k < 3 + BEHALF_WORDS and not doc[m].is_punct and ("Yes" not in doc[m].morph.get("Poss") or doc[m - 1].lower_ in ("de", "d'", "d’", "des")) and doc[m].lower_ != "et":
                m += 1  # « au nom du peuple français », « au nom des élus de notre groupe »; not « au nom de P son soutien »
        elif doc[k].lower_ == "en" and "Yes" in features(doc[k + 1], "Poss") and doc[k + 2].lower_ == "nom":
            m = k + 3 + (k + 3 < len(doc) and doc[k + 3].lower_ in ("personnel", "propre"))  # « en mon nom personnel »
        else:
            break
        if m >= len(doc) or m - k >= 3 + BEHALF_WORDS:
            break
        j = k = m
        if doc[k].lower_ == "et":
            k += 1  # « ... et en mon nom personnel »
    return j


def repeated_determiner(doc: Doc, j: int) -> bool:
    """« et mes » between two qualified forms of one noun (« ses plus vives et ses plus
    sincères félicitations »): the « et », or the determiner said again after it."""
    if doc[j].lower_ == "et":
        return 0 < j < len(doc) - 2 and doc[j - 1].pos_ == "ADJ" and doc[j + 1].pos_ == "DET" and doc[j + 2].pos_ in ("ADV", "ADJ")
    return 0 < j < len(doc) - 1 and doc[j].pos_ == "DET" and doc[j - 1].lower_ == "et" and doc[j + 1].pos_ in ("ADV", "ADJ") and repeated_determiner(doc, j - 1)


def _joins_adjectives(doc: Doc, j: int) -> bool:
    """« et » between two adjectives (« vives et chaleureuses », « plus vives et plus chaleureuses »)."""
    if doc[j].lower_ != "et" or not 0 < j < len(doc) - 1 or doc[j - 1].pos_ != "ADJ":
        return False
    k = j + 1
    while k < len(doc) - 1 and doc[k].pos_ == "ADV":
        k += 1
    return doc[k].pos_ == "ADJ"


def _plain(token: Token) -> str:
    """The word in lower case with a straight apostrophe, as the lexicon writes it (« l’ordre »);
    a possessive as the lexicon writes it, in the third person (« adresser mes félicitations »
    is « adresser ses félicitations »)."""
    return _plain_word(token.lower_)


def _plain_word(lower: str) -> str:
    """:func:`_plain` of a word already in lower case."""
    word = lower.replace("’", "'")
    return THIRD_PERSON_POSSESSIVES.get(word, word)


#: Possessives of the first and second persons, and their third-person forms.
THIRD_PERSON_POSSESSIVES = {
    "mon": "son", "ton": "son", "ma": "sa", "ta": "sa", "mes": "ses", "tes": "ses",
    "notre": "son", "votre": "son", "nos": "ses", "vos": "ses", "leur": "son", "leurs": "ses",
}


def gapped_tail(doc: Doc, token: Token, cue: Cue) -> Optional[int]:
    """« a mis, le 3 mai, Meta en demeure », « a pris X à partie »: where the rest of a verb
    locution that takes an object stands after that object (a few words, with no verb, no end
    of clause and no « et », « ou » but between two names), when its words do not follow the
    verb; else None."""
    return None if _words_end(doc, token.i + 1, cue.words[1:]) is not None else _tail_after_object(doc, token, cue)


def _tail_after_object(doc: Doc, token: Token, cue: Cue) -> Optional[int]:
    """:func:`gapped_tail`, once the locution's words are known not to follow the verb."""
    if cue.argument is not Argument.OBJ or cue.pos is not CuePos.VERB or len(cue.words) < 2 or cue.lemma in UNGAPPED_LOCUTIONS:
        return None
    for j in range(token.i + 2, min(token.i + 2 + GAPPED_OBJECT_WORDS, len(doc))):
        if doc[j].lower_ == cue.words[1] and _words_end(doc, j + 1, cue.words[2:]) is not None:
            return j
        if doc[j].lower_ in ("et", "ou") and _joins_names(doc, j):
            continue  # « encourage X et Y à continuer »: an object of two names
        if doc[j].pos_ in ("VERB", "AUX") or doc[j].text in CLAUSE_ENDS or doc[j].lower_ in ("et", "ou", "qui", "que", "qu'", "qu’"):
            return None
    return None


def _joins_names(doc: Doc, j: int) -> bool:
    """The « et » or « ou » at token j stands between two capitalised names."""
    return 0 < j < len(doc) - 1 and all(t.text[:1].isupper() and t.is_alpha and t.pos_ in ("PROPN", "NOUN", "ADV", "ADJ") for t in (doc[j - 1], doc[j + 1]))


#: Verb locutions whose object never stands between their words (« appeler à voter X »).
UNGAPPED_LOCUTIONS = function_words("ungapped_locution")
#: How many words the object of a locution may have between its verb and its other words.
GAPPED_OBJECT_WORDS = 10
#: Marks that end the stretch where a locution's object may stand.
CLAUSE_ENDS = frozenset({".", ";", ":", "?", "!", "(", ")", "«", "»", '"'})


#: The values of each feature of each morphology read so far, by the morphology's key.
_FEATURES: dict[tuple[int, str], tuple[str, ...]] = {}


def features(token: Token, field: str) -> tuple[str, ...]:
    """``token.morph.get(field)``, as a tuple: read once per morphology and feature, as a text
    has few morphologies and reading a feature is dear."""
    morph = token.morph
    key = (morph.key, field)
    found = _FEATURES.get(key)
    if found is None:
        found = _FEATURES[key] = tuple(morph.get(field))
    return found


def verb_lemma(token: Token) -> str:
    """A verb's lemma; where the tagger left the form (« réclame », « compte », « essuie »), its infinitive in -er."""
    lemma = token.lemma_.lower()
    if lemma.endswith("e") and token.pos_ in ("VERB", "AUX") and lemma == token.lower_ and "Inf" not in features(token, "VerbForm"):  # the cheap test first
        return infinitive_in_er(lemma)
    return lemma


