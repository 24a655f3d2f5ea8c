"""Events as nodes: one event across articles, its date and place, who took part in it."""

from __future__ import annotations

import datetime as dt

import pytest

import techpolgraph as tpg
from techpolgraph.models import DocumentAnalysis, EntityKind, LocalEntity, Mention, RelationType
from techpolgraph.nlp.events import DateSpec, format_date, parse_date
from techpolgraph.resolve.events import event_key


def participants(kg, event_label: str) -> set[str]:
    event = kg.entity(event_label)
    return {
        kg.entities[r.source].label
        for r in kg.relations.values()
        if r.relation is RelationType.PARTICIPATED_IN and r.target == event.id
    }


# -- dates, pure ------------------------------------------------------------------------------
@pytest.mark.parametrize(
    "text, today, iso",
    [
        (" du 6 janvier 2021 contre le Congrès", None, "2021-01-06"),
        (" en juillet et a levé le poing", "2025-01-18", "2024-07"),
        (", le mois dernier.", "2024-08-13", "2024-07"),
        (" de lundi a mis en évidence", "2024-08-13", "2024-08-12"),
        (" en décembre dernier, c'est", "2017-05-15", "2016-12"),
        (" de 2020.", None, "2020"),
        (" d'août 2019", None, "2019-08"),
    ],
)
def test_dates_after_an_event_word(text, today, iso):
    found = parse_date(text)
    assert found is not None
    assert found[1].resolve(dt.date.fromisoformat(today) if today else None).iso() == iso


@pytest.mark.parametrize("text", [" de la Maison-Blanche", " contre le Congrès", " du président"])
def test_no_date_where_none_is_written(text):
    assert parse_date(text) is None


def test_day_and_month_without_year_keep_no_year():
    assert DateSpec(month=1, day=6).resolve(dt.date(2025, 1, 18)).iso() == ""
    assert format_date(DateSpec(2024, 7), "month") == "de juillet 2024"


def _analysis(doc_id: str, date: str, text: str) -> DocumentAnalysis:
    """An analysis with one event mention covering the whole text (no model needed)."""
    document = tpg.models.Document(id=doc_id, text=text, content=text, date=dt.date.fromisoformat(date))
    entity = LocalEntity(id="c0", name=text, kind=EntityKind.EVENT)
    mention = Mention(doc=doc_id, start=0, end=len(text), text=text, kind=EntityKind.EVENT, cluster="c0", context=text)
    return DocumentAnalysis(document=document, entities=(entity,), mentions=(mention,))


def test_events_merge_by_type_and_date_not_by_words():
    analyses = [
        _analysis("a.txt", "2025-01-18", "émeute du 6 janvier"),
        _analysis("b.txt", "2024-08-13", "attaque du 6 janvier 2021"),
        _analysis("c.txt", "2024-08-13", "émeute du 7 janvier"),
        _analysis("d.txt", "2017-05-15", "élection en novembre 2016"),
        _analysis("e.txt", "2020-01-02", "élection de 2016"),
    ]
    entities, links = tpg.resolve.link_entities(analyses)
    assert links[("a.txt", "c0")] == links[("b.txt", "c0")] != links[("c.txt", "c0")]
    assert links[("d.txt", "c0")] == links[("e.txt", "c0")]
    riot = next(e for e in entities if e.id == links[("a.txt", "c0")])
    assert riot.kind is EntityKind.EVENT and riot.date == "2021-01-06"
    assert riot.label == "attaque du 6 janvier 2021"


def test_named_events_are_keyed_by_name():
    assert event_key(LocalEntity(id="c0", name="VivaTech", kind=EntityKind.EVENT)) == "vivatech"


# -- the corpus -------------------------------------------------------------------------------
def test_riot_of_6_january_is_one_event_across_articles(kg):
    riot = kg.entity("émeute du 6 janvier")
    assert riot.kind is EntityKind.EVENT
    assert riot.id == kg.entity("attaque du 6 janvier 2021").id
    assert set(riot.docs) == {"001_4279ec15a651f4b3.txt", "003_a775411a817100ad.txt"}
    assert riot.date == "2021-01-06"


def test_assassination_attempt_is_one_event_across_articles(kg):
    attempt = kg.entity("tentative d’assassinat en juillet")
    assert attempt.id == kg.entity("tentative d'assassinat, le mois dernier").id
    assert set(attempt.docs) == {"001_4279ec15a651f4b3.txt", "003_a775411a817100ad.txt"}
    assert attempt.date == "2024-07"
    assert attempt.label == "tentative d'assassinat de juillet 2024"
    assert "Donald Trump" in participants(kg, attempt.id)


def test_election_of_2020_is_one_event_across_articles(kg):
    election = kg.entity("élection de 2020")
    assert election.id == kg.entity("élection présidentielle américaine en 2020").id
    assert set(election.docs) == {"000_90efcad6ab2961ec.txt", "001_4279ec15a651f4b3.txt"}


def test_dinner_at_mar_a_lago_has_its_place_and_guests(kg):
    dinner = kg.entity("Dîner stratégique")
    assert dinner.kind is EntityKind.EVENT and dinner.place == "Mar-a-Lago"
    assert participants(kg, dinner.id) == {"Mark Zuckerberg", "Donald Trump"}


def test_interview_on_x_is_one_event_with_its_two_speakers(kg):
    interview = kg.entity("Entretien")
    assert interview.id == kg.entity("conversation publique").id == kg.entity("rencontre de lundi").id
    assert interview.date == "2024-08-12" and interview.place == "X"
    assert participants(kg, interview.id) == {"Elon Musk", "Donald Trump"}


def test_named_events_of_the_lists(kg):
    assert kg.entity("VivaTech").kind is EntityKind.EVENT
    assert kg.entity("VivaTech").place == "Paris"
    assert kg.entity("Tech for Good").kind is EntityKind.EVENT


def test_participation_edges_carry_evidence_and_event_date(kg):
    edges = [r for r in kg.relations.values() if r.relation is RelationType.PARTICIPATED_IN]
    assert edges
    for r in edges:
        assert kg.entities[r.source].kind is EntityKind.PERSON
        assert kg.entities[r.target].kind is EntityKind.EVENT
        assert r.evidence.sentence
    attempt = kg.entity("tentative d’assassinat en juillet")
    assert {r.event_date for r in edges if r.target == attempt.id} == {"2024-07"}


# -- other articles, other names --------------------------------------------------------------
def test_events_of_other_articles_merge_and_link_their_people(analyse_text):
    a = analyse_text(
        "Un dîner entre Olaf Scholz et Giorgia Meloni à Rome a précédé le sommet. "
        "L'émeute du 8 janvier 2023 contre le Congrès brésilien reste dans les mémoires.",
        date="2023-03-02",
        id="a.txt",
    )
    b = analyse_text(
        "Un an après l'attaque du 8 janvier, Luiz Inácio Lula da Silva a survécu à une tentative d'assassinat en décembre.",
        date="2024-01-09",
        id="b.txt",
    )
    c = analyse_text("La réunion a duré deux heures. La conférence a été annulée.", date="2024-01-09", id="c.txt")
    kg = tpg.assemble([a, b, c])
    events = {e.label: e for e in kg.entities.values() if e.kind is EntityKind.EVENT}
    riot = kg.entity("émeute du 8 janvier 2023")
    assert riot.id == kg.entity("attaque du 8 janvier").id and riot.date == "2023-01-08"
    dinner = kg.entity("dîner")
    assert dinner.place == "Rome"
    assert participants(kg, dinner.id) == {"Olaf Scholz", "Giorgia Meloni"}
    met = {frozenset((kg.entities[r.source].label, kg.entities[r.target].label)) for r in kg.relations.values() if r.relation is RelationType.MET}
    assert frozenset(("Olaf Scholz", "Giorgia Meloni")) in met
    attempt = kg.entity("tentative d'assassinat en décembre")
    assert attempt.date == "2023-12"
    assert participants(kg, attempt.id) == {"Luiz Inácio Lula da Silva"}
    assert not any("réunion" in label or "conférence" in label for label in events)


def test_a_summit_of_an_organisation_gathers_its_guests(analyse_text):
    analysis = analyse_text("Le sommet du G7 à Biarritz a réuni Emmanuel Macron et Joe Biden.", date="2019-08-26")
    names = {e.id: e.name for e in analysis.entities}
    summit = next(e for e in analysis.entities if e.kind is EntityKind.EVENT)
    assert summit.name == "sommet du G7"
    assert {names[r.source] for r in analysis.relations if r.relation is RelationType.PARTICIPATED_IN} == {
        "Emmanuel Macron",
        "Joe Biden",
    }


@pytest.mark.parametrize(
    "text, modality",
    [
        ("Trump a survécu à une tentative d'assassinat en juillet.", "asserted"),
        ("Trump aurait survécu à une tentative d'assassinat en juillet.", "uncertain"),
        ("Trump n'a pas survécu à une tentative d'assassinat en juillet.", "negated"),
    ],
)
def test_taking_part_has_the_modality_of_its_sentence(analyse_text, text, modality):
    edges = [r for r in analyse_text(text, date="2024-08-13").relations if r.relation is RelationType.PARTICIPATED_IN]
    assert [r.modality.value for r in edges] == [modality]


@pytest.mark.parametrize(
    "text",
    [
        "Elle a évoqué une rencontre avec Xavier Niel sans donner de date.",
        "Une rencontre entre les deux ministres est prévue.",
        "Après la conférence de presse, il est parti.",
        "Il a rejeté l'attaque de son rival lors du débat.",
        "Il veut rejoindre le président pour dîner.",
    ],
)
def test_a_vague_happening_is_no_event(analyse_text, text):
    assert [e.name for e in analyse_text(text, date="2024-08-13").entities if e.kind is EntityKind.EVENT] == []


@pytest.mark.parametrize(
    "text, modality",
    [
        # a verb that says something of the meeting, negated, does not deny it
        ("La rencontre entre Paul Martin et Luc Bernard n'a pas de précédent.", "asserted"),
        # one of taking place does
        ("La rencontre entre Paul Martin et Luc Bernard n'a pas eu lieu.", "negated"),
        ("La rencontre entre Paul Martin et Luc Bernard ne s'est pas tenue.", "negated"),
    ],
)
def test_a_negated_verb_denies_a_meeting_only_where_it_tells_whether_it_took_place(analyse_text, text, modality):
    relations = analyse_text(text, date="2024-08-13").relations
    taking_part = {r.modality.value for r in relations if r.relation is RelationType.PARTICIPATED_IN}
    meeting = {r.modality.value for r in relations if r.relation is RelationType.MET}
    assert taking_part == meeting == {modality}


def test_elections_of_one_year_stay_apart_by_kind():
    analyses = [
        _analysis("a.txt", "2024-07-01", "élection européenne de 2024"),
        _analysis("b.txt", "2024-07-01", "élection présidentielle de 2024"),
        _analysis("c.txt", "2024-07-01", "élections législatives de 2024"),
        _analysis("d.txt", "2025-01-01", "élection de 2024"),
    ]
    _entities, links = tpg.resolve.link_entities(analyses)
    assert len({links[(a, "c0")] for a in ("a.txt", "b.txt", "c.txt")}) == 3
    assert links[("b.txt", "c0")] == links[("d.txt", "c0")]
