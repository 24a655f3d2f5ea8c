"""The resolver on short synthetic French texts: one test per rule and per false-merge trap.

Each test looks at where a mention lands (which document-local entity, named how) and why.
"""

from __future__ import annotations

import pytest

from techpolgraph.models import DocumentAnalysis, EntityKind
from techpolgraph.resolve import link_entities

pytestmark = pytest.mark.model


def landing(analysis: DocumentAnalysis, text: str, nth: int = 0) -> list[str]:
    """The names of the entities the ``nth`` mention written ``text`` lands on ([] if unresolved)."""
    names = {e.id: e.name for e in analysis.entities}
    spans = sorted({(m.start, m.end) for m in analysis.mentions if m.text.strip() == text})
    assert len(spans) > nth, f"no mention {text!r} #{nth} in {[m.text for m in analysis.mentions]}"
    start, end = spans[nth]
    return sorted(names[m.cluster] for m in analysis.mentions if (m.start, m.end) == (start, end) and m.cluster)


def reason(analysis: DocumentAnalysis, text: str, nth: int = 0) -> str:
    found = [m for m in analysis.mentions if m.text.strip() == text]
    return sorted(found, key=lambda m: m.start)[nth].reason


def people(analysis: DocumentAnalysis) -> list[str]:
    return sorted(e.name for e in analysis.entities if e.kind is EntityKind.PERSON)


# -- names within a document -------------------------------------------------------------------


def test_surname_title_and_first_name_join_the_full_name(analyse_text):
    a = analyse_text(
        "Mark Zuckerberg a rencontré Donald Trump en Floride. M. Trump a salué Zuckerberg. "
        "Mark a ensuite quitté la Maison-Blanche.",
        date="2017-05-15",
    )
    assert landing(a, "Zuckerberg") == ["Mark Zuckerberg"]
    assert landing(a, "Mark") == ["Mark Zuckerberg"]
    titled = [m for m in a.mentions if m.text.strip() in ("Trump", "M. Trump")]
    assert titled and all(m.reason == "title" for m in titled)
    assert landing(a, titled[0].text.strip()) == ["Donald Trump"]


def test_a_first_name_with_no_full_name_in_the_document_stays_unresolved(analyse_text):
    a = analyse_text("Selon la presse, Mark a quitté la réunion avant la fin.", date="2020-01-01")
    assert "Mark Zuckerberg" not in people(a)
    assert landing(a, "Mark") == []


# -- false merges --------------------------------------------------------------------------------


def test_barack_and_michelle_obama_stay_apart_and_obama_alone_is_unresolved(analyse_text):
    a = analyse_text(
        "Barack Obama et Michelle Obama ont dîné à Paris avec Emmanuel Macron. Obama a ensuite parlé aux journalistes.",
        date="2019-06-01",
    )
    assert {"Barack Obama", "Michelle Obama"} <= set(people(a))
    assert landing(a, "Obama") == []
    assert reason(a, "Obama") == "ambiguous surname"


def test_donald_trump_jr_is_not_his_father(analyse_text):
    a = analyse_text(
        "Donald Trump Jr. a défendu son père lors d'un meeting. Donald Trump a remercié la foule.", date="2020-10-01"
    )
    jr = landing(a, "Donald Trump Jr.")
    father = landing(a, "Donald Trump")
    assert jr and father and jr != father


def test_eric_trump_does_not_take_trump(analyse_text):
    a = analyse_text("Eric Trump a visité l'usine de Detroit. Trump a promis des emplois.", date="2019-03-01")
    assert landing(a, "Eric Trump") == ["Eric Trump"]
    assert landing(a, "Trump") != ["Eric Trump"]


def test_two_jacks_in_one_article_leave_jack_unresolved(analyse_text):
    a = analyse_text(
        "Jack Dorsey a rencontré Jack Ma à Shanghai. Jack a ensuite publié un message sur Twitter.", date="2019-01-10"
    )
    assert {"Jack Dorsey", "Jack Ma"} <= set(people(a))
    assert landing(a, "Jack") == []
    assert reason(a, "Jack") == "ambiguous first name"


# -- appositions and role descriptions -------------------------------------------------------------


def test_apposition_after_the_name_teaches_a_role_used_later(analyse_text):
    a = analyse_text(
        "Logan Green, le patron de Lyft, a rencontré des élus. Plus tard, le patron de Lyft a critiqué la loi.",
        date="2019-05-01",
    )
    assert landing(a, "le patron de Lyft", 0) == ["Logan Green"]
    assert reason(a, "le patron de Lyft", 0) == "apposition"
    assert landing(a, "le patron de Lyft", 1) == ["Logan Green"]


def test_apposition_before_the_name_teaches_a_role_used_later(analyse_text):
    a = analyse_text(
        "La directrice de Lyft, Jane Doe, a parlé aux salariés. Ensuite, la directrice de Lyft a quitté la salle.",
        date="2019-05-01",
    )
    assert landing(a, "Jane Doe") == ["Jane Doe"]
    assert landing(a, "la directrice de Lyft", 0) == ["Jane Doe"]


def test_a_businessman_is_the_one_entrepreneur_in_play(analyse_text):
    a = analyse_text(
        "L'entrepreneur Paul Martin a rencontré mardi le président Luc Bernard. L'homme d'affaires a ensuite déjeuné avec Anne Durand.",
        date="2019-05-01",
    )
    assert landing(a, "L'homme d'affaires") == ["Paul Martin"]


def test_a_businessman_stays_unplaced_between_two_of_the_trade(analyse_text):
    a = analyse_text(
        "Le milliardaire Paul Martin a rencontré l'homme d'affaires Luc Bernard. L'homme d'affaires a ensuite déjeuné avec Anne Durand.",
        date="2019-05-01",
    )
    assert landing(a, "L'homme d'affaires") == []


def test_a_role_between_two_described_names_describes_the_first(analyse_text):
    a = analyse_text("Nous entendons M. Paul Martin, président de Pixelia, Mme Anne Durand, directrice générale de Vexa, et M. Luc Bernard.", date="2019-05-01")
    assert landing(a, "président de Pixelia", 0) == ["Paul Martin"]
    assert landing(a, "directrice générale de Vexa", 0) == ["Anne Durand"]


def test_a_role_between_two_names_describes_the_first(analyse_text):
    a = analyse_text("Jeanne Morel a dîné avec Mme Anne Durand, maire de Lyon, le député Paul Martin et Luc Bernard.", date="2019-05-01")
    assert landing(a, "maire de Lyon", 0) == ["Anne Durand"]
    assert reason(a, "maire de Lyon", 0) == "apposition"


@pytest.mark.parametrize(
    ("date", "holder"),
    [("2015-06-01", "Barack Obama"), ("2017-06-01", "Donald Trump"), ("2022-06-01", "Joe Biden"), ("2025-03-01", "Donald Trump")],
)
def test_the_american_president_depends_on_the_article_date(analyse_text, date, holder):
    a = analyse_text("Le président américain a reçu des patrons de la tech à Washington.", date=date)
    assert landing(a, "Le président américain") == [holder]
    assert reason(a, "Le président américain").startswith("role table (head_of_state|États-Unis")


@pytest.mark.parametrize(
    ("date", "holder"),
    [("1984-06-01", "François Mitterrand"), ("1999-07-27", "Jacques Chirac"), ("2009-06-01", "Nicolas Sarkozy")],
)
def test_the_president_of_the_republic_depends_on_the_article_date(analyse_text, date, holder):
    a = analyse_text("Le président de la République a reçu des patrons de la presse à l'Élysée.", date=date)
    assert landing(a, "Le président de la République") == [holder]


def test_a_capitalised_role_after_its_article_is_its_holder_in_play(analyse_text):
    a = analyse_text(
        "Le président Jacques Chirac a téléphoné au chancelier Gerhard Schröder. Le Président regrette de n'avoir pu saluer le Chancelier à Weimar ce matin.",
        date="2005-09-06",
    )
    assert landing(a, "le Chancelier") == ["Gerhard Schröder"]


def test_the_republican_candidate_in_2024_is_trump(analyse_text):
    a = analyse_text("Elon Musk a soutenu le candidat républicain lors d'un meeting en Pennsylvanie.", date="2024-10-05")
    assert landing(a, "le candidat républicain") == ["Donald Trump"]


def test_a_role_in_quoted_speech_does_not_bring_in_an_unnamed_holder(analyse_text):
    a = analyse_text(
        "«Ils doivent savoir que le président américain est fort», a déclaré Elon Musk lors d'un entretien avec Donald Trump.",
        date="2024-08-13",
    )
    assert "Joe Biden" not in people(a)
    assert landing(a, "le président américain") == []
    assert "quoted speech" in reason(a, "le président américain")


def test_descriptions_without_organisation_pick_the_one_person_in_play(analyse_text):
    a = analyse_text(
        "Mark Zuckerberg a dîné avec Donald Trump à Mar-a-Lago. Le magnat de la technologie avait banni Trump de Facebook. "
        "Donald Trump a critiqué le PDG dans un livre. Le président élu a salué la visite.",
        date="2025-01-18",
    )
    assert landing(a, "Le magnat de la technologie") == ["Mark Zuckerberg"]
    assert landing(a, "le PDG") == ["Mark Zuckerberg"]
    assert landing(a, "Le président élu") == ["Donald Trump"]


def test_the_former_president_is_the_one_in_play_who_held_the_office(analyse_text):
    a = analyse_text(
        "Donald Trump a parlé avec Elon Musk sur X. L'ancien président a évoqué l'immigration.", date="2024-08-13"
    )
    assert landing(a, "L'ancien président") == ["Donald Trump"]


# -- pronouns and pronoun-like descriptions ----------------------------------------------------------


def test_il_after_a_sentence_takes_its_subject_and_relations_follow(analyse_text):
    a = analyse_text(
        "Donald Trump accuse encore Mark Zuckerberg d'avoir comploté contre lui. Il menace Zuckerberg de prison.",
        date="2024-09-01",
    )
    assert landing(a, "Il") == ["Donald Trump"]
    assert reason(a, "Il") == "pronoun (the subject of the sentence before)"
    names = {e.id: e.name for e in a.entities}
    criticised = {(names[r.source], names[r.target]) for r in a.relations if r.relation.value == "criticised"}
    assert ("Donald Trump", "Mark Zuckerberg") in criticised
    assert any(r.source_text == "Il" for r in a.relations if r.relation.value == "criticised")


def test_il_of_a_written_question_is_its_author(analyse_text):
    a = analyse_text(
        "M. Paul Martin attire l'attention du garde des sceaux à propos des militants. "
        "Luc Bernard, le plus connu d'entre eux, jeûne depuis mars. "
        "Aussi, il souhaite savoir si le Gouvernement compte agir.",
        date="2023-02-01",
    )
    assert landing(a, "il") == ["Paul Martin"]
    assert reason(a, "il") == "pronoun (the author of the written question, who asks)"


def test_elle_after_an_answer_that_opens_with_a_country_is_that_country(analyse_text):
    a = analyse_text(
        "Q - Le militant Paul Martin a été arrêté. Condamnez-vous cette arrestation ? "
        "R - La France observe de près la situation au Soudan. Elle conduit un dialogue exigeant avec les autorités.",
        date="2023-02-01",
    )
    assert landing(a, "Elle") == ["France"]


def test_il_with_two_candidates_and_no_subject_stays_unresolved(analyse_text):
    a = analyse_text(
        "Les avocats d'Elon Musk et de Jeff Bezos se sont rencontrés à Austin. Il a refusé de commenter.", date="2023-02-01"
    )
    assert landing(a, "Il") == []


def test_impersonal_il_is_no_one(analyse_text):
    a = analyse_text("Elon Musk est arrivé à Paris. Il faut dire que la visite était attendue.", date="2023-06-01")
    assert not [m for m in a.mentions if m.text.strip() == "Il" and m.cluster]


def test_il_y_a_eu_is_no_one(analyse_text):
    a = analyse_text("Emmanuel Macron a parlé aux ministres. La dispute qu'il y a eu entre eux a surpris.", date="2021-09-01")
    assert not [m for m in a.mentions if m.text.strip() == "il" and m.cluster]


def test_elle_takes_the_feminine_person(analyse_text):
    a = analyse_text(
        "Sheryl Sandberg a rencontré Mark Zuckerberg à Menlo Park. Plus tard, elle a quitté Facebook.", date="2022-06-01"
    )
    assert landing(a, "elle") == ["Sheryl Sandberg"]


def test_ce_dernier_is_the_compatible_person_named_last(analyse_text):
    a = analyse_text(
        "Sundar Pichai a parlé avec Hillary Clinton puis avec Tim Cook. Ce dernier a souri.", date="2019-01-01"
    )
    assert landing(a, "Ce dernier") == ["Tim Cook"]


def test_les_deux_hommes_are_the_two_persons_in_play(analyse_text):
    a = analyse_text(
        "Mark Zuckerberg a rarement parlé en public avec Donald Trump. Les deux hommes se sont pourtant parlé au téléphone.",
        date="2017-05-15",
    )
    assert landing(a, "Les deux hommes") == ["Donald Trump", "Mark Zuckerberg"]


def test_l_homme_de_40_ans_is_the_person_whose_age_was_given(analyse_text):
    a = analyse_text(
        "Elon Musk a appelé Mark Zuckerberg, 40 ans, avant la réunion. Selon Musk, l'homme de 40 ans a accepté.",
        date="2024-12-01",
    )
    assert landing(a, "l'homme de 40 ans") == ["Mark Zuckerberg"]


# -- across documents ------------------------------------------------------------------------------


def test_a_role_taught_in_one_document_places_a_bare_description_in_another(analyse_text):
    taught = analyse_text("Logan Green, le patron de Lyft, a rencontré des élus à Paris.", date="2019-05-01", id="a.txt")
    bare = analyse_text("Le patron de Lyft a critiqué la nouvelle loi.", date="2019-09-01", id="b.txt")
    entities, links = link_entities([taught, bare])
    cluster = next(m.cluster for m in bare.mentions if m.text == "Le patron de Lyft")
    green = next(e for e in entities if e.label == "Logan Green")
    assert links[("b.txt", cluster)] == green.id
    assert any("taught by an apposition in a.txt" in m.reason for m in green.merges)


def test_a_bare_description_nobody_taught_is_left_out(analyse_text):
    bare = analyse_text("Le patron de Lyft a critiqué la nouvelle loi.", date="2019-09-01", id="b.txt")
    entities, links = link_entities([bare])
    assert not [e for e in entities if "Lyft" in e.label and e.kind is EntityKind.PERSON]
    cluster = next(m.cluster for m in bare.mentions if m.text == "Le patron de Lyft")
    assert ("b.txt", cluster) not in links


def test_an_undated_description_is_not_placed_by_a_dated_article(analyse_text):
    # « le patron de Lyft » of an undated essay may be any holder of any year: a dated article
    # that names one is no evidence for it
    taught = analyse_text("Logan Green, le patron de Lyft, a rencontré des élus à Paris.", date="2019-05-01", id="a.txt")
    bare = analyse_text("Le patron de Lyft a critiqué la nouvelle loi.", id="b.txt")
    entities, links = link_entities([taught, bare])
    green = next(e for e in entities if e.label == "Logan Green")
    cluster = next(m.cluster for m in bare.mentions if m.text == "Le patron de Lyft")
    assert links.get(("b.txt", cluster)) != green.id
    assert not any(m.doc == "b.txt" for m in green.merges)


def test_a_surname_across_documents_joins_only_a_unique_full_name(analyse_text):
    docs = [
        analyse_text("Eric Trump a visité l'usine de Detroit.", date="2019-03-01", id="a.txt"),
        analyse_text("Donald Trump a signé le décret.", date="2019-03-02", id="b.txt"),
        analyse_text("Trump a promis des emplois.", date="2019-03-03", id="c.txt"),
    ]
    entities, links = link_entities(docs)
    labels = {e.id: e.label for e in entities}
    trump = next(m.cluster for m in docs[2].mentions if m.text == "Trump")
    assert labels[links[("c.txt", trump)]] not in ("Eric Trump", "Donald Trump")


def test_gender_lets_il_skip_a_sentence_that_names_only_a_woman(analyse_text):
    a = analyse_text(
        "Emmanuel Macron a reçu Angela Merkel à l'Élysée. Elle a salué son hôte. Il a répondu par un discours.",
        date="2019-05-01",
    )
    assert landing(a, "Elle") == ["Angela Merkel"]
    assert landing(a, "Il") == ["Emmanuel Macron"]


def test_le_president_de_la_republique_is_frances(analyse_text):
    a = analyse_text("Paul Garnier a rencontré le président de la République à l'Élysée.", date="2023-05-15")
    assert landing(a, "le président de la République") == ["Emmanuel Macron"]
    b = analyse_text("Paul Garnier a rencontré le président de la République tchèque à Prague.", date="2023-05-15")
    assert landing(b, "le président de la République tchèque") != ["Emmanuel Macron"]


# -- the one received and the one who receives ---------------------------------------------------


def test_son_invite_is_the_one_its_owner_received(analyse_text):
    a = analyse_text(
        "Luc Bernard a été reçu par Jeanne Morel à Lyon. Jeanne Morel a félicité son invité pour son travail.",
        date="2024-03-02",
    )
    assert landing(a, "son invité") == ["Luc Bernard"]
    assert reason(a, "son invité").startswith("guest")


def test_son_hote_is_the_one_who_received_its_owner(analyse_text):
    a = analyse_text("Jeanne Morel a reçu Luc Bernard à Lyon. Luc Bernard a remercié son hôte.", date="2024-03-02")
    assert landing(a, "son hôte") == ["Jeanne Morel"]


def test_son_invite_with_no_reception_told_stays_unresolved(analyse_text):
    a = analyse_text("Jeanne Morel et Luc Bernard se sont vus à Lyon. Jeanne Morel a salué son invité.", date="2024-03-02")
    assert landing(a, "son invité") == []


def test_son_invite_of_the_one_received_is_not_the_host(analyse_text):
    a = analyse_text("Jeanne Morel a reçu Luc Bernard à Lyon. Luc Bernard a salué son invité.", date="2024-03-02")
    assert landing(a, "son invité") == []


# -- an act or words taken up by a demonstrative -------------------------------------------------


def test_cette_decision_is_the_act_of_the_subject_before(analyse_text):
    a = analyse_text("La Cour constitutionnelle invalide le vote. Cette décision a été condamnée par Luc Bernard.", date="2024-12-06")
    assert landing(a, "Cette décision") == ["Cour constitutionnelle"]
    assert reason(a, "Cette décision").startswith("act taken up")


def test_ces_propos_are_the_speakers_after_a_quotation(analyse_text):
    a = analyse_text("« Le pays est perdu », a lancé Luc Bernard. Ces propos ont été condamnés par Jeanne Morel.", date="2024-12-06")
    assert landing(a, "Ces propos") == ["Luc Bernard"]


def test_ces_propos_after_no_saying_stay_unresolved(analyse_text):
    a = analyse_text("Luc Bernard a quitté le parti. Ces propos ont choqué Jeanne Morel.", date="2024-12-06")
    assert landing(a, "Ces propos") == []


def test_cette_decision_after_a_passive_stays_unresolved(analyse_text):
    a = analyse_text("Luc Bernard a été exclu par Jeanne Morel. Cette décision a surpris ses amis.", date="2024-12-06")
    assert landing(a, "Cette décision") == []


def test_cette_decision_with_its_author_named_is_no_mention(analyse_text):
    a = analyse_text("La Cour annule le scrutin. Cette décision de Jeanne Morel est dénoncée par Luc Bernard.", date="2024-12-06")
    assert not [m for m in a.mentions if m.text.strip() == "Cette décision"]


def test_cette_decision_made_by_a_named_author_is_no_mention(analyse_text):
    a = analyse_text("Jeanne Morel a annoncé le prêt du tableau. Cette décision a été prise par Luc Bernard à Lyon.", date="2024-12-06")
    assert not [m for m in a.mentions if m.text.strip() == "Cette décision"]


def test_a_role_in_the_heading_before_anyone_does_not_block_its_repeat(analyse_text):
    a = analyse_text(
        "Entretien du ministre avec M. Luc Bernard (Paris, 25 mai 2016)\n\n"
        "M. Paul Martin, ministre des affaires étrangères, a reçu ce matin M. Luc Bernard. "
        "Le ministre lui a redit tout son appui.",
        date="2016-05-25",
    )
    assert landing(a, "Le ministre") == ["Paul Martin"]


def test_cette_decision_after_a_question_on_anothers_decision_stays_unresolved(analyse_text):
    a = analyse_text(
        "Jeanne Morel interroge la ministre sur la décision de Pixelia de fermer son usine. Cette décision a été critiquée par Luc Bernard.",
        date="2024-12-06",
    )
    assert landing(a, "Cette décision") == []


# -- an acronym whose full name the model did not see ---------------------------------------------


def test_an_acronym_joins_the_one_run_of_capitals_its_initials_spell(analyse_text):
    a = analyse_text(
        "Circonstances : assemblée annuelle du Digital Trade Forum à Lyon le 3 mai 2004\n\n"
        "Jeanne Morel a salué le rôle du DTF, qui réunit des entreprises de tous les horizons.",
        date="2004-05-03",
    )
    assert landing(a, "DTF") == ["Digital Trade Forum"]


def test_an_acronym_with_two_runs_its_initials_spell_stays_apart(analyse_text):
    a = analyse_text(
        "Le Digital Trade Forum et le Data Tax Fund se sont réunis à Lyon. Jeanne Morel a salué le rôle du DTF.",
        date="2004-05-03",
    )
    names = {e.id: e.name for e in a.entities}
    assert not {names[m.cluster] for m in a.mentions if m.text.strip() == "DTF" and m.cluster} & {"Digital Trade Forum", "Data Tax Fund"}


def test_ils_after_a_meeting_are_the_two_who_met(analyse_text):
    a = analyse_text("Jeanne Morel a rencontré Luc Bernard à Lyon. Lors de ce rendez-vous, ils ont longuement discuté.", date="2025-02-17")
    assert landing(a, "ils") == ["Jeanne Morel", "Luc Bernard"]


def test_ils_after_a_meeting_of_three_stays_unresolved(analyse_text):
    a = analyse_text("Jeanne Morel a reçu Luc Bernard et Paul Martin. Ils ont évoqué la crise.", date="2025-02-17")
    assert landing(a, "Ils") == []


def test_a_role_with_its_place_after_aupres_de_joins_its_apposed_name(analyse_text):
    a = analyse_text(
        "L'ambassadrice de France auprès du Royaume de Belgique, Mme Jeanne Morel, s'est rendue à Gand. "
        "L'ambassadrice de France a ensuite rencontré Luc Bernard.",
        date="2025-02-17",
    )
    assert landing(a, "L'ambassadrice de France", nth=1) == ["Jeanne Morel"]


def test_a_role_after_mme_joins_no_man_nor_one_of_no_known_gender(analyse_text):
    # « Mme le Premier ministre » is not the chancellor named by his surname alone
    a = analyse_text(
        "Nous avons parlé ce matin, Mme Lavergne et moi. Mme le Premier ministre repart ce soir pour Vienne. "
        "Le Chancelier Vormann sera reçu la semaine prochaine.",
        date="2025-02-17",
    )
    assert "Vormann" not in landing(a, "le Premier ministre")
    assert landing(a, "Vormann") == ["Vormann"]


def test_the_we_of_a_hearing_with_no_speaker_is_the_committee_it_names_by_its_noun(analyse_text):
    a = analyse_text(
        "Chers collègues, nous recevons M. Luc Bernard, directeur de Pixelia. "
        "Notre commission d'enquête travaille depuis trois mois sur ce dossier.",
        date="2025-02-17",
    )
    assert landing(a, "nous") == ["Commission d'enquête"]
    assert "committee" in reason(a, "nous")
    assert landing(a, "Notre commission d'enquête") == ["Commission d'enquête"]


def test_the_we_of_a_hearing_beside_a_bare_commission_stays_unplaced(analyse_text):
    # « la commission » alone could be any commission, Brussels's too: no body is made of it
    a = analyse_text("Chers collègues, nous recevons M. Luc Bernard. La commission a rendu son rapport.", date="2025-02-17")
    assert [m for m in a.mentions if m.text.lower() in ("nous", "la commission") and m.cluster] == []
    assert {e.name for e in a.entities} == {"Luc Bernard"}


def test_the_il_of_an_inverted_il_y_a_stands_for_no_one(analyse_text):
    a = analyse_text("Paul Martin est venu hier. Y a-t-il un accord à trouver avec Luc Bernard ?", date="2025-02-17")
    assert [m for m in a.mentions if m.text.lower() == "-il"] == []
    b = analyse_text("Paul Martin est venu hier. A-t-il rencontré Luc Bernard ?", date="2025-02-17")
    assert landing(b, "-il") == ["Paul Martin"]


def test_the_vous_of_minutes_is_the_one_a_dashed_hearing_line_names(analyse_text):
    # the agenda line of minutes: a dash, and « ouverte à la presse » between the noun and the one heard
    a = analyse_text(
        "Mercredi 3 mai 2023\n\nPrésidence de M. Paul Martin, président\n\n"
        "– Audition, ouverte à la presse, du général Luc Bernard, ancien ministre, maire de Vexin\n\n"
        "M. le président Paul Martin. Monsieur le préfet, soyez le bienvenu. Votre expérience vous donne un regard utile sur ce dossier.",
        date="2023-05-03",
    )
    assert landing(a, "Votre") == ["Luc Bernard"]
    assert landing(a, "vous") == ["Luc Bernard"]
    assert "hearing" in reason(a, "vous")


def test_a_noun_the_tagger_joins_to_a_dislocated_subject_counts_as_a_subject():
    # the parse fr_core_news_md gives « Quant aux patrons de Pixelia, leur comportement ne me surprend guère »:
    # « comportement » joined to « patrons » (conj), the subject of the main verb; a pronoun after it may stand for it
    from spacy.tokens import Doc
    from spacy.vocab import Vocab

    from techpolgraph.resolve.document import _joined_to_the_subject

    words = ["Quant", "aux", "patrons", "de", "Pixelia", ",", "leur", "comportement", "ne", "me", "surprend", "guère", "."]
    heads = [2, 2, 10, 4, 2, 7, 7, 2, 10, 10, 10, 10, 10]
    deps = ["case", "det", "nsubj", "case", "nmod", "punct", "det", "conj", "advmod", "iobj", "ROOT", "advmod", "punct"]
    doc = Doc(Vocab(), words=words, heads=heads, deps=deps)
    root = doc[10]
    assert _joined_to_the_subject(doc[7], root)
    assert not _joined_to_the_subject(doc[4], root)  # « Pixelia »: a complement, no subject
    plain = Doc(Vocab(), words=["Les", "patrons", "et", "leurs", "amis", "parlent", "."], heads=[1, 5, 4, 4, 1, 5, 5], deps=["det", "nsubj", "cc", "det", "conj", "ROOT", "punct"])
    assert not _joined_to_the_subject(plain[4], plain[5])  # « les patrons et leurs amis »: joined by « et », no comma


def test_a_pronoun_whose_verb_gives_its_name_points_forward_to_that_name(analyse_text):
    # « il s'appelle X »: the name after the verb, not the person spoken of before, even where he is the only one
    a = analyse_text(
        "Paul Martin est avec nous ce matin. Bonjour.\n\nAlors, il s'appelle Luc Bernard, il était conseiller du parti. "
        "Il a présenté sa démission hier.",
        date="2025-02-17",
    )
    assert landing(a, "il") == ["Luc Bernard"]
    assert "s'appelle" in reason(a, "il")
    assert landing(a, "Il") == ["Luc Bernard"]


def test_on_in_a_stance_that_admits_nothing_else_is_the_speaker_of_an_interview(analyse_text):
    text = (
        "Interview de M. Paul Martin, ministre des transports, à Radio Vexa le 12 février 2024\n\n"
        "Luc Bernard a gagné la primaire hier soir. Alors on ne peut que saluer sa victoire. Mais on dit qu'il a menti."
    )
    a = analyse_text(text, date="2024-01-10")
    assert landing(a, "on") == ["Paul Martin"]
    assert [m for m in a.mentions if m.text == "on" and m.start > text.index("Mais")] == []  # « on dit »: anyone


def test_on_that_opens_its_sentence_in_such_a_stance_is_the_speaker_too(analyse_text):
    text = (
        "Interview de M. Paul Martin, ministre des transports, à Radio Vexa le 12 février 2024\n\n"
        "Luc Bernard a gagné la primaire hier soir. On ne peut que saluer sa victoire."
    )
    a = analyse_text(text, date="2024-02-12")
    assert landing(a, "On") == ["Paul Martin"]
