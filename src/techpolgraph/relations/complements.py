"""Complements of a cue: its direct object and its prepositional complements.

The direct object stands right after the verb, past adverbs, dates, adverbial phrases and places
(« a banni de manière permanente X », « recevra à l'Élysée le 23 mai X »), possibly as a role
noun and a name (« le milliardaire X ») or a proxy (« le compte de X »). A prepositional
complement follows its preposition within a few words (« s'est entretenu plusieurs fois avec
X », « l'entretien prévu entre X et Y »), past an incise and a participle.
"""

from __future__ import annotations

from functools import lru_cache
from typing import Optional

from spacy.tokens import Doc, Token

from ..data import function_words, read_lines
from ..models import EntityKind
from ..nlp.text import FINAL_PUNCT
from ..resolve.names import titles
from ..resolve.organisations import OrgTypes
from ..resolve.roles import countries
from .cues import LOCUTION_HEADS, SHORT_ADVERBIAL, Argument, features, past_adverbial
from .proxies import actions_of
from .typography import QUOTES
from .sentence import (
    describing,
    past_bare_phrases,
    ADDING_LINKERS,
    CLAUSE_BREAKS,
    role_heads,
    DE,
    LIST_ADVERBS,
    opens_clause,
    INSTRUMENT_NOUNS,
    MAX_GAP,
    NAMING_NOUNS,
    PLACE_PREPOSITIONS,
    SEAT_NOUNS,
    PARTIES,
    TYPE_NOUNS,
    SentenceView,
    Slot,
    appositive_name,
    bare_manner_noun,
    comma_incise_end,
    manner_end,
    described_members,
    distributed_members,
    ago_end,
    channel_end,
    DURATION_PREPOSITIONS,
    duration_end,
    lasting_end,
    examples,
    EXAMPLES,
    is_determiner,
    is_title,
    past_determiners,
    is_past_participle,
    is_possessive,
    is_possessive_determiner,
    kept_per_view,
    listed_after_colon,
    named_after_de,
    named_organisation,
    on_behalf,
    parties_after_articles,
    past_adjuncts,
    is_organ_noun,
    PERSONAL_ORGANS,
    past_organ,
    past_role_nouns,
)


def _acting_organ(view: SentenceView, j: int, end: int) -> bool:
    """The noun at token j names people who act for an organisation named after it (« les
    dirigeants de P », « la délégation du parti P »): what is aimed at them is aimed at it; not
    those who speak for it or sit in it (« l'avocat de P », « les députés du groupe P »), nor
    people named after « dont » (« les dirigeants de P, dont Y »: Y)."""
    token = view.doc[j]
    return is_organ_noun(token) and token.is_lower and token.lower_ not in PERSONAL_ORGANS and not examples(view, j, end)


def direct_object(view: SentenceView, i: int, end: int, proxies: bool = True) -> list[Slot]:
    """The group that is the direct object: after adverbs, dates, incises, adverbial phrases
    (« de manière permanente », « dix fois ») and places (« à l'Élysée », « en France »), with
    the role nouns before a name (« le milliardaire X »); through a proxy noun, its owner; or
    the members named after a plural noun (« des dirigeants (X, Y, etc.) »)."""
    if i < end and is_inverted_pronoun(view.doc[i]):
        i += 1  # « quelles actions la France soutient-elle ? »: the subject again, no object
    first = i
    i = past_adjuncts(view, i, end)
    joined, past = _co_agent_group(view, i, end)
    if joined:
        i = past_adjuncts(view, past, end)  # « a reçu avec X, place Beauvau, le recteur »
    if i < end and view.doc[i].lower_ == "sur" and (medium := _medium_end(view, i, end)) is not None:
        i = past_adjuncts(view, medium + 1, end)  # « accuse sur X le gouvernement de ... »: where it wrote, then its object
    if first < i < end - 1 and view.doc[i].text == "," and i + 1 in view.at:
        i += 1  # « a félicité sur le réseau social X, Y après sa nomination »: the adjunct closed by a comma, then the object
    j = i
    while j < end and is_determiner(view.doc[j]) and j not in view.at:
        j += 1
    typed = named_organisation(view, j, end)  # « le premier équipementier mondial, X »
    before_nouns = j
    j = past_role_nouns(view, j, end)
    named = appositive_name(view, i, end)
    named = named if named is not None else typed
    # « condamne l'assassinat de M. X »: a noun whose complement is a titled person does not describe that person
    titled_complement = any(view.doc[n].lower_ in DE and is_title(view.doc[n + 1]) for n in range(before_nouns, j - 1))
    found = view.group_at(i, end) or (view.group_at(j, end) if j in view.at and not titled_complement else [])
    if not proxies and len(found) == 1 and is_possessive(found[0]):
        return []  # « a accepté de suspendre son plan »: a measure of the one « son » stands for, no party banned
    if len(found) == 1 and is_possessive(found[0]) and found[0].end < end and view.doc[found[0].end].lemma_.lower() in UNDERGONE_NOUNS:
        return []  # « a dénoncé son exclusion »: what the owner underwent, not the owner
    if len(found) == 1 and is_possessive(found[0]) and (members := members_of_organisation(view, found[0].start, end)):
        found = members  # « a remercié nos collègues du groupe X »: the group, not the speaker
    if proxies and len(found) == 1 and found[0].start == j > i and found[0].kind is EntityKind.ORGANISATION and found[0].end < end and view.doc[found[0].end].lower_ in DE:
        owners = actions_of(view, i, end)
        if owners and all(o.kind is EntityKind.PERSON for o in owners):
            found = owners  # « a supprimé la chaîne YouTube de X »: X's channel on the platform
    if named is not None and all(not s.cluster for s in found):
        found = view.group_past(named, end)  # « l'ancien patron de Y, X »: the name, where the description is not placed; « celui qui ..., X »
    if found and found[0].start in (i, j):
        described, after = described_members(view, found[0].start, end)
        extra = described[len(found) :]
        introduced = all(view.doc[x.start - 1].lower_ not in ("et", "ou", ",") for x in extra)  # not « le patron de Tesla et SpaceX »
        if extra and any(view.doc[t].pos_ in ("VERB", "AUX") for t in range(found[-1].end, extra[-1].start)):
            introduced = False  # « a critiqué X et rencontré Y »: another verb's object
        if extra and introduced and (after >= end or view.doc[after].is_punct):
            found = described  # « a dissous l'association « X » et le groupuscule « Y » »
    if not found:
        found = members_after_colon(view, i) or ([] if proxies else delegation_members(view, i, end))  # « a entendu les représentants de P : A et B. »: the members listed, not P
    if not found and j < end and (view.doc[j].lemma_.lower() in NAMING_NOUNS or _acting_organ(view, j, end)) and (named_after := past_organ(view, j, end, typed=True)) is not None:
        found = view.group_at(named_after, end)  # « a critiqué le mouvement des Gilets jaunes », « a reçu les dirigeants de P »
    if not found and proxies and i + 1 < end and view.doc[i].lower_ in TAKEN_UP and view.doc[i + 1].lower_ in DE:
        found = complement(view, i + 1, end, DE, gap=0)  # « a supprimé celles de Y »: the pronoun takes up Y's channels, Y's
    if not found and proxies:
        found = actions_of(view, i, end)
        found = found + _also_theirs(view, found[-1].end, end) if found else found  # « la politique de X et celle de Y »
    if not found:
        found = examples(view, i, end) or named_in_parentheses(view, i, end)  # « des dirigeants (X, Y, etc.) »
    if not found:
        found = members_of_organisation(view, i, end)  # « a remercié nos collègues du groupe X »
    if not found and i < end and view.doc[i].lower_ in PHRASE_PREPOSITIONS:
        found = _after_phrase(view, i, end, proxies)
    if not found:
        found = members_in_apposition(view, i) or distributed_members(view, i, end)  # « a suspendu les deux députés, A et B. »
    if not found:
        found = _added_after_common_noun(view, i, end)  # « a reçu les élus, mais aussi Y »
    if len(found) == 1 and is_possessive_determiner(view.doc[found[0].start]):
        found = found + _also_theirs(view, found[0].end, end)  # « votre courage, celui du maire, Y, et celui de Z »
    elif len(found) == 1:
        found = found + next_described_person(view, found[0], end)  # « a rencontré X, maire de la ville, le député Y »
    if not found and i < end and is_possessive_determiner(view.doc[i]):
        found = _also_theirs(view, i + 1, end)  # « votre courage, celui de Y », where « votre » is given to no one: still Y's
    if len(found) > 1 and opens_clause(view, found[-1]):
        found = found[:-1]  # « a reçu Y et Z a critiqué W »: Z is the next clause's subject
    if found and found[0].start > first and view.doc[_before_determiners(view, found[0].start, first)].text == "," and (_absolute_after(view, found[-1].end, end) or opens_clause(view, found[-1])):
        return []  # « a reçu lundi, Y et Z étant absents », « a critiqué les élus, la CGT a répondu »: another clause's subject, no object
    return [s for s in found if s.kind in PARTIES]


#: Plural nouns of an organisation's members (« nos collègues du groupe X », « les militants du parti Y »).
GROUP_MEMBERS = function_words("group_member")


def members_of_organisation(view: SentenceView, i: int, end: int) -> list[Slot]:
    """« nos collègues du groupe X », « les militants du parti Y » from token i: members named by
    a plural noun, thanked or criticised as such, stand for their organisation, named after
    « du », « de la » or « des » (past a type noun, « groupe », « parti »). Not members of a place
    or a person (« les élus de Paris »), nor where a clause or a list goes on after the name
    (« les députés du groupe X et Y »: two parties' members)."""
    doc = view.doc
    k = i + 1 if i < end and is_possessive_determiner(doc[i]) else past_determiners(view, i, end)  # « nos collègues »: « nos » placed as the speaker
    if k + 2 >= end or k in view.at or doc[k].lower_ not in GROUP_MEMBERS or doc[k + 1].lower_ not in DE:
        return []
    j = past_determiners(view, k + 2, end)
    while j < end and doc[j].lower_ in TYPE_NOUNS and j not in view.at:
        j += 1  # « du groupe X », « du parti Y »
    slot = view.at.get(j)
    if slot is None or slot.start != j or slot.kind is not EntityKind.ORGANISATION:
        return []
    after = slot.end
    if after < end and (doc[after].lower_ in ("et", "ou", "(") or doc[after].pos_ in ("VERB", "AUX")):
        return []
    if after + 1 < view.sent.end and doc[after].text == "," and doc[after + 1].lower_ in EXAMPLES:
        return []  # « les députés du groupe X, dont Y »: the members named
    return [slot]


#: How many words the noun phrase after a possessive may have before « , celui de ».
OWNED_PHRASE_WORDS = 6


def _also_theirs(view: SentenceView, k: int, end: int) -> list[Slot]:
    """From token k, right after a possessive, its noun phrase, then « , celui de Y, et celui de
    Z » (« je salue votre sens du devoir, celui du maire, Y, et celui de Z », « votre travail et
    celui de Z »):
    the owners the pronouns take the noun up for."""
    doc = view.doc
    limit = min(end, k + OWNED_PHRASE_WORDS)
    while k < limit and k not in view.at and (doc[k].pos_ in ("NOUN", "ADJ", "DET", "ADV") or doc[k].lower_ in DE or doc[k].lower_ in OWNED_MANNER):
        k += 1  # « votre investissement sans faille et celui de Z »
    owners: list[Slot] = []
    while k + 2 < end and (doc[k].text == "," or doc[k].lower_ in ("et", "ou")):
        j = k + 1 if doc[k].text == "," else k  # « votre travail et celui de Z »
        if doc[j].lower_ in ("et", "ou") and j + 1 < end:
            j += 1
        if doc[j].lower_ not in TAKEN_UP:
            break
        found = complement(view, j + 1, end, DE, gap=3)  # « celui, évidemment, des représentants »
        if not found:
            break
        owners.extend(found)
        k = found[-1].end
    return owners


#: Prepositions of manner inside an owned noun phrase (« votre engagement sans faille »).
OWNED_MANNER = function_words("owned_manner")


#: Subject pronouns, which a hyphen joins to their verb when inverted (« soutient-elle »).
INVERTED_PRONOUNS = function_words("subject_pronoun") | function_words("plural_subject_pronoun")


def is_inverted_pronoun(token: Token) -> bool:
    """A subject pronoun joined to the verb before it by a hyphen (« -elle », « -t-il »)."""
    return token.text.startswith("-") and token.lower_.lstrip("-").removeprefix("t-") in INVERTED_PRONOUNS


def _before_determiners(view: SentenceView, i: int, first: int) -> int:
    """The token before the determiners that open the noun phrase at token i (not before ``first``)."""
    k = i - 1
    while k > first and is_determiner(view.doc[k]) and k not in view.at:
        k -= 1
    return k


#: How many words a common noun phrase may have before « , mais aussi Y » (« les dirigeants allemands de trois groupes »).
ADDED_AFTER_WORDS = 8


def co_agents(view: SentenceView, i: int, end: int) -> list[Slot]:
    """« nous avons reçu avec X, place Beauvau, le recteur »: the parties named after « avec »
    between a verb and its object, who act with its subject; none where no object follows them
    (« a déjeuné avec X »: the complement itself)."""
    return _co_agent_group(view, i, end)[0]


def _co_agent_group(view: SentenceView, i: int, end: int) -> tuple[list[Slot], int]:
    """The co-agents of :func:`co_agents` and the token after them and the incise that may close
    them; ([], i) where there are none."""
    doc, first = view.doc, i
    if i + 1 < end and doc[i].text == "," and (joint := _joint_phrase_end(view, i + 1, end)) is not None:
        i = joint  # « La commission entend, en commun avec la commission des lois, M. Y »
    if not (i < end and doc[i].lower_ == "avec"):
        return [], first
    group = [s for s in view.group_at(past_determiners(view, i + 1, end), end) if s.kind in PARTIES]
    if not group:
        return [], first
    k = group[-1].end
    if k < end and doc[k].text == ",":
        closing = comma_incise_end(view, k, end) or _place_phrase_end(view, k, end)  # « , hier, », « , place Beauvau, »
        k = closing + 1 if closing is not None else k + 1
    j = k
    while j < end and is_determiner(doc[j]) and j not in view.at:
        j += 1
    return (group, k) if j < end and (j in view.at or doc[j].pos_ == "NOUN") else ([], first)


#: Phrases of acting jointly that open an incise before « avec » (« en commun avec », « conjointement avec »).
JOINT_PHRASES = tuple(tuple(p.split()) for p in sorted(function_words("joint_phrase")))


def _joint_phrase_end(view: SentenceView, k: int, end: int) -> Optional[int]:
    """The « avec » of a phrase of ``joint_phrase`` from token k (« en commun avec »), else None."""
    doc = view.doc
    for words in JOINT_PHRASES:
        n = len(words)
        if k + n <= end and tuple(doc[k + m].lower_ for m in range(n)) == words:
            return k + n - 1
    return None


def _added_after_common_noun(view: SentenceView, i: int, end: int) -> list[Slot]:
    """« a reçu les élus, mais aussi le président de la fédération, Y »: an object that names no
    party (but its noun's complement), then a comma, « mais » and a list adverb (« aussi »,
    « également »), or « ainsi que »: the parties of the member added after them; nothing else."""
    doc = view.doc
    for k in range(i + 1, min(i + ADDED_AFTER_WORDS + 1, end - 2)):
        if k in view.at and doc[view.at[k].start - 1].lower_ in DE:
            continue  # « les dirigeants de Pixelia »: the noun's complement
        if doc[k].lower_ == "ainsi" and doc[k + 1].lower_ == "que" and _noun_between(view, i, k):
            return _added_member(view, k + 2, end)  # « a reçu les présidents des régions ainsi que Y »
        if k in view.at or doc[k].pos_ in ("VERB", "AUX", "PRON", "SCONJ") or doc[k].text in CLAUSE_BREAKS:
            return []
        if doc[k].text == ",":
            if doc[k + 1].lower_ == "ainsi" and doc[k + 2].lower_ == "que":
                return _added_member(view, k + 3, end) if _noun_between(view, i, k) else []  # not « X applaudit également, ainsi que Y »: another subject
            if doc[k + 1].lower_ not in ADDING_LINKERS or doc[k + 2].lower_ not in LIST_ADVERBS:
                return []
            return _added_member(view, k + 3, end)
    return []


def _noun_between(view: SentenceView, i: int, k: int) -> bool:
    """A common noun stands between tokens i and k: an object before « ainsi que »."""
    return any(t.pos_ == "NOUN" for t in view.doc[i:k])


def _added_member(view: SentenceView, j: int, end: int) -> list[Slot]:
    """The parties of the member added from token j on (past its roles), not another verb's object."""
    if j < end and view.doc[j].pos_ in ("VERB", "AUX"):
        return []  # « a reçu les élus, mais aussi critiqué Y »: another verb's object
    named = appositive_name(view, j, end)
    if named is not None and named >= end:
        end = view.sent.end  # « ainsi que ceux qui ont aidé, en particulier Y »: named past the relative's clause
    return parties_after_articles(view, named if named is not None else j, end, past_roles=True)


def _absolute_after(view: SentenceView, k: int, end: int) -> bool:
    """A present participle (« étant », « ayant ») follows token k: the group before it is the
    subject of an absolute phrase."""
    token = view.doc[k] if k < end else None
    return token is not None and "Part" in token.morph.get("VerbForm") and "Pres" in token.morph.get("Tense")


#: Nouns of a sanction one undergoes (« son exclusion »): a possessive before them is no proxy.
UNDERGONE_NOUNS = function_words("undergone_noun")


def bare_object(view: SentenceView, i: int, end: int) -> list[Slot]:
    """The party named right after the verb, past adverbs, dates and articles (« a voté X au
    premier tour »): no proxy noun, no members listed after a plural."""
    j = past_adjuncts(view, i, end)
    while j < end and is_determiner(view.doc[j]) and j not in view.at:
        j += 1
    if j in view.at and is_possessive(view.at[j]):
        return []  # « a voté son exclusion »: the owner of what is voted, not who is voted for
    return [s for s in view.group_at(j, end) if s.kind in PARTIES]


#: How many words a plural object may have before the colon that lists its members.
PLURAL_OBJECT_WORDS = 8


def members_after_colon(view: SentenceView, i: int) -> list[Slot]:
    """« a voté l'exclusion de quatre de ses membres : A, B, C et D. »: an object that is a
    plural noun phrase naming no party, then a colon and the list of its members that ends the
    sentence: those members."""
    colon = _after_plural_object(view, i, ":", ("DET", "NUM", "ADJ", "NOUN", "ADP", "PRON"), possessives=True)
    return listed_after_colon(view, colon) if colon is not None else []


#: How many words a description may have before the colon that names the one it describes.
DESCRIPTION_WORDS = 6


def named_after_colon(view: SentenceView, i: int, end: int) -> list[Slot]:
    """« l'appui d'un élu influent : Y, maire de Z »: a description of someone
    (its article before token i), then a colon and the one party it describes, set apart by a
    comma or ending the sentence; else none."""
    doc = view.doc
    colon = next((k for k in range(i, min(i + DESCRIPTION_WORDS, view.sent.end)) if doc[k].text == ":"), None)
    if colon is None or colon == i or any(k in view.at or not (doc[k].pos_ in ("ADJ", "NOUN", "ADV", "ADP", "DET") or is_past_participle(doc[k])) for k in range(i, colon)):
        return []
    first = past_determiners(view, colon + 1, view.sent.end)
    named = view.at.get(first)
    if named is None or named.start != first or named.kind not in PARTIES:
        return []
    after = named.end
    return [named] if after >= view.sent.end or doc[after].text in (",", ".", ";") or doc[after].is_punct else []


def members_in_apposition(view: SentenceView, i: int) -> list[Slot]:
    """« a suspendu les deux députés sortants, A et B. »: an object that is a plural noun phrase
    naming no party, then a comma and at least two parties joined by « et », which end the
    sentence or close with a comma: those members."""
    doc = view.doc
    comma = _after_plural_object(view, i, ",", ("DET", "NUM", "ADJ", "NOUN", "ADP"), possessives=False)
    if comma is None:
        return []
    first = past_determiners(view, comma + 1, view.sent.end)  # « a critiqué les syndicats, la CGT et FO »
    group = [s for s in view.group_at(first, view.sent.end) if s.kind in PARTIES]
    listed = [s for s in view.group_at(first, view.sent.end, listing=True) if s.kind in PARTIES]
    if len(listed) > max(len(group), 1) and _ends_sentence(view, listed[-1].end):
        group = listed  # « les intervenants, M. X, Mme Y, Mme Z. »: commas alone join a list that closes the sentence
    after = group[-1].end if group else comma
    described, past = described_members(view, comma + 1, view.sent.end)
    if len(described) > len(group):  # « les deux groupes, l'association X et sa branche, les Y »
        group, after = described, past
    if len(group) < 2 or not (after >= view.sent.end or doc[after].is_punct):
        return []
    return group


def _ends_sentence(view: SentenceView, k: int) -> bool:
    """Token k ends its sentence or is its final punctuation."""
    return k >= view.sent.end or (view.doc[k].text in (".", "!", "?", "…") and k + 1 >= view.sent.end - 1)


def _after_plural_object(view: SentenceView, i: int, mark: str, parts: tuple[str, ...], possessives: bool) -> Optional[int]:
    """Where ``mark`` (« : », « , »; a colon also by « que sont ») closes a plural noun phrase from token i that names no party
    (but possessives, where ``possessives``, and before a colon the party after « de » whose
    members they are) and holds only words of ``parts``, or None."""
    doc = view.doc
    plural = False
    k = i - 1
    while k + 1 < min(i + PLURAL_OBJECT_WORDS, view.sent.end):
        k += 1
        token = doc[k]
        if token.text == mark:
            return k if plural else None
        if mark == ":" and plural and token.lower_.replace("’", "'") in ("que", "qu'") and k + 1 < view.sent.end and doc[k + 1].lemma_ == "être" and doc[k + 1].pos_ in ("AUX", "VERB"):
            return k + 1  # « les trois dirigeants que sont A, B et C »: its « que sont » lists them as a colon would
        if mark == "," and plural and token.lower_ == "qui" and (past := _relative_end(view, k)) is not None:
            k = past - 1  # « les pays qui nous entourent, X, Y et Z »: past a relative that names no party
            continue
        if mark == "," and plural and token.lower_ == "pour" and k + 1 < view.sent.end and is_possessive_determiner(doc[k + 1]):
            k += 1  # « l'ensemble des intervenants pour leurs exposés, X, Y, Z »: what they are thanked for
            continue
        if mark == ":" and plural and k in view.at and doc[k - 1].lower_ in DE and view.at[k].kind in PARTIES:
            k = view.at[k].end - 1  # « les représentants syndicaux d'Alcatel-Lucent : A, B et C »: whose members they are
            continue
        if (k in view.at and not (possessives and is_possessive(view.at[k]))) or (token.pos_ not in parts and not (token.pos_ == "PROPN" and token.is_lower and "NOUN" in parts)):
            return None  # « deux figures de la tech » : a lower-case word the tagger read as a name is a noun
        if mark == "," and token.pos_ == "ADP" and token.lower_ not in DE:
            return None  # « deux groupes d'extrême droite, X et Y »; not « les élus à Lyon, X et Y »
        plural = plural or (token.pos_ == "NOUN" and "Plur" in features(token, "Number"))
    return None


def _relative_end(view: SentenceView, k: int, words: int = 0, places: bool = False) -> Optional[int]:
    """The comma that ends a relative clause opened by « qui » or « que » at token k, of at most
    ``words`` words (by default ``SHORT_RELATIVE_WORDS``), with no party in it but the speaker's
    pronouns (« qui nous entourent, ») and, with ``places``, places (« avec Y que j'ai rejoint à
    Lyon, avec Z »), or None."""
    doc = view.doc
    if k >= view.sent.end or doc[k].lower_ not in RELATIVE_OPENERS:
        return None
    for j in range(k + 1, min(k + 1 + (words or SHORT_RELATIVE_WORDS), view.sent.end)):
        if doc[j].text == ",":
            return j if j > k + 1 else None
        slot = view.at.get(j)
        if slot is not None and doc[j].pos_ != "PRON" and not (places and slot.kind is EntityKind.LOCATION):
            return None
    return None


#: The pronouns that open a relative clause read past (« qui », « que »).
RELATIVE_OPENERS = ("qui", "que", "qu'", "qu’")
#: How many words such a relative may have.
SHORT_RELATIVE_WORDS = 5

#: Prepositions of a place or time phrase that may stand between a verb and its object
#: (« bloquaient dans les pays de l'Union les contenus de X »).
PHRASE_PREPOSITIONS = function_words("phrase_preposition")

#: Nouns that make a preposition of their own after « à » (« à propos de X », « au nom de X »).
A_LOCUTIONS = function_words("a_locution")
#: Those of them that make it after a bare « à » only (« à propos de X »; « aux propos de X »: words).
BARE_A_LOCUTIONS = function_words("bare_a_locution")
#: Words that make a preposition with the « de » after them (« lors d'un sommet »): no complement.
COMPOUND_DE = function_words("compound_de")
#: Prepositions of a topic or a time: the noun after them is no object of the verb before.
TOPIC_PREPOSITIONS = function_words("topic_preposition")


def _dative_after_place(view: SentenceView, place: Slot, end: int) -> Optional[list[Slot]]:
    """The persons of a second « à » complement right after a place named after « à » (« au
    Panthéon à Y »; none in « à Paris à la Résistance »: the place is where, all the same); None
    where no such « à » follows (« à l'occasion de » is none)."""
    k = place.end
    if k >= end or view.doc[k].lower_ not in A_FORMS or a_locution(view, k, end):
        return None
    k += 1
    while k < end and is_determiner(view.doc[k]) and k not in view.at:
        k += 1
    people = [s for s in view.group_at(past_role_nouns(view, k, end), end) if s.kind is EntityKind.PERSON]
    return people


def a_locution(view: SentenceView, j: int, end: int) -> bool:
    """Token j (« à », « au », « aux ») opens a preposition of its own (« à propos de X », « à
    l'issue de », « au nom de X »), not the « à » of a dative."""
    doc = view.doc
    k = j + 1
    if k < end and doc[k].lower_ in ("l'", "l’", "la"):
        k += 1
    if doc[j].lower_ == "aux" and k < end and doc[k].lower_ in BARE_A_LOCUTIONS:
        return False  # « souscrit aux propos de X »: someone's words, not « à propos de »
    return k + 1 < end and doc[k].lower_ in A_LOCUTIONS and doc[k + 1].lower_ in DE


def _after_phrase(view: SentenceView, i: int, end: int, proxies: bool) -> list[Slot]:
    """The object that follows a noun phrase after a preposition (« dans les pays de l'Union les
    contenus de X », « a rencontré dans un café de Lyon le patron de Y, Z »): the first one
    within a few words, with nothing but nouns, adjectives, determiners and prepositions before it."""
    doc = view.doc
    for j in range(i + 2, min(i + 9, end)):
        token = doc[j]
        if j in view.open_quotes:
            continue  # « a dénoncé sur Radio Nova « l'irresponsabilité de Y » »: the object in quotes
        if token.pos_ in ("VERB", "AUX", "PUNCT", "PRON", "SCONJ", "CCONJ"):
            return []
        if j in view.at and view.at[j].start == j and token.pos_ == "DET":
            return view.group_at(j, end)  # « ... le patron de Y », a description the resolver placed
        if token.lower_ in titles() and token.text[:1].isupper() and (j + 1 in view.at or j in view.at):
            return view.group_at(j if j in view.at else j + 1, end)  # « accueille pour cette table ronde M. Y »
        if token.pos_ == "DET" and j not in view.at:
            named = appositive_name(view, j, end)
            found = view.group_at(named, end) if named is not None else (actions_of(view, j, end) if proxies else [])
            if found:
                return found
            described = past_role_nouns(view, j + 1, end)  # « en marge du sommet son homologue allemand X »
            if described > j + 1 and described in view.at:
                return view.group_at(described, end)
    return []


#: Words that join a second complement of the same preposition (« avec X, puis avec Y », « ni pour X ni pour Y »).
AGAIN_LINKS = frozenset({",", "et", "puis", "ou", "ni"})


def _same_preposition_again(view: SentenceView, found: list[Slot], end: int, preposition: str) -> list[Slot]:
    """« s'est entretenu avec X, puis avec Y », « a porté plainte contre X et contre Y », « avec X
    ainsi qu'avec Y », « avec X durant une heure, puis avec Y », « par X et plus particulièrement
    par Y »: the group after the same
    preposition repeated after the first one; not « de », whose complements the nouns' readers
    join themselves."""
    if not found or preposition in DE:
        return []
    doc, k = view.doc, found[-1].end
    if k + 1 < end and doc[k].lower_ in DURATION_PREPOSITIONS and (lasting := duration_end(doc, k + 1, end)) > k + 1:
        k = lasting  # « avec X durant une demi-heure, puis avec Y »: how long, then the next one
    k = past_bare_phrases(doc, k, end, view.at)  # « avec X par téléphone ainsi qu'avec Y »
    aside = _past_description(view, k, view.sent.end, preposition)  # « avec X, le Premier ministre, avec Y »
    if aside > k:
        k, end = aside, max(end, view.clause(aside + 1)[1])
    relative = _relative_end(view, k, RELATIVE_ASIDE_WORDS, places=True)  # « avec X, avec Y que j'ai rejoint à Lyon, avec Z »
    if relative is not None:
        k, end = relative, max(end, view.clause(relative + 1)[1])
    place = view.at.get(k + 1) if k + 1 < end and doc[k].lower_ in ("à", "en") and preposition not in A_FORMS else None
    if place is not None and place.start == k + 1 and place.kind is EntityKind.LOCATION:
        k = place.end  # « avec X à Paris et avec Y »: where, then the next one
    while k < view.sent.end - 1 and k not in view.at and (doc[k].lower_ in AGAIN_LINKS or (doc[k].lower_ == "ainsi" and doc[k + 1].lower_ in ("que", "qu'", "qu’"))):
        if doc[k].lower_ == "ainsi":
            k += 2  # « avec X ainsi qu'avec Y »: « qu' », read as a clause's opening, only joins the two
            end = max(end, view.clause(k)[1])
        else:
            k += 1
    linked = k
    while linked > found[-1].end and k < min(linked + 2, end) and doc[k].pos_ == "ADV" and k not in view.at:
        k += 1  # « par X et plus particulièrement par Y », « contre X, et surtout contre Y »: an adverb of the link
    if k == found[-1].end or k >= end or doc[k].lower_ != preposition:
        return []
    return complement(view, k, end, (preposition,), gap=0)


#: How many words a relative clause between two complements of the same preposition may have.
RELATIVE_ASIDE_WORDS = 10


#: How many words the description of a member between commas may have (« , le Premier ministre, »).
DESCRIPTION_ASIDE_WORDS = 6


def _past_description(view: SentenceView, k: int, end: int, preposition: str) -> int:
    """Past the description of a member set off by commas (token k the first one), nouns and
    adjectives with no name, to the comma that ends it, where the same preposition follows that
    comma (« avec X, le Premier ministre, avec Y », « avec X, le président du club, et avec Y »);
    k otherwise."""
    doc = view.doc
    if k + 1 >= end or doc[k].text != "," or not is_determiner(doc[k + 1]):
        return k
    n = k + 1
    while n < end and is_determiner(doc[n]):
        n += 1
    limit = min(end - 1, n + DESCRIPTION_ASIDE_WORDS)
    while n < limit and doc[n].pos_ != "PROPN" and (describing(doc[n]) or doc[n].lower_ in DE):  # a role, a mention of its own or not
        n += 1
    if n <= k + 2 or n + 1 >= end or doc[n].text != ",":
        return k
    m = n + 1
    while m < end - 1 and doc[m].lower_ in AGAIN_LINKS:
        m += 1  # « avec X, le président du club, et avec Y »
    return n if doc[m].lower_ == preposition else k


#: How many words the first member's complement and apposed name may have before « , et »
#: (« le ministre belge de l'industrie, X, et ... »).
APPOSED_NAME_WORDS = 10
#: How many nouns and adjectives the second member's description may have (« notre homologue suisse »).
DESCRIPTION_NOUN_WORDS = 4


def _and_described_member(view: SentenceView, found: list[Slot], end: int, preposition: str) -> list[Slot]:
    """« s'est entretenu avec le ministre belge de l'industrie, X, et notre homologue suisse, Y »:
    a second member after « , et », named after its own description and a comma, past the first
    member's complement and apposed name; not after « de », whose complements the nouns'
    readers join themselves."""
    if not found or preposition in DE:
        return []
    doc, last = view.doc, found[-1]
    k, limit, named = last.end, min(end, last.end + APPOSED_NAME_WORDS), False
    while k < limit and not (doc[k].text == "," and named and k + 1 < end and doc[k + 1].lower_ == "et"):
        slot = view.at.get(k)
        if (slot is not None and slot.cluster != last.cluster) or doc[k].pos_ in ("VERB", "AUX") or doc[k].text in CLAUSE_BREAKS:
            return []
        named = named or slot is not None
        k = slot.end if slot is not None else k + 1
    if k >= limit:
        return []
    m = _past_article_and_possessive(view, k + 2, end)  # « notre homologue suisse »
    n = m
    while n < min(end, m + DESCRIPTION_NOUN_WORDS) and describing(doc[n]) and n not in view.at:
        n += 1
    if n == m or n + 1 >= end or doc[n].text != ",":
        return []  # no description of its own: « ..., X, et Y » is read as a list already
    named_at = past_determiners(view, n + 1, end)  # « , M. Y »
    slot = view.at.get(named_at)
    if slot is None or slot.start != named_at or slot.kind is not EntityKind.PERSON or slot.cluster == last.cluster:
        return []
    after = slot.end + 1 if slot.end < end and doc[slot.end].text == "," else slot.end
    if after < end and doc[after].pos_ in ("VERB", "AUX"):
        return []  # « ..., et son homologue, Y, a critiqué Z »: the subject of a clause of its own
    return [slot]


def _past_article_and_possessive(view: SentenceView, k: int, end: int) -> int:
    """Token k, past the determiners and titles, then a possessive, that open a member's own
    description (« et notre homologue suisse », « , votre collègue député Y »)."""
    m = past_determiners(view, k, end)
    return m + 1 if m < end and is_possessive_determiner(view.doc[m]) and m not in view.at else m


#: How many words the description between two named people of a list may have (« X, maire de la ville, le député Y »).
MEMBER_APPOSITION_WORDS = 7
#: How many words the description of a member named after a title may have, before another
#: member named after a title (« M. X, secrétaire général aux affaires du département
#: de P, et M. Y »): the titles mark the list.
TITLED_MEMBER_DESCRIPTION_WORDS = 16


def next_described_person(view: SentenceView, last: Slot, end: int) -> list[Slot]:
    """« a rencontré Mme X, maire de la ville, votre collègue député Y »: after a named person and
    the description of it between commas, a role noun and another name, with no « et »: another
    member of the list (a name already given, the second one cannot describe the first), with the
    members joined to it; not the subject of a clause of its own (« ..., le député Y a dit »).
    A list of named people each described after a comma (« Nous recevons M. X, directeur de P,
    M. Y, directeur de Q, et Mme Z, directrice de R »): a member named after a title, « et »
    before the last one, is read the same way, and so are the members after it."""
    doc = view.doc
    if last.kind is not EntityKind.PERSON or not doc[last.start].text[:1].isupper() or last.end + 2 >= end or doc[last.end].text != ",":
        return []
    titled = last.start > view.sent.start and is_title(doc[last.start - 1])
    n = _past_member_description(view, last.end + 1, end, words=TITLED_MEMBER_DESCRIPTION_WORDS if titled else MEMBER_APPOSITION_WORDS)
    if n is None:
        return []
    short = n - (last.end + 1) < MEMBER_APPOSITION_WORDS
    group = (_described_member_after(view, last, n + 1, end) if short else []) or _titled_member_after(view, last, n + 1, end)
    after = group[-1].end if group else n
    if not group or (after < end and doc[after].pos_ in ("VERB", "AUX")):
        return []
    return group + next_described_person(view, group[-1], end)


def _past_member_description(view: SentenceView, k: int, end: int, last: bool = False, words: int = 0) -> Optional[int]:
    """The comma that closes a named person's description from token k, a role noun (or another
    common noun) and a few words (« maire de la ville », « directeur des affaires publiques de
    P »; at most ``words``, by default ``MEMBER_APPOSITION_WORDS``), with no other person named
    in it (with ``last``, the end of the clause may close it too); else None. An acronym in
    brackets may stand in it (« directeur de l'environnement (DEAL) de P »)."""
    doc = view.doc
    if doc[k].lower_ not in role_heads() and not (doc[k].pos_ == "NOUN" and doc[k].is_lower):
        return None  # « responsable des affaires publiques de P »: a noun of its own
    n = k
    while n < min(end, k + (words or MEMBER_APPOSITION_WORDS)) and (doc[n].pos_ not in ("VERB", "AUX") or doc[n - 1].lower_ == "non"):
        # « présidente non exécutive du groupe P »: after « non », an adjective the tagger may read as a verb
        if doc[n].text == "," and not (words > MEMBER_APPOSITION_WORDS and n + 1 < end and doc[n + 1].lower_ in DE):
            break  # « directeur des routes, des ponts et des ports de P »: its complements listed
        if doc[n].text == "(" and n + 2 < end and doc[n + 2].text == ")" and doc[n + 1].is_upper:
            n += 3  # « (DEAL) »
            continue
        if doc[n].text in CLAUSE_BREAKS:
            break
        slot = view.at.get(n)
        if slot is not None and slot.kind is EntityKind.PERSON:
            return None  # « X, patronne de Y, ... »: a person named in the description
        n = slot.end if slot is not None else n + 1
    if last and (n == end or (n < end and (doc[n].text in CLAUSE_BREAKS or doc[n].text in FINAL_PUNCT))):
        return n
    return n if n < end and doc[n].text == "," else None


def _described_member_after(view: SentenceView, last: Slot, k: int, end: int) -> list[Slot]:
    """« ..., votre collègue député Y » from token k: a role noun, a few describing words and a
    person named; that person with the members joined to it."""
    doc = view.doc
    m = _past_article_and_possessive(view, k, end)  # « votre collègue député Y »
    r = m
    while r < min(end, m + DESCRIPTION_NOUN_WORDS) and r not in view.at and doc[r].is_lower and describing(doc[r]):
        r += 1
    slot = view.at.get(r)
    if r == m or doc[m].lower_ not in role_heads() or slot is None or slot.start != r or slot.kind is not EntityKind.PERSON or slot.cluster == last.cluster:
        return []
    return [s for s in view.group_at(r, end) if s.kind in PARTIES]


def _titled_member_after(view: SentenceView, last: Slot, k: int, end: int) -> list[Slot]:
    """« ..., M. Y, directeur de Q » or « ..., et Mme Z, directrice de R » from token k: a person
    named after a title (« et » before it), described in turn after a comma, or the last words of
    the clause; that person alone."""
    doc = view.doc
    if k < end and doc[k].lower_ == "et":
        k += 1
    if k >= end or not is_title(doc[k]) or k in view.at:
        return []
    m = past_determiners(view, k, end)
    slot = view.at.get(m)
    if slot is None or slot.start != m or slot.kind is not EntityKind.PERSON or slot.cluster == last.cluster:
        return []
    if slot.end == end:
        return [slot]
    closed = _past_member_description(view, slot.end + 1, end, last=True, words=TITLED_MEMBER_DESCRIPTION_WORDS) if doc[slot.end].text == "," and slot.end + 1 < end else None
    if closed is None or (closed + 1 < end and doc[closed + 1].pos_ in ("VERB", "AUX")):
        return []  # « ..., M. Y a dit », « ..., M. Y et son épouse », « ..., et M. Y, maire de P, a dit »: not a member of this list
    return [slot]

#: « à », « au », « aux »: a phrase of its own before a noun's « de ».
A_FORMS = frozenset(Argument.A.words)


def after_topic(view: SentenceView, noun: int, start: int) -> bool:
    """The noun at token ``noun``, past its article and adjectives (not before token
    ``start``), follows a preposition of a topic or a time (« après la condamnation de Y »): what
    a clause reacts to, not its act nor its object."""
    doc = view.doc
    k = noun - 1
    while k > start and k not in view.at and doc[k].pos_ in ("DET", "ADJ"):
        k -= 1
    return k >= start and doc[k].pos_ == "ADP" and doc[k].lower_ in TOPIC_PREPOSITIONS


#: How many words a common noun phrase may have before a narrower complement (« par les élus de
#: l'opposition, et notamment par Y »).
NARROWED_PHRASE_WORDS = 6


def _narrowed_again(view: SentenceView, k: int, end: int, preposition: str) -> Optional[int]:
    """« par l'opposition, et notamment par Y », « contre ses adversaires, surtout contre Y », « par
    la droite et par Y », « par la presse, puis par Y »: the position of the second preposition after
    a common noun phrase that names no party, and a comma, a link word (``AGAIN_LINKS``) or an
    adverb; else None."""
    doc = view.doc
    j = k
    while j < end and j - k <= NARROWED_PHRASE_WORDS and doc[j].lower_ not in AGAIN_LINKS and j not in view.at and doc[j].pos_ not in ("VERB", "AUX"):
        j += 1
    if j >= end or doc[j].lower_ not in AGAIN_LINKS or j == k:
        return None
    linked = False
    while j < end and doc[j].lower_ in AGAIN_LINKS:
        linked = linked or doc[j].text != ","
        j += 1
    if j + 1 < end and doc[j].pos_ == "ADV" and doc[j + 1].lower_ == preposition:
        return j + 1
    return j if linked and j < end and doc[j].lower_ == preposition else None


#: Words of the prepositions of company whose plural noun may list its members after a comma or
#: a colon (« aux côtés de deux patrons, A et B », « avec les ministres : A et B »).
COMPANY_WORDS = frozenset({"côtés", "avec"})


@kept_per_view
def complement(view: SentenceView, i: int, end: int, words: tuple[str, ...], gap: int) -> list[Slot]:
    """The group after one of ``words`` (a preposition) found within ``gap`` words of token i,
    past incises and participles (« l'entretien prévu entre X et Y », « décidée par X »)."""
    limit = min(i + gap + 1, end)
    j = i - 1
    while j + 1 < limit:
        j += 1
        token = view.doc[j]
        lower = token.lower_  # read once for the rules below
        if j in view.hidden or j in view.open_quotes:
            limit = min(limit + 1, end)
            continue
        if lower in LOCUTION_OPENERS and j + 2 < end and view.doc[j + 2].lower_ in words and (owner := _possessive_locution(view, j + 2)) is not None:
            return [owner] if owner.kind in PARTIES else []  # « à votre égard », « en sa faveur »: the one the possessive stands for
        if lower in words and j + 1 < end and view.doc[j + 1].lower_ == lower:
            limit = min(limit + 1, end)
            continue  # « s'est entretenu avec avec Y »: the preposition written twice
        if lower == "par" and (channel := channel_end(view, j + 1, end)) > j + 1:
            limit = min(limit + channel - j, end)
            j = channel - 1
            continue  # « critiqué par tweet par Y »: how, then who
        if (adverbial := past_adverbial(view.doc, j)) > j:
            limit = min(limit + adverbial - j, end)
            j = adverbial - 1
            continue  # « s'oppose de plus en plus ouvertement à Y », « s'en est pris à nouveau à Y »
        if lower in DURATION_PREPOSITIONS and (lasting := duration_end(view.doc, j + 1, end)) > j + 1:
            limit = min(limit + lasting - j, end)
            j = lasting - 1
            continue  # « s'est entretenu par téléphone pendant plus de deux heures avec Y »
        if "par" in words and lower in ("et", "ou") and j + 1 < end and view.doc[j + 1].pos_ in ("VERB", "ADJ") and is_past_participle(view.doc[j + 1]):
            return []  # « est supprimé et remplacé par X »: the agent of the other participle
        agent = on_behalf(view, j, end) if "par" in words else None
        if lower in ("avec", "sans") and j + 2 < end and bare_manner_noun(view, j + 1):
            limit = min(limit + 2, end)  # « a dîné avec plaisir avec Y »: a manner, then the party
            j += 1
            continue
        if lower == "auprès" and "auprès" not in words and (before := _addressee_end(view, j, end)) is not None:
            limit = min(limit + before - j + 1, end)
            j = before
            continue  # « a porté plainte auprès de la CNIL contre Y »: whom one turns to, then whom it is against
        skipped = _medium_end(view, j, end) if lower == "sur" else manner_end(view, j, end) if lower in ("avec", "sans") else None
        if skipped is not None and lower not in words:
            limit = min(limit + skipped - j + 1, end)
            j = skipped
            continue  # « s'en est pris sur sa plateforme X à Y », « avec une rare violence à Y »
        if lower in words and lower in DE and j > i and view.doc[j - 1].lower_ in COMPOUND_DE:
            break  # « ses félicitations, lors d'un sommet à Y »: a time phrase, not the noun's « de »
        if lower in A_FORMS and "de" in words:
            break  # « son appui total au parti de X »: the « de » of another phrase
        if lower in DE and j - 1 > i and view.doc[j - 1].pos_ == "NOUN" and after_topic(view, j - 1, i):
            break  # « s'est indignée après la condamnation de X »: the « de » of what it reacts to
        if (lower in words and not (lower in ("à", "au", "aux") and a_locution(view, j, end))) or agent is not None:
            k = j + 1 if agent is None else agent
            if lower in LOCUTION_HEADS and k < end and view.doc[k].lower_ in DE:
                k += 1  # « en faveur de X », « à l'encontre de X »
            if k < end and view.doc[k].text == "," and (after_incise := comma_incise_end(view, k, end)) is not None:
                k = after_incise + 1  # « des enquêtes contre, cette fois-ci, X et Y »
            while k < end and is_determiner(view.doc[k]) and k not in view.at:
                k += 1
            if "par" in words and k < end and k not in view.at and view.doc[k].lemma_.lower() in INSTRUMENT_NOUNS | DECISION_NOUNS:
                # « par le bref X »: the act by which one acts, not who acts; « par une décision du
                # Conseil », « par un décret du gouvernement »: its author, after « de »
                return _author_of(view, k + 1, end)
            members = distributed_members(view, k, end)
            if members:  # « avec les ministres d'Arménie, M. X, et d'Azerbaïdjan, M. Y »
                return members
            opening = k
            named = appositive_name(view, k, end) or named_organisation(view, k, end) or past_organ(view, k, end)
            k = past_role_nouns(view, k, end) if named is None else named
            found = view.group_past(k, end) or actions_of(view, k, end) or examples(view, k, end)  # « celui qui ..., X »
            if not found and lower in COMPANY_WORDS:  # « aux côtés de deux patrons, A et B », « ... de la tech : A et B »
                found = members_in_apposition(view, opening) or members_after_colon(view, opening)
            if not found and lower in DE and opening > j + 1 and view.doc[opening - 1].lower_ in ("un", "une"):
                found = named_after_colon(view, opening, end)  # « le soutien d'une figure respectée : Y, gouverneur de Z »
            found = found + _same_preposition_again(view, found, end, lower) + _and_described_member(view, found, end, lower)
            if len(found) == 1:
                found = found + next_described_person(view, found[0], end)  # « avec Mme X, maire de la ville, le député Y »
            if not found and (narrower := _narrowed_again(view, k, end, lower)) is not None:
                return complement(view, narrower, end, words, gap=0)  # « par l'opposition, et notamment par Y »: Y
            if lower in A_FORMS and len(found) == 1 and found[0].kind is EntityKind.LOCATION and found[0].start == k and (later := _dative_after_place(view, found[0], end)) is not None:
                # « a rendu hommage au Panthéon à Y », « a accordé une audience à l'Élysée à Y »: where, then to whom;
                # not a place a noun before it stands for (« son soutien à la candidature de l'Inde à un siège »)
                return later
            if len(found) > 1 and view.doc[found[-1].start].pos_ == "PRON" and opens_clause(view, found[-1]):
                found = found[:-1]  # « avec le ministre, M. Y, et je suis ému »: the next clause's subject pronoun
            return [s for s in found if s.kind in PARTIES]
        if token.text == "," and j + 2 < end and view.doc[j + 1].pos_ == "ADV" and ("par" in words or view.doc[j + 2].lower_ in words):
            limit = min(limit + 2, end)  # « critiquée, notamment par Y », « a porté plainte vendredi, notamment contre Y »
            continue
        if token.text == "," and j + 3 < end and (view.doc[j + 1].lower_, view.doc[j + 2].lower_) in SHORT_ADVERBIAL and view.doc[j + 3].lower_ in words:
            limit = min(limit + 3, end)
            continue  # « Autre plainte déposée par X, cette fois contre Y »
        if j == i and token.text == "," and j + 1 < end and view.doc[j + 1].lower_ in words:
            limit = min(limit + 1, end)
            continue  # the comma that closes an apposition (« de X, patron de Z, avec Y »)
        if token.text == "," and _names_the_preposition(view, j, end, words):
            limit = min(limit + 4, end)
            continue  # « s'est désistée à Lyon, en faveur de Y »
        located = _located_phrase_end(view, j, end) if lower in PLACE_OPENERS and lower not in words else None
        if located is not None:
            limit = min(limit + located - j, end)
            j = located - 1
            continue  # « a dîné lundi dans la banlieue de Lyon avec Y »: where, then the preposition
        comma = _place_phrase_end(view, j, end) if lower in PHRASE_PREPOSITIONS else None
        if comma is not None and _names_the_preposition(view, comma, end, words):
            limit = min(comma + 4, end)
            j = comma
            continue  # « s'est désistée dans la 3e circonscription du Cher, en faveur de Y »
        closing = comma_incise_end(view, j, end) if token.text == "," else None
        if closing is not None:
            while closing + 1 < end and view.doc[closing + 1].lower_ not in words and (following := comma_incise_end(view, closing, end)) is not None:
                closing = following  # « , ce dimanche, à Djeddah (Arabie saoudite), avec Y »; not past « , par Y, »
            limit = min(limit + closing - j + 1, end)
            j = closing  # « a été reçu, lundi, par Y », « s'est entretenu, ce dimanche, à Djeddah, avec Y »
            continue
        if j in view.at and is_possessive(view.at[j]):
            continue  # « s'est vu suspendre son compte par Y »: the owner, then the preposition
        if "par" in words and lower in ("à", "au") and (penalty := _penalty_end(view, j, end)) > j:
            limit = min(limit + penalty - j, end)
            j = penalty - 1
            continue  # « condamné à trois ans de prison ferme et cinq ans d'inéligibilité par le tribunal »
        if lower in DE and (decoration := _decoration_end(view, j, end)) > j:
            limit = min(limit + decoration - j, end)
            j = decoration - 1
            continue  # « a remis les insignes de commandeur de la Légion d'honneur à Y »: the rank, then to whom
        if (ago := ago_end(view.doc, j, end)) > j:
            limit = min(limit + ago - j, end)
            j = ago - 1
            continue  # « s'est entretenu il y a deux semaines avec Y »: when, then the preposition
        if token.like_num and (lasting := duration_end(view.doc, j, end)) > j:
            limit = min(limit + lasting - j, end)
            j = lasting - 1
            continue  # « suspendu quatre mois du groupe P »: a duration, then the preposition
        round_end = election_round_end(view, j, end)
        if round_end > j:
            limit = min(limit + round_end - j, end)
            j = round_end - 1
            continue  # « voterait au second tour de la présidentielle pour Y »
        if j in view.at and (view.at[j].kind is EntityKind.LOCATION or _seat(view, j)) and _after_place_word(view, j):
            place = view.at[j]
            limit = min(limit + (place.end - place.start), end)
            j = place.end - 1
            continue  # « a été reçue à l'Élysée par Y »: a place, then the preposition
        if token.text == "," and j > i and view.doc[j - 1].pos_ == "ADJ" and j + 1 < end and j + 1 not in view.at and view.doc[j + 1].pos_ == "ADJ":
            continue  # « un échange franc, direct et rapide avec Y »: a comma between adjectives
        if j in view.at or token.pos_ == "PUNCT" or (token.pos_ == "VERB" and "Part" not in features(token, "VerbForm")):
            break  # a participle may stand between: « l'entretien prévu entre », « décidée par »
    return []


#: The prepositions that open a locution whose « de X » a possessive may stand for (« à son égard », « en sa faveur »).
LOCUTION_OPENERS = ("à", "en", "aux")


def _possessive_locution(view: SentenceView, j: int) -> Optional[Slot]:
    """The possessive between a locution's preposition and its head noun at token j (« à votre
    égard », « en sa faveur », « à ses côtés », « en leur présence »): it stands for the locution's
    « de X », the party; else None."""
    owner = view.at.get(j - 1)
    if owner is None or owner.start != j - 1 or owner.end != j or not is_possessive_determiner(view.doc[j - 1]) or view.doc[j].lower_ not in LOCUTION_HEADS:
        return None
    return owner if j - 2 >= view.sent.start and view.doc[j - 2].lower_ in LOCUTION_OPENERS else None


#: Nouns of an office one is removed from (« suspendu de ses fonctions »).
OFFICE_NOUNS = function_words("office_noun")


def from_office(view: SentenceView, after: int, end: int) -> bool:
    """« de ses fonctions », « de son poste », « du gouvernement », « de la direction du parti »
    right after a ban verb or noun (past adverbs and a date) or after its object (« a écarté X du
    gouvernement », « l'exclusion de X de la direction du parti »), or an office as its object
    (« lui retire sa délégation »): a removal from office, no ban."""
    doc = view.doc
    i = past_adjuncts(view, after, end)
    person = view.at.get(i)
    if person is not None and person.start == i and person.kind is EntityKind.PERSON:
        i = past_adjuncts(view, person.end, end)
    if i + 1 < end and doc[i].lower_ == "du" and doc[i + 1].lower_ in OFFICE_NOUNS:
        return True
    if i + 1 < end and is_possessive_determiner(doc[i]) and doc[i + 1].lower_ in OFFICE_NOUNS:
        return True  # « lui retire sa délégation »: an office taken away
    return i + 2 < end and doc[i].lower_ in DE and doc[i + 1].pos_ == "DET" and doc[i + 2].lower_ in OFFICE_NOUNS


#: Nouns of an account a platform is named after (« son compte YouTube », « sa chaîne Twitch »).
ACCOUNT_NOUNS = function_words("account_noun")


def own_account_platform(view: SentenceView, owner: Slot) -> list[Slot]:
    """« son compte Instagram »: the platform named right after the account noun a possessive
    opens, else nothing."""
    doc, k = view.doc, owner.end
    if not is_possessive(owner) or k + 1 >= view.sent.end or doc[k].lower_ not in ACCOUNT_NOUNS:
        return []
    platform = view.at.get(k + 1)
    return [platform] if platform is not None and platform.kind is EntityKind.ORGANISATION and platform.start == k + 1 else []
#: Nouns of where one writes, after « sur » (« sur son compte Twitter », « sur son blog »).
MEDIUM_NOUNS = function_words("medium_noun") | ACCOUNT_NOUNS | function_words("platform_noun")


def _addressee_end(view: SentenceView, j: int, end: int) -> Optional[int]:
    """« auprès de la CNIL », « auprès du tribunal de Y »: the last token of the organisation
    one turns to after « auprès de » at token j, or None where none follows."""
    doc = view.doc
    k = j + 1
    if k >= end or doc[k].lower_ not in DE:
        return None
    k = past_determiners(view, k + 1, end)
    body = view.at.get(k)
    return body.end - 1 if body is not None and body.start == k and body.kind is EntityKind.ORGANISATION else None


def _medium_end(view: SentenceView, j: int, end: int) -> Optional[int]:
    """« sur sa plateforme X », « sur son compte Twitter », « sur les réseaux sociaux »: the
    last token of a phrase of the medium one speaks on, opened by « sur » at token j, or None."""
    doc = view.doc
    k = j + 1
    network = view.at.get(k)
    if network is not None and network.start == k and is_network(network):
        return network.end - 1  # « s'en prend sur X à Y », « croise le fer sur Telegram avec Y »
    while k < end and (k not in view.at or is_possessive(view.at[k])) and (is_determiner(doc[k]) or is_possessive_determiner(doc[k])):
        k += 1  # « sur son compte »: the possessive, a mention of its own
    last = None
    while k < end and k not in view.at and doc[k].lower_ in MEDIUM_NOUNS:
        last, k = k, k + 1
    if last is None:
        return None
    name = view.at.get(k)
    return name.end - 1 if name is not None and name.kind is EntityKind.ORGANISATION and name.start == k else last


#: Nouns of a decision, whose « de X » is who decided (« par une décision du Conseil »), by lemma.
DECISION_NOUNS = function_words("decision_noun")


def _author_of(view: SentenceView, k: int, end: int) -> list[Slot]:
    """The party named after « de » right after an act's noun (past its adjectives): « (une
    décision) du Conseil de l'Union européenne »; none where no « de » follows."""
    doc = view.doc
    while k < end and k not in view.at and doc[k].pos_ == "ADJ":
        k += 1
    if k >= end or doc[k].lower_ not in DE:
        return []
    k += 1
    while k < end and is_determiner(doc[k]) and k not in view.at:
        k += 1
    return [s for s in view.group_at(k, end) if s.kind in PARTIES]


#: How many words a penalty may have (« à trois ans de prison ferme et cinq ans d'inéligibilité »).
PENALTY_WORDS = 14


def _penalty_end(view: SentenceView, j: int, end: int) -> int:
    """The token after a penalty opened by « à » at token j (« à trois ans de prison », « à une
    amende de 500 euros »: a number or an article, then nouns, numbers, « de » and « et »), when
    « par » follows it; else j."""
    doc = view.doc
    k = j + 1
    if k >= end or not (doc[k].like_num or doc[k].lower_ in ("un", "une", "la")):
        return j
    while k < end and k - j <= PENALTY_WORDS and k not in view.at and doc[k].lower_ != "par" and (
        doc[k].like_num or doc[k].is_lower and (doc[k].pos_ in ("NOUN", "ADJ", "DET", "NUM", "ADP", "CCONJ") or doc[k].text == "-")
    ):
        k += 1
    return k if k < end and doc[k].lower_ == "par" and k > j + 2 else j


def is_network(slot: Slot) -> bool:
    """The mention names a social network or a messaging app (``org_types.tsv``)."""
    known = OrgTypes.shipped().of(slot.text) if slot.kind is EntityKind.ORGANISATION else None
    return known is not None and bool(known.types & NETWORK_TYPES)


#: Types of an organisation one speaks on (« sur X », « sur Telegram »).
NETWORK_TYPES = frozenset({"social_network", "messaging"})


#: How many words a phrase of place before a comma may have (« dans la 1re circonscription de la Somme, »).
PLACE_PHRASE_WORDS = 10


#: Prepositions of a place named through a noun of its part or surroundings (« à la périphérie de Lyon »).
PLACE_OPENERS = ("à", "au", "aux", "dans")
#: Nouns of a part or the surroundings of a place (« la périphérie », « la banlieue »).
VICINITY_NOUNS = function_words("vicinity_noun")


def _located_phrase_end(view: SentenceView, j: int, end: int) -> Optional[int]:
    """The token after « à la périphérie de X », « dans la banlieue de X » opened at token j: an
    article, a noun of a place's part or surroundings, « de » and a place named after it; else None."""
    doc = view.doc
    k = j + 1
    while k < end and is_determiner(doc[k]) and k not in view.at:
        k += 1
    place = named_after_de(view, k, end) if k < end and doc[k].lower_ in VICINITY_NOUNS else None
    return place.end if place is not None and place.kind is EntityKind.LOCATION else None


def _place_phrase_end(view: SentenceView, j: int, end: int) -> Optional[int]:
    """The comma that closes a phrase of place opened at token j, with no verb and no party in
    it but places (« dans la 1re circonscription de la Somme, »), or None."""
    doc = view.doc
    for k in range(j + 1, min(j + PLACE_PHRASE_WORDS, end)):
        if doc[k].text == ",":
            return k
        slot = view.at.get(k)
        if doc[k].pos_ in ("VERB", "AUX") or doc[k].text in (";", ":") or (slot is not None and slot.kind is not EntityKind.LOCATION):
            return None
    return None


def _names_the_preposition(view: SentenceView, comma: int, end: int, words: tuple[str, ...]) -> bool:
    """The preposition of a locution follows the comma (« , en faveur de Y »)."""
    return bool(words) and all(w in LOCUTION_HEADS for w in words) and any(t.lower_ in words for t in view.doc[comma + 2 : min(comma + 4, end)])


#: How many words the thing a noun's « de » names may have before « ainsi que celle de Y ».
ALSO_OF_WORDS = 6
#: The pronouns that take up a noun before a second « de » (« celle de Y »).
TAKEN_UP = function_words("taken_up")


def also_of(view: SentenceView, after: int, end: int) -> list[Slot]:
    """« la dissolution de cette ligue ainsi que celle de Y », « l'exclusion de trois élus, comme
    celle de Y »: where the noun's own « de » names no party, the party named after the « celle
    de » that takes the noun up in a list; else nothing."""
    doc = view.doc
    if after >= end or doc[after].lower_ not in DE:
        return []
    for k in range(after + 1, min(after + 1 + ALSO_OF_WORDS, end - 2)):
        if k in view.at or doc[k].pos_ in ("VERB", "AUX"):
            return []
        if doc[k].lower_ in TAKEN_UP and doc[k + 1].lower_ in DE and any(doc[m].lower_ in ("que", "comme", "et") or doc[m].text == "," for m in range(k - 2, k)):
            return parties_after_articles(view, k + 2, end, past_roles=True)
    return []


#: Ordinals of a round of voting (« au second tour »).
ROUND_ORDINALS = function_words("election_round")


def election_round_end(view: SentenceView, j: int, end: int) -> int:
    """« au second tour », « au premier tour de la présidentielle »: the token after the phrase
    of a round of voting that begins at token j, or j when there is none."""
    doc = view.doc
    if j + 2 >= end or doc[j].lower_ != "au" or doc[j + 1].lower_ not in ROUND_ORDINALS or doc[j + 2].lower_ != "tour":
        return j
    k = j + 3
    if k + 1 < end and doc[k].lower_ in DE:
        m = k + 1
        while m < end and is_determiner(doc[m]) and m not in view.at:
            m += 1
        if m < end and m not in view.at and doc[m].pos_ in ("NOUN", "ADJ") and doc[m].is_lower:
            return m + 1  # « de la présidentielle », « des législatives »
    return k


#: How far a relative clause between a noun and its complement may reach (« la rencontre qui
#: eut lieu le 24 octobre 1940 entre X et Y »).
RELATIVE_REACH = 12


def past_relative(view: SentenceView, after: int, words: tuple[str, ...]) -> int:
    """Where one of ``words`` (the noun's preposition) stands after a relative clause that follows
    the noun, with no party in it (« la rencontre qui eut lieu le 24 octobre entre X et Y »);
    the sentence's end if none."""
    doc, end = view.doc, view.sent.end
    if after >= end or doc[after].lower_ not in ("qui", "qu'", "qu’"):
        return end
    for j in range(after + 1, min(after + RELATIVE_REACH, end)):
        if j in view.at or doc[j].text in (",", ";", ":", "(", "«"):
            return end
        if j > after + 1 and doc[j].lower_ in words:
            return j
    return end


def fronted(view: SentenceView, cue: Token, preposition: str) -> list[Slot]:
    """« Contre X et Y, le parquet a requis six mois de prison », « Avec le président X, nous
    avons longuement évoqué la crise »: the parties of a sentence that opens with the
    preposition and its group, closed by a comma before the cue's clause; else none."""
    doc, start = view.doc, view.sent.start
    if doc[start].text in QUOTES and start + 1 < cue.i:
        start += 1  # « « Avec X, nous avons évoqué ... », a écrit Y »: the quotation opens the sentence
    if doc[start].lower_ != preposition or start + 1 >= cue.i:
        return []
    group = [s for s in view.group_at(past_role_nouns(view, past_determiners(view, start + 1, cue.i), cue.i), cue.i) if s.kind in PARTIES]
    return group if group and group[-1].end < cue.i and doc[group[-1].end].text == "," else []


def named_in_parentheses(view: SentenceView, i: int, end: int) -> list[Slot]:
    """« a attaqué le parti des républicains (GOP) »: a noun phrase followed by its name in
    parentheses names that party."""
    doc = view.doc
    for j in range(i, min(i + 7, end)):
        token = doc[j]
        if token.text == "(":
            inside = [s for s in view.slots if s.start == j + 1 and s.end < len(doc) and doc[s.end].text == ")"]
            return inside[:1]
        if j in view.at or token.pos_ not in ("DET", "NOUN", "ADJ", "ADP"):
            return []
    return []


#: Prepositions before a country where a ban holds (« bloqué en Russie », « interdit au Népal »).
IN_COUNTRY = function_words("in_country")


def country_of_ban(view: SentenceView, i: int, end: int) -> list[Slot]:
    """« Telegram a été bloqué en Russie », « le blocage de Wikipédia en Turquie »: a ban with
    no actor named holds in a country, whose state is its source."""
    doc = view.doc
    limit = min(i + MAX_GAP + 2, end - 1)
    j = i - 1
    while j + 1 < limit:
        j += 1
        lasting = lasting_end(doc, j, end)
        if lasting > j:  # « bloqué au moins pour six mois en Slovénie »: a duration, then the country
            limit, j = min(limit + lasting - j, end - 1), lasting - 1
            continue
        if j in view.at and doc[j - 1].lower_ not in IN_COUNTRY:
            continue
        if _travel_to(doc, j):
            continue  # « ont été interdits de se rendre au Bhoutan »: where they may not go
        if doc[j].pos_ in ("VERB", "AUX") or doc[j].text in (",", ";", ":"):
            return []
        if doc[j].lower_ in IN_COUNTRY:
            slot = view.at.get(j + 1)
            return [slot] if slot is not None and _a_state(slot) else []
    return []


#: Verbs of going somewhere, after « interdit de » (« interdit de se rendre en X »), by lemma.
TRAVEL_VERBS = function_words("travel_verb")


def _travel_to(doc: Doc, j: int) -> bool:
    """Token j is the infinitive of a verb of going right after « de » (past « se »): « interdits
    de se rendre au Bhoutan », « interdit d'entrer en Russie »."""
    k = j - 1
    if k > 0 and doc[k].lower_ in ("se", "s'", "s’"):
        k -= 1
    return k >= 0 and doc[k].lower_ in ("de", "d'", "d’") and doc[j].lemma_.lower() in TRAVEL_VERBS and "Inf" in doc[j].morph.get("VerbForm")


def _a_state(slot: Slot) -> bool:
    """A place that may be a state banning something: a country of the shipped table, or a name
    of one word that is no territory (« Turquie », « Suisse »); not « Conseil régional du
    Grand-Est », which the recogniser may take for a place."""
    if slot.kind is not EntityKind.LOCATION or slot.text in territories():
        return False
    return slot.text in countries() or " " not in slot.text


@lru_cache(maxsize=1)
def territories() -> frozenset[str]:
    """Places that are no state (``territories.txt``): a ban « en X » there is not X's."""
    return frozenset(read_lines("territories.txt"))


def authorities_of_opening_place(view: SentenceView, cue: Token, start: int) -> list[Slot]:
    """« En Algérie, pour éviter des fuites, les autorités ont décidé de bloquer X »: « les
    autorités » named by no country, subject of the cue's clause, are the state of the country
    of the phrase « En X » that opens the sentence."""
    doc = view.doc
    first = view.sent.start
    if first + 1 >= cue.i or doc[first].lower_ not in IN_COUNTRY:
        return []
    place = view.at.get(first + 1)
    if place is None or place.kind is not EntityKind.LOCATION or place.start != first + 1 or place.end >= cue.i or doc[place.end].text != ",":
        return []
    for k in range(max(start, place.end), cue.i):
        if doc[k].lemma_.lower() in AUTHORITY_NOUNS and doc[k].dep_.startswith("nsubj") and k not in view.at:
            return [place]  # « les autorités algériennes » would be a mention of its own
    return []


#: Nouns of a country's authorities (« les autorités »), by lemma.
AUTHORITY_NOUNS = function_words("authority_noun")


#: Words of a decoration's rank and order (« commandeur », « grand officier », « Légion d'honneur »), lower case.
DECORATION_WORDS = function_words("decoration_word")


def _decoration_end(view: SentenceView, j: int, end: int) -> int:
    """Past the rank and order of a decoration opened by « de » at token j (« de grand officier
    de la Légion d'honneur », « de chevalier de l'ordre national du Mérite »); j where none."""
    doc = view.doc
    k, ranked = j, False
    while k < end:
        slot = view.at.get(k)
        if slot is not None and slot.start == k and doc[k].lower_ in DECORATION_WORDS:
            k, ranked = slot.end, True  # « la Légion d'honneur », which the model may name
            continue
        if slot is not None or not (doc[k].lower_ in DE or doc[k].lower_ == "dans" or is_determiner(doc[k]) or doc[k].lower_.replace("’", "'") in DECORATION_WORDS):
            break
        ranked = ranked or doc[k].lower_ in DECORATION_WORDS
        k += 1
    return k if ranked else j


#: Nouns of a delegation whose members a participle lists (« une délégation composée de A, B et C »), by lemma.
DELEGATION_NOUNS = function_words("delegation_noun")
#: Participles that list a delegation's members (« composée de ») or name its head (« conduite par »), by lemma.
DELEGATION_PARTICIPLES = function_words("delegation_participle")
#: How many words may stand between a delegation's noun and the participle that lists its members.
DELEGATION_REACH = 6


def delegation_members(view: SentenceView, i: int, end: int) -> list[Slot]:
    """« a reçu une délégation jordanienne composée de MM. A, B et C », « une délégation de P
    conduite par Y »: the people a participle after the noun of a delegation lists or names as its
    head, who were met; else []."""
    doc = view.doc
    k = past_determiners(view, i, end)
    if k >= end or doc[k].lemma_.lower() not in DELEGATION_NOUNS:
        return []
    for j in range(k + 1, min(k + 1 + DELEGATION_REACH, end - 1)):
        if doc[j].lemma_.lower() in DELEGATION_PARTICIPLES and doc[j + 1].lower_ in ("de", "d'", "d’", "par", "des"):
            return _listed_people(view, j + 2 if doc[j + 1].lower_ != "des" else j + 1, end)
        if doc[j].pos_ in ("VERB", "AUX") or doc[j].text in (",", ";", ":"):
            return []
    return []


def _listed_people(view: SentenceView, m: int, end: int) -> list[Slot]:
    """The people of a list from token m, each past the role set off after it (« MM. A, vice-Premier
    ministre, B, ministre des affaires étrangères, et C, membre du comité »), up to a verb or the
    clause's end."""
    doc, found = view.doc, []
    k = m
    while k < end:
        slot = view.at.get(k)
        if slot is not None and slot.start == k:
            if slot.kind is EntityKind.PERSON and all(slot.cluster != f.cluster for f in found) and (not found or doc[k - 1].lower_ in (",", "et") or is_title(doc[k - 1])):
                found.append(slot)
            k = slot.end
            continue
        if doc[k].pos_ in ("VERB", "AUX") and not is_past_participle(doc[k]) or doc[k].text in (";", ":", "."):
            break
        k += 1
    return found


def _seat(view: SentenceView, j: int) -> bool:
    """The mention at j is an institution named by a noun of a seat of power (« l'ambassade de
    France », « le ministère de l'Intérieur »): after « à », a place (« reçu à l'ambassade de
    France par Y »)."""
    slot = view.at[j]
    return slot.kind is EntityKind.ORGANISATION and view.doc[slot.start].lemma_.lower() in SEAT_NOUNS


def _after_place_word(view: SentenceView, j: int) -> bool:
    """A preposition of place (« à », « en », « au ») stands before the mention at j, past articles,
    or before a common noun of which the mention is the complement (« dans la cour de
    l'Élysée », « au palais de la Zarzuela »)."""
    doc = view.doc
    k = j - 1
    while k > view.sent.start and doc[k].pos_ == "DET" and k not in view.at:
        k -= 1
    if doc[k].lower_ in DE and k - 1 > view.sent.start and doc[k - 1].pos_ == "NOUN" and doc[k - 1].is_lower:
        k -= 2  # « la cour de », then its article and preposition
        while k > view.sent.start and doc[k].pos_ == "DET" and k not in view.at:
            k -= 1
    return doc[k].lower_ in PLACE_PREPOSITIONS


#: Participles of company after a comma (« X, accompagné de Y, ... »).
COMPANY_PARTICIPLES = function_words("company_participle")


def companions(view: SentenceView, slot: Slot) -> list[Slot]:
    """Those set off by commas as coming with the party (« X, accompagné de Y, a reçu Z », « a reçu
    X, accompagné de son ministre Y », « a reçu X, qui est accompagné de Y », « X, avec Y et W, a
    rendu visite à Z »): at a meeting, they
    meet the other side too. The party's own apposition (« le président du parti, M. X, ») is passed."""
    doc, end, k = view.doc, view.sent.end, slot.end
    if doc[slot.start].lower_ == "nous" and slot.end == slot.start + 1:
        return _our_companions(view, slot)
    while k + 1 < end and doc[k].text == "," and k + 1 in view.at and view.at[k + 1].cluster == slot.cluster:
        k = view.at[k + 1].end  # « le président du Parlement, M. X, accompagné de Y »
        if k + 2 < end and doc[k].text == "(" and doc[k + 2].text == ")":
            k += 3  # « présidente de l'Autorité nationale des réseaux (ANR), »
    if k + 2 >= end or doc[k].text != ",":
        return []
    described = _past_member_description(view, k + 1, end, words=TITLED_MEMBER_DESCRIPTION_WORDS) if k + 1 < end else None
    if described is not None and (_accompanied_relative(doc, described, end) or _accompanied_after(doc, described, end)):
        k = described  # « Mme X, présidente de l'ANR, qui est accompagnée de M. Y », « M. X, président de P, accompagné de M. Y »: past the description
    if _accompanied_relative(doc, k, end):
        k += 2  # « Mme X, qui est accompagnée de M. Y »: as the participle alone
    word = doc[k + 1].lower_
    if word in COMPANY_PARTICIPLES:
        return [s for s in complement(view, k + 2, end, (*sorted(DE), "par"), gap=0) if s.kind is EntityKind.PERSON]
    if word != "avec":
        return []
    group = view.group_at(k + 2, end)
    closed = bool(group) and group[-1].end < end and doc[group[-1].end].text == ","
    return [s for s in group if s.kind is EntityKind.PERSON] if closed else []  # « X, avec Y et W, ... »


def _accompanied_after(doc: Doc, k: int, end: int) -> bool:
    """From the comma at token k, a participle of company (« , accompagné de »)."""
    return k + 2 < end and doc[k].text == "," and doc[k + 1].lower_ in COMPANY_PARTICIPLES


def _accompanied_relative(doc: Doc, k: int, end: int) -> bool:
    """From the comma at token k, a relative of company (« , qui est accompagnée de »)."""
    return k + 4 < end and doc[k].text == "," and doc[k + 1].lower_ == "qui" and doc[k + 2].lemma_ == "être" and doc[k + 3].lower_ in COMPANY_PARTICIPLES


def _our_companions(view: SentenceView, slot: Slot) -> list[Slot]:
    """« Avec le président X, nous avons rencontré Z », « Hier, avec X, nous ... »: the persons after
    an « avec » that opens the sentence or a phrase of it, set off by a comma right before the
    subject « nous », are of that « nous » and meet the other side too; else [] (not « nous avons
    discuté avec X, puis avec Z », where X is the other side)."""
    doc, start, end = view.doc, view.sent.start, view.sent.end
    opening = next((i for i in range(slot.start - 1, max(slot.start - 3, start - 1), -1) if doc[i].text == ","), None)
    if opening is None:
        return []
    spot = next((i for i in range(start, opening) if doc[i].lower_ == "avec" and (i == start or doc[i - 1].text == ",")), None)
    first = next((n for n in range(spot + 1, min(spot + 4, end)) if n in view.at), None) if spot is not None else None  # « avec le président X »
    group = view.group_at(first, end) if first is not None else []
    return [s for s in group if s.kind is EntityKind.PERSON] if group and group[-1].end == opening else []


def parties_in_object_list(view: SentenceView, i: int, end: int) -> list[Slot]:
    """« a rencontré des syndicalistes, des élus et Y »: an object that lists noun phrases, its last
    one after « et » or « ou », the first a common noun after its article: the members that are a
    party alone (an article, then the name) are objects too; not where another member names a
    party (« des élus de P et Y », « l'amitié des liens entre X et Y »), nor a list whose last
    member opens a clause of its own (« la réforme et Y a ... »).
    [] where the object is no such list."""
    doc = view.doc
    i = past_adjuncts(view, i, end)
    if i >= end or i in view.at or not is_determiner(doc[i]):
        return []
    members: list[tuple[int, int]] = []
    start, joiner, k = i, "", i
    while k < end:
        token = doc[k]
        if (token.pos_ in ("VERB", "AUX") and k not in view.at) or token.text in LIST_STOPS or token.text in QUOTES:
            break
        if k not in view.at and (token.text == "," or token.lower_ in ("et", "ou")):
            if k == start:
                return []  # « , et »: a clause joined, no list of nouns
            members.append((start, k))
            joiner, start = token.lower_, k + 1
        k += 1
    if k < end and doc[k].pos_ in ("VERB", "AUX"):
        return []  # « a critiqué la réforme et Y a démissionné »: Y opens a clause
    members.append((start, k))
    if len(members) < 2 or joiner not in ("et", "ou") or start == k:
        return []
    found: list[Slot] = []
    for a, b in members:
        j = a
        while j < b and is_determiner(doc[j]) and j not in view.at:
            j += 1
        slot = view.at.get(j)
        if slot is not None and slot.start == j and slot.end == b and slot.kind in PARTIES:
            found.append(slot)
        elif not is_determiner(doc[a]) or any(n in view.at for n in range(a, b)):
            return []  # every other member a common noun after its article, naming no party (not « des liens entre X et Y »)
    return found


#: Marks that close an object's list (« ; », « : », parentheses, a stop).
LIST_STOPS = frozenset({";", ":", "(", ")", "?", "!", ".", "…"})
