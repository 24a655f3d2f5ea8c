"""The subject of a cue: the parties before it in its clause, else the relative, control or
participle reading that names it (:mod:`.relatives`, :mod:`.control`)."""

from __future__ import annotations

from typing import Optional

from spacy.tokens import Doc, Span, Token

from ..data import function_words
from ..models import EntityKind
from ..nlp.events import time_nouns
from ..nlp.text import phrase_at
from ..resolve.document import anaphors
from ..resolve.document import MONARCH_TITLES, SUBJECT_PRONOUNS, address_word
from ..resolve.roles import nationalities
from .control import DECISION_NOUNS, PREDICATE_LINKS, caller, clitic_controller, controller, decided_unnamed, decision_participle, judged_decision, impersonal_dative, infinitive_mark, infinitive_of_noun, is_gerund, object_controlled, object_controller, perceived_doer, quoted_speaker, stopped_infinitive
from .cues import CueTable, Source, features, modality_words, party_actions, past_adverbial, verb_lemma
from .modality import ENACTING_VERBS, GLAD_WORDS, LAUNCHING_VERBS, PERFORMATIVE_VERBS, finite_verb_in, glad_word_before, is_finite, joined_infinitive
from .proxies import ACTING_DOCUMENTS, names_a_proxy
from .relatives import BEFORE_RELATIVE, antecedent_group, incise_relative_end, before_apposition, cleft_focus, member_antecedent
from .reading import lower_forms, tags
from .sentence import CLITICS, DATIVE_RELATIVES, DE, EXAMPLES, PREPOSED_RELATIVES, expand, past_adjuncts, past_determiners, SUBJECT_CLITICS, adjunct_incise_start, MODAL_VERBS, NAMING_NOUNS, ORGAN_NOUNS, PARTIES, PREPOSITIONS, TYPE_NOUNS, reflexive, SentenceView, Slot, affiliation_end, examples, is_date_word, is_determiner, is_number, is_left_clitic, is_organ_noun, is_object_clitic, is_possessive, is_possessive_determiner, kept_per_view, opens_with_preposition, last_group, listed_after_colon, past_role_nouns, relative_subject, role_heads, role_organisation, verb_before, word_phrases
from .typography import CLOSING_QUOTES, DASHES, QUOTES


#: Verbs of blaming someone for an act (« reprocher à X de », « accuser X de »): the one blamed did it.
BLAMING_VERBS = function_words("blaming_verb")


def _party_between(view: SentenceView, first: Token, last: Token) -> bool:
    """A party is named between the two tokens (« contraindre le patron de P, X, à suspendre »)."""
    return any(first.i < s.start and s.end <= last.i and s.kind in PARTIES for s in view.slots)


def _infinitive_before_noun(view: SentenceView, cue: Token) -> Token:
    """« procéder à la dissolution », « d'annoncer l'exclusion »: the infinitive whose object
    the noun is, right before it; the cue itself where there is none."""
    doc, k = view.doc, cue.i - 1
    while k > view.sent.start and is_determiner(doc[k]) and k not in view.at:
        k -= 1
    if k > view.sent.start and doc[k].lower_ in ("à", "au", "aux") and k not in view.at:
        k -= 1
    opening = adjunct_incise_start(view, k, view.sent.start, BEHALF_INCISE_WORDS)
    if opening is not None:
        k = opening - 1  # « de m'associer, au nom de mon groupe, à l'hommage »: past the incise
    return doc[k] if k < cue.i - 1 and doc[k].pos_ == "VERB" and "Inf" in features(doc[k], "VerbForm") else cue


#: How many words an incise between a support infinitive and its relation noun may have.
BEHALF_INCISE_WORDS = 12


@kept_per_view
def subjects_of(view: SentenceView, cue: Token, clause_start: int) -> list[Slot]:
    """Person and organisation mentions before the cue that can be its subject; in a
    relative clause (« X, qui a critiqué Y »), the mention the « qui » stands for, which in a
    cleft (« c'est X et Y qui ... ») is the whole group after « c'est »; with the parties an
    incise or an opening phrase says do likewise (« X, tout comme Y, a critiqué Z », « À
    l'instar de Y, X a critiqué Z »)."""
    verb = view.doc[cue.i - 1] if cue.pos_ == "NOUN" and cue.i > view.sent.start else cue  # « rendre hommage »: the noun's verb
    first = joined_infinitive(verb, view.sent)
    if first is not None:
        return subjects_of(view, first, view.clause(first.i)[0])  # « je veux saluer X, qui ..., ainsi que rendre hommage à Y »: « je »
    if _participle_of_a_noun(view, cue):
        return []  # « X critique la réforme défendue par Y »: the reform is defended, not X
    support = view.doc[cue.i - 2] if cue.pos_ == "NOUN" and cue.i - 2 >= view.sent.start and is_determiner(verb) else verb  # « apportant un soutien »
    if _present_participle_of_a_noun(view, support) and not _gathering(support):
        return []  # « X vise des entreprises apportant un soutien à Y »: the companies' support, not X's
    found = [s for s in _subjects_of(view, cue, clause_start) if not _inside_subject_relative(view, s, cue)]
    owner = view.at.get(cue.i - 1) if cue.pos_ == "NOUN" and cue.i > view.sent.start else None
    if owner is not None and is_possessive(owner) and len({s.cluster for s in found}) > 1 and any(s.cluster == owner.cluster for s in found):
        anchor = max((s for s in found if s.cluster == owner.cluster), key=lambda s: s.start)
        found = [s for s in found if s.cluster == owner.cluster or not _finite_verb_between(view, s, anchor)]  # « X et Y ont évoqué ... et Y a réaffirmé son soutien »: Y, whose « son » it is
    if found and all(_subject_of_relative(view, s, cue) for s in found):
        return []  # « X, professeur à l'institut, où j'ai étudié, a été suspendu »: « je » is the relative's, X is far
    labels = [s for s in found if _topic_label(view, s)]  # « Biélorussie - Condamnation de ... »: the page's country, no doer
    out = [s for s in found if not _subject_of_incise(view, s, cue) and all(s is not t for t in labels)]
    if found and not out and len(labels) < len(found):
        before = view.at.get(found[0].start - 2)  # « X, je le sais, a critiqué Y »: X, right before the incise
        out = [before] if before is not None and before.kind in PARTIES and not view.preceded_by_preposition(before) else []
    if len(out) == 1 and out[0].end < cue.i:
        out = out + [s for s in _likewise(view, out[0], cue) if s.cluster != out[0].cluster]
    if len(out) == 1 and out[0].end < cue.i:
        out = out + [s for s in we_spelled_out(view, out[0]) if s.cluster != out[0].cluster]
    if not out and view.voice is not None and (exhorts_itself(cue, view.sent) or _glad_opening(view, cue)):
        out = [view.voice]  # « Saluons le travail de Y », « Ravi de vous accueillir », in the words of one voice: the voice's act
    return out


def _topic_label(view: SentenceView, slot: Slot) -> bool:
    """The place opens a heading with no verb, set off by a dash (« Biélorussie - Condamnation
    de M. X »): the country the page files the news under, not the doer of what follows."""
    doc = view.doc
    return (
        slot.kind is EntityKind.LOCATION
        and slot.start == view.sent.start
        and slot.end < view.sent.end
        and doc[slot.end].text in DASHES
        and not finite_verb_in(doc, slot.end, view.sent.end)
    )


#: How many words may stand between a relative's « qui » and a party inside it.
RELATIVE_WORDS = 8


def _inside_subject_relative(view: SentenceView, slot: Slot, cue: Token) -> bool:
    """The party stands inside a relative clause (« qui ont reçu le mollah Y ») whose antecedent
    is a noun that names no party (« Les fonctionnaires de mes services qui ont reçu Y lui ont
    dit ... »): the subject is that noun, not the party the relative names."""
    doc = view.doc
    if slot.end >= cue.i:
        return False
    j = slot.start - 1
    while j > view.sent.start and slot.start - j <= RELATIVE_WORDS and j not in view.at and doc[j].lower_ != "qui" and not doc[j].is_punct:
        j -= 1
    if doc[j].lower_ != "qui" or j - 1 < view.sent.start or j - 1 in view.at or doc[j - 1].pos_ != "NOUN":
        return False
    if not finite_verb_in(doc, j + 1, slot.start):
        return False  # « qui » is the relative's subject, its verb before the party
    return not any(t.is_punct for t in doc[slot.end : cue.i])  # the relative runs up to the cue's clause


def _finite_verb_between(view: SentenceView, slot: Slot, anchor: Slot) -> bool:
    """A finite verb stands between the party and ``anchor``, the mention of the possessive's
    owner among the subjects: the party is the subject of another clause (« X et Y ont évoqué ...
    et Y a réaffirmé son soutien »: X), not a companion of the owner (« avec ses sœurs A et B, il
    apporte son soutien »)."""
    a, b = (slot.end, anchor.start) if slot.start < anchor.start else (anchor.end, slot.start)
    return finite_verb_in(view.doc, a, b)


#: How many words the incise that spells out a « nous » may have.
SPELLED_WE_WORDS = 12


def we_spelled_out(view: SentenceView, we: Slot) -> list[Slot]:
    """« Nous venons, le Président X et moi-même, de débattre de ... », « Nous avons discuté, X
    et moi, de ... », « Nous venons d'avoir un échange, X et moi »: the parties named between
    a comma and « et moi » that closes the phrase (a comma, a quote or the sentence's end after
    it), after « nous » in its sentence: the others the « nous » stands for; else []."""
    doc = view.doc
    if we.end - we.start != 1 or doc[we.start].lower_ != "nous":
        return []
    for j in range(we.end + 2, view.sent.end):
        stressed = doc[j].lower_ in SPEAKER_STRESSED
        last = j + 2 if stressed and j + 2 < view.sent.end and doc[j + 1].text == "-" and doc[j + 2].lower_ == "même" else j  # « moi-même », split in three
        if not stressed or doc[j - 1].lower_ != "et" or not (last + 1 >= view.sent.end or doc[last + 1].is_punct):
            continue
        opening = next((c for c in range(j - 2, max(we.end, j - SPELLED_WE_WORDS) - 1, -1) if doc[c].text == ","), None)
        if opening is None:
            return []
        return [s for s in view.slots if opening < s.start and s.end <= j - 1 and s.kind in PARTIES]
    return []


def _participle_of_a_noun(view: SentenceView, cue: Token) -> bool:
    """A past participle with no auxiliary, a modifier in the parse, right after a noun (past its
    adjectives and quotes) that names no party nor a role: it tells what was done to
    that thing (« la réforme défendue par Y », « le projet de loi soutenu par Y »), whose doer
    is after « par »; the clause's subject is not what it acts on."""
    doc = view.doc
    if cue.pos_ != "VERB" or cue.dep_ != "acl" or "Part" not in features(cue, "VerbForm") or "Pres" in features(cue, "Tense"):
        return False
    if any(child.dep_.startswith("aux") for child in cue.children):
        return False
    j = cue.i - 1
    while j > view.sent.start and (doc[j].pos_ == "ADJ" or doc[j].text in CLOSING_QUOTES) and j not in view.at:
        j -= 1
    if doc[j].pos_ != "NOUN" or j in view.at or doc[j].lemma_.lower() in role_heads():
        return False
    k = j - 1
    while k >= view.sent.start and doc[k].pos_ not in ("VERB", "AUX"):
        k -= 1
    return k < view.sent.start or doc[k].pos_ == "VERB"  # not « s'en est plusieurs fois pris à Y »: its own auxiliary


def _present_participle_of_a_noun(view: SentenceView, verb: Token) -> bool:
    """A present participle right after a common noun that names no party nor a role, past its
    adjectives, adverbs and the participles joined to it by « et » (« des sociétés proches du
    pouvoir et apportant un soutien à Y »): that noun is its subject, not a party named before it
    (not a gathering's « une table ronde réunissant X et Y »: :func:`_gathering`; nor a text or a
    decision, which its author signs: « X a signé une tribune critiquant Y », « un décret interdisant Y »)."""
    doc = view.doc
    if verb.pos_ != "VERB" or "Part" not in features(verb, "VerbForm") or "Pres" not in features(verb, "Tense"):
        return False
    j = verb.i - 1
    while j > view.sent.start and j not in view.at and (doc[j].pos_ in ("ADJ", "ADV") or doc[j].lower_ == "et" or (doc[j].pos_ == "VERB" and "Part" in features(doc[j], "VerbForm"))):
        j -= 1
    lemma = doc[j].lemma_.lower()
    return doc[j].pos_ == "NOUN" and j not in view.at and lemma not in role_heads() and lemma not in ACTING_DOCUMENTS and lemma not in DECISION_NOUNS


def _gathering(verb: Token) -> bool:
    """The verb is a cue whose parties are its objects, together (« une table ronde réunissant X
    et Y »): the noun before it is the gathering, whose host the sentence names elsewhere."""
    return any(cue.source is Source.OBJECTS for cue in CueTable.shipped().for_lemma(verb_lemma(verb)))


def _glad_opening(view: SentenceView, cue: Token) -> bool:
    """« Ravi de vous accueillir », « Très heureux de vous recevoir »: an infinitive after « de » and
    a word of gladness that opens the sentence with no subject, whose « je » is left out."""
    doc = view.doc
    k = glad_word_before(doc, cue.i) if "Inf" in features(cue, "VerbForm") else None
    if k is None or k < view.sent.start or not (doc[k].lower_ in GLAD_WORDS or doc[k].lemma_.lower() in GLAD_WORDS):
        return False
    return all(t.pos_ == "ADV" for t in doc[view.sent.start : k])  # « Très heureux de »: nothing else before


def exhorts_itself(cue: Token, sent: Span) -> bool:
    """The cue is a verb of ``performative`` in the first person plural with no subject, opening
    its clause (« Saluons le courage de Y », « Rendons hommage à Y », « Et soulignons ... »): an
    act the speaker performs as it is said."""
    doc = cue.doc
    if cue.pos_ != "VERB" or not cue.lower_.endswith("ons") or "Fin" not in features(cue, "VerbForm"):
        return False  # the ending, not the person the tagger gives (« Saluons » is read as a third person)
    phrase = f"{verb_lemma(cue)} {doc[cue.i + 1].lower_}" if cue.i + 1 < len(doc) else ""
    if verb_lemma(cue) not in PERFORMATIVE_VERBS and phrase not in PERFORMATIVE_VERBS:
        return False
    if any(child.dep_.startswith("nsubj") and child.i < cue.i for child in cue.children):
        return False  # not a name after it, which the parser may take for an inverted subject (« Saluons Y »)
    k = cue.i - 1
    while k >= sent.start and (doc[k].pos_ in ("ADV", "CCONJ") or doc[k].text == ","):
        k -= 1
    return k < sent.start


#: How many words an incise that comments on the sentence may have (« , je tiens à le dire, »).
INCISE_WORDS = 8
#: Verbs of an incise that comments on what the sentence says (« je le sais », « je tiens à le dire »), by lemma.
COMMENTING_VERBS = function_words("commenting_verb")


#: Relative pronouns that open a clause of their own inside a sentence (« où j'ai étudié »);
#: not « que », a conjunction as often (« C'est ainsi que X a signé ... »).
OPENING_RELATIVES = frozenset({"où", "dont"})


def _subject_of_relative(view: SentenceView, slot: Slot, cue: Token) -> bool:
    """The mention is the subject of the verb of a relative that opens right before it and that
    a comma closes before the cue (« X, professeur à l'institut, où j'ai étudié, a été suspendu »:
    « je » is suspended by no one)."""
    doc = view.doc
    token = next((t for t in doc[slot.start : slot.end] if t.dep_.startswith("nsubj")), None)
    verb = token.head if token is not None else cue
    if verb.i == cue.i or not slot.end <= verb.i < cue.i:
        return False
    if slot.start - 1 < view.sent.start or doc[slot.start - 1].lower_ not in OPENING_RELATIVES:
        return False
    return any(t.text == "," for t in doc[verb.i + 1 : cue.i])


def _subject_of_incise(view: SentenceView, slot: Slot, cue: Token) -> bool:
    """The mention is the subject of an incise's own verb, which commas set off before the cue
    (« Ce texte, je tiens à le dire, a été approuvé par Y »: « je » approves nothing)."""
    doc = view.doc
    token = doc[slot.end - 1]
    verb = token.head
    if slot.end - slot.start != 1 or token.pos_ != "PRON" or not token.dep_.startswith("nsubj") or verb.i == cue.i or not slot.end <= verb.i < cue.i:
        return False
    if slot.start - 1 < view.sent.start or doc[slot.start - 1].text != ",":
        return False
    closing = next((k for k in range(verb.i + 1, min(slot.start + INCISE_WORDS, cue.i)) if doc[k].text == ","), None)
    if closing is None:
        return False
    # a comment on what the sentence says: a verb of saying or knowing, or one with « le » for it (« je le sais »)
    saying = verb_lemma(verb) in modality_words().get("reporting", frozenset()) | COMMENTING_VERBS
    return saying or any(doc[k].lower_ in ("le", "l'", "l’") for k in range(slot.end, verb.i))



#: Words that say another party does likewise (« X, tout comme Y, ... », « À l'instar de Y, X ... »).
LIKEWISE = word_phrases("likewise")


def _likewise(view: SentenceView, subject: Slot, cue: Token) -> list[Slot]:
    """« X, tout comme Y, a critiqué Z », « X, ainsi que Y, ... »: the group in the incise right
    after the subject; « À l'instar de Y, X a critiqué Z », « Comme Y, X ... »: the group of the
    opening phrase right before it. Nothing else."""
    doc = view.doc
    if subject.end < cue.i and doc[subject.end].text == ",":
        k = phrase_at(view.doc, subject.end + 1, LIKEWISE, view.sent.end)
        group = view.group_at(k, cue.i) if k > subject.end + 1 else []
        if group and group[-1].end < cue.i and doc[group[-1].end].text == ",":
            return [g for g in group if g.kind in PARTIES]
    if subject.start - 1 > view.sent.start and doc[subject.start - 1].text == ",":
        k = phrase_at(view.doc, view.sent.start, LIKEWISE, view.sent.end)
        group = view.group_at(k, subject.start - 1) if k > view.sent.start else []
        if group and group[-1].end == subject.start - 1:
            return [g for g in group if g.kind in PARTIES]
    return []


def _subjects_of(view: SentenceView, cue: Token, clause_start: int) -> list[Slot]:
    """:func:`subjects_of`, without the parties that do likewise."""
    called = caller(view, cue)
    if called is not None:
        return called  # « l'appel de X à soutenir Y »: X; « après l'appel de son parti à ..., Z »: not Z
    infinitive = infinitive_of_noun(cue)
    support = _infinitive_before_noun(view, cue)
    if any(decided_unnamed(view, verb) or judged_decision(view, verb) for verb in (cue, support, infinitive) if verb is not None):
        return []  # « l'intention du gouvernement de dissoudre Y », « ... de procéder à la dissolution de Y », « a critiqué la décision de bannir Y »
    if support is not cue:
        intending = controller(view, support) or object_controller(view, support)[0]
        if intending:
            return intending  # « l'intention du Parti radical de procéder à la dissolution de Y »: the party
    if infinitive is not None:
        controlled = controller(view, infinitive) or object_controller(view, infinitive)[0]
        if controlled:
            return controlled  # « a permis à X de décrocher des rencontres avec Y »: X, who would meet Y
        if object_controlled(infinitive):
            return []  # « a permis à l'homme d'affaires de décrocher des rencontres avec Y »: not the one who allowed
    if _participle_of_a_thing(view, cue):
        return []  # « des actions menaçant l'intégrité de Y »: the actions, no party
    agent = participle_agent(view, cue)
    if agent is not None:
        group = main_subject(view, cue)  # « X, Y et Z appelant à ... »: the group that opens the sentence
        return group if any(s is agent for s in group) else [agent]  # « une photo de X rencontrant Y »
    described = apposed_reflexive_party(view, cue)
    if described is not None:
        return [described]  # « X, rallié à Y, a ... »: X
    by_pronoun = clitic_controller(view, cue)
    if by_pronoun is not None:
        return by_pronoun  # « X l'a forcé à censurer Z »: the one « l' » stands for, never X
    owner = noun_owner(view, cue)
    if owner is not None:
        return owner  # « après son choix de conclure une alliance avec Y »: the one « sa » stands for
    absolute = absolute_subject(view, cue)
    if absolute is not None:
        return absolute  # « ..., le port du voile étant interdit au sein de Y »: a thing, no party
    perceived = perceived_doer(view, cue)
    if perceived is not None:
        return perceived  # « X a vu Y critiquer Z »: Y, whom X saw do it
    dative = impersonal_dative(view, cue)
    if dative is not None:
        return dative  # « X va voter le texte, il nous est apparu indispensable d'entendre Y »: ours, not X's
    out: list[Slot] = controller(view, cue) or object_controller(view, cue)[0]
    if not out and stopped_infinitive(view, cue, infinitive_mark(view, cue)) is not None:
        return []  # « nous demandons aux voisins d'arrêter de soutenir Y »: the ones asked, whom no party names, not « nous »
    if not out and "Inf" in features(cue, "VerbForm") and verb_lemma(cue.head) in BLAMING_VERBS and object_controlled(cue) and not _party_between(view, cue.head, cue):
        return []  # « X a reproché au bloc de soutenir Y »: the one blamed, whom no party names, not X
    if not out and is_gerund(view, cue):
        decided = decision_participle(view, cue)
        if decided is not None:
            return decided  # « la décision annoncée par X, interdisant Y »: X, or nobody
        absolute = detached_subject(view, cue)
        if absolute:
            return absolute  # « X a écarté le texte comme « absurde », le ministre Y, accusant Z »: Y
        relative = _relative_of_gerund(view, cue)
        if relative is not None:
            return relative  # « Mme Y, qui nous fait une joie en vous accompagnant »: Y, not the main clause's subject
        out = _after_opening_gerund(view, cue) or main_subject(view, cue) or quoted_speaker(view, cue)  # « X rejoint le parti Y, se ralliant à Z »: X, not Y
        if not out and unknown_subject(view):
            return []  # « Il rejoint le parti Y, se ralliant à Z », « il » unresolved: not Y
        if not out:
            out = _agent_before_comma(view, cue)  # « organisée par le président, X, accueillant Y »: X
    out = out or _subject_of_the_saying(view, cue, clause_start) or nearby_subjects(view, cue, clause_start)
    relative = clause_start > view.sent.start and relative_subject(view.doc, clause_start - 1)
    if not out and relative:
        out = cleft_focus(view, clause_start - 1) or member_antecedent(view, clause_start - 1)
    if not out and relative:
        j = _first_relative(view, clause_start - 1) - 1
        while j >= view.sent.start and view.doc[j].text in BEFORE_RELATIVE:
            j -= 1  # « X, qui », « X (qui a reçu Y) », « X — qui a reçu Y — »
        slot = view.at.get(j)
        if slot is None and not _restricts_a_thing(view, j, clause_start - 1):
            slot = _before_gloss(view, j)  # « l'Union populaire (UP), qui », « X, responsable du programme, qui »
        if slot is not None and view.preceded_by_preposition(slot):
            # « de la part de X, présidente du groupe Y, qui ... »: the person the apposition describes
            person = before_apposition(view, slot)
            if person is None and slot.kind is EntityKind.PERSON and (view.doc[slot.start - 1].lower_ not in DE or _of_an_action(view, slot)):
                # « s'est réjoui devant X qui le recevait »: X, whom the preposition governs; « la
                # position de X qui l'a exclue »: X, whose act the noun is (or the act itself, X's)
                out = [slot]
            elif person is None and slot.kind is EntityKind.ORGANISATION and (_agent_after_par(view, slot) or _not_after_de(view, slot) or _of_an_action(view, slot)):
                # « fondé par le parti P, qui avait été exclu de Q »: P, the agent itself; « a fait appel
                # contre la Commission, qui lui a infligé une amende »: the body the preposition governs;
                # « l'opération de la société P, qui a été bloquée par Y »: P, whose act the noun is
                out = [slot]
            else:
                out = [person] if person is not None else []
        elif slot is not None and slot.kind in PARTIES:
            out = antecedent_group(view, slot)
    if not out and is_gerund(view, cue):
        out = main_subject(view, cue)
    if not out:
        out = subjects_after_colon(view, cue, clause_start) or trailing_examples(view, cue, clause_start)
    if not out:
        out = _subject_past_relative(view, cue)  # « X rappelle son attachement au dialogue, qui est essentiel, et condamne Y »
    if not out:
        out = _subject_past_que(view, cue)  # « X souligne l'importance que revêt le statut et exprime son soutien à Y »
    return out


def _subject_past_relative(view: SentenceView, cue: Token) -> list[Slot]:
    """A verb after « , et » that closes a relative clause set off by commas (« X rappelle son
    attachement au dialogue, qui est une condition de la paix, et condamne Y »): the relative
    describes the object before it, and the verb shares the subject of the main verb before
    « qui »; else []."""
    doc, start = view.doc, view.sent.start
    j = before_verb_group(view, cue, start)
    if j - 1 <= start or doc[j].lower_ not in ("et", "puis") or doc[j - 1].text != ",":
        return []
    comma = next((k for k in range(j - 2, start, -1) if doc[k].text == ","), None)
    if comma is None or incise_relative_end(doc, comma, j) != j - 1:
        return []
    verb = next((k for k in range(comma - 1, start - 1, -1) if doc[k].pos_ == "VERB" and is_finite(doc[k])), None)
    if verb is None or any(doc[k].text in (",", ";", ":") for k in range(verb + 1, comma)):
        return []  # the main verb's clause runs up to the relative, with no other incise
    return nearby_subjects(view, doc[verb], view.clause(verb)[0])


def _subject_past_que(view: SentenceView, cue: Token) -> list[Slot]:
    """A predicate with no subject of its own after a clause that « que » opened, whose subject
    is no party named by a name or a noun: joined by « et » to the verb of an object relative (« X souligne
    l'importance que revêt le statut et exprime sa solidarité avec Y », « l'importance qu'il
    accorde au statut et exprime ... »), or the next of a series after a completive, past its
    comma (« X demande que les résolutions soient respectées, souligne ... et exprime ... »): the
    predicate shares the subject of the verb before « que », which agrees with it in number;
    else []."""
    doc = view.doc
    clause_start = view.clause(cue.i)[0]
    que = clause_start - 1
    if que - 1 <= view.sent.start or doc[que].lower_ not in ("que", "qu'", "qu’"):
        return []
    verb = _verb_of_noun(view, cue, clause_start)
    comma = before_verb_group(view, verb, clause_start)
    first = comma + 1 if doc[comma].text == "," else shared_subject_verb(view, verb, clause_start)  # « ..., souligne »: the series' own
    if first is None or any(_named_subject(doc, s) for i, s in view.at.items() if clause_start <= i < cue.i):
        return []  # « X critique la loi que Y défend et soutient Z »: Y's predicates, or no one's
    if doc[first - 1].text == ",":
        governor = que - 1  # a completive: « demande (instamment) que ..., souligne »
        while governor > view.sent.start and doc[governor].pos_ == "ADV" and governor not in view.at:
            governor -= 1
    elif any(is_finite(t) for t in doc[clause_start:first]) or any(t.text == "," for t in doc[clause_start:first]):
        return []  # the verb « et » joins is not the relative's first
    else:
        governor = que - 1 if doc[que - 1].pos_ == "NOUN" else -1  # an object relative: « l'importance que »
        while governor > view.sent.start and not is_finite(doc[governor]) and doc[governor].text != ",":
            governor -= 1
    if governor <= view.sent.start or not is_finite(doc[governor]) or doc[governor].pos_ != "VERB":
        return []
    numbers = (doc[governor].morph.get("Number"), verb.morph.get("Number"))
    if all(numbers) and numbers[0] != numbers[1]:
        return []
    return nearby_subjects(view, doc[governor], view.clause(governor)[0]) or _subject_past_que(view, doc[governor])


def _named_subject(doc: Doc, slot: Slot) -> bool:
    """A party named by a name or a noun, not a pronoun, that the parse reads as a subject."""
    return slot.kind in PARTIES and any(t.dep_.startswith("nsubj") and t.pos_ != "PRON" for t in doc[slot.start : slot.end])


def _relative_of_gerund(view: SentenceView, cue: Token) -> Optional[list[Slot]]:
    """A gerund inside a relative clause, with no comma between « qui » and its « en » (« de Mme
    Y qui nous fait une grande joie en vous accompagnant »): the party « qui » stands for, or []
    where none is named right before it; None where the gerund is in no such clause."""
    doc, j = view.doc, cue.i - 1
    while j > view.sent.start and doc[j].pos_ in ("PRON", "ADV"):
        j -= 1
    if doc[j].lower_ != "en":
        return None
    for k in range(j - 1, view.sent.start, -1):
        if doc[k].is_punct:
            return None
        if doc[k].lower_ == "qui" and k - 1 > view.sent.start:
            slot = view.at.get(k - 2 if doc[k - 1].text == "," else k - 1)  # « X, qui ... », « de Y qui ... »
            return [slot] if slot is not None and slot.kind in PARTIES else []
    return None


def _not_after_de(view: SentenceView, slot: Slot) -> bool:
    """The preposition before the party, past its article, is no « de » (« contre la Commission »,
    « avec Vexa »; not « le président de la Commission », whose person the relative may be about)."""
    doc = view.doc
    k = slot.start - 1
    if k > view.sent.start and is_determiner(doc[k]):
        k -= 1
    return k >= view.sent.start and doc[k].pos_ == "ADP" and doc[k].lower_ not in DE


def _after_opening_gerund(view: SentenceView, cue: Token) -> list[Slot]:
    """« En vous renouvelant mes félicitations, je vous prie ... », « En recevant Y, X a ... »,
    « Recevant Y, X a ... »: a gerund or a present participle that opens the sentence has the
    subject named after the last comma before the main verb (else after an earlier comma of its
    phrase); [] elsewhere."""
    doc = view.doc
    j = cue.i - 1
    while j > view.sent.start and doc[j].pos_ in ("PRON", "ADV"):
        j -= 1
    if cue.i != view.sent.start and (j != view.sent.start or doc[j].lower_ != "en"):
        return []
    comma = None  # the last comma before the main clause's verb: past an apposition (« ... et Y, ministre de Z, X se trouve »)
    for k in range(cue.i + 1, view.sent.end):
        if doc[k].text == ",":
            comma = k
        elif doc[k].pos_ in ("VERB", "AUX") and "Fin" in doc[k].morph.get("VerbForm"):
            break
    if comma is None:
        return []
    for k in (comma, *(k for k in range(cue.i + 1, comma) if doc[k].text == ",")):
        found = subject_after(view, k)
        if found:
            return found
    return []


def _first_relative(view: SentenceView, qui: int) -> int:
    """« X, qui n'est pas membre de P mais qui a reçu le soutien de Z »: a « qui » after « et » or
    « mais » shares the antecedent of the relative it is joined to, the « qui » after a comma
    before it; the « qui » itself elsewhere."""
    doc = view.doc
    if qui - 1 <= view.sent.start or doc[qui - 1].lower_ not in ("et", "mais"):
        return qui
    for k in range(qui - 2, view.sent.start, -1):
        if relative_subject(doc, k):
            return k if doc[k - 1].text == "," else qui
    return qui


def _agent_before_comma(view: SentenceView, cue: Token) -> list[Slot]:
    """« La conférence fut organisée par le président français, X, accueillant Y »: a present
    participle after the comma that closes a passive's agent (past its apposition) has that agent
    for subject, where the sentence's own subject is no party; else []."""
    doc, k = view.doc, cue.i - 1
    slot = view.at.get(k - 1) if k - 1 > view.sent.start and doc[k].text == "," else None
    while slot is not None and slot.start - 2 > view.sent.start and doc[slot.start - 1].text == ",":
        before = view.at.get(slot.start - 2)
        if before is None or before.cluster != slot.cluster:
            break
        slot = before  # « le président français, X »: the role, a mention of the same person
    if slot is None or slot.kind not in PARTIES:
        return []
    j = slot.start - 1
    while j > view.sent.start and is_determiner(doc[j]) and j not in view.at:
        j -= 1
    return [view.at[k - 1]] if doc[j].lower_ == "par" else []


def _agent_after_par(view: SentenceView, slot: Slot) -> bool:
    """The mention is the agent right after « par », over its articles (« fondé par la ligue L »
    is not: a description comes between)."""
    j = slot.start - 1
    while j > view.sent.start and (is_determiner(view.doc[j]) or view.doc[j].text in QUOTES) and j not in view.at:
        j -= 1
    return view.doc[j].lower_ == "par"


def _of_an_action(view: SentenceView, slot: Slot) -> bool:
    """The mention completes a noun of what a party does or says (``party_actions.txt``: « la
    position de X », « la stratégie de X »)."""
    k = slot.start - 1
    if k > view.sent.start and view.doc[k].lower_ in TYPE_NOUNS:
        k -= 1  # « l'opération de la société P »: past the organisation's kind
    while k > view.sent.start and is_determiner(view.doc[k]) and k not in view.at:
        k -= 1
    if k <= view.sent.start or view.doc[k].lower_ not in DE:
        return False
    k -= 1
    while k > view.sent.start and view.doc[k].pos_ == "ADJ":  # « la position ferme de X »
        k -= 1
    return k >= view.sent.start and view.doc[k].pos_ == "NOUN" and view.doc[k].lemma_.lower() in party_actions()


#: How many words a description between a name and its « qui » may have.
GLOSS_WORDS = 10


def noun_owner(view: SentenceView, cue: Token) -> list[Slot] | None:
    """The subject of an infinitive after « de » and a noun that a possessive opens (« sa
    décision de conclure », « son refus de recevoir »): the party the possessive stands for, or
    none where the resolver placed none; None where the infinitive has no such noun."""
    doc = view.doc
    j = infinitive_mark(view, cue) if "Inf" in features(cue, "VerbForm") else None
    if j is None or j - 2 < view.sent.start or doc[j].lower_ not in DE or doc[j - 1].pos_ != "NOUN" or not is_possessive_determiner(doc[j - 2]):
        return None
    if j - 4 >= view.sent.start and doc[j - 3].lower_ in ("à", "au", "aux") and doc[j - 4].pos_ in ("VERB", "AUX", "ADV"):
        return None  # « a demandé à son électorat de voter pour Y »: the one asked, read by the call
    slot = view.at.get(j - 2)
    if slot is None:
        return _owner_as_subject(view, j - 1)  # « X et Y annoncent leur volonté de supprimer Z »
    return [slot] if slot.kind in PARTIES else []


def _owner_as_subject(view: SentenceView, noun: int) -> list[Slot]:
    """The owner of a noun whose possessive the resolver did not place, where the noun is the
    object of a verb before it: the verb's subject, where it agrees with the possessive in
    number (« leur » for several parties, « son », « sa » for one)."""
    doc = view.doc
    token = doc[noun]
    while token.dep_ == "conj" and token.head.pos_ in ("NOUN", "PROPN") and view.sent.start <= token.head.i < token.i:
        token = token.head  # « a confirmé son ralliement et sa volonté de ... »: the first object's verb
    verb = token.head
    # the parser may join a second object to the verb itself (« a confirmé son ralliement à P et sa volonté »)
    if token.dep_ not in ("obj", "conj") or verb.pos_ not in ("VERB", "AUX") or not view.sent.start <= verb.i < noun - 1:
        return []
    subjects = [s for s in nearby_subjects(view, verb, view.clause(verb.i)[0]) if s.kind in PARTIES]
    plural = doc[noun - 1].lower_ in ("leur", "leurs")
    return subjects if subjects and (len(subjects) > 1) == plural else []


def absolute_subject(view: SentenceView, cue: Token) -> list[Slot] | None:
    """The subject of a participle after « étant » or « ayant été » (an absolute phrase: « le port
    du voile étant interdit au sein de Y », « X ayant été exclu du parti, ... »): the party right
    before it, or none where a noun of a thing stands there; None where the cue has no such
    auxiliary before it."""
    doc = view.doc
    j = cue.i - 1
    while j > view.sent.start and doc[j].pos_ == "ADV":
        j -= 1
    if doc[j].lower_ == "été" and j > view.sent.start and doc[j - 1].lower_ == "ayant":
        j -= 1
    elif doc[j].lower_ != "étant":
        return None
    k = j - 1
    while k > view.sent.start and doc[k].pos_ == "ADV":
        k -= 1
    if k < view.sent.start or doc[k].is_punct:
        return None  # « Étant exclu du parti P, X ... »: the subject after the comma
    slot = view.at.get(k)
    if slot is not None:
        return [slot] if slot.kind in PARTIES else []
    return [] if doc[k].pos_ in ("NOUN", "PROPN") else None


def _restricts_a_thing(view: SentenceView, j: int, qui: int) -> bool:
    """« X, le représentant des partis qui soutiennent Y »: a « qui » right after a common noun
    that names no role, with no comma between, stands for that noun, not for the person the
    description is about (« X, l'ancien ministre qui ... » is about X)."""
    token = view.doc[j]
    return j == qui - 1 and token.pos_ == "NOUN" and token.lower_ not in role_heads() and token.lemma_.lower() not in role_heads()


def _before_gloss(view: SentenceView, j: int) -> Slot | None:
    """The party named before what ends at token j and stands between it and a « qui »: an
    acronym in parentheses (« l'Union populaire (UP), qui »), or a description set off by commas
    with no finite verb and no other party (« X, chargé du programme, qui »; of an organisation,
    one that opens with its kind: « P, chaîne de magasins, qui »); else None."""
    doc = view.doc
    if j > view.sent.start and doc[j].text == ")":
        k = j - 1
        while k > view.sent.start and doc[k].text != "(" and j - k < GLOSS_WORDS:
            k -= 1
        return view.at.get(k - 1) if doc[k].text == "(" else None
    for k in range(j, max(view.sent.start, j - GLOSS_WORDS), -1):
        if doc[k].text == ",":
            slot = view.at.get(k - 1)
            if slot is not None and slot.kind is EntityKind.ORGANISATION and k + 1 < j and doc[k + 1].lemma_.lower() in TYPE_NOUNS:
                return slot  # « la société P, chaîne de magasins québécoise, qui »: a company's kind describes it
            return slot if slot is not None and slot.kind is EntityKind.PERSON else None
        finite = doc[k].pos_ in ("VERB", "AUX") and "Part" not in doc[k].morph.get("VerbForm")
        if k in view.at or finite or doc[k].text in (";", ":", "(", ")"):
            return None  # a participle may describe (« chargé du programme »); a finite verb opens a clause
    return None


def subjects_after_colon(view: SentenceView, cue: Token, clause_start: int) -> list[Slot]:
    """« Plusieurs anciens élus ont exprimé leur soutien à X : A, B ou encore C. »: a clause whose
    subject is a plural common noun, with no party before the cue, takes the people listed after
    a colon that ends the sentence as its subjects."""
    doc = view.doc
    before = doc[clause_start : cue.i]
    plural_noun = next((t for t in before if t.pos_ == "NOUN" and "Plur" in features(t, "Number") and (t.dep_ in ("nsubj", "ROOT") or _opening_noun(doc, t, clause_start))), None)
    if plural_noun is None or any(i in view.at for i in range(clause_start, cue.i)):
        return []
    verbs = [t for t in doc[plural_noun.i + 1 : cue.i + 1] if t.pos_ in ("AUX", "VERB") and "Fin" in t.morph.get("VerbForm")]
    if not verbs or "Plur" not in verbs[0].morph.get("Number"):
        return []
    colon = next((k for k in range(cue.i + 1, view.sent.end) if doc[k].text == ":"), None)
    group = listed_after_colon(view, colon) if colon is not None else []
    return group if len(group) >= 2 and all(s.kind is EntityKind.PERSON for s in group) else []


def _opening_noun(doc: Doc, noun: Token, clause_start: int) -> bool:
    """Only an article, adjectives or the « d' » of an indefinite plural stand before the noun in
    its clause (« D'anciens ministres »), which the parser may take for a preposition."""
    return all(t.pos_ in ("DET", "ADJ") or t.lower_ in ("d'", "d’", "de", "des") for t in doc[clause_start : noun.i])


def participle_agent(view: SentenceView, cue: Token) -> Slot | None:
    """« une photo de X rencontrant Y », « une vidéo montrant X serrant la main de Y »: a present
    participle right after a party (not after « en » or a comma) has that party as its subject,
    even one governed by a preposition; else None."""
    if not cue.lower_.endswith("ant") or cue.pos_ not in ("VERB", "AUX") or is_gerund(view, cue):
        return None
    slot = view.at.get(cue.i - 1)
    if slot is not None and slot.start > view.sent.start and view.doc[slot.start - 1].lower_ == "sur":
        return None  # « un texte posté sur Bluesky accusant Y »: where, or what about, not who
    return slot if slot is not None and slot.kind in PARTIES and not is_object_clitic(slot, view.doc) and not is_left_clitic(slot) else None


#: Reflexive verb cues whose past participle set after a party keeps its sense (« X, rallié à Y »).
APPOSED_REFLEXIVE = function_words("apposed_reflexive")


def apposed_reflexive_party(view: SentenceView, cue: Token) -> Slot | None:
    """The party that the past participle of a verb of ``apposed_reflexive``, without its « se »,
    describes (« X, rallié à Y, a ... », « le député X rallié à Y »: X); else None."""
    lemma = verb_lemma(cue)
    if "se " + lemma not in APPOSED_REFLEXIVE and "s'" + lemma not in APPOSED_REFLEXIVE:
        return None
    return _participle_after_party(view, cue) if not reflexive(view.doc, cue, view.hidden) else None


def _participle_after_party(view: SentenceView, cue: Token) -> Slot | None:
    """A past participle with no auxiliary right after a party, or after the comma that follows
    one: the party it describes; else None."""
    doc, k = view.doc, cue.i - 1
    if "Part" not in features(cue, "VerbForm") or "Past" not in features(cue, "Tense") or k <= view.sent.start:
        return None
    if doc[k].text == ",":
        k -= 1
    slot = view.at.get(k)
    return slot if slot is not None and slot.end == k + 1 and slot.kind in PARTIES else None


def unknown_subject(view: SentenceView) -> bool:
    """The sentence opens with a subject pronoun that stands for no party found."""
    first = view.doc[view.sent.start]
    return first.lower_ in SUBJECT_PRONOUNS and view.sent.start not in view.at


#: Nouns of acts whose present participle tells what they do, not what the sentence's subject
#: does (« sanctionné pour des actions menaçant l'intégrité de Y »).
ACTING_THINGS = function_words("acting_thing")


def _participle_of_a_thing(view: SentenceView, cue: Token) -> bool:
    """A present participle right after a noun of acts (``function_words.tsv``, acting_thing),
    past another participle joined by « ou » or « et » (« des actions compromettant ou menaçant
    Y »): it describes those acts, whose doer the sentence does not name; not « a signé une
    tribune critiquant Y », whose author acts."""
    doc = view.doc
    if not cue.lower_.endswith("ant") or cue.i == view.sent.start:
        return False
    j = cue.i - 1
    if j - 1 > view.sent.start and doc[j].lower_ in ("ou", "et") and doc[j - 1].lower_.endswith("ant"):
        j -= 2
    if doc[j].pos_ == "NOUN" and j not in view.at and doc[j].lemma_.lower() in ACTING_THINGS:
        return True
    return doc[j].text != "," and _ruling_it_modifies(view, cue)


#: Nouns of rulings and of the courts that give them, whose present participle tells what the
#: ruling does (« un jugement du tribunal de Lyon condamnant Z »), by lemma.
RULING_NOUNS = function_words("ruling_noun")


def _ruling_it_modifies(view: SentenceView, cue: Token) -> bool:
    """« a critiqué la déclaration de Y à propos d'un jugement du tribunal de Lyon condamnant Z »:
    a present participle right after a ruling or a court, or that the parse hangs on one further
    back, past its complements, tells what that ruling does, not what the sentence's subject
    does; unless the subject gives or takes the ruling itself (« a rendu une décision
    condamnant Z »: launching verbs) or enacts the text (« a signé un décret interdisant Z »)."""
    doc = view.doc
    before = doc[cue.i - 1]
    if before.pos_ == "NOUN" and before.lemma_.lower() in RULING_NOUNS:
        head = before
    elif cue.dep_ == "acl" and cue.head.pos_ == "NOUN" and view.sent.start <= cue.head.i < cue.i and cue.head.lemma_.lower() in RULING_NOUNS:
        head = cue.head
    else:
        return False
    while head.dep_ == "nmod" and head.head.pos_ == "NOUN" and head.head.lemma_.lower() in RULING_NOUNS and head.head.i < head.i:
        head = head.head  # « la décision du tribunal »: the decision
    # « a rendu une décision condamnant Z », « a signé un décret interdisant Z »: the subject's own
    return not (head.dep_ == "obj" and (verb_lemma(head.head) in LAUNCHING_VERBS or verb_lemma(head.head) in ENACTING_VERBS))


def detached_subject(view: SentenceView, cue: Token) -> list[Slot]:
    """« X a écarté le texte comme « absurde », le ministre de la Justice, Y, accusant Z »: a
    present participle after a described name set off by commas, itself after a comma that
    follows no party (so no apposition to one), has that name for subject: an absolute phrase;
    else []."""
    doc = view.doc
    j = cue.i - 1
    if j <= view.sent.start or doc[j].text != "," or j - 1 not in view.at:
        return []
    slot = view.at[j - 1]
    if slot.kind is not EntityKind.PERSON:
        return []
    k = slot.start - 1
    if k > view.sent.start and doc[k].text == ",":
        k -= 1  # « le ministre ..., Y, »: the description before the name
    start = k
    while start > view.sent.start and doc[start].text != "," and start not in view.at and doc[start].pos_ not in ("VERB", "AUX", "SCONJ", "PRON"):
        start -= 1
    if doc[start].text != "," or start - 1 < view.sent.start:
        return []
    opening = start + 1
    while opening < slot.start and is_determiner(doc[opening]):
        opening += 1
    if opening == slot.start or doc[opening].lower_ not in role_heads():
        return []  # the phrase opens with a role noun (« le ministre »), or it is no described name
    before = doc[start - 1]
    if start - 1 in view.at or (before.pos_ in ("PROPN", "NOUN") and not before.is_lower):
        return []  # « X a reçu Y, le ministre Z, accusant W »: an apposition to Y
    return [slot]


#: How many words an opening adjunct of time may have (« Quelques heures plus tard, »).
OPENING_ADJUNCT_WORDS = 6


def _past_opening_adjunct(view: SentenceView, cue: Token) -> int:
    """The token after a short opening adjunct that names no party and holds no verb, set off
    by a comma (« Quelques heures plus tard, », « Dans la soirée, »); the sentence's start where
    there is none."""
    doc, start = view.doc, view.sent.start
    for k in range(start + 1, min(start + OPENING_ADJUNCT_WORDS + 1, cue.i)):
        if k in view.at or doc[k].pos_ in ("VERB", "AUX", "PRON"):
            return start
        if doc[k].text == ",":
            return k + 1 if start not in view.at else start
    return start


def _past_opening_vocative(view: SentenceView, i: int) -> int:
    """The token after a call on someone that opens the sentence at token i (« Monsieur X, je
    voudrais commencer en saluant votre engagement »: « je », not X); else i."""
    doc = view.doc
    if i + 1 >= view.sent.end or not address_word(doc[i]):
        return i
    slot = view.at.get(i + 1)
    if slot is None or slot.kind is not EntityKind.PERSON or slot.end >= view.sent.end or doc[slot.end].text != ",":
        return i
    return slot.end + 1


def main_subject(view: SentenceView, cue: Token) -> list[Slot]:
    """The subject that opens the sentence, for a gerund or a present participle set off by a
    comma (« X a quitté la plateforme, accusant Y de censure »)."""
    i = _past_opening_vocative(view, _past_opening_adjunct(view, cue))  # « Quelques heures plus tard, X a ..., critiquant Y »
    while i < cue.i and (is_determiner(view.doc[i]) or view.doc[i].pos_ == "ADV") and i not in view.at:
        i += 1
    group = view.group_at(i, cue.i) or view.group_at(past_role_nouns(view, i, cue.i), cue.i)  # « Le ministre X, Y et Z »
    if not group or any(s.kind not in PARTIES for s in group):
        return []
    after = group[-1].end
    if any(t.pos_ == "SCONJ" and t.lower_ in ("que", "qu'", "qu’") for t in view.doc[after : cue.i]):
        return []  # « X a rappelé que Y avait dépassé les bornes en accusant Z »: Y's gerund, not X's
    verb = next((t for t in view.doc[after : cue.i] if t.pos_ in ("VERB", "AUX")), None)
    if verb is None and all(t.pos_ == "ADV" for t in view.doc[after : cue.i]):
        return group  # « X, Y et Z appelant également à ... »: the participle's own subject, all of it
    return group if verb is not None and verb.i < cue.i else []


def subject_after(view: SentenceView, i: int) -> list[Slot]:
    """« Bien avant de soutenir Trump, Musk s'est tourné... »: an infinitive clause that opens
    the sentence takes the subject named right after its comma."""
    doc = view.doc
    if i >= view.sent.end or doc[i].text != ",":
        return []
    j = i + 1
    k = j
    while k < view.sent.end and k - j < DATE_INCISE_WORDS and k not in view.at and (is_date_word(doc[k]) or is_determiner(doc[k]) or doc[k].lower_ in time_nouns()):
        k += 1
    if k > j and k < view.sent.end and doc[k].text == ",":
        j = k + 1  # « Lors de leur rencontre, lundi, X et Y ont ... »: a date, then the subject
    if j + 1 < view.sent.end and doc[j].lower_ in PRESENTATIVES and doc[j + 1].lower_ in ("que", "qu'", "qu’"):
        j += 2  # « Après avoir critiqué Y, voilà que X dit ... »
    while j < view.sent.end and is_determiner(doc[j]) and j not in view.at:
        j += 1
    if j not in view.at:
        j = past_role_nouns(view, j, view.sent.end)  # « Sanctionnée par Y, la société X a ... »: X, which the noun describes
    group = view.group_at(j, view.sent.end)
    later = _next_subject(view, group[-1].end) if group else []
    if len(group) > 1 and _comma_joined(view, group[-2], group[-1]) and group[-1].end < view.sent.end and _singular_verb(view, doc[group[-1].end]):
        later = group[-1:]  # « ..., et son homologue, Y, le roi Z a reçu W »: a verb of one subject, Z
    return [s for s in (later or group) if s.kind in PARTIES]


def _next_subject(view: SentenceView, k: int) -> list[Slot]:
    """« Après avoir reçu X et son homologue, Y, le roi Z a reçu W »: where a comma follows the
    group named after the opening phrase, and another group follows it right before a finite
    verb, that one is the subject (the first closed the phrase's own list); else nothing."""
    doc, end = view.doc, view.sent.end
    if k >= end or doc[k].text != ",":
        return []
    j = k + 1
    while j < end and j not in view.at and (is_determiner(doc[j]) or doc[j].lower_ in MONARCH_TITLES):
        j += 1
    group = view.group_at(j, end) if j in view.at else []
    if not group or group[-1].end >= end:
        return []
    verb = doc[group[-1].end]
    return group if verb.pos_ in ("VERB", "AUX") and "Fin" in verb.morph.get("VerbForm") else []


def _joined_to_report(view: SentenceView, cue: Token, clause_start: int) -> bool:
    """The cue is a finite verb after « et » in a clause of « que » that has a finite verb of its
    own, and it has the very form of the simple verb that governs the « que » (« X estime que Y
    n'est pas libre et accuse Z »): it may go on the report's clause (X accuses) as well as the
    completive's (Y accuses); neither is read."""
    doc = view.doc
    que = clause_start - 1
    if que <= view.sent.start or doc[que].lower_ not in ("que", "qu'", "qu’") or "Fin" not in features(cue, "VerbForm"):
        return False
    j = cue.i - 1
    while j > clause_start and doc[j].pos_ in ("ADV", "PRON") and doc[j].lower_ != "et":
        j -= 1  # « et l'accuse », « et accuse aussi »
    if doc[j].lower_ != "et" or not any(_finite_or_verb(doc[k]) and "Fin" in doc[k].morph.get("VerbForm") for k in range(clause_start, j)):
        return False
    report = doc[que - 1]
    if report.pos_ != "VERB" and report.is_lower and report.lower_.endswith("e") and report.i - 1 in view.at:
        return cue.morph.get("Tense") == ["Pres"] and cue.morph.get("Number") == ["Sing"]  # « X juge que ... », the present read as a noun
    while report.i > view.sent.start and report.pos_ not in ("VERB", "AUX") and report.i > que - 4:
        report = doc[report.i - 1]  # « estime aussi que », « dit alors qu' »
    if report.pos_ != "VERB" or "Fin" not in report.morph.get("VerbForm") or doc[report.i - 1].pos_ == "AUX":
        return False  # « X a estimé que Y ... et accuse Z »: no form of the report's
    same = ("Tense", "Person", "Number", "Mood")
    return all(report.morph.get(f) == cue.morph.get(f) for f in same)


#: Words that present the clause after their « que » (« voilà que X dit ... »).
PRESENTATIVES = function_words("presentative")
#: How many words a date set off by commas after an opening phrase may have (« , le 3 mars, »).
DATE_INCISE_WORDS = 5


@kept_per_view
def nearby_subjects(view: SentenceView, cue: Token, clause_start: int) -> list[Slot]:
    """The parties before the cue in its clause that can be its subject: not governed by a
    preposition or a verb, not a platform after a proxy noun; none where the cue's own subject
    is a common noun (« X critique Y et les chroniqueurs critiquent Z »: not X), unless the
    parties it covers follow it in parentheses (« deux institutions (X et Y) ont interdit Z »)."""
    glossed = glossed_subject(view, cue, clause_start) or apposed_names_subject(view, cue, clause_start) or opening_examples(view, cue, clause_start)
    if glossed:
        return glossed
    speakers = _speakers_of_subject_words(view, cue, clause_start)
    if speakers:
        return speakers  # « Les accusations de X et Y dénoncent Z »: X and Y, through their words
    if common_subject(view, cue, clause_start) or unplaced_demonstrative(view, cue, clause_start) or _unplaced_role_subject(view, cue, clause_start):
        return []
    if _joined_to_report(view, cue, clause_start):
        return []  # « X estime que la France n'est pas libre et accuse Y »: X's act, or the country's
    at = pronoun_subject(view, cue, clause_start)
    pronoun = view.at.get(at) if at is not None else None
    if pronoun is not None and pronoun.kind in PARTIES:
        return [pronoun]  # « X a reçu Y, puis il a dîné avec Z »: the pronoun the resolver placed, not Y
    if at is not None and pronoun is None and view.doc[at].lower_ in PLURAL_SUBJECT_PRONOUNS:
        return []  # « X a appelé Y et Z, et ils se sont vus », « ils » unplaced: not X and Z
    if unplaced_speaker(view, cue, clause_start):
        return []  # « Bonjour X, je reçois Y »: « je », whom the resolver did not place, not X
    out: list[Slot] = []
    first_verb = shared_subject_verb(view, _verb_of_noun(view, cue, clause_start), clause_start)
    limit = cue.i if first_verb is None else first_verb  # « X a injurié Y et a attaqué Z »: not Y
    for slot in sorted({s for i, s in view.at.items() if clause_start <= i < limit}, key=lambda s: s.start):
        if slot.end > limit or slot.kind not in PARTIES or view.aside(slot.start, cue.i) or is_object_clitic(slot, view.doc) or is_left_clitic(slot) or (is_possessive(slot) and slot.end == cue.i):
            continue  # « a voté son exclusion »: « son » owns the cue noun, it is no subject
        if _quoted_apart(view, slot, cue):
            continue  # « « Je vais gagner », a affirmé X à Y »: the quotation's own subject
        if view.described_after_possessive(slot.start, limit) is not None:
            continue  # « Votre collègue Y a critiqué Z »: Y, not the one « votre » stands for
        if view.preceded_by_preposition(slot) and not comitative(view, slot, out, cue) and not governing_organ(view, slot, clause_start):
            continue
        if _after_topic_phrase(view, slot):
            continue  # « S'agissant du Mali, le ministre a ... »: what the sentence is about
        if _joined_to_governed(view, slot, out):
            continue  # « le patron de Tesla et X, Elon Musk, ... »: X, as Tesla, is governed by « de »
        if _place_after_noun(view, slot):
            continue  # « dans la campagne des élections Allemagne »: the noun's place, its preposition left out
        if _apposed_to_governed_role(view, slot):
            continue  # « X, premier adjoint au maire de Nîmes, Y, a ... »: Y is the mayor, not a subject
        if view.governed_by_verb(slot, clause_start) or names_a_proxy(view, slot) or role_organisation(view, slot) or _of_members(view, slot):
            continue  # « la députée LFI X »: X, not LFI; « des adhérents LR »: not LR
        if out and organ_name(view, out[-1].end - 1, clause_start) is out[-1] and governing_organ(view, slot, clause_start):
            out.pop()  # « le Bureau national du PS »: the party, not its organ
        out.append(slot)
    group = last_group(view.doc, out, cue) if len(out) > 1 else []
    if group and _adjacent(view, out[-1], cue) and any(_finite_or_verb(view.doc[k]) for k in range(out[0].end, group[0].start)):
        return group  # « X a reçu Y et Z a critiqué W », « Alors que X était là, Z a critiqué W »: Z, not X
    if group and group[0] is not out[0] and _after_opening_phrase(view, out[out.index(group[0]) - 1], group[0]):
        return group  # « Petit poucet face à Goliath, le régulateur a ... »: the phrase describes the subject
    if len(out) > 1 and _comma_joined(view, out[-2], out[-1]) and _singular_verb(view, cue):
        if any(t.text == "," for t in view.doc[out[-1].end : cue.i]):
            return [out[-2]]  # « X, la jeune pousse qui a lancé Y, va rencontrer Z »: the incise describes X
        return [out[-1]]  # « Après avoir reçu X et son homologue, Y, Z a reçu W »: a verb of one subject, Z
    return out


#: Nouns of words said or charges made whose « de X », as the subject of a verb, is the one who acts
#: through them (« Les accusations de X dénoncent Y »), by form.
SAYING_SUBJECTS = function_words("saying_subject_noun")


def _speakers_of_subject_words(view: SentenceView, cue: Token, clause_start: int) -> list[Slot]:
    """The parties after the « de » of a noun of words that opens the clause as the subject of the
    cue, a verb right after them (« Les accusations de X et Y dénoncent très vite Z », « Les propos
    de X visent Y »); else []."""
    doc = view.doc
    if cue.pos_ != "VERB":
        return []
    j = clause_start
    while j < cue.i and is_determiner(doc[j]) and j not in view.at:
        j += 1
    if j + 2 >= cue.i or doc[j].lower_ not in SAYING_SUBJECTS or doc[j + 1].lower_ not in DE:
        return []
    k = past_determiners(view, j + 2, cue.i)
    group = [s for s in view.group_at(k, cue.i) if s.kind in PARTIES]
    if not group or group[0].start != k:
        return []
    m = group[-1].end
    while m < cue.i and doc[m].pos_ in ("ADV", "AUX") and m not in view.at:
        m += 1
    return group if m == cue.i else []


#: Phrases that open what a sentence is about (« en ce qui concerne X, », « quant à X, »): X is no subject.
TOPIC_PHRASES = word_phrases("topic_phrase")
#: The last words of those phrases, tested before the words before a party are read.
TOPIC_ENDS = frozenset(p[-1] for p in TOPIC_PHRASES)


def _after_topic_phrase(view: SentenceView, slot: Slot) -> bool:
    """The party follows, past its determiners, a phrase that opens what the sentence is about
    (« En ce qui concerne la France, », « S'agissant du Mali, »)."""
    doc, k = view.doc, slot.start
    while k > view.sent.start and is_determiner(doc[k - 1]) and k - 1 not in view.at:
        k -= 1
    low = lower_forms(doc)
    if k <= view.sent.start or low[k - 1].replace("’", "'") not in TOPIC_ENDS:
        return False  # no phrase ends right before: the cheap test first
    words = tuple(w.replace("’", "'") for w in low[max(view.sent.start, k - 4) : k])
    return any(words[len(words) - len(p) :] == p for p in TOPIC_PHRASES if len(p) <= len(words))


def _finite_or_verb(token: Token) -> bool:
    """A verb, or a finite « être » or « avoir » (« était là »): a predicate of its own."""
    return token.pos_ == "VERB" or (token.pos_ == "AUX" and "Fin" in token.morph.get("VerbForm"))


def _comma_joined(view: SentenceView, before: Slot, last: Slot) -> bool:
    """Only a comma (and words that are no « et », « ou » nor verb) stands between two parties."""
    between = view.doc[before.end : last.start]
    return any(t.text == "," for t in between) and not any(t.lower_ in ("et", "ou", "ni") or t.pos_ in ("VERB", "AUX") for t in between)


def _singular_verb(view: SentenceView, cue: Token) -> bool:
    """The finite verb of the cue's group (the cue, or the auxiliary before it) is singular."""
    doc, k = view.doc, cue.i
    while k > view.sent.start and "Fin" not in features(doc[k], "VerbForm") and (doc[k - 1].pos_ in ("AUX", "ADV") or k == cue.i):
        k -= 1
    return "Fin" in doc[k].morph.get("VerbForm") and doc[k].morph.get("Number") == ["Sing"]


def _after_opening_phrase(view: SentenceView, before: Slot, first: Slot) -> bool:
    """The subject group starting at ``first`` follows a comma (and its article) that closes a
    phrase holding ``before``, with no « et », « ou » nor finite verb between them: a phrase
    that opens the sentence and describes the subject, not a subject of its own."""
    doc = view.doc
    k = first.start - 1
    while k > before.end and is_determiner(doc[k]) and k not in view.at:
        k -= 1
    if k <= before.end or doc[k].text != "," or doc[before.end].text == ",":
        return False  # « X, fondateur de P, Y et Z ont ... »: X is apposed to, listed with the others
    between = doc[before.end : k]
    return not any(t.lower_ in ("et", "ou") or (t.pos_ in ("VERB", "AUX") and "Fin" in t.morph.get("VerbForm")) for t in between)


def _place_after_noun(view: SentenceView, slot: Slot) -> bool:
    """A place right after a common noun that is no role (« les élections Allemagne »): it
    qualifies the noun, with no preposition written; never a subject."""
    if slot.kind is not EntityKind.LOCATION or slot.start == view.sent.start:
        return False
    noun = view.doc[slot.start - 1]
    return noun.pos_ == "NOUN" and noun.is_lower and noun.lower_ not in role_heads() and slot.start - 1 not in view.at


def opening_examples(view: SentenceView, cue: Token, clause_start: int) -> list[Slot]:
    """« Trente-sept cadres du parti, dont X et Y, ont été exclus »: the members named after
    « dont » or « comme » of the plural noun that opens the clause, where its verb follows them."""
    members = examples(view, clause_start, cue.i)
    if not members or view.doc[members[-1].end].text != ",":
        return []
    return [s for s in members if s.kind in PARTIES]


def trailing_examples(view: SentenceView, cue: Token, clause_start: int) -> list[Slot]:
    """« Plusieurs pays ont interdit Pixelia, notamment la Valdorie et l'Orbie »: where a plural
    common noun is the subject and a party the object, the parties named after a comma and
    « notamment », « dont » or « comme » that end the clause are the subject's members; not
    « ont interdit plusieurs applications, dont Pixelia », whose object they are members of."""
    doc = view.doc
    _start, end = view.clause(cue.i)
    if not any(t.dep_.startswith("nsubj") and t.pos_ == "NOUN" and "Plur" in features(t, "Number") and t.i not in view.at and clause_start <= t.i < cue.i for t in doc[clause_start : cue.i]):
        return []
    comma = next((k for k in range(cue.i + 1, end) if doc[k].text == ","), None)
    objects = view.group_at(past_determiners(view, past_adjuncts(view, cue.i + 1, end), end), end)  # the object named right after the verb
    if comma is None or comma + 2 >= end or not objects or objects[-1].end > comma or not all(
        doc[k].pos_ in ("DET", "ADJ", "ADV", "NUM") or is_date_word(doc[k]) or doc[k].lemma_.lower() in time_nouns() for k in range(objects[-1].end, comma)
    ):
        return []  # the object, then only a time (« ont interdit Y ces dernières semaines, notamment ... »); not « l'utilisation des comptes de Y, notamment ... »
    marker = comma + 1 + (doc[comma + 1].lower_ in ("y", "en"))  # « y compris », « en particulier »
    if marker + 1 >= end or doc[marker].lower_ not in EXAMPLES:
        return []
    members = view.group_at(past_determiners(view, marker + 1, end), end)
    if not members or members[-1].end < view.sent.end and not doc[members[-1].end].is_punct:
        return []  # « ..., dont Y est le patron »: a relative clause, no list
    return [s for s in members if s.kind in PARTIES]


def _quoted_apart(view: SentenceView, slot: Slot, cue: Token) -> bool:
    """The mention is the « je » or « nous » of a quotation that closes before the cue (the cue
    is outside it); a quoted name (« l'association « Les Amis de la Loire » soutient Y ») is not."""
    doc = view.doc
    if slot.text.lower().replace("’", "'") not in ("je", "j'", "nous"):
        return False
    return any(doc[k].text in CLOSING_QUOTES for k in range(slot.end, cue.i)) and any(doc[k].text in QUOTES for k in range(view.sent.start, slot.start))


def _joined_to_governed(view: SentenceView, slot: Slot, taken: list[Slot]) -> bool:
    """The mention is joined by « et » or « ou » to a list whose first member a preposition
    governs (« de Tesla et X », « de Tesla, SpaceX et X »): the preposition governs it too;
    not to a member ``taken`` as a subject already (« X, avec Y et Z, sont ... »)."""
    doc = view.doc
    if slot.end - slot.start == 1 and doc[slot.start].lower_ in SUBJECT_CLITICS and slot.end < view.sent.end and (doc[slot.end].pos_ in ("VERB", "AUX") or doc[slot.end].lower_ in CLITICS):
        return False  # « ... à Helsinki et je vous adresse ... »: a subject pronoun before its verb, never a complement
    if doc[slot.start].lower_ in SPEAKER_STRESSED and _finite_after_self(doc, slot.end, view.sent.end):
        return False  # « la directrice de Vexa et moi-même avons reçu Y »: « moi » with its verb, a subject
    j = slot.start - 1
    if j > view.sent.start + 1 and doc[j].lower_ in LIST_ADVERBS and doc[j - 1].lower_ in ("et", "ou"):
        j -= 1  # « de Tesla, Neuralink ou encore X »
    if j <= view.sent.start:
        return False
    after = slot.end
    while after < view.sent.end and after in view.hidden:
        after += 1  # « de A, B (ex-C) et D »
    listed = doc[j].text == "," and after < view.sent.end and doc[after].lower_ in ("et", "ou")  # « de A, B et C »: B
    if doc[j].lower_ not in ("et", "ou") and not listed:
        return False
    closed = _opening_phrase_end(view)  # looked for only where a list may go on from a governed member
    if closed is not None and slot.start > closed:
        return False  # « Sous le feu des membres de la commission P, X et Y ont tenté ... »: the phrase closed, its subject after it
    while True:
        while j - 1 > view.sent.start and j - 1 in view.hidden:
            j -= 1  # « après A, B (ex-C) et D, »: past the parentheses
        before = view.at.get(j - 1)
        if before is None or before.end != j:
            return False
        head = before.start + 1 if is_determiner(doc[before.start]) else before.start
        if before.end - before.start >= 3 and doc[before.end - 2].lower_ in DE and (doc[head].is_lower or doc[head].lower_ in role_heads()):
            return True  # a description that ends with its « de » (« le patron de Tesla et X », « le PDG de SpaceX et X »; not « la Quadrature du Net et X »)
        if view.preceded_by_preposition(before):
            person = view.at.get(before.start - 2)
            if person is not None and person.kind is EntityKind.PERSON and slot.kind is EntityKind.PERSON and affiliation_end(doc, person.end, j) == j:
                return False  # « X de Meta et Y d'Apple »: the company of the person before, not a list it heads
            return before not in taken  # « de Tesla et X »; not « X, avec Y et Z, sont » (taken)
        j = before.start - 1
        if j <= view.sent.start or doc[j].text != ",":
            return False


def _opening_phrase_end(view: SentenceView) -> Optional[int]:
    """The comma that closes a phrase opening the sentence with a preposition (« Sous le feu des
    membres de P, », « Face aux critiques de Q, »), where a group of parties follows it right
    before a finite verb: that group is the verb's subject, whatever the phrase's « de » governs;
    else None."""
    doc, start = view.doc, view.sent.start
    if doc[start].pos_ != "ADP" or doc[start].lower_ in DE:
        return None
    for c in range(start + 1, view.sent.end - 1):
        token = doc[c]
        if token.pos_ in ("VERB", "AUX") and "Fin" in token.morph.get("VerbForm"):
            return None
        if token.text == "," and c + 1 in view.at:
            group = view.group_at(c + 1, view.sent.end)
            after = group[-1].end if group else c + 1
            if group and after < view.sent.end and doc[after].pos_ in ("VERB", "AUX") and "Fin" in doc[after].morph.get("VerbForm"):
                return c
    return None


#: The speaker's stressed pronouns, which with « et » before a verb in the first person are subjects (« X et moi avons »),
#: and which close a « nous » spelled out (« Nous avons discuté, X et moi, de ... »).
SPEAKER_STRESSED = function_words("speaker_stressed")


def _finite_after_self(doc: Doc, k: int, end: int) -> bool:
    """A finite verb at token k, past « -même » (« moi-même avons »)."""
    while k < end and doc[k].lower_ in ("-", "même", "-même"):
        k += 1
    return k < end and is_finite(doc[k])


#: How many words a role description governed by a preposition may have before a name apposed to it.
GOVERNED_ROLE_WORDS = 8


#: Prepositional locutions whose noun is also a role noun (« dans le cadre de »), words separated by a space.
ROLE_WORD_LOCUTIONS = function_words("role_word_locution")


def _role_word_of_locution(doc: Doc, k: int) -> bool:
    """The role noun at token k ends a prepositional locution (« Dans le cadre de cette querelle, X
    ... »: no executive of the quarrel)."""
    return any(" ".join(t.lower_ for t in doc[max(0, k - n) : k + 1]) in ROLE_WORD_LOCUTIONS for n in (1, 2, 3))


def _apposed_to_governed_role(view: SentenceView, slot: Slot) -> bool:
    """The mention follows, after a comma, a role description that a preposition governs (« X,
    premier adjoint au maire de Nîmes, Y, a ... »): it names that role's holder, who is
    governed too."""
    doc = view.doc
    j = slot.start - 1
    if j <= view.sent.start or doc[j].text != "," or doc[slot.start].pos_ == "PRON":
        return False  # not « À la tête du gouvernement, je ... »: a pronoun names no role's holder
    for k in range(j - 1, max(view.sent.start, j - GOVERNED_ROLE_WORDS) - 1, -1):
        described = view.at.get(k)
        if described is None:
            if doc[k].pos_ in ("VERB", "AUX", "PUNCT"):
                return False
            if doc[k].lower_ not in role_heads() or _role_word_of_locution(doc, k):
                continue
            head = k
        elif described.cluster != slot.cluster:
            if described.kind is EntityKind.PERSON:
                return False
            continue  # « au maire LR de Nîmes »: an organisation or a place inside the description
        elif is_possessive(described):
            return False  # « Dans son discours, X a ... »: X's possessive, no role of X
        elif doc[described.start].pos_ == "DET" or doc[described.start].lower_ in role_heads():
            head = described.start  # the description the resolver placed on the same person
        else:
            return False  # « Quant à X, il ... »: the name itself, not a role
        p = head - 1
        while p > view.sent.start and p not in view.at and (is_determiner(doc[p]) or doc[p].pos_ == "ADJ"):
            p -= 1
        if opens_with_preposition(view) and not any(t.text == "," for t in doc[view.sent.start : head]):
            return False  # « À l'occasion de la visite du roi des Pays-Bas, M. Y reçoit ... »: the subject after the opening phrase
        return doc[p].lower_ in PREPOSITIONS and p not in view.at
    return False


#: Adverbs between the last « et » or « ou » of a list and its last member (« ou encore X »).
LIST_ADVERBS = function_words("list_adverb")


def _adjacent(view: SentenceView, slot: Slot, cue: Token) -> bool:
    """Only auxiliaries, adverbs, short adverbial phrases (« à cet égard »), clitics, negation and
    modal verbs (« doit ») stand between the mention and the cue."""
    doc, k = view.doc, slot.end
    while k < cue.i:
        if (past := past_adverbial(doc, k)) > k:
            k = past  # « je veux à cet égard saluer Y »
        elif doc[k].pos_ in ("AUX", "ADV") or doc[k].lower_ in CLITICS or doc[k].lemma_.lower() in MODAL_VERBS:
            k += 1
        else:
            return False
    return True


@kept_per_view
def before_verb_group(view: SentenceView, cue: Token, clause_start: int, past_object_pronouns: bool = False) -> int:
    """The token right before the cue's verb group: back past auxiliaries, adverbs, clitics and
    negation (and, where asked, the object pronouns the resolver placed: « il l'a reçu »), not
    past the clause's first token."""
    doc = view.doc
    tag, low = tags(doc), lower_forms(doc)
    j = cue.i - 1
    while j > clause_start and (tag[j] in ("AUX", "ADV") or low[j] in CLITICS) and (
        j not in view.at or (past_object_pronouns and is_object_clitic(view.at[j], doc))
    ):
        j -= 1
    return j


def _verb_of_noun(view: SentenceView, cue: Token, clause_start: int) -> Token:
    """The finite verb or participle right before a noun cue and its article (« et affirme son
    soutien à Z », « et a affirmé son soutien »), whose predicate the noun's subject is read from;
    the cue itself elsewhere."""
    doc, k = view.doc, cue.i - 1
    while k > clause_start and doc[k].pos_ == "ADJ" and k not in view.at:
        k -= 1  # « et exprime sa pleine solidarité »
    if cue.pos_ != "NOUN" or k - 1 <= clause_start or not is_determiner(doc[k]):
        return cue
    k -= 1
    while k > clause_start and (doc[k].pos_ == "ADV" or doc[k].dep_ in ("advmod", "fixed") or doc[k + 1].head.i == k and doc[k + 1].dep_ == "fixed") and k not in view.at:
        k -= 1  # « et exprime à nouveau son soutien »
    verb = doc[k]
    return verb if verb.pos_ == "VERB" and ("Fin" in features(verb, "VerbForm") or _after_auxiliary(view, verb.i, clause_start)) else cue


def shared_subject_verb(view: SentenceView, cue: Token, clause_start: int) -> int | None:
    """Where the verb group of the first predicate starts, when the cue's own group follows
    « et », « puis », « mais » or « ou » with no subject of its own (« X a injurié Y et a attaqué Z »):
    the cue shares that predicate's subject; else None."""
    doc = view.doc
    j = before_verb_group(view, cue, clause_start)
    if j > clause_start and doc[j].lemma_.lower() in MODAL_VERBS and j not in view.at:
        j -= 1  # « et doit s'entretenir avec Z »: the group of the modal verb
        while j > clause_start and j not in view.at and (doc[j].pos_ in ("AUX", "ADV") or doc[j].lower_ in CLITICS):
            j -= 1
    j = _past_link_adverbial(view, j, clause_start)
    # « ... la guerre et soutient Z », « ... menée par A et B et soutient Z »: a verb of its own after a complement
    simple = j == cue.i - 1 and "Fin" in features(cue, "VerbForm") and (j - 1 not in view.at or _governed_group(view, view.at[j - 1]) or _object_before(view, view.at[j - 1], clause_start))
    if j <= clause_start or doc[j].lower_ not in PREDICATE_LINKS or (j == cue.i - 1 and not simple):
        return None  # « X et Y ont critiqué Z »: a coordination of subjects, not of predicates
    for k in range(j - 1, clause_start - 1, -1):
        if doc[k].pos_ == "VERB" and ("Fin" in doc[k].morph.get("VerbForm") or _after_auxiliary(view, k, clause_start)):
            while k > clause_start and (doc[k - 1].pos_ in ("AUX", "ADV") or doc[k - 1].lower_ in CLITICS) and k - 1 not in view.at:
                k -= 1
            return k
    return None


def _subject_of_the_saying(view: SentenceView, cue: Token, clause_start: int) -> list[Slot]:
    """« X a déclaré que Y avait expliqué la situation et a critiqué Z »: a predicate joined
    after a « que » clause whose first verb is in another tense, the cue in the tense of the
    verb that governs the clause, shares that verb's subject (X); else []."""
    doc = view.doc
    que = clause_start - 1
    if que <= view.sent.start or doc[que].lower_ not in ("que", "qu'", "qu’"):
        return []
    first = shared_subject_verb(view, cue, clause_start)
    if first is None:
        return []
    saying = next((k for k in range(que - 1, view.sent.start - 1, -1) if doc[k].pos_ == "VERB"), None)
    if saying is None:
        return []
    own, theirs, said = (_auxiliary_before(view, k) for k in (cue.i, first, saying))
    if own is None or theirs is None or said is None or own.lower_ != said.lower_ or own.lower_ == theirs.lower_:
        return []
    return nearby_subjects(view, doc[saying], view.clause(saying)[0])


def _auxiliary_before(view: SentenceView, k: int) -> Optional[Token]:
    """The auxiliary of the verb group at or before token k (past adverbs), or None."""
    doc = view.doc
    j = k if doc[k].pos_ == "AUX" else k - 1
    while j > view.sent.start and doc[j].pos_ == "ADV" and j not in view.at:
        j -= 1
    return doc[j] if doc[j].pos_ == "AUX" else None


def _object_before(view: SentenceView, slot: Slot, clause_start: int) -> bool:
    """The mention is a verb's object or completes a common noun (« X critique Y et affirme ... »,
    « après l'affaire Y et affirme ... »): no subject joined to the verb after « et »."""
    k = slot.start - 1
    return k > clause_start and (view.doc[k].pos_ == "NOUN" or view.governed_by_verb(slot, clause_start))


def _governed_group(view: SentenceView, last: Slot) -> bool:
    """The coordination that ends with the mention (« A et B », « A, B et C ») is governed by a
    preposition before its first member."""
    doc = view.doc
    first = last
    while True:
        k = first.start - 1
        while k > view.sent.start and is_determiner(doc[k]) and k not in view.at:
            k -= 1  # « l'Angleterre et la France »
        if not (k > view.sent.start and (doc[k].lower_ in ("et", "ou") or doc[k].text == ",") and k - 1 in view.at):
            return view.preceded_by_preposition(first)
        first = view.at[k - 1]


def _after_auxiliary(view: SentenceView, k: int, clause_start: int) -> bool:
    """An auxiliary stands before token k, past adverbs (« a également écorné »)."""
    j = verb_before(view, k, clause_start)
    return j is not None and view.doc[j].pos_ == "AUX"


def _past_link_adverbial(view: SentenceView, j: int, clause_start: int) -> int:
    """« et bien sûr a critiqué Z », « et, surtout, a attaqué Z »: the conjunction before a short
    adverbial phrase (up to three adverbs, adjectives or commas) that ends at token j; else j."""
    doc = view.doc
    k = j
    while k > max(clause_start, j - 3) and k not in view.at and (doc[k].pos_ in ("ADV", "ADJ") or doc[k].text == ","):
        k -= 1
    return k if k < j and doc[k].lower_ in PREDICATE_LINKS and k not in view.at else j


#: Pronouns of the first and second persons (« je », « nous », « vous »).
SPEAKER_PRONOUNS = function_words("speaker_pronoun")


def unplaced_speaker(view: SentenceView, cue: Token, clause_start: int) -> bool:
    """The cue's subject is « je », « nous » or « vous », which the resolver did not place: no
    party before it is the subject."""
    j = before_verb_group(view, cue, clause_start, past_object_pronouns=True)
    return j >= clause_start and j not in view.at and view.doc[j].lower_.replace("’", "'") in SPEAKER_PRONOUNS


#: Plural subject pronouns: they stand for a group the resolver does not place.
PLURAL_SUBJECT_PRONOUNS = function_words("plural_subject_pronoun")


def pronoun_subject(view: SentenceView, cue: Token, clause_start: int) -> int | None:
    """The token of a subject pronoun right before the cue, past auxiliaries, adverbs, clitics
    and object pronouns (« elle sera interdite », « il l'a reçu »), or None."""
    j = before_verb_group(view, cue, clause_start, past_object_pronouns=True)
    word = view.doc[j].lower_
    return j if j >= clause_start and (word in SUBJECT_PRONOUNS or word in PLURAL_SUBJECT_PRONOUNS) else None


def unplaced_demonstrative(view: SentenceView, cue: Token, clause_start: int) -> bool:
    """The cue's subject is « ce dernier », « celle-ci » (``pronouns.tsv``) and the resolver left
    it unplaced (« X a critiqué l'Égypte, et cette dernière a ... »): the clause has a subject of
    its own, which is no party named before it."""
    j = before_verb_group(view, cue, clause_start)
    if j < clause_start or j in view.at:
        return False
    doc = view.doc
    words = [doc[j].lower_] if j == clause_start else [doc[j - 1].lower_ + " " + doc[j].lower_, doc[j].lower_]
    return any(anaphors().get(w, ("", "", ""))[2] == "last" for w in words)


def common_subject(view: SentenceView, cue: Token, clause_start: int) -> bool:
    """The cue's subject is a common noun that names no party (« les chroniqueurs critiquent »):
    the noun right before the cue and its auxiliaries, clitics and adverbs, after a determiner."""
    doc = view.doc
    j = before_verb_group(view, cue, clause_start)
    if j < clause_start + 1 or j in view.at:
        return False
    if doc[j].pos_ != "NOUN" and not _demonym_plural(doc[j]):
        return False
    k = j - 1
    while k >= clause_start and doc[k].pos_ == "ADJ" and k not in view.at:
        k -= 1
    if k >= clause_start and doc[k].lower_ == "des" and _demonym_plural(doc[j]):
        return True  # « 66 % des Français soutiennent Y »: people, no party
    counted = k >= clause_start and (doc[k].pos_ == "DET" or is_number(doc[k]))  # « les chroniqueurs », « 62 candidats »
    if counted and k - 1 >= clause_start and doc[k - 1].pos_ == "AUX":
        return False  # « ils se sont plusieurs fois parlé »: after the auxiliary, an adverbial phrase
    # the verb agrees in number: the cue, or its auxiliary (« les gendarmes ont expulsé »)
    plural_verb = "Plur" in cue.morph.get("Number") or any(
        doc[x].pos_ == "AUX" and "Fin" in doc[x].morph.get("VerbForm") and "Plur" in doc[x].morph.get("Number") for x in range(j + 1, cue.i)
    )
    return counted and "Plur" in doc[j].morph.get("Number") and plural_verb


#: How many words a role's subject phrase may have before the verb (« le président de la République »).
ROLE_SUBJECT_WORDS = 6


def _unplaced_role_subject(view: SentenceView, cue: Token, clause_start: int) -> bool:
    """The cue's subject, right before its verb group, is a role the resolver gave to no one (« ...,
    et le président du Sénat s'est entretenu avec Y », its holder unknown): no party
    named earlier in the clause is the subject."""
    doc = view.doc
    j = before_verb_group(view, cue, clause_start)
    if j <= clause_start or j in view.at or doc[j].pos_ not in ("NOUN", "PROPN", "ADJ"):
        return False
    for h in range(j, max(clause_start, j - ROLE_SUBJECT_WORDS), -1):
        if h in view.at or doc[h].is_punct or doc[h].pos_ in ("VERB", "AUX", "PRON"):
            return False
        if doc[h].lower_ in role_heads() and doc[h - 1].lower_ in ("le", "la", "l'", "l’"):
            return "Plur" not in doc[h].morph.get("Number")
    return False


def _demonym_plural(token: Token) -> bool:
    """« Français », « Américains »: the people of a country, written as a plural noun."""
    word = token.lower_
    return token.text[:1].isupper() and (word in nationalities() or (word.endswith("s") and word[:-1] in nationalities()))


def glossed_subject(view: SentenceView, cue: Token, clause_start: int) -> list[Slot]:
    """« les deux institutions de l'Union (X et Y) ont interdit Z »: a common noun subject glossed
    by the parties it covers, in parentheses right before the cue's verb group; else nothing."""
    doc = view.doc
    close = before_verb_group(view, cue, clause_start)
    if close <= clause_start or doc[close].text != ")":
        return []
    k = close - 1
    while k > clause_start and doc[k].text != "(":
        k -= 1
    if doc[k].text != "(" or k - 1 < clause_start or doc[k - 1].pos_ not in ("NOUN", "ADJ", "PROPN"):
        return []
    if k - 1 in view.at:
        return []  # « X (Renaissance) a accusé Y »: a party named before, its side in parentheses
    return _parties_only(view, k, close)  # the parentheses hide their mentions from other readings (:mod:`.typography`)


def apposed_names_subject(view: SentenceView, cue: Token, clause_start: int) -> list[Slot]:
    """« Ses anciens rivaux, X et Y, l'ont soutenu »: a subject headed by a common noun, then the
    parties it covers between commas right before the cue's verb group; else nothing."""
    doc = view.doc
    close = before_verb_group(view, cue, clause_start, past_object_pronouns=True)
    if close <= clause_start or doc[close].text != ",":
        return []
    k = close - 1
    while k > clause_start and doc[k].text != ",":
        k -= 1
    head = clause_start
    while head < k and head not in view.at and (is_determiner(doc[head]) or doc[head].pos_ == "ADJ"):
        head += 1  # « ses anciens rivaux »
    if doc[k].text != "," or head >= k or head in view.at or doc[head].pos_ != "NOUN" or not doc[head].is_lower:
        return []
    if any(t.pos_ in ("VERB", "AUX") or t.text in ("«", "(", ":", ";") for t in doc[clause_start:k]):
        return []  # the comma closes a clause or a phrase of its own, not the subject's head
    if any(s.start < k and s.start >= clause_start and doc[s.start - 1].lower_ not in DE for s in view.slots):
        return []  # « Le président X et le chef du gouvernement, M. Y, ont ... »: a list, its last member described
    return _parties_only(view, k, close)


def _parties_only(view: SentenceView, k: int, close: int) -> list[Slot]:
    """The parties between tokens k and ``close`` (both left out), where only they, their
    articles, « et » and commas stand there (« (X et Y) », « , X et Y, »); else nothing."""
    inside = sorted({s for s in view.slots if k < s.start and s.end <= close}, key=lambda s: s.start)
    inside = [s for s in inside if not any(o.start <= s.start and s.end <= o.end and o.end - o.start > s.end - s.start for o in inside)]
    covered = {i for s in inside for i in range(s.start, s.end)}
    rest = [t for t in view.doc[k + 1 : close] if t.i not in covered]
    if not inside or any(s.kind not in PARTIES for s in inside) or not all(is_determiner(t) or t.lower_ in ("et", ",", "respectivement") for t in rest):
        return []  # « , X et Y respectivement, »: each the holder of one of the roles named before
    return inside


def governing_organ(view: SentenceView, slot: Slot, clause_start: int) -> bool:
    """« Le bureau politique du parti P a exclu X », « La direction de P a critiqué Y »: an
    organisation named after the governing body that opens the clause acts through it; it is
    the subject, though « de » governs it."""
    if slot.kind is not EntityKind.ORGANISATION:
        return False
    doc = view.doc
    j = slot.start - 1
    if j > clause_start and doc[j].lower_ in TYPE_NOUNS and j not in view.at:
        j -= 1  # « le bureau politique du parti Les Républicains »: past the type noun before the name
    while j > clause_start and doc[j].pos_ == "DET" and j not in view.at:
        j -= 1
    if j <= clause_start or doc[j].lower_ not in DE:
        return False
    named = view.at.get(j - 1)
    if named is not None and named.kind is EntityKind.ORGANISATION and named.end == j and organ_name(view, j - 1, clause_start) is None:
        return False  # « la commission des lois du Sénat a entendu X »: the body named by its own name acts, its assembly completes it
    k, n = j - 1, 0
    while k >= clause_start and doc[k].pos_ in ("ADJ", "NOUN", "PROPN") and n < 3:
        k, n = k - 1, n + 1
    organ = doc[k + 1]
    if n > 0 and not is_organ_noun(organ) and k > clause_start and doc[k].lower_ in DE:
        k, n = k - 1, 0  # « la commission des conflits du RN »: the body's own complement
        while k >= clause_start and doc[k].pos_ in ("ADJ", "NOUN") and n < 2:
            k, n = k - 1, n + 1
        organ = doc[k + 1]
    if n == 0 or not (is_organ_noun(organ) or (n == 1 and organ.lemma_.lower() in NAMING_NOUNS)):
        return False  # « Le mouvement des Gilets jaunes a critiqué Y »: the noun names the organisation
    # the organ opens the clause, or follows an opening adverbial (« En avril, le Bureau national du PS »)
    return k < clause_start or (is_determiner(doc[k]) and (k == clause_start or doc[k - 1].text == ","))


#: Nouns of members before their organisation's name (« les adhérents LR »).
MEMBER_NOUNS = function_words("member_noun")


def _of_members(view: SentenceView, slot: Slot) -> bool:
    """An organisation named right after a noun of its members (« qui ne sont pas adhérents LR »,
    « les militants RN ont ... ») or a number of them (« quarante-cinq LR sont soutenus »): it
    describes them; the members are the ones who act."""
    i = slot.start - 1
    if slot.kind is not EntityKind.ORGANISATION or i < view.sent.start:
        return False
    return view.doc[i].lower_ in MEMBER_NOUNS or (is_number(view.doc[i]) and not (len(view.doc[i].text) == 4 and view.doc[i].text.isdigit()))  # not « en 2022 LR »


def organ_name(view: SentenceView, k: int, clause_start: int) -> Slot | None:
    """The organisation mention ending at token k that names a governing body (« le Bureau
    national », « le Comité directeur »), which the recogniser took for an organisation; else None."""
    slot = view.at.get(k)
    if slot is None or slot.kind is not EntityKind.ORGANISATION or slot.end != k + 1 or slot.start < clause_start:
        return None
    first = view.doc[slot.start]
    return slot if first.lower_ in ORGAN_NOUNS and all(t.pos_ in ("ADJ", "NOUN", "PROPN") for t in view.doc[slot.start + 1 : slot.end]) and slot.end - slot.start <= 3 else None


def comitative(view: SentenceView, slot: Slot, before: list[Slot], cue: Token) -> bool:
    """« Facebook, avec Google et Apple, sont dans le collimateur de X »: an « avec » group
    set off by commas right after a subject, with a plural verb, is part of the subject."""
    doc = view.doc
    j = slot.start - 1
    while j > view.sent.start and doc[j].pos_ == "DET" and j not in view.at:
        j -= 1
    if doc[j].lower_ != "avec" or j < 2 or doc[j - 1].text != "," or not before or before[-1].end != j - 1:
        return False
    group = view.group_at(slot.start, cue.i)
    close = group[-1].end if group else slot.end
    if close >= cue.i or doc[close].text != ",":
        return False
    verb = next((t for t in doc[close + 1 : cue.i + 1] if t.pos_ in ("AUX", "VERB")), None)
    return verb is not None and "Plur" in verb.morph.get("Number")


#: Nouns of words or deeds that sum up the clause before them after a comma, by lemma.
RESUMPTIVE_NOUNS = function_words("resumptive_noun")


def resumed_author(view: SentenceView, cue: Token) -> list[Slot]:
    """« X a traité Y de menteur, des propos vivement critiqués par Z », « ..., des propos qui ont
    été condamnés par Z »: a noun of words or deeds after a comma and its article sums up the
    clause before; what its participle says is done to that clause's subject (X). [] elsewhere."""
    doc, k = view.doc, cue.i - 1
    while k > view.sent.start and k not in view.at and (doc[k].pos_ in ("AUX", "ADV") or doc[k].lower_ == "qui"):
        k -= 1  # « qui ont été fortement », « vivement »
    return summed_up_author(view, k)


def summed_up_author(view: SentenceView, k: int) -> list[Slot]:
    """The subject of the clause that a noun of words or deeds ending at token k sums up after a
    comma and its article (« X a traité Y de menteur, des propos ... »: X); [] elsewhere."""
    doc = view.doc
    while k > view.sent.start and doc[k].pos_ == "ADJ" and k not in view.at:
        k -= 1
    if k <= view.sent.start or doc[k].lemma_.lower() not in RESUMPTIVE_NOUNS or k in view.at:
        return []
    k -= 1
    while k > view.sent.start and doc[k].pos_ == "ADJ":
        k -= 1  # « de tels propos »
    if k - 1 <= view.sent.start or not (is_determiner(doc[k]) or doc[k].lower_ == "des") or doc[k - 1].text != ",":
        return []  # « des » the tagger reads as a preposition too
    return main_subject(view, doc[k - 1])


#: Nouns of a gathering that one holds and others attend (« un conseil restreint », « une réunion »), by lemma.
HELD_GATHERINGS = function_words("held_gathering")
#: Verbs of holding a gathering, by lemma (« tenir », « présider »).
HOLDING_GATHERING_VERBS = function_words("holding_gathering_verb")
#: How many words back from its relative pronoun a gathering's noun may stand (« un conseil
#: restreint consacré au développement des applications de l'informatique auquel ... »).
GATHERING_REACH = 14


def _attendance_pronoun(view: SentenceView, cue: Token) -> tuple[int, int]:
    """Where the relative pronoun of a verb of attendance stands (« auquel ont participé », « à
    laquelle Y a assisté »: at « à »), and where the subject between them begins (the verb's
    index where none stands there); (-1, -1) where the verb opens no such relative clause."""
    doc, start = view.doc, view.sent.start
    k = cue.i - 1
    while k > start and doc[k].pos_ in ("AUX", "ADV"):
        k -= 1
    subject = cue.i
    while k > start and k in view.at and view.at[k].kind is EntityKind.PERSON:
        subject = k = view.at[k].start  # « à laquelle Y et Z ont participé »
        k -= 1
        if k > start and (doc[k].lower_ == "et" or doc[k].text == ","):
            k -= 1
    if doc[k].lower_ in DATIVE_RELATIVES:
        return k, subject
    if doc[k].lower_ in PREPOSED_RELATIVES and k > start and doc[k - 1].lower_ == "à":
        return k - 1, subject
    return -1, -1


def gathering_hosts(view: SentenceView, cue: Token) -> list[Slot]:
    """« X a tenu un conseil restreint auquel ont participé A et B », « X a présidé une réunion à
    laquelle ont assisté A et B », « le dîner offert par X, auquel ont assisté A et B »: the
    persons who hold the gathering that the relative clause of the verb of attendance ``cue``
    describes (X), whom those who attend it met; [] where no such gathering stands before it."""
    doc, start = view.doc, view.sent.start
    pronoun, _subject = _attendance_pronoun(view, cue)
    if pronoun < 0:
        return []
    noun = next((j for j in range(pronoun - 1, max(start, pronoun - GATHERING_REACH) - 1, -1) if doc[j].pos_ == "NOUN" and doc[j].lemma_.lower() in HELD_GATHERINGS), None)
    if noun is None or finite_verb_in(doc, noun + 1, pronoun):
        return []  # the relative describes another noun, a finite verb between
    offered = next((j for j in range(noun + 1, pronoun) if doc[j].pos_ in ("VERB", "ADJ") and verb_lemma(doc[j]) in HOLDING_GATHERING_VERBS), None)
    if offered is not None and offered + 1 < pronoun and doc[offered + 1].lower_ == "par":
        return [s for s in view.group_at(past_role_nouns(view, offered + 2, pronoun), pronoun) if s.kind is EntityKind.PERSON]  # « offert par X »
    verb = next((j for j in range(noun - 1, max(start, noun - GATHERING_REACH) - 1, -1) if doc[j].pos_ == "VERB" and verb_lemma(doc[j]) in HOLDING_GATHERING_VERBS), None)
    if verb is None or any(doc[j].pos_ == "VERB" for j in range(verb + 1, noun)):
        return []
    return [s for s in expand(last_group(doc, subjects_of(view, doc[verb], view.clause(verb)[0]), doc[verb])) if s.kind is EntityKind.PERSON]


def gathering_guests(view: SentenceView, cue: Token) -> list[Slot]:
    """The persons who attend, as the subject of a verb of attendance in such a relative clause:
    after it (« auquel ont participé le Premier ministre X, le ministre Y et Z ») or before it
    (« à laquelle X a assisté »)."""
    doc, found = view.doc, []
    _pronoun, subject = _attendance_pronoun(view, cue)
    k, end = (subject, cue.i) if subject < cue.i else (cue.i + 1, view.sent.end)
    while k < end and not is_finite(doc[k]) and doc[k].text not in (";", ":", "("):
        slot = view.at.get(k)
        if slot is None:
            k += 1
            continue
        found.extend(s for s in slot.parties() if s.kind is EntityKind.PERSON and all(s.cluster != f.cluster for f in found))
        k = max(slot.end, k + 1)  # a role and the name after it (« le ministre de l'économie Y ») may be one person
    return found
