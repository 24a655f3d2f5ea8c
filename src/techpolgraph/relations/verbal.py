"""Reading a cue's parties from the mentions around it in its clause (the window reading).

For a verb: its subject (:mod:`.subjects`) and its object or complement (:mod:`.complements`),
read both ways for a passive (« X a été banni par Y », « X a été banni de Twitter », « Financé
par X, Y ... ») and with each other for a reciprocal (« les deux hommes se sont rencontrés »,
« X et Y ont déjeuné ensemble »); the objects together where the frame says so (« un déjeuner
réunissant X et Y »); the antecedent of a relative as the object (:mod:`.relatives`). A noun
goes to its frame (:mod:`.nominal`).
"""

from __future__ import annotations

from collections.abc import Collection
from functools import lru_cache
from typing import Optional

from spacy.tokens import Doc, Token

from ..data import function_words, read_lines
from ..nlp.events import date_words, time_nouns
from ..models import EntityKind, RelationType
from ..nlp.text import phrase_at
from ..resolve.document import ADDRESSEE_PRONOUNS, FIRST_PERSON_SUBJECTS, FIRST_PERSON_WORDS
from ..resolve.roles import nationalities
from .complements import ACCOUNT_NOUNS, COMPANY_PARTICIPLES, UNDERGONE_NOUNS, authorities_of_opening_place, bare_object, co_agents, complement, country_of_ban, direct_object, from_office, fronted, members_in_apposition, own_account_platform, parties_in_object_list, past_relative
from .control import addressed_by_name, before_auxiliaries, caller, dative_clitic, inverted_subject, object_clitic, opening_infinitive, opening_participle, reported_subject, speaker, speaker_after_comma
from .cues import Argument, Cue, CuePos, CueTable, Source, cue_end, etre_verbs, features, gapped_tail, modality_words, verb_lemma
from .modality import PAST_PARTICIPLE_ENDINGS, auxiliary_before_incise, is_future, order_verb, party_negated, present_of_er_verb, to_come
from .nominal import COURTESY_NOUNS, HEARING_NOUNS, LIFTING_VERBS, MEETING_BODIES, RANKS_NOUNS, WELCOME_VERBS, WITHDRAWING_VERBS, described_one, describes, ends_a_sanction, listed_after_parmi, nominal, past_taking_place, withdrawn
from .proxies import MEASURE_NOUNS, PLATFORM_NOUNS, account_platforms, actions_of, coordinated_par, decided_by, document_author, measure_at, proxy_subject
from .relatives import NOMINATION_NOUNS, dont_owner, opening_dont, relative_complement, relative_object, relative_pronoun, slot_before
from .typography import CLOSING_QUOTES, QUOTES
from .sentence import (
    comma_incise_end,
    is_possessive_determiner,
    ADDRESSEE_POSSESSIVES,
    finite_verb_group_at,
    opens_clause,
    CLAUSE_BREAKS,
    DATIVE_RELATIVES,
    DE,
    DURING,
    NE_WORDS,
    MAX_GAP,
    PARTIES,
    POLITICAL_SIDES,
    REFLEXIVE,
    PREPOSED_RELATIVES,
    RELATIVE_PRONOUNS,
    TYPE_NOUNS,
    SentenceView,
    Slot,
    among,
    before_qualifiers,
    coordinated,
    during,
    examples,
    expand,
    is_determiner,
    is_title,
    is_organ_noun,
    is_past_participle,
    is_possessive,
    kept_per_doc,
    kept_per_view,
    last_group,
    made_to_undergo,
    on_behalf,
    parties_after_articles,
    past_adjuncts,
    past_determiners,
    past_role_nouns,
    phrase_end,
    reflexive,
    role_heads,
    SPEAKER_POSSESSIVES,
)
from .subjects import APPOSED_REFLEXIVE, MEMBER_NOUNS, SPEAKER_PRONOUNS, SPELLED_WE_WORDS, nearby_subjects, resumed_author, subject_after, subjects_of, summed_up_author, we_spelled_out


#: The relative pronouns after « , ce » that take up the clause before, by the cue's argument (« ce que je salue », « ce dont je me réjouis »).
CLAUSE_RELATIVES = {Argument.OBJ: ("que", "qu'", "qu’"), Argument.DE: ("dont",)}


def _clause_taken_up(view: SentenceView, cue: Token, spec: Cue) -> Optional[int]:
    """« ..., ce que je salue », « ..., ce dont nous nous réjouissons », « ..., ce que nous
    regrettons vivement »: the cue's object is the clause before the comma, taken up by « ce »
    and a relative pronoun of its argument; its subject, a pronoun or a party, right before the
    cue, past clitics, auxiliaries and adverbs: where that clause opens, else None. Not a clause of
    saying (« X dit avoir rencontré Y, ce que Y conteste »): what is disputed are words, which the
    relation of saying reads."""
    relatives = CLAUSE_RELATIVES.get(spec.argument)
    if relatives is None:
        return None
    doc, k = view.doc, cue.i - 1
    while k > view.sent.start and (doc[k].pos_ in ("AUX", "ADV") or (doc[k].pos_ == "PRON" and doc[k - 1].pos_ == "PRON" and doc[k - 1].lower_ not in relatives)):
        k -= 1  # « je l'ai toujours », « nous nous »; not past the subject right after « que »
    if k not in view.at and doc[k].pos_ != "PRON":
        return None
    k = view.at[k].start - 1 if k in view.at else k - 1
    if not (k - 2 >= view.sent.start and doc[k].lower_ in relatives and doc[k - 1].lower_ == "ce" and doc[k - 2].text == ","):
        return None
    opening = _clause_opening(view, cue)
    verbs = [t for t in doc[opening : k - 2] if t.pos_ in ("VERB", "AUX")]
    verb = next((t for t in verbs if t.pos_ == "VERB"), verbs[0] if verbs else None)  # past « a » to « dit »
    saying = verb is None or verb_lemma(verb) in modality_words().get("reporting", ())  # « X dit avoir rencontré Y, ce que Y conteste »: words, disputed
    return None if saying else opening


#: Marks after which a clause opens inside a sentence: a colon, a quote, a dash of minutes.
CLAUSE_OPENING_MARKS = frozenset({":", ";", "«", "“", '"', "–", "—"})


def _clause_opening(view: SentenceView, cue: Token) -> int:
    """The first token of the clause the cue's sentence opens last before it, after a colon, a
    quote or a dash (« X a dit : « P a baissé ses tarifs, ce que je salue » »: P), else the
    sentence's first token."""
    doc = view.doc
    return next((k + 1 for k in range(cue.i - 1, view.sent.start - 1, -1) if doc[k].text in CLAUSE_OPENING_MARKS), view.sent.start)


def arguments(view: SentenceView, cue: Token, spec: Cue) -> list[tuple[Slot, Slot, bool]]:
    """The cue's parties read from the mentions around it in its clause (module docstring)."""
    start, end = view.clause(cue.i)
    after = cue_end(view.doc, cue, spec) or cue.i + len(spec.words)
    if spec.argument is Argument.ENTRE:
        group = expand(complement(view, past_qualifiers(view, after, end), end, ("entre",), gap=2) or complement(view, past_relative(view, after, ("entre",)), view.sent.end, ("entre",), gap=0))
        if not group and spec.pos is CuePos.NOUN:  # « une réunion a eu lieu mardi entre X et Y »
            taking_place = past_taking_place(view, after, end)
            group = expand(
                complement(view, taking_place, end, ("entre",), gap=3)
                or complement(view, _past_place_phrase(view, taking_place, end), end, ("entre",), gap=0)
                or (complement(view, past_adjuncts(view, taking_place, end), end, ("entre",), gap=0) if taking_place < end else [])  # « a lieu le 23 octobre 1940 entre X et Y »
            )
        if not group and spec.pos is CuePos.NOUN and spec.relation is RelationType.MET:
            group = _people_after_their_meeting(view, cue, after) or _owners_of_their_meeting(view, cue, after)
        if not group and spec.pos is CuePos.NOUN and _opens_after_fronted_group(view, cue):
            group = [s for s in expand(fronted(view, cue, "entre")) if s.kind is not EntityKind.LOCATION]  # « Entre X et Y, le dialogue a été franc »
        return among(group, spec.relation)
    if spec.relation is RelationType.BANNED and spec.pos is CuePos.VERB and from_office(view, after, end):
        return []  # « suspendue de ses fonctions par le Parlement »: removed from office, not banned
    if spec.relation is RelationType.MET and spec.pos is CuePos.VERB and _bare_participle_of_saying(cue):
        return []  # « le volet, confié aux juges X et Y »: a thing entrusted, no one told
    if spec.relation is RelationType.MET and spec.pos is CuePos.VERB and _entrusts_a_task(cue):
        return []  # « il avait confié à X le soin de rédiger un rapport »: a task entrusted, no one told
    if spec.relation is RelationType.ENDORSED and spec.pos is CuePos.VERB and _takes_on_a_role(view, cue, after, end):
        return []  # « le rôle que la France peut endosser », « endosser le costume de chef »: a role taken on, no one endorsed
    if spec.relation is RelationType.MET and spec.pos is CuePos.VERB and spec.lemma in INVITING_VERBS and _invited_to_act(view, after, view.sent.end):
        return []  # « a invité son homologue X à s'exprimer devant les ambassadeurs »: asked to act, not to meet
    if spec.lemma in ALERTING_CUES:  # « attire l'attention du ministre sur les dérives de X »; not « sur la situation de X »
        on = _wrongdoing_on(view, after, end)
        targets = expand(complement(view, on, end, ("sur",), gap=0) or actions_of(view, on + 1, end)) if on is not None else []
        return [(s, t, False) for s in expand(subjects_of(view, cue, start)) for t in targets if s.cluster != t.cluster]
    if spec.lemma in CALL_VERBS and spec.pos is CuePos.VERB and reflexive(view.doc, cue, view.hidden):
        return []  # « elle ne s'appelle pas X »: a name, no call
    if spec.lemma in CALL_VERBS and spec.pos is CuePos.VERB and not _active(cue) and any(t.lower_ in ("à", "au", "aux") for t in view.doc[after:end]):
        return []  # « X a été appelé à la tête du gouvernement par Y », « appelé à rejoindre »: called to an office, no call
    seen = seen_undergone(view, cue, start) if spec.pos is CuePos.VERB and spec.relation is RelationType.BANNED else None
    if seen is not None:  # « X a vu son compte Instagram suspendu (par Y) »
        platforms, owners = seen
        actors = passive_actors(view, cue, spec, after, end) or platforms
        return [(a, o, False) for a in actors for o in owners if a.cluster != o.cluster]
    if spec.pos is CuePos.VERB and verb_lemma(cue) in GOING_ON_VERBS and _after_quotation(view, cue):
        return []  # « « ... », poursuit-il »: he goes on saying, sues no one
    opening = _clause_taken_up(view, cue, spec) if spec.pos is CuePos.VERB and spec.relation in (RelationType.CRITICISED, RelationType.ENDORSED) else None
    if opening is not None:
        # « P a baissé ses tarifs, ce que je salue », « P dessert l'île, ce dont nous nous réjouissons »: the clause's subject
        taken = expand(reported_subject(view, cue, opening))
        return [(s, t, False) for s in expand(subjects_of(view, cue, start)) for t in taken if s.cluster != t.cluster]
    said = speaker_after_comma(view, cue, after, end) if spec.pos is CuePos.VERB else []
    if said:  # « X trompe les utilisateurs, a accusé la Commission »: the Commission, of X
        aimed = spec.argument is Argument.OBJ and spec.relation in (RelationType.CRITICISED, RelationType.ENDORSED)
        return [(a, t, False) for a in expand(said) for t in (expand(reported_subject(view, cue)) if aimed else []) if a.cluster != t.cluster]
    subjects = expand(subjects_of(view, cue, start))
    if not subjects and spec.relation is not RelationType.MET and not is_passive(cue) and not made_to_undergo(view, cue):
        subjects = expand(document_author(view, start, cue))  # « une décision de X a imposé à Y une amende »: X's
    if spec.source is Source.EXPERIENCER:
        return _felt(view, cue, start, subjects, after, end)
    if spec.source is Source.BENEFICIARY:
        return _relied_on(view, subjects, after, end, spec.argument.words)
    if spec.pos is CuePos.VERB and view.doc[view.sent.start].lower_ == "parmi" and is_past_participle(cue):
        actors = passive_actors(view, cue, spec, after, end)
        listed = expand(listed_after_parmi(view, cue, actors[-1].end, nouns=True)) if actors else []
        if listed:  # « Parmi les invités reçus par Y figurent A et B »
            return [(a, s, False) for a in actors for s in listed if a.cluster != s.cluster]
    if spec.argument is Argument.AGENT_DE:  # « Y est dans le collimateur de X »: X aims at Y
        actors = expand(complement(view, after, end, DE, gap=1))
        if spec.relation is RelationType.ENDORSED:  # « X est désignée candidate du parti P »; not « candidat de Lyon », a place
            if _designated(view, cue, start) is None:
                return []  # « X, candidat du parti P, a dit »: a role that describes X, no act of P's
            actors = [a for a in actors if a.kind is not EntityKind.LOCATION and a.text[:1].isupper()]  # named, not « du parti »
            actors = [a for a in actors if not _camp_before(view, after, a)]  # « le candidat d'extrême droite X »: X is the candidate
            if not actors:
                actors = expand(complement(view, after, end, ("par",), gap=1))  # « X a été désignée candidate par le parti P »
            return [(a, h, False) for a in actors for h in candidate_of(view, cue, start, actors)]
        owners = proxy_subject(view, start, cue)  # « le compte de Y est dans le viseur de X »: Y, the owner
        return [(a, s, False) for a in actors for s in (subjects if owners is None else expand(owners)) if a.cluster != s.cluster]
    holders = (apposed_to(view, cue) or named_after_noun(view, cue, after, end)) if spec.pos is CuePos.VERB and not (spec.reflexive and spec.lemma in APPOSED_REFLEXIVE) else []  # « X, rallié à Y »: X's act
    if spec.pos is CuePos.VERB and _state_participle(view, cue, spec, after, end):
        # « X est opposé à Y », « X, opposé à Y, ... », « Opposé à Y, X ... »: a state of X's, no passive
        holders = holders or (expand(subject_after(view, phrase_end(view, after))) if opening_participle(view, cue) else [])
        targets = expand(complement(view, after, end, spec.argument.words, gap=MAX_GAP))
        return [(h, t, party_negated(view.doc, t.start, view.sent.start)) for h in (holders or subjects) for t in targets if h.cluster != t.cluster]
    if spec.pos is CuePos.VERB and cue.lemma_.lower() in etre_verbs():
        state = holders or (_apposed_before_comma(view, cue) if is_past_participle(cue) or cue.lower_.endswith(PAST_PARTICIPLE_ENDINGS) else [])  # not « ..., allèrent voir Y »
        subjects, holders = (state or subjects), []  # « X, assis à la droite de Y, ... »: a state of X's, no passive
    elif spec.pos is CuePos.VERB and "Inf" in features(cue, "VerbForm") and _motion_participle(view.doc[cue.i - 1]):
        participle = view.doc[cue.i - 1]
        before = view.at.get(participle.i - 1)
        right_before = [before] if before is not None and before.end == participle.i and before.kind in PARTIES else []
        # « a critiqué X, venu rencontrer Y », « l'armée X venue aider Y »: X
        subjects = _apposed_before_comma(view, participle) or right_before or subjects
    if holders:  # « Génération identitaire, mouvement dissous par le ministère »
        return [(a, h, False) for a in passive_actors(view, cue, spec, after, end) for h in holders]
    if not subjects and opening_participle(view, cue):
        actors = passive_actors(view, cue, spec, after, end)
        if actors:  # « Financé par X, Y entre en politique »
            actors, close = opening_actors(view, actors, view.sent.end)
            subjects = expand(subject_after(view, close))
            if not subjects:
                actors, subjects = _subject_read_as_actor(view, actors)
            return [(a, s, False) for a in actors for s in subjects if a.cluster != s.cluster]
    if spec.relation is RelationType.BANNED and spec.lemma in DEPRIVING_VERBS and not _deprived_of_a_medium(view, after, end):
        return []  # « a privé X de subventions »: money taken, no ban; « privé de son compte »: a ban
    if (made_to_undergo(view, cue) or is_passive(cue)) and spec.lemma in WITHDRAWING_VERBS and _support_after(view, after, end):
        return []  # « X s'est vu retirer son investiture par P », « a été privé de son investiture »: support taken back, no ban
    if spec.argument is Argument.EN_PRESENCE_DE and (is_passive(cue) or made_to_undergo(view, cue)):
        return []  # « les accords sont signés par X et Y »: a thing done, its presence unsaid
    if spec.argument is Argument.AVEC and spec.pos is CuePos.VERB and _done_with(view, cue, end):
        return []  # « X a critiqué l'accord signé avec Y »: a thing done with Y, by someone unsaid
    if (is_passive(cue) or made_to_undergo(view, cue)) and spec.argument is Argument.AVEC:
        if spec.lemma in NOT_RECIPROCAL and treaty_signed(cue):
            return among(expand(passive_actors(view, cue, spec, after, end)), spec.relation)  # « le traité est signé par X et Y »: together
        return []  # « les accords sont signés par X et Y », « le texte a été discuté avec Y »: a thing done, no party
    if is_passive(cue) or made_to_undergo(view, cue):
        stopped = MEASURE_NOUNS if spec.relation is RelationType.BANNED else frozenset()
        owners = proxy_subject(view, start, cue, stopped)
        if owners is None and not subjects and start > view.sent.start:
            # « Les comptes de X, l'organisation que préside Z, sont supprimés »: past the relative
            owners = proxy_subject(view, view.sent.start, cue, stopped)
        owners = dont_owner(view, start, cue) or owners  # « X, dont le compte a été suspendu »
        subjects = subjects if owners is None else expand(owners)
        if not subjects and spec.relation is RelationType.CRITICISED:
            subjects = expand(resumed_author(view, cue))  # « X a ..., des propos qui ont été condamnés par Z »
        actors = passive_actors(view, cue, spec, after, end)
        if not subjects and actors and opening_infinitive(view, cue) and caller(view, cue) is None:
            subjects = expand(subject_after(view, phrase_end(view, max(a.end for a in actors))))  # « Après avoir été reçu par X, Y ... »
        if not actors and owners and spec.relation is RelationType.BANNED:
            actors = account_platforms(view, owners[0])  # « le compte Instagram de X a été suspendu »
        if not actors and subjects and spec.relation is RelationType.BANNED and not any(t.lower_ == "par" for t in view.doc[after:end]):
            actors = platform_joined_before(view, subjects[0], start)  # « X a rejoint P, puis son compte a été suspendu »
        if not actors and spec.relation is RelationType.MET and _welcomed_by_the_voice(view, cue, subjects, after, end):
            actors = [view.voice]  # « Vous êtes reçu ici comme un ami », in the host's words
        actors, gapped = _gapped_passive(view, actors, end)
        return [(a, s, False) for a in actors for s in subjects] + gapped
    if spec.pos is CuePos.NOUN and names_an_organ(view, cue, adjectives=spec.relation is not RelationType.MET):
        return []  # « la commission d'investiture du parti », « le bureau de soutien »: a body, no act
    if spec.pos is CuePos.NOUN and spec.relation is RelationType.ENDORSED and withdrawn(view, cue, start):
        return []  # « le parti a retiré l'investiture de X »: taken back
    if spec.pos is CuePos.NOUN and _owned_by_the_speaker(view, cue):
        # « X a décidé ... et nous avons réitéré notre soutien à Y »: ours, never X's
        subjects = [s for s in subjects if view.doc[s.start].lower_.replace("’", "'") in SPEAKER_PRONOUNS]
    if spec.pos is CuePos.NOUN:
        shared = their_meeting(view, cue, spec, subjects, after, end) or meeting_of_group(view, spec, after, end)
        if shared:  # « Pour leur première rencontre, X et Y ont ... », « la rencontre de X et Y »
            return shared
        sources, targets = nominal(view, cue, spec, subjects, start, after, end)
        return pair_up(view, sources, targets)
    if not subjects and spec.relation is RelationType.BANNED:
        subjects = authorities_of_opening_place(view, cue, start)  # « En Algérie, ..., les autorités ont bloqué X »
    if not subjects:
        inverted = inverted_subject(view, cue, after, end)
        if inverted:  # « « ... », a affirmé X au patron de Y, Z. »
            subjects, after = expand(inverted), inverted[-1].end
    dative = dative_clitic(view, cue, start)
    if spec.argument is Argument.A and dative is not None:
        # « Y lui rendrait visite »: « lui » is the party; an « à » after the cue is a place
        targets = [view.at[dative]] if dative in view.at else speaker(view, start)
        subjects = [s for s in subjects if dative not in range(s.start, s.end)]
    elif spec.argument is Argument.A and (called := addressed_by_name(view, cue, after, start)):
        targets = called  # « je vous souhaite la bienvenue M. Y »: the one called by name
    elif spec.argument is Argument.OBJ and spec.lemma in NO_PROXY_VERBS:
        targets = bare_object(view, after, end)  # « voter X »; not « voter la réforme de X », nor members listed after it
    elif spec.argument is Argument.OBJ:
        # one meets a person, not their account or their policy; one bans an account, not a measure
        proxies = spec.relation is not RelationType.MET and not (spec.relation is RelationType.BANNED and measure_at(view, after, end))
        tail = gapped_tail(view.doc, cue, spec) if spec.words[-1] not in ("que", "qu'", "qu’") else None  # « regrette, Y, que Z ... »: Z, not the one spoken to
        if tail is not None:  # « a mis, le 3 mai, Meta en demeure »: the object before the locution's other words
            targets = direct_object(view, cue.i + 1, tail, proxies)
        else:
            targets = (licensee_before(view, after, end) if spec.relation is RelationType.BANNED else []) or (  # « a interdit à X l'accès au Parlement »: X
                _object_or_antecedent(view, cue, start, after, end, proxies)
            )
        if not targets and spec.relation in (RelationType.CRITICISED, RelationType.ENDORSED):
            targets = decided_by(view, after, end)
        if not targets and tail is None:
            targets = parties_in_object_list(view, after, end)  # « a rencontré des syndicalistes, des élus et Y »
        if not targets and (spec.lemma in DEPLORING_VERBS or spec.lemma in PRAISING_VERBS):
            targets = _completive_subject(view, after, praise=spec.lemma in PRAISING_VERBS)  # « X déplore que Y ait refusé de négocier », « X salue le fait que Y ait ... »: Y
        if not targets and spec.relation is RelationType.BANNED:
            targets = used_service(view, after, end) or withdrawn_licence(view, after, end)
        if not targets and spec.relation is RelationType.BANNED and (past := _past_removed_from(view, after, end)) > after:
            targets = direct_object(view, past, end, proxies)  # « a retiré de son magasin l'application X »: X
        if not targets:
            targets = object_clitic(view, cue, start) or addressed_by_name(view, cue, after, start)  # « qui l'ont banni », « je vous remercie, M. Y, de ... »
        elif subjects and tail is None:
            subjects = subjects + [s for s in co_agents(view, past_adjuncts(view, after, end), end) if all(s.cluster != x.cluster for x in subjects)]  # « nous avons reçu avec X le recteur »: X too
        if targets and spec.lemma in ACTS_ONLY_VERBS and not _owner_of_act(view, targets[0]):
            targets = []  # « X regrette Y »: misses Y; « X regrette la décision de Y » criticises Y's act
        if targets and spec.lemma in ATTRIBUTE_VERBS and not _word_after(view, *(_past_apposed(view, targets[-1], end) if targets[-1].start > cue.i else (after, end)), DE):
            targets = []  # « X a traité Y de menteur », not « X a traité Y avec respect »
        if targets and spec.relation is RelationType.ENDORSED and _for_courtesy(view, after, targets, end):
            targets = []  # « je remercie X pour sa venue », « salue la présence de X »: courtesy, no support
        if targets and spec.lemma in WINNING_OVER_VERBS and _word_after(view, targets[-1].end, end, ("à", "au", "aux")):
            targets = []  # « X a rallié Y à sa cause »: X won Y over; Y rallied to X
    elif spec.argument is Argument.EN_PRESENCE_DE:
        targets = in_presence_of(view, after, end)
        if spec.lemma in TAKING_PLACE_VERBS:
            return _held_in_presence(view, cue, targets, subjects)
        present = {t.cluster for t in targets}
        received = [o for o in (direct_object(view, after, end, proxies=False) or object_clitic(view, cue, start)) if o.kind is EntityKind.PERSON and o.cluster not in present]
        if targets and received:  # « a reçu Y en présence de Z »: Z was there with Y, whom the verb's own reading gives the subject
            return [(t, o, False) for t in expand(targets) for o in expand(received) if t.cluster != o.cluster]
    else:
        targets = complement(view, after, end, spec.argument.words, gap=MAX_GAP) or relative_complement(view, cue, subjects, spec.argument.words)
        if spec.argument is Argument.CONTRE and spec.relation in (RelationType.CRITICISED, RelationType.ENDORSED) and (acted := _act_against(view, after, end)) is not None:
            targets = acted  # « s'élève contre l'expulsion de X par Y »: Y, who did it; not X, who undergoes it
        if targets and spec.lemma in TOPIC_VERBS and not _talked_with(view, after, targets[0]):
            targets = []  # « a évoqué ses liens avec Y »: the « avec » of the links, not of a talk
        if targets and spec.relation is RelationType.BANNED and spec.words[-1] in ACCESS_NOUNS:
            targets = later_dative(view, targets, end) or targets  # « a interdit l'accès au Parlement à X »: X, not the place
        if not targets and spec.argument is Argument.AUX_COTES_DE:
            targets = _beside_owner(view, after, end)  # « la France restera à vos côtés »
        if not targets and spec.argument is Argument.DE:
            targets = _on_behalf_complement(view, after, end)  # « a reçu un appel de la part de Y »
        if not targets and spec.argument is Argument.DE and spec.relation in (RelationType.CRITICISED, RelationType.ENDORSED) and after < end and view.doc[after].lower_ in DE:
            targets = decided_by(view, after + 1, end)  # « se réjouit des propositions de dialogue faites à l'opposition par Y »
        if not targets and spec.argument is Argument.DE and spec.lemma in PRAISING_VERBS:
            targets = _completive_subject(view, after, praise=True)  # « se félicite (du fait) que Y ait entrepris ... »: Y
        if not targets and "contre" in spec.argument.words:
            targets = fronted(view, cue, "contre")  # « Contre X, le parquet a requis six mois de prison »
        if not targets and "avec" in spec.argument.words and spec.relation is RelationType.MET:
            targets = fronted(view, cue, "avec")  # « Avec le président X, nous avons évoqué la crise »
    if targets and spec.lemma in CALL_VERBS and not _nothing_after(view, targets[-1].end if targets[-1].start > cue.i else after, end):
        targets = []  # « X a appelé Y mardi », not « X a appelé Y à la démission », « X appelle Y son ami », « un appel de Y à la grève »
    if targets and spec.lemma in CALL_VERBS and targets[0].start - 1 == after and view.doc[after].text in QUOTES:
        targets = []  # « X m'appelle « Y » »: a name given, in quotes, no call
    if spec.lemma in LIFTING_VERBS and ends_a_sanction(view, after, end):
        return []  # « a mis fin au blocage de X »: the ban ends, no one is banned
    gapped = gapped_pairs(view, targets, end) if spec.argument is Argument.OBJ else []
    if gapped:  # « P a investi X, le parti Q Y et R Z »: Q invested Y, R invested Z
        taken = {id(s) for pair in gapped for s in pair}
        targets = [t for t in targets if id(t) not in taken]
    targets = expand(targets)
    spelled = we_spelled_out(view, subjects[0]) if subjects else []  # « Nous avons discuté, X et moi, ... »: the « nous » named
    if spelled and targets:
        targets = [t for t in targets if not any(t is s for s in spelled)]  # « Nous avons critiqué P, X et moi »: X is the « nous »
    if not subjects and targets and opening_infinitive(view, cue) and caller(view, cue) is None:
        subjects = expand(subject_after(view, phrase_end(view, targets[-1].end)))  # « Après avoir rencontré X la veille, Y ... »
    if not subjects and spec.relation is RelationType.MET and spec.argument is Argument.OBJ:
        subjects = expand(members_of_plural_subject(view, cue, targets))  # « des patrons ont rencontré X, dont A et B »
    if spec.source is Source.OBJECTS and not subjects:
        # « un déjeuner réunissant X et Y »: those named are together
        return [(a, b, False) for n, a in enumerate(targets) for b in targets[n + 1 :] if a.cluster != b.cluster]
    if spec.lemma in NOT_RECIPROCAL and len(subjects) >= 2 and coordinated(view.doc, subjects) and treaty_signed(cue):
        return among(subjects, spec.relation) + pair_up(view, subjects, targets)  # « X et Y signent (avec Z) le traité »: together
    reciprocal = spec.argument is Argument.AVEC and spec.lemma not in NOT_RECIPROCAL and (
        reflexive(view.doc, cue) or (coordinated(view.doc, subjects_of(view, cue, start)) and (spec.lemma not in TOPIC_VERBS or spec.lemma in JOINT_TOPIC_VERBS or _talk_continued(view, cue, after, end))) or together(view, after, end)
        or (len(subjects) >= 2 and bool(spelled))  # « Nous avons discuté, X et moi, de ... »
    )  # « X et Y ont évoqué la crise »: each may have spoken of it apart; « X et Y ont fait le point »: together
    mutual = reflexive(view.doc, cue) or spec.lemma in MUTUAL_CUES  # « X et Y ont échangé des insultes »
    if not targets and reciprocal and spec.relation is RelationType.MET and (hearer := _we_and_the_hearer(view, subjects)) is not None:
        return [(subjects[0], hearer, False)]  # « Quand nous nous sommes vus mardi, je vous ai remis ... »
    if not targets and reciprocal and len(subjects) >= 2 and (spec.relation is RelationType.MET or (spec.relation is RelationType.CRITICISED and mutual)):
        # "les deux hommes se sont rencontrés", "Musk et Trump parlent de ...": with each other;
        # "X et Y se sont écharpés": each criticised the other
        return among(subjects, spec.relation)
    if not targets and spec.relation is RelationType.CRITICISED and spec.argument is Argument.OBJ and reflexive(view.doc, cue) and len(subjects) >= 2 and coordinated(view.doc, subjects):
        return among(subjects, spec.relation)  # « X et Y s'accusent mutuellement », « se sont insultés »: each the other
    if not targets and spec.relation is RelationType.ENDORSED and spec.argument is Argument.OBJ and reflexive(view.doc, cue) and len(subjects) >= 2 and _said_mutual(view, start, end):
        return among(subjects, spec.relation)  # « les deux présidents se sont mutuellement félicités »; not « X et Y se félicitent de l'accord »
    if spec.relation is RelationType.CRITICISED and spec.argument is Argument.AVEC and mutual:
        return among(subjects + targets, spec.relation) if len(subjects) == 1 else []  # « X s'est écharpé avec Y »: each the other
    return pair_up(view, subjects, targets) + [(org, person, False) for org, person in gapped]


#: Phrases of the office one is put forward for (« aux fonctions de », « à la tête de »), as tuples
#: of words, longest first (:func:`~techpolgraph.nlp.text.phrase_at`).
OFFICE_PHRASES = tuple(sorted((tuple(p.split()) for p in function_words("office_phrase")), key=len, reverse=True))
#: Cues of putting forward that put a person forward only with the office named after them
#: (« reconduire X à la tête de P »; not « reconduire X à la frontière »), by lemma.
OFFICE_BOUND_CUES = function_words("office_bound_cue")


def put_forward(view: SentenceView, cue: Token, target: Slot) -> bool:
    """The target of a cue of putting forward is a person put forward for an office the sentence
    names after the cue (« X, candidat proposé par Y à la présidence de P »,
    « Y propose de reconduire X à la tête de P ») or, for a person named, a nomination it speaks
    of (« X, dont la candidature est proposée par Y »); a clitic only where the office follows
    the cue (« de vous reconduire dans vos fonctions »): not « je vous propose de répondre », nor
    « reconduire X à la frontière », nor a plan or a text put forward."""
    doc = view.doc
    if target.kind is not EntityKind.PERSON:
        return False
    end = view.sent.end
    after = cue.i + 1 + (cue.i + 1 < end and doc[cue.i + 1].pos_ == "ADV")
    if target.end <= cue.i and doc[target.start].pos_ == "PRON":
        return phrase_at(doc, after, OFFICE_PHRASES, end) > after
    offices = any(phrase_at(doc, k, OFFICE_PHRASES, end) > k for k in range(cue.i + 1, end))
    return offices or (verb_lemma(cue) not in OFFICE_BOUND_CUES and any(t.lemma_.lower() in NOMINATION_NOUNS for t in view.sent))


def _act_against(view: SentenceView, after: int, end: int) -> Optional[list[Slot]]:
    """« contre » and an act named by a noun: the one who did it, named after « par » (« s'élève
    contre l'arrestation de X par Y »: Y); none for a sanction undergone whose doer is not named
    (« s'élève contre l'expulsion de X »: X undergoes it, no one is criticised); None where no
    such act follows « contre »."""
    doc = view.doc
    k = past_adjuncts(view, after, end)
    if k >= end or doc[k].lower_ != "contre":
        return None
    j = k + 1
    while j < end and is_determiner(doc[j]) and j not in view.at:
        j += 1
    if j >= end or j in view.at or doc[j].pos_ != "NOUN" or not doc[j].is_lower:
        return None
    by = decided_by(view, k + 1, end)
    if by:
        return by
    return [] if doc[j].lemma_.lower() in UNDERGONE_NOUNS else None


def _owner_of_act(view: SentenceView, slot: Slot) -> bool:
    """The party stands after the « de » or « par » of a noun before it (« la décision de Y »,
    « les propos tenus par Y »), as the owner of an act."""
    k = slot.start - 1
    while k > view.sent.start and (is_determiner(view.doc[k]) or is_title(view.doc[k])) and k not in view.at:
        k -= 1
    return view.doc[k].lower_ in DE or view.doc[k].lower_ == "par"


def _we_and_the_hearer(view: SentenceView, subjects: list[Slot]) -> Optional[Slot]:
    """The one person « vous » stands for in a sentence whose one subject is the speaker's
    « nous » and that names no other person: the « nous » of a reciprocal is the two of them."""
    if len(subjects) != 1 or subjects[0].text.lower() != "nous" or subjects[0].kind is not EntityKind.PERSON:
        return None
    others = [s for s in view.at.values() if s.kind is EntityKind.PERSON and s.cluster != subjects[0].cluster]
    hearers = [s for s in others if s.text.lower() in ADDRESSEE_PRONOUNS or s.text.lower() in ADDRESSEE_POSSESSIVES]
    return hearers[0] if hearers and len({s.cluster for s in others}) == 1 else None


def members_of_plural_subject(view: SentenceView, cue: Token, targets: list[Slot]) -> list[Slot]:
    """« des dirigeants du secteur ont rencontré le ministre X, dont A, B et C »: a subject that is
    a plural common noun naming no party, one person as the object, and « , dont » after the
    object: the members it lists are the subject's (one person has no members); else none."""
    doc = view.doc
    subject = next((c for c in cue.children if c.dep_.startswith("nsubj")), None)
    if subject is None or subject.pos_ != "NOUN" or "Plur" not in subject.morph.get("Number") or subject.i > cue.i:
        return []
    if len(targets) != 1 or targets[0].kind is not EntityKind.PERSON or targets[0].start < cue.i:
        return []
    k = targets[0].end
    if not (k + 1 < view.sent.end and doc[k].text == "," and doc[k + 1].lower_ == "dont"):
        return []
    return [s for s in view.group_at(k + 2, view.sent.end, listing=True) if s.kind is EntityKind.PERSON]


def _opens_after_fronted_group(view: SentenceView, cue: Token) -> bool:
    """The noun is the subject right after the comma that closes the sentence's opening phrase
    (« Entre X et Y, le dialogue a été franc »: an article and adjectives between)."""
    j = cue.i - 1
    while j > view.sent.start and view.doc[j].pos_ in ("DET", "ADJ"):
        j -= 1
    return j > view.sent.start and view.doc[j].text == ","


def _beside_owner(view: SentenceView, after: int, end: int) -> list[Slot]:
    """« à vos côtés », « à ses côtés » a few words after the verb (past adverbs and a time
    phrase: « restera toujours à vos côtés »): the owner the resolver gave the possessive."""
    doc = view.doc
    for j in range(after, min(after + BESIDE_WORDS, end - 2)):
        if doc[j].lower_ == "à" and doc[j + 2].lower_ == "côtés":
            owner = view.at.get(j + 1)
            return [owner] if owner is not None and is_possessive(owner) and owner.kind in PARTIES else []
        if doc[j].pos_ not in ("ADV", "ADP", "DET", "NOUN", "ADJ") or j in view.at:
            return []
    return []


#: How far after its verb « à ses côtés » may open.
BESIDE_WORDS = 5
#: Verbs of talking a topic over, and the nouns of a topic between them and their « avec ».
TOPIC_VERBS = function_words("topic_verb")
JOINT_TOPIC_VERBS = function_words("joint_topic_verb")
TOPIC_NOUNS = function_words("topic_noun")


CONTINUED_TALK = function_words("continued_talk")
APART_WORDS = function_words("apart_word")


def _talk_continued(view: SentenceView, cue: Token, after: int, end: int) -> bool:
    """An adverb that carries on a talk already told stands between the auxiliary and the verb of
    talking a topic over, or right after it (« X et Y ont également évoqué la crise », « ont évoqué
    en outre »), and nothing says each did it apart (« chacun », « respectifs »): the talk was theirs
    together."""
    doc = view.doc
    if any(t.lower_ in APART_WORDS for t in doc[view.sent.start : view.sent.end]):
        return False
    before = [t for t in doc[max(view.sent.start, cue.i - 3) : cue.i] if t.pos_ == "ADV"]
    if any(t.lower_ in CONTINUED_TALK for t in before) and doc[cue.i - 1].pos_ in ("ADV", "AUX"):
        return True
    return any(" ".join(t.lower_ for t in doc[after : after + n]) in CONTINUED_TALK for n in (1, 2) if after + n <= end)


def _talked_with(view: SentenceView, after: int, target: Slot) -> bool:
    """A verb of talking a topic over names the one it was talked with after « avec » right after
    it (« a évoqué avec Y la crise ») or after a phrase of topic nouns (« a évoqué la situation en
    Ukraine avec Y »), not after a noun of its own that « avec » completes (« a évoqué ses liens
    avec Y »). A party before the verb (« Y, avec qui il a évoqué ») is read by the relative clause."""
    if target.start < after:
        return True
    linked = next((j for j in range(target.start - 1, after - 1, -1) if view.doc[j].lower_ == "avec"), target.start)
    between = view.doc[after:linked]
    nouns = [t for t in between if t.pos_ == "NOUN"]
    return not any(t.pos_ in ("VERB", "AUX") for t in between) and all(t.lemma_.lower() in TOPIC_NOUNS for t in nouns)


#: Verbs by which one says how one feels (« s'est dit choqué », « s'est déclaré indigné »).
FEELING_SAYERS = function_words("feeling_sayer")


def _felt(view: SentenceView, cue: Token, start: int, subjects: list[Slot], after: int, end: int) -> list[tuple[Slot, Slot, bool]]:
    """A verb of feeling: the one who feels criticises what makes them feel so. « X s'est dit
    choqué par les propos de Y », « X a été indigné par Y »: X, Y; « les propos de Y ont choqué
    X »: X, Y too."""
    if is_passive(cue) or _says_how_one_feels(view, cue):
        causes = expand(complement(view, after, end, ("par",), gap=MAX_GAP))
        return [(s, c, False) for s in subjects for c in causes if s.cluster != c.cluster]
    owners = proxy_subject(view, start, cue)
    causes = expand(owners) if owners is not None else subjects
    felt = expand(direct_object(view, after, end) or object_clitic(view, cue, start))
    return [(f, c, False) for f in felt for c in causes if f.cluster != c.cluster]


def _says_how_one_feels(view: SentenceView, cue: Token) -> bool:
    """The participle follows a reflexive verb of saying how one feels, or « être », past
    adverbs and quotes (« s'est dit « choqué » », « est profondément indigné »)."""
    doc = view.doc
    j = cue.i - 1
    while j > view.sent.start and (doc[j].pos_ == "ADV" or doc[j].text in ("«", "“", '"')):
        j -= 1
    lemma = verb_lemma(doc[j])
    return (lemma in FEELING_SAYERS and reflexive(doc, doc[j])) or lemma == "être"


def _owners_of_their_meeting(view: SentenceView, cue: Token, after: int) -> list[Slot]:
    """« Déclaration de M. X, ..., et de M. Y, ..., à l'issue de leur entretien »: a meeting noun
    that « leur » owns, with no « avec » after it, is the one of the two persons the sentence
    names before it (none where it names more or fewer)."""
    doc = view.doc
    j = cue.i - 1
    while j > view.sent.start and doc[j].pos_ == "ADJ" and j not in view.at:
        j -= 1
    if doc[j].lower_ not in ("leur", "leurs") or (after < view.sent.end and doc[after].lower_ == "avec"):
        return []
    people = list({s.cluster: s for s in sorted(set(view.at.values()), key=lambda s: s.start) if s.end <= j and s.kind is EntityKind.PERSON}.values())
    return people if len(people) == 2 else []


def _people_after_their_meeting(view: SentenceView, cue: Token, after: int) -> list[Slot]:
    """A meeting noun with no party of its own, in a phrase that opens the sentence (« À la
    suite d'une brève discussion, », « Lors d'un entretien, »), before a subject of two persons
    or more joined by « et »: those persons met."""
    doc = view.doc
    if any(t.text == "," or t.i in view.at for t in doc[view.sent.start : cue.i]) or doc[view.sent.start].pos_ != "ADP":
        return []
    comma = phrase_end(view, after)
    if comma >= view.sent.end or doc[comma].text != "," or any(k in view.at for k in range(after, comma)):
        return []
    group = subject_after(view, comma)
    if len(group) < 2 or any(s.kind is not EntityKind.PERSON for s in group):
        return []
    if not any(doc[k].lower_ == "et" for k in range(group[0].end, group[-1].start)):
        return []
    return expand(group)


#: How long a phrase of place naming no party may be between a verb of taking place and « entre ».
PLACE_PHRASE_REACH = 7


def _past_place_phrase(view: SentenceView, k: int, end: int) -> int:
    """« s'est tenu dans la zone démilitarisée entre X et Y »: past a phrase of place that names
    no party (a preposition, then articles, nouns and adjectives); ``k`` where none stands there."""
    doc = view.doc
    if k >= end or doc[k].lower_ not in ("dans", "à", "au", "en", "sur", "près"):
        return k
    j = k + 1
    while j < end and j - k <= PLACE_PHRASE_REACH and (j in view.hidden or (j not in view.at and (doc[j].pos_ in ("DET", "NOUN", "ADJ", "PROPN") or doc[j].lower_ in DE))):
        j += 1  # « dans la zone coréenne démilitarisée (DMZ) »: an incise read past
    return j if j < end and doc[j].lower_ == "entre" else k


def _object_or_antecedent(view: SentenceView, cue: Token, start: int, after: int, end: int, proxies: bool) -> list[Slot]:
    """The cue's direct object, else the antecedent of the relative « que » before its subject
    (« Y, que X a reçu »); the antecedent first where the object found stands past a comma,
    which ends the relative clause (« Y que j'ai reçu vendredi, Z hier »: Y)."""
    found = direct_object(view, after, end, proxies)
    if found and not any(view.doc[k].text == "," for k in range(after, found[0].start)):
        return found
    group = last_group(view.doc, nearby_subjects(view, cue, start), cue)
    j = relative_pronoun(view, cue, group)
    if view.doc[j].lower_ in ("que", "qu'", "qu’") and j > view.sent.start and (summed := summed_up_author(view, j - 1)):
        return summed  # « X a suspendu Y, une décision que Z a dénoncée »: X's act
    antecedent = relative_object(view, cue, group, after, end, pronoun_at=j)
    return antecedent or found


#: Verbs of criticism whose object may be a clause: its subject is the one criticised (« X
#: déplore que Y ait refusé de négocier »), by the cue's lemma.
DEPLORING_VERBS = function_words("deploring_verb")
#: Verbs of praise whose object may be a clause after « le fait que » or « du fait que »: its
#: subject is the one praised (« X se félicite du fait que Y a accepté la médiation »), by the cue's lemma.
PRAISING_VERBS = function_words("praising_verb")


def _completive_subject(view: SentenceView, after: int, praise: bool = False) -> list[Slot]:
    """« déplore que Y ait refusé », « regrette que la société Y soit partie », « dénonce le fait
    que Y ... »: the parties that open the « que » clause right after the verb (past adverbs,
    dates and « le fait »), as its subject, a verb or « ne » right after them; else none."""
    doc, end = view.doc, view.sent.end
    k = past_adjuncts(view, after, end)
    fact = k + 2 < end and doc[k].lower_ in ("le", "du") and doc[k + 1].lower_ == "fait"
    if fact:
        k += 2  # « dénonce le fait que Y », « se félicite du fait que Y »
    elif praise:
        return []  # « je me félicite que Y ait signé cette pétition… »: often irony; « du fait que » is not
    if (k >= end or doc[k].lower_ not in ("que", "qu'", "qu’")) and doc[after - 1].lower_ in ("que", "qu'", "qu’"):
        k = after - 1  # « regretter que », a locution that ends on its « que »
    if k >= end or doc[k].lower_ not in ("que", "qu'", "qu’"):
        return []
    first = past_role_nouns(view, past_determiners(view, k + 1, end), end)
    group = [s for s in view.group_at(first, end) if s.kind in PARTIES]
    if not group or any(doc[s.start].lower_ in FIRST_PERSON_SUBJECTS for s in group):  # « ... que nous ayons »: the speaker's own
        return []
    verb = group[-1].end
    while verb < end and doc[verb].text == "," and (closing := comma_incise_end(view, verb, end)) is not None:
        verb = closing + 1  # « que Y, une fois de plus, ait refusé »
    if verb >= end or not (doc[verb].pos_ in ("AUX", "VERB") or doc[verb].lower_ in NE_WORDS):
        return []
    if doc[verb].lemma_.lower() == "être" and verb + 1 < end and doc[verb + 1].pos_ == "ADJ":
        return []  # « regrette que Y soit malade »: a state one is sorry for, no charge
    if _undergone(doc, verb, end):
        return []  # « se réjouit que Y ait été battu », « déplore que Y soit visé par ... »: done to Y, not by Y
    if praise and any(verb_lemma(t) in SETBACK_VERBS or t.lemma_.lower() == "être" for t in doc[verb : min(verb + 3, end)]):
        return []  # « ... du fait que Y a perdu », « que Y soit à Rome »: glad of Y's setback or state, no praise
    return group


#: Verbs of a setback (« perdre », « échouer », « démissionner »), by lemma: one glad that a
#: party suffered it does not praise that party.
SETBACK_VERBS = function_words("setback_verb")


def _undergone(doc: Doc, verb: int, end: int) -> bool:
    """The verb at ``verb`` opens a passive: « ait été » and a participle, or « soit » and a
    participle with « par » after it."""
    if verb + 2 < end and doc[verb + 1].lower_ == "été" and is_past_participle(doc[verb + 2]):
        return True
    return doc[verb].lemma_.lower() == "être" and verb + 2 < end and is_past_participle(doc[verb + 1]) and doc[verb + 2].lower_ == "par"


#: How many words may stand between the « que » of a relative clause and its verb (« que la France peut »).
RELATIVE_SUBJECT_WORDS = 6
#: Nouns of a role or a charge one takes on (« endosser le rôle de »), by lemma.
TAKEN_ON_NOUNS = function_words("taken_on_noun")
#: Verbs of taking on a role as well as of endorsing (« endosser »), by lemma.
TAKING_ON_VERBS = function_words("taking_on_verb")


def _takes_on_a_role(view: SentenceView, cue: Token, after: int, end: int) -> bool:
    """The verb, one of ``taking_on_verb``, has for object a noun of ``taken_on_noun``, right after it past its determiner and
    adjectives (« endosser le costume de chef de file »), or the noun before the « que » of the
    relative clause it stands in (« le rôle que la France peut endosser »): a role taken on, not
    an act on a party."""
    doc = view.doc
    if verb_lemma(cue) not in TAKING_ON_VERBS:
        return False
    que = next((j for j in range(cue.i - 1, max(view.sent.start, cue.i - RELATIVE_SUBJECT_WORDS) - 1, -1) if doc[j].lower_ in ("que", "qu'", "qu’")), None)
    if que is not None and que - 1 >= view.sent.start:
        noun = que - 1
        while noun > view.sent.start and doc[noun].pos_ == "ADJ":
            noun -= 1
        if doc[noun].pos_ == "NOUN" and doc[noun].lemma_.lower() in TAKEN_ON_NOUNS:
            return True  # « le rôle que la France peut endosser »
    k = after
    while k < end and (is_determiner(doc[k]) or doc[k].pos_ == "ADJ") and k not in view.at:
        k += 1
    return k < end and k not in view.at and doc[k].pos_ == "NOUN" and doc[k].lemma_.lower() in TAKEN_ON_NOUNS


#: Participles by which one is made a party's candidate (« est désignée candidate de P »).
DESIGNATING = function_words("designating_verb")


def _designated(view: SentenceView, cue: Token, start: int) -> Optional[int]:
    """Where the passive verb of designating stands that the noun of candidacy follows (« X a été
    désignée candidate »), or None."""
    doc = view.doc
    j = cue.i - 1
    while j > start and doc[j].pos_ in ("DET", "ADV", "ADJ") and j not in view.at:
        j -= 1
    designated = doc[j].pos_ == "VERB" and verb_lemma(doc[j]) in DESIGNATING and any(t.pos_ == "AUX" for t in doc[max(start, j - 3) : j])
    return j if designated else None


#: Verbs of inviting, by lemma: with « à » and an infinitive, one is asked to act.
INVITING_VERBS = function_words("inviting_verb")


#: Verbs of being somewhere, which meet the one they were there with (« X était à Berlin avec Y »), by lemma.
BEING_SOMEWHERE = function_words("being_somewhere")
#: How many words a time phrase may have between the verb of being and its place (« était hier », « était la semaine dernière »).
PLACE_TIME_WORDS = 4


def with_someone_somewhere(view: SentenceView, cue: Token, spec: Cue) -> bool:
    """For a verb of being somewhere (``being_somewhere``), whether its clause names a place and
    then the one it was there with (:func:`_at_a_place_with`); True for every other cue."""
    if spec.relation is not RelationType.MET or spec.lemma not in BEING_SOMEWHERE:
        return True
    after = cue_end(view.doc, cue, spec) or cue.i + len(spec.words)
    return _at_a_place_with(view, after, view.clause(cue.i)[1])


#: The prepositions before the place where one is (« à Berlin », « au congrès », « en Chine »).
PLACE_PREPOSITIONS = ("à", "au", "aux", "en")


def _place_after(view: SentenceView, j: int) -> Optional[Slot]:
    """The mention right after the preposition at token j, past one article (« à Berlin », « au
    Sénat »), or None."""
    return view.at.get(j + 1) or view.at.get(j + 2)


def _at_a_place_with(view: SentenceView, after: int, end: int) -> bool:
    """Right after a verb of being somewhere (past adverbs and a short time phrase), a place
    named after « à », « au » or « en », then « avec » and a party: « X était hier à Berlin avec
    Y », « J'étais à Bruxelles avec le président ». Not « X était en désaccord avec Y » (no place
    named), nor « X est avec Y » (no place)."""
    doc = view.doc
    k = after
    while k < end and k - after < PLACE_TIME_WORDS and k not in view.at and doc[k].lower_ not in PLACE_PREPOSITIONS and (doc[k].pos_ in ("ADV", "DET", "ADJ", "NUM") or doc[k].lower_ in time_nouns() or doc[k].lower_ in date_words() or (doc[k].lower_ in ("d'", "d’") and k + 1 < end and doc[k + 1].pos_ == "ADV")):
        k += 1  # « était hier », « était la semaine dernière », « se trouve d'ailleurs »
    if k + 1 < end and doc[k].lower_ == "avec":
        return _with_then_at_a_place(view, k, end)
    if k + 1 >= end or doc[k].lower_ not in PLACE_PREPOSITIONS:
        return False
    place = _place_after(view, k)
    if place is None or place.kind is not EntityKind.LOCATION:
        return False
    j = place.end
    return j + 1 < end and doc[j].lower_ == "avec" and view.at.get(j + 1 if not is_determiner(doc[j + 1]) else j + 2) is not None or (
        j + 1 < end and doc[j].lower_ == "avec" and past_role_nouns(view, past_determiners(view, j + 1, end), end) in view.at
    )


def _with_then_at_a_place(view: SentenceView, k: int, end: int) -> bool:
    """From « avec » at token k, the parties it names, then a place or the sitting of a body
    after « à », « au » or « en »: « X se trouve avec Y et Z au congrès du parti », « X était avec
    Y à Berlin ». Not « X est avec Y » (no place)."""
    doc = view.doc
    group = view.group_at(past_role_nouns(view, past_determiners(view, k + 1, end), end), end)
    j = group[-1].end if group else end
    if j + 1 >= end or doc[j].lower_ not in PLACE_PREPOSITIONS:
        return False
    place = _place_after(view, j)
    if place is not None:
        return place.kind is EntityKind.LOCATION
    noun = j + 2 if j + 2 < end and is_determiner(doc[j + 1]) else j + 1
    return doc[noun].lower_ in MEETING_BODIES


#: The complements of a verb that meets only beside someone (« s'exprimer aux côtés de Y », « en présence de Y »).
BESIDE = frozenset({Argument.AUX_COTES_DE, Argument.EN_PRESENCE_DE})
#: The complements of a verb that meets those one speaks before (« s'exprimer devant Y »): invited
#: to it, one is asked to act before others, not to meet the one who invites.
BEFORE_OTHERS = frozenset({Argument.DEVANT})


def _invited_to_act(view: SentenceView, after: int, end: int) -> bool:
    """The first « à » after the invitation (past a relative clause on the one invited) opens an
    infinitive that is no cue of meeting (« à s'exprimer », « à se joindre à l'effort »; not « à
    dîner »), or a way of acting (« à la prudence », « au calme »: ``disposition_noun``)."""
    doc = view.doc
    for k in range(after, end - 1):
        if doc[k].lower_ not in ("à", "au", "aux"):
            continue
        j = k + 1
        while j < end and (doc[j].lower_ in REFLEXIVE or (doc[j].pos_ == "PRON" and doc[j].lower_ in INFINITIVE_CLITICS)):
            j += 1  # « à se joindre », « à en tirer des conclusions »
        if j < end and doc[j].pos_ in ("VERB", "AUX") and "Inf" in doc[j].morph.get("VerbForm"):
            # a verb of meeting by itself (« à dîner », « à rencontrer »), not one that meets only beside someone (« à s'exprimer aux côtés de », « en présence de »)
            # or before others (« à s'exprimer devant les ambassadeurs »)
            return not any(c.relation is RelationType.MET and c.argument not in BESIDE | BEFORE_OTHERS for c in CueTable.shipped().for_lemma(doc[j].lemma_))
        while j < end and (is_determiner(doc[j]) or doc[j].pos_ in ("ADJ", "ADV")) and j not in view.at:
            j += 1  # « à la plus grande prudence »
        return j < end and j not in view.at and doc[j].lemma_.lower() in DISPOSITIONS  # « je vous invite à la prudence »
    return False


#: Pronouns before an infinitive (« à en tirer », « à y répondre », « à le recevoir »).
INFINITIVE_CLITICS = function_words("object_clitic") | function_words("adverbial_pronoun")
#: Ways of acting one is invited to (« à la prudence »): an exhortation, no invitation to meet.
DISPOSITIONS = function_words("disposition_noun")


#: Nouns of a task, a charge or an office one entrusts to someone (« le soin », « la mission », « la présidence »).
ENTRUSTED_NOUNS = function_words("entrusted_noun")
#: Verbs of telling that also entrust (« confier »), by lemma.
ENTRUSTING_VERBS = function_words("entrusting_verb")


def _entrusts_a_task(cue: Token) -> bool:
    """A verb of saying to someone whose direct object is a task, an office or a thing handed over
    (« confier à X le soin de ... », « a confié la mission à X », « lui confie une enveloppe »):
    entrusted, not told. Read on the words, up to the clause a « que » or a finite verb opens
    (the parser often joins the late object to the person: « à X, qui ..., le soin de »)."""
    doc = cue.doc
    if cue.lemma_.lower() not in ENTRUSTING_VERBS:
        return False
    k = cue.i
    while k + 1 < min(cue.i + ENTRUSTED_OBJECT_WORDS, len(doc)):
        k += 1
        token = doc[k]
        if token.lower_ == "qui" and doc[k - 1].text == ",":
            k = next((n for n in range(k + 1, min(k + ENTRUSTED_OBJECT_WORDS, len(doc))) if doc[n].text == ","), k)
            continue  # « à M. X, qui n'est pas un ami, le soin »: past the relative
        if token.is_sent_start or token.lower_ in ("que", "qu'", "qu’") or (token.pos_ in ("VERB", "AUX") and "Fin" in token.morph.get("VerbForm")):
            return False
        d = k - 1
        while d > cue.i and doc[d].pos_ == "ADJ":
            d -= 1  # « une lourde enveloppe »
        if token.lemma_.lower() in ENTRUSTED_NOUNS and doc[d].pos_ == "DET" and not (d - 1 > cue.i and doc[d - 1].pos_ == "ADP"):
            return True
    return False


#: How many words after a verb of telling its object of a task may stand (« à M. X, qui ..., le soin »).
ENTRUSTED_OBJECT_WORDS = 16


def _bare_participle_of_saying(cue: Token) -> bool:
    """A verb of saying to someone, as a past participle with no auxiliary or in the passive
    (« le dossier, confié au juge X », « il est déclaré vénérable par X »): it tells of the thing
    said, entrusted or declared, and of no one told."""
    if cue.lemma_.lower() not in modality_words().get("reporting", frozenset()) or not is_past_participle(cue):
        return False
    return not any(child.dep_.startswith("aux") for child in cue.children) or is_passive(cue)


def _camp_before(view: SentenceView, after: int, actor: Slot) -> bool:
    """A political camp stands between a candidacy noun's « de » and the name after it (« le
    candidat d'extrême droite X », « la candidate de la gauche X »): the name is the candidate
    described, not the one who fields them."""
    return any(view.doc[k].lower_ in POLITICAL_SIDES for k in range(after, actor.start))


def candidate_of(view: SentenceView, cue: Token, start: int, actors: list[Slot]) -> list[Slot]:
    """The one a noun of candidacy describes (« X, candidat du parti P », « X est désignée
    candidate de P »), or the name apposed after its complement (« la candidate de P, Y »);
    nothing where the noun describes no one of the clause (« il affronte la candidate de P »:
    not « il »)."""
    doc = view.doc
    if actors and actors[-1].end + 1 < view.sent.end and doc[actors[-1].end].text == ",":
        named = view.at.get(actors[-1].end + 1)
        if named is not None and named.kind is EntityKind.PERSON and named.start == actors[-1].end + 1:
            if named.end < view.sent.end and doc[named.end].pos_ in ("VERB", "AUX"):
                return []  # « Face aux candidats du parti P, X a répondu »: the subject of the clause
            return expand([named])  # « la candidate europhile de l'USR, Elena Lasconi »
    link = describes(view, cue, start)
    if link is None:
        link = _designated(view, cue, start)  # « X est désignée candidate de P »
    return [] if link is None else described_one(view, link, expand(subjects_of(view, cue, start)))


def gapped_pairs(view: SentenceView, targets: list[Slot], end: int) -> list[tuple[Slot, Slot]]:
    """« Le PCF a investi X, le MRG Y, les Écologistes Z et LO W »: after the verb's own object,
    a list of organisations each followed right away by a person, the verb left out (a gapped
    list): each organisation did to its person what the subject did to the object."""
    if not targets or targets[0].kind is not EntityKind.PERSON:
        return []
    doc = view.doc
    pairs: list[tuple[Slot, Slot]] = []
    k = targets[0].end
    while k < end:
        j = k
        while j < end and (doc[j].text == "," or doc[j].lower_ in ("et", "ou") or (is_determiner(doc[j]) and j not in view.at)):
            j += 1
        org = view.at.get(j)
        if j == k or org is None or org.start != j or org.kind is not EntityKind.ORGANISATION:
            break
        person = view.at.get(org.end)
        if person is None or person.start != org.end or person.kind is not EntityKind.PERSON:
            break
        pairs.append((org, person))
        k = person.end
    return pairs


#: Verbal cues whose object is the party itself (« voter X », not « voter la réforme de X »).
#: Verbs whose object is a party's act, never the party itself (« X regrette la décision de Y »;
#: « X regrette Y » misses Y), by lemma.
ACTS_ONLY_VERBS = function_words("acts_only_verb")
NO_PROXY_VERBS = function_words("no_proxy_verb")


#: Verbs of meeting « avec » someone that tell nothing of their coordinated subjects alone (« X et
#: Y ont signé un accord »: perhaps apart; « X a signé avec Y les accords »: together), but for a
#: treaty (:func:`treaty_signed`).
NOT_RECIPROCAL = function_words("not_reciprocal")
#: Nouns of a treaty, whose signatories named together sign it together (« X et Y signent le traité »).
TREATY_NOUNS = function_words("treaty_noun")


def treaty_signed(cue: Token) -> bool:
    """A word the verb governs (its object, its passive subject), or the noun its participle
    describes, is a treaty (« X et Y signent le traité de l'Élysée », « le pacte signé par X et
    Y »), which its named signatories sign together; not a letter or a charter (« X et Y ont
    signé la tribune »)."""
    nouns = list(cue.children)
    if cue.dep_ in ("acl", "acl:relcl") and cue.head is not cue:
        nouns.append(cue.head)
    return any(n.lemma_.lower() in TREATY_NOUNS or n.lemma_.lower().rstrip("s") in TREATY_NOUNS for n in nouns)
#: Possessives of the first person (« notre soutien », « mes félicitations »).


def _owned_by_the_speaker(view: SentenceView, cue: Token) -> bool:
    """A first-person possessive before the relation noun, past its adjectives (« notre
    soutien », « mes plus vives félicitations »)."""
    return view.doc[before_qualifiers(view, cue.i, adverbs=True)].lower_ in SPEAKER_POSSESSIVES


#: Cues of criticising whose parties act on each other without « se » (« X a échangé des insultes avec Y »).
MUTUAL_CUES = function_words("mutual_cue")


def their_meeting(view: SentenceView, cue: Token, spec: Cue, subjects: list[Slot], after: int, end: int) -> list[tuple[Slot, Slot, bool]]:
    """« Pour leur première rencontre, X et Y ont ... », « X et Y ont évoqué leur entretien », « X
    et Y ont eu une longue conversation », « X et Y ont participé à une réunion bilatérale »: a
    meeting noun after « leur », after « un » that « avoir » or « tenir » governs, or of two sides,
    with no « avec » or « entre » of its own, is between the persons of the clause's subject (or
    of the subject after the opening phrase); of two sides, between two of them only."""
    doc = view.doc
    if spec.relation is not RelationType.MET:
        return []
    j = cue.i - 1
    while j > view.sent.start and (doc[j].pos_ in ("ADJ", "ADV") or doc[j].dep_ == "amod") and j not in view.at:
        j -= 1  # « un très long entretien », « un bref entretien » (« bref » may be tagged a noun that qualifies it)
    two_sided = _two_sided(view, cue)
    if not (doc[j].lower_ == "leur" or _had_together(view, j) or _opening_occasion(view, j) or two_sided) or complement(view, after, end, ("avec", "entre"), gap=2):
        return []
    if any(doc[k].lower_ in ("avec", "entre") for k in range(after, min(after + 3, end))):
        return []  # « X et Y ont eu un entretien avec la presse »: with someone else
    group = subjects if len(subjects) > 1 else expand(subject_after(view, phrase_end(view, after)))
    one_plural = len({(s.start, s.end) for s in group}) == 1  # « les deux hommes »: one mention for both
    spelled = len(group) > 1 and bool(we_spelled_out(view, group[0]))  # « Nous venons d'avoir un échange, X et moi »
    if len(group) < 2 or any(s.kind is not EntityKind.PERSON for s in group) or not (coordinated(doc, group) or one_plural or spelled):
        return []
    group = list({s.cluster: s for s in reversed(group)}.values())[::-1]  # « X, président de P, et Y, ... »: each person once, by name
    if two_sided and len(group) != 2:
        return []  # a meeting of two sides names two people
    return [(a, b, False) for n, a in enumerate(group) for b in group[n + 1 :] if a.cluster != b.cluster]


#: Ban verbs that ban only from an organisation named after them (« écarté du groupe Y »; not
#: « pour écarter la candidate X », which keeps her from power).
BANS_FROM_ONLY = function_words("ban_from_only")
#: How far after such a verb its « de » and organisation may stand.
FROM_REACH = 8


def lacks_its_organisation(view: SentenceView, cue: Token, spec: Cue) -> bool:
    """A ban verb of ``BANS_FROM_ONLY`` with no « de » and organisation after it in its clause."""
    if spec.lemma not in BANS_FROM_ONLY:
        return False
    doc = view.doc
    end = min(view.clause(cue.i)[1], cue.i + FROM_REACH)
    for k in range(cue.i + 1, end):
        if doc[k].lower_ in DE:
            j = k + 1
            while j < end and j not in view.at and (is_determiner(doc[j]) or doc[j].lower_ in TYPE_NOUNS):
                j += 1
            slot = view.at.get(j)
            if slot is not None and slot.kind is EntityKind.ORGANISATION:
                return False
    return True


def names_an_organ(view: SentenceView, cue: Token, adjectives: bool = True) -> bool:
    """The relation noun completes the noun of a body before it (« la commission nationale
    d'investiture », « le comité d'exclusion »), or (``adjectives``) an adjective makes it a body
    (« l'opposition officielle à la Ville de Montréal »; not « la visite officielle de Y »): it
    names the body, not an act."""
    doc = view.doc
    if adjectives and cue.i + 1 < view.sent.end and doc[cue.i + 1].lower_ in ORGAN_ADJECTIVES:
        return True
    j = cue.i - 1
    if j <= view.sent.start or doc[j].lower_ not in DE:
        return False
    k = j - 1
    while k > view.sent.start and doc[k].pos_ == "ADJ":
        k -= 1  # « nationale »
    return is_organ_noun(doc[k])


#: Adjectives after a relation noun that make it a body (« l'opposition officielle »).
ORGAN_ADJECTIVES = function_words("organ_adjective")


def meeting_of_group(view: SentenceView, spec: Cue, after: int, end: int) -> list[tuple[Slot, Slot, bool]]:
    """« La rencontre de X et Y », « la poignée de main de X et de Y »: a meeting noun whose
    « de » names two or more people joined by « et », with no « avec » after them, is between
    them; not a hearing's (``hearing_noun``)."""
    if spec.relation is not RelationType.MET or spec.argument is Argument.ENTRE or spec.lemma in HEARING_NOUNS:
        return []  # « l'audition de X et de Y »: those heard, by someone else
    doc = view.doc
    group = expand(complement(view, after, end, DE, gap=0) or _named_plural(view, after, end))
    if len(group) < 2 or any(s.kind is not EntityKind.PERSON for s in group):
        return []
    between = [t for a, b in zip(group, group[1:]) for t in doc[a.end : b.start]]
    if not all(t.text == "," or t.lower_ == "et" or t.lower_ in DE or is_determiner(t) for t in between) or not any(t.lower_ == "et" for t in between):
        return []  # « X et (de) Y », « X, Y et Z », « de M. X et de M. Y »
    k = group[-1].end
    if k < end and doc[k].lower_ in ("avec", "entre"):
        return []  # « la rencontre de X et Y avec Z »: read by the noun's frame
    return [(a, b, False) for n, a in enumerate(group) for b in group[n + 1 :] if a.cluster != b.cluster]


def _named_plural(view: SentenceView, after: int, end: int) -> list[Slot]:
    """« la rencontre des deux présidents, X et Y, »: the persons named in apposition to a
    plural noun after « des » (the noun describes them)."""
    doc = view.doc
    if after >= end or doc[after].lower_ not in DE:
        return []
    j = after + 1
    while j < end and (doc[j].pos_ in ("DET", "NUM") or doc[j].like_num) and j not in view.at:
        j += 1
    if j + 2 >= end or j in view.at or doc[j].pos_ != "NOUN" or "Plur" not in doc[j].morph.get("Number") or doc[j + 1].text != ",":
        return []
    group = view.group_at(j + 2, end)
    return group if group and (group[-1].end >= end or doc[group[-1].end].text == ",") else []


#: Verbs that, with « un » and a meeting noun, tell that their subjects met (« X et Y ont eu un entretien »).
MEETING_SUPPORT_VERBS = function_words("meeting_support_verb")


#: Verbs that, right after a quotation, only go on with what is said (« « ... », poursuit-il »), by lemma.
GOING_ON_VERBS = function_words("going_on_verb")


def _after_quotation(view: SentenceView, cue: Token) -> bool:
    """The verb follows a quotation's closing mark and its comma, past auxiliaries (« », poursuit-il »)."""
    j = before_auxiliaries(view, cue)
    return j > view.sent.start and view.doc[j].text == "," and view.doc[j - 1].text in CLOSING_QUOTES


#: Words that make a meeting one of two sides (« une réunion bilatérale », « un tête-à-tête »).
TWO_SIDED = function_words("two_sided")


def _two_sided(view: SentenceView, cue: Token) -> bool:
    """The meeting noun is one of two sides: a word of :data:`TWO_SIDED` is the noun or stands
    right after it (« X et Y participent à une réunion bilatérale », « un tête-à-tête »)."""
    doc = view.doc
    return any(doc[k].lower_ in TWO_SIDED for k in range(cue.i, min(cue.i + 3, view.sent.end)))


#: Determiners of a meeting noun had together (« une », « des », « plusieurs », « de longs »).
MEETING_DETERMINERS = function_words("meeting_determiner")


def _had_together(view: SentenceView, j: int) -> bool:
    """Token j is the determiner (« un », « des », « plusieurs ») of a meeting noun that « avoir »
    or « tenir » governs right before it (« X et Y ont eu une courte conversation », « ont tenu une
    réunion », « ont eu des entretiens privés », « les deux hommes ont eu plusieurs entretiens »)."""
    doc = view.doc
    if doc[j].lower_ not in MEETING_DETERMINERS or j - 1 < view.sent.start:
        return False
    k = j - 1
    while k > view.sent.start and doc[k].pos_ == "ADV" and k not in view.at:
        k -= 1
    if doc[k].text == ",":
        # « Nous avons eu, X et moi, une discussion »: past the incise that spells out the « nous »
        opening = next((c for c in range(k - 2, max(view.sent.start, k - SPELLED_WE_WORDS) - 1, -1) if doc[c].text == ","), None)
        k = opening - 1 if opening is not None and opening > view.sent.start else k
    return doc[k].pos_ in ("VERB", "AUX") and doc[k].lemma_.lower() in MEETING_SUPPORT_VERBS


def _relied_on(view: SentenceView, subjects: list[Slot], after: int, end: int, words: tuple[str, ...]) -> list[tuple[Slot, Slot, bool]]:
    """« X peut compter sur Y », « peut compter sur le député Y »: Y, named right after the
    preposition (past its description), supports the subject; where the subject is the speaker
    (« nous comptons sur Y »), the speaker's trust endorses Y; not « compte sur Y pour agir »,
    a task one relies on Y for, nor « compter sur le soutien de Y » (the noun's own reading)."""
    doc = view.doc
    if after >= end or doc[after].lower_ not in words:
        return []
    j = after + 1
    while j < end and is_determiner(doc[j]) and j not in view.at:
        j += 1
    named = past_role_nouns(view, j, end)
    group = view.group_at(named, end)
    if not group or group[0].start != named:
        group = examples(view, j, view.sent.end)  # « peut aussi compter sur de vieux alliés, comme Y »
        if not group:
            return []
    k = group[-1].end
    k += k + 1 < view.sent.end and doc[k].text == ","  # « compter sur des amis, comme Y, pour ... »
    if k < view.sent.end and doc[k].lower_ == "pour":
        return []
    sources = expand([s for s in group if s.kind in PARTIES])
    if subjects and all(_first_person(t) for t in subjects) and not any(_first_person(a) for a in sources):
        # « Nous comptons sur vous », « je sais pouvoir compter sur Y »: the speaker's trust in Y
        return [(t, a, False) for a in sources for t in subjects if a.cluster != t.cluster]
    return [(a, t, False) for a in sources for t in subjects if a.cluster != t.cluster]


def _first_person(slot: Slot) -> bool:
    """The party is named by a pronoun of the first person (« je », « nous »)."""
    return slot.text.lower() in FIRST_PERSON_WORDS


def _opening_occasion(view: SentenceView, j: int) -> bool:
    """Token j is the « un » or « une » of a meeting noun in the phrase that opens the sentence
    (« Lors d'un entretien téléphonique jeudi, X et Y ont évoqué ... »)."""
    doc, start = view.doc, view.sent.start
    if doc[j].lower_ not in ("un", "une", "d'un", "d'une") or not during(doc, j - 1, start):
        return False
    opening = j - 1 if doc[j - 1].lower_ in DURING else j - 2 if doc[j - 2].lower_ == "lors" else j - 3
    return opening == start


#: Verbs that tell a relation only with an attribute after their object (« traiter Y de menteur »).
ATTRIBUTE_VERBS = function_words("attribute_verb")


#: Verbs whose object followed by « à » is won over, not joined (« rallier Y à sa cause »).
WINNING_OVER_VERBS = function_words("winning_over_verb")
def _active(cue: Token) -> bool:
    """The verb is in the active voice: not a passive, nor a participle without auxiliary."""
    return not is_passive(cue) and ("Part" not in features(cue, "VerbForm") or any(c.dep_.startswith("aux") for c in cue.children))


#: Verbs of a call, told only with nothing but a time or an adverb after their object.
CALL_VERBS = function_words("call_verb")


def _nothing_after(view: SentenceView, i: int, end: int) -> bool:
    """Only adverbs and words of time after token i, then the clause's end, a punctuation mark
    but an opening quote, a conjunction or « pour » and an infinitive (« a appelé Y mardi soir,
    puis ... », « a appelé Y pour le féliciter »)."""
    doc = view.doc
    while i in view.at and view.at[i].cluster == view.at.get(i - 1, view.at[i]).cluster:
        i = view.at[i].end  # « a appelé le président russe X »: the name after its role, the same person
    while i < end and (doc[i].pos_ == "ADV" or doc[i].lower_ in date_words() or doc[i].lower_ in time_nouns()):
        i += 1
    if i >= view.sent.end or doc[i].pos_ in ("CCONJ", "SCONJ"):
        return True  # the word after the clause's end too: a quotation may end it (« a appelé Y « le menteur » »)
    if doc[i].lower_ == "pour":
        k = i + 1
        while k < end and doc[k].pos_ == "PRON":
            k += 1
        return k < end and "Inf" in doc[k].morph.get("VerbForm")
    if doc[i].lower_ in ("à", "au", "par"):
        k = past_determiners(view, i + 1, end)
        return k < end and doc[k].lower_ in CALL_ADJUNCTS  # « a appelé Y à la demande de Z », « au téléphone »
    return doc[i].is_punct and doc[i].text not in QUOTES


#: Nouns of a phrase after the one called that makes « appeler » a call (« à la demande de Z »).
CALL_ADJUNCTS = function_words("call_adjunct")


def _past_apposed(view: SentenceView, slot: Slot, end: int) -> tuple[int, int]:
    """Where to look for what follows an object named in apposition (« a traité l'ex-ministre,
    la Belge Y, de menteuse »): past the comma that closes the apposition, to the sentence's
    end; else right after the object, to ``end``."""
    doc = view.doc
    j = slot.start - 1
    while j > view.sent.start and j not in view.at and (is_determiner(doc[j]) or doc[j].lower_ in nationalities()):
        j -= 1
    if doc[j].text == "," and slot.end < view.sent.end and doc[slot.end].text == ",":
        return slot.end + 1, view.sent.end
    if slot.end + 1 < view.sent.end and doc[slot.end].text == "," and doc[slot.end + 1].lower_ in RELATIVE_PRONOUNS:
        close = next((k for k in range(slot.end + 2, view.sent.end) if doc[k].text == ","), None)
        if close is not None:  # « a qualifié X, qui avait critiqué ses choix, de tyran »: past the relative
            return close + 1, view.sent.end
    return slot.end, end


#: How many words after « pour » or « de » the thing one is thanked for may stand (« d'avoir bien voulu accepter »).
COURTESY_REACH = 5


def _for_courtesy(view: SentenceView, after: int, targets: list[Slot], end: int) -> bool:
    """The object is thanked or greeted for a visit (« remercie X pour sa venue »,
    « de nous avoir invités », « salue la présence de X »): courtesy, no support."""
    doc = view.doc
    if any(doc[k].lemma_.lower() in COURTESY_NOUNS and doc[k + 1].lower_ not in ("au", "à", "aux") for k in range(after, targets[0].start)):
        return True  # « salue la présence de X »; not « l'arrivée au pouvoir de X », an accession
    # « je vous remercie, M. X, de bien vouloir ... »: the one called by name stands before the verb
    i, stop = _past_apposed(view, targets[-1], end) if targets[-1].start >= after else (after, end)
    if not (i < stop and doc[i].lower_ in ("pour", "de", "d'", "d’")):
        return False
    return any(doc[k].lemma_.lower() in COURTESY_NOUNS for k in range(i + 1, min(i + 1 + COURTESY_REACH, stop)))


def _word_after(view: SentenceView, i: int, end: int, words: Collection[str]) -> bool:
    """One of ``words`` right after the object, past adverbs (« de » of an attribute, « à »)."""
    doc = view.doc
    while i < end and doc[i].pos_ == "ADV":
        i += 1
    return i < end and doc[i].lower_ in words


#: Relative pronouns whose clause may follow an actor of an opening participle.


def opening_actors(view: SentenceView, actors: list[Slot], end: int) -> tuple[list[Slot], int]:
    """« Soutenu par X, qui finance sa campagne, et par Y, Z remporte ... »: every actor named
    after « et par » in an opening participle's phrase, past a relative clause after an actor;
    and the comma that closes the phrase (before its subject)."""
    doc = view.doc
    actors = list(actors)
    i = actors[-1].end
    while True:
        close = phrase_end(view, _past_infinitive_clause(view, i, end))
        while close < end and doc[close].pos_ == "VERB" and is_past_participle(doc[close]) and doc[close - 1].pos_ in ("NOUN", "ADJ"):
            close = phrase_end(view, close + 1)  # « Banni de X pour ses contenus jugés « toxiques », Y ... »: a noun's participle
        j = i
        opening = _relative_after(view, j + 1, end) if j + 1 < end and doc[j].text == "," else None
        if opening is None and close + 1 < end and doc[close].text == ",":
            opening = _relative_after(view, close + 1, end)  # « Soutenu par X et une partie de P, pour lequel W se présente, Z ... »
        if opening is not None:
            j = phrase_end(view, opening)
            while j < end and doc[j].text != ",":
                j = phrase_end(view, j + 1)  # past the verb of the relative clause
            close = j
        if j < end and doc[j].text == ",":
            j += 1
        par = coordinated_par(view, j, end)
        if par is not None:
            more = complement(view, par, end, ("par",), gap=0)
            if more:
                actors.extend(expand(more))
                i = more[-1].end
                continue
        return actors, close


def _relative_after(view: SentenceView, k: int, end: int) -> Optional[int]:
    """Token k opens a relative clause (« qui », « dont », « auquel », « pour lequel »): where its
    words after the pronoun start; else None."""
    doc = view.doc
    if doc[k].lower_ in RELATIVE_PRONOUNS or doc[k].lower_ in DATIVE_RELATIVES:
        return k + 1
    if k + 1 < end and doc[k].pos_ == "ADP" and doc[k + 1].lower_ in PREPOSED_RELATIVES:
        return k + 2  # « pour lequel », « avec qui »
    return None


def _subject_read_as_actor(view: SentenceView, actors: list[Slot]) -> tuple[list[Slot], list[Slot]]:
    """« Soutenu par X, le patron de Pixelia, Y, a gagné »: the last actors of an opening
    participle's phrase, one person named twice in apposition, set off by a comma right before a
    finite verb, are the sentence's subject, not actors; so is a last actor that only a comma
    joins to the one before and that stands right before a finite verb (« Sanctionnée par Y, la
    société X a ... »); (actors, subject), the subject empty where they do not stand so."""
    doc, last = view.doc, actors[-1] if actors else None
    if len(actors) >= 2 and last.end < view.sent.end and finite_verb_group_at(doc, last.end, view.sent.end):
        between = doc[actors[-2].end : last.start]
        if any(t.text == "," for t in between) and not any(t.lower_ in ("et", "ou", "ni") for t in between):
            return actors[:-1], [last]  # « Sanctionnée par Y, la société X a fait appel »: X, right before its verb
    if last is None or last.end + 1 >= view.sent.end or doc[last.end].text != "," or not finite_verb_group_at(doc, last.end + 1, view.sent.end):
        return actors, []
    subject = [a for a in actors if a.cluster == last.cluster]
    rest = [a for a in actors if a.cluster != last.cluster]
    if len(subject) < 2 or not rest or any(a.start > subject[0].start for a in rest):
        return actors, []
    return rest, subject[-1:]


def _past_infinitive_clause(view: SentenceView, i: int, end: int) -> int:
    """« Accusé par X d'avoir menti, Y ... »: the comma that closes an infinitive clause opened by
    « de » at token i, with no finite verb before it; else i."""
    doc = view.doc
    if not (i + 1 < end and doc[i].lower_ in DE and "Inf" in doc[i + 1].morph.get("VerbForm")):
        return i
    for k in range(i + 2, end):
        if doc[k].text == ",":
            return k
        if doc[k].pos_ in ("VERB", "AUX") and "Fin" in doc[k].morph.get("VerbForm"):
            break
    return i


#: How many words the common noun phrase of a first agent may have (« par une partie de la droite »).
COMMON_AGENT_WORDS = 6


def joined_agents(view: SentenceView, after: int, end: int) -> list[Slot]:
    """« accusés par une frange de la gauche et le RN »: a « par » right after the verb whose
    first agent is a common noun phrase, then « et » and parties: those parties."""
    doc = view.doc
    i = past_adjuncts(view, after, end)
    if i >= end or doc[i].lower_ != "par":
        return []
    for k in range(i + 1, min(i + 2 + COMMON_AGENT_WORDS, end)):
        if k in view.at or doc[k].pos_ in ("VERB", "AUX", "PRON", "SCONJ") or doc[k].text in CLAUSE_BREAKS or doc[k].text == ",":
            return []
        if doc[k].lower_ == "et":
            group = parties_after_articles(view, k + 1, end)
            return [] if group and opens_clause(view, group[-1]) else group  # not « par la droite et Y a répondu »: Y's own clause
    return []


def more_agents(view: SentenceView, actors: list[Slot], end: int) -> list[Slot]:
    """The actors of a passive with those joined by a second « par » after them (« est critiqué
    par X ainsi que par son adversaire Y »)."""
    actors = list(actors)
    while actors:
        par = coordinated_par(view, actors[-1].end, end)
        more = complement(view, par, end, ("par",), gap=0) if par is not None else []
        if not more:
            break
        actors.extend(expand(more))
    return actors


#: Verbs whose past participle with « être » or in apposition tells a state of its subject, with
#: the complement of the cue's own preposition (« X est opposé à Y »), not a passive.
STATE_PARTICIPLES = function_words("state_participle")
#: Endings of a present participle used as an adjective of state (« X est reconnaissant à Y »).
VERBAL_ADJECTIVE_ENDINGS = ("ant", "ante", "ants", "antes")


def _state_participle(view: SentenceView, cue: Token, spec: Cue, after: int, end: int) -> bool:
    """The cue is the past participle of such a verb (or a verbal adjective: « reconnaissant »),
    with no « par » after it in its clause."""
    return (
        spec.lemma in STATE_PARTICIPLES
        and spec.argument is not Argument.OBJ
        and (is_past_participle(cue) or cue.lower_.endswith(VERBAL_ADJECTIVE_ENDINGS))
        and not any(t.lower_ == "par" for t in view.doc[after:end])
        and not reflexive(view.doc, cue)
        and (is_passive(cue) or view.doc[cue.i - 1].text == "," or opening_participle(view, cue))
    )


def pair_up(view: SentenceView, sources: list[Slot], targets: list[Slot]) -> list[tuple[Slot, Slot, bool]]:
    return [(s, t, party_negated(view.doc, t.start, view.sent.start)) for s in sources for t in targets]


def _welcomed_by_the_voice(view: SentenceView, cue: Token, subjects: list[Slot], after: int, end: int) -> bool:
    """« Vous êtes reçu ici comme un ami », « vous êtes accueillie en amie »: a passive of a verb of
    welcome whose subject is the « vous » of the one spoken to, with no agent, in a voice's words:
    the voice welcomes them (not « vous avez été reçu par Y », nor « vous serez reçu »)."""
    if view.voice is None or len(subjects) != 1 or verb_lemma(cue) not in WELCOME_VERBS or any(t.lower_ == "par" for t in view.doc[after:end]):
        return False
    slot = subjects[0]
    between = view.doc[slot.end : cue.i + 1]
    if to_come(between) or any(is_future(t) for t in between):
        return False  # « vous serez reçu demain à l'Assemblée » (« serez » tagged a present): by others, perhaps
    return slot.cluster != view.voice.cluster and slot.kind is EntityKind.PERSON and view.doc[slot.start].lower_ in ADDRESSEE_PRONOUNS


def passive_actors(view: SentenceView, cue: Token, spec: Cue, after: int, end: int) -> list[Slot]:
    """The actor of a passive: « par Y »; for a ban, also the platform it is banned from
    (« X a été banni de Twitter », « X est suspendu de Facebook »)."""
    actors = more_agents(view, complement(view, after, end, ("par",), gap=MAX_GAP) or joined_agents(view, after, end), end)
    if actors and _agent_of_another_participle(view, after, actors[0]):
        actors = []  # « exclu du parti présidé par Y »: Y presides, the party excludes
    if not actors:
        actors = _agent_after_phrase(view, after, end)
    if not actors and spec.relation is RelationType.BANNED:
        actors = _decided_by(view, after, end)  # « exclu du parti en avril sur décision de Y »
    if not actors and spec.relation is RelationType.BANNED:
        if after + 1 < end and view.doc[after].lower_ in ("des", "de") and view.doc[after + 1].lower_ in RANKS_NOUNS:
            after += 2  # « radié des effectifs du parti P »: P's ranks
        # « banni de Twitter », « expulsé de France »: the platform, or the state of the country
        found = complement(view, after, end, DE, gap=MAX_GAP) or complement(view, past_adjuncts(view, after, end), end, DE, gap=MAX_GAP)  # « banni à vie de Twitter »
        actors = [s for s in found if s.kind in (EntityKind.ORGANISATION, EntityKind.LOCATION)]
        if not actors and found:
            actors = own_account_platform(view, found[0])  # « privé de son compte Instagram »
        if actors:  # « retirée du câble par décision de Y »: Y, who put it out
            by = complement(view, actors[-1].end, end, ("par",), gap=2)
            if by and not _agent_of_another_participle(view, actors[-1].start - 1, by[0]):
                actors = by  # not « exclu du parti présidé par Y »: Y presides it
    if not actors and spec.relation is RelationType.MET and cue.lower_ in COMPANY_PARTICIPLES:
        actors = [s for s in complement(view, after, end, DE, gap=0) if s.kind is EntityKind.PERSON]  # « X était accompagné de Y »: « de » as « par »
    if not actors and spec.relation is RelationType.BANNED:
        actors = platform_in_clause(view, cue)
    if not actors and spec.relation is RelationType.BANNED and spec.lemma not in EXILE_VERBS:
        actors = country_of_ban(view, after, end)  # not « expulsé en Suisse », where one is sent
    if not actors and spec.relation is RelationType.BANNED:
        actors = left_by_en(view, cue)
    if not actors and spec.relation is RelationType.BANNED:
        actors = left_by_dont(view, cue)
    if not actors:
        actors = _ordered_by(view, cue)
    if not actors and spec.relation is RelationType.MET and verb_lemma(cue) in HOST_INSTITUTION_CUES:
        actors = _host_institution(view, after, end)  # « X a été reçu mardi au ministère de P »
    return expand(actors)


#: Cues of hosting (``hosting_cue``), whose passive with no « par » is told of the institution one
#: was received at (« X a été reçu au ministère de l'Intérieur »), by lemma.
HOST_INSTITUTION_CUES = function_words("hosting_cue")
#: First words of the institutions that receive the one received at them (« au ministère de ... »).
HOST_INSTITUTIONS = function_words("host_institution")


def _host_institution(view: SentenceView, after: int, end: int) -> list[Slot]:
    """The organisation after « au » or « à la » in the clause after a passive of receiving, whose
    first word is an institution that receives (``host_institution``: « au ministère de P »): the
    ministry received the one received there; else []."""
    doc = view.doc
    for k in range(after, end - 1):
        if doc[k].lower_ not in ("au", "à"):
            continue
        j = k + 1 + (doc[k].lower_ == "à" and is_determiner(doc[k + 1]))
        slot = view.at.get(j)
        if slot is not None and slot.start == j and slot.kind is EntityKind.ORGANISATION and doc[j].lower_ in HOST_INSTITUTIONS:
            return [slot]
    return []


#: Nouns of « sur décision de Y », « sur ordre de Y » after a ban: Y decided it.
ORDERING_NOUNS = function_words("ordering_noun")
#: Nouns of « à la demande de Y », « sur la demande de Y » after a ban: Y asked for it and had it done.
REQUEST_NOUNS = function_words("request_noun")


def _decided_by(view: SentenceView, after: int, end: int) -> list[Slot]:
    """« exclu du parti au mois d'avril sur décision de Y », « expulsé sur ordre du ministre Y »,
    « dissous en 2012 à la demande du ministre Y »: the party after « sur » and a noun of
    ``ordering_noun``, or after « à la » or « sur la » and a noun of ``request_noun``, in the
    clause after the cue; else none."""
    doc = view.doc
    for k in range(after, end - 3):
        if doc[k].text in CLAUSE_BREAKS or (doc[k].pos_ in ("VERB", "AUX") and k not in view.at):
            return []
        if doc[k].lower_ not in ("sur", "à"):
            continue
        noun = k + 1 + (doc[k + 1].lower_ in ("la", "l'", "l’"))
        asked = noun > k + 1 and doc[noun].lower_ in REQUEST_NOUNS
        if noun + 1 < end and (asked or (doc[k].lower_ == "sur" and doc[noun].lower_ in ORDERING_NOUNS)) and doc[noun + 1].lower_ in DE:
            named = past_role_nouns(view, past_determiners(view, noun + 2, end), end)
            return [s for s in view.group_at(named, end) if s.kind in PARTIES]
    return []


def _gapped_passive(view: SentenceView, actors: list[Slot], end: int) -> tuple[list[Slot], list[tuple[Slot, Slot, bool]]]:
    """« Le Sud était soutenu par les États-Unis et le Nord par la Chine »: an agent joined by « et »
    that a « par » follows is the subject of a second passive whose verb is left out; the actors
    without it, and the pairs of the second passive (China, the North)."""
    doc = view.doc
    for n, actor in enumerate(actors[1:], start=1):
        by = complement(view, actor.end, end, ("par",), gap=0) if actor.end < end and doc[actor.end].lower_ == "par" else []
        if by and any(t.lower_ == "et" for t in doc[actors[n - 1].end : actor.start]):
            return actors[:n], [(b, actor, False) for b in expand(by)]
    return actors, []


def _ordered_by(view: SentenceView, cue: Token) -> list[Slot]:
    """« L'Arcom a ordonné que le réseau X soit bloqué »: the subject of the verb of ordering
    whose « que » clause holds the passive acts through the order."""
    verb = order_verb(cue)
    if verb is None:
        return []
    start, _end = view.clause(verb.i)
    return subjects_of(view, verb, start)


def _agent_of_another_participle(view: SentenceView, after: int, agent: Slot) -> bool:
    """The « par » of the agent follows another past participle, one that completes a noun
    after the cue (« exclu du parti présidé par Y », « reçu au palais construit par Y »)."""
    doc = view.doc
    j = agent.start - 1
    while j > after and doc[j].lower_ != "par":
        j -= 1
    participle = doc[j - 1] if j - 1 > after else None
    return (
        participle is not None
        and participle.pos_ in ("VERB", "ADJ")
        and "Part" in participle.morph.get("VerbForm")
        and any(t.pos_ in ("NOUN", "PROPN") for t in doc[after : participle.i])
    )


def left_by_dont(view: SentenceView, cue: Token) -> list[Slot]:
    """« Il adhère au parti P, dont il a été exclu en 1990 »: « dont » opening the clause of a
    passive ban stands for what one is banned from, the organisation right before it."""
    doc = view.doc
    j = opening_dont(view, view.clause(cue.i)[0])
    slot = slot_before(view, j) if j is not None else None
    if slot is None or slot.kind is not EntityKind.ORGANISATION:
        return []
    m = slot.start - 1
    while m > view.sent.start and is_determiner(doc[m]) and m not in view.at:
        m -= 1
    # « l'investiture du parti P, dont il fut privé »: « dont » stands for the noun, not its complement;
    # not after a role noun (« dirigeant du Parti P, dont il est exclu »): one is excluded from the party
    return [] if doc[m].lower_ in DE and doc[m - 1].lower_ not in role_heads() and doc[m - 1].lower_ not in MEMBER_NOUNS else [slot]


#: How far after a passive its « par » may stand past a phrase that names no party.
AGENT_AFTER_PHRASE_REACH = 16


def _agent_after_phrase(view: SentenceView, after: int, end: int) -> list[Slot]:
    """« condamnée à une amende de 2 millions d'euros par Y », « reçu dans la cour du palais
    de Lyon par Y »: the agent after a longer phrase of the verb, one that names no party but a
    place and holds no verb or punctuation."""
    doc = view.doc
    for k in range(after, min(after + AGENT_AFTER_PHRASE_REACH, end)):
        if doc[k].lower_ == "par":
            return complement(view, k, end, ("par",), gap=0)
        place = k in view.at and view.at[k].kind is EntityKind.LOCATION  # « reçu dans la cour du palais par Y »
        if doc[k].text == ",":
            continue  # « reçu en audience, lundi, à la présidence par Y »: the commas of a time or a place
        if (k in view.at and not is_possessive(view.at[k]) and not place) or (doc[k].pos_ in ("VERB", "AUX", "PUNCT", "SCONJ", "CCONJ", "PRON") and not place):
            return []  # « critiqué pour sa gestion de la crise par Y »: a possessive is no party here
    return []


#: Ban verbs whose « en X » is where one is sent, not the country that bans (« expulsé en Suisse »).
EXILE_VERBS = function_words("exile_verb")


def left_by_en(view: SentenceView, cue: Token) -> list[Slot]:
    """« Membre du parti P, il en est exclu en 1999 »: « en » before the auxiliaries of a passive
    ban stands for what one is banned from, the last organisation named before it in the
    sentence."""
    doc = view.doc
    j = cue.i - 1
    while j > view.sent.start and (doc[j].pos_ in ("AUX", "ADV") or doc[j].lower_ in NE_WORDS) and j not in view.at:
        j -= 1
    if doc[j].lower_ == "en" and j in view.at and view.at[j].kind is EntityKind.ORGANISATION:
        return [view.at[j]]  # the resolver placed it (« Il adhère au parti P. Il en est exclu »)
    if doc[j].lower_ != "en" or j in view.at:
        return []
    before = [s for s in view.slots if s.end <= j and s.kind is EntityKind.ORGANISATION]
    return before[-1:]


def platform_in_clause(view: SentenceView, cue: Token) -> list[Slot]:
    """« Sur Instagram, son compte est suspendu », « Son compte sur le réseau TikTok est
    supprimé », « X est interdit sur l'App Store »: a ban undergone on a platform named after « sur » in the clause is that
    platform's."""
    doc = view.doc
    start, end = view.clause(cue.i)
    for j in range(max(start, view.sent.start), end - 1):
        if doc[j].lower_ != "sur" or j in view.at:
            continue
        k = j + 1
        while k < end and k not in view.at and (is_determiner(doc[k]) or doc[k].lower_ in PLATFORM_NOUNS):
            k += 1
        slot = view.at.get(k)
        if slot is None or slot.kind is not EntityKind.ORGANISATION:
            continue
        before = j - 1
        while before >= start and doc[before].pos_ == "ADV":
            before -= 1
        if before >= start and doc[before].lower_ in ("et", "ou"):
            continue  # « X a parlé sur P et sur Q, puis ... »: the complement of a verb before, joined
        between = doc[slot.end : cue.i] if slot.end <= cue.i else doc[cue.i + 1 : j]
        if (before >= start and before != cue.i and doc[before].pos_ == "VERB") or any(t.pos_ == "VERB" for t in between):
            continue  # « X a parlé sur Reddit, puis a été suspendu »: the complement of another verb
        return [s for s in view.group_at(k, end) if s.kind is EntityKind.ORGANISATION]  # « sur l'App Store et le Play Store »
    return []


def platform_joined_before(view: SentenceView, owner: Slot, clause_start: int) -> list[Slot]:
    """« X est arrivé sur le réseau P, puis son compte a été suspendu »: an account a possessive
    opens, at the head of its clause, is the one on the one platform named after « sur » earlier in
    the sentence (where two are named, neither)."""
    doc = view.doc
    if not is_possessive(owner) or owner.start > clause_start + 1 or owner.end >= view.sent.end or doc[owner.end].lower_ not in ACCOUNT_NOUNS:
        return []
    found = []
    for j in range(view.sent.start, clause_start - 1):
        if doc[j].lower_ != "sur":
            continue
        k = j + 1
        while k < clause_start and k not in view.at and (is_determiner(doc[k]) or doc[k].lower_ in PLATFORM_NOUNS):
            k += 1
        slot = view.at.get(k)
        if slot is not None and slot.kind is EntityKind.ORGANISATION:
            found.append(slot)
    return found if len({s.cluster for s in found}) == 1 else []


#: How many words of quality may follow a noun before its « entre » (« la conversation téléphonique tant attendue entre »).
QUALIFIER_REACH = 4


def past_qualifiers(view: SentenceView, after: int, end: int) -> int:
    """The token after the adjectives, adverbs, participles and qualifying phrases that follow a
    noun (« tant attendue », « de haut niveau »: ``qualifier_phrase``), up to a few; ``after``
    where none follows."""
    doc = view.doc
    k = after
    while k < end and k - after < QUALIFIER_REACH and k not in view.at:
        if doc[k].pos_ in ("ADJ", "ADV") or (doc[k].pos_ == "VERB" and "Part" in features(doc[k], "VerbForm") and "Pres" not in features(doc[k], "Tense")):
            k += 1
            continue
        phrase = next((n for n in QUALIFIER_PHRASE_LENGTHS if k + n <= end and " ".join(t.lower_ for t in doc[k : k + n]) in QUALIFIER_PHRASES), 0)
        if not phrase:
            break
        k += phrase  # « un échange de haut niveau entre X et Y »
    return k


#: Phrases that qualify a noun of meeting right after it (« de haut niveau », « à huis clos »), and their lengths in words, longest first.
QUALIFIER_PHRASES = function_words("qualifier_phrase")
QUALIFIER_PHRASE_LENGTHS = sorted({len(p.split()) for p in QUALIFIER_PHRASES}, reverse=True)


#: The most words of the place a thing is removed from, before the thing (« de son magasin d'applications »).
REMOVED_FROM_WORDS = 6


def _past_removed_from(view: SentenceView, after: int, end: int) -> int:
    """« a retiré de son magasin d'applications l'application X », « a chassé fin mars de sa
    boutique en ligne X »: the token after a « de » phrase that names, before the object, where it is
    removed from (common nouns, or the platform itself, with no other party); ``after`` where
    none stands so."""
    doc = view.doc
    i = past_adjuncts(view, after, end)
    if i + 1 >= end or doc[i].lower_ not in DE:
        return after
    slot = view.at.get(i + 1)
    if doc[i].lower_ not in ("du", "des") and not is_determiner(doc[i + 1]) and slot is None:
        return after  # « suspendra d'urgence les activités de X »: a manner, no place
    j = i + 1
    while j < min(end, i + 1 + REMOVED_FROM_WORDS):
        opening = j == i + 1 or doc[j - 1].lower_ in DE  # a word right after a « de »
        slot = view.at.get(j)
        if slot is not None and not is_possessive(slot):
            named = slot.kind is EntityKind.ORGANISATION and (opening or doc[j - 1].pos_ == "NOUN")
            if opening and not named:
                return after  # « de X »: a party's, no place of removal
            if not named:
                break  # « de ses rangs X »: the object after the place's noun
        if slot is not None:
            j = slot.end  # « de son », « de Pixelia », « de son magasin d'applications AppStore »: the place's own name
            continue
        if doc[j].pos_ == "DET" and not opening:
            break  # « de son magasin l'application X »: the object's article
        if doc[j].pos_ in ("NOUN", "ADJ", "DET") or doc[j].lower_ in DE:
            j += 1
            continue
        break
    if j >= end or j == i + 1 or (doc[j].pos_ not in ("DET", "PROPN") and j not in view.at):
        return after
    return j


@kept_per_view
def apposed_to(view: SentenceView, cue: Token) -> list[Slot]:
    """« X, mouvement dissous par Y en 2021 », « X, suspendu par Y »: a past participle without
    an auxiliary, in an apposition set off by a comma after a party, says what that party
    underwent; the party is returned (else nothing)."""
    doc = view.doc
    if "Part" not in features(cue, "VerbForm") or "Pres" in features(cue, "Tense") or cue.lower_.endswith("ant") or reflexive(doc, cue):
        return []  # not « ..., critiquant Y », a present participle the tagger left without its tense
    following = view.at.get(cue.i + 1)
    if cue.lower_.endswith("t") and following is not None and following.kind in PARTIES:
        return []  # « X, patron de P, rejoint Y pour un dîner »: a present that writes like the participle, with its object
    if present_of_er_verb(cue):
        return []  # « X salue Y », a present the tagger read as a feminine participle
    headline = view.group_at(view.sent.start, cue.i) if cue.i - 1 in view.at and cue.lower_.endswith(PAST_PARTICIPLE_ENDINGS) else []
    if headline and headline[-1].end == cue.i and not _finite_verb(view) and not any(_pronoun(view, s) for s in headline):
        return [s for s in headline if s.kind in PARTIES]  # a headline: « X critiqué par Y », « X et Z reçus par Y »
    head = view.at.get(cue.i - 1)
    if head is not None and head.kind in PARTIES and head.end == cue.i and not _pronoun(view, head) and cue.lower_.endswith(PAST_PARTICIPLE_ENDINGS):
        if _completes_a_noun(view, head):
            return []  # « le projet de loi du Congrès défendu par X »: the participle may go with the noun
        return [head]  # « ..., X évincé du parti P pour ses propos, ... »: with no auxiliary, what X underwent
    j = cue.i - 1
    while j > view.sent.start and j not in view.at and doc[j].text not in (",", "(") and doc[j].pos_ in ("NOUN", "ADJ", "ADP", "DET", "ADV", "PUNCT"):
        if doc[j].pos_ == "PUNCT" and doc[j].text not in ("-", "‑"):
            return []
        j -= 1
    if doc[j].text not in (",", "(") or any(t.pos_ == "AUX" for t in doc[j : cue.i]):
        return []  # « X, soutenu par Y », « X (soutenu notamment par Y) »
    resumed = resumed_author(view, cue)
    if resumed:
        return resumed  # « X a traité Y de menteur, des propos vivement critiqués par Z »: X
    tagged = _tagged_in_brackets(view, j)
    if tagged is not None:
        return [tagged]  # « X (ex-LR, soutenu par Y) », « X (45 ans, soutenu par Y) »
    described = _subject_of_attribute_clause(view, j)
    if described is not None:
        return [described]  # « X est candidate en 1995, soutenue par Y »
    slot = view.at.get(j - 1)
    if slot is None or slot.kind not in PARTIES:
        return []
    if auxiliary_before_incise(cue) is not None:
        return []  # « X a, selon Le Monde, rencontré Y »: the participle's own auxiliary, before the incise
    if slot.kind is EntityKind.LOCATION and slot.start - 1 == view.sent.start and doc[slot.start - 1].lower_ in ("à", "a", "en", "dans"):
        return []  # « À Tourcoing, la candidate investie par P, X, ... »: where it happens, described by no one
    if any(t.pos_ == "NOUN" and t.lemma_.lower() in RESUMED_EVENTS for t in doc[j:cue.i]):
        return []  # « X a reçu Y, une rencontre critiquée par Z »: the meeting, not Y
    noun = _completed_noun(view, slot)
    if noun is not None and noun.lower_ in role_heads() and not any(t.pos_ == "NOUN" for t in doc[j:cue.i]):
        return []  # « la veuve de X, soutenue par Y »: the widow, whom no mention names here; not « de X, mouvement dissous par Y »
    verb = next((t for t in reversed(doc[view.sent.start : slot.start]) if t.pos_ in ("VERB", "AUX")), None)
    if verb is not None and "Fin" not in verb.morph.get("VerbForm") and not _compound(view, verb) and doc[j].text != "(" and not any(t.pos_ == "NOUN" for t in doc[j + 1 : cue.i]):
        # « ..., créé pour faire advenir le Brexit, financé par Y »: not the Brexit; « X (soutenu par Y) » is X's,
        # and so is a noun in apposition (« le plaisir d'accueillir X, candidat proposé par Y »)
        return []
    return [slot]


def _subject_of_attribute_clause(view: SentenceView, comma: int) -> Optional[Slot]:
    """« X est candidate en 1995, soutenue par Y »: the party that opens the sentence, then « être »
    and an attribute or a participle with no other verb and no other party up to the comma; a
    participle after that comma describes it. None otherwise (« X a reçu Z, soutenu par Y » may describe Z)."""
    doc = view.doc
    first = view.at.get(view.sent.start)
    if first is None or first.start != view.sent.start or first.kind not in PARTIES or _pronoun(view, first):
        return None
    k = first.end
    if k >= comma or doc[k].lemma_ != "être" or doc[k].pos_ != "AUX":
        return None
    attribute = k + 1 + (k + 1 < comma and is_past_participle(doc[k + 1]))  # « X est élue en 1995, soutenue par Y »
    if any(i in view.at for i in range(k + 1, comma)) or any(doc[i].pos_ in ("VERB", "AUX") for i in range(attribute, comma)):
        return None
    return first


#: Nouns of a meeting that sum up the clause before them after a comma, by lemma.
RESUMED_EVENTS = function_words("resumed_event")

#: How many words a tag before a comma inside brackets may have (« (ex-LR, », « (45 ans, »).
BRACKET_TAG_WORDS = 4


def _tagged_in_brackets(view: SentenceView, comma: int) -> Optional[Slot]:
    """« X (ex-LR, soutenu par Y) »: the party right before the opening bracket, where a short tag
    and a comma open the brackets before the participle; else None."""
    doc = view.doc
    if doc[comma].text != ",":
        return None
    k = comma - 1
    while k > view.sent.start and comma - k <= BRACKET_TAG_WORDS and doc[k].text not in ("(", ",", ")"):
        k -= 1
    if doc[k].text != "(" or k == comma - 1 or any(i in view.at for i in range(k + 1, comma)):
        return None  # « X (Y, soutenue par Z) »: Y's
    slot = view.at.get(k - 1)
    return slot if slot is not None and slot.kind in PARTIES and slot.end == k else None


def _motion_participle(token: Token) -> bool:
    """A participle of a verb conjugated with « être » (« venu », « arrivé »)."""
    return token.lemma_.lower() in etre_verbs() and "Part" in features(token, "VerbForm")


def _apposed_before_comma(view: SentenceView, cue: Token) -> list[Slot]:
    """The party right before the comma that opens the cue's apposition (« a remercié X, assis
    à côté de Y »: X), or nothing."""
    slot = slot_before(view, cue.i) if cue.i - 2 >= view.sent.start and view.doc[cue.i - 1].text == "," else None
    return [slot] if slot is not None and slot.kind in PARTIES else []


def _completes_a_noun(view: SentenceView, slot: Slot) -> bool:
    """The mention is the « de » complement of a lower-case noun (« le projet de loi du Congrès »,
    « la campagne de X »), so that what follows it may go with that noun."""
    return _completed_noun(view, slot) is not None


def _completed_noun(view: SentenceView, slot: Slot) -> Optional[Token]:
    """The lower-case noun whose « de » complement the mention is (« la veuve de X »: « veuve »)."""
    doc, k = view.doc, slot.start - 1
    while k > view.sent.start and is_determiner(doc[k]) and k not in view.at:
        k -= 1
    if k <= view.sent.start or doc[k].lower_ not in DE:
        return None
    k -= 1
    while k > view.sent.start and doc[k].pos_ == "ADJ" and k not in view.at:
        k -= 1
    return doc[k] if doc[k].pos_ == "NOUN" and doc[k].is_lower and k not in view.at else None


def _pronoun(view: SentenceView, slot: Slot) -> bool:
    """The mention is a pronoun (« a-t-il rencontré »: « il », then a participle in a compound tense)."""
    return any(t.pos_ == "PRON" for t in view.doc[slot.start : slot.end])


def _compound(view: SentenceView, verb: Token) -> bool:
    """A participle after its auxiliary, past adverbs and pronouns (« il y a eu »)."""
    j = verb.i - 1
    while j > view.sent.start and view.doc[j].pos_ in ("ADV", "PRON"):
        j -= 1
    return "Part" in verb.morph.get("VerbForm") and view.doc[j].pos_ == "AUX"


def _finite_verb(view: SentenceView) -> bool:
    """The sentence has a conjugated verb or auxiliary (a headline often has none)."""
    return any(t.pos_ in ("VERB", "AUX") and "Fin" in t.morph.get("VerbForm") for t in view.sent)


#: How far after a participle the comma before the name of the one it describes may stand.
NAMED_AFTER_REACH = 8


#: Cues of drawing someone's attention to something (« attirer l'attention de Y sur »): a charge
#: only where what they point to is a wrongdoing (« sur les dérives de X »).
ALERTING_CUES = function_words("alerting_cue")
#: Nouns of a wrongdoing (« les dérives », « les abus », « les méfaits » of someone).
WRONGDOING_NOUNS = function_words("wrongdoing_noun")


def _wrongdoing_on(view: SentenceView, after: int, end: int) -> Optional[int]:
    """The first « sur » after the cue, where it opens a noun of wrongdoing (« sur les dérives
    de X », « sur les graves abus commis par X »); else None."""
    doc = view.doc
    on = next((k for k in range(after, end) if doc[k].lower_ == "sur"), None)
    if on is None:
        return None
    k = on + 1
    while k < end and k not in view.at and (is_determiner(doc[k]) or doc[k].pos_ in ("ADJ", "ADV")) and doc[k].lemma_.lower() not in WRONGDOING_NOUNS:
        k += 1
    return on if k < end and k not in view.at and (doc[k].lemma_.lower() in WRONGDOING_NOUNS or doc[k].lower_ in WRONGDOING_NOUNS) else None


@kept_per_view
def named_after_noun(view: SentenceView, cue: Token, after: int, end: int) -> list[Slot]:
    """« un autre cadre exclu du parti P, X »: a past participle without an auxiliary right after a
    common noun, whose phrase is followed by a comma and a person's name that ends the clause,
    says what that person underwent; the person is returned (else nothing)."""
    doc = view.doc
    if "Part" not in features(cue, "VerbForm") or "Pres" in features(cue, "Tense") or cue.lower_.endswith("ant") or reflexive(doc, cue):
        return []  # not « ..., critiquant Y », a present participle the tagger left without its tense
    before = doc[cue.i - 1]
    if cue.i - 1 < view.sent.start or before.i in view.at or before.pos_ != "NOUN" or not before.is_lower:
        return []
    for k in range(after, min(after + NAMED_AFTER_REACH, end)):
        if doc[k].pos_ in ("VERB", "AUX"):
            return []
        if doc[k].text == ",":
            j = k + 1
            while j < end and is_determiner(doc[j]) and j not in view.at:
                j += 1
            j = past_role_nouns(view, j, end)  # « la candidate investie par P, l'insoumise X, ... »
            slot = view.at.get(j)
            ends = slot is not None and (slot.end >= end or doc[slot.end].is_punct)
            return [slot] if ends and slot.start == j and slot.kind is EntityKind.PERSON else []
    return []


def together(view: SentenceView, after: int, end: int) -> bool:
    """« les deux hommes ont déjeuné ensemble »: the subjects did it with each other."""
    return any(t.lower_ == "ensemble" for t in view.doc[after : min(after + 3, end)])


#: Verbs of a gathering taking place (« la réunion s'est tenue », « a eu lieu »), by lemma.
TAKING_PLACE_VERBS = function_words("taking_place_verb")
#: Nouns of a gathering whose taking place « en présence de » several people brings them together.
GATHERING_NOUNS = function_words("gathering_noun")


def _held_in_presence(view: SentenceView, cue: Token, present: list[Slot], subjects: list[Slot]) -> list[tuple[Slot, Slot, bool]]:
    """« La réunion s'est tenue en présence de X et de Y », « s'est tenue une séance de travail, en
    présence de X, de Y et de Z »: a gathering (``gathering_noun``) that took place, its subject
    before or after the verb, brings together those present, each with each; nothing where no
    gathering is named (« le procès s'est tenu en présence de X et Y »), or fewer than two."""
    if subjects:
        return []  # a party as the subject: « X se tenait en présence de Y » is no gathering
    doc = view.doc
    nouns = [c for c in cue.children if c.dep_.startswith("nsubj") and c.pos_ == "NOUN"]
    if not nouns and cue.i + 2 < view.sent.end:  # « s'est tenu un comité »: the subject after the verb
        nouns = [t for t in doc[cue.i + 1 : cue.i + 3] if t.pos_ == "NOUN"][:1]
    if not nouns or nouns[0].lemma_.lower() not in GATHERING_NOUNS:
        return []
    return among([s for s in expand(present) if s.kind in (EntityKind.PERSON, EntityKind.ORGANISATION)], RelationType.MET)


def in_presence_of(view: SentenceView, after: int, end: int) -> list[Slot]:
    """« X a inauguré l'usine de Lyon, lundi, en présence de Y »: the group after « en présence
    de » anywhere in the cue's clause, past its object and adjuncts (the locution tells whom it
    is about wherever it stands)."""
    doc = view.doc
    for k in range(after, end - 2):
        if doc[k].lower_ == "en" and doc[k + 1].lower_ == "présence" and k + 1 not in view.at:
            # « en présence de deux ministres, A et B »: the members apposed to a plural noun
            return complement(view, k + 1, end, Argument.EN_PRESENCE_DE.words, gap=0) or members_in_apposition(view, k + 3)
    return []


@kept_per_doc
def is_passive(cue: Token) -> bool:
    """« a été banni par »; a reflexive « s'en est pris à » only looks passive to the parser.
    The parser reads some « est » + participle as a compound tense (« X est interdit sur l'App
    Store »): with « être » and a verb not conjugated with it, that is a passive too."""
    if _after_lasting_verb(cue):
        return True  # « X reste banni de Facebook », « X s'est retrouvé critiqué par Y »: the « se » is the other verb's
    if reflexive(cue.doc, cue) or cue.lemma_.lower() in etre_verbs():
        return False
    if _shares_a_passive(cue):
        return True  # « X est suspendu du parti, puis exclu par Y »
    if _participle_with_agent(cue) or _detached_participle_with_agent(cue):
        return True  # « X (P), soutenu par les écologistes (Q). », « X a quitté le parti, critiqué par Y »
    return cue.pos_ == "VERB" and any(c.dep_ == "aux:pass" or (c.dep_ == "aux:tense" and c.lemma_ == "être") for c in cue.children) or (
        cue.i >= 1 and cue.doc[cue.i - 1].lower_ == "été" and (features(cue, "VerbForm") == ("Part",) or cue.pos_ in ("ADJ", "ADV"))
    )  # « a été privé de », « ont été exclus définitivement », the participle tagged as an adjective or an adverb


def _participle_with_agent(cue: Token) -> bool:
    """A past participle that qualifies a noun in a sentence with no finite verb (a list's entry,
    a caption), with no auxiliary, followed by « par » (past an adverb): a passive (« X (P),
    soutenu par les écologistes (Q). »). Where the sentence has a verb, the participle's
    apposition is read by ``apposed_to``."""
    if cue.dep_ != "acl" or not _bare_past_participle(cue):
        return False
    doc, j = cue.doc, cue.i + 1
    while j < len(doc) and doc[j].pos_ == "ADV":
        j += 1
    return j < len(doc) and doc[j].lower_ == "par" and not any("Fin" in t.morph.get("VerbForm") for t in cue.sent)


def _on_behalf_complement(view: SentenceView, after: int, end: int) -> list[Slot]:
    """« a reçu un appel téléphonique de la part de Y »: the party after « de la part de » within
    a few words of the cue, which says what a verb's « de » says."""
    for j in range(after, min(after + MAX_GAP, end)):
        start = on_behalf(view, j, end) if view.doc[j].lower_ in DE else None
        if start is not None:
            return complement(view, start - 1, end, DE, gap=0)
    return []


def _detached_participle_with_agent(cue: Token) -> bool:
    """A past participle with no auxiliary set off by a comma after the clause of the verb it
    depends on, followed by « par » (past an adverb): a passive whose patient is that clause's
    subject (« X a quitté le parti en décembre, accusée par Y de ... »); not where a name, or an
    object of its gender and number, after the verb may be what it qualifies (« X a reçu Z, soutenu
    par Y », « X a reçu la candidate, soutenue par Y »)."""
    doc = cue.doc
    if cue.dep_ != "advcl" or cue.head.i >= cue.i or doc[cue.i - 1].text != "," or not _bare_past_participle(cue):
        return False
    j = cue.i + 1
    while j < len(doc) and doc[j].pos_ == "ADV":
        j += 1
    if j >= len(doc) or doc[j].lower_ != "par":
        return False
    top = cue.head
    while top.dep_ != "ROOT" and top.head.i < top.i:
        top = top.head  # « a voté une proposition visant à renforcer ..., défendue par Y »: from the clause's own verb
    between = doc[top.i + 1 : cue.i]
    return not any(t.pos_ == "PROPN" or (t.pos_ == "NOUN" and t.dep_ in ("obj", "conj") and _agrees(cue, t)) for t in between)


def _agrees(participle: Token, noun: Token) -> bool:
    """The past participle may agree with the noun: its ending's gender and number (« défendue »:
    feminine singular; the tagger's features of a participle are often wrong) are not others
    than the noun's; « -is » may be either number."""
    form = participle.lower_
    gender = "Fem" if form.rstrip("s").endswith("e") else "Masc"
    plural = form.endswith("s") and not form.endswith("is")
    return gender not in _others(noun.morph.get("Gender")) and (form.endswith("is") or ("Plur" if plural else "Sing") not in _others(noun.morph.get("Number")))


def _others(values: list[str]) -> tuple[str, ...]:
    """The values a feature of one value excludes (« Fem »: « Masc »; none known: none)."""
    return tuple({"Fem": "Masc", "Masc": "Fem", "Sing": "Plur", "Plur": "Sing"}[v] for v in values if v in ("Fem", "Masc", "Sing", "Plur"))


def _shares_a_passive(cue: Token) -> bool:
    """A past participle with no auxiliary of its own, joined to a passive one before it, shares
    its « être » (« X est élu maire en 1925, puis exclu de la SFIO »), and so does one joined to
    the attribute of « être » (« X est député, puis exclu de la SFIO »); not after an active
    participle (« X a reçu Y, puis exclu Z »)."""
    if cue.dep_ != "conj" or cue.head.i >= cue.i or not _bare_past_participle(cue):
        return False
    if cue.head.pos_ in ("NOUN", "ADJ") and any(c.dep_ == "cop" and c.lemma_ == "être" for c in cue.head.children):
        return True
    if cue.head.dep_ == "obl:agent" and cue.head.head.pos_ == "VERB" and cue.head.head.i < cue.head.i and is_passive(cue.head.head):
        return True  # « X est créée par Y et dissoute par Z », the participle joined to the first one's agent
    return cue.head.pos_ == "VERB" and is_passive(cue.head)


def _bare_past_participle(cue: Token) -> bool:
    """A past participle with no auxiliary of its own (« ..., puis exclu », « soutenu par »)."""
    if "Part" not in features(cue, "VerbForm") or "Pres" in features(cue, "Tense"):
        return False
    if not cue.lower_.endswith(PAST_PARTICIPLE_ENDINGS):
        return False  # « l'homme d'affaires dînera par la suite »: a future the tagger read as a participle
    return not any(c.dep_.startswith("aux") for c in cue.children)


def _done_with(view: SentenceView, cue: Token, end: int) -> bool:
    """A past participle with no auxiliary right after a common noun, with no « par » after it:
    the thing done (« l'accord signé avec Y », « le texte discuté avec Y »), whose doer the clause
    does not say; the sentence's subject only speaks of it."""
    j = cue.i - 1
    while j > view.sent.start and view.doc[j].pos_ == "ADV":
        j -= 1
    if view.doc[j].pos_ != "NOUN" or j in view.at or not _bare_past_participle(cue):
        return False
    return not any(t.lower_ == "par" for t in view.doc[cue.i + 1 : end])


#: Verbs of a lasting state, before a past participle read as a passive (« reste banni »).
LASTING_VERBS = function_words("lasting_verb")


def _after_lasting_verb(cue: Token) -> bool:
    """A past participle right after « rester » or « demeurer », past adverbs (« X reste
    banni de Facebook », « demeure toujours suspendu »); « reste interdit », the participle the
    tagger read as a present (no finite verb follows « rester »)."""
    if "Part" not in features(cue, "VerbForm") and not cue.lower_.endswith(PAST_PARTICIPLE_ENDINGS):
        return False
    if "Part" in features(cue, "VerbForm") and "Pres" in features(cue, "Tense"):
        return False
    j = cue.i - 1
    while j > 0 and cue.doc[j].pos_ == "ADV":
        j -= 1
    return j >= 0 and j < cue.i and verb_lemma(cue.doc[j]) in LASTING_VERBS


#: Verbs of depriving, a ban only where what is taken is an account, an access, a medium or a
#: platform (« privé de son compte », « privé d'antenne »), not money or goods (« de subventions »).
DEPRIVING_VERBS = function_words("depriving_verb")
#: What taking away bans one from (« compte », « antenne », « fréquence »), by lemma.
DEPRIVED_NOUNS = function_words("deprived_noun")


def _deprived_of_a_medium(view: SentenceView, after: int, end: int) -> bool:
    """A « de » after a verb of depriving names an account, an access, a medium or a platform
    (« a privé X de son compte », « privée d'antenne », « privé de Twitter »); true too where no
    « de » follows in the clause (« ce dont X a été privé »), read as before."""
    doc = view.doc
    found = False
    for j in (k for k in range(after, end) if doc[k].lower_ in DE and k not in view.at):
        found = True
        k = j + 1
        while k < end and (is_determiner(doc[k]) or doc[k].pos_ == "ADJ") and k not in view.at:
            k += 1
        while k < end and k in view.at and is_possessive(view.at[k]):
            k = view.at[k].end
        if k < end and k in view.at and view.at[k].kind is EntityKind.ORGANISATION:
            return True  # « privé de Twitter »
        if k < end and doc[k].lemma_.lower() in TAKEN_NOUNS:
            return True  # « privé de son compte »; « de son investiture », read by the rule of support taken back
    return not found


#: Nouns of support that a withdrawing verb takes back (« son investiture », « son soutien »).
SUPPORT_NOUNS = function_words("support_noun")
#: What a verb of depriving may take for a ban, or for support taken back.
TAKEN_NOUNS = DEPRIVED_NOUNS | SUPPORT_NOUNS


def _support_after(view: SentenceView, after: int, end: int) -> bool:
    """A noun of support is the object right after the verb (« retirer son investiture »), or its
    « de » complement (« privé de son investiture »)."""
    doc = view.doc
    j = after + 1 if after < end and doc[after].lower_ in DE else after
    while j < end and (is_determiner(doc[j]) or doc[j].pos_ == "ADJ") and j not in view.at:
        j += 1
    while j < end and j in view.at and is_possessive(view.at[j]):
        j = view.at[j].end
    return j < end and doc[j].lemma_.lower() in SUPPORT_NOUNS


#: How many words the possessed object of « voir » may have before the participle (« son compte Instagram »).
SEEN_OBJECT_WORDS = 4


def seen_undergone(view: SentenceView, cue: Token, start: int) -> Optional[tuple[list[Slot], list[Slot]]]:
    """« X a vu son compte Instagram suspendu », « X voit sa page fermée par Y »: a past
    participle after the possessed object of « voir » is undergone by the subject of « voir »;
    the platforms named in the object (where no « par » names the actor) and that subject, or
    None."""
    doc = view.doc
    if not (is_past_participle(cue) or cue.pos_ == "ADJ"):  # « fermée », which the tagger may read as an adjective
        return None
    platforms, j = _possessed_before(view, cue.i - 1, max(start, cue.i - 1 - SEEN_OBJECT_WORDS))
    while platforms is not None and j - 2 > start and doc[j - 1].lower_ in ("et", ","):
        earlier, k = _possessed_before(view, j - 2, start)  # « voit sa page Facebook et son compte Instagram supprimés »
        if earlier is None:
            break
        platforms, j = earlier + platforms, k
    if platforms is None or j - 1 < start or verb_lemma(doc[j - 1]) != "voir":
        return None
    if any(t.lower_ in REFLEXIVE for t in doc[max(j - 4, start) : j - 1]):
        return None  # « s'est vu suspendre »: read by :func:`made_to_undergo`
    subjects = [s for s in expand(subjects_of(view, doc[j - 1], start)) if s.kind in PARTIES]
    return (platforms, subjects) if subjects else None


def _possessed_before(view: SentenceView, j: int, start: int) -> tuple[Optional[list[Slot]], int]:
    """The platforms of a possessed object that ends at token j (« sa page Facebook »), and
    the token of its possessive; (None, j) where no possessive opens it."""
    doc, platforms = view.doc, []
    while j > start and j in view.at and view.at[j].kind is EntityKind.ORGANISATION:
        platforms.insert(0, view.at[j])
        j = view.at[j].start - 1
    while j > start and j not in view.at and doc[j].pos_ == "NOUN":
        j -= 1
    owner = view.at.get(j)
    # « Vexa a vu son compte suspendu »: a possessive the resolver placed on no one, the subject of « voir » its owner
    return (platforms, j) if (owner is not None and is_possessive(owner)) or (owner is None and is_possessive_determiner(doc[j])) else (None, j)


@lru_cache(maxsize=1)
def use_verbs() -> frozenset[str]:
    """Verbs of using a service (``use_verbs.txt``)."""
    return frozenset(w.lower() for w in read_lines("use_verbs.txt"))


#: Nouns of a licence a ban withdraws (« sa fréquence », « son autorisation d'émettre »).
LICENCE_NOUNS = function_words("licence_noun")
#: Nouns of reaching a place or a service, whose ban names what it reaches after « à », then the one banned (« interdire l'accès au Parlement à X »).
ACCESS_NOUNS = function_words("access_noun")


def withdrawn_licence(view: SentenceView, after: int, end: int) -> list[Slot]:
    """« l'Arcom a retiré sa fréquence TNT à la chaîne C8 », « a retiré à X l'accès à ses outils »:
    withdrawing a licence or an access from a party (after « à ») bans it."""
    doc = view.doc
    j = _licence_noun(view, after, end)
    if j is None:
        return []
    dative = _dative_before(view, after, j)
    if dative:
        return dative
    for k in range(j + 1, min(j + LICENCE_PHRASE_WORDS, end)):
        if doc[k].lower_ in ("à", "au", "aux") and (found := complement(view, k, end, ("à", "au", "aux"), gap=0)):
            return later_dative(view, found, end) or found  # not « l'accès à ses outils », what the access is to
        if (k in view.at and k != j + 1 and not is_possessive(view.at[k])) or doc[k].pos_ in ("VERB", "AUX", "PUNCT"):
            return []  # a name right after the noun only says which (« sa fréquence TNT »)
    return []


def _licence_noun(view: SentenceView, after: int, end: int) -> Optional[int]:
    """The licence noun that is the verb's object, past adjuncts, determiners and possessives; None where there is none."""
    doc = view.doc
    j = past_adjuncts(view, after, end)
    while j < end and (is_determiner(doc[j]) or (j in view.at and is_possessive(view.at[j]))):
        j += 1
    return j if j < end and doc[j].lemma_.lower() in LICENCE_NOUNS else None


def licensee_before(view: SentenceView, after: int, end: int) -> list[Slot]:
    """« a interdit à X l'accès au Parlement », « a retiré à X l'accès à ses outils »: the party
    after « à » before the licence noun, who loses it (not the place or the service it reaches);
    [] where the object is no licence noun or no party stands before it."""
    j = _licence_noun(view, after, end)
    return [] if j is None else _dative_before(view, after, j)


def _dative_before(view: SentenceView, after: int, j: int) -> list[Slot]:
    """The party after the first « à » between token ``after`` and the licence noun at j, or []."""
    for k in range(after, j):
        if view.doc[k].lower_ in ("à", "au", "aux") and (dative := complement(view, k, j, ("à", "au", "aux"), gap=0)):
            return dative
    return []


def later_dative(view: SentenceView, reached: list[Slot], end: int) -> list[Slot]:
    """« a interdit l'accès au Parlement à X »: a second « à » complement right after what the
    access reaches names the one it is forbidden to; [] where none follows."""
    k = reached[-1].end
    if k < end and view.doc[k].lower_ in ("à", "au", "aux"):
        return complement(view, k, end, ("à", "au", "aux"), gap=0)
    return []


#: How many words the phrase of a licence may have before the « à » of the one it is withdrawn from (« l'accès à ses outils publicitaires à X »).
LICENCE_PHRASE_WORDS = 8


#: Nouns of using a service (« l'utilisation de X »).
USE_NOUNS = function_words("use_noun")


def used_service(view: SentenceView, after: int, end: int) -> list[Slot]:
    """« a interdit aux administrations d'utiliser l'application », « a interdit le
    téléchargement et l'utilisation de X »: banning the use of a service bans the service, named
    after the verb or the noun of using (or after « à » for « accéder »)."""
    doc = view.doc
    j = past_adjuncts(view, after, end)
    while j + 1 < end and j not in view.at and (is_determiner(doc[j]) or doc[j].lower_ == "et" or doc[j].lemma_.lower() in USE_NOUNS):
        if doc[j].lemma_.lower() in USE_NOUNS and doc[j + 1].lower_ in DE:
            return complement(view, j + 1, end, DE, gap=0)
        j += 1
    for j in range(after, min(after + 7, end - 1)):
        if j in view.at:
            return []
        if doc[j].lower_ in DE and doc[j + 1].lemma_.lower() in use_verbs() and "Inf" in doc[j + 1].morph.get("VerbForm"):
            k = j + 2
            if k < end and doc[k].lower_ in ("à", "au", "aux"):
                k += 1
            return direct_object(view, k, end, proxies=True)
    return []


#: Adverbs that make a reflexive verb reciprocal (« se sont mutuellement félicités »).
MUTUAL_ADVERBS = function_words("mutual_adverb")


def _said_mutual(view: SentenceView, start: int, end: int) -> bool:
    """An adverb of ``mutual_adverb`` stands in the clause (« mutuellement », « réciproquement »):
    each of the subjects did it to the other."""
    return any(t.lower_ in MUTUAL_ADVERBS for t in view.doc[start:end])
