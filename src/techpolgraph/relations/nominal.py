"""Nominal frames: relations told by a noun (« le blocage de X par Y », « le soutien de X à Y »).

The lexicon gives each noun's frame (``relation_cues.tsv``): its target after a preposition, its
source from « de X » right after it (« les critiques de X contre Y »), from « par » (« la
suspension du compte de X par Y »), from the subject of a support verb (« Y a annoncé
l'exclusion de X », « Y a apporté son soutien à X »: ``support_verbs.txt``), from the subject of
a receiving verb as the target (« X a reçu le soutien de Y »: ``receiving_verbs.txt``), or, for
a noun that describes a person, the one it describes (« X, un ancien critique de Y », « X est un
fervent partisan de Y »). A ban noun under another verb gives no source (« Z a dénoncé la
suspension de X » says nothing of who banned X).
"""

from __future__ import annotations

from functools import lru_cache
from typing import Optional

from spacy.tokens import Doc, Span, Token

from ..data import function_words, read_lines
from ..models import EntityKind, Modality, RelationType
from ..resolve.document import ADDRESSEE_PRONOUNS, DEFENDED_NOUNS, FIRST_PERSON_WORDS, OUR_MEETING_NOUNS, TRANSCRIPT_KINDS, VISIT_NOUNS
from .complements import AUTHORITY_NOUNS, DECISION_NOUNS, MEDIUM_NOUNS, TOPIC_PREPOSITIONS, UNDERGONE_NOUNS, after_topic, also_of, complement, country_of_ban, direct_object, from_office, members_after_colon, members_in_apposition, own_account_platform, past_relative
from .control import COPULAS, dative_clitic, object_clitic, opening_copula, opening_infinitive
from .modality import AGENDA_NOUNS, AGENDA_VERBS, HAPPENING, LAUNCHING_VERBS, TIME_TO_COME, is_negated, is_uncertain, modality_of
from .cues import Argument, Cue, Source, adverbial_before, features, infinitive_in_er, past_adverbial, judgement_of, modality_words, receiving_verbs, repeated_determiner, support_verbs, verb_lemma
from .proxies import ACTING_DOCUMENTS, account_platforms, measure_at
from .reading import lower_forms
from .typography import QUOTES
from .sentence import ADDRESSEE_POSSESSIVES, APPROXIMATE, PLACE_PREPOSITIONS, SUBJECT_CLITICS, adjunct_incise_start, CLITICS, comma_incise_end, DE, INDEFINITE_ARTICLES, examples, MAX_GAP, PARTIES, SentenceView, Slot, and_of, before_qualifiers, during, expand, is_date_word, is_determiner, is_left_clitic, is_past_participle, is_possessive, is_possessive_determiner, is_title, kept_per_view, made_to_undergo, parties_after_articles, past_adjuncts, past_bare_phrases, past_determiners, past_role_nouns, phrase_end, reflexive, role_heads, role_start, time_nouns, verb_before
from .relatives import antecedent_group, membership_verb, relative_complement
from .subjects import resumed_author, subject_after, subjects_of


#: Relation nouns whose « de » names the one who undergoes them, even after a verb of receiving
#: (« X a obtenu la condamnation de Y »: Y is condemned).
PATIENT_NOUNS = function_words("patient_noun")
#: Verbs of answering what another did (« X a réagi à la demande de démission de Y »).
REACTING_VERBS = function_words("reacting_verb")
#: Nouns of undoing an act whose « de » the relation noun completes (« l'annulation de la condamnation de X »).
UNDONE_BY = function_words("undone_by")


def _undone(view: SentenceView, cue: Token) -> bool:
    """The relation noun completes a noun of undoing, past its article or possessive (« l'annulation
    de la condamnation de X par Y », « la levée de sa suspension par Y »): the act was undone, and
    the « par Y » after it names who undid it, not who did it. Not where a participle gives the
    act its own « par » (« l'annulation de l'interdiction de P prononcée par Y »: Y's ban)."""
    doc, k = view.doc, cue.i - 1
    if k > view.sent.start and doc[k].lower_ not in DE and is_determiner(doc[k]):
        k -= 1  # « de sa », « de la »; not « du », « des »
    if not (k > view.sent.start and doc[k].lower_ in DE and doc[k - 1].lemma_.lower() in UNDONE_BY):
        return False
    by = next((j for j in range(cue.i + 1, view.sent.end) if doc[j].lower_ == "par"), view.sent.end)
    return not any(is_past_participle(doc[j]) for j in range(cue.i + 1, by))


#: Verbs of receiving by which one draws a reaction on oneself (« susciter », « donner lieu à »).
ELICITING_VERBS = function_words("eliciting_verb")


def nominal(
    view: SentenceView, cue: Token, spec: Cue, subjects: list[Slot], start: int, after: int, end: int
) -> tuple[list[Slot], list[Slot]]:
    """(sources, targets) of a relation noun, by its frame:

    - ``de`` source: « le soutien de X à Y », « les critiques de X contre Y »; without its
      « de X », the subject of a support verb (« X a apporté son soutien à Y »);
    - a ban: « la suspension du compte de X par Y »; without « par Y », the subject of a
      support verb (« Y a annoncé l'exclusion de X »), never of another verb (« Z a dénoncé
      la suspension de X » says nothing of who banned X);
    - ``holder``: « X, un ancien critique de Y », « X est un partisan de Y »;
    - otherwise the subject of the clause (« X a eu une rencontre avec Y »).
    """
    words = spec.argument.words
    if _undone(view, cue):
        return [], []  # « l'annulation de la condamnation de X par Y »: Y undid it; who did it, the text does not say
    granted = _granted_meeting(view, cue) if spec.relation is RelationType.MET and spec.argument in (Argument.AVEC, Argument.DE) else None
    if granted is not None:  # « l'entretien que X m'a accordé »
        return granted
    if spec.argument is Argument.EN_L_HONNEUR_DE and not supported(view, cue, start):
        speaker = _title_speaker(view, cue)  # « Toast de M. X au dîner offert en l'honneur de M. Y »: X was at it
        if speaker is not None:
            return [speaker], [t for t in expand(aimed_at(view, spec, after, end, 3)) if t.cluster != speaker.cluster]  # past « offert »
        return [], []  # « X a critiqué la réception en l'honneur de Y »: the host is the one who gives it
    host = _host_in_title(view, cue, after, end) if spec.relation is RelationType.MET else None
    if host:  # « Toast de M. X à l'occasion du dîner offert par M. Y »: X was Y's guest
        return host
    given = _given_in_relative(view, spec, after) if spec.relation is not RelationType.MET and spec.argument not in (Argument.DE, Argument.ENTRE) else None
    if given is not None:  # « la condamnation que X porte contre Y », « le soutien que X apporte à Y »
        return given
    if spec.lemma in NEUTRAL_NOUNS and spec.argument not in NEUTRAL_HOSTILE and not _hostile_words(view, after, end):
        return [], []  # « les propos de X envers Y »: hostile only where its words say so (« insultants »)
    if spec.source in (Source.DE, Source.SUBJ) and spec.argument not in (Argument.ENTRE, Argument.OBJ):
        # « le procès intenté contre Y par X », « une amende a été infligée à Y par X », « une mise
        # en demeure a été adressée à Y par X » (a noun of « de » sent to its target)
        aimed, by = aimed_then_done_by(view, after, end, words if spec.argument is not Argument.DE else Argument.A.words, sent_to=spec.argument is Argument.DE)
        if by:
            return by, aimed
    first = done_by(view, after, end) if spec.source in (Source.DE, Source.SUBJ) and spec.argument is not Argument.ENTRE else []
    if first:  # « la plainte déposée par X contre Y »
        aimed = expand(complement(view, first[-1].end, end, words, gap=2) or _aimed_by_its_verb(view, cue, spec))  # « les sanctions prises par X visent Y »
        if not aimed and spec.argument is Argument.DE and after < end and _sending_participle(view.doc[after]):
            aimed = expand(complement(view, first[-1].end, end, Argument.A.words, gap=0))  # « la mise en demeure adressée par X à Y »
        if not aimed and subjects and governing_verb(view, cue, start) in receiving_verbs():
            aimed = [s for s in subjects if all(s.cluster != f.cluster for f in first)]  # « X a écopé d'une amende infligée par Y »
        return first, aimed
    if spec.source is Source.DE:
        head = after
        after += _bare_complement(view, after, end) or _qualifier(view, after, end)
        extra = _modifiers(view, after, end)  # « le soutien politique et financier de X »
        opening = next((k for k in range(after, min(after + 3, end)) if view.doc[k].lower_ in words), after) if spec.argument.value.endswith(" de") else after  # « en faveur de Y »
        own = opening < end and view.doc[opening].lower_ in words and view.doc[opening].lower_ not in DE
        own = own or (after < end and view.doc[after].lower_ in AIMING)  # « une enquête visant des sites »: « des » is an article of what it aims at
        # « son soutien au parti d'extrême droite X »: a « de » inside the noun's own complement is none of its source
        actors = [] if own else complement(view, after, end, DE, gap=2 + extra) or complement(view, after, end, ("par",), gap=2 + extra)
        if actors and any(t.lower_ in FOLLOWER_NOUNS and view.doc[t.i + 1].lower_ in DE for t in view.doc[head : actors[0].start - 1]):
            return [], []  # « les critiques des partisans de X contre Y »: X's followers', not X's
        if actors:  # « les critiques de X », « les critiques de la part de X », « la condamnation par X de Y »
            targets = complement(view, _past_own_name(view, actors[-1]), end, words, gap=2) or _addressed_to(view, actors[-1].end, end)
            if not targets and spec.argument in (Argument.A_L_ENCONTRE_DE, Argument.CONTRE):
                targets = _encontre_after(view, actors[-1].end, end)  # « les menaces de X à son encontre »
            if not targets and spec.argument is Argument.A and (going := _past_going(view, actors[-1].end, end)) > actors[-1].end:
                targets = complement(view, going, end, words, gap=0)  # « le soutien de X va à Y »
            if not targets and spec.argument is Argument.CONTRE:
                targets = _aimed_by_relative(view, actors[-1].end, view.sent.end)  # « une pique de X qui visait Y »
            if not targets:
                targets = _aimed_by_its_verb(view, cue, spec)  # « les critiques de X visent Y »
            if not targets and spec.argument is Argument.POUR:
                targets = _success_of(view, actors[-1].end, end)  # « les félicitations de X pour l'élection de Y »
            if not targets and spec.lemma in NEUTRAL_NOUNS:
                return [], []  # « X a répondu aux propos de Y »: words, hostile only « à l'encontre de » someone
            verb = governing_verb(view, cue, start)
            if not targets and spec.argument is Argument.A and verb in support_verbs():
                targets = _dative_before(view, cue, start)  # « X a exprimé à Y la solidarité de la France »
            if not targets and verb in BRINGING_VERBS | receiving_verbs():
                targets = _dative_of(view, cue, start, verb)  # « ses propos lui ont valu les critiques de Y »
            if not targets and spec.argument is Argument.A and verb in BRINGING_VERBS | support_verbs():
                targets = relative_complement(view, cue, subjects, Argument.A.words)  # « Y, auquel j'ai apporté le plein soutien de la France »
            bearer = _participle_bearer(view, cue, start) if not targets and verb in receiving_verbs() else None
            if bearer is not None:
                targets = bearer  # « les sociétés faisant l'objet des sanctions de Y »: the noun's, not the clause subject's
            elif not targets and verb in receiving_verbs():
                targets = subjects or _resumed_before(view, cue)  # « X a reçu le soutien de Y », « X a essuyé les critiques de Y »
            elif not targets and with_noun(view, cue, start):
                targets = before_the_verb(view, subjects, start, cue)  # « X l'emporte avec le soutien de Y »
                if not targets and (view.doc[view.sent.start].lower_ == "avec" or _in_verbless_opening(view, cue)):
                    # « Avec le soutien de Y, X est élu », « Candidat à l'élection avec le soutien de Y, X l'emporte »
                    targets = subject_after(view, phrase_end(view, actors[-1].end))
            if not targets and (_held_in_opening(view, cue) or _received_in_opening(view, cue) or _faced_in_opening(view, cue, actors[-1].end)):
                # « Bénéficiant du soutien de Y, X ... », « Fort du soutien de Y, X », « Après avoir reçu le
                # soutien de Y, X ... », « Malgré les critiques de Y, X ... »
                targets = subject_after(view, phrase_end(view, actors[-1].end))
            return expand(actors), expand(targets)
        giver = _giver_clitic(view, cue, start)
        if giver is not None and subjects:
            return [giver], subjects  # « X, qui n'est pas membre du parti P mais qui en a reçu le soutien »
        owner = view.at.get(before_qualifiers(view, cue.i))
        if owner is not None and is_possessive(owner) and subjects and governing_verb(view, cue, start) in receiving_verbs() and all(s.cluster != owner.cluster for s in subjects):
            return [owner], subjects  # « X rencontre Y et obtient son soutien »: the one the possessive stands for gives it
        targets = aimed_at(view, spec, after, end, (2 if len(spec.argument.value.split()) == 1 else 4) + extra)
        if not targets and spec.argument is Argument.A and (going := _past_going(view, after, end)) > after:
            targets = aimed_at(view, spec, going, end, 0)  # « mes remerciements vont aussi à Y »
        if not targets and (medium := _past_medium(view, after, end)) > after:
            targets = aimed_at(view, spec, medium, end, 1)  # « des attaques virulentes sur les réseaux sociaux contre Y »
        if not targets and spec.argument is Argument.A and supported(view, cue, start):
            targets = _dative_before(view, cue, start)  # « la Commission a infligé à Pixelia une amende »
            if not targets:  # « qui lui a infligé mardi une amende »: a third person's « lui », « leur »
                targets = [s for s in _dative_of(view, cue, start, governing_verb(view, cue, start)) if view.doc[s.start].lower_ in ("lui", "leur")]
        if not targets and spec.argument is Argument.A and is_possessive_determiner(view.doc[before_qualifiers(view, cue.i)]):
            dative = _dative_clitic_of(view, cue, start)
            if dative:  # « Y, qui lui a promis son soutien »: Y's (the possessive's, else the subject's)
                owner = _possessive_owner(view, cue)
                return [s for s in ([owner] if owner is not None else subjects) if s.cluster != dative[0].cluster], dative
        assured = [] if targets or (after < end and view.doc[after].lower_ in Argument.A.words) else assured_of(view, cue, start)
        if assured:  # « X a assuré Y de son soutien »
            assured = expand(assured)
            return [s for s in subjects if s not in assured], assured
        if supported(view, cue, start) or (targets and (_bare_after_en(view, cue) or _own_means(view, cue) or blaming_request(view, cue, spec, start) is not None)):
            targets = expand(targets)  # « X a apporté son soutien à Y », « X intervient en soutien à Y », « X réclame une enquête sur Y »
            givers = [s for s in subjects if all(s.cluster != t.cluster for t in targets)]  # none of the datives gives
            owner = None if givers else _possessive_owner(view, cue)
            if owner is not None and all(owner.cluster != t.cluster for t in targets):
                givers = [owner]  # « Le ministre a réitéré son soutien à Y », whose subject names no party: the possessive's
            if not givers and targets:
                givers = done_by(view, targets[-1].end, end)  # « le surnom donné à une vague d'attaques contre Y conduites par X »
            return givers, targets
        actors = done_by(view, targets[-1].end if targets else after, end)
        owner = _possessive_owner(view, cue)
        if not actors and targets and owner is not None:
            return [owner], expand(targets)  # « exclue du parti pour son soutien à Y »: hers
        thankers = _thanked_for(view, cue, owner)
        if not actors and not targets and thankers:
            return [owner], expand(thankers)  # « X a remercié Y pour son soutien »: Y supported X
        return actors, expand(targets)
    if spec.argument is Argument.DE and after < end and view.doc[after].lower_ == "par":
        by = complement(view, after, end, ("par",), gap=0)  # « l'exclusion par le parti P de X »
        aimed = complement(view, by[-1].end, end, DE, gap=1) if by else []
        if aimed:
            return expand(by), expand(aimed)
    after += _qualifier(view, after, end)  # « un soutien de la première heure de Y »
    if spec.argument is not Argument.DE:
        after = _past_kind(view, after, end, words)  # « un déjeuner de travail très convivial avec Y »
    else:
        after += _amount(view, after, end) or _own_ranks(view, after, end)  # « une suspension de trois semaines de son compte »: a duration, then its « de »
    gap = (2 if spec.argument is Argument.DE else 3 if len(spec.argument.value.split()) > 1 else 1) + _modifiers(view, after, end)
    targets = expand(aimed_at(view, spec, after, end, gap) or aimed_at(view, spec, past_relative(view, after, spec.argument.words), view.sent.end, 0))
    if not targets and spec.relation is RelationType.MET and spec.argument is Argument.AVEC and (placed := past_adjuncts(view, after, end)) > after:
        targets = expand(aimed_at(view, spec, placed, end, gap))  # « une entrevue à la chancellerie avec Y »: the place, then Y
    if not targets and spec.lemma in DEFENDED_NOUNS and supported(view, cue, start):
        owner = _possessive_owner(view, cue)
        if owner is not None and all(s.cluster != owner.cluster for s in subjects):
            return subjects, [owner]  # « X prend sa défense »: the one « sa » stands for, defended by X
    if not targets and spec.argument is Argument.DE:
        targets = expand(also_of(view, after, end))  # « la dissolution de cette ligue ainsi que celle de Y »
    elif spec.argument is Argument.DE:
        targets += expand(and_of(view, targets[-1].end, end))  # « l'exclusion des ministres X et Y, et des députés Z »
    if spec.relation is RelationType.BANNED:
        if lifted(view, cue, start):
            return [], []  # « le Pakistan a mis fin au blocage de YouTube », « a levé la suspension de X »
        if spec.argument is Argument.DE and after < end and view.doc[after].lower_ in DE and measure_at(view, after + 1, end):
            return [], []  # « la suspension de la décision de X », « le blocage du décret de X »: a measure stopped, no one banned
        if targets and from_office(view, targets[-1].end, end):
            return [], []  # « l'exclusion de X de la direction du parti »: removed from office
        owners = owner_banned_from(view, cue, targets, subjects)
        if owners is not None:  # « après son exclusion du parti P »: the one « son » stands for, by P
            return (targets, owners) if owners else ([], [])  # « mon exclusion de P par Y », « mon » unplaced: not P
        if not targets and governing_verb(view, cue, start) in receiving_verbs():
            # « X a fait l'objet d'un blocage de la part de Y », « X a subi une suspension par Y »
            return expand(complement(view, after, end, ("par",), gap=gap + 1)), subjects
        if targets and subjects and governing_verb(view, cue, start) in receiving_verbs() - support_verbs():
            undergone = _undergone_from(view, targets, subjects)
            if undergone:  # « X a écopé d'une exclusion du parti P », « ... d'une suspension de son compte YouTube »
                return undergone, subjects
        actors = complement(view, targets[-1].end, end, ("par",), gap=MAX_GAP) if targets else []
        if not actors and targets:  # « l'exclusion de X du parti Y », « le bannissement de X de YouTube », « l'expulsion de X de Belgique »
            actors = [s for s in complement(view, targets[-1].end, end, DE, gap=1) if s.kind in (EntityKind.ORGANISATION, EntityKind.LOCATION)]
        if not actors and targets and not supported(view, cue, start) and not requested(view, cue, start):
            actors = country_of_ban(view, targets[-1].end, end) or account_platforms(view, targets[0])
            # « le blocage de Wikipédia en Turquie », « la suspension du compte Twitter de X »
        if actors:
            return expand(actors), targets
        owner = view.at.get(cue.i - 1) if not targets else None
        if owner is not None and is_possessive(owner):
            by = expand(complement(view, after, end, ("par",), gap=1) or _apposed_participle_agent(view, after, end)[1])
            if by and all(b.cluster != owner.cluster for b in by):
                return by, [owner]  # « X a dénoncé son exclusion par le parti P », « son expulsion, demandée par Y »
            if supported(view, cue, start) and all(s.cluster != owner.cluster for s in subjects):
                return subjects, [owner]  # « après les propos du député X, l'Assemblée a voté son exclusion »
        return (subjects if supported(view, cue, start) or requested(view, cue, start) else []), targets
    if spec.source is Source.HOLDER:
        if not targets and "Plur" in features(cue, "Number") and (owner := _possessive_owner(view, cue)) is not None:
            # « ses soutiens X et Y », « ses soutiens, X et Y, ... », « Parmi ses soutiens figurent X et Y »
            members = _members_named_after(view, cue, end) or listed_after_parmi(view, cue, cue.i + 1)
            return expand([m for m in members if m.cluster != owner.cluster]), [owner]
        if targets and spec.relation is RelationType.CRITICISED and is_possessive_determiner(view.doc[before_qualifiers(view, cue.i)]):
            owner = _possessive_owner(view, cue)  # « X a réitéré sa critique de Y »: an act, the possessive's
            return ([owner] if owner is not None else subjects if supported(view, cue, start) else []), targets
        if spec.lemma in PERSON_TARGETS:  # « porte-parole de Y » speaks for a person, not for any body
            targets = [t for t in targets if t.kind is EntityKind.PERSON]
        if targets and (_opens_sentence(view, cue) or _joined_to_opening_role(view, cue)):  # « Soutien de X, Y est élu », « Ancien critique de X, il ... »
            return expand(_subject_of_first_verb(view, targets[-1].end) or _subject_after_apposition(view, targets[-1].end)), targets
        link = describes(view, cue, start)
        if link is None and targets and _published_document_before(view, cue):
            return subjects, targets  # « X publie un rapport très critique envers Y »: X, through its report
        if link is None:
            return (listed_after_parmi(view, cue, targets[-1].end) if targets else []), targets
        if targets and view.doc[link].text == "," and _verb_follows(view, targets[-1].end):
            return [], targets  # « En réponse à X, un porte-parole de Y a déclaré »: no apposition, a subject
        if not subjects and targets and opening_copula(view, cue):
            subjects = expand(subject_after(view, phrase_end(view, targets[-1].end)))
            return subjects, targets
        return described_one(view, link, subjects, plural="Plur" in features(cue, "Number")), targets
    if spec.relation is RelationType.MET and spec.argument is Argument.DE:
        # « l'interview de X par Y », « Y a mené une interview de X »; not « a lu l'interview de X »
        actors = expand(complement(view, targets[-1].end, end, ("par",), gap=1)) if targets else []
        if not targets and is_possessive_determiner(view.doc[before_qualifiers(view, cue.i)]) and (owner := _possessive_owner(view, cue)) is not None:
            by = expand(complement(view, after, end, ("par",), gap=1))  # « votre audition de mars par notre commission »: yours, by it
            return by, ([owner] if all(b.cluster != owner.cluster for b in by) else [])
        if not actors and spec.lemma in TITLE_WELCOMES and (speaker := _title_speaker(view, cue)) is not None:
            guests = targets or _guest_after(view, cue)  # « ... à l'occasion de la visite officielle en France de M. Y »
            return [speaker], [t for t in guests if t.cluster != speaker.cluster]  # « Allocution de M. X lors de l'accueil de M. Y »
        if spec.lemma in VISIT_NOUNS:  # « Y a reçu la visite de X »; not « Y a annoncé la visite de X »
            return [] if actors else (subjects if governing_verb(view, cue, start) in receiving_verbs() else []), targets
        if not actors and view.voice is not None and _on_the_agenda(view, cue, start):
            return [view.voice], targets  # « L'ordre du jour appelle l'audition de M. Y », said by the chair
        return actors or (subjects if supported(view, cue, start) or _proceeded_with(view, cue, start) else []), targets
    if spec.relation is RelationType.MET and spec.argument is not Argument.ENTRE:
        arranged = _arranged_for(view, cue, start, end)
        if arranged:  # « X a organisé pour Y des rencontres avec Z »: Y meets Z, not X
            return arranged, [t for t in targets if t not in arranged]
        held = _held_in_relative(view, after, words) if spec.argument is Argument.AVEC else None
        if held is not None:  # « les entretiens qu'il a eus tout à l'heure avec Y »: his
            return held
        partners = [] if targets or spec.argument is not Argument.AVEC else _partners_before(view, cue, start)
        if partners:  # « X a eu avec Y un long entretien »
            return subjects, partners
        actors = complement(view, _past_adjectives(view, after, end), end, DE, gap=1)  # « l'entretien de X avec Y »
        if actors:
            return expand(actors), expand(complement(view, actors[-1].end, end, words, gap=1))
        j = cue.i - 1
        while j > view.sent.start and view.doc[j].pos_ == "ADJ" and j not in view.at:
            j -= 1
        if is_possessive_determiner(view.doc[j]) and view.doc[j].lower_ not in ("leur", "leurs"):
            owner = _possessive_owner(view, cue)  # « à l'issue de son entretien avec Y », « X a critiqué Z pour sa rencontre avec Y »
            if not targets and owner is not None and j + 1 == cue.i and our_meeting(view.doc, j) and view.addressee is not None and view.voice is not None and owner.cluster == view.voice.cluster and not _partner_named_after(view, cue):
                return [owner], [view.addressee]  # « nos entretiens de ce matin », in a speech to its guest: the speaker's and the guest's
            return ([owner] if owner is not None else []), targets
        if spec.lemma in HEARING_NOUNS and spec.argument is Argument.DEVANT and not supported(view, cue, start):
            return [], targets  # « X a suivi l'audition devant la commission »: someone's hearing, not X's
        if not subjects and targets and during(view.doc, j - 1 if is_determiner(view.doc[j]) else j, start):
            agents = _passive_agent_before(view, start, j)
            if agents:  # « la décision a été prise par X lors d'une rencontre avec Y »
                return agents, targets
            if _opening_occasion(view, j):  # « Pendant un échange en direct avec Y, X a ... »
                return expand(_subject_after_apposition(view, targets[-1].end)), targets
        if not subjects and targets and spec.argument is Argument.AVEC:
            writer = _exclaimed_by(view, j if view.doc[j].pos_ == "DET" else j + 1)
            if writer:  # « « Bonne rencontre avec Y ce matin », a écrit X »
                return writer, targets
        if not subjects and targets and (visitor := _visitor_subject(view, start) or _visit_heading(view, cue)):
            return visitor, targets  # « La visite de X a été marquée par un entretien avec Y », « Visite de X au Liban : entretien avec Y »
    if spec.argument is Argument.DE and targets:  # « l'investiture de X par le parti P »
        by = complement(view, targets[-1].end, end, ("par",), gap=1)
        if by:
            return expand(by), targets
    if spec.argument is Argument.DE and not targets and is_possessive_determiner(view.doc[cue.i - 1]):
        by = complement(view, after, end, ("par",), gap=1)
        owner = _possessive_owner(view, cue)
        undergoing = subjects or ([owner] if owner is not None else [])
        if by and undergoing:  # « X a dû informer de sa condamnation par Y »: the subject « sa » stands for, by Y
            # « sous pression après son investiture par P, X renonce »: the one « son » stands for
            return expand(by), [s for s in undergoing if s.cluster not in {b.cluster for b in by}]
    actors = done_by(view, targets[-1].end if targets else after, end)
    if not actors and targets and spec.argument is Argument.DE:
        actors = expand(_apposed_participle_agent(view, targets[-1].end, end)[1])  # « la demande de démission de X, lancée par Y »
    if actors or spec.argument is not Argument.DE:
        return actors or subjects, targets
    verb = governing_verb(view, cue, start)
    if targets and verb in REACTING_VERBS and spec.lemma in PATIENT_NOUNS:
        return [], targets  # « X a réagi à la demande de démission de Y »: another's act
    if targets and verb in ELICITING_VERBS and spec.lemma in PATIENT_NOUNS:
        return [], targets  # « X a suscité la condamnation de Y »: Y condemned X, or X got Y condemned
    if targets and verb in receiving_verbs() and (spec.lemma not in PATIENT_NOUNS or verb in SUFFERING_VERBS):
        # « X a reçu les éloges de Y », « X a reçu une mise en demeure de Y »: Y praised X, Y put X
        # on notice; not « X a obtenu la condamnation de Y »
        return targets, subjects
    if spec.relation is not RelationType.MET and (_in_phrase(view, cue, start) or after_topic(view, cue.i, view.sent.start) or _told_of(verb)):
        # « à deux jours de l'investiture de X », « a réagi après la condamnation de X », « X s'est
        # indigné de la condamnation de Y », « X évoque le soupçon d'un financement de Y »: another's act
        return [], targets
    return subjects, targets


#: How many words a present participle may stand before the relation noun it governs (« faisant l'objet de »).
PARTICIPLE_REACH = 4


def _participle_bearer(view: SentenceView, cue: Token, start: int) -> Optional[list[Slot]]:
    """Where the verb that governs the noun is a present participle (« les personnes faisant
    l'objet de sanctions de Y »), the party it qualifies, right before it ([] where that is no
    party); None where the verb is a finite one, whose subject is the clause's."""
    doc = view.doc
    for j in range(cue.i - 1, max(start, cue.i - 1 - PARTICIPLE_REACH) - 1, -1):
        if doc[j].pos_ not in ("VERB", "AUX"):
            continue
        if "Part" not in doc[j].morph.get("VerbForm") or "Pres" not in doc[j].morph.get("Tense") or doc[j - 1].text == ",":
            return None  # « X a reçu ... », « X, bénéficiant du soutien de Y »: the clause's subject
        slot = view.at.get(j - 1)
        return [slot] if slot is not None and not is_possessive(slot) else []
    return None


#: Nouns of a hearing, whose « de » names those heard, not a meeting between them (« l'audition de X et de Y »).
HEARING_NOUNS = function_words("hearing_noun")


def agenda_hearing(sent: Span, cues: list[int]) -> bool:
    """The sentence names a hearing among its cue words ``cues`` and a sitting's agenda before
    it (« L'ordre du jour appelle l'audition de M. Y »): its voice may be a party, the one who
    reads the agenda out. Only sentences with a hearing noun are read further."""
    doc = sent.doc
    hearing = next((i for i in cues if doc[i].lemma_.lower() in HEARING_NOUNS), None)
    return hearing is not None and any(t.lemma_.lower() in AGENDA_NOUNS for t in doc[sent.start : hearing])


def _on_the_agenda(view: SentenceView, cue: Token, start: int) -> bool:
    """The noun of a hearing is what the sitting's agenda calls (« L'ordre du jour appelle
    l'audition de M. Y », « le point de l'ordre du jour concerne l'audition de M. Y »):
    the voice that reads it out hears Y; not « l'ordre du jour appelle la discussion de ... »."""
    if cue.lemma_.lower() not in HEARING_NOUNS or governing_verb(view, cue, start) not in AGENDA_VERBS:
        return False
    return any(t.lemma_.lower() in AGENDA_NOUNS for t in view.doc[view.sent.start : cue.i])


#: Verbs of going on with or opening a sitting's work (« nous poursuivons avec l'audition de Y »), by lemma.
PROCEEDING_VERBS = function_words("proceeding_verb")
#: How many words may stand between such a verb and its « avec » or « par », with no punctuation nor party
#: between (« nos travaux », « cette réunion », « les travaux de notre mission d'information sur ... »).
PROCEEDING_GAP = 20


def _proceeded_with(view: SentenceView, cue: Token, start: int) -> bool:
    """The noun of a hearing is the business its clause goes on with or opens (« nous poursuivons
    nos travaux avec l'audition de Y », « nous commençons par l'audition de Y »): the subject hears
    Y, as with a support verb; not « nous poursuivons la lecture de l'audition de Y »."""
    doc = view.doc
    j = cue.i - 1
    while j > start and is_determiner(doc[j]):
        j -= 1
    if j <= start or doc[j].lower_ not in ("avec", "par"):
        return False
    for k in range(j - 1, max(start, j - 2 - PROCEEDING_GAP), -1):
        if (k in view.at and not is_possessive(view.at[k]) and not _in_topic(view, view.at[k], start)) or doc[k].is_punct:
            return False  # « nous poursuivons avec X l'audition de Y »; not « notre série sur l'avenir de l'Afrique avec ... »
        if doc[k].pos_ in ("VERB", "AUX") or doc[k].lemma_.lower() in PROCEEDING_VERBS:
            return verb_lemma(doc[k]) in PROCEEDING_VERBS
    return False


#: Words that open a topic (« sur la hausse des loyers », « notre série sur l'avenir de P »).
TOPIC_OPENERS = function_words("topic_opener")
#: How many words may stand between such an opener and a party its topic names.
TOPIC_REACH = 6


def _in_topic(view: SentenceView, slot: Slot, start: int) -> bool:
    """The party stands in the topic a work is about, after « sur » with only nouns, adjectives,
    determiners and « de » between (« notre série sur l'avenir de l'Afrique de l'Ouest »)."""
    doc = view.doc
    for k in range(slot.start - 1, max(start, slot.start - 1 - TOPIC_REACH), -1):
        if doc[k].lower_ in TOPIC_OPENERS:
            return True
        if not (doc[k].pos_ in ("NOUN", "ADJ", "DET") or doc[k].lower_ in DE):
            return False
    return False


#: How far after its source a participle of sending may stand (« de X, président de P, adressée à Y »).
ADDRESSED_REACH = 12


def _relative_after(view: SentenceView, after: int, skipped: tuple[str, ...]) -> Optional[int]:
    """The « que » of a relative right after a relation noun, past the words of the kinds
    ``skipped`` that qualify the noun (« la condamnation catégorique qu'il porte »), with at
    least two words after it; None where none stands there."""
    doc, end = view.doc, view.sent.end
    while after < end and after not in view.at and doc[after].pos_ in skipped:
        after += 1
    return after if after + 2 < end and doc[after].lower_ in ("que", "qu'", "qu’") else None


def _relative_verb(view: SentenceView, subject: Slot) -> Optional[int]:
    """The verb of a relative clause after its subject, past auxiliaries and adverbs but not a
    negation (« que j'ai eus tout à l'heure », « qu'il porte »); None where a party or the
    sentence's end comes first."""
    doc, end = view.doc, view.sent.end
    k = subject.end
    while k < end and k not in view.at and doc[k].pos_ in ("AUX", "ADV") and doc[k].lower_ not in ("ne", "n'", "n’", "pas"):
        k += 1
    return k if k < end and k not in view.at else None


def _given_in_relative(view: SentenceView, spec: Cue, after: int) -> Optional[tuple[list[Slot], list[Slot]]]:
    """A relation noun followed by a relative whose subject gives it by a support verb, then the
    noun's own complement (« la condamnation catégorique qu'il porte contre Y », « le soutien
    que X apporte à Y », « les critiques que X a adressées à Y »): (that subject, Y); None where
    no such relative follows the noun. Not « la critique que X a lue contre Y »: no support verb."""
    doc, end = view.doc, view.sent.end
    que = _relative_after(view, after, ("ADJ",))  # « la condamnation catégorique qu'il porte »
    if que is None or que + 1 not in view.at:
        return None
    giver = view.at[que + 1]
    if giver.kind not in PARTIES:
        return None
    k = _relative_verb(view, giver)
    if k is None or doc[k].pos_ != "VERB" or verb_lemma(doc[k]) not in support_verbs():
        return None
    targets = complement(view, k + 1, end, spec.argument.words, gap=0) or complement(view, past_adjuncts(view, k + 1, end), end, spec.argument.words, gap=0)
    targets = [t for t in expand(targets) if t.cluster != giver.cluster]
    return ([giver], targets) if targets else None


def _held_in_relative(view: SentenceView, after: int, words: tuple[str, ...]) -> Optional[tuple[list[Slot], list[Slot]]]:
    """A meeting noun followed by a relative whose subject held it, then its « avec Y » (« les
    entretiens que j'ai eus tout à l'heure avec Y », « la rencontre qu'il a menée lundi avec Y »):
    (that subject, Y); None where the noun is followed by no such relative."""
    doc, end = view.doc, view.sent.end
    que = _relative_after(view, after, ("ADJ", "ADV"))  # « un entretien discret que j'ai eu avec Y »
    if que is None:
        return None
    if que + 1 not in view.at:
        return _held_by_inverted_subject(view, que + 1, words)
    holder = view.at[que + 1]
    k = _relative_verb(view, holder)
    if k is None or doc[k].lemma_.lower() not in HOLDING_VERBS or "Part" not in doc[k].morph.get("VerbForm"):
        return None
    targets = complement(view, past_adjuncts(view, k + 1, end), end, words, gap=0)
    if not targets and holder.others:
        return [holder], [p for p in holder.parties() if p.cluster != holder.cluster]  # « les conversations que nous avons eues », « nous » being two: each other
    return ([holder], expand(targets)) if targets else None


#: How many words a topic may have between the holder of talks and their « avec » (« sur ce sujet »).
TOPIC_WORDS = 3


def _held_by_inverted_subject(view: SentenceView, k: int, words: tuple[str, ...]) -> Optional[tuple[list[Slot], list[Slot]]]:
    """« les conversations qu'a eues récemment X avec Y »: a relative whose subject comes after
    its verb of holding (token k opens it, past « que »), then « avec Y »: (X, Y); else None."""
    doc, end = view.doc, view.sent.end
    while k < end and k not in view.at and doc[k].pos_ == "AUX":
        k += 1
    if k >= end or doc[k].lemma_.lower() not in HOLDING_VERBS or "Part" not in doc[k].morph.get("VerbForm"):
        return None
    j = k + 1
    while j < end and j not in view.at and (doc[j].pos_ == "ADV" or is_date_word(doc[j])):
        j += 1
    holder = view.at.get(j)
    if holder is None or holder.start != j or holder.kind not in PARTIES:
        return None
    targets = complement(view, past_adjuncts(view, holder.end, end), end, words, gap=TOPIC_WORDS)  # « ... sur ce sujet avec Y »
    return ([holder], expand(targets)) if targets else None


#: Verbs by which a host gives a meal (« le dîner offert par M. Y »), by lemma.
MEAL_GIVING_VERBS = ("offrir", "donner")


def _host_in_title(view: SentenceView, cue: Token, after: int, end: int) -> Optional[tuple[list[Slot], list[Slot]]]:
    """In a speech's title, a meal given by someone (« à l'occasion du dîner offert par M. Y ») or
    to someone (« du dîner offert à M. Y »): (the speaker, Y); else None."""
    speaker = _title_speaker(view, cue)
    doc = view.doc
    if speaker is None:
        return None
    if after + 2 < end and doc[after].lower_ in ("d'", "d’") and doc[after + 1].lower_ in ("état", "etat"):
        after += 2  # « du dîner d'État offert par M. Y »
    while after + 1 < end and doc[after].pos_ == "ADJ" and doc[after].lemma_.lower() not in MEAL_GIVING_VERBS:
        after += 1  # « du souper officiel offert par M. Y »
    if after + 1 >= end or doc[after].lemma_.lower() not in MEAL_GIVING_VERBS:
        return None
    by = after + 1
    if by + 3 < end and doc[by].lower_ == "en" and doc[by + 1].lower_ in ("son", "leur") and doc[by + 2].lower_ == "honneur":
        by += 3  # « du dîner d'État offert en son honneur par M. Y »: the guest's honour, then the host
    if doc[by].lower_ in ("à", "au", "aux"):  # « à l'occasion du dîner offert à M. Y »: the guest
        guests = [g for g in expand(complement(view, by, end, ("à", "au", "aux"), gap=0)) if g.cluster != speaker.cluster and g.kind is EntityKind.PERSON]
        return ([speaker], guests) if guests else None
    if doc[by].lower_ != "par":
        return None
    hosts = [h for h in expand(complement(view, by, end, ("par",), gap=0)) if h.cluster != speaker.cluster and h.kind is EntityKind.PERSON]
    return ([speaker], hosts) if hosts else None


def _guest_after(view: SentenceView, cue: Token) -> list[Slot]:
    """The first person named after the noun of a welcome in a speech's title, past words of its
    kind and place and « de » (« la visite officielle en France de M. Y »), with no verb between."""
    doc = view.doc
    for k in range(cue.i + 1, min(cue.i + 1 + GUEST_REACH, view.sent.end)):
        slot = view.at.get(k)
        if slot is not None and slot.start == k:
            before = k - 1 - (1 if is_title(doc[k - 1]) else 0)
            return [slot] if slot.kind is EntityKind.PERSON and doc[before].lower_ in DE else []
        if doc[k].pos_ in ("VERB", "AUX") or doc[k].text in (",", ";", ":"):
            return []
    return []


#: How many words after the noun of a welcome its guest may stand in a title.
GUEST_REACH = 8


def our_meeting(doc: Doc, j: int) -> bool:
    """Token j is « nos » or « notre » before a noun of meeting (« nos entretiens », « notre
    rencontre »), which in a speech to a guest may stand for the speaker and the guest."""
    return doc[j].lower_ in OUR_POSSESSIVES and j + 1 < len(doc) and doc[j + 1].lemma_.lower() in OUR_MEETING_NOUNS


def _partner_named_after(view: SentenceView, cue: Token) -> bool:
    """An « avec » follows the meeting noun within its phrase (« notre rencontre émouvante avec Sa
    Majesté la Reine-Mère »): its partner is named there, whether the graph holds it or not."""
    for t in view.doc[cue.i + 1 : min(cue.i + 1 + PARTNER_REACH, view.sent.end)]:
        if t.lower_ == "avec":
            return True
        if t.pos_ in ("VERB", "AUX") or t.text in (";", ":", "."):
            return False
    return False


#: How many words after a meeting noun its « avec » may stand (« notre rencontre émouvante pour moi avec »).
PARTNER_REACH = 6


def _title_speaker(view: SentenceView, cue: Token) -> Optional[Slot]:
    """The person a speech's title names as its speaker, right after its kind, where the noun
    stands in that title, the document's first sentence (« Toast de M. X, Président de la
    République, au dîner offert en l'honneur de M. Y »); else None."""
    doc = view.doc
    if view.sent.start > TITLE_START or doc[view.sent.start].lower_ not in TRANSCRIPT_KINDS:
        return None  # the document's first lines: its title and headings
    first = next((s for s in sorted(view.at.values(), key=lambda s: s.start) if s.start < cue.i), None)
    return first if first is not None and first.kind is EntityKind.PERSON and first.start - view.sent.start <= TITLE_SPEAKER_REACH else None


#: Nouns of a welcome or a visit whose « de Y » in a speech's title names the one its speaker met
#: (« Allocution de M. X lors de l'accueil de M. Y »), by lemma.
TITLE_WELCOMES = function_words("title_welcome")
#: The possessives of « nous » (« nos entretiens », « notre rencontre »).
OUR_POSSESSIVES = frozenset({"notre", "nos"})
#: How far into a document its title and headings may stand, in tokens.
TITLE_START = 80
#: How many words may open a speech's title before its speaker's name (« Toast prononcé par M. »).
TITLE_SPEAKER_REACH = 5


def _exclaimed_by(view: SentenceView, first: int) -> list[Slot]:
    """« « Excellente rencontre avec Y ce matin », a écrit X »: the writer of a quotation with no
    verb of its own that the noun phrase starting at token ``first`` opens, named right after the
    verb of saying that follows it; else []."""
    doc, end = view.doc, view.sent.end
    opening = first - 1
    if opening < view.sent.start or doc[opening].text not in QUOTES:
        return []
    closing = next((k for k in range(first, end) if doc[k].text == QUOTES[doc[opening].text]), None)
    if closing is None or closing + 3 >= end or doc[closing + 1].text != ",":
        return []
    if any(t.pos_ in ("VERB", "AUX") and "Fin" in t.morph.get("VerbForm") for t in doc[first:closing]):
        return []  # « « Nous avons eu une rencontre avec Y », a dit X »: the clause's own subject
    k = closing + 2
    while k < end and doc[k].pos_ in ("AUX", "ADV") and k not in view.at:
        k += 1  # « a simplement indiqué »
    if k >= end or doc[k].pos_ != "VERB" or verb_lemma(doc[k]) not in modality_words().get("reporting", frozenset()):
        return []
    k += 1
    while k < end and doc[k].pos_ == "ADV" and k not in view.at:
        k += 1
    k = past_role_nouns(view, past_determiners(view, k, end), end)
    return [s for s in view.group_at(k, end) if s.kind is EntityKind.PERSON][:1]


def _visit_heading(view: SentenceView, cue: Token) -> list[Slot]:
    """« Circonstance : Visite de X au Liban le 21 juillet : entretien avec Y »: a bare noun of a
    talk right after a colon that closes the naming of a person's visit (``visit_noun``, « de »
    and the person), with no verb between: the visitor's talk; else []."""
    doc = view.doc
    colon = cue.i - 1
    if colon <= view.sent.start or doc[colon].text != ":":
        return []
    for k in range(colon - 2, view.sent.start - 1, -1):
        if doc[k].pos_ in ("VERB", "AUX") or doc[k].text in (";", ":"):
            return []
        if doc[k].lemma_.lower() in VISIT_NOUNS and doc[k + 1].lower_ in DE:
            j = k + 2 + (k + 2 < colon and is_title(doc[k + 2]))
            visitor = view.at.get(j)
            return [visitor] if visitor is not None and visitor.start == j and visitor.kind is EntityKind.PERSON else []
    return []


def _visitor_subject(view: SentenceView, start: int) -> list[Slot]:
    """« La visite de X à Y a été marquée par un entretien avec Z »: the visitor, where the clause's
    subject is a noun of a visit (``visit_noun``) whose « de » names a person; else []."""
    doc = view.doc
    k = start
    while k < view.sent.end and is_determiner(doc[k]) and k not in view.at:
        k += 1
    if k + 2 >= view.sent.end or doc[k].lemma_.lower() not in VISIT_NOUNS or not doc[k].dep_.startswith("nsubj") or doc[k + 1].lower_ not in DE:
        return []
    if doc[k].head.lemma_.lower() not in VISIT_CONTENTS:
        return []  # « la visite de X a été annulée après un entretien avec Y »: whose talk, the text does not say
    j = k + 2
    while j < view.sent.end and j not in view.at and (is_determiner(doc[j]) or is_title(doc[j])):
        j += 1
    visitor = view.at.get(j)
    return [visitor] if visitor is not None and visitor.start == j and visitor.kind is EntityKind.PERSON else []


def _past_own_name(view: SentenceView, slot: Slot) -> int:
    """The token after a description's own name right after it (« les insultes du président turc X
    envers Y »: after X), else after the mention."""
    k = slot.end
    while k in view.at and view.at[k].start == k and view.at[k].cluster == slot.cluster and slot.cluster:
        k = view.at[k].end
    return k


def _addressed_to(view: SentenceView, k: int, end: int) -> list[Slot]:
    """« une lettre de félicitations de X, président de la République, adressée à Y »: the one
    a participle of sending (``function_words.tsv``, sending_verb) after the noun's source names
    after « à »; none where another verb comes first."""
    doc = view.doc
    for j in range(k, min(k + ADDRESSED_REACH, end - 1)):
        token = doc[j]
        if token.pos_ in ("VERB", "AUX") and "Part" in token.morph.get("VerbForm") and verb_lemma(token) in SENDING_VERBS:
            return expand(complement(view, j + 1, end, Argument.A.words, gap=0)) if doc[j + 1].lower_ in Argument.A.words else []
        if token.pos_ in ("VERB", "AUX") or token.text in (";", ":"):
            return []
    return []


#: Verbs of sending, whose participle after a relation noun names its target after « à ».
SENDING_VERBS = function_words("sending_verb")


def _sending_participle(token: Token) -> bool:
    """A past participle of sending (« adressée », « notifiée »), right after a relation noun."""
    return token.pos_ in ("VERB", "ADJ") and "Part" in token.morph.get("VerbForm") and verb_lemma(token) in SENDING_VERBS


def _adjectival(token: Token) -> bool:
    """An adjective, or a past participle the tagger may read as a verb (« appuyés »)."""
    return token.pos_ == "ADJ" or (token.pos_ == "VERB" and "Part" in token.morph.get("VerbForm"))


def _past_going(view: SentenceView, after: int, end: int) -> int:
    """The token after « aller » and its adverbs right after a relation noun (« mes remerciements
    vont aussi à Y », « notre soutien va d'abord à Y »), past the noun's adjectives and another
    noun joined to it by « et » and a possessive (« mes félicitations chaleureuses et mes souhaits
    ardents vont à Y »), where the noun's « à » follows; else ``after``."""
    doc = view.doc
    k = after
    while k < end and k not in view.at and (doc[k].pos_ in ("ADV", "ADJ") or (doc[k].lower_ == "et" and k > after and k + 1 < end and _adjectival(doc[k + 1]))):
        k += 2 if doc[k].lower_ == "et" else 1  # « mes remerciements sincères et appuyés vont à Y »
    if k + 2 < end and doc[k].lower_ == "et" and is_possessive_determiner(doc[k + 1]) and doc[k + 2].pos_ == "NOUN" and k + 2 not in view.at:
        k += 3
        while k < end and doc[k].pos_ in ("ADV", "ADJ") and k not in view.at:
            k += 1
    if k >= end or doc[k].lemma_.lower() != "aller" or "Fin" not in doc[k].morph.get("VerbForm"):
        return after
    k += 1
    while k < end and k not in view.at and (doc[k].pos_ == "ADV" or past_adverbial(doc, k) > k):
        k = max(k + 1, past_adverbial(doc, k))  # « vont d'abord », « va tout particulièrement »
    return k if k < end and doc[k].lower_ in Argument.A.words else after


#: How many words of a date may stand between a document and the adjective that describes it (« un rapport en mars 2019 très critique »).
DOCUMENT_DATE_WORDS = 4


def _published_document_before(view: SentenceView, cue: Token) -> bool:
    """The cue, an adjective of judgement (« critique »), describes a document right before it,
    past adverbs and a date (« un rapport en mars 2019 très critique envers Y »), that
    is the object of a verb of making it public (``publishing_verb``: « X publie un rapport »;
    not « X a lu un rapport »): the document's author judges through it."""
    doc, start = view.doc, view.sent.start
    k = cue.i - 1
    while k > start and doc[k].pos_ == "ADV" and k not in view.at:
        k -= 1
    k = _back_past_date(view, k)  # « un rapport en mars 2019 très critique »
    if k <= start + 1 or k in view.at or doc[k].lemma_.lower() not in ACTING_DOCUMENTS or not is_determiner(doc[k - 1]):
        return False
    return verb_lemma(doc[_back_past_date(view, k - 2)]) in PUBLISHING_VERBS  # « publie en mars un rapport »


def _back_past_date(view: SentenceView, k: int) -> int:
    """Back from token k past the words of a date (« en mars 2019 »), at most
    ``DOCUMENT_DATE_WORDS`` of them, naming no party."""
    doc, start, stop = view.doc, view.sent.start, k - DOCUMENT_DATE_WORDS
    while k > max(start, stop) and k not in view.at and (is_date_word(doc[k]) or doc[k].like_num or doc[k].lower_ == "en"):
        k -= 1
    return k


#: Verbs of making a document public (« publier un rapport »), by lemma.
PUBLISHING_VERBS = function_words("publishing_verb")


def _members_named_after(view: SentenceView, cue: Token, end: int) -> list[Slot]:
    """« ses soutiens X et Y », « ses soutiens, X et Y, »: the parties named right after a plural
    noun of holders, or set off by a comma after it; else none."""
    k = cue.i + 1
    if k < view.sent.end and view.doc[k].text == ",":
        k += 1
    return [s for s in view.group_at(k, view.sent.end) if s.kind in PARTIES] if k in view.at and view.at[k].start == k else []


def _possessive_owner(view: SentenceView, cue: Token) -> Optional[Slot]:
    """The party a possessive right before the relation noun stands for (« son soutien à Y », past
    adjectives: « son indéfectible soutien »; the addressee's, « votre soutien à Y »), when the
    resolver placed it; else None."""
    slot = view.at.get(before_qualifiers(view, cue.i))
    own = slot is not None and (is_possessive(slot) or (slot.end - slot.start == 1 and slot.text.lower() in ADDRESSEE_POSSESSIVES))
    return slot if own and slot.kind in PARTIES else None


#: Verbs of receiving by which the subject undergoes the noun, whatever noun (« X a reçu une mise
#: en demeure de Y »), unlike those of obtaining (« X a obtenu la condamnation de Y »), by lemma.
SUFFERING_VERBS = function_words("suffering_verb")

#: Verbs of thanks, whose object's « pour son soutien » tells what that object gave the subject.
THANKING_VERBS = function_words("thanking_verb")


def _thanked_for(view: SentenceView, cue: Token, owner: Optional[Slot]) -> list[Slot]:
    """« X a remercié Y pour son soutien »: the ones who thank, where the noun's possessive stands
    for the one they thank, named right before « pour » as their verb's object; else []."""
    k = before_qualifiers(view, cue.i)
    if owner is None or k - 2 <= view.sent.start or view.doc[k - 1].lower_ != "pour":
        return []
    thanked = view.at.get(k - 2)
    if thanked is None or thanked.cluster != owner.cluster:
        return []
    j = role_start(view, thanked, view.sent.start) - 1
    while j > view.sent.start and (j in view.at or view.doc[j].lower_ in ("et", ",") or is_determiner(view.doc[j])):
        j -= 1  # « a remercié X et Z pour leur soutien »
    verb = view.doc[j]
    if verb.pos_ not in ("VERB", "PROPN", "NOUN") or verb_lemma(verb) not in THANKING_VERBS or not verb.is_lower:
        return []  # « remercie » the tagger may read as a name or a noun
    after = cue.i + 1
    while after < view.sent.end and view.doc[after].pos_ == "ADJ":
        after += 1
    if after < view.sent.end and view.doc[after].pos_ == "ADP":
        return []  # « pour son soutien à l'Ukraine »: the support named is another's
    return [s for s in subjects_of(view, verb, view.clause(j)[0]) if s.cluster != owner.cluster]


#: Verbs of thanks that, for a welcome (``welcome_noun``), tell a meeting with the host.
WELCOME_THANKS = function_words("welcome_thanks")
WELCOME_NOUNS = function_words("welcome_noun")


#: Nouns of what one is thanked for out of courtesy, which tells no support (« je vous remercie de
#: votre question »), by lemma.
COURTESY_NOUNS = function_words("courtesy_noun")


def thanked_for_welcome(view: SentenceView, cue: Token) -> bool:
    """« X a remercié Y pour son accueil », « de son accueil », « je remercie Y et ses équipes pour
    leur hospitalité », « pour l'hospitalité chaleureuse »:
    thanks for a welcome tell that the one thanked received the one who thanks, a meeting."""
    return _thanked_for_one_of(view, cue, WELCOME_NOUNS)


#: Verbs of a host's welcome (« je remercie Y de nous avoir reçus »), by lemma.
WELCOME_VERBS = function_words("welcome_verb")


#: Nouns of a talk one is thanked for (« de l'échange que nous avons eu »), by lemma.
TALK_NOUNS = function_words("talk_noun")


def thanked_for_receiving(view: SentenceView, cue: Token) -> bool:
    """« je remercie Y de nous avoir reçus aussi vite », « de l'échange que nous avons eu
    hier »: thanks, after a person thanked, « de » the speaker received (a past infinitive of
    ``welcome_verb`` with « nous » or « me » as object) or for a talk (``talk_noun``): the one
    thanked met the one who thanks, and is praised for it."""
    if _thanked_for_one_of(view, cue, TALK_NOUNS):
        return True
    doc, end = view.doc, view.sent.end
    for j in range(cue.i + 1, min(cue.i + THANKS_REACH, end - 3)):
        if (doc[j].lower_ in DE and (_we_were_received(doc, j) or _came_to_see_us(doc, j, end) or _came_here(doc, j, end))) or _organised_gathering(doc, j, end):
            return any((cue.i < s.start < j or s.end == cue.i) and _may_host(s) for s in view.slots)
    return False


def _may_host(slot: Slot) -> bool:
    """A person, or an organisation that meets people as one (:func:`meeting_body`: « je remercie
    la commission des finances de m'accueillir »)."""
    return slot.kind is EntityKind.PERSON or (slot.kind is EntityKind.ORGANISATION and meeting_body(slot))


def meeting_body(slot: Slot, name: str = "") -> bool:
    """The mention names a body that meets people as one (``meeting_body``: « le Conseil
    européen »), or a country's authorities (« les autorités algériennes »); not a country or
    a place by its name. A pronoun is read by the ``name`` of the entity it stands for."""
    words = (name or slot.text).lower().replace("’", "'").replace("'", "' ").split()
    while len(words) > 1 and words[0] in DESCRIBED_BODY_DETERMINERS:
        words = words[1:]  # « la commission », « notre commission »: a description of the body
    if slot.kind is EntityKind.LOCATION:
        return bool(words) and words[0] in AUTHORITY_NOUNS
    return bool(words) and words[0] in MEETING_BODIES


#: Determiners before the noun of a body described (« la commission », « notre commission »).
DESCRIBED_BODY_DETERMINERS = function_words("described_body_determiner")


#: First words of the name of a body that meets people as one (« le Conseil européen », « la
#: commission des lois »); its sitting is also a place where people are together (« au congrès du parti »).
MEETING_BODIES = function_words("meeting_body")


def _we_were_received(doc: Doc, j: int) -> bool:
    """After the « de » at token j: « nous avoir reçus », « m'avoir accueilli », or the welcome
    taking place as the thanks are said (« de m'accueillir », « de nous recevoir »)."""
    if doc[j + 1].lower_.replace("’", "'") not in FIRST_PERSON_WORDS:
        return False
    if doc[j + 2].lower_ == "avoir":
        return doc[j + 3].lemma_.lower() in WELCOME_VERBS
    if doc[j + 2].lemma_.lower() not in WELCOME_VERBS or "Inf" not in doc[j + 2].morph.get("VerbForm"):
        return False
    sent_end = doc[j].sent.end
    return not any(is_date_word(t) or t.lower_ in time_nouns() or t.lower_ in TIME_TO_COME for t in doc[j + 3 : sent_end])  # not « de nous recevoir demain »


#: Verbs of seeing someone that, after « être venu » and « me » or « nous », tell a visit (« d'être venu me voir »), by lemma.
VISIT_VERBS = function_words("visit_verb")


def _came_to_see_us(doc: Doc, j: int, end: int) -> bool:
    """After the « de » at token j: « être venu me voir », « être venus nous rencontrer »: the one
    thanked came to see the one who thanks."""
    k = j + 1
    if k + 3 >= end or doc[k].lower_ != "être" or doc[k + 1].lemma_.lower() != "venir":
        return False
    return doc[k + 2].lower_.replace("’", "'") in FIRST_PERSON_WORDS and doc[k + 3].lemma_.lower() in VISIT_VERBS


#: Prepositions of a place where the one who thanks stands, before « nous », « notre »: « devant », « parmi », « chez ».
HERE_PREPOSITIONS = function_words("here_preposition")
#: Verbs of coming to a place, before « ici » or such a preposition (« venir », « s'arrêter »), by lemma.
HERE_VERBS = function_words("here_verb")


def _came_here(doc: Doc, j: int, end: int) -> bool:
    """After the « de » at token j: « venir aujourd'hui devant notre commission », « être venu
    parmi nous », « être venus ici », « s'être arrêtée parmi nous »: the one thanked came to where
    the one who thanks stands (not « d'être venu à Lyon »)."""
    k = j + 1
    if k < end and doc[k].lower_ in ("s'", "s’", "se", "vous", "nous") and k + 1 < end and doc[k + 1].lower_ == "être":
        k += 1  # « de s'être arrêtée parmi nous »
    if k < end and doc[k].lower_ == "être":
        k += 1
    if k >= end or doc[k].lemma_.lower() not in HERE_VERBS or (k == j + 1 and "Inf" not in features(doc[k], "VerbForm")):
        return False
    k += 1
    while k < end - 1 and (doc[k].pos_ == "ADV" and doc[k].lower_ != "ici" or is_date_word(doc[k])):
        k += 1  # « de venir aujourd'hui devant nous »
    if k + 2 < end and doc[k].lower_ in ("ce", "cet", "cette") and doc[k + 1].lower_ in time_nouns():
        k += 2  # « d'être venu ce matin parmi nous »
    if k < end and doc[k].lower_ == "ici":
        return True
    return k + 1 < end and doc[k].lower_ in HERE_PREPOSITIONS and (doc[k + 1].lower_ in FIRST_PERSON_WORDS or doc[k + 1].lower_ in ("notre", "nos"))


#: Nouns of a gathering whose organiser, thanked for it, hosted the one who thanks (« d'avoir organisé cette rencontre »), by lemma.
ORGANISED_GATHERINGS = function_words("organised_gathering")


def _organised_gathering(doc: Doc, j: int, end: int) -> bool:
    """At token j: « d'avoir organisé cette rencontre », « pour l'organisation de ce sommet »: the
    one thanked organised the gathering where the one who thanks speaks (not « d'avoir organisé
    la campagne »)."""
    k = j + 1
    if doc[j].lower_ in DE and k + 1 < end and doc[k].lower_ == "avoir" and doc[k + 1].lemma_.lower() == "organiser":
        k += 2
    elif (doc[j].lower_ in DE or doc[j].lower_ == "pour") and k + 2 < end and doc[k].lower_ in ("l'", "l’") and doc[k + 1].lower_ == "organisation" and (doc[k + 2].lower_ in DE or doc[k + 2].lower_ == "du"):
        k += 3
    else:
        return False
    while k < end - 1 and (is_determiner(doc[k]) or doc[k].pos_ == "ADJ"):
        k += 1  # « cette belle rencontre »
    return doc[k].lemma_.lower() in ORGANISED_GATHERINGS


def thanked_for_courtesy(view: SentenceView, cue: Token) -> bool:
    """« Monsieur X, je vous remercie de votre question », « pour cette question »: thanks for a
    question are a courtesy of the one who answers it, no support."""
    return _thanked_for_one_of(view, cue, COURTESY_NOUNS, named_after=False)


def bare_thanks(view: SentenceView, cue: Token) -> bool:
    """« Et je vous remercie. », « Je vous remercie, monsieur le ministre. »: thanks to the one
    spoken to for nothing the sentence names, which close a speech or answer a greeting: a
    courtesy, no support; not « je vous en remercie » (for what was just said) nor thanks « de » or
    « pour » something."""
    doc = view.doc
    if cue.pos_ != "VERB" or cue.i - 1 < view.sent.start or doc[cue.i - 1].lower_ not in ADDRESSEE_PRONOUNS:
        return False
    return not any(t.lower_ in DE or t.lower_ in ("pour", "à", "au", "aux") or t.pos_ in ("VERB", "AUX") for t in doc[cue.i + 1 : view.sent.end])


def _thanked_for_one_of(view: SentenceView, cue: Token, nouns: frozenset[str], named_after: bool = True) -> bool:
    """The thanks of the verb ``cue`` are « pour » or « de » one of ``nouns`` (past its possessive
    or article and adjectives), after a person thanked (where ``named_after``: named after the
    verb, or the pronoun right before it that the resolver placed)."""
    doc, end = view.doc, view.sent.end
    for j in range(cue.i + 1, min(cue.i + THANKS_REACH, end - 2)):
        if doc[j].lower_ not in ("pour", "de", "d'", "d’") or not (is_possessive_determiner(doc[j + 1]) or doc[j + 1].lower_ in ("l'", "l’", "le", "la", "les", "cet", "cette", "ces")):
            continue  # « pour son accueil », « de son accueil », « pour l'hospitalité chaleureuse », « pour cette question »
        noun = j + 2
        while noun < end - 1 and doc[noun].pos_ == "ADJ":
            noun += 1
        if doc[noun].lemma_.lower() in nouns and not named_after:
            return True
        if doc[noun].lemma_.lower() in nouns and any(cue.i < s.start < j or s.end == cue.i for s in view.slots if s.kind is EntityKind.PERSON):
            return True  # « X a remercié Y pour son accueil », « je vous remercie de votre accueil »
    return False


#: How far after the verb of thanks its « pour » may stand (past the one thanked and a description).
THANKS_REACH = 16


def _undergone_from(view: SentenceView, targets: list[Slot], subjects: list[Slot]) -> list[Slot]:
    """After a verb of undergoing (not « obtenir », which also supports: « X a obtenu la
    suspension de Y »), the organisation a ban noun's « de » names is who banned the
    subject (« X a écopé d'une suspension de YouTube », « d'une exclusion du parti P »); so is the
    platform of the subject's own account (« d'une suspension de son compte YouTube »)."""
    if all(t.kind is EntityKind.ORGANISATION and not is_possessive(t) for t in targets):
        return targets
    owner = targets[0]
    if len(targets) != 1 or owner.cluster not in {s.cluster for s in subjects}:
        return []
    return own_account_platform(view, owner)


def past_taking_place(view: SentenceView, after: int, end: int) -> int:
    """The token after the verb of taking place whose subject the noun is (« une réunion a eu
    lieu », « l'entrevue de Lyon se tient »: past adjectives and a short complement of the noun),
    or ``end`` where none follows."""
    doc = view.doc
    for k in range(after, min(after + 8, end)):
        token = doc[k]
        lemma = token.lemma_.lower()
        if token.pos_ in ("VERB", "AUX") and lemma in HAPPENING:
            return k + 1
        if lemma == "avoir" and token.pos_ in ("VERB", "AUX"):
            n = k + 1
            while n < end and doc[n].lower_ == "eu":
                n += 1
            if n < end and doc[n].lower_ == "lieu":
                return n + 1
        if k in view.at and view.at[k].kind is EntityKind.LOCATION and doc[view.at[k].start - 1].lower_ in DE:
            continue  # « la rencontre d'Hendaye a lieu »: where, named after the noun
        if token.pos_ in ("VERB", "PUNCT", "SCONJ", "CCONJ") and token.text != "'" or k in view.at:
            return end
    return end


#: Verbs whose object is assured of the subject's act (« X a assuré Y de son soutien »), by lemma.
ASSURING_VERBS = function_words("assuring_verb")


def assured_of(view: SentenceView, cue: Token, start: int) -> list[Slot]:
    """« X a assuré Y de son soutien », « X a assuré Y et Z de son plein soutien »: the object of a verb
    of assuring, before « de » and a possessive, is what the noun is aimed at; else none."""
    doc = view.doc
    j = cue.i - 1
    while j > start and j not in view.at and doc[j].pos_ == "ADJ":
        j -= 1  # « de son plein soutien »
    if j - 2 > start and doc[j - 1].lower_ in ("tout", "toute") and is_possessive_determiner(doc[j]):
        j -= 1  # « de tout mon soutien »: « tout » read as the possessive's place
    elif j - 1 <= start or (j in view.at and not is_possessive(view.at[j])) or not is_possessive_determiner(doc[j]):
        return []
    if doc[j - 1].lower_ not in DE:
        return []
    while j - 5 > start and doc[j - 2].lower_ == "et" and doc[j - 3].pos_ == "NOUN" and is_possessive_determiner(doc[j - 4]) and doc[j - 5].lower_ in DE:
        j -= 4  # « de notre soutien et de notre solidarité »: the first noun's
    slot = view.at.get(j - 2)
    if slot is None:
        return _clitic_assured(view, doc[j - 2], start)
    if slot is None or slot.kind not in PARTIES:
        return []
    group = [s for s in view.group_at(_group_start(view, slot, start), j - 1) if s.kind in PARTIES]
    k = group[0].start - 1 if group else slot.start - 1
    while k > start and k not in view.at and doc[k].pos_ in ("ADV", "DET"):
        k -= 1
    if k in view.at or doc[k].pos_ not in ("VERB", "AUX") or verb_lemma(doc[k]) not in ASSURING_VERBS:
        return []
    # the noun's modality is read around the noun, too far from this verb: a denied or doubtful
    # assurance gives nothing rather than an asserted support
    return [] if modality_of(doc[k], view.sent) is not Modality.ASSERTED else group  # « je veux assurer Y de mon soutien »: done as said


def _clitic_assured(view: SentenceView, verb: Token, start: int) -> list[Slot]:
    """« je tiens ce soir à vous assurer de mon soutien », « X l'a assuré de son soutien »: the object
    pronoun before a verb of assuring (past its auxiliaries), when the assurance is neither denied
    nor doubtful; else none."""
    if verb.pos_ not in ("VERB", "AUX") or verb_lemma(verb) not in ASSURING_VERBS or modality_of(verb, view.sent) is not Modality.ASSERTED:
        return []  # « je veux vous assurer de mon soutien »: done as it is said
    return object_clitic(view, verb, start + 1)


#: Verbs of having or holding a meeting, whose « avec » may come before its noun (« a eu avec Y
#: un entretien »), by lemma.
HOLDING_VERBS = function_words("holding_verb")


def _partners_before(view: SentenceView, cue: Token, start: int) -> list[Slot]:
    """« X a eu avec Y des échanges nourris », « a eu avec le ministre Y un long entretien »: the
    « avec » group between the verb and the noun of a meeting (articles and adjectives between
    it and the noun); [] where there is none."""
    doc = view.doc
    j = cue.i - 1
    while j > start and j not in view.at and (is_determiner(doc[j]) or doc[j].pos_ in ("ADJ", "ADV", "NUM") or doc[j].lower_ in DE):
        j -= 1  # « des échanges », which the tagger may read as « de » and « les »
    last = view.at.get(j)
    if last is None or last.end != j + 1 or last.kind not in PARTIES:
        return []
    first = view.at[_group_start(view, last, start)]
    k = role_start(view, first, start) - 1
    while k > start and is_determiner(doc[k]) and k not in view.at:
        k -= 1
    if k <= start or doc[k].lower_ != "avec" or doc[k - 1].pos_ not in ("VERB", "AUX") or verb_lemma(doc[k - 1]) not in HOLDING_VERBS:
        return []  # not « poursuivre avec vous le dialogue », a talk that goes on
    return expand(view.group_at(first.start, j + 1))


def _group_start(view: SentenceView, last: Slot, start: int) -> int:
    """Where the coordination that ends with ``last`` starts (« A et B », « A, B et C »)."""
    doc = view.doc
    first = last.start
    while True:
        k = first - 1
        if k <= start or k in view.at or (doc[k].lower_ not in ("et", "ou") and doc[k].text != ","):
            return first
        before = view.at.get(k - 1)
        if before is None:
            return first
        first = before.start


#: Nouns of opening what a relation noun names (« l'ouverture d'une enquête »): the verb that
#: governs them governs the relation noun too.
LAUNCHING_NOUNS = function_words("launching_noun")
#: Verbs by which a visit holds what it is made of (« la visite de X a été marquée par un entretien avec Y »), by lemma.
VISIT_CONTENTS = function_words("visit_content")
#: Verbs of writing: a relation noun after « sur » is what they are about (« a écrit sur »).
WRITING_VERBS = function_words("writing_verb")
#: Relation nouns that relate only with their own complement (« les propos de X à l'encontre
#: Nouns of those who follow or stand by a party (« les partisans de X »): a relation noun
#: whose « de » names them is theirs, not that party's.
FOLLOWER_NOUNS = function_words("follower_noun")

#: de Y »), neutral without it.
NEUTRAL_NOUNS = function_words("neutral_noun")
#: The preposition after which a neutral noun is hostile by itself (« à l'encontre de »).
NEUTRAL_HOSTILE = frozenset({Argument.A_L_ENCONTRE_DE})


def _hostile_words(view: SentenceView, after: int, end: int) -> bool:
    """Adjectives right after a neutral noun judge it hostile (« des propos insultants »,
    ``judgements.tsv``, negative)."""
    doc, k = view.doc, after
    while k < end and k - after < 4 and k not in view.at and doc[k].pos_ in ("ADJ", "ADV", "CCONJ", "VERB", "NOUN") and doc[k].is_lower:
        word = judgement_of(doc[k])
        if word is RelationType.CRITICISED:
            return True
        k += 1
    return False


#: Nouns of what carries a relation noun (« un message de soutien »), read past to the verb.
CARRIER_NOUNS = function_words("carrier_noun")
#: Nouns of a great many words or acts before their « de » (« une pluie de critiques »).
VOLLEY_NOUNS = function_words("volley_noun")
#: Verbs whose dative receives what the relation noun they govern gives (« ses propos lui ont
#: valu les critiques de Y »), by lemma.
BRINGING_VERBS = function_words("bringing_verb")


#: Verbs, by lemma, that list the members of a group named after « parmi » (« Parmi les
#: soutiens de Y figurent A et B », « on trouve », « on compte »).
LISTING_VERBS = function_words("listing_verb")


def listed_after_parmi(view: SentenceView, cue: Token, i: int, nouns: bool = False) -> list[Slot]:
    """« Parmi les soutiens de Y figurent A et B », « Parmi ses critiques, on trouve A »: the
    noun, opening the sentence after « parmi », describes the parties listed after the verb
    that follows its complement (which ends at token i); else none. With ``nouns``, the cue is
    a participle after the noun (« Parmi les invités reçus par Y figurent A et B »)."""
    doc = view.doc
    j = _parmi_at(view, cue.i)
    opening = ("DET", "ADJ", "ADV", "NOUN") if nouns else ("DET", "ADJ", "ADV")
    if j is None or not all(doc[k].pos_ in opening and (k not in view.at or is_possessive(view.at[k])) for k in range(j + 1, cue.i)):
        return []
    k = i
    while k < view.sent.end and k - i < 4 and k not in view.at and (doc[k].is_punct or doc[k].lower_ in ("on", "se", "s'", "peut", "pouvait")):
        k += 1  # « , on trouve », « se trouvent », « on peut citer »
    if k >= view.sent.end or k in view.at or verb_lemma(doc[k]) not in LISTING_VERBS or is_negated(doc[k], view.sent):
        return []
    k += 1
    while k < view.sent.end and k not in view.at and (is_determiner(doc[k]) or doc[k].pos_ == "ADV"):
        k += 1  # « figurent notamment »
    return [s for s in view.group_at(k, view.sent.end) if s.kind in PARTIES]


def _parmi_at(view: SentenceView, end: int) -> Optional[int]:
    """The « parmi » that opens the sentence, or that follows an opening adjunct set off by a
    comma with no party in it (« Lundi, parmi les invités de Y figuraient A et B ») or a
    conjunction (« Mais parmi ses soutiens, on trouve A »); else None."""
    doc = view.doc
    start = view.sent.start
    if doc[start].lower_ == "parmi":
        return start
    k = next((k for k in range(start + 1, end) if doc[k].lower_ == "parmi"), None)
    if k is None or not (doc[k - 1].text == "," or all(doc[n].pos_ in ("CCONJ", "ADV") for n in range(start, k))) or any(n in view.at for n in range(start, k)) or any(doc[n].pos_ in ("VERB", "AUX") for n in range(start, k)):
        return None
    return k


#: Nouns for a person whose « de Y » tells a relation only where Y is a person (« porte-parole de Y »).
PERSON_TARGETS = function_words("person_target")


def _subject_of_first_verb(view: SentenceView, i: int) -> list[Slot]:
    """The party right before the first verb from token i on, set off by a comma: the subject an
    opening apposition describes (« Porte-parole de X et de son parti, P, pour l'élection, il est
    élu »: « il », not the apposed P), past clitics and negation."""
    doc = view.doc
    verb = next((k for k in range(i, view.sent.end) if doc[k].pos_ in ("VERB", "AUX") and k not in view.at), None)
    if verb is None:
        return []
    j = verb - 1
    while j > i and j not in view.at and doc[j].lower_ in CLITICS:
        j -= 1
    slot = view.at.get(j)
    if slot is None or slot.start <= i or doc[slot.start - 1].text != ",":
        return []
    return [slot]


def _subject_after_apposition(view: SentenceView, i: int) -> list[Slot]:
    """The subject named right after the comma that closes the opening phrase, unless that
    comma follows a common noun the name stands in apposition to (« ... et de son parti, P, »)."""
    close = phrase_end(view, i)
    last = view.doc[close - 1] if close - 1 >= i else None
    if last is not None and close - 1 not in view.at and last.pos_ == "NOUN" and not is_date_word(last) and last.lower_ not in time_nouns():
        return []  # not « Lors d'un dîner avec Y mardi, X ... »: a day, no noun the name stands in apposition to
    return subject_after(view, close)


def _opens_sentence(view: SentenceView, cue: Token) -> bool:
    """The noun opens the sentence, with only its adjectives and articles before it (« Fervent
    soutien de X, ... », « Ancien critique de X, ... »): a detached apposition to the subject
    after its comma."""
    doc = view.doc
    return all(
        j not in view.at
        and (doc[j].pos_ in ("ADJ", "DET", "ADV", "NUM") or doc[j].lower_ in INTENSIFIERS or _d_abord(doc, j))
        for j in range(view.sent.start, cue.i)
    )


def _joined_to_opening_role(view: SentenceView, cue: Token) -> bool:
    """The noun is joined by « et » to a role noun that opens the sentence, with no comma in
    between (« Directeur de cabinet de Z quand celui-ci présidait P et directeur de la campagne
    de Y, il ... »): the whole list describes the subject after its comma, not Z."""
    doc = view.doc
    first = doc[view.sent.start]
    if first.pos_ != "NOUN" or not first.text[:1].isupper() or first.lower_ not in role_heads():
        return False
    j = cue.i - 1
    while j > view.sent.start and doc[j].pos_ in ("ADJ", "DET") and j not in view.at:
        j -= 1
    return doc[j].lower_ == "et" and not any(doc[k].text in (",", ";", ":") for k in range(view.sent.start, cue.i))


def _opening_occasion(view: SentenceView, j: int) -> bool:
    """Token j, an indefinite article, follows the preposition of time that opens the sentence
    (« Dans une conversation », « Lors d'un entretien », « Pendant un dîner »); not « Lors de
    la rencontre avec Y », which may be someone else's."""
    if view.doc[j].lower_ not in INDEFINITE_ARTICLES:
        return False
    k = j - 1
    if view.doc[k].lower_ in DE:
        k -= 1  # « lors d' »
    return k == view.sent.start


def _d_abord(doc: Doc, j: int) -> bool:
    """Token j is a word of « d'abord » (« D'abord favorable à Y, X ... »)."""
    if doc[j].lower_ == "abord":
        j -= 1
    return j >= 0 and doc[j].lower_.replace("’", "'") == "d'" and j + 1 < len(doc) and doc[j + 1].lower_ == "abord"


#: Adjectives the tagger may take for a verb at the start of a sentence (« Fervent partisan de Y »).
INTENSIFIERS = function_words("intensifier")


def _in_phrase(view: SentenceView, cue: Token, start: int) -> bool:
    """The noun stands in a prepositional phrase after a comma (« ..., à deux jours de
    l'investiture de X »), not as the object of its clause's verb."""
    doc = view.doc
    for j in range(cue.i - 1, start - 1, -1):
        if doc[j].pos_ in ("VERB", "AUX"):
            return False
        if doc[j].text == ",":
            return j + 1 < cue.i and doc[j + 1].pos_ == "ADP"
    return False


def _told_of(verb: str) -> bool:
    """A verb that governs a relation noun with a « de » target without doing its act: not a
    support verb (« apporter », « prononcer »), nor one of receiving (« obtenir »)."""
    return bool(verb) and verb not in support_verbs() and verb not in receiving_verbs()


def before_the_verb(view: SentenceView, subjects: list[Slot], start: int, cue: Token) -> list[Slot]:
    """The subjects that stand before the clause's first verb (not a passive's agent after it:
    « présidée par Z, avec le soutien de Y » says nothing of Z)."""
    doc = view.doc
    verb = next((j for j in range(start, cue.i) if doc[j].pos_ in ("VERB", "AUX")), cue.i)
    return [s for s in subjects if s.end <= verb]


def aimed_at(view: SentenceView, spec: Cue, after: int, end: int, gap: int) -> list[Slot]:
    """The target after the noun's preposition; for « contre », also after a participle that
    names what the noun is aimed at (« une enquête visant X », « une campagne ciblant X »)."""
    targets = complement(view, after, end, spec.argument.words, gap=gap)
    own = after < end and view.doc[after].lower_ in spec.argument.words  # « l'exclusion des conseillers de X »: its complement is the advisers
    if not targets and not own and (past := past_bare_phrases(view.doc, after, end, view.at)) > after:
        targets = complement(view, past, end, spec.argument.words, gap=0)  # « une procédure de sanction pour déficits excessifs envers Y »
    if not targets and (sisters := _past_sister_nouns(view, after, end)) > after:
        targets = complement(view, sisters, end, spec.argument.words, gap=0)  # « notre solidarité, notre sympathie à Y »
    if not targets and after < end and view.doc[after].text == "," and (close := comma_incise_end(view, after, end)) is not None:
        targets = complement(view, close + 1, end, spec.argument.words, gap=0)  # « l'audition, au titre de son règlement, de Mme Y »
    if not targets and spec.argument is Argument.CONTRE:
        targets = complement(view, after, end, AIMING, gap=gap) or _examples_aimed_at(view, after, end)
    if targets and spec.argument is Argument.CONTRE:
        targets = targets + [s for s in _examples_aimed_at(view, targets[-1].end, end, joined=True) if all(s.cluster != t.cluster for t in targets)]
    if not targets and after < end and view.doc[after].lower_ in spec.argument.words:
        targets = members_after_colon(view, after + 1) or members_in_apposition(view, after + 1)  # « l'exclusion de quatre de ses membres : A, B et C »
    if not targets and spec.argument in (Argument.A_L_ENCONTRE_DE, Argument.CONTRE):
        targets = _encontre_before(view, after - 1)  # « a prononcé à son encontre une censure »
    if not targets and spec.argument is Argument.POUR:
        targets = _success_of(view, after, end)  # « ses félicitations pour l'élection de Y »
    if not targets and spec.argument is Argument.A_L_INVITATION_DE:
        targets = _host_further(view, after, end)  # « une visite d'État en Inde à l'invitation de Y »
    return targets


def _host_further(view: SentenceView, after: int, end: int) -> list[Slot]:
    """The party after « à l'invitation de » further in the clause, past the visit's kind and
    place (« une visite d'État en Inde à l'invitation de Y »): the locution names the host
    wherever it stands after the noun."""
    doc = view.doc
    for k in range(after + 2, end - 1):
        slot = view.at.get(k)
        if slot is not None and not (slot.kind is EntityKind.LOCATION and doc[slot.start - 1].lower_ in PLACE_PREPOSITIONS):
            return []  # another party first: « une visite chez Z à l'invitation de Y »; not the place, « en Inde »
        if doc[k].lower_ == "invitation" and doc[k - 1].lower_ in ("l'", "l’") and doc[k - 2].lower_ == "à":
            return complement(view, k, end, Argument.A_L_INVITATION_DE.words, gap=0)
    return []


def _examples_aimed_at(view: SentenceView, i: int, end: int, joined: bool = False) -> list[Slot]:
    """« une enquête visant des sites tels que X et Y »: the members of a group named right after
    a participle of aiming at token i; with ``joined``, of a group joined by « ainsi que » or « et »
    to what was found before i (« visant Z ainsi que des sites tels que X et Y »). [] elsewhere."""
    doc = view.doc
    if joined:
        if i + 1 < end and (doc[i].lower_, doc[i + 1].lower_) == ("ainsi", "que"):
            i += 2
        elif i < end and doc[i].lower_ == "et":
            i += 1
        else:
            return []
        while i < end and (doc[i].lower_ in DE or doc[i].pos_ == "ADJ") and i not in view.at:
            i += 1  # « ainsi que d'autres sites »
        return examples(view, i, end)
    return examples(view, i + 1, end) if i < end and doc[i].lower_ in AIMING else []


def _past_sister_nouns(view: SentenceView, i: int, end: int) -> int:
    """« notre solidarité, notre sympathie et notre soutien à Y »: the token after the nouns with a
    possessive joined to the relation noun by a comma or « et » (past their adjectives); else i."""
    doc = view.doc
    while i + 2 < end and doc[i].lower_ in (",", "et") and is_possessive_determiner(doc[i + 1]) and doc[i + 2].pos_ == "NOUN" and i + 2 not in view.at and (i + 1 not in view.at or is_possessive(view.at[i + 1])):
        i += 3
        while i < end and i not in view.at and doc[i].pos_ == "ADJ":
            i += 1
    return i


#: Verbs whose object is what a noun before their « qui » is aimed at (« qui visait Y »).
AIMING_VERBS = function_words("aiming_verb")


def _aimed_by_relative(view: SentenceView, i: int, end: int) -> list[Slot]:
    """« une pique de X qui visait Y », « les attaques de X, qui ciblent Y »: the parties a
    relative clause right after the noun's source says it was aimed at."""
    doc = view.doc
    k = i + (1 if i < end and doc[i].text == "," else 0)
    motive = _past_motive(view, k, end)
    if motive > k and doc[motive].lower_ in AIMING:
        return parties_after_articles(view, motive + 1, end)  # « une plainte de X pour escroquerie visant Y »
    if k + 1 >= end or doc[k].lower_ != "qui" or verb_lemma(doc[k + 1]) not in AIMING_VERBS:
        return []
    return parties_after_articles(view, k + 2, end)


#: How many words a motive after « pour » may have before what it is aimed at.
MOTIVE_WORDS = 6


def _past_motive(view: SentenceView, k: int, end: int) -> int:
    """The token after a motive « pour ... » made of common words and quotes (« pour "tentative
    d'escroquerie" »), or k when none starts there."""
    doc = view.doc
    if k >= end or doc[k].lower_ != "pour":
        return k
    j = k + 1
    while j < end and j - k <= MOTIVE_WORDS and j not in view.at and (doc[j].is_lower or doc[j].text in ('"', "«", "»", "“", "”")) and doc[j].pos_ not in ("VERB", "AUX"):
        j += 1
    return j if j > k + 1 else k


#: Nouns of a success one is congratulated for, whose « de X » is the one congratulated.
SUCCESS_NOUNS = function_words("success_noun")


def _success_of(view: SentenceView, after: int, end: int) -> list[Slot]:
    """« pour l'élection de Y », « pour la victoire de Y »: the one whose success « pour » names,
    right after the noun (its adjectives aside)."""
    doc = view.doc
    k = after
    if k >= end or doc[k].lower_ != "pour":
        return []
    k += 1
    while k < end and is_determiner(doc[k]) and k not in view.at:
        k += 1
    if k >= end or doc[k].lemma_.lower() not in SUCCESS_NOUNS:
        return []
    k += 1
    while k < end and doc[k].pos_ == "ADJ" and k not in view.at:
        k += 1
    return complement(view, k, end, DE, gap=0) if k < end and doc[k].lower_ in DE else []


#: How far before its noun « à son encontre » may stand (« à son encontre une censure simple »).
ENCONTRE_REACH = 4


def _encontre_before(view: SentenceView, cue: int) -> list[Slot]:
    """« à son encontre », « à leur encontre » right before the relation noun (its article and
    adjectives between): the one the possessive stands for is the target."""
    doc = view.doc
    j = cue - 1
    while j > view.sent.start and cue - j <= ENCONTRE_REACH and doc[j].lower_ != "encontre":
        if doc[j].pos_ in ("VERB", "AUX") or doc[j].text in (",", ";"):
            return []
        j -= 1
    return _possessive_party(view, j - 1) if doc[j].lower_ == "encontre" and j - 2 >= view.sent.start and doc[j - 2].lower_ == "à" else []


def _encontre_after(view: SentenceView, after: int, end: int) -> list[Slot]:
    """« à son encontre », « à leur encontre » after the relation noun and its own « de X » (« les
    menaces de X à son encontre »), before any verb or comma: the one the possessive stands for."""
    doc = view.doc
    for k in range(after, min(after + ENCONTRE_REACH * 2, end - 2)):
        if doc[k].pos_ in ("VERB", "AUX") or doc[k].text in (",", ";", ":"):
            return []
        if doc[k].lower_ == "à" and doc[k + 2].lower_ == "encontre":
            return _possessive_party(view, k + 1)
    return []


def _possessive_party(view: SentenceView, k: int) -> list[Slot]:
    """The party the possessive at token k stands for (« son » of « à son encontre »), or []."""
    owner = view.at.get(k)
    return [owner] if owner is not None and is_possessive(owner) and owner.kind in PARTIES else []


def _passive_agent_before(view: SentenceView, start: int, end: int) -> list[Slot]:
    """The agent of a passive verb before token ``end`` in the clause (« a été prise par X »),
    past its description (« par le président français X »); none where there is none."""
    doc = view.doc
    for j in range(start + 1, end):
        if doc[j].lower_ == "par" and is_past_participle(doc[j - 1]):
            k = j + 1
            while k < end and is_determiner(doc[k]) and k not in view.at:
                k += 1
            return [s for s in expand(view.group_at(k, end)) if s.kind is EntityKind.PERSON]
    return []


#: Verbs by which one grants another a meeting (« l'entretien que X m'a accordé »), by lemma.
MEETING_GRANT_VERBS = function_words("meeting_grant_verb")


def _granted_meeting(view: SentenceView, cue: Token) -> Optional[tuple[list[Slot], list[Slot]]]:
    """« l'entretien que X m'a accordé », « dans l'audience qu'il nous accordait »: a meeting noun,
    then a relative « que », its subject, a dative clitic and a verb of granting: the one who
    grants it and the one the clitic stands for; None otherwise."""
    doc, end = view.doc, view.sent.end
    k = cue.i + 1
    while k < end and doc[k].pos_ == "ADJ" and k not in view.at:
        k += 1  # « l'accueil chaleureux que vous nous réservez »
    if k + 2 >= end or doc[k].lower_ not in ("que", "qu'", "qu’"):
        return None
    giver = view.at.get(k + 1)
    if giver is None or giver.start != k + 1 or giver.kind not in PARTIES:
        return None
    verb = next((t for t in doc[giver.end : min(giver.end + 4, end)] if t.pos_ == "VERB"), None)
    if verb is None or verb.lemma_.lower() not in MEETING_GRANT_VERBS:
        return None
    clitic = dative_clitic(view, verb, giver.start)
    taker = view.at.get(clitic) if clitic is not None else None
    if taker is None or taker.cluster == giver.cluster:
        return None
    return [giver], [taker]


@kept_per_view
def done_by(view: SentenceView, i: int, end: int) -> list[Slot]:
    """« les attaques contre Y menées par X », « la plainte déposée par X »: the actor after a
    participle and « par » right after the noun's phrase."""
    doc = view.doc
    j = i + _amount(view, i, end)  # « une amende de 2 millions d'euros a été prononcée par X »
    while j < end and j not in view.at and doc[j].pos_ == "ADV":
        j += 1
    passive = j
    while j < end and j not in view.at and doc[j].pos_ in ("AUX", "ADV"):
        j += 1  # « des enquêtes ont été ouvertes par X »: the noun the subject of a passive
    if j + 1 >= end or not ((doc[j].pos_ == "VERB" and "Part" in features(doc[j], "VerbForm")) or doc[j].pos_ == "ADJ"):
        return []  # an adjective with « par » after it is a participle the tagger missed (« la décision prise par X »)
    by = past_adjuncts(view, j + 1, end)  # « l'interdiction décidée le 3 juin par X »
    if by >= end or doc[by].lower_ != "par":
        return []
    if j > passive and verb_lemma(doc[j]) not in LAUNCHING_VERBS:
        return []  # « la plainte a été rejetée par le tribunal »: not who filed it
    return expand(complement(view, by, end, ("par",), gap=0))


def aimed_then_done_by(view: SentenceView, i: int, end: int, words: tuple[str, ...], sent_to: bool = False) -> tuple[list[Slot], list[Slot]]:
    """« le procès intenté contre Y par X », « les attaques lancées contre Y par X »: a participle
    right after the noun, its target with the noun's preposition, then its actor after « par »;
    (targets, actors), both empty where the words do not stand so. The noun may be the subject
    of a passive of a verb of ``launching_verb`` (« une amende de 2 millions d'euros a été
    infligée à Y par X »)."""
    doc = view.doc
    j = i + _amount(view, i, end)
    while j < end and j not in view.at and doc[j].pos_ in ("AUX", "ADV"):
        j += 1  # « n'a pas été », « a ensuite été »
    if j >= end or doc[j].pos_ != "VERB" or "Part" not in features(doc[j], "VerbForm") or (j > i and verb_lemma(doc[j]) not in LAUNCHING_VERBS):
        return [], []
    if sent_to and not _sending_participle(doc[j]):
        return [], []  # with ``sent_to``, only a participle of sending (« adressée à Y »)
    i = j
    aimed = complement(view, i + 1, end, words, gap=0)
    if not aimed:
        return [], []
    by = complement(view, aimed[-1].end, end, ("par",), gap=0)
    return (expand(aimed), expand(by)) if by else ([], [])


#: Adjectives that, opening a sentence before « de », tell what its subject has (« Fort du soutien de Y, X »).
HOLDING_ADJECTIVES = function_words("holding_adjective")


def _held_in_opening(view: SentenceView, cue: Token) -> bool:
    """The noun is what an opening phrase says the sentence's subject has: « Bénéficiant du
    soutien de Y, X ... » (a verb of receiving as a present participle), « Fort du soutien de Y,
    X ... »; articles and adjectives only between them."""
    doc, first = view.doc, view.sent.start
    opener = doc[first]
    held = opener.lower_ in HOLDING_ADJECTIVES or (
        "Part" in opener.morph.get("VerbForm") and "Pres" in opener.morph.get("Tense") and verb_lemma(opener) in receiving_verbs()
    )
    return held and cue.i > first + 1 and _articles_only(doc, first + 1, cue.i)


def _received_in_opening(view: SentenceView, cue: Token) -> bool:
    """« Après avoir reçu le soutien de Y, X ... », « En plus de recevoir l'appui de Y, X ... »: the
    noun is the object of a verb of receiving in an infinitive clause that opens the sentence."""
    doc = view.doc
    k = cue.i - 1
    while k > view.sent.start and (is_determiner(doc[k]) or doc[k].pos_ == "ADJ"):
        k -= 1
    return k < cue.i - 1 and verb_lemma(doc[k]) in receiving_verbs() and opening_infinitive(view, doc[k])


def _articles_only(doc: Doc, start: int, end: int) -> bool:
    """Only « de », articles and adjectives stand from token start to end (« du », « des
    vives »)."""
    return all(doc[j].lower_ in DE or is_determiner(doc[j]) or doc[j].pos_ == "ADJ" for j in range(start, end))


def _faced_in_opening(view: SentenceView, cue: Token, after: int) -> bool:
    """The noun is what an opening phrase says the sentence's subject faced or had despite
    itself: « Malgré les critiques de Y, X ... », « Face aux attaques de Y, X ... » (``facing_opening``);
    articles and adjectives only between them, and no other party after its source (token
    ``after``) in the phrase (not « Malgré les critiques de Y contre Z, X ... »)."""
    doc, first = view.doc, view.sent.start
    if any(j in view.at for j in range(after, phrase_end(view, after))):
        return False
    for phrase in FACING_OPENINGS:
        k = first + len(phrase)
        if cue.i > k - 1 and all(doc[first + n].lower_.replace("’", "'") == w for n, w in enumerate(phrase)):
            return _articles_only(doc, k, cue.i)
    return False


#: Phrases that open a sentence with what its subject faced (« malgré », « face à », « sous »), as words.
FACING_OPENINGS = tuple(sorted((tuple(p.replace("'", "' ").split()) for p in function_words("facing_opening")), key=len, reverse=True))


def _in_verbless_opening(view: SentenceView, cue: Token) -> bool:
    """The noun stands in a phrase that opens the sentence with no verb and names no party
    before it (« Candidat à l'élection de 2012 avec le soutien de Y, X ... »): a description of
    the subject that follows it."""
    doc = view.doc
    return all(doc[j].pos_ not in ("VERB", "AUX") and (j not in view.at or view.at[j].kind not in PARTIES) for j in range(view.sent.start, cue.i))


def with_noun(view: SentenceView, cue: Token, start: int) -> bool:
    """« avec le soutien de Y »: the noun, after « avec » and its determiner, is what the subject
    of the clause had."""
    j = cue.i - 1
    doc = view.doc
    while j > start and (doc[j].pos_ == "ADJ" or is_determiner(doc[j])) and j not in view.at:
        j -= 1
    return j >= start and j < cue.i - 1 and doc[j].lower_ == "avec"


def owner_banned_from(view: SentenceView, cue: Token, targets: list[Slot], subjects: list[Slot]) -> Optional[list[Slot]]:
    """« Après son exclusion du parti P, X fonde ... », « X crée un mouvement après son exclusion
    du parti P »: a possessive before a ban noun whose « de » names an organisation right after
    it; the owner is the person subject of the clause, else the one the resolver placed the
    possessive on, else the subject after the opening phrase ([] where none is known); None
    where the noun is not so built."""
    doc = view.doc
    j = before_qualifiers(view, cue.i)
    if not is_possessive_determiner(doc[j]) or not targets or any(t.kind is not EntityKind.ORGANISATION for t in targets):
        return None
    if targets[0].start > cue.i + 3:
        return None  # « son exclusion du parti P »: the organisation right after the noun
    placed = [s for s in [view.at.get(j)] if s is not None and s.cluster]  # « a réagi X après son exclusion du parti P »: « son », placed on X
    owners = subjects or placed or expand(subject_after(view, phrase_end(view, targets[-1].end)))
    return [o for o in owners if o.kind is EntityKind.PERSON]


#: Verbs that end a sanction noun they govern (« mettre fin au blocage », « lever la suspension »).
LIFTING_VERBS = function_words("lifting_verb")
#: The last words of the lifting locutions (« mettre fin »: « fin »), before the « à » of the noun.
LIFTING_ENDS = frozenset(verb.split()[-1] for verb in LIFTING_VERBS if " " in verb)


#: Verbs that take back a support noun they govern (« retirer l'investiture de X »), by lemma.
WITHDRAWING_VERBS = function_words("withdrawing_verb")


def withdrawn(view: SentenceView, cue: Token, start: int) -> bool:
    """The support noun is taken back: « le parti a retiré l'investiture de X », « a suspendu
    son soutien à Y »."""
    return governing_verb(view, cue, start) in WITHDRAWING_VERBS


def lifted(view: SentenceView, cue: Token, start: int) -> bool:
    """The sanction noun is what is ended: « mettre fin à » right before it (past its article and
    adjectives), or « lever » governing it."""
    doc = view.doc
    j = cue.i - 1
    while j > start and (doc[j].pos_ in ("DET", "ADJ")) and j not in view.at:
        j -= 1
    if j > start and doc[j].lower_ in ("à", "au", "aux") and doc[j - 1].lower_ in LIFTING_ENDS:
        return True  # « a mis fin au blocage »: the last word of a lifting locution
    return governing_verb(view, cue, start) in LIFTING_VERBS


def ends_a_sanction(view: SentenceView, i: int, end: int) -> bool:
    """The words from token i (past « à », articles and adjectives) open a sanction noun
    (« au blocage de X »): what a lifting verb ends, no party of its own."""
    doc = view.doc
    i = past_adjuncts(view, i, end)  # « a suspendu en référé l'expulsion de X »
    while i < end and (doc[i].lower_ in ("à", "au", "aux") or doc[i].pos_ in ("DET", "ADJ")) and i not in view.at:
        i += 1
    return i < end and doc[i].lemma_.lower() in UNDERGONE_NOUNS


def _joined_dative(view: SentenceView, found: list[Slot], k: int, end: int) -> tuple[list[Slot], int]:
    """The dative joined by « et » at token k (« à »), before the noun at ``end``: its party
    added to ``found``, or its common noun passed (« à ses proches »); with where it ends."""
    doc = view.doc
    more = complement(view, k, end, Argument.A.words, gap=0)
    if more:
        return found + more, _past_apposition(doc, more[-1].end, end)
    j = k + 1
    while j < end and j not in view.at and doc[j].pos_ in ("DET", "NOUN", "ADJ"):
        j += 1
    return found, j


def _joined_dative_start(view: SentenceView, j: int, start: int) -> Optional[int]:
    """Where « et » stands before « à » and the dative that ends at token j, itself joined to a
    party before it (« à M. X et à ses proches », « à M. X et à Mme Y »); None elsewhere."""
    doc = view.doc
    k = j
    while k > start and j - k < 8 and (k in view.at or doc[k].pos_ in ("DET", "NOUN", "ADJ") or doc[k].lower_ in DE) and doc[k].lower_ not in Argument.A.words:
        k -= 1  # « à X et aux équipes du Château de Y »
    if k == j or k - 2 <= start or doc[k].lower_ not in Argument.A.words or doc[k - 1].lower_ != "et" or k - 2 not in view.at:
        return None
    return k - 1


def _verb_then_adverbial(doc: Doc, k: int, start: int) -> bool:
    """A verb, then an adverbial phrase (``short_adverbial``) that ends right before token k
    (« exprime de nouveau à Y sa solidarité »)."""
    first = adverbial_before(doc, k, start + 1)
    return first < k and doc[first - 1].pos_ in ("VERB", "ADV")


def _verb_then_dates(doc: Doc, k: int, start: int) -> bool:
    """A verb, then words of a date that end right before token k (« a infligé mercredi à Y
    une amende », « a infligé le 3 mai à Y une amende »)."""
    j = k - 1
    while j > start and (is_date_word(doc[j]) or doc[j].like_num or doc[j].lower_ == "le"):
        j -= 1
    return j < k - 1 and doc[j].pos_ == "VERB"


def _faire_part(doc: Doc, j: int) -> bool:
    """Token j is « part » in « faire part (à Y) de »: the locution tells what one expresses."""
    return j > 0 and doc[j].lower_ == "part" and doc[j - 1].lemma_ == "faire"


def _dative_before(view: SentenceView, cue: Token, start: int) -> list[Slot]:
    """« a infligé à Pixelia une lourde amende », « a apporté à X tout son soutien »: the party after
    « à » right after the support verb, before the noun it governs."""
    doc = view.doc
    for k in range(start + 1, cue.i):
        part = _faire_part(doc, k - 1)  # « a fait part à Y de sa solidarité »
        if doc[k].lower_ in Argument.A.words and (doc[k - 1].pos_ in ("VERB", "ADV") or part or _verb_then_adverbial(doc, k, start) or _verb_then_dates(doc, k, start)):
            against = k + 3 if k + 3 < cue.i and doc[k + 2].lower_ == "encontre" and doc[k + 3].lower_ in DE else k  # « à l'encontre de Y »
            found = complement(view, k, cue.i, Argument.A.words, gap=0) or parties_after_articles(view, against + 1, cue.i, past_roles=True)
            if not found:
                continue  # « tient à adresser à Y ses félicitations »: the « à » of the infinitive, then the dative
            rest = _past_apposition(doc, found[-1].end, cue.i)
            if rest + 1 < cue.i and doc[rest].lower_ == "et" and doc[rest + 1].lower_ in Argument.A.words:
                found, rest = _joined_dative(view, found, rest + 1, cue.i)  # « à M. X et à ses proches toute leur solidarité »
            if part and rest < cue.i and doc[rest].lower_ in DE:
                rest += 1
            # « tout le soutien », « tout son soutien »: « tout » the tagger may read as a pronoun
            return found if all(t.pos_ in ("DET", "ADJ", "ADV") or t.is_punct or t.lemma_.lower() == "tout" or t.lower_ in ("des", "du") or repeated_determiner(doc, t.i) for t in doc[rest : cue.i]) else []  # « des griefs »: the article the tagger reads as « de les »
    return []


#: Verbs by which one arranges a meeting for others (« organiser », « arranger »), by lemma.
ARRANGING_VERBS = function_words("arranging_verb")


def _arranged_for(view: SentenceView, cue: Token, start: int, end: int) -> list[Slot]:
    """« X a organisé pour Y des rencontres avec Z », « ... avec Z pour Y »: the parties after
    « pour » in the clause of a verb that arranges the meeting noun; else none."""
    doc = view.doc
    verb = next((doc[k] for k in range(cue.i - 1, start - 1, -1) if doc[k].pos_ == "VERB"), None)
    if verb is None or verb_lemma(verb) not in ARRANGING_VERBS:
        return []  # the nearest verb before the noun; a party after « pour » may stand between them
    for p in range(start, end):
        if doc[p].lower_ == "pour" and p != cue.i - 1:
            found = parties_after_articles(view, p + 1, end, past_roles=True)
            if found:
                return expand(found)
    return []


def _dative_of(view: SentenceView, cue: Token, start: int, lemma: str) -> list[Slot]:
    """« ses propos lui ont valu les critiques de Y », « ce tweet a valu à X les foudres de Y »:
    the party a dative pronoun right before the verb (``lemma``) governing the noun stands for,
    or the one after its « à »; else none."""
    doc = view.doc
    verb = next((doc[k] for k in range(cue.i - 1, start - 1, -1) if doc[k].pos_ in ("VERB", "AUX") and verb_lemma(doc[k]) == lemma), None)
    if verb is None:
        return []
    k = dative_clitic(view, verb, start)
    slot = view.at.get(k) if k is not None else None
    return [slot] if slot is not None and slot.kind in PARTIES else _dative_before(view, cue, start)


def _dative_clitic_of(view: SentenceView, cue: Token, start: int) -> list[Slot]:
    """« qui lui a promis son soutien », « il leur a renouvelé son appui »: the party a dative pronoun
    before the verb that governs the noun (its possessive between) stands for; else none."""
    doc, k = view.doc, before_qualifiers(view, cue.i) - 1
    if k <= start or doc[k].pos_ != "VERB":
        return []
    clitic = dative_clitic(view, doc[k], start)
    slot = view.at.get(clitic) if clitic is not None else None
    return [slot] if slot is not None and slot.kind in PARTIES else []


def _apposition_opening(view: SentenceView, j: int, start: int) -> Optional[int]:
    """Token j is the comma that closes an apposition to a party named after « à » (« à X, le
    réseau social de Y, »): the comma that opens it; else None."""
    doc = view.doc
    if doc[j].text != ",":
        return None
    for k in range(j - 1, max(start, j - 1 - APPOSITION_WORDS), -1):
        if doc[k].pos_ in ("VERB", "AUX"):
            return None
        if doc[k].text == ",":
            slot = view.at.get(k - 1)
            return k if slot is not None and slot.start - 1 > start and doc[slot.start - 1].lower_ in Argument.A.words else None
    return None


#: How many words an apposition set off by commas may have between a party and what follows it.
APPOSITION_WORDS = 10


def _past_apposition(doc: Doc, j: int, end: int) -> int:
    """Past an apposition between commas that holds no verb (« à X, le réseau social de Y, une
    amende »), before token ``end``; j where there is none."""
    if j >= end or doc[j].text != ",":
        return j
    for k in range(j + 1, min(j + 1 + APPOSITION_WORDS, end)):
        if doc[k].pos_ in ("VERB", "AUX"):
            return j
        if doc[k].text == ",":
            return k + 1
    return j


def supported(view: SentenceView, cue: Token, start: int) -> bool:
    """The noun is the object of a support verb (« a annoncé la suspension », « a apporté son
    soutien », « a procédé au blocage »)."""
    return governing_verb(view, cue, start) in support_verbs()


def infinitive_of_form(token: Token) -> str:
    """The infinitive of a verb's form the tagger read as a noun: the present or the participle
    of a verb in -er or -ir (« vote »: « voter », « annoncé »: « annoncer », « durci »: « durcir »)."""
    form = token.lower_
    return form[:-1] + "er" if form.endswith("é") else infinitive_in_er(form)


def _present_read_as_name(token: Token) -> bool:
    """A lower-case present of a verb of receiving the tagger took for a part of the name before
    it (« X essuie les critiques de Y »: « essuie » read as the last word of « X »)."""
    return token.pos_ == "PROPN" and token.is_lower and token.lower_.endswith("e") and infinitive_in_er(token.lower_) in receiving_verbs()


def _mistagged_root(token: Token) -> bool:
    """A verb that the tagger took for a preposition (or, as the sentence's root, for an
    adjective) while lemmatising it as a verb (« X multiplie ses soutiens à Y »: « multiplie »
    ADP, lemma « multiplier »), or a support verb taken for the noun at the root."""
    if token.pos_ == "NOUN" and token.dep_ == "ROOT" and token.lower_.endswith("e") and infinitive_of_form(token) in support_verbs():
        # « Le parti vote l'exclusion de X », « acte la suspension »: a support verb in the
        # present read as a noun, with a subject of its own
        return any(child.dep_.startswith("nsubj") for child in token.children)
    if token.pos_ == "NOUN" and token.dep_ == "ROOT" and token.lower_.endswith(("é", "i")) and infinitive_of_form(token) in support_verbs():
        # « Le Conseil a de nouveau durci les sanctions »: a participle read as a noun after its auxiliary
        return any(child.dep_ == "aux:tense" for child in token.children)
    if token.lemma_.lower() == token.lower_ or token.lemma_[-2:] not in ("er", "ir", "re"):
        return False
    return token.pos_ == "ADP" or (token.dep_ == "ROOT" and token.pos_ in ("ADJ", "ADV"))


def _support_read_as_adjective(token: Token) -> bool:
    """A support verb in the present the tagger read as an adjective right after its subject
    pronoun (« Je manifeste le même soutien à Y »: « manifeste »)."""
    return token.pos_ == "ADJ" and token.i > 0 and token.doc[token.i - 1].lower_ in SUBJECT_CLITICS and infinitive_of_form(token) in support_verbs()


def _support_verb_after_party(view: SentenceView, j: int) -> bool:
    """« Le bureau du parti P vote l'exclusion de X »: a support verb in the present, right after
    the party that is its subject, which the tagger read as a noun qualifying the name."""
    word = view.doc[j].lower_
    return word.endswith("e") and infinitive_in_er(word) in support_verbs() and j - 1 in view.at and view.at[j - 1].end == j


#: Verbs whose subject, a measure, is aimed at their object (« les sanctions visent X »).
AIMING_VERBS = function_words("aiming_verb")


def _aimed_by_its_verb(view: SentenceView, cue: Token, spec: Cue) -> list[Slot]:
    """The object of the verb of ``aiming_verb`` whose subject the noun is in the parse, after it
    in its sentence (« les sanctions prises par X visent Y », « les critiques de X ciblent Y »);
    none for a meeting."""
    verb = cue.head
    if spec.relation is RelationType.MET or cue.dep_ != "nsubj" or not cue.i < verb.i < view.sent.end or verb.pos_ != "VERB" or verb.lemma_.lower() not in AIMING_VERBS:
        return []
    if is_negated(verb, view.sent) or is_uncertain(verb, view.sent):
        return []  # « les critiques de X ne visent pas Y », « pourraient viser Y »: none told
    return direct_object(view, verb.i + 1, view.clause(verb.i)[1])


@kept_per_view
def governing_verb(view: SentenceView, cue: Token, start: int) -> str:
    """The lemma of the verb whose object the noun is (« fait l'objet de »: « objet »), or "":
    the verb nearest before it in its clause, with no party and no other noun in between (« a
    annoncé la levée de l'interdiction »: the verb governs « la levée », not the ban)."""
    doc = view.doc
    coordinated = False  # « a annoncé l'envoi de gendarmes ainsi que l'interdiction de X »
    topic = False
    j = cue.i
    while j > start:
        j -= 1
        medium = _medium_start(view, j, start)
        if medium is not None:
            j = medium  # « a posté sur son profil Twitter un mot de soutien à X »: where it wrote
            continue
        incise = adjunct_incise_start(view, j, start, INCISE_WORDS)
        if incise is not None:
            j = incise  # « a réaffirmé, lors d'un échange avec Y, son soutien à Z »: when, with whom
            continue
        joined = _joined_dative_start(view, j, start)
        if joined is not None:
            j = joined  # « exprime à M. X et à ses proches toute sa solidarité »: back to the first dative
            continue
        if doc[j].pos_ == "NOUN" and j - 2 >= start and doc[j - 1].pos_ == "DET" and doc[j - 2].lower_ in TIME_PREPOSITIONS:
            j -= 2  # « apporte dès la primaire son soutien à X »: when, then the noun's verb
            continue
        if (doc[j].like_num or is_date_word(doc[j]) or doc[j].lower_ in time_nouns()) and j - 1 >= start and doc[j - 1].lower_ in TIME_PREPOSITIONS:
            j -= 1  # « a engagé depuis 2008 plusieurs procédures contre X », « est visée depuis lundi par une enquête »: since when, then the noun's verb
            continue
        opening = _apposition_opening(view, j, start)
        if opening is not None:
            j = opening  # « a infligé à X, le réseau social de Y, une amende »: past the apposition to X
            continue
        if doc[j].lower_ == "encontre" and j - 2 >= start and doc[j - 2].lower_ == "à":
            j -= 2  # « a prononcé à son encontre une censure »: at whom, then the noun's verb
            continue
        adverbial = adverbial_before(doc, j + 1, start, longest=3)
        if adverbial <= j:
            j = adverbial  # « a voté à l'unanimité l'exclusion de X »: how, then the noun's verb
            continue
        if j in view.at and not is_possessive(view.at[j]):
            first = _group_start(view, view.at[j], start)  # « a infligé à A et B des amendes »: the first of them
            described = role_start(view, view.at[first], start)  # « a infligé à la société Pixelia », « au ministre X »
            dative = described if described < first and doc[described].lower_ in ("au", "aux") else described - 1
            while dative > start and is_determiner(doc[dative]) and dative not in view.at:
                dative -= 1  # « a apporté à l'Ukraine tout son soutien »
            if dative - 3 > start and doc[dative].lower_ in DE and doc[dative - 1].lower_ == "encontre" and doc[dative - 3].lower_ == "à":
                dative -= 3  # « a prononcé à l'encontre de Pixelia une sanction »: as « à Pixelia »
            if dative > start and doc[dative].lower_ in Argument.A.words and (doc[dative - 1].pos_ in ("VERB", "ADV") or _faire_part(doc, dative - 1) or _verb_then_adverbial(doc, dative, start) or _verb_then_dates(doc, dative, start)):
                j = dative  # « a infligé à Pixelia une amende », « a infligé mercredi à Pixelia une amende »: the dative, then the verb
                continue
            return ""  # a party in between; « a exprimé son soutien »: the owner is no party here
        if _faire_part(doc, j):
            return "faire"  # « a fait part à Y de sa solidarité »
        mistagged = (doc[j].pos_ == "NOUN" and (_mistagged_root(doc[j]) or _support_verb_after_party(view, j))) or _present_read_as_name(doc[j]) or _support_read_as_adjective(doc[j])
        owning = doc[j].pos_ == "AUX" and doc[j].lemma_ == "avoir" and j + 1 < cue.i and (doc[j + 1].pos_ == "DET" or (doc[j + 1].lower_ in ("lui", "elle", "eux") and doc[j + 2].pos_ == "DET"))  # « X a le soutien de Y », « X avait lui le soutien de Y »: « avoir », no auxiliary
        if doc[j].pos_ == "VERB" or doc[j].lower_ in receiving_verbs() or owning or mistagged or _mistagged_root(doc[j]):  # the nouns « fait l'objet de », « est la cible de » too
            if verb_lemma(doc[j]) in support_verbs() and made_to_undergo(view, doc[j]):
                return UNDERGOING  # « X s'est vu infliger une exclusion du parti P »: X undergoes it
            lemma = infinitive_of_form(doc[j]) if mistagged else verb_lemma(doc[j])
            return "" if topic and lemma in WRITING_VERBS else lemma
        if doc[j].pos_ == "ADP" and doc[j].lower_ in TOPIC_PREPOSITIONS:
            return ""  # « X a réagi après l'exclusion de Y »
        topic = topic or doc[j].lower_ == "sur"  # « X a écrit sur la suspension de Y »: what it wrote about, not what it wrote
        if doc[j].lower_ in ("et", "que") and not coordinated and all(t.pos_ in ("DET", "ADJ") for t in doc[j + 1 : cue.i]):
            coordinated = doc[j].lower_ == "et" or (j > start and doc[j - 1].lower_ == "ainsi")
            if coordinated:
                continue
        if doc[j].pos_ == "NOUN" and not is_date_word(doc[j]) and doc[j].lower_ not in time_nouns() and doc[j].lemma_.lower() not in time_nouns():
            if j - 2 >= start and " ".join(t.lower_ for t in doc[j - 2 : j + 1]) in LAUNCHING_NOUNS:
                j -= 2  # « a décidé la mise en place de sanctions contre X »
                continue
            if coordinated or doc[j].lower_ in modality_words().get("intent", ()) or doc[j].lemma_.lower() in LAUNCHING_NOUNS:
                continue  # the first conjunct, « la possibilité d'une interdiction », « l'ouverture d'une enquête »
            if doc[j].lemma_.lower() in modality_words().get("uncertain", ()) and doc[j + 1].lower_ in DE:
                continue  # « évoque le soupçon d'un financement de Y »: the verb that tells of it
            if doc[j].lemma_.lower() in CARRIER_NOUNS | VOLLEY_NOUNS and doc[j + 1].lower_ in DE:
                continue  # « a envoyé un message de soutien à X », « a essuyé une pluie de critiques de Y »
            if doc[j].lemma_.lower() in DECISION_NOUNS and j + 2 == cue.i and doc[j + 1].lower_ in DE:
                continue  # « a signé le décret de dissolution de X »: the act that makes it
            return ""
    return ""


#: What :func:`governing_verb` gives for a verb the subject undergoes after « se voir » (« s'est
#: vu imposer »): a verb of undergoing, as « subir ».
UNDERGOING = "subir"


#: How many words an incise may have between a verb and the relation noun it governs.
INCISE_WORDS = 24


#: Prepositions of a time phrase between a verb and the relation noun it governs (« dès la primaire »).
TIME_PREPOSITIONS = function_words("time_preposition")


def _medium_start(view: SentenceView, j: int, start: int) -> Optional[int]:
    """Where a phrase of the medium one writes on begins (its « sur »), when token j ends one:
    « sur son compte Twitter », « sur X », « sur son blog »; else None."""
    doc = view.doc
    if j not in view.at and doc[j].lower_ not in MEDIUM_NOUNS:
        return None  # the cheap first test: a medium phrase ends with its noun or its name
    k, named = j, False
    while k > start and j - k < 4 and doc[k].lower_ != "sur":
        slot = view.at.get(k)
        if slot is not None and slot.kind is EntityKind.ORGANISATION and not is_possessive(slot):
            named, k = True, slot.start - 1
        elif doc[k].lower_ in MEDIUM_NOUNS or is_determiner(doc[k]) or is_possessive_determiner(doc[k]):
            named, k = named or doc[k].lower_ in MEDIUM_NOUNS, k - 1
        else:
            return None
    return k if doc[k].lower_ == "sur" and named and k < j else None


@lru_cache(maxsize=1)
def request_verbs() -> frozenset[str]:
    """Verbs that ask for, threaten or consider what a noun tells (``request_verbs.txt``)."""
    return frozenset(w.lower() for w in read_lines("request_verbs.txt"))


def requested(view: SentenceView, cue: Token, start: int) -> bool:
    """The noun is the object of a verb of asking or considering (« réclame l'interdiction de X »),
    or a participle of asking set off after it says so (« son expulsion, demandée par Y »)."""
    if governing_verb(view, cue, start) in request_verbs():
        # not « L'ordre du jour appelle l'audition de Y », nor « a évoqué les conversations qu'a
        # eues X avec Y », talks held, which a relative tells
        if _during_noun(view, cue):
            return False  # « X a été évoqué lors d'un entretien entre A et B »: a talk held, where something was said
        return not _on_the_agenda(view, cue, start) and _held_in_relative(view, _past_adjectives(view, cue.i + 1, view.sent.end), Argument.AVEC.words) is None
    participle, agents = _apposed_participle_agent(view, cue.i + 1, view.sent.end)
    return bool(agents) and participle is not None and participle.lemma_.lower() in request_verbs()


def _during_noun(view: SentenceView, cue: Token) -> bool:
    """The noun stands after « lors de », « pendant », « au cours de » (past its article and adjectives)."""
    j = cue.i - 1
    while j > view.sent.start and view.doc[j].pos_ == "ADJ" and j not in view.at:
        j -= 1
    if is_determiner(view.doc[j]):
        j -= 1
    return during(view.doc, j, view.sent.start)


#: Nouns of a sanction or an inquiry that asking for against someone is blaming them (« réclame
#: une enquête sur Y »), by lemma.
BLAME_NOUNS = function_words("blame_noun")
#: Verbs of asking for or threatening such a sanction (« exige des poursuites contre Y »), by lemma.
BLAMING_REQUESTS = function_words("blaming_request")


def blaming_request(view: SentenceView, cue: Token, spec: Cue, start: int) -> Optional[Token]:
    """The verb that asks for or threatens a criticism noun of a sanction or an inquiry, whose
    subject blames the target as surely as it asks: « X réclame une enquête sur Y », « X exige des
    poursuites contre Y » (not « X réclame l'interdiction de Y », a ban only asked for); else None."""
    if spec.relation is not RelationType.CRITICISED or spec.lemma not in BLAME_NOUNS or governing_verb(view, cue, start) not in BLAMING_REQUESTS:
        return None
    return next((view.doc[j] for j in range(cue.i - 1, start - 1, -1) if view.doc[j].pos_ == "VERB" and verb_lemma(view.doc[j]) in BLAMING_REQUESTS), None)


#: How many words of time may stand between an apposed participle and its « par ».
PARTICIPLE_AGENT_GAP = 4


def _apposed_participle_agent(view: SentenceView, after: int, end: int) -> tuple[Optional[Token], list[Slot]]:
    """« son expulsion, demandée dimanche par Y »: a past participle of deciding or asking
    (``support_verbs.txt``, ``request_verbs.txt``) set off by a comma right after the noun, and
    the agent its « par » names (with dates or adverbs between), else nothing; not « son
    exclusion, critiquée par Y », where Y only judges it."""
    doc = view.doc
    if after + 1 >= end or doc[after].text != "," or not is_past_participle(doc[after + 1]):
        return None, []
    if doc[after + 1].lemma_.lower() not in support_verbs() | request_verbs():
        return None, []
    participle = doc[after + 1]
    k = after + 2
    while k < min(end, after + 2 + PARTICIPLE_AGENT_GAP) and k not in view.at and doc[k].lower_ != "par":
        if not (doc[k].pos_ == "ADV" or is_date_word(doc[k])):
            return None, []
        k += 1
    return participle, complement(view, k, end, ("par",), gap=0) if k < end and doc[k].lower_ == "par" else []


#: Verbs of appointing whose passive links a role noun to the one appointed (« est nommée
#: porte-parole de Y »).
NAMING_VERBS = function_words("naming_verb")


#: Nouns for one who undergoes what their « de » names (« X, objet des critiques de Y »): X is criticised.
UNDERGOER_NOUNS = function_words("undergoer_noun")


def describes(view: SentenceView, cue: Token, start: int) -> Optional[int]:
    """Where a noun for a person links to the one it describes: the comma of an apposition
    (« X, un ancien critique de Y ») or « être », « devenir », « rester » (« X est un fervent
    partisan de Y »); None where it describes no one."""
    doc = view.doc
    j = cue.i - 1
    if j >= start and j not in view.at and doc[j].pos_ == "NOUN":
        j -= 1  # « un fervent partisan »: the tagger's noun for an adjective before the cue
    while j >= start and j not in view.at and doc[j].lower_ not in UNDERGOER_NOUNS and (
        doc[j].pos_ in ("DET", "ADJ", "ADV", "NUM", "PRON")
        or doc[j].lower_ in DE
        or doc[j].lower_ in ("un", "une", "l'un", "l’un")
        or _time_phrase_word(doc[j])  # « devient dans les années 2010 donateur de Y »
    ):
        j -= 1
    if j < start:
        return j if j >= view.sent.start and doc[j].text == "," and j - 1 in view.at else None
    if doc[j].text == "," and j - 1 in view.at:
        return j
    if doc[j].text == "," or doc[j].lower_ == "et":
        bare = all(t.pos_ != "DET" for t in doc[j + 1 : cue.i])  # « et soutien de Y », not « et un soutien »
        return _attribute_list(view, j, start, bare)
    if verb_lemma(doc[j]) in COPULAS and doc[j].pos_ in ("AUX", "VERB"):
        return j  # « reste », which the tagger may leave unlemmatised
    if doc[j].pos_ == "VERB" and verb_lemma(doc[j]) in NAMING_VERBS and j > start and doc[j - 1].lemma_ == "être":
        return j  # « elle est nommée porte-parole de Y »: named to the role
    if doc[j].pos_ in ("AUX", "VERB") and verb_lemma(doc[j]) in SELF_DESCRIBING and reflexive(doc, doc[j]):
        return j  # « X s'est dit favorable à Y », « X s'est montré critique envers Y »
    return membership_verb(view, j, start) or _comme_verb(view, j, start)


def described_one(view: SentenceView, link: int, subjects: list[Slot], plural: bool = False) -> list[Slot]:
    """The one a noun for a person describes, from the link :func:`describes` found: the mention
    before the comma of an apposition (« Z a reçu X, un critique de Y »: X; a plural noun, the
    list it closes: « X et Y, critiques envers Z »), else the subjects before « être » or the
    verb that links them."""
    if view.doc[link].text == "," and link - 1 in view.at:
        before = view.at[link - 1]
        if before.kind is not EntityKind.PERSON and _complement_of_noun(view, before):
            return []
        return expand(antecedent_group(view, before, plural) if plural else [before])
    return [s for s in subjects if s.end <= link]


def _verb_follows(view: SentenceView, k: int) -> bool:
    """A finite verb comes right after the noun phrase ending before token k (adverbs aside): the
    phrase is that verb's subject, and the comma before it closed something else."""
    doc = view.doc
    while k < view.sent.end and doc[k].pos_ == "ADV":
        k += 1
    return k < view.sent.end and doc[k].pos_ in ("AUX", "VERB") and "Fin" in doc[k].morph.get("VerbForm")


def _complement_of_noun(view: SentenceView, slot: Slot) -> bool:
    """« le patron de Pixelia et Zorbly, soutien de Y »: the organisation before the comma completes
    a common noun, which the apposition describes; it is not the one described (a person there is:
    « les courriels de X, directeur de campagne de Y »)."""
    doc, k = view.doc, slot.start - 1
    while k > view.sent.start and (k in view.at or doc[k].lower_ in ("et", "ou") or doc[k].pos_ == "PROPN"):
        k -= 1
    if k > view.sent.start and is_determiner(doc[k]) and doc[k - 1].lower_ in DE:
        k -= 1  # « de la »
    return k > view.sent.start and doc[k].lower_ in DE and doc[k - 1].pos_ == "NOUN" and k - 1 not in view.at


def _resumed_before(view: SentenceView, cue: Token) -> list[Slot]:
    """« X a qualifié Y de menteur, des propos qui ont suscité les critiques de Z »: the subject of
    the clause that the noun of words before the verb governing the cue sums up (X), or []."""
    k = cue.i - 1
    while k > view.sent.start and is_determiner(view.doc[k]) and k not in view.at:
        k -= 1
    return resumed_author(view, view.doc[k]) if k < cue.i - 1 and view.doc[k].pos_ == "VERB" else []


def _giver_clitic(view: SentenceView, cue: Token, start: int) -> Optional[Slot]:
    """The « en » before a verb of receiving that governs the noun (« en a reçu le soutien », « en a
    obtenu l'investiture »): the resolver places it on the organisation that gives, or None."""
    doc, j = view.doc, cue.i - 1
    if j > start and is_determiner(doc[j]):
        j -= 1
    if j <= start or verb_lemma(doc[j]) not in receiving_verbs():
        return None
    j -= 1
    while j > start and doc[j].pos_ == "AUX":
        j -= 1
    slot = view.at.get(j)
    return slot if slot is not None and is_left_clitic(slot) else None


def _own_means(view: SentenceView, cue: Token) -> bool:
    """« X a choqué l'Europe avec son soutien au parti P », « X s'est distingué par ses attaques
    contre Y »: the subject's own act, by which it did what the verb says (a possessive right
    before the noun, « avec » or « par » before it)."""
    j = cue.i - 1
    return j - 1 > view.sent.start and is_possessive_determiner(view.doc[j]) and view.doc[j - 1].lower_ in ("avec", "par")


def _bare_after_en(view: SentenceView, cue: Token) -> bool:
    """« X intervient en soutien à Y », « en réaction aux critiques de Y »: a bare noun after
    « en » says what the subject's act is; its source is the subject."""
    j = cue.i - 1
    return j > view.sent.start and view.doc[j].lower_ == "en" and j not in view.at


def _time_phrase_word(token: Token) -> bool:
    """A word of a phrase of time between « être » or « devenir » and a noun (« dans les années
    2010 », « en 2015 »): a date word, a noun of time, or the preposition that opens one."""
    return is_date_word(token) or token.lemma_.lower() in time_nouns() or (token.lower_ in ("dans", "en", "dès", "depuis") and token.pos_ == "ADP")


#: Reflexive verbs by which the subject describes itself (« se dire », « se montrer »).
SELF_DESCRIBING = function_words("self_describing")


#: Verbs that describe their subject as what follows « comme » (« se présente comme un opposant à Y »).
AS_VERBS = function_words("as_verb")


def _comme_verb(view: SentenceView, j: int, start: int) -> Optional[int]:
    """Token j is the « comme » of a verb that describes its subject (« X se présente comme un
    opposant à Y », « X est considéré comme un fervent soutien de Y »): the verb's position, else None."""
    doc = view.doc
    k = verb_before(view, j, start) if doc[j].lower_ == "comme" else None
    if k is None or verb_lemma(doc[k]) not in AS_VERBS:
        return None
    # « ne se présente pas comme », « serait considéré comme »: the noun's own words do not tell it
    return None if is_negated(doc[k], view.sent) or is_uncertain(doc[k], view.sent) else k


#: How far back a list of attributes may reach for its « être » (« X était l'un des
#: contributeurs du site Y, une figure de Z et un grand soutien de W »).
ATTRIBUTES_REACH = 25


def _attribute_list(view: SentenceView, j: int, start: int, bare: bool) -> Optional[int]:
    """The « être » of a list of attributes whose last is the noun (token j is the « , » or
    « et » before it), or the comma after the person they describe in apposition: only nouns,
    their complements and names stand back to it (for an apposition, the noun is ``bare``,
    without a determiner: « et un soutien de Y » may be someone else); else None."""
    doc = view.doc
    for k in range(j - 1, max(view.sent.start, j - ATTRIBUTES_REACH) - 1, -1):
        token = doc[k]
        if bare and token.text == "," and k < j and k - 1 in view.at and view.at[k - 1].kind is EntityKind.PERSON:
            return k  # « X, ancienne rédactrice de Libération et soutien de Y »: an apposition
        if k < start:
            return None
        if token.pos_ in ("VERB", "AUX"):
            return k if token.lemma_.lower() in COPULAS and k < j - 1 else None
        if token.text in (";", ":", "(", ")", "«", "»", '"') or token.lower_ in ("qui", "que", "qu'", "dont"):
            return None
    return None


def _modifiers(view: SentenceView, after: int, end: int) -> int:
    """How many adjectives and « et » right after a noun (« un soutien politique et financier »),
    or words of a sum or a duration (« une amende de 3 millions d'euros », « un entretien d'une
    heure »), its complement may stand past,
    beyond the usual gap."""
    n = 0
    while after + n < end and after + n not in view.at and (
        view.doc[after + n].pos_ in ("ADJ", "CCONJ") or view.doc[after + n].lower_ in RECORD_WORDS or _modifier_mistagged(view.doc[after + n], after) or _adjective_after_comma(view, after + n, end, n)
    ):
        n += 1  # « une sanction financière record de 12 millions d'euros », « un échange franc, direct et rapide avec Y »
    amount = _amount(view, after + n, end)
    return n + amount if amount else n if n > 1 else 0


def _adjective_after_comma(view: SentenceView, k: int, end: int, n: int) -> bool:
    """A comma at token k between two adjectives of the noun (« un échange franc, direct et
    rapide »): past at least one of them, before another."""
    return n > 0 and view.doc[k].text == "," and k + 1 < end and k + 1 not in view.at and view.doc[k + 1].pos_ == "ADJ"


def _modifier_mistagged(token: Token, after: int) -> bool:
    """Whether a word the tagger read as an adverb or a verb modifies the noun before ``after``
    all the same, or is joined to such a word (« son soutien fort et constant à Y », where « fort »
    is read as an adverb and « constant » as a verb)."""
    if token.pos_ not in ("ADV", "VERB") or not token.is_lower:
        return False
    return (token.dep_ == "amod" and token.head.i == after - 1) or (token.dep_ == "conj" and after <= token.head.i < token.i)


#: Nouns used as adjectives of a sum after the noun (« une amende record »).
RECORD_WORDS = function_words("record_word")


def _bare_complement(view: SentenceView, after: int, end: int) -> int:
    """2 where a bare noun after « de » qualifies the noun before its « de X » (« les menaces de
    sanction de X contre Y », « le soutien de poids de X »), else 0."""
    doc = view.doc
    if after + 2 < end and doc[after].lower_ in DE and doc[after + 1].pos_ == "NOUN" and after + 1 not in view.at:
        if doc[after + 2].lower_ in DE:
            return 2
    return 0


def _past_adjectives(view: SentenceView, after: int, end: int) -> int:
    """Past the adverbs and adjectives right after a noun (« la rencontre très attendue de X »),
    three words at most."""
    doc, k = view.doc, after
    while k < end and k - after < 3 and k not in view.at and doc[k].pos_ in ("ADV", "ADJ"):
        k += 1
    return k


def _past_kind(view: SentenceView, after: int, end: int, words: tuple[str, ...]) -> int:
    """Past a bare « de » noun that says what kind the noun is, and the adverbs and adjectives
    after it, to the noun's own preposition (« un déjeuner de travail très convivial avec Y »,
    « une visite d'État en France »); ``after`` where no such phrase leads to it."""
    doc = view.doc
    medium = _past_medium(view, after, end)
    if medium > after and medium < end and doc[medium].lower_ in words:
        return medium  # « des attaques sur les réseaux sociaux contre Y »
    if not (after + 2 < end and doc[after].lower_ in DE and (doc[after + 1].pos_ == "NOUN" or is_date_word(doc[after + 1]) or doc[after + 1].like_num) and after + 1 not in view.at):
        return after
    k = after + 2
    while k < end and k not in view.at and (doc[k].pos_ in ("ADV", "ADJ") or is_date_word(doc[k]) or doc[k].like_num) and k - after < 6:
        k += 1  # « sa rencontre de décembre 2006 avec Y », « l'entretien du 3 mars avec Y »
    return k if k < end and doc[k].lower_ in words else after


def _past_medium(view: SentenceView, after: int, end: int) -> int:
    """Past « sur » and a medium one writes on (« sur les réseaux sociaux », « sur son blog »,
    ``medium_noun`` and the like in ``function_words.tsv``) with its adjectives; ``after`` where
    no such phrase stands."""
    doc = view.doc
    start = after
    while after < end and after not in view.at and doc[after].pos_ == "ADJ":
        after += 1  # « des attaques verbales sur ... »
    if not (after + 2 < end and doc[after].lower_ == "sur" and doc[after + 1].pos_ == "DET"):
        return start
    k = after + 2
    if k in view.at or doc[k].lemma_.lower() not in MEDIUM_NOUNS:
        return start
    k += 1
    while k < end and k not in view.at and doc[k].pos_ == "ADJ":
        k += 1
    return k


#: Phrases that qualify a noun for a person before its « de Y » (« de la première heure »).
NOUN_QUALIFIERS = tuple(sorted(tuple(phrase.split()) for phrase in function_words("noun_qualifier")))


def _qualifier(view: SentenceView, after: int, end: int) -> int:
    """The length of a phrase right after a noun that qualifies it before its « de Y » (« un
    soutien de la première heure de Y », « un critique de longue date de Y »), or 0."""
    low = lower_forms(view.doc)
    for phrase in NOUN_QUALIFIERS:
        n = len(phrase)
        if after + n < end and low[after + n] in DE and all(
            after + k not in view.at and low[after + k] == word for k, word in enumerate(phrase)
        ):
            return n
    return 0


#: Present participles that name what a noun is aimed at, as « contre » does (« une enquête visant X »).
AIMING = tuple(sorted(function_words("aiming")))
#: Words of a sum after a noun (« de 3 millions d'euros »).
AMOUNT = function_words("amount")
#: Nouns of a sum that name it before « de » and the number (« d'un montant de 3 millions d'euros »).
AMOUNT_NOUNS = function_words("amount_noun")
#: Words before « de » and a number that make it approximate (« plus de 400 millions »).


def _joins_numbers(doc: Doc, j: int, end: int) -> bool:
    """« et » or a comma between two numbers of a sum (« 20 millions et 8 millions d'euros »)."""
    return (doc[j].lower_ == "et" or doc[j].text == ",") and j + 1 < end and (doc[j + 1].pos_ == "NUM" or doc[j + 1].like_num)


def _amount_after_et(view: SentenceView, j: int, end: int) -> int:
    """« et quarante-cinq minutes » after a first duration: its length, or 0."""
    doc = view.doc
    k = j + 1
    while k < end and k not in view.at and (doc[k].like_num or doc[k].text == "-"):
        k += 1
    return k + 1 - j if k > j + 1 and k < end and doc[k].lemma_.lower() in time_nouns() else 0


#: Nouns of a body's own ranks (« de ses rangs », « de ses effectifs »), between a noun of exclusion and its « de ».
RANKS_NOUNS = function_words("ranks_noun")


def _own_ranks(view: SentenceView, after: int, end: int) -> int:
    """« a voté le renvoi de ses rangs de X »: the length of « de ses rangs » right after the noun,
    before the « de » that names the one excluded; else 0."""
    doc = view.doc
    j = after + 2
    if j + 1 >= end or doc[after].lower_ not in DE or doc[after + 1].lower_ not in ("ses", "leurs", "son", "leur") or doc[j].lower_ not in RANKS_NOUNS:
        return 0
    return 3 if doc[j + 1].lower_ in DE else 0


def _amount(view: SentenceView, after: int, end: int) -> int:
    """The length of a sum or a duration right after a noun (« de 3 millions d'euros », « de
    500 000 dollars », « d'une heure et quart », « de deux heures »), or 0."""
    doc = view.doc
    if after + 1 >= end or doc[after].lower_ not in DE:
        return 0
    j = after + 1
    if j < end and doc[j].lower_ == "respectivement":
        j += 1  # « des amendes de respectivement 100 et 35 millions d'euros »
    if j + 2 < end and doc[j].lower_ in ("un", "une") and doc[j + 1].lower_ in AMOUNT_NOUNS:
        k = j + 2 + (doc[j + 2].pos_ == "ADJ")  # « d'un montant (total) de 2 millions d'euros »
        if k + 1 < end and doc[k].lower_ in DE:
            j = k + 1
    if j + 1 < end and doc[j].lower_ in APPROXIMATE and doc[j + 1].lower_ in DE:
        j += 2  # « de plus de 400 millions de dollars »
    if j >= end or not (doc[j].pos_ == "NUM" or doc[j].like_num or doc[j].lower_ in ("un", "une")):
        return 0  # the tagger takes some numbers for determiners (« de 150 000 euros »)
    while j < end and j not in view.at and (doc[j].pos_ == "NUM" or doc[j].like_num or doc[j].lower_ in ("un", "une") or doc[j].lower_ in AMOUNT or doc[j].lower_ in DE or _joins_numbers(doc, j, end)):
        j += 1
    if j < end and j not in view.at and doc[j].lemma_.lower() in time_nouns():
        j += 1  # « d'une heure »
        if j + 1 < end and doc[j].lower_ == "et" and doc[j + 1].lower_ in ("quart", "demie"):
            j += 2
        elif j + 1 < end and doc[j].lower_ == "et" and (more := _amount_after_et(view, j, end)):
            j += more  # « de deux heures et vingt minutes »
        return j - after
    return j - after if doc[j - 1].lower_ in AMOUNT else 0
