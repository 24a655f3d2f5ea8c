"""Relative clauses and clefts: who « qui », « que » and « dont » stand for.

« X, qui a reçu Y »: the antecedent of « qui » is the subject, also across an apposition (« de
la part de X, présidente du groupe Y, qui a dénoncé ... »); « c'est X et Y qui ... » (a cleft):
the group after « c'est »; « Y, que X a attaqué »: the antecedent of « que » is the object;
« Z, dont X a appuyé la candidature »: the antecedent of « dont » owns the object.
"""

from __future__ import annotations

from typing import Optional

from spacy.tokens import Doc, Token

from ..data import function_words
from ..models import EntityKind
from .control import infinitive_mark
from .cues import SHORT_ADVERBIAL, party_actions, verb_lemma
from .sentence import (
    CE,
    CLAUSE_BREAKS,
    DATIVE_RELATIVES,
    DE,
    PARTIES,
    PREPOSED_RELATIVES,
    SUBORDINATORS,
    SentenceView,
    Slot,
    is_determiner,
    is_title,
    parties_after_articles,
    role_heads,
    verb_before,
)
from .typography import DASHES


#: Marks between a party and the relative pronoun that describes it (« X, qui », « X (qui », « X — qui »).
BEFORE_RELATIVE = frozenset({",", "("}) | DASHES


def relative_object(view: SentenceView, cue: Token, subjects: list[Slot], after: int, end: int, pronoun_at: Optional[int] = None) -> list[Slot]:
    """« Y, que X a attaqué »: the antecedent of a relative « que » is the object; « Z, dont X a
    appuyé la candidature »: the antecedent of « dont » owns the object. ``subjects``: the
    cue's subject group (X), which the relative pronoun stands before (at ``pronoun_at`` where
    the caller found it: :func:`relative_pronoun`)."""
    doc = view.doc
    j = relative_pronoun(view, cue, subjects) if pronoun_at is None else pronoun_at
    pronoun = doc[j].lower_ if j > view.sent.start else ""
    if pronoun == "dont":
        k = after
        while k < end and (is_determiner(doc[k]) or doc[k].pos_ == "ADV") and k not in view.at:
            k += 1
        if k >= end or doc[k].lemma_.lower() not in party_actions() or (k + 1 < end and doc[k + 1].lower_ in DE and parties_after_articles(view, k + 2, end)):
            return []  # « Z, dont je salue le travail de Y »: Y's; not « dont je salue les activités de recherche »
    elif pronoun not in ("que", "qu'", "qu’") or view.after_tant(j):
        return []  # « tant Y que X ont suspendu ... »: Y is a subject too
    k = j - 1
    while k >= view.sent.start and doc[k].text in BEFORE_RELATIVE:
        k -= 1  # « Y, que », « Y (que X a reçu) »
    if k > view.sent.start and doc[k].lower_.endswith(("-même", "-mêmes")) and k - 1 in view.at:
        k -= 1  # « à X lui-même, que nous avons reçu la veille »
    slot = view.at.get(k)
    if slot is None and k < j - 1:
        slot = _before_bare_apposition(view, k)  # « X, agriculteur, que j'ai rencontré hier »
    if slot is None or slot.kind not in PARTIES:
        return []
    if slot.kind is EntityKind.LOCATION and view.preceded_by_preposition(slot):
        return []  # « les personnels de notre ambassade en Russie, dont X salue le courage »: the people, not the place
    if k == j - 1 and slot.start > view.sent.start and doc[slot.start - 1].lower_ in DE:
        return []  # « la femme de Y que X a reçue »: without a comma, the relative may be the noun's
    if k == j - 1 and pronoun != "dont" and doc[j].pos_ != "PRON" and not _bare_relative(view, cue, slot):
        return []  # « a informé Y que X avait suspendu son compte »: a conjunction, not a relative
    return antecedent_group(view, slot, plural=True)  # « X et Y, que je salue »: both


def relative_pronoun(view: SentenceView, cue: Token, subjects: list[Slot]) -> int:
    """Where the relative pronoun of the cue's clause would stand: before its subject group
    (``subjects``), its title or role noun and its auxiliaries (« Y, que le président X a reçu »),
    or before the verb that governs the cue (« Y, que je tiens à saluer »)."""
    doc = view.doc
    j = (subjects[0].start if subjects else cue.i) - 1
    while j > view.sent.start and (doc[j].pos_ in ("DET", "AUX", "ADV") or is_title(doc[j]) or doc[j].dep_.startswith("aux") or j in view.hidden or _ends_adverbial(view, j)) and j not in view.at:
        j -= 2 if _ends_adverbial(view, j) else 1  # « Y, que M. X a reçu »: the title before the subject's name
    while subjects and j > view.sent.start and doc[j].is_lower and doc[j].lower_ in role_heads() and j not in view.at:
        j -= 1  # « Y, que le président X a reçu »: the role noun before the subject's name
        while j > view.sent.start and is_determiner(doc[j]) and j not in view.at:
            j -= 1
    if not subjects and j > view.sent.start and doc[j].pos_ == "PRON" and doc[j].dep_.startswith("nsubj"):
        j -= 1  # « le parti P, qu'il qualifie de secte »: a subject pronoun left unplaced, then « qu' »
    if (doc[j].lower_ if j > view.sent.start else "") not in RELATIVE_OBJECT_PRONOUNS and (governing := _before_governing_verb(view, cue)) is not None:
        j = governing  # « Y, que je tiens à saluer »
    return j


#: How many words an apposition between a person and a relative may have (« X, très en pointe, que »),
#: and how many when a role noun opens it (« X, présidente du comité sur la pauvreté, dont »).
APPOSITION_WORDS = 5
ROLE_APPOSITION_WORDS = 9


def _before_bare_apposition(view: SentenceView, k: int) -> Optional[Slot]:
    """The person before an apposition between commas that ends at token k and names no party
    and no verb (« X, agriculteur, que j'ai rencontré », « X, très en pointe, que je salue », « X,
    présidente du comité sur la pauvreté, dont je salue le travail »: a longer one where a role
    noun opens it); else None."""
    doc = view.doc
    for c in range(k, max(view.sent.start, k - ROLE_APPOSITION_WORDS) - 1, -1):
        if doc[c].text == ",":
            before = view.at.get(c - 1)
            if k - c > APPOSITION_WORDS and doc[c + 1].lower_ not in role_heads():
                return None
            return before if c < k and before is not None and before.kind is EntityKind.PERSON else None
        if c in view.at or doc[c].pos_ in ("VERB", "AUX", "PUNCT") or doc[c].lower_ in SUBORDINATORS:
            return None
    return None


#: The relative pronouns whose antecedent is the object, or owns it.
RELATIVE_OBJECT_PRONOUNS = frozenset({"que", "qu'", "qu’", "dont"})


def _before_governing_verb(view: SentenceView, cue: Token) -> Optional[int]:
    """« Y, que je tiens à saluer », « Y, que je veux remercier »: the token before the subject of
    the verb that governs the infinitive cue (a relative pronoun, where one stands there), or
    None where the cue is no infinitive after such a verb and its subject."""
    doc = view.doc
    mark = infinitive_mark(view, cue)  # « à saluer », « de ne pas saluer »; none after a modal (« veux remercier »)
    if mark is None and "Inf" not in cue.morph.get("VerbForm"):
        return None
    k = (mark if mark is not None else cue.i) - 1
    while k > view.sent.start and doc[k].pos_ == "ADV" and k not in view.at:
        k -= 1
    if k > view.sent.start + 1 and doc[k].pos_ == "VERB" and "Part" in doc[k].morph.get("VerbForm") and doc[k - 1].pos_ == "AUX":
        k -= 1  # « Y, que j'avais décidé de recevoir », « que X a tenu à saluer »: the auxiliary of the governing verb
    if k <= view.sent.start or doc[k].pos_ not in ("VERB", "AUX") or "Fin" not in doc[k].morph.get("VerbForm"):
        return None
    subject = view.at.get(k - 1)
    if subject is None or subject.end != k or (doc[subject.start].pos_ != "PRON" and subject.kind not in PARTIES):
        return None
    k = subject.start - 1
    while k > view.sent.start and is_title(doc[k]) and k not in view.at:
        k -= 1  # « Y, que Mme X propose de reconduire »: the title before the subject's name
    return k if subject.start > view.sent.start else None


#: Prepositions a list may repeat before each of its members (« à X et à Y », « au groupe Y »).
REPEATED_PREPOSITIONS = function_words("repeated_preposition")


def antecedent_group(view: SentenceView, last: Slot, plural: Optional[bool] = None) -> list[Slot]:
    """« notamment Twitter, Facebook et Instagram, qui l'ont banni »: a relative « qui » after a
    coordination stands for the whole of it, when the verb is plural; else for the last name.
    ``plural``, when given, says it instead of the verb (« X et Y, critiques envers Z »)."""
    doc = view.doc
    group = [last]
    j = last.start
    while True:
        m = j - 1
        while m > max(view.sent.start, j - 3) and (is_determiner(doc[m]) or doc[m].lower_ in REPEATED_PREPOSITIONS) and m not in view.at:
            m -= 1  # « à la police et à la gendarmerie, que je remercie »: the preposition said again
        k = m
        while k > view.sent.start and (doc[k].lower_ in ("et", "ou") or doc[k].text == ",") and k not in view.at:
            k -= 1
        before = view.at.get(k)
        if before is None or before is group[0] or k == m or before.kind not in PARTIES:
            break
        group.insert(0, before)
        j = before.start
    if len(group) > 1 and not any(doc[i].lower_ == "et" or doc[i].lower_ == "ou" for i in range(group[0].end, last.start)):
        return [last]  # « X, Y, qui ... »: an apposition, not a list
    if plural is None:
        verb = next((t for t in doc[last.end : min(last.end + 6, view.sent.end)] if t.pos_ in ("AUX", "VERB")), None)
        plural = verb is not None and "Plur" in verb.morph.get("Number")
    return group if plural else [last]


def _bare_relative(view: SentenceView, cue: Token, slot: Slot) -> bool:
    """« Y que j'ai reçu vendredi », the « que » tagged as a conjunction: a relative all the same
    where the cue has no object of its own and no verb stands right before Y, or before its
    « à », to govern a « que » clause (not « a informé Y que X avait suspendu son compte », « a
    rappelé à Y que X condamnait ... »)."""
    doc = view.doc
    if any(c.dep_ == "obj" for c in cue.children):
        return False
    k = slot.start - 1
    while k > view.sent.start and is_determiner(doc[k]):
        k -= 1
    if k > view.sent.start and doc[k].lower_ in DATIVES:
        k -= 1  # « a rappelé de nouveau à Y que X condamnait ... »: the verb of saying before its « à »
        stop = max(view.sent.start, k - DATIVE_REACH)
        while k > stop and doc[k].pos_ not in ("VERB", "AUX") and not doc[k].is_punct and k not in view.at:
            k -= 1  # past its adverbs (« une fois encore »)
    return k < view.sent.start or doc[k].pos_ not in ("VERB", "AUX")


#: The forms of « à » before the one a verb of saying speaks to.
DATIVES = ("à", "au", "aux")
#: How many words of adverbs may stand between a verb of saying and its « à ».
DATIVE_REACH = 4


def _ends_adverbial(view: SentenceView, j: int) -> bool:
    """Token j ends a short adverbial phrase (« par ailleurs »): the walk goes on past its first word."""
    doc = view.doc
    return j - 1 > view.sent.start and (doc[j - 1].lower_, doc[j].lower_) in SHORT_ADVERBIAL


def relative_complement(view: SentenceView, cue: Token, subjects: list[Slot], words: tuple[str, ...]) -> list[Slot]:
    """« Y, auquel X a reproché ... », « Y, avec qui X s'est entretenu »: the antecedent of a
    relative pronoun governed by the cue's preposition (one of ``words``) is its party.
    ``subjects``: the cue's subject group (X), which the relative pronoun stands before."""
    doc = view.doc
    if not subjects:
        return []
    j = subjects[0].start - 1
    while j > view.sent.start and (doc[j].pos_ in ("DET", "AUX", "ADV") or j in view.hidden) and j not in view.at:
        j -= 1
    if doc[j].lower_ in DATIVE_RELATIVES and "à" in words:
        p = j
    elif doc[j].lower_ in PREPOSED_RELATIVES and j - 1 > view.sent.start and doc[j - 1].lower_ in words:
        p = j - 1
    else:
        return []
    k = p - 1
    while k >= view.sent.start and doc[k].text == ",":
        k -= 1
    slot = view.at.get(k)
    placed = slot is not None and slot.start - 1 > view.sent.start and view.doc[slot.start - 1].lower_ in ("à", "en")
    before = view.at.get(slot.start - 2) if placed else None
    if placed and (slot.kind is EntityKind.LOCATION or (before is not None and before.kind is EntityKind.PERSON)):
        slot = before  # « j'ai vu X à Tunis, auquel ... »: X, not where they were (a city read as its government too)
        k = p - 2 if slot is not None and slot.kind is EntityKind.PERSON else p
    if slot is None or slot.kind not in PARTIES or (k >= p - 1 and not _person_not_governed(view, slot)) or _of_a_person_noun(view, slot):
        return []  # « le fils de X, avec lequel je me suis entretenu »: the son, not X
    if "Plur" in doc[j].morph.get("Number") or doc[j].lower_.endswith("s"):
        # « les professeurs X et Y, auxquels je rends hommage »: all those the plural pronoun stands for
        return [s for s in view.group_ending_at(slot) if s.kind is slot.kind]
    return [slot]


def _person_not_governed(view: SentenceView, slot: Slot) -> bool:
    """A person no noun governs (not after « de », but after « et de »), which a relative
    pronoun with its preposition may follow with no comma (« et de Mme X à laquelle je rends
    hommage »; not « la loi de X à laquelle »)."""
    doc = view.doc
    k = slot.start - 1
    while k > view.sent.start and is_title(doc[k]):
        k -= 1
    return slot.kind is EntityKind.PERSON and k >= view.sent.start and (doc[k].lower_ not in DE or (k > view.sent.start and doc[k - 1].lower_ == "et"))


def _of_a_person_noun(view: SentenceView, slot: Slot) -> bool:
    """The mention is the complement of a noun for a person (« le fils de X », « le conseiller de
    X »): a relative pronoun after it may stand for that person as well as for X."""
    doc = view.doc
    j = slot.start - 1
    while j > view.sent.start and is_determiner(doc[j]) and j not in view.at:
        j -= 1
    return j - 1 >= view.sent.start and doc[j].lower_ in DE and doc[j - 1].lower_ in role_heads() and j - 1 not in view.at


def opening_dont(view: SentenceView, start: int) -> Optional[int]:
    """The « dont » that opens the clause beginning at ``start`` (or right before it), or None."""
    doc = view.doc
    j = start if doc[start].lower_ == "dont" else start - 1
    return j if j > view.sent.start and doc[j].lower_ == "dont" else None


def slot_before(view: SentenceView, j: int) -> Optional[Slot]:
    """The mention that ends right before token j, past commas (the antecedent of a relative)."""
    m = j - 1
    while m > view.sent.start and view.doc[m].text == ",":
        m -= 1
    return view.at.get(m)


def dont_owner(view: SentenceView, start: int, cue: Token) -> list[Slot]:
    """« X, dont le compte a été suspendu par Y »: the antecedent of a « dont » that opens the
    clause owns the proxy noun that is its subject (``party_actions.txt``); else nothing."""
    doc = view.doc
    j = opening_dont(view, start)
    if j is None:
        return []
    k = j + 1
    while k < cue.i and is_determiner(doc[k]) and k not in view.at:
        k += 1
    if k >= cue.i or doc[k].lemma_.lower() not in party_actions():
        return []
    slot = slot_before(view, j)
    if slot is not None and slot.kind is not EntityKind.PERSON and doc[k].lemma_.lower() in NOMINATION_NOUNS:
        slot = before_apposition(view, slot) or slot  # « X, président de P, dont la reconduction a été proposée hier par Y »: X's
    return [slot] if slot is not None and slot.kind in PARTIES else []


#: Nouns of a nomination, which is a person's (« candidature », « reconduction »), by lemma.
NOMINATION_NOUNS = function_words("nomination_noun")


def cleft_focus(view: SentenceView, qui: int) -> list[Slot]:
    """« c'est X, directrice de Y, qui s'y est rendue »: the « qui » of a cleft stands for the
    mentions right after « c'est » / « ce sont », whatever apposition follows them."""
    doc = view.doc
    for p in range(qui - 2, view.sent.start - 1, -1):
        if doc[p].lower_ in CE and doc[p + 1].lemma_.lower() == "être":
            j = p + 2
            while j < qui and is_determiner(doc[j]) and j not in view.at:
                j += 1
            group = [s for s in view.group_at(j, qui) if s.kind in PARTIES]
            if not group:
                return []
            between = doc[group[-1].end : qui]
            if any(t.pos_ in ("VERB", "AUX") or t.text in CLAUSE_BREAKS or t.lower_ in SUBORDINATORS for t in between):
                return []
            return group
        if doc[p].pos_ in ("VERB", "AUX") and doc[p].lemma_.lower() != "être":
            return []
    return []


def before_apposition(view: SentenceView, slot: Slot) -> Optional[Slot]:
    """« X, propriétaire de Y, qui ... »: the person before the apposition that holds ``slot``."""
    doc = view.doc
    j = slot.start - 1
    while j > view.sent.start and doc[j].text != ",":
        if doc[j].pos_ in ("VERB", "AUX", "PUNCT") or (j in view.at and view.at[j] is not slot and view.at[j].kind is EntityKind.PERSON):
            return None
        j -= 1
    before = view.at.get(j - 1)
    return before if before is not None and before.kind is EntityKind.PERSON else None


#: Locutions of belonging to a group (« faire partie des soutiens de Y »), as tuples of words.
MEMBERSHIP = tuple(sorted(tuple(phrase.split()) for phrase in function_words("membership")))


def membership_verb(view: SentenceView, j: int, start: int) -> Optional[int]:
    """Token j ends a locution of belonging (« X fait partie des soutiens de Y », « X figure
    parmi les critiques de Y », « X est au nombre des partisans de Y »): the position of its verb
    (found by lemma, adverbs read past: « fait aussi partie »), which links the plural noun to
    the subject as « être » does; else None."""
    doc = view.doc
    for phrase in MEMBERSHIP:
        words = [w for w in phrase if w not in ("se", "s'")]
        if len(words) == 1:  # « X a rejoint les opposants à Y »: the verb itself, by lemma
            if doc[j].pos_ in ("VERB", "AUX") and j not in view.at and verb_lemma(doc[j]) == words[0]:
                return j
            continue
        if doc[j].lower_ != words[-1]:
            continue
        k = j - 1
        for word in reversed(words[1:-1]):  # « être au nombre »: « au »
            if k < start or doc[k].lower_ != word:
                break
            k -= 1
        else:
            k = verb_before(view, k + 1, start)
            if k is not None and verb_lemma(doc[k]) == words[0]:
                return k
    return None

#: How many words the plural noun phrase of a group may have before its « qui » (« X fait partie
#: des cadres du mouvement Y qui ... »).
GROUP_PHRASE_WORDS = 8


#: Pronouns for a group one belongs to (« X fait partie de ceux qui ... »).
GROUP_PRONOUNS = function_words("group_pronoun")


def member_antecedent(view: SentenceView, qui: int) -> list[Slot]:
    """« X fait partie des cadres de Y qui sont bannis de Z », « X figure parmi les élus qui ont
    reçu W », « X fait partie de ceux qui ont félicité W »: the « qui » stands for a plural
    group the subject belongs to; what it says holds of the subject (X), the one person or
    organisation before the locution of belonging."""
    doc = view.doc
    j = qui - 1
    while j > view.sent.start and qui - j <= GROUP_PHRASE_WORDS:
        if j in view.at and view.at[j].kind is EntityKind.PERSON:
            return []  # « parmi les proches de X qui »: X may be the antecedent
        if doc[j].pos_ in ("VERB", "AUX", "PUNCT", "SCONJ", "PRON") and j not in view.at and doc[j].lower_ not in GROUP_PRONOUNS:
            break
        j -= 1
    found = next(((k, v) for k in range(j + 1, qui) if (v := membership_verb(view, k, view.sent.start)) is not None), None)
    if found is None:
        return []
    k, verb = found
    k += 1
    while k < qui and k not in view.at and (is_determiner(doc[k]) or doc[k].lower_ in DE or doc[k].pos_ in ("ADJ", "NUM")):
        k += 1  # « des », « les », « les nombreux »
    if k >= qui or not (doc[k].lower_ in GROUP_PRONOUNS or (doc[k].pos_ == "NOUN" and "Plur" in doc[k].morph.get("Number"))):
        return []  # « des élus qui », « de ceux qui »
    before = [s for s in view.slots if s.end <= verb and s.start >= view.sent.start and s.kind in PARTIES]
    if not before or any(t.pos_ in ("VERB", "AUX") and t.i != verb and not (t.pos_ == "AUX" and (t.head.i == verb or (t.i == verb - 1 and t.dep_.startswith("aux")))) for t in doc[before[-1].end : verb]):
        return []  # not past another verb; the verb's own auxiliary is no other (« X a fait partie des ... », « X a été de ceux qui »)
    return [before[-1]]


def incise_relative_end(doc: Doc, k: int, end: int) -> Optional[int]:
    """The comma that closes a relative set off by commas whose opening comma is token k
    (« X et Y, qui produisent ..., aient conclu », « le dialogue, qui est ..., et condamne »),
    before token ``end``; None where no such relative opens at k."""
    if k + 1 >= end or doc[k].text != "," or doc[k + 1].lower_ not in ("qui", "dont"):
        return None
    return next((j for j in range(k + 2, end) if doc[j].text == ","), None)
