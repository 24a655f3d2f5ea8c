"""Proxies: acting on what a party owns, does or says is acting on the party.

« a fermé la page de X », « a coupé l'accès de X », « a dénoncé la stratégie fiscale de X »,
« a financé la campagne de X », « s'oppose aux mesures prises par X »: the owner named after a
proxy noun (``party_actions.txt``) is the party; platform names after the noun only say where
the account is (« les comptes Facebook et Instagram de X »). « a dénoncé l'interdiction de Y
décidée par X » is aimed at X, who made the decision.
"""

from __future__ import annotations

from typing import Optional

from spacy.tokens import Doc, Token

from ..data import function_words
from ..models import EntityKind
from .cues import CueTable, features, judgement_words, party_actions
from .sentence import CLAUSE_BREAKS, DE, DURATION_PREPOSITIONS, NE_WORDS, PARTIES, PLATFORM_NOUNS, SentenceView, Slot, and_of, appositive_name, duration_end, examples, is_determiner, is_past_participle, is_possessive, is_possessive_determiner, lasting_end, named_organisation, on_behalf, parties_after_articles, past_adjuncts, past_determiners, past_role_nouns, role_heads
from .typography import CLOSING_QUOTES, QUOTES


def proxy_subject(view: SentenceView, start: int, cue: Token, excluded: frozenset[str] = frozenset()) -> Optional[list[Slot]]:
    """« Les comptes Facebook et Instagram de X ont été suspendus »: the owner named after a
    proxy noun that opens the clause (``party_actions.txt``) is the subject; None where no
    proxy noun opens it, [] where one does but names no owner (the platforms before « de »
    are never the subject) or is one of the ``excluded`` lemmas (« le décret de X a été
    bloqué »: for a ban, a measure, see :func:`measure_at`)."""
    doc = view.doc
    # « Depuis le 3 mars, le compte de X est suspendu »: past an opening phrase with no party
    commas = [k + 1 for k in range(start, cue.i) if doc[k].text == "," and not any(n in view.at for n in range(start, k))]
    for i in (start, *commas[:1]):
        while i < cue.i and (is_determiner(doc[i]) or doc[i].pos_ == "ADJ") and i not in view.at:
            i += 1
        if i < cue.i and i not in view.at and doc[i].lemma_.lower() in party_actions():
            return [] if doc[i].lemma_.lower() in excluded else [s for s in actions_of(view, i, cue.i) if s.kind in PARTIES]
    return None


#: Nouns of a measure or a policy: blocking or suspending one bans no one (« le juge a bloqué le décret de X »).
MEASURE_NOUNS = function_words("measure_noun")
#: Nouns of a part or a form of a measure before its « de » (« la nouvelle version du décret »).
MEASURE_PARTS = function_words("measure_part")


def measure_at(view: SentenceView, i: int, end: int) -> bool:
    """The noun phrase at token i (past its article and adjectives) names a measure or a policy
    (``measure_noun``): what a ban verb stops there is no party's account or presence."""
    doc = view.doc
    i = past_adjuncts(view, i, end)  # « a suspendu lundi le décret de X »
    while i < end and (is_determiner(doc[i]) or doc[i].pos_ == "ADJ") and (i not in view.at or is_possessive(view.at[i])):
        i += 1  # « son plan »: the possessive's owner is no party of the ban either
    while i < end and doc[i].lemma_.lower() in MEASURE_PARTS and i + 1 < end and doc[i + 1].lower_ in DE:
        i += 2  # « la nouvelle version du décret de X »
        while i < end and is_determiner(doc[i]) and i not in view.at:
            i += 1
    return i < end and i not in view.at and doc[i].lemma_.lower() in MEASURE_NOUNS


#: Nouns of a decision or a document through which its author acts (« une décision de X a imposé à Y une amende »).
ACTING_DOCUMENTS = function_words("acting_document")


def document_author(view: SentenceView, start: int, cue: Token) -> list[Slot]:
    """« Une décision de l'Autorité a imposé à Y une amende », « le rapport de X dénonce Y »: the
    author named after « de » (or after a participle and « par »: « le jugement rendu par X »)
    of a decision or a document that opens the clause as its subject, who acts through it; []
    where no such noun opens the clause."""
    doc = view.doc
    i = start
    while i < cue.i and i not in view.at and (is_determiner(doc[i]) or doc[i].pos_ == "ADJ"):
        i += 1
    if i >= cue.i or i in view.at or doc[i].lemma_.lower() not in ACTING_DOCUMENTS:
        return []
    j = i + 1
    while j < cue.i and j not in view.at and doc[j].pos_ == "ADJ" and not (j + 1 < cue.i and doc[j + 1].lower_ == "par"):
        j += 1  # « la décision historique de X »
    if j + 1 < cue.i and j not in view.at and is_past_participle(doc[j]) and doc[j + 1].lower_ == "par":
        j += 1  # « le jugement rendu par X a imposé à Y »: X's, as « le jugement de X »
    elif j >= cue.i or doc[j].lower_ not in DE:
        return []
    return [s for s in _parties_from(view, j + 1, cue.i) if s.kind in PARTIES]


#: Nouns of an agreement between several parties: who ratified or signed one did not make it alone.
AGREEMENT_NOUNS = function_words("agreement_noun")


def decided_by(view: SentenceView, i: int, end: int) -> list[Slot]:
    """« a dénoncé l'interdiction de Y décidée par X »: who made what is criticised or praised."""
    doc = view.doc
    i = past_adjuncts(view, i, end)  # « condamne avec la plus grande fermeté l'arrestation de Y par X »
    while i < end and is_determiner(doc[i]) and i not in view.at:
        i += 1
    if i >= end or doc[i].pos_ != "NOUN" or doc[i].lemma_.lower() in AGREEMENT_NOUNS:
        return []  # « dénonce le traité ratifié par le Congrès » is no criticism of the Congress
    for j in range(i + 1, min(i + 8, end - 1)):
        token = doc[j]
        # « prise », which the tagger may read as an adjective: one with « par » after it is a participle
        participle = (token.pos_ == "VERB" and "Part" in token.morph.get("VerbForm")) or (token.pos_ == "ADJ" and token.is_lower)
        by = past_adjuncts(view, j + 1, end) if participle else end
        if token.lower_ == "par" and (_act_of_someone(view, i, j) or (doc[j - 1].pos_ == "NOUN" and doc[j - 1].is_lower and j - 1 not in view.at) or _place_of_object(view, j)):
            # « condamne l'arrestation de X par Y », « ... et la détention par Y de X », « le
            # blocage du corridor de Latchine par Y »: Y, who did it
            by = j
        if by < end and doc[by].lower_ == "par":  # « l'interdiction décidée par X », « le coup mené ce matin à Lomé par X »
            k = by + 1
            while k < end and is_determiner(doc[k]) and k not in view.at:
                k += 1
            return and_by(view, [s for s in view.group_at(past_role_nouns(view, k, end), end) if s.kind in PARTIES], end)
        if token.text in CLAUSE_BREAKS or (token.pos_ in ("VERB", "AUX") and "Part" not in token.morph.get("VerbForm")):
            return []
    return []


def _place_of_object(view: SentenceView, by: int) -> bool:
    """A place ends right before « par », the « de » complement of a noun in lower case (« le
    blocage du corridor de Latchine par Y »): where the object of the act lies, no party to it."""
    doc = view.doc
    place = view.at.get(by - 1)
    if place is None or place.kind is not EntityKind.LOCATION:
        return False
    k = place.start - 1
    if k - 1 > view.sent.start and is_determiner(doc[k]) and doc[k - 1].lower_ in DE:
        k -= 1  # « du port de la Rochelle »
    return k - 1 >= view.sent.start and doc[k].lower_ in DE and doc[k - 1].pos_ == "NOUN" and doc[k - 1].is_lower and k - 1 not in view.at


#: Words that join a second « par » to the first (« par X et par Y », « par X ainsi que par Y »).
AGENT_LINKS = tuple(tuple(phrase.split()) for phrase in function_words("agent_link"))


def coordinated_par(view: SentenceView, j: int, end: int) -> Optional[int]:
    """The position of a second « par » joined at token j (« et par », « ainsi que par »), else None."""
    doc = view.doc
    if j < end and doc[j].text == ",":
        j += 1  # « par X, puis par Y »
    for words in AGENT_LINKS:
        k = j + len(words)
        if k < end and doc[k].lower_ == "par" and [t.lower_ for t in doc[j:k]] == list(words):
            return k
    return None


def and_by(view: SentenceView, agents: list[Slot], end: int) -> list[Slot]:
    """The ``agents`` named after « par », and those after a « par » repeated with « et », a comma
    or another link (« décidée par X et par Y », « par le ministre X, par le Premier ministre Y »,
    « conduit par X et notamment par Y »)."""
    doc = view.doc
    while agents:
        k = agents[-1].end
        par = k + 1 if k + 1 < end and doc[k].text == "," and doc[k + 1].lower_ == "par" else coordinated_par(view, k, end)
        if par is None:
            break
        more = [s for s in view.group_at(past_role_nouns(view, past_determiners(view, par + 1, end), end), end) if s.kind in PARTIES]
        if not more:
            break
        agents = [*agents, *more]
    return agents


def _act_of_someone(view: SentenceView, noun: int, by: int) -> bool:
    """« l'arrestation de X par »: the noun's « de » names a party that ends right before « par »."""
    doc = view.doc
    slot = view.at.get(by - 1)
    if slot is None or slot.kind not in PARTIES:
        return False
    k = slot.start - 1
    while k > noun and is_determiner(doc[k]) and k not in view.at:
        k -= 1
    return k == noun + 1 and doc[k].lower_ in DE


#: Words of the medium of an access, between « accès » and what is reached (« l'accès internet à X »).
ACCESS_MEDIA = function_words("access_medium")


#: Nouns of a party's team, named with their kind before their owner (« le comité d'investiture de X »).
TEAM_NOUNS = function_words("team_noun")


def _joined_adjective(doc: Doc, i: int, j: int, end: int) -> bool:
    """« les exigences déraisonnables et infondées de X »: an « et » or a comma between two
    adjectives of the noun at i."""
    return j > i + 1 and j + 1 < end and doc[j].lower_ in ("et", ",") and doc[j - 1].pos_ == "ADJ" and (doc[j + 1].pos_ == "ADJ" or is_past_participle(doc[j + 1]))


def _graded_adjective(doc: Doc, noun: int, j: int, end: int) -> bool:
    """« les propos absolument scandaleux de X », « une attitude très agressive de X »: an adverb
    right before an adjective of the noun at ``noun``."""
    if j + 1 >= end or doc[j].pos_ != "ADV" or doc[j].lower_ in NE_WORDS:
        return False
    return doc[j + 1].pos_ == "ADJ" or _mistagged_adjective(doc, noun, j + 1, end)


def _doer_in_relative(view: SentenceView, j: int) -> list[Slot]:
    """« l'action que X a conduite », « le travail que vous avez accompli », « l'action qu'a menée
    X »: a relative in « que » right after the noun of an action names who did it, as « ce que
    X a fait » does (:func:`_what_one_said`); else none."""
    if j + 2 >= view.sent.end or view.doc[j].lower_ not in ("que", "qu'", "qu’"):
        return []
    k = past_determiners(view, j + 1, view.sent.end)  # « que M. X a prise »: past the title
    if k + 1 < view.sent.end and k not in view.at and k + 1 in view.at and view.doc[k].pos_ == "NOUN" and view.doc[k].is_lower:
        k += 1  # « que la société X vient de prendre »: past the name's common noun
    inverted = view.doc[j + 1].pos_ in ("AUX", "VERB") and j + 1 not in view.at  # « l'action qu'a menée X »
    return _what_one_said(view, j + 1 if inverted else k, view.sent.end) if k in view.at or inverted else []  # the relative is a clause of its own


#: Nouns of a change made to something, whose « de » names what is changed, not whose kind of
#: act it is (« la proposition de réforme du Conseil »: the Council is reformed, it proposes nothing).
RESHAPING_NOUNS = function_words("reshaping_noun")


def actions_of(view: SentenceView, i: int, end: int) -> list[Slot]:
    """« la politique de X », « les mesures prises par X », « ce que X a dit »: X, whose actions
    are aimed at."""
    doc = view.doc
    if i >= view.sent.end:
        return []  # a sentence that ends with no stop after its verb
    if i + 2 < view.sent.end and doc[i].lower_ == "tout" and doc[i + 1].lower_ == "ce" and doc[i + 2].lower_ in WHAT_WORDS:
        i += 1  # « tout ce qu'a dit X »
    if i + 1 < view.sent.end and doc[i].lower_ == "ce" and doc[i + 1].lower_ in WHAT_WORDS:
        i += 1
    if i > view.sent.start and doc[i].lower_ in WHAT_WORDS and doc[i - 1].lower_ == "ce":  # « ce » may be read past as an article
        return _what_one_said(view, i + 1, view.clause(min(i + 1, view.sent.end - 1))[1])  # the clause after « que »
    while i < end and (doc[i].pos_ in ("DET", "ADJ") or i in view.open_quotes or doc[i].text in QUOTES) and i not in view.at and not _act(doc[i]):
        i += 1  # « l'ancienne direction de X », « l'« immobilisme » de X »
    i = past_quality(view, i, end)  # « le caractère inacceptable des propos de X »: X's words
    while i < end and (doc[i].pos_ in ("DET", "ADJ") or i in view.open_quotes or doc[i].text in QUOTES) and i not in view.at and not _act(doc[i]):
        i += 1
    if i < end and i not in view.at and doc[i].lemma_.lower() in FORCEFUL_ACTS:
        return _forceful_agents(view, i, end)
    if i < end and i not in view.at and doc[i].lemma_.lower() in AWARD_NOUNS and (receivers := _award_receivers(view, i, end)):
        return receivers  # « l'octroi de la médaille d'or à X et Y »: those who receive it
    if i + 2 < end and doc[i].pos_ == "NOUN" and not _act(doc[i]) and doc[i + 1].lower_ in ("de", "d'", "d’") and _act(doc[i + 2]) and not {i, i + 2} & view.at.keys():
        i += 2  # « les prises de position de X », « la prise de parole de X »: the act the noun's complement names
    if i >= end or i in view.at or not _act(doc[i]):
        return []
    j = i + 1
    if j < end and doc[j].lower_ in RELATING_ADJECTIVES:
        return []  # « les comptes proches de X »: the accounts of X's allies, not X's
    while True:
        while j < end and (doc[j].pos_ == "ADJ" or (doc[j].pos_ == "ADV" and j + 1 < end and (doc[j + 1].pos_ == "ADJ" or is_past_participle(doc[j + 1]))) or j in view.open_quotes or doc[j].text in QUOTES or doc[j].text in CLOSING_QUOTES or doc[j].lower_ in ACCESS_MEDIA or _describing_participle(view, j, end) or _acronym_modifier(doc, j, end) or _mistagged_adjective(doc, i, j, end) or _joined_adjective(doc, i, j, end) or _graded_adjective(doc, i, j, end)) and j not in view.at:
            j += 1  # « l'« acharnement totalitaire » du juge », « les accès internet à X », « les violations répétées de X »
        if j + 2 < end and doc[j].lower_ in ("et", ",") and is_determiner(doc[j + 1]) and doc[j + 2].lemma_.lower() in party_actions():
            j += 3  # « le téléchargement et l'utilisation de X », « l'indépendance et la souveraineté de X »
            continue
        break
    j = _past_length(view, j, end)  # « le travail de vingt ans de X », « l'action depuis 2010 de X »
    kind_end = j + 2
    while kind_end < end and doc[kind_end].pos_ == "ADJ" and doc[kind_end].is_lower and kind_end not in view.at and j + 1 < end and doc[j + 1].pos_ == "NOUN":
        kind_end += 1  # « les pratiques d'optimisation fiscale de X »: the kind and its adjective
    if kind_end < end and doc[j].lower_ in ("de", "d'", "d’") and doc[j + 1].pos_ == "NOUN" and doc[kind_end].lower_ in DE and j + 1 not in view.at and (
        doc[i].lemma_.lower() in TEAM_NOUNS
        or ("Plur" not in doc[j + 1].morph.get("Number") and not CueTable.shipped().for_lemma(doc[j + 1].lemma_.lower()) and doc[j + 1].lemma_.lower() not in RESHAPING_NOUNS)
        or doc[j + 1].lower_ in WEAPON_NOUNS  # « les tirs de roquettes de X »: the weapons, then the one who fires them
    ):
        # « le comité d'investiture de X », « les efforts de médiation de X », « la politique
        # d'immigration de X »: its kind; not « la décision d'exclusion de X », an act done to X
        j = kind_end
    if j in view.at and view.at[j].kind is EntityKind.PERSON and j == i + 1:
        return view.group_at(j, end)  # « la stratégie Romney », « le gouvernement Ayrault »
    if j in view.at and view.at[j].kind is EntityKind.ORGANISATION:
        # « les comptes Facebook et Instagram de X »: the platforms name the accounts
        platforms = view.group_at(j, end)
        k = platforms[-1].end if platforms else j
        owner = view.at.get(k + 1) if k + 1 < end and doc[k].lower_ in DE else None
        named_right_after = all(doc[k].lower_ in ACCESS_MEDIA for k in range(i + 1, j))  # « le site X », « le site internet X »
        if named_right_after and doc[i].lemma_.lower() in PLATFORM_NOUNS and not (owner is not None and owner.kind is EntityKind.PERSON):
            # not « la chaîne Twitch de X », whose owner is named after « de »
            return platforms  # « l'application Parler », « les applications X et Y de son magasin »: the services themselves
        if k < end and doc[k].lower_ in DE:
            j = k
        elif j == i + 1 and doc[i].lemma_.lower() in OWNED_BY_NAME and len(platforms) == 1:
            return platforms  # « le modèle Uber », « la stratégie Google »: the company's own
    by = _past_when(view, _participle_end(doc, j, end), end) if j + 1 < end and doc[j].pos_ == "VERB" and "Part" in features(doc[j], "VerbForm") else end
    if by == end and j < end and doc[j].lower_ == "par":
        by = j  # « l'annonce par X de ... »
    agent = by + 1 if by < end and doc[by].lower_ == "par" else on_behalf(view, j, end)  # « de la part de X »: as « par »
    if agent is not None:
        agents = _parties_from(view, agent, end)
        if len(found := and_by(view, agents, end)) > len(agents):
            return found  # « les efforts déployés par X et par Y »: both
        j = _past_members(view, agent, end)  # « les mesures prises par X », « les règles mises en place par X », « le coup mené ce matin à Lomé par X »
    elif j < end and doc[j].lower_ in DE:
        j += 1
    elif j < end and doc[i].lemma_.lower() == "accès" and doc[j].lower_ in ("à", "au", "aux"):
        j += 1  # « couper l'accès à X »
    else:
        return _doer_in_relative(view, j)
    group_start = j
    while j < end and (is_determiner(doc[j]) or doc[j].lemma_.lower() in PLATFORM_NOUNS or j in view.open_quotes) and j not in view.at:
        j += 1  # « l'hébergement du site X », « les dérives de « X » »
    named_at = past_role_nouns(view, j, end)
    while named_at < end and named_at in view.open_quotes and named_at not in view.at:
        named_at += 1  # « les dérives du réseau social « X » »
    found = view.group_at(named_at, end)  # « le compte de l'influenceur X »
    if not found and (named := appositive_name(view, group_start, end)) is not None:
        found = view.group_past(named, end)  # « la candidature de son adjointe, X », « le travail de celui qui ..., X »
    if not found and (typed := named_organisation(view, j, end)) is not None:
        found = view.group_at(typed, end)  # « la pression du syndicat, la FNSEA »
    if not found:
        found = examples(view, group_start, end)  # « l'accès aux réseaux sociaux (X, Y et Z) »
    if not found:
        found = _after_common_conjunct(view, j, end)  # « le travail de la gendarmerie et de M. X »
    if not found and j < end and doc[j].lemma_.lower() in party_actions() and doc[i].lemma_.lower() != doc[j].lemma_.lower() and doc[j].lemma_.lower() not in RESHAPING_NOUNS:
        return actions_of(view, j, end)  # « l'accès aux pages de X »; not « la proposition de réforme du Conseil »
    if found and doc[i].lemma_.lower() in LEGISLATIVE_TEXTS and all(_legislature(s) for s in found):
        return []  # « le projet de loi du Congrès défendu par X »: where a bill is voted, not whose
    if found and i > view.sent.start and is_possessive_determiner(doc[i - 1]) and all(s.kind is EntityKind.LOCATION for s in found):
        return []  # « la fermeture prochaine de ses sites de Lyon »: its own, where they stand
    return found or _done_by_after_object(view, j, end)


def _past_length(view: SentenceView, j: int, end: int) -> int:
    """Token j, or past how long an act has lasted when its owner's « de » follows (« le travail
    de vingt ans de X », « l'action depuis 2010 de X », « l'engagement depuis dix ans de X »):
    « de » or a preposition of duration, then a length of time or a year."""
    doc = view.doc
    if j + 1 >= end or j in view.at or not (doc[j].lower_ in DE or doc[j].lower_ in DURATION_PREPOSITIONS):
        return j
    lasting = duration_end(doc, j + 1, end)
    if lasting == j + 1 and doc[j].lower_ in DURATION_PREPOSITIONS and doc[j + 1].like_num and len(doc[j + 1].text) == 4:
        lasting = j + 2  # « depuis 2010 »: a year
    return lasting if lasting > j + 1 and lasting < end and doc[lasting].lower_ in DE and lasting not in view.at else j


#: Nouns of giving a prize (``award_noun``: « l'attribution », « la remise ») and nouns of
#: the prize given (``prize_noun``: « le prix », « la médaille »).
AWARD_NOUNS = function_words("award_noun")
PRIZE_NOUNS = function_words("prize_noun")
#: How many words the prize's name may have between its giving and « à » (« du prix Nobel de physique »).
AWARD_REACH = 8


def _award_receivers(view: SentenceView, i: int, end: int) -> list[Slot]:
    """« l'octroi de la médaille d'or à X et Y », « la remise du prix de la ville à X »:
    after a noun of giving (token i), « de », a prize and « à »: the parties who receive it; []
    where no prize is named, or a verb or another party stands before « à »."""
    doc = view.doc
    if i + 2 >= end or doc[i + 1].lower_ not in DE:
        return []
    prize = False
    for k in range(i + 2, min(i + 2 + AWARD_REACH, end - 1)):
        slot = view.at.get(k)
        if slot is not None and slot.kind in PARTIES and doc[slot.start].lower_ not in PRIZE_NOUNS:
            return []  # « la remise du rapport de X à Y »: another party's, not a prize (« du Prix Nobel », read as a name, is one)
        if doc[k].lower_ in ("à", "au", "aux") and prize:
            return parties_after_articles(view, k + 1, end)
        if doc[k].pos_ in ("VERB", "AUX") or doc[k].text in CLAUSE_BREAKS:
            return []
        prize = prize or doc[k].lemma_.lower() in PRIZE_NOUNS or doc[k].lower_ in PRIZE_NOUNS
    return []


#: How many words a first conjunct that names no party may have (« de la gendarmerie et de X »).
COMMON_CONJUNCT_WORDS = 4


def _after_common_conjunct(view: SentenceView, j: int, end: int) -> list[Slot]:
    """« le travail de la gendarmerie et de M. X »: the parties of a second conjunct after « et
    de », where the first one, from token j, is a short noun phrase that names no party."""
    doc = view.doc
    k = j
    while k < end and k - j < COMMON_CONJUNCT_WORDS and k not in view.at and (doc[k].pos_ in ("NOUN", "ADJ") or is_determiner(doc[k])):
        k += 1
    if k == j or k >= end or doc[k].lower_ != "et" or not any(t.pos_ == "NOUN" for t in doc[j:k]):
        return []
    return and_of(view, k, end)


#: Nouns of an act of force, whose « de » names whom it strikes (« l'invasion de l'Ukraine »)
#: and « par » who does it (``forceful_act``).
FORCEFUL_ACTS = function_words("forceful_act")


def _forceful_agents(view: SentenceView, i: int, end: int) -> list[Slot]:
    """« la guerre menée par X », « l'invasion de l'Ukraine par X », « l'agression de X contre Y »,
    « le coup de force mené à Lomé par X »: who does the act of force at token i; not whom its
    « de » names (« l'invasion de l'Ukraine »: the one struck), nor anyone where no « par » or
    « contre » tells."""
    doc = view.doc
    j = i + 1
    if doc[i].lemma_.lower() == "coup" and j + 1 < end and doc[j].lower_ in DE and doc[j + 1].lower_ in ("force", "état", "etat"):
        j += 2  # « le coup de force », « le coup d'État »
    while j < end and doc[j].pos_ == "ADJ" and j not in view.at:
        j += 1
    struck: list[Slot] = []
    if j + 1 < end and doc[j].lower_ in DE:
        struck = view.group_at(past_determiners(view, j + 1, end), end)
        if not struck:
            return []
        j = struck[-1].end
        if j < end and doc[j].lower_ == "contre":
            return [s for s in struck if s.kind in PARTIES]  # « l'agression de X contre Y »: X's
    if j < end and doc[j].pos_ == "VERB" and "Part" in doc[j].morph.get("VerbForm"):
        j = past_adjuncts(view, _participle_end(doc, j, end), end)
    return _parties_from(view, j + 1, end) if j < end and doc[j].lower_ == "par" else []


def _parties_from(view: SentenceView, k: int, end: int) -> list[Slot]:
    """The parties named from token k on, past their articles and role nouns (« par le président
    X et Y »: X and Y), and past a noun of some of an organisation's members (« par certains
    éléments des forces armées X »: those forces)."""
    return parties_after_articles(view, _past_members(view, k, end), end, past_roles=True)


def _past_members(view: SentenceView, k: int, end: int) -> int:
    """Past « certains éléments de », « des membres de » at token k, where an organisation is
    named after them; k elsewhere."""
    doc = view.doc
    j = past_determiners(view, k, end)
    if j + 1 >= end or j in view.at or doc[j].lower_ not in MEMBER_NOUNS or doc[j + 1].lower_ not in DE:
        return k
    named = view.at.get(past_determiners(view, j + 2, end))
    return j + 2 if named is not None and named.kind is EntityKind.ORGANISATION else k


#: Plural nouns of some of an organisation's members (``acting_member``: « certains éléments de »).
MEMBER_NOUNS = function_words("acting_member")


#: « ce que », « ce qu' »: what someone said or did follows.
WHAT_WORDS = frozenset({"que", "qu'", "qu’"})
#: Verbs of saying or doing after « ce que X » (« souscrit à ce que disait X »), by lemma.
STATEMENT_VERBS = function_words("statement_verb")


def _what_one_said(view: SentenceView, j: int, end: int) -> list[Slot]:
    """« ce que X a dit », « ce qu'a fait X » (token j after « que »): the parties who said or did
    it; not « ce que X pense de Y » (a verb of no statement)."""
    doc = view.doc
    said_by = [s for s in view.group_at(j, end) if s.kind in PARTIES]
    k = said_by[-1].end if said_by else j
    while k < end and doc[k].pos_ in ("AUX", "ADV") and k not in view.at:
        k += 1
    if k + 2 < end and doc[k].lemma_.lower() == "venir" and doc[k + 1].lower_ in DE:
        k += 2  # « les mesures que vient de prendre X »: the recent past
    if k >= end or doc[k].lemma_.lower() not in STATEMENT_VERBS:
        return []
    return said_by or [s for s in view.group_at(past_role_nouns(view, past_determiners(view, k + 1, end), end), end) if s.kind in PARTIES]  # « ce qu'a dit X », « ... qu'ont prises les autorités »


#: Nouns of a bill, and first words of the names of the assemblies that vote them: a bill « du
#: Congrès » is no act of the Congress that a relation aimed at it would aim at.
LEGISLATIVE_TEXTS = function_words("legislative_text")
LEGISLATURES = function_words("legislature")


def _legislature(slot: Slot) -> bool:
    """The mention names an assembly that votes bills (``legislature`` in ``function_words.tsv``)."""
    words = slot.text.split()
    return bool(words) and slot.kind is EntityKind.ORGANISATION and words[0].lower() in LEGISLATURES


#: Nouns of a way of doing that a company's name right after them owns (« le modèle Uber »).
OWNED_BY_NAME = function_words("owned_by_name")


def _act(token: Token) -> bool:
    """A noun of what a party owns, does or says (``party_actions.txt``), by lemma or by form
    (the lemmatiser cuts some: « immobilism »)."""
    if token.lower_ in SUPPORTER_PLURALS:
        return False  # « les soutiens de X »: X's supporters, not X's acts
    return token.lemma_.lower() in party_actions() or token.lower_ in party_actions()


#: Plural forms of nouns of acts that name people (« les soutiens de X »: X's supporters).
SUPPORTER_PLURALS = function_words("supporter_plural")
#: Adjectives by which the noun of something owned belongs to others (« les comptes proches de X »).
RELATING_ADJECTIVES = function_words("relating_adjective")


def _acronym_modifier(doc: Doc, j: int, end: int) -> bool:
    """An acronym that names no party and qualifies the noun before its « de » (« les fréquences
    TNT de X », « le forfait 5G de X »)."""
    return doc[j].pos_ in ("PROPN", "NOUN", "NUM") and doc[j].text.isupper() and len(doc[j].text) > 1 and j + 1 < end and doc[j + 1].lower_ in DE


def _mistagged_adjective(doc: Doc, noun: int, j: int, end: int) -> bool:
    """A word in lower case, tagged a noun, between the noun of an act and its « de » and agreeing
    with it in number (« les propos scandaleux de X »: « scandaleux » read as a noun): an adjective;
    not a noun of an act itself (« le téléchargement et l'utilisation de X »)."""
    word = doc[j]
    if word.pos_ != "NOUN" or not word.is_lower or j + 1 >= end or _act(word):
        return False
    if doc[j + 1].lower_ not in DE and doc[j + 1].text not in CLOSING_QUOTES:
        return False
    number, noun_number = word.morph.get("Number"), doc[noun].morph.get("Number")
    return not number or not noun_number or number == noun_number


def _describing_participle(view: SentenceView, j: int, end: int) -> bool:
    """A past participle that qualifies the noun before it as an adjective does (« répétées »),
    not one that brings the author with « par », past a time or a place (« prises par X », « le
    travail effectué depuis cinq ans par X »)."""
    doc = view.doc
    if doc[j].pos_ != "VERB" or not is_past_participle(doc[j]):
        return False
    k = _past_when(view, _participle_end(doc, j, end), end)
    return k >= end or doc[k].lower_ != "par"


def _past_when(view: SentenceView, k: int, end: int) -> int:
    """Past the adjuncts and a duration at token k (« effectué depuis cinq ans par X »)."""
    k = past_adjuncts(view, k, end)
    return lasting_end(view.doc, k, end)


#: Nouns of weapons (« les tirs de roquettes de X »), as written.
WEAPON_NOUNS = function_words("weapon_noun")
#: Nouns of a quality an adjective gives to what their « de » names (« le caractère inacceptable de »), by lemma.
QUALITY_NOUNS = function_words("quality_noun")


def past_quality(view: SentenceView, i: int, end: int) -> int:
    """Past a noun of quality, its adjectives and its « de » (« le caractère inacceptable des
    propos de X »: from « propos »), where token i is one; else i."""
    doc = view.doc
    if i >= end or i in view.at or doc[i].lemma_.lower() not in QUALITY_NOUNS:
        return i
    j = i + 1
    while j < end and j not in view.at and (doc[j].pos_ in ("ADJ", "ADV") or _judging_word(doc[j]) or doc[j].text in CLOSING_QUOTES or (doc[j].lower_ in ("et", ",") and j > i + 1)):
        j += 1  # « le caractère totalement inacceptable et injustifié », « du « caractère scandaleux » de »
    if j == i + 1 or j >= end or doc[j].lower_ not in DE or not any(doc[k].pos_ == "ADJ" or _judging_word(doc[k]) for k in range(i + 1, j)):
        return i
    return j + 1


def _judging_word(token: Token) -> bool:
    """A lower-case word of judgement (``judgements.tsv``) the tagger may read as a noun after a
    noun of quality (« le caractère scandaleux »)."""
    return token.is_lower and token.lower_ in judgement_words()


#: Nouns that make one participle with « mis en » before them (« mises en œuvre par X »).
PUT_INTO = function_words("put_into_noun")


def _participle_end(doc: Doc, j: int, end: int) -> int:
    """Where the past participle at j ends: past « en œuvre », « en place » (« mises en œuvre »)."""
    if j + 2 < end and doc[j + 1].lower_ == "en" and doc[j + 2].lower_ in PUT_INTO:
        return j + 3
    return j + 1


#: How many words the object of an act may have before the « par » of its author.
ACT_OBJECT_WORDS = 4


def _done_by_after_object(view: SentenceView, j: int, end: int) -> list[Slot]:
    """« la pratique du pouvoir personnel par X »: the author of an act, named by « par » after
    the act's object (a few nouns and adjectives that name no party), from token j (after « de »)."""
    doc = view.doc
    k = _past_object_words(view, j, end)
    if k < end and k > j and doc[j].lemma_.lower() in RESHAPING_NOUNS and doc[k].lower_ in DE:
        k = _past_reshaped(view, k + 1, end)  # « la proposition de réforme du Conseil présentée par Y »
    if k == j or k >= end or doc[k].lower_ != "par":
        return []
    k += 1
    while k < end and is_determiner(doc[k]) and k not in view.at:
        k += 1
    return view.group_at(past_role_nouns(view, k, end), end)


def _past_object_words(view: SentenceView, k: int, end: int) -> int:
    """The token after the few nouns, adjectives and articles that name an act's object and no
    party, from token k (at most ``ACT_OBJECT_WORDS`` words)."""
    doc, start = view.doc, k
    while k < end and k - start <= ACT_OBJECT_WORDS and k not in view.at and doc[k].pos_ in ("NOUN", "ADJ", "DET"):
        k += 1
    return k


def _past_reshaped(view: SentenceView, k: int, end: int) -> int:
    """From token k, after the « de » of a noun of change: past what is changed (a party, or a
    few nouns and adjectives) and the past participle that introduces its author's « par »
    (« du Conseil de sécurité présentée par »); the token « par », else ``end``."""
    doc = view.doc
    k = view.at[k].end if k in view.at else _past_object_words(view, k, end)
    if k + 1 < end and doc[k].pos_ == "VERB" and "Part" in features(doc[k], "VerbForm") and doc[k + 1].lower_ == "par":
        return k + 1
    return end


#: How many words of a description may stand between « de » and the owner of an account.
OWNER_DESCRIPTION_WORDS = 5


def account_platforms(view: SentenceView, owner: Slot) -> list[Slot]:
    """« la suspension du compte Twitter de X », « les comptes Facebook et Instagram de X ont été
    fermés »: the platforms named between a proxy noun and its owner, where a ban with no actor
    named takes place (and so the platforms that banned), else nothing."""
    doc = view.doc
    first = view.sent.start
    j = owner.start - 1
    steps = 0
    while j >= first and steps < OWNER_DESCRIPTION_WORDS:
        if j in view.at and view.at[j].cluster == owner.cluster:
            j = view.at[j].start - 1  # « de l'ancien président américain X »: its description
        elif j not in view.at and (is_determiner(doc[j]) or (doc[j].is_lower and doc[j].pos_ in ("NOUN", "ADJ"))):
            j -= 1  # « du président X »
        else:
            break
        steps += 1
    if j < first or doc[j].lower_ not in DE:
        return []
    j -= 1
    found: list[Slot] = []
    while j >= first and j in view.at and view.at[j].kind is EntityKind.ORGANISATION:
        found.insert(0, view.at[j])
        j = view.at[j].start - 1
        if j >= first and doc[j].lower_ in ("et", ","):
            j -= 1  # « Facebook et Instagram »
    return found if found and names_a_proxy(view, found[0]) else []


def names_a_proxy(view: SentenceView, slot: Slot) -> bool:
    """« le compte Twitter », « la chaîne YouTube »: a platform named after a proxy noun names
    where the account is, not a party."""
    j = slot.start - 1
    while j >= view.sent.start and view.doc[j].pos_ == "ADJ" and j not in view.at:
        j -= 1
    if j < view.sent.start or j in view.at or view.doc[j].lemma_.lower() not in party_actions():
        return False
    if view.doc[j].lemma_.lower() in PLATFORM_NOUNS and not (slot.end < len(view.doc) and view.doc[slot.end].lower_ in DE):
        return False  # « l'application Pixelia a banni X »: the service itself
    return not (slot.kind is EntityKind.PERSON and _completes_a_role(view, j))


def _completes_a_role(view: SentenceView, j: int) -> bool:
    """Token j is the complement of a role noun (« le chef du gouvernement X », « la porte-parole
    de la campagne X »): the person after it holds the role; the noun is no proxy of theirs."""
    doc = view.doc
    k = j - 1
    if k > view.sent.start and doc[k].lower_ in ("la", "l'", "l’"):
        k -= 1
    return k > view.sent.start and doc[k].lower_ in DE and doc[k - 1].lower_ in role_heads()
