"""The resolver's rules for names, acronyms, descriptions and renamed organisations, on short
French texts written for the tests (other names than real ones where the rule allows).

Each test checks where a mention lands and why, and its precision side: what must stay apart.
"""

from __future__ import annotations

import pytest

from techpolgraph.build import analyse
from techpolgraph.corpus import make_document
from techpolgraph.models import EntityKind
from techpolgraph.resolve import link_entities

pytestmark = pytest.mark.model


def labels_of(entities, links, analysis, text):
    """The labels of the corpus entities the mentions written ``text`` of ``analysis`` land on."""
    by_id = {e.id: e.label for e in entities}
    doc = analysis.document.id
    return sorted({by_id[links[(doc, m.cluster)]] for m in analysis.mentions if m.text == text and m.cluster})


def person_labels(entities):
    return sorted(e.label for e in entities if e.kind is EntityKind.PERSON)


# -- surnames across documents -------------------------------------------------------------------


def test_a_surname_joins_the_one_full_name_of_the_corpus_with_its_reason(analyse_text):
    full = analyse_text("Hugo Verlaine a présenté le budget de la ville.", date="2022-03-01", id="a.txt")
    bare = analyse_text("Verlaine a défendu son budget devant le conseil.", date="2022-03-04", id="b.txt")
    entities, links = link_entities([full, bare])
    assert labels_of(entities, links, bare, "Verlaine") == ["Hugo Verlaine"]
    hugo = next(e for e in entities if e.label == "Hugo Verlaine")
    assert any(m.reason == "surname of the one full name in the corpus" and m.doc == "b.txt" for m in hugo.merges)


@pytest.mark.parametrize(
    "full_text, bare_text, written, label, two_text, alone, reason",
    [
        # its particle (« De Verlaine »), its article (« Le Verrier »), another spelling (« Zabrodskyy »)
        ("Hugo de Verlaine a présenté le budget de la ville.", "En mars, De Verlaine a défendu son budget devant le conseil.",
         "De Verlaine", "Hugo de Verlaine", "Hugo de Verlaine et Anne de Verlaine ont quitté Lyon.", "De Verlaine", "surname of the one full name in the corpus"),
        ("M. Hugo Le Verrier a présenté le budget de la ville.", "En mars, M. Le Verrier a défendu son budget devant le conseil.",
         "Le Verrier", "Hugo Le Verrier", "Hugo Le Verrier et Marc Le Verrier ont quitté Lyon.", "Le Verrier", "surname of the one full name in the corpus"),
        ("Piotr Zabrodsky a présenté le budget de la ville.", "En mars, M. Zabrodskyy a défendu son budget devant le conseil.",
         "M. Zabrodskyy", "Piotr Zabrodsky", "Piotr Zabrodsky et Anna Zabrodskyi ont quitté Lyon.", "Zabrodskyy",
         "another spelling of the surname of the one full name in the corpus"),
    ],
)
def test_a_surname_alone_joins_the_one_full_name_of_the_corpus_it_may_be(analyse_text, full_text, bare_text, written, label, two_text, alone, reason):
    full = analyse_text(full_text, date="2022-03-01", id="a.txt")
    bare = analyse_text(bare_text, date="2022-03-04", id="b.txt")
    entities, links = link_entities([full, bare])
    assert labels_of(entities, links, bare, written) == [label]
    person = next(e for e in entities if e.label == label)
    assert any(m.reason == reason and m.doc == "b.txt" for m in person.merges)
    two = analyse_text(two_text, date="2022-03-01", id="c.txt")
    entities, links = link_entities([two, bare])
    assert labels_of(entities, links, bare, written) == [alone]  # two candidates: apart


def test_a_surname_joined_to_a_particle_by_a_hyphen_is_a_name_and_is_written_without_it(analyse_text):
    # « Karim al-Hadi »: kept as a name (not dropped as a name glued to a lower-case word), and
    # « Hadi » alone, in the same article or another, is that person
    full = analyse_text("Karim al-Hadi a reçu Paul Martin à Amman. Hadi a ensuite critiqué Jeanne Morel.", date="2022-03-01", id="a.txt")
    bare = analyse_text("Hadi a défendu son budget devant le conseil.", date="2022-03-04", id="b.txt")
    entities, links = link_entities([full, bare])
    assert labels_of(entities, links, full, "Hadi") == ["Karim al-Hadi"]
    assert labels_of(entities, links, bare, "Hadi") == ["Karim al-Hadi"]
    # two people of that surname: apart
    two = analyse_text("Karim al-Hadi et Walid al-Hadi ont quitté Amman.", date="2022-03-01", id="c.txt")
    entities, links = link_entities([two, bare])
    assert labels_of(entities, links, bare, "Hadi") == ["Hadi"]


def test_a_surname_in_capitals_after_its_particle_keeps_a_word_that_is_also_a_role(analyse_text):
    # « Bruno LE MAIRE » as transcripts print it: « MAIRE » is the surname's, not the role « maire »
    a = analyse_text("Paul Martin a reçu Jean LE MAIRE hier à Lyon.", date="2023-03-21")
    assert "Jean LE MAIRE" in [m.text for m in a.mentions]
    b = analyse_text("Paul Martin a reçu Vaclav KLAUS Président de la République tchèque.", date="2003-03-21")
    assert "Vaclav KLAUS" in [m.text for m in b.mentions]


def test_a_full_name_with_middle_names_before_a_particle_is_the_same_person(analyse_text):
    text = "Hugo Castel de Verlaine, dit Hugo de Verlaine, est maire de Lyon. Hugo de Verlaine a reçu Paul Martin."
    analysis = analyse_text(text, date="2022-03-01", id="a.txt")
    entities, links = link_entities([analysis])
    assert labels_of(entities, links, analysis, "Hugo de Verlaine") == ["Hugo Castel de Verlaine"]


def test_il_est_proche_de_names_someone_and_is_no_impersonal_il(analyse_text):
    # « il est proche de X » is the person of the sentence before; « il est possible de » is no one
    text = "Hugo Verlaine est diplomate. Il est proche de Paul Martin. Il devient ministre en 2004."
    analysis = analyse_text(text, date="2022-03-01", id="a.txt")
    entities, links = link_entities([analysis])
    assert labels_of(entities, links, analysis, "Il") == ["Hugo Verlaine"]


def test_first_names_cut_from_the_rest_of_the_name_are_one_name(analyse_text):
    # « Antoine Octave Hugo Verlaine »: the model may read « Antoine Octave » apart; « il » is the one person
    text = "Antoine Octave Hugo Verlaine est un homme politique né à Brest. Pendant la guerre, il soutient Paul Martin."
    analysis = analyse_text(text, date="2022-03-01", id="a.txt")
    entities, links = link_entities([analysis])
    assert person_labels(entities) == ["Antoine Octave Hugo Verlaine", "Paul Martin"]


def test_a_feminine_title_picks_the_one_woman_of_that_surname(analyse_text):
    couple = analyse_text("Paul Lavergne et Claire Lavergne ont quitté Lyon.", date="2021-01-20", id="a.txt")
    titled = analyse_text("Mme Lavergne a visité une école de Nantes.", date="2021-03-01", id="b.txt")
    bare = analyse_text("Lavergne a visité une usine de Nantes.", date="2021-03-02", id="c.txt")
    entities, links = link_entities([couple, titled, bare])
    assert labels_of(entities, links, titled, "Mme Lavergne") == ["Claire Lavergne"]
    # no context: the surname alone stays its own node, neither of the two
    assert labels_of(entities, links, bare, "Lavergne") == ["Lavergne"]


def test_a_surname_is_not_given_to_a_relative_of_a_well_known_namesake(analyse_text):
    # the corpus names only Eric Trump in full; "Trump" alone is far more often his father
    son = analyse_text("Eric Trump a visité l'usine de Detroit.", date="2019-03-01", id="a.txt")
    bare = analyse_text("Trump a promis des emplois aux ouvriers.", date="2019-03-03", id="b.txt")
    entities, links = link_entities([son, bare])
    assert labels_of(entities, links, bare, "Trump") != ["Eric Trump"]


@pytest.mark.parametrize("family", ["Les frères Lavergne", "La famille Lavergne", "Les Lavergne"])
def test_a_family_named_by_its_surname_is_no_one_person_of_that_surname(analyse_text, family):
    # « les frères Lavergne » are not Claire Lavergne, in another document nor in hers
    one = analyse_text("Claire Lavergne a quitté Lyon.", date="2021-01-20", id="a.txt")
    group = analyse_text(f"{family} ont versé un million pour soutenir Paul Martin.", date="2021-03-01", id="b.txt")
    entities, links = link_entities([one, group])
    assert labels_of(entities, links, group, "Lavergne") == ["Lavergne"]
    both = analyse_text(f"Claire Lavergne a quitté Lyon. {family} ont soutenu Paul Martin.", date="2021-01-20", id="c.txt")
    joined = [m for m in both.mentions if m.text == "Lavergne" and m.cluster]
    assert joined == [] or all({e.id: e.name for e in both.entities}[m.cluster] == "Lavergne" for m in joined)


def test_within_a_document_mme_picks_the_woman_of_two_namesakes(analyse_text):
    a = analyse_text(
        "Paul Lavergne et Claire Lavergne ont quitté Lyon. Mme Lavergne a ensuite rejoint Paris.", date="2021-01-20"
    )
    names = {e.id: e.name for e in a.entities}
    found = [m for m in a.mentions if m.text == "Mme Lavergne" and m.cluster]
    assert [names[m.cluster] for m in found] == ["Claire Lavergne"]


# -- roles in undated articles -------------------------------------------------------------------


@pytest.mark.parametrize(
    "text, role_text, holder, reason",
    [
        ("Donald Trump a dîné avec Elon Musk. Le président américain a salué son invité.", "Le président américain", "Donald Trump", "undated article"),
        # not the one the text calls its former holder
        (
            "L'ancien président américain Barack Obama a critiqué Donald Trump. Le président américain a répondu par un discours.",
            "Le président américain",
            "Donald Trump",
            "not called its former holder",
        ),
        ("L'ex-président Nicolas Sarkozy votera pour Emmanuel Macron. Le président sortant a remercié son aîné.", "Le président sortant", "Emmanuel Macron", "in play"),
    ],
)
def test_a_role_in_an_undated_article_is_the_one_person_in_play_who_holds_it(analyse_text, text, role_text, holder, reason):
    a = analyse_text(text)
    names = {e.id: e.name for e in a.entities}
    role = next(m for m in a.mentions if m.text == role_text)
    assert names[role.cluster] == holder
    assert reason in role.reason


def test_a_role_in_an_undated_article_with_two_past_holders_in_play_stays_unresolved(analyse_text):
    a = analyse_text("Donald Trump a critiqué Barack Obama. Le président américain a répondu par un discours.")
    role = next(m for m in a.mentions if m.text == "Le président américain")
    names = {e.id: e.name for e in a.entities}
    assert names.get(role.cluster, "") not in ("Donald Trump", "Barack Obama")


# -- acronyms --------------------------------------------------------------------------------------


def test_an_acronym_defined_in_parentheses_joins_its_full_name_here_and_in_other_articles(analyse_text):
    defined = analyse_text(
        "L'Association lyonnaise des joueurs de go (ALJG) a écrit au maire. L'ALJG réclame une salle.",
        date="2023-02-01",
        id="a.txt",
    )
    names = {e.id: e.name for e in defined.entities}
    aljg = [m for m in defined.mentions if m.text == "ALJG"]
    assert len(aljg) == 2 and {names[m.cluster] for m in aljg} == {"Association lyonnaise des joueurs de go"}
    assert aljg[0].reason == "acronym given in parentheses after the full name"
    alone = analyse_text("L'ALJG a obtenu sa salle après un vote du conseil.", date="2023-03-01", id="b.txt")
    entities, links = link_entities([defined, alone])
    assert labels_of(entities, links, alone, "ALJG") == ["Association lyonnaise des joueurs de go"]


def test_a_persons_alias_joins_them_here_and_in_other_articles(analyse_text):
    defined = analyse_text("Le rappeur Hugo Verlaine, alias Tomas Lenoir, a sorti un album. Lenoir part en tournée.", date="2023-02-01", id="a.txt")
    names = {e.id: e.name for e in defined.entities}
    assert {names[m.cluster] for m in defined.mentions if m.text in ("Tomas Lenoir", "Lenoir")} == {"Hugo Verlaine"}
    assert any(m.reason == "other name of a person given after « alias »" for m in defined.mentions if m.text == "Tomas Lenoir")
    alone = analyse_text("Tomas Lenoir a rempli la salle de Lyon.", date="2023-03-01", id="b.txt")
    other = analyse_text("Le rappeur Paul Dufresne, ami de Tomas Lenoir, a sorti un album.", date="2023-03-02", id="c.txt")
    entities, links = link_entities([defined, alone])
    assert labels_of(entities, links, alone, "Tomas Lenoir") == labels_of(entities, links, defined, "Hugo Verlaine")
    # a friend named beside a person is no other name of theirs
    assert {e.name for e in other.entities if e.kind is EntityKind.PERSON} == {"Paul Dufresne", "Tomas Lenoir"}


def test_initials_of_a_full_name_in_the_same_article_join_it(analyse_text):
    a = analyse_text("Le fonds Atlas Research Partners a investi. ARP détient désormais 5 % du capital.")
    names = {e.id: e.name for e in a.entities}
    arp = next(m for m in a.mentions if m.text == "ARP")
    assert names[arp.cluster] == "Atlas Research Partners" and arp.reason == "acronym of a full name in the same document"


def test_initials_of_a_camel_case_name_in_the_same_article_join_it(analyse_text):
    """« AggregateIQ » and « AIQ »: a one-word name gives the acronym of its capitals (three at least)."""
    a = analyse_text("La firme DataBridgeLab a investi à Lyon. DBL détient désormais 5 % du capital. La société PixelWorks aussi, et PW en détient 3 %.")
    names = {e.id: e.name for e in a.entities}
    assert names[next(m for m in a.mentions if m.text == "DBL").cluster] == "DataBridgeLab"
    assert names[next(m for m in a.mentions if m.text == "PW").cluster] == "PW"  # two capitals: too short to tell


def test_a_capitalised_type_noun_before_another_name_of_the_article_only_says_what_it_is(analyse_text):
    """« le Groupe TF1 » beside « TF1 »: one organisation; « le Parti Pixelia » alone keeps its name."""
    a = analyse_text("Canal+ a coupé le signal des chaînes du Groupe TF1. TF1 a protesté. Le Parti Pixelia a exclu Paul Martin.")
    names = {e.name for e in a.entities if e.kind is EntityKind.ORGANISATION}
    assert "TF1" in names and "Groupe TF1" not in names and "Parti Pixelia" in names


def test_initials_may_leave_out_a_final_adjective_of_nationality(analyse_text):
    a = analyse_text("Le Parti radical portugais a exclu Ana Lopes. Le PRP a jugé sa faute très grave. Elle a quitté le PR.")
    names = {e.id: e.name for e in a.entities}
    assert names[next(m for m in a.mentions if m.text == "PRP").cluster] == "Parti radical portugais"
    assert names[next(m for m in a.mentions if m.text == "PR").cluster] == "Parti radical portugais"


def test_initials_shared_by_two_full_names_stay_unresolved(analyse_text):
    a = analyse_text("Atlas Research Partners a investi aux côtés d'Alpine Rail Products. ARP détient 5 % du capital.")
    names = {e.id: e.name for e in a.entities}
    assert {"Atlas Research Partners", "Alpine Rail Products"} <= set(names.values())
    for m in a.mentions:
        if m.text == "ARP" and m.cluster:
            assert names[m.cluster] not in ("Atlas Research Partners", "Alpine Rail Products")


@pytest.mark.parametrize(
    ("text", "acronym", "full"),
    [
        ("La Cnil a mis en demeure la société.", "Cnil", "Commission nationale de l'informatique et des libertés"),
        ("Le FBI a ouvert une enquête.", "FBI", "Federal Bureau of Investigation"),
        ("Le RN a voté contre le texte.", "RN", "Rassemblement national"),
    ],
)
def test_well_known_acronyms_are_their_full_names(analyse_text, text, acronym, full):
    a = analyse_text(text, date="2023-01-01")
    names = {e.id: e.name for e in a.entities}
    m = next(m for m in a.mentions if m.text == acronym)
    assert names[m.cluster] == full


# -- descriptions of organisations -----------------------------------------------------------------


def _landing(analysis, text):
    names = {e.id: e.name for e in analysis.entities}
    found = [m for m in analysis.mentions if m.text == text]
    assert found, f"no mention {text!r} in {[m.text for m in analysis.mentions]}"
    return [names.get(m.cluster, "") for m in found]


@pytest.mark.parametrize(
    ("text", "description", "organisation"),
    [
        ("Google a été condamné à une amende. La firme de Mountain View a fait appel.", "La firme de Mountain View", "Google"),
        ("Apple a critiqué la Commission européenne. Le géant de Cupertino dénonce une décision injuste.", "Le géant de Cupertino", "Apple"),
        ("Telegram a été bloqué en Espagne. La messagerie a refusé de livrer ses données.", "La messagerie", "Telegram"),
        ("Le réseau social Facebook a banni un élu. Le réseau social a justifié sa décision.", "Le réseau social", "Facebook"),
        ("Elon Musk a racheté Twitter en 2022. La plateforme a ensuite suspendu des journalistes.", "La plateforme", "Twitter"),
        ("Bruxelles a ouvert une enquête sur Google. Le moteur de recherche conteste les faits.", "Le moteur de recherche", "Google"),
        ("Le Front national a tenu son congrès à Lille. Le parti a exclu Paul Garnier.", "Le parti", "Front national"),
        ("Le Parti pirate a tenu son congrès à Lille. Le parti a exclu Paul Garnier.", "Le parti", "Parti pirate"),  # a party by its name
        ("L'Arcom a sanctionné CNews. La chaîne a contesté la décision.", "La chaîne", "CNews"),
        ("Paul Garnier a critiqué TF1. La chaîne d'information a répondu à Paul Garnier.", "La chaîne d'information", "TF1"),
        # a well-known institution or newspaper named since is of a type of its own, no candidate
        ("Le réseau social TikTok est critiqué. Après la Commission européenne, le Parlement européen a banni le réseau social.", "le réseau social", "TikTok"),
        ("Google a changé ses règles, selon Le Monde. Le moteur de recherche conteste les faits.", "Le moteur de recherche", "Google"),
    ],
)
def test_a_description_joins_the_one_organisation_in_play_of_its_type(analyse_text, text, description, organisation):
    a = analyse_text(text, date="2023-06-01")
    assert _landing(a, description) == [organisation]
    reason = next(m.reason for m in a.mentions if m.text == description)
    assert reason.startswith("description of an organisation (the one organisation in play of type")


@pytest.mark.parametrize(
    ("text", "description"),
    [
        ("Meta et Google ont été convoqués par la commission. La firme a refusé de répondre.", "La firme"),  # two companies
        ("Le maire de Lyon a parlé. La société a refusé de répondre.", "La société"),  # no organisation in play
        # an organisation of no known type named since the one party in play: it may be the party
        ("Paul Garnier a quitté le Front national. Proche du MRL, il devient responsable dans ce parti.", "ce parti"),
        ("Apple a critiqué Google. Le géant de Redmond a gardé le silence.", "Le géant de Redmond"),  # neither is in Redmond
    ],
)
def test_a_description_with_no_or_two_candidates_stays_unresolved(analyse_text, text, description):
    a = analyse_text(text, date="2023-06-01")
    assert _landing(a, description) == [""]


FILLER = " Le débat a duré des heures. Les élus ont voté. La séance a été levée. Le texte part au Sénat. Rien n'a changé."


@pytest.mark.parametrize(
    ("text", "landing"),
    [
        # far from its last mention, the one social network the article names again and again
        ("Twitter a changé ses règles. Les règles de Twitter ont surpris." + FILLER + " Le média social a banni un élu.", "Twitter"),
        # named once, long before: no link
        ("Twitter a changé ses règles." + FILLER + " Le média social a banni un élu.", ""),
    ],
)
def test_a_description_far_from_its_candidate_needs_the_topic_of_the_article(analyse_text, text, landing):
    a = analyse_text(text, date="2023-06-01")
    assert _landing(a, "Le média social") == [landing]


def test_a_description_with_a_complement_is_something_else(analyse_text):
    a = analyse_text("Google a répondu aux questions. La société civile a protesté, et le groupe de travail a rendu son avis.")
    assert not [m for m in a.mentions if m.text.lower().startswith(("la société", "le groupe"))]


# -- renamed and parent organisations --------------------------------------------------------------


def test_a_renamed_platform_is_one_entity_under_both_names(analyse_text):
    before = analyse_text("Twitter a suspendu le compte du sénateur Paul Garnier.", date="2021-01-08", id="a.txt")
    after = analyse_text("X a rétabli le compte du sénateur Paul Garnier.", date="2023-11-01", id="b.txt")
    entities, links = link_entities([before, after])
    assert labels_of(entities, links, before, "Twitter") == labels_of(entities, links, after, "X") == ["X (Twitter)"]
    x = next(e for e in entities if e.label == "X (Twitter)")
    assert {a.text for a in x.aliases} == {"Twitter", "X"}
    assert any("renamed X on 2023-07-24" in m.reason for m in x.merges)


@pytest.mark.parametrize(
    "before_text, before_date, old, after_text, after_date, new, label",
    [
        ("Le FN a suspendu Paul Garnier. Le Front national a confirmé.", "2015-05-04", "FN",
         "Le Rassemblement national a réintégré Paul Garnier.", "2023-11-01", "Rassemblement national",
         "Rassemblement national (Front national)"),
        # a sovereignist party renamed in 2014: its old name and acronym, in an article of before
        ("Debout la République (DLR) a soutenu Paul Garnier. DLR a confirmé.", "2012-03-04", "DLR",
         "Debout la France a exclu Paul Garnier.", "2019-11-01", "Debout la France",
         "Debout la France (Debout la République)"),
    ],
)
def test_a_renamed_party_is_one_entity_under_both_names_and_its_acronym(analyse_text, before_text, before_date, old, after_text, after_date, new, label):
    before = analyse_text(before_text, date=before_date, id="a.txt")
    after = analyse_text(after_text, date=after_date, id="b.txt")
    entities, links = link_entities([before, after])
    assert labels_of(entities, links, before, old) == labels_of(entities, links, after, new) == [label]


def test_a_well_known_surname_inside_another_persons_name_is_that_other_person(analyse_text):
    # the shipped list knows « Musk » as Elon Musk: « Kimbal Musk », read whole by the model, is another person
    kimbal = analyse_text("Kimbal Musk a reçu Paul Garnier.", date="2023-01-01", id="a.txt")
    assert "Kimbal Musk" in {e.name for e in kimbal.entities}
    elon = analyse_text("Elon Musk a rencontré Paul Garnier.", date="2023-01-01", id="b.txt")
    alone = analyse_text("Musk a critiqué Paul Garnier.", date="2023-01-01", id="c.txt")
    entities, links = link_entities([kimbal, elon, alone])
    assert labels_of(entities, links, kimbal, "Kimbal Musk") == ["Kimbal Musk"]
    assert labels_of(entities, links, elon, "Elon Musk") == ["Elon Musk"]
    assert labels_of(entities, links, alone, "Musk") not in (["Elon Musk"], ["Kimbal Musk"])  # two of that surname


def test_facebook_the_platform_stays_apart_from_meta_the_company(analyse_text):
    a = analyse_text("Facebook a banni le compte de Paul Garnier. Meta a confirmé la décision.", date="2022-01-01")
    entities, links = link_entities([a])
    assert {"Facebook", "Meta"} <= {e.label for e in entities}


def test_the_parent_company_is_the_parent_of_an_organisation_in_play(analyse_text):
    a = analyse_text("Instagram et Meta ont été condamnés. La maison mère a fait appel.", date="2023-01-01")
    assert _landing(a, "La maison mère") == ["Meta"]
    b = analyse_text("Instagram et TikTok ont été condamnés. La maison mère a fait appel.", date="2023-01-01")
    assert _landing(b, "La maison mère") == [""]  # neither parent is named


def test_explain_shows_why_an_acronym_a_description_and_a_renaming_were_merged(nlp, tmp_path):
    import techpolgraph as tpg

    (tmp_path / "a.txt").write_text(
        "L'Association lyonnaise des joueurs de go (ALJG) a écrit à Google. Le moteur de recherche a répondu à "
        "l'association. Twitter a suspendu le compte de l'ALJG pendant une semaine.",
        encoding="utf-8",
    )
    (tmp_path / "b.txt").write_text(
        "Sur X, l'ALJG a critiqué Google pour sa réponse tardive, puis a annoncé un tournoi à Lyon.", encoding="utf-8"
    )
    kg = tpg.build(tmp_path, nlp=nlp, progress=False, cache=None)
    google = kg.explain("Google")
    assert "'Le moteur de recherche'" in google
    assert "description of an organisation (the one organisation in play of type search_engine)" in google
    assert "« Le moteur de recherche a répondu" in google
    aljg = kg.explain("ALJG")
    assert aljg.startswith("Association lyonnaise des joueurs de go (organisation:")
    assert "acronym given in parentheses after the full name" in aljg and "acronym defined in another document (a.txt)" in aljg
    assert "renamed X on 2023-07-24" in kg.explain("Twitter")


def test_a_name_that_only_qualifies_a_noun_puts_no_organisation_in_play(analyse_text):
    # « le compte YouTube de ... » names where an account is; « le réseau social » is another platform
    a = analyse_text(
        "Après la fermeture du compte YouTube de Paul Garnier, Google et Apple ont menacé de retirer "
        "l'application si le réseau social ne modérait pas ses contenus.",
        date="2021-01-10",
    )
    assert _landing(a, "le réseau social") == [""]


# -- near-identical names --------------------------------------------------------------------------


@pytest.mark.parametrize(
    ("first", "second", "label"),
    [
        ("Stephen Valmy", "Steve Valmy", None),  # a short form of the first name
        ("Laura Brigitte Marchal", "Laura Marchal", "Laura Brigitte Marchal"),  # a middle name
        ("Marc Dufresne", "Mark Dufresne", None),  # one letter off
        ("Olga Zelinsky", "Olga Zelinskyy", None),  # a transliteration of the surname
        ("Hugo Le Gallec", "Hugo Legallec", "Hugo Le Gallec"),  # a surname's words written as one
        ("Ursina von der Brake", "Ursinan von der Brake", None),  # a misspelt first name before a surname of several words
        ("Léa Morvan-Le Goff", "Léa Morvan", "Léa Morvan-Le Goff"),  # a hyphenated surname cut at its hyphen
        ("Georges Valmy", "George Valmy", None),  # a language's form of the first name
        ("Frédéric Valmy", "Friedrich Valmy", None),
        ("Hugues III Gallard", "Hugues Gallard", "Hugues III Gallard"),  # a monarch's number before the name it is known by
    ],
)
def test_a_near_identical_name_in_another_article_is_the_same_person(analyse_text, first, second, label):
    a = analyse_text(f"La députée {first} a critiqué la réforme devant le Sénat.", date="2023-01-01", id="a.txt")
    b = analyse_text(f"Hier, {second} a rencontré des élus à Lyon.", date="2023-02-01", id="b.txt")
    entities, links = link_entities([a, b])
    people = [e for e in entities if e.kind is EntityKind.PERSON]
    assert len(people) == 1, [e.label for e in people]
    assert {al.text for al in people[0].aliases} == {first, second}
    assert any(m.reason.startswith("variant of the one similar full name in the corpus") for m in people[0].merges)
    if label:
        assert people[0].label == label


def test_a_surname_written_as_one_word_in_the_same_article_is_the_same_person(analyse_text):
    a = analyse_text("Le ministre Hugo Le Gallec a reçu des élus. Hugo Legallec a ensuite critiqué la réforme.", date="2023-01-01", id="a.txt")
    entities, _links = link_entities([a])
    assert [label for label in person_labels(entities) if "Gallec" in label or "gallec" in label] == ["Hugo Le Gallec"]


@pytest.mark.parametrize(
    ("first", "second"),
    [
        # « Martin Luther » and « Martin Luther King » are two people: a cut-short surname needs its hyphen
        ("Hugo Lambert", "Hugo Lambert Kerbrat"),
        ("Hugo Gallard", "Hugo Gallard III"),  # a son of the same name
    ],
)
def test_a_longer_name_of_another_person_stays_apart(analyse_text, first, second):
    a = analyse_text(f"Le sénateur {first} a critiqué la réforme devant le Sénat.", date="2023-01-01", id="a.txt")
    b = analyse_text(f"Hier, {second} a rencontré des élus à Lyon.", date="2023-02-01", id="b.txt")
    entities, _links = link_entities([a, b])
    assert {first, second} <= set(person_labels(entities))


def test_near_names_side_by_side_in_one_article_stay_two(analyse_text):
    a = analyse_text("Marc Dupont et Mark Dupont ont signé la pétition.", date="2023-01-01", id="a.txt")
    b = analyse_text("Mark Dupont a rencontré des élus à Lyon.", date="2023-02-01", id="b.txt")
    entities, _links = link_entities([a, b])
    assert {"Marc Dupont", "Mark Dupont"} <= set(person_labels(entities))


def test_a_first_name_with_a_letter_doubled_in_one_article_is_a_slip(analyse_text):
    a = analyse_text("Condoleeza Ravel a reçu des élus. Condoleezza Ravel a ensuite critiqué la réforme.", date="2023-01-01", id="a.txt")
    entities, _links = link_entities([a])
    assert len([label for label in person_labels(entities) if label.endswith("Ravel")]) == 1


def test_a_first_name_with_a_letter_slipped_in_in_one_article_is_a_slip_under_the_right_spelling(analyse_text):
    a = analyse_text("La présidente Jeanne Ravel a reçu des élus. Jeannes Ravel a ensuite critiqué la réforme.", date="2023-01-01", id="a.txt")
    entities, _links = link_entities([a])
    assert [label for label in person_labels(entities) if label.endswith("Ravel")] == ["Jeanne Ravel"]


def test_two_known_first_names_a_letter_apart_in_one_article_stay_two(analyse_text):
    a = analyse_text("Daniel Ravel et Danielle Ravel ont signé la pétition.", date="2023-01-01", id="a.txt")
    entities, _links = link_entities([a])
    assert {"Daniel Ravel", "Danielle Ravel"} <= set(person_labels(entities))


def test_a_known_person_with_a_surname_in_capitals_is_a_person(analyse_text):
    # minutes and communiqués write surnames in capitals; the people list knows the name all the same
    a = analyse_text("LE PRÉSIDENT :\nJe reçois ce matin à Paris le chef du gouvernement d'Israël, Benyamin NETANYAHOU, pour un entretien.", date="2018-06-05", id="a.txt")
    entities, _links = link_entities([a])
    assert "Benyamin NETANYAHOU" in person_labels(entities)


def test_a_name_given_surname_first_in_capitals_joins_the_same_name_in_order(analyse_text):
    # a written question's heading gives « Mme RAVEL Jeanne », the minutes' label « Mme Jeanne Ravel. »
    a = analyse_text("Question de Mme RAVEL Jeanne (Loiret) publiée le 21/06/2019\n\nMme Jeanne Ravel. Monsieur le ministre, je critique Pixelia.", date="2019-06-21", id="a.txt")
    entities, _links = link_entities([a])
    assert len([label for label in person_labels(entities) if "ravel" in label.lower()]) == 1


def test_short_first_names_a_letter_doubled_apart_in_one_article_stay_two(analyse_text):
    a = analyse_text("Ana Ravel et Anna Ravel ont signé la pétition.", date="2023-01-01", id="a.txt")
    entities, _links = link_entities([a])
    assert {"Ana Ravel", "Anna Ravel"} <= set(person_labels(entities))


def test_a_near_name_with_two_candidates_stays_apart(analyse_text):
    docs = [
        analyse_text("Marc Dupont a critiqué la réforme.", date="2023-01-01", id="a.txt"),
        analyse_text("Mark Dupont a rencontré des élus.", date="2023-01-02", id="b.txt"),
        analyse_text("Marco Dupont a quitté le parti.", date="2023-01-03", id="c.txt"),
    ]
    entities, _links = link_entities(docs)
    assert {"Marc Dupont", "Mark Dupont", "Marco Dupont"} <= set(person_labels(entities))


def test_two_known_first_names_one_letter_apart_before_a_long_surname_stay_two(analyse_text):
    a = analyse_text("La députée Marie Le Gallec a critiqué la réforme.", date="2023-01-01", id="a.txt")
    b = analyse_text("Hier, Marine Le Gallec a rencontré des élus à Lyon.", date="2023-02-01", id="b.txt")
    entities, _links = link_entities([a, b])
    assert {"Marie Le Gallec", "Marine Le Gallec"} <= set(person_labels(entities))


def test_a_feminine_first_name_is_not_a_variant(analyse_text):
    a = analyse_text("Daniel Ferrand a critiqué la réforme.", date="2023-01-01", id="a.txt")
    b = analyse_text("Daniela Ferrand a rencontré des élus.", date="2023-01-02", id="b.txt")
    entities, _links = link_entities([a, b])
    assert {"Daniel Ferrand", "Daniela Ferrand"} <= set(person_labels(entities))


def test_a_middle_name_and_a_short_first_name_may_stand_in_one_article(analyse_text):
    a = analyse_text(
        "La militante Laura Brigitte Marchal est née à Lyon. Laura Marchal a ensuite rencontré Stephen Valmy, "
        "que ses amis appellent Steve Valmy.",
        date="2023-01-01",
        id="a.txt",
    )
    entities, _links = link_entities([a])
    labels = person_labels(entities)
    assert "Laura Brigitte Marchal" in labels and "Laura Marchal" not in labels
    assert len([label for label in labels if label.endswith("Valmy")]) == 1


# -- short names of institutions -----------------------------------------------------------------


def test_a_short_institutional_name_joins_the_one_longer_name_it_begins(analyse_text):
    a = analyse_text(
        "La Commission européenne a infligé une amende à la société. La Commission a justifié sa décision.",
        date="2024-03-01",
        id="a.txt",
    )
    assert _landing(a, "Commission") == ["Commission européenne"]
    b = analyse_text("La Commission a ouvert une nouvelle procédure contre la plateforme.", date="2024-04-01", id="b.txt")
    entities, links = link_entities([a, b])
    assert labels_of(entities, links, b, "Commission") == ["Commission européenne"]


def test_a_short_name_in_its_field_is_the_table_s_body_not_a_longer_name_given_later(analyse_text):
    # « le Conseil » of a text on the Union, named before the Security Council: the Council of the Union
    a = analyse_text(
        "Le Conseil a adopté des sanctions. Il met en œuvre un texte voté au Conseil de sécurité des Nations unies, "
        "comme l'avaient demandé les États membres de l'Union européenne.",
        date="2004-11-22",
        id="a.txt",
    )
    assert _landing(a, "Conseil") == ["Conseil de l'Union européenne"]
    # the Security Council named first: « le Conseil » after it is that body
    b = analyse_text(
        "Le Conseil de sécurité des Nations unies vient d'adopter une déclaration. Le Conseil demande l'arrêt des combats.",
        date="2011-08-03",
        id="b.txt",
    )
    assert _landing(b, "Conseil") == ["Conseil de sécurité des Nations unies"]


def test_a_surname_read_as_a_place_joins_the_full_name_named_before_it(analyse_text):
    # « Erdoğan » in full, then « Erdogan » alone, which the model reads as a place
    a = analyse_text("Le président Recep Tayyip Erdoğan a critiqué la plateforme. Erdogan a ensuite reçu Paul Castaing.", date="2017-10-25")
    assert _landing(a, "Erdogan") == ["Recep Tayyip Erdoğan"]
    assert all(e.kind.value == "person" for e in a.entities if e.name == "Recep Tayyip Erdoğan")


def test_a_surname_read_as_a_place_in_a_list_of_surnames_is_a_person_of_the_corpus(analyse_text):
    # « Vierzon » beside two surnames alone, after no preposition: the model reads a town
    full = analyse_text("Mme Hélène Vierzon, ministre, a présenté le budget.", date="2022-03-01", id="a.txt")
    listed = analyse_text("La liste est longue : Morand, Castelli et, bien sûr, Vierzon, qui défend toujours ce budget.", date="2022-03-04", id="b.txt")
    entities, links = link_entities([full, listed])
    assert labels_of(entities, links, listed, "Vierzon") == ["Hélène Vierzon"]
    assert next(e for e in entities if e.label == "Hélène Vierzon").kind is EntityKind.PERSON
    towns = analyse_text("Les élus de Morand sont allés à Vierzon, Dreux et Mâcon.", date="2022-03-04", id="c.txt")
    assert {e.name: e.kind for e in towns.entities}.get("Vierzon") is EntityKind.LOCATION  # a list of towns after « à »


def test_an_outlet_named_after_a_fused_article_is_the_known_outlet(analyse_text):
    # « au Monde », « du Monde »: the paper « Le Monde », not a node « Monde »
    a = analyse_text("Jean Castel a déclaré au Monde qu'il quittait le parti. Les journalistes du Monde l'ont suivi.", date="2022-03-01")
    assert {e.name for e in a.entities if e.kind is EntityKind.ORGANISATION} == {"Le Monde"}
    b = analyse_text("Le pays a gagné la Coupe du Monde en 2018.", date="2022-03-01")
    assert "Le Monde" not in {e.name for e in b.entities}


def test_an_institutions_noun_joins_the_one_institution_of_the_document_it_begins(analyse_text):
    a = analyse_text("La Cour suprême du Brésil a suspendu la plateforme. La Cour suprême a justifié sa décision.", date="2024-03-01")
    assert _landing(a, "Cour suprême") == ["Cour suprême du Brésil"]
    b = analyse_text(
        "La Cour suprême du Brésil a suspendu la plateforme. La Cour suprême des États-Unis a refusé. La Cour suprême a tranché.",
        date="2024-03-01",
    )
    assert not set(_landing(b, "Cour suprême")) & {"Cour suprême du Brésil", "Cour suprême des États-Unis"}


def test_a_short_name_that_begins_two_longer_names_stays_apart(analyse_text):
    a = analyse_text(
        "La Commission européenne et la Commission électorale centrale ont écrit à la plateforme. "
        "La Commission attend une réponse.",
        date="2024-03-01",
    )
    names = {e.id: e.name for e in a.entities}
    found = [names.get(m.cluster, "") for m in a.mentions if m.text == "Commission"]
    assert found and not set(found) & {"Commission européenne", "Commission électorale centrale"}


def test_a_listed_short_name_the_model_took_for_a_place_is_the_institution(analyse_text):
    a = analyse_text("La Communauté et ses États membres condamnent l'invasion du Koweït par l'Irak.", date="1990-08-03")
    assert _landing(a, "Communauté et ses États membres") == ["Communauté européenne"]
    assert next(e.kind.value for e in a.entities if e.name == "Communauté européenne") == "organisation"


def test_the_council_of_a_text_on_the_union_is_the_council_of_the_european_union(analyse_text):
    a = analyse_text("La Commission salue la décision du Conseil de suspendre la diffusion de Vexa dans l'UE.", date="2024-05-17")
    assert _landing(a, "Conseil") == ["Conseil de l'Union européenne"]
    # the Union's two councils are told apart: « le Conseil » is not « le Conseil européen »
    b = analyse_text("Le Conseil européen s'est réuni. Le Conseil a suspendu Vexa dans l'UE.", date="2024-05-17")
    assert _landing(b, "Conseil") == ["Conseil de l'Union européenne"]
    d = analyse_text("Le Conseil constitutionnel a jugé la loi. Le Conseil a suspendu son examen. L'UE observe.", date="2024-05-17")
    assert _landing(d, "Conseil") == ["Conseil constitutionnel"]
    c = analyse_text("Le Conseil a suspendu la séance du conseil municipal de Lyon.", date="2024-05-17")
    assert "Conseil de l'Union européenne" not in _landing(c, "Conseil")


@pytest.mark.parametrize(
    "text, form, name",
    [
        ("Le parquet national financier a ouvert une enquête sur Paul Martin.", "parquet national financier", "Parquet national financier"),
        ("Le ministère de l'Europe et des affaires étrangères a convoqué Paul Martin.", "ministère de l'Europe et des affaires étrangères", "Ministère de l'Europe et des Affaires étrangères"),
        ("Le conseil des droits de l'homme des Nations unies a critiqué Paul Martin.", "conseil des droits de l'homme des Nations unies", "Conseil des droits de l'homme des Nations unies"),
    ],
)
def test_an_institution_written_in_lower_case_is_a_node(analyse_text, text, form, name):
    assert _landing(analyse_text(text, date="2024-03-01"), form) == [name]


def test_mankind_in_human_rights_is_nobody(analyse_text):
    a = analyse_text("Paul Martin est arrivé hier. Il défend les droits de l'homme.", date="2024-03-01")
    assert not [m for m in a.mentions if m.text == "l'homme"]


# -- the hand-off to the next components -----------------------------------------------------------


def test_mentions_are_typed_records_that_survive_doc_serialisation(nlp):
    from spacy.tokens import Doc

    from techpolgraph.resolve import MentionRef, MergeReason, mention_refs

    doc = nlp("Mark Zuckerberg a rencontré Donald Trump. Zuckerberg a salué la Commission européenne.")
    refs = mention_refs(doc)
    assert refs and all(isinstance(r, MentionRef) for r in refs)
    surname = next(r for r in refs if doc[r.start : r.end].text == "Zuckerberg")
    assert surname.kind_of_reason is MergeReason.SURNAME
    again = Doc(nlp.vocab).from_bytes(doc.to_bytes())
    assert mention_refs(again) == refs


def test_every_reason_the_resolver_gives_for_a_merge_is_in_the_closed_vocabulary(analyse_text):
    from techpolgraph.resolve import MergeReason

    a = analyse_text(
        "L'Association lyonnaise des joueurs de go (ALJG) a écrit à Google. Le moteur de recherche a répondu. "
        "Mark Zuckerberg a rencontré Donald Trump. Zuckerberg a salué M. Trump. Il a ensuite quitté la salle.",
        date="2019-01-01",
    )
    resolved = [m for m in a.mentions if m.cluster]
    assert resolved and all(MergeReason.of(m.reason) is not None for m in resolved), [m.reason for m in resolved]
    assert MergeReason.of("pronoun, several persons or no subject before it in its sentence") is None  # unresolved


def test_relations_read_a_resolved_description_of_an_organisation_as_a_party(analyse_text):
    a = analyse_text(
        "Paul Garnier a publié une vidéo sur Snapchat. Le lendemain, le réseau social a suspendu le compte de Paul Garnier.",
        date="2023-01-01",
    )
    names = {e.id: e.name for e in a.entities}
    found = [(names[r.source], r.relation.value, names[r.target]) for r in a.relations]
    assert ("Snapchat", "banned", "Paul Garnier") in found


def test_initials_join_the_one_full_name_of_the_article(analyse_text):
    a = analyse_text(
        "Jean-Marc Dubreuil a présenté son gouvernement. Le soir, J-M Dubreuil a reçu les syndicats.", date="2012-07-04"
    )
    assert person_labels([*link_entities([a])[0]]).count("Jean-Marc Dubreuil") == 1
    assert "J-M Dubreuil" not in person_labels(link_entities([a])[0])


def test_initials_with_two_candidates_stay_apart(analyse_text):
    a = analyse_text("Bruno Lavigne et Bernard Lavigne ont parlé. B. Lavigne a ensuite quitté la salle.", date="2012-07-04")
    labels = person_labels(link_entities([a])[0])
    assert {"Bruno Lavigne", "Bernard Lavigne"} <= set(labels)
    assert "B. Lavigne" in labels  # neither of the two: its own node


def test_the_parent_of_a_named_child_is_the_parent_on_the_documents_date(analyse_text):
    a = analyse_text("La maison mère d'Instagram a été condamnée.", date="2023-01-01")
    assert _landing(a, "La maison mère") == ["Meta"]
    before = analyse_text("La maison mère de Facebook a été condamnée.", date="2019-03-01")
    assert _landing(before, "La maison mère") == ["Facebook"]  # Facebook had no parent yet
    undated = analyse_text("La maison mère de Facebook a été condamnée.")
    assert _landing(undated, "La maison mère") == [""]


def test_a_party_named_without_its_country_adjective_is_the_same_party(analyse_text):
    a = analyse_text("Le Parti radical français a été dissous. Le Parti radical a protesté. Le Parti a fait appel.", date="2023-01-01")
    assert _landing(a, "Parti radical") == _landing(a, "Le Parti") == ["Parti radical français"]
    two = analyse_text("Le Parti radical français a été dissous. Le Parti vert belge a protesté. Le Parti a fait appel.", date="2023-01-01")
    assert _landing(two, "Le Parti") != ["Parti radical français"]  # two parties: « le Parti » is neither


def test_a_short_name_joins_the_one_longer_name_named_before_it(analyse_text):
    a = analyse_text("Le Parti radical français a été dissous. Le Parti a fait appel. Le Parti vert a protesté.", date="2023-01-01")
    assert _landing(a, "Le Parti") == ["Parti radical français"]


def test_la_commission_in_an_article_on_european_law_is_the_european_commission(analyse_text):
    a = analyse_text("La Commission a infligé une amende à Pixelia au titre du DSA.", date="2024-01-01")
    assert _landing(a, "Commission") == ["Commission européenne"]
    b = analyse_text("La Commission a rendu son rapport au maire de Lyon.", date="2024-01-01")
    assert _landing(b, "Commission") == ["Commission"]  # no word of European law: left as written


def test_a_monarch_named_without_his_place_is_the_same_person(analyse_text):
    a = analyse_text("Charles IV d'Espagne abdique en 1808. Charles IV part ensuite en exil.", date="2023-01-01")
    assert _landing(a, "Charles IV") == ["Charles IV d'Espagne"]


def test_a_monarch_named_without_his_epithet_is_the_same_person_and_another_numeral_is_not(analyse_text):
    a = analyse_text("Durant le règne de Knut IV le Saint, le royaume prospère. Knut IV meurt en 1086, Knut III bien avant.", date="2023-01-01")
    assert _landing(a, "Knut IV") == ["Knut IV le Saint"]
    assert _landing(a, "Knut III") == ["Knut III"]


def test_a_well_known_surname_alone_takes_the_full_name_the_list_gives(analyse_text):
    # no article of the corpus gives a full name of that surname: the shipped list names the person
    alone = analyse_text("Pétain a reçu Paul Garnier à Vichy.", date="1941-05-01", id="a.txt")
    entities, links = link_entities([alone])
    assert labels_of(entities, links, alone, "Pétain") == ["Philippe Pétain"]
    petain = next(e for e in entities if e.label == "Philippe Pétain")
    assert any(m.alias == "Pétain" and m.reason == "known name" for m in petain.merges)


def test_a_well_known_short_name_joins_the_full_name_another_article_gives(analyse_text):
    # « Lula » is no last word of « Luiz Inácio Lula da Silva »: the shipped list joins them
    full = analyse_text("Le président Luiz Inácio Lula da Silva a reçu Paul Garnier.", date="2024-03-27", id="a.txt")
    short = analyse_text("Paul Garnier a rencontré le Président Lula à Brasília.", date="2024-03-28", id="b.txt")
    entities, links = link_entities([full, short])
    assert labels_of(entities, links, short, "Lula") == ["Luiz Inácio Lula da Silva"]
    lula = next(e for e in entities if e.label == "Luiz Inácio Lula da Silva")
    assert any(m.alias == "Lula" and m.reason == "known name" for m in lula.merges)


def test_another_full_form_the_list_gives_is_the_well_known_person(analyse_text):
    # « Barack H. Obama » with a middle initial: the shipped list gives the form, one person with « Barack Obama »
    initial = analyse_text("Message envoyé à M. Barack H. Obama par Paul Garnier.", date="2009-10-09", id="a.txt")
    full = analyse_text("Paul Garnier a rencontré Barack Obama à Paris.", date="2009-11-02", id="b.txt")
    entities, links = link_entities([initial, full])
    assert labels_of(entities, links, initial, "Barack H. Obama") == ["Barack Obama"]
    assert labels_of(entities, links, full, "Barack Obama") == ["Barack Obama"]


def test_a_middle_initial_the_list_does_not_give_stays_another_person(analyse_text):
    # « George W. Bush » is no form of another Bush the list knows: no merge by dropping the initial
    initial = analyse_text("Paul Garnier a rencontré George W. Bush à Paris.", date="2005-01-01", id="a.txt")
    entities, links = link_entities([initial])
    assert labels_of(entities, links, initial, "George W. Bush") == ["George W. Bush"]


def test_a_well_known_surname_stays_itself_where_a_title_gives_another_gender(analyse_text):
    # « Mme Obama » is not Barack Obama; « Obama » of another article may be either
    madame = analyse_text("Mme Obama a critiqué Paul Garnier.", date="2015-01-01", id="a.txt")
    bare = analyse_text("Obama a critiqué Paul Garnier.", date="2015-01-02", id="b.txt")
    entities, links = link_entities([madame, bare])
    assert "Barack Obama" not in {e.label for e in entities}


def test_a_short_first_name_and_a_full_name_with_middle_names_are_one_person(analyse_text):
    # « Alex Roux » and « Alexander Emerick Roux » in one article: the short form and the middle name together
    a = analyse_text("Alexander Emerick Roux a fondé le site Zorbly. Alex Roux a critiqué Paul Garnier.", date="2018-05-01")
    entities, links = link_entities([a])
    assert labels_of(entities, links, a, "Alex Roux") == labels_of(entities, links, a, "Alexander Emerick Roux")
    # another first name of the same surname stays apart
    b = analyse_text("Alexander Emerick Roux a fondé le site Zorbly. Thomas Roux a critiqué Paul Garnier.", date="2018-05-01")
    entities, links = link_entities([b])
    assert labels_of(entities, links, b, "Thomas Roux") != labels_of(entities, links, b, "Alexander Emerick Roux")


def test_a_pronoun_after_a_colon_is_the_subject_of_the_sentence_the_colon_opens(analyse_text):
    a = analyse_text(
        "Paul Martin a échangé avec Claire Vidal. Elle lui a écrit pour l'inciter à une rencontre : Luc Bernard a commencé à réfléchir et il est intéressé.",
        date="2021-01-20",
    )
    names = {e.id: e.name for e in a.entities}
    il = next(m for m in a.mentions if m.text == "il")
    assert names[il.cluster] == "Luc Bernard"


def test_il_of_an_impersonal_verb_is_no_person(analyse_text):
    a = analyse_text("Paul Martin a parlé. Il vous appartient, monsieur le ministre, de fixer les priorités.", date="2021-01-20")
    assert not any(m.text == "Il" and m.cluster for m in a.mentions)


def test_a_hyphenated_surname_alone_joins_the_full_name(analyse_text):
    a = analyse_text("La ministre Claire Vidal-Morin est venue. Vidal-Morin a donné des précisions.", date="2021-01-20")
    names = {e.id: e.name for e in a.entities}
    alone = next(m for m in a.mentions if m.text == "Vidal-Morin")
    assert names[alone.cluster] == "Claire Vidal-Morin"


def test_a_hyphenated_first_name_alone_is_a_first_name(analyse_text):
    a = analyse_text("Jean-Luc Morin est venu. Jean-Luc a parlé.", date="2021-01-20")
    names = {e.id: e.name for e in a.entities}
    alone = next(m for m in a.mentions if m.text == "Jean-Luc")
    assert names[alone.cluster] == "Jean-Luc Morin"


def test_madame_and_a_man_s_surname_stay_apart(analyse_text):
    a = analyse_text("Éric Vidal-Morin a parlé. Il a appelé sa rivale Madame Vidal-Morin en riant.", date="2021-01-20")
    names = {e.id: e.name for e in a.entities}
    madame = next(m for m in a.mentions if "Madame" in m.text or m.text == "Vidal-Morin")
    assert names.get(madame.cluster) != "Éric Vidal-Morin"


def test_one_part_of_the_name_an_article_is_titled_by_is_that_person(nlp):
    # names of the East put the surname first: the word used alone is no last word
    a = next(analyse([make_document("Pendant le mandat de Tung, le président Li Wen lui a reproché ses décisions.", "t.txt", title="Tung Chee-Hwa")], nlp))
    names = {e.id: e.name for e in a.entities}
    assert ("Tung", "Tung Chee-Hwa") in {(m.text, names.get(m.cluster, "")) for m in a.mentions}


def test_the_first_part_of_a_name_joined_by_a_particle_is_that_person(nlp):
    a = next(analyse([make_document("Le général Zia-ul-Haq prend le pouvoir en 1977. Zia fait emprisonner Luc Bernard.", "t.txt")], nlp))
    names = {e.id: e.name for e in a.entities}
    assert ("Zia", "Zia-ul-Haq") in {(m.text, names.get(m.cluster, "")) for m in a.mentions}


def test_an_initial_written_against_the_surname_joins_the_full_name(nlp):
    text = "Seul le candidat Paul Alvarez s'y oppose alors. Dans les jours suivants, P.Alvarez se retrouve en tête des sondages."
    a = next(analyse([make_document(text, "t.txt")], nlp))
    assert [e.name for e in a.entities if e.kind.value == "person"] == ["Paul Alvarez"]


def test_a_channel_on_a_platform_is_no_television_channel(analyse_text):
    """« sa chaîne YouTube » is a channel on YouTube: YouTube is no television channel, and « la
    chaîne » after it stays unplaced."""
    a = analyse_text("Paul Garnier a ouvert sa chaîne YouTube en 2019. Vexa a fermé la chaîne en 2023.", date="2023-06-01")
    assert _landing(a, "la chaîne") == [""]


def test_a_titled_surname_joins_the_full_name_when_the_well_known_namesake_is_of_the_other_gender(analyse_text):
    """« M. Borne » in a record that names Lucien Borne is him: the well-known Élisabeth Borne,
    whom « M. » cannot be, does not keep them apart; « Borne » alone still may be her."""
    text = "Audition de M. Lucien Borne, administrateur\n\nM. Paul Martin, président. - Nous recevons aujourd'hui M. Borne, qui est administrateur. Borne a ensuite parlé."
    analysis = analyse_text(text, date="2021-07-06", id="a.txt")
    entities, links = link_entities([analysis])
    assert labels_of(entities, links, analysis, "M. Borne") == ["Lucien Borne"]
    assert labels_of(entities, links, analysis, "Borne") == []


def test_a_heading_in_capitals_gives_the_name_before_the_role_and_no_name_to_its_complement(analyse_text):
    # « ET DE MONSIEUR GERD MUELLER CHANCELIER DE LA REPUBLIQUE ... », then the turn's label « LE CHANCELIER MUELLER – »
    text = (
        "Déclaration à la presse de M. Paul Martin, Président de la République, et de M. Gerd Müller, Chancelier de Vexa, Lyon, 24 février 2003.\n\n"
        "DECLARATION A LA PRESSE\n\nDE MONSIEUR PAUL MARTIN PRESIDENT DE LA REPUBLIQUE\n\nET DE MONSIEUR GERD MUELLER CHANCELIER DE LA REPUBLIQUE DE VEXA\n\n"
        "LE CHANCELIER MUELLER – Je suis heureux de recevoir mon ami Paul Martin."
    )
    a = analyse_text(text, date="2003-02-24", id="a.txt")
    entities, _links = link_entities([a])
    people = [e for e in entities if e.kind is EntityKind.PERSON]
    assert sorted(e.label for e in people) in (["Gerd Mueller", "Paul Martin"], ["Gerd Müller", "Paul Martin"])
    forms = [a.text for e in people for a in e.aliases]
    assert not [form for form in forms if any(word in form for word in ("PRESIDENT", "CHANCELIER", "REPUBLIQUE"))]  # a name in capitals, without the role after it


def test_a_surname_in_capitals_after_a_name_the_model_cut_is_part_of_it(analyse_text):
    # « M. Ravinder SINGH », which the model reads as « M. Ravinder »
    a = analyse_text("Le Président de la République a reçu le Premier ministre de Vexa, M. Ravinder SINGH pour un entretien et un déjeuner.", date="2005-01-01", id="a.txt")
    entities, _links = link_entities([a])
    assert [label for label in person_labels(entities) if "Ravinder" in label] == ["Ravinder SINGH"]


def test_a_full_name_without_its_first_of_two_first_names_is_the_same_person(analyse_text):
    a = analyse_text("Paul Martin a reçu M. Mohamed Hosni Barakat. M. Hosni Barakat a remercié son hôte.", date="2005-01-01", id="a.txt")
    entities, _links = link_entities([a])
    assert [label for label in person_labels(entities) if "Barakat" in label] == ["Mohamed Hosni Barakat"]


def test_names_glossed_between_backquotes_in_capitals_are_whole_people(analyse_text):
    # an archive's index words: « LE PREMIER MINISTRE `RAYMOND PORTE`, LE MINISTRE DU BUDGET `NORBERT VIGARD` », surnames that are also words
    text = "LE PRESIDENT A REUNI CE MATIN A L'ELYSEE LE PREMIER MINISTRE `RAYMOND PORTE`, LE MINISTRE DU BUDGET `NORBERT VIGARD` ET LE MINISTRE DES ARMEES `ANDRE FAUCHER`."
    a = analyse_text(text, date="1978-11-30", id="a.txt")
    entities, _links = link_entities([a])
    assert {"Raymond Porte", "Norbert Vigard", "André Faucher"} <= set(person_labels(entities))
    assert not [label for label in person_labels(entities) if "`" in label or len(label.split()) < 2]


def test_the_rights_of_man_are_no_one_and_they_are_the_twelve(analyse_text):
    # « ... des droits élémentaires de l'homme » names mankind; « Les Douze ... Ils » the body
    text = "Les Douze condamnent l'assassinat de M. Luc Bernard. Ils s'inquiètent de cette nouvelle atteinte aux droits élémentaires de l'homme."
    a = analyse_text(text, date="1990-01-01", id="a.txt")
    assert not [m for m in a.mentions if m.text == "l'homme" and m.cluster]
    twelve = next(m.cluster for m in a.mentions if m.text == "Douze")
    assert [m.cluster for m in a.mentions if m.text == "Ils"] == [twelve]


def org_labels(entities):
    return sorted(e.label for e in entities if e.kind is EntityKind.ORGANISATION)


def test_an_institution_named_by_its_country_s_adjective_and_after_de_is_one(analyse_text):
    """« la Cour suprême italienne » and « la Cour suprême d'Italie » in two articles: one node,
    labelled by the longer name, with both names and the reason of the join."""
    a = analyse_text("La Cour suprême italienne a dissous le parti Renouveau.", date="2023-01-01", id="a.txt")
    b = analyse_text("Le parti Avenir a été dissous par la Cour suprême d'Italie.", date="2023-02-01", id="b.txt")
    entities, _links = link_entities([a, b])
    courts = [e for e in entities if e.label.startswith("Cour suprême")]
    assert [c.label for c in courts] == ["Cour suprême d'Italie"]
    assert {"Cour suprême italienne", "Cour suprême d'Italie"} <= {alias.text for alias in courts[0].aliases}
    assert any("adjective" in m.reason for m in courts[0].merges)


def test_an_institution_of_two_countries_stays_two(analyse_text):
    a = analyse_text("La Cour suprême italienne a dissous le parti Renouveau.", date="2023-01-01", id="a.txt")
    b = analyse_text("Le parti Avenir a été dissous par la Cour suprême d'Espagne.", date="2023-02-01", id="b.txt")
    entities, _links = link_entities([a, b])
    assert {"Cour suprême italienne", "Cour suprême d'Espagne"} <= set(org_labels(entities))
