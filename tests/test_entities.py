"""Entity kinds on the corpus (a hand-checked list) and on articles about other people."""

from __future__ import annotations

import json
from collections import Counter

import pytest
import spacy

from techpolgraph.resolve.names import name_key

from .conftest import ROOT

GOLD = json.loads((ROOT / "tests" / "expected" / "entities.json").read_text(encoding="utf-8"))


def nodes_named(kg, form: str) -> list:
    """The graph's entities that carry a form as label or alias."""
    key = name_key(form)
    return [e for e in kg.entities.values() if key in {name_key(e.label), *(name_key(a.text) for a in e.aliases)}]


def test_gold_list_is_large_and_covers_every_kind():
    kinds = Counter(item["kind"] for item in GOLD["entities"])
    assert set(kinds) == {"person", "organisation", "location", "event"}
    assert len(GOLD["entities"]) >= 50 and len(GOLD["noise"]) >= 10


@pytest.mark.parametrize("item", GOLD["entities"], ids=[i["name"] for i in GOLD["entities"]])
def test_corpus_entity_has_its_kind(kg, item):
    nodes = {e.id: e for form in item["forms"] for e in nodes_named(kg, form)}
    assert nodes, f"{item['name']}: no entity"
    assert len(nodes) == 1, f"{item['name']}: its forms name several nodes {sorted(nodes)}"
    (node,) = nodes.values()
    assert node.kind.value == item["kind"], f"{item['name']} is a {node.kind.value}"


@pytest.mark.parametrize("noise", GOLD["noise"])
def test_noise_gives_no_entity(kg, noise):
    assert not nodes_named(kg, noise)


def test_corpus_has_no_entity_beyond_the_list_but_role_holders(kg):
    """Every node of the graph is on the list, or a person named only through the role table."""
    listed = {name_key(f) for item in GOLD["entities"] for f in (item["name"], *item["forms"])}
    extra = [
        e.label
        for e in kg.entities.values()
        if not listed.intersection({name_key(e.label), *(name_key(a.text) for a in e.aliases)})
        and not any(m.reason.startswith("role table") for m in e.merges)
    ]
    assert extra == []


@pytest.mark.parametrize(
    "text, name, label",
    [
        # names the raw model gets wrong, in articles about other people
        ("Selon Spotify, Daniel Ek a rencontré des dirigeants à Stockholm.", "Spotify", "ORG"),
        ("Jensen Huang et Sam Altman ont discuté mardi.", "Sam Altman", "PER"),
        ("Altman a répondu que Nvidia ne commentait pas.", "Altman", "PER"),
        ("Mme Vestager a rencontré les dirigeants de TikTok.", "Vestager", "PER"),
        ("Le ministre a dîné à Springfield, dans l'Illinois, avec des élus.", "Springfield", "LOC"),
        # short sentences where the raw model misses or mislabels a well-known name
        ("Musk a répondu.", "Musk", "PER"),
        ("Macron dirige les efforts dans l'UE.", "Macron", "PER"),
        ("Kamala Harris a parlé.", "Kamala Harris", "PER"),
        # a compound first name the tokenizer cuts at its hyphen; a mixed-case name before a final period
        ("Invitée à réagir, la romancière Anne-Élodie Varnier a dénoncé une honte.", "Anne-Élodie Varnier", "PER"),
        ("Invité à réagir, l'essayiste Franz-Albert Morvan a dénoncé une honte.", "Franz-Albert Morvan", "PER"),
        ("Le député a rejoint SpaceX.", "SpaceX", "ORG"),
        # a surname opening on a capital and an apostrophe, which the tokenizer splits off
        ("Le président a reçu en audience Florent N’Diaye mardi.", "Florent N’Diaye", "PER"),
        # capitalised words joined by the English « of », over a known place
        ("La plateforme a suspendu Voice of Europe en mars.", "Voice of Europe", "ORG"),
        # a name the model misses or leaves kindless in a list of organisations
        ("Le régulateur a sanctionné Meta, Google et Zorbia en mars.", "Zorbia", "ORG"),
        # a surname of two particles the model cuts after the first one
        ("La commission a entendu M. Paul Van de Berghe, candidat à la présidence.", "Paul Van de Berghe", "PER"),
        # a name with two « de », the model cuts before the second one
        ("Nous entendons Mme Claire-Hélène de Vaubert de Genlieu, directrice des studios.", "Claire-Hélène de Vaubert de Genlieu", "PER"),
        # a first name and a surname the model reads as an organisation, listed with a person; not after « la société »
        ("Le président recevait plusieurs dirigeants d'entreprises, parmi lesquels Arthur Orbis et Jeanne Morel.", "Arthur Orbis", "PER"),
        ("Le régulateur a sanctionné la société Arthur Orbis et Jeanne Morel.", "Arthur Orbis", "ORG"),
        # a form of state and a role of two words, which the model reads as names
        ("Entretien avec Paul Martin, Prince héritier du Royaume de Bahreïn.", "Royaume", None),
        ("Entretien avec Paul Martin, Prince héritier du Royaume de Bahreïn.", "Prince", None),
        ("Le Prince héritier a félicité Luc Bernard pour sa réélection.", "Le Prince", None),
        # parliamentary committees written in lower case
        ("Elle a témoigné hier soir devant la commission des finances de l'Assemblée.", "commission des finances", "ORG"),
        # a capitalised role after its article, or with its adjective alone, which the model reads as a name
        ("La Présidente regrette de n'avoir pu saluer le Chancelier à Weimar.", "Chancelier", None),
        ("Je viens pour la première fois en tant que Président fédéral.", "Président fédéral", None),
        # a country's police is an organisation
        ("Le gouvernement condamne les actions de la police sud-africaine.", "police sud-africaine", "ORG"),
        # a type noun and its lower-case complement before the name (« la plateforme de jeux X »)
        ("Le gouvernement a bloqué la plateforme de jeux en ligne Orbis.", "Orbis", "ORG"),
        ("Elle a reçu le patron du fabricant de puces Vexa.", "Vexa", "ORG"),
        # a country the model read with its article, after an opening phrase
        ("Selon lui, la Bolivie a bloqué Pixelia.", "Bolivie", "LOC"),
        # a transcript's label glued to its dash is no part of the name after it
        ("QUESTION.- Monsieur le Président, allez-vous rencontrer Jeanne Morel ?", "QUESTION.- Monsieur le Président", None),
        # a ministry's portfolio of two words is its name whole
        ("Le ministère bolivien des Affaires étrangères a répondu.", "ministère bolivien des Affaires étrangères", "ORG"),
        # a name the model runs on into the predicate after it: it ends before the negation, or a finite verb
        ("Monsieur Dubois, ne croyez pas ceux qui disent que la Caisse des dépôts ne séduit pas les hauts fonctionnaires.", "Caisse des dépôts", "ORG"),
        ("Monsieur Dubois, ne croyez pas ceux qui disent que la Caisse des dépôts ne séduit pas les hauts fonctionnaires.", "Caisse des dépôts ne séduit pas les hauts fonctionnaires", None),
        # a person's government, named after a title, is no institution's name
        ("Le Japon soutient le gouvernement de M. Paul Martin.", "gouvernement de M.", None),
        ("Le Japon soutient le gouvernement de M. Paul Martin.", "Paul Martin", "PER"),
        # a legal text is no party
        ("La commission des lois a entendu M. Paul Martin en application de la Constitution.", "Constitution", None),
        # two companies joined by a slash are one name; two parties' acronyms so joined stay two
        ("La Commission a estimé que KRD, Renault/Nissan, Daimler et Iveco ont enfreint les règles.", "Renault/Nissan", "ORG"),
        ("Les deux formations CDU/CSU soutiennent Paul Martin.", "CDU/CSU", None),
        # an acronym the model misses that opens a list of organisations
        ("La Commission a estimé que KRD, Renault/Nissan, Daimler et Iveco ont enfreint les règles.", "KRD", "ORG"),
        # a team named after its noun
        ("La société Vexa a exclu l'équipe Zentra de la course.", "Zentra", "ORG"),
    ],
)
def test_kinds_on_other_articles(nlp, text, name, label):
    labels = {e.text: e.label_ for e in nlp(text).ents}
    assert labels.get(name) == label, labels


@pytest.mark.parametrize("text", ["Les Américains ont voté.", "L'État a répondu.", "Veuillez patienter."])
def test_common_words_are_not_entities(nlp, text):
    assert [e.text for e in nlp(text).ents] == []


def test_components_work_in_a_users_own_pipeline(tmp_path):
    """The factories take the user's own lists (paths) in any French pipeline."""
    import techpolgraph.nlp  # noqa: F401  (registers the factories)

    orgs = tmp_path / "orgs.tsv"
    orgs.write_text("Mistral AI\torganisation\tMistral\nFestival de Cannes\tevent\n", encoding="utf-8")
    people = tmp_path / "people.tsv"
    people.write_text("Arthur Mensch\tMensch\n", encoding="utf-8")
    nlp = spacy.load("fr_core_news_md", exclude=["senter"])
    nlp.add_pipe("techpolgraph_lines", first=True)
    nlp.add_pipe("techpolgraph_entities", after="ner", config={"gazetteer": str(orgs), "people": str(people)})
    nlp.add_pipe("techpolgraph_events", after="techpolgraph_entities")
    doc = nlp("Mensch a présenté Mistral au Festival de Cannes, puis l'émeute du 6 janvier a été évoquée.")
    labels = {e.text: e.label_ for e in doc.ents}
    assert labels.get("Mensch") == "PER"
    assert labels.get("Mistral") == "ORG"
    assert labels.get("Festival de Cannes") == "EVENT"
    assert labels.get("émeute du 6 janvier") == "EVENT"


def test_one_mislabelled_mention_does_not_make_a_company_a_person():
    """The kind of a node is the vote of all its mentions across the corpus."""
    from techpolgraph.models import Document, DocumentAnalysis, EntityKind, LocalEntity, Mention
    from techpolgraph.resolve import link_entities

    def analysis(doc_id: str, kinds: list[EntityKind]) -> DocumentAnalysis:
        text = " ".join("Uber" for _ in kinds)
        document = Document(id=doc_id, text=text, content=text)
        entity = LocalEntity(id="c0", name="Uber", kind=kinds[0])
        mentions = tuple(
            Mention(doc=doc_id, start=5 * n, end=5 * n + 4, text="Uber", kind=kind, cluster="c0") for n, kind in enumerate(kinds)
        )
        return DocumentAnalysis(document=document, entities=(entity,), mentions=mentions)

    entities, _links = link_entities(
        [analysis("a.txt", [EntityKind.PERSON]), analysis("b.txt", [EntityKind.ORGANISATION, EntityKind.ORGANISATION])]
    )
    assert [(e.label, e.kind) for e in entities] == [("Uber", EntityKind.ORGANISATION)]


# -- names the model misses, introduced by a common noun (name_heads.tsv) -------------------------


@pytest.mark.parametrize(
    ("text", "name", "label"),
    [
        ("Le préfet a annoncé l'interdiction du réseau social Vostrik dans la région.", "Vostrik", "ORG"),
        ("Les médias russes KRT et Polar Info sont interdits dans l'Union.", "KRT", "ORG"),
        ("Les médias russes KRT et Polar Info sont interdits dans l'Union.", "Polar Info", "ORG"),
        ("La décision a été prise par un tribunal de Novgorod en mars.", "tribunal de Novgorod", "ORG"),
        ("Le parquet russe a demandé le classement de la société.", "parquet russe", "ORG"),
        ("Le ministère italien de l'Intérieur a répondu aux critiques.", "ministère italien de l'Intérieur", "ORG"),
        ("L'administration Obama avait défendu la neutralité du réseau.", "administration Obama", "ORG"),
        ("Le tribunal Basmanny a ordonné le blocage de la messagerie Ondra.", "tribunal Basmanny", "ORG"),
        ("Le tribunal Basmanny a ordonné le blocage de la messagerie Ondra.", "Ondra", "ORG"),
        ("Le chanteur a rejoint la plateforme de streaming Flowly en mars.", "Flowly", "ORG"),
        ("Le ministère des Transports et de la Mer a répondu aux critiques.", "ministère des Transports et de la Mer", "ORG"),
        ("Le chef du gouvernement Paul Martin a répondu aux critiques.", "Paul Martin", "PER"),
        # one word read as a person after a noun that introduces an organisation
        ("Le site Zorbly a publié une longue enquête.", "Zorbly", "ORG"),
        # an institution the model reads without its country: the country is part of its name
        ("La Cour suprême du Brésil a suspendu la plateforme.", "Cour suprême du Brésil", "ORG"),
        ("Le Parlement du Kenya a voté la loi.", "Parlement du Kenya", "ORG"),
        # a capitalised noun of an organisation opens the name it stands before
        ("Le projet est lancé avec le soutien de la Fondation Zorbly.", "Fondation Zorbly", "ORG"),
        ("Il a rejoint le Parti de la Bretagne en 2009.", "Parti de la Bretagne", "ORG"),
        ("Le parti est dissous le 11 décembre par le Parti pour une cause commune, puis recréé.", "Parti pour une cause commune", "ORG"),
        # an institution's name takes the adjective of its country
        ("La Cour constitutionnelle turque a dissous le parti.", "Cour constitutionnelle turque", "ORG"),
        # after its complement too: another country's ministry of that name is another ministry
        ("Le ministère de la Défense belge a porté plainte contre la société.", "ministère de la Défense belge", "ORG"),
        # a name that opens on an article is a title, with its capitalised complement, past an adjective
        ("Le gouvernement a dissous le collectif écologiste Les Amis de la Mer.", "Les Amis de la Mer", "ORG"),
        # a body of an organisation, with the organisation's whole name as the model read it
        ("Le Bureau de l'Assemblée nationale a prononcé une censure contre le député.", "Bureau de l'Assemblée nationale", "ORG"),
        # an ambassador's surname right after the noun
        ("Jeanne Morel a reçu l'ambassadeur Okonkwo.", "Okonkwo", "PER"),
        # the diplomacy, the opposition and the junta of a country, named by its adjective, of states
        # that are no more too
        ("La diplomatie canadienne a convoqué l'ambassadeur.", "diplomatie canadienne", "ORG"),
        ("Le ministre a reçu les chefs de l'opposition moldave.", "opposition moldave", "ORG"),
        ("La junte guinéenne a suspendu la chaîne.", "junte guinéenne", "ORG"),
        ("Les Douze ont condamné les violences de la police yougoslave.", "police yougoslave", "ORG"),
    ],
)
def test_a_noun_introduces_a_name_the_model_misses(nlp, text, name, label):
    doc = nlp(text)
    assert (name, label) in [(e.text, e.label_) for e in doc.ents]


@pytest.mark.parametrize(
    "text",
    [
        "La plateforme Internet a été critiquée par les élus.",  # a common word, even capitalised
        "Le groupe a publié ses comptes. Son site a été fermé.",  # no name after the noun
    ],
)
def test_a_noun_without_a_name_after_it_adds_nothing(nlp, text):
    doc = nlp(text)
    assert [e.text for e in doc.ents] == []


@pytest.mark.parametrize(
    ("words", "pos", "name_at"),
    [
        # « le ministre des affaires étrangères Y »: the lower-case complement of the role, then the name
        (["ministre", "des", "affaires", "étrangères", "Tomas", "Hruby"], ["NOUN", "ADP", "NOUN", "ADJ", "PROPN", "PROPN"], 4),
        # « le ministre de l'Intérieur Y »: a capitalised complement is no name, nothing is skipped
        (["ministre", "de", "l'", "Intérieur", "Tomas", "Hruby"], ["NOUN", "ADP", "DET", "PROPN", "PROPN", "PROPN"], 1),
        # « le ministre des affaires étrangères a dit »: no name after the complement
        (["ministre", "des", "affaires", "étrangères", "a", "dit"], ["NOUN", "ADP", "NOUN", "ADJ", "AUX", "VERB"], 1),
    ],
)
def test_a_role_s_lower_case_complement_is_passed_before_a_name(words, pos, name_at):
    import spacy
    from spacy.tokens import Doc

    from techpolgraph.nlp.components import _past_lower_complement

    doc = Doc(spacy.blank("fr").vocab, words=words, pos=pos)
    assert _past_lower_complement(doc, 1) == name_at


def test_a_capitalised_role_before_a_name_is_no_entity(nlp):
    doc = nlp("Je tiens à remercier chaleureusement l'Ambassadrice Jeanne Morel pour le travail accompli.")
    assert [(e.text, e.label_) for e in doc.ents] == [("Jeanne Morel", "PER")]


def test_a_person_after_a_title_inside_a_name_run_over_it_is_a_person(nlp):
    doc = nlp("Nous avons parlé avec le ministre de l'Agriculture, de la Pêche et de la Forêt Mme Sylvie Renard hier.")
    assert ("Sylvie Renard", "PER") in [(e.text, e.label_) for e in doc.ents]
    assert not [e.text for e in doc.ents if "Mme" in e.text]


def test_a_surname_in_capitals_then_a_given_name_ends_before_its_role(nlp):
    doc = nlp("Rencontre de M. Paul DURAND Président du Sénat et de M. WU Lianbo Président de la Chine populaire à l'issue de leur dîner.")
    assert ("WU Lianbo", "PER") in [(e.text, e.label_) for e in doc.ents]
    assert not [e.text for e in doc.ents if "Président" in e.text and e.label_ == "PER"]


def test_a_name_in_capitals_after_a_capitalised_role_is_a_person_but_an_acronym(nlp):
    doc = nlp("Suite à la charte que nous avons signée en avril 96 avec le Président LIANG ZEMIN, nous avançons. Le Président LR de la région est venu.")
    assert [(e.text, e.label_) for e in doc.ents if e.label_ == "PER"] == [("LIANG ZEMIN", "PER")]


def test_a_capitalised_role_alone_and_a_heading_noun_are_no_name(nlp):
    doc = nlp("Commission d'enquête sur les dérives des plateformes, compte rendu n° 3, audition de M. Paul Martin, 9 avril 2025\n\nPrésidence de M. Luc Bernard, président.\n\nLundi, l'Ambassadeur est allé à Lyon. L'Ambassadeur a ensuite déjeuné avec Jean Roux, doyen de la faculté.")
    assert [e.text for e in doc.ents if e.label_ == "PER"] == ["Paul Martin", "Luc Bernard", "Jean Roux"]


def test_a_greeting_and_its_address_are_no_name(nlp):
    doc = nlp("Bonjour Mesdames et Messieurs, je suis heureux d'être ici.")
    assert [e.text for e in doc.ents] == []


def test_a_people_with_the_place_it_lives_in_is_no_name(nlp):
    doc = nlp("Les corsaires parviennent en 1518 à chasser les Espagnols d'Oran.")
    assert [e.text for e in doc.ents if "Espagnols" in e.text] == []


def test_a_pronoun_opening_a_line_is_no_name(nlp):
    doc = nlp("Monsieur le Président,\nNous nous étions vus à Strasbourg le 1er juillet.")
    assert [e.text for e in doc.ents if e.text.startswith("Nous")] == []
    assert ("Strasbourg", "LOC") in [(e.text, e.label_) for e in doc.ents]


def test_a_party_label_before_a_name_is_no_part_of_it(nlp):
    doc = nlp("Le ministre a critiqué l'eurodéputé Vert Paul MARTIN.")
    assert ("Paul MARTIN", "PER") in [(e.text, e.label_) for e in doc.ents]


def test_an_initial_written_against_a_surname_is_a_person(nlp):
    doc = nlp("Dans les jours suivants, P.Martin se retrouve en tête des sondages.")
    assert ("P.Martin", "PER") in [(e.text, e.label_) for e in doc.ents]


def test_a_descriptive_word_opening_a_sentence_before_il_is_no_name(nlp):
    doc = nlp("Adolescent, il fréquente un mouvement de jeunesse.")
    assert "Adolescent" not in [e.text for e in doc.ents]


def test_an_office_at_a_place_is_no_body(nlp):
    doc = nlp("Le député a quitté son bureau de Lyon.")
    assert [(e.text, e.label_) for e in doc.ents] == [("Lyon", "LOC")]


def test_a_role_and_its_place_opening_a_sentence_is_no_name(nlp):
    doc = nlp("Sénateur du Morbihan de 1981 à 1988, il est ensuite nommé ministre.")
    assert not any(e.text.startswith("Sénateur") for e in doc.ents)


def test_a_known_person_after_a_capitalised_role_keeps_the_name_alone(nlp):
    # the model may run the name on into the decoration's name (« ... Macron de la Grande croix »)
    doc = nlp("Le Président slovène a ensuite décoré le Président Emmanuel Macron de la Grande croix de l'Ordre du Lynx.")
    assert ("Emmanuel Macron", "PER") in [(e.text, e.label_) for e in doc.ents]


def test_a_capitalised_prosecutor_of_a_court_is_no_place(nlp):
    # the model reads « le Procureur de la République de Villefranche » as a place; it is the
    # role of the person named after the comma
    doc = nlp("Dans une note rendue en mai 2001, le Procureur de la République de Villefranche, Marc Dumas, estime que la lettre suffit.")
    assert [(e.text, e.label_) for e in doc.ents] == [("Marc Dumas", "PER")]


def test_an_indian_honorific_is_no_part_of_the_name(nlp):
    doc = nlp("Le Premier ministre de l'Inde, Shri Ravi Kapoor, a reçu Anne Roux.")
    assert ("Ravi Kapoor", "PER") in [(e.text, e.label_) for e in doc.ents]


def test_a_person_before_a_place_stays_a_person(nlp):
    doc = nlp("Paul Martin avait dénoncé le soutien de Luc Bernard à Jeanne Morel en Île-de-France.")
    assert ("Jeanne Morel", "PER") in [(e.text, e.label_) for e in doc.ents]


@pytest.mark.parametrize("text", ["Paul Martin a critiqué la Bretonne Jeanne Morel.", "Le Californien Luc Bernard a parlé."])
def test_a_region_s_people_noun_before_a_name_is_no_place(nlp, text):
    assert [e.label_ for e in nlp(text).ents] == ["PER"] * (2 if "Paul" in text else 1)


def test_an_opening_descriptor_before_a_subject_pronoun_is_no_place(nlp):
    assert [e.text for e in nlp("Europhobe, il devient un donateur du parti. Paris, il y pleut.").ents] == ["Paris"]


def test_a_place_before_a_name_after_a_comma_stays_a_place(nlp):
    doc = nlp("Paul Martin a parlé à Lyon, Jeanne Morel à Marseille.")
    assert ("Lyon", "LOC") in [(e.text, e.label_) for e in doc.ents]


@pytest.mark.parametrize("text", ["Professeure de philosophie, elle est élue en 2014.", "Avocat de formation, il rejoint le parti."])
def test_an_occupation_opening_a_sentence_is_no_name(nlp, text):
    assert [e.text for e in nlp(text).ents] == []


def test_a_party_of_a_person_is_no_name_of_a_party(nlp):
    doc = nlp("Il a quitté le Parti de Paul Martin en 2009.")
    assert ("Paul Martin", "PER") in [(e.text, e.label_) for e in doc.ents]
    assert not any(e.text.startswith("Parti de") for e in doc.ents)


def test_a_longer_organisation_beginning_with_a_known_name_is_another_one(nlp):
    doc = nlp("Lundi, Google Cloud Platform a coupé le service.")
    assert [(e.text, e.label_) for e in doc.ents] == [("Google Cloud Platform", "ORG")]


def test_a_person_read_with_the_organisation_after_de_is_cut(nlp):
    doc = nlp(
        "Oskar Brenner a fondé Klavio. Le réseau a banni Oskar Brenner de Klavio après sa dernière vidéo. "
        "Charles de Gaulle n'y est pour rien."
    )
    ents = [(e.text, e.label_) for e in doc.ents]
    assert "Oskar Brenner de Klavio" not in [text for text, _ in ents]
    assert ("Charles de Gaulle", "PER") in ents


def test_an_institution_of_a_named_person_leaves_the_person(nlp):
    doc = nlp("Le gouvernement de Gabriel Attal a démissionné hier soir.")
    assert ("Gabriel Attal", "PER") in [(e.text, e.label_) for e in doc.ents]


@pytest.mark.parametrize(
    ("text", "name"),
    [
        ("Hugo Castagnac et Hélène Castagnac ont quitté la ville.", "Hugo Castagnac"),
        ("Claire Vendôme a présenté son rapport au conseil.", "Claire Vendôme"),
    ],
)
def test_a_known_first_name_and_a_capitalised_word_are_a_person(nlp, text, name):
    doc = nlp(text)
    assert (name, "PER") in [(e.text, e.label_) for e in doc.ents]


def test_the_companies_of_a_head_are_organisations_even_in_a_list(nlp):
    # the model reads « Talma » and « Selma » as persons
    doc = nlp("Le ministre recevra les patrons de Pixelia, de Vexor et de Talma. Il connaît les fondateurs de Brivo et de Selma.")
    assert {"Talma", "Selma"} <= {e.text for e in doc.ents if e.label_ == "ORG"}
    assert not [e for e in doc.ents if e.label_ == "PER"]


def test_a_company_suffix_does_not_make_another_company(nlp):
    doc = nlp("La société Palantir Technologies a signé le contrat, puis Palantir a confirmé.")
    assert [(e.text, e.label_) for e in doc.ents] == [("Palantir", "ORG"), ("Palantir", "ORG")]


@pytest.mark.parametrize(
    ("text", "name"),
    [
        ("Le Président Paul Martin a reçu les syndicats.", "Paul Martin"),
        ("La Chancelière Jeanne Morel a reçu les syndicats.", "Jeanne Morel"),
        ("Il a accepté l'invitation du Président Garnier à Lyon.", "Garnier"),
    ],
)
def test_a_capitalised_role_before_a_name_is_no_part_of_it(nlp, text, name):
    doc = nlp(text)
    assert (name, "PER") in [(e.text, e.label_) for e in doc.ents]


def test_a_monarch_named_with_the_place_he_reigned_over_is_one_person(nlp):
    doc = nlp("L'entrevue a lieu en 1808 entre Napoléon Ier, Charles IV d'Espagne et Manuel Godoy.")
    assert ("Charles IV d'Espagne", "PER") in [(e.text, e.label_) for e in doc.ents]


def test_a_place_read_with_a_person_the_document_names_is_cut(nlp):
    doc = nlp("Paul Martin a rejoint sur la scène du Théâtre de Lyon Luc Bernard, le fondateur de Pixelia. Luc Bernard a parlé.")
    ents = [(e.text, e.label_) for e in doc.ents]
    assert ("Théâtre de Lyon", "LOC") in ents and ents.count(("Luc Bernard", "PER")) == 2


def test_no_name_ends_on_an_article(nlp):
    doc = nlp("Paul Martin a reçu la ministre de la Santé et des Affaires sociales de la République française.")
    assert not [e.text for e in doc.ents if e.text.split()[-1].lower() in ("de", "la", "du", "des")]


@pytest.mark.parametrize("text", ["Monsieur le Président, je vous adresse mes félicitations.", "Je remercie Madame la Ministre pour son accueil."])
def test_a_title_and_a_role_in_address_are_no_name(nlp, text):
    assert [e.text for e in nlp(text).ents if e.label_ == "PER"] == []


def test_a_capitalised_role_after_a_name_is_no_part_of_it(nlp):
    doc = nlp("Son Excellence Monsieur Karl BRANDT Chancelier de la République fédérale.")
    assert [e.text for e in doc.ents if e.label_ == "PER"] == ["Karl BRANDT"]


@pytest.mark.parametrize(
    ("text", "names"),
    [
        ("Présidence de M. Paul Martin Président\n\nLa séance est ouverte.", ["Paul Martin"]),
        ("Présidence de M. Bruno Le Maire\n\nLa séance est ouverte.", ["Bruno Le Maire"]),
    ],
)
def test_the_role_that_ends_a_heading_line_is_no_part_of_the_name(nlp, text, names):
    """« Présidence de M. X Président »: the minutes' heading names the chair, then the role."""
    assert [e.text for e in nlp(text).ents if e.label_ == "PER"] == names


def test_a_surname_after_a_titled_first_name_completes_it(nlp):
    """« Audition de M. Paul Martin président ... », where the model stops at the first name:
    the capitalised word after it is the surname."""
    doc = nlp("Audition de M. Thibault Carlier président du groupe Vexa\n\nPaul Martin, président :")
    assert [e.text for e in doc.ents if e.label_ == "PER"] == ["Thibault Carlier", "Paul Martin"]




def test_a_surname_of_two_words_after_a_known_first_name_stays_whole(nlp):
    # the model may end the person at its second word; a third proper name before a comma goes on
    doc = nlp("Il a confirmé son appui à la candidature de Thomas Garro Chambrier, encore en lice.")
    assert ("Thomas Garro Chambrier", "PER") in [(e.text, e.label_) for e in doc.ents]



def test_an_opening_first_person_plural_imperative_is_a_verb(nlp):
    said = nlp("Je le dis. Soulignons aussi l'engagement de Paul Martin. Saluons M. Luc Bernard.")
    assert [(t.pos_, t.lemma_, t.morph.get("Mood")) for t in (said[4], said[12])] == [("VERB", "souligner", ["Imp"]), ("VERB", "saluer", ["Imp"])]
    assert [e.text for e in said.ents if e.label_ == "PER"] == ["Paul Martin", "Luc Bernard"]
    listed = nlp("Je le dis. Réunions et rapports : Paul Martin préside la commission.")
    assert listed[4].pos_ != "VERB"


def test_a_clipped_honorific_is_no_name(nlp):
    doc = nlp("Les diplomates ont rencontré Mme Anne Durand en présence de Son Exc. ")
    assert [e.text for e in doc.ents] == ["Anne Durand"]


@pytest.mark.parametrize(
    "text, name",
    [
        ("Vexa a saisi l'Autorité de protection des données contre la nouvelle politique de Paul Martin.", "Autorité de protection des données"),
        ("La Ligue nationale contre le cancer a saisi le tribunal.", "Ligue nationale contre le cancer"),
    ],
)
def test_an_organisation_s_name_ends_before_contre_past_its_own_complement(nlp, text, name):
    # the model may run a body's name on into the complaint's « contre »; a name made with
    # « contre » and no complement before it keeps it
    assert name in [e.text for e in nlp(text).ents if e.label_ == "ORG"]


def test_a_turn_s_first_pronoun_is_no_part_of_its_label(nlp):
    # « ANNE DURAND Vous avez ... »: the model may read the label and the turn's first word as one name
    doc = nlp("ANNE DURAND Vous avez décidé d'interdire l'application aux agents.\n\nPAUL MARTIN Oui.")
    assert "Vous" not in " ".join(e.text for e in doc.ents if e.label_ == "PER")
