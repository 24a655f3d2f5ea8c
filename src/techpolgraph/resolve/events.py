"""Events across documents: when two documents' events are one event.

"l'émeute du 6 janvier" in one article and "l'attaque du 6 janvier 2021 contre le Congrès"
in another are the same happening; so are "une tentative d'assassinat en juillet" in an
article of January 2025 and "sa tentative d'assassinat, le mois dernier" in one of August
2024. The key of an event is what must agree for that: the event's type (from
``event_cues.tsv``: "émeute" and "attaque" are both an attack) and its date, at the precision
of the type (the day for an attack, the month for an assassination attempt, the year for an
election). An event with no date in the text is keyed by its participants or its place and
the month of the article ("Dîner stratégique entre Mark Zuckerberg et Trump à Mar-a-Lago").
Its name is its own words and its place ("Dîner stratégique à Mar-a-Lago"): the participants
are linked to it by ``participated_in`` edges, not written into its label.

:func:`describe_events` reads each event's date, place and participants back from its document
(its mentions and text, no spaCy) and gives the event its fullest name.
"""

from __future__ import annotations

import re
from dataclasses import dataclass, field

from ..models import DocumentAnalysis, EntityKind, LocalEntity, Mention
from ..nlp.events import cue_of_name, find_date, format_date
from .names import name_key, name_tokens

#: Text allowed between an event's words and a participant that delimits it.
_PARTY = re.compile(r"^\s*(?:entre|avec)\s+(?:(?:la|le|les|l['’])\s*)?(?:famille\s+)?$", re.IGNORECASE)
_MORE = re.compile(r"^\s*(?:,|et)\s*$")
_PLACE = re.compile(r"^[^.;:!?«»\"]{0,80}?\b(?:à|au|sur)\s+(?:l['’]\s*)?$", re.IGNORECASE)
_PREPOSITION = re.compile(r"\b(?:à|au|sur)\s+(?:l['’]\s*)?$", re.IGNORECASE)
_TARGET = re.compile(r"^\s*contre\s+(?:(?:la|le|les|l['’])\s*)?$", re.IGNORECASE)
MAX_NAME = 90  # characters of an event's fullest name


@dataclass
class EventDetails:
    """What a document says of one of its events."""

    type: str = ""
    precision: str = "day"
    date_key: str = ""
    date: str = ""
    place: str = ""
    parties: list[str] = field(default_factory=list)
    target: str = ""
    name: str = ""
    month: str = ""
    family: str = ""
    specificity: int = 0
    key: str = ""


def describe_events(analysis: DocumentAnalysis) -> dict[str, tuple[LocalEntity, EventDetails]]:
    """Each event of one document (by local id) with its date, place and fullest name filled
    in, and what keys it."""
    described = {e.id: (e, event_details(e, analysis)) for e in analysis.entities if e.kind is EntityKind.EVENT}
    keys = document_event_keys(described)
    out = {}
    for eid, (entity, details) in described.items():
        details.key = keys.get(eid, "")
        update = {"date": entity.date or details.date, "place": entity.place or details.place}
        if details.type and details.name and (details.date or len(name_tokens(details.name)) > len(name_tokens(entity.name))):
            update["name"] = details.name
        out[eid] = (entity.model_copy(update=update), details)
    return out


def event_details(entity: LocalEntity, analysis: DocumentAnalysis) -> EventDetails:
    """Type, date, place, participants and target of a document-local event."""
    document = analysis.document
    details = EventDetails(month=document.date.strftime("%Y-%m") if document.date else "")
    cue = cue_of_name(entity.name)
    if cue is not None:
        details.type, details.precision = cue.type, cue.precision
        details.family, details.specificity = cue.family, len(cue.words)
    own = sorted((m for m in analysis.mentions if m.cluster == entity.id), key=lambda m: m.start)
    for mention in own:
        found = find_date(mention.text)
        if found is not None and not details.date_key:
            resolved = found[1].resolve(document.date)
            details.date_key = resolved.key(details.precision)
            details.date = resolved.iso()
            written = format_date(resolved, details.precision)
            if written and cue is not None:
                # "tentative d'assassinat, le mois dernier" -> "tentative d'assassinat de juillet 2024"
                details.name = f"{mention.text[: found[0]].rstrip(' ,')} {written}"
                continue
        _read_complements(details, mention, analysis)
    return details


def _read_complements(details: EventDetails, event: Mention, analysis: DocumentAnalysis) -> None:
    """Participants ("entre A et B"), place ("à Mar-a-Lago") and target ("contre Trump")."""
    # the graph keeps no article text: read the sentence, placed by the event's own offsets
    origin = event.context.find(event.text)
    if origin < 0:
        return
    text = " " * max(event.start - origin, 0) + event.context
    after = sorted(
        (
            m
            for m in analysis.mentions
            # a sentence may end inside a name ("Mar-a-Lago"): the name's start must agree
            if m.cluster and m.start >= event.end and m.context == event.context and m.start < len(text)
            and m.text.startswith(text[m.start : m.end])
        ),
        key=lambda m: m.start,
    )
    cursor = event.end
    name = event.text
    parties: list[str] = []
    for m in after:
        between = text[cursor : m.start]
        if m.kind is EntityKind.PERSON and (_PARTY.match(between) if not parties else _MORE.match(between)):
            parties.append(m.text)
            cursor = m.end
            continue
        if not details.place and m.kind in (EntityKind.LOCATION, EntityKind.ORGANISATION) and _PLACE.match(between):
            if m.start - event.end <= MAX_NAME:
                details.place = m.text
                preposition = _PREPOSITION.search(between)
                name = f"{event.text} {preposition.group(0).strip() if preposition else 'à'} {m.text}".replace("' ", "'")
            break
        if not parties and not details.target and _TARGET.match(between):
            details.target = m.text
            break
        break
    if parties and not details.parties:
        details.parties = parties
    name = " ".join(name.split())
    if len(name) <= MAX_NAME and len(name) > len(details.name):
        details.name = name


def document_event_keys(described: dict[str, tuple[LocalEntity, EventDetails]]) -> dict[str, str]:
    """The key of each event of one document (by local id, with its details), its events of
    one family told once.

    Within an article, events of one family (``event_cues.tsv``) at the same month are one
    event, and so is an undated one where the family has a single dated event: "l'attaque du
    mois dernier" and "sa tentative d'assassinat, le mois dernier"; "l'entretien sur X" and
    "la rencontre de lundi". The most specific of them (a dated one, the longest cue) gives the key.
    """
    keys = {eid: event_key(e, d) for eid, (e, d) in described.items()}
    families: dict[str, list[str]] = {}
    for eid, (_e, d) in sorted(described.items()):
        if d.family:
            families.setdefault(d.family, []).append(eid)
    for members in families.values():
        buckets: dict[str, list[str]] = {}
        undated = []
        for eid in members:
            d = described[eid][1]
            if d.date_key:
                buckets.setdefault(d.date[:7] if len(d.date) >= 7 else d.date_key, []).append(eid)
            else:
                undated.append(eid)
        if len(buckets) == 1:
            buckets[next(iter(buckets))].extend(undated)
        elif not buckets and undated:
            buckets[""] = undated
        for bucket in buckets.values():
            best = max(bucket, key=lambda eid: _specificity(described[eid]))
            for eid in bucket:
                keys[eid] = keys[best]
    return keys


def _specificity(item: tuple[LocalEntity, EventDetails]) -> tuple[bool, int, int, str]:
    entity, details = item
    return (bool(details.date_key), details.specificity, len(name_tokens(entity.name)), entity.id)


def event_key(entity: LocalEntity, details: EventDetails | None = None) -> str:
    """The key under which events of different documents are one event.

    A named event (VivaTech) is keyed by its name; a described one by its type and date, or
    without a date by its type, participants or place, and the article's month.

    >>> event_key(LocalEntity(id="c0", name="VivaTech", kind=EntityKind.EVENT))
    'vivatech'
    """
    if details is not None and details.key:
        return details.key
    if details is None or not details.type:
        return name_key(entity.name)
    if details.date_key:
        return f"{details.type}|{details.date_key}"
    if details.target:
        return f"{details.type}|against {_surname(details.target)}"
    anchor = "+".join(sorted({_surname(p) for p in details.parties})) or name_key(details.place)
    if anchor:
        return f"{details.type}|{anchor}|{details.month}"
    return f"{details.type}|{name_key(entity.name)}|{details.month}"


def _surname(name: str) -> str:
    tokens = name_tokens(name)
    return tokens[-1] if tokens else ""
