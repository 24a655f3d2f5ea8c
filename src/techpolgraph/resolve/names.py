"""Pure functions on names: normalising, titles, slugs. No spaCy here; testable on strings."""

from __future__ import annotations

import re
from functools import lru_cache

from ..data import function_words, read_lines, read_table
from ..nlp.components import CAPITAL_TITLES, PeopleList
from ..nlp.text import strip_accents

_APOSTROPHES = str.maketrans({"’": "'", "`": "'", "\u00a0": " ", "‑": "-", "–": "-"})
_ELIDED = re.compile(r"^(l|d)'", re.IGNORECASE)


@lru_cache(maxsize=1)
def titles() -> frozenset[str]:
    """Honorifics that may stand before a name (``titles.txt``)."""
    return frozenset(t.lower() for t in read_lines("titles.txt"))


@lru_cache(maxsize=4)
def _glued_titles(known: frozenset[str]) -> tuple[str, ...]:
    """The titles that end with a full stop (« M. »), in the order of ``known``: the only ones
    :func:`clean_name` looks for written against the name (picked once, not at each name)."""
    return tuple(t for t in known if t.endswith("."))


#: An initial written against the surname after it (« F.Alvarado »).
_GLUED_INITIAL = re.compile(r"\b([A-Z])\.(?=[A-Z][a-zà-ÿ])")


@lru_cache(maxsize=1 << 16)
def clean_name(text: str) -> str:
    """A name as written, without titles, elided articles or stray spaces.

    >>> clean_name("M. Trump"), clean_name("l’Elysée"), clean_name(" Mark\\nZuckerberg "), clean_name("M.Trump")
    ('Trump', 'Elysée', 'Mark Zuckerberg', 'Trump')
    >>> clean_name("Son Excellence Emmanuel Macron")
    'Emmanuel Macron'
    >>> clean_name("F.Alvarado"), clean_name("Clément V.")
    ('F. Alvarado', 'Clément V')

    Cached, as :func:`name_key` is: the resolver cleans the same few names over and over (for
    each mention, and again to look its capital up), and the titles are read once.
    """
    words = text.translate(_APOSTROPHES).split()
    while len(words) > 1 and words[0].lower() in titles():
        words = words[1:]
    while len(words) > 2 and " ".join(words[:2]).lower() in titles():
        words = words[2:]  # « Son Excellence Emmanuel Macron »
    if len(words) > 1 and words[0][:1].isupper() and words[0].lower() in CAPITAL_TITLES:
        words = words[1:]  # « Roi Mohammed VI »
    glued = next((t for t in _glued_titles(titles()) if words and words[0].lower().startswith(t) and words[0][len(t) : len(t) + 1].isupper()), None)
    if glued is not None:
        words[0] = words[0][len(glued) :]  # « M.Trump »: the title written against the name
    if len(words) > 1 and _ROMAN_BEFORE_STOP.fullmatch(words[-1]):
        words[-1] = words[-1][:-1]  # « Clément V. » at a sentence's end: the numeral, not an initial
    name = " ".join(words)
    name = _ELIDED.sub("", name)
    return _GLUED_INITIAL.sub(r"\1. ", name)  # « F.Alvarado »: the initial written against the surname


#: A regnal numeral with the full stop of its sentence (« V. », « XIV. »).
_ROMAN_BEFORE_STOP = re.compile(r"[IVXLC]+\.")


@lru_cache(maxsize=1 << 16)
def name_key(text: str) -> str:
    """A comparison key: no title, no accent, lower case, hyphens as spaces.

    Cached: the resolver asks for the keys of the same few names over and over.

    >>> name_key("M. Trump") == name_key("trump"), name_key("Maison-Blanche")
    (True, 'maison blanche')
    """
    return " ".join(strip_accents(clean_name(text)).lower().replace("-", " ").split())


@lru_cache(maxsize=1 << 16)
def name_tokens(text: str) -> tuple[str, ...]:
    """The words of a name's key.

    >>> name_tokens("M. Donald Trump Jr.")
    ('donald', 'trump', 'jr.')
    """
    return tuple(name_key(text).split())


def surname_forms(last: str) -> tuple[str, ...]:
    """The keys a surname may be written by alone: itself, and without a short particle joined
    to it by a hyphen (« al-assad »: also « assad »).

    >>> surname_forms("al-assad"), surname_forms("zuckerberg")
    (('al-assad', 'assad'), ('zuckerberg',))
    """
    particle, dash, rest = last.partition("-")
    if dash and rest and 1 <= len(particle) <= 3 and particle in HYPHEN_PARTICLES:
        return (last, rest)
    return (last,)


#: Particles joined by a hyphen to a surname that is also written without them (« al-Assad »).
HYPHEN_PARTICLES = function_words("hyphen_particle")


def is_full_name(text: str) -> bool:
    """Two words or more once titles are gone ("Mark Zuckerberg", not "M. Trump"), not a
    surname that opens on its particle ("Le Pen", "De Gaulle").

    >>> is_full_name("Marine Le Pen"), is_full_name("Le Pen"), is_full_name("Giscard d'Estaing")
    (True, False, False)
    """
    tokens = name_tokens(text)
    if " " not in clean_name(text):
        return False  # « Vallaud-Belkacem »: one word joined by hyphens, a surname (or « Jean-Luc », a first name)
    if len(tokens) == 2 and tokens[1].startswith(("d'", "d’")) and tokens[0] not in _first_names():
        return False  # « Giscard d'Estaing »: a surname with its particle, not « Giscard » and « d'Estaing »
    return len(tokens) >= 2 and not (len(tokens) == 2 and tokens[0] in SURNAME_OPENERS)


def surname_of(name: str, surname: str) -> bool:
    """The full name ends with the surname written alone: its last word (or that word without
    a particle joined by a hyphen), or its particle and last word (« le pen » of « marine le pen »).

    >>> surname_of("Marine Le Pen", "le pen"), surname_of("Bachar al-Assad", "assad")
    (True, True)
    >>> surname_of("Gerhard Schröder", "schroeder")  # a German umlaut written out
    True
    """
    tokens = name_tokens(name)
    if not tokens:
        return False
    words = surname.split()
    if _first_of_compound(tokens, words[-1]) and (len(words) == 1 or (len(words) == 2 and words[0] == tokens[1])):
        return True  # « Varennes », « de Varennes » of « Marc de Varennes de Lisle »
    if len(words) == 2 and words[0] in SURNAME_OPENERS:
        return len(tokens) >= 3 and tuple(tokens[-2:]) == tuple(words)
    if len(words) >= 2:
        return len(tokens) > len(words) and tuple(tokens[-len(words) :]) == tuple(words)  # « vallaud belkacem » of « najat vallaud-belkacem »
    return surname in surname_forms(tokens[-1]) or (len(surname) > 3 and _umlaut_dropped(surname) == _umlaut_dropped(tokens[-1]))


def _first_of_compound(tokens: tuple[str, ...], word: str) -> bool:
    """The word is the first part of a surname joined of parts each after its particle, right
    after the first name (« varennes » of « marc de varennes de lisle »), which the name's
    bearer is called by alone (« M. de Varennes »).

    >>> _first_of_compound(("marc", "de", "varennes", "de", "lisle"), "varennes"), _first_of_compound(("charles", "de", "gaulle"), "charles")
    (True, False)
    """
    return len(tokens) >= 5 and tokens[1] in SURNAME_PARTICLES and tokens[2] == word and tokens[3] in SURNAME_PARTICLES and all(t not in SURNAME_PARTICLES for t in tokens[4:])


def _umlaut_dropped(word: str) -> str:
    """A surname's key with a German umlaut written out read as the key of the letter that
    carries it (« schroeder » for « Schröder », whose key is « schroder »)."""
    return word.replace("oe", "o").replace("ue", "u")


def slug(text: str) -> str:
    """A readable, stable id part.

    >>> slug("Mark Zuckerberg"), slug("l'Élysée")
    ('mark-zuckerberg', 'elysee')
    """
    s = re.sub(r"[^a-z0-9]+", "-", name_key(text)).strip("-")
    return s or "x"


@lru_cache(maxsize=1)
def well_known_forms() -> dict[str, str]:
    """Another form of a well-known person's name (a surname alone, a spelling) -> the full name
    (the shipped ``people.tsv``, as the recogniser reads it): « Poutine » is Vladimir Poutine
    where no other full name of that surname is given.

    >>> well_known_forms()["Poutine"]
    'Vladimir Poutine'
    """
    return {form: name for form, name in PeopleList().entries.items() if form != name}


@lru_cache(maxsize=1)
def name_suffixes() -> frozenset[str]:
    """Words that end a full name ("Jr.", ``name_suffixes.txt``), without their dot."""
    return frozenset(w.rstrip(".") for w in read_lines("name_suffixes.txt"))


@lru_cache(maxsize=1)
def _lower_suffixes() -> frozenset[str]:
    return frozenset(s.lower() for s in name_suffixes())


def _generational(words: tuple[str, ...]) -> bool:
    """The name's last word marks a generation (« Jr », « III »): another person than the name
    without it; not a monarch's number before an epithet (« Philippe II Auguste » is « Philippe
    Auguste »)."""
    return bool(words) and words[-1].rstrip(".") in _lower_suffixes()


@lru_cache(maxsize=1)
def _first_names() -> dict[str, str]:
    from ..data import read_table

    return {name_key(row[0]): row[1] for row in read_table("first_names.tsv")}


def gender_of(name: str) -> str:
    """The usual gender of a full name's first name ("m", "f"), or "" when unknown.

    >>> gender_of("Hillary Clinton"), gender_of("M. John Podesta"), gender_of("Zuckerberg")
    ('f', 'm', '')
    """
    words = name_tokens(name)
    if len(words) < 2:
        return ""
    return _first_names().get(words[0], "")


@lru_cache(maxsize=1)
def _first_name_groups() -> dict[str, int]:
    """First name key -> the number of its group of forms (``first_name_variants.tsv``)."""
    from ..data import read_table

    return {name_key(form): n for n, row in enumerate(read_table("first_name_variants.tsv")) for form in row if form}


#: Variants of a name that one article may use for one person: a middle name given once, a
#: first name and its short form (« Stephen Bannon », « Steve Bannon »). Not a first name one
#: letter off: « Marc Dupont » beside « Mark Dupont » are two people; but a long first name with a
#: letter doubled or not, one form unknown (« Condoleeza », « Condoleezza »), is a slip. A hyphenated
#: surname given whole once and cut short after (« Marion Maréchal-Le Pen », « Marion Maréchal »).
SAME_ARTICLE_VARIANTS = frozenset({"middle name", "short form of the first name", "initials", "surname first", "surname spacing", "surname cut short", "doubled letter", "letter slipped in", "umlaut written out", "first name left out", "middle initial"})

#: Variants that spell one surname two ways.
SURNAME_SPELLINGS = frozenset({"surname spelling", "umlaut written out"})


#: Variants that are a slip of the pen: the other spelling is the name (« Ursulan » for « Ursula »).
SLIP_VARIANTS = frozenset({"doubled letter", "letter slipped in"})


def spelled_right(a: str, b: str) -> str:
    """Of two spellings of one person's name that a slip sets apart, the one whose first name
    is a known first name (« Ursula von der Leyen » over « Ursulan von der Leyen »); the first
    where both or neither are."""
    known = [n for n in (a, b) if name_tokens(n)[0] in _first_names()]
    return known[0] if len(known) == 1 else a


def one_edit_apart(a: str, b: str) -> bool:
    """The two words differ by one letter replaced, added or removed (not equal).

    A test, not a distance: a few lines here rather than a string-distance dependency.

    >>> one_edit_apart("marc", "mark"), one_edit_apart("zelensky", "zelenskyy"), one_edit_apart("anne", "anna"), one_edit_apart("marc", "max")
    (True, True, True, False)
    """
    if a == b or abs(len(a) - len(b)) > 1:
        return False
    if len(a) == len(b):
        return sum(x != y for x, y in zip(a, b)) == 1
    short, long_ = sorted((a, b), key=len)
    i = next((k for k, (x, y) in enumerate(zip(short, long_)) if x != y), len(short))
    return short[i:] == long_[i + 1 :]


#: Particles of a surname (« de Villepin », « von der Leyen »), which may also open it written
#: alone (« De Gaulle »); not « le », « la », which are part of the surname itself (« Le Pen »).
SURNAME_PARTICLES = frozenset({"de", "d'", "du", "des", "von", "van", "der", "den"})
#: First words of a surname written alone (« Le Pen », « De Gaulle », « Van Gogh »).
SURNAME_OPENERS = SURNAME_PARTICLES | function_words("surname_opener")


def name_variant(a: str, b: str) -> str:
    """How two full names of people may be one person's, or "" when they may not.

    - "middle name": same first name and surname, one adds middle names ("Peter Andreas Thiel");
    - "short form of the first name": same surname, first names of one group of forms
      (``first_name_variants.tsv``: "Steve", "Stephen");
    - "first name variant": same surname, first names one letter apart ("Marc", "Mark"), at
      least four letters long; with a surname of several words, one of them not a known first
      name ("Ursulan von der Leyen");
    - "umlaut written out": same first name, a German umlaut written out in one surname
      ("Schroeder", "Schröder"), as articles of one text may do;
    - "surname spelling": same first name, surnames that transliterate alike ("Dourov",
      "Durov") or one letter apart and at least six letters long ("Zelensky", "Zelenskyy");
    - "first name left out": the other's name without its first of two first names, of the same
      gender ("Hosni Moubarak", "Mohamed Hosni Moubarak"; not "Marie X", "Jean-Marie X");
    - "initials": same surname, the first names of one are the initials of the other's ("B.
      Obama", "J-M Ayrault");
    - "middle initial": same first name and surname, a middle name written by its initial in one
      ("George W. Bush", "George Walker Bush");
    - "surname first": the same two words in the other order ("Nicolle Maxime", as lists write it);
    - "surname spacing": same first name, a surname of several words written as one ("Lemaire"
      for "Le Maire");
    - "surname cut short": same first name, a hyphenated surname given by its part before the
      hyphen ("Marion Maréchal" for "Marion Maréchal-Le Pen"), that part no first name;
    - "doubled letter": same surname, first names of six letters or more, one of them unknown,
      that differ by a letter doubled ("Condoleeza", "Condoleezza");
    - "letter slipped in": same surname, a known first name and the same with one letter more,
      six letters or more, that is no first name ("Ursula", "Ursulan").

    Accents, hyphens and case are already set aside by the name keys.

    >>> name_variant("Steve Bannon", "Stephen Bannon"), name_variant("Laura Loomer", "Laura Elizabeth Loomer")
    ('short form of the first name', 'middle name')
    >>> name_variant("Alex Jones", "Alexander Emerick Jones")
    'short form of the first name'
    >>> name_variant("Donald Trump", "Melania Trump"), name_variant("Eric Trump", "Erica Trump"), name_variant("Mario Rossi", "Marie Rossi")
    ('', '', '')
    >>> name_variant("Marion Maréchal", "Marion Maréchal-Le Pen"), name_variant("Jean Luc", "Jean-Luc Mélenchon")
    ('surname cut short', '')
    >>> name_variant("Martin Luther", "Martin Luther King")
    ''
    >>> name_variant("Hosni Moubarak", "Mohamed Hosni Moubarak"), name_variant("Marie Lepen", "Jean-Marie Lepen")
    ('first name left out', '')
    
    """
    x, y = name_tokens(a), name_tokens(b)
    if len(x) < 2 or len(y) < 2 or x == y:
        return ""
    if len(x) == 2 and x == y[::-1]:
        return "surname first"  # « Nicolle Maxime » in a list beside « Maxime Nicolle »
    if x[-1] == y[-1] and len(x) == len(y) and (_initials_of(x, y) or _initials_of(y, x)):
        return "initials"
    if len(x) == len(y) >= 3 and x[0] == y[0] and x[-1] == y[-1] and _middle_initials(x[1:-1], y[1:-1]):
        return "middle initial"  # « George W. Bush » for « George Walker Bush »
    if x[0] == y[0] and len(x) != len(y) and "".join(x[1:]) == "".join(y[1:]):
        return "surname spacing"  # « Bruno Lemaire » for « Bruno Le Maire »
    if x[0] != y[0] and x[-1] == y[-1] and min(len(x), len(y)) == 2 and len(x) != len(y):
        shorter, longer = sorted((x, y), key=len)
        groups = _first_name_groups()  # « Alex Jones » and « Alexander Emerick Jones »
        if shorter[0] in groups and groups.get(shorter[0]) == groups.get(longer[0]) and not _generational(longer):
            return "short form of the first name"
        if len(longer) == 3 and longer[1:] == shorter and shorter[0] not in SURNAME_OPENERS and longer[0] in _first_names() and _same_gender(a, b) and not _generational(longer):
            return "first name left out"  # « Hosni Moubarak » for « Mohamed Hosni Moubarak », « Charles X » for « Ernest-Charles X »; not « Marie X » for « Jean-Marie X »
        return ""
    if x[0] == y[0] and x[-1] == y[-1] and len(x) != len(y):
        shorter, longer = sorted((x, y), key=len)
        # « Dominique de Villepin » and « Dominique Galouzeau de Villepin »: the surname's particle too
        particled = len(shorter) == 3 and shorter[1] in SURNAME_PARTICLES and longer[-2:] == shorter[1:]
        if (len(shorter) == 2 or particled) and not _generational(longer):
            return "middle name"
        return ""
    if x[0] == y[0] and len(x) != len(y):
        shorter, longer = sorted((x, y), key=len)
        # « Marion Maréchal » for « Marion Maréchal-Le Pen », a hyphenated surname cut at its hyphen;
        # not « Jean Luc » for « Jean-Luc Mélenchon » (two first names), nor « Martin Luther » for
        # « Martin Luther King » (another person: no hyphen)
        longer_name = a if len(x) > len(y) else b
        hyphenated = any("-" in w and name_tokens(w.split("-")[0]) == shorter[1:] for w in longer_name.split()[1:])
        if len(shorter) == 2 and len(longer) <= 4 and longer[:2] == shorter and hyphenated and shorter[1] not in _first_names() and not _generational(longer):
            return "surname cut short"
        return ""
    if len(x) != len(y):
        return ""
    if x[1:] == y[1:]:  # « Ursula von der Leyen » and « Ursulan von der Leyen »: a surname of several words too
        groups = _first_name_groups()
        if x[0] in groups and groups.get(x[0]) == groups.get(y[0]):
            return "short form of the first name"
        # with a surname of several words, only a misspelt first name (« Ursulan »), not two known ones (« Marie », « Marine » Le Pen)
        misspelt = len(x) == 2 or x[0] not in _first_names() or y[0] not in _first_names()
        if min(len(x[0]), len(y[0])) >= DOUBLED_LETTER_LENGTH and _doubled_letter(x[0], y[0]) and (x[0] not in _first_names() or y[0] not in _first_names()):
            return "doubled letter"  # « Condoleeza » for « Condoleezza »: a slip, even in one article
        shorter, longer = sorted((x[0], y[0]), key=len)
        if len(longer) >= DOUBLED_LETTER_LENGTH and len(longer) == len(shorter) + 1 and one_edit_apart(shorter, longer) and shorter in _first_names() and longer not in _first_names() and _same_gender(a, b):
            return "letter slipped in"  # « Ursulan » beside « Ursula »: a slip, even in one article
        if min(len(x[0]), len(y[0])) >= 4 and one_edit_apart(x[0], y[0]) and _same_gender(a, b) and misspelt:
            return "first name variant"
        return ""
    if len(x) == 2 and x[0] == y[0] and _umlaut_dropped(x[1]) == _umlaut_dropped(y[1]):
        return "umlaut written out"
    if len(x) == 2 and x[0] == y[0] and (_transliterated(x[1]) == _transliterated(y[1]) or (min(len(x[1]), len(y[1])) >= 6 and one_edit_apart(x[1], y[1]))):
        return "surname spelling"
    return ""


#: How long a first name must be for a doubled or single letter to be read as a slip.
DOUBLED_LETTER_LENGTH = 6


def _doubled_letter(a: str, b: str) -> bool:
    """One word is the other with one letter doubled (« condoleeza », « condoleezza »).

    >>> _doubled_letter("condoleeza", "condoleezza"), _doubled_letter("marc", "mark")
    (True, False)
    """
    if abs(len(a) - len(b)) != 1:
        return False
    short, long = sorted((a, b), key=len)
    return any(long[i] == long[i - 1] and long[:i] + long[i + 1 :] == short for i in range(1, len(long)))


def spells_surname_of(word: str, full: str) -> bool:
    """The one word, a surname written alone, is another spelling of the surname of the two-word
    name ``full`` (:func:`name_variant`: transliterated alike, or one letter apart and six letters
    long: « Zelenskyy » for « Volodymyr Zelensky »), and no known first name (« Martine » alone
    is no spelling of « Bernard Martin »).

    >>> spells_surname_of("zelenskyy", "Volodymyr Zelensky"), spells_surname_of("martine", "Bernard Martin")
    (True, False)
    """
    tokens = name_tokens(full)
    if len(word.split()) != 1 or len(tokens) != 2 or tokens[1] == word or word in _first_names():
        return False
    return name_variant(f"{tokens[0]} {word}", full) in SURNAME_SPELLINGS


#: Initials written together (« l.i »), once the last period is gone.
GLUED_INITIALS = re.compile(r"[^\W\d_](?:\.[^\W\d_])+")


def _middle_initials(a: tuple[str, ...], b: tuple[str, ...]) -> bool:
    """The middle names of two names are the same but for one or more written by their initial
    in one of them, and at least one is (« W. » and « Walker »).

    >>> _middle_initials(("w.",), ("walker",)), _middle_initials(("w.",), ("herbert",)), _middle_initials(("walker",), ("walker",))
    (True, False, False)
    """
    pairs = list(zip((w.rstrip(".") for w in a), (w.rstrip(".") for w in b)))
    initial = [(u, v) for u, v in pairs if u != v]
    return bool(initial) and all(min(len(u), len(v)) == 1 and max(len(u), len(v)) > 1 and u[0] == v[0] for u, v in initial)


def _initials_of(short: tuple[str, ...], full: tuple[str, ...]) -> bool:
    """The first names of ``short`` are the initials of those of ``full`` (« B. Obama », « J-M
    Ayrault » for « Barack Obama », « Jean-Marc Ayrault »)."""
    firsts = [w.rstrip(".") for w in short[:-1]]
    if len(firsts) == 1 and GLUED_INITIALS.fullmatch(firsts[0]):
        # « L.I. Brejnev » for « Leonid Brejnev »: a first name's initial, then a patronymic's
        return len(full) == 2 and len(full[0]) > 1 and full[0][0] == firsts[0][0]
    return all(len(w) == 1 for w in firsts) and all(len(f) > 1 and f[0] == w for w, f in zip(firsts, full[:-1]))


def _transliterated(word: str) -> str:
    """A surname with the French and English transliterations of one sound made one ("ou" and
    "u", "y" and "i": Dourov, Durov), and a German umlaut written out or dropped ("oe" and "o":
    Schroeder, Schröder, whose key has lost its accent).

    >>> _transliterated("dourov") == _transliterated("durov"), _transliterated("zelensky") == _transliterated("zelenski")
    (True, True)
    >>> _transliterated("schroeder") == _transliterated("schroder"), _transliterated("mueller") == _transliterated("muller")
    (True, True)
    """
    return _umlaut_dropped(word).replace("ae", "a").replace("ou", "u").replace("y", "i")


def _same_gender(a: str, b: str) -> bool:
    """The first names are not known to be of different genders, nor one the other with a
    feminine ending ("Eric" and "Erica", "Daniel" and "Daniela", "Louis" and "Louise", "Mario"
    and "Maria")."""
    ga, gb = gender_of(a), gender_of(b)
    if ga and gb and ga != gb:
        return False
    short, long_ = sorted((name_tokens(a)[0], name_tokens(b)[0]), key=len)
    if long_.startswith(short) and long_[len(short) :] in ("a", "e"):
        return False
    # « Mario » and « Maria », « Paulo » and « Paula »: a final vowel that changes is a gender
    return not (len(short) == len(long_) and short[:-1] == long_[:-1] and short[-1] in "aeio" and long_[-1] in "aeio")


@lru_cache(maxsize=1)
def acronym_skips() -> frozenset[str]:
    """Words an acronym may leave out of a full name (``acronym_skips.txt``)."""
    return frozenset(read_lines("acronym_skips.txt"))


def _word_letters(word: str) -> str:
    """What a word gives an acronym: its initial; every letter of a short all-caps word (« UK »);
    the initial and the inner capitals of a CamelCase word (« AggregateIQ »: A, I, Q).

    >>> _word_letters("Independence"), _word_letters("UK"), _word_letters("AggregateIQ")
    ('I', 'UK', 'AIQ')
    """
    if word.isalpha() and word.isupper() and len(word) <= 4:
        return word
    inner = [ch for ch in word[1:] if ch.isupper()]
    if word[:1].isupper() and inner and not word.isupper():
        return word[0] + "".join(inner)
    return word[:1]


@lru_cache(maxsize=1)
def nationalities() -> dict[str, str]:
    """Adjective of nationality or party -> country or party (``nationalities.tsv``)."""
    return {row[0].lower(): row[1] for row in read_table("nationalities.tsv")}


@lru_cache(maxsize=1 << 12)
def initials(name: str) -> frozenset[str]:
    """The acronyms a full name may have (lower case): the initials of all its words, or of
    its words but those of ``acronym_skips.txt``, the latter also with every letter of a short
    all-caps word and the inner capitals of a CamelCase word. A final adjective of nationality
    may be left out, as writers do (« le Parti populaire espagnol », « le PP »).

    >>> sorted(initials("Commission nationale de l'informatique et des libertés"))
    ['cndliedl', 'cnil']
    >>> sorted(initials("UK Independence Party")), sorted(initials("AggregateIQ Data Services"))
    (['uip', 'ukip'], ['ads', 'aiqds'])
    >>> sorted(initials("Parti populaire espagnol")), sorted(initials("AggregateIQ"))
    (['pp', 'ppe'], ['aiq'])
    """
    words = name.replace("’", "'").replace("'", "' ").replace("-", " ").split()
    if len(words) == 1 and not words[0].isupper() and len(camel := _word_letters(words[0])) >= 3:
        return frozenset({strip_accents(camel).lower()})  # « AggregateIQ »: « AIQ »; an acronym itself gives none
    if len(words) < 2:
        return frozenset()
    content = [w for w in words if w.lower() not in acronym_skips()]
    every = "".join(strip_accents(w[0]).lower() for w in words)
    first = "".join(strip_accents(w[0]).lower() for w in content)
    letters = "".join(strip_accents(_word_letters(w)).lower() for w in content)
    found = {every, first, letters}
    if len(content) >= 3 and content[-1].lower() in nationalities():
        found.add(first[:-1])
    return frozenset(x for x in found if len(x) >= 2)
