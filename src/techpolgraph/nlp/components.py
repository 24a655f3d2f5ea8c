"""spaCy components for French news: line breaks as sentence ends, and entity kinds fixed.

``techpolgraph_lines`` goes first: a line break ends a sentence, so that a heading, a credit
or a badge never joins the next sentence (nor its entities). ``techpolgraph_entities`` goes
after ``ner``: it trims entities at line breaks, drops noise (file names, imperative verbs,
common words such as "État" or "Américains": ``non_names.txt`` and the nationalities), marks
well-known people as persons wherever they are written (``people.tsv``: "Macron", "Musk"),
applies a gazetteer of known organisations, events and places (``organisations.tsv``), marks
names after a title ("M.", "Mme") as people, reads "à Newton, dans l'Ohio" as a place, and
gives names that the model labelled MISC, or labelled inconsistently within a document, the
kind of their other mentions. It adds names the model missed: after a noun that introduces
them (``name_heads.tsv``), capitalised words written twice after an article ("la Troll
Army"), a name with a web domain ending ("Leave.EU"), and the name an encyclopedia article or
a profile is titled by ("doc._.tpg_title": "BitChute", "Thaïs d'Escufon"). ``techpolgraph_events`` (:mod:`.events`) then adds events.

All are registered the spaCy way and can be added to any French pipeline, with the shipped
lists or paths of the user's own (an empty string turns a list off)::

    nlp = spacy.load("fr_core_news_md")
    nlp.add_pipe("techpolgraph_lines", first=True)
    nlp.add_pipe("techpolgraph_entities", after="ner", config={"people": "./my_people.tsv"})
    nlp.add_pipe("techpolgraph_events", after="techpolgraph_entities")
"""

from __future__ import annotations

import re
from collections import Counter
from collections.abc import Callable, Iterable
from functools import lru_cache
from pathlib import Path
from typing import Optional, Union

import numpy
import srsly
from spacy.attrs import IS_ALPHA, IS_UPPER, LEMMA, LENGTH, ORTH, POS, SENT_START
from spacy.language import Language
from spacy.matcher import PhraseMatcher
from spacy.tokens import Doc, Span, Token
from spacy.vocab import Vocab
from spacy.util import filter_spans

from ..data import function_words, read_lines, read_table
from ..models import EntityKind
from .events import date_words
from .text import GLOSS_MARKS, people_of_a_place, portfolio_end, span_text, strip_accents, tokens_text
from .words import WordTest

#: Entity labels written by techpolgraph_entities and the node kind each one gives.
KIND_BY_LABEL: dict[str, EntityKind] = {
    "PER": EntityKind.PERSON,
    "ORG": EntityKind.ORGANISATION,
    "LOC": EntityKind.LOCATION,
    "EVENT": EntityKind.EVENT,
}
LABEL_BY_KIND = {kind: label for label, kind in KIND_BY_LABEL.items()}
FUSED_PLURAL = function_words("contracted_plural")


_LINE_BREAK = WordTest(lambda word: "\n" in word)


_HYPHEN = WordTest(lambda word: word == "-")


def _join_hyphens(doc: Doc, orths: numpy.ndarray) -> None:
    """Mark a hyphen glued to the words on both sides, and the word after it, as no sentence
    start: the parser would otherwise end a sentence at « Martin-Parti »."""
    glued = numpy.flatnonzero(_HYPHEN.mask(orths, doc.vocab.strings)[1:-1]) + 1
    glued = [i for i in glued.tolist() if not doc[i - 1].whitespace_ and not doc[i].whitespace_]
    if glued:
        starts = doc.to_array(SENT_START)
        not_start = numpy.array(-1, dtype="int64").astype(starts.dtype)  # the array's form of -1
        starts[glued] = not_start
        starts[[i + 1 for i in glued]] = not_start
        doc.from_array([SENT_START], starts)


@Language.component(
    "techpolgraph_lines",
    assigns=["token.is_sent_start"],
)
def mark_line_breaks(doc: Doc) -> Doc:
    """Start a sentence after every line break, and none at a hyphen the tokenizer split off
    between two words (« l'alliance Paul Martin-Parti radical »), before the parser decides the
    rest."""
    if len(doc) < 2:
        return doc
    orths = doc.to_array(ORTH)
    _join_hyphens(doc, orths)
    # a token's trailing whitespace is one space at most, so line breaks are in the words;
    # each distinct word is looked at once
    # (the whole column is tested: the later components number the same one, see words.py)
    after = numpy.flatnonzero(_LINE_BREAK.mask(orths, doc.vocab.strings)[:-1]) + 1
    if len(after):
        # the first through the token API (which refuses a parsed doc), the others at once:
        # each setting through the API would look over the whole doc again
        doc[int(after[0])].is_sent_start = True
        starts = doc.to_array(SENT_START)
        starts[after] = 1
        doc.from_array([SENT_START], starts)
    return doc


class Gazetteer:
    """Known names (``organisations.tsv``, and the acronyms of ``acronyms.tsv``): surface form
    -> (canonical name, kind). An acronym's canonical name is its full name."""

    def __init__(self, path: str = "organisations.tsv", acronyms: str = "acronyms.tsv", nationalities: str = "nationalities.tsv") -> None:
        self.entries: dict[str, tuple[str, EntityKind]] = {}
        for row in read_table(path):
            name, kind = row[0], EntityKind(row[1])
            others = row[2].split("|") if len(row) > 2 and row[2] else []
            for form in (name, *others):
                self.entries.setdefault(form.strip(), (name, kind))
        self._add_authorities(nationalities)
        self._add_capitals()
        for row in read_table(acronyms) if acronyms else ():
            acronym, name, kind = row[0], row[1], EntityKind(row[2])
            others = row[3].split("|") if len(row) > 3 and row[3] else []
            for form in (name, acronym, *others):
                self.entries.setdefault(form.strip(), (name, kind))
        self._add_fused_articles()

    def _add_capitals(self) -> None:
        """« META », « TIKTOK »: a known organisation of one word written in capitals, as texts
        write a brand for emphasis (four letters or more: not « X », nor an acronym's letters)."""
        for form, (name, kind) in list(self.entries.items()):
            if kind is EntityKind.ORGANISATION and " " not in form and len(form) >= 4 and form.isalpha() and not form.isupper():
                self.entries.setdefault(form.upper(), (name, kind))

    def _add_fused_articles(self) -> None:
        """« Les Républicains » written after « de » or « à »: « le bureau politique des
        Républicains », « aux Écologistes ». The fused word is matched with the name and left out
        of the entity (``EntityRecogniser._apply_gazetteer``). Only the plural « Les »: « du
        Monde » is as often « la Coupe du Monde » as the paper."""
        self.without_article: dict[str, tuple[str, EntityKind]] = {}
        for form, known in list(self.entries.items()):
            if form.startswith("Les ") and len(form) > 4:
                self.without_article.setdefault(form[4:], known)
                for fused in sorted(FUSED_PLURAL):
                    self.entries.setdefault(f"{fused} {form[4:]}", known)

    def _add_authorities(self, nationalities: str) -> None:
        """« les autorités turques », « l'État turc » are the Turkish state: the country, as a known
        place (a ban « en Turquie » has it as its source too). The table's adjectives are singular; their
        plural in « -s » follows « autorités » (``nationalities.tsv``)."""
        for row in read_table(nationalities) if nationalities else ():
            adjective, known = row[0].lower(), self.entries.get(row[1])
            if known is not None and known[1] is EntityKind.LOCATION:
                plural = adjective if adjective.endswith(("s", "x")) else adjective + "s"
                for noun in ("autorités", "Autorités"):
                    self.entries.setdefault(f"{noun} {plural}", known)
                for noun in ("État", "Etat"):  # « l'État français »: the state itself
                    self.entries.setdefault(f"{noun} {adjective}", known)

    def canonical(self, text: str) -> Optional[tuple[str, EntityKind]]:
        """The canonical name and kind of a known name, or None.

        >>> Gazetteer().canonical("Maison Blanche")
        ('Maison-Blanche', <EntityKind.ORGANISATION: 'organisation'>)
        >>> Gazetteer().canonical("Cnil")[0]
        "Commission nationale de l'informatique et des libertés"
        >>> Gazetteer().canonical("Républicains")[0]  # « des Républicains »
        'Les Républicains'
        """
        text = " ".join(text.split())
        return self.entries.get(text) or self.without_article.get(text)

    def matcher(self, nlp: Language) -> PhraseMatcher:
        matcher = PhraseMatcher(nlp.vocab, attr="ORTH")
        for form, (name, _kind) in sorted(self.entries.items()):
            matcher.add(name, [nlp.make_doc(form)])
        return matcher


class PeopleList:
    """Well-known people (``people.tsv``): surface form -> canonical name."""

    def __init__(self, path: str = "people.tsv") -> None:
        self.entries: dict[str, str] = {}
        for row in read_table(path):
            others = row[1].split("|") if len(row) > 1 and row[1] else []
            for form in (row[0], *others):
                self.entries.setdefault(form.strip(), row[0])

    def matcher(self, nlp: Language) -> PhraseMatcher:
        matcher = PhraseMatcher(nlp.vocab, attr="ORTH")
        for form, name in sorted(self.entries.items()):
            matcher.add(name, [nlp.make_doc(form)])
        return matcher


class EntityRecogniser:
    """Entities of the kinds techpolgraph knows (PER, ORG, LOC, EVENT), on top of ``ner``."""

    def __init__(
        self,
        nlp: Language,
        name: str,
        gazetteer: str,
        titles: str,
        people: str = "people.tsv",
        non_names: str = "non_names.txt",
        nationalities: str = "nationalities.tsv",
        name_heads: str = "name_heads.tsv",
        first_names: str = "first_names.tsv",
    ) -> None:
        self.name = name
        self.gazetteer = Gazetteer(gazetteer)
        self.matcher = self.gazetteer.matcher(nlp)
        self.people_matcher = PeopleList(people).matcher(nlp) if people else None
        self.titles = frozenset(read_lines(titles))
        self.title_word = _title_test(self.titles)
        self.honorifics = _honorifics(self.titles)
        self.non_names = frozenset(read_lines(non_names)) if non_names else frozenset()
        self.demonyms = frozenset(row[0].lower() for row in read_table(nationalities)) if nationalities else frozenset()
        self.heads = NameHeads(name_heads) if name_heads else None
        self.company_suffixes = frozenset(read_lines("company_suffixes.txt"))
        self.of_organisation = frozenset(row[0] for row in read_table("role_nouns.tsv") if row[1] in ("boss", "founder", "owner"))
        self.role_words = frozenset(row[0] for row in read_table("role_nouns.tsv"))
        roles = self.role_words
        # a capitalised role noun (« Président »), which a surname in capitals may follow
        self.capital_role = WordTest(lambda form: form[:1].isupper() and form.lower() in roles)
        self.cue_verbs = cue_verbs()
        # the one-word nouns of the lexicon, which an infinitive after an article may be (« pour le dîner »)
        self.cue_nouns = frozenset(row[0] for row in read_table("relation_cues.tsv") if len(row) > 1 and row[1] == "NOUN" and " " not in row[0])
        # the verb locutions of the lexicon, by their verb (« porter » -> « plainte »)
        self.cue_locutions = frozenset(tuple(row[0].split()) for row in read_table("relation_cues.tsv") if len(row) > 1 and row[1] == "VERB" and len(row[0].split()) > 1)
        self.first_name_set = frozenset(row[0] for row in read_table(first_names)) if first_names else frozenset()
        names = self.first_name_set
        self.first_names = WordTest(lambda word: word in names) if names else None
        self.people_forms = frozenset(PeopleList(people).entries) if people else frozenset()
        # verbs a speaker performs by saying them, the lexicon's and the first of its locutions (« rendre hommage »)
        self.exhorting_verbs = self.cue_verbs | {words[0] for words in self.cue_locutions} | function_words("performative")
        # verbs said of the one spoken to (« vous bafouez »), the lexicon's and those that fault their subject
        self.addressed_verbs = self.cue_verbs | {word.removeprefix("se ") for word in function_words("faulting_verb")}
        # verbs whose object pronoun the tagger may read as an article (« X le critique »), the lexicon's and those of judging
        self.judging_verbs = self.cue_verbs | function_words("calling_verb") | function_words("bare_calling_verb")
        # verbs whose simple past the tagger may read as part of the name before it (« X dénonça Y »), the lexicon's and those of obtaining or undergoing
        self.simple_past_verbs = self.cue_verbs | function_words("obtaining_verb") | function_words("suffering_verb")

    def __call__(self, doc: Doc) -> Doc:
        orths = doc.to_array(ORTH)  # the words, read once for the tagger's repairs and the name finders below
        _tag_exhortations(doc, self.exhorting_verbs)
        _tag_joined_presents(doc, self.cue_verbs, orths)
        auxiliaries = numpy.flatnonzero(_PERFECT_AUXILIARY.mask(orths, doc.vocab.strings)).tolist()  # found once for the two readers of « avoir »
        _tag_auxiliaries_after_pronouns(doc, auxiliaries)
        _tag_perfect_participles(doc, self.cue_verbs, auxiliaries)
        _tag_infinitives_after_modals(doc, self.cue_verbs, orths, self.cue_nouns)
        _tag_opening_participles(doc, self.cue_verbs, orths)
        _tag_presents_before_titles(doc, self.cue_verbs, orths)
        _tag_presents_after_vous(doc, self.addressed_verbs, orths)
        _tag_presents_after_object_clitics(doc, self.judging_verbs, orths)
        _tag_presents_after_subject_pronouns(doc, self.judging_verbs | self.addressed_verbs, orths)
        spans = [piece for s in (self._trim(_titled_person(e, self.role_words)) for e in doc.ents) if s is not None for cut in _split_at_present(s, self.cue_verbs) for part in _split_at_inner_title(cut) for piece in self._place_then_name(part)]
        spans = [s for s in spans if not self._is_common_word(s)]
        _tag_presents_between_names(spans, self.cue_verbs)
        _tag_simple_pasts_after_names(spans, self.simple_past_verbs)
        spans = [_across_parser_cut(doc, s) for s in spans]
        spans = _join_elided_names(doc, spans, orths, self._is_first_name)
        spans = self._apply_people(doc, spans)
        spans = self._apply_gazetteer(doc, spans)
        spans = _join_national_branches(doc, spans)
        spans = _join_english_of(doc, spans, orths)  # over a known place too (« Voice of Europe »)
        spans = _join_slashed_organisations(doc, spans)
        spans = self._complete_lists(doc, spans, orths)
        spans = self._with_nationality(doc, spans)
        spans = self._fix_people(doc, spans)
        spans = self._add_titled(doc, spans, orths)
        spans = self._split_person_of_organisation(spans)
        spans = _split_person_after_name(spans)
        spans = [self._surname_in_capitals(doc, self._with_surname_in_capitals(doc, s, spans)) for s in spans]
        if self.heads is not None:
            spans = self._add_missed(doc, spans)
        if self.first_names is not None:
            spans = self._add_first_named(doc, spans)
        spans = _add_headed_organisations(doc, spans, orths)
        spans = self._add_repeated_names(doc, spans, orths)
        spans = self._organisations_of_roles(doc, spans)
        spans = self._join_domain_names(doc, spans)
        spans = _join_particle_surnames(doc, spans)
        spans = _join_after_title(doc, spans, self.titles)
        spans = self._add_cue_arguments(doc, spans, orths)
        spans = _add_dissolved(doc, spans)
        spans = self._add_account_owners(doc, spans, orths)
        spans = self._add_title_name(doc, spans)
        spans = self._without_roles_before_names(spans)
        taken = frozenset(i for s in spans for i in range(s.start, s.end))
        spans = [_with_hyphenated_first_name(self._fix_place(doc, s), taken) for s in spans if not _person_unknown(doc, s)]
        named = frozenset(s.start for s in spans if s.label_ == "PER")
        spans = [s for s in spans if not _idea_of_a_place(doc, s) and not _people_of_a_place(doc, s, named)]
        doc.ents = filter_spans([s for s in spans if not self._apposed_to_a_pronoun(doc, s)])
        return doc

    def _without_roles_before_names(self, spans: list[Span]) -> list[Span]:
        """« l'Ambassadrice Jeanne Morel », « l'Ambassadeur Paul Martin », « le Commandant de la
        force », « le Prince héritier »: a capitalised role noun (``role_nouns.tsv``, or the first word
        of one) read as an entity of one word, right before a person, its own complement or the
        rest of its words, or right after its article (« le Chancelier à Reinsberg »), is a title or a
        description, no entity of its own."""
        people = {s.start for s in spans if s.label_ == "PER"}

        def titled(span: Span) -> bool:
            after = span.doc[span.end] if span.end < len(span.doc) else None
            if after is not None and after.is_lower and f"{span[-1].lower_} {after.lower_}" in self.role_words:
                return True  # « le Prince héritier »: the first word of a role noun of two words, no name
            if span[-1].lower_ not in self.role_words:
                return False
            before = span.doc[span.start - 1].lower_.replace("’", "'") if len(span) == 1 and span.start > 0 else ""
            calling = span.doc[span.start - 2] if span.start > 1 else None
            called = calling is not None and (calling.lower_ in VOCATIVES or calling.text in self.titles)  # « Monsieur le Président », « M. le Président »: one called, kept
            # « rencontrer le Chancelier à Reinsberg »: a capitalised role after its article stands for its holder
            return span.end in people or (after is not None and after.lower_ in (*_OF, "des")) or (before in _ARTICLES and not called)

        def word(span: Span) -> Optional[Token]:
            """The span's one word, past an article (« Le Prince héritier », read « Le Prince »)."""
            words = span[1:] if len(span) == 2 and span[0].lower_.replace("’", "'") in _ARTICLES else span
            return words[0] if len(words) == 1 and words[0].text[:1].isupper() else None

        def state_form(span: Span) -> bool:
            """« du Royaume d'Arabie saoudite »: the noun of a form of state before the state's name."""
            return span.end < len(span.doc) and span.doc[span.end].lower_ in _OF and word(span).lower_ in STATE_FORMS

        return [s for s in spans if word(s) is None or not (titled(s) or state_form(s))]

    def _apposed_to_a_pronoun(self, doc: Doc, span: Span) -> bool:
        """« Europhobe, il devient ... »: one capitalised word the model took for a name, opening
        its sentence before a comma and a subject pronoun, with the ending of an adjective or a
        noun for a person (``descriptor_ending``), describes that subject; not « Paris, il ... »."""
        end = span.end
        return (
            len(span) == 1
            and span[0].is_sent_start
            and end + 1 < len(doc)
            and doc[end].text == ","
            and doc[end + 1].lower_ in SUBJECT_PRONOUNS
            and span.text.lower().endswith(DESCRIPTOR_ENDINGS)
            and not self.gazetteer.canonical(span.text)
            and not self._is_first_name(span.text)  # « Laurent, il ... »
        )

    def _complete_lists(self, doc: Doc, spans: list[Span], orths: numpy.ndarray) -> list[Span]:
        """« Voice of Europe, RIA Novosti et Izvestia »: a capitalised name the model missed, or saw
        with no kind, in a list of organisations (after « , », « et » or « ou », with an
        organisation on each side or two before it) is an organisation too."""
        links = numpy.flatnonzero(_LIST_LINK.mask(orths, doc.vocab.strings)).tolist()
        at = {i: s for s in spans for i in range(s.start, s.end)} if links else {}
        added, kindless = [], []
        for token in (doc[j + 1] for j in links if 1 <= j < len(doc) - 1):
            i = token.i
            if not _capitalised_word(token) or token.text in self.non_names:
                continue
            seen = at.get(i)
            if seen is not None and not (seen.start == i and (seen.label_ == "MISC" or self._lone_word_read_as_person(seen))):
                continue
            end = seen.end if seen is not None else self._name_end(doc, i)
            if end == i or (seen is None and any(k in at for k in range(i, end))):
                continue
            before = at.get(i - 2)
            if before is None or before.label_ != "ORG" or before.end != i - 1:
                continue
            after = at.get(end + 1) if end + 1 < len(doc) and doc[end].lower_ in (",", "et", "ou") else None
            earlier = at.get(before.start - 2) if before.start >= 2 and doc[before.start - 1].text == "," else None
            if (after is not None and after.label_ == "ORG" and after.start == end + 1) or (earlier is not None and earlier.label_ == "ORG" and earlier.end == before.start - 1):
                added.append(Span(doc, i, end, label="ORG"))
                if seen is not None:
                    kindless.append(seen)
        for opener in self._list_openers(doc, at, links):
            seen = at.get(opener.start)
            added.append(opener)
            if seen is not None:
                kindless.append(seen)
        if not added:
            return spans
        return [s for s in spans if not any(s is k for k in kindless)] + added

    def _list_openers(self, doc: Doc, at: dict[int, Span], links: list[int]) -> list[Span]:
        """« que MAN, Volvo/Renault, Daimler et DAF ont enfreint »: one capitalised word the model
        missed, or saw with no kind, that opens a list whose next two members are organisations
        (« , » then « , », « et » or « ou ») is an organisation too; ``links`` are the list's
        joining words that :meth:`_complete_lists` found."""
        found: list[Span] = []
        for j in (link - 1 for link in links if 2 <= link < len(doc) and doc[link].text == ","):
            token = doc[j]
            if not _capitalised_word(token) or token.text in self.non_names or doc[j - 1].text[:1].isupper():
                continue
            seen = at.get(j)
            if seen is not None and not (seen.start == j and seen.end == j + 1 and seen.label_ == "MISC"):
                continue
            second = at.get(j + 2)
            if second is None or second.label_ != "ORG" or second.start != j + 2 or second.end >= len(doc) - 1:
                continue
            third = at.get(second.end + 1) if doc[second.end].lower_ in (",", "et", "ou") else None
            if third is not None and third.label_ == "ORG" and third.start == second.end + 1:
                found.append(Span(doc, j, j + 1, label="ORG"))
        return found

    def _place_then_name(self, span: Span) -> tuple[Span, ...]:
        """« a rencontré à Washington Paul Martin »: a span that opens with a capital after « à »
        is the place, then the name, where the model read the words as one person (or as one
        place, before a known first name)."""
        doc, start = span.doc, span.start
        if len(span) < 3 or start == 0 or doc[start - 1].lower_ not in PLACE_PREPOSITIONS or span[0].text not in _capitals():
            return (span,)
        if span.label_ == "PER" or (span.label_ == "LOC" and self._is_first_name(span[1].text)):
            return Span(doc, start, start + 1, label="LOC"), Span(doc, start + 1, span.end, label="PER")
        return (span,)

    def _lone_word_read_as_person(self, span: Span) -> bool:
        """One word the model read as a person that no list of people knows, and no first name."""
        return span.label_ == "PER" and len(span) == 1 and span.text not in self.people_forms and not self._is_first_name(span.text)

    def _surname_in_capitals(self, doc: Doc, span: Span) -> Span:
        """« le chancelier SCHMIDT », « M. GENSCHER »: a word in capitals that the model read as an
        organisation's acronym, right after a role noun or a title, is a surname (the transcripts of
        official speeches write surnames so); a known name keeps its kind."""
        if span.label_ != "ORG" or len(span) != 1 or not span.text.isupper() or len(span.text) < 3 or span.start == 0:
            return span
        before = doc[span.start - 1]
        if before.lower_ not in self.role_words and before.lower_ not in self.titles:
            return span
        if self.gazetteer.canonical(span.text):
            return span
        return Span(doc, span.start, span.end, label="PER")

    def _with_surname_in_capitals(self, doc: Doc, span: Span, spans: list[Span]) -> Span:
        """« M. Manmohan SINGH », read as « M. Manmohan »: a person's name that ends on a word in
        ordinary case, right before a word of three letters or more in capitals on the same line
        that no entity holds and that is no known name (« RN », « ONU »), is that person's name
        with its surname."""
        j = span.end
        if span.label_ != "PER" or j >= len(doc) or not span[-1].is_title or span[-1].whitespace_ != " ":
            return span
        word = doc[j]
        if not (word.is_alpha and word.text.isupper() and len(word.text) >= 3) or any(s.start <= j < s.end for s in spans) or self.gazetteer.canonical(word.text):
            return span
        return Span(doc, span.start, j + 1, label="PER")

    def _is_common_word(self, span: Span) -> bool:
        """A word that is not a name: "État", "Dîner" at the head of a title, "Américains", a title
        alone ("Son Excellence"), a role and its place ("Sénateur du Puy-de-Dôme"). Read in the
        tokens' case: a line written in capitals is read in ordinary case (:mod:`.casing`)."""
        text = span.text
        if text in self.non_names or text in self.titles or (text[:1].isupper() and text.lower() in CAPITAL_TITLES):
            return True  # « Son Excellence », « Roi », which the model may take for a name of its own
        if span.label_ == "PER" and len(text) == 1:
            return True  # « de M Jacques X »: a title without its period, no person's name
        lower = text.lower()
        words = [t for t in span if t.lower_ not in self.titles and t.pos_ != "DET" and t.lower_ not in ("l'", "l’")]
        if any(t.lower_ in self.titles for t in span) and words and " ".join(t.lower_ for t in words) in self.role_words:
            return True  # « Monsieur le Président », « Madame la Ministre »: a title and a role, no name
        if len(span) >= 3 and span[0].text in self.titles and span[1].pos_ == "DET" and span[2].lower_ in self.role_words:
            return True  # « M. le Président du Sénat »: a title, then a role and its complement
        if len(span) >= 3 and span[0].lower_ in ROLE_OPENINGS and span[1].lower_ in _OF:
            return True  # « Député du Morbihan de 1997 à 2002, il ... »: a role and its place
        if span.label_ != "PER" and any(len(span) > n + 1 and span[0].text[:1].isupper() and " ".join(t.lower_ for t in span[:n]) in self.role_words and span[n].lower_ in _OF for n in (2, 3)):
            return True  # « le Secrétaire général des Nations unies » read as a place: a role and its body
        if any(len(span) >= n and " ".join(t.lower_ for t in span[:n]) in self.role_words and not any(t.text[:1].isupper() for t in span[n:] if t.is_alpha and t.lower_ not in _OF) for n in (2, 3)):
            return True  # « le Secrétaire général », « Secrétaire général pour la déclaration »: a role, no name
        if self._role_then_adjective(span):
            return True  # « La Première ministre danoise d'extrême droite X »: a role described
        if self._honorific_and_roles(span):
            return True  # « Leurs Majestés le Roi et la Reine »: honorifics and roles, no name
        if len(span) == 1 and span[0].pos_ == "ADJ" and span.end < len(span.doc) and span.doc[span.end].is_lower and span.doc[span.end].pos_ == "NOUN" and text not in self.first_name_set:
            return True  # « Bonne rencontre avec X », a message's opening: an adjective before its noun
        return len(span) == 1 and (lower in self.demonyms or lower.rstrip("s") in self.demonyms)

    def _honorific_and_roles(self, span: Span) -> bool:
        """A span that opens on an honorific's noun (``honorific_noun``), singular or plural, and
        holds nothing but such nouns, articles and role nouns (« Majestés le Roi »)."""
        words = [t.lower_ for t in span]
        return _honorific_noun(words[0]) and all(_honorific_noun(w) or w in _ARTICLES or w in CAPITAL_TITLES or w in self.role_words for w in words)

    def _role_then_adjective(self, span: Span) -> bool:
        """A span the model read as an organisation that opens with a capitalised role noun and
        goes on with a lower-case adjective (« Première ministre italienne », « Président
        américain élu »), or as a person made of those two words alone (« en tant que Président
        fédéral »): a role and its description, no name."""
        if (span.label_ == "PER" and len(span) != 2) or not span[0].text[:1].isupper():
            return False
        for n in (3, 2, 1):
            if len(span) > n and " ".join(t.lower_ for t in span[:n]) in self.role_words:
                return span[n].is_lower and span[n].pos_ == "ADJ"
        return False

    def _apply_people(self, doc: Doc, spans: list[Span]) -> list[Span]:
        """Known people's names are persons, whatever label the model gave them.

        A longer model entity around the name that is not a person ("Trump Tower") keeps its
        reading: the list knows people, not everything named after them.
        """
        if self.people_matcher is None:
            return spans
        found = []
        for _match_id, start, end in [*self.people_matcher(doc), *self._capitals_matches(doc)]:
            before = doc[start - 1] if start > 0 else None
            if before is not None and before.is_title and (not before.is_sent_start or before.pos_ == "PROPN") and before.text not in self.titles and not self._role_ends_at(doc, start):
                continue  # "Lara Trump", "Kimbal Musk" at the head of a sentence: part of another name; not « le Président Emmanuel Macron », « le secrétaire d'État X »
            if end < len(doc) and doc[end].is_title and doc[end].pos_ == "PROPN":
                continue
            around = [s for s in spans if s.start <= start and end <= s.end and (s.end - s.start) > (end - start)]
            if any(s.label_ not in ("PER", "MISC") for s in around):
                continue
            if any(s.label_ == "PER" and s.start < start and all(t.is_title and t.text not in self.titles for t in doc[s.start : start]) for s in around):
                continue  # « Kimbal Musk », which the model read whole: another person of that surname
            found.append(Span(doc, start, end, label="PER"))
        found = filter_spans(found)
        taken = {i for span in found for i in range(span.start, span.end)}
        kept = [s for s in spans if not taken.intersection(range(s.start, s.end))]
        return found + kept

    def _capitals_matches(self, doc: Doc) -> list[tuple[int, int, int]]:
        """Matches of the people list on names whose surname is written in capitals, as minutes
        and communiqués write them (« Benyamin NETANYAHOU »): each run of capitalised words that
        holds a word in capitals is read again with that word in title case."""
        assert self.people_matcher is not None
        flags = doc.to_array([IS_UPPER, IS_ALPHA, LENGTH])
        capitals = numpy.flatnonzero((flags[:, 0] == 1) & (flags[:, 1] == 1) & (flags[:, 2] >= 3)).tolist()
        out: list[tuple[int, int, int]] = []
        done = -1
        for k in capitals:  # few documents hold any: the run around each word in capitals
            if k < done:
                continue
            i, j = k, k + 1
            while i > 0 and doc[i - 1].is_alpha and (doc[i - 1].is_title or doc[i - 1].is_upper):
                i -= 1
            while j < len(doc) and doc[j].is_alpha and (doc[j].is_title or doc[j].is_upper):
                j += 1
            done = j
            if j - i >= 2:
                words = [t.text.title() if t.is_upper and len(t) >= 3 else t.text for t in doc[i:j]]
                out.extend((key, i + start, i + end) for key, start, end in self.people_matcher(Doc(doc.vocab, words=words)))
        return out

    def _role_ends_at(self, doc: Doc, i: int) -> bool:
        """A role noun of one to four words ends right before token i (« Président », « secrétaire d'État »)."""
        return any(i - n >= 0 and tokens_text(doc, i - n, i).lower().replace("’", "'") in self.role_words for n in range(1, 5))

    def _fix_place(self, doc: Doc, span: Span) -> Span:
        """ "à Newton, dans l'Ohio": a name between "à" and a place that locates it is a place;
        not a first name and a surname (« le soutien de X à Valérie Pécresse en Île-de-France »)."""
        if span.label_ != "PER" or span.start == 0 or doc[span.start - 1].lower_ not in ("à", "a"):
            return span
        if len(span) >= 2 and self._is_first_name(span[0].text):
            return span
        j = span.end
        if j < len(doc) and doc[j].text == ",":
            j += 1
        if j < len(doc) and doc[j].lower_ in ("dans", "en", "au"):
            k = j + 1
            while k < len(doc) and (doc[k].pos_ == "DET" or doc[k].lower_ in ("l'", "l’")):
                k += 1
            if k < len(doc) and doc[k].ent_type_ == "LOC":
                return Span(doc, span.start, span.end, label="LOC")
        return span

    def _role_before_possessive(self, doc: Doc, start: int, end: int) -> Optional[int]:
        """Where a role noun that opens the entity ends, before « de » and a possessive (« Premier
        ministre de leur confiance »): no name goes on with a possessive; else None."""
        for k in range(start + 1, end - 1):
            if doc[k].lower_ in _OF and "Yes" in doc[k + 1].morph.get("Poss"):
                return k if doc[start:k].text.lower() in self.role_words else None
        return None

    def _trim(self, ent: Span) -> Optional[Span]:
        """Cut an entity at its first line break or whitespace token; drop the noise."""
        doc = ent.doc
        start, end = ent.start, ent.end
        for token in ent:
            if token.is_space or "\n" in token.whitespace_:
                end = token.i if token.is_space else token.i + 1
                break
        while start < end and (doc[start].is_punct or doc[start].is_space or doc[start].text.endswith(".-")):
            start += 1  # « QUESTION.- Monsieur le Président », a transcript's label glued to its dash: not the name's
        while end > start and (doc[end - 1].is_punct or doc[end - 1].is_space or doc[end - 1].lower_ in TRAILING_WORDS or doc[end - 1].text in GLOSS_MARKS):
            end -= 1  # « Affaires étrangères de la », cut before « République française »: no name ends on an article
        end = next((k for k in range(start + 1, end - 1) if doc[k].lower_ == "à" and doc[k + 1].lower_ in MEASURE_LOCUTIONS), end)  # « la Banque des territoires à hauteur de 40 millions »
        while end - start > 1 and doc[end - 1].is_lower and doc[end - 1].lower_ in WEEKDAYS:
            end -= 1  # « a rencontré le président Bernard mercredi », read as one name: the day is no part of it
        if start < end and doc[start].pos_ == "PRON" and doc[start].lower_ in PERSONAL_PRONOUNS:
            return None  # « Nous nous étions vus » opening a line, read as a name: no name opens on a pronoun
        while end - start > 1 and doc[end - 1].pos_ == "PRON" and doc[end - 1].lower_ in PERSONAL_PRONOUNS:
            end -= 1  # « ANNE DURAND Vous avez décidé ... », a label and its turn's first word read as one name
        if end - start > 2 and doc[start].text[:1].isupper() and doc[start].lower_.rstrip("s") in self.demonyms and (doc[start + 1].lower_ in _OF or doc[start + 1].lower_ == "des"):
            return None  # « les Espagnols d'Alger »: a people, with the place they live in
        if end - start > 1 and doc[start].pos_ == "VERB" and "Imp" in doc[start].morph.get("Mood"):
            start += 1  # « Saluons M. Paul Martin », read as one name: the imperative opening it is no part of it
        label = ent.label_
        if label in ("MISC", "ORG") and (role_end := self._role_before_possessive(doc, start, end)) is not None:
            end = role_end  # « le Premier ministre de leur confiance », read as one name: the role, then its complement
        if label == "ORG":
            end = _before_against(doc, start, end)  # « l'Autorité de protection des données contre la politique de Y »
        end = next((k for k in range(start + 1, end) if _opens_a_predicate(doc[k])), end)  # « la Caisse des dépôts ne séduit plus ... », read as one name
        if label == "ORG" and end - start == 2 and doc[start].text[:1].isupper() and doc[start].lower_ in self.role_words and doc[start + 1].text.isupper() and doc[start + 1].lower_ not in self.role_words:
            start, label = start + 1, "PER"  # « du Président NAUSEDA », read as an organisation: a surname in capitals after its role
        if label == "ORG" and doc[start].is_lower and doc[start].lower_ in self.role_words and (named := _name_after_role(doc, start, end)) is not None:
            start, label = named, "PER"  # « la ministre de la Jeunesse et des Sports Jeanne Morel », read as an organisation: the name
        if label in ("ORG", "MISC") and _name_shape_after_role(doc, start, end, self.role_words):
            label = "PER"  # « une discussion avec son PDG Cosmo Feller », read as an organisation: the role names a person
        if label in ("ORG", "MISC") and end - start == 1 and INITIAL_AND_SURNAME.fullmatch(doc[start].text):
            label = "PER"  # « F.Alvarado »: an initial written against a surname, read as an acronym
        if label in ("MISC", "ORG", "LOC") and end - start > 3 and (named := self._past_honorific(doc, start, end)) > start:
            label = "PER"  # « Son Altesse Royale le Prince X », read as a work's name: a person, after the honorific
        if label == "PER" and _role_alone(doc, start, end, self.role_words):
            return None  # « L'Ambassadeur est allé à Lyon »: a role, which the resolver gives its holder; no one's name
        if label == "PER":
            # « le mouvement de Paul Martin « Aube claire » »: a person's name ends before a quotation mark
            end = next((k for k in range(start + 1, end) if doc[k].text in ("«", "“", '"')), end)
            # « Paul Martin - Mesdames et Messieurs, ... » opening a turn: the name ends at a dash set apart by spaces
            if start == 0 or "\n" in doc[start - 1].whitespace_ or doc[start - 1].is_space:  # not « M. Jeannot Ahoussou - Kouadio », one name
                end = next((k for k in range(start + 1, end) if doc[k].text in ("-", "–", "—") and doc[k - 1].whitespace_ and doc[k].whitespace_), end)
            # « nomme Lucie Roux pour Matignon »: a person's name ends before a preposition no name holds
            end = next((k for k in range(start + 1, end) if doc[k].lower_ in NO_NAME_PREPOSITIONS and doc[k].is_lower), end)
            start = _past_title_words(doc, start, end, self.role_words)  # « maréchal Pétain », « général de Gaulle »: the name
            if end - start > 2 and doc[start].text == "M" and self._is_first_name(doc[start + 1].text):
                start += 1  # « M Marc SCHWARTZ »: the title written without its dot, then a first name
            start = self._past_honorific(doc, start, end)  # « Son Altesse X »: X
            if end - start > 2 and doc[start].text in self.non_names and _capitalised_word(doc[start + 1]):
                start += 1  # « Bonjour Paul MARTIN. » opening an answer: the name after the greeting
            if end - start > 2 and doc[start].text[:1].isupper() and doc[start].lower_ in PARTY_LABELS and _capitalised_word(doc[start + 1]):
                start += 1  # « l'eurodéputé Vert Yannick JADOT »: the party's label, then the name
            if all(t.text in self.non_names for t in doc[start:end]):
                return None  # « Bonjour Mesdames »: a greeting and its address, no one's name
            while end - start > 1 and doc[start].text[:1].isupper() and (doc[start].lower_ in self.role_words or doc[start].lower_ in CLIPPED_ROLES) and _capitalised_word(doc[start + 1]):
                start += 1  # « le Président Trump », « la Chancelière Merkel », « l'ancien Premier X »: the name after the capitalised role
            if end - start > 2 and _role_after_capitals(doc, end - 1, self.role_words) and (end == len(doc) or doc[end].lower_ in ("de", "du", "des", "d'", "d’") or doc[end].text.islower()):
                end -= 1  # « Monsieur Helmut KOHL Chancelier de ... », « George BUSH Président élu »: the name in capitals before the role
            role = next((k for k in range(start + 2, end - 1) if _role_after_capitals(doc, k, self.role_words) and doc[k + 1].lower_ in ("de", "du", "des", "d'", "d’")), None)
            if role is not None:
                end = role  # « M. Carlos MENEM Président de la République d'Argentine », read as one name: the name in capitals
            if end - start > 2 and _label_role_at_line_end(doc, end - 1):
                end -= 1  # « Présidence de M. Paul Martin Président »: the name, then the role its line ends with
            if end - start > 3 and doc[start].pos_ == "NOUN" and doc[start + 1].lower_ in ("de", "d'", "d’") and _capitalised_word(doc[start + 2]):
                start += 2  # « Porte-parole de Paul Martin, ... » opening a sentence: the name after the noun
        if label in ("LOC", "ORG") and end - start > 1 and doc[start].is_lower and doc[start].lower_.replace("’", "'") in DEFINITE_ARTICLES and _capitalised_word(doc[start + 1]):
            start += 1  # « Selon lui, la Bolivie a bloqué Y », read with its article: the name
        if end <= start:
            return None
        span = Span(doc, start, end, label=label)
        text = span.text  # in the tokens' case, that of a line in capitals read in ordinary case
        if doc[start].lower_ in _NAME_PARTICLES and start + 1 < end and _capitalised_word(doc[start + 1]):
            return span  # « de Gaulle »
        if "_" in text or not any(ch.isalpha() for ch in text) or not text[0].isupper():
            return None
        if len(span) == 1 and span[0].pos_ in ("VERB", "AUX", "ADV", "PRON", "ADP", "DET"):
            return None
        # a name glued to a lower-case word after a line break cut ("alliésLa"); not a name ending
        # with an elided particle (« Giscard d'Estaing »)
        last = text.split()[-1].replace("’", "'")
        if any(ch.isupper() for ch in text[1:]) and last[:1].islower() and not particle_then_name(last):
            return None
        return span

    def _past_honorific(self, doc: Doc, start: int, end: int) -> int:
        """Past an honorific that opens a person's span (« Son Altesse », « Son Excellence »,
        ``titles.txt``; one of one word before a name of two), where a name follows it in the span;
        the span may begin after the honorific's first word (« Son [Altesse Royale le Prince X] »),
        and its rank and title go too (« Royale », « le Prince »: X)."""
        for first in (start, start - 1) if start > 0 else (start,):
            for words in self.honorifics.get(doc[first].text, ()):
                n = len(words)
                if first + n > start and end - first > n and all(doc[first + k].text == w for k, w in enumerate(words)):
                    return self._past_rank(doc, first + n, end)
        if end - start > 2 and doc[start].text in self.titles:
            return start + 1  # « Shri Narendra Modi »: a title of one word before a full name
        return start


    def _past_rank(self, doc: Doc, i: int, end: int) -> int:
        """After an honorific, past the words of rank (``honorific_rank``: « Royale ») and a title
        with its article (« le Prince »), where a name of two words or more follows."""
        k = i
        while end - k > 2 and doc[k].lower_ in HONORIFIC_RANKS:
            k += 1  # « Altesse Royale »
        if end - k > 3 and doc[k].lower_ in ("le", "la") and (doc[k + 1].lower_ in self.role_words or doc[k + 1].lower_ in CAPITAL_TITLES):
            k += 2  # « le Prince Saud ... »
        elif end - k > 2 and (doc[k].lower_ in self.role_words or doc[k].lower_ in CAPITAL_TITLES) and doc[k].text[:1].isupper():
            k += 1  # « Prince Saud ... »
        return k

    def _apply_gazetteer(self, doc: Doc, spans: list[Span]) -> list[Span]:
        known = []
        for match_id, start, end in self.matcher(doc):
            name = doc.vocab.strings[match_id]
            kind = self.gazetteer.entries[name][1]
            if doc[start].text in FUSED_PLURAL:  # « des Républicains »: the name without « des »
                start += 1
            known.append(Span(doc, start, end, label=LABEL_BY_KIND[kind]))
        known = [k for k in filter_spans(known) if not _reigned_over(doc, k, spans)]
        spans = self._split_organisation_before_person(doc, known, spans)
        # a longer organisation the model found that begins with a known name and goes on with
        # capitalised words is another organisation (« Amazon Web Services », not « Amazon »)
        kept_known, superseding = [], []
        for k in known:
            longer = [
                s
                for s in spans
                if s.start == k.start  # the cheap tests first
                and s.end > k.end
                and s.label_ in ("ORG", "MISC")
                and _continues_name(doc, k.end, s.end, known)
                and not all(t.text in self.company_suffixes for t in doc[k.end : s.end])  # « Palantir Technologies »
            ]
            if not longer:
                kept_known.append(k)
                continue
            superseding.append(longer[0])
            if longer[0].label_ == "MISC":  # the model saw a name but no kind: the known name's kind
                spans = [s for s in spans if s is not longer[0]] + [Span(doc, longer[0].start, longer[0].end, label=k.label_)]
        # « Meta France »: the country inside a longer organisation that supersedes a known name is part of it
        known = [k for k in kept_known if not any(s.start <= k.start and k.end <= s.end and (s.start, s.end) != (k.start, k.end) for s in superseding)]
        taken = {i for span in known for i in range(span.start, span.end)}
        # a model entity that only partly overlaps a known name gives way to it
        kept = [s for s in spans if not taken.intersection(range(s.start, s.end))]
        return known + kept

    def _split_organisation_before_person(self, doc: Doc, known: list[Span], spans: list[Span]) -> list[Span]:
        """« la candidate du Front national Marine Le Pen » read as one organisation, « a reçu à
        Matignon Luc Bernard » as one person: a model entity that begins with a known
        organisation or place and goes on with a person's name (a known person, or a first name
        of ``first_names.tsv``) is that organisation or place, then the person."""
        starts = {k.start: k for k in known}
        out = []
        for span in spans:
            k = starts.get(span.start)
            if k is not None and span.end > k.end + 1 and (span.label_ in ("ORG", "MISC") or k.label_ != "PER") and self._names_person(doc, k.end, span.end):
                out.append(Span(doc, k.end, span.end, label="PER"))
            else:
                out.append(span)
        return out

    def _names_person(self, doc: Doc, start: int, end: int) -> bool:
        """Tokens start..end are a person's name: a known one, or capitalised words after a first name."""
        if span_text(doc[start:end]) in self.people_forms:
            return True
        return doc[start].text in self.first_name_set and all(t.text[:1].isupper() or t.text in ("-", "‑") for t in doc[start + 1 : end])

    # -- saved with the pipeline (nlp.to_disk / spacy.load) --------------------------------
    #: The file in the component's folder of a saved pipeline that holds its tables.
    TABLES = "tables.json"

    def to_disk(self, path: Union[str, Path], exclude: Iterable[str] = ()) -> None:
        """Save the tables in use (gazetteer, people, titles, non-names, demonyms, name heads,
        first names, company suffixes) in ``path``,
        so that the pipeline loaded back analyses the same, whatever the lists are by then."""
        folder = Path(path)
        folder.mkdir(parents=True, exist_ok=True)
        tables = {
            "gazetteer": [[form, name, kind.value] for form, (name, kind) in self.gazetteer.entries.items()],
            "gazetteer_patterns": self._patterns(self.matcher),
            "people_patterns": self._patterns(self.people_matcher) if self.people_matcher is not None else None,
            "titles": sorted(self.titles),
            "non_names": sorted(self.non_names),
            "demonyms": sorted(self.demonyms),
            "name_heads": {noun: list(entry) for noun, entry in sorted(self.heads.entries.items())} if self.heads else None,
            "company_suffixes": sorted(self.company_suffixes),
            "of_organisation": sorted(self.of_organisation),
            "first_names": sorted(self.first_name_set),
            "people_forms": sorted(self.people_forms),
            "role_words": sorted(self.role_words),
            "cue_verbs": sorted(self.cue_verbs),
            "cue_locutions": sorted(self.cue_locutions),
        }
        srsly.write_json(folder / self.TABLES, tables)

    def from_disk(self, path: Union[str, Path], exclude: Iterable[str] = ()) -> "EntityRecogniser":
        """Load the tables saved by :meth:`to_disk` (they replace those of the settings)."""
        tables = srsly.read_json(Path(path) / self.TABLES)
        vocab = self.matcher.vocab
        self.gazetteer.entries = {form: (name, EntityKind(kind)) for form, name, kind in tables["gazetteer"]}
        self.matcher = self._matcher(vocab, tables["gazetteer_patterns"])
        people = tables["people_patterns"]
        self.people_matcher = self._matcher(vocab, people) if people is not None else None
        self.titles = frozenset(tables["titles"])
        self.title_word = _title_test(self.titles)
        self.honorifics = _honorifics(self.titles)
        self.non_names = frozenset(tables["non_names"])
        self.demonyms = frozenset(tables["demonyms"])
        heads = tables.get("name_heads")
        self.heads = NameHeads.of_entries({noun: (label, how) for noun, (label, how) in heads.items()}) if heads else None
        self.company_suffixes = frozenset(tables.get("company_suffixes", ()))
        self.of_organisation = frozenset(tables.get("of_organisation", ()))
        self.first_name_set = names = frozenset(tables.get("first_names", ()))
        self.first_names = WordTest(lambda word: word in names) if names else None
        self.people_forms = frozenset(tables.get("people_forms", ()))
        self.role_words = frozenset(tables.get("role_words", self.role_words))
        self.cue_verbs = frozenset(tables.get("cue_verbs", self.cue_verbs))
        self.cue_locutions = frozenset(tuple(words) for words in tables.get("cue_locutions", self.cue_locutions))
        return self

    @staticmethod
    def _patterns(matcher: PhraseMatcher) -> dict[str, list[list[str]]]:
        """A phrase matcher's patterns: key -> the words of each phrase, as tokenised when added
        (a matcher on ``ORTH`` needs only them, so no tokenizer is needed to load them)."""
        vocab, docs = matcher.__reduce__()[1][:2]
        return {str(key): sorted([vocab.strings[h] for h in phrase] for phrase in phrases) for key, phrases in docs.items()}

    @staticmethod
    def _matcher(vocab: Vocab, patterns: dict[str, list[list[str]]]) -> PhraseMatcher:
        matcher = PhraseMatcher(vocab, attr="ORTH")
        for key, phrases in patterns.items():
            matcher.add(key, [Doc(vocab, words=words) for words in phrases])
        return matcher

    def _fix_people(self, doc: Doc, spans: list[Span]) -> list[Span]:
        """PER after a title; MISC/LOC/ORG that repeat a person's name become PER; MISC goes."""
        people_words = Counter()
        for span in spans:
            if span.label_ == "PER" and len(span) >= 2:
                for token in span:
                    people_words[token.text] += 1
        fixed: list[Span] = []
        for span in spans:
            label = span.label_
            titled = span.start > 0 and doc[span.start - 1].text in self.titles
            if self.gazetteer.canonical(span_text(span)):
                fixed.append(span)
                continue
            if self._defined_as_a_creation(doc, span):
                continue  # « Vigilia est un roman »: a title, no party
            if titled or (label != "PER" and all(t.text in people_words for t in span)) or self._named_after_head(doc, span, spans):
                label = "PER"
            elif label == "ORG" and self._first_name_and_surname(doc, span) and _listed_with_person(doc, span, spans):
                label = "PER"  # « parmi lesquels Arthur Mensch et Y », read as an organisation: a known first name and a surname
            elif label != "ORG" and (self._described_as_organisation(doc, span) or self._defined_as_organisation(doc, span)):
                label = "ORG"  # « Klipso, le réseau social de X, », « Klipso est une association »: what the text says it is
            elif label == "MISC" and span[0].lower_ in NO_PARTY_HEADS:
                continue  # « nous fêtons la Journée mondiale de la santé », « le Prix Nobel de physique »: a day observed, a prize, no party
            elif label == "MISC" and self._cue_argument(span):
                label = "PER" if self._is_first_name(span[0].text) else "ORG"  # « Framasoft a porté plainte contre Y »
                if span[0].lower_.replace("’", "'") in _ARTICLES and len(span) > 1:
                    span = span[1:]  # « La Quadrature du Net »: the name, without its article
            if label == "MISC":
                continue
            fixed.append(Span(doc, span.start, span.end, label=label))
        return fixed

    def _first_name_and_surname(self, doc: Doc, span: Span) -> bool:
        """A known first name (``first_names.tsv``) and one capitalised word that is no company's
        suffix (« Technologies »), with no noun of a kind of organisation or place nor « de » right
        before (« la société Arthur Mensch »), nor a description of an organisation after."""
        if len(span) != 2 or not self._is_first_name(span[0].text) or not span[1].is_title or not span[1].is_alpha:
            return False
        if span[1].text in self.company_suffixes or (span.start > 0 and doc[span.start - 1].lower_ in (*_NAMING_COMPLEMENTS, *_OF)):
            return False  # « la société Arthur X », « les dirigeants d'Arthur X »: what the text makes an organisation
        return not self._described_as_organisation(doc, span) and not self._defined_as_organisation(doc, span)

    def _add_titled(self, doc: Doc, spans: list[Span], orths: numpy.ndarray) -> list[Span]:
        """A capitalised name right after a title (``titles.txt``: « M. Bernard a reçu ... » opening
        a text, where the model saw no entity) is a person: the title says so; not a title and a
        role (« M. le Président »). So is a name in capitals after a capitalised role noun (« le
        Président LIANG ZEMIN »), but for a known name or acronym (« le Président LR »: the gazetteer's)."""
        found = numpy.flatnonzero(self.title_word.mask(orths, doc.vocab.strings)[:-1]).tolist()
        found += numpy.flatnonzero(_ADDRESS_WORD.mask(orths, doc.vocab.strings)[:-1]).tolist()
        # « avec le Président LIANG ZEMIN »: a surname in capitals after a capitalised role noun, no known name
        roles = [i for i in numpy.flatnonzero(self.capital_role.mask(orths, doc.vocab.strings)[:-1]).tolist() if _in_capitals(doc[i + 1].text) and doc[i + 1].text not in self.gazetteer.entries]
        if roles:
            spans = [s for s in spans if not _role_then_capitals_noise(s, roles)]
        found += roles
        if not found:
            return spans
        taken = {i for s in spans for i in range(s.start, s.end)}
        added = []
        for token in (doc[i] for i in sorted(found)):
            j = token.i + 1
            if j in taken or token.i in taken:
                continue
            if token.lower_ in _ADDRESS_WORDS and not _in_capitals(doc[j].text):
                continue  # « Monsieur SAPIN », as transcripts print a surname; not « Monsieur Propre »
            end = self._name_end(doc, j)
            # « MONSIEUR GERHARD SCHROEDER CHANCELIER DE ... », a heading in capitals: the name ends before the role
            end = next((k for k in range(j + 2, end) if _role_after_capitals(doc, k, self.role_words)), end)
            # a surname in capitals the tagger may read as anything (« Monsieur SAPIN »: a pronoun)
            if end > j and (doc[j].pos_ in ("PROPN", "NOUN", "ADJ") or _in_capitals(doc[j].text)) and not self._is_common_word(doc[token.i : end]) and not any(i in taken for i in range(j, end)):
                added.append(Span(doc, j, end, label="PER"))
                taken.update(range(j, end))
        return spans + added if added else spans

    def _cue_argument(self, span: Span) -> bool:
        """A capitalised name of no kind (MISC) that is the subject, object or agent of a verb of
        the relation lexicon (« Framasoft a porté plainte contre Y », « la Quadrature du Net a
        critiqué Y »): a party, not a title or a product. Not a common word (``non_names.txt``)."""
        root = span.root
        if not span[0].text[:1].isupper() or span.text in self.non_names or root.lower_ in self.role_words:
            return False
        while root.dep_ == "conj" and root.head.i < root.i and root.head.ent_type_:
            root = root.head  # « X et Framasoft ont porté plainte »: the first member's verb
        verb = root.head
        if root.dep_ not in _ARGUMENTS or verb.pos_ not in ("VERB", "AUX"):
            return False
        following = tuple(t.lower_ for t in span.doc[verb.i + 1 : verb.i + 3])
        return verb.lemma_ in self.cue_verbs or any(words[0] == verb.lemma_ and following[: len(words) - 1] == words[1:] for words in self.cue_locutions)

    def _described_as_organisation(self, doc: Doc, span: Span) -> bool:
        """A one-word name, no known person nor first name, followed by a comma, an article and
        a noun that introduces organisations (``name_heads.tsv``: « , le réseau social de »)."""
        j = span.end
        if self.heads is None or len(span) != 1 or span.text in self.people_forms or self._is_first_name(span.text):
            return False
        if j + 2 >= len(doc) or doc[j].text != "," or doc[j + 1].lower_ not in ("le", "la", "l'", "l’"):
            return False
        found = self.heads.match(doc, j + 2)
        if found is None or found[0] != "ORG" or found[1] != "apposition":
            return False
        after = doc[found[2]] if found[2] < len(doc) else None
        # not « de la TNT, le groupe Canal+ annonce »: a noun that names another entity, or a subject
        return after is None or not (after.text[:1].isupper() or after.pos_ in ("VERB", "AUX", "PROPN"))

    def _definition_at(self, doc: Doc, span: Span) -> Optional[int]:
        """Where the noun of the definition of a name that opens its sentence stands (« Memoria est
        une association russe », « Vigilia était un roman »: after « être » and « un », « une »),
        as encyclopaedia articles open; None where no such definition follows the name."""
        j = span.end
        if j + 2 >= len(doc) or doc[j].lemma_ != "être" or doc[j].pos_ != "AUX" or doc[j + 1].lower_ not in _INDEFINITE:
            return None  # the cheap test first: ``span.sent`` walks the sentence
        start = span.sent.start
        if span.start > start + (doc[start].lower_.replace("’", "'") in _ARTICLES):
            return None
        return j + 2

    def _defined_as_organisation(self, doc: Doc, span: Span) -> bool:
        """A name of no kind or of a place defined as an organisation by a noun that introduces
        organisations (``name_heads.tsv``: « Memoria est une association russe »); no known person
        nor first name."""
        if self.heads is None or span.label_ not in ("MISC", "LOC") or span.text in self.people_forms or self._is_first_name(span[0].text):
            return False
        j = self._definition_at(doc, span)
        found = self.heads.match(doc, j) if j is not None else None
        return found is not None and found[0] == "ORG"

    def _defined_as_a_creation(self, doc: Doc, span: Span) -> bool:
        """« Vigilia est un roman », « ... un film »: a title defined as a work (``creation_noun``),
        no party, whatever kind the model saw; a known name stays."""
        j = self._definition_at(doc, span)
        return j is not None and doc[j].lemma_.lower() in _CREATIONS

    def _named_after_head(self, doc: Doc, span: Span, spans: list[Span]) -> bool:
        """« le PDG de Solvar Mittal, Devi Mittal, »: a name of two or three capitalised words
        in apposition after the head of an organisation is that head, a person, whatever kind
        the model saw (it reads « Mittal » as the company)."""
        if span.label_ == "PER" or not 2 <= len(span) <= 3 or span.start < 3 or doc[span.start - 1].text != ",":
            return False
        if not all(_capitalised_word(t) and not t.is_upper for t in span):
            return False
        before = next((s for s in spans if s.end == span.start - 1 and s.label_ == "ORG"), None)
        if before is None or before.start < 2 or doc[before.start - 1].lower_ not in _OF:
            return False
        return doc[before.start - 2].lower_ in self.of_organisation

    def _organisations_of_roles(self, doc: Doc, spans: list[Span]) -> list[Span]:
        """« le patron de Nimbus », « les fondateurs de Kora »: a one-word name after the role
        noun of a company's head and « de » is an organisation, whatever kind the model saw
        (a known person, a known first name or a full name stays a person)."""
        out = []
        for span in spans:
            if span.label_ == "PER" and len(span) == 1 and span.text not in self.people_forms and not self._is_first_name(span.text):
                noun = self._role_noun_before(doc, span.start)
                if noun is not None and noun.lower_.rstrip("s") in self.of_organisation:
                    out.append(Span(doc, span.start, span.end, label="ORG"))
                    continue
            out.append(span)
        return out

    @staticmethod
    def _role_noun_before(doc: Doc, i: int):
        """The noun before « de X », over a list of others (« les patrons de Pixelia, de Nimbus
        et de Kora »), or None when no « de » stands right before token i."""
        j = i - 1
        if j < 1 or doc[j].lower_ not in _OF:
            return None
        j -= 1
        while j > 0 and i - j < 12 and (doc[j].text in (",", "et", "ou") or doc[j].lower_ in _OF or _capitalised_word(doc[j])):
            j -= 1
        return doc[j] if doc[j].pos_ == "NOUN" else None

    def _is_first_name(self, word: str) -> bool:
        return word in self.first_name_set

    def _add_first_named(self, doc: Doc, spans: list[Span]) -> list[Span]:
        """A known first name (``first_names.tsv``) followed by one or two capitalised words the
        model did not read as a person (« Hugo Castagnac a ... » at the head of a sentence) is a
        person; a place or an unlabelled name the model saw there gives way to it."""
        assert self.first_names is not None
        added = []
        for i in numpy.flatnonzero(self.first_names.mask(doc.to_array(ORTH), doc.vocab.strings)).tolist():
            first = _hyphenated_first_end(doc, i)  # « Faustin-Archange Touadera »: one first name
            stop = first
            while stop < len(doc) and stop - first <= 1 and doc[stop].text not in self.non_names:
                if "\n" in doc[stop - 1].whitespace_:
                    break
                if stop > i + 1 and _role_after_capitals(doc, stop, self.role_words):
                    break  # « Monsieur Vaclav KLAUS Président de ... »: the surname in capitals ends the name
                if _capitalised_word(doc[stop]):
                    stop += 1
                elif (
                    doc[stop].lower_ in _NAME_PARTICLES
                    and stop + 1 < len(doc)
                    and _capitalised_word(doc[stop + 1])
                    and not any(s.start == stop + 1 and s.label_ in ("LOC", "ORG") for s in spans)
                ):
                    stop += 2  # « Thaïs d'Escufon », « Hugo de Lattre » (not « Marc de Pixelia », an organisation)
                else:
                    break
            if stop == first:
                continue
            inside = [s for s in spans if s.start < stop and s.end > i]
            if all(self._titled_first_name(s, i, first) or (i <= s.start and s.end <= stop and (s.label_ in ("MISC", "LOC") or (s.label_ == "PER" and s.end <= first) or self._cut_surname(doc, s, i, stop))) for s in inside):
                added.append(Span(doc, i, stop, label="PER"))
                spans = [s for s in spans if not any(s is t for t in inside)]
        return filter_spans(added + spans) if added else spans

    def _titled_first_name(self, span: Span, i: int, first: int) -> bool:
        """« Audition de M. Paul Martin président ... », where the model's person is « M.
        Paul »: a title, then the first name at token i alone, which the surname after it
        completes."""
        doc = span.doc
        return span.label_ == "PER" and span.start < i and span.end == first and all(doc[k].text in self.titles for k in range(span.start, i))

    def _cut_surname(self, doc: Doc, span: Span, i: int, stop: int) -> bool:
        """« Alexandre Barro Chambrier » where the model's person ends at « Barro »: its first
        name and one more word, the last capitalised word a proper name that is no first name
        (« Paul Martin Luc » is two people)."""
        last = doc[stop - 1]
        after = doc[stop] if stop < len(doc) else None
        return (
            span.label_ == "PER"
            and span.start == i
            and span.end == stop - 1
            and stop - i == 3
            and last.pos_ == "PROPN"
            and not last.ent_type_
            and not self._is_first_name(last.text)
            and (after is None or after.pos_ in ("PUNCT", "VERB", "AUX", "ADP", "CCONJ", "SCONJ", "ADV"))  # not « Premier ministre »
        )

    def _split_person_of_organisation(self, spans: list[Span]) -> list[Span]:
        """« Rodolphe Kassa de Pixelia » read as one person: a person's name that goes on with
        « de » and an organisation the document names elsewhere (or a known one) is the person,
        then the organisation. Particles of real names (« Charles de Gaulle ») stay: « Gaulle »
        is no organisation."""
        orgs = {span_text(s) for s in spans if s.label_ == "ORG"}
        named = {span_text(s) for s in spans}
        out = []
        for span in spans:
            cut = self._cut_before_organisation(span, orgs, named) if span.label_ == "PER" else None
            if cut is not None:
                out.append(Span(span.doc, span.start, cut, label="PER"))
                out.append(Span(span.doc, cut + 1, span.end, label="ORG"))
                continue
            seat = _cut_before_seat(span) if span.label_ == "PER" else None
            if seat is not None:  # « le sénateur X de l'Arizona »: the senator, then the state he sits for
                out.append(Span(span.doc, span.start, seat[0], label="PER"))
                out.append(Span(span.doc, seat[1], span.end, label="LOC"))
                continue
            minister = self._name_after_portfolio(span)
            if minister is not None:  # « le ministre de l'Économie X »: the portfolio, then the minister
                out.append(Span(span.doc, minister, span.end, label="PER"))
                continue
            out.append(span)
        return out

    def _name_after_portfolio(self, span: Span) -> Optional[int]:
        """« le ministre de la Culture X Y » read as one name: after « de », « du » or
        « des » following a role noun, a capitalised portfolio word then a known first name and
        a name is the minister's portfolio, then the minister. Where the name begins, or None."""
        doc = span.doc
        j = span.start - 1
        if j > 0 and doc[j].lower_ in ("la", "l'", "l’"):
            j -= 1
        if j < 1 or doc[j].lower_ not in ("de", "d'", "d’", "du", "des") or doc[j - 1].lower_ not in self.role_words:
            return None
        first = next((t.i for t in span[1:4] if self._is_first_name(t.text)), None)
        return first if first is not None and first + 1 < span.end and not self._is_first_name(span[0].text) else None

    def _cut_before_organisation(self, span: Span, orgs: set[str], named: set[str]) -> Optional[int]:
        """The token « de » after which a person's span goes on with an organisation, or None:
        the rest is an organisation of the document or a known one, or both parts are named on
        their own elsewhere in the document (« Rodolphe Kassa » and « Pixelia »)."""
        doc = span.doc
        for t in span[2:]:
            if t.lower_ in ("de", "d'", "d’") and t.i + 1 < span.end and not _REGNAL.fullmatch(doc[t.i - 1].text):  # not « Charles IV d'Espagne »
                rest = span_text(doc[t.i + 1 : span.end])
                head = span_text(doc[span.start : t.i])
                if rest in orgs or self.gazetteer.canonical(rest) or (rest in named and head in named):
                    return t.i
        return None

    def _add_missed(self, doc: Doc, spans: list[Span]) -> list[Span]:
        """Names the model missed that a common noun introduces (``name_heads.tsv``): « le réseau
        social Klipso », « les médias NTK et Zvezda Info », « le sénateur Paul Garnier », and
        institutions named by a noun and its complement (« le tribunal de Moscou », « le parquet
        russe », « l'administration Obama »). A model entity the new one covers gives way to it;
        a MISC entity that stands where the noun puts a name takes the noun's kind."""
        heads = self.heads
        assert heads is not None
        taken = {i: s for s in spans for i in range(s.start, s.end)}
        added: list[Span] = []
        for i in numpy.flatnonzero(heads.first_word.mask(doc.to_array(ORTH), doc.vocab.strings)).tolist():
            found = heads.match(doc, i)
            if found is None or i == 0:
                continue
            label, how, end = found
            if (
                i in taken and how == "institution" and taken[i].start == i and taken[i].end == end
                and doc[i - 1].lower_.replace("’", "'") in _ARTICLES and end < len(doc) and doc[end].lower_ in (*_OF, "des")
            ):
                stop = self._complement_end(doc, end)
                if stop > end and not any(s.label_ == "PER" and end < s.start < stop for s in spans):
                    # « la Cour suprême du Brésil »: the model's « Cour suprême », with its country
                    held = taken[i]
                    spans = [s for s in spans if s is not held and not (end <= s.start < stop)]
                    added.append(Span(doc, i, stop, label=label))
                continue
            if i in taken:
                held = taken[i]
                # « le Super-PAC Make America Number 1 » read as one name: the noun is no part of it
                if (
                    how == "apposition"
                    and held.start == i
                    and held.label_ in ("MISC", "LOC", label)
                    and doc[i - 1].lower_.replace("’", "'") in _ARTICLES
                    and self._name_end(doc, end) == held.end > end
                ):
                    spans = [s for s in spans if s is not held]
                    added.append(Span(doc, end, held.end, label=label))
                continue
            if how == "institution":
                if doc[i - 1].lower_.replace("’", "'") not in _ARTICLES:
                    continue
                stop = self._institution_end(doc, end)
                # « le Bureau de l'Assemblée nationale »: the complement the model read whole
                stop = next((s.end for s in spans if s.start < stop < s.end and s.label_ == "ORG"), stop)
                if doc[i].lower_ in BODY_OF_ORGANISATION and not any(s.label_ == "ORG" and s.end == stop and s.start > end for s in spans):
                    continue  # « le bureau de Matignon » is an office; « le Bureau du Parlement européen » a body
                # « le gouvernement de Gabriel Attal » names a person in full, who stays one
                # (« le tribunal de Taganski »: one word read as a person is the court's place)
                of_person = any(
                    s.label_ == "PER" and len(s) >= 2 and end < s.start < stop and doc[s.start - 1].lower_ in _OF for s in spans
                )
                # « le chef du gouvernement Edouard Philippe »: the noun completes a role, whose
                # holder, named in full by the model, is the person after it
                holder = _after_of(doc, i) and any(s.label_ == "PER" and len(s) >= 2 and s.start == end for s in spans)
                if stop > end and not of_person and not holder:
                    added.append(Span(doc, i, stop, label=label))
                continue
            j = end
            while j < len(doc) and self._demonym(doc[j].lower_):
                j += 1
            j = _past_adjectives(doc, j)
            # « le ministre des affaires étrangères Y », « la plateforme de jeux Y », « le fabricant de puces Y »
            past = _past_lower_complement(doc, j) if label in ("PER", "ORG") else j
            complemented, j = past > j, past
            quoted = _quoted_name_end(doc, j)
            if quoted:  # « l'association « Les Amis de Paul Martin » »: the name in quotes
                inside = [s for s in spans if s.start < quoted and s.end > j + 1]
                added.append(Span(doc, j + 1, quoted, label=label))
                spans = [s for s in spans if not any(s is t for t in inside)]
                continue
            while j < len(doc):
                stop = self._name_end(doc, j)
                if stop == j or _complement_in_capitals(doc, j):
                    break
                if doc[j].text in _TITLE_ARTICLES:
                    # « le collectif Les Amis de la Mer », « le mouvement L'Œuvre française »: a name
                    # that opens on an article is a title, whose capitalised complement or
                    # adjective is part of it
                    stop = self._complement_end(doc, stop)
                    if stop < len(doc) and doc[stop].pos_ == "ADJ" and doc[stop].is_lower:
                        stop += 1
                inside = [s for s in spans if s.start < stop and s.end > j]
                # « le ministre de l'Économie et des Finances X Y », read « Finances X Y »: that name gives way
                crossing = complemented and bool(inside) and all(s.start < j and s.end == stop for s in inside)
                if complemented and inside and not crossing:
                    break  # « le président de la région Nouvelle-Aquitaine »: the complement's own name, which the model read
                if crossing or all(_gives_way(s, j, stop, label) or self._one_word_taken_for_person(doc, s, label) for s in inside):
                    added.append(Span(doc, j, stop, label=label))
                    spans = [s for s in spans if not any(s is t for t in inside)]
                if stop + 1 < len(doc) and doc[stop].lower_ in ("et", ",") and doc[stop + 1].text[:1].isupper():
                    if doc[stop].text == "," and any(s.label_ == "LOC" and s.start <= stop + 1 < s.end for s in spans):
                        break  # « la plateforme Pixelia, Paris et Lyon »: places after a comma are no members
                    j = stop + 1  # « Pixelia et Lumio », « Pixelia, Lumio et Vostrik »
                    continue
                break
        if not added:
            return spans
        return filter_spans(added + spans)

    def _add_repeated_names(self, doc: Doc, spans: list[Span], orths: numpy.ndarray) -> list[Span]:
        """« une « Troll Army » ... de la part de la Troll Army »: two capitalised words or more
        after an article (or an article and a quote mark), not at a sentence's start, that the
        model did not read as an entity, written so at least twice in the document, name an
        organisation. Not a name a lower-case adjective goes on with (« la Seconde Guerre
        mondiale »), nor one that starts with a known first name (a person)."""
        taken = {i for s in spans for i in range(s.start, s.end)}
        found: dict[str, list[tuple[int, int]]] = {}
        # only where a capitalised word follows an article or a quote mark
        capitalised = _CAPITALISED.mask(orths, doc.vocab.strings)
        opening = _ARTICLE_OR_QUOTE.mask(orths, doc.vocab.strings)
        starts = numpy.flatnonzero(capitalised[1:] & opening[:-1]).tolist()
        end = 0
        for i in (k + 1 for k in starts):
            if i < end or i in taken or doc[i].text in self.non_names or doc[i].lower_ in PRIZE_HEADS:
                continue  # not « le Prix Nobel », written twice: a prize
            j = i
            while j < len(doc) and j - i < 5 and _capitalised_word(doc[j]) and doc[j].text not in self.non_names and j not in taken:
                if j > i and "\n" in doc[j - 1].whitespace_:
                    break
                j += 1
            before = doc[i - 1] if doc[i - 1].text not in ("«", "“", '"') else (doc[i - 2] if i >= 2 else None)
            after = doc[j] if j < len(doc) else None
            if (
                j - i >= 2
                and before is not None
                and before.lower_.replace("’", "'") in _ARTICLES
                and not doc[i].is_sent_start
                and not (after is not None and after.is_lower and after.pos_ == "ADJ")
                and not self._is_first_name(doc[i].text)
            ):
                found.setdefault(span_text(doc[i:j]), []).append((i, j))
            end = j
        named = Counter(span_text(s) for s in spans if s.label_ == "ORG")  # « la Liberty Squad a visé X »: one already read as a party
        added = [Span(doc, a, b, label="ORG") for text, places in found.items() if len(places) + named[text] >= 2 for a, b in places]
        return spans + added if added else spans

    def _add_cue_arguments(self, doc: Doc, spans: list[Span], orths: numpy.ndarray) -> list[Span]:
        """« Selon le rapport, VidStream a suspendu le compte de X », « X a critiqué MindGeek »: a
        coined name (capitals inside a word, a digit, all capitals) that the model missed and
        that is the subject or the object of a verb of the relation lexicon is an organisation
        (not a role noun: « le PDG »)."""
        taken = {i for s in spans for i in range(s.start, s.end)}
        added = []
        for i in numpy.flatnonzero(_COINED.mask(orths, doc.vocab.strings)).tolist():
            token = doc[i]
            if i in taken or token.text in self.non_names or token.lower_ in self.role_words or len(token.text) < 3:
                continue
            if token.dep_ in _ARGUMENTS and token.head.pos_ in ("VERB", "AUX") and token.head.lemma_ in self.cue_verbs:
                added.append(Span(doc, i, i + 1, label="ORG"))
        return spans + added if added else spans

    def _add_account_owners(self, doc: Doc, spans: list[Span], orths: numpy.ndarray) -> list[Span]:
        """« le compte Twitch de Zorbix », « la chaîne de Kalmo »: one or two capitalised words
        the model missed right after « de » following a noun of an account (and the platform's
        name) are its owner: a person for one word (a pseudonym), an organisation for more unless
        a first name opens them. Not a common word (``non_names.txt``), a role noun or a demonym."""
        starts = {s.start: s for s in spans}
        taken = {i for s in spans for i in range(s.start, s.end)}
        added = []
        for i in numpy.flatnonzero(_ACCOUNT.mask(orths, doc.vocab.strings)).tolist():
            if i + 2 >= len(doc):
                continue
            j = i + 1
            if j in starts and starts[j].label_ == "ORG":
                j = starts[j].end  # « le compte Twitch »
            if j + 1 >= len(doc) or doc[j].lower_ not in _OF:
                continue
            k = j + 1
            end = k
            while end < len(doc) and end - k < 2 and end not in taken and _capitalised_word(doc[end]) and doc[end].text not in self.non_names:
                end += 1
            if end == k or doc[k].lower_ in self.role_words or self._demonym(doc[k].lower_):
                continue
            person = end - k == 1 or self._is_first_name(doc[k].text)
            added.append(Span(doc, k, end, label="PER" if person else "ORG"))
            taken.update(range(k, end))
        return spans + added if added else spans

    @staticmethod
    def _join_domain_names(doc: Doc, spans: list[Span]) -> list[Span]:
        """« Leave.EU », « Doctolib.fr »: a name and a web domain ending glued to it by a dot,
        which the tokenizer splits when the ending is capitalised, are one name."""
        out = []
        for span in spans:
            end = span.end
            if (
                end + 1 < len(doc)
                and doc[end].text == "."
                and not doc[end - 1].whitespace_
                and not doc[end].whitespace_
                and doc[end + 1].text.lower() in _DOMAIN_ENDINGS
            ):
                span = Span(doc, span.start, end + 2, label=span.label_ if span.label_ != "PER" else "ORG")
            out.append(span)
        return filter_spans(out) if len(out) > 1 else out

    def _add_title_name(self, doc: Doc, spans: list[Span]) -> list[Span]:
        """An encyclopedia article or a profile titled by one capitalised word (« Zorbly »): that
        word, written as in the title, names the article's subject wherever the model saw no
        entity, of the kind the model gave it most often in the text (a coined name, « WikiLeaks »,
        « C8 », is never a person), else an organisation. Not a common word (``non_names.txt``, a
        nationality, or a word the text also writes in lower case)."""
        title = " ".join(str(doc._.get("tpg_title") or "").split()) if Doc.has_extension("tpg_title") else ""
        if " " in title:
            return self._add_title_person(doc, spans, title)
        if not title or not title[:1].isupper() or not any(ch.isalpha() for ch in title):
            return spans
        if title in self.non_names or self._demonym(title.lower()) or title in self.people_forms or self._is_first_name(title):
            return spans
        places = _written(doc, title)
        if not places:
            return spans
        if title.lower() != title and re.search(rf"(?<![\w.]){re.escape(title.lower())}(?!\w|\.\w)", doc.text):
            return spans  # « Internet » and « internet »: a common word (not « sci-hub.org », an address)
        labels = Counter(s.label_ for s in spans if span_text(s) == title)
        label = labels.most_common(1)[0][0] if labels else "ORG"
        if label == "PER" and _coined(title):
            label = "ORG"  # « WikiLeaks », « C8 »: no person's name is written so
        spans = [Span(doc, s.start, s.end, label=label) if span_text(s) == title and s.label_ != label else s for s in spans]
        taken = {i for s in spans for i in range(s.start, s.end)}
        added = [Span(doc, a, b, label=label) for a, b in places if not taken.intersection(range(a, b))]
        return spans + added if added else spans

    def _add_title_person(self, doc: Doc, spans: list[Span], title: str) -> list[Span]:
        """A profile titled by a person's full name (a known first name, then capitalised words
        or particles: « Thaïs d'Escufon »): that name, written in full in the text where the model
        saw no entity, is the person."""
        words = title.split()
        if not 2 <= len(words) <= 4 or not self._is_first_name(words[0]):
            return spans
        if not all(w[:1].isupper() or w in _PARTICLES or (w[:2] in ("d'", "d’") and w[2:3].isupper()) for w in words[1:]):
            return spans
        taken = {i for s in spans for i in range(s.start, s.end)}
        added = [Span(doc, a, b, label="PER") for a, b in _written(doc, title) if not taken.intersection(range(a, b))]
        return spans + added if added else spans

    def _one_word_taken_for_person(self, doc: Doc, span: Span, label: str) -> bool:
        """« le site Zorbly »: one word the model read as a person, not a known first name,
        after a noun that introduces an organisation, is that organisation."""
        return label == "ORG" and span.label_ == "PER" and len(span) == 1 and doc[span.start].text not in self.first_name_set

    def _with_nationality(self, doc: Doc, spans: list[Span]) -> list[Span]:
        """« la Cour constitutionnelle turque », « le Parlement européen »: an institution's name
        (its first word a noun of ``name_heads.tsv`` read as an institution) takes the adjective
        of nationality right after it, which tells which country's institution it is; so does a
        French body's name before another country's adjective (« la CNIL italienne »)."""
        heads = self.heads
        if heads is None:
            return spans
        out = []
        for span in spans:
            end = span.end
            entry = heads.entries.get(span_text(span).lower()) or heads.entries.get(span[0].lower_)
            institution = entry is not None and entry[1] == "institution"
            if span.label_ == "ORG" and end < len(doc) and doc[end].is_lower and self._demonym(doc[end].lower_) and (
                institution or (span_text(span).lower() in FRENCH_BODIES and not doc[end].lower_.startswith("français"))
            ):  # « la Cour constitutionnelle turque »; « la CNIL italienne »: Italy's, not the French one
                span = Span(doc, span.start, end + 1, label=span.label_)
            out.append(span)
        return filter_spans(out)

    def _demonym_end(self, doc: Doc, k: int) -> int:
        """Past the adjective of nationality at token k (« turque »), or the compound one the
        tokenizer splits at its hyphen (« bosno - serbes »); k where there is none."""
        if k < len(doc) and self._demonym(doc[k].lower_):
            return k + 1
        if k + 2 < len(doc) and doc[k].lower_.endswith("o") and doc[k].is_alpha and doc[k + 1].text == "-" and not doc[k].whitespace_ and self._demonym(doc[k + 2].lower_):
            return k + 3
        return k

    def _demonym(self, word: str) -> bool:
        """An adjective of nationality, singular or plural (« russe », « russes »)."""
        return word in self.demonyms or word.rstrip("sx") in self.demonyms

    def _name_end(self, doc: Doc, j: int) -> int:
        """Where a capitalised name starting at token j ends (j: no name there). Up to five
        words, each capitalised or a number after one (« Make America Number 1 »)."""
        k = j
        while k < len(doc) and k - j < 5:
            token = doc[k]
            text = token.text
            if k > j and text in self.company_suffixes:
                break  # « la société Palantir Technologies » is Palantir
            if text[:1].isupper() and any(ch.isalpha() for ch in text) and text not in self.non_names:
                k += 1
            elif k > j and token.like_num and any(ch.isdigit() for ch in text) and doc[k - 1].text[:1].isupper():
                k += 1  # a number in figures: « Twitter deux jours après » names Twitter
            else:
                break
            if "\n" in token.whitespace_:
                break
        return k

    def _complement_end(self, doc: Doc, k: int) -> int:
        """Where a capitalised complement after « de », « du » or « des » starting at token k ends
        (« de l'Intérieur », « des Armées »); k when there is none."""
        if k < len(doc) and doc[k].lower_ in ("de", "d'", "d’", "du", "des"):
            m = k + 1
            if m < len(doc) and doc[k].lower_ == "de" and doc[m].lower_ in ("la", "l'", "l’"):
                m += 1
            if m < len(doc) and doc[m].text in self.titles:
                return k  # « le gouvernement de M. Paul Martin »: a person's, named after the title
            stop = self._name_end(doc, m)
            stop = next((j for j in range(m + 1, stop) if self._is_first_name(doc[j].text)), stop)  # « à l'ambassade de France Luc Bernard »: a person after it
            if stop > m:
                return max(stop, portfolio_end(doc, m))  # « des Affaires étrangères »: the portfolio whole
        return k

    def _institution_end(self, doc: Doc, end: int) -> int:
        """Where an institution's name ends after its noun: a nationality adjective or another
        adjective (« central »), then « de » and a capitalised complement (« de Moscou », « de
        l'Intérieur »), or the complement and the
        adjective after it (« de la Défense autrichien »), or a capitalised name right after the
        noun (« tribunal Taganski », « administration Obama »); ``end`` if none."""
        k = self._demonym_end(doc, end)  # « l'armée turque », « les forces bosno-serbes »
        if k == end and k + 1 < len(doc) and doc[k].lower_ in INSTITUTION_ADJECTIVES and self._complement_end(doc, k + 1) > k + 1:
            k += 1  # « le tribunal central de Séoul », « le tribunal militaire de Tunis »: an adjective of its kind
        stop = self._complement_end(doc, k)
        if stop > k:
            # « le ministère des Communications et de la Technologie »: complements joined by « et »
            while stop + 1 < len(doc) and doc[stop].lower_ == "et" and self._complement_end(doc, stop + 1) > stop + 1:
                stop = self._complement_end(doc, stop + 1)
            if k == end and stop < len(doc) and self._demonym(doc[stop].lower_):
                stop += 1  # « le ministère de la Défense autrichien »: not another country's ministry
            return stop
        if k == end:
            if end < len(doc) and doc[end].text in self.titles:
                return end  # « reçu au ministère M. Paul Martin »: a person after the noun, not its name
            stop = self._name_end(doc, end)
            return stop
        return k


#: An initial written against a surname (« F.Alvarado »).
INITIAL_AND_SURNAME = re.compile(r"[A-Z]\.[A-Z][a-zà-ÿ]+(?:-[A-Z][a-zà-ÿ]+)?")

#: Labels of parties written before a member's name (« le député LR X »), lower case.
PARTY_LABELS = function_words("party_label")
#: The negation particle (« ne », « n' »), which opens a predicate and stands in no name.
NEGATION_CLITICS = function_words("ne")
#: Roles written clipped before a name (« l'ancien Premier X », for « Premier ministre »), lower case.
CLIPPED_ROLES = function_words("clipped_role")

#: Nouns of ``name_heads.tsv`` that name an institution only with an organisation as their
#: complement (« le Bureau de l'Assemblée nationale »; not « le bureau de Matignon »).
BODY_OF_ORGANISATION = function_words("body_of_organisation")

#: French national bodies whose name another country's adjective makes that country's
#: counterpart (« la CNIL italienne »), in lower case.
FRENCH_BODIES = function_words("french_body")

#: Adjectives of an institution's kind between its noun and its complement (« le tribunal
#: central de Séoul »), as written.
INSTITUTION_ADJECTIVES = function_words("institution_adjective")

#: A regnal number (« IV », « XIV », « Ier »).
_REGNAL = re.compile(r"(?:[IVXL]+|Ier|Ire)")


#: Role nouns that, capitalised and followed by « de » and a place, open a description, not a
#: name (« Député du Morbihan de 1997 à 2002, il ... »).
ROLE_OPENINGS = function_words("role_opening")

#: Capitalised nouns that open an organisation's name before a name or « de » and a name
#: (« la Fondation EDF », « le Parti de la France »), in lower case.
ORGANISATION_TITLE_HEADS = function_words("organisation_title_head")
_TITLE_HEAD = WordTest(lambda word: word[:1].isupper() and word.lower() in ORGANISATION_TITLE_HEADS)


def _add_headed_organisations(doc: Doc, spans: list[Span], orths: numpy.ndarray) -> list[Span]:
    """« la Fondation EDF », « l'Institut Pasteur », « le Parti de la France »: a capitalised noun of
    an organisation right before a name, or before « de » and a name, opens that organisation's
    name; the model's entity for the name alone gives way to it."""
    heads = numpy.flatnonzero(_TITLE_HEAD.mask(orths, doc.vocab.strings)).tolist()
    if not heads:
        return spans
    starts = {s.start: s for s in spans}
    covered = {i for s in spans for i in range(s.start, s.end)}
    added: list[Span] = []
    for i in heads:
        alone = starts.get(i)
        if i + 1 >= len(doc) or (i in covered and not (alone is not None and alone.end == i + 1)):
            continue  # the model's entity of the noun alone (« le Parti ») gives way
        purpose_end = _purpose_name_end(doc, i + 1)
        if purpose_end:  # « le Parti pour une société démocratique », « le Mouvement pour la France »
            added.append(Span(doc, i, purpose_end, label="ORG"))
            covered.update(range(i, purpose_end))
            continue
        if i in covered:
            continue
        j = i + 1
        if doc[j].lower_ in _OF or doc[j].lower_ == "des":
            j += 1
            while j < len(doc) and doc[j].lower_ in ("la", "l'", "l’", "les"):
                j += 1
        named = starts.get(j)
        if named is None and (end := _common_noun_name_end(doc, i, covered, starts)):
            added.append(Span(doc, i, end, label="ORG"))  # « le Syndicat des avocats de France »
            covered.update(range(i, end))
            continue
        if named is None or (j > i + 1 and named.label_ == "PER"):
            continue  # « le Parti de Jean Dupont »: the person's party, not its name
        added.append(Span(doc, i, named.end, label="ORG"))
        covered.update(range(i, named.end))
    if not added:
        return spans
    return filter_spans(added + [s for s in spans if not any(a.start <= s.start < a.end for a in added)])


#: Articles before a capitalised noun of an organisation that make it a name's first word, not a
#: sentence's (« Parti de rien, il ... » is a participle).
_HEAD_ARTICLES = frozenset({"le", "la", "l'", "l’", "les", "du", "au", "aux", "des"})
#: How many words a name made of common nouns may have after its capitalised noun.
COMMON_NAME_WORDS = 7


def _common_noun_name_end(doc: Doc, i: int, covered: set[int], starts: dict[int, Span]) -> int:
    """After an article, a capitalised noun of an organisation, maybe an adjective, then « des »,
    « du », « de la » and lower-case nouns and adjectives, maybe a last « de » and a place the
    model named (« le Syndicat des avocats de France », « la Fédération française des usagers du
    numérique », « l'Union des industries de la chimie »): where that name ends, or 0 where the
    words are none such (no article before, a verb, no « de » after the noun, too many words)."""
    if i == 0 or doc[i - 1].lower_ not in _HEAD_ARTICLES:
        return 0
    j = i + 1
    if j < len(doc) and doc[j].pos_ == "ADJ" and doc[j].is_lower:
        j += 1  # « la Fédération française des ... »
    joined = False
    while j < len(doc) and j - i <= COMMON_NAME_WORDS:
        if doc[j].lower_ in _OF or doc[j].lower_ == "des":
            k = j + 1
            while k < len(doc) and doc[k].lower_ in ("la", "l'", "l’", "les"):
                k += 1
            place = starts.get(k)
            if joined and place is not None and place.label_ == "LOC":
                return place.end  # « ... des avocats de France »
            if k < len(doc) and doc[k].is_lower and doc[k].pos_ == "NOUN" and k not in covered:
                j, joined = k + 1, True
                while j < len(doc) and doc[j].is_lower and doc[j].pos_ == "ADJ" and j not in covered:
                    j += 1  # « des industries chimiques »
                continue
        break
    return j if joined and j - i <= COMMON_NAME_WORDS and j < len(doc) and (doc[j].is_punct or doc[j].pos_ in ("VERB", "AUX", "ADV", "PRON", "SCONJ", "CCONJ")) else 0


#: How many words a name may have after its « pour » (« pour une société démocratique »).
PURPOSE_NAME_WORDS = 5


def _purpose_name_end(doc: Doc, i: int) -> int:
    """After a capitalised noun of an organisation, « pour » and the words of its aim up to a
    punctuation mark (« pour une société démocratique, »): where the name ends, or 0 where the
    words are no name's (a verb, too many words, or no punctuation after them)."""
    if i >= len(doc) or doc[i].lower_ != "pour":
        return 0
    j = i + 1
    while j < len(doc) and j - i <= PURPOSE_NAME_WORDS and doc[j].pos_ in ("DET", "NOUN", "ADJ", "PROPN") and not doc[j].is_punct:
        j += 1
    if j == i + 1 or j >= len(doc) or not doc[j].is_punct or doc[j - 1].pos_ == "DET":
        return 0
    return j


def _reigned_over(doc: Doc, known: Span, spans: list[Span]) -> bool:
    """« Charles IV d'Espagne »: a known place after a regnal number and « de », inside a
    person the model found, is part of the monarch's name."""
    i = known.start
    return (
        known.label_ == "LOC"
        and i >= 2
        and doc[i - 1].lower_ in ("de", "d'", "d’")
        and _REGNAL.fullmatch(doc[i - 2].text) is not None
        and any(s.label_ == "PER" and s.start < i - 1 and s.end >= known.end for s in spans)
    )


#: Nouns of a legal action whose « contre X » names a person unknown (« plainte contre X »).
_LEGAL_ACTIONS = function_words("legal_action")
#: A monarch's title that, capitalised before a name, is no part of it (« le Roi Mohammed VI »).
CAPITAL_TITLES = function_words("capital_title")
#: The nouns of honorifics (« Majesté », « Altesse »), lower case.
HONORIFIC_NOUNS = function_words("honorific_noun")


def _honorific_noun(word: str) -> bool:
    """The lower-case word is the noun of an honorific, singular or plural (« majestés »)."""
    return word in HONORIFIC_NOUNS or word.rstrip("s") in HONORIFIC_NOUNS
_PLATFORM_WORDS = function_words("platform_noun")
_ACCOUNT_NOUNS = function_words("account_noun")
_ACCOUNT = WordTest(lambda word: word.lower() in _ACCOUNT_NOUNS)


def _person_unknown(doc: Doc, span: Span) -> bool:
    """« a porté plainte contre X », « une information judiciaire contre X »: in French law, X
    there is a person unknown, not the platform."""
    i, j = span.start, span.end
    if j < len(doc) and (doc[j].text == "(" or (doc[j].text == "," and any(t.lower_ in _PLATFORM_WORDS for t in doc[j + 1 : j + 4]))):
        return False  # « contre X (ex-Twitter) », « contre X, le réseau social »
    return (
        span.text == "X"
        and i >= 2
        and doc[i - 1].lower_ == "contre"
        and any(t.lower_ in _LEGAL_ACTIONS for t in doc[max(0, i - 5) : i - 1])
    )


def _after_of(doc: Doc, i: int) -> bool:
    """Token i follows « du » or « de la » / « de l' » (« chef du gouvernement »)."""
    before = doc[i - 1].lower_.replace("’", "'")
    return before == "du" or (before in ("la", "l'") and i >= 2 and doc[i - 2].lower_ in _OF)


def _past_title_words(doc: Doc, start: int, end: int, role_words: frozenset[str]) -> int:
    """The first token of a person's name inside a span the model began with lower-case words
    (« maréchal Pétain », « général de Gaulle »): past them, but not past a particle that opens
    the name (« de Gaulle »). A role noun there (« président de la République ») is a description
    the resolver reads: the span is left as it is."""
    i = start
    while i < end - 1 and doc[i].is_lower and doc[i].is_alpha:
        if doc[i].lower_ in role_words:
            return start
        if doc[i].lower_ in _NAME_PARTICLES and _capitalised_word(doc[i + 1]) and i > start:
            break
        i += 1
    return i if i < end and (doc[i].text[:1].isupper() or doc[i].lower_ in _NAME_PARTICLES) else start


#: A word of letters that begins with a capital (as :func:`_capitalised_word`), tested once per word.
_CAPITALISED = WordTest(lambda word: word[:1].isupper() and word.replace("-", "").replace("'", "").isalpha())


#: Words of rank after an honorific (« Son Altesse Royale »).
HONORIFIC_RANKS = function_words("honorific_rank")


#: Role nouns of one who sits for a place (« le sénateur X de l'Arizona »).
SEAT_HOLDERS = function_words("seat_holder")


def _opens_a_predicate(token: Token) -> bool:
    """A word in lower case that opens a clause's predicate, a negation or a finite verb (« la
    Caisse des dépôts ne séduit plus les cadres »): no name holds one, and the
    name the model read runs on past its end."""
    return token.is_lower and (token.lower_ in NEGATION_CLITICS or (token.pos_ in ("VERB", "AUX") and "Fin" in token.morph.get("VerbForm")))


def _cut_before_seat(span: Span) -> Optional[tuple[int, int]]:
    """« le sénateur Luc Bernard de l'Arizona », « la députée X du Texas » read as one person: after
    a role noun of one who sits for a place, a name that goes on with « de », « du », « d' » and
    a capitalised word is the person, then the place. Where the person ends and the place
    begins, or None."""
    doc = span.doc
    if span.start == 0 or doc[span.start - 1].lower_ not in SEAT_HOLDERS:
        return None
    for t in span[2:]:
        if t.lower_ in ("de", "d'", "d’", "du") and t.i + 1 < span.end:
            place = t.i + 1 + (doc[t.i + 1].lower_ in ("la", "l'", "l’") and t.lower_ in ("de",))
            return (t.i, place) if place < span.end and doc[place].text[:1].isupper() else None
    return None


#: The first person plural imperative's ending, and the infinitive's stem before it (« soulignons »,
#: « rendons », « dénonçons », « encourageons », « applaudissons »).
_EXHORTATION = re.compile(r"(?P<stem>\w+?)(?P<soft>ç|ge|iss)?ons")
_NOUN_OR_NAME = frozenset({"NOUN", "PROPN"})


def _listed_with_person(doc: Doc, span: Span, spans: list[Span]) -> bool:
    """The span is joined by « et », « ou » or a comma to a person the model named (« Arthur
    Mensch et Xavier Niel », « X, Y et Arthur Mensch »): a member of a list of people."""
    joins = (",", "et", "ou")
    after = span.end + 1 < len(doc) and doc[span.end].lower_ in joins and any(s.label_ == "PER" and s.start == span.end + 1 for s in spans)
    before = span.start > 1 and doc[span.start - 1].lower_ in joins and any(s.label_ == "PER" and s.end == span.start - 1 for s in spans)
    return after or before


def _tag_exhortations(doc: Doc, verbs: frozenset[str]) -> None:
    """A verb of ``verbs`` in the first person plural imperative that opens a sentence, which the
    tagger, misled by its capital, read as a noun or a name (« Soulignons l'engagement de Y »,
    « Rendons hommage à Y »), gets its part of speech, lemma and mood back: the relation readers
    look for verbs. Only sentence starts are looked at, through the doc's columns."""
    if not len(doc):
        return
    columns = doc.to_array([SENT_START, POS])
    pos_ids = {doc.vocab.strings[p] for p in _NOUN_OR_NAME}
    for i in numpy.flatnonzero((columns[:, 0] == 1) | (numpy.arange(len(doc)) == 0)).tolist():
        if int(columns[i, 1]) not in pos_ids:
            continue
        token = doc[i]
        found = _EXHORTATION.fullmatch(token.lower_) if token.is_title else None
        if found is None:
            continue
        stem, soft = found["stem"], found["soft"] or ""
        endings = {"ç": ("cer",), "ge": ("ger",), "iss": ("ir",)}.get(soft, ())
        plain = token.lower_[:-3]  # « rendons »: rendre; « laissons »: laisser, not a stem « la » before « iss »
        candidates = [stem + ending for ending in endings] + [plain + ending for ending in ("er", "re", "ir")]
        infinitive = next((verb for verb in candidates if verb in verbs), "")
        if infinitive:
            token.pos_, token.lemma_ = "VERB", infinitive
            token.set_morph("Mood=Imp|Number=Plur|Person=1|VerbForm=Fin")

#: Endings of a present of the first or second person singular and those of its infinitive
#: (« soutiens »: « soutenir »; « critiques »: « critiquer »), tried in turn.
_PRESENT_ENDINGS = (("iens", "enir"), ("es", "er"), ("e", "er"), ("is", "ir"), ("ds", "dre"))


#: Short titles of address a verb's object may open with (« auditionne M. Y »), as written: « M. », « Mme », « MM. ».
OBJECT_TITLES = frozenset(form for word in function_words("short_title") for form in (word, word.capitalize(), word.upper()))
#: A form of those titles (each word tested once, not looked for by ``numpy.isin`` in every doc).
_OBJECT_TITLE = WordTest(lambda form: form in OBJECT_TITLES)


def _tag_presents_before_titles(doc: Doc, verbs: frozenset[str], orths: numpy.ndarray) -> None:
    """A verb of ``verbs`` in the present right before a title of address, which the tagger read
    as an adjective or a noun (« La commission auditionne M. Y »: « auditionne » as an
    adjective), gets its part of speech and lemma back. Only the words before those titles are
    looked at, found through the doc's column of forms."""
    for i in (numpy.flatnonzero(_OBJECT_TITLE.mask(orths, doc.vocab.strings)) - 1).tolist():
        if i < 1:
            continue
        token = doc[i]
        if token.pos_ not in ("ADJ", "NOUN") or not token.is_lower:
            continue
        _as_verb(token, verbs)


def _tag_presents_between_names(spans: list[Span], verbs: frozenset[str]) -> None:
    """A lower-case verb of ``verbs`` in the present alone between two names of people, which the
    tagger read as part of a name (« Paul Martin remercie Luc Bernard d'avoir ... »: « remercie »
    as a proper noun), gets its part of speech, lemma and morphology back as that verb."""
    people = sorted((s for s in spans if s.label_ == "PER"), key=lambda s: s.start)
    for before, after in zip(people, people[1:]):
        if after.start == before.end + 1:
            token = before.doc[before.end]
            if token.is_lower and token.is_alpha and token.pos_ in ("PROPN", "NOUN", "ADJ"):
                _as_verb(token, verbs)


#: Endings of a simple past of the third person and those of its infinitive (« dénonça »:
#: « dénoncer »; « reçut »: « recevoir »; « soutinrent »: « soutenir »), tried in turn.
_SIMPLE_PAST_ENDINGS = (
    ("ça", "cer"), ("gea", "ger"), ("a", "er"), ("cèrent", "cer"), ("gèrent", "ger"), ("èrent", "er"),
    ("int", "enir"), ("inrent", "enir"), ("çut", "cevoir"), ("çurent", "cevoir"),
    ("it", "ir"), ("it", "re"), ("irent", "ir"), ("irent", "re"), ("ut", "ure"), ("urent", "ure"),
)


def _tag_simple_pasts_after_names(spans: list[Span], verbs: frozenset[str]) -> None:
    """A lower-case verb of ``verbs`` in the simple past right after the name of a person, which
    the tagger read as part of that name or as another word (« Paul Martin dénonça Luc Bernard »,
    « Jeanne Morel bénéficia du soutien de Y »: the verb as a proper noun or a preposition), gets
    its part of speech, lemma and morphology back as that verb. The simple past is the tense of
    history and of encyclopaedias."""
    for span in spans:
        if span.label_ != "PER" or span.end >= len(span.doc):
            continue
        token = span.doc[span.end]
        if token.is_lower and token.is_alpha and token.pos_ not in ("VERB", "AUX"):
            _as_verb(token, verbs, _SIMPLE_PAST_ENDINGS, "Mood=Ind|Person=3|Tense=Past|VerbForm=Fin")


def _split_at_present(span: Span, verbs: frozenset[str]) -> list[Span]:
    """A name the model ran over a lower-case verb of ``verbs`` in the present between two
    capitalised words (« Paul Martin tacle Luc Bernard » read as one person) is two names, and
    the word gets back its part of speech and lemma as a verb; any other span stays whole."""
    doc = span.doc
    for i in range(span.start + 1, span.end - 1):
        token = doc[i]
        if not (token.is_lower and token.is_alpha and doc[i - 1].is_title and doc[i + 1].is_title):
            continue
        if _as_verb(token, verbs):
            return [Span(doc, span.start, i, label=span.label_), Span(doc, i + 1, span.end, label=span.label_)]
    return [span]


def _split_at_inner_title(span: Span) -> list[Span]:
    """A name the model ran over a title of one person and the capitalised name after it
    (« l'Énergie Mme Jeanne Morel » read as « Énergie Mme Jeanne Morel ») is the words before
    the title, as read, and a person after it; any other span stays whole."""
    doc = span.doc
    for i in range(span.start + 1, span.end - 1):
        if doc[i].text in PERSON_TITLES and all(t.text[:1].isupper() for t in doc[i + 1 : span.end]):
            return [Span(doc, span.start, i, label=span.label_), Span(doc, i + 1, span.end, label="PER")]
    return [span]


def _as_verb(token: Token, verbs: frozenset[str], endings: tuple[tuple[str, str], ...] = (), morph: str = "Mood=Ind|Tense=Pres|VerbForm=Fin") -> bool:
    """Where the token is the present of a verb of ``verbs`` (« auditionne »: « auditionner »,
    « soutiens »: « soutenir »; with ``endings``, other persons or tenses: « bafouez »,
    « dénonça », with the ``morph`` they say), give it back its part of speech, lemma and
    morphology as that verb; whether it was one."""
    form = token.lower_
    infinitive = next((form[: -len(end)] + inf for end, inf in endings or _PRESENT_ENDINGS if form.endswith(end) and form[: -len(end)] + inf in verbs), "")
    if infinitive:
        token.pos_, token.lemma_ = "VERB", infinitive
        token.set_morph(morph)
    return bool(infinitive)


def _tag_joined_presents(doc: Doc, verbs: frozenset[str], orths: numpy.ndarray) -> None:
    """A verb of ``verbs`` in the present, joined by « et » to a verb before it and followed by
    its object's article, which the tagger read as a noun (« Je salue et soutiens l'action de Y »:
    « soutiens » as the plural of « soutien »), gets its part of speech and lemma back. Only the
    words after an « et » are looked at, found through the doc's column of forms."""
    if "et" not in doc.vocab.strings:
        return
    for i in (numpy.flatnonzero(orths == doc.vocab.strings["et"]) + 1).tolist():
        if not 2 <= i < len(doc) - 1:
            continue
        token = doc[i]
        if token.pos_ != "NOUN" or not token.is_lower or doc[i - 2].pos_ != "VERB" or doc[i + 1].pos_ != "DET":
            continue
        _as_verb(token, verbs)


#: Endings of a present of the second person plural and those of its infinitive (« bafouez »:
#: « bafouer »; « trahissez »: « trahir »; « mentez »: « mentir »; « rendez »: « rendre »), tried in turn.
_PLURAL_PRESENT_ENDINGS = (("issez", "ir"), ("ez", "er"), ("ez", "ir"), ("ez", "re"))
#: The pronoun « vous » (each word tested once, not looked for by ``numpy.isin`` in every doc).
_VOUS = WordTest(lambda form: form.lower() == "vous")
#: Words that may stand between « vous » and its verb (« vous ne les respectez pas », « vous nous trahissez »).
_BEFORE_VERB = frozenset({"ne", "n'", "n’", "le", "la", "l'", "l’", "les", "lui", "leur", "nous", "vous", "y", "en"})


def _tag_presents_after_vous(doc: Doc, verbs: frozenset[str], orths: numpy.ndarray) -> None:
    """A verb of ``verbs`` in the present of the second person plural after its subject « vous »
    (past « ne » and object pronouns), which the tagger read as a noun, an adverb or an adjective
    (« vous bafouez les valeurs de l'Union »: « bafouez » as an adverb; « Vous persécutez les
    opposants »: as a noun), gets its part of speech, lemma and morphology back. Only the words
    after « vous » are looked at, found through the doc's column of forms."""
    for i in (numpy.flatnonzero(_VOUS.mask(orths, doc.vocab.strings)) + 1).tolist():
        token = _verb_after_pronoun(doc, i, _BEFORE_VERB)
        if token is None or token.pos_ in ("VERB", "AUX") or not token.is_lower or not token.lower_.endswith("ez"):
            continue
        _as_verb(token, verbs, _PLURAL_PRESENT_ENDINGS, "Mood=Ind|Number=Plur|Person=2|Tense=Pres|VerbForm=Fin")


def _verb_after_pronoun(doc: Doc, i: int, skipped: frozenset[str]) -> Optional[Token]:
    """The word that may be the verb of the subject pronoun right before token i: past the words
    of ``skipped`` (« ne », object and reflexive pronouns: « vous ne les respectez pas »); None past
    the doc's end."""
    while i < len(doc) - 1 and doc[i].lower_ in skipped:
        i += 1
    return doc[i] if i < len(doc) else None


#: The object pronouns the tagger may read as articles (« le », « la », « les », « l' »).
ARTICLE_LIKE_CLITICS = function_words("article_like_clitic")
#: A form of those pronouns (each word tested once, not looked for by ``numpy.isin`` in every doc).
_ARTICLE_LIKE_CLITIC = WordTest(lambda form: form.lower() in ARTICLE_LIKE_CLITICS)
#: The subject pronouns and the « ne » that may stand right before an object pronoun.
BEFORE_OBJECT_CLITIC = function_words("before_object_clitic")


def _tag_presents_after_object_clitics(doc: Doc, verbs: frozenset[str], orths: numpy.ndarray) -> None:
    """A verb of ``verbs`` in the present right after an object pronoun that follows its subject
    (a name, a subject pronoun, « ne »), which the tagger read as an article and a noun or a name
    (« X le critique », « Il la juge incompétente »: « the critic », « the judge »; « Je la
    salue »), gets its part of speech, lemma and morphology back, and the pronoun its own. Only
    those pronouns are looked at, through the doc's column of forms; not after a comma (« X, le
    juge, ... »: an apposition), nor after a name another word governs."""
    for i in numpy.flatnonzero(_ARTICLE_LIKE_CLITIC.mask(orths, doc.vocab.strings)).tolist():
        if not 0 < i < len(doc) - 1:
            continue
        clitic, token, before = doc[i], doc[i + 1], doc[i - 1]
        if clitic.pos_ not in ("DET", "PRON") or token.pos_ not in ("NOUN", "ADJ", "PROPN") or not token.is_lower:
            continue  # « Je la salue », « Je l'accueille »: the verb read as a name too
        if not (before.pos_ == "PROPN" and before.text[:1].isupper()) and before.lower_ not in BEFORE_OBJECT_CLITIC:
            continue  # not « X essuie les critiques », a verb the tagger read as a name
        k = i - 1
        while k > 0 and (doc[k].pos_ == "PROPN" or doc[k].text in OBJECT_TITLES):
            k -= 1  # back over the name and its title
        if before.pos_ == "PROPN" and k < i - 1 and doc[k].pos_ in ("ADP", "VERB", "AUX", "NOUN"):
            continue  # « prononcer à l'encontre de M. X la censure »: a name governed by another word, no subject
        if token.lemma_ in verbs:  # « accueille »: the tagger's lemma, « accueillir »
            token.pos_ = "VERB"
            token.set_morph("Mood=Ind|Tense=Pres|VerbForm=Fin")
            clitic.pos_ = "PRON"
        elif _as_verb(token, verbs):
            clitic.pos_ = "PRON"


#: The subject pronouns of the third person (« il », « elle », « on », « ils », « elles »).
THIRD_PERSON_SUBJECTS = function_words("third_person_subject")
#: Reflexive pronouns (« se », « s' »), read past between a subject pronoun and its verb.
REFLEXIVE_PRONOUNS = function_words("reflexive")
#: A form of those pronouns (each word tested once, not looked for by ``numpy.isin`` in every doc).
_THIRD_PERSON_SUBJECT = WordTest(lambda form: form.lower() in THIRD_PERSON_SUBJECTS)
#: The words between a subject pronoun of the third person and its verb (« il ne se trompe pas », « elle le critique »).
_BEFORE_THIRD_PERSON_VERB = _BEFORE_VERB | REFLEXIVE_PRONOUNS
#: Endings of the present of the third person, with the infinitive's (« triche », « trahit », « mentent »).
_THIRD_PERSON_PRESENT_ENDINGS = (("ent", "er"), ("it", "ir"), ("e", "er"))


def _tag_presents_after_subject_pronouns(doc: Doc, verbs: frozenset[str], orths: numpy.ndarray) -> None:
    """A verb of ``verbs`` in the present after its subject pronoun of the third person (past
    « ne » and object or reflexive pronouns), which the tagger read as a noun, an adjective or a
    name (« Il triche », « il trahit les Français », « il se trompe »: « triche » as a noun), gets
    its part of speech, lemma and morphology back. Only the words after those pronouns are
    looked at, found through the doc's column of forms."""
    for i in (numpy.flatnonzero(_THIRD_PERSON_SUBJECT.mask(orths, doc.vocab.strings)) + 1).tolist():
        if i >= len(doc) or doc[i - 1].pos_ != "PRON":
            continue
        token = _verb_after_pronoun(doc, i, _BEFORE_THIRD_PERSON_VERB)
        if token is not None and token.pos_ in ("NOUN", "ADJ", "PROPN") and token.is_lower:
            _as_verb(token, verbs, _THIRD_PERSON_PRESENT_ENDINGS)


#: Forms of « avoir » before the past participle of a compound tense (« a », « ont », « avait »).
PERFECT_AUXILIARIES = function_words("perfect_auxiliary")
#: A form of those auxiliaries (each word tested once, not looked for by ``numpy.isin`` in every doc).
_PERFECT_AUXILIARY = WordTest(lambda form: form in PERFECT_AUXILIARIES)
#: Endings of a past participle of the first group, longest first.
_PARTICIPLE_ENDINGS = ("ées", "ée", "és", "é")


def _tag_auxiliaries_after_pronouns(doc: Doc, auxiliaries: list[int]) -> None:
    """A form of « avoir » right after a personal pronoun, which the tagger read as a name or a
    noun (« Je l'ai moi-même reçu »: « ai » as a name), gets its part of speech and lemma back:
    no name or noun follows a subject or object pronoun. Only those forms are looked at
    (``auxiliaries``: their tokens, found through the doc's column of forms)."""
    for i in auxiliaries:
        token = doc[i]
        if i == 0 or token.pos_ in ("AUX", "VERB") or not token.is_lower or doc[i - 1].pos_ != "PRON":
            continue
        token.pos_, token.lemma_ = "AUX", "avoir"


def _tag_perfect_participles(doc: Doc, verbs: frozenset[str], auxiliaries: list[int]) -> None:
    """A past participle of a verb of ``verbs`` right after a form of « avoir », which the tagger
    read as a noun (« François HOLLANDE, a téléphoné au Président Y »: « a » as a foreign word,
    « téléphoné » as a noun), gets its part of speech, lemma and form back, and « avoir » its
    part of speech. Only the words after those forms are looked at (``auxiliaries``: their tokens,
    found through the doc's column of forms)."""
    for i in (k + 1 for k in auxiliaries):
        if i >= len(doc):
            continue
        token = doc[i]
        if token.pos_ not in ("NOUN", "ADJ", "PROPN") or not token.is_lower:
            continue
        infinitive = participle_infinitive(token.lower_)
        if infinitive in verbs:
            token.pos_, token.lemma_ = "VERB", infinitive
            token.set_morph("Tense=Past|VerbForm=Part")
            doc[i - 1].pos_, doc[i - 1].lemma_ = "AUX", "avoir"


#: Nouns of a form of state before « de » and the state's name (« le Royaume de Bahreïn »).
STATE_FORMS = function_words("state_form")
#: Verbs before a bare infinitive (« devait dîner avec Y »), and the adjectives that take one (« était censé dîner »).
INFINITIVE_GOVERNORS = function_words("modal_verb") | function_words("infinitive_adjective")
#: Prepositions before an infinitive (« de », « pour », « sans »), with an object pronoun between them.
INFINITIVE_MARKS = function_words("infinitive_mark")


def _tag_infinitives_after_modals(doc: Doc, verbs: frozenset[str], orths: numpy.ndarray, nouns: frozenset[str]) -> None:
    """The infinitive of a verb of ``verbs`` right after a modal verb or « censé » (past
    adverbs), which the tagger read as a noun or an adverb (« X devait dîner avec Y », « était
    censé déjeuner avec Y »: the meal's noun), gets its part of speech and form back; so does
    one after an object pronoun the tagger read as an article, itself after such a verb or a
    preposition of the infinitive (« a décidé de l'exclure », « pour l'exclure », « va
    l'exclure »: the pronoun gets its own back), unless the word is also one of ``nouns``
    (« pour le dîner »). Only the words written as those infinitives are looked at, through the
    doc's column of forms."""
    for i in numpy.flatnonzero(_infinitive_test(verbs).mask(orths, doc.vocab.strings)).tolist():
        token = doc[i]
        if token.pos_ not in ("NOUN", "ADV", "ADJ") or i == 0:
            continue
        clitic = doc[i - 1] if i > 1 and doc[i - 1].lower_ in ARTICLE_LIKE_CLITICS and token.lower_ not in nouns else None
        k = i - 1 if clitic is None else i - 2
        while k > 0 and doc[k].pos_ == "ADV":
            k -= 1
        if doc[k].lemma_.lower() in INFINITIVE_GOVERNORS or doc[k].lower_ in INFINITIVE_GOVERNORS or (clitic is not None and doc[k].lower_ in INFINITIVE_MARKS):
            token.pos_, token.lemma_ = "VERB", token.lower_
            token.set_morph("VerbForm=Inf")
            if clitic is not None:
                clitic.pos_ = "PRON"


#: How many words may stand between a participle that opens a sentence and its « par » (« Sanctionnée à plusieurs reprises par Y »).
OPENING_AGENT_REACH = 5


def _tag_opening_participles(doc: Doc, verbs: frozenset[str], orths: numpy.ndarray) -> None:
    """The past participle of a verb of ``verbs`` in -er that opens a sentence before its « par »
    (« Sanctionnée par l'Arcom, C8 a ... »), which the tagger, misled by its capital, read as a
    noun or a name, gets its part of speech, lemma and form back. Only the capitalised
    participles of those verbs are looked at, through the doc's column of forms."""
    for i in numpy.flatnonzero(_opening_participle_test(verbs).mask(orths, doc.vocab.strings)).tolist():
        token = doc[i]
        if token.pos_ not in ("NOUN", "PROPN", "ADJ", "X") or not token.is_sent_start:
            continue
        agent = next((k for k in range(i + 1, min(i + 1 + OPENING_AGENT_REACH, len(doc))) if doc[k].lower_ == "par" or doc[k].is_punct), None)
        if agent is not None and doc[agent].lower_ == "par":
            token.pos_, token.lemma_ = "VERB", participle_infinitive(token.lower_)
            token.set_morph("Tense=Past|VerbForm=Part")


@lru_cache(maxsize=4)
def _infinitive_test(verbs: frozenset[str]) -> WordTest:
    """Whether a word is written as one of the infinitives ``verbs`` (« dîner », « rencontrer »)."""
    return WordTest(lambda word: word in verbs)


@lru_cache(maxsize=4)
def _opening_participle_test(verbs: frozenset[str]) -> WordTest:
    """Whether a word is the capitalised past participle of a verb in -er of ``verbs``
    (« Sanctionnée », « Critiqués »)."""

    return WordTest(lambda word: word == word.lower().capitalize() and participle_infinitive(word.lower()) in verbs)


def participle_infinitive(form: str) -> str:
    """The infinitive of a past participle of the first group, by its ending (« sanctionnée »:
    « sanctionner »); "" for another word."""
    ending = next((e for e in _PARTICIPLE_ENDINGS if form.endswith(e)), "")
    return form[: -len(ending)] + "er" if ending else ""


@lru_cache(maxsize=1)
def cue_verbs() -> frozenset[str]:
    """The one-verb cues of the relation lexicon (``relation_cues.tsv``), read from its data file
    for the stages that come before the relations stage (« se rencontrer » -> « rencontrer »)."""
    return frozenset(_verb_of(row[0]) for row in read_table("relation_cues.tsv") if len(row) > 1 and row[1] == "VERB" and _verb_of(row[0]))


def infinitive_in_er(present: str) -> str:
    """The infinitive of a present in -e of a verb in -er: « réclame », « réclamer »; « essuie »,
    « envoie », « paie »: « essuyer », « envoyer », « payer » (the « y » of those verbs is an « i »
    before a silent « e »).

    >>> infinitive_in_er("essuie"), infinitive_in_er("publie")
    ('essuyer', 'publier')
    """
    if present.endswith(("uie", "oie", "aie")):
        return present[:-2] + "yer"
    return present + "r"


def _verb_of(cue: str) -> str:
    """The verb of a one-verb cue of the relation lexicon: « se rencontrer », « s'entretenir » ->
    « rencontrer », « entretenir »; "" for a locution (« rendre visite », « diriger la
    campagne »), whose first verb alone tells no relation."""
    words = cue.replace("’", "'").split()
    if words and words[0] == "se" and len(words) > 1:
        words = words[1:]
    if len(words) != 1:
        return ""
    first = words[0]
    return first[2:] if first.startswith("s'") else first


#: The places of a verb's parties in the parse.
_ARGUMENTS = frozenset({"nsubj", "nsubj:pass", "obj", "obl:arg", "obl:agent", "iobj"})


def _coined(name: str) -> bool:
    """A name written as no person's is: capitals inside a word (« BitChute »), a digit (« C8 »),
    or all capitals (« RTBF »)."""
    letters = name.replace("-", "")
    return any(ch.isdigit() for ch in name) or (letters.isupper() and len(letters) > 1) or any(ch.isupper() for ch in letters[1:])


#: An article or an opening quote mark, before a name (any case: « La », « la »).
_ARTICLE_OR_QUOTE = WordTest(lambda word: word.lower().replace("’", "'") in _ARTICLES or word in ("«", "“", '"'))

#: A coined name of one word (:func:`_coined`), tested once per word.
#: Words of address that, capitalised before a surname in capitals, title a person (« Monsieur
#: SAPIN », « Madame TAUBIRA »).
_ADDRESS_WORDS = function_words("address_title")
_ADDRESS_WORD = WordTest(lambda word: word.lower() in _ADDRESS_WORDS and word[:1].isupper())


def _name_shape_after_role(doc: Doc, start: int, end: int, role_words: frozenset[str]) -> bool:
    """Tokens start to end are two or three capitalised words right after a role noun written in
    lower case or capitals, with no « de » between (« son PDG Cosmo Feller », « le directeur Jean Roux »):
    the shape of a person's name where the role says a person."""
    if start == 0 or not 2 <= end - start <= 3:
        return False
    role = doc[start - 1]
    return (role.is_lower or role.is_upper) and role.lower_ in role_words and all(t.is_alpha and t.is_title for t in doc[start:end])


def _role_alone(doc: Doc, start: int, end: int, role_words: frozenset[str]) -> bool:
    """Tokens start to end are a capitalised role noun alone, after its article or not
    (« L'Ambassadeur », « Ministre »): a role, no one's name."""
    if end - start == 2 and doc[start].lower_.replace("’", "'") in DEFINITE_ARTICLES:
        start += 1
    return end - start == 1 and doc[start].text[:1].isupper() and doc[start].lower_ in role_words


def _role_then_capitals_noise(span: Span, roles: list[int]) -> bool:
    """The span is the model's reading of a capitalised role noun at one of ``roles`` or of the
    surname in capitals after it as no person (« le Président LIANG ZEMIN » read as an
    organisation « Président » and a work « ZEMIN »): the person after the role replaces it."""
    if span.label_ == "PER":
        return False
    doc = span.doc
    for i in roles:
        end = i + 1
        while end < len(doc) and _in_capitals(doc[end].text):
            end += 1
        if i <= span.start and span.end <= end:
            return True
    return False


def _in_capitals(text: str) -> bool:
    """A word of two letters or more, all in capitals (« SAPIN », « LE »)."""
    return len(text) > 1 and text.isalpha() and text.isupper()


def _title_test(titles: frozenset[str]) -> WordTest:
    """The test of a capitalised title of ``titles`` (« M. », « Mme »), each distinct word tested once."""
    return WordTest(lambda word: word in titles and word[:1].isupper())


_COINED = WordTest(lambda word: word[:1].isupper() and word.replace("-", "").isalnum() and _coined(word))


def _written(doc: Doc, name: str) -> list[tuple[int, int]]:
    """The token extents where ``name`` is written as it is, on token boundaries (a name the
    tokenizer splits, « Sci-Hub », is found too)."""
    text, out = doc.text, []
    at = text.find(name)
    while at >= 0:
        span = doc.char_span(at, at + len(name))
        if span is not None:
            out.append((span.start, span.end))
        at = text.find(name, at + len(name))
    return out


#: Prepositions before a place that a person's name may follow (« reçu à Moscou Paul Martin »).
PLACE_PREPOSITIONS = frozenset({"à", "depuis"})


@lru_cache(maxsize=1)
def _capitals() -> frozenset[str]:
    """Capitals the press writes for their governments (``metonyms.tsv``), and so knows as
    places: never the first word of a person's name after « à »."""
    return frozenset(row[0] for row in read_table("metonyms.tsv"))


def _idea_of_a_place(doc: Doc, span: Span) -> bool:
    """« une France plus participative », « un Québec libre »: a place after an indefinite
    article is an idea of it, not the state that acts or is acted on."""
    return span.label_ == "LOC" and span.start > 0 and doc[span.start - 1].lower_ in ("un", "une")


#: Personal pronouns, which open no name (« Nous nous étions vus » read as a name at a line's start).
PERSONAL_PRONOUNS = function_words("personal_pronoun")
#: Subject pronouns of the third person, after an opening word in apposition (« Europhobe, il »).
SUBJECT_PRONOUNS = (function_words("subject_pronoun") - {"on"}) | function_words("plural_subject_pronoun")
#: Definite articles, before a noun of a place's people (« la Lyonnaise X »).
DEFINITE_ARTICLES = function_words("article")
#: Endings of adjectives and nouns that describe a person (« europhobe », « libertarien »).
DESCRIPTOR_ENDINGS = tuple(sorted(function_words("descriptor_ending")))


def _people_of_a_place(doc: Doc, span: Span, named: frozenset[int]) -> bool:
    """« la Lyonnaise Jeanne Morel », « le Bavarois X »: a capitalised noun of a region's or a
    city's people, between an article and a person's name, describes that person; the model
    reads it as a place."""
    return (
        span.label_ == "LOC"
        and len(span) == 1
        and span.end in named
        and span.start > 0
        and doc[span.start - 1].lower_ in DEFINITE_ARTICLES
        and people_of_a_place(span.text)
    )


def _across_parser_cut(doc: Doc, span: Span) -> Span:
    """« Sviatlana » | « Tsikhanouskaya, originaires de ... »: the parser cut a sentence inside
    a name it did not know, and the model's person stops at the cut; a one-word person followed,
    with no punctuation, by capitalised proper nouns that open the parser's next sentence goes on
    with them."""
    if span.label_ != "PER" or len(span) != 1 or span.end >= len(doc):
        return span
    nxt = doc[span.end]
    if not (nxt.is_sent_start and nxt.pos_ == "PROPN" and nxt.is_title and not nxt.ent_type_):
        return span
    end = span.end + 1
    while end < len(doc) and doc[end].pos_ in ("PROPN", "NOUN", "ADJ", "X") and doc[end].is_title and not doc[end].ent_type_ and end - span.end < 3:
        end += 1  # « Julius » | « Kpaka Bio »: the tagger may read the last word as a noun
    return Span(doc, span.start, end, label="PER")


#: A capital and an apostrophe that open a surname (« N’Tsiba », « N'Diaye »), which the tokenizer
#: splits off as it does « n' ».
_ELIDED_CAPITAL = re.compile(r"[A-Z][’']")
_ELIDED = WordTest(lambda word: _ELIDED_CAPITAL.fullmatch(word) is not None)


def _join_elided_names(doc: Doc, spans: list[Span], orths: numpy.ndarray, first_name: Callable[[str], bool]) -> list[Span]:
    """« Florent N’Tsiba » read as « Florent » and « Tsiba »: a person's name (a person on one
    side, or a first name before) goes on past a capital and an apostrophe glued to the
    capitalised word after it."""
    found = numpy.flatnonzero(_ELIDED.mask(orths, doc.vocab.strings)).tolist()
    if not found:
        return spans
    starts = {s.start: s for s in spans}
    ends = {s.end: s for s in spans}
    joined = []
    for token in (doc[i] for i in found if 0 < i < len(doc) - 1):
        if token.whitespace_ or not doc[token.i + 1].is_title:
            continue
        before, after = ends.get(token.i), starts.get(token.i + 1)
        labels = {s.label_ for s in (before, after) if s is not None}
        if before is not None and len(before) == 1 and first_name(before.text):
            labels.add("PER")  # « Florent » read as a place
        if "PER" not in labels or not labels <= {"PER", "MISC", "LOC"}:
            continue  # « N’Golo Kanté », « Florent N’Tsiba »: a person on one side at least
        start = before.start if before is not None else token.i
        joined.append(Span(doc, start, after.end if after is not None else token.i + 2, label="PER"))
    return _in_place_of(spans, joined)


#: What joins the members of a list (« X, Y et Z »).
_LIST_LINK = WordTest(lambda word: word in (",", "et", "ou"))

#: The English « of » inside a name (« Voice of Europe », « Bank of England »).
_ENGLISH_OF = WordTest(lambda word: word == "of")


def _join_english_of(doc: Doc, spans: list[Span], orths: numpy.ndarray) -> list[Span]:
    """« Voice of Europe » read as a person and a place: capitalised words joined by the English
    « of », which French never writes, are one name, an organisation's unless the model saw a
    person on both sides."""
    found = numpy.flatnonzero(_ENGLISH_OF.mask(orths, doc.vocab.strings)).tolist()
    if not found:
        return spans
    at = {i: s for s in spans for i in range(s.start, s.end)}
    joined = []
    for i in found:
        if not (0 < i < len(doc) - 1 and doc[i - 1].is_title and doc[i + 1].is_title):
            continue
        before, after = at.get(i - 1), at.get(i + 1)
        start = before.start if before is not None else i - 1
        end = after.end if after is not None else i + 2
        people = before is not None and after is not None and before.label_ == after.label_ == "PER"
        joined.append(Span(doc, start, end, label="PER" if people else "ORG"))
    return _in_place_of(spans, filter_spans(joined))


def _continues_name(doc: Doc, start: int, end: int, known: list[Span]) -> bool:
    """Tokens start..end go on with a name: capitalised words, a hyphen between two of them
    (« Europe-Jeunesse »), lower-case adjectives (« Parti socialiste français », « Congrès
    national africain ») or « du », « de » before a capitalised word (« Parti socialiste du
    Reich »); not another known name (« Facebook de SUD Rail »), nor a date (« Uber mardi »)."""
    if any(start <= k.start < end for k in known):
        return False
    for j in range(start, end):
        t = doc[j]
        if t.text == "-" and j + 1 < end and doc[j + 1].is_upper:
            return False  # « Fidesz-MPSZ »: the known name and its acronym, one party
        if t.text[:1].isupper() or (t.text == "-" and not t.whitespace_ and j + 1 < end) or (t.is_lower and t.pos_ == "ADJ"):
            continue
        if t.lower_ in ("de", "du", "des") and j + 1 < end and doc[j + 1].text[:1].isupper():
            continue
        return False
    return True


#: Countries whose name after an organisation's names its national branch (« Google France »).
BRANCH_COUNTRIES = function_words("branch_country")


def _join_national_branches(doc: Doc, spans: list[Span]) -> list[Span]:
    """« Google France », « TikTok France »: an organisation right followed by a country of
    ``branch_country`` that stands alone is the organisation's branch there, one organisation,
    not a company and a country (« le patron de TikTok France, X » heads the branch)."""
    starts = {s.start: s for s in spans}
    joined = []
    for span in spans:
        after = starts.get(span.end)
        if span.label_ == "ORG" and after is not None and len(after) == 1 and after.label_ == "LOC" and after.text.lower() in BRANCH_COUNTRIES and doc[span.end - 1].whitespace_:
            joined.append(Span(doc, span.start, after.end, label="ORG"))
    return _in_place_of(spans, joined)


#: Titles of one person that open a name (« Monsieur Kofi Annan »), as written.
PERSON_TITLES = frozenset({"M.", "Mme", "Mme.", "Mlle", "Monsieur", "Madame", "Mademoiselle"})


def _titled_person(span: Span, role_words: frozenset[str]) -> Span:
    """« Monsieur Kofi Annan » read as an organisation: a span that opens with a title of one
    person and goes on with capitalised words, none a role (« Monsieur le Président » is no
    name), is a person."""
    if span.label_ == "PER" or len(span) < 2 or span[0].text not in PERSON_TITLES or not all(t.text[:1].isupper() for t in span[1:]):
        return span
    if any(t.lower_ in role_words for t in span[1:]):
        return span
    return Span(span.doc, span.start, span.end, label="PER")


def _in_place_of(spans: list[Span], joined: list[Span]) -> list[Span]:
    """The joined names, in place of the spans they cover."""
    if not joined:
        return spans
    covered = {i for s in joined for i in range(s.start, s.end)}
    return [s for s in spans if covered.isdisjoint(range(s.start, s.end))] + joined


#: Roles that follow a name in the heading or the label of minutes (« Présidence de M. X Président »),
#: which the tables of roles and occupations do not all hold.
LABEL_ROLES = function_words("label_role")


def _label_role_at_line_end(doc: Doc, k: int) -> bool:
    """Token k is a capitalised role of minutes (``label_role``: « Président », « Rapporteur »)
    that ends its line or the text, after a capitalised word that is no particle: the role of the
    name before it (« Présidence de M. Paul Martin Président »), not part of it."""
    word = doc[k]
    at_end = k + 1 == len(doc) or "\n" in word.whitespace_ or doc[k + 1].is_space or doc[k + 1].is_punct
    return (
        at_end and word.lower_ in LABEL_ROLES and word.text[:1].isupper() and not word.text.isupper()
        and doc[k - 1].text[:1].isupper() and doc[k - 1].lower_ not in _SURNAME_PARTICLES
    )


def _role_after_capitals(doc: Doc, k: int, role_words: frozenset[str]) -> bool:
    """Token k is a role noun right after a surname in capitals (« Vaclav KLAUS Président de »,
    « Helmut KOHL Chancelier de », « WU Jintao Président de »): the name ends before it; not a
    word in capitals after a particle in capitals, which ends the surname (« Bruno LE MAIRE »)."""
    if k > 0 and doc[k].text.isupper() and doc[k - 1].text.isupper() and doc[k - 1].lower_ in _SURNAME_PARTICLES:
        return False
    # the surname in capitals last, or first before the given name (« WU Jintao Président de »);
    # capitals often go without their accents (« PRESIDENT »)
    surname = k > 0 and (doc[k - 1].text.isupper() or (k > 1 and doc[k - 1].is_title and doc[k - 2].text.isupper() and len(doc[k - 2].text) > 1 and doc[k - 2].is_alpha))
    return surname and (doc[k].lower_ in role_words or (doc[k].text.isupper() and doc[k].lower_ in _unaccented(role_words)))


@lru_cache(maxsize=4)
def _unaccented(words: frozenset[str]) -> frozenset[str]:
    """The words without their accents (« president »)."""
    return frozenset(strip_accents(w) for w in words)


def _with_hyphenated_first_name(span: Span, taken: frozenset[int] = frozenset()) -> Span:
    """« Franz-Olivier Giesbert » where the model's person starts at « Olivier »: the tokenizer
    cuts a compound first name at its hyphen, and the model may keep only its second half; and
    likewise a compound surname (« Daniel Cohn-Bendit » read as « Daniel Cohn »). A word of
    another entity (``taken``) stays out (« l'alliance Paul Martin-Parti radical »)."""
    doc, start = span.doc, span.start
    if span.label_ != "PER":
        return span
    while start >= 2 and doc[start - 1].text in ("-", "‑") and not doc[start - 1].whitespace_ and not doc[start - 2].whitespace_ and doc[start - 2].is_title and start - 2 not in taken:
        start -= 2
    end = span.end  # « Daniel Cohn-Bendit » where the model's person ends at « Cohn »: the compound surname
    while (
        end - start >= 2
        and end + 1 < len(doc)
        and doc[end].text in ("-", "‑")
        and not doc[end - 1].whitespace_
        and not doc[end].whitespace_
        and doc[end + 1].is_title
        and end + 1 not in taken
        and doc[end + 1].lower_ not in ORGANISATION_TITLE_HEADS
    ):
        end += 2
    return span if (start, end) == (span.start, span.end) else Span(doc, start, end, label=span.label_)


#: Words whose object, named with its article, is an organisation (« la dissolution de l'Œuvre X »).
NAMING_BANS = function_words("names_organisation")
#: A lemma of those words (each lemma tested once, not looked for by ``numpy.isin`` in every doc).
_NAMING_BAN = WordTest(lambda lemma: lemma in NAMING_BANS)
#: Pronouns that take the ban noun up (« ainsi que celle de Y »).
TAKEN_UP = function_words("taken_up")
#: Articles (and « de » with its article) before the name a ban word is of.
_BANNED_NAME_OPENERS = frozenset({"de", "d'", "d’", "du", "des", "l'", "l’", "la", "le", "les"})


def _honorifics(titles: frozenset[str]) -> dict[str, list[list[str]]]:
    """The titles of several words, by their first word (« Son » -> « Son Altesse », ...)."""
    index: dict[str, list[list[str]]] = {}
    for title in sorted(titles):
        words = title.split()
        if len(words) > 1:
            index.setdefault(words[0], []).append(words)
    return index


def _add_dissolved(doc: Doc, spans: list[Span]) -> list[Span]:
    """« la dissolution de l'Œuvre radicale », « ainsi que celle des Jeunesses Y », « a dissous
    les Jeunesses Y »: the capitalised name with its article after a word of dissolving (or
    after « celle de » in its sentence) is an organisation, where the model read none there
    (it often misses a name that opens on a rare letter such as « Œ »). Two capitalised words
    at least, or one and its lower-case adjective (« française »); a city the model read there
    with such an adjective names the group (« la dissolution de Bordeaux nationaliste »)."""
    if not _NAMING_BAN.mask(doc.to_array(LEMMA), doc.vocab.strings).any():
        return spans  # by the lemmas' hashes: most documents dissolve nothing
    places = {s.start: s for s in spans if s.label_ == "LOC" and len(s) == 1}
    taken = {i for s in spans for i in range(s.start, s.end)}
    added = []
    for token in doc:
        if token.lemma_.lower() not in NAMING_BANS:
            continue
        starts = [token.i + 1] + [t.i + 1 for t in doc[token.i + 1 : token.sent.end] if t.lower_ in TAKEN_UP]
        for k in starts:
            while k < token.sent.end and doc[k].lower_ in _BANNED_NAME_OPENERS and k - token.i < 12:
                k += 1
            place = places.get(k)
            if place is not None and k + 1 < token.sent.end and doc[k + 1].pos_ == "ADJ" and doc[k + 1].is_lower and k + 1 not in taken:
                spans = [s for s in spans if s is not place]  # « la dissolution de Bordeaux nationaliste »: a group named after its city
                taken.discard(k)
            j = k
            while j < token.sent.end and _capitalised_word(doc[j]) and j not in taken:
                j += 1
            if j > k and j < token.sent.end and j - k == 1 and doc[j].pos_ == "ADJ" and doc[j].is_lower and j not in taken:
                j += 1  # « l'Œuvre française »
            if j - k >= 2 and not doc[k].is_sent_start and doc[k - 1].lower_ in _BANNED_NAME_OPENERS:
                added.append(Span(doc, k, j, label="ORG"))
                taken.update(range(k, j))
    return spans + added if added else spans


def _hyphenated_first_end(doc: Doc, i: int) -> int:
    """The end of a first name at token i joined by a hyphen to a second capitalised one
    (« Faustin-Archange », split by the tokenizer), or i + 1."""
    if i + 2 < len(doc) and doc[i + 1].text == "-" and not doc[i].whitespace_ and not doc[i + 1].whitespace_ and _capitalised_word(doc[i + 2]):
        return i + 3
    return i + 1


#: How many words a person's name read at the end of a role may have (« ... des Sports Jeanne Morel »).
NAME_AFTER_ROLE_WORDS = 4


def _name_after_role(doc: Doc, start: int, end: int) -> Optional[int]:
    """Where the proper nouns that end a span opening with a role noun begin (« ministre de la
    Jeunesse et des Sports Jeanne Morel »: Jeanne Morel), two to four of them after a common
    noun; None where they follow « de » (« directeur général de Vexa Europe »: the company)."""
    k = end
    while k > start + 1 and doc[k - 1].pos_ == "PROPN" and _capitalised_word(doc[k - 1]):
        k -= 1
    if not 2 <= end - k <= NAME_AFTER_ROLE_WORDS or doc[k - 1].pos_ == "PROPN" or doc[k - 1].lower_ in _OF or doc[k - 1].lower_ in ("des", "et"):
        return None
    return k


def _join_slashed_organisations(doc: Doc, spans: list[Span]) -> list[Span]:
    """« Volvo/Renault »: two organisations joined by a slash with no space are one name, the way
    the text files them (a group and its brand, a company and its partner); not two acronyms
    (« CDU/CSU »: an alliance of two parties, each its own node)."""
    by_start = {s.start: s for s in spans}
    joined: list[Span] = []
    taken: set[int] = set()
    for span in sorted(spans, key=lambda s: s.start):
        if span.start in taken:
            continue
        j = span.end
        other = by_start.get(j + 1)
        if (
            other is not None and span.label_ == "ORG" and other.label_ == "ORG" and doc[j].text == "/"
            and not doc[j - 1].whitespace_ and not doc[j].whitespace_
            and not (span.text.isupper() and other.text.isupper())  # « CDU/CSU »: two parties' acronyms, an alliance
        ):
            joined.append(Span(doc, span.start, other.end, label="ORG"))
            taken.add(other.start)
        else:
            joined.append(span)
    return joined


def _capitalised_word(token) -> bool:
    """A word of letters that begins with a capital (« Castagnac », « Saint-Just »)."""
    return token.text[:1].isupper() and token.text.replace("-", "").replace("'", "").isalpha()


def _past_adjectives(doc: Doc, j: int) -> int:
    """Past up to two lower-case adjectives before a capitalised name (« le collectif écologiste
    Les Amis de la Mer », « le média indépendant Klipso »); j when no name follows them."""
    k = j
    while k < len(doc) and k - j < 2 and doc[k].pos_ == "ADJ" and doc[k].text.islower():
        k += 1
    return k if k < len(doc) and doc[k].text[:1].isupper() else j


#: Nouns of places and kinds of organisations, whose own name follows them (« la région X », « le parti X »).
_NAMING_COMPLEMENTS = function_words("place_noun") | function_words("type_noun")

#: How many lower-case words the complement of a person's role noun may have before the name (« le ministre des affaires étrangères Y »).
ROLE_COMPLEMENT_WORDS = 4


def _complement_in_capitals(doc: Doc, j: int) -> bool:
    """Token j opens a complement written in capitals, « de » and an article (« LE CHANCELIER DE LA
    REPUBLIQUE »): no name, which « DE GAULLE » after a title may be."""
    return doc[j].text.isupper() and doc[j].lower_ == "de" and j + 1 < len(doc) and doc[j + 1].text.isupper() and doc[j + 1].lower_.replace("’", "'") in _ARTICLES


def _past_lower_complement(doc: Doc, j: int) -> int:
    """Past the lower-case complement of a role noun before a capitalised name (« le ministre
    des affaires étrangères Y », « le président du groupe Y »); j where none is there, or where
    the complement is itself capitalised (« le ministre de l'Intérieur Y »: a portfolio the
    model may take for a name, so no name is added there)."""
    if j >= len(doc) or doc[j].lower_ not in (*_OF, "des"):
        return j
    k = j + 1
    if k < len(doc) and doc[j].lower_ == "de" and doc[k].lower_ in ("la", "l'", "l’"):
        k += 1
    portfolio = portfolio_end(doc, k)
    if portfolio > k + 1 and portfolio + 1 < len(doc) and doc[portfolio].text.istitle() and doc[portfolio + 1].text.istitle():
        return portfolio  # « son ministre des Affaires étrangères Y Z »: a portfolio of two words or more, then a name in full
    start = k
    while k < len(doc) and k - start < ROLE_COMPLEMENT_WORDS and doc[k].is_alpha and doc[k].is_lower and doc[k].pos_ in ("NOUN", "ADJ"):
        k += 1
        if k + 1 < len(doc) and doc[k].lower_ == "en" and doc[k + 1].is_lower and doc[k + 1].pos_ == "NOUN":
            k += 1  # « la plateforme de jeux en ligne Y »: « en » and its noun go on with the complement
    if k == start or k >= len(doc) or not doc[k].text[:1].isupper() or "\n" in doc[k - 1].whitespace_:
        return j
    # « le président de la région Nouvelle-Aquitaine », « du parti Vexa »: a noun that names what follows it
    return j if doc[k - 1].lower_ in _NAMING_COMPLEMENTS else k


def _gives_way(span: Span, start: int, end: int, label: str) -> bool:
    """A model entity inside the name a noun introduces gives way to it when the model saw no
    kind in it (MISC), a place (« le réseau social Klipso » read as a place), or the noun's
    kind; a person stays a person and an organisation an organisation."""
    return start <= span.start and span.end <= end and (span.label_ in ("MISC", "LOC") or span.label_ == label)


_OF = frozenset({"de", "d'", "d’", "du"})
#: First words of the names of days, weeks and feasts observed (« la Journée mondiale de ... »).
OBSERVANCE_HEADS = function_words("observance_head")
#: First words of the names of prizes and decorations (« le Prix Nobel », « la Légion d'honneur »): no party.
PRIZE_HEADS = function_words("prize_noun")
#: First words of a name that names no party: a day observed or a prize.
NO_PARTY_HEADS = OBSERVANCE_HEADS | PRIZE_HEADS
_PARTICLES = frozenset({"de", "du", "des", "van", "von", "der", "da", "di", "le"})  # « Charles de Gaulle »
#: Particles between a first name and a surname (« Thaïs d'Escufon », « Hugo de Lattre »).
def _split_person_after_name(spans: list[Span]) -> list[Span]:
    """« sur la scène du Théâtre de Lyon Luc Bernard »: a place or an organisation of the model
    that ends with the whole name of a person the document names on its own elsewhere is that
    name and, before it, the place (two words of a person's name at least)."""
    people = {span_text(s) for s in spans if s.label_ == "PER" and len(s) >= 2}
    if not people:
        return spans
    out = []
    for span in spans:
        cut = None
        if span.label_ != "PER" and len(span) >= 3:
            cut = next((k for k in range(span.start + 1, span.end - 1) if span_text(span.doc[k : span.end]) in people), None)
        if cut is None:
            out.append(span)
            continue
        out.append(Span(span.doc, span.start, cut, label=span.label_))
        out.append(Span(span.doc, cut, span.end, label="PER"))
    return out


_NAME_PARTICLES = frozenset({"de", "d'", "d’", "du", "van", "von", "da", "di"})
#: Particles that open a surname written in capitals (« LE MAIRE », « LA TOUR »).
_SURNAME_PARTICLES = _NAME_PARTICLES | {"le", "la", "des"}
#: Prepositions no person's name holds (« Lucie Roux pour Matignon », « Paul Martin à Lyon »).
NO_NAME_PREPOSITIONS = function_words("no_name_preposition")

#: Prepositions that end an organisation's name read past a complement of its own.
AGAINST_COMPLEMENTS = function_words("against_complement")
#: Nouns of a locution of measure after « à » (« à hauteur de »): no name holds them.
MEASURE_LOCUTIONS = function_words("measure_locution")


def _before_against(doc: Doc, start: int, end: int) -> int:
    """The end of an organisation's name the model read past « contre »: where the name has a
    complement of its own before it and only lower-case words after it (« l'Autorité de
    protection des données contre la nouvelle politique de ... »), the name ends before
    « contre »; « la Ligue contre le cancer » keeps it."""
    k = next((k for k in range(start + 2, end) if doc[k].lower_ in AGAINST_COMPLEMENTS), None)
    if k is None or not any(t.lower_ in _OF or t.lower_ == "des" for t in doc[start + 1 : k]):
        return end
    return k if all(not t.text[:1].isupper() for t in doc[k:end]) else end


#: Weekday names (``dates.tsv``, read by :func:`.events.date_words`): a day the model reads as a
#: name's last word is cut off.
WEEKDAYS = frozenset(word for word, (what, _) in date_words().items() if what == "weekday")
#: Words no entity's name ends on (« Affaires étrangères de la »): the model's span cut short.
TRAILING_WORDS = frozenset({"de", "d'", "d’", "du", "des", "la", "le", "les", "l'", "l’", "et", "ou"})


#: The longest name read between quotes after a noun that introduces it, in tokens.
QUOTED_NAME_TOKENS = 10


def _quoted_name_end(doc: Doc, j: int) -> int:
    """Where a name in quotes that opens at token j ends (its closing quote), or 0: a capitalised
    first word, no verb but an infinitive, at most :data:`QUOTED_NAME_TOKENS` tokens (« « Les Amis de Paul Martin » »)."""
    if j + 2 >= len(doc) or doc[j].text not in ("«", "“", '"') or not doc[j + 1].text[:1].isupper():
        return 0
    for k in range(j + 1, min(j + 2 + QUOTED_NAME_TOKENS, len(doc))):
        token = doc[k]
        if token.text in ("»", "”", '"'):
            return k if k > j + 1 else 0
        finite = token.pos_ in ("VERB", "AUX") and "Inf" not in token.morph.get("VerbForm")  # « Envie de rêver » is a name
        if finite or token.text in (".", ";", ":", "«", "“") or "\n" in token.whitespace_:
            return 0
    return 0


def particle_then_name(word: str) -> bool:
    """A last word that is a lower-case particle joined to a capitalised name: elided
    (« d'Estaing ») or hyphenated (« al-Assad », « el-Sissi », « ben-Gourion »); not a name
    glued to a lower-case word after a line break."""
    if word[1:2] == "'" and word[2:3].isupper():
        return True
    particle, dash, rest = word.partition("-")
    return bool(dash) and 1 <= len(particle) <= 3 and particle.isalpha() and rest[:1].isupper()
def _join_particle_surnames(doc: Doc, spans: list[Span]) -> list[Span]:
    """« Philippe Van de Maele », read as « Philippe Van » and « Maele »: a person's name that
    ends with a capitalised particle (``name_particle``: « Van », « Von », « Di »), then a
    lower-case one and a one-word person, is one name. So is « Marie de Waubert de Genlis », read
    as « Marie de Waubert » and « Genlis »: a name that holds a particle already, then « de » and
    one capitalised word the model read as any name."""
    out: list[Span] = []
    for span in sorted(spans, key=lambda s: s.start):
        before = out[-1] if out else None
        if (
            before is not None and before.label_ == span.label_ == "PER" and len(span) == 1 and span.start == before.end + 1
            and doc[before.end - 1].text[:1].isupper() and doc[before.end - 1].lower_ in NAME_PARTICLES
            and doc[before.end].is_lower and doc[before.end].lower_ in NAME_PARTICLES
        ) or (
            before is not None and before.label_ == "PER" and len(span) == 1 and span.start == before.end + 1
            and doc[before.end].lower_ in ("de", "d'", "d’") and doc[span.start].text[:1].isupper()
            and any(doc[k].lower_ in ("de", "d'", "d’") for k in range(before.start + 1, before.end - 1))
        ):
            out[-1] = Span(doc, before.start, span.end, label="PER")
            continue
        out.append(span)
    return out


def _join_after_title(doc: Doc, spans: list[Span], titles: frozenset[str]) -> list[Span]:
    """« Me Alioune Blondin Beye », read as « Me Alioune » and « Blondin Beye »: a person's span of a
    title (``titles.txt``, as written) and one word, right against a person's span of capitalised
    words, is one name."""
    out: list[Span] = []
    for span in sorted(spans, key=lambda s: s.start):
        before = out[-1] if out else None
        if (
            before is not None and before.label_ == span.label_ == "PER" and len(before) == 2 and span.start == before.end
            and doc[before.start].text in titles and all(t.text[:1].isupper() for t in span)
        ):
            out[-1] = Span(doc, before.start, span.end, label="PER")
            continue
        out.append(span)
    return out


#: Lower-case words a person's full name may hold (« de », « van »), capitalised or not in it.
NAME_PARTICLES = function_words("name_particle")
#: Web domain endings that a name may carry (« Leave.EU »): a few, the common ones.
_DOMAIN_ENDINGS = frozenset({"com", "fr", "eu", "org", "net", "io", "info", "uk", "de", "be", "ch", "ca"})
#: Words of address before a role (« Monsieur le Président »): the role names the one called.
VOCATIVES = function_words("vocative")
_ARTICLES = frozenset({"le", "la", "l'", "les", "un", "une", "du", "au", "des", "ce", "cet", "cette", "son", "sa", "ses", "leur"})
#: « un », « une »: the article of a definition (« X est une association »).
_INDEFINITE = function_words("indefinite_article")
#: Nouns of a creative work: a name defined as one is a title (« X est un roman »).
_CREATIONS = function_words("creation_noun")

#: Capitalised articles that open a title-like name (« Les Amis de la Mer »).
_TITLE_ARTICLES = frozenset({"Le", "La", "Les", "L'", "L’"})


class NameHeads:
    """Common nouns that introduce a name (``name_heads.tsv``): noun -> (label, how)."""

    def __init__(self, path: str = "name_heads.tsv") -> None:
        self.entries: dict[str, tuple[str, str]] = {}
        for row in read_table(path):
            self.entries[row[0].lower()] = (LABEL_BY_KIND[EntityKind(row[1])], row[2])
        self._index()

    @classmethod
    def of_entries(cls, entries: dict[str, tuple[str, str]]) -> "NameHeads":
        """The table of entries saved with a pipeline (noun -> (label, how))."""
        heads = cls.__new__(cls)
        heads.entries = dict(entries)
        heads._index()
        return heads

    def _index(self) -> None:
        firsts = frozenset(noun.replace("'", "' ").split()[0] for noun in self.entries)
        # tested on forms, lower-cased here (the form column is the one the components share)
        self.first_word = WordTest(lambda word: word.lower().replace("’", "'") in firsts or word.lower().replace("’", "'") in self.entries)

    def match(self, doc: Doc, i: int) -> Optional[tuple[str, str, int]]:
        """The label, the way and the end of the noun starting at token i, or None."""
        lowers = [doc[k].lower_.replace("’", "'") for k in range(i, min(i + 5, len(doc)))]
        for n in (5, 4, 3, 2, 1):
            if len(lowers) >= n:
                words = " ".join(lowers[:n]).replace("' ", "'")
                if words in self.entries:
                    label, how = self.entries[words]
                    return label, how, i + n
        return None


@Language.factory(
    "techpolgraph_entities",
    default_config={
        "gazetteer": "organisations.tsv",
        "titles": "titles.txt",
        "people": "people.tsv",
        "non_names": "non_names.txt",
        "nationalities": "nationalities.tsv",
        "name_heads": "name_heads.tsv",
        "first_names": "first_names.tsv",
    },
    requires=["doc.ents", "token.pos"],
    assigns=["doc.ents"],
)
def make_entity_recogniser(
    nlp: Language,
    name: str,
    gazetteer: str,
    titles: str,
    people: str,
    non_names: str,
    nationalities: str,
    name_heads: str,
    first_names: str,
) -> EntityRecogniser:
    """Fix the kinds of ``ner``'s entities with techpolgraph's lists (package data files or
    paths of the user's own; an empty string turns a list off)."""
    return EntityRecogniser(nlp, name, gazetteer, titles, people, non_names, nationalities, name_heads, first_names)

