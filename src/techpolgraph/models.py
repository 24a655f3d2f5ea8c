"""Records passed between the stages: documents, mentions, entities, relations, evidence.

They are pydantic models so that each stage's output can be checked, saved as JSON and read
back unchanged. The vocabularies (entity kinds, relation names, modalities) are enums whose
values are the names of ``SPEC.md``.
"""

from __future__ import annotations

import datetime as dt
import functools
import hashlib
from enum import Enum
from typing import Optional, TypeVar

from pydantic import BaseModel, ConfigDict, Field


class EntityKind(str, Enum):
    """What a node is."""

    PERSON = "person"
    ORGANISATION = "organisation"
    EVENT = "event"
    LOCATION = "location"


class RelationType(str, Enum):
    """What an edge says. ``met`` is symmetric; the others go from source to target."""

    MET = "met"
    CRITICISED = "criticised"
    BANNED = "banned"
    ENDORSED = "endorsed"
    PARTICIPATED_IN = "participated_in"

    @property
    def symmetric(self) -> bool:
        """Whether the relation holds both ways (``met`` only)."""
        return self is RelationType.MET


class Modality(str, Enum):
    """How sure the text is that the relation holds."""

    ASSERTED = "asserted"
    NEGATED = "negated"
    UNCERTAIN = "uncertain"


class Tense(str, Enum):
    """``past`` where the text marks the relation as over (« ancien critique »)."""

    PAST = "past"


class Record(BaseModel):
    """Base of all records: immutable, no unknown fields."""

    model_config = ConfigDict(frozen=True, extra="forbid")


R = TypeVar("R", bound=Record)


@functools.lru_cache(maxsize=None)
def field_names(model: type[BaseModel]) -> set[str]:
    """One set of field names for all the records of a model made by ``model_construct``
    (its ``_fields_set``): each record would otherwise hold its own copy, several hundred
    bytes for a small record, which adds up over the records a build keeps."""
    return set(model.model_fields)


@functools.lru_cache(maxsize=None)
def _plain_fields(model: type[BaseModel]) -> Optional[tuple[str, ...]]:
    """The field names of a model, in order, when :func:`construct` may make its records
    directly (no aliases, no post-init); else None."""
    if model.__pydantic_post_init__ or model.__pydantic_root_model__ or model.model_config.get("extra") == "allow":
        return None
    if any(f.alias is not None or f.validation_alias is not None for f in model.model_fields.values()):
        return None
    return tuple(model.model_fields)


def construct(model: type[R], fields: set[str], values: dict[str, object]) -> R:
    """``model.model_construct(fields, **values)`` where ``values`` holds every field of the
    model, in its order, each of its field's type: the same record, without looking up each
    field's aliases and defaults (about half the time, for the thousands of mentions a build
    makes). Other values go through ``model_construct``."""
    if _plain_fields(model) != tuple(values):
        return model.model_construct(fields, **values)
    record = model.__new__(model)
    object.__setattr__(record, "__dict__", values)
    object.__setattr__(record, "__pydantic_fields_set__", fields)
    object.__setattr__(record, "__pydantic_extra__", None)
    object.__setattr__(record, "__pydantic_private__", None)
    return record


def compact(record: R, **update: object) -> R:
    """The same record (with ``update`` applied, unchecked), sharing its set of field names
    with the other records of its model (:func:`field_names`): for records kept by the
    thousand, such as those a build holds until the graph is assembled."""
    return construct(type(record), field_names(type(record)), {**record.__dict__, **update})


class Document(Record):
    """One article.

    ``text`` is the article as read; ``content`` is the same text with boilerplate (badges,
    credits, teasers, comment prompts) blanked out by spaces, so that every character offset
    into ``content`` is also an offset into ``text``.
    """

    id: str = Field(description="file name relative to the corpus folder (':N' for a JSONL record)")
    text: str
    content: str
    title: str = ""
    date: Optional[dt.date] = None
    source: str = ""
    url: str = ""
    author: str = ""
    sha1: str = ""

    @property
    def year(self) -> Optional[int]:
        return self.date.year if self.date else None


class DocumentInfo(Record):
    """What the graph keeps of a document: its id and metadata, not its text."""

    id: str
    title: str = ""
    date: Optional[dt.date] = None
    source: str = ""
    url: str = ""
    author: str = ""
    sha1: str = ""
    duplicates: tuple[str, ...] = Field(default=(), description="other files holding the same text, read once")

    @classmethod
    def of(cls, document: Document) -> "DocumentInfo":
        return cls(**document.model_dump(include={"id", "title", "date", "source", "url", "author", "sha1"}))


class SkippedDocument(Record):
    """An article that was reported and left out of the build, with the reason."""

    path: str
    reason: str


class Mention(Record):
    """One place in a document where an entity is named or referred to."""

    doc: str
    start: int
    end: int
    text: str
    kind: EntityKind
    cluster: str = Field(description="the document-local entity it belongs to")
    reason: str = Field(default="name", description="why it belongs there: name, surname, title, apposition, role, pronoun...")
    context: str = Field(default="", description="the sentence it stands in")


class LocalEntity(Record):
    """An entity as one document knows it: its best name, kind, mentions and learned roles."""

    id: str
    name: str
    kind: EntityKind
    roles: tuple[str, ...] = ()
    gender: str = Field(default="", description="for a person: 'm' or 'f' when a title, a role noun or a first name tells it; 'family' for a family named by its surname")
    date: str = Field(default="", description="for an event: its own date where the text gives one (ISO, may be partial)")
    place: str = Field(default="", description="for an event: where it took place")


class Evidence(Record):
    """The sentence a relation was read from, and where it stands in its document."""

    doc: str
    sentence: str
    start: int
    end: int


class LocalRelation(Record):
    """A relation between two document-local entities, before cross-document resolution."""

    source: str
    target: str
    relation: RelationType
    modality: Modality = Modality.ASSERTED
    evidence: Evidence
    cue: str = ""
    source_text: str = ""
    target_text: str = ""
    attributed_to: str = ""
    tense: Optional[Tense] = None
    event_date: str = ""


class DocumentAnalysis(Record):
    """All that one document gives: its local entities, their mentions and its relations.

    This is the unit of work that can be cached or computed on another machine: it depends
    only on the document and the pipeline.
    """

    document: Document
    entities: tuple[LocalEntity, ...] = ()
    mentions: tuple[Mention, ...] = ()
    relations: tuple[LocalRelation, ...] = ()


class Alias(Record):
    """A surface form an entity was seen under, how often and in which documents."""

    text: str
    count: int
    docs: tuple[str, ...]


class Merge(Record):
    """Why a surface form was merged into an entity."""

    alias: str
    reason: str
    doc: str
    evidence: str = ""


class Entity(Record):
    """A node: one real-world person, organisation, event or place, across all documents."""

    id: str
    label: str
    kind: EntityKind
    aliases: tuple[Alias, ...] = ()
    merges: tuple[Merge, ...] = ()
    roles: tuple[str, ...] = ()
    docs: tuple[str, ...] = ()
    date: str = ""
    place: str = ""


class Relation(Record):
    """An edge: one relation seen in one sentence of one document."""

    id: str
    source: str
    target: str
    relation: RelationType
    modality: Modality
    doc: str
    evidence: Evidence
    date: Optional[dt.date] = None
    event_date: str = ""
    attributed_to: str = ""
    tense: Optional[Tense] = None
    cue: str = ""
    source_text: str = ""
    target_text: str = ""

    @classmethod
    def linked(cls, local: LocalRelation, *, id: str, source: str, target: str, doc: str, date: Optional[dt.date]) -> "Relation":
        """The edge of a document's relation once its parties are linked across the corpus:
        every field of ``local`` but its document-local parties, with the corpus ids."""
        fields = {name: getattr(local, name) for name in LocalRelation.model_fields if name not in ("source", "target")}
        return cls(id=id, source=source, target=target, doc=doc, date=date, **fields)


class Meeting(Record):
    """One answer of ``who_met``: the other party and the sentence that says so."""

    other: Entity
    relation: RelationType
    modality: Modality
    doc: str
    date: Optional[dt.date] = None
    evidence: Evidence
    attributed_to: str = ""
    relation_id: str = ""


class BuildReport(Record):
    """What a build read, skipped and produced."""

    documents: int = 0
    skipped: tuple[SkippedDocument, ...] = ()
    cached: int = 0
    entities: int = 0
    relations: int = 0
    undated: int = Field(default=0, description="documents read whose source gives no date")

    def summary(self) -> str:
        """One line for the end of a build."""
        return (
            f"{self.documents} documents read, {len(self.skipped)} skipped, "
            f"{self.cached} from cache, {self.entities} entities, {self.relations} relations, "
            f"{self.undated} documents without a date"
        )


class Neighbour(Record):
    """One answer of ``neighbours``: an entity linked to the queried one by one relation type.

    ``direction`` says which way the relation goes from the queried entity: ``out`` (it is the
    source), ``in`` (it is the target) or ``both`` (a symmetric relation such as ``met``).
    """

    entity: Entity
    relation: RelationType
    direction: str
    count: int = Field(description="how many sentences link the two by this relation")
    modalities: tuple[Modality, ...] = ()
    docs: tuple[str, ...] = ()
    relation_ids: tuple[str, ...] = ()


class Step(Record):
    """One step of a ``path``: two entities and every relation that links them, with evidence."""

    source: Entity
    target: Entity
    relations: tuple[Relation, ...]

    @property
    def evidence(self) -> tuple[Evidence, ...]:
        """The sentences that support this step."""
        return tuple(r.evidence for r in self.relations)


class RelationPath(Record):
    """One answer of ``path``: the shortest chain of relations between two entities."""

    entities: tuple[Entity, ...]
    steps: tuple[Step, ...] = ()

    def __len__(self) -> int:
        return len(self.steps)


class TimelineEntry(Record):
    """One answer of ``timeline``: a relation of an entity, in date order."""

    date: Optional[dt.date] = None
    event_date: str = ""
    doc: str
    relation: RelationType
    modality: Modality
    role: str = Field(description="the queried entity's side: source, target, or both for a symmetric relation")
    other: Entity
    evidence: Evidence
    attributed_to: str = ""
    relation_id: str = ""


class Link(Record):
    """The relations of one pair of entities with the same type and modality, collapsed into
    one weighted edge (``weight`` = how many sentences say so), evidence joined."""

    source: str
    target: str
    relation: RelationType
    modality: Modality
    weight: int
    relation_ids: tuple[str, ...]
    docs: tuple[str, ...] = ()
    dates: tuple[dt.date, ...] = ()
    evidence: tuple[str, ...] = ()


def stable_id(*parts: object, length: int = 12) -> str:
    """A deterministic short id from the parts (same parts, same id, on every machine).

    >>> stable_id("a.txt", 10, 20) == stable_id("a.txt", 10, 20)
    True
    """
    h = hashlib.sha1("\x1f".join(str(p) for p in parts).encode("utf-8"))
    return h.hexdigest()[:length]
