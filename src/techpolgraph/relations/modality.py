"""How sure the text is: negation, uncertainty, attribution (who says so) and past tense.

The words come from ``modality.tsv``. A relation is negated when its cue is negated
(« n'a jamais rencontré ») or its party is (« et non Mark Zuckerberg »); uncertain when the cue
is in the conditional (« aurait rencontré ») or stands under a word of doubt, request or
proposal (« on ignore si », « demande de rencontre », « prêt à une rencontre »).
"""

from __future__ import annotations

import re
from collections.abc import Iterable, Sequence
from typing import Optional

import numpy
from spacy.attrs import ORTH
from spacy.tokens import Doc, Span, Token

from ..models import Modality, Tense
from ..data import function_words
from ..nlp.events import MEETING_TYPES, cue_of_name, date_words
from ..nlp.text import line_bounds, phrase_ends_at
from ..nlp.words import WordTest
from ..resolve.document import DATIVE_CLITICS
from .cues import DE_FORMS, MODAL_VERBS, features, infinitive_in_er, modality_words, receiving_verbs, support_verbs, verb_lemma
from .reading import forms, kept_per_doc, lower_forms, tags
from .typography import QUOTES, before_comma_incise

NE = function_words("ne")
REFLEXIVE = function_words("reflexive")


def _words(effect: str) -> frozenset[str]:
    return modality_words().get(effect, frozenset())


#: The second words of a negation, right before what they deny (« ne pas », « n'est plus »).
NEGATION_ENDS = frozenset({"pas", "jamais", "plus", "point", "guère"})


def negated_infinitive(cue: Token) -> bool:
    """The cue is an infinitive with its own negation right before it (« de ne pas rencontrer Y »,
    « de ne jamais soutenir Y »), not a negation of the verb that governs it."""
    doc = cue.doc
    return cue.i >= 2 and doc[cue.i - 1].lower_ in NEGATION_ENDS and doc[cue.i - 2].lower_ in NE


def is_negated(cue: Token, sent: Span) -> bool:
    """« ne ... pas / jamais / rien » around the cue or its auxiliary, or « sans » before it
    (« sans avoir jamais rencontré X »).

    « n'a pas seulement rencontré X » (not only) and « ne sera pas la première rencontre » (there
    were others) assert the meeting: a negation word followed, within two words, by a word of
    ``modality.tsv``'s ``not_only`` effect does not count.
    """
    doc = cue.doc
    start = max(sent.start, cue.i - 5)
    if cue.pos_ == "NOUN" and cue.head.pos_ == "VERB" and sent.start <= cue.head.i < cue.i:
        if cue.dep_ == "obj" and (verb_lemma(cue.head) in support_verbs() or verb_lemma(cue.head) in receiving_verbs()):
            start = min(start, max(sent.start, cue.head.i - 5))  # « n'a pas clairement affiché son soutien à Y »
        else:
            start = max(start, cue.head.i + 1)  # « n'a pas apprécié le soutien de X à Y »: the liking is denied, not the support
    if any(doc[j].lower_ == "non" and doc[j + 1].lower_ == "plus" for j in range(start, cue.i - 1)):
        start = max(sent.start, start - 2)  # « n'avaient pas non plus été investis »: two words more
    if _comparison_of_excellence(doc, start, cue, sent):
        return False  # « nous ne saurions lui rendre de plus bel hommage que ... »: the best one, given
    # tokens read by index (a slice of the doc would make a span first)
    window = (doc[j] for j in range(start, min(cue.i + 3, sent.end)))
    has_ne = any(doc[j].lower_ in NE for j in range(start, cue.i))
    has_word = any(
        t.lower_ in _words("negation")
        and t.lower_ != "non"
        and not any(doc[k].lower_ in _words("not_only") for k in range(t.i + 1, min(t.i + 3, len(doc))))
        and not _none_strong_enough(doc, t.i)
        and not _never_running_dry(doc, t.i)
        and not (t.lower_ == "plus" and t.i > 0 and doc[t.i - 1].lower_ in ("que", "qu'", "qu’"))  # « je n'en apprécie que plus votre invitation »: only the more
        for t in window
    )
    if has_ne and has_word:
        return True
    if has_ne and _ni_after(cue, sent):
        return True  # « n'a appelé à voter ni pour X, ni pour Y »
    if has_ne and _literary_negation(doc, start, cue.i):
        return True  # « a regretté de n'avoir pu rencontrer X »
    if _subject_of_denied_launch(cue, sent):
        return True  # « aucune plainte n'a été déposée par X contre Y »
    return _after_sans(cue, sent)


#: Words of a comparison of excellence after « de » (« de plus bel hommage », « de meilleur soutien »).
COMPARATIVES = function_words("comparative")


def _comparison_of_excellence(doc: Doc, start: int, cue: Token, sent: Span) -> bool:
    """« ne ... de plus ADJ » or « de meilleur » right before the cue, with « que » after it in
    the sentence: « ne saurait rendre de plus bel hommage à Y que ce livre » says no homage is
    better than this one, which is given."""
    compared = any(
        doc[j].lower_ in DE_FORMS and doc[j + 1].lower_ in COMPARATIVES and any(doc[k].lower_ in NE for k in range(start, j))
        for j in range(start, cue.i - 1)
    )
    return compared and any(t.lower_ in ("que", "qu'", "qu’") for t in doc[cue.i + 1 : sent.end])


#: Verbs that « ne » alone denies, with no « pas » (« n'a pu rencontrer X », « ne saurait soutenir X »).
LITERARY_NEGATION_VERBS = function_words("literary_negation_verb")


def _literary_negation(doc: Doc, start: int, cue: int) -> bool:
    """« ne » alone before ``literary_negation_verb`` (pouvoir, savoir, oser), or before
    an auxiliary and its participle, between ``start`` and the cue: the act is denied
    (« de n'avoir pu rencontrer X », « il ne put recevoir X »). Not the « ne » of « ne ... que »
    (« n'a pu que saluer X »: only that), nor the expletive one after « que » (« avant qu'il ne
    puisse rencontrer X »)."""
    for j in range(start, cue - 1):
        if doc[j].lower_ not in NE or any(doc[k].lower_ in ("que", "qu'", "qu’") for k in range(max(0, j - 3), j)):
            continue
        k = j + 1
        if doc[k].lemma_.lower() == "avoir" and k + 1 < cue:
            k += 1  # « n'avoir pu », « n'a pu », « n'aurait su »
        if doc[k].lemma_.lower() in LITERARY_NEGATION_VERBS and not (k + 1 < len(doc) and doc[k + 1].lower_ in ("que", "qu'", "qu’")):
            return True
    return False


#: Verbs by which one opens, utters, imposes or gives what a relation noun names (« une amende a été infligée à Y par X »).
LAUNCHING_VERBS = function_words("launching_verb")


def _subject_of_denied_launch(cue: Token, sent: Span) -> bool:
    """The noun is the subject of a passive of ``launching_verb`` that is denied, or opened by
    « aucun » (« aucune amende n'a été infligée à Y », « une plainte n'a pas été déposée »)."""
    verb = cue.head
    if cue.pos_ != "NOUN" or cue.dep_ != "nsubj:pass" or not (cue.i < verb.i < sent.end) or verb_lemma(verb) not in LAUNCHING_VERBS:
        return False
    return is_negated(verb, sent) or any(child.dep_ == "det" and child.lower_ in NO_DETERMINERS for child in cue.children)


#: Determiners that deny the noun they open (« aucune amende »).
NO_DETERMINERS = function_words("no_determiner")


#: Adverbs of degree after which a denied noun says there is no word strong enough (« n'a pas de
#: mots assez durs contre X »: the harshest words).
ENOUGH_ADVERBS = function_words("enough_adverb")


def _none_strong_enough(doc: Doc, j: int) -> bool:
    """« pas de mots assez durs », « pas de mots suffisamment forts »: the negation at token j
    says the words fall short of what is meant, which asserts them."""
    if j + 1 < len(doc) and doc[j + 1].pos_ in ("VERB", "AUX") and "Part" in doc[j + 1].morph.get("VerbForm"):
        j += 1  # « n'a pas eu de mots assez durs », « n'a pas trouvé de mots assez forts »
    return j + 3 < len(doc) and doc[j + 1].lower_ in ("de", "d'", "d’") and doc[j + 2].pos_ == "NOUN" and doc[j + 3].lower_ in ENOUGH_ADVERBS


#: Verbs whose denial says there is no end to what follows (« ne tarit pas d'éloges sur Y »), by lemma or form.
UNENDING_VERBS = function_words("unending_verb")


def _never_running_dry(doc: Doc, j: int) -> bool:
    """« ne tarit pas d'éloges », « n'a pas tari de critiques »: the negation at token j denies
    that the words run dry, which asserts them."""
    return any(doc[k].lemma_.lower() in UNENDING_VERBS or doc[k].lower_ in UNENDING_VERBS for k in range(max(0, j - 2), min(j + 3, len(doc))))


#: How far after a cue « ni » may deny it (« n'a appelé à voter ni pour X »: past a locution's words).
NI_REACH = 6


def _ni_after(cue: Token, sent: Span) -> bool:
    """« ni » after the cue, before any punctuation or finite verb, within :data:`NI_REACH` words."""
    doc = cue.doc
    for j in range(cue.i + 1, min(cue.i + NI_REACH, sent.end)):
        if doc[j].lower_ == "ni":
            return True
        if doc[j].is_punct or "Fin" in doc[j].morph.get("VerbForm"):
            return False
    return False


#: The infinitive auxiliaries of a perfect infinitive (« sans avoir rencontré », « après s'être entretenu »).
INFINITIVE_AUXILIARIES = ("avoir", "être")


def _after_sans(cue: Token, sent: Span) -> bool:
    """« sans rencontrer X », « sans avoir jamais rencontré X », « sans s'être entretenu avec X »:
    « sans » before the cue, past adverbs, clitics and an infinitive « avoir » or « être »."""
    doc = cue.doc
    cue = holding_verb(cue, sent)  # « sans avoir reçu le soutien de Y »
    j = cue.i - 1
    while j > sent.start and j > cue.i - 5 and (doc[j].pos_ in ("ADV", "AUX", "PRON") or doc[j].lower_ in INFINITIVE_AUXILIARIES):
        j -= 1
    return j >= sent.start and doc[j].lower_ == "sans"


def holding_verb(cue: Token, sent: Span) -> Token:
    """The verb of support or of receiving whose object the noun is, right before it past its
    determiners and adjectives (« recevoir le soutien de Y », « apporter son appui à Y »); the cue
    itself where none is."""
    if cue.pos_ != "NOUN":
        return cue
    doc = cue.doc
    k = cue.i - 1
    while k > sent.start and (doc[k].pos_ in ("DET", "ADJ") or doc[k].lower_ in DE_FORMS):
        k -= 1
    verb = doc[k]
    return verb if k < cue.i - 1 and verb.pos_ in ("VERB", "AUX") and (verb_lemma(verb) in support_verbs() or verb_lemma(verb) in receiving_verbs()) else cue


IRREGULAR_CONDITIONAL_STEMS = (
    "aur", "ser", "fer", "pourr", "voudr", "devr", "ir", "viendr", "saur", "verr", "faudr", "tiendr", "enverr", "vaudr",
)
CONDITIONAL_ENDINGS = ("rais", "rait", "rions", "riez", "raient")


def is_conditional(token: Token) -> bool:
    """The conditional mood, from the morphologizer or from the form itself.

    The model often tags « rendrait » as an imperfect; a conditional is the infinitive's stem
    with an imperfect ending (« rencontrerait », « rendrait », « aurait »), which an imperfect
    (« rencontrait », « durait ») is not.
    """
    form, lemma = token.lower_, token.lemma_.lower()
    if not form.endswith(CONDITIONAL_ENDINGS):
        return False  # every conditional ends so: « rendait » tagged Mood=Cnd is an imperfect
    if "Cnd" in token.morph.get("Mood"):
        return True
    stem = form[: form.rfind("r") + 1]
    if lemma.endswith(("tenir", "venir")) and stem.endswith(("tiendr", "viendr")):
        return True  # « s'entretiendrait », « parviendrait »: the compounds of « tenir » and « venir »
    if lemma.endswith("voir") and stem in (lemma[:-3] + "r", lemma[:-4] + "verr"):
        return True  # « recevrait », « promouvrait »; « reverrait », « entreverrait »
    if (lemma.endswith("ourir") and stem == lemma[:-2] + "r") or (lemma.endswith("cueillir") and stem == lemma[:-2] + "er"):
        return True  # « courrait », « secourrait »; « accueillerait »
    if lemma.endswith("re"):
        lemma = lemma[:-1]
    return stem == lemma or (token.pos_ == "AUX" or lemma in ("avoir", "être", "faire", "pouvoir", "vouloir", "devoir", "aller", "venir", "savoir", "voir", "falloir", "tenir", "envoyer", "valoir")) and stem.startswith(IRREGULAR_CONDITIONAL_STEMS)


def _verb_of_noun(cue: Token, sent: Span, depth: int = 4) -> list[Token]:
    """For a noun cue (« pendant un dîner avec Y »), the verb it hangs from and that verb's
    auxiliaries: « X aurait pris la parole pendant un dîner avec Y » is only reported."""
    if cue.pos_ not in ("NOUN", "PROPN"):
        return []
    token = cue
    for _ in range(depth):
        if token.head is token or not (sent.start <= token.head.i < sent.end):
            return []
        token = token.head
        if token.pos_ in ("VERB", "AUX"):
            return [token, *(c for c in token.children if c.dep_.startswith("aux"))]
    return []


#: Phrases that present a relation noun after them as over (« à la suite d'une réunion avec X »).
AFTERMATH = tuple(sorted(tuple(phrase.replace("'", "' ").split()) for phrase in function_words("aftermath")))
AFTERMATH_ENDS = frozenset(phrase[-1] for phrase in AFTERMATH)


def _after_aftermath(cue: Token, sent: Span) -> bool:
    """A noun after « à la suite de », « à l'issue de », « au lendemain de » (past its article
    and adjectives): what it names happened before the clause's verb, whatever that verb's mood
    (« X devrait démissionner à la suite d'une réunion avec Y »: the meeting took place)."""
    if cue.pos_ not in ("NOUN", "PROPN"):
        return False
    doc = cue.doc
    k = cue.i - 1
    while k > sent.start and doc[k].pos_ in ("DET", "ADJ"):
        k -= 1
    return doc[k].lower_ in AFTERMATH_ENDS and phrase_ends_at(doc, k, AFTERMATH, sent.start)


def _presupposed(cue: Token, sent: Span) -> bool:
    """A noun a question names as done, after « après » or « depuis » and a demonstrative or a
    possessive (« après cet entretien que vous avez eu avec Y, ... ? », « depuis votre rencontre
    avec Y, ... ? »): what it asks about is something else."""
    if cue.pos_ != "NOUN":
        return False
    doc = cue.doc
    k = cue.i - 1
    while k > sent.start and doc[k].pos_ == "ADJ":
        k -= 1
    if _subject_of_inversion(cue, sent):
        return True
    if k <= sent.start or doc[k].pos_ != "DET" or doc[k].lower_ not in BACK_POINTING:
        return False
    return doc[k - 1].lower_ in ("après", "depuis") or (doc[k - 1].lower_ in AFTERMATH_ENDS and phrase_ends_at(doc, k - 1, AFTERMATH, sent.start))


def _subject_of_inversion(cue: Token, sent: Span) -> bool:
    """A noun in the subject that opens a question, whose verb takes the pronoun after it
    (« L'hostilité de X à l'égard de Y s'explique-t-elle par la prudence ? »): the question asks about what
    the relation is, it takes the relation as a fact. Not with a verb before the noun (« X a-t-il
    annoncé le soutien de Y ? »)."""
    doc = cue.doc
    if any(t.pos_ in ("VERB", "AUX") for t in doc[sent.start : cue.i]):
        return False
    pronoun = next((t.i for t in doc[cue.i + 2 : sent.end] if t.text.startswith("-") and t.lower_.lstrip("-").removeprefix("t-") in INVERTED_PRONOUNS | {"t"}), None)
    if pronoun is None:
        return False
    # the verb right before the pronoun (the tagger may read it as a name: « relève-t-elle »), no other verb before it
    return not any(t.pos_ in ("VERB", "AUX") and "Fin" in t.morph.get("VerbForm") for t in doc[cue.i + 1 : pronoun - 1])


#: Determiners that point back to what was told (« cet entretien », « votre rencontre »).
BACK_POINTING = function_words("back_pointing")


def _governing_words_of_infinitive(cue: Token) -> list[Token]:
    """For an infinitive that completes an adjective or a noun (« je serais heureux de recevoir
    Y », « ce serait pour moi un honneur de recevoir Y »), the copula and auxiliaries of that word;
    for one that completes a verb before it (« X continuerait de soutenir Y »), that verb: their
    mood is the infinitive's."""
    if "Inf" not in features(cue, "VerbForm"):
        return []
    head = cue.head
    if head.i != cue.i and head.pos_ in ("ADJ", "NOUN"):
        return [c for c in head.children if c.dep_ in ("cop", "aux", "aux:pass", "aux:tense")]
    if head.i < cue.i and head.pos_ == "VERB" and cue.dep_ == "xcomp":
        # « X continuerait de soutenir Y », « X aurait décidé de s'allier à Y »: the verb that governs the infinitive
        return [head, *(c for c in head.children if c.dep_ in ("aux", "aux:tense", "aux:pass"))]
    doc = cue.doc  # the parse may miss the noun: « ce serait pour X un honneur de ... », read by the words
    k = cue.i - 1
    while k > 0 and doc[k].pos_ not in ("VERB", "AUX") and not doc[k].is_sent_start:
        k -= 1
    return [doc[k]] if k > 0 and doc[k].lemma_ == "être" and doc[k - 1].lower_ in ("ce", "c'", "c’") else []


def is_uncertain(cue: Token, sent: Span) -> bool:
    """Conditional mood, the subjunctive (but after « bien que »), a question (« X a-t-il
    rencontré Y ? »), or a word of doubt, wish, request or rumour before the cue."""
    doc = cue.doc
    if (_question(sent, cue) and not _presupposed(cue, sent)) or _agenda_entry(cue):
        return True
    before = (doc[j] for j in range(max(sent.start, cue.i - 3), cue.i))
    governing = [] if _after_aftermath(cue, sent) else _verb_of_noun(cue, sent)
    modals = [m for v in governing for m in _modal_heads(v)]
    governing += modals  # « devrait pouvoir compter sur le soutien de Y »
    auxiliary = auxiliary_before_incise(cue)  # « aurait, selon Y, rencontré »: past the incise
    verbs = [cue, *[t for t in before if t.pos_ == "AUX"], *([auxiliary] if auxiliary is not None else []), *governing, *_governing_words_of_infinitive(cue)]
    for token in verbs:
        if is_conditional(token) and not _goes_on_as_said(token, sent):
            return True
    denied = _doubt_denied(cue, sent)  # « on ne peut douter que ... »: the « que » after it, or None
    if (any(_subjunctive(t, sent) for t in verbs) and not _concessive(cue, sent) and not _factive(cue, sent) and denied is None and order_verb(cue) is None) or _purpose(cue, sent) or _aim(cue, sent) or _to_do(cue, sent) or _sought(cue, sent) or _expected(cue, sent):
        return True  # « plaide pour que Y fasse la guerre à X », « une résolution pour condamner Y »
    if _said_in_the_conditional(cue, sent):
        return True  # « X aurait déclaré que Y avait exclu Z »: a report of a report
    if _under_condition(cue):
        return True  # « Si X rencontrait Y, ce serait un séisme »: a hypothesis
    triggers = _words("uncertain")
    if any(_triggers(m, triggers) and not _can_count_on(doc, m.i) and not _can_only(doc, m.i) and not _glad_to_be_able(doc, m.i) for m in modals):
        return True  # « X pourra mener avec Y un dialogue »: the modal of the noun's verb, however far
    # a noun is in doubt by the words right before it only (« une demande de rencontre »), not by
    # a request about something else (« une demande d'annulation de l'interdiction de X »)
    start = sent.start if cue.pos_ not in ("NOUN", "PROPN") else max(sent.start, cue.i - NOUN_WINDOW - _holding_words(cue))
    if cue.pos_ in ("NOUN", "PROPN") and (_planned_by(cue, start) or _announced_meeting(cue, start) or _planned_subject(cue)):
        return True
    if cue.pos_ in ("NOUN", "PROPN") and any(verb_lemma(v) in ACQUITTAL_VERBS for v in governing):
        return True  # « X a été relaxée des poursuites pour diffamation envers Y »: the charge is not upheld
    start = start if denied is None else max(start, denied + 1)  # the words of the denied doubt itself
    return any(
        _triggers(doc[j], triggers) and _bears_on(doc[j], cue) and not _can_count_on(doc, j) and not _can_only(doc, j) and not _glad_to_be_able(doc, j) and not _polite_saying(doc, j, cue) and not _undoing_between(doc, j, cue)
        for j in range(start, cue.i)
    )


#: Nouns of undoing an act (« la suspension de », « l'annulation de »).
UNDOING_NOUNS = function_words("undoing_noun")


def _undoing_between(doc: Doc, j: int, cue: Token) -> bool:
    """A noun of undoing and its « de » stand between the word of doubt at token j and the cue
    (« demande la suspension de la décision de X de bloquer Y »): the request is for undoing an act
    that took place, the act itself is told."""
    return any(doc[k].lemma_.lower() in UNDOING_NOUNS and doc[k + 1].lower_ in DE_FORMS for k in range(j + 1, cue.i - 1))


#: Adjectives that deny the « que » clause they govern (« il est faux de dire que »).
FALSITY_WORDS = function_words("falsity")
#: Where the positions of the words of falsity of a text are kept (``Doc.user_data``).
FALSITY_KEY = "techpolgraph.falsity"
#: A word of falsity (each distinct word tested once).
_FALSITY_WORD = WordTest(lambda word: word.lower() in FALSITY_WORDS)
#: How many words may stand between a word of falsity and its « que » (« faux de dire que »).
FALSITY_REACH = 4


def _modal_heads(verb: Token) -> list[Token]:
    """The modal verbs that govern a verb through their infinitives (« devrait pouvoir compter »:
    « pouvoir », « devrait »), the nearest first; a verb joined by « et » to the infinitive has its
    modal too (« que nous puissions poursuivre cette œuvre et mener avec Y le dialogue »)."""
    found = []
    while verb.dep_ == "conj" and verb.head.pos_ == "VERB" and verb.head.i < verb.i and verb.head.lemma_.lower() not in MODAL_VERBS:
        verb = verb.head
    while verb.dep_ == "xcomp" and verb.head.i != verb.i and verb.head.lemma_.lower() in MODAL_VERBS and len(found) < 3:
        verb = verb.head
        found.append(verb)
    return found


def _said_false(cue: Token, sent: Span) -> bool:
    """« Il est faux de dire que X a rencontré Y », « il est inexact que »: the cue's clause is
    declared false; not where the falsity is itself denied (« il n'est pas faux de dire que »)."""
    doc = cue.doc
    found = doc.user_data.get(FALSITY_KEY)
    if found is None:
        found = doc.user_data[FALSITY_KEY] = numpy.flatnonzero(_FALSITY_WORD.mask(doc.to_array(ORTH), doc.vocab.strings)).tolist() if len(doc) else []
    for j in (k for k in found if sent.start <= k < cue.i):
        que = next((k for k in range(j + 1, min(j + 1 + FALSITY_REACH, cue.i)) if doc[k].lower_ in ("que", "qu'", "qu’")), None)
        if que is not None and not is_negated(doc[j], sent):
            return True
    return False


#: How many words an incise between an auxiliary and its participle may have (« a, selon Le Monde, »).
AUXILIARY_INCISE_WORDS = 6


def auxiliary_before_incise(cue: Token) -> Optional[Token]:
    """« X aurait, selon Y, rencontré Z »: the « avoir » or « être » right before the comma that
    opens an incise ending right before the participle; else None."""
    doc = cue.doc
    if cue.i < 3 or doc[cue.i - 1].text != "," or "Part" not in features(cue, "VerbForm"):
        return None
    for k in range(cue.i - 2, max(0, cue.i - 2 - AUXILIARY_INCISE_WORDS), -1):
        if doc[k].text == ",":
            before = doc[k - 1] if k > 0 else None
            return before if before is not None and before.pos_ in ("AUX", "VERB") and before.lemma_.lower() in ("avoir", "être") else None
    return None


def _opening_si(cue: Token) -> bool:
    """« Si jamais X rencontre Y, ... »: the sentence opens with « si », and no comma stands
    between it and the cue, where the parse hangs the « si » elsewhere."""
    doc, start = cue.doc, cue.sent.start
    if doc[start].text not in ("Si", "S'", "S’") or cue.i <= start:
        return False  # a capital: the parse may start a sentence at a reflexive « s' » inside one
    return not any(doc[k].text in (",", ";", ":") for k in range(start + 1, cue.i))


def _under_condition(cue: Token) -> bool:
    """The cue is the verb of a clause opened by « si » (« Si X rencontrait Y, ... », « s'il
    soutient Y », « s'il avait rencontré Y »): a condition, not a fact; not « même si », which
    grants it, nor a past told in the passé simple or composé (« s'il rencontra Y, il ... »: a
    concession)."""
    doc = cue.doc
    marks = [
        c for c in cue.children
        if c.dep_ == "mark" and c.lower_ in CONDITION_WORDS and c.pos_ == "SCONJ" and not (c.i > 0 and doc[c.i - 1].lower_ == "même")
    ]
    opening = _opening_si(cue)
    if not marks and not opening:
        return False
    auxiliary = next((c for c in cue.children if c.dep_.startswith("aux") and c.i < cue.i), None)
    tenses = (auxiliary or cue).morph.get("Tense")
    if auxiliary is None and cue.pos_ != "VERB" and not tenses and cue.lower_.endswith(("e", "es", "ent")):
        # « Si X critique Y, ... »: a present the tagger read as an adjective or a noun, after « si »
        # itself (not the « s' » the tagger may take for it before a reflexive verb)
        return opening or any(m.lower_ == "si" for m in marks)
    return "Imp" in tenses if auxiliary is not None else bool({"Pres", "Imp"} & set(tenses))


#: Conjunctions that open a condition (« si », « s' » before « il »).
CONDITION_WORDS = function_words("condition")


def _polite_saying(doc: Doc, j: int, cue: Token) -> bool:
    """« je voudrais juste vous dire que X a salué Y »: a wish to say what follows, in the
    first person, says it; the « que » clause is told, not wished."""
    wish = doc[j]
    if wish.pos_ not in ("VERB", "AUX") or "1" not in wish.morph.get("Person") or is_negated(wish, wish.sent):
        return False
    k = j + 1
    while k < cue.i and (doc[k].pos_ == "ADV" or doc[k].lower_ in DATIVE_CLITICS):
        k += 1  # « voudrais simplement vous dire »
    saying = k < cue.i and "Inf" in doc[k].morph.get("VerbForm") and doc[k].lemma_.lower() in _words("reporting")
    return saying and any(t.lower_ in ("que", "qu'", "qu’", "combien") for t in doc[k + 1 : cue.i])  # « vous dire combien j'ai été heureux de ... »


#: Words of gladness or appreciation whose « de pouvoir » tells an act taking place (« heureux de
#: pouvoir rencontrer Y », « j'apprécie de pouvoir recevoir Y »), by lemma.
GLAD_WORDS = function_words("glad_word")
#: Verbs of coming or going whose infinitive after them is what one came to do (« est venu saluer Y »), by lemma.
COMING_VERBS = function_words("coming_verb")


def _glad_to_be_able(doc: Doc, j: int) -> bool:
    """« Je suis heureux de pouvoir rencontrer Y », « J'apprécie beaucoup de pouvoir à nouveau
    rencontrer Y »: « pouvoir », an infinitive after « de » and a word of gladness, says the act
    takes place as one is glad of it; not a possibility (« Y pourra rencontrer X »)."""
    return doc[j].lemma_.lower() == "pouvoir" and "Inf" in doc[j].morph.get("VerbForm") and glad_before(doc, j)


def glad_before(doc: Doc, j: int) -> bool:
    """The infinitive at token j follows « de » or « à » (past its object pronouns) and a word of
    gladness or honour (« heureux de pouvoir », « heureux de le voir », « plaisir à voir »), said
    now: not in the conditional nor the future (« je serais heureux de ... »)."""
    return glad_word_before(doc, j) is not None


def glad_word_before(doc: Doc, j: int) -> Optional[int]:
    """Where the word of gladness or honour of :func:`glad_before` stands, or None."""
    k = j - 1
    while k > 0 and doc[k].pos_ == "PRON":
        k -= 1  # « heureux de le voir »
    if k > 1 and doc[k].lemma_.lower() in COMING_VERBS and "Inf" in doc[k].morph.get("VerbForm"):
        k -= 1  # « un plaisir de venir le rencontrer »: what one comes to do
        while k > 0 and doc[k].pos_ == "PRON":
            k -= 1
    if k < 1 or (doc[k].lower_ not in DE_FORMS and doc[k].lower_ != "à"):
        return None
    k -= 1
    while k > 0 and doc[k].pos_ == "ADV":
        k -= 1  # « j'apprécie beaucoup de pouvoir »
    if not (doc[k].lemma_.lower() in GLAD_WORDS or doc[k].lower_ in GLAD_WORDS or doc[k].lemma_.lower() in HONOUR_NOUNS):
        return None
    # « je serais heureux de pouvoir ... », « j'apprécierais de pouvoir ... »: gladness to come, the act too
    return None if to_come(doc[max(0, k - 3) : k + 1]) else k


def to_come(tokens: Iterable[Token]) -> bool:
    """One of the words is in the conditional or the future (« je serais heureux », « ce sera un
    plaisir »): what they govern is still to come."""
    return any(is_conditional(t) or "Fut" in t.morph.get("Tense") for t in tokens)


def _can_only(doc: Doc, j: int) -> bool:
    """« X ne peut que soutenir Y », « on ne peut considérer Y que comme une menace »: « ne ... que »
    around « pouvoir » and its infinitive leaves nothing else to do; the relation is told, not a
    possibility."""
    if doc[j].lemma_.lower() != "pouvoir" or is_conditional(doc[j]) or j == 0 or doc[j - 1].lower_ not in ("ne", "n'", "n’"):
        return False
    k = j + 1
    if k < len(doc) and doc[k].pos_ == "VERB" and "Inf" in doc[k].morph.get("VerbForm"):
        k += 1  # « ne peut considérer que comme »
    return k < len(doc) and doc[k].lower_ in ("que", "qu'", "qu’")


def _can_count_on(doc: Doc, j: int) -> bool:
    """« X peut compter sur le soutien de Y »: a support one can count on is given, not possible."""
    if doc[j].lemma_.lower() != "pouvoir" or is_conditional(doc[j]):
        return False  # « pourrait compter sur » stays open
    k = j + 1
    if k < len(doc) and doc[k].text == ",":  # « nous pouvons, enfin, compter sur Y »: past an adverb between commas
        k = next((m + 1 for m in range(k + 1, min(k + 4, len(doc))) if doc[m].text == ","), k)
    while k < len(doc) and doc[k].pos_ == "ADV":
        k += 1  # « peut également compter sur Y »
    return k + 1 < len(doc) and doc[k].lemma_.lower() == "compter" and doc[k + 1].lower_ == "sur"


#: Verbs of a court's acquittal: a charge they govern is not upheld (« relaxé », « acquitté »).
ACQUITTAL_VERBS = function_words("acquittal_verb")


def _planned_subject(cue: Token) -> bool:
    """A noun of meeting that is the subject of a verb of planning or announcing after it (« une
    rencontre entre X et Y est prévue lundi », « un dîner avec Y a été programmé »): not yet held."""
    found = cue_of_name(cue.lower_)
    if found is None or found.type not in MEETING_TYPES or not cue.dep_.startswith("nsubj") or cue.head.i < cue.i:
        return False
    lemma = verb_lemma(cue.head)
    return lemma in _words("uncertain") or lemma in _words("announcing") or lemma in _words("planning")


#: Verbs of ordering whose « que » clause tells what was ordered, in the subjunctive (« a
#: ordonné que X soit bloqué »): no doubt, an act of the one who orders.
ORDERING_VERBS = function_words("ordering_verb")


def order_verb(cue: Token) -> Optional[Token]:
    """« Y a ordonné que le réseau X soit bloqué »: the verb of ordering whose « que » opens the
    cue's clause (past its subject and auxiliaries); None where there is none."""
    doc, sent = cue.doc, cue.sent
    for j in range(cue.i - 1, sent.start, -1):
        token = doc[j]
        if token.lower_ in ("que", "qu'", "qu’"):
            k = j - 1
            while k > sent.start and doc[k].pos_ == "ADV":
                k -= 1
            return doc[k] if doc[k].pos_ == "VERB" and doc[k].lemma_.lower() in ORDERING_VERBS else None
        if token.pos_ == "VERB" or token.text in (",", ";", ":"):
            return None  # another verb's clause
    return None


#: How many words may stand between « à ce que » and the verb of its clause.
EXPECTED_REACH = 8


def _expected(cue: Token, sent: Span) -> bool:
    """« s'attendait à ce que X soutienne Y », « veille à ce que X reçoive Y »: a verb in the
    present of a clause « à ce que », which the tagger may read as an indicative, is in the
    subjunctive there: expected, asked for or opposed, not done (a compound past stays a fact:
    « cela tient à ce que X a reçu Y »)."""
    doc = cue.doc
    if cue.pos_ not in ("VERB", "AUX", "ADJ", "NOUN") or "Past" in features(cue, "Tense") or "Part" in features(cue, "VerbForm"):
        return False
    for j in range(cue.i - 1, max(sent.start + 1, cue.i - EXPECTED_REACH) - 1, -1):
        if doc[j].lower_ in ("que", "qu'", "qu’"):
            return doc[j - 1].lower_ == "ce" and j - 2 >= sent.start and doc[j - 2].lower_ == "à"
        if doc[j].pos_ in ("VERB", "AUX") or doc[j].text in (",", ";", ":"):
            return False
    return False


def _subjunctive(verb: Token, sent: Span) -> bool:
    """The verb is in the subjunctive in a clause a « que » opens; a verb with no « que » before
    it in its sentence is an indicative the tagger read as a subjunctive (« Le Conseil condamne
    X », « X, qui condamne Y »: the forms are the same), and so is a verb joined to an indicative
    by « et »."""
    if "Sub" not in features(verb, "Mood"):
        return False
    doc = sent.doc
    if verb.dep_ == "conj" and "Ind" in verb.head.morph.get("Mood") and verb.head.i < verb.i:
        # « Je regrette et condamne la décision »: joined to an indicative, with no « que » of its own
        return any(t.lower_ in ("que", "qu'", "qu’") for t in doc[verb.head.i + 1 : verb.i])
    return any(t.lower_ in ("que", "qu'", "qu’") for t in doc[sent.start : verb.i])


def _bears_on(trigger: Token, cue: Token) -> bool:
    """A word of doubt bears on the cue, unless a conjunction that opens another clause after a
    comma stands between (``scope_end``): a noun or an adverb anywhere before it (« selon des
    rumeurs, X a rencontré Y »); a verb with no comma in between but those of incises
    (« souhaite rencontrer Y », « souhaite, dit-il, rencontrer Y »), or one that governs the cue
    in the parse. A verb of an opening clause or of a relative aside, which a single comma
    closes, has its own object (« Alors qu'il envisage de se présenter, X a critiqué Y », « X,
    qui souhaite se présenter, a critiqué Y »)."""
    doc = trigger.doc
    commas = [t.i for t in doc[trigger.i + 1 : cue.i] if t.text == ","]
    for j in range(trigger.i + 1, cue.i):
        # « X risque le même sort, alors que P a choisi de soutenir Y », « X a dû affronter une crise
        # alors que P critiquait Y », « ... alors que P, conseiller de Z, critiquait Y »: another
        # clause; not « doit, alors que ..., exclure Y », « souhaite, et elle le dit, rencontrer Y »;
        # nor for a noun (« ... les demandes des maires, néanmoins je remercie Y »)
        later = [c for c in commas if c > j]
        opens = len(later) % 2 == 0 or (doc[j - 1].text == "," and finite_verb_in(doc, later[-1] + 1, cue.i + 1))
        if opens and any(j + len(p) < cue.i and phrase_ends_at(doc, j + len(p) - 1, (p,), j) for p in SCOPE_ENDS):
            return False
        if doc[j].lower_ in SCOPE_ADVERBS and doc[j - 1].text == "," and doc[j + 1].text != ",":
            return False  # « ..., néanmoins je remercie Y »; not the incise « , donc, »
    relative = [t.i for t in doc[trigger.i + 1 : cue.i] if t.lower_ in ("qui", "dont", "que", "qu'", "qu’") and t.pos_ == "PRON"]  # « ... de Y, qu'il a critiqué »
    if trigger.pos_ == "ADJ" and relative and cue.pos_ in ("VERB", "AUX"):
        return False  # « une éventuelle cession pose des questions dont X s'est entretenu avec Y »: the noun's doubt, not the relative's verb
    if trigger.pos_ not in ("VERB", "AUX"):
        return not (_names_a_thing(trigger, cue) or _granted(trigger))
    if "Part" in trigger.morph.get("VerbForm") and "Past" in trigger.morph.get("Tense") and trigger.i + 1 < cue.i and doc[trigger.i + 1].lower_ == "par" and not trigger.is_ancestor(cue):
        return False  # « contre la réforme voulue par le gouvernement, ..., X a vu ... »: what the noun is, no doubt on the act
    if relative and not any(t.text == "," for t in doc[relative[-1] + 1 : cue.i]):
        return False  # « nous pouvons citer X qui a fait campagne pour Y »: the relative clause's own verb
    if len(commas) == 1 and _in_apposed_relative(trigger):
        return False  # « X, qui martèle qu'il veut partir, a félicité Y »: the aside's own verb, whatever the parse
    if commas and sentence_opening_participle(trigger):
        return False  # « Invité de la radio R, X a critiqué Y »: what the subject is, not a doubt on its act
    if commas and _in_opening_past_infinitive(trigger):
        return False  # « Après avoir été invité à ..., X a rencontré Y »: what came before its act
    return len(commas) % 2 == 0 or trigger.is_ancestor(cue)


#: Clitics between « après » and the auxiliary of a past infinitive (« après l'avoir reçu »).
PAST_INFINITIVE_CLITICS = ("s'", "s’", "l'", "l’", "le", "la", "les", "lui", "leur", "y", "en")


def _in_opening_past_infinitive(token: Token) -> bool:
    """The token stands in the past infinitive clause that opens its sentence, before the first
    comma (« Après avoir été invité à passer les troupes en revue, X ... »): an act over before
    the clause after it, whose own verb it does not govern."""
    doc, first = token.doc, token.sent.start
    k = first + 1
    while k < token.i and doc[k].lower_ in PAST_INFINITIVE_CLITICS:
        k += 1
    if doc[first].lower_ != "après" or k >= token.i or doc[k].lower_ not in ("avoir", "être"):
        return False
    return not any(t.text == "," for t in doc[first : token.i])


#: Endings of a past participle (« évincé », « banni », « exclue », « interdit », « ouvert »), which
#: the morphologizer may leave unmarked (« Financé ») and the tagger may give to some present
#: tenses (« X participe à ... »).
PAST_PARTICIPLE_ENDINGS = tuple(f"{stem}{end}" for stem in ("é", "i", "u", "it", "is", "ert") for end in ("", "e", "s", "es") if not (stem == "is" and end in ("s", "es"))) + ("ous", "oute", "outes")  # « dissous », « dissoute »


def present_of_er_verb(token: Token) -> bool:
    """A present of a verb in -er that writes like a feminine participle, which the tagger may
    read as one (« X salue Y », « remercie »: « saluer », « remercier »), not « exclue », « bannie »."""
    form = token.lower_.removesuffix("s")
    return form.endswith(("ue", "ie")) and token.lemma_.lower() == form + "r"


def sentence_opening_participle(token: Token) -> bool:
    """A past participle that opens its sentence, past adverbs and words of repetition
    (« Financé par X, Y ... », « Invité de la radio R, X ... »)."""
    if "Part" not in features(token, "VerbForm") and not token.lower_.endswith(PAST_PARTICIPLE_ENDINGS):
        return False
    return all(t.pos_ in ("ADV", "PUNCT", "CCONJ") or _repetition(t) for t in token.doc[token.sent.start : token.i])


def _repetition(token: Token) -> bool:
    """A word of « maintes fois », « de nombreuses fois », « à plusieurs reprises »."""
    return token.lower_ in REPEAT_NOUNS or (token.pos_ in ("ADJ", "DET", "ADP", "PRON") and token.head.lower_ in REPEAT_NOUNS)


def is_finite(token: Token) -> bool:
    """A finite verb or auxiliary: the verb of a clause of its own."""
    return token.pos_ in ("VERB", "AUX") and "Fin" in token.morph.get("VerbForm")


def finite_verb_in(doc: Doc, start: int, end: int) -> bool:
    """A finite verb or auxiliary stands in ``doc[start:end]``: the words after an incise's
    comma are a clause of their own (« , selon lui, Y a critiqué Z »), not the rest of one."""
    return any(is_finite(t) for t in doc[start:end])


def _in_apposed_relative(trigger: Token) -> bool:
    """The word stands in a relative clause set off by a comma before it (« X, qui ... veut »),
    with no other comma in between."""
    doc = trigger.doc
    for j in range(trigger.i - 1, trigger.sent.start, -1):
        if doc[j].text == ",":
            return False
        if doc[j].lower_ in ("qui", "dont") and doc[j].pos_ == "PRON":
            return doc[j - 1].text == ","
    return False


#: Conjunctions that, after a comma, open a clause of its own, out of the reach of a verb of doubt before it.
SCOPE_ENDS = tuple(sorted(tuple(phrase.split()) for phrase in function_words("scope_end")))
#: Adverbs that, after a comma and not set off by another, open such a clause (« ..., néanmoins je ... »).
SCOPE_ADVERBS = function_words("scope_adverb")


def _verb_before_que(cue: Token, sent: Span, skipped: frozenset[str] = frozenset()) -> Optional[tuple[Token, bool]]:
    """The word before the nearest « que » before the cue, past adverbs (and the words of
    ``skipped``), with whether it or its auxiliaries are in the conditional; None with no « que »."""
    doc = cue.doc
    for j in range(cue.i - 1, sent.start, -1):
        if doc[j].lower_ not in ("que", "qu'", "qu’"):
            continue
        k = j - 1
        while k > sent.start and (doc[k].pos_ == "ADV" or doc[k].lower_ in skipped):
            k -= 1
        auxiliaries = [doc[n] for n in range(max(sent.start, k - 3), k) if doc[n].pos_ == "AUX"]
        return doc[k], is_conditional(doc[k]) or any(is_conditional(a) for a in auxiliaries)
    return None


def _saying_in_the_conditional(cue: Token, sent: Span) -> Optional[bool]:
    """Whether the verb of saying whose « que » clause holds the cue is in the conditional (its
    auxiliaries too); None where the nearest « que » before the cue is no verb of saying's."""
    found = _verb_before_que(cue, sent)
    if found is None or found[0].pos_ not in ("VERB", "AUX") or verb_lemma(found[0]) not in _words("reporting"):
        return None
    return found[1]


def _said_in_the_conditional(cue: Token, sent: Span) -> bool:
    """The cue is in the clause of a verb of saying in the conditional (« X aurait déclaré que Y
    a exclu Z », « X affirmerait que ... »): the report itself is hearsay."""
    return _saying_in_the_conditional(cue, sent) is True


def _goes_on_as_said(token: Token, sent: Span) -> bool:
    """« X a confirmé que le Canada continuerait de soutenir Y »: a verb of going on in the
    conditional, in the clause of a verb of saying that is not itself in the conditional, is the
    future of that past saying: what goes on holds now (not « continuerait » alone, a hypothesis)."""
    if token.lemma_.lower() not in CONTINUING_VERBS or is_negated(token, sent):
        return False
    return _saying_in_the_conditional(token, sent) is False or _confirmed_before(token, sent)


#: Verbs of confirming or pledging whose « que » clause tells what holds (« a confirmé que »), by lemma.
CONFIRMING_VERBS = function_words("confirming_verb")


def _confirmed_before(token: Token, sent: Span) -> bool:
    """The nearest « que » before the token follows a verb of confirming that is not itself in
    the conditional (« X a confirmé que », « X a confirmé jeudi que », « X a garanti que »)."""
    found = _verb_before_que(token, sent, date_words())
    return found is not None and verb_lemma(found[0]) in CONFIRMING_VERBS and not found[1]


def _refusal_in_the_past(cue: Token, sent: Span) -> bool:
    """« X a déclaré qu'il ne bannirait pas Y »: a negated conditional in the clause of a verb of
    saying that is not itself in the conditional is the future of that past saying, a refusal
    (as « je ne bannirai pas Y »), not a hypothesis."""
    if cue.pos_ not in ("VERB", "AUX") or not is_conditional(cue) or not is_negated(cue, sent):
        return False
    return _saying_in_the_conditional(cue, sent) is False


def _holding_words(cue: Token) -> int:
    """How many words of holding stand between a relation noun and what governs it (« la tenue
    d'un », « l'organisation d'une »), read past so that « s'est prononcé pour la tenue d'un
    entretien avec X » is a wish; 0 where there are none."""
    doc, j = cue.doc, cue.i - 1
    while j > 0 and doc[j].pos_ == "DET":
        j -= 1
    if j < 1 or doc[j].lower_ not in DE_FORMS or doc[j - 1].lower_ not in HOLDING_NOUNS:
        return 0
    return cue.i - (j - 1)


#: Nouns of holding an event (« la tenue d'un sommet »).
HOLDING_NOUNS = function_words("holding_noun")


def _names_a_thing(trigger: Token, cue: Token) -> bool:
    """A noun of doubt with a noun of its own after « de » names a thing, not a doubt on the cue
    (« Après son vote contre le projet de loi, X est exclu de Y »: asserted), and so does one with
    a name after « de » that is the subject of a verb of its own (« Le projet de X est soutenu
    par Y »); rumours keep their doubt (« des rumeurs de presse »)."""
    doc, i = trigger.doc, trigger.i
    if trigger.pos_ != "NOUN" or trigger.lemma_.lower() in EVIDENTIAL_NOUNS or i + 2 >= cue.i:
        return False
    if doc[i + 1].lower_ not in ("de", "d'", "d’"):
        return False
    if doc[i + 2].pos_ == "NOUN" and doc[i + 2].i != cue.i:
        return True
    # « Le projet de X est soutenu par Y »: the subject, someone's plan, with a verb of its own; not
    # « le projet de X de rencontrer Y », a doubt on the infinitive
    return doc[i + 2].pos_ == "PROPN" and "Inf" not in cue.morph.get("VerbForm") and finite_verb_in(doc, i + 3, cue.i + 1)


def _granted(trigger: Token) -> bool:
    """« À l'invitation de X, Y a rencontré Z », « à la demande de X », « sur proposition de
    X »: what was asked was done."""
    doc, i = trigger.doc, trigger.i
    if trigger.pos_ != "NOUN" or i == 0:
        return False
    if doc[i - 1].lower_ == "sur":
        return True
    if not (i >= 2 and doc[i - 1].pos_ == "DET" and doc[i - 2].lower_ in ("à", "sur")):
        return False
    verb = doc[i - 3] if i >= 3 else None
    # « afin de répondre à une demande de retrait »: a verb before « à » tells whether it was granted
    return verb is None or verb.pos_ not in ("VERB", "AUX") or verb_lemma(verb) in GRANTING_VERBS


#: Verbs whose « à » and request means the request was granted (« a cédé à la demande de X »).
GRANTING_VERBS = function_words("granting_verb")


#: Nouns of doubt that cast it on the whole sentence, whatever they govern (by lemma).
EVIDENTIAL_NOUNS = function_words("evidential_noun")


def _announced_meeting(cue: Token, start: int) -> bool:
    """A noun of meeting that a verb of announcing governs from right before it (« a annoncé une
    rencontre avec X », « a promis une visite à Y »): told ahead, not yet held."""
    found = cue_of_name(cue.lower_)
    if found is None or found.type not in MEETING_TYPES:
        return False
    doc = cue.doc
    for j in range(cue.i - 1, start - 1, -1):
        if _triggers(doc[j], _words("announcing")):
            return doc[j].pos_ in ("VERB", "AUX")
        if doc[j].pos_ not in ("DET", "ADJ", "ADV", "AUX"):
            return False
    return False


def _planned_by(cue: Token, start: int) -> bool:
    """A verb of planning governs the noun from right before it (« a préparé une rencontre avec
    X »), not as a passive whose agent the noun is (« préparée par la rencontre de X avec Y »)."""
    doc = cue.doc
    for j in range(cue.i - 1, start - 1, -1):
        if doc[j].lower_ == "par":
            return False
        if _triggers(doc[j], _words("planning")) or (doc[j].pos_ == "VERB" and verb_lemma(doc[j]) in _words("planning")):
            # « a plaidé pour la tenue d'une rencontre avec X »; « s'est prononcé pour », not
            # « prononce l'exclusion de X », which decides it
            return verb_lemma(doc[j]) not in REFLEXIVE_PLANNING or any(t.lower_ in ("se", "s'", "s’") for t in doc[max(j - 3, doc[j].sent.start) : j])
    return False


#: Verbs of planning only in their reflexive form (« s'est prononcé pour une rencontre »).
REFLEXIVE_PLANNING = function_words("reflexive_planning")


#: A time of day that opens an entry of an agenda (« 10:10 », « 9h30 »).
_TIME_OF_DAY = re.compile(r"\d{1,2}[:h]\d{2}")


def _agenda_entry(cue: Token) -> bool:
    """The cue's line is an entry of an agenda: a time of day, then a noun phrase with no verb
    of its own (« 10:10 Rencontre entre X et Y »): it tells what is scheduled, not what took
    place. By lines, as an agenda is written, whatever sentences the parser made of them."""
    doc = cue.doc
    text = forms(doc)
    first = _first_time_of_day(doc)
    if first is None or first >= cue.i:
        return False  # no time of day in the text before the cue: the cheap test first
    near = cue.sent.start
    if not any(text[k][:1].isdigit() and _TIME_OF_DAY.fullmatch(text[k]) for k in range(max(0, near - 2), cue.i)):
        return False  # no time of day in the cue's sentence nor right before it (the parser may cut one off)
    start = cue.i
    while start > 0 and "\n" not in doc[start - 1].whitespace_ and not doc[start - 1].is_space:
        start -= 1
    if not _TIME_OF_DAY.fullmatch(doc[start].text):
        return False
    end = cue.i
    while end < len(doc) - 1 and "\n" not in doc[end].whitespace_ and not doc[end + 1].is_space:
        end += 1
    return not any(t.pos_ in ("VERB", "AUX") and "Fin" in t.morph.get("VerbForm") for t in doc[start : end + 1])


#: A time of day (each distinct word tested once).
_TIME_OF_DAY_WORD = WordTest(lambda word: word[:1].isdigit() and _TIME_OF_DAY.fullmatch(word) is not None)


@kept_per_doc
def _first_time_of_day(doc: Doc) -> Optional[int]:
    """The first token of the doc that is a time of day (« 10:10 », « 9h30 »), or None."""
    if len(doc) == 0:
        return None
    at = numpy.flatnonzero(_TIME_OF_DAY_WORD.mask(doc.to_array(ORTH), doc.vocab.strings))
    return int(at[0]) if len(at) else None


def _question(sent: Span, cue: Token) -> bool:
    """The sentence ends with a question mark (before closing quotes and spaces) that is not
    that of a quotation opened after the cue (« X critique Y : « A-t-il un mandat ? » »), nor
    of a question that takes the relation as done (« Pourquoi X a-t-il critiqué Y ? »)."""
    j = sent.end - 1
    while j > sent.start and (sent.doc[j].is_space or sent.doc[j].text in ("»", '"', "”", ")")):
        j -= 1
    if sent.doc[j].text != "?" or any(t.text in ("«", "“") for t in sent.doc[cue.i + 1 : j]):
        return False
    if any(sent.doc[k - 1].text == "," and (_asks(sent.doc, k) or _inverted_question(sent.doc, k, j) or _which_is(sent.doc, k, j)) for k in range(cue.i + 2, j)):
        return False  # « vous l'avez rencontré en 2006, est-ce que vous l'avez revu ? », « X a rencontré Y, que s'est-il dit ? »: the question comes after
    opening = next((t for t in sent if not t.is_punct and not t.is_space), None)
    return opening is None or opening.lower_ not in PRESUPPOSING_QUESTIONS  # « Pourquoi X a-t-il critiqué Y ? »: it did


def _asks(doc: Doc, k: int) -> bool:
    """« est-ce que » opens a question at token k."""
    return doc[k].lower_ == "est" and k + 2 < len(doc) and doc[k + 1].lower_ == "-ce" and doc[k + 2].lower_ in ("que", "qu'", "qu’")


def _inverted_question(doc: Doc, k: int, end: int) -> bool:
    """An interrogative word at token k opens a question with its subject pronoun after the verb,
    up to the question mark at ``end`` (« que s'est-il dit ? », « qu'en pensez-vous ? »)."""
    if doc[k].lower_.replace("’", "'") not in QUESTION_WORDS:
        return False
    return any(t.text.startswith("-") and t.lower_.lstrip("-").removeprefix("t-") in INVERTED_PRONOUNS for t in doc[k + 1 : end])


def _which_is(doc: Doc, k: int, end: int) -> bool:
    """« quel » at token k, then « être » or an auxiliary, opens a question with no pronoun after
    its verb, up to the question mark at ``end`` (« vous avez rencontré Y, quel est votre sentiment ? »)."""
    return doc[k].lower_ in WHICH and k + 1 < end and (doc[k + 1].pos_ == "AUX" or doc[k + 1].lemma_ == "être")


#: The interrogative « quel », in its four forms.
WHICH = function_words("which_word")
#: Words that open a question (« que », « comment », « pourquoi »).
QUESTION_WORDS = function_words("question_word")
#: Subject pronouns after the verb of a question (« -il », « -vous »), and the « ce » of « est-ce ».
INVERTED_PRONOUNS = function_words("personal_pronoun") | {"ce"}


#: Words that open a question taking what it asks about as done (« Pourquoi X a-t-il critiqué Y ? »).
PRESUPPOSING_QUESTIONS = function_words("presupposing_question")


#: Conjunctions after which a subjunctive states a fact (« bien que X ait rencontré Y »).
CONCESSIVE = tuple(sorted(tuple(phrase.split()) for phrase in function_words("concessive")))


#: Words before « que » that open a clause of purpose (« avant que » does not: in a narrative it
#: tells what happened next, « avant que Twitch ne la supprime le lendemain »).
PURPOSE = function_words("purpose")
#: How far before the cue its « pour que » is looked for.
PURPOSE_REACH = 12


def _purpose(cue: Token, sent: Span) -> bool:
    """The nearest « que » before the cue opens a clause of purpose (« pour que », « afin que »):
    what it tells has not happened."""
    que = _nearest_que(cue, sent)
    return que is not None and cue.doc[que - 1].lower_ in PURPOSE and not _of_degree(cue.doc, que, sent)


#: Verbs of feeling about a fact, whose « que » clause in the subjunctive holds as told (« je
#: regrette que Y ne soit pas à la hauteur », « je me réjouis que X ait reçu Y »), by lemma.
FACTIVE_VERBS = function_words("factive_verb")


def _factive(cue: Token, sent: Span) -> bool:
    """The nearest « que » before the cue follows a verb of feeling about a fact: its clause is
    presupposed, its subjunctive no doubt."""
    que = _nearest_que(cue, sent)
    if que is None:
        return False
    k = que - 1
    while k > sent.start and cue.doc[k].pos_ == "ADV":
        k -= 1
    return verb_lemma(cue.doc[k]) in FACTIVE_VERBS


def _consequence(cue: Token, sent: Span) -> bool:
    """The nearest « que » before the cue opens a consequence (« assez sérieux pour que X ait
    été épinglé »): its subjunctive may state a fact."""
    que = _nearest_que(cue, sent)
    return que is not None and cue.doc[que - 1].lower_ == "pour" and _of_degree(cue.doc, que, sent)


def _nearest_que(cue: Token, sent: Span) -> Optional[int]:
    """The nearest « que » before the cue, within :data:`PURPOSE_REACH` words of its sentence."""
    return next((j for j in range(cue.i - 1, max(sent.start, cue.i - PURPOSE_REACH), -1) if cue.doc[j].lower_ in ("que", "qu'", "qu’")), None)


def _of_degree(doc: Doc, que: int, sent: Span) -> bool:
    """A word of degree stands a few words before the « pour » of « pour que » at token ``que``."""
    return any(doc[k].lower_ in DEGREE for k in range(max(sent.start, que - 1 - DEGREE_REACH), que - 1))


#: Words of degree that make « pour que » a consequence (« suffisamment sérieux pour que »).
DEGREE = function_words("degree")
#: How far before « pour que » they stand.
DEGREE_REACH = 4


#: Texts put forward to do something, whose « pour » + infinitive is an aim (« une résolution pour condamner Y »).
AIM_NOUNS = function_words("aim_noun")


def _aim(cue: Token, sent: Span) -> bool:
    """An infinitive after « pour » and a text put forward (« une résolution pour condamner Y »,
    « une motion pour exclure Y »): an aim, not yet done; not « s'est rendu à Lyon pour
    rencontrer Y », told as done."""
    return _noun_before_mark(cue, sent, "pour") in AIM_NOUNS


#: Nouns of a thing to be done, whose « à » and infinitive tell a task ahead (« des sujets à aborder avec Y »), by lemma.
TASK_NOUNS = function_words("task_noun")


def _to_do(cue: Token, sent: Span) -> bool:
    """An infinitive right after « à » and a noun of a thing to be done (« on a beaucoup de sujets
    à aborder avec Y », « une question à régler avec Y »): a task ahead, not done."""
    return _noun_before_mark(cue, sent, "à") in TASK_NOUNS


def _noun_before_mark(cue: Token, sent: Span, mark: str) -> str:
    """For an infinitive right after ``mark`` (« pour », « à ») past its object pronouns, the lemma
    of the word before the mark (« une résolution pour condamner »: « résolution »); else ""."""
    if "Inf" not in features(cue, "VerbForm"):
        return ""
    doc = cue.doc
    j = cue.i - 1
    while j > sent.start and doc[j].pos_ == "PRON":
        j -= 1
    return doc[j - 1].lemma_.lower() if doc[j].lower_ == mark and j > sent.start else ""


#: Verbs of getting something one seeks, whose noun after « pour » is an aim (« pour obtenir
#: l'exclusion de Y »), by lemma.
SEEKING_VERBS = function_words("seeking_verb")


def _sought(cue: Token, sent: Span) -> bool:
    """A relation noun that an infinitive of :data:`SEEKING_VERBS` after « pour » or « afin de »
    governs (« X bloque le texte pour obtenir des sanctions contre Y »): sought, not obtained;
    not « X a obtenu l'exclusion de Y », told as done."""
    verb = cue.head
    if cue.pos_ != "NOUN" or verb.i >= cue.i or "Inf" not in features(verb, "VerbForm") or verb_lemma(verb) not in SEEKING_VERBS:
        return False
    doc = cue.doc
    j = verb.i - 1
    return j > sent.start and (doc[j].lower_ == "pour" or (doc[j].lower_ in ("de", "d'", "d’") and doc[j - 1].lower_ == "afin"))


def _doubt_denied(cue: Token, sent: Span) -> Optional[int]:
    """The « que » of a denied doubt whose clause the cue is in (« on ne peut douter que X ait
    reçu Y », « nul ne doute que »): that clause, subjunctive or not, states a fact; else None."""
    doc = cue.doc
    j = next((k for k in range(cue.i - 1, sent.start, -1) if doc[k].lower_ in ("que", "qu'", "qu’")), None)
    if j is None:
        return None
    k = j - 1
    while k > sent.start and doc[k].pos_ == "ADV":
        k -= 1
    denied = verb_lemma(doc[k]) in _words("denied_doubt") and any(t.lower_ in NEGATORS for t in doc[max(sent.start, k - 4) : k])
    return j if denied else None


#: Words that deny a verb of doubt after them (« ne », « nul », « personne »).
NEGATORS = function_words("doubt_denier")


def _concessive(cue: Token, sent: Span) -> bool:
    """A concessive conjunction opens the clause of the cue (« bien que », « quoique »), or a
    consequence does (« assez ... pour que »)."""
    return any(phrase_ends_at(cue.doc, k, CONCESSIVE, sent.start) for k in range(sent.start, cue.i)) or _consequence(cue, sent)


#: How far before a relation noun a word of doubt may stand.
NOUN_WINDOW = 4


INFINITIVE_ENDINGS = ("er", "ir", "re", "oir")


#: Past forms of « pouvoir » that tell what was achieved, not what was possible (« a pu rencontrer »).
ACHIEVED = function_words("achieved")


#: Verbs of answering or accepting an invitation, which, done, leave no doubt in it (« avoir répondu à l'invitation »), by lemma.
ANSWERING_VERBS = function_words("answering_verb")
#: Nouns of an invitation that, answered, leave no doubt (« invitation »), by lemma.
ANSWERED_NOUNS = function_words("answered_noun")
#: Words of thanks for an invitation, which took place (« reconnaissant de l'invitation »), by lemma or form.
GRATEFUL_WORDS = function_words("grateful_word")


def _triggers(token: Token, triggers: frozenset[str]) -> bool:
    """A word of doubt: a verb of the list as a verb (« le pouvoir » is not « pouvoir »), and not
    reflexive where that changes its sense (« s'est invité dans la campagne »); another word by
    its form or lemma."""
    lemma = token.lemma_.lower()
    if lemma not in triggers and token.lower_ not in triggers:
        return False  # neither its lemma nor its form is one: none of the tests below can pass
    if lemma in triggers and lemma.endswith(INFINITIVE_ENDINGS):
        if token.pos_ not in ("VERB", "AUX") or token.lower_ in ACHIEVED:
            return False  # « a pu rencontrer X », « put recevoir X »: it happened
        j = token.i - 1
        while j >= 0 and (token.doc[j].pos_ in ("AUX", "ADV") or token.doc[j].dep_ in ("advmod", "fixed")):
            j -= 1
        return not (j >= 0 and token.doc[j].lower_ in REFLEXIVE)
    if token.pos_ == "NOUN" and lemma in ANSWERED_NOUNS and verb_lemma(token.head) in ANSWERING_VERBS and token.head.i < token.i and "Part" in features(token.head, "VerbForm"):
        return False  # « merci d'avoir répondu à cette invitation : nous vous avions déjà reçu »: answered, no doubt left
    if token.pos_ == "NOUN" and lemma in ANSWERED_NOUNS and token.head.i < token.i and (token.head.lemma_.lower() in GRATEFUL_WORDS or token.head.lower_ in GRATEFUL_WORDS):
        return False  # « X était reconnaissant de l'invitation à dîner avec Y »: thanks for what took place
    return token.lower_ in triggers or (lemma in triggers and not token.lower_.endswith(INFINITIVE_ENDINGS))


#: Words that may stand between a verb of intent and the cue it governs (« menace d'exclure »,
#: « a refusé de le recevoir », « s'apprête à bannir »).
GOVERNED = function_words("governed")
INTENT_WINDOW = 4


#: Verbs by which a sitting's agenda calls its business (« l'ordre du jour appelle »), by lemma.
AGENDA_VERBS = function_words("agenda_verb")
#: Nouns of a sitting's agenda (« ordre du jour », « point »), by lemma.
AGENDA_NOUNS = function_words("agenda_noun")


def _called_by_the_agenda(cue: Token, sent: Span) -> bool:
    """« L'ordre du jour appelle l'audition de M. Y »: the agenda calls the business of the
    sitting, which takes place; no call for it."""
    token = governor(cue, sent, "intent")
    return token is not None and verb_lemma(token) in AGENDA_VERBS and any(t.lemma_.lower() in AGENDA_NOUNS for t in cue.doc[sent.start : token.i])


#: Verbs of intent only in their reflexive form (« s'engager à »), by lemma.
REFLEXIVE_INTENT = function_words("reflexive_intent")


def governing_verb(cue: Token, sent: Span, effect: str) -> bool:
    """A verb of ``modality.tsv``'s ``effect`` (intent, refusal) governs the cue from right
    before it: « menace d'exclure X », « envisage de rencontrer X », « a refusé de recevoir X »."""
    token = governor(cue, sent, effect)
    if token is not None and verb_lemma(token) in REFLEXIVE_INTENT and not any(cue.doc[k].lower_ in REFLEXIVE for k in range(max(token.i - 3, sent.start), token.i)):
        return False  # « a engagé une action en justice contre Y »: done; « s'est engagé à soutenir Y »: promised
    # « va rencontrer » is planned; « est allé rencontrer » happened
    return token is not None and (token.lemma_.lower() != "aller" or "Fin" in features(token, "VerbForm"))


def _present_form(token: Token) -> str:
    """« compter » for a lower-case « compte » the tagger took for a verb or a name (not a noun:
    « son compte est suspendu »)."""
    return infinitive_in_er(token.lower_) if token.pos_ in ("VERB", "PROPN") and token.is_lower and token.lower_.endswith("e") else ""


def governor(cue: Token, sent: Span, effect: str) -> Optional[Token]:
    """The verb of ``modality.tsv``'s ``effect`` that governs the cue from right before it, or None."""
    doc = cue.doc
    words = _words(effect)
    j = cue.i - 1
    steps = 0
    tag, low = tags(doc), lower_forms(doc)
    while j >= sent.start and steps < INTENT_WINDOW:
        token, pos = doc[j], tag[j]
        tagged = (pos in ("VERB", "NOUN", "AUX", "PRON", "ADV", "ADJ") or (pos == "PROPN" and token.is_lower)) and not token.ent_type_  # not « Harlem Désir »
        if tagged and (token.lemma_.lower() in words or verb_lemma(token) in words or _present_form(token) in words):  # « nie » is tagged PRON, « dément » ADV
            if verb_lemma(token) in DE_GOVERNORS and low[j + 1] not in DE_FORMS:
                return None  # « s'est défendu d'avoir soutenu Y », not « se défend en critiquant Y »
            return token
        if _date_or_quote(doc, j):  # « a menacé vendredi de « bloquer » Y », « a menacé le 3 mars de »: not a step
            j -= 1
            continue
        if low[j] in REPEAT_NOUNS:  # « menacent une nouvelle fois de bloquer », « à plusieurs reprises »
            while j - 1 >= sent.start and tag[j - 1] in ("DET", "ADJ", "ADP", "NUM"):
                j -= 1
        elif cue.pos_ == "NOUN" and pos == "VERB" and "Inf" in features(token, "VerbForm") and verb_lemma(token) in support_verbs():
            return governor(token, sent, effect)  # « l'intention de X de procéder à la dissolution de Y »: the support verb's
        elif low[j] == "pour" and steps == 0 and (aim := _noun_before_purpose(doc, j, sent, effect)) is not None:
            return aim  # « une procédure administrative pour suspendre Y »
        elif not (low[j] in GOVERNED or pos in ("ADV", "AUX") or low[j] in NE or _prenominal(doc, j, cue)):
            break
        j -= 1
        steps += 1
    call = call_noun(cue, sent)
    if call is not None:
        return call if call.lemma_.lower() in words else None  # « l'appel de X à exclure Y »: asked for
    return _noun_governor(cue, words)


#: Nouns of a step whose aim « pour » and an infinitive give (« une procédure pour suspendre Y »).
PURPOSE_NOUNS = function_words("purpose_noun")


def _noun_before_purpose(doc: Doc, j: int, sent: Span, effect: str) -> Optional[Token]:
    """The noun of the effect (or, for intent, of a step: ``purpose_noun``) right before « pour »
    (token j), past its adjectives, whose aim the infinitive after « pour » is (« une procédure
    administrative pour suspendre Y », « un projet pour soutenir Y »: begun, not done); else None."""
    k = j - 1
    while k > sent.start and doc[k].pos_ == "ADJ":
        k -= 1
    token = doc[k]
    named = token.lemma_.lower() in _words(effect) or (effect == "intent" and token.lower_ in PURPOSE_NOUNS)
    return token if k >= sent.start and token.pos_ == "NOUN" and named else None


#: Verbs of ``modality.tsv`` that govern the cue only through « de » (« se défendre de »).
DE_GOVERNORS = function_words("de_governor")
#: Nouns of a repetition, read past with their words between a verb and its infinitive.
REPEAT_NOUNS = function_words("repeat")


def _date_or_quote(doc: Doc, j: int) -> bool:
    """A quote mark, a day or month name, or the number or article of a date (« le 3 mars »)
    between a verb of intent and its infinitive, read past as the words of an incise are."""
    token = doc[j]
    if token.text in QUOTES or token.lower_ in date_words():
        return True
    after = doc[j + 1] if j + 1 < len(doc) else None
    dated = after is not None and (after.lower_ in date_words() or (after.like_num and j + 2 < len(doc) and doc[j + 2].lower_ in date_words()))
    return dated and (token.like_num or token.lower_ == "le")


#: How far before its infinitive a noun of intent or refusal may stand with its « de X » between.
NOUN_GOVERNOR_WINDOW = 8


#: Nouns of a call, whose infinitive comes after « à » (« l'appel de X à exclure Y »).
CALL_NOUNS = function_words("call_noun")
#: How many words the « de X » of a call noun may have before the « à » of its infinitive.
CALL_REACH = 10


def call_noun(cue: Token, sent: Span) -> Optional[Token]:
    """The noun of a call whose « de X » comes before the « à » of the infinitive cue
    (« l'appel de X à soutenir Y », « l'appel de sa porte-parole, X, à exclure Y »), or None;
    a call right before « à » (« un appel à voter ») has its own entry in the lexicon."""
    doc = cue.doc
    j = cue.i - 1
    if j <= sent.start or doc[j].lower_ != "à" or "Inf" not in features(cue, "VerbForm"):
        return None
    for k in range(j - 2, max(sent.start, j - CALL_REACH) - 1, -1):
        token = doc[k]
        if token.pos_ == "NOUN" and token.lemma_.lower() in CALL_NOUNS:
            return token if doc[k + 1].lower_ in DE_FORMS else None
        if token.pos_ in ("VERB", "AUX") or token.text in (";", ":", "«", "»"):
            return None
    return None


def _noun_governor(cue: Token, words: frozenset[str]) -> Optional[Token]:
    """« le refus de X de recevoir Y », « la volonté de X et Y de supprimer Z »: a noun of the
    effect whose infinitive (the cue, introduced by « de ») comes after its own « de X »."""
    head = cue.head
    if cue.dep_ != "acl" or head.pos_ != "NOUN" or head.lemma_.lower() not in words:
        return _noun_before_name(cue, words)  # the parser may hang the infinitive elsewhere
    if not 0 < cue.i - head.i <= NOUN_GOVERNOR_WINDOW or not any(c.dep_ == "mark" and c.lower_ in DE_FORMS for c in cue.children):
        return None
    return head


def _noun_before_name(cue: Token, words: frozenset[str]) -> Optional[Token]:
    """« le refus de X de recevoir Y » read on the words: the infinitive after « de », a name
    (capitalised words) after « de », and the noun of the effect before it; else None."""
    doc, j = cue.doc, cue.i - 1
    if j < 1 or doc[j].lower_ not in DE_FORMS:
        return None
    k = j - 1
    while k > 0 and j - k <= NAME_WORDS and (doc[k].pos_ == "PROPN" or doc[k].ent_type_):
        k -= 1  # a name, or the words of an entity the tagger read as common ones (« du Parti radical »)
    if k == j - 1 or doc[k].lower_ not in DE_FORMS or k < 1:
        return None
    noun = doc[k - 1]
    return noun if noun.pos_ == "NOUN" and noun.lemma_.lower() in words else None


#: How many words a name between a noun of intent or refusal and its infinitive may have.
NAME_WORDS = 4


#: The verb that says something is lacking (« Y manque de courage »), or that one nearly did
#: something (« a manqué de rencontrer Y »), by lemma.
LACKING = "manquer"


def is_lacking(token: Token) -> bool:
    """« manque », « manquait »: a form of « manquer », which the tagger may read as an adjective
    or leave unlemmatised."""
    return verb_lemma(token) == LACKING or token.lower_.startswith(LACKING[:-2])


def _prenominal(doc: Doc, j: int, cue: Token) -> bool:
    """Token j is an adjective among those right before a noun cue (« ne cache pas son animosité
    grandissante envers Y »): read past, to the verb that governs the noun."""
    return cue.pos_ == "NOUN" and all(t.pos_ == "ADJ" for t in doc[j : cue.i])


def hesitation(cue: Token, sent: Span) -> Optional[Modality]:
    """« hésite à rencontrer X »: uncertain; « n'a pas hésité à critiquer X »: asserted (the
    negation is the hesitation's, not the cue's); None where no such verb governs the cue, or
    where « manquer » governs a noun (« Y manque de courage »: a lack, no hesitation)."""
    verb = governor(cue, sent, "hesitation")
    if verb is None or (cue.pos_ == "NOUN" and is_lacking(verb)):
        return None
    return Modality.ASSERTED if is_negated(verb, sent) else Modality.UNCERTAIN  # « n'avait toutefois pas hésité à »


def ruling_out(cue: Token, sent: Span) -> Optional[Modality]:
    """« a exclu de soutenir X », « a exclu une rencontre avec X »: negated; « n'exclut pas de
    soutenir X »: uncertain (the negation is the ruling out's, not the cue's); None where no such
    verb governs the cue."""
    verb = governor(cue, sent, "ruling_out") if cue.pos_ in ("VERB", "AUX") else _ruling_out_noun(cue, sent)
    if verb is None:
        return None
    before = cue.doc[max(sent.start, verb.i - 3) : verb.i]
    return Modality.UNCERTAIN if any(t.lower_ in NE for t in before) else Modality.NEGATED


def _ruling_out_noun(cue: Token, sent: Span) -> Optional[Token]:
    """The verb of ruling out whose object is the relation noun (« n'exclut pas une rencontre avec
    X », « a écarté toute nouvelle rencontre »), or None."""
    doc, j = cue.doc, cue.i - 1
    while j > sent.start and cue.i - j <= 3 and doc[j].pos_ in ("DET", "ADJ"):
        j -= 1
    if j == cue.i - 1 or doc[j].pos_ != "VERB":
        return None
    return doc[j] if verb_lemma(doc[j]) in _words("ruling_out") else None


FUTURE_ENDINGS = ("rai", "ras", "ra", "rons", "rez", "ront")
#: Endings of the present and the simple past of a verb in « -er » that a stem in « -r » turns into
#: a future's look-alike (« rencontrons », « montra »).
ER_PRESENT_ENDINGS = ("ons", "ez", "a", "as", "ai")
IRREGULAR_FUTURE_STEMS = IRREGULAR_CONDITIONAL_STEMS + ("recevr", "percevr", "courr", "mourr", "acquerr", "assiér")


def is_future(token: Token) -> bool:
    """The future tense, from the morphologizer or from the form (« recevra », « s'entretiendra »),
    which the tagger sometimes takes for a proper name. Every French future ends in « -r- »
    and its person ending: a form that does not is no future, whatever the morphologizer says
    (« accueille » tagged Tense=Fut)."""
    form, lemma = token.lower_, token.lemma_.lower()
    ending = next((e for e in FUTURE_ENDINGS if form.endswith(e)), None)
    if ending is None:
        return False
    if lemma.endswith("er") and any(form == lemma[:-2] + e for e in ER_PRESENT_ENDINGS):
        return False  # « nous nous rencontrons » tagged Tense=Fut: the present of « rencontrer », « rencontrerons » its future
    if "Fut" in token.morph.get("Tense") and "Ind" in token.morph.get("Mood"):
        return True
    if form == lemma:
        return False
    stem = form[: len(form) - len(ending) + 1]  # « recevra » -> « recevr »
    if lemma.endswith(("tenir", "venir")) and stem.endswith(("tiendr", "viendr")):
        return True  # « s'entretiendra », « parviendra »
    regular = lemma[:-1] if lemma.endswith("re") else lemma
    # an irregular stem, or one after a prefix the lemma has too (« reverrons »: « re- » and « verr », « revoir »)
    irregular = stem.startswith(IRREGULAR_FUTURE_STEMS) or any(
        len(s) >= 4 and stem.endswith(s) and lemma.startswith(stem[: -len(s)]) for s in IRREGULAR_FUTURE_STEMS
    )  # not a short stem after any letters (« désirons », « tirons »: presents)
    return stem == regular or irregular and lemma.endswith(("oir", "ir", "re", "er"))


def _gerund_of_future(cue: Token, sent: Span) -> bool:
    """A gerund (« en accueillant Y ») whose clause's verb, before it, is in the future: it
    tells what will be done, as its verb does."""
    doc = cue.doc
    if cue.i == sent.start or doc[cue.i - 1].lower_ != "en" or "Part" not in features(cue, "VerbForm") or "Pres" not in features(cue, "Tense"):
        return False
    verb = cue.head
    while verb.i > cue.i and verb.head.i != verb.i:
        verb = verb.head  # the parser may hang the gerund on a later word
    return sent.start <= verb.i < cue.i and verb.pos_ in ("VERB", "AUX") and _in_future(verb)


def _in_future(verb: Token) -> bool:
    """The verb is in the future, itself or by its auxiliary (« recevra », « aura reçu »)."""
    return is_future(verb) or any(c.dep_.startswith("aux") and is_future(c) for c in verb.children)


def _purpose_of_future(cue: Token, sent: Span) -> bool:
    """An infinitive after « pour » or « afin de » (past its object pronouns) whose clause's
    verb, before it, is in the future, itself or as a present of « aller » and an infinitive
    (« X ira à Lyon pour rendre hommage à Y », « vous allez aller à Lyon pour saluer Y »): the
    aim of what is still to come. Not after a present (« X va à Lyon pour saluer Y ») nor a
    past (« X est allé à Lyon pour saluer Y »)."""
    doc = cue.doc
    if "Inf" not in features(cue, "VerbForm"):
        return False
    j = cue.i - 1
    while j > sent.start and (doc[j].pos_ == "PRON" or doc[j].lower_ in NE):
        j -= 1  # « pour le saluer », « pour ne pas ... »
    if not (j > sent.start and (doc[j].lower_ == "pour" or (doc[j].lower_ in DE_FORMS and doc[j - 1].lower_ == "afin"))):
        return False
    verbs = [t for t in doc[sent.start : j] if t.pos_ in ("VERB", "AUX")]
    if not verbs:
        return False
    verb = verbs[-1]
    if _in_future(verb):
        return True
    finite = next((t for t in reversed(verbs) if "Fin" in features(t, "VerbForm")), None)
    return finite is not None and finite is not verb and finite.lemma_ == "aller" and "Pres" in features(finite, "Tense") and "Inf" in features(verb, "VerbForm")


def _perfect_infinitive_of_future(cue: Token, sent: Span) -> bool:
    """A past participle after « après avoir » or « après être » (« après avoir reçu Y ») whose
    clause's verb is in the future: it tells what will have been done first, still to come."""
    doc = cue.doc
    k = cue.i - 1
    while k > sent.start and (doc[k].pos_ == "ADV" or doc[k].lower_ == "été"):
        k -= 1  # « après avoir longuement reçu Y », « après avoir été exclu par Y »
    if k - 1 < sent.start or doc[k].lower_ not in ("avoir", "être") or doc[k - 1].lower_ != "après" or "Part" not in features(cue, "VerbForm"):
        return False
    verb = next((t for t in reversed(doc[sent.start : k - 1]) if t.pos_ in ("VERB", "AUX") and "Fin" in t.morph.get("VerbForm")), None)
    return verb is not None and _in_future(verb)


#: Nouns of a meeting that, bare after « avoir », name an appointment (« avoir rendez-vous avec X »).
APPOINTMENT_NOUNS = function_words("appointment_noun")


def _noun_of_its_verb(doc: Doc, verb: int, cue: int) -> bool:
    """Only a noun and its « de » (and an object pronoun) stand between the verb and the
    infinitive (« aura le plaisir de vous accueillir », « aura l'honneur de recevoir »)."""
    between = doc[verb + 1 : cue]
    return 0 < len(between) <= INTENT_WINDOW + 2 and any(t.pos_ == "NOUN" for t in between) and all(
        t.pos_ in ("DET", "NOUN", "ADJ", "ADP", "PRON") for t in between
    )


#: Prepositions that, with « de », put an act after the clause they hang from (« avant de »).
BEFORE_ACT = function_words("before_act")


def _ahead_of_now(cue: Token, sent: Span) -> bool:
    """« Avant de rencontrer Y, X affirme ... », « X se dit confiant avant d'être reçu par Y »: an
    infinitive (or a passive's participle after « être ») after « avant de », whose clause is in the
    present or the future: the act is still to come. In a past narrative it happened (« Avant de
    recevoir Y, X avait ... »). An undated document's present may be a history's (« Elle siège au
    groupe P, avant d'en être exclue »), and is left as it reads."""
    doc = cue.doc
    if not doc._.tpg_date:
        return False
    cue = holding_verb(cue, sent)  # « avant de recevoir le soutien de Y »
    j = cue.i - 1
    if "Inf" not in features(cue, "VerbForm"):
        if j <= sent.start or doc[j].lower_ != "être":
            return False
        j -= 1  # « avant d'être reçu par Y »
    while j > sent.start and (doc[j].pos_ == "PRON" or doc[j].lower_ in NE):
        j -= 1  # « avant de le recevoir », « avant de ne plus ... »
    if j - 1 < sent.start or doc[j].lower_ not in DE_FORMS or doc[j - 1].lower_ not in BEFORE_ACT:
        return False
    finite = [t for t in sent if t.pos_ in ("VERB", "AUX") and "Fin" in features(t, "VerbForm") and t.i != cue.i]
    before = [t for t in finite if t.i < j - 1]
    clause = before[-1] if before else next((t for t in finite if t.i > cue.i), None)
    if clause is None or "Ind" not in clause.morph.get("Mood"):
        return False
    if clause.pos_ == "AUX" and clause.lemma_ in INFINITIVE_AUXILIARIES and any("Part" in t.morph.get("VerbForm") for t in doc[clause.i + 1 : min(clause.i + 4, sent.end)]):
        return False  # « X a affirmé ... »: a past
    return "Pres" in clause.morph.get("Tense") or is_future(clause)


#: Words of a time to come that turn a present into a plan (« demain », « prochain », « bientôt »).
TIME_TO_COME = function_words("time_to_come")


def _present_of_time_to_come(cue: Token, sent: Span) -> bool:
    """A verb in the present whose clause names a time to come (« X reçoit Y demain », « X et Y se
    rencontrent lundi prochain », « Demain, X reçoit Y »): a meeting planned, not held; its
    subject's words aside (« le prochain président reçoit Y »)."""
    if cue.pos_ != "VERB" or "Fin" not in features(cue, "VerbForm") or "Ind" not in features(cue, "Mood"):
        return False
    tenses = features(cue, "Tense")
    if "Pres" not in tenses and not ("Fut" in tenses and not is_future(cue)):
        return False
    doc = cue.doc
    finite = [t.i for t in sent if t.i != cue.i and t.pos_ in ("VERB", "AUX") and "Fin" in features(t, "VerbForm")]
    start = max((i + 1 for i in finite if i < cue.i), default=sent.start)
    end = min((i for i in finite if i > cue.i), default=sent.end)
    subject = {t.i for child in cue.children if child.dep_.startswith("nsubj") for t in child.subtree}
    return any(doc[j].lower_ in TIME_TO_COME and j not in subject and _time_of_the_verb(doc, cue.i, j) for j in range(start, end))


def _time_of_the_verb(doc: Doc, cue: int, j: int) -> bool:
    """The time word at j dates the verb at cue: no other verb between them (« appelle à voter
    pour Y à l'élection de mardi prochain », « en espérant bientôt vous accueillir »), no « de »
    right before it that makes it a noun's (« le sommet de la semaine prochaine »)."""
    low, high = min(cue, j), max(cue, j)
    if any(doc[k].pos_ in ("VERB", "AUX") for k in range(low + 1, high)):
        return False
    return not any(doc[k].lower_ in DE_FORMS for k in range(max(low + 1, j - 3), j))


def is_planned(cue: Token, sent: Span) -> bool:
    """A verb in the future tense (« recevra », « s'entretiendra », « sera interdite »), or a relation noun next to a
    word of ``modality.tsv``'s ``planned`` effect (« l'entretien prévu », « une éventuelle
    rencontre »)."""
    doc = cue.doc
    if cue.pos_ in ("VERB", "AUX", "PROPN") and is_future(cue):
        return not narrative_future(sent)
    tag = tags(doc)
    if cue.pos_ in ("VERB", "NOUN") and any(tag[j] == "AUX" and is_future(doc[j]) for j in range(max(sent.start, cue.i - 3), cue.i)):
        return not narrative_future(sent)  # « elle sera interdite », « il aura rencontré »
    head = cue.head
    if "Inf" in features(cue, "VerbForm") and head.pos_ in ("VERB", "AUX") and 0 < cue.i - head.i <= INTENT_WINDOW and is_future(head):
        return not narrative_future(sent)  # « il viendra demain soutenir X »
    verb = head if head.pos_ in ("VERB", "AUX") else head.head
    if "Inf" in features(cue, "VerbForm") and _noun_of_its_verb(doc, verb.i, cue.i) and is_future(verb):
        return not narrative_future(sent)  # « j'aurai le plaisir de vous accueillir »: the verb of the noun
    if _gerund_of_future(cue, sent) or _perfect_infinitive_of_future(cue, sent) or _purpose_of_future(cue, sent):
        return not narrative_future(sent)  # « X ira plus loin, en accueillant Y », « X recevra Z après avoir reçu Y », « X ira à Lyon pour saluer Y »
    if _ahead_of_now(cue, sent):
        return not narrative_future(sent)  # « Avant d'être reçue par Y, X affirme ... »: not done yet; « En 1990, avant de rencontrer Y, X fonde ... »: a history
    if _present_of_time_to_come(cue, sent):
        return not narrative_future(sent)  # « X reçoit Y demain », « X et Y se rencontrent la semaine prochaine »
    if cue.pos_ not in ("NOUN", "PROPN"):
        return False
    if cue.lower_ in APPOINTMENT_NOUNS and cue.i > sent.start and doc[cue.i - 1].lemma_.lower() == "avoir":
        return True  # « j'avais rendez-vous avec X »: an appointment, not a meeting held
    near = [*range(max(sent.start, cue.i - 2), cue.i), *range(cue.i + 1, min(cue.i + 3, sent.end))]
    if any(doc[j].lower_ in _words("planned") for j in near):
        return True
    if _after_aftermath(cue, sent):
        return False  # « devrait démissionner à la suite d'une réunion avec Y »: the meeting is over
    # « ce sommet sera une rencontre entre X et Y »: the verb the noun hangs from is in the future
    copulas = [c for c in cue.children if c.dep_ == "cop"]
    verbs = _verb_of_noun(cue, sent)
    if any(is_future(v) for v in (*copulas, *verbs)):
        return True
    # « X doit visiter une usine, avant des discussions avec Y »: an infinitive of intent above the noun
    head = verbs[0].head if verbs else None
    return bool(
        verbs
        and head is not None
        and "Inf" in features(verbs[0], "VerbForm")
        and head.i < verbs[0].i
        and head.lemma_.lower() in _words("intent")
        and not narrative_future(sent)
    )


#: A year, as biographies and histories date their events (« en 1999 »).
YEAR = re.compile(r"1[89]\d\d|20\d\d")


#: Words before a year that date the start of what still holds (« depuis 2016 »).
SINCE = function_words("since")


def narrative_future(sent: Span) -> bool:
    """« Il adhère au parti en 1990 ; il en sera exclu en 1999 »: the future of a narrative,
    which histories and biographies use for what followed, not for a plan. It is one where the
    sentence dates itself by a year before the document's date, or, in an undated document,
    before a later year the document names."""
    doc = sent.doc
    named = _years(doc)
    years = [year for i, year in named if sent.start <= i < sent.end]
    if not years:
        return False
    date = doc._.tpg_date or ""
    if date[:4].isdigit():
        return max(years) < int(date[:4])
    return max(years) < max(year for _, year in named)


#: A year before 1800, which a word of time must introduce (« en 1773 », « juillet 1520 »):
#: alone, such a number may be a count.
EARLY_YEAR = re.compile(r"1[0-7]\d\d")
#: Words that introduce a year (« en 1773 », « du 21 juillet 1773 »).
YEAR_INTRODUCERS = frozenset(function_words("year_introducer")) | frozenset(function_words("month"))
_EARLY_KEY = "techpolgraph.early_years"


def _early_years(doc: Doc) -> list[tuple[int, int]]:
    """(token, year) of the years before 1800 the document names after a word of time, found
    once per doc."""
    found = doc.user_data.get(_EARLY_KEY)
    if found is None:
        at = numpy.flatnonzero(_EARLY_YEAR_WORD.mask(doc.to_array(ORTH), doc.vocab.strings)).tolist() if len(doc) else []
        found = doc.user_data[_EARLY_KEY] = [(i, int(doc[i].text)) for i in at if i > 0 and doc[i - 1].lower_ in YEAR_INTRODUCERS]
    return found


#: A word that is a year before 1800 (each distinct word tested once).
_EARLY_YEAR_WORD = WordTest(lambda word: len(word) == 4 and EARLY_YEAR.fullmatch(word) is not None)


_YEARS_KEY = "techpolgraph.years"
_HISTORY_KEY = "techpolgraph.history"


def _years(doc: Doc) -> list[tuple[int, int]]:
    """(token, year) of the years the document names, found once per doc."""
    found = doc.user_data.get(_YEARS_KEY)
    if found is None:
        at = numpy.flatnonzero(_YEAR_WORD.mask(doc.to_array(ORTH), doc.vocab.strings)).tolist() if len(doc) else []
        found = doc.user_data[_YEARS_KEY] = [(i, int(doc[i].text)) for i in at]
    return found


#: A word that is a year (each distinct word tested once).
_YEAR_WORD = WordTest(lambda word: len(word) == 4 and YEAR.fullmatch(word) is not None)


#: How far after « ce que » the verb that denies it may stand.
DISPUTE_REACH = 8


def disputed_after(cue: Token, sent: Span) -> bool:
    """« X indique s'être entretenu avec Y, ce que la présidence dément »: what the clause says is
    denied by someone else in a « ce que » clause after it, which a comma sets off (not the object
    of a verb: « X félicite Y qui explique ce que vous refusez de voir »)."""
    doc = cue.doc
    refusal = _words("refusal")
    low, text = lower_forms(doc), forms(doc)
    for i in range(cue.i + 1, sent.end - 1):
        if low[i] == "ce" and low[i + 1] in ("que", "qu'", "qu’") and text[i - 1] == ",":
            # by lemma, form, or the infinitive of a form the tagger left (« conteste »)
            return any(
                not refusal.isdisjoint((t.lemma_.lower(), t.lower_, t.lower_ + "r"))
                for t in doc[i + 2 : min(i + 2 + DISPUTE_REACH, sent.end)]
                if t.pos_ in ("VERB", "AUX", "NOUN", "ADV", "ADJ", "PROPN")
            )
    return False


def _enacting_verb_of_participle(cue: Token, sent: Span) -> Optional[Token]:
    """The verb that enacts the text a present participle describes (« a signé un décret
    interdisant Y »: « signé »), or None."""
    text = cue.head
    if not cue.lower_.endswith("ant") or cue.dep_ != "acl" or text.pos_ != "NOUN" or not sent.start <= text.i < cue.i:
        return None
    verb = text.head
    if text.dep_ != "obj" or verb.i >= text.i or verb_lemma(verb) not in ENACTING_VERBS:
        return None
    return verb


def modality_of(cue: Token, sent: Span) -> Modality:
    """The modality of a relation read at ``cue``. Negation wins over doubt.

    A negated doubt (« on ne sait pas si ») is still a doubt: « on ne sait pas » is read as
    uncertainty because its negation governs the knowing, not the meeting.
    """
    carrier = _enacting_verb_of_participle(cue, sent)
    if carrier is not None and (carried := modality_of(carrier, sent)) is not Modality.ASSERTED:
        return carried  # « X signerait un décret interdisant Y »: the text's act is as sure as its signing
    held_back = hesitation(cue, sent)
    if held_back is not None:
        return held_back
    ruled_out = ruling_out(cue, sent)
    if ruled_out is not None:
        return ruled_out
    undone = undone_by_its_verb(cue, sent)
    if undone is not None:
        return undone
    if _said_false(cue, sent):
        return Modality.NEGATED  # « Il est faux de dire que X a rencontré Y »
    if _refusal_in_the_past(cue, sent):
        return Modality.NEGATED  # « X a déclaré qu'il ne bannirait pas Y »: the future of a past saying
    if disputed_after(cue, sent):
        return Modality.UNCERTAIN  # « X dit avoir rencontré Y, ce que Y dément »
    if _regretted(cue, sent):
        return Modality.ASSERTED  # « X n'aurait jamais dû être investi par Y »: the reproach presupposes it
    if _thanked_deed(cue, sent):
        return Modality.NEGATED if is_negated(cue, sent) else Modality.ASSERTED  # « je voudrais remercier X d'avoir reçu Y »: the thanks presuppose it
    if _continued(cue, sent):
        return Modality.ASSERTED  # « la France continuera de soutenir Y »: it does so now
    if _pledged_beside(cue, sent):
        return Modality.ASSERTED  # « la France restera aux côtés de Y »: a pledge of support, a stance taken now
    if _addressee_heard(cue, sent):
        return Modality.ASSERTED  # « la commission a souhaité vous entendre »: the one addressed is heard now
    proposal = _nomination_proposed(cue, sent)
    if proposal is not None and not is_conditional(proposal):
        return Modality.NEGATED if is_negated(proposal, sent) else Modality.ASSERTED  # « Y propose de vous reconduire »: the proposal backs X
    wish = governor(cue, sent, "wish")
    if wish is not None and is_negated(wish, sent) and not is_conditional(wish):
        return Modality.NEGATED  # « X ne voulait pas s'allier avec Y », as « a refusé de »
    if (
        (is_uncertain(cue, sent) or (governing_verb(cue, sent, "intent") and not _enacted_text(cue, sent)))
        and not _performed(cue, sent)
        and not _affirmed_resolve(cue, sent)
        and not _attempted_judgement(cue, sent)
        and not _called_by_the_agenda(cue, sent)
    ):
        return Modality.UNCERTAIN
    if _occasion_to_come(cue, sent):
        return Modality.UNCERTAIN  # « Ce sera l'occasion pour X de rencontrer Y »
    if is_planned(cue, sent) and not _performed(cue, sent):  # « je souhaite exprimer mon soutien à Y »: done as said
        # « je ne soutiendrai jamais Y », « X ne rencontrera pas Y »: a refusal; a noun's planned
        # future stays open (« ne récupérera pas l'investiture de P »)
        return Modality.NEGATED if cue.pos_ in ("VERB", "AUX") and is_negated(cue, sent) else Modality.UNCERTAIN
    if _refused(cue, sent) and is_negated(governor(cue, sent, "refusal"), sent):
        return Modality.UNCERTAIN  # « X n'a pas refusé de recevoir Y », « Z n'a pas empêché X de rencontrer Y »: not denied, nor told
    if _never_stopped(cue, sent):
        return Modality.ASSERTED  # « X n'a jamais cessé de soutenir Y », « n'a cessé de condamner Y »: it goes on
    if is_negated(cue, sent) or _refused(cue, sent):
        return Modality.NEGATED
    return Modality.ASSERTED


#: Nouns of an occasion whose « pour X » does the act of the infinitive after it (« l'occasion pour X de ... »).
OCCASION_NOUNS = function_words("occasion_noun")
#: How many heads up an infinitive may stand from the noun of occasion it completes (« l'occasion
#: pour X de rencontrer Y et de saluer Z »: « saluer », « rencontrer », X, « occasion »).
OCCASION_REACH = 4


def _occasion_to_come(cue: Token, sent: Span) -> bool:
    """The cue is an infinitive after a noun of occasion that is to come or only wished: a verb in
    the future or the conditional stands before the noun (« Ce sera l'occasion pour X de
    rencontrer Y », « ce serait l'occasion de ... »)."""
    if "Inf" not in cue.morph.get("VerbForm"):
        return False
    head = cue
    for _ in range(OCCASION_REACH):
        if head.head is head:
            return False
        head = head.head
        if head.pos_ == "NOUN" and head.lemma_.lower() in OCCASION_NOUNS:
            return occasion_to_come(head, sent)
    return False


def occasion_to_come(noun: Token, sent: Span) -> bool:
    """A noun of occasion (« l'occasion pour X de ... ») is to come or only wished: a verb in the
    future or the conditional stands before it in its sentence (« ce sera l'occasion »)."""
    return to_come(t for t in sent[: noun.i - sent.start] if t.pos_ in ("VERB", "AUX"))


def _never_stopped(cue: Token, sent: Span) -> bool:
    """A verb of stopping (``stop``) that governs the cue is itself denied: « n'a jamais cessé de
    soutenir Y », « n'a pas cessé de critiquer Y », « ne cesse de dénoncer Y »."""
    stop = governor(cue, sent, "stop")
    if stop is None:
        return False
    start = max(sent.start, stop.i - 4)
    return any(cue.doc[j].lower_ in NE for j in range(start, stop.i))


#: Verbs of hearing or receiving whose « vous » is the one addressed (« vous entendre »), by lemma.
ADDRESSEE_HEARING_VERBS = function_words("addressee_hearing_verb")
#: Verbs of a wish that, told in the past, tell such a hearing granted (« a souhaité »), by lemma.
GRANTED_WISHES = function_words("granted_wish")


def _addressee_heard(cue: Token, sent: Span) -> bool:
    """« La commission a souhaité vous entendre », « nous avons voulu vous recevoir », « j'ai tenu à
    vous entendre »: a wish told in the past tense to hear or receive the one the words are
    addressed to, who is there to hear them: the hearing takes place; so too a wish in the
    imperfect that lasted until now (« la commission souhaitait vous entendre depuis de longs
    mois »). Not « nous souhaitons vous entendre » nor « nous aurions voulu vous recevoir », nor a
    wish denied."""
    doc = cue.doc
    j = cue.i - 1
    if verb_lemma(cue) not in ADDRESSEE_HEARING_VERBS or "Inf" not in features(cue, "VerbForm") or j <= sent.start or doc[j].lower_ != "vous":
        return False
    j -= 1
    if doc[j].lower_ in ("à", "de", "d'", "d’"):
        j -= 1  # « tenu à vous recevoir »
    wish = doc[j]
    if verb_lemma(wish) in GRANTED_WISHES and wish.morph.get("Tense") == ["Imp"] and "Ind" in wish.morph.get("Mood") and not is_negated(wish, sent):
        return any(t.lower_ == "depuis" for t in doc[cue.i + 1 : sent.end])  # « souhaitait vous auditionner depuis longtemps »: until now
    if verb_lemma(wish) not in GRANTED_WISHES or "Part" not in wish.morph.get("VerbForm") or j - 1 <= sent.start:
        return False
    auxiliary = doc[j - 1]
    return auxiliary.lemma_ == "avoir" and auxiliary.morph.get("Mood") == ["Ind"] and auxiliary.morph.get("Tense") == ["Pres"] and not is_negated(wish, sent)


#: Cues of putting a person forward for an office (« proposer », « reconduire »), which also propose one another, by lemma.
NOMINATING_CUES = function_words("nominating_cue")


def _nomination_proposed(cue: Token, sent: Span) -> Optional[Token]:
    """The verb of intent that proposes the cue, itself a cue of putting forward (« Y propose hier
    de vous reconduire dans vos fonctions », « X, que Y propose de reconduire »): a proposal to
    appoint is the backing itself, done as it is said; else None."""
    token = governor(cue, sent, "intent")
    if token is None or verb_lemma(cue) not in NOMINATING_CUES or verb_lemma(token) not in NOMINATING_CUES:
        return None
    return token


#: Verbs of thanks or praise whose « d'avoir fait » tells a deed done (« remercier X d'avoir
#: reçu Y »), by lemma; not a reproach, which may be another's claim.
DEED_JUDGING_VERBS = function_words("deed_judging_verb")


def _thanked_deed(cue: Token, sent: Span) -> bool:
    """« je voudrais remercier X d'avoir reçu Y », « il félicite X d'avoir soutenu Y »: a perfect
    infinitive after « de » and a verb of thanks or praise tells what was done, whatever the mood of
    the thanks; the participles coordinated to its own too (« d'avoir critiqué X et soutenu Y »)."""
    doc = cue.doc
    if cue.i - 1 > sent.start and "Part" in features(cue, "VerbForm") and doc[cue.i - 1].lower_ in ("et", ","):
        first = first_of_participles(doc, cue.i - 1, sent.start)
        cue = doc[first] if first is not None else cue
    k = cue.i - 1
    while k > sent.start and (doc[k].pos_ == "ADV" or doc[k].lower_ in NE) and doc[k].lemma_ != "avoir":  # « de ne pas avoir reçu Y »
        k -= 1
    if doc[k].text == ",":
        k = before_comma_incise(doc, k, sent.start)  # « d'avoir, avec clarté, condamné Y »
    if k - 1 <= sent.start or doc[k].lemma_ != "avoir" or "Inf" not in features(doc[k], "VerbForm") or doc[k - 1].lower_ not in ("de", "d'", "d’"):
        return False
    return any(verb_lemma(t) in DEED_JUDGING_VERBS for t in doc[max(sent.start, k - 1 - DEED_REACH) : k - 1])


#: How many words the objects of participles listed after one auxiliary may have, in all.
PARTICIPLE_LIST_WORDS = 25


def first_of_participles(doc: Doc, j: int, start: int) -> Optional[int]:
    """The participle before the « et » or comma at token j that a perfect infinitive's auxiliary
    governs (« d'avoir critiqué X et soutenu Y »: « critiqué »), past its objects, the participles
    of its nouns (« la guerre menée par Y ») and the participles listed between, no other verb
    among them; else None."""
    for k in range(j - 1, max(start, j - PARTICIPLE_LIST_WORDS) - 1, -1):
        token = doc[k]
        if token.pos_ not in ("VERB", "AUX"):
            continue
        if "Part" not in features(token, "VerbForm") or "Pres" in features(token, "Tense"):
            return None
        if k - 1 > start and doc[k - 1].pos_ in ("NOUN", "PROPN"):
            continue  # « la guerre menée par la Russie »: a noun's participle, in an object
        m = k - 1
        while m > start and doc[m].pos_ == "ADV":
            m -= 1
        if doc[m].text == ",":
            m = before_comma_incise(doc, m, start)
        if doc[m].lower_ in INFINITIVE_AUXILIARIES:
            return k
        if doc[m].lower_ not in ("et", ","):
            return None  # a participle of its own clause (« reçue par Y, X a ... »)
    return None


#: How many words may stand between a verb of thanks and its « d'avoir » (« remercier M. X, le
#: maire de Y, d'avoir »).
DEED_REACH = 10


#: Verbs of going on with what one does (« continuer de », « poursuivre son soutien »), by lemma.
CONTINUING_VERBS = function_words("continuing_verb")


def _continued(cue: Token, sent: Span) -> bool:
    """« X continuera de soutenir Y », « X poursuivra son appui à Y », « il vous réitérera mon
    soutien »: a verb of going on or of saying again, in the indicative and not negated, right
    before the infinitive (past « de », « à » and clitics) or the noun (past its determiner and
    adjectives): the relation holds already, whatever the tense."""
    doc = cue.doc
    j = cue.i - 1
    if "Inf" in features(cue, "VerbForm"):
        while j > sent.start and (doc[j].pos_ == "PRON" or doc[j].lower_ in ("ne", "n'", "n’", "pas")):
            j -= 1
        if doc[j].lower_ not in ("de", "d'", "d’", "à"):
            return False
        j -= 1
    elif cue.pos_ == "NOUN":
        while j > sent.start and doc[j].pos_ in ("DET", "ADJ"):
            j -= 1  # « poursuivra son appui déterminé », « son plein soutien »
    else:
        return False
    while j > sent.start and doc[j].pos_ == "ADV":
        j -= 1  # « continuera bien sûr de »
    verb = doc[j]
    return (
        verb.pos_ in ("VERB", "AUX")
        and verb.lemma_.lower() in CONTINUING_VERBS
        and not is_conditional(verb)
        and "Sub" not in verb.morph.get("Mood")
        and not is_negated(verb, sent)
    )


#: Verbs of standing beside someone (« être », « rester », « se tenir à ses côtés »), by lemma.
BESIDE_VERBS = function_words("beside_verb")
#: How many words « côtés » may stand after such a verb (« restera pleinement à vos côtés »).
BESIDE_WORDS = 5


def _pledged_beside(cue: Token, sent: Span) -> bool:
    """« La France restera à vos côtés », « l'Union se tiendra aux côtés de Y », « X l'a assuré
    que la France resterait aux côtés de Y »: standing beside someone, said in the future or in the
    future of a past saying, is a pledge of support the speaker gives as they say it; not negated,
    not under « si »."""
    doc = cue.doc
    if verb_lemma(cue) not in BESIDE_VERBS or not (is_future(cue) or is_conditional(cue)):
        return False
    if not any(doc[j].lower_ == "côtés" for j in range(cue.i + 1, min(cue.i + 1 + BESIDE_WORDS, sent.end))):
        return False
    return not is_negated(cue, sent) and not _under_condition(cue)


#: How many words before the cue « n'aurait pas dû » may stand (« n'aurait jamais dû être investi »).
REGRET_REACH = 6


def _regretted(cue: Token, sent: Span) -> bool:
    """« X n'aurait pas dû rencontrer Y », « n'aurait jamais dû être investi par Y »: the past
    conditional of « devoir », negated, right before the cue (past its auxiliaries and clitics)
    reproaches what was done; it happened."""
    doc = cue.doc
    j = cue.i - 1
    while j > sent.start and j > cue.i - REGRET_REACH and (doc[j].pos_ in ("AUX", "PRON", "ADV") or doc[j].lower_ in INFINITIVE_AUXILIARIES) and doc[j].lower_ != "dû":
        j -= 1
    if doc[j].lower_ != "dû" or j - 1 <= sent.start:
        return False
    k = j - 1
    while k > sent.start and doc[k].pos_ == "ADV" and doc[k].lower_ not in ("ne", "n'", "n’"):
        k -= 1  # « jamais », « pas »
    return k > sent.start and is_conditional(doc[k]) and doc[k].lemma_ == "avoir" and doc[k - 1].lower_ in ("ne", "n'", "n’")


#: Verbs by which a speaker does what they say (« vous adresser mes félicitations »).
PERFORMATIVE_VERBS = function_words("performative")


#: Nouns of a text that acts once enacted (« décret », « arrêté »).
ENACTED_TEXTS = function_words("enacted_text")
#: Verbs by which a text is enacted (« signer », « publier »), by lemma.
ENACTING_VERBS = function_words("enacting_verb")


def _enacted_text(cue: Token, sent: Span) -> bool:
    """« X a signé un décret visant à dissoudre Y »: the aim of a text that was enacted is done
    by it; not « un projet de décret visant à », nor a decree one prepares or will sign."""
    aim = governor(cue, sent, "intent")
    text = aim.head if aim is not None else None
    if text is None or "Part" not in aim.morph.get("VerbForm") or text.lemma_.lower() not in ENACTED_TEXTS:
        return False
    # its verb, or the one before it past an incise (« a signé, après un long travail, un décret »)
    verb = text.head if text.head.pos_ == "VERB" else next((t for t in reversed(sent.doc[sent.start : text.i]) if t.pos_ == "VERB"), text)
    return verb.pos_ == "VERB" and verb_lemma(verb) in ENACTING_VERBS and not is_negated(verb, sent) and not is_uncertain(verb, sent) and not is_planned(verb, sent)


#: Verbs of duty or care before a performative one in the first person, which do its act (« je
#: tiens à saluer Y », « je dois féliciter Y »), by lemma.
PERFORMING_VERBS = function_words("performing_verb")
#: Verbs of being able before a performative verb in the first person, which do its act when in
#: the present indicative (« nous pouvons rendre hommage à Y »; not « nous pourrions »), by lemma.
ABLE_VERBS = function_words("able_verb")
#: Object pronouns of the one a performative verb acts on (« je veux la féliciter »).
PERFORMED_OBJECTS = function_words("object_clitic")
#: Verbs of opening or closing with an act (« commencer par », « finir par »), by lemma.
OPENING_VERBS = function_words("opening_verb")
#: Verbs by which the speaker joins another in an act (« je veux m'associer à X pour saluer Y »),
#: by lemma.
JOINING_VERBS = function_words("joining_verb")
#: Verbs of taking the occasion (« je voudrais en profiter pour remercier Y »), by lemma.
OCCASION_VERBS = function_words("occasion_verb")
#: How many words may name the one joined, between « à » and « pour ».
JOINED_WORDS = 8


#: How many words an incise between commas may have inside a verb phrase.
INCISE_WORDS = 5


def _opening_comma(doc: Doc, comma: int, sent: Span) -> Optional[int]:
    """The comma that opens the incise closed by the comma at ``comma`` (« , à cet égard, »): a few
    words and no verb between them; else None."""
    for k in range(comma - 1, max(sent.start, comma - INCISE_WORDS - 1), -1):
        if doc[k].text == ",":
            return k if k < comma - 1 else None
        if doc[k].pos_ in ("VERB", "AUX"):
            return None
    return None


#: Nouns of the honour or joy of doing something (« c'est un honneur de recevoir Y », « ma joie
#: d'accueillir Y »), by lemma.
HONOUR_NOUNS = function_words("honour_noun")
#: The words of « tout d'abord », « d'abord » that the tagger does not read as adverbs.
FIRST_OF_ALL = function_words("first_of_all_word")


def joy_possessive(cue: Token, sent: Span) -> Optional[int]:
    """The possessive of « ma joie de » (a possessive, a noun of ``honour_noun``, its adjectives)
    right before the infinitive at the cue (« ma joie d'accueillir Y »), past the infinitive's
    adverbs and clitics; else None."""
    doc = cue.doc
    if "Inf" not in features(cue, "VerbForm"):
        return None
    j = cue.i - 1
    while j > sent.start and doc[j].pos_ in ("ADV", "PRON"):
        j -= 1
    if j <= sent.start + 2 or doc[j].lower_ not in DE_FORMS:
        return None
    j -= 1
    while j > sent.start and doc[j].pos_ == "ADJ":
        j -= 1
    if doc[j].lemma_.lower() not in HONOUR_NOUNS or "Yes" not in features(doc[j - 1], "Poss"):
        return None
    return j - 1


def _joy_said(cue: Token, sent: Span) -> Optional[Token]:
    """The verb of saying before « ma joie de » and the infinitive at the cue (« je veux vous dire
    ma joie de rencontrer, une fois encore, Y »: :func:`joy_possessive`): the joy said is the act
    done as it is said; else None."""
    possessive = joy_possessive(cue, sent)
    if possessive is None:
        return None
    doc = cue.doc
    k = possessive - 1
    while k > sent.start and (doc[k].pos_ == "ADV" or doc[k].lower_ in FIRST_OF_ALL):
        k -= 1  # « je veux dire tout d'abord ma joie »
    verb = doc[k]
    return verb if verb.pos_ == "VERB" and verb_lemma(verb) in PERFORMATIVE_VERBS else None


def _performed(cue: Token, sent: Span) -> bool:
    """« je souhaite vous adresser mes félicitations », « nous voulons exprimer notre soutien à
    Y », « je veux commencer par la féliciter »: a wish in the first person to perform what the
    cue says is the act itself, done as it is said; not « il souhaite rencontrer Y »."""
    doc = cue.doc
    first = joined_infinitive(cue, sent)
    if first is not None:
        return _performed(first, sent)  # « je veux saluer X, qui ..., ainsi que rendre hommage à Y »: as the first is
    carrier = cue.head
    joined = cue.pos_ == "NOUN" and cue.dep_ == "obl:arg" and carrier.pos_ == "VERB" and carrier.i < cue.i and verb_lemma(carrier) in JOINING_VERBS
    if joined or (cue.pos_ == "NOUN" and cue.dep_ in ("obj", "obl:arg") and carrier.pos_ == "VERB" and carrier.i < cue.i and verb_lemma(carrier) in PERFORMATIVE_VERBS):
        cue = carrier  # « je souhaite exprimer notre solidarité à Y », « je veux vous assurer de mon soutien », « je veux m'associer à l'hommage rendu à Y »: the verb that carries the noun
    said = _joy_said(cue, sent)
    if said is not None:
        cue = said  # « je veux dire ma joie d'accueillir Y »: the verb that says the joy
    phrase = f"{verb_lemma(cue)} {doc[cue.i + 1].lower_}" if cue.i + 1 < len(doc) else ""
    if not joined and verb_lemma(cue) not in PERFORMATIVE_VERBS and phrase not in PERFORMATIVE_VERBS:
        return False  # « je veux rendre hommage à Y »: a locution's verb and the word after it
    j = cue.i - 1
    if joined and j > sent.start and doc[j].lower_.replace("’", "'") in REFLEXIVE:
        j -= 1  # « m'associer »
    while j > sent.start:
        if doc[j].lower_ in DATIVE_CLITICS or doc[j].lower_ in PERFORMED_OBJECTS or doc[j].lower_ in ("à", "de", "d'", "d’") or doc[j].pos_ == "ADV":
            j -= 1  # « souhaite vous adresser », « tiens à vous présenter », « veux la féliciter »
        elif doc[j].text == "," and (opening := _opening_comma(doc, j, sent)) is not None:
            j = opening - 1  # « je veux, à cet égard, saluer Y »
        elif _adverbial_phrase_end(doc, j, sent):
            j -= 3  # « je veux à cet égard saluer Y », « je tiens à mon tour à saluer Y »
        elif doc[j].lower_ == "et" and j - 1 > sent.start and verb_lemma(doc[j - 1]) in PERFORMATIVE_VERBS and "Inf" in doc[j - 1].morph.get("VerbForm"):
            j -= 2  # « je veux remercier et féliciter Y »
        elif doc[j].lower_ == "pour" and (joined := _joining(doc, j, sent)) is not None:
            j = joined  # « je voulais m'associer à M. X pour rendre hommage à Y »
        elif doc[j].lower_ == "pour" and j - 2 > sent.start and verb_lemma(doc[j - 1]) in OCCASION_VERBS and doc[j - 2].lower_ == "en":
            j -= 3  # « je voudrais en profiter pour remercier Y »
        else:
            break
    by = doc[j].lower_ == "par" or (doc[j].lower_ == "en" and cue.lower_.endswith("ant"))  # « commencer en saluant Y »
    if j - 1 > sent.start and by and verb_lemma(doc[j - 1]) in OPENING_VERBS and "Inf" in doc[j - 1].morph.get("VerbForm"):
        j -= 2  # « je veux commencer par la féliciter », « je voudrais commencer en saluant Y »
        while j > sent.start and doc[j].pos_ == "ADV":
            j -= 1
    wish = doc[j]
    able = verb_lemma(wish) in ABLE_VERBS and wish.morph.get("Mood") == ["Ind"] and wish.morph.get("Tense") == ["Pres"]
    wanting = verb_lemma(wish) in _words("wish") | _words("intent") | PERFORMING_VERBS or able
    person = wish.morph.get("Person")
    if not person and "Part" in wish.morph.get("VerbForm") and j - 1 >= sent.start and doc[j - 1].lemma_ == "avoir":
        person = doc[j - 1].morph.get("Person")  # « j'ai souhaité lui rendre hommage », « j'ai tenu à saluer Y »: said, so done
    return wanting and person == ["1"] and not is_negated(wish, sent)


#: Determiners of a short adverbial phrase between a wish and its act (« à cet égard »).
ADVERBIAL_DETERMINERS = function_words("adverbial_determiner")


def _adverbial_phrase_end(doc: Doc, j: int, sent: Span) -> bool:
    """Token j ends a phrase of a preposition, a demonstrative or possessive determiner and a
    noun (« à cet égard », « à ce titre », « à mon tour », « en ce sens »): no party's."""
    return (
        j - 2 > sent.start and doc[j].pos_ == "NOUN" and doc[j - 1].lower_ in ADVERBIAL_DETERMINERS
        and doc[j - 2].lower_ in ("à", "en")
    )


#: Words that join a second infinitive to a first (« saluer X ainsi que rendre hommage à Y »).
INFINITIVE_JOINS = function_words("infinitive_join")
#: How many words may stand between two infinitives joined across a relative clause.
JOINED_INFINITIVE_WORDS = 32
#: How many words an incise between the joining word and the second infinitive may have
#: (« ainsi que, chers collègues, rendre hommage »).
JOIN_INCISE_WORDS = 5


def joined_infinitive(cue: Token, sent: Span) -> Optional[Token]:
    """The first of two infinitives joined, right after its object or across a relative clause
    that describes it (« X veut saluer Y et rendre hommage à Z », « je veux saluer l'engagement
    de X, qui s'est rendu sur place, ainsi que rendre hommage à Y »): the second is done as the
    first, by its subject, not by the relative's nor by the name before it; None where the cue
    is no such second infinitive."""
    doc = cue.doc
    if "Inf" not in features(cue, "VerbForm"):
        return None
    k = cue.i - 1
    if k > sent.start and doc[k].text == ",":  # an incise: « ainsi que, chers collègues, rendre »
        k = next((j for j in range(k - 1, max(sent.start, k - JOIN_INCISE_WORDS - 1), -1) if doc[j].text == ","), sent.start) - 1
    if k - 1 <= sent.start or not (doc[k].lower_ in INFINITIVE_JOINS or f"{doc[k - 1].lower_} {doc[k].lower_}" in INFINITIVE_JOINS):
        return None
    relative = finite = False
    for j in range(k - 1, max(sent.start, k - JOINED_INFINITIVE_WORDS), -1):
        if doc[j].text in (".", ";", ":", "!", "?"):
            return None
        if "Inf" in doc[j].morph.get("VerbForm"):
            return doc[j] if relative or not finite else None  # not one inside a relative, joined there
        if doc[j].lower_ in ("qui", "que", "qu'", "qu’", "dont", "où") and doc[j - 1].text == ",":
            relative = True
        finite = finite or "Fin" in doc[j].morph.get("VerbForm")
    return None


def _joining(doc: Doc, pour: int, sent: Span) -> Optional[int]:
    """The word before « m'associer à X » or « me joindre à X » that ends at « pour » (token
    pour), where the speaker joins another in the act « pour » brings: the act is theirs too;
    else None."""
    for k in range(pour - 2, max(sent.start, pour - 2 - JOINED_WORDS), -1):
        if doc[k].lower_ == "à" and k - 2 >= sent.start and verb_lemma(doc[k - 1]) in JOINING_VERBS:
            if doc[k - 2].lower_ in ("m'", "m’", "me", "nous") and "Inf" in doc[k - 1].morph.get("VerbForm"):
                return k - 3
            return None
        if doc[k].pos_ in ("VERB", "AUX") or doc[k].text in (".", ";", ":"):
            return None
    return None


#: Verbs of an attempt (« tenter », « essayer »), by lemma.
ATTEMPT_VERBS = function_words("attempt_verb")
#: Verbs of judging someone in words (« défendre », « dédouaner », « discréditer »), by lemma:
#: one who tries to do so in public has done it.
JUDGING_VERBS = function_words("judging_verb")


def _attempted_judgement(cue: Token, sent: Span) -> bool:
    """« X a tenté de dédouaner Y », « X essaie de discréditer Y »: an attempt to judge someone in
    words is the judgement made, whether or not it convinced; not « X a tenté de rencontrer Y »,
    nor an attempt itself in doubt or to come (« X aurait tenté », « X tentera »)."""
    attempt = governor(cue, sent, "intent")
    return (
        attempt is not None
        and verb_lemma(attempt) in ATTEMPT_VERBS
        and verb_lemma(cue) in JUDGING_VERBS
        and not is_uncertain(attempt, sent)
        and not is_planned(attempt, sent)
    )


#: Nouns of resolve (« volonté », « détermination ») that, affirmed, tell a support already given.
RESOLVE_NOUNS = function_words("resolve_noun")
#: Verbs that affirm again what their object says (« réaffirmer », « réitérer »), by lemma.
AFFIRMING_VERBS = function_words("affirming_verb")
#: How far before its noun of resolve the verb affirming it may stand, over a first object.
AFFIRMED_REACH = 10
#: Verbs of support that go on in time (« soutenir », « appuyer »): resolve to do so is doing so.
ONGOING_SUPPORT = function_words("ongoing_support_verb")


def _affirmed_resolve(cue: Token, sent: Span) -> bool:
    """« X et Y ont redit leur volonté de soutenir Z »: resolve to go on supporting, affirmed,
    is support given; not « X a la volonté de rencontrer Z », nor a resolve no one affirms."""
    doc = cue.doc
    if verb_lemma(cue) not in ONGOING_SUPPORT or cue.i - 2 < sent.start or doc[cue.i - 1].lower_ not in ("de", "d'", "d’", "à"):
        return False
    noun = doc[cue.i - 2]
    if noun.lemma_.lower() not in RESOLVE_NOUNS:
        return False
    j = noun.i - 1
    while j > sent.start and noun.i - j < AFFIRMED_REACH and doc[j].pos_ not in ("VERB", "AUX") and doc[j].text not in (",", ";", ":"):
        j -= 1  # « a réaffirmé sa volonté », « a confirmé son ralliement à P et sa volonté »
    return verb_lemma(doc[j]) in AFFIRMING_VERBS and not is_negated(doc[j], sent)


def _refused(cue: Token, sent: Span) -> bool:
    """A verb of refusal governs the cue (« a refusé de recevoir X », « conteste avoir rencontré
    X », « conteste toute rencontre avec X »); one that challenges the noun of an act, not of a
    meeting, does not deny that it was done (« a contesté la suspension de X par Y »)."""
    token = governor(cue, sent, "refusal")
    if token is None or (token.lemma_.lower() == "aller" and "Fin" not in features(token, "VerbForm")):
        return False
    if cue.pos_ != "NOUN" or verb_lemma(token) not in CHALLENGING:
        return True
    meeting = cue_of_name(cue.lower_)
    return meeting is not None and meeting.type in MEETING_TYPES


#: Verbs by which an event takes place (« la rencontre a eu lieu », « s'est tenue »); « avoir
#: lieu » is read apart.
HAPPENING = function_words("happening_verb")
#: Verbs of refusal that, with a relation noun as their subject, challenge it without denying
#: that it happened (« l'interdiction a été contestée »).
CHALLENGING = function_words("challenge_verb")


def undone_by_its_verb(cue: Token, sent: Span) -> Optional[Modality]:
    """« La rencontre entre X et Y a été annulée », « n'a pas eu lieu »: a relation noun that is
    the subject of a verb of refusal, or of a verb of taking place that is denied, did not
    happen (negated); of a verb that puts it off (« a été reportée »), it is uncertain; None
    otherwise."""
    if cue.pos_ not in ("NOUN", "PROPN") or not cue.dep_.startswith("nsubj") or cue.head is cue:
        return None
    verb = cue.head
    lemma = verb.lemma_.lower()
    if lemma in _words("refusal") and lemma not in CHALLENGING:
        return Modality.NEGATED
    if lemma in _words("postponement"):
        return Modality.UNCERTAIN
    if lemma in _words("ruling_out"):  # « la rencontre est exclue »; « n'est pas exclue »: left open
        return Modality.UNCERTAIN if is_negated(verb, sent) else Modality.NEGATED
    happens = lemma in HAPPENING or (lemma == "avoir" and any(c.lower_ == "lieu" for c in verb.children))
    return Modality.NEGATED if happens and is_negated(verb, sent) else None


def party_negated(doc: Doc, start: int, sent_start: int) -> bool:
    """« et non X », « , pas X », « mais pas X »: the party itself is denied; not the « pas » of
    the verb's own negation (« ne rencontrerait pas X », which the verb's modality reads)."""
    j = start - 1
    while j >= sent_start and doc[j].pos_ == "DET":
        j -= 1
    if j < sent_start or doc[j].lower_ not in ("non", "pas"):
        return False
    return doc[j].lower_ == "non" or (j > sent_start and doc[j - 1].lower_ in PARTY_DENIERS)


#: Words before a « pas » that denies a party rather than a verb (« , pas X », « et pas X »).
PARTY_DENIERS = function_words("party_denier")


def tense_of(cue: Token, sent: Optional[Span] = None) -> Optional[Tense]:
    """``past`` for « ancien critique », « ex-soutien », and a relation the subject stopped
    (« a cessé de soutenir X »: ``stop`` in ``modality.tsv``)."""
    doc = cue.doc
    if any(doc[j].lower_.rstrip("-") in _words("past") for j in range(max(cue.i - 2, 0), cue.i)) or cue.lower_.startswith("ex-"):
        return Tense.PAST
    if sent is not None and governing_verb(cue, sent, "stop") and not _never_stopped(cue, sent):
        return Tense.PAST
    if sent is not None and dated_before(sent):
        return Tense.PAST  # « En 1933, il soutient X »: a narrative of what is over
    return None


def dated_before(sent: Span) -> bool:
    """The sentence dates what it tells by a year before the document's date (undated: before a
    later year the document names, or history), and not as the start of what still holds
    (« depuis 2016 »); in an undated document, a sentence with no year of its own in a paragraph
    whose years are all history tells history too (« Clément XIV supprime la Compagnie. Le bref
    est daté du 21 juillet 1773. »)."""
    doc = sent.doc
    if not narrative_future(sent) and not _history(sent):
        return False
    return not any(i > sent.start and doc[i - 1].lower_ in SINCE for i, _ in _years(doc) if sent.start <= i < sent.end)


#: In an undated document, a year before this one is history, whatever the reader's date: a
#: fixed year, so that the same corpus gives the same graph every year.
HISTORY_YEAR = 1990


def _history(sent: Span) -> bool:
    """An undated document tells history in the sentence: its years, or, with none, the years
    its paragraph names, are all before :data:`HISTORY_YEAR`."""
    doc = sent.doc
    if (doc._.tpg_date or "")[:4].isdigit():
        return False
    known = doc.user_data.setdefault(_HISTORY_KEY, {})  # read once per sentence
    found = known.get(sent.start)
    if found is None:
        found = known[sent.start] = _history_of(sent)
    return found


def _history_of(sent: Span) -> bool:
    doc = sent.doc
    named = sorted(_years(doc) + _early_years(doc))
    years = [year for i, year in named if sent.start <= i < sent.end]
    if not years:
        start, end = line_bounds(doc, sent.start, sent.end)  # the paragraph's
        years = [year for i, year in named if start <= i < end]
    return bool(years) and max(years) < HISTORY_YEAR


def attribution(sent: Span, cue: Token, at: dict, names: dict[str, str], positions: Optional[Sequence[int]] = None) -> str:
    """Who the sentence is attributed to: « a déclaré Miller », « selon X », « X a déclaré que ».

    ``positions``: the sentence's tokens whose lemma is a verb of saying, when found at once for
    the document; else every token is looked at. Returns the attributed entity's name, or ""
    when the sentence is not reported speech.
    """
    doc = cue.doc
    reporting = _words("reporting")
    for i in range(sent.start, sent.end) if positions is None else positions:
        token = doc[i]
        if token.i == cue.i or token.lemma_.lower() not in reporting:
            continue
        if token.lower_ == "selon":
            slot = at.get(_next_content(doc, token.i + 1, sent.end))
            if slot is not None:
                return names.get(slot.cluster, slot.text)
            continue
        if token.pos_ not in ("VERB",):
            continue
        # inversion: « ..., a déclaré Miller. »
        slot = at.get(_next_content(doc, token.i + 1, sent.end))
        if slot is not None and token.i > cue.i:
            return names.get(slot.cluster, slot.text)
        # « Miller a déclaré que ... » : the subject before the reporting verb, cue after it
        if token.i < cue.i:
            j = token.i - 1
            while j >= sent.start and (doc[j].pos_ in ("AUX", "ADV", "PRON") or doc[j].text == ",") and j not in at:
                j -= 1
            slot = at.get(j)
            if slot is not None:
                return names.get(slot.cluster, slot.text)
    return ""


def _next_content(doc: Doc, i: int, end: int) -> int:
    while i < end and doc[i].pos_ == "DET":
        i += 1
    return i
