"""Acts named again: « cette décision », « la sanction » stand for whoever took it just before.

News tells a ban or a sanction in one sentence and the reactions in the next, naming the act
again rather than its author: « La Commission a infligé une amende à Y. Son patron, X, a
vivement critiqué cette décision. » Criticising or praising the act is criticising or praising
the one who took it (X criticised the Commission).

- The act is one that the relations of a sentence just before tell (a ban, or a sanction or a
  legal act: ``sanction_cue``), with one author; :class:`ActMemory` keeps it in play.
- The noun must fit it (``act_again_decision``: any of them; ``act_again_ban``: a ban;
  ``act_again_sanction``: a sanction), open with a demonstrative or an article (an indefinite
  one at the head of a sentence: « Une décision saluée par X. ») and name no author of its own
  (« la décision de X » is X's: :mod:`.proxies`).
- Such a mention is read only as the target of a criticism or a praise: suspending a decision
  bans no one, and no one meets it.
- The evidence of what it gives runs from the sentence that told the act, which names the
  author, to the one that reacts.

>>> act_fits("interdiction", "banned", "bannir")
True
>>> act_fits("amende", "banned", "bannir")
False
"""

from __future__ import annotations

from spacy.tokens import Doc, Span

from ..data import function_words
from ..models import EntityKind, Evidence, LocalRelation, Modality, RelationType
from .sentence import DE, INDEFINITE_ARTICLES, Slot

#: Nouns that name again any ban or sanction told before (« cette décision », « la mesure »).
DECISION_NOUNS = function_words("act_again_decision")
#: Nouns that name again a ban (« cette interdiction »).
BAN_NOUNS = function_words("act_again_ban")
#: Nouns that name again a sanction or a legal act (« cette amende », « la plainte »).
SANCTION_NOUNS = function_words("act_again_sanction")
#: Cues of a sanction or a legal act, as written in ``relation_cues.tsv``.
SANCTION_CUES = function_words("sanction_cue")
#: Determiners that open a noun naming an act again: demonstratives and definite articles.
OPENERS = function_words("demonstrative_determiner") | function_words("article")
#: Verbs of deciding: a decision of which no relation tells (« a décidé de reporter »).
DECIDING = function_words("deciding_verb")
#: What one may do to an act that tells of its author: criticise it or praise it.
READINGS = frozenset({RelationType.CRITICISED, RelationType.ENDORSED})


def act_fits(noun: str, relation: str, cue: str) -> bool:
    """The noun (a lemma) may name again an act told by a relation of that type and cue."""
    sanction = cue in SANCTION_CUES
    ban = relation == RelationType.BANNED.value
    if noun in DECISION_NOUNS:
        return ban or sanction
    return (noun in BAN_NOUNS and ban) or (noun in SANCTION_NOUNS and sanction)


def is_act(relation: LocalRelation) -> bool:
    """The relation tells an act a noun may name again: a ban, or a sanction or a legal act, not denied."""
    return relation.modality is not Modality.NEGATED and (relation.relation is RelationType.BANNED or relation.cue in SANCTION_CUES)


class ActMemory:
    """The acts told last in a document, which a noun may name again while they are in play:
    from the sentence that tells them, through each sentence that names them again (« la même
    mesure », « cette sanction »), and one sentence more (``REACH``). A sentence that tells other
    acts puts those in play; one that tells of another decision (« a décidé », ``DECIDING``) puts
    none.

    >>> memory = ActMemory()
    >>> memory.in_play(3)
    []
    """

    #: How many sentences after the last one that told or named the acts a noun may name them.
    REACH = 2

    def __init__(self) -> None:
        self.told: list[LocalRelation] = []
        self.seen = -self.REACH - 1

    def in_play(self, n: int) -> list[LocalRelation]:
        """The acts a noun of sentence n may name again."""
        return self.told if n - self.seen <= self.REACH else []

    def note(self, n: int, sent: Span, named_again: bool) -> None:
        """Sentence n names the acts in play again, or tells of another decision."""
        if named_again:
            self.seen = n
        elif self.in_play(n) and any(t.lemma_.lower() in DECIDING for t in sent):
            self.told = []  # « Le tribunal a décidé de reporter l'audience. »: that decision, not the acts before

    def tell(self, n: int, told: list[LocalRelation]) -> None:
        """Sentence n told these relations: its acts, if any, are now in play."""
        acts = [r for r in told if is_act(r)]
        if acts:
            self.told, self.seen = acts, n


def _authors(noun: str, before: list[LocalRelation]) -> set[str]:
    """The authors of the acts told before that the noun may name again."""
    return {r.source for r in before if is_act(r) and act_fits(noun, r.relation.value, r.cue)}


def act_slots(doc: Doc, sent: Span, taken: list[Slot], before: list[LocalRelation], kinds: dict[str, EntityKind]) -> list[Slot]:
    """The nouns of the sentence that name again the one act the relations ``before`` tell (the
    acts in play: :class:`ActMemory`), each as a mention of its author; none where those acts
    have several authors or none."""
    if not before:
        return []
    held = {i for s in taken for i in range(s.start, s.end)}
    out: list[Slot] = []
    for token in sent:
        noun = token.lemma_.lower()
        if token.pos_ != "NOUN" or token.i in held or not (noun in DECISION_NOUNS or noun in BAN_NOUNS or noun in SANCTION_NOUNS):
            continue
        start = token.i
        while start > sent.start and doc[start - 1].pos_ in ("ADJ", "NUM") and start - 1 not in held:
            start -= 1  # « cette lourde amende », « ces deux amendes »
        opener = doc[start - 1].lower_.replace("’", "'") if start > sent.start else ""
        if not (opener in OPENERS or (opener in INDEFINITE_ARTICLES and start - 1 == sent.start)) or start - 1 in held:
            continue  # « cette décision », « la sanction », « Une décision saluée par X. » opening the sentence
        end = token.i + 1
        while end < sent.end and doc[end].pos_ == "ADJ":
            end += 1  # « la décision européenne de X »
        if end + 1 < sent.end and ((doc[end].lower_ in DE and doc[end + 1].pos_ in ("DET", "NOUN", "PROPN")) or (doc[end].pos_ == "VERB" and doc[end + 1].lower_ == "par")):
            continue  # « la décision de X », « la sanction prise par X »: an author of its own; not « cette décision d'« injuste » »
        authors = _authors(noun, before)
        if len(authors) == 1:
            author = next(iter(authors))
            out.append(Slot(start - 1, token.i + 1, author, kinds.get(author, EntityKind.ORGANISATION), doc[start - 1 : token.i + 1].text))
    return out


def read_acts(doc: Doc, told: list[LocalRelation], acts: list[Slot], before: list[LocalRelation]) -> list[LocalRelation]:
    """The relations of a sentence, those through a noun that names an act again (``acts``) kept
    only as a criticism or a praise aimed at its author, with evidence that opens on the sentence
    before that told the act (the first of ``before``), where the author is named."""
    if not acts:
        return told
    texts = {(a.cluster, a.text) for a in acts}
    out: list[LocalRelation] = []
    for r in told:
        through_source, through_target = (r.source, r.source_text) in texts, (r.target, r.target_text) in texts
        if through_source or (through_target and r.relation not in READINGS):
            continue  # « cette décision vise Y », « le juge a suspendu cette décision »: no act of its author read here
        if through_target and r.source != r.target:
            opening = min(b.evidence.start for b in before)
            r = r.model_copy(update={"evidence": Evidence(doc=r.evidence.doc, sentence=doc.text[opening : r.evidence.end], start=opening, end=r.evidence.end)})
        elif through_target:
            continue
        out.append(r)
    return out

