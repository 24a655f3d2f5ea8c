"""Lines written in capitals (archived dispatches and transcripts) are read in ordinary case, at
the same offsets, so that the evidence stays the text as written."""

from __future__ import annotations

from techpolgraph.nlp.casing import restore_case, shouting


def test_a_line_in_capitals_is_read_in_ordinary_case(nlp):
    text = "LE MINISTRE FRANCAIS A DEPOSE UNE GERBE A MOSCOU ET A CRITIQUE LA POLITIQUE DE M. LUC BERNARD A LYON."
    assert restore_case(text, nlp) == "Le ministre français a déposé une gerbe à Moscou et a critiqué la politique de M. Luc Bernard à Lyon."


def test_underscores_of_an_archive_are_spaces_and_apostrophes(nlp):
    text = "LES DEUX CHEFS_D_ETAT SE SONT VUS LONGUEMENT A PARIS SUR LA SITUATION."
    assert restore_case(text, nlp) == "Les deux chefs d'état se sont vus longuement à Paris sur la situation."


def test_speakers_labels_headings_and_ordinary_lines_are_kept(nlp):
    text = "LUC BERNARD\nQUESTION.- VOUS AVEZ RENCONTRE LE PRESIDENT BERNARD ? LE PRESIDENT.- OUI, NOUS NOUS SOMMES VUS HIER.\nPaul Martin a reçu Luc Bernard à Lyon."
    lines = restore_case(text, nlp).split("\n")
    assert lines[0] == "LUC BERNARD"  # a heading, a signature or a label of a few words: as written
    assert lines[1] == "QUESTION.- Vous avez rencontré le président Bernard ? LE PRESIDENT.- Oui, nous nous sommes vus hier."
    assert lines[2] == "Paul Martin a reçu Luc Bernard à Lyon."


def test_only_lines_written_in_capitals_are_changed():
    assert shouting("M. PAUL MARTIN ET M. LUC BERNARD SE SONT ENTRETENUS A LYON.")
    assert not shouting("Le PDG de VEXA a rencontré M. Luc BERNARD à Lyon.")
    assert not shouting("LUC BERNARD")


def test_a_dispatch_in_capitals_gives_its_meeting_with_its_sentence_as_written(analyse_text):
    text = "M. PAUL MARTIN ET M. LUC BERNARD SE SONT ENTRETENUS LONGUEMENT A LYON DES RELATIONS ENTRE LEURS DEUX PAYS.\n"
    analysis = analyse_text(text, date="1979-05-02")
    labels = {e.id: e.name for e in analysis.entities}
    met = [(labels[r.source], labels[r.target], r.evidence.sentence) for r in analysis.relations if r.relation.value == "met"]
    assert met == [("Paul Martin", "Luc Bernard", text.strip())]  # the names as users know them, the sentence as written


def test_frequent_forms_finite_verbs_and_relatives_are_chosen(nlp):
    text = "LE PALAIS SE SITUE A LA TETE DU PARC. NOUS NOUS RETROUVONS AU MOMENT OU LA CRISE DURE, APRES LA VISITE DE MM. LUC BERNARD ET PAUL MARTIN."
    assert restore_case(text, nlp) == (
        "Le palais se situe à la tête du parc. Nous nous retrouvons au moment où la crise dure, après la visite de MM. Luc Bernard et Paul Martin."
    )


def test_a_word_after_a_place_is_no_surname(nlp):
    text = "LA FRANCE A CONDAMNE L'INTERVENTION AU TCHAD ( REJET DE L'USAGE DE LA FORCE )."
    assert "Tchad ( rejet de l'usage" in restore_case(text, nlp)


def test_hyphenated_names_and_roles_after_a_surname(nlp):
    text = "DE MONSIEUR LUC BERNARD PREMIER MINISTRE DU ROYAUME-UNI ET DE M. JEAN-MARC MARTIN PRESIDENT DE LA REPUBLIQUE"
    assert restore_case(text, nlp) == "De monsieur Luc Bernard premier ministre du Royaume-Uni et de M. Jean-Marc Martin président de la République"


def test_a_participle_after_a_role_is_no_surname_and_a_surname_after_a_first_name_stays_one(nlp):
    # « LE PRESIDENT RESPECTE »: a participle, no President « Respecte »; « RAYMOND BARRE »: a name
    assert "le président Respecte" not in restore_case("JE SUIS HEUREUX D'ACCUEILLIR A L'ELYSEE LE PRESIDENT RESPECTE D'UNE REPUBLIQUE.", nlp)
    assert "Raymond Barre" in restore_case("LE CONSEIL A REUNI LE PREMIER MINISTRE `RAYMOND BARRE` ET LE MINISTRE DU BUDGET.", nlp)
