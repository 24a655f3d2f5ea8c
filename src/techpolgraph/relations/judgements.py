"""Judgements given as an attribute: « X a qualifié Y de « tyran des marchés » » says that X
criticised Y, « X a qualifié Y de génie » that X praised Y.

A verb of calling (``calling_verb`` in ``function_words.tsv``: qualifier) relates its subject
and its object only through the attribute after « de »: its first word of ``judgements.tsv``
gives the relation (negative: criticised; positive: endorsed); an attribute of neither kind
gives none (« X a qualifié Y de candidat sérieux »). In the passive the one who judges comes
after « par » (« Y a été qualifié de « fasciste » par X », « Qualifié de menteur par X, Y ... »).

An opinion whose attribute judges its subject tells the same of the one who holds it: « Pour X,
Y est « un danger » », « Selon X, Y est irresponsable », « X estime que Y est un menteur »
(:func:`opinion`); a negated or conditional copula tells nothing, but for a standard one falls
short of (« Y n'est pas à la hauteur »: :func:`short_of`). A judging adjective inside a noun of a
party's action judges that party, for the one whose saying governs the noun or for the sentence's
own voice (« le comportement insupportable de Y »: :func:`_qualified_action`); so does an attribute
of what a party said or did (« Ce que vous dites est scandaleux », « La décision que Y a prise est
inacceptable »).

In a speaker's own voice, a verbless exclamation of shame aimed at a party (« Honte à vous ! ») or
the denial of their shame (« Vous n'avez pas honte ! ») criticises them, and so does a short
exclamation that reproaches the one spoken to (« Vous ne répondez pas ! », « C'est vous qui avez
tout démoli ! », « Vous avez cédé ! »: :func:`reproached`), and thanks that open a
sentence (« Merci, madame Y, pour votre travail »: :func:`thanked`) praise the one thanked.
"""

from __future__ import annotations

from typing import Optional

from spacy.tokens import Doc, Token

from ..data import function_words
from ..models import EntityKind, Modality, RelationType
from ..nlp.events import time_nouns
from ..nlp.text import phrase_at
from ..resolve.document import ADDRESSEE_PRONOUNS, FIRST_PERSON_WORDS, address_word
from .complements import complement, direct_object
from .proxies import actions_of, past_quality, proxy_subject
from .relatives import incise_relative_end, relative_object
from .control import inverted_subject, object_clitic, opening_infinitive, opening_participle
from .cues import infinitive_in_er, judgement_of, judgement_words, modality_words, party_actions, verb_lemma
from .findings import violation_words
from .modality import NE, NEGATION_ENDS, PAST_PARTICIPLE_ENDINGS, is_lacking, is_negated, is_uncertain, to_come
from .nominal import SUCCESS_NOUNS, TOPIC_OPENERS, WELCOME_NOUNS
from .typography import CLOSING_QUOTES, DASHES, QUOTES
from .sentence import ADDRESSEE_POSSESSIVES, DE, PARTIES, REFLEXIVE, RELATIVE_PRONOUNS, SUBJECT_CLITICS, SentenceView, Slot, before_qualifiers, expand, is_date_word, is_determiner, is_past_participle, is_title, is_possessive, opens_clause, phrase_end, role_heads, role_start, word_phrases
from .subjects import COMMENTING_VERBS, subject_after, subjects_of
from .verbal import is_passive

#: Verbs whose attribute judges their object: after « de » (« qualifier Y de tyran »), or bare
#: (« juger Y incompétent », « considérer Y comme un danger »).
BARE_CALLING = function_words("bare_calling_verb")
CALLING = function_words("calling_verb") | BARE_CALLING
#: How many words of the attribute are read for a judgement.
ATTRIBUTE_REACH = 6


def attribute(view: SentenceView, i: int, end: int) -> tuple[Optional[RelationType], int]:
    """The relation told by the attribute after « de » at token i (past adverbs), and the token
    after the attribute's words read; (None, i) where there is no judging attribute."""
    doc = view.doc
    while i < end and (doc[i].pos_ == "ADV" or (doc[i].text in QUOTES and i + 1 < end and doc[i + 1].lower_ in DE)):
        i += 1  # « a qualifié X « d'irresponsable » »: the quotation opens before its « de »
    if i >= end or doc[i].lower_ not in DE:
        return None, i
    found: Optional[RelationType] = None
    j = i + 1
    while j < min(i + 1 + ATTRIBUTE_REACH, end) and j not in view.at:
        token = doc[j]
        hit = judgement_of(token)
        if token.text in (",", ";", ".", "»", "”") or token.lower_ == "par" or (token.pos_ in ("VERB", "AUX") and hit is None):
            break  # a judging word the tagger took for a verb is still read (« de traître »); « par Y » is the passive's actor
        if found is None:
            found = hit
        j += 1
    while j < end and doc[j].text in ("»", "”", '"'):
        j += 1  # past the quotation's end: « ... », par X
    return found, j


#: Longest apposition read past between an object and its attribute.
APPOSITION_REACH = 8


def _past_apposition(view: SentenceView, i: int, end: int) -> int:
    """« a qualifié l'ancien patron de Y, l'Américain X, de tyran »: the token after an
    apposition set off by commas after the object, without a verb (else i)."""
    doc = view.doc
    if i >= end or doc[i].text != ",":
        return i
    if i + 1 < end and doc[i + 1].lower_ in DE:
        return i + 1  # the object was the name in apposition: « ..., l'Américain X, de tyran »
    if i + 1 < end and doc[i + 1].lower_ in RELATIVE_PRONOUNS:
        close = next((j for j in range(i + 2, min(i + APPOSITION_REACH + 1, end)) if doc[j].text == ","), None)
        return i if close is None else close + 1  # « a qualifié X, qui avait critiqué ses choix, de tyran »
    for j in range(i + 1, min(i + APPOSITION_REACH + 1, end)):
        if doc[j].text == ",":
            return j + 1
        if doc[j].pos_ in ("VERB", "AUX") or doc[j].text in (";", ":", "«", "»"):
            return i
    return i


def _agent_first(view: SentenceView, cue: Token) -> bool:
    """A past participle of calling whose « par X » comes before its attribute (« Y, qualifiée par
    X d'« apologiste » », « Y a été qualifié par X de tyran »)."""
    return cue.i + 1 < view.sent.end and view.doc[cue.i + 1].lower_ == "par" and "Part" in cue.morph.get("VerbForm")


def judged(view: SentenceView, cue: Token) -> list[tuple[Slot, Slot, RelationType]]:
    """(source, target, relation) of a verb of calling (module docstring)."""
    start, end = view.clause(cue.i)
    whole = view.sent.end  # the attribute is often quoted: a quotation mark opens no new clause here
    if verb_lemma(cue) in BARE_CALLING or _present_read_as_noun(cue) in BARE_CALLING:
        return _bare_judgement(view, cue, start, end, whole)
    described = _described_party(view, cue)
    if is_passive(cue) or opening_participle(view, cue) or _agent_first(view, cue) or described:
        relation, after = attribute(view, cue.i + 1, whole)
        actors = expand(complement(view, after, whole, ("par",), gap=2)) if relation else []
        if relation is None and _agent_first(view, cue):  # « Y, qualifié par X de « tyran » »
            actors = expand(complement(view, cue.i + 1, whole, ("par",), gap=0))
            relation, _ = attribute(view, actors[-1].end, whole) if actors else (None, cue.i)
            actors = actors if relation else []
        if not actors:
            return []
        targets = expand(described or subjects_of(view, cue, start))
        if not targets and opening_participle(view, cue):
            targets = expand(subject_after(view, phrase_end(view, actors[-1].end)))
        return [(a, t, relation) for a in actors for t in targets if t.kind in PARTIES]
    targets = direct_object(view, cue.i + 1, end) or object_clitic(view, cue, start)
    if not targets:  # « le parti P, qu'il qualifie de secte »: the antecedent of the relative « que »
        targets = relative_object(view, cue, subjects_of(view, cue, start), cue.i + 1, end)
    if not targets:
        return _attribute_first(view, cue, start, whole)
    # the attribute follows the object, or the verb when the object is a pronoun before it
    after = targets[-1].end if targets[-1].start > cue.i else cue.i + 1
    relation, _after = attribute(view, after, whole)
    if relation is None and targets[-1].start > cue.i:
        relation, _after = attribute(view, _past_apposition(view, after, whole), whole)
    if relation is None:
        return []
    judges = expand(subjects_of(view, cue, start))
    if not judges and opening_infinitive(view, cue):
        judges = expand(subject_after(view, phrase_end(view, _after)))  # « Après avoir qualifié X de tyran, Y ... »
    return [(s, t, relation) for s in judges for t in expand(targets)]


def _described_party(view: SentenceView, cue: Token) -> list[Slot]:
    """« Y, qualifié de « tyran » par X, ... », « Une décision qualifiée d'« injuste » par X. »: a
    past participle with no auxiliary right after a party (past a comma) describes it; [] elsewhere."""
    k = cue.i - 1
    if k > view.sent.start and view.doc[k].text == ",":
        k -= 1
    slot = view.at.get(k)
    participle = is_past_participle(cue) or (cue.pos_ == "ADJ" and cue.lower_.endswith(PAST_PARTICIPLE_ENDINGS))  # the tagger's « qualifiée », an adjective
    return [slot] if participle and slot is not None and slot.end == k + 1 and slot.kind in PARTIES else []


#: Verbs that put forward a merit or a fault of a party (« souligner le courage de Y »), by lemma.
HIGHLIGHTING = function_words("highlighting_verb")
#: Merits and faults one puts forward, by lemma: what puts them forward praises or criticises their owner.
MERITS = function_words("merit_noun")
FAULTS = function_words("fault_noun")


def highlighted(view: SentenceView, cue: Token) -> list[tuple[Slot, Slot, RelationType]]:
    """« X a souligné le courage de Y » praises Y, « je veux ici souligner le manque de rigueur
    de Y » criticises Y: a verb of putting forward whose object is a merit or a fault
    (``merit_noun``, ``fault_noun``) of a party named after « de » (past adjectives, and past the
    « de » of what a lack is a lack of); its subject is the one who judges."""
    doc = view.doc
    start, end = view.clause(cue.i)
    j = cue.i + 1
    while j < end and j not in view.at and (is_determiner(doc[j]) or doc[j].pos_ in ("ADJ", "ADV")):
        j += 1  # « la grande qualité », « le remarquable travail »
    if j >= end or j in view.at or doc[j].pos_ != "NOUN":
        return []
    lemma = doc[j].lemma_.lower()
    relation = RelationType.ENDORSED if lemma in MERITS else RelationType.CRITICISED if lemma in FAULTS else None
    if relation is None:
        return []
    k = j + 1
    while k < end and k not in view.at and doc[k].pos_ == "ADJ":
        k += 1  # « les contradictions flagrantes de Y »
    owners = actions_of(view, j, end) or complement(view, k, end, DE, gap=0)
    if not owners and k + 2 < end and doc[k].lower_ in DE and doc[k + 1].pos_ in ("NOUN", "ADJ") and k + 1 not in view.at:
        owners = complement(view, k + 2, end, DE, gap=0)  # « le manque de rigueur de Y »
    after = owners[-1].end if owners else end
    if after + 1 < end and (doc[after].lower_ == "à" or doc[after].lower_ in DE) and "Inf" in doc[after + 1].morph.get("VerbForm"):
        return []  # « il a souligné la détermination de Y à jouer un rôle »: Y's resolve stated, no praise
    judges = [s for s in expand(subjects_of(view, cue, start)) if s.kind in PARTIES]
    return [(s, t, relation) for s in judges for t in expand(owners) if t.kind in PARTIES and s.cluster != t.cluster]


#: Words that credit a merit for what the sentence tells, before « à » (« grâce au travail de Y »).
CREDITING_WORDS = function_words("crediting_word")
#: Nouns of a party's work that one may credit, besides the merits (« grâce aux efforts de Y »), by lemma.
CREDITED_WORK = function_words("credited_work_noun")


def credit_preposition(doc: Doc, i: int, end: int) -> Optional[int]:
    """The « à », « au » or « aux » after the crediting word at token i, past adverbs (« grâce
    notamment au travail de Y »), before token ``end``; None where none follows."""
    j = i + 1
    while j < end and doc[j].pos_ == "ADV":
        j += 1
    return j if j < end and doc[j].lower_ in ("à", "au", "aux") else None


def _credited(view: SentenceView, word: Token, voice: Optional[Slot]) -> list[tuple[Slot, Slot, RelationType]]:
    """« Cette victoire a été possible grâce au courage et à la ténacité de Y », « grâce aux efforts
    qu'a déployés Y »: a merit (``merit_noun``) or a work (``credited_work_noun``) of a party
    credited after « grâce à » praises that party, for the sentence's voice where it states it, the
    speaker of the quotation that holds it or the holder of the opinion (a denied credit, « ce
    n'est pas grâce au travail de Y », gives no edge: :func:`credit_modality`)."""
    doc, end = view.doc, view.sent.end
    j = credit_preposition(doc, word.i, end)
    if j is None:
        return []
    owners: list[Slot] = []
    while j < end and not owners:
        while j < end and j not in view.at and (is_determiner(doc[j]) or doc[j].pos_ in ("ADJ", "ADV") or doc[j].lower_ in ("à", "au", "aux", "et", ",")):
            j += 1  # « au courage et à la ténacité »
        if j >= end or j in view.at or doc[j].pos_ != "NOUN" or doc[j].lemma_.lower() not in MERITS | CREDITED_WORK:
            return []
        owners = actions_of(view, j, end)
        k = j + 1
        while k < end and k not in view.at and doc[k].pos_ == "ADJ":
            k += 1
        if not owners and k + 2 < end and doc[k].lower_ in DE and doc[k + 1].pos_ == "NOUN" and k + 1 not in view.at:
            k += 2  # « la qualité du travail de Y »
        owners = owners or complement(view, k, end, DE, gap=0)
        j = k
    if not owners:
        return []  # a denied credit gives nothing: :func:`credit_modality`
    start = view.clause(word.i)[0]
    holders = _holders_before(view, start)
    if not holders and voice is not None and _stated(view, start, word):
        holders = [voice]
    holders = holders or _quotation_speaker(view, word)
    return _pairs(holders, [o for o in owners if o.kind in PARTIES], RelationType.ENDORSED)


def credit_modality(view: SentenceView, word: Token, modality: Modality) -> Optional[Modality]:
    """The modality of a praise read at a crediting word (:func:`_credited`): none where the
    credit is denied (« ce n'est pas grâce à Y »: no praise, nor its denial); told where only « possible »
    made it uncertain (« a été possible grâce à Y », « rendu possible grâce à Y »: it was done)."""
    if modality is Modality.NEGATED:
        return None
    doc = view.doc
    if modality is not Modality.UNCERTAIN or word.i - 1 <= view.sent.start or doc[word.i - 1].lower_ != "possible":
        return modality
    k = word.i - 2
    while k > view.sent.start and doc[k].pos_ == "ADV":
        k -= 1
    return modality if to_come([doc[k]]) else Modality.ASSERTED  # « ce serait possible grâce à Y »: still to come


def _present_read_as_noun(token: Token) -> str:
    """« juger » for « juge » the tagger read as a noun after a name (« X juge Y incompétent »), or
    as the name's last word (« X juge « inacceptable » la décision de Y »: a word in lower case)."""
    misread = token.pos_ == "NOUN" or (token.pos_ == "PROPN" and token.is_lower)
    return infinitive_in_er(token.lower_) if misread and token.lower_.endswith("e") and token.i > 0 and token.nbor(-1).pos_ == "PROPN" else ""


def _bare_judgement(view: SentenceView, cue: Token, start: int, end: int, whole: int) -> list[tuple[Slot, Slot, RelationType]]:
    """« X juge Y « incompétente » », « X considère Y comme un danger », « X le trouve arrogant »:
    the object (or its clitic before the verb), then an attribute with no « de » that holds a
    judging word; in the passive, the one who judges after « par » (« Y a été jugé raciste par
    X », « les propos de Y, jugés racistes par X »)."""
    described = _described_party(view, cue)
    if is_passive(cue) or described:
        passive = _passive_bare_judgement(view, cue, start, whole, described)
        if passive or is_passive(cue):
            return passive  # not « X décrit Y comme ... », a present that looks like a participle after its subject
    targets = direct_object(view, cue.i + 1, end)
    if not targets or targets[-1].start <= cue.i:
        clitics = object_clitic(view, cue, start)  # « X le juge arrogant »: the attribute right after the verb
        relation = _bare_attribute(view, cue.i + 1, whole) if clitics else None
        if relation is not None:
            return [(s, t, relation) for s in expand(subjects_of(view, cue, start)) for t in expand(clitics)]
        return _bare_attribute_first(view, cue, start, whole)
    relation = _bare_attribute(view, targets[-1].end, whole)
    if relation is None:
        return _bare_attribute_first(view, cue, start, whole)
    return [(s, t, relation) for s in expand(subjects_of(view, cue, start)) for t in expand(targets)]


def _passive_bare_judgement(view: SentenceView, cue: Token, start: int, whole: int, described: list[Slot]) -> list[tuple[Slot, Slot, RelationType]]:
    """« Y a été jugé « raciste » par X », « Y, considéré comme un danger par X »: the attribute
    right after the participle, then « par » and the one who judges, within a few words and
    before any punctuation; the one judged is the subject, or the party the participle describes."""
    relation = _bare_attribute(view, cue.i + 1, whole)
    if relation is None:
        return []
    doc = view.doc
    by = next((k for k in range(cue.i + 1, min(cue.i + 1 + ATTRIBUTE_REACH, whole)) if doc[k].lower_ == "par" or (doc[k].is_punct and doc[k].text not in QUOTES and doc[k].text not in CLOSING_QUOTES)), None)
    if by is None or doc[by].lower_ != "par":
        return []
    actors = expand(complement(view, by, whole, ("par",), gap=0))
    targets = expand(described or proxy_subject(view, start, cue) or subjects_of(view, cue, start))  # « les propos de Y ont été jugés ... »: Y
    return [(a, t, relation) for a in actors for t in targets if t.kind in PARTIES and a.cluster != t.cluster]


def _bare_attribute_first(view: SentenceView, cue: Token, start: int, whole: int) -> list[tuple[Slot, Slot, RelationType]]:
    """« X a jugé « inacceptables » les propos de Y », « X juge inacceptables les propos de Y »:
    the judging attribute right after the verb (quoted, or one adjective), then the object."""
    doc = view.doc
    i = cue.i + 1
    while i < whole and doc[i].pos_ == "ADV" and judgement_of(doc[i]) is None:
        i += 1  # « très », not « ringard », a judging word the tagger read as an adverb
    if i >= whole:
        return []
    if doc[i].text in QUOTES:
        closing = next((k for k in range(i + 1, min(i + ATTRIBUTE_REACH + 1, whole)) if doc[k].text == QUOTES[doc[i].text]), None)
        attribute_words, after = (doc[i + 1 : closing], closing + 1) if closing is not None else ((), i)
    else:
        # one adjective, or a judging word the tagger read as an adverb or a present participle (« très choquant »)
        adjective = doc[i].pos_ == "ADJ" or (judgement_of(doc[i]) is not None and (doc[i].pos_ == "ADV" or "Part" in doc[i].morph.get("VerbForm")))
        attribute_words, after = (doc[i : i + 1], i + 1) if adjective else ((), i)
    relation = next((hit for t in attribute_words if (hit := judgement_of(t)) is not None), None)
    if relation is None:
        return []
    targets = expand(direct_object(view, after, whole))
    return [(s, t, relation) for s in expand(subjects_of(view, cue, start)) for t in targets]


def _bare_attribute(view: SentenceView, i: int, end: int) -> Optional[RelationType]:
    """The relation told by an attribute right after an object (past quotes, adverbs and
    « comme »): its first judging word within a few words, before any punctuation or verb."""
    doc = view.doc
    while i < end and ((doc[i].pos_ == "ADV" and judgement_of(doc[i]) is None) or doc[i].text in ("«", "“", '"') or doc[i].lower_ == "comme"):
        i += 1  # « très », not « ringard », a judging word the tagger read as an adverb
    for j in range(i, min(i + ATTRIBUTE_REACH, end)):
        token = doc[j]
        hit = judgement_of(token)
        if hit is not None:
            return hit
        if j in view.at or token.is_punct or token.pos_ in ("VERB", "AUX", "ADP", "SCONJ"):
            return None
    return None


def _attribute_first(view: SentenceView, cue: Token, start: int, end: int) -> list[tuple[Slot, Slot, RelationType]]:
    """« X a qualifié de « honteuse » la décision de Y »: the attribute right after the verb, then
    its object."""
    if cue.i + 1 >= end or view.doc[cue.i + 1].lower_ not in DE:
        return []
    relation, after = attribute(view, cue.i + 1, end)
    if relation is None:
        return []
    targets = expand(direct_object(view, after, end))
    return [(s, t, relation) for s in expand(subjects_of(view, cue, start)) for t in targets]


#: Prepositions that open the one whose opinion a sentence gives (« Pour X, ... », « Selon X, ... »).
OPINION_HOLDERS = function_words("opinion_holder")
#: Verbs whose « que » clause is an opinion or a saying of their subject (« X estime que ... »).
OPINION_VERBS = function_words("opinion_verb")


def opinion(view: SentenceView, word: Token, voice: Optional[Slot] = None) -> list[tuple[Slot, Slot, RelationType]]:
    """(source, target, relation) of a judging word in the attribute of « être » whose subject is
    a party, in an opinion held by another party (module docstring), or by the ``voice`` whose
    words the sentence is where it states the judgement as its own (:func:`_stated`)."""
    if word.lower_ in FALLEN_BLAME_NOUNS:
        return _fallen_blame(view, word, voice)  # « la responsabilité de ce drame incombe à Y »
    if word.pos_ == "NOUN" and word.lower_ in OWNED_FAULTS and (reproach := voiced_fault(view, word, voice)):
        return reproach  # « Nous ne suivrons pas votre démagogie. »
    if word.lower_ in CREDITING_WORDS:
        return _credited(view, word, voice)  # « grâce au travail de Y »
    shameless = _shameless(view, word)
    short = shameless is not None or short_of(view.doc, word.i, view.sent.start)
    faulting = is_faulting(view, word)
    if unmet(view, word):  # « Y ne respecte pas le droit »: faulted by the denial, as one falls short
        faulting = short = True
    relation = None if short else judgement_of(word) or _role_praise(view, word) or _lacked(word) or _to_blame(view, word)
    act_only = relation is None and not short and not faulting and judges_acts_only(word)
    relation = RelationType.CRITICISED if faulting or act_only else relation
    standard = view.doc[word.i - 2] if short and word.lower_ not in STANDARD_ADJECTIVES else word  # « à la hauteur »: the copula before « à »
    copula = (_persisting_verb(view, word) or word) if faulting else shameless or _copula_before(view, standard)
    if relation is RelationType.CRITICISED and copula is None:
        return [] if act_only else _exclaimed_at(view, word, voice) or _qualified_action(view, word, voice) or _apposed_epithet(view, word, voice)
    if relation is RelationType.ENDORSED and copula is None:
        return _qualified_action(view, word, voice, RelationType.ENDORSED)  # « X a dit que Y a fait un excellent travail »
    relation = RelationType.CRITICISED if short else relation
    denied = copula is not None and (is_negated(copula, view.sent) or (shameless is not None and is_negated(word, view.sent)))  # « n'avez honte de rien »
    if relation is None or copula is None or denied is not short or is_uncertain(copula, view.sent):
        return []  # « Y n'est pas à la hauteur » judges; « Y est à la hauteur », « Y n'est pas un menteur » do not
    doc = view.doc
    j = copula.i - 1
    while j > view.sent.start and (doc[j].pos_ in ("ADV", "AUX") or doc[j].text in QUOTES or (faulting and doc[j].lemma_ in PERFECT_AUXILIARY_LEMMAS)) and j not in view.at:
        j -= 1  # « Y « n'est pas à la hauteur » »: past the quote opened on the verb; « vous avez violé », « avez » read as a verb
    while faulting and j > view.sent.start and (doc[j].lower_ in THIRD_PERSON_OBJECTS or (doc[j].pos_ == "ADV" and j not in view.at)):
        j -= 1  # « Vous le trahissez ! », « vous ne les respectez pas »: the subject before the object's pronoun
    reflexive = None
    if faulting and _reflexive_before(view, word) == j and j > view.sent.start:
        reflexive = view.at.get(j)  # « vous vous trompez »: the resolver may have placed either « vous »
        j -= 1  # « Y se trompe »: the subject before the reflexive pronoun
        while j > view.sent.start and doc[j].pos_ == "ADV" and j not in view.at:
            j -= 1  # « Y ne se trompe pas » is negated, read by the verb
    subject = view.at.get(j) or reflexive
    blamed = _blamed_after_que(view, word) if subject is None and not faulting and relation is RelationType.CRITICISED and doc[j].lower_ == "il" else []
    if blamed:  # « il est scandaleux que Y soit intervenu », « X estime qu'il est inadmissible que Y ... »: Y's act judged
        holders = _holders_before(view, j)
        if not holders and voice is not None and _stated(view, j, word):
            holders = [voice]
        if not holders and _opens_the_sentence(view, j):
            holders = _speaker_at_sentence_end(view, word)  # « Il est inacceptable que Y ..., a déclaré X. »
        return _pairs(holders, blamed, relation)
    owner = _possessive_owner(view, j) if subject is None and not faulting else None
    if owner is not None:  # « vos propos sont caricaturaux », « sa décision est scandaleuse »: the owner's action judged
        holders = _holders_before(view, owner.start)
        if not holders and voice is not None and _stated(view, owner.start, word):
            holders = [voice]
        return _pairs(holders, [owner], relation)
    said = _what_is_judged(view, copula) if subject is None and not faulting else []
    if said:  # « Ce que vous dites est scandaleux ! »: the one who said it
        holders = [voice] if voice is not None and _stated(view, view.sent.start, word) else _speaker_at_sentence_end(view, word)
        return _pairs(holders, said, relation)  # « Ce que Y a fait est indigne, a déclaré X. »
    of_noun = subject is not None and subject.start > view.sent.start and doc[subject.start - 1].lower_ in DE  # « ... de Y est »
    inner = _judged_within(view, word, copula) if (subject is None or of_noun) and not faulting else None
    if inner is not None:  # « X a déclaré que la décision que Y a prise est inacceptable »
        start, done = inner
        holders = _holders_before(view, start)
        if not holders and voice is not None and _stated(view, start, word):
            holders = [voice]  # « Monsieur le ministre, la décision que Y a prise est inacceptable. »
        return _pairs(holders, done, relation)
    if act_only and (subject is None or subject.kind not in PARTIES or _action_opening(view, subject) is None):
        return []  # « l'état de Y est grave », « Y est grave »: no act of Y's judged
    if subject is None or subject.kind not in PARTIES:
        topic = _quoted_topic(view, word, j)  # « « C'est un irresponsable », a lancé X à propos de Y »
        holders = _speaker_at_sentence_end(view, word) if topic else []
        return _pairs(holders, topic, relation)
    targets = _past_the_holder(view, view.group_ending_at(subject))
    owner_of = _action_opening(view, targets[0])
    if owner_of is not None:  # « la décision de Y est scandaleuse »: Y's action judged
        holders = _holders_before(view, owner_of)
        if not holders and _opens_the_sentence(view, owner_of):
            holders = _speaker_at_sentence_end(view, word)  # « Les propos de Y sont abjects, a déclaré X. »
        if not holders and voice is not None and _stated(view, owner_of, word):
            holders = [voice]  # « La décision de Y est scandaleuse. » in X's answer
        return _pairs(holders, targets, relation)
    start = _described_start(view, targets[0])
    holders = _holders_before(view, start)
    if not holders and _opens_the_sentence(view, targets[0].start):
        holders = _speaker_at_sentence_end(view, word)  # « Y est un menteur, a estimé X. »
    if not holders and voice is not None and _stated(view, start, word):
        holders = [voice]  # « Le président de la République a raison. » in X's answer
    return _pairs(holders, targets, relation)


#: The auxiliaries of a compound tense by lemma, which the tagger may read as verbs (« vous avez violé »).
PERFECT_AUXILIARY_LEMMAS = frozenset({"avoir", "être"})


#: Nouns that open a verbless exclamation aimed at the party after « à » (« Honte à vous ! »).
EXCLAMATION_NOUNS = function_words("exclamation_noun")


def _exclaimed_at(view: SentenceView, word: Token, voice: Optional[Slot]) -> list[tuple[Slot, Slot, RelationType]]:
    """« Honte à vous ! » in minutes, « « Honte à Y ! », a lancé X »: an exclamation without a
    verb that opens with a judging noun before « à » and a party judges that party, for the
    voice whose words the sentence is or the speaker named after the quotation; not « X fait
    honte à Y », nor « Honte à ceux qui ... »."""
    doc, end = view.doc, view.sent.end
    opening = view.sent.start if doc[view.sent.start].text in QUOTES else None
    first = view.sent.start + (opening is not None)
    if word.i != first or word.lower_ not in EXCLAMATION_NOUNS or word.i + 2 >= end or doc[word.i + 1].lower_ != "à":
        return []
    target = view.at.get(word.i + 2)
    if target is None or target.start != word.i + 2 or target.kind not in PARTIES:
        return []
    rest = doc[target.end : end]
    relative = target.end < end and doc[target.end].lower_ == "qui"  # « Honte à vous qui continuez à ... ! »
    if not any(t.text == "!" for t in rest) or (not relative and any(t.pos_ in ("VERB", "AUX") and "Fin" in t.morph.get("VerbForm") for t in rest if t.i not in view.at)):
        return []
    holders = _speaker_after_quote(view, opening) if opening is not None else [voice] if voice is not None else []
    return _pairs(holders, [target], RelationType.CRITICISED)


#: Articles that open an epithet apposed to a party (« Y, ce despote »); not a possessive
#: (« Y, son ennemi juré », an enmity told of another).
EPITHET_ARTICLES = function_words("epithet_article")


def _apposed_epithet(view: SentenceView, word: Token, voice: Optional[Slot]) -> list[tuple[Slot, Slot, RelationType]]:
    """« Qui sait où s'arrêtera Y, ce despote sans foi ni loi ? », « Y, l'irresponsable en chef,
    ... »: a judging noun apposed to a party (:func:`epithet_of`) is the epithet the sentence's
    voice gives it; not inside quotes, nor after « Selon X, »."""
    doc = view.doc
    if voice is None or doc[view.sent.start].lower_ in OPINION_HOLDERS or any(t.text in QUOTES for t in doc[view.sent.start : word.i]):
        return []
    target = epithet_of(view, word)
    return _pairs([voice], [target], RelationType.CRITICISED) if target is not None and target.cluster != voice.cluster else []


def epithet_of(view: SentenceView, word: Token) -> Optional[Slot]:
    """The party a judging noun is apposed to, after a comma and an article, past adjectives
    (« Y, ce sinistre tyran »), else None. The epithet is given whatever the clause around it
    says: in a question or a negated clause it is still asserted."""
    doc = view.doc
    k = word.i - 1
    while k > view.sent.start and doc[k].pos_ == "ADJ" and k not in view.at:
        k -= 1
    if k - 2 < view.sent.start or doc[k].lower_ not in EPITHET_ARTICLES or doc[k - 1].text != "," or k in view.at:
        return None
    target = view.at.get(k - 2)
    return target if target is not None and target.end == k - 1 and target.kind in PARTIES else None


def _what_is_judged(view: SentenceView, copula: Token) -> list[Slot]:
    """« Ce que vous dites est scandaleux », « Ce qu'a fait X est indigne », « La décision que X a
    prise est inacceptable »: the parties who said or did what the phrase opening the sentence
    names, the subject of the judging « être »."""
    k = view.sent.start
    return actions_of(view, k, copula.i) if k + 2 < copula.i else []


def _judged_within(view: SentenceView, word: Token, copula: Token) -> Optional[tuple[int, list[Slot]]]:
    """Where the subject of the judging « être » names a party's act and opens a clause after a
    comma or a « que » (« X a déclaré que la décision que Y a prise est inacceptable »,
    « Monsieur le ministre, vous l'avez dit, la décision que Y a prise ... est inacceptable »):
    the clause's start and the parties whose act it names; None otherwise."""
    doc = view.doc
    subject = next((t for t in word.children if t.dep_.startswith("nsubj") and t.i < copula.i), None)
    if subject is not None:
        start = subject.left_edge.i
    else:  # the parser may take the phrase for the object of the verb before the comma
        comma = next((k for k in range(copula.i - 3, view.sent.start, -1) if doc[k].text == ","), None)
        start = comma + 1 if comma is not None else view.sent.start
    if start <= view.sent.start or start + 2 >= copula.i or doc[start - 1].lower_ not in (",", "que", "qu'", "qu’"):
        return None
    if not is_determiner(doc[start]) or any(t.text == "," for t in doc[start:copula.i]):
        return None
    done = actions_of(view, start, copula.i)
    return (start, done) if done else None


def _pairs(holders: list[Slot], targets: list[Slot], relation: RelationType) -> list[tuple[Slot, Slot, RelationType]]:
    """Each holder of the judgement with each party it judges, none judging itself."""
    return [(h, t, relation) for h in expand(holders) for t in expand(targets) if h.cluster != t.cluster]


#: Subjects of no one (« il y a », « c'est »): the sentence's words are its voice's own.
IMPERSONAL_SUBJECTS = function_words("impersonal_subject")


def _qualified_action(view: SentenceView, word: Token, voice: Optional[Slot], relation: RelationType = RelationType.CRITICISED) -> list[tuple[Slot, Slot, RelationType]]:
    """« le comportement belliqueux et insupportable de Y », « les propos inacceptables de Y »: a
    judging adjective inside a noun of Y's action (``party_actions.txt``) criticises Y, for the
    subject of a verb of saying or opinion that governs the noun (« X évoque ... »), else for the
    sentence's own ``voice`` where it states it (:func:`_stated_inside`); a negated or uncertain
    verb tells nothing, nor a noun of one's own action (« mes propos excessifs »). A praising
    adjective praises only the doer of a verb of conduct (« X a dit que Y a fait un excellent
    travail »; not « X a lu l'excellent rapport de Y »)."""
    doc = view.doc
    misread = word.pos_ == "VERB" and word.lower_ in judgement_words()  # « le refus honteux de Y », « honteux » tagged as a verb
    if (word.pos_ not in ("ADJ", "NOUN") and not misread) or word.i in view.at:
        return []
    k = _qualified_noun(view, word)  # « le comportement belliqueux et insupportable »
    noun = doc[k]
    quality = past_quality(view, k, view.sent.end) > k  # « le caractère inacceptable des propos de Y »
    if k in view.at or noun.pos_ != "NOUN" or (noun.lemma_.lower() not in party_actions() and not quality):
        return []
    owners = actions_of(view, k, view.sent.end)
    done = [] if owners or quality else _doers(view, noun)  # « Y a tenu des propos inacceptables »: Y's own
    if done:
        owners = done
    elif not owners or owners[0].start < word.i or relation is RelationType.ENDORSED:
        return []
    holders: list[Slot] = []
    for verb in (t for t in noun.ancestors if t.pos_ in ("VERB", "AUX") or any(c.dep_.startswith("nsubj") for c in t.children)):
        if is_negated(verb, view.sent) or is_uncertain(verb, view.sent):
            return []
        subjects = [t for t in verb.children if t.dep_.startswith("nsubj")]
        if done and subjects and any(o.start <= t.i < o.end for o in done for t in subjects[0].subtree):
            continue  # « Y s'est permis de tenir des propos ... »: the doer's own verbs
        if subjects and (subjects[0] == noun or subjects[0] in noun.ancestors) or not subjects and "Inf" in verb.morph.get("VerbForm"):
            continue  # « X a dit que les propos inacceptables de Y avaient choqué », « X est uni pour dénoncer ... »: the verb above
        if subjects and subjects[0].lower_ not in FIRST_PERSON_WORDS | IMPERSONAL_SUBJECTS:
            if verb_lemma(verb) not in OPINION_VERBS | modality_words().get("reporting", frozenset()) and not _stating_locution(verb):
                return []  # « X a subi le comportement irresponsable de Y »: whose word, the text does not say
            holders = [s for s in subjects_of(view, verb, view.clause(verb.i)[0]) if s.kind in PARTIES]
            if not holders:
                return []  # another's saying, of no party the graph holds
        break
    if not holders and voice is not None and _stated_inside(view, word):
        holders = [voice]
    if not holders:
        holders = _quotation_speaker(view, word)  # « « Le refus honteux de Y nous oblige à agir », a dit X »
    return _pairs(holders, owners, relation)


#: Nouns that make a verb of saying with the verb before them (« faire état de », « faire part de »).
STATING_NOUNS = function_words("stating_noun")


def _stating_locution(verb: Token) -> bool:
    """« X a fait état du « caractère scandaleux » des méthodes de Y »: « faire » and a noun of saying right after
    it (``stating_noun``) say as a verb of saying does."""
    return verb.lemma_.lower() == "faire" and verb.i + 1 < len(verb.doc) and verb.doc[verb.i + 1].lower_ in STATING_NOUNS


def _qualified_noun(view: SentenceView, word: Token) -> int:
    """The token the judging word qualifies, back past the adjectives and adverbs before it and
    their « et » or comma (« le comportement belliqueux et insupportable »: « comportement »), or
    the noun right after it where the word opens the noun phrase (« un excellent travail »)."""
    doc, k = view.doc, word.i - 1
    while k > view.sent.start and (doc[k].pos_ in ("ADJ", "ADV") or doc[k].lower_ in ("et", ",")) and k not in view.at:
        k -= 1
    after = word.i + 1
    if is_determiner(doc[k]) and word.pos_ == "ADJ" and after < view.sent.end and doc[after].pos_ == "NOUN" and after not in view.at:
        return after  # « un excellent travail », « la scandaleuse décision »: the noun after the adjective
    return k


def judged_refusal(view: SentenceView, word: Token) -> bool:
    """« le refus honteux de Y »: the judging word qualifies a noun of refusal, whose denial is
    what is judged, not a denial of the judgement."""
    doc, k = view.doc, _qualified_noun(view, word)
    return k not in view.at and doc[k].pos_ == "NOUN" and doc[k].lemma_.lower() in modality_words().get("refusal", frozenset())


def _quotation_speaker(view: SentenceView, word: Token) -> list[Slot]:
    """The speaker of the quotation that holds token ``word`` and opens its sentence or follows a
    colon: named after it (« « ... », a déclaré X ») or as the subject of the verb of saying
    before the colon (« X a écrit : « ... » »); none elsewhere."""
    doc = view.doc
    opening = next((k for k in range(word.i - 1, view.sent.start - 1, -1) if doc[k].text in QUOTES), None)
    if opening is None or (opening > view.sent.start and doc[opening - 1].text != ":"):
        return []
    closing = next((k for k in range(opening + 1, view.sent.end) if doc[k].text == QUOTES[doc[opening].text]), None)
    if closing is None or closing < word.i:
        return []
    return _speaker_after_quote(view, opening) or _speaker_before_colon(view, opening)


#: Verbs whose subject does the action its object names (« tenir des propos », « adopter une attitude »), by lemma.
CONDUCT_VERBS = function_words("conduct_verb")


def _doers(view: SentenceView, noun: Token) -> list[Slot]:
    """The subject of a verb of ``CONDUCT_VERBS`` whose object is the noun (« Y a tenu des
    propos scandaleux », « Y s'est permis de tenir ... »: Y), the one whose action it is; else none."""
    verb = noun.head
    if noun.dep_ != "obj" or verb.pos_ != "VERB" or verb_lemma(verb) not in CONDUCT_VERBS:
        return []
    if any(t.is_punct for t in view.doc[verb.i + 1 : noun.i]):
        return []  # « comme vous l'avez fait, les violences inacceptables »: the object the parser joined past a comma
    start = view.clause(verb.i)[0]
    if _after_si(view, verb.i):
        return []  # « Si Y a tenu des propos inacceptables, ... »: a hypothesis
    return [s for s in expand(subjects_of(view, verb, start)) if s.kind in PARTIES]


def _after_si(view: SentenceView, i: int) -> bool:
    """A « si » of condition stands between the sentence's start and token i (« Si Y a tenu des
    propos ... », « si votre mépris continue »): what follows is a hypothesis."""
    return any(t.lower_ in ("si", "s'", "s’") and t.pos_ == "SCONJ" for t in view.doc[view.sent.start : i])


def _stated_inside(view: SentenceView, word: Token) -> bool:
    """The judging word inside a noun phrase is the sentence's own voice's: outside quotes, in a
    sentence that asks nothing and opens with no « Selon X, »."""
    doc = view.doc
    if doc[view.sent.start].lower_ in OPINION_HOLDERS or any(t.text == "?" for t in doc[view.sent.start : view.sent.end]):
        return False
    return not any(t.text in QUOTES for t in doc[view.sent.start : word.i])


#: Verbs whose past participle after « avoir », with an infinitive after it, tells a success (« vous avez su rassembler »), by lemma.
MANAGING_VERBS = function_words("managing_verb")


def managed(view: SentenceView, cue: Token) -> list[tuple[Slot, Slot, RelationType]]:
    """« Monsieur Y, vous avez su rassembler votre majorité »: in a sentence its voice
    states (:func:`_stated_inside`), « vous avez su » and an infinitive praise the one spoken to,
    who managed it. Not denied (« vous n'avez pas su »), asked, supposed (« si vous avez su »), nor
    said of another (« ils ont su »)."""
    voice, doc = view.voice, view.doc
    if voice is None or not is_past_participle(cue) or not _stated_inside(view, cue):
        return []
    k = cue.i - 1
    while k > view.sent.start and doc[k].pos_ == "ADV":
        k -= 1  # « vous avez toujours su »
    if k <= view.sent.start or doc[k].lemma_ != "avoir":
        return []
    you = view.at.get(k - 1)
    j = cue.i + 1
    while j < view.sent.end and doc[j].pos_ == "ADV":
        j += 1  # « vous avez su habilement rassembler »
    if you is None or you.text.lower() not in ADDRESSEE_PRONOUNS or you.cluster == voice.cluster or j >= view.sent.end or "Inf" not in doc[j].morph.get("VerbForm"):
        return []
    if is_negated(cue, view.sent) or _after_si(view, cue.i):
        return []
    return [(voice, you, RelationType.ENDORSED)]


#: Verbs of rejoicing whose « que » clause may tell another's success (« je me réjouis que Y ait été élu »), by lemma.
REJOICING_VERBS = function_words("rejoicing_verb")
#: Participles that tell a party's success as the predicate of such a clause (« élu », « nommé », « acquise »).
SUCCESS_PARTICIPLES = function_words("success_participle")
#: How many words may stand between « que » and the participle of success (« soit maintenant définitivement »).
SUCCESS_REACH = 6
#: How many words an incise between the verb of rejoicing and its « que » may have (« , pour ma part, »).
INCISE_WORDS = 8


def rejoiced_success(view: SentenceView, cue: Token) -> list[tuple[Slot, Slot, RelationType]]:
    """« Je me réjouis que Y ait été élu », « nous nous félicitons que la candidature de Y soit
    acquise »: a reflexive verb of rejoicing, past an incise, then « que » and a clause whose
    subject is a party, or a bid or success of one, and whose predicate is a participle of success:
    its subject praises that party. Not of any other act (« je me félicite que Y ait signé cette
    pétition » may be said in irony), nor denied or supposed."""
    doc = view.doc
    if not any(doc[k].lower_ in REFLEXIVE for k in range(max(view.sent.start, cue.i - 3), cue.i)):
        return []
    j = cue.i + 1
    while j < view.sent.end and doc[j].pos_ == "ADV":
        j += 1
    if j < view.sent.end and doc[j].text == ",":
        closing = next((m for m in range(j + 1, min(view.sent.end - 1, j + 1 + INCISE_WORDS)) if doc[m].text == ","), None)
        if closing is not None and doc[closing + 1].lower_ in ("que", "qu'", "qu’") and not any(m in view.at and doc[m].pos_ != "PRON" for m in range(j, closing)):
            j = closing + 1  # « je me réjouis, pour ma part, que ... »: an incise that names no one
    if j + 2 >= view.sent.end or doc[j].lower_ not in ("que", "qu'", "qu’"):
        return []
    k = j + 1
    while k < view.sent.end and k not in view.at and is_determiner(doc[k]):
        k += 1
    if k < view.sent.end and k not in view.at and doc[k].lemma_.lower() in SUCCESS_NOUNS and k + 1 < view.sent.end and doc[k + 1].lower_ in DE:
        k = past_titles(view, k + 2)  # « la candidature de Monsieur Y »
    party = view.at.get(k)
    if party is None or party.start != k or party.kind not in PARTIES:
        return []
    after = party.end
    if not any(doc[m].lower_ in SUCCESS_PARTICIPLES for m in range(after, min(view.sent.end, after + SUCCESS_REACH))):
        return []
    if is_negated(cue, view.sent) or _after_si(view, cue.i) or is_uncertain(cue, view.sent):
        return []
    judges = [s for s in expand(subjects_of(view, cue, view.clause(cue.i)[0])) if s.kind in PARTIES]
    return [(s, t, RelationType.ENDORSED) for s in judges for t in expand([party]) if t.kind in PARTIES and s.cluster != t.cluster]


def past_titles(view: SentenceView, k: int) -> int:
    """Token k, past the titles before a name (« Monsieur », « M. ») that no mention starts with."""
    while k < view.sent.end and k not in view.at and is_title(view.doc[k]):
        k += 1
    return k


#: Adjectives that praise a person before a role noun (« un grand maire »).
ROLE_PRAISE = function_words("role_praising_adjective")


def may_judge(doc: Doc, i: int) -> bool:
    """Whether the word at token i may judge where it stands: a judging word anywhere, a praising
    adjective only before a role noun (« un bon maire »), a virtue only after « manquer de »: both
    are common words elsewhere (« un bon moyen », « l'autorité de régulation »)."""
    token, words = doc[i], judgement_words()
    lemma = token.lemma_.lower()
    if lemma in words or token.lower_ in words:
        return True
    if lemma in ROLE_PRAISE:
        return _before_a_role(doc, i, len(doc))
    if lemma in STANDARDS and short_of(doc, i, 0):
        return True
    if lemma in LACKED_VIRTUES:
        return i >= 2 and doc[i - 1].lower_ in DE and any(is_lacking(t) for t in doc[max(0, i - 4) : i - 1])
    if judges_acts_only(token):
        return True  # read by :func:`opinion` only as the attribute of a party's act
    if token.lower_ in CREDITING_WORDS:
        return credit_preposition(doc, i, len(doc)) is not None  # read by :func:`_credited`
    if token.lower_ in FALLEN_BLAME_NOUNS:
        return True  # read by :func:`_fallen_blame` only as the subject of a verb of falling
    if token.lower_ in BLAME_WORDS:
        return i + 1 < len(doc) and doc[i + 1].lower_ in DE  # « responsable de ce drame », read by :func:`_to_blame`
    return lemma not in STANDARDS


#: Adjectives that judge a party's act, never a party (« les propos de Y sont graves », « ce que Y
#: a fait est grave »; not « Y est grave », « l'état de Y est grave »), by lemma or form.
ACT_JUDGING = function_words("act_judging_word")


def judges_acts_only(word: Token) -> bool:
    """The word judges a party's act only (:data:`ACT_JUDGING`)."""
    return word.lemma_.lower() in ACT_JUDGING or word.lower_ in ACT_JUDGING


#: Adjectives of a standard (« acceptable », « normal »): negated right after « pas », they judge
#: their subject, or the party of an impersonal « il n'est plus acceptable que Y ... ».
STANDARD_ADJECTIVES = function_words("standard_adjective")
#: Nouns of a standard one may fall short of (« Y n'est pas à la hauteur »), and the adjectives.
STANDARDS = function_words("standard_noun") | STANDARD_ADJECTIVES


#: Words of thanks that open a sentence said to someone (« Merci, madame Y, pour ... »).
THANKS_WORDS = function_words("thanks_word")
#: How many words may call on the one thanked before their name (« madame la présidente », « monsieur le Premier ministre »).
CALLING_WORDS = 5


def thanked(view: SentenceView, cue: Token) -> list[tuple[Slot, Slot, RelationType]]:
    """« Merci, madame Y, pour votre travail », « Merci à Y pour son engagement »: thanks that
    open a sentence in a speaker's own voice praise the one thanked, named after « à » or called
    on between commas, before the reason or the end; not thanks inside a clause (« un grand
    merci de Y »)."""
    doc, end, voice = view.doc, view.sent.end, view.voice
    if voice is None or any(not _thanked_for_saying(view, r) for r in view.reporting or ()):
        return []  # « Merci à Y, a dit X »: X's thanks, not the voice's
    called = _called_before_thanks(view, cue)
    if called is not None and called.cluster != voice.cluster and cue.i + 1 < end and doc[cue.i + 1].lower_ in THANKED_FOR and not _for_a_question(view, cue.i + 1):
        welcomed = _thanked_for_your_welcome(view, cue, voice)
        if welcomed is not None and welcomed.cluster == called.cluster:
            return [(voice, called, RelationType.MET)]  # « Monsieur Y, merci pour votre accueil »: Y received the speaker
        return [(voice, called, RelationType.ENDORSED)]  # « Monsieur Y, merci d'avoir répondu à notre invitation »
    if not _opens_thanks(view, cue) or cue.i + 2 >= end:
        return []
    welcomed = _thanked_for_your_welcome(view, cue, voice)
    if welcomed is not None:
        return [(voice, welcomed, RelationType.MET)]  # « Merci pour votre accueil »: the one spoken to received the speaker
    j = cue.i + 1
    if j + 1 < end and doc[j].lower_ == "et" and doc[j + 1].lower_ in THANKS_WORDS:
        j += 2  # « Bravo et merci à Y »
    if (doc[j].text != "," or cue.lower_ in PRAISE_WORDS) and doc[j].lower_ not in ("à", "au", "aux"):
        return []  # « Bravo la récupération ! », « Bravo pour ton élection ! »: no one praised by name, often in jest
    k = j + 1
    while k < end and k - cue.i <= CALLING_WORDS and k not in view.at and (address_word(doc[k]) or is_determiner(doc[k]) or doc[k].pos_ in ("NOUN", "ADJ")):
        k += 1  # « Merci, madame la présidente Y, », « Merci à M. Y », « Merci, monsieur le Premier ministre, »
    target = view.at.get(k)
    if target is None and k > j + 1 and k + 1 < end and doc[k].text == "," and doc[k + 1].lower_ in THANKED_FOR and not _for_a_question(view, k + 1):
        called = _addressee_after(view, k, end, voice)  # « Merci, monsieur le ministre, pour votre écoute »: « votre »
        return [(voice, called, RelationType.ENDORSED)] if called is not None else []
    if target is None or target.start != k or target.kind not in PARTIES or target.end >= end or target.cluster == voice.cluster:
        return []
    targets = [t for t in view.group_at(k, end) if t.kind in PARTIES and t.cluster != voice.cluster]  # « merci à Y et à Z »
    after = targets[-1].end + 1 if doc[targets[-1].end].text == "," else targets[-1].end
    if doc[targets[-1].end].lower_ not in THANKED_FOR or _for_a_question(view, after):
        return []  # « Merci, monsieur Y, pour votre question »: courtesy to the one who asked
    return [(voice, t, RelationType.ENDORSED) for t in targets]


#: Words of a welcome wished to someone (« soyez le bienvenu », « Bienvenue à M. Y »), by form.
WELCOME_WORDS = function_words("welcome_word")
#: The imperative of « être » that wishes a welcome (« soyez les bienvenus »).
WISHING_FORMS = function_words("welcome_wish")


def welcomed(view: SentenceView, cue: Token) -> list[tuple[Slot, Slot, RelationType]]:
    """« Monsieur Y, soyez le bienvenu », « Soyez les bienvenus, madame Y et monsieur Z »,
    « Bienvenue à M. Y »: a welcome wished in a voice's own words to those called on by name
    receives them, a meeting with the voice; with no one named in the sentence, the guest the
    title or the agenda line of minutes names (« Monsieur le directeur, soyez le bienvenu »).
    Not a welcome another wishes (« « Soyez le bienvenu », a dit X à Y »), nor one wished to no
    one named (« soyez les bienvenus »)."""
    doc, end, voice = view.doc, view.sent.end, view.voice
    if voice is None or view.reporting:
        return []
    wish = _welcome_wish(view, cue)
    if wish is None:
        return []
    called = _called_before_thanks(view, doc[wish])
    if called is not None:
        targets = [called]  # « Monsieur Y, soyez le bienvenu »
    elif view.addressee is not None and not view.slots and doc[cue.i - 1].lower_ != "les":
        targets = [view.addressee]  # « Monsieur le directeur, soyez le bienvenu »: the guest the title or the agenda names, where no one else is
    else:
        k = cue.i + 1
        if k >= end or (doc[k].text != "," and doc[k].lower_ not in ("à", "au", "aux")):
            return []
        k += 1
        while k < end and k - cue.i <= CALLING_WORDS and k not in view.at and (address_word(doc[k]) or is_determiner(doc[k])):
            k += 1  # « Soyez le bienvenu, monsieur Y », « Bienvenue à M. Y »
        target = view.at.get(k)
        if target is None or target.start != k or target.cluster == voice.cluster:
            return []
        targets = view.group_at(k, end)  # « Bienvenue à M. Y et à Mme Z »
        if doc[targets[-1].end].text not in SENTENCE_CLOSERS:
            return []  # « Bienvenue à M. Y, dont le livre ... »: no call closed
    return [(voice, t, RelationType.MET) for t in targets if t.kind is EntityKind.PERSON and t.cluster != voice.cluster]


#: What closes a call at the end of a welcome (« Soyez le bienvenu, monsieur Y. »).
SENTENCE_CLOSERS = frozenset({".", "!", ";", ":"})


def _welcome_wish(view: SentenceView, cue: Token) -> Optional[int]:
    """Where the welcome at ``cue`` is wished: the imperative of « être » before its article,
    past adverbs (« soyez donc les bienvenus »), or the word itself where it opens the sentence
    (« Bienvenue à M. Y »); else None (« vous serez toujours le bienvenu », « que vous soyez le
    bienvenu »)."""
    doc, start = view.doc, view.sent.start
    if cue.i == start and cue.lower_.startswith("bienvenue"):
        return cue.i
    j = cue.i - 1
    if j <= start or doc[j].lower_ not in ("le", "la", "les"):
        return None
    j -= 1
    while j > start and doc[j].pos_ == "ADV" and doc[j].lower_ not in WISHING_FORMS and j not in view.at:
        j -= 1  # « soyez donc les bienvenus » (the tagger may read « soyez » itself as an adverb)
    if doc[j].lower_ not in WISHING_FORMS or (j > start and doc[j - 1].lower_ in ("que", "qu'", "qu’")):
        return None
    return j


def _thanked_for_your_welcome(view: SentenceView, cue: Token, voice: Slot) -> Optional[Slot]:
    """« Merci pour votre accueil », « Merci de votre chaleureuse hospitalité »: thanks that open a
    sentence for the welcome (``welcome_noun``) of the one spoken to, whom the resolver placed on
    « votre »: that person; else None."""
    doc, end = view.doc, view.sent.end
    j = cue.i + 1
    if j + 2 >= end or doc[j].lower_ not in ("pour", "de", "d'", "d’") or doc[j + 1].lower_ not in ADDRESSEE_POSSESSIVES:
        return None
    owner = view.at.get(j + 1)
    noun = j + 2
    while noun < end - 1 and doc[noun].pos_ == "ADJ":
        noun += 1  # « votre chaleureuse hospitalité »
    if owner is None or owner.kind is not EntityKind.PERSON or owner.cluster == voice.cluster or doc[noun].lemma_.lower() not in WELCOME_NOUNS:
        return None
    return owner


def _called_before_thanks(view: SentenceView, cue: Token) -> Optional[Slot]:
    """« Monsieur Y, merci ... », « Madame la ministre Y, un grand merci ... »: the party called on
    by name at the opening of the sentence, a comma, then the word of thanks; else None."""
    doc, k = view.doc, view.sent.start
    while k < cue.i and k - view.sent.start < CALLING_WORDS and k not in view.at and (address_word(doc[k]) or is_determiner(doc[k]) or doc[k].pos_ in ("NOUN", "ADJ")):
        k += 1
    called = view.at.get(k)
    if called is None or called.start != k or called.kind not in PARTIES or called.end >= cue.i or doc[called.end].text != ",":
        return None
    return called if _before_thanks(view, cue, called.end + 1) == called.end else None


#: Nouns of a question one is thanked for out of courtesy (« merci de votre question »), by lemma.
QUESTION_NOUNS = function_words("question_noun")


def _for_a_question(view: SentenceView, k: int) -> bool:
    """« merci de votre question », « merci pour cette interpellation »: from token k, thanks
    for a question, which the one who answers gives out of courtesy."""
    doc = view.doc
    return k + 2 < view.sent.end and doc[k].lower_ in ("de", "d'", "d’", "pour") and doc[k + 2].lemma_.lower() in QUESTION_NOUNS


def _thanked_for_saying(view: SentenceView, r: int) -> bool:
    """The verb of saying at token r is what one is thanked for (« Merci, monsieur Y, d'avoir
    répondu à notre invitation », « pour nous avoir dit »), not the verb that reports the thanks."""
    doc, k = view.doc, r - 1
    while k > view.sent.start and (doc[k].pos_ in ("ADV", "AUX", "PRON") or doc[k].lemma_ == "avoir"):
        k -= 1
    return k < r - 1 and (doc[k].lower_ in DE or doc[k].lower_ == "pour")


#: How many words a reproaching exclamation may have (« Vous n'avez pas compris la question ! »).
REPROACH_WORDS = 14
#: Words that open an exclamation before its « vous » (« Mais vous ... ! », « Et c'est vous qui ... ! »).
REPROACH_OPENERS = function_words("reproach_opener")
#: Words that make an exclamation to someone no reproach (« Vous avez bien fait ! », « Vous n'avez pas tort ! »).
REPROACH_BREAKERS = function_words("reproach_breaker")


def reproached(view: SentenceView, mark: Token) -> list[tuple[Slot, Slot, RelationType]]:
    """« Vous ne répondez toujours pas ! », « C'est vous qui avez tout démoli ! », « Vous avez
    cédé ! »: a short exclamation, in a speaker's own voice, whose subject is the « vous » of one
    spoken to (named by the resolver: the one called on or interrupted), and whose verb is negated,
    or a past act, or the clause of « c'est vous qui », reproaches them. Not a question, a
    quotation, nor praise (« Vous avez bien fait ! », a praising word of ``judgements.tsv``)."""
    doc, voice, start = view.doc, view.voice, view.sent.start
    if voice is None:
        return []
    owned = _owned_fault(view, voice, mark)
    if owned or mark.i - start > REPROACH_WORDS + 4:
        return owned
    k = _past_call(view, start, mark.i)
    while k < mark.i and (doc[k].lower_ in REPROACH_OPENERS or doc[k].text == ","):
        k += 1
    cleft = k + 3 < mark.i and doc[k].lower_ in ("c'", "c’", "ce") and doc[k + 1].lemma_ == "être" and doc[k + 2].lower_ == "vous" and doc[k + 3].lower_ == "qui"
    at = k + 2 if cleft else k
    words = doc[k : mark.i]
    if at >= mark.i or doc[at].lower_ != "vous" or len([t for t in words if not t.is_punct]) > REPROACH_WORDS:
        return []
    if any(t.text in QUOTES or t.text in ("?", ":", ";") or t.lower_ in REPROACH_BREAKERS for t in words):
        return []
    polarity = judgement_words()
    if any(polarity.get(t.lemma_.lower()) is RelationType.ENDORSED or polarity.get(t.lower_) is RelationType.ENDORSED or t.lemma_.lower() in ROLE_PRAISE for t in words):
        return []  # « Vous n'êtes pas un héros ! »: praise denied or given, no reproach of this shape
    target = view.at.get(at)
    if target is None or target.kind not in PARTIES or target.cluster == voice.cluster:
        return []
    if not (cleft or _negated_after(view, at, mark.i) or _past_act(view, at, mark.i) or _called_a_name(view, at, mark.i)):
        return []
    if _calls_another(view, target, at, mark.i):
        return []  # « C'est vous qui avez tout cassé, chers amis du groupe Z ! »: said to others than the one interrupted
    return [(voice, target, RelationType.CRITICISED)]


def _owned_fault(view: SentenceView, voice: Slot, mark: Token) -> list[tuple[Slot, Slot, RelationType]]:
    """« C'est la faute à votre laxisme ! », « Les salariés méritent mieux que vos mensonges ! »:
    in an exclamation in a speaker's own voice, a fault (``fault_noun``) owned by the one spoken
    to (« votre », « vos », which the resolver placed on the one called on or interrupted)
    reproaches them. Not in a question, nor in a quotation."""
    doc, start = view.doc, view.sent.start
    words = doc[start : mark.i]
    if any(t.text in QUOTES or t.text == "?" for t in words):
        return []
    for word in words:
        if word.pos_ != "NOUN" or word.lemma_.lower() not in FAULTS or word.i in view.at:
            continue
        owner = _addressee_owner(view, word, voice)
        if owner is not None:
            return [(voice, owner, RelationType.CRITICISED)]
    return []


def _addressee_owner(view: SentenceView, word: Token, voice: Slot) -> Optional[Slot]:
    """The one spoken to, where « votre » or « vos » before the noun at ``word`` (past its
    qualifiers) is placed on a party other than the voice; else None."""
    owner = view.at.get(before_qualifiers(view, word.i))
    if owner is None or owner.text.lower() not in ADDRESSEE_POSSESSIVES or owner.kind not in PARTIES or owner.cluster == voice.cluster:
        return None
    return owner


#: Faults whose owner, the one spoken to, a voice reproaches (``fault_noun``), but those that may
#: be met with sympathy (« je regrette votre échec »), by form.
OWNED_FAULTS = FAULTS - function_words("sympathy_fault")


def voiced_fault(view: SentenceView, word: Token, voice: Optional[Slot]) -> list[tuple[Slot, Slot, RelationType]]:
    """« Nous ne suivrons pas votre démagogie », « nous n'accepterons jamais vos insultes »: in a
    sentence its voice states (:func:`_stated_inside`), a fault owned by the one spoken to
    (« votre », « vos », placed by the resolver) reproaches them, as it does in an exclamation
    (:func:`_owned_fault`), whatever the mood of its verb. Not where the verb above it is
    uncertain, or negated but for a verb of objecting (« ce n'est pas votre mépris que je
    dénonce »), nor after « si »."""
    if voice is None or not _stated_inside(view, word):
        return []
    owner = _addressee_owner(view, word, voice)
    if owner is None or _after_si(view, word.i):
        return []
    verbs = [t for t in word.ancestors if t.pos_ in ("VERB", "AUX")]
    if any(is_negated(v, view.sent) and v.lemma_.lower() not in OBJECTING_VERBS or is_uncertain(v, view.sent) for v in verbs[:2]):
        return []
    return [(voice, owner, RelationType.CRITICISED)]


#: Verbs whose denial still reproaches the fault they govern (« nous ne suivrons pas votre démagogie »), by lemma.
OBJECTING_VERBS = function_words("objecting_verb")


def _calls_another(view: SentenceView, target: Slot, at: int, end: int) -> bool:
    """A call after a comma, past the « vous » at token ``at`` (« ..., chers collègues du groupe
    Z ! », « ..., monsieur Y ! »), names someone else than ``target`` or no one the resolver placed."""
    doc = view.doc
    for c in range(at + 1, end - 1):
        if doc[c].text == "," and (address_word(doc[c + 1]) or doc[c + 1].lower_ in CALL_OPENERS):
            called = [s for s in view.at.values() if c < s.start < end]
            return not called or any(s.cluster != target.cluster for s in called)
    return False


#: Words that open a call to those spoken to besides the titles (« chers collègues », « mes chers amis »).
CALL_OPENERS = function_words("call_opener")


def _past_call(view: SentenceView, start: int, end: int) -> int:
    """Past a call that opens the sentence before a comma (« Madame la ministre, vous ... »)."""
    doc = view.doc
    if not address_word(doc[start]):
        return start
    comma = next((c for c in range(start + 1, min(end, start + CALLING_WORDS + 3)) if doc[c].text == ","), None)
    return comma + 1 if comma is not None else start


def _negated_after(view: SentenceView, at: int, end: int) -> bool:
    """A « ne » or « n' » follows the « vous » at token ``at`` before its verb (« vous ne répondez
    pas », « vous n'en savez rien »)."""
    doc = view.doc
    return any(doc[j].lower_ in NE for j in range(at + 1, min(at + 4, end)))


def _called_a_name(view: SentenceView, at: int, end: int) -> bool:
    """« vous êtes un » (or « une », « des ») and a noun after the « vous » at token ``at``, past
    adjectives (« Vous êtes un liquidateur ! », « Vous êtes des irresponsables ! »): a name one is
    called in an exclamation, an insult."""
    doc = view.doc
    j = at + 1
    if j + 2 >= end or doc[j].lower_ not in ("êtes", "étiez") or doc[j + 1].lower_ not in ("un", "une", "des"):
        return False
    return any(doc[k].pos_ == "NOUN" for k in range(j + 2, min(j + 5, end)))


def _past_act(view: SentenceView, at: int, end: int) -> bool:
    """« vous avez » and a past participle after the « vous » at token ``at``, past clitics and
    adverbs (« Vous avez cédé ! », « Vous les avez supprimés ! », « Vous avez pourtant poursuivi »)."""
    doc = view.doc
    j = at + 1
    while j < end and doc[j].pos_ == "PRON":
        j += 1
    if j >= end or doc[j].lower_ not in ("avez", "aviez"):
        return False
    j += 1
    while j < end and doc[j].pos_ == "ADV":
        j += 1
    return j < end and "Part" in doc[j].morph.get("VerbForm")


#: The pronoun and possessives of the one spoken to (« vous », « votre », « vos »).
ADDRESSEE_WORDS = ADDRESSEE_PRONOUNS | ADDRESSEE_POSSESSIVES


def _addressee_after(view: SentenceView, k: int, end: int, voice: Slot) -> Optional[Slot]:
    """The person a « vous » or « votre » after token k stands for, as the resolver placed it (the
    one called on by role, or interrupted), where thanks call on someone by role alone."""
    doc = view.doc
    for i in range(k + 1, end):
        slot = view.at.get(i)
        if slot is not None and doc[i].lower_ in ADDRESSEE_WORDS and slot.kind is EntityKind.PERSON and slot.cluster != voice.cluster:
            return slot
    return None


#: Words of praise that thank only those named after « à » (« Bravo à Y »; not « Bravo, Y ! », often in jest).
PRAISE_WORDS = function_words("praise_word")


def _opens_thanks(view: SentenceView, cue: Token) -> bool:
    """The word of thanks opens its sentence, past « Et » and « un grand » (« Un grand bravo à Y »,
    « Et merci à Y »)."""
    return _before_thanks(view, cue, view.sent.start) < view.sent.start


def _before_thanks(view: SentenceView, cue: Token, stop: int) -> int:
    """The token before the words that may open thanks (« Et », « un grand », « encore ») right
    before the word of thanks, looking back no further than ``stop``."""
    doc, k = view.doc, cue.i - 1
    while k >= stop and k not in view.at and (doc[k].lower_ in ("et", "un", "encore") or doc[k].pos_ == "ADJ"):
        k -= 1
    return k


#: What may follow the one thanked: the reason, or the end of the call.
THANKED_FOR = frozenset({",", "pour", "de", "d'", "d’", "!", ".", "qui", ";"})
#: Plural articles the tagger may read as a preposition (« vous êtes des menteurs »).
PLURAL_ARTICLES = function_words("plural_article")
#: Nouns of shame whose denial, after « avoir », reproaches the subject (« Vous n'avez pas honte ! »).
SHAME_NOUNS = function_words("shame_noun")


def judged_by_denial(view: SentenceView, word: Token) -> bool:
    """The word judges by its denial: a standard one falls short of (« Y n'est pas à la
    hauteur ») or a shame one has not (« Vous n'avez pas honte ! »)."""
    return short_of(view.doc, word.i, view.sent.start) or _shameless(view, word) is not None or unmet(view, word)


def unmet(view: SentenceView, word: Token) -> bool:
    """A verb of a duty (``violations.tsv``: unmet) under a negation (« Y ne respecte pas le
    droit », « ne respecte ni ses engagements ni la loi »): its subject fails the duty, which the
    voice or the holder of the opinion reproaches."""
    return word.pos_ == "VERB" and verb_lemma(word) in violation_words().get("unmet", ()) and is_negated(word, view.sent)


def _shameless(view: SentenceView, word: Token) -> Optional[Token]:
    """The « avoir » right before a noun of shame (« Vous n'avez pas honte ! », « Vous n'avez
    honte de rien ! »): negated, it reproaches its subject; else None."""
    return _avoir_before(view, word) if word.lower_ in SHAME_NOUNS else None


def _avoir_before(view: SentenceView, word: Token) -> Optional[Token]:
    """The « avoir » right before the word, past adverbs (« a bien raison », « n'avez pas
    honte », « a tout à fait raison »: the words of a locution too), or None."""
    doc, k = view.doc, word.i - 1
    while k > view.sent.start and (doc[k].pos_ == "ADV" or doc[k].dep_ == "fixed") and k not in view.at:
        k -= 1
    return doc[k] if doc[k].lemma_.lower() == "avoir" and doc[k].pos_ in ("AUX", "VERB") and k not in view.at else None


def short_of(doc: Doc, i: int, start: int) -> bool:
    """Token i is a standard after « à la » (« à la hauteur »), or an adjective of a standard right
    after « pas » (« n'est pas acceptable »): negated, its attribute says its subject falls short."""
    if doc[i].lower_ in STANDARD_ADJECTIVES:
        return i - 2 >= start and doc[i - 1].lower_ in NEGATION_ENDS  # « n'est pas acceptable »
    return doc[i].lower_ in STANDARDS and i - 2 >= start and doc[i - 2].lower_ == "à" and doc[i - 1].lower_ in ("la", "sa", "leur")


def _before_a_role(doc: Doc, i: int, end: int) -> bool:
    """A role noun follows token i before ``end`` (« une grande ministre »)."""
    return i + 1 < end and doc[i + 1].lower_ in role_heads()


def _role_praise(view: SentenceView, word: Token) -> Optional[RelationType]:
    """Endorsed for « grand » right before a role noun (« X a été une très grande ministre »), else None."""
    if word.lemma_.lower() in ROLE_PRAISE and _before_a_role(view.doc, word.i, view.sent.end):
        return RelationType.ENDORSED
    return None


def _stated(view: SentenceView, start: int, word: Token) -> bool:
    """The judging clause that begins at ``start`` is stated by the sentence's own voice: it opens
    the sentence or follows a comma, a conjunction or an adverb (not a « que » of another's saying,
    « Selon certains, », « si »), outside quotes, in a sentence that asks nothing."""
    doc = view.doc
    if doc[view.sent.start].lower_ in OPINION_HOLDERS or any(t.text == "?" for t in doc[word.i : view.sent.end]):
        return False
    if any(t.text in QUOTES for t in doc[view.sent.start : word.i]):
        return False
    j = start - 1
    while j >= view.sent.start and j not in view.at and is_determiner(doc[j]):
        j -= 1  # « M. Y est un menteur », « La Russie bafoue le droit »: the title or article left out of the name
    if j > view.sent.start and _given_as_cause(view, j):
        return True  # « Nous protestons car les propos de Y sont indignes »
    while j >= view.sent.start and (doc[j].pos_ in ("ADV", "CCONJ") or doc[j].text == "," or doc[j].text in DASHES):
        j -= 1
    incise = _saying_incise(view, j)
    if incise is not None:  # « Monsieur le ministre, vous l'avez dit, Y ... »
        return _stated(view, incise, word)
    return j < view.sent.start or _affirmed_que(view, j) or _opening_call(view, j) or _after_main_clause(view, j, start) or _opening_time(view, j, start) or _opening_topic(view, j)


#: Conjunctions that open a cause, which the voice gives as its own reason (« car », « puisque »).
CAUSE_CONJUNCTIONS = function_words("cause_conjunction")


def _given_as_cause(view: SentenceView, j: int) -> bool:
    """Token j ends « parce que », « puisque » or « car », which open the judging clause as the
    reason of a clause the voice states itself, with no « que » of another's saying, no relative
    and no « si » before (« Nous protestons parce que les propos de Y sont indignes »; not « X a
    dit que nous protestons parce que ... »)."""
    doc = view.doc
    word = doc[j].lower_
    if word in ("que", "qu'", "qu’") and j > view.sent.start and doc[j - 1].lower_ == "parce":
        j -= 1
    elif word not in CAUSE_CONJUNCTIONS:
        return False
    return not any(t.lower_ in RELATIVE_PRONOUNS or t.lower_ in ("que", "qu'", "qu’", "si", "s'", "s’") or t.text in QUOTES for t in doc[view.sent.start : j])


def _saying_incise(view: SentenceView, j: int) -> Optional[int]:
    """Token j ends an incise of saying set between commas (« vous l'avez dit, », « je le
    répète, »): where the incise starts; None otherwise. The clause after it is stated as the
    clause before it would be."""
    doc = view.doc
    if j < view.sent.start or doc[j].pos_ != "VERB" or j + 1 >= view.sent.end or doc[j + 1].text != ",":
        return None
    if verb_lemma(doc[j]) not in modality_words().get("reporting", frozenset()) | COMMENTING_VERBS:
        return None
    k = j - 1
    while k > view.sent.start and doc[k].pos_ == "AUX":
        k -= 1
    if k <= view.sent.start or doc[k].lower_ not in ("le", "l'", "l’") or doc[k - 1].lower_ not in SUBJECT_CLITICS:
        return None
    start = k - 1
    return start if start == view.sent.start or doc[start - 1].text == "," else None



#: Words of a time phrase that may open a sentence before a comma, besides dates, numbers,
#: articles and nouns of time (« Il y a trois jours, », « Depuis trois ans, »).
TIME_PHRASE_WORDS = function_words("time_phrase_word")
#: How many words such a phrase may have.
TIME_PHRASE_LENGTH = 6


def _opening_time(view: SentenceView, j: int, start: int) -> bool:
    """Token j ends a short time phrase that opens the sentence, a comma between it and the judging
    clause at ``start`` (« Il y a trois jours, vous avez menti »)."""
    doc, first = view.doc, view.sent.start
    if not 0 <= j - first < TIME_PHRASE_LENGTH or doc[j + 1].text != "," or any(k in view.at for k in range(first, j + 1)):
        return False
    return all(
        t.lower_ in TIME_PHRASE_WORDS or _of_time(t) or is_determiner(t) or t.like_num for t in doc[first : j + 1]
    ) and any(_of_time(t) for t in doc[first : j + 1])


#: How many words such a phrase may have.
TOPIC_PHRASE_LENGTH = 8


def _opening_topic(view: SentenceView, j: int) -> bool:
    """Token j ends a short phrase on the topic that opens the sentence, a comma after it, with no
    verb and no person in it (« Sur la hausse des loyers, vous mentez encore », « Sur la hausse
    des APL, ... »: an organisation the topic names holds no opinion)."""
    doc, first = view.doc, view.sent.start
    if not 0 < j - first < TOPIC_PHRASE_LENGTH or doc[j + 1].text != "," or doc[first].lower_ not in TOPIC_OPENERS:
        return False
    return not any((k in view.at and view.at[k].kind is EntityKind.PERSON) or doc[k].pos_ in ("VERB", "AUX") or doc[k].text in QUOTES for k in range(first + 1, j + 1))


def _of_time(token: Token) -> bool:
    """A noun of time (« semaines », « ans ») or a date word (« lundi »)."""
    return token.lemma_.lower() in time_nouns() or token.lower_ in time_nouns() or is_date_word(token)


#: Words after a comma that join a clause to the one before it as its voice's own (« et », « car », « tant »).
MAIN_CLAUSE_JOINS = function_words("main_clause_join")


def _after_main_clause(view: SentenceView, j: int, start: int) -> bool:
    """« et », « mais », « car » or « tant » after a comma joins the judging clause to a clause
    the voice states itself, with no « que » of another's saying before (« Ces objectifs avaient
    été fixés par Y, et il avait raison », « Il faut agir, tant vous bafouez le droit »; not « X a
    dit que Z ment, et Y a raison »)."""
    doc = view.doc
    between = [t.lower_ for t in doc[j + 1 : start]]
    if between[:1] != [","] or not any(word in MAIN_CLAUSE_JOINS for word in between[1:]):
        return False
    return not any(t.lower_ in RELATIVE_PRONOUNS or t.lower_ in ("que", "qu'", "qu’", "si") or t.text in QUOTES for t in doc[view.sent.start : j + 1])


def _opening_call(view: SentenceView, j: int) -> bool:
    """Token j ends a call that opens the sentence and a comma closes (« Madame la ministre, Y se
    trompe »), or is its word of address, before the one called (« Monsieur X, vous vous trompez »,
    whose subject is the one called): a word of address, then no verb."""
    doc = view.doc
    if not address_word(doc[view.sent.start]):
        return False
    if j == view.sent.start:
        return True
    return j + 1 < view.sent.end and doc[j + 1].text == "," and not any(t.pos_ in ("VERB", "AUX") or t.text == "," for t in doc[view.sent.start : j + 1])


#: « Évidemment », « Bien sûr »: what opens a sentence before « que » to affirm the clause after it.
AFFIRMING_OPENINGS = frozenset(word_phrases("affirming_opening"))


def _affirmed_que(view: SentenceView, que: int) -> bool:
    """Token ``que`` is the « que » after an opening that affirms the clause it introduces
    (« Évidemment qu'il a raison », « Bien sûr que Y a raison »): the clause is the speaker's."""
    doc = view.doc
    if doc[que].lower_ not in ("que", "qu'", "qu’"):
        return False
    return tuple(t.lower_ for t in doc[view.sent.start : que]) in AFFIRMING_OPENINGS


def _past_the_holder(view: SentenceView, targets: list[Slot]) -> list[Slot]:
    """The members of a group after the opening « Pour X, » or « Selon X, » that holds the opinion
    (« Pour X, le maire Y est un menteur »: Y alone, not the list « X, le maire Y »)."""
    if view.doc[view.sent.start].lower_ not in OPINION_HOLDERS:
        return targets
    comma = next((t.i for t in view.doc[view.sent.start : targets[-1].start] if t.text == ","), None)
    return [t for t in targets if comma is None or t.start > comma] or targets


def _possessive_owner(view: SentenceView, j: int) -> Optional[Slot]:
    """The party a possessive names right before the noun of an action at token j (« vos propos
    », « sa décision »), or None."""
    doc = view.doc
    if j <= view.sent.start or j in view.at or doc[j].pos_ != "NOUN" or doc[j].lemma_.lower() not in party_actions():
        return None
    owner = view.at.get(j - 1)
    possessive = owner is not None and (is_possessive(owner) or owner.text.lower() in ADDRESSEE_POSSESSIVES)
    return owner if possessive and owner.end == j and owner.kind in PARTIES else None


def _described_start(view: SentenceView, slot: Slot) -> int:
    """Where the description right before a mention begins (« Pour X, le maire Y est ... »,
    « Pour X, son adversaire Y est ... »: the article or the possessive), else the mention's start."""
    start = role_start(view, slot, view.sent.start)
    j = slot.start - 1
    if start == slot.start and j - 1 > view.sent.start and view.doc[j].lower_ in role_heads() and j not in view.at:
        owner = view.at.get(j - 1)
        return owner.start if owner is not None and is_possessive(owner) and owner.end == j else start
    return start


def _blamed_after_que(view: SentenceView, word: Token) -> list[Slot]:
    """« il est scandaleux que Y soit intervenu », « il est inacceptable que Y refuse »: after an
    impersonal judgement, the party that opens its « que » clause as the subject of a verb; else []."""
    doc, end = view.doc, view.sent.end
    k = word.i + 1
    while k < end and doc[k].pos_ == "ADV" and k not in view.at:
        k += 1
    if k >= end or doc[k].lower_ not in ("que", "qu'", "qu’"):
        return []
    m = k + 1
    while m < end and is_determiner(doc[m]) and m not in view.at:
        m += 1
    group = [s for s in view.group_at(m, end) if s.kind in PARTIES]  # « que X, Y et Z aient conclu »
    if not group or group[0].start != m:
        return []
    return group if opens_clause(view, group[-1]) or _verb_past_relative(view, group[-1].end, end) else []


def _verb_past_relative(view: SentenceView, k: int, end: int) -> bool:
    """A relative set off by commas stands at token k, and a verb right after its closing comma
    (« que X et Y, qui produisent ..., aient conclu »): the group before it is that verb's subject."""
    doc = view.doc
    close = incise_relative_end(doc, k, end)
    return close is not None and close + 1 < end and doc[close + 1].pos_ in ("VERB", "AUX")


def _opens_the_sentence(view: SentenceView, start: int) -> bool:
    """Only articles stand before token ``start`` in its sentence."""
    return all(is_determiner(t) for t in view.doc[view.sent.start : start])


#: Object pronouns of the third person (« le », « la », « les », « lui », « leur »), which stand
#: between a faulting verb and its subject (« Vous le trahissez ! »).
THIRD_PERSON_OBJECTS = function_words("third_person_object")
#: Judging nouns whose copula is « avoir » (« Y a raison », « Y a eu tort de ... »).
VERDICTS = function_words("verdict_noun")
#: Verbs whose subject is faulted (« Y se trompe », « Y ment »), by lemma; those written « se X »
#: fault only in their reflexive form.
FAULTING_VERBS = {word.removeprefix("se "): word.startswith("se ") for word in function_words("faulting_verb")}


def is_faulting(view: SentenceView, word: Token) -> bool:
    """The verb faults its subject (``faulting_verb``), with its reflexive pronoun where it needs one."""
    lemma = verb_lemma(word)
    if word.pos_ != "VERB" and word.is_lower and word.i > 0 and word.nbor(-1).lower_ in REFLEXIVE:
        lemma = infinitive_in_er(word.lower_)  # « Y se trompe », the verb read as a name: a name never follows « se »
    elif word.pos_ != "VERB" and word.lower_ in LYING_FORMS and word.i > 0 and (word.nbor(-1).pos_ in ("PRON", "PROPN") or word.nbor(-1).lower_ in NE):
        lemma = "mentir"  # « Il ment », « Y ment », read as a noun: no noun follows a subject pronoun
    elif word.pos_ != "VERB":
        return False
    if lemma not in FAULTING_VERBS:
        return False
    if FAULTING_VERBS[lemma]:
        return _reflexive_before(view, word) is not None
    return not is_passive(word)  # « Y a été trahi »: Y is wronged, not faulted


#: Verbs of going on doing what the infinitive after them says (« vous continuez de persécuter »), by lemma.
PERSISTING_VERBS = function_words("persisting_verb")


def _persisting_verb(view: SentenceView, word: Token) -> Optional[Token]:
    """The verb of going on (``persisting_verb``) whose « de » or « à » governs the infinitive
    ``word`` (« vous continuez de persécuter les opposants », « vous vous obstinez à bafouer ... »):
    the fault is its subject's, told in its tense and mood; else None."""
    k = word.i - 1
    if "Inf" not in word.morph.get("VerbForm") or k - 1 <= view.sent.start or not (view.doc[k].lower_ in DE or view.doc[k].lower_ == "à"):
        return None
    verb = view.doc[k - 1]
    return verb if verb.pos_ in ("VERB", "AUX") and verb.lemma_.lower() in PERSISTING_VERBS else None


def _reflexive_before(view: SentenceView, word: Token) -> Optional[int]:
    """The reflexive pronoun of the verb, before it past its auxiliary and adverbs (« s'est
    lourdement trompé », « se trompe »), or None."""
    doc = view.doc
    k = word.i - 1
    while k > view.sent.start and doc[k].pos_ in ("ADV", "AUX") and k not in view.at:
        k -= 1
    if k < view.sent.start or doc[k].pos_ != "PRON":
        return None
    paired = doc[k].lower_ in PAIRED_REFLEXIVES and k > view.sent.start and doc[k - 1].lower_ == doc[k].lower_
    return k if doc[k].lower_ in REFLEXIVE or paired else None


#: The present of « mentir » the tagger reads as a noun (« il ment »).
LYING_FORMS = function_words("lying_form")
#: « vous », « nous »: reflexive right after the same pronoun as subject (« vous vous trompez »).
PAIRED_REFLEXIVES = function_words("paired_reflexive")
#: Virtues whose lack (« Y manque de courage ») judges the one who lacks them.
LACKED_VIRTUES = function_words("lacked_virtue")


#: Words of blame that judge only with a harm after their « de » (« Y est responsable de ce
#: drame »; not « Y est responsable de la communication »), and the nouns of harm.
BLAME_WORDS = function_words("blame_word")
HARM_NOUNS = function_words("harm_noun")


def _to_blame(view: SentenceView, word: Token) -> Optional[RelationType]:
    """Criticised where a word of blame has a harm after its « de » (« Y est responsable de ce
    drame », « Y est le premier responsable du conflit »), else None."""
    if word.lower_ not in BLAME_WORDS:
        return None
    doc, end = view.doc, view.sent.end
    k = word.i + 1
    if k >= end or doc[k].lower_ not in DE:
        return None
    k += 1
    while k < end and (is_determiner(doc[k]) or doc[k].pos_ == "ADJ") and k not in view.at:
        k += 1
    return RelationType.CRITICISED if k < end and doc[k].lemma_.lower() in HARM_NOUNS else None


#: Nouns of a blame that falls to a party (« la responsabilité incombe à Y »), by form.
FALLEN_BLAME_NOUNS = function_words("fallen_blame_noun")
#: Verbs by which a blame falls to the party after their « à » (« incomber », « revenir »), by lemma.
FALLING_VERBS = function_words("blame_falling_verb")


def _fallen_blame(view: SentenceView, word: Token, voice: Optional[Slot]) -> list[tuple[Slot, Slot, RelationType]]:
    """« La responsabilité de ce drame incombe à Y », « l'essentiel de la responsabilité en revient
    à Y »: a noun of blame, subject of a verb of falling
    (``blame_falling_verb``), criticises the party after « à », for the holder of the opinion
    (« X estime que ... »), the speaker named after the quotation or the sentence's voice. Not a
    duty (« la responsabilité de protéger incombe à Y », « incombe à Y de protéger »), nor a
    complement that names no harm (« la responsabilité de la communication »)."""
    doc, end = view.doc, view.sent.end
    k = word.i + 1
    if k < end and doc[k].lower_ in DE:  # « de ce drame »: only a harm
        k += 1
        while k < end and (is_determiner(doc[k]) or doc[k].pos_ == "ADJ") and k not in view.at:
            k += 1
        if k >= end or doc[k].lemma_.lower() not in HARM_NOUNS:
            return []
    head = word.head if word.dep_ == "nmod" and word.head.dep_.startswith("nsubj") else word  # « l'essentiel de la responsabilité »
    verb = head.head
    if not head.dep_.startswith("nsubj") or verb.pos_ != "VERB" or verb_lemma(verb) not in FALLING_VERBS or verb.i < word.i:
        return []
    if is_negated(verb, view.sent) or is_uncertain(verb, view.sent):
        return []
    j = verb.i + 1
    while j < end and (doc[j].pos_ == "ADV" or doc[j].lower_ == "de" and j + 1 < end and doc[j + 1].lower_ == "loin") and j not in view.at:
        j += 2 if doc[j].lower_ == "de" else 1  # « revient de loin à Y »
    if j >= end or doc[j].lower_ not in ("à", "au", "aux"):
        return []
    j += 1
    while j < end and (is_determiner(doc[j]) or address_word(doc[j])) and j not in view.at:
        j += 1
    targets = view.group_at(j, end)
    if not targets or targets[0].start != j or any(t.kind not in PARTIES for t in targets):
        return []
    after = targets[-1].end
    if after + 1 < end and doc[after].lower_ in DE and doc[after + 1].pos_ == "VERB":
        return []  # « incombe à Y de protéger »: a duty
    start = head.left_edge.i
    holders = _holders_before(view, start)
    if not holders and voice is not None and _stated(view, start, word):
        holders = [voice]
    if not holders:
        holders = _quotation_speaker(view, word) or (_speaker_at_sentence_end(view, doc[after - 1]) if _opens_the_sentence(view, start) else [])
    return _pairs(holders, targets, RelationType.CRITICISED)


def _lacked(word: Token) -> Optional[RelationType]:
    """Criticised for a virtue after « manquer de » (« Y manque cruellement de courage »), else None."""
    return RelationType.CRITICISED if word.lemma_.lower() in LACKED_VIRTUES else None


def _copula_before(view: SentenceView, word: Token) -> Optional[Token]:
    """The « être » whose attribute holds the word, a few words before it with nothing but
    articles, adjectives, adverbs, nouns and quotation marks between; the « avoir » right before a
    verdict (« Y a bien raison »: adverbs between); the « manquer » of a lacking virtue (« Y manque de
    courage »)."""
    doc = view.doc
    if word.lemma_.lower() in LACKED_VIRTUES:
        k = word.i - 1
        if k <= view.sent.start or doc[k].lower_ not in DE:
            return None
        k -= 1
        while k > view.sent.start and doc[k].pos_ == "ADV" and k not in view.at:
            k -= 1  # « Y manque cruellement de courage »
        return doc[k] if is_lacking(doc[k]) and doc[k].pos_ in ("VERB", "ADJ") and k not in view.at else None  # « manque » the tagger may read as an adjective
    if word.lower_ in VERDICTS:
        return _avoir_before(view, word)  # « Y a raison », « Y a eu tort »: the participle « eu », whose auxiliary is read past
    for k in range(word.i - 1, max(view.sent.start, word.i - ATTRIBUTE_REACH) - 1, -1):
        token = doc[k]
        if token.lemma_.lower() == "être" and token.pos_ in ("AUX", "VERB"):
            return token
        if token.text == "," and doc[k - 1].pos_ == "ADV" and doc[k + 1].pos_ == "ADV":
            continue  # « une très, très grande ministre »
        if k in view.at or token.pos_ in ("VERB", "ADP", "PUNCT", "SCONJ", "CCONJ", "PRON") and token.text not in ("«", "»", '"', "“", "”") and token.lower_ not in PLURAL_ARTICLES:
            return None  # « est en danger » is no judgement; « êtes des menteurs », « des » read as a preposition, is
    return None


def _action_opening(view: SentenceView, owner: Slot) -> Optional[int]:
    """Where « la décision de » begins before its owner (a noun of ``party_actions.txt``, whose
    judgement is its owner's: :func:`.proxies.actions_of`), or None."""
    doc = view.doc
    j = owner.start - 1
    while j > view.sent.start and is_determiner(doc[j]) and j not in view.at:
        j -= 1
    if j <= view.sent.start or (doc[j].lower_ not in DE and not _done_by(doc, j)):
        return None
    k = _participle_before_par(doc, j) - 1 if doc[j].lower_ == "par" else j - 1  # « les propos tenus (hier) par Y »: past the participle
    while k > view.sent.start and doc[k].pos_ == "ADJ" and k not in view.at:
        k -= 1
    start = k
    while start > view.sent.start and is_determiner(doc[start - 1]) and start - 1 not in view.at:
        start -= 1
    found = actions_of(view, start, owner.end)
    return start if found and found[-1] is owner else None


def _done_by(doc: Doc, j: int) -> bool:
    """« par » at token j follows a past participle (« les propos tenus par Y », « la décision
    prise par Y », which the tagger may read as an adjective), with the time it was done between
    them (« les déclarations faites hier par Y », « faites le 5 mai par Y »)."""
    if doc[j].lower_ != "par":
        return False
    p = _participle_before_par(doc, j)
    return p > doc[j].sent.start and (is_past_participle(doc[p]) or (doc[p].pos_ == "ADJ" and doc[p].is_lower))


#: How many words of time may stand between a participle and its « par » (« faites aujourd'hui 5 mai par Y »).
TIME_BEFORE_AGENT = 4


def _participle_before_par(doc: Doc, j: int) -> int:
    """The token before the « par » at token j, past the words of time between them (adverbs,
    dates, numbers: « tenus hier par Y », « faites le 5 mai par Y »)."""
    p = j - 1
    while p > doc[j].sent.start and j - p <= TIME_BEFORE_AGENT and (doc[p].pos_ in ("ADV", "NUM") or is_date_word(doc[p]) or (doc[p].pos_ == "DET" and (doc[p + 1].pos_ == "NUM" or is_date_word(doc[p + 1])))):
        p -= 1
    return p


def _holders_before(view: SentenceView, start: int) -> list[Slot]:
    """Who holds the opinion whose clause starts at ``start``: the party of an opening « Pour X, »
    or « Selon X, » right before it, or the subject of a verb of opinion or saying whose « que »
    opens it."""
    doc = view.doc
    j = start - 1
    while j > view.sent.start and is_determiner(doc[j]) and j not in view.at:
        j -= 1
    if doc[j].text in QUOTES:
        return _speaker_after_quote(view, j) or _speaker_before_colon(view, j)
    if doc[j].text == "," and j - 1 in view.at:
        if doc[view.sent.start].lower_ not in OPINION_HOLDERS:
            return []
        k = view.sent.start + 1
        while k < j and is_determiner(doc[k]) and k not in view.at:
            k += 1
        group = view.group_at(k, j)
        return group if group and group[-1].end == j else []
    if doc[j].text == ",":
        j = _que_before_adverbial(view, j)  # « je crois que, sur le fond, Y a raison »
    if doc[j].lower_ not in ("que", "qu'", "qu’") or j - 1 <= view.sent.start:
        return []
    verb = j - 1
    while verb > view.sent.start and doc[verb].pos_ == "ADV" and verb not in view.at:
        verb -= 1
    if doc[verb].pos_ != "VERB" or verb_lemma(doc[verb]) not in OPINION_VERBS | modality_words().get("reporting", frozenset()):
        return []
    return [s for s in subjects_of(view, doc[verb], view.clause(verb)[0]) if s.kind in PARTIES]


#: How many words an adverbial phrase between « que » and its clause may have (« que sur le fond, »).
ADVERBIAL_WORDS = 6


def _que_before_adverbial(view: SentenceView, comma: int) -> int:
    """The « que » before an adverbial phrase that a comma closes (« que sur le fond, Y ... »,
    « qu'au fond, »), with no verb and no party in it; else the comma."""
    doc = view.doc
    for q in range(comma - 1, max(view.sent.start, comma - ADVERBIAL_WORDS - 1) - 1, -1):
        if doc[q].text == "," and q - 1 > view.sent.start and doc[q - 1].lower_ in ("que", "qu'", "qu’") and q + 1 < comma:
            return q - 1  # « que, sur le fond, Y ... »
        if q in view.at or doc[q].pos_ in ("VERB", "AUX") or doc[q].text in (",", ";", ":"):
            return comma
        if doc[q].lower_ in ("que", "qu'", "qu’"):
            return q if q + 1 < comma else comma
    return comma


#: How many words a verb of saying may have before the speaker it inverts (« a encore déclaré M. X »).
SPEAKER_WORDS = 4


#: « à propos de », « au sujet de »: what names whom a saying is about, words separated by a space.
TOPIC_PHRASES = word_phrases("topic_phrase")
#: Pronouns that open a quoted judgement of someone named elsewhere (« « C'est un irresponsable » »).
QUOTED_SUBJECTS = function_words("quoted_subject")


def _quoted_topic(view: SentenceView, word: Token, subject: int) -> list[Slot]:
    """« « C'est un irresponsable », a lancé X à propos de Y »: the one a quoted judgement with a
    pronoun for subject is about, named after « à propos de » once the quotation is closed; []
    where the subject is no pronoun opening a quotation or no such phrase follows."""
    doc, end = view.doc, view.sent.end
    if doc[subject].lower_ not in QUOTED_SUBJECTS or subject == view.sent.start or doc[subject - 1].text not in QUOTES:
        return []
    closing = next((k for k in range(word.i + 1, end) if doc[k].text == QUOTES[doc[subject - 1].text]), None)
    if closing is None:
        return []
    for k in range(closing + 1, end):
        after = phrase_at(doc, k, TOPIC_PHRASES, end)
        if after > k:
            return complement(view, after - 1, end, DE, gap=0)
    return []


def _speaker_after_quote(view: SentenceView, opening: int) -> list[Slot]:
    """« « Y est un voyou », a lancé X »: the speaker named after the verb of
    saying or opinion that follows the quotation opened at ``opening``, or none."""
    doc, end = view.doc, view.sent.end
    closing = next((k for k in range(opening + 1, end) if doc[k].text == QUOTES[doc[opening].text]), None)
    if closing is None or closing + 2 >= end or doc[closing + 1].text != ",":
        return []
    return _speaker_after_comma(view, closing + 1)


def _speaker_before_colon(view: SentenceView, opening: int) -> list[Slot]:
    """« X a lancé : « Y est un voyou » »: the subject of the verb of saying or opinion whose
    colon opens the quotation at ``opening``, where the quotation asks nothing; else none."""
    doc, end = view.doc, view.sent.end
    colon = opening - 1
    if colon <= view.sent.start or doc[colon].text != ":":
        return []
    closing = next((k for k in range(opening + 1, end) if doc[k].text == QUOTES[doc[opening].text]), end)
    if any(t.text == "?" for t in doc[opening:closing]):
        return []
    verb = next((t for t in reversed(doc[view.sent.start : colon]) if t.pos_ == "VERB"), None)
    saying = OPINION_VERBS | modality_words().get("reporting", frozenset())
    if verb is None or verb_lemma(verb) not in saying or any(k in view.at and not _told_before_colon(view, view.at[k], colon) for k in range(verb.i + 1, colon)):
        return []  # « X a écrit sur Y : « ... » »: a party between the verb and the colon may be the one quoted
    return [s for s in subjects_of(view, verb, view.clause(verb.i)[0]) if s.kind in PARTIES]


def _told_before_colon(view: SentenceView, slot: Slot, colon: int) -> bool:
    """« X a lancé à Y : « ... » »: the party right before the colon, after « à », is the one the
    quotation is said to (whose « vous » the resolver places), not its speaker."""
    doc = view.doc
    return slot.end == colon and slot.start > view.sent.start and doc[slot.start - 1].lower_ in ("à", "au")


def _speaker_at_sentence_end(view: SentenceView, word: Token) -> list[Slot]:
    """« Les propos de Y sont abjects, a déclaré X. »: the speaker named after the verb of saying
    that follows the comma closing the judging clause, which opens the sentence without quotes."""
    doc, end = view.doc, view.sent.end
    comma = next((k for k in range(word.i + 1, min(word.i + ATTRIBUTE_REACH, end)) if doc[k].text in (",", ";")), None)
    return _speaker_after_comma(view, comma) if comma is not None and doc[comma].text == "," else []


def _speaker_after_comma(view: SentenceView, comma: int) -> list[Slot]:
    """The speaker inverted after the verb of saying or opinion right after ``comma``, or none."""
    doc, end = view.doc, view.sent.end
    saying = OPINION_VERBS | modality_words().get("reporting", frozenset())
    for k in range(comma + 1, min(comma + 1 + SPEAKER_WORDS, end)):
        token = doc[k]
        if k in view.at:
            return []
        if token.pos_ == "VERB":
            return inverted_subject(view, token, k + 1, end) if verb_lemma(token) in saying else []
        if token.pos_ not in ("AUX", "ADV"):
            return []
    return []
