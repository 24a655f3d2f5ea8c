"""Within one document: which mentions name the same entity, and why.

The ``techpolgraph_resolver`` component reads the entities of ``techpolgraph_entities`` and
groups them into document-local entities:

- a full name starts an entity ("Mark Zuckerberg"); a surname ("Zuckerberg", "M. Zuckerberg")
  or a first name ("Mark") joins the one entity it fits, and stays unresolved when it fits
  several ("Trump" beside "Donald Trump" and "Eric Trump");
- an apposition or a title ("le PDG d'Uber, Dara Khosrowshahi", "Dara Khosrowshahi, le PDG
  d'Uber", "le président français Emmanuel Macron"), or a present copula ("Dara Khosrowshahi
  est le PDG d'Uber"), teaches the entity a role;
- a role description used alone ("le patron de Facebook", "le leader français") joins the
  entity that holds that role in the document, or the holder that the role table gives for
  the article's date; inside quoted speech, only a holder the document names;
- a description without its organisation ("le PDG", "le magnat de la technologie",
  "l'ancien président", "le président élu") joins the one person in play who fits it;
- a pronoun or a pronoun-like description ("il", "elle", "ce dernier", "l'homme de 40 ans",
  "les deux hommes") joins the person a clear rule gives (``pronouns.tsv``): the subject of
  its sentence or of the sentence before, the person named last, the person whose age the
  document gave, the two persons in play; gender and number come from the morphologizer,
  a person's gender from a title, a feminine role noun or a first name. Otherwise it stays
  unresolved;
- organisations, places and events join by their canonical name; an acronym joins the full
  name it is defined for (« ... (FFUN) ») or whose initials it is; a short name (« la
  Commission ») the one longer organisation it begins;
- a description of an organisation (« la firme », « le réseau social », « le géant de
  Cupertino », ``org_descriptions.tsv``) joins the one organisation named in the sentences
  before it whose type fits (``org_types.tsv``, or the type the document gave it: « la
  messagerie Ondra »); a role it qualifies (« le fondateur de la messagerie ») is a role of
  that organisation;
- a full name that is a middle-name or short-first-name variant of one already named
  (« Laura Brigitte Marchal », « Laura Marchal ») is that person;
- in a profile titled by a person's full name (``doc._.tpg_title``), the text's surname alone or
  the name without the title's middle initial is the title's person; in an article titled by
  an organisation, a description or a subject pronoun before any other candidate is it;
- a name in parentheses after « ou » (« Sci-Hub (ou Scihub) ») is another name of the one
  before it; a capital that is the subject of a verb stands for its government
  (``metonyms.tsv``); a demonym alone (« l'Américain ») is the one person in play of that country.

It writes ``doc._.tpg_mentions`` (:class:`MentionRef` records: start token, end token,
cluster id, reason; :func:`mention_refs` reads them) and
``doc._.tpg_entities`` (cluster id -> name, kind, roles), plain data that survives
``Doc.to_bytes``; :func:`local_entities` and :func:`mentions` turn them into records. An
unresolved mention has an empty cluster id and a reason that says why.
"""

from __future__ import annotations

import datetime as dt
import re
from bisect import bisect_right
from collections import Counter
from dataclasses import dataclass, field, replace
from functools import lru_cache
from collections.abc import Iterable
from typing import NamedTuple, Optional, TypeVar
from collections.abc import Mapping

import numpy
from spacy.attrs import ENT_IOB, ENT_TYPE, IDX, ORTH
from spacy.language import Language
from spacy.tokens import Doc, Span, Token

from ..corpus.text import SAID_BY
from ..data import function_words, read_lines, read_table
from ..models import EntityKind, LocalEntity, Mention, construct, field_names
from ..nlp.components import BRANCH_COUNTRIES, KIND_BY_LABEL, LABEL_ROLES, PERFECT_AUXILIARIES, STATE_FORMS, VOCATIVES, Gazetteer, cue_verbs, infinitive_in_er, particle_then_name
from ..nlp.events import date_words, time_nouns
from ..nlp.text import GLOSS_MARKS, doc_text, line_bounds, line_break_tokens, longest_portfolio, portfolio_at, portfolios, sentences, span_text, strip_accents, tokens_text
from ..nlp.words import WordTest
from .names import (
    SAME_ARTICLE_VARIANTS,
    SLIP_VARIANTS,
    acronym_skips,
    clean_name,
    gender_of,
    initials as _initials,
    is_full_name,
    name_key,
    name_tokens,
    name_variant,
    spells_surname_of,
    spelled_right,
    surname_of,
    name_suffixes,
    titles,
)
from .organisations import TITLE_TYPES, Description, OrgTypes, descriptions, institution_nouns, parent_on, parents, taught_types
from .reasons import MergeReason
from .roles import (
    COMPANY_ROLES,
    Role,
    RoleTable,
    broader_occupations,
    countries,
    epithets,
    leader_role,
    nationalities,
    parse_description,
    occupations,
    person_heads,
    role_nouns,
    without_former_prefix,
)

DETERMINERS = function_words("role_determiner")
#: « votre », « vos »: the possessives of the one spoken to.
ADDRESSEE_POSSESSIVE_WORDS = function_words("addressee_possessive")
#: Nouns of a company that « votre » gives to the one spoken to, its head (« votre compagnie »), not « votre groupe » (a group of deputies too).
ADDRESSEE_COMPANY_NOUNS = function_words("addressee_company_noun")
DEMONSTRATIVE_DETERMINERS = function_words("demonstrative_determiner")
#: Demonstratives that stand for the nearer of what was named, thing or person (« celui-ci »).
NEARER_DEMONSTRATIVES = function_words("nearer_demonstrative")
#: Dependencies of a clause's subject and object (a demonstrative's nearer antecedent).
CORE_ARGUMENTS = frozenset({"nsubj", "nsubj:pass", "obj"})
ROLE_MODIFIERS = function_words("role_modifier")
CONTRACTED = function_words("contracted")
#: Common nouns of a body or a group that acts (« la commission », « le conseil »), by lemma.
BODY_NOUNS = function_words("body_noun")
#: The determiners of a body spoken of for itself (« la commission », « ce comité »), not of one a person owns (« son groupe »).
#: The articles (« le », « la », « l' »): they open a role, not a name (« LE PRÉSIDENT »).
ARTICLES = function_words("article")
BODY_DETERMINERS = ARTICLES | DEMONSTRATIVE_DETERMINERS
#: How many words from a sentence's start its subject noun may stand (« Puis la commission a voté »).
OPENING_SUBJECT_WORDS = 4
#: The gender of a pronoun (m, f) -> the grammatical gender of a noun it may stand for.
NOUN_GENDERS = {"m": "Masc", "f": "Fem"}
INCOMING = function_words("incoming")
#: Words between a role noun and its portfolio (« ministre déléguée aux Affaires européennes »,
#: « secrétaire d'État chargé du Numérique »), and the prepositions « à » after them.
PORTFOLIO_OPENERS = function_words("portfolio_opener")
PORTFOLIO_TO = frozenset({"à", "au", "aux"})
#: How far after a name apposed to a role the « et » of a list may stand (« le président de la
#: République, X, fondateur de P, et Y »).
LIST_REACH = 8
#: Seats of French power: a document that names one names France (« au Palais de l'Élysée »).
FRENCH_SEATS = function_words("french_seat")
#: Offices of the French government that a transcript's title gives its speaker (« secrétaire d'État »).
FRENCH_OFFICES = function_words("french_office")
#: Words after a description that make it name another kind of body (« le mouvement scout »: no party).
KIND_CHANGING = function_words("kind_changing")
#: Role nouns that name someone only with their qualifier (« le secrétaire général de l'ONU »), lower case.
QUALIFIED_ONLY_ROLES = function_words("qualified_only_role")
#: How many of a text's first lines may be headings naming its speaker.
OPENING_LINES = 4
#: Titles by which a speech calls on the one spoken to (« Vous, madame, ... »), lower case.
VOCATIVE_TITLES = frozenset({"madame", "monsieur", "mademoiselle"})
#: Nouns of a visit whose « de X » names the visitor (« la visite de X et son entretien avec Y »).
VISIT_NOUNS = function_words("visit_noun")
#: How many words may stand between the visitor and the « et » of the possessive.
VISITOR_REACH = 6
#: Relation nouns whose possessive names the one they aim at (« X prend sa défense »: not X).
DEFENDED_NOUNS = function_words("defended_noun")
#: Verbs of judging what someone did, whose possessive object is never the subject's own (« X a
#: salué son engagement »: not X's).
JUDGED_WORK_VERBS = function_words("judged_work_verb")
#: Verbs by which one obtains what another gives (« obtenir son soutien »), by lemma.
OBTAINING_VERBS = function_words("obtaining_verb")
#: Nouns of a sanction one undergoes (« son exclusion »).
UNDERGONE_NOUNS = function_words("undergone_noun")
OUTGOING = function_words("outgoing")
FORMER = function_words("former")
#: Adverbs between a copula and the role it gives (« X est aussi le patron de P »).
COPULA_ADVERBS = function_words("copula_adverb")
OF = function_words("of")
#: What a former occupation is called (« l'ancien conseiller fédéral X ... l'ancien conseiller
#: fédéral »): one described so is found by that description only.
FORMER_OCCUPATION = "ancien "
#: The country whose ministers French news names without a country (``implied_countries.tsv``):
#: a portfolio with another country's adjective is that country's (« le ministre de l'Intérieur espagnol »).
HOME_COUNTRY = "France"
#: The reason given to a possessive of an opening phrase left for the subject pronoun after it.
OPENING_POSSESSIVE = "possessive in an opening phrase, which may stand for the subject after it"
#: Titles of monarchs, known by their first name (« le roi Philippe »).
MONARCH_TITLES = function_words("capital_title")
#: Prepositions of time before a possessive (« après son appel »).
TIME_PREPOSITIONS = function_words("time_preposition")
TITLE_GENDER = {"m.": "m", "monsieur": "m", "mme": "f", "mme.": "f", "mlle": "f", "madame": "f", "mademoiselle": "f"}
OPEN_QUOTES = frozenset({"«", "“"})
CLOSE_QUOTES = frozenset({"»", "”"})
#: How many words a participial phrase between a role description and an apposed name may have.
PARTICIPIAL_PHRASE_WORDS = 7

#: How far after a verb of saying its inverted subject may stand (« », a affirmé mardi X »).
SPEAKER_REACH = 4
#: The parser's relations of a noun phrase to the verb it completes (object and complements).
OWN_VERB_COMPLEMENTS = frozenset({"obj", "iobj", "obl", "obl:arg", "obl:mod"})
#: How many words a description may have before the comma of the name it is apposed to
#: (« la femme la plus riche du pays, X » has seven).
APPOSED_DESCRIPTION_WORDS = 8

#: An elided particle that opens the last part of a name (« N'Guesso », « O'Neill », « D'Souza »).
NAME_PARTICLE = re.compile(r"[A-Z]['’]")

#: Unresolved role descriptions that may still be placed across the corpus carry this reason.
UNPLACED_ROLE = MergeReason.UNPLACED_ROLE.value
ANAPHORA_WINDOW = 4  # sentences looked back for the persons in play
INTERJECTION_SENTENCES = 6  # sentences of other speakers' turns passed over in minutes, at most
LABEL_TOKENS = 16  # tokens read at the start of a line of minutes to compare with its label
#: First words of the reporter's directions in parentheses in minutes (« (Applaudissements ...) »).
STAGE_DIRECTIONS = function_words("stage_direction")
PENDING = "?"  # qualifier of a role whose organisation is a description not yet placed
_T = TypeVar("_T")


@lru_cache(maxsize=1)
def anaphors() -> dict[str, tuple[str, str, str]]:
    """Words (lower case) -> (gender, number, rule) of the words that refer back (``pronouns.tsv``)."""
    return {_norm(row[0]): (row[1], row[2], row[3] if len(row) > 3 else "subject") for row in read_table("pronouns.tsv")}


@lru_cache(maxsize=1)
def pair_roles() -> dict[str, frozenset[str]]:
    """Words of a pair (« les deux présidents ») -> the role classes its two persons hold
    (the fifth column of ``pronouns.tsv``), for the pairs that name a role."""
    return {_norm(row[0]): frozenset(row[4].split("|")) for row in read_table("pronouns.tsv") if len(row) > 4 and row[4]}


def _restricted_pair(doc: Doc, end: int) -> bool:
    """A pair (« les deux candidats ») goes on with a complement of « de » and a common noun
    (« du second tour », « de la droite »): two among more, picked by what the noun says."""
    if end + 1 >= len(doc) or doc[end].lower_ not in ("de", "du", "des", "d'", "d’"):
        return False
    k = end + 1
    while k < len(doc) and doc[k].pos_ in ("DET", "ADJ", "NUM"):
        k += 1
    return k < len(doc) and doc[k].pos_ == "NOUN" and doc[k].is_lower


@lru_cache(maxsize=1)
def _anaphor_prefixes() -> frozenset[str]:
    """Every prefix of every anaphor: a word that is none of them starts no anaphor."""
    return frozenset(words[:n] for words in anaphors() for n in range(1, len(words) + 1))


@lru_cache(maxsize=1)
def impersonal_verbs() -> frozenset[str]:
    """Lemmas after which "il" stands for nothing (``impersonal.txt``)."""
    return frozenset(read_lines("impersonal.txt"))


@lru_cache(maxsize=1)
def sectors() -> frozenset[str]:
    """Complements naming a field, not an organisation (``sectors.txt``)."""
    return frozenset(_norm(w) for w in read_lines("sectors.txt"))


@lru_cache(maxsize=1)
def judging_words() -> frozenset[str]:
    """Words that judge whoever they are said of (``judgements.tsv``): « de tyran »."""
    return frozenset(row[0].lower() for row in read_table("judgements.tsv"))


def judging_attribute(doc: Doc, i: int) -> bool:
    """« de « dégueulasses » », « d'escroc » at token i: « de » opening a judging attribute (« X a
    qualifié les méthodes de la société de tyranniques »), no complement of the noun before."""
    if i >= len(doc) or doc[i].lower_ not in ("de", "d'", "d’"):
        return False
    j = i + 1
    while j < len(doc) and doc[j].text in ("«", "“", '"'):
        j += 1
    return j < len(doc) and (doc[j].lower_ in judging_words() or doc[j].lemma_.lower() in judging_words())


def field_end(doc: Doc, i: int) -> int:
    """« de la technologie », « des réseaux sociaux »: the token after « de » at token i and the
    field it names (``sectors.txt``), its article past; i where no field follows."""
    if i >= len(doc) or doc[i].lower_ not in OF:
        return i
    j = i + 1
    for n in (3, 2, 1):
        if j + n <= len(doc) and _norm(doc[j : j + n].text) in sectors():
            return j + n
    if j < len(doc) and doc[j].lower_ in ("la", "l'", "l’", "les"):
        for n in (2, 1):
            if j + 1 + n <= len(doc) and _norm(doc[j + 1 : j + 1 + n].text) in sectors():
                return j + 1 + n
    return i


@lru_cache(maxsize=1 << 14)
def _norm(text: str) -> str:
    """The text in lower case, its spaces collapsed and none beside an apostrophe (remembered:
    the anaphors are looked up by the texts of 5 to 1 tokens at every place one may start)."""
    return " ".join(text.lower().replace("’", "'").replace(" '", "'").replace("' ", "'").split())


#: Lemmas of verbs whose subject is a place (« Bruxelles accueille le sommet »), not a government.
PLACE_VERBS = function_words("place_verb")


@lru_cache(maxsize=1)
def metonyms() -> dict[str, tuple[str, tuple[str, ...]]]:
    """Capital -> (what it stands for, words the article must hold) (``metonyms.tsv``)."""
    return {
        row[0]: (row[1], tuple(w for w in (row[2].split("|") if len(row) > 2 else []) if w))
        for row in read_table("metonyms.tsv")
    }


#: A regnal number after a monarch's name (« IV », « Ier », « Ire »).
REGNAL_NUMBER = re.compile(r"[IVXL]+|Ier|Ire")
#: A monarch's name with the place he reigned over or his epithet (« Charles IV d'Espagne », « Knut IV le Saint »): the name alone, then the rest.
_REGNAL_PLACE = re.compile(r"(.+ (?:" + REGNAL_NUMBER.pattern + r")) (?:de |d['’] ?|le |la )\S.*")


@lru_cache(maxsize=1)
def short_names() -> dict[str, tuple[str, tuple[str, ...], frozenset[str]]]:
    """Short name -> (full name, words the article must hold, keys of the longer names it never
    stands for: « le Conseil » is not « le Conseil européen ») (``short_names.tsv``)."""
    def cells(row: tuple[str, ...], n: int) -> list[str]:
        return [w for w in (row[n].split("|") if len(row) > n else []) if w]

    return {row[0]: (row[1], tuple(cells(row, 2)), frozenset(name_key(n) for n in cells(row, 3))) for row in read_table("short_names.tsv")}


#: Words after « ( » that give another name of the name before it (« Sci-Hub (ou Scihub) »).
OTHER_NAME_MARKERS = function_words("other_name")

#: What opens a clause whose subject pronoun continues the subject of the sentence.
CLAUSE_OPENERS = function_words("clause_opener")
#: Words that open a sentence with a subordinate clause before its main one (« Même si », « Lorsque »).
SUBORDINATE_OPENERS = function_words("subordinate_opener")
#: How many words may go on naming a minister's portfolio after the role's complement (« de l'Agriculture et de la pêche »).
PORTFOLIO_WORDS = 6
#: Words of address before a role (« Monsieur le Président »): the role names the one addressed.
#: Role classes whose complement is a portfolio (« la ministre de la Santé et des Affaires sociales »).
PORTFOLIO_HOLDERS = frozenset({"minister", "secretary_of_state"})
#: How many words an apposition between a main clause's subject and its verb may have.
APPOSITION_REACH = 12
#: Clitics and negation between a subject and its verb (« ne », « s'en », « l'a »).
CLITICS = function_words("clitic")
#: How often the one organisation of a description's type must have been named before it, when
#: not in the last sentences, to be the organisation the article is about.
TOPIC_MENTIONS = 2
#: How many sentences (lines) open a record as its heading.
HEADING_SENTENCES = 3
#: Object pronouns of one person before a verb (« l'ont banni », « la critique »).
#: « me », « m' »: the speaker as an object (:func:`first_person_object`), never a third person's clitic.
FIRST_PERSON_CLITICS = function_words("first_person_clitic")
#: The words of a subject of the first person singular (« je », « j' », « moi » in « permettez-moi de me ... »).
FIRST_PERSON_SUBJECTS = function_words("first_person_subject")
_OBJECT_CLITIC = WordTest(lambda word: word.lower() in function_words("object_clitic") and word.lower() not in FIRST_PERSON_CLITICS)
#: Pronouns that are the subject of the verb right after them (« Il rejoint »); an article never
#: follows one: « elle le menace » is a clitic and a verb.
SUBJECT_PRONOUNS = function_words("subject_pronoun")


#: « en » and « y », between an object pronoun and its verb (« je l'en remercie »).
ADVERBIAL_PRONOUNS = function_words("adverbial_pronoun")
#: Subject pronouns of every person (« je », « nous », « il »).
SUBJECT_CLITICS = function_words("subject_clitic")
#: « ne », « n' »: between a subject pronoun and an object pronoun.
NEGATION_WORDS = function_words("negation_word")


def _person_noun(token: Token) -> bool:
    """The noun names persons (« les cinq membres », « les présidents »), by its lemma or its form."""
    return token.lemma_.lower() in _person_nouns() or token.lower_ in _person_nouns()


def _before_adverbial_pronoun(doc: Doc, i: int) -> bool:
    """« Je l'en remercie », « il lui en sait gré »: the object pronoun at token i, after a subject
    pronoun, before « en » or « y » and a verb the tagger may read as anything lower case."""
    k = i + 1
    if k + 1 >= len(doc) or doc[k].lower_ not in ADVERBIAL_PRONOUNS or doc[k].pos_ != "PRON" or i == 0:
        return False
    verb = doc[k + 1]
    j = i - 1
    while j > 0 and doc[j].lower_ in NEGATION_WORDS:
        j -= 1  # « je ne l'en remercie pas »
    if doc[j].lower_ in ("à", "de", "d'", "d’", "pour"):
        return _infinitive(verb)  # « je tiens à l'en féliciter »
    return doc[j].lower_ in SUBJECT_CLITICS and (verb.pos_ in ("AUX", "VERB") or verb.is_lower and verb.is_alpha)


def _joined_to_the_subject(t: Token, root: Token) -> bool:
    """The noun at t is read as joined to the subject of the main clause (« Quant aux dirigeants
    de P, leur comportement ne me surprend guère »: the tagger joins « comportement » to « dirigeants »,
    while it is the subject of its own): a subject too, for a pronoun after it."""
    return t.dep_ == "conj" and t.head.dep_.startswith("nsubj") and t.head.head.i == root.i and any(c.text == "," for c in t.doc[t.head.i : t.i])


def _noun_subject_like(token: Token, m: "_Mention", subject: bool = True) -> bool:
    """The token is a common noun, a subject (unless ``subject`` is False), of the pronoun's
    gender and number (where the tagger gives them): the pronoun may stand for that thing."""
    gender = {"m": "Masc", "f": "Fem"}.get(m.gender, "")
    number = {"s": "Sing", "p": "Plur"}.get(m.number, "")
    return (
        (token.dep_.startswith("nsubj") or not subject)
        and token.pos_ == "NOUN"
        and (not gender or gender in token.morph.get("Gender"))
        and (not number or not token.morph.get("Number") or number in token.morph.get("Number"))
    )


def _finite_by_form(token: Token) -> bool:
    """A finite verb, from the morphologizer or, where it reads a future as a participle
    (« votera »), from a form that no participle nor infinitive has."""
    if token.pos_ not in ("VERB", "AUX"):
        return False
    return "Fin" in token.morph.get("VerbForm") or ("Inf" not in token.morph.get("VerbForm") and not token.lower_.endswith(PARTICIPLE_LOOKS))


def _present_of_cue(token: Token) -> bool:
    """A present of a relation verb in « -er » that the tagger reads as an adjective or a noun
    after a name (« X critique les règles », « X attaque Y »): the name's finite verb.

    >>> import spacy
    >>> doc = spacy.blank("fr")("critique critiquent règle")
    >>> [_present_of_cue(t) for t in doc]
    [True, True, False]
    """
    word = token.lower_
    present = word[:-2] if word.endswith("ent") else word  # « critiquent »: « critique »
    return present.endswith("e") and infinitive_in_er(present) in cue_verbs()


#: Endings of past participles (« reçu », « élue », « dit »): a verb after a name that ends so may
#: be an apposed participle, not the name's finite verb.
PARTICIPLE_LOOKS = ("é", "ée", "és", "ées", "i", "ie", "is", "ies", "u", "ue", "us", "ues", "t", "te", "ts", "tes", "er", "ir", "re")


class _Floor(NamedTuple):
    """A line of minutes where the chair gives the floor: « La parole est à M. X, ministre ... »."""

    at: int
    name: str
    role: str


#: The chair's words that give the floor, in minutes (« La parole est à M. X, ministre de ... »).
_FLOOR = re.compile(r"\bLa parole est à (?:M\.|Mme|MM\.) (?P<name>[^,.;:()]+?)(?:, (?P<role>[^.;()]+))?[.;]")
#: Roles a line of minutes calls on (« Monsieur le député, »): the one who asked (``asking_role``),
#: the one who answers (``answering_role``).
ASKING_ROLES = function_words("asking_role")
ANSWERING_ROLES = function_words("answering_role")


def _called_role_words(doc: Doc, start: int, end: int) -> str:
    """The role the line of tokens ``start`` to ``end`` calls on (« Monsieur le ministre de
    l'intérieur, », « ..., madame la secrétaire d'État, »: « ministre de l'intérieur »), from its
    words of address to the comma or the stop, in lower case; "" where the line calls on no
    role, or on two."""
    found = []
    for k in range(start, max(start, end - 1)):
        if doc[k].lower_ in VOCATIVES and doc[k].lower_.endswith("s"):
            return ""  # « Mesdames et messieurs les députés, vous ... »: the whole house
        if doc[k].lower_ in VOCATIVES and doc[k + 1].lower_ in ("le", "la", "l'", "l’") and (k == start or doc[k - 1].is_punct):
            comma = next((c for c in range(k + 2, min(end, k + 2 + CALLED_ROLE_WORDS)) if doc[c].text in (",", ".", "!", "?")), None)
            if comma is not None:
                found.append(doc[k + 2 : comma].text.lower().replace("’", "'"))
    return found[0] if len(set(found)) == 1 and (found[0].split() or [""])[0] in ASKING_ROLES | ANSWERING_ROLES else ""


def _called_gender(doc: Doc, start: int, end: int) -> str:
    """The gender the first word of address of a line gives the one it calls on (« madame »: f,
    « monsieur »: m), or ""."""
    word = next((doc[k].lower_ for k in range(start, end) if doc[k].lower_ in VOCATIVES), "")
    return ADDRESS_GENDERS.get(word, "")


def _of_gender(label: str, gender: str) -> bool:
    """The title of a turn's label (« Mme X »: f, « M. X »: m) does not give its speaker another
    gender than ``gender`` (any, where ``gender`` is "")."""
    return not gender or _label_gender(label) in ("", gender)


def _label_gender(label: str) -> str:
    """The gender the title of a turn's label gives its speaker (« Mme X »: f, « M. X »: m), or ""."""
    return ADDRESS_GENDERS.get(label.split(" ", 1)[0].lower(), "")


#: The gender words of address and titles give (« madame », « Mme »: f; « monsieur », « M. »: m).
ADDRESS_GENDERS = {**{w: "f" for w in function_words("feminine_address")}, **{w: "m" for w in function_words("masculine_address")}}


#: How many words a turn of minutes has at least to be a question, not a shout from the benches.
QUESTION_WORDS = 20
#: Words of a title or a heading by which France's voice abroad speaks (« représentant permanent de
#: la France »): its « nous » is France.
FRANCE_VOICE = function_words("france_voice")
#: How many turns of others back a reply may call on the one who answered (« Madame la ministre, vous mentez »).
REPLY_TURNS = 3
#: How many words a role called on may have (« Monsieur le ministre de l'intérieur, »).
CALLED_ROLE_WORDS = 8


def cleft_subject(doc: Doc, i: int) -> bool:
    """« C'est moi qui ai reçu Y », « c'est nous qui avons dissous Y »: the pronoun at token i,
    set off by « c'est » before « qui », is the subject of the relative after it."""
    return 2 <= i < len(doc) - 1 and doc[i + 1].lower_ == "qui" and doc[i - 1].lemma_ == "être" and doc[i - 2].lower_ in ("c'", "c’", "ce")


def _joined_me(doc: Doc, i: int) -> bool:
    """« X et moi-même avons rencontré Y »: « moi » joined to a subject by « et », before a verb
    in the first person plural (past « -même »), by its morphology or its ending (the tagger
    reads « avons » there as a third person)."""
    if i == 0 or doc[i - 1].lower_ != "et":
        return False
    verb = next((t for t in doc[i + 1 : i + 4] if t.pos_ in ("AUX", "VERB")), None)
    return verb is not None and ((verb.morph.get("Person") == ["1"] and verb.morph.get("Number") == ["Plur"]) or verb.lower_.endswith("ons"))


#: Verbs by which a speaker asks leave to do what they then do (« permettez-moi de saluer Y »), by lemma.
LEAVE_VERBS = function_words("leave_verb")
#: Imperatives of the verbs of leave, by form (« Permettez », which the tagger may read as a name).
LEAVE_IMPERATIVES = function_words("leave_imperative")


#: Prepositions of company before « nous », the speakers then a party (« votre présence parmi nous »).
COMPANY_PREPOSITIONS = function_words("company_preposition")


#: Verbs of a call (« appeler »), which control an infinitive only where one follows.
CALL_VERBS = function_words("call_verb")


def _bare_call(verb: Token) -> bool:
    """A verb of a call with no infinitive after it (« Y m'a appelé hier »: a call to the
    speaker; not « Y m'a appelé à voter »)."""
    return verb.lemma_.lower() in CALL_VERBS and not any("Inf" in c.morph.get("VerbForm") for c in verb.children if c.i > verb.i)


def first_person_object(doc: Doc, i: int) -> bool:
    """« me », « m' » or « nous » at token i is the object of a verb whose subject is someone else
    (« Y m'a reçu », « Y nous a reçus »): the speaker, whom Y met or supported; not a reflexive
    (« je me suis entretenu », « nous nous sommes vus »), nor the object of an imperative or an
    infinitive (« dites-moi », « pour me recevoir »: whose act, the clause alone does not say).
    The parser may take the clitic for a reflexive, or « nous » for a second subject."""
    token = doc[i]
    verb = token.head
    if verb.i <= i:
        return False
    lemma = verb.lemma_.lower()
    if (lemma in _object_control_verbs() or lemma + "r" in _object_control_verbs()) and not _bare_call(verb):  # « invite »: a form the tagger left
        return False  # « Y m'a invité à ... », « qu'un repas me permette de ... »: the one who is to act, read by the infinitive
    subjects = [c for c in verb.children if c.dep_.startswith("nsubj") and c.i != i]
    if not subjects and token.dep_ == "iobj":
        subjects = [c for c in verb.children if c.dep_ == "expl:subj" and c.lower_ == "il"]  # « il nous est apparu indispensable de »: the one it seems so to
    if not subjects and verb.dep_ == "xcomp" and verb.head.i < i and verb.head.lemma_.lower() in SUBJECT_CONTROL_VERBS:
        # « Y vient de me recevoir », « Y a tenu à me recevoir »: the infinitive's act is the subject's of the verb before it
        subjects = [c for c in verb.head.children if c.dep_ == "nsubj"]
    if token.dep_.startswith("nsubj"):
        # the parser's second subject (« Y nous a reçus »): « me » is never one; « nous » is
        # before a verb of the first person plural (« Y et nous avons ... »)
        if token.lower_ == "nous" and (i + 1 >= len(doc) or "1" in doc[i + 1].morph.get("Person")):
            return False
    elif not token.dep_.startswith(("obj", "iobj", "expl")):
        return False
    return bool(subjects) and subjects[0].i < i and subjects[0].lower_.replace("’", "'") not in ("je", "j'", "nous")


#: How many words of a role may stand between « de » and the name of the one who acts (« les menaces du président X »).
ACTING_ROLE_WORDS = 3
#: Verbs whose subject does the act of the infinitive after them (« Y vient de me recevoir »), by lemma.
SUBJECT_CONTROL_VERBS = function_words("subject_control_verb")


def _one_called_before(calls: list[tuple[int, str, "_Mention"]], i: int) -> Optional["_Mention"]:
    """The one person the calls before token i name (:meth:`_DocState._calls_in`), or None where
    they name no one, or two."""
    called = {key: c for k, key, c in calls if k < i}
    return next(iter(called.values())) if len(called) == 1 else None


def _placed_as(m: "_Mention", other: Optional["_Mention"], reason: str) -> None:
    """Give the mention the entity of ``other`` (the one called on, or asked), where that one is
    placed, with the reason and the other's words."""
    if other is not None and other.cluster:
        m.cluster, m.reason = other.cluster, f"{reason} ({other.text})"


def asked_leave(doc: Doc, i: int) -> bool:
    """« Permettez-moi de saluer Y », « Laissez-moi vous dire »: « -moi » at token i after a verb
    of leave in the imperative, by which the speaker does the act they ask leave for."""
    if i > 0 and doc[i - 1].lower_ in LEAVE_IMPERATIVES:
        return True  # « Permettez-moi », opening a paragraph, which the tagger may read as a name
    return i > 0 and doc[i - 1].lemma_.lower() in LEAVE_VERBS and "Imp" in doc[i - 1].morph.get("Mood")


def verb_after_subject(doc: Doc, i: int) -> bool:
    """« Elle le menace de sanctions », « Il la critique »: a present the tagger read as a noun
    after a clitic it read as an article, right after a subject pronoun."""
    word = doc[i + 1]
    return i > 0 and doc[i - 1].lower_ in SUBJECT_PRONOUNS and word.pos_ in ("NOUN", "ADJ") and word.is_lower and word.lower_.endswith("e")
#: Pronouns of one person or thing, never of a plural noun (« l' », « la », « elle »).
SINGULAR_PRONOUNS = frozenset({"le", "la", "l'", "lui", "il", "elle"})
#: The gender an object clitic says by itself (« l' » says none).
#: The type of a parliamentary committee (``org_types.tsv``), which « la commission » stands for.
COMMITTEE = "committee"
#: The words after an organisation's name that join its member states to it (« et ses États membres »), without accents.
MEMBER_STATES = ("et", "ses", "etats", "membres")
#: Plural nouns of a body's members that, as a subject, make it act (« Les membres du Conseil P ont exprimé ... »).
GROUP_MEMBER_NOUNS = function_words("group_member")
#: The type of a company (``org_types.tsv``), which « l'entreprise » and « la société » stand for.
COMPANY = "company"
#: Role classes a text may use bare for a holder it never names (« le président », « le Premier ministre »).
UNNAMED_TITLES = frozenset({"head_of_state", "head_of_government"})
#: The type of a government (``org_types.tsv``), which « le gouvernement » stands for.
GOVERNMENT = "government"
#: The descriptions of a government (« gouvernement », ``org_descriptions.tsv``).
GOVERNMENT_NOUNS = frozenset(words for words, description in descriptions().items() if description.type == GOVERNMENT)
#: The articles of a description that names the one government a text speaks of (« le
#: gouvernement », « au gouvernement »), not a demonstrative, a possessive or an indefinite, nor
#: « du », which a noun's complement takes (« mes collègues du gouvernement »).
DEFINITE_SINGULAR = frozenset({"le", "au"})
#: The nouns of a committee named alone (« La Commission procède à l'audition de X »): the
#: descriptions of that type in ``org_descriptions.tsv``.
COMMITTEE_NOUNS = frozenset(words for words, description in descriptions().items() if description.type == COMMITTEE)
#: The first words of the descriptions of a committee (« commission », « mission »).
COMMITTEE_HEADS = frozenset(words.split()[0] for words in COMMITTEE_NOUNS)
#: Possessives by which speakers name their own body (« notre commission »).
OUR_BODY_WORDS = frozenset({"notre", "nos"})
#: Types of the descriptions of an online service, whose « de » and a bare noun say what kind
#: (« le site de stockage de fichiers »), not whose it is.
SERVICE_TYPES = frozenset({"website", "platform", "social_network", "messaging"})
#: Two-word phrases after such a description that say how the service is offered (« en ligne »).
SERVICE_QUALIFIERS = function_words("service_qualifier")


def committee_named_in(title: str, forms: list[tuple[str, str]]) -> str:
    """The canonical name of the parliamentary committee a title names (the longest of the
    committees' ``forms``, :func:`committee_forms`, found in it, whole words), or "".

    >>> forms = committee_forms(Gazetteer())
    >>> committee_named_in("Intervention de X — Commission des finances, réunion du 13 septembre 2017", forms)
    'Commission des finances'
    >>> committee_named_in("Commission des affaires culturelles, familiales et sociales, séance n° 12", forms)
    'Commission des affaires culturelles, familiales et sociales'
    """
    text = " ".join(title.split()).replace("’", "'").lower()
    if "commission" not in text:
        return ""
    best, found = "", ""
    for form, name in forms:
        at = text.find(form)
        end = at + len(form)
        if at >= 0 and (at == 0 or not text[at - 1].isalnum()) and (end == len(text) or not text[end].isalnum()) and len(form) > len(best):
            best, found = form, name
    if not found and (inquiry := _INQUIRY_IN_TITLE.search(" ".join(title.split()).replace("’", "'"))) is not None:
        found = inquiry.group(1)  # « Commission d'enquête sur les effets de ... (Assemblée nationale), compte rendu n° 8 »
    return found


#: A committee of inquiry a title names, no shipped committee: its name up to a bracket, a comma or a dash.
_INQUIRY_IN_TITLE = re.compile(r"\b(Commission d'enquête [^,(—–]+?)\s*(?:[,(—–]|$)")


def committee_forms(gazetteer: Gazetteer) -> list[tuple[str, str]]:
    """(form in lower case, canonical name) of the gazetteer's committees (``committee`` in ``org_types.tsv``)."""
    types = OrgTypes.shipped()
    out = []
    for form, (name, kind) in sorted(gazetteer.entries.items()):
        known = types.of(name)
        if kind is EntityKind.ORGANISATION and known is not None and COMMITTEE in known.types:
            out.append((form.replace("’", "'").lower(), name))
    return out


#: Plural object pronouns of persons (« je les félicite », « il leur rend hommage »).
PLURAL_OBJECT_CLITICS = function_words("plural_object_clitic")
#: How many words may stand between two members of a list a plural pronoun stands for (« X pour l'Ain, Y »).
LIST_LINK_WORDS = 6
CLITIC_GENDERS = {"le": "m", "la": "f"}
#: Stressed pronouns of one person (« contre lui », « avec elle »).
_STRESSED = WordTest(lambda word: word.lower() in ("lui", "elle", "eux", "elles"))
#: How many sentences back a plural stressed pronoun (« avec eux ») may find the persons it stands for.
PLURAL_REACH = 6
#: Prepositions of a relation after which a stressed pronoun stands for a party (« contre lui »).
STRESSED_PREPOSITIONS = function_words("stressed_preposition")
#: The first person singular subject pronoun (« je », « j'»), and its stressed form after a
#: preposition (« c'est pour moi un honneur de ... », « il a dîné avec moi »).
_FIRST_PERSON = WordTest(lambda word: word.lower().replace("’", "'") in ("je", "j'", "moi", "-moi", "me", "m'"))
#: « on », « On » (each word tested once, not looked for by ``numpy.isin`` in every doc).
_ON = WordTest(lambda word: word.lower() == "on")
#: The speaker's possessives (« mon soutien à Y », « toutes mes félicitations à Y », « notre solidarité avec Y »).
_MY = WordTest(lambda word: word.lower() in SPEAKER_POSSESSIVES)
#: Prepositions of a place phrase after a role (« l'ambassadeur d'Australie en France, X »).
PLACE_PREPOSITIONS = function_words("role_place_preposition")
#: Possessives of the one spoken to (« votre », « vos »).
_YOUR = WordTest(lambda word: word.lower() in ADDRESSEE_POSSESSIVE_WORDS)
#: Possessive determiners of one owner (« son compte », « sa campagne », « ses vidéos »).
POSSESSIVES = function_words("possessive")
_POSSESSIVE = WordTest(lambda word: word.lower() in POSSESSIVES)


@lru_cache(maxsize=1)
def _time_nouns() -> frozenset[str]:
    """Nouns of a time of day or a period and the names of days and months: no thing a pronoun
    stands for."""
    return time_nouns() | frozenset(date_words())


def _beside(doc: Doc, i: int, j: int) -> bool:
    """« à ses côtés », « à vos côtés »: the possessive at token i stands for the one stood by
    (not « de son côté », the subject's own part)."""
    return doc[j].lower_ == "côtés" and i > 0 and doc[i - 1].lower_ == "à"


@lru_cache(maxsize=1)
def owned_nouns() -> frozenset[str]:
    """Nouns for what a party owns, does or says (``party_actions.txt``), or undergoes (« son
    exclusion »: ``function_words.tsv``, ``undergone_noun``), and « encontre » (« à son encontre »,
    the one a sanction is aimed at): after a possessive, they make it a mention of the owner."""
    return frozenset(w.lower() for w in read_lines("party_actions.txt")) | function_words("undergone_noun") | acts_of_their_owner() | {"encontre"}


@lru_cache(maxsize=1)
def acts_of_their_owner() -> frozenset[str]:
    """The nouns of the relation lexicon (``relation_cues.tsv``) whose possessive stands for
    the one who acts: those of meeting (« à l'issue de son entretien avec Y »: the one who met
    Y) and those whose « de X » is the source (« pour son soutien à Y »: the one who supports Y)."""
    return frozenset(
        row[0]
        for row in read_table("relation_cues.tsv")
        if len(row) > 2 and row[1] == "NOUN" and " " not in row[0] and (row[2] == "met" or (len(row) > 4 and row[4] == "de"))
    )


#: Verbs of a ban whose « en » stands for what one is banned from (« il en est exclu »), by lemma.
LEFT_BY_BAN = function_words("left_by_ban")

#: Verbs of receiving whose « en » before them, with a noun of backing after, stands for the
#: organisation that gives it (« qui en a reçu le soutien »), by lemma; and those nouns.
GIVEN_BY = function_words("given_by")
#: Nouns of what only an organisation undergoes: the possessive before them is an organisation's.
DISSOLVED_NOUNS = function_words("dissolved_noun")
BACKING_NOUNS = function_words("backing_noun")

#: Nouns of a counterpart (« son homologue américain »), and the possessives before them.
COUNTERPART_NOUNS = function_words("counterpart_noun")
COUNTERPART_OWNERS = function_words("counterpart_owner")
#: Nouns of the one received (« son invité ») and of the one who receives (« son hôte »), by form.
GUEST_NOUNS = function_words("guest_noun")
HOST_NOUNS = function_words("host_noun")
#: Verbs of receiving someone (« X a reçu Y », « Y a été accueilli par X »), by lemma.
HOSTING_VERBS = function_words("hosting_verb")
#: Verbs of meeting someone, by lemma: « ils » after « X a rencontré Y » may stand for the two.
MEETING_VERBS = function_words("meeting_verb")
#: How many words a full name spelled out by an acronym's initials may have.
SPELLED_OUT_WORDS = 8
#: How many words a place phrase after a role may have (« auprès du Royaume du Maroc »).
PLACE_PHRASE_WORDS = 10
#: How many sentences back a visit told may give « son invité » or « son hôte » its person.
HOSTING_SENTENCES = 2
#: Nouns of an act that a demonstrative takes up from the sentence before (« Cette décision est saluée par Y »).
ACTS_TAKEN_UP = function_words("act_taken_up")
#: Verbs by which an act or words are made (« prendre une décision », « tenir des propos »), by lemma.
ACT_MAKING_VERBS = function_words("act_making_verb")
#: Nouns of words said that a demonstrative takes up from a sentence that quotes or reports them (« Ces propos ... »).
WORDS_TAKEN_UP = function_words("words_taken_up")
#: Verbs of asking about something (a written question's « interroge », « attire l'attention »): its subject is no author of what it asks about.
ASKING_VERBS = frozenset(read_lines("request_verbs.txt")) | function_words("asking_verb")
#: Verbs by which a written question asks, after its opening (« il souhaite savoir », « il lui demande »), by lemma.
QUESTION_VERBS = function_words("question_verb")
#: Verbs of saying (``modality.tsv``, reporting), by lemma.
SAYING_VERBS = frozenset(word for word, effect in read_table("modality.tsv") if effect == "reporting")

#: Prepositions of company (« avec X, il ... »): their complement is not the subject.
COMPANION_WORDS = function_words("companion")
#: Prepositions that attribute a saying (« selon X, il ... »).
ATTRIBUTION_WORDS = function_words("attribution")

#: Lower-case words a person's full name may hold (« Charles de Gaulle »).
NAME_PARTICLES = function_words("name_particle")


def _register_extensions() -> None:
    for name, default in (("tpg_doc_id", ""), ("tpg_date", ""), ("tpg_title", ""), ("tpg_mentions", None), ("tpg_entities", None), ("tpg_voices", None), ("tpg_addressee", "")):
        if not Doc.has_extension(name):
            Doc.set_extension(name, default=default)


_register_extensions()


class MentionRef(NamedTuple):
    """One mention as the resolver hands it to the next components (``doc._.tpg_mentions``).

    A named tuple: plain data that survives ``Doc.to_bytes`` (it comes back as a plain tuple,
    which :func:`mention_refs` turns into this record again), and that older readers may still
    unpack as ``start, end, cluster, reason``.
    """

    start: int  #: first token
    end: int  #: token after the last
    cluster: str  #: the document-local entity ("" when unresolved)
    reason: str  #: why, in the wording of :class:`~techpolgraph.resolve.reasons.MergeReason`

    @property
    def kind_of_reason(self) -> Optional[MergeReason]:
        """The reason as a member of the closed vocabulary (None for a reason why it is unresolved)."""
        return MergeReason.of(self.reason)


def mention_refs(doc: Doc) -> list[MentionRef]:
    """The mentions the resolver wrote on ``doc``, as records (also after ``Doc.from_bytes``)."""
    return [m if isinstance(m, MentionRef) else MentionRef(*m) for m in doc._.tpg_mentions or []]


@dataclass
class _Cluster:
    id: str
    kind: EntityKind
    name: str
    roles: set[str] = field(default_factory=set)
    genders: set[str] = field(default_factory=set)
    age: str = ""
    countries: set[str] = field(default_factory=set)  # « l'Américain Paul Martin »
    occupations: set[str] = field(default_factory=set)  # « le milliardaire Paul Martin »
    role_classes: set[str] = field(default_factory=set)  # « le président Paul Martin »: a role of no country named
    former_classes: set[str] = field(default_factory=set)  # « l'ex-chef de l'État Paul Martin »: a role held before

    @property
    def gender(self) -> str:
        """"m", "f", or "" when unknown or contradictory."""
        known = self.genders | ({gender_of(self.name)} - {""})
        return next(iter(known)) if len(known) == 1 else ""


@dataclass
class _Mention:
    start: int
    end: int
    kind: EntityKind
    text: str
    cluster: str = ""
    reason: str = ""
    role: Optional[Role] = None
    titled: bool = False
    named: bool = True
    incoming: bool = False
    former: bool = False
    title_gender: str = ""
    role_class: str = ""  # a description without its organisation ("le PDG")
    taught_class: str = ""  # a role noun without qualifier before the name (« le président Paul Martin »)
    former_class: str = ""  # a former role before the name (« l'ex-chef de l'État Paul Martin »)
    implied: bool = False  # a role whose country French news leaves out (« le Premier ministre »: France's)
    anaphor: str = ""  # the rule of pronouns.tsv
    gender: str = "any"
    number: str = "s"
    age: str = ""
    linked: Optional["_Mention"] = None  # the name an apposition stands beside
    recalled: bool = False  # a role alone that recalls the one person described by it with its qualifier (« le secrétaire général »)
    alias_of: Optional["_Mention"] = None  # the full name an acronym stands for
    alias_reason: str = ""
    org_description: Optional[Description] = None  # « la firme », « le réseau social »
    org_country: str = ""  # « la firme américaine »
    extra: list[str] = field(default_factory=list)  # further clusters of a plural ("les deux hommes")
    country: str = ""  # a demonym: of the named person beside it, or of a description (« l'Américain »)
    occupation: str = ""  # « le milliardaire Paul Martin » (taught), « l'avocate » (alone, to place)
    stressed: bool = False  # a stressed pronoun after a preposition (« contre lui »)
    child: Optional["_Mention"] = None  # « la maison mère de Facebook »: the organisation named after « de »
    roles: tuple[Role, ...] = ()  # « les présidents russe et américain »: one role per person of the plural


class DocumentResolver:
    """Groups a document's mentions into local entities (see the module docstring)."""

    def __init__(self, nlp: Language, name: str, gazetteer: str) -> None:
        self.name = name
        self.gazetteer = Gazetteer(gazetteer)
        self.committees = committee_forms(self.gazetteer)  # read once: the titles of committees' records are matched against them
        self.table = RoleTable.shipped()
        # whether a word may start an anaphor / a role noun: tested once per word, not per token
        self._may_start_anaphor = WordTest(_may_start_anaphor)
        self._may_start_role = WordTest(_may_start_role_noun)

    @staticmethod
    def positions(doc: Doc, orths: numpy.ndarray, test: WordTest) -> list[int]:
        """The tokens of ``doc`` whose word passes ``test``, in order."""
        return numpy.flatnonzero(test.mask(orths, doc.vocab.strings)).tolist()


    def __call__(self, doc: Doc) -> Doc:
        date = dt.date.fromisoformat(doc._.tpg_date) if doc._.tpg_date else None
        state = _DocState(self, doc, date)
        state.run()
        for cid, text in state.unplaced_names.items():
            state.clusters[cid].name = text
        voices = state.voice_spans()  # before the mentions are written: it may name the title's speaker by their turns' labels
        out: list[MentionRef] = []
        for m in state.mentions:
            out.append(MentionRef(m.start, m.end, m.cluster, m.reason))
            out.extend(MentionRef(m.start, m.end, cid, m.reason) for cid in m.extra)
        doc._.tpg_mentions = out
        doc._.tpg_entities = {
            c.id: {"name": c.name, "kind": c.kind.value, "roles": sorted(c.roles), "gender": c.gender if c.kind is EntityKind.PERSON else ""}
            for c in state.clusters.values()
        }
        doc._.tpg_voices = voices
        doc._.tpg_addressee = state.addressee_cluster()
        return doc


class _DocState:
    def __init__(self, resolver: DocumentResolver, doc: Doc, date: Optional[dt.date]) -> None:
        self.r = resolver
        self.doc = doc
        self.date = date
        self.mentions: list[_Mention] = []
        self.clusters: dict[str, _Cluster] = {}
        self.made = 0  # clusters made so far: ids stay unique when a cluster is dropped
        self._taught: Optional[dict[str, frozenset[str]]] = None  # types of organisations the document gives
        self.by_key: dict[tuple[EntityKind, str], str] = {}
        self.unplaced_names: dict[str, str] = {}
        self.committee: Optional[str] = None  # the name of the committee the title names, "" for none (found once)
        self._unnamed: Optional[str] = None  # the committee a hearing's record names by its noun only, "" for none (found once)
        self._countries_named: Optional[frozenset[str]] = None  # the countries the document names (found once)
        self.sents: list[Span] = []
        self.sent_of: dict[int, int] = {}  # first token of a mention -> index of its sentence
        self._by_sentence: Optional[dict[Optional[int], list[_Mention]]] = None  # the mentions of each sentence: :meth:`_mentions_of`
        self._by_sentence_of = 0  # how many mentions there were when they were grouped
        self.orths = doc.to_array(ORTH)  # the word of each token, read once
        self._words: Optional[frozenset[str]] = None  # the document's words, for metonyms.tsv
        self.occupation_nouns: set[int] = set()  # tokens of occupation nouns read beside a name
        self._turns: Optional[list[tuple[int, bool, str]]] = None  # a transcript's lines: (first token, the speaker's, its label)
        self._turn_starts: list[int] = []  # the first token of each of those lines
        self._voice_names: Optional[tuple[str, str]] = None  # (speaker, addressee) of « je » and « vous »: :meth:`_voices`
        self._france_voice: Optional[bool] = None  # a statement of France's voice abroad: :meth:`_speaks_for_france`
        self._floor_lines: Optional[list[_Floor]] = None  # the chair's « La parole est à M. X »: :meth:`_floors`
        self._called_names: dict[int, str] = {}  # who « vous » at a token stands for, read once: :meth:`_called_role`
        self._labelled: Optional[bool] = None  # a « M. » or « Mme » that may label a turn stands in the text
        self._blocks: Optional[list[tuple[int, int, str]]] = None  # the turns of minutes, one label in a row each
        self._interruptions: Optional[dict[int, str]] = None  # the speaker each short turn interrupts: :meth:`_interrupted`
        self._questions: dict[str, Optional[tuple[int, _Mention]]] = {}  # per label, where its question's addressee is named: :meth:`_question_addressee`
        self._quoted: Optional[list[bool]] = None  # whether each token stands in quoted speech: :meth:`in_quote`
        self._starts: Optional[list[int]] = None  # the first token of every line: :meth:`_line_starts`
        self._turn_calls: dict[int, list[tuple[int, str, _Mention]]] = {}  # per turn of minutes, its « vous » called on by name: :meth:`_turn_vocative`
        self._speech_calls: Optional[list[tuple[int, str, _Mention]]] = None  # in a text of one voice, its « vous » called on by name: :meth:`_speech_vocative`
        self._hearing_headings: Optional[list[tuple[int, str]]] = None  # lines « Audition de M. Y, ... » and the one heard: :meth:`_hearing_guest`
        self._welcome: Optional[tuple[int, Optional[_Mention]]] = None  # where a text of one voice welcomes one person, and that person: :meth:`_welcomed_guest`

    # -- clusters ---------------------------------------------------------------------------
    def new_cluster(self, kind: EntityKind, name: str) -> _Cluster:
        cluster = _Cluster(id=f"c{self.made}", kind=kind, name=name)
        self.made += 1
        self.clusters[cluster.id] = cluster
        return cluster

    def cluster_of_name(self, kind: EntityKind, name: str) -> str:
        """The cluster the document gives that name and kind, made where it has none yet."""
        key = (kind, name_key(name))
        cid = self.by_key.get(key) or self.new_cluster(kind, name).id
        self.by_key[key] = cid
        return cid

    def run(self) -> None:
        self.sents = sentences(self.doc)  # the parser's, glued back where it cut inside one
        self.sent_starts = [sent.start for sent in self.sents]
        self.collect_named()
        self.collect_org_descriptions()
        self.collect_occupations()
        self.collect_roles()
        self.collect_demonyms()
        self.collect_peoples()
        self.collect_role_pairs()
        self.collect_counterparts()
        self.collect_guests()
        self.collect_acts_taken_up()
        self.collect_anaphors()
        self.collect_possessives()
        self.collect_object_clitics()
        self.collect_plural_object_clitics()
        self.collect_left_clitics()
        self.collect_stressed_pronouns()
        self.collect_first_person()
        self.mentions = [m for m in self.mentions if not self._on_a_label(m.start)]  # « JULIEN DENORMANDIE » labels turns: no mention
        self.mentions.sort(key=lambda m: (m.start, m.end))
        self.resolve_others()
        self.resolve_peoples()
        self.resolve_org_descriptions()
        self.settle_roles_of_descriptions()
        self.resolve_people()
        self.teach_counterparts()
        self.join_person_aliases()
        self.join_regnal_names()
        self.join_surnames_read_as_places()
        self.name_title_person()
        self.resolve_roles()
        self.resolve_anaphora()

    def collect_named(self) -> None:
        doc = self.doc
        for ent in doc.ents:
            kind = KIND_BY_LABEL.get(ent.label_)
            if kind is None:
                continue
            start, end = ent.start, ent.end
            if kind is not EntityKind.PERSON and (_first_name_before(doc, start, end) or _first_name_opens(doc, start, end)):
                kind = EntityKind.PERSON  # « Louis Tesla »: the model saw only the company in the surname
            if kind is EntityKind.PERSON and _party_acronym(doc, start, end):
                kind = EntityKind.ORGANISATION  # « député SFIO », « les militants PPZ »: a party
            elif kind is EntityKind.PERSON and doc[start].text in _country_heads() and tokens_text(doc, start, end) in countries():
                kind = EntityKind.LOCATION  # « le président de Sierra Leone »: a country is no person
            if kind is EntityKind.PERSON:
                start, end = _person_extent(doc, start, end)
            elif end - start > 1 and doc[start].is_lower and doc[start].lower_ in OF:
                start += 1  # « le maire de Nîmes », where the model read « de Nîmes » as the place
            last = self.mentions[-1] if self.mentions else None
            if start > 0 and NAME_PARTICLE.fullmatch(doc[start - 1].text) and last is not None and last.kind is EntityKind.PERSON and last.end == start - 1:
                if _before_country(doc, last.start, end) == start - 1:
                    last = None  # « le Président Paul Martin de Mauritanie »: his country, a place of its own
                else:
                    # « Denis Sassou N’Guesso », the particle left out of both names: one name
                    last.end, last.text = end, _name_text(doc, last.start, end)
                    continue
            glued = bool(NAME_PARTICLE.fullmatch(doc[start].text))  # two names side by side stay two (« à Matignon Jeanne Morel »)
            # « Antoine Octave Eugène Deloncle »: first names the model cut from the rest of the name
            glued = glued or (kind is EntityKind.PERSON and last is not None and start <= last.end and _first_names_only(doc, last.start, last.end))
            if glued and last is not None and last.kind is EntityKind.PERSON and last.end >= start:
                # « Denis Sassou N'Guesso », which the model cut in two: one name
                last.end, last.text = end, _name_text(doc, last.start, end)
                continue
            title = doc[start].text.lower() if doc[start].text.lower() in TITLE_GENDER else ""
            if not title and start > 0 and doc[start - 1].text.lower() in TITLE_GENDER:
                title = doc[start - 1].text.lower()
            gender = TITLE_GENDER.get(title, "") or (_role_article_gender(doc, start) if kind is EntityKind.PERSON else "")
            if _family_surname(doc, start, end) and (kind is EntityKind.PERSON or doc[start - 1].lower_ in COLLECTIVE_NOUNS):
                kind, gender = EntityKind.PERSON, FAMILY  # « les frères Garnier »: a family, which no one person of that surname is
            mention = _Mention(start, end, kind, _name_text(doc, start, end), titled=bool(title), title_gender=gender)
            mention.age = _age_after(doc, end)
            self.mentions.append(mention)
        self.collect_missed_names()
        self.collect_acronyms()
        self.join_hyphenated_organisations()
        self.drop_type_words_of_names()
        self.collect_other_names()
        self.collect_person_aliases()
        self.retype_listed_places()

    def retype_listed_places(self) -> None:
        """« Morand, Castelli et, bien sûr, Vierzon, qui ... »: one word the model read as a place,
        that no table knows as one, listed after no preposition and after a person named by a
        surname alone, is a person too (its full name may be in another document)."""
        doc = self.doc
        ending = {m.end: m for m in self.mentions}
        for m in self.mentions:
            if m.kind is not EntityKind.LOCATION or m.end - m.start != 1 or not m.text[:1].isupper():
                continue
            if (m.start > 0 and doc[m.start - 1].pos_ == "ADP") or self.r.gazetteer.canonical(m.text) or m.text.lower() in nationalities() or m.text in countries():
                continue
            if _listed_after(doc, m.start - 1, ending):
                m.kind = EntityKind.PERSON

    def collect_missed_names(self) -> None:
        """A word the model did not see as a name but that is the first name or surname of a
        person the document names in full ("« Mark a ... »" beside "Mark Zuckerberg"); after a
        known first name, the full name of another person of that surname ("Hugo Castagnac"
        beside "Hélène Castagnac")."""
        doc = self.doc
        taken = self._taken_tokens()
        parts = {
            word
            for m in self.mentions
            if m.kind is EntityKind.PERSON and m.end - m.start >= 2 and doc[m.start].lower_ not in role_nouns()  # not « Président de la République »
            for word in (doc[m.start].text, doc[m.end - 1].text)
            if word[:1].isupper() and len(word) > 2 and word.lower() not in TITLE_GENDER  # not the « Mme » of « Mme X Y »
        }
        strings = doc.vocab.strings
        wanted = [strings[word] for word in parts]
        for i in numpy.flatnonzero(numpy.isin(self.orths, wanted)).tolist() if wanted else []:
            token = doc[i]
            if token.i in taken:
                continue
            if token.i + 1 < len(doc) and doc[token.i + 1].text[:1].isupper() and doc[token.i + 1].is_alpha:
                continue  # part of another name
            before = doc[token.i - 1] if token.i > 0 else None
            if before is not None and before.i not in taken and before.text[:1].isupper() and gender_of(f"{before.text} {token.text}"):
                # « Hugo Castagnac » beside « Hélène Castagnac »: another person of that surname, in full
                mention = _Mention(before.i, token.i + 1, EntityKind.PERSON, span_text(doc[before.i : token.i + 1]))
                self.mentions.append(mention)
                continue
            mention = _Mention(token.i, token.i + 1, EntityKind.PERSON, token.text)
            mention.titled = token.i > 0 and doc[token.i - 1].text.lower() in TITLE_GENDER
            if _family_surname(doc, token.i, token.i + 1):
                mention.title_gender = FAMILY  # « Claire Lavergne ... les frères Lavergne »: not her
            self.mentions.append(mention)

    # -- acronyms ---------------------------------------------------------------------------
    def collect_acronyms(self) -> None:
        """Acronyms of the document's organisations.

        « la Fédération française des usagers du numérique (FFUN) » defines FFUN (the full name
        becomes a mention where the model missed it); an all-caps word elsewhere that is the
        defined acronym, or the initials of exactly one full name of an organisation of the
        document, stands for it. Acronyms known beyond the document are in ``acronyms.tsv``.
        """
        doc = self.doc
        defined: dict[str, _Mention] = {}
        for i in numpy.flatnonzero(self.orths == doc.vocab.strings["("]).tolist() if "(" in doc.vocab.strings else []:
            if i + 3 < len(doc) and doc[i + 1].lower_.replace("’", "'") in ("l'", "le", "la", "les") and doc[i + 3].text == ")" and _acronym_like(doc[i + 2].text, strict=True):
                full = self._defined_by(i, doc[i + 2].text)  # « le Congrès national africain (l'ANC) »
                if full is not None:
                    defined.setdefault(doc[i + 2].text, full)
                continue
            if i + 2 >= len(doc) or doc[i + 2].text != ")" or not _acronym_like(doc[i + 1].text, strict=False):
                if i > 0 and _acronym_like(doc[i - 1].text, strict=True):
                    full = self._defined_after(i, doc[i - 1].text)  # « l'ONUB (Opération des Nations unies au Burundi) »
                    if full is not None:
                        defined.setdefault(doc[i - 1].text, full)
                continue
            full = self._defined_by(i, doc[i + 1].text)
            if full is None:
                continue
            defined.setdefault(doc[i + 1].text, full)
        taken = {i: m for m in self.mentions for i in range(m.start, m.end)}
        initials: dict[str, set[str]] = {}
        fulls: dict[str, _Mention] = {}
        for m in self.mentions:
            letters_of = _initials(clean_name(m.text)) if m.kind is EntityKind.ORGANISATION else frozenset()
            if letters_of:  # two words or more, or a CamelCase word (« AggregateIQ »)
                for letters in letters_of:
                    initials.setdefault(letters, set()).add(name_key(m.text))
                fulls.setdefault(name_key(m.text), m)
        spelled: dict[str, Optional[_Mention]] = {}
        mixed_case = [doc.vocab.strings[a] for a in defined if not a.isupper()]  # « Cnil », « Arcom »
        at = numpy.flatnonzero(_ACRONYM.mask(self.orths, doc.vocab.strings)).tolist()
        if mixed_case:
            at += numpy.flatnonzero(numpy.isin(self.orths, mixed_case)).tolist()
        for i in at:
            text = doc[i].text
            if text.lower() in role_nouns():
                continue  # "le PDG": a role, not an organisation
            full, reason = defined.get(text), MergeReason.ACRONYM_DEFINED
            if full is None:
                keys = initials.get(text.lower(), set())
                if not keys and text not in spelled:
                    spelled[text] = self._spelled_out(text)  # « l'Electronic Business Group », which the model did not see, and « l'EBG »
                if not keys and spelled.get(text) is not None:
                    full, reason = spelled[text], MergeReason.ACRONYM_INITIALS
                elif len(keys) != 1:
                    continue
                else:
                    full, reason = fulls[next(iter(keys))], MergeReason.ACRONYM_INITIALS
            if full.start <= i < full.end:
                continue
            mention = taken.get(i)
            if mention is not None and (mention.start, mention.end) != (i, i + 1):
                continue  # part of a longer name
            if mention is None:
                mention = _Mention(i, i + 1, full.kind, text)
                self.mentions.append(mention)
                taken[i] = mention
            mention.kind, mention.alias_of, mention.alias_reason = full.kind, full, reason.value

    def collect_other_names(self) -> None:
        """« Sci-Hub (ou Scihub) », « Zorbly (alias Zorb) »: a name in parentheses after « ou »
        or « alias », right after another name that is no person, is another name of it, here and
        wherever the document writes it."""
        doc = self.doc
        if "(" not in doc.vocab.strings:
            return
        ending = {m.end: m for m in self.mentions if m.kind is not EntityKind.PERSON}
        for i in numpy.flatnonzero(self.orths == doc.vocab.strings["("]).tolist():
            if i + 2 >= len(doc) or doc[i + 1].lower_ not in OTHER_NAME_MARKERS:
                continue
            full = ending.get(i) or self._name_before(i)
            if full is None:
                continue
            inner = [m for m in self.mentions if m.start == i + 2 and m.end < len(doc) and doc[m.end].text == ")"]
            if not inner and i + 3 < len(doc) and doc[i + 3].text == ")" and doc[i + 2].text[:1].isupper() and doc[i + 2].is_alpha:
                # a word the model did not see as a name: a mention wherever it is written
                taken = {k for m in self.mentions for k in range(m.start, m.end)}
                for k in numpy.flatnonzero(self.orths == self.orths[i + 2]).tolist():
                    if k not in taken:
                        self.mentions.append(_Mention(k, k + 1, full.kind, doc[k].text))
                inner = [m for m in self.mentions if m.start == i + 2]
            # a person's name stays one (« (ou Jean) »); one word the model read as a person, not
            # a first name, is the thing's other name
            if len(inner) != 1 or (inner[0].kind is EntityKind.PERSON and (is_full_name(inner[0].text) or gender_of(f"{inner[0].text} X"))):
                continue
            key = name_key(inner[0].text)
            for m in self.mentions:
                if m is not full and m.alias_of is None and name_key(m.text) == key:
                    m.kind, m.alias_of, m.alias_reason = full.kind, full, MergeReason.OTHER_NAME.value

    def collect_person_aliases(self) -> None:
        """« Isac Dupré, alias Alex Tarn », « X (alias Y) »: a person's name right after « alias »
        that follows a person's name is another name of that person, here and wherever the
        document writes it."""
        doc = self.doc
        if "alias" not in doc.vocab.strings:
            return
        persons = {m.start: m for m in self.mentions if m.kind is EntityKind.PERSON and m.named is not False}
        ending = {m.end: m for m in persons.values()}
        for i in numpy.flatnonzero(self.orths == doc.vocab.strings["alias"]).tolist():
            full = ending.get(i - 1) if i > 0 and doc[i - 1].text in (",", "(") else None
            inner = persons.get(i + 1)
            if full is None or inner is None or name_key(inner.text) == name_key(full.text):
                continue
            key = name_key(inner.text)
            for m in self.mentions:
                if m is not full and m.alias_of is None and m.kind is EntityKind.PERSON and name_key(m.text) == key:
                    m.alias_of, m.alias_reason = full, MergeReason.PERSON_ALIAS.value

    def _name_before(self, paren: int) -> Optional[_Mention]:
        """« Sci-Hub (ou Scihub) » where the model saw no name before the parenthesis: the one
        capitalised word (or words joined by hyphens) that opens the sentence there, as a
        mention of the kind the document gives that name elsewhere (an organisation if none)."""
        doc = self.doc
        start = paren - 1
        while start > 0 and not doc[start - 1].whitespace_ and (doc[start - 1].text == "-" or doc[start].text == "-"):
            start -= 1  # « Sci-Hub »: words glued by hyphens
        opens = start == 0 or doc[start - 1].text in (".", "!", "?") or "\n" in doc[start - 1].whitespace_ or doc[start - 1].is_space
        words = doc[start:paren]
        if not opens or not words[0].text[:1].isupper() or not all(t.is_alpha or t.text == "-" for t in words):
            return None
        if any(m.start < paren and m.end > start for m in self.mentions):
            return None
        text = span_text(words)
        kinds = Counter(m.kind for m in self.mentions if m.text == text and m.kind is not EntityKind.PERSON)
        mention = _Mention(start, paren, kinds.most_common(1)[0][0] if kinds else EntityKind.ORGANISATION, text)
        self.mentions.append(mention)
        return mention

    def _foreign_acronym(self, full: _Mention, acronym: str) -> bool:
        """« le Mouvement populaire (MOPEK) »: an all-caps word of three letters or more in
        parentheses right after an organisation's name of several words is its acronym in its
        own language, though the letters are not the French name's initials, when it begins
        with the name's initial (or the name has three words or more: « le Parti d'action
        nationaliste (MHP) ») and is no known name of its own."""
        words = [w for w in clean_name(full.text).replace("'", "' ").split() if w.lower() not in acronym_skips()]
        return (
            full.kind is EntityKind.ORGANISATION
            and len(words) >= 2
            and len(acronym) >= 3
            and acronym.isupper()
            and (strip_accents(words[0][:1]).upper() == acronym[0] or len(words) >= 3)
            and not self.r.gazetteer.canonical(acronym)
        )

    def _spelled_out(self, acronym: str) -> Optional[_Mention]:
        """The one run of capitalised words in the document, outside every mention, whose
        initials give the acronym (« Electronic Business Group » for « EBG »), made a mention of an
        organisation; None where there is none or more than one, or the acronym is short or known."""
        doc = self.doc
        if len(acronym) < 3 or not acronym.isupper() or self.r.gazetteer.canonical(acronym):
            return None
        taken = self._taken_tokens()
        found: dict[str, tuple[int, int]] = {}
        for start in range(len(doc)):
            if start in taken or not doc[start].text[:1].isupper() or doc[start].text.isupper() or strip_accents(doc[start].text[:1]).upper() != acronym[0]:
                continue
            end, capitals = start, 0
            while end < len(doc) and end not in taken and end - start < SPELLED_OUT_WORDS and (doc[end].text[:1].isupper() or (capitals and doc[end].lower_ in acronym_skips())):
                capitals += doc[end].text[:1].isupper()
                end += 1
                if capitals == len(acronym) and acronym.lower() in _initials(span_text(doc[start:end])):
                    found.setdefault(span_text(doc[start:end]), (start, end))
                    break
        if len(found) != 1:
            return None
        start, end = next(iter(found.values()))
        mention = _Mention(start, end, EntityKind.ORGANISATION, span_text(doc[start:end]))
        self.mentions.append(mention)
        return mention

    def _defined_by(self, paren: int, acronym: str) -> Optional[_Mention]:
        """The full name that the acronym in parentheses at ``paren`` + 1 stands for, as a mention."""
        doc = self.doc
        sent_start = doc[paren].sent.start
        ending = [m for m in self.mentions if m.end == paren and m.kind is not EntityKind.PERSON]
        for m in ending:
            if acronym.lower() in _initials(clean_name(m.text)):
                return m
        if len(ending) == 1 and self._foreign_acronym(ending[0], acronym):
            return ending[0]
        for start in range(paren - 1, max(paren - 13, sent_start - 1), -1):
            if not doc[start].text[:1].isupper() and not self._body_noun_opening(start):
                continue
            words = span_text(doc[start:paren])
            if acronym.lower() not in _initials(words):
                continue
            inside = [m for m in self.mentions if start <= m.start and m.end <= paren]
            if inside and doc[start].is_lower:
                continue  # « le parti Vexa (PV) »: the name the model saw, not its type noun, opens it
            if any(m.kind is EntityKind.PERSON for m in inside):
                return None
            overlapping = [m for m in self.mentions if m.start < paren and m.end > start and m not in inside]
            if overlapping:
                return None
            for m in inside:
                self.mentions.remove(m)
            kinds = Counter(m.kind for m in inside)
            kind = kinds.most_common(1)[0][0] if kinds else EntityKind.ORGANISATION
            mention = _Mention(start, paren, kind, words)
            self.mentions.append(mention)
            return mention
        return None

    def _body_noun_opening(self, start: int) -> bool:
        """A lower-case noun of a body after its article (« la société d'exploitation d'un service
        d'information (SESI) »): a full name may open on it where its acronym follows."""
        doc = self.doc
        return start > 0 and doc[start].is_lower and doc[start].lower_ in BODY_NOUNS and doc[start - 1].lower_ in ARTICLES

    def _defined_after(self, paren: int, acronym: str) -> Optional[_Mention]:
        """« l'ONUB (Opération des Nations unies au Burundi) »: the full name in the parentheses
        opened at ``paren`` right after an acronym, whose initials give the acronym, as a
        mention (made where the model saw none); else None."""
        doc = self.doc
        close = next((k for k in range(paren + 2, min(paren + 14, len(doc))) if doc[k].text == ")"), None)
        if close is None or not doc[paren + 1].text[:1].isupper():
            return None
        words = span_text(doc[paren + 1 : close])
        if acronym.lower() not in _initials(words):
            return None
        inside = [m for m in self.mentions if paren < m.start and m.end <= close]
        # a person inside may be the model's misreading of part of a long name whose initials match (« Maghreb Young »)
        person = any(m.kind is EntityKind.PERSON for m in inside) and len(acronym) < 3
        if person or any(m.start <= paren < m.end or m.start < close < m.end for m in self.mentions):
            return None
        whole = next((m for m in inside if (m.start, m.end) == (paren + 1, close)), None)
        if whole is not None:
            return whole
        for m in inside:
            self.mentions.remove(m)
        mention = _Mention(paren + 1, close, EntityKind.ORGANISATION, words)
        self.mentions.append(mention)
        return mention

    # -- roles ------------------------------------------------------------------------------
    def collect_roles(self) -> None:
        """Role descriptions: alone they are mentions; beside a name they teach a role."""
        doc = self.doc
        ent_at = {i: m for m in self.mentions for i in range(m.start, m.end)}
        nouns = role_nouns()
        # a token that is not a space and none of whose lower-case word starts a role noun is skipped
        for i in self.r.positions(doc, self.orths, self.r._may_start_role):
            if i in self.occupation_nouns or (i in ent_at and not self._role_read_as_name(i, ent_at)):
                continue
            token = doc[i]
            found = _match_role_noun(doc, token.i, nouns)
            if found is None:
                continue
            cls, noun_end = found
            self._drop_names_inside(token.i, noun_end, ent_at)
            start, bare = _role_start(doc, token.i), False
            if start is not None and start > 0 and doc[start - 1].lower_ in VOCATIVES:
                continue  # « Monsieur le Président, ... »: the one addressed, not the role's holder
            if start is None:
                # « Paul Martin, maire de Lyon, ... »: a role without its article, in apposition
                start, bare = self._bare_apposition_start(token.i, ent_at), True
                if start is None:
                    continue
            role, end = self.qualify(cls, noun_end, ent_at)
            if role is not None and _portfolio_role(role, abroad=True):
                self._drop_names_inside(noun_end - 1, end, ent_at)  # « de l'Europe et des affaires étrangères »: no place Europe
            elected = False
            if role is None and noun_end < len(doc) and doc[noun_end].lower_ in INCOMING:
                # « le président élu américain X »: the qualifier after « élu »
                role, end = self.qualify(cls, noun_end + 1, ent_at)
                elected = role is not None
                end = end if elected else noun_end
            implied: Optional[Role] = None  # « le Premier ministre a annoncé »: France's, as French news writes it, when alone
            reason = _reason_after(doc, start, noun_end)  # « X accuse le président de déni »: no complement of the role
            if role is None and (noun_end + 1 >= len(doc) or doc[noun_end].lower_ not in OF or "Inf" in doc[noun_end + 1].morph.get("VerbForm") or reason):
                country = implied_countries().get(_norm(span_text(doc[token.i : noun_end])))
                implied = Role(cls, country) if country else None
            if bare and role is None:
                continue
            if role is None and implied is None and (noun := span_text(doc[token.i : noun_end]).lower()) in QUALIFIED_ONLY_ROLES:
                earlier = self._one_holder_described(noun, start)
                if earlier is not None:
                    # « le secrétaire général de l'Élysée, X, ... le secrétaire général »: X again
                    self.mentions.append(_Mention(start, noun_end, EntityKind.PERSON, span_text(doc[start:noun_end]), role=earlier.role, named=False, linked=earlier.linked, recalled=True))
                continue  # « le secrétaire général », alone: of what, the text may have said long before
            incoming = elected or any(doc[j].lower_ in INCOMING for j in range(start, token.i))
            if role is None and implied is None:
                end, ok = (noun_end, True) if reason else self._unqualified_end(noun_end)
                if not ok:
                    continue
            if end < len(doc) and doc[end].lower_ in INCOMING:  # "le président élu"
                incoming, end = True, end + 1
            elif end + 1 < len(doc) and doc[end].pos_ == "ADV" and doc[end].lower_.endswith("ment") and doc[end + 1].lower_ in INCOMING:
                incoming, end = True, end + 2  # « le président nouvellement élu »
            elif end < len(doc) and doc[end].lower_ in OUTGOING:  # « le Premier ministre sortant M. X »
                end += 1
            former = any(doc[j].lower_ in FORMER for j in range(start, token.i)) or _former_form(token)
            head_end = next((k for k in range(token.i + 1, noun_end) if doc[k].lower_ in OF), noun_end)
            feminine = _feminine(doc, start, head_end)  # « le locataire de la Maison Blanche »: not by « la Maison Blanche »
            if doc[start].lower_ in CONTRACTED:  # "du président", "au président": the article is not the name
                start += 1
            # title or apposition after: "le président français Emmanuel Macron", "le PDG d'Uber, Dara K."
            end_of_list = self._past_place_phrase(self._past_coordinated_organisations(end, ent_at), ent_at) if role is not None else end
            after = past_gloss(doc, end_of_list + 1) if end_of_list < len(doc) and doc[end_of_list].text == "," else self._past_participial_phrase(end)
            listed = self._past_listed_fields(end, ent_at)
            if listed > end:
                after = listed  # « le ministre de l'énergie, des transports et du logement X »: the role's fields listed, then its holder
            while after < len(doc) and after not in ent_at and (doc[after].lower_ in titles() or doc[after].text in GLOSS_MARKS):
                after += 1  # « le Président de la République, S.E.M. X », « le Chancelier `Helmut SCHMIDT` »
            if after + 2 < len(doc) and doc[after].lower_ in ("le", "la") and doc[after + 1].lower_ in occupations() and after + 2 in ent_at:
                after += 2  # « le secrétaire d'État du Saint-Siège le cardinal X »
            person = ent_at.get(after)
            if person is not None and bare and start >= 2 and doc[start - 1].text == "," and (named := ent_at.get(start - 2)) is not None and named.kind is EntityKind.PERSON:
                person = None  # « M. X, président de la République française, M. Y, premier secrétaire ... »: X's, the role bare after X
            if person is not None and person.kind is EntityKind.PERSON and person.start == after and after > end_of_list and self._held_by_another(role, person, former):
                person = None  # « rassemblera le président de la République, X, fondateur de P, et Y »: a list, the role's holder named elsewhere
            if person is not None and end_of_list < len(doc) and doc[end_of_list].text == "," and _complement_of_opening_noun(doc, start) and _verb_follows(doc, person.end):
                person = None  # « Soutien de taille du candidat républicain, X a ... »: X is the supporter, the opening noun's subject
            if person is not None and _described_before(doc, ent_at, start) and (
                (listed == end and any(doc[k].lower_ not in titles() for k in range(end_of_list + 1, after))) or _described_after(doc, person.end)
            ):
                # « avec Mme X, maire de Lyon, le député Y »: the apposition of the name before it; Y, described on
                # its own, is the list's next member; so is « M. X, président de P, Mme Y, directrice de ... »
                person = None
            if person is not None and person.kind is EntityKind.PERSON and person.start == after:
                if feminine:
                    person.title_gender = person.title_gender or "f"
                if role is None and not former and not incoming:
                    person.taught_class = cls  # « le président Paul Martin »: a head of state, of a country not named
                if former:
                    person.former_class = cls  # « l'ex-président X »: X holds it no more
                if role is not None and not former:
                    person.role = role
                    self.mentions.append(_Mention(start, end, EntityKind.PERSON, span_text(doc[start:end]), role=role, named=False, linked=person))
                    if role.cls in PORTFOLIO_HOLDERS:
                        self._drop_portfolio_names(end, after, ent_at)
                continue
            # apposition before: "Dara Khosrowshahi, le PDG d'Uber"; or its copula: « X est le PDG d'Uber »
            before = ent_at.get(start - 2) if start >= 2 and doc[start - 1].text == "," else self._copula_subject(start, ent_at)
            if before is not None and _verb_follows(doc, end):
                before = None  # « Après X, le président du parti P vient de ... »: the description is the subject
            if before is not None and before.kind is EntityKind.PERSON and role is not None and not former:
                before.role = role
                if feminine:
                    before.title_gender = before.title_gender or "f"
                self.mentions.append(_Mention(start, end, EntityKind.PERSON, span_text(doc[start:end]), role=role, named=False, linked=before))
                continue
            if bare:
                continue
            mention = _Mention(
                start, end, EntityKind.PERSON, span_text(doc[start:end]), role=role or implied, named=False, incoming=incoming, former=former
            )
            mention.implied = role is None and implied is not None
            mention.gender = "f" if feminine else "m" if _masculine_article(doc, start, token.i) else "any"
            if role is None:
                mention.role_class = cls
            self.mentions.append(mention)
            for i in range(start, end):
                ent_at.setdefault(i, mention)
            if role is not None and not former and (other := self._same_role_of_another(cls, end, ent_at)) is not None:
                self.mentions.append(other)  # « la présidente de la Commission et celui du Conseil »
                for i in range(other.start, other.end):
                    ent_at.setdefault(i, other)

    def _one_holder_described(self, noun: str, before: int) -> Optional[_Mention]:
        """The description by that role noun, with its qualifier, of the one person named beside
        such a description before token ``before`` (« le secrétaire général de l'Élysée, X »);
        None where no person or several are."""
        found = [m for m in self.mentions if m.end <= before and m.linked is not None and m.role is not None and self._role_noun_at(m.start) == noun]
        names = {name_key(m.linked.text) for m in found}
        return found[-1] if len(names) == 1 else None

    def _role_noun_at(self, start: int) -> str:
        """The role noun a description opens with at token ``start``, past its article, lower case
        (« le secrétaire général de l'Élysée »: « secrétaire général »); "" where none does."""
        doc = self.doc
        while start < len(doc) and doc[start].pos_ == "DET":
            start += 1
        found = _match_role_noun(doc, start, role_nouns()) if start < len(doc) else None
        return span_text(doc[start : found[1]]).lower() if found is not None else ""

    def _past_listed_fields(self, end: int, ent_at: dict[int, _Mention]) -> int:
        """Past the other fields of a role listed after a comma (« de l'énergie, des transports et
        du logement »: from the comma at ``end``), where a person is named right after them: the
        token of that name; ``end`` elsewhere."""
        doc = self.doc
        if end + 1 >= len(doc) or doc[end].text != "," or doc[end + 1].lower_ not in OF:
            return end
        k = end + 1
        limit = min(len(doc), end + LISTED_FIELD_WORDS)
        while k < limit:
            token, field = doc[k], ent_at.get(k)
            after_of = doc[k - 1].lower_ in OF or (doc[k - 1].lower_ in FIELD_ARTICLES and doc[k - 2].lower_ in OF)
            if field is not None and field.kind is not EntityKind.PERSON and field.start == k and after_of:
                k = field.end  # « de la Pêche et de la Forêt »: a field written in capitals, read as a place
                continue
            if field is not None:
                break
            if not (token.lower_ in OF or token.lower_ in ("et", ",") or token.lower_ in FIELD_ARTICLES or (token.pos_ in ("NOUN", "ADJ", "PROPN") and (token.is_lower or after_of)) or token.lower_ in titles()):
                return end
            k += 1
        person = ent_at.get(k)
        j = k - 1
        while j > end and doc[j].lower_ in titles():
            j -= 1  # « la désignation, voulue par le ministre, de M. X »: the designation's « de », X no field's holder
        return k if person is not None and person.kind is EntityKind.PERSON and person.start == k and doc[j].lower_ not in OF else end

    def _same_role_of_another(self, cls: str, end: int, ent_at: dict[int, _Mention]) -> Optional[_Mention]:
        """« la présidente de la Commission européenne et celui du Conseil européen »: « celui » or
        « celle » after « et », right after a role qualified by its « de », with a « de » of its own,
        is the same role of that other body or country; a role description of its own."""
        doc = self.doc
        if end + 3 >= len(doc) or doc[end].lower_ != "et" or doc[end + 1].lower_ not in ("celui", "celle") or doc[end + 2].lower_ not in OF:
            return None
        role, other_end = self.qualify(cls, end + 2, ent_at)
        if role is None or end + 1 in ent_at:
            return None
        mention = _Mention(end + 1, other_end, EntityKind.PERSON, span_text(doc[end + 1 : other_end]), role=role, named=False)
        mention.gender = "f" if doc[end + 1].lower_ == "celle" else "m"
        return mention

    def _copula_subject(self, start: int, ent_at: dict[int, _Mention]) -> Optional[_Mention]:
        """The person whose present copula stands right before a role (« X est le PDG de P »,
        « X, qui est aussi le patron de P », « X est devenu le patron de P »): the role is X's,
        as an apposition's is; None for any other word, a negation or a past tense."""
        doc = self.doc
        k = start - 1
        while k > 0 and doc[k].lower_ in COPULA_ADVERBS:
            k -= 1  # « est aussi », « est désormais »
        if k > 0 and doc[k].lower_ in ("devenu", "devenue") and doc[k - 1].lemma_ == "être":
            k -= 1  # « est devenu »
        if k < 1 or doc[k].lower_ not in ("est", "sont") or doc[k].lemma_ != "être":
            return None
        if doc[k - 1].lower_ == "qui" and k >= 3 and doc[k - 2].text == ",":
            k -= 2  # « X, qui est le patron de P »
        person = ent_at.get(k - 1)
        if person is None or person.end != k or not person.named or person.kind is not EntityKind.PERSON:
            return None
        # « L'ami de X est le patron de P », « Ce qui inquiète X est ... »: X is no subject
        return person if person.start == 0 or doc[person.start - 1].pos_ not in ("ADP", "VERB", "AUX") else None

    def _past_place_phrase(self, k: int, ent_at: dict[int, _Mention]) -> int:
        """« l'ambassadeur d'Australie en France, X »: past a place phrase after a role (« en »,
        « à » and a place the model found) when a comma follows it; else token k."""
        doc = self.doc
        if k + 2 < len(doc) and doc[k].lower_ == "auprès" and doc[k + 1].lower_ in OF:
            return self._past_places(k + 2, ent_at, k)  # « l'ambassadeur de Belgique auprès du Royaume du Maroc, X »
        if k + 1 >= len(doc) or doc[k].lower_ not in PLACE_PREPOSITIONS:
            return k
        j = k + 1 if doc[k + 1].lower_ not in ("la", "le", "l'", "l’", "les") or k + 1 in ent_at else k + 2
        place = ent_at.get(j)
        if place is None or place.start != j or place.kind is not EntityKind.LOCATION or place.end >= len(doc) or doc[place.end].text != ",":
            return k
        return place.end

    def _past_places(self, j: int, ent_at: dict[int, _Mention], k: int) -> int:
        """From token j, past places, their articles and the « de » between them (« Royaume
        du Maroc ») up to a comma: the comma; else token k."""
        doc, seen = self.doc, False
        while j < len(doc) and j - k < PLACE_PHRASE_WORDS:
            place = ent_at.get(j)
            if place is not None and place.start == j and place.kind is EntityKind.LOCATION:
                j, seen = place.end, True
            elif doc[j].text == ",":
                return j if seen else k
            elif doc[j].pos_ == "DET" or doc[j].lower_ in OF or (doc[j].text[:1].isupper() and doc[j].is_alpha and j not in ent_at):
                j += 1  # « du Royaume de Belgique », whose first word no mention holds
            else:
                return k
        return k

    def _held_by_another(self, role: Optional[Role], person: _Mention, former: bool) -> bool:
        """A holder of the role that the roles table gives (at the article's date, or ever when it
        has none) is named in the document, and the name after the comma is none of them: the
        comma lists two people rather than setting a name beside its role."""
        if role is None or former:
            return False
        doc = self.doc
        sentence_end = doc[person.start].sent.end
        if not any(doc[k].lower_ in ("et", "ou") for k in range(person.end, min(person.end + LIST_REACH, sentence_end))):
            return False  # « a salué le président de la République, X, pour sa réélection »: no list goes on
        holders = {name_key(h) for h in self.r.table.holders(role, self.date)}
        if not holders or name_key(person.text) in holders:
            return False
        named = {name_key(m.text) for m in self.mentions if m.named and m.kind is EntityKind.PERSON}
        return bool(holders & named)

    def _past_coordinated_organisations(self, end: int, ent_at: dict[int, _Mention]) -> int:
        """« le patron de Tesla et X, Elon Musk »: past the organisations joined to the role's
        own (by « et », « ou » or commas), to where an apposed name may follow; ``end`` if none."""
        doc = self.doc
        k = end
        while k + 1 < len(doc) and doc[k].lower_ in ("et", "ou", ","):
            org = ent_at.get(k + 1)
            if org is not None and org.start == k + 1 and org.kind is not EntityKind.ORGANISATION and self._misread_organisation(org, ent_at):
                org.kind = EntityKind.ORGANISATION  # « le patron de Pixelia et Vizio, X »: Vizio, one word the model took for a person
            if org is None and self._unnamed_word_before_person(k + 1, ent_at):
                k += 2  # « le patron de Pixelia et Orlio, Luc Bernard »: a name the model missed, then the person
                break
            if org is None or org.start != k + 1 or org.kind is not EntityKind.ORGANISATION:
                break
            k = org.end
        return k if k > end else end

    def _unnamed_word_before_person(self, i: int, ent_at: dict[int, _Mention]) -> bool:
        """Token i is one capitalised word that no mention covers, right before a comma and a
        person's name (« ... et Orlio, Luc Bernard »)."""
        doc = self.doc
        if i + 2 >= len(doc) or i in ent_at or not doc[i].is_title or doc[i].pos_ != "PROPN" or doc[i + 1].text != ",":
            return False
        person = ent_at.get(i + 2)
        return person is not None and person.start == i + 2 and person.kind is EntityKind.PERSON

    def _misread_organisation(self, m: _Mention, ent_at: dict[int, _Mention]) -> bool:
        """A one-word name the model gave another kind, joined to a role's organisation and
        followed by a comma and a person's full name (« le patron de Pixelia et Vizio, Luc
        Bernard »): an organisation too; not a known first name."""
        doc = self.doc
        person = ent_at.get(m.end + 1)
        return (
            m.end - m.start == 1 and m.named and doc[m.start].text[:1].isupper()
            and not _first_names_only(doc, m.start, m.end)
            and m.end < len(doc) and doc[m.end].text == ","
            and person is not None and person.start == m.end + 1 and person.kind is EntityKind.PERSON and person.end - person.start >= 2
        )

    def drop_type_words_of_names(self) -> None:
        """« le Groupe TF1 » beside « TF1 »: a capitalised type noun (``type_noun``) that opens an
        organisation's name, where the rest is another organisation's name of the document, only
        says what it is; the name is the rest."""
        doc = self.doc
        names = {name_key(m.text) for m in self.mentions if m.named and m.kind is EntityKind.ORGANISATION}
        for m in self.mentions:
            if (
                m.named and m.kind is EntityKind.ORGANISATION and m.end - m.start > 1
                and doc[m.start].text[:1].isupper() and doc[m.start].lower_ in TYPE_WORDS
                and name_key(tokens_text(doc, m.start + 1, m.end)) in names
            ):
                m.start, m.text = m.start + 1, tokens_text(doc, m.start + 1, m.end)

    def join_hyphenated_organisations(self) -> None:
        """« le groupe parlementaire LFI-NUPES »: two organisations' names joined by a hyphen with
        no space name one body of their own (a group, an alliance), not either of them."""
        doc = self.doc
        self.mentions.sort(key=lambda m: (m.start, m.end))
        joined: list[_Mention] = []
        for m in self.mentions:
            last = joined[-1] if joined else None
            if (
                last is not None and last.kind is EntityKind.ORGANISATION and m.kind is EntityKind.ORGANISATION
                and last.named and m.named and m.start == last.end + 1 and doc[last.end].text == "-"
                and not doc[last.end - 1].whitespace_ and not doc[last.end].whitespace_
            ):
                last.end, last.text, last.alias_of, last.alias_reason = m.end, tokens_text(doc, last.start, m.end), None, ""
                continue
            joined.append(m)
        self.mentions[:] = joined

    def _past_participial_phrase(self, end: int) -> int:
        """« le chef du gouvernement chargé de la réforme des retraites, X »: past a participial phrase
        that ends with a comma, where an apposed name may stand, or past the rest of a portfolio
        (:meth:`_past_portfolio`); else ``end`` itself."""
        doc = self.doc
        portfolio = self._past_portfolio(end)
        if portfolio is not None:
            return portfolio
        camp = _past_camp(doc, end)
        if camp is not None:
            return camp  # « la Première ministre danoise d'extrême droite X »
        if end >= len(doc) or doc[end].pos_ != "VERB" or "Part" not in doc[end].morph.get("VerbForm"):
            return end
        for k in range(end + 1, min(end + PARTICIPIAL_PHRASE_WORDS, len(doc))):
            if doc[k].text == ",":
                return k + 1
            if doc[k].pos_ in ("VERB", "AUX", "PUNCT") or doc[k].ent_type_:
                return end
        return end

    def _past_portfolio(self, end: int) -> Optional[int]:
        """« le ministre de l'Agriculture et de la pêche, X »: past the common-noun complement that
        goes on naming the portfolio after the role's qualifier, to the comma before an apposed
        name; else None."""
        doc = self.doc
        people = {m.start for m in self.mentions if m.kind is EntityKind.PERSON}
        k = end
        while k < min(end + PORTFOLIO_WORDS + (PORTFOLIO_WORDS if self._joined_by_et(end) else 0), len(doc)) and (
            (doc[k].lower_ in OF and k + 1 < len(doc) and doc[k + 1].pos_ in ("DET", "NOUN", "PROPN")) or (k > end and doc[k].pos_ == "DET")
            or (k > end and doc[k].is_lower and doc[k].pos_ in ("NOUN", "ADJ"))
            or (k > end and doc[k].text[:1].isupper() and doc[k].is_alpha and k not in people and doc[k - 1].lower_ not in (",",))
            or (doc[k].lower_ == "et" and (k > end or (k + 1 < len(doc) and doc[k + 1].lower_ in OF)))  # « et de la pêche »
        ):
            k += 1
        return k + 1 if k > end + 1 and k < len(doc) and doc[k].text == "," and doc[k - 1].pos_ in ("NOUN", "ADJ", "PROPN") else None

    def _joined_by_et(self, end: int) -> bool:
        """« ... de l'Europe et de la Jeunesse de la République tchèque, X »: a second
        portfolio joined by « et de », whose words may run longer."""
        doc = self.doc
        return end + 1 < len(doc) and doc[end].lower_ == "et" and doc[end + 1].lower_ in OF

    def _role_read_as_name(self, i: int, ent_at: dict[int, _Mention]) -> bool:
        """« le Président de la République, X », « le ministre des Affaires étrangères, X »: a name
        of the model that opens with a role noun and is that role's whole description is no name;
        it is dropped, for the role reading to take its words (and an apposed name its role)."""
        m = ent_at[i]
        if m.start != i or not m.named or m.kind is EntityKind.LOCATION or m not in self.mentions:
            return False
        found = _match_role_noun(self.doc, i, role_nouns())
        if found is None:
            return False
        _role, end = self.qualify(found[0], found[1], {k: v for k, v in ent_at.items() if v is not m})
        if end < m.end:
            return False
        self.mentions.remove(m)
        for k in range(m.start, m.end):
            ent_at.pop(k, None)
        return True

    def _drop_names_inside(self, start: int, end: int, ent_at: dict[int, _Mention]) -> None:
        """« la secrétaire d'État américaine »: a name the model saw inside a role noun of several
        words (« État américaine ») is part of the noun, not a place or an organisation."""
        inside = {m.start: m for k in range(start + 1, end) if (m := ent_at.get(k)) is not None and m.start == k}
        for m in inside.values():
            if m.kind is EntityKind.PERSON or not m.named or m not in self.mentions:
                continue
            self.mentions.remove(m)
            for k in range(m.start, m.end):
                ent_at.pop(k, None)

    def _drop_portfolio_names(self, end: int, after: int, ent_at: dict[int, _Mention]) -> None:
        """« la ministre de la Santé et des Affaires sociales, X »: an organisation the model saw
        in the rest of a portfolio, between the role and its apposed name, is part of the role
        (a known one, in the gazetteer, stays)."""
        for k in range(end, after):
            m = ent_at.get(k)
            if m is None or m.start != k or m.kind is not EntityKind.ORGANISATION or not m.named or m not in self.mentions:
                continue
            if self.r.gazetteer.canonical(clean_name(m.text)):
                continue
            self.mentions.remove(m)
            for n in range(m.start, m.end):
                ent_at.pop(n, None)

    def _bare_apposition_start(self, i: int, ent_at: dict[int, _Mention]) -> Optional[int]:
        """Where a role noun at token i without an article begins (over the modifiers before
        it: « Paul Martin, ancien maire de Lyon »), when a comma and a person's name stand right
        before it; else None."""
        doc = self.doc
        j = i
        while j > 0 and i - j < 3 and doc[j - 1].lower_ in ROLE_MODIFIERS:
            j -= 1
        if j < 2 or doc[j - 1].text != ",":
            return None
        person = ent_at.get(j - 2)
        return j if person is not None and person.kind is EntityKind.PERSON and person.end == j - 1 and person.named else None

    def _named_after_complement(self, j: int, ent_at: dict[int, _Mention]) -> Optional[_Mention]:
        """The person named right after an organisation or place that starts at token j, past
        its article (« [le juge de] la Cour suprême X »), or None."""
        doc = self.doc
        if j < len(doc) and doc[j].lower_ in ("la", "l'", "l’", "le", "les") and j not in ent_at:
            j += 1
        place = ent_at.get(j)
        if place is None or place.start != j or place.kind not in (EntityKind.ORGANISATION, EntityKind.LOCATION):
            return None
        k = place.end + 1 if place.end < len(doc) and doc[place.end].text == "," else place.end  # « la juge de la Haute Cour, X »
        person = ent_at.get(k)
        return person if person is not None and person.start == k and person.kind is EntityKind.PERSON and person.named else None

    def _completes_a_noun(self, i: int) -> bool:
        """The occupation noun at token i, past its determiner, completes another noun (« la
        visite du roi », « de la reine »)."""
        doc = self.doc
        start = _role_start(doc, i)
        return start is not None and (doc[start].lower_ in OF or (start > 0 and doc[start - 1].lower_ in OF))

    def _country_in_name(self, j: int, ent_at: dict[int, _Mention]) -> str:
        """The country a nationality adjective in the name of the organisation at or after token j
        gives (« la Cour suprême brésilienne »: Brésil), else ""."""
        doc = self.doc
        if j < len(doc) and doc[j].lower_ in ("la", "l'", "l’", "le", "les") and j not in ent_at:
            j += 1
        place = ent_at.get(j)
        if place is None:
            return ""
        return next((nationalities()[t.lower_] for t in doc[place.start : place.end] if t.lower_ in nationalities()), "")

    def collect_occupations(self) -> None:
        """« le milliardaire américain », « l'homme d'affaires », « l'avocate » (``occupations.tsv``).

        Beside a person's name (« le milliardaire Paul Martin », « Paul Martin, homme d'affaires
        américain, ») the noun teaches that person the occupation, and the nationality it gives;
        alone, it is a mention placed later (:meth:`_resolve_occupation`). Not one with a
        complement (« le milliardaire de Facebook » is a role, « l'avocat de Paul Martin » someone
        else), nor one that a name of another kind or a noun goes on with."""
        doc = self.doc
        ent_at = {i: m for m in self.mentions for i in range(m.start, m.end)}
        table = occupations()
        for i in numpy.flatnonzero(_OCCUPATION_HEAD.mask(self.orths, doc.vocab.strings)).tolist():
            if i in ent_at and ent_at[i].kind is EntityKind.PERSON and ent_at[i].start == i and ent_at[i].named:
                found = _match_role_noun(doc, i, table)
                if found is not None and found[1] < ent_at[i].end:  # « le Roi Mohammed VI », one name of the model
                    ent_at[i].occupation = ent_at[i].occupation or found[0][0]
                continue
            if i in ent_at and not self._occupation_read_as_name(ent_at[i], i):
                continue
            if doc[i].pos_ == "VERB" and doc[i].is_lower:
                continue  # « X le juge incompétent »: the verb, after its object pronoun
            if i in ent_at:  # « le Souverain », capitalised as a mark of deference: no name
                self.mentions.remove(ent_at.pop(i))
            found = _match_role_noun(doc, i, table)
            if found is None:
                continue
            (occupation, gender), end = found
            role = _match_role_noun(doc, i, role_nouns())
            if role is not None and role[1] > end:
                continue  # « le prince héritier »: a role of one holder, which the noun only begins
            country = ""
            if end < len(doc) and doc[end].lower_ in nationalities():
                country, end = nationalities()[doc[end].lower_], end + 1
            after = doc[end] if end < len(doc) else None
            if after is not None and after.lower_ in OF and not _attribute_after(doc, end):
                named = self._named_after_complement(end + 1, ent_at)
                if named is not None and doc[named.start - 1].text == "," and self._completes_a_noun(i):
                    named = None  # « lors de la visite du roi des Pays-Bas, M. X reçoit ... »: the clause's subject, after the opening phrase
                if named is not None:  # « le juge de la Cour suprême X »: X's occupation
                    named.occupation, named.country = occupation, named.country or country or self._country_in_name(end + 1, ent_at)
                continue  # « le milliardaire de Facebook », « l'avocat de X »
            if after is not None and after.lower_ in INCOMING:
                continue  # « le député élu »
            start, bare = _role_start(doc, i), False
            if start is None:
                start, bare = self._bare_apposition_start(i, ent_at), True
                if start is None:
                    continue
            former = any(doc[j].lower_ in FORMER for j in range(start, i)) or _former_form(doc[i])
            if former:  # « l'ancien avocat », « l'ex-avocat »: no longer so, an occupation of its own
                occupation = FORMER_OCCUPATION + occupation
            # « le secrétaire particulier du pape, Paul Martin »: the name after the
            # comma is the head noun's, not that of the noun completing it
            completing = doc[start].lower_ in CONTRACTED or (start > 0 and doc[start - 1].lower_ in OF)
            if doc[start].lower_ in CONTRACTED:
                start += 1
            gender = gender or ("f" if _feminine(doc, start, i + 1) else "")
            comma = after is not None and after.text == ","
            person = None if comma and completing else ent_at.get(end + 1 if comma else self._past_coordinated_nouns(end))
            if person is None or person.start not in (end, end + 1, self._past_coordinated_nouns(end)):
                person = ent_at.get(start - 2) if start >= 2 and doc[start - 1].text == "," else None
                if person is not None and (person.end != start - 1 or person.kind is EntityKind.LOCATION or _opening_complement(doc, person.start, end)):
                    person = None  # « au palais de la ville, le Souverain »: a place before the comma
            if person is not None and person.kind is EntityKind.PERSON and person.named:
                person.occupation, person.country = occupation, person.country or country
                if gender:
                    person.title_gender = person.title_gender or gender
                self.occupation_nouns.update(range(start, end))
                continue  # the name is the mention: a common noun beside it is no alias of the person
            if not bare and person is None and after is not None and (after.text[:1].isupper() or after.pos_ in ("NOUN", "PROPN")):
                continue  # « le journaliste Le Monde », « l'avocat général »: not a description of one person
            if not bare and person is None and former and not any(m.named and m.occupation == occupation for m in self.mentions):
                continue  # « l'ancien banquier d'affaires » with no one described so: no mention, so that a pronoun after it keeps to the subject before
            if not bare and person is None:
                mention = _Mention(start, end, EntityKind.PERSON, span_text(doc[start:end]), named=False, occupation=occupation, country=country)
                mention.gender = gender or "any"
                if not country and not former:  # « le milliardaire »: a role noun too, placed as one where the document taught no one so
                    mention.role_class = role_nouns().get(span_text(doc[i:end]).lower(), "")
                self.mentions.append(mention)
                for k in range(start, end):
                    ent_at.setdefault(k, mention)

    def _occupation_read_as_name(self, m: _Mention, i: int) -> bool:
        """« le Souverain », « le Monarque »: the model read as a name (of a place, an
        organisation) an occupation noun capitalised after an article; one word, no person's name."""
        return (
            m.named and m.start == i and m.end == i + 1 and m.kind is not EntityKind.PERSON
            and i > 0 and self.doc[i - 1].lower_.replace("’", "'") in DETERMINERS and m in self.mentions
        )

    def _past_coordinated_nouns(self, i: int) -> int:
        """« l'avocate et essayiste Jeanne Morel »: past « et » and up to three
        nouns and adjectives at token i, where a name may follow; i itself otherwise."""
        doc = self.doc
        if i >= len(doc) or doc[i].lower_ != "et":
            return i
        j = i + 1
        while j < len(doc) and j - i <= 3 and doc[j].pos_ in ("NOUN", "ADJ") and not doc[j].ent_type_:
            j += 1
        return j if j > i + 1 else i

    def collect_demonyms(self) -> None:
        """« l'Américain Paul Martin » teaches the person a country; « l'Américain », « la
        Britannique » alone (a capitalised demonym after « le », « la », « l' ») describe a person,
        placed later among the persons in play."""
        doc = self.doc
        ent_at = {i: m for m in self.mentions for i in range(m.start, m.end)}
        table = nationalities()
        for i in numpy.flatnonzero(_DEMONYM.mask(self.orths, doc.vocab.strings)).tolist():
            word = doc[i].lower_
            if i == 0 or i in ent_at or doc[i - 1].lower_.replace("’", "'") not in ("le", "la", "l'"):
                continue
            after = ent_at.get(i + 1)
            if after is not None and after.kind is EntityKind.PERSON and after.start == i + 1 and after.named:
                after.country = table[word]
                continue
            if not doc[i].text[:1].isupper() or (i + 1 < len(doc) and (doc[i + 1].text[:1].isupper() or doc[i + 1].pos_ in ("ADJ", "NOUN"))):
                continue  # « l'Américain moyen » is nobody in particular
            mention = _Mention(i - 1, i + 1, EntityKind.PERSON, span_text(doc[i - 1 : i + 1]), named=False, country=table[word])
            mention.gender = {"le": "m", "la": "f"}.get(doc[i - 1].lower_, _morph_gender(doc[i]) or "any")
            self.mentions.append(mention)

    def collect_peoples(self) -> None:
        """« le peuple ukrainien », « du peuple français »: a nation's people after a definite
        article, with its adjective of nationality, stands for its country (placed later, once the
        named places have their clusters). Not « un peuple fier », nor a party's adjective."""
        doc = self.doc
        taken = self._taken_tokens()
        table = nationalities()
        for i in numpy.flatnonzero(_PEOPLE_NOUN.mask(self.orths, doc.vocab.strings)).tolist():
            if not 0 < i < len(doc) - 1 or {i, i + 1} & taken or doc[i - 1].lower_ not in PEOPLE_ARTICLES:
                continue
            country = table.get(doc[i + 1].lower_)
            known = self.r.gazetteer.canonical(country) if country else None
            if known is None or known[1] is not EntityKind.LOCATION:
                continue  # « le peuple socialiste »: a party's adjective, no country
            mention = _Mention(i, i + 2, EntityKind.LOCATION, span_text(doc[i : i + 2]), named=False, country=known[0])
            self.mentions.append(mention)
            taken.update((i, i + 1))

    def resolve_peoples(self) -> None:
        """A nation's people joins its country's cluster, made where the text does not name it."""
        for m in self.mentions:
            if m.kind is not EntityKind.LOCATION or m.named or not m.country or m.cluster:
                continue
            m.cluster = self.cluster_of_name(EntityKind.LOCATION, m.country)
            m.reason = f"a nation's people: {m.country}"

    def collect_role_pairs(self) -> None:
        """« les présidents russe et américain », « les dirigeants chinois et indien »: a plural
        role noun with two adjectives of nationality stands for two persons, each the holder of
        the role in one country, placed later among the persons in play."""
        doc = self.doc
        taken = self._taken_tokens()
        table, nouns = nationalities(), role_nouns()
        for i in numpy.flatnonzero(_DEMONYM.mask(self.orths, doc.vocab.strings)).tolist():
            if not (2 <= i and i + 2 < len(doc) and doc[i + 1].lower_ == "et" and doc[i + 2].lower_ in table and doc[i].is_lower):
                continue
            noun = doc[i - 1]
            if noun.i in taken or "Plur" not in noun.morph.get("Number") or noun.lemma_.lower() not in nouns or doc[i - 2].lower_ != "les":
                continue
            lemma = noun.lemma_.lower()
            roles = tuple(leader_role(lemma, Role(nouns[lemma], table[doc[k].lower_])) for k in (i, i + 2))
            if roles[0].qualifier == roles[1].qualifier:
                continue
            mention = _Mention(i - 2, i + 3, EntityKind.PERSON, span_text(doc[i - 2 : i + 3]), named=False, anaphor="roles", roles=roles)
            mention.number = "p"
            self.mentions.append(mention)

    def _unqualified_end(self, i: int) -> tuple[int, bool]:
        """Where a description without organisation ends, and whether it is one at all.

        "le PDG" and "le magnat de la technologie" are; "le directeur de campagne d'Hillary
        Clinton" names some other role and is left alone.
        """
        if i >= len(self.doc) or self.doc[i].lower_ not in OF:
            return i, True
        end = field_end(self.doc, i)
        return end, end > i

    def qualify(self, cls: str, i: int, ent_at: dict[int, _Mention]) -> tuple[Optional[Role], int]:
        """The qualifier after a role noun: an adjective of nationality or "de" + organisation;
        past a party's name right after the noun (« la maire LR de Calais »: Calais's mayor)."""
        doc = self.doc
        label = ent_at.get(i)
        if label is not None and label.start == i and label.kind is EntityKind.ORGANISATION and label.end < len(doc) and doc[label.end].lower_ in OF:
            role, end = self.qualify(cls, label.end, ent_at)
            if role is not None:
                return role, end
        if i < len(doc) and doc[i].lower_ in nationalities():
            # « le ministre français des Affaires étrangères »: the portfolio belongs to the description
            country = nationalities()[doc[i].lower_]
            j = i + 2 + (i + 2 < len(doc) and doc[i + 2].lower_ in ("la", "l'", "l’"))
            known = self._portfolio(cls, j) if i + 2 < len(doc) and doc[i + 1].lower_ in OF else None
            if known is not None:  # « la ministre française du Numérique »: France's minister of it; « italien »: Italy's
                role, end = known
                return (role if country == HOME_COUNTRY else Role(cls, f"{role.qualifier} ({country})")), end
            portfolio = self._named_complement(cls, i + 2) if i + 2 < len(doc) and doc[i + 1].lower_ in OF else None
            return leader_role(doc[i - 1].lower_, Role(cls, nationalities()[doc[i].lower_])), (portfolio[1] if portfolio else i + 1)
        opened = i + 1 < len(doc) and doc[i].lower_ in PORTFOLIO_OPENERS and doc[i + 1].lower_ in OF | PORTFOLIO_TO
        if opened:
            i += 1  # « ministre déléguée aux Affaires européennes », « chargé du Numérique »: the portfolio after it
        if i < len(doc) and (doc[i].lower_ in OF or opened):
            j = i + 1
            if j < len(doc) and doc[j].lower_ in ("la", "l'", "l’"):
                j += 1
            portfolio = self._portfolio(cls, j)
            if portfolio is not None:
                return portfolio
            org = ent_at.get(j)
            state = self._state_named_after(j, ent_at)
            if state is not None:
                org, j = state, state.start  # « le Prince héritier du Royaume de Bahreïn »: the country
            if org is not None and org.org_description is not None and org.start in (j - 1, j):
                # « le fondateur de la messagerie »: the organisation the description stands for, once placed
                return Role(cls, f"{PENDING}{org.start}"), org.end
            if org is not None and org.start in (j, j - 1) and org.start >= i + 1 and org.kind in (EntityKind.ORGANISATION, EntityKind.LOCATION):  # « de l'ONU », the article in its name
                known = self.r.gazetteer.canonical(clean_name(org.text))
                return leader_role(doc[i - 1].lower_, Role(cls, known[0] if known else clean_name(org.text))), org.end
            country = implied_countries().get(doc[j].lower_) if org is None and j < len(doc) else None
            k = j + 1 + (j + 1 < len(doc) and doc[j + 1].pos_ == "ADJ" and doc[j + 1].is_lower)  # « fédérative », « islamique »
            named_after = k + 1 < len(doc) and doc[k].lower_ in OF and doc[k + 1].text[:1].isupper()  # « de la République (arabe) d'Égypte »
            if country and named_after and k > j + 1:
                role, end = self.qualify(cls, k, ent_at)
                if role is not None:
                    return role, end  # « Président de la République arabe d'Égypte »: Egypt's
            if country and not named_after and not (j + 1 < len(doc) and (doc[j + 1].lower_ in nationalities() or doc[j + 1].text[:1].isupper())):
                return Role(cls, country), j + 1  # « le président de la République »: France's
            if country and j + 1 < len(doc) and doc[j + 1].lower_ in nationalities():
                return Role(cls, nationalities()[doc[j + 1].lower_]), j + 2  # « de la République hellénique »: Greece's
            named = self._named_complement(cls, j) if org is None else None
            if named is not None:
                return named
        return None, i

    def _state_named_after(self, j: int, ent_at: dict[int, _Mention]) -> Optional[_Mention]:
        """« Royaume de Bahreïn », « Principauté de Monaco »: a noun of a form of state
        (``state_form``) at token j and « de » before a place: that place's mention, else None."""
        doc = self.doc
        if j + 2 >= len(doc) or doc[j].lower_ not in STATE_FORMS or doc[j + 1].lower_ not in OF:
            return None
        k = j + 2 + (doc[j + 2].lower_ in ("la", "l'", "l’") and j + 3 < len(doc))
        place = ent_at.get(k)
        return place if place is not None and place.start == k and place.kind is EntityKind.LOCATION else None

    def _named_complement(self, cls: str, j: int) -> Optional[tuple[Role, int]]:
        """« le chef du Conseil », « la maire de Villeneuve-sur-Lot »: capitalised words the model
        did not read as a name, right after « de », qualify the role by themselves (up to four,
        hyphens included); a lower-case word there makes it no role of a named body."""
        doc = self.doc
        k = j
        while k < len(doc) and k - j < 4 and (doc[k].text[:1].isupper() and doc[k].is_alpha or (doc[k].text == "-" and k > j)):
            if k > j and any(m.start == k and m.named and m.kind is EntityKind.PERSON for m in self.mentions):
                break  # « le ministre de l'Intérieur Christophe Castaner »: the holder's name, after the portfolio
            k += 1
        while k > j and doc[k - 1].text == "-":
            k -= 1
        if k == j or any(doc[n].lower_ in role_nouns() for n in range(j, k)):
            return None
        while k < len(doc) and doc[k].is_lower and doc[k].pos_ == "ADJ" and doc[k].lower_ not in nationalities():
            k += 1  # « des Affaires étrangères »
        if k + 1 < len(doc) and doc[k].lower_ in OF and doc[k + 1].text[:1].isupper() and doc[k + 1].is_alpha:
            k += 2  # « de la République du Congo »
            while k < len(doc) and doc[k].text[:1].isupper() and doc[k].is_alpha and k - j < 6:
                k += 1
        return self._portfolio_of(cls, span_text(doc[j:k]), k)

    def _portfolio_of(self, cls: str, name: str, k: int) -> tuple[Role, int]:
        """The role of the portfolio or body ``name`` whose words end before token k, and the token
        after its description: another country's where an adjective of nationality follows (« le
        ministre de l'Intérieur espagnol »), France's with « français », else past a portfolio
        joined by « et » (:meth:`_joined_portfolio`)."""
        country = nationalities().get(self.doc[k].lower_) if k < len(self.doc) else None
        if country is not None and country != HOME_COUNTRY:
            return Role(cls, f"{name} ({country})"), k + 1
        if country is not None:
            return Role(cls, name), k + 1  # « le ministre de l'Intérieur français, X »
        return Role(cls, name), self._joined_portfolio(k)

    def _portfolio(self, cls: str, j: int) -> Optional[tuple[Role, int]]:
        """« le ministre de l'Intérieur », « la ministre de l'Europe et des affaires étrangères »,
        in capitals or not: a portfolio of ``portfolios.tsv`` at token j gives a minister's role
        by its name there (France's, or with an adjective of nationality after it that country's),
        and the token after its words; None where none is written there."""
        if cls not in PORTFOLIO_HOLDERS:
            return None
        doc, found = self.doc, portfolio_at(self.doc, j)
        if found is None:
            return None
        name, k = found
        abroad = self._country_complement(k)
        if abroad is not None and abroad[0] != HOME_COUNTRY:
            return Role(cls, f"{name} ({abroad[0]})"), abroad[1]  # « le ministre des affaires étrangères d'Arménie »
        if abroad is None and k + 1 < len(doc) and doc[k].lower_ in OF and doc[k + 1].pos_ == "PROPN":
            return None  # « le ministre de l'Intérieur de Nicolas Sarkozy »: of that one's government, not the date's
        return self._portfolio_of(cls, name, k)

    def _country_complement(self, k: int) -> Optional[tuple[str, int]]:
        """« d'Arménie », « de la Tunisie », « du Mali » at token k: the country named after « de »,
        and the token after its words; None where no country is named there."""
        doc = self.doc
        if k >= len(doc) or doc[k].lower_ not in OF:
            return None
        j = k + 1 + (k + 1 < len(doc) and doc[k + 1].lower_ in ("la", "l'", "l’"))
        for n in (4, 3, 2, 1):
            if j + n <= len(doc) and (name := span_text(doc[j : j + n])) in countries():
                return name, j + n
        return None

    def _joined_portfolio(self, k: int) -> int:
        """Where a portfolio joined by « et » ends (« ministre de l'Économie et des Finances »,
        « de la Culture et de la Communication »): the role keeps its first part as its name,
        and its words reach to the end of the second, where an apposed name may follow."""
        doc = self.doc
        j = k + 1
        if k >= len(doc) or doc[k].lower_ != "et" or j >= len(doc) or doc[j].lower_ not in OF:
            return k
        j += 1 if doc[j].lower_ == "de" and j + 1 < len(doc) and doc[j + 1].lower_ in ("la", "l'", "l’") else 0
        j += 1
        n = j
        people = {m.start for m in self.mentions if m.named and m.kind is EntityKind.PERSON}
        while n < len(doc) and n - j < 5 and not (n > j and n in people) and (
            doc[n].text[:1].isupper() and doc[n].text.replace("-", "").isalpha() or doc[n].text == "-" or (n > j and doc[n - 1].text == "-")
        ):
            n += 1  # « des Outre-mer », not into the name after it (« et de l'Europe Jeanne Morel »)
        return n if n > j else k

    # -- pronouns and pronoun-like descriptions -----------------------------------------------
    def collect_anaphors(self) -> None:
        doc = self.doc
        taken = self._taken_tokens()
        named = frozenset(m.start for m in self.mentions if m.named and m.kind is EntityKind.PERSON)
        table = anaphors()
        text = doc_text(doc)
        i = 0
        # only where an anaphor may start (not a space, a prefix of an anaphor); i moves past each one found
        for at in self.r.positions(doc, self.orths, self.r._may_start_anaphor):
            if at < i:
                continue
            i = at
            hit, words = None, ""
            first = doc[i]
            if first.whitespace_ and _norm(first.text) not in _anaphor_heads() and not any(ch.isspace() for ch in first.text):
                i += 1  # a word and a space: no anaphor goes on from here
                continue
            # the texts of the spans of 5 to 1 tokens from i (« les deux chefs d'État »), as
            # Span.text gives them, sliced from the doc's text (no span made)
            for n in (5, 4, 3, 2, 1):
                if i + n <= len(doc) and not taken.intersection(range(i, i + n)):
                    last = doc[i + n - 1]
                    words = _norm(text[first.idx : last.idx + len(last)])
                    if words in table:
                        hit = n
                        break
            if hit is None:
                i += 1
                continue
            gender, number, rule = table[words]
            last = doc[i + hit - 1]
            if words in ("il", "elle", "ils", "elles", "-il") and (_impersonal(last) or _after_preposition(doc, i) or _concessive_quel(doc, i)):
                i += hit
                continue
            end, age = i + hit, ""
            if last.pos_ == "NOUN" and self._named_in_apposition(end, named):
                i = end  # « l'homme le plus riche du pays, X, »: the name that follows, no anaphor
                continue
            if _of_rights(doc, i):
                i = end  # « les droits (élémentaires) de l'homme »: mankind, no one in play
                continue
            if rule == "pair" and _restricted_pair(doc, end):
                i = end  # « les deux candidats du second tour »: which two, the text alone does not say
                continue
            if rule == "age":
                age = _age_after(doc, end, comma=False)
                if age:
                    end += 3
            mention = _Mention(i, end, EntityKind.PERSON, span_text(doc[i:end]), named=False, anaphor=rule, age=age)
            # « les deux dirigeants »: a masculine plural of any gender the table says so of
            # the table's gender, or the noun's (« les deux dirigeants »); never a clitic's tag (« -ci »)
            mention.gender = gender if gender == "any" else (_morph_gender(last) if last.pos_ in ("NOUN", "ADJ") else "") or gender
            mention.number = {"Plur": "p", "Sing": "s"}.get(next(iter(last.morph.get("Number")), ""), number)
            if words in ("il", "elle") and self._interrupted_of_gender(i, mention.gender):
                mention.anaphor = "interrupted"  # « M. Y. Elle a raison ! » in Mme X's question: X
            self.mentions.append(mention)
            i = end

    def _named_in_apposition(self, end: int, named: frozenset[int]) -> bool:
        """Whether the noun phrase of a description ending at token ``end`` goes on without a
        verb to a comma and a person's name (« l'homme le plus riche du pays, X »), or to the
        name itself (« l'homme d'affaires X »)."""
        doc = self.doc
        k = end
        while k < len(doc) and k - end < APPOSED_DESCRIPTION_WORDS and doc[k].pos_ in ("DET", "ADJ", "ADV", "NOUN", "ADP", "PROPN", "NUM") and k not in named:
            k += 1
        if k < len(doc) and k in named and doc[k - 1].pos_ in ("NOUN", "ADJ"):
            return True  # the description right before the name, as a title
        return k + 1 < len(doc) and doc[k].text == "," and past_gloss(doc, k + 1) in named

    def _positions_of(self, words: frozenset[str]) -> list[int]:
        """The tokens whose form is one of ``words`` (lower case, or capitalised), in order."""
        return self.r.positions(self.doc, self.orths, _form_test(words))

    def collect_counterparts(self) -> None:
        """« X a reçu son homologue sénégalais »: a possessive, a noun of counterpart and a
        nationality make a mention of the one who holds the possessor's role in that country
        (:meth:`_resolve_counterpart`); not where a name follows (« son homologue sénégalais Y »: Y)."""
        doc = self.doc
        taken = self._taken_tokens()
        for i in self._positions_of(COUNTERPART_NOUNS):  # the words, found at once
            if not 0 < i < len(doc) - 1 or doc[i - 1].lower_ not in COUNTERPART_OWNERS or doc[i + 1].lower_ not in nationalities():
                continue
            if i - 1 in taken or i + 1 in taken or i + 2 in taken:
                continue  # « son homologue américain Donald Trump »: the name is the mention
            mention = _Mention(i - 1, i + 2, EntityKind.PERSON, span_text(doc[i - 1 : i + 2]), named=False, anaphor="counterpart")
            mention.country, mention.gender = nationalities()[doc[i + 1].lower_], "any"
            self.mentions.append(mention)

    def _taken_tokens(self) -> set[int]:
        """The tokens the mentions found so far cover, where no other mention may start."""
        return {i for m in self.mentions for i in range(m.start, m.end)}

    def collect_guests(self) -> None:
        """« X a reçu Y. Il a félicité son invité »: a possessive and a noun of guest or host make
        a mention of the one the possessor received, or was received by (:meth:`_resolve_guest`);
        not where a name follows (« son invité Y »: Y)."""
        doc = self.doc
        taken = self._taken_tokens()
        for i in self._positions_of(GUEST_NOUNS | HOST_NOUNS):
            if not 0 < i < len(doc) or doc[i - 1].lower_ not in COUNTERPART_OWNERS or i - 1 in taken or i in taken or i + 1 in taken:
                continue
            rule = "guest" if doc[i].lower_ in GUEST_NOUNS else "host"
            mention = _Mention(i - 1, i + 1, EntityKind.PERSON, span_text(doc[i - 1 : i + 1]), named=False, anaphor=rule)
            mention.gender = "any"
            self.mentions.append(mention)

    def collect_acts_taken_up(self) -> None:
        """« La Cour annule le scrutin. Cette décision est saluée par Y »: a demonstrative and a
        noun of an act (``act_taken_up``) that opens its sentence, with no « de » after it to
        name the act's author, make a mention of the author: the subject of the sentence before
        (:meth:`_resolve_act_taken_up`)."""
        doc = self.doc
        taken = self._taken_tokens()
        for i in self._positions_of(DEMONSTRATIVE_DETERMINERS):
            j = i + 1
            while j < len(doc) and doc[j].pos_ == "ADJ":
                j += 1  # « cette décision inédite », « ces derniers propos »
            if j >= len(doc) - 1 or doc[j].lower_ not in ACTS_TAKEN_UP | WORDS_TAKEN_UP or doc[i].pos_ != "DET" or any(k in taken for k in range(i, j + 1)):
                continue
            k = j + 1
            while k < len(doc) and doc[k].pos_ == "ADJ":
                k += 1
            if k < len(doc) and doc[k].lower_ in ("de", "du", "des", "d'", "d’"):
                continue  # « cette décision de la Cour »: the author named
            if i != doc[i].sent.start and not (i - 1 == doc[i].sent.start and doc[i - 1].pos_ == "CCONJ"):
                continue  # only where it opens its sentence (« Mais cette décision ... »)
            if doc[j].head.lemma_.lower() in ACT_MAKING_VERBS:
                continue  # « Cette décision a été prise par X »: its author named by its own verb
            mention = _Mention(i, j + 1, EntityKind.ORGANISATION, span_text(doc[i : j + 1]), named=False, anaphor="act_taken_up")
            self.mentions.append(mention)

    def collect_possessives(self) -> None:
        """« son compte », « sa candidature », « ses vidéos »: a possessive before a noun for
        what a party owns or does (``party_actions.txt``) stands for its owner, a person
        (:meth:`_resolve_possessive`); the relations read the noun as that person's."""
        doc = self.doc
        taken = self._taken_tokens()
        for i in numpy.flatnonzero(_POSSESSIVE.mask(self.orths, doc.vocab.strings)).tolist():
            j = i + 1
            while j < len(doc) and doc[j].pos_ == "ADJ":
                j += 1  # « son ancien compte »
            if i in taken or doc[i].pos_ != "DET" or j >= len(doc):
                continue
            if doc[j].lemma_.lower() in DISSOLVED_NOUNS and doc[i].lower_ in ("sa", "son"):
                self.mentions.append(_Mention(i, i + 1, EntityKind.ORGANISATION, doc[i].text, named=False, anaphor="dissolved"))
            elif doc[j].lemma_.lower() in owned_nouns() or doc[j].lower_ in owned_nouns() or doc[j].lemma_.lower() in DEFENDED_NOUNS or _beside(doc, i, j):
                # « prend sa défense », « à ses côtés »; « son tête-à-tête », whose lemma the model writes with spaces
                self.mentions.append(_Mention(i, i + 1, EntityKind.PERSON, doc[i].text, named=False, anaphor="possessive"))

    def collect_object_clitics(self) -> None:
        """« qui l'ont banni », « Morano l'avait critiquée »: an object pronoun right before a
        verb or its auxiliary stands for a person (:meth:`_resolve_object`)."""
        doc = self.doc
        taken = self._taken_tokens()
        for i in numpy.flatnonzero(_OBJECT_CLITIC.mask(self.orths, doc.vocab.strings)).tolist():
            if i in taken or i + 1 >= len(doc):
                continue
            if _before_adverbial_pronoun(doc, i):
                self.mentions.append(_Mention(i, i + 1, EntityKind.PERSON, doc[i].text, named=False, anaphor="object", gender=CLITIC_GENDERS.get(doc[i].lower_, "any")))
                continue  # « je l'en remercie », « je lui en sais gré »
            if not (doc[i + 1].pos_ in ("AUX", "VERB") or verb_after_subject(doc, i)):
                continue
            gerund = i > 0 and doc[i - 1].lower_ == "en" and _gerund(doc[i + 1])  # « en l'accusant »
            if _after_preposition(doc, i + 1) and not _infinitive(doc[i + 1]) and not gerund:
                continue
            if doc[i + 1].lemma_ == "être":
                continue  # « s'il croit l'être »: the attribute of « être » is a thing said before
            if i > 0 and doc[i - 1].pos_ == "ADP" and not _infinitive(doc[i + 1]) and not gerund:
                continue  # « à la », « de la »: an article; not before an infinitive (« tient à la féliciter ») nor a gerund (« en lui reprochant »)
            gender = {"le": "m", "la": "f"}.get(doc[i].lower_, "any")
            if gender == "any" and _agrees_in_feminine(doc, i + 1):
                gender = "f"  # « Luc l'a forcée à ... »: the participle agrees with the pronoun
            elif doc[i].lower_ in ("l'", "l’") and _agrees_in_masculine(doc, i + 1):
                gender = "m"  # « Z l'a félicité »: no woman (a dative « lui » agrees with nothing)
            self.mentions.append(_Mention(i, i + 1, EntityKind.PERSON, doc[i].text, named=False, anaphor="object", gender=gender))

    def collect_plural_object_clitics(self) -> None:
        """« Je les félicite », « il leur a rendu hommage »: a plural object pronoun right before
        a verb or its auxiliary (or before « en ») stands for the persons a list names
        (:meth:`_resolve_plural_object`)."""
        doc = self.doc
        taken = self._taken_tokens()
        for i in self._positions_of(PLURAL_OBJECT_CLITICS):
            if i in taken or i + 1 >= len(doc) or doc[i].pos_ != "PRON":
                continue
            if doc[i + 1].pos_ in ("AUX", "VERB") or _before_adverbial_pronoun(doc, i):
                self.mentions.append(_Mention(i, i + 1, EntityKind.PERSON, doc[i].text, named=False, anaphor="plural_object", number="p"))

    def collect_left_clitics(self) -> None:
        """« Il en est exclu en 1999 »: « en » before the verb of a ban one undergoes stands for
        what one is banned from, an organisation (:meth:`_resolve_left`); so does « en » before a
        verb of receiving a backing (« membre d'aucun parti, il en a reçu le soutien »)."""
        doc = self.doc
        taken = self._taken_tokens()
        for i in self._positions_of(frozenset({"en"})):
            if not 0 < i < len(doc) - 1 or i in taken or doc[i].pos_ != "PRON":
                continue
            j = i + 1
            while j < len(doc) and doc[j].pos_ == "AUX":
                j += 1  # « en a été », « en est »
            if j == i + 1 or j >= len(doc) or (doc[j].lemma_.lower() not in LEFT_BY_BAN and not _backing_received(doc, j)):
                continue
            self.mentions.append(_Mention(i, i + 1, EntityKind.ORGANISATION, doc[i].text, named=False, anaphor="left"))

    def _resolve_left(self, m: _Mention) -> None:
        """« Membre du parti P, il en est exclu », « Il adhère au parti P en 1990. Il en est exclu
        en 1999. »: the last organisation named before it in its sentence, else the one
        organisation the sentence before names; else unresolved."""
        here = self.sent_of[m.start]
        same = [r for r in self.mentions if r.cluster and r.end <= m.start and self.sent_of.get(r.start) == here and self.clusters[r.cluster].kind is EntityKind.ORGANISATION]
        if same:
            m.cluster, m.reason = same[-1].cluster, "« en » (the organisation named before it in its sentence)"
            return
        before = self._organisations_in(here - 1)
        if len(before) == 1:
            m.cluster, m.reason = before.pop(), "« en » (the one organisation the sentence before names)"
        else:
            m.reason = f"« en », {len(before) or 'no'} organisations in the sentence before"

    def collect_stressed_pronouns(self) -> None:
        """« Y a porté plainte contre lui », « X a dîné avec elle »: a stressed pronoun after a
        preposition of a relation stands for a person who is not the subject of its clause
        (:meth:`_resolve_object`)."""
        doc = self.doc
        taken = self._taken_tokens()
        for i in numpy.flatnonzero(_STRESSED.mask(self.orths, doc.vocab.strings)).tolist():
            if i in taken or i == 0 or doc[i - 1].lower_ not in STRESSED_PREPOSITIONS or doc[i].pos_ != "PRON":
                continue
            if i + 1 < len(doc) and doc[i + 1].lower_.startswith(("-même", "même")):
                continue  # « contre lui-même »
            gender = "f" if doc[i].lower_ in ("elle", "elles") else "m"
            if doc[i].lower_ in ("eux", "elles"):  # « je me suis entretenu avec eux »: the pair named before
                self.mentions.append(_Mention(i, i + 1, EntityKind.PERSON, doc[i].text, named=False, anaphor="plural_stressed", gender=gender))
                continue
            self.mentions.append(_Mention(i, i + 1, EntityKind.PERSON, doc[i].text, named=False, anaphor="object", gender=gender, stressed=True))

    def _signed_letter(self) -> tuple[str, str]:
        """:func:`signed_letter` of the text, read only where a word of a closing formula stands
        (« prie », « veuillez »): building the text of every document would cost its tokens."""
        if numpy.flatnonzero(_CLOSING_WORDS.mask(self.orths, self.doc.vocab.strings)).size == 0:
            return "", ""
        return signed_letter(doc_text(self.doc))

    def _voices(self) -> tuple[str, str]:
        """(speaker, addressee) of the text's « je » and « vous » outside quotes: the one speaker of
        a transcript and the addressee of a letter its title names, else the writer and the
        addressee of a letter signed at its end (:func:`signed_letter`). Read once."""
        if self._voice_names is None:
            title = self.doc._.tpg_title or ""
            speaker, addressee = transcript_speaker(title) or title_role_speaker(title, self.date, self.r.table) or self._greeted(), letter_addressee(title)
            if not speaker and (heading := self._heading()):
                speaker = transcript_speaker(heading)  # « Bilan du mois - Intervention de M. X, représentant ... - 31 août 2015 »
            if not speaker:  # « Toast prononcé à l'occasion du dîner ... » then « Toast prononcé par M. X, ... »: a second heading line
                for line in self._opening_lines()[1:]:
                    if (speaker := transcript_speaker(line)):
                        addressee = addressee or speech_guest(line)
                        break
            if not speaker:
                speaker, signed_to = self._signed_letter()
                addressee = addressee or signed_to if speaker else ""
            elif not addressee and (signed := self._signed_letter())[0]:  # a letter whose title names its writer alone
                addressee = signed[1]
            addressee = addressee or speech_guest(title) or (salutation_addressee(doc_text(self.doc)) if speaker and _letter_kind(" ".join(title.split())) else "")
            self._voice_names = (speaker, addressee)
        return self._voice_names

    def collect_first_person(self) -> None:
        """« « Je soutiens Y », a déclaré X »: « je » and a subject « nous » in quoted speech are
        its speaker, a mention placed by :meth:`_resolve_speaker`. In the transcript of one
        speaker that its title names (« Déclaration de M. Paul Martin, ministre ..., sur ... »),
        « je » and a subject « nous » outside quotes are that speaker
        (:meth:`_resolve_title_speaker`), except in the journalists' questions."""
        doc = self.doc
        taken = self._taken_tokens()
        speaker, addressee = self._voices()
        title = doc._.tpg_title or ""
        joint = bool(joint_press_speakers(title))
        roles_joint = bool(self._joint_speakers())
        for i in numpy.flatnonzero(_FIRST_PERSON.mask(self.orths, doc.vocab.strings)).tolist():
            if i in taken or doc[i].pos_ != "PRON" or (doc[i].lower_ == "moi" and (i == 0 or doc[i - 1].pos_ != "ADP") and not _joined_me(doc, i) and not cleft_subject(doc, i)):
                continue
            if doc[i].lower_ == "-moi" and not asked_leave(doc, i):
                continue  # « Permettez-moi de saluer Y »: the speaker; not « dites-moi »
            if doc[i].lower_ in FIRST_PERSON_CLITICS and not first_person_object(doc, i):
                continue  # « je me félicite », « je m'en réjouis »: reflexive, no party of its own
            if self.in_quote(i):
                self.mentions.append(_Mention(i, i + 1, EntityKind.PERSON, doc[i].text, named=False, anaphor="speaker"))
            elif joint and self._joint_turn_speaker(line_bounds(doc, i, i + 1)[0], title) is not None:  # « LE PRÉSIDENT BUSH – ... je »
                self.mentions.append(_Mention(i, i + 1, EntityKind.PERSON, doc[i].text, named=False, anaphor="joint_press_speaker"))
            elif speaker and not self._in_question(i):
                self.mentions.append(_Mention(i, i + 1, EntityKind.PERSON, doc[i].text, named=False, anaphor="title_speaker"))
            elif self._turn_speaker(i):  # « M. Jean Martin : Je suis heureux d'accueillir ... »
                self.mentions.append(_Mention(i, i + 1, EntityKind.PERSON, doc[i].text, named=False, anaphor="turn_speaker"))
            elif roles_joint and not self._in_question(i):  # « Conférence de presse conjointe de M. X et de M. Y »
                self.mentions.append(_Mention(i, i + 1, EntityKind.PERSON, doc[i].text, named=False, anaphor="joint_press_speaker"))
        if speaker:
            for i in numpy.flatnonzero(_ON.mask(self.orths, doc.vocab.strings)).tolist():
                if i not in taken and _only_can(doc, i) and not self.in_quote(i) and not self._in_question(i):
                    # « on ne peut que saluer sa victoire »: the speaker's own stance, said of anyone
                    self.mentions.append(_Mention(i, i + 1, EntityKind.PERSON, doc[i].text, named=False, anaphor="title_speaker"))
        for i in numpy.flatnonzero(_YOU.mask(self.orths, doc.vocab.strings)).tolist():
            if i in taken or doc[i].pos_ != "PRON":
                continue
            if self.in_quote(i):
                if doc[i].lower_ == "vous" and self._told_addressee(i) is not None:  # « X a lancé à Y : « Vous mentez » »
                    self.mentions.append(_Mention(i, i + 1, EntityKind.PERSON, doc[i].text, named=False, anaphor="told_addressee"))
                elif doc[i].lower_ == "vous" and self._quoted_call(i) is not None:  # « « Vous avez raison, Y ! », a lancé X »
                    self.mentions.append(_Mention(i, i + 1, EntityKind.PERSON, doc[i].text, named=False, anaphor="quoted_call"))
                continue
            if speaker and addressee and not self._in_question(i):
                # « je vous adresse mes félicitations »: the object before its verb, as « lui »; « vous avez remporté »
                self.mentions.append(_Mention(i, i + 1, EntityKind.PERSON, doc[i].text, named=False, anaphor="title_addressee"))
            elif doc[i].lower_ == "vous" and (reading := self._addressee_reading(i)):
                self.mentions.append(_Mention(i, i + 1, EntityKind.PERSON, doc[i].text, named=False, anaphor=reading))
            elif speaker and doc[i].lower_ == "vous" and self._in_question(i) and not self._turn_at(i)[2]:
                # « Clairement, elle vous qualifie d'empoisonneur » in a journalist's question: the one interviewed;
                # not in another's turn of minutes, who may speak to anyone
                self.mentions.append(_Mention(i, i + 1, EntityKind.PERSON, doc[i].text, named=False, anaphor="interviewee"))
        named = {m.start for m in self.mentions if m.named}
        happening = {i for m in self.mentions if m.kind is EntityKind.EVENT for i in range(m.start, m.end)}  # « notre entretien en juin »: no party named
        for i in numpy.flatnonzero(_MY.mask(self.orths, doc.vocab.strings)).tolist():
            if i in taken or doc[i].pos_ != "DET" or i + 1 >= len(doc) or doc[i + 1].pos_ not in ("NOUN", "ADJ", "ADV"):
                continue
            if self._named_after_possessive(i, (named | taken) - happening):
                continue  # « mon collègue X », « notre Homologue et Frère S.E X »: the name is the party, not the speaker
            if self.in_quote(i):  # « « Mon soutien à Y est total », a dit X »
                self.mentions.append(_Mention(i, i + 1, EntityKind.PERSON, doc[i].text, named=False, anaphor="speaker"))
            elif speaker and not self._in_question(i):
                self.mentions.append(_Mention(i, i + 1, EntityKind.PERSON, doc[i].text, named=False, anaphor="title_speaker"))
            elif self._turn_speaker(i):
                self.mentions.append(_Mention(i, i + 1, EntityKind.PERSON, doc[i].text, named=False, anaphor="turn_speaker"))
            elif joint and self._joint_turn_speaker(line_bounds(doc, i, i + 1)[0], title) is not None:  # « PRESIDENT X - Nos entretiens avec Y »
                self.mentions.append(_Mention(i, i + 1, EntityKind.PERSON, doc[i].text, named=False, anaphor="joint_press_speaker"))
        for i in numpy.flatnonzero(_YOUR.mask(self.orths, doc.vocab.strings)).tolist():
            if i in taken or doc[i].pos_ != "DET" or self._owned_company(i):
                continue  # « Monsieur Y, X a marqué sa préférence pour votre entreprise »: Y's company, not Y
            if self.in_quote(i):
                if self._told_addressee(i) is not None:  # « X a écrit à Y : « Votre décision ... » »
                    self.mentions.append(_Mention(i, i + 1, EntityKind.PERSON, doc[i].text, named=False, anaphor="told_addressee"))
                continue
            if speaker and addressee and not self._in_question(i):  # « Merci, Madame, pour vos propos » to the one a title names
                self.mentions.append(_Mention(i, i + 1, EntityKind.PERSON, doc[i].text, named=False, anaphor="title_addressee"))
            elif reading := self._addressee_reading(i):  # « Madame Morel, je salue votre engagement »
                self.mentions.append(_Mention(i, i + 1, EntityKind.PERSON, doc[i].text, named=False, anaphor=reading))
        for i in numpy.flatnonzero(_WE.mask(self.orths, doc.vocab.strings)).tolist():
            after_company = i > 0 and doc[i - 1].lower_ in COMPANY_PREPOSITIONS  # « votre présence parmi nous »
            if i in taken or doc[i].pos_ != "PRON" or not (doc[i].dep_.startswith("nsubj") or _before_reflexive_we(doc, i) or cleft_subject(doc, i) or first_person_object(doc, i) or after_company):
                continue
            if self.in_quote(i):  # « « Nous avons déjeuné avec Y », a expliqué X »: X was there
                self.mentions.append(_Mention(i, i + 1, EntityKind.PERSON, doc[i].text, named=False, anaphor="speaker"))
            elif self._speaks_for_france() and not self._in_question(i):  # « Nous saluons la Mission britannique » at the Security Council
                self.mentions.append(_Mention(i, i + 1, EntityKind.LOCATION, doc[i].text, named=False, anaphor="france_voice"))
            elif speaker and not self._in_question(i):
                self.mentions.append(_Mention(i, i + 1, EntityKind.PERSON, doc[i].text, named=False, anaphor="title_speaker"))
            elif self._turn_speaker(i):  # « M. Jean Martin, président. - Nous accueillons ... »
                self.mentions.append(_Mention(i, i + 1, EntityKind.PERSON, doc[i].text, named=False, anaphor="turn_speaker"))
            elif joint_declarants(self.doc._.tpg_title or ""):  # « Déclaration conjointe de MM. X et Y »: « nous » is both
                self.mentions.append(_Mention(i, i + 1, EntityKind.PERSON, doc[i].text, named=False, anaphor="joint_declarants"))
            elif joint_countries(self.doc._.tpg_title or ""):  # « Déclaration commune des ministères ... de la France et de l'Allemagne »
                self.mentions.append(_Mention(i, i + 1, EntityKind.LOCATION, doc[i].text, named=False, anaphor="joint_countries"))
            elif roles_joint and not self._in_question(i):  # « nous nous étions croisés », said at a joint press conference
                self.mentions.append(_Mention(i, i + 1, EntityKind.PERSON, doc[i].text, named=False, anaphor="joint_press_we"))
            elif self._unnamed_committee() and not self._labelled_turns() and not self._in_question(i):
                # « Nous recevons M. X » in a hearing's record that names no speaker: the committee it names by its noun
                self.mentions.append(_Mention(i, i + 1, EntityKind.ORGANISATION, doc[i].text, named=False, anaphor="committee_voice"))

    def _owned_company(self, i: int) -> bool:
        """The possessive at token i owns a company named by a description of one
        (``org_descriptions.tsv`` of type « company »: « votre société », « votre groupe »): the
        company is another party than its owner, and the possessive names neither."""
        doc = self.doc
        j = i + 1
        while j < len(doc) and doc[j].pos_ == "ADJ":
            j += 1  # « votre jeune entreprise »
        found = descriptions().get(doc[j].lower_) if j < len(doc) else None
        return found is not None and found.type == "company"

    def _addressee_reading(self, i: int) -> str:
        """How the « vous » or « votre » at token i names the one spoken to, as the anaphor its
        mention gets, tried in this order: called on by name (« Madame Morel, je salue votre
        engagement »), by role (« Monsieur le ministre, ... »), interrupted (« M. Y. Cela suffit avec
        vos méthodes ! »), called on before an interjection, asked by a question, called on by name
        earlier in a turn of minutes or in a text of one voice, heard at a hearing; "" for none."""
        if self._vocative(i) is not None:
            return "vocative"
        if self._called_role(i):
            return "called_role"
        if self._interrupted(i):
            return "interrupted"
        if self._resumed_vocative(i) is not None:
            return "resumed_vocative"
        if self._question_addressee(i) is not None:
            return "question_addressee"
        if self._turn_vocative(i) is not None:
            return "turn_vocative"
        if self._speech_vocative(i) is not None:
            return "speech_vocative"
        if self._welcomed_guest(i) is not None:
            return "welcomed_guest"
        return "hearing_guest" if self._hearing_guest(i) else ""

    def _called_role(self, i: int) -> str:
        """The name of the one the line of « vous » or « votre » (token i) calls on by role in
        minutes, from the chair's « La parole est à M. X, ministre de ... » (:meth:`_floors`): « Monsieur le
        député, vous ... » in the turn the chair gave to its speaker, the one the chair gave the
        floor to before (the one who asked); « Monsieur le ministre de l'intérieur, vous ... », the
        next one the chair gives it to, where the chair names that role; else ""."""
        if i not in self._called_names:
            turn = self._turn_at(i)
            called = _called_role_words(self.doc, *line_bounds(self.doc, i, i + 1)) if turn is not None and not turn[1] and turn[2] else ""
            if not called and turn is not None and not turn[1] and turn[2]:
                called = self._called_earlier_in_turn(i)  # « Cette promesse, monsieur le Premier ministre, ... » lines before « Vous mentez ! »
            if called and turn is not None:
                gender = _called_gender(self.doc, *line_bounds(self.doc, i, i + 1))
                self._called_names[i] = self._called_by_the_chair(turn, called) or self._called_in_turns(turn, called, gender) or self._called_by_table(called)
            elif turn is not None and not turn[1] and turn[2] and self._answering(turn) and self._right_after_the_floor(turn):
                # « Je vous remercie de votre engagement » in a minister's answer that calls no one: the one who
                # asked; not once a shout from the benches has broken the answer, which may then speak to it
                self._called_names[i] = self._asker_by_the_chair(turn)
            else:
                self._called_names[i] = ""
        return self._called_names[i]

    def _called_earlier_in_turn(self, i: int) -> str:
        """The role the last earlier line of the same speaker's turn called on, past the short
        shouts of others between them (« Cette promesse, monsieur le Premier ministre, était la
        vôtre » ... « Vous mentez ! »); "" where the line of token i calls on anyone itself, or
        where a long turn of another speaker, or the chair, comes between."""
        doc = self.doc
        if any(doc[k].lower_ in VOCATIVES for k in range(*line_bounds(doc, i, i + 1))):
            return ""  # « Mesdames et messieurs, vous ... »: a call of its own
        starts = [start for start, _own, _label in self._turns]
        n = bisect_right(starts, i) - 1
        label = self._turns[n][2]
        for k in range(n - 1, -1, -1):
            start, own, other = self._turns[k]
            end = starts[k + 1]
            if other == label and not own:
                called = _called_role_words(doc, start, end)
                if called:
                    return called
            elif not other or end - start > INTERJECTION_TOKENS:
                return ""  # the chair, or another's turn
        return ""

    def _called_by_table(self, called: str) -> str:
        """« Monsieur le Premier ministre, vous ... » where no chair's line names the one called:
        the one holder the role table gives on the document's date, for a role that names its
        country or portfolio by itself (``implied_countries.tsv``); else ""."""
        role = implied_role(called)
        return (self.r.table.holder(role, self.date) or "") if role is not None and self.date is not None else ""

    def _answering(self, turn: tuple[int, bool, str]) -> bool:
        """The turn's label gives its speaker a role that answers questions (« M. X, ministre de
        l'intérieur. », ``answering_role``)."""
        doc = self.doc
        line = doc[turn[0] : line_bounds(doc, turn[0], turn[0] + 1)[1]].text
        label = line.split(" ", 1)[-1].split(". ")[0].lower().replace(",", " ")
        return any(word in label.split() for word in ANSWERING_ROLES)

    def _right_after_the_floor(self, turn: tuple[int, bool, str]) -> bool:
        """The turn is the first one after the chair's last line before it: no labelled turn (a shout
        from the benches, the same speaker's words before it) stands between them."""
        before = [f.at for f in self._floors() if f.at < turn[0]]
        return bool(before) and not any(before[-1] < t[0] < turn[0] and t[2] for t in self._turns)

    def _asker_by_the_chair(self, turn: tuple[int, bool, str]) -> str:
        """The one the chair gave the floor to right before the turn's speaker (the one who asked),
        where the chair gave it to that speaker last; else ""."""
        floors = self._floors()
        own = name_key(clean_name(turn[2]))
        before = [f for f in floors if f.at < turn[0]]
        if len(before) < 2 or name_key(before[-1].name) != own:
            return ""  # the turn is not the one the chair gave last: no answer to read
        return before[-2].name if name_key(before[-2].name) != own else ""

    def _asker_in_turns(self, turn: tuple[int, bool, str], gender: str = "") -> str:
        """The speaker of the last long turn before the turn (the question, not a shout from the
        benches), where the chair's lines do not tell, of the ``gender`` the call gives (« madame la
        députée »: not « M. X »); else ""."""
        doc, own = self.doc, clean_name(turn[2])
        others = [t for t in self._turns if t[2] and not t[1] and name_key(clean_name(t[2])) != name_key(own) and _of_gender(t[2], gender)]
        ends = {t[0]: e for t, e in zip(self._turns, [*(u[0] for u in self._turns[1:]), len(doc)])}
        asked = [t for t in others if t[0] < turn[0] and ends[t[0]] - t[0] >= QUESTION_WORDS]
        return clean_name(asked[-1][2]) if asked else ""

    def _called_by_the_chair(self, turn: tuple[int, bool, str], called: str) -> str:
        """:meth:`_called_role` read from the chair's lines that give the floor by name."""
        if called.split()[0] in ASKING_ROLES:
            return self._asker_by_the_chair(turn)
        own = name_key(clean_name(turn[2]))
        after = [f for f in self._floors() if f.at > turn[0] and name_key(f.name) != own]
        if after and called in after[0].role:
            return after[0].name
        return ""

    def _called_in_turns(self, turn: tuple[int, bool, str], called: str, gender: str = "") -> str:
        """:meth:`_called_role` read from the turns' labels, where the chair's lines do not tell
        (a question and its answer, each under its label): for « Monsieur le député, » the speaker of the last long turn before (the
        question, not a shout from the benches); for « Monsieur le ministre de l'intérieur, » the
        next speaker whose label gives that role (« M. X, ministre de l'intérieur. »); else ""."""
        if called.split()[0] in ASKING_ROLES:
            return self._asker_in_turns(turn, gender)
        doc, own = self.doc, clean_name(turn[2])
        others = [t for t in self._turns if t[2] and not t[1] and name_key(clean_name(t[2])) != name_key(own)]

        def label_of(t: tuple[int, bool, str]) -> str:
            line = doc[t[0] : line_bounds(doc, t[0], t[0] + 1)[1]].text
            return line.split(" ", 1)[-1].split(". ")[0].lower().replace("’", "'")  # past « M. », to the label's stop

        for t in others:
            if t[0] > turn[0]:
                label = label_of(t)
                if called in label:
                    return clean_name(t[2])
                if any(w in label.split() for w in ANSWERING_ROLES):
                    return ""  # another minister answers
        # « Madame la ministre, vous mentez » in a reply, no minister speaking after it: the one who
        # answered last, where no other minister spoke in between and the titles agree
        for t in reversed([t for t in others if t[0] < turn[0]][-REPLY_TURNS:]):
            label = label_of(t)
            if called in label:
                return clean_name(t[2]) if _of_gender(t[2], gender) else ""
            if any(w in label.split() for w in ANSWERING_ROLES):
                return ""
        return ""

    def _floors(self) -> list[_Floor]:
        """The chair's « La parole est à M. X, ministre de ... » of minutes, in order: where each
        line starts, the name, the role after it (lower case). Read once."""
        if self._floor_lines is None:
            doc = self.doc
            self._floor_lines = []
            for start in self._line_starts():
                text = doc[slice(*line_bounds(doc, start, start + 1))].text if start < len(doc) else ""
                found = _FLOOR.search(text)
                if found is not None and found["name"][:1].isupper():
                    self._floor_lines.append(_Floor(start, found["name"].strip(), (found["role"] or "").strip().lower().replace("’", "'")))
        return self._floor_lines

    def _line_starts(self) -> list[int]:
        """The first token of every line of the text: the first token that starts after each line
        break (in a token's text or in the space after it), found from the characters at once,
        once per document."""
        if self._starts is None:
            doc = self.doc
            breaks = [m.start() for m in _LINE_BREAK.finditer(doc_text(doc))]  # its line breaks are those of doc.text
            after = numpy.unique(numpy.searchsorted(doc.to_array(IDX), breaks, side="right")).tolist() if len(doc) else []
            self._starts = [0, *(k for k in after if 0 < k < len(doc))] if len(doc) else []
        return self._starts

    def in_quote(self, i: int) -> bool:
        """Token i stands in quoted speech (« », “ ” or straight quotes) within its line: the
        quotes opened and not closed before it on its line (worked out once for the document)."""
        if self._quoted is None:
            self._quoted = _quoted_tokens(self.doc, self.orths)
        return self._quoted[i]

    def _on_a_label(self, i: int) -> bool:
        """Token i stands on a line in capitals that is only a name (« JEANNE MOREL »): a
        transcript's label of the turns after it (:func:`_turn_label`), which no one says."""
        doc = self.doc
        if not doc[i].text.isupper():
            return False  # a label's words are all in capitals: the line is read only then
        start, end = line_bounds(doc, i, i + 1)
        text = doc[start:end].text  # joined once: the line is often a whole paragraph
        line = text.strip()
        if line.rstrip(" :-–").isupper() and _turn_label(line):
            return True
        label = _caps_label(line)  # « JEANNE MOREL Donc vous ... »: the label run on into the words said
        label_end = doc[start].idx + len(text) - len(text.lstrip()) + len(label)
        return bool(label) and doc[i].idx + len(doc[i].text) <= label_end

    def _named_after_possessive(self, i: int, named: set[int]) -> bool:
        """A name follows the possessive at token i within its noun phrase (« mon collègue X »,
        « notre Homologue et Frère S.E X »), or in apposition to it after a comma (« mon homologue
        polonais, M. X »): no verb, preposition or other comma before it."""
        doc = self.doc
        for k in range(i + 1, min(i + 8, len(doc))):
            if k in named:
                return True
            if doc[k].text == "," and k > i + 1 and doc[k - 1].pos_ in ("NOUN", "ADJ"):
                after = k + 1 + (k + 1 < len(doc) and doc[k + 1].lower_ in titles())
                return after in named  # « mon homologue polonais, M. X »
            if doc[k].pos_ in ("VERB", "AUX", "ADP", "PRON", "SCONJ") or doc[k].text in (",", ";", ":", "!", "?"):
                return False
        return False

    def voice_spans(self) -> list[tuple[int, int, str]]:
        """(start, end, entity) of the stretches of text the title's speaker or a letter's writer
        says in their own voice: the whole text, or the lines of a transcript that are theirs (not
        a journalist's questions). A judgement stated there with no one else holding it is theirs
        (« Le président de la République a raison. » in a minister's answer)."""
        speaker = self._voices()[0]
        cluster = next((m.cluster for m in self.mentions if m.anaphor == "title_speaker" and m.cluster), "") if speaker else ""
        if speaker and not cluster:  # no « je » of theirs: the person of the title's name the text names, if any
            found = self._person_of_title_name(speaker)
            cluster = found.id if found is not None else self._labelled_speaker(speaker)
        if not cluster:
            turns = [] if speaker else self._turn_voices()
            quoted = [q for q in self._quotation_voices() if not any(q[0] < b and a < q[1] for a, b, _c in turns)]
            return sorted(turns + quoted)
        self._turn_at(0)
        turns = self._turns or []
        if not turns:
            return [(0, len(self.doc), cluster)]
        out: list[tuple[int, int, str]] = []
        for n, (start, own, _label) in enumerate(turns):
            end = turns[n + 1][0] if n + 1 < len(turns) else len(self.doc)
            if not own:
                continue
            if out and out[-1][1] == start:
                out[-1] = (out[-1][0], end, cluster)
            else:
                out.append((start, end, cluster))
        # the turns of others whose labels name a person of the text (« M. le président Y. Merci, ... »): theirs
        others = [(a, b, person) for a, b, person in self._turn_voices() if person != cluster and not any(a < end and start < b for start, end, _c in out)]
        return sorted(out + others)

    def _quotation_voices(self) -> list[tuple[int, int, str]]:
        """(start, end, entity) of the quotations a colon gives to one person named before it
        (« X a déclaré : « ... . Il n'est plus admissible que Y ... » »): every sentence inside
        is in that person's voice, the ones after the first too."""
        doc, out = self.doc, []
        for sent in self.sents:
            for k in range(sent.start + 1, sent.end):
                if doc[k].text not in OPEN_QUOTES or doc[k - 1].text != ":":
                    continue
                speaker = self._speaker_before_quote(k, sent)
                close = next((j for j in range(k + 1, min(len(doc), k + QUOTATION_REACH)) if doc[j].text in CLOSE_QUOTES or doc[j].text in OPEN_QUOTES), None)
                if speaker and close is not None and doc[close].text in CLOSE_QUOTES:
                    out.append((k + 1, close + 1, speaker))
        return out

    def _labelled_speaker(self, speaker: str) -> str:
        """A transcript whose speaker never says « je » nor is named in its text but by the lines in
        capitals that label their turns (« PAUL MARTIN »): those lines are that person's mentions,
        so that what their turns say is theirs. The new person's id, or "" where no line labels them."""
        self._turn_at(0)
        turns = self._turns or []
        starts = [start for start, _own, _label in turns] + [len(self.doc)]
        labels: list[tuple[int, int]] = []
        for n, (start, _own, _label) in enumerate(turns):
            end = starts[n + 1]
            while end > start and (self.doc[end - 1].is_space or self.doc[end - 1].is_punct):
                end -= 1  # the name, without the colon or the line's end
            text = tokens_text(self.doc, start, end)
            if end > start and _turn_label(text) and name_key(text) == name_key(speaker):
                labels.append((start, end))
        if not labels:
            return ""
        cluster = self.new_cluster(EntityKind.PERSON, speaker)
        reason = f"the label in capitals of the turns of the title's speaker ({speaker})"
        self.mentions.extend(_Mention(a, b, EntityKind.PERSON, tokens_text(self.doc, a, b), cluster=cluster.id, reason=reason) for a, b in labels)
        self.mentions.sort(key=lambda m: (m.start, m.end))
        return cluster.id

    def _interrupted(self, i: int) -> str:
        """The label of the speaker whom the interjection token i stands in interrupts, in minutes
        (« M. Y. Vous êtes un ignorant ! » between two paragraphs of X's speech: X), or "": a
        short turn of another labelled speaker, after a long turn of X and before the next one,
        if any, of X again. The turns are read once per document (:meth:`_interrupted_turns`)."""
        if self._interruptions is None:
            self._interruptions = self._interrupted_turns()
        blocks = self._turn_blocks()
        n = bisect_right([start for start, _end, _label in blocks], i) - 1
        return self._interruptions.get(n, "")

    def _interrupted_of_gender(self, i: int, gender: str) -> bool:
        """Token i stands in a shout that interrupts a speaker whose label's title gives the
        gender (« Mme X »: f): a third-person subject pronoun there is that speaker (« M. Y. Elle a
        raison ! »), not someone named in the speech."""
        label = self._interrupted(i)
        return bool(label) and gender in ("m", "f") and _label_gender(label) == gender

    def _interrupted_turns(self) -> dict[int, str]:
        """The short labelled turns of minutes (by their place in :meth:`_turn_blocks`) and the
        label of the speaker each interrupts."""
        blocks = self._turn_blocks()
        keys = [name_key(clean_name(label)) if label else "" for _start, _end, label in blocks]
        long_ones = [n for n, (start, end, label) in enumerate(blocks) if end - start > INTERJECTION_TOKENS and label]
        out: dict[int, str] = {}
        for n, (start, end, label) in enumerate(blocks):
            if not label or end - start > INTERJECTION_TOKENS:
                continue
            before = [b for b in long_ones if b < n]
            after = [b for b in long_ones if b > n]
            if not before or keys[before[-1]] == keys[n]:
                continue
            if not after or keys[after[0]] == keys[before[-1]]:
                out[n] = blocks[before[-1]][2]
        return out

    def _labelled_turns(self) -> list[tuple[int, int]]:
        """The turns of minutes that a speaker's label opens, as (first token, end)."""
        return [(b, e) for b, e, label in self._turn_blocks() if label]

    def _turn_blocks(self) -> list[tuple[int, int, str]]:
        """The turns of minutes as (first token, end, label): the lines of one label in a row."""
        if self._blocks is None:
            self._turn_speaker(0)
            lines = (self._turns or []) if self._labelled else []
            blocks: list[tuple[int, int, str]] = []
            for n, (start, _own, label) in enumerate(lines):
                end = lines[n + 1][0] if n + 1 < len(lines) else len(self.doc)
                if blocks and blocks[-1][2] == label and label:
                    blocks[-1] = (blocks[-1][0], end, label)
                else:
                    blocks.append((start, end, label))
            self._blocks = blocks
        return self._blocks

    def _turn_voices(self) -> list[tuple[int, int, str]]:
        """In minutes, the turns whose label names a person of the text (« M. Jean Martin. »),
        each in that person's voice; a turn of the chair, or of a role alone, has none."""
        out: list[tuple[int, int, str]] = []
        for start, end, label in self._turn_blocks():
            person = self._person_of_title_name(clean_name(label)) if label else None
            if person is None:
                continue
            if out and out[-1][1] == start and out[-1][2] == person.id:
                out[-1] = (out[-1][0], end, person.id)
            else:
                out.append((start, end, person.id))
        return out

    def _in_question(self, i: int) -> bool:
        """Token i stands in a line of the transcript that is not its speaker's (a journalist's
        question or another person's turn): its « je » is someone else's. A signed letter has
        one voice throughout."""
        turn = self._turn_at(i)
        return turn is not None and not turn[1]

    def _turn_at(self, i: int) -> Optional[tuple[int, bool, str]]:
        """The line of the transcript token i stands in (:func:`speaker_turns`), or None. A
        signed letter has one voice throughout: no lines."""
        if self._turns is None:
            speaker = transcript_speaker(self.doc._.tpg_title or "") or self._greeted()
            self._turns = speaker_turns(self.doc, speaker) if speaker or not self._signed_letter()[0] else []
            self._turn_starts = [start for start, _own, _label in self._turns]  # listed once, not at each call
        n = bisect_right(self._turn_starts, i) - 1
        return self._turns[n] if n >= 0 else None

    def _resumed_vocative(self, i: int) -> Optional[_Mention]:
        """The one person the speaker called on by name (:meth:`_vocative`) in the part of their
        speech before an interjection, where token i stands in the part after it (« Avant de vous
        répondre, monsieur Y, ... » / « M. Z. Et puis ... ! » / « Je vous rends hommage »); None
        where that part calls on no one, or on two."""
        if self._interruptions is None:
            self._interruptions = self._interrupted_turns()
        if not self._interruptions:
            return None
        blocks = self._turn_blocks()
        n = bisect_right([start for start, _end, _label in blocks], i) - 1
        if n < 2 or (n - 1) not in self._interruptions or name_key(clean_name(blocks[n - 2][2])) != name_key(clean_name(blocks[n][2])):
            return None
        start, end, _label = blocks[n - 2]
        you = [k for k in range(start, end) if self.doc[k].lower_ == "vous"]
        called = {c.cluster or name_key(c.text): c for k in you if (c := self._vocative(k)) is not None}
        return next(iter(called.values())) if len(called) == 1 else None

    def _turn_vocative(self, i: int) -> Optional[_Mention]:
        """The one person the speaker called on by name (:meth:`_vocative`) earlier in the same
        turn of minutes (« Monsieur le député X, je veux ... » then, paragraphs later, « je veux
        saluer votre action »); None where the turn calls on no one before token i, or on two."""
        blocks = self._turn_blocks()
        n = bisect_right([start for start, _end, _label in blocks], i) - 1
        if n < 0 or not blocks[n][2]:
            return None
        if n not in self._turn_calls:  # each « vous » of the turn called on by name, read once per turn
            self._turn_calls[n] = self._calls_in(*blocks[n][:2])
        return _one_called_before(self._turn_calls[n], i)

    def _speech_vocative(self, i: int) -> Optional[_Mention]:
        """In a text of one voice, with no turns of minutes (a deputy's question at a hearing, a
        speech), the one person the text called on by name, out of quotes, before token i
        (« Madame X, vous avez exposé ... » then, paragraphs later, « des mots durs à votre
        égard »); None where it called on no one, or on two."""
        if any(label for _start, _end, label in self._turn_blocks()):
            return None
        if self._speech_calls is None:  # each « vous » of the text, out of quotes, called on by name, read once
            self._speech_calls = self._calls_in(0, len(self.doc), out_of_quotes=True)
        return _one_called_before(self._speech_calls, i)

    def _welcomed_guest(self, i: int) -> Optional[_Mention]:
        """In a text of one voice, or in the first turn of minutes, whose opening sentences welcome
        one person named after a verb of hosting with « nous » (« nous accueillons ce matin M. X,
        président de P », « nous recevons M. X »), the one person welcomed, for a « vous » out of
        quotes after that sentence, in that turn (« ..., qui vous a reçu hier »); None where the text
        welcomes no one so, or names another person in that sentence (« M. X, accompagné de Mme Y »)."""
        if self._welcome is None:
            self._welcome = self._welcome_sentence()
        start, guest = self._welcome
        if guest is None or i <= start or self.in_quote(i):
            return None
        labelled = self._labelled_turns()
        if labelled and not any(b <= start and i < e for b, e in labelled):
            return None  # in minutes, only later in the turn that welcomed the guest (« Mme X, présidente : nous auditionnons M. Y ... »)
        return guest

    def _welcome_sentence(self) -> tuple[int, Optional[_Mention]]:
        """The first token of the sentence, among the text's first ``WELCOME_SENTENCES``, that
        welcomes one person (:meth:`_welcomed_guest`), and that person; (0, None) for none, or
        where those sentences welcome two people (« Nous auditionnons Mme X. Nous auditionnons
        également M. Y. »: « vous » may be either)."""
        doc = self.doc
        found: list[tuple[int, Optional[_Mention]]] = []
        first = next((b for b, _e in self._labelled_turns()), 0)  # in minutes, the first turn's opening sentences
        for sent in [t for t in self.sents if t.end > first][:WELCOME_SENTENCES]:
            people = [m for m in self.mentions if m.named and m.kind is EntityKind.PERSON and sent.start <= m.start and m.end <= sent.end]
            keys = {name_key(m.text) for m in people}
            for k in range(sent.start + 1, sent.end):
                if doc[k].lemma_.lower() in WELCOMING_VERBS and doc[k - 1].lower_ == "nous":
                    after = [m for m in people if 0 < m.start - k <= WELCOME_GAP]
                    if after:
                        found.append((sent.start, after[0]) if len(keys) == 1 else (sent.start, None))
        if len({name_key(m.text) if m is not None else "" for _start, m in found}) != 1 or found[0][1] is None:
            return 0, None
        return found[0]

    def _calls_in(self, start: int, end: int, out_of_quotes: bool = False) -> list[tuple[int, str, _Mention]]:
        """Each « vous », « votre », « vos » from token start to end (out of quotes, with
        ``out_of_quotes``) that calls on one person by name (:meth:`_vocative`): its token, the
        person's key, the person."""
        doc = self.doc
        return [(k, c.cluster or name_key(c.text), c) for k in range(start, end) if doc[k].lower_ in ("vous", "votre", "vos") and not (out_of_quotes and self.in_quote(k)) and (c := self._vocative(k)) is not None]

    def _question_addressee(self, i: int) -> Optional[_Mention]:
        """The one person a question in minutes is addressed to (« Ma question s'adresse à M. le
        ministre de l'intérieur »), where token i stands later in that question's turn, which
        another's label opens: the « vous » of the one who asks. None where the turn says no such
        thing, or names two (« s'adresse à la fois à Mme X et à M. Y »)."""
        turn = self._turn_at(i)
        if turn is None or not self._turn_speaker(i):
            return None
        if turn[2] not in self._questions:  # read once per label
            self._questions[turn[2]] = self._question_of(turn[2])
        found = self._questions[turn[2]]
        return found[1] if found is not None and found[0] < i else None

    def _told_addressee(self, i: int) -> Optional[_Mention]:
        """The one party a quotation holding token i is said to, named after « à » beside its verb
        of saying: before the colon that opens it (« X a lancé à Y : « Vous ... » », « X a écrit à Y
        : « ... » ») or after the quotation and its speaker (« « ... », a répondu X à Y »); None
        where the text names no one there, or several (« à Y et à Z »)."""
        doc = self.doc
        opening, closing = self._quote_start(i), self._quote_end(i)
        if opening is None or closing is None:
            return None
        if opening > 0 and doc[opening - 1].text == ":":
            told = next((m for m in self.mentions if m.named and m.end == opening - 1), None)
            return told if told is not None and self._said_to(told) else None
        k = closing + 1
        if k >= len(doc) or doc[k].text != ",":
            return None
        k += 1
        while k < len(doc) and doc[k].pos_ in ("AUX", "ADV"):
            k += 1
        if k >= len(doc) or doc[k].pos_ != "VERB" or doc[k].lemma_.lower() not in REPORTING_VERBS:
            return None
        speaker = next((m for m in self.mentions if m.named and m.start == k + 1 and m.kind is EntityKind.PERSON), None)
        told = next((m for m in self.mentions if m.named and speaker is not None and speaker.end < m.start <= speaker.end + 3), None)
        return told if told is not None and self._said_to(told) else None

    def _quoted_call(self, i: int) -> Optional[_Mention]:
        """The one person a quoted sentence calls on by name alone, set off by a comma at its end
        or at its start (« « Vous avez tout à fait raison, Y ! » », « « Y, vous vous trompez » »),
        where token i, a « vous », stands; None where it calls on no one so, or on two."""
        doc = self.doc
        sent = self._sentence_at(i)
        opening, closing = self._quote_start(i), self._quote_end(i)
        if opening is None or closing is None:
            return None
        start, end = max(sent.start, opening + 1), min(sent.end, closing)
        called = []
        for m in self.mentions:
            if not (m.named and m.kind is EntityKind.PERSON and start <= m.start and m.end <= end):
                continue
            after = doc[m.end].text if m.end < len(doc) else ""
            before = doc[m.start - 2] if m.start - 2 >= start else None
            apart = before is None or not any(r.named and r.start <= before.i < r.end for r in self.mentions)  # not « ..., X, Y ! »
            at_end = doc[m.start - 1].text == "," and apart and (m.end == end or after in ("!", ".", "?"))
            at_start = m.start == start and after == ","
            if at_end or at_start:
                called.append(m)
        return called[0] if len(called) == 1 else None

    def _said_to(self, told: _Mention) -> bool:
        """The person or organisation ``told`` stands alone after the « à » of a verb of saying,
        past the words that call on it (« a lancé à M. Y », « a répondu X à Y »)."""
        doc = self.doc
        if told.kind not in (EntityKind.PERSON, EntityKind.ORGANISATION) or (told.end < len(doc) and doc[told.end].lower_ == "et"):
            return False
        j = told.start - 1
        while j > 0 and address_word(doc[j]):
            j -= 1
        if j <= 0 or doc[j].lower_ not in ("à", "au"):
            return False
        verb = j - 1
        while verb > 0 and doc[verb].pos_ == "ADV":
            verb -= 1
        speaker = next((m for m in self.mentions if m.named and m.end == verb + 1), None)
        if speaker is not None:
            verb = speaker.start - 1  # « a répondu X à Y »: past the speaker
        return doc[verb].pos_ == "VERB" and doc[verb].lemma_.lower() in REPORTING_VERBS

    def _question_of(self, label: str) -> Optional[tuple[int, _Mention]]:
        """Where the turns of ``label`` first say « s'adresse à » one person, and that person's
        mention (:meth:`_question_addressee`); None where they do not, or name two."""
        doc, turns = self.doc, self._turns or []
        own = (k for n, (start, _own, named) in enumerate(turns) if named == label for k in range(start, turns[n + 1][0] if n + 1 < len(turns) else len(doc)))
        for k in own:
            if doc[k].lower_ != "adresse" or doc[k - 1].lower_ not in ("s'", "s’") or k + 2 >= len(doc) or doc[k + 1].lower_ not in ("à", "au"):
                continue
            j = k + 2
            while j < len(doc) and address_word(doc[j]):
                j += 1  # « à M. le ministre », « à monsieur le Premier ministre »
            asked = next((m for m in self.mentions if j <= m.start <= j + 1 and m.kind is EntityKind.PERSON), None)
            if asked is None or any(doc[n].lower_ == "fois" for n in range(k + 2, asked.start)) or (asked.end + 1 < len(doc) and doc[asked.end].lower_ == "et" and doc[asked.end + 1].lower_ in ("à", "au")):
                return None  # « s'adresse à la fois à X et à Y », « à X et à Y »: two of them
            return asked.end, asked
        return None

    def _hearing_guest(self, i: int) -> str:
        """The one heard, where the title, or the last heading line before token i, names a
        hearing of one person (« Audition de M. Y, ambassadeur », « Audition de M. Y, candidat
        proposé par ... » below the sitting's date) and token i stands in the turn of someone else
        the minutes' label names: the « vous » the chair and the members address; else ""."""
        title = self.doc._.tpg_title or ""
        guest = speech_guest(title) if HEARING.search(title) else ""
        if not guest:
            guest = next((g for start, g in reversed(self._hearings()) if start < i), "")
        if not guest:
            return ""
        turn = name_key(clean_name(self._turn_speaker(i)))
        return guest if turn and turn != name_key(guest) and turn.split()[-1] != name_key(guest).split()[-1] else ""  # not the guest's own turn

    def _hearings(self) -> list[tuple[int, str]]:
        """The lines that open with a hearing (« Audition de M. Y, ... »), a heading with no end
        stop, each with its first token and the one heard ("" where it names two people), once
        per document."""
        if self._hearing_headings is None:
            doc, found = self.doc, []
            for k in self._line_starts():
                start, end = line_bounds(doc, k, k + 1)
                line = doc[start:end].text.strip().lstrip("–—-• ")  # « – Audition de M. Y », a heading of the minutes' agenda
                if HEARING.match(line) and len(line) <= HEADING_CHARACTERS and not line.endswith((".", ":")) and (guest := speech_guest(line)):
                    titled = {name_key(m.text) for m in self.mentions if m.named and start < m.start < end and doc[m.start - 1].lower_ in titles()}
                    found.append((k, guest if len(titled) <= 1 else ""))  # « Audition de M. X, ..., et de Mme Y »: two heard, « vous » either
            self._hearing_headings = found
        return self._hearing_headings

    def _turn_speaker(self, i: int) -> str:
        """The name that labels the turn of minutes token i stands in (« M. Jean Martin : »), where
        it is not the speaker the title names; else ""."""
        if self._labelled is None:
            colons = numpy.flatnonzero(_COLON.mask(self.orths, self.doc.vocab.strings)).tolist()
            self._labelled = (
                numpy.flatnonzero(_TURN_HONORIFIC_WORDS.mask(self.orths, self.doc.vocab.strings)).size > 0
                or any(
                    _caps_label(self.doc[slice(*line_bounds(self.doc, k, k + 1))].text.strip())
                    for k in self._line_starts() if k < len(self.doc) and self.doc[k].text.isupper()  # a label in capitals opens the line
                )
                or any("\n" in self.doc[k].whitespace_ or (k + 1 < len(self.doc) and "\n" in self.doc[k + 1].text) for k in colons)
                or any(_dash_label(self.doc[slice(*line_bounds(self.doc, k, k + 1))].text) for k in numpy.flatnonzero(_DASH.mask(self.orths, self.doc.vocab.strings)).tolist())
            )
        if not self._labelled:
            return ""  # no « M. » nor « Mme », no colon that ends a line, no « Jean Martin - », that could label a turn: no line to read
        turn = self._turn_at(i)
        return turn[2] if turn is not None and not turn[1] and turn[2] else ""

    # -- descriptions of organisations ------------------------------------------------------
    def collect_org_descriptions(self) -> None:
        """« la firme », « le réseau social », « le géant de Mountain View », « votre compagnie »
        (``addressee_company_noun``): definite descriptions of an organisation
        (``org_descriptions.tsv``), kept as mentions to place later. Not one
        followed by a name (« le réseau social Facebook »: the name is there), nor one with a
        complement that makes it another thing (« la société civile », « le groupe de travail »)."""
        doc = self.doc
        taken = self._taken_tokens()
        names_at = {m.start for m in self.mentions if m.named}
        table = descriptions()
        voiceless: Optional[bool] = None  # read at the first « notre » before a committee's noun only
        for i in numpy.flatnonzero(_ORG_DESCRIPTION_HEAD.mask(self.orths, doc.vocab.strings)).tolist():
            if i in taken or i == 0:
                continue
            article = doc[i - 1].lower_.replace("’", "'")
            addressed = article in ADDRESSEE_POSSESSIVE_WORDS and doc[i].lower_ in ADDRESSEE_COMPANY_NOUNS
            # « notre commission d'enquête » in a record that names no speaker: the body that speaks
            if voiceless is None and article in OUR_BODY_WORDS and doc[i].lower_ in COMMITTEE_HEADS:
                voiceless = not self._voices()[0] and not self._labelled_turns()
            ours = article in OUR_BODY_WORDS and doc[i].lower_ in COMMITTEE_HEADS and bool(voiceless)
            if article not in DETERMINERS and not addressed and not ours:
                continue  # « votre compagnie », to a company's head: the one company in play, as « la compagnie »
            lowers = [t.lower_.replace("’", "'") for t in doc[i : i + 5]]
            found = None
            for n in (5, 4, 3, 2, 1):
                words = " ".join(lowers[:n]).replace("' ", "'")
                if len(lowers) >= n and words in table:
                    found = table[words], i + n
                    break
            if found is None:
                continue
            description, end = found
            country = ""
            if end < len(doc) and doc[end].lower_ in nationalities():
                country, end = nationalities()[doc[end].lower_], end + 1
            end = self._sector_end(end)
            if description.type in SERVICE_TYPES:
                end = self._kind_end(end)  # « la plateforme de partage de photos en ligne »
            places = [m for m in self.mentions if description.place and m.named and i < m.start and m.end <= end]
            inside = {k for m in places for k in range(m.start, m.end)}
            quoted = end + 1 < len(doc) and doc[end].text in ("«", "“", '"') and end + 1 in names_at
            if taken.intersection(range(i, end)) - inside or end in names_at or quoted:
                continue  # part of another mention, or the apposition of a name (« le parti « X » »)
            for m in places:  # « le géant de Cupertino »: the place is part of the description
                self.mentions.remove(m)
            after = doc[end] if end < len(doc) else None
            start = i if article in CONTRACTED else i - 1
            child = self._named_after_of(end) if description.type == "parent" else None
            infinitive = end + 1 < len(doc) and "Inf" in doc[end + 1].morph.get("VerbForm")  # « reproche au groupe d'abuser »
            judging = judging_attribute(doc, end)  # « a qualifié les méthodes de la société de « honteuses » »
            if child is None and after is not None and ((after.lower_ in OF and not infinitive and not judging) or after.pos_ in ("NOUN", "PROPN", "ADJ", "NUM") or after.text[:1].isupper()):
                continue  # « la société civile », « le groupe de travail », « le groupe Renault »
            if description.type == COMMITTEE and after is not None and after.lower_ == "sur":
                continue  # « la commission d'enquête sur la lutte contre ... »: its own name, whole
            mention = _Mention(start, end, EntityKind.ORGANISATION, span_text(doc[start:end]), named=False)
            mention.org_description, mention.org_country, mention.child = description, country, child
            self.mentions.append(mention)
            taken.update(range(start, end))

    def _named_after_of(self, i: int) -> Optional[_Mention]:
        """The organisation named right after « de » at token i (« la maison mère de Facebook »),
        or None."""
        doc = self.doc
        if i >= len(doc) or doc[i].lower_ not in OF:
            return None
        j = i + 1
        while j < len(doc) and doc[j].lower_.replace("’", "'") in ("la", "l'", "le", "les"):
            j += 1
        return next((m for m in self.mentions if m.start == j and m.named and m.kind is EntityKind.ORGANISATION), None)

    def _resolve_parent_of(self, m: _Mention, child: _Mention) -> None:
        """« la maison mère de Facebook »: the parent ``parents.tsv`` gives the child on the
        document's date (the child itself before it had one); with no date, unresolved."""
        if not child.cluster:
            return
        name = self.clusters[child.cluster].name
        if self.date is None:
            m.reason = f"{MergeReason.ORG_DESCRIPTION.value}, the parent of {name}: the document has no date"
            return
        parent = parent_on(name, self.date)
        if parent is None:
            m.reason = f"{MergeReason.ORG_DESCRIPTION.value}, no parent of {name} known (parents.tsv)"
            return
        key = name_key(parent)
        found = next((c for c in self.clusters.values() if c.kind is EntityKind.ORGANISATION and name_key(c.name) == key), None)
        if found is None:
            known = self.r.gazetteer.canonical(parent)
            found = self.new_cluster(EntityKind.ORGANISATION, known[0] if known else parent)
        m.cluster = found.id
        m.reason = MergeReason.ORG_DESCRIPTION.detail(f"the parent of {name} on {self.date.isoformat()} (parents.tsv)")

    def settle_roles_of_descriptions(self) -> None:
        """Roles qualified by a description of an organisation (« le fondateur de la messagerie »)
        take the organisation the description was placed on; otherwise they are no role."""
        pending = [m for m in self.mentions if m.role is not None and m.role.qualifier.startswith(PENDING)]
        if not pending:
            return
        by_start = {m.start: m for m in self.mentions if m.org_description is not None}
        for m in pending:
            description = by_start.get(int(m.role.qualifier[len(PENDING) :]))
            if description is not None and description.cluster:
                m.role = Role(m.role.cls, self.clusters[description.cluster].name)
            else:
                m.role = None
                if not m.named:
                    m.reason = "role of an organisation the document does not tell"

    def _taught_types(self) -> dict[str, frozenset[str]]:
        """Types the document gives its organisations by a description before their name
        (« la messagerie Ondra », « le réseau social russe Vostrik »), or by a noun of a party's
        members right before it (« député SFIO »: a party)."""
        if self._taught is not None:
            return self._taught
        doc, table = self.doc, descriptions()
        taught: dict[str, set[str]] = {}
        for r in self.mentions:
            if not r.named or not r.cluster or self.clusters[r.cluster].kind is not EntityKind.ORGANISATION:
                continue
            j = r.start
            while j > 0 and doc[j - 1].lower_ in nationalities():
                j -= 1
            if j > 0 and doc[j - 1].lower_ in PARTY_MEMBERS:
                taught.setdefault(r.cluster, set()).add("party")  # « député SFIO », « les militants LR »
                continue
            before = [doc[k].lower_ for k in range(max(j - 5, 0), j)]  # read once for the five lengths
            for n in (5, 4, 3, 2, 1):
                words = " ".join(before[len(before) - n :]).replace("' ", "'") if j - n >= 0 else ""
                if j - n >= 0 and words in table:
                    if not OrgTypes.shipped().other_kind(self.clusters[r.cluster].name, table[words]):
                        taught.setdefault(r.cluster, set()).update(taught_types(table[words]))  # not « sa chaîne YouTube »
                    break
            apposed = self._apposed_description(r.end, table)  # « X, le réseau social de Y, ... »
            if apposed is not None:
                taught.setdefault(r.cluster, set()).update(taught_types(apposed))
        self._taught = {cid: frozenset(t) for cid, t in taught.items()}
        return self._taught

    def _apposed_description(self, end: int, table: dict[str, Description]) -> Optional[Description]:
        """The description set after a name by a comma and an article (« X, le réseau social de
        Y »), the longest of the table, or None."""
        doc = self.doc
        if end + 2 >= len(doc) or doc[end].text != "," or doc[end + 1].lower_ not in ("le", "la", "l'", "l’"):
            return None
        after = [doc[k].lower_ for k in range(end + 2, min(end + 7, len(doc)))]
        for n in range(len(after), 0, -1):
            words = " ".join(after[:n]).replace("' ", "'")
            if words in table:
                # « du Règlement, le Bureau a décidé »: the subject of the next clause, no apposition;
                # « X, le mouvement scout de Y »: a movement of another kind than the table's
                other_kind = end + 2 + n < len(doc) and doc[end + 2 + n].lower_ in KIND_CHANGING
                return None if _verb_follows(doc, end + 2 + n) or other_kind else table[words]
        return None

    def _modifier(self, m: _Mention) -> bool:
        """The name only qualifies a common noun (« le compte Twitter de X », « sa chaîne YouTube »):
        it names where something is, not an organisation that acts, and puts none in play; a
        party after its member (« député SFIO ») is in play."""
        if m.start == 0 or m.named is False:
            return False
        before = self.doc[m.start - 1]
        words = _org_description_words()
        if before.pos_ == "NOUN" and m.cluster and (described := descriptions().get(before.lower_)) is not None:
            return OrgTypes.shipped().other_kind(self.clusters[m.cluster].name, described)  # « sa chaîne YouTube »: a channel on YouTube
        return before.pos_ == "NOUN" and before.lower_ not in words and before.lemma_.lower() not in words and before.lower_ not in PARTY_MEMBERS

    def _sector_end(self, i: int) -> int:
        """After « le géant du numérique », « de la tech »: where the description ends."""
        doc = self.doc
        if i >= len(doc) or doc[i].lower_ not in OF:
            return i
        j = i + 1 + (1 if i + 1 < len(doc) and doc[i + 1].lower_ in ("la", "l'", "l’") else 0)
        for n in (2, 1):
            if j + n <= len(doc) and _norm(doc[j : j + n].text) in sectors():
                return j + n
        return i

    def _kind_end(self, i: int) -> int:
        """After the complements that say what kind of service a description names: « de » and a
        noun with no article, and « en ligne » (« la plateforme de partage de vidéos en ligne »);
        where none follows, i."""
        doc = self.doc
        while True:
            if i + 1 < len(doc) and doc[i].lower_ in OF and doc[i + 1].pos_ == "NOUN" and doc[i + 1].is_lower:
                i += 2
            elif i + 1 < len(doc) and f"{doc[i].lower_} {doc[i + 1].lower_}" in SERVICE_QUALIFIERS:
                i += 2
            else:
                return i

    def resolve_org_descriptions(self) -> None:
        """A description joins the one organisation named before it in the document that fits
        its type (and place); with none or several, it stays unresolved."""
        if not any(m.org_description is not None for m in self.mentions):
            return
        types = OrgTypes.shipped()
        starts = self.sent_starts
        for m in self.mentions:
            if m.org_description is None:
                continue
            if m.child is not None:
                self._resolve_parent_of(m, m.child)
                continue
            here = bisect_right(starts, m.start) - 1
            earlier = [
                r
                for r in self.mentions
                if r.cluster and r.end <= m.start and self.clusters[r.cluster].kind is EntityKind.ORGANISATION and not self._modifier(r)
            ]
            in_play = sorted({r.cluster for r in earlier})
            near = {r.cluster for r in earlier if here - (bisect_right(starts, r.start) - 1) <= ANAPHORA_WINDOW}
            taught = self._taught_types()
            if m.org_description.type == "parent":
                keys = {name_key(self.clusters[cid].name) for cid in in_play}
                above = {p for k in keys for p in parents().get(k, ())}
                fits = [cid for cid in in_play if name_key(self.clusters[cid].name) in above]
            else:
                fits = [
                    cid
                    for cid in in_play
                    if types.fits(self.clusters[cid].name, m.org_description, m.org_country, taught.get(cid, frozenset()))
                ]
            if m.org_description.type != "parent" and self._modifier_of_type(m, here, fits, types, taught):
                m.reason = f"{MergeReason.ORG_DESCRIPTION.value}, another organisation of type {m.org_description.type} named near it as a modifier"
                continue  # « le compte Twitch de X a été supprimé de la plateforme », Amazon named before: maybe Twitch
            titled = self._title_organisation()
            times = sum(1 for r in earlier if fits and r.cluster == fits[0])
            if not fits and titled and m.org_description.type in TITLE_TYPES and (set(in_play) <= {titled} or titled in near):
                # « La plateforme accueille ... » in an article titled « Zorbly », before any other
                # organisation, or with none of its type in play and Zorbly named near it
                m.cluster = titled
                m.reason = MergeReason.ORG_DESCRIPTION.detail("the organisation the document's title names, no other of its type in play")
            elif len(fits) == 1 and fits[0] not in near and times >= TOPIC_MENTIONS:
                m.cluster = fits[0]  # the organisation the article is about: named again and again
                m.reason = MergeReason.ORG_DESCRIPTION.detail(f"the one organisation of type {m.org_description.type}, named {times} times before")
            elif len(fits) == 1 and fits[0] not in near and m.org_description.type == COMMITTEE and self._heading_names(fits[0], earlier):
                m.cluster = fits[0]  # « La commission a auditionné M. X » in the record whose heading names the committee
                m.reason = MergeReason.ORG_DESCRIPTION.detail("the one committee in play, named by the record's heading")
            elif len(fits) == 1 and fits[0] not in near:
                m.reason = f"{MergeReason.ORG_DESCRIPTION.value}, its one candidate is not named in the {ANAPHORA_WINDOW} sentences before it"
            elif len(fits) == 1 and not m.org_description.place and self._unknown_named_since(earlier, fits[0], types, taught):
                # « proche du MNR [...] dans ce parti », the FN named earlier: the MNR may be the party
                m.reason = f"{MergeReason.ORG_DESCRIPTION.value}, an organisation of unknown type named since its one candidate"
            elif len(fits) == 1:
                m.cluster = fits[0]
                m.reason = MergeReason.ORG_DESCRIPTION.detail(f"the one organisation in play of type {m.org_description.type}")
            elif (salient := self._salient_candidate(m, earlier, fits if fits else self._untyped_companies(m, in_play, types, taught), here)) is not None:
                m.cluster = salient  # « Le préjudice pour X est certain. ... je fais confiance à l'entreprise », Z named further back
                m.reason = MergeReason.ORG_DESCRIPTION.detail(f"the one organisation of type {m.org_description.type} named in its sentence or the one before, and the most named of its type")
            elif not fits and m.org_description.type == COMMITTEE and self._title_committee():
                # « La commission a entendu M. X » in the record of a committee its title names
                m.cluster = self._committee_cluster()
                m.reason = MergeReason.ORG_DESCRIPTION.detail("the committee the record's title names, no other in play")
            elif not fits and m.org_description.type == COMMITTEE and (unnamed := self._unnamed_committee()):
                # « La commission auditionne Mme X », « notre commission d'enquête » in a record that names no committee
                m.cluster = self.cluster_of_name(EntityKind.ORGANISATION, unnamed)
                m.reason = MergeReason.ORG_DESCRIPTION.detail("the committee whose record the text is, which it names by its noun only")
            elif not fits and (last := self._last_untyped_organisation(m, earlier, here, types, taught)) is not None:
                m.cluster = last  # « ... fonde les Jeunesses X. ... la dissolution de ce groupe »
                m.reason = MergeReason.ORG_DESCRIPTION.detail("a demonstrative: the organisation named last, of no known type")
            elif not in_play and m.org_description.type == GOVERNMENT and not m.org_country and self._bare_description(m) and not self._government_named(types, taught):
                # « le gouvernement » in a text that names no organisation before it and no
                # government anywhere: the government it speaks of, as « le Gouvernement » is
                m.cluster = self._government_cluster()
                m.reason = MergeReason.ORG_DESCRIPTION.detail("the government, in a text that names no organisation before it")
            else:
                m.reason = f"{MergeReason.ORG_DESCRIPTION.value}, {len(fits) or 'no'} organisations of type {m.org_description.type} in play"

    def _salient_candidate(self, m: _Mention, earlier: list[_Mention], fits: list[str], here: int) -> Optional[str]:
        """Of several organisations of the description's type in play, the one named in its
        sentence or the one before, where no other organisation is, and named more often before
        it than each other one: the one the passage is about. None where there is none such, or one
        candidate only (the rules above weigh it)."""
        if len(fits) < 2:
            return None
        starts = self.sent_starts
        close = {r.cluster for r in earlier if here - (bisect_right(starts, r.start) - 1) <= 1}
        if len(close) != 1 or not close <= set(fits):
            return None  # « Le DTP est né de la fusion du Parti X ... » then « le parti »: another organisation near it
        chosen = next(iter(close))
        counts = Counter(r.cluster for r in earlier if r.cluster in fits)
        return chosen if all(counts[chosen] > counts[other] for other in fits if other != chosen) else None

    def _untyped_companies(self, m: _Mention, in_play: list[str], types: OrgTypes, taught: dict[str, frozenset[str]]) -> list[str]:
        """For a description of a company (« l'entreprise », « la société »), the organisations
        in play of no known type, which may be companies; none for other descriptions."""
        if m.org_description.type != COMPANY or m.org_description.place:
            return []
        return [cid for cid in in_play if types.of(self.clusters[cid].name) is None and not taught.get(cid)]

    def _last_untyped_organisation(self, m: _Mention, earlier: list[_Mention], here: int, types: OrgTypes, taught: dict[str, frozenset[str]]) -> Optional[str]:
        """A description after a demonstrative (« ce groupe », « cette association ») stands for
        the organisation named last, in its sentence or the one before, where no type is known of
        it that could tell otherwise; None where there is none such."""
        if m.start == 0 or self.doc[m.start].lower_ not in DEMONSTRATIVE_DETERMINERS or not earlier:
            return None
        last = max(earlier, key=lambda r: r.start)
        if here - (bisect_right(self.sent_starts, last.start) - 1) > 1:
            return None
        name = self.clusters[last.cluster].name
        return last.cluster if types.of(name) is None and not taught.get(last.cluster) else None

    def _modifier_of_type(self, m: _Mention, here: int, fits: list[str], types: OrgTypes, taught: dict[str, frozenset[str]]) -> bool:
        """An organisation of the description's type, other than its candidates, is named as a
        modifier (« sa chaîne Twitch ») in its sentence or the one before: it puts no organisation
        in play, but the description may stand for it, so the one candidate is not sure."""
        starts = self.sent_starts
        return any(
            r.cluster and r.cluster not in fits and r.end <= m.start and here - (bisect_right(starts, r.start) - 1) <= 1
            and self.clusters[r.cluster].kind is EntityKind.ORGANISATION and self._modifier(r)
            and types.fits(self.clusters[r.cluster].name, m.org_description, m.org_country, taught.get(r.cluster, frozenset()))
            for r in self.mentions
        )

    def _unknown_named_since(self, earlier: list[_Mention], candidate: str, types: OrgTypes, taught: dict[str, frozenset[str]]) -> bool:
        """An organisation of no known type is named after the description's one candidate was
        last named: it may be what the description stands for (a description with a place, « le
        géant de Cupertino », says more)."""
        last = max(r.end for r in earlier if r.cluster == candidate)
        return any(
            r.start >= last and r.cluster != candidate and types.of(self.clusters[r.cluster].name) is None and not taught.get(r.cluster)
            for r in earlier
        )

    def _says_of_itself(self, m: _Mention, subject: _Mention) -> bool:
        """« L'association Pixelia a annoncé qu'elle soutenait Y »: a subject pronoun right after
        the « que » of a verb of saying whose subject, the sentence's, is an organisation."""
        doc = self.doc
        j = m.start - 1
        if j < 1 or doc[j].lower_ not in ("que", "qu'", "qu’") or self.clusters[subject.cluster].kind is not EntityKind.ORGANISATION:
            return False
        verb = doc[j - 1]
        if verb.lemma_.lower() == "savoir" and j > 1 and doc[j - 2].lemma_.lower() == "faire":
            verb = doc[j - 2]  # « a fait savoir qu'il »
        elif verb.lemma_.lower() not in REPORTING_VERBS:
            return False
        inside = range(subject.start, subject.end)
        k = verb.i - 1
        while k >= subject.end and (doc[k].pos_ in ("AUX", "ADV") or doc[k].lower_ in ("ne", "n'", "n’")):
            k -= 1
        if verb.pos_ == "VERB" and subject.end <= verb.i and self._before_incise(k) == subject.end - 1:
            # « Le parti P a annoncé qu'il », « La ligue P, abandonnant toute action autonome, a
            # annoncé qu'elle »: the name right before the verb, or before an incise, whatever the parse made of it
            return True
        return verb.pos_ == "VERB" and any(c.dep_.startswith("nsubj") and any(t.i in inside for t in c.subtree) for c in verb.children)

    def _joined_name_of(self, word: str) -> list[str]:
        """The persons of the text named by one word joined by an Arabic particle (« Zia-ul-Haq »,
        « Nasr-el-Din ») whose first part is ``word`` (« Zia »): the name they are called by."""
        return [
            c.id for c in self.clusters.values()
            if c.kind is EntityKind.PERSON and len(c.name.split()) == 1 and name_key((parts := c.name.lower().split("-"))[0]) == word
            and len(parts) > 2 and parts[1] in JOINING_PARTICLES
        ]

    def _name_title(self) -> str:
        """The document's title where it reads as a person's full name, two to four name words
        (« Peter Thiel »), that the text names no organisation or place by (« Ligue du
        Renouveau »); else "". A news headline is no name."""
        title = " ".join((self.doc._.tpg_title or "").split())
        if not 2 <= len(title.split()) <= 4 or not all(_name_word(w) for w in title.split()):
            return ""
        if title.split()[0].lower() in TRANSCRIPT_KINDS:
            return ""  # « Intervention de Claire Vidal »: a transcript's heading, which names its speaker, not the one it is about
        key = name_key(title)
        return "" if any(c.kind is not EntityKind.PERSON and name_key(c.name) == key for c in self.clusters.values()) else title

    def _named_by_title(self, word: str) -> Optional[str]:
        """The person an encyclopedia article's title names in full (« Tung Chee-Hwa », « Muhammad
        Zia-ul-Haq »), for one word of that name used alone in the text (« Tung », « Zia ») that no
        full name of the text holds: that person's cluster (made here), else None. Names of the
        East and hyphenated surnames put the name one is called by anywhere in them."""
        title = self._name_title()
        if len(word.split()) != 1 or not title or not is_full_name(title):
            return None
        # not its last word, the surname of a name of the West, which other rules place; not a
        # first name (hyphens part the words of a key: « Zia-ul-Haq » gives « zia »)
        if word not in name_tokens(title)[:-1] or len(word) < 3 or gender_of(f"{word} X"):
            return None
        return self.cluster_of_name(EntityKind.PERSON, title)

    def _title_organisation(self, places: bool = False) -> str:
        """The organisation of the document named as its title is (« Zorbly »), or ""; with
        ``places``, a place too (the model reads many a website's name as a place)."""
        key = name_key(" ".join((self.doc._.tpg_title or "").split()))
        if not key:
            return ""
        kinds = (EntityKind.ORGANISATION, EntityKind.LOCATION) if places else (EntityKind.ORGANISATION,)
        found = [c.id for c in self.clusters.values() if c.kind in kinds and name_key(c.name) == key]
        return found[0] if len(found) == 1 else ""

    def _heading_names(self, cid: str, earlier: list[_Mention]) -> bool:
        """The organisation is first named in the document's first lines, its heading (a
        committee's record opens with the committee's name)."""
        first = min(r.start for r in earlier if r.cluster == cid)
        return bisect_right(self.sent_starts, first) - 1 < HEADING_SENTENCES

    def _title_committee(self) -> str:
        """The name of the parliamentary committee whose record the document is, as its title
        gives it (« Commission des lois, compte rendu n° 5 », « Intervention de X — Commission des
        finances, réunion du ... »); "" where the title names none. Found once per document."""
        if self.committee is None:
            self.committee = committee_named_in(self.doc._.tpg_title or "", self.r.committees)
        return self.committee

    def _committee_cluster(self) -> str:
        """The cluster of the committee the title names, made where the text does not name it."""
        return self.cluster_of_name(EntityKind.ORGANISATION, self._title_committee())

    def _unnamed_committee(self) -> str:
        """The name of the committee whose record of a hearing the text is, where it names it by
        its noun only: the longest committee description it holds, of more than one word (« notre
        commission d'enquête »: « Commission d'enquête »; « cette mission d'information »; not « la
        commission » alone), in a text that hears someone (« nous recevons », « la commission
        auditionne ») and names no committee and no other commission by name, and whose title
        names none; "" elsewhere. Found once per document."""
        if self._unnamed is None:
            self._unnamed = self._find_unnamed_committee()
        return self._unnamed

    def _find_unnamed_committee(self) -> str:
        """:meth:`_unnamed_committee`, worked out."""
        described = [m for m in self.mentions if m.org_description is not None and m.org_description.type == COMMITTEE]
        if not described or self._title_committee() or self._other_commission_named():
            return ""
        types = OrgTypes.shipped()
        if any(m.named and m.kind is EntityKind.ORGANISATION and COMMITTEE in getattr(types.of(clean_name(m.text)), "types", frozenset()) for m in self.mentions):
            return ""  # « la commission des affaires économiques » named: the description is hers
        doc = self.doc
        ends = {m.end for m in described}  # « la commission auditionne », « la commission d'enquête a entendu »
        hearing = any(doc[k].lemma_.lower() in WELCOMING_VERBS and (doc[k - 1].lower_ == "nous" or k in ends or k - 1 in ends) for k in range(1, len(doc)))
        if not hearing:
            return ""
        words = max((self._description_words(m) for m in described), key=len)
        if len(words.split()) < 2:
            return ""  # « la commission » alone: which one, the text does not say (« Commission » is also Brussels's)
        return words[:1].upper() + words[1:]

    def _description_words(self, m: _Mention) -> str:
        """The words of a description without its determiner (« notre commission d'enquête »:
        « commission d'enquête »), in lower case."""
        doc, k = self.doc, m.start
        while k < m.end - 1 and doc[k].pos_ == "DET":
            k += 1
        return doc[k : m.end].text.lower().replace("’", "'")

    def _resolve_committee_voice(self, m: _Mention) -> None:
        """« nous » in the record of a hearing that names no speaker, whose committee the text
        names by its noun only (:meth:`_unnamed_committee`): that committee, speaking as one."""
        m.cluster = self.cluster_of_name(EntityKind.ORGANISATION, self._unnamed_committee())
        m.reason = "« nous » in the record of a hearing that names no speaker: the committee it names by its noun"

    def _bare_description(self, m: _Mention) -> bool:
        """The description is its noun alone after a definite singular article (« le
        gouvernement », « au gouvernement »), with no word after it that describes it: no
        demonstrative, possessive or indefinite."""
        doc = self.doc
        after = doc[m.end] if m.end < len(doc) else None
        if after is not None and (after.pos_ in ("ADV", "ADJ") or after.lower_ in OF or "Part" in after.morph.get("VerbForm")):
            return False  # « au gouvernement légitimement élu de X »: a government described
        if m.start > 0 and doc[m.start - 1].lower_ == "dont":
            return False  # « un élu, dont le gouvernement a reçu Y »: the government of another
        if doc[m.start].lower_ in DEFINITE_SINGULAR:
            return m.end == m.start + 2  # « le gouvernement »
        return m.end == m.start + 1 and m.start > 0 and doc[m.start - 1].lower_ in DEFINITE_SINGULAR  # « au gouvernement »

    def _government_named(self, types: OrgTypes, taught: dict[str, frozenset[str]]) -> bool:
        """The text names a government anywhere (« le gouvernement français », « Matignon »), or
        describes one (« le gouvernement whig de X », « un gouvernement d'union »)."""
        doc = self.doc
        described = any(
            t.i + 1 < len(doc) and (doc[t.i + 1].pos_ == "ADJ" or doc[t.i + 1].lower_ in OF)
            for t in doc
            if t.lower_ in GOVERNMENT_NOUNS
        )
        government = Description("gouvernement", GOVERNMENT)
        return described or any(
            m.cluster and self.clusters[m.cluster].kind is EntityKind.ORGANISATION and types.fits(self.clusters[m.cluster].name, government, "", taught.get(m.cluster, frozenset()))
            for m in self.mentions
            if m.named
        )

    def _government_cluster(self) -> str:
        """The cluster of « Gouvernement », made where the text does not name it with its capital."""
        return self.cluster_of_name(EntityKind.ORGANISATION, "Gouvernement")

    def _other_commission_named(self) -> bool:
        """The text names a commission that is no committee of the shipped ones (« la Commission
        européenne »): « la Commission » may be that one."""
        types = OrgTypes.shipped()
        for m in self.mentions:
            words = clean_name(m.text).split()
            if m.named and m.kind is EntityKind.ORGANISATION and len(words) > 1 and words[0].lower() in COMMITTEE_NOUNS:
                known = self.r.gazetteer.canonical(clean_name(m.text))
                if known is None or COMMITTEE not in getattr(types.of(known[0]), "types", frozenset()):
                    return True
        return False

    # -- people -----------------------------------------------------------------------------
    def resolve_people(self) -> None:
        named = [m for m in self.mentions if m.kind is EntityKind.PERSON and m.named]
        for m in named:
            if is_full_name(m.text):
                key = name_key(m.text)
                cid = self.by_key.get((EntityKind.PERSON, key))
                reason = MergeReason.NAME.value
                if cid is None:  # « Laura Elizabeth Loomer » then « Laura Loomer », « Stephen » then « Steve »
                    variants = {
                        (c.id, kind)
                        for c in self.clusters.values()
                        if c.kind is EntityKind.PERSON and (kind := name_variant(c.name, clean_name(m.text))) in SAME_ARTICLE_VARIANTS
                    }
                    if len(variants) == 1:
                        cid, kind = variants.pop()
                        reason = MergeReason.VARIANT.detail(kind)
                        self.clusters[cid].name = spelled_right(self.clusters[cid].name, clean_name(m.text)) if kind in SLIP_VARIANTS else _fuller(self.clusters[cid].name, clean_name(m.text))
                cluster = self.clusters[cid] if cid else self.new_cluster(EntityKind.PERSON, clean_name(m.text))
                self.by_key[(EntityKind.PERSON, key)] = cluster.id
                m.cluster, m.reason = cluster.id, reason
        full = [c for c in self.clusters.values() if c.kind is EntityKind.PERSON]
        for m in named:
            if m.cluster and m.title_gender in ("m", "f"):
                self.clusters[m.cluster].genders.add(m.title_gender)  # « M. Luc X » then « Mme X »: no man's surname for her
        first_named: dict[str, int] = {}  # where each full name is first given
        for m in named:
            if m.cluster:
                first_named[m.cluster] = min(first_named.get(m.cluster, m.start), m.start)
        for m in named:
            if m.cluster:
                continue
            word = name_key(m.text)
            by_surname = [c for c in full if surname_of(c.name, word) and not (m.title_gender and c.gender not in ("", m.title_gender))]  # « Madame X » is no Éric X
            if m.title_gender == FAMILY:
                by_surname = []  # « Lucie Garnier ... les frères Garnier »: not her
            if len(by_surname) > 1 and len(before := [c for c in by_surname if first_named.get(c.id, len(self.doc)) < m.start]) == 1:
                by_surname = before  # « Donald Trump ... Trump ... sa fille Ivanka Trump »: the one named before it
            by_first = [c for c in full if name_tokens(c.name)[: len(word.split())] == tuple(word.split())]  # « Jean-Luc »: its two words
            if len(by_surname) == 1 and not self._famous_other(word, by_surname[0], m.title_gender):
                m.cluster, m.reason = by_surname[0].id, (MergeReason.TITLE if m.titled else MergeReason.SURNAME).value
            elif len(by_surname) == 1:
                m.reason = "surname shared with a well-known person not named in this document"
            elif len(by_surname) > 1 and len(gendered := [c for c in by_surname if m.title_gender and c.gender in ("", m.title_gender)]) == 1:
                m.cluster, m.reason = gendered[0].id, MergeReason.TITLE_GENDER.value
            elif len(by_surname) > 1:
                m.reason = "ambiguous surname"
            elif by_first and (EntityKind.PERSON, word) in self.by_key and not self._monarch(m):
                m.reason = "first name of a full name and of one known by it alone"  # « le pape François », « François Hollande »
            elif len(by_first) == 1 and not self._monarch(m):  # « le pape François » is not François Hollande
                m.cluster, m.reason = by_first[0].id, MergeReason.FIRST_NAME.value
            elif len(by_first) > 1 and not self._monarch(m):
                m.reason = "ambiguous first name"
            elif (titled := self._named_by_title(word)) is not None:
                m.cluster, m.reason = titled, MergeReason.SURNAME.detail("a part of the name the document's title is")
            elif len(joined := self._joined_name_of(word)) == 1:
                m.cluster, m.reason = joined[0], MergeReason.SURNAME.detail("the first part of a name joined by a particle")
            elif len(spelled := _surname_spelled_otherwise(word, full)) == 1 and not m.titled and not self._famous_other(word, spelled[0], m.title_gender):
                m.cluster, m.reason = spelled[0].id, MergeReason.SURNAME.detail("the surname of the one person named in full, spelled another way")  # « Volodymyr Zelensky ... Zelenskyy »
            elif gender_of(f"{m.text} X") and not m.titled and not self._monarch(m) and not self._after_role_noun(m):
                m.reason = "first name, no full name in this document"  # not « le ministre Bernard »: a surname
            else:
                key = (EntityKind.PERSON, word)
                cid = self.by_key.get(key) or self.new_cluster(EntityKind.PERSON, clean_name(m.text)).id
                self.by_key[key] = cid
                m.cluster, m.reason = cid, MergeReason.NAME.value
        for m in named:
            if not m.cluster:
                continue
            cluster = self.clusters[m.cluster]
            if m.role is not None:
                cluster.roles.add(str(m.role))
            if m.taught_class:
                cluster.role_classes.add(m.taught_class)
            if m.former_class:
                cluster.former_classes.add(m.former_class)
            if m.title_gender:
                cluster.genders.add(m.title_gender)
            if m.age:
                cluster.age = m.age
            if m.country:
                cluster.countries.add(m.country)
            if m.occupation:
                cluster.occupations.add(m.occupation)
                cluster.occupations.update(filter(None, [broader_occupations().get(m.occupation)]))

    def _title_name(self) -> tuple[str, str]:
        """The full name a profile's title gives (« Jeanne B. Dorval », « Paul Martin Jr. ») and
        the key of its surname; ("", "") when the title is no name (a headline: several words,
        not all capitalised), or does not begin with a known first name or an initial
        (« Affaire Benalla » names no person)."""
        title = " ".join(clean_name(self.doc._.tpg_title or "").split())
        words = title.split()
        if not 2 <= len(words) <= 4 or not all(_name_word(w) for w in words):
            return "", ""
        if not gender_of(title) and not re.fullmatch(r"[A-Z]\.(?:-?[A-Z]\.)?", words[0]):
            return "", ""
        keys = name_tokens(title)
        last = [k for k in keys if k.rstrip(".") not in {s.lower() for s in name_suffixes()}]
        return (title, last[-1]) if len(last) >= 2 else ("", "")

    def name_title_person(self) -> None:
        """In a profile titled by a person's full name (« Jeanne B. Dorval »), the one person the
        text names by the title's surname alone (« Dorval », « Mme Dorval ») or by its first name
        and surname without the middle name (« Jeanne Dorval ») is the title's person, and takes
        its full name. Not when the text names another person of that surname in full, nor a
        bare surname when the title ends in « Jr. » (the father may be meant), nor a person
        whose gender is not the title's."""
        title, surname = self._title_name()
        if not title:
            return
        people = [c for c in self.clusters.values() if c.kind is EntityKind.PERSON and c.id not in self.unplaced_names]
        key, suffixed = name_key(title), name_tokens(title)[-1] != surname
        if any(name_key(c.name) == key for c in people):
            return
        gender = gender_of(title)
        # the model often reads a surname alone as a place (« Wigmore »): in a profile it is the person
        places = [
            c
            for c in self.clusters.values()
            if c.kind is EntityKind.LOCATION and name_tokens(c.name) == (surname,) and not self.r.gazetteer.canonical(c.name)
        ]
        fits = [
            c
            for c in people
            if ((name_tokens(c.name) == (surname,) and not suffixed) or name_variant(c.name, title) == "middle name")
            and (not gender or c.gender in ("", gender))
        ] + ([] if suffixed else places)
        others = [c for c in people if c not in fits and len(name_tokens(c.name)) >= 2 and name_tokens(c.name)[-1] == surname]
        if len(fits) != 1 or others:
            return
        cluster = fits[0]
        cluster.name, cluster.kind = title, EntityKind.PERSON
        self.by_key[(EntityKind.PERSON, key)] = cluster.id
        for m in self.mentions:
            if m.cluster == cluster.id and m.named:
                m.reason, m.kind = MergeReason.PAGE_TITLE.value, EntityKind.PERSON

    def _famous_other(self, surname: str, cluster: _Cluster, title_gender: str = "") -> bool:
        """A bare surname shared with a well-known person other than the one in the document; not
        one of the other gender than the title before the surname (« M. Vidal » is no Frédérique
        Vidal)."""
        famous = [h for h in self.r.table.holders_with_surname(surname) if not (title_gender and gender_of(h) not in ("", title_gender))]
        # « J. Castex » in the document is the well-known « Jean Castex », not another
        return any(name_key(h) != name_key(cluster.name) and name_variant(h, cluster.name) not in SAME_ARTICLE_VARIANTS for h in famous)

    def resolve_others(self) -> None:
        for m in self.mentions:
            if m.alias_of is not None or m.org_description is not None or m.anaphor:
                continue  # a description or a pronoun (« en ») is placed later
            if m.kind is EntityKind.LOCATION and not m.named and m.country:
                continue  # « le peuple ukrainien »: placed later, on its country
            if m.kind is EntityKind.PERSON and not self._government_of(m):  # « Washington » read as a person
                continue
            known = self.r.gazetteer.canonical(clean_name(m.text)) or self.r.gazetteer.canonical(m.text) or self._fused_article_name(m)
            branch = None if known else self._national_branch(m)
            name = known[0] if known else branch[0] if branch else clean_name(m.text)
            reason = (MergeReason.NATIONAL_BRANCH if branch else MergeReason.NAME if name == clean_name(m.text) else MergeReason.KNOWN_NAME).value
            government = self._government_of(m)
            if government:  # « Bruxelles a infligé une amende à X »
                known = self.r.gazetteer.canonical(government)
                name, m.kind, reason = known[0] if known else government, EntityKind.ORGANISATION, MergeReason.CAPITAL.value
            if m.kind is EntityKind.ORGANISATION and name_key(name) in COMMITTEE_NOUNS and self._title_committee() and not self._other_commission_named():
                m.cluster, m.reason = self._committee_cluster(), MergeReason.ORG_DESCRIPTION.detail("the committee the record's title names")
                continue  # « La Commission procède à l'audition de X » in a committee's record
            m.cluster, m.reason = self.cluster_of_name(m.kind, name), reason
        for m in self.mentions:
            if m.alias_of is not None and m.alias_of.cluster:
                m.cluster, m.reason = m.alias_of.cluster, m.alias_reason
        self.join_short_names()
        self.join_member_states()

    def join_member_states(self) -> None:
        """« La Communauté et ses États membres condamnent ... »: the words of the member states
        after an organisation's name belong to its mention, the one party that speaks in the
        statements of the European Community and Union (the mention keeps the whole phrase as one
        of its names, and the verb after it has that subject)."""
        doc = self.doc
        for m in self.mentions:
            if m.kind is not EntityKind.ORGANISATION or not m.cluster:
                continue
            after = [strip_accents(t.lower_) for t in doc[m.end : m.end + len(MEMBER_STATES)]]
            if after == list(MEMBER_STATES):
                m.end += len(MEMBER_STATES)
                m.text = tokens_text(doc, m.start, m.end)

    def _national_branch(self, m: _Mention) -> Optional[tuple[str, EntityKind]]:
        """« Google France », « Meta France »: an organisation named by a known organisation (or one
        the document names) and a country of ``branch_country`` is that organisation's branch, one
        entity with it, as the news speaks of it; not a name that is itself another (« Air
        France »: « Air » is none)."""
        words = clean_name(m.text).split()
        if m.kind is not EntityKind.ORGANISATION or len(words) < 2 or words[-1].lower() not in BRANCH_COUNTRIES:
            return None
        parent = " ".join(words[:-1])
        named = any(o.kind is EntityKind.ORGANISATION and clean_name(o.text) == parent for o in self.mentions)
        return self.r.gazetteer.canonical(parent) or ((parent, EntityKind.ORGANISATION) if named else None)  # « Nokia », named in the document

    def _fused_article_name(self, m: _Mention) -> Optional[tuple[str, EntityKind]]:
        """« a déclaré au Monde », « les journalistes du Monde »: one word the model read as an
        organisation after « du » or « au », whose name with « Le » is a known organisation, is
        that organisation (« Le Monde »); else None. The gazetteer does not match « du Monde » itself,
        which stands as often in « la Coupe du Monde »: the model's reading of an organisation decides."""
        if m.kind is not EntityKind.ORGANISATION or m.end - m.start != 1 or m.start == 0 or self.doc[m.start - 1].lower_ not in CONTRACTED:
            return None
        known = self.r.gazetteer.canonical(f"Le {m.text}")
        return known if known is not None and known[1] is EntityKind.ORGANISATION else None

    def join_surnames_read_as_places(self) -> None:
        """« Recep Tayyip Erdoğan ... Erdogan »: one word the model read as a place or an
        organisation, no known name of its own, that is the surname of the one person named in
        full before it in the document (or that surname spelled another way: « Zelenskyy »), is
        that person."""
        persons = [c for c in self.clusters.values() if c.kind is EntityKind.PERSON and len(name_tokens(c.name)) >= 2]
        first = self._first_mention()
        for other in [c for c in self.clusters.values() if c.kind in (EntityKind.LOCATION, EntityKind.ORGANISATION)]:
            words = name_tokens(other.name)
            if len(words) != 1 or self.r.gazetteer.canonical(other.name) or other.name.lower() in nationalities():
                continue
            if any(m.cluster == other.id and _family_surname(self.doc, m.start, m.end) for m in self.mentions):
                continue  # « Claire Lavergne ... les Lavergne »: a family, read as a place, is not her
            key = name_key(other.name)
            fits = [c for c in persons if surname_of(c.name, key) and first.get(c.id, len(self.doc)) < first.get(other.id, 0)]
            if not fits:  # « Volodymyr Zelensky ... Zelenskyy »: the surname spelled another way
                fits = [c for c in _surname_spelled_otherwise(key, persons) if first.get(c.id, len(self.doc)) < first.get(other.id, 0)]
            if len(fits) == 1 and other.id in self.clusters:
                for m in self.mentions:
                    if m.cluster == other.id:
                        m.kind = EntityKind.PERSON
                self._merge_cluster(other, fits[0], MergeReason.SURNAME.value)

    def _government_of(self, m: _Mention) -> str:
        """What a capital stands for (``metonyms.tsv``) where it is the subject of a verb that
        is not one of place, or the object of a verb of the relation lexicon, in an article that
        holds one of its words; "" otherwise."""
        if m.kind not in (EntityKind.LOCATION, EntityKind.PERSON) or m.end - m.start != 1 or not m.named:
            return ""
        found = metonyms().get(clean_name(m.text))
        if found is None:
            return ""
        government, words = found
        token, doc = self.doc[m.start], self.doc
        verb = token.head if token.dep_.startswith("nsubj") and token.head.pos_ in ("VERB", "AUX") else self._verb_right_after(m)
        if verb is None and token.dep_ == "obj" and token.head.pos_ == "VERB" and token.head.lemma_.lower() in cue_verbs():
            verb = token.head  # « accusant Bruxelles de censure », « a sanctionné Moscou »: a government acted on
        if verb is None or _after_preposition(doc, m.start):
            return ""
        if verb.lemma_ in PLACE_VERBS:
            return ""
        if words and not any(w in self._text_words() for w in words):
            return ""
        return government

    def _verb_right_after(self, m: _Mention) -> Optional[Token]:
        """« Bruxelles a déclenché ... » that the parser cut at the name: the verb of a finite
        auxiliary or verb right after a name that opens its sentence; else None."""
        doc = self.doc
        starts = self.sent_starts
        k = bisect_right(starts, m.start) - 1
        if k < 0 or starts[k] != m.start or m.end >= len(doc):
            return None
        after = doc[m.end]
        if after.pos_ not in ("VERB", "AUX") or "Fin" not in after.morph.get("VerbForm"):
            return None
        return after.head if after.pos_ == "AUX" and after.head.pos_ == "VERB" else after

    def _text_words(self) -> frozenset[str]:
        """The document's words and two-word phrases, as written (read once)."""
        if self._words is None:
            tokens = [t.text for t in self.doc]
            self._words = frozenset(tokens) | frozenset(f"{a} {b}" for a, b in zip(tokens, tokens[1:]))
        return self._words

    def join_short_names(self) -> None:
        """« la Commission » beside « la Commission européenne »: a one-word organisation that is
        no known name of its own joins the one longer organisation of the document it begins (of
        several, the one named before it, if only one is); « le Parti communiste » beside « le Parti communiste français » joins it too (the longer
        name is the shorter one and a country's adjective)."""
        self._join_without_nationality()
        listed = short_names()
        for c in self.clusters.values():
            if c.kind is EntityKind.LOCATION and c.name in listed and any(w in self._text_words() for w in listed[c.name][1]):
                c.kind = EntityKind.ORGANISATION  # « la Communauté et ses États membres »: the model saw a place
                for m in self.mentions:
                    if m.cluster == c.id:
                        m.kind = EntityKind.ORGANISATION
        orgs = [c for c in self.clusters.values() if c.kind is EntityKind.ORGANISATION]
        for short in orgs:
            words = name_tokens(short.name)
            if len(words) != 1 or self.r.gazetteer.canonical(short.name):
                continue
            if self._short_name_in_its_context(short):
                self._expand_short_name(short)  # « le Conseil » of a text on the Union, though it names the Security Council too
                continue
            others = listed[short.name][2] if short.name in listed else frozenset()
            longer = [c for c in orgs if c.id in self.clusters and len(name_tokens(c.name)) >= 2 and name_tokens(c.name)[0] == words[0] and name_key(c.name) not in others]
            if len(longer) > 1:
                # « le Parti » in an article on the Parti communiste français that names the Parti
                # radical later: the one named before it
                first = self._first_mention()
                longer = [c for c in longer if first.get(c.id, len(self.doc)) < first.get(short.id, 0)]
            if len(longer) == 1 and self._named_later_in_its_body(short, longer[0]):
                continue  # « Le Conseil a dit qu'il appuyait le Conseil de sécurité »: the body speaks of another
            if len(longer) == 1:
                self._merge_cluster(short, longer[0])
            elif not longer:
                self._expand_short_name(short)

    def _short_name_in_its_context(self, short: _Cluster) -> bool:
        """The document holds a word of the context ``short_names.tsv`` gives the one-word name
        (« le Conseil » in a text that names the Union), and names no longer organisation that
        begins with it before it: the table says which body the name is (« Le Conseil applique une
        décision du Conseil de sécurité », in a text on the Union: the Council of the Union)."""
        found = short_names().get(short.name)
        if found is None or not any(w in self._text_words() for w in found[1]):
            return False
        first, word = self._first_mention(), name_tokens(short.name)[0]
        start = first.get(short.id, 0)
        return not any(
            c.kind is EntityKind.ORGANISATION and c.id != short.id and len(name_tokens(c.name)) >= 2 and name_tokens(c.name)[0] == word and first.get(c.id, len(self.doc)) < start
            for c in self.clusters.values()
        )

    def _named_later_in_its_body(self, short: _Cluster, longer: _Cluster) -> bool:
        """The short name stands in the text's body, past its first sentence, before the longer
        name is ever given: it is no short form of a name the reader has not met yet."""
        first = self._first_mention()
        start = first.get(short.id, 0)
        return start < first.get(longer.id, 0) and bisect_right(self.sent_starts, start) - 1 > 0

    def _join_without_nationality(self) -> None:
        """An organisation of several words that another of the document names with a country's
        adjective after it (« Parti communiste » and « Parti communiste français ») is that one,
        unless it is a known name of its own."""
        orgs = [c for c in self.clusters.values() if c.kind is EntityKind.ORGANISATION]
        by_key = {name_key(c.name): c for c in orgs}
        for long in orgs:
            words = long.name.split()
            if len(words) < 3 or words[-1].lower() not in nationalities():
                continue
            short = by_key.get(name_key(" ".join(words[:-1])))
            if short is None or short is long or self.r.gazetteer.canonical(short.name):
                continue
            self._merge_cluster(short, long)
        self._join_without_complement(orgs)

    def _join_without_complement(self, orgs: list[_Cluster]) -> None:
        """« la Cour suprême » beside « la Cour suprême du Brésil »: an organisation of several
        words that begins the one longer organisation of the document whose next word is « de »
        is that one, unless it is a known name of its own other than an institution's noun
        (« la Cour suprême » is the one of the country the document names)."""
        for short in orgs:
            words = short.name.split()
            if short.id not in self.clusters or (self.r.gazetteer.canonical(short.name) and short.name.lower() not in institution_nouns()):
                continue
            if len(words) == 1 and self._short_name_in_its_context(short):
                continue  # the table's reading (:meth:`join_short_names`)
            longer = [
                c for c in orgs
                if c is not short and c.id in self.clusters and len(c.name.split()) > len(words) + 1
                and name_key(" ".join(c.name.split()[: len(words)])) == name_key(short.name)
                and c.name.split()[len(words)].lower() in OF
            ]
            if len(longer) == 1 and not self._named_later_in_its_body(short, longer[0]):
                self._merge_cluster(short, longer[0])

    def _expand_short_name(self, short: _Cluster) -> None:
        """« la Commission » in an article on European law, no longer name beginning with it:
        the full name ``short_names.tsv`` gives it (joined to that organisation's node if the
        document names it otherwise, by an acronym or another form)."""
        found = short_names().get(short.name)
        if found is None or not any(w in self._text_words() for w in found[1]):
            return
        known = self.r.gazetteer.canonical(found[0])
        full = known[0] if known else found[0]
        other = next((c for c in self.clusters.values() if c.kind is EntityKind.ORGANISATION and c.id != short.id and name_key(c.name) == name_key(full)), None)
        if other is not None:
            self._merge_cluster(short, other, MergeReason.INSTITUTION_SHORT_NAME.detail(f"{full}: short_names.tsv"))
            return
        short.name = full
        for m in self.mentions:
            if m.cluster == short.id:
                m.reason = MergeReason.INSTITUTION_SHORT_NAME.detail(f"{full}: short_names.tsv")

    def join_regnal_names(self) -> None:
        """« Charles IV » beside « Charles IV d'Espagne », « Knut IV » beside « Knut IV le Saint »:
        a monarch's name without the place he reigned over or his epithet is the same person."""
        people = [c for c in self.clusters.values() if c.kind is EntityKind.PERSON]
        by_key = {name_key(c.name): c for c in people}
        for long in people:
            found = _REGNAL_PLACE.fullmatch(long.name)
            short = by_key.get(name_key(found[1])) if found else None
            if short is not None and short is not long and short.id in self.clusters and long.id in self.clusters:
                self._merge_cluster(short, long, MergeReason.VARIANT.value)

    def _first_mention(self) -> dict[str, int]:
        """Cluster -> the first token of its first mention."""
        first: dict[str, int] = {}
        for m in self.mentions:
            if m.cluster and m.start < first.get(m.cluster, len(self.doc)):
                first[m.cluster] = m.start
        return first

    def join_person_aliases(self) -> None:
        """The persons named after « alias » (:meth:`collect_person_aliases`) join the person
        whose other name they are, with every mention placed on them (their surname alone too)."""
        for m in self.mentions:
            full = m.alias_of
            if m.kind is not EntityKind.PERSON or full is None or not m.cluster or not full.cluster or m.cluster == full.cluster:
                continue
            if m.cluster in self.clusters and full.cluster in self.clusters:
                self._merge_cluster(self.clusters[m.cluster], self.clusters[full.cluster], m.alias_reason)

    def _merge_cluster(self, short: _Cluster, longer: _Cluster, reason: str = MergeReason.SHORT_NAME.value) -> None:
        """Every mention of ``short`` goes to ``longer``, as a short name of it."""
        for m in self.mentions:
            if m.cluster == short.id:
                m.cluster, m.reason = longer.id, reason
        del self.clusters[short.id]
        self.by_key = {k: (longer.id if v == short.id else v) for k, v in self.by_key.items()}

    def resolve_roles(self) -> None:
        """Role descriptions that name their organisation or country ("le patron de Facebook")."""
        people = [c for c in self.clusters.values() if c.kind is EntityKind.PERSON]
        named_keys = {name_key(c.name) for c in people}
        for m in self.mentions:
            if m.role is None or m.named:
                continue
            if m.linked is not None:
                m.cluster = m.linked.cluster
                m.reason = MergeReason.APPOSITION.value if m.cluster else "apposition to an unresolved name"
                if m.recalled and m.cluster:
                    m.reason = MergeReason.RECALLED_ROLE.value
                continue
            if m.former:
                continue  # placed with the pronoun-like descriptions, among the persons in play
            described = _called_by_noun(m.role.cls, people) if m.implied else []
            if m.gender == "f":
                described = [c for c in described if c.gender == "f"]  # « Mme le Premier ministre »: not the chancellor Kohl, of no gender known
            if len(described) == 1:  # « le premier ministre Justin Trudeau ... le premier ministre »: him, not France's
                m.cluster, m.reason = described[0].id, MergeReason.ROLE.detail("the one person the document calls by its noun")
                continue
            if described:
                m.reason = "ambiguous role"
                continue
            abroad = self._holder_abroad(m, people)
            if abroad is not None:  # « le Premier ministre de la Slovénie, M. X ... le Premier ministre »: X, not France's
                m.cluster, m.reason = abroad.id, MergeReason.ROLE.detail("the one person the document gives this role, of another country than the one its words imply")
                continue
            holders = [c for c in people if str(m.role) in c.roles]
            if len(holders) == 1:
                unplaced = holders[0].id in self.unplaced_names
                m.cluster, m.reason = holders[0].id, UNPLACED_ROLE if unplaced else "role (given to this person earlier in the document)"
                continue
            if holders:
                m.reason = "ambiguous role"
                continue
            if self.date is None and not m.incoming:
                ever = [c for c in people if self.r.table.fits(c.name, m.role.cls, m.role.qualifier, None)]
                still = [c for c in ever if m.role.cls not in c.former_classes] if len(ever) > 1 else ever
                if len(still) == 1:  # « l'ancien président américain X ... le président américain »: not X
                    not_former = " and is not called its former holder" if len(ever) > 1 else ""
                    still[0].roles.add(str(m.role))
                    m.cluster, m.reason = still[0].id, f"role table ({m.role}, held at some time; undated article: the one person in play who held it{not_former})"
                    continue
            holder = self.r.table.holder(m.role, self.date, incoming=m.incoming)
            when = f"on {self._day()}"
            if holder is None and self.date is None and not m.incoming:
                # an undated article, a sentence that gives its time: « En mai 2024, le Premier ministre français ... »
                period = _period_of(self.doc[m.start].sent.text)
                holders = {self.r.table.holder(m.role, day) for day in period} if period else {None}
                if len(holders) == 1 and None not in holders:
                    holder, when = holders.pop(), f"from {period[0]} to {period[1]}, the time its sentence gives"
            if holder is not None and m.gender == "f" and gender_of(holder) == "m":
                m.reason = f"role in the feminine ({m.role}); its holder on {self._day()} ({holder}) is a man"
                continue  # « la présidente du parti », after a man took over: another woman, or a mistake
            if holder is None:
                # not where its country is only implied (« le président de la République »): a
                # « président X » of no known country may well be another republic's
                described = None if self._implied_country(m) else self._described_by_class(m.role, people)
                if described is not None:
                    described.roles.add(str(m.role))
                    m.cluster, m.reason = described.id, MergeReason.ROLE.detail("the one person the document calls by its noun, of no other country")
                    continue
                if m.role.cls in COMPANY_ROLES and _country_in(m.role.qualifier) and _holding_class(m.role.cls, people):
                    m.reason = "ambiguous role"  # « le patron américain » between two bosses in play: either
                    continue
                if m.implied:
                    m.reason = "role whose country French news leaves out, holder unknown"  # no unplaced « Premier ministre » of France
                    continue
                cluster = self.new_cluster(EntityKind.PERSON, m.text)
                cluster.roles.add(str(m.role))
                if m.gender in ("f", "m"):
                    cluster.genders.add(m.gender)  # « la présidente du parti »: no man the corpus taught that role; « le chef de l'État »: no « elle »
                cluster.name = cluster.id  # no proper name yet: the corpus may give one
                self.unplaced_names[cluster.id] = m.text
                m.cluster, m.reason = cluster.id, UNPLACED_ROLE
                continue
            if self.in_quote(m.start) and name_key(holder) not in named_keys:
                m.reason = f"role in quoted speech; its holder on {self._day()} ({holder}) is not named in the document"
                continue
            if name_key(holder) not in named_keys and self._implied_elsewhere(m):
                m.reason = f"role of the country its words imply ({m.role}), in a document that names other countries and not that one"
                continue
            match = [c for c in people if name_key(c.name) == name_key(holder)]
            cluster = match[0] if match else self.new_cluster(EntityKind.PERSON, holder)
            cluster.roles.add(str(m.role))
            m.cluster, m.reason = cluster.id, f"role table ({m.role} {when})"

    def _holder_abroad(self, m: _Mention, people: list[_Cluster]) -> Optional[_Cluster]:
        """For a role whose country French news leaves out (« le Premier ministre »), the one
        person the document gave that role in another country (« le Premier ministre de la
        Slovénie, M. X »), where no one holds it in the implied country as far as the document
        tells, no other mention gives it in the implied country, and the implied country's holder
        on the article's date is not named in it."""
        if not m.implied or m.role is None:
            return None
        if any(str(m.role) in c.roles for c in people):
            return None
        if any(r is not m and not r.implied and r.role is not None and str(r.role) == str(m.role) for r in self.mentions):
            return None  # « Le Président de la République ... avec le Président du Chili, X ... le Chef de l'État »: the implied country's, as before
        # named before it: « le chef de l'État a parlé avec le président du Mali, X » is not X
        abroad = [c for c in _holding_class(m.role.cls, people) if c.id != m.cluster and any(r.cluster == c.id and r.end <= m.start for r in self.mentions)]
        if len(abroad) != 1:
            return None
        holder = self.r.table.holder(m.role, self.date) if self.date is not None else None
        if holder is not None and any(name_key(c.name) == name_key(holder) for c in people):
            return None
        return abroad[0]

    def _described_by_class(self, role: Role, people: list[_Cluster]) -> Optional[_Cluster]:
        """« Le président Paul Martin ... le chef de l'État sénégalais »: the one person the
        document called by the role's noun with no country (``role_classes``), whose country
        as far as known is that of the role; None where there is not exactly one. Roles of
        a country only: « le patron Paul Martin » says nothing of which company. A company's
        role with a country (« le chef d'entreprise américain ») is the one person in play with
        that role in any company, of no other country."""
        country = _country_in(role.qualifier)
        if not country:
            return None
        called = _called_by_noun(role.cls, people)
        if role.cls in COMPANY_ROLES:
            called += [c for c in _holding_class(role.cls, people) if c not in called]
        elif role.cls in PORTFOLIO_ROLES:  # « le ministre délégué au Numérique X ... le ministre français »
            called += [c for c in _holding_portfolio(role.cls, people) if c not in called]
        fits = [c for c in called if _countries(c, self.r.table) <= {country}]
        return fits[0] if len(fits) == 1 else None

    def _implied_country(self, m: _Mention) -> bool:
        """The role's country is only implied by its words (« le président de la République »:
        France, ``implied_countries.tsv``; « le ministre de l'Intérieur »: France's, a portfolio of
        ``portfolios.tsv``), no adjective of nationality names it."""
        assert m.role is not None
        words = [t.lower_ for t in self.doc[m.start : m.end]]
        if _portfolio_role(m.role):
            return not any(w in nationalities() for w in words)  # « le ministre de l'Intérieur »: France's
        said = _norm(" ".join(words))
        implied = any(implied_countries().get(w) == m.role.qualifier for w in words) or any(
            " " in noun and noun in said and country == m.role.qualifier for noun, country in implied_countries().items()
        )
        return implied and not any(w in nationalities() for w in words)

    def _implied_elsewhere(self, m: _Mention) -> bool:
        """« le président de la République » implies France (``implied_countries.tsv``), as French
        news writes it; not in a document that names other countries (by name or adjective) and
        never France, as the press of another republic does."""
        if not self._implied_country(m):
            return False
        if self._countries_named is None:
            countries = set(nationalities().values())
            named = {nationalities()[t.lower_] for t in self.doc if t.lower_ in nationalities()}
            named |= {"France"} if any(t.lower_ in FRENCH_SEATS for t in self.doc) else set()  # « reçu au Palais de l'Élysée »
            named |= {"France"} if self._french_office_in_title() else set()  # « Entretien de M. X, ministre de l'Europe et des affaires étrangères »
            named |= {clean_name(x.text) for x in self.mentions if x.kind is EntityKind.LOCATION and clean_name(x.text) in countries}
            self._countries_named = frozenset(named)
        country = HOME_COUNTRY if _portfolio_role(m.role) else m.role.qualifier
        return country not in self._countries_named and bool(self._countries_named)

    def _french_office_in_title(self) -> bool:
        """The title names its speaker by an office of the French government without another
        country (« Interview de M. X, secrétaire d'État aux affaires européennes, à RTL »): the
        text speaks from France."""
        title = " ".join((self.doc._.tpg_title or "").lower().replace("’", "'").split())
        if not title or any(word.strip(",.;:()") in nationalities() for word in title.split()):
            return False
        return any(re.search(r"\b" + re.escape(office) + r"\b", title) for office in FRENCH_OFFICES)

    def _day(self) -> str:
        return self.date.isoformat() if self.date else "?"

    # -- anaphora ---------------------------------------------------------------------------
    def resolve_anaphora(self) -> None:
        """Pronouns and descriptions, in reading order, so that a resolved "il" counts as a
        person in play for the next sentence."""
        self.sent_of = {m.start: bisect_right(self.sent_starts, m.start) - 1 for m in self.mentions}
        self._by_sentence = None
        for m in self.mentions:
            if m.anaphor in ("speaker", "title_speaker", "title_addressee", "turn_speaker", "vocative", "interviewee", "called_role", "interrupted", "france_voice", "committee_voice", "hearing_guest", "question_addressee", "resumed_vocative", "turn_vocative", "speech_vocative", "welcomed_guest", "joint_countries", "joint_press_speaker", "joint_press_we", "told_addressee", "quoted_call"):
                continue  # placed last: its speaker may be a pronoun after it (« », dit-il)
            if m.anaphor:
                self._resolve_anaphor(m)
            elif m.occupation and not m.named:
                self._resolve_occupation(m)
            elif m.country and not m.named:
                self._resolve_demonym(m)
            elif m.role_class or (m.former and m.role is not None):
                self._resolve_description(m)
        for m in self.mentions:
            if m.anaphor == "speaker":
                self._resolve_speaker(m)
            elif m.anaphor == "title_speaker":
                self._resolve_title_speaker(m)
                self._we_two(m)
            elif m.anaphor == "france_voice":
                self._resolve_france_voice(m)
            elif m.anaphor == "committee_voice":
                self._resolve_committee_voice(m)
            elif m.anaphor == "joint_declarants":
                self._resolve_joint_declarants(m)
            elif m.anaphor == "joint_countries":
                self._resolve_joint_countries(m)
            elif m.anaphor == "joint_press_speaker":
                self._resolve_joint_press_speaker(m)
            elif m.anaphor == "joint_press_we":
                self._resolve_joint_press_we(m)
            elif m.anaphor == "title_addressee" and self._called_otherwise(m, self._voices()[1]):
                m.reason = f"« {m.text.lower()} » spoken to someone its sentence calls by a title of the other gender than the title's addressee"
            elif m.anaphor == "title_addressee":
                self._resolve_title_person(m, self._voices()[1], "in a letter or a speech: the addressee or the guest its title or its signature names")
            elif m.anaphor == "turn_speaker":
                self._resolve_title_person(m, clean_name(self._turn_speaker(m.start)), "in minutes: the speaker its turn's label names")
                if m.cluster and m.text.lower() == "nous":
                    self._we_two_called(m)  # « M. X. - Madame Y, nous nous sommes vus hier »
            elif m.anaphor == "possessive" and m.reason == OPENING_POSSESSIVE:
                self._opening_possessive_by_pronoun(m)
            elif m.anaphor == "interviewee":
                self._resolve_title_person(m, self._voices()[0], "in a transcript's question: the one interviewed, its title names")
            elif m.anaphor == "vocative":
                _placed_as(m, self._vocative(m.start), "« vous » in a sentence that calls on one person by name")
            elif m.anaphor == "called_role":
                self._resolve_title_person(m, self._called_role(m.start), "in minutes: the one its line calls on by role, whom the chair gives the floor to")
            elif m.anaphor == "resumed_vocative":
                _placed_as(m, self._resumed_vocative(m.start), "« vous » in a speech resumed after an interjection, whose first part calls on one person")
            elif m.anaphor == "turn_vocative":
                _placed_as(m, self._turn_vocative(m.start), "« vous » in a turn of minutes that called on one person by name before it")
            elif m.anaphor == "speech_vocative":
                _placed_as(m, self._speech_vocative(m.start), "« vous » in a text of one voice that called on one person by name before it")
            elif m.anaphor == "welcomed_guest":
                _placed_as(m, self._welcomed_guest(m.start), "« vous » in a text of one voice that opened by welcoming one person")
            elif m.anaphor == "question_addressee":
                _placed_as(m, self._question_addressee(m.start), "« vous » in the turn of minutes whose question is addressed to one person")
            elif m.anaphor == "told_addressee":
                _placed_as(m, self._told_addressee(m.start), "« vous » in a quotation said to one party, named after « à » beside the verb of saying")
            elif m.anaphor == "quoted_call":
                _placed_as(m, self._quoted_call(m.start), "« vous » in a quoted sentence that calls on one person by name, set off by a comma")
            elif m.anaphor == "hearing_guest":
                self._resolve_title_person(m, self._hearing_guest(m.start), "in the minutes of a hearing: the one heard, its title names, in another's turn")
            elif m.anaphor == "interrupted":
                self._resolve_title_person(m, clean_name(self._interrupted(m.start)), "in minutes: an interjection's « vous », the speaker it interrupts")

    def _first_line(self) -> tuple[str, int]:
        """The text's first line and the token it ends before (("", 0) for an empty text)."""
        start, end = line_bounds(self.doc, 0, 1) if len(self.doc) else (0, 0)
        return self.doc[start:end].text, end

    def _opening_lines(self) -> list[str]:
        """The text's first lines (:data:`OPENING_LINES`, a blank line counted as one), each
        stripped, read up to the line break that ends them: the document's whole text is not
        built for them."""
        doc, end, seen = self.doc, len(self.doc), 0
        for b in line_break_tokens(doc):
            seen += doc[b].text.count("\n")
            if seen >= OPENING_LINES:
                end = b + 1
                break
        return [line.strip() for line in doc[:end].text.split("\n")[:OPENING_LINES]]

    def _greeted(self) -> str:
        """The one interviewed whom the text's first line greets (:func:`greeted_interviewee`)."""
        return greeted_interviewee(self._first_line()[0].strip())

    def _heading(self) -> str:
        """The text's first line where it reads as a heading (no longer than
        :data:`HEADING_CHARACTERS`, other lines after it), which may name the speaker the title
        does not (a page's own heading copied above the speech); else ""."""
        line, end = self._first_line()
        line = line.strip()
        return line if 0 < len(line) <= HEADING_CHARACTERS and end < len(self.doc) else ""

    def _speaks_for_france(self) -> bool:
        """The text is a statement of France's voice abroad (``france_voice`` in
        ``function_words.tsv``, read in its title or its first line: « représentant permanent de
        la France auprès des Nations unies », « porte-parole du ministère des affaires
        étrangères ») that names France, where its « nous » is France, not the speaker alone. Read once."""
        if self._france_voice is None:
            heading = f"{self.doc._.tpg_title or ''} {self._first_line()[0]}".lower().replace("’", "'")
            named = any(m.kind is EntityKind.LOCATION and m.named and name_key(m.text) == "france" for m in self.mentions)
            self._france_voice = named and any(phrase in heading for phrase in FRANCE_VOICE)
        return self._france_voice

    def _resolve_france_voice(self, m: _Mention) -> None:
        """A subject « nous » in a statement of France's voice abroad: France, where the text names it."""
        found = next((c for c in self.clusters.values() if c.kind is EntityKind.LOCATION and name_key(c.name) == "france"), None)
        if found is None:
            m.reason = "« nous » in a statement of France's voice abroad that does not name France"
            return
        m.cluster, m.reason = found.id, "« nous » in a statement of France's voice abroad (its title or heading): France"

    def _we_two(self, m: _Mention) -> None:
        """« Nous nous sommes rencontrés à maintes reprises », « nous avons eu l'occasion de nous
        voir »: a subject « nous » of a verb of meeting each other, in a letter or a speech to one
        person, stands for the speaker and that person (its other member)."""
        addressee = self._voices()[1]
        if not m.cluster or m.text.lower() != "nous":
            return
        if not addressee:
            self._we_two_called(m)
            return
        if not self._before_reciprocal_meeting(m) and not self._had_meeting(m):
            return
        found = self._person_of_title_name(addressee)
        if found is not None and self._names_in_sentence(m, found.id):
            return  # « Nous nous sommes vus, M. X et moi »: the sentence names whom
        if self._names_another(m, found.id if found is not None else ""):
            return  # « M. Y m'a envoyé son ministre et nous aurons l'occasion de nous voir »: Y's, not the addressee's
        cid = found.id if found is not None else self.new_cluster(EntityKind.PERSON, addressee).id
        if cid != m.cluster:
            m.extra = [cid]
            m.reason += f", with the addressee ({addressee}): « nous » who met"

    def _we_two_called(self, m: _Mention) -> None:
        """« Monsieur Luc X, nous nous sommes vus vendredi »: a subject « nous » of a verb of meeting
        each other, in a sentence that calls on one person by name, where no title names the one
        spoken to: the speaker and the one called on. Not where the verb has its company after
        « avec » (« nous nous sommes réunis avec les syndicats »)."""
        if not self._before_reciprocal_meeting(m):
            return
        sent = self._sentence_at(m.start)
        if any(self.doc[k].lower_ == "avec" for k in range(m.end, sent.end)):
            return
        called = self._vocative(m.start)
        if called is None or not called.cluster or called.cluster == m.cluster or self._names_another(m, called.cluster):
            return
        m.extra = [called.cluster]
        m.reason += f", with the one its sentence calls on by name ({called.text}): « nous » who met"

    def _vocative(self, i: int) -> Optional[_Mention]:
        """The one person called on by name, set off by commas, in the paragraph of token i up to
        the end of its sentence (« Monsieur Solly, vous avez rejoint ... », « Je vous remercie,
        Madame Morel. », « Monsieur Solly, ... . Nous vous auditionnons »), or None (no one, or
        two: « Monsieur X, Madame Y, je vous remercie »)."""
        doc = self.doc
        sent = self._sentence_at(i)
        start = line_bounds(doc, sent.start, sent.end)[0]  # the paragraph's first word
        called = {}
        for m in self.mentions:
            if not (m.named and m.kind is EntityKind.PERSON and start <= m.start and m.end <= sent.end):
                continue
            opening = m.start if address_word(doc[m.start]) else self._role_call_opening(m.start, start)
            if opening < start or not address_word(doc[opening]):
                continue  # « Monsieur Solly, », « ..., monsieur Galut : »: a call, in capitals or not
            here = self._sentence_at(opening)
            before = doc[opening - 1].text if opening > here.start else ""
            after = doc[m.end].text if m.end < here.end else ""
            if before in ("", ",", "«", "-", "–", ":") and after in (",", ".", "!", "?", "»", ":", ";", ""):
                called.setdefault(m.cluster or name_key(m.text), m)  # placed, or not yet (while pronouns are collected)
        return next(iter(called.values())) if len(called) == 1 else None

    def _role_call_opening(self, name: int, start: int) -> int:
        """The word of address that opens a call with a role before the name at token ``name``
        (« Monsieur le ministre Paul Martin, »: « Monsieur »), past the article and at most
        ``CALLED_ROLE_WORDS`` words of the role; else the token right before the name."""
        doc = self.doc
        k = name - 1
        while k > start and name - k <= CALLED_ROLE_WORDS and not address_word(doc[k]) and not doc[k].is_punct:
            k -= 1
        if address_word(doc[k]) and k + 2 < name and doc[k + 1].lower_ in ("le", "la", "l'", "l’"):
            return k
        particle = name - 1 if name - 1 > start and doc[name - 1].lower_ in NAME_PARTICLES else name
        return particle - 1  # « Monsieur de Ravel, »: the particle the name left out, then the word of address

    def _resolve_title_speaker(self, m: _Mention) -> None:
        """« je » in the transcript of one speaker: the person its title names, the one of that
        name the text names if any, else a person of its own."""
        self._resolve_title_person(m, self._voices()[0], "in a transcript or a signed letter: the speaker its title or its signature names")

    def _resolve_title_person(self, m: _Mention, name: str, who: str) -> None:
        """« je » in a transcript, « vous » in a letter: the person its title names (the speaker,
        the addressee), the one of that name the text names if any, else a person of its own."""
        found = self._person_of_title_name(name)
        if found is not None and self._names_in_sentence(m, found.id) and not self._called_as_addressee(m, found.id):
            m.reason = f"« {m.text.lower()} » in a sentence that names the title's speaker ({name}): another speaker"
            return  # « Je précise pour M. X que nous avons reçu ... »: said to X, not by X
        if found is None:
            found = self.new_cluster(EntityKind.PERSON, name)
        m.cluster, m.reason = found.id, f"« {m.text.lower()} » {who} ({name})"

    def _called_otherwise(self, m: _Mention, addressee: str) -> bool:
        """« Vous, madame, qui nous avez reçu ... » in a speech to a man: the sentence calls on
        another by a title of the other gender (``title_gender``), whom « vous » is."""
        gender = gender_of(addressee)
        if not gender:
            return False
        sent = self.sents[self.sent_of[m.start]]
        doc = self.doc
        called = {TITLE_GENDER[t.lower_] for t in sent if t.lower_ in VOCATIVE_TITLES and t.i + 1 < len(doc) and doc[t.i + 1].text == ","}  # « Vous, madame, ... »
        return bool(called) and gender not in called

    def _resolve_joint_declarants(self, m: _Mention) -> None:
        """« nous » in a joint declaration (« Déclaration conjointe de MM. X et Y »): both of those
        who sign it, the first as its cluster, the second as an extra one."""
        clusters = []
        for name in joint_declarants(self.doc._.tpg_title or ""):
            clusters.append(self._person_named_by_title(name).id)
        if len(set(clusters)) == 2:
            m.cluster, m.extra = clusters[0], [clusters[1]]
            m.reason = "« nous » in a joint declaration: the two its title names"

    def _resolve_joint_countries(self, m: _Mention) -> None:
        """« nous » in a joint declaration of two countries (« Déclaration commune des ministères des
        affaires étrangères de la France et de l'Allemagne »): both countries, where the text names
        them, the first as its cluster, the second as an extra one."""
        keys = [name_key(name) for name in joint_countries(self.doc._.tpg_title or "")]
        found = [next((c.id for c in self.clusters.values() if c.kind is EntityKind.LOCATION and name_key(c.name) == key), "") for key in keys]
        if all(found) and len(set(found)) == 2:
            m.cluster, m.extra = found[0], [found[1]]
            m.reason = "« nous » in a joint declaration of two countries: the two its title names"
        else:
            m.reason = "« nous » in a joint declaration of two countries that the text does not both name"

    def _resolve_joint_press_speaker(self, m: _Mention) -> None:
        """« je » in a joint press conference of two (« Conférence de presse conjointe de M. X, ...,
        et de M. Y »), whose turns the text does not label: in a paragraph that names one of the two
        as a third person (« je viens de recevoir M. Y »), the other; else no one."""
        start, end = line_bounds(self.doc, m.start, m.end)
        title = self.doc._.tpg_title or ""
        labelled = self._joint_turn_speaker(start, title)
        if labelled is not None:  # named by the label, if not by the text (« PRESIDENT PAUL MARTIN - »)
            m.cluster, m.reason = self._person_named_by_title(labelled).id, f"« {m.text.lower()} » in a joint press conference: the speaker its turn's label names (« LE PRÉSIDENT – »)"
            return
        names = self._joint_speakers()
        found = [self._person_of_title_name(name) for name in names]
        if len(found) != 2 or (None not in found and found[0].id == found[1].id):
            m.reason = "« je » in a joint press conference whose two speakers the text does not tell apart"
            return
        named = [k for k, c in enumerate(found) if c is not None and any(o.cluster == c.id and o.named and start <= o.start < end for o in self.mentions)]
        if len(named) != 1:
            m.reason = "« je » in a joint press conference, in a paragraph that names neither speaker, or both"
            return
        # the other speaker, a person of the title's name where the text never names him (« je suis heureux d'accueillir Y »)
        m.cluster, m.reason = self._person_named_by_title(names[1 - named[0]]).id, "« je » in a joint press conference: the speaker its paragraph does not name as a third person"

    def _person_named_by_title(self, name: str) -> _Cluster:
        """The person a title names: the one of that name the text names, else a person of its own."""
        return self._person_of_title_name(name) or self.new_cluster(EntityKind.PERSON, name)

    def _joint_speakers(self) -> tuple[str, ...]:
        """The two speakers of a joint press conference or declaration, as its title names them
        (:func:`joint_press_speakers`), or by their roles alone, whose holders on the document's
        date the role table gives (:func:`joint_role_speakers`)."""
        title = self.doc._.tpg_title or ""
        return joint_press_speakers(title) or joint_role_speakers(title, self.date, self.r.table)

    def _joint_turn_speaker(self, line_start: int, title: str) -> Optional[str]:
        """The speaker of a joint press conference that the label of the turn of the line at
        ``line_start`` names (« LE PRÉSIDENT BUSH – », « LE CHANCELIER – »: :func:`joint_turn_label`),
        read back to the turn's first line; None where no label names one (« QUESTION – »)."""
        doc, starts = self.doc, self._line_starts()
        n = bisect_right(starts, line_start)
        for k in reversed(starts[max(0, n - TURN_LINES) : n]):
            text = doc[slice(*line_bounds(doc, k, k + 1))].text.strip()
            if _marker(text) in QUESTION_MARKERS:
                return None
            if _JOINT_TURN_LABEL.match(text) or _CAPS_DASH_LABEL.match(text) or _ROLE_MARKER.match(text) or _dash_label(text):
                return joint_turn_label(text, title) or None  # a turn's label, of one of the two or of another
        return None

    def _resolve_joint_press_we(self, m: _Mention) -> None:
        """A subject « nous » of a verb of meeting each other at a joint press conference of two (« nous
        nous étions croisés à Cancun »): both speakers, the first as its cluster, the second as an
        extra one; any other « nous » (we French, we ministers) no one."""
        found = [self._person_of_title_name(name) for name in self._joint_speakers()]
        if len(found) != 2 or None in found or found[0].id == found[1].id or not self._before_reciprocal_meeting(m):
            m.reason = "« nous » at a joint press conference, of no verb of meeting each other"
            return
        m.cluster, m.extra = found[0].id, [found[1].id]
        m.reason = "« nous » who met each other, at a joint press conference: its two speakers"

    def _had_meeting(self, m: _Mention) -> bool:
        """« les conversations que nous avons eues à Buenos-Aires », « l'entretien que nous avons eu »:
        the subject « nous » of « avoir » in a relative clause whose antecedent is a noun of meeting
        (``our_meeting_noun``): a talk the two had together."""
        doc = self.doc
        if m.start < 2 or doc[m.start - 1].lower_ not in ("que", "qu'", "qu’") or doc[m.start - 2].lemma_.lower() not in OUR_MEETING_NOUNS:
            return False
        j = m.end
        while j < len(doc) and doc[j].pos_ == "ADV":
            j += 1
        return j < len(doc) and doc[j].lemma_ == "avoir"

    def _before_reciprocal_meeting(self, m: _Mention) -> bool:
        """The subject « nous » is that of a verb of meeting each other (« nous nous sommes vus »)."""
        doc = self.doc
        sent = self._sentence_at(m.start)
        return any(
            doc[k].lower_ == "nous" and doc[k].pos_ == "PRON" and _verb_after(doc, k, sent.end) in RECIPROCAL_MEETING_VERBS
            for k in range(m.start + 1, min(m.start + 1 + WE_TWO_REACH, sent.end))
        )

    def addressee_cluster(self) -> str:
        """The cluster of the one person a letter's or a speech's title names as its addressee or
        guest, or the one person the heading lines of minutes name as heard (:meth:`_hearings`),
        where a mention of the text was placed on it (« vous »), else ""."""
        speaker, addressee = self._voices()
        if not speaker or not addressee:
            heard = {guest for _start, guest in self._hearings()}
            if len(heard) != 1 or "" in heard:
                return ""
            addressee = heard.pop()  # « – Audition, à huis clos, de M. Y » below the minutes' date: the one heard
        found = self._person_of_title_name(addressee)
        return found.id if found is not None and any(m.cluster == found.id for m in self.mentions) else ""

    def _person_of_title_name(self, name: str) -> Optional[_Cluster]:
        """The person of the text a title's name stands for: the one of that name, else the one
        person of its surname or of its first words, else None."""
        key = name_key(name)
        found = next((c for c in self.clusters.values() if c.kind is EntityKind.PERSON and name_key(c.name) == key), None)
        if found is not None:
            return found
        # « Macron » in the text for « Emmanuel Macron » in the title (« Schroeder » for « Schröder »); « Helmut KOHL Chancelier », a
        # name the model read with the role after it, for « Helmut KOHL »
        words = name_tokens(name)
        same = [
            c for c in self.clusters.values()
            if c.kind is EntityKind.PERSON and (surname_of(c.name, words[-1]) or (len(words) >= 2 and name_tokens(c.name)[: len(words)] == words))
        ]
        return same[0] if len(same) == 1 else None

    def _called_as_addressee(self, m: _Mention, cid: str) -> bool:
        """« vous » in a sentence that calls on that person by name (« je vous prie d'accepter, Chère
        X, l'expression de ... »): the addressee, spoken to, not another speaker."""
        if m.text.lower() != "vous":
            return False
        called = self._vocative(m.start)
        return called is not None and called.cluster == cid

    def _names_in_sentence(self, m: _Mention, cid: str) -> bool:
        """A named mention of that person stands in the mention's sentence."""
        here = self.sent_of.get(m.start)
        return any(r.named and r.cluster == cid and self.sent_of.get(r.start) == here and not self._dash_labels(r) for r in self.mentions)

    def _names_another(self, m: _Mention, cid: str) -> bool:
        """A named person other than the one of cluster ``cid`` and than the mention's own stands
        in the mention's sentence."""
        here = self.sent_of.get(m.start)
        return any(
            r.named and r.kind is EntityKind.PERSON and r.cluster not in (cid, m.cluster) and self.sent_of.get(r.start) == here and not self._dash_labels(r)
            for r in self.mentions
        )

    def _dash_labels(self, r: _Mention) -> bool:
        """The mention opens a line, after its honorific if any, and a dash follows it: the label of
        a turn (« Paul Martin - Mesdames et Messieurs, je ... », « M. RAU - ... »), not a person
        named in what is said."""
        doc = self.doc
        start = r.start - 1 if r.start > 0 and doc[r.start - 1].text in LABEL_HONORIFICS else r.start  # « M. RAU - ... »
        opens = start == 0 or "\n" in doc[start - 1].whitespace_ or "\n" in doc[start - 1].text
        return opens and r.end < len(doc) and doc[r.end].text in ("-", "–")

    def _refs(self, before: int, sentence: int, kinds: tuple[EntityKind, ...] = (EntityKind.PERSON,)) -> list[_Mention]:
        """Resolved mentions of a sentence (persons by default) that stand before token ``before``."""
        return [
            m
            for m in self._mentions_of(sentence)
            if m.cluster
            and m.end <= before
            and self.clusters[m.cluster].kind in kinds
            and not m.extra
        ]

    def _mentions_of(self, sentence: int) -> list[_Mention]:
        """The mentions whose first token stands in the sentence (:attr:`sent_of`), in the order
        of :attr:`mentions`: grouped once, not looked for among all the mentions at each call;
        grouped again when :attr:`sent_of` is made anew or a mention is added."""
        if self._by_sentence is None or self._by_sentence_of != len(self.mentions):
            groups: dict[Optional[int], list[_Mention]] = {}
            for m in self.mentions:
                groups.setdefault(self.sent_of.get(m.start), []).append(m)
            self._by_sentence, self._by_sentence_of = groups, len(self.mentions)
        return self._by_sentence.get(sentence, [])

    def _is_person(self, m: _Mention) -> bool:
        return self.clusters[m.cluster].kind is EntityKind.PERSON

    def _speaker(self, m: _Mention) -> bool:
        """The mention is the inverted subject of a verb of saying ("», a précisé Miller")."""
        j = m.start - 1
        return j >= 0 and self.doc[j].pos_ == "VERB" and self.doc[j].i < m.start and any(
            t.text in CLOSE_QUOTES or t.text == '"' for t in self.doc[max(j - 4, 0) : j]
        )

    def _resolve_speaker(self, m: _Mention) -> None:
        """« je » in a quotation: the person who says it, named as the inverted subject of the verb
        of saying after the quotation (« », a déclaré X ») or as the subject of the one that opens
        it (« X a déclaré : « ... »), in the same sentence; else no one."""
        doc = self.doc
        sent = self.sents[self.sent_of[m.start]]
        close = self._quote_end(m.start)
        if close is not None:
            sent = self._sentence_at(close)  # a quotation of several sentences: the one it closes in
            k = close + 1
            inverted = []  # « », a-t-il ajouté »: the pronoun before the verb
            while k < sent.end and (doc[k].is_punct and doc[k].text != "«" or doc[k].pos_ in ("AUX", "ADV") or doc[k].lower_ in ("s'", "s’", "se") or doc[k].text.startswith("-")):
                inverted += [k] if doc[k].text.startswith("-") else []
                k += 1  # « », s'est exprimé X »: past the reflexive pronoun too
            if k < sent.end and doc[k].pos_ == "VERB" and doc[k].lemma_.lower() in REPORTING_VERBS:
                after = range(k + 1, min(k + SPEAKER_REACH, sent.end))
                speaker = next((p for n in (*inverted, *after) if (p := self._person_at(n, sent.end))), None)
                if speaker is not None:
                    m.cluster, m.reason = speaker, "« je » in quoted speech: its speaker, after the quotation"
                    return
        opening = self._quote_start(m.start)
        sent = self._sentence_at(opening) if opening is not None else sent
        verb = opening - 1 if opening is not None else -1
        while verb > sent.start and doc[verb].text in (":", ","):
            verb -= 1
        if verb > sent.start and doc[verb].pos_ == "VERB" and doc[verb].lemma_.lower() in REPORTING_VERBS:
            # « Ému, il déclare : « ... » », which the parser may read with « Ému » as the subject and « il » as an expletive
            subjects = [c for c in doc[verb].children if c.dep_.startswith("nsubj") or c.dep_ == "expl:subj"]
            speaker = next((p for c in subjects if (p := self._person_of_subject(c, sent.end)) is not None), None)
            if speaker is not None:
                m.cluster, m.reason = speaker, "« je » in quoted speech: its speaker, before the quotation"
                return
        speaker = self._speaker_before_quote(opening, sent) if opening is not None else None
        if speaker is not None:
            m.cluster, m.reason = speaker, "« je » in quoted speech: its speaker, before the quotation"
            return
        m.reason = "« je » in quoted speech, no speaker named in its sentence"

    def _sentence_at(self, i: int) -> Span:
        """The sentence token i stands in."""
        return self.sents[bisect_right(self.sent_starts, i) - 1]

    def _quote_end(self, i: int) -> Optional[int]:
        """The closing quote of the quotation token i stands in, within a few sentences
        (:data:`QUOTE_REACH` tokens), or None where another quotation opens first."""
        doc = self.doc
        for k in range(i + 1, min(i + QUOTE_REACH, len(doc))):
            if doc[k].text in CLOSE_QUOTES or doc[k].text == '"':
                return k
            if doc[k].text in OPEN_QUOTES:
                return None
        return None

    def _first_person_speaker(self, m: _Mention) -> Optional[str]:
        """The subject named last before a quotation that speaks in the first person before the
        pronoun (« X a refusé de soutenir Y. Sa réponse : « Je préfère ne rien dire ... il » »):
        the quotation's speaker, whom a third-person pronoun in it does not stand for; else None."""
        if not self.in_quote(m.start):
            return None
        opening = self._quote_start(m.start)
        if opening is None or not any(t.lower_.replace("’", "'") in FIRST_PERSON_WORDS for t in self.doc[opening : m.start]):
            return None
        here = bisect_right(self.sent_starts, opening) - 1
        before = [r for r in self.mentions if r.cluster and r.end <= opening and self._is_person(r) and self.sent_of[r.start] >= here - 1]
        subjects = [r for r in before if self._is_subject(r)] or before  # « X a refusé de soutenir Y. Sa réponse : »: X
        return max(subjects, key=lambda r: r.start).cluster if subjects else None

    def _quote_start(self, i: int) -> Optional[int]:
        """The opening quote of the quotation token i stands in, within :data:`QUOTE_REACH`
        tokens before it, or None where a quotation closes first."""
        doc = self.doc
        for k in range(i - 1, max(i - QUOTE_REACH, -1), -1):
            if doc[k].text in OPEN_QUOTES or doc[k].text == '"':
                return k
            if doc[k].text in CLOSE_QUOTES:
                return None
        return None

    def _speaker_before_quote(self, opening: int, sent: Span) -> Optional[str]:
        """The one person a colon or « selon » gives the quotation opening at token ``opening``:
        the subject of the clause before « : » whatever its verb (« X s'est félicitée : « je ...
        » »), or the person of an opening « Selon X, » right before the quote; else None."""
        doc = self.doc
        before = opening - 1
        if before > sent.start and doc[before].text == ":":
            verbs = [t for t in doc[sent.start : before] if t.pos_ == "VERB"]
            if not verbs:  # « X : « Je ... » »: a name alone before the colon, as headlines and transcripts write
                people = {self._person_at(n, before) for n in range(sent.start, before) if not doc[n].is_punct}
                return next(iter(people)) if len(people) == 1 and None not in people else None
            subject = next((c for c in verbs[-1].children if c.dep_.startswith("nsubj")), None)
            return self._person_of_subject(subject, before) if subject is not None else None
        if before > sent.start + 1 and doc[before].text == "," and doc[sent.start].lower_ == "selon":
            people = {c for n in range(sent.start + 1, before) if (c := self._person_at(n, before))}
            return next(iter(people)) if len(people) == 1 else None
        return None

    def _person_of_subject(self, subject: Token, end: int) -> Optional[str]:
        """The person a verb's subject names: the mention it stands in, else the one person of
        its phrase (« le Burundais Evariste Ndayishimiye souligne »); for a relative « qui », the
        one person of its antecedent's phrase before it (« une déclaration de X qui relève : »)."""
        found = self._person_at(subject.i, end)
        if found is not None:
            return found
        if subject.lower_ == "qui" and subject.head.dep_ == "acl:relcl":
            phrase = range(subject.head.head.left_edge.i, subject.i)
        elif subject.pos_ in ("NOUN", "PROPN"):
            phrase = range(subject.left_edge.i, subject.right_edge.i + 1)
        else:
            return None
        people = {c for n in phrase if (c := self._person_at(n, end))}
        return next(iter(people)) if len(people) == 1 else None

    def _person_at(self, i: int, end: int) -> Optional[str]:
        """The cluster of the resolved person mention that token i begins or stands in, or None."""
        for r in self.mentions:
            if r.start <= i < r.end and r.start < end and r.cluster and self.clusters[r.cluster].kind is EntityKind.PERSON:
                return r.cluster
        return None

    def _thing_named_after(self, ref: _Mention, m: _Mention) -> bool:
        """A common noun of the demonstrative's gender, singular, subject or object of its clause
        and in no mention, stands between the person ``ref`` and the sentence of the demonstrative
        ``m``: « celui-ci » stands for the nearer (« X a signé un accord. Celui-ci prévoit ... »)."""
        gender = {"m": "Masc", "f": "Fem"}.get(m.gender)
        if gender is None or self.doc[m.start : m.end].text.lower() not in NEARER_DEMONSTRATIVES:
            return False  # « ce dernier » after a thing is still most often the person named last
        covered = {i for r in self.mentions for i in range(r.start, r.end)}
        own = self.sents[self.sent_of[m.start]].start  # not in its own clause (« a dit porter son choix sur ce dernier »)
        return any(
            t.pos_ == "NOUN" and t.dep_ in CORE_ARGUMENTS and t.i not in covered
            and gender in t.morph.get("Gender") and "Sing" in t.morph.get("Number")
            for t in self.doc[ref.end : own]
        )

    def _question_author(self, m: _Mention) -> str:
        """The person who opens the document as the subject of a verb of asking (« M. X attire
        l'attention de la ministre sur ... », « Mme Y interroge le ministre »), for a subject pronoun
        of a verb of asking further on (« il souhaite savoir », « il lui demande »): a written
        question speaks of its author so; else ""."""
        if m.anaphor != "subject" or not self.sents or self.sent_of.get(m.start, 0) == 0:
            return ""
        verb = self.doc[m.start].head
        if verb.lemma_.lower() not in QUESTION_VERBS:
            return ""
        first = self.sents[0]
        for r in self.mentions:
            if r.start >= first.end:
                break
            if r.named and r.cluster and self._is_person(r) and r.end < first.end and self.doc[r.end].lemma_.lower() in ASKING_VERBS and self._compatible(r.cluster, m.gender):
                return r.cluster
        return ""

    def _compatible(self, cid: str, gender: str) -> bool:
        known = self.clusters[cid].gender
        return gender in ("any", "") or not known or known == gender

    def _is_subject(self, m: _Mention) -> bool:
        """The mention is the subject of its sentence: first person named, not after a preposition."""
        sent = self.sents[self.sent_of[m.start]]
        token = self.doc[m.start]
        if _after_preposition(self.doc, m.start):
            return False
        first = [
            r for r in self._refs(m.start, self.sent_of[m.start])
            if not _after_preposition(self.doc, r.start) and not any(_opens_a_sentence(t) for t in self.doc[r.end : m.start])
        ]  # « Elle lui a écrit : X a commencé »: after the colon, X opens a sentence of its own
        return not first and (
            self.doc[m.end - 1].dep_.startswith("nsubj")
            or token.dep_.startswith("nsubj")
            or m.start < sent.root.i
            or self._opening_phrase_before(m.start)
            or (m.end < sent.end and (_finite_by_form(self.doc[m.end]) or _present_of_cue(self.doc[m.end])))
        )  # « X votera pour lui », which the parser may root at X: a finite verb right after it

    def _after_opening_phrase(self, m: _Mention, earlier: list[_Mention]) -> bool:
        """The pronoun is the subject right after an opening phrase without a verb of its own
        (« Fin 2007, avec ses sœurs X et Y, il », « Après avoir critiqué Y, il »): the persons
        named in the phrase are its complements; the subject comes from before the sentence. Not
        after « selon X, » where the pronoun may well be X."""
        if not self._opening_phrase_before(m.start):
            return False
        return not any(_preposition_before(self.doc, r.start) in ATTRIBUTION_WORDS for r in earlier)

    def _opening_phrase_before(self, i: int) -> bool:
        """Token i follows the comma that closes an opening phrase without a finite verb
        (« Financé par X, », « Fin 2007, avec Y, »): it begins the main clause."""
        doc, start = self.doc, self.sents[self.sent_of[i]].start
        if i - 1 <= start or doc[i - 1].text != ",":
            return False
        return not any(t.pos_ in ("VERB", "AUX") and "Fin" in t.morph.get("VerbForm") for t in doc[start : i - 1])

    def _in_opening_phrase(self, m: _Mention) -> bool:
        """The mention stands in a phrase that opens its sentence, before the comma that ends
        it and before any finite verb."""
        doc, sent = self.doc, self.sents[self.sent_of[m.start]]
        if any(t.pos_ in ("VERB", "AUX") and "Fin" in t.morph.get("VerbForm") for t in doc[sent.start : m.start]):
            return False
        k = m.end
        while k < sent.end:
            t = doc[k]
            if t.text == "," and (m.start == sent.start or doc[m.start - 1].text == ",") and (apposed := self._apposition_after(k)) is not None:
                k = apposed + 1  # « Son soutien à la ministre, X, a déplu », « En cause, son soutien à la ministre, X, ... »: X in apposition
                continue
            if t.text == ",":
                return True
            if t.pos_ in ("VERB", "AUX") and "Fin" in t.morph.get("VerbForm"):
                return False
            k += 1
        return False

    def _apposition_after(self, comma: int) -> Optional[int]:
        """The comma that closes a name in apposition opened by the comma at ``comma``
        (« à la ministre, X, »), or None."""
        named = next((r for r in self.mentions if r.start == comma + 1 and r.named), None)
        return named.end if named is not None and named.end < len(self.doc) and self.doc[named.end].text == "," else None

    def _named_subject_after_opening(self, m: _Mention, pronoun: bool = False) -> Optional[_Mention]:
        """The person named as the subject right after the comma that closes the opening phrase
        holding the mention (« Condamné en 2022 et sous pression après son investiture, X jette
        l'éponge »: X), or None (a subject that is a description or an organisation, none).
        With ``pronoun``, a subject pronoun already placed on a person instead (« Lors de son
        entretien avec Y, il a évoqué ... »: his, whoever « il » stands for)."""
        doc, sent = self.doc, self.sents[self.sent_of[m.start]]
        comma = next((t.i for t in doc[m.end : sent.end] if t.text == ","), None)
        if comma is None:
            return None
        k = comma + 1
        while k < sent.end and doc[k].pos_ == "DET":
            k += 1
        if pronoun:
            after = next((r for r in self.mentions if r.start == k and r.anaphor == "subject" and r.cluster), None)
        else:
            after = next((r for r in self.mentions if r.start >= comma + 1 and r.named and r.cluster and r.start <= k + 3), None)
        if after is None or not self._is_person(after) or not any(t.dep_.startswith("nsubj") for t in doc[after.start : after.end]):
            return None
        verb = next((t for t in doc[after.end : sent.end] if t.pos_ in ("VERB", "AUX") or t.text == ","), None)
        return after if verb is not None and verb.text != "," and "Fin" in verb.morph.get("VerbForm") else None

    def _opening_possessive_by_pronoun(self, m: _Mention) -> None:
        """A possessive of an opening phrase left open takes the person of the subject pronoun
        after it, once every pronoun is placed (« X est à Niamey. Lors de son entretien avec Y,
        il a évoqué ... »: X's)."""
        subject = self._named_subject_after_opening(m, pronoun=True)
        if subject is not None and self._is_person(subject):
            m.cluster, m.reason = subject.cluster, "possessive in an opening phrase (the subject pronoun after it, placed)"

    def _unresolved_subject_before(self, sentence: int, before: int, gender: str) -> bool:
        """Sentence ``sentence`` opens, before token ``before``, with a subject pronoun of that
        gender left unresolved (« Il est candidat. » where « Il » stands for nobody found): a
        pronoun after it continues that unknown subject, not a person named later on."""
        return any(
            (r.anaphor == "subject" or (r.anaphor == "last" and self._is_subject(r)))  # « Celui-ci rencontrera ... »
            and not r.cluster and r.start < before
            and not _after_preposition(self.doc, r.start) and self._gender_fits(r.gender, gender)
            for r in self._mentions_of(sentence)
        )

    def _quotation_before_inverted(self, m: _Mention) -> Optional[int]:
        """The opening quote of the quotation that an inverted subject pronoun closes (« « ... »,
        a-t-il annoncé », « », ajoute-t-elle »), or None."""
        doc = self.doc
        if not doc[m.start].text.startswith("-"):
            return None
        k = m.start - 1
        while k > 0 and (doc[k].text.startswith("-") or doc[k].pos_ in ("AUX", "VERB", "ADV") or doc[k].text == ","):
            k -= 1
        if doc[k].text not in CLOSE_QUOTES and doc[k].text != '"':
            return None
        return self._quote_start(k)

    def _description_subject_between(self, between: list[int], gender: str) -> bool:
        """A sentence of ``between`` (those after the antecedent's and before the pronoun's) has for subject a
        description of a person left unresolved (« Durant la campagne, le milliardaire avait ... Il
        avait assuré ... »): a pronoun after it continues that unknown person, not one named in an
        earlier sentence."""
        return any(
            not r.named and not r.cluster and not r.anaphor and r.kind is EntityKind.PERSON
            and self.sent_of.get(r.start, -1) in between
            and any(t.dep_.startswith("nsubj") for t in self.doc[r.start : r.end])
            and (r.gender in ("any", "") or self._gender_fits(r.gender, gender))
            for r in self.mentions
        )

    def _body_subject_between(self, between: list[int], gender: str) -> bool:
        """A sentence of ``between`` (those after the antecedent's and before the pronoun's) opens with a common noun
        of a body or a group (``body_noun``) as its subject, of the pronoun's gender, that no name
        covers (« J. a présidé la commission. La commission a ensuite voté. Elle a reçu X »): a
        pronoun after it may continue that body, not the person named before it."""
        wanted = NOUN_GENDERS.get(gender)
        if wanted is None:
            return False
        covered = {i for r in self.mentions if r.org_description is None for i in range(r.start, r.end)}  # « La commission » described is still a body
        return any(
            t.dep_.startswith("nsubj") and t.pos_ == "NOUN" and t.i not in covered and t.lemma_.lower() in BODY_NOUNS and wanted in t.morph.get("Gender")
            and any(d.dep_ == "det" and d.lower_.replace("’", "'") in BODY_DETERMINERS for d in t.children)  # not « Son groupe Facebook réunit ... »: his
            for k in between
            for t in self.sents[k][:OPENING_SUBJECT_WORDS]
        )

    def _same_speech(self, sentences: Iterable[int], m: _Mention) -> list[int]:
        """The sentences said by the one who says the mention: in minutes, not other members'
        interjections between (« M. B. Voilà pourquoi il n'est pas venu ! »); elsewhere, all."""
        speech = self._turn_label_at(m.start)
        return [k for k in sentences if not speech or self._turn_label_at(self.sents[k].start) == speech]

    def _labelled_turn_at(self, i: int) -> Optional[tuple[int, bool, str]]:
        """The line of minutes token i stands in (:meth:`_turn_at`), or None outside minutes."""
        self._turn_speaker(0)
        return self._turn_at(i) if self._labelled else None

    def _turn_label_at(self, i: int) -> str:
        """The label of the turn of minutes token i stands in (« M. Paul Martin »), or "" outside
        minutes and before their first label."""
        turn = self._labelled_turn_at(i)
        return turn[2] if turn is not None else ""

    def _in_stage_direction(self, i: int) -> bool:
        """Token i stands in the reporter's direction in parentheses of minutes (« (Applaudissements
        sur les bancs du groupe X. – MM. A et B applaudissent aussi.) »): no one says it."""
        if not self._turn_label_at(i):
            return False
        doc = self.doc
        start = line_bounds(doc, i, i + 1)[0]
        opening = next((k for k in range(i - 1, start - 1, -1) if doc[k].text in ("(", ")")), None)
        return opening is not None and doc[opening].text == "(" and opening + 1 < len(doc) and (doc[opening + 1].lower_ in STAGE_DIRECTIONS or doc[opening + 1].text == "«")  # « (« Ouh ! » sur les bancs ...) »

    def _labels_turn(self, r: _Mention) -> bool:
        """The mention is the name that labels a turn of minutes (« M. Paul Martin. Nous ... »,
        « M. Paul Martin : »). Whoever speaks there says « je »: no « il » after it stands for
        them (« M. Paul Martin. Voilà pourquoi il n'est pas venu ! »: someone else)."""
        turn = self._labelled_turn_at(r.start)
        if turn is None or not turn[2] or r.start - turn[0] > 2:
            return False
        doc = self.doc
        line = doc[turn[0] : turn[0] + LABEL_TOKENS].text  # a label is a few words: no need to build the rest of the text
        return line.startswith(turn[2]) and doc[r.end - 1].idx + len(doc[r.end - 1].text) <= doc[turn[0]].idx + len(turn[2])

    def _companion(self, m: _Mention) -> bool:
        """The mention follows « avec » (« avec Max Levchin, il cofonde »): someone the subject
        acts with, never the subject itself."""
        return _preposition_before(self.doc, m.start) in COMPANION_WORDS

    def _previous_refs(self, m: _Mention) -> tuple[list[_Mention], int]:
        """The person mentions of the nearest earlier sentence that names a person compatible
        with the anaphor (within the window). In minutes, the sentences of other speakers' turns
        are passed over (« Mme A. ... M. Garnier s'est emporté ... / M. B. Quelle honte ! / Mme A.
        ... Il a même accusé la presse »: A's « il » is Garnier), and so are the
        reporter's directions in parentheses."""
        here, seen = self.sent_of[m.start], 0
        speech, others = self._turn_label_at(m.start), 0
        for n in range(here - 1, -1, -1):
            if not any(t.is_alpha for t in self.sents[n]):
                continue  # a stray quote mark or line break is no sentence
            if speech and self._turn_label_at(self.sents[n].start) != speech:
                others += 1
                if others > INTERJECTION_SENTENCES:
                    break
                continue
            refs = [r for r in self._refs(self.sents[n].end, n) if not self._labels_turn(r) and not self._in_stage_direction(r.start)]
            if any(self._compatible(r.cluster, m.gender) for r in refs):
                return refs, n
            seen += 1
            if seen >= ANAPHORA_WINDOW:
                break
        return [], -1

    def _topic_before(self, m: _Mention) -> Optional[_Mention]:
        """The party named right after « Quant à » that opens the pronoun's sentence, when only
        its description and a comma stand between them (« Quant à Eric Zemmour, il ... »,
        « Quant au Parti radical, de l'ancien ministre X, il se range ... »): « quant à » makes
        it the subject; else None."""
        doc = self.doc
        comma = m.start - 1
        if comma < 3 or doc[comma].text != ",":
            return None
        start = self.sents[self.sent_of[m.start]].start
        j = start
        while j < comma and doc[j].pos_ in ("ADV", "CCONJ") and doc[j].lower_ != "quant":
            j += 1  # « Et quant à ... », « Enfin, quant à ... »
        if j + 2 >= comma or doc[j].lower_ != "quant" or doc[j + 1].lower_ not in ("à", "au", "aux"):
            return None
        if any(t.pos_ in ("VERB", "AUX") and "Fin" in t.morph.get("VerbForm") for t in doc[j:comma]):
            return None
        k = j + 2
        while k < comma and doc[k].pos_ == "DET":
            k += 1
        named = next((r for r in self.mentions if r.named and r.cluster and r.start == k), None)
        if named is None or (self._is_person(named) and not self._compatible(named.cluster, m.gender)):
            return None
        return named

    def _name_it_gives(self, m: _Mention) -> Optional[str]:
        """« il s'appelle X », « elle se prénomme X »: a subject pronoun whose reflexive verb of
        naming gives, right after it, the name of a person: that person (the pronoun points
        forward to the name, not back to the one spoken of before): that person's cluster."""
        doc, j = self.doc, m.end
        if j + 2 >= len(doc) or doc[j].lower_.replace("’", "'") not in ("s'", "se") or doc[j + 1].lemma_.lower() not in NAMED_BY:
            return None
        return self._person_at(j + 2, j + 3)

    def _resolve_anaphor(self, m: _Mention) -> None:
        opening = self._quotation_before_inverted(m) if m.anaphor == "subject" else None
        if opening is not None:
            # « « ... », a-t-il annoncé »: read from where the quotation opens, the persons it
            # names are spoken of, not its speaker
            here = self.sent_of[opening] = bisect_right(self.sent_starts, opening) - 1
            self._by_sentence = None
            proxy = replace(m, start=opening, end=opening + 1, cluster="", reason="")
            self._resolve_anaphor(proxy)
            m.cluster, m.reason = proxy.cluster, f"{proxy.reason}, before the quotation it closes"
            return
        here = self.sent_of[m.start]
        if m.anaphor == "left":
            self._resolve_left(m)
            return
        if m.anaphor == "pair":
            self._resolve_pair(m)
            return
        if m.anaphor == "roles":
            self._resolve_roles(m)
            return
        if m.anaphor == "group":
            self._resolve_group(m)
            return
        if m.anaphor == "plural_stressed":
            self._resolve_plural_stressed(m)
            return
        if m.anaphor == "plural_object":
            self._resolve_plural_object(m)
            return
        if m.anaphor == "possessive":
            self._resolve_possessive(m)
            return
        if m.anaphor == "dissolved":
            self._resolve_dissolved(m)
            return
        if m.anaphor == "counterpart":
            self._resolve_counterpart(m)
            return
        if m.anaphor in ("guest", "host"):
            self._resolve_guest(m)
            return
        if m.anaphor == "act_taken_up":
            self._resolve_act_taken_up(m)
            return
        if m.anaphor == "object":
            self._resolve_object(m)
            return
        if m.age:
            aged = sorted({c.id for c in self.clusters.values() if c.age == m.age and self._compatible(c.id, m.gender)})
            if len(aged) == 1:
                m.cluster, m.reason = aged[0], f"description (the person of {m.age} in the document)"
                return
        named = self._name_it_gives(m) if m.anaphor == "subject" else None
        if named is not None:  # « Alors, il s'appelle X, il était ... »: the name that follows
            m.kind, m.cluster, m.reason = EntityKind.PERSON, named, "pronoun (« il s'appelle X »: the name its verb gives)"
            return
        topic = self._topic_before(m) if m.anaphor == "subject" else None
        if topic is not None:  # « Quant à Eric Zemmour, il appelle ... »: the one the sentence is about
            m.kind, m.cluster, m.reason = topic.kind, topic.cluster, "pronoun (the topic « quant à » names before it)"
            return
        main = self._main_subject_after(m) if m.anaphor == "subject" else None
        if main is not None:  # « S'il avait promis de ..., l'ancien maire s'en abstient »
            refs, _n = self._previous_refs(m)
            lead = next((r for r in refs if self._is_subject(r) and self._compatible(r.cluster, m.gender)), None)
            if lead is not None and lead.cluster != main:  # « X a perdu. S'il ..., Y ... »: X or Y
                m.reason = "pronoun opening a subordinate clause, between the subject before it and the main clause's"
            else:
                m.cluster, m.reason = main, "pronoun (the subject of the main clause after the subordinate clause it opens)"
            return
        parties = (EntityKind.PERSON, EntityKind.ORGANISATION)
        inside = {i for r in self.mentions if not r.named and r.role is not None for i in range(r.start, r.end)}
        own = self._subject_of_own_verb(m)  # « X a insulté l'homme »: « l'homme » is not X
        earlier = [
            r
            for r in self._refs(m.start, here, parties)
            if (self._is_person(r) or (r.start not in inside and not _after_preposition(self.doc, r.start))) and r.cluster != own and not self._labels_turn(r)
        ]
        if m.anaphor == "last":  # « ce dernier » is the person last *named*, not a pronoun's
            last = max((r for r in self.mentions if r.named and r.cluster and r.end <= m.start and self.sent_of.get(r.start) == here), key=lambda r: r.end, default=None)
            if last is None and here > 0:  # « ... sa frontière avec la Russie. Cette dernière a refusé »: the sentence before's
                before = max((r for r in self.mentions if r.named and r.cluster and self.sent_of.get(r.start) == here - 1), key=lambda r: r.end, default=None)
                article = self.doc[before.start - 1].lower_ if before is not None and before.start > 0 else ""
                if before is not None and not self._is_person(before) and {"la": "f", "le": "m"}.get(article) == m.gender:
                    last = before  # a place or an organisation of its gender, named last
            if last is not None and not self._is_person(last):
                if self._organisation_antecedent(last, m):
                    # « Il revient à l'Union africaine de fixer la ligne et celle-ci a suspendu X »
                    m.kind, m.cluster, m.reason = EntityKind.ORGANISATION, last.cluster, "demonstrative (the organisation named last, of its gender)"
                    return
                m.reason = "demonstrative, a place or an organisation named last"  # « envers l'Égypte, et cette dernière »
                return
            earlier = [r for r in earlier if self._is_person(r) and not r.anaphor and self._compatible(r.cluster, m.gender)]
            if not self._is_subject(m):  # « X a dit porter son choix sur ce dernier »: not X
                earlier = [r for r in earlier if not self._is_subject(r)]
            refs = earlier or [r for r in self._previous_refs(m)[0] if not r.anaphor]
            for ref in reversed(refs):
                if self._compatible(ref.cluster, m.gender):
                    if self._thing_named_after(ref, m):
                        m.reason = "demonstrative, a thing of its gender named after the last person"
                        return  # « X a conclu un accord avec Y. Celui-ci prévoit ... »: the deal, the nearer
                    if self.sent_of.get(ref.start, here) < here - 1:
                        m.reason = "demonstrative, the person named last is more than a sentence before"
                        return  # « ... dirigé par X. [...] la volonté du peuple. Elle restera aux côtés de ce dernier »
                    m.cluster, m.reason = ref.cluster, "demonstrative (the person named last)"
                    return
            m.reason = "demonstrative, no compatible person before it"
            return
        if (
            m.anaphor == "subject"
            and earlier
            and all(self._companion(r) for r in earlier)
            and not any(t.pos_ in ("VERB", "AUX") for t in self.doc[earlier[-1].end : m.start])
        ):
            earlier = []  # « En 1998, avec Max Levchin, il cofonde ... »: a companion is no antecedent
        if m.anaphor == "subject" and earlier and self._after_opening_phrase(m, earlier):
            earlier = []  # « Après avoir été un opposant à Y, il s'en rapproche »: Y is the phrase's
        if earlier and self._after_fronted_complements(m, earlier):
            earlier = []  # « Après avoir critiqué Y, il ... »: Y is no candidate, the sentence before tells
        if m.anaphor == "subject" and m.start > 0 and self.doc[m.start - 1].lower_ == "dont":
            # « un conseiller de Y dont il a soutenu la candidature », « Y, dont il a dénoncé la
            # duplicité »: the pronoun is not Y
            end = m.start - 1
            while end > 0 and self.doc[end - 1].text == ",":
                end -= 1
            antecedent = {r.cluster for r in earlier if r.end == end}
            if antecedent and len(antecedent | {earlier[0].cluster}) > 1:
                earlier = [r for r in earlier if r.cluster not in antecedent]
        speaking = self._first_person_speaker(m)
        earlier = [r for r in earlier if r.cluster != speaking]  # « Sa réponse : « Je ... on lui a dit qu'il ... » »: not the speaker
        if earlier:
            earlier = self._after_last_colon(m, earlier)  # « Elle lui a écrit : X a commencé ... et il ... »: X's clause
            ids = {r.cluster for r in earlier if not self._is_person(r) or self._compatible(r.cluster, m.gender)}
            subject = earlier[0]
            if self._told_someone(m, subject):
                m.reason = "pronoun of what its sentence's subject told another person: either of them"
            elif len(ids) == 1 and self._is_person(subject) and self._is_subject(subject) and subject.cluster in ids:
                m.cluster, m.reason = subject.cluster, "pronoun (the subject of its sentence)"
            elif len(ids) == 1 and all(self._is_person(r) for r in earlier) and self._alone(next(iter(ids)), m):
                if self._noun_subject_between(earlier[-1].end, m):
                    m.reason = "pronoun after a common noun of its gender, the subject of a clause between it and the person"
                else:
                    m.cluster, m.reason = next(iter(ids)), "pronoun (the one person in play)"
            elif self._continues_subject(m, earlier):
                m.cluster, m.reason = earlier[0].cluster, "pronoun (the subject of the clause it depends on)"
            elif len(ids) == 1 and self._says_of_itself(m, subject):
                m.cluster, m.reason = subject.cluster, "pronoun (the organisation that says so of itself)"
            else:
                m.reason = "pronoun, several persons or no subject before it in its sentence"
            return
        noun = self._person_noun_before(m) if m.anaphor == "subject" else None
        if noun is not None:  # « J'en ai parlé avec le directeur du journal et il m'a dit ... »: not a person of a sentence before
            m.reason = f"pronoun after a person named by a common noun in its sentence (« {noun} »)"
            return
        refs, _n = self._previous_refs(m)
        refs = [r for r in refs if r.cluster != own]
        if self.in_quote(m.start):  # in quoted speech, the speaker is "je", not "il"
            refs = [r for r in refs if not self._speaker(r) and r.cluster != speaking]
        organisation = self._organisation_before(m)
        if organisation is not None:
            m.kind, m.cluster = EntityKind.ORGANISATION, organisation
            m.reason = "pronoun (the organisation of its gender that is the subject of the sentence before, which names no person)"
            return
        country = self._country_subject_before(m)
        if country is not None:
            m.kind, m.cluster = EntityKind.LOCATION, country
            m.reason = "pronoun (the country of its gender that is the subject of the clause before, joined by « et »)"
            return
        country = self._country_of_sentence_before(m)
        if country is not None:
            m.kind, m.cluster = EntityKind.LOCATION, country
            m.reason = "pronoun (the country of its gender that is the subject of the sentence before, which names no person)"
            return
        if not refs:
            subject = self._title_person(m)
            if subject is not None:
                m.cluster, m.reason = subject, "pronoun (the person the document's title names)"
                return
            titled = self._title_organisation(places=True) if m.anaphor == "subject" and m.gender in ("m", "f", "any") else ""
            before = [r for r in self.mentions if r.cluster and r.end <= m.start]
            if (
                titled
                and self._opens_main_clause(m)
                and any(r.cluster == titled for r in before)
                and not any(self._is_person(r) for r in before)
                and not self._noun_subject_before(m)
            ):
                # « Sci-Hub est un site web ... Il a été attaqué en justice » in an article titled « Sci-Hub »
                m.cluster, m.reason = titled, "pronoun (what the document's title names, no person before it)"
                return
            m.reason = "pronoun, no person in the sentences before it"
            return
        if refs[0].start > self.sents[_n].start and self._org_subject(_n, refs[0].start):
            topic = self._title_topic_continued(m, _n, refs[0].start)
            if topic:  # « Le Fidesz ... Fondé en 1988, il devient ... Il a ensuite adopté ... »
                m.kind, m.cluster = EntityKind.ORGANISATION, topic
                m.reason = "pronoun (the organisation the document's title names, the subject of the sentence before)"
                return
            m.reason = "pronoun after a sentence whose subject is an organisation"
            return
        asker = self._question_author(m)
        if asker:  # « M. X attire l'attention de la ministre sur ... Aussi, il souhaite savoir si ... »
            m.cluster, m.reason = asker, "pronoun (the author of the written question, who asks)"
            return
        lead = next((r for r in refs if not _after_preposition(self.doc, r.start)), refs[0])
        if self._unresolved_subject_before(_n, lead.start, m.gender) or any(
            self._unresolved_subject_before(k, self.sents[k].end, m.gender) for k in self._same_speech(range(_n + 1, here), m)
        ):  # « X a parlé. Celui-ci [unresolved] rencontrera Y. Il ... »: not X
            m.reason = "pronoun after a sentence whose subject is a pronoun left unresolved"
            return
        if m.anaphor == "subject" and self._description_subject_between(self._same_speech(range(_n + 1, here), m), m.gender):
            m.reason = "pronoun after a sentence whose subject is a description left unresolved"
            return
        if m.anaphor == "subject" and self._body_subject_between(self._same_speech(range(_n + 1, here), m), m.gender):
            m.reason = "pronoun after a sentence whose subject is a body or a group left unnamed"
            return
        if self._coordinated(lead, refs, m.gender):
            m.reason = "pronoun after a sentence whose subject is several persons"
            return
        if self._is_subject(lead) and self._compatible(lead.cluster, m.gender):
            m.cluster, m.reason = lead.cluster, "pronoun (the subject of the sentence before)"
            return
        subjects = sorted({r.cluster for r in refs if self._compatible(r.cluster, m.gender) and self._clause_subject(r)})
        if len(subjects) == 1 and m.anaphor == "subject":
            m.cluster, m.reason = subjects[0], "pronoun (the subject of the sentence before)"
            return
        # a plural of that sentence (« les deux hommes ») stands for each of its persons too
        plurals = [c for a in self.mentions if a.extra and self.sent_of.get(a.start) == _n for c in (a.cluster, *a.extra)]
        ids = sorted({c for c in (*(r.cluster for r in refs), *plurals) if self._compatible(c, m.gender)})
        unknown = [a for a in self.mentions if a.anaphor == "subject" and not a.cluster and self.sent_of.get(a.start) == _n]
        if len(ids) == 1 and unknown and m.anaphor == "subject":
            m.reason = "pronoun after a sentence whose subject is a pronoun left unresolved"
        elif len(ids) == 1 and m.anaphor == "subject" and self._noun_subject_before(m):
            # « Cette délégation a été reçue par X. Elle doit ... »: the thing, not a person named around it
            m.reason = "pronoun after a sentence whose subject is a common noun of its gender"
        elif len(ids) == 1:
            m.cluster, m.reason = ids[0], "pronoun (the one compatible person of the sentence before)"
        else:
            m.reason = f"pronoun, {len(ids) or 'no'} compatible persons in the sentence before"

    def teach_counterparts(self) -> None:
        """« Le président tunisien X a appelé son homologue sud-africain Y »: Y holds X's role in
        the country the nationality names, so that « le président sud-africain » later finds Y.
        X is the person the sentence names before the counterpart as a subject."""
        doc = self.doc
        for m in self.mentions:
            i = m.start
            if not (m.named and m.cluster and i >= 3 and doc[i - 2].lower_ in COUNTERPART_NOUNS and doc[i - 3].lower_ in COUNTERPART_OWNERS):
                continue
            country = nationalities().get(doc[i - 1].lower_)
            sent = self.sents[bisect_right(self.sent_starts, i) - 1]
            owners = [
                r for r in self.mentions
                if r.cluster and r.cluster != m.cluster and sent.start <= r.start < i - 3 and r.kind is EntityKind.PERSON
                and any(t.dep_.startswith("nsubj") or (t.dep_ == "appos" and t.head.dep_.startswith("nsubj")) for t in doc[r.start : r.end])
            ]  # « Le président tunisien X »: the name apposed to the subject noun
            if country is None or not owners:
                continue
            classes = self._role_classes(self.clusters[owners[0].cluster])
            self.clusters[m.cluster].roles.update(f"{cls}|{country}" for cls in classes)

    def _role_classes(self, cluster: _Cluster) -> set[str]:
        """The classes of the roles a person is known to hold or have held, with those of the
        roles the document names without a country (« le président X »)."""
        return {r.cls for r in _roles_known(cluster, self.r.table)} | cluster.role_classes

    def _holds(self, cid: str, cls: str, qualifier: str) -> bool:
        """The person holds (or, in an undated article, held) the role in that country or
        organisation: taught by the document, or given by the role table."""
        return f"{cls}|{qualifier}" in self.clusters[cid].roles or self.r.table.fits(self.clusters[cid].name, cls, qualifier, self.date)

    def _told_someone(self, m: _Mention, subject: _Mention) -> bool:
        """« X a rappelé à son interlocuteur qu'il pourrait compter sur ... », « X lui a assuré
        qu'il ... »: a pronoun opening what the sentence's subject said to another person (a
        dative pronoun, or « à » before a person's name or a noun for a person) may stand for
        either of them."""
        doc, that = self.doc, m.start - 1
        if that <= subject.end or doc[that].lower_ not in ("que", "qu'", "qu’"):
            return False
        if doc[that - 1].lower_ in CONJUNCTION_HEADS or doc[that].head.dep_ == "advcl":
            return False  # « depuis qu'il a pris le pouvoir »: a time or a cause, not what was said
        nouns = _person_nouns()
        for k in range(subject.end, that):
            if doc[k].lower_ in ("lui", "leur") and doc[k].pos_ == "PRON":
                return True
            if doc[k].lower_ in ("à", "au", "aux") and any(
                doc[j].lower_ in nouns or self._person_at(j, that) for j in range(k + 1, min(k + 4, that))
            ):
                return True
        return False

    def _one_organisation_before(self, m: _Mention, before: list[_Mention], own: set[str]) -> Optional[str]:
        """A direct object clitic (« l' », « le », « la ») whose verb's subject is a placed person
        and that no person before it in its sentence can stand for: the one organisation named
        before it in its sentence; else None."""
        if self.doc[m.start].lower_ not in DIRECT_OBJECT_CLITICS or any(not self._is_person(r) for r in before if r.cluster in own):
            return None
        found = self._organisations_in(self.sent_of[m.start], m.start) - own
        # « Le président du Sénat l'a félicité »: not the body its subject is named by
        found -= {r.cluster for r in self.mentions if r.cluster in found and self._in_subject_of(r.start, self.doc[m.start].head)}
        return next(iter(found)) if len(found) == 1 else None

    def _one_other_organisation_before(self, m: _Mention) -> Optional[str]:
        """« lui » whose verb's subject is an organisation named right before it (or before its
        « qui »), in a sentence that names no person before it: the one other organisation named
        before it in its sentence, where it is a subject; else None."""
        here = self.sent_of[m.start]
        if self.doc[m.start].lower_ != "lui" or any(r.cluster and self._is_person(r) for r in self._refs(m.start, here)):
            return None
        subject = self._subject_of_clitic(m, [r for r in self._refs(m.start, here, (EntityKind.ORGANISATION,)) if r.cluster])
        if not subject:
            return None
        found = self._organisations_in(here, m.start) - {subject}
        if len(found) != 1:
            return None
        other = next(iter(found))  # the subject of a clause before it (« Vexa a fait appel contre ... »), not a complement
        return other if any(r.cluster == other and self._is_subject(r) for r in self._refs(m.start, here, (EntityKind.ORGANISATION,))) else None

    def _in_subject_of(self, i: int, verb: Token) -> bool:
        """Whether token ``i`` lies in the phrase of the verb's subject (« du Sénat » in « Le
        président du Sénat l'a félicité »)."""
        token = self.doc[i]
        while token.head.i != token.i:
            if token.head.i == verb.i:
                return token.dep_.startswith("nsubj")
            token = token.head
        return False

    def _organisations_in(self, sentence: int, end: Optional[int] = None) -> set[str]:
        """The organisations named in a sentence (before token ``end``, when given)."""
        return {
            r.cluster for r in self.mentions
            if r.cluster and sentence >= 0 and self.sent_of.get(r.start) == sentence and (end is None or r.end <= end)
            and self.clusters[r.cluster].kind is EntityKind.ORGANISATION
        }

    def _one_other_organisation(self, m: _Mention) -> Optional[str]:
        """With no person in play, the one organisation the sentence before names besides the
        subject of the pronoun's verb (which must be placed); else None."""
        here = self.sent_of[m.start]
        own = self._subject_entity(self.doc[m.start].head)
        if here == 0 or not own:
            return None
        others = {
            r.cluster for r in self.mentions
            if r.cluster and r.cluster != own and self.sent_of.get(r.start) == here - 1 and self.clusters[r.cluster].kind is EntityKind.ORGANISATION
        }
        return next(iter(others)) if len(others) == 1 else None

    def _subject_of_own_verb(self, m: _Mention) -> str:
        """The entity of the subject of the verb a description is the object or complement of
        (« le milliardaire a insulté l'homme »): a noun phrase other than a pronoun does not
        take up its own clause's subject; "" where there is none."""
        head = self.doc[m.end - 1]
        if head.pos_ != "NOUN" or head.dep_ not in OWN_VERB_COMPLEMENTS or head.head.i == head.i:
            return ""  # the verb may be tagged as an adjective (« avait insulté »)
        return self._subject_entity(head.head)

    def _subject_entity(self, verb: Token) -> str:
        """The entity of a placed mention that holds the parser's subject of ``verb`` (« Il » of
        « Il a insulté »), or ""."""
        subjects = [c.i for c in verb.children if c.dep_.startswith("nsubj") or c.dep_ == "expl:subj"]
        return next((r.cluster for r in self.mentions if r.cluster and any(r.start <= i < r.end for i in subjects)), "")

    def _resolve_counterpart(self, m: _Mention) -> None:
        """« Le président chilien rendait visite à son homologue argentin »: the possessor is
        the subject of the sentence; its counterpart is the one other person in play who holds
        (or, in an undated article, held) one of the possessor's roles in the country the
        nationality names; else unresolved."""
        here = self.sent_of[m.start]
        start = self.sents[here].start
        before = [r for r in self.mentions if r.cluster and start <= r.start < m.start and self._is_person(r)]
        # the subject of the clause: the last person before it that the parse makes a subject
        owners = [r for r in before if any(t.dep_.startswith("nsubj") for t in self.doc[r.start : r.end])][-1:] or [r for r in before if self._is_subject(r)][:1]
        if not owners:
            m.reason = "counterpart, no person as the subject of its sentence"
            return
        owner = self.clusters[owners[0].cluster]
        classes = self._role_classes(owner) | ({owners[0].role.cls} if owners[0].role else set())
        in_play = sorted({r.cluster for r in self.mentions if r.cluster and r.end <= m.start and r.cluster != owner.id and self._is_person(r)})
        fits = [cid for cid in in_play if any(self._holds(cid, cls, m.country) for cls in classes)]
        if len(fits) == 1:
            m.cluster, m.reason = fits[0], f"counterpart (the one person in play who holds a role of {owner.name} in {m.country})"
        else:
            m.reason = f"counterpart, {len(fits) or 'no'} persons in play hold a role of the subject in {m.country}"

    def _resolve_guest(self, m: _Mention) -> None:
        """« X a reçu Y à l'Élysée. X a félicité son invité »: the possessor is the subject of
        its sentence; « son invité » is the one that possessor received in that sentence or the
        two before (the object of a verb of ``hosting_verb``, or the subject of its passive), « son
        hôte » the one who received the possessor; else unresolved."""
        here = self.sent_of[m.start]
        before = [r for r in self._refs(m.start, here) if self._is_person(r)]
        owners = [r for r in before if any(t.dep_.startswith("nsubj") for t in self.doc[r.start : r.end])][-1:]
        if not owners:
            m.reason = f"{m.anaphor}, no person as the subject of its sentence"
            return
        owner = owners[0].cluster
        for n in range(here, max(here - HOSTING_SENTENCES, 0) - 1, -1):
            for host, guest in self._receptions(n, m.start if n == here else self.sents[n].end):
                other = guest if m.anaphor == "guest" and host == owner else host if m.anaphor == "host" and guest == owner else None
                if other is not None and other != owner:
                    m.cluster, m.reason = other, f"{m.anaphor} (the one {'received by' if m.anaphor == 'guest' else 'who received'} the subject, « {self.doc[m.start].text} »'s owner)"
                    return
        m.reason = f"{m.anaphor}, no reception of the subject told before it"

    def _resolve_act_taken_up(self, m: _Mention) -> None:
        """« La Cour constitutionnelle annule le scrutin. Cette décision est dénoncée par Y »: the
        author of the act is the subject of the main verb of the sentence before, a party the
        resolver placed, where that verb is active; else unresolved."""
        here = self.sent_of[m.start]
        if here == 0:
            m.reason = "act taken up, no sentence before"
            return
        sent = self.sents[here - 1]
        root = sent.root
        said = any(t.text in OPEN_QUOTES or t.text == "\"" for t in sent) or root.lemma_.lower() in SAYING_VERBS
        if self.doc[m.end - 1].lower_ in WORDS_TAKEN_UP and not said:
            m.reason = "words taken up, the sentence before neither quotes nor reports a saying"
            return
        noun = self.doc[m.end - 1].lemma_.lower()
        if any(t.lemma_.lower() == noun for t in sent) or root.lemma_.lower() in ASKING_VERBS:
            m.reason = "act taken up, the sentence before names the act itself or asks about it"  # « X interroge la ministre sur la décision de Y. Cette décision ... »
            return
        # « « ... », a lancé X »: the speaker; else the subject of the main verb, an active one
        speaking = [t for t in sent if t.pos_ == "VERB" and (t.lemma_.lower() in SAYING_VERBS or any(self.doc[k].text in CLOSE_QUOTES for k in range(max(t.i - 3, sent.start), t.i)))]
        active = root.pos_ in ("VERB", "AUX") and not any(c.dep_ == "aux:pass" for c in root.children)
        subject = next((c for verb in (*speaking, *([root] if active else [])) for c in verb.children if c.dep_ == "nsubj"), None)
        author = next((r for r in self.mentions if subject is not None and r.cluster and r.start <= subject.i < r.end and not r.extra), None)
        if author is None or self.clusters[author.cluster].kind not in (EntityKind.PERSON, EntityKind.ORGANISATION):
            m.reason = "act taken up, no party as the subject of the sentence before"
            return
        m.cluster, m.kind = author.cluster, self.clusters[author.cluster].kind
        m.reason = f"act taken up (« {self.doc[m.end - 1].text} »: the subject of the sentence before, its author)"

    def _receptions(self, n: int, end: int) -> list[tuple[str, str]]:
        """(host, guest) clusters of the verbs of receiving in sentence n before token ``end``:
        the subject and the object of « X a reçu Y », the agent and the subject of « Y a été reçu
        par X »; persons only."""
        sent = self.sents[n]
        at = {i: r.cluster for r in self.mentions if r.cluster and sent.start <= r.start < end and not r.extra and self._is_person(r) for i in range(r.start, r.end)}
        found = []
        for verb in (t for t in self.doc[sent.start : end] if t.pos_ == "VERB" and t.lemma_.lower() in HOSTING_VERBS):
            passive = any(c.dep_ == "aux:pass" for c in verb.children)
            subject = next((at[c.i] for c in verb.children if c.dep_.startswith("nsubj") and c.i in at), None)
            other = next((at[c.i] for c in verb.children if c.i in at and (c.dep_.startswith("obl") if passive else c.dep_ == "obj")), None)
            if subject is not None and other is not None:
                found.append((other, subject) if passive else (subject, other))
        return found

    def _resolve_object(self, m: _Mention) -> None:
        """« Twitter, Facebook et Instagram, qui l'ont banni »: the one compatible person named
        before it in its sentence who is not the subject of its verb (the mention right before
        it, or before « qui »); with none, the subject of the sentence before, when it is not
        the subject of this verb too; else unresolved."""
        here = self.sent_of[m.start]
        before = [r for r in self._refs(m.start, here) if not r.extra and r.anaphor != "object"]
        thing = self._thing_before(m, before, self.sents[here].start)
        if thing is not None:  # « a récupéré sa chaîne, avant que Twitch ne la supprime »
            owner = next((r for r in self.mentions if r.anaphor == "possessive" and r.cluster and r.end <= thing
                          and all(self.doc[k].pos_ == "ADJ" for k in range(r.end, thing))), None)
            if owner is not None and self.doc[thing].lemma_.lower() in owned_nouns():
                m.cluster, m.reason = owner.cluster, f"object pronoun (for « {self.doc[thing].text} », which its owner has)"
            else:
                m.reason = f"object pronoun, a thing of its gender before it (« {self.doc[thing].text} »)"
            return
        if self.doc[m.start].lower_ in NEUTER_CLITICS and self.doc[m.start].head.lemma_ in FACT_VERBS:
            m.reason = f"object pronoun of « {self.doc[m.start].head.lemma_} », whose object is a fact"  # « à le déplorer »
            return
        own = self._subject_of_clitic(m, before)
        relative = self._relative_antecedents(m, before)  # « de X et Y, qui refusent de le censurer »: neither
        if not own and not relative and m.start + 1 < len(self.doc) and (_infinitive(self.doc[m.start + 1]) or (m.start > 0 and self.doc[m.start - 1].lower_ == "en" and _gerund(self.doc[m.start + 1]))):
            # « X tient à lui adresser ... », « X a parlé de Y en lui reprochant ... »: the
            # infinitive's or the gerund's subject is the sentence's (after a comma: :meth:`_subject_of_clitic`)
            own = self._governing_subject(m, before) or next((r.cluster for r in before if self._is_subject(r)), "")
        # « Y a porté plainte contre lui »: not the subject of its clause (for a clitic, the
        # mention right before it)
        subjects = {r.cluster for r in before if self._is_subject(r)} if m.stressed else set()
        subjects |= self._joined_to_subject(own, before)  # « X et Y lui ont apporté ... »: neither
        subjects |= relative
        people = {r.cluster for r in before if r.cluster not in (own, *subjects) and self._compatible(r.cluster, m.gender)}
        repeated = self._same_clitics_before(m, here)
        if len(repeated) == 1 and next(iter(repeated)) not in ("", own) and self._compatible(next(iter(repeated)), m.gender):
            m.cluster, m.reason = next(iter(repeated)), "object pronoun (as the same pronoun before it in its sentence)"  # « X l'a reçu, je l'ai reçu aussi »
            return
        if repeated:
            m.reason = "object pronoun, the same pronoun before it in its sentence left unplaced or placed apart"
            return  # « Le président l'a reçu, je l'ai reçu aussi », the first « l' » unplaced: not the president
        if self._settled_in_sentence(m, people, "object pronoun", "one other person"):
            return
        organisation = self._one_organisation_before(m, before, {own, *subjects}) if own else None
        if organisation is not None:  # « Le groupe P a été dissous sur proposition de X, qui l'a accusé ... »
            m.kind, m.cluster, m.reason = EntityKind.ORGANISATION, organisation, "object pronoun (the one organisation before it in its sentence, its verb's subject a person)"
            return
        organisation = None if own else self._one_other_organisation_before(m)
        if organisation is not None:  # « Vexa a fait appel contre la Commission, qui lui a infligé une amende »
            m.kind, m.cluster, m.reason = EntityKind.ORGANISATION, organisation, "indirect object pronoun (the one other organisation before it in its sentence, no person there)"
            return
        places = self._refs(m.start, here, (EntityKind.LOCATION,))
        if places:  # « le soutien de la France à la Moldavie, pour l'aider à ... »: not a person of a sentence before
            m.reason = f"object pronoun, a place before it in its sentence (« {places[-1].text} »)"
            return
        refs, n = self._previous_refs(m)
        speaking = self._first_person_speaker(m)
        refs = [r for r in refs if r.cluster != speaking]  # « X : « on lui a dit ... » »: not X, who speaks
        if not refs:
            other = self._one_other_organisation(m) if self.doc[m.start].lower_ == "lui" else None
            if other is not None:  # « La Cnil a infligé une amende à Google. Elle lui reproche ... »
                m.kind, m.cluster = EntityKind.ORGANISATION, other
                m.reason = "indirect object pronoun (the one organisation of the sentence before that is not its verb's subject)"
                return
            m.reason = "object pronoun, no person before it"
            return
        lead = next((r for r in refs if not _after_preposition(self.doc, r.start)), refs[0])
        if self.doc[m.start].lower_ == "lui":  # « Meta a suspendu le compte de X. La plateforme lui reproche ... »
            owners = {r.cluster for r in refs if r.cluster and r.cluster != own and r.start > 0 and self.doc[r.start - 1].lower_ in OF
                      and self.clusters[r.cluster].kind is EntityKind.PERSON}
            acting = {r.cluster for r in refs if r.cluster not in owners and self._is_subject(r) and self._is_person(r)}
            if len(owners) == 1 and not acting:  # not « X a rétabli des primes abolies par le gouvernement de Y. On lui reproche ... »
                m.cluster, m.reason = next(iter(owners)), "indirect object pronoun (the one person whose thing the sentence before names)"
                return
        named = {i for r in self.mentions if r.cluster for i in range(r.start, r.end)}
        masculine = not m.stressed and m.start + 1 < len(self.doc) and _agrees_in_masculine(self.doc, m.start + 1)
        dative = self.doc[m.start].lower_ in ("lui", "leur")  # « X a exprimé son soutien à P. Y lui reprochait ... »: a person, seldom a thing
        if not dative and any(
            t.dep_ == "obj" and t.pos_ == "NOUN" and t.i not in named and t.i + 1 not in named and self._may_stand_for(m, t) and not (masculine and "Fem" in t.morph.get("Gender"))
            and t.lower_ not in _time_nouns()  # « J'ai vu trois fois Y », « fois » read as the object: no thing
            for t in self.sents[n]  # not « a limogé son adjoint Y »: a noun right before a name describes the one named
        ):
            m.reason = "object pronoun after a sentence with a thing as its object"  # « a présenté le projet. Y l'a critiqué »
        elif self._is_subject(lead) and lead.cluster != own and lead.cluster not in subjects and self._compatible(lead.cluster, m.gender):
            m.cluster, m.reason = lead.cluster, "object pronoun (the subject of the sentence before)"
        elif (going_on := own or (next(iter(subjects)) if m.stressed and len(subjects) == 1 else "")) and lead.cluster == going_on and len(
            others := {r.cluster for r in refs if r.cluster and r.cluster != going_on and self._is_person(r) and self._compatible(r.cluster, m.gender)}
        ) == 1:
            # « X connaît Y. Il a participé à des réunions avec elle »: for a stressed pronoun, its clause's subject goes on
            # « X connaît Y. Elle l'a accueilli »: the subject goes on, the pronoun is the other one
            m.cluster, m.reason = next(iter(others)), "object pronoun (the one other person of the sentence before, whose subject goes on)"
        elif (
            own and m.gender in ("m", "f") and self.doc[m.start].lower_ in DIRECT_OBJECT_CLITICS and not self._organisations_in(n)
            and not any(self._is_subject(r) for r in refs)
            and len(others := {r.cluster for r in refs if r.cluster and r.cluster != own and self._is_person(r) and self._compatible(r.cluster, m.gender)}) == 1
        ):
            # « Q - La France reconnaît-elle Y comme président ? R - Le président l'a félicité »:
            # the one person of the sentence before, where no person is its subject and no
            # organisation may be what « l' » stands for; its verb's subject placed
            m.cluster, m.reason = next(iter(others)), "object pronoun (the one person of the sentence before, whose subject is no person)"
        elif (
            self._speaker_subject_before(m) and (self.doc[m.start].lower_ in DIRECT_OBJECT_CLITICS or dative) and not self._organisations_in(n)
            and not any(self._is_subject(r) for r in refs if r.cluster)
            and len(others := {r.cluster for r in refs if r.cluster and self._is_person(r) and self._compatible(r.cluster, m.gender)}) == 1
            and (dative or not any(_after_preposition(self.doc, r.start) for r in refs if r.cluster in others))
        ):
            # « J'ai cité trois fois Y. Je l'ai retrouvé en juin »: the speaker speaks of the one
            # person of the sentence before, whose subject is the speaker too; not one named after a
            # preposition (« J'ai lu le rapport de Y. Je l'ai trouvé bon »: the report); an indirect
            # object pronoun, a person, may be one (« Les urnes ont donné la victoire à Y. Je lui adresse ... »)
            m.cluster, m.reason = next(iter(others)), "object pronoun (the one person of the sentence before, the speaker its clause's subject)"
        else:
            m.reason = "object pronoun, no clear person before it"

    def _same_clitics_before(self, m: _Mention, here: int) -> set[str]:
        """The clusters ("" for one unplaced) of the object pronouns of the same form before m in
        its sentence (« Le président l'a reçu, je l'ai reçu aussi »: the same person, received twice)."""
        form = m.text.lower().replace("’", "'")
        return {r.cluster for r in self._mentions_of(here) if r.anaphor == "object" and r.end <= m.start and r.text.lower().replace("’", "'") == form}

    def _speaker_subject_before(self, m: _Mention) -> bool:
        """« Je l'ai retrouvé », « je ne l'ai pas retrouvé »: the clitic's clause has « je » as its subject
        right before it (past « ne »), who cannot be the one it stands for; not in a question (« Est-ce
        à dire que nous l'approuvons ? »: a stance, more often than a person)."""
        k = m.start - 1
        if k >= 0 and self.doc[k].lower_ in ("ne", "n'", "n’"):
            k -= 1
        sent = self.sents[self.sent_of[m.start]]
        return k >= 0 and self.doc[k].lower_.replace("’", "'") in ("je", "j'") and not any(t.text == "?" for t in sent)

    @staticmethod
    def _may_stand_for(m: _Mention, noun: Token) -> bool:
        """The pronoun may stand for the noun: any noun for a clitic (« l' »); for a stressed
        pronoun (« contre lui »), a noun of its gender (« la région » is no « lui »); never a plural
        noun for a pronoun of one (« a des responsabilités ... avec elle »), nor a noun of the other
        gender for « le » or « la »."""
        if m.text.lower().replace("’", "'") in SINGULAR_PRONOUNS and noun.morph.get("Number") == ["Plur"]:
            return False
        gender = noun.morph.get("Gender")
        if not m.stressed:  # « la » is no « prix »
            said = CLITIC_GENDERS.get(m.text.lower())
            return said is None or not gender or {"Masc": "m", "Fem": "f"}.get(gender[0]) == said
        return not gender or {"Masc": "m", "Fem": "f"}.get(gender[0]) == m.gender

    def _thing_before(self, m: _Mention, before: list[_Mention], sent_start: int) -> Optional[int]:
        """The noun of a thing of the pronoun's gender (« la » feminine, « le » masculine) that
        stands between the last person named before the pronoun and the pronoun, in its
        sentence, as a verb's object or as what someone owns or does (``party_actions.txt``):
        « la » may stand for it (« sa chaîne ... ne la supprime »); else None. Days and other
        time words do not count, nor a plural noun for a singular pronoun."""
        if m.gender not in ("m", "f"):
            return None
        gender = "Fem" if m.gender == "f" else "Masc"
        start = max((r.end for r in before), default=sent_start)
        named = {i for r in self.mentions if r.named for i in range(r.start, r.end)}
        singular = m.text.lower().replace("’", "'") in SINGULAR_PRONOUNS
        for i in range(m.start - 1, start - 1, -1):
            token = self.doc[i]
            if token.pos_ != "NOUN" or i in named or token.lemma_.lower() in _time_nouns() or gender not in token.morph.get("Gender"):
                continue
            if singular and token.morph.get("Number") == ["Plur"]:
                continue  # « des réunions avec elle »: « elle » stands for no plural thing
            if m.stressed and i == m.start - 2:
                continue  # « ma rencontre avec elle »: the noun the pronoun completes, not what it stands for
            if token.dep_ == "obj" or token.lemma_.lower() in owned_nouns():
                return i  # a thing done or owned; not a place passed through (« dans sa maison »)
        return None

    @staticmethod
    def _settled_in_sentence(m: _Mention, people: set[str], kind: str, one: str) -> bool:
        """The candidates named before the mention in its sentence settle it: one is its
        person, several leave it unresolved; with none, the sentences before decide."""
        if len(people) == 1:
            m.cluster, m.reason = next(iter(people)), f"{kind} (the {one} before it in its sentence)"
        elif people:
            m.reason = f"{kind}, several persons before it in its sentence"
        return bool(people)

    def _after_role_noun(self, m: _Mention) -> bool:
        """A role, occupation or rank stands right before the name, past an adjective of nationality
        (« le ministre Bernard », « le sénateur polonais Thomas », « le général Bernard »): a
        surname there, as after « M. »."""
        j = m.start - 1
        if j > 0 and self.doc[j].lower_ in nationalities():
            j -= 1
        return j >= 0 and (self.doc[j].lower_ in role_nouns() or self.doc[j].lower_ in occupations() or self.doc[j].lower_ in person_heads())

    def _monarch(self, m: _Mention) -> bool:
        """« le roi Philippe », « la reine Margrethe »: a monarch's title before a first name,
        which is then the name the monarch is known by."""
        first = m.text.split()[0].lower()
        return first in MONARCH_TITLES or (m.start > 0 and self.doc[m.start - 1].lower_ in MONARCH_TITLES)

    def _joined_to_subject(self, own: str, before: list[_Mention]) -> set[str]:
        """The persons joined by « et » or a comma to the clitic's subject, going back from it (« X
        et Y lui ont ... »)."""
        last = next((r for r in reversed(before) if r.cluster == own), None) if own else None
        joined: set[str] = set()
        links = ("et",)  # the last member comes after « et »; the others after commas
        while last is not None and last.start >= 2 and self.doc[last.start - 1].lower_ in links:
            last = next((r for r in before if r.end == last.start - 1), None)
            if last is not None and any(t.dep_ in ("obj", "iobj", "obl", "obl:arg", "obl:mod", "nmod") for t in self.doc[last.start : last.end]):
                break  # « X a critiqué Y et Z l'a soutenue »: Y is the object before, Z a new subject
            if last is not None:
                joined.add(last.cluster)
            links = (",",)
        return joined

    def _relative_antecedents(self, m: _Mention, before: list[_Mention]) -> set[str]:
        """The persons a « qui » a few words before the clitic stands for, with nothing but verbs,
        adverbs and the words of an infinitive between (« X et Y, qui refusent de le censurer »):
        the antecedent right before the « qui » and the ones joined to it by « et » or commas."""
        doc = self.doc
        j = m.start - 1
        while j >= 0 and m.start - j <= RELATIVE_CLITIC_WORDS and doc[j].lower_ != "qui":
            if doc[j].pos_ not in ("VERB", "AUX", "ADV", "ADP", "PART") and doc[j].lower_ not in ("ne", "n'", "n’"):
                return set()
            j -= 1
        if j < 1 or doc[j].lower_ != "qui":
            return set()
        k = j - 1 if doc[j - 1].text == "," else j
        last = next((r for r in before if r.end == k and r.cluster), None)
        group: set[str] = set()
        while last is not None:
            group.add(last.cluster)
            link = last.start - 1
            last = next((r for r in before if r.end == link and r.cluster), None) if link >= 1 and doc[link].lower_ in ("et", ",") else None
        return group if len(group) > 1 else set()

    def _subject_of_clitic(self, m: _Mention, before: list[_Mention]) -> str:
        """The cluster of the subject of the clitic's verb, when a mention stands right before
        it (« Morano l'avait », « Morano ne l'a ») or before its « qui »; else ""."""
        doc = self.doc
        if m.start > 0 and doc[m.start - 1].text == "," and m.start + 1 < len(doc) and _gerund(doc[m.start + 1]):
            # « X a répondu à Y, l'accusant de mentir »: a participle after the clause is its subject's;
            # not after a noun's complement (« une lettre de Y, l'accusant de »: the letter's)
            last = next((r for r in reversed(before) if r.end == m.start - 1), None)
            # « Le gouvernement a limogé Y, l'accusant de ... »: an organisation's clause too
            kinds = (EntityKind.PERSON, EntityKind.ORGANISATION)
            parties = [r for r in self._refs(m.start, self.sent_of[m.start], kinds) if r.anaphor != "object"]
            subject = next((r.cluster for r in parties if r.cluster and self._is_subject(r)), "")
            if subject and not (last is not None and last.start > 0 and doc[last.start - 1].lower_ in OF):
                return subject
        j = m.start - 1
        while j >= 0 and doc[j].lower_ in ("ne", "n'", "n’"):
            j -= 1
        past = self._before_incise(j)  # « X, sans jamais le nommer, lui reprochait ... »: X, past the incise
        joined = past == m.start - 1 or past < j  # nothing but an incise between the clitic and the word before
        j = past
        while j >= 0 and doc[j].lower_ in ("ne", "n'", "n’", "qui", ","):
            j -= 1
        for r in before:
            if r.end == j + 1:
                return r.cluster
        if j >= 0 and doc[j].lower_ in FIRST_PERSON_SUBJECTS:
            # « X déclare : « Y a gagné et je le félicite » »: the quotation's speaker, whose
            # « je » is placed after the clitics
            return self._first_person_speaker(m) or ""
        if j >= 0 and doc[j].lower_ in JOINING_WORDS and joined:
            # « X a reçu Y et l'a félicité », « ..., puis, lundi, l'a félicité »: a verb joined with no
            # subject of its own goes on with the first one's
            return next((r.cluster for r in before if r.cluster and self._is_subject(r)), "")
        return ""

    def _subject_right_before_verb(self, m: _Mention, refs: list[_Mention]) -> Optional[_Mention]:
        """The person named right before the verb whose object the possessive opens (« le président
        X a réaffirmé son soutien »: past the auxiliary and adverbs), where the verb follows its
        subject; else None."""
        doc = self.doc
        j = m.start - 1
        while j >= 0 and doc[j].pos_ == "ADV":
            j -= 1
        if j < 0 or doc[j].pos_ != "VERB":
            return None
        j -= 1
        while j >= 0 and (doc[j].pos_ in ("ADV", "AUX") or doc[j].lower_ in ("ne", "n'", "n’")):
            j -= 1
        subject = next((r for r in refs if r.end == j + 1 and r.cluster and self._is_person(r)), None)
        if subject is None or (subject.start > 0 and doc[subject.start - 1].pos_ == "ADP"):
            return None  # « le rapport de X a critiqué ... »: a complement, no subject
        return subject

    def _before_incise(self, j: int) -> int:
        """Token j closes an incise between commas with no finite verb (« , sans hésiter, »):
        the token before its opening comma; else j."""
        doc = self.doc
        if j < 0 or doc[j].text != ",":
            return j
        for k in range(j - 1, max(j - 1 - CLITIC_INCISE_WORDS, -1), -1):
            if doc[k].text == ",":
                return k - 1 if k < j - 1 else j
            if doc[k].pos_ in ("VERB", "AUX") and "Fin" in doc[k].morph.get("VerbForm"):
                return j
        return j

    def _resolve_possessive(self, m: _Mention) -> None:
        """« son compte »: the one person named before it in its sentence (« Twitter a suspendu
        son compte » is not Twitter's: an organisation is no owner here); with none, the subject
        of the sentence before, or the person of the document's title; else unresolved. Where
        the owner is the subject of the same verb (« Musk a fermé son compte »), the relation
        would link a party to itself, and none is drawn."""
        here = self.sent_of[m.start]
        # any person before it, after a preposition too (« Après X, qui a écrit que Facebook avait
        # censuré sa page »: X's page)
        refs_here = [r for r in self._refs(m.start, here) if not r.extra and r.anaphor != "object"]
        judged = next((r for r in refs_here if r.end == m.start - 1 and r.cluster), None) if m.start > 1 and self.doc[m.start - 1].lower_ == "pour" else None
        if judged is not None:  # « X a critiqué Z pour son soutien à Y », « a félicité Z pour sa victoire »: Z's
            m.cluster, m.reason = judged.cluster, "possessive after « pour » (the person right before it, whose act it names)"
            return
        visitor = self._visitor_before(m, refs_here)
        if visitor is not None:  # « la visite de X à Paris et son entretien avec Y »: X's
            m.cluster, m.reason = visitor.cluster, "possessive after « la visite de X ... et » (the visitor's)"
            return
        defended = m.end < len(self.doc) and self._defence_taken(m)  # « prend sa défense »
        aimed = defended or (m.end < len(self.doc) and (self.doc[m.end].lower_ == "encontre" or self._judged_work(m) or self._received(m)))  # « à son encontre », « prend sa défense », « salue son courage », « obtient son soutien »: never the subject's own
        acting = self._acting_before_encontre(m, refs_here)
        if acting is not None:  # « Y a porté plainte après les menaces de X à son encontre »: Y's, not X's
            others = {r.cluster for r in refs_here if r.cluster and r.cluster != acting.cluster}
            if len(others) == 1:
                m.cluster, m.reason = others.pop(), "possessive of « à son encontre » after a noun's « de X » (the other person of its sentence, not X who acts)"
                return
        if not aimed and self._unresolved_subject_before(here, m.start, "any"):
            m.reason = "possessive in a sentence whose subject is a pronoun left unresolved"
            return  # « Elle a été suspendue du groupe de X après son appel ... »: hers, whoever she is
        people = {r.cluster for r in refs_here if not (aimed and self._is_subject(r))}
        subject = self._subject_over_complements(m, refs_here)
        if subject is not None:
            m.cluster, m.reason = subject.cluster, "possessive after a preposition of time (the subject, not a noun's complement)"
            return
        own = None if aimed or len(people) < 2 else self._subject_right_before_verb(m, refs_here)
        if own is not None:  # « X et Y ont évoqué ... et le président Y a réaffirmé son soutien »: Y's
            m.cluster, m.reason = own.cluster, "possessive in the object of a verb whose subject is named right before it"
            return
        if self._settled_in_sentence(m, people, "possessive", "one person"):
            return
        if self._in_opening_phrase(m):
            subject = self._named_subject_after_opening(m)
            if subject is not None:  # « Sous pression après son investiture par P, X renonce »: X's
                m.cluster, m.reason = subject.cluster, "possessive in an opening phrase (the named subject after it)"
                return
            m.reason = OPENING_POSSESSIVE
            return  # « Dans un message posté sur son site, le parquet a précisé ... »
        if not aimed and self._common_noun_subject(here, m.start):
            m.reason = "possessive in a sentence whose subject is a description left unplaced"
            return  # « La jeune femme avait récupéré sa chaîne »: hers, not the last sentence's subject
        refs, n = self._previous_refs(m)
        if defended and len({r.cluster for r in refs}) > 1:
            m.reason = "possessive of a defence taken, several persons in the sentence before"
            return  # « X a critiqué Y. Z a pris sa défense »: Y's most likely, but not told
        if not refs:
            title = self._title_person(m)
            m.cluster, m.reason = (title, "possessive (the person the document's title names)") if title else ("", "possessive, no person before it")
            return
        others = {r.cluster for r in refs if r.cluster} - {r.cluster for r in refs_here if self._is_subject(r)}
        if aimed and not defended and len(others) == 1:  # « Vous connaissez X. Je salue son engagement »: X's
            m.cluster, m.reason = others.pop(), "possessive of a work judged (the one other person of the sentence before)"
            return
        lead = next((r for r in refs if not _after_preposition(self.doc, r.start)), refs[0])
        if self._unresolved_subject_before(n, lead.start, "any"):
            m.reason = "possessive after a sentence whose subject is a pronoun left unresolved"
        elif self._is_subject(lead):
            m.cluster, m.reason = lead.cluster, "possessive (the subject of the sentence before)"
        else:
            m.reason = "possessive, no person as the subject of the sentence before"

    def _acting_before_encontre(self, m: _Mention, refs: list[_Mention]) -> Optional[_Mention]:
        """« les menaces de X à son encontre »: the person named right before « à son encontre »,
        after « de », acts (the noun is X's); the possessive is someone else's."""
        doc = self.doc
        if m.end >= len(doc) or doc[m.end].lower_ != "encontre" or m.start < 1 or doc[m.start - 1].lower_ != "à":
            return None
        named = next((r for r in refs if r.end == m.start - 1 and r.cluster), None)
        if named is None:
            return None
        k = named.start - 1
        while k > 0 and named.start - k <= ACTING_ROLE_WORDS and doc[k].lower_ not in OF and doc[k].pos_ in ("NOUN", "ADJ", "DET"):
            k -= 1  # « les menaces du président X à son encontre »
        return named if k >= 0 and doc[k].lower_ in OF else None

    def _visitor_before(self, m: _Mention, refs: list[_Mention]) -> Optional[_Mention]:
        """« la visite de X en France et son entretien avec Y »: the person named right after a noun
        of a visit (``visit_noun``) that the possessive is joined to by « et », with no verb between;
        the possessive names the visit's own next step, the visitor's."""
        doc = self.doc
        if m.start < 4 or doc[m.start - 1].lower_ != "et":
            return None
        for ref in sorted(refs, key=lambda r: -r.start):
            if ref.end >= m.start or not ref.cluster or m.start - ref.end > VISITOR_REACH:
                continue
            between = doc[ref.end : m.start - 1]
            if any(t.pos_ in ("VERB", "AUX") or t.text in (";", ":") or t.lower_ == "et" for t in between):
                return None
            k = ref.start - 1
            if k > 0 and doc[k].lower_ in titles():
                k -= 1  # « la visite de M. X »
            if k > 0 and doc[k].lower_ == "de" and doc[k - 1].lemma_.lower() in VISIT_NOUNS and self.clusters[ref.cluster].kind is EntityKind.PERSON:
                return ref
            return None
        return None

    def _defence_taken(self, m: _Mention) -> bool:
        """« X prend sa défense »: a noun of ``defended_noun`` after the possessive, right after
        « prendre »; the one defended is another than X (« assurer sa défense » may be X's own)."""
        doc = self.doc
        return doc[m.end].lemma_.lower() in DEFENDED_NOUNS and m.start > 0 and doc[m.start - 1].lemma_.lower() == "prendre"

    def _received(self, m: _Mention) -> bool:
        """« X rencontre Y et obtient son soutien »: the noun after the possessive is the object of
        a verb of obtaining (``obtaining_verb``); what one obtains is another's to give; not a verb
        of causing (« ce qui provoque son exclusion »: his own)."""
        noun = self.doc[m.end]
        return noun.dep_ == "obj" and noun.head.pos_ == "VERB" and noun.head.lemma_.lower() in OBTAINING_VERBS

    def _judged_work(self, m: _Mention) -> bool:
        """« X a salué son engagement », « Y dénonce sa politique »: the noun after the possessive is
        the object of a verb of ``judged_work_verb`` (or joined to one: « son courage et sa
        détermination »); what one judges so is another's work (« X a défendu sa politique » may be X's),
        but for what one undergoes (« X a dénoncé son exclusion »: ``undergone_noun``)."""
        noun = self.doc[m.end]
        if noun.lemma_.lower() in UNDERGONE_NOUNS or noun.lower_ in UNDERGONE_NOUNS:
            return False
        while noun.dep_ == "conj" and noun.head.i < noun.i and noun.head.pos_ == "NOUN":
            noun = noun.head
        return noun.dep_ == "obj" and noun.head.pos_ == "VERB" and noun.head.lemma_.lower() in JUDGED_WORK_VERBS

    def _governing_subject(self, m: _Mention, before: list[_Mention]) -> str:
        """The cluster of the parsed subject of the verb that governs the infinitive right after
        the clitic, where a mention before it covers that subject (« X a gagné et je tiens à le
        féliciter »: mine, not X's); "?" where no such mention covers it (the speaker's « je »,
        placed later: no one named before is that subject); else ""."""
        infinitive = self.doc[m.start + 1]
        verb = infinitive.head
        if verb.i == infinitive.i or infinitive.dep_ not in ("xcomp", "ccomp", "advcl"):
            return ""
        subject = next((t for t in verb.children if t.dep_.startswith("nsubj")), None)
        if subject is None:
            return ""
        if subject.pos_ == "PRON" and subject.i < m.start and not any(r.start <= subject.i < r.end for r in before):
            if subject.lower_ in FIRST_PERSON_SUBJECTS:
                return self._first_person_speaker(m) or "?"  # « X déclare : « ... je tiens à le féliciter » »: X
            return "?"
        return next((r.cluster for r in before if r.start <= subject.i < r.end and r.cluster), "")

    def _resolve_dissolved(self, m: _Mention) -> None:
        """« Le parti P existe jusqu'à sa dissolution par Y », « Le parti P est fondé en 2012. La Cour
        prononce sa dissolution »: the first organisation named before it in its sentence that is
        not the subject of the verb governing the noun (not the Cour, which dissolves), unresolved if
        that one is; with none, the one organisation the sentence before names; else unresolved."""
        here, doc = self.sent_of[m.start], self.doc
        governor = doc[m.start].head.head
        same = sorted(
            (r for r in self.mentions
             if r.end <= m.start and self.sent_of.get(r.start) == here and r is not m and (self.clusters[r.cluster].kind if r.cluster else r.kind) is EntityKind.ORGANISATION
             and not any(t.dep_.startswith("nsubj") and t.head == governor for t in doc[r.start : r.end])),
            key=lambda r: r.start,
        )
        if same:  # the first, which the sentence is about (« L'appui du parti au pacte P entraîne sa dissolution »)
            m.cluster = same[0].cluster
            m.reason = "possessive of a dissolution (the first organisation named before it in its sentence)" if m.cluster else "possessive of a dissolution after an organisation left unresolved"
            return
        before = self._organisations_in(here - 1)
        if len(before) == 1:
            m.cluster, m.reason = before.pop(), "possessive of a dissolution (the one organisation the sentence before names)"
        else:
            m.reason = f"possessive of a dissolution, {len(before) or 'no'} organisations in the sentence before"

    def _subject_over_complements(self, m: _Mention, refs: list[_Mention]) -> Optional[_Mention]:
        """After a preposition of time (« après son appel »), the sentence's subject where every
        other person before the possessive completes a noun (« Elle a été suspendue du groupe de X
        après son appel ... »: hers); else None (« a félicité X après sa victoire » stays open)."""
        if m.start == 0 or self.doc[m.start - 1].lower_ not in TIME_PREPOSITIONS:
            return None
        subjects = [r for r in refs if self._is_subject(r)]
        if len(subjects) != 1:
            return None
        others = [r for r in refs if r.cluster != subjects[0].cluster]
        # « X, conseiller du président élu Y, ... après ses attaques »: X's
        return subjects[0] if all(_preposition_before(self.doc, r.start) in OF for r in others) else None

    def _common_noun_subject(self, sentence: int, before: int) -> bool:
        """The sentence's subject, before token ``before``, is a common noun that no mention
        covers (« La jeune femme avait ... »): the person it names is not known."""
        covered = {i for r in self.mentions for i in range(r.start, r.end)}
        return any(
            self.doc[i].dep_ == "nsubj" and self.doc[i].pos_ == "NOUN" and i not in covered
            for i in range(self.sents[sentence].start, before)
        )

    def _coordinated(self, first: _Mention, refs: list[_Mention], gender: str) -> bool:
        """« Jean Dupuis et Marc Roussel sont arrivés »: the first person named opens its
        sentence as the subject, and another person of a compatible kind follows it after
        « et », « ou » or a comma: a subject of several persons, that « il » does not pick from."""
        doc = self.doc
        if not self._is_subject(first):
            return False
        link = doc[first.end] if first.end < len(doc) else None
        if link is None or link.lower_ not in ("et", "ou", ","):
            return False
        return self._compatible(first.cluster, gender) and any(
            r.start in (first.end + 1, first.end + 2) and r.cluster != first.cluster and self._compatible(r.cluster, gender) for r in refs
        )

    def _clause_subject(self, r: _Mention) -> bool:
        """The person mention stands where a subject does: the parser says so, or it opens its
        sentence or follows a comma (« Soutenu par X, Garnier entre au Sénat ») and goes on
        with no comma or « et » of a list; never after a preposition (« par X », « à Y »)."""
        doc = self.doc
        if _after_preposition(doc, r.start):
            return False
        if doc[r.end - 1].dep_.startswith("nsubj") or doc[r.start].dep_.startswith("nsubj"):
            return True
        opens = r.start == self.sents[self.sent_of[r.start]].start or doc[r.start - 1].text == ","
        after = doc[r.end] if r.end < len(doc) else None
        return opens and after is not None and after.is_alpha and after.lower_ not in ("et", "ou") and after.pos_ != "PROPN"

    def _after_fronted_complements(self, m: _Mention, earlier: list[_Mention]) -> bool:
        """« Après avoir été un opposant à Y, il ... », « Selon Y, elle ... », « avec Y il
        cofonde »: a subject pronoun whose sentence names before it only persons after a
        preposition, or, after a comma, only persons of an opening phrase that has no subject (a
        preposition, a participle). A subject pronoun does not stand for a complement of the
        phrase put before its own clause."""
        doc = self.doc
        if m.anaphor != "subject" or m.start == 0 or not all(self._is_person(r) for r in earlier):
            return False
        comma = doc[m.start - 1].text == ","
        if self._complements(earlier) and (comma or m.start == earlier[-1].end):
            return True  # « Selon Y, il », « En 1998, avec Y il cofonde », « avec ses deux sœurs Y et Z, il »
        if not comma:
            return False
        # « Après avoir critiqué Y, il ... », « Soutenu par Y, il ... »: a phrase without a
        # subject of its own opens the sentence, and the persons it names are its complements
        first = self.sents[self.sent_of[m.start]][0]
        nxt = doc[first.i + 1] if first.i + 1 < len(doc) else None
        opener = (first.pos_ == "ADP" and nxt is not None and nxt.lower_ not in ("que", "qu'", "qu’")) or "Part" in first.morph.get("VerbForm")
        return opener and all(first.i < r.start < m.start for r in earlier)

    def _complements(self, refs: list[_Mention]) -> bool:
        """Each mention stands after a preposition (over up to three articles, adjectives, numbers
        and nouns: « avec ses deux sœurs Y »), or is joined by « et », « ou » or a comma to the
        complement right before it (« ... Y et Z »)."""
        doc = self.doc
        for n, r in enumerate(refs):
            j = r.start - 1
            while j >= 0 and r.start - j <= 3 and doc[j].pos_ in ("DET", "ADJ", "NOUN", "NUM") and doc[j].lower_ not in OF:
                j -= 1
            if j >= 0 and doc[j].pos_ == "ADP" and doc[j].lower_ not in ("que", "qu'", "qu’"):
                continue
            if n > 0 and r.start - refs[n - 1].end == 1 and doc[r.start - 1].lower_ in ("et", "ou", ","):
                continue
            return False
        return True

    def _opens_sentence(self, m: _Mention) -> bool:
        """No word stands before the mention in its sentence."""
        sent = self.sents[self.sent_of[m.start]]
        return not any(t.is_alpha for t in self.doc[sent.start : m.start])

    def _opens_main_clause(self, m: _Mention) -> bool:
        """The mention opens its sentence, or its main clause after an opening phrase with no
        finite verb that names no person (« Fondé en 1988 comme un mouvement de jeunesse, il
        devient ... »): the phrase describes the subject after its comma."""
        if self._opens_sentence(m):
            return True
        sent = self.sents[self.sent_of[m.start]]
        doc = self.doc
        if m.start - 1 <= sent.start or doc[m.start - 1].text != ",":
            return False
        if any(t.pos_ in ("VERB", "AUX") and "Fin" in t.morph.get("VerbForm") for t in doc[sent.start : m.start]):
            return False
        return not any(r.cluster and sent.start <= r.start < m.start and self._is_person(r) for r in self.mentions)

    def _person_noun_before(self, m: _Mention) -> Optional[str]:
        """A noun of a person (a role, an occupation, a tie: « le directeur du journal »), after
        an article, that stands before the pronoun in its sentence, of its gender and number,
        with no name beside it: the pronoun may stand for that person; else None."""
        doc, start = self.doc, self.sents[self.sent_of[m.start]].start
        gender = {"m": "Masc", "f": "Fem"}.get(m.gender, "")
        nouns = _person_nouns()
        for t in doc[start : m.start]:
            if t.pos_ != "NOUN" or t.lower_ not in nouns or t.i == start or doc[t.i - 1].pos_ != "DET":
                continue
            if doc[t.i - 1].lower_ in INDEFINITE_ARTICLES or (t.i - 2 >= start and doc[t.i - 2].lower_ == "dans"):
                continue  # « après avoir été un opposant à Y »: the subject's own description; « dans le cadre de »
            if (gender and gender not in t.morph.get("Gender")) or t.morph.get("Number") == ["Plur"]:
                continue
            named = {i for r in self.mentions if r.cluster for i in range(r.start, r.end)}  # only for a candidate: most sentences hold none
            if t.i in named or (t.i + 1 < len(doc) and (t.i + 1 in named or doc[t.i + 1].pos_ == "PROPN")):
                continue  # « le président Paul Martin »: the name is the party
            return t.text
        return None

    def _sentence_before(self, m: _Mention) -> int:
        """The sentence before the mention's, in minutes the one before in the same speaker's
        speech (past other members' interjections); -1 where there is none."""
        here = self.sent_of[m.start]
        speech = self._turn_label_at(m.start)
        for n in range(here - 1, max(here - 2 - INTERJECTION_SENTENCES, -1), -1):
            if not speech:
                return n
            words = [t.i for t in self.sents[n] if t.is_alpha]
            label = self._turn_label_at(words[0]) if words else ""
            if label == speech and not self._in_stage_direction(words[0]) and self.sents[n].text.strip(" .:-–\n") != label:
                return n  # not the label alone (« M. Paul Martin. »), nor the reporter's direction
        return -1

    def _noun_subject_between(self, start: int, m: _Mention) -> bool:
        """A common noun of the pronoun's gender and number is the subject of a clause between
        token ``start`` and the pronoun (« vous avez affirmé, monsieur X, que le risque était si
        grave qu'il minait nos institutions »): the pronoun may stand for that thing."""
        return any(_noun_subject_like(t, m) for t in self.doc[start : m.start])

    def _noun_subject_before(self, m: _Mention) -> bool:
        """The sentence before has a common noun of the pronoun's gender as the subject of its
        main clause (« Un recours est déposé ... Il est rejeté »): the pronoun may stand for that
        thing."""
        here = self._sentence_before(m)
        if here < 0:
            return False
        named = {i for r in self.mentions if r.cluster for i in range(r.start, r.end)}
        before = self.sents[here]
        return any(
            (
                (_noun_subject_like(t, m) and t.head.i == before.root.i)  # of the main clause, not of a relative (« dont l'accès coûterait »); « Les accusations ... Elle »: not them
                or (_joined_to_the_subject(t, before.root) and _noun_subject_like(t, m, subject=False))
            )
            and t.i not in named
            for t in before
        )

    def _continues_subject(self, m: _Mention, earlier: list[_Mention]) -> bool:
        """« X s'est entretenu avec Y, alors qu'il a dit qu'il s'opposait à Y »: a subject pronoun
        that opens a clause of contrast, cause or time (« alors qu' », « parce qu' », « car »), or
        that follows « qu' » after a pronoun standing for the same person, continues the subject
        of the sentence; the other persons named before it are objects, not candidates."""
        if m.anaphor != "subject" or not earlier:
            return False
        subject = earlier[0]
        if not (self._is_person(subject) and subject.cluster and self._compatible(subject.cluster, m.gender)):
            return False
        doc = self.doc
        after = subject.end + 1 if subject.end + 1 < len(doc) and doc[subject.end].lower_ in ("ne", "n'", "n’") else subject.end
        if _after_preposition(doc, subject.start) or after >= len(doc) or doc[after].pos_ not in ("AUX", "VERB", "PRON"):
            return False  # the first person named must be the subject of its clause (« X s'est entretenu », « X n'est pas venu »)
        before = [t.lower_.replace("’", "'") for t in doc[max(m.start - 2, 0) : m.start]]
        if before and before[-1] in CLAUSE_OPENERS or " ".join(before) in CLAUSE_OPENERS:
            return True
        if before and before[-1] == "," and self._opens_with_subordinate(m, subject):
            return True
        if before and before[-1] in ("qu'", "que"):
            pronouns = [r for r in earlier if r.anaphor == "subject" and r.end <= m.start]
            if bool(pronouns) and pronouns[-1].cluster == subject.cluster and not any(
                self._is_person(r) and r.cluster != subject.cluster and r.start > pronouns[-1].start for r in earlier
            ):
                return True
        if before and before[-1] in ("qu'", "que", "dont"):
            # « Il a conseillé Donald Trump, dont il a soutenu la candidature »: the person right
            # before the relative pronoun is its antecedent, not the subject of the relative clause
            antecedent = [r for r in earlier if r.end >= m.start - 2]
            named = {subject.cluster} | {r.cluster for r in antecedent}
            others = [r for r in earlier if self._is_person(r) and r.cluster not in named]
            return bool(antecedent) and subject not in antecedent and not others
        return False

    def _opens_with_subordinate(self, m: _Mention, subject: _Mention) -> bool:
        """« Même si X reste ouvert à une rencontre avec Y, il le met en garde »: a sentence that
        opens with a subordinate clause (``subordinate_opener``) whose subject is the first person
        named; the pronoun after the comma that closes it opens the main clause, and continues
        that subject."""
        sent = self.sents[self.sent_of[m.start]]
        words = [t.lower_.replace("’", "'") for t in self.doc[sent.start : min(sent.start + 2, m.start)]]
        if words[:1] and words[0] in SUBORDINATE_OPENERS:
            opener = 1
        elif " ".join(words) in SUBORDINATE_OPENERS:
            opener = 2
        else:
            return False
        return subject.start == sent.start + opener

    def _relative_in_opening_apposition(self, m: _Mention, sent: Span) -> bool:
        """« Ancien membre du parti P, dont il a été exclu en 2015, X a ... »: the pronoun opens a
        relative clause (« dont », « où ») in the apposition that opens the sentence, before any
        finite verb: it is the main subject named after the clause."""
        doc = self.doc
        if m.start - 2 <= sent.start or doc[m.start - 1].lower_ not in ("dont", "où") or doc[m.start - 2].text != ",":
            return False
        if doc[sent.start].pos_ not in ("ADJ", "NOUN", "DET"):
            return False
        return not any(t.pos_ in ("VERB", "AUX") and "Fin" in t.morph.get("VerbForm") for t in doc[sent.start : m.start])

    def _main_subject_after(self, m: _Mention) -> Optional[str]:
        """The person named as the main clause's subject, for a subject pronoun that opens a
        subordinate clause at the start of the sentence (« S'il avait promis de soutenir Y,
        l'ancien maire de Lyon s'en abstient »: « il » is the former mayor): the
        person mention right after the comma that closes the clause, before a finite verb (the
        parse of such openings is unsure); else None."""
        doc = self.doc
        sent = self.sents[self.sent_of[m.start]]
        opener = " ".join(t.lower_.replace("’", "'") for t in doc[sent.start : m.start])
        if not opener or (opener not in SUBORDINATE_OPENERS and not self._relative_in_opening_apposition(m, sent)):
            return None
        depth, comma = 0, None
        for k in range(m.end, sent.end):
            depth += doc[k].text in ("(", "[") or -(doc[k].text in (")", "]"))
            if depth == 0 and doc[k].text == ",":
                comma = k
                break
        main = next((r for r in self.mentions if comma is not None and r.start == comma + 1 and r.kind is EntityKind.PERSON), None)
        if main is None and comma is not None:  # « , l'ancien maire de Lyon Paul Martin s'en abstient »: the name after its description
            main = next((r for r in self.mentions if r.named and r.kind is EntityKind.PERSON and comma + 1 < r.start <= comma + APPOSITION_REACH), None)
            if main is not None and any(t.pos_ in ("VERB", "AUX", "PUNCT", "PRON") for t in doc[comma + 1 : main.start]):
                main = None
        if main is not None and not main.cluster and not main.anaphor and (main.role_class or (main.former and main.role is not None)):
            self._resolve_description(main)  # read before the pronoun it tells of
        if main is None or not main.cluster or not self._is_person(main) or not self._compatible(main.cluster, m.gender):
            return None
        k = main.end
        if k < sent.end and doc[k].text == ",":  # « , Manuel Valls, ancien Premier ministre, a ... »
            k = next((n + 1 for n in range(k + 1, min(k + APPOSITION_REACH, sent.end)) if doc[n].text == ","), sent.end)
        while k < sent.end and (doc[k].pos_ == "ADV" or doc[k].lower_ in CLITICS):
            k += 1  # « ne », « s'en », « l'a »
        return main.cluster if k < sent.end and doc[k].pos_ in ("AUX", "VERB") and "Fin" in doc[k].morph.get("VerbForm") else None

    def _title_person(self, m: _Mention) -> Optional[str]:
        """The person an encyclopedia article or a profile is about, when its title is a
        person's full name (« Peter Thiel »): a subject pronoun with no person before it in the
        text stands for them (« Il rencontre Max Levchin en 1998 »). A news headline is no name
        (several words, not all capitalised), so nothing changes there."""
        title = " ".join((self.doc._.tpg_title or "").split())
        words = title.split()
        if m.anaphor == "subject" and len(words) == 1:
            # a person known by one name (« Coluche »): only where the text names that person so
            one = [c for c in self.clusters.values() if c.kind is EntityKind.PERSON and name_key(c.name) == name_key(title)]
            return one[0].id if len(one) == 1 and self._compatible(one[0].id, m.gender) else None
        if m.anaphor not in ("subject", "possessive") or not self._name_title():
            return None
        key, surname = name_key(title), name_key(words[-1])
        people = [c for c in self.clusters.values() if c.kind is EntityKind.PERSON]
        # a person's name by its first name, or by the text naming that person (name_title_person)
        titled = [c for c in people if name_key(c.name) == key]
        gender = gender_of(title) or (titled[0].gender if len(titled) == 1 else "")
        if gender and not self._gender_fits(gender, m.gender):
            return None  # an unknown first name (« Milo », « Guo ») fits either pronoun
        named = [c for c in people if name_key(c.name) == key] or [c for c in people if name_key(c.name) == surname]
        if not named and len(words) >= 2 and not self._common_word(words[0]):
            # « Nasri » read as an organisation in the profile of « Samir Nasri »: the title's person, by surname
            read = [c for c in self.clusters.values() if c.kind is EntityKind.ORGANISATION and name_key(c.name) == surname]
            if len(read) == 1 and not self.r.gazetteer.canonical(read[0].name):
                read[0].kind, named = EntityKind.PERSON, read
        if len(named) == 1:
            named[0].name = _fuller(named[0].name, title)  # « Wigmore » in the text is the title's « Andy Wigmore »
            return named[0].id
        if named or (not gender_of(title) and self._common_word(words[0])):
            return None  # « Conférence de la Guadeloupe »: the text writes « la conférence »
        return self.new_cluster(EntityKind.PERSON, title).id

    def _common_word(self, word: str) -> bool:
        """The text writes the word in lower case somewhere (« la conférence »): a common noun."""
        lower = word.lower()
        return any(t.is_lower and t.lower_ == lower for t in self.doc)

    @staticmethod
    def _gender_fits(known: str, wanted: str) -> bool:
        return wanted in ("any", "") or known == wanted

    def _alone(self, cid: str, m: _Mention) -> bool:
        """No other compatible person is named in the sentences before the anaphor's (within the window)."""
        refs, _n = self._previous_refs(m)
        return all(r.cluster == cid or not self._compatible(r.cluster, m.gender) for r in refs)

    def _named_in_sentence_before(self, m: _Mention) -> list[_Mention]:
        """The placed mentions of the sentence before a subject pronoun of a known gender (none for
        another mention, or in the first sentence), in order."""
        here = self.sent_of[m.start]
        if m.anaphor != "subject" or here == 0 or m.gender not in ("m", "f"):
            return []
        before = self.sents[here - 1]
        return [r for r in self.mentions if r.cluster and before.start <= r.start < before.end]

    def _organisation_before(self, m: _Mention) -> Optional[str]:
        """« L'association Pixelia a été fondée en 2010. Elle est dissoute en 2020 »: a subject
        pronoun that opens its sentence, after a sentence whose subject is an organisation
        whose gender the document gives (« l'association », « le parti », « la CGT ») and that
        names no person, stands for that organisation; else None."""
        named = self._named_in_sentence_before(m)
        if not named or not self._opens_main_clause(m) or any(self._is_person(r) for r in named) or self.clusters[named[0].cluster].kind is not EntityKind.ORGANISATION:
            return None
        first = named[0]
        if _after_preposition(self.doc, first.start) or not self._is_subject(first):
            return None
        if self._modifier(first) and self.doc[first.start - 1].lower_ not in TYPE_WORDS:
            return None  # « Le compte Twitter de X ... »: the name qualifies a thing
        if first.start > 1 and self.doc[first.start - 2].lower_ in POSSESSIVES:
            return None  # « Son groupe Facebook réunissait ... »: a thing of someone's, no organisation
        return first.cluster if self._org_gender(first.cluster) == m.gender else None

    def _country_of_sentence_before(self, m: _Mention) -> Optional[str]:
        """« La France condamne l'attentat. Elle adresse ses condoléances aux familles »: a subject
        pronoun that opens its sentence, after a sentence that names no person and opens with a
        country after the article of the pronoun's gender (« la France », « le Japon »), or with a
        pronoun read so, stands for that country; else None."""
        named = self._named_in_sentence_before(m)
        if not named or not self._opens_main_clause(m) or self.clusters[named[0].cluster].kind is not EntityKind.LOCATION:
            return None
        first, doc, before = named[0], self.doc, self.sents[self.sent_of[m.start] - 1]
        opening = next((t.i for t in doc[before.start : before.end] if not t.is_punct and not t.is_space), before.start)
        if doc[first.start].lower_ == m.text.lower() and (first.start == opening or self._opens_main_clause(first)):
            return first.cluster  # « Elle adresse ... à X. Elle réitère ... », « Comme d'autres, elle ... . Elle »: the same pronoun, read so
        if any(self._is_person(r) for r in named):
            return None
        article = {"la": "f", "le": "m"}.get(doc[first.start - 1].lower_) if first.start > before.start else None
        # « La France condamne ... », « En ce triste anniversaire, la France tient à ... »: its subject after an opening phrase
        opens = first.start - 1 == before.start or (first.start - 2 > before.start and doc[first.start - 2].text == ",") or _after_line_marker(doc, before, first.start - 1)
        if not opens or article != m.gender or not self._is_subject(first):
            return None
        return first.cluster

    def _country_subject_before(self, m: _Mention) -> Optional[str]:
        """« La France est émue et elle vous félicite »: a subject pronoun right after « et », in a
        sentence whose subject, at its start after the article of the pronoun's gender, is a place
        and the only party named before the pronoun, stands for that place; else None."""
        doc = self.doc
        sent = self.sents[self.sent_of[m.start]]
        j = m.start - 1
        while j > sent.start and doc[j].text == ",":
            j -= 1
        if m.anaphor != "subject" or m.gender not in ("m", "f") or j <= sent.start or doc[j].lower_ != "et":
            return None
        before = [r for r in self.mentions if r.cluster and sent.start <= r.start < m.start]
        article = doc[sent.start].lower_
        if len(before) != 1 or before[0].start != sent.start + 1 or {"la": "f", "le": "m"}.get(article) != m.gender:
            return None
        place = before[0]
        if self.clusters[place.cluster].kind is not EntityKind.LOCATION or not doc[place.end - 1].dep_.startswith("nsubj"):
            return None
        return place.cluster

    def _org_gender(self, cid: str) -> str:
        """The grammatical gender the document gives an organisation: that of the type noun or of
        the article right before one of its names (« l'association X », « le parti X », « la X »),
        else that of the article of the type noun it is said to be (« X est un service de ... »);
        "" where none or both."""
        doc, found, said = self.doc, set(), set()
        for r in self.mentions:
            if r.cluster != cid or not r.named:
                continue
            after = doc[r.end : r.end + 3]  # « X est un service de ... », « X est une plateforme »
            if len(after) == 3 and after[0].lemma_ == "être" and after[1].lower_ in ("un", "une") and after[2].lower_ in _org_description_words() | TYPE_WORDS:
                said.add("m" if after[1].lower_ == "un" else "f")
            if r.start == 0:
                continue
            before = doc[r.start - 1]
            if before.is_lower and before.lower_ in _org_description_words() | TYPE_WORDS:
                gender = _morph_gender(before)
                if not gender and r.start > 1:  # « le parti X », the noun read as a name, no gender
                    gender = ARTICLE_GENDER.get(doc[r.start - 2].lower_, "")
                found.add(gender)
            elif before.lower_ in ARTICLE_GENDER:
                found.add(ARTICLE_GENDER[before.lower_])
        found.discard("")
        found = found or said  # « La Tribu Ka est un mouvement »: the name's own article first
        return next(iter(found)) if len(found) == 1 else ""

    def _title_topic_continued(self, m: _Mention, sentence: int, before: int) -> str:
        """In an article titled by an organisation's name, a subject pronoun that opens its main
        clause continues that organisation where a pronoun of the pronoun's gender that stands for
        it is the subject of the sentence before, before any person (« Fondé en 1988, il devient un
        parti ... sous l'influence de son président X. Il a ensuite ... »: the party); else ""."""
        titled = self._title_organisation()
        if not titled or m.anaphor != "subject" or m.gender not in ("m", "f") or not self._opens_main_clause(m):
            return ""
        orgs = self._refs(before, sentence, (EntityKind.ORGANISATION,))
        if orgs[0].cluster != titled or orgs[0].named or self._org_gender(titled) != m.gender:
            return ""  # « La Ligue ... est fondée par X. Elle ... »: the name itself with a person after it, either
        return titled

    def _org_subject(self, sentence: int, before: int) -> bool:
        """An organisation stands before token ``before`` as the sentence's subject."""
        orgs = self._refs(before, sentence, (EntityKind.ORGANISATION,))
        return bool(orgs) and not _after_preposition(self.doc, orgs[0].start)

    def _resolve_pair(self, m: _Mention) -> None:
        here = self.sent_of[m.start]
        found: list[str] = []
        needed = pair_roles().get(_norm(m.text), frozenset())
        for n in range(here, max(here - 1 - ANAPHORA_WINDOW, -1), -1):
            limit = m.start if n == here else self.sents[n].end
            for ref in reversed(self._refs(limit, n)):
                if ref.cluster not in found and self._compatible(ref.cluster, m.gender) and self._may_hold(ref.cluster, needed):
                    found.append(ref.cluster)
            if len(found) >= 2:
                break
        if len(found) < 2 and needed:
            found = self._holders_so_far(m.start, needed) or found
        if len(found) == 2:
            first, second = sorted(found)
            m.cluster, m.extra = first, [second]
            m.reason = "plural (the two persons in play)" if not needed else "plural (the two persons in play who hold such roles)"
        else:
            m.reason = f"plural, {len(found)} persons in play"

    def _holders_so_far(self, end: int, classes: frozenset[str]) -> list[str]:
        """The persons the document placed before token ``end`` who are known to hold a role of
        one of ``classes`` (« les deux présidents » after a long exchange between two heads of
        state): two of them, else none."""
        holders: dict[str, str] = {}  # by name: the role table gives each of a person's role mentions a cluster of its own
        for r in self.mentions:
            if r.cluster and r.end <= end and self._is_person(r) and self._role_classes(self.clusters[r.cluster]) & classes:
                holders.setdefault(self.clusters[r.cluster].name, r.cluster)
        return sorted(holders.values()) if len(holders) == 2 else []

    def _resolve_roles(self, m: _Mention) -> None:
        """« les présidents russe et américain »: for each role, the one person in play who holds
        it (or, in an undated article, held it); both found, or none."""
        in_play = sorted({r.cluster for r in self.mentions if r.cluster and r.end <= m.start and self._is_person(r)})
        found = []
        for role in m.roles:
            fits = [cid for cid in in_play if self._holds(cid, role.cls, role.qualifier)]
            if len(fits) != 1 or fits[0] in found:
                m.reason = f"plural of roles, {len(fits) or 'no'} persons in play are {role}"
                return
            found.append(fits[0])
        m.cluster, m.extra = found[0], found[1:]
        m.reason = "plural of roles (the one person in play who holds each of them)"

    def _resolve_group(self, m: _Mention) -> None:
        """« X, Y et d'autres patrons sont arrivés. Ils ont été reçus par Z »: a plural subject
        pronoun that opens its sentence (or its main clause) stands for the persons coordinated
        as the subject of the sentence before; « elles » for women only. Else unresolved."""
        here = self.sent_of[m.start]
        start = self.sents[here].start
        if m.start > start and self.doc[m.start - 1].lower_ == "et" and self._reciprocal_after(m):
            group = self._subject_and_other(here, m.start)  # « X a appelé Y, et ils se sont vus »
            if len(group) == 2 and not (m.gender == "f" and any(self.clusters[c].gender != "f" for c in group)):
                m.cluster, m.extra = group[0], group[1:]
                m.reason = "plural pronoun of a reciprocal verb after « et » (the subject of the clause before and the one other person it names)"
                return
        if m.start > start and self.doc[m.start - 1].lower_ in CLAUSE_OPENERS:
            group = self._coordinated_subject(here, before=m.start)
            if len(group) >= 2 and not (m.gender == "f" and any(self.clusters[c].gender != "f" for c in group)):
                m.cluster, m.extra = group[0], group[1:]
                m.reason = "plural pronoun after « où », « quand » (the persons coordinated as the subject of its sentence)"
                return
        if here == 0 or not (m.start == start or self._opening_phrase_before(m.start)):
            m.reason = "plural pronoun inside its sentence"
            return
        group = self._coordinated_subject(here - 1)
        reason = "plural pronoun (the persons coordinated as the subject of the sentence before)"
        if len(group) < 2 and self._reciprocal_after(m):
            group = self._subject_and_other(here - 1)  # « X connaît Y. Ils se sont rencontrés »
            reason = "plural pronoun of a reciprocal verb (the subject of the sentence before and the one other person it names)"
        elif len(group) < 2 and self.sents[here - 1].root.lemma_.lower() in MEETING_VERBS:
            group = self._subject_and_other(here - 1)  # « X a rencontré Y. Au cours de cette rencontre, ils ont ... »
            reason = "plural pronoun after a meeting (the subject of the sentence before and the one other person it names)"
        if len(group) < 2 and (body := self._plural_named_subject(here - 1)):
            m.cluster, m.reason = body, "plural pronoun (the body named in the plural, « Les Douze », the subject of the sentence before)"
            return
        if len(group) < 2 or (m.gender == "f" and any(self.clusters[c].gender != "f" for c in group)):
            m.reason = "plural pronoun, no persons coordinated as the subject of the sentence before"
            return
        m.cluster, m.extra = group[0], group[1:]
        m.reason = reason

    def _resolve_plural_stressed(self, m: _Mention) -> None:
        """« X et Y sont retenus à Téhéran. ... Je me suis entretenu avec eux hier »: a plural stressed
        pronoun after a preposition of a relation stands for the persons coordinated as the subject
        of the nearest sentence before it that has such a subject (within ``PLURAL_REACH``
        sentences), where no other person is named in the sentences between; « elles » for women only."""
        here = self.sent_of[m.start]
        for n in range(here - 1, max(here - 1 - PLURAL_REACH, -1), -1):
            group = self._coordinated_subject(n)
            if len(group) < 2:
                continue
            between = {r.cluster for r in self.mentions if r.named and r.cluster and self._is_person(r) and self.sents[n].end <= r.start < self.sents[here].start}
            if between - set(group) or (m.gender == "f" and any(self.clusters[c].gender != "f" for c in group)):
                break
            m.cluster, m.extra = group[0], group[1:]
            m.reason = "plural stressed pronoun (the persons coordinated as the subject of a sentence before, no other person named since)"
            return
        m.reason = "plural stressed pronoun, no persons coordinated as a subject before it"

    def _plural_named_subject(self, n: int) -> str:
        """The cluster of a body whose name is written in the plural with its article, no person
        (« Les Douze », « Les Verts »), that opens sentence n as its subject; else ""."""
        doc, sent = self.doc, self.sents[n]
        if sent.start >= len(doc):
            return ""
        named_here = [r for r in self._mentions_of(n) if r.named and r.cluster]
        opening = next((r for r in named_here if sent.start <= r.start <= sent.start + 1), None)
        if opening is not None and not self._is_person(opening) and [strip_accents(t.lower_) for t in doc[opening.end - len(MEMBER_STATES) : opening.end]] == list(MEMBER_STATES):
            return opening.cluster  # « La Communauté et ses États membres condamnent ... Ils ... »
        if doc[sent.start].lower_ != "les":
            return ""
        if sent.start + 3 < len(doc) and doc[sent.start + 1].lower_ in GROUP_MEMBER_NOUNS and doc[sent.start + 1].dep_.startswith("nsubj") and doc[sent.start + 2].lower_ in OF:
            k = sent.start + 3
            while k < sent.end and doc[k].pos_ == "DET":
                k += 1  # « Les membres du Conseil P », « les ministres de la Communauté »
            body = next((r for r in named_here if r.start == k), None)
            return body.cluster if body is not None and not self._is_person(body) else ""
        named = next((r for r in named_here if r.start == sent.start + 1), None)
        if named is None or self._is_person(named) or not self._is_subject(named):
            return ""
        return named.cluster

    def _resolve_plural_object(self, m: _Mention) -> None:
        """« Nous avons reçu X et Y. Je les remercie », « X a reçu Y et Z et les a félicités »: a
        plural object pronoun stands for the persons named in a list before it in its sentence
        (where others than its verb's subject stand there), else in the sentence before; not
        where that sentence names an organisation or a plural thing it may stand for too
        (« X et Y ont présenté leurs mesures. Z les a critiquées »). Else unresolved."""
        here = self.sent_of[m.start]
        before = self._refs(m.start, here)
        own = self._subject_of_clitic(m, before)
        if any(r.cluster != own for r in before):
            group, where = self._listed_persons(here, m.start, own), "its sentence"
        else:
            group, where = (self._listed_persons(here - 1, None, own), "the sentence before") if here > 0 else ([], "")
        if len(group) < 2:
            m.reason = "plural object pronoun, no list of persons before it"
            return
        m.cluster, m.extra = group[0], group[1:]
        m.reason = f"plural object pronoun (the persons listed in {where})"

    def _listed_persons(self, n: int, before: Optional[int], without: str) -> list[str]:
        """The persons named in sentence n (before token ``before``), but ``without``, where they
        are all members of one list (commas, a few words of their own and « et » between them:
        « MM. X pour l'Ain, Y pour l'Hérault et Z pour la Drôme »), the sentence naming no
        organisation and no plural thing outside it; [] otherwise."""
        doc, sent = self.doc, self.sents[n]
        stop = sent.end if before is None else before
        named = sorted((r for r in self.mentions if r.named and r.cluster and not r.extra and sent.start <= r.start and r.end <= stop), key=lambda r: r.start)
        if any(self.clusters[r.cluster].kind is EntityKind.ORGANISATION for r in named):
            return []
        people = [r for r in named if self._is_person(r) and r.cluster != without]
        if len(people) < 2:
            return []
        linked = False
        for a, b in zip(people, people[1:]):
            between = doc[a.end : b.start]
            if len(between) > LIST_LINK_WORDS or any(t.pos_ in ("VERB", "AUX") for t in between):
                return []
            linked = any(t.lower_ == "et" for t in between)
        inside = range(people[0].start, people[-1].end)
        things = [t for t in doc[sent.start : stop] if t.i not in inside and t.pos_ == "NOUN" and "Plur" in t.morph.get("Number") and not _person_noun(t)]
        return list(dict.fromkeys(r.cluster for r in people)) if linked and not things else []

    def _reciprocal_after(self, m: _Mention) -> bool:
        """« Ils se sont rencontrés », « ils ne s'étaient pas vus »: a reflexive pronoun follows."""
        doc = self.doc
        j = m.end
        while j < len(doc) and doc[j].lower_ in ("ne", "n'", "n’"):
            j += 1
        return j < len(doc) and doc[j].lower_ in ("se", "s'", "s’")

    def _organisation_antecedent(self, last: _Mention, m: _Mention) -> bool:
        """« celle-ci » may stand for the organisation named last in its sentence: one of its gender,
        that completes no noun (not « conseiller général de ByteDance, celui-ci »), with no person
        mentioned between them."""
        if self.clusters[last.cluster].kind is not EntityKind.ORGANISATION or not self._same_gender(last, m.gender):
            return False
        if self.sent_of.get(last.start) != self.sent_of.get(m.start):
            return False  # « ... l'expulsion de l'imam. Celui-ci prend la fuite »: a sentence before may end on anyone
        if last.start > 0 and self.doc[last.start - 1].lower_ in OF:
            return False
        return not any(r.kind is EntityKind.PERSON and last.end <= r.start < m.start for r in self.mentions)

    def _same_gender(self, r: _Mention, gender: str) -> bool:
        """The name is of the gender, by its article (« le Parti radical ») or its first word that
        has one (« l'Union africaine »: feminine); unknown, it is not."""
        article = self.doc[r.start - 1].lower_ if r.start > 0 else ""
        known = {"le": "m", "la": "f"}.get(article) or next((g for t in self.doc[r.start : r.end] if (g := _morph_gender(t))), "")
        return gender in ("m", "f") and known == gender

    def _subject_and_other(self, n: int, end: Optional[int] = None) -> list[str]:
        """The person subject of sentence n (up to token ``end``, else all of it) and the one
        other person it names, where it names exactly two persons; [] otherwise."""
        sent = self.sents[n]
        stop = sent.end if end is None else end
        people = list(dict.fromkeys(r.cluster for r in self.mentions if r.cluster and sent.start <= r.start < stop and self._is_person(r)))
        subjects = [r for r in self.mentions if r.cluster and sent.start <= r.start < stop and self._is_person(r) and self._is_subject(r)]
        if len(people) != 2 or not subjects:
            return []
        return [subjects[0].cluster, *(c for c in people if c != subjects[0].cluster)]

    def _coordinated_subject(self, n: int, before: Optional[int] = None) -> list[str]:
        """The persons named in a coordination (« X, Y et Z », « X et le ministre Y ») that opens
        sentence n, before its first verb (and before token ``before``), or those a plural
        description that opens it stands for (« Les deux hommes »); [] where it names another
        party or holds no « et »."""
        doc, sent = self.doc, self.sents[n]
        last = sent.end if before is None else before
        plural = next((r for r in self.mentions if r.extra and r.cluster and r.end <= last and all(t.pos_ == "DET" for t in doc[sent.start : r.start])), None)
        if plural is not None and self._is_subject(plural):
            return [plural.cluster, *plural.extra]  # « Les deux hommes sont proches car ils ... »
        named = sorted((r for r in self.mentions if r.named and r.cluster and sent.start <= r.start and r.end <= last), key=lambda r: r.start)
        opens = named and all(t.pos_ in ("DET", "NOUN", "ADJ") for t in doc[sent.start : named[0].start])  # « Les ministres X et Y »
        if not named or not (opens or self._is_subject(named[0])):
            return []
        group: list[_Mention] = [named[0]]
        linked = False
        for r in named[1:]:
            between = doc[group[-1].end : r.start]
            if any(t.pos_ in ("VERB", "AUX") for t in between) or not all(t.text == "," or t.lower_ == "et" or t.pos_ in ("DET", "NOUN", "ADJ") for t in between):
                break
            linked = linked or any(t.lower_ == "et" for t in between)
            group.append(r)
        end = group[-1].end
        linked = linked or (end < sent.end and doc[end].lower_ == "et")  # « X, Y et d'autres patrons »
        if not linked or any(not self._is_person(r) for r in group):
            return []
        return list(dict.fromkeys(r.cluster for r in group))

    def _may_hold(self, cid: str, classes: frozenset[str]) -> bool:
        """The person may hold a role of one of these classes: no class asked, none of their
        roles known (taught by the document or the role table), or one of them among these."""
        if not classes:
            return True
        cluster = self.clusters[cid]
        known = self._role_classes(cluster)
        return not known or bool(known & classes)

    def _resolve_occupation(self, m: _Mention) -> None:
        """« le milliardaire américain », « l'avocate »: the one person in play the document
        described by that occupation (and not known to be of another country than the one it
        gives); with none and a role noun (« le milliardaire »), the person in play who holds such
        a role; else unresolved."""
        in_play = sorted({ref.cluster for ref in self.mentions if ref.cluster and ref.end <= m.start})
        fits = [
            cid
            for cid in in_play
            if self.clusters[cid].kind is EntityKind.PERSON
            and m.occupation in self.clusters[cid].occupations
            and self._compatible(cid, m.gender)
            and (not m.country or m.country in (countries := _countries(self.clusters[cid], self.r.table)) or not countries)
        ]
        what = m.occupation + (f" from {m.country}" if m.country else "")
        if len(fits) == 1:
            m.cluster, m.reason = fits[0], MergeReason.DESCRIPTION.detail(f"the one person in play described as {what}")
            return
        if not fits and m.role_class:
            self._resolve_description(m)
        else:
            m.reason = f"{MergeReason.DESCRIPTION.value}, {len(fits) or 'no'} persons in play described as {what}"
        if not fits and not m.cluster and m.occupation in epithets():
            self._resolve_epithet(m, in_play)

    def _resolve_epithet(self, m: _Mention, in_play: list[str]) -> None:
        """« Elon Musk s'est rendu à Paris. [...] L'homme d'affaires a déjeuné avec X »: an epithet
        news gives the person an article is about (``occupations.tsv``), where no one was
        described so, is the one person the document has named so far (of its gender, not
        known to be of another country than the one it gives, nor described by the text with
        other occupations only); else it stays unresolved."""
        persons = [cid for cid in in_play if self.clusters[cid].kind is EntityKind.PERSON]
        if len(persons) != 1 or not self._compatible(persons[0], m.gender) or self._subject_of_its_verb(m, persons[0]):
            return
        known = self.clusters[persons[0]].occupations
        if known and m.occupation not in known and not known & epithets():
            return  # « le magistrat X ... de la part du milliardaire »: the text told X's trade, another one
        countries = _countries(self.clusters[persons[0]], self.r.table)
        if not m.country or not countries or m.country in countries:
            m.cluster, m.reason = persons[0], MergeReason.DESCRIPTION.detail(f"the one person named so far, called {m.occupation}")
            # « Paul Martin ... L'entrepreneur ... L'homme d'affaires »: the epithet describes them from now on
            self.clusters[persons[0]].occupations.update(filter(None, [m.occupation, broader_occupations().get(m.occupation)]))

    def _subject_of_its_verb(self, m: _Mention, cid: str) -> bool:
        """The person is the subject of the verb the description is a complement of (« Fillon
        aurait permis à l'homme d'affaires de ... »): the description names someone else."""
        head = self.doc[m.end - 1]
        while head.dep_ in ("flat:name", "nmod", "amod", "det", "case") and head.head is not head:
            head = head.head  # « l'homme d'affaires »: up to « homme »
        verb = head.head
        if head.dep_ == "nsubj" or verb.pos_ not in ("VERB", "AUX") or verb is head:
            return False
        subjects = {c.i for c in verb.children if c.dep_.startswith("nsubj")}
        if not subjects:  # « Fillon aurait permis à ... », the parser taking the name for a root of its own
            k = verb.i - 1
            while k > 0 and self.doc[k].pos_ in ("AUX", "ADV"):
                k -= 1
            subjects = {k}
        return any(r.cluster == cid and subjects & set(range(r.start, r.end)) for r in self.mentions)

    def _resolve_demonym(self, m: _Mention) -> None:
        """« l'Américain », « la Britannique »: the one person in play known to be of that country."""
        in_play = sorted({ref.cluster for ref in self.mentions if ref.cluster and ref.end <= m.start})
        fits = [
            cid
            for cid in in_play
            if self.clusters[cid].kind is EntityKind.PERSON
            and self._compatible(cid, m.gender)
            and m.country in _countries(self.clusters[cid], self.r.table)
        ]
        if len(fits) == 1:
            m.cluster, m.reason = fits[0], f"description (the one person in play from {m.country})"
        else:
            m.reason = f"description, {len(fits)} persons in play from {m.country}"

    def _after_last_colon(self, m: _Mention, earlier: list[_Mention]) -> list[_Mention]:
        """The mentions of ``earlier`` after the last colon or semicolon before the pronoun, where
        some are: what follows them is a sentence of its own."""
        breaks = [t.i for t in self.doc[earlier[0].start : m.start] if _opens_a_sentence(t)]
        after = [r for r in earlier if breaks and r.start > breaks[-1]]
        return after or earlier

    def _unplaced_role_before(self, m: _Mention, cls: str) -> bool:
        """A role description of that class stands before the mention and was left unplaced: the
        mention may repeat it."""
        return any(
            not r.cluster and not r.named and not r.former and r.end <= m.start and not self.in_quote(r.start)
            and ((r.role is not None and r.role.cls == cls) or r.role_class == cls) and not self._heading_before_anyone(r)
            for r in self.mentions
        )  # not one in quoted speech, where its holder is the speaker's

    def _announced_holder(self, cls: str, qualifier: str, fits: list[str]) -> bool:
        """The bare role left unplaced before names the one person the whole document gives that
        role, later (« l'Ambassadeur a visité ... avec l'Ambassadeur X, il a ... »):
        no qualifier on either, one candidate, no other person of the role anywhere, and no head of
        state or government, whom a text may call by the bare title without naming."""
        if qualifier or len(fits) != 1 or cls in UNNAMED_TITLES:
            return False
        unplaced = [r for r in self.mentions if not r.cluster and not r.named and ((r.role is not None and r.role.cls == cls) or r.role_class == cls)]
        if any(r.role is not None and r.role.qualifier for r in unplaced):
            return False
        holders = {c.id for c in self.clusters.values() if c.kind is EntityKind.PERSON and cls in c.role_classes}
        return holders == set(fits)

    def _heading_before_anyone(self, r: _Mention) -> bool:
        """The mention is in the document's first sentence (its heading) and no person is placed
        before it: « Entretien du ministre avec Y (Paris, 25 mai 2016) » names the minister the text
        names next; it is no other holder of the role."""
        if self.sent_of.get(r.start) != 0:
            return False
        last = next((t for t in reversed(self.sents[0]) if not t.is_space), None)
        if last is None or last.text in (".", "!", "?", "…"):
            return False  # a sentence, not a heading
        return not any(x.cluster and x.end <= r.start and self._is_person(x) for x in self.mentions)

    def _resolve_description(self, m: _Mention) -> None:
        """"le PDG", "l'ancien président", "le président élu": the one person in play who fits."""
        when = "former" if m.former else "incoming" if m.incoming else "now"
        cls = m.role.cls if m.role is not None else m.role_class
        qualifier = m.role.qualifier if m.role is not None else ""
        in_play = sorted({c for c in (ref.cluster for ref in self.mentions if ref.cluster and ref.end <= m.start)})
        fits = []
        for cid in in_play:
            cluster = self.clusters[cid]
            if cluster.kind is not EntityKind.PERSON or not self._compatible(cid, m.gender):
                continue
            taught = any(Role.parse(r).cls == cls and qualifier in ("", Role.parse(r).qualifier) for r in cluster.roles)
            # « la secrétaire d'État X ... la secrétaire d'État »; not « le président »: of a country, a party, a club
            taught = taught or (not qualifier and cls != "head_of_state" and cls in cluster.role_classes)
            if (taught and when == "now") or self.r.table.fits(cluster.name, cls, qualifier, self.date, when):
                fits.append(cid)
        label = {"former": "former ", "incoming": "incoming ", "now": ""}[when] + (str(m.role) if m.role else cls)
        titled = False
        if not fits and when == "now" and not qualifier and cls == "head_of_state" and not m.text.isupper() and not self._labels_turn(m):
            # « le président Luc Bernard ... le président »: of no country the table knows at that date; the one
            # person the document called by that bare title is the one it repeats
            fits = [cid for cid in in_play if cls in self.clusters[cid].role_classes and self._compatible(cid, m.gender)]
            titled = True
        if fits and when == "now" and self._unplaced_role_before(m, cls) and not self._announced_holder(cls, qualifier, fits):
            m.reason = f"description, a role of {cls} left unplaced before it may be the one it repeats"
            return  # « Le président de la République [unplaced] ... avec le président de Turquie X. Le président ... »: not X
        if when == "now" and len(fits) > 1 and self.date is None:
            fits = [cid for cid in fits if cls not in self.clusters[cid].former_classes] or fits  # « l'ex-président X ... le président sortant »: not X
        elif when == "former" and not fits:  # « l'ancien Premier ministre X ... l'ancien Premier ministre »
            fits = [cid for cid in in_play if cls in self.clusters[cid].former_classes and self._compatible(cid, m.gender)]
        if len(fits) == 1 and when == "now" and not qualifier:  # read only then: the people called by the bare noun
            called = [cid for cid in in_play if cid not in fits and cls in self.clusters[cid].role_classes and self.clusters[cid].kind is EntityKind.PERSON]
            if called and not self._subject_before(m, fits[0]):
                m.reason = f"description, {len(fits) + len(called)} persons in play may be {label}"
                return  # « le président X ... le chef d'État de la République centrafricaine, Y ... Le Président »: either
            if called:  # « Le président X a téléphoné au Président Y et l'a félicité. Le Président a également salué ... »: X
                m.cluster, m.reason = fits[0], f"description (the one person in play who is {label} on {self._day()}, the subject of the sentence before)"
                return
        own = self._ministry_minister(m, cls, qualifier, when, in_play) if len(fits) != 1 else None
        if own is not None:  # « Communiqué du ministère des relations extérieures ... Le ministre a reçu M. Y »
            m.cluster, m.reason = own, f"description (« le ministre » in a communiqué of its ministry: the person in play who is its minister on {self._day()})"
        elif len(fits) == 1 and titled:
            m.cluster, m.reason = fits[0], f"description (the one person in play called {label} by a title before it)"
        elif len(fits) == 1:
            m.cluster, m.reason = fits[0], f"description (the one person in play who is {label} on {self._day()})"
        elif not m.cluster:  # placed by its role already: that reason stays
            m.reason = f"description, {len(fits)} persons in play are {label}"

    def _ministry_minister(self, m: _Mention, cls: str, qualifier: str, when: str, in_play: list[str]) -> Optional[str]:
        """A bare « le ministre » in a communiqué of a ministry (« Communiqué du ministère des
        relations extérieures ... »): the one person in play whom the role table gives as that
        ministry's minister on the document's date; else None."""
        portfolio = ministry_portfolio(self.doc._.tpg_title or "") if cls == "minister" and not qualifier and when == "now" and self.date else ""
        if not portfolio:
            return None
        own = [cid for cid in in_play if self.clusters[cid].kind is EntityKind.PERSON and self.r.table.fits(self.clusters[cid].name, cls, portfolio, self.date, when)]
        return own[0] if len(own) == 1 else None

    def _subject_before(self, m: _Mention, fit: str) -> bool:
        """The description is the subject of its sentence, and the subject of the sentence right
        before it is the one person who fits, not one of the others it may be (« Le président X a
        téléphoné au Président Y ... . Le Président a également salué ... »: X, whom it goes on with)."""
        here = self.sent_of[m.start]
        if here == 0 or not self._is_subject(m):
            return False
        before = [r for r in self.mentions if r.cluster and self.sent_of.get(r.start) == here - 1]
        return {r.cluster for r in before if self._is_subject(r)} == {fit}


#: How many words an incise between a subject and its clitic may have (« , sans jamais le nommer, »).
#: Direct object clitics, which may stand for an organisation (« qui l'a accusé »).
DIRECT_OBJECT_CLITICS = frozenset({"l'", "l’", "le", "la"})
#: Verbs of saying (``reporting`` in ``modality.tsv``), by lemma: « a déclaré X », « X a lancé à Y : ».
REPORTING_VERBS = function_words("reporting", "modality.tsv")
#: The object clitics that may stand for a fact (« je le déplore »), not « la ».
NEUTER_CLITICS = frozenset({"l'", "l’", "le"})
#: Verbs whose direct object is a fact (``function_words.tsv``, fact_verb), by lemma.
FACT_VERBS = function_words("fact_verb")
#: How many words a « qui » may stand before an object clitic it is the subject of (« qui refusent de le »).
RELATIVE_CLITIC_WORDS = 5
CLITIC_INCISE_WORDS = 8
#: Words that join a second verb with no subject of its own to the first (« et l'a félicité », « puis l'a reçu »).
JOINING_WORDS = ("et", "puis")


@lru_cache(maxsize=1)
def _months() -> dict[str, int]:
    """French month names -> number (``dates.tsv``)."""
    return {row[0]: int(row[2]) for row in read_table("dates.tsv") if len(row) > 2 and row[1] == "month"}


@lru_cache(maxsize=1)
def _period_pattern() -> re.Pattern[str]:
    months = "|".join(sorted(_months(), key=len, reverse=True))
    return re.compile(rf"(?:\b[Ee]n|\b(?:le|Le)\s+(?P<day>\d{{1,2}})(?:er)?)\s+(?:(?P<month>{months})\s+)?(?P<year>(?:19|20)\d\d)\b")


def _period_of(sentence: str) -> Optional[tuple[dt.date, dt.date]]:
    """The first and last day of the one time a sentence gives (« en 2018 », « en mai 2024 »,
    « le 3 mars 2021 »); None when it gives none, several, or another year besides.

    >>> _period_of("En mai 2024, le Premier ministre a bloqué l'accès à l'application.")
    (datetime.date(2024, 5, 1), datetime.date(2024, 5, 31))
    >>> _period_of("En 2017, il a quitté le parti qu'il avait rejoint en 2009.") is None
    True
    """
    found = list(_period_pattern().finditer(sentence))
    years = re.findall(r"\b(?:19|20)\d\d\b", sentence)
    if len(found) != 1 or len(years) != 1:
        return None
    m = found[0]
    year = int(m.group("year"))
    month = _months().get(m.group("month") or "")
    if not month:
        return dt.date(year, 1, 1), dt.date(year, 12, 31)
    if m.group("day"):
        try:
            day = dt.date(year, month, int(m.group("day")))
        except ValueError:
            return None
        return day, day
    last = (dt.date(year + month // 12, month % 12 + 1, 1) - dt.timedelta(days=1))
    return dt.date(year, month, 1), last


def _opens_a_sentence(token: Token) -> bool:
    """A colon or a semicolon after which a sentence of its own begins; not one that opens a
    quotation (« il déclara : « ... » »), the words of another speaker."""
    nxt = token.nbor(1) if token.i + 1 < len(token.doc) else None
    return token.text in (":", ";") and nxt is not None and nxt.text not in ("«", "“", '"')


def _called_by_noun(cls: str, people: list[_Cluster]) -> list[_Cluster]:
    """The persons the document calls by a role's noun with no qualifier (« le président Paul
    Martin »: head_of_state)."""
    return [c for c in people if cls in c.role_classes]


def _holding_class(cls: str, people: list[_Cluster]) -> list[_Cluster]:
    """The persons given a role of that class, in any organisation or country (« le patron de
    Pixelia »: boss)."""
    return [c for c in people if any(Role.parse(r).cls == cls for r in c.roles)]


#: Role classes whose qualifier may be a portfolio (« le ministre de l'Économie »), no country.
PORTFOLIO_ROLES = frozenset({"minister", "secretary_of_state"})


def _holding_portfolio(cls: str, people: list[_Cluster]) -> list[_Cluster]:
    """The persons given a role of that class with a portfolio, not a country, as its qualifier
    (« le ministre délégué au Numérique X »: minister|Numérique)."""
    return [c for c in people if any((role := Role.parse(r)).cls == cls and role.qualifier and not _country_in(role.qualifier) for r in c.roles)]


def _country_in(qualifier: str) -> str:
    """The country a role's qualifier names: itself, or the one country its words hold
    (« République du Sénégal »: Sénégal); "" for an organisation or a city."""
    countries = set(nationalities().values())
    if qualifier in countries:
        return qualifier
    found = {c for c in countries if c in qualifier}
    return found.pop() if len(found) == 1 else ""


def _countries(cluster: _Cluster, table: RoleTable) -> set[str]:
    """The countries a person is known to be of: taught by a demonym beside the name, or the
    country of a role the document or the role table gives them; for a person the document
    names by the surname alone (« le président Erdogan »), that of the one holder of the role
    table with that surname."""
    countries = set(nationalities().values())
    known = cluster.countries | {r.qualifier for r in _roles_known(cluster, table) if r.qualifier in countries}
    words = name_tokens(cluster.name)
    if not known and len(words) == 1 and len(holders := table.holders_with_surname(words[0])) == 1:
        known = {t.role.qualifier for t in table.tenures_of(next(iter(holders))) if t.role.qualifier in countries}
    return known


def _roles_known(cluster: _Cluster, table: RoleTable) -> list[Role]:
    """The roles a person is known to hold or have held: taught by the document or given by the
    role table."""
    return [Role.parse(r) for r in cluster.roles] + [t.role for t in table.tenures_of(cluster.name)]


def _name_word(word: str) -> bool:
    """A word of a person's full name: capitalised, a particle (« de »), or a capitalised word
    after an elided particle (« d'Escufon »)."""
    return word[:1].isupper() or word in NAME_PARTICLES or (word[:2].lower() in ("d'", "d’") and word[2:3].isupper())


def _reads_as_name(name: str) -> bool:
    """The words read in a title or a label make a person's full name: name words only, the first
    and the last capitalised (« Paul Martin », « Charles de Gaulle »; not « président de »)."""
    words = name.split()
    return bool(words) and all(_name_word(w) for w in words) and words[0][:1].isupper() and words[-1][:1].isupper()


def _fuller(name: str, other: str) -> str:
    """The fuller of two names of one person: more words, then more letters ("Laura Brigitte
    Marchal" over "Laura Marchal", "Stephen" over "Steve")."""
    return max((name, other), key=lambda n: (len(name_tokens(n)), len(n)))


def _portfolio_role(role: Role, abroad: bool = False) -> bool:
    """A minister's role named by a portfolio of ``portfolios.tsv`` (« minister|Intérieur »), France's;
    with ``abroad``, another country's too (« minister|Intérieur (Italie) »)."""
    qualifier = role.qualifier.split(" (")[0] if abroad else role.qualifier
    return role.cls in PORTFOLIO_HOLDERS and qualifier in _portfolio_names()


@lru_cache(maxsize=1)
def _portfolio_names() -> frozenset[str]:
    """The names of the portfolios of ``portfolios.tsv`` (« Intérieur », « Affaires étrangères »)."""
    return frozenset(portfolios().values())


@lru_cache(maxsize=1)
def implied_countries() -> dict[str, str]:
    """Nouns that name a country by themselves after a role noun (``implied_countries.tsv``)."""
    return {row[0].lower(): row[1] for row in read_table("implied_countries.tsv")}


def implied_role(words: str) -> Optional[Role]:
    """The role that role words name with their country or portfolio implied
    (``implied_countries.tsv``): whole (« Premier ministre », « garde des sceaux ») or as a role
    noun and the noun that names the country after « de » (« président de la République »); else
    None.

    >>> str(implied_role("Premier ministre")), implied_role("ministre")
    ('head_of_government|France', None)
    """
    key = _norm(words)
    noun, country = key, implied_countries().get(key)
    if country is None:  # « président de la République »: the noun, then the one that names the country
        head, _, rest = key.partition(" de ")
        noun, country = head, implied_countries().get(rest.removeprefix("la ").removeprefix("l'"))
    cls = role_nouns().get(noun)
    return Role(cls, country) if country and cls else None


def _acronym_like(text: str, strict: bool = True) -> bool:
    """An all-caps word of 2 to 8 letters ("FFUN", "CNIL"); not strict: also "Cnil", "Arcom"."""
    if not (2 <= len(text) <= 8 and text.isalpha() and text[:1].isupper()):
        return False
    return text.isupper() or (not strict and len(text) <= 6 and text[1:].islower())


@lru_cache(maxsize=1)
def _org_description_heads() -> frozenset[str]:
    return frozenset(d.split()[0] for d in descriptions())


#: How many words of a list (commas, « et », an incise's adverbs) may stand between two of its members.
LIST_GAP = 6


def _listed_after(doc: Doc, k: int, ending: dict[int, "_Mention"]) -> bool:
    """Back from token k, past the words that join a list (« , », « et », « ou », adverbs and
    adjectives of an incise: « et, bien sûr, »), a person named by one word ends: the name after
    token k is a later member of a list of persons (« Morand, Castelli et Vierzon »); not a member
    of a clause of its own (« A reçoit Ascoli, B reçoit Melfi »)."""
    joined = False
    for _ in range(LIST_GAP):
        if k < 0:
            return False
        near = ending.get(k + 1)
        if joined and near is not None:
            return near.kind is EntityKind.PERSON and near.end - near.start == 1
        word = doc[k]
        if word.text == "," or word.lower_ in ("et", "ou"):
            joined = True
        elif word.pos_ not in ("ADV", "ADJ"):
            return False
        k -= 1
    return False


def _party_acronym(doc: Doc, start: int, end: int) -> bool:
    """The name is one all-caps word right after a noun of a party's members (« député SFIO »)."""
    return end - start == 1 and start > 0 and doc[start - 1].lower_ in PARTY_MEMBERS and _acronym_like(doc[start].text, strict=True)


#: How far a quotation of several sentences is read for its marks, in tokens.
QUOTE_REACH = 120
#: How far a quotation given to its speaker by a colon may run, in tokens (several sentences of a statement).
QUOTATION_REACH = 600
#: Articles that give the gender of the name after them (« le FN », « la CGT »).
ARTICLE_GENDER = {"le": "m", "du": "m", "au": "m", "la": "f"}
#: Nouns that say what kind of organisation the name after them is (« l'association X »).
TYPE_WORDS = function_words("type_noun")
#: Nouns of a party's members or elected right before its name (« député SFIO »).
PARTY_MEMBERS = function_words("party_member")


@lru_cache(maxsize=1)
def _org_description_words() -> frozenset[str]:
    """Every word of the descriptions of organisations (« la messagerie Telegram » is an apposition)."""
    return frozenset(w for d in descriptions() for w in d.split())


#: Nouns of a nation's people (``people_noun``: « peuple »), as written or capitalised.
PEOPLE_NOUNS = function_words("people_noun")
_PEOPLE_NOUN = WordTest(lambda word: word.lower() in PEOPLE_NOUNS)
#: The articles before a nation's people (« le peuple ukrainien », « au peuple français »).
PEOPLE_ARTICLES = frozenset({"le", "du", "au"})
#: Where a description of an organisation may start (« firme », « réseau »...).
_ORG_DESCRIPTION_HEAD = WordTest(lambda word: word.lower().replace("’", "'") in _org_description_heads())


@lru_cache(maxsize=1)
def _occupation_heads() -> frozenset[str]:
    return frozenset(noun.split()[0].split("'")[0] for noun in occupations())


#: Where an occupation noun may start (« milliardaire », « homme » of « homme d'affaires »).
_OCCUPATION_HEAD = WordTest(lambda word: word.lower() in _occupation_heads())

#: Where a demonym may stand (« Américain », « américaine »).
_DEMONYM = WordTest(lambda word: word.lower() in nationalities())


#: Where an all-caps word may stand for an organisation of the document.
_ACRONYM = WordTest(_acronym_like)


def _name_text(doc: Doc, start: int, end: int) -> str:
    """A name's words as written, or as read where its line is written in capitals (« VALERY
    GISCARD D'ESTAING »: « Valéry Giscard d'Estaing », :mod:`..nlp.casing`), the form users and
    the shipped lists know; the evidence keeps the line as written."""
    text = tokens_text(doc, start, end)
    read = doc[start:end].text
    return read if any(a != b and a.isalpha() for a, b in zip(read, text)) else text


def _person_extent(doc: Doc, start: int, end: int) -> tuple[int, int]:
    """A person's name with a known first name the model left out before it ("Eric" Trump), the
    capitalised words of the surname it left out after a first name alone (« Julius Kpaka Bio »),
    and a generational suffix after it (Donald Trump "Jr."), so that father and son stay apart."""
    if start > 0 and gender_of(f"{doc[start - 1].text} {doc[start].text}") and doc[start - 1].text[:1].isupper():
        start -= 1
    if end - start == 1:
        # « , Julius Kpaka Bio, »: one word of a name, the rest left outside any entity
        k = end
        while k < len(doc) and k - end < 2 and doc[k].is_alpha and doc[k].text[:1].isupper() and not doc[k].ent_type_ and doc[k].text[1:].islower():
            k += 1
        closed = k < len(doc) and doc[k].text in (",", ")", ".") and start > 0 and doc[start - 1].text in (",", "(")
        if k > end and (closed or (gender_of(f"{doc[start].text} X") and (k == len(doc) or not doc[k].text[:1].isupper()))):
            end = k
    if end < len(doc) and doc[end].text.rstrip(".") in name_suffixes() and doc[end].text[:1].isupper():
        end += 1
        if end < len(doc) and doc[end].text == ".":
            end += 1
    return start, _before_country(doc, start, end)


def _before_country(doc: Doc, start: int, end: int) -> int:
    """Where a person's name the model read with the country after it ends (« le Président Paul
    Martin de Mauritanie »: Paul Martin, of Mauritania); not a royal's first names or regnal
    number with the country (« Philippe de Belgique », « Charles IV d'Espagne »), nor a particle
    before a surname (« Charles de Gaulle »)."""
    for k in range(start + 2, end - 1):
        if doc[k].lower_ not in OF or REGNAL_NUMBER.fullmatch(doc[k - 1].text):
            continue
        country = k + 2 if doc[k + 1].lower_ in ("la", "l'", "l’") and k + 2 < end else k + 1
        if tokens_text(doc, country, end) in countries() and not _first_names_only(doc, start, k):
            return k
    return end


def _first_name_before(doc: Doc, start: int, end: int) -> bool:
    """A one-word organisation or place with a known first name right before it, outside any
    entity (« Louis Tesla » read as « Tesla », the company): a person's full name."""
    if end - start != 1 or start == 0:
        return False
    before = doc[start - 1]
    return (
        before.text[:1].isupper()
        and before.is_alpha
        and not before.ent_type_
        and not before.whitespace_ == ""
        and bool(gender_of(f"{before.text} {doc[start].text}"))
    )


def _first_names_only(doc: Doc, start: int, end: int) -> bool:
    """Every word of the span is a known first name (« Antoine Octave »)."""
    return all(gender_of(f"{doc[k].text} X") for k in range(start, end))


def _first_name_opens(doc: Doc, start: int, end: int) -> bool:
    """A place or an organisation of two or three words that opens with a known first name and
    ends with a surname joined to a particle (« Bachar al-Assad », which the model read as a
    place): a person's full name."""
    words = tokens_text(doc, start, end).split()
    return 2 <= len(words) <= 3 and bool(gender_of(" ".join(words))) and "-" in words[-1] and particle_then_name(words[-1])


def _age_after(doc: Doc, i: int, comma: bool = True) -> str:
    """"40" after "Zuckerberg, 40 ans," (comma) or "l'homme de 40 ans" (no comma)."""
    first = "," if comma else "de"
    if i + 2 < len(doc) and doc[i].lower_ == first and doc[i + 1].like_num and doc[i + 2].lower_ == "ans":
        return doc[i + 1].text
    return ""


def _of_rights(doc: Doc, i: int) -> bool:
    """Token i follows « droits de », adjectives between them or not (« les droits élémentaires de
    l'homme »)."""
    if i < 2 or doc[i - 1].lower_ != "de":
        return False
    k = i - 2
    while k > 0 and doc[k].pos_ == "ADJ" and i - k <= 4:
        k -= 1
    return doc[k].lower_ in ("droits", "droit")


def _feminine(doc: Doc, start: int, end: int) -> bool:
    """The description is feminine ("la directrice", "la PDG"), or a feminine title stands right
    before it (« Mme le Premier ministre »: a woman, whatever the noun's gender)."""
    if start > 0 and TITLE_GENDER.get(doc[start - 1].text.lower()) == "f":
        return True
    if doc[start].lower_ in MASCULINE_ARTICLES:
        return False  # « LE CHANCELIER »: the article says it, whatever the tagger made of the capitals
    return any("Fem" in doc[i].morph.get("Gender") for i in range(start, end) if doc[i].pos_ in ("DET", "NOUN"))


#: Articles of a masculine singular noun.
MASCULINE_ARTICLES = function_words("masculine_article")


def _morph_gender(token: Token) -> str:
    gender = token.morph.get("Gender")
    return {"Masc": "m", "Fem": "f"}.get(gender[0], "") if gender else ""


#: Object pronouns of the one something falls to (« il me revient »).
DATIVE_CLITICS = function_words("dative_clitic")
#: Verbs whose « il » stands for nothing after such a pronoun (« il me revient de », « il nous revient l'honneur de »), by lemma.
DATIVE_IMPERSONAL_VERBS = function_words("dative_impersonal_verb")


#: Verbs, by lemma, whose « il se ... que » stands for nothing (« il se pourrait que », « il s'avère que »).
REFLEXIVE_IMPERSONALS = function_words("reflexive_impersonal")


def _impersonal(token: Token) -> bool:
    """ "il y a", "il n'y a pas", "il faut", "il s'agit", "il est (adjectif) de / que": "il" stands
    for nothing."""
    doc = token.doc
    if token.lower_ == "-il" and _inverted_there_is(doc, token.i):
        return True  # « Y a-t-il encore ... ? », « Y avait-il ... ? »
    at = token.i + 1
    if at + 1 < len(doc) and doc[at].lower_ in ("n'", "n’", "ne") and doc[at + 1].lower_ == "y":
        at += 1  # « il n'y a pas », « il n'y aura pas d'hommage »
    nxt = doc[at] if at < len(doc) else None
    if nxt is not None and nxt.lower_ == "y":
        # « il y a », « il y avait »; not « elle y a attaqué », « il y a rencontré X »
        verb = doc[at + 1] if at + 1 < len(doc) else None
        participle = doc[at + 2] if at + 2 < len(doc) else None
        if participle is not None and participle.lower_ in ("pas", "plus", "jamais", "point") and at + 3 < len(doc):
            participle = doc[at + 3]  # « il n'y a pas eu », « il n'y a jamais rencontré X »
        return (
            token.lower_ == "il"
            and verb is not None
            and verb.lemma_ == "avoir"
            and not (
                participle is not None
                and participle.pos_ in ("VERB", "AUX")
                and "Part" in participle.morph.get("VerbForm")
                and participle.lower_ != "eu"  # « il y a eu »
            )
        )
    verbs = [t for t in doc[token.i + 1 : token.i + 4] if t.pos_ in ("VERB", "AUX")]
    if any(t.lemma_ in impersonal_verbs() for t in verbs[:2]):
        return True
    if token.lower_ == "il" and nxt is not None and nxt.lower_ in ("se", "s'", "s’") and at + 2 < len(doc) and doc[at + 1].lemma_ in REFLEXIVE_IMPERSONALS and doc[at + 2].lower_ in ("que", "qu'", "qu’"):
        return True  # « il se pourrait que », « il s'avère que », « il se trouve que »
    if token.lower_ == "il" and nxt is not None and (nxt.lower_ in DATIVE_CLITICS or nxt.lower_ in FIRST_PERSON_CLITICS) and at + 1 < len(doc) and doc[at + 1].lemma_ in DATIVE_IMPERSONAL_VERBS:
        return True  # « il me revient l'honneur d'accueillir Y »: the speaker's honour; not « il revient de Moscou »
    if token.lower_ == "il" and _impersonal_passive(doc, at):
        return True  # « il m'a été indiqué que », « il a été décidé que »: what was said, by no one named
    if verbs and verbs[0].lemma_ in ("être", "devenir"):
        # « il est possible de », « il est clair que »: the adjective, then « de » or « que » (not
        # « il est cofondateur avec X de Y »)
        after = doc[verbs[0].i + 1 : verbs[0].i + 5]
        adjective = next((t for t in after[:3] if t.pos_ == "ADJ"), None)
        if adjective is None:
            return False
        link = _after_incise(doc, adjective.i + 1)  # « il est indispensable, au vu de ..., de pouvoir »
        if link + 1 >= len(doc) or doc[link].lower_ not in ("de", "d'", "d’", "que", "qu'", "qu’"):
            return False
        # « il est possible de venir »; not « il est proche de Jacques Chirac », « il est proche du
        # président », whose « de » names someone
        complement = doc[link + 1]
        return doc[link].lower_.startswith("qu") or not (complement.text[:1].isupper() or complement.pos_ in ("DET", "PROPN", "NOUN"))
    return False


def _inverted_there_is(doc: Doc, k: int) -> bool:
    """The inverted « -il » at token k asks « y a-t-il », « y avait-il » (« Y a-t-il encore ... ? »):
    the « il » of « il y a », which stands for nothing; not « a-t-il rencontré X ? »."""
    j = k - 1
    if j >= 0 and doc[j].lower_ == "-t":
        j -= 1
    if j < 1 or doc[j].lemma_ != "avoir" or doc[j - 1].lower_ != "y":
        return False
    after = doc[k + 1] if k + 1 < len(doc) else None
    if after is not None and after.lower_ in ("pas", "plus", "jamais") and k + 2 < len(doc):
        after = doc[k + 2]
    return after is None or after.lower_ == "eu" or "Part" not in after.morph.get("VerbForm")


#: Verbs of saying or deciding whose passive « il a été ... que » stands for no one (« il a été décidé que »), by lemma.
IMPERSONAL_PASSIVES = function_words("impersonal_passive")


def _impersonal_passive(doc: Doc, at: int) -> bool:
    """From token ``at`` after « il »: an object pronoun maybe, « est » or « a été » (any tense), a
    participle of saying or deciding (``impersonal_passive``), then « que » (« il m'a été indiqué
    que », « il a été convenu que »): the passive of what was said; not « il a été informé que »,
    whose « il » is the one told."""
    k = at + 1 if at < len(doc) and (doc[at].lower_ in DATIVE_CLITICS or doc[at].lower_ in FIRST_PERSON_CLITICS) else at
    if k < len(doc) and doc[k].lemma_ == "avoir" and k + 1 < len(doc) and doc[k + 1].lower_ == "été":
        k += 2
    elif k < len(doc) and doc[k].lemma_ == "être" and doc[k].pos_ == "AUX":
        k += 1
    else:
        return False
    return k + 1 < len(doc) and doc[k].lemma_.lower() in IMPERSONAL_PASSIVES and doc[k + 1].lower_ in ("que", "qu'", "qu’")


#: The most words an incise between commas may hold where a clause goes on after it.
INCISE_WORDS = 15


def _after_incise(doc: Doc, i: int) -> int:
    """The token after an incise between commas that opens at token i (« , au vu de la
    situation, »), or i itself where none opens there."""
    if i >= len(doc) or doc[i].text != ",":
        return i
    close = next((t.i for t in doc[i + 1 : min(i + 2 + INCISE_WORDS, len(doc))] if t.text == "," or t.is_sent_end), None)
    return close + 1 if close is not None and doc[close].text == "," else i


def _participle_after_avoir(doc: Doc, i: int) -> Optional[Token]:
    """Token i is « avoir » and a participle follows it, past adverbs: that participle, which
    agrees with an object pronoun before « avoir »; else None."""
    if doc[i].lemma_ != "avoir":
        return None
    j = i + 1
    while j < len(doc) and doc[j].pos_ == "ADV":
        j += 1
    return doc[j] if j < len(doc) and "Part" in doc[j].morph.get("VerbForm") else None


def _agrees_in_feminine(doc: Doc, i: int) -> bool:
    """The past participle after « avoir » at token i is feminine singular (« l'a critiquée »)."""
    participle = _participle_after_avoir(doc, i)
    if participle is None:
        return False
    return participle.lower_.endswith("ée") or ("Fem" in participle.morph.get("Gender") and "Sing" in participle.morph.get("Number"))


@lru_cache(maxsize=1)
def _country_heads() -> frozenset[str]:
    """The first words of the countries' names (« Sierra »), looked at before the whole name."""
    return frozenset(country.split()[0] for country in countries())


def _described_after(doc: Doc, end: int) -> bool:
    """A comma and a lower-case role or common noun follow token ``end`` (« Mme Y, directrice
    générale de ... »): the name before it has a description of its own."""
    return end + 1 < len(doc) and doc[end].text == "," and doc[end + 1].is_lower and (doc[end + 1].lower_ in role_nouns() or doc[end + 1].pos_ == "NOUN")


def _described_before(doc: Doc, ent_at: dict[int, "_Mention"], start: int) -> bool:
    """The role at token ``start`` stands between commas right after a person's name (« Mme X,
    maire de Lyon, ... »): it describes that person."""
    before = ent_at.get(start - 2) if start >= 2 and doc[start - 1].text == "," else None
    return before is not None and before.kind is EntityKind.PERSON and before.end == start - 1


def _role_article_gender(doc: Doc, start: int) -> str:
    """The gender the article of a role noun right before a name gives the person (« le pape
    saint Pie V »: m; « la reine Élisabeth »: f), or ""."""
    k, role = start - 1, False
    while k >= 0 and start - k <= 3 and doc[k].is_lower and doc[k].pos_ in ("NOUN", "ADJ"):
        role = role or doc[k].lower_ in role_nouns() or doc[k].lower_ in occupations()
        k -= 1
    return ARTICLE_GENDER.get(doc[k].lower_, "") if role and k >= 0 and doc[k].lower_ in ("le", "la") else ""


def _concessive_quel(doc: Doc, i: int) -> bool:
    """The pronoun at token i stands in « quel qu'il soit » (« quelle qu'elle soit »): it stands
    for the noun the phrase follows, no person."""
    return i >= 2 and doc[i - 1].lower_ in ("qu'", "qu’") and doc[i - 2].lower_ in ("quel", "quelle", "quels", "quelles")


def _agrees_in_masculine(doc: Doc, i: int) -> bool:
    """The past participle after « avoir » at token i is a masculine singular in « -é » (« l'avait
    accusé »): the object pronoun before « avoir » is no feminine thing."""
    participle = _participle_after_avoir(doc, i)
    return participle is not None and participle.lower_.endswith("é")


def _masculine_article(doc: Doc, start: int, noun: int) -> bool:
    """A masculine article opens the role (« le chef de l'État », « du président »), and no
    woman's title stands before it (« Madame le Premier ministre »)."""
    article = start - 1 if start > 0 and doc[start - 1].lower_ in ("du", "au") else start
    if article >= noun or doc[article].lower_ not in ("le", "du", "au"):
        return False
    return not (article > 0 and doc[article - 1].text in ("Mme", "Madame", "Mme."))


def _complement_of_opening_noun(doc: Doc, start: int) -> bool:
    """The role at ``start`` (past its article) is the « de » complement of a noun that opens
    the sentence with no verb or comma before it (« Soutien de taille du candidat républicain, X
    a ... », « Fidèle allié du président, X »): the detached phrase describes the subject after
    its comma, which holds the opening noun, not the role."""
    j = start - 1
    while j >= 0 and doc[j].pos_ == "DET":
        j -= 1
    if j < 1 or doc[j].lower_ not in OF:
        return False
    sent_start = doc[j].sent.start
    words = doc[sent_start:j]
    return any(t.pos_ == "NOUN" for t in words) and all(t.pos_ in ("NOUN", "ADJ", "DET", "ADP", "ADV") or (t.i == sent_start and t.pos_ == "PROPN") for t in words)


def _verb_follows(doc: Doc, i: int) -> bool:
    """A finite verb follows token i, past an acronym in parentheses, clitics and adverbs (« le
    président du parti (P) vient de », « le ministre ne l'a pas »): a description there is a
    clause's subject, no apposition to the name before its comma."""
    if i < len(doc) and doc[i].text == "(":
        i = next((k + 1 for k in range(i, min(i + 8, len(doc))) if doc[k].text == ")"), i)
    while i < len(doc) and doc[i].pos_ in ("ADV", "PRON") and doc[i].lower_ not in ("qui", "que", "dont"):
        i += 1
    return i < len(doc) and doc[i].pos_ in ("VERB", "AUX") and "Fin" in doc[i].morph.get("VerbForm")


def _backing_received(doc: Doc, j: int) -> bool:
    """The verb at j receives a backing: « (en) a reçu le soutien », « (en) a obtenu son
    investiture »."""
    if doc[j].lemma_.lower() not in GIVEN_BY or j + 2 >= len(doc):
        return False
    noun = doc[j + 2] if doc[j + 1].pos_ == "DET" else doc[j + 1]
    return noun.lemma_.lower() in BACKING_NOUNS or noun.lower_ in BACKING_NOUNS


def _infinitive(token: Token) -> bool:
    """The token is a verb in the infinitive."""
    return token.pos_ == "VERB" and "Inf" in token.morph.get("VerbForm")


def _gerund(token: Token) -> bool:
    """A present participle after « en » (« en lui reprochant »)."""
    return "Part" in token.morph.get("VerbForm") and "Pres" in token.morph.get("Tense")


def _after_line_marker(doc: Doc, sent: Span, i: int) -> bool:
    """Token i follows the marker of a question or an answer that opens the sentence, as a
    transcript's lines have them (« R - La France suit ... », « Q : »; :func:`_marker`)."""
    if i - 2 != sent.start:
        return False
    marker = _marker(sent.text)
    return marker == "r" or marker in QUESTION_MARKERS


def _after_preposition(doc: Doc, i: int) -> bool:
    """A preposition stands before the mention, over up to 3 articles, adjectives and nouns
    (« avec le chef libéral Guy Verhofstadt »): the mention is a complement, not a subject."""
    return _preposition_before(doc, i) is not None


def _preposition_before(doc: Doc, i: int) -> Optional[str]:
    """The preposition (lower case) before the mention at token i, over up to 3 articles,
    adjectives and nouns, or None; over a role's own « de » too (« la secrétaire d'État X »,
    « le ministre de l'Intérieur X »: the preposition, if any, before the role)."""
    j = i - 1
    while j >= 0 and i - j <= 3 and (doc[j].pos_ in ("DET", "ADJ", "NOUN") or _described_by_participle(doc[j])) and doc[j].lower_ not in ("de", "d'", "du", "à", "au"):
        j -= 1
    if 0 < j < i - 1 and doc[j].lower_ in ("de", "d'", "d’", "du") and doc[j - 1].lower_ in _role_noun_heads():  # not « du général de Gaulle »
        return _preposition_before(doc, j - 1)
    return doc[j].lower_ if j >= 0 and doc[j].pos_ == "ADP" and doc[j].lower_ not in ("que", "qu'") else None


@lru_cache(maxsize=1)
def _object_control_verbs() -> frozenset[str]:
    """Verbs whose object is the subject of the infinitive after them (``control_verbs.tsv``)."""
    return frozenset(row[0] for row in read_table("control_verbs.tsv"))


#: Nouns of a political camp (« de droite », « d'extrême gauche », « de la majorité »).
POLITICAL_SIDES = function_words("political_side")


def _past_camp(doc: Doc, end: int) -> Optional[int]:
    """Past the camp after a role and its qualifier (« d'extrême droite », « de la gauche »),
    where a name may follow; else None."""
    j = end
    if j >= len(doc) or doc[j].lower_ not in ("de", "d'", "d’"):
        return None
    j += 1
    if j < len(doc) and doc[j].lower_ in ("la", "l'", "l’"):
        j += 1
    if j < len(doc) and doc[j].lower_ == "extrême":
        j += 1
    return j + 1 if j < len(doc) and doc[j].lower_ in POLITICAL_SIDES else None


def _described_by_participle(token: Token) -> bool:
    """A lower-case past participle describing the noun before a name (« du président élu X »)."""
    return token.is_lower and token.pos_ == "VERB" and "Part" in token.morph.get("VerbForm") and token.dep_ in ("amod", "acl")


#: The words that call on someone by name (« Monsieur Solly, vous ... », « Chère X, »).
ADDRESS_WORDS = frozenset({"Monsieur", "Madame", "Mademoiselle", "Cher", "Chère"})


def address_word(token: Token) -> bool:
    """A word that calls on someone by name, with a capital or not (« monsieur Galut » in minutes)."""
    return token.text in ADDRESS_WORDS or (token.text.islower() and token.text.capitalize() in ADDRESS_WORDS)


#: « nous », a subject in a transcript: its speaker (with others, whom the text does not name).
_WE = WordTest(lambda word: word.lower() == "nous")
#: Verbs of meeting each other after a reflexive « nous » (« nous nous sommes vus »), by lemma.
RECIPROCAL_MEETING_VERBS = function_words("reciprocal_meeting_verb")
#: How many words after a subject « nous » its reflexive « nous » may stand (« Nous avons déjà eu
#: plusieurs occasions de nous rencontrer »).
WE_TWO_REACH = 8


def _before_reflexive_we(doc: Doc, i: int) -> bool:
    """« Nous nous sommes vus »: the first « nous » of two before a verb is the subject, whatever
    the parse says."""
    return i + 2 < len(doc) and doc[i + 1].lower_ == "nous" and doc[i + 2].pos_ in ("VERB", "AUX")


#: Nouns of a meeting two may have had together (« nos entretiens », « les entretiens que nous avons eus »), by lemma.
OUR_MEETING_NOUNS = function_words("our_meeting_noun")
#: The past participles of « voir » (« nous nous étions vus »).
SEEN_PARTICIPLES = frozenset({"vu", "vus", "vue", "vues"})
#: A past participle of a verb in « -er » (« croisés », « rencontrée »), whose ending gives its infinitive.
_ER_PARTICIPLE = re.compile(r"(?<=\w)(?:ée?s?)$")


def _verb_after(doc: Doc, k: int, end: int) -> str:
    """The lemma of the verb right after token k, past an auxiliary (« nous sommes rencontrés »,
    « nous étions vus »); "" where none, or where an adjective, a participle or an infinitive
    follows it (« nous nous voyons contraints de », « nous nous sommes vus refuser »)."""
    j = k + 1
    while j < end and (doc[j].pos_ in ("AUX", "ADV") or doc[j].lemma_ in ("être", "avoir")) and j + 1 < end:
        j += 1  # « nous étions déjà rencontrés »: « étions » may be tagged as a verb
    after_aux = any(doc[x].pos_ == "AUX" or doc[x].lemma_ in ("être", "avoir") for x in range(k + 1, j))  # past an adverb too
    if j < end and j > k + 1 and doc[j].pos_ == "ADJ" and after_aux and doc[j].lower_ in SEEN_PARTICIPLES:
        return "voir"  # « nous nous étions vus », the participle read as an adjective
    if j < end and j > k + 1 and doc[j].pos_ == "ADJ" and after_aux and _ER_PARTICIPLE.search(doc[j].lower_):
        return _ER_PARTICIPLE.sub("er", doc[j].lower_)  # « nous nous étions croisés », the participle read as an adjective
    if j >= end or doc[j].pos_ not in ("VERB", "AUX"):
        return ""
    after = doc[j + 1] if j + 1 < end else None
    if after is not None and (after.pos_ == "ADJ" or (after.pos_ == "VERB" and after.morph.get("VerbForm") in (["Inf"], ["Part"]))):
        return ""
    return doc[j].lemma_.lower()
#: The pronouns of the one a letter is written to (« je vous adresse », « je te présente »).
ADDRESSEE_PRONOUNS = function_words("addressee_pronoun")
#: The possessive determiners of the one who speaks (« mon », « mes », « notre »).
SPEAKER_POSSESSIVES = function_words("speaker_possessive")
#: Phrases that announce the name a description stands for (« l'ancien ministre, en
#: l'occurrence X »), as word tuples.
GLOSSES = tuple(tuple(phrase.replace("’", "'").replace("'", "' ").split()) for phrase in sorted(function_words("gloss")))


def past_gloss(doc: Doc, i: int) -> int:
    """« , en l'occurrence X », « , à savoir X »: the token after the phrase of ``GLOSSES`` that
    starts at token i, or i where none does."""
    for words in GLOSSES:
        if tuple(t.lower_.replace("’", "'") for t in doc[i : i + len(words)]) == words:
            return i + len(words)
    return i
_YOU = WordTest(lambda word: word.lower() in ADDRESSEE_PRONOUNS)
#: How many tokens an interjection in minutes may have (« M. Y. Vous êtes un ignorant ! »).
INTERJECTION_TOKENS = 30
#: A colon, which may end a turn's label (« Jean Martin, président : »), looked for before the lines are read.
_COLON = WordTest(lambda word: word == ":")
#: The dash of a turn's label (« Jean Martin - Mesdames ... »), looked for before the lines are read.
_DASH = WordTest(lambda word: word in ("-", "–"))
#: The honorifics of a turn's label (:data:`TURN_HONORIFICS`), looked for before the lines are read.
_TURN_HONORIFIC_WORDS = WordTest(lambda word: word in TURN_HONORIFICS)
#: Words of a letter's closing formula (:data:`_CLOSING`), looked for before the text is built.
_CLOSING_WORDS = WordTest(lambda word: word.lower() in ("prie", "veuillez", "recevez", "reçois"))
#: Words that open a journalist's question in a transcript (« Q - », « QUESTION : »).
QUESTION_MARKERS = function_words("question_marker")
#: Verbs by which a text of one voice welcomes the one it then speaks to (« nous accueillons M. X »), by lemma.
WELCOMING_VERBS = function_words("addressee_hearing_verb")
#: How many of a text's first sentences may welcome its guest.
WELCOME_SENTENCES = 3
#: How many tokens may stand between the verb of welcome and the guest's name (« accueillons ce matin M. X »).
WELCOME_GAP = 5
#: A title's word for the hearing of a guest by a committee (« Audition de M. Y »).
#: The incise between a hearing's noun and the one heard (« Audition, à huis clos, de M. Y »).
_HEARING_INCISE = r"(?:\s*,\s+(?:ouverte\s+à\s+la\s+presse|à\s+huis\s+clos|publique|conjointe),)?"
HEARING = re.compile(r"\baudition" + _HEARING_INCISE + r"\s+d", re.IGNORECASE)  # « Audition de M. Y », « Audition, à huis clos, de M. Y »
#: How many characters a text's first line may have to read as its heading.
HEADING_CHARACTERS = 300
#: Kinds of texts whose title names their one speaker (« Déclaration de M. X, ... »).
TRANSCRIPT_KINDS = function_words("transcript_kind")
#: A name in a title: up to five words, up to a comma, a preposition (« ..., sur », « à ») or a bracket.
_TITLE_NAME = (
    r"(?P<name>[^\s,;:()]+(?:\s+[^\s,;:()]+){1,4}?)(?=\s*,|\s+(?:sur|à|au|aux|dans|lors|devant|pour|avec|en)\s|\s*\(|\s*$"
    r"|\s+le\s+\d|\s+(?-i:PR[EÉ]SIDENTE?|CHANCELI[EÈ]RE?|PREMIER|ROI|REINE)\b)"  # « ... de M. Y le 5 décembre 1974 », « DE M. Y PRESIDENT DE ... »
)
#: The kinds of transcripts, the longest first, as alternatives of a pattern.
_KINDS = "|".join(re.escape(kind) for kind in sorted(TRANSCRIPT_KINDS, key=len, reverse=True))
_TITLE_SPEAKER = re.compile(
    r"(?P<kind>" + _KINDS + r")"
    r"\s+(?:(?:" + SAID_BY + r"|de la\b|de\b|du\b|d['’])\s*|(?=(?:M\.|Mme)\s))"  # « Lettre de félicitations M. X »: the « de » left out before a title
    r"(?:(?:M\.|Mme|Monsieur|Madame|pr[ée]sidente?|chanceli[eè]re?)\s+)?" + _TITLE_NAME,  # not « de La » in « de Laurent X »
    re.IGNORECASE,
)
#: A record's title that is a name, then a date, then a subject (« Jeanne Morel, 19 septembre 2024,
#: politique étrangère »).
_NAME_DATE_TITLE = re.compile(
    r"(?P<name>[^\s,;:()]+(?:\s+[^\s,;:()]+){1,4}?)\s*,\s*(?:le\s+)?(?:1er|\d{1,2})\s+"
    r"(?:" + "|".join(sorted((re.escape(w) for w, (what, _n) in date_words().items() if what == "month"), key=len, reverse=True)) + r")\s+\d{4}\s*,",
    re.IGNORECASE,
)
#: Kinds of texts written to one person, whom « vous » stands for (« Lettre de ... adressée à M. X »).
LETTER_KINDS = function_words("letter_kind")
#: « Lettre de M. X à M. Y »: the one written to, right after the writer's name or his role
#: (« Lettre de M. X, président, à Y (Paris, ...) »).
_TITLE_TO = re.compile(r"(?:\s*,[^,()]{1,80}?(?=,\s+à\s))?\s*,?\s+à\s+(?:(?:M\.|Mme|Monsieur|Madame)\s+)?" + _TITLE_NAME)
_TITLE_ADDRESSEE = re.compile(
    r"\b(?:adress[ée]e?s?\s+à|pour\s+(?:l['’]élection|la\s+réélection|la\s+victoire|la\s+nomination)\s+de)"  # « pour l'élection de M. Y »: the one congratulated
    r"\s+(?:M\.|Mme|Monsieur|Madame)\s+" + _TITLE_NAME.replace("{1,4}", "{0,4}")  # after « M. », a surname alone
)


@lru_cache(maxsize=64)
def transcript_speaker(title: str) -> str:
    """The one speaker a transcript's title names, or "" (another title, or two speakers).

    >>> transcript_speaker("Déclaration de M. Paul Martin, ministre de l'Intérieur, sur la sécurité, à Lyon le 3 mars 2024.")
    'Paul Martin'
    >>> transcript_speaker("Conférence de presse conjointe de M. Paul Martin et de Mme Jeanne Morel")
    ''
    >>> transcript_speaker("Ukraine - Russie - Interview de Jeanne Morel, ministre des Armées, à RTL")
    'Jeanne Morel'
    >>> transcript_speaker("Remarques du président Paul Martin à l'issue de la réunion du Conseil")
    'Paul Martin'
    >>> transcript_speaker("Jeanne Morel, 19 septembre 2024, politique étrangère")
    'Jeanne Morel'
    >>> transcript_speaker("Intervention de Laurent Martin - Réunion du 15 octobre 2015")
    'Laurent Martin'
    >>> transcript_speaker("Toast prononcé par M. Paul Martin, Président de la République, au dîner offert à M. Luc Bernard")
    'Paul Martin'
    >>> transcript_speaker("Déclaration à la presse du ministre de l'Intérieur, M. Paul Martin, à l'issue de son entretien")
    'Paul Martin'
    >>> transcript_speaker("Déclarations à la presse de M. Paul Martin, ministre, et de M. Luc Bernard, ministre belge")
    ''
    >>> transcript_speaker("Lettre de félicitations M. Paul Martin, Président de la République, adressée à M. Luc Bernard")
    'Paul Martin'
    """
    if joint_press_speakers(title):
        return ""  # two speakers in turn (:func:`joint_press_speakers`): no one « je » throughout
    dated = _NAME_DATE_TITLE.match(" ".join(title.split()))
    if dated is not None and _reads_as_name(dated["name"]) and is_full_name(dated["name"]):
        return dated["name"]  # a record's title: the speaker, the date, the subject
    for part in re.split(r"\s+[-–—:]\s+", " ".join(title.split())):  # « Ukraine - Russie - Interview de X, ... »
        part = _past_topic(part)
        found = _TITLE_SPEAKER.match(part)
        if found is None or found["kind"].lower() not in TRANSCRIPT_KINDS:
            continue
        if _TITLE_ROLE.match(part):
            return ""  # « du Président de la République »: a role, read by :func:`title_role_speaker`
        name = found["name"].rstrip(".")  # « Interview de Mme Jeanne Morel. »: the title's last words
        if not _reads_as_name(name) and (named := _ROLE_THEN_TITLED_NAME.match(part[found.end() :])) is not None:
            name = named["name"].rstrip(".")  # « Déclaration à la presse du ministre des Affaires étrangères, M. X, ... »
        return name if _reads_as_name(name) else ""
    return ""


#: How many characters a topic may have before the kind of a transcript (« Tournée en Asie entretien de ... »).
TOPIC_CHARACTERS = 60
#: The kind of a transcript written in lower case after a topic, as the first word of its part.
_KIND_AFTER_TOPIC = re.compile(r"\s(?=(?:" + _KINDS + r")\s)")


def _past_topic(part: str) -> str:
    """A part of a title from the kind of transcript a short topic with no separator opens
    (« Tournée en Asie entretien du ministre, M. X, avec ... » -> « entretien du ministre ... »);
    the part itself where it opens with the kind, or names none in lower case.

    >>> _past_topic("Voyage en Asie entretien de M. Paul Martin avec Radio Sud")
    'entretien de M. Paul Martin avec Radio Sud'
    """
    if _TITLE_SPEAKER.match(part):
        return part
    found = _KIND_AFTER_TOPIC.search(part, 0, TOPIC_CHARACTERS + 1)
    return part[found.end() :] if found is not None and part[:1].isupper() else part


#: A titled name set off after a role in a title (« ..., M. Paul Martin, »).
_ROLE_THEN_TITLED_NAME = re.compile(r"\s*,\s*(?:M\.|Mme|Monsieur|Madame)\s+" + _TITLE_NAME)


#: The articles of a role's listed fields (« de la pêche », « des forêts » read as « de les »).
FIELD_ARTICLES = frozenset({"la", "l'", "l’", "les"})
#: How many words the other fields of a role listed after a comma may have (« , des transports et du logement »).
LISTED_FIELD_WORDS = 12
#: A transcript's title naming its speaker by a French head of state's or government's role
#: (« Conférence de presse du Président de la République à l'issue du sommet »).
_TITLE_ROLE = re.compile(
    r"(?P<kind>" + _KINDS + r")"
    r"\s+(?:du|de la)\s+(?P<role>pr[ée]sidente? de la r[ée]publique|premi(?:er|ère) ministre)(?P<rest>.*)",
    re.IGNORECASE,
)
#: The name after such a role (« du Premier ministre, M. Paul Martin, devant ... »).
_ROLE_THEN_NAME = re.compile(r"\s*,?\s*(?:(?:M\.|Mme|Monsieur|Madame)\s+)?" + _TITLE_NAME)


def title_role_speaker(title: str, date: Optional[dt.date], table: RoleTable) -> str:
    """The one speaker a transcript's title names by the French presidency or premiership: the name
    written after the role, else the role's holder at the document's date; "" where the title
    names two speakers (« déclaration conjointe », « ... et du Premier ministre israélien »,
    « avec ... ») or no such role.

    >>> t = RoleTable.shipped()
    >>> title_role_speaker("Conférence de presse du Président de la République à l'issue du sommet", dt.date(2023, 10, 5), t)
    'Emmanuel Macron'
    >>> title_role_speaker("Discours du Premier ministre, M. Paul Martin, devant la communauté française", None, t)
    'Paul Martin'
    >>> title_role_speaker("Déclaration conjointe du Président de la République et du Premier ministre israélien", dt.date(2017, 7, 17), t)
    ''
    """
    title = " ".join(title.split())
    found = _TITLE_ROLE.search(title)
    if found is None:
        return _title_minister(title, date, table)
    if "conjoint" in title.lower() or re.search(r"\s(?:et (?:du|de|des|d['’])|avec)\s", found["rest"]):
        return ""  # two speakers (or, rarely, a topic joined by « et de »: no speaker read)
    named = _ROLE_THEN_NAME.match(found["rest"])
    if named is not None and re.match(r"\s*,?\s*(?:(?:M\.|Mme|Monsieur|Madame)\s+)?[A-ZÉ]", found["rest"]):
        if _reads_as_name(named["name"]):
            return named["name"]
    role = Role("head_of_state" if "sident" in found["role"].lower() else "head_of_government", "France")
    return table.holder(role, date) or ""


#: A transcript's title that names its speaker by a French minister's portfolio (« Déclaration du
#: ministre de l'Europe et des affaires étrangères (3 avril 2022) »).
_TITLE_MINISTER = re.compile(
    r"(?P<kind>" + _KINDS + r")\s+(?:du|de la)\s+ministre\s+(?:délégu[ée]e?\s+)?(?:des|du|de la|de l['’]|de|d['’])\s*(?P<rest>.+)",
    re.IGNORECASE,
)


def _title_minister(title: str, date: Optional[dt.date], table: RoleTable) -> str:
    """The holder, at the document's date, of the French ministry whose minister a transcript's
    title names as its one speaker (``portfolios.tsv``), or "": no date, no such title, two
    speakers, or a foreign minister (« ... des affaires étrangères italien »).

    >>> t = RoleTable.shipped()
    >>> _title_minister("Ukraine – Déclaration du ministre de l'Europe et des affaires étrangères (3 avril 2022)", dt.date(2022, 4, 3), t)
    'Jean-Yves Le Drian'
    >>> _title_minister("Déclaration conjointe du ministre des affaires étrangères et de son homologue", dt.date(2022, 4, 3), t)
    ''
    """
    found = _TITLE_MINISTER.search(title)
    if date is None or found is None or "conjoint" in title.lower():
        return ""
    words = [w.lower() for w in re.findall(r"[\w-]+|,", found["rest"])]
    portfolio = longest_portfolio(words)
    if portfolio is None:
        return ""
    after = words[portfolio[1] :]
    if any(w in nationalities() for w in after[:2]) or re.search(r"\s(?:et (?:du|de la|de son|de sa|des)|avec)\s", " " + " ".join(after) + " "):
        return ""  # a foreign minister, or two speakers
    return table.holder(Role("minister", portfolio[0]), date) or ""


#: Particles that join the parts of one Arabic or Persian name (« Zia-ul-Haq »), lower case.
JOINING_PARTICLES = function_words("joining_particle")

#: A letter's salutation to one person on a line of its own (« Chère Jeanne Morel, »), near its top.
_SALUTATION = re.compile(r"^(?:Cher|Chère)\s+(?:(?:Monsieur|Madame|M\.|Mme)\s+)?(?P<name>[^\s,;:()]+(?:\s+[^\s,;:()]+){1,3})\s*,$")
#: How many lines from the top a salutation may stand (after the title and a place and date).
SALUTATION_LINES = 4


def salutation_addressee(text: str) -> str:
    """The one person a letter's salutation names (« Chère Jeanne Morel, »), on one of its first
    lines, or "": the « vous » of a letter whose title names several addressees. A text that
    holds another salutation further down (several letters, one to each) has no one addressee.

    >>> salutation_addressee("Lettre de M. Paul Martin à A, B et C.\\nChère Jeanne Morel,\\nVous avez gagné.")
    'Jeanne Morel'
    >>> salutation_addressee("Lettre de M. Paul Martin.\\nChers amis,\\nVous avez gagné.")
    ''
    >>> salutation_addressee("Message de M. Paul Martin.\\nChère Jeanne Morel,\\nBravo.\\nCher Luc Bernard,\\nBravo.")
    ''
    """
    lines = [line.strip() for line in text.splitlines() if line.strip()]
    found = [(n, match["name"]) for n, line in enumerate(lines) if (match := _SALUTATION.match(line)) is not None]
    if len({name for _n, name in found}) != 1 or found[0][0] >= SALUTATION_LINES:
        return ""
    return found[0][1] if _reads_as_name(found[0][1]) else ""


def _letter_kind(title: str) -> Optional[re.Match[str]]:
    """The opening of a title that names a letter and its writer (« Lettre de félicitations de M.
    X ... »), or None; the title with its spaces made single."""
    kind = _TITLE_SPEAKER.match(title)
    return kind if kind is not None and kind["kind"].lower() in LETTER_KINDS else None


def letter_addressee(title: str) -> str:
    """The one person a letter's title says it is sent to, or "".

    >>> letter_addressee("Lettre de félicitations de M. Paul Martin, président, adressée à M. Luc Bernard, pour sa réélection")
    'Luc Bernard'
    >>> letter_addressee("Lettre de M. Paul Martin à M. Luc Bernard, Paris, 8 mars 2004")
    'Luc Bernard'
    >>> letter_addressee("Déclaration de M. Paul Martin, adressée à M. Luc Bernard")
    ''
    >>> letter_addressee("Lettre de M. Paul Martin, adressée à Mme Jeanne Morel.")
    'Jeanne Morel'
    >>> letter_addressee("Lettre de M. Paul Martin, président, à Luc Bernard (Paris, 3 mai 2001)")
    'Luc Bernard'
    """
    title = " ".join(title.split())
    kind = _letter_kind(title)
    found = _TITLE_ADDRESSEE.search(title) or (_TITLE_TO.match(title, kind.end()) if kind is not None else None)
    if kind is None or found is None:
        return ""
    name = found["name"].rstrip(".")  # « adressée à Mme Jeanne Morel. », the title's last words
    return name if _reads_as_name(name) else ""


#: A speech's title naming the guest it is given for (« Allocution de M. X à l'occasion de la
#: visite officielle en France de M. Y », « Toast de M. X en l'honneur de M. Y », « au cours du
#: dîner offert par le Général Y »): the one its « vous » stands for.
_TITLE_GUEST = re.compile(
    r"\b(?:(?:visite|arrivée|venue|intervention|réception|accueil|audition)(?:\s+(?:officielle|d['’][ée]tat|de travail))?(?:\s+(?:en|à)\s+[A-ZÉ][\w'’-]+)?"
    + _HEARING_INCISE + r"\s+(?:de|du)"  # « Audition, à huis clos, de M. Y », « Audition, ouverte à la presse, du général Y »
    r"|en\s+l['’]honneur\s+(?:de|du)|offert\s+(?:(?:en\s+son\s+honneur\s+)?par|en\s+l['’]honneur\s+de))"
    r"\s+(?:(?:S\.\s?E\.\s+|Son\s+Excellence\s+)?(?:M\.|Mme|Monsieur|Madame|(?:le\s+|la\s+)?(?:G[ée]n[ée]ral|Pr[ée]sidente?|Chanceli[eè]re?|Roi|Reine))\s+"
    r"|(?:Sa\s+Majesté|Son\s+Altesse(?:\s+Royale)?)(?:\s+(?:le\s+|la\s+)?(?:Roi|Reine|Prince|Princesse|Émir|Sultan))?\s+)"  # « de Sa Majesté Hassan II, Roi du Maroc »
    + _TITLE_NAME.replace("{1,4}", "{0,4}"),
    re.IGNORECASE,
)


#: A statement's title naming the one person its speaker met and speaks beside (« Déclaration de
#: M. X sur ses entretiens avec M. Y », « ... lors de sa rencontre avec M. Y »).
_TITLE_PARTNER = re.compile(
    r"\b(?:entretiens?|rencontre|conférence\s+de\s+presse\s+conjointe)\s+avec"
    r"\s+(?:(?:M\.|Mme|Monsieur|Madame|(?:le\s+|la\s+)?(?:G[ée]n[ée]ral|Pr[ée]sidente?|Chanceli[eè]re?|Roi|Reine))\s+)" + _TITLE_NAME.replace("{1,4}", "{0,4}"),
    re.IGNORECASE,
)
#: A word of address before a name in a title: more than one after « avec » names several partners.
_TITLE_ADDRESS = re.compile(r"\b(?:M\.|Mme|MM\.|Monsieur|Madame)\s")


@lru_cache(maxsize=64)
def speech_guest(title: str) -> str:
    """The one guest a speech's title names (:data:`_TITLE_GUEST`), or the one person its speaker
    met (:data:`_TITLE_PARTNER`, not where it names several), or "".

    >>> speech_guest("Allocution de M. Paul Martin, à l'occasion de la visite officielle en France de M. Luc Bernard, Président du Niger, Orly, 3 mai 1986")
    'Luc Bernard'
    >>> speech_guest("Discours de M. Paul Martin au cours du dîner offert par le Général Bernard, Président du Conseil")
    'Bernard'
    >>> speech_guest("Intervention de Paul Martin — Audition de S.E. M. Luc Bernard, ambassadeur")
    'Luc Bernard'
    >>> speech_guest("Toast de M. Paul Martin à l'occasion du dîner d'État offert en son honneur par Son Excellence M. Luc Bernard")
    'Luc Bernard'
    >>> speech_guest("Allocution de M. Paul Martin à l'occasion de la visite de M. Luc Bernard.")
    'Luc Bernard'
    >>> speech_guest("Allocution de M. Paul Martin lors de la visite d'État en France de Sa Majesté Luc II, Roi de Vexanie, Orly, 3 mai 1986")
    'Luc II'
    >>> speech_guest("Discours de M. Paul Martin sur la visite de l'usine")
    ''
    >>> speech_guest("Toast de M. Paul Martin au dîner offert en l'honneur de M. Luc Bernard le 5 décembre 1974")
    'Luc Bernard'
    >>> speech_guest("ALLOCUTION DE M. PAUL MARTIN EN L'HONNEUR DE SON EXCELLENCE M. LUC BERNARD PRESIDENT DE VEXA, LYON")
    'LUC BERNARD'
    >>> speech_guest("Déclaration de M. Paul Martin sur ses entretiens avec M. Luc Bernard, Président du Niger, Niamey, 3 mai 1986")
    'Luc Bernard'
    >>> speech_guest("Déclaration de M. Paul Martin sur ses entretiens avec M. Luc Bernard et Mme Anne Durand")
    ''
    >>> speech_guest("Audition, ouverte à la presse, du général Luc Bernard, ancien ministre")
    'Luc Bernard'
    """
    title = " ".join(title.split())
    found = _TITLE_GUEST.search(title)
    if found is None and (found := _TITLE_PARTNER.search(title)) is not None and len(_TITLE_ADDRESS.findall(title[found.start() :])) > 1:
        return ""  # « sur ses entretiens avec M. Y et Mme Z »: which one « vous » is, the title does not say
    name = found["name"].rstrip(".") if found is not None else ""  # « ... de M. Luc Bernard. »: the title's own stop
    return name if name and _reads_as_name(name) else ""


#: The closing formula of a letter (« Je vous prie d'agréer ... », « Veuillez croire ... »).
_CLOSING = re.compile(r"\b(?:je\s+(?:vous|te)\s+prie|veuillez|recevez|reçois)\b.{0,60}?\b(?:agréer|croire|recevoir|accepter|l['’]assurance|l['’]expression)", re.I)
#: Honorifics that open the addressee's line under a signature (« Son Excellence Monsieur X »).
_ADDRESSEE_OPENING = re.compile(r"^(?:(?:Son|Sa)\s+(?:Excellence|Majesté|Sainteté)\s+)?(?:Monsieur|Madame|M\.|Mme)\s+(?:l['’]|le\s+|la\s+)?")
#: How many lines after its closing formula a letter's signature may stand (« Bien amicalement, »).
SIGNATURE_REACH = 4


@lru_cache(maxsize=64)
def signed_letter(text: str) -> tuple[str, str]:
    r"""(writer, addressee) of a letter signed at its end: a closing formula, then, a few lines
    below, a line that is only a name (the signature), and the name the line after it gives
    (« Son Excellence Monsieur X »); ("", "") where the text is no such letter, "" for an
    addressee it does not name.

    >>> signed_letter("Monsieur le Président,\nJe vous félicite.\nJe vous prie d'agréer l'assurance de ma haute considération.\nPaul MARTIN\nSon Excellence Monsieur Luc BERNARD Président de la République")
    ('Paul MARTIN', 'Luc BERNARD')
    >>> signed_letter("Paul Martin a reçu Luc Bernard.\nJeanne Morel")
    ('', '')
    """
    lines = [line.strip() for line in text.strip().splitlines() if line.strip()]
    closing = next((n for n in range(len(lines) - 1, max(len(lines) - 2 - 2 * SIGNATURE_REACH, -1), -1) if _CLOSING.search(lines[n])), None)
    if closing is None:
        return "", ""
    for n in range(closing + 1, min(closing + 1 + SIGNATURE_REACH, len(lines))):
        words = lines[n].split()
        if 2 <= len(words) <= 4 and all(_name_word(w.rstrip(".")) for w in words) and not lines[n].endswith((",", "!")) and not lines[n].endswith(". "):
            if lines[n].endswith(".") and not words[-1].rstrip(".").isupper():
                continue  # « Bien à vous. », a sentence; « Jacques CHIRAC. », a signature with its period
            below = lines[n + 1 : n + 3]  # « Son Excellence » may stand on a line of its own
            return lines[n].rstrip("."), next((name for k in (1, 2) if len(below) >= k and (name := _addressee_line(" ".join(below[:k])))), "")
    return "", ""


def _addressee_line(line: str) -> str:
    """The name in the line under a signature (« Son Excellence Monsieur Karl BRANDT Chancelier de
    ... »: « Karl BRANDT »; « Monsieur l'Abbé Pierre »: « Abbé Pierre »), or ""."""
    opening = _ADDRESSEE_OPENING.match(line)
    if opening is None:
        return ""
    words = [w.rstrip(",;:") for w in line[opening.end() :].split()]  # « Monsieur Lech KACZYNSKI, »: not the comma
    caps = [n for n, w in enumerate(words[:4]) if len(w) > 1 and w.isupper()]
    name = words[: caps[-1] + 1] if caps else words[:2]  # « Karl BRANDT », else the first two words
    return " ".join(name) if len(name) >= 2 and all(_name_word(w) for w in name) else ""


#: An interview's first question greeting the one interviewed (« Q - Paul Martin, bonsoir. »,
#: « Q - Bonjour Jeanne Morel. »).
_GREETED = re.compile(
    r"^\s*(?:Q|QUESTION)\s*[-–:.]\s*(?:(?:Bonjour|Bonsoir)\s*,?\s+(?:M\.|Mme|Monsieur|Madame)?\s*(?P<after>[A-ZÉ][\w'’-]+(?:\s+[A-ZÉ][\w'’-]+){1,3})\s*[,.!]"
    r"|(?P<before>[A-ZÉ][\w'’-]+(?:\s+[A-ZÉ][\w'’-]+){1,3})\s*,\s*(?:bonjour|bonsoir)\b)"
)


#: A joint declaration's title naming the two who sign it (« Déclaration conjointe de MM. X, ministre
#: ..., et Y, ... », « Déclarations communes de MM. X et Y »), not a press conference, where each speaks in turn.
_JOINT_DECLARATION = re.compile(
    r"^\s*(?:D[ée]clarations?|Communiqu[ée]s?)\s+(?:conjointe?s?|commune?s?)\s+de\s+(?:MM\.|M\.|Mme)\s*"
    r"(?P<a>[A-ZÉ][\w'’-]+(?:\s+(?:de\s+)?[A-ZÉ][\w'’-]+){1,3})(?:\s*,[^,]*?)?\s+et\s+(?:de\s+)?(?:M\.\s+|Mme\s+)?"
    r"(?P<b>[A-ZÉ][\w'’-]+(?:\s+(?:de\s+)?[A-ZÉ][\w'’-]+){1,3})"
)


@lru_cache(maxsize=64)
def joint_declarants(title: str) -> tuple[str, ...]:
    """The two who sign a joint declaration, as its title names them, or ().

    >>> joint_declarants("Déclaration conjointe de MM. Paul Martin, ministre des affaires étrangères et Luc Bernard, ministre belge, sur la crise")
    ('Paul Martin', 'Luc Bernard')
    >>> joint_declarants("Conférence de presse conjointe de MM. Paul Martin et Luc Bernard")
    ()
    """
    return _named_pair(_JOINT_DECLARATION, title)


#: A joint declaration's title naming two countries (« Déclaration commune des ministères des affaires
#: étrangères de la France et de l'Allemagne », « Communiqué conjoint de la France et du Royaume-Uni »).
_JOINT_COUNTRIES = re.compile(
    r"^\s*(?:D[ée]clarations?|Communiqu[ée]s?)\s+(?:conjointe?s?|commune?s?)\s+(?:(?:des|du|de la|de l['’])\s*[^,]*?\s+)?"
    r"(?:de la|de l['’]|du|des)\s*(?P<a>[A-ZÉ][\w-]+(?:\s+[A-ZÉ][\w-]+)?)\s+et\s+(?:de la|de l['’]|du|des)\s*(?P<b>[A-ZÉ][\w-]+(?:\s+[A-ZÉ][\w-]+)?)"
)


#: A joint press conference's title naming its two speakers (« Conférence de presse conjointe de
#: M. X, ministre ..., et de M. Y, ministre ... », « Point de presse conjoint de MM. X et Y »).
_JOINT_PRESS = re.compile(
    r"^\s*(?:(?:Conf[ée]rences?|Points?|D[ée]clarations?)\s+de\s+presse\s+conjointe?s?|D[ée]clarations?\s+(?:conjointes?\s+)?à\s+la\s+presse)\s+de\s+(?:MM\.|M\.|Mme|Monsieur|Madame)\s*"
    r"(?P<a>[A-ZÉ][\w'’-]+(?:\s+(?:de\s+)?[A-ZÉ](?:[\w'’-]+|\.)){1,3})(?:\s*,[^,]*?)*,?\s+et\s+(?:de\s+)?(?:M\.\s+|Mme\s+|Monsieur\s+|Madame\s+)?"
    r"(?P<b>[A-ZÉ][\w'’-]+(?:\s+(?:de\s+)?[A-ZÉ](?:[\w'’-]+|\.)){1,3})"
)


@lru_cache(maxsize=64)
def joint_press_speakers(title: str) -> tuple[str, ...]:
    """The two who speak in turn at a joint press conference, as its title names them, or ().

    >>> joint_press_speakers("Conférence de presse conjointe de M. Paul Martin, ministre des affaires étrangères, et de M. Luc Bernard, ministre belge, sur l'Europe")
    ('Paul Martin', 'Luc Bernard')
    >>> joint_press_speakers("Déclaration conjointe de MM. Paul Martin et Luc Bernard")
    ()
    """
    return _named_pair(_JOINT_PRESS, title)


#: A joint declaration's title naming its two speakers by their roles alone (« Déclaration
#: conjointe du Président de la République et du Premier ministre israélien »).
_JOINT_ROLES = re.compile(
    r"^\s*(?:Transcription\s+de\s+la\s+)?(?:(?:[Cc]onf[ée]rences?|[Pp]oints?)\s+de\s+presse\s+conjointe?s?|[Dd][ée]clarations?\s+(?:de\s+presse\s+)?conjointes?)\s+(?:du|de\s+la)\s+"
    r"(?P<a>[^,]+?)\s+et\s+(?:du|de\s+la)\s+(?P<b>[^,]+?)\s*(?:,|\.?$|\s(?:à|sur|lors|au|après|en)\s)"
)


def joint_role_speakers(title: str, date: Optional[dt.date], table: RoleTable) -> tuple[str, ...]:
    """The two who speak in turn at a joint declaration whose title names them by their roles
    alone, as the role table gives the holders of those roles on ``date``; () where either role
    has no one holder then.

    >>> t = RoleTable.shipped()
    >>> joint_role_speakers("Déclaration conjointe du Président de la République et du Premier ministre israélien", dt.date(2017, 7, 17), t)
    ('Emmanuel Macron', 'Benyamin Netanyahou')
    >>> joint_role_speakers("Déclaration conjointe du Président de la République et du Premier ministre israélien", None, t)
    ()
    """
    found = _JOINT_ROLES.match(" ".join(title.split()))
    if found is None or date is None:
        return ()
    holders = []
    for words in (found["a"], found["b"]):
        role = implied_role(words) or parse_description(words)
        holder = table.holder(role, date) if role is not None else None
        if not holder:
            return ()
        holders.append(holder)
    return tuple(holders) if holders[0] != holders[1] else ()


#: A turn's label at a joint press conference: a role in capitals, the speaker's surname after it
#: or not, then a dash (« LE PRÉSIDENT BUSH – », « LE CHANCELIER – »).
_JOINT_TURN_LABEL = re.compile(r"\s*(?:LE|LA)\s+(?P<role>PR[EÉ]SIDENTE?|CHANCELI[EÈ]RE?|PREMI(?:ER|[EÈ]RE)\s+MINISTRE)(?:\s+(?P<name>[A-ZÉÈ][A-ZÉÈ'’-]+))?\s*[-–]\s")
#: A turn's label in capitals before a dash (« M. GEORGE W. BUSH - », « LE PRÉSIDENT – »).
_CAPS_DASH_LABEL = re.compile(r"\s*(?P<label>(?:M\.|MME)?[A-ZÉÈÊÀÂÎÔÛÇ][A-ZÉÈÊÀÂÎÔÛÇ.'’ -]{1,60}?)\s+[-–]\s")
#: How many lines back a turn's label may stand (« LE PRÉSIDENT – ... » then paragraphs of the same turn).
TURN_LINES = 6


def joint_turn_label(text: str, title: str) -> str:
    """The one of a joint press conference's two speakers (:func:`joint_press_speakers`) that the
    turn's label opening ``text`` names: by the surname after the role, else by the role the title
    gives that speaker alone (« LE PRÉSIDENT – » is the President of the Republic beside another
    country's President; « LE CHANCELIER – »); "" for none.

    >>> title = "Point de presse conjoint de M. Paul Martin, Président de la République, et de M. Luc Bernard, Chancelier de Vexa"
    >>> joint_turn_label("LE PRESIDENT – Merci.", title), joint_turn_label("LE CHANCELIER – Oui.", title)
    ('Paul Martin', 'Luc Bernard')
    >>> joint_turn_label("LE PRESIDENT BERNARD – Oui.", "Déclarations à la presse de M. Paul Martin, Président de la République, et de M. Luc Bernard, Président de Vexa")
    'Luc Bernard'
    >>> joint_turn_label("M. LUC BERNARD - Merci.", title), joint_turn_label("QUESTION - Et vous ?", title)
    ('Luc Bernard', '')
    """
    speakers = joint_press_speakers(title)
    capitals = _CAPS_DASH_LABEL.match(text)
    if capitals is not None and len(speakers) == 2:  # « M. GEORGE W. BUSH - », « MONSIEUR RICARDO LAGOS ESCOBAR - », « LE PRÉSIDENT BUSH – »
        words = set(name_key(capitals["label"]).split())
        named = [s for s in speakers if any(surname_of(s, word) for word in words)]
        if len(named) == 1:
            return named[0]
    found = _JOINT_TURN_LABEL.match(text)
    if found is None or len(speakers) != 2:
        return ""
    if found["name"]:
        return ""  # « LE PRÉSIDENT X – » with a surname neither speaker has: not the other President
    role = strip_accents(found["role"].lower()).split()[0].rstrip("e") if "MINISTRE" not in found["role"] else "premier ministre"
    flat = " ".join(title.split())
    roles = [strip_accents(flat.split(s, 1)[1].lstrip(" ,").split(",")[0].lower()) if s in flat else "" for s in speakers]
    holding = [s for s, r in zip(speakers, roles) if r.startswith(role)]
    if len(holding) > 1 and role == "president":
        holding = [s for s, r in zip(speakers, roles) if r.strip() in ("president de la republique", "president de la republique francaise")]
    return holding[0] if len(holding) == 1 else ""


def _named_pair(pattern: re.Pattern[str], title: str) -> tuple[str, ...]:
    """The two full names (groups « a » and « b ») of a title that the pattern matches, or ()."""
    found = pattern.match(" ".join(title.split()))
    return (found["a"], found["b"]) if found is not None and is_full_name(found["a"]) and is_full_name(found["b"]) else ()


#: A communiqué's title naming the ministry that issues it (« Communiqué du ministère des relations extérieures ... »).
_MINISTRY_TITLE = re.compile(r"^\s*Communiqués?\s+du\s+minist[èe]re\s+(?:des|du|de la|de l['’]|de)\s*(?P<rest>.+)$", re.IGNORECASE)


@lru_cache(maxsize=64)
def ministry_portfolio(title: str) -> str:
    """The portfolio (``portfolios.tsv``) of the ministry whose communiqué the title is, or "".

    >>> ministry_portfolio("Communiqué du ministère des relations extérieures en date du 14 février 1985 sur la rencontre")
    'Affaires étrangères'
    >>> ministry_portfolio("Déclaration du ministre des affaires étrangères")
    ''
    """
    found = _MINISTRY_TITLE.match(" ".join(title.split()))
    if found is None:
        return ""
    portfolio = longest_portfolio([w.lower() for w in re.findall(r"[\w-]+", found["rest"])])
    return portfolio[0] if portfolio is not None else ""


@lru_cache(maxsize=64)
def joint_countries(title: str) -> tuple[str, ...]:
    """The two countries a joint declaration's title names as its authors, or (): names the text
    must hold as places for its « nous » to be them.

    >>> joint_countries("Déclaration commune des ministères des affaires étrangères de la France et de l'Allemagne concernant l'Ukraine")
    ('France', 'Allemagne')
    >>> joint_countries("Conférence de presse conjointe de la France et de l'Allemagne")
    ()
    """
    found = _JOINT_COUNTRIES.match(" ".join(title.split()))
    return (found["a"], found["b"]) if found is not None else ()


@lru_cache(maxsize=64)
def greeted_interviewee(text: str) -> str:
    """The one interviewed, whom an interview's first question greets by full name (« Q -
    Paul Martin, bonsoir. »), where the text has no title naming its speaker; else "".

    >>> greeted_interviewee("Q - Paul Martin, bonsoir. Vous êtes ministre.\\n\\nR - Bonsoir.")
    'Paul Martin'
    >>> greeted_interviewee("Q - Bonjour Jeanne Morel. Vous avez vu le président ?"), greeted_interviewee("Q - Bonjour à tous.")
    ('Jeanne Morel', '')
    """
    found = _GREETED.match(text)
    name = (found["after"] or found["before"]) if found is not None else ""
    return name if name and is_full_name(name) and _reads_as_name(name) else ""


def speaker_turns(doc: Doc, speaker: str) -> list[tuple[int, bool, str]]:
    """The lines of a transcript, as (first token, whether the speaker says it, the label of
    minutes' turn or ""). A line in capitals that is only a name, or a name after « M. » or
    « Mme » that ends with a colon, labels the turns after it (« JEAN MARTIN », « M. Jean
    Martin : »: his, another name: not; only the second kind, the minutes' own, tells whose
    « je » it is); « Q - » opens a question, « R - » an answer; in a transcript that marks its
    answers so, an unmarked line that ends with « ? » is a question."""
    lines: list[tuple[int, int]] = []
    start = 0
    for k in line_break_tokens(doc):  # found once per doc, not by reading every token
        lines.append((start, k + 1))
        start = k + 1
    if start < len(doc):
        lines.append((start, len(doc)))
    texts = [doc[a:b].text.strip() for a, b in lines]
    answers_marked = any(_marker(text) == "r" for text in texts)
    title_roles = {strip_accents(w.lower().strip(",.;")) for w in (doc._.tpg_title or "").split()} & _unaccented_role_nouns()
    label: Optional[str] = None
    minutes = False  # the label is the minutes' own (« M. X : », « X, président : »), not an interviewer's
    chair = ""
    out: list[tuple[int, bool, str]] = []
    for (a, _b), text in zip(lines, texts):
        marker = _marker(text)
        inline = _inline_label(text, chair)
        if _turn_label(text):
            label = text.strip(" :-–")
            minutes = label.split()[0] in TURN_HONORIFICS
            own = False
        elif inline or (inline := _role_label(text)) or (inline := _dash_label(text)) or (inline := _caps_label(text)):  # « M. Jean Martin, président. - Nous ... », « Jean Martin, président : », « Jean Martin - Mesdames ... », « JEAN MARTIN Mesdames ... »
            label, minutes = inline, True
            own = name_key(label) == name_key(speaker)
        elif found := _CHAIR.match(text):  # « Présidence de M. Jean Martin, président. »
            chair = label = f"{found['honorific']} {found['name']}"
            minutes, own = True, False
        elif _unnamed_chair(text, chair):  # « M. le président. La parole est à ... »: no one named, not the last speaker
            label, minutes, own = None, False, False
        elif marker in QUESTION_MARKERS:
            own = False
        elif marker == "r":
            own = True
        elif (role := _role_marker(text)) is not None:
            own = role in title_roles  # « LE PRÉSIDENT – » where the title gives the speaker that role; « LE JOURNALISTE – »: another
        elif label is not None:
            own = name_key(label) == name_key(speaker)
        else:
            own = not (answers_marked and text.endswith("?"))
        out.append((a, own, label if minutes and label else ""))  # minutes' « M. X : », not an interviewer's « JEAN MARTIN »
    return out


#: A role in capitals after its article that opens a line before a dash or a colon (« LE PRÉSIDENT – »).
_ROLE_MARKER = re.compile(r"\s*(?:LE|LA|L['’])\s*([^\W\d_][^\W\d_' ]*?)\s*[-–:]")


def _role_marker(text: str) -> Optional[str]:
    """The word in capitals after its article that labels a line before a dash or a colon (« LE
    PRÉSIDENT – Quand ... »: "president", in lower case and without accents), or None.

    >>> _role_marker("LE PRESIDENT – Oui."), _role_marker("LE JOURNALISTE : Et vous ?"), _role_marker("Le président - non")
    ('president', 'journaliste', None)
    """
    found = _ROLE_MARKER.match(text)
    return strip_accents(found[1].lower()) if found and found[1].isupper() else None


@lru_cache(maxsize=1)
def _unaccented_role_nouns() -> frozenset[str]:
    """The one-word role nouns of ``role_nouns.tsv``, in lower case and without accents."""
    return frozenset(strip_accents(noun) for noun in role_nouns() if " " not in noun)


def _marker(text: str) -> str:
    """The word that opens a line of a transcript before « - » or « : » (« Q - », « Q. : » -> "q"), or ""."""
    found = re.match(r"\s*(\w+)\.?\s*[-–:]", text)
    return found[1].lower() if found else ""


def _turn_label(text: str) -> bool:
    """A line that is only a name in capitals (« JEAN-NOËL MARTIN », « PAUL MARTIN : »), or a
    name after « M. » or « Mme » closed by a colon (« M. Jean Martin : »). A role in capitals
    after its article is no other voice's label: the letterhead of the one who writes (« LE
    PRÉSIDENT DE LA RÉPUBLIQUE »), the speaker's own turn in a press conference (« LE PRÉSIDENT : »).

    >>> _turn_label("LAURENCE MARTIN"), _turn_label("LE PRÉSIDENT DE LA RÉPUBLIQUE"), _turn_label("L'AMBASSADEUR")
    (True, False, False)
    """
    words = text.strip(" :-–").split()
    if any(map(str.isdigit, text)) or not 1 <= len(words) <= 5 or words[0].lower() in ARTICLES or words[0].lower().startswith(("l'", "l’")):
        return False
    if all(w.isupper() and any(ch.isalpha() for ch in w) for w in words):
        return True
    return text.rstrip().endswith(":") and words[0] in TURN_HONORIFICS and len(words) >= 2 and all(_name_word(w) for w in words[1:])


#: Capital letters, accented ones among them (« À ce titre », « ÉLISABETH »), for the patterns below.
_CAPITALS = "A-ZÀ-ÖØ-Þ"
#: What opens the words said after a label of minutes: a capital, a quotation mark, an ellipsis
#: (« … » or three full stops, where a turn resumes words another's interruption cut).
_WORDS_SAID = f"(?=[{_CAPITALS}«…]|\\.\\.\\.)"


#: A label in capitals run on into the words said, as some copies of transcripts print it
#: (« JEANNE MOREL Donc vous ... »): two to four words in capitals, then a capitalised word.
_CAPS_LABEL = re.compile(f"(?P<name>[{_CAPITALS}][{_CAPITALS}'’-]+(?:\\s+[{_CAPITALS}][{_CAPITALS}'’-]+){{1,3}})\\s+(?=[{_CAPITALS}«][a-zà-öø-ÿ'’])")


#: Verbs whose « de » after their object gives a reason or a charge (``reason_verb``), by lemma.
REASON_VERBS = function_words("reason_verb")


def _reason_after(doc: Doc, start: int, noun_end: int) -> bool:
    """The « de » after a role noun opens the reason or charge of the verb whose object the role
    is (« X accuse le président de déni », « X remercie le Premier ministre de son soutien »): a bare
    noun or a possessive follows it, and such a verb stands right before the role's article, or
    before the objects coordinated with it (« remercie le Président et le Premier ministre de leur
    confiance »)."""
    if noun_end + 1 >= len(doc) or start < 1:
        return False
    after = doc[noun_end + 1]
    if not ((after.pos_ == "NOUN" and after.text.islower()) or after.lower_ in ("son", "sa", "ses", "leur", "leurs")):
        return False
    k = start - 1
    if doc[k].lower_ in ("et", ","):
        k -= 1
        while k > max(0, start - COORDINATED_OBJECT_WORDS) and doc[k].pos_ in ("DET", "NOUN", "PROPN", "ADP", "ADJ", "CCONJ"):
            k -= 1
    verb = doc[k]
    return verb.pos_ == "VERB" and verb.lemma_.lower() in REASON_VERBS


#: How many words the objects coordinated before a role may have (« le Président de la République et »).
COORDINATED_OBJECT_WORDS = 10


def _caps_label(text: str) -> str:
    """The speaker's name a line opens with in capitals before the words said, run on with no
    break (« SONIA MARTIN Donc vous saluez ... »); "" where the line opens otherwise, or with an
    article or a role in capitals (« LE PRÉSIDENT Merci »).

    >>> _caps_label("JEANNE MOREL Donc vous saluez ce matin Paul Martin ?"), _caps_label("LE PRÉSIDENT Merci.")
    ('JEANNE MOREL', '')
    >>> _caps_label("Jeanne MOREL a parlé."), _caps_label("OTAN Le sommet")
    ('', '')
    """
    found = _CAPS_LABEL.match(text)
    if found is None:
        return ""
    name = found["name"]
    return name if _turn_label(name) else ""


#: The honorifics that open the label of a turn in minutes and transcripts (« M. Jean Martin. - », « M. RAU - »).
LABEL_HONORIFICS = ("M.", "Mme", "Mlle")
_HONORIFIC = "|".join(re.escape(h) for h in LABEL_HONORIFICS)


#: The label that opens a line of minutes, its words said on the same line (the Sénat's « M. Jean
#: Martin, président. - Nous ... », « Mme la présidente. - Je ... », the Assemblée's « M. le
#: président Jean Martin. Mes chers collègues ... » and « Mme Jeanne Morel. Je ... »): the name,
#: then, after a comma, the role.
_INLINE_LABEL = re.compile(
    r"(?P<honorific>" + _HONORIFIC + r")\s+(?:(?P<chair>(?:le|la)\s+pr[ée]sidente?)\s*(?P<after>[^\s,.:;!?][^,.:;!?]{1,60}?)?|(?P<name>[^,.:;!?]{2,60}?))"
    r"\s*(?:,[^:;!?]{0,160}?)?\s*\.\s*(?:(?P<dash>[-–])\s|" + _WORDS_SAID + ")"
)
#: The line of minutes that names the chair of the sitting (« Présidence de M. Jean Martin, président »).
_CHAIR = re.compile(r"[-–\s]*Présidence de (?P<honorific>" + _HONORIFIC + r")\s+(?P<name>[^,.:;!?]{2,60}?)\s*(?:[,.]|\s[-–]|$)")


#: A line of minutes that labels the turns after it by a name and a role, without « M. » (« Jean
#: Martin, président : »).
_ROLE_LABEL = re.compile(r"\s*(?P<name>[^,:;.!?]{3,60}?)\s*,\s*(?P<role>[^,:;.!?]{3,60}?)\s*:\s*$")


def _role_label(text: str) -> str:
    """The name of a line of minutes that is only a name and a role closed by a colon (« Jean
    Martin, président : », « Jeanne Morel, rapporteure : »), or "".

    >>> _role_label("Jean Martin, président :")
    'Jean Martin'
    >>> _role_label("Les propositions, en résumé :")
    ''
    """
    found = _ROLE_LABEL.match(text)
    if found is None:
        return ""
    words, role = found["name"].split(), found["role"].split()
    if not (2 <= len(words) <= 4 and _reads_as_name(found["name"])):
        return ""
    return found["name"] if role[0].islower() and (role[0] in role_nouns() or role[0] in occupations() or role[0] in LABEL_ROLES) else ""


#: A line that opens with a name, then a dash and the words said (« Jean Martin - Mesdames et
#: Messieurs, ... »).
_DASH_LABEL = re.compile(r"\s*(?P<name>[^\W\d_][^,:;.!?()\-–]{2,50}?)\s+[-–]\s+\S")


def _dash_label(text: str) -> str:
    """The name of a line of a transcript that opens with a person's full name and a dash (« Jean
    Martin - Mesdames et Messieurs, je ... »), or "": its first word a known first name, so that
    no dateline reads as a name (« Le Caire - Le président ... »).

    >>> _dash_label("Jean Martin - Mesdames et Messieurs, je suis heureux.")
    'Jean Martin'
    >>> _dash_label("Le Caire - Le président a parlé.")
    ''
    >>> _dash_label("M. MARTIN - Mesdames et Messieurs, je suis heureux.")
    'M. MARTIN'
    """
    titled = _TITLED_DASH_LABEL.match(text)
    if titled is not None and all(_name_word(w) for w in titled["name"].split()):
        return f'{titled["honorific"]} {titled["name"]}'  # « M. RAU - Mesdames et Messieurs, ... »
    found = _DASH_LABEL.match(text)
    if found is None or not 2 <= len(found["name"].split()) <= 4 or not _reads_as_name(found["name"]):
        return ""
    return found["name"] if gender_of(found["name"]) else ""


#: A line that opens with an honorific and a name, then a dash and the words said (« M. RAU -
#: Mesdames et Messieurs, ... »): the honorific says it is a person, whatever the name.
_TITLED_DASH_LABEL = re.compile(r"\s*(?P<honorific>" + _HONORIFIC + r")\s+(?P<name>[^\W\d_][^,:;.!?()\-–\s]*(?:\s+[^\W\d_][^,:;.!?()\-–\s]*){0,3})\s+[-–]\s+\S")


def _unnamed_chair(text: str, chair: str) -> bool:
    """The line opens with the chair's label (« M. le président. », « Mme la présidente. ») and the
    minutes named no chair before: a turn of no one the text names."""
    found = _INLINE_LABEL.match(text)
    return not chair and found is not None and bool(found["chair"]) and not (found["name"] or found["after"])


def _inline_label(text: str, chair: str) -> str:
    """The speaker a line of minutes names at its start (:data:`_INLINE_LABEL`), with its
    honorific (« M. Jean Martin »); « M. le président » alone is the chair the minutes named
    before (« Présidence de M. Jean Martin »), "" where none was named. "" for another line.

    >>> _inline_label("M. Jean Martin, président. - Nous accueillons M. Luc Petit.", "")
    'M. Jean Martin'
    >>> _inline_label("Mme la présidente. - Je vous remercie.", "Mme Jeanne Morel")
    'Mme Jeanne Morel'
    >>> _inline_label("M. le président Jean Martin. Mes chers collègues, nous recevons M. Luc Petit.", "")
    'M. Jean Martin'
    >>> _inline_label("Mme Jeanne Morel. Je voudrais rendre hommage à M. Luc Petit.", "")
    'Mme Jeanne Morel'
    >>> _inline_label("M. Martin a reçu M. Luc Petit. - Puis il est parti.", "")
    ''
    >>> _inline_label("M. Jean Martin, ministre des sports, a reçu M. Luc Petit. Le ministre ...", "")
    ''
    """
    found = _INLINE_LABEL.match(text)
    if found is None:
        return _role_first_label(text)
    if any(w in PERFECT_AUXILIARIES for w in text[: found.end()].lower().split()):
        return ""  # « M. X, ministre de ..., a reçu M. Y. Le ministre ... »: a sentence about X, not X's turn
    name = found["name"] or found["after"] or ""
    words = name.split()
    if not found["dash"] and words and len(words[-1]) == 1:
        return ""  # « M. GEORGE W. BUSH - »: an initial's stop, not the label's
    if name and not (1 <= len(words) <= 5 and all(_name_word(w) for w in words) and words[-1][:1].isupper()):
        return ""
    if found["chair"] and not name:
        return chair
    return f"{found['honorific']} {name}"


#: A label of minutes without « M. » or « Mme »: a name, a comma, a role and a stop before the
#: words said (« Jeanne Morel, garde des sceaux. Je ... »).
_ROLE_FIRST_LABEL = re.compile(r"(?P<name>[^,.:;!?]{3,60}?)\s*,\s*(?P<role>[^.:;!?]{3,80}?)\s*\.\s*(?:[-–]\s|" + _WORDS_SAID + ")")
#: Roles that may follow the name in such a label (``minutes_role`` in ``function_words.tsv``).
MINUTES_ROLES = tuple(sorted((strip_accents(r) for r in function_words("minutes_role")), key=len, reverse=True))


def _role_first_label(text: str) -> str:
    """The speaker a line of minutes names at its start without an honorific, by a name and a
    role of ``minutes_role`` (« Jeanne Morel, garde des sceaux. D'abord, je ... »); "" else.

    >>> _role_first_label("Jeanne Morel, garde des sceaux. D'abord, je tiens à saluer M. Luc Petit.")
    'Jeanne Morel'
    >>> _role_first_label("Jeanne Morel, une amie. Elle est venue.")
    ''
    """
    found = _ROLE_FIRST_LABEL.match(text)
    if found is None:
        return ""
    role = strip_accents(found["role"].lower().replace("’", "'"))
    if not (2 <= len(found["name"].split()) <= 5 and _reads_as_name(found["name"])):
        return ""
    return found["name"] if any(role == r or role.startswith(r + " ") for r in MINUTES_ROLES) else ""


#: The honorifics that open the label of a turn in minutes (« M. Jean Martin : »).
TURN_HONORIFICS = frozenset({"M.", "Mme", "Mlle", "MM."})


#: Words of a speaker in the first person (« je », « me », « nous »).
FIRST_PERSON_WORDS = function_words("first_person_word")
#: Words that open an adverbial clause with « que » (« depuis que », « parce que »).
CONJUNCTION_HEADS = function_words("conjunction_head")
#: « un », « une »: a description of the subject's own (« après avoir été un opposant à Y »), no one else.
INDEFINITE_ARTICLES = function_words("indefinite_article")


@lru_cache(maxsize=1)
def _person_nouns() -> frozenset[str]:
    """Nouns that name a person by a role, an occupation or a tie to others (lower case)."""
    return frozenset({*role_nouns(), *occupations(), *person_heads(), *function_words("person_noun")})


@lru_cache(maxsize=None)
def _form_test(words: frozenset[str]) -> WordTest:
    """Whether a form is one of ``words``, in lower case or capitalised: one test per set of
    words, each form tested once (``numpy.isin`` sorted the doc's words at each look-up)."""
    forms = frozenset(form for word in words for form in (word, word.capitalize()))
    return WordTest(lambda form: form in forms)


def _quoted_tokens(doc: Doc, orths: numpy.ndarray) -> list[bool]:
    """Whether each token stands in quoted speech (« », “ ” or straight quotes) within its line:
    more quotes opened than closed before it on its line, or an odd number of straight ones.

    Only quotes and line breaks change that, so only they are read (found at once from the
    words, ``orths``); the tokens between two of them share the answer. (A token's own white
    space is a plain space or none: a line break is a token of its own.)"""
    out = [False] * len(doc)
    depth, straight = 0, False
    since = 0  # the first token that the current answer holds for
    for k in numpy.flatnonzero(_QUOTE_OR_BREAK.mask(orths, doc.vocab.strings)).tolist():
        if depth > 0 or straight:
            out[since : k + 1] = [True] * (k + 1 - since)
        text = doc[k].text
        if "\n" in text:
            depth, straight = 0, False
        elif text in CLOSE_QUOTES:
            depth -= 1
        elif text in OPEN_QUOTES:
            depth += 1
        elif text == '"':
            straight = not straight
        since = k + 1
    if depth > 0 or straight:
        out[since:] = [True] * (len(doc) - since)
    return out


#: The words that open or close a quotation, or break a line (:func:`_quoted_tokens`).
_QUOTE_OR_BREAK = WordTest(lambda word: "\n" in word or word in CLOSE_QUOTES or word in OPEN_QUOTES or word == '"')


#: A line break in a document's text.
_LINE_BREAK = re.compile("\n")


def _heads(phrases: Iterable[str]) -> frozenset[str]:
    """What the first token of a phrase can be, once lower-cased: the whole phrase, or the
    part before a space or an apostrophe, or up to an apostrophe ("l'" of "chef de l'état").

    A token followed by a space begins a phrase only if it is one of these (the tokens of a
    phrase are joined by their spaces, and a space beside an apostrophe is dropped).
    """
    heads = set()
    for phrase in phrases:
        heads.add(phrase)
        for p, ch in enumerate(phrase):
            if ch in " '":
                heads.add(phrase[:p])
            if ch == "'":
                heads.add(phrase[: p + 1])
    return frozenset(heads)


@lru_cache(maxsize=1)
def _role_noun_heads() -> frozenset[str]:
    return _heads(role_nouns())


@lru_cache(maxsize=1)
def _anaphor_heads() -> frozenset[str]:
    return _heads(anaphors())


def _may_start_role_noun(word: str) -> bool:
    """A space, or a word that may be the first token of a role noun (:func:`_match_role_noun`)."""
    text = without_former_prefix(word.lower())
    return text.isspace() or text.replace("’", "'") in _role_noun_heads() or any(ch.isspace() for ch in text)


def _may_start_anaphor(word: str) -> bool:
    """A word (not a space) that begins some anaphor of ``pronouns.tsv``."""
    return not word.isspace() and _norm(word) in _anaphor_prefixes()


def _attribute_after(doc: Doc, i: int) -> bool:
    """« de censure », « de "criminel" » at token i: a bare lower-case word after « de » (past an
    opening quote), the attribute of a verb of judging (« a accusé le juge de censure »), no
    complement of the noun before it (« le juge de la Cour suprême »)."""
    j = i + 1
    while j < len(doc) and doc[j].is_quote:
        j += 1
    return j < len(doc) and doc[j].is_lower and doc[j].is_alpha and doc[j].pos_ != "DET"


def _opening_complement(doc: Doc, start: int, end: int) -> bool:
    """« Face au refus de X, le juge a ordonné »: the name before the comma completes a
    preposition, and the noun after it is the subject of the verb that follows; no apposition."""
    return start > 0 and doc[start - 1].pos_ == "ADP" and end < len(doc) and doc[end].pos_ in ("VERB", "AUX")


def _former_form(token: Token) -> bool:
    """The role noun is written with the prefix of a former role (« l'ex-ministre »)."""
    return token.lower_ != without_former_prefix(token.lower_)


#: How many tokens a role noun may have (« le locataire de la Maison - Blanche », a hyphen split off).
ROLE_NOUN_WORDS = 6


def _match_role_noun(doc: Doc, i: int, nouns: Mapping[str, _T]) -> Optional[tuple[_T, int]]:
    """The role class of the (possibly multi-word) role noun starting at token i, and its end
    (or what another table of nouns gives it: ``occupations.tsv``)."""
    lowers = [doc[k].lower_ for k in range(i, min(i + ROLE_NOUN_WORDS, len(doc)))]  # read once for every length
    lowers[0] = without_former_prefix(lowers[0])  # « l'ex-ministre », one token
    for n in range(ROLE_NOUN_WORDS, 0, -1):
        if i + n > len(doc):
            continue
        words = " ".join(lowers[:n]).replace("’", "'").replace(" '", "'").replace("' ", "'")
        if words in nouns:
            return nouns[words], i + n
    return None


#: The « gender » of a family named by its surname (« la famille Moore », « les frères Moore »): a
#: group, which joins no one person of that surname, in its document or in another.
FAMILY = "family"
def _only_can(doc: Doc, i: int) -> bool:
    """« on ne peut que », « on ne pouvait que »: the « on » at token i opens a stance that
    admits nothing else (« on ne peut que saluer sa victoire »).

    >>> import spacy
    >>> nlp = spacy.blank("fr")
    >>> _only_can(nlp("on ne peut que saluer sa victoire"), 0), _only_can(nlp("on peut saluer sa victoire"), 0)
    (True, False)
    """
    words = [t.lower_.replace("’", "'") for t in doc[i + 1 : i + 4]]
    return len(words) == 3 and words[0] in ("ne", "n'") and words[1].startswith(("peu", "pouv", "pourr")) and words[2] in ("que", "qu'")


#: Verbs that, after « se », give the name of their subject (« il s'appelle X »), by lemma.
NAMED_BY = function_words("named_by_verb")
#: Nouns of a group of people before its surname (« la famille Moore », « les frères Moore »).
COLLECTIVE_NOUNS = function_words("collective")


def _surname_spelled_otherwise(word: str, people: list["_Cluster"]) -> list["_Cluster"]:
    """The persons named in full whose surname the one word spells another way
    (:func:`.names.spells_surname_of`: « Zelenskyy » for « Volodymyr Zelensky »)."""
    return [c for c in people if spells_surname_of(word, c.name)]


def _family_surname(doc: Doc, start: int, end: int) -> bool:
    """A one-word name right after a noun of family (« la famille Moore », « les frères Moore »)
    or after « les » (« les Moore »)."""
    return end - start == 1 and start > 0 and (doc[start - 1].lower_ in COLLECTIVE_NOUNS or doc[start - 1].lower_ == "les")


def _role_start(doc: Doc, i: int) -> Optional[int]:
    """The start of a definite role description ending in the role noun at i, or None."""
    j = i - 1
    while j >= 0 and i - j <= 3 and doc[j].lower_ in ROLE_MODIFIERS:
        j -= 1
    if j >= 0 and doc[j].lower_ in DETERMINERS:
        return j
    return None


@Language.factory(
    "techpolgraph_resolver",
    default_config={"gazetteer": "organisations.tsv"},
    requires=["doc.ents"],
    assigns=["doc._.tpg_mentions", "doc._.tpg_entities"],
)
def make_document_resolver(nlp: Language, name: str, gazetteer: str) -> DocumentResolver:
    """Group a document's mentions into entities (set ``doc._.tpg_date`` for dated roles)."""
    return DocumentResolver(nlp, name, gazetteer)


def local_entities(doc: Doc) -> list[LocalEntity]:
    """The document-local entities the resolver found, as records."""
    return [
        LocalEntity(id=cid, name=e["name"], kind=EntityKind(e["kind"]), roles=tuple(e["roles"]), gender=e.get("gender", ""))
        for cid, e in (doc._.tpg_entities or {}).items()
    ]


def mentions(doc: Doc) -> list[Mention]:
    """Every mention the resolver saw, resolved (``cluster`` set) or not (``cluster`` empty)."""
    kinds = {cid: EntityKind(e["kind"]) for cid, e in (doc._.tpg_entities or {}).items()}
    found = doc._.tpg_mentions or []
    # the sentences are listed once: ``span.sent`` would look for the sentence of each mention
    sents = list(doc.sents) if found else []
    sent_starts = [sent.start for sent in sents]
    contexts: dict[int, str] = {}
    # an unresolved mention's kind: the label of the entity that starts at its first token, read
    # from the token arrays as ``doc.ents`` tells it (that would make a span of each entity)
    iob_type = doc.to_array([ENT_IOB, ENT_TYPE]).reshape(-1, 2)
    ent_starts = numpy.flatnonzero((iob_type[:, 0] == 3) & (iob_type[:, 1] != 0))
    labels = {i: doc.vocab.strings[t] for i, t in zip(ent_starts.tolist(), iob_type[ent_starts, 1].tolist())}
    doc_id = doc._.tpg_doc_id
    text = doc_text(doc)
    fields = field_names(Mention)  # one set for all
    out = []
    for start, end, cluster, reason in mention_refs(doc):
        if end > start:  # the span's offsets, from its first and last tokens (no span made)
            start_char, end_char = doc[start].idx, doc[end - 1].idx + len(doc[end - 1])
        else:
            start_char, end_char = doc[start:end].start_char, doc[start:end].end_char
        kind = kinds.get(cluster) or KIND_BY_LABEL.get(labels.get(start, ""), EntityKind.PERSON)
        n = bisect_right(sent_starts, start) - 1  # the sentence of the mention's first token, as span.sent
        context = contexts.get(n)
        if context is None:
            context = contexts[n] = text[sents[n].start_char : sents[n].end_char].strip()
        out.append(
            construct(  # every value below already has its field's type: no validation
                Mention,
                fields,
                dict(
                    doc=doc_id,
                    start=start_char,
                    end=end_char,
                    text=text[start_char:end_char],
                    kind=kind,
                    cluster=cluster,
                    reason=reason,
                    context=context,
                ),
            )
        )
    return out
