"""Control and report verbs: the subject of a cue that has none in its clause.

- an infinitive governed by a noun of decision, intent or refusal takes that noun's « de X »
  (« la décision de X de bloquer Y », « c'est au tour de X de fermer Y »), and one governed by a
  verb of asking or forcing takes its object (« X a prié Y de retirer la vidéo de Z »: Y, and
  only perhaps; « contraignant Y à suspendre Z »: Y);
- a gerund or a present participle set off by a comma takes the subject that opens the sentence
  (« X a quitté la plateforme, accusant Y de censure »);
- an infinitive, participle or « avoir été » that opens the sentence takes the subject named
  after its comma (« Bien avant de soutenir X, Y ... », « Financé par X, Y ... »);
- a clitic « lui » in reported speech stands for the speaker (« X a noté que Y lui rendrait
  visite »: X);
- after a quotation, a verb of saying comes before its subject (« « ... », a affirmé X à Y »).
"""

from __future__ import annotations

from collections.abc import Collection
from functools import lru_cache
from typing import Optional

from spacy.tokens import Doc, Span, Token

from ..data import function_words, read_table
from ..models import EntityKind, Modality
from ..nlp.events import time_nouns
from ..resolve.document import ADDRESSEE_PRONOUNS, ADVERBIAL_PRONOUNS, DEMONSTRATIVE_DETERMINERS, FIRST_PERSON_CLITICS, FIRST_PERSON_SUBJECTS, VOCATIVES, asked_leave
from .complements import complement, is_inverted_pronoun
from .proxies import actions_of
from .cues import SHORT_ADVERBIAL, features, modality_words, party_actions, past_adverbial, support_verbs, verb_lemma
from .modality import COMING_VERBS, CONDITION_WORDS, HONOUR_NOUNS, INFINITIVE_AUXILIARIES, OCCASION_NOUNS, PAST_PARTICIPLE_ENDINGS, occasion_to_come, first_of_participles, RESOLVE_NOUNS, call_noun, is_negated, sentence_opening_participle, to_come
from .reading import lower_forms, tags
from .sentence import (
    adjunct_incise_start,
    DE,
    MODAL_VERBS,
    NE_WORDS,
    OBJECT_CLITICS,
    PARTIES,
    RELATIVE_PRONOUNS,
    SentenceView,
    TYPE_NOUNS,
    Slot,
    appositive_start,
    comma_incise_end,
    describing,
    is_date_word,
    is_determiner,
    is_object_clitic,
    is_past_participle,
    is_possessive_determiner,
    kept_per_view,
    past_role_nouns,
    role_start,
)
from .typography import QUOTES, before_comma_incise

COPULAS = function_words("copula")


def controller(view: SentenceView, cue: Token) -> list[Slot]:
    """« la décision de X de bloquer Y », « leur volonté de ... », « c'est au tour de X de
    fermer Y », « l'engagement de X à soutenir Y », « les efforts de X pour rencontrer Y »: the
    « de X » of a noun of decision, intent or refusal (``modality.tsv``), of resolve
    (``resolve_noun``) or of an attempt (``attempt_noun``) is the subject of the infinitive it
    governs."""
    doc = view.doc
    if "Inf" not in features(cue, "VerbForm") and cue.i - 1 > view.sent.start and doc[cue.i - 1].lower_ == "être":
        return controller(view, doc[cue.i - 1])  # « c'est au tour de X d'être sanctionné par Y »: X, whom the passive's subject stands for
    j = _before_adverbs(view, cue)  # « de le suspendre », « de ne pas »
    if j > view.sent.start and "Inf" in features(cue, "VerbForm") and "Inf" in features(doc[j], "VerbForm") and doc[j].lemma_.lower() in COMING_VERBS:
        if to_come(doc[view.sent.start : j]):
            return []  # « ce serait un plaisir de venir le rencontrer »: a visit to come
        return controller(view, doc[j])  # « c'est un plaisir de venir le rencontrer »: the one who comes
    if j <= view.sent.start or doc[j].lower_ not in (*DE, "à", "pour") or "Inf" not in features(cue, "VerbForm"):
        return []
    first = cue.head
    if doc[j - 1].lower_ in ("et", "ou", ",") and cue.dep_ == "conj" and first.i < j - 1 and "Inf" in features(first, "VerbForm"):
        return controller(view, first)  # « l'occasion pour X de rencontrer Y et de déjeuner avec Z »: the first one's
    honoured = _for_whom(view, j) if doc[j].lower_ in DE else []
    if honoured:
        return honoured  # « C'est pour moi un honneur de recevoir Y »: the speaker
    m = j - 1
    if doc[m].text == "," and (opening := adjunct_incise_start(view, m, view.sent.start, INCISE_BEFORE_INFINITIVE)) is not None and opening - 1 in view.at:
        m = opening - 1  # « au tour de X, entre 2017 et 2019, de sanctionner Y »
    while m > view.sent.start and m not in view.at and (is_date_word(doc[m]) or doc[m].lower_ in time_nouns()):
        m -= 1  # « la décision de X fin juillet de débrancher Y »
    m = _before_unnamed_companions(view, m)  # « l'engagement de X et de ses partenaires à soutenir Y »: X
    if m - 3 > view.sent.start and m not in view.at and doc[m].pos_ == "NOUN" and doc[m - 1].lower_ in DEMONSTRATIVE_DETERMINERS and doc[m - 2].lower_ in DE:
        m -= 3  # « la décision de la Cour de ce pays d'écarter Y »: the court
    slot = view.at.get(m)
    if slot is None or slot.kind not in PARTIES:
        return []
    k = _before_role(view, slot)  # « la décision du Premier ministre X de ... »
    while k > view.sent.start and is_determiner(doc[k]) and k not in view.at:
        k -= 1
    if doc[k].lower_ == "pour" and k > view.sent.start and _told_occasion(view, doc[k - 1]):
        return view.group_at(slot.start, j)  # « L'occasion pour X de réaffirmer son soutien à Y »
    if doc[k].lower_ not in DE or k == view.sent.start:
        return []
    n = k - 1
    while n > view.sent.start and doc[n].pos_ == "ADJ" and n not in view.at:
        n -= 1  # « l'engagement total de X à ... »
    noun = doc[n].lemma_.lower()
    if doc[j].lower_ == "à":
        return view.group_at(slot.start, j) if noun in RESOLVE_NOUNS else []  # « l'engagement de X à soutenir Y »
    if doc[j].lower_ == "pour":
        return view.group_at(slot.start, j) if noun in ATTEMPT_NOUNS else []  # « les efforts de X pour rencontrer Y »
    return view.group_at(slot.start, j) if noun in _deciding_nouns() or noun in RESOLVE_NOUNS else []


#: How many words an incise between commas may have between a noun's « de X » and its infinitive.
INCISE_BEFORE_INFINITIVE = 8


def _for_whom(view: SentenceView, j: int) -> list[Slot]:
    """« C'est pour moi un honneur de recevoir Y », « c'est un plaisir pour moi de ... », « ce fut
    pour lui une joie de ... »: the party after « pour » in a clause « c'est ... » whose noun
    governs the infinitive through the « de » at token j does what the infinitive says; else []."""
    doc = view.doc
    k = j - 1
    if doc[k].lower_ == "que" and k - 1 > view.sent.start:
        k -= 1  # « c'est un plaisir que d'accueillir Y »
    if doc[k].text == ",":  # « un immense plaisir, et aussi un honneur, de »: past the incise
        k = next((n - 1 for n in range(k - 1, max(k - 8, view.sent.start), -1) if doc[n].text == ","), k)
    slot = view.at.get(k)
    if slot is None and view.voice is not None and doc[k].lower_ in VOICE_STRESSED and doc[k - 1].lower_ == "pour":
        slot, k = view.voice, k - 2  # « c'est un honneur pour nous de recevoir Y », where « nous » names no one
    elif slot is not None and doc[slot.start - 1].lower_ == "pour":
        k = slot.start - 2  # « un plaisir pour moi de »: the noun before « pour »
    while k > view.sent.start and doc[k].pos_ == "ADJ" and k not in view.at:
        k -= 1
    if doc[k].pos_ != "NOUN" or k in view.at:
        return []
    k -= 1
    while k > view.sent.start and (doc[k].pos_ in ("ADJ", "ADV") or is_determiner(doc[k])) and k not in view.at:
        k -= 1  # « une grande », « un très grand »
    if slot is None and k in view.at:
        slot = view.at[k]  # « pour moi une joie de »
        if doc[slot.start - 1].lower_ != "pour":
            return []
        k = slot.start - 2
    elif slot is None:  # « C'est un grand honneur de recevoir Y », in the words of one voice
        if view.voice is None or not _honour_noun(doc, j):
            return []
        slot = view.voice
    verb = doc[k]
    if verb.lemma_ == "revenir" and k - 2 > view.sent.start and doc[k - 1].lower_ in ("que", "qu'", "qu’") and (given := view.at.get(k - 2)) is not None:
        # « c'est à elle que revient cet honneur de recevoir Y »: the one the honour falls to
        return [given] if given.kind in PARTIES and doc[given.start - 1].lower_ == "à" else []
    if verb.lemma_ == "revenir" and k - 2 >= view.sent.start and doc[k - 2].lower_ == "il" and doc[k - 1].lower_ in FIRST_PERSON_CLITICS and view.voice is not None:
        return [view.voice]  # « il me revient l'honneur d'accueillir Y »: the honour falls to the one who speaks
    if slot.kind not in PARTIES or k <= view.sent.start or verb.lemma_ != "être" or doc[k - 1].lower_ not in ("c'", "c’", "ce"):
        return []
    return [slot]


#: Stressed pronouns of the voice after « pour » (« c'est un honneur pour nous de »).
VOICE_STRESSED = function_words("voice_stressed")




def _honour_noun(doc: Doc, j: int) -> bool:
    """The noun that governs the « de » at token j, past the incises and adjectives between them
    (« un immense plaisir, et aussi un honneur, de »), is one of ``honour_noun``."""
    return any(token.pos_ == "NOUN" and token.lemma_.lower() in HONOUR_NOUNS for token in doc[max(j - 8, 0) : j])


def voice_honoured(sent: Span) -> bool:
    """« C'est un honneur de recevoir Y », « il me revient l'honneur de recevoir Y »: the sentence
    holds a clause « c'est » or « il me ... » with a noun of ``honour_noun``, whose infinitive the
    voice of a transcript does, though it names no one."""
    return any(token.lemma_.lower() in HONOUR_NOUNS for token in sent) and any(token.lower_ in ("c'", "c’", "ce") or (token.lower_ in FIRST_PERSON_CLITICS and token.i > sent.start and token.doc[token.i - 1].lower_ == "il") for token in sent)


def _before_unnamed_companions(view: SentenceView, m: int) -> int:
    """Token m ends « et de ses partenaires », « et de ses alliés » (a possessive and a noun
    joined to a party): the party's last token; else m."""
    doc = view.doc
    k = m
    while k > view.sent.start and doc[k].pos_ in ("NOUN", "ADJ") and k not in view.at:
        k -= 1
    if k == m or not is_possessive_determiner(doc[k]) or k - 2 <= view.sent.start:
        return m
    if doc[k - 1].lower_ in DE and doc[k - 2].lower_ == "et" and k - 3 in view.at:
        return k - 3
    return m


def _before_adverbs(view: SentenceView, verb: Token) -> int:
    """The token before an infinitive, past its adverbs and clitics (« de ne pas le suspendre »:
    « de »): where the mark that governs it stands."""
    j, tag = verb.i - 1, tags(view.doc)
    while j > view.sent.start and tag[j] in ("ADV", "PRON") and (j not in view.at or is_object_clitic(view.at[j], view.doc)):
        j -= 1  # « de vous recevoir », « vous » standing for a party
    return j


#: Nouns of an attempt, whose « de X » is the subject of the infinitive after « pour » (« les
#: efforts de X pour rencontrer Y »), which may not have come about.
ATTEMPT_NOUNS = function_words("attempt_noun")


def attempted(view: SentenceView, cue: Token) -> Optional[Modality]:
    """« les efforts de X pour rencontrer Y », « sa tentative pour joindre Y »: uncertain, the
    attempt may have failed; None where no noun of attempt governs the infinitive through « pour »."""
    doc = view.doc
    j = _before_adverbs(view, cue)
    if j <= view.sent.start or doc[j].lower_ != "pour" or "Inf" not in features(cue, "VerbForm"):
        return None
    k = j - 1
    slot = view.at.get(k)
    if slot is not None:  # « de X pour »: the noun before its « de »
        k = _before_role(view, slot)
        while k > view.sent.start and is_determiner(doc[k]) and k not in view.at:
            k -= 1
        if doc[k].lower_ not in DE:
            return None
        k -= 1
    while k > view.sent.start and doc[k].pos_ == "ADJ" and k not in view.at:
        k -= 1
    return Modality.UNCERTAIN if doc[k].lemma_.lower() in ATTEMPT_NOUNS and k not in view.at else None


@lru_cache(maxsize=1)
def _deciding_nouns() -> frozenset[str]:
    """Nouns of decision, intent or refusal (``modality.tsv``), whose « de X » does what the
    infinitive after them says."""
    return frozenset(w for effect in ("decision", "intent", "refusal") for w in modality_words().get(effect, ()))


def _told_occasion(view: SentenceView, noun: Token) -> bool:
    """A noun of occasion (« l'occasion pour X de ... ») told as taken: not one to come (« sera
    l'occasion pour X de rencontrer Y »), hoped for or wished (a verb in the future or the
    conditional before it)."""
    return noun.lemma_.lower() in OCCASION_NOUNS and not occasion_to_come(noun, view.sent)


def _de_before_infinitive(view: SentenceView, verb: Token) -> Optional[int]:
    """The « de » that marks an infinitive, past its adverbs and clitics (« la décision de ne
    pas bannir Y »), or None where the verb is no infinitive or no « de » stands there."""
    j = _before_adverbs(view, verb)
    if j <= view.sent.start or view.doc[j].lower_ not in DE or "Inf" not in features(verb, "VerbForm"):
        return None
    return j


def decided_unnamed(view: SentenceView, verb: Token) -> bool:
    """« l'intention du gouvernement de dissoudre Y », « l'occasion pour le ministre de saluer Y »:
    the infinitive's « de » follows the « de » phrase of a noun of decision, intent or refusal
    (or the « pour » phrase of a noun of occasion) that names no party (a common noun): its
    subject is that unnamed one, never the subject of the clause."""
    doc = view.doc
    j = _de_before_infinitive(view, verb)
    if j is None:
        return False
    k = j - 1
    while k > view.sent.start and k not in view.at and doc[k].pos_ == "ADJ":
        k -= 1
    if k in view.at or doc[k].pos_ not in ("NOUN", "PROPN"):
        return False
    k -= 1
    while k > view.sent.start and is_determiner(doc[k]) and k not in view.at:
        k -= 1
    if doc[k].lower_ == "pour" and k > view.sent.start:
        return doc[k - 1].lemma_.lower() in OCCASION_NOUNS  # « l'occasion pour le ministre de saluer Y »
    if doc[k].lower_ not in DE or k == view.sent.start:
        return False
    return doc[k - 1].lemma_.lower() in _deciding_nouns()


def judged_decision(view: SentenceView, verb: Token) -> bool:
    """« X a critiqué la décision de bannir Y », « X a salué la décision de bannir Y »: the
    infinitive after a noun of decision that names no owner, itself the object of a verb that
    judges it rather than takes or tells it (not a support verb: « a pris la décision de », « a
    annoncé la décision de »), has an unnamed subject, not the clause's."""
    doc = view.doc
    j = _de_before_infinitive(view, verb)
    if j is None:
        return False
    noun = doc[j - 1]
    if noun.pos_ != "NOUN" or noun.lemma_.lower() not in _deciding_nouns() or j - 1 in view.at or noun.i - 1 < view.sent.start:
        return False
    if not is_determiner(doc[noun.i - 1]) or is_possessive_determiner(doc[noun.i - 1]):
        return False  # « sa décision de bannir Y »: the one « sa » stands for
    head = noun.head
    return noun.dep_ == "obj" and head.pos_ == "VERB" and head.i < noun.i and verb_lemma(head) not in support_verbs()



def caller(view: SentenceView, cue: Token) -> Optional[list[Slot]]:
    """« l'appel de X à soutenir Y », « l'appel de sa porte-parole, X, à exclure Y »: the party
    named in the « de » of a call noun is the subject of the infinitive after « à »; [] where
    the call names none (« après l'appel de son parti à voter pour Y, Z ... » is not Z's); None
    where no call noun governs the cue."""
    noun = call_noun(cue, view.sent)
    if noun is None:
        return None
    named = [s for s in view.slots if noun.i < s.start and s.end < cue.i and s.kind in PARTIES]
    if not named:
        return []
    apposed = [s for s in named if view.doc[s.start - 1].text == ","]  # « de sa porte-parole, X, »
    return view.group_at((apposed or named)[0].start, cue.i - 1)


def _before_role(view: SentenceView, slot: Slot) -> int:
    """The token before the role nouns that describe the mention (« du Premier ministre X »:
    « du »), or the token right before the mention when none does."""
    doc = view.doc
    k = slot.start - 1
    m = k
    while m > max(view.sent.start, slot.start - 6) and m not in view.at and describing(doc[m]):
        m -= 1
    return m if m < k and past_role_nouns(view, m + 1, slot.end) == slot.start else k


def speaker(view: SentenceView, clause_start: int) -> list[Slot]:
    """« X a noté que Y lui rendrait visite »: the person whose words the clause reports,
    named as the subject of a verb of saying right before its « que ». A verb of saying
    with a hearer (« a dit à Z que ») leaves the « lui » ambiguous: no one."""
    doc = view.doc
    que = clause_start - 1
    if que <= view.sent.start or doc[que].lower_ not in ("que", "qu'", "qu’"):
        return []
    verb = que - 1
    while verb > view.sent.start and doc[verb].pos_ == "ADV" and verb not in view.at:
        verb -= 1
    if doc[verb].pos_ != "VERB" or doc[verb].lemma_.lower() not in modality_words().get("reporting", frozenset()):
        return []
    j = verb - 1
    while j >= view.sent.start and (doc[j].pos_ in ("AUX", "ADV") or doc[j].lower_ in ("lui", "leur")) and j not in view.at:
        j -= 1
    slot = view.at.get(j)
    if slot is None or slot.kind is not EntityKind.PERSON or slot.others or view.preceded_by_preposition(slot):
        return []
    return [slot]


def is_gerund(view: SentenceView, cue: Token) -> bool:
    """« en appelant », « , accusant »: a present participle after « en » or a comma, or one that
    opens the sentence (« Recevant Y, X a ... »)."""
    if not cue.lower_.endswith("ant") or cue.pos_ not in ("VERB", "AUX", "NOUN", "ADJ"):
        return False  # the tagger takes some for nouns (« , attaquant Y »)
    if cue.i == view.sent.start:
        return cue.pos_ == "VERB"
    j = cue.i - 1
    while j > view.sent.start and view.doc[j].pos_ in ("PRON", "ADV"):
        j -= 1
    return view.doc[j].lower_ == "en" or view.doc[j].text == ","


#: Nouns of a decision a present participle may describe (« la décision ..., interdisant Y »).
DECISION_NOUNS = function_words("decision_noun")
#: How many words before a participle's comma a decision noun may stand.
DECISION_REACH = 10


def decision_participle(view: SentenceView, cue: Token) -> Optional[list[Slot]]:
    """« La plateforme s'étonne de la décision annoncée par X, interdisant son accès »: a present
    participle after a comma whose phrase names a decision taken by someone describes the
    decision, not the sentence's subject; its actor is the decision's « par X ». None when no
    decision noun with a « par X » stands between the comma and the verb before it (« Y a
    critiqué cette décision, qualifiant ... »: Y qualifies)."""
    doc = view.doc
    comma = cue.i - 1
    while comma > view.sent.start and doc[comma].pos_ in ("PRON", "ADV"):
        comma -= 1
    if doc[comma].text != ",":
        return None
    for k in range(comma - 1, max(view.sent.start, comma - DECISION_REACH) - 1, -1):
        token = doc[k]
        if token.text in (",", ";", ":") or (token.pos_ in ("VERB", "AUX") and "Part" not in token.morph.get("VerbForm")):
            return None
        if token.pos_ == "NOUN" and token.lemma_.lower() in DECISION_NOUNS and k not in view.at:
            return _agent_before(view, k + 1, comma)
    return None


def _agent_before(view: SentenceView, i: int, end: int) -> Optional[list[Slot]]:
    """The parties after the first « par » between tokens i and end (« annoncée par X »), read as
    any « par » complement is (:func:`.complements.complement`), or None when there is no « par »."""
    par = next((j for j in range(i, end) if view.doc[j].lower_ == "par"), None)
    return None if par is None else complement(view, par, end, ("par",), gap=0)


def opening_participle(view: SentenceView, cue: Token) -> bool:
    """A past participle that opens the sentence (« Financé par X, Y ... »)."""
    if "Part" not in features(cue, "VerbForm") and not cue.lower_.endswith(PAST_PARTICIPLE_ENDINGS):
        return False
    if sentence_opening_participle(cue) or _joined_to_opening_participle(view, cue):
        return True
    before = view.doc[view.sent.start : cue.i]
    # « Candidat à la présidentielle, soutenu par X, Y ... »: after a verbless phrase that opens the
    # sentence and names no party; not a noun phrase with its article, the subject the participle
    # describes (« Cette pratique, dénoncée par X, la Fnac et Cultura apparaît ... »), but a time
    # (« Le lendemain, critiquée par X, Y ... »)
    return (
        len(before) > 1
        and before[-1].text == ","
        and not (before[0].pos_ == "DET" and before[1].pos_ == "NOUN" and before[1].lemma_.lower() not in time_nouns())
        and view.sent.start not in view.at
        and not any(t.pos_ in ("VERB", "AUX") or (t.i in view.at and view.at[t.i].kind in PARTIES) for t in before)
    )


#: Conjunctions that join two predicates of one subject (« X a injurié Y et a attaqué Z »).
PREDICATE_LINKS = function_words("predicate_link")


def _joined_to_opening_participle(view: SentenceView, cue: Token) -> bool:
    """« Mis en examen et accusé de fraude par Y, X ... »: a participle joined by « et » or
    « puis » to one that opens the sentence, with no comma nor finite verb between them."""
    doc = view.doc
    if cue.i - 1 <= view.sent.start or doc[cue.i - 1].lower_ not in PREDICATE_LINKS:
        return False
    for t in doc[view.sent.start : cue.i - 1]:
        if t.text == "," or (t.pos_ in ("VERB", "AUX") and "Fin" in t.morph.get("VerbForm")):
            return False
        if sentence_opening_participle(t):
            return True
    return False


def opening_copula(view: SentenceView, cue: Token) -> bool:
    """« Après avoir été un opposant à X, Y ... »: an infinitive « être » opens the sentence."""
    verbs = [t for t in view.doc[view.sent.start : cue.i] if t.pos_ in ("VERB", "AUX")]
    return bool(verbs) and all(t.lemma_.lower() in COPULAS | {"avoir"} for t in verbs) and any(
        "Inf" in t.morph.get("VerbForm") for t in verbs
    )


def opening_infinitive(view: SentenceView, cue: Token) -> bool:
    """An infinitive whose clause opens the sentence (« Bien avant de soutenir X, ... »,
    « Après avoir fait condamner X, ... », « Après avoir critiqué X, ... »), or a gerund
    (« En supprimant la chaîne de X, Y ... »)."""
    opening_gerund = is_gerund(view, cue) and view.doc[cue.i - 1].lower_ == "en"
    if "Inf" not in cue.morph.get("VerbForm") and not perfect_infinitive(view, cue) and not _perfect_participle(view, cue) and not opening_gerund:
        return False
    # « Après avoir fait condamner X, Y ... »: infinitives and participles before it, no finite
    # verb; or so after a « que » (« c'est ainsi qu'ayant dîné avec X, je ... »)
    start = view.sent.start
    that = next((t.i for t in reversed(view.doc[start : cue.i]) if t.lower_ in ("que", "qu'", "qu’")), None)
    return not any(t.pos_ in ("VERB", "AUX") and "Fin" in t.morph.get("VerbForm") for t in view.doc[start if that is None else that + 1 : cue.i])


def perfect_infinitive(view: SentenceView, cue: Token) -> bool:
    """« après avoir critiqué X », « sans s'être entretenu avec X »: a participle after an
    infinitive « avoir » or « être » (past adverbs)."""
    return infinitive_auxiliary(view, cue) is not None


def infinitive_auxiliary(view: SentenceView, cue: Token, auxiliaries: Collection[str] = INFINITIVE_AUXILIARIES) -> Optional[int]:
    """The token of the infinitive « avoir » or « être » of a perfect infinitive (« d'avoir
    rencontré »), or of another of ``auxiliaries``, past adverbs; None where the cue is no
    participle after one; a passive's « été » stands between them (« après avoir été reçu par X »)."""
    tag, low = tags(view.doc), lower_forms(view.doc)
    j = cue.i - 1
    while j > view.sent.start and tag[j] == "ADV":
        j -= 1
    if low[j] == ",":
        j = before_comma_incise(view.doc, j, view.sent.start)  # « d'avoir, avec clarté, condamné X »
    if low[j] == "été" and j - 1 > view.sent.start:
        j -= 1
        while j > view.sent.start and tag[j] == "ADV":
            j -= 1
    if "Part" not in features(cue, "VerbForm"):
        return None
    if low[j] in auxiliaries:
        return j
    if low[j] in ("et", ","):
        first = first_of_participles(view.doc, j, view.sent.start)
        if first is not None:
            return infinitive_auxiliary(view, view.doc[first], auxiliaries)  # « d'avoir condamné X, soutenu Y et aidé Z »: the first's
    return None


#: The present participles of the auxiliaries (« Ayant critiqué X, Y ... »).
PARTICIPLE_AUXILIARIES = function_words("participle_auxiliary")


def _perfect_participle(view: SentenceView, cue: Token) -> bool:
    """« Ayant critiqué X, Y ... », « Étant allé voir X, ... »: a participle after « ayant » or « étant »."""
    return infinitive_auxiliary(view, cue, PARTICIPLE_AUXILIARIES) is not None


def dative_clitic(view: SentenceView, cue: Token, clause_start: int) -> Optional[int]:
    """The token of a « lui » (or a placed « leur ») that stands for the cue's « à » party (« Y lui
    rendrait visite », « Y ne lui a pas rendu visite », « je leur rends hommage »): between the
    cue's subject and the cue, with only negation words, auxiliaries and adverbs in between (« Y
    lui a hier personnellement remis la médaille du mérite »)."""
    doc = view.doc
    j = cue.i - 1
    while j >= clause_start and (doc[j].pos_ in ("AUX", "ADV") or doc[j].lower_ in NE_WORDS or doc[j].lower_ in ADVERBIAL_PRONOUNS) and j not in view.at:
        j -= 1  # « Y ne lui a pas rendu visite », « je lui en sais gré »
    speaker = doc[j].lower_ in SPEAKER_DATIVES and j > clause_start and (j - 1 in view.at or doc[j - 1].pos_ in ("PRON", "PROPN"))  # « Y nous a reçus », not « Nous souhaitons »
    if j >= clause_start and (doc[j].lower_ == "lui" or ((doc[j].lower_ in ADDRESSEE_PRONOUNS or speaker or doc[j].lower_ == "leur") and j in view.at)):
        return j  # « vous », « te »: placed by the resolver in a letter only; « leur », where it stands for a list of persons; « m' », « nous »: the speaker, where placed
    return None


#: The speaker's dative clitics (« Y m'a accordé un entretien », « Y nous a rendu visite »).
SPEAKER_DATIVES = FIRST_PERSON_CLITICS | {"nous"}


#: Titles that call the one addressed by name (« Monsieur Y », « M. Y »), lower case.
ADDRESSING_TITLES = VOCATIVES | function_words("short_title")


def addressed_by_name(view: SentenceView, cue: Token, after: int, clause_start: int) -> list[Slot]:
    """An unplaced « vous » right before the cue stands for the one called by name right after
    it, with a title, set off by a comma or not (« Je vous souhaite la bienvenue M. Y », « je vous
    remercie, Madame Y, de ... »): that person; else [] (not « ... d'avoir reçu cet élu, M. Y »)."""
    doc = view.doc
    j = cue.i - 1
    while j >= clause_start and (doc[j].pos_ == "AUX" or doc[j].lower_ in NE_WORDS or doc[j].lower_ in ADVERBIAL_PRONOUNS) and j not in view.at:
        j -= 1
    if j < clause_start or doc[j].lower_ not in ADDRESSEE_PRONOUNS or j in view.at:
        return []
    k = after + 1 if after < view.sent.end and doc[after].text == "," else after
    title = k
    while title < view.sent.end and doc[title].lower_ in ADDRESSING_TITLES and title not in view.at:
        title += 1  # the title before the name, where the name does not hold it
    slot = view.at.get(title)
    called = slot is not None and slot.kind is EntityKind.PERSON and (title > k or doc[slot.start].lower_ in ADDRESSING_TITLES)
    named = called and doc[slot.end - 1].is_title and not any(t.pos_ == "DET" and t.is_lower for t in doc[slot.start : slot.end])  # not « Monsieur le Premier ministre »; « M. Le Vaillant » is a name
    return [slot] if named else []


def object_clitic(view: SentenceView, cue: Token, clause_start: int) -> list[Slot]:
    """« qui l'ont banni », « Morano ne l'a pas reçu »: the object pronoun before the verb and
    its auxiliaries, standing for a person the resolver found."""
    doc = view.doc
    j = cue.i - 1
    while j >= clause_start and j not in view.at:
        if doc[j].lower_ in INSISTING_WORDS and j - 2 >= clause_start and doc[j - 1].text == "-" and doc[j - 2].pos_ == "PRON" and j - 2 not in view.at:
            j -= 3  # « je l'ai moi-même reçu »: the stressed pronoun that insists on the subject
        elif doc[j].pos_ in ("AUX", "ADV") or doc[j].lower_ in NE_WORDS or doc[j].lower_ in ADVERBIAL_PRONOUNS:
            j -= 1  # « l'a chaleureusement félicité », « je l'en remercie »
        elif (doc[j].lower_, doc[j + 1].lower_) in SHORT_ADVERBIAL:
            j -= 1  # « l'avait d'abord suspendu »: the « d' » of the adverb read past
        else:
            break
    slot = view.at.get(j) if j >= clause_start else None
    return [slot] if slot is not None and is_object_clitic(slot, view.doc) else []


#: The « même » a stressed pronoun takes to insist on the subject (« moi-même »), after its hyphen.
INSISTING_WORDS = function_words("insisting_word")
#: What closes a quotation before an inverted verb of saying (« « ... », a déclaré X »).
QUOTE_ENDS = frozenset({",", "»", '"', "”"})
#: Closing quotation marks (``typography.QUOTES``).
QUOTE_CLOSERS = frozenset(QUOTES.values())


def before_auxiliaries(view: SentenceView, cue: Token) -> int:
    """The token before the verb's auxiliaries and adverbs (« », a ensuite affirmé X »: the
    comma), or one before the sentence where they open it."""
    doc = view.doc
    j = cue.i - 1
    while j >= view.sent.start and doc[j].pos_ in ("AUX", "ADV") and j not in view.at:
        j -= 1
    return j


def inverted_subject(view: SentenceView, cue: Token, after: int, end: int) -> list[Slot]:
    """« « ... », a affirmé X au patron de Y, Z »: after a quotation, the verb comes before its
    subject; the party right after the verb (and its own words) is the subject."""
    doc = view.doc
    j = before_auxiliaries(view, cue)
    if j < view.sent.start or doc[j].text not in QUOTE_ENDS:
        return []
    k = after
    while True:
        while k < end and k not in view.at and (doc[k].pos_ == "ADV" or is_date_word(doc[k]) or (is_determiner(doc[k]) and k + 1 < end and is_date_word(doc[k + 1]))):
            k += 1  # « a accusé vendredi X », « a affirmé le 3 mars X »
        if k < end and (adverbial := past_adverbial(doc, k)) > k:
            k = adverbial  # « avait fustigé de son côté X »
            continue
        if k < end and doc[k].text == "," and (closing := comma_incise_end(view, k, end)) is not None:
            k = closing + 1  # « a fustigé, sur X, le ministre Y »
            continue
        break
    while k < end and k not in view.at and is_determiner(doc[k]):
        k += 1  # « a accusé la Commission »
    if k not in view.at:
        k = past_role_nouns(view, k, end)  # « tacle l'élu X »
    slot = view.at.get(k)
    return [slot] if slot is not None and slot.start == k and slot.kind in PARTIES else []


def speaker_after_comma(view: SentenceView, cue: Token, after: int, end: int) -> list[Slot]:
    """« X trompe les utilisateurs, a accusé vendredi la Commission. »: a verb right after the
    comma that closes a clause of what was said comes before its subject (:func:`inverted_subject`),
    which ends the sentence or its clause; else []."""
    doc = view.doc
    j = before_auxiliaries(view, cue)
    if j <= view.sent.start or doc[j].text != ",":
        return []
    if doc[cue.i - 1].pos_ != "AUX" and doc[j - 1].text not in QUOTE_CLOSERS:
        return []  # « X rencontre Y, critique Z » goes on; « « X ment », fustige Y » is inverted
    if j in view.hidden or any(closing == j for _, closing in view.asides):
        return []  # « X, qui a rencontré Y, a critiqué Z »: the comma closes an aside, X is the subject
    said = doc[view.sent.start : j]
    if any(t.text == "," and k + 1 < j and doc[k + 1].lower_ in RELATIVE_PRONOUNS for k, t in enumerate(said, view.sent.start)):
        return []  # « X, qui a rencontré Y, ... »: a relative clause
    if any(is_inverted_pronoun(t) for t in said):
        return []  # « Le groupe, affirment-ils, a banni X »: a reporting incise
    if not any(t.pos_ in ("VERB", "AUX") and "Fin" in features(t, "VerbForm") for t in said) and (any(t.text == "," for t in said) or len(said) < 4):
        return []  # « X, ancien ministre, a accusé Y »: no clause of what was said before the comma
    opening = view.at.get(view.sent.start)
    if opening is not None and opening.kind in PARTIES and opening.end < j and doc[opening.end].text == "," and _incise_opening(doc, opening.end + 1):
        return []  # « X, comme l'a dit Z, a critiqué Y »: the subject, then an incise
    found = inverted_subject(view, cue, after, end)
    if not found:
        return []
    k = found[0].end
    while k in view.at and view.at[k].cluster == found[0].cluster and view.at[k].start == k:
        k = view.at[k].end  # « le ministre américain Y »: the role, then its holder's name
    return [] if k < view.sent.end and doc[k].text not in (",", ".", ";", "!", "?") else found


#: Words that open an incise after a sentence's subject (« X, comme l'a dit Z, a critiqué Y »).
SUBJECT_INCISE_OPENERS = function_words("subject_incise_opener")


def _incise_opening(doc: Doc, i: int) -> bool:
    """Token i opens an incise (``subject_incise_opener``: « comme », « selon », « d'après »)."""
    return i < len(doc) and doc[i].lower_ in SUBJECT_INCISE_OPENERS


def reported_subject(view: SentenceView, cue: Token, opening: Optional[int] = None) -> list[Slot]:
    """The subject of what was said before a verb set after it (« X trompe les utilisateurs, a
    accusé Y »: X): the parties that open the sentence (or the clause at ``opening``), followed
    by a verb in the active voice; else [] (« X a été exclu, a dénoncé Y »: Y denounces the
    exclusion, not X)."""
    doc = view.doc
    before = cue.i - 1
    while before > view.sent.start and doc[before].text != ",":
        before -= 1
    k = view.sent.start if opening is None else opening
    while k < before and k not in view.at and (is_determiner(doc[k]) or doc[k].text in QUOTES or doc[k].lower_ in TYPE_NOUNS):
        k += 1  # « « X ne tient plus sa majorité », tacle Y »: the quotation's subject; « la société P »
    group = [s for s in view.group_at(past_role_nouns(view, k, before), before) if s.kind in PARTIES]
    if not group and k < before and doc[k].lemma_.lower() in party_actions():
        group = [s for s in actions_of(view, k, before) if s.kind in PARTIES]  # « L'amende de X est « une attaque », a fustigé Y »: X's
    if not group:
        return []
    m = group[-1].end
    while m < before and doc[m].pos_ in ("ADV", "PRON"):
        m += 1
    if m + 2 < before and doc[m].text in QUOTES and doc[m + 2].text == QUOTES[doc[m].text]:
        return group  # « X « trompe » les utilisateurs »: a verb in quotes, which the tagger misreads
    if m >= before or doc[m].pos_ not in ("VERB", "AUX") or "Fin" not in doc[m].morph.get("VerbForm"):
        return []
    return [] if _passive_from(doc, m, before) else group


def _passive_from(doc: Doc, m: int, before: int) -> bool:
    """The verb at token m is a passive (« X a été exclu », « X est suspendu »), not « être » as a
    copula before what X is said to be (« X est un tyran », « X est « irresponsable » »)."""
    for t in doc[m : min(m + 3, before)]:
        if t.dep_ == "aux:pass":
            return True
        if t.lemma_.lower() == "être":
            after = doc[t.i + 1] if t.i + 1 < before else None
            return after is None or after.pos_ in ("VERB", "AUX") or is_past_participle(after)
    return False


def quoted_speaker(view: SentenceView, cue: Token) -> list[Slot]:
    """« « ... », a dénoncé X, attaquant Y »: the subject of a present participle set off by a
    comma after a quotation is its speaker, named after the verb of saying that follows the
    quotation (or the pronoun of « a-t-elle ajouté » the resolver placed)."""
    doc = view.doc
    comma = cue.i - 1
    while comma > view.sent.start and doc[comma].pos_ in ("PRON", "ADV"):
        comma -= 1
    quote = next((q for q in range(comma - 1, view.sent.start, -1) if doc[q].text in QUOTE_CLOSERS), None)
    if quote is None or doc[comma].text != ",":
        return []
    saying = modality_words().get("reporting", frozenset())
    verb = next((t for t in doc[quote + 1 : comma] if t.pos_ in ("VERB", "AUX") and t.lemma_.lower() in saying), None)
    if verb is None:
        return []
    for k in range(verb.i + 1, comma):
        slot = view.at.get(k)
        if slot is not None and slot.start == k:
            group = view.group_at(k, comma)
            return group if group and _adjuncts_up_to(view, group[-1].end, comma) and all(s.kind in PARTIES for s in group) else []
    return []


#: How many words of time, place or medium may stand between an inverted speaker and its comma.
SPEAKER_ADJUNCT_WORDS = 8


def _adjuncts_up_to(view: SentenceView, start: int, comma: int) -> bool:
    """Nothing but phrases of time, place or medium from ``start`` to the comma (« a tonné X
    samedi sur la radio P, »): no verb, no pronoun, no person (« a dit X à Y, attaquant Z »:
    either may attack), and an organisation or a place only after a preposition."""
    doc = view.doc
    if comma - start > SPEAKER_ADJUNCT_WORDS:
        return False
    for k in range(start, comma):
        if doc[k].pos_ in ("VERB", "AUX", "PRON", "SCONJ", "CCONJ", "PUNCT"):
            return False
        slot = view.at.get(k)
        if slot is not None and slot.start == k and (slot.kind is EntityKind.PERSON or not view.preceded_by_preposition(slot)):
            return False
    return True


@lru_cache(maxsize=4)
def control_verbs(path: str = "control_verbs.tsv") -> dict[str, Modality]:
    """Verbs whose object is the subject of the infinitive they govern, with the modality they
    give it (``control_verbs.tsv``)."""
    return {lemma.lower(): Modality(modality) for lemma, modality in read_table(path)}


#: Verbs of perceiving, and « laisser », whose object right before a bare infinitive is that
#: infinitive's subject (« X a vu Y critiquer Z »), by lemma.
PERCEPTION_VERBS = function_words("perception_verb")


def perceived_doer(view: SentenceView, cue: Token) -> Optional[list[Slot]]:
    """« X a vu Y critiquer Z », « X a entendu Y insulter Z », « X a laissé Y attaquer Z »: the
    party right before an infinitive that a verb of perceiving governs is its subject, not the
    one who perceives; None where the infinitive has no such party."""
    if "Inf" not in features(cue, "VerbForm"):
        return None
    doc = view.doc
    j = cue.i - 1
    while j > view.sent.start and doc[j].pos_ == "ADV" and j not in view.at:
        j -= 1  # « a vu Y violemment critiquer Z »
    slot = view.at.get(j)
    if slot is None or slot.kind not in PARTIES or slot.end != j + 1:
        return None
    k = role_start(view, slot, view.sent.start) - 1
    while k > view.sent.start and (is_determiner(doc[k]) or doc[k].pos_ == "ADV") and k not in view.at:
        k -= 1  # « a vu le ministre Y », « a souvent entendu Y »
    return [slot] if k >= view.sent.start and doc[k].pos_ == "VERB" and verb_lemma(doc[k]) in PERCEPTION_VERBS else None


#: Verbs of an impersonal judgement whose dative says who does what the infinitive says (« il nous paraît indispensable de »), by lemma.
IMPERSONAL_JUDGING_VERBS = function_words("impersonal_judging_verb")
#: Dative clitics before such a verb (« il nous paraît », « il m'est apparu »), lower case.
IMPERSONAL_DATIVES = function_words("impersonal_dative")
#: The cues of a meeting only where a body meets a person (« la commission a entendu X »; « j'ai entendu X »: heard), by lemma.
BODY_ONLY_CUES = function_words("body_only_cue")


def impersonal_dative(view: SentenceView, cue: Token) -> Optional[list[Slot]]:
    """« il nous est apparu indispensable d'entendre Y », « il m'a semblé utile d'auditionner Y »:
    the one the dative clitic before an impersonal verb of judging stands for hears the one
    heard, as the words are said at a hearing (the voice of a transcript, for a « nous » that
    names no one); [] for another verb (« il nous a semblé bon de rencontrer Y »: a judgement of
    what to do, not done, nor by the party named before « il ») or where the clitic stands for no
    party; None where the infinitive has no such clause."""
    if "Inf" not in features(cue, "VerbForm"):
        return None
    doc, start = view.doc, view.sent.start
    j = _before_adverbs(view, cue)
    if j <= start or doc[j].lower_ not in DE:
        return None
    k = j - 1
    while k > start and doc[k].pos_ in ("ADJ", "ADV") and k not in view.at:
        k -= 1  # « nécessaire », « tout à fait utile »
    if k == j - 1:
        return None  # no adjective of judging
    while k > start and doc[k].pos_ in ("AUX", "VERB") and (doc[k].lemma_.lower() in IMPERSONAL_JUDGING_VERBS or doc[k].pos_ == "AUX"):
        k -= 1  # « a paru », « est apparu », « semble »
    if k == j - 1 or k <= start or doc[k].lower_ not in IMPERSONAL_DATIVES or doc[k - 1].lower_ != "il":
        return None
    if not any(doc[n].lemma_.lower() in IMPERSONAL_JUDGING_VERBS for n in range(k + 1, j)):
        return None
    if verb_lemma(cue) not in BODY_ONLY_CUES:
        return []  # « il nous a semblé bon de rencontrer Y »: a judgement of what to do, not done
    slot = view.at.get(k)
    if slot is not None and slot.kind in PARTIES:
        return [slot]
    return [view.voice] if view.voice is not None and doc[k].lower_ in VOICE_STRESSED else []


def object_controller(view: SentenceView, cue: Token) -> tuple[list[Slot], Optional[Modality]]:
    """« X a prié Y de retirer la vidéo de Z », « contraignant Y à suspendre Z », « X accuse Y
    d'avoir rencontré Z »: the object of a control verb right before « de » / « à » and the
    infinitive is its subject, with the modality the control verb gives (asked, accused:
    uncertain; forced, congratulated: asserted); so is the object before « pour » and a perfect
    infinitive, the cause of what is done to it (« X a critiqué Y pour avoir reçu Z »: Y)."""
    doc = view.doc
    j = infinitive_mark(view, cue)
    stopping = stopped_infinitive(view, cue, j)
    if stopping is not None:
        group = object_controller(view, stopping)[0]  # « demande à Y d'arrêter de soutenir Z »: Y, who supports Z now
        return (group, Modality.ASSERTED) if group else ([], None)
    cause = j is None and (j := _cause_mark(view, cue)) is not None
    if j is None:
        return _sent_for(view, cue)
    if not cause and (earlier := _joined_infinitive(view, j)) is not None:
        return object_controller(view, earlier)  # « permettez-moi de remercier X et de saluer Y »: the first one's
    slot = view.at.get(_past_adverbs(view, j - 1))  # « permettez-moi d'abord de saluer Y »
    if slot is None or slot.kind not in PARTIES:
        return [], None
    group = [slot]
    k = slot.start - 1
    while k > view.sent.start and (doc[k].lower_ in ("et", "ou") or doc[k].text == ",") and (before := view.at.get(k - 1)) is not None and before.kind in PARTIES:
        group.insert(0, before)  # « a prié Meta et Snap de retirer Z »: both
        slot, k = before, before.start - 1
    first = role_start(view, slot, view.sent.start)  # « a appelé le ministre Y à intervenir », « a demandé au ministre Y de »
    k = first if first < slot.start and doc[first].lower_ in ("au", "aux") else first - 1
    while k > view.sent.start and (is_determiner(doc[k]) or doc[k].pos_ == "ADV") and k not in view.at:
        k -= 1
    named = appositive_start(view, slot)
    if named is not None:
        k = named - 1
        while k > view.sent.start and (is_determiner(doc[k]) or doc[k].pos_ == "ADV") and k not in view.at:
            k -= 1
    dative = doc[k].lower_ in ("à", "au", "aux")
    if dative:  # « a demandé à Y de bannir Z »
        k -= 1
        while k > view.sent.start and (doc[k].pos_ == "ADV" or is_date_word(doc[k])) and k not in view.at:
            k -= 1  # « a demandé mercredi à Y »
    if cause:  # « X a félicité Y pour avoir reçu Z »: Y, whom the verb's act is for; not « a écrit à Y pour avoir ... »
        verb = doc[k] if doc[k].pos_ == "VERB" and verb_lemma(doc[k]) not in ("être", "avoir") and not dative else None
        return (group, control_verbs().get(verb_lemma(verb), Modality.ASSERTED)) if verb is not None else ([], None)
    modality = (control_verbs().get(doc[k].lemma_.lower()) or control_verbs().get(verb_lemma(doc[k]))) if doc[k].pos_ == "VERB" else None  # « reproche »: a lemma the model may miss
    if modality is not None and asked_leave(doc, slot.start):
        modality = Modality.ASSERTED  # « Permettez-moi de saluer Y »: the speaker's act, done as it is said
    if modality is Modality.NEGATED and is_negated(doc[k], view.sent):
        modality = Modality.UNCERTAIN  # « Z n'a pas empêché X de rencontrer Y »: not prevented, nor told
    return (group, modality) if modality is not None else ([], None)


#: Verbs of stopping (« cesser », « arrêter »), by lemma: asked to stop, one does it now.
STOPPING_VERBS = modality_words()["stop"]


def stopped_infinitive(view: SentenceView, cue: Token, j: Optional[int]) -> Optional[Token]:
    """The infinitive of a verb of stopping right before the « de » at token j that opens the cue,
    itself an infinitive a control verb governs through its object (« demande à Y d'arrêter de
    soutenir Z », « exhorte les Y à cesser de critiquer Z »): whoever is asked to stop is the one
    who does it; else None."""
    if j is None or view.doc[j].lower_ not in DE or j - 1 <= view.sent.start:
        return None
    verb = view.doc[j - 1]
    if verb.pos_ != "VERB" or "Inf" not in features(verb, "VerbForm") or verb_lemma(verb) not in STOPPING_VERBS:
        return None
    return verb if object_controlled(verb) else None


#: How many words may stand between two infinitives joined by « et » (« de remercier X et de saluer Y »).
JOINED_INFINITIVE_WORDS = 12


def _joined_infinitive(view: SentenceView, j: int) -> Optional[Token]:
    """« permettez-moi de remercier X et de saluer Y »: where the « de » at token j follows « et »
    or « ou », the infinitive the first « de » of the pair opens, with no finite verb, no
    conjunction and no other « de » and infinitive between them; else None."""
    doc = view.doc
    k = j - 1
    if k <= view.sent.start or doc[k].lower_ not in ("et", "ou"):
        return None
    for n in range(k - 1, max(k - 1 - JOINED_INFINITIVE_WORDS, view.sent.start), -1):
        token = doc[n]
        if token.pos_ in ("VERB", "AUX") and "Fin" in token.morph.get("VerbForm") or token.pos_ == "SCONJ" or token.text in (";", ":"):
            return None
        if token.pos_ == "VERB" and "Inf" in token.morph.get("VerbForm"):
            mark = infinitive_mark(view, token)
            return token if mark is not None and doc[mark].lower_ in DE else None
    return None


def _past_adverbs(view: SentenceView, k: int) -> int:
    """Back from token k past adverbs (« aussi », « d'abord », « tout d'abord ») and an incise
    between commas that opens with a preposition or an adverb (« permettez-moi, au nom de mon
    groupe, de saluer Y ») or a parenthesis without a verb (« P (PiS) pour »), to the word before them."""
    doc = view.doc
    while True:
        while k > view.sent.start and k not in view.at and (doc[k].pos_ == "ADV" or (doc[k].lower_ in DE and doc[k + 1].pos_ == "ADV") or k in view.hidden):
            k -= 1  # and past a parenthesis without a verb: « a critiqué le parti P (PiS) pour avoir ... »
        opening = adjunct_incise_start(view, k, view.sent.start, INCISE_WORDS)
        if opening is None:
            return k
        k = opening - 1


#: How many words an incise between commas before an infinitive's « de » may have.
INCISE_WORDS = 10


#: Verbs of appointing or sending someone for a purpose (« X nomme Y pour dialoguer avec Z »), by lemma.
APPOINTING_VERBS = function_words("appointing_verb")
#: How many words an apposition between the one sent and « pour » may have (« Y, une figure politique, pour »).
SENT_APPOSITION_WORDS = 8


def _sent_for(view: SentenceView, cue: Token) -> tuple[list[Slot], Optional[Modality]]:
    """« X nomme Y pour dialoguer avec Z », « X a dépêché Y, son conseiller, pour rencontrer Z »: the
    one appointed or sent is the subject of the infinitive of purpose after « pour », which may
    not have taken place (uncertain); ([], None) where no verb of sending governs the cue so."""
    doc = view.doc
    j = _pour_before(view, cue.i) if "Inf" in features(cue, "VerbForm") else None  # « pour s'entretenir avec Z »
    if j is None:
        return [], None
    k = j - 1
    if doc[k].text == ",":  # « Y, une importante figure politique, pour »: past the apposition
        k = next((c - 1 for c in range(k - 1, max(view.sent.start, k - SENT_APPOSITION_WORDS), -1) if doc[c].text == ","), k)
    slot = view.at.get(k)
    if slot is None or slot.kind not in PARTIES:
        return [], None
    verb = slot.start - 1
    while verb > view.sent.start and (is_determiner(doc[verb]) or doc[verb].pos_ == "ADV") and verb not in view.at:
        verb -= 1
    sending = doc[verb].pos_ == "VERB" or doc[verb].is_lower  # « nomme », which the tagger may read as a name
    return ([slot], Modality.UNCERTAIN) if sending and (verb_lemma(doc[verb]) in APPOINTING_VERBS or doc[verb].lemma_.lower() in APPOINTING_VERBS) else ([], None)


def _cause_mark(view: SentenceView, cue: Token) -> Optional[int]:
    """The « pour » before a perfect infinitive (« a félicité Y pour avoir reçu Z », « pour
    s'être entretenu avec Z »): the cause of what was done to the object, its doer the object;
    None where there is none."""
    first = infinitive_auxiliary(view, cue)
    return _pour_before(view, first) if first is not None else None


def _pour_before(view: SentenceView, first: int) -> Optional[int]:
    """The « pour » before the infinitive whose first word is at token ``first``, past adverbs,
    pronouns and negation words (« pour ne pas s'être entretenu »), or None."""
    doc, j = view.doc, first - 1
    while j > view.sent.start and (doc[j].pos_ in ("ADV", "PRON") or doc[j].lower_ in NE_WORDS) and j not in view.at:
        j -= 1
    return j if j > view.sent.start and doc[j].lower_ == "pour" else None


def participle_control(view: SentenceView, cue: Token) -> Optional[Modality]:
    """« X, accusé de soutenir Y », « X est soupçonné d'avoir financé Y »: the modality a control
    verb in the past participle gives the infinitive it governs (accused: uncertain); None where
    no such participle governs the cue."""
    j = infinitive_mark(view, cue)
    if j is None:
        return None
    doc, k = view.doc, j - 1
    while k > view.sent.start and doc[k].pos_ == "ADV" and k not in view.at:
        k -= 1
    verb = doc[k]
    if k in view.at or verb.pos_ != "VERB" or "Part" not in verb.morph.get("VerbForm") or "Past" not in verb.morph.get("Tense"):
        return None
    deps = {c.dep_ for c in verb.children}
    if "aux:tense" in deps and "aux:pass" not in deps:
        return None  # « X a appelé à soutenir Y »: the active verb's compound tense, read as the verb's
    return control_verbs().get(verb.lemma_.lower())


def infinitive_of_noun(cue: Token) -> Optional[Token]:
    """The infinitive whose object the relation noun is (« de décrocher des rencontres avec Y »),
    or None: the noun's subject is the infinitive's."""
    head = cue.head
    if cue.pos_ != "NOUN" or head.pos_ != "VERB" or "Inf" not in features(head, "VerbForm") or head.i > cue.i:
        return None
    partitive = cue.dep_ == "obl:arg" and any(c.lower_ == "des" for c in cue.children)  # « décrocher des rencontres », « des » read as « de les »
    return head if cue.dep_ == "obj" or partitive else None


def object_controlled(infinitive: Token) -> bool:
    """The infinitive depends on a control verb (``control_verbs.tsv``) through a noun object
    before it (« a permis à l'homme d'affaires de décrocher ... », the parser hanging the
    infinitive on the noun or on the verb): that object, a party or not, is its subject."""
    governor = infinitive.head
    if governor.pos_ in ("NOUN", "PROPN") and infinitive.dep_ == "acl" and governor.i < infinitive.i:
        return governor.head.pos_ == "VERB" and governor.head.lemma_.lower() in control_verbs() and governor.dep_.startswith(("obj", "iobj", "obl"))
    if governor.pos_ != "VERB" or governor.lemma_.lower() not in control_verbs():
        return False
    return any(c.i < infinitive.i and c.pos_ in ("NOUN", "PROPN") and c.dep_.startswith(("obj", "iobj", "obl")) for c in governor.children)


@kept_per_view
def infinitive_mark(view: SentenceView, cue: Token) -> Optional[int]:
    """The « de » or « à » that opens the infinitive at the cue, or the perfect infinitive whose
    participle it is (« de ne pas le suspendre », « d'avoir rencontré Z », « à être exclu »), past
    adverbs, pronouns and negation words; None where there is none."""
    first = cue.i if "Inf" in features(cue, "VerbForm") else infinitive_auxiliary(view, cue)
    if first is None:
        return None
    doc, j = view.doc, first - 1
    tag, low = tags(doc), lower_forms(doc)
    while True:
        while j > view.sent.start and (tag[j] in ("ADV", "PRON") or low[j] in NE_WORDS or j in view.open_quotes) and (j not in view.at or tag[j] == "PRON"):
            j -= 1  # « d'"exclure" Y »: past the quote; « de vous féliciter »: past the object pronoun, a mention
        if j > view.sent.start and j not in view.at and tag[j] in ("VERB", "AUX") and verb_lemma(doc[j]) in MODAL_VERBS:
            # « d'avoir bien voulu accompagner Y », « de pouvoir rencontrer Y »: past the modal
            first = j if "Inf" in features(doc[j], "VerbForm") else (infinitive_auxiliary(view, doc[j]) or j)
            j = first - 1
            continue
        return j if j > view.sent.start and low[j] in (*DE, "à") else None


#: Object pronouns of the hearers or of the speaker, after the subject of a control verb (« il vous remercie »).
HEARER_CLITICS = function_words("hearer_clitic")


@kept_per_view
def clitic_controller(view: SentenceView, cue: Token) -> Optional[list[Slot]]:
    """« X l'a forcé à censurer Z », « X les a priés de retirer Z », « ce qui le conduit à être exclu
    du parti »: the object pronoun of a control verb right before « à » / « de » and the
    infinitive is its subject: the party the resolver
    placed on the pronoun, or no one where it placed none (never X); None where no such verb
    governs the cue."""
    doc = view.doc
    j = infinitive_mark(view, cue)  # « à être exclu »
    if j is None or j <= view.sent.start + 1:
        return None
    verb = doc[_past_vocative(view, j - 1)]  # « je vous remercie, monsieur le ministre, d'avoir reçu Z »
    if verb.pos_ not in ("VERB", "NOUN"):
        return None
    k = verb.i - 1
    while k > view.sent.start and doc[k].pos_ in ("AUX", "ADV") and k not in view.at:
        k -= 1
    dative = doc[k].lower_ in ("lui", "leur")
    # « je vous remercie d'avoir ... », « il nous a priés de ... »: a pronoun of the hearers after the subject's
    m = k - 1
    while m > view.sent.start and doc[m].pos_ == "ADV" and m not in view.at:
        m -= 1  # « je veux ici vous remercier de »
    hearers = doc[k].lower_.replace("’", "'") in HEARER_CLITICS and m >= view.sent.start and (
        doc[m].pos_ in ("PRON", "VERB", "AUX") or m in view.at or doc[m].lower_ in NE_WORDS
    )  # « je voudrais vous remercier de »: after a modal too
    dative = dative or hearers
    if doc[k].pos_ != "PRON" or (not dative and doc[k].lower_ not in OBJECT_CLITICS):
        return None  # « à l'unanimité d'exclure Y »: an article, no pronoun
    if dative and verb.lemma_.lower() not in control_verbs() and verb_lemma(verb) not in control_verbs():
        return None  # « lui a promis de rencontrer Z »: the one who promised; « lui a demandé de »: the one asked
    # an object pronoun, a verb (whatever the tagger says: « ce qui le conduit à être exclu ») and
    # « à » or « de » and the infinitive: the pronoun is the infinitive's subject
    slot = view.at.get(k)
    return [slot] if slot is not None and slot.kind in PARTIES else []


def _past_vocative(view: SentenceView, k: int) -> int:
    """The token before a call set off by commas that ends at token k (« ..., monsieur le ministre, »:
    the word before its opening comma), else k."""
    doc = view.doc
    if doc[k].text != ",":
        return k
    for c in range(k - 1, max(view.sent.start, k - VOCATIVE_WORDS), -1):
        if doc[c].text == ",":
            return c - 1 if c + 1 < k and doc[c + 1].lower_ in VOCATIVES else k
    return k


#: How many words a call set off by commas may have (« , monsieur le ministre de l'intérieur, »).
VOCATIVE_WORDS = 8


#: Nouns for the voters a call to vote is addressed to (« ses électeurs », « les Français »).
VOTERS = function_words("voters")

#: Verbs of asking that make a call to vote of « de voter pour Y » (by lemma).
CALLING_TO_VOTE = function_words("vote_calling_verb")
#: Verbs of calling whose « à » and infinitive of support is the caller's own (« appelle à soutenir Y »).
CALLING_TO_SUPPORT = function_words("support_calling_verb")


#: Verbs of support whose conditional after « X a annoncé que » is a declared vote (by lemma).
DECLARED_SUPPORT = function_words("declared_support")
#: How far before the cue the « que » of its reporting verb may stand.
DECLARED_REACH = 6


def declared_vote(view: SentenceView, cue: Token) -> Optional[Token]:
    """« X a annoncé qu'il voterait pour Y », « a déclaré qu'elle soutiendrait Y »: a conditional
    of support in the « que » clause of a verb of saying in the indicative is the future seen
    from the past, and saying it is X's endorsement; the verb of saying is returned (its
    modality is the relation's), else None."""
    doc = view.doc
    if cue.lemma_.lower() not in DECLARED_SUPPORT:
        return None
    for k in range(cue.i - 1, max(view.sent.start, cue.i - DECLARED_REACH) - 1, -1):
        if doc[k].lower_ in ("que", "qu'", "qu’"):
            m = k - 1
            while m > view.sent.start and (doc[m].pos_ == "ADV" or is_date_word(doc[m])):
                m -= 1  # « a annoncé mardi qu'il voterait »
            verb = doc[m]
            if m < view.sent.start or verb.pos_ != "VERB" or verb.lemma_.lower() not in modality_words().get("reporting", ()):
                return None
            return None if "Cnd" in verb.morph.get("Mood") else verb
        if doc[k].pos_ == "VERB" and k != cue.i or doc[k].text in (",", ";", ":"):
            return None
    return None


def own_vote_declared(view: SentenceView, cue: Token) -> bool:
    """« Je voterai pour Y », « nous soutiendrons Y »: a verb of support in the future
    indicative whose subject is the speaker declares the speaker's support, given now; not
    under a condition (« je voterai pour Y si ... »)."""
    doc = view.doc
    if cue.lemma_.lower() not in DECLARED_SUPPORT:
        return False
    k = cue.i - 1
    while k > view.sent.start and (doc[k].pos_ == "ADV" or doc[k].lower_ in NE_WORDS):
        k -= 1  # « je ne voterai pas », « je voterai évidemment »
    # the future by its ending, which the morphologizer often misses (« voterai » read as an infinitive)
    future = (doc[k].lower_ in FIRST_PERSON_SUBJECTS and cue.lower_.endswith("rai")) or (doc[k].lower_ == "nous" and cue.lower_.endswith("rons"))
    return k >= view.sent.start and future and not any(t.lower_ in CONDITION_WORDS and t.pos_ == "SCONJ" for t in view.sent)


def voting_call(view: SentenceView, cue: Token) -> Optional[Token]:
    """« X a demandé à ses électeurs de voter pour Y », « X invite les Français à voter Y »: an
    infinitive of voting asked of voters is a call to vote, X's own endorsement of Y, however
    the asking reads for the voters themselves; so is an infinitive of support right after a
    verb of calling (« X appelle à soutenir Y »); the verb of asking is returned (its modality
    is the relation's), else None."""
    doc = view.doc
    if cue.lemma_.lower() in DECLARED_SUPPORT and "Inf" in cue.morph.get("VerbForm") and cue.i - 2 >= view.sent.start:
        k = cue.i - 2
        while k > view.sent.start and doc[k].pos_ == "ADV":
            k -= 1
        if doc[cue.i - 1].lower_ == "à" and doc[k].pos_ == "VERB" and doc[k].lemma_.lower() in CALLING_TO_SUPPORT:
            return doc[k]  # « X appelle à soutenir Y »: X's call, X's support
        noun = call_noun(cue, view.sent)
        if noun is not None:
            return noun  # « l'appel de X à soutenir Y »
    if cue.lemma_.lower() != "voter" or "Inf" not in cue.morph.get("VerbForm"):
        return None
    j = cue.i - 1
    while j > view.sent.start and doc[j].lower_ in NE_WORDS:
        j -= 1  # « de ne pas voter pour Y »
    if j <= view.sent.start or doc[j].lower_ not in (*DE, "à"):
        return None
    for k in range(j - 1, max(view.sent.start, j - 5) - 1, -1):
        if doc[k].lemma_.lower() in VOTERS or doc[k].lower_ in VOTERS:
            for m in range(k - 1, max(view.sent.start, k - 6) - 1, -1):
                if doc[m].pos_ == "VERB":
                    return doc[m] if doc[m].lemma_.lower() in CALLING_TO_VOTE else None
            return None
    return None
