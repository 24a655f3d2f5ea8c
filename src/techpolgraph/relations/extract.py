"""Typed relations from sentences: who met, criticised, banned or endorsed whom.

``fr_core_news_md`` parses before it recognises entities, and often mis-attaches proper names
("Macron a rencontré Musk." gives both names ``nsubj``; it even cuts sentences before a name).
The extractor therefore reads the arguments of a cue (``relation_cues.tsv``) from the
*resolved mentions around it within its clause* by default, with the parse used only where it
is reliable (parts of speech, mood, auxiliaries):

Each piece of that reading is a module of its own, named for the construction it reads:

- :mod:`.cues` the lexicon: each verb, noun and locution with its frame (``relation_cues.tsv``);
- :mod:`.sentence` sentences (glued back where the parser cut before a name), clauses, incises
  (:mod:`.typography`), and the groups a party is named by (« X, Y et Z », « le milliardaire
  X », « le patron de Y, Z », « de nombreuses plateformes, notamment X et Y »);
- :mod:`.subjects` the parties before the cue in its clause that are not governed by a
  preposition or another verb (« Une soixantaine de leaders, dont X, Y et Z, se sont rendus à
  Paris pour s'entretenir avec W » gives X, Y and Z);
- :mod:`.complements` the direct object and the prepositional complements after the cue;
- :mod:`.verbal` verbal frames: passives (« X a été banni par Y »), reciprocals (« les deux
  hommes se sont rencontrés »), objects together (« un déjeuner réunissant X et Y »);
- :mod:`.nominal` nominal frames (« le blocage de X par Y », « le soutien de X à Y », « Y a
  annoncé l'exclusion de X », « X, un ancien critique de Y »);
- :mod:`.control` control and report verbs (« la décision de X de bloquer Y », « ..., accusant
  Y », « X a noté que Y lui rendrait visite »);
- :mod:`.relatives` relative clauses and clefts (« X, qui a reçu Y », « Y, que X a attaqué »,
  « Z, dont X a appuyé la candidature », « c'est X qui »);
- :mod:`.proxies` what a party owns, does or says (« la page de X », « la campagne de X »);
- :mod:`.acts` a ban or a sanction named again (« X a suspendu Y. Z a critiqué cette décision »:
  Z criticised X);
- :mod:`.findings` findings of a breach (« la Commission a constaté qu'Apple avait enfreint
  ses obligations »);
- :mod:`.judgements` judgements given as an attribute (« X a qualifié Y de « tyran » »);
- :mod:`.modality` negation, doubt, intent, plans, refusal, attribution and tense.

A verb of attendance (« s'y est rendu », « a assisté au sommet ») and a verb done during an
event (« pendant / lors d'un dîner avec Z ») make its subject take part in the event
(``participated_in``) and, at a meeting or a summit, meet those the event reader found taking
part in it in that sentence (« Trump a réuni ... pour une rencontre »); « et non Y » denies.
A party is a resolved mention (a pronoun or a role description counts as its entity, a plural
such as "les deux hommes" as each of its entities); an unresolved one gives no edge.

The other way, ``arguments="tree"``, parses the sentence again with stand-ins for the
mentions and reads the dependency tree (:mod:`.tree`); "fallback", "union" and "both"
combine the two. Measured on the synthetic sentences of the tests and the hand-checked
relations of ``corpus/``, the window reading is as precise and finds more, so it is the default.

Each relation gets its modality (:mod:`.modality`), its evidence sentence and offsets.
The component ``techpolgraph_relations`` writes ``doc._.tpg_relations``.
"""

from __future__ import annotations

import re
from bisect import bisect_left, bisect_right
from collections.abc import Iterable
from dataclasses import replace
from pathlib import Path
from typing import Optional, Union

import numpy
import srsly
from spacy.attrs import LEMMA, LOWER, ORTH
from spacy.strings import hash_string
from spacy.language import Language
from spacy.tokens import Doc, Span, Token

from ..data import function_words
from ..errors import TechpolgraphError
from ..models import EntityKind, LocalRelation, Modality, RelationType, Tense
from ..nlp.events import cue_of_name
from ..nlp.text import line_bounds, phrase_ends_at, span_text, tokens_text
from ..nlp.words import WordTest
from ..resolve.names import name_key, nationalities
from ..resolve.organisations import OrgTypes
from ..resolve.document import ADDRESS_WORDS, ADDRESSEE_PRONOUNS, FIRST_PERSON_WORDS, QUESTION_MARKERS, mention_refs, verb_after_subject
from .control import BODY_ONLY_CUES, COPULAS, QUOTE_CLOSERS, attempted, clitic_controller, declared_vote, impersonal_dative, infinitive_of_noun, object_controller, own_vote_declared, participle_control, voice_honoured, voting_call
from .acts import ActMemory, act_slots, read_acts
from .complements import companions, is_network
from .nominal import ASSURING_VERBS, WELCOME_THANKS, agenda_hearing, meeting_body, our_meeting, bare_thanks, blaming_request, requested, thanked_for_courtesy, thanked_for_receiving, thanked_for_welcome
from .cues import ADVERBIAL_ENDS, DE_FORMS, LOCUTION_HEADS, SHORT_ADVERBIAL, Argument, Cue, CuePos, CueTable, Source, adverbial_before, cue_end, cue_words_follow, features, infinitive_in_er, judgement_words, modality_words, party_actions, remote_cues, verb_lemma, written_channels, written_phrases
from .events import MEETING_TYPES, event_relations
from .findings import in_breach, violation_words
from .judgements import ACT_JUDGING, BARE_CALLING, BLAME_WORDS, CALLING, CREDITING_WORDS, FALLEN_BLAME_NOUNS, FAULTING_VERBS, HIGHLIGHTING, LACKED_VIRTUES, LYING_FORMS, MANAGING_VERBS, OWNED_FAULTS, REJOICING_VERBS, STANDARDS, ROLE_PRAISE, THANKS_WORDS, WELCOME_WORDS, credit_modality, epithet_of, highlighted, judged, judged_by_denial, judged_refusal, managed, may_judge, opinion, rejoiced_success, reproached, thanked, welcomed
from .modality import COMING_VERBS, GLAD_WORDS, INFINITIVE_ENDINGS, NOMINATING_CUES, PAST_PARTICIPLE_ENDINGS, glad_before, governor, is_negated, is_uncertain, joy_possessive, negated_infinitive, party_negated
from .proxies import AGREEMENT_NOUNS, WEAPON_NOUNS
from .relatives import DATIVE_RELATIVES, PREPOSED_RELATIVES
from .reading import forms, lower_forms, tags
from .sentence import (
    ADDRESSEE_POSSESSIVES,
    kept_per_view,
    CLAUSE_BREAKS,
    DE,
    MAX_GAP,
    is_possessive_determiner,
    REFLEXIVE,
    SUBORDINATORS,
    PARTIES,
    TYPE_NOUNS,
    SPEAKER_POSSESSIVES,
    SentenceView,
    Slot,
    among,
    clitic_window,
    during,
    around_host,
    expand,
    completes_a_noun,
    is_determiner,
    is_object_clitic,
    is_possessive,
    last_group,
    own_organisation,
    participle_as_noun,
    past_adjuncts,
    past_role_nouns,
    reading_doc,
    reflexive,
    role_heads,
    sentences,
    within,
)
from .subjects import SUBJECT_PRONOUNS, apposed_reflexive_party, exhorts_itself, gathering_guests, gathering_hosts, subjects_of
from .tree import Reparse, TreeReader
from .typography import CLOSING_QUOTES, MARK_TOKENS, QUOTES
from .verbal import BEING_SOMEWHERE, PRAISING_VERBS, VERBAL_ADJECTIVE_ENDINGS, arguments, lacks_its_organisation, put_forward, with_someone_somewhere

STRATEGIES = ("window", "tree", "fallback", "union", "both")


DEFAULT_STRATEGY = "window"


GATHERINGS = MEETING_TYPES | {"summit"}


#: Verb cues whose reflexive form means something else (« se dire favorable à »).
#: How far after a verb of saying its object noun may stand before the « à » (« a affirmé son soutien à »).
NOUN_BEFORE_COMPLEMENT = 4
REFLEXIVE_SENSE = function_words("reflexive_sense")  # and « lors de », « au cours de » (:func:`_during`)


def _register_extensions() -> None:
    if not Doc.has_extension("tpg_relations"):
        Doc.set_extension("tpg_relations", default=None)


_register_extensions()


class RelationExtractor:
    """Finds typed relations between a document's resolved mentions (see the module docstring)."""

    def __init__(self, nlp: Language, name: str, cues: str, arguments: str = DEFAULT_STRATEGY) -> None:
        if arguments not in STRATEGIES:
            raise TechpolgraphError(f"techpolgraph_relations: arguments must be one of {', '.join(STRATEGIES)}, not {arguments!r}")
        self.name = name
        self.table = CueTable.from_file(cues)
        self.strategy = arguments
        self.tree = TreeReader(nlp)
        self._lookups()

    def _lookups(self) -> None:
        """Whether a cue may be looked up by a lemma, and by a lower-case form (each word tested
        once, then remembered)."""
        # forms are tested on the form column lower-cased (``token.lower_`` is ``str.lower`` of the
        # form): the components number that one column (nlp/words.py), not a lower-case one too
        self._cue_lemma = WordTest(lambda lemma: lemma.lower() in self.table.by_first)
        self._mark = WordTest(lambda text: text in CLAUSE_BREAKS or text in MARK_TOKENS or text == "," or text.lower() in RELATIVE_PRONOUNS)
        self._subordinator = WordTest(lambda text: text.lower() in SUBORDINATORS)
        self._cue_form = WordTest(lambda text: any(f in self.table.by_first for f in _word_forms(text.lower())))
        # lemmas whose every cue takes « aux côtés de » (« se montrer ») and copulas found everywhere
        # whose cues take it, are locutions (« être d'accord ») or tell where one was with someone
        # (« était à Berlin avec »): cues only before « côtés », the locution's last word or « avec »
        self._beside_keys = {
            w: numpy.array(sorted({hash_string(beside_key(c)) for c in cues}), dtype=numpy.uint64)
            for w, cues in self.table.by_first.items()
            if all(beside_only(w, c) for c in cues)
        }
        self._beside_only = WordTest(lambda lemma: lemma.lower() in self._beside_keys)
        findings = violation_words().get("finding", frozenset()) | CALLING | HIGHLIGHTING | THANKS_WORDS | WELCOME_WORDS | MANAGING_VERBS | REJOICING_VERBS | {"!"}  # « Vous ne répondez pas ! »: judgements.reproached
        self._finding = WordTest(lambda lemma: any(f in findings for f in _verb_lemmas(lemma)))
        self._reporting = WordTest(lambda lemma: any(f in modality_words().get("reporting", ()) for f in _verb_lemmas(lemma)))
        self._judging_form = WordTest(lambda word: word in judgement_words())
        self._judging = WordTest(lambda lemma: any(f in judgement_words() or f in ROLE_PRAISE or f in LACKED_VIRTUES or f in STANDARDS or f in FAULTING_VERBS or f in BLAME_WORDS or f in FALLEN_BLAME_NOUNS or f in CREDITING_WORDS or f in ACT_JUDGING or f in OWNED_FAULTS or f in MANAGING_VERBS or f in LYING_FORMS or f in violation_words().get("unmet", ()) for f in _verb_lemmas(lemma)))

    # -- saved with the pipeline (nlp.to_disk / spacy.load) --------------------------------
    #: The file in the component's folder of a saved pipeline that holds its lexicon.
    TABLES = "cues.json"

    def to_disk(self, path: Union[str, Path], exclude: Iterable[str] = ()) -> None:
        """Save the lexicon in use in ``path``, so that the pipeline loaded back reads the same
        relations, whatever the cue files are by then."""
        folder = Path(path)
        folder.mkdir(parents=True, exist_ok=True)
        srsly.write_json(folder / self.TABLES, [cue.row() for cue in self.table.cues])

    def from_disk(self, path: Union[str, Path], exclude: Iterable[str] = ()) -> "RelationExtractor":
        """Load the lexicon saved by :meth:`to_disk` (it replaces the one of the settings)."""
        file = Path(path) / self.TABLES
        self.table = CueTable.from_rows(srsly.read_json(file), file)
        self._lookups()
        return self

    def __call__(self, doc: Doc) -> Doc:
        """The doc with its relations (``doc._.tpg_relations``); the readings of its tokens that
        many cues ask for are worked out once (:func:`.sentence.reading_doc`)."""
        with reading_doc(doc):
            return self._read(doc)

    def _read(self, doc: Doc) -> Doc:
        kinds = {cid: EntityKind(e["kind"]) for cid, e in (doc._.tpg_entities or {}).items()}
        names = {cid: e["name"] for cid, e in (doc._.tpg_entities or {}).items()}
        refs = mention_refs(doc)
        clusters: dict[tuple[int, int], list[str]] = {}
        for start, end, cluster, _reason in refs:
            if cluster and cluster not in clusters.setdefault((start, end), []) and not self._is_cue_word(doc[start]):
                clusters[(start, end)].append(cluster)
        slots = [
            Slot(start, end, ids[0], _party_kind(kinds[ids[0]], names.get(ids[0], "")), tokens_text(doc, start, end), tuple(ids[1:]))
            for (start, end), ids in sorted(clusters.items())
            if ids
        ]
        events = [
            Slot(start, end, cluster, EntityKind.EVENT, tokens_text(doc, start, end))
            for start, end, cluster, _reason in sorted(refs)
            if cluster and kinds.get(cluster) is EntityKind.EVENT
        ]
        found: list[LocalRelation] = []
        sents = sentences(doc)
        by_event = event_relations(doc, sents)
        attendees = _attendees(by_event)
        cue_tokens = self.cue_positions(doc)
        findings = self.finding_positions(doc)
        reporting = self.lemma_positions(doc, self._reporting)
        judging = [i for i in self.judging_positions(doc) if may_judge(doc, i)]
        marks = self.mark_positions(doc)
        voices = doc._.tpg_voices or []
        addressee = doc._.get("tpg_addressee") or ""  # the guest or the addressee a title names
        party_kinds = {s.cluster: s.kind for s in slots}
        memory = ActMemory()  # the acts told last, which a noun may name again
        for n, sent in enumerate(sents):
            inside = within(slots, sent)
            previous = memory.in_play(n)
            acts = act_slots(doc, sent, inside, previous, party_kinds)
            memory.note(n, sent, bool(acts))
            if acts:
                inside = sorted([*inside, *acts], key=lambda s: (s.start, s.end))
            happenings = tuple(within(events, sent))
            judges = judging[bisect_left(judging, sent.start) : bisect_left(judging, sent.end)]
            voice = _voice_of(voices, sent, names, kinds)
            if voices and voice is None:
                inside = _past_vocative(doc, inside, sent, voices[0][2])
            # the voice may be a party: « Y est un menteur ! », « Merci, madame Y, pour ... »
            tokens = cue_tokens[bisect_left(cue_tokens, sent.start) : bisect_left(cue_tokens, sent.end)]
            finds = findings[bisect_left(findings, sent.start) : bisect_left(findings, sent.end)]
            welcome = any(doc[i].lower_ in WELCOME_WORDS for i in finds)  # « soyez le bienvenu »: :func:`.judgements.welcomed`
            heard = voice is not None and (bool(judges) or voice_honoured(sent) or _opens_with_thanks(sent) or welcome or _exhorting(sent) or _exclaims(sent) or agenda_hearing(sent, tokens))
            guest = Slot(sent.start, sent.start, addressee, kinds[addressee], names.get(addressee, "")) if voice is not None and addressee in kinds and addressee != voice.cluster else None
            ours = [guest] if guest is not None and (welcome or any(our_meeting(doc, t.i) for t in sent[:-1])) else []  # « nos entretiens »: the speaker's and the guest's; « soyez le bienvenu »: the guest
            if len({c for s in (*inside, *happenings, *([voice] if heard else []), *ours) for c in (s.cluster, *s.others)}) < 2:
                continue
            if not tokens and not happenings and not finds and not judges:
                continue  # no cue word and no event: nothing to read
            view = SentenceView(sent, inside, happenings, marks[bisect_left(marks, sent.start) : bisect_left(marks, sent.end)])
            view.reporting = reporting[bisect_left(reporting, sent.start) : bisect_left(reporting, sent.end)]
            view.voice, view.addressee = voice, guest
            told = [
                *self.sentence_relations(view, names, attendees, tokens),
                *self.breaches(view, names, finds),
                *self.judgements(view, names, finds),
                *self.opinions(view, names, judges, voice),
            ]
            told = [r for r in told if not _family_meeting(r, names, kinds)]
            kept = read_acts(doc, _told_by(told, voice), acts, previous)
            memory.tell(n, kept)
            found.extend(kept)
        found.extend(by_event)
        doc._.tpg_relations = [r.model_dump(mode="json") for r in _unique(found)]
        return doc

    def mark_positions(self, doc: Doc) -> list[int]:
        """The tokens that may break a clause or mark an incise (punctuation, subordinators), in
        order: the sentence views look at these only."""
        if len(doc) == 0:
            return []
        orths, strings = doc.to_array(ORTH), doc.vocab.strings
        return numpy.flatnonzero(self._mark.mask(orths, strings) | self._subordinator.mask(orths, strings)).tolist()

    def cue_positions(self, doc: Doc) -> list[int]:
        """The tokens a cue may be looked up by (:func:`_lemmas`: lemma, form, or a form made
        from it), in order; each distinct lemma and form is tested once, then remembered."""
        if len(doc) == 0:
            return []
        words, strings = doc.to_array([LEMMA, ORTH]), doc.vocab.strings
        may_cue = self._cue_lemma.mask(words[:, 0], strings) | self._cue_form.mask(words[:, 1], strings)
        beside = self._beside_only.mask(words[:, 0], strings)
        if beside.any():  # « être » is everywhere, « aux côtés de » is not: only where « côtés » follows
            lower = doc.to_array(LOWER)
            hits: dict[str, numpy.ndarray] = {}
            for i in numpy.flatnonzero(beside & may_cue).tolist():
                lemma = doc[i].lemma_.lower()
                if lemma not in hits:
                    hits[lemma] = numpy.flatnonzero(numpy.isin(lower, self._beside_keys[lemma]))
                if not ((hits[lemma] > i) & (hits[lemma] <= i + BESIDE_REACH)).any():
                    may_cue[i] = False
        return numpy.flatnonzero(may_cue).tolist()

    def finding_positions(self, doc: Doc) -> list[int]:
        """The tokens whose lemma is a verb of finding (``violations.tsv``), in order."""
        return self.lemma_positions(doc, self._finding)

    @staticmethod
    def lemma_positions(doc: Doc, test: WordTest) -> list[int]:
        """The tokens whose lemma passes ``test``, in order (each distinct lemma tested once)."""
        if len(doc) == 0:
            return []
        # one column, as cue_positions reads it: the word numbers of that column are kept
        # (nlp.words) and found again here, where a column of shape (n, 1) was numbered anew
        lemmas = doc.to_array(LEMMA)
        return numpy.flatnonzero(test.mask(lemmas, doc.vocab.strings)).tolist()

    def judging_positions(self, doc: Doc) -> list[int]:
        """The tokens of judging words, by lemma, or by form where the lemmatiser cut the word
        (« caricaturaux »: « caricaturau »)."""
        by_form = numpy.flatnonzero(self._judging_form.mask(doc.to_array(LOWER), doc.vocab.strings)).tolist() if len(doc) else []
        return sorted({*self.lemma_positions(doc, self._judging), *by_form})

    def breaches(self, view: SentenceView, names: dict[str, str], positions: list[int]) -> list[LocalRelation]:
        """« la Commission a constaté qu'Apple avait enfreint ses obligations »: the one who
        finds criticises the one in breach (:mod:`.findings`)."""
        out: list[LocalRelation] = []
        for i in positions:
            cue = view.doc[i]
            targets = in_breach(view, cue) if i not in view.at else []
            if not targets:
                continue
            spec = Cue(cue.lemma_.lower(), CuePos.VERB, RelationType.CRITICISED, Argument.OBJ)
            for source in expand(subjects_of(view, cue, view.clause(i)[0])):
                out.extend(self.relation(view, cue, spec, source, target, False, names) for target in targets)
        return out

    def judgements(self, view: SentenceView, names: dict[str, str], positions: list[int]) -> list[LocalRelation]:
        """« X a qualifié Y de « tyran » »: a judgement given as an attribute; « X a souligné le
        courage de Y »: a merit or a fault put forward (:mod:`.judgements`)."""
        out: list[LocalRelation] = []
        for i in positions:
            if i in view.at:
                continue
            cue = view.doc[i]
            lemmas = _verb_lemmas(cue.lemma_.lower())
            if cue.pos_ in ("VERB", "AUX") and any(lemma in HIGHLIGHTING for lemma in lemmas):
                found = highlighted(view, cue)  # « X a souligné le courage de Y »
            elif any(lemma in CALLING for lemma in lemmas):
                found = judged(view, cue)
            elif cue.lower_ in THANKS_WORDS:
                found = thanked(view, cue)  # « Merci, madame Y, pour votre travail »
            elif cue.lower_ in WELCOME_WORDS:
                found = welcomed(view, cue)  # « Monsieur Y, soyez le bienvenu »
            elif cue.text == "!":
                found = reproached(view, cue)  # « Vous ne répondez pas ! », « C'est vous qui avez tout démoli ! »
            elif cue.pos_ in ("VERB", "AUX") and any(lemma in MANAGING_VERBS for lemma in lemmas):
                found = managed(view, cue)  # « Monsieur Y, vous avez su rassembler votre majorité »
            elif cue.pos_ in ("VERB", "AUX") and any(lemma in REJOICING_VERBS for lemma in lemmas):
                found = rejoiced_success(view, cue)  # « je me réjouis que Y ait été élu »
            else:
                continue
            reproach = cue.text == "!"
            for source, target, relation in found:
                spec = Cue(REPROACH_CUE if reproach else cue.lemma_.lower(), CuePos.VERB, relation, Argument.OBJ)
                told = self.relation(view, cue, spec, source, target, False, names)
                # the reproach is the speaker's, whatever its verb denies or asks
                out.append(told.model_copy(update={"modality": Modality.ASSERTED}) if reproach else told)
        return out

    def opinions(self, view: SentenceView, names: dict[str, str], positions: list[int], voice: Optional[Slot] = None) -> list[LocalRelation]:
        """« Pour X, Y est « un danger » »: an opinion that judges a party (:func:`.judgements.opinion`);
        ``voice``: the one whose words the sentence is, in a transcript or a letter."""
        out: list[LocalRelation] = []
        for i in positions:
            word = view.doc[i]
            if i in view.at:
                continue
            for source, target, relation in opinion(view, word, voice):
                lemma = verb_lemma(word)  # « trompe », a form the tagger left: « tromper »
                named = word.lower_ if lemma not in judgement_words() and word.lower_ in judgement_words() else lemma  # « caricaturaux », cut to « caricaturau »
                spec = Cue(named, CuePos.NOUN, relation, Argument.OBJ)
                found = self.relation(view, word, spec, source, target, False, names)
                if word.lower_ in CREDITING_WORDS:  # « grâce au travail de Y »
                    credited = credit_modality(view, word, found.modality)
                    if credited is None:
                        continue
                    found = found.model_copy(update={"modality": credited})
                if word.pos_ == "NOUN" and word.lower_ in OWNED_FAULTS and source is voice and target.text.lower() in ADDRESSEE_POSSESSIVES:
                    # « nous ne suivrons pas votre démagogie »: the fault is reproached, whatever its verb (:func:`.judgements.voiced_fault`)
                    found = found.model_copy(update={"modality": Modality.ASSERTED})
                elif found.modality is Modality.NEGATED and (judged_by_denial(view, word) or judged_refusal(view, word)) or found.modality is not Modality.ASSERTED and epithet_of(view, word) is target:
                    # « Y n'est pas à la hauteur », « Vous n'avez pas honte ! »: the negation is the judgement;
                    # « Qui sait où s'arrêtera Y, ce despote ? »: the epithet is given, whatever is asked
                    found = found.model_copy(update={"modality": Modality.ASSERTED})
                out.append(found)
        return out

    def _is_cue_word(self, token: Token) -> bool:
        """A "mention" that starts with a relation noun (« Dîner stratégique », « Rencontre ») is
        the recogniser's mistake, not an entity: it is the cue itself."""
        # a locution is no cue here unless its words follow (« Action directe » is no « action en justice »);
        # nor a noun a nationality follows (« l'opposition biélorusse », a group named as an institution)
        if token.i + 1 < len(token.doc) and token.nbor(1).lower_ in nationalities():
            return False
        return any(c.pos is CuePos.NOUN and (len(c.words) == 1 or cue_words_follow(token.doc, token, c)) for c in self.table.for_lemma(token.lower_))

    # -- per sentence -----------------------------------------------------------------------
    def sentence_relations(
        self,
        view: SentenceView,
        names: dict[str, str],
        attendees: Optional[dict[tuple[str, int], list[Slot]]] = None,
        positions: Optional[list[int]] = None,
    ) -> list[LocalRelation]:
        """The relations of one sentence; ``attendees`` are the people the event reader found
        taking part in each event, by (event, sentence offset), for the cues of attendance;
        ``positions``, when given, are the only tokens of the sentence that may be cues
        (:meth:`cue_positions`)."""
        out: list[LocalRelation] = []
        reparse: Optional[Reparse] = None
        for token in view.sent if positions is None else (view.doc[i] for i in positions):
            if token.i in view.at or _in_quoted_name(view, token):
                continue
            for cue in self._with_meetings_thanked_for(view, token, self._matching_cues(view, token)):
                if cue.relation is RelationType.ENDORSED and cue.lemma in WELCOME_THANKS and (thanked_for_courtesy(view, token) or bare_thanks(view, token) or _polite_request(token)):
                    continue  # « je vous remercie de votre question », « Et je vous remercie. », « je serais reconnaissant à Y de ... »: a courtesy, no support
                if cue.relation is RelationType.ENDORSED and cue.lemma in WELCOME_THANKS and thanked_for_welcome(view, token):
                    cue = replace(cue, relation=RelationType.MET)  # « X a remercié Y pour son accueil »: Y received X
                elif cue.relation is RelationType.ENDORSED and cue.lemma in GREETING_VERBS and _come_to(token):
                    cue = replace(cue, relation=RelationType.MET)  # « X est venu saluer Y »: a greeting in person
                if cue.argument is Argument.EVENT:
                    out.extend(self.attendance(view, token, cue, names, attendees or {}))
                    continue
                if cue.relation is RelationType.MET and self._no_meeting(view, token, cue):
                    continue
                if not with_someone_somewhere(view, token, cue):
                    continue  # « X était en désaccord avec Y »: no place named, no meeting (and no parse to read)
                if cue.argument is Argument.CONTRE and cue.pos is CuePos.VERB and self._noun_takes_the_complement(view, token, cue):
                    continue  # « X s'indigne des menaces proférées contre Y par Z »: the noun's « contre », read with the noun
                if lacks_its_organisation(view, token, cue):
                    continue  # « pour écarter la candidate X »: no organisation she is kept from
                if cue.relation is RelationType.CRITICISED and _weapons_fire(view, token):
                    continue  # « l'arrêt des tirs de roquettes sur Israël »: shots, not words
                if self.strategy != "window" and reparse is None:
                    reparse = self.tree.reparse(view)
                pairs = _one_side_each(self.pairs(view, token, cue, reparse))
                if cue.pos is CuePos.VERB:  # « notre pays a reçu Y »: the speaker's possessive owns a noun, it is no party of a verb
                    pairs = [
                        (s, t, n) for s, t, n in pairs
                        if not ((_speaker_possessive(s) and not _speaker_s_joy(view, s, token)) or (_speaker_possessive(t) and not _speaker_s_own_act(view, t, cue)))
                    ]
                if cue.pos is CuePos.VERB and (bearer := _speaker_s_locution(view, token, cue)) is not None:
                    pairs = [(s, t, n) for s, t, n in pairs if s.cluster == bearer.cluster]  # « M. X vous apportera mon soutien »: the speaker's
                if cue.relation is RelationType.MET:
                    pairs = _with_companions(view, pairs)
                for source, target, negated_party in pairs:
                    if cue.relation is RelationType.MET and (source.kind, target.kind) != (EntityKind.PERSON, EntityKind.PERSON) and not _body_meets(view, source, target, cue, names) and not _hosts_a_group(view, source, target, cue):
                        if not _meets_representatives(view, source, target):
                            continue  # a meeting is between people, or a body and a person
                        source, target = _with_representatives(view, source), _with_representatives(view, target)  # « la direction de P »: who the text says met
                    if cue.lemma in BODY_ONLY_CUES and not (source.kind is EntityKind.ORGANISATION and _body_meets(view, source, target, cue, names)) and not _we_hear(view, token, source, target):
                        continue  # « j'ai entendu M. X »: heard what X said; « la commission a entendu M. X »: a hearing
                    if cue.relation is RelationType.MET and _owner_of_an_act(view, target, cue):
                        continue  # « un accueil glacial à la proposition de X »: one meets no one's proposal
                    if cue.lemma in HOSTING_CUES and _on_air(view, token, target):
                        continue  # « vous recevez à présent en direct le chef de l'État »: a guest on air, no meeting told
                    if cue.pos is CuePos.NOUN and cue.argument is Argument.SUR and is_network(target) and view.doc[target.start - 1].lower_ == "sur":
                        continue  # « a publié ses critiques sur Facebook »: where they were said, not whom they aim at
                    if cue.relation is RelationType.MET and cue.lemma in modality_words().get("reporting", ()) and _first_person(source, target):
                        continue  # « j'ai dit au président X que ... », « il m'a dit »: words between the speaker and X, in a chamber or from afar; no meeting told
                    if cue.relation is not RelationType.MET and source.text.lower() in PLURAL_SPEAKER_WORDS and target.kind is EntityKind.LOCATION:
                        continue  # « notre soutien à l'Ukraine »: the speaker's country, government, council or party; which, the text does not say
                    if _act_of_war(cue, source, target):
                        continue  # « la Russie a attaqué l'Ukraine », « l'armée a expulsé le groupe de la ville »: war, no relation
                    if cue.lemma in DISSOLVING_CUES and (target.text.split()[0].lower() in ELECTED_BODIES or _elected_body_between(view, token, target)):
                        continue  # « la dissolution de l'Assemblée nationale », « du conseil municipal de Lyon »: new elections, no ban
                    if cue.relation is RelationType.BANNED and own_organisation(view, source, target):
                        continue  # « X a fermé sa filiale Y »: its own
                    if cue.relation is RelationType.BANNED and target.start > 0 and view.doc[target.start - 1].lower_ in PREMISES:
                        continue  # « les manifestants ont bloqué l'entreprise X », « l'entrepôt X »: a place shut, no ban
                    if cue.relation is RelationType.ENDORSED and cue.lemma in STANCE_CUES and source.kind is EntityKind.PERSON:
                        continue  # « X est aux côtés de Y »: a person's place; « la France est aux côtés de Y »: a stand
                    found = self.relation(view, token, cue, source, target, negated_party, names)
                    out.append(found)
                    if found.relation is RelationType.BANNED and (threat := _threat(view, token, found)) is not None:
                        # « X a menacé de couper le signal de Y »: the ban is only threatened, the threat is made
                        out.append(found.model_copy(update={"relation": RelationType.CRITICISED, "modality": view.reading(threat, names)[0]}))
                if cue.relation is RelationType.MET and cue.lemma in GATHERING_CUES:
                    out.extend(self.relation(view, token, cue, host, guest, False, names) for host, guest in _gathered_around(view, token, pairs))
        out.extend(self.during(view, names, attendees or {}))
        return out

    @staticmethod
    def _with_meetings_thanked_for(view: SentenceView, token: Token, cues: list[Cue]) -> list[Cue]:
        """The cues, and a meeting beside thanks for having received the speaker (« je remercie
        Y de nous avoir reçus »: Y met the speaker, and is thanked)."""
        thanks = [c for c in cues if c.relation is RelationType.ENDORSED and c.lemma in WELCOME_THANKS]
        if thanks and thanked_for_receiving(view, token):
            return cues + [replace(thanks[0], relation=RelationType.MET)]
        return cues

    def _matching_cues(self, view: SentenceView, token: Token) -> list[Cue]:
        """The cues of the lexicon that the token and the words after it make, the longest
        locutions only (« a dit ses quatre vérités à Y » criticises; it is no « dire à Y »)."""
        coarse = _coarse_pos(token)
        noun, verb = CuePos.NOUN.value, CuePos.VERB.value
        holder = noun if coarse == "ADJ" or token.pos_ == "NOUN" else coarse
        apposed: Optional[bool] = None  # :func:`_apposed_before_de`, read once for all the cues
        # the members compared for every cue, read once (an enum's member is dear to look up)
        holding, feeling, verb_cue, noun_cue = Source.HOLDER, Source.EXPERIENCER, CuePos.VERB, CuePos.NOUN
        found = []
        for cue in (c for lemma in _lemmas(token) for c in self.table.for_lemma(lemma)):
            # « un fervent partisan de Y »; « X est directeur de campagne de Y » (a noun after « est »)
            pos = holder if cue.source is holding else coarse
            if cue.source is feeling and coarse == "ADJ":
                pos = verb  # « s'est dit « choqué » »: a participle of feeling the tagger took for an adjective
            if cue.pos is verb_cue and pos != verb and len(cue.words) > 1 and _present_between_names(token, locution=True):
                pos = verb  # « X pointe du doigt Y »: the locution's words tell the verb
            elif cue.pos is noun_cue and pos == verb and len(cue.words) > 1 and _after_article(token):
                pos = noun  # « une nouvelle passe d'armes »: a noun locution the tagger took for a verb
            elif pos == verb and (apposed if apposed is not None else (apposed := _apposed_before_de(view, token))):
                pos = noun  # « X, cible des attaques de Y, ... »: a noun in apposition the tagger took for a verb
            if cue.pos != pos or not cue_words_follow(view.doc, token, cue):
                continue
            if not _clitics_precede(view.doc, token, cue) or not _may_have_party(view, token, cue):
                continue
            if cue.pos is CuePos.NOUN and cue.argument in (Argument.DANS, Argument.EN) and token.lemma_.lower() in OWNED_ONLY_NOUNS and not _owned_noun(view.doc, token):
                continue  # « redonner confiance en l'Union »: no one's confidence; « sa confiance dans Y »
            if cue.pos is CuePos.NOUN and _portfolio(view, token):
                continue  # « ministre de la Défense de X »: a portfolio, no defence of X
            if cue.pos is CuePos.NOUN and _qualifies_a_noun(view.doc, token):
                continue  # « conseiller municipal d'opposition à Marseille »: a side, not an act
            if cue.pos is CuePos.NOUN and _between_alternatives(view.doc, token, view.sent.start):
                continue  # « divisé entre soutien et opposition au président X »: neither is an act
            if cue.pos is CuePos.VERB and participle_as_noun(token) and not (token.i - 1 in view.at and is_object_clitic(view.at[token.i - 1], view.doc)):
                continue  # « l'opposant au pouvoir russe X »: a person, not an act of opposing; not « , l'accusant de »
            if cue.reflexive and cue.argument is not Argument.EVENT and not reflexive(view.doc, token, view.hidden) and apposed_reflexive_party(view, token) is None:
                continue  # « s'engager pour » is not « a été engagée par »
            if cue.source is feeling and _own_reflexive(view.doc, token):
                continue  # « X s'indigne des menaces de Y »: X is outraged, not made so by Y (« s'indigner de »)
            if cue.source is feeling and _judging_attribute(view, token):
                continue  # « X a jugé très choquant le discours de Y »: the attribute X gives, read by the verb of judging
            if not cue.reflexive and cue.lemma in REFLEXIVE_SENSE and reflexive(view.doc, token, view.hidden):
                continue  # « s'est dit favorable à Y » is no saying to Y
            found.append(cue)
        longest = max((len(c.words) for c in found), default=0)
        return [c for c in found if len(c.words) == longest]

    def _no_meeting(self, view: SentenceView, token: Token, cue: Cue) -> bool:
        """A cue of meeting that tells of none here, whatever its parties: written exchanges
        (« les courriels montrent que X a échangé avec Y ») and rivals in an election (« X et Y
        se retrouveront face à face au second tour »)."""
        if cue.lemma in remote_cues() and self._written(view):
            return True
        if cue.lemma in SEEING_VERBS and not _seen_in_person(view, token):
            return True  # « a vu Y à la télévision », « voit Y comme une rivale »: no meeting
        if cue.lemma == "se voir" and _seen_as(view, token):
            return True  # « nous nous voyons contraints de refuser », « ils se sont vu refuser »: no meeting
        if cue.lemma in modality_words().get("reporting", ()) and _in_a_letter(view, token):
            return True  # « je voudrais vous dire ... » in a letter: written, no meeting (« je vous ai reçu » tells of one)
        if _go_between(view, token):
            return True  # « X et Y se parlent par presse interposée »: through others, no meeting
        return cue.pos is CuePos.VERB and (_contest(view, token) or self._noun_takes_the_complement(view, token, cue) or _assured_of(view, token, cue))

    def _noun_takes_the_complement(self, view: SentenceView, token: Token, cue: Cue) -> bool:
        """« X a affirmé son soutien à Y »: the « à Y » of a verb of saying complements the
        relation noun it has for object (which the noun's own reading uses), not the saying; so
        does the « contre Y » of a noun that takes it (« X s'indigne des menaces proférées contre Y
        par Z »: Z's threats against Y, X's outrage at Z)."""
        if cue.argument not in (Argument.A, Argument.CONTRE):
            return False
        doc = view.doc
        after = cue_end(doc, token, cue) or token.i + len(cue.words)
        for j in range(after, min(after + NOUN_BEFORE_COMPLEMENT, view.sent.end)):
            if doc[j].lower_ in cue.argument.words or (j in view.at and not is_possessive(view.at[j])):
                return False
            if doc[j].pos_ == "NOUN" and any(c.pos is CuePos.NOUN and (cue.argument is Argument.A or c.argument is cue.argument) for lemma in _lemmas(doc[j]) for c in self.table.for_lemma(lemma)):
                return True
        return False

    def _written(self, view: SentenceView) -> bool:
        """The sentence tells of written communication (``written_channels.txt``)."""
        if view.written is None:
            text = view.sent.text.lower().replace("’", "'")
            words = set(re.findall(r"[\w-]+", text))
            phrases = written_phrases()  # « en ligne »
            view.written = not words.isdisjoint(written_channels()) or (phrases is not None and phrases.search(text) is not None)
        return view.written

    def during(self, view: SentenceView, names: dict[str, str], attendees: dict[tuple[str, int], list[Slot]]) -> list[LocalRelation]:
        """« X a parlé avec Y pendant un dîner avec Z »: the subject of a verb that happened
        during an event (« pendant », « durant », « lors de », « au cours de ») was at it, and
        where it is a meeting, met the people the event names as taking part (Z; not Y)."""
        doc = view.doc
        out: list[LocalRelation] = []
        for event in view.events:
            j = event.start - 1
            while j > view.sent.start and doc[j].pos_ == "DET" and j not in view.at:
                j -= 1
            if not during(doc, j, view.sent.start):
                continue
            start, _end = view.clause(j)
            verbs = [t for t in doc[start:j] if t.pos_ == "VERB"]
            if not verbs:
                continue
            verb = verbs[-1]
            people = [(s, False) for s in expand(last_group(doc, subjects_of(view, verb, start), verb)) if s.kind is EntityKind.PERSON]
            spec = Cue(verb.lemma_.lower(), CuePos.VERB, RelationType.PARTICIPATED_IN, Argument.EVENT)
            out.extend(self._took_part(view, verb, spec, people, event, names, attendees))
        return out

    def attendance(
        self, view: SentenceView, cue: Token, spec: Cue, names: dict[str, str], attendees: dict[tuple[str, int], list[Slot]]
    ) -> list[LocalRelation]:
        """« X s'est rendu au sommet », « c'est X qui s'y est rendu et non Y »: X took part in the
        event (Y is denied); where the event is a meeting or a summit, X met the people the
        sentence names as taking part in it (« Trump a réuni les dirigeants pour une rencontre »)."""
        doc = view.doc
        if spec.reflexive and not any(t.lower_ in REFLEXIVE for t in doc[max(cue.i - 5, view.sent.start) : cue.i]):
            return []
        event, after = self._attended_event(view, cue, spec)
        if event is None:
            return self._gathering_attended(view, cue, spec, names)
        start, _end = view.clause(cue.i)
        people = [(s, False) for s in expand(last_group(doc, subjects_of(view, cue, start), cue)) if s.kind is EntityKind.PERSON]
        people += [(s, True) for s in self._denied_after(view, after) if s.kind is EntityKind.PERSON]
        return self._took_part(view, cue, spec, people, event, names, attendees)

    def _gathering_attended(self, view: SentenceView, cue: Token, spec: Cue, names: dict[str, str]) -> list[LocalRelation]:
        """« X a tenu un conseil auquel ont participé A et B »: each of those who attended met the
        one who held it (:func:`.subjects.gathering_hosts`)."""
        hosts = gathering_hosts(view, cue)
        if not hosts:
            return []
        met = Cue(spec.lemma, spec.pos, RelationType.MET, Argument.AVEC)
        hosted = {h.cluster for h in hosts}
        return [self.relation(view, cue, met, host, guest, False, names) for guest in gathering_guests(view, cue) if guest.cluster not in hosted for host in hosts]

    def _took_part(
        self,
        view: SentenceView,
        cue: Token,
        spec: Cue,
        people: list[tuple[Slot, bool]],
        event: Slot,
        names: dict[str, str],
        attendees: dict[tuple[str, int], list[Slot]],
    ) -> list[LocalRelation]:
        """Each (person, denied) took part in the event; at a meeting or a summit, each met the
        people the event reader found taking part in it in the same sentence."""
        others = attendees.get((event.cluster, view.evidence().start), []) if _is_meeting(event) else []
        met = Cue(spec.lemma, spec.pos, RelationType.MET, spec.argument)
        out: list[LocalRelation] = []
        for person, denied in people:
            out.append(self.relation(view, cue, spec, person, event, denied, names))
            for other in others:
                if other.cluster != person.cluster:
                    out.append(self.relation(view, cue, met, person, other, denied, names))
        return out

    def _attended_event(self, view: SentenceView, cue: Token, spec: Cue) -> tuple[Optional[Slot], int]:
        """The event a verb of attendance goes to, and the token after the phrase: « à / au »
        and an event right after the cue, or, for the clitic « y » before it, the last event
        named before it in the sentence."""
        doc = view.doc
        i = cue.i + len(spec.words)
        if i < view.sent.end and doc[i].lower_ in ("à", "au", "aux"):
            k = i + 1
            while k < view.sent.end and is_determiner(doc[k]) and k not in view.at:
                k += 1
            slot = next((s for s in view.events if s.start == k), None)
            return (slot, slot.end) if slot is not None else (None, i)
        if any(t.lower_ == "y" and t.pos_ == "PRON" for t in doc[max(cue.i - 4, view.sent.start) : cue.i]):
            before = [s for s in view.events if s.end <= cue.i]
            if before:
                return max(before, key=lambda s: s.start), i
        return None, i

    def _denied_after(self, view: SentenceView, i: int) -> list[Slot]:
        """« ... qui s'y est rendue et non Y »: the people denied right after the verb phrase."""
        doc = view.doc
        if i + 2 < view.sent.end and doc[i].lower_ == "et" and doc[i + 1].lower_ == "non":
            j = i + 2
            while j < view.sent.end and is_determiner(doc[j]) and j not in view.at:
                j += 1
            return expand(view.group_at(j, view.sent.end))
        return []

    def pairs(self, view: SentenceView, cue: Token, spec: Cue, reparse: Optional[Reparse]) -> list[tuple[Slot, Slot, bool]]:
        """(source, target, target denied) of a cue, read the way the ``arguments`` setting says;
        not a worry for someone's welfare (« s'inquiète de la sécurité de Y »: for Y, not about Y)."""
        found = self._pairs(view, cue, spec, reparse)
        if spec.lemma in NOMINATING_CUES:  # « X, candidat proposé par Y à la tête de P »; not « je vous propose de ... »
            return [p for p in found if put_forward(view, cue, p[1])]
        if spec.lemma in WORRY_CUES:
            return [p for p in found if not any(view.doc[k].lemma_.lower() in WELFARE_NOUNS for k in range(cue.i + 1, p[1].start))]
        return found

    def _pairs(self, view: SentenceView, cue: Token, spec: Cue, reparse: Optional[Reparse]) -> list[tuple[Slot, Slot, bool]]:
        """:meth:`pairs`, whatever the worry."""
        if self.strategy == "window" or reparse is None or clitic_controller(view, cue) is not None:
            return arguments(view, cue, spec)  # « X l'a forcé à censurer Z »: the pronoun's reading, which the parse lacks
        tree = self.tree_arguments(view, cue, spec, reparse)
        if self.strategy == "tree" or (self.strategy == "fallback" and tree):
            return tree
        window = arguments(view, cue, spec)
        if self.strategy == "fallback":
            return window
        keys = {(s.cluster, t.cluster) for s, t, _ in tree}
        if self.strategy == "both":
            return [p for p in window if (p[0].cluster, p[1].cluster) in keys]
        return tree + [p for p in window if (p[0].cluster, p[1].cluster) not in keys]  # union

    def tree_arguments(self, view: SentenceView, cue: Token, spec: Cue, reparse: Reparse) -> list[tuple[Slot, Slot, bool]]:
        """The cue's parties read from the re-parsed sentence (:mod:`.tree`)."""
        sources, targets, passive = self.tree.arguments(view, cue, spec, reparse)
        sources = expand([x for x in sources if x.kind in PARTIES])
        targets = expand([x for x in targets if x.kind in PARTIES])
        if spec.argument is Argument.ENTRE or (
            not targets and not passive and spec.relation is RelationType.MET
            and (reflexive(view.doc, cue) or spec.argument is Argument.AVEC)
        ):
            return among(sources, spec.relation)
        return [(s, t, party_negated(view.doc, t.start, view.sent.start)) for s in sources for t in targets]

    def relation(
        self,
        view: SentenceView,
        cue: Token,
        spec: Cue,
        source: Slot,
        target: Slot,
        negated_party: bool,
        names: dict[str, str],
    ) -> LocalRelation:
        modality, attributed, tense = view.reading(cue, names)
        if spec.relation is RelationType.ENDORSED and modality is Modality.UNCERTAIN and own_vote_declared(view, cue):
            modality = Modality.NEGATED if is_negated(cue, view.sent) else Modality.ASSERTED  # « Je voterai pour Y », said now
        call = (voting_call(view, cue) or declared_vote(view, cue)) if spec.relation is RelationType.ENDORSED and modality is Modality.UNCERTAIN else None
        if call is not None:  # « X a demandé à ses électeurs de voter pour Y », « X a annoncé qu'il voterait pour Y »: as X's verb reads
            modality = view.reading(call, names)[0]
            if modality is Modality.ASSERTED and is_negated(cue, view.sent):
                modality = Modality.NEGATED  # « X a annoncé qu'il ne voterait pas pour Y »
        if tense is None and spec.source is Source.HOLDER and _over_before(view, cue):
            tense = Tense.PAST  # « Après avoir été un opposant à Y, il s'en rapproche »
        if spec.modality is not None and modality is Modality.ASSERTED:
            modality = spec.modality  # « inviter »: an invitation, not yet a meeting
        governed = infinitive_of_noun(cue) or cue
        controlled = object_controller(view, governed)[1] or participle_control(view, governed) or attempted(view, governed)  # « a prié Y d'organiser une rencontre avec Z », « X, accusé de soutenir Y », « les efforts de X pour rencontrer Y »
        if controlled in (Modality.UNCERTAIN, Modality.NEGATED) and modality is Modality.ASSERTED:
            modality = controlled  # « X a prié Y de retirer ... »: asked, perhaps not done; « X a interdit à Y de ... »: not done
        elif controlled is Modality.UNCERTAIN and modality is Modality.NEGATED and not negated_infinitive(cue):
            modality = controlled  # « Z n'a pas empêché X de rencontrer Y »: the negation is the control verb's
        blaming = blaming_request(view, cue, spec, view.clause(cue.i)[0]) if spec.pos is CuePos.NOUN else None
        if blaming is not None:
            modality = view.reading(blaming, names)[0]  # « X réclame une enquête sur Y »: blamed as surely as X asks
        elif spec.pos is CuePos.NOUN and modality is Modality.ASSERTED and requested(view, cue, view.clause(cue.i)[0]):
            modality = Modality.UNCERTAIN  # « X réclame l'interdiction de Y »: asked for
        if spec.relation is RelationType.MET and spec.lemma in WELCOME_THANKS:
            modality = Modality.ASSERTED  # « je veux remercier Y pour son accueil »: the welcome took place, whatever the thanks
        relation = spec.relation
        if relation is RelationType.CRITICISED and spec.lemma in RESTRICTIVE_MEASURES and _sanctioning_power(source, names):
            relation = RelationType.BANNED  # « l'Union africaine décide des sanctions contre Y »: measures that block Y
        if relation is RelationType.CRITICISED and modality is Modality.UNCERTAIN and (threat := _threat(view, cue, None)) is not None:
            modality = view.reading(threat, names)[0]  # « X a menacé de porter plainte contre Y »: to threaten is to criticise
        if spec.lemma in DENIAL_CRITICISMS and not negated_party and (modality is Modality.NEGATED or (modality is Modality.UNCERTAIN and is_negated(cue, view.sent))):
            # « X ne reconnaît pas la légitimité de Y »: a criticism of Y, as sure as the denial
            relation, modality = RelationType.CRITICISED, Modality.ASSERTED if modality is Modality.NEGATED else modality
        return LocalRelation(
            source=source.cluster,
            target=target.cluster,
            relation=relation,
            modality=Modality.NEGATED if negated_party else modality,
            evidence=view.evidence(),
            cue=spec.lemma,
            source_text=source.text,
            target_text=target.text,
            attributed_to=attributed,
            tense=tense,
        )


#: Verbs of threatening (« menacer de »), by lemma: threatening to act against someone is to criticise them.
THREAT_VERBS = function_words("threat_verb")


def _threat(view: SentenceView, cue: Token, found: Optional[LocalRelation]) -> Optional[Token]:
    """The verb of threatening that governs the cue from right before it (« a menacé d'exclure
    Y », « menacent de porter plainte contre Y »), where what is threatened is uncertain, or the
    verb that makes public an intent to criticise (« a annoncé sa volonté de poursuivre Y »: for a
    criticism cue only, ``found`` None); else None."""
    if found is not None and found.modality is not Modality.UNCERTAIN:
        return None
    verb = governor(cue, view.sent, "intent")
    if verb is not None and verb.pos_ == "NOUN" and verb.lemma_.lower() in ANNOUNCED_INTENTS:
        if found is not None:
            return None  # « X a annoncé son intention d'interdire Y »: a ban to come, not said against Y
        verb = _announcer(view, verb)  # « X a annoncé son intention de porter plainte contre Y »
        return verb if verb is not None and not is_negated(verb, view.sent) and not is_uncertain(verb, view.sent) else None
    return verb if verb is not None and verb_lemma(verb) in THREAT_VERBS and not is_negated(verb, view.sent) else None


#: Nouns of an intent made public by a verb of announcing: an announced intent to act against
#: someone is a criticism of them, as a threat is.
ANNOUNCED_INTENTS = function_words("announced_intent")
INTENT_ANNOUNCERS = function_words("intent_announcer")


def _announcer(view: SentenceView, noun: Token) -> Optional[Token]:
    """The verb of announcing right before the intent noun, past its possessive or article
    (« a annoncé sa volonté », « a fait part de son intention »), else None."""
    doc = view.doc
    j = noun.i - 1
    while j > view.sent.start and doc[j].pos_ in ("DET", "ADJ") and j not in view.at:
        j -= 1
    if doc[j].lower_ in DE_FORMS and j - 1 >= view.sent.start and doc[j - 1].lower_ == "part":
        return doc[j - 2] if j - 2 >= view.sent.start and verb_lemma(doc[j - 2]) == "faire" else None
    return doc[j] if doc[j].pos_ in ("VERB", "AUX") and verb_lemma(doc[j]) in INTENT_ANNOUNCERS else None


#: Cues of a sanction (« des sanctions contre Y », « sanctionner Y »), by lemma: a criticism, but
#: a ban where a state or a union of states takes them (restrictive measures: frozen assets,
#: travel bans, embargoes).
RESTRICTIVE_MEASURES = function_words("restrictive_measure")
#: Types of organisation that take restrictive measures as states do (``org_types.tsv``).
SANCTIONING_TYPES = frozenset({"intergovernmental", "government"})


def _sanctioning_power(source: Slot, names: dict[str, str]) -> bool:
    """The source is a country or a body of states (``org_types.tsv``: « Union européenne »,
    « Conseil de sécurité des Nations unies »), whose sanctions are restrictive measures."""
    if source.kind is EntityKind.LOCATION:
        return True
    known = OrgTypes.shipped().of(names.get(source.cluster, source.text)) if source.kind is EntityKind.ORGANISATION else None
    return known is not None and bool(known.types & SANCTIONING_TYPES)


#: The cue an exclamation that reproaches the one spoken to is given (« Vous ne répondez pas ! »).
REPROACH_CUE = "reproche"


#: Verbs of greeting that, after a verb of coming, tell a meeting (« est venu saluer Y »).
GREETING_VERBS = function_words("greeting_verb")


def _come_to(cue: Token) -> bool:
    """The cue is an infinitive right after a verb of coming (« est venu saluer Y », « passera
    saluer Y »), past adverbs."""
    if "Inf" not in cue.morph.get("VerbForm"):
        return False
    j = cue.i - 1
    while j >= 0 and cue.doc[j].pos_ == "ADV":
        j -= 1
    return j >= 0 and cue.doc[j].pos_ in ("VERB", "AUX") and cue.doc[j].lemma_.lower() in COMING_VERBS


def _assured_of(view: SentenceView, cue: Token, spec: Cue) -> bool:
    """« X assure au président Y de la pleine solidarité de Z »: assuring someone of something is
    a message, no conversation; the « à Y » is followed by « de » and what Y is assured of."""
    if spec.argument is not Argument.A or spec.lemma not in ASSURING_VERBS:
        return False
    doc = view.doc
    dative = False
    for j in range(cue.i + 1, min(cue.i + NOUN_BEFORE_COMPLEMENT + 4, view.sent.end)):
        dative = dative or doc[j].lower_ in Argument.A.words
        slot = view.at.get(j)
        if slot is not None and not is_possessive(slot):
            k = slot.end
            while k < view.sent.end and doc[k].is_quote:
                k += 1  # « assure au président Y "de la pleine solidarité ..." »
            return dative and k < view.sent.end and doc[k].lower_ in DE
    return False


def _over_before(view: SentenceView, cue: Token) -> bool:
    """« Après avoir été un opposant à Y »: a noun for a person after « après avoir été » tells
    a state that is over."""
    doc = view.doc
    words = [t.lower_ for t in doc[max(view.sent.start, cue.i - 8) : cue.i]]
    return any(words[k : k + 3] == ["après", "avoir", "été"] for k in range(len(words) - 2))


def _own_reflexive(doc: Doc, token: Token) -> bool:
    """The verb's own reflexive clitic stands right before it, or before its auxiliary « être »
    (« s'indigne », « se sont indignés »); not that of a verb of saying before a participle
    (« s'est dit choqué »)."""
    j = token.i - 1
    if j > 0 and doc[j].lemma_.lower() == "être" and doc[j].pos_ == "AUX":
        j -= 1
    return j >= 0 and doc[j].lower_.replace("’", "'") in ("se", "s'")


def _lemmas(token: Token) -> list[str]:
    """The words a cue may be looked up by: the lemma, the form, and for a participle after an
    auxiliary that the tagger took for a noun (« a déjeuné », « a ensuite déjeuné »), its infinitive."""
    out = [token.lemma_.lower()]
    if token.lower_ not in out:
        out.append(token.lower_)
    rest = _after_past_prefix(token.lower_)
    if rest:
        out.append(rest)  # « ex-critique »
    if token.pos_ != "VERB" and ((token.i > 0 and _after_auxiliary(token)) or _participle_before_par(token)):
        infinitive = _infinitive_of_participle(token.lower_)
        if infinitive and infinitive not in out:
            out.append(infinitive)
    if _gerund_tagged_as_noun(token):
        out.append(_infinitive_of_present_participle(token.lower_))  # « , attaquant Y »
    masculine = _masculine_of_verbal_adjective(token.lower_)
    if masculine:
        out.append(masculine)  # « reconnaissante »
    if _present_between_names(token, locution=True) or (token.pos_ in ("NOUN", "ADJ") and token.lower_.endswith("e") and _after_reflexive(token)):
        out.append(infinitive_in_er(token.lower_))  # « Owens critique le Tea Party », « s'attaque à Y », « se distancie de Y »: the infinitive (a verb only where it tells one)
    elif verb_lemma(token) not in out:
        out.append(verb_lemma(token))  # « serre la main »: the tagger left the form
    return out


def _participle_before_par(token: Token) -> bool:
    """A past participle the tagger took for a noun or an adjective, with its agent right after
    it: « Critiquée par X, Y ... » opening a sentence, « Y critiquée par X » in a headline; or
    opening its sentence before « de » (« Banni de Twitter, X ... »)."""
    doc = token.doc
    return (
        token.pos_ in ("NOUN", "PROPN", "ADJ")
        and token.lower_.endswith(PARTICIPLE_ENDINGS)
        and token.i + 1 < len(doc)
        and (doc[token.i + 1].lower_ == "par" or (token.is_sent_start and doc[token.i + 1].lower_ in DE_FORMS))
    )


#: Cues that, between states or by armed forces, tell an act of war (« attaquer », « expulser »).
WAR_CUES = function_words("war_cue")
#: Nouns of war that, aimed at a country, tell a war whoever wages it.
WAR_NOUNS = function_words("war_noun")
#: First words of the names of armed forces (« armée turque », « forces russes »).
ARMED_BODIES = function_words("armed_body")
#: Armed groups, by name key: a cue of war against one tells a fight, not a criticism.
ARMED_GROUPS = frozenset(name_key(w) for w in function_words("armed_group"))


def _first_person(*slots: Slot) -> bool:
    """One of the parties is the speaker, named by a pronoun of the first person (« je », « m' »)."""
    return any(slot.text.lower().replace("’", "'") in FIRST_PERSON_WORDS for slot in slots)


def _act_of_war(cue: Cue, source: Slot, target: Slot) -> bool:
    """A cue of war from one country to another, or from armed forces: « la Russie a attaqué
    l'Ukraine », « l'armée turque a expulsé le groupe de la ville » criticise or ban no one; nor
    does a ban of armed forces (« le retrait des forces X »: troops withdrawn)."""
    if cue.relation is RelationType.BANNED and target.text.split() and target.text.split()[0].lower() in ARMED_BODIES:
        return True  # « exiger le retrait des forces X de la région »: troops withdrawn, no one banned
    if cue.lemma not in WAR_CUES:
        return False
    armed = source.text.split()[0].lower() in ARMED_BODIES if source.text.split() else False
    waged = cue.lemma in WAR_NOUNS and target.kind is EntityKind.LOCATION  # « participe à la guerre contre l'Ukraine »
    fought = name_key(target.text) in ARMED_GROUPS  # « pour lutter contre l'État islamique »: a fight
    return armed or waged or fought or (source.kind is EntityKind.LOCATION and target.kind is EntityKind.LOCATION)


def _in_a_letter(view: SentenceView, cue: Token) -> bool:
    """The cue's clause holds a « vous » or « te » the resolver placed outside quotes, which it
    does only in a letter (its addressee): what the writer tells them is written."""
    start, end = view.clause(cue.i)
    return any(view.doc[k].lower_ in ADDRESSEE_PRONOUNS and k in view.at for k in range(start, end))


def _one_side_each(pairs: list[tuple[Slot, Slot, bool]]) -> list[tuple[Slot, Slot, bool]]:
    """The pairs without a mention that puts its party on both sides of one cue.

    « Le chef de l'État, avec son épouse, fut reçu dans la cour par le président, M. X, et son
    épouse »: where « le chef de l'État » was resolved to X, X would receive and be received;
    that description's reading is wrong, and it makes no pair. « Y a appelé X pour le
    féliciter »: where X was read as a subject too, the object pronoun the resolver placed on X
    is the better reading, and X makes no pair as a source. Where neither kind is in play, no
    mention of that party makes a pair. The parties of one list read both ways (« un dîner
    entre X, Y et Z ») are one mention on both sides, and stay."""
    sources = {(s.cluster, s.start): s for s, _, _ in pairs}
    targets = {(t.cluster, t.start): t for _, t, _ in pairs}
    both = {c for c, at in sources for d, other in targets if c == d and at != other}
    if not both:
        return pairs
    wrong: set[tuple[str, int]] = set()
    for cluster in both:
        mentions = [(key, slot) for side in (sources, targets) for key, slot in side.items() if key[0] == cluster]
        described = {key for key, slot in mentions if len(slot.text.split()) > 1 and slot.text.split()[0].lower() in DESCRIBING}
        pronoun_target = any(key[0] == cluster and len(slot.text.split()) == 1 and slot.text[:1].islower() for key, slot in targets.items())
        if described:
            wrong |= described
        elif pronoun_target:
            wrong |= {key for key in sources if key[0] == cluster and key not in targets}
        else:
            wrong |= {key for key, _ in mentions}
    return [p for p in pairs if (p[0].cluster, p[0].start) not in wrong and (p[1].cluster, p[1].start) not in wrong]


#: Cues of a gathering, whose host « autour de » names (« X et Y ont été reçus autour de Z »).
GATHERING_CUES = function_words("gathering_cue")


def _gathered_around(view: SentenceView, cue: Token, pairs: list[tuple[Slot, Slot, bool]]) -> list[tuple[Slot, Slot]]:
    """« X et Y se sont réunis autour de Z », « X et Y ont été reçus à Bercy, autour de Z »: the
    one « autour de » names after the cue in its clause met each party of the gathering (its
    pairs, else the cue's subjects); « autour de lui »: the subject, whom the pairs hold already."""
    start, end = view.clause(cue.i)
    if end < view.sent.end and view.doc[end].text == ",":
        end = view.clause(end + 1)[1]  # « ont été reçus ce lundi à Bercy, autour de Z »
    host = next((h for k in range(cue.i + 1, end) if view.doc[k].lower_ == "autour" and (h := around_host(view, k, end)) is not None), None)
    if host is None or any(t.pos_ in ("VERB", "AUX") and "Fin" in t.morph.get("VerbForm") for t in view.doc[cue.i + 1 : host.start]):
        return []  # not « Ravi de vous accueillir, ..., la question concerne cette réunion autour de Z »: another clause's
    guests = [p for pair in pairs for p in pair[:2]] or expand(subjects_of(view, cue, start))
    seen: set[str] = set()
    out = []
    for guest in guests:
        if guest.cluster != host.cluster and guest.cluster not in seen and guest.kind in PARTIES:
            seen.add(guest.cluster)
            out.append((host, guest))
    return out


def _with_companions(view: SentenceView, pairs: list[tuple[Slot, Slot, bool]]) -> list[tuple[Slot, Slot, bool]]:
    """The pairs of a meeting and those of the parties' companions with the other side (« X,
    accompagné de Y, a reçu Z »: Y met Z too; :func:`.complements.companions`)."""
    out = list(pairs)
    for source, target, negated in pairs:
        out += [(c, target, negated) for c in companions(view, source) if c.cluster != target.cluster]
        out += [(source, c, negated) for c in companions(view, target) if c.cluster != source.cluster]
    return out


#: The cues by which such a body meets a person (« a reçu », « a auditionné », « a tenu une réunion avec »).
BODY_MEETING_CUES = function_words("body_meeting_cue")


#: The cues by which a person meets a body as one (« j'ai rencontré la Commission »).
MEETING_A_BODY_CUES = function_words("meeting_a_body_cue")


def _body_meets(view: SentenceView, source: Slot, target: Slot, cue: Cue, names: Optional[dict[str, str]] = None) -> bool:
    """« Le Conseil européen a tenu une réunion avec X », « X a été auditionné par le Congrès »:
    a body that meets a person, as the subject or the agent of a verb of meeting; « j'ai
    rencontré la Commission »: a person who meets a body, by a verb of meeting each other; not
    two organisations (« le club X reçoit le club Y »: a match), nor a body convened or addressed
    (« le Congrès réuni par X », « X a déclaré au Sénat »), nor one whose member was met (« a
    rencontré le président de la Commission et celui du Conseil »)."""
    if cue.lemma not in BODY_MEETING_CUES:
        return False
    if source.kind in BODY_KINDS and target.kind is EntityKind.PERSON:
        spoken = names.get(source.cluster, "") if names and view.doc[source.start].pos_ == "PRON" else ""
        return meeting_body(source, spoken)  # « nous » for a committee (« Nous recevons M. X »): by its name
    return (
        cue.lemma in MEETING_A_BODY_CUES
        and source.kind is EntityKind.PERSON
        and target.kind in BODY_KINDS
        and meeting_body(target)
        and not completes_a_noun(view, target)
    )


#: The kinds of a body's mention: an organisation, or a country's authorities (« les autorités algériennes », a country's alias).
BODY_KINDS = (EntityKind.ORGANISATION, EntityKind.LOCATION)


#: How many words of manner may stand between a verb of hearing and the infinitive of what is heard (« avec intérêt »).
HEARD_INFINITIVE_REACH = 4


def _infinitive_heard(view: SentenceView, i: int) -> bool:
    """An infinitive follows from token i, past a few words of manner and no party or
    punctuation: what the one heard says (« nous vous avons entendu dire », « nous vous
    entendrons avec intérêt préciser »), no hearing of them."""
    doc = view.doc
    for k in range(i, min(i + HEARD_INFINITIVE_REACH, view.sent.end)):
        if k in view.at or doc[k].is_punct or doc[k].lower_ in ("pour", "afin"):
            return False  # « nous vous entendons aujourd'hui pour connaître ... »: the hearing's purpose
        if doc[k].pos_ in ("VERB", "AUX") and "Inf" in doc[k].morph.get("VerbForm"):
            return True
    return False


def _we_hear(view: SentenceView, cue: Token, source: Slot, target: Slot) -> bool:
    """« Nous entendons aujourd'hui M. Y », « nous vous écoutons »: a subject « nous » of a body's cue (``body_only_cue``)
    right before it, a person heard: the chair of a hearing speaking for the body that holds it
    meets the one heard; not « j'ai entendu M. Y », nor « nous avons entendu Y dire que ... »
    (words heard), where an infinitive follows the one heard."""
    doc = view.doc
    if source.text.lower() != "nous" or target.kind is not EntityKind.PERSON:
        return False
    clitic = next((s for s in view.slots if source.end <= s.start < cue.i and s.text.lower() in ADDRESSEE_PRONOUNS and s.cluster == target.cluster), None)
    target = clitic or target  # « Nous vous entendons pour connaître votre mission »: the one « vous » stands for, heard
    if source.end <= target.start < cue.i and target.text.lower() in ADDRESSEE_PRONOUNS:
        # « c'est avec plaisir que nous vous écoutons »: the one addressed, heard
        between = (*range(source.end, target.start), *range(target.end, cue.i))
        # « nous vous écoutons », « nous sommes heureux de vous entendre »: auxiliaries, adverbs, gladness and its « de »
        return not _infinitive_heard(view, cue.i + 1) and all(doc[k].pos_ in ("AUX", "ADV") or doc[k].lower_ in GLAD_WORDS or doc[k].lower_ in DE_FORMS for k in between)
    if not source.end <= cue.i < target.start:
        return False
    if any(doc[k].pos_ not in ("AUX", "ADV") for k in range(source.end, cue.i)) and not _convened_to_hear(view, source.end, cue.i) and not any(s.start == source.start for s in impersonal_dative(view, cue) or ()):
        return False  # « nous » is the subject of the cue itself; or « il nous est apparu indispensable d'entendre Y »
    after = doc[target.end] if target.end < view.sent.end else None
    return after is None or not (after.pos_ in ("VERB", "AUX") and "Inf" in after.morph.get("VerbForm"))


#: Verbs of convening a body's members, whose « pour » opens what the meeting is for (« nous sommes réunis pour entendre Y »), by lemma.
CONVENING_VERBS = function_words("convening_verb")


def _convened_to_hear(view: SentenceView, start: int, cue: int) -> bool:
    """« nous sommes réunis ce matin pour entendre Y », « nous nous réunissons pour auditionner
    Y »: between « nous » and the body's cue, only auxiliaries, adverbs, the reflexive « nous »,
    a verb of convening, the time of the meeting and « pour » (« afin de »): the body meets to
    hear Y, as it does hearing Y; not « nous nous sommes battus pour entendre Y »."""
    doc = view.doc
    k = start
    while k < cue and (doc[k].pos_ in ("AUX", "ADV") or doc[k].lower_ == "nous"):
        k += 1
    if k >= cue or doc[k].lemma_.lower() not in CONVENING_VERBS:
        return False
    k = past_adjuncts(view, k + 1, cue)  # past « ce matin », and « afin », an adverb to the tagger
    return k + 1 == cue and (doc[k].lower_ == "pour" or (doc[k].lower_ in DE and doc[k - 1].lower_ == "afin"))


#: The cues by which a person hosts a group named as an organisation (« X a reçu les Bleus »).
HOSTING_CUES = function_words("hosting_cue")
#: The articles before the name of a group of people (« les Bleus »).
GROUP_ARTICLES = function_words("group_article")


def _hosts_a_group(view: SentenceView, source: Slot, target: Slot, cue: Cue) -> bool:
    """« X a reçu les Bleus à l'Élysée », « les Bleus étaient reçus par X »: a person who
    receives a group named as an organisation after « les » meets its members in person; not a
    company, an outlet or a body named in the singular (« recevoir Europe 1 »: a broadcast)."""
    if cue.lemma not in HOSTING_CUES or source.kind is not EntityKind.PERSON or target.kind is not EntityKind.ORGANISATION:
        return False
    return target.start > view.sent.start and (view.doc[target.start - 1].lower_ in GROUP_ARTICLES or _listed_after_union_noun(view, target))


#: Phrases of a broadcast (« en direct », « à l'antenne »), lower case, words separated by a space.
ON_AIR = function_words("on_air")


def _on_air(view: SentenceView, cue: Token, target: Slot) -> bool:
    """A phrase of a broadcast stands between the verb of receiving and the one received (« vous
    recevez en direct Y », « nous accueillons à l'antenne Y »): a guest on air, who may speak
    from anywhere."""
    words = " ".join(t.lower_.replace("’", "'") for t in view.doc[cue.i + 1 : target.start]).replace("' ", "'")
    return any(f" {phrase} " in f" {words} " for phrase in ON_AIR)


#: Nouns of the people who speak for an organisation (« les dirigeants de P »).
REPRESENTATIVE_NOUNS = function_words("representative_noun")


def _meets_representatives(view: SentenceView, source: Slot, target: Slot) -> bool:
    """« X a reçu les dirigeants de P et de Q », « X a rencontré la direction de P », « les
    dirigeants de P ont rencontré X », « le Gouvernement a reçu les dirigeants de P »: a person,
    or a body that meets people as one, who meets the people who speak for an organisation,
    named after « de » (past the others of its list), meets it."""
    for one, other in ((source, target), (target, source)):
        if other.kind is EntityKind.ORGANISATION and _representatives_before(view, other) is not None and (one.kind is EntityKind.PERSON or (one.kind in BODY_KINDS and meeting_body(one))):
            return True  # « le Gouvernement a reçu les dirigeants de P »: a body that meets people as one, too
    return False


def _representatives_before(view: SentenceView, target: Slot) -> Optional[int]:
    """The noun of the people who speak for the organisation (``representative_noun``), before its
    « de » and the others of its list (« les dirigeants de Nokia et d'Alcatel »), or None."""
    doc, k = view.doc, target.start - 1
    while k > view.sent.start and (doc[k].lower_ in DE or doc[k].lower_ in ("et", ",") or (is_determiner(doc[k]) and k not in view.at) or (k in view.at and view.at[k].kind is EntityKind.ORGANISATION)):
        k -= 1  # back to the noun (« les dirigeants de l'ANC »)
    if k - 1 > view.sent.start and k not in view.at and doc[k].lemma_.lower() in TYPE_NOUNS and doc[k - 1].lower_ in DE:
        k -= 2  # « les équipes des entreprises P, Q et R »: past the organisations' kind
    return k if k >= view.sent.start and k not in view.at and doc[k].lower_ in REPRESENTATIVE_NOUNS and doc[k + 1].lower_ in DE else None


def _with_representatives(view: SentenceView, target: Slot) -> Slot:
    """The organisation's mention widened to the people who speak for it, where they stand right
    before it, and to the country of its branch right after it (« la direction de P France »: its
    words), else as it is."""
    k = _representatives_before(view, target)
    if k is None or not all(view.doc[j].lower_ in DE or is_determiner(view.doc[j]) for j in range(k + 1, target.start)):
        return target  # « les dirigeants de Nokia et d'Alcatel »: Alcatel's mention as it is
    doc = view.doc
    k -= 1 if k > view.sent.start and is_determiner(doc[k - 1]) else 0
    branch = view.at.get(target.end)
    end = branch.end if branch is not None and branch.start == target.end and branch.kind is EntityKind.LOCATION else target.end
    return replace(target, start=k, text=tokens_text(doc, k, end))


#: Plural nouns of organisations of people received through their representatives (« les syndicats CGT et FO »).
UNION_NOUNS = function_words("union_noun")


def _listed_after_union_noun(view: SentenceView, target: Slot) -> bool:
    """« X a reçu les syndicats CGT et FO », « les associations P, Q et R »: organisations named
    in a list right after a plural noun of unions or associations, received as their delegates;
    or set after it by a comma, past a short adjunct of time (« a reçu les organisations la
    semaine dernière, la CFDT et FO »)."""
    doc, k = view.doc, target.start - 1
    while k > view.sent.start and (doc[k].lower_ in ("et", ",") or (k in view.at and view.at[k].kind is EntityKind.ORGANISATION) or (is_determiner(doc[k]) and k not in view.at)):
        k = view.at[k].start - 1 if k in view.at else k - 1  # back over the list's earlier members and their articles
    if doc[k + 1].text == ",":
        k = _noun_before_adjunct(view, k)
    return k > view.sent.start and doc[k].lower_ in UNION_NOUNS and doc[k - 1].lower_ in GROUP_ARTICLES


#: How many words of time may stand between a plural noun and the comma before the members it names.
UNION_ADJUNCT_WORDS = 4


def _noun_before_adjunct(view: SentenceView, k: int) -> int:
    """Token k ends a plural noun, or a short adjunct of time after one (« les organisations la
    semaine dernière »): the noun's token, or k where the words between are no such adjunct."""
    doc = view.doc
    for j in range(k, max(k - UNION_ADJUNCT_WORDS - 1, view.sent.start), -1):
        if doc[j].lower_ in UNION_NOUNS:
            return j
        if j in view.at or not (doc[j].pos_ in ("DET", "NOUN", "ADJ", "NUM") or doc[j].ent_type_ == "DATE"):
            return k
    return k


def _owner_of_an_act(view: SentenceView, slot: Slot, cue: Cue) -> bool:
    """The mention completes a noun of what a party does or says (« la proposition de X »,
    ``party_actions.txt``), through which a proxy reached it; not the noun of the cue's own
    locution (« a reçu un appel de X »: a call)."""
    doc, j = view.doc, slot.start - 1
    if j <= view.sent.start or doc[j].lower_ not in DE:
        return False
    k = j - 1
    while k > view.sent.start and doc[k].pos_ == "ADJ":
        k -= 1
    representatives = doc[k].lower_ in REPRESENTATIVE_NOUNS and slot.kind is EntityKind.ORGANISATION  # « la direction de P »: its people; not « les équipes de X », a person's
    return doc[k].pos_ == "NOUN" and doc[k].lemma_.lower() in party_actions() and doc[k].lower_ not in cue.words[1:] and not representatives


def _present_between_names(token: Token, locution: bool = False) -> bool:
    """A word the tagger took for an adjective, a noun or a preposition right after a name or a
    subject pronoun and before a determiner, a name or « sur » / « contre », that is the present of
    a verb in -er (« Owens critique le Tea Party », « Il rencontre Max Levchin », « X rallie Y »); with
    ``locution``, before the other words of a verbal locution of the lexicon (« X pointe du
    doigt ... »), whatever they are."""
    doc = token.doc
    if not (
        (token.pos_ in ("ADJ", "NOUN", "ADP", "X") or (token.pos_ == "PROPN" and token.is_lower))  # « X rencontre Y », read as one name
        and token.lower_.endswith("e")
        and 0 < token.i < len(doc) - 1
    ):
        return False
    before = doc[token.i - 1]
    if before.lower_ in OBJECT_CLITICS and verb_after_subject(doc, token.i - 1):
        return True  # « Elle le menace de sanctions », « Il les critique »: the clitic is the object
    k = token.i + 1
    while k < len(doc) - 1 and doc[k].pos_ == "ADV" and doc[k].lower_.endswith("ment") and not doc[k].ent_type_:
        k += 1  # « X critique ouvertement Y »
    if k + 2 < len(doc) and (doc[k].lower_, doc[k + 1].lower_) in SHORT_ADVERBIAL:
        k += 2  # « X attaque de front Y »
    return (
        # a name, or the last word of an entity the tagger read as a noun or an adjective (« Vox
        # critique la ... », « Le Syndicat de la magistrature attaque Y »), the cue outside it
        (before.pos_ == "PROPN" or (bool(before.ent_type_) and (before.is_title or not token.ent_type_)) or before.lower_ in SUBJECT_PRONOUNS or before.lower_ in ("ne", "n'", "n’") or _after_quotation(token) or _after_subject_apposition(token) or _after_coordinated_present(token))
        and (locution or doc[k].pos_ in ("DET", "PROPN") or bool(doc[k].ent_type_) or doc[k].lower_ in ("que", "qu'", "qu’") or doc[k].lower_ in PRESENT_COMPLEMENTS)
    )


#: Prepositions after which a word ending in « e » right after a name is the present of a verb
#: (« Le parquet de Paris enquête sur Y », « X proteste contre Y »).
PRESENT_COMPLEMENTS = function_words("present_complement")


def _after_subject_apposition(token: Token) -> bool:
    """The word right after the comma that closes an apposition to the name opening the
    sentence, where no finite verb stands before it but in a relative, nor after it but in
    another clause: the sentence's verb (« X, ancien ministre du président, critique Y »), which
    the tagger reads as a noun after the apposition."""
    doc = token.doc
    if token.i < 1 or doc[token.i - 1].text != ",":
        return False  # the cheap test first: ``token.sent`` walks the sentence
    sent = token.sent
    if token.i - 1 <= sent.start:
        return False
    k = sent.start + (doc[sent.start].pos_ == "DET")
    opening = k
    while k < token.i and (doc[k].pos_ == "PROPN" or doc[k].ent_type_):
        k += 1
    if k == opening or doc[k].text != ",":
        return False
    return not _finite_in_main_clause(doc, k + 1, token.i - 1) and not _finite_in_main_clause(doc, token.i + 1, sent.end)


def _after_coordinated_present(token: Token) -> bool:
    """The word right after « et » that joins a second verb to a verb in the present the
    sentence opened with (« X dénonce la décision et tacle Y », « X quitte le parti et critique
    Y »), which the tagger reads as a noun: the main clause holds that present before « et »."""
    doc = token.doc
    if token.i < 1 or doc[token.i - 1].lower_ != "et":
        return False  # the cheap test first: ``token.sent`` walks the sentence
    sent = token.sent
    if token.i - 1 <= sent.start:
        return False
    if doc[token.i - 2].pos_ == "NOUN" and not any(child.dep_ == "det" or child.lower_ in ("au", "aux", "du", "des") for child in doc[token.i - 2].children):
        return False  # « entre éloge et critique Y »: two bare nouns
    present = [j for j in range(sent.start, token.i - 1) if doc[j].pos_ == "VERB" and "Pres" in doc[j].morph.get("Tense") and "Ind" in doc[j].morph.get("Mood")]
    return bool(present) and _finite_in_main_clause(doc, sent.start, present[0] + 1) and not any(doc[j].lower_ in SUBORDINATORS or doc[j].text in (";", ":") for j in range(present[0], token.i))


def _finite_in_main_clause(doc: Doc, start: int, end: int) -> bool:
    """A finite verb stands in doc[start:end] before any word that opens another clause."""
    for j in range(start, end):
        if doc[j].lower_ in SUBORDINATORS:
            return False
        if doc[j].pos_ in ("VERB", "AUX") and "Fin" in doc[j].morph.get("VerbForm"):
            return True
    return False


def _after_quotation(token: Token) -> bool:
    """The word right after the comma that closes a quotation (« « ... », tacle X »): where a
    verb of saying stands before its subject."""
    doc = token.doc
    return token.i >= 2 and doc[token.i - 1].text == "," and doc[token.i - 2].text in QUOTE_CLOSERS


#: Object pronouns before a verb, which the tagger may read as articles (« elle le menace »).
OBJECT_CLITICS = frozenset({"le", "la", "les", "l'", "l’"})


def _word_forms(word: str) -> tuple[str, ...]:
    """The forms :func:`_lemmas` may look a word up by, besides its lemma."""
    return tuple(f for f in (word, word + "r", _after_past_prefix(word), _infinitive_of_participle(word), _infinitive_of_present_participle(word), _masculine_of_verbal_adjective(word)) if f)


def _family_meeting(r: LocalRelation, names: dict[str, str], kinds: dict[str, EntityKind]) -> bool:
    """A meeting of two persons the resolver kept apart, one known by a surname alone that ends the
    other's full name (« M. Luc X » and « Mme X »): a couple or a family, whose being together (« je
    vous accueille avec Mme X », « Mme X, en vous accompagnant ») tells no meeting."""
    if r.relation is not RelationType.MET or kinds.get(r.source) is not EntityKind.PERSON or kinds.get(r.target) is not EntityKind.PERSON:
        return False
    a, b = names.get(r.source, "").split(), names.get(r.target, "").split()
    short, full = (a, b) if len(a) < len(b) else (b, a)
    return len(short) == 1 and len(full) > 1 and full[-1].lower() == short[0].lower()


def _polite_request(token: Token) -> bool:
    """« je serais reconnaissant au Gouvernement de ... »: gratitude in the conditional of « être »,
    right before it, asks for something; it tells no support."""
    doc, j = token.doc, token.i - 1
    while j > 0 and doc[j].pos_ in ("ADV", "PRON"):
        j -= 1
    return doc[j].lemma_.lower() == "être" and "Cnd" in doc[j].morph.get("Mood")  # not « je voudrais remercier Y »


def _masculine_of_verbal_adjective(word: str) -> Optional[str]:
    """« reconnaissant » for « reconnaissante », « reconnaissants », « reconnaissantes »."""
    return word[: word.rindex("ant") + 3] if word.endswith(VERBAL_ADJECTIVE_ENDINGS) and not word.endswith("ant") else None


def _infinitive_of_present_participle(word: str) -> Optional[str]:
    """« attaquer » for « attaquant », « bannir » for « bannissant »."""
    if word.endswith("issant"):
        return word[:-5] + "r"
    return word[:-3] + "er" if word.endswith("ant") and len(word) > 5 else None


def _gerund_tagged_as_noun(token: Token) -> bool:
    """« , attaquant Y », « en attaquant Y »: a present participle after a comma or « en » that
    the tagger took for a noun or an adjective."""
    return (
        token.pos_ in ("NOUN", "ADJ")
        and token.is_lower
        and token.lower_.endswith("ant")
        and token.i > 0
        and (token.doc[token.i - 1].text == "," or token.doc[token.i - 1].lower_ == "en")
    )


def _after_past_prefix(word: str) -> Optional[str]:
    """« critique » for « ex-critique »: the word after a prefix that puts it in the past."""
    prefix, dash, rest = word.partition("-")
    return rest if dash and rest and prefix in modality_words().get("past", frozenset()) else None


def _infinitive_of_participle(word: str) -> Optional[str]:
    """« déjeuner » for « déjeuné(e)(s) », « bannir » for « banni(e)(s) »."""
    stem = word.rstrip("s").removesuffix("e")
    return stem[:-1] + "er" if stem.endswith("é") else stem + "r" if stem.endswith("i") else None


#: Endings of a past participle in -er, -ir (« opposé », « banni »).
PARTICIPLE_ENDINGS = ("é", "ée", "és", "ées", "i", "ie", "is", "ies")


#: Names of laws and regulations the model may take for organisations (« du DSA »): no party.
LAW_NAMES = function_words("law_name")


def _party_kind(kind: EntityKind, name: str) -> EntityKind:
    """The kind a mention takes part in relations as: an agreement the recogniser took for an
    organisation is read as an event (« l'appui du Parti au Pacte germano-soviétique » is no
    support of a party)."""
    first = name.split()[0].lower() if name.split() else ""
    agreement = first in AGREEMENT_NOUNS or first.rstrip("s") in AGREEMENT_NOUNS or " ".join(name.lower().split()) in LAW_NAMES
    return EntityKind.EVENT if kind is EntityKind.ORGANISATION and agreement else kind


def _verb_lemmas(lemma: str) -> tuple[str, ...]:
    """A lemma in lower case, and its infinitive in -er where the tagger left a present form
    (« estime », « affirme ») or a past participle read as an adjective (« qualifié »): the
    tokens of a word are looked up once, by lemma."""
    lemma = lemma.lower()
    if lemma.endswith("é"):
        return (lemma, lemma[:-1] + "er")
    return (lemma, lemma + "r") if lemma.endswith("e") else (lemma,)


#: Cues whose denial criticises their target (``denial_criticism``: « ne pas reconnaître la légitimité de Y »).
DENIAL_CRITICISMS = function_words("denial_criticism")
#: Cues of dissolving, and the first words of elected bodies, whose dissolution calls an election
#: and bans no one (``function_words.tsv``).
DISSOLVING_CUES = function_words("dissolving_cue")
#: How far after its verb « côtés » may stand (« se tiendra toujours aux côtés de »).
BESIDE_REACH = 6
def beside_only(first: str, cue: Cue) -> bool:
    """The cue, looked up by its first word ``first``, takes « aux côtés de », or is a copula's
    locution (« être d'accord ») or a copula's being somewhere with someone (« était à Berlin avec
    Y »): a cue only before the word :func:`beside_key` gives."""
    return cue.argument is Argument.AUX_COTES_DE or (first in COPULAS and len(cue.words) > 1) or (cue.lemma in BEING_SOMEWHERE and cue.argument is Argument.AVEC)


def beside_key(cue: Cue) -> str:
    """The word that must follow a cue of :func:`beside_only` within ``BESIDE_REACH`` words."""
    if cue.argument is Argument.AUX_COTES_DE:
        return "côtés"
    return "avec" if cue.lemma in BEING_SOMEWHERE and cue.argument is Argument.AVEC else cue.words[-1]


#: Cues of standing beside someone that tell support only of a state or an organisation.
STANCE_CUES = function_words("stance_cue")
#: « nous », « notre »: the speaker with others, who may be a state, a government, a council or a party.
PLURAL_SPEAKER_WORDS = function_words("plural_speaker_word")
#: Nouns of premises a company works in: blocking or closing them bans no one (« ont bloqué l'entreprise X »).
PREMISES = function_words("premises_noun")
ELECTED_BODIES = function_words("elected_body")


def _portfolio(view: SentenceView, token: Token) -> bool:
    """A capitalised noun after a role noun or « ministère » and « de la », « du », « des »: the
    name of a portfolio (« le ministre de la Défense », « secrétaire d'État à la Défense »)."""
    doc = view.doc
    if not token.is_title or token.i == view.sent.start:
        return False
    j = token.i - 1
    while j > view.sent.start and token.i - j <= 3 and (doc[j].pos_ in ("DET", "ADP") or doc[j].lower_ in DE):
        j -= 1
    return j < token.i - 1 and (doc[j].lower_ in role_heads() or doc[j].lemma_.lower() == "ministère")


def _between_alternatives(doc: Doc, token: Token, start: int) -> bool:
    """A bare noun after « entre », or after « et » and the bare noun « entre » introduces
    (« divisé entre soutien et opposition à X »): one of the alternatives something is torn
    between, not an act."""
    j = token.i - 1
    if j >= start and doc[j].lower_ == "entre":
        return True
    return j - 2 >= start and doc[j].lower_ == "et" and doc[j - 1].pos_ == "NOUN" and doc[j - 2].lower_ == "entre"


def _after_article(token: Token) -> bool:
    """An article opens the word, right before it or before one adjective (« la passe », « une
    nouvelle passe », which the tagger reads as a noun and a verb): the word is a noun."""
    doc, j = token.doc, token.i - 1
    if j > 0 and doc[j].pos_ in ("ADJ", "NOUN"):
        j -= 1
    return j >= 0 and doc[j].pos_ == "DET"


def _apposed_before_de(view: SentenceView, token: Token) -> bool:
    """The word follows a party and a comma and comes right before « de », « des » or « du »
    (« X, cible des attaques de Y, ... »): a noun in apposition to the party, which no verb in
    the present stands as (a verb of the lexicon takes its object bare or after another
    preposition); a participle is one (« X, accompagné de Y »)."""
    doc, i = token.doc, token.i
    if "Part" in features(token, "VerbForm") or not token.is_lower:
        return False  # « X, accompagné de Y », « X, exclu du parti »: a participle in apposition
    return i - 2 >= view.sent.start and i + 1 < view.sent.end and forms(doc)[i - 1] == "," and i - 2 in view.at and lower_forms(doc)[i + 1] in ("de", "des", "du", "d'", "d’")


def _coarse_pos(token: Token) -> str:
    """VERB or NOUN; a participle after an auxiliary is a verb even when tagged as a noun (« a
    déjeuné », « a ensuite déjeuné »), and so is a lower-case word the tagger took for a proper name (« recevra »)."""
    pos = token.pos_  # read once for the tests below
    if pos in ("NOUN", "PROPN", "X") and token.i > 0 and (_after_auxiliary(token) or _after_reflexive(token)):
        return "VERB"  # « s'attaque à Y »: a noun never follows « se »; « a insulté Y », the participle tagged X
    if pos == "ADJ" and token.lower_.endswith("e") and _after_reflexive(token):
        return "VERB"  # « se distancie de Y »: nor does an adjective
    if pos == "ADJ" and token.i > 0 and token.lower_.endswith(PARTICIPLE_ENDINGS) and _after_auxiliary(token):
        return "VERB"  # « s'est publiquement opposé à Y »: the participle tagged as an adjective
    if pos == "ADV" and token.i > 0 and token.doc[token.i - 1].pos_ == "AUX" and token.lower_.endswith(PAST_PARTICIPLE_ENDINGS):
        return "VERB"  # « ont été exclus définitivement »: the participle tagged as an adverb
    if pos == "PROPN" and token.text.islower() and token.lemma_.lower() != token.lower_:
        return "VERB"
    if pos == "X" and token.is_lower and token.lemma_.lower() != token.lower_ and token.lemma_.lower().endswith(INFINITIVE_ENDINGS):
        return "VERB"  # « X rencontra Y en 1990 »: a passé simple the tagger left untagged, lemmatised all the same
    if _present_between_names(token) or _gerund_tagged_as_noun(token) or _participle_before_par(token):
        return "VERB"
    if pos == "VERB" and "-" in token.text and token.lemma_.lower() == token.lower_:
        return "NOUN"  # « est désormais porte-parole de Y »: a compound noun the tagger took for a verb it could not lemmatise
    if pos == "VERB" and token.i > 0 and token.doc[token.i - 1].lower_ in POSSESSIVE_DETERMINERS:
        return "NOUN"  # « ses soutient X et Y »: a noun misspelt as a verb after a possessive
    if pos == "VERB" and _partitive_before(token) and not token.lower_.endswith(INFINITIVE_ENDINGS):
        return "NOUN"  # « a de l'estime pour Y », « beaucoup d'estime pour Y »: a noun after a partitive, no infinitive
    return "VERB" if pos in ("VERB", "AUX") else "NOUN" if pos in ("NOUN", "PROPN") else pos


def _partitive_before(token: Token) -> bool:
    """« de l' » or an adverb of quantity and « d' » stand right before the token (« de l'estime »,
    « beaucoup d'estime »): a noun's partitive article."""
    doc, i = token.doc, token.i
    if i < 2 or doc[i - 1].lower_ not in ("l'", "l’", "d'", "d’"):
        return False
    return doc[i - 2].lower_ == "de" if doc[i - 1].lower_ in ("l'", "l’") else doc[i - 2].pos_ == "ADV"


#: Cues of worry (« s'inquiéter de », « inquiétudes sur »), by lemma: a criticism of what worries.
WORRY_CUES = function_words("worry_cue")
#: Nouns of someone's welfare, a worry for whom is no criticism of them (« la sécurité de Y »), by lemma.
WELFARE_NOUNS = function_words("welfare_noun")


#: Possessive determiners, after which no verb stands (« ses soutiens »); not « leur », also a
#: pronoun before a verb (« leur apporte son soutien »).
POSSESSIVE_DETERMINERS = function_words("possessive_determiner")
DESCRIBING = function_words("role_determiner") | POSSESSIVE_DETERMINERS  # words that open a description


#: Phrases of an electoral contest (« au second tour », « à la primaire »).
CONTEST = frozenset(tuple(phrase.split()) for phrase in function_words("contest"))


#: The last words of the phrases of a contest, looked for first.
CONTEST_ENDS = frozenset(phrase[-1] for phrase in CONTEST)


def _contest(view: SentenceView, cue: Token) -> bool:
    """The cue's clause places it in a contest between rivals (« face à face au second tour »,
    « se retrouve en concurrence avec Y »)."""
    if view.contest is None:  # most sentences name none: looked for once per sentence
        view.contest = any(word in CONTEST_ENDS for word in re.findall(r"\w+", span_text(view.sent).lower()))  # the words of Span.text, not joined anew
    if not view.contest:
        return False
    start, end = view.clause(cue.i)
    doc = view.doc
    return any(doc[k].lower_ in CONTEST_ENDS and phrase_ends_at(doc, k, CONTEST) for k in range(start, end))


#: Relation nouns that are one's only with a possessive before them (« son entière confiance dans Y »).
OWNED_ONLY_NOUNS = function_words("owned_only_noun")
#: How many adjectives and words of degree may stand between a possessive and its noun (« toute sa pleine »).
OWNED_NOUN_WORDS = 3


def _owned_noun(doc: Doc, token: Token) -> bool:
    """A possessive determiner stands before the noun, past a few adjectives and « tout »
    (« notre entière confiance », « toute sa confiance »)."""
    for k in range(token.i - 1, max(token.i - 1 - OWNED_NOUN_WORDS, -1), -1):
        if is_possessive_determiner(doc[k]):
            return True
        if doc[k].pos_ not in ("ADJ", "ADV") and doc[k].lower_ not in ("tout", "toute", "tous", "toutes"):
            return False
    return False


def _after_reflexive(token: Token) -> bool:
    """A reflexive pronoun right before the token (« s'attaque »): a noun never follows one."""
    return token.i > 0 and token.doc[token.i - 1].lower_ in REFLEXIVE


def _after_auxiliary(token: Token) -> bool:
    """An auxiliary right before the token, past one or two adverbs (« a ensuite déjeuné », « a
    finalement dîné »); a word ending like a participle when adverbs stand between."""
    doc = token.doc
    tag = tags(doc)
    j = token.i - 1
    if lower_forms(doc)[j] in ADVERBIAL_ENDS:
        j = adverbial_before(doc, token.i, 0, longest=3) - 1  # « ont avant tout discuté », « ont tous les deux critiqué »
    while j > 0 and j > token.i - 3 and tag[j] == "ADV":
        j -= 1
    if tag[j] != "AUX" and not (tag[j] == "VERB" and doc[j].lemma_ == "avoir" and token.lower_.endswith(PARTICIPLE_ENDINGS)):
        return False  # « J'ai déjeuné »: « ai » tagged as a verb, before a participle tagged as a noun
    return j == token.i - 1 or token.lower_.endswith(("é", "ée", "és", "ées"))


#: Relation nouns that, bare after « de », qualify the noun before them (« élu d'opposition »).
QUALIFYING_NOUNS = function_words("qualifying_noun")


def _qualifies_a_noun(doc: Doc, token: Token) -> bool:
    """The relation noun stands bare after « de » and a noun (« un conseiller d'opposition à
    Marseille », « le chef de l'opposition »: not bare), or after « de l' » and a plural noun
    (« des élus de l'opposition au Togo »): it tells the side of those the noun names, not
    an act against what follows."""
    if token.lower_ not in QUALIFYING_NOUNS or token.i < 2:
        return False
    if doc[token.i - 1].lower_ in DE:
        return doc[token.i - 2].pos_ in ("NOUN", "ADJ")
    # « des élus de l'opposition au Togo »: members of a side, in a place
    return token.i >= 3 and doc[token.i - 1].lower_ in ("l'", "l’") and doc[token.i - 2].lower_ in DE and doc[token.i - 3].pos_ == "NOUN" and doc[token.i - 3].morph.get("Number") == ["Plur"]


#: Verbs of seeing, a meeting only as :func:`_seen_in_person` reads them (« J'ai vu M. X à Tunis »).
SEEING_VERBS = function_words("seeing_verb")
#: Adverbs of a habit that make a present of seeing someone a meeting told (« X le voit régulièrement »).
HABIT_ADVERBS = function_words("habit_adverb")
#: Words of a show, a screen or a picture, where one is seen without being met.
SEEN_ON_SCREEN = function_words("seen_on_screen")


def _seen_in_person(view: SentenceView, token: Token) -> bool:
    """« X a vu Y à Tunis », « j'ai vu M. X hier »: seeing someone is meeting them only in a past
    tense (« voit Y » is mostly « sees Y as »), or in a present that a habit follows (« X le voit
    régulièrement », ``habit_adverb``), with the person right after the verb (past
    adverbs, dates, articles and role nouns) and nothing after that person that makes it the
    subject of something seen (« a vu Y critiquer Z », « a vu Y gagner »), an attribute (« vu Y
    comme une rivale », « en Y », « vu Y affaibli ») or a wish (« verrait bien Y »); and no screen,
    show or picture in the sentence (« a vu Y à la télévision », « sur une vidéo »)."""
    doc = view.doc
    past = "Past" in token.morph.get("Tense") and ("Part" in token.morph.get("VerbForm") or "Fin" in token.morph.get("VerbForm"))
    glad = "Inf" in token.morph.get("VerbForm") and glad_before(doc, token.i)  # « heureux de le voir », « plaisir à voir Y »
    habit = token.i + 1 < view.sent.end and doc[token.i + 1].lower_ in HABIT_ADVERBS and "Fin" in token.morph.get("VerbForm")  # « X le voit régulièrement »
    if not (past or glad or habit) or any(t.lower_ in SEEN_ON_SCREEN or t.lemma_.lower() in SEEN_ON_SCREEN for t in view.sent):
        return False
    before = view.at.get(token.i - 1)
    if (glad or habit) and before is not None and before.kind is EntityKind.PERSON and doc[token.i - 1].pos_ == "PRON":
        # « J'étais heureux de le voir aujourd'hui », « M. X le voit régulièrement »: the one the pronoun stands for
        return glad or not _seen_as_what(view, past_adjuncts(view, token.i + 1, view.sent.end))
    j = past_adjuncts(view, token.i + 1, view.sent.end)
    while j < view.sent.end and is_determiner(doc[j]) and j not in view.at:
        j += 1
    slot = view.at.get(past_role_nouns(view, j, view.sent.end))
    if slot is None or slot.kind is not EntityKind.PERSON:
        return False
    k = slot.end
    if k < view.sent.end and doc[k].text == ",":
        return not _seen_doing_after_list(view, k)  # « a vu Y, puis Z »; not « a vu Y, son ministre, accueillis »
    return not _seen_as_what(view, k)


def _seen_as_what(view: SentenceView, k: int) -> bool:
    """What follows the one seen at token k makes them the subject of something seen (« a vu Y
    critiquer Z »), an attribute (« vu Y comme une rivale », « en Y », « vu Y affaibli ») or a
    wish (« verrait bien Y »)."""
    doc = view.doc
    return k < view.sent.end and (doc[k].pos_ in ("VERB", "AUX", "ADJ") or doc[k].lower_ in ("comme", "en", "bien", "de", "d'", "d’"))


def _seen_as(view: SentenceView, token: Token) -> bool:
    """« se voir » followed, past its adverbs, by an attribute or an infinitive (« nous nous
    voyons contraints de », « ils se sont vu refuser »): what one finds oneself, or undergoes."""
    j = past_adjuncts(view, token.i + 1, view.sent.end)
    if j >= view.sent.end or j in view.at:
        return False
    after = view.doc[j]
    return after.pos_ == "ADJ" or (after.pos_ in ("VERB", "AUX") and bool({"Part", "Inf"} & set(after.morph.get("VerbForm"))))


def _seen_doing_after_list(view: SentenceView, k: int) -> bool:
    """« nous avons vu Y, son ministre, et Z, accueillis en tribune »: after the list of people
    seen (names, their descriptions, commas and « et »), the first verb or adjective is a
    participle or an infinitive: what they were seen doing or undergoing."""
    doc = view.doc
    listed = False  # « Y, arrivé la veille, »: a participle right after Y describes Y alone
    for j in range(k, min(k + LIST_REACH, view.sent.end)):
        token = doc[j]
        listed = listed or token.lower_ == "et"
        if j in view.at or token.text == "," or token.lower_ == "et" or token.pos_ in ("DET", "NOUN", "PROPN", "ADP"):
            continue
        return listed and token.pos_ in ("VERB", "AUX", "ADJ") and bool({"Part", "Inf"} & set(token.morph.get("VerbForm")))
    return False


#: How many words a list of people seen may take after the first one (« Y, son ministre des sports, et Z »).
LIST_REACH = 15


def _clitics_precede(doc: Doc, token: Token, cue: Cue) -> bool:
    """The pronouns a cue needs stand just before it (« s'en est pris à », « s'en est
    plusieurs fois pris à »)."""
    if not cue.clitics:
        return True
    window = {doc[j].lower_.rstrip("'’") for j in range(clitic_window(doc, token), token.i)}  # by index: no span made
    return all(c in window for c in cue.clitics)


#: Words that may stand for a verb's party without a preposition: a clitic (« lui rendre
#: visite ») or a passive's actor (« par »).
PARTY_CLUES = function_words("party_clue")
#: How far after a verb cue its preposition, or a passive's actor, may be looked for.
PREPOSITION_REACH = MAX_GAP + 10  # past a phrase of manner and one of the medium (« avec une rare violence sur X à Y »), or a time and an incise
#: How far after its verb a locution (« en faveur de ») may stand, past a phrase of place.
LOCUTION_REACH = PREPOSITION_REACH + 4


#: Relative pronouns that a preposition governs or has fused in (« à qui », « auquel »).
RELATIVE_PRONOUNS = DATIVE_RELATIVES | PREPOSED_RELATIVES


def _elected_body_between(view: SentenceView, cue: Token, target: Slot) -> bool:
    """An elected body's noun stands between the cue and its target (« la dissolution du conseil
    municipal de Lyon »): the body is dissolved, not the place."""
    return any(view.doc[k].lower_ in ELECTED_BODIES and k not in view.at for k in range(cue.i + 1, target.start))  # not « en Conseil des ministres », a body named


#: Arguments whose party :func:`_may_have_party` does not look for (a tuple: an enum's member is
#: compared by identity at once, where a set would hash it in Python).
_PARTY_ANYWHERE = (Argument.OBJ, Argument.AVEC, Argument.ENTRE, Argument.EVENT, Argument.AGENT_DE)


def _may_have_party(view: SentenceView, token: Token, cue: Cue) -> bool:
    """A cheap test before the arguments are read: a verb whose party comes after a preposition
    (« dire à », « porter plainte contre ») has that preposition, a clitic or « par » nearby;
    a noun whose party comes after a locution (« à l'encontre de ») has its word in the
    sentence. Verbs of saying and nouns such as « critique » are frequent in news, and most
    have no such party."""
    if cue.pos is CuePos.NOUN and cue.argument.words and all(w in LOCUTION_HEADS for w in cue.argument.words):
        words = cue.argument.words
        return any(word in words for word in view.lowers())  # « les critiques de X à l'encontre de Y »: no « encontre », no such reading
    if cue.pos is not CuePos.VERB or cue.argument in _PARTY_ANYWHERE:
        return True
    lowers, first = view.lowers(), view.sent.start  # the sentence's words, by index from its start
    words = cue.argument.words
    reach = LOCUTION_REACH if all(w in LOCUTION_HEADS for w in words) else PREPOSITION_REACH  # rare words, read further
    near = lowers[max(view.sent.start, token.i - 4) - first : min(view.sent.end, token.i + reach) - first]
    if cue.argument is Argument.AUX_COTES_DE:
        return any(word in words for word in near)  # « être aux côtés de »: « être » is everywhere, « côtés » is not
    if cue.argument is Argument.EN_PRESENCE_DE:
        return any(word in words for word in lowers[token.i + 1 - first :])  # anywhere in the clause: :func:`.verbal.in_presence_of`
    if any(word in words or word in PARTY_CLUES for word in near):
        return True
    if cue.lemma in PRAISING_VERBS and any(word in ("que", "qu'", "qu’") for word in near):
        return True  # « se réjouit du fait que Y a accepté »: the clause's subject (:func:`.verbal._completive_subject`)
    if lowers[0] in words:
        return True  # « Contre X, le parquet a requis ... »: the preposition opens the sentence
    # « Y, à qui X a rendu visite », « Y, auquel X a reproché »: the preposition before the subject
    return any(word in RELATIVE_PRONOUNS for word in lowers[max(view.sent.start, token.i - 10) - first : token.i - first])


def _is_meeting(event: Slot) -> bool:
    """An event whose participants meet: a meeting, dinner, interview, visit or summit."""
    cue = cue_of_name(event.text)
    return cue is not None and cue.type in GATHERINGS


def _attendees(relations: list[LocalRelation]) -> dict[tuple[str, int], list[Slot]]:
    """The people the event reader found taking part (asserted) in each event, by (event,
    sentence offset)."""
    out: dict[tuple[str, int], list[Slot]] = {}
    for r in relations:
        if r.relation is RelationType.PARTICIPATED_IN and r.modality is Modality.ASSERTED:
            slot = Slot(0, 0, r.source, EntityKind.PERSON, r.source_text)
            out.setdefault((r.target, r.evidence.start), []).append(slot)
    return out


def _unique(relations: list[LocalRelation]) -> list[LocalRelation]:
    """One relation per (source, target, type, sentence); a met pair counts once either way.
    Where one cue of the sentence denies it and another asserts it, the asserted one is kept
    (« X et Y, qui ne s'étaient pas vus depuis 2019, ont déjeuné ensemble »: the relative denies
    an earlier meeting, the clause states this one), in the place of the first; an uncertain one
    is never replaced, for the cue that finds a doubt reads more than the one that misses it."""
    out: dict[tuple[str, str, str, int], LocalRelation] = {}
    for r in relations:
        if r.source == r.target:
            continue
        a, b = (sorted((r.source, r.target)) if r.relation is RelationType.MET else (r.source, r.target))
        key = (a, b, r.relation.value, r.evidence.start)
        if key not in out or (out[key].modality is Modality.NEGATED and r.modality is Modality.ASSERTED):
            out[key] = r
    return list(out.values())


@Language.factory(
    "techpolgraph_relations",
    default_config={"cues": "relation_cues.tsv", "arguments": DEFAULT_STRATEGY},
    requires=["doc._.tpg_mentions", "doc._.tpg_entities"],
    assigns=["doc._.tpg_relations"],
)
def make_relation_extractor(nlp: Language, name: str, cues: str, arguments: str) -> RelationExtractor:
    """Typed relations between resolved mentions (cue list: package data or a user's file;
    ``arguments``: how a cue's parties are read, one of :data:`STRATEGIES`)."""
    return RelationExtractor(nlp, name, cues, arguments)


#: Words that put a go-between in an exchange (« par presse interposée », « par avocats interposés »).
GO_BETWEEN = function_words("go_between")


@kept_per_view
def _go_between(view: SentenceView, token: Token) -> bool:
    """A go-between follows the cue in its clause (« se parlent par communiqués interposés »)."""
    end = view.clause(token.i)[1]
    return any(word in GO_BETWEEN for word in view.lowers()[token.i + 1 - view.sent.start : min(end, view.sent.end) - view.sent.start])


#: How many words may open a sentence before a verb by which its voice exhorts itself (« Et
#: enfin, saluons ... »).
EXHORTING_OPENING = 4


def _exclaims(sent: Span) -> bool:
    """The sentence ends with « ! » (past the white space before the next line): an exclamation
    its voice may aim at the one spoken to (« Vous ne répondez pas ! »: :func:`.judgements.reproached`)."""
    doc, k = sent.doc, sent.end - 1
    while k > sent.start and doc[k].is_space:
        k -= 1
    return doc[k].text == "!"


def _exhorting(sent: Span) -> bool:
    """The sentence opens on a verb of its voice's own act in the first person plural (« Saluons
    le courage de Y »): the voice is a party of it."""
    return any(exhorts_itself(token, sent) for token in sent[:EXHORTING_OPENING])


def _past_vocative(doc: Doc, slots: list[Slot], sent: Span, interviewed: str) -> list[Slot]:
    """The mentions of a journalist's question without the name of the one interviewed that
    opens it before a comma (« Jeanne Morel, Paul Martin a-t-il eu raison ? »): the one spoken
    to, no party of what the question tells."""
    if not slots or slots[0].cluster != interviewed or slots[0].end >= sent.end or doc[slots[0].end].text != ",":
        return slots
    j = line_bounds(doc, slots[0].start, slots[0].end)[0]
    if all(t.text in ADDRESS_WORDS or t.is_punct or t.lower_ in QUESTION_MARKERS for t in doc[j : slots[0].start]):
        return slots[1:]  # « Q - Jeanne Morel, ... », « Madame Morel, ... »
    return slots


def _told_by(relations: list[LocalRelation], voice: Optional[Slot]) -> list[LocalRelation]:
    """The relations of a sentence said in a transcript's speaker's or a letter's writer's own
    voice, attributed to them where they are no party and no one else is named as saying so
    (« Le président a félicité Y » in a minister's answer: the minister says so)."""
    if voice is None or not voice.text:
        return relations
    return [
        r.model_copy(update={"attributed_to": voice.text}) if not r.attributed_to and voice.cluster not in (r.source, r.target) else r
        for r in relations
    ]


def _speaker_possessive(slot: Slot) -> bool:
    """The mention is a possessive of the one who speaks (« mon », « notre »)."""
    return slot.end - slot.start == 1 and slot.text.lower() in SPEAKER_POSSESSIVES


#: The possessives of the one who speaks alone, not of a body (« mon », « ma », « mes »; not « notre »).
OWN_POSSESSIVES = function_words("own_possessive")


#: How many words a quoted name after its noun may have (« le groupe de travail « défense et industrie » »).
QUOTED_NAME_WORDS = 8


def _in_quoted_name(view: SentenceView, token: Token) -> bool:
    """The word stands in quotes right after a noun they name (« le groupe de travail « défense et
    industrie » de l'Assemblée », « le plan « soutien aux commerces » »): a name, no cue; not
    « une « trahison » de Y » nor « parle de « soutien » », quoted words of the sentence."""
    doc, marks = view.doc, view.marks
    first = max(view.sent.start, token.i - QUOTED_NAME_WORDS)
    # a quote is a mark (:meth:`RelationExtractor.mark_positions`): the other words are read past
    for k in (marks[m] for m in range(bisect_left(marks, token.i) - 1, bisect_left(marks, first) - 1, -1)):
        text = doc[k].text
        if text in CLOSING_QUOTES and text not in QUOTES:
            return False
        if text in QUOTES:
            closing = next((j for j in range(token.i + 1, min(view.sent.end, k + 1 + QUOTED_NAME_WORDS)) if doc[j].text == QUOTES[text]), None)
            return closing is not None and k > view.sent.start and doc[k - 1].pos_ in ("NOUN", "PROPN") and doc[k - 1].is_lower
    return False


def _speaker_s_own_act(view: SentenceView, slot: Slot, cue: Cue) -> bool:
    """The speaker's own possessive before a noun of what one owns or does (``party_actions.txt``),
    the object of a ban or a criticism: « « Y a suspendu mon compte », a déclaré X », « Y a
    critiqué ma décision » aim at the speaker; not « notre pays a reçu Y », nor « Y a reçu ma lettre »."""
    doc = view.doc
    return (
        cue.relation in (RelationType.BANNED, RelationType.CRITICISED)
        and slot.text.lower() in OWN_POSSESSIVES
        and slot.end < view.sent.end
        and doc[slot.end].pos_ == "NOUN"
        and doc[slot.end].lemma_.lower() in party_actions()
    )


#: Nouns of fire (« les tirs »), a criticism but where weapons fire them, by lemma or form.
FIRE_NOUNS = function_words("fire_noun")
#: How many words after a noun of fire its weapon may stand (« les tirs des roquettes Qassam »).
WEAPON_REACH = 3


def _weapons_fire(view: SentenceView, cue: Token) -> bool:
    """The cue is a noun of fire (« tirs ») whose « de » names weapons (« les tirs de roquettes
    sur Y », « des tirs d'artillerie contre Y »): shots fired, not a criticism voiced."""
    doc = view.doc
    if cue.pos_ != "NOUN" or (cue.lemma_.lower() not in FIRE_NOUNS and cue.lower_ not in FIRE_NOUNS):
        return False
    following = doc[cue.i + 1 : min(view.sent.end, cue.i + 1 + WEAPON_REACH)]
    return bool(len(following)) and following[0].lower_ in DE_FORMS and any(t.lemma_.lower() in WEAPON_NOUNS or t.lower_ in WEAPON_NOUNS for t in following)


def _speaker_s_locution(view: SentenceView, cue: Token, spec: Cue) -> Optional[Slot]:
    """The speaker, where the possessive of a locution (« apporter son soutien ») right after its
    verb is the speaker's (« M. X vous apportera mon soutien »): the one whose support it is,
    whoever carries it; else None. Not a verb's object (« X a critiqué ma décision »)."""
    words = spec.lemma.split()
    if len(words) < 2 or words[1] not in POSSESSIVE_DETERMINERS:
        return None
    j = cue.i + 1
    while j < view.sent.end and view.doc[j].pos_ in ("ADV", "PRON") and j not in view.at:
        j += 1
    slot = view.at.get(j)
    return slot if slot is not None and _speaker_possessive(slot) else None


def _speaker_s_joy(view: SentenceView, slot: Slot, cue: Token) -> bool:
    """The speaker's own possessive of « ma joie de » before the cue's infinitive
    (:func:`.modality.joy_possessive`), a noun that a verb before it governs: « je veux dire ma
    joie d'accueillir Y », « j'exprime ma fierté de recevoir Y »: the speaker does it."""
    if slot.text.lower() not in OWN_POSSESSIVES or joy_possessive(cue, view.sent) != slot.start:
        return False
    return any(view.doc[j].pos_ == "VERB" for j in range(view.sent.start, slot.start))  # not « Ma joie de recevoir Y serait grande »


#: How many words may call on the one thanked before the word of thanks (« Monsieur Y, merci »).
CALL_BEFORE_THANKS_WORDS = 8


def _opens_with_thanks(sent: Span) -> bool:
    """The sentence opens with a word of thanks (« Merci à Y »), or with one after a call and a
    comma (« Monsieur Y, merci d'avoir répondu »): the voice thanks someone."""
    doc = sent.doc
    return doc[sent.start].lower_ in THANKS_WORDS or any(
        doc[k].lower_ in THANKS_WORDS and doc[k - 1].text == "," for k in range(sent.start + 1, min(sent.end, sent.start + CALL_BEFORE_THANKS_WORDS))
    )


def _voice_of(voices: list, sent: Span, names: dict[str, str], kinds: dict[str, EntityKind]) -> Optional[Slot]:
    """The one whose words the sentence is (``doc._.tpg_voices``: the resolver's stretches of a
    transcript's speaker or a letter's writer, in order), as a slot of no width at the sentence's
    start."""
    n = bisect_right(voices, sent.start, key=lambda voice: voice[0]) - 1
    if n < 0:
        return None
    start, end, cluster = voices[n]
    if sent.end > end + 1 or cluster not in kinds:
        return None
    return Slot(sent.start, sent.start, cluster, kinds[cluster], names.get(cluster, ""))


def document_relations(doc: Doc) -> list[LocalRelation]:
    """The relations the extractor found in a processed doc, as records."""
    return [LocalRelation.model_validate(r) for r in doc._.tpg_relations or []]


def _judging_attribute(view: SentenceView, token: Token) -> bool:
    """A present participle of feeling right after a verb of judging with no « de » (past
    adverbs) is the attribute it gives (« X a jugé très choquant le discours de Y », « X trouve
    révoltant que ... »), not a verb whose subject feels."""
    if "Part" not in features(token, "VerbForm") or "Pres" not in features(token, "Tense"):
        return False
    doc, k = view.doc, token.i - 1
    while k > view.sent.start and doc[k].pos_ == "ADV":
        k -= 1
    return verb_lemma(doc[k]) in BARE_CALLING
