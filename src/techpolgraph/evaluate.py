"""Scoring a graph against a hand-checked list of relations (a gold file).

The gold file is a JSON list of relations, each naming its document, its two parties (any
name or alias the graph knows), its type, its modality and a piece of its sentence (see
``docs/gold-format.md``). :func:`evaluate` matches the graph's edges to it and gives precision,
recall and F1 per relation type and overall, with every false positive and every miss, so
that a user can see where the extractor goes wrong on their own texts.

A graph edge matches a gold relation when both are in the same document, have the same type
and modality, the gold evidence stands in the edge's sentence (spaces and apostrophes
normalised; or, for a gold evidence that runs over several sentences, the edge's whole sentence
stands in it), and the edge's source and target are entities the gold names refer to (either
way round for the symmetric ``met``). Several edges may match one gold relation (a sentence
printed twice); each counts as correct, and the gold relation is found once.
"""

from __future__ import annotations

import datetime as dt
import json
from collections import defaultdict
from functools import lru_cache
from pathlib import Path
from enum import Enum
from typing import Optional, Union

from pydantic import BaseModel, ConfigDict, Field, ValidationError

from .errors import GoldFormatError
from .graph import KnowledgeGraph
from .models import Modality, Relation, RelationType, Tense
from .nlp.text import FINAL_PUNCT
from .resolve.document import implied_role
from .resolve.names import SURNAME_SPELLINGS, name_key, name_variant, surname_forms, titles, well_known_forms
from .resolve.roles import RoleTable, person_heads, role_nouns
from .types import PathLike

#: The relation types always scored, whether or not the gold file uses them.
CORE_RELATIONS: tuple[RelationType, ...] = (
    RelationType.MET,
    RelationType.CRITICISED,
    RelationType.BANNED,
    RelationType.ENDORSED,
)


class GoldStatus(str, Enum):
    """How a gold relation is scored: ``required`` (stated plainly: a miss lowers recall),
    ``optional`` (a reader may or may not draw it: an edge matching it is neither right nor
    wrong) or ``trap`` (the text does not support it with that modality: an edge matching it is
    a false positive, and is listed apart)."""

    REQUIRED = "required"
    OPTIONAL = "optional"
    TRAP = "trap"


class GoldRelation(BaseModel):
    """One hand-checked relation of a gold file."""

    model_config = ConfigDict(frozen=True, extra="forbid")

    doc: str = Field(min_length=1, description="document file name, relative to the corpus folder")
    source: str = Field(min_length=1, description="a name or alias of the source entity")
    target: str = Field(min_length=1, description="a name or alias of the target entity")
    relation: RelationType
    modality: Modality
    evidence: str = Field(min_length=1, description="a piece of the sentence the relation is read from")
    tense: Optional[Tense] = None
    attributed_to: str = ""
    note: str = ""
    status: GoldStatus = GoldStatus.REQUIRED


class Score(BaseModel):
    """Counts and rates for one relation type (or all of them)."""

    model_config = ConfigDict(frozen=True)

    relation: str
    gold: int
    predicted: int
    correct: int = Field(description="predicted edges that match a gold relation")
    found: int = Field(description="gold relations matched by at least one edge")

    @property
    def precision(self) -> float:
        return self.correct / self.predicted if self.predicted else 0.0

    @property
    def recall(self) -> float:
        return self.found / self.gold if self.gold else 0.0

    @property
    def f1(self) -> float:
        p, r = self.precision, self.recall
        return 2 * p * r / (p + r) if p + r else 0.0


class Evaluation(BaseModel):
    """Scores per relation type and overall, with the edges and gold relations that did not match."""

    model_config = ConfigDict(frozen=True)

    gold_path: str
    scores: tuple[Score, ...]
    overall: Score
    false_positives: tuple[Relation, ...] = ()
    misses: tuple[GoldRelation, ...] = ()
    disagreements: tuple[str, ...] = Field(
        default=(), description="matched edges whose tense or attribution differs from the gold file's"
    )
    labels: dict[str, str] = Field(default_factory=dict, description="entity id -> label, for the report")
    traps: tuple[Relation, ...] = Field(default=(), description="edges that match a trap of the gold file")

    def score(self, relation: Union[RelationType, str]) -> Score:
        """The score of one relation type."""
        name = RelationType(relation).value
        return next(s for s in self.scores if s.relation == name)

    def report(self) -> str:
        """The scores as a table, then every false positive and miss with its evidence."""
        lines = [f"{'relation':<12} {'gold':>5} {'edges':>6} {'correct':>8} {'found':>6} {'precision':>10} {'recall':>7} {'F1':>6}"]
        for s in (*self.scores, self.overall):
            lines.append(
                f"{s.relation:<12} {s.gold:>5} {s.predicted:>6} {s.correct:>8} {s.found:>6} "
                f"{s.precision:>10.2f} {s.recall:>7.2f} {s.f1:>6.2f}"
            )
        lines.append(f"traps asserted: {len(self.traps)}")
        lines.append("")
        lines.append(f"False positives ({len(self.false_positives)}, traps included):")
        for r in self.false_positives:
            who = f"{self.labels.get(r.source, r.source)} -> {self.labels.get(r.target, r.target)}"
            trap = "  (trap)" if r in self.traps else ""
            lines.append(f"- [{r.relation.value} {r.modality.value}] {who}  {r.doc}{trap}")
            lines.append(f"    « {r.evidence.sentence} »")
        lines.append("")
        lines.append(f"Misses ({len(self.misses)}):")
        for g in self.misses:
            lines.append(f"- [{g.relation.value} {g.modality.value}] {g.source} -> {g.target}  {g.doc}")
            lines.append(f"    « {g.evidence} »")
        if self.disagreements:
            lines.append("")
            lines.append(f"Found, but with another tense or attribution ({len(self.disagreements)}):")
            lines.extend(f"- {d}" for d in self.disagreements)
        return "\n".join(lines)


def normalise_text(text: str) -> str:
    """Text compared for evidence: one space between words, straight apostrophes.

    >>> normalise_text("ancien\\u00a0critique  d’Elon")
    "ancien critique d'Elon"
    """
    return " ".join(text.replace("’", "'").replace("`", "'").split())


def read_gold(path: PathLike) -> list[GoldRelation]:
    """The relations of a gold file; :class:`GoldFormatError` naming the file and the problem."""
    path = Path(path)
    try:
        raw = json.loads(path.read_text(encoding="utf-8"))
    except FileNotFoundError:
        raise GoldFormatError(f"{path}: no such gold file") from None
    except UnicodeDecodeError as err:
        raise GoldFormatError(f"{path}: not UTF-8 text ({err.reason})") from None
    except json.JSONDecodeError as err:
        raise GoldFormatError(f"{path}: not valid JSON: {err.msg} at line {err.lineno}, column {err.colno}") from None
    if not isinstance(raw, list):
        raise GoldFormatError(f"{path}: the gold file must be a JSON list of relations, not a {type(raw).__name__}")
    if not raw:
        raise GoldFormatError(f"{path}: the gold file lists no relation")
    out = []
    for n, item in enumerate(raw):
        if not isinstance(item, dict):
            raise GoldFormatError(f"{path}: item {n + 1} must be an object with doc, source, target, relation, modality, evidence")
        try:
            out.append(GoldRelation.model_validate(item))
        except ValidationError as err:
            problems = "; ".join(f"{'.'.join(str(p) for p in e['loc']) or 'item'}: {e['msg']}" for e in err.errors())
            raise GoldFormatError(f"{path}: item {n + 1} ({item.get('doc', '?')}): {problems}") from None
    return out


class _NameIndex(dict):
    """Normalised name -> ids of the entities with that label or alias, in the whole graph; and
    (``local``) per document, the names of the entities seen in it: a gold name is a name in its
    document (« La commission » is one committee in one record and another in the next)."""

    def __init__(self) -> None:
        super().__init__()
        self.local: dict[str, dict[str, set[str]]] = defaultdict(lambda: defaultdict(set))

    def named(self, name: str, doc: str) -> set[str]:
        """The entities a gold name of ``doc`` refers to: among those seen in that document
        first, else in the whole graph; else, for a gold name the shipped list of people spells
        otherwise (« Bachar al-Assad »), the entities of its spelling (« Bachar el-Assad »), or
        those of the document named with another spelling of the surname (« Schroeder »).

        >>> index = _NameIndex()
        >>> index.local["a.txt"]["gerhard schroeder"].add("e1")
        >>> index.named("Gerhard Schröder", "a.txt")
        {'e1'}
        """
        local = self.local.get(doc, {})
        found = _entities_named(name, local) or _entities_named(name, self)
        spelled = well_known_forms().get(name, "")
        if not found and spelled and spelled != name:
            found = self.named(spelled, doc)
        # « Gerhard Schröder » in the gold, « Gerhard Schroeder » in the text: one surname's two spellings
        return found or {e for key, ids in local.items() if name_variant(name, key) in SURNAME_SPELLINGS for e in ids}


def _name_index(kg: KnowledgeGraph) -> _NameIndex:
    """The names of the graph's entities (:class:`_NameIndex`)."""
    index = _NameIndex()
    for e in kg.entities.values():
        for key in (name_key(e.label), name_key(e.id), *(name_key(a.text) for a in e.aliases)):
            index.setdefault(key, set()).add(e.id)
        for doc in {d for a in e.aliases for d in a.docs}:
            local = index.local[doc]
            local[name_key(e.label)].add(e.id)
            for alias in e.aliases:
                if doc in alias.docs:
                    local[name_key(alias.text)].add(e.id)
    return index


def _entities_named(name: str, ids: dict[str, set[str]]) -> set[str]:
    """The entities a gold name refers to: those with that label or alias; where the graph has
    none, the one named by its first and last words with middle names or a patronymic between
    them, those named by its first initial and last word, or by its last word alone (« Candace
    Owens » in a gold file, where the text only ever says « C. Owens » or « Owens »: the graph
    cannot know a first name the text does not give).

    >>> sorted(_entities_named("Candace Owens", {"owens": {"e1"}}))
    ['e1']
    >>> sorted(_entities_named("Candace Owens", {"c. owens": {"e2"}, "owens": {"e1"}}))
    ['e2']
    >>> sorted(_entities_named("Fayez el-Sarraj", {"sarraj": {"e3"}}))
    ['e3']
    >>> sorted(_entities_named("Monsieur Richard", {"paul richard": {"e4"}})), sorted(_entities_named("M. Martin", {"paul martin": {"e5"}, "anne martin": {"e6"}}))
    (['e4'], [])
    >>> sorted(_entities_named("Ivan Sokolov", {"ivan petrovitch sokolov": {"e7"}}))
    ['e7']
    """
    found = ids.get(name_key(name), set())
    own = own_name(name)
    if not found and own:
        found = ids.get(name_key(own), set())  # « général Gérard Bezacier »: the person's own name
    words = (own or name).split()
    if not found and own and len(words) == 1:
        # « Monsieur Richard » of a gold file, where the text names him in full: the one entity
        # whose name ends with that surname
        ending = {i for key, named in ids.items() if key.split()[-1:] == [name_key(own)] for i in named}
        return ending if len(ending) == 1 else set()
    if found or len(words) < 2:
        return found
    first, last = name_key(words[0]), name_key(words[-1])
    middled = {i for key, named in ids.items() if len(key.split()) > len(words) and key.split()[0] == first and key.split()[-1] == last for i in named}
    if len(middled) == 1:
        return middled  # « Boris Eltsine » of a gold file, where the text names « Boris Nicolaïevitch Eltsine »
    initial = ids.get(name_key(f"{words[0][0]}. {words[-1]}"), set())
    return initial or next((ids[name_key(form)] for form in surname_forms(words[-1].lower()) if ids.get(name_key(form))), set())  # « el-Sarraj »: also « Sarraj »


def own_name(name: str) -> str:
    """A party's own name in a gold name that opens with titles, articles and role nouns
    (« général Gérard Bezacier », « Mme la ministre Florence Parly », « Le Président Edouard
    Balladur »), where a name of two capitalised words or more follows them, or with articles
    and possessives alone (« notre commission des lois »), where two words or more follow them;
    "" otherwise (« collectif Cheikh Yassine », « père de Philippe Verdon » name others than the
    person).

    >>> own_name("Mme la ministre Florence Parly"), own_name("notre commission des lois")
    ('Florence Parly', 'commission des lois')
    >>> own_name("collectif Cheikh Yassine"), own_name("Florence Parly"), own_name("La Commission")
    ('', '', '')

    A civility title before a surname alone names the person by that surname (« Monsieur
    Richard »), which the graph knows as an alias in the same document:

    >>> own_name("Monsieur Richard"), own_name("M. Hoffman-Rispal")
    ('Richard', 'Hoffman-Rispal')
    """
    words = name.split()
    if len(words) == 2 and words[0].lower() in titles() and words[1][:1].isupper():
        return words[1]
    k = 0
    while k < len(words) - 2 and _role_word(words[k]):
        k += 1
    tail = words[k:]
    if k and all(w.lower() in DETERMINERS for w in words[:k]):
        return " ".join(tail)  # « notre commission des lois »
    return " ".join(tail) if k and tail[0][:1].isupper() and tail[1][:1].isupper() else ""


@lru_cache(maxsize=1)
def _role_words() -> frozenset[str]:
    """Words that may open a gold name before the party's own: titles, articles, possessives, role nouns."""
    roles = {noun for noun in role_nouns() if " " not in noun}
    return frozenset({*titles(), *roles, *person_heads(), *DETERMINERS})


def _role_word(word: str) -> bool:
    return word.lower() in _role_words()


def _evidence_fits(evidence: str, sentence: str) -> bool:
    """The gold evidence stands in the edge's sentence; or, where the gold evidence runs over
    several sentences (« Vous êtes un menteur ! Vous ne répondez jamais ! »), the edge's
    whole sentence stands in it.

    >>> _evidence_fits("Vous êtes un menteur ! Vous ne savez rien !", "Vous êtes un menteur !")
    True
    >>> _evidence_fits("un menteur", "Vous êtes un menteur !")
    True
    >>> _evidence_fits("Vous êtes un menteur !", "un menteur")
    False
    """
    if evidence in sentence:
        return True
    sentence = sentence.strip()
    return sentence[-1:] in FINAL_PUNCT and (evidence.startswith(sentence) or f" {sentence}" in evidence)


#: Articles a mention may open with where a gold file names the party without one.
LEADING_ARTICLES = ("le ", "la ", "les ", "l'")
#: Articles and possessives that may open a gold name (« la », « notre »).
DETERMINERS = frozenset({*(a.strip() for a in LEADING_ARTICLES), "notre", "votre", "nos", "vos", "son", "sa", "ses", "leur", "leurs"})


def _named_as_said(name: str, mention: str) -> bool:
    """The gold names the party by the words of the edge's own mention, its article aside: a
    role the text leaves unnamed, which the gold keeps as it is said and the graph may give to
    the role's holder (« ministre des armées », the mention « Mme la ministre des armées »).

    >>> _named_as_said("ministre des armées", "Mme la ministre des armées")
    True
    >>> _named_as_said("Florence Parly", "Mme la ministre des armées")
    False
    """
    key, said = name_key(name), name_key(mention)
    article = next((a for a in LEADING_ARTICLES if said.startswith(a)), "")
    return bool(key) and key == said[len(article) :]


@lru_cache(maxsize=None)
def _role_holder(name: str, date: Optional[dt.date]) -> str:
    """The one holder on ``date``, by the shipped role table, of the role a gold name keeps
    unnamed where the role names its country or portfolio by itself (:func:`implied_role`:
    « Premier ministre », « garde des sceaux », « président de la République »); "" otherwise.

    >>> _role_holder("Premier ministre", dt.date(2021, 3, 3))
    'Jean Castex'
    >>> _role_holder("ministre", dt.date(2021, 3, 3))
    ''
    """
    role = implied_role(name)
    return (RoleTable.shipped().holder(role, date) or "") if role is not None and date is not None else ""


def _party_matches(name: str, entity: str, mention: str, ids: _NameIndex, doc: str, holder: str = "") -> bool:
    """The gold's party is the edge's: the entity it names in its document, or the very words of
    the mention, or the one who held on that day the role the gold keeps unnamed (``holder``: its name)."""
    if entity in ids.named(name, doc) or _named_as_said(name, mention):
        return True
    return bool(holder) and entity in ids.get(name_key(holder), set())


def _matches(g: GoldRelation, r: Relation, ids: _NameIndex) -> bool:
    if r.doc != g.doc or r.relation is not g.relation or r.modality is not g.modality:
        return False
    if not _evidence_fits(normalise_text(g.evidence), normalise_text(r.evidence.sentence)):
        return False
    source, target = _role_holder(g.source, r.date), _role_holder(g.target, r.date)
    if _party_matches(g.source, r.source, r.source_text, ids, r.doc, source) and _party_matches(g.target, r.target, r.target_text, ids, r.doc, target):
        return True
    return r.relation.symmetric and _party_matches(g.target, r.source, r.source_text, ids, r.doc, target) and _party_matches(g.source, r.target, r.target_text, ids, r.doc, source)


def evaluate(
    gold_path: PathLike,
    kg: KnowledgeGraph,
    relations: Optional[tuple[Union[RelationType, str], ...]] = None,
) -> Evaluation:
    """Score ``kg`` against the gold file at ``gold_path``.

    Only edges of the documents the gold file names are scored, and only of the relation
    types given (by default: met, criticised, banned, endorsed and any other type the gold
    file uses).

    >>> kg = tpg.build("corpus/")
    >>> result = tpg.evaluate("tests/expected/corpus_relations.json", kg)
    >>> result.score("met").precision > 0.5
    True
    """
    gold = read_gold(gold_path)
    types = [RelationType(t) for t in relations] if relations else sorted(
        set(CORE_RELATIONS) | {g.relation for g in gold}, key=lambda t: list(RelationType).index(t)
    )
    docs = {g.doc for g in gold}
    ids = _name_index(kg)
    predicted = [r for r in kg.relations.values() if r.doc in docs and r.relation in types]
    everything = [g for g in gold if g.relation in types]
    gold = [g for g in everything if g.status is GoldStatus.REQUIRED]
    optional = [g for g in everything if g.status is GoldStatus.OPTIONAL]
    traps = [g for g in everything if g.status is GoldStatus.TRAP]
    matched_gold: set[int] = set()
    false_positives: list[Relation] = []
    trapped: list[Relation] = []
    correct: dict[RelationType, int] = defaultdict(int)
    disagreements: list[str] = []
    scored: list[Relation] = []
    for r in predicted:
        hits = [n for n, g in enumerate(gold) if _matches(g, r, ids)]
        if hits:
            correct[r.relation] += 1
            matched_gold.update(hits)
            disagreements.extend(_disagreement(gold[n], r, ids) for n in hits)
        elif any(_matches(g, r, ids) for g in traps):
            trapped.append(r)
            false_positives.append(r)
        elif any(_matches(g, r, ids) for g in optional):
            continue  # neither right nor wrong
        else:
            false_positives.append(r)
        scored.append(r)
    predicted = scored
    scores = tuple(
        Score(
            relation=t.value,
            gold=sum(1 for g in gold if g.relation is t),
            predicted=sum(1 for r in predicted if r.relation is t),
            correct=correct[t],
            found=sum(1 for n in matched_gold if gold[n].relation is t),
        )
        for t in types
    )
    overall = Score(
        relation="overall",
        gold=sum(s.gold for s in scores),
        predicted=sum(s.predicted for s in scores),
        correct=sum(s.correct for s in scores),
        found=sum(s.found for s in scores),
    )
    misses = tuple(g for n, g in enumerate(gold) if n not in matched_gold)
    fps = tuple(sorted(false_positives, key=_edge_order))
    labels = {e.id: e.label for e in kg.entities.values()}
    return Evaluation(
        gold_path=str(gold_path),
        scores=scores,
        overall=overall,
        false_positives=fps,
        misses=misses,
        disagreements=tuple(sorted({d for d in disagreements if d})),
        labels=labels,
        traps=tuple(sorted(trapped, key=_edge_order)),
    )


def _edge_order(r: Relation) -> tuple:
    return (r.doc, r.evidence.start, r.relation.value, r.source, r.target, r.id)


def _disagreement(g: GoldRelation, r: Relation, ids: _NameIndex) -> str:
    """What a matched edge says otherwise than the gold file (tense, who says so), or ""."""
    problems = []
    if g.tense is not None and r.tense is not g.tense:
        problems.append(f"tense {r.tense.value if r.tense else 'none'}, gold {g.tense.value}")
    if g.attributed_to:
        same = ids.get(name_key(g.attributed_to), {g.attributed_to}) & ids.get(name_key(r.attributed_to), {r.attributed_to})
        if not same and name_key(g.attributed_to) != name_key(r.attributed_to):
            problems.append(f"attributed to {r.attributed_to or 'nobody'}, gold {g.attributed_to}")
    if not problems:
        return ""
    return f"[{g.relation.value}] {g.source} -> {g.target}  {g.doc} « {g.evidence} »: " + "; ".join(problems)
