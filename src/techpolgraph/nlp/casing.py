"""Lines written in capitals, read in the case French prints them.

Archives of the 1970s and 1980s (telex dispatches, the Élysée's transcripts of the time) come in
capitals, without accents and with underscores for some spaces: « M. VALERY GISCARD D'ESTAING
ET M. EDWARD GIEREK SE SONT ENTRETENUS », « LES DEUX CHEFS_D_ETAT ». The model reads such a line
as a run of names. :func:`restore_case` gives the tokenizer the same line in ordinary case, at
the same length and offsets (the evidence stays the text as written, see :func:`.text.remember_text`).

No maintained library restores the case and the accents of French (the truecasers on the
package registry are trained for English): the model's own vocabulary serves. Each word takes
the form of the vocabulary that writes it with the same letters, accents aside, and comes first
in the list of the model's vectors (the list is sorted by frequency): « PRESIDENT » is
« président », « FRANCE » « France », « GIEREK » « Gierek ». A word the vocabulary lacks is a
name: capitalised. After a form of « avoir » or « être », a participle in « -é » is preferred
(« ONT RENCONTRE »: « ont rencontré »), after a subject or a clitic a verb's form without it
(« SE SITUE »: « se situe »); « A » is « a » after a subject, « à » before an article or a name;
« OU » is « où » after a noun of time or place (« AU MOMENT OU »).

>>> shouting("M. PAUL MARTIN ET M. LUC BERNARD SE SONT ENTRETENUS A LYON."), shouting("LE PRESIDENT - Je le souhaite.")
(True, False)
"""

from __future__ import annotations

import re
from typing import Optional

from spacy.language import Language
from spacy.lookups import Table

from ..data import function_words, read_table
from .text import strip_accents

#: The fewest letters a line needs to be read as written in capitals.
MIN_LETTERS = 12
#: The share of its letters in capitals that makes a line one written in capitals.
CAPITALS_SHARE = 0.9
#: The most words of a line left as it is (a heading, a signature, a speaker's label).
SHORT_LINE_WORDS = 4

#: Titles before a name, in capitals (« M. PAUL MARTIN »), without their period, and their
#: ordinary form.
TITLES = {"M": "M", "MM": "MM", "MME": "Mme", "MMES": "Mmes", "MLLE": "Mlle", "DR": "Dr", "ME": "Me", "MGR": "Mgr"}
#: Titles read so without a period after them (« MME GISCARD D'ESTAING »; « ME » is also « me »).
BARE_TITLES = frozenset({"MM", "MME", "MMES", "MLLE", "MGR"})
#: Nouns of a title written before a surname (« LE PRESIDENT CARTER »: « le président Carter »).
NAME_TITLES = function_words("name_title")
#: Elided words written with an apostrophe (or an underscore) before a vowel (« D'ESTAING »).
ELIDED = function_words("elided_word")
#: Forms of « avoir » and « être » after which a participle in « -é » is preferred.
AUXILIARIES = function_words("perfect_auxiliary") | function_words("auxiliary_form")
#: Words after which « A » is the verb « a » (« IL A », « QUI A », « Y A »).
SUBJECTS_OF_A = function_words("subject_clitic") | function_words("subject_of_a")
#: Words before which « A » is the preposition « à » (« A LA », « A SON »), lower case.
AFTER_A = function_words("article") | function_words("after_preposition_a")
#: Words after which a verb is finite, not a participle in « -é » (« IL PRESENTE », « SE SITUE »).
BEFORE_FINITE = function_words("subject_clitic") | function_words("reflexive") | function_words("ne")
#: Words after which « OU » is the relative « où » (« AU MOMENT OU », « LA OU », « D'OU »).
BEFORE_WHERE = function_words("where_antecedent")

_WORD = re.compile(r"[^\W\d_]+", re.UNICODE)
#: Words joined by hyphens (« ROYAUME-UNI »).
_COMPOUND = re.compile(r"[^\W\d_]+(?:-[^\W\d_]+)+")
#: Five words in capitals in a row: a text that may hold a line written in capitals (a quick test).
_CAPITALS_RUN = re.compile(r"(?:[^\W\d_a-zà-ÿ]+(?:[\s,'’.-]+|_)){5}[^\W\d_a-zà-ÿ]")
#: A speaker's label that opens a line (« LE PRESIDENT - », « QUESTION : »), left in capitals.
_LABEL = re.compile(r"^\s*(?:[^\W\d_]+[ .'’]*){1,5}?(?:\s+-|\s*:|\.-)\s")
_SENTENCE_END = frozenset(".!?")
#: A speaker's label inside a line (« ... ? QUESTION.- », « LE PRESIDENT.- »), left in capitals.
_TURN_LABEL = re.compile(r"(?:\b(?:LE|LA)\s+)?\b[^\W\d_a-z]+(?:\s+[^\W\d_a-z]+)?\.-")


class _Lexicon:
    """The forms of the vocabulary's vectors by their key (lower case, no accents), each with its
    rank in the list of vectors (the lower, the more frequent: a rare word shares the row of a
    frequent one, « tète » that of « tête », but keeps its place in the list), and the words the
    lemmatizer's tables hold (its lemmas and their inflected forms): French spelled right
    (« premier », not the « prémier » the vectors' vocabulary also holds)."""

    def __init__(self, nlp: Language) -> None:
        strings, vectors = nlp.vocab.strings, nlp.vocab.vectors
        self.forms: dict[str, list[tuple[int, str]]] = {}
        rank: dict[str, int] = {}
        for index, key in enumerate(vectors.key2row):
            try:
                form = strings[key]
            except KeyError:
                continue
            if form.isalpha():
                self.forms.setdefault(strip_accents(form).lower(), []).append((index, form))
                rank[form] = index
        self.stop_words = frozenset(w for w in nlp.Defaults.stop_words if w.isalpha())
        people, institutions = _known_names()
        # a word of an institution's name is written capitalised where the vocabulary writes it so
        # more often (« UNION »: « Union »), not where the common noun is more frequent (« MONDE »)
        capitalised = {k: w for k, w in institutions.items() if rank.get(w, len(rank)) < rank.get(w.lower(), len(rank))}
        self.names = {**capitalised, **people}
        self.first_names = _by_key([row[0] for row in read_table("first_names.tsv")])
        self.compounds = _hyphenated_names()
        self.acronyms = frozenset(row[0] for row in read_table("acronyms.tsv") if row[0].isupper())
        self.adjectives = frozenset(strip_accents(row[0]).lower() for row in read_table("nationalities.tsv"))
        self.lemmas: set[str] = set()
        self.inflected: Optional[Table] = None
        self.rules: list[tuple[str, str]] = []
        if "lemmatizer" in nlp.pipe_names and hasattr(nlp.get_pipe("lemmatizer"), "lookups"):
            lookups = nlp.get_pipe("lemmatizer").lookups
            if lookups.has_table("lemma_index"):
                self.lemmas = {w for words in lookups.get_table("lemma_index").values() for w in words}
            if lookups.has_table("lemma_exc"):
                # by part of speech: the irregular forms and their lemmas (« mis »: « mettre »)
                for exceptions in lookups.get_table("lemma_exc").values():
                    self.lemmas |= set(exceptions) | {w for lemmas in exceptions.values() for w in lemmas}
            if lookups.has_table("lemma_lookup"):
                self.inflected = lookups.get_table("lemma_lookup")
                self.lemmas |= {w for lemmas in self.inflected.values() for w in lemmas}
            if lookups.has_table("lemma_rules"):
                # the rules of an inflection only (« ons » -> « er »), not those that keep a word or drop a letter
                self.rules = sorted({(old, new) for rules in lookups.get_table("lemma_rules").values() for old, new in rules if len(old) > 1 and old != new})

    def spelled_right(self, form: str) -> int:
        """How sure it is that the form is French: 2 for a lemma or an inflected form the tables
        list, 1 for one the lemmatizer's rules lead to a lemma from (« rencontrons »: « rencontrer »),
        else 0."""
        if form in self.lemmas or (self.inflected is not None and form in self.inflected):
            return 2
        return int(any(form.endswith(old) and form[: len(form) - len(old)] + new in self.lemmas for old, new in self.rules))

    def best(self, folded: str, length: int, participle: bool, finite: bool = False) -> Optional[str]:
        """The form of the key to write: the most frequent one spelled right in lower case (a
        participle in « -é » first after an auxiliary, a form without it after a subject or a
        clitic), unless a capitalised form is more frequent (« France », « République »); an
        acronym in capitals where the key has no other form."""
        name = None if folded in self.stop_words else self.names.get(folded)
        if name is not None and len(name) == length:
            return name  # « CARTER », « VALERY »: a known person's name, not the common word
        found = [(row, form) for row, form in self.forms.get(folded, ()) if len(form) == length]
        if folded in self.stop_words:
            words = sorted((row, f) for row, f in found if f in self.stop_words)
            return words[0][1] if words else folded  # « APRES »: « après », the more frequent of the two
        lower = [(row, f) for row, f in found if f.islower()]
        if not any(f == folded for _, f in lower):
            lower.append((len(self.forms) + 1, folded))  # a form the vectors lack may still be French (« rencontrons »)
        lower = sorted((row, -self.spelled_right(f), _accents(f), f) for row, f in lower)
        spelled = [x for x in lower if x[1] < 0]
        right = spelled or [x for x in lower if x[2] == 0] or lower
        if participle and spelled:
            done = [x for x in spelled if _participle(x[-1])]
            if done:
                return done[0][-1]  # « ONT RENCONTRE »: « rencontré », whatever a capitalised form
        if finite and any(_participle(x[-1]) for x in spelled):
            plain = [x for x in spelled if not _participle(x[-1])]
            if plain:
                return plain[0][-1]  # « SE SITUE »: « situe », not the more frequent « situé »
        title = sorted((row, -_accents(f), f) for row, f in found if f[:1].isupper() and f[1:].islower())
        if spelled and (not title or title[0][0] * TITLE_FREQUENCY >= right[0][0]):
            return right[0][-1]  # French spelled right, unless its capitalised form is far more frequent (« Paris »)
        if title:
            return title[0][-1]  # « France », « Moscou », « Élysée »: not the « elysee » of the vectors' vocabulary
        if right:
            return right[0][-1]
        capitals = [f for _, f in sorted(found) if f.isupper()]
        return capitals[0] if capitals and length <= ACRONYM_LETTERS else None


def _known_names() -> tuple[dict[str, str], dict[str, str]]:
    """The capitalised words of the first names (``first_names.tsv``) and of the well-known
    people (``people.tsv``), then those of the organisations and places known by name
    (« L'UNION SOVIETIQUE »: « l'Union soviétique »), by their key (lower case, no accents):
    « valery »: « Valéry »."""
    people = [row[0] for row in read_table("first_names.tsv")]
    people += [w for row in read_table("people.tsv") for cell in row for form in cell.split("|") for w in form.split()]
    institutions = [w for row in read_table("organisations.tsv") for w in row[0].split()]
    institutions += [w for row in read_table("nationalities.tsv") for w in row[1].split()]
    return _by_key(people), _by_key(institutions)


def _hyphenated_names() -> dict[str, str]:
    """The hyphenated words of the names known (« Royaume-Uni », « Grande-Bretagne »,
    « Jean-Marc »), by their key (lower case, no accents): a line in capitals writes them so."""
    names = [row[0] for row in read_table("first_names.tsv")]
    names += [form for row in read_table("organisations.tsv") for cell in (row[0], *row[2:3]) for form in cell.split("|")]
    names += [row[1] for row in read_table("nationalities.tsv")]
    names += [form for row in read_table("people.tsv") for cell in row for form in cell.split("|")]
    words = {w for name in names for w in name.split() if "-" in w and all(part.isalpha() for part in w.split("-"))}
    return {strip_accents(w).lower(): w for w in sorted(words)}


def _by_key(words: list[str]) -> dict[str, str]:
    return {strip_accents(w).lower(): w for w in words if w.isalpha() and w[:1].isupper() and w[1:].islower()}


#: How many times more frequent (by row) a capitalised form must be than a word spelled right in
#: lower case to be written so (« Paris », row 200, against « paris », row 3,020).
TITLE_FREQUENCY = 8

#: The most letters of a word kept in capitals as an acronym (« URSS », « OTAN »).
ACRONYM_LETTERS = 5

_lexicons: dict[int, _Lexicon] = {}


def _lexicon(nlp: Language) -> _Lexicon:
    """The :class:`_Lexicon` of a pipeline, built at its first text in capitals."""
    found = _lexicons.get(id(nlp.vocab))
    if found is None:
        found = _lexicons[id(nlp.vocab)] = _Lexicon(nlp)
    return found


def _participle(word: str) -> bool:
    """« rencontré », « rencontrées »: a past participle in « -é »."""
    return word.rstrip("s").rstrip("e").endswith("é")


def _accents(word: str) -> int:
    return sum(1 for a, b in zip(word, strip_accents(word)) if a != b)


def shouting(line: str) -> bool:
    """The line is written in capitals: enough letters, nearly all of them capitals, and more
    words than a heading or a label has."""
    letters = [ch for ch in line if ch.isalpha()]
    if len(letters) < MIN_LETTERS or len(line.split()) <= SHORT_LINE_WORDS:
        return False
    return sum(ch.isupper() for ch in letters) >= CAPITALS_SHARE * len(letters)


def restore_case(text: str, nlp: Language) -> str:
    """The text with its lines written in capitals in ordinary case, at the same length; other
    lines as they are."""
    if not _CAPITALS_RUN.search(text):
        return text
    lines = text.split("\n")
    in_capitals = [shouting(line) for line in lines]
    if not any(in_capitals):
        return text
    restored = "\n".join(_line_in_case(line, _lexicon(nlp)) if capitals else line for line, capitals in zip(lines, in_capitals))
    return restored if len(restored) == len(text) else text


def _line_in_case(line: str, lexicon: _Lexicon) -> str:
    """One line written in capitals, in ordinary case (its opening label kept as it is)."""
    label = _LABEL.match(line)
    start = label.end() if label is not None else 0
    kept = {k for m in _TURN_LABEL.finditer(line) for k in range(m.start(), m.end())}
    chars = list(line)
    previous, opening, after_name = "", True, False
    matches = list(_WORD.finditer(line, start))
    written = -1  # the end of a hyphenated name written whole
    for n, match in enumerate(matches):
        word = match.group()
        k = match.start()
        if k < written:
            continue
        compound = _COMPOUND.match(line, k)
        known = lexicon.compounds.get(strip_accents(compound.group()).lower()) if compound is not None else None
        if known is not None and len(known) == compound.end() - k:
            chars[k : compound.end()] = known  # « ROYAUME-UNI »: « Royaume-Uni »
            written, previous, opening, after_name = compound.end(), known.lower(), False, known in lexicon.first_names.values()
            continue
        if k in kept:  # « QUESTION.- », « LE PRESIDENT.- » inside the line: a speaker's label
            previous, opening = "", True
            continue
        elided = k + len(word) < len(line) and line[k + len(word)] in "'’_" and word.lower() in ELIDED
        if elided:
            form = word.lower()
        elif len(word) == 1 and line[k + 1 : k + 2] == ".":
            form = word  # « M. », « W. »: a title or an initial
        elif word in TITLES and (word in BARE_TITLES or line[k + len(word) : k + len(word) + 1] == "."):
            form = TITLES[word]  # « MM. », « MME »
        elif after_name and _may_be_a_name(word, lexicon, previous in NAME_TITLES):
            # « M. PAUL MARTIN »: the surname after a first name or a title
            form = lexicon.names.get(strip_accents(word).lower(), word[:1] + word[1:].lower())
        elif word.lower() == "a":
            following = matches[n + 1].group() if n + 1 < len(matches) else ""
            form = _a_or_to(previous, following, lexicon)
        else:
            form = _form_of(word, previous, lexicon)
        # a surname may follow a person's name or a title, right after it (not « AFGHANISTAN ( CONDAMNATION »)
        gap = line[k + len(word) : matches[n + 1].start()] if n + 1 < len(matches) else ""
        after_name = (gap.isspace() or gap == ". ") and (
            (form[:1].isupper() and strip_accents(word).lower() in lexicon.first_names) or word in TITLES or form in NAME_TITLES
        )
        if opening:
            form = form[:1].upper() + form[1:]
        chars[k : k + len(word)] = form
        if elided and line[k + len(word)] == "_":
            chars[k + len(word)] = "'"  # « CHEFS_D_ETAT »: « chefs d'état »
        after = line[k + len(word) : k + len(word) + 3].lstrip("`'\"»)")
        opening = bool(after) and after[0] in _SENTENCE_END  # « ... `URSS`. NOUS »: past the quote
        previous = form.lower()
    text = "".join(chars)
    return re.sub(r"(?<=[^\W_])_(?=[^\W_])", " ", text)  # « EU_LIEU »: « eu lieu »


def _form_of(word: str, previous: str, lexicon: _Lexicon) -> str:
    """The ordinary form of one word written in capitals; a word the vocabulary does not know is
    a name, capitalised; a single capital with a period after it an initial or « M. »."""
    if len(word) == 1:
        return word.lower()  # « Y A », « A-T-IL »
    if word in lexicon.acronyms:
        return word  # « URSS », « ONU »
    folded = strip_accents(word).lower()
    if folded == "ou" and previous in BEFORE_WHERE:
        return "où"  # « AU MOMENT OU »
    form = lexicon.best(folded, len(word), previous in AUXILIARIES, previous in BEFORE_FINITE)
    return form if form is not None else word[:1] + word[1:].lower()


def _may_be_a_name(word: str, lexicon: _Lexicon, after_role: bool = False) -> bool:
    """A word after a first name or a title that may be a surname: no function word, no
    adjective of nationality (« LE PRESIDENT FRANCAIS »), no participle (« LE MINISTRE DELEGUE », « LE
    PRESIDENT RESPECTE »)."""
    folded = strip_accents(word).lower()
    if folded in lexicon.stop_words or folded in lexicon.adjectives:
        return False
    form = lexicon.best(folded, len(word), False)
    if form is not None and form.islower() and _participle(form):
        return False
    # after a role noun, « LE PRESIDENT RESPECTE »: « respecté », a participle spelled right, though
    # « respecte » is more frequent; after a first name, « RAYMOND BARRE » stays a name
    done = lexicon.best(folded, len(word), True) if form is not None and after_role else None
    return done is None or not (done.islower() and _participle(done) and lexicon.spelled_right(done) == 2)


def _a_or_to(previous: str, following: str, lexicon: _Lexicon) -> str:
    """« A » in capitals: the verb « a » after a subject pronoun (« IL A »), the preposition « à »
    before an article or a name (« A LA », « A PARIS »), else the verb (« LE PRESIDENT A RELEVE »)."""
    if previous in SUBJECTS_OF_A:
        return "a"
    folded = strip_accents(following).lower()
    if folded in AFTER_A or following.isdigit():
        return "à"
    form = lexicon.best(folded, len(following), True) if folded else None
    return "à" if form is not None and not form.islower() else "a"  # « A PARIS »; « A DEPOSE », « A ETE »
