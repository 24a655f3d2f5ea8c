"""The constructions real French news uses for relations, each on a sentence written for the
test (other names and words than the articles it was read in), with the near misses that must
give no edge. Every case lists ALL the edges of the four main types the text must give.
"""

from __future__ import annotations

import pytest

from techpolgraph.relations import CueTable

from .test_relations import Case, Edge, edges_of, met

A, B, C = "Paul Martin", "Jeanne Morel", "Luc Bernard"
CNIL = "Commission nationale de l'informatique et des libertés"
ARCOM = "Autorité de régulation de la communication audiovisuelle et numérique"


def banned(source: str, target: str, modality: str = "asserted") -> Edge:
    return Edge("banned", source, target, modality)


def criticised(source: str, target: str, modality: str = "asserted") -> Edge:
    return Edge("criticised", source, target, modality)


def endorsed(source: str, target: str, modality: str = "asserted") -> Edge:
    return Edge("endorsed", source, target, modality)


#: A minister's answer in minutes, long enough to be a turn another member interrupts.
MINISTER_S_ANSWER = "Nous avons augmenté les bourses de quatre pour cent cette année, ce qui représente un effort sans précédent pour les étudiants de notre pays."

CASES: tuple[Case, ...] = (
    # nominal predicates: the actor from « par », a « de » source, or a support verb
    Case("nominal-par", f"Le blocage de la chaîne de {A} par YouTube a surpris ses abonnés.", (banned("YouTube", A),)),
    Case("nominal-support-verb", f"Reddit a confirmé l'exclusion de {A}.", (banned("Reddit", A),)),
    Case("nominal-de-source", f"Le soutien de {A} à {B} a surpris.", (endorsed(A, B),)),
    Case("nominal-charges", f"Les critiques de {A} contre {B} se sont multipliées.", (criticised(A, B),)),
    Case("nominal-apporter-soutien", f"{A} a apporté son soutien à {B}.", (endorsed(A, B),)),
    Case("nominal-entrevue", f"Lors de son entrevue avec {B}, {A} a évoqué la fiscalité.", (met(A, B),)),
    Case("nominal-reunissant", f"Un déjeuner réunissant {A} et {B} s'est tenu à Lyon.", (met(A, B),)),
    # proxies: an account, a page, a campaign stands for its owner
    Case("proxy-page", f"Meta a fermé la page de {A}.", (banned("Meta", A),)),
    Case(
        "proxy-comme-celui-de",
        f"Discord a coupé l'accès de {A}, comme celui de {B} et de {C}.",
        (banned("Discord", A), banned("Discord", B), banned("Discord", C)),
    ),
    Case("proxy-strategie", f"{A} a dénoncé la stratégie fiscale de {B}.", (criticised(A, B),)),
    Case("proxy-campagne", f"{A} a financé la campagne de {B}.", (endorsed(A, B),)),
    Case(
        "proxy-platform-names",
        f"Meta a annoncé la suspension des comptes Facebook et Instagram de {A}.",
        (banned("Meta", A),),
    ),
    Case(
        "proxy-passive-subject",
        f"Les comptes Facebook et Instagram de {A} ont été suspendus par Meta.",
        (banned("Meta", A),),
    ),
    # a cue under another verb; intent and refusal
    Case("control-faire-savoir", f"Reddit a fait savoir avoir exclu {A}.", (banned("Reddit", A),)),
    Case("control-choisir", f"Reddit a choisi de bannir {A}.", (banned("Reddit", A),)),
    Case("control-finir-par", f"{B} a fini par recevoir {A}.", (met(A, B),)),
    Case("intent-menacer", f"Reddit menace d'exclure {A}.", (banned("Reddit", A, "uncertain"), criticised("Reddit", A))),
    Case("intent-devoir", f"{B} devait rencontrer {A}.", (met(A, B, "uncertain"),)),
    Case("intent-envisager", f"{A} a envisagé de rencontrer {B}.", (met(A, B, "uncertain"),)),
    Case("refusal", f"{A} a refusé de recevoir {B}.", (met(A, B, "negated"),)),
    Case("invitation", f"{A} a invité {B} à Lyon.", (met(A, B, "uncertain"),)),
    # typography inside the clause
    Case("parentheses", f"{A} et {B} se sont (de nouveau) vus.", (met(A, B),)),
    Case("date-incise", f"Reddit a, lundi 3 mars, retiré le compte de {A}.", (banned("Reddit", A),)),
    Case("dash-incise", f"{A} — ancien patron de Renault — a rencontré {B}.", (met(A, B),)),
    # relative clauses
    Case("relative-qui", f"{A}, qui a reçu {B}, a souri.", (met(A, B),)),
    Case("relative-que", f"{B}, que {A} a attaquée, a répondu.", (criticised(A, B),)),
    Case("relative-dont", f"{B}, dont {A} a soutenu la candidature, a été élue.", (endorsed(A, B),)),
    # lists and groups
    Case(
        "examples-of-a-group",
        f"Google et plusieurs plateformes comme YouTube, Reddit ou Discord ont retiré le compte de {A}.",
        (banned("Google", A), banned("YouTube", A), banned("Reddit", A), banned("Discord", A)),
    ),
    Case(
        "accounts-of-a-list",
        f"Reddit a exclu les comptes de {A}, {B} et {C}.",
        (banned("Reddit", A), banned("Reddit", B), banned("Reddit", C)),
    ),
    # passives
    Case("passive-recu-par", f"{A} a été reçu par {B} à l'Élysée.", (met(A, B),)),
    Case("passive-banni-de", f"{A} a été banni de Twitter.", (banned("Twitter", A),)),
    Case("opening-participle", f"Financé par le banquier {A}, {B} entre en politique.", (endorsed(A, B),)),
    # persons described by a relation noun
    Case("holder-copula", f"{A} est un fervent partisan de {B}.", (endorsed(A, B),)),
    Case("holder-opening", f"Après avoir été un opposant virulent à {B}, {A} la soutient.", (criticised(A, B), endorsed(A, B))),
    # vocabulary
    Case("saluer", f"{A} a salué {B}.", (endorsed(A, B),)),
    Case("feliciter", f"{A} a félicité {B} pour sa victoire.", (endorsed(A, B),)),
    Case("rendre-hommage", f"{A} a rendu hommage à {B}.", (endorsed(A, B),)),
    Case("appeler-a-voter", f"{A} a appelé à voter pour {B}.", (endorsed(A, B),)),
    Case("se-ranger-derriere", f"{A} s'est rangé derrière {B}.", (endorsed(A, B),)),
    Case("fustiger", f"{A} a fustigé {B}.", (criticised(A, B),)),
    Case("porter-plainte", f"{A} a porté plainte contre {B}.", (criticised(A, B),)),
    Case(
        "examples-after-a-group",
        f"{A} a été banni de nombreuses plateformes, notamment Facebook, Instagram et Twitter.",
        (banned("Facebook", A), banned("Instagram", A), banned("Twitter", A)),
    ),
    Case("controller-noun", f"Le Conseil d'État a validé la décision de {A} de bloquer l'accès à Reddit.", (banned(A, "Reddit"),)),
    Case("au-tour-de", f"C'est au tour de Reddit de fermer la page de {A}.", (banned("Reddit", A),)),
    Case("gerund-subject", f"{A} a quitté la plateforme, accusant Reddit de censure.", (criticised(A, "Reddit"),)),
    Case("adverbial-phrase", f"Reddit a banni de manière permanente {A}.", (banned("Reddit", A),)),
    Case("future-with-place-and-date", f"{A} recevra à l'Élysée le 23 mai le banquier {C}.", (met(A, C, "uncertain"),)),
    Case("decided-by", f"{B} a dénoncé l'interdiction de Reddit décidée par {A}.", (banned(A, "Reddit"), criticised(B, A))),
    Case("a-l-encontre-de", "La Commission a ouvert une procédure formelle à l'encontre de Reddit.", (criticised("Commission", "Reddit"),)),
    Case("country-as-party", "La Russie a bloqué Reddit.", (banned("Russie", "Reddit"),)),
    Case("planned-noun", f"L'entretien prévu entre {A} et {B} aura lieu lundi.", (met(A, B, "uncertain"),)),
    Case("cancelled-noun", f"L'entretien prévu entre {A} et {B} a été annulé.", (met(A, B, "negated"),)),  # it did not happen
    Case("postponed-noun", f"Le dîner entre {A} et {B} a été reporté à lundi.", (met(A, B, "uncertain"),)),
    Case("meeting-did-not-take-place", f"La rencontre entre {A} et {B} n'a finalement pas eu lieu.", (met(A, B, "negated"),)),
    Case("meeting-denied-verb-not-of-happening", f"La rencontre entre {A} et {B} n'a rien changé.", (met(A, B),)),
    Case("denial-tagged-adverb", f"{A} dément avoir rencontré {B}.", (met(A, B, "negated"),)),
    # an accusation's object is the subject of its perfect infinitive, and it is only claimed
    Case("accused-of-meeting", f"{A} accuse {B} d'avoir rencontré {C}.", (criticised(A, B), met(B, C, "uncertain"))),
    Case("congratulated-for-meeting", f"{A} a félicité {B} d'avoir reçu {C}.", (endorsed(A, B), met(B, C))),
    # a question, a wish, a hypothesis, a denial of « toute rencontre »
    Case("question", f"{A} a-t-il rencontré {B} ?", (met(A, B, "uncertain"),)),
    Case("wish-conditional", f"{A} aimerait rencontrer {B}.", (met(A, B, "uncertain"),)),
    Case("hypothesis-noun", f"L'hypothèse d'une rencontre entre {A} et {B} circule.", (met(A, B, "uncertain"),)),
    Case("denied-any-meeting", f"{A} a démenti toute rencontre avec {B}.", (met(A, B, "negated"),)),
    # a name followed by an object pronoun and its verb opens a clause: no second object
    # the pronoun of the next clause is the one person its participle agrees with (« critiquée »: her)
    Case("next-clause-with-object-pronoun", f"{A} a reçu {B}, puis {C} l'a critiquée.", (met(A, B), criticised(C, B))),
    # ruling out: « a exclu de soutenir » denies; « n'exclut pas de soutenir » leaves it open
    Case("ruled-out", f"{B} a exclu de soutenir {A}.", (endorsed(B, A, "negated"),)),
    Case("not-ruled-out", f"{B} n'exclut pas de soutenir {A}.", (endorsed(B, A, "uncertain"),)),
    # an organisation that says a thing of itself: « il » / « elle » after its verb of saying
    Case("organisation-says-of-itself", f"La Ligue des électeurs a déclaré qu'elle soutenait {B}.", (endorsed("Ligue des électeurs", B),)),
    Case("miss-person-says-after-organisation", f"Le Parti radical a reçu {A}, qui a déclaré qu'il soutenait {B}.", ()),
    Case("miss-meeting-avec-two-guests", f"Le dîner avec {A} et {B} a eu lieu lundi.", ()),  # each met a third, not each other
    Case("not-the-first", f"Ce sommet sera la première rencontre entre {A} et {B}.", (met(A, B, "uncertain"),)),
    Case("support-received", f"{B} a reçu le soutien de {A}.", (endorsed(A, B),)),
    Case("together", f"{A} et {B} ont déjeuné ensemble.", (met(A, B),)),
    Case("par-after-adverb", f"La plateforme Reddit a été critiquée, notamment par {A}, pour sa modération.", (criticised(A, "Reddit"),)),
    Case("puis", f"{A} a fait campagne pour {C} puis {B}.", (endorsed(A, C), endorsed(A, B))),
    Case("adverb-inside-locution", f"{A} fait ouvertement campagne pour {B}.", (endorsed(A, B),)),
    Case("members-in-parentheses", f"{A} a accusé des dirigeants chinois ({B}, {C}, etc.) de corruption.", (criticised(A, B), criticised(A, C))),
    Case("repeats", f"{A} affirme avoir rencontré dix fois {B}.", (met(A, B),)),
    Case("a-plusieurs-reprises", f"{A} a rencontré à plusieurs reprises {B}.", (met(A, B),)),
    Case("financement", f"{A} participe au financement de la campagne de {B}.", (endorsed(A, B),)),
    Case("inverted-after-quote", f"« Nous allons gagner », a affirmé {A} au propriétaire de Reddit, {C}.", (met(A, C),)),
    Case("said-to", f"{A} a dit à {B} qu'il viendrait.", (met(A, B),)),
    Case("soutien-with-adjectives", f"{B} est connue pour être un soutien politique et financier de {A}.", (endorsed(B, A),)),
    Case("quoted-verb", f"Reddit a fait savoir avoir « exclu » {A}.", (banned("Reddit", A),)),
    Case("reporting-incise", f"Le groupe Reddit, affirment-ils, a banni {A}.", (banned("Reddit", A),)),
    Case("aside-with-a-verb", f"{A} — qui dirige Reddit — a rencontré {B}.", (met(A, B),)),
    Case("asked-to-ban", f"{A} a prié Reddit de retirer la vidéo de {B}.", (banned("Reddit", B, "uncertain"),)),
    Case("asked-a-party-to-ban", f"{A} a demandé à Reddit de bannir {B}.", (banned("Reddit", B, "uncertain"),)),
    Case(
        "forced-to-suspend",
        f"Le scandale a fini par contraindre le patron de Reddit, {C}, à suspendre {B}.",
        (banned(C, B),),
    ),
    Case("own-side-adverbial", f"{A} dénonce pour sa part les attaques de {B}.", (criticised(A, B),)),
    Case("quoted-proxy", f"{A} dénonce l'« acharnement totalitaire » de {B}.", (criticised(A, B),)),
    Case(
        "object-after-a-place-phrase",
        f"Reddit et Discord bloquaient dans les pays de l'Union les contenus de {B}.",
        (banned("Reddit", B), banned("Discord", B)),
    ),
    Case("present-tagged-as-adjective", f"À cette époque, Martin critique le Parti vert.", (criticised("Martin", "Parti vert"),)),
    Case("se-voir-suspendre", f"{A} s'est vu suspendre son compte par Reddit.", (banned("Reddit", A),)),
    Case("attirer-les-foudres", f"{A} s'est attiré les foudres de {B}.", (criticised(B, A),)),
    Case("se-serrer-la-main", f"{A} et {B} se sont serré la main.", (met(A, B),)),
    Case("aux-cotes-de", f"{A} s'est affiché aux côtés de {B} lors du meeting.", (met(A, B),)),
    Case("mettre-fin", f"Reddit a mis fin au compte de {A}.", (banned("Reddit", A),)),
    Case("meeting-noun-with-its-party", f"La lettre coïncidait avec l'entretien de {A} avec {B}.", (met(A, B),)),
    Case("dont-celui-de", f"Reddit avait annoncé la suspension permanente de plusieurs comptes, dont celui de {A}.", (banned("Reddit", A),)),
    Case("elected-president", f"Le PDG de Reddit, {A}, a rencontré le président élu {B} dans sa résidence.", (met(A, B),)),
    Case(
        "request-about-another-thing",
        f"{B} a déposé une demande d'annulation de l'interdiction de Reddit prononcée par {A}.",
        (banned(A, "Reddit"),),
    ),
    Case("clitics-far-before", f"{A} s'en est néanmoins plusieurs fois pris à Reddit.", (criticised(A, "Reddit"),)),
    Case("serrer-la-main-de", f"{A} serre la main du patron de Reddit, {C}, lors du sommet.", (met(A, C),)),
    Case("support-verb-and-time", f"Reddit a confirmé jeudi soir la suspension du compte de {A}.", (banned("Reddit", A),)),
    Case("pronoun-then-present", f"{A} vit à Lyon. Il rencontre {B} en 1998.", (met(A, B),)),
    Case(
        "pronoun-after-alors-que",
        f"{A} s'est entretenu avec {B}, alors qu'il a dit qu'il s'opposait aux mesures prises par {B}.",
        (met(A, B), criticised(A, B)),
    ),
    Case(
        "qui-after-a-list",
        f"Le président a été critiqué par plusieurs plateformes, notamment Reddit, Discord et Twitch, qui ont banni {A}.",
        (banned("Reddit", A), banned("Discord", A), banned("Twitch", A)),
    ),
    Case("ban-on-using", "De son côté, la Russie a interdit aux administrations d'utiliser Reddit.", (banned("Russie", "Reddit"),)),
    Case("qui-after-one-name", f"Le juge a reçu {A}, qui a critiqué Reddit.", (criticised(A, "Reddit"),)),
    Case(
        "support-verb-over-a-coordination",
        f"{A} a annoncé l'envoi de gendarmes ainsi que l'interdiction du réseau social Reddit.",
        (banned(A, "Reddit"),),
    ),
    Case("requested-ban", f"{A} réclame l'interdiction de Reddit.", (banned(A, "Reddit", "uncertain"),)),
    Case("considered-ban", f"{A} évoque même la possibilité d'une interdiction de Reddit en Europe.", (banned(A, "Reddit", "uncertain"),)),
    Case("name-in-parentheses", f"{A} y a attaqué le parti des républicains (GOP).", (criticised(A, "Parti républicain"),)),
    # near misses: no edge
    Case("miss-criticising-the-lifting", f"{A} a dénoncé la levée de l'interdiction de Reddit.", ()),
    Case("miss-a-people-as-a-whole", f"{A} a attaqué les Noirs et les Juifs dans son émission.", ()),
    Case("miss-reflexive-cue-without-se", f"La société a été engagée par {A} pour sa campagne.", ()),
    Case("miss-lifting-a-ban", f"Le Conseil a confirmé jeudi soir la levée de l'interdiction de Reddit.", ()),
    Case("miss-voting-for-a-ban", f"Les juges ont voté en faveur de l'interdiction de {A}.", ()),
    Case("miss-said-to-a-platform", f"{A} a déclaré à Reddit qu'il viendrait.", ()),
    Case("miss-common-noun-subject", f"{A} a quitté Reddit et sur son site, les chroniqueurs critiquent souvent {B}.", ()),
    Case("miss-written-channel", f"Les courriels montrent que {A} a échangé avec {B}.", ()),
    Case("miss-meeting-a-country", f"{A} a rencontré la France.", ()),
    Case("miss-comment-on-support", f"{A} a commenté le soutien de {C}.", ()),
    Case("miss-power-is-not-doubt", f"Proche de {C}, qui retrouvera le pouvoir, {A} accuse Reddit de censure.", (criticised(A, "Reddit"),)),
    Case("miss-parler-de", f"{A} a parlé de {B}.", ()),
    Case("miss-ban-noun-under-other-verb", f"{A} a critiqué la suspension du compte de {B}.", ()),
    Case("miss-critics-of", f"{A} a répondu aux détracteurs de {B}.", ()),
    Case("miss-supporters-banned", f"Reddit a suspendu les comptes des partisans de {A}.", ()),
    Case("miss-platform-of-account", f"Le compte Twitter de {A} comptait un million d'abonnés.", ()),
    Case("miss-se-rendre-a", f"{A} et {B} se sont rendus à Paris.", ()),
    Case("miss-echanger-mails", f"Les courriels montrent que {A} a échangé avec {B}.", ()),
    # an opening participle names the subject after its comma, past a description of its actor
    Case("opening-participle-described-actor", f"Financé par le milliardaire {A}, {B} entre en politique.", (endorsed(A, B),)),
    # a participle set off by a comma takes the sentence's subject, not the object before it
    Case(
        "participle-main-subject",
        f"{A} rejoint ensuite le parti Reconquête, se ralliant à la candidature de {B}.",
        (endorsed(A, B),),
    ),
    Case("proxy-activites", f"{A} participe au financement des activités de {B}.", (endorsed(A, B),)),
    Case("relative-dont-without-comma", f"{A} a conseillé le président {B} dont il a soutenu la candidature.", (endorsed(A, B),)),
    Case("miss-relative-of-the-noun", f"{A} connaît la femme de {B} que {C} a reçue.", ()),
    Case("elle-y-a", f"{B} a écrit peu de chroniques mais en 2015, elle y a attaqué Reddit.", (criticised(B, "Reddit"),)),
    # a participle in an apposition says what the party before it underwent
    Case(
        "apposed-participle",
        f"{A} cite Pixelia, mouvement d'extrême droite dissous par le ministère de l'Intérieur en 2021.",
        (banned("ministère de l'Intérieur", "Pixelia"),),
    ),
    Case("apposed-participle-commas", "Pixelia, suspendu par Reddit en 2021, a rejoint Gab.", (banned("Reddit", "Pixelia"),)),
    Case(
        "miss-apposed-participle-after-an-infinitive",
        f"Pixelia, un parti créé pour faire advenir le Brexit, financé par {A}, a disparu.",
        (),
    ),
    Case("miss-apposed-participle-not-a-cue", f"{A} a rencontré {B}, élue par les habitants de Lyon.", (met(A, B),)),
    Case("opening-infinitive-causative", f"Après avoir fait condamner {B}, {A} déclare qu'il est satisfait.", (criticised(A, B),)),
    # a list of attributes after « être »: the last one describes the subject too
    Case(
        "holder-attribute-list",
        f"{A} était l'un des contributeurs du site Breitbart News, une figure de la droite et un grand soutien de {B}.",
        (endorsed(A, B),),
    ),
    Case("holder-apposition-to-an-object", f"{C} a rencontré {A}, un ancien critique de {B}.", (met(C, A), criticised(A, B))),
    Case("miss-holder-after-an-object", f"{A} a rencontré {C} et un grand soutien de {B}.", (met(A, C),)),
    # the platforms named before « de » say where the accounts are; the owner is the party
    Case("proxy-platforms-not-subject", f"Les comptes Instagram et Facebook de {A} sont supprimés par Meta.", (banned("Meta", A),)),
    Case(
        "proxy-subject-past-a-relative",
        f"Les comptes de {A}, l'homme que connaît {B}, sont supprimés par la maison-mère Meta.",
        (banned("Meta", A),),
    ),
    # a possessive before an account, a campaign...: its owner, the person in play
    Case("possessive-next-sentence", f"{B} a quitté Lyon. Reddit a suspendu son compte.", (banned("Reddit", B),)),
    Case("miss-possessive-own-account", f"{A} a fermé son compte Reddit.", ()),
    Case("possessive-sur-platform", f"{B} vit à Lyon. Sur Instagram, son compte est régulièrement suspendu.", (banned("Instagram", B),)),
    Case("possessive-compte-sur-le-reseau", f"{B} vit à Lyon. Son compte sur le réseau TikTok est supprimé.", (banned("TikTok", B),)),
    Case("miss-sur-platform-of-another-verb", f"{B} a parlé sur Reddit, puis a été suspendue.", ()),
    Case("proxy-position", f"{A} a ouvertement critiqué la position de {B}.", (criticised(A, B),)),
    # the actor after a participle and « par » in a noun's phrase
    Case("nominal-done-by", f"Les attaques contre {A} menées par {B} ont commencé.", (criticised(B, A),)),
    Case("nominal-done-by-before-target", f"La plainte déposée par {A} contre {B} a été rejetée.", (criticised(A, B),)),
    Case("actor-described-with-de", "Pixelia a été attaqué en justice par la maison d'édition scientifique Elsevier.", (criticised("Elsevier", "Pixelia"),)),
    # a ban with no actor holds in a country: its state is the source
    Case("ban-in-a-country", "Telegram a été bloqué en Russie en 2018.", (banned("Russie", "Telegram"),)),
    Case("ban-noun-in-a-country", "Le blocage de Wikipédia en Turquie a duré deux ans.", (banned("Turquie", "Wikipédia"),)),
    Case("ban-platform-before-country", f"{A} a été banni de Twitter en France.", (banned("Twitter", A),)),
    Case("proxy-dons", f"{A} a été financé par les dons de Pixelia et de Google.", (endorsed("Pixelia", A), endorsed("Google", A))),
    Case(
        "miss-subject-after-preposition-and-role",
        f"Proche du président réélu brésilien {C}, {A} dénonce les quotas européens, accusant Reddit de censure.",
        (criticised(A, "Reddit"),),
    ),
    Case(
        "subject-described-with-a-complement",
        f"Le candidat battu à l'élection municipale {A} et le maire {C} ont dîné ensemble samedi.",
        (met(A, C),),
    ),
    Case(  # « son » may stand for the subject after the comma
        "miss-possessive-in-an-opening-phrase",
        f"{B} vit à Lyon. Après la suspension de son compte par Reddit, Pixelia a porté plainte.",
        (),
    ),
    Case("attribute-verb", f"{A} a traité {B} de menteuse.", (criticised(A, B),)),
    Case("miss-attribute-verb-without-attribute", f"{B} a traité {A} avec respect.", ()),
    Case("passive-place-before-actor", f"{B} a été reçue à l'Élysée par {A}.", (met(A, B),)),
    Case("denied-meeting", f"{A} a démenti avoir rencontré {B}.", (met(A, B, "negated"),)),
    Case("denied-meeting-nier", f"{A} nie avoir rencontré {B}.", (met(A, B, "negated"),)),
    Case("voler-au-secours", f"{A} a volé au secours de {B}.", (endorsed(A, B),)),
    Case("holder-invite", f"{A} a été l'invité de {B} à Lyon.", (met(A, B),)),
    # a judgement given as an attribute (judgements.tsv)
    Case("qualifier-negative", f"{A} a qualifié {B} de « tyran des marchés ».", (criticised(A, B),)),
    Case("qualifier-positive", f"{A} a qualifié {B} de génie.", (endorsed(A, B),)),
    Case("miss-qualifier-neutral", f"{A} a qualifié {B} de candidate sérieuse.", ()),
    Case("qualifier-passive", f"{B} a été qualifiée de « menteuse » par {A}.", (criticised(A, B),)),
    Case("qualifier-opening-participle", f"Qualifié de « fasciste » par le journaliste {A}, {C} a porté plainte.", (criticised(A, C),)),
    Case("qualifier-object-pronoun", f"{B} a quitté Lyon. {A} l'a qualifiée de clown.", (criticised(A, B),)),
    Case("receiving-past-time-words", f"{B}, qui a obtenu ces dernières semaines le soutien de {A} ou de {C}, a gagné.", (endorsed(A, B), endorsed(C, B))),
    Case("compter-sur-le-soutien", f"{B} peut compter sur l'indéfectible appui de {A}.", (endorsed(A, B),)),
    Case("subject-after-a-participle-of-role", f"Le maire réélu {C} a soupé vendredi avec le fondateur de Pixelia, {A}.", (met(A, C),)),
    Case("day-and-part-of-day-before-object", f"{A} reçoit jeudi soir à Matignon {B}, patronne de Pixelia.", (met(A, B),)),
    Case("clock-time-before-object", f"{A} a rencontré à 11h {B}.", (met(A, B),)),
    Case("duration-before-object", f"Reddit a fermé pour une semaine la page de {A}.", (banned("Reddit", A),)),
    Case("possessive-after-a-preposition", f"Comme {B}, qui raconte que Reddit avait choisi de supprimer sa page, {A} s'est plaint.", (banned("Reddit", B),)),
    Case("miss-completive-que", f"{A} a informé {B} que Reddit avait suspendu {C}.", (banned("Reddit", C),)),
    # object pronouns before the verb
    Case(
        "object-clitic-after-a-list",
        f"Les sites ont restreint les comptes de {A}, notamment Reddit et Twitch, qui l'ont banni.",
        (banned("Reddit", A), banned("Twitch", A)),
    ),
    Case("object-clitic-previous-subject", f"{B} a quitté Lyon. {A} l'a critiquée durement.", (criticised(A, B),)),
    Case("miss-object-clitic-two-persons", f"{A} a parlé de {B} et {C} l'a reçu.", ()),
    Case("miss-object-clitic-a-thing", f"{A} a présenté le projet. {B} l'a critiqué.", ()),
    # findings of a breach: the one who finds criticises the one in breach
    Case(
        "finding-breach",
        "La Commission européenne a constaté qu'Apple avait enfreint ses obligations, et que Meta n'avait pas respecté la loi.",
        (criticised("Commission européenne", "Apple"), criticised("Commission européenne", "Meta")),
    ),
    Case("finding-manquer-a", "La CNIL a constaté que Pixelia a manqué à ses obligations.", (criticised(CNIL, "Pixelia"),)),
    Case("miss-finding-compliance", "La CNIL a estimé que Pixelia avait respecté la loi.", ()),
    Case("miss-finding-missed-meeting", "La CNIL a constaté que Pixelia a manqué la réunion.", ()),
    Case("finding-denied", "La CNIL n'a pas constaté que Pixelia avait violé la loi.", (criticised(CNIL, "Pixelia", "negated"),)),
    # adverbial incises between commas, between a verb and its object
    Case("comma-incises-before-object", f"Le Parti radical a exclu, hier, à l'unanimité, {A}.", (banned("Parti radical", A),)),
    Case("comma-incise-before-proxy", f"Reddit a fermé, lundi, la page de {A}.", (banned("Reddit", A),)),
    Case("miss-comma-incise-with-a-party", f"{A} a critiqué, selon {B}, la décision.", ()),
    # the platform of an account is where a ban with no actor named took place
    Case("account-platform-nominal", f"Après la suspension du compte Twitch de {A}, ses abonnés ont protesté.", (banned("Twitch", A),)),
    Case("account-platform-passive", f"Le compte Instagram de {B} a été suspendu mardi.", (banned("Instagram", B),)),
    Case("miss-account-without-platform", f"{A} a dénoncé la suspension du compte de {B}.", ()),
    Case("platform-list-after-sur", "L'application Pixelia est interdite sur l'App Store et le Play Store.", (banned("App Store", "Pixelia"), banned("Google Play", "Pixelia"))),
    Case("proxy-service-of-a-site", "Cloudflare a coupé l'hébergement du site Pixelia.", (banned("Cloudflare", "Pixelia"),)),
    # fines, donors, dissociation, idioms, indictments, entry refused
    Case("fine-with-a-sum", "La CNIL a infligé une amende de 2 millions d'euros à Pixelia pour avoir manqué à ses obligations.", (criticised(CNIL, "Pixelia"),)),
    Case("miss-fine-paid", "Pixelia a payé une amende de 2 millions d'euros à l'État irlandais.", ()),
    Case("fine-received", "Pixelia a écopé d'une amende de la CNIL.", (criticised(CNIL, "Pixelia"),)),
    Case("holder-donor", f"{B} est devenue une donatrice importante du Parti radical.", (endorsed(B, "Parti radical"),)),
    Case("se-dissocier-de", f"{C} s'est dissocié des positions de {B}.", (criticised(C, B),)),
    Case("vouer-aux-gemonies-apposed", f"{A}, voué aux gémonies par le Parti radical, a quitté Lyon.", (criticised("Parti radical", A),)),
    Case("inculper-passive", f"{A} est inculpé par le gouvernement canadien pour espionnage.", (criticised("gouvernement canadien", A),)),
    Case("refuser-l-entree", f"{B} se voit refuser l'entrée au Canada.", (banned("Canada", B),)),
    # an opening participle with several actors, past a relative clause
    Case(
        "opening-participle-actors-past-a-relative",
        f"Soutenu par {A}, qui finance sa campagne, et par l'ancien maire {C}, {B} remporte la primaire.",
        (endorsed(A, B), endorsed(C, B)),
    ),
    Case("opening-participle-relative-then-subject", f"Financée par {A}, qui dirige Pixelia, {B} entre en politique.", (endorsed(A, B),)),
    # a negated hesitation asserts; « sans » before a perfect infinitive denies
    Case("not-hesitate", f"{A} n'a pas hésité à critiquer {B} lors du débat.", (criticised(A, B),)),
    Case("hesitate", f"{A} hésite à critiquer {B}.", (criticised(A, B, "uncertain"),)),
    Case("not-delay", f"Reddit n'a pas tardé à exclure {B}.", (banned("Reddit", B),)),
    Case("opening-perfect-infinitive", f"Après avoir critiqué {B}, {A} a rencontré {C}.", (criticised(A, B), met(A, C))),
    Case("sans-perfect-infinitive", f"Sans avoir jamais rencontré {B}, {A} a écrit un livre.", (met(A, B, "negated"),)),
    Case("sans-reflexive-infinitive", f"{A} est reparti sans s'être entretenu avec {B}.", (met(A, B, "negated"),)),
    # « dont » owning the subject of a passive; answering someone's attacks; distancing
    Case("dont-proxy-passive", f"{B}, dont le compte a été suspendu par Twitch, a porté plainte.", (banned("Twitch", B),)),
    Case("miss-dont-not-a-proxy", f"{A}, dont le parti a été dissous par Reddit, a protesté.", ()),
    Case("answer-attacks", f"{B} a répondu aux attaques de {A}.", (criticised(A, B),)),
    Case("take-distance", f"{A} a pris ses distances avec {B}.", (criticised(A, B),)),
    # a role description, then the name in apposition with a demonym; a possessive before a noun
    Case(
        "apposed-name-after-former-role-and-demonym",
        f"{A} a qualifié l'ancien patron de Pixelia, l'Américain {C}, de « tyran des marchés ».",
        (criticised(A, C),),
    ),
    Case("support-verb-past-possessive", f"{A} a exprimé son soutien pour {B}.", (endorsed(A, B),)),
    Case("sentence-final-mixed-case-name", f"{A} a exprimé son soutien pour le PiS.", (endorsed(A, "PiS"),)),
    # a duration or a bare noun between a noun and its complement
    Case("duration-before-avec", f"{A} a pris part à un entretien d'une heure avec la candidate du parti, {B}.", (met(A, B),)),
    Case("bare-noun-before-de-source", f"Les menaces de sanction de {A} contre Pixelia ont échoué.", (criticised(A, "Pixelia"),)),
    # an interview: the one interviewed after « de », the interviewer after « par » or as the subject of a support verb
    Case("interview-par", f"Après une interview de {B} par {A}, la polémique a enflé.", (met(A, B),)),
    Case("interview-support-verb", f"{A} a mené une longue interview de {B}.", (met(A, B),)),
    Case("miss-interview-read", f"{C} a lu l'interview de {B}.", ()),
    # a dative pronoun for the previous sentence's person
    Case("dative-pronoun", f"{C} a quitté Lyon. {A} lui reprochait de mentir.", (criticised(A, C),)),
    # a role noun between a proxy's « de » and its owner
    Case("proxy-owner-after-role-noun", f"Twitch supprime le compte de l'influenceur {A}, accusé d'escroquerie", (banned("Twitch", A),)),
    # a participle tagged as a noun after an auxiliary and an adverb
    Case("participle-after-adverb", f"{A} a ensuite déjeuné avec {B}.", (met(A, B),)),
    # an epithet for the one person named so far; none with two
    Case("epithet-sole-person", f"{A} s'est rendu à Lyon lundi. L'homme d'affaires a ensuite déjeuné avec {B}.", (met(A, B),)),
    Case("miss-epithet-two-persons", f"{A} et {C} sont arrivés à Lyon. L'homme d'affaires a ensuite déjeuné avec {B}.", ()),
    Case("miss-epithet-wrong-gender", f"{B} est arrivée à Lyon. L'homme d'affaires a ensuite critiqué {C}.", ()),
    # a noun of a tie to another person before a name in apposition (or a list: the names are parties either way)
    Case("apposed-name-after-tie-noun", f"{A} a accordé son soutien à son ancienne rivale, {B}, mardi.", (endorsed(A, B),)),
    Case("apposition-or-list", f"{A} a critiqué le mari, {C} et {B}.", (criticised(A, C), criticised(A, B))),
    # the organisation a ban noun's target is excluded from
    Case("ban-noun-de-organisation", f"Le bureau a validé l'exclusion de {A} du Parti radical.", (banned("Parti radical", A),)),
    Case("miss-ban-noun-complained", f"{C} a dénoncé l'exclusion de {A}.", ()),
    # banning the use of a service; a future auxiliary; a subject pronoun the resolver placed
    Case("ban-use-noun", "Le gouvernement canadien a interdit vendredi le téléchargement et l'utilisation de Pixelia.", (banned("gouvernement canadien", "Pixelia"),)),
    Case("miss-criticised-use", f"{A} a critiqué l'utilisation de Pixelia par les enfants.", ()),
    Case("future-auxiliary", "Si Pixelia refuse, elle sera interdite au Canada.", (banned("Canada", "Pixelia", "uncertain"),)),
    Case("resolved-pronoun-subject", f"{A} a reçu {B} lundi, puis il a dîné avec {C}.", (met(A, B), met(A, C))),
    # a repetition between the auxiliary and the participle; a sum after « don »; a participle's agent after « de »
    Case("repetition-before-participle", f"{A} s'en est une nouvelle fois vertement pris à {B}.", (criticised(A, B),)),
    Case("approximate-sum", f"{A} a fait don de près de 300 millions d'euros au Parti radical.", (endorsed(A, "Parti radical"),)),
    Case("present-participle-agent", f"Le livre comprend une photo de {A} rencontrant {B} à Lyon.", (met(A, B),)),
    Case("miss-gerund-is-not-after-name", f"{C} a parlé de {A} en rencontrant {B}.", (met(C, B),)),
    # a licence withdrawn; a channel named after « la chaîne »; a repetition before an opening participle
    Case("licence-withdrawn", "L'Arcom a décidé de retirer sa fréquence TNT à la chaîne Pixel8.", (banned(ARCOM, "Pixel8"),)),
    Case("miss-licence-not-withdrawn", "L'Arcom a retiré sa plainte à Lyon.", ()),
    Case("opening-participle-after-repetition", "Maintes fois sanctionnée par l'Arcom, Pixelia a fermé.", (criticised(ARCOM, "Pixelia"),)),
    Case("regulator-description", "L'Arcom a publié un avis. Le gendarme de l'audiovisuel a fermé Pixelia.", (banned(ARCOM, "Pixelia"),)),
    # « leur rencontre »: between the persons of the subject; an adverbial phrase before the object
    Case("their-meeting-opening", f"Pour leur première rencontre, {A} et {B} ont donné l'impression de se connaître.", (met(A, B),)),
    Case("miss-their-meeting-one-person", f"Pour leur première rencontre, {A} a choisi Lyon.", ()),
    Case("adverbial-phrase-before-object", f"{A} a reçu en grande pompe lundi son homologue {B}.", (met(A, B),)),
    Case("opening-perfect-infinitive-with-date", f"Après avoir rencontré {C} la semaine dernière, {A} a reçu {B}.", (met(A, C), met(A, B))),
    # an investigation: « sur », or a participle naming its target
    Case("investigation-sur", "La CNIL a ouvert une enquête sur Pixelia pour manquements.", (criticised(CNIL, "Pixelia"),)),
    Case("investigation-visant", f"Le parquet de Paris a ouvert une enquête visant {A}.", (criticised("parquet de Paris", A),)),
    Case("miss-visant-a-infinitive", f"{A} a lancé une enquête visant à comprendre le marché.", ()),
    # a reflexive that changes the sense; nominating, calling for a resignation, qualities as proxies
    Case("se-dire-favorable-is-no-saying-to", f"{A} s'est dit favorable à {B}.", (endorsed(A, B),)),  # support, not a talk
    Case("investir", f"Le Parti radical a investi {B} pour les législatives.", (endorsed("Parti radical", B),)),
    Case("investiture-par", f"L'investiture de {B} par le Parti radical a été confirmée.", (endorsed("Parti radical", B),)),
    Case("miss-investir-money", "Pixelia a investi 3 millions d'euros dans Lyon.", ()),
    Case("resignation-called-for", f"{A} a réclamé la démission de {B}.", (criticised(A, B),)),
    Case("quality-as-proxy", f"{A} a salué le courage de {B}.", (endorsed(A, B),)),
    # bans from a country, « se faire » as a passive, a short adverbial, a proxy of a proxy
    Case("expelled-from-country", f"{A} a été expulsé de France en 2019.", (banned("France", A),)),
    Case("se-faire-passive", f"{A} s'est fait bannir de Twitch.", (banned("Twitch", A),)),
    Case("short-adverbial-before-object", f"Twitch a banni à vie {A}.", (banned("Twitch", A),)),
    Case("proxy-of-a-proxy", f"Reddit a restreint l'accès aux pages de {B} en Europe.", (banned("Reddit", B),)),
    # a clause of purpose is not a fact; a concessive one is, and so is « avant que » in a narrative
    Case("purpose-clause", f"{C} plaide pour que {B} rencontre {A}.", (met(A, B, "uncertain"),)),
    Case("narrative-avant-que", f"{B} avait rouvert sa chaîne lundi, avant que Twitch ne la supprime le lendemain.", (banned("Twitch", B),)),
    Case("concessive-clause", f"Bien que {A} ait rencontré {B}, rien ne change.", (met(A, B),)),
    Case("debate-with", f"{A} a débattu avec {B} sur France 2.", (met(A, B),)),
    Case("miss-letter-received", f"{A} a reçu une lettre de {B}.", ()),
    # what kind of organisation a name is says it is no subject; the service itself may be one
    Case("miss-type-description-subject", "Le créateur de l'application de paiement Pixelia a versé 4 600 euros à l'association de financement de Jeanne Morel.", ()),
    Case("type-description-then-apposed-person", f"La fondatrice du site de réemploi Pixelia, {B}, a appelé à voter pour {A}.", (endorsed(B, A),)),
    Case("service-as-subject", f"L'application Pixelia a banni {B}.", (banned("Pixelia", B),)),
    # coordinated predicates share their subject; a name before a verb opens a new clause
    Case("shared-subject-of-predicates", f"{B} a injurié l'ancien maire {C} et a attaqué le président sortant {A}.", (criticised(B, C), criticised(B, A))),
    Case("second-clause-subject", f"{B} a reçu {C} et {A} a critiqué Léa Durand.", (met(B, C), criticised(A, "Léa Durand"))),
    # rivals in an election do not meet
    Case("miss-face-a-face-election", f"{A} et {B}, qui se retrouveront face à face au second tour, ont obtenu des soutiens.", ()),
    # an object pronoun for a thing someone owns stands for its owner; for another thing, for no one
    Case("object-pronoun-for-owned-thing", f"{B} avait récupéré l'accès à sa chaîne lundi, avant que Twitch ne la supprime le lendemain.", (banned("Twitch", B),)),
    Case("object-pronoun-for-a-place-passed", f"{B} a quitté Lyon. {A} l'a critiquée durement.", (criticised(A, B),)),
    # a possessive in a sentence whose subject is an unplaced description is not the last sentence's subject's
    Case("miss-possessive-of-unplaced-subject", f"{A} a parlé lundi. La jeune femme avait récupéré sa chaîne, avant que Twitch ne la supprime.", ()),
    # a list of attributes in apposition: its last noun describes the person before the comma
    Case("holder-end-of-apposed-list", f"{B}, ancienne rédactrice en chef de Libération et soutien de {C}, a démissionné.", (endorsed(B, C),)),
    Case("miss-holder-another-person-in-list", f"{A} a reçu {B}, rédactrice de Libération, et un soutien de {C}.", (met(A, B),)),
    # « de la part de X » says what « par X » says: after a noun, and under « faire l'objet de »
    Case("de-la-part-de-ban", "Le forum Pixelia a fait l'objet de blocages répétés de la part des autorités turques.", (banned("Turquie", "Pixelia"),)),
    Case("de-la-part-de-criticism", f"{B} a essuyé de vives critiques de la part de {A}.", (criticised(A, B),)),
    Case("faire-objet-ban-par", "Le forum Pixelia a fait l'objet d'une suspension par Reddit.", (banned("Reddit", "Pixelia"),)),
    Case("par-before-de-target", f"L'exclusion par le Parti radical de {B} a surpris.", (banned("Parti radical", B),)),
    Case("par-before-de-proxy", f"L'éloge par {A} de la campagne de {B} a surpris.", (endorsed(A, B),)),
    Case("miss-de-la-part-without-cue", f"{B} a reçu une lettre de la part de {A}.", ()),
    # the authorities of a country are its state
    Case("authorities-of-a-country", "Les autorités russes ont bloqué Pixelia en 2022.", (banned("Russie", "Pixelia"),)),
    # a dated meeting owned by a possessive: the subject of the verb that governs it met the other
    Case("dated-meeting-possessive", f"{A} a raconté sa rencontre de mars 2019 avec {B}.", (met(A, B),)),
    Case("cancelled-dated-meeting", f"{A} a annulé sa rencontre du 3 mars avec {B}.", (met(A, B, "negated"),)),
    Case("cancelled-meeting", f"{A} a annulé son dîner avec {B}.", (met(A, B, "negated"),)),
    Case("postponed-meeting", f"{A} a reporté son entretien avec {B}.", (met(A, B, "uncertain"),)),
    Case("denied-meeting-by-its-noun", f"{A} a démenti sa rencontre avec {B}.", (met(A, B, "negated"),)),
    # a present the morphologizer takes for a future is no plan: every future ends in « -r- »
    Case("present-tagged-future", f"{A} accueille {B} à l'Élysée.", (met(A, B),)),
    # « le patron de Tesla et SpaceX »: the second company continues the description
    Case("description-complement-coordinated", f"{A} a critiqué le patron de Tesla et SpaceX.", (criticised(A, "Elon Musk"),)),
    # a nomination stands for the one named; « faire barrage »; a support committee
    Case("proxy-nomination", f"{A} a critiqué la nomination de {B}.", (criticised(A, B),)),
    Case("faire-barrage", f"{A} a appelé à faire barrage au Parti radical.", (criticised(A, "Parti radical"),)),
    Case("support-committee", f"{A} a rejoint le comité de soutien de {B}.", (endorsed(A, B),)),
    Case("miss-support-committee-subject", f"Le comité de soutien de {B} a organisé un meeting à Lyon.", ()),
    Case("miss-nomination-announced", f"{A} a annoncé la nomination de {B}.", ()),
    # « lui » after a sentence whose object was a person's thing: that person, not the thing
    Case("dative-pronoun-after-owned-thing", f"Reddit a suspendu les comptes de {B}. Reddit lui reproche des propos haineux.", (banned("Reddit", B), criticised("Reddit", B))),
    # a participle naming the target, then its actor; pressure as what someone does; « malmener »
    Case("noun-participle-target-then-par", f"Les attaques lancées contre {B} par {A} ont choqué.", (criticised(A, B),)),
    Case("noun-participle-target-then-par-org", "Le procès intenté contre Pixelia par la CNIL a commencé.", (criticised(CNIL, "Pixelia"),)),
    Case("miss-noun-participle-then-par-not-agent", "Le procès intenté contre Pixelia a commencé par une audience.", ()),
    Case("proxy-pressures", f"{A} critique les pressions de {B} sur Pixelia.", (criticised(A, B),)),
    Case("malmener-passive", f"{A}, malmené par {B}, s'est excusé.", (criticised(B, A),)),
    # « en » before a passive ban: the organisation named before it in the sentence
    Case("en-clitic-ban-source", f"Membre du Parti radical, {A} en est exclu en 1999.", (banned("Parti radical", A),)),
    Case("miss-en-clitic-no-organisation", f"{A} a quitté Lyon et il en est exclu.", ()),
    # « cette dernière » after a country is the country, no person named before it
    Case("demonstrative-after-a-country", f"{A} a reçu {B}. La Ligue arabe a critiqué l'Égypte, et cette dernière a critiqué {C}.", (met(A, B), criticised("Ligue arabe", "Égypte"))),
    # agent locutions: « sur décision de X », « à l'initiative de X » say what « par X » says
    Case("agent-sur-decision", f"{A} a été exclu au mois d'avril sur décision de {B}.", (banned(B, A),)),
    Case("agent-a-l-initiative", f"{A} a été suspendu à l'initiative de {B}.", (banned(B, A),)),
    # a possessive before a ban noun whose « de » is an organisation: its owner is the one banned
    Case("possessive-exclusion-opening", f"Après son exclusion du Parti radical, {A} fonde un journal.", (banned("Parti radical", A),)),
    Case("possessive-exclusion-after-verb", f"{A} crée un mouvement après son exclusion du Parti radical.", (banned("Parti radical", A),)),
    Case("miss-possessive-exclusion-of-a-person", f"{A} a commenté son exclusion de la liste de {B}.", ()),
    # « avec le soutien de X »: X supports the subject; « s'engager aux côtés de »
    Case("with-the-support-of", f"{A} a remporté l'élection avec le soutien du Parti radical.", (endorsed("Parti radical", A),)),
    Case("s-engager-aux-cotes", f"{A} s'engage aux côtés de {B}.", (endorsed(A, B),)),
    # a relative clause between a meeting noun and « entre »; a description then its name in a list
    Case("meeting-relative-then-entre", f"La rencontre qui a eu lieu lundi entre {A} et {B} a été cordiale.", (met(A, B),)),
    Case("meeting-entre-description-then-name", f"Une réunion entre le président américain {A} et {B} a eu lieu à Malte.", (met(A, B),)),
    # a military title the model put inside the name
    Case("title-inside-the-name", f"{A} avait eu une entrevue avec le général Franco.", (met(A, "Franco"),)),
    # a noun of refusal or intent with its own « de X » before the infinitive it governs
    Case("noun-refusal-with-its-subject", f"Le refus de {A} de recevoir {B} a surpris.", (met(A, B, "negated"),)),
    Case("noun-decision-with-its-subject", f"La décision de {A} de suspendre Pixelia a été contestée.", (banned(A, "Pixelia"),)),
    # « lors d'un entretien avec X, Y »: a meeting of the person named after the phrase
    Case("opening-indefinite-meeting", f"Lors d'un entretien avec {B}, {A} a évoqué la fiscalité.", (met(A, B),)),
    Case("miss-opening-indefinite-meeting-with-a-paper", f"Lors d'un entretien avec Le Figaro, {A} a évoqué la fiscalité.", ()),
    Case("miss-opening-definite-meeting", f"Lors de la rencontre avec {B}, {A} a évoqué la fiscalité.", ()),
    # a relative clause between commas after the subject is read past, whatever its subject
    Case("comma-relative-dont-common-subject", f"{A}, dont le gouvernement a perdu la majorité, reçoit {B}.", (met(A, B),)),
    Case("comma-relative-with-a-quote", f"{A}, dont le parti a dénoncé « la légèreté coupable de l'exécutif », reçoit {B} à Rome.", (met(A, B),)),
    Case("comma-relative-names-a-party", f"{A}, qui a rencontré {B}, a critiqué {C}.", (met(A, B), criticised(A, C))),
    Case("comma-relative-que", f"{A}, que {B} a critiqué, a reçu {C}.", (criticised(B, A), met(A, C))),
    Case("miss-comma-relative-not-before-a-verb", f"{A} a parlé à un élu, dont le gouvernement a reçu {B}.", ()),
    # « une fois de plus » between the auxiliary and the participle
    Case("une-fois-de-plus", f"{A} s'en est une fois de plus pris à {B}.", (criticised(A, B),)),
    # the « à » of a verb of saying whose object is a relation noun is the noun's
    Case("saying-support-to", f"{A} a affirmé son soutien à {B}.", (endorsed(A, B),)),
    Case("saying-position-to", f"{A} a expliqué sa position à {B}.", (met(A, B),)),
    # people listed after a colon are the subject of a clause whose subject is a plural noun
    Case("subjects-listed-after-colon", f"Plusieurs anciens élus ont exprimé leur soutien à {A} : {B}, {C} ou encore Lucie Petit.", (endorsed(B, A), endorsed(C, A), endorsed("Lucie Petit", A))),
    Case("miss-colon-list-not-ending-the-sentence", f"Plusieurs élus ont critiqué {A} : {B} et {C} l'ont dit.", ()),
    Case("objects-listed-after-colon", f"{A} a reçu des ministres : {B} et {C}.", (met(A, B), met(A, C))),
    Case("nominal-objects-listed-after-colon", f"Le Parti radical a voté l'exclusion de deux de ses membres : {B} et {C}.", (banned("Parti radical", B), banned("Parti radical", C))),
    Case("miss-objects-colon-list-not-ending-the-sentence", f"{A} a reçu des ministres : {B} et {C} l'ont dit.", ()),
    Case("miss-voter-a-relation-noun", f"Le Parti radical a voté l'exclusion de {B}.", (banned("Parti radical", B),)),
    # a verb in the future governing the cue's infinitive; « voter X »
    Case("future-governing-infinitive", f"{A} viendra demain soutenir {B}.", (endorsed(A, B, "uncertain"),)),
    Case("past-governing-infinitive", f"{A} est venu soutenir {B}.", (endorsed(A, B),)),
    # an account whose owner is named with a description, after an opening phrase
    Case("proxy-owner-with-description", f"Depuis le 3 mars, le compte Instagram de l'ancienne députée {A} est suspendu.", (banned("Instagram", A),)),
    Case("miss-proxy-opening-phrase-with-a-party", f"Selon {B}, la chaîne de {A} est suspendue.", ()),
    # a participle after a quotation and its inverted speaker; the tagger's noun « attaquant »
    Case("participle-after-inverted-speaker", f"« Ils mentent », a dénoncé samedi {A}, attaquant en particulier {B}.", (criticised(A, B),)),
    Case("participle-after-inverted-pronoun", f"Anne Durand a parlé. « Il ment », a-t-elle ajouté, accusant notamment {B} de mépris.", (criticised("Anne Durand", B),)),
    Case("miss-participle-speaker-with-a-hearer", f"« Ils mentent », a dit {A} à {C}, attaquant {B}.", (met(A, C),)),
    # the quoted title of a work in an incise is read past
    Case("quoted-title-in-incise", f"{A}, dans son livre « Sauver la France », accusait {B} de comploter.", (criticised(A, B),)),
    Case("quoted-paper-in-incise", f"{A}, dans un entretien au « Monde », a critiqué {B}.", (criticised(A, B),)),
    Case("miss-quotation-is-no-title", f"{A} a dit : « {B} a critiqué la réforme ».", ()),
    # a finding of breach whose participle the tagger reads as an adverb; a verb of saying as the finding
    Case("finding-breach-participle", "La Commission européenne a estimé que Pixelia avait violé le règlement.", (criticised("Commission européenne", "Pixelia"),)),
    Case("finding-souligner", "La Commission européenne a souligné en juillet que Pixelia avait violé le règlement.", (criticised("Commission européenne", "Pixelia"),)),
    Case("miss-finding-not-a-breach", "La Commission européenne a souligné que Pixelia avait respecté le règlement.", ()),
    # a role description the model read as a name, or cut short, and the name apposed to it: one party
    Case("role-read-as-name-then-apposed-name", f"Le Président de la République, {A}, s'est entretenu avec {B}.", (met(A, B),)),
    Case("portfolio-with-adjective-then-apposed-name", f"Le ministre des Affaires étrangères, {A}, a été reçu mardi à Rabat par le chef du gouvernement marocain, {B}.", (met(B, A),)),
    Case("nationality-and-portfolio-then-apposed-name", f"{A} a reçu lundi le ministre français des Affaires étrangères, {B}.", (met(A, B),)),
    Case("named-republic-then-apposed-name", f"{A} a eu un entretien avec le Président de la République du Congo, Jean Mbemba N'Kodia, lundi.", (met(A, "Jean Mbemba N'Kodia"),)),
    Case("participial-phrase-then-apposed-name", f"{A} a reçu le chef du gouvernement chargé de la réforme des retraites, {B}.", (met(A, B),)),
    Case("miss-participial-phrase-names-another", f"{A} a reçu le chef du gouvernement nommé par {C}, {B}.", ()),
    # comma incises between a verb and its preposition; an honorific after an apposed role
    Case("comma-incise-before-par", f"{A} a été reçu, lundi, par {B}.", (met(B, A),)),
    Case("comma-incises-before-avec", f"{A} s'est entretenu, ce dimanche 8 septembre, à Lyon (France), avec {B}.", (met(A, B),)),
    Case("miss-attribution-incise-before-par", f"{A} a été reçu, selon {C}, par {B}.", ()),
    Case("honorific-after-apposed-role", f"Le Président de la République, S.E.M. {A}, s'est entretenu avec {B}.", (met(A, B),)),
    # a relation noun under the infinitive of a verb of intent
    Case("noun-under-intent-infinitive", f"{A} doit visiter une usine, avant deux jours de discussions avec son homologue {B}.", (met(A, B, "uncertain"),)),
    Case("noun-under-past-verb", f"{A} a quitté la salle avant un dîner avec {B}.", (met(A, B),)),
    Case("adverbial-a-l-unanimite", f"Le Parti radical a exclu à l'unanimité {B}.", (banned("Parti radical", B),)),
    # the longest locution wins over the verb alone; a verb of intent the tagger left as its form
    Case("longest-locution", f"{A} a dit ses quatre vérités à {B}.", (criticised(A, B),)),
    Case("locution-façon-de-penser", f"{A} a dit sa façon de penser à {B}.", (criticised(A, B),)),
    Case("intent-verb-left-as-form", f"M. {A} compte rencontrer M. {B} très prochainement.", (met(A, B, "uncertain"),)),
    # descriptions before the names of a list and of a complement
    Case("entre-second-member-described", f"Une réunion entre le président américain {A} et le dirigeant soviétique {B} a eu lieu à Malte.", (met(A, B),)),
    Case("miss-entre-member-is-a-relative", f"Le dîner entre {A} et la femme de {B} a eu lieu.", ()),
    Case("meeting-of-described-owner-avec-described", f"Le 22 octobre a lieu la rencontre du ministre français des Affaires étrangères, {A}, avec l'ambassadeur d'Allemagne, {B}.", (met(A, B),)),
    Case("miss-event-avec-without-owner", f"Un dîner avec l'ambassadeur d'Allemagne, {B}, et {A} a eu lieu.", ()),
    # « rallier la candidature de Y »; « rallier Y à sa cause » is the other way round, and left alone
    Case("rallier-la-candidature", f"{A} a rallié la candidature de {B}.", (endorsed(A, B),)),
    Case("miss-rallier-a-sa-cause", f"{A} a rallié {B} à sa cause.", ()),  # see also rallier-object below
    # a participle after a common noun, then the name of the one it describes
    Case("participle-after-noun-then-name", f"Il est épaulé par un autre cadre exclu du Parti radical, {B}.", (banned("Parti radical", B),)),
    Case("miss-participle-after-noun-name-opens-clause", f"Un cadre exclu du Parti radical, {B} a fondé un journal.", ()),
    # vocabulary read in news
    Case("avoir-une-dent-contre", f"{A} a une dent contre {B}.", (criticised(A, B),)),
    Case("faire-l-eloge", f"{A} a fait l'éloge de {B}.", (endorsed(A, B),)),
    Case("miss-hue-par-les-partisans", f"{A} a été hué par les partisans de {B}.", ()),
    # an opinion whose attribute judges a party
    Case("opinion-pour-x", f"Pour {A}, {B} est « un danger pour la démocratie ».", (criticised(A, B),)),
    Case("opinion-selon-x", f"Selon {A}, {B} est irresponsable.", (criticised(A, B),)),
    Case("opinion-estimer-que", f"{A} estime que {B} est un menteur.", (criticised(A, B),)),
    Case("opinion-praise", f"{A} pense que {B} est un génie.", (endorsed(A, B),)),
    Case("opinion-of-an-action", f"Pour {A}, la décision de {B} est scandaleuse.", (criticised(A, B),)),
    Case("miss-opinion-negated", f"{A} estime que {B} n'est pas un menteur.", ()),
    Case("miss-opinion-conditional", f"Pour {A}, {B} serait un danger.", ()),
    Case("miss-opinion-in-danger", f"Pour {A}, {B} est en danger.", ()),
    Case("miss-opinion-of-a-relative", f"Pour {A}, la femme de {B} est scandaleuse.", ()),
    Case("miss-judgement-without-holder", f"{B} est un menteur.", ()),
    # « je » in quoted speech is its speaker, named after the quotation or before it
    Case("first-person-speaker-after", f"« Je soutiens {B} », a déclaré {A}.", (endorsed(A, B),)),
    Case("first-person-speaker-after-a-day", f"« Je n'ai jamais rencontré {B} », a affirmé mardi {A} sur France Inter.", (met(A, B, "negated"),)),
    Case("first-person-speaker-before", f"{A} a déclaré : « Je ne soutiendrai jamais {B} ».", (endorsed(A, B, "negated"),)),
    Case("miss-first-person-no-speaker", f"« Je soutiens {B} », a déclaré le ministre.", ()),
    # « a pu rencontrer » tells what was achieved; « aurait pu », « pourrait » what was possible
    Case("achieved-a-pu", f"{A} a pu rencontrer {B}.", (met(A, B),)),
    Case("possible-aurait-pu", f"{A} aurait pu rencontrer {B}.", (met(A, B, "uncertain"),)),
    Case("negated-n-a-pas-pu", f"{A} n'a pas pu rencontrer {B}.", (met(A, B, "negated"),)),
    # a relation noun in a phrase of time is no one's act; « avec le soutien de » is not the agent's
    Case("miss-noun-in-a-phrase-of-time", f"Vous recevez ce matin le ministre {A}, à deux jours de l'investiture de {B}.", ()),
    Case("miss-with-support-not-the-agent", f"La fédération serait dirigée par le prélat {A}, avec le soutien de la Belgique.", ()),
    # a name that ends with an elided particle (« Giscard d'Estaing »)
    Case("name-ending-with-elided-particle", f"Jean Morvan d'Arlay a reçu {B}.", (met("Jean Morvan d'Arlay", B),)),
    # a plural noun for a person after a locution of belonging; a qualifier before « de Y »; a
    # detached apposition that opens the sentence
    Case("membership-faire-partie", f"{A} fait partie des soutiens de {B} depuis la primaire.", (endorsed(A, B),)),
    Case("membership-figurer-parmi", f"{A} figure parmi les critiques de {B}.", (criticised(A, B),)),
    Case("membership-au-nombre", f"{A} est au nombre des partisans de {B}.", (endorsed(A, B),)),
    Case("miss-membership-of-another", f"Le fils de {A} fait partie des soutiens de {B}.", ()),
    Case("miss-membership-negated", f"{A} ne fait pas partie des soutiens de {B}.", (endorsed(A, B, "negated"),)),
    Case("qualifier-before-de", f"{A}, soutien de la première heure de {B}, entre au gouvernement.", (endorsed(A, B),)),
    Case("opening-apposition", f"Soutien de longue date de {B}, {A} entre au gouvernement.", (endorsed(A, B),)),
    Case("opening-apposition-intensifier", f"Fervent partisan de {B}, {A} quitte la mairie de Lyon.", (endorsed(A, B),)),
    Case("miss-opening-apposition-of-a-relative", f"Soutien de {B}, la fille de {A} entre au gouvernement.", ()),
    # the roles of a campaign
    Case("campaign-director-after-est", f"{A} est directeur de campagne de {B}.", (endorsed(A, B),)),
    Case("campaign-spokesperson-apposed", f"{A}, porte-parole de la campagne de {B}, a démissionné.", (endorsed(A, B),)),
    Case("campaign-team-joined", f"{A} a rejoint l'équipe de campagne de {B} en mars.", (endorsed(A, B),)),
    Case("miss-spokesperson-of-an-institution", f"{A}, porte-parole du Parti radical, a critiqué {B}.", (criticised(A, B),)),
    # a stressed pronoun after a preposition of a relation: not the subject of its clause
    Case("stressed-pronoun-contre-lui", f"{A} dirige la région. {B} a porté plainte contre lui.", (criticised(B, A),)),
    Case("stressed-pronoun-same-gender", f"{A} dirige la région. {C} a porté plainte contre lui.", (criticised(C, A),)),
    Case("stressed-pronoun-the-object-before", f"{A} a reçu {C} puis a dîné avec lui.", (met(A, C), met(A, C))),
    Case("miss-stressed-pronoun-reflexive", f"{A} dirige la région. {C} a porté plainte contre lui-même.", ()),
    # a participle the tagger took for an adjective after an adverb; a judging word it took for a verb
    Case("participle-tagged-adjective", f"{A} s'est publiquement opposé à {B}.", (criticised(A, B),)),
    Case("judging-word-tagged-verb", f"{A} a qualifié {C} de traître.", (criticised(A, C),)),
    # the noun a subject receives: « visé par », « la cible de »
    Case("receiving-vise-par", f"{A} est visé par une plainte de {B}.", (criticised(B, A),)),
    Case("receiving-la-cible-de", f"{A} a été la cible des critiques de {B}.", (criticised(B, A),)),
    Case("miss-receiving-cible-of-a-thing", f"La réforme de {A} est la cible des critiques.", ()),
    # « rallier Y »; « rallier Y à sa cause » is the other way round
    Case("rallier-object", f"{A} a rallié {B} en 2017.", (endorsed(A, B),)),
    Case("miss-rallier-object-a-cause", f"{A} a rallié {B} à son projet.", ()),
    # « Avec le soutien de Y, X ... »: the subject after the opening phrase
    Case("opening-avec-le-soutien", f"Avec le soutien de {B}, {A} remporte la mairie.", (endorsed(B, A),)),
    Case("miss-opening-avec-le-soutien-of-a-thing", f"Avec le soutien de {B}, la liste de {A} progresse.", ()),
    # meetings told by the event: « avoir lieu entre », « X et Y ont eu un entretien », a meeting
    # of two sides, an object after a phrase « en marge de ... »
    Case("avoir-lieu-entre", f"Une réunion a eu lieu mardi entre {A} et {C}.", (met(A, C),)),
    Case("se-tenir-entre", f"Un entretien s'est tenu lundi à Berlin entre {A} et {C}.", (met(A, C),)),
    Case("avoir-lieu-entre-negated", f"Aucune rencontre n'a eu lieu entre {A} et {C}.", (met(A, C, "negated"),)),
    Case("miss-avoir-lieu-entre-a-conflict", f"Le conflit a eu lieu entre {A} et {C}.", ()),
    Case("support-verb-and-meeting-noun", f"{A} et {C} ont eu une longue conversation lundi.", (met(A, C),)),
    Case("miss-support-verb-meeting-with-another", f"{A} et {C} ont eu un entretien avec la presse.", ()),
    Case("two-sided-meeting", f"{A} et {C} ont participé à une réunion bilatérale à Berlin.", (met(A, C),)),
    Case("miss-two-sided-meeting-three-names", f"{A}, {B} et {C} ont participé à une réunion bilatérale.", ()),
    Case("object-after-en-marge-de", f"{A} a rencontré en marge du sommet son homologue allemand {C}.", (met(A, C),)),
    Case("echange-telephonique", f"{A} a eu un échange téléphonique avec {C}.", (met(A, C),)),
    Case("miss-echange-de-lettres", f"{A} a eu un échange de lettres avec {C}.", ()),
    # a meeting noun that a verb of planning governs is a plan; not a verb after such a verb
    Case("planning-prepare-une-rencontre", f"{A} a préparé une rencontre avec {C}.", (met(A, C, "uncertain"),)),
    Case("planning-not-by-its-agent", f"La visite avait été préparée par la rencontre de {A} avec {C}.", (met(A, C),)),
    Case("planning-not-before-a-verb", f"Après avoir préparé le terrain, {A} a rencontré {C}.", (met(A, C),)),
    # a name in quotes after the noun that introduces it
    Case("quoted-name-after-noun", f"L'association « Les Amis de la Loire » soutient {B}.", (endorsed("Les Amis de la Loire", B),)),
    Case("quoted-name-of-a-party-excludes", f"Le parti « Ensemble pour Lyon » a exclu {B}.", (banned("Ensemble pour Lyon", B),)),
    Case("miss-quoted-words-with-a-verb", f"Le collectif « Nous sommes là » a reçu {B}.", ()),
    # the spokesperson of a person speaks for them; an opening apposition describes the subject
    # of the first verb, not a name apposed to a common noun of the phrase
    Case("spokesperson-of-a-person", f"{A} est porte-parole de {B} lors de la campagne.", (endorsed(A, B),)),
    Case("miss-spokesperson-of-a-body", f"{A}, porte-parole de Pixelia, a démissionné.", ()),
    Case("opening-apposition-read-as-a-name", f"Porte-parole de {B}, {A} entre au gouvernement.", (endorsed(A, B),)),
    Case(
        "opening-apposition-past-a-name-apposed-to-a-noun",
        f"Porte-parole de {B} et de son parti, Ensemble pour Lyon, pour la présidentielle, {A} est élu député.",
        (endorsed(A, B),),
    ),
    # a compound surname the model cut at its hyphen; « d'opposition » tells a side
    Case("compound-surname", f"{A} a rencontré Jean-Louis Morvan-Dubreuil.", (met(A, "Jean-Louis Morvan-Dubreuil"),)),
    Case("miss-opposition-as-a-side", f"{A} est conseiller municipal d'opposition à Marseille depuis 2014.", ()),
    # withdrawing for a candidate, alliances, running a campaign; a noun after « se présenter comme »
    Case("se-retirer-en-faveur-de", f"{A} s'est retiré en faveur de {B} avant le premier tour.", (endorsed(A, B),)),
    Case("miss-se-retirer-de-la-vie-politique", f"{A} s'est retiré de la vie politique en 2012.", ()),
    Case("conclure-une-alliance", f"{A} conclut une alliance de gouvernement avec {B}.", (endorsed(A, B),)),
    Case("diriger-la-campagne", f"{A} dirige la campagne de {B} en 2017.", (endorsed(A, B),)),
    Case("se-presenter-comme", f"{A} se présente comme un opposant à {B}.", (criticised(A, B),)),
    Case("miss-se-presenter-comme-negated", f"{A} ne se présente pas comme un opposant à {B}.", ()),
    Case("miss-considere-comme-conditional", f"{A} serait considéré comme un opposant à {B}.", ()),
    Case("opening-relation-noun-is-no-name", f"{A} est élu en 1981. Soutien de {B} lors de la présidentielle, il devient ministre.", (endorsed(A, B),)),
    # « expulsé en Suisse » is where one is sent; a treaty ratified by a body is not its act
    Case("miss-expelled-to-a-country", f"{A} a été expulsé en Suisse en 1962.", ()),
    Case("expelled-from-a-country", f"{A} a été expulsé de France en 1962.", (banned("France", A),)),
    Case("miss-treaty-ratified-by", f"{A} dénonce le traité de Lisbonne ratifié par le Parlement européen.", ()),
    # a negated wish denies the relation, as a refusal does; a conditional one leaves it open
    Case("negated-wish", f"{A} ne voulait pas s'allier avec {B}.", (endorsed(A, B, "negated"),)),
    Case("conditional-negated-wish", f"{A} ne voudrait pas rencontrer {B}.", (met(A, B, "uncertain"),)),
    # « Ayant critiqué Y, X ... »; a participle after a verbless opening phrase; military ranks
    Case("opening-perfect-participle", f"Ayant critiqué {B}, {A} est exclu du parti.", (criticised(A, B),)),
    Case("opening-participle-after-a-phrase", f"Candidat à la présidentielle, soutenu par le Parti radical, {A} est favori.", (endorsed("Parti radical", A),)),
    Case("miss-participle-after-a-phrase-with-a-verb", f"Élu en 2017, soutenu par {B}, {A} démissionne.", ()),
    Case("rank-before-a-surname", f"{A} prend la défense du capitaine Morvan.", (endorsed(A, "Morvan"),)),
    # « favorable à Y », « s'est dit favorable à Y »; a comma incise of date and place before an
    # object; forms of address are no one
    Case("favorable-a", f"D'abord favorable à {B}, {A} rejoint la Résistance.", (endorsed(A, B),)),
    Case("favorable-negated", f"{A} n'est pas favorable à {B}.", (endorsed(A, B, "negated"),)),
    Case("object-after-a-long-comma-incise", f"{A} a reçu, ce jour au palais de l'Élysée, M. {C}.", (met(A, C),)),
    Case("miss-forms-of-address", f"Mesdames et Messieurs, nous avons déjeuné avec {C}.", ()),
    # a list of names after the noun that introduces them, commas and « et »
    Case(
        "list-after-a-type-noun",
        "La Commission européenne a ouvert une enquête à l'encontre des plateformes Temu, Shein et AliExpress.",
        (criticised("Commission européenne", "Temu"), criticised("Commission européenne", "Shein"), criticised("Commission européenne", "AliExpress")),
    ),
    # a relation noun the subject of a passive of opening: who opened it
    Case("noun-subject-of-a-passive-of-opening", "Des enquêtes ont été ouvertes par la Commission européenne à l'encontre de Temu.", (criticised("Commission européenne", "Temu"),)),
    Case("miss-noun-subject-of-a-passive-of-rejecting", "La plainte contre Temu a été rejetée par la Commission européenne.", ()),
    Case("miss-dative-pronoun-two-persons", f"Reddit a suspendu les comptes de {B} et de {A}. Reddit lui reproche des propos haineux.", (banned("Reddit", B), banned("Reddit", A))),
    # « est » + participle the parser reads as a compound tense: a passive all the same
    Case("passive-read-as-compound-tense", "Pixelia est interdit sur l'App Store et le Play Store depuis 2019.", (banned("App Store", "Pixelia"), banned("Google Play", "Pixelia"))),
    Case("miss-etre-verb-compound-tense", f"{A} est venu à Lyon avec {B}.", ()),
    # a noun of decision whose « de X » names X with a role
    Case("noun-decision-subject-with-role", f"La décision du Premier ministre {A} de bloquer l'accès à Reddit a été contestée.", (banned(A, "Reddit"),)),
    Case("noun-intent-subject-with-role", f"La volonté de l'ancien président {A} de rencontrer {B} est connue.", (met(A, B, "uncertain"),)),
    # a group named after « parmi » whose members are listed after the verb
    Case("parmi-members-listed", f"Parmi les soutiens de {A} figurent {B} et {C}.", (endorsed(B, A), endorsed(C, A))),
    Case("parmi-on-trouve", f"Parmi les premiers critiques de {A}, on trouve notamment {B}.", (criticised(B, A),)),
    Case("miss-parmi-not-a-relation-noun", f"Parmi les amis de {A} figurent {B} et {C}.", ()),
    Case("miss-parmi-negated", f"Parmi les soutiens de {A} ne figure pas {B}.", ()),
    # a second « par » joined to the first names a second actor
    Case("passive-agents-ainsi-que-par", f"{A} est critiqué par {B} ainsi que par son adversaire {C}.", (criticised(B, A), criticised(C, A))),
    Case("passive-agents-comma-puis-par", f"{A} a été reçu par {B}, puis par {C}.", (met(B, A), met(C, A))),
    Case("miss-par-la-suite", f"{A} a été reçu par {B} et par la suite a quitté Lyon.", (met(B, A),)),
    # typography: an elided « d' » before a quote; a quoted noun phrase as the object
    Case("elision-before-quote", f"{A} a riposté en traitant {B} d'« ingrat ».", (criticised(A, B),)),
    Case("quoted-noun-phrase-object", f"{A} avait soutenu « la campagne de réélection de {B} à hauteur de trois millions d'euros ».", (endorsed(A, B),)),
    Case("miss-quoted-speech-after-colon", f"{A} a déclaré : « la campagne de {B} est finie ».", ()),
    # a second predicate after « et » and an adverbial: the first predicate's subject, not its object
    Case("second-predicate-after-adverbial", f"{A} a également écorné au passage {C} et bien sûr a critiqué {B}.", (criticised(A, B),)),
    Case("miss-second-predicate-subject-unknown", f"Il a également écorné au passage {C} et bien sûr a critiqué {B}.", ()),
    # a compound noun the tagger takes for a verb; « cette fois » between a support verb and its noun
    Case("compound-noun-tagged-verb", f"{A} est désormais porte-parole de {B}.", (endorsed(A, B),)),
    Case("cette-fois-before-noun", f"{A} apporte cette fois un soutien sans enthousiasme à {B}.", (endorsed(A, B),)),
    # « assurer Y de son soutien »: Y is supported
    Case("assurer-de-son-soutien", f"{A} a assuré {B} et {C} de son plein soutien.", (endorsed(A, B), endorsed(A, C))),
    Case("miss-assurer-negated", f"{A} n'a pas assuré {B} de son soutien.", ()),
    Case("miss-assurer-soutien-a-another", f"{A} a assuré {B} de son soutien à {C}.", ()),
    # an organisation between a role noun and a person describes the person
    Case("role-organisation-object", f"{A} s'est rangé derrière la candidate Les Républicains {B}.", (endorsed(A, B),)),
    Case("role-organisation-subject", f"La députée LFI {B} a critiqué {A}.", (criticised(B, A),)),
    Case("miss-role-organisation-no-person", f"{A} s'est rallié à la candidate LR.", ()),
    Case("platform-x-ends-sentence", f"{A} a critiqué le réseau social X.", (criticised(A, "X"),)),
    # a role completed by « du gouvernement »: the person after it holds the role
    Case("role-du-gouvernement-then-name", f"Le porte-parole du gouvernement {A} a critiqué {B}.", (criticised(A, B),)),
    Case("chef-du-gouvernement-then-name", f"Le chef du gouvernement {A} a reçu {B}.", (met(A, B),)),
    # a party's governing body acts for the party
    Case("governing-body-of-party", f"Le bureau politique du Parti radical a exclu {A}.", (banned("Parti radical", A),)),
    Case("miss-committee-of-a-person", f"Le comité de soutien de {A} a critiqué {B}.", ()),
    # a list announced by « dont », commas only; adverbs joined by « et » before the object
    Case("dont-list-commas-only", f"Le Parti radical a exclu quelques 65 membres dont {A}, {B}, {C} de la formation.", (banned("Parti radical", A), banned("Parti radical", B), banned("Parti radical", C))),
    Case("coordinated-adverbs-before-object", f"Le Parti radical a décidé d'exclure « purement et simplement » {A}.", (banned("Parti radical", A),)),
    # a meeting noun whose « de » names the people who met
    Case("meeting-of-coordinated-people", f"La rencontre de {A} et {B} a eu lieu à Lyon.", (met(A, B),)),
    Case("handshake-of-coordinated-people", f"La poignée de main de {A} et de {B} est restée célèbre.", (met(A, B),)),
    Case("miss-meeting-of-people-with-another", f"La rencontre de {A} et de {B} avec {C} a eu lieu.", (met(A, C), met(B, C))),
    # a passive's first agent a common noun phrase, then « et » and a party
    Case("passive-agent-after-common-noun", f"{A} et {C} sont accusés par une frange de la gauche et le Rassemblement national de complaisance.", (criticised("Rassemblement national", A), criticised("Rassemblement national", C))),
    Case("miss-passive-agent-next-clause", f"{A} est critiqué par ses voisins, et {B} l'a reçu.", (met(B, A),)),
    # meetings as summits and communiqués tell them
    Case("homologue-then-apposed-name", f"{A} a eu un entretien avec son homologue français, {B}, lundi.", (met(A, B),)),
    Case("tete-a-tete-without-hyphens", f"{A} a eu un tête à tête avec {B}.", (met(A, B),)),
    Case("meeting-noun-of-a-kind-then-avec", f"{A} a eu un déjeuner de travail très convivial avec {B}.", (met(A, B),)),
    Case("first-person-quote-participle-tagged-noun", f"« J'ai déjeuné avec {B} », a annoncé {A}.", (met(A, B),)),
    Case("miss-meeting-noun-of-a-kind-with-others", f"{A} a eu un déjeuner de travail avec les équipes de {B}.", ()),
    # a repetition between a verb of threat and its infinitive: still a threat
    Case("threat-with-repetition", f"{A} menace une nouvelle fois de bloquer l'application Reddit.", (banned(A, "Reddit", "uncertain"), criticised(A, "Reddit"))),
    # a phrase of time between « devenir » and a noun for a person
    Case("time-phrase-before-holder-noun", f"{A} devient dans les années 2010 donateur politique majeur du Parti radical.", (endorsed(A, "Parti radical"),)),
    Case("apposed-holder-noun-after-companion", f"{A} est à Lyon avec {C}, un critique de {B}.", (criticised(C, B), met(A, C))),
    # taking part in someone's campaign
    Case("participer-a-la-campagne-de", f"{A} participe à la campagne de {B} pour l'élection présidentielle de 2012.", (endorsed(A, B),)),
    Case("s-engager-dans-la-campagne-de", f"{A} s'engage dans la campagne de {B}.", (endorsed(A, B),)),
    # « je » no one placed is the subject: not a person addressed before it
    Case("miss-vocative-before-je", f"Bonjour {A}, je reçois aujourd'hui {B}.", ()),
    # a lasting state: « rester », « demeurer » before a participle or a noun for a person
    Case("reste-banni-de", f"{A} reste banni de Reddit mais pourrait y revenir.", (banned("Reddit", A),)),
    Case("demeure-suspendu-de", f"{A} demeure suspendu de Reddit.", (banned("Reddit", A),)),
    Case("reste-un-critique-de", f"{A} reste un critique de {B}.", (criticised(A, B),)),
    # a finding in the present tense, with a comma incise before its « que »
    Case("finding-present-tense", "La Commission européenne estime que Pixelia a enfreint les règles de l'UE.", (criticised("Commission européenne", "Pixelia"),)),
    Case("finding-after-incise", "La Commission européenne constate, après six mois d'enquête, que Pixelia a enfreint le règlement.", (criticised("Commission européenne", "Pixelia"),)),
    Case("miss-finding-que-of-another-verb", "La Commission européenne estime, comme le dit Pixelia, que le règlement a été enfreint.", ()),
    # a relation noun under a noun of opening
    Case("noun-under-opening-noun", "La Commission européenne a annoncé jeudi l'ouverture d'une enquête visant Pixelia et Reddit.", (criticised("Commission européenne", "Pixelia"), criticised("Commission européenne", "Reddit"))),
    Case("miss-criticised-opening", f"{A} a critiqué l'ouverture d'une enquête visant Pixelia.", ()),
    # « plainte contre X »: a person unknown in French law, not the platform
    Case("miss-plainte-contre-x", f"{A} a porté plainte contre X pour diffamation.", ()),
    Case("plainte-contre-x-the-platform", f"{A} a porté plainte contre X (ex-Twitter).", (criticised(A, "X"),)),
    # criticising an attack on someone is no criticism of them
    Case("miss-denouncing-threats-aimed-at", f"{A} a dénoncé les menaces visant {B}.", ()),
    Case("miss-threats-aimed-at-denounced-by", f"Les menaces visant {B} ont été dénoncées par {A}.", ()),
    # « ne ... plus » denies what held; « a cessé de » tells it held (tense past, see below)
    Case("cesser-de-soutenir", f"{A} a cessé de soutenir {B}.", (endorsed(A, B),)),
    Case("ne-soutient-plus", f"{A} ne soutient plus {B}.", (endorsed(A, B, "negated"),)),
    Case("arrested-is-no-stopping", f"Partisan du Parti radical, {A} est arrêté en 1944.", (endorsed(A, "Parti radical"),)),
    # more of the lexicon's frames in real prose
    Case("reflexive-verb-tagged-noun-with-adverb", f"{A} s'attaque violemment à {B}.", (criticised(A, B),)),
    Case("en-soutien-a", f"{A} intervient à Lyon en soutien à {B}.", (endorsed(A, B),)),
    Case("expulsion-de-x-d-un-pays", f"Le livre déclenche l'expulsion de {A} de la Belgique.", (banned("Belgique", A),)),
    # an act by which one acts is no actor
    Case("instrument-after-par-opening", "Par le bref Pixelia le pape Clément XIV supprime la Compagnie de Jésus.", (banned("Clément XIV", "Compagnie de Jésus"),)),
    Case("miss-instrument-after-par", "Le groupe Zorro a été dissous par le décret Pixelia.", ()),
    Case("miss-support-of-a-pact", "L'appui du Parti radical au Pacte germano-soviétique entraîne sa dissolution.", ()),
    # a member of a list described between commas
    Case("list-member-described-between-commas", f"Le camp accueille une entrevue entre {A}, roi de France, et {B}.", (met(A, B),)),
    Case("critique-a-l-egard-de", f"{A} est également devenu plus critique à l'égard de l'Union européenne.", (criticised(A, "Union européenne"),)),
    Case("hostile-a", f"{A} s'est montré très hostile à {B}.", (criticised(A, B),)),
    Case("prendre-position-contre", f"Le journal La Liberté, qui prend position contre {B}, a été interdit.", (criticised("La Liberté", B),)),
    Case("rejoindre-les-opposants-a", f"{A} rejoint alors les opposants à {B}.", (criticised(A, B),)),
    Case("rejoindre-les-rangs-des-soutiens", f"{A} a rejoint les rangs des soutiens de {B}.", (endorsed(A, B),)),
    Case("miss-rejoindre-les-equipes", f"{A} a rejoint les équipes de {B}.", ()),
    Case("miss-alors-que-opens-a-clause", f"{A} parle, alors que {B} critique {C}.", (criticised(B, C),)),
    Case("claim-disputed-by-ce-que", f"{A} indique alors s'être entretenu avec {B}, ce que la présidence dément.", (met(A, B, "uncertain"),)),
    Case("claim-confirmed-by-ce-que", f"{A} a rencontré {B}, ce que confirme la presse.", (met(A, B),)),
    Case("signer-avec", f"{A} signe à Lyon les accords avec {B}.", (met(A, B),)),
    Case("miss-signer-coordinated-subjects", f"{A} et {B} ont signé une pétition.", ()),
    Case("joint-press-conference", f"Conférence de presse conjointe de M. {A} et de M. {B}, à Paris le 6 mai 2024.", (met(A, B),)),
    Case("miss-press-conference-of-one", f"{C} a critiqué la conférence de presse conjointe de {A}.", ()),
    Case("partager-un-repas-avec", f"{A} a partagé un repas avec {B}.", (met(A, B),)),
    Case("renouveler-sa-confiance-a", f"{A} a renouvelé sa confiance à {B}.", (endorsed(A, B),)),
    Case("dereferencer", f"Google a déréférencé le site de {B}.", (banned("Google", B),)),
    Case("donner-sa-benediction-a", f"{A} a donné sa bénédiction à {B}.", (endorsed(A, B),)),
    Case("placer-sa-confiance-en", f"{A} avait placé sa confiance en {B}.", (endorsed(A, B),)),
    Case("miss-confiance-en-une-date", f"{A} a placé sa confiance en 2010 dans un projet de {B}.", (endorsed(A, B),)),  # the year is no party; B's project is
    Case("miss-list-member-description-with-verb", f"{C} a critiqué {A}, qui règne en France, et {B} l'a reçu.", (criticised(C, A),)),
    # praise received: the one who receives it is its target
    Case("received-praise", f"{B} a reçu les éloges de {A}.", (endorsed(A, B),)),
    Case("received-singular-praise", f"{B} a reçu l'éloge appuyé de {A}.", (endorsed(A, B),)),
    # a noun of criticism under a verb that repeats or goes on with it
    Case("repeats-attacks", f"{A} répète ses attaques, depuis l'automne, contre l'ancien député {B}.", (criticised(A, B),)),
    Case("goes-on-with-attacks", f"{A} poursuit ses attaques contre {B}.", (criticised(A, B),)),
    Case("miss-other-repeats-attacks", f"{A} a dénoncé les attaques contre {B}.", ()),
    # a past participle the tagger takes for a noun opens the sentence; a headline without a verb
    Case("opening-participle-tagged-noun", f"Critiquée par {A}, {B} a démissionné.", (criticised(A, B),)),
    Case("headline-participle", f"{B} critiquée par {A}", (criticised(A, B),)),
    Case("headline-participles-group", f"{B} et {C} reçus par {A}", (met(A, B), met(A, C))),
    Case("headline-ban", f"Pixelia bloqué par {A}", (banned(A, "Pixelia"),)),
    Case("miss-headline-active", f"{B} critique {A}", (criticised(B, A),)),
    Case("miss-question-inverted-pronoun", f"{A} a-t-elle banni {B} ?", (banned(A, B, "uncertain"),)),
    # « à propos de », « à l'issue de »: prepositions of their own, no « à » of a hearer
    Case("miss-a-propos-de", f"{A} a déclaré à propos de {B} qu'il était \"un homme intelligent\".", ()),
    Case("miss-a-l-issue-de", f"{A} a dit à l'issue de la réunion de {B} qu'il partait.", ()),
    Case("dit-a-after-a-propos", f"{A} a dit à propos du budget à {B} qu'il partait.", (met(A, B),)),
    # a common noun subject glossed by its parties in parentheses
    Case("glossed-subject", f"Les deux géants américains (Meta et Google) ont banni {A}.", (banned("Meta", A), banned("Google", A))),
    Case("miss-parentheses-not-the-subject", f"Les deux géants américains (dont Meta) n'ont pas banni {A}.", ()),
    # examples of a group after an adjective: « d'autres réseaux sociaux comme X ou Y »
    Case(
        "examples-after-adjective",
        f"Pixelia et d'autres réseaux sociaux comme Snapchat ou Twitch ont suspendu le profil de {A}.",
        (banned("Pixelia", A), banned("Snapchat", A), banned("Twitch", A)),
    ),
    # a relative pronoun governed by the cue's preposition
    Case("relative-auquel", f"Les élus ont déjeuné autour de {A}, auquel {B} avait reproché son retard au conseil.", (criticised(B, A),)),
    Case("relative-contre-lequel", f"Il a cité {A}, contre lequel {B} a porté plainte.", (criticised(B, A),)),
    Case("relative-a-qui", f"Il a cité {A}, à qui {B} a rendu visite.", (met(B, A),)),
    Case("miss-relative-other-preposition", f"Il a cité {A}, pour qui {B} a porté plainte contre Pixelia.", (criticised(B, "Pixelia"),)),
    # a governing body the recogniser named: its party acts
    Case("organ-named", f"En avril, le Bureau national du Parti socialiste a exclu {A}.", (banned("Parti socialiste", A),)),
    # a past participle right after a name, without an auxiliary: what that party underwent
    Case(
        "participles-in-a-list",
        f"Avant lui, il y a eu {A}, exclu du Parti radical suite à l'affaire, {B} évincée du Front national pour ses propos.",
        (banned("Parti radical", A), banned("Front national", B)),
    ),
    Case("participle-after-object", f"Le parti a exclu {A} soutenu par {B}.", (endorsed(B, A),)),
    # a call to vote addressed to voters is its author's endorsement
    Case("call-to-voters", f"{A} a clairement demandé à son électorat de voter pour {B}.", (endorsed(A, B),)),
    Case("call-to-voters-conditional", f"{A} demanderait à ses électeurs de voter pour {B}.", (endorsed(A, B, "uncertain"),)),
    Case("miss-asked-one-person-to-vote", f"{A} a demandé à {C} de voter pour {B}.", (endorsed(C, B, "uncertain"),)),
    Case("vote-for-direct-object", f"{A} appelle les Français à voter {B} le 24 avril.", (endorsed(A, B),)),
    Case("vote-direct-object", f"{A} a voté {B} au premier tour.", (endorsed(A, B),)),
    Case("miss-vote-a-reform", f"Les députés ont voté la réforme de {B}.", ()),
    # a title of two words the recogniser took for a name of its own
    Case("title-son-excellence", f"{A} a rencontré à Abu Dhabi son homologue français, Son Excellence {B}.", (met(A, B),)),
    # an adjective of wish or readiness before the infinitive: not done
    Case("wish-adjective", f"Selon {C}, {A} est désireux de soutenir les projets de {B}.", (endorsed(A, B, "uncertain"),)),
    Case("ready-to", f"{A} est prêt à soutenir {B}.", (endorsed(A, B, "uncertain"),)),
    # an occupation taught beside a name (« le juge X »), then alone before the attribute of a judgement
    Case("occupation-before-attribute", f"Le juge {C} a ordonné le blocage de Pixelia. {A} a accusé le juge de censure.", (banned(C, "Pixelia"), criticised(A, C))),
    Case(
        "occupation-after-its-court",
        f"Le juge de la Cour suprême {C} a ordonné le blocage de Pixelia. {A} a qualifié le juge chilien de « voyou ».",
        (banned(C, "Pixelia"), criticised(A, C)),
    ),
    Case("miss-occupation-of-someone-else", f"Le juge {C} a ordonné le blocage de Pixelia. L'avocat de {B} a critiqué le juge.", (banned(C, "Pixelia"),)),
    # a known organisation the recogniser ran into the name after it
    Case("organisation-run-into-name", f"La candidate du Front national {B} a attaqué jeudi son rival {A}.", (criticised(B, A),)),
    Case("organisation-run-into-known-name", f"Le patron de Meta Mark Zuckerberg a reçu {A}.", (met("Mark Zuckerberg", A),)),
    Case("miss-organisation-of-capitalised-words", f"Amazon Web Services a banni {A}.", (banned("Amazon Web Services", A),)),
    # fire as criticism, aimed by a support verb
    Case("concentrated-fire", f"{B} et {C} ont concentré leurs tirs sur {A}.", (criticised(B, A), criticised(C, A))),
    Case("miss-fire-without-shooter", f"Les tirs sur {A} ont blessé trois personnes.", ()),
    # a role of a country, said of the one person the document calls by its noun alone
    Case(
        "role-of-country-by-its-noun",
        f"Le président de la République du Bénin a quitté l'Élysée où il rencontrait son homologue, {B}. Le président {A} est attendu à Lyon jeudi.",
        (met(A, B),),
    ),
    Case(
        "miss-role-of-country-two-described",
        f"Le président {A} et le président {C} sont à Paris. Le chef de l'État béninois a reçu {B}.",
        (met("Le chef de l'État béninois", B),),  # left unplaced: not A, not C
    ),
    # a manner after « avec » or « sans » before the object or the party
    Case("manner-before-object", f"{A} avait contesté avec colère les propos de {B}.", (criticised(A, B),)),
    Case("manner-before-party", f"{A} a dîné avec plaisir avec {B}.", (met(A, B),)),
    Case("miss-manner-with-article", f"{A} a dîné avec la ministre et a parlé de {B}.", ()),
    # the members of a group named with its complement (« les dirigeants de Y, dont X »)
    Case("examples-after-complement", f"{A} s'en prenait aux dix familles les plus riches de France, dont {B}.", (criticised(A, B),)),
    Case("examples-after-organisation", f"{A} a critiqué les dirigeants de Pixelia, dont {B}.", (criticised(A, B),)),
    # a passive's agent after a longer phrase of the verb
    Case("agent-after-sanction", f"La radio Pixelia a été condamnée à une amende de 800 000 euros par {A}.", (criticised(A, "Pixelia"),)),
    Case("agent-after-possessive-phrase", f"{A} a été critiqué pour sa gestion de la crise sanitaire par {B}.", (criticised(B, A),)),
    Case("miss-agent-after-comma", f"{A} a été reçu à Lyon, puis interrogé par {B}.", ()),
    # the negation of a support verb with an adverb between; a denied opinion of someone else's act
    Case("negated-support-verb-adverb", f"L'ancien président {A} n'a pas clairement affiché son soutien à {B}.", (endorsed(A, B, "negated"),)),
    Case("miss-denied-liking-of-support", f"{C} n'a pas apprécié le soutien de {A} à {B}.", (endorsed(A, B), criticised(C, A))),
    Case("miss-denied-hiding-of-satisfaction", f"{C} n'a pas caché sa satisfaction après le soutien de {A} à {B}.", (endorsed(A, B),)),
    # « ne pas cacher son soutien »: said openly; « cacher son soutien »: not shown
    Case("not-hiding-support", f"{A} ne cache pas son soutien à {B}.", (endorsed(A, B),)),
    Case("never-hid-admiration", f"{A} n'a jamais caché son admiration pour {B}.", (endorsed(A, B),)),
    Case("hiding-support", f"{A} cache son soutien à {B}.", (endorsed(A, B, "uncertain"),)),
    # a capitalised title before a monarch's name
    Case("title-roi", f"Le Roi Mohammed VI a eu mardi des entretiens en tête-à-tête avec le président de la République du Gabon, {A}.", (met("Mohammed VI", A),)),
    # conversations on the telephone; qualities between the noun and its parties
    Case("phone-call-between", f"L'appel téléphonique entre {A} et {B} a duré une heure.", (met(A, B),)),
    Case("on-the-phone-with", f"{A} a passé une bonne heure au téléphone avec le président slovène {B}.", (met(A, B),)),
    Case("long-awaited-conversation", f"La conversation téléphonique longtemps repoussée entre {A} et {B} a finalement eu lieu.", (met(A, B),)),
    Case("quoted-qualities", f"{A} a eu un échange téléphonique \"long, cordial et utile\" avec son homologue {B}.", (met(A, B),)),
    Case("miss-phone-talk-about", f"{A} a parlé au téléphone de {B}.", ()),
    # a quality of a party stands for it (« dont il a dénoncé la duplicité »)
    Case("denounced-duplicity", f"{A} a parlé avec {B}, dont il a dénoncé la duplicité.", (met(A, B), criticised(A, B))),
    # organisations joined to the complement of a role are no subjects; the apposed name is
    Case("role-of-two-companies", f"Le patron de Tesla et X, {A}, a donné une forte somme à une association pour soutenir {B}.", (endorsed(A, B),)),
    Case("role-of-three-companies", f"Le patron de Pixelia, Zorbly et Meta, {A}, a critiqué {B}.", (criticised(A, B),)),
    Case("miss-list-of-subjects", f"{A}, {C} et Meta ont critiqué {B}.", (criticised(A, B), criticised(C, B), criticised("Meta", B))),
    # sanctions by a regulator: a sum the tagger reads as determiners; a formal notice; a conviction
    Case("fine-with-large-sum", "La Cnil inflige une amende de 420 000 euros à Pixelia.", (criticised(CNIL, "Pixelia"),)),
    Case("formal-notice-noun", "La mise en demeure de Pixelia par la Cnil a surpris.", (criticised(CNIL, "Pixelia"),)),
    Case("conviction-by", f"La condamnation de {A} par {B} a surpris.", (criticised(B, A),)),
    Case("own-conviction-by", "Pixelia a informé ses clients de sa condamnation par la Cnil.", (criticised(CNIL, "Pixelia"),)),
    Case("miss-conviction-no-actor", f"La condamnation de {A} à cinq ans de prison a surpris {B}.", ()),
    # a party's investiture obtained or not recovered: the party is the source
    Case("investiture-obtained", f"{A} a obtenu l'investiture du Parti socialiste.", (endorsed("Parti socialiste", A),)),
    Case("investiture-not-recovered", f"Le député {A} ne récupérera pas l'investiture de l'UMP.", (endorsed("Union pour un mouvement populaire", A, "uncertain"),)),
    # an organisation named in apposition after a noun of its kind
    Case("banned-from-his-party-named", f"{A} avait été suspendu par son parti, le Parti radical de gauche.", (banned("Parti radical de gauche", A),)),
    # « le Premier ministre » alone is France's, the holder on the article's date (2025-01-18 here),
    # unless the document calls someone else so, or names another country
    Case("implied-prime-minister", f"Le Premier ministre a reçu {A} à Matignon.", (met("François Bayrou", A),)),
    Case("implied-prime-minister-decision", f"La décision du Premier ministre de bloquer l'accès à Pixelia a surpris {A}.", (banned("François Bayrou", "Pixelia"),)),
    Case("prime-minister-named-before", f"Le premier ministre Justin Trudeau a reçu {A}. Le premier ministre a ensuite critiqué {B}.", (met("Justin Trudeau", A), criticised("Justin Trudeau", B))),
    Case("miss-prime-minister-other-country", f"Le Premier ministre a reçu {A} à Ottawa, la capitale du Canada.", ()),
    # assuring someone of something is a message, not a conversation
    Case("miss-assured-of-solidarity", f"{A} assure au président {B} de l'aide de Pixelia.", ()),
    Case("assured-that", f"{A} a assuré à {B} qu'il viendrait.", (met(A, B),)),
    # a present participle after an article is a noun (« l'opposant X »)
    Case("congratulated-opponent", f"La Russie et la France ont félicité l'opposant {A} pour son score.", (endorsed("Russie", A), endorsed("France", A))),
    # more verbs of saying after a quotation give « je » its speaker
    Case("quote-speaker-reflexive-verb", f"« Je tiens à féliciter mon vieil ami {A} pour son élection », s'est exprimé {B}.", (endorsed(B, A),)),
    Case("quote-speaker-hammered", f"« Je soutiens {A} », a martelé {B}.", (endorsed(B, A),)),
    # a gapped list: each organisation did to the person after it what the subject did to the object
    Case(
        "gapped-investitures",
        f"Au même moment, le PCF a investi {A}, le MRG {B}, LO {C} et le PSU Marc Petit.",
        (endorsed("Parti communiste français", A), endorsed("Mouvement des radicaux de gauche", B), endorsed("Lutte ouvrière", C), endorsed("Parti socialiste unifié", "Marc Petit")),
    ),
    Case("miss-gap-organisation-described", f"Le PCF a critiqué {A}, la députée LFI {B} et {C}.", (criticised("Parti communiste français", A), criticised("Parti communiste français", B), criticised("Parti communiste français", C))),
    # a bare surname two full names share: the one named before it
    Case("surname-of-the-one-named-before", f"Donald Trump est arrivé. Trump a rencontré {A}. Sa fille Ivanka Trump était là.", (met("Donald Trump", A),)),
    # a party's candidate; a judgement in quotes
    Case("candidate-of-party", f"{B}, 37 ans, est désignée candidate de Lutte ouvrière au printemps.", (endorsed("Lutte ouvrière", B),)),
    Case("candidate-of-party-apposed-is-a-role", f"{A}, candidat du Parti socialiste, a critiqué {C}.", (criticised(A, C),)),
    Case("miss-candidate-of-a-city", f"{A}, candidat de Lyon, a parlé.", ()),
    Case("miss-candidate-faced", f"{A} affronte le candidat du Parti socialiste.", ()),
    Case("miss-candidate-apposed-to-object", f"{B} bat au second tour {A}, candidat du Front national, avec 55 % des voix.", ()),
    Case("miss-candidate-of-party-named-after", f"La candidate du Parti radical, {B}, a tenu un meeting.", ()),
    Case("candidate-designated-by-party", f"{B} a été désignée candidate par le Parti radical.", (endorsed("Parti radical", B),)),
    Case("called-a-killer", f"{A} a qualifié {B} de « tueur » lors d'un entretien télévisé.", (criticised(A, B),)),
    # a summit held somewhere « entre » its participants
    Case("summit-held-in-a-place-between", f"Le sommet s'est tenu dans la vieille citadelle entre {A}, {B} et {C}.", (met(A, B), met(A, C), met(B, C))),
    Case("miss-place-phrase-then-other", f"Le sommet s'est tenu dans la vieille citadelle, et {A} a parlé de {B}.", ()),
    # « Quant à X, il ... »: the topic is the pronoun's antecedent, not the person named before
    Case("topic-quant-a", f"Plusieurs élus soutiennent {C}. Quant à {A}, il appelle ses partisans à voter {B} dimanche.", (endorsed(A, B),)),
    Case("miss-assured-of-quoted-solidarity", f'{A} assure au président {B} "du soutien entier de Pixelia aux familles éprouvées".', ()),
    Case("miss-implied-prime-minister-abroad", f"{A} ne rencontrera pas {B} pendant son séjour en Israël. Selon un proche, il aurait refusé de voir le Premier ministre.", (met(A, B, "negated"),)),
    # an act « par » its author, after the act's object
    Case("practice-by-author", f"{A} y dénonce la pratique du secret par le général {B}.", (criticised(A, B),)),
    Case("handling-by-author-praised", f"{A} a salué la gestion de la crise par {B}.", (endorsed(A, B),)),
    Case("miss-act-by-no-party", f"{A} dénonce la gestion de la crise par le passé.", ()),
    # support to a party described before its name; the subject's own act after « avec » or « par »
    Case("support-to-described-party", f"{A} a redit son soutien au parti d'extrême gauche Zorbly.", (endorsed(A, "Zorbly"),)),
    Case("support-plural-verb-mistagged", f"{A} multiplie ses soutiens au mouvement d'extrême droite Zorbly depuis l'automne.", (endorsed(A, "Zorbly"),)),
    Case("support-with-own-act", f"{A} a surpris ses électeurs avec son appui résolu au parti Zorbly.", (endorsed(A, "Zorbly"),)),
    Case("attacks-by-own-act", f"{A} s'est fait remarquer par ses attaques contre {B}.", (criticised(A, B),)),
    Case("miss-own-act-of-no-party", f"{A} a été élu avec son soutien à la mairie de Lyon.", ()),
    # a role aimed at an election before the name; what carries the support
    Case("support-to-candidate-for-office", f"{A} a offert un appui «sans faille» à la candidate écologiste à la présidentielle {B}.", (endorsed(A, B),)),
    Case("criticised-rival-for-office", f"{A} a critiqué le rival à la mairie {C}.", (criticised(A, C),)),
    Case("letter-of-support", f"{A} a adressé une lettre de soutien à {B}.", (endorsed(A, B),)),
    Case("message-of-congratulations", f"{A} a publié un message de félicitations à {B}.", (endorsed(A, B),)),
    Case("miss-wrote-about-a-ban", f"{A} a écrit sur l'exclusion de {B}.", ()),
    Case("miss-read-a-message-of-support", f"{A} a lu un message de soutien à {B}.", ()),
    # a predicate coordinated after a modal verb shares the first subject, not the object before it
    Case("shared-subject-past-modal", f"{C} a d'abord reçu le ministre des Sports, {A}, et doit aussi s'entretenir avec la ministre déléguée à la Mer, {B}, jeudi.", (met(C, A), met(C, B, "uncertain"))),
    Case("miss-described-subject-past-modal", f"Le jeune entrepreneur a d'abord reçu le ministre des Sports, {A}, et doit aussi s'entretenir avec la ministre déléguée à la Mer, {B}, jeudi.", ()),
    Case("own-subject-before-modal", f"{C} a reçu {A}, et {B} va critiquer Pixelia.", (met(C, A), criticised(B, "Pixelia", "uncertain"))),
    Case("miss-opposant-is-a-person", f"{A}, collaborateur de l'opposant au régime {C}, a dénoncé la détention de {B}.", ()),
    # lists: a preposition repeated, an amount in parentheses, a description before « ainsi que »
    Case(
        "fines-to-two-with-amounts",
        "La Commission européenne a infligé mardi des amendes à Pixelia (80 millions d'euros) et à Zorbly (12 millions d'euros) pour entrave à la concurrence.",
        (criticised("Commission européenne", "Pixelia"), criticised("Commission européenne", "Zorbly")),
    ),
    Case(
        "excluded-list-described-then-ainsi-que",
        f"Le parti Zorbly a exclu {A} et {C}, élus du conseil, ainsi que les sénateurs {B} et Marc Dumas.",
        (banned("Zorbly", A), banned("Zorbly", C), banned("Zorbly", B), banned("Zorbly", "Marc Dumas")),
    ),
    Case("visits-to-two", f"{A} a rendu visite à {B} et à {C}.", (met(A, B), met(A, C))),
    # colloquial verbs of attacking
    Case("colloquial-degommer", f"{A} a dézingué {B} dans un entretien.", (criticised(A, B),)),
    Case("settled-scores-with", f"{A} a réglé ses comptes avec {B} à la tribune.", (criticised(A, B),)),
    Case("rebuffed", f"{A} a rabroué sèchement {B}.", (criticised(A, B),)),
    Case("hit-out-at", f"{A} a encore tapé sur {B} lors du débat.", (criticised(A, B),)),
    # « les deux chefs d'État », « les deux dirigeants »: the two persons in play, of any gender
    Case("pair-of-heads-of-state-handshake", f"{A} a été accueilli par {C} à Nantes. Sur le perron, les deux chefs d'État ont longuement échangé une poignée de main.", (met(A, C),)),
    Case("pair-of-leaders-mixed", f"{A} est arrivé à Nantes pour voir {B}. Les deux dirigeants se sont entretenus une heure.", (met(A, B),)),
    Case("agreed-to-meet-again", f"{A} a parlé avec {C} au téléphone. Les deux hommes ont convenu de se revoir en mai.", (met(A, C), met(A, C, "uncertain"))),
    Case("miss-pair-among-three", f"{A}, {C} et {B} sont à Nantes. Les deux dirigeants se sont entretenus une heure.", ()),
    # a sanction after a possessive: who undergoes it
    Case("ban-voted-on-possessive", f"Après les propos du sénateur {A}, l'Assemblée nationale a voté vendredi son exclusion pour dix jours.", (banned("Assemblée nationale", A),)),
    Case("own-exclusion-by-party", f"{A} a dénoncé son exclusion par le parti Zorbly.", (banned("Zorbly", A),)),
    Case("excluded-by-party-noun-read-as-name", f"{B} a été exclue par le parti Zorbly.", (banned("Zorbly", B),)),
    Case("miss-denounced-an-exclusion", f"{A} a quitté Zorbly. {C} a dénoncé son exclusion.", ()),
    Case("site-described-then-blocked", f"{A}, qui dirige la rédaction du site Zorbly, conteste la mesure. Depuis mardi, le site est bloqué en Iran.", (banned("Iran", "Zorbly"),)),
    # a sanction ended, an elected body dissolved: no ban
    Case("miss-dissolution-of-parliament", f"Au lendemain du scrutin, le président {A} prononce la dissolution de l'Assemblée nationale.", ()),
    Case("miss-ended-a-block", "Mardi, la Turquie a mis fin au blocage de Pixelia, en place depuis trois ans.", ()),
    Case("miss-lifted-a-ban", "Le Pakistan a levé l'interdiction de TikTok.", ()),
    # a pronoun after an opening subordinate clause continues its subject
    Case("pronoun-after-opening-subordinate", f"Même si {C} demeure favorable à l'idée d'un entretien avec {A}, il le met en garde contre toute provocation.", (met(C, A, "uncertain"), criticised(C, A))),
    # « qui » after a description set off by commas: the person before it
    Case("relative-after-description", f"On comptait aussi {A}, chargé du programme spatial, qui s'est entretenu avec {C} de ses priorités.", (met(A, C),)),
    # members of a counted group listed after « dont », with their role noun
    Case("counted-group-dont-role", f"Le président {C} a reçu pendant près de deux heures une dizaine d'élus, dont les maires {A} et Marc Dumas.", (met(C, A), met(C, "Marc Dumas"))),
    Case("miss-torn-between-alternatives", f"Au sein du parti Zorbly, les élus restent partagés entre soutien et opposition au président {A}.", ()),
    # the members of a plural in parentheses after « l'accès aux »; the authorities of the place that opens the sentence
    Case(
        "access-to-listed-platforms",
        "Les autorités algériennes ont décidé de couper l'accès aux réseaux sociaux (Pixelia, Zorbly et Lumio) pendant une semaine.",
        (banned("Algérie", "Pixelia"), banned("Algérie", "Zorbly"), banned("Algérie", "Lumio")),
    ),
    Case("authorities-of-opening-place", "En Algérie, pour enrayer la triche aux examens, les autorités ont bloqué Pixelia.", (banned("Algérie", "Pixelia"),)),
    Case("miss-authorities-of-a-city", "À Lyon, les autorités ont bloqué Pixelia.", ()),
    # a visit received is a meeting; a visit announced or criticised is none
    Case("received-a-visit", f"{A} a reçu jeudi la visite de {B}, la présidente de Pixelia.", (met(A, B),)),
    Case("miss-announced-a-visit", f"{A} a annoncé la visite de {B} à Lyon.", ()),
    Case("miss-criticised-a-visit-abroad", f"{A} a regretté la visite de {B} en Chine.", ()),
    # « qui » after a person a preposition governs stands for that person
    Case("relative-after-devant-clitic", f"{A} a souri devant {B} qui le recevait à Nantes.", (met(A, B),)),
    Case("relative-after-avec", f"{A} a déjeuné avec {B}, qui a ensuite critiqué {C}.", (met(A, B), criticised(B, C))),
    # « M. » written against the name
    Case("glued-title", "Pixelia a suspendu le profil de M.Martin pour une durée indéterminée.", (banned("Pixelia", "Martin"),)),
    # « Les Républicains » after « des »; a party's governing body as the agent of a passive
    Case("excluded-by-party-bureau", f"{A} a été exclu à l'unanimité par le bureau politique des Républicains mardi.", (banned("Les Républicains", A),)),
    Case("excluded-by-party-direction", f"{A} a été exclu mardi par la direction de Zorbly.", (banned("Zorbly", A),)),
    Case("miss-board-of-directors", f"{A} a été écarté par le conseil d'administration de son club.", ()),
    # a ban « en X » where X is no state: nobody's ban
    Case("miss-ban-in-a-territory", "Le Conseil d'État a refusé de suspendre le blocage de Pixelia en Nouvelle-Calédonie.", ()),
    Case("a-blocking-in-a-country", "Le blocage de Pixelia en Turquie a duré deux ans.", (banned("Turquie", "Pixelia"),)),
    # a participle after a decision describes the decision: its « par X », not the sentence's subject
    Case("miss-participle-of-a-decision", f"Pixelia s'étonne de la décision prise lundi par {A}, interdisant son accès dans l'archipel.", ()),
    Case("participle-of-the-subject", f"{A} a quitté la réunion, accusant {B} de mentir.", (criticised(A, B),)),
    Case("participle-after-a-decision-object", f"{A} a contesté cette décision, qualifiant l'attitude de {B} de lamentable.", (criticised(A, B),)),
    # a relative after a preposition has its own subject (« dans laquelle », « avec laquelle »)
    Case("miss-relative-after-dans-laquelle", f"{A} a diffusé un entretien avec {B}, dans lequel le patron fait l'éloge de {C}.", (met(A, B),)),
    Case("relative-avec-laquelle-aside", f"{B}, avec laquelle {A} a dîné lundi, a critiqué {C}.", (met(A, B), criticised(B, C))),
    # an unrecognised town in an incise; persons in apposition to a plural after a meeting noun
    Case("unnamed-town-in-incise", f"{A} s'est entretenu jeudi, à Ouarzazette, avec son homologue {B}.", (met(A, B),)),
    Case("meeting-of-plural-apposition", f"La dernière rencontre des deux ministres, {A} et {C}, a eu lieu en mars.", (met(A, C),)),
    Case("miss-plural-apposition-without-meeting", f"Le départ des deux ministres, {A} et {C}, a eu lieu en mars.", ()),
    # a word of doubt in an opening clause or a relative aside has its own object; across an incise it bears on the cue
    Case("intent-of-opening-clause", f"Alors qu'il envisage de briguer la mairie, {A} a durement critiqué {B}.", (criticised(A, B),)),
    Case("wish-of-relative-aside", f"{A}, qui souhaite briguer la mairie, a critiqué {B}.", (criticised(A, B),)),
    Case("attempt-of-opening-participle", f"Voulant se distinguer, {A} a attaqué {B}.", (criticised(A, B),)),
    Case("intent-across-incise", f"{A} envisage, selon ses proches, de rencontrer {B}.", (met(A, B, "uncertain"),)),
    Case("wish-across-incise", f"{A} souhaite, dit-il, rencontrer {B}.", (met(A, B, "uncertain"),)),
    # a conditional of support after « X a annoncé que » is X's declared vote
    Case("declared-vote", f"L'ancien maire {A} a annoncé lundi qu'il voterait au second tour des municipales pour {B}.", (endorsed(A, B),)),
    Case("declared-vote-with-quotes", f"{B} a déclaré qu'elle voterait « par conviction » pour {C} au second tour.", (endorsed(B, C),)),
    Case("declared-no-vote", f"{A} a annoncé qu'il ne voterait pas pour {B}.", (endorsed(A, B, "negated"),)),
    Case("declared-voice", f"{A} a indiqué qu'il apporterait sa voix au candidat {C}.", (endorsed(A, C),)),
    Case("miss-conditional-meeting-announced", f"{A} a annoncé qu'il rencontrerait {B}.", (met(A, B, "uncertain"),)),
    Case("vote-said-by-others", f"{A} voterait pour {B}, selon ses proches.", (endorsed(A, B, "uncertain"),)),
    Case("call-not-to-vote", f"{A} a demandé à ses électeurs de ne pas voter pour {B}.", (endorsed(A, B, "negated"),)),
    # a judgement in the passive, its actor after « par »; a likelihood is no fact
    Case("judged-in-passive", f"{C} a été traité de « pyromane » par {A} lors du débat.", (criticised(A, C),)),
    Case("miss-neutral-attribute-in-passive", f"{C} a été qualifié de candidat sérieux par {A}.", ()),
    Case("unlikely-meeting", f"{A} est peu susceptible de rencontrer {B} avant l'été.", (met(A, B, "uncertain"),)),
    # « taxer X de » an act; an organisation's lawyers and spokespeople speak for it
    Case("taxed-with", "Pixelia a rejeté ces accusations et taxé Zorbly de laxisme.", (criticised("Pixelia", "Zorbly"),)),
    Case("miss-taxing-companies", "Le gouvernement français taxe désormais Pixelia et Zorbly.", ()),
    Case("lawyers-of-an-organisation", "Les avocats de Pixelia ont accusé Zorbly de mensonge.", (criticised("Pixelia", "Zorbly"),)),
    Case("miss-lawyer-of-a-person", f"L'avocat de {A} a critiqué Zorbly.", ()),
    # a relative clause after an apposition set off by commas is an aside
    Case("relative-after-apposition-aside", "Pixelia, association belge qui dispose d'un bureau en Allemagne, a critiqué Zorbly.", (criticised("Pixelia", "Zorbly"),)),
    # a party's name between a role noun and its place describes the holder named after them
    Case("party-label-role-with-place", f"La sénatrice PS de Gironde, {B}, a critiqué {A}.", (criticised(B, A),)),
    Case("party-label-role-then-pronoun", f"En mars, la maire PS de Nantes, {B} avait déclaré qu'elle voterait {A}.", (endorsed(B, A),)),
    # « les deux présidents »: not a person known to hold another kind of role
    Case(
        "pair-of-presidents-not-the-prime-minister",
        f"Le président brésilien {A} a été accueilli par le président {C} à Lyon. La Première ministre {B} était aussi présente. Les deux présidents ont ensuite dîné ensemble.",
        (met(C, A), met(A, C)),
    ),
    # a role of a political camp before the name; a judgement of what someone proposed
    Case("judged-programme-of-camp-candidate", f"{A} a qualifié le projet du candidat de la gauche {B} de dangereux.", (criticised(A, B),)),
    Case("judged-words-plural", f"{A} a qualifié les déclarations de {B} de mensongères.", (criticised(A, B),)),
    Case("miss-kin-of-a-named-minister", f"{A} a critiqué le programme de la fille de la ministre {B}.", ()),
    Case("judged-in-opening-infinitive", f"{A} se retire. Après avoir qualifié le bilan de {C} de désastreux, il annonce son soutien à {B}.", (criticised(A, C), endorsed(A, B))),
    # the owner of an account named by a pseudonym the model missed; an incise of manner; remarks as proxies
    Case("account-owner-pseudonym", "Le compte Twitch de Zorbix a été suspendu mardi.", (banned("Twitch", "Zorbix"),)),
    Case("channel-owner-pseudonym", "YouTube a fermé la chaîne de Kalmo.", (banned("YouTube", "Kalmo"),)),
    Case("miss-account-of-a-platform", "Le compte de Pixelia a été piraté.", ()),
    Case("criticised-with-manner-incise", f"{A} a critiqué — sans le nommer — les piques de {B} contre les élus.", (criticised(A, B),)),
    Case("attacked-the-past-of", f"{A} s'est attaqué au passé de {B}.", (criticised(A, B),)),
    Case("streamer-named-after-noun", "Pixelia a banni le streamer Zorbix.", (banned("Pixelia", "Zorbix"),)),
    # a verb of saying after the comma that closes what was said comes before its subject
    Case("accused-after-what-was-said", "Le réseau social Pixelia « abuse » ses clients et enfreint la loi, a accusé lundi la Commission européenne, ouvrant une enquête.", (criticised("Commission européenne", "Pixelia"),)),
    Case("praised-after-what-was-said", f"{A} fait un travail remarquable depuis des mois, a salué {B}.", (endorsed(B, A),)),
    Case("miss-denounced-what-was-done-to", f"{A} a été exclu sans la moindre raison, a dénoncé {B}.", ()),
    Case("apposition-then-verb-is-no-inversion", f"{A}, ancien ministre, a accusé {B} de mentir.", (criticised(A, B),)),
    # a body named by a relation noun; a support taken back; a ban « au » an assembly is no state's
    Case("miss-nomination-committee", f"{A} a remanié la commission nationale d'investiture du parti Zorbly.", ()),
    Case("miss-nomination-withdrawn", f"Le parti Zorbly a retiré l'investiture de {A}.", ()),
    Case("nomination-granted", f"Le parti Zorbly a confirmé l'investiture de {A}.", (endorsed("Zorbly", A),)),
    Case("excluded-by-party-commission", f"La commission des conflits du RN a exclu {A}.", (banned("Rassemblement national", A),)),
    Case("miss-struck-off-a-group-at-a-council", f"{A} est radiée de son groupe au Conseil régional de Normandie.", ()),
    # a meeting told ahead is planned; an announced ban is done
    Case("announced-meeting", f"{A} avait annoncé une rencontre avec {B} à Genève.", (met(A, B, "uncertain"),)),
    Case("promised-visit", f"{A} a promis une visite à {B} avant l'été.", (met(A, B, "uncertain"),)),
    Case("announced-suspension", f"Pixelia a annoncé la suspension du compte de {B}.", (banned("Pixelia", B),)),
    # fixes of the eleventh round's held-out scoring, as general constructions
    Case("role-party-in-apposition-after-person", f"{A}, le candidat EELV à la mairie de Lyon, a accusé le maire {C} de mentir.", (criticised(A, C),)),
    Case("party-after-role-apposition-is-no-subject", f"{A}, le candidat LR à la présidentielle, a accusé {C} de mentir.", (criticised(A, C),)),
    Case("meeting-in-the-aftermath", f"{A} devrait démissionner mardi à la suite d'une réunion improvisée avec {B}.", (met(A, B),)),
    Case("miss-suspended-from-office", f"{B} a été suspendue de ses fonctions par le Parlement.", ()),
    Case("call-to-support", f"{A} appelle à soutenir {B} au second tour.", (endorsed(A, B),)),
    Case("miss-members-of-a-party-are-no-subject", f"Les militants RN ont vivement critiqué {A}.", ()),
    Case("participle-apposition-aside", f"Sa pièce, représentant le général {C}, est censurée par {A}.", ()),
    # an acronym defined by the full name in parentheses after it
    Case("acronym-then-full-name", f"{A} critique l'OPMB (Office de Protection des Marais de Brière).", (criticised(A, "Office de Protection des Marais de Brière"),)),
    Case("excluded-from-dont-antecedent", f"{A} adhère en 1980 au Parti radical, dont il est exclu en 1985.", (banned("Parti radical", A),)),
    Case("dont-of-a-complement-bans-nobody", f"{A} critique la direction du Parti radical, dont il avait été exclu.", (criticised(A, "Parti radical"),)),
    Case("internet-access-blocked", "Depuis lundi, tous les accès internet à l'encyclopédie Pixelia sont bloqués en Turquie.", (banned("Turquie", "Pixelia"),)),
    Case("condemned-quoted-allegations", f"{A} a condamné les « allégations fantaisistes » de {B}.", (criticised(A, B),)),
    Case("miss-share-of-a-people-supports", f"Selon un sondage de l'institut Zorbly, 60 % des Français soutiennent {A}.", ()),
    Case("relative-auquel-aside", f"{C}, auquel {A} a reproché son silence, est reparti.", (criticised(A, C),)),
    # a noun of doubt that names a thing; a request granted; rumours keep their doubt
    Case("doubt-noun-names-a-bill", f"Après son vote contre le projet de réforme des retraites, {A} est exclu du groupe Zorbly.", (banned("Zorbly", A),)),
    Case("invitation-granted", f"À l'invitation de {C}, {A} a rencontré {B}.", (met(A, B),)),
    Case("rumours-of-the-press", f"Selon des rumeurs de presse, {A} a rencontré {B}.", (met(A, B, "uncertain"),)),
    Case("quoted-group-name-in-apposition", f"{B}, présidente du groupe « Zorbly et indépendants » au conseil municipal, a annoncé son soutien à {C}.", (endorsed(B, C),)),
    # ousted from a group, not from a government; a meeting ruled out or not
    Case("ousted-from-a-group", f"{A} a été écarté du groupe Zorbly après son vote.", (banned("Zorbly", A),)),
    Case("miss-ousted-from-the-government", f"Le Premier ministre {A} a écarté {B} du gouvernement.", ()),
    Case("miss-kept-from-power", f"{A} a fait savoir qu'il donnerait son bulletin au maire sortant pour « écarter » la rivale {B}.", ()),
    Case("meeting-not-ruled-out", f"{A} n'a pas exclu une rencontre avec {B}.", (met(A, B, "uncertain"),)),
    Case("meeting-ruled-out", f"{A} a exclu toute rencontre avec {B}.", (met(A, B, "negated"),)),
    Case("called-for-removal", f"{A} a appelé à la destitution de {B}.", (criticised(A, B),)),
    # a company acting on what it owns bans nobody
    Case("miss-own-subsidiary-closed", "Zorbly a fermé sa filiale Pixelia.", ()),
    Case("miss-apps-of-its-own-store", "Apple a retiré plusieurs applications de l'App Store.", ()),
    Case("miss-own-network-cut-off", "Le groupe Zorbly a coupé l'accès à son réseau social Pixelia aux États-Unis.", ()),
    # what stands between a verb or a carrier noun and its object
    Case("occasion-before-object", f"{A} et {C} ont soutenu lors d'un meeting {B}.", (endorsed(A, B), endorsed(C, B))),
    Case("message-written-on-an-account", f"{A} a posté sur son profil Twitter un mot de soutien à {B}.", (endorsed(A, B),)),
    # an opening gerund takes the subject after its comma; a ban undergone
    Case("opening-gerund", f"En supprimant la chaîne de {A}, YouTube a frappé fort.", (banned("YouTube", A),)),
    Case("undergone-exclusion", f"{A} a écopé d'une exclusion du parti Zorbly.", (banned("Zorbly", A),)),
    Case("undergone-account-suspension", f"{A} a écopé d'une suspension de son compte YouTube.", (banned("YouTube", A),)),
    # a participle joined to a passive shares its « être »; an actor named by its decree or decision
    Case("participle-joined-to-a-passive", f"{A} est élu maire en 1925, puis exclu du parti Zorbly en 1933.", (banned("Zorbly", A),)),
    Case("participle-joined-to-an-active", f"{A} a reçu {C}, puis exclu {B}.", (met(A, C), banned(A, B))),
    Case("joined-passive-on-decision", f"{A} est suspendu du parti, puis exclu sur décision de {B}.", (banned(B, A),)),
    Case("dissolved-by-a-decree-of", "Le mouvement Zorbly fut dissous en 1958 par un décret du gouvernement Pixelia.", (banned("gouvernement Pixelia", "Zorbly"),)),
    Case("closed-by-a-justice-department", "Le site Zorbly a été fermé par le département de la Justice des États-Unis.", (banned("Département de la Justice des États-Unis", "Zorbly"),)),
    # a name put forward; a motion of censure
    Case("name-put-forward", f"Le parti Zorbly a proposé le nom de {B} au président.", (endorsed("Zorbly", B),)),
    Case("figure-then-name-in-apposition", f"{B} a désavoué une figure du parti, le député de la troisième circonscription de la Somme {A}, après une sortie.", (criticised(B, A),)),
    Case("role-of-a-place-before-a-name", f"{B} a critiqué le député de l'Yonne {A}.", (criticised(B, A),)),
    Case("ou-encore-list-under-de", f"{A}, patron de Zorbly, Pixelia ou encore Twitter, a affiché son soutien à {B}.", (endorsed(A, B),)),
    Case("crossed-swords-with", f"{A} croise le fer avec {B} sur les réseaux sociaux.", (criticised(A, B),)),
    Case("wish-for-holding-a-meeting", f"{A} a plaidé pour la tenue d'un entretien avec {B} avant le sommet.", (met(A, B, "uncertain"),)),
    Case("pleaded-for-a-meeting", f"{A} a plaidé pour une rencontre avec {B}.", (met(A, B, "uncertain"),)),
    Case("meeting-held-before", f"Après la tenue d'un entretien avec {B}, {A} est reparti.", (met(A, B),)),
    Case("region-of-a-role-is-no-subject", f"La présidente de la région Bretagne, {B}, se range derrière {A}.", (endorsed(B, A),)),
    Case("declared-rallying", f"{B} a été la première à déclarer son ralliement à {A}.", (endorsed(B, A),)),
    Case("insults-against", f"Les injures de {A} contre {B} ont choqué.", (criticised(A, B),)),
    Case("remarks-directed-at", f"Les propos de {A} à l'encontre de {B} ont valu une amende à sa chaîne.", (criticised(A, B),)),
    Case("miss-remarks-about", f"Les propos de {A} sur {B} ont été publiés.", ()),
    Case("miss-answered-remarks", f"{B} a répondu aux propos du président {A}.", ()),
    Case("verbless-participle-with-agent", f"{A} (Parti socialiste), appuyé par les écologistes (EELV).", (endorsed("Europe Écologie Les Verts", A),)),
    Case("present-mistagged-between-names", f"{C} rallie {A}.", (endorsed(C, A),)),
    Case("restrictive-ne-que", f"{A} n'a rencontré que {B}.", (met(A, B),)),
    Case("words-of-praise-for", f"{A} n'a eu que des éloges pour {B}.", (endorsed(A, B),)),
    Case("said-in-the-conditional", f"{A} aurait déclaré que {B} avait exclu {C}.", (banned(B, C, "uncertain"),)),
    Case("miss-forced-by-an-unplaced-pronoun", f"{B} l'a forcé à censurer {C}.", ()),
    Case("miss-feminine-participle-rules-out-a-man", f"{A} a critiqué {B}. {C} l'a ensuite critiquée.", (criticised(A, B),)),
    Case("invited-to-lunch", f"{A} a convié à déjeuner {B}.", (met(A, B),)),
    # fixes of the twelfth round's held-out scoring, as general constructions
    Case("passive-infinitive-after-a-pronoun", f"{A} s'est présenté en dissident face à {B}, ce qui le conduit à être exclu du parti Zorbly.", ()),
    Case("miss-office-taken-away", f"{A} a été nommé adjoint. Le maire {C} lui retire alors sa délégation de premier adjoint.", ()),
    Case("miss-absolute-phrase-of-a-thing", f"{B} est élue en 1999. Elle ne peut cependant pas prêter serment, le port du voile étant interdit au sein de l'Assemblée nationale.", ()),
    Case("absolute-phrase-of-a-party", f"{A} ayant été exclu du parti Zorbly, il fonde son propre mouvement.", (banned("Zorbly", A),)),
    Case("duration-before-the-group", f"{A} est suspendu quatre mois du groupe parlementaire LFI.", (banned("La France insoumise", A),)),
    Case("time-phrase-before-the-noun", f"Le parti Zorbly apporte dès la primaire son soutien à {A}.", (endorsed("Zorbly", A),)),
    Case("named-spokesperson", f"{B} est nommée porte-parole de {A} lors de la primaire.", (endorsed(B, A),)),
    Case("hyphenated-campaign-role", f"{C} est directeur-adjoint de la campagne présidentielle de {A} en 2012.", (endorsed(C, A),)),
    Case("own-support-in-a-reason", f"{B} est exclue du parti Zorbly pour son soutien à {A}.", (banned("Zorbly", B), endorsed(B, A))),
    Case("coordinated-descriptions-opening-a-sentence", f"Directeur de cabinet de {C} quand celui-ci présidait le parti Zorbly et directeur-adjoint de la campagne de {A} en 2012, il est député européen.", ()),
    Case("article-before-unanimity-is-no-pronoun", f"Réuni mardi, le bureau politique des Républicains a choisi à l'unanimité d'exclure {A}.", (banned("Les Républicains", A),)),
    Case("possessive-decision-of-an-infinitive", f"Le parti Zorbly a exclu {A}, après son choix de conclure une alliance avec {C}.", (banned("Zorbly", A), endorsed(A, C))),
    Case("refusal-noun-before-a-name", f"{C} a salué le refus de {B} de recevoir {A}.", (met(B, A, "negated"), endorsed(C, B))),
    Case("pronoun-after-a-role-opening", f"{A} est un homme politique. Député du Morbihan de 1997 à 2002, il devient ensuite ministre. Battu en 2007, il est exclu du Parti radical en 2009.", (banned("Parti radical", A),)),
    Case("motion-of-censure-passive", "Deux motions de censure sont déposées par le parti Zorbly contre le gouvernement Pixelia.", (criticised("Zorbly", "gouvernement Pixelia"),)),
    # thirteenth round: counted members, time phrases, a party taught by its member's noun
    Case("members-of-a-count-in-figures", f"Le parti Zorbly a exclu 12 de ses cadres, dont {A} et {B}.", (banned("Zorbly", A), banned("Zorbly", B))),
    Case("members-of-a-count-in-words", f"Le parti Zorbly a exclu vingt-deux de ses cadres, dont {A}.", (banned("Zorbly", A),)),
    Case("members-of-a-count-the-tagger-reads-as-pronoun", f"{C} a reçu deux de ses anciens ministres, dont {A}.", (met(C, A),)),
    Case("miss-count-without-members", f"Le parti Zorbly a exclu vingt-deux de ses cadres. {A} a protesté.", ()),
    Case("members-opening-the-clause", f"Plusieurs cadres du parti Zorbly, dont {A} et {B}, ont été exclus par {C}.", (banned(C, A), banned(C, B))),
    Case("counted-members-opening-the-clause", f"Douze élus, dont {A}, ont critiqué {C}.", (criticised(A, C),)),
    Case("miss-members-of-a-clause-without-relation", f"Plusieurs élus de Pixelia, dont {A} et {B}, ont quitté la réunion.", ()),
    Case("demonstrative-time-phrase", f"{C} a reçu ce soir-là {A} à Matignon.", (met(C, A),)),
    Case("time-phrase-closed-by-meme", f"{C} a reçu le soir même {A}.", (met(C, A),)),
    Case("miss-time-phrase-without-object", f"{C} a passé ce soir-là avec sa famille, loin de {A}.", ()),
    Case("party-taught-by-its-member", f"{A} est député PPZ de 1990 à 1995. En 1996, il est exclu du parti pour indiscipline.", (banned("PPZ", A),)),
    Case("miss-party-description-with-two-parties", f"{A} est député PPZ, puis sénateur PRZ. En 1996, il est exclu du parti pour indiscipline.", ()),
    Case("coordinated-persons-each-with-a-role", f"Le président pixelien {A} et le président zorblien {C} ont eu une conversation téléphonique le 13 novembre.", (met(A, C),)),
    Case("miss-role-with-its-own-complement-between", f"{A} et le patron de Zorbly {C} ont eu des mots.", ()),
    Case("opening-occasion-of-coordinated-persons", f"Lors d'un entretien téléphonique jeudi, {A} et {C} ont évoqué la situation en Libye.", (met(A, C),)),
    Case("opening-occasion-au-cours-de", f"Au cours d'un dîner à Lyon, {A} et {C} ont parlé de la crise.", (met(A, C),)),
    Case("miss-opening-occasion-of-one-person", f"Lors d'un entretien à la radio, {A} a évoqué {C}.", ()),
    Case("miss-occasion-not-opening-the-sentence", f"{A} a dit que lors d'un entretien, {C} et {B} avaient évoqué la crise.", ()),
    Case("miss-relative-of-a-thing-after-a-description", f"{A}, le représentant des associations qui soutiennent {B}, a signé un communiqué.", ()),
    Case("relative-of-a-role-after-a-description", f"{A}, l'ancien ministre qui soutient {B}, a signé un communiqué.", (endorsed(A, B),)),
    Case("miss-counted-members-of-a-party", "Dans ce scrutin, quarante-cinq LR sont soutenus par le RN.", ()),
    Case("miss-counted-common-subject-after-an-attribution", "Selon le parti Zorbly, au moins 62 candidats seront soutenus par Pixelia.", ()),
    Case("plural-pronoun-after-a-coordinated-subject", f"{A} et {C} sont arrivés à Lyon. Ils ont été reçus par {B}.", (met(B, A), met(B, C))),
    Case("plural-pronoun-after-a-list-with-others", f"{A}, {C} et d'autres patrons sont arrivés à Lyon. Lundi, ils ont rencontré {B}.", (met(A, B), met(C, B))),
    Case("miss-plural-pronoun-after-an-object-list", f"{A} a reçu {C} et Marc Petit. Ils ont critiqué {B}.", (met(A, C), met(A, "Marc Petit"))),
    Case("miss-feminine-plural-pronoun-for-a-man", f"{B} et {A} sont arrivés. Elles ont critiqué {C}.", ()),
    Case("miss-plural-pronoun-inside-a-clause", f"{A} et {C} sont arrivés. Marc Petit dit qu'ils ont critiqué {B}.", ()),
    Case("person-alias-is-one-person", f"Le rappeur {C}, alias Zorbix, a été banni par Pixelia. Zorbix a critiqué {A}.", (banned("Pixelia", C), criticised(C, A))),
    Case("person-alias-full-name-and-its-surname", f"Pixelia a supprimé le compte de {A}, alias Marc Petit. Petit a ensuite critiqué {B}.", (banned("Pixelia", A), criticised(A, B))),
    Case("miss-friend-is-no-alias", f"Le rappeur {C}, ami de Zorbix, a été banni par Pixelia. Zorbix a critiqué {A}.", (banned("Pixelia", C), criticised("Zorbix", A))),
    Case("feminine-pronoun-for-an-association", f"L'association Pixelia a été fondée en 2010. Elle est dissoute par {A} en 2020.", (banned(A, "Pixelia"),)),
    Case("masculine-pronoun-for-a-party", f"Le parti Zorbly a été fondé en 2010. Il a exclu {A} en 2020.", (banned("Zorbly", A),)),
    Case("feminine-pronoun-for-a-union-by-its-article", f"La CGT a tenu son congrès à Lyon. Elle a dénoncé la politique de {A}.", (criticised("Confédération générale du travail", A),)),
    Case("miss-pronoun-after-a-sentence-naming-a-person", f"Le parti Zorbly a exclu {A}. Il a dénoncé une purge auprès de {C}.", (banned("Zorbly", A),)),
    Case("miss-pronoun-of-the-other-gender", f"L'association Pixelia a été fondée en 2010. Il a critiqué {A}.", ()),
    Case("miss-pronoun-after-something-owned", f"Son groupe Zorbly réunit mille membres. Il échange avec {A}.", ()),
    Case("head-of-state-alone-is-the-french-president", f"Le chef de l'État a accueilli {A} à l'Élysée.", (met("Emmanuel Macron", A),)),
    Case("support-verb-in-the-present-read-as-a-noun", f"Le parti Zorbly vote l'exclusion de {A}.", (banned("Zorbly", A),)),
    Case("acter-in-the-present-read-as-a-noun", f"Le parti Zorbly acte l'exclusion de {A}.", (banned("Zorbly", A),)),
    Case("prononcer-an-exclusion-decides-it", f"Le parti Zorbly prononce l'exclusion de {A}.", (banned("Zorbly", A),)),
    Case("reflexive-prononcer-for-a-meeting-is-a-wish", f"{A} s'est prononcé pour une rencontre avec {B}.", (met(A, B, "uncertain"),)),
    Case("miss-noun-vote-of-someone", f"Le vote de {A} a surpris {B}.", ()),
    Case("masculine-participle-rules-out-a-feminine-thing", f"{A} a perdu la primaire. La romancière {B} l'avait accusé de mentir.", (criticised(B, A),)),
    Case("miss-masculine-participle-after-a-masculine-thing", f"{A} a présenté le projet. {B} l'a critiqué.", ()),
    Case("present-read-as-subjunctive-in-a-main-clause", f"Le Conseil européen condamne {A}.", (criticised("Conseil européen", A),)),
    Case("subjunctive-after-que-is-a-wish", f"{A} souhaite que {B} rencontre {C}.", (met(B, C, "uncertain"),)),
    Case("violations-by-an-author", f"Le ministre {A} a dénoncé les violations répétées du droit international par Pixelia.", (criticised(A, "Pixelia"),)),
    Case("miss-violations-of-a-victims-rights", f"{A} a dénoncé les violations des droits de {B}.", ()),
    Case("agent-after-an-incise-with-a-described-name", f"{A} est accueilli, sous les vivats au palais, par son homologue zorblien, {C}.", (met(C, A),)),
    Case("incise-chain-stops-at-the-preposition", f"{A} s'est entretenu, ce dimanche, à Lyon, avec {C}.", (met(A, C),)),
    Case("counterpart-with-a-second-description", f"{A} est accueilli à Bamako par son homologue malien le colonel {C}.", (met(C, A),)),
    Case("name-in-apposition-the-model-cut", f"Le ministre sierra-léonais, Julius Kpaka Bio, a reçu {A}.", (met("Julius Kpaka Bio", A),)),
    Case("country-read-as-a-person-is-a-place", f"Lundi, {A} a été reçu par le président de Sierra Leone, Samuel Kallon Turay.", (met("Samuel Kallon Turay", A),)),
    Case("name-with-a-curly-particle-is-one-name", f"{A} a reçu Denis Sassou N’Guesso à Rabat. {C} a ensuite critiqué Denis Sassou N'Guesso.", (met(A, "Denis Sassou N'Guesso"), criticised(C, "Denis Sassou N'Guesso"))),
    Case("quote-after-a-colon-whatever-the-verb", f"{B} s'est félicitée : « Je suis très heureuse d'accueillir aujourd'hui le ministre {A}. »", (met(B, A),)),
    Case("quote-after-an-opening-selon", f"Selon {B}, « j'ai reçu {A} pour un long entretien ».", (met(B, A),)),
    Case("miss-quote-after-selon-two-people", f"Selon {B} et {C}, « j'ai reçu {A} ».", ()),
    Case("quote-of-two-sentences-speaker-after", f"« J'ai rencontré {A} hier. Le dialogue est important », a déclaré {B}.", (met(B, A),)),
    Case("quote-of-two-sentences-speaker-before", f"{B} a déclaré : « Le dialogue est important. J'ai rencontré {A} hier. »", (met(B, A),)),
    Case("miss-quote-with-no-speaker", f"« J'ai rencontré {A} hier. » {B} a ensuite quitté la salle.", ()),
    Case("inverted-after-a-first-person-quote", f"« Je vais gagner », a affirmé {A} au propriétaire de Reddit, {C}.", (met(A, C),)),
    Case("we-in-a-quote-is-its-speaker", f"« Nous avons déjeuné avec {A} », a expliqué {B} devant la presse.", (met(B, A),)),
    Case("miss-we-as-an-object-in-a-quote", f"« Il nous a reçus hier », a déclaré {B} à propos de {A}.", ()),
    # fixes of the thirteenth round's held-out scoring (m*, o*), as general constructions
    Case("miss-pronoun-of-quel-qu-il-soit", f"{A} a gagné. Tous s'étaient engagés à soutenir le vainqueur, quel qu'il soit, mais deux d'entre eux, {C} et Marc Petit, annoncent soutenir {B}.", (endorsed(C, B), endorsed("Marc Petit", B))),
    Case("miss-agent-of-a-coordinated-participle", "Le sommet Zorbly qui devait avoir lieu à Lyon est supprimé et remplacé par un sommet Pixelia.", ()),
    Case("noun-under-an-infinitive-an-object-controls", f"{A} aurait permis à {B} de décrocher des rencontres avec {C}.", (met(B, C, "uncertain"),)),
    Case("miss-description-that-is-the-object-of-its-subject", f"{A} aurait permis à l'homme d'affaires de décrocher des rencontres avec {C}.", ()),
    Case("miss-verb-form-after-a-possessive", f"{B}, ses soutient {C} et Marc Petit, a tenu un meeting.", ()),
    Case("role-article-gives-a-gender", f"Le pape Pie V a rencontré {B}. Elle a critiqué {C}.", (met("Pie V", B), criticised(B, C))),
    Case("acronym-defined-after-with-a-misread-person-inside", f"{A} a soutenu l'évènement ZYLE ( Zorbly Young Leaders Exposition).", (endorsed(A, "Zorbly Young Leaders Exposition"),)),
    Case("locution-whose-present-the-tagger-misreads", f"{A} pointe du doigt l'immobilisme de {C}.", (criticised(A, C),)),
    Case("deplore-an-attitude", f"{A} déplore l'« immobilisme » du maire {C}.", (criticised(A, C),)),
    Case("miss-deplore-a-death", f"{A} déplore la mort de {C}.", ()),
    Case("non-in-a-description-before-the-agent", f"{A}, qui est soutenu par l'organisation non gouvernementale Pixelia, a parlé.", (endorsed("Pixelia", A),)),
    Case("keeping-ones-confidence-in", f"L'organisation Pixelia maintient sa confiance à {A}.", (endorsed("Pixelia", A),)),
    Case("occupation-opening-a-sentence-is-no-subject", f"{A} est un homme politique. Normalien et agrégé d'histoire, il est exclu du Parti radical en 1990.", (banned("Parti radical", A),)),
    # fourteenth round: read on real news (other names and words here)
    Case(
        "pronoun-after-a-description-left-unresolved",
        f"{A}, {B} et {C} sont venus. Pendant la campagne, l'industriel avait souvent raillé la profession. Il avait aussi attaqué Marc Petit.",
        (),
    ),
    Case("miss-de-of-lors-de-is-no-source", f"{A} n'a pas adressé ses félicitations, mardi, lors d'un Conseil régional à Lyon.", ()),
    Case(
        "members-after-a-colon-with-a-description-and-ainsi-que",
        f"Le parti Pixelia a voté l'exclusion de trois de ses membres : les deux élus issus du Parti radical {A} et {B}, ainsi que la sénatrice {C}.",
        (banned("Pixelia", A), banned("Pixelia", B), banned("Pixelia", C)),
    ),
    Case(
        "members-before-a-part-of-the-list-not-understood",
        f"Le parti Pixelia a voté l'exclusion de trois de ses membres : les élus {A} et {B}, ainsi que les « frondeurs » de la région, dont {C}.",
        (banned("Pixelia", A), banned("Pixelia", B)),
    ),
    Case("quoted-noun-phrase-after-its-article", f"{A} a adressé ses « très sincères et amicales félicitations » à {B}.", (endorsed(A, B),)),
    Case("quoted-duration-after-its-preposition", f"Pixelia a bloqué lundi pour « au moins dix jours » la page de {A}.", (banned("Pixelia", A),)),
    Case("speaker-in-the-phrase-of-a-noun-subject", f"De son côté, le Belge {A} écrit : « Je félicite chaleureusement {B} pour sa victoire. »", (endorsed(A, B),)),
    Case("speaker-before-a-colon-after-qui", f"Un message est venu de Lyon, avec ce communiqué de {A} qui relève : « J'adresse mes félicitations à {B}. »", (endorsed(A, B),)),
    Case(
        "pronoun-opening-a-subordinate-clause-is-the-main-subject",
        f"La primaire est close. S'il avait promis de soutenir le vainqueur, l'ancien maire de Lyon {A} s'en abstient. Il a ensuite critiqué {B}.",
        (criticised(A, B),),
    ),
    Case(
        "miss-pronoun-opening-a-subordinate-clause-after-another-subject",
        f"{C} a perdu. S'il avait promis de soutenir le vainqueur, l'ancien maire de Lyon {A} s'en abstient. Il a ensuite critiqué {B}.",
        (),
    ),
    Case("sponsorship-given-to", f"{A} a apporté son parrainage à {B}.", (endorsed(A, B),)),
    Case("adverb-after-a-comma-before-the-preposition", f"{A} a porté plainte jeudi, notamment contre {B}.", (criticised(A, B),)),
    Case("portfolio-named-by-common-nouns-before-an-apposed-name", f"Le ministre de l'Agriculture et de la pêche, {A}, a porté plainte contre {B}.", (criticised(A, B),)),
    Case("former-role-written-as-one-word", f"{A} a traité l'ex-ministre de la Culture, la Belge {B}, de « menteuse ».", (criticised(A, B),)),
    Case("miss-exchange-online-is-no-meeting", f"{A} a eu un échange vif en ligne avec {B}.", ()),
    Case("exchange-in-person-is-a-meeting", f"{A} a eu un échange à Lyon avec {B}.", (met(A, B),)),
    Case("subjunctive-form-joined-to-an-indicative", f"{A} dénonce et condamne la décision de Pixelia.", (criticised(A, "Pixelia"),)),
    Case("relative-of-a-group-the-subject-belongs-to", f"{B} fait partie des cadres de Pixelia qui sont bannis du réseau social Zorbly.", (banned("Zorbly", B),)),
    Case("relative-of-a-group-after-parmi", f"{B} figure parmi les nombreux élus qui ont rencontré {A}.", (met(B, A),)),
    Case("miss-relative-after-a-person-of-the-group", f"{B} fait partie des proches de {C} qui ont rencontré {A}.", ()),
    Case("miss-relative-of-a-singular-body", f"{B} fait partie du comité qui a rencontré {A}.", ()),
    Case("dative-between-the-support-verb-and-its-noun", f"La Commission a infligé à Pixelia une amende de deux millions d'euros.", (criticised("Commission", "Pixelia"),)),
    Case("dative-before-a-possessive-noun", f"{A} a apporté à {B} tout son soutien.", (endorsed(A, B),)),
    Case("miss-dative-of-a-verb-of-saying-before-a-relation-noun-of-another", f"{A} a parlé à {B} de la suspension de {C}.", ()),
    Case("organisation-description-before-de-and-an-infinitive", f"L'entreprise Pixelia a publié ses comptes. {A} reproche au groupe d'abuser de sa position.", (criticised(A, "Pixelia"),)),
    Case("passer-a-l-offensive", f"La Commission passe à l'offensive contre Pixelia.", (criticised("Commission", "Pixelia"),)),
    Case("members-in-apposition-to-a-plural-object", f"Le parti Pixelia a suspendu les deux élus sortants, {A} et {C}.", (banned("Pixelia", A), banned("Pixelia", C))),
    Case("miss-plural-object-then-the-next-clause-subject", f"Le parti Pixelia a suspendu les deux élus sortants, {A} et {C} ont protesté.", ()),
    Case("name-apposed-to-a-governed-role-is-no-subject", f"Dans le Gard, {A}, premier adjoint au maire de Nîmes, {C}, a apporté son soutien à {B}.", (endorsed(A, B),)),
    Case("place-read-with-its-de-is-the-place", f"Le maire de Nîmes, {C}, a soutenu {B}.", (endorsed(C, B),)),
    Case("agent-after-a-phrase-of-place", f"{A} a été accueilli dans la cour du palais de Lyon par {B}.", (met(B, A),)),
    Case("pronoun-after-quant-a-a-name", f"Quant à {A}, il appelle à voter pour {B}.", (endorsed(A, B),)),
    Case("capitalised-occupation-after-a-place-is-the-titled-person", f"Le Roi Albert II est arrivé à Lyon. Au palais de la ville, le Souverain a été reçu par {A}.", (met(A, "Albert II"),)),
    Case("demanding-an-apology", f"{A} a exigé des excuses de {B}.", (criticised(A, B),)),
    Case("miss-offering-an-apology", f"{A} a présenté des excuses à {B}.", ()),
    Case("miss-deprived-of-an-investiture", f"{A} a été privé de son investiture par le parti Pixelia.", ()),
    Case("forbidding-entry-to", f"La Zorblie a interdit l'entrée de son territoire à {A}.", (banned("Zorblie", A),)),
    Case("declared-persona-non-grata", f"{A} a été déclaré persona non grata par la Zorblie.", (banned("Zorblie", A),)),
    Case("op-ed-in-favour-of", f"{A} a signé une tribune en faveur de {B}.", (endorsed(A, B),)),
    Case("incise-naming-the-medium-before-the-object", f"{B} a critiqué mardi, dans un entretien au Figaro, la gestion de {A}.", (criticised(B, A),)),
    Case("incise-naming-an-organisation-as-a-place", f"{B} a reçu, dans les locaux de Pixelia, {A}.", (met(B, A),)),
    Case("meeting-noun-subject-of-a-verb-of-planning", f"Une rencontre entre {A} et {B} est prévue lundi.", (met(A, B, "uncertain"),)),
    Case("meeting-noun-subject-of-a-verb-of-happening", f"Une rencontre entre {A} et {B} a eu lieu lundi.", (met(A, B),)),
    Case("making-the-acquaintance-of", f"{A} a fait la connaissance de {B} à Lyon.", (met(A, B),)),
    Case("seeing-ones-account-suspended", f"{A} a vu son compte Twitch suspendu.", (banned("Twitch", A),)),
    Case("seeing-ones-page-closed-by", f"{A} a vu sa page fermée par Pixelia.", (banned("Pixelia", A),)),
    Case("miss-seeing-ones-account-suspended-by-no-one-named", f"{A} a vu son compte suspendu.", ()),
    Case("thing-named-after-its-type-noun-is-the-object", "Apple a retiré l'application Pixelia de son magasin.", (banned("Apple", "Pixelia"),)),
    Case("organisation-pronoun-by-the-gender-of-its-attribute", "Zorbly est un service de messagerie basé à Lyon. Il est interdit sur l'App Store.", (banned("App Store", "Zorbly"),)),
    Case("hyphenated-organisations-name-one-body", f"{A} a été suspendu du groupe parlementaire LR-UDI et exclu du parti EELV.", (banned("LR-UDI", A), banned("Europe Écologie Les Verts", A))),
    Case("organisation-pronoun-by-its-article-before-its-attribute", f"La Zorbly est un mouvement politique de Lyon. Elle a été dissoute par {A}.", (banned(A, "Zorbly"),)),
    # fixes of the fourteenth round's held-out scoring (h*, i*), as general constructions
    Case("miss-hearers-thanked-for-a-meeting-are-its-subject", f"{A} a parlé. Madame, il vous remercie d'avoir bien voulu accompagner le président {C} jusqu'ici.", ()),
    Case("miss-hearers-asked-to-support-are-its-subject", f"{A} nous a demandé de soutenir {C}.", ()),
    Case("miss-feminine-pronoun-after-a-man-by-his-first-name", f"Le nouveau patron de Zorbly, Gilles Moreau, a parlé. Elle a critiqué {C}.", ()),
    Case("object-asked-past-a-modal-verb", f"{A} a prié {B} de bien vouloir recevoir {C}.", (met(B, C, "uncertain"),)),
    Case("dont-after-a-role-noun-stands-for-the-party", f"{A} est un homme politique, dirigeant du Parti radical, dont il est exclu en 1952.", (banned("Parti radical", A),)),
    Case("miss-losing-an-investiture", f"{A} a perdu l'investiture du parti Pixelia en 2010.", ()),
    Case("connector-c-est-pourquoi-is-no-verb", f"C'est pourquoi {A} a reçu {B} à Lyon.", (met(A, B),)),
    Case("ni-after-a-locution-denies-it", f"{B} n'a appelé à voter ni pour {A}, ni pour {C}.", (endorsed(B, A, "negated"), endorsed(B, C, "negated"))),
    Case(
        "inverted-pronoun-after-a-quote-is-the-subject-before-it",
        f"{A} a longuement parlé. « C'est pourquoi je soutiens {B} », a-t-il ajouté.",
        (endorsed(A, B),),
    ),
    Case(
        "miss-inverted-pronoun-after-a-quote-with-no-one-before",
        f"« Je ne céderai pas. C'est pourquoi j'ai rencontré {B} », a-t-il ajouté.",
        (),
    ),
    # fifteenth round: read on real news (party exclusions, court orders against a platform, calls to vote; other names and words here)
    Case("miss-former-name-in-parentheses-is-no-member", f"{A} a choisi de fermer les locaux de Pixelia (anciennement Vexio) à Lyon.", ()),
    Case(
        "occupation-taught-past-the-comma-after-its-institution",
        f"{A} a répondu au juge de la Cour constitutionnelle chilienne, {B}. {A} a qualifié le juge chilien de criminel.",
        (criticised(A, B),),
    ),
    Case(
        "miss-occupation-of-another-country",
        f"{A} a répondu au juge de la Cour constitutionnelle chilienne, {B}. {A} a qualifié le juge français de criminel.",
        (),
    ),
    Case(
        "name-in-an-opening-phrase-is-not-apposed-to-the-subject",
        f"Le juge {B} a donné un délai à {A}. Face au refus de {A}, le juge a saisi la police. {C} a réagi, accusant le juge de mentir.",
        (criticised(C, B),),
    ),
    Case("call-to-support-a-party-s-candidates", f"{A} a appelé à soutenir les candidats du Parti radical.", (endorsed(A, "Parti radical"),)),
    Case("call-noun-with-its-caller-before-a", f"L'appel de {A} à voter pour {B} a surpris {C}.", (endorsed(A, B),)),
    Case("call-noun-to-ban-is-asked-for", f"Après l'appel de {A} à exclure {B}, {C} a parlé.", (banned(A, B, "uncertain"),)),
    Case("miss-call-noun-in-an-opening-phrase-is-not-the-subject-s", f"Après l'appel de sa porte-parole, {A}, à voter pour {B}, {C} s'est tu.", (endorsed(A, B),)),
    Case("miss-call-of-an-unnamed-caller-is-not-the-subject-s", f"Après l'appel de son parti à voter pour {B}, {C} s'est tu.", ()),
    Case("negation-with-non-plus", f"{A} et {B} n'avaient pas non plus été soutenus par le Parti radical.", (endorsed("Parti radical", A, "negated"), endorsed("Parti radical", B, "negated"))),
    Case("miss-place-after-a-noun-is-no-subject", f"{A} a pesé sur la campagne des élections Autriche en appelant lundi à voter pour {B}.", (endorsed(A, B),)),
    Case("gerund-under-a-future-verb-is-planned", f"{A} ira plus loin, en accueillant {B} à Lyon.", (met(A, B, "uncertain"),)),
    Case("gerund-under-a-past-verb-happened", f"{A} est allé plus loin, en accueillant {B} à Lyon.", (met(A, B),)),
    Case(
        "support-noun-past-an-incise-of-time-naming-someone",
        f"{A} a réaffirmé mardi matin, lors d'une émission en direct avec la députée du Parti radical, {B}, son soutien entier au Parti radical.",
        (endorsed(A, "Parti radical"),),
    ),
    Case("object-clitic-is-the-other-one-when-the-subject-goes-on", f"{B} connaît personnellement {A}. Elle l'a reçu dans sa maison de Naples.", (met(B, A),)),
    Case("miss-object-clitic-with-two-others-before", f"{B} a parlé de {C} avec {A}. Elle l'a accueilli à Rome.", ()),
    Case("decision-noun-past-a-time-phrase", f"{C} a réagi à la décision de Pixelia fin juillet de débrancher la chaîne Zorbly.", (banned("Pixelia", "Zorbly"),)),
    Case("agent-by-decision-after-what-one-is-put-out-of", "La chaîne Zorbly a été éjectée de YouTube par décision de Pixelia.", (banned("Pixelia", "Zorbly"),)),
    Case("party-of-a-role-before-an-unnamed-place-describes-the-person", f"Le député LR de la Somme {A} s'est dit très critique du ministre {C}.", (criticised(A, C),)),
    Case("withdrawal-in-favour-of-past-a-phrase-of-place", f"{B} s'est aussi désistée dans la 3e circonscription du Cher, en faveur de {A} (LFI).", (endorsed(B, A),)),
    Case("miss-withdrawal-past-a-phrase-naming-someone", f"{B} s'est désistée dans la circonscription de {C}, en faveur de {A}.", ()),
    Case(
        "support-noun-past-incises-of-time-and-manner",
        f"La commission d'investiture du Parti radical a officialisé, ce lundi matin, à la majorité, son appui à la candidature de {B}.",
        (endorsed("Parti radical", B),),
    ),
    Case(
        "platform-description-with-a-platform-named-as-a-modifier",
        f"Le compte Twitch de {A} a été retiré de la plateforme de vidéo en direct d'Amazon lundi. La chaîne Twitch de {A} a ensuite été supprimée de la plateforme.",
        (banned("Twitch", A),),
    ),
    Case("meeting-noun-of-the-subject-past-a-date-incise", f"Lors de leur rencontre, lundi, {A} et {C} ont abordé les grands dossiers.", (met(A, C),)),
    Case("party-in-parentheses-after-a-name-is-its-side", f"En réponse, {A} (Renaissance) a accusé le Parti radical d'instrumentaliser la cause.", (criticised(A, "Parti radical"),)),
    Case("miss-party-after-outre-is-no-subject", f"Outre Amazon, la Commission européenne a sanctionné Google d'une amende.", (criticised("Commission européenne", "Google"),)),
    Case(
        "complement-past-an-incise-after-its-preposition",
        "La Commission européenne a ouvert une enquête contre, cette fois-ci, les plateformes Facebook et Instagram.",
        (criticised("Commission européenne", "Facebook"), criticised("Commission européenne", "Instagram")),
    ),
    Case("proxy-measures-put-in-place-by", "La Commission européenne a critiqué les mesures mises en place par TikTok.", (criticised("Commission européenne", "TikTok"),)),
    Case("miss-measures-put-in-place-by-no-one-named", "La Commission européenne a critiqué les mesures mises en place.", ()),
    Case(
        "fines-of-several-sums-respectively",
        "La Commission européenne a infligé des amendes de respectivement 20 millions et 8 millions d'euros à Amazon et Google.",
        (criticised("Commission européenne", "Google"), criticised("Commission européenne", "Amazon")),
    ),
    Case("siding-with", f"{A} a tranché avec la ligne du groupe mardi, en se plaçant du côté de la maire de Lyon, {B}.", (endorsed(A, B),)),
    Case("miss-siding-with-a-thing", f"{A} s'est rangé du côté de la loi.", ()),
    Case("giving-one-s-vote-to", f"{A} avait donné son vote à {B} avant qu'elle ne se retire.", (endorsed(A, B),)),
    Case("taking-sides-for-denied", f"{A} n'a pas pris parti pour {B}.", (endorsed(A, B, "negated"),)),
    Case("joining-the-camp-of", f"{A} a rejoint le camp de {B} en 2016.", (endorsed(A, B),)),
    Case(
        "counterpart-of-the-subject-in-a-country",
        f"{B}, la présidente du Sénégal, a parlé. Le président français {C} a reçu son homologue sénégalaise au palais.",
        (met(C, B),),
    ),
    Case("miss-counterpart-with-no-one-in-play", f"Le président français {C} a reçu son homologue sénégalais au palais.", ()),
    Case(
        "miss-counterpart-of-a-subject-with-no-known-role",
        f"{B}, la présidente du Sénégal, a parlé. {C} a reçu son homologue sénégalaise au palais.",
        (),
    ),
    Case(
        "imperfect-is-no-conditional",
        f"{A} et {C} se sont disputés devant toute la presse, alors que le président {A} rendait visite à {C}.",
        (met(A, C),),
    ),
    Case(
        "miss-list-after-a-preposition-past-parentheses",
        "Après TikTok, Pixelia (ex-Vexio) et Alibaba, la Commission européenne a ouvert une enquête contre Facebook.",
        (criticised("Commission européenne", "Facebook"),),
    ),
    Case("noun-taken-up-by-celle-de-in-a-list", f"Le ministre {A} a annoncé la dissolution de cette ligue ainsi que celle de Génération identitaire.", (banned(A, "Génération identitaire"),)),
    Case("miss-noun-of-an-unnamed-thing", f"Le ministre {A} a annoncé la dissolution de cette ligue.", ()),
    Case(
        "possessive-of-an-intent-noun-is-the-subject-of-its-verb",
        "Google et Apple annoncent leur volonté de supprimer l'application Pixelia.",
        (banned("Google", "Pixelia", "uncertain"), banned("Apple", "Pixelia", "uncertain")),
    ),
    Case("miss-possessive-that-does-not-agree-with-the-subject", "Google et Apple annoncent sa volonté de supprimer l'application Pixelia.", ()),
    Case("altercation-with", f"{A} a eu une vive altercation avec {C} à Lyon.", (criticised(A, C),)),
    Case(
        "asked-parties-coordinated-before-de",
        "Le régulateur a prié Apple et Google de retirer l'application Pixelia de leurs boutiques.",
        (banned("Apple", "Pixelia", "uncertain"), banned("Google", "Pixelia", "uncertain")),
    ),
    Case(
        "request-one-answers-is-not-granted",
        "Le régulateur a laissé deux semaines à Apple afin de répondre à une demande de retrait de Pixelia de son App Store.",
        (banned("App Store", "Pixelia", "uncertain"),),
    ),
    Case("plural-pronoun-of-a-reciprocal-verb-after-subject-and-object", f"{B} connaît personnellement {A}. Ils se sont plusieurs fois vus.", (met(B, A),)),
    Case("miss-plural-pronoun-of-a-reciprocal-verb-after-three-persons", f"{B} a parlé de {C} à {A}. Ils se sont plusieurs fois vus.", ()),
    Case("miss-plural-pronoun-of-another-verb-after-subject-and-object", f"{B} connaît personnellement {A}. Ils ont critiqué {C}.", ()),
    Case("miss-support-taken-back-after-se-voir", f"{A} s'est vu retirer son investiture par le Parti radical.", ()),
    Case("account-taken-away-after-se-voir", f"{A} s'est vu retirer son compte par Pixelia.", (banned("Pixelia", A),)),
    Case("reflexive-of-the-infinitive-itself", f"{A} s'est retiré en faveur de {B}.", (endorsed(A, B),)),
    Case("campaigning-alongside", f"{A} a battu campagne aux côtés de {B} dans le Nord.", (endorsed(A, B),)),
    Case("call-to-transfer-one-s-votes", f"{A} a appelé à reporter ses voix sur {B}.", (endorsed(A, B),)),
    Case("designated-candidate-by", f"{B} a été désignée candidate par le Parti radical.", (endorsed("Parti radical", B),)),
    Case("miss-designated-candidate-by-no-party", f"{B} a été désignée candidate par les militants à Lyon.", ()),
    Case("demonstrative-celui-ci-is-masculine", f"{A} a reçu {C}. Celui-ci a critiqué {B}.", (met(A, C), criticised(C, B))),
    Case("conditional-of-a-compound-of-tenir", f"{A} avait précisé lundi qu'il s'entretiendrait le soir même avec {C}.", (met(A, C, "uncertain"),)),
    Case("imperfect-of-a-compound-of-tenir", f"{A} s'entretenait avec {B} quand {C} est arrivé.", (met(A, B),)),
    Case("narrative-present-read-as-a-name-between-two-names", f"En 2017, {A} rencontre {B} à Lyon.", (met(A, B),)),
    Case("conviction-obtained-by-the-plaintiff", f"{A} obtient la condamnation de {B} pour diffamation.", (criticised(A, B),)),
    Case("convicted-of-defamation-towards", f"{B} est condamnée pour diffamation envers {A}.", (criticised(B, A),)),
    Case("acquitted-of-defamation-towards", f"{B} a été relaxée des poursuites pour diffamation envers {A}.", (criticised(B, A, "uncertain"),)),
    Case("party-called-the-movement", f"{A} est membre de La France insoumise. Le mouvement l'a exclu en 2019.", (banned("La France insoumise", A),)),
    Case("miss-movement-with-its-own-complement", f"{A} est membre de La France insoumise. Le mouvement des gilets jaunes a critiqué {C}.", ()),
    Case("en-of-a-ban-is-the-organisation-of-the-sentence-before", f"{A} adhère au Parti radical en 1990. Il en est exclu en 1999.", (banned("Parti radical", A),)),
    Case("en-of-a-ban-after-a-relative-naming-the-organisation", f"Le 3 mars, {A} qui avait créé le Parti radical en 1981 en a été exclu.", (banned("Parti radical", A),)),
    Case("pronoun-of-a-relative-in-the-opening-apposition", f"Ancien membre du Parti radical, dont il a été exclu en 2015, {A} a rejoint le Parti socialiste.", (banned("Parti radical", A),)),
    Case("miss-en-of-a-ban-after-two-organisations", f"{A} adhère au Parti radical puis au Parti socialiste. Il en est exclu en 1999.", ()),
    Case("miss-en-of-a-ban-after-no-organisation", f"{A} parle à Lyon. Il en est exclu en 1999.", ()),
    # fixes of the fifteenth round's held-out scoring (j*, l*), as general constructions
    Case("miss-place-after-an-indefinite-article-is-an-idea", f"{A} a dit : « J'ai toujours soutenu une France plus participative. »", ()),
    Case("support-one-can-count-on-is-given", f"Pour accomplir sa mission, {B} peut compter sur l'appui déterminant de {A}.", (endorsed(A, B),)),
    Case("support-one-could-count-on-stays-open", f"{B} pourrait compter sur le soutien de {A}.", (endorsed(A, B, "uncertain"),)),
    Case(
        "miss-feminine-pronoun-after-a-feminine-noun-subject",
        f"La délégation est accompagnée par Mme {B}. Cette délégation a été reçue hier par le président {C}. Elle doit s'entretenir aujourd'hui avec {A}.",
        (),
    ),
    Case("sentence-not-cut-after-an-abbreviated-title", f"Je précise pour M. Pélissard que nous avons reçu la semaine dernière Mme {B} et M. {C}.", ()),
    Case("name-cut-by-the-parser-is-one-name", f"{A} a accueilli Sergey Tihanovski et Sviatlana Tsikhanouskaya, originaires de Biélorussie, à Lyon.", (met(A, "Sergey Tihanovski"), met(A, "Sviatlana Tsikhanouskaya"))),
    Case(
        "impersonal-il-en-resulte-is-no-subject",
        f"Le parti a adopté de nouveaux statuts. Il en résulte que {A} n'a plus aucun lien avec le parti. Il avait déjà été exclu en 2015 par sa fille {B}.",
        (banned(B, A),),
    ),
    Case(
        "feminine-pronoun-after-a-plural-noun-subject",
        f"Les accusations ont été formulées par {B}, ancienne employée du ministère. Elle est soutenue par l'organisation Transparency International.",
        (endorsed("Transparency International", B),),
    ),
    Case("miss-candidates-in-an-opening-phrase-name-no-one-after", f"Face aux candidats du Parti radical, {A} a parlé.", ()),
    # sixteenth round: read on real news (tech leaders at the Élysée, quarrels between a president and a tech leader; other names and words here)
    Case("miss-apposition-after-the-complement-of-a-role-noun", f"Le fondateur de Pixelia et patron de Meta, soutien constant de {B} pendant la campagne, a été nommé ministre.", ()),
    Case("apposition-after-a-named-person", f"Le ministre a reçu {A}, soutien constant de {B}.", (endorsed(A, B),)),
    Case("object-after-a-role-and-its-lower-case-field", f"{A} a reçu mardi le sénateur {C} ainsi que la ministre de l'agriculture {B}.", (met(A, C), met(A, B))),
    Case("object-after-a-role-and-its-field-with-a-place", f"{A} a rencontré le ministre des affaires étrangères et de l'Europe {B}.", (met(A, B),)),
    Case("miss-object-is-the-field-of-another-person", f"{A} a reçu la ministre de l'agriculture de {B}.", ()),
    Case("object-after-a-date-closed-by-a-comma", f"{A} a félicité mercredi 13 novembre, {C}, après sa nomination.", (endorsed(A, C),)),
    Case("object-named-after-a-description-in-apposition", f"Le ministre {A} a félicité mardi 4 juin, l'homme le plus riche du pays, {C}, pour sa nomination.", (endorsed(A, C),)),
    Case("miss-subject-of-a-clause-after-a-date-and-a-comma", f"{A} a critiqué lundi, {C} a répondu mardi.", ()),
    Case("preposition-past-a-phrase-of-manner-and-one-of-the-medium", f"{A} s'en est pris début mars avec une rare virulence sur son compte Facebook à la députée écologiste {B}.", (criticised(A, B),)),
    Case("object-past-a-medium-and-a-manner-with-adjectives", f"{A} a critiqué sur son blog avec la plus grande fermeté le ministre {C}.", (criticised(A, C),)),
    Case("miss-companion-completed-by-de-is-no-manner", f"{A} a dîné avec une amie de {B}.", ()),
    Case("miss-owner-of-the-medium-is-no-target", f"{A} s'en est pris sur la page de {B} à la réforme des retraites.", ()),
    Case("description-as-object-is-not-the-subject-of-its-verb", f"{A} a reçu {C} à Lyon. Il a ensuite insulté l'homme sur Facebook.", (met(A, C), criticised(A, C))),
    Case("controller-is-the-dative-after-a-date", f"{B} a demandé jeudi au Parti radical d'exclure le député {C} de son groupe.", (banned("Parti radical", C, "uncertain"),)),
    Case("controller-of-a-quoted-infinitive-after-an-elision", f"{B} a demandé au Parti radical d'\"exclure\" le député {C}.", (banned("Parti radical", C, "uncertain"),)),
    Case("miss-kin-before-a-role-is-no-field", f"{A} a reçu le fils du ministre {B}.", ()),
    Case("subjects-listed-after-a-colon-in-a-later-sentence", f"{C} est arrivé. D'anciens élus, venus de tous les bords, ont affirmé leur soutien à {A} : {B}, Marc Dupont ou encore Anne Roux.", (endorsed(B, A), endorsed("Marc Dupont", A), endorsed("Anne Roux", A))),
    Case("plural-role-noun-with-two-nationalities", f"Le président chinois Li Wei a parlé. Le président brésilien {A} est venu. Les présidents chinois et brésilien se sont rencontrés lundi.", (met("Li Wei", A),)),
    Case("miss-plural-role-noun-with-one-holder-in-play", f"Le président chinois Li Wei a parlé. Le ministre brésilien {A} est venu. Les présidents chinois et brésilien se sont rencontrés lundi.", ()),
    Case("miss-court-that-suspends-an-expulsion-bans-no-one", f"Le 12 mars, le tribunal administratif de Lyon avait suspendu en référé la mesure d'expulsion visant l'imam {C}.", ()),
    Case("miss-court-that-annuls-an-exclusion-bans-no-one", f"Le tribunal a annulé l'exclusion de {A}.", ()),
    Case("account-suspended-in-a-hurry-is-a-ban", f"Meta a suspendu en urgence le compte de {A}.", (banned("Meta", A),)),
    Case("miss-ceremony-of-investiture-is-no-endorsement", f"{A} retrouvera sa page au lendemain de la cérémonie d'investiture de {B}.", ()),
    Case("investiture-given-to-a-candidate", f"Le Parti radical a accordé son investiture à {A}.", (endorsed("Parti radical", A),)),
    Case("miss-investiture-refused", f"Le Parti radical a refusé son investiture à {A}.", ()),
    Case("miss-no-candidate-supported-then-a-comma-and-a-name", f"Bien que {A} n'ait pas financé de candidat aux municipales de 2020, {B} s'est montrée plus aimable envers lui.", ()),
    Case("pronoun-of-a-concessive-opening-is-the-main-subject", f"Une rencontre a eu lieu entre {C} et {A}. Bien qu'il n'ait jamais attaqué {B}, {A} a pris la parole. Il a également critiqué le Parti radical.", (met(C, A), criticised(A, B, "negated"), criticised(A, "Parti radical"))),
    Case("subjunctive-after-apres-que-is-a-fact", f"La discussion intervient après que {A} ait soutenu le Parti radical dans une tribune.", (endorsed(A, "Parti radical"),)),
    Case("subjunctive-after-avant-que-stays-open", f"La discussion aura lieu avant que {A} ait soutenu le Parti radical.", (endorsed(A, "Parti radical", "uncertain"),)),
    Case("name-in-an-opening-phrase-before-a-comma-and-the-subject", f"{C} en tête, le Parti radical a exclu {A}.", (banned("Parti radical", A),)),
    Case("subjects-joined-by-commas-and-et-all-act", f"Meta, Google et TikTok ont banni {A}.", (banned("Meta", A), banned("Google", A), banned("TikTok", A))),
    Case("locution-with-its-object-between-its-words", f"La CNIL a mis, le 3 mai, Meta en demeure de se conformer à la loi.", (criticised(CNIL, "Meta"),)),
    Case("locution-prendre-a-partie-around-its-object", f"{A} a pris {B} à partie lors du débat.", (criticised(A, B),)),
    Case("miss-voters-called-to-vote-are-no-target", f"{A} a appelé {C} à voter pour {B}.", (endorsed(C, B, "uncertain"),)),
    Case("miss-locution-words-after-et-belong-to-another-verb", f"{A} a mis {B} dans l'embarras et a mis en cause le Parti radical.", (criticised(A, "Parti radical"),)),
    Case("sanction-in-the-singular-against-a-company", f"La CNIL a décidé une sanction de 8 millions de dollars à l'encontre du groupe Google pour défaut d'information.", (criticised(CNIL, "Google"),)),
    Case("sum-after-a-record-adjective", f"La CNIL a annoncé une sanction financière record de 40 millions d'euros à Meta.", (criticised(CNIL, "Meta"),)),
    Case("lui-is-the-one-other-organisation-of-the-sentence-before", f"La CNIL a infligé une amende à Meta. Elle lui fait grief de ne pas avoir prévenu ses abonnés.", (criticised(CNIL, "Meta"),)),
    Case("miss-lui-after-two-other-organisations", f"La CNIL a infligé une amende à Meta et à Google. Elle lui fait grief de ne pas avoir prévenu ses abonnés.", (criticised(CNIL, "Meta"), criticised(CNIL, "Google"))),
    Case("possessive-of-a-meeting-noun-after-an-inverted-speaker", f"« Nous sommes prêts », affirme {B} au sortir de son entretien avec {A}.", (met(B, A),)),
    Case("meeting-of-the-object-not-the-subject", f"{A} a critiqué {C} pour sa rencontre avec {B}.", (criticised(A, C), met(C, B))),
    Case("possessive-meeting-noun-after-the-subject-of-the-sentence-before", f"{A} est arrivé à Lyon. Sa rencontre avec {B} a duré une heure.", (met(A, B),)),
    Case("doubt-does-not-reach-a-clause-after-alors-que", f"{A} risque la même issue, alors que le Parti radical a choisi de soutenir {B}.", (endorsed("Parti radical", B),)),
    Case("miss-exclusion-from-the-party-leadership-is-removal-from-office", f"Après l'exclusion de {A} de la direction du Parti radical, il a réagi.", ()),
    Case("miss-excluded-from-the-bureau-is-removal-from-office", f"Le Parti radical a exclu {A} de son bureau politique.", ()),
    Case("excluded-from-the-party-by-its-bureau-is-a-ban", f"{A} a été exclu du Parti radical par le bureau politique.", (banned("Parti radical", A),)),
    Case("subjects-each-with-their-company-after-de", f"{A} de Meta, {B} de Google et {C} d'Apple ont félicité Marc Dupont pour sa victoire.", (endorsed(A, "Marc Dupont"), endorsed(B, "Marc Dupont"), endorsed(C, "Marc Dupont"))),
    Case("doubt-does-not-reach-a-relative-clause", f"On peut aussi nommer {A} qui a ouvertement fait campagne pour {B}.", (endorsed(A, B),)),
    Case("members-after-y-compris", f"Le gouvernement indien a interdit 59 applications, y compris l'application TikTok, au nom de la sécurité.", (banned("gouvernement indien", "TikTok"),)),
    Case("members-after-dont-with-adjectives", f"Le gouvernement indien a interdit lundi 59 applications, dont les très appréciés TikTok et WeChat, au nom de la sécurité.", (banned("gouvernement indien", "TikTok"), banned("gouvernement indien", "WeChat"))),
    Case("named-counterpart-holds-the-role-in-its-country", f"Le président tunisien Ali Ben Salah s'est entretenu lundi au téléphone avec son homologue sud-africain Moussa Keita. Le président sud-africain a critiqué {B}.", (met("Ali Ben Salah", "Moussa Keita"), criticised("Moussa Keita", B))),
    Case("meal-en-compagnie-de", f"{A} a dîné mardi à Lyon en compagnie de {B} et de {C}.", (met(A, B), met(A, C))),
    Case("meeting-noun-past-its-date-before-avec", f"{A} a raconté sa rencontre de décembre 2006 avec {B}.", (met(A, B),)),
    # fixes of the sixteenth round's held-out scoring (aa*, ab*), as general constructions
    Case("miss-blocking-a-decree-bans-no-one", f"La nouvelle version du décret migratoire du président américain {A} vient d'être bloquée par le juge fédéral {C}.", ()),
    Case("miss-suspending-a-decree-bans-no-one", f"Le juge {C} a suspendu lundi le décret de {A}.", ()),
    Case("passive-subject-is-not-the-name-after-du-meme", f"{C}, ancien directeur du cabinet de {A} et ancien ministre sous la présidence du même Martin, vient d'être condamné par la cour d'appel de Paris.", (criticised("cour d'appel de Paris", C),)),
    Case("subjunctive-after-a-denied-doubt-is-a-fact", f"Pas plus qu'on ne peut douter que {A} ait reçu {B}, laquelle a tenu des propos élogieux.", (met(A, B),)),
    Case("doubt-not-denied-keeps-the-subjunctive-open", f"On doute que {A} ait reçu {B}.", (met(A, B, "uncertain"),)),
    Case("calling-verb-in-a-relative-clause", f"{B}, que {A} qualifie de tyran, est venue à Lyon.", (criticised(A, B),)),
    Case("procedure-envers-a-country", f"La Commission européenne a lancé une procédure de sanction pour déficits publics excessifs envers le Portugal.", (criticised("Commission européenne", "Portugal"),)),
    Case("passive-agent-met-during-the-meeting-after-it", f"Cette décision a été prise par le président français {A} lors d'une rencontre diplomatique avec {B} à Lyon.", (met(A, B),)),
    Case("cette-derniere-after-a-place-of-its-gender-named-last", f"{A} a parlé de sa frontière avec la Russie. Cette dernière a refusé de recevoir {B}.", ()),
    Case("cette-derniere-after-a-place-without-article-is-the-woman", f"{A} a reçu {B} à Lyon. Cette dernière a critiqué {C}.", (met(A, B), criticised(B, C))),
    Case("lui-is-not-the-owner-named-beside-another-subject", f"Elle considère que {A} a rétabli des primes abolies par le gouvernement de {C}. On lui reproche un enrichissement personnel. Il est aussi condamné à une amende par le tribunal de Lyon.", (criticised("tribunal de Lyon", A),)),
    Case("apposition-after-a-person-completing-a-noun-describes-the-person", f"Les courriels de {A}, directeur de campagne de {B}, ont fuité.", (endorsed(A, B),)),
    # seventeenth round: read on real news (a messaging founder against a president, a tech leader against a prime minister, a president's quarrel with his former adviser, a commissioner's letter; other names and words here)
    Case("social-network-named-before-the-preposition", f"{A} s'en prend sur X à {B}.", (criticised(A, B),)),
    Case("messaging-app-named-before-avec", f"{A} croise le fer sur Telegram avec {B}.", (criticised(A, B),)),
    Case("miss-speaking-on-a-network-about-someone", f"{A} s'est exprimé sur X à propos de {B}.", ()),
    Case("cense-before-the-cue-is-uncertain", f"{B} était censée rencontrer {A} lundi.", (met(B, A, "uncertain"),)),
    Case("suppose-before-the-cue-is-uncertain", f"{B} est supposée recevoir {A} lundi.", (met(B, A, "uncertain"),)),
    Case("miss-holder-noun-subject-after-an-opening-phrase", f"En réponse aux accusations de {A}, un porte-parole de {B} a déclaré que la ministre était prête à travailler avec lui.", ()),
    Case("holder-noun-apposition-closed-by-a-comma", f"{A}, porte-parole de {B}, a démissionné.", (endorsed(A, B),)),
    Case("alors-que-without-comma-leaves-the-modal-verb-s-reach", f"{B} a dû affronter une crise alors que {A} critiquait {C}.", (criticised(A, C),)),
    Case("modal-verb-before-alors-que-keeps-its-cue", f"{A} pourrait rencontrer {C} alors que la crise s'aggrave.", (met(A, C, "uncertain"),)),
    Case("calling-participle-with-its-agent-first", f"{C}, qualifié par {A} de « dictateur », a répondu.", (criticised(A, C),)),
    Case("calling-passive-with-its-agent-first", f"{C} a été qualifié par {A} de génie.", (endorsed(A, C),)),
    Case("miss-calling-participle-with-a-neutral-attribute", f"{C}, qualifié par {A} de candidat sérieux, a répondu.", ()),
    Case("calling-verb-feminine-judgement", f"{A} a qualifié {B} de dictatrice.", (criticised(A, B),)),
    Case("praise-locution-with-its-object-inside", f"{C} a couvert la ministre {B} de compliments.", (endorsed(C, B),)),
    Case("remettre-en-question-a-record", f"{A} a remis en question toute la gestion de {B}.", (criticised(A, B),)),
    Case("remettre-en-cause-practices", f"La CNIL a remis en cause les pratiques de Meta.", (criticised(CNIL, "Meta"),)),
    Case("remettre-en-cause-legitimacy", f"{A} a remis en cause la légitimité de {C}.", (criticised(A, C),)),
    Case("miss-remettre-en-cause-an-agreement", f"{A} a remis en cause l'accord signé avec Meta.", ()),
    Case("object-clitic-before-a-present-read-as-a-noun", f"{B} a écrit à {A}. Elle le menace de sanctions.", (criticised(B, A),)),
    Case("object-clitic-feminine-before-a-present", f"{A} a évoqué {B}. Il la critique depuis.", (criticised(A, B),)),
    Case("reprocher-a-x-de-gives-x-as-the-infinitive-s-subject", f"{A} avait reproché au Parti radical de soutenir le gouvernement de {C}.", (criticised(A, "Parti radical"), endorsed("Parti radical", C, "uncertain"))),
    Case("faire-la-promotion-de", f"{A} fait activement la promotion du Parti radical de {C}.", (endorsed(A, "Parti radical"),)),
    Case("miss-faire-la-promotion-of-a-thing", f"{A} fait la promotion de son livre.", ()),
    Case("promises-stand-for-their-owner", f"{A} a salué jeudi les promesses de {C} en matière d'immigration.", (endorsed(A, C),)),
    Case("wish-inside-an-apposed-relative-clause", f"{C}, qui répète qu'il veut baisser les taxes sur l'essence, a félicité {A} pour son budget.", (endorsed(C, A),)),
    Case("demonstrative-date-then-comma-then-role-and-name", f"{A} a reçu ce vendredi 12 avril 2024, le nouveau président élu {C} et son mentor {B}.", (met(A, C), met(A, B))),
    Case("two-roles-of-one-person-before-the-apposed-name", f"{A} a salué, jeudi, le chef conservateur et président élu du Chili, {C}.", (endorsed(A, C),)),
    Case("colon-list-whose-last-member-is-described", f"{A} a ouvert sa résidence pour accueillir deux invités : {C}, son successeur, et {B}, la cheffe du parti.", (met(A, C), met(A, B))),
    Case("future-read-as-a-participle-before-par-la-suite", f"{A} est arrivé à Lyon. L'homme d'affaires dînera par la suite en compagnie du ministre de l'Industrie, {C}.", (met(A, C, "uncertain"),)),
    Case("ban-noun-a-l-encontre-de", f"L'interdiction décidée par {A} à l'encontre de TikTok a été critiquée.", (banned(A, "TikTok"),)),
    Case("ban-noun-date-before-its-agent", f"L'interdiction décidée le 3 juin 2023 par le chef du gouvernement d'alors, {A}, à l'encontre de TikTok a été contestée.", (banned(A, "TikTok"),)),
    Case("miss-ban-noun-a-l-encontre-de-lifted", f"Le juge a levé l'interdiction à l'encontre de TikTok.", ()),
    Case("requested-ban-noun-a-l-encontre-de", f"{A} réclame une interdiction à l'encontre de TikTok.", (banned(A, "TikTok", "uncertain"),)),
    Case("meeting-noun-past-a-hyphenated-duration", f"{A} a eu un entretien de quarante-cinq minutes avec {C}.", (met(A, C),)),
    Case("meeting-noun-past-a-two-part-duration-and-an-incise", f"{A} a tenu un « entretien de deux heures et vingt minutes », d'après son cabinet, avec son homologue, {C}.", (met(A, C),)),
    Case("se-porter-garant-de", f"{A} s'est porté garant de {B}.", (endorsed(A, B),)),
    Case("tribune-de-soutien-a", f"{A} a cosigné une tribune de soutien à {B}.", (endorsed(A, B),)),
    Case("tribune-contre", f"{A} a signé une tribune contre {B}.", (criticised(A, B),)),
    Case("miss-tribune-in-a-paper", f"{A} a publié une tribune dans Le Monde.", ()),
    Case("mots-durs-envers", f"{A} a eu des mots très durs à l'égard de {B}.", (criticised(A, B),)),
    Case("reserver-un-accueil-a", f"{A} a réservé un accueil chaleureux à {B}.", (met(A, B),)),
    Case("miss-denouncing-a-welcome", f"{A} a dénoncé l'accueil réservé à {B}.", ()),
    Case("miss-welcome-given-to-someone-s-proposal", f"{A} a réservé un accueil glacial à la proposition de {B}.", ()),
    Case("derouler-le-tapis-rouge-a", f"{A} a déroulé le tapis rouge à {B}.", (met(A, B),)),
    Case("participle-after-a-network-named-after-sur-is-the-author-s", f"{A} a conclu la journée par un texte posté sur Bluesky accusant {C} d'avoir menti.", (criticised(A, C),)),
    Case("role-apposed-after-a-portfolio-of-two-parts", f"{A} a reçu la ministre de l'Europe et de la Jeunesse de la République tchèque, Mme {B}.", (met(A, B),)),
    Case("possessive-after-pour-is-the-judged-object-s", f"{A} a critiqué {B} pour son soutien à {C}.", (criticised(A, B), endorsed(B, C))),
    Case("possessive-after-pour-in-a-vote-is-no-object-s", f"{A} a voté pour son ami {C}.", (endorsed(A, C),)),
    Case("proxy-owner-named-in-apposition", f"{C} a affiché son appui à la campagne de son ancienne adjointe, {B}.", (endorsed(C, B),)),
    Case("miss-se-retirer-is-no-withdrawal-of-anyone", f"{C} a annoncé dans une lettre, en appuyant la candidature de {B}, qu'il se retirait.", (endorsed(C, B),)),
    Case("ban-noun-past-a-duration-before-its-de", f"{A} a écopé d'une suspension de trois semaines de son compte YouTube.", (banned("YouTube", A),)),
    Case("fine-contre", f"La CNIL a prononcé une amende de 3 millions d'euros contre Meta.", (criticised(CNIL, "Meta"),)),
    Case("miss-fine-paid-by-a-person", f"{A} a payé une amende.", ()),
    Case("members-of-a-party-in-a-body-act-for-it", f"Les députés du Parti radical ont déposé une motion de censure contre {A}.", (criticised("Parti radical", A),)),
    Case("miss-one-member-does-not-act-for-the-party", f"Un député du Parti radical a critiqué {A}.", ()),
    Case("present-read-as-adjective-before-an-entity-the-tagger-missed", f"{A} attaque Meta.", (criticised(A, "Meta"),)),
    Case("present-read-as-adjective-before-an-adverb", f"{A} critique ouvertement Meta.", (criticised(A, "Meta"),)),
    Case("present-read-as-adjective-before-a-short-adverbial", f"{A} attaque de front le « modèle Meta ».", (criticised(A, "Meta"),)),
    Case("way-of-doing-named-after-its-company", f"{A} a critiqué la stratégie Meta.", (criticised(A, "Meta"),)),
    Case("miss-account-named-after-its-platform-is-no-owner", f"{A} a critiqué le compte Twitter.", ()),
    Case("ne-peut-que-tells-the-relation", f"{A} ne peut que soutenir {B}.", (endorsed(A, B),)),
    Case("joindre-someone", f"{A} a joint ce matin son homologue allemand, M. {C}.", (met(A, C),)),
    Case("miss-joindre-one-s-voice", f"{A} a joint sa voix à celle de {C}.", ()),
    Case("passive-agent-is-the-author-of-a-decision", f"La chaîne de {C} a été interdite par une décision de la CNIL.", (banned(CNIL, C),)),
    Case("passive-agent-of-an-eu-council-decision", f"La chaîne RT France a été interdite par une décision du Conseil de l'Union européenne.", (banned("Conseil de l'Union européenne", "RT France"),)),
    Case("neutral-noun-made-hostile-by-its-adjective", f"Les propos insultants de {C} envers {B} ont choqué.", (criticised(C, B),)),
    Case("neutral-noun-made-hostile-under-a-support-verb", f"{C} a tenu des propos injurieux envers {B}.", (criticised(C, B),)),
    Case("miss-neutral-noun-without-hostile-words", f"Les propos de {C} envers {B} ont choqué.", ()),
    Case("miss-neutral-noun-with-praising-words", f"Les propos élogieux de {C} envers {B} ont surpris.", ()),
    Case("a-son-encontre-before-a-sanction-noun", f"{C} a insulté {A}. Le bureau du Parti radical a prononcé à son encontre une sanction.", (criticised(C, A), criticised("Parti radical", C))),
    Case("a-son-encontre-is-not-the-subject-s", f"{C} a parlé. La présidente {B} a immédiatement prononcé à son encontre un rappel au règlement.", (criticised(B, C),)),
    Case("censure-a-l-encontre-de", f"Le Parti radical a prononcé une censure simple à l'encontre de {C}.", (criticised("Parti radical", C),)),
    Case("rappel-a-l-ordre-de-par", f"Le rappel à l'ordre de {C} par le Parti radical a été voté.", (criticised("Parti radical", C),)),
    Case("exclure-de-ses-rangs-then-the-object", f"Le Parti radical a exclu de ses rangs le député {A}.", (banned("Parti radical", A),)),
    Case("appeler-a-battre", f"{B} a appelé à battre le candidat {A} au second tour.", (criticised(B, A),)),
    Case("miss-an-election-won-is-no-criticism", f"{B} a battu {A}.", ()),
    # fixes of the seventeenth round's held-out scoring (ac*, ad*, ae*), as general constructions
    Case("miss-an-attack-between-countries-is-war", f"La Russie a attaqué la Géorgie en août.", ()),
    Case("miss-armed-forces-expel-a-group-from-a-town", f"Les rebelles et l'armée turque ont expulsé le groupe État islamique de la ville de Lyon.", ()),
    Case("a-person-attacking-a-country-criticises-it", f"{A} attaque la France.", (criticised(A, "France"),)),
    Case("miss-intent-of-an-unnamed-government-is-not-the-subject-s", f"{A} a été informé de l'intention du gouvernement de dissoudre le Parti radical.", ()),
    Case("miss-intent-of-an-unnamed-government-before-a-noun", f"{A}, président de l'association, a été informé de l'intention du gouvernement de procéder à la dissolution de l'association Horizon Lumière.", ()),
    Case("intent-of-the-government-with-a-capital-before-a-noun", f"{A}, président de l'association, a été informé de l'intention du Gouvernement de procéder à la dissolution de l'association Horizon Lumière.", (banned("Gouvernement", "Horizon Lumière", "uncertain"),)),
    Case("passive-agent-after-a-penalty", f"{C} a été condamné jeudi à deux ans de prison avec sursis et trois ans d'inéligibilité par le tribunal correctionnel de Lyon.", (criticised("tribunal correctionnel de Lyon", C),)),
    Case("congratulations-for-someone-s-election", f"Lettre de félicitations de M. {A} pour l'élection de M. {C}.", (endorsed(A, C),)),
    Case("congratulations-sent-to-someone", f"Lettre de félicitations de M. {A}, président de la République, adressée à M. {C}.", (endorsed(A, C),)),
    Case("arrest-warrant-against", f"Le tribunal de Lyon a émis un mandat d'arrêt contre {C}.", (criticised("tribunal de Lyon", C),)),
    Case("surname-in-capitals-after-a-role", f"{A} a reçu le chancelier MOREL à Paris.", (met(A, "MOREL"),)),
    Case("meeting-past-a-range-of-times", f"{A} a rencontré six ou sept fois {C}.", (met(A, C),)),
    Case("solidarite-avec", f"{A} a réaffirmé sa solidarité avec {B}.", (endorsed(A, B),)),
    Case("miss-solidarity-with-no-party", f"{A} a exprimé sa solidarité avec les victimes.", ()),
    Case("act-led-by-its-author-past-a-time-and-a-place", f"La France condamne le coup de force mené ce matin à Lyon par le Parti radical.", (criticised("France", "Parti radical"),)),
    Case("miss-reproach-to-an-unnamed-object-is-not-the-subject-s", f"{A} avait reproché au bloc centriste de soutenir le gouvernement de {C}.", ()),
    Case("miss-a-bill-of-an-assembly-is-no-act-of-it", f"{B} a défendu le projet de loi du Sénat.", ()),
    Case("participle-after-an-assembly-completing-a-noun-goes-with-the-noun", f"Le projet de loi du Sénat défendu par {A} a été rejeté.", ()),
    # eighteenth round: read on real news (dissolutions by decree, visits of tech leaders, fines of regulators)
    Case("decree-of-dissolution-signed-by-its-author", 'Le gouvernement français a validé mardi le décret de dissolution de l’association écologiste Les Amis de la Mer.', (banned("gouvernement français", "Les Amis de la Mer"),)),
    Case("order-of-expulsion-signed-by-its-author", f"Le gouvernement français a signé l'arrêté d'expulsion de {C}.", (banned("gouvernement français", C),)),
    Case("miss-a-decree-of-dissolution-annulled", 'Le tribunal administratif a annulé lundi le décret de dissolution de l’association écologiste Les Amis de la Mer.', ()),
    Case("miss-a-decision-of-exclusion-denounced", f"Le Parti radical a dénoncé la décision d'exclusion de {C}.", ()),
    Case("hyphen-between-a-name-and-a-party-ends-no-sentence", f"{A} a exclu jeudi sa tête de liste aux municipales, {B}, qui a soutenu l'alliance {C}-Rassemblement national, et pas les candidats investis par le Parti radical.", (banned(A, B), endorsed(B, C))),
    Case("relative-after-the-owner-of-a-position", f"{B} a appelé à voter pour le Parti radical, à rebours de la position de {A} qui l'a exclue du parti.", (endorsed(B, "Parti radical"), banned(A, B))),
    Case("miss-relative-after-the-followers-of-someone", f"{B} a salué les partisans de {A} qui ont critiqué {C}.", ()),
    Case("possessive-after-a-time-preposition-is-the-subject-s", f"{B} a réagi. Elle a été suspendue du groupe de {A} depuis son soutien déclaré au Parti radical.", (endorsed(B, "Parti radical"),)),
    Case("miss-possessive-in-a-sentence-of-an-unknown-subject", f"Elle a été suspendue du groupe de {A} depuis son soutien déclaré au Parti radical.", ()),
    Case("possessive-after-a-time-preposition-with-an-object-stays-open", f"{B} a félicité {A} après sa victoire contre {C}.", (endorsed(B, A),)),
    Case("locution-written-with-a-curly-apostrophe", f"{C}, à plusieurs reprises rappelé à l’ordre par la CNIL pour ses propos, a quitté la chaîne.", (criticised(CNIL, C),)),
    Case("present-read-as-an-adjective-after-an-entity-read-as-a-noun", "Meta critique également l'interprétation de la CNIL sur la notion d'intérêt public.", (criticised("Meta", CNIL),)),
    Case("a-suspension-contested-was-done", f"{A} a contesté la suspension du compte de {C} par la CNIL.", (banned(CNIL, C),)),
    Case("a-meeting-contested-is-denied", f"{A} conteste toute rencontre avec {B}.", (met(A, B, "negated"),)),
    Case("relative-subject-lequel-after-a-comma", f"{A} a reçu {C} à la demande de son homologue {B}, laquelle ne parvenait pas à joindre le président {C}.", (met(A, C), met(B, C, "negated"))),
    Case("elected-president-with-his-nationality-after-the-participle", f"{A} et le président élu américain {C} se sont entretenus au téléphone.", (met(A, C),)),
    Case("dont-relative-past-an-adverbial-locution", f"{A} a eu un échange téléphonique avec son homologue {C}, dont il a par ailleurs fustigé l'arrogance.", (met(A, C), criticised(A, C))),
    Case("exclusion-imposed-on-the-subject-after-se-voir", f"Le député {C} s’est vu imposer une suspension temporaire du Parti radical.", (banned("Parti radical", C),)),
    Case("fine-inflicted-on-the-subject-after-se-voir", f"Le député {C} s’est vu infliger une amende par la CNIL.", (criticised(CNIL, C),)),
    Case("passive-agent-past-commas-of-a-time-and-a-place", f"Le député {C} a été reçu en audience, lundi, au palais présidentiel par le président {A}.", (met(A, C),)),
    Case("title-then-a-role-is-no-name", f"{C} écrit : « Je remercie vivement M. le Président du Sénat SEM {A} pour son accueil. »", (met(C, A),)),  # thanks for a welcome: a meeting
    Case("surname-opening-on-a-capital-and-an-apostrophe", f"Le président {A} a reçu en audience Florent N’Diaye.", (met(A, "Florent N'Diaye"),)),
    Case("passive-of-a-participle-tagged-as-an-adjective-from-one-s-own-account", f"{C} a été privé de son compte Instagram.", (banned("Instagram", C),)),
    Case("received-to-lunch", f"{B} a reçu à déjeuner {C}.", (met(B, C),)),
    Case("received-in-audience", f"Le président {A} a longuement reçu en audience, au palais, le ministre des Finances du Gabon, {C}.", (met(A, C),)),
    Case("calling-verb-with-its-attribute-first", f"{A} a qualifié de « honteuse » la décision de {B}.", (criticised(A, B),)),
    Case("miss-calling-verb-with-a-neutral-attribute-first", f"{A} a qualifié de « sérieuse » la candidature de {B}.", ()),
    Case("welcoming-someone-s-election", f"{A} s’est félicité de l’élection de {B}.", (endorsed(A, B),)),
    Case("miss-rejoicing-at-someone-s-defeat", f"{A} se réjouit de la défaite de {B}.", ()),
    Case("former-occupation-described-again", f"L’ancien conseiller fédéral {A} se trouvait à Genève. Lors de sa visite, l’ancien conseiller fédéral a aussi reçu {B}.", (met(A, B),)),
    Case("miss-former-occupation-of-no-one-described-so", f"L'avocat {A} était à Lyon. L'ancien avocat a rencontré {B}.", ()),
    Case("summoned-by-someone", f"Le Premier ministre {A} a convoqué mardi {C} à Matignon.", (met(A, C),)),
    Case("heard-by-someone", f"{A} a auditionné {B} pendant deux heures.", (met(A, B),)),
    Case("miss-summoning-a-body", f"{A} a convoqué l'Assemblée nationale en session extraordinaire.", ()),
    Case("called-on-to-resign", f"{A} a appelé {B} à démissionner.", (criticised(A, B),)),
    Case("names-joined-by-the-english-of-and-a-list-of-organisations", "La CNIL a suspendu mardi trois médias (Voice of Lumio, Meta et Zorbia) pour leur rôle dans la guerre.", (banned(CNIL, "Voice of Lumio"), banned(CNIL, "Meta"), banned(CNIL, "Zorbia"))),
    Case("clitic-before-an-infinitive-of-a-control-verb", f"{B} a été réélue. {A} tient à lui adresser ses chaleureuses félicitations.", (endorsed(A, B),)),
    Case("clitic-after-a-subject-of-two", f"{B} a été réélue. {A} et {C} lui ont apporté leur soutien.", (endorsed(A, B), endorsed(C, B))),
    Case("locution-with-a-first-person-possessive", f"{A} a déclaré : « Nous apportons notre soutien à {B}. »", (endorsed(A, B),)),
    Case("seated-beside-someone", f"Au banquet, {A} était assis à côté de la ministre de la Culture, {C}.", (met(A, C),)),
    Case("meeting-noun-past-an-adverb-and-an-adjective", f"Ce dîner venait après la rencontre très commentée de {A} avec le président {C}.", (met(A, C),)),
    Case("accords-signed-by-two-in-the-passive-are-signed-together", f"Les accords de Lyon sont signés le 3 mars, par le président {A} et le Premier ministre {C}.", (met(A, C),)),
    Case("miss-a-text-signed-by-two-in-the-passive", f"La tribune est signée le 3 mars par {A} et {C}.", ()),
    Case("name-opening-on-an-article-keeps-its-adjective", "Le collectif Renouveau est lancé avec le soutien du mouvement radical L'Entente lyonnaise.", (endorsed("Entente lyonnaise", "Renouveau"),)),
    Case("same-preposition-again-after-puis", f"{A} s'est entretenu au téléphone avec {B}, puis avec {C}.", (met(A, B), met(A, C))),
    Case("same-preposition-again-after-et", f"{A} a porté plainte contre {B} et contre {C}.", (criticised(A, B), criticised(A, C))),
    Case("dinner-given-in-someone-s-honour", f"{A} a offert mardi un déjeuner en l'honneur de {B}.", (met(A, B),)),
    Case("miss-a-reception-in-someone-s-honour-criticised", f"{A} a critiqué la réception en l'honneur de {B}.", ()),
    Case("judged-with-a-bare-attribute", f"{A} a jugé {B} « incompétente ».", (criticised(A, B),)),
    Case("considered-as-a-danger", f"{A} considère {B} comme un danger.", (criticised(A, B),)),
    Case("miss-found-somewhere", f"{A} a trouvé {B} à Lyon.", ()),
    Case("miss-judged-by-a-court-on-a-day", f"Le tribunal de Lyon juge {B} mardi.", ()),
    Case("incise-with-a-participle-of-its-noun", f"{A} s'en est pris jeudi, dans un long message publié sur son blog, à {B}.", (criticised(A, B),)),
    Case("miss-incise-with-a-participle-and-a-party", f"{A} a critiqué, dans un message publié par {C}, la réforme.", ()),
    Case("sanctions-called-for-against", f"{A} a réclamé des sanctions contre {B}.", (criticised(A, B),)),
    Case("warning-received-from", f"{A} a reçu un avertissement du Parti radical.", (criticised("Parti radical", A),)),
    Case("blame-undergone-from", f"{A} a écopé d'un blâme du Parti radical.", (criticised("Parti radical", A),)),
    Case("donation-to-a-team-named-with-its-kind", f"{A} a fait un don d'un million de dollars au comité d'investiture de {C}.", (endorsed(A, C),)),
    Case("miss-support-committee-denounced", f"{A} a dénoncé le comité de soutien de {B}.", (criticised(A, B),)),
    Case("support-committee-joined", f"{A} a intégré le comité de soutien de {B}.", (endorsed(A, B),)),
    Case("received-at-one-s-table", f"{A} a reçu à sa table {B}.", (met(A, B),)),
    Case("had-someone-on-the-phone", f"{A} a eu {B} au téléphone.", (met(A, B),)),
    Case("a-volley-of-criticism-undergone", f"{B} a essuyé une pluie de critiques de la part de {A}.", (criticised(A, B),)),
    Case("petition-against", f"{A} a lancé une pétition contre {B}.", (criticised(A, B),)),
    Case("ranks-closed-around", f"{A} a serré les rangs autour de {B}.", (endorsed(A, B),)),
    Case("a-monarch-known-by-the-first-name", f"Le roi Philippe a reçu mardi le président du parti, {C}.", (met("Philippe", C),)),
    Case("a-singular-verb-after-a-list-of-an-opening-phrase", f"Mercredi, après avoir reçu {A} et son homologue, {B}, le roi Philippe a reçu {C}.", (met("Philippe", A), met("Philippe", B), met("Philippe", C))),
    Case("not-failing-to-criticise", f"{A} n'a pas manqué de railler {B}.", (criticised(A, B),)),
    Case("another-country-s-minister-of-a-portfolio-is-no-home-minister", f"{A} a eu hier au téléphone le ministre de l'Intérieur espagnol, qui le remerciait.", (met(A, "le ministre de l'Intérieur espagnol"), endorsed("le ministre de l'Intérieur espagnol", A))),
    Case("minister-of-a-portfolio-with-the-home-country-s-adjective", f"{A} a reçu le ministre de l'Intérieur français, {C}.", (met(A, C),)),
    # fixes of the eighteenth round's held-out scoring (af*, ag*)
    Case("name-opening-on-the-first-word-of-a-locution", f"{A} a critiqué Action directe.", (criticised(A, "Action directe"),)),
    Case("pleasure-of-a-meeting-to-come", f"{A} aura le plaisir de recevoir {B} jeudi.", (met(A, B, "uncertain"),)),
    Case("locution-past-an-incise-and-two-adjectives", f"{A} a tenu à adresser, au nom du parti, ses plus vives et chaleureuses félicitations à {B}.", (endorsed(A, B),)),
    Case("pleasure-of-a-meeting-to-come-with-a-clitic", f"{B} sera à Paris en mai. {A} aura le plaisir de la recevoir une nouvelle fois.", (met(A, B, "uncertain"),)),
    Case("an-appointment-is-no-meeting-held", f"{A} a dit : « J'avais rendez-vous avec {B}, mais elle n'est pas venue. »", (met(A, B, "uncertain"),)),
    # nineteenth round: read on real news (a tech owner's quarrels abroad, a head of government's guests)
    Case("doubt-does-not-reach-alors-que-past-an-apposition", f"Le ministre Marc Petit a dû faire face à une crise alors que {A}, conseiller proche du président élu Hugo Blanc, critiquait {B}.", (criticised(A, B),)),
    Case("doubt-reaches-past-an-incise-opened-by-et-elle", f"{B} souhaite, et elle le dit, rencontrer {C}.", (met(B, C, "uncertain"),)),
    Case("request-does-not-reach-a-clause-after-et-ils", f"{B} avait prié {C} de la conduire au gala, et ils s'étaient croisés deux fois déjà.", (met(B, C),)),
    Case("reciprocal-ils-after-et-with-three-people-named-is-unplaced", f"{B} a appelé {C} et Anne Roux, et ils se sont vus à Rome.", (met(B, C), met(B, "Anne Roux"))),  # the calls only
    Case("criticism-directed-towards", f"Dans un revirement, {A} a dirigé sa critique vers {C}, le chef du Parti radical.", (criticised(A, C),)),
    Case("attacks-directed-against", f"{A} a dirigé ses attaques contre {C}.", (criticised(A, C),)),
    Case("car-directed-towards-is-no-criticism", f"{A} a dirigé la voiture vers {C}.", ()),
    Case("agent-of-the-participle-completing-the-party-noun", f"Entendu jeudi par la direction, l'élu {C} a été chassé du mouvement dirigé par {A} à une large majorité.", ()),
    Case("agent-of-a-place-s-participle-is-no-host", f"{C} a été reçu au palais construit par {A}.", ()),
    Case("agent-after-a-time-incise-still-receives", f"{C} a été reçu, mardi, par {A}.", (met(A, C),)),
    Case("seated-at-the-right-of-in-apposition", f"« Merci à tous », a lancé {A}, fondateur de Pixelia, assis à la droite de {C}.", (met(A, C),)),
    Case("seated-at-the-right-of-a-room-is-no-meeting", f"{A}, assis à la droite de la salle, a critiqué {C}.", (criticised(A, C),)),
    Case("seated-beside-apposed-to-the-object", f"Anne Roux a remercié {A}, assis à côté de {C}.", (endorsed("Anne Roux", A), met(A, C))),
    Case("come-to-meet-apposed-to-the-object", f"Anne Roux a critiqué {A}, venu rencontrer {C}.", (criticised("Anne Roux", A), met(A, C))),
    Case("chair-of-a-support-committee", f"{B}, présidente du comité de soutien de {C} à Lyon, a tenu un meeting.", (endorsed(B, C),)),
    Case("chair-of-a-committee-supporting-victims-supports-no-one", f"{A}, président du comité de soutien aux victimes, a critiqué {C}.", (criticised(A, C),)),
    Case("clitic-of-a-verb-joined-by-et-is-the-other-person", f"{A} a téléphoné lundi à {C} et l'a félicité pour son succès.", (met(A, C), endorsed(A, C))),
    Case("heading-opening-on-pays-is-no-party", "Pays qui ont banni Klipso\n\nLe gouvernement indien a bloqué Klipso en mars 2021.", (banned("gouvernement indien", "Klipso"),)),
    Case("set-one-s-heart-on-someone", f"{C} est candidat. Dans un communiqué publié ce jour, l'ancien député {A} a dit qu'il jetait son dévolu sur ce dernier.", (endorsed(A, C),)),
    Case("party-s-choice-fell-on-someone", f"Le Parti radical a porté son choix sur {C} pour la présidentielle.", (endorsed("Parti radical", C),)),
    Case("set-one-s-heart-on-a-house-is-no-support", f"{A} a jeté son dévolu sur une maison à Lyon.", ()),
    Case("description-opening-the-main-clause-after-apres-x", f"Après {A}, le président du Parti radical a reçu {C}.", (met(C, "le président du Parti radical"),)),
    Case("fine-inflicted-on-a-party-past-its-apposition", f"La Commission européenne a innové en infligeant à Meta, le groupe de {A}, une amende de 80 millions d'euros.", (criticised("Commission européenne", "Meta"),)),
    Case("a-regulation-s-sanction-mechanism-is-no-party", "Bruxelles a appliqué pour la première fois les sanctions du DSA en infligeant à Meta, le groupe de Paul Martin, une amende.", (criticised("Commission européenne", "Meta"),)),
    Case("an-administration-supports-the-one-platform-in-play", "La Commission européenne a infligé une amende à Meta. L'administration américaine a aussitôt apporté son soutien au groupe.", (criticised("Commission européenne", "Meta"), endorsed("administration américaine", "Meta"))),
    Case("dissolution-of-plural-groups-listed-after-a-colon-with-descriptions", "La porte-parole Anne Roux a annoncé jeudi la dissolution de trois groupuscules radicaux : Pixelia, les Jeunesses veilleuses révolutionnaires (JVR) et l'association Envie de grandir.", (banned("Anne Roux", "Pixelia"), banned("Anne Roux", "Jeunesses veilleuses révolutionnaires"), banned("Anne Roux", "Envie de grandir"))),
    Case("dissolution-of-plural-groups-in-apposition-each-described", f"Le ministre {A} a annoncé jeudi la dissolution de deux groupuscules radicaux, l'association « L'Aube claire » et sa branche armée, les « Jeunes Gardiens ».", (banned(A, "Aube claire"), banned(A, "Jeunes Gardiens"))),
    Case("dissolved-plural-groups-in-apposition", "Le Conseil des ministres a hier dissous deux groupes violents, l'association « L'Aube claire » et sa branche armée, les « Jeunes Gardiens ».", (banned("Conseil des ministres", "Aube claire"), banned("Conseil des ministres", "Jeunes Gardiens"))),
    Case("groupuscule-named-in-quotes-with-an-infinitive", "Le Conseil des ministres a hier dissous l'association « Envie de grandir » et le groupuscule « Troisième rive ».", (banned("Conseil des ministres", "Envie de grandir"), banned("Conseil des ministres", "Troisième rive"))),
    Case("person-name-ends-before-a-quote", f"Le Conseil des ministres a hier dissous le groupuscule « Troisième rive » de {A}.", (banned("Conseil des ministres", "Troisième rive"),)),
    Case("plural-object-of-a-place-then-names-is-no-list", f"{A} a reçu les élus à Lyon, Anne Roux et {C}, puis il est parti.", ()),
    Case("a-network-before-a-comma-and-a-group-noun-is-no-described-organisation", "À la suite de la décision du retrait de la chaîne K9 de la TNT, le groupe Pixelia annonce un plan social.", ()),
    Case("member-s-party-between-preposition-and-name-keeps-the-name-governed", f"Après la polémique née des propos du député RN {A}, l'Assemblée nationale a voté son exclusion.", (banned("Assemblée nationale", A),)),
    Case("participle-after-a-list-that-opens-the-sentence-has-all-of-it-as-subject", f"Le ministre {C}, LFI et Les Verts appelant aussi à la démission du député {A}.", (criticised(C, A), criticised("La France insoumise", A), criticised("Les Verts", A))),
    Case("participle-after-a-party-of-a-photo-keeps-that-party", f"Une photo de {C} rencontrant {A} a circulé.", (met(C, A),)),
    Case("declared-oneself-in-favour-of", f"C'est deux jours plus tard que le président {A} s'est publiquement déclaré en faveur de {C}.", (endorsed(A, C),)),
    Case("declared-oneself-for-a-reform-names-no-party", f"{B} s'est déclarée pour la réforme.", ()),
    Case("two-people-after-their-meeting-in-an-opening-phrase", f"Après une courte discussion, {A} et {C} ont signé un communiqué commun.", (met(A, C),)),
    Case("one-person-after-a-meeting-in-an-opening-phrase-met-no-one", f"Lors d'un entretien, {A} a critiqué {C}.", (criticised(A, C),)),
    Case("condemned-with-the-greatest-firmness-someone-s-words", f"Le Parti radical condamne avec la plus grande fermeté les propos de {A}.", (criticised("Parti radical", A),)),
    Case("condemned-an-arrest-of-someone-by-its-author", f"Le Parti radical condamne avec la plus grande fermeté l'arrestation de {A} par la Russie.", (criticised("Parti radical", "Russie"),)),
    Case("condemned-an-exclusion-of-someone-by-its-author", f"{A} a condamné l'exclusion de {C} par le Parti radical.", (banned("Parti radical", C), criticised(A, "Parti radical"))),
    Case("said-oneself-shocked-by-someone-s-words", f"{A} s'est dit « choqué » par les propos de {C}.", (criticised(A, C),)),
    Case("declared-oneself-outraged-by-someone-s-decision", f"{A} s'est déclaré scandalisé par la décision de {C}.", (criticised(A, C),)),
    Case("was-indignant-at-someone", f"{B} a été indignée par {C}.", (criticised(B, C),)),
    Case("someone-s-words-shocked-a-party", f"Les propos de {C} ont choqué {A}.", (criticised(A, C),)),
    Case("shocked-by-a-crowd-names-no-party", f"{A} est choqué par la violence des manifestants.", ()),
    Case("a-decision-shocked-a-party-names-no-author", f"La décision a choqué {A}.", ()),
    Case("shocked-alone-in-an-apposition", f"{A}, choqué, a quitté la salle.", ()),
    Case("indignant-at-someone-s-words", f"{A} s'est indigné des propos de {C}.", (criticised(A, C),)),
    Case("second-predicate-after-a-coordinated-agent-shares-the-first-subject", f"{A} dénonce la guerre menée par {C} et la Russie et soutient {B}.", (criticised(A, C), criticised(A, "Russie"), endorsed(A, B))),
    Case("second-predicate-after-an-unnamed-subject-takes-no-agent-as-subject", "Le parti continue de condamner la guerre menée par la Russie et la Chine et soutient l'agression de l'Ukraine par la Biélorussie.", ()),
    # fixes of the nineteenth round's held-out scoring (ah*, ai*)
    Case("a-wish-in-the-first-person-to-congratulate-is-the-congratulation", f"Lettre de félicitations de M. {A}, Président, adressée à M. {C}, Paris le 10 février 2000.\n\nMonsieur le Président,\nA l'occasion de votre réélection, je souhaite vous adresser mes plus vives félicitations et mes voeux de succès.", (endorsed(A, C),)),
    Case("a-wish-in-the-third-person-to-congratulate-is-uncertain", f"{A} souhaite adresser ses félicitations à {C}.", (endorsed(A, C, "uncertain"),)),
    Case("outgoing-prime-minister-then-a-title-then-the-name", f"{A} s'est aussi entretenu avec le Premier ministre sortant M. Tammo Salem, dont il a salué l'action.", (met(A, "Tammo Salem"), endorsed(A, "Tammo Salem"))),
    Case("received-in-the-morning-of-a-date", f"{A} a accueilli dans la matinée du samedi 23 septembre 2006 Mme {B}, Chancelière.", (met(A, B),)),
    Case("received-for-a-talk-at-a-palace-on-a-date", f"{A} a reçu pour un entretien au Palais de l'Elysée le vendredi 7 octobre 2005, M. {C}, Premier ministre.", (met(A, C),)),
    Case("received-at-the-end-of-the-morning", f"{A} a reçu en fin de matinée {C}.", (met(A, C),)),
    Case("detention-by-its-author-condemned", "La France condamne fermement l'arrestation le 1er juillet et la détention par l'Iran d'une universitaire française.", (criticised("France", "Iran"),)),
    Case("a-place-complement-is-no-antecedent-of-dont", "Le travail des personnels de notre ambassade en Russie, dont la France salue le courage, s'inscrit dans le cadre de la convention de Vienne.", ()),
    Case("their-meeting-after-two-persons-named", f"Déclaration à la presse de M. {A}, Président de la République, et de M. {C}, Président de la République italienne, à l'issue de leur entretien.", (met(A, C),)),
    Case("their-meeting-after-three-persons-named-is-no-pair", f"{A} a critiqué {C} et Anne Roux après leur entretien.", (criticised(A, C), criticised(A, "Anne Roux"))),
    Case("demonstrative-for-the-organisation-named-last-of-its-gender", "Il revient à l'Union africaine de fixer la ligne et, en l'espèce, celle-ci a suspendu Madagascar de ses instances.", (banned("Union africaine", "Madagascar"),)),
    Case("demonstrative-of-another-gender-than-the-organisation", f"{A} a critiqué le Parti radical et, depuis, celle-ci a exclu {C}.", (criticised(A, "Parti radical"),)),
    Case("presented-one-s-congratulations-with-a-clitic", f"{A} a reçu {C}. Il lui a présenté ses félicitations pour cette nomination.", (met(A, C), endorsed(A, C))),
    Case("letter-from-one-to-another-congratulates-with-all-of-one-s-wishes", f"Lettre de M. {A} à M. {C}, Paris, 8 mars 2004\n\nMonsieur le Président,\nJe tiens à vous transmettre toutes mes plus vives félicitations.", (endorsed(A, C),)),
    Case("abolishing-an-elected-body-bans-no-one", f"{A} souhaite aussi la suppression du Sénat.", ()),
    Case("decision-taken-today-by-its-author-with-a-curly-apostrophe", "La France condamne fermement la décision prise aujourd’hui par la Russie de procéder à l’expulsion de diplomates.", (criticised("France", "Russie"),)),
    Case("a-resolution-to-condemn-an-act-by-its-author-is-an-aim", f"{A} a proposé une résolution pour condamner, avec des sanctions, l'usage des armes chimiques par la Syrie.", (criticised(A, "Syrie", "uncertain"),)),
    Case("gone-somewhere-to-meet-someone-is-told-as-done", f"{A} s'est rendu à Lyon pour rencontrer {C}.", (met(A, C),)),
    Case("demonstrative-after-a-person-description-is-no-organisation", f"Le Conseil d'État valide le renvoi du prédicateur. Celui-ci s'enfuit et critique {A}.", ()),
    Case("demonstrative-after-an-organisation-completing-a-role-is-no-organisation", f"Il a entendu {C}, conseiller général de Pixelia. Celui-ci a critiqué {A}.", (criticised(C, A),)),
    Case("minister-of-defence-of-a-country-is-a-portfolio", "Le Conseil européen lui préfère Anne Roux, qui occupe le poste de ministre de la Défense de la République fédérale d'Allemagne, pour la fonction.", ()),
    Case("defence-minister-who-defends-someone", f"Le ministre de la Défense {C} a pris la défense de {A}.", (endorsed(C, A),)),
    Case("clitic-before-an-auxiliary-and-an-adverb", f"{A} a téléphoné lundi à {C} et l'a chaleureusement félicité pour son succès.", (met(A, C), endorsed(A, C))),
    # twentieth round: read on real news (a tech founder's tour of capitals, a live talk with a party leader, dissolutions, second-round support)
    Case("an-incise-after-the-subject-describes-its-noun-s-complement", f"{A}, le patron de Pixelia, poursuit sa tournée. Le patron de Pixelia, la jeune pousse à l'origine d'un célèbre assistant conversationnel, va rencontrer {B} lors d'une visite à Lyon.", (met(A, B, "uncertain"),)),
    Case("a-company-role-with-a-nationality-is-the-one-boss-in-play", f"{A}, le patron de Pixelia, est à Lyon. Le chef d'entreprise américain, mardi, a rencontré la ministre {B}.", (met(A, B),)),
    Case("a-company-role-with-a-nationality-between-two-bosses", f"{A}, le patron de Pixelia, et {C}, le patron de Klipso, sont à Lyon. Le chef d'entreprise américain, mardi, a rencontré la ministre {B}.", ()),
    Case("the-entrepreneur-is-the-one-boss-in-play", f"{A}, le patron de Pixelia, est à Paris. La présidente {B} recevra l'entrepreneur mardi.", (met(B, A, "uncertain"),)),
    Case("a-name-apposed-to-a-politician-governed-by-avec-is-no-subject", f"{A} a renouvelé mardi, lors d'un échange en direct avec la politicienne belge du Parti radical, {B}, son appui sans réserve au Parti radical.", (endorsed(A, "Parti radical"), met(A, B))),
    Case("an-opening-talk-face-to-face-with-someone", f"Dans un entretien en tête-à-tête avec {B}, {A} a évoqué la fiscalité.", (met(A, B),)),
    Case("miss-an-opening-conversation-online", f"Pendant une conversation en ligne avec {B}, {A} a promu le parti.", ()),
    Case("this-group-is-the-organisation-named-last", f"En mai, {A} fonde les Jeunesses radicales. Le ministre de l'Intérieur, {C}, prononce la dissolution de ce groupe et celle de l'Œuvre bleue.", (banned(C, "Jeunesses radicales"), banned(C, "Œuvre bleue"))),
    Case("miss-this-group-two-sentences-after-the-organisation", f"En mai, {A} fonde les Jeunesses radicales. Il part ensuite à Lyon. Le ministre de l'Intérieur, {C}, prononce la dissolution de ce groupe.", ()),
    Case("exclusion-of-two-groups-joined-by-et-de", f"Le bureau politique du Parti radical a validé l'exclusion des ministres {A} et {C}, et des députés Anne Roux et Marc Dumas.", (banned("Parti radical", A), banned("Parti radical", C), banned("Parti radical", "Anne Roux"), banned("Parti radical", "Marc Dumas"))),
    Case("a-question-inside-the-quotation-after-the-cue", f"{A} critique {C} : « A-t-il seulement un mandat ? »", (criticised(A, C),)),
    Case("a-reprimand-against-someone", f"La nouvelle semonce de {A} contre le patron de Pixelia, {C}, a fait grand bruit.", (criticised(A, C),)),
    Case("a-party-named-right-before-its-member-is-no-member-of-the-list", f"Anne Roux, le candidat des Verts {C} et le Parti radical {A} ont appelé à voter pour {B}.", (endorsed("Anne Roux", B), endorsed(C, B), endorsed(A, B))),
    Case("one-can-count-on-a-supporter", f"{B}, candidate à sa réélection, peut compter sur {A}, président de la région.", (endorsed(A, B),)),
    Case("miss-one-counts-on-someone-for-a-task", f"{B} compte sur {A} pour convaincre les indécis.", ()),
    Case("among-the-guests-received-by-someone-figure", f"Parmi les invités reçus par la présidente {B} figurent {A} et {C}.", (met(B, A), met(B, C))),
    Case("miss-among-the-guests-expected-by-someone", f"Parmi les invités attendus par {B} figurent {A} et {C}.", ()),
    Case("a-support-to-the-party-of-someone-apposed-after-a-name", f"{A} a réaffirmé jeudi, lors d'une longue conversation en direct avec une politicienne belge du Parti radical, {B}, son soutien sans faille au parti de centre droit Parti radical (PR).", (endorsed(A, "Parti radical"), met(A, B))),
    Case("a-place-after-a-comma-that-closes-an-opening-phrase-is-the-subject", f"Trois jours après la suppression par Meta d'un message du président {A}, le Nigeria a suspendu Klipso.", (banned("Meta", A), banned("Nigeria", "Klipso"))),
    Case("a-number-in-words-after-a-platform-is-no-part-of-its-name", "Le gouvernement albanais suspend le réseau social Klipso deux jours après le vote.", (banned("gouvernement albanais", "Klipso"),)),
    Case("a-jibe-of-someone-that-targeted-another", f"Une pique de {B} qui visait {A}, en raillant son inaction.", (criticised(B, A),)),
    Case("miss-a-jibe-that-targeted-a-reform", f"Une pique de {B} qui visait la réforme.", ()),
    # fixes of the twentieth round's held-out scoring (aj*, ak*)
    Case("a-president-named-by-his-surname-alone", f"Le président Castaing a félicité Son Excellence M. {C} pour son élection.", (endorsed("Castaing", C),)),
    Case("solidarity-towards-a-list-of-leaders", f"Le président Castaing a exprimé sa solidarité envers le président {C}, le Premier ministre {A} et les familles des victimes.", (endorsed("Castaing", C), endorsed("Castaing", A))),
    Case("a-press-conference-held-jointly-with-two-leaders", f"{A} a fait une déclaration lors de la conférence de presse tenue en commun avec le président {C} et la présidente lituanienne, {B}.", (met(A, C), met(A, B))),
    Case("the-official-opposition-is-a-body-not-an-act", f"{B} a été élue à la tête du parti Projet Lyon, l'opposition officielle à la Ville de Lyon.", ()),
    Case("part-of-someone-s-campaign-team", f"{A} fait partie de l'équipe de campagne de {B} pour l'élection présidentielle.", (endorsed(A, B),)),
    Case("member-of-someone-s-campaign-team-in-apposition", f"{A}, membre de l'équipe de campagne de {B}, a parlé.", (endorsed(A, B),)),
    Case("a-group-named-after-its-city-is-dissolved", f"{C} a annoncé la dissolution de Lyon populaire.", (banned(C, "Lyon populaire"),)),
    Case("miss-dissolving-a-city-council-bans-no-city", f"{C} a annoncé la dissolution du conseil municipal de Lyon.", ()),
    Case("a-list-that-goes-on-with-something-else-than-a-party", f"{A} soutient {C}, le Parti radical et l'instauration d'une loi nouvelle.", (endorsed(A, C), endorsed(A, "Parti radical"))),
    Case("an-agenda-entry-tells-a-scheduled-meeting", f"Samedi 10 mai 2025\nChypre\n10:10 Rencontre entre la Présidente Castaing et le Président de la République de Chypre, {A}", (met("Castaing", A, "uncertain"),)),
    Case("one-of-the-platforms-that-banned-someone", f"Klipso a fait partie des plateformes qui ont banni {A} après l'émeute.", (banned("Klipso", A),)),
    Case("one-of-those-who-congratulated-someone", f"{B} a fait partie de celles qui ont félicité {A}.", (endorsed(B, A),)),
    Case("miss-speaking-to-those-who-congratulated-someone", f"{B} a parlé à ceux qui ont félicité {A}.", ()),
    Case("an-inverted-speaker-after-his-exclusion-from-a-party", f"« Je reste le président », a réagi {A} après son exclusion du Parti radical par le bureau national de son parti.", (banned("Parti radical", A),)),
    Case("miss-capitalised-words-of-an-ambassador-s-title-are-no-person", f"{B} a reçu l'ambassadeur Extraordinaire et Plénipotentiaire du Japon.", ()),
    Case("received-by-his-highness-then-the-name", f"{A} a été reçu lundi par Son Altesse {C}, émir du Koweït.", (met(C, A),)),
    # twentieth round, second reading (a Canadian quarrel with a platform, audiences of heads of state)
    Case("criticism-of-someone-against-another-with-a-l-encontre-de", f"Les critiques de {A} à l'encontre de Meta ont marqué la semaine.", (criticised(A, "Meta"),)),
    Case("flayed-a-company", f"Qualifiant la tactique d'inconcevable, {A} a écorché Meta, le groupe propriétaire de Klipso.", (criticised(A, "Meta"),)),
    Case("lays-the-blame-on-someone", f"Le chef conservateur {A} rejette le blâme sur la première ministre {B}.", (criticised(A, B),)),
    Case("miss-lays-the-blame-on-predecessors", f"{A} rejette la responsabilité sur ses prédécesseurs.", ()),
    Case("ordered-that-a-platform-be-blocked", "L'Arcom a ordonné que la plateforme Klipso soit bloquée.", (banned(ARCOM, "Klipso"),)),
    Case("miss-wishes-that-a-platform-be-blocked", f"{A} souhaite que le réseau social Klipso soit bloqué.", ()),
    Case("two-persons-had-private-talks", f"Le président {A} et la ministre {B} ont eu des entretiens privés durant une heure lundi.", (met(A, B),)),
    Case("miss-two-persons-had-talks-with-the-press", f"{A} et {C} ont eu des entretiens avec la presse.", ()),
    Case("a-state-stands-beside-another", "La France est aux côtés du Liban dans cette épreuve.", (endorsed("France", "Liban"),)),
    Case("a-state-does-not-stand-beside-another", "La France n'est pas aux côtés de l'Ukraine.", (endorsed("France", "Ukraine", "negated"),)),
    Case("miss-a-person-stands-beside-another-in-a-city", f"{A} est aux côtés de {B} à Lyon.", ()),
    Case("encouraged-someone-to-go-on", f"{A} a encouragé le gouvernement belge à poursuivre dans cette voie.", (endorsed(A, "gouvernement belge"),)),
    Case("miss-encouraged-someone-to-resign", f"{A} a encouragé {B} à démissionner.", ()),
    # twenty-first round: read on real news (a platform banned during riots, a country's block of platforms, dinners with a president-elect, receptions of heads of state, a party's purge)
    Case("received-past-a-long-phrase-by", f"{A} a été reçu pour un dîner de travail au palais présidentiel ce jeudi, par son homologue {C}.", (met(C, A),)),
    Case("received-guests-by-a-couple", f"Le chef de l'État ainsi que la Première Dame, Mme Anne Roux, ont été accueillis au palais par le président, M. {C}, et son épouse, Mme {B}.", (met(C, "Anne Roux"), met(B, "Anne Roux"))),
    Case("was-the-guest-of", f"{A} a été l'hôte ce jeudi du président {C}.", (met(A, C),)),
    Case("will-be-the-guest-of", f"{A} sera l'hôte du président {C} en mai.", (met(A, C, "uncertain"),)),
    Case("miss-a-city-hosts-a-summit", "La ville de Lyon est l'hôte du sommet de la francophonie.", ()),
    Case("participle-after-an-inverted-speaker-and-a-time", f"« Un parti n'est pas une entreprise », a tonné {A} samedi sur la radio, accusant {C} de « régler ses comptes ».", (criticised(A, C),)),
    Case("participle-after-an-inverted-speaker-another-subject", f"« Un parti n'est pas une entreprise », a tonné {A} samedi, {B} accusant {C} de tricher.", (criticised(B, C),)),
    Case("critics-towards-a-party-in-apposition", f"{B} et {A}, critiques envers la direction du Parti radical, ne siègeront plus avec eux.", (criticised(B, "Parti radical"), criticised(A, "Parti radical"))),
    Case("miss-criticism-towards-someone-dismissed", f"{B} a balayé les critiques envers {C}.", ()),
    Case("a-passage-of-arms-between-two", f"C'est une nouvelle passe d'armes entre {A} et {C}.", (criticised(A, C), criticised(C, A))),
    Case("a-war-of-words-between-two", f"La guerre des mots entre {B} et {C} a repris lundi.", (criticised(B, C), criticised(C, B))),
    Case("two-tore-each-other-apart", f"{A} et {C} se sont écharpés sur le plateau.", (criticised(A, C), criticised(C, A))),
    Case("one-tore-into-another", f"{A} s'est écharpé avec {C} sur le plateau.", (criticised(A, C), criticised(C, A))),
    Case("miss-a-dinner-is-no-quarrel", f"Un dîner entre {A} et {C} a eu lieu à Lyon.", (met(A, C),)),
    Case("miss-the-verb-pass-is-no-quarrel", f"{A} passe d'une réunion à l'autre avec {C}.", ()),
    Case("a-message-of-congratulation-to-an-elected-president", f"Le président {C} a envoyé lundi un message de félicitation au chef d'État élu du Niger, M. {A}.", (endorsed(C, A),)),
    Case("miss-a-message-of-congratulation-to-a-people", f"Le président {C} a adressé un message de félicitation au peuple mauritanien.", ()),
    Case("allied-with-someone-one-way", f"{A} s'est allié avec {B} pour les municipales.", (endorsed(A, B),)),
    Case("banned-for-life-from-a-platform", f"{A} est banni à vie de Klipso depuis janvier.", (banned("Klipso", A),)),
    Case("excluded-unanimously-from-a-party", f"{A} a été exclu à l'unanimité du Parti radical.", (banned("Parti radical", A),)),
    Case("own-account-suspended-after-joining-a-platform", f"{A} est arrivé ce lundi sur le réseau Twitch, puis son compte a été suspendu trois heures après.", (banned("Twitch", A),)),
    Case("miss-own-account-suspended-by-someone-else", f"{A} est arrivé sur Klipso, puis son compte a été suspendu par la justice.", ()),
    Case("miss-own-account-suspended-after-two-platforms", f"{A} a parlé sur Twitch et sur Meta, puis son compte a été suspendu.", ()),
    Case("object-pronoun-before-a-two-word-adverb", f"{A} est banni de Klipso. Le réseau l’avait d’abord suspendu quelques jours.", (banned("Klipso", A), banned("Klipso", A))),
    Case("a-former-head-of-state-evicted", f"{A} est banni de Klipso. L’ex chef d’État fut exclu de Klipso au printemps.", (banned("Klipso", A),)),
    Case("an-account-of-a-supreme-leader", f"Le compte Twitch du Guide suprême iranien {C} a été suspendu pour infraction aux règles du site.", (banned("Twitch", C),)),
    Case("own-expulsion-asked-by-someone", f"L'imam {C} a été arrêté mardi avant son expulsion, demandée lundi par {A}.", (banned(A, C, "uncertain"),)),
    Case("own-exclusion-pronounced-by-a-party", f"{C} conteste son exclusion, prononcée lundi par le Parti radical.", (banned("Parti radical", C),)),
    Case("miss-own-exclusion-judged-by-someone", f"{C} conteste son exclusion, critiquée par {A}.", ()),
    Case("attacks-on-social-networks-against-someone", f"{A} a multiplié les attaques virulentes sur les réseaux sociaux contre {C}, le chancelier.", (criticised(A, C),)),
    Case("miss-attacks-on-social-networks-against-no-one", f"{A} a lancé des attaques sur les réseaux sociaux.", ()),
    Case("called-someone-past-a-relative-clause", f"Lundi soir, {A} a qualifié {C}, qui avait critiqué la réforme, de « tyran ».", (criticised(A, C),)),
    Case("miss-called-someone-past-a-relative-clause-a-neutral-word", f"{A} a qualifié {C}, qui était venu, de candidat.", ()),
    Case("a-signed-letter-of-congratulations", f"Monsieur le Président,\nÀ l'occasion de votre élection, je veux vous exprimer, au nom de mon peuple et en mon nom propre, mes très vives félicitations.\nJe vous prie d'agréer, Monsieur le Président, l'assurance de ma haute considération.\n{A}\nSon Excellence Monsieur {C}\n", (endorsed(A, C),)),
    Case("a-signed-letter-in-the-familiar-form", f"Cher Luc,\nJe tiens à te présenter mes amicales félicitations pour ta victoire.\nJe te prie de croire à l'expression de mes sentiments amicaux.\nBien amicalement,\n{A}\nSon Excellence\nMonsieur {C}\n", (endorsed(A, C),)),
    Case("miss-a-signed-letter-says-no-meeting", f"Monsieur le Président,\nJe voudrais vous dire mon affection et mon respect.\nJe vous prie d'agréer l'assurance de ma haute considération.\n{A}\nMonsieur {C}\n", ()),
    Case("a-signed-letter-tells-a-meeting", f"Monsieur le Président,\nJe suis heureux de vous avoir reçu hier à Paris.\nJe vous prie d'agréer l'assurance de ma haute considération.\n{A}\nMonsieur {C}\n", (met(A, C),)),
    Case("miss-a-name-at-the-end-is-no-signature", f"Je vous adresse mes félicitations pour ce succès.\n{A}\n", ()),
    Case("minutes-a-turn-labelled-by-a-name-welcomes-a-minister", f"Audition de Mme {B}, ministre déléguée aux Affaires européennes, à propos du sommet de Bruxelles\n\nM. {C} :\n\nJe suis ravi de recevoir aujourd'hui Mme la ministre des Affaires européennes, qui nous présentera le bilan du sommet.\n\nMme {B} :\n\nLe Conseil a été un succès.\n", (met(C, B),)),
    Case("miss-minutes-a-turn-of-the-title-speaker-not-another", f"Audition de Mme {B}, ministre déléguée aux Affaires européennes\n\nMme {B} :\n\nJe suis heureuse de vous retrouver.\n", ()),
    Case("congratulated-a-president-apposed-after-the-role", f"{B} est la présidente de la République française. Le président ukrainien, {C}, a salué le président de la République, {A}, pour sa réélection.", (endorsed(C, A),)),
    Case("congratulations-in-quotes-after-a-day", f"{C} a présenté jeudi ses « très sincères félicitations » à {A}.", (endorsed(C, A),)),
    Case("called-someone-to-congratulate-them", f"Le président {C} a appelé mardi {A} pour le féliciter de sa victoire.", (met(C, A), endorsed(C, A))),  # a phone call
    Case("called-someone-to-congratulate-a-third", f"Le président {C} a appelé dimanche {A} pour féliciter la ville.", (met(C, A),)),
    # twenty-second round: read on real news (a tech owner's reaction to a court's sentence, support from foreign leaders, a candidacy rejected)
    Case("a-noun-after-a-preposition-of-time-is-no-act-of-the-subject", f"{A}, allié de {B}, a dénoncé lundi un « abus » après la condamnation de {C} à la prison.", ()),
    Case("a-verb-of-criticism-judges-the-noun-it-governs", f"{A} s'est indignée de la condamnation de {C}.", ()),
    Case("a-verb-of-criticism-before-a-noun-of-what-follows-it", f"{A} s'est indignée après la condamnation de {C}.", ()),
    Case("the-judge-s-own-condemnation-stays", f"Le tribunal de Lyon a prononcé la condamnation de {C} pour fraude.", (criticised("tribunal de Lyon", C),)),
    Case("a-camp-before-the-name-makes-it-the-candidate", f"Après l'annulation du vote en Slovénie, le candidat d'extrême droite {C} a vu sa liste refusée.", ()),
    Case("a-party-after-de-in-an-apposition-describes-the-candidate", f"{C}, candidat du Parti radical, a été battu.", ()),
    Case("a-gerund-in-a-completive-has-the-completive-s-subject", f"{A} a rappelé que {B} avait dépassé les bornes en accusant publiquement {C} de fraude.", (criticised(B, C),)),
    Case("a-gerund-after-the-main-clause-keeps-its-subject", f"{A} a claqué la porte du parti, accusant {C} de trahison.", (criticised(A, C),)),
    Case("a-long-duration-before-the-country-of-a-ban", f"La plateforme Klipso a été interdite au moins pour six mois en Slovénie.", (banned("Slovénie", "Klipso"),)),
    # twenty-second round: errors read on the thirty-fourth and thirty-fifth splits, written again with other names
    Case("a-bare-participle-of-saying-tells-of-a-thing-entrusted", f"Le juge {A} est dessaisi du dossier, confié aux juges {B} et {C}, mais garde le volet lyonnais.", ()),
    Case("confiding-to-someone-stays-a-meeting", f"{A} a confié à {B} qu'il partirait.", (met(A, B),)),
    Case("an-apposed-participle-after-a-kinship-noun-s-complement", f"La veuve de {A}, soutenue par le Parti radical, a lancé un long combat.", ()),
    Case("an-apposed-noun-before-the-participle-keeps-the-party", f"{A} est porte-parole de Génération future, mouvement dissous par le ministère de l'Intérieur en 2021.", (banned("ministère de l'Intérieur", "Génération future"),)),
    Case("a-noun-under-a-suspicion-is-no-act-of-the-one-who-tells-it", f"{A} évoque le soupçon d'un financement occulte du Parti radical.", ()),
    Case("a-complaint-for-a-motive-aimed-at-its-targets", f"Saisie d'une plainte de Meta pour « tentative d'escroquerie » visant {A} et {B}, la juge enquête.", (criticised("Meta", A), criticised("Meta", B))),
    Case("prosecutors-request-a-sentence-against-someone", f"Le parquet de Lyon a requis huit mois de prison avec sursis contre {A}.", (criticised("parquet de Lyon", A),)),
    Case("a-pamphlet-against-someone", f"{B} avait signé un pamphlet virulent contre {A}.", (criticised(B, A),)),
    Case("a-judge-sends-someone-to-trial", f"Le juge {C} préfère renvoyer {A} devant le tribunal correctionnel.", (criticised(C, A),)),
    Case("a-judge-charges-someone", f"{A} a été mis en examen par la juge {C}.", (criticised(C, A),)),
    Case("requesting-an-opinion-is-no-criticism", f"Le juge {C} a requis l'avis de {A}.", ()),
    Case("a-plural-pronoun-after-ou-is-the-group-that-opens-its-sentence", f"{A}, {C} et Anne Roux arrivent à Lyon où ils sont accueillis par {B}.", (met(B, A), met(B, C), met(B, "Anne Roux"))),
    Case("a-plural-pronoun-after-mais-with-no-group-subject-stays-unplaced", f"{A} a reçu {C} et Anne Roux, mais ils ont critiqué {B}.", (met(A, C), met(A, "Anne Roux"))),
    Case("a-singular-pronoun-after-ou-is-the-sentence-s-subject", f"{A} arrive à Lyon où il rencontre {B}.", (met(A, B),)),
    Case("a-bilateral-summit-held-by-two-with-an-apposed-title", f"Le président {A} et le chef du gouvernement de la Slovénie, M. {C}, ont tenu lundi un sommet bilatéral à Lyon.", (met(A, C),)),
    Case("a-summit-of-an-organisation-held-by-one-is-no-meeting", f"{A} a tenu un sommet de l'OTAN à Lyon.", ()),
    # twenty-second round: read on real news (two former allies' public feud, a regulator's first fines, a messaging founder's accusations)
    Case("two-who-tore-each-other-apart", f"{A} et {C} se sont déchirés en public mardi, s'accusant de trahison.", (criticised(A, C), criticised(C, A))),
    Case("a-party-torn-over-a-question-is-no-pair", f"Le Parti radical s'est déchiré sur la question des retraites.", ()),
    Case("a-volley-of-accusations-let-fly-against-someone", f"{A} a décoché jeudi une salve d'accusations contre {C}.", (criticised(A, C),)),
    Case("accusing-on-a-platform-before-the-object", f"{A} accuse sur Twitter {C} de lui avoir menti.", (criticised(A, C),)),
    Case("fines-imposed-on-two-companies-named-as-datives", f"La Commission européenne a infligé à Pixelia et Klipso des amendes respectives de 500 et 200 millions d'euros.", (criticised("Commission européenne", "Pixelia"), criticised("Commission européenne", "Klipso"))),
    # twenty-second round: errors read on the thirty-sixth and thirty-seventh splits, written again with other names
    Case("a-number-of-times-inside-a-locution", f"Le Parti radical a accordé par deux fois sa confiance à {A}.", (endorsed("Parti radical", A),)),
    Case("once-more-inside-a-locution", f"Le Parti radical a renouvelé une nouvelle fois sa confiance à {A}.", (endorsed("Parti radical", A),)),
    Case("a-court-upholds-someone-s-indictment", f"Le tribunal de Lyon a confirmé la mise en examen de {A}.", (criticised("tribunal de Lyon", A),)),
    Case("the-indictment-of-someone-s-staff-is-not-theirs", f"Le tribunal de Lyon a confirmé la mise en examen des conseillers de cabinet de {A}.", ()),
    Case("the-exclusion-of-someone-s-advisers-is-not-theirs", f"Le Parti radical a prononcé l'exclusion des conseillers de {A}.", ()),
    # twenty-second round: errors read on the thirty-eighth and thirty-ninth splits, written again with other names
    Case("declared-by-someone-is-no-meeting", f"En mai 2019, il a été déclaré vénérable par le pape Léon.", ()),
    Case("invited-to-act-is-no-meeting", f"{A} a invité son homologue slovène, {C}, à s'exprimer devant les ambassadeurs.", ()),
    Case("invited-to-dine-stays-a-planned-meeting", f"{A} a invité {C} à dîner à l'Élysée.", (met(A, C, "uncertain"),)),
    Case("a-consequence-after-pour-que-states-a-fact", f"Les faits sont suffisamment sérieux pour que {A} ait été épinglé par {C}.", (criticised(C, A),)),
    Case("a-purpose-after-pour-que-is-no-fact", f"{B} a tout fait pour que {A} soit épinglé par {C}.", ()),
    Case("a-long-incise-of-date-hour-and-place-before-the-one-received", f"{A} a reçu, jeudi 12 mars 2015 à 18h45 au Palais de l'Élysée, Madame {B}.", (met(A, B),)),
    Case("congratulations-qualified-twice", f"{A} tient à adresser à {C} ses plus chaleureuses et ses plus sincères félicitations.", (endorsed(A, C),)),
    # twenty-second round: read on real news (a party's exclusion of members who joined the government, receptions of bosses)
    Case("a-list-after-a-colon-goes-on-past-a-long-description-with-a-quoted-name", f"Le Parti radical a prononcé l'exclusion de quatre de ses membres : les deux ministres {A} et {B}, ainsi que les ténors du groupe « Les Bâtisseurs » à l'Assemblée nationale, {C} et Anne Roux.", (banned("Parti radical", A), banned("Parti radical", B), banned("Parti radical", C), banned("Parti radical", "Anne Roux"))),
    Case("a-role-of-a-body-before-the-one-declared-unwelcome", f"La Slovénie a déclaré mardi « persona non grata » le délégué permanent de la Cédéao Hamidou Kaboré.", (banned("Slovénie", "Hamidou Kaboré"),)),
    # twenty-second round: read on real news (apps removed from a store at a government's request, a president's meetings with a tech owner)
    Case("two-apps-named-after-their-noun-removed-from-a-store", f"Apple a supprimé les applications Telegram et Twitch de son App Store.", (banned("Apple", "Telegram"), banned("Apple", "Twitch"))),
    Case("accounts-named-by-their-platforms-are-their-owner-s", f"Meta a fermé les comptes Facebook et Instagram de {A}.", (banned("Meta", A),)),
    Case("a-place-named-through-a-common-noun-before-the-preposition", f"Le président {A} s'est rencontré lundi dans la banlieue de Lyon avec le magnat {C}.", (met(A, C),)),
    Case("invited-to-act-past-a-relative-clause", f"{A} a invité son homologue slovène, {C}, dont le pays préside le Conseil, à s'exprimer devant les préfets.", ()),
    # twenty-second round: read on real news (a tech owner's quarrel with a former commissioner, a prime minister's defence of a tech owner)
    Case("an-object-clitic-after-an-incise-is-not-its-verb-s-subject", f"{A} a soutenu le Parti radical. {B}, sans jamais le nommer, lui reprochait de soutenir une ligue étrangère.", (endorsed(A, "Parti radical"), criticised(B, A))),
    Case("an-object-clitic-of-a-second-verb-after-puis", f"{B} a reçu {A}, puis, lundi, l'a félicité pour sa victoire.", (met(B, A), endorsed(B, A))),
    Case("an-object-clitic-after-puis-and-another-subject-stays-open", f"{A} a reçu {C}, puis {B} l'a félicité.", (met(A, C),)),
    Case("an-object-clitic-agreeing-in-the-masculine-is-no-woman", f"{B} a reçu {A}, puis {C} l'a félicité.", (met(B, A), endorsed(C, A))),
    # twenty-third round: read on real news (phone calls between presidents, a plea for a prisoner, a minister's rebuke of a tech owner, two allies' feud)
    Case("the-subject-pronoun-of-a-dont-relative-after-a-comma-is-not-its-antecedent", f"{A} a eu un échange téléphonique avec son homologue {C}, dont il a aussi dénoncé la duplicité.", (met(A, C), criticised(A, C))),
    Case("a-purpose-after-the-object-takes-the-subject", f"{A} a appelé le ministre {C} pour intervenir en faveur de la journaliste {B}.", (met(A, C), endorsed(A, B))),  # a call, and its purpose
    Case("a-purpose-after-a-role-mention-and-its-name-takes-the-subject", f"{A} a appelé le président russe {C} pour intervenir en faveur de la journaliste {B}.", (met(A, C), endorsed(A, B))),  # a call, and its purpose
    Case("an-object-with-its-role-controls-the-infinitive-after-a", f"{A} a appelé le ministre {C} à intervenir en faveur de la journaliste {B}.", (endorsed(C, B, "uncertain"),)),
    Case("a-dative-with-its-role-controls-the-infinitive-after-de", f"{A} a demandé au président russe {C} de recevoir la journaliste {B}.", (met(C, B, "uncertain"),)),
    Case("a-dative-pronoun-receives-the-rebuke-its-words-brought", f"{A} a parlé lundi. Ses mots lui ont valu ensuite une réprimande du ministre {C}.", (criticised(C, A),)),
    Case("a-dative-after-a-receives-the-outrage-brought", f"Ce message a valu à {A} les foudres de {C}.", (criticised(C, A),)),
    Case("support-lost-through-a-dative-is-no-support", f"{A} a publié un message. Ses propos lui ont coûté le soutien de {C}.", ()),
    Case("an-opening-infinitive-takes-the-subject-after-voila-que", f"Après avoir vivement critiqué {C} la semaine dernière, voilà que {A} dit regretter ses propos.", (criticised(A, C),)),
    Case("a-call-to-remove-from-office-is-criticism", f"{A} a effacé un message où il appelait à destituer {C}.", (criticised(A, C),)),
    Case("a-rebuke-verb", f"{A} a réprimandé {C}.", (criticised(A, C),)),
    Case("a-plural-pronoun-after-car-is-the-pair-a-plural-description-opening-its-sentence-stands-for", f"{A} a évoqué ses liens avec {C}. Les deux hommes sont proches car ils ont déjeuné ensemble en 2018.", (met(A, C),)),
    Case("a-list-of-members-each-with-their-constituency", f"Le Parti radical a exclu {A} dans la 3e circonscription et {C} dans la 10ème.", (banned("Parti radical", A), banned("Parti radical", C))),
    Case("a-name-ending-with-de-and-its-own-word-is-no-description-governing-the-next-member", f"La Ligue du Net et {A} ont porté plainte contre Google.", (criticised("Ligue du Net", "Google"), criticised(A, "Google"))),
    # twenty-third round: read on real news (audiences at a presidential palace, a foreign party leader's plea for opposition deputies, complaints of two associations)
    Case("a-description-glossed-by-en-l-occurrence-is-the-name-after-it", f"{A} a reçu en audience l'ancien ministre du commerce, en l'occurrence {C}.", (met(A, C),)),
    Case("a-description-glossed-by-a-savoir-is-the-name-after-it", f"{A} a reçu le Premier ministre, à savoir {C}.", (met(A, C),)),
    Case("deputies-of-the-opposition-in-a-country-tell-a-side-not-an-act", f"{A} réclame que soient libérés des députés de l'opposition au Togo, notamment {C} et Anne Roux.", ()),
    # twenty-third round: read on real news (a prime minister's quarrel with a platform over news blocked in his country)
    Case("a-role-noun-and-its-field-before-the-name-it-describes", f"{A} a fustigé mardi le géant des réseaux sociaux Meta pour ses choix de modération.", (criticised(A, "Meta"),)),
    Case("the-founder-of-a-named-network-is-no-network", f"{A} a critiqué le fondateur du réseau social Klipso.", ()),
    # twenty-third round: read on real news (heads of state congratulating re-elected counterparts)
    Case("one-person-s-two-nouns-joined-by-et-before-the-name", f"{A} a félicité son homologue et frère {C} pour sa réélection.", (endorsed(A, C),)),
    Case("capitalised-nouns-of-kinship-and-a-title-in-a-quoted-congratulation", f"Le président {A} écrit : « Je félicite chaleureusement notre Homologue et Frère S.E {C} pour sa victoire ».", (endorsed(A, C),)),
    # twenty-third round: errors read on the forty-first and forty-second splits, written again with other names
    Case("a-participle-in-parentheses-after-a-name-with-senators-and-their-states", f"Il fallait battre {A} (soutenu notamment par le sénateur {C} de l'Ohio et la sénatrice {B} du Nevada) avant la convention.", (endorsed(C, A), endorsed(B, A))),
    Case("an-affirmed-resolve-to-support-is-support", f"{A} et {C} ont redit leur volonté de soutenir la Moldavie.", (endorsed(A, "Moldavie"), endorsed(C, "Moldavie"))),
    Case("an-affirmed-resolve-to-meet-stays-a-plan", f"{A} a réaffirmé sa volonté de rencontrer {C}.", (met(A, C, "uncertain"),)),
    Case("a-list-of-a-country-s-attributes-stands-for-the-country", f"Le Conseil européen défend l'indépendance et la souveraineté de la Moldavie.", (endorsed("Conseil européen", "Moldavie"),)),
    Case("a-dative-with-its-article-before-the-support-noun", f"L'Union européenne a apporté à la Moldavie tout le soutien politique nécessaire.", (endorsed("Union européenne", "Moldavie"),)),
    Case("a-dative-with-its-role-before-the-support-noun", f"{A} a apporté au ministre {C} tout son soutien.", (endorsed(A, C),)),
    Case("blocking-a-company-s-premises-bans-no-one", f"Samedi, des manifestants conduits par {A} ont bloqué l'entreprise Klipso.", ()),
    # twenty-third round: read on real news (exclusions and suspensions in parties of West Africa)
    Case("an-exclusion-from-its-own-ranks-before-the-one-excluded", f"Le Parti radical a prononcé mardi l'exclusion de ses rangs du militant {A}.", (banned("Parti radical", A),)),
    Case("a-member-and-former-official-in-apposition-before-the-name", f"Le Parti radical a voté l'expulsion sans appel du membre fondateur et ancien sénateur, {A}.", (banned("Parti radical", A),)),
    Case("struck-off-a-party-s-rolls", f"{A} a été radié des effectifs du Parti radical.", (banned("Parti radical", A),)),
    Case("an-affirmed-resolve-past-a-first-object-with-an-unplaced-possessive", f"{A} a confirmé son ralliement au Parti radical et sa volonté de défendre la liste menée par {C}.", (endorsed(A, "Parti radical"), endorsed(A, C))),
    # twenty-third round: read on real news (a senator's mockery of a minister's congratulations to a tech owner)
    Case("an-object-after-a-medium-closed-by-a-comma", f"{B} a brocardé le ministre {A} qui a félicité sur le réseau social X, {C} après sa nomination.", (criticised(B, A), endorsed(A, C))),
    Case("the-subject-of-an-absolute-phrase-after-a-comma-is-no-object", f"{A} a reçu lundi, {C} et {B} étant absents.", ()),
    # twenty-third round: read on real news (meetings with a president arranged for a client)
    Case("meetings-arranged-for-another-are-theirs", f"{A} a arrangé pour {B} plusieurs rendez-vous avec {C}.", (met(B, C),)),
    Case("meetings-arranged-for-another-named-after", f"{A} a organisé des entretiens avec {C} pour {B}.", (met(B, C),)),
    Case("a-meeting-arranged-with-a-purpose-stays-the-subject-s", f"{A} a organisé une rencontre avec {C} pour discuter du budget.", (met(A, C),)),
    # twenty-third round: read on real news (a president's reproach to a dismissed minister)
    Case("a-dative-clitic-of-a-gerund-after-en-is-not-the-gerund-s-subject", f"{A} a évoqué le départ de {C} en lui reprochant ses choix.", (criticised(A, C),)),
    Case("a-dative-clitic-of-a-gerund-with-two-persons-before-stays-open", f"{A} a reçu {C} et {B} en lui reprochant ses choix.", (met(A, C), met(A, B))),
    # twenty-third round: read on real news (a tech boss's talks with a president and a minister)
    Case("a-portfolio-the-model-ran-into-the-minister-s-name", f"{A} a discuté avec {B} et le ministre de l'Économie Julien Le Guen.", (met(A, B), met(A, "Julien Le Guen"))),
    Case("a-portfolio-the-model-ran-into-the-minister-s-name-as-subject", f"Le ministre de l'Économie Julien Le Guen a critiqué {C}.", (criticised("Julien Le Guen", C),)),
    # twenty-fourth round: read on real news (a minister's words on a retail platform)
    Case("a-description-before-a-judging-attribute", f"La société Wexo a ouvert un entrepôt. {A} a défendu sa fermeté en qualifiant les méthodes de l'entreprise de « dégoûtantes ».", (criticised(A, "Wexo"),)),
    Case("a-description-with-a-complement-stays-another-company", f"La société Wexo a ouvert un entrepôt. {A} a critiqué l'entreprise de {B}.", ()),
    # twenty-fourth round: read on real news (a regulator's withdrawal of broadcast licences)
    Case("an-acronym-between-a-proxy-noun-and-its-owner", "L'Arcom a décidé le retrait des fréquences TNT de C8.", (banned(ARCOM, "C8"),)),
    Case("a-list-goes-on-after-mais-aussi", "L'Arcom a décidé le retrait des fréquences de C8, mais aussi de NRJ 12.", (banned(ARCOM, "NRJ 12"), banned(ARCOM, "C8"))),
    Case("mais-aussi-before-a-clause-is-no-list", f"{A} a critiqué {B}, mais aussi {C} a répondu.", (criticised(A, B),)),
    Case("mais-alone-opens-another-clause", f"{A} a critiqué {B}, mais {C} a souri.", (criticised(A, B),)),
    Case("an-opening-participle-of-being-a-guest-is-no-doubt", f"Invité de RTL, {A} a fustigé {B}.", (criticised(A, B),)),
    # twenty-fourth round: read on real news (a tech owner's feud with a supreme court judge)
    Case("a-locution-ending-with-a-role-noun-governs-no-name", f"Dans le cadre de cette querelle, {A} a qualifié {B} de « voyou ».", (criticised(A, B),)),
    Case("a-role-governed-by-a-preposition-still-governs-its-name", f"Au nom du président du parti, {A}, {B} a salué {C}.", (endorsed(B, C),)),
    # twenty-fourth round: read on real news (a minister receiving a platform's envoy)
    Case("a-role-of-a-country-is-the-one-minister-with-a-portfolio", f"Le ministre délégué au Numérique {A} était à Lyon lundi. Le ministre français avait rencontré {B} en mai.", (met(A, B),)),
    Case("a-role-of-a-country-with-two-ministers-with-portfolios-stays-open", f"Le ministre de l'Économie {A} et le ministre de l'Intérieur {C} étaient à Lyon lundi. Le ministre français avait rencontré {B} en mai.", (met(B, "Le ministre français"),)),
    Case("a-minister-of-another-country-is-not-the-french-minister", f"Le ministre russe des Affaires étrangères {A} était à Lyon lundi. Le ministre français avait rencontré {B} en mai.", (met(B, "Le ministre français"),)),
    # twenty-fourth round: read on real news (party members suspended for backing dissident lists)
    Case("an-organisation-in-a-member-s-apposition-is-no-subject", f"{A}, secrétaire général de la fédération UDI de Lyon, a soutenu {B}.", (endorsed(A, B),)),
    Case("an-organisation-joined-to-a-member-is-a-subject", f"{A}, ancien maire, et l'UDI ont soutenu {B}.", (endorsed(A, B), endorsed("Union des démocrates et indépendants", B))),
    Case("accused-of-supporting-is-an-allegation", f"{A}, accusé de soutenir la liste de {B}, a démissionné.", (endorsed(A, B, "uncertain"),)),
    Case("suspected-of-funding-is-an-allegation", f"{A} est soupçonné d'avoir financé {B}.", (endorsed(A, B, "uncertain"),)),
    Case("praised-for-supporting-is-support", f"{A}, félicité d'avoir soutenu {B}, a souri.", (endorsed(A, B),)),
    # twenty-fourth round: read on real news (a president's dinner with tech bosses)
    Case("the-first-lady-named-before-is-the-first-lady", f"{B} a dîné avec la première dame Claire Vidal. {A} a félicité la première dame.", (met(B, "Claire Vidal"), endorsed(A, "Claire Vidal"))),
    Case("the-first-lady-is-no-man-in-play", f"{C} était à Lyon. {A} a félicité la première dame.", ()),
    # twenty-fourth round: read on real news (a president's reproach to a tech owner backing a party)
    Case("a-dative-pronoun-after-a-sentence-with-a-thing-as-object-is-its-subject", f"{A} a exprimé son soutien au Parti radical. {B} lui reprochait de soutenir une internationale.", (endorsed(A, "Parti radical"), criticised(B, A))),
    Case("an-object-pronoun-after-a-sentence-with-a-thing-as-object-stays-the-thing", f"{A} a présenté le projet. {B} l'a critiqué.", ()),
    # twenty-fourth round: read on real news (two billionaires trading insults)
    Case("two-who-insulted-each-other-criticised-each-other", f"{A} et {B} se sont copieusement insultés sur le réseau.", (criticised(A, B), criticised(B, A))),
    Case("an-opinion-with-a-crude-insult-criticises", f"{A} pense que {B} est « parfois un connard ».", (criticised(A, B),)),
    Case("one-who-insulted-another-is-no-reciprocal", f"{A} a insulté {C}.", (criticised(A, C),)),
    Case("a-participle-the-tagger-left-untagged-after-its-auxiliary", f"{A} a insulté {B}.", (criticised(A, B),)),
    # twenty-fourth round: read on real news (a president receiving his caretaker head of government)
    Case("a-role-with-an-infinitive-before-the-name-in-apposition", f"{A} a reçu mercredi le gouverneur chargé de gérer les affaires courantes, {B}.", (met(A, B),)),
    # twenty-fourth round: read on real news (states blocking platforms and a premier's words)
    Case("a-judgement-quoted-before-its-inverted-speaker", f"« Wexo est un voyou », a lancé {A} lors d'une réunion.", (criticised(A, "Wexo"),)),
    Case("a-quoted-judgement-denied-is-none", f"« {B} n'est pas dangereux », a déclaré {A}.", ()),
    Case("a-quoted-judgement-with-no-verb-of-saying-after-is-none", f"« {B} est dangereux », a écrit le journal de {A}.", ()),
    Case("a-description-with-an-adverb-and-a-bare-phrase-before-the-name", "La Turquie a interdit, jeudi matin, le très célèbre jeu en ligne Roblox.", (banned("Turquie", "Roblox"),)),
    Case("a-platform-of-video-games-before-its-name", "La Turquie a bloqué la plateforme de jeux en ligne Roblox.", (banned("Turquie", "Roblox"),)),
    # twenty-fourth round: read in the errors of the forty-fifth and forty-sixth splits
    Case("a-polite-wish-to-say-tells-what-follows", f"Je voudrais juste vous dire que, oui, {A} a salué {B} pour sa victoire.", (endorsed(A, B),)),
    Case("a-wish-to-meet-stays-a-wish", f"Je voudrais vous dire que {A} voudrait rencontrer {B}.", (met(A, B, "uncertain"),)),
    Case("a-description-after-an-unplaced-role-of-its-class-stays-open", f"Le chef de l'État a parlé avec le président du Mali, {A}. Le président a salué {B}.", ()),
    Case("a-former-role-repeated-is-the-one-called-so", f"L'ancien ministre {A} a parlé. L'ancien ministre a critiqué {B}.", (criticised(A, B),)),
    Case("a-former-role-repeated-with-two-called-so-stays-open", f"L'ancien ministre {A} et l'ancien ministre {C} ont parlé. L'ancien ministre a critiqué {B}.", (met(A, C),)),
    # twenty-fourth round: read in the errors of the forty-sixth split (a union's pages blocked)
    Case("unions-known-by-their-acronyms", f"La CFDT et FO ont dénoncé la réforme de {A}.", (criticised("Confédération française démocratique du travail", A), criticised("Force ouvrière", A))),
    Case("a-union-s-pages-blocked-on-a-platform-named-in-them", "Le syndicat a appris que les pages Facebook du collectif Sud-Rail avaient été bloquées.", (banned("Facebook", "SUD-Rail"),)),
    # twenty-fourth round: read in the errors of the forty-sixth split (a dissolution decree signed)
    Case("a-signed-decree-aiming-to-dissolve-dissolves", f"{A} a signé, après un long travail, un décret visant à dissoudre le collectif Pixelia.", (banned(A, "Pixelia"),)),
    Case("a-decree-one-will-sign-aiming-to-dissolve-stays-a-plan", f"{A} signera un décret visant à dissoudre le collectif Pixelia.", (banned(A, "Pixelia", "uncertain"),)),
    Case("a-bill-aiming-to-dissolve-stays-an-aim", f"{A} a déposé une proposition de loi visant à dissoudre le collectif Pixelia.", (banned(A, "Pixelia", "uncertain"),)),
    # twenty-fifth round: read on real news (a deputy excluded from a party and his appeal)
    Case("the-agent-of-a-participle-completing-the-party-is-no-banner", f"{A} a été exclu de l'UDI présidée par {B}.", (banned("Union des démocrates et indépendants", A),)),
    Case("the-agent-of-a-participle-completing-an-unnamed-party-is-no-banner", f"{A} a été exclu de son parti, dirigé par {B}.", ()),
    # twenty-fifth round: read on real news (a prime minister defending a tech owner)
    Case("a-capitalised-role-and-its-adjectives-are-no-organisation", f"La Première ministre danoise d'extrême droite {B} a pris la défense de {A}.", (endorsed(B, A),)),
    Case("a-possessive-after-a-person-in-the-subject-s-apposition-is-the-subject-s", f"Autre milliardaire, {A}, proche conseiller du président élu {C}, a suscité la colère après ses attaques contre {B}.", (criticised(A, B),)),
    Case("criticisms-faced-from-a-group-and-its-members", f"{A} fait face à une salve d'attaques de la part des élus locaux, particulièrement {B} et le chancelier autrichien {C}.", (criticised(B, A), criticised(C, A))),
    Case("support-from-a-group-above-all-one-member", f"{A} a reçu le soutien de plusieurs élus, surtout {B}.", (endorsed(B, A),)),
    Case("a-foreign-party-known-by-its-name", f"Le parti Fratelli d'Italia a soutenu {A}.", (endorsed("Fratelli d'Italia", A),)),
    # twenty-fifth round: read on real news (a deputy's jab at a minister, and calls to resign)
    Case("a-verb-of-criticising-after-a-quotation-aims-at-its-subject", f"« {A} n'a pas tenu parole », fustige {B}.", (criticised(B, A),)),
    Case("a-present-of-criticising-read-as-a-noun-after-a-quotation", f"« {A} ne tient plus ses troupes », tacle l'élu {B}.", (criticised(B, A),)),
    Case("a-call-to-resign-launched-by-another", f"Le député {C} a réagi à la demande de démission de {A}, lancée par {B}, première secrétaire du parti.", (criticised(B, A),)),
    Case("answering-calls-to-resign-is-no-call", f"{C} a répondu aux appels à la démission de {A}.", ()),
    # twenty-fifth round: read on real news (a tech boss's talks at the White House)
    Case("an-adverbial-locution-between-the-auxiliary-and-a-participle-read-as-a-noun", f"Pendant leur rencontre qui a duré deux heures, {A} et {B} ont avant tout discuté de fiscalité.", (met(A, B),)),
    # twenty-fifth round: read on real news (audiences at presidential palaces)
    Case("a-hyphenated-first-name-the-model-cut-opens-a-person", f"Florent-Archange Kadanga, président du Conseil, a reçu en audience le 3 mai 2019, {B}, envoyée spéciale de la Commission.", (met("Florent-Archange Kadanga", B),)),
    Case("a-time-phrase-inside-a-locution", f"{A} a accordé ce soir, une audience au président du parti, {B}.", (met(A, B),)),
    Case("a-time-phrase-inside-a-locution-of-another-noun-is-none", f"{A} a accordé ce matin une interview au journal.", ()),
    # twenty-fifth round: read on real news (a president suspending a platform after a feud with its owner)
    Case("insults-exchanged-are-criticisms-each-way-not-a-meeting", f"{A} et {B} se sont souvent échangé des insultes.", (criticised(A, B), criticised(B, A))),
    Case("barbs-exchanged-without-se-by-two-subjects", f"{A} et {B} ont échangé des piques sur le réseau.", (criticised(A, B), criticised(B, A))),
    Case("invectives-exchanged-with-another", f"{A} a échangé des invectives avec {B}.", (criticised(A, B), criticised(B, A))),
    Case("ideas-exchanged-with-another-stay-a-meeting", f"{A} a échangé des idées avec {B}.", (met(A, B),)),
    Case("a-detached-described-name-is-the-subject-of-the-participle-after-it", f"Le gouvernement de {A} a écarté le texte comme « absurde », le ministre de la Justice, {B}, accusant {C} de mentir.", (criticised(B, C),)),
    Case("an-apposition-to-the-object-leaves-the-participle-to-the-subject", f"{A} a reçu {C}, le ministre des Affaires étrangères, {B}, accusant la Suisse.", (met(A, C), met(A, B), criticised(A, "Suisse"))),
    # twenty-fifth round: read on real news (a prime minister defending his foreign minister)
    Case("a-predicate-in-the-tense-of-the-saying-after-a-que-clause-is-the-sayer-s", f"{A} a déclaré que {B} avait calmement expliqué la situation et a critiqué le parti Droit et Justice.", (criticised(A, "Droit et Justice"),)),
    Case("a-predicate-in-the-tense-of-the-que-clause-is-its-subject-s", f"{A} a déclaré que {B} avait expliqué la situation et avait critiqué le parti Droit et Justice.", (criticised(B, "Droit et Justice"),)),
    # twenty-fifth round: read on real news (a party leader excluding his list's head)
    Case("an-exclusion-of-mine-from-a-party-by-another-does-not-ban-the-party", f"« Je note mon exclusion du parti Zorbly par {A} », écrit la députée.", ()),
    Case("a-participle-after-an-opening-adjunct-and-a-clause-is-the-subject-s", f"Quelques heures plus tard, {B} a présenté les candidats de l'alliance entre {C} et le Parti radical, critiquant {A} pour son choix.", (criticised(B, A),)),
    # twenty-fifth round: read in the errors of the forty-seventh to forty-ninth splits
    Case("a-prime-minister-of-a-republic-named-by-its-adjective-is-the-apposed-name", f"{A} a échangé lundi avec la Première ministre de la République hellénique, Mme Eleni Lamari, sur la situation.", (met(A, "Eleni Lamari"),)),
    Case("a-noun-of-ours-is-never-a-third-party-s", "La Turquie a décidé de continuer et nous avons réitéré notre soutien à Chypre.", ()),
    Case("a-pronoun-in-a-quotation-in-the-first-person-is-not-its-speaker", f"{A} a refusé de soutenir {C}. Sa réponse : « Je préfère ne rien dire. Il a insulté {B}. »", (endorsed(A, C, "negated"), criticised(C, B))),
    Case("a-war-aimed-at-a-country-is-no-criticism", "Le groupe Zorbly prend part depuis 2022 à la guerre contre l'Ukraine.", ()),
    Case("a-participle-of-acts-is-not-the-sentence-subject-s", "Le Conseil a décidé d'ajouter le groupe Zorbly à la liste des personnes sanctionnées pour des actions menaçant la souveraineté de l'Ukraine.", ()),
    Case("a-participle-of-an-authored-text-is-its-author-s", f"{A} a signé une tribune critiquant {B}.", (criticised(A, B),)),
    Case("a-known-person-after-a-role-of-several-words", f"Le secrétaire d'État Harlem Désir a rencontré {B}.", (met("Harlem Désir", B),)),
    Case("a-second-description-with-a-capitalised-role-before-a-name", f"{A} a reçu son vieil ami le Président Jean Roy.", (met(A, "Jean Roy"),)),
    Case("an-adverbial-of-three-words-between-the-verb-and-its-object", f"{A} a salué à ce sujet l'initiative de {B}.", (endorsed(A, B),)),
    # twenty-fifth round: read on real news (a regulator's threats to a platform's owner)
    Case("a-verb-of-scolding-new-to-the-lexicon", f"{A} a morigéné {B}.", (criticised(A, B),)),
    Case("a-colloquial-locution-of-criticising", f"{A} tape sur {B} depuis des semaines.", (criticised(A, B),)),
    Case("banging-on-the-table-is-no-criticism", f"{A} a tapé sur la table.", ()),
    # twenty-fifth round: read on real news (parties backing lists in a municipal election)
    Case("a-place-after-an-unaccented-capital-a-is-no-subject", f"A Blois, le Parti radical a fini par rallier {A}.", (endorsed("Parti radical", A),)),
    Case("the-pronoun-after-quant-a-an-organisation-and-its-description", f"Quant au Parti radical, de l'ancien ministre {C}, il se range derrière {A}.", (endorsed("Parti radical", A),)),
    # twenty-fifth round: read on real news (a premier excluding deputies from his caucus)
    Case("a-second-agent-with-a-verb-of-its-own-opens-a-clause", f"Ils ont perdu deux collègues : {A} (Lyon) a été exclu du groupe par {C} et {B} (Nantes) a claqué la porte.", (banned(C, A),)),
    Case("a-second-agent-of-a-passive-stays-an-agent", f"{A} a été reçu par {B} et {C}.", (met(B, A), met(C, A))),
    # twenty-fifth round: read on real news (streamers banned from platforms)
    Case("a-channel-named-by-its-platform-and-its-owner-in-a-passive", f"La chaîne Twitch de {A} a été retirée de la plateforme.", (banned("Twitch", A),)),
    Case("a-channel-named-by-its-platform-and-its-owner-as-object", f"YouTube a supprimé la chaîne YouTube de {A}.", (banned("YouTube", A),)),
    Case("an-app-of-its-store-is-the-app-itself", "Apple a retiré l'application Parler de son magasin.", (banned("Apple", "Parler"),)),
    # twenty-fifth round: read on real news (lawsuits between a tech owner and his platform)
    Case("an-adverbial-phrase-inside-a-locution", f"{A} aurait choisi de déposer à son tour plainte contre {B} devant le tribunal.", (criticised(A, B, "uncertain"),)),
    # twenty-fifth round: read in the errors of the forty-ninth split (letters of congratulation)
    Case("a-pronoun-after-a-governed-role-is-no-apposition-to-it", f"{A} l'a dit hier : « Depuis mon arrivée à la tête du conseil de la Belgique, je tiens à saluer {B}. »", (endorsed(A, B),)),
    Case("the-head-of-a-locution-is-no-role-before-a-name", f"Après son arrivée à la tête du gouvernement de la Belgique, {A} a salué {B}.", (endorsed(A, B),)),
    # twenty-sixth round: read on real news (municipal lists backed by parties they are not members of)
    Case("a-relative-joined-by-mais-shares-the-first-relative-s-antecedent", f"{A}, qui n'est pas membre du MoDem mais qui a reçu le soutien du Parti radical, mène la liste.", (endorsed("Parti radical", A),)),
    Case("en-before-a-verb-of-receiving-a-backing-is-the-organisation-named-before", f"{A}, qui n'est pas membre du Parti radical mais qui en a reçu le soutien, mène la liste.", (endorsed("Parti radical", A),)),
    Case("en-before-receiving-an-investiture-in-the-next-sentence", f"{A} a adhéré au Parti radical en 2001. Il en a obtenu l'investiture en 2012.", (endorsed("Parti radical", A),)),
    Case("miss-en-with-no-organisation-before-it", f"{A} connaît {B} depuis longtemps. Il en a reçu le soutien.", ()),
    Case("a-participle-after-a-short-tag-in-brackets-is-the-named-one-s", f"À Dole, le maire sortant {A} (ex-PS, soutenu par le Parti radical) a été réélu.", (endorsed("Parti radical", A),)),
    Case("miss-a-participle-after-a-name-in-brackets-is-that-name-s", f"{A} ({B}, soutenue par le Parti radical) a été réélu.", (endorsed("Parti radical", B),)),
    Case("a-companion-after-the-host-meets-the-guest", f"{A}, accompagné de {B}, a reçu {C} à Paris.", (met(A, C), met(B, C), met(B, A))),
    Case("a-companion-after-the-guest-meets-the-host", f"{A} a reçu {C}, accompagné de son conseiller {B}.", (met(A, C), met(A, B), met(B, C))),
    Case("companions-in-an-incise-with-avec-visit-too", f"{A}, avec {B} et Marc Petit, rend une nouvelle visite à {C}.", (met(A, C), met(B, C), met("Marc Petit", C))),
    Case("miss-avec-and-a-noun-of-support-is-no-companion", f"{A}, avec le soutien de {B}, a reçu {C}.", (endorsed(B, A), met(A, C))),
    # twenty-sixth round: read in the errors of the fiftieth split (Wikipedia biographies)
    Case("a-noun-under-a-joined-verb-shares-the-first-subject", f"En juillet 2011, {A} a critiqué {B} après l'affaire Dupuis et a affirmé son soutien pour {C}.", (criticised(A, B), endorsed(A, C))),
    Case("a-noun-under-a-joined-present-shares-the-first-subject", f"En juillet 2011, {A} qualifie {B} de « candidate de substitution » après l'affaire Dupuis et affirme son soutien pour {C}.", (endorsed(A, C),)),
    Case("words-summing-up-the-clause-condemned-by-another", f"En juillet 2011, {A} affirme son soutien pour {C}, des propos qui ont été fortement condamnés par {B}, président du Parti radical.", (endorsed(A, C), criticised(B, A))),
    Case("words-summing-up-the-clause-criticised-by-another-without-relative", f"{A} a qualifié {C} de menteuse, des propos vivement critiqués par {B}.", (criticised(A, C), criticised(B, A))),
    Case("words-summing-up-the-clause-that-drew-criticism", f"{A} a qualifié la réforme d'absurde, des propos qui ont suscité les critiques de {B}.", (criticised(B, A),)),
    Case("miss-a-meeting-summing-up-the-clause-is-no-description-of-the-guest", f"{A} a reçu {C}, une rencontre critiquée par {B}.", (met(A, C),)),
    Case("a-possessive-of-a-dissolution-is-the-organisation-before-it", "Le Parti radical existe de 2012 à 2020, date de sa dissolution par la Cour suprême.", (banned("Cour suprême", "Parti radical"),)),
    Case("a-possessive-of-a-dissolution-in-the-next-sentence", "Le Parti radical est fondé en 2012. La Cour suprême prononce sa dissolution en 2020.", (banned("Cour suprême", "Parti radical"),)),
    Case("miss-a-possessive-of-a-dissolution-is-not-the-one-who-dissolves", "La Cour suprême a prononcé sa dissolution en 2020.", ()),
    Case("a-present-tagged-as-an-adjective-after-an-organisation", f"Le Parti radical attaque {A} en diffamation.", (criticised("Parti radical", A),)),
    Case("a-noun-of-a-movement-names-the-organisation-after-it-as-target", f"{A} affiche son soutien au mouvement des Gilets jaunes.", (endorsed(A, "Gilets jaunes"),)),
    Case("a-noun-of-a-movement-names-the-organisation-after-it-as-object", f"{A} a critiqué le mouvement des Gilets jaunes.", (criticised(A, "Gilets jaunes"),)),
    Case("a-noun-of-a-movement-names-the-organisation-after-it-as-subject", f"Le mouvement des Gilets jaunes a critiqué {A}.", (criticised("Gilets jaunes", A),)),
    Case("support-envers-past-an-apposition", f"Les militants dénoncent le soutien de {A}, alors adjoint à la Culture, envers l'écrivain {B}.", (endorsed(A, B),)),
    Case("an-idea-of-someone-is-a-proxy", f"{A} a critiqué l'idée de {B}.", (criticised(A, B),)),
    Case("warm-words-a-l-endroit-de", f"{A} a eu des mots chaleureux à l'endroit de son homologue {B}.", (endorsed(A, B),)),
    Case("criticisms-a-l-endroit-de", f"{A} a multiplié les critiques à l'endroit de {B}.", (criticised(A, B),)),
    Case("miss-words-a-l-endroit-de-are-no-judgement", f"Les propos de {A} à l'endroit de {B} ont été rapportés.", ()),
    Case("a-list-goes-on-past-brackets-with-a-participle", f"Meta a supprimé les comptes de {A} (suivi par 4 millions de personnes), {B} (2 millions) et {C}.", (banned("Meta", A), banned("Meta", B), banned("Meta", C))),
    Case("brackets-naming-an-agent-stay-read", f"{A} (soutenu par le Parti radical), {B} et {C} sont candidats.", (endorsed("Parti radical", A),)),
    Case("a-judgement-opening-the-sentence-then-its-speaker", f"{B} est un menteur, a estimé {A}.", (criticised(A, B),)),
    Case("a-judgement-of-someone-s-words-then-its-speaker", f"Les propos de {B} sont abjects, a déclaré {A}.", (criticised(A, B),)),
    Case("miss-a-denied-judgement-then-its-speaker", f"{B} n'est pas un menteur, a estimé {A}.", ()),
    Case("a-manipulation-of-someone-is-a-proxy", f"{A} a dénoncé une « manipulation de LFI ».", (criticised(A, "La France insoumise"),)),
    Case("a-wish-to-salute-in-the-first-person-is-the-praise", f"« Je veux saluer le président du Conseil, {B}, pour son accueil », a déclaré {A}.", (endorsed(A, B),)),
    Case("a-wish-to-thank-in-the-first-person-is-the-thanks", f"« Je veux remercier le président du Conseil, {B}, pour son travail », a déclaré {A}.", (endorsed(A, B),)),
    Case("a-wish-to-condemn-in-the-first-person-is-the-condemnation", f"« Je souhaite condamner avec la plus grande fermeté les propos de {B} », a déclaré {A}.", (criticised(A, B),)),
    Case("miss-a-wish-to-thank-in-the-third-person-is-a-wish", f"{A} veut remercier {B}.", (endorsed(A, B, "uncertain"),)),
    Case("thanks-for-his-support-tell-the-support-given", f"{A} a remercié {B} pour son soutien.", (endorsed(A, B), endorsed(B, A))),
    Case("thanks-for-his-support-in-a-quotation", f"« Je remercie {B} pour son indéfectible soutien », a dit {A}.", (endorsed(A, B), endorsed(B, A))),
    Case("miss-congratulations-for-a-support-given-to-another", f"{A} a félicité le président {B} pour son soutien à l'Ukraine.", (endorsed(A, B), endorsed(B, "Ukraine"))),
    Case("miss-criticism-for-a-support-is-no-support-to-the-critic", f"{A} a critiqué {B} pour son soutien.", (criticised(A, B),)),
    Case("thanks-for-a-welcome-tell-a-meeting", f"{A} a remercié {B} pour son accueil.", (met(A, B),)),
    Case("a-wish-to-thank-for-a-welcome-tells-a-meeting-that-took-place", f"« Je veux remercier le président du Conseil, {B} et ses équipes pour leur accueil à Grenade », a dit {A}.", (met(A, B),)),
    Case("miss-thanks-to-an-organisation-for-its-welcome-is-no-meeting", f"{A} a remercié le Parti radical pour son accueil.", (endorsed(A, "Parti radical"),)),
    Case("an-expulsion-order-against-someone", f"Le ministre {A} a prononcé une mesure d'expulsion contre {B}.", (banned(A, B),)),
    Case("indignation-against-someone", f"{A} a exprimé son indignation contre {B}.", (criticised(A, B),)),
    Case("a-court-named-with-an-adjective-of-its-kind", f"Le tribunal central de Séoul a lancé un mandat d'arrêt contre {B}.", (criticised("tribunal central de Séoul", B),)),
    Case("thanks-for-the-hospitality-tell-a-meeting", f"{A} a remercié {B} pour l'hospitalité chaleureuse de son pays.", (met(A, B),)),
    Case("the-intent-of-a-party-to-proceed-to-a-dissolution", f"{A} a été informé de l'intention du Parti radical de procéder à la dissolution de l'association Génération Nouvelle.", (banned("Parti radical", "Génération Nouvelle", "uncertain"),)),
    Case("asked-to-proceed-to-an-exclusion", f"{A} a demandé à {B} de procéder à l'exclusion de {C}.", (banned(B, C, "uncertain"),)),
    Case("the-government-written-with-a-capital-is-an-organisation", f"Le Gouvernement a dissous Génération Nouvelle, a rappelé {A}.", (banned("Gouvernement", "Génération Nouvelle"),)),
    Case("a-formal-notice-received-from-a-regulator", f"{A} a reçu une mise en demeure de l'Arcom.", (criticised("Autorité de régulation de la communication audiovisuelle et numérique", A),)),
    Case("a-condemnation-suffered-from-another", f"{A} a essuyé la condamnation de l'ONU.", (criticised("Organisation des Nations unies", A),)),
    Case("miss-a-condemnation-obtained-against-another", f"{B} a obtenu la condamnation de {A}.", (criticised(B, A),)),
    Case("going-to-court-against-someone", f"{B} a saisi la justice contre {A}.", (criticised(B, A),)),
    # twenty-sixth round: read on real news (a premier and a prime minister trading accusations; a rival's distance)
    Case("a-reflexive-verb-of-criticism-with-two-subjects-is-reciprocal", f"{A} et {B} s'accusent mutuellement de mentir.", (criticised(A, B), criticised(B, A))),
    Case("a-relative-of-the-object-keeps-its-own-modality", f"{A} a voulu prendre ses distances, cette fois, du président {B}, qu'il a critiqué.", (criticised(A, B),)),
    Case("a-subject-of-an-opening-subordinate-with-a-copula-is-no-subject", f"Alors que {C} était là, {A} a accusé {B} de mentir.", (criticised(A, B),)),
    # twenty-sixth round: read on real news (candidates standing down between two rounds of legislative elections)
    Case("a-described-candidate-named-after-the-comma-with-a-role", f"À Tourcoing, la candidate investie par le Parti radical, l'élue {A}, décide de se retirer.", (endorsed("Parti radical", A),)),
    Case("a-possessive-in-an-opening-phrase-is-the-named-subject-s", f"Condamné en 2022, et sous pression après son investiture par le Parti radical, {A} jette l'éponge.", (endorsed("Parti radical", A),)),
    Case("miss-a-possessive-in-an-opening-phrase-before-an-unnamed-subject", f"Dans un message posté sur son site, le parquet a précisé avoir ouvert une enquête sur {A}.", ()),
    Case("a-judging-attribute-before-the-object", f"Interrogée sur la radio, {A} a jugé « inacceptables » les propos de {B}.", (criticised(A, B),)),
    Case("miss-an-attribute-before-the-object-that-judges-nothing", f"{A} juge « importants » les propos de {B}.", ()),
    Case("a-fault-of-someone-is-a-proxy", f"{A} dénonce « une faute grave » de {B}.", (criticised(A, B),)),
    Case("a-dative-pronoun-before-the-verb-of-a-support-noun-in-a-relative", f"{A} a été reçu par {B}, qui lui a promis son soutien.", (met(B, A), endorsed(B, A, "uncertain"))),
    Case("a-present-participle-after-a-passive-s-agent-in-apposition", f"La conférence fut organisée par le président français, {A}, accueillant le président américain, {B}, et le chancelier allemand, {C}.", (met(A, B), met(A, C))),
    Case("expected-for-a-dinner-is-a-plan", f"{B} a confié aux enquêteurs qu'elle était attendue pour dîner chez {A}.", (met(B, A, "uncertain"),)),
    Case("waiting-to-meet-is-a-plan", f"{B} attend de rencontrer {A}.", (met(B, A, "uncertain"),)),
    Case("a-negated-hesitation-past-an-adverb-is-done", f"{A} n'a cependant pas hésité à attaquer {B}.", (criticised(A, B),)),
    Case("an-occasion-for-someone-to-do-is-theirs", f"L'occasion pour {A} de redire son appui à {B}.", (endorsed(A, B),)),
    Case("miss-an-occasion-to-come", f"Le sommet sera l'occasion pour {A} de rencontrer {B}.", ()),
    Case("miss-an-occasion-for-an-unnamed-one-is-not-the-subject-s", f"{C} a reçu {A}, l'occasion pour le ministre de saluer {B}.", (met(C, A),)),
    Case("criticisms-about-someone-s-speech", f"{A} a été sanctionné à la suite de ses critiques sur la réforme de {B}.", (criticised(A, B),)),
    Case("miss-criticisms-posted-on-a-network", f"{A} a publié ses critiques sur Facebook.", ()),
    Case("being-of-those-who-congratulated", f"{C} fut de ceux qui ont salué {B}.", (endorsed(C, B),)),
    Case("a-possessive-subject-with-a-role-in-apposition", f"{A} est parti. Son soutien à la ministre, {B}, a déplu.", (endorsed(A, B),)),
    Case("a-possessive-after-an-opening-phrase-with-a-role-in-apposition", f"Le député {A} a été exclu du parti. En jeu, son appui public à l'ancienne ministre, {B}, cheffe du parti Horizon.", (endorsed(A, B),)),
    Case("a-possessive-in-an-opening-phrase-is-the-subject-s-own", f"Dans son discours, {B} a critiqué {A}.", (criticised(B, A),)),
    Case("a-possessive-in-an-opening-phrase-before-a-role-in-apposition", f"Dans son message, la ministre, {B}, a critiqué {A}.", (criticised(B, A),)),
    Case("a-nationality-noun-before-a-name-is-no-party", f"Plusieurs chefs d'État dont le Béninois {C} et le Gambien Marc Petit ont envoyé leurs chaleureuses félicitations à {A}.", (endorsed(C, A), endorsed("Marc Petit", A))),
    Case("a-complaint-after-a-comma-and-a-short-adverbial", f"Nouvelle plainte déposée par {A}, cette fois contre le chroniqueur {C}.", (criticised(A, C),)),
    Case("an-opinion-on-someone-described-by-a-possessive-role", f"Pour {C}, son adversaire {A} est un danger.", (criticised(C, A),)),
    Case("an-opinion-on-someone-described-by-a-role", f"Pour {C}, le maire {A} est un menteur.", (criticised(C, A),)),
    Case("miss-an-opinion-s-holder-is-not-judged", f"Selon {C}, le maire {A} est un menteur.", (criticised(C, A),)),
    Case("an-opening-participle-in-i-tagged-as-a-noun-before-de", f"Banni de Twitter en 2018, {C} a rejoint Gab.", (banned("Twitter", C),)),
    Case("miss-an-opening-noun-in-i-before-de", f"Ami de {A}, {C} a rejoint Gab.", ()),
    Case("a-platform-removes-someone-s-podcasts", f"Spotify a retiré les podcasts de {C}.", (banned("Spotify", C),)),
    Case("a-platform-closes-someone-s-server", f"Discord a fermé le serveur de {C}.", (banned("Discord", C),)),
    Case("miss-someone-s-supporters-are-not-them", f"YouTube a banni les soutiens de {C}.", ()),
    Case("miss-criticising-someone-s-supporters", f"{A} a critiqué les soutiens de {C}.", ()),
    Case("miss-accounts-close-to-someone-are-not-theirs", f"TikTok a banni les comptes proches de {C}.", ()),
    Case("miss-videos-of-someone-s-supporters", f"YouTube a supprimé des vidéos de soutiens de {C}.", ()),
    Case("an-object-clitic-under-a-relative-is-none-of-its-antecedents", f"Le ministre {C} a bénéficié de la clémence de {B} et {A}, qui refusent de le critiquer.", (criticised(B, C, "negated"), criticised(A, C, "negated"))),
    Case("someone-s-reaction-is-theirs", f"{A} a éreinté la réaction de {B}.", (criticised(A, B),)),
    Case("a-surname-after-a-title-opening-the-text-is-a-person", "M. Bernard a tenu des entretiens séparés avec Mme Morel et M. Petit.", (met("Bernard", "Morel"), met("Bernard", "Petit"))),
    Case("a-plural-role-with-two-adjectives-before-two-names", f"{A} a discuté avec {B} et les ministres turc et grec {C} et Marc Petit.", (met(A, B), met(A, C), met(A, "Marc Petit"))),
    Case("an-opening-participle-with-an-infinitive-after-its-agent", f"Accusé par {B} d'avoir menti, {A} a démissionné.", (criticised(B, A),)),
    Case("a-narrower-agent-after-a-common-noun-one", f"{A} est critiqué par l'opposition, et notamment par {B}.", (criticised(B, A),)),
    Case("miss-a-narrower-place-after-a-common-noun-agent", f"{A} est critiqué par l'opposition, et surtout à Lyon.", ()),
    Case("no-words-strong-enough-is-harsh-criticism", f"{B} n'a pas de mots assez durs contre {A}.", (criticised(B, A),)),
    Case("no-harsh-words-is-denied-criticism", f"{B} n'a pas eu de mots durs contre {A}.", (criticised(B, A, "negated"),)),
    Case("coming-to-greet-someone-is-meeting-them", f"{A} est venu saluer {B} à l'issue du conseil.", (met(A, B),)),
    Case("greeting-someone-for-their-courage-is-praise", f"{A} a salué {B} pour son courage.", (endorsed(A, B),)),
    Case("sharing-a-lunch", f"{A} et {B} ont partagé un déjeuner à Matignon.", (met(A, B),)),
    Case("known-as-a-supporter", f"{A} est connu comme un soutien du parti Renouveau.", (endorsed(A, "Renouveau"),)),
    Case("an-object-clitic-under-a-relative-stands-for-the-one-organisation", f"Le groupe Vextra a été dissous sur proposition de {A}, qui l'a accusé de violences.", (criticised(A, "Vextra"),)),
    Case("an-object-clitic-stands-for-the-platform-that-suspended", f"Twitter a suspendu le compte de {A}, qui l'a critiqué.", (banned("Twitter", A), criticised(A, "Twitter"))),
    Case("a-meeting-under-a-condition-is-a-hypothesis", f"Si {A} rencontrait {B}, ce serait un séisme.", (met(A, B, "uncertain"),)),
    Case("a-concession-grants-what-it-says", f"Même si {A} a critiqué {B}, il la soutient.", (criticised(A, B), endorsed(A, B))),
    Case("a-meeting-said-false-did-not-happen", f"Il est faux de dire que {A} a rencontré {B}.", (met(A, B, "negated"),)),
    Case("a-criticism-said-not-false-happened", f"Il n'est pas faux de dire que {A} a critiqué {B}.", (criticised(A, B),)),
    Case("a-meeting-not-ruled-out-is-open", f"Une rencontre entre {A} et {B} n'est pas exclue.", (met(A, B, "uncertain"),)),
    Case("a-meeting-ruled-out-is-denied", f"Une rencontre entre {A} et {B} est exclue.", (met(A, B, "negated"),)),
    Case("a-past-told-after-si-is-a-concession", f"Mais si {A} rencontra {B}, il resta dans l'ignorance.", (met(A, B),)),
    Case("a-counterfactual-meeting-is-a-hypothesis", f"Si {A} avait rencontré {B}, il l'aurait dit.", (met(A, B, "uncertain"),)),
    Case("a-passe-simple-left-untagged-is-a-verb", f"En 1990, {A} rencontra {B}.", (met(A, B),)),
    Case("an-incise-after-the-auxiliary-is-no-apposition", f"{A} a, selon Le Monde, rencontré {B}.", (met(A, B),)),
    Case("a-conditional-auxiliary-before-an-incise", f"{A} aurait, selon {C}, rencontré {B}.", (met(A, B, "uncertain"),)),
    Case("a-why-question-takes-the-criticism-as-done", f"Pourquoi {A} a-t-il critiqué {B} ?", (criticised(A, B),)),
    Case("a-yes-no-question-leaves-the-meeting-open", f"{A} a-t-il rencontré {B} ?", (met(A, B, "uncertain"),)),
    Case("a-party-said-to-do-likewise-in-an-incise", f"{A}, tout comme {C}, a critiqué {B}.", (criticised(A, B), criticised(C, B))),
    Case("a-party-said-to-do-likewise-in-an-opening-phrase", f"À l'instar de {C}, {A} a critiqué {B}.", (criticised(A, B), criticised(C, B))),
    Case("miss-a-reporting-incise-after-the-subject-is-no-inversion", f"{A}, comme l'a dit {C}, a critiqué {B}.", (criticised(A, B),)),
    Case("a-clause-before-the-comma-inverts-the-speaker", f"{A} trompe les électeurs, a accusé {B}.", (criticised(B, A),)),
    Case("an-object-before-et-is-no-member-of-the-next-subject", f"{A} a critiqué {B} et {C} l'a soutenue.", (criticised(A, B), endorsed(C, B))),
    Case("a-subject-pronoun-after-et-is-no-member-of-a-governed-list", f"Lettre de M. {A}, adressée à Mme {B}.\n\nChère {B},\n\nVous venez de remporter la finale à Oslo et je vous adresse mes plus sincères et amicales félicitations.\n\n{A}.\n", (endorsed(A, B),)),
    Case("compliments-addressed-to-someone", f"{C} est venue. {A} lui a adressé ses compliments.", (endorsed(A, C),)),
    Case("having-been-of-those-who-supported", f"{A} a été de ceux qui ont soutenu {B} dès le premier jour.", (endorsed(A, B),)),
    Case("a-region-s-people-noun-before-a-name-describes-it", f"{A} a qualifié la Lyonnaise {B} de « fossoyeuse de l'hôpital ».", (criticised(A, B),)),
    Case("a-city-s-people-noun-before-a-subject", f"Le Bavarois {C} a rencontré {B} à Munich.", (met(B, C),)),
    Case("a-criticism-of-someone-with-a-possessive-is-an-act", f"{B} a réitéré sa critique de {A}.", (criticised(B, A),)),
    Case("miss-a-criticism-of-someone-without-a-possessive-is-unclear", f"{B} a lu la critique de {A}.", ()),
    Case("a-participle-after-the-clause-with-an-object-pronoun", f"{A} a répondu à {B}, l'accusant de mentir.", (criticised(A, B),)),
    Case("a-gerund-with-an-object-pronoun-after-a-comma", f"{A} a répondu à {B}, en l'accusant de mentir.", (criticised(A, B),)),
    Case("a-gerund-with-an-object-pronoun-for-the-sentence-before", f"{B} a parlé. {A} a répondu en l'accusant de mentir.", (criticised(A, B),)),
    Case("miss-a-participle-after-a-noun-s-complement-is-the-thing-s", f"{A} a reçu une lettre de {B}, l'accusant de mentir.", ()),
    Case("invectives-towards-someone", f"{A} a multiplié les invectives envers sa rivale {B}.", (criticised(A, B),)),
    Case("a-complaint-against-someone-a-l-encontre-de", f"{B} a déposé une plainte à l'encontre de {A}.", (criticised(B, A),)),
    Case("miss-neutral-words-towards-someone", f"Les propos de {A} envers {B} ont été cordiaux.", ()),
    Case("the-one-seen-doing-it-is-the-subject", f"{A} a vu {B} critiquer {C}.", (criticised(B, C),)),
    Case("the-one-let-do-it-is-the-subject", f"{A} a laissé la ministre {B} attaquer {C}.", (criticised(B, C),)),
    Case("the-one-seen-before-an-infinitive-of-purpose-is-met", f"{A} a vu {B} avant de critiquer {C}.", (met(A, B), criticised(A, C))),
    Case("an-opening-participle-of-receiving-tells-the-subject-s-support", f"Bénéficiant du soutien de {B}, {A} a été élu.", (endorsed(B, A),)),
    Case("an-opening-adjective-of-holding-tells-the-subject-s-support", f"Forte du soutien indéfectible de {B}, {C} a gagné.", (endorsed(B, C),)),
    Case("miss-an-opening-adjective-of-holding-a-thing", f"Fort de son expérience, {A} a pris la parole devant {B}.", ()),
    Case("an-organisation-says-it-supports-whatever-the-parse-of-its-name", f"Le Parti bleu a annoncé qu'il soutenait {A}.", (endorsed("Parti bleu", A),)),
    Case("helping-someone-is-support", f"{C} a été aidé par {B} pendant la campagne.", (endorsed(B, C),)),
    Case("the-one-helped-to-act-is-its-subject", f"{C} a aidé {A} à critiquer {B}.", (endorsed(C, A), criticised(A, B, "uncertain"))),
    Case("miss-an-opening-descriptor-before-il-is-no-party", f"Europhobe, il aide {A} à faire campagne.", ()),
    Case("a-named-council-between-the-verb-and-its-object-is-where", f"{C} a dissous en Conseil des ministres le collectif Aube Claire.", (banned(C, "Aube Claire"),)),
    Case("miss-an-unnamed-council-dissolved-is-no-place", f"{C} a prononcé la dissolution du conseil municipal de Lyon.", ()),
    Case("an-adverbial-phrase-between-the-support-verb-and-the-noun", f"Le Parti bleu a voté à l'unanimité l'exclusion de son président {A}.", (banned("Parti bleu", A),)),
    Case("denouncing-someone-s-refusal", f"{B} dénonce le refus de {A} de signer le texte.", (criticised(B, A),)),
    Case("miss-reacting-to-someone-s-refusal", f"{B} a réagi au refus de {A}.", ()),
    Case("a-sum-between-the-verb-and-its-object", "Hier, l'Arcom a sanctionné de 2 millions d'euros l'éditeur Pixelia.", (criticised(ARCOM, "Pixelia"),)),
    Case("a-notice-sent-by-someone-to-someone", "Une mise en demeure adressée par l'Arcom à Pixelia est restée sans réponse.", (criticised(ARCOM, "Pixelia"),)),
    Case("miss-a-letter-sent-by-someone-to-someone", f"Une lettre adressée par {A} à {B} a fuité.", ()),
    Case("a-support-verb-read-as-a-noun-after-its-party", f"Le bureau politique du Parti socialiste vote à l'unanimité l'exclusion de son président {A}.", (banned("Parti socialiste", A),)),
    Case("the-partner-of-a-meeting-before-its-noun", f"{A} a eu avec {B} des échanges nourris et chaleureux.", (met(A, B),)),
    Case("the-partners-of-a-meeting-before-its-noun-after-a-role", f"{A} a eu avec le ministre {C} et {B} un long entretien.", (met(A, C), met(A, B))),
    Case("miss-a-companion-before-a-meeting-noun-of-another", f"{A} parle avec {B} des échanges de {C}.", (met(A, B),)),
    Case("miss-a-talk-that-goes-on-with-someone", f"{A} se réjouit de poursuivre avec {B} le dialogue engagé.", ()),
    Case("depriving-of-an-account-is-a-ban", f"Reddit a privé {A} de son compte.", (banned("Reddit", A),)),
    Case("miss-depriving-of-money-is-no-ban", "La CNIL a privé Pixelia de subventions.", ()),
    Case("neither-nor-objects-are-both-denied", f"{B} n'a rencontré ni {A} ni {C}.", (met(A, B, "negated"), met(B, C, "negated"))),
    Case("a-refusal-told-in-the-future-of-a-past-saying", f"{A} a déclaré qu'il ne bannirait pas le compte de {C}.", (banned(A, C, "negated"),)),
    Case("a-plan-told-in-the-future-of-a-past-saying", f"{A} a déclaré qu'il bannirait le compte de {C}.", (banned(A, C, "uncertain"),)),
    Case("a-refusal-in-a-hearsay-saying-stays-open", f"{A} aurait déclaré qu'il ne bannirait pas le compte de {C}.", (banned(A, C, "uncertain"),)),
    Case("a-negated-conditional-stays-open", f"Si {A} gagnait, il ne rencontrerait pas {C}.", (met(A, C, "uncertain"),)),
    Case("having-seen-someone-in-person-is-meeting", f"{A} a vu {B} à Tunis.", (met(A, B),)),
    Case("having-seen-a-role-and-a-name-after-a-day", f"{A} a vu hier le ministre {C}.", (met(A, C),)),
    Case("miss-seeing-someone-on-screen", f"{A} a vu {B} à la télévision.", ()),
    Case("miss-seeing-someone-as-something", f"{A} voit {B} comme une rivale.", ()),
    Case("miss-seeing-someone-do-something", f"{A} a vu {B} gagner.", ()),
    Case("miss-seeing-someone-in-a-state", f"{A} a vu {B} affaiblie.", ()),
    Case("miss-wishing-to-see-someone-somewhere", f"{A} verrait bien {B} à Matignon.", ()),
    Case("a-span-of-time-back-between-verb-and-complement", f"{A} s'est entretenu il y a trois semaines avec {B}.", (met(A, B),)),
    Case("a-span-of-time-back-between-commas", f"{A} a critiqué, il y a trois jours, {B}.", (criticised(A, B),)),
    Case("a-span-of-time-back-counted-in-tens", f"{A} a reçu il y a une dizaine de jours {B}.", (met(A, B),)),
    Case("miss-speaking-of-someone-a-while-back", f"{A} a parlé, il y a deux jours, de {B}.", ()),
    Case("miss-meeting-someone-else-a-while-back", f"{A} rencontrait il y a longtemps des élus de {B}.", ()),
    Case("a-four-word-adverbial-before-the-preposition", f"{A} s'oppose de plus en plus ouvertement à {B}.", (criticised(A, B),)),
    Case("an-adverbial-opened-by-a-before-the-dative", f"{A} a rendu hommage à cette occasion à {B}.", (endorsed(A, B),)),
    Case("a-name-defined-as-an-association-is-an-organisation", "Concordia est une association lituanienne. Elle a été dissoute par le tribunal de Vilnius en 2019.", (banned("tribunal de Vilnius", "Concordia"),)),
    Case("miss-a-name-defined-as-a-novel-is-no-party", "Vigilia est un roman. Il a été interdit par le Conseil d'État en 2021.", ()),
    Case("standing-as-a-block-around-someone", f"{A} et {C} ont fait bloc autour de {B}.", (endorsed(A, B), endorsed(C, B))),
    Case("clearing-someone-of-blame", f"{A} a dédouané {B}.", (endorsed(A, B),)),
    Case("miss-clearing-something-before-someone", f"{A} a dédouané la banque de tout soupçon devant {B}.", ()),
    Case("support-for-someone-s-fight", f"{A} a redit son appui à la lutte de {B} pour les libertés.", (endorsed(A, B),)),
    Case("criticising-someone-s-teachings", f"{A} critique les enseignements de {B}.", (criticised(A, B),)),
    Case("miss-criticising-a-fight-against-someone", f"{A} a critiqué le combat contre {B}.", ()),
    Case("found-criticised-after-a-reflexive-verb", f"{A} s'est retrouvé critiqué par {B}.", (criticised(B, A),)),
    Case("found-accused-in-the-present", f"{A} se trouve accusé par {B} de fraude.", (criticised(B, A),)),
    Case("miss-finding-someone-in-a-state", f"{A} a trouvé {B} critiquée par tous.", ()),
    Case("a-second-agent-after-a-common-noun-and-et-par", f"{A} a été critiqué par la presse et par {B}.", (criticised(B, A),)),
    Case("a-second-agent-after-a-common-noun-and-puis-par", f"{A} a été critiqué par la presse, puis par {B}.", (criticised(B, A),)),
    Case("miss-a-name-after-et-that-opens-its-own-clause", f"{A} a été critiqué par la presse et {B} a répondu.", ()),
    Case("grievances-against-someone-told-by-a-support-verb", f"{A} a énuméré ses griefs contre {B}.", (criticised(A, B),)),
    Case("miss-hearing-grievances-against-someone", f"{A} a écouté les griefs contre {B}.", ()),
    Case("accusations-uttered-in-the-passive", f"Des reproches ont été formulés par {A} contre {B}.", (criticised(A, B),)),
    Case("miss-criticisms-rejected-in-the-passive", f"Les critiques ont été rejetées par {A} contre {B}.", ()),
    Case("miss-a-body-between-the-pronoun-and-the-person", f"{B} a présidé la commission. La commission a ensuite voté. Elle a reçu {A}.", ()),
    Case("a-meeting-between-the-pronoun-and-the-person-is-no-body", f"{B} a présidé la commission. La rencontre a duré deux heures. Elle a ensuite reçu {A}.", (met(A, B),)),
    Case("a-body-of-the-other-gender-between-the-pronoun-and-the-person", f"{B} a présidé la commission. Le comité a ensuite voté. Elle a reçu {A}.", (met(A, B),)),
    Case("a-body-the-person-owns-between-the-pronoun-and-the-person", f"{A} a fondé un collectif. Son groupe Facebook comptait mille membres. Il échange souvent avec {B}.", (met(A, B),)),
    Case("a-participle-after-an-attribute-clause-describes-its-subject", f"{B} est candidate en 1995, soutenue par le Parti radical.", (endorsed("Parti radical", B),)),
    Case("a-participle-after-a-passive-clause-describes-its-subject", f"{B} est élue en 1995, soutenue par le Parti radical.", (endorsed("Parti radical", B),)),
    Case("a-participle-after-another-party-describes-that-party", f"{B} est candidate contre {A}, soutenu par le Parti radical.", (endorsed("Parti radical", A),)),
    Case("the-vast-majority-of-a-body-acts-as-the-body", f"{B} est appuyée sur ce point par la large majorité du Sénat.", (endorsed("Sénat", B),)),
    Case("a-written-channel-between-verb-and-object", f"{A} a fustigé par courriel l'appel de {B}.", (criticised(A, B),)),
    Case("a-written-channel-before-the-agent", f"{A} a été critiqué par tweet par {B}.", (criticised(B, A),)),
    Case("miss-answering-someone-s-call", f"{A} a répondu à l'appel de {B}.", ()),
    Case("an-odious-act-of-someone-s-regime", f"{A} a condamné les actes brutaux du régime de {B}.", (criticised(A, B),)),
    Case("a-messaging-service-named-after-par-is-the-agent", f"{A} a été banni par la messagerie cryptée Klipso.", (banned("Klipso", A),)),
    Case("a-kind-of-company-with-adjectives-before-its-name", "Le Japon a exclu le deuxième fabricant mondial, Pixelia, des appels d'offres.", (banned("Japon", "Pixelia"),)),
    Case("a-definite-time-phrase-closed-by-an-adjective", f"{A} a rencontré la semaine dernière {B}.", (met(A, B),)),
    Case("last-year-between-verb-and-object", "Le Japon a exclu l'an dernier la société Pixelia.", (banned("Japon", "Pixelia"),)),
    Case("speaking-beside-someone", f"Lors du sommet, {A} s'est exprimé aux côtés de {C}.", (met(A, C),)),
    Case("a-joint-press-briefing", f"{A} a tenu un point de presse commun avec {C}.", (met(A, C),)),
    Case("a-member-added-after-a-common-noun-object", f"{A} a reçu les dirigeants de Pixelia, mais aussi {C}.", (met(A, "Pixelia"), met(A, C))),
    Case("a-described-member-added-after-a-common-noun-object", f"{A} a reçu les élus, mais aussi la directrice de l'Union des artisans, {C}.", (met(A, C),)),
    Case("miss-another-verb-after-mais-aussi", f"{A} a reçu les élus, mais aussi critiqué {C}.", (criticised(A, C),)),
    Case("an-opening-participle-before-a-subject-in-apposition", f"Soutenu par {B}, le patron de Pixelia, {A}, a gagné.", (endorsed(B, A),)),
    Case("a-threat-before-a-subject-in-apposition", f"Menacé de prison par {B}, le PDG de Pixelia, {A}, a cédé.", (criticised(B, A),)),
    Case("being-yelled-at-by-someone", f"{A} se fait engueuler par {B}.", (criticised(B, A),)),
    Case("withdrawing-an-access-from-a-party-named-first", "Klipso a retiré à la Commission européenne l'accès à son espace d'annonces.", (banned("Klipso", "Commission européenne"),)),
    Case("withdrawing-an-access-to-tools-from-a-party-named-last", "Klipso a retiré l'accès à son espace d'annonces à la Commission européenne.", (banned("Klipso", "Commission européenne"),)),
    Case("miss-withdrawing-one-s-support-from-someone", f"{A} a retiré à {B} sa confiance.", ()),
    Case("a-voting-instruction-in-favour-of-someone", f"{C} et {A} ont donné des consignes de vote en faveur de {B}.", (endorsed(C, B), endorsed(A, B))),
    Case("support-one-should-be-able-to-count-on-is-open", f"{B} devrait pouvoir compter sur l'appui de {C}.", (endorsed(C, B, "uncertain"),)),
    Case("a-meeting-taking-place-on-a-full-date-between-two", f"Le déjeuner a lieu le 4 mars 1987 entre {A} et {C}.", (met(A, C),)),
    Case("a-meeting-named-by-its-place-taking-place-between-two", f"La rencontre de Biarritz a lieu le 4 mars 1952 entre {A} et {C}.", (met(A, C),)),
    Case("a-participle-read-as-a-noun-after-its-auxiliary", f"Le Conseil européen a de nouveau durci ses sanctions contre {B}.", (criticised("Conseil européen", B),)),
    Case("cutting-the-signal-of-someone-s-channels", "Pixelia a coupé le signal des chaînes de Klipso.", (banned("Pixelia", "Klipso"),)),
    Case("minutes-a-senate-label-on-the-line-names-who-says-nous", f"Audition de M. {C}, président de Pixelia\n\nM. {A}, président. - Nous recevons pour cette dernière audition de la matinée M. {C}, président de Pixelia.\n\nM. {C}, président de Pixelia. - Merci de cette invitation.\n", (met(A, C),)),
    Case("minutes-the-chair-named-by-presidence-opens-the-sitting", f"La commission entend M. {C}, directeur de Pixelia.\n\nPrésidence de M. {A}, président.\n\nLa séance est ouverte à 9 h 30.\n\nChers collègues, nous avons le plaisir d'accueillir ce matin M. {C}.\n", (met(A, C),)),
    Case("minutes-le-president-alone-is-the-chair-named-before", f"Audition de M. {C}\n\nPrésidence de Mme {B}, présidente.\n\nMme la présidente. - Nous avons auditionné en mars M. {C}.\n", (met(B, C),)),
    Case("minutes-the-assemblee-label-names-the-chair-after-his-role", f"Audition de M. {C}\n\nM. le président {A}. Mes chers collègues, nous recevons M. {C}, directeur de Pixelia.\n", (met(A, C),)),
    Case("miss-minutes-another-speaker-s-nous-after-the-chair", f"Audition de M. {C}\n\nPrésidence de Mme {B}, présidente.\n\nM. {C}, directeur de Pixelia. - Nous avons reçu la semaine dernière M. {A}.\n", (met(C, A),)),
    Case("miss-nous-of-no-labelled-speaker", f"Audition de M. {C}\n\nNous avons reçu hier M. {C}, directeur de Pixelia.\n", ()),
    Case("miss-a-line-opening-with-a-sentence-is-no-label", f"M. {A} est arrivé en retard. - Nous avons reçu hier M. {C}.\n", ()),
    Case("co-agent-after-avec-between-the-verb-and-its-object", f"Hier, {A} a reçu avec {B}, place Vendôme, le président de Pixelia, {C}.", (met(A, C), met(B, C))),
    Case("co-agent-without-an-incise", f"{A} a rencontré avec {B} le fondateur de Pixelia, {C}, lundi.", (met(A, C), met(B, C))),
    Case("miss-co-agent-avec-is-the-complement-itself", f"{A} a déjeuné avec {B}, la patronne de Pixelia.", (met(A, B),)),
    Case("object-after-a-purpose-phrase-and-an-honorific", f"{A} a accueilli pour cette table ronde M. {C}, directeur de Pixelia.", (met(A, C),)),
    Case("miss-thanked-for-a-visit-no-support", f"{A} a remercié {C} pour sa venue à Lyon.", ()),
    Case("thanked-for-having-accepted-an-invitation", f"{A} a remercié {C} d'avoir accepté son invitation à Nantes.", (endorsed(A, C),)),
    Case("miss-greeting-someone-s-presence-no-support", f"{A} a salué la présence de {C} dans la tribune.", ()),
    Case("thanked-for-support-is-support", f"{A} a remercié {C} pour son travail au ministère.", (endorsed(A, C),)),
    Case("list-member-described-by-a-participle", f"{C} a vu à Nantes, à sa demande, la ministre {B}, ainsi que ses collègues Marc Petit, chargé des transports, et {A}, ministre des Sports.", (met(C, B), met(C, "Marc Petit"), met(C, A))),
    Case("miss-participle-then-another-clause", f"{C} a vu Marc Petit, arrivé la veille, et {A} est reparti aussitôt.", (met(C, "Marc Petit"),)),
    Case("campaigning-for-someone-s-return", f"Marc Petit et {B} font campagne pour le retour de {A} à la mairie.", (endorsed("Marc Petit", A), endorsed(B, A))),
    Case("miss-announcing-someone-s-return", f"{C} a annoncé le retour de {A} au gouvernement.", ()),
    Case("vous-is-the-one-person-called-on-by-name", f"Monsieur {C}, vous avez rencontré la semaine passée {B} à Lille.", (met(C, B),)),
    Case("minutes-the-chair-welcomes-the-one-called-on", f"Audition de M. {C}\n\nPrésidence de M. {A}, président.\n\nM. le président. - Monsieur {C}, nous sommes heureux de vous accueillir.\n", (met(A, C),)),
    Case("miss-vous-without-anyone-called-on", f"{C} est arrivé. Vous avez rencontré la semaine passée {B} à Lille.", ()),
    Case("minutes-a-label-without-honorific-names-the-speaker", f"Audition de M. {C}\n\n{A}, président :\n\nNous recevons ce matin M. {C}, directeur de Pixelia.\n", (met(A, C),)),
    Case("miss-a-line-closed-by-a-colon-is-no-label-without-a-role", f"Audition de M. {C}\n\nLes propositions, en résumé :\n\nNous recevons ce matin M. {C}, directeur de Pixelia.\n", ()),
    Case("vous-is-the-one-called-on-earlier-in-the-paragraph", f"{A}, président :\n\nMonsieur {C}, vous dirigez Pixelia depuis 2013. C'est à ce titre que nous vous auditionnons.\n", (met(A, C),)),
    Case("vous-called-on-in-an-earlier-paragraph-of-the-turn", f"{A}, président :\n\nMonsieur {C}, vous dirigez Pixelia depuis 2013.\n\nC'est à ce titre que nous vous auditionnons.\n", (met(A, C),)),
    Case("approving-what-someone-said", f"{C} approuve sans réserve ce que {A} a déclaré hier à Rennes.", (endorsed(C, A),)),
    Case("subscribing-to-what-someone-was-saying", f"{C} a souscrit mardi à ce que disait {A} sur les écoles.", (endorsed(C, A),)),
    Case("criticising-what-someone-did-inverted", f"{C} a fustigé ce qu'a fait {A} pendant la crise.", (criticised(C, A),)),
    Case("subscribing-to-someone-s-words", f"{B} a souscrit aux propos de {A} sur la dette.", (endorsed(B, A),)),
    Case("miss-what-someone-thinks-is-no-statement", f"{C} approuve ce que {A} pense de l'école.", ()),
    Case("miss-wondering-what-someone-said", f"{C} se demande ce que {A} a déclaré hier.", ()),
    Case("opening-participle-phrase-with-a-noun-s-participle", f"Exclu de Pixelia pour ses vidéos jugées « dangereuses », {C} a rouvert une chaîne ailleurs.", (banned("Pixelia", C),)),
    Case("opening-participle-support-with-a-noun-s-participle", f"Appuyé par {A} pour ses idées jugées neuves, {C} a gagné la primaire.", (endorsed(A, C),)),
    Case("miss-opening-participle-then-another-clause-s-verb", f"Exclu de Pixelia pour ses vidéos, la chaîne jugée « dangereuse » a fermé et {C} est parti.", ()),
    Case("another-role-noun-in-apposition", f"{A} a reçu un autre ministre, {C}, jeudi soir.", (met(A, C),)),
    Case("another-influencer-s-account", f"Pixelia a supprimé le compte d'un autre influenceur contesté, {C}.", (banned("Pixelia", C),)),
    Case("role-of-two-companies-one-unknown-then-the-name", f"{A} reçoit le patron de Pixelia et Vizio, {C}, pour un déjeuner à Bercy.", (met(A, C),)),
    Case("members-of-a-plural-subject-listed-after-one-person-met", f"Mardi, des patrons du secteur ont longuement rencontré le ministre {A}, dont {C}, patron de Pixelia, et {B}.", (met(C, A), met(B, A))),
    Case("miss-dont-opening-a-relative-about-the-person-met", f"Des patrons du secteur ont rencontré {A}, dont la sœur, {B}, était absente.", ()),
    Case("miss-dont-after-a-plural-object-lists-the-object", f"Des patrons ont rencontré des ministres, dont {A} et {B}.", ()),
    Case("miss-impersonal-il-n-y-aura-pas-is-no-one", f"{C} a parlé hier soir à Rennes. Il n'y aura pas d'hommage à {B} samedi.", ()),
    Case("miss-impersonal-il-n-y-a-pas-eu-is-no-one", f"{C} a parlé hier soir à Rennes. Il n'y a pas eu de rencontre avec {B}.", ()),
    Case("il-n-y-a-jamais-with-a-participle-is-the-person", f"{C} est arrivé à Lyon. Il n'y a jamais rencontré {B}.", (met(C, B, "negated"),)),
    Case("a-clause-after-neanmoins-is-out-of-reach-of-a-request-before", f"On a vu qu'il répondait aux nombreuses demandes des élus, néanmoins {A} remercie {C} d'avoir compris la réforme.", (endorsed(A, C),)),
    Case("a-clause-after-pourtant-is-out-of-reach-of-a-modal-before", f"{B} pourrait partir, pourtant elle a rencontré {C} à Lille.", (met(B, C),)),
    Case("a-rumour-before-donc-as-an-incise-stays-uncertain", f"Selon des rumeurs, donc, {A} a rencontré {C} à Lille.", (met(A, C, "uncertain"),)),
    Case("president-of-the-republic-in-a-french-minister-s-interview", f"Entretien de M. Jean Dupuis, ministre de l'Europe et des affaires étrangères, à RTL\n\nLe Président de la République s'est entretenu avec le président élu du Brésil, {C}, il y a trois jours.\n", (met("Emmanuel Macron", C),)),
    Case("miss-president-of-the-republic-in-a-foreign-minister-s-interview", f"Entretien de M. Jean Dupuis, ministre brésilien des affaires étrangères, à RTL\n\nLe Président de la République s'est entretenu avec le président élu du Chili, {C}, il y a trois jours.\n", ()),
    Case("letterhead-in-capitals-is-no-other-voice", f"Lettre de M. {A}, président, à {C} (Paris, 3 mai 2003)\n\nLE PRÉSIDENT DE LA RÉPUBLIQUE\n\nCher {C},\n\nJe suis heureux de vous adresser mes plus vives et plus chaleureuses félicitations pour ce titre.\n", (endorsed(A, C),)),
    Case("miss-a-name-in-capitals-labels-another-voice", f"Interview de M. {A}, ministre, à RTL\n\nLAURE DUPIN\n\nJe tiens à féliciter {C} pour ce titre.\n", ()),  # « LA... » is no article
    Case("letter-addressee-under-the-signature-when-the-title-names-the-writer-alone", f"Lettre de M. {A} (Paris, 3 mai 2003)\n\nMonsieur le Président,\n\nJe vous adresse toutes mes félicitations pour votre élection.\n\nJe vous prie d'agréer, Monsieur le Président, l'expression de ma haute considération.\n\nPaul MARTIN\n\nSon Excellence Monsieur Luc BERNARD Président élu de la Pixelie\n", (endorsed(A, "Luc BERNARD"),)),
    Case("a-modal-governs-the-verb-joined-to-its-infinitive", f"{A} pourra poursuivre ce travail et mener avec {C} un dialogue franc.", (met(A, C, "uncertain"),)),
    Case("a-future-modal-far-before-a-meeting-noun", f"{A} pourra mener avec {C} un dialogue franc et suivi.", (met(A, C, "uncertain"),)),
    Case("achieved-modal-before-a-meeting-noun-is-asserted", f"{A} a pu mener avec {C} un dialogue franc et suivi.", (met(A, C),)),
    Case("interjection-is-no-name-and-the-country-is-elle", f"Lettre de M. {A}, président, à {C} (Paris, 3 mai 2003)\n\nCher {C},\n\nJe vous prie d'accepter l'expression de mes amitiés.\n\nBravo ! La France est fière et elle vous félicite de tout cœur !\n", (endorsed("France", C),)),
    Case("miss-elle-after-mais-is-not-the-country", f"La France est fière, mais elle a salué {C}.", ()),
    Case("vous-in-a-journalist-s-question-is-the-one-interviewed", f"Interview de M. {A}, ministre, à RTL\n\nJEANNE MOREL\n\n{C} vous qualifie d'empoisonneur. Que répondez-vous ?\n\nPAUL MARTIN\n\nJe ne réponds pas à cela.\n", (criticised(C, A),)),
    Case("miss-vous-in-the-answer-is-the-journalist", f"Interview de M. {A}, ministre, à RTL\n\nJEANNE MOREL\n\nQue répondez-vous ?\n\nPAUL MARTIN\n\nVous savez, {C} vous qualifie d'empoisonneur chaque matin.\n", ()),
    Case("opinion-that-someone-is-right", f"{B} estime que {A} a entièrement raison sur la dette.", (endorsed(B, A),)),
    Case("opinion-that-someone-was-wrong-after-selon", f"Selon {B}, {A} a eu tort de céder aux syndicats.", (criticised(B, A),)),
    Case("someone-is-right-said-after-the-clause", f"{A} a raison, a déclaré {B} devant la presse.", (endorsed(B, A),)),
    Case("miss-someone-is-not-wrong", f"{B} estime que {A} n'a pas tort sur la dette.", ()),
    Case("miss-avoir-raison-de-is-to-overcome", f"Selon {B}, la fatigue a eu raison de {A} hier soir.", ()),
    Case("speech-vous-is-the-guest-its-title-names", f"Allocution de M. {A}, président, à l'occasion de la visite officielle en France de M. {C}, président de la Pixelie\n\nMonsieur le Président,\n\nNous sommes très heureux de vous accueillir ici.\n", (met(A, C),)),
    Case("miss-speech-without-a-guest-in-its-title", f"Allocution de M. {A}, président, sur la visite de l'usine de Lille\n\nMesdames et messieurs,\n\nNous sommes très heureux de vous accueillir ici.\n", ()),
    Case("vous-subject-in-a-letter-is-its-addressee", f"Lettre de M. {A} à M. {C}\n\nMonsieur le Ministre,\n\nVous avez rencontré {B} hier à Lille.\n", (met(C, B),)),
    Case("vous-subject-in-a-journalist-s-question", f"Interview de M. {A}, ministre, à RTL\n\nQ - Vous faites confiance à {C} ?\n\nR - Oui.\n", (endorsed(A, C, "uncertain"),)),
    Case("a-statement-before-the-question-it-opens", f"Interview de M. {A}, ministre, à RTL\n\nQ - Vous êtes proche de {C}, vous l'avez rencontré en 2006, est-ce que vous lui avez parlé depuis ?\n\nR - Oui.\n", (met(A, C),)),
    Case("calling-someone-on-a-day", f"{C} a appelé {A}, puis {B}, mardi soir.", (met(C, A), met(C, B))),
    Case("called-by-someone-in-the-passive", f"{A} a été appelé par {C} lundi.", (met(C, A),)),
    Case("receiving-a-call-from-someone", f"{C} a reçu mardi un appel téléphonique de {A}.", (met(C, A),)),
    Case("miss-calling-someone-a-name", f"{C} avait appelé {A} « le roi du silence » devant ses partisans.", ()),
    Case("miss-calling-someone-to-resign-is-no-call", f"{C} a appelé {A} à quitter la présidence du parti.", ()),
    Case("miss-called-to-an-office", f"{A} a été appelé à la tête du gouvernement par {C}.", ()),
    Case("miss-an-appeal-to-strike-received", f"{C} a reçu un appel de {A} à la grève générale.", ()),
    Case("a-judgement-in-the-answer-is-the-one-interviewed-s", f"Interview de Mme {B}, ministre, à RTL\n\nQ - Que pensez-vous de la réforme ?\n\nR - Je vais vous le dire. Le président de la République a raison. Et {C} est un menteur.\n", (endorsed(B, "Emmanuel Macron"), criticised(B, C))),
    Case("miss-a-judgement-someone-else-holds-in-the-answer", f"Interview de Mme {B}, ministre, à RTL\n\nQ - Que pensez-vous de la réforme ?\n\nR - Je vais vous le dire. Selon certains, {C} est un menteur. D'autres disent que {A} est un menteur. {A} n'est pas un menteur.\n", ()),
    Case("miss-a-judgement-in-the-journalist-s-question", f"Interview de Mme {B}, ministre, à RTL\n\nQ - Je vous le demande : {C} est-il un menteur ? {A} est un menteur, disent certains.\n\nR - Non.\n", ()),
    Case("a-letter-s-writer-judges-in-their-own-voice", f"Lettre de M. {A} à M. {C}\n\nMonsieur,\n\nJe vous écris au sujet de {B}. {B} est une femme remarquable.\n", (endorsed(A, B),)),
    Case("opinion-after-que-and-an-adverbial-phrase", f"{B} croit que, sur le fond, {A} est un menteur.", (criticised(B, A),)),
    Case("my-congratulations-in-a-letter-are-its-writer-s", f"Lettre de M. {A} à M. {C}\n\nMonsieur,\n\nJe vous écris ce soir. Toutes mes félicitations à {B} pour sa victoire.\n", (endorsed(A, B),)),
    Case("my-support-in-a-declaration-is-its-speaker-s", f"Déclaration de M. {A} sur la réforme\n\nJe veux dire un mot. Tout mon soutien à {B}. Notre solidarité avec {C}.\n", (endorsed(A, B), endorsed(A, C))),
    Case("my-support-in-a-quotation-is-its-speaker-s", f"{B} a dit : « Mon soutien à {C} est total. »", (endorsed(B, C),)),
    Case("miss-the-speaker-s-possessive-is-no-party-of-a-verb", f"Déclaration de M. {A} sur la réforme\n\nJe veux dire un mot. Notre pays a reçu {C} mardi.\n", ()),
    Case("the-speaker-s-colleague-named-is-the-party", f"Déclaration de M. {A} sur la réforme\n\nJ'ai eu l'occasion de m'entretenir à plusieurs reprises avec mon collègue {C}.\n", (met(A, C),)),
    Case("praise-as-a-great-holder-of-a-role", f"{B} estime que {A} a été un grand maire de Lyon.", (endorsed(B, A),)),
    Case("praise-with-repeated-adverbs-between-commas", f"Selon {B}, {C} a été une très, très grande ministre de la Santé.", (endorsed(B, C),)),
    Case("miss-a-great-country-is-no-praise-of-a-person", f"{B} estime que la France est un grand pays.", ()),
    Case("a-participle-joined-to-the-attribute-of-etre-shares-it", f"{A} est député, puis exclu de la SFIO en 1933.", (banned("Section française de l'Internationale ouvrière", A),)),
    Case("miss-a-participle-joined-to-an-active-verb", f"{A} a reçu {C}, puis exclu de la salle les journalistes.", (met(A, C),)),
    Case("miss-talking-through-a-go-between", f"{A} et {C} se parlent par presse interposée, par communiqués interposés.", ()),
    Case("miss-the-one-interviewed-called-on-is-no-party-of-the-question", f"Interview de Mme {B}, ministre, à RTL\n\nQ - {B}, {A} est monté en première ligne pour mener la campagne contre {C}.\n\nR - Je vais vous répondre.\n", (criticised(A, C),)),
    Case("repeated-labels-of-a-transcript-keep-each-turn-its-own", f"Interview de Mme {B}, ministre, à RTL\n\nANNE ROUX\nBonjour.\n\nJEANNE MOREL\nBonjour.\n\nANNE ROUX\nJ'ai rencontré {C} hier soir. Et vous ?\n\nJEANNE MOREL\nJe n'ai rien à dire.\n", ()),
    # commitment and resolve nouns: their « de X » is the subject of the infinitive after « à »
    Case("resolve-noun-engagement-a", "Le ministère rappelle l'engagement total de la Pologne à soutenir la Lituanie.", (endorsed("Pologne", "Lituanie"),)),
    Case("resolve-noun-determination-not-the-praiser", f"{A} a salué la détermination de {B} à défendre {C}.", (endorsed(A, B), endorsed(B, C))),
    Case("miss-resolve-noun-of-no-party", f"{A} a rappelé l'engagement du pays à soutenir la réforme.", ()),
    # « être d'accord avec »
    Case("agreeing-with", f"Sur ce point, {A} est tout à fait d'accord avec {B}.", (endorsed(A, B),)),
    Case("agreeing-with-negated", f"{A} n'est pas d'accord avec {B}.", (endorsed(A, B, "negated"),)),
    Case("miss-agreeing-together-on-a-thing", f"{A} et {B} sont d'accord sur la réforme.", ()),
    # the clitic object of a verb of judging, its attribute after the verb
    Case("bare-judgement-of-a-clitic", f"{A} a rencontré {C} hier. {B} le trouve brillant.", (met(A, C), endorsed(B, A))),
    Case("miss-bare-judgement-of-a-clitic-standing-for-a-thing", f"{A} a présenté son plan. {B} le juge nécessaire.", ()),
    # a lacking virtue judges who lacks it
    Case("lacking-virtue-opinion", f"{B} estime que {A} manque d'humanité.", (criticised(B, A),)),
    Case("lacking-virtue-speaker-after", f"{A} manque de courage, a estimé {B}.", (criticised(B, A),)),
    Case("lacking-virtue-holder-opens", f"Pour {B}, {A} manque cruellement de vision.", (criticised(B, A),)),
    Case("miss-lacking-virtue-denied", f"{B} estime que {A} ne manque pas de courage.", ()),
    Case("miss-lacking-time-is-no-judgement", f"{A} manque de temps, selon {B}.", ()),
    Case("judging-noun-speaker-after-dire", f"{C} est un faussaire, a dit {B}.", (criticised(B, C),)),
    # an attempt's « de X » does what follows « pour », perhaps; the object of a verb before
    # « pour » and a perfect infinitive did what it is blamed or praised for
    Case("attempt-noun-pour", f"{B} a critiqué les tentatives de {A} pour rencontrer {C}.", (met(A, C, "uncertain"),)),
    Case("attempt-noun-efforts-pour", f"{B} a salué les efforts de {A} pour défendre {C}.", (endorsed(B, A), endorsed(A, C, "uncertain"))),
    Case("cause-perfect-infinitive", f"{B} a critiqué {A} pour avoir rencontré {C}.", (criticised(B, A), met(A, C))),
    Case("cause-perfect-infinitive-reflexive", f"{B} a félicité {A} pour s'être entretenu avec {C}.", (endorsed(B, A), met(A, C))),
    # proxies: efforts, mediation and violence are someone's; « par X et par Y »
    Case("proxy-efforts-of-mediation", "La Belgique et l'Autriche soutiennent les efforts de médiation de l'OSCE.", (endorsed("Belgique", "OSCE"), endorsed("Autriche", "OSCE"))),
    Case("proxy-violence-by-a-regime", f"La Belgique condamne vivement la violence exercée par le régime de {A}.", (criticised("Belgique", A),)),
    Case("proxy-repeated-par", f"{A} a salué les efforts déployés par l'ambassadrice {B} et par l'ambassadeur {C}.", (endorsed(A, B), endorsed(A, C))),
    # performative: « je veux commencer par la féliciter » is the congratulation
    Case(
        "performative-after-commencer-par",
        f"Interview de M. {A}, ministre, à RTL\n\nQ - {B} a reçu le prix Nobel.\n\nR - D'abord moi je veux commencer par la féliciter.\n",
        (endorsed(A, B),),
    ),
    Case("miss-performative-in-the-third-person", f"{A} a été élu. {B} veut commencer par le féliciter.", (endorsed(B, A, "uncertain"),)),
    # pronouns: a singular pronoun never stands for a plural thing; a stressed pronoun after a
    # subject that goes on is the other person
    Case(
        "singular-pronoun-past-a-plural-thing",
        f"Interview de Mme {B}, ministre, à RTL\n\nQ - Vous connaissez Lucie Roux ?\n\nR - Je connais Lucie Roux puisqu'elle a des responsabilités dans des associations, donc je l'ai déjà rencontrée.\n",
        (met(B, "Lucie Roux"),),
    ),
    Case("stressed-pronoun-the-other-of-the-sentence-before", f"{A} connaît Lucie Roux depuis longtemps. Il a déjà participé à des réunions avec elle.", (met(A, "Lucie Roux"),)),
    Case("proxy-a-quality-denounced", f"{A} a dénoncé la mollesse de {B} face aux banques.", (criticised(A, B),)),
    Case("miss-blocking-efforts-bans-no-one", f"La Russie a bloqué les efforts de {A} visant à obtenir un vote.", ()),
    # a capital after « à », then a name the model read with it as one
    Case("capital-then-a-name-read-as-one", f"{B} a rencontré à Washington Zohrab Karapetyan.", (met(B, "Zohrab Karapetyan"),)),
    Case("capital-then-a-name-read-as-a-place", f"{B} a rencontré à Washington {C}.", (met(B, C),)),
    # a foreign minister by portfolio and country, then the name
    Case("minister-of-a-portfolio-of-a-country-then-a-name", f"{B} a rencontré le 24 octobre à Washington le ministre des affaires étrangères d'Arménie Zohrab Karapetyan.", (met(B, "Zohrab Karapetyan"),)),
    Case("minister-of-a-joined-portfolio-then-a-name", f"{A} a rencontré le ministre de l'Économie et des Finances {B}.", (met(A, B),)),
    # a list after a common noun object and a comma, not another clause's subject
    Case("members-after-a-common-noun-with-articles", f"{A} a critiqué les syndicats, la CGT et FO.", (criticised(A, "Confédération générale du travail"), criticised(A, "Force ouvrière"))),
    Case("miss-subject-of-the-next-clause-after-a-common-noun", f"{A} a critiqué les syndicats, la CGT a répondu.", ()),
    # « se féliciter de », « se réjouir de » the act of a party; not of what befell it
    Case("welcoming-a-party-s-support", f"La Belgique se félicite du soutien apporté par {A}.", (endorsed("Belgique", A),)),
    Case("welcoming-a-party-s-decision", f"{A} se réjouit de la décision de {B}.", (endorsed(A, B),)),
    Case("miss-welcoming-what-befell-a-party", f"La Belgique se félicite de l'arrestation de {A}.", ()),
    Case("miss-welcoming-a-party-s-fall", f"{B} se réjouit de la chute de {A}.", ()),
    # a nominal's « de » source described before its name, then its target
    Case("nominal-source-with-a-role-and-nationality", f"{B} a dénoncé les insultes du président turc {C} envers {A}.", (criticised(B, C), criticised(C, A))),
    # durations between a verb and its complement
    Case("complement-after-a-channel-and-a-duration", f"{A} s'est entretenu par téléphone pendant plus de deux heures avec {C}.", (met(A, C),)),
    # a duty in the first person does the act it names
    Case(
        "performative-after-devoir",
        f"Interview de M. {A}, joueur, à RTL\n\nQ - {C} a gagné.\n\nR - Je dois féliciter {C}.\n",
        (endorsed(A, C),),
    ),
    Case("miss-duty-in-the-third-person", f"{B} doit féliciter {C}.", (endorsed(B, C, "uncertain"),)),
    # after the first scoring of the thirty-first round's splits
    Case("miss-a-name-one-is-called-is-no-call", f"Pour moi, le bout du tunnel ne s'appelle pas {A}.", ()),
    Case("reciprocal-phone-call", f"{A} et {C} se sont téléphoné mardi.", (met(A, C),)),
    Case("reciprocal-embrace", f"Quand {A} et {C} se sont pris dans les bras, tout a changé.", (met(A, C),)),
    Case("good-role-praised-in-an-opinion", f"Pour {B}, {C} est un très bon maire.", (endorsed(B, C),)),
    Case("miss-good-of-no-role", f"{C} est un bon vivant, selon {B}.", ()),
    Case(
        "performative-past-an-incise",
        f"Interview de M. {A}, président, à RTL\n\nQ - Et la Lituanie ?\n\nR - Je veux vraiment, à cet égard, saluer l'engagement du Président KARVELIS.\n",
        (endorsed(A, "KARVELIS"),),
    ),
    # an interview « accordée par » its speaker, whose answers open with the role the title gives him
    Case(
        "interview-given-by-with-role-labels",
        f"Interview accordée par M. {A}, Président de la République, à RTL\n\nQUESTION – Connaissez-vous {B} ?\n\nLE PRESIDENT – Oui, j'ai rencontré {C} hier.\n",
        (met(A, C),),
    ),
    Case(
        "miss-a-role-label-the-title-does-not-give",
        f"Interview accordée par M. {A}, Président de la République, à RTL\n\nLE JOURNALISTE – J'ai rencontré {C} hier. Et vous ?\n\nLE PRESIDENT – Non.\n",
        (),
    ),
    Case("support-with-two-joined-adjectives", f"{A} a réaffirmé son soutien fort et constant à {C}.", (endorsed(A, C),)),
    Case("miss-object-clitic-for-the-body-naming-the-subject", f"{A} a appelé {C}. Le président du parti Alpha l'a félicité.", (met(A, C),)),
    Case("meeting-held-by-the-subject-of-a-relative", f"« Les entretiens que j'ai eus tout à l'heure avec {C} ont été utiles », a déclaré {A}.", (met(A, C),)),
    Case("miss-meeting-of-a-relative-hoped-for", f"{A} a critiqué la rencontre que {B} espère avoir avec {C}.", ()),
    Case("miss-meeting-of-a-relative-denied", f"{A} a évoqué les entretiens qu'il n'a pas eus avec {C}.", ()),
    Case("received-with-a-four-word-adverbial", f"{A} a reçu tout à l'heure {C}.", (met(A, C),)),
    Case("role-with-joined-complements-then-the-name", f"{A} a rencontré le ministre du commerce et de l'industrie, {C}.", (met(A, C),)),
    Case("speaker-possessive-before-a-role-in-apposition", f"{A} a déclaré : « Je me suis entretenu avec {B} et mon homologue italien, M. {C}. »", (met(A, B), met(A, C))),
    Case("solidarity-told-by-faire-part", f"{A} a fait part à {C} de sa solidarité.", (endorsed(A, C),)),
    Case("a-country-s-solidarity-expressed-to-someone", f"{A} a exprimé à {C} la solidarité de la Pologne.", (endorsed("Pologne", C),)),
    Case("miss-criticism-told-by-faire-part-to-its-hearer", f"{A} a fait part à {C} de ses critiques.", ()),
    Case("surname-that-is-a-first-name-after-a-role", f"{A} a rencontré le ministre Bernard.", (met(A, "Bernard"),)),
    Case("surname-that-is-a-first-name-after-a-rank", f"{A} a soutenu un temps le général Bernard.", (endorsed(A, "Bernard"),)),
    Case("miss-first-name-alone-with-no-role", f"{A} a rencontré Bernard.", ()),
    Case("designated-as-a-judging-noun", f"{A} désigne {C} comme un traître.", (criticised(A, C),)),
    Case("described-as-a-praising-adjective", f"{A} décrit {C} comme un homme courageux.", (endorsed(A, C),)),
    Case("miss-designated-as-a-candidate", f"{A} a désigné {C} comme candidat.", ()),
    Case("disapproval-of-someone-s-statements", f"{A} a exprimé sa désapprobation des déclarations récentes de {C}.", (criticised(A, C),)),
    Case("miss-disapproval-feared", f"{A} craint la désapprobation de {C}.", ()),
    Case("opinion-disapproved-in-a-dont-relative", f"{A} a quitté la salle à cause de la présence de {C}, dont il désapprouve l'opinion.", (criticised(A, C),)),
    Case("miss-opinion-shared", f"{A} partage l'opinion de {C}.", ()),
    Case("object-clitic-for-the-one-person-before-whose-subject-is-no-person", f"La Pologne reconnaît {C} comme président. {A} l'a félicité.", (endorsed(A, C),)),
    Case("miss-object-clitic-with-two-persons-before", f"{B} a reçu {C}. {A} l'a félicité.", (met(B, C),)),
    Case("solidarity-expressed-again-to-someone", f"La Pologne exprime de nouveau à {C} toute sa solidarité.", (endorsed("Pologne", C),)),
    Case("solidarity-expressed-to-someone-and-to-their-kin", f"La Pologne exprime à {C} et à ses proches toute sa solidarité.", (endorsed("Pologne", C),)),
    Case("solidarity-expressed-to-two-datives", f"La Pologne exprime à {C} et à {B} toute sa solidarité.", (endorsed("Pologne", C), endorsed("Pologne", B))),
    Case("members-of-a-plural-role-each-named-after-its-qualifier", f"{A} s'est entretenu avec les ministres des affaires étrangères de Pologne, M. {C}, et de Hongrie, M. Marc Petit.", (met(A, C), met(A, "Marc Petit"))),
    Case("counterparts-each-named-after-their-nationality", f"{A} a reçu ses homologues polonais, M. {C}, et hongrois, M. Marc Petit.", (met(A, C), met(A, "Marc Petit"))),
    Case("a-name-alone-before-the-colon-of-a-quotation", f"{A} : « Je me suis entretenu avec {C}. »", (met(A, C),)),
    Case("miss-a-role-alone-before-the-colon-of-a-quotation", f"Le ministre : « Je me suis entretenu avec {C}. »", ()),
    Case("an-attempt-to-clear-someone-clears-them", f"{B} et {C} ont tenté de dédouaner leur ministre, {A}.", (endorsed(B, A), endorsed(C, A))),
    Case("an-attempt-to-meet-stays-uncertain", f"{C} a tenté de rencontrer {A}.", (met(C, A, "uncertain"),)),
    Case("an-attempt-to-defend-in-the-conditional-stays-uncertain", f"{C} aurait tenté de défendre {A}.", (endorsed(C, A, "uncertain"),)),
    Case("an-attempt-to-defend-to-come-stays-uncertain", f"{C} tentera de défendre {A}.", (endorsed(C, A, "uncertain"),)),
    Case("a-fronted-contre-names-the-target", f"Contre {C} et {B}, le parquet de Lyon a requis six mois de prison avec sursis.", (criticised("parquet de Lyon", C), criticised("parquet de Lyon", B))),
    Case("miss-a-fronted-contre-before-a-verb-of-no-such-frame", f"Contre {C}, {A} a gagné l'élection.", ()),
    Case("support-for-someone-s-efforts-of-a-kind", f"La Pologne soutient les efforts de médiation de {C}.", (endorsed("Pologne", C),)),
    # thirty-second round: read on real text (letters of congratulation, speeches of welcome, histories of parties; other names and words here)
    Case("an-organisation-after-par-is-the-antecedent-of-qui", f"Le journal fut fondé par la Ligue du Nord, qui avait été exclue de la Fédération du Sud.", (banned("Fédération du Sud", "Ligue du Nord"),)),
    Case("miss-a-member-of-an-organisation-after-par-is-the-antecedent", f"La lettre fut envoyée par un membre de la Ligue du Nord, qui a critiqué {C}.", ()),
    Case("congratulations-sent-on-behalf-of-a-people-and-oneself", f"Lettre de M. {A}, Président, à M. {C}, Président du Portugal.\n\nMonsieur le Président,\nJe suis heureux de vous adresser au nom du peuple français et en mon nom personnel mes sincères félicitations.", (endorsed(A, C),)),
    Case("congratulations-sent-as-a-joy-for-me", f"Lettre de M. {A}, Président, à M. {C}, Président du Portugal.\n\nMonsieur le Président,\nC'est pour moi une grande joie de vous adresser mes plus vives félicitations.", (endorsed(A, C),)),
    Case("a-welcome-that-is-an-honour-for-me", f"Lettre de M. {A}, Président, à M. {C}, Président du Portugal.\n\nMonsieur le Président,\nC'est pour moi un grand honneur de vous recevoir à Lisbonne.", (met(A, C),)),
    Case("a-welcome-that-is-an-honour-for-someone-named", f"C'est pour {A} un honneur de recevoir {C} à Lisbonne.", (met(A, C),)),
    Case("a-welcome-that-would-be-an-honour-stays-uncertain", f"Ce serait pour {A} un honneur de recevoir {C} à Lisbonne.", (met(A, C, "uncertain"),)),
    Case("congratulations-renewed-by-an-opening-gerund", f"Lettre de M. {A}, Président, à Mme {B}.\n\nChère {B},\nEn vous renouvelant toutes mes félicitations, je vous prie d'accepter, Chère {B}, l'expression de mes amitiés.", (endorsed(A, B),)),
    Case("an-opening-gerund-takes-the-subject-after-its-comma", f"En recevant {C} à Lisbonne, {A} a voulu rassurer ses partenaires.", (met(A, C),)),
    Case("compliments-with-an-adjective-before-them", f"Lettre de M. {A}, Président, à Mme {B}.\n\nChère {B},\nJe suis particulièrement heureux de vous adresser mes plus admiratifs compliments pour votre médaille.", (endorsed(A, B),)),
    Case("congratulations-said-to-someone", f"{A} a dit ses félicitations à {C}.", (endorsed(A, C),)),
    Case("support-in-a-verbless-opening-goes-to-the-subject-after-it", f"Candidat à l'élection de 2012 avec le soutien du président {C}, {A} l'emporte au premier tour.", (endorsed(C, A),)),
    Case("miss-support-in-an-opening-that-names-a-party", f"Ministre de {B} avec le soutien de {C}, {A} a tout connu.", ()),
    Case("an-opening-participle-past-a-relative-with-a-preposition", f"Candidat en 1995, soutenu par la Ligue du Nord, pour laquelle {C} se présente aussi, {A} est longtemps favori.", (endorsed("Ligue du Nord", A),)),
    Case("statements-with-an-adjective-tagged-a-noun", f"{B} a dénoncé les propos scandaleux de {A}.", (criticised(B, A),)),
    Case("someone-s-word-with-a-quoted-adjective", f"{B} a dénoncé la parole « malhonnête » de {A}.", (criticised(B, A),)),
    Case("opposed-to-someone-is-a-state", f"{A} est farouchement opposé à {C}.", (criticised(A, C),)),
    Case("opposed-to-someone-in-apposition", f"{A}, opposé à {C}, quitte le parti.", (criticised(A, C),)),
    Case("opposed-to-someone-in-an-opening-participle", f"Opposée à {C}, {B} quitte le parti.", (criticised(B, C),)),
    Case("miss-a-match-opposes-two-players", f"Le match a opposé {A} à {C}.", ()),
    Case("miss-opposed-by-a-draw", f"{A} a été opposé à {C} par le tirage au sort.", ()),
    Case("not-opposed-to-someone-is-negated", f"{A} n'est pas opposé à {C}.", (criticised(A, C, "negated"),)),
    Case("a-reproach-for-what-should-not-have-been-done-asserts-it", f"{C} n'aurait jamais dû être investi par la Ligue du Nord.", (endorsed("Ligue du Nord", C),)),
    Case("what-should-have-been-done-stays-uncertain", f"{A} aurait dû recevoir {C}.", (met(A, C, "uncertain"),)),
    Case("the-leaders-of-an-organisation-act-for-it", f"Les dirigeants de la Ligue du Nord font bloc autour de {C}.", (endorsed("Ligue du Nord", C),)),
    Case("the-cadres-of-an-organisation-refuse-for-it", f"Les cadres de la Ligue du Nord refusent de soutenir {C}.", (endorsed("Ligue du Nord", C, "negated"),)),
    Case("confidence-maintained-in-someone", f"La Ligue du Nord maintient sa confiance à {C}.", (endorsed("Ligue du Nord", C),)),
    Case("a-resolve-of-a-party-and-its-partners-is-the-party-s", f"La Pologne rappelle l'engagement total de la France et de ses partenaires à soutenir {C}.", (endorsed("France", C),)),
    Case("taking-someone-s-side", f"En prenant le parti de {C} contre le régime, {B} se brouille avec la cour.", (endorsed(B, C),)),
    Case("miss-taking-the-side-of-a-thing", f"{A} a pris le parti de rire.", ()),
    Case("a-ruling-in-someone-s-favour", f"La Cour suprême a tranché en faveur de {C}.", (endorsed("Cour suprême", C),)),
    Case("asking-for-someone-s-head", f"{B} demande la tête de {C}.", (criticised(B, C),)),
    Case("an-opening-gerund-past-an-apposition-before-the-subject", f"En prenant le parti de {C} contre le régime et {A}, secrétaire aux Affaires autochtones, {B} se trouve isolée.", (endorsed(B, C),)),
    Case("we-met-each-other-in-a-letter-is-the-writer-and-the-addressee", f"Lettre de M. {A}, Président, à M. {C}, Président du Portugal.\n\nMonsieur le Président,\nNous nous étions vus à Strasbourg le 1er juillet.", (met(A, C),)),
    Case("an-occasion-for-us-to-meet-each-other", f"Lettre de M. {A}, Président, à M. {C}, Président du Portugal.\n\nMonsieur le Président,\nNous avons déjà eu plusieurs occasions de nous rencontrer.", (met(A, C),)),
    Case("miss-we-met-someone-else-in-a-letter", f"Lettre de M. {A}, Président, à M. {C}, Président du Portugal.\n\nMonsieur le Président,\nNous avons rencontré {B} à Lisbonne.", (met(A, B),)),
    Case("miss-someone-wishes-to-meet-us", f"{B} souhaite nous rencontrer.", ()),
    Case("support-continued-in-the-future-holds-now", f"La Pologne continuera de soutenir {C}.", (endorsed("Pologne", C),)),
    Case("backing-pursued-in-the-future-holds-now", f"La Pologne poursuivra son appui déterminé à {C}.", (endorsed("Pologne", C),)),
    Case("support-not-continued-is-negated", f"La Pologne ne continuera pas de soutenir {C}.", (endorsed("Pologne", C, "negated"),)),
    Case("support-continued-in-the-conditional-stays-uncertain", f"La Pologne continuerait de soutenir {C}.", (endorsed("Pologne", C, "uncertain"),)),
    Case("miss-we-see-ourselves-forced", f"Lettre de M. {A}, Président, à M. {C}, Président du Portugal.\n\nMonsieur le Président,\nNous nous voyons contraints de refuser votre offre.", ()),
    Case("miss-a-party-in-an-incise-is-not-the-subject-of-a-finite-verb-after-it", f"Des soldats, fuyant la colère de {A}, allèrent voir {C}.", ()),
    Case("a-gapped-second-passive-pairs-its-own-agent", f"La Ligue du Nord était soutenue par {A} et le Parti radical par {C}.", (endorsed(A, "Ligue du Nord"), endorsed(C, "Parti radical"))),
    Case("taxed-with-a-fault", f"{B} taxe {A} d'avarice dans ses lettres.", (criticised(B, A),)),
    Case("miss-taxed-without-a-fault", f"{B} taxe {A} avec rigueur.", ()),
    Case("allied-to-someone", f"{A} s'était allié à la Ligue du Nord.", (endorsed(A, "Ligue du Nord"),)),
    Case("with-someone-s-blessing", f"{A}, avec la bénédiction de {C}, pensait fonder un empire.", (endorsed(C, A),)),
    Case("a-motion-participle-right-after-a-party-takes-it-as-subject", f"La Ligue du Nord se heurta au Parti radical venu aider {C}.", (endorsed("Parti radical", C),)),
    Case("an-alliance-decided-in-the-conditional-stays-uncertain", f"{A} aurait décidé de s'allier à la Ligue du Nord.", (endorsed(A, "Ligue du Nord", "uncertain"),)),
    Case("with-someone-s-help", f"{B} avait créé un comité en 1923 avec l'aide de la Ligue du Nord.", (endorsed("Ligue du Nord", B),)),
    Case("with-someone-s-help-opening-the-sentence", f"Avec l'aide du docteur {A}, {B} installe sa famille à Lyon.", (endorsed(A, B),)),
    Case("aid-lavished-on-someone", f"{A} prodigue une aide à {B}.", (endorsed(A, B),)),
    Case("miss-with-the-help-of-a-tool", f"{A} a piraté le site à l'aide de {C}.", ()),
    Case("miss-an-aide-of-someone", f"Un aide de {A} a confirmé la rencontre.", ()),
    Case("miss-help-asked-for", f"{A} a demandé l'aide de {B}.", ()),
    Case("a-verb-after-an-apposition-to-the-subject-read-as-a-noun", f"{A}, ancien ministre du président, critique {C} dans ses lettres.", (criticised(A, C),)),
    Case("miss-a-critic-in-apposition", f"{A}, critique de cinéma, a rencontré {C}.", (met(A, C),)),
    Case("a-verb-in-a-relative-with-no-que-is-no-subjunctive", f"{B}, qui condamne {C}, a parlé.", (criticised(B, C),)),
    Case("detesting-someone", f"{A} déteste violemment {C}.", (criticised(A, C),)),
    Case("not-detesting-someone-is-negated", f"{A} ne déteste pas {C}.", (criticised(A, C, "negated"),)),
    Case("the-league-stands-for-the-one-league-in-play", f"La Ligue des patriotes est fondée par {A}. Composée de républicains, la ligue, après des scissions, soutient {C}.", (endorsed("Ligue des patriotes", C),)),
    Case("miss-the-league-with-two-leagues-in-play", f"La Ligue des patriotes a rencontré la Ligue des électeurs. La ligue soutient {C}.", ()),
    Case("an-opening-participle-after-a-phrase-naming-an-election", f"Candidat à l'élection présidentielle de 1995, soutenu par la Ligue du Nord, {A} est longtemps favori.", (endorsed("Ligue du Nord", A),)),
    Case("a-meeting-lasting-hours-written-as-a-time", f"{A} a rencontré pendant près de 3h30 une quinzaine d'élus locaux dont les maires {B} et {C}.", (met(A, B), met(A, C))),
    Case("access-forbidden-to-someone-before-the-place", f"{A} a interdit à {C} l'accès au Parlement.", (banned(A, C),)),
    Case("access-to-a-place-forbidden-to-someone", f"{A} a interdit l'accès au Parlement à {C}.", (banned(A, C),)),
    Case("access-to-a-platform-forbidden", "La Russie a interdit l'accès à Facebook.", (banned("Russie", "Facebook"),)),
    Case("a-quoted-judgement-about-someone-named-after-the-speaker", f"« C'est un irresponsable », a lancé {A} à propos de {C}.", (criticised(A, C),)),
    Case("a-quoted-praise-about-someone", f"« Il est brillant », a dit {A} au sujet de {C}.", (endorsed(A, C),)),
    Case("miss-a-quoted-judgement-about-no-one-named", f"« C'est un irresponsable », a lancé {A}.", ()),
    Case("miss-a-quoted-judgement-denied", f"« Ce n'est pas un irresponsable », a lancé {A} à propos de {C}.", ()),
    Case("suspecting-someone", f"{A} soupçonne {C} de corruption.", (criticised(A, C),)),
    Case("judging-someone-s-policy-very-severely", f"{A} juge très sévèrement la politique de {C}.", (criticised(A, C),)),
    Case("pointing-at-someone-s-responsibility", f"{A} a pointé la responsabilité de {C}.", (criticised(A, C),)),
    Case("a-green-light-to-someone-s-candidacy", f"{A} a donné son feu vert à la candidature de {C}.", (endorsed(A, C),)),
    Case("both-of-them-between-the-auxiliary-and-the-participle", f"{A} et {B} ont tous les deux critiqué {C}.", (criticised(A, C), criticised(B, C))),
    Case("a-present-in-uie-read-as-a-name", f"{A} essuie les critiques de {C}.", (criticised(C, A),)),
    Case("someone-s-pet-hate", f"{A} est devenu la bête noire de {C}.", (criticised(C, A),)),
    Case("miss-a-pet-hate-that-is-a-thing", f"La bête noire de {C} reste la dette.", ()),
    Case("the-tenant-of-the-elysee-is-the-french-head-of-state", f"Le locataire de l'Élysée a reçu {C}.", (met("Emmanuel Macron", C),)),
    Case("the-tenant-of-matignon-is-the-french-prime-minister", f"Le locataire de Matignon a salué {C}.", (endorsed("François Bayrou", C),)),
    Case("the-keeper-of-the-seals-is-the-french-minister-of-justice", f"Le garde des Sceaux a critiqué {C}.", (criticised("Gérald Darmanin", C),)),
    Case("the-tenant-of-the-white-house-is-no-woman-for-its-article", f"Le locataire de la Maison-Blanche a reçu {C}.", (met("Joe Biden", C),)),
    Case("miss-the-tenant-of-a-flat", f"Le locataire de l'appartement a reçu {C}.", ()),
    Case("the-aedile-is-the-mayor-named-before", f"Le maire de Lyon, {A}, a rencontré {C}. L'édile a ensuite salué {C}.", (met(A, C), endorsed(A, C))),
    Case("warning-against-someone", f"{A} a mis en garde contre {C}.", (criticised(A, C),)),
    Case("putting-someone-in-their-place", f"{A} a remis {C} à sa place.", (criticised(A, C),)),
    Case("miss-putting-a-thing-back-in-its-place", f"{A} a remis le dossier à sa place.", ()),
    Case("flying-at-someone", f"{A} a volé dans les plumes de {C}.", (criticised(A, C),)),
    Case("a-common-front-with-someone", f"{A} a fait front commun avec {C} contre la réforme.", (endorsed(A, C),)),
    Case("members-of-some-sixty-named-after-dont", f"{A} a déjeuné avec une soixantaine de dirigeants, dont {B} et {C}.", (met(A, B), met(A, C))),
    Case("a-role-of-two-companies-one-the-model-missed-is-the-person-apposed", f"{A} reçoit le patron de Vexa et Orlio, {C}, ce lundi matin.", (met(A, C),)),
    Case("the-procedure-of-a-dissolution-engaged", f"{A} a engagé la procédure de dissolution du groupuscule Vigie Blanche.", (banned(A, "Vigie Blanche"),)),
    Case("miss-a-procedure-of-exclusion-criticised", f"{A} a critiqué la procédure d'exclusion de {C}.", ()),
    Case("tailoring-someone-a-suit", f"{A} a taillé un costume à {C}.", (criticised(A, C),)),
    Case("drawing-someone-s-wrath", f"{C} a suscité l'ire de {A}.", (criticised(A, C),)),
    Case("miss-someone-s-wrath-at-no-one", f"L'ire de {A} reste vive.", ()),
    Case("taking-the-defence-of-the-one-named-before", f"{C} est attaqué par la presse. {A} prend sa défense dans Le Figaro.", (endorsed(A, C),)),
    Case("miss-a-defence-taken-after-two-persons", f"{B} a critiqué {C}. {A} a pris sa défense.", (criticised(B, C),)),
    Case("miss-one-s-own-defence-ensured", f"{A} a assuré sa défense devant le tribunal.", ()),
    Case("jibes-addressed-to-someone", f"{A} a lancé des piques à l'adresse de {C}.", (criticised(A, C),)),
    Case("a-curse-addressed-to-two", f"Une malédiction fut prononcée par {A} à l'adresse de {B} et de {C}.", (criticised(A, B), criticised(A, C))),
    Case("committing-oneself-with-an-organisation", f"{B} s'engage en 1917 auprès de la Ligue du Nord.", (endorsed(B, "Ligue du Nord"),)),
    Case("one-s-commitment-beside-someone", f"{A} a renouvelé son engagement auprès de {C}.", (endorsed(A, C),)),
    Case("miss-a-promise-made-to-voters", f"{A} s'est engagé auprès de ses électeurs à baisser les impôts.", ()),
    Case("miss-a-complaint-lodged-with-the-courts", f"{A} a déposé plainte auprès de la justice.", ()),
    Case("taking-someone-under-one-s-protection", f"{A} prend {C} sous sa protection.", (endorsed(A, C),)),
    Case("an-inquiry-begun-into-someone", f"{A} a commencé une enquête sur {C}.", (criticised(A, C),)),
    Case("a-regnal-numeral-at-the-end-of-a-sentence-is-no-initial", f"Une malédiction fut prononcée par {A} à l'adresse de Clément V. Les historiens reprendront ce thème.", (criticised(A, "Clément V"),)),
    Case("criticising-someone-s-demands", f"{A} dénonce les exigences de {C}.", (criticised(A, C),)),
    Case("criticising-someone-s-populism", f"{A} fustige le populisme de {C}.", (criticised(A, C),)),
    Case("an-act-of-someone-with-adjectives-joined-by-and", f"{A} dénonce les exigences financières déraisonnables et infondées de Vexa.", (criticised(A, "Vexa"),)),
    Case("a-policy-with-three-adjectives-joined", f"{A} s'oppose à la politique économique, sociale et fiscale de {C}.", (criticised(A, C),)),
    Case("miss-the-powers-of-a-parliament-defended", f"{A} défend les pouvoirs de contrôle du Parlement.", ()),
    Case("a-council-holds-a-meeting-with-a-person", f"Le Conseil européen a tenu une réunion avec {C}.", (met("Conseil européen", C),)),
    Case("a-person-heard-by-a-parliament", f"{C} a été auditionné par le Parlement européen.", (met("Parlement européen", C),)),
    Case("miss-a-club-receives-a-club", "Le club Olympia reçoit le Racing Lyon ce samedi.", ()),
    Case("miss-a-parliament-convened-by-someone", f"Le traité a été ratifié par le Congrès réuni à Versailles par {A}.", ()),
    Case("welcoming-before-an-audience", f"{A} a accueilli devant vous {C}.", (met(A, C),)),
    Case("criticising-before-the-press", f"{A} a critiqué devant la presse {C}.", (criticised(A, C),)),
    Case("welcoming-in-an-incise-at-a-ministry", f"{A} a accueilli, aujourd'hui au Quai d'Orsay, {B} et {C}.", (met(A, B), met(A, C))),
    Case("the-speaker-of-a-line-labelled-by-a-name-and-a-dash", f"{A} - Mesdames et Messieurs, je suis heureux d'accueillir {C}.", (met(A, C),)),
    Case("a-name-with-a-spaced-hyphen-inside-a-sentence", f"La délégation est conduite par M. Jean Ahoussou - Kouadio, qui s'est entretenu avec {C} hier.", (met("Jean Ahoussou - Kouadio", C),)),
    Case("miss-a-dateline-before-a-dash", "Le Caire - Le ministre a reçu des manifestants.", ()),
    Case("a-war-waged-by-someone-condemned", "Le parti Zorbly condamne la guerre menée par la Russie.", (criticised("Zorbly", "Russie"),)),
    Case("an-invasion-of-one-by-another-aims-at-the-invader", "La Turquie condamne l'invasion de l'Ukraine par la Russie.", (criticised("Turquie", "Russie"),)),
    Case("miss-an-invasion-of-the-one-struck", "La Turquie condamne l'invasion de l'Ukraine.", ()),
    Case("an-aggression-of-one-against-another", "La Turquie condamne l'agression de la Russie contre l'Ukraine.", (criticised("Turquie", "Russie"),)),
    Case("a-coup-led-by-someone", f"La France condamne le coup de force mené ce matin à Lomé par {C}.", (criticised("France", C),)),
    Case("an-announcement-by-someone", f"La France condamne avec la plus grande fermeté l'annonce par le président {C} de l'annexion.", (criticised("France", C),)),
    Case("an-operation-on-behalf-of-someone", f"{A} dénonce une opération de communication de la part de {C}.", (criticised(A, C),)),
    Case("miss-an-operation-on-behalf-of-no-one-named", f"{A} dénonce une opération de communication de la part du gouvernement.", ()),
    Case("two-sign-a-treaty-together", f"{A} et {C} signent le traité de Lyon.", (met(A, C),)),
    Case("two-sign-with-a-third-the-accords", f"{A} et {B} signent avec {C} les accords de Lyon.", (met(A, B), met(A, C), met(B, C))),
    Case("miss-two-states-sign-a-treaty", "La France et l'Allemagne ont signé le traité.", ()),
    Case("a-wish-to-pay-tribute-in-the-first-person-is-the-tribute", f"{A} a déclaré : « Je veux rendre hommage à {C}. »", (endorsed(A, C),)),
    Case("a-wish-to-pay-tribute-in-the-third-person-stays-a-wish", f"{A} veut rendre hommage à {C}.", (endorsed(A, C, "uncertain"),)),
    Case("a-wish-to-visit-in-the-first-person-stays-a-wish", f"{A} a déclaré : « Je veux rendre visite à {C}. »", (met(A, C, "uncertain"),)),
    Case("a-meeting-told-before-a-question-about-it", f"{A} a rencontré hier {B} et {C}, que s'est-il dit pendant cette rencontre ?", (met(A, B), met(A, C))),
    Case("a-meeting-asked-about-stays-uncertain", f"{A} a-t-elle rencontré {C} ?", (met(A, C, "uncertain"),)),
    Case("the-speaker-of-a-line-of-the-assemblee-s-minutes", f"M. le président. La parole est à Mme Jeanne Morel.\nMme Jeanne Morel. Je voudrais rendre hommage à la force et à la conviction de {C}.", (endorsed("Jeanne Morel", C),)),
    Case("a-wish-to-thank-and-congratulate-in-the-first-person-is-the-act", f"{A} a déclaré : « Je veux remercier et féliciter {C} pour son travail. »", (endorsed(A, C),)),
    Case("a-speaker-s-name-with-an-initial-labels-the-turn-whole", f"M. PAUL M. MARTIN - C'était un honneur d'inviter {C} à dîner.", (met(C, "PAUL M. MARTIN", "uncertain"),)),
    Case("a-turn-of-minutes-resumed-after-an-interjection-with-an-ellipsis", f"M. {A}. Je salue {C}.\nM. Marc Petit. Très bien !\nM. {A}. … et je salue aussi {B}.", (endorsed(A, C), endorsed(A, B))),
    Case("criticism-faced-in-an-opening-phrase-aims-at-the-subject", f"Malgré les critiques de {A} et de {B}, {C} a rejoint le gouvernement.", (criticised(A, C), criticised(B, C))),
    Case("attacks-faced-in-an-opening-phrase", f"Face aux attaques de {A}, {C} a démissionné.", (criticised(A, C),)),
    Case("support-had-despite-a-defeat", f"Malgré le soutien de {A}, {C} a perdu l'élection.", (endorsed(A, C),)),
    Case("miss-criticism-aimed-at-another-in-an-opening-phrase", f"Malgré les critiques de {A} contre {B}, {C} a signé la réforme.", (criticised(A, B),)),
    # a judgement quoted after a verb of saying and a colon is the speaker's
    Case("colon-quote-judgement", f"{A} a déclaré : « {B} est un menteur ».", (criticised(A, B),)),
    Case("colon-quote-praise", f"Le ministre {A} a lancé à la tribune : « {B} a raison. »", (endorsed(A, B),)),
    Case("miss-colon-quote-question", f"{A} a demandé : « {B} est-il un menteur ? »", ()),
    Case("miss-colon-quote-negated", f"{A} a déclaré : « {B} n'est pas un menteur ».", ()),
    Case("miss-colon-quote-of-someone-else-s-words", f"{A} a rapporté les propos de {C} : « {B} est un menteur ».", ()),
    Case("miss-colon-quote-after-no-saying", f"{A} a publié un livre : « {B} est un menteur ».", ()),
    # « Évidemment que » affirms the clause after it, which the one interviewed states
    Case("an-affirming-opening-before-que-in-the-answer", f"Interview de Mme {B}, ministre, à RTL\n\nQ - {A} dit que la réforme échoue. A-t-il raison ?\n\nR - Je vous réponds. Évidemment qu'il a raison {A}.\n", (endorsed(B, A),)),
    Case("a-doubting-opening-before-que-states-nothing", f"Interview de Mme {B}, ministre, à RTL\n\nQ - Que pensez-vous de la réforme ?\n\nR - Je vous réponds. Peut-être que {A} a raison.\n", ()),
    # a perfect infinitive after « après » in a clause to come is to come as well
    Case("a-perfect-infinitive-in-a-future-clause-is-to-come", f"Ce soir, {A} recevra les parlementaires, après avoir reçu {B}.", (met(A, B, "uncertain"),)),
    Case("a-perfect-infinitive-in-a-past-clause-happened", f"Hier, {A} est allé à Lyon après avoir rencontré {B}.", (met(A, B),)),
    Case("a-passive-perfect-infinitive-in-a-future-clause", f"{A} partira après avoir été exclu par {C}.", (banned(C, A, "uncertain"),)),
    # « ce que » as the object of a verb denies nothing; set off by a comma it does
    Case("ce-que-as-an-object-denies-nothing", f"{C} félicite {A} et {B} qui expliquent ce que d'autres refusent de voir.", (endorsed(C, A), endorsed(C, B))),
    Case("ce-que-after-a-comma-disputes-the-clause", f"{A} dit avoir rencontré {B}, ce que {B} conteste.", (met(A, B, "uncertain"),)),
    # a label of minutes followed by words that open with an accented capital
    Case("a-label-of-minutes-before-an-accented-capital", f"Mme {B}, ministre déléguée. À ce titre, je tiens à rendre hommage à {A}.", (endorsed(B, A),)),
    # labels in capitals run on into the words said, as some copies of transcripts print them
    Case("a-label-in-capitals-run-on-into-the-answer", f"Interview de Mme {B}, ministre, à RTL\n\n{C.upper()} Que pensez-vous de {A} ?\n\n{B.upper()} D'abord, c'est le président de la République qui décide, et je soutiens {A}.\n", (endorsed(B, A),)),
    Case("miss-a-journalist-s-label-in-capitals-is-no-subject", f"Interview de Mme {B}, ministre, à RTL\n\n{C.upper()} Donc vous critiquez {A} ?\n\n{B.upper()} Non.\n", ()),
    # a « que » the tagger took for a conjunction is a relative where the cue has no object
    Case("a-bare-que-relative-after-a-name", f"{B} que {A} a exclu est revenu.", (banned(A, B),)),
    Case("a-bare-que-relative-in-a-list", f"{A} a cité {C}, {B} que {A} a reçu vendredi, et d'autres.", (met(A, B),)),
    Case("miss-que-after-a-verb-of-informing", f"{A} a informé {B} que {C} avait exclu trois membres.", ()),
    Case("the-antecedent-before-an-object-past-a-comma", f"{C} que {A} a reçu vendredi, {B} hier : tous sont venus.", (met(A, C),)),
    # a relation noun whose « à » follows « aller »
    Case("thanks-that-go-to-someone", f"M. {A}. Mes remerciements vont aussi aux présidents des groupes, M. {B} et Mme {C}.", (endorsed(A, B), endorsed(A, C))),
    Case("support-of-someone-that-goes-to-someone", f"Le soutien de {A} va d'abord à {B}.", (endorsed(A, B),)),
    Case("miss-going-somewhere-after-a-noun", f"Le soutien de {A} va croissant, à Lyon comme ailleurs.", ()),
    # the « de » after a role that a verb of charge or thanks governs gives the charge, not the role's complement
    Case("a-role-accused-of-a-charge", f"Hier, {B}, présidente de Vexa, a parlé. {A} accuse la présidente de fraude.", (criticised(A, B),)),
    Case("a-role-thanked-for-its-support", f"Hier, {B}, présidente de Vexa, a parlé. {A} remercie la présidente de son soutien.", (endorsed(A, B),)),
    Case("miss-a-role-of-a-region-accused", f"{A} accuse le président de région de fraude.", ()),
    # the subject of an incise's own verb is not the subject of the verb after the incise
    Case("miss-the-speaker-of-an-incise-is-no-passive-subject", f"Déclaration de M. {A}, président, sur l'Europe.\n\nCe texte, je tiens à le dire, a été approuvé par {B}.\n", ()),
    # thanks « de son accueil » tell a welcome as « pour son accueil » do
    Case("thanks-of-someone-for-their-welcome-after-de", f"{A} remercie {B} de son accueil chaleureux.", (met(A, B),)),
    Case("thanks-of-someone-for-their-support-after-de", f"{A} remercie {B} de son soutien.", (endorsed(A, B),)),
    # a speaker who joins another in an act does it (« je veux m'associer à X pour saluer Y »)
    Case("joining-another-to-pay-tribute-is-the-tribute", f"Interview de Mme {B}, ministre, à RTL\n\nJe voulais m'associer à {C} pour rendre hommage à {A}.\n", (endorsed(B, A),)),
    Case("miss-joining-another-to-meet-someone-is-a-plan", f"Interview de Mme {B}, ministre, à RTL\n\nJe voulais m'associer à {C} pour rencontrer {A}.\n", (met(B, A, "uncertain"),)),
    Case("another-s-wish-to-join-in-a-tribute-is-a-wish", f"{C} veut s'associer à {B} pour saluer {A}.", (endorsed(C, A, "uncertain"),)),
    # a judging adjective inside a noun of someone's action, in the voice's own words or a saying's
    Case("a-judging-adjective-in-a-noun-of-an-action", f"Interview de Mme {B}, ministre, à RTL\n\nJe vais vous dire. Il y a le comportement belliqueux et insupportable de {A}.\n", (criticised(B, A),)),
    Case("a-judging-adjective-in-the-subject-s-own-sentence", f"Interview de Mme {B}, ministre, à RTL\n\nNous faisons face aux provocations inacceptables de {A}.\n", (criticised(B, A),)),
    Case("a-judging-adjective-under-another-s-saying", f"{C} a déclaré que les propos inacceptables de {A} avaient choqué.", (criticised(C, A),)),
    Case("miss-a-judging-adjective-under-another-s-verb", f"Interview de Mme {B}, ministre, à RTL\n\nJe vais vous dire. {C} subit le comportement irresponsable de {A}.\n", ()),
    Case("miss-a-judging-adjective-in-a-question", f"Interview de Mme {B}, ministre, à RTL\n\nJe vais vous dire. Le comportement irresponsable de {A} est-il en cause ?\n", ()),
    Case("miss-a-judging-adjective-in-quotes", f"Interview de Mme {B}, ministre, à RTL\n\nJe vais vous dire. {C} parle du « comportement irresponsable » de {A}.\n", ()),
    Case("a-judging-adjective-under-another-s-infinitive-is-theirs", f"Interview de Mme {B}, ministre, à RTL\n\nJe vais vous dire. {C} est uni pour dénoncer les propos haineux de {A}.\n", (criticised(C, A),)),
    # falling short: « ne pas être à la hauteur » judges its subject; the affirmed attribute does not
    Case("not-up-to-the-task-is-criticism", f"{C} estime que {A} n'est pas à la hauteur de sa tâche.", (criticised(C, A),)),
    Case("not-up-to-the-task-after-a-verb-of-regret", f"Interview de Mme {B}, ministre, à RTL\n\nJe regrette que {A} ne soit visiblement pas à la hauteur des enjeux.\n", (criticised(B, A),)),
    Case("miss-up-to-the-task-is-no-criticism", f"{C} estime que {A} est à la hauteur.", ()),
    Case("miss-the-height-of-a-thing", f"{C} estime que la tour de {A} n'est pas à la hauteur.", ()),
    # a subjunctive after a verb of feeling about a fact holds as told
    Case("a-subjunctive-after-a-verb-of-joy-is-asserted", f"Interview de Mme {B}, ministre, à RTL\n\nJe me réjouis que {C} ait reçu {A}.\n", (met(C, A),)),
    Case("a-subjunctive-after-a-wish-stays-uncertain", f"Interview de Mme {B}, ministre, à RTL\n\nJe souhaite que {C} reçoive {A}.\n", (met(C, A, "uncertain"),)),
    # a surname in capitals after a capitalised word of address, as transcripts print names
    Case("a-surname-in-capitals-after-monsieur", f"Interview de Mme {B}, ministre, à RTL\n\n{A} était là hier. Je regrette que Monsieur {A.split()[-1].upper()} ne soit pas à la hauteur.\n", (criticised(B, A),)),
    # « en » or « y » between an object pronoun and its verb (« je l'en remercie »)
    Case("thanks-with-en-after-the-object-pronoun", f"Interview de Mme {B}, ministre, à RTL\n\n{A} nous a aidés. Je l'en remercie.\n", (endorsed(B, A),)),
    Case("congratulations-with-en-after-an-infinitive-s-pronoun", f"Interview de Mme {B}, ministre, à RTL\n\n{A} nous a aidés. Je tiens à l'en féliciter.\n", (endorsed(B, A),)),
    Case("gratitude-with-a-dative-and-en", f"Interview de Mme {B}, ministre, à RTL\n\n{A} a bien travaillé. Je lui en sais gré.\n", (endorsed(B, A),)),
    Case("refused-thanks-with-en", f"Interview de Mme {B}, ministre, à RTL\n\n{A} a bien travaillé. Je ne l'en remercie pas.\n", (endorsed(B, A, "negated"),)),
    Case("miss-en-after-a-pronoun-of-a-thing", f"{A} a lu le rapport. Il l'en a retiré.", ()),
    # in minutes, « vous » after a line's call on a role: the one the chair gave the floor to
    Case("minutes-a-minister-s-thanks-to-the-deputy-who-asked", f"M. le président. La parole est à M. {A}, pour le groupe Vexa.\n\nM. {A}. Monsieur le ministre, quelle est votre politique ?\n\nM. le président. La parole est à M. {C}, ministre de l'intérieur.\n\nM. {C}, ministre de l'intérieur. Monsieur le député, je vous remercie de votre engagement.\n", (endorsed(C, A),)),
    Case("minutes-a-deputy-s-congratulations-to-the-minister-who-answers", f"M. le président. La parole est à M. {A}, pour le groupe Vexa.\n\nM. {A}. Monsieur le ministre de l'intérieur, je vous félicite pour votre action.\n\nM. le président. La parole est à M. {C}, ministre de l'intérieur.\n\nM. {C}, ministre de l'intérieur. Merci.\n", (endorsed(A, C),)),
    # a call on another minister than the one who answers: the keeper of the seals of the role table on the date, not the one who answers
    Case("minutes-a-call-on-another-minister-than-the-one-who-answers", f"M. le président. La parole est à M. {A}, pour le groupe Vexa.\n\nM. {A}. Monsieur le garde des sceaux, je vous félicite.\n\nM. le président. La parole est à M. {C}, ministre de l'intérieur.\n\nM. {C}, ministre de l'intérieur. Merci.\n", (endorsed(A, "Gérald Darmanin"),)),
    Case("miss-minutes-the-whole-house-called-on", f"M. le président. La parole est à M. {A}, pour le groupe Vexa.\n\nM. {A}. Quelle est votre politique ?\n\nM. le président. La parole est à M. {C}, ministre de l'intérieur.\n\nM. {C}, ministre de l'intérieur. Monsieur le député, mesdames et messieurs les députés, je vous remercie.\n", ()),
    Case("minutes-a-deputy-s-praise-of-the-minister-s-action", f"M. le président. La parole est à M. {A}, pour le groupe Vexa.\n\nM. {A}. Monsieur le ministre de l'intérieur, je salue votre action.\n\nM. le président. La parole est à M. {C}, ministre de l'intérieur.\n\nM. {C}, ministre de l'intérieur. Merci.\n", (endorsed(A, C),)),
    Case("minutes-without-the-chair-the-deputy-who-asked", f"M. {A}. Monsieur le ministre de l'intérieur, votre politique est un échec complet, les Français le voient chaque jour dans leurs villes, et je vous le dis.\n\nM. Jean Dupont. Très bien !\n\nM. {C}, ministre de l'intérieur. Monsieur le député, je vous remercie de votre engagement.\n", (endorsed(C, A),)),
    Case("minutes-without-the-chair-the-minister-who-answers", f"M. {A}. Monsieur le ministre de l'intérieur, je vous félicite pour votre action.\n\nM. {C}, ministre de l'intérieur. Merci.\n", (endorsed(A, C),)),
    Case("minutes-without-the-chair-another-minister-answers", f"M. {A}. Monsieur le garde des sceaux, je vous félicite pour votre action.\n\nM. {C}, ministre de l'intérieur. Merci.\n", (endorsed(A, "Gérald Darmanin"),)),
    Case("miss-minutes-without-the-chair-a-shout-is-no-question", f"M. Jean Dupont. Très bien !\n\nM. {C}, ministre de l'intérieur. Monsieur le député, je vous remercie.\n", ()),
    # « votre » after a call on one person by name
    Case("your-after-a-call-by-name", f"Interview de Mme {B}, ministre, à RTL\n\n{A} est là. Monsieur {A.split()[-1]}, je salue votre engagement écologique.\n", (endorsed(B, A),)),
    # a place phrase between a role and its apposed name
    Case("a-role-and-a-place-before-the-apposed-name", f"M. {C}, ministre de l'intérieur. Hier midi, j'ai reçu l'ambassadeur d'Australie en France, M. {A}, pour lui présenter nos moyens.\n", (met(C, A),)),
    # thanks « d'avoir fait » tell a deed done, by the one thanked, whatever the mood of the thanks
    Case("thanks-for-a-reception-tell-it-done", f"Interview de Mme {B}, ministre, à RTL\n\nJe voudrais remercier {C} d'avoir reçu aujourd'hui cet élu, M. {A}.\n", (endorsed(B, C), met(C, A))),
    Case("miss-thanks-to-someone-unknown-for-a-reception", f"Interview de Mme {B}, ministre, à RTL\n\nJe voudrais vous remercier, monsieur le ministre, d'avoir reçu aujourd'hui M. {A}.\n", ()),
    Case("minutes-thanks-to-the-minister-for-a-reception", f"M. {B}. Je voudrais vous remercier, monsieur le ministre, d'avoir reçu aujourd'hui cet élu, M. {A}.\n\nM. {C}, ministre de l'agriculture. Merci.\n", (endorsed(B, C), met(C, A))),
    # « moi » joined to a subject by « et » is the speaker
    Case("the-speaker-joined-to-a-subject-by-et-moi", f"Interview de Mme {B}, ministre, à RTL\n\n{C} et moi-même avons rencontré M. {A} ce matin.\n", (met(C, A), met(B, A))),
    Case("miss-moi-after-et-with-no-verb-of-ours", f"Interview de Mme {B}, ministre, à RTL\n\n{C} parle de {A} et moi.\n", ()),
    # joining a tribute paid by others is paying it (« s'associer à l'hommage rendu à Y »)
    Case("joining-a-tribute-paid-to-someone", f"{C} s'associe à l'hommage rendu à {A}.", (endorsed(C, A),)),
    Case("joining-the-hearer-s-tribute", f"Interview de Mme {B}, ministre, à RTL\n\nJe m'associe à votre hommage au professeur {A}.\n", (endorsed(B, A),)),
    Case("miss-joining-a-meeting-of-others-is-no-tribute", f"{C} s'associe à la démarche de {A}.", ()),
    # the memory, the sacrifice of someone saluted: a tribute to them
    Case("saluting-someone-s-memory", f"Interview de Mme {B}, ministre, à RTL\n\n{A} est mort hier. Je souhaite, au nom des députés, saluer sa mémoire et son action décisive.\n", (endorsed(B, A),)),
    Case("saluting-someone-s-courage-and-sacrifice", f"Interview de Mme {B}, ministre, à RTL\n\nJe salue le courage et le sacrifice de {A}.\n", (endorsed(B, A),)),
    # a relative pronoun after « le fils de X » may stand for the son: not X
    Case("miss-a-relative-after-the-son-of-someone", f"Interview de Mme {B}, ministre, à RTL\n\nCes mots sont ceux du fils de {A}, avec lequel je me suis entretenu hier soir.\n", ()),
    Case("a-relative-after-someone-s-own-name", f"Interview de Mme {B}, ministre, à RTL\n\nCes mots sont ceux de {A}, avec lequel je me suis entretenu hier soir.\n", (met(B, A),)),
    Case("a-reproach-of-a-deed-stays-a-claim-of-the-one-reproached", f"{C} reproche à {B} d'avoir reçu {A}.", (criticised(C, B), met(B, A, "uncertain"))),
    Case("congratulations-for-a-deed-tell-it-done", f"{C} félicite {B} d'avoir reçu {A}.", (endorsed(C, B), met(B, A))),
    # a list whose members are each described between commas is a list when it ends with « et »
    Case("a-list-of-described-persons", f"{A} a rencontré {B}, auteur des films Demain et Après demain, Anne Durand, agronome, et {C}.", (met(A, B), met(A, "Anne Durand"), met(A, C))),
    Case("miss-a-described-person-then-a-clause", f"{A} a salué {B}, ancien ministre, {C} a dit le contraire.", (endorsed(A, B),)),
    # the author of an act named by « par » after its object's place
    Case("an-act-on-a-place-by-its-author", f"{A} dénonce le blocage du port de Marseille par {C}.", (criticised(A, C),)),
    Case("miss-a-journey-by-train", f"{A} critique le voyage de {C} à Paris par le train.", ()),
    # « tant X que Y » joins two members of a list, as « et »
    Case("tant-x-que-y-as-subjects", f"Tant {A} que {B} ont critiqué {C}.", (criticised(A, C), criticised(B, C))),
    Case("tant-x-que-y-as-objects", f"{A} a critiqué tant {B} que {C}.", (criticised(A, B), criticised(A, C))),
    Case("miss-tant-x-que-y-is-no-relative", f"Tant l'Europe que {B} ont suspendu toutes les aides budgétaires aux programmes.", ()),
    # an inverted subject pronoun repeats the subject: it is no object (« la France soutient-elle »)
    Case("miss-an-inverted-subject-pronoun-is-no-object", f"{C} nous a demandé de venir. Quelles actions la France soutient-elle au bénéfice des étudiants ?", ()),
    # a relative « que » after a list stands for the whole of it; its verb may govern the cue's infinitive
    Case("a-relative-que-after-a-list", f"Interview de Mme {B}, ministre, à RTL\n\nCe texte a été préparé par {A} et {C}, que je salue.\n", (endorsed(B, A), endorsed(B, C))),
    Case("a-relative-que-before-a-control-verb", f"Interview de Mme {B}, ministre, à RTL\n\nCe texte a été préparé par mes prédécesseurs, {A} et {C}, que je tiens à saluer.\n", (endorsed(B, A), endorsed(B, C))),
    Case("miss-a-relative-que-after-one-of-two", f"Interview de Mme {B}, ministre, à RTL\n\n{A} a reçu {C}, que je salue.\n", (met(A, C), endorsed(B, C))),
    # a verb that faults its subject (« Y se trompe », « Y ment »): a criticism by the voice
    Case("the-voice-faults-one-who-errs", f"Déclaration de Mme {B}, ministre, sur la politique, à Paris le 3 mai 2018.\n\nJe le dis. {C} se trompe profondément.\n", (criticised(B, C),)),
    Case("the-voice-faults-one-who-lied", f"Déclaration de Mme {B}, ministre, sur la politique, à Paris le 3 mai 2018.\n\nJe le dis. {C} a menti aux Français.\n", (criticised(B, C),)),
    Case("the-voice-faults-the-one-called", f"Déclaration de Mme {B}, ministre, sur la politique, à Paris le 3 mai 2018.\n\nJe le dis. Monsieur {C}, vous vous trompez.\n", (criticised(B, C),)),
    Case("one-who-errs-after-a-saying", f"{C} s'est lourdement trompé, a estimé {A}.", (criticised(A, C),)),
    Case("miss-one-who-does-not-err", f"Déclaration de Mme {B}, ministre, sur la politique, à Paris le 3 mai 2018.\n\nJe le dis. {C} ne se trompe pas.\n", ()),
    Case("miss-deceiving-is-no-fault-of-the-deceived", f"Déclaration de Mme {B}, ministre, sur la politique, à Paris le 3 mai 2018.\n\nJe le dis. {C} a trompé ses électeurs.\n", ()),
    Case("miss-erring-oneself", f"Déclaration de Mme {B}, ministre, sur la politique, à Paris le 3 mai 2018.\n\nJe le dis. Je me suis trompée sur {C}.\n", ()),
    # a verdict in a clause joined by « , et » to the voice's own clause is the voice's
    Case("a-verdict-after-the-voice-s-own-clause", f"Déclaration de Mme {B}, ministre, sur la politique, à Paris le 3 mai 2018.\n\nJe le dis. Ces objectifs avaient été fixés par {C}, et il avait raison.\n", (endorsed(B, C),)),
    Case("miss-a-verdict-after-another-s-saying", f"Déclaration de Mme {B}, ministre, sur la politique, à Paris le 3 mai 2018.\n\nJe le dis. {A} a dit que Anne Durand ment, et {C} a raison.\n", (criticised(A, "Anne Durand"),)),
    # denying someone's legitimacy criticises them
    Case("legitimacy-denied", f"{A} ne reconnaît pas la légitimité de {C}.", (criticised(A, C),)),
    Case("legitimacy-recognised", f"{A} a reconnu la légitimité de {C}.", (endorsed(A, C),)),
    Case("legitimacy-perhaps-denied", f"{A} pourrait ne pas reconnaître la légitimité de {C}.", (criticised(A, C, "uncertain"),)),
    # in minutes, a judgement a turn states is its speaker's, whom the turn's label names
    Case("a-judgement-in-a-turn-of-minutes", f"M. {A}. Je vous remercie.\n\nM. {C}. {B} se trompe profondément.\n", (criticised(C, B),)),
    Case("a-verdict-in-a-turn-of-minutes", f"M. {A}. Je vous remercie.\n\nM. {C}. {B} a raison.\n", (endorsed(C, B),)),
    Case("miss-a-verdict-in-the-chair-s-turn", f"M. {A}. Je vous remercie.\n\nM. le président. {B} a raison.\n", ()),
    # the judged action of the one a possessive names (« vos propos sont caricaturaux »)
    Case("a-judged-action-of-the-one-called", f"M. {A}. Je vous remercie.\n\nM. {C}. Monsieur {A}, vos propos sont caricaturaux.\n", (criticised(C, A),)),
    Case("a-judged-decision-of-the-one-named-before", f"Déclaration de Mme {B}, ministre, sur la politique, à Paris le 3 mai 2018.\n\nJe le dis. {C} a parlé. Sa décision est scandaleuse.\n", (criticised(B, C),)),
    Case("miss-one-s-own-words-judged", f"Déclaration de Mme {B}, ministre, sur la politique, à Paris le 3 mai 2018.\n\nJe le dis. Mes propos sont excessifs.\n", ()),
    Case("miss-a-judgement-denied", f"Déclaration de Mme {B}, ministre, sur la politique, à Paris le 3 mai 2018.\n\nJe le dis. {C} a parlé. Ses propos ne sont pas scandaleux.\n", ()),
    # an invitation to a way of acting is an exhortation, no invitation to meet
    Case("miss-an-invitation-to-prudence", f"{A} invite {C} à la plus grande prudence.", ()),
    Case("miss-an-invitation-to-calm", f"{A} invite {C} au calme.", ()),
    Case("an-invitation-to-a-summit", f"{A} a invité {C} au sommet de Paris.", (met(A, C, "uncertain"),)),
    # in minutes, the « vous » of a short interjection is the speaker it interrupts
    Case("an-interjection-addresses-the-speaker-it-interrupts", f"M. {A}. Je défends ce texte depuis des mois avec constance, et je veux dire ici que nous avons travaillé avec tous les groupes pour trouver un accord sur chacun des articles.\n\nM. {C}. Vous êtes un ignorant !\n\nM. {A}. Je poursuis. Ce texte a été préparé avec soin par la commission et il répond aux attentes des Français, qui attendent de nous des actes et non des paroles.\n", (criticised(C, A),)),
    Case("miss-an-interjection-before-another-speaker", f"M. {A}. Je défends ce texte depuis des mois avec constance, et je veux dire ici que nous avons travaillé avec tous les groupes pour trouver un accord sur chacun des articles.\n\nM. {C}. Vous êtes un ignorant !\n\nM. {B}. Je poursuis. Ce texte a été préparé avec soin par la commission et il répond aux attentes des Français, qui attendent de nous des actes et non des paroles.\n", ()),
    Case("miss-the-speaker-s-own-vous-is-no-interjection", f"M. {A}. Je défends ce texte depuis des mois avec constance, et je veux dire ici que nous avons travaillé avec tous les groupes pour trouver un accord sur chacun des articles.\n\nM. {C}. Je poursuis. Ce texte a été préparé avec soin par la commission et il répond aux attentes des Français, qui attendent de nous des actes et non des paroles. Vous êtes un ignorant !\n", ()),
    # a call in lower case in minutes (« ..., monsieur X : ») names the one « vous » stands for
    Case("a-call-in-lower-case-before-a-colon", f"M. {A}. Je défends ce texte depuis des mois avec constance, et je veux dire ici que nous avons travaillé avec tous les groupes pour trouver un accord sur chacun des articles.\n\nM. {C}. Vous soutenez {B}, madame Anne Durand : quelle honte !\n\nM. {A}. Je défends ce texte depuis des mois avec constance, et je veux dire ici que nous avons travaillé avec tous les groupes pour trouver un accord sur chacun des articles.\n", (endorsed("Anne Durand", B),)),
    Case("a-call-at-the-end-is-no-member-of-the-list", f"Vous soutenez {B}, madame Anne Durand.", (endorsed("Anne Durand", B),)),
    Case("a-titled-member-inside-a-list", f"{A} a reçu {B}, Madame Anne Durand, et {C}.", (met(A, B), met(A, "Anne Durand"), met(A, C))),
    # a possessive object of a verb of judging is another's work, never the subject's own
    Case("praise-of-a-possessive-work", f"{A} est arrivé lundi. {C} a salué son courage et sa détermination.", (endorsed(C, A),)),
    Case("criticism-of-a-possessive-policy", f"{A} est arrivé lundi. {C} a critiqué sa politique.", (criticised(C, A),)),
    Case("miss-a-possessive-work-defended-is-one-s-own", f"{A} est arrivé lundi. {C} a défendu sa politique.", ()),
    Case("miss-a-possessive-work-praised-with-no-other-person", "Anne Durand est arrivée lundi. Elle a salué son courage.", ()),
    # « c'est un honneur de recevoir Y », with no one named before the infinitive: the voice does it
    Case("an-honour-to-receive-in-a-speech", f"Déclaration de Mme {B}, ministre, sur la politique, à Paris le 3 mai 2018.\n\nJe le dis. C'est un immense plaisir, et aussi un honneur, de recevoir M. {C}.", (met(B, C),)),
    Case("an-honour-that-would-be-is-uncertain", f"Déclaration de Mme {B}, ministre, sur la politique, à Paris le 3 mai 2018.\n\nJe le dis. Ce serait un honneur de recevoir M. {C}.", (met(B, C, "uncertain"),)),
    Case("miss-an-honour-with-no-voice", f"C'est un honneur de recevoir M. {C}, a déclaré un conseiller.", ()),
    # « X et moi-même avons rencontré Y », though the tagger reads « avons » as a third person
    Case("me-joined-to-a-subject-before-avons", f"Déclaration de Mme {B}, ministre, sur la politique, à Paris le 3 mai 2018.\n\nJe le dis. M. {A} et moi-même avons rencontré M. {C} ce matin même.", (met(B, C), met(A, C))),
    # « Avec X, nous avons rencontré Z »: X is of the « nous » and met Z too
    Case("a-companion-before-our-meeting", f"Déclaration de Mme {B}, ministre, sur la politique, à Paris le 3 mai 2018.\n\nJe le dis. Avec le président {A}, nous avons rencontré M. {C} dans son bureau.", (met(B, C), met(A, C))),
    Case("miss-two-talks-after-avec-are-no-company", f"Déclaration de Mme {B}, ministre, sur la politique, à Paris le 3 mai 2018.\n\nJe le dis. Nous avons discuté avec M. {A}, puis avec M. {C}.", (met(B, A), met(B, C))),
    # a wish in the first person to express a relation noun is the act, done as it is said
    Case("a-wish-to-express-support-is-the-support", f"Déclaration de Mme {B}, ministre, sur la politique, à Paris le 3 mai 2018.\n\nJe le dis. Je souhaite exprimer mon soutien à {A}.", (endorsed(B, A),)),
    Case("a-third-person-wish-to-express-support-stays-uncertain", f"{C} souhaite exprimer son soutien à {A}.", (endorsed(C, A, "uncertain"),)),
    # a clitic before an infinitive is not the subject of the verb that governs it, as the parse gives it
    Case("a-clitic-after-a-second-clause-s-subject", f"Déclaration de Mme {B}, ministre, sur la politique, à Paris le 3 mai 2018.\n\nJe le dis. M. {A} a gagné et je tiens à le féliciter.", (endorsed(B, A),)),
    Case("a-clitic-is-the-first-clause-s-subject", f"Anne Durand est arrivée, et {C} tient à lui adresser ses félicitations.", (endorsed(C, "Anne Durand"),)),
    # the title's speaker, named in the text, holds the judgements of their own turns though they never say « je »
    Case("a-verdict-in-the-speaker-s-turn-with-no-je", f"Interview de M. {A}, ministre, à RTL le 3 mai 2018, sur la sécurité.\n\nANNE DURAND\n\n{C} dit : ne soyons pas naïfs. Il a raison ?\n\n{A.upper()}\n\nIl a évidemment raison. D'abord il a l'expérience.", (endorsed(A, C),)),
    # a role of a local body and its place before the name: the name is the party
    Case("a-role-of-a-regional-council-before-the-name", f"{C} a rencontré le président du conseil régional des Hauts-de-France {A}.", (met(C, A),)),
    Case("a-role-of-a-region-before-the-name", f"{C} a critiqué le président de la région Bretagne {A}.", (criticised(C, A),)),
    Case("miss-a-local-body-met-is-no-person", f"{C} a rencontré le conseil régional de Bretagne.", ()),
    # « je voudrais commencer en saluant Y »: a performative gerund after a wish to open with it
    Case("a-wish-to-open-by-saluting", f"Déclaration de Mme {B}, ministre, sur la politique, à Paris le 3 mai 2018.\n\nJe le dis. Je voudrais commencer en saluant {A}.", (endorsed(B, A),)),
    Case("a-third-person-wish-to-open-by-saluting-stays-uncertain", f"{C} voudrait commencer en saluant {A}.", (endorsed(C, A, "uncertain"),)),
    # a call with a role before the name (« Monsieur le ministre X, ») names the one « vous » stands for
    Case("a-call-with-a-role-before-the-name", f"M. le président. La parole est à Mme {B}.\n\nMme {B}. Monsieur le ministre de l’agriculture {A}, je voudrais vous remercier d'avoir reçu hier ce maire, M. {C}. Que comptez-vous faire pour nos agriculteurs ?\n\nM. le président. La parole est à M. le ministre.\n\nM. {A}, ministre. Madame la députée, nous agissons pour eux chaque jour et nous continuerons à le faire.", (endorsed(B, A), met(A, C))),
    Case("miss-two-calls-with-roles-name-no-one", f"M. le président. La parole est à Mme {B}.\n\nMme {B}. Monsieur le ministre {A}, Madame la députée Anne Durand, je voudrais vous remercier d'avoir reçu hier ce maire, M. {C}. Que comptez-vous faire pour nos agriculteurs ?\n\nM. le président. La parole est à M. le ministre.\n\nM. {A}, ministre. Madame la députée, nous agissons pour eux chaque jour et nous continuerons à le faire.", ()),
    # thanks for a question are a courtesy of the one who answers, no support
    Case("miss-thanks-for-a-question", f"M. le président. La parole est à M. {A}.\n\nM. {A}. Madame la ministre, que comptez-vous faire pour nos agriculteurs qui souffrent depuis des mois de la sécheresse et des prix bas ?\n\nM. le président. La parole est à Mme la ministre.\n\nMme {B}, ministre. Monsieur {A}, je vous remercie de votre question. Nous agissons.", ()),
    Case("thanks-for-an-engagement-after-a-question", f"M. le président. La parole est à M. {A}.\n\nM. {A}. Madame la ministre, que comptez-vous faire pour nos agriculteurs qui souffrent depuis des mois de la sécheresse et des prix bas ?\n\nM. le président. La parole est à Mme la ministre.\n\nMme {B}, ministre. Je vous remercie, monsieur {A}, pour votre engagement.", (endorsed(B, A),)),
    # a seat of power named by a common noun between the verb and its object is where, not who
    Case("a-seat-of-power-before-the-object", f"{C} a reçu à la chancellerie M. {A}.", (met(C, A),)),
    Case("a-ministry-before-a-titled-object", f"{C} a reçu au ministère M. {A}.", (met(C, A),)),
    # « , pour conclure, »: an incise of the speaker's order of words before the object
    Case("an-incise-to-conclude-before-the-object", f"{C} a félicité, pour conclure, M. {A}.", (endorsed(C, A),)),
    # an offensive launched by one country against another is an act of war, no criticism
    Case("miss-an-offensive-between-countries", "En 2019, la Turquie a lancé une offensive contre la Syrie.", ()),
    Case("an-offensive-of-a-party-against-a-person", f"Le parti Vexa a lancé une offensive contre {A}.", (criticised("Vexa", A),)),
    # the speaker's own words to someone (« j'ai dit à X », « je veux dire à X ») are a speech, in a chamber or from afar: no meeting
    Case("miss-the-speaker-s-words-to-someone", f"Déclaration de Mme {B}, ministre, sur la politique, à Paris le 3 mai 2018.\n\nJe le dis. Je l'ai dit à M. {A} lundi : nous agirons.", ()),
    Case("miss-the-speaker-s-wish-to-tell-someone", f"Déclaration de Mme {B}, ministre, sur la politique, à Paris le 3 mai 2018.\n\nJe le dis. Je veux dire à M. {A} que ses réponses sont inacceptables.", ()),
    Case("a-third-person-confiding-to-someone-met-them", f"{C} a confié à {A} son inquiétude sur le budget.", (met(C, A),)),
    # a pronoun opening what the subject told another person may be either of them
    Case("miss-a-pronoun-of-what-one-told-another", f"{A} a rappelé à son interlocuteur qu'il pourrait compter sur le soutien du parti Vexa.", ()),
    Case("a-pronoun-of-what-one-said-is-the-sayer", f"{A} a indiqué qu'il pouvait compter sur le soutien du parti Vexa.", (endorsed("Vexa", A),)),
    # an object pronoun after a country in its sentence is not a person of a sentence before
    Case("miss-an-object-pronoun-after-a-country", f"Déclaration de Mme {B}, ministre, sur la politique, à Paris le 3 mai 2018.\n\nJe le dis. M. {A} est venu hier. Je tiens à redire ici le soutien de la France à la Moldavie, pour l'aider à se défendre.", (endorsed("France", "Moldavie"),)),
    # a dinner beside someone; a participle clause opening a « que » clause takes the subject after it
    Case("a-dinner-beside-someone", f"Ayant dîné lundi à Lyon aux côtés de {A}, {C} est reparti.", (met(C, A),)),
    Case("a-participle-clause-after-que", f"C'est ainsi qu'ayant dîné avec {A}, {C} a changé d'avis.", (met(C, A),)),
    # « se trouver aux côtés de »: a stand for a state, a place for a person
    Case("a-state-stands-resolutely-beside-another", "La Belgique se trouve résolument aux côtés de la Géorgie.", (endorsed("Belgique", "Géorgie"),)),
    Case("miss-a-person-found-beside-another", f"{A} se trouve aux côtés de {C} sur la photo.", ()),
    # the object pronoun of a verb of assuring, and nouns joined by « et de »
    Case("assured-by-an-object-pronoun", f"Déclaration de Mme {B}, ministre, sur la politique, à Paris le 3 mai 2018.\n\nJe le dis. Monsieur {A}, je tiens ce soir à vous assurer de mon amitié et de mon soutien.", (endorsed(B, A),)),
    Case("miss-assurance-denied", f"Déclaration de Mme {B}, ministre, sur la politique, à Paris le 3 mai 2018.\n\nJe le dis. Monsieur {A}, je ne peux pas vous assurer de mon soutien.", ()),
    Case("assured-by-a-clitic-after-its-auxiliary", f"{A} est venu. {C} l'a assuré de son soutien.", (endorsed(C, A),)),
    Case("assured-of-two-nouns", f"{C} a assuré {A} de son amitié et de son soutien.", (endorsed(C, A),)),
    # a subject pronoun after a person named by a common noun in its sentence may stand for that person
    Case("miss-a-pronoun-after-a-person-named-by-a-common-noun", f"{A} est arrivé hier. J'en ai parlé avec le directeur du journal et il a critiqué {C}.", ()),
    Case("a-pronoun-after-an-indefinite-description-of-the-subject", f"{A} est arrivé. Après avoir été un opposant à {C}, il a rencontré Anne Durand.", (criticised(A, C), met(A, "Anne Durand"))),
    Case("miss-someone-told-the-speaker", f"Interview de Mme {B}, ministre, à RTL le 3 mai 2018.\n\nQ - Avez-vous parlé avec M. {A} ?\n\nR - Non. Mais M. {C} m'a dit qu'il suivait l'enquête.", ()),
    # a merit or a fault of a party put forward: praise or criticism of the party
    Case("a-merit-put-forward", f"{C} a souligné le courage de {A}.", (endorsed(C, A),)),
    Case("a-merit-of-a-work-put-forward-by-the-speaker", f"Déclaration de Mme {B}, ministre, sur la politique, à Paris le 3 mai 2018.\n\nJe le dis. Je tiens à souligner ici la qualité du travail de notre rapporteur {A}.", (endorsed(B, A),)),
    Case("a-lack-put-forward", f"Déclaration de Mme {B}, ministre, sur la politique, à Paris le 3 mai 2018.\n\nJe le dis. Je veux ici souligner le manque de rigueur de M. {A}.", (criticised(B, A),)),
    Case("faults-put-forward", f"{C} a relevé les contradictions flagrantes du parti Vexa.", (criticised(C, "Vexa"),)),
    Case("miss-a-role-put-forward-is-no-merit", f"{C} a souligné le rôle de {A} dans la négociation.", ()),
    Case("miss-a-victory-acknowledged-is-no-merit", f"{C} a reconnu la victoire de {A}.", ()),
    Case("miss-a-resolve-stated-is-no-merit", f"{C} a souligné la détermination du parti Vexa à jouer un rôle constructif.", ()),
    # relation nouns with a possessive joined before their complement
    Case("sister-nouns-before-the-complement", f"Déclaration de Mme {B}, ministre, sur la politique, à Paris le 3 mai 2018.\n\nJe le dis. Je tiens à dire notre solidarité, notre affection à notre collègue {A}.", (endorsed(B, A),)),
    # the noun of an act with a relative in « que »: its subject did it
    Case("an-act-done-in-a-relative", f"Déclaration de Mme {B}, ministre, sur la politique, à Paris le 3 mai 2018.\n\nJe le dis. Je tiens à saluer l'action que {A} a conduite depuis douze ans.", (endorsed(B, A),)),
    Case("a-work-done-in-a-relative", f"{C} a salué le travail qu'Anne Durand a accompli.", (endorsed(C, "Anne Durand"),)),
    Case("miss-an-act-refused-in-a-relative", f"{C} a salué la politique que le parti Vexa a refusée.", ()),
    # « notre soutien à un État »: « nous » may be a state, a government or a council; no source for sure
    Case("miss-our-support-to-a-state", f"Déclaration de Mme {B}, ministre, sur la politique, à Paris le 3 mai 2018.\n\nJe le dis. Notre soutien à la Géorgie ne s'arrête pas aux paroles.", ()),
    Case("my-support-to-a-state-is-the-speaker-s", f"Déclaration de Mme {B}, ministre, sur la politique, à Paris le 3 mai 2018.\n\nJe le dis. Mon soutien à la Géorgie ne s'arrête pas aux paroles.", (endorsed(B, "Géorgie"),)),
    Case("our-support-to-a-person", f"Déclaration de Mme {B}, ministre, sur la politique, à Paris le 3 mai 2018.\n\nJe le dis. Je redis notre soutien à M. {A}.", (endorsed(B, A),)),
    # « l'ancien Premier X »: a clipped role, no part of the name
    Case("a-clipped-role-before-a-name", f"L'ancien Premier {A} a critiqué {C}.", (criticised(A, C),)),
    # a speaker's aside between a verb and its object (« , vous le savez, »)
    Case("an-aside-to-the-hearer-before-the-object", f"M. le président. La parole est à Mme la ministre.\n\nMme {B}, ministre. J'ai rencontré, vous le savez, Mme Anne Durand et ses trois filles.", (met(B, "Anne Durand"),)),
    Case("an-aside-of-the-speaker-before-the-object", f"{A} a critiqué, je le répète, {C}.", (criticised(A, C),)),
    # people seen doing or undergoing something, after their list: no meeting
    Case("miss-people-seen-welcomed-after-their-list", f"Déclaration de Mme {B}, ministre, sur la politique, à Paris le 3 mai 2018.\n\nJe le dis. Nous avons vu le président de la Vexie, {A}, et sa ministre de la culture, applaudis et fêtés au stade.", ()),
    Case("people-seen-one-after-the-other", f"{C} a vu {A}, puis Anne Durand.", (met(C, A), met(C, "Anne Durand"))),
    # « X lui-même, que nous avons reçu »: the intensifier stands between the antecedent and « que »
    Case("a-relative-after-lui-meme", f"Déclaration de Mme {B}, ministre, sur la politique, à Paris le 3 mai 2018.\n\nJe le dis. Nous avons téléphoné à {A} lui-même, que nous avons reçu la veille.", (met(B, A),)),
    # « nous » of a reciprocal meeting, in a sentence that speaks to one person and names no other: the speaker and the hearer
    Case("we-met-the-hearer", f"Déclaration de Mme {B}, ministre, sur la politique, à Paris le 3 mai 2018.\n\nJe le dis. Quand nous nous sommes vus mardi, je vous ai remis nos projets, monsieur {A}.", (met(B, A),)),
    Case("miss-we-met-with-another-named", f"Déclaration de Mme {B}, ministre, sur la politique, à Paris le 3 mai 2018.\n\nJe le dis. Monsieur {A}, avec {C}, nous nous sommes rencontrés et j'apprécie vos analyses.", (endorsed(B, A),)),
    # organisations the model misses, named as the press writes them
    Case("a-movement-named-with-pour-tous", f"On a eu MM. {A} et {C}, soutiens de la Manif pour tous.", (endorsed(A, "La Manif pour tous"), endorsed(C, "La Manif pour tous"))),
    # a possessive of an opening phrase: the person of the subject pronoun after it, once placed
    Case("a-possessive-opening-a-sentence-with-a-subject-pronoun", f"{A} est arrivé à Lisbonne. Au terme de son entretien avec {C}, il a tenu une conférence de presse.", (met(A, C),)),
    Case("miss-a-possessive-opening-a-sentence-with-an-unplaced-pronoun", f"{A} et {C} sont arrivés. Au terme de son entretien avec Anne Durand, il a tenu une conférence de presse.", ()),
    # « au nom de X » between a verb and the noun it governs: on whose behalf, not the owner
    Case("a-behalf-incise-before-the-noun", f"Déclaration de Mme {B}, ministre, sur la politique, à Paris le 3 mai 2018.\n\nJe le dis. Je m'associe, au nom du groupe Vexa, à l'hommage rendu à M. {A}.", (endorsed(B, A),)),
    Case("support-given-on-behalf-of-another", f"{C} a apporté, au nom du parti Vexa, tout son soutien à {A}.", (endorsed(C, A),)),
    # joining a tribute in the first person, wished: the act, done as it is said
    Case("joining-a-tribute-wished", f"Déclaration de Mme {B}, ministre, sur la politique, à Paris le 3 mai 2018.\n\nJe le dis. Je souhaite m'associer à l'hommage rendu à M. {A}.", (endorsed(B, A),)),
    Case("joining-a-tribute-wished-by-another-is-no-act", f"{C} souhaite s'associer à l'hommage rendu à {A}.", (endorsed(C, A, "uncertain"),)),
    # « Permettez-moi de ... »: leave asked by the speaker to do what they then do
    Case("leave-asked-to-pay-tribute", f"Déclaration de Mme {B}, ministre, sur la politique, à Paris le 3 mai 2018.\n\nJe le dis. Permettez-moi de rendre hommage à M. {A}.", (endorsed(B, A),)),
    Case("leave-asked-to-praise-after-an-adverb", f"Déclaration de Mme {B}, ministre, sur la politique, à Paris le 3 mai 2018.\n\nJe le dis. Permettez-moi tout d'abord de saluer le courage de M. {A}.", (endorsed(B, A),)),
    Case("leave-asked-not-to-praise-is-denied", f"Déclaration de Mme {B}, ministre, sur la politique, à Paris le 3 mai 2018.\n\nJe le dis. Permettez-moi de ne pas saluer M. {A}.", (endorsed(B, A, "negated"),)),
    Case("miss-an-imperative-that-asks-no-leave", f"Déclaration de Mme {B}, ministre, sur la politique, à Paris le 3 mai 2018.\n\nJe le dis. Dites-moi si vous avez salué M. {A}.", ()),
    # « Honte à vous ! » and « Vous n'avez pas honte ! »: interjections that reproach the one interrupted
    Case("shame-called-on-the-one-interrupted", f"Mme la présidente. La parole est à Mme la ministre.\n\nMme {B}, ministre. Monsieur le député, le plan que nous avons soumis aux élus est équilibré, il est attendu et il aide d'abord les familles les plus modestes de nos communes.\n\nM. {C}. Honte à vous, madame la ministre !\n\nMme {B}, ministre. Nous tiendrons ce cap, parce que les électeurs nous ont choisis pour cela et que nous respecterons nos engagements.", (criticised(C, B),)),
    Case("shame-denied-to-the-one-interrupted", f"Mme la présidente. La parole est à Mme la ministre.\n\nMme {B}, ministre. Monsieur le député, le plan que nous avons soumis aux élus est équilibré, il est attendu et il aide d'abord les familles les plus modestes de nos communes.\n\nM. {C}. Vous n'avez honte de rien !\n\nMme {B}, ministre. Nous tiendrons ce cap, parce que les électeurs nous ont choisis pour cela et que nous respecterons nos engagements.", (criticised(C, B),)),
    Case("miss-shame-brought-on-someone", f"{A} fait honte à {C} !", ()),
    Case("miss-shame-called-on-those-who-act", f"Honte à ceux qui soutiennent {C} !", ()),
    Case("a-criticism-one-is-not-ashamed-of", f"{A} n'a pas honte d'avoir critiqué le parti Vexa.", (criticised(A, "Vexa"),)),
    # an attribute in the plural after « des », which the tagger may read as a preposition
    Case("liars-in-the-plural-to-the-one-interrupted", f"Mme la présidente. La parole est à Mme la ministre.\n\nMme {B}, ministre. Monsieur le député, le plan que nous avons soumis aux élus est équilibré, il est attendu et il aide d'abord les familles les plus modestes de nos communes.\n\nM. {C}. Vous êtes des menteurs !\n\nMme {B}, ministre. Nous tiendrons ce cap, parce que les électeurs nous ont choisis pour cela et que nous respecterons nos engagements.", (criticised(C, B),)),
    # « Ce que X dit est scandaleux »: the one who said it, judged
    Case("what-the-one-interrupted-says-judged", f"Mme la présidente. La parole est à Mme la ministre.\n\nMme {B}, ministre. Monsieur le député, le plan que nous avons soumis aux élus est équilibré, il est attendu et il aide d'abord les familles les plus modestes de nos communes.\n\nM. {C}. Ce que vous dites est honteux !\n\nMme {B}, ministre. Nous tiendrons ce cap, parce que les électeurs nous ont choisis pour cela et que nous respecterons nos engagements.", (criticised(C, B),)),
    Case("what-a-party-did-judged-then-its-speaker", f"Ce que {A} a fait est indigne, a déclaré {C}.", (criticised(C, A),)),
    Case("miss-what-a-party-thinks-judged-by-the-narrator", f"Ce que {A} pense de {C} est scandaleux.", ()),
    # an organisation that says of itself, past a participle clause after its name
    Case("an-organisation-says-of-itself-past-an-incise", f"La ligue Vexa, renonçant à toute candidature, a annoncé qu'elle soutenait {A}.", (endorsed("Vexa", A),)),
    # « être solidaire de Y »: a stand with Y
    Case("solidarity-as-an-attribute", f"Le parti Vexa est solidaire de {A}.", (endorsed("Vexa", A),)),
    Case("solidarity-denied", f"{C} ne s'est pas dit solidaire de {A}.", (endorsed(C, A, "negated"),)),
    Case("miss-fates-bound-together", f"Le sort de {C} est solidaire de celui de {A}.", ()),
    # an act of two owners, the first named by a common noun: the party of the second
    Case("a-work-of-a-body-and-of-a-person", f"Déclaration de Mme {B}, ministre, sur la politique, à Paris le 3 mai 2018.\n\nJe le dis. Je salue le travail de la préfecture et de M. {A}.", (endorsed(B, A),)),
    Case("miss-a-work-of-two-bodies", f"Déclaration de Mme {B}, ministre, sur la politique, à Paris le 3 mai 2018.\n\nJe le dis. Je salue le travail de la préfecture et de la mairie.", ()),
    # « c'est moi qui », « c'est nous qui »: the speaker, subject of the relative
    Case("a-cleft-speaker-did-it", f"Déclaration de Mme {B}, ministre, sur la politique, à Paris le 3 mai 2018.\n\nJe le dis. C'est moi qui ai reçu M. {A} ce matin.", (met(B, A),)),
    Case("a-cleft-we-did-it-as-a-duty", f"Déclaration de Mme {B}, ministre, sur la politique, à Paris le 3 mai 2018.\n\nJe le dis. C'est nous qui avons pris la décision de dissoudre la ligue Vexa.", (banned(B, "Vexa"),)),
    Case("miss-a-cleft-speaker-did-not", f"Déclaration de Mme {B}, ministre, sur la politique, à Paris le 3 mai 2018.\n\nJe le dis. Ce n'est pas moi qui ai reçu M. {A}.", ()),
    # « Honte à vous qui ... ! »: the one interrupted, whatever the relative says of them
    Case("shame-called-on-the-one-interrupted-with-a-relative", f"Mme la présidente. La parole est à Mme la ministre.\n\nMme {B}, ministre. Monsieur le député, le plan que nous avons soumis aux élus est équilibré, il est attendu et il aide d'abord les familles les plus modestes de nos communes.\n\nM. {C}. Honte à vous qui méprisez les familles !\n\nMme {B}, ministre. Nous tiendrons ce cap, parce que les électeurs nous ont choisis pour cela et que nous respecterons nos engagements.", (criticised(C, B),)),
    # the noun of an act with a relative, judged: the one who did it
    Case("a-decision-taken-judged", f"Déclaration de Mme {B}, ministre, sur la politique, à Paris le 3 mai 2018.\n\nJe le dis. La décision que M. {A} a prise de fermer l'usine est inacceptable.", (criticised(B, A),)),
    Case("miss-a-decision-refused-judged", f"Déclaration de Mme {B}, ministre, sur la politique, à Paris le 3 mai 2018.\n\nJe le dis. La décision que M. {A} a refusée est inacceptable.", ()),
    # a relative in « que » after a short apposition of its antecedent
    Case("a-relative-past-an-apposition", f"Déclaration de Mme {B}, ministre, sur la politique, à Paris le 3 mai 2018.\n\nJe le dis. Ce sont les mots de M. {A}, vigneron, que j'ai rencontré hier.", (met(B, A),)),
    Case("a-relative-past-an-adjectival-apposition", f"Déclaration de Mme {B}, ministre, sur la politique, à Paris le 3 mai 2018.\n\nJe le dis. Je pense à M. {A}, très en pointe, que je salue aussi.", (endorsed(B, A),)),
    Case("miss-a-relative-past-a-clause", f"Déclaration de Mme {B}, ministre, sur la politique, à Paris le 3 mai 2018.\n\nJe le dis. Je pense à M. {A}, qui a parlé, que je salue aussi.", ()),
    # thanks that open a sentence in a speaker's own voice
    Case("thanks-to-one-called-on", f"Mme la présidente. La parole est à Mme la ministre.\n\nMme {B}, ministre. Monsieur le député, le plan que nous avons soumis aux élus est équilibré, il est attendu et il aide d'abord les familles les plus modestes de nos communes.\n\nM. {C}. Merci, madame {B}, pour le travail que vous menez.\n\nMme {B}, ministre. Nous tiendrons ce cap, parce que les électeurs nous ont choisis pour cela et que nous respecterons nos engagements.", (endorsed(C, B),)),
    Case("thanks-to-one-named-after-a", f"Déclaration de Mme {B}, ministre, sur la politique, à Paris le 3 mai 2018.\n\nJe le dis. Merci à M. {A} pour son engagement.", (endorsed(B, A),)),
    Case("miss-thanks-said-by-another", f"Déclaration de Mme {B}, ministre, sur la politique, à Paris le 3 mai 2018.\n\nJe le dis. Merci à M. {A} pour son engagement, a dit {C}.", ()),
    Case("miss-thanks-inside-a-clause", f"Déclaration de Mme {B}, ministre, sur la politique, à Paris le 3 mai 2018.\n\nJe le dis. Je transmets un grand merci de M. {A}.", ()),
    # the subject of a relative set between a subject and its verb is no subject of that verb
    Case("miss-the-subject-of-a-relative-before-a-passive", f"Déclaration de Mme {B}, ministre, sur la politique, à Paris le 3 mai 2018.\n\nJe le dis. En mai, M. {A}, professeur au lycée de Vienne, où j'ai étudié, a été suspendu par sa direction.", ()),
    Case("miss-the-member-of-a-relative-before-the-verb", f"Le parti, dont {C} est membre, a exclu {A}.", ()),
    Case("a-party-before-a-relative-before-the-verb", f"Le parti Vexa, dont {C} est membre, a exclu {A}.", (banned("Vexa", A),)),
    # a wish in the past, in the first person, to perform a speech act: done as it was said
    Case("a-tribute-one-wished-to-pay", f"Déclaration de Mme {B}, ministre, sur la politique, à Paris le 3 mai 2018.\n\nJe le dis. J'ai vu M. {A} à la mairie, où j'ai voulu lui rendre hommage.", (met(B, A), endorsed(B, A))),
    Case("a-meeting-one-wanted-is-no-meeting", f"Déclaration de Mme {B}, ministre, sur la politique, à Paris le 3 mai 2018.\n\nJe le dis. J'ai voulu rencontrer M. {A}.", (met(B, A, "uncertain"),)),
    Case("a-subject-after-a-conjunction-que", f"C'est ainsi que le président {A} a signé, la semaine dernière, un décret visant à dissoudre la ligue Vexa.", (banned(A, "Vexa"),)),
    # a second infinitive joined to a first, past its object or across a relative clause: the first one's subject
    Case("a-tribute-joined-past-a-relative", f"Déclaration de Mme {B}, ministre, sur la politique, à Paris le 3 mai 2018.\n\nJe le dis. Je veux saluer l'engagement du ministre de la culture, M. {A}, qui s'est rendu sur place, ainsi que rendre hommage au maire de Lyon, M. {C}.", (endorsed(B, A), endorsed(B, C))),
    Case("infinitives-joined-inside-a-relative", f"Déclaration de Mme {B}, ministre, sur la politique, à Paris le 3 mai 2018.\n\nJe le dis. Il faut écouter M. {A}, qui veut saluer Mme Anne Durand et rendre hommage à M. {C}.", (endorsed(A, "Anne Durand", "uncertain"), endorsed(A, C, "uncertain"))),
    # a short adverbial phrase between a wish in the first person and the act it performs
    Case("a-tribute-past-an-adverbial-phrase", f"Déclaration de Mme {B}, ministre, sur la politique, à Paris le 3 mai 2018.\n\nJe le dis. Monsieur {A}, je veux à ce titre saluer votre action.", (endorsed(B, A),)),
    Case("a-wish-of-another-past-an-adverbial-phrase", f"Déclaration de Mme {B}, ministre, sur la politique, à Paris le 3 mai 2018.\n\nJe le dis. M. {C} veut à ce titre saluer M. {A}.", (endorsed(C, A, "uncertain"),)),
    # a gerund after a call that opens the sentence: the speaker's, not the one called on
    Case("a-gerund-after-a-call", f"Déclaration de Mme {B}, ministre, sur la politique, à Paris le 3 mai 2018.\n\nJe le dis. Monsieur {A}, je voudrais commencer en saluant votre engagement.", (endorsed(B, A),)),
    Case("a-gerund-after-a-call-and-a-subject", f"Déclaration de Mme {B}, ministre, sur la politique, à Paris le 3 mai 2018.\n\nJe le dis. Monsieur {A}, M. {C} a quitté la salle, accusant Mme Anne Durand de mentir.", (criticised(C, "Anne Durand"),)),
    # a relative « que » after a list that repeats its preposition: the whole list
    Case("thanks-to-a-list-that-repeats-its-preposition", f"Déclaration de Mme {B}, ministre, sur la politique, à Paris le 3 mai 2018.\n\nJe le dis. Le travail a été mené avec Mme Anne Durand et avec M. {C}, que je remercie.", (endorsed(B, "Anne Durand"), endorsed(B, C))),
    Case("miss-thanks-to-a-complement-of-a-noun", f"Déclaration de Mme {B}, ministre, sur la politique, à Paris le 3 mai 2018.\n\nJe le dis. Je pense au travail de Mme Anne Durand pour M. {C}, que je remercie.", (endorsed(B, C),)),
    # « dont je salue les activités de recherche »: a « de » that names no party leaves the act the antecedent's
    Case("praise-of-a-list-by-dont-with-a-complement", f"Déclaration de Mme {B}, ministre, sur la politique, à Paris le 3 mai 2018.\n\nJe le dis. Je citerai notamment Vexa et Orion, dont je salue les activités de recherche.", (endorsed(B, "Vexa"), endorsed(B, "Orion"))),
    Case("miss-praise-by-dont-of-another-party", f"Déclaration de Mme {B}, ministre, sur la politique, à Paris le 3 mai 2018.\n\nJe le dis. Je cite la société Vexa, dont je salue le travail de M. {A}.", (endorsed(B, A),)),
    # a second member after « , et », named after a description of its own, past the first one's apposed name
    Case("a-meeting-with-two-described-members", f"Déclaration de Mme {B}, ministre, sur la politique, à Paris le 3 mai 2018.\n\nJe le dis. Je me suis entretenue avec le ministre belge de l'industrie, M. {A}, et notre homologue suisse, M. {C}.", (met(B, A), met(B, C))),
    Case("miss-a-described-member-that-opens-a-relative", f"Déclaration de Mme {B}, ministre, sur la politique, à Paris le 3 mai 2018.\n\nJe le dis. Je me suis entretenue avec le ministre belge de l'industrie, M. {A}, et son conseiller, qui a parlé.", (met(B, A),)),
    # a role the resolver gave to no one, subject right before the verb: no party named earlier is
    Case("miss-an-unplaced-role-subject-after-a-clause", f"Déclaration de Mme {B}, ministre, sur la politique, à Paris le 3 mai 2018.\n\nJe le dis. M. {A} a reçu M. {C}, et le directeur de l'agence a salué Mme Anne Durand.", (met(A, C),)),
    # a noun of support brought to the antecedent of a dative relative, past the place where it stands
    Case("support-of-a-country-brought-to-a-dative-relative", f"Déclaration de Mme {B}, ministre, sur la politique, à Paris le 3 mai 2018.\n\nJe le dis. J'ai vu M. {A} à Rabat, auquel j'ai apporté le plein soutien de la France.", (met(B, A), endorsed("France", A))),
    Case("miss-support-only-spoken-of-to-a-dative-relative", f"Déclaration de Mme {B}, ministre, sur la politique, à Paris le 3 mai 2018.\n\nJe le dis. J'ai écrit à M. {A}, auquel j'ai parlé du soutien de la France.", ()),
    # « avoir le soutien de Y »: Y's support, which the subject has
    Case("support-one-is-proud-to-have", f"{A} est fier d'avoir le soutien de {C}.", (endorsed(C, A),)),
    Case("support-one-has-not", f"{A} n'a pas eu le soutien de {C}.", (endorsed(C, A, "negated"),)),
    # a verb that faults its subject, said to the one spoken to; past an opening phrase of time
    Case("a-betrayal-said-to-the-one-interrupted", f"Mme la présidente. La parole est à Mme la ministre.\n\nMme {B}, ministre. Monsieur le député, le plan que nous avons soumis aux élus est équilibré, il est attendu et il aide d'abord les familles les plus modestes de nos communes.\n\nM. {C}. Vous avez trahi les électeurs !\n\nMme {B}, ministre. Nous tiendrons ce cap, parce que les électeurs nous ont choisis pour cela et que nous respecterons nos engagements.", (criticised(C, B),)),
    Case("a-lie-said-after-an-opening-time-phrase", f"Mme la présidente. La parole est à Mme la ministre.\n\nMme {B}, ministre. Monsieur le député, le plan que nous avons soumis aux élus est équilibré, il est attendu et il aide d'abord les familles les plus modestes de nos communes.\n\nM. {C}. Il y a trois jours, vous avez menti !\n\nMme {B}, ministre. Nous tiendrons ce cap, parce que les électeurs nous ont choisis pour cela et que nous respecterons nos engagements.", (criticised(C, B),)),
    Case("miss-one-betrayed-is-not-faulted", f"Mme la présidente. La parole est à Mme la ministre.\n\nMme {B}, ministre. Monsieur le député, le plan que nous avons soumis aux élus est équilibré, il est attendu et il aide d'abord les familles les plus modestes de nos communes.\n\nM. {C}. Vous avez été trahie par vos amis !\n\nMme {B}, ministre. Nous tiendrons ce cap, parce que les électeurs nous ont choisis pour cela et que nous respecterons nos engagements.", ()),
    Case("miss-a-lie-said-by-others", f"Mme la présidente. La parole est à Mme la ministre.\n\nMme {B}, ministre. Monsieur le député, le plan que nous avons soumis aux élus est équilibré, il est attendu et il aide d'abord les familles les plus modestes de nos communes.\n\nM. {C}. Selon certains, vous avez menti !\n\nMme {B}, ministre. Nous tiendrons ce cap, parce que les électeurs nous ont choisis pour cela et que nous respecterons nos engagements.", ()),
    # « Saluons ... », « Rendons hommage à ... »: a voice's own act, said in the first person plural
    Case("a-tribute-the-voice-exhorts-itself-to", f"Mme la présidente. La parole est à Mme la ministre.\n\nMme {B}, ministre. Monsieur le député, le plan que nous avons soumis aux élus est équilibré, il est attendu et il aide d'abord les familles les plus modestes de nos communes.\n\nM. {C}. Votre plan ne marche pas, il n'aide personne. Rendons hommage à M. {A}, qui a tout fait.\n\nMme {B}, ministre. Nous tiendrons ce cap, parce que les électeurs nous ont choisis pour cela et que nous respecterons nos engagements.", (endorsed(C, A),)),
    Case("miss-a-meeting-the-voice-exhorts-itself-to", f"Mme la présidente. La parole est à Mme la ministre.\n\nMme {B}, ministre. Monsieur le député, le plan que nous avons soumis aux élus est équilibré, il est attendu et il aide d'abord les familles les plus modestes de nos communes.\n\nM. {C}. Votre plan ne marche pas, il n'aide personne. Rencontrons M. {A} demain.\n\nMme {B}, ministre. Nous tiendrons ce cap, parce que les électeurs nous ont choisis pour cela et que nous respecterons nos engagements.", ()),
    # a possessive's noun taken up for other owners (« votre courage, celui de Y, et celui de Z »)
    Case("praise-taken-up-for-others-after-a-possessive", f"Déclaration de Mme {B}, ministre, sur la politique, à Paris le 3 mai 2018.\n\nJe le dis. Monsieur {A}, je salue votre sens du devoir, celui du maire de Lyon, M. {C}, et celui de Mme Anne Durand.", (endorsed(B, A), endorsed(B, C), endorsed(B, "Anne Durand"))),
    Case("miss-a-noun-taken-up-by-a-relative", f"Déclaration de Mme {B}, ministre, sur la politique, à Paris le 3 mai 2018.\n\nJe le dis. Monsieur {A}, je salue votre courage, celui dont parle M. {C}.", (endorsed(B, A),)),
    # a statement's title naming the one person its speaker met: the « vous » of the text
    Case("thanks-for-a-welcome-to-the-partner-a-title-names", f"Déclaration de Mme {B}, ministre, sur ses entretiens avec M. {A}, président, à Lyon le 3 mai 2018.\n\nMonsieur le Président, je vous remercie de votre accueil chaleureux. Je vous félicite pour votre réélection.", (met(B, A), endorsed(B, A))),
    Case("miss-thanks-to-one-of-two-partners-a-title-names", f"Déclaration de Mme {B}, ministre, sur ses entretiens avec M. {A} et M. {C}, à Lyon le 3 mai 2018.\n\nMonsieur le Président, je vous remercie de votre accueil chaleureux. Je vous félicite pour votre réélection.", (met(B, A), met(B, C))),
    # bare thanks to the one spoken to, closing a speech: a courtesy; thanks « en » (for what was said) praise
    Case("miss-bare-thanks-closing-a-speech", f"Déclaration de Mme {B}, ministre, sur ses entretiens avec M. {A}, président, à Lyon le 3 mai 2018.\n\nMonsieur le Président, nous avons parlé du climat et de l'énergie. Et je vous remercie.", (met(B, A),)),
    Case("thanks-for-what-was-said-closing-a-speech", f"Déclaration de Mme {B}, ministre, sur ses entretiens avec M. {A}, président, à Lyon le 3 mai 2018.\n\nMonsieur le Président, vous avez aidé nos agriculteurs. Je vous en remercie.", (met(B, A), endorsed(B, A))),
    # « nous pouvons rendre hommage à Y »: able, in the present indicative, to perform the act as it is said
    Case("a-tribute-one-can-pay", f"Déclaration de Mme {B}, ministre, sur la politique, à Paris le 3 mai 2018.\n\nJe le dis. Nous pouvons rendre hommage à M. {A}, qui a lancé ce projet.", (endorsed(B, A),)),
    Case("a-tribute-one-could-pay", f"Déclaration de Mme {B}, ministre, sur la politique, à Paris le 3 mai 2018.\n\nJe le dis. Nous pourrions rendre hommage à M. {A}.", (endorsed(B, A, "uncertain"),)),
    Case("a-meeting-one-can-have", f"Déclaration de Mme {B}, ministre, sur la politique, à Paris le 3 mai 2018.\n\nJe le dis. Je peux rencontrer M. {A} demain.", (met(B, A, "uncertain"),)),
    # a minister's answer that calls no one: its « vous » and « votre » are the one who asked
    Case("minutes-praise-of-the-asker-in-an-answer-that-calls-no-one", f"M. le président. La parole est à M. {A}, pour le groupe Vexa.\n\nM. {A}. Monsieur le ministre, quelle est votre politique ?\n\nM. le président. La parole est à M. {C}, ministre de l'intérieur.\n\nM. {C}, ministre de l'intérieur. Je voudrais commencer en saluant votre engagement sans faille.\n", (endorsed(C, A),)),
    Case("miss-minutes-praise-in-a-deputy-s-turn-that-calls-no-one", f"M. le président. La parole est à M. {A}, pour le groupe Vexa.\n\nM. {A}. Monsieur le ministre, quelle est votre politique ?\n\nM. le président. La parole est à M. {C}.\n\nM. {C}. Je salue votre engagement sans faille.\n", ()),
    Case("miss-minutes-an-answer-resumed-after-a-shout", f"M. le président. La parole est à M. {A}, pour le groupe Vexa.\n\nM. {A}. Monsieur le ministre, quelle est votre politique pour nos écoles ?\n\nM. le président. La parole est à M. {C}, ministre de l'intérieur.\n\nM. {C}, ministre de l'intérieur. Nous agissons pour les écoles de nos communes depuis des mois avec les maires et les familles.\n\nMme Anne Durand. Vous ne faites rien du tout pour nos enfants !\n\nM. {C}, ministre de l'intérieur. J'ai eu le plaisir de déjeuner avec vous la semaine dernière.\n", ()),
    # « votre courage, celui de Y »: Y's, even where « votre » is given to no one; « et celui de Y » with no comma
    Case("praise-taken-up-for-others-after-an-unplaced-possessive", f"Déclaration de Mme {B}, ministre, sur la politique, à Paris le 3 mai 2018.\n\nJe le dis. Je veux saluer votre courage, celui de M. {A}, et celui de Mme Anne Durand.", (endorsed(B, A), endorsed(B, "Anne Durand"))),
    Case("praise-taken-up-after-and", f"Déclaration de Mme {B}, ministre, sur la politique, à Paris le 3 mai 2018.\n\nJe le dis. Je salue le travail de M. {A} et celui de M. {C}.", (endorsed(B, A), endorsed(B, C))),
    Case("miss-a-noun-taken-up-by-celui-que", f"Déclaration de Mme {B}, ministre, sur la politique, à Paris le 3 mai 2018.\n\nJe le dis. Je veux saluer votre courage, celui que M. {A} a montré hier.", ()),
    # « X, présidente du comité sur la pauvreté, dont je salue le travail »: a longer apposition a role noun opens
    Case("praise-of-a-person-past-a-long-role-apposition", f"Déclaration de Mme {B}, ministre, sur la politique, à Paris le 3 mai 2018.\n\nJe le dis. Le texte a été porté par ma collègue Mme Anne Durand, présidente du comité sur la pauvreté, dont je salue le travail.", (endorsed(B, "Anne Durand"),)),
    Case("miss-praise-past-a-long-apposition-without-a-role", f"Déclaration de Mme {B}, ministre, sur la politique, à Paris le 3 mai 2018.\n\nJe le dis. Le texte a été porté par Mme Anne Durand, avec tout le groupe des élus de la ville, dont je salue le travail.", ()),
    # « en présence de Y » anywhere in the clause of a verb of visit, ceremony or speech: together
    Case("a-ceremony-in-the-presence-of-someone", f"{A} a inauguré l'usine de Lyon, lundi, en présence de {C} et d'Anne Durand.", (met(A, C), met(A, "Anne Durand"))),
    Case("a-visit-in-the-presence-of-a-colleague", f"Déclaration de Mme {B}, ministre, sur la politique, à Paris le 3 mai 2018.\n\nJe le dis. Je me suis rendue à Lyon, samedi dernier, avec le préfet, en présence de votre collègue M. {A}.", (met(B, A),)),
    Case("a-ceremony-refused-in-the-presence-of-someone", f"{A} a refusé d'inaugurer l'usine en présence de {C}.", (met(A, C, "negated"),)),
    Case("miss-a-visit-in-the-absence-of-someone", f"{A} s'est rendu à Lyon lundi en l'absence de {C}.", ()),
    # « a rencontré Mme X, maire de la ville, le député Y »: after a name and its description, another described name
    Case("a-meeting-with-a-described-name-then-another", f"Déclaration de Mme {B}, ministre, sur la politique, à Paris le 3 mai 2018.\n\nJe le dis. Je me suis rendue à Lyon pour rencontrer Mme Anne Durand, maire de la ville, notre collègue député M. {A}, puis les agents.", (met(B, "Anne Durand"), met(B, A))),
    Case("a-meal-with-a-described-name-then-another-list", f"Déclaration de Mme {B}, ministre, sur la politique, à Paris le 3 mai 2018.\n\nJe le dis. J'ai dîné avec Mme Anne Durand, maire de Lyon, le député M. {A} et M. {C}.", (met(B, "Anne Durand"), met(B, A), met(B, C))),
    Case("miss-a-described-name-then-the-subject-of-a-clause", f"Déclaration de Mme {B}, ministre, sur la politique, à Paris le 3 mai 2018.\n\nJe le dis. J'ai reçu Mme Anne Durand, maire de la ville, le député M. {A} a protesté.", (met(B, "Anne Durand"),)),
    # « Soulignons ... », « Saluons Y »: an opening first person plural imperative the tagger reads as a noun or a name
    Case("a-merit-put-forward-by-an-opening-imperative", f"Déclaration de Mme {B}, ministre, sur la politique, à Paris le 3 mai 2018.\n\nJe le dis. Soulignons aussi l'engagement de M. {A}, président du groupe.", (endorsed(B, A),)),
    Case("a-greeting-by-an-opening-imperative-before-names", f"Déclaration de Mme {B}, ministre, sur la politique, à Paris le 3 mai 2018.\n\nJe le dis. Saluons M. {A} et M. {C} pour leur travail.", (endorsed(B, A), endorsed(B, C))),
    Case("miss-an-opening-plural-noun-ending-like-an-imperative", f"Déclaration de Mme {B}, ministre, sur la politique, à Paris le 3 mai 2018.\n\nJe le dis. Réunions et rapports : M. {A} préside la commission.", ()),
    # « votre collègue Y »: Y, not the one « votre » stands for; « votre collègue » named nowhere: no one
    Case("minutes-a-meeting-with-the-colleague-of-the-one-spoken-to", f"Mme la présidente. La parole est à M. {C}.\n\nM. {C}. Madame la ministre, le plan est mauvais.\n\nMme la présidente. La parole est à Mme {B}, ministre.\n\nMme {B}, ministre. Monsieur le député, je vous remercie. J'ai dîné hier avec votre collègue M. {A}.", (met(B, A),)),
    Case("minutes-the-colleague-of-the-one-spoken-to-as-subject", f"Mme la présidente. La parole est à M. {C}.\n\nM. {C}. Madame la ministre, le plan est mauvais.\n\nMme la présidente. La parole est à Mme {B}, ministre.\n\nMme {B}, ministre. Monsieur le député, je vous remercie. Votre collègue M. {A} a critiqué la ministre Anne Durand.", (criticised(A, "Anne Durand"),)),
    Case("miss-minutes-a-colleague-named-nowhere", f"Mme la présidente. La parole est à M. {C}.\n\nM. {C}. Madame la ministre, le plan est mauvais.\n\nMme la présidente. La parole est à Mme {B}, ministre.\n\nMme {B}, ministre. Monsieur le député, je vous remercie. J'ai reçu votre collègue hier.", ()),
    # « en présence de Y » after a verb of meeting or receiving: Y was there too
    Case("a-gathering-in-the-presence-of-someone", f"Déclaration de Mme {B}, ministre, sur la politique, à Paris le 3 mai 2018.\n\nJe le dis. Nous avons réuni les associations du quartier, en présence de M. {A}.", (met(B, A),)),
    Case("a-reception-in-the-presence-of-someone", f"Déclaration de Mme {B}, ministre, sur la politique, à Paris le 3 mai 2018.\n\nJe le dis. J'ai reçu M. {C} en présence de M. {A}.", (met(B, C), met(A, C))),
    Case("miss-a-passive-signing-in-the-presence-of-someone", f"L'accord a été signé en présence de {C} par {A}.", ()),
    # « a reçu les présidents des régions ainsi que Y »: the member added after a group with no party
    Case("a-reception-of-a-group-and-of-someone-added", f"Déclaration de Mme {B}, ministre, sur la politique, à Paris le 3 mai 2018.\n\nJe le dis. Ce matin, j'ai reçu les présidents des régions ainsi que M. {A}.", (met(B, A),)),
    Case("a-reception-of-a-group-and-of-a-described-someone-added", f"Déclaration de Mme {B}, ministre, sur la politique, à Paris le 3 mai 2018.\n\nJe le dis. Ce matin, j'ai reçu les présidents des régions, ainsi que le maire de Lyon, M. {A}.", (met(B, A),)),
    Case("miss-applause-and-another-subject-added", f"M. {C} applaudit également, ainsi que M. {A}.", ()),
    Case("miss-a-reception-of-a-group-and-of-their-families", f"Déclaration de Mme {B}, ministre, sur la politique, à Paris le 3 mai 2018.\n\nJe le dis. J'ai reçu les élus ainsi que leurs familles.", ()),
    # « je remercie Y de nous avoir reçus »: Y received the speaker
    Case("thanks-for-receiving-the-speaker", f"Déclaration de Mme {B}, ministre, sur la politique, à Paris le 3 mai 2018.\n\nJe le dis. Je remercie M. {A} de nous avoir reçus aussi vite.", (endorsed(B, A), met(B, A))),
    Case("thanks-for-receiving-others", f"Déclaration de Mme {B}, ministre, sur la politique, à Paris le 3 mai 2018.\n\nJe le dis. Je remercie M. {A} de les avoir reçus.", (endorsed(B, A),)),
    # « et de Mme X à laquelle je rends hommage »: a person no noun governs, then a relative with its preposition, no comma
    Case("a-tribute-by-a-relative-after-a-person-with-no-comma", f"Déclaration de Mme {B}, ministre, sur la politique, à Paris le 3 mai 2018.\n\nJe le dis. La loi a été portée par M. {C} et par Mme Anne Durand à laquelle je tiens à rendre hommage pour ce travail.", (endorsed(B, "Anne Durand"),)),
    Case("miss-a-relative-after-a-noun-s-complement-with-no-comma", f"Déclaration de Mme {B}, ministre, sur la politique, à Paris le 3 mai 2018.\n\nJe le dis. J'ai lu la loi de Mme Anne Durand à laquelle je suis opposée.", ()),
    # a short phrase on the topic opening the sentence, then a verb that faults the one spoken to
    Case("a-lie-said-after-an-opening-topic-phrase", f"Mme la présidente. La parole est à Mme la ministre.\n\nMme {B}, ministre. Monsieur le député, le plan que nous avons soumis aux élus est équilibré, il est attendu et il aide d'abord les familles les plus modestes de nos communes.\n\nM. {C}. Sur la hausse des loyers, vous mentez encore !\n\nMme {B}, ministre. Nous tiendrons ce cap, parce que les électeurs nous ont choisis pour cela et que nous respecterons nos engagements.", (criticised(C, B),)),
    Case("miss-a-lie-asked-about-after-an-opening-topic-phrase", f"Mme la présidente. La parole est à Mme la ministre.\n\nMme {B}, ministre. Monsieur le député, le plan que nous avons soumis aux élus est équilibré, il est attendu et il aide d'abord les familles les plus modestes de nos communes.\n\nM. {C}. Sur la hausse des loyers, avez-vous menti ?\n\nMme {B}, ministre. Nous tiendrons ce cap, parce que les électeurs nous ont choisis pour cela et que nous respecterons nos engagements.", ()),
    # « X et aussi, longuement, Y »: an adverb between commas inside a list
    Case("a-reception-of-two-with-an-adverb-between-commas", f"Déclaration de Mme {B}, ministre, sur la politique, à Paris le 3 mai 2018.\n\nJe le dis. J'ai reçu au ministère M. {A} et aussi, longuement, Mme Anne Durand.", (met(B, A), met(B, "Anne Durand"))),
    Case("miss-a-second-verb-after-an-adverb-between-commas", f"Déclaration de Mme {B}, ministre, sur la politique, à Paris le 3 mai 2018.\n\nJe le dis. J'ai reçu M. {A} et, ensuite, écrit à Mme Anne Durand.", (met(B, A),)),
    # nouns of a clash between two, with « entre » or « avec »; a clash feared is no clash
    Case("a-clash-between-two", f"Le clash entre {A} et {C} a choqué les élus.", (criticised(A, C), criticised(C, A))),
    Case("a-scuffle-with-someone", f"{A} a eu un accrochage avec {C} lundi.", (criticised(A, C),)),
    Case("miss-a-scuffle-between-two-cars", f"Un accrochage entre deux voitures a bloqué la rue où vit {A}.", ()),
    Case("a-clash-feared", f"{A} craint une altercation avec {C}.", (criticised(A, C, "uncertain"),)),
    Case("a-meeting-feared", f"{A} redoute de rencontrer {C}.", (met(A, C, "uncertain"),)),
    # « échange d'insultes entre X et Y »: a clash, no meeting (the bare « échange » is one)
    Case("an-exchange-of-insults-is-no-meeting", f"Échange d'insultes entre {A} et {C} sur les réseaux sociaux.", (criticised(A, C), criticised(C, A))),
    Case("an-exchange-of-jibes-with-someone", f"{A} a eu un vif échange de piques avec {C}.", (criticised(A, C),)),
    Case("a-bare-exchange-with-someone", f"{A} a eu un long échange avec {C} à Lyon.", (met(A, C),)),
    # « celles de Y », « et celle de Y »: a demonstrative taking up a proxy noun for another owner
    Case("channels-taken-up-for-another-owner", f"Une semaine après avoir fermé la chaîne du polémiste {A}, YouTube a supprimé lundi celles de l'essayiste {C}.", (banned("YouTube", A), banned("YouTube", C))),
    Case("policies-of-two-owners", f"{A} a dénoncé la stratégie fiscale de {C}, celle d'Anne Durand et celle de {B}.", (criticised(A, C), criticised(A, "Anne Durand"), criticised(A, B))),
    Case("miss-a-meeting-with-the-son-of-another-owner", f"{A} a rencontré le fils de {C} et celui d'Anne Durand.", ()),
    Case("a-platform-gagging-someone", f"Twitter a bâillonné {A} en 2021.", (banned("Twitter", A),)),
    # « Les rivaux de X, A et B, ont critiqué Z »: the names apposed to a common noun subject
    Case("critics-named-in-apposition-to-a-common-noun-subject", f"Les rivaux de {A}, {C} et Anne Durand, ont critiqué {B}.", (criticised(C, B), criticised("Anne Durand", B))),
    Case("miss-critics-only-cited-in-an-incise", f"Les rivaux de {A}, selon {C} et Anne Durand, ont critiqué {B}.", ()),
    # the same preposition again after « ainsi que » or after how long the first talk lasted
    Case("talks-with-one-and-as-well-with-another", f"{A} s'est entretenu avec {C} ainsi qu'avec Anne Durand.", (met(A, C), met(A, "Anne Durand"))),
    Case("talks-with-one-for-half-an-hour-then-with-another", f"{A} s'est entretenu avec son homologue chinois {C} durant une demi-heure, puis avec son homologue chilien Jean Dupont pendant 35 minutes.", (met(A, C), met(A, "Jean Dupont"))),
    Case("miss-a-promise-made-to-another-after-ainsi-que", f"{A} s'est entretenu avec {C} ainsi qu'il l'avait promis à Anne Durand.", (met(A, C),)),
    Case("a-handshake-exchanged-with-someone", f"{A} a échangé une poignée de main avec {C} à New York.", (met(A, C),)),
    # « Bravo à Y », « Un grand merci à Y et à Z »: praise opening a sentence, to those named after « à »
    Case("praise-by-bravo-to-someone", f"Déclaration de Mme {B}, ministre, sur la politique, à Paris le 3 mai 2018.\n\nJe le dis. Bravo et merci à M. {A}, qui a tenu bon.", (endorsed(B, A),)),
    Case("praise-by-a-great-bravo-to-two", f"Déclaration de Mme {B}, ministre, sur la politique, à Paris le 3 mai 2018.\n\nJe le dis. Un grand bravo à M. {A} et à Mme Anne Durand.", (endorsed(B, A), endorsed(B, "Anne Durand"))),
    Case("miss-an-ironic-bravo-with-no-one-named-after-a", f"Déclaration de Mme {B}, ministre, sur la politique, à Paris le 3 mai 2018.\n\nJe le dis. Bravo pour votre élection, monsieur {A}, dis donc !", ()),
    # « et de notre directeur des ventes »: a member of the speaker's own, unnamed, is not the speaker
    Case("praise-of-a-named-one-and-of-our-unnamed-director", f"Déclaration de Mme {B}, ministre, sur la politique, à Paris le 3 mai 2018.\n\nJe le dis. Je salue le travail de M. {A} et de notre directeur des ventes.", (endorsed(B, A),)),
    # thanks for a talk: the one thanked met the one who thanks; the members present, apposed to a plural noun
    Case("thanks-for-a-talk-one-had", f"Déclaration de Mme {B}, ministre, sur la politique, à Paris le 3 mai 2018.\n\nJe le dis. Je remercie M. {A} de l'échange long et utile que nous avons eu hier.", (endorsed(B, A), met(B, A))),
    Case("thanks-for-this-interview", f"Déclaration de Mme {B}, ministre, sur la politique, à Paris le 3 mai 2018.\n\nJe le dis. Je remercie M. {A} pour cet entretien.", (endorsed(B, A), met(B, A))),
    Case("a-reception-in-the-presence-of-two-named-ministers", f"Déclaration de Mme {B}, ministre, sur la politique, à Paris le 3 mai 2018.\n\nJe le dis. J'ai tenu à recevoir M. {C} en présence de deux ministres, M. {A} et Mme Anne Durand.", (met(B, C), met(A, C), met("Anne Durand", C))),
    Case("praise-of-the-input-of-two-colleagues", f"Déclaration de Mme {B}, ministre, sur la politique, à Paris le 3 mai 2018.\n\nJe le dis. Je salue l'apport de mes collègues M. {A} et Mme Anne Durand.", (endorsed(B, A), endorsed(B, "Anne Durand"))),
    # a judging attribute after « juger » or « qualifier de »
    Case("judged-narcissistic", f"{C} juge {A} narcissique.", (criticised(C, A),)),
    Case("called-lax", f"{C} a qualifié {A} de laxiste.", (criticised(C, A),)),
    # « le bras de fer entre X et Y »; « X a sommé Y de ... »: an ultimatum
    Case("a-standoff-between-two", f"Le bras de fer entre {A} et {C} continue.", (criticised(A, C), criticised(C, A))),
    Case("an-ultimatum-past-a-date", f"{A} a sommé, le 11 octobre dernier, {C} d'appliquer les règles sous peine de sanctions.", (criticised(A, C),)),
    # the voice's own verdict on one named with a title; « se trompe » the tagger reads as a name
    Case("the-voice-calls-a-titled-one-a-liar", f"Déclaration de Mme {B}, ministre, sur la politique, à Paris le 3 mai 2018.\n\nJe le dis. M. {C} est un menteur.", (criticised(B, C),)),
    Case("the-voice-faults-a-titled-one-who-errs", f"Déclaration de Mme {B}, ministre, sur la politique, à Paris le 3 mai 2018.\n\nJe le dis. M. {C} se trompe.", (criticised(B, C),)),
    Case("miss-a-verdict-denied-of-a-titled-one", f"Déclaration de Mme {B}, ministre, sur la politique, à Paris le 3 mai 2018.\n\nJe le dis. M. {C} n'est pas un menteur.", ()),
    # talking a topic over « avec » someone: right after the verb or after topic nouns only
    Case("a-topic-talked-over-with-two-leaders", f"{A} a évoqué la crise avec le président {C} et le chancelier Jean Dupont.", (met(A, C), met(A, "Jean Dupont"))),
    Case("a-topic-talked-over-with-one-named-first", f"{A} a abordé avec {C} la question du budget.", (met(A, C),)),
    Case("a-review-with-one", f"{A} a fait le point avec {C} sur le chantier.", (met(A, C),)),
    Case("a-topic-talked-over-with-the-antecedent", f"{C}, avec qui {A} a évoqué la crise, est reparti.", (met(A, C),)),
    Case("miss-ties-with-one-mentioned", f"{A} a évoqué ses liens avec {C}.", ()),
    Case("miss-a-country-relation-mentioned", f"{A} a évoqué la relation de la France avec {C}.", ()),
    Case("miss-a-topic-in-an-email", f"{A} a évoqué la crise dans un courriel avec {C}.", ()),
    # a thing done with someone by a doer unsaid
    Case("miss-an-agreement-signed-with-one", f"{A} a critiqué l'accord signé avec {C}.", ()),
    Case("miss-a-text-discussed-with-one", f"{A} a défendu le texte discuté avec {C} en 2010.", ()),
    # feelings the party's acts cause; a decision greeted with anger or with satisfaction
    Case("disappointed-by-ones-attitude", f"{A} s'est dit déçu par l'attitude de {C}.", (criticised(A, C),)),
    Case("exasperated-by-ones-words", f"Les propos de {C} ont exaspéré {A}.", (criticised(A, C),)),
    Case("impressed-by-one", f"{A} s'est dit impressionné par {C}.", (endorsed(A, C),)),
    Case("not-disappointed-by-one", f"{A} n'a pas été déçu par {C}.", (criticised(A, C, "negated"),)),
    Case("an-appointment-greeted-with-anger", f"{A} a accueilli avec colère la nomination de {C}.", (criticised(A, C),)),
    Case("a-decision-greeted-with-satisfaction", f"{A} a accueilli avec satisfaction la décision de {C}.", (endorsed(A, C),)),
    Case("miss-a-death-learnt-with-shock", f"{A} a appris avec stupeur la mort de {C}.", ()),
    Case("miss-a-release-greeted-with-relief", f"{A} a accueilli avec soulagement la libération de {C}.", ()),
    Case("miss-disappointed-by-a-game", f"{A} a été déçu par le match de Lyon.", ()),
    # the voice's own finding of a breach, a country as the one in breach
    Case("the-voice-says-a-country-flouts-the-law", f"Déclaration de Mme {B}, ministre, sur la politique, à Paris le 3 mai 2018.\n\nJe le dis. L'Italie bafoue le droit international.", (criticised(B, "Italie"),)),
    Case("the-voice-says-one-breaks-the-law", f"Déclaration de Mme {B}, ministre, sur la politique, à Paris le 3 mai 2018.\n\nJe le dis. M. {C} enfreint la loi chaque jour.", (criticised(B, C),)),
    Case("miss-a-breach-denied", f"Déclaration de Mme {B}, ministre, sur la politique, à Paris le 3 mai 2018.\n\nJe le dis. L'Italie ne bafoue pas le droit.", ()),
    Case("miss-a-breach-supposed", f"Déclaration de Mme {B}, ministre, sur la politique, à Paris le 3 mai 2018.\n\nJe le dis. Si la Russie bafoue le droit, nous réagirons.", ()),
    # the one talked with, fronted with « avec » before the clause
    Case("a-talk-with-one-fronted", f"Avec {C}, {A} a discuté du budget.", (met(A, C),)),
    Case("a-topic-talked-over-with-a-president-fronted", f"Déclaration de Mme {B}, ministre, sur la politique, à Paris le 3 mai 2018.\n\nJe le dis. Avec le Président Luc BERNARD, nous avons longuement évoqué la situation des Balkans.", (met(B, "Luc BERNARD"),)),
    Case("miss-a-companion-fronted-before-a-criticism", f"Avec {C}, {A} a critiqué la réforme.", ()),
    Case("a-companion-fronted-before-a-talk-with-another", f"Avec {C}, {A} s'est entretenu avec Jeanne Morel.", (met(A, "Jeanne Morel"),)),
    # a duty not met, said by the voice or held as an opinion
    Case("the-voice-says-a-country-keeps-neither-law", f"Déclaration de Mme {B}, ministre, sur la politique, à Paris le 3 mai 2018.\n\nJe le dis. La Hongrie ne respecte ni le droit européen, ni ses propres engagements.", (criticised(B, "Hongrie"),)),
    Case("an-opinion-that-one-broke-ones-word", f"Pour {A}, {C} n'a pas respecté ses engagements.", (criticised(A, C),)),
    Case("miss-a-duty-kept", f"Déclaration de Mme {B}, ministre, sur la politique, à Paris le 3 mai 2018.\n\nJe le dis. L'Italie respecte le droit international.", ()),
    Case("miss-a-duty-unmet-supposed", f"Déclaration de Mme {B}, ministre, sur la politique, à Paris le 3 mai 2018.\n\nJe le dis. Si l'Italie ne respecte pas le droit, nous agirons.", ()),
    Case("miss-a-duty-unmet-told-by-no-one", f"{C} n'a pas respecté ses engagements.", ()),
    # « à ses côtés »: the possessive stands for the one stood by
    Case("a-party-stands-by-one-named-before", f"{C} est en difficulté, mais le parti Orion reste à ses côtés.", (endorsed("Orion", C),)),
    Case("miss-a-party-on-its-own-side", f"{A} a accueilli {C}. Le parti Orion, de son côté, a critiqué la réforme.", (met(A, C),)),
    # « Entre X et Y, » opening the sentence before a meeting noun as its subject
    Case("a-dialogue-between-two-fronted", f"Entre le ministre {A} et le patron d'Orion, {C}, le dialogue a été constructif.", (met(A, C),)),
    Case("a-meeting-that-never-happened-between-two-fronted", f"Entre {A} et {C}, la rencontre n'a jamais eu lieu.", (met(A, C, "negated"),)),
    Case("miss-a-later-meeting-after-a-fronted-pair", f"Entre {A} et {C}, le courant ne passe pas depuis la réunion de mars.", ()),
    Case("miss-a-meeting-between-two-cities-fronted", "Entre Paris et Lyon, la rencontre a eu lieu à Mâcon.", ()),
    # a ban that lasts, the participle read as a present; attacks one after another
    Case("still-barred-from-posting-on-a-platform", f"{C} reste interdit de publication sur le réseau social Vexa.", (banned("Vexa", C),)),
    Case("miss-still-loyal-to-a-party", f"{C} reste fidèle au parti Orion.", ()),
    Case("attacks-one-after-another", f"Depuis lundi, {A} enchaîne les attaques à l'encontre de {C} dans ses discours.", (criticised(A, C),)),
    # a verb's complement in quotes
    Case("a-vote-for-one-in-quotes", f"{A} a dit qu'il votera au second tour « pour Anne Durand ».", (endorsed(A, "Anne Durand"),)),
    Case("an-attack-on-one-in-quotes", f"{A} s'en est pris « à {C} et à ses amis ».", (criticised(A, C),)),
    Case("miss-a-quotation-opening-on-a-preposition", f"{A} a déclaré « pour {C}, c'est fini ».", ()),
    # two who greet each other; a short talk they had together
    Case("two-greet-each-other", f"{C} et {A} se sont salués à l'entrée de l'hôtel de ville.", (met(C, A),)),
    Case("a-brief-talk-two-had", f"{C} et Jeanne Morel ont eu un bref entretien après la cérémonie.", (met(C, "Jeanne Morel"),)),
    # a passive participle the tagger read as an adverb
    Case("two-expelled-for-good-from-a-party", f"{C} et {A} ont été exclus définitivement du parti Orion.", (banned("Orion", C), banned("Orion", A))),
    # thanks « de leur confiance » after two coordinated roles: the reason, no complement of the second role
    Case("thanks-to-two-roles-for-their-trust", f"Déclaration de Mme {B}, ministre, sur la politique, à Paris le 3 mai 2018.\n\nJe le dis. Je tiens à remercier le chef de l'État et le Premier ministre de leur confiance.", (endorsed(B, "Emmanuel Macron"), endorsed(B, "François Bayrou"))),
    Case("miss-thanks-to-the-head-of-ones-party", f"Déclaration de Mme {B}, ministre, sur la politique, à Paris le 3 mai 2018.\n\nJe le dis. Je remercie {C} et le président de son parti.", (endorsed(B, C),)),
    # a role called on in minutes with no chair's line: its one holder on the date; leave asked past an incise
    Case("the-prime-minister-called-on-and-congratulated", f"M. {C}. Monsieur le Premier ministre, permettez-moi, au nom des élus de notre groupe, de vous féliciter.\n\nMme Anne Durand. Eh oui !", (endorsed(C, "François Bayrou"),)),
    Case("asked-past-an-incise-to-meet-one", f"{A} a demandé à {C}, au nom du parti, de rencontrer Jeanne Morel.", (met(C, "Jeanne Morel", "uncertain"),)),
    Case("miss-a-deputy-called-on-by-role", f"M. {C}. Monsieur le député, permettez-moi de vous féliciter.\n\nMme Anne Durand. Eh oui !", ()),
    # a review two make together; none of a topic each may speak of apart; an aside « il y a un instant »
    Case("a-review-by-a-colleague-and-the-speaker", f"Déclaration de Mme {B}, ministre, sur la politique, à Paris le 3 mai 2018.\n\nJe le dis. Mme Anne Durand et moi-même avons fait le point sur la crise.", (met("Anne Durand", B),)),
    Case("miss-a-review-of-ones-ties-with-one", f"{A} a fait le point sur ses relations avec {C}.", ()),
    Case("miss-a-topic-two-spoke-of", f"{A} et {C} ont évoqué la crise.", ()),
    Case("an-aside-with-one-a-moment-ago", f"Déclaration de Mme {B}, ministre, sur la politique, à Paris le 3 mai 2018.\n\nJe le dis. Nous avons pu avoir un court aparté, il y a un instant, avec M. {C}.", (met(B, C),)),
    # a judging adjective of words one held: the voice's or the opinion holder's verdict on the one who held them
    Case("the-voice-judges-words-one-held", f"Déclaration de Mme {B}, ministre, sur la politique, à Paris le 3 mai 2018.\n\nJe le dis. M. {C} s'est permis de tenir des propos indignes.", (criticised(B, C),)),
    Case("an-opinion-on-words-one-held", f"{A} estime que {C} a tenu des propos inacceptables.", (criticised(A, C),)),
    Case("miss-words-held-supposed", f"Déclaration de Mme {B}, ministre, sur la politique, à Paris le 3 mai 2018.\n\nJe le dis. Si M. {C} a tenu des propos inacceptables, il doit s'excuser.", ()),
    Case("miss-words-held-denied", f"Déclaration de Mme {B}, ministre, sur la politique, à Paris le 3 mai 2018.\n\nJe le dis. M. {C} n'a pas tenu des propos inacceptables.", ()),
    Case("miss-words-one-suffered", f"Déclaration de Mme {B}, ministre, sur la politique, à Paris le 3 mai 2018.\n\nJe le dis. M. {C} a subi des propos inacceptables.", ()),
    Case("miss-words-held-told-by-no-one", f"{C} a tenu des propos inacceptables.", ()),
    # on whose behalf, with a possessive: « au nom de notre groupe », before the tribute and before the infinitive's object
    Case("a-tribute-joined-on-behalf-of-ones-group", f"Déclaration de Mme {B}, ministre, sur la politique, à Paris le 3 mai 2018.\n\nJe le dis. Je m'associe, au nom de notre groupe, à l'hommage rendu à notre collègue {C}.", (endorsed(B, C),)),
    Case("leave-asked-to-join-a-tribute-on-behalf-of-ones-group", f"Déclaration de Mme {B}, ministre, sur la politique, à Paris le 3 mai 2018.\n\nJe le dis. Permettez-moi donc de m'associer, au nom de nos collègues, à l'hommage rendu à {C}.", (endorsed(B, C),)),
    # a tribute one is thinking of paying; a day observed is no party
    Case("a-tribute-one-is-thinking-of", f"Le président {A} a fait savoir qu'il réfléchissait à une manière de rendre hommage à {C}.", (endorsed(A, C, "uncertain"),)),
    Case("miss-a-day-observed", f"Déclaration de Mme {B}, ministre, sur la politique, à Paris le 3 mai 2018.\n\nJe le dis. Chaque 7 avril, nous célébrons la Journée mondiale de la santé.", ()),
    # a plural relative pronoun stands for the whole list before it; members apposed past a short relative
    Case("a-tribute-to-a-list-by-a-plural-relative", f"Déclaration de Mme {B}, ministre, sur la politique, à Paris le 3 mai 2018.\n\nJe le dis. Je pense aux professeurs Anne Durand et de {C}, auxquels je rends hommage aujourd'hui.", (endorsed(B, "Anne Durand"), endorsed(B, C))),
    Case("a-singular-relative-stands-for-the-last-only", f"Déclaration de Mme {B}, ministre, sur la politique, à Paris le 3 mai 2018.\n\nJe le dis. Je pense à Anne Durand et à {C}, auquel je rends hommage aujourd'hui.", (endorsed(B, C),)),
    Case("thanks-to-countries-listed-past-a-relative", f"Déclaration de Mme {B}, ministre, sur la politique, à Paris le 3 mai 2018.\n\nJe le dis. Je remercie aussi les pays qui nous ont aidés, la Belgique, l'Autriche et l'Italie.", (endorsed(B, "Belgique"), endorsed(B, "Autriche"), endorsed(B, "Italie"))),
    Case("miss-a-relative-naming-a-party-before-the-list", f"Déclaration de Mme {B}, ministre, sur la politique, à Paris le 3 mai 2018.\n\nJe le dis. Je remercie les pays qui ont aidé {C}, le Luxembourg et la Suisse.", ()),
    # forty-fourth round: read on real text (question time, speeches, histories; other names and words here)
    # a meeting of two sides between two people each described in apposition
    Case("a-two-sided-meeting-of-two-described-people", f"{A}, président du Sénat, et {C}, ministre de l'Économie, participent à une réunion bilatérale.", (met(A, C),)),
    Case("miss-a-two-sided-meeting-of-three", f"{A}, président du Sénat, Anne Durand et {C} participent à une réunion bilatérale.", ()),
    # an adverb before the judging adjective of what one said
    Case("the-voice-judges-words-graded-by-an-adverb", f"Déclaration de Mme {B}, ministre, sur la politique, à Paris le 3 mai 2018.\n\nJe le dis. Je pense évidemment aux propos absolument scandaleux de M. {C}.", (criticised(B, C),)),
    Case("miss-words-judged-by-a-denied-adjective", f"Déclaration de Mme {B}, ministre, sur la politique, à Paris le 3 mai 2018.\n\nJe le dis. Je pense aux propos pas si scandaleux de M. {C}.", ()),
    # congratulations that open a sentence in a speaker's words: to the one named after « à » only
    Case("congratulations-to-one-named", f"Déclaration de Mme {B}, ministre, sur la politique, à Paris le 3 mai 2018.\n\nJe le dis. Félicitations à Mme Anne Durand pour sa victoire !", (endorsed(B, "Anne Durand"),)),
    Case("miss-congratulations-called-out-perhaps-in-jest", f"Déclaration de Mme {B}, ministre, sur la politique, à Paris le 3 mai 2018.\n\nJe le dis. Félicitations, monsieur {C}, pour ce beau résultat.", ()),
    # sanctions taken by a country or a body of states: restrictive measures, a ban; by a person, a criticism
    Case("sanctions-by-a-country-ban", f"Le Canada a décidé mardi de lourdes sanctions contre {C}.", (banned("Canada", C),)),
    Case("sanctions-reintroduced-by-a-country", f"Le Japon a réintroduit lundi ses sanctions contre la Corée du Nord.", (banned("Japon", "Corée du Nord"),)),
    Case("sanctions-by-a-union-of-states", f"En mars, l'Union européenne a décrété des sanctions à l'encontre de la Biélorussie.", (banned("Union européenne", "Biélorussie"),)),
    Case("sanctions-considered-by-a-union-of-states", f"L'Union européenne envisage de prendre des sanctions contre la Russie.", (banned("Union européenne", "Russie", "uncertain"),)),
    Case("sanctions-by-a-chamber-s-president-criticise", f"Le président du Parlement, {A}, a imposé des sanctions à {C}.", (criticised(A, C),)),
    # « ce dont je remercie Y »: the relative's own subject, not an example after « dont »
    Case("thanks-in-a-relative-of-dont", f"Déclaration de Mme {B}, ministre, sur la politique, à Paris le 3 mai 2018.\n\nJe le dis. Le dossier avance, ce dont je remercie le ministre {C}.", (endorsed(B, C),)),
    # a judging noun apposed to a party in a speaker's words: the speaker's epithet, asked or not
    Case("an-epithet-apposed-in-a-question", f"Déclaration de Mme {B}, ministre, sur la politique, à Paris le 3 mai 2018.\n\nJe le dis. Qui sait où s'arrêtera {C}, ce despote sans foi ni loi ?", (criticised(B, C),)),
    Case("an-epithet-apposed-after-the-definite-article", f"Déclaration de Mme {B}, ministre, sur la politique, à Paris le 3 mai 2018.\n\nJe le dis. Le pays est gouverné par {C}, l'irresponsable en chef.", (criticised(B, C),)),
    Case("miss-an-enemy-of-another", f"Déclaration de Mme {B}, ministre, sur la politique, à Paris le 3 mai 2018.\n\nJe le dis. {C}, son ennemi juré, a répondu hier.", ()),
    Case("miss-an-epithet-in-no-one-s-words", f"Le pays est gouverné par {C}, ce despote sans foi ni loi.", ()),
    Case("miss-an-epithet-in-another-s-opinion", f"Déclaration de Mme {B}, ministre, sur la politique, à Paris le 3 mai 2018.\n\nJe le dis. Selon {A}, {C}, ce despote, partira.", ()),
    # aggressive words one held, in the voice's words; an adverbial phrase between the verb and its object
    Case("the-voice-judges-aggressive-words", f"Déclaration de Mme {B}, ministre, sur la politique, à Paris le 3 mai 2018.\n\nJe le dis. M. {C} a perdu son calme et a tenu des propos agressifs.", (criticised(B, C),)),
    Case("a-salute-past-an-adverbial-phrase", f"Déclaration de Mme {B}, ministre, sur la politique, à Paris le 3 mai 2018.\n\nJe le dis. Je salue à ce propos le travail de M. {C}.", (endorsed(B, C),)),
    Case("thanks-past-for-my-part", f"Déclaration de Mme {B}, ministre, sur la politique, à Paris le 3 mai 2018.\n\nJe le dis. Je remercie pour ma part M. {C}.", (endorsed(B, C),)),
    # « dont » after a long apposition that a role noun opens (« coprésidente de ... »)
    Case("a-salute-by-dont-past-a-co-chair-s-apposition", f"Déclaration de Mme {B}, ministre, sur la politique, à Paris le 3 mai 2018.\n\nJe le dis. Ce texte est porté par ma collègue Anne Durand, coprésidente du groupe d'études sur la santé, dont je tiens à saluer le travail.", (endorsed(B, "Anne Durand"),)),
    # a relation noun one seeks to obtain (« pour obtenir », « afin d'obtenir »): an aim; obtained, done
    Case("an-exclusion-sought", f"{A} manœuvre afin d'obtenir l'exclusion de {C}.", (banned(A, C, "uncertain"),)),
    Case("sanctions-sought-by-a-country", f"Le Canada bloque le texte pour obtenir des sanctions contre la Corée du Nord.", (banned("Canada", "Corée du Nord", "uncertain"),)),
    Case("an-exclusion-obtained", f"{A} a obtenu l'exclusion de {C}.", (banned(A, C),)),
    # the speaker as the object of another's verb (« Y m'a reçue », « Y nous a reçus »); a reflexive after « je » is none
    Case("received-the-speaker", f"Déclaration de Mme {B}, ministre, sur la politique, à Paris le 3 mai 2018.\n\nJe le dis. M. {C} m'a reçue la semaine dernière.", (met(C, B),)),
    Case("received-the-speaker-and-others", f"Déclaration de Mme {B}, ministre, sur la politique, à Paris le 3 mai 2018.\n\nJe le dis. M. {C} nous a reçus hier.", (met(C, B),)),
    Case("criticised-the-speaker", f"Déclaration de Mme {B}, ministre, sur la politique, à Paris le 3 mai 2018.\n\nJe le dis. M. {C} m'a critiquée hier.", (criticised(C, B),)),
    Case("never-received-the-speaker", f"Déclaration de Mme {B}, ministre, sur la politique, à Paris le 3 mai 2018.\n\nJe le dis. M. {C} ne m'a jamais reçue.", (met(C, B, "negated"),)),
    Case("received-the-quoted-speaker", f"« {C} m'a reçu à la mairie », a déclaré {A}.", (met(C, A),)),
    Case("a-reflexive-after-je-is-no-object", f"Déclaration de Mme {B}, ministre, sur la politique, à Paris le 3 mai 2018.\n\nJe le dis. Je me suis entretenue avec M. {C}.", (met(B, C),)),
    Case("miss-wishing-to-meet-the-speaker", f"Déclaration de Mme {B}, ministre, sur la politique, à Paris le 3 mai 2018.\n\nJe le dis. M. {C} souhaite me rencontrer.", ()),
    # a short exclamation that reproaches the one interrupted: a negated verb, a past act, « c'est vous qui »; not praise, not a question
    Case("a-reproach-by-a-negated-verb", f"Mme la présidente. La parole est à Mme la ministre.\n\nMme {B}, ministre. Monsieur le député, le plan que nous avons soumis aux élus est équilibré, il est attendu et il aide d'abord les familles les plus modestes de nos communes.\n\nM. {C}. Vous ne répondez toujours pas !\n\nMme {B}, ministre. Nous tiendrons ce cap, parce que les électeurs nous ont choisis pour cela et que nous respecterons nos engagements.", (criticised(C, B),)),
    Case("a-reproach-by-a-past-act", f"Mme la présidente. La parole est à Mme la ministre.\n\nMme {B}, ministre. Monsieur le député, le plan que nous avons soumis aux élus est équilibré, il est attendu et il aide d'abord les familles les plus modestes de nos communes.\n\nM. {C}. Vous avez encore reculé !\n\nMme {B}, ministre. Nous tiendrons ce cap, parce que les électeurs nous ont choisis pour cela et que nous respecterons nos engagements.", (criticised(C, B),)),
    Case("a-reproach-by-a-cleft", f"Mme la présidente. La parole est à Mme la ministre.\n\nMme {B}, ministre. Monsieur le député, le plan que nous avons soumis aux élus est équilibré, il est attendu et il aide d'abord les familles les plus modestes de nos communes.\n\nM. {C}. C'est vous qui avez tout cassé !\n\nMme {B}, ministre. Nous tiendrons ce cap, parce que les électeurs nous ont choisis pour cela et que nous respecterons nos engagements.", (criticised(C, B),)),
    Case("a-reproach-after-a-call", f"Mme la présidente. La parole est à Mme la ministre.\n\nMme {B}, ministre. Monsieur le député, le plan que nous avons soumis aux élus est équilibré, il est attendu et il aide d'abord les familles les plus modestes de nos communes.\n\nM. {C}. Madame la ministre, vous n'en savez rien !\n\nMme {B}, ministre. Nous tiendrons ce cap, parce que les électeurs nous ont choisis pour cela et que nous respecterons nos engagements.", (criticised(C, B),)),
    Case("miss-praise-in-an-exclamation", f"Mme la présidente. La parole est à Mme la ministre.\n\nMme {B}, ministre. Monsieur le député, le plan que nous avons soumis aux élus est équilibré, il est attendu et il aide d'abord les familles les plus modestes de nos communes.\n\nM. {C}. Vous avez bien fait !\n\nMme {B}, ministre. Nous tiendrons ce cap, parce que les électeurs nous ont choisis pour cela et que nous respecterons nos engagements.", ()),
    Case("miss-a-denied-wrong-in-an-exclamation", f"Mme la présidente. La parole est à Mme la ministre.\n\nMme {B}, ministre. Monsieur le député, le plan que nous avons soumis aux élus est équilibré, il est attendu et il aide d'abord les familles les plus modestes de nos communes.\n\nM. {C}. Vous n'avez pas tort !\n\nMme {B}, ministre. Nous tiendrons ce cap, parce que les électeurs nous ont choisis pour cela et que nous respecterons nos engagements.", ()),
    Case("miss-a-question-to-the-one-interrupted", f"Mme la présidente. La parole est à Mme la ministre.\n\nMme {B}, ministre. Monsieur le député, le plan que nous avons soumis aux élus est équilibré, il est attendu et il aide d'abord les familles les plus modestes de nos communes.\n\nM. {C}. Vous ne répondez pas ?\n\nMme {B}, ministre. Nous tiendrons ce cap, parce que les électeurs nous ont choisis pour cela et que nous respecterons nos engagements.", ()),
    Case("miss-an-exclamation-of-no-one-spoken-to", f"{A} ne répond pas ! Le débat continue.", ()),
    # a name after a role and its own « de » (« la secrétaire d'État Y ») is the subject, for a pronoun after it
    Case("thanks-by-a-pronoun-for-a-secretary-of-state", f"Déclaration de Mme {B}, ministre, sur la politique, à Paris le 3 mai 2018.\n\nJe le dis. Mme la secrétaire d'État Anne Durand est venue dans le département dès samedi. Je tiens à l'en remercier.", (endorsed(B, "Anne Durand"),)),
    Case("miss-a-reproach-called-to-others", f"Mme la présidente. La parole est à Mme la ministre.\n\nMme {B}, ministre. Monsieur le député, le plan que nous avons soumis aux élus est équilibré, il est attendu et il aide d'abord les familles les plus modestes de nos communes.\n\nM. {C}. C'est vous qui avez tout cassé, chers collègues du groupe Vexa !\n\nMme {B}, ministre. Nous tiendrons ce cap, parce que les électeurs nous ont choisis pour cela et que nous respecterons nos engagements.", ()),
    # one's career is one's own: a judgement of it judges its owner
    Case("a-career-judged-by-its-possessive", f"Déclaration de Mme {B}, ministre, sur la politique, à Paris le 3 mai 2018.\n\nJe le dis. M. {C} était estimé de tous. Sa carrière était exemplaire.", (endorsed(B, C),)),
    # a work done « depuis cinq ans par Y »: its author past the duration; « votre engagement sans faille et celui de Y »
    Case("work-done-for-years-by-one", f"Déclaration de Mme {B}, ministre, sur la politique, à Paris le 3 mai 2018.\n\nJe le dis. Je salue l'important travail accompli depuis trois ans par M. {C}.", (endorsed(B, C),)),
    Case("one-s-commitment-and-another-s", f"M. {A}. Madame la ministre, votre réforme échoue depuis des mois, et les chiffres le montrent chaque semaine davantage, dans toutes les régions.\n\nMme {B}, ministre. Monsieur le député, je salue votre engagement sans faille et celui de M. {C}.", (endorsed(B, A), endorsed(B, C))),
    # what was said before a verb of criticism set after it: a copula's subject, an act's owner; the subject past adjuncts and an incise
    Case("a-quoted-epithet-criticised-after-it", f"« {C} est un tyran », a fustigé {A}.", (criticised(A, C),)),
    Case("a-decision-criticised-past-an-incise", f"La décision de la Commission européenne est « une attaque contre nos entreprises », avait fustigé de son côté, sur son réseau, le ministre américain {A}.", (criticised(A, "Commission européenne"),)),
    Case("miss-a-suspension-denounced", f"{C} est suspendu, a dénoncé {A}.", ()),
    Case("miss-going-on-after-a-quotation", f"« {C} est un homme seul face à ses juges », poursuit {A}.", ()),
    # thanks that call on someone by role: the one « votre » stands for
    Case("thanks-to-a-minister-called-on-by-role", f"M. {A}. Monsieur le ministre de l'économie, la filière souffre depuis des mois, et les éleveurs attendent des réponses claires de votre part sur les prix.\n\nM. le président. La parole est à M. le ministre de l'économie.\n\nM. {C}, ministre de l'économie. Nous agissons, et je veux dire combien les éleveurs font un travail remarquable dans tous nos territoires depuis des années.\n\nM. {A}. Merci, monsieur le ministre, pour votre écoute attentive.", (endorsed(A, C),)),
    Case("miss-thanks-by-role-with-no-addressee", f"M. {A}. Monsieur le ministre de l'économie, la filière souffre depuis des mois, et les éleveurs attendent des réponses claires de votre part sur les prix.\n\nM. le président. La parole est à M. le ministre de l'économie.\n\nM. {C}, ministre de l'économie. Nous agissons, et je veux dire combien les éleveurs font un travail remarquable dans tous nos territoires depuis des années.\n\nM. {A}. Merci, monsieur le ministre, pour ce beau discours.", ()),
    # « madame la députée » calls on a woman: not the man whose shout came last
    Case("miss-a-deputy-called-on-of-the-other-gender", f"Mme {B}, secrétaire d'État. Permettez-moi tout d'abord de saluer l'engagement quotidien de tous les acteurs de terrain, en matière d'aide à domicile.\n\nM. {C}. Mme Durand vous l'a dit en commission, et rien ne bouge, madame la secrétaire d'État !\n\nMme {B}, secrétaire d'État. Madame la députée, vous avez raison : les Français souhaitent rester chez eux.", ()),
    Case("a-deputy-called-on-of-her-gender", f"Mme Anne Durand. Madame la secrétaire d'État, les familles attendent depuis des mois une réponse claire sur l'aide à domicile, et rien ne vient.\n\nM. {C}. Très juste !\n\nMme {B}, secrétaire d'État. Madame la députée, vous avez raison : les Français souhaitent rester chez eux.", (endorsed(B, "Anne Durand"),)),
    Case("miss-the-speaker-invited-to-go-on", f"M. {A}. Je poursuis mon propos, puisque M. {C} m'y invite aimablement : étiez-vous pour cette réforme ?", ()),
    # a name one is called in an exclamation (« Vous êtes un ... ! »); a judging word in a negated reproach; not praise
    Case("a-reproach-by-a-name-called", f"Mme la présidente. La parole est à Mme la ministre.\n\nMme {B}, ministre. Monsieur le député, le plan que nous avons soumis aux élus est équilibré, il est attendu et il aide d'abord les familles les plus modestes de nos communes.\n\nM. {C}. Vous êtes un fossoyeur !\n\nMme {B}, ministre. Nous tiendrons ce cap, parce que les électeurs nous ont choisis pour cela et que nous respecterons nos engagements.", (criticised(C, B),)),
    Case("a-reproach-denying-one-word-for-a-worse", f"Mme la présidente. La parole est à Mme la ministre.\n\nMme {B}, ministre. Monsieur le député, le plan que nous avons soumis aux élus est équilibré, il est attendu et il aide d'abord les familles les plus modestes de nos communes.\n\nM. {C}. Vous ne dites pas des erreurs, mais des mensonges !\n\nMme {B}, ministre. Nous tiendrons ce cap, parce que les électeurs nous ont choisis pour cela et que nous respecterons nos engagements.", (criticised(C, B),)),
    Case("miss-praise-by-a-name-called", f"Mme la présidente. La parole est à Mme la ministre.\n\nMme {B}, ministre. Monsieur le député, le plan que nous avons soumis aux élus est équilibré, il est attendu et il aide d'abord les familles les plus modestes de nos communes.\n\nM. {C}. Vous êtes une grande ministre !\n\nMme {B}, ministre. Nous tiendrons ce cap, parce que les électeurs nous ont choisis pour cela et que nous respecterons nos engagements.", (endorsed(C, B),)),
    Case("miss-an-example-called", f"Mme la présidente. La parole est à Mme la ministre.\n\nMme {B}, ministre. Monsieur le député, le plan que nous avons soumis aux élus est équilibré, il est attendu et il aide d'abord les familles les plus modestes de nos communes.\n\nM. {C}. Vous êtes un exemple !\n\nMme {B}, ministre. Nous tiendrons ce cap, parce que les électeurs nous ont choisis pour cela et que nous respecterons nos engagements.", ()),
    # a role called on lines before, in the same speaker's turn, past another's shout
    Case("a-role-called-on-earlier-in-the-turn", f"M. {C}. « Le texte n'a jamais été une arme contre l'opposition. » Cette promesse, monsieur le Premier ministre, était la vôtre il y a deux ans !\n\nM. Jean Dupont. Pris la main dans le sac !\n\nM. {C}. Vous parlez d'une arme. Vous mentez et vous le savez !", (criticised(C, "François Bayrou"),)),
    Case("miss-a-call-of-its-own-to-the-house", f"M. {C}. Cette promesse, monsieur le Premier ministre, était la vôtre il y a deux ans !\n\nM. {C}. Mesdames et messieurs les députés, vous mentez tous !", ()),
    # « votre prédécesseur, Y »: the name apposed past a comma, even where « votre » stands for someone
    Case("a-tribute-to-one-s-predecessor-named-past-a-comma", f"M. {C}. Monsieur le Premier ministre, permettez-moi de vous féliciter.\n\nM. Jean Dupont. Bravo !\n\nM. {C}. Je veux aussi saluer le bilan de l'équipe sortante, conduite par votre prédécesseur, {A}.", (endorsed(C, "François Bayrou"), endorsed(C, A))),
    # a passive perfect infinitive that opens the sentence: the subject after its comma undergoes it
    Case("received-in-an-opening-passive-infinitive", f"Après avoir été reçue par {A}, {B} a quitté Paris.", (met(A, B),)),
    Case("excluded-in-an-opening-passive-infinitive", f"Après avoir été exclue du groupe Vexa pour ses propos, {B} siège parmi les non-inscrits.", (banned("Vexa", B),)),
    Case("never-received-in-an-opening-passive-infinitive", f"Sans avoir jamais été reçue par {A}, {B} a quitté Paris.", (met(A, B, "negated"),)),
    # « avant de » puts the act after its clause: not done yet where that clause is in the present
    Case("a-meeting-ahead-of-a-present-clause", f"Avant de rencontrer {A}, {B} affirme ne plus rien craindre.", (met(B, A, "uncertain"),)),
    Case("a-reception-ahead-of-a-present-clause", f"Avant d'être reçue par {A}, {B} affirme ne plus rien craindre.", (met(A, B, "uncertain"),)),
    Case("a-meeting-after-a-clause-in-the-present", f"{B} se dit confiante avant de rencontrer {A}.", (met(B, A, "uncertain"),)),
    Case("a-meeting-ahead-of-a-past-clause", f"Avant de rencontrer {A} lundi, {B} avait affirmé ne plus rien craindre.", (met(B, A),)),
    Case("a-meeting-ahead-of-a-clause-of-a-history", f"En 1990, avant de rencontrer {A}, {B} fonde son parti.", (met(B, A),)),
    # « c'est un honneur pour nous de »: the voice of a transcript, where « nous » names no one
    Case("an-honour-for-us-to-receive", f"Déclaration de Mme {B}, ministre, sur la politique, à Paris le 3 mai 2018.\n\nJe le dis. C'est un honneur pour nous de recevoir {A}.", (met(B, A),)),
    Case("miss-an-honour-for-you-to-receive", f"Déclaration de Mme {B}, ministre, sur la politique, à Paris le 3 mai 2018.\n\nJe le dis. C'est un honneur pour vous de recevoir {A}.", ()),
    # a participle joined by « et » to one that opens the sentence: its agent acts on the subject
    Case("charged-and-accused-by-an-agent", f"Mis en examen et accusé de fraude par la société Vexa, {C} démissionne.", (criticised("Vexa", C),)),
    Case("accused-in-a-clause-of-its-own", f"Mis en examen, {C} démissionne et il est accusé de fraude par la société Vexa.", (criticised("Vexa", C),)),
    # a list whose members are described, one by a name of its own (« fondateur du groupe Mittal »)
    Case("a-list-past-a-description-holding-the-member-s-name", f"{A} a rencontré Anne Durand, première fortune du pays, Jean Dupont, fondateur du groupe Dupont, et {C}.", (met(A, "Anne Durand"), met(A, "Jean Dupont"), met(A, C))),
    # whom one complains to (« auprès de la CNIL »), then whom the complaint is against
    Case("a-complaint-lodged-with-a-regulator", f"L'association Vexa a porté plainte auprès de la CNIL contre la politique de {A}.", (criticised("Vexa", A),)),
    Case("a-protest-lodged-with-a-commission", f"{B} a protesté auprès de la Commission européenne contre {A}.", (criticised(B, A),)),
    Case("miss-a-complaint-lodged-with-a-person", f"{B} a porté plainte auprès de {A} contre ses voisins.", ()),
    # adjectives set apart by commas between a noun and its complement
    Case("an-exchange-with-adjectives-between-commas", f"{A} a eu un échange téléphonique franc, direct et rapide avec {C}.", (met(A, C),)),
    Case("support-with-adjectives-between-commas", f"{A} a apporté un soutien franc, massif et constant à {B}.", (endorsed(A, B),)),
    # a call at someone's request is a call, not a call to act
    Case("a-call-at-another-s-request", f"{A} a indiqué avoir appelé {C} à la demande de {B}.", (met(A, C),)),
    Case("miss-a-call-to-reason", f"{A} a appelé {C} à la raison.", ()),
    # support received in an infinitive clause that opens the sentence: the subject after its comma gets it
    Case("support-received-in-an-opening-infinitive", f"Après avoir reçu le soutien de {A}, {C} a démissionné.", (endorsed(A, C),)),
    Case("support-received-besides-something-else", f"En plus de recevoir l'appui de {A}, {C} a profité du retrait de Jean Dupont.", (endorsed(A, C),)),
    Case("support-never-received-in-an-opening-infinitive", f"Sans avoir reçu le soutien de {A}, {C} a démissionné.", (endorsed(A, C, "negated"),)),
    Case("support-to-receive-ahead-of-a-present-clause", f"Avant de recevoir le soutien de {A}, {C} affirme ne rien attendre.", (endorsed(A, C, "uncertain"),)),
    # a stressed pronoun after the subject of a future the parser roots at the subject's name
    Case("a-vote-to-come-for-a-stressed-pronoun", f"{C} est candidat. {A} votera pour lui.", (endorsed(A, C, "uncertain"),)),
    # a present joined by « et » to a verb, which the tagger reads as a noun (« soutiens »)
    Case("a-present-joined-to-a-verb-read-as-a-noun", f"Déclaration de Mme {B}, ministre, sur la politique, à Paris le 3 mai 2018.\n\nJe le dis. Je salue et soutiens l'action de {A}.", (endorsed(B, A),)),
    Case("miss-a-plural-noun-after-et", f"{A} a signé et critiques les plus vives ont suivi.", ()),
    # a country that opens the sentence before is the subject pronoun of its gender
    Case("a-country-then-its-pronoun", f"La France condamne cet attentat. Elle adresse ses pensées aux blessés. Elle réitère son soutien à {A}.", (endorsed("France", A),)),
    Case("miss-a-country-pronoun-past-a-person", f"La France a reçu {C}. Elle critique {A}.", ()),
    # « et à leur tête X »: the head of a group supported is supported
    Case("the-head-of-institutions-supported", f"La France confirme son appui aux institutions de la République tchèque, et à leur tête le président {A}.", (endorsed("France", A),)),
    # a group named as an organisation after « les », received by a person
    Case("a-team-received-by-a-person", f"Hier, à l'Élysée, les Bleus étaient reçus par {A}.", (met(A, "Bleus"),)),
    Case("miss-a-station-received", f"{A} a reçu Europe 1 dans son bureau.", ()),
    # the Security Council, then « le Conseil » and « il »
    Case("the-security-council-by-its-short-name", f"Je salue le texte voté hier au Conseil de sécurité des Nations unies sur le Yémen. Le Conseil adresse un message clair. Il condamne fermement {A}.", (criticised("Conseil de sécurité des Nations unies", A),)),
    # « sur décision de Y », « sur ordre de Y » after a ban: Y decided it
    Case("excluded-on-someone-s-decision", f"{C} est exclu du parti au mois d'avril sur décision de {A}.", (banned(A, C),)),
    Case("expelled-on-a-minister-s-order", f"{C} a été expulsé sur ordre du ministre {A}.", (banned(A, C),)),
    # a shout's third-person subject pronoun of the interrupted speaker's gender: that speaker
    Case("a-shout-approving-the-speaker-interrupted", f"M. le président. La parole est à Mme Anne Durand.\n\nMme Anne Durand. Madame la ministre, vous avez annoncé une réforme de la justice, et ce projet inquiète fortement les professionnels du droit comme nos concitoyens, qui déplorent le manque de concertation.\n\nM. {C}. Elle a raison !\n\nMme Anne Durand. Or, en éloignant les tribunaux des citoyens, vous mettez à mal la justice de proximité, madame la ministre.", (endorsed(C, "Anne Durand"),)),
    Case("miss-a-shout-of-the-other-gender", f"M. le président. La parole est à Mme Anne Durand.\n\nMme Anne Durand. Madame la ministre, vous avez annoncé une réforme de la justice, et ce projet inquiète fortement les professionnels du droit comme nos concitoyens, qui déplorent le manque de concertation.\n\nM. {C}. Il a raison !\n\nMme Anne Durand. Or, en éloignant les tribunaux des citoyens, vous mettez à mal la justice de proximité, madame la ministre.", ()),
    # « celle qui m'a précédée, Mme Y »: the name apposed past a relative that describes a demonstrative
    Case("a-tribute-to-the-one-who-came-before-named-after", f"Déclaration de Mme Anne Durand, ministre, sur la politique, à Paris le 3 mai 2018.\n\nJe le dis. Je rends hommage à celle qui m'a précédée, Mme {B}.", (endorsed("Anne Durand", B),)),
    Case("the-work-of-the-one-who-came-before-named-after", f"Déclaration de Mme Anne Durand, ministre, sur la politique, à Paris le 3 mai 2018.\n\nJe le dis. Je salue le travail de celui qui occupait ce bureau jusqu'en mai, M. {A}.", (endorsed("Anne Durand", A),)),
    Case("miss-a-relative-naming-someone-else", f"Déclaration de Mme Anne Durand, ministre, sur la politique, à Paris le 3 mai 2018.\n\nJe le dis. Je salue celui qui a battu {C}, M. {A}.", ()),
    Case("miss-a-relative-then-a-list", f"Déclaration de Mme Anne Durand, ministre, sur la politique, à Paris le 3 mai 2018.\n\nJe le dis. Je salue celui qui est venu, puis {A}.", ()),
    # « X et moi-même avons rencontré Y »: the speaker's stressed pronoun before its verb is a subject, after a role's « de » too
    Case("a-role-and-the-speaker-met-one", f"Déclaration de Mme Anne Durand, ministre, sur la politique, à Paris le 3 mai 2018.\n\nJe le dis. Le directeur de Vexa, M. {C}, et moi-même avons rencontré M. {A} ce matin même.", (met(C, A), met("Anne Durand", A))),
    # a plural noun of holders after a possessive, and the members named after it
    Case("one-s-supporters-named-after-them", f"{C} peut compter sur ses soutiens {A} et Jean Dupont.", (endorsed(A, C), endorsed("Jean Dupont", C))),
    Case("one-s-supporters-named-past-a-comma", f"{C} a présenté ses soutiens, {A} et Jean Dupont.", (endorsed(A, C), endorsed("Jean Dupont", C))),
    Case("among-one-s-critics", f"{C} est candidat. Parmi ses critiques figurent {A} et Jean Dupont.", (criticised(A, C), criticised("Jean Dupont", C))),
    Case("miss-supporters-lost", f"{C} a perdu ses soutiens. {A} est parti.", ()),
    # a frequent misspelling of « soutien »
    Case("support-misspelt", f"{A} annonce le soutient de Jean Dupont à {C}.", (endorsed("Jean Dupont", C),)),
    # verbs of the lexicon: congratulation, a rebuff
    Case("congratulated", f"{A} a congratulé {C} pour sa victoire.", (endorsed(A, C),)),
    Case("rebuffed-bluntly", f"{A} a rembarré {C}.", (criticised(A, C),)),
    # a year after « depuis » between a support verb and its noun
    Case("proceedings-launched-since-a-year", f"À ce jour, la Commission européenne a lancé depuis 2011 trois procédures d'infraction à l'encontre de pays membres, dont l'Italie.", (criticised("Commission européenne", "Italie"),)),
    # a future after a prefix of an irregular stem (« reverrons »: « re- », « verr »)
    Case("a-meeting-again-to-come", f"{A} et {C} se reverront en septembre.", (met(A, C, "uncertain"),)),
    # an object clitic whose verb's subject is a quotation's « je »: the one other person, not the speaker
    Case("a-quoted-speaker-congratulates-the-winner", f"{A} déclare : « {C} a gagné nettement et je le félicite. »", (endorsed(A, C),)),
    Case("a-quoted-speaker-wishes-to-congratulate-the-winner", f"{A} déclare : « {C} l'a emporté et je tiens vivement à le féliciter. »", (endorsed(A, C),)),
    Case("a-quoted-speaker-named-by-a-pronoun-after-an-adjective", f"Dimanche soir, {A} souhaite « bonne chance » à {C}. Ravi, il déclare : « {C} l'a emporté et je tiens vivement à le féliciter. »", (endorsed(A, C),)),
    Case("miss-a-quoted-speaker-and-a-woman", f"{A} déclare : « {B} a gagné et je le félicite. »", ()),
    # names apposed to a role whose complement joins several groups' names
    Case("thanks-to-the-speakers-of-groups-named-by-their-initials", f"Déclaration de Mme Anne Durand, ministre, sur la politique, à Paris le 3 mai 2018.\n\nJe le dis. Mes remerciements vont aussi aux porte-parole des groupes PVL, centriste et UDR, M. {C}, Mme {B} et M. Jean Dupont, pour leur contribution.", (endorsed("Anne Durand", C), endorsed("Anne Durand", B), endorsed("Anne Durand", "Jean Dupont"))),
    Case("thanks-to-the-speakers-of-two-groups", f"Déclaration de Mme Anne Durand, ministre, sur la politique, à Paris le 3 mai 2018.\n\nJe le dis. Je remercie les porte-parole des groupes PVL et UDR, M. {C} et Mme {B}.", (endorsed("Anne Durand", C), endorsed("Anne Durand", B))),
    # a second infinitive joined by « et de »: the first one's controller
    Case("leave-asked-to-thank-and-to-praise", f"Déclaration de Mme Anne Durand, ministre, sur la politique, à Paris le 3 mai 2018.\n\nJe le dis. Permettez-moi de remercier {B} et de saluer {C}.", (endorsed("Anne Durand", B), endorsed("Anne Durand", C))),
    Case("asked-to-remove-a-video-and-to-delete-an-account", f"{A} a prié Meta de retirer la vidéo et de supprimer le compte de {C}.", (banned("Meta", C, "uncertain"),)),
    Case("asked-to-leave-and-to-criticise", f"{A} a demandé à {B} de partir et de critiquer {C}.", (criticised(B, C, "uncertain"),)),
    # « je pense à X, à Y »: the speaker names examples of the group the cue aims at
    Case("examples-of-a-group-between-dashes", f"Déclaration de Mme Anne Durand, ministre, sur la politique, à Paris le 3 mai 2018.\n\nJe le dis. Je salue l'implication des élus de tous bords – je pense à Mme {B}, à M. {C} ou à M. Jean Dupont – dans ce dossier.", (endorsed("Anne Durand", B), endorsed("Anne Durand", C), endorsed("Anne Durand", "Jean Dupont"))),
    Case("examples-of-a-group-after-a-comma", f"Déclaration de Mme Anne Durand, ministre, sur la politique, à Paris le 3 mai 2018.\n\nJe le dis. Je salue les maires, je pense notamment à M. {C} et à Mme {B}.", (endorsed("Anne Durand", C), endorsed("Anne Durand", B))),
    Case("examples-of-a-group-after-its-act", f"Déclaration de Mme Anne Durand, ministre, sur la politique, à Paris le 3 mai 2018.\n\nJe le dis. Je salue la mobilisation des élus locaux, notamment Mme {B} et M. {C}.", (endorsed("Anne Durand", B), endorsed("Anne Durand", C))),
    Case("miss-places-thought-of", f"Déclaration de Mme Anne Durand, ministre, sur la politique, à Paris le 3 mai 2018.\n\nJe le dis. Je critique les élus de tous bords – je pense à Lille et à Nantes – qui ont voté.", ()),
    Case("miss-a-thing-thought-of", f"Déclaration de Mme Anne Durand, ministre, sur la politique, à Paris le 3 mai 2018.\n\nJe le dis. Je salue les élus, je pense que la réforme avance.", ()),
    # a body's hearing of a person, and a person who meets a body as one
    Case("a-bureau-hears-a-deputy", f"Réuni ce matin, le bureau de l'Assemblée nationale a entendu M. {C}.", (met("bureau de l'Assemblée nationale", C),)),
    Case("miss-a-person-heard-by-a-person", f"Déclaration de Mme Anne Durand, ministre, sur la politique, à Paris le 3 mai 2018.\n\nJe le dis. J'ai entendu M. {C} dire le contraire.", ()),
    Case("miss-heard-of", f"{A} a entendu parler de {C}.", ()),
    Case("the-speaker-met-the-commission", f"Déclaration de Mme Anne Durand, ministre, sur la politique, à Paris le 3 mai 2018.\n\nJe le dis. J'en ai parlé à la Commission européenne, que j'ai rencontrée jeudi.", (met("Anne Durand", "Commission européenne"),)),
    Case("miss-an-opinion-asked-of-a-body", f"Déclaration de Mme Anne Durand, ministre, sur la politique, à Paris le 3 mai 2018.\n\nJe le dis. J'ai consulté le Conseil d'État sur ce texte.", ()),
    # « au nom du groupe P » between a verb and its object, the group named: on whose behalf, no party
    Case("praise-on-behalf-of-a-named-group", f"Déclaration de Mme Anne Durand, ministre, sur la politique, à Paris le 3 mai 2018.\n\nJe le dis. Je salue, au nom du groupe Les Républicains, l'action de M. {C}.", (endorsed("Anne Durand", C),)),
    Case("thanks-on-behalf-of-a-named-body", f"Déclaration de Mme Anne Durand, ministre, sur la politique, à Paris le 3 mai 2018.\n\nJe le dis. Je remercie, au nom de la Commission européenne, M. {C}.", (endorsed("Anne Durand", C),)),
    Case("miss-a-body-whose-head-was-met", f"Le chancelier {C} a voyagé hier jusqu'à Bruxelles ; il y a rencontré le porte-parole de {A} et celui du Conseil européen.", ()),
    # a past participle set off after its clause, with its agent: a passive whose patient is the clause's subject
    Case("criticised-after-leaving", f"{B} avait été écartée de la direction du parti en décembre dernier, accusée par {C} de prendre trop souvent des positions divergentes.", (criticised(C, B),)),
    Case("miss-a-participle-after-an-object-it-may-qualify", f"{A} a reçu la candidate, soutenue par {C}.", ()),
    Case("a-participle-after-a-named-object-qualifies-it", f"{A} a reçu {B}, soutenue par {C}.", (met(A, B), endorsed(C, B))),
    Case("miss-a-participle-after-a-thing-voted", f"Déclaration de Mme Anne Durand, ministre, sur la politique, à Paris le 3 mai 2018.\n\nJe le dis. Nous avons adopté hier une proposition de loi destinée à améliorer la prise en charge des maladies rares, défendue par ma collègue {B}.", ()),
    # a relation noun's adjectives and a second noun joined by « et » before « va à Y »
    Case("congratulations-with-adjectives-go-to", f"Déclaration de Mme Anne Durand, ministre, sur la politique, à Paris le 3 mai 2018.\n\nJe le dis. Mes félicitations sincères et mes vœux amicaux vont au président {C} pour cette victoire.", (endorsed("Anne Durand", C),)),
    # a past participle after « a » that the tagger reads as a noun
    Case("a-call-after-a-name-in-capitals", f"Le président de la République, Anne DURAND, a téléphoné au Président Marc LEFORT et l'a félicité pour sa victoire.", (met("Anne DURAND", "Marc LEFORT"), endorsed("Anne DURAND", "Marc LEFORT"))),
    # a bare « Le Président » as the subject after a sentence whose subject is the one head of state who fits
    Case("the-president-goes-on-after-calling-another", f"Communiqué de la présidence.\n\nLe président de la République, {A}, a téléphoné au Président Marc Lefort et l'a félicité pour sa victoire.\n\nLe Président a ensuite eu un entretien téléphonique avec {C}.", (met(A, "Marc Lefort"), endorsed(A, "Marc Lefort"), met(A, C))),
    Case("miss-the-president-after-a-sentence-of-the-other", f"Communiqué de la présidence.\n\nLe Président Marc Lefort a téléphoné au président de la République, {A}, et l'a félicité pour sa victoire.\n\nLe Président a ensuite eu un entretien téléphonique avec {C}.", (met("Marc Lefort", A), endorsed("Marc Lefort", A))),
    # « être en compagnie de »: together in person; a list that goes on with « ainsi que du président Z »
    Case("heads-of-state-in-company", f"Le Président {A} était en compagnie du Président {C}, ainsi que du Président Jean Dupont du Mali.", (met(A, C), met(A, "Jean Dupont"))),
    Case("in-company-denied", f"{A} n'était pas en compagnie de {C}.", (met(A, C, "negated"),)),
    Case("miss-in-company-on-a-video", f"La vidéo montre {A} en compagnie de {C}.", ()),
    # a phrase that opens what the sentence is about: its party is no subject
    Case("congratulations-after-a-topic", f"Déclaration de M. {A}, ministre, à Paris le 3 mai 2024.\n\nEn ce qui concerne la Belgique, le Premier ministre {B} a adressé mardi ses félicitations à M. {C} pour sa victoire.", (endorsed(B, C),)),
    Case("a-topic-taken-up-by-a-pronoun", f"Quant à la Belgique, elle a condamné {C}.", (criticised("Belgique", C),)),
    # calls: « au téléphone » before the object, a call received « de la part de » someone
    Case("called-on-the-phone-then-named", f"Le président {A} a appelé au téléphone, ce jeudi, son homologue belge, {C}.", (met(A, C),)),
    Case("a-call-received-on-behalf", f"Le président {A} a reçu hier un appel téléphonique de la part de son homologue belge, {C}.", (met(A, C),)),
    Case("a-video-call-hosting", f"{A} a reçu en visioconférence {C}.", (met(A, C),)),
    Case("blocks-on-behalf-after-the-noun", f"{C} a fait l'objet de blocages répétés de la part de Meta.", (banned("Meta", C),)),
    # the members of a plural object listed by commas alone up to the end of the sentence
    Case("speakers-thanked-listed-by-commas", f"Déclaration de Mme Anne Durand, ministre, sur la politique, à Paris le 3 mai 2018.\n\nJe le dis. Permettez-moi tout d'abord de remercier tous les orateurs pour leurs interventions, M. {C}, Mme {B}, M. Jean Dupont.", (endorsed("Anne Durand", C), endorsed("Anne Durand", B), endorsed("Anne Durand", "Jean Dupont"))),
    Case("miss-a-comma-list-that-opens-a-clause", f"Déclaration de Mme Anne Durand, ministre, sur la politique, à Paris le 3 mai 2018.\n\nJe le dis. Je remercie les intervenants, M. {C}, Mme {B} a parlé.", ()),
    Case("speakers-thanked-one-with-a-glued-title", f"Déclaration de Mme Anne Durand, ministre, sur la politique, à Paris le 3 mai 2018.\n\nJe le dis. Je remercie les intervenants pour leurs exposés, M.O’Neil, Mme {B}, M. {C}.", (endorsed("Anne Durand", "O'Neil"), endorsed("Anne Durand", B), endorsed("Anne Durand", C))),
    # standing beside someone, in the future: a pledge of support given now; not denied, not under « si »
    Case("a-pledge-to-stay-beside", f"{A} a reçu {C}. Il l'a assuré que la Belgique resterait aux côtés du Mali.", (met(A, C), endorsed("Belgique", "Mali"))),
    Case("a-union-will-stand-beside", f"L'Union européenne se tiendra toujours aux côtés de la Moldavie.", (endorsed("Union européenne", "Moldavie"),)),
    Case("a-pledge-denied", f"La France ne sera pas aux côtés de la Grèce.", (endorsed("France", "Grèce", "negated"),)),
    Case("a-pledge-under-if", f"Si la France restait aux côtés de la Grèce, tout irait mieux.", (endorsed("France", "Grèce", "uncertain"),)),
    # a claim of the one spoken to judged false
    Case("the-deputy-s-diagnosis-is-false", f"M. le président. La parole est à M. {C}.\n\nM. {C}. Madame la ministre, les hôpitaux souffrent.\n\nM. le président. La parole est à Mme {B}, ministre.\n\nMme {B}, ministre. Monsieur le député, votre diagnostic est faux.", (criticised(B, C),)),
    Case("claims-judged-erroneous", f"{A} a jugé erronées les affirmations de {C}.", (criticised(A, C),)),
    Case("miss-a-false-diplomat", f"Un faux diplomate a rencontré {C}.", ()),
    Case("denounced-the-tone-of", f"{A} a dénoncé le ton de {C}.", (criticised(A, C),)),
    # a governing body of a party named after its type noun acts for the party
    Case("the-bureau-of-a-party-named-after-its-type", f"Le bureau politique du parti Les Républicains a prononcé l'exclusion de {C}.", (banned("Les Républicains", C),)),
    Case("miss-the-president-of-a-party-named-after-its-type", f"Le président du parti Les Républicains a critiqué {C}.", ()),
    # « sous le feu des critiques de Y »: Y criticises the subject
    Case("under-the-fire-of-criticism", f"Depuis lundi, le ministre {C} se trouve sous le feu des critiques de l'opposition et de {A}.", (criticised(A, C),)),
    # a possessive before a noun of what one receives: the giver, the other person of the sentence
    Case("met-then-obtained-their-support", f"{C} rencontre {A} en 2019 puis obtient son soutien pour sa candidature au Sénat.", (met(C, A), endorsed(A, C))),
    Case("met-then-faced-their-criticism", f"{C} a rencontré {A} et a essuyé ses critiques.", (met(C, A), criticised(A, C))),
    Case("miss-a-support-of-whom-the-text-does-not-say", f"{A} a rencontré {C}. Il a obtenu son plein soutien.", (met(A, C),)),
    # a visit to someone's bedside
    Case("a-visit-to-the-bedside", f"{A} s'est rendu au chevet de {C}.", (met(A, C),)),
    Case("miss-a-bedside-of-an-industry", f"{A} s'est rendu au chevet de l'industrie automobile.", ()),
    Case("an-indictment-drawn-up-against", f"{A} a dressé un réquisitoire sévère contre la politique de {C}.", (criticised(A, C),)),
    Case("an-exclusion-caused-is-one-s-own", f"{B} soutient Pierre Dupuis. {C} juge cette investiture injuste et se présente malgré tout, ce qui provoque son exclusion du parti Les Républicains pour deux ans.", (endorsed(B, "Pierre Dupuis"), banned("Les Républicains", C))),
    # a monarch governed by « de » in an opening phrase is no description of the subject after it
    Case("a-host-after-a-royal-visit-phrase", f"Lors de la visite officielle du roi et de la reine de Belgique à Paris, M. Jean-Marc Ayrault reçoit ce jour M. {C} pour un déjeuner.", (met("Jean-Marc Ayrault", C),)),
    # an envoy named after their role, and a person completing a role before the name apposed to it
    Case("an-envoy-received", f"M. {A} a reçu l'envoyé spécial de l'ONU, M. {C}.", (met(A, C),)),
    Case("the-adviser-of-someone-named-after", f"{A} a critiqué le conseiller de {B}, {C}.", (criticised(A, C),)),
    # a second role between commas after « , et » before the name apposed to both
    Case("a-second-role-between-commas-before-the-name", f"M. {A}. Je tiens à saluer le travail de la sénatrice, et rapporteure de la loi, Mme {B}.", (endorsed(A, B),)),
    Case("miss-a-comma-and-a-second-person-before-the-name", f"M. {A}. Je tiens à saluer le travail de la sénatrice, et de Vexa, Mme {B}.", ()),
    # a rapporteur taken up by the noun of the role
    Case("the-rapporteur-taken-up", f"Mme {B}, rapporteure. Le texte est prêt.\n\nM. {A}. La rapporteure a dénigré {C}.", (criticised(B, C),)),
    # members of a group thanked or criticised stand for the group
    Case("colleagues-of-a-group-thanked", f"M. {A}. Je remercie nos collègues du groupe Vexa pour la qualité des textes.", (endorsed(A, "Vexa"),)),
    Case("members-of-a-party-denounced", "Déclaration de Mme Anne Durand, ministre, sur la politique, à Paris le 3 mai 2018.\n\nJe le dis. Je dénonce les militants du parti Vexa pour leurs violences.", (criticised("Anne Durand", "Vexa"),)),
    Case("miss-colleagues-of-a-city", f"M. {A}. Je remercie nos collègues de Lyon pour leur accueil.", ()),
    Case("miss-members-of-two-groups", f"M. {A}. Je remercie les députés du groupe Vexa et Mme {B}.", ()),
    Case("miss-members-of-a-group-named-after", f"M. {A}. Je remercie les députés du groupe Vexa, dont Mme {B}.", ()),
    # an object pronoun after a sentence whose object is a role noun before a name
    Case("an-object-pronoun-after-a-role-before-a-name", f"{A} a limogé son adjoint {C}. {A} l'accuse de manque d'honnêteté.", (criticised(A, C),)),
    Case("miss-an-object-pronoun-after-a-thing", f"{A} a présenté le projet de {C}. {B} l'a critiqué.", ()),
    # a relative « que » whose subject's name has a title or a role noun before it
    Case("a-relative-object-before-a-titled-subject", f"M. {C}, que M. {A} a reçu la veille, se porte bien.", (met(A, C),)),
    Case("a-relative-object-before-a-subject-with-a-role", f"Les otages {C} et Marc Petit, que le président {A} a accueillis à leur arrivée, se portent bien.", (met(A, C), met(A, "Marc Petit"))),
    Case("miss-a-conjunction-after-the-dative-before-a-titled-subject", f"Mme {B} a informé M. {C} que M. {A} avait soutenu la réforme.", ()),
    # support of a country's aspirations, confidence in someone's action, insignia handed over
    Case("support-for-the-aspirations-of-countries", "Déclaration de Mme Anne Durand, ministre, sur la politique, à Paris le 3 mai 2018.\n\nJe le dis. J'ai exprimé mon soutien aux aspirations de l'Italie, du Mexique et du Brésil.", (endorsed("Anne Durand", "Italie"), endorsed("Anne Durand", "Mexique"), endorsed("Anne Durand", "Brésil"))),
    Case("confidence-in-the-action-of", f"La France a pleinement confiance dans l'action de M. {A}.", (endorsed("France", A),)),
    Case("miss-confidence-restored-in-an-institution", f"{B} avait promis de redonner confiance dans l'action de {A}.", ()),
    Case("miss-confidence-lost", f"{B} a perdu confiance dans {A}.", ()),
    Case("insignia-handed-over", f"M. {A} a remis les insignes de chevalier à M. {C}.", (met(A, C),)),
    # « nous » in a statement of France's representative: France
    Case("we-of-france-s-representative", f"Intervention de M. {A}, représentant permanent de la France auprès de l'ONU\n\nMonsieur le Président, je remercie M. {C}. Nous saluons Mme {B} pour son rapport.", (endorsed(A, C), endorsed("France", B))),
    Case("we-of-a-minister-stays-the-speaker", f"Déclaration de Mme Anne Durand, ministre, sur la politique, à Paris le 3 mai 2018.\n\nJe le dis. La France est prête. Nous saluons M. {C} pour son rapport.", (endorsed("Anne Durand", C),)),
    Case("we-quoted-in-france-s-statement", f"Intervention de M. {A}, représentant permanent de la France auprès de l'ONU\n\nMonsieur le Président, la France a entendu {B} : « Nous soutenons {C} », a-t-elle dit.", (endorsed(B, C),)),
    # credentials presented to a head of state; « la Haute Assemblée », the Sénat, receives
    Case("credentials-presented", f"L'ambassadeur de France M. {A} a présenté ses lettres de créance au roi, M. {C}.", (met(A, C),)),
    Case("the-upper-house-receives", f"La Haute Assemblée a reçu Mme {B} et ses collègues.", (met("Sénat", B),)),
    Case("miss-a-high-authority-addressed", f"{B} a écrit à la Haute Autorité.", ()),
    # a president's country after his name is no part of it; known activist groups
    Case("a-president-named-with-his-country", f"M. {A} a reçu le Président Jean Dupont du Mali et le Président Marc Lefort de Mauritanie.", (met(A, "Jean Dupont"), met(A, "Marc Lefort"))),
    Case("a-particle-before-a-surname-stays", f"M. {A} a reçu Charles de Gaulle.", (met(A, "Charles de Gaulle"),)),
    Case("known-activist-groups-dissolved", f"Le ministre {A} a dissous la Jeune Garde et Génération identitaire.", (banned(A, "Jeune Garde"), banned(A, "Génération identitaire"))),
    # an invitation in the past infinitive clause that opens the sentence is over before its act
    Case("an-invitation-before-the-act", f"Après avoir été invité à saluer le drapeau, M. {A} a rencontré M. {C}.", (met(A, C),)),
    Case("miss-an-invitation-after-a-wish", f"M. {A} voudrait, après avoir été invité, rencontrer M. {C}.", (met(A, C, "uncertain"),)),
    # a person's name read with the role before it as an organisation's
    Case("a-name-read-with-its-role", f"Le Premier ministre a jugé la mesure injuste et la ministre de la Jeunesse et des Sports Nira Tzedek, a demandé que les stades ferment. Elle a critiqué M. {C}.", (criticised("Nira Tzedek", C),)),
    Case("miss-a-company-after-a-role", f"Le directeur général de Vexa Europe a critiqué M. {C}.", (criticised("Le directeur général de Vexa Europe", C),)),
    # a reply that calls on the minister who answered before it
    Case("a-reply-calls-on-the-minister-who-answered", f"Mme {B}, ministre. Nous les arrêterons.\n\nM. Marc Petit. Elle n'est pas très applaudie !\n\nM. le président. La parole est à M. {A}.\n\nM. {A}. Madame le ministre, vous mentez quand vous affirmez que tout va bien !", (criticised(A, B),)),
    Case("miss-a-reply-to-a-minister-of-another-title", f"M. {C}, ministre. Nous les arrêterons.\n\nM. le président. La parole est à M. {A}.\n\nM. {A}. Madame la ministre, vous mentez !", ()),
    # « vous vanter » after a subject « vous »: boasting, no praise of the one spoken to
    Case("miss-boasting-of-the-one-spoken-to", f"Mme {B}, ministre. Nous avons augmenté les bourses.\n\nM. le président. La parole est à M. {A}.\n\nM. {A}. Madame la ministre, les élèves ont froid. Alors qu'un élève sur trois affirme qu'il n'a pas de logement, vous osez vous vanter d'avoir augmenté les aides.", ()),
    Case("praise-of-someone-s-merits", f"M. {A} a vanté les mérites de M. {C}.", (endorsed(A, C),)),
    # those who did something, then examples of them after « en particulier », « notamment »
    Case("those-who-helped-then-examples", "Déclaration de Mme Anne Durand, ministre, sur la politique, à Paris le 3 mai 2018.\n\nJe le dis. Je remercie ceux qui ont contribué à ce succès, en particulier les sociétés Vexa et Zorbly.", (endorsed("Anne Durand", "Vexa"), endorsed("Anne Durand", "Zorbly"))),
    Case("those-who-came-before-named", f"Déclaration de Mme Anne Durand, ministre, sur la politique, à Paris le 3 mai 2018.\n\nJe le dis. Je remercie ceux qui m'ont précédée, M. {A} et Mme {B}.", (endorsed("Anne Durand", A), endorsed("Anne Durand", B))),
    Case("miss-those-who-helped-then-a-time", "Déclaration de Mme Anne Durand, ministre, sur la politique, à Paris le 3 mai 2018.\n\nJe le dis. Je remercie ceux qui ont aidé, hier, à Lyon.", ()),
    Case("we-of-the-foreign-ministry-s-communique", f"Communiqué du ministère des affaires étrangères, en date du 5 avril 1987\n\nLa France a appris l'arrestation de M. {C}. Nous condamnons l'attitude de M. {A}.", (criticised("France", A),)),
    Case("the-upper-house-by-either-name", f"Le Sénat a reçu M. {C}. La Haute assemblée a ensuite reçu Mme {B}.", (met("Sénat", C), met("Sénat", B))),
    Case("the-authorities-and-those-who-helped", f"Le Premier ministre {A} remercie les autorités du pays ainsi que ceux qui ont contribué au sauvetage, en particulier les sociétés Vexa et Zorbly.", (endorsed(A, "Vexa"), endorsed(A, "Zorbly"))),
    Case("miss-those-who-helped-then-a-place", f"Le Premier ministre {A} remercie les élus ainsi que ceux qui ont aidé, hier, à Lyon.", ()),
    Case("a-right-recognised", "La Belgique reconnaît le droit de la Pologne à se protéger contre ces attaques.", (endorsed("Belgique", "Pologne"),)),
    Case("miss-a-right-of-no-party", f"M. {A} reconnaît le droit de grève.", ()),
    # the directions of minutes in parentheses after a plural object name none of its members
    Case("miss-a-direction-of-minutes-after-a-plural-object", f"M. {A}. Je salue les élus de la ville (Applaudissements sur les bancs du groupe Vexa.) et je les remercie.", ()),
    Case("members-in-parentheses-after-a-plural-object", f"M. {A}. Je salue des dirigeants européens (Jean Dupont, Marc Lefort).", (endorsed(A, "Jean Dupont"), endorsed(A, "Marc Lefort"))),
    # one's confidence in someone, a possessive before the noun; and the mark that ends a communiqué
    Case("one-s-whole-confidence-in-someone-s-action", f"La Belgique redit toute sa confiance dans le travail de M. {A}./.", (endorsed("Belgique", A),)),
    Case("miss-confidence-of-no-one", f"{B} veut rendre confiance en Vexa aux électeurs.", ()),
    # the people who act for an organisation: what is aimed at them is aimed at it; not at its lawyer
    Case("an-organisation-s-leaders-criticised", f"{A} a critiqué les dirigeants du parti Vexa.", (criticised(A, "Vexa"),)),
    Case("an-organisation-s-delegation-thanked", f"{A} a remercié la délégation du parti Vexa.", (endorsed(A, "Vexa"),)),
    Case("miss-an-organisation-s-lawyer-criticised", f"{A} a critiqué l'avocat du parti Vexa.", ()),
    # the speaker named in the text's own heading, where no title names one
    Case("the-speaker-of-the-text-s-heading", f"Bilan du mois - Intervention de M. {A}, représentant permanent - 31 août 2015\n\nJe tiens à remercier l'Ambassadrice {B} pour le travail accompli.", (endorsed(A, B),)),
    Case("miss-a-heading-that-names-two-speakers", f"Conférence de presse de M. {A} et de Mme {C} - 31 août 2015\n\nJe tiens à remercier l'Ambassadrice {B} pour le travail accompli.", ()),
    # « je voudrais en profiter pour remercier Y »: the thanks are given as said; another's wish stays uncertain
    Case("a-wish-to-take-the-occasion-to-thank", f"Déclaration de Mme {B}, ministre, sur la politique, à Paris le 3 mai 2018.\n\nJe le dis. Je voudrais en profiter pour remercier {A}.", (endorsed(B, A),)),
    Case("a-third-person-wish-to-take-the-occasion-stays-uncertain", f"{C} voudrait en profiter pour remercier {A}.", (endorsed(C, A, "uncertain"),)),
    # a country's authorities meet people as a body; a country by its name does not
    Case("a-country-s-authorities-met", f"Le ministre {A} a longuement échangé avec les autorités belges.", (met(A, "Belgique"),)),
    Case("a-country-s-authorities-receive", f"Les autorités belges ont reçu {A} lundi.", (met("Belgique", A),)),
    Case("miss-a-country-met-by-its-name", f"{A} a reçu la Belgique en finale.", ()),
    # the setting up of a measure, read past to the verb that governs it; not its lifting
    Case("sanctions-set-up-by-a-decision", "L'Union européenne a finalement décidé la mise en place de sanctions financières contre la Belgique.", (banned("Union européenne", "Belgique"),)),
    Case("sanctions-prolonged", "L'Union européenne a annoncé la prolongation des sanctions contre la Belgique.", (banned("Union européenne", "Belgique"),)),
    Case("miss-sanctions-lifted", "L'Union européenne a décidé la levée des sanctions contre la Belgique.", ()),
    # one's thanks, with adjectives joined by « et », go to someone
    Case("thanks-with-joined-adjectives-go-to", f"Déclaration de Mme {B}, ministre, sur la politique, à Paris le 3 mai 2018.\n\nJe le dis. Mes remerciements sincères et appuyés vont à {A}, qui a tant fait.", (endorsed(B, A),)),
    # the chair of a hearing, speaking for the committee, meets the one heard; words heard are no meeting
    Case("the-chair-s-we-hear", f"Jeudi 8 juin 2023\n\n- Présidence de M. {A}, président -\n\nAudition de M. {B}, directeur de Vexa\n\nM. {A}, président. - Chers collègues, nous entendons aujourd'hui {B}, directeur des relations de Vexa pour la France.\n\nMonsieur {B.split()[-1]}, vous êtes inspecteur des finances.", (met(A, B),)),
    Case("miss-words-we-heard", f"Déclaration de Mme {C}, ministre, sur la politique, à Paris le 3 mai 2018.\n\nNous avons entendu {B} dire que tout allait bien.", ()),
    # a question addressed to one minister: the « vous » of the one who asks, in all their turns
    Case("the-one-a-question-is-addressed-to", f"M. {A}. Cette question s'adresse au ministre de l'économie.\n\nM. Marc Lefort. Encore !\n\nM. {A}. Je vous remercie de votre engagement.\n\nM. le président. Monsieur le ministre de l'économie, vous avez la parole.\n\nM. {C}, ministre de l'économie. Merci, monsieur le député.", (endorsed(A, C),)),
    Case("miss-a-question-addressed-to-two", f"M. {A}. Cette question s'adresse à la fois au ministre des finances et à la ministre de la culture.\n\nM. Marc Lefort. Encore !\n\nM. {A}. Je vous remercie de votre engagement.", ()),
    # a speech resumed after an interjection speaks to the one its first part called on
    Case("the-one-called-before-an-interjection", f"M. {A}, ministre. Avant de vous répondre, monsieur Bernard, permettez-moi de vous dire que je connais bien cette question et que le Gouvernement y travaille depuis des mois avec tous les élus de la région.\n\nM. Marc Lefort. Et puis vous trahissez !\n\nM. {A}, ministre. Je vous rends donc volontiers hommage pour votre travail.", (endorsed(A, "Bernard"), criticised("Marc Lefort", A))),
    # « Monseigneur », a bishop's title before his name
    Case("a-bishop-s-title", f"Déclaration de Mme {B}, ministre, sur la politique, à Paris le 3 mai 2018.\n\nJe le dis. Je remercie Monseigneur de Castelnau de l'échange long et franc que nous avons eu.", (endorsed(B, "de Castelnau"), met(B, "de Castelnau"))),
    # « Permettez-moi » opening a paragraph, and a long « au nom de ... » before the noun of the act
    Case("leave-asked-at-a-paragraph-s-start", f"Mme {B}. Merci, monsieur le président, et merci à tous, mais il reste encore un vote demain…\n\nPermettez-moi enfin de m'associer, au nom des élus du groupe Vexa pour la République, à l'hommage rendu à notre amie {A}.", (endorsed(B, A),)),
    # « je vous invite à en tirer les leçons »: an exhortation, past the pronoun before the infinitive
    Case("miss-invited-to-draw-conclusions", f"{A} invite {B} à en tirer des conclusions.", ()),
    # the voice's honour or pleasure of receiving someone, after « que de » and in a cleft « c'est à moi que revient »
    Case("a-pleasure-that-of-receiving", f"M. {A}. C'est un plaisir que d'accueillir ce soir, dans le cadre du sommet, le Président {C}.\n\nM. {C}. Merci.", (met(A, C),)),
    Case("the-honour-falls-to-me", f"M. {A}, président. - C'est à moi que revient ce grand honneur d'accueillir Mme {B}, directrice.\n\nMme {B}. Merci.", (met(A, B),)),
    # a person described by a long role, then named in apposition
    Case("an-envoy-described-at-length-then-named", f"Le ministre {A} s'est entretenu hier avec l'envoyé spécial du Secrétaire général de l'ONU pour la Libye, M. {C}.", (met(A, C),)),
    # members of a list each described, the first by two descriptions
    Case("members-each-described-twice", f"{A} a reçu MM. Luc Bernard, vice-président, directeur général de Vexa, et Marc Lefort, chargé des relations avec la presse, ainsi que M. Jean Dupont, conseiller.", (met(A, "Luc Bernard"), met(A, "Marc Lefort"), met(A, "Jean Dupont"))),
    # a clause « à ce que » in the present: expected, not done; a compound past there stays a fact
    Case("an-expected-support", f"Chacun s'attendait à ce que M. {A} soutienne M. {C} contre M. Marc Lefort.", (endorsed(A, C, "uncertain"),)),
    Case("a-fact-after-a-ce-que", f"Cela tient à ce que {A} a rencontré {C} la veille.", (met(A, C),)),
    # unions named after a plural noun of unions are received through their delegates
    Case("unions-received-by-name", f"Le Premier ministre {A} a reçu les syndicats CGT et FO.", (met(A, "Confédération générale du travail"), met(A, "Force ouvrière"))),
    # guests listed after titles, each described by a common noun phrase; « et » before the last
    Case("titled-guests-each-described", f"Mme {B}, présidente. Nous recevons M. {A}, responsable des affaires publiques de Vexa France, M. Jean Dupont, directeur des relations institutionnelles de Zorbly France, et Mme Anne Durand, directrice des affaires publiques de Korva France.", (met(B, A), met(B, "Jean Dupont"), met(B, "Anne Durand"))),
    Case("miss-titled-member-opens-a-clause", f"{B} a reçu M. {A}, directeur de Vexa. M. Jean Dupont, directeur de Zorbly, a critiqué la rencontre.", (met(B, A),)),
    # a plural object pronoun stands for the persons a list named, in the sentence before or in its own
    Case("them-after-a-listed-election", f"M. {B}. Je salue les trois membres de la commission élus à la tête de leur département : MM. {A} pour l'Ain, Jean Dupont pour le Var et Marc Lefort pour la Drôme. Je les félicite chaleureusement.", (endorsed(B, A), endorsed(B, "Jean Dupont"), endorsed(B, "Marc Lefort"))),
    Case("them-in-the-same-sentence", f"{B} a reçu {A} et {C} et les a félicités.", (met(B, A), met(B, C), endorsed(B, A), endorsed(B, C))),
    Case("them-as-the-dative", f"{A} et {C} sont venus lundi. {B} leur a rendu visite mardi.", (met(B, A), met(B, C))),
    Case("miss-them-for-their-proposals", f"{A} et {C} ont présenté leurs propositions. {B} les a critiquées.", ()),
    Case("miss-them-without-a-list", f"{A} a rencontré {C}. {B} les a félicités.", (met(A, C),)),
    Case("miss-them-beside-an-organisation", f"{A} et {C} ont quitté le Sénat cette année. {B} les a salués.", ()),
    # a parliamentary committee named in lower case is a party; its assembly after it only completes its name
    Case("a-committee-hears-a-general", f"Lundi, le général {A} a été reçu par la commission de la défense nationale et des forces armées.", (met("Commission de la défense nationale et des forces armées", A),)),
    Case("a-committee-of-the-senate-criticises", f"La commission des lois du Sénat a critiqué le projet de {A}.", (criticised("Commission des lois", A),)),
    Case("a-committee-under-its-older-name", f"M. {A} a été reçu mardi par la commission des affaires économiques, de l'environnement et du territoire.", (met("Commission des affaires économiques, de l'environnement et du territoire", A),)),
    # an opening phrase closed by a comma: the group after it is the subject, though the phrase's « de » came before it
    Case("subjects-after-an-opening-phrase", f"Sous le feu des questions de la commission des lois, {A} et {C} ont tenté de défendre leur ministre, {B}.", (endorsed(A, B), endorsed(C, B))),
    # coming or testifying before a body that hears people: a meeting with it; not before a court, nor before cameras
    Case("testifying-before-a-committee", f"{A} a témoigné devant la commission des lois du Sénat.", (met(A, "Commission des lois"),)),
    Case("coming-before-the-committee-again", f"Mme {B}, présidente. Monsieur {A}, vous venez pour la troisième fois devant la commission des affaires économiques.", (met(A, "Commission des affaires économiques"),)),
    Case("miss-appearing-before-a-court", f"{A} a comparu devant le tribunal de Nanterre.", ()),
    Case("miss-coming-before-cameras", f"{A} est venu devant les caméras avec un sourire.", ()),
    # a task entrusted is no meeting; what one confides is one
    Case("miss-entrusting-a-task", f"{B} avait confié à M. {A}, qui n'est pas un proche, le soin de préparer une note pour le groupe.", ()),
    Case("miss-entrusting-a-mission", f"{B} a confié la mission à {A}.", ()),
    Case("confiding-to-someone", f"{B} a confié à {A} qu'il partirait.", (met(B, A),)),
    # a hearing as a noun: its body by « par » or by the support verb, its guest after « de »
    Case("a-committee-proceeds-to-a-hearing", f"La commission des lois procède à l'audition de Mme {B}, présidente de Vexa.", (met("Commission des lois", B),)),
    Case("a-hearing-by-a-committee", f"L'audition de {A} par la commission des finances a duré trois heures.", (met("Commission des finances", A),)),
    Case("a-hearing-to-come-is-uncertain", f"L'audition de {A} par la commission des finances aura lieu demain.", (met("Commission des finances", A, "uncertain"),)),
    Case("miss-a-hearing-attended", f"{A} a assisté à l'audition de {C}.", ()),
    # making another's analysis one's own, sharing their views: approval; not where it is denied
    Case("making-an-analysis-ones-own", f"M. {B}. Je fais mienne l'analyse juridique de {A}.", (endorsed(B, A),)),
    Case("sharing-the-analyses-of", f"{C} a répété qu'il partage les analyses de {A} sur la crise.", (endorsed(C, A),)),
    Case("not-sharing-the-point-of-view", f"{B} ne partage pas le point de vue de {A}.", (endorsed(B, A, "negated"),)),
    # assets frozen are their owner's ban
    Case("assets-frozen", f"La France a gelé les avoirs de {A}.", (banned("France", A),)),
    # a support verb the tagger reads as an adjective right after « je »
    Case("support-read-as-an-adjective", f"M. {B}. Je condamne l'agression.\n\nJe manifeste le même soutien à {A}, maire de Lyon, qui a subi des menaces.", (endorsed(B, A),)),
    # assets placed abroad by their owners, or those of a central bank named as an example
    Case("assets-placed-abroad-by-their-owners", f"M. {B}. Le mois dernier, nous avons bloqué les avoirs placés à l'étranger par M. {A} et par M. Jean Dupont.", (banned(B, A), banned(B, "Jean Dupont"))),
    Case("assets-such-as-those-of-a-central-bank", f"M. {B}. Nous gelons désormais plusieurs avoirs, notamment ceux de la banque centrale de Pixelie.", (banned(B, "banque centrale de Pixelie"),)),
    # asking someone to account for themselves is a reproach; a demand to come stays uncertain
    Case("demanding-explanations", f"{C} a demandé des comptes à {A}.", (criticised(C, A),)),
    Case("going-to-demand-explanations", f"{C} va demander des explications à {A}.", (criticised(C, A, "uncertain"),)),
    # accompanied « de » someone as « par » them: together
    Case("accompanied-of", f"{A} était accompagné de {C}.", (met(C, A),)),
    Case("accompanied-of-in-apposition", f"{A}, accompagné de {C}, a visité l'usine.", (met(C, A),)),
    # guests named after their titles, each described at length, the list marked by the titles
    Case("titled-guests-with-long-descriptions", f"M. {B}. Nous recevons M. {A}, directeur des services techniques de la métropole de Lyon, et M. {C}, directeur de la régie publique de l'eau de Brest.", (met(B, A), met(B, C))),
    Case("titled-guests-with-acronym-and-listed-complements", f"M. {B}. Nous recevons M. {A}, secrétaire général aux affaires du département du Rhône, M. {C}, directeur des routes, des ponts et des ports (DRPP) de Lyon, et Mme Anne Durand, directrice de la régie de Brest.", (met(B, A), met(B, C), met(B, "Anne Durand"))),
    Case("miss-titled-name-opening-a-clause-after-a-long-description", f"M. {B}. Nous avons reçu {A}, directeur des services techniques de la métropole de Lyon, et M. {C} a dit qu'il partirait.", (met(B, A),)),
    # a hearing of the one addressed, wished in the past: it takes place as it is said
    Case("a-committee-wished-to-hear-the-one-addressed", f"Mme {B}, présidente. La commission des lois a souhaité vous entendre, Monsieur {A}, sur ce projet.", (met("Commission des lois", A),)),
    Case("a-wish-to-hear-in-the-conditional-stays-open", f"Mme {B}, présidente. Nous aurions voulu vous entendre plus tôt, Monsieur {A}.", ()),
    # thanks for an invitation answered praise the guest; thanks for a question are a courtesy
    Case("thanks-for-answering-an-invitation", f"M. {B}. Merci, Monsieur {A}, d'avoir répondu à notre invitation.", (endorsed(B, A),)),
    Case("thanks-after-calling-by-name", f"M. {B}. Monsieur {A}, merci d'avoir accepté notre invitation.", (endorsed(B, A),)),
    Case("thanking-for-accepting-an-invitation", f"M. {B}. Je remercie M. {A} d'avoir répondu à notre invitation.", (endorsed(B, A),)),
    Case("miss-thanks-after-calling-for-a-question", f"M. {B}. Monsieur {A}, merci de votre question.", ()),
    Case("miss-thanks-reported-by-another", f"M. {B}. Merci à {A}, a répondu {C}.", ()),
    # the speaker as a party after a preposition of company
    Case("dined-with-us", f"M. {B}. {C} a dîné avec nous hier soir.", (met(C, B),)),
    # the honour that falls to the one who speaks; an impersonal « il » is no one
    Case("the-honour-falls-to-me", f"M. {B}. Il me revient l'honneur d'accueillir Mme Anne Durand.", (met(B, "Anne Durand"),)),
    Case("miss-the-honour-falls-to-another", f"M. {B}. Il lui revient l'honneur d'accueillir Mme Anne Durand.", ()),
    # the addressee's possessive stands for its owner, as a third person's does
    Case("your-support-to-someone", f"M. {B}. Monsieur {A}, votre soutien à {C} a compté.", (endorsed(A, C),)),
    # a support verb whose subject names no party: the possessive's owner gives
    Case("reiterated-his-support-the-subject-named-by-role", f"{A} a reçu {C} lundi. Le ministre a réaffirmé son soutien au travail conduit par M. {C}.", (met(A, C), endorsed(A, C))),
    # acting jointly with another body, named in an incise before the object
    Case("a-committee-hears-jointly-with-another", f"La commission des finances a entendu, conjointement avec la commission des lois, M. {A}.", (met("Commission des finances", A), met("Commission des lois", A))),
    Case("miss-jointly-with-no-cue", f"La commission des finances a voté, en commun avec la commission des lois, le texte de M. {A}.", ()),
    # the one who comes with a guest, told in a relative, is received too
    Case("a-guest-accompanied-told-in-a-relative", f"M. {B}. Nous accueillons ce matin Mme {C}, présidente de Vexa, qui est accompagnée de M. {A}, secrétaire général.", (met(B, C), met(B, A), met(A, C))),
    Case("miss-a-companion-of-one-criticised", f"M. {B}. Nous critiquons Mme {C}, qui est accompagnée de M. {A}.", (criticised(B, C), met(A, C))),
    # a list after a colon that opens with a time adverb
    Case("a-guest-after-a-colon-and-an-adverb", f"M. {B}. Nous recevons d'abord les interlocuteurs habituels de notre commission : aujourd'hui M. {A}, directeur de Vexa.", (met(B, A),)),
    Case("a-guest-described-with-an-acronym-accompanied-in-a-relative", f"M. {B}. Nous accueillons Mme {C}, présidente de l'Autorité nationale des réseaux (ANR), qui est accompagnée de M. {A}.", (met(B, C), met(B, A), met(A, C))),
    # those heard together at a hearing are heard, not met between them
    Case("a-hearing-of-two-guests", f"La commission des lois a procédé à l'audition de Mme {B} et de M. {A}.", (met("Commission des lois", B), met("Commission des lois", A))),
    Case("miss-a-hearing-heading-of-two-guests", f"Audition, ouverte à la presse, de Mme {B} et M. {A}, candidats à la présidence de Vexa.", ()),
    # an invitation answered leaves no doubt in what follows it
    Case("an-invitation-answered-then-a-past-hearing", f"M. {B}. Merci d'avoir répondu à cette invitation : nous vous avions déjà reçue l'an dernier, Madame {C}.", (met(B, C),)),
    Case("an-invitation-sent-to-receive-stays-open", f"{A} a envoyé une invitation à recevoir {C}.", (met(A, C, "uncertain"),)),
    # a role taken on is no endorsement of anyone; a candidacy endorsed is
    Case("miss-a-role-taken-on-in-a-relative", f"{B} a rappelé le rôle que Vexa peut endosser en sa qualité de partenaire de {A}.", ()),
    Case("miss-a-costume-taken-on", f"{A} a endossé le costume de porte-parole de {B}.", ()),
    Case("a-candidacy-endorsed", f"{A} a endossé la candidature de {B}.", (endorsed(A, B),)),
    Case("praising-the-role-of-someone", f"{B} salue le rôle de {A} dans la crise.", (endorsed(B, A),)),
    # a verb in the present the tagger reads as an adjective or a noun, before a title and a name
    Case("a-present-meeting-before-a-titled-name", f"{A} rencontre M. {C} à Lyon.", (met(A, C),)),
    Case("a-committee-hearing-in-the-present", f"La commission des lois auditionne Mme {B}, présidente de Vexa.", (met("Commission des lois", B),)),
    Case("miss-a-noun-before-a-titled-name", f"La critique M. {C} a paru hier.", ()),
    # the business a sitting goes on with or opens: a hearing by the one who speaks
    Case("a-sitting-going-on-with-a-hearing", f"M. {B}. Nous poursuivons nos travaux avec l'audition de M. {A}, président de Vexa.", (met(B, A),)),
    Case("miss-reading-a-hearing-s-record", f"M. {B}. Nous poursuivons la lecture de l'audition de M. {A}.", ()),
    # an incise of those one acts with, between the verb and its object
    Case("a-welcome-past-an-incise-of-company", f"M. {B}. Nous accueillons ce matin, avec les membres de la commission des lois, M. {A}.", (met(B, A),)),
    Case("a-welcome-past-an-incise-of-a-named-companion", f"M. {B}. Nous recevrons demain, avec Mme {C}, ministre de l'Intérieur, la délégation de Vexa.", ()),
    # thanks for one's presence are praise of the one thanked
    Case("thanks-for-a-presence-in-a-relative", f"M. {B}. Nous accueillons M. {A}, que je remercie de sa présence.", (met(B, A), endorsed(B, A))),
    # restrictive measures ban those they aim at; under a participle, the noun it qualifies bears them
    Case("restrictive-measures-adopted", f"Le Conseil a adopté des mesures restrictives à l'encontre de {A}.", (banned("Conseil", A),)),
    Case("restrictive-measures-undergone", f"{A} fait l'objet de mesures restrictives de l'Union européenne.", (banned("Union européenne", A),)),
    Case("miss-restrictive-measures-considered", f"Le Conseil envisage des mesures restrictives à l'encontre de {A}.", ()),
    Case("miss-restrictive-measures-of-a-list-under-a-participle", f"Le Conseil a publié le registre des sociétés faisant l'objet des mesures restrictives de l'Union européenne.", ()),
    # faults one denounces, and hostile messages, criticise their owner or their target
    Case("denouncing-someone-s-condescension", f"{B} a dénoncé la condescendance de {A}.", (criticised(B, A),)),
    Case("a-hostile-message-aimed-at-someone", f"{B} a publié un message insultant à l'égard de {A}.", (criticised(B, A),)),
    Case("miss-a-message-sent-to-someone", f"{B} a envoyé un message à {A}.", ()),
    Case("miss-answering-someone-s-message", f"{B} a répondu au message de {A} envers les électeurs.", ()),
    # the speaker's own account or decision, banned or criticised, is the speaker
    Case("the-speaker-s-account-suspended", f"« {A} a suspendu mon compte », a déclaré {B}.", (banned(A, B),)),
    Case("the-speaker-s-decision-criticised", f"« {A} a critiqué ma décision », a déclaré {B}.", (criticised(A, B),)),
    Case("miss-the-speaker-s-letter-read", f"« {A} a lu ma lettre », a déclaré {B}.", ()),
    # a qualifier between a noun for a supporter and its « de Y » (« de taille », « de poids »)
    Case("a-weighty-supporter-opening-the-sentence", f"Soutien de taille du candidat {C}, {A} a multiplié les dons à sa campagne.", (endorsed(A, C),)),
    # a verb in the present the model ran into one name with the two around it
    Case("a-present-inside-a-name-the-model-ran-over", f"{A} tacle {C} sur la fiscalité.", (criticised(A, C),)),
    # the agenda read out by the chair calls a hearing: the chair hears the guest
    Case("a-hearing-the-agenda-calls", f"M. {B}. L'ordre du jour appelle l'audition de M. {A}, président de Vexa.", (met(B, A),)),
    Case("a-hearing-the-agenda-s-point-concerns", f"M. {B}. Le deuxième point à notre ordre du jour concerne l'audition de M. {A}.", (met(B, A),)),
    Case("miss-a-report-the-agenda-calls", f"M. {B}. L'ordre du jour appelle la discussion du rapport de M. {A}.", ()),
    # counter-sanctions of a state are restrictive measures
    Case("counter-sanctions-of-a-state", f"La Belgique a prononcé des contre-sanctions à l'encontre de {A}.", (banned("Belgique", A),)),
    Case("miss-counter-sanctions-denounced-by-a-person", f"{A} a dénoncé des contre-sanctions contre {C}.", ()),
    # a welcome wished to a guest is a meeting with them, said as it is done
    Case("a-welcome-wished-to-a-guest", f"M. {B}. Nous souhaitons la bienvenue à M. {A}.", (met(B, A),)),
    Case("a-welcome-one-would-wish-is-wished", f"M. {B}. Je voudrais souhaiter la bienvenue à M. {A}.", (met(B, A),)),
    Case("miss-a-book-titled-welcome", f"{B} a lu le livre « Bienvenue à Lyon » de {A}.", ()),
    # words in quotes right after the noun they name are a name, no cue
    Case("miss-a-cue-word-in-a-quoted-committee-name", f"Nous entendons Mme {B}, vice-présidente de la sous-commission « défense et industrie » du Parlement européen.", ()),
    # words one held (« tenir des propos ») are one's own act, in a relative or under a participle with « par »
    Case("criticising-words-one-held-in-a-relative", f"{B} a vivement critiqué les propos que {A} a tenus dimanche à la radio.", (criticised(B, A),)),
    Case("words-held-by-someone-judged-before-the-speaker", f"Les propos tenus par {A} sont « indignes », a réagi {B}.", (criticised(B, A),)),
    Case("miss-words-held-by-someone-judged-worthy", f"Les propos tenus par {A} ne sont pas indignes, a réagi {B}.", ()),
    Case("miss-a-text-voted-by-someone-judged", f"Le budget voté par {A} est scandaleux, a réagi {B}.", ()),
    # a judging attribute in quotes right after its subject
    Case("a-quoted-judging-attribute", f"{B} a estimé que {A} « n'était pas à la hauteur ».", (criticised(B, A),)),
    # a relative that denies an earlier meeting leaves the clause's meeting asserted
    Case("a-meeting-past-a-relative-that-denies-another", f"{B} et {A}, qui ne s'étaient pas vus depuis 2019, ont dîné ensemble à Lyon.", (met(B, A),)),
    Case("miss-a-denied-meeting-stays-denied", f"{B} n'a jamais dîné avec {A}.", (met(B, A, "negated"),)),
    # idioms of open hostility, and the black list one is put on
    Case("standing-up-against-someone", f"{B} est vent debout contre {A}.", (criticised(B, A),)),
    Case("miss-standing-up-against-a-bill", f"{B} est vent debout contre le projet de loi.", ()),
    Case("put-on-the-black-list", f"{B} a inscrit {A} sur la liste noire.", (banned(B, A),)),
    Case("miss-put-on-a-guest-list", f"{B} a inscrit {A} sur la liste des invités.", ()),
    # a ban done at someone's request is theirs
    Case("dissolved-at-someone-s-request", f"Le groupe Vexa Nord est dissous le 3 mars 2012 à la demande de la ministre des Sports {A}.", (banned(A, "Vexa Nord"),)),
    Case("excluded-on-someone-s-initiative", f"{C} a été exclu du parti à l'initiative de {A}.", (banned(A, C),)),
    Case("miss-excluded-despite-someone-s-request", f"{C} a été exclu du parti malgré la demande de {A}.", ()),
    Case("miss-received-at-someone-s-request", f"{C} a été reçu à la demande de {A}.", ()),
    # sharing someone's words or view
    Case("joining-someone-s-words", f"M. {B}. Je m'associe aux propos de M. {A}.", (endorsed(B, A),)),
    Case("miss-not-joining-someone-s-words", f"M. {B}. Je ne m'associe pas aux propos de M. {A}.", (endorsed(B, A, "negated"),)),
    # one who undergoes: « X, cible des attaques de Y », « X, objet des critiques de Y »
    Case("the-target-of-someone-s-attacks-in-apposition", f"{C}, cible des attaques de {A}, a répliqué.", (criticised(A, C),)),
    Case("the-object-of-someone-s-criticism-in-apposition", f"{C}, objet des critiques de {A}, a répliqué.", (criticised(A, C),)),
    Case("a-critic-of-someone-in-apposition", f"{C}, critique de {A}, a répliqué.", (criticised(C, A),)),
    # an incise between commas between a hearing and its « de »
    Case("a-hearing-past-an-incise", f"La commission des lois a procédé à l'audition, au titre de l'article 6 de son règlement, de Mme {A}.", (met("Commission des lois", A),)),
    Case("miss-a-hearing-past-an-incise-with-a-verb", f"{B} a critiqué l'audition, qui a duré une heure, de {A}.", ()),
    # an act in a relative whose subject comes after its verb (« l'action qu'a menée X »)
    Case("praising-an-act-in-an-inverted-relative", f"{B} a rendu hommage à l'action qu'a menée {A} au Sénat.", (endorsed(B, A),)),
    Case("miss-an-act-in-an-inverted-relative-only-mentioned", f"{B} a évoqué l'action qu'a menée {A} au Sénat.", ()),
    # one who promotes someone's cause, in apposition
    Case("a-promoter-of-a-candidacy-in-apposition", f"{B}, promoteur de la candidature de {A}, a parlé.", (endorsed(B, A),)),
    # a second verb in the present after « et », read by the tagger as a noun
    Case("a-second-present-after-et", f"{B} dénonce la décision du conseil et tacle {A}.", (criticised(B, A),)),
    Case("a-second-present-after-et-the-first-denied", f"{B} ne défend pas sa réforme et critique {A}.", (criticised(B, A),)),
    Case("miss-two-bare-nouns-after-entre", f"{B} évoque entre éloge et critique {A} dans son livre.", ()),
    Case("miss-a-second-verb-in-a-relative", f"{B}, qui dirige Vexa et critique {A}, a démissionné.", ()),
    # « sans le nommer » between a verb and its complement
    Case("attacking-without-naming-him", f"{B} s'en est pris, sans le nommer, à {A}.", (criticised(B, A),)),
    Case("criticising-without-naming-him", f"{B} a critiqué, sans jamais le citer explicitement, {A}.", (criticised(B, A),)),
    Case("miss-criticising-without-consulting-someone", f"{B} a critiqué, sans consulter {A}, la décision du conseil.", ()),
    # a proxy noun as the subject of « être dans le viseur de »
    Case("an-account-in-someone-s-sights", f"Le compte de {A} est dans le collimateur de {B}.", (criticised(B, A),)),
    Case("miss-a-town-in-someone-s-sights", f"La ville de Lyon est dans le viseur de {B}.", ()),
    # distancing from someone, aligning on someone
    Case("distancing-from-someone", f"Le parti Vexa se distancie de {A} après sa lettre.", (criticised("Vexa", A),)),
    Case("aligning-on-someone-s-position", f"{B} s'est alignée sur la position de {A}.", (endorsed(B, A),)),
    Case("miss-aligning-on-prices", f"Vexa s'aligne sur les tarifs de ses concurrents.", ()),
    Case("miss-refusing-to-align-on-someone", f"{B} refuse de s'aligner sur {A}.", (endorsed(B, A, "negated"),)),
    # joining someone for a meal
    Case("joining-someone-for-dinner", f"{C}, patron de Vexa, rejoint {A} pour un dîner à Biarritz.", (met(C, A),)),
    Case("joining-someone-for-lunch-planned", f"{C} devrait rejoindre {A} pour déjeuner vendredi.", (met(C, A, "uncertain"),)),
    Case("miss-joining-a-company-for-a-job", f"{C} a rejoint Vexa pour un poste de directeur.", ()),
    # the relation noun as the subject of a passive: « une amende a été infligée à Y par X »
    Case("a-fine-imposed-in-the-passive", f"Une amende de 2 millions d'euros a été infligée à Vexa par la CNIL.", (criticised(CNIL, "Vexa"),)),
    Case("a-notice-sent-in-the-passive", f"Une mise en demeure a été adressée à Vexa par l'Arcom.", (criticised(ARCOM, "Vexa"),)),
    Case("a-tribute-paid-in-the-passive", f"Un hommage a été rendu à {A} par {B}.", (endorsed(B, A),)),
    Case("sanctions-taken-in-the-passive", f"Des sanctions ont été prises par la Commission européenne contre Vexa.", (criticised("Commission européenne", "Vexa"),)),
    Case("miss-no-fine-imposed-in-the-passive", f"Aucune amende n'a été infligée à Vexa par la CNIL.", (criticised(CNIL, "Vexa", "negated"),)),
    Case("miss-a-complaint-not-filed-in-the-passive", f"Aucune plainte n'a été déposée par {B} contre {A}.", (criticised(B, A, "negated"),)),
    Case("a-fine-to-be-imposed-in-the-passive", f"Une amende sera infligée à Vexa par la CNIL.", (criticised(CNIL, "Vexa", "uncertain"),)),
    Case("miss-a-complaint-rejected-in-the-passive", f"Une plainte a été rejetée par {B} contre {A}.", ()),
    # thanks for an invitation: the meeting took place
    Case("grateful-for-an-invitation-to-dinner", f"{C} était reconnaissant de l'invitation à rejoindre le président {A} pour dîner.", (met(C, A),)),
    Case("miss-an-invitation-received-stays-uncertain", f"{C} a reçu une invitation à dîner avec {A}.", (met(C, A, "uncertain"),)),
    # members singled out after a group whose act is judged: « notamment de son rapporteur X »
    Case("praising-members-singled-out-after-notamment-de", f"{B} a salué le travail des membres de la mission d'information, notamment de son rapporteur {A} et de son président {C}.", (endorsed(B, A), endorsed(B, C))),
    Case("praising-members-singled-out-after-en-particulier-de", f"{B} a salué le travail des élus, en particulier de {A}.", (endorsed(B, A),)),
    Case("miss-members-singled-out-after-a-neutral-verb", f"{B} a parlé des élus, notamment de {A}.", ()),
    # asking for an inquiry or a prosecution blames its target as surely as one asks
    Case("asking-for-an-inquiry-into-someone", f"{B} réclame une enquête sur Vexa Conseil.", (criticised(B, "Vexa Conseil"),)),
    Case("demanding-a-prosecution-of-someone", f"{B} exige des poursuites contre {A}.", (criticised(B, A),)),
    Case("asking-for-an-inquiry-in-the-conditional", f"{B} pourrait réclamer une enquête sur {A}.", (criticised(B, A, "uncertain"),)),
    Case("miss-not-asking-for-an-inquiry", f"{B} ne réclame pas d'enquête sur {A}.", (criticised(B, A, "negated"),)),
    Case("miss-considering-an-inquiry", f"{B} envisage une enquête sur {A}.", ()),
    Case("miss-a-ban-only-asked-for", f"{B} demande l'exclusion de {A}.", (banned(B, A, "uncertain"),)),
    # worry about someone's conduct; not for their welfare
    Case("worried-about-someone-s-attitude", f"{B} s'inquiète de l'attitude de {A}.", (criticised(B, A),)),
    Case("worries-about-someone-s-strategy", f"Les inquiétudes de {B} sur la politique de {A} sont connues.", (criticised(B, A),)),
    Case("miss-worried-for-someone-s-safety", f"{B} s'inquiète de la sécurité de {A}.", ()),
    Case("miss-worries-about-someone-s-health", f"{B} a exprimé ses inquiétudes sur la santé de {A}.", ()),
    Case("miss-worried-for-someone", f"{B} s'inquiète pour {A}.", ()),
    Case("sharing-someone-s-worries", f"{B} partage les inquiétudes de {C} sur l'attitude de {A}.", (endorsed(B, C), criticised(C, A))),
    # an open war, a quarrel; judicial steps against someone
    Case("in-an-open-war-with-two", f"{A} est engagé dans une guerre ouverte avec sa fille, {B}, et le vice-président, {C}.", (criticised(A, B), criticised(A, C))),
    Case("an-open-war-between-two", f"La guerre ouverte entre {A} et {B} a repris.", (criticised(A, B), criticised(B, A))),
    Case("miss-an-open-war-in-a-country", f"La guerre ouverte en Ukraine inquiète {B}.", ()),
    Case("a-quarrel-with-someone", f"{A} a une querelle avec {B}.", (criticised(A, B),)),
    Case("a-search-warrant-against-someone", f"La CNIL avait émis un mandat de recherche contre {A}.", (criticised(CNIL, A),)),
    Case("a-judicial-inquiry-against-someone", f"Le parquet de Paris a ouvert une information judiciaire contre {A}.", (criticised("parquet de Paris", A),)),
    # praise or criticism that never runs dry: the denial asserts it
    Case("praise-that-never-runs-dry", f"{B} ne tarit pas d'éloges sur {A}.", (endorsed(B, A),)),
    Case("praise-that-never-ran-dry-past", f"{B} n'a pas tari d'éloges à l'égard de {A}.", (endorsed(B, A),)),
    Case("criticism-that-never-runs-dry", f"{B} ne tarit pas de critiques contre {A}.", (criticised(B, A),)),
    Case("miss-praise-denied", f"{B} n'a pas fait l'éloge de {A}.", (endorsed(B, A, "negated"),)),
    # more acts of a party: its work, recommendations, plan, interventions
    Case("praising-someone-s-work", f"{B} a salué les travaux de {A} sur le numérique.", (endorsed(B, A),)),
    Case("criticising-someone-s-recommendations", f"{B} a critiqué les recommandations de {A}.", (criticised(B, A),)),
    Case("denouncing-someone-s-plan", f"{B} a dénoncé le plan de {A} pour les retraites.", (criticised(B, A),)),
    Case("miss-building-works-of-a-town-hall", f"{B} a critiqué les travaux de rénovation de la mairie de Lyon.", ()),
    # one's own vote declared in the future is support given now
    Case("my-vote-declared-in-the-future", f"« Je voterai pour {B} », a déclaré {C}.", (endorsed(C, B),)),
    Case("our-support-declared-in-the-future", f"« Nous soutiendrons {B} au second tour », a affirmé {C}.", (endorsed(C, B),)),
    Case("miss-my-vote-denied-in-the-future", f"« Je ne voterai pas pour {B} », a déclaré {C}.", (endorsed(C, B, "negated"),)),
    Case("miss-my-vote-under-a-condition", f"« Je voterai pour {B} si elle retire sa réforme », a déclaré {C}.", (endorsed(C, B, "uncertain"),)),
    Case("miss-a-third-person-future-vote", f"{C} votera pour {B} au second tour.", (endorsed(C, B, "uncertain"),)),
    Case("miss-a-meeting-of-mine-in-the-future", f"« Je rencontrerai {B} demain », a déclaré {C}.", (met(C, B, "uncertain"),)),
    # a dative after a date, or « à l'encontre de », before the relation noun a support verb governs
    Case("a-fine-imposed-on-a-day-to-someone", f"La Commission européenne a infligé mercredi à Pixelia une amende de 120 millions d'euros.", (criticised("Commission européenne", "Pixelia"),)),
    Case("a-fine-imposed-on-a-date-to-someone-in-apposition", f"La Commission européenne a infligé le 3 mai à Pixelia, le réseau social de {A}, une amende.", (criticised("Commission européenne", "Pixelia"),)),
    Case("support-given-on-a-day-to-someone", f"{A} a apporté lundi à {B} son soutien.", (endorsed(A, B),)),
    Case("a-sanction-pronounced-against-someone-before-the-noun", f"La CNIL a prononcé à l'encontre de Pixelia une sanction de 10 millions d'euros.", (criticised(CNIL, "Pixelia"),)),
    Case("miss-a-day-to-someone-then-a-neutral-noun", f"{A} a envoyé lundi à {B} un rapport.", ()),
    # suspending one's own plan bans no one
    Case("suspending-one-s-own-plan-bans-no-one", f"{A} a reçu la direction de Pixelia, qui a accepté de suspendre son plan de licenciements.", (met(A, "Pixelia"),)),
    Case("miss-a-judge-suspending-someone-s-decree", f"{A} a signé un décret. Le juge a suspendu son décret.", ()),
    # restrictive measures imposed on someone; grievances notified to someone
    Case("restrictive-measures-imposed-on-someone", f"Le Conseil de l'Union européenne a imposé des mesures restrictives à Vexa Media et à trois de ses fondateurs.", (banned("Conseil de l'Union européenne", "Vexa Media"),)),
    Case("grievances-notified-to-someone", f"La Commission européenne a annoncé avoir notifié à Pixelia des griefs sur son comparateur de prix.", (criticised("Commission européenne", "Pixelia"),)),
    # a decision or a document as the subject acts for its author
    Case("a-decision-of-someone-imposing-a-fine", f"Une décision de la CNIL a imposé hier à Pixelia une amende de 5 millions d'euros.", (criticised(CNIL, "Pixelia"),)),
    Case("a-report-of-someone-denouncing", f"Le rapport de {B} dénonce les pratiques de Pixelia.", (criticised(B, "Pixelia"),)),
    Case("miss-a-report-of-no-one-denouncing", f"Le rapport de la commission dénonce Pixelia.", ()),
    # removed from a place named before the object
    Case("removed-from-its-store-before-the-object", f"Pixelia a retiré de son magasin d'applications l'application Vexa.", (banned("Pixelia", "Vexa"),)),
    Case("driven-out-early-in-a-month-from-its-store", f"Pixelia a chassé fin mars de sa boutique l'application Vexa.", (banned("Pixelia", "Vexa"),)),
    Case("miss-removed-from-sale-a-book", f"Pixelia a retiré de la vente le livre de {C}.", ()),
    Case("miss-a-manner-after-de-before-the-object", f"L'Union européenne suspendra d'urgence les activités commerciales de Pixelia.", ()),
    Case("removed-from-a-store-named-before-the-object", f"Pixelia a retiré fin mai de sa boutique Vexa Store l'application Orbis, éditée par une PME.", (banned("Pixelia", "Orbis"),)),
    # an account, a message or a tweet that opens the clause acts for its owner
    Case("an-account-of-someone-humiliating", f"Le compte de {B} vient d'humilier {A} sur sa propre plateforme.", (criticised(B, A),)),
    Case("an-official-account-denouncing", f"Le compte officiel de Pixelia a dénoncé {A}.", (criticised("Pixelia", A),)),
    Case("miss-an-account-suspended-by-someone", f"Le compte de {B} a été suspendu par Vexa.", (banned("Vexa", B),)),
    # « parmi » after an opening adjunct or a conjunction; a table companion
    Case("among-the-guests-after-a-day", f"Lundi, parmi les invités de {A} figuraient {C} et {B}.", (met(C, A), met(B, A))),
    Case("among-the-guests-after-but", f"Mais parmi les invités de {A}, on trouve {C}.", (met(C, A),)),
    Case("among-the-guests-to-come", f"Demain, parmi les invités de {A} figureront {C} et {B}.", (met(C, A, "uncertain"), met(B, A, "uncertain"))),
    Case("a-table-companion-of-someone", f"{C}, convive de {A}, a pris la parole.", (met(C, A),)),
    Case("miss-among-the-guests-after-a-clause", f"{B} a dit que, parmi les invités de {A}, figurait un ancien ministre.", ()),
    # « en justice », « en public », « en bloc » between the verb and its object
    Case("contesting-in-court-a-fine-imposed-by", f"Pixelia conteste en justice l'amende infligée en avril par la Commission européenne.", (criticised("Pixelia", "Commission européenne"),)),
    Case("criticising-in-public", f"{B} a critiqué en public {A}.", (criticised(B, A),)),
    Case("meeting-in-secret", f"{B} a rencontré en catimini {A}.", (met(B, A),)),
    # a feminine or plural participle opening the sentence
    Case("banned-feminine-participle-opening", f"Bannie de TikTok pour ses contenus, {B} a rejoint Instagram.", (banned("TikTok", B),)),
    Case("excluded-feminine-participle-opening", f"Exclue de Facebook en 2021, {B} a lancé son propre réseau.", (banned("Facebook", B),)),
    # « , comme nous l'avons fait, » between the verb and its object
    Case("suspended-as-we-did", f"La France a suspendu, comme nous l'avons fait, les médias Pixelia et Vexa.", (banned("France", "Pixelia"), banned("France", "Vexa"))),
    Case("received-as-he-had-promised", f"{A} a reçu, comme il l'avait promis, {C}.", (met(A, C),)),
    Case("miss-as-someone-criticised", f"{A} a reçu, comme elle l'a critiqué, la délégation.", ()),
    # a number of packages or a series of measures
    Case("packages-of-restrictive-measures", f"Le Conseil de l'Union européenne a voté trois paquets de mesures restrictives contre Pixelia.", (banned("Conseil de l'Union européenne", "Pixelia"),)),
    Case("a-train-of-sanctions", f"Le Conseil a adopté un nouveau train de sanctions contre Pixelia.", (criticised("Conseil", "Pixelia"),)),
    Case("miss-a-series-of-meetings-without-anyone", f"Le Conseil a adopté une nouvelle série de mesures sur le climat.", ()),
    # « dans un communiqué », « dans une lettre ouverte » between the verb and its object
    Case("praising-in-a-statement-someone-s-work", f"L'Arcom salue dans un communiqué le travail de la Commission européenne.", (endorsed(ARCOM, "Commission européenne"),)),
    Case("denouncing-in-an-open-letter", f"{B} dénonce dans une lettre ouverte {A}.", (criticised(B, A),)),
    Case("miss-writing-in-a-letter-that", f"{B} a écrit dans une lettre que {A} mentait.", ()),
    # a present in -ue the tagger reads as a participle is no apposition
    Case("a-present-in-ue-read-as-a-participle", f"Pixelia salue dans un communiqué {A}.", (endorsed("Pixelia", A),)),
    Case("miss-a-feminine-participle-in-apposition-stays-one", f"{B}, exclue par Pixelia en 2020, a fondé un parti.", (banned("Pixelia", B),)),
    # a list after a colon that ends the paragraph
    Case("pinned-services-listed-after-a-colon", f"L'Arcom épingle trois services : Google, Yahoo et TikTok.", (criticised(ARCOM, "Google"), criticised(ARCOM, "Yahoo"), criticised(ARCOM, "TikTok"))),
    # a locution whose object is two names joined by « et »
    Case("encouraged-two-names-to-go-on", f"{B} encourage {A} et {C} à continuer leurs efforts.", (endorsed(B, A), endorsed(B, C))),
    Case("put-on-notice-two-platforms", f"La CNIL a mis Google et Facebook en demeure.", (criticised(CNIL, "Google"), criticised(CNIL, "Facebook"))),
    Case("miss-a-locution-after-a-second-clause", f"{B} a mis {A} au courant et Pixelia en demeure.", ()),
    # drawing attention to someone's wrongdoing, not to their situation
    Case("attention-drawn-to-someone-s-drifts", f"{A} attire l'attention de la ministre sur les graves dérives du réseau social « Facebook ».", (criticised(A, "Facebook"),)),
    Case("alerting-the-minister-to-misdeeds", f"{A} alerte la ministre de la culture sur les méfaits de Pixelia.", (criticised(A, "Pixelia"),)),
    Case("miss-attention-drawn-to-someone-s-situation", f"{A} appelle l'attention du ministre sur la situation de Pixelia.", ()),
    Case("miss-attention-drawn-to-rights-of-someone-s-staff", f"{A} appelle l'attention du ministre sur les violations des droits des salariés de Pixelia.", ()),
    Case("the-policy-of-a-quoted-name", f"{B} a critiqué la politique de « Pixelia ».", (criticised(B, "Pixelia"),)),
    # injunctions and formal notices against someone; a support « pour » someone
    Case("enjoined-by-a-court", f"Le tribunal de Nanterre a enjoint à Pixelia de restreindre ses activités.", (criticised("tribunal de Nanterre", "Pixelia"),)),
    Case("an-injunction-to-someone", f"La CNIL a prononcé une injonction à Pixelia.", (criticised(CNIL, "Pixelia"),)),
    Case("a-formal-notice-against-someone", f"La CNIL a adressé hier sa mise en demeure à l'encontre du groupe Pixelia.", (criticised(CNIL, "Pixelia"),)),
    Case("a-weighty-supporter-for-someone", f"{A} se trouve être un allié et un soutien de poids pour Pixelia.", (endorsed(A, "Pixelia"),)),
    Case("miss-a-support-for-a-cause", f"{A} est un soutien de poids pour la réforme.", ()),
    # a judgment or a decision given by someone acts for them
    Case("a-judgment-given-by-a-court", f"Le jugement rendu par le tribunal de Lyon a infligé à Pixelia une amende.", (criticised("tribunal de Lyon", "Pixelia"),)),
    Case("a-report-published-by-someone", f"Le rapport publié par {A} dénonce les pratiques de Pixelia.", (criticised(A, "Pixelia"),)),
    # « non seulement X, mais Y »
    Case("not-only-but-without-also", f"{A} a vivement critiqué, non seulement, bien sûr, {B}, mais la France.", (criticised(A, B), criticised(A, "France"))),
    Case("miss-but-opening-another-clause", f"{A} a non seulement attaqué {B}, mais {C} a protesté.", (criticised(A, B),)),
    # booing, disqualifying, an international warrant
    Case("booed-someone", f"{B} a hué {A}.", (criticised(B, A),)),
    Case("disqualified-someone", f"La fédération Pixelia a disqualifié {A}.", (banned("Pixelia", A),)),
    Case("an-international-warrant-against-someone", f"Le juge {C} a émis un mandat international contre {A}.", (criticised(C, A),)),
    # a decision taken against someone; a date after « en » between a participle and « par »
    Case("a-decision-taken-in-a-month-by-someone-against-someone", f"{A} cite la décision prise en juin 2011 par l'Autorité de la concurrence à l'encontre du groupe Pixelia.", (criticised("Autorité de la concurrence", "Pixelia"),)),
    Case("received-in-a-month-someone", f"{B} a reçu en mars 2004 {A}.", (met(B, A),)),
    Case("miss-a-decision-about-someone", f"La Commission européenne a pris une décision au sujet de Pixelia.", ()),
    # members listed after « tels que »
    Case("applications-such-as-two-banned", f"La France a interdit l'utilisation d'applications telles que TikTok ou Netflix sur les téléphones.", (banned("France", "TikTok"), banned("France", "Netflix"))),
    Case("countries-such-as-one-criticised", f"La France a critiqué des pays tels que la Chine.", (criticised("France", "Chine"),)),
    Case("miss-such-as-someone-describes-it", f"La France est telle que {A} la décrit.", ()),
    # someone's project as the subject of its own verb is no plan of the relation
    Case("someone-s-project-supported-by-someone", f"Le projet de {A} est soutenu par {B}.", (endorsed(B, A),)),
    Case("miss-someone-s-plan-to-meet", f"Le projet de {A} de rencontrer {B} a fuité.", (met(A, B, "uncertain"),)),
    Case("miss-someone-s-project-that-would-be-supported", f"Le projet de {A} serait soutenu par {B}.", (endorsed(B, A, "uncertain"),)),
    # shaking the hands of several
    Case("shook-the-hands-of-two", f"{C} a serré les mains de {B} et de {A}.", (met(C, B), met(C, A))),
    # the subject of a « que » clause after a verb of deploring
    Case("deplores-that-someone-refused", f"{B} déplore que {A} ait refusé de négocier.", (criticised(B, A),)),
    Case("regrets-that-a-company-decided", f"{B} regrette que la société Pixelia ait décidé de rompre les négociations.", (criticised(B, "Pixelia"),)),
    Case("denounces-the-fact-that", f"{B} dénonce le fait que Pixelia refuse de payer.", (criticised(B, "Pixelia"),)),
    Case("deplores-that-someone-after-an-incise", f"{B} déplore que {A}, une fois de plus, ait refusé de négocier.", (criticised(B, A),)),
    Case("miss-regrets-that-someone-is-ill", f"{B} regrette que {A} soit malade.", ()),
    Case("miss-regrets-that-we-lost", f"{B} regrette que nous ayons perdu.", ()),
    Case("miss-regrets-someone-s-departure", f"{B} regrette le départ de {A}.", ()),
    # a participle that describes the noun phrase opening the sentence, not the name after its actors
    Case("miss-a-practice-denounced-by-a-list", f"Ce procédé, critiqué par {A}, la Fnac et Cultura semble contraire au droit.", ()),
    Case("criticised-the-day-after-opening-participle", f"Le lendemain, critiquée par {A}, {B} a démissionné.", (criticised(A, B),)),
    # a capital that is the object of a relation verb stands for its government
    Case("accusing-a-capital-of-censorship", f"La Commission européenne enquête. {A} critique les règles européennes, accusant Bruxelles de censure.", (criticised(A, "Commission européenne"),)),
    Case("miss-leaving-a-capital", f"La Commission européenne enquête. {A} a quitté Bruxelles pour Paris.", ()),
    # entry refused to someone, or someone's entry
    Case("entry-forbidden-to-someone-before-the-noun", f"La France a interdit à {A} l'entrée sur son territoire.", (banned("France", A),)),
    Case("someone-s-entry-forbidden", f"La France a interdit l'entrée de {A} sur son territoire.", (banned("France", A),)),
    Case("miss-entry-into-force-of-a-text", f"{B} a salué l'entrée en vigueur du texte.", ()),
    # a place after « à » before the « à » of the one a relation is given to
    Case("tribute-at-a-monument-to-someone", f"{C} a rendu hommage au Panthéon à {A}.", (endorsed(C, A),)),
    Case("an-audience-at-the-palace-to-someone", f"Le président {C} a accordé une audience à l'Élysée à {A}.", (met(C, A),)),
    Case("miss-tribute-in-a-city-to-a-movement", f"{C} a rendu hommage à Paris à la Résistance.", ()),
    Case("tribute-to-a-country-on-an-occasion", f"{C} a rendu hommage à la France à l'occasion du 14 Juillet.", (endorsed(C, "France"),)),
    # a ban or a sanction named again: criticising or praising it aims at who took it
    Case("a-fine-then-criticised-this-decision", f"L'Autorité de la concurrence a infligé une amende à Pixelia. {A}, patron de Pixelia, a vivement critiqué cette décision.", (criticised("Autorité de la concurrence", "Pixelia"), criticised(A, "Autorité de la concurrence"))),
    Case("a-ban-then-this-decision-denounced-by", f"Le gouvernement moldave a interdit Vexa pour six mois. Cette décision a été dénoncée par {A}.", (banned("gouvernement moldave", "Vexa"), criticised(A, "gouvernement moldave"))),
    Case("a-suspension-then-praised-the-ban", f"{B} a suspendu le compte de {A}. {C} a salué cette suspension.", (banned(B, A), endorsed(C, B))),
    Case("a-fine-then-a-decision-praised-by", f"L'Autorité de la concurrence a infligé une amende à Pixelia, une décision saluée par {A}.", (criticised("Autorité de la concurrence", "Pixelia"), endorsed(A, "Autorité de la concurrence"))),
    Case("a-ban-then-a-measure-that-someone-denounced", f"{B} a exclu Pixelia du salon, une mesure que {A} a dénoncée.", (banned(B, "Pixelia"), criticised(A, B))),
    Case("words-that-someone-condemned", f"{B} a traité {C} de menteur, des propos que {A} a condamnés.", (criticised(B, C), criticised(A, B))),
    Case("miss-a-judge-suspended-this-decision", f"{B} a infligé une amende à Pixelia. Le juge {C} a suspendu cette décision.", (criticised(B, "Pixelia"),)),
    Case("miss-a-fine-then-contested-this-ban", f"{B} a infligé une amende à Pixelia. {A} a contesté cette interdiction.", (criticised(B, "Pixelia"),)),
    Case("miss-a-meeting-then-this-decision", f"{B} a reçu {A}. {C} a critiqué cette décision.", (met(B, A),)),
    Case("miss-two-authors-then-this-decision", f"{B} et {C} ont exclu Pixelia. {A} a salué cette décision.", (banned(B, "Pixelia"), banned(C, "Pixelia"))),
    Case("the-decision-of-someone-else-is-theirs", f"{B} a exclu Pixelia. {C} a salué la décision de {A}.", (banned(B, "Pixelia"), endorsed(C, A))),
    Case("a-decision-two-sentences-later", f"{B} a exclu Pixelia. Le salon a fermé lundi. {A} a salué cette décision.", (banned(B, "Pixelia"), endorsed(A, B))),
    Case("the-same-measure-keeps-the-act-in-play", f"{B} a exclu Pixelia du salon. Vexa subit la même mesure. Le salon a fermé lundi. {A} a salué cette décision.", (banned(B, "Pixelia"), endorsed(A, B))),
    Case("miss-a-decision-three-sentences-later", f"{B} a exclu Pixelia. Le salon a fermé lundi. Il a plu mardi. {A} a salué cette décision.", (banned(B, "Pixelia"),)),
    Case("miss-another-decision-in-between", f"{B} a exclu Pixelia. Le tribunal a décidé de reporter l'audience. {A} a salué cette décision.", (banned(B, "Pixelia"),)),
    # a relative clause in parentheses or between dashes
    Case("who-met-someone-in-parentheses", f"Le ministre {A} (qui a rencontré {B} lundi) est attendu à Lyon.", (met(A, B),)),
    Case("who-met-someone-between-dashes", f"Le ministre {A} — qui a rencontré {B} lundi — est attendu à Lyon.", (met(A, B),)),
    Case("whom-someone-criticised-in-parentheses", f"{B} a reçu {C} (que {A} avait critiqué) à Lyon.", (met(B, C), criticised(A, C))),
    Case("miss-a-parenthesis-naming-a-place", f"Le ministre {A} (Lyon) a critiqué la réforme.", ()),
    # a judgement given by a participle right after the one it describes
    Case("called-a-tyrant-by-someone-in-an-apposition", f"{B}, qualifiée de « tyran » par {A}, a démissionné.", (criticised(A, B),)),
    Case("a-fine-then-a-decision-called-unfair-by", f"L'Autorité de la concurrence a infligé une amende à Pixelia. Une décision qualifiée d'« injuste » par le ministre {A}.", (criticised("Autorité de la concurrence", "Pixelia"), criticised(A, "Autorité de la concurrence"))),
    Case("a-fine-then-called-this-decision-unfair", f"L'Autorité de la concurrence a infligé une amende à Pixelia. {A} a qualifié cette décision d'« injuste ».", (criticised("Autorité de la concurrence", "Pixelia"), criticised(A, "Autorité de la concurrence"))),
    Case("miss-qualified-for-a-post", f"{B}, qualifiée pour le poste par {A}, a démissionné.", ()),
    # a visa, an entry or a stay refused to someone
    Case("a-visa-refused-to-someone", f"Le gouvernement moldave a refusé un visa à {A}.", (banned("gouvernement moldave", A),)),
    Case("a-refusal-of-visa-opposed-to-someone", f"Les autorités moldaves ont opposé un refus de visa au journaliste {A}.", (banned("autorités moldaves", A),)),
    Case("someone-sees-access-refused-by", f"{A} se voit refuser l'accès au territoire par le gouvernement moldave.", (banned("gouvernement moldave", A),)),
    Case("forbidden-to-stay-several-among-them-someone", f"Le gouvernement moldave a interdit de séjour trois militants, dont le député {A}.", (banned("gouvernement moldave", A),)),
    Case("a-ban-of-stay-against-someone", f"Le gouvernement moldave a prononcé une interdiction de séjour contre {A}.", (banned("gouvernement moldave", A),)),
    Case("miss-access-refused-to-data", f"Pixelia a refusé l'accès à ses données.", ()),
    Case("miss-a-refusal-opposed-to-a-request", f"Le ministre {B} a opposé un refus catégorique à la demande de {A}.", ()),
    # investigations: aimed at a group's members, an adjunct before « par », the present of « enquêter »
    Case("an-investigation-aiming-at-sites-such-as", f"Le parquet de Lyon a lancé une enquête visant des sites tels que Pixelia et Orbis.", (criticised("parquet de Lyon", "Pixelia"), criticised("parquet de Lyon", "Orbis"))),
    Case("an-investigation-aiming-at-one-and-others-such-as", f"Le parquet de Lyon a lancé une enquête visant Vexa ainsi que d'autres sites tels que Pixelia et Orbis.", (criticised("parquet de Lyon", "Vexa"), criticised("parquet de Lyon", "Pixelia"), criticised("parquet de Lyon", "Orbis"))),
    Case("targeted-since-march-by-an-investigation-of", f"La société Pixelia est visée depuis mars par une enquête du parquet de Lyon.", (criticised("parquet de Lyon", "Pixelia"),)),
    Case("an-office-investigates-a-company", f"Le parquet de Paris enquête sur la société Pixelia.", (criticised("parquet de Paris", "Pixelia"),)),
    Case("miss-reacted-since-monday-to-an-exclusion", f"{B} a réagi depuis lundi à l'exclusion de {A}.", ()),
    Case("a-complaint-of-a-union-against-a-company-rejected", f"La plainte du syndicat Vexa contre Pixelia a été rejetée.", (criticised("Vexa", "Pixelia"),)),
    # an appeal against a decision; fines counted again; a company's seat for the company
    Case("fines-then-criticised-these-two-fines", f"La Commission européenne a infligé une amende à Pixelia et à Vexa. {A} a vivement critiqué ces deux amendes.", (criticised("Commission européenne", "Pixelia"), criticised("Commission européenne", "Vexa"), criticised(A, "Commission européenne"))),
    Case("a-fine-then-an-appeal-against-this-decision", f"La Commission européenne a infligé une amende à Pixelia. Pixelia a annoncé faire appel de cette décision.", (criticised("Commission européenne", "Pixelia"), criticised("Pixelia", "Commission européenne"))),
    Case("a-seat-appeals-for-its-company", f"La Commission européenne a infligé une amende à Apple. Cupertino a fait appel de cette décision.", (criticised("Commission européenne", "Apple"), criticised("Apple", "Commission européenne"))),
    Case("miss-called-on-someone", f"{A} a fait appel à {B} pour diriger la campagne.", ()),
    # a list with a bare role apposed to one of its members; a phrase that qualifies a meeting
    Case("an-exchange-between-three-one-with-a-bare-role", f"La scène a accueilli un échange de haut niveau entre {A}, {B}, PDG de Pixelia, et {C}.", (met(A, B), met(A, C), met(B, C))),
    Case("a-meeting-behind-closed-doors-between", f"Une rencontre à huis clos entre {A} et {C} a eu lieu lundi.", (met(A, C),)),
    Case("miss-a-high-level-exchange-between-two-countries", f"Un dialogue de haut niveau entre la France et l'Inde a eu lieu.", ()),
    # an ally; a sensible person
    Case("a-close-ally-of-someone", f"{A} est un proche allié de {B}.", (endorsed(A, B),)),
    Case("called-someone-a-sensible-person", f"{A} a qualifié {B} de personne très sensée.", (endorsed(A, B),)),
    Case("miss-the-allies-of-someone-spoke", f"Les alliés de {B} ont parlé.", ()),
    # meeting the people who speak for an organisation; a time adjunct before the object
    Case("receives-right-now-the-leaders-of-a-company", f"Le ministre {A} reçoit en ce moment les responsables de Pixelia pour un bilan.", (met(A, "Pixelia"),)),
    Case("met-the-management-of-a-company", f"{A} a rencontré la direction de Pixelia.", (met(A, "Pixelia"),)),
    Case("the-leaders-of-a-company-received-by", f"Les dirigeants de Pixelia ont été reçus par {A}.", (met(A, "Pixelia"),)),
    Case("miss-received-the-proposal-of-a-company", f"{A} a reçu la proposition de Pixelia.", ()),
    # members listed after a colon, whose organisation is named before it
    Case("received-the-representatives-of-a-company-listed", f"{A} a reçu les représentants de Pixelia : M. {C} et Mme {B}.", (met(A, C), met(A, B))),
    # a website named after « site internet »; a description with what kind of service it is
    Case("a-website-closed-by", f"Le site internet Pixelia, basé à Lyon, a été fermé hier par le ministère de la Justice.", (banned("ministère de la Justice", "Pixelia"),)),
    Case("a-described-service-charged", f"La plateforme Pixelia a été suspendue. {A} accuse la plateforme de partage de photos de favoriser la fraude.", (criticised(A, "Pixelia"),)),
    # a doubt on a noun of the main clause is no doubt on the verb of its relative clause
    Case("a-possible-sale-raises-questions-discussed-with", f"La perspective d'une éventuelle cession pose des questions dont {B} s'est entretenue, dès ce matin, avec {A}.", (met(B, A),)),
    Case("a-possible-meeting-between-is-uncertain", f"Une éventuelle rencontre entre {B} et {A} est évoquée.", (met(B, A, "uncertain"),)),
    Case("a-website-named-after-site-internet-closed", f"Le site internet Vexabox, installé à Lisbonne, a été bloqué jeudi par la CNIL.", (banned(CNIL, "Vexabox"),)),
    # a quoted object after a named medium
    Case("denounced-on-a-radio-the-quoted-failings-of", f"{B}, vice-présidente du parti, a dénoncé sur Radio Nova « l'irresponsabilité de Pixelia ».", (criticised(B, "Pixelia"),)),
    Case("miss-declared-in-a-city-a-quoted-phrase", f"{B} a déclaré à Lyon « la fin de la récréation ».", ()),
    # a sum named by « d'un montant de » between a sanction and its target
    Case("a-sanction-of-an-amount-against", f"L'Arcom a prononcé mardi une sanction d'un montant de 2 millions d'euros contre Pixelia TV.", (criticised(ARCOM, "Pixelia TV"),)),
    Case("a-fine-of-a-total-amount-to", f"La CNIL a infligé une amende d'un montant total de 40 millions d'euros à Vexa.", (criticised(CNIL, "Vexa"),)),
    Case("miss-a-contract-of-an-amount-with", f"La CNIL a signé un contrat d'un montant de 2 millions d'euros avec Vexa.", ()),
    # the one a president reproached, named as the subject of a present the tagger reads as an adjective
    Case("reproached-him-after-a-present-read-as-an-adjective", f"{A} critique les règles européennes. Lundi, le président {C}, sans le nommer, lui a reproché de soutenir les extrêmes.", (criticised(C, A),)),
    # a day after the one met in the phrase that opens the sentence; a possessive before « tête-à-tête »
    Case("opening-dinner-with-a-day-after-the-guest", f"Lors d'un dîner avec {C} mardi soir, {A} a évoqué la régulation.", (met(A, C),)),
    Case("miss-opening-dinner-with-a-day-and-no-person-subject", f"Lors d'un dîner avec {C} mardi, la régulation a été évoquée.", ()),
    Case("opening-possessive-tete-a-tete", f"Pendant son tête-à-tête avec {C}, {B} a défendu sa position.", (met(B, C),)),
    # « bon » and « meilleur » as the first word of an attribute praise
    Case("called-a-good-minister-past-an-apposition", f"{C} a qualifié {A}, nouveau ministre du Budget, de « bon gestionnaire ».", (endorsed(C, A),)),
    Case("miss-called-a-minister", f"{C} a qualifié {A} de ministre de l'Économie.", ()),
    # a known seat the model read as one name with the person received there
    Case("received-at-matignon-a-person", f"{A} a reçu à Matignon {C}.", (met(A, C),)),
    Case("received-at-the-hotel-de-matignon-a-person", f"{A} a accueilli à l'hôtel de Matignon {C}, le patron de Pixelia.", (met(A, C),)),
    # the arrival of a person, aimed at as their own act
    Case("opposed-the-arrival-of", f"{A} s'est fermement opposé à l'arrivée de {C} à la direction de Pixelia.", (criticised(A, C),)),
    Case("miss-at-the-arrival-of", f"À l'arrivée de {C}, {A} a présenté la réforme.", ()),
    # tarnishing someone's reputation; denouncing how dangerous a party is
    Case("tarnished-the-image-of", f"{C} a terni l'image de Pixelia.", (criticised(C, "Pixelia"),)),
    Case("wants-to-tarnish-the-reputation-of-is-uncertain", f"{C} veut ternir la réputation de Pixelia.", (criticised(C, "Pixelia", "uncertain"),)),
    Case("miss-the-reputation-of-grew-thanks-to", f"La réputation de Pixelia a grandi grâce à {C}.", ()),
    Case("denounced-in-a-report-the-danger-of", f"La CNIL a fustigé dans son avis la dangerosité de Pixelia pour les mineurs.", (criticised(CNIL, "Pixelia"),)),
    # a bare judging attribute in the passive, the one who judges after « par »
    Case("judged-racist-by-in-the-passive", f"{A} a été jugé raciste par {C}.", (criticised(C, A),)),
    Case("remarks-judged-quoted-racist-by", f"Les propos de {A} ont été jugés « racistes » par {C}.", (criticised(C, A),)),
    Case("described-as-a-danger-by", f"{A}, considéré comme un danger par {C}, a quitté le parti.", (criticised(C, A),)),
    Case("miss-judged-by-without-an-attribute", f"{A} a été jugé par {C}.", ()),
    Case("judged-racist-then-defended-by", f"{A} a été jugé raciste, puis défendu par {C}.", (endorsed(C, A),)),  # the judge is not named
    # a lack of something stands for its owner
    Case("deplored-the-lack-of-transparency-of", f"La CNIL a déploré le manque de transparence de Pixelia.", (criticised(CNIL, "Pixelia"),)),
    Case("miss-deplored-the-lack-of-means", f"{C} a déploré le manque de moyens de la justice.", ()),
    # the members of a plural subject named after the object, at the clause's end
    Case("institutions-banned-then-their-members-named", f"Plusieurs autorités ont banni Pixelia ces derniers mois, notamment l'Arcom et la CNIL.", (banned(ARCOM, "Pixelia"), banned(CNIL, "Pixelia"))),
    Case("media-criticised-then-dont-their-members", f"Plusieurs médias ont critiqué {C}, dont Le Monde et Libération.", (criticised("Le Monde", C), criticised("Libération", C))),
    Case("miss-members-of-the-object-not-the-subject", f"Les institutions ont interdit plusieurs applications, dont Pixelia.", ()),
    Case("miss-dont-opens-a-relative-clause", f"Plusieurs institutions ont interdit Pixelia, dont {C} est le patron.", ()),
    Case("miss-comme-opens-a-clause", f"Les sénateurs ont critiqué {C}, comme {A} l'avait fait.", ()),
    Case("members-of-the-media-of-the-owner-ban-in-the-relative-only", f"Plusieurs réseaux ont limité l'usage des comptes de {C}, notamment Pixelia, Vexa et Orbis, qui l'ont exclu de leurs services.", (banned("Pixelia", C), banned("Vexa", C), banned("Orbis", C))),
    # a list of persons each with a title and a description, the last one joined by « et »
    Case("received-described-persons-with-titles", f"{A} a reçu M. {C}, président-directeur général de Pixelia, Mme {B}, directrice générale du groupe Vexa et M. Marc Roussel, secrétaire général d'Orbis.", (met(A, C), met(A, B), met(A, "Marc Roussel"))),
    Case("heard-described-persons-with-a-long-description", f"{A} poursuit ses travaux avec l'audition de M. {C}, président de Pixelia, Mme {B}, directrice des jeux et des licences de la marque et M. Marc Roussel, vice-président chargé des relations institutionnelles.", (met(A, C), met(A, B), met(A, "Marc Roussel"))),
    Case("miss-a-description-that-names-no-person-after-et", f"{A} a reçu M. {C}, président de Pixelia et de Vexa.", (met(A, C),)),
    # « parmi nous » between the verb and the one welcomed; a long complement before « avec l'audition de »
    Case("welcomed-among-us-a-described-person", f"{A} est ravi d'accueillir ce matin parmi nous notre représentant permanent, M. {C}.", (met(A, C),)),
    Case("proceeded-past-a-long-complement-with-the-hearing-of", f"{A} poursuit les travaux de sa mission d'information sur les aides d'État avec l'audition de M. {C}, président de Pixelia.", (met(A, C),)),
    Case("miss-proceeded-then-a-comma-before-the-hearing-of", f"{A} poursuit la lecture du rapport de la commission, avec l'audition de M. {C} en annexe.", ()),
    # a verb after « et » in a clause of « que », of the very form of the report verb: whose act, the text does not say
    Case("miss-accuses-after-a-completive-of-its-own-form", f"{A} juge que la Belgique n'est pas un pays libre et accuse {B} de censure.", ()),
    Case("accuses-after-a-completive-of-a-compound-report", f"{A} a affirmé que Pixelia était en difficulté et accusait {B} de mentir.", (criticised("Pixelia", B),)),
    # the conditional of « recevoir », « accueillir » and their kin: a plan, not a meeting
    Case("would-receive-is-uncertain", f"{A} a fait savoir mardi qu'il recevrait prochainement {B}.", (met(A, B, "uncertain"),)),
    Case("would-welcome-is-uncertain", f"{A} accueillerait {B} à Lyon.", (met(A, B, "uncertain"),)),
    Case("received-in-the-imperfect-is-asserted", f"{A} recevait {B} chaque semaine.", (met(A, B),)),
    # the past participle of « se rallier » set after a party: its act
    Case("rallied-in-apposition", f"{C}, rallié à {B}, a quitté le parti.", (endorsed(C, B),)),
    Case("rallied-right-after-the-name", f"Le député {C} rallié à {B} a visité une usine.", (endorsed(C, B),)),
    Case("rallied-after-the-object-describes-the-object", f"{A} a reçu {C}, rallié à {B}.", (met(A, C), endorsed(C, B))),
    Case("miss-rallied-to-a-cause", f"Les partisans de {C}, ralliés à la cause, ont manifesté.", ()),
    # verbs and locutions of a scolding; a debate between two named persons
    Case("scolds-in-the-present", f"{A} réprimande {B}.", (criticised(A, B),)),
    Case("lectures-a-person", f"{A}, furieux, fait la leçon à {B} et le somme de régler ses dettes.", (criticised(A, B),)),
    Case("debate-between-two-named-persons", f"Lors d'un débat inédit entre la commissaire {B} et le patron de Pixelia, {A}, organisé mardi, le ton est monté.", (met(B, A),)),
    Case("miss-debate-between-supporters-and-opponents", f"{A} a relancé le débat entre partisans et opposants du texte.", ()),
    Case("miss-debate-between-the-two-candidates-of-a-round", f"{A} et {B} sont candidats, {C} aussi. Un débat télévisé a eu lieu entre les deux candidats du scrutin de dimanche.", ()),
    # the members of a list of examples past a quoted adjective, one described by its kind
    Case("banned-examples-past-a-quoted-adjective", f"{A} a interdit l'utilisation de logiciels « ludiques » tels que Snapchat ou Spotify.", (banned(A, "Snapchat"), banned(A, "Spotify"))),
    Case("banned-examples-each-described-by-its-kind", f"{A} a interdit des logiciels comme la messagerie californienne Snapchat ou le service suédois d'écoute musicale Spotify.", (banned(A, "Snapchat"), banned(A, "Spotify"))),
    # the same preposition again past how or where the first one was met
    Case("talked-by-phone-with-then-again-with", f"{B} s'est entretenue avec {A} par téléphone ainsi qu'avec {C}.", (met(B, A), met(B, C))),
    Case("talked-in-a-city-with-then-again-with", f"{B} s'est entretenue mardi avec {A} à Paris et avec {C}.", (met(B, A), met(B, C))),
    Case("miss-dined-with-then-with-no-party", f"{B} a dîné avec {A} à Paris et avec les salariés à Lyon.", (met(B, A),)),
    # an act taken up by « cette décision » at the head of the next sentence: its author's
    Case("decision-taken-up-criticised-then-praised", f"La Cour constitutionnelle invalide le vote. Cette décision sans précédent a été condamnée par {A}.", (criticised(A, "Cour constitutionnelle"),)),
    Case("words-taken-up-after-a-quotation", f"« Le pays est perdu », a lancé {C}. Ces propos ont été condamnés par {A}.", (criticised(A, C),)),
    Case("miss-words-taken-up-after-no-saying", f"{C} a quitté le parti. Ces propos ont été condamnés par {A}.", ()),
    # the one its owner received, « son invité »; the one who received its owner, « son hôte »
    Case("praised-his-guest", f"{A} a été reçu par {C} à Lyon. {C} a félicité son invité pour son travail.", (met(C, A), endorsed(C, A))),
    Case("thanked-his-host-for-the-welcome", f"{C} a reçu {A} à Lyon. {A} a remercié son hôte pour son accueil.", (met(C, A),)),
    # a participle joined to the agent of a passive shares its « être »; « dissous », « dissoute »
    Case("created-by-then-dissolved-by", f"La Ligue Noire est un mouvement. Elle est créée en 2004 par {C} et dissoute par {A} en 2006.", (banned(A, "Ligue Noire"),)),
    Case("miss-received-by-then-an-active-participle", f"{C} a été reçu par {A} et a ensuite exclu {B}.", (met(A, C), banned(C, B))),
    # « au tour de X de » past an incise of time; a passive infinitive after it
    Case("turn-of-past-a-time-incise", f"Vint alors le tour de la CNIL, au printemps 2021, de sanctionner Pixelia.", (criticised(CNIL, "Pixelia"),)),
    Case("turn-of-to-be-sanctioned-by", f"Ce fut ensuite au tour de Pixelia d'être sanctionné deux fois par la CNIL.", (criticised(CNIL, "Pixelia"),)),
    Case("miss-turn-of-to-be-heard", f"Ce fut ensuite au tour de Pixelia d'être entendu.", ()),
    # « avoir » the support of someone, the tagger reading « a » as an auxiliary
    Case("has-the-support-of", f"{A} a le soutien de {C}.", (endorsed(C, A),)),
    Case("had-himself-the-support-of", f"{A} avait lui le soutien de {C}.", (endorsed(C, A),)),
    Case("has-not-the-support-of-is-negated", f"{A} n'a pas le soutien de {C}.", (endorsed(C, A, "negated"),)),
    Case("miss-has-the-support-of-no-one-named", f"{A} a le soutien de ses électeurs.", ()),
    # an honorific and its rank before a name (« Son Altesse Royale le Prince »); a preposition written twice
    Case("received-her-royal-highness-the-princess", f"{A} a reçu à Lyon Son Altesse Royale la Princesse {B}.", (met(A, B),)),
    Case("dined-with-with", f"{A} a dîné avec avec {C}, sa présidente.", (met(A, C),)),
    # the teams of companies named after their kind; a dative list before the noun of support
    Case("met-the-teams-of-the-companies", f"{A} a rencontré les équipes des sociétés Veolia, Alstom et TotalEnergies installées dans la région.", (met(A, "Veolia"), met(A, "Alstom"), met(A, "TotalEnergies"))),
    Case("miss-met-the-employees-of-a-company", f"{A} a rencontré les salariés de Veolia.", ()),
    Case("renews-to-a-person-and-to-the-teams-of-his-support", f"{A} renouvelle à {C} et aux équipes de Pixelia tout son soutien.", (endorsed(A, C), endorsed(A, "Pixelia"))),
    # a gathering's host after « autour de »
    Case("received-around-the-host", f"{C} et {B} ont été reçus ce lundi au ministère, autour de {A}, le ministre de l'Industrie.", (met(A, C), met(A, B))),
    Case("gathered-around-the-host", f"{C} et {B} se sont réunis autour de {A} à Lyon.", (met(C, B), met(A, C), met(A, B))),
    Case("gathered-around-himself", f"{A} a réuni autour de lui {C} et {B}.", (met(A, C), met(A, B))),
    Case("miss-turned-around-someone", f"{A} a tourné autour de {C} toute la soirée.", ()),
    # one's preference and favours; two possessed accounts seen removed
    Case("had-the-preference-of", f"{A} avait la préférence de {C}, et non celle de ses anciens alliés.", (endorsed(C, A),)),
    Case("the-preference-of-for", f"La préférence de {C} pour {A} ne fait aucun doute.", (endorsed(C, A),)),
    Case("has-the-favours-of", f"{A} a les faveurs de {C}.", (endorsed(C, A),)),
    Case("miss-a-preference-for-no-party", f"La préférence de {C} pour le télétravail est connue.", ()),
    Case("sees-two-accounts-removed", f"{A} voit sa page Facebook et son compte Instagram fermés pour de bon.", (banned("Facebook", A), banned("Instagram", A))),
    # « engager » an action is done; « s'engager à » is a promise
    Case("brought-a-lawsuit-is-asserted", f"C'est en juillet 2017 que {A} a engagé une action en justice contre Pixelia.", (criticised(A, "Pixelia"),)),
    Case("pledged-to-support-is-uncertain", f"{A} s'est engagé à soutenir {B}.", (endorsed(A, B, "uncertain"),)),
    # raised to a rank of an order; an honour received from someone's hands
    Case("raised-to-a-rank-of-an-order", f"{A} a élevé {C} au grade d'officier de l'ordre national du Mérite.", (endorsed(A, C),)),
    Case("raised-to-a-rank-in-the-passive", f"{C} a été élevé au rang de commandeur par {A}.", (endorsed(A, C),)),
    Case("miss-raised-children", f"{A} a élevé ses enfants à Lyon avec {B}.", ()),
    Case("received-from-the-hands-of", f"{C} a reçu des mains de {A} la médaille de la ville, samedi à Lyon.", (met(C, A),)),
    # the members of a group named by a compound the tokenizer cut (« start-up »)
    Case("received-the-bosses-of-start-ups-such-as", f"{A} a reçu les patrons de start-up comme {C} et {B}.", (met(A, C), met(A, B))),
    Case("miss-start-ups-such-as-in-a-clause-of-their-own", f"{A} a reçu les patrons de start-up, comme le veut la tradition.", ()),
    # fifty-eighth round of rules: news read in the stored pages, rewritten with other names
    Case("a-role-acronym-before-a-list-of-its-companies", f"Le PDG de Pixelia et Vexa, {A}, a critiqué {B}.", (criticised(A, B),)),
    Case("called-with-the-quote-opened-before-its-de", f"{A} a qualifié {B} « d'irresponsable ».", (criticised(A, B),)),
    Case("called-a-remark-of-with-the-quote-before-its-de", f"{A} a qualifié la remarque de {B} « d'ingérence étrangère ».", (criticised(A, B),)),
    Case("miss-called-in-quotes-a-neutral-word", f"{A} a qualifié {B} « de candidat sérieux ».", ()),
    Case("criticised-for-an-act-past-a-parenthesised-acronym", f"{A} a critiqué le parti Vexa (PV) pour s'en être pris à {B}.", (criticised(A, "Vexa"), criticised("Vexa", B))),
    Case("defended-his-minister-of-a-capitalised-portfolio", f"{A} a défendu hier son ministre des Affaires étrangères {C}.", (endorsed(A, C),)),
    Case("received-the-minister-of-a-two-part-portfolio-by-name", f"{A} a reçu le ministre de l'Économie et des Finances {C}.", (met(A, C),)),
    Case("judged-a-decision-regrettable", f"Vexa a jugé regrettable la décision de {A}.", (criticised("Vexa", A),)),
    Case("miss-judged-regrettable-a-clause", "Vexa a jugé regrettable que la réunion ait lieu.", ()),
    Case("asked-to-suspend-a-decision-taken-to-ban", f"Vexa demande la suspension de la décision de {A} de bloquer Pixelia.", (banned(A, "Pixelia"),)),
    Case("asked-to-ban-is-uncertain", f"Vexa demande à {A} de bloquer Pixelia.", (banned(A, "Pixelia", "uncertain"),)),
    Case("miss-obtained-the-suspension-of-a-decision", f"Vexa a obtenu la suspension de la décision de {A}.", ()),
    Case("suspension-of-an-account-still-bans", f"Vexa a ordonné la suspension du compte de {A}.", (banned("Vexa", A),)),
    Case("was-to-dine-with", f"{B} devait dîner avec {A}.", (met(A, B, "uncertain"),)),
    Case("was-supposed-to-lunch-with", f"{B} était censée déjeuner avec {A} le jour même.", (met(A, B, "uncertain"),)),
    Case("went-to-dine-with", f"{B} est allée dîner avec {A}.", (met(A, B),)),
    Case("could-not-lunch-with", f"{B} n'a pas pu déjeuner avec {A}.", (met(A, B, "negated"),)),
    Case("opening-participle-the-tagger-reads-as-a-noun", "Sanctionnée à plusieurs reprises par l'Arcom, Vexa n'a pas changé sa ligne pour autant.", (criticised(ARCOM, "Vexa"),)),
    Case("opening-participle-then-a-described-subject", "Sanctionnée par l'Arcom, la société Vexa a fait appel.", (criticised(ARCOM, "Vexa"),)),
    Case("opening-participle-with-a-list-of-agents", f"Soutenu par {A}, {B} et Vexa, {C} a gagné.", (endorsed(A, C), endorsed(B, C), endorsed("Vexa", C))),
    Case("joint-conference-with", f"Pendant une conférence conjointe avec son collègue {C}, {A} a répondu aux questions.", (met(A, C),)),
    Case("criticised-the-stances-of", f"{B} n'hésite pas à critiquer les prises de position de {A}.", (criticised(B, A),)),
    Case("castigated-the-quoted-posture-of", f"{B} a fustigé la « posture menaçante » de {A}.", (criticised(B, A),)),
    Case("inflicted-a-call-to-order-on", f"{B} a infligé mardi un rappel à l'ordre à {A}.", (criticised(B, A),)),
    Case("opening-infinitive-then-a-described-subject", f"Après avoir critiqué {A}, le milliardaire {C} a quitté le gouvernement.", (criticised(C, A),)),
    Case("the-community-executive-is-the-commission-in-play", "La Commission européenne a ouvert une enquête. Mercredi, l'exécutif communautaire a sanctionné Pixelia.", (criticised("Commission européenne", "Pixelia"),)),
    Case("miss-the-european-executive-with-no-commission-in-play", "Le gouvernement a ouvert une enquête. Mercredi, l'exécutif européen a sanctionné Pixelia.", ()),
    Case("called-a-reaction-puerile", f"{A} a qualifié la réaction de Vexa de « puérile ».", (criticised(A, "Vexa"),)),
    Case("received-leaders-among-whom", f"{A} a reçu plusieurs dirigeants, parmi lesquels {B} et {C}.", (met(A, B), met(A, C))),
    Case("miss-received-leaders-among-whom-unnamed", f"{A} a reçu plusieurs dirigeants, parmi lesquels des maires.", ()),
    Case("received-to-dine-then-the-guest", f"{A} a reçu pour dîner {B}.", (met(A, B),)),
    Case("received-to-dine-leaders-among-whom", f"{A} recevait pour dîner plusieurs dirigeants d'entreprises, parmi lesquels {B} et {C}.", (met(A, B), met(A, C))),
    Case("work-led-by-one-and-in-particular-by-another", f"{A} salue le travail de conciliation mené depuis trois ans par Vexa et notamment par M. {C}.", (endorsed(A, "Vexa"), endorsed(A, C))),
    Case("ban-decided-by-three-agents", f"{A} dénonce l'interdiction décidée par Vexa, par Orbis et par {C}.", (criticised(A, "Vexa"), criticised(A, "Orbis"), criticised(A, C))),
    Case("passive-with-an-agent-in-particular", f"{B} a été critiquée par Vexa, notamment par {C}.", (criticised("Vexa", B), criticised(C, B))),
    Case("praise-of-the-businessman-before-his-name", f"{A} a salué l'homme d'affaires {B} dès son élection.", (endorsed(A, B),)),
    Case("the-man-alone-still-takes-up-the-subject", f"{C} a été élu. L'homme a remercié {A}.", (endorsed(C, A),)),
    Case("received-his-quoted-friend", f"{A} recevait son « ami » {C} il y a deux semaines.", (met(A, C),)),
    Case("welcomed-again-his-very-dear-quoted-friend", f"{A} accueille à nouveau son « très cher ami » {C}.", (met(A, C),)),
    # after the first scoring of the fifty-ninth round's splits (kb*, kc*)
    Case("the-crown-prince-taught-by-an-apposition", f"Entretien avec {A}, Prince héritier du Royaume de Bahreïn. Le Prince héritier a salué {C} pour sa victoire.", (endorsed(A, C),)),
    Case("head-of-state-written-without-its-accent", f"Le Président de la République a reçu {C}, président de la République du Pérou, pour parler de la coopération avec la France. Le Chef de l'Etat a salué {B}.", (met("Emmanuel Macron", C), endorsed("Emmanuel Macron", B))),
    Case("the-two-presidents-far-after-the-first", f"Le Président de la République a parlé de la France à la télévision. Ils ont évoqué les crises. La conversation a porté sur l'énergie. Il a été question des prix. Les échanges ont duré une heure. Avec {C}, Président de la République du Pérou. Lors de ce premier échange, les deux présidents se sont félicités mutuellement de leur victoire.", (endorsed("Emmanuel Macron", C), endorsed(C, "Emmanuel Macron"))),
    Case("congratulated-each-other", f"{A} et {B} se sont mutuellement félicités de leur élection.", (endorsed(A, B), endorsed(B, A))),
    Case("miss-pleased-with-an-agreement", f"{A} et {B} se sont félicités de l'accord.", ()),
    Case("sanctions-taken-by-a-union-of-states-aim-at", f"Les sanctions décidées, jeudi, par l'Union africaine visent {A} ainsi que sa famille.", (banned("Union africaine", A),)),
    Case("sanctions-taken-by-a-company-aim-at", f"Les sanctions prises par Vexa visent {A}.", (criticised("Vexa", A),)),
    Case("criticisms-aim-at", f"Les critiques de {B} visent {A}.", (criticised(B, A),)),
    Case("miss-criticisms-aim-not-at", f"Les critiques de {B} ne visent pas {A}.", ()),
    Case("sanctions-of-a-named-council-of-a-union", f"Les sanctions du Conseil de paix et de sécurité de l'UA ciblent désormais {A}.", (banned("Conseil de paix et de sécurité de l'Union africaine", A),)),
    Case("extended-the-sanctions-against", "Depuis deux ans, l'Union européenne a nettement étendu ses sanctions à l'encontre de la Biélorussie.", (banned("Union européenne", "Biélorussie"),)),
    Case("will-go-on-providing-a-support-of-many-kinds", "L'UE va continuer de fournir un soutien technique, juridique et financier constant à la société Vexa.", (endorsed("Union européenne", "Vexa"),)),
    Case("forbidden-to-go-to-a-country-each-holder", f"Les ministres de l'Intérieur du Chili et du Pérou, {A} et {B} respectivement, ont été interdits de se rendre au Bhoutan.", (banned("Bhoutan", A), banned("Bhoutan", B))),
    Case("forbidden-to-meet", f"Vexa a interdit à {A} de rencontrer {B}.", (met(A, B, "negated"),)),
    Case("made-to-forbid-to-meet", f"{A} s'est vu interdire de rencontrer {B}.", (met(A, B, "negated"),)),
    Case("did-not-refuse-to-meet", f"{A} n'a pas refusé de rencontrer {B}.", (met(A, B, "uncertain"),)),
    Case("does-not-dispute-having-met", f"{A} ne conteste pas avoir rencontré {B}.", (met(A, B, "uncertain"),)),
    Case("not-prevented-from-meeting", f"Vexa n'a pas empêché {A} de rencontrer {B}.", (met(A, B, "uncertain"),)),
    # the sixtieth round: read in news of a billionaire's quarrels with heads of government, of a chip maker's chief on stage with a president
    Case("called-a-liar-the-attribute-first", f"{C} a traité de « menteur » {A}.", (criticised(C, A),)),
    Case("called-a-liar-bare-then-the-apposition", f"{C} a traité de menteur {A}, le ministre.", (criticised(C, A),)),
    Case("miss-a-book-that-deals-with", f"Le livre de {C} traite de la corruption de {A}.", ()),
    Case("a-series-of-attacks-against", f"{A} a signé une série d'attaques contre {B}.", (criticised(A, B),)),
    Case("miss-a-series-of-videos-about", f"{A} a publié une série de vidéos sur {B}.", ()),
    Case("took-a-dislike-to", f"{A} a pris {B} en grippe.", (criticised(A, B),)),
    Case("joined-on-stage", f"{B} a rejoint sur scène {A}, le fondateur de Pixelia.", (met(B, A),)),
    Case("joined-on-stage-by", f"{B} a été rejointe sur scène par {A}.", (met(A, B),)),
    Case("miss-joined-a-party-then-the-stage", f"{B} a rejoint le parti de {A} avant de monter sur scène.", ()),
    Case("sang-the-praises-of", f"{B} a chanté les louanges de {A}.", (endorsed(B, A),)),
    Case("made-the-apology-of", f"{B} a fait l'apologie de {A}.", (endorsed(B, A),)),
    Case("miss-the-apology-of-a-crime-before", f"{B} a fait l'apologie du terrorisme devant {A}.", ()),
    Case("barred-from-the-territory", f"{B} a interdit de territoire {A}.", (banned(B, A),)),
    Case("barred-from-the-territory-by", f"{A} a été interdit de territoire par {B}.", (banned(B, A),)),
    Case("the-role-a-copula-gives", f"{A} est le patron de Pixelia. Le patron de Pixelia a critiqué la ministre {B}.", (criticised(A, B),)),
    Case("the-role-a-relative-copula-gives", f"{A}, qui est aussi le patron de Pixelia, parle. Le patron de Pixelia a critiqué la ministre {B}.", (criticised(A, B),)),
    Case("the-role-of-a-friend-s-copula-stays-apart", f"L'ami de {A} est le patron de Pixelia. Le patron de Pixelia a critiqué la ministre {B}.", (criticised("Le patron de Pixelia", B),)),
    Case("the-role-of-a-past-copula-stays-apart", f"{A} était le patron de Pixelia. Le patron de Pixelia a critiqué la ministre {B}.", (criticised("Le patron de Pixelia", B),)),
    Case("the-role-of-a-negated-copula-stays-apart", f"{A} n'est pas le patron de Pixelia. Le patron de Pixelia a critiqué la ministre {B}.", (criticised("Le patron de Pixelia", B),)),
    # after the first scoring of the sixtieth round's splits (kd*, ke*)
    Case("regretted-not-having-been-able-to-meet", f"{B} a dit sa tristesse de n'avoir pu rencontrer {A} à Lyon.", (met(B, A, "negated"),)),
    Case("could-not-meet-with-ne-alone", f"{B} n'a pu recevoir {A}.", (met(B, A, "negated"),)),
    Case("could-only-praise", f"{B} n'a pu que saluer {A}.", (endorsed(B, A),)),
    Case("never-stops-criticising-with-ne-alone", f"{B} n'a cessé de critiquer {A}.", (criticised(B, A),)),
    Case("expletive-ne-after-before-that", f"{B} est partie avant qu'elle ne puisse rencontrer {A}.", (met(B, A, "uncertain"),)),
    Case("a-ruling-condemning-is-not-the-subject-s-act", f"{B} a critiqué la déclaration de Vexa à propos d'un jugement du tribunal de Lyon condamnant M. {A}.", ()),
    Case("a-court-s-decision-condemning", f"{C} a salué la décision du tribunal condamnant {A}.", ()),
    Case("a-decision-taken-forbidding", f"{B} a pris une décision interdisant Vexa.", (banned(B, "Vexa"),)),
    Case("a-proposal-to-reform-a-council-is-its-proposer-s", f"{B} a dit que Vexa appuie le projet de réforme du Conseil présenté par Orbis.", (endorsed("Vexa", "Orbis"),)),
    Case("miss-a-proposal-to-reform-a-council", "Vexa soutient la proposition de réforme du Conseil.", ()),
    Case("a-reform-defended-by-is-no-support-of-the-subject", f"Vexa critique la réforme défendue par {A}.", (criticised("Vexa", A),)),
    Case("a-bill-defended-by-is-no-support-of-the-subject", f"{B} a critiqué le grand projet de loi fiscale défendu par {A}.", (criticised(B, A),)),
    Case("the-candidate-supported-by-then-his-name", f"Le candidat soutenu par Vexa, {A}, a gagné.", (endorsed("Vexa", A),)),
    Case("the-measures-a-party-has-just-taken", f"{B} dénonce les mesures que vient de prendre Orbis.", (criticised(B, "Orbis"),)),
    Case("the-measures-a-described-party-has-just-taken", f"{B} dénonce les mesures que la société Orbis vient de prendre.", (criticised(B, "Orbis"),)),
    Case("miss-the-measures-a-party-has-just-undergone", f"{B} dénonce les mesures que la société Orbis vient de subir.", ()),
    Case("the-actions-of-a-country-s-police", f"{B} condamne fermement les actions de la police russe à l'encontre de {A}.", (criticised(B, "police russe"),)),
    Case("the-measures-a-country-s-authorities-have-just-taken", "La société Vexa réprouve fermement les décisions que viennent de prendre les autorités russes.", (criticised("Vexa", "Russie"),)),
    Case("called-a-reform-a-loathsome-abomination", f"{A} a qualifié d'« abomination répugnante » la réforme de {B}.", (criticised(A, B),)),
    Case("called-a-decision-a-sham", f"{A} a qualifié la décision de {B} de « mascarade ».", (criticised(A, B),)),
    Case("miss-called-a-debate-a-farce", f"{A} a qualifié de « farce » le débat.", ()),
    Case("got-a-fine-imposed-by", "Vexa a écopé d'une amende de 10 millions d'euros infligée par la CNIL.", (criticised(CNIL, "Vexa"),)),
    Case("received-the-criticisms-made-by", f"{A} a reçu les critiques formulées par {B}.", (criticised(B, A),)),
    Case("miss-saw-the-complaint-filed-by", f"{A} a vu la plainte déposée par {B}.", ()),
    Case("the-same-role-of-another-body", f"{A} a vu mardi la présidente de la Commission européenne et celui du Conseil européen.", (met(A, "Ursula von der Leyen"), met(A, "António Costa"))),
    Case("the-same-role-of-an-unknown-body-stays-a-role", f"{A} a rencontré le président de Vexa et celui d'Orbis.", (met(A, "le président de Vexa"), met(A, "celui d'Orbis"))),
    Case("if-he-meets-present-read-as-an-adjective", f"Si {A} rencontre {C}, il le dira.", (met(A, C, "uncertain"),)),
    Case("if-ever-he-meets", f"Si jamais {A} rencontre {C}, il le dira.", (met(A, C, "uncertain"),)),
    Case("even-if-she-criticises", f"Même si {B} critique {A}, elle le soutient.", (criticised(B, A), endorsed(B, A))),
    Case("suspended-its-cooperation-with", "La France suspend sa coopération militaire et civile avec le Mali.", (banned("France", "Mali"),)),
    Case("considers-suspending-its-cooperation-with", "La France envisage de suspendre sa coopération avec le Mali.", (banned("France", "Mali", "uncertain"),)),
    Case("miss-suspended-its-cooperation-with-another-s-consent", "Le ministre a suspendu sa coopération militaire le temps de l'enquête, avec l'accord du Mali.", ()),
    Case("threatened-on-a-day-to-block-in-quotes", f"Les autorités péruviennes ont menacé mardi de « bloquer » durablement l'application Vexa.", (banned("autorités péruviennes", "Vexa", "uncertain"), criticised("autorités péruviennes", "Vexa"))),
    Case("threatened-on-a-date-to-ban", f"{A} a menacé le 3 mars de bannir Vexa.", (banned(A, "Vexa", "uncertain"), criticised(A, "Vexa"))),
    Case("blocked-on-a-day", f"{A} a bloqué vendredi Vexa.", (banned(A, "Vexa"),)),
    Case("a-government-dismissed-accusing-him", f"Le gouvernement bolivien a limogé {C}, l'accusant de trahison.", (criticised("gouvernement bolivien", C),)),
    Case("a-regulator-sanctioned-accusing-it", "La CNIL a sanctionné Pixelia, l'accusant de négligence.", (criticised(CNIL, "Pixelia"),)),
    Case("blocked-the-gaming-platform", "Le gouvernement bolivien a bloqué l'accès à la plateforme de jeux Orbis.", (banned("gouvernement bolivien", "Orbis"),)),
    Case("banned-the-video-gaming-platform", "Le gouvernement bolivien a interdit la plateforme de jeux vidéo Orbis.", (banned("gouvernement bolivien", "Orbis"),)),
    Case("a-country-after-an-opening-phrase", "Depuis mardi, la Bolivie a bloqué l'accès à Pixelia.", (banned("Bolivie", "Pixelia"),)),
    Case("throttled-a-platform", "Le régulateur Orbis a ralenti l'accès à Vexa.", (banned("Orbis", "Vexa"),)),
    Case("trolled", f"{A} a trollé {B} sur son réseau.", (criticised(A, B),)),
    Case("pilloried-by", f"{C} a dénoncé la mise au pilori de {B} par {A}.", (criticised(A, B),)),
    Case("fined-with-the-fine-before-its-objects", "La Commission européenne a sanctionné d'une lourde amende Pixelia et Vexa.", (criticised("Commission européenne", "Pixelia"), criticised("Commission européenne", "Vexa"))),
    Case("signed-a-decree-banning", f"{C} a signé un décret interdisant Vexa.", (banned(C, "Vexa"),)),
    Case("would-sign-a-decree-banning", f"{C} a annoncé qu'il signerait un décret interdisant Vexa.", (banned(C, "Vexa", "uncertain"),)),
    Case("did-not-sign-the-decree-banning", f"{C} n'a pas signé le décret interdisant Vexa.", (banned(C, "Vexa", "negated"),)),
    Case("miss-suspended-the-law-banning", f"{C} a indiqué qu'il suspendrait par décret la loi interdisant Vexa.", ()),
    Case("miss-criticised-the-law-banning", f"{C} a critiqué la loi interdisant Vexa.", ()),
    Case("received-at-the-presidency", f"La présidente {B} a reçu jeudi à la présidence {A}, le fondateur de Pixelia.", (met(B, A),)),
    Case("received-at-the-presidential-palace", f"{B} a reçu au palais présidentiel {A}.", (met(B, A),)),
    Case("miss-put-itself-out-of", "Le Tchad s'est mis au ban de la région : ses voisins ont dénoncé sa dérive.", ()),
    Case("a-french-body-of-another-country", "La CNIL italienne a sanctionné Vexa.", (criticised("CNIL italienne", "Vexa"),)),
    Case("the-french-body-with-its-own-adjective", "La CNIL française a sanctionné Vexa.", (criticised(CNIL, "Vexa"),)),
    Case("miss-criticised-the-decision-to-ban", f"{A} a critiqué la décision de bannir Vexa.", ()),
    Case("miss-praised-the-decision-to-ban", f"{A} a salué la décision de bannir Vexa.", ()),
    Case("took-the-decision-to-ban", f"{A} a pris la décision de bannir Vexa.", (banned(A, "Vexa"),)),
    Case("denied-having-supported", f"{A} s'est défendu d'avoir soutenu {B}.", (endorsed(A, B, "negated"),)),
    Case("defends-itself-by-blaming", "Critiquée pour sa lenteur, l'Arcom se défend en dénonçant une faute de Vexa.", (criticised(ARCOM, "Vexa"),)),
    Case("a-rant-against", f"Le coup de gueule de {A} contre {B} a surpris.", (criticised(A, B),)),
    Case("a-tackle-to", f"{A} a adressé un tacle à {B}.", (criticised(A, B),)),
    Case("the-disavowal-of-by", f"Le désaveu de {B} par {A} est total.", (criticised(A, B),)),
    Case("a-rift-between", f"La brouille entre {A} et {B} dure.", (criticised(A, B), criticised(B, A))),
    Case("got-the-blessing-of", f"{B} a obtenu l'adoubement de {A}.", (endorsed(A, B),)),
    Case("an-embrace-with", f"{A} a échangé une accolade avec {B}.", (met(A, B),)),
    Case("froze-the-assets-of", f"L'Union européenne a décidé le gel des avoirs de {C}.", (banned("Union européenne", C),)),
    Case("expressed-gratitude-to", f"{A} a exprimé sa gratitude à {C}.", (endorsed(A, C),)),
    Case("miss-the-recognition-of-a-state-at", "La reconnaissance de la Bolivie à l'ONU a pris du temps.", ()),
    Case("we-spelled-out-after-the-verb", f"« Nous avons discuté, {A} et moi, de la crise », a déclaré {B}.", (met(B, A),)),
    Case("we-spelled-out-before-the-infinitive", f"« Nous venons, le Président {A} et moi-même, de parler longuement de la crise », a déclaré {B}.", (met(B, A),)),
    Case("miss-we-with-an-incise-of-no-one", f"« Nous avons, comme chaque année, discuté de la crise », a déclaré {B}.", ()),
    Case("miss-reminded-him-that-it-condemned-a-system", f"{B} a rappelé une fois encore à M. Martin que la Bolivie condamnait sans réserve le principe de la censure.", ()),
    Case("we-spelled-out-at-the-end", f"« Nous avons eu un entretien de deux heures, {A} et moi », a dit {B}.", (met(B, A),)),
    Case("we-spelled-out-after-the-object", f"« Nous avons critiqué Pixelia, {C} et moi », a déclaré {B}.", (criticised(B, "Pixelia"), criticised(C, "Pixelia"))),
    Case("came-back-to-the-charge", f"{A} est revenu à la charge mardi contre {B}.", (criticised(A, B),)),
    Case("a-bare-title-repeated", f"Le président {C} est arrivé à Lyon. {A} a rencontré le président jeudi.", (met(A, C),)),
    Case(
        "miss-a-bare-title-of-two-presidents",
        f"Le président {C} a reçu le président Henri Duval. {A} a rencontré le président jeudi.",
        (met(C, "Henri Duval"),),
    ),
    Case("a-day-after-a-surname", f"Le président {C} est arrivé à Lyon. {A} a rencontré le président Bernard mercredi.", (met(A, C),)),
    Case(
        "a-fine-by-a-dative-clitic",
        "La société Pixelia a fait appel. La Commission européenne lui a infligé jeudi une amende de 20 millions d'euros.",
        (criticised("Commission européenne", "Pixelia"),),
    ),
    Case(
        "a-fine-in-a-relative-after-contre",
        "La société Pixelia a fait appel contre la Commission européenne, qui lui a infligé une amende de 20 millions d'euros.",
        (criticised("Commission européenne", "Pixelia"),),
    ),
    Case(
        "miss-a-dative-clitic-whose-body-is-a-complement",
        "Dans sa requête au Conseil d'État, la société demande d'annuler la décision par laquelle la Commission européenne lui a infligé une amende.",
        (),
    ),
    Case("a-procedure-to-suspend", f"{C} a annoncé une procédure administrative pour suspendre Pixelia.", (banned(C, "Pixelia", "uncertain"),)),
    Case("miss-a-decree-to-suspend-is-no-plan", f"{C} a pris un décret pour suspendre Pixelia.", (banned(C, "Pixelia"),)),
    Case("a-comparison-of-excellence", f"{A} ne saurait rendre de plus bel hommage à {B} que ce discours.", (endorsed(A, B),)),
    Case("miss-a-negation-with-no-comparison", f"{A} n'a pas rendu hommage à {B}, plus que jamais.", (endorsed(A, B, "negated"),)),
    Case("talks-held-by-an-inverted-subject", f"{A} a salué les entretiens qu'a eus jeudi {B} avec {C}.", (met(B, C),)),
    Case("miss-talks-criticised-by-an-inverted-subject", f"{A} a salué les entretiens qu'a critiqués {B} avec {C}.", ()),
    Case("an-incise-of-a-number-of-times", f"{A} a reçu, cinq ou six fois, M. {C}.", (met(A, C),)),
    Case(
        "an-acronym-of-a-lower-case-body",
        f"L'association de défense des libertés numériques (ADLN) a critiqué Pixelia. L'ADLN a porté plainte contre {A}.",
        (criticised("association de défense des libertés numériques", "Pixelia"), criticised("association de défense des libertés numériques", A)),
    ),
    Case(
        "an-epithet-then-a-broader-one",
        f"{A} est arrivé à Lyon jeudi. L'entrepreneur a rencontré {C}. L'homme d'affaires a ensuite déjeuné avec {B}.",
        (met(A, C), met(A, B)),
    ),
    Case("a-surname-with-its-particle", f"Visite de M. Dumont d'Arcy à Lyon, le 3 mai 1979. M. Pierre Dumont d'Arcy a rencontré {C}.", (met("Pierre Dumont d'Arcy", C),)),
    Case("a-compound-surname-alone", f"Le président Eduardo Dos Ramos est arrivé à Lyon. {A} a été reçu par le président Dos Ramos.", (met("Eduardo Dos Ramos", A),)),
    Case("a-title-glued-to-a-first-name", f"{A} a eu un long entretien avec Me Alioune Blondin Sarr, représentant spécial.", (met(A, "Alioune Blondin Sarr"),)),
    Case(
        "a-country-pronoun-after-an-opening-phrase",
        "En ce jour d'anniversaire, la France tient à rappeler son attachement au droit. Comme ses partenaires, elle condamne "
        "l'action des forces soviétiques en Afghanistan. Elle rend hommage à l'attitude du Pakistan.",
        (criticised("France", "forces soviétiques"), endorsed("France", "Pakistan")),
    ),
    Case("miss-forces-of-no-country", f"{A} a critiqué les forces en présence.", ()),
    Case("several-talks-had-together", f"{A} et {C} sont arrivés à Lyon. Les deux hommes ont eu plusieurs entretiens.", (met(A, C),)),
    Case("miss-several-talks-of-one", f"{A} est arrivé à Lyon. Il a eu plusieurs entretiens.", ()),
    Case(
        "a-bare-role-after-a-name-is-its-own",
        f"Sur l'invitation de M. {A}, président de la République française, M. {C}, premier secrétaire du parti, a effectué une visite à Paris. "
        f"Le président de la République française a aussi reçu {B}.",
        (met(A, B),),
    ),
    Case(
        "a-present-the-tagger-reads-as-a-future-is-told",
        f"Allocution de M. {A} à l'occasion de la visite de M. {C}.\n\nMonsieur le président, nous nous rencontrons à un instant difficile.",
        (met(A, C),),
    ),
    Case("a-present-of-a-time-to-come-is-planned", f"{A} et {C} se rencontrent la semaine prochaine à Lyon.", (met(A, C, "uncertain"),)),
    Case("a-present-after-demain-is-planned", f"Demain, {A} reçoit {C} à Lyon.", (met(A, C, "uncertain"),)),
    Case("a-time-to-come-in-the-subject-plans-nothing", f"Le prochain président de Vexa, {A}, reçoit {C} à Lyon.", (met(A, C),)),
    Case("a-time-to-come-of-another-clause-plans-nothing", f"{A} a reçu {C}, qui sera bientôt candidat.", (met(A, C),)),
    Case("a-second-participle-s-object-is-its-own", f"{A} a critiqué {B} et rencontré {C}.", (criticised(A, B), met(A, C))),
    Case(
        "thanks-to-the-hearer-past-an-adverb-and-an-incise",
        f"Allocution de M. {A} à l'occasion de la visite de M. {C}.\n\n"
        f"Monsieur le président, je veux aujourd'hui vous remercier d'avoir, avec fermeté, critiqué {B}, reçu Jeanne Morel et soutenu Henri Duval.",
        (endorsed(A, C), criticised(C, B), met(C, "Jeanne Morel"), endorsed(C, "Henri Duval"), met(A, C)),  # the title: a speech at C's visit
    ),
    Case("miss-thanks-to-no-one-named", f"Je veux aujourd'hui vous remercier d'avoir, avec fermeté, critiqué {B}. {A}", ()),
    Case("talks-had-past-the-incise-of-we", f"{A} : « Nous avons eu, {C} et moi, une discussion très approfondie. »", (met(A, C),)),
    Case(
        "the-speaker-s-joy-of-welcoming-said",
        f"Déclaration de M. {A}, Président de la République, sur ses relations avec le Royaume-Uni, à Paris le 3 mai 2004.\n\n"
        f"Mesdames et Messieurs, je veux dire d'abord ma joie d'accueillir, à Lyon, M. {C}. Je tiens à vous dire ma joie de revoir, une nouvelle fois, M. {B}.",
        (met(A, C), met(A, B)),
    ),
    Case(
        "miss-a-joy-that-would-be",
        f"Déclaration de M. {A}, Président de la République, sur ses relations avec le Royaume-Uni, à Paris le 3 mai 2004.\n\n"
        f"Ma joie d'accueillir M. {C} serait grande.",
        (),
    ),
    Case("a-role-played-is-its-player-s", f"{A} a salué le rôle que {C} a joué.", (endorsed(A, C),)),
    Case("miss-a-game-played-is-no-role", f"{A} a salué le jeu de cartes que {C} a joué.", ()),
    Case(
        "a-support-said-again-in-the-future-holds-now",
        f"Lettre de M. {A} à M. {C}, le 3 mai 2004.\n\nMonsieur le Président, M. Henri Duval vous réitérera mon soutien le plus amical.",
        (endorsed(A, C),),
    ),
    Case("miss-rockets-fire-is-no-criticism", "Vexa a repris les tirs d'artillerie contre Orbis. Le Hezbollah a repris les tirs de roquettes Katioucha sur Israël.", ()),
    Case("a-rival-s-fire-is-criticism", f"Les tirs de {C} contre {A} se multiplient.", (criticised(C, A),)),
    Case("a-present-of-thanks-between-two-names", f"{A} remercie {C} d'avoir reçu {B}.", (endorsed(A, C), met(C, B))),
    Case(
        "the-bearer-of-the-speaker-s-support-gives-none",
        f"Lettre de M. {A} à M. {C}, le 3 mai 2004.\n\nMonsieur le Président, M. Henri Duval a apporté hier mon soutien à {B}.",
        (endorsed(A, B),),
    ),
    Case("one-s-own-support-brought", f"{C} a apporté son soutien à {B}.", (endorsed(C, B),)),
    Case("a-visitor-s-talk-joined-to-the-visit", f"Le communiqué évoque la visite de M. {C} à Lille et son entretien avec {B}.", (met(C, B),)),
    Case("miss-a-visit-and-a-manner-judged", f"{A} a critiqué la visite de {C} et son attitude.", ()),
    Case("joy-at-offers-made-by-an-agent", f"{A} se réjouit des offres de médiation faites aux syndicats par {C}.", (endorsed(A, C),)),
    Case("one-outraged-at-another-s-charges", f"{A} s'indigne des accusations de {C}.", (criticised(A, C),)),
    Case("miss-outrage-at-threats-made-against-another", f"{A} s'indigne des menaces lancées contre {B} par {C}.", (criticised(C, B),)),
    Case("talks-held-by-an-inverted-subject-on-a-topic", f"Le porte-parole a évoqué les conversations qu'a eues mardi {C} sur ce dossier avec {B}.", (met(C, B),)),
    Case("a-talk-only-spoken-of-is-uncertain", f"{A} a évoqué une conversation avec {B}.", (met(A, B, "uncertain"),)),
    Case("the-unacceptable-nature-of-another-s-words", f"{A} a souligné le caractère inadmissible des propos de {C}.", (criticised(A, C),)),
    Case("the-unfair-nature-of-another-s-decisions-denounced", f"{A} a dénoncé le caractère injuste des décisions de {C}.", (criticised(A, C),)),
    Case("miss-the-arbitrary-nature-of-one-s-detention", f"{A} a dénoncé le caractère arbitraire de la détention de {C}.", ()),
    Case("a-meeting-exclaimed-in-a-message", f"« Excellente réunion avec {C} ce matin à Bercy », a écrit {A} sur son compte.", (met(A, C),)),
    Case("a-good-meeting-exclaimed", f"« Bonne rencontre avec {C} », a déclaré {A}.", (met(A, C),)),
    Case("miss-no-meeting-exclaimed", f"« Pas de rencontre avec {C} », a tranché {A}.", ()),
    Case("a-visit-marked-by-a-lunch-with-someone", f"La visite de {C} à Lyon a été ponctuée par un déjeuner à la préfecture avec {B}.", (met(C, B),)),
    Case("miss-a-visit-cancelled-after-a-talk", f"La visite de {C} a été annulée après un entretien avec {B}.", ()),
    Case("talks-during-which-something-was-said-were-held", f"La visite de {A} a été évoquée lors d'un entretien entre {B} et {C}.", (met(B, C),)),
    Case("a-talk-at-a-place-with-someone", f"{A} a eu un entretien à l'Élysée avec {C}.", (met(A, C),)),
    Case("the-head-of-a-national-branch", f"Le patron de Vexa France, {C}, a été reçu par {A}.", (met(A, C),)),
    Case("a-national-branch-is-its-company", f"{A} a vivement critiqué Google France mardi.", (criticised(A, "Google"),)),
    Case(
        "an-acronym-given-with-its-article",
        f"Le Rassemblement des patriotes unis (le RPU) a exclu {C}. {A} a rencontré les dirigeants du RPU.",
        (banned("Rassemblement des patriotes unis", C), met(A, "Rassemblement des patriotes unis")),
    ),
    Case("an-inquiry-begun-against-a-company", "La Commission européenne a entamé une enquête approfondie à l'encontre de Vexa.", (criticised("Commission européenne", "Vexa"),)),
    Case("miss-a-fight-against-an-armed-group", "L'armée nationale a reçu des renforts pour lutter contre l'État islamique.", ()),
    Case("an-armed-group-denounced", f"{A} a dénoncé l'État islamique.", (criticised(A, "État islamique"),)),
    Case(
        "a-students-movement-is-no-party",
        f"{C} a milité chez Vexa-Avenir, le mouvement étudiant des Verts. Il adhère ensuite au Front national. En juillet, il est exclu du parti.",
        (banned("Front national", C),),
    ),
    Case("a-known-name-in-a-longer-party-name", f"{A} a critiqué le Parti socialiste du Reich.", (criticised(A, "Parti socialiste du Reich"),)),
    Case("a-party-and-its-acronym-joined-by-a-hyphen", f"{A} a critiqué le Fidesz-MPSZ.", (criticised(A, "Fidesz"),)),
    Case("a-person-received-at-a-ministry-named-after-it", f"{A} a accueilli au ministère de la Culture {C}.", (met(A, C),)),
    Case("received-at-a-ministry-by-someone", f"{C} a été reçu au ministère de l'Intérieur par {A}.", (met(A, C),)),
    Case("the-french-state-sues", "L'État français a assigné Vexa en justice.", (criticised("France", "Vexa"),)),
    Case("a-desire-to-attack-is-no-attack", f"{A} a annoncé son désir de passer à l'offensive contre Vexa.", (criticised(A, "Vexa", "uncertain"),)),
    Case("practices-of-a-kind-qualified-are-their-owner-s", f"{A} a fustigé les pratiques d'évasion fiscale de {C}.", (criticised(A, C),)),
    Case("one-in-another-s-sights", f"Depuis janvier, {A} a {C} dans le viseur.", (criticised(A, C),)),
    Case("a-company-fined-by-a-regulator", "La Cnil a mis Vexa à l'amende.", (criticised(CNIL, "Vexa"),)),
    Case("turned-back-at-the-border", f"{C} a été refoulé à la frontière par la Pologne.", (banned("Pologne", C),)),
    Case("a-stage-shared-with-someone", f"{A} a partagé la tribune avec {C} lors du meeting.", (met(A, C),)),
    Case("a-decoration-handed-with-its-rank-and-order", f"{A} a remis les insignes de commandeur de la Légion d'honneur à {C}.", (met(A, C),)),
    Case("gone-to-see-someone", f"{A} s'est rendu auprès de {C} à l'hôpital.", (met(A, C),)),
    Case("consultations-held-with-someone", f"{A} a eu de longues consultations avec {C}.", (met(A, C),)),
    Case("esteem-said-for-someone", f"{A} a dit toute son estime pour {C}.", (endorsed(A, C),)),
    Case("a-protest-raised-against-another-s-words", f"{A} a élevé une vive protestation contre les propos de {C}.", (criticised(A, C),)),
    Case("another-s-statements-regretted", f"{A} a regretté les déclarations de {C}.", (criticised(A, C),)),
    Case("miss-someone-missed", f"{A} regrette {C}.", ()),
    Case("miss-someone-s-absence-regretted", f"{A} a regretté l'absence de {C}.", ()),
    Case("miss-the-one-spoken-to-while-regretting", f"{A} : « Je regrette sincèrement, {C}, que le ministre manque autant de sérieux. »", ()),
    Case("miss-an-arrival-greeted", f"{A} a salué l'arrivée du président {C}.", ()),
    Case("an-overview-made-with-someone", f"{A} a fait un tour d'horizon avec {C}.", (met(A, C),)),
    Case("an-overview-made-together", f"{A} et {C} ont fait un tour d'horizon de la situation.", (met(A, C),)),
    Case(
        "a-toast-at-a-dinner-given-in-a-guest-s-honour",
        f"Toast de M. {A}, chef de l'État, au grand dîner donné en l'honneur du Premier ministre du Zambara, M. {C}, à Paris le 4 mai 1985.\n\n"
        "Monsieur le Premier ministre,\nJe lève mon verre à l'amitié entre nos deux peuples.",
        (met(A, C),),
    ),
    Case(
        "our-talks-in-a-speech-to-its-guest",
        f"Toast prononcé par M. {A}, chef de l'État, au déjeuner offert par M. {C}, Président du Zambara, à Lusaka le 4 mai 1985.\n\n"
        "Monsieur le Président,\nNos entretiens de ce matin ont été fructueux.",
        (met(A, C),),
    ),
    Case(
        "miss-our-talks-in-a-speech-with-no-guest",
        f"Discours de M. {A}, chef de l'État, devant les préfets, à Paris le 4 mai 1985.\n\nMesdames et Messieurs,\nNos entretiens de ce matin ont été fructueux.",
        (),
    ),
    Case(
        "an-interview-greeting-its-guest-names-the-one-who-answers",
        f"Q - {A}, bonsoir. Vous êtes ministre de l'Industrie.\n\nR - J'ai reçu hier {C}, mon homologue belge, dans mon bureau.",
        (met(A, C),),
    ),
    Case(
        "a-title-naming-the-speaker-after-a-role",
        f"Déclaration à la presse du ministre de l'Industrie, M. {A}, après son entretien avec M. {C} (Paris, 3 mai 1994)\n\nJe viens de m'entretenir avec M. {C}.",
        (met(A, C),),
    ),
    Case("an-act-condemned-since-yesterday-morning", f"{A} a fermement condamné dès hier soir les tirs d'obus du Hamas.", (criticised(A, "Hamas"),)),
    Case("support-to-a-government-democratically-elected", f"{A} apporte tout son soutien au gouvernement légitimement élu du président {C}.", (endorsed(A, C),)),
    Case(
        "a-delegation-and-its-members-received",
        f"{A} a reçu une délégation composée de MM. {C}, vice-Premier ministre, Henri Duval, ministre des affaires étrangères, et {B}, membre du comité.",
        (met(A, C), met(A, "Henri Duval"), met(A, B)),
    ),
    Case("a-delegation-led-by-someone-received", f"{A} a reçu une délégation conduite par {C}.", (met(A, C),)),
    Case("a-brand-written-in-capitals", f"{A} : « Je me suis entretenu aussitôt avec la direction de META. »", (met(A, "Meta"),)),
    Case(
        "a-second-heading-names-the-speaker-of-a-toast",
        f"Toast prononcé au cours du souper offert par M. {C}.\n\nToast prononcé par M. {A}, chef de l'État, au cours du dîner offert par M. {C}.\n\nMonsieur le Premier ministre,\n\nMon Cher Luc,\n\nJe vous remercie de votre accueil.",
        (met(A, C),),
    ),
    Case(
        "miss-you-madam-in-a-speech-to-a-man",
        f"Allocution de M. {A}, chef de l'État, pour l'accueil de M. {C}, à Orly, le 4 juillet 1989.\n\nMonsieur le Président,\nVous, madame, qui nous avez reçus si bien à Lusaka, soyez la bienvenue.",
        (met(A, C),),
    ),
    Case("contacts-taken-with-someone", f"{A} : « J'ai eu plusieurs contacts, en particulier avec Monsieur {C}. »", (met(A, C),)),
    Case("miss-a-role-alone-is-no-one", f"{A} a remercié le Secrétaire général pour sa déclaration.", ()),
    Case(
        "we-of-a-joint-declaration-are-its-two-signers",
        f"Déclaration conjointe de MM. {A}, ministre de l'Industrie et {C}, ministre belge de l'Économie, sur les semi-conducteurs, Lille le 2 mai 2001.\n\n"
        "Nous condamnons sans réserve les pratiques de Pixelia.",
        (criticised(A, "Pixelia"), criticised(C, "Pixelia")),
    ),
    Case(
        "we-of-a-joint-press-conference-is-no-one-s-pair",
        f"Conférence de presse conjointe de MM. {A} et {C}, Lille le 2 mai 2001.\n\nNous condamnons sans réserve les pratiques de Vexa.",
        (met(A, C),),  # the title: the two met; each speaks in turn, « nous » is neither both nor one known
    ),
    Case("an-opening-phrase-s-role-is-no-apposition", f"A l'occasion de la visite du roi, {A} reçoit {C} pour un déjeuner de travail.", (met(A, C),)),
    Case(
        "miss-a-role-apposed-inside-an-opening-phrase",
        f"Lors de la visite du ministre de l'Industrie, Henri Duval, à Lyon, {B} a critiqué {C}.",
        (criticised(B, C),),
    ),
    Case("a-threat-to-sue-is-a-criticism", f"{A} a menacé de porter plainte contre {C}.", (criticised(A, C),)),
    Case("a-threat-to-exclude-is-a-criticism-and-a-ban-to-come", f"{A} a menacé d'exclure {C} du parti.", (banned(A, C, "uncertain"), criticised(A, C))),
    Case("miss-a-threat-denied-is-no-criticism-told", f"{A} n'a jamais menacé de porter plainte contre {C}.", (criticised(A, C, "uncertain"),)),
    Case(
        "a-fault-of-the-one-interrupted-reproached",
        f"Mme {B}, ministre. {MINISTER_S_ANSWER}\n\nM. {A}. Tout cela vient de votre laxisme !\n\nMme {B}, ministre. {MINISTER_S_ANSWER}",
        (criticised(A, B),),
    ),
    Case(
        "miss-a-fault-asked-about",
        f"Mme {B}, ministre. {MINISTER_S_ANSWER}\n\nM. {A}. Tout cela vient-il de votre laxisme ?\n\nMme {B}, ministre. {MINISTER_S_ANSWER}",
        (),
    ),
    Case(
        "a-faulting-verb-past-its-object-pronoun",
        f"Mme {B}, ministre. {MINISTER_S_ANSWER}\n\nM. {A}. Vous le trahissez !\n\nMme {B}, ministre. {MINISTER_S_ANSWER}",
        (criticised(A, B),),
    ),
    Case(
        "a-topic-phrase-naming-an-organisation-before-a-reproach",
        f"Mme {B}, ministre. {MINISTER_S_ANSWER}\n\nM. {A}. Madame la ministre, les familles attendent. Sur la hausse des tarifs de Pixelia, vous mentez encore.",
        (criticised(A, B),),
    ),
    Case(
        "we-of-a-joint-declaration-of-two-countries",
        "Déclaration commune des ministères des affaires étrangères de la France et de l'Allemagne sur la Moldavie, le 3 mai 2021.\n\n"
        f"La France et l'Allemagne se réjouissent de l'accord conclu hier. Nous saluons le travail mené par l'ambassadeur {C}.",
        (endorsed("France", C), endorsed("Allemagne", C)),
    ),
    Case(
        "miss-we-of-a-joint-press-conference-of-two-countries",
        "Conférence de presse conjointe de la France et de l'Allemagne sur la Moldavie, le 3 mai 2021.\n\n"
        f"La France et l'Allemagne se réjouissent de l'accord conclu hier. Nous saluons le travail mené par l'ambassadeur {C}.",
        (),
    ),
    Case("the-one-appointed-to-talk-is-the-one-who-may-talk", f"{A} nomme {B}, une proche conseillère, pour dialoguer avec {C}.", (met(B, C, "uncertain"),)),
    Case("miss-a-letter-sent-to-denounce-is-the-sender-s-act", f"{A} a envoyé une lettre pour dénoncer {C}.", (criticised(A, C),)),
    Case("listed-as-a-terrorist-organisation", "Les États-Unis ont classé la Ligue Orbis comme organisation terroriste.", (banned("États-Unis", "Ligue Orbis"),)),
    Case("a-channel-s-broadcast-banned", "Depuis mars, le Conseil de l'Union européenne interdit la diffusion de la chaîne Orbis.", (banned("Conseil de l'Union européenne", "Orbis"),)),
    Case("miss-a-broadcast-praised-is-no-one-s", f"{A} a salué la diffusion du documentaire consacré à {C}.", ()),
    Case("esteem-after-a-partitive", f"{A} a beaucoup d'estime pour {C}, son ancien adjoint.", (endorsed(A, C),)),
    Case(
        "a-hearing-s-purpose-is-no-words-heard",
        f"Audition de M. {C}, directeur de Pixelia\n\nM. {A}, président. - Chers collègues, nous vous entendons ce matin afin de comprendre le détail de votre mission.",
        (met(A, C),),
    ),
    Case(
        "glad-to-hear-the-one-heard",
        f"Audition de M. {C}, directeur de Pixelia\n\nM. {A}, président. - Chers collègues, nous sommes heureux de vous entendre ce matin.",
        (met(A, C),),
    ),
    Case(
        "miss-words-heard-said",
        f"Audition de M. {C}, directeur de Pixelia\n\nM. {A}, président. - Chers collègues, nous vous avons entendu dire hier que Pixelia allait mal.",
        (),
    ),
    Case("an-impersonal-judgement-of-another-s-act", f"{A} considérait qu'il était particulièrement choquant que {C} soit intervenu dans ce dossier.", (criticised(A, C),)),
    Case("an-impersonal-judgement-for-an-opinion-holder", f"Selon {A}, il est inadmissible que {C} ait caché ces chiffres.", (criticised(A, C),)),
    Case("miss-an-impersonal-judgement-denied", f"{A} a estimé qu'il n'était pas choquant que {C} soit intervenu dans ce dossier.", ()),
    Case("miss-an-impersonal-judgement-in-the-conditional", f"{A} a estimé qu'il serait choquant que {C} intervienne dans ce dossier.", ()),
    Case("glad-to-see-someone-is-meeting-them", f"{A} : « J'ai eu beaucoup de plaisir à voir {C}, mon vieil ami. »", (met(A, C),)),
    Case("miss-glad-to-see-someone-to-come", f"{A} : « Je serais ravi de voir {C} un jour à Lyon. »", ()),
    Case("miss-glad-to-see-someone-on-screen", f"{A} : « J'ai été ravi de voir {C} à la télévision hier. »", ()),
    Case("miss-glad-to-see-someone-do-something", f"{A} : « Je suis ravi de voir {C} gagner ce match. »", ()),
    Case("a-polite-wish-to-tell-how-glad", f"{A} : « Je voudrais vous dire combien nous sommes heureux de recevoir {C} à Lyon. »", (met(A, C),)),
    Case(
        "we-saw-each-other-in-a-letter",
        f"Lettre de M. {A}, chef de l'État, à M. {C}, président du Bénin, Lyon, le 25 octobre 1999.\n\nMonsieur le Président,\n\nNous nous étions vus à Cotonou au printemps dernier.",
        (met(A, C),),
    ),
    Case("two-titled-names-talk-together", f"M. {A} et M. {C} ont discuté de la situation au Sahel.", (met(A, C),)),
    Case("a-talk-carried-on-by-two", f"M. {A} et M. {C} ont également évoqué la dégradation de la situation humanitaire.", (met(A, C),)),
    Case("a-talk-carried-on-after-the-verb", f"{A} et {C} ont évoqué en outre la question du climat.", (met(A, C),)),
    Case("miss-a-topic-each-evoked", f"{A} et {C} ont évoqué la crise.", ()),
    Case("miss-a-topic-each-evoked-apart", f"{A} et {C} ont également évoqué chacun de leur côté la situation au Sahel.", ()),
    Case("miss-a-topic-in-their-own-speeches", f"{A} et {C} ont également évoqué la crise dans leurs discours respectifs.", ()),
    Case("an-announced-intent-to-sue", f"Le 16 février, Pixelia a annoncé sa volonté de poursuivre {C} pour une affaire de fraude.", (criticised("Pixelia", C),)),
    Case("an-intent-to-sue-made-known", f"{A} a fait part de son intention de porter plainte contre {C}.", (criticised(A, C),)),
    Case("miss-an-intent-to-sue-not-announced", f"{A} n'a pas annoncé son intention de porter plainte contre {C}.", (criticised(A, C, "uncertain"),)),
    Case("miss-an-intent-to-sue-reported", f"{A} aurait annoncé son intention de porter plainte contre {C}.", (criticised(A, C, "uncertain"),)),
    Case("miss-an-announced-intent-to-ban", f"{A} a annoncé son intention d'exclure {C} du parti.", (banned(A, C, "uncertain"),)),
    Case("miss-an-intent-to-meet", f"{A} a annoncé son intention de rencontrer {C}.", (met(A, C, "uncertain"),)),
    Case("a-group-named-de-fait", "Mardi, le conseil des ministres a décidé la dissolution de l'association de fait dite « Pixelia ».", (banned("Conseil des ministres", "Pixelia"),)),
    Case(
        "thanks-to-the-prime-minister-called-by-role",
        f"M. {C}. Les élus attendent des réponses.\n\nM. {A}, ministre de la justice. Le budget de la justice augmentera de huit pour cent. Merci, monsieur le Premier ministre, de votre soutien sans faille.",
        (endorsed(A, "François Bayrou"),),
    ),
    Case(
        "miss-thanks-to-the-prime-minister-for-a-question",
        f"M. {C}. Les élus attendent des réponses.\n\nM. {A}, ministre de la justice. Merci, monsieur le Premier ministre, de cette question.",
        (),
    ),
    Case(
        "miss-thanks-to-a-named-member-for-a-question",
        f"M. {C}. Les élus attendent des réponses.\n\nM. {A}, ministre de la justice. Merci, monsieur {C}, pour votre question.",
        (),
    ),
    Case("a-group-named-by-a-participle", 'Le conseil des ministres a dissous le mouvement dit "Pixelia Nova".', (banned("Conseil des ministres", "Pixelia Nova"),)),
    Case("gratitude-expressed-to-someone", f"{A} a exprimé toute sa reconnaissance à {C} pour l'organisation de ce dialogue.", (endorsed(A, C),)),
    Case(
        "gratitude-told-to-the-one-spoken-to",
        f"M. {C}. Les élus attendent des réponses.\n\nM. {A}, ministre de la justice. Monsieur Bernard, je veux vous dire toute ma reconnaissance pour votre action.",
        (endorsed(A, C),),
    ),
    Case("miss-recognition-asked-for", f"{A} a demandé la reconnaissance de Pixelia par {C}.", ()),
    Case("with-someone-at-a-place", f"{A} : « J'étais lundi à Madrid avec le président {C}. »", (met(A, C),)),
    Case("with-someone-at-a-place-told", f"{A} se trouvait lundi à Rome avec {C} et {B}.", (met(A, C), met(A, B))),
    Case("miss-with-someone-in-a-fight", f"{A} est avec {C} dans ce combat.", ()),
    Case("miss-at-odds-with-someone", f"{A} était en désaccord avec {C}.", ()),
    Case("glad-to-come-and-meet", f"Déclaration de M. {A}, ministre, à Lyon le 3 mars 2024.\n\nC'est vraiment un plaisir pour moi de venir rencontrer {C}.", (met(A, C),)),
    Case("miss-glad-to-come-and-meet-one-day", f"Déclaration de M. {A}, ministre, à Lyon le 3 mars 2024.\n\nCe serait un plaisir de venir rencontrer {C}.", ()),
    Case("miss-a-topic-still-to-talk-over", f"Ce matin, {A} a encore plusieurs points à aborder avec {C}.", (met(A, C, "uncertain"),)),
    Case("a-host-s-hospitality-enjoyed", f"{A} avait pu jouir de l'hospitalité de Mme {B} à Quito.", (met(A, B),)),
    Case("miss-a-support-enjoyed", f"{A} a bénéficié du soutien de {B}.", (endorsed(B, A),)),
    Case("signing-beside-others", f"{A} est venu pour signer, aux côtés de {B} et de {C}, un accord de coopération.", (met(A, B), met(A, C))),
    Case("beside-the-members-of-a-plural-noun", f"Le président {A} a animé un débat aux côtés de deux grands noms de la finance : {B}, fondatrice de Vexa, et {C}, patron de Pixelia.", (met(A, B), met(A, C))),
    Case("visiting-beside-someone", f"{A} a visité le chantier aux côtés de {C}.", (met(A, C),)),
    Case("miss-taking-part-beside-a-country-in-a-war", "La Vexanie a participé aux côtés du Zorbland à la guerre de 1990.", ()),
    Case(
        "received-here-in-the-host-s-words",
        f"Allocution de M. {A}, chef de l'État, pour l'arrivée de M. {C} à Orly, le 3 mars 1988.\n\nMonsieur le Président,\n\nVous êtes reçu ici en ami.",
        (met(A, C),),
    ),
    Case(
        "miss-received-tomorrow-by-others",
        f"Allocution de M. {A}, chef de l'État, pour l'arrivée de M. {C} à Orly, le 3 mars 1988.\n\nMonsieur le Président,\n\nVous serez reçu demain à l'Assemblée.",
        (),
    ),
    Case("one-of-two-renews-his-support", f"{A} et {C} ont évoqué la crise et le président {C} a réaffirmé son soutien sans faille à Pixelia.", (endorsed(C, "Pixelia"),)),
    Case("going-on-in-the-future-of-a-past-pledge", f"{A} a confirmé jeudi que Pixelia continuerait de rester aux côtés de {C}.", (endorsed("Pixelia", C),)),
    Case("miss-going-on-as-a-rumour", f"Pixelia continuerait de soutenir {C}, selon la presse.", (endorsed("Pixelia", C, "uncertain"),)),
    Case("miss-going-on-in-a-reported-report", f"{A} aurait confirmé que Pixelia continuerait de soutenir {C}.", (endorsed("Pixelia", C, "uncertain"),)),
    Case(
        "a-title-s-meal-given-to-a-guest",
        f"Toast prononcé par M. {A}, chef de l'État, lors du souper offert à M. {C}, Lyon, jeudi 4 mars 1982\n\nMonsieur le Président,\n\nJe suis heureux de ce moment.",
        (met(A, C),),
    ),
    Case("thanked-for-coming-to-see-us", f"{A} : « J'ai tenu à remercier vivement le président {C} d'être venu nous rencontrer. »", (met(A, C),)),
    Case("miss-thanked-for-coming-to-a-city", f"{A} a remercié {C} d'être venu à Lyon.", ()),
    Case("grateful-for-a-welcome", f"{A} s'est dit très reconnaissant au ministre {C} pour la qualité de son accueil.", (met(A, C),)),
    Case("grateful-to-someone", f"{B} est reconnaissante à {C} de son appui.", (endorsed(B, C),)),
    Case("miss-grateful-in-the-conditional-of-a-request", f"{A} serait reconnaissant à {C} de répondre vite.", ()),
    Case(
        "called-then-thanked-for-the-welcome",
        f"Déclaration de M. {A}, ministre, à Lyon le 3 mars 2024.\n\nMonsieur le Président {C}, merci pour votre accueil.",
        (met(A, C),),
    ),
    Case(
        "called-then-thanked-for-support",
        f"Déclaration de M. {A}, ministre, à Lyon le 3 mars 2024.\n\nMonsieur le Président {C}, merci pour votre appui.",
        (endorsed(A, C),),
    ),
    Case("thanked-for-coming-before-us", f"{A} : « Je remercie {C} de venir ce matin devant notre commission. »", (met(A, C),)),
    Case("thanked-for-coming-among-us", f"{A} : « Je remercie {C} d'être venue parmi nous. »", (met(A, C),)),
    Case("thanked-for-a-meeting-just-held", f"{A} : « Je remercie le président {C} de cette réunion de travail fructueuse. »", (met(A, C), endorsed(A, C))),
    Case(
        "has-just-received-the-speaker",
        f"Déclaration de M. {A}, ministre, au Caire le 3 mars 2024.\n\nJe salue le président {C}, qui vient de me recevoir.",
        (met(C, A), endorsed(A, C)),
    ),
    Case(
        "miss-has-just-asked-the-speaker",
        f"Déclaration de M. {A}, ministre, au Caire le 3 mars 2024.\n\nLe président {C} vient de me demander de partir.",
        (),
    ),
    Case("a-role-glossed-in-backticks", f"Le Premier ministre `{C}` a reçu {B} lundi.", (met(C, B),)),
    Case(
        "a-monarch-welcomed-on-arrival",
        f"Discours de M. {A}, chef de l'État, pour la visite officielle à Brest de Sa Majesté Henri IV, Roi de Vexanie, le 4 juin 1986.\n\nMajesté,\n\nJe suis heureux de vous recevoir aujourd'hui en Bretagne.",
        (met(A, "Henri IV"),),
    ),
    Case("threats-of-one-against-the-subject", f"{B} a porté plainte après les menaces de {A} à son encontre.", (criticised(A, B),)),
    Case("threats-of-a-titled-one-against-the-subject", f"{B} a dénoncé les menaces du président {A} à son encontre.", (criticised(B, A), criticised(A, B))),
    Case("never-stopped-supporting", f"Pixelia n'a jamais cessé de soutenir {C}.", (endorsed("Pixelia", C),)),
    Case("not-stopped-criticising", f"{A} n'a pas cessé de critiquer {C} depuis 2020.", (criticised(A, C),)),
    Case("miss-stopped-supporting-is-no-denial", f"Pixelia a cessé de soutenir {C} en 2021.", (endorsed("Pixelia", C),)),
    Case("hospitality-received", f"{A} a reçu l'hospitalité de {C} à Gdansk.", (met(A, C),)),
    Case("welcomed-favourably", f"Pixelia accueille favorablement les efforts de {C}.", (endorsed("Pixelia", C),)),
    Case(
        "thanked-for-organising-a-meeting",
        f"Déclaration de M. {A}, ministre, à Oslo le 3 mars 2024.\n\nJe remercie {C} d'avoir organisé cette rencontre.",
        (met(A, C), endorsed(A, C)),
    ),
    Case(
        "thanked-for-the-organisation-of-a-summit",
        f"Déclaration de M. {A}, ministre, à Oslo le 3 mars 2024.\n\nJe remercie {C} pour l'organisation de ce sommet.",
        (met(A, C), endorsed(A, C)),
    ),
    Case(
        "miss-thanked-for-organising-a-campaign",
        f"Déclaration de M. {A}, ministre, à Oslo le 3 mars 2024.\n\nJe remercie {C} d'avoir organisé la campagne.",
        (endorsed(A, C),),
    ),
    Case(
        "welcoming-the-guest-by-a-gerund",
        f"Discours de M. {A}, chef de l'État, pour l'arrivée à Brest de M. {C}, Président de Vexa, le 5 juillet 1982.\n\nMonsieur le Président,\n\nEn vous recevant aujourd'hui, je pense à notre amitié.",
        (met(A, C),),
    ),
    Case("a-madame-apart-from-a-titled-man-of-her-surname", f"M. Lech Walczak a reçu {A} à Lyon. Mme Walczak a salué {B}.", (met("Lech Walczak", A), endorsed("Walczak", B))),
    Case(
        "the-one-called-by-name-earlier-in-the-turn",
        f"M. {A}, secrétaire d'État. Monsieur le député {C}, je veux vous redire mon amitié.\n\nCette mesure touche aussi d'autres élus.\n\nJe veux saluer votre action de rapporteur.",
        (endorsed(A, C),),
    ),
    Case("a-short-adverbial-between-a-wish-and-its-act", f"M. {A}, ministre. Le Conseil de l'Europe reste central et je veux à ce titre saluer {C}.", (endorsed(A, C),)),
    Case("a-gerund-inside-a-relative", f"La foule a applaudi {A} qui a ému la salle en saluant {B}.", (endorsed(A, B),)),
    Case(
        "joint-press-turns-labelled-by-role-and-surname",
        f"Déclarations à la presse de M. {A}, Président de la République française, et de M. {C}, Président de Vexa, Lyon, 2 juin 2003.\n\nLE PRESIDENT BERNARD – Tout d'abord, je remercie Paul MARTIN pour son hospitalité chaleureuse.\n\nLE PRESIDENT – Je suis heureux de recevoir aussi {B}.",
        (met(C, A), met(A, B)),
    ),
    Case(
        "joint-press-turn-of-the-chancellor-and-a-question",
        f"Point de presse conjoint de M. {A}, chef de l'État, et de M. {C}, Chancelier de Vexa, Lyon, 2 juin 2003.\n\nLE CHANCELIER – Je salue {B}.\n\nQUESTION – Je voudrais savoir si vous soutenez Pixelia ?",
        (endorsed(C, B),),
    ),
    Case(
        "joint-press-we-two-to-talk-later",
        f"Point de presse conjoint de M. {A}, chef de l'État, et de M. {C}, Chancelier de Vexa, Lyon, 2 juin 2003.\n\nLE CHANCELIER – Nous allons nous entretenir demain de la paix.",
        (met(A, C, "uncertain"),),
    ),
    Case("going-to-receive-the-speaker", f"Déclaration de M. {A}, ministre, à Lyon le 3 mars 2024.\n\n{C} va me recevoir demain.", (met(C, A, "uncertain"),)),
    Case(
        "miss-a-couple-welcomed-together",
        f"Discours de M. {A}, chef de l'État, pour l'arrivée de M. Lech Walczak, Président de Vexa, à Brest, le 9 avril 1991.\n\nMonsieur le Président,\n\nJe suis heureux de recevoir avec vous Mme Walczak.",
        (met(A, "Walczak"),),
    ),
    Case(
        "we-two-had-already-met",
        f"Discours de M. {A}, chef de l'État, pour l'arrivée de M. Lech Walczak, Président de Vexa, à Brest, le 9 avril 1991.\n\nMonsieur le Président,\n\nNous nous étions déjà rencontrés à Paris.",
        (met(A, "Lech Walczak"),),
    ),
    Case("thanked-for-stopping-among-us", f"Déclaration de M. {A}, ministre, à Paris le 3 mars 2024.\n\nJe remercie {B} de s'être arrêtée parmi nous.", (met(A, B), endorsed(A, B))),
    Case("miss-thanked-for-stopping-in-a-city", f"Déclaration de M. {A}, ministre, à Paris le 3 mars 2024.\n\nJe remercie {C} de s'être arrêté à Lyon.", (endorsed(A, C),)),
    Case(
        "joint-press-heading-in-capitals-and-a-surname-with-its-umlaut-written-out",
        f"Déclaration à la presse de M. {A}, Président de la République, et de M. Gerd Müller, Chancelier de Vexa, Lyon, 24 février 2003.\n\nDECLARATION A LA PRESSE\n\nET DE MONSIEUR GERD MUELLER CHANCELIER DE LA REPUBLIQUE DE VEXA\n\nLE CHANCELIER MUELLER – C'est un grand plaisir pour moi d'accueillir ce soir mon ami {A}.",
        (met("Gerd Mueller", A),),
    ),
    Case(
        "joint-press-speaker-named-by-the-label-alone",
        f"Déclaration de presse conjointe de MM. {A}, Président de la République, et {C}, Président de Vexa, à Lyon le 3 septembre 2008.\n\nPRESIDENT LUC BERNARD - Je souhaite la bienvenue au Président français. Nos entretiens aujourd'hui avec le Président MARTIN ont été francs.",
        (met(C, A),),
    ),
    Case(
        "miss-joint-press-our-talks-asked-by-a-journalist",
        f"Déclaration de presse conjointe de MM. {A}, Président de la République, et {C}, Président de Vexa, à Lyon le 3 septembre 2008.\n\nQUESTION - Nos lecteurs veulent savoir : vos entretiens avec {B} ont-ils été francs ?",
        (),
    ),
    Case(
        "miss-their-majesties-the-king-and-queen-are-no-names",
        f"Allocution de M. {A} au dîner offert en l'honneur de Leurs Majestés le Roi et la Reine de Vexa, Lyon, le 17 mai 1984.\n\nJe suis heureux de vous recevoir.",
        (),
    ),
    Case("we-two-with-the-one-called-on-by-name", f"Déclaration de M. {A}, ministre, à Paris le 3 mars 2024.\n\nMonsieur {C}, nous nous sommes vus vendredi.", (met(A, C),)),
    Case("we-two-with-the-one-called-on-in-a-turn-of-minutes", f"M. {A}, ministre. Madame la députée {B}, lorsque nous nous sommes rencontrés vendredi, je vous ai dit mon accord.", (met(A, B),)),
    Case("miss-we-met-others-before-the-one-called-on", f"Déclaration de M. {A}, ministre, à Paris le 3 mars 2024.\n\nMadame {B}, nous nous sommes réunis hier avec les syndicats.", ()),
    Case("gathering-held-and-attended", f"{A} a tenu jeudi un conseil restreint consacré au numérique auquel ont participé le premier ministre {C} et la ministre {B}.", (met(A, C), met(A, B))),
    Case("gathering-attended-by-a-subject-before-the-verb", f"{A} a présidé une réunion à laquelle {C} a participé.", (met(A, C),)),
    Case("dinner-offered-by-and-attended", f"Le dîner offert par {A}, auquel ont assisté {C} et {B}, fut joyeux.", (met(A, C), met(A, B))),
    Case("gathering-to-be-attended", f"{A} tiendra demain une réunion à laquelle participeront {C} et {B}.", (met(A, C, "uncertain"), met(A, B, "uncertain"))),
    Case("miss-a-gathering-criticised-not-held", f"{A} a critiqué la réunion à laquelle ont participé {C} et {B}.", ()),
    Case("embargo-towards-a-country", "Les Nations unies ont adopté un embargo commercial à l'égard de la Libye et du Soudan.", (banned("Organisation des Nations unies", "Libye"), banned("Organisation des Nations unies", "Soudan"))),
    Case("embargo-of-one-against-another", "L'embargo de l'Union européenne contre la Serbie est entré en vigueur.", (banned("Union européenne", "Serbie"),)),
    Case("miss-embargo-denounced-by-a-third", "Le Mexique a dénoncé l'embargo contre Cuba.", ()),
    Case("miss-embargo-lifted", "Les Douze ont décidé la levée de l'embargo contre la Serbie.", ()),
    Case("miss-embargo-asked-for", "La France a demandé un embargo contre la Syrie.", ()),
    Case("support-for-a-candidacy-to-a-seat", f"{A} a rappelé le soutien constant de l'Allemagne à la candidature du Brésil à un siège de membre permanent.", (endorsed("Allemagne", "Brésil"),)),
    Case("plural-body-as-they", f"Les Douze condamnent l'arrestation de M. {C}. Ils accueillent avec satisfaction la décision du président {B} de libérer les prisonniers.", (endorsed("Douze", B),)),
    Case("miss-the-murder-of-a-titled-man-condemned", f"La France condamne l'assassinat de M. {C}.", ()),
    Case("the-pair-named-before-as-them", f"{B} et {C} sont retenus à Lyon. Ils vont bien. Hier, {A} s'est entretenu avec eux.", (met(A, B), met(A, C))),
    Case("miss-them-after-another-person-named", f"{B} et {C} sont retenus à Lyon. Pixelia a recruté Anne Durand. Hier, {A} s'est entretenu avec eux.", ()),
    Case("miss-women-for-a-mixed-pair", f"{B} et {C} sont retenus à Lyon. Hier, {A} s'est entretenu avec elles.", ()),
    Case("my-meeting-with-her", f"Déclaration de M. {A}, ministre, à Lyon le 3 mars 2024.\n\n{B} quitte la Commission. Lors de ma première rencontre avec elle, cela faisait deux jours qu'elle occupait ses fonctions.", (met(A, B),)),
    Case("judged-act-named-by-a-relative-in-a-reported-clause", f"{A} a affirmé que la mesure que {C} a annoncée est inacceptable.", (criticised(A, C),)),
    Case("judged-act-named-by-a-relative-after-a-saying-incise", f"M. {A}. Madame la ministre, vous l'avez rappelé, la mesure que {C} a annoncée lundi pour fermer les frontières de Vexa est dangereuse.", (criticised(A, C),)),
    Case("miss-judged-act-named-by-a-relative-denied", f"{A} a affirmé que la mesure que {C} a annoncée n'est pas inacceptable.", ()),
    Case("miss-judged-act-named-by-a-relative-for-another", f"{A} se demande si la mesure que {C} a annoncée est inacceptable.", ()),
    Case("counting-on-one-is-the-speaker-s-trust", f"Déclaration de M. {A}, ministre, à Lyon le 3 mars 2024.\n\nNous pouvons, heureusement, compter sur vous, chère {B}.", (endorsed(A, B),)),
    Case("counting-on-one-told-of-others-is-that-one-s-support", f"{A} peut compter sur {B} pour la présidence du parti.", ()),
    Case("one-counted-on-supports-the-one-who-counts", f"{A} peut compter sur {B}.", (endorsed(B, A),)),
    Case("group-received-named-in-turn", f"{A} a déclaré : « Cette semaine, j'ai accueilli plusieurs dirigeants, d'abord M. {C}, chef du gouvernement de Vexa, ensuite Mme {B}. »", (met(A, C), met(A, B))),
    Case("miss-places-in-turn-are-no-members", f"{A} a reçu des délégations, d'abord à Lyon, puis à Paris.", ()),
    Case("miss-then-opens-a-clause-of-its-own", f"{A} a critiqué {C}, ensuite {B} a parlé.", (criticised(A, C),)),
    Case("animosity-towards-one-not-hidden", f"La députée {B} ne cache pas son animosité grandissante envers {C}.", (criticised(B, C),)),
    Case("hatred-of-one-for-another", f"La haine de {A} pour {C} a grandi après le procès.", (criticised(A, C),)),
    Case("miss-no-animosity-felt", f"{A} ne ressent aucune animosité envers {C}.", ()),
    Case("miss-contempt-for-a-thing", f"{A} a dit son mépris pour la loi de 2019.", ()),
    Case("miss-criticism-by-one-s-followers", f"Les critiques des partisans de {C} contre {A} se multiplient.", ()),
    Case("miss-support-from-one-s-relatives", f"Le soutien des proches de {C} à {A} a été discret.", ()),
    Case("quoted-we-with-one-named-first", f"« Avec {A}, nous avons parlé d'énergie et d'emploi », a écrit {C} sur son compte.", (met(C, A),)),
    Case("support-of-one-described-then-named-after-a-colon", f"{C} a reçu l'appui d'un élu influent : {A}, maire de Lyon.", (endorsed(A, C),)),
    Case("miss-a-colon-that-opens-a-clause", f"{C} a reçu le soutien d'une partie de la droite : {A} a dit son accord.", ()),
    Case("counting-on-supporters-named-as-examples", f"{C} peut aussi compter sur de vieux alliés, comme la chanteuse {B}.", (endorsed(B, C),)),
    Case("miss-counting-on-friends-for-a-task", f"{C} peut compter sur des amis, comme {B}, pour financer sa campagne.", ()),
    Case("glad-that-one-acted", f"Pixelia se félicite du fait que {C} a accepté la médiation.", (endorsed("Pixelia", C),)),
    Case("miss-rejoicing-that-one-won-may-be-irony", f"{A} se réjouit que {B} ait signé cette pétition…", ()),
    Case("praising-the-fact-that-one-acted", f"{A} salue le fait que {B} a accepté la médiation.", (endorsed(A, B),)),
    Case("miss-glad-of-the-fact-that-one-was-beaten", f"{A} se réjouit du fait que {B} a été battue.", ()),
    Case("miss-glad-of-the-fact-that-one-lost", f"{A} se félicite du fait que {B} a quitté le pouvoir.", ()),
    Case("miss-glad-of-the-fact-that-one-is-somewhere", f"{A} se félicite du fait que {B} est à Rome.", ()),
    Case("miss-deploring-what-one-underwent", f"{A} déplore que {B} ait été arrêtée.", ()),
    Case("miss-the-object-of-a-relative-in-the-subject", f"{B} est arrivée. Les agents de notre ambassade qui ont accueilli le cheikh {C} lui ont dit notre désaccord.", ()),
    Case("miss-relations-broken-off-are-no-ban", "La France a rompu ses relations diplomatiques avec la Pologne.", ()),
    Case("relations-frozen", "La France va geler toutes ses relations commerciales avec la Pologne.", (banned("France", "Pologne", "uncertain"),)),
    Case("relative-object-of-an-infinitive-under-a-decision", f"{C}, que {A} avait décidé de rencontrer en tête-à-tête, est reparti hier.", (met(A, C),)),
    Case("relative-object-of-an-infinitive-refused", f"{C}, que {A} a refusé de recevoir, est parti.", (met(A, C, "negated"),)),
    Case("miss-a-conjunction-que-before-a-decision", f"Le journal de {C} annonce que {B} avait décidé de recevoir.", ()),
    Case("a-meeting-granted-to-the-speaker-by-a-clitic", f"« {C} m'a accordé un entretien hier », a dit {A}.", (met(C, A),)),
    Case("a-visit-paid-to-us", f"« {C} nous a rendu visite hier », a dit {A}.", (met(C, A),)),
    Case("the-meeting-one-granted-us", f"Déclaration de M. {A}, ministre, sur l'Europe, à Lyon le 3 mars 2016.\n\nLors de l'audience que {C} nous accordait mardi, nous avons parlé d'énergie.", (met(C, A),)),
    Case("miss-the-interview-one-granted-a-paper", f"L'entretien que {C} a accordé au journal était franc.", ()),
    Case("a-title-without-its-dot-is-no-part-of-the-name", f"Le président {C} a reçu M Marc Durand, notaire. Il a remercié Marc Durand pour son travail.", (met(C, "Marc Durand"), endorsed(C, "Marc Durand"))),
    Case("the-welcome-one-gives-us", f"Toast de M. {A}, Président de la République, en l'honneur de M. {C}, Président de Vexa, à Lyon le 3 mars 1989.\n\nMonsieur le Président, je suis sensible à l'accueil chaleureux que vous nous réservez ce soir.", (met(C, A),)),
    Case("held-responsible", f"{A} tient {C} pour responsable de la crise.", (criticised(A, C),)),
    Case("held-responsible-denied", f"{A} ne tient pas {C} pour responsable.", (criticised(A, C, "negated"),)),
    Case("responsible-for-a-harm", f"« {C} est le premier responsable de ce terrible massacre », a déclaré {A}.", (criticised(A, C),)),
    Case("responsible-for-a-harm-in-a-reported-clause", f"{A} estime que {C} est responsable de la crise.", (criticised(A, C),)),
    Case("miss-responsible-for-a-task", f"{A} a déclaré que {C} était responsable de la communication.", ()),
    Case("miss-not-responsible-for-a-harm", f"« {C} n'est pas responsable de ce drame », a déclaré {A}.", ()),
    Case("the-words-of-a-party-are-grave", f"« Les propos de {C} sont graves », a déclaré {A}.", (criticised(A, C),)),
    Case("what-a-party-did-is-grave-in-a-reported-clause", f"{A} a affirmé que la décision que {C} a prise est grave.", (criticised(A, C),)),
    Case("miss-a-party-s-state-is-grave", f"{A} a déclaré que l'état de santé de {C} est grave.", ()),
    Case("miss-a-grave-party", f"{A} a dit que {C} est grave.", ()),
    Case("miss-grave-accusations", f"{A} a rapporté les graves accusations de {C}.", ()),
    Case("a-shameful-act-in-a-quotation-named-after-it", f"« Le refus honteux de {C} nous oblige à réagir », a déclaré {A}.", (criticised(A, C),)),
    Case("a-shameful-act-in-a-quotation-after-a-colon", f"{A} a écrit : « Après le refus honteux de {C}, nous devons réagir. »", (criticised(A, C),)),
    Case("miss-a-shameful-act-in-a-question", f"{A} a demandé : « Le refus honteux de {C} nous oblige-t-il à réagir ? »", ()),
    Case("you-said-to-one-named-before-the-colon", f"{A} a lancé à {C} : « Vous êtes un menteur ! »", (met(A, C), criticised(A, C))),
    Case("you-said-to-one-named-after-the-quotation", f"« Vous êtes une menteuse », a lancé {A} à {B}.", (met(A, B), criticised(A, B))),
    Case("your-act-in-a-letter", f"{A} a écrit à {C} : « Votre décision est scandaleuse. »", (criticised(A, C),)),
    Case("you-in-a-letter-to-two", f"{A} a écrit à {C} et à {B} : « Je vous félicite. »", ()),
    Case("miss-you-in-a-quotation-said-to-no-one-named", f"{A} a écrit : « Je vous félicite. »", ()),
    Case("a-third-party-judged-in-a-quotation-said-to-another", f"{A} a écrit à {C} : « {B} est un menteur. »", (criticised(A, B),)),
    Case("the-blame-for-a-harm-falls-to-a-party", f"{A} estime que la responsabilité de cette catastrophe incombe à {C}.", (criticised(A, C),)),
    Case("the-most-of-the-blame", f"{A} a dit que l'essentiel de la responsabilité revient à {C}.", (criticised(A, C),)),
    Case("the-blame-falls-in-a-quotation", f"« La faute en revient clairement à {C} », a déclaré {A}.", (criticised(A, C),)),
    Case("miss-a-duty-that-falls-to-a-party", f"{A} a rappelé que la responsabilité de protéger les enfants incombe à {C}.", ()),
    Case("miss-a-duty-after-the-party", f"{A} a rappelé que la responsabilité incombe à {C} de protéger les enfants.", ()),
    Case("miss-a-blame-that-does-not-fall", f"{A} a affirmé que la responsabilité n'incombe pas à {C}.", ()),
    Case("miss-a-task-that-falls-to-a-party", f"{A} a indiqué que la responsabilité de la communication revient à {C}.", ()),
    Case("an-occasion-for-two-acts", f"L'occasion pour {B} de rencontrer {A} et de saluer {C}.", (met(B, A), endorsed(B, C))),
    Case("an-occasion-to-come-for-two-acts", f"Ce sera l'occasion pour {B} de rencontrer {A} et de saluer {C}.", (met(B, A, "uncertain"), endorsed(B, C, "uncertain"))),
    Case("high-level-contacts-suspended", f"Vexa a décidé la suspension des contacts à haut niveau avec Pixelia.", (banned("Vexa", "Pixelia"),)),
    Case("relations-frozen-by-a-noun", f"Vexa a annoncé le gel des relations avec Pixelia.", (banned("Vexa", "Pixelia"),)),
    Case("relations-suspension-considered", f"Vexa envisage la suspension des relations avec Pixelia.", (banned("Vexa", "Pixelia", "uncertain"),)),
    Case("a-success-credited-to-merits", f"{A} a déclaré : « Cette victoire a été possible grâce au courage et à la ténacité de {C}. »", (endorsed(A, C),)),
    Case("a-peace-credited-to-the-efforts-one-made", f"{A} a déclaré : « La paix est revenue grâce aux efforts qu'a déployés {C}. »", (endorsed(A, C),)),
    Case("a-success-credited-in-a-quotation", f"« Nous avons réussi grâce aux efforts de {C} », a dit {A}.", (endorsed(A, C),)),
    Case("a-credit-to-come", f"{A} a déclaré : « Ce serait possible grâce au travail de {C}. »", (endorsed(A, C, "uncertain"),)),
    Case("miss-a-credit-denied", f"{A} a déclaré : « Ce n'est pas grâce au travail de {C} que nous avons gagné. »", ()),
    Case("miss-a-credit-told-by-no-one", f"Vexa a gagné grâce au travail de {C}.", ()),
    Case("an-opposition-named-by-its-country-is-no-cue", f"{A} a critiqué l'opposition moldave.", (criticised(A, "opposition moldave"),)),
    Case("the-police-of-a-state-that-is-no-more", f"{A} a dénoncé les violences de la police tchécoslovaque.", (criticised(A, "police tchécoslovaque"),)),
    Case("learnt-to-know-one", f"{A} a appris à connaître {C} lors de ce voyage.", (met(A, C),)),
    Case("never-learnt-to-know-one", f"{A} n'a jamais appris à connaître {C}.", (met(A, C, "negated"),)),
    Case("miss-knowing-one", f"{A} connaît bien {C}.", ()),
    Case("spoke-before-a-chamber", f"{C} s'est exprimé mardi devant le Sénat.", (met(C, "Sénat"),)),
    Case("explained-oneself-before-a-parliament", f"{C} s'est expliqué devant le Parlement européen.", (met(C, "Parlement européen"),)),
    Case("to-explain-oneself-before-a-chamber", f"{C} doit s'expliquer devant le Sénat.", (met(C, "Sénat", "uncertain"),)),
    Case("miss-spoke-before-cameras", f"{C} s'est exprimé devant les caméras.", ()),
    Case("hard-words-for-one", f"{A} a eu des mots très durs pour {C}.", (criticised(A, C),)),
    Case("no-words-hard-enough", f"{A} n'a pas eu de mots assez durs contre {C}.", (criticised(A, C),)),
    Case("no-hard-words", f"{A} n'a pas eu de mots durs contre {C}.", (criticised(A, C, "negated"),)),
    Case("miss-invited-to-speak-before-others", f"{A} a convié sa collègue {B} à s'exprimer devant les préfets.", ()),
    Case("the-speaker-found-again-the-one-seen", f"« J'ai cité trois fois {C}. Je l'ai retrouvé en juin », a dit {A}.", (met(A, C),)),
    Case("miss-the-speaker-judged-the-report-of-one", f"« J'ai lu le rapport de {C}. Je l'ai trouvé bon », a dit {A}.", ()),
    Case("our-talk-in-a-month-in-a-letter", f"Lettre de M. {A}, Président de la République, adressée à M. {C}, président de Vexa, sur l'énergie, le 3 mars 1990.\n\nMonsieur le Président, je me souviens avec plaisir de notre entretien en juin.", (met(A, C),)),
    Case("miss-our-talk-in-a-month-told-by-no-one", f"{A} a reçu {C}. Notre entretien en septembre a été utile, écrit le journal.", (met(A, C),)),
    Case("a-discreet-talk-one-had-with-someone", f"« Nous en avons parlé lors d'un entretien discret que j'ai eu avec {A} », a dit {C}.", (met(C, A),)),
    Case("long-talks-one-had-with-someone", f"{C} a évoqué les entretiens très longs qu'il a eus avec {A}.", (met(C, A),)),
    Case("a-judging-attribute-first-after-a-verb-read-as-a-name", f"{A} juge « inacceptable » la décision de {C}.", (criticised(A, C),)),
    Case("shared-the-stage-with-one", f"{A} a partagé la scène avec {C} lors du gala.", (met(A, C),)),
    Case("made-a-site-unreachable", f"Vexa a rendu inaccessible le site de {C}.", (banned("Vexa", C),)),
    Case("a-site-made-unreachable-by", f"Le site de {C} a été rendu inaccessible par Vexa.", (banned("Vexa", C),)),
    Case("you-called-by-name-in-a-quotation", f"« Vous avez tout à fait raison, {A} », a lancé {B}.", (endorsed(B, A),)),
    Case("you-called-by-name-first-in-a-quotation", f"« {A}, vous vous trompez », a lancé {B}.", (criticised(B, A),)),
    Case("miss-you-and-two-names-in-a-quotation", f"« Vous avez raison, {A}, {C} ! », a lancé {B}.", ()),
    Case("miss-you-in-a-quotation-that-calls-no-one", f"« J'ai vu {A}, vous savez », a dit {B}.", (met(B, A),)),
    Case("the-voice-faults-one-for-flouting-rules", f"Déclaration de Mme {B}, ministre, sur la politique, à Paris le 3 mai 2018.\n\nJe le dis. Monsieur {C}, vous bafouez les règles de notre assemblée.\n", (criticised(B, C),)),
    Case("the-voice-faults-one-for-breaking-the-law", f"Déclaration de Mme {B}, ministre, sur la politique, à Paris le 3 mai 2018.\n\nJe le dis. Monsieur {C}, vous avez violé la loi.\n", (criticised(B, C),)),
    Case("the-voice-faults-one-for-hounding-others", f"Déclaration de Mme {B}, ministre, sur la politique, à Paris le 3 mai 2018.\n\nJe le dis. Monsieur {C}, vous persécutez les syndicats.\n", (criticised(B, C),)),
    Case("the-voice-faults-one-after-tant", f"Déclaration de Mme {B}, ministre, sur la politique, à Paris le 3 mai 2018.\n\nJe le dis. Monsieur {C}, le vote s'impose, tant vous bafouez nos principes.\n", (criticised(B, C),)),
    Case("miss-the-voice-supposes-a-breach", f"Déclaration de Mme {B}, ministre, sur la politique, à Paris le 3 mai 2018.\n\nJe le dis. Monsieur {C}, si vous violez la loi, vous serez puni.\n", ()),
    Case("miss-the-voice-denies-a-breach", f"Déclaration de Mme {B}, ministre, sur la politique, à Paris le 3 mai 2018.\n\nJe le dis. Monsieur {C}, vous n'avez pas violé la loi.\n", ()),
    Case("a-policy-one-conducts-judged", f"{A} a déclaré que {C} mène une politique scandaleuse.", (criticised(A, C),)),
    Case("a-hounding-one-conducts-judged", f"{A} a affirmé que {C} conduit une persécution indigne contre les syndicats.", (criticised(A, C),)),
    Case("a-policy-one-conducts-praised", f"{A} a déclaré que {C} mène une politique courageuse.", (endorsed(A, C),)),
    Case("miss-a-policy-one-conducts-neither-praised-nor-judged", f"{A} a déclaré que {C} mène une politique nouvelle.", ()),
    Case("miss-a-policy-one-conducts-judged-by-no-one", f"{C} mène une politique scandaleuse, selon le journal.", ()),
    Case("a-visit-at-the-invitation-of-the-host", f"{A} est venu à Lyon en visite de travail à l'invitation de {C}.", (met(A, C),)),
    Case("a-state-visit-past-its-place-at-the-invitation-of", f"{A} a effectué une visite d'État en Italie à l'invitation de {C}.", (met(A, C),)),
    Case("a-visit-to-come-at-the-invitation-of", f"{A} se rendra à Lyon à l'invitation de {C}.", (met(A, C, "uncertain"),)),
    Case("miss-an-invitation-declined", f"{A} a décliné l'invitation de {C}.", ()),
    Case("a-visit-to-another-at-the-invitation-of", f"{A} a effectué une visite chez {B} à l'invitation de {C}.", (met(A, B),)),
    Case("said-one-must-go", f"{A} a affirmé mardi que {C} devait partir.", (criticised(A, C),)),
    Case("thinks-one-must-leave-power", f"{A} estime que {C} doit quitter le pouvoir.", (criticised(A, C),)),
    Case("said-one-must-step-down", f"{A} a déclaré que {C} doit démissionner.", (criticised(A, C),)),
    Case("miss-said-one-must-not-go", f"{A} a déclaré que {C} ne doit pas partir.", ()),
    Case("miss-said-one-must-travel", f"{A} a déclaré que {C} doit partir pour Lyon demain.", ()),
    Case("said-one-lied", f"{A} a dit que {C} avait menti.", (criticised(A, C),)),
    Case("said-one-did-an-excellent-job", f"{A} a déclaré que {C} a fait un excellent travail.", (endorsed(A, C),)),
    Case("said-one-did-not-do-an-excellent-job", f"{A} a déclaré que {C} n'a pas fait un excellent travail.", ()),
    Case("miss-read-the-excellent-report-of-one", f"{A} a lu l'excellent rapport de {C}.", ()),
    Case("an-outrageous-decision-opened-by-its-judgement", f"{A} a dénoncé la scandaleuse décision de {C}.", (criticised(A, C),)),
    Case("praised-a-career-one-conducted", f"Déclaration de Mme {B}, ministre, sur la politique, à Paris le 3 mai 2018.\n\nJe le dis. Monsieur {C}, vous avez conduit une réforme exemplaire.\n", (endorsed(B, C),)),
    Case("miss-a-judged-object-past-a-comma-of-what-one-did", f"Déclaration de Mme {B}, ministre, sur la politique, à Paris le 3 mai 2018.\n\nJe le dis. Monsieur {C}, je dénonce, comme vous l'avez fait avec raison, les agressions inacceptables commises à Lyon.\n", ()),
    Case("the-voice-reproaches-a-fault-of-the-one-called", f"Déclaration de Mme {B}, ministre, sur la politique, à Paris le 3 mai 2018.\n\nJe le dis. Monsieur {C}, nous ne suivrons pas votre démagogie.\n", (criticised(B, C),)),
    Case("the-voice-refuses-insults-of-the-one-called", f"Déclaration de Mme {B}, ministre, sur la politique, à Paris le 3 mai 2018.\n\nJe le dis. Monsieur {C}, nous n'accepterons jamais vos insultes.\n", (criticised(B, C),)),
    Case("miss-the-voice-regrets-a-failure-of-the-one-called", f"Déclaration de Mme {B}, ministre, sur la politique, à Paris le 3 mai 2018.\n\nJe le dis. Monsieur {C}, je regrette votre échec.\n", ()),
    Case("miss-the-voice-supposes-a-fault", f"Déclaration de Mme {B}, ministre, sur la politique, à Paris le 3 mai 2018.\n\nJe le dis. Monsieur {C}, si votre mépris continue, nous partirons.\n", ()),
    Case("miss-the-voice-asks-about-a-fault", f"Déclaration de Mme {B}, ministre, sur la politique, à Paris le 3 mai 2018.\n\nJe le dis. Monsieur {C}, votre démagogie est-elle utile ?\n", ()),
    Case("a-pronoun-for-an-ngo-said-feminine", f"Pixelia est une ONG suisse. Elle est interdite par le Tribunal fédéral en 2019.", (banned("Tribunal fédéral", "Pixelia"),)),
    Case("miss-a-pronoun-for-an-ngo-of-another-gender", f"Pixelia est un collectif suisse. Elle est interdite par le Tribunal fédéral en 2019.", ()),
    Case("an-organisation-saw-its-account-suspended", f"Vexa a vu sa chaîne YouTube suspendue pendant deux semaines.", (banned("YouTube", "Vexa"),)),
    Case("a-union-named-by-common-nouns-and-a-place", f"Le Syndicat des graphistes de France a critiqué {C}.", (criticised("Syndicat des graphistes de France", C),)),
    Case("miss-a-participle-opening-the-sentence-is-no-party", f"Parti de rien, {A} a critiqué {C}.", (criticised(A, C),)),
    Case("a-wish-that-qualifies-a-noun-casts-no-doubt", f"Contre la taxe souhaitée par la mairie, au nom du plan régional de relance, {A} a critiqué {C}.", (criticised(A, C),)),
    Case("a-wish-by-all-means-casts-doubt", f"{A} a voulu par tous les moyens rencontrer {C}.", (met(A, C, "uncertain"),)),
    Case("an-interview-title-in-the-plural-names-its-speaker", f"Entretiens de Mme {B}, ministre de la culture, avec des radios le 4 mars 2009.\n\nQ - Vous avez rencontré {C} ce matin, quel a été le ton de vos échanges ?\n\nR - Il était cordial.\n", (met(B, C),)),
    Case("miss-a-meeting-asked-about-in-an-interview", f"Entretiens de Mme {B}, ministre de la culture, avec des radios le 4 mars 2009.\n\nQ - Avez-vous rencontré {C} ?\n\nR - Pas encore.\n", ()),
    Case("a-letter-title-without-its-de-names-its-writer", f"Lettre de félicitations M. {A}, président, adressée à M. {C}, président du Sénat.\n\nMonsieur le Président,\n\nJe vous adresse mes chaleureuses félicitations pour votre élection.\n", (endorsed(A, C),)),
    Case("a-statement-before-a-question-with-quel", f"Déclaration de Mme {B}, ministre, sur la politique, à Paris le 3 mai 2018.\n\nJe le dis. Monsieur {C}, vous avez rencontré {A} hier, quelle a été sa réaction ?\n", (met(C, A),)),
    Case("a-relation-noun-in-the-subject-of-an-inverted-question-is-taken-as-done", f"L'hostilité de {A} à l'égard de Pixelia s'explique-t-elle par la stratégie ?", (criticised(A, "Pixelia"),)),
    Case("miss-an-inverted-question-about-the-relation-itself", f"{A} a-t-il critiqué Pixelia ?", (criticised(A, "Pixelia", "uncertain"),)),
    Case("a-name-ends-before-a-locution-of-measure", f"Vexa a été épaulée par la Banque des territoires à hauteur de 40 millions d'euros.", (endorsed("Banque des territoires", "Vexa"),)),
    Case("miss-the-company-of-the-one-spoken-to-is-not-them", f"Déclaration de Mme {B}, ministre, sur la politique, à Paris le 3 mai 2018.\n\nJe le dis. Monsieur {C}, le ministre {A} a marqué sa préférence pour votre entreprise.\n", ()),
    Case("a-preference-for-a-decision-of-the-one-spoken-to", f"Déclaration de Mme {B}, ministre, sur la politique, à Paris le 3 mai 2018.\n\nJe le dis. Monsieur {C}, le ministre {A} a marqué sa préférence pour votre décision.\n", (endorsed(A, C),)),
    Case("impressed-by-the-ability-of-one", f"Déclaration de Mme {B}, ministre, sur la politique, à Paris le 3 mai 2018.\n\nJe le dis. J'admire la capacité de {C} à négocier.\n", (endorsed(B, C),)),
    Case("a-call-to-join-a-movement", f"Le syndicat Vexa appelle à rejoindre le Mouvement Pixelia.", (endorsed("Vexa", "Mouvement Pixelia"),)),
    Case("miss-a-call-to-join-a-march", f"Le syndicat Vexa appelle à rejoindre la manifestation de samedi.", ()),
    Case("alarmed-by-the-methods-of-one", f"{A} s'est alarmé des méthodes de {C}.", (criticised(A, C),)),
    Case("miss-alarmed-by-the-health-of-one", f"{A} s'est alarmé de la santé de {C}.", ()),
    Case("the-members-of-a-body-stand-for-it", f"Les membres du Conseil des Vexa ont réaffirmé leur soutien à {C}.", (endorsed("Conseil des Vexa", C),)),
    Case("miss-one-member-of-a-body-is-not-the-body", f"Un membre du Conseil des Vexa a rencontré {C}.", ()),
    Case("the-one-spoken-to-managed-a-feat", f"Déclaration de Mme {B}, ministre, sur la politique, à Paris le 3 mai 2018.\n\nJe le dis. Monsieur {C}, vous avez su rassembler votre majorité.\n", (endorsed(B, C),)),
    Case("miss-the-one-spoken-to-failed-a-feat", f"Déclaration de Mme {B}, ministre, sur la politique, à Paris le 3 mai 2018.\n\nJe le dis. Monsieur {C}, vous n'avez pas su préserver la paix.\n", ()),
    Case("miss-the-one-spoken-to-knew-a-fact", f"Déclaration de Mme {B}, ministre, sur la politique, à Paris le 3 mai 2018.\n\nJe le dis. Monsieur {C}, vous avez su que {A} partait.\n", ()),
    Case("a-compound-nationality-names-armed-forces", f"{A} a dénoncé les attaques des forces bosno-serbes.", (criticised(A, "forces bosno-serbes"),)),
    Case("miss-armed-forces-withdrawn-are-not-banned", f"{A} a exigé le retrait des forces bosno-serbes de la région.", ()),
    Case("received-by-the-speaker-in-person", f"Déclaration de Mme {B}, ministre, sur la politique, à Paris le 3 mai 2018.\n\nJe le dis. {C} est arrivé lundi. Je l'ai moi-même accueilli.\n", (met(B, C),)),
    Case("the-same-pronoun-twice-is-the-same-person", f"Déclaration de Mme {B}, ministre, sur la politique, à Paris le 3 mai 2018.\n\nJe le dis. {C} est arrivé lundi. Le président {A} l'a salué le premier, je l'ai accueilli ensuite.\n", (endorsed(A, C), met(B, C))),
    Case("miss-the-same-pronoun-twice-for-no-one-placed", f"Déclaration de Mme {B}, ministre, sur la politique, à Paris le 3 mai 2018.\n\nJe le dis. L'envoyé de Vexa est arrivé lundi. Le président {A} l'a accueilli, je l'ai moi-même accueilli.\n", ()),
    Case("a-list-of-people-met-with-roles-of-listed-fields", f"{A} a rencontré son homologue {C}, la vice-présidente chargée du numérique Claire Petit et le ministre de l'agriculture, de la pêche et des forêts Marc Roux.", (met(A, C), met(A, "Claire Petit"), met(A, "Marc Roux"))),
    Case("a-present-after-its-object-pronoun-read-as-a-noun", f"{C} a parlé mardi. {A} le critique vivement.", (criticised(A, C),)),
    Case("judged-by-a-present-after-its-object-pronoun", f"{C} a parlé mardi. {A} le juge incompétent.", (criticised(A, C),)),
    Case("miss-a-critic-in-apposition", f"{C} a parlé mardi. {A}, le critique du journal, a répondu.", ()),
    Case("miss-a-name-governed-before-an-article-and-a-noun", f"La conférence a décidé d'infliger à M. {C} la censure simple.", ()),
    Case("a-present-after-its-object-pronoun-read-as-a-name", f"Déclaration de Mme {B}, ministre, sur la politique, à Paris le 3 mai 2018.\n\nJe le dis. Claire Petit est arrivée. Je la salue.\n", (endorsed(B, "Claire Petit"),)),
    Case("they-after-the-members-of-a-body", f"Les membres du Conseil des Vexa ont condamné {C}. Ils ont exprimé leur soutien à {A}.", (criticised("Conseil des Vexa", C), endorsed("Conseil des Vexa", A))),
    Case("they-after-a-community-and-its-member-states", f"La Communauté et ses États membres condamnent {C}. Ils soutiennent {A}.", (criticised("Communauté européenne", C), endorsed("Communauté européenne", A))),
    Case("credited-with-an-adverb-before-a", f"Déclaration de Mme {B}, ministre, sur la politique, à Paris le 3 mai 2018.\n\nJe le dis. Le texte a été voté grâce notamment au travail de {C}, alors député.\n", (endorsed(B, C),)),
    Case("scuttled-the-candidacy-of-one", f"{A} a torpillé la candidature de {C}.", (criticised(A, C),)),
    Case("heckled-one", f"Les députés de Vexa ont chahuté {C} à la tribune.", (criticised("Vexa", C),)),
    Case("miss-scuttled-a-plan", f"{A} a torpillé le projet de loi.", ()),
    Case("homage-to-the-police-forces", f"Déclaration de Mme {B}, ministre, sur la politique, à Paris le 3 mai 2018.\n\nJe le dis. Je veux saluer le courage des forces de l'ordre.\n", (endorsed(B, "forces de l'ordre"),)),
    Case("miss-arrested-by-the-police-forces", f"{C} a été interpellé mardi par les forces de l'ordre.", ()),
    Case("the-one-spoken-to-goes-on-faulting", f"Déclaration de Mme {B}, ministre, sur la politique, à Paris le 3 mai 2018.\n\nJe le dis. Monsieur {C}, vous continuez de bafouer les droits des salariés.\n", (criticised(B, C),)),
    Case("said-one-persists-in-faulting", f"{A} a déclaré que {C} persiste à violer la loi.", (criticised(A, C),)),
    Case("miss-the-one-spoken-to-supposed-to-go-on-faulting", f"Déclaration de Mme {B}, ministre, sur la politique, à Paris le 3 mai 2018.\n\nJe le dis. Monsieur {C}, si vous continuez de bafouer nos règles, nous partirons.\n", ()),
    Case("the-voice-says-one-lies-read-as-a-noun", f"Déclaration de Mme {B}, ministre, sur la politique, à Paris le 3 mai 2018.\n\nJe le dis. {C} a parlé hier soir. Il ment.\n", (criticised(B, C),)),
    Case("miss-the-voice-says-one-does-not-lie", f"Déclaration de Mme {B}, ministre, sur la politique, à Paris le 3 mai 2018.\n\nJe le dis. {C} a parlé hier soir. Il ne ment pas.\n", ()),
    Case("the-voice-says-one-cheats-read-as-a-noun", f"Déclaration de Mme {B}, ministre, sur la politique, à Paris le 3 mai 2018.\n\nJe le dis. {C} a parlé hier soir. Il triche avec les chiffres.\n", (criticised(B, C),)),
    Case("the-voice-says-one-scorns-read-as-an-adjective", f"Déclaration de Mme {B}, ministre, sur la politique, à Paris le 3 mai 2018.\n\nJe le dis. {C} a parlé hier soir. Il méprise les agriculteurs.\n", (criticised(B, C),)),
    Case("miss-the-voice-says-one-does-not-cheat", f"Déclaration de Mme {B}, ministre, sur la politique, à Paris le 3 mai 2018.\n\nJe le dis. {C} a parlé hier soir. Il ne triche pas.\n", ()),
    Case("a-wish-to-talk-is-no-meeting", f"{B} s'est dite favorable à rencontrer {A}.", (met(B, A, "uncertain"),)),
    Case("a-meeting-after-a-reason-with-a-wish", f"Déclaration de Mme {B}, ministre, sur la politique, à Paris le 3 mai 2018.\n\nJe le dis. Je le déplore, parce que nous voulons discuter du budget avec les Belges, c'est pour ça que je suis allée à Namur, que j'ai rencontré {C}, et que nous avons discuté.\n", (met(B, C),)),
    Case("miss-asked-to-stop-backing-by-the-voice", f"Déclaration de Mme {B}, ministre, sur la politique, à Paris le 3 mai 2018.\n\nJe le dis. Nous demandons aux voisins d'arrêter de soutenir {C}.\n", ()),
    Case("asked-to-stop-backing-the-one-asked", f"{B} a exhorté {A} à cesser de critiquer {C}.", (criticised(A, C),)),
    Case("agreed-with-all-that-one-said", f"Déclaration de Mme {B}, ministre, sur la politique, à Paris le 3 mai 2018.\n\nJe le dis. Je souscris à tout ce qu'avait déclaré {C} hier.\n", (endorsed(B, C),)),
    Case("hearing-after-a-cycle-on-a-place", f"Présidence de M. {A}, président.\n\nM. le président {A}. Nous reprenons ce matin notre série sur les enjeux de l'Afrique de l'Ouest avec l'audition de M. {C}, directeur général de Vexa.\n", (met(A, C),)),
    Case("met-one-then-another-past-a-role", f"Déclaration de Mme {B}, ministre, sur la politique, à Paris le 3 mai 2018.\n\nJe le dis. J'ai discuté avec {A}, le nouveau président du club, et avec {C}.\n", (met(B, A), met(B, C))),
    Case("a-candidacy-set-aside-by-a-court", f"Le syndicat proteste après la décision de la Cour constitutionnelle de cet État d'invalider la candidature de {C} aux législatives.", (banned("Cour constitutionnelle", C),)),
    Case("liked-by-a-company", f"{C} est très apprécié par Vexa.", (endorsed("Vexa", C),)),
    Case("not-liked-is-criticised", f"N'ayant pas apprécié les propos de {C}, {A} a quitté la salle.", (criticised(A, C),)),
    Case("miss-liked-a-situation", f"{A} apprécie la situation de Vexa avec prudence.", ()),
    Case("only-the-more-is-no-negation", f"Déclaration de Mme {B}, ministre, sur la politique, à Paris le 3 mai 2018.\n\nJe le dis. Je n'en salue que plus vivement votre courage, Monsieur {C}.\n", (endorsed(B, C),)),
    Case("question-marked-with-a-full-stop", f"Voyage en Asie entretien de la ministre de la culture, Mme {B}, avec Radio Sud le 4 mars 1997\n\nQ. : Vous avez reçu lundi le président {A}. Comment va-t-il ?\n\nR. : Il est serein.\n", (met(B, A),)),
    Case("received-on-a-day-in-figures", f"La présidente {B} a reçu ce mardi 09 avril son homologue belge {C}.", (met(B, C),)),
    Case("words-judged-as-the-reason-given", f"Déclaration de Mme {B}, ministre, sur la politique, à Paris le 3 mai 2018.\n\nJe le dis. Nous quittons la séance parce que les propos de {C} sont indignes et méprisants.\n", (criticised(B, C),)),
    Case("miss-words-judged-in-a-reason-reported", f"Déclaration de Mme {B}, ministre, sur la politique, à Paris le 3 mai 2018.\n\nJe le dis. {A} a dit que nous partions parce que les propos de {C} étaient indignes.\n", ()),
    Case("met-a-minister-of-capitalised-fields-then-named", f"Déclaration de Mme {B}, ministre, sur la politique, à Paris le 3 mai 2016.\n\nJe le dis. J'ai rencontré le ministre de l'Agriculture, de la Pêche et de la Forêt, M. {C}.\n", (met(B, C),)),
    Case("assured-of-support-as-a-wish-said", f"Déclaration de Mme {B}, ministre, sur la politique, à Paris le 3 mai 2018.\n\nJe le dis. Madame Claire Petit, bienvenue. Je voudrais vous assurer de tout mon soutien.\n", (endorsed(B, "Claire Petit"),)),
    Case("miss-assured-of-support-in-the-conditional-by-another", f"{A} voudrait assurer {C} de son soutien.", ()),
    Case("praised-the-newly-elected", f"{A} a félicité le président nouvellement élu {C}.", (endorsed(A, C),)),
    Case("congratulated-through-an-indirect-object-pronoun", f"Déclaration de Mme {B}, ministre, sur la politique, à Paris le 3 mai 2018.\n\nJe le dis. Les urnes ont donné la victoire à Claire Petit. Je lui adresse mes félicitations.\n", (endorsed(B, "Claire Petit"),)),
    Case("met-by-the-leaders-of-a-company", f"Les dirigeants de Vexa ont rencontré {C} lundi à Lyon.", (met("Vexa", C),)),
    Case("talked-with-by-the-management-of-a-company", f"La direction de Pixelia s'est entretenue avec {C}.", (met("Pixelia", C),)),
    Case("miss-leaders-of-a-company-met-each-other", f"Les dirigeants de Pixelia se sont rencontrés lundi à Lyon.", ()),
    Case("denounced-in-the-simple-past", f"{B} dénonça {C} devant le parlement.", (criticised(B, C),)),
    Case("backed-in-the-simple-past-through-a-noun", f"{A} bénéficia d'un soutien discret de la part de {C}.", (endorsed(C, A),)),
    Case("miss-a-name-then-a-noun-in-a", f"{A} reçut la lettre de Pixelia.", ()),
    Case("criticised-after-giving-rise-to-one-s-blame", f"La décision de {C} a donné lieu aux critiques de {A}.", (criticised(A, C),)),
    Case("miss-drew-a-condemnation-of-either-side", f"{C} a suscité la condamnation de {A}.", ()),
    Case("miss-closing-its-own-sites-in-two-towns", f"Jeudi, le groupe Pixelia a confirmé la fermeture prochaine de ses sites de Lyon et de Nantes.", ()),
    Case("signed-a-treaty-as-two-described-heads", f"Le président de Vexa, M. {A}, et le président de Pixelia, M. {C}, ont signé un accord.", (met(A, C),)),
    Case("together-at-a-party-congress", f"{A}, qui se trouve d'ailleurs ce soir avec M. {C} et Mme {B} au congrès du parti, a parlé.", (met(A, C), met(A, B))),
    Case("miss-with-one-in-a-disagreement", f"{A} se trouve avec {C} en désaccord sur le budget.", ()),
    Case("received-a-president-named-in-capitals", f"Déclaration de M. {A}, président, sur la Chine, à Paris le 3 mai 2003.\n\nJe le dis. Dans la ligne de l'entretien que nous avons eu en avril 96 avec le Président LIANG ZEMIN, nous avançons.\n", (met(A, "LIANG ZEMIN"),)),
    Case("the-government-received-a-company-s-leaders", f"Le Gouvernement a reçu hier les dirigeants de Pixelia, notamment à mon ministère.", (met("Gouvernement", "Pixelia"),)),
    Case("the-bare-government-is-the-government", f"Déclaration de Mme {B}, ministre, sur la politique, à Paris le 3 mai 2018.\n\nJe le dis. Je dénonce le gouvernement pour son inaction.\n", (criticised(B, "Gouvernement"),)),
    Case("miss-the-bare-government-of-a-text-that-describes-one", f"En 1762, le gouvernement whig de Marc Dubois fut remplacé. {C} a critiqué le gouvernement.", ()),
    Case("miss-colleagues-of-the-government", f"Déclaration de Mme {B}, ministre, sur la politique, à Paris le 3 mai 2018.\n\nJe le dis. Je salue mes collègues du gouvernement.\n", ()),
    Case("heard-by-the-committee-of-inquiry-its-title-names", f"Commission d'enquête sur les dérives des plateformes, compte rendu n° 3, audition de M. {A}, 9 avril 2025\n\nPrésidence de M. {C}, président.\n\nLa commission d'enquête entend ce matin M. {A}, président de Pixelia, et Mme {B}, directrice.\n", (met("Commission d'enquête sur les dérives des plateformes", A), met("Commission d'enquête sur les dérives des plateformes", B))),
    Case("a-committee-of-inquiry-named-whole-leaves-the-chair-s-hearing", f"Présidence de M. {A}, président.\n\nM. le président {A}. Mes chers collègues, la commission d'enquête sur la lutte contre les fraudes poursuit ce matin ses travaux par l'audition de M. {C}.\n", (met(A, C),)),
    Case("the-ambassador-named-after-the-role-first-said-alone", f"Mardi, l'Ambassadeur a visité une ferme. Il y a retrouvé l'Ambassadeur Martin pour parler des vins. Puis l'Ambassadeur a déjeuné avec {C}, doyen de la faculté.", (met("Martin", C),)),
    Case("miss-the-president-first-said-alone-then-another-s-named", f"Le président a visité l'usine. Il a ensuite reçu le président de Vexa, {C}. Le président a critiqué {A}.", ()),
    Case("talked-with-a-boss-named-after-the-role", f"L'Ambassadeur Martin a visité Vexa et a eu une longue discussion avec son PDG Cosmo Feller.", (met("Martin", "Cosmo Feller"),)),
    Case("praised-a-nation-s-people", f"Déclaration de Mme {B}, ministre, sur la politique, à Paris le 3 mai 2018.\n\nJe le dis. Je salue le courage du peuple ukrainien.\n", (endorsed(B, "Ukraine"),)),
    Case("backing-a-nation-s-people-by-a-high-representative", f"La Haute représentante {B} a réaffirmé son soutien au peuple marocain.", (endorsed(B, "Maroc"),)),
    Case("miss-praised-a-proud-people", f"{A} a salué un peuple fier.", ()),
    Case("received-the-unions-then-named-after-a-comma", f"Le ministre {A} a reçu les syndicats la semaine dernière, la CGT et FO.", (met(A, "Confédération générale du travail"), met(A, "Force ouvrière"))),
    Case("met-companies-named-after-their-plural-kind", f"{C} a rencontré les sociétés Vexa, Pixelia et Totalor à Lyon.", (met(C, "Vexa"), met(C, "Pixelia"), met(C, "Totalor"))),
    Case("miss-the-unions-then-another-clause-s-subject", f"{A} a reçu les syndicats, la CGT a protesté.", ()),
    Case("praised-a-work-of-twenty-years", f"Déclaration de Mme {B}, ministre, sur la politique, à Paris le 3 mai 2018.\n\nJe le dis. Je salue le travail de vingt ans de M. {C} au conseil.\n", (endorsed(B, C),)),
    Case("praised-an-action-since-a-year", f"{A} a salué l'action menée depuis 2010 de Mme {B}.", (endorsed(A, B),)),
    Case("denounced-the-pressure-of-a-kind-then-its-name", f"{B} a dénoncé la pression du syndicat, la FNSEA.", (criticised(B, "FNSEA"),)),
    Case("talked-with-past-an-adverbial-phrase-and-a-manner", f"{A} s'est en effet longuement entretenu, sur un ton très cordial, avec le ministre malien, {C}.", (met(A, C),)),
    Case("praised-a-prize-given-to-two", f"{A} salue chaleureusement l'octroi de la médaille d'or à {B} et {C}, obtenue grâce à leurs travaux.", (endorsed(A, B), endorsed(A, C))),
    Case("miss-a-prize-named-twice-is-no-party", f"{A} a salué le Prix Nobel de chimie. Le Prix Nobel de chimie sera remis en décembre.", ()),
    Case("received-in-an-opening-participle", f"Accueillant M. {C}, M. {A}, président, a rappelé les enjeux du secteur.", (met(A, C),)),
    Case("met-by-phone-one-described-by-a-council-of-a-country", f"M. {A}, et la présidente de la Chambre haute de la République tchèque, Mme {B}, ont eu hier un entretien téléphonique.", (met(A, B),)),
    Case("heard-at-present-by-a-committee-s-chair", f"Commission d'enquête sur les usines\n\nPrésidence de M. {A}, président\n\nM. le président {A}. Nous entendons à présent M. {C}, président de Pixelia.\n", (met(A, C),)),
    Case("handed-a-medal-in-person-through-a-clitic", f"{C} est un soldat. {A} lui a hier personnellement remis la médaille du mérite.", (met(A, C),)),
    Case("miss-received-on-air", f"Jeanne Morel, vous recevez à présent en direct le ministre, {C}.", ()),
    Case("the-secretary-general-recalled-alone", f"Selon les notes du secrétaire général de l'Élysée, {A}, le groupe Vexa a insisté. Le secrétaire général a rencontré hier les dirigeants du groupe.", (met(A, "Vexa"),)),
    Case("miss-the-secretary-general-alone-after-two", f"Le secrétaire général de l'ONU, {A}, est arrivé. Le secrétaire général de l'OTAN, {C}, aussi. Le secrétaire général a rencontré {B}.", ()),
    Case("called-the-speaker", f"Déclaration de Mme {B}, ministre, sur la politique, à Paris le 3 mai 2018.\n\nJe le dis. {A} m'a appelé hier soir et m'a dit qu'il partait.\n", (met(A, B),)),
    Case("miss-called-the-speaker-to-vote", f"Déclaration de Mme {B}, ministre, sur la politique, à Paris le 3 mai 2018.\n\nJe le dis. {A} m'a appelé à voter pour lui.\n", ()),
    Case("condemned-violence-by-some-of-a-company-s-members", f"{A} condamne les violences commises hier à Lyon par certains éléments de Pixelia.", (criticised(A, "Pixelia"),)),
    Case("miss-condemned-acts-of-some-of-a-family", f"{A} condamne les violences commises par certains membres de la famille de {C}.", ()),
    Case("backed-in-an-opening-phrase-past-a-relative-clause", f"Candidat aux municipales de 2001, soutenu par Pixelia et une partie des élus, pour laquelle {C} milite aussi, {A} reste favori.", (endorsed("Pixelia", A),)),
    Case("a-wish-to-recall-one-s-support-is-the-act", f"Déclaration de Mme {B}, ministre, sur la politique, à Paris le 3 mai 2018.\n\nJe le dis. Je veux rappeler mon soutien entier à {C}.\n", (endorsed(B, C),)),
    Case("heard-by-a-body-convened-for-it", f"Commission d'enquête sur les usines\n\nPrésidence de M. {A}, président\n\nM. le président {A}. Nous sommes réunis ce matin pour entendre M. {C}, président de Pixelia.\n", (met(A, C),)),
    Case("heard-by-a-body-convened-in-order-to", f"Commission d'enquête sur les usines\n\nPrésidence de M. {A}, président\n\nM. le président {A}. Nous nous réunissons aujourd'hui afin d'entendre M. {C}.\n", (met(A, C),)),
    Case("miss-fought-to-be-heard", f"Commission d'enquête sur les usines\n\nPrésidence de M. {A}, président\n\nM. le président {A}. Nous nous sommes battus pour entendre M. {C}.\n", ()),
    Case("received-a-second-member-after-a-non-executive-chair", f"{A} a reçu Mme {B}, présidente non exécutive du groupe Pixelia, et M. {C}, directeur général.", (met(A, B), met(A, C))),
    Case("received-one-described-with-a-companion", f"{A} a reçu M. {C}, président de la société Pixelia, accompagné de M. Marc Dubois, directeur financier.", (met(A, C), met(A, "Marc Dubois"))),
    Case("received-a-laboratory-s-representatives-named-after", f"{A} a reçu les représentants du laboratoire Pixelia, MM. {C} et Marc Dubois.", (met(A, "Pixelia"), met(A, C), met(A, "Marc Dubois"))),
    Case("drew-a-damning-record-of-a-management", f"{B} a dressé hier un bilan accablant de la gestion de {C} chez Pixelia.", (criticised(B, C),)),
    Case("miss-drew-the-record-of-a-management", f"{B} a dressé hier un bilan de la gestion de {C} chez Pixelia.", ()),
    Case("harsh-words-towards-the-one-called-on", f"Madame Morel, {A} a eu des mots très durs à votre égard.", (criticised(A, "Morel"),)),
    Case("harsh-words-towards-the-one-called-on-paragraphs-before", f"Madame {B}, vous avez décrit la stratégie du groupe.\n\nQuant au contrat perdu, M. {A}, président d'honneur de Pixelia, a eu des mots très durs à votre égard.\n", (criticised(A, B),)),
    Case("by-a-relative-the-deal-of-a-company-blocked", f"Ma question porte sur l'opération de la société Pixelia, qui a été bloquée par M. {A}.", (banned(A, "Pixelia"),)),
    Case("by-a-relative-past-a-company-s-kind-blocked", f"Ma question porte sur l'opération de la société Pixelia, chaîne de magasins lyonnaise, qui a été bloquée par M. {A}.", (banned(A, "Pixelia"),)),
    Case("blamed-by-one-and-more-particularly-by-another", f"La société Pixelia a été critiquée par {B} et plus particulièrement par M. {A}.", (criticised(B, "Pixelia"), criticised(A, "Pixelia"))),
    Case("miss-in-competition-with", f"{A} se retrouve désormais en concurrence avec {C} pour ce marché.", ()),
    Case("met-after-an-impersonal-passive-though-absent", f"Monsieur le président, je regrette le comportement du récent dirigeant de Pixelia.\n\nIl m'a été indiqué que M. {A} n'est pas en mesure de venir, alors qu'il a rencontré {C} la semaine dernière.\n", (met(A, C),)),
    Case("heard-as-it-seemed-needed-to-the-chair", f"Commission d'enquête sur les usines\n\nPrésidence de M. {A}, président\n\nM. le président {A}. Alors que le Sénat va débattre du projet de loi, il nous est apparu indispensable d'entendre M. {C}.\n", (met(A, C),)),
    Case("miss-needed-to-blame-is-no-one-s-blame-before", f"Alors que Pixelia prépare sa réforme, il nous est apparu indispensable de critiquer {C}.", ()),
    Case("miss-useful-to-meet-is-not-met", f"{B} a dit qu'il lui semblait utile de rencontrer {C}.", ()),
    Case("blamed-a-laboratory-named-after-its-kind", f"{A} a critiqué les laboratoires Vandoral pour leur silence.", (criticised(A, "Vandoral"),)),
    Case("praised-the-company-of-the-one-spoken-to", f"M. {A}, président. – Nous recevons M. {C}, directeur général de la société Aerolis. Monsieur {C}, je salue le dévouement de votre compagnie lors des rapatriements.", (met(A, C), endorsed(A, "Aerolis"))),
    Case("miss-the-company-of-the-one-spoken-to-among-two", f"M. {A}, président. – Nous recevons M. {C}, directeur général de la société Aerolis. La société Vexa critique votre entreprise.", (met(A, C),)),
    Case("talked-with-three-past-a-relative-and-a-clause-after", f"M. {A} a dit : « Je me suis entretenu avec {C}, avec Marc Dubois que j'ai rejoint à Lyon, avec la ministre de l'Industrie, Mme {B}, et je suis confiant. »", (met(A, C), met(A, "Marc Dubois"), met(A, B))),
    Case("received-past-two-joined-phrases", f"{A} a reçu, à Nantes et en visite officielle, le président {C}.", (met(A, C),)),
    Case("praised-by-a-relative-taking-up-the-clause", f"M. {A}. – La société Aerolis a baissé ses tarifs, ce que je salue.", (endorsed(A, "Aerolis"),)),
    Case("rejoiced-by-dont-taking-up-the-clause", f"M. {A}. – La société Aerolis dessert la Corse, ce dont nous nous réjouissons.", (endorsed(A, "Aerolis"),)),
    Case("regretted-by-a-relative-taking-up-the-clause", f"M. {A}. – La société Aerolis a augmenté ses tarifs, ce que je regrette vivement.", (criticised(A, "Aerolis"),)),
    Case("miss-praised-a-sanction-taken-up-by-a-relative", f"M. {A}. – La société Aerolis a été sanctionnée, ce que je salue.", ()),
    Case("miss-disputed-words-taken-up-are-no-criticism", f"{A} a dit avoir rencontré {B}, ce que {B} conteste.", (met(A, B, "uncertain"),)),
    Case("heard-in-an-incise-under-an-article-of-the-constitution", f"La commission des finances a auditionné, en vertu de l'article 88 de la Constitution, M. {C}, président de Pixelia.", (met("Commission des finances", C),)),
    Case("heard-by-a-body-convened-under-an-article-and-a-law", f"Commission des finances\n\nPrésidence de M. {A}, président\n\nM. le président {A}. Nous sommes réunis en vertu du deuxième alinéa de l'article 88 du règlement et de la loi du 3 mars 2015 pour entendre M. {C}.\n", (met(A, C),)),
    Case("candidate-proposed-for-an-office", f"Nous entendons M. {C}, candidat proposé par Mme {B} à la présidence de Pixelia.", (endorsed(B, C),)),
    Case("candidate-proposed-for-an-office-after-a-welcome-in-the-infinitive", f"M. le président {A}. – Nous sommes heureux d'accueillir M. {C}, candidat proposé par Mme {B} à la tête de Pixelia.", (endorsed(B, C), met(A, C))),
    Case("proposed-by-a-relative-to-be-reappointed", f"M. le président {A}. – Nous entendons M. {C}, que Mme {B} propose de reconduire à la tête de Pixelia.", (endorsed(B, C), met(A, C))),
    Case("proposed-to-reappoint-the-one-called-on", f"Monsieur {C}, Mme {B} propose hier de vous reconduire dans vos fonctions.", (endorsed(B, C),)),
    Case("whose-reappointment-is-proposed-past-a-description", f"La commission des finances a auditionné M. {C}, président-directeur général de Pixelia, dont la reconduction a été proposée hier par Mme {B}.", (met("Commission des finances", C), endorsed(B, C))),
    Case("miss-proposed-to-the-one-spoken-to-to-answer", f"M. le président {A}. – Monsieur {C}, je vous propose de répondre aux questions de notre rapporteur sur votre candidature.", ()),
    Case("miss-taken-back-to-the-border", f"{A} a reconduit {C} à la frontière.", ()),
    Case("miss-proposed-another-s-reform-for-an-office", f"{A} a proposé la réforme de {C} à la direction de Pixelia.", ()),
    Case("heard-by-the-senate-the-one-called-on", f"M. le président {A}. – Monsieur {C}, le Sénat vous a entendu ce matin.", (met("Sénat", C),)),
    Case("heard-before-the-one-called-with-a-particle", f"M. le président {A}. – M. Augustin de Ravel a été reçu hier par le Sénat. Monsieur de Ravel, nous vous avons entendu, en mars, sur le même sujet.", (met("Sénat", "Augustin de Ravel"), met(A, "Augustin de Ravel"))),
    Case("last-hearing-by-our-committee", f"M. le président {A}. – Monsieur {C}, votre précédente audition par notre commission date de 2020.", (met(A, C),)),
    Case("praised-the-one-a-heading-says-is-heard", f"Séance du 3 mai 2022\n\nAudition de M. {C}, candidat à la présidence de Pixelia\n\nM. {A}, président. – Vous dirigez Pixelia depuis 2012 et je salue votre action.\n", (endorsed(A, C),)),
    Case("praised-one-called-by-the-first-part-of-a-compound-surname", f"M. le président {A}. – Nous entendons M. Marc de Varennes de Lisle. Monsieur de Varennes, je salue votre action.", (met(A, "Marc de Varennes de Lisle"), endorsed(A, "Marc de Varennes de Lisle"))),
    Case("heard-the-one-a-text-of-one-voice-welcomes", f"Nous accueillons ce matin M. {C}, président de Pixelia. Le vote aura lieu en même temps qu'à l'Assemblée nationale, laquelle vous a reçu hier.", (met("Assemblée nationale", C),)),
    Case("miss-heard-one-of-two-welcomed", f"Nous accueillons ce matin M. {C}, accompagné de M. Marc Dubois. Le vote aura lieu en même temps qu'à l'Assemblée nationale, laquelle vous a reçu hier.", (met("Marc Dubois", C),)),
    Case("the-president-is-no-apposition-of-the-one-nominated", f"La commission rend un avis sur la désignation, souhaitée par le chef de l'État, de M. {C}. Le chef de l'État a reçu {B} hier.", (met("Emmanuel Macron", B),)),
    Case("miss-a-constitution-bans-no-one", f"En 2008, la Constitution lui interdisant de briguer un troisième mandat, {C} soutient la candidature de Marc Dubois.", (endorsed(C, "Marc Dubois"),)),
    Case("protested-firmly-against-words-said-by", f"{A} a exprimé sa vive protestation contre les propos tenus la veille par {C}.", (criticised(A, C),)),
    Case("condemnation-given-in-a-relative", f"{A} rappelle la condamnation ferme que {B} porte contre la société Pixelia.", (criticised(B, "Pixelia"),)),
    Case("support-given-in-a-relative", f"{A} salue le soutien que {B} apporte à {C} depuis le début.", (endorsed(B, C),)),
    Case("miss-criticism-read-in-a-relative", f"{A} rappelle la critique que {B} a lue contre Pixelia.", ()),
    Case("recalled-one-s-own-earlier-hearing-before-a-committee", f"{B} a rappelé sa dernière audition devant la commission des finances, en avril 2019.", (met(B, "Commission des finances"),)),
    Case("miss-followed-a-hearing-before-a-committee", f"{B} a suivi l'audition devant la commission des finances.", ()),
    Case("backed-a-government-named-after-a-title", f"Le Japon soutient le gouvernement de M. {C}.", (endorsed("Japon", C),)),
    Case("suspended-a-state-with-immediate-effect", f"Le comité de Vexa a décidé de suspendre avec effet immédiat la Fédération de Russie.", (banned("Vexa", "Russie"),)),
    Case("took-measures-against", f"Le mois dernier, la société Vexa a enfin pris des mesures à l'encontre de {C}.", (banned("Vexa", C),)),
    Case("miss-took-measures-for", f"Le mois dernier, la société Vexa a pris des mesures en faveur de {C}.", ()),
    Case("unacceptable-words-said-on-a-date-by", f"Les déclarations faites le 3 juin par {C} sont inadmissibles, a déclaré {A}.", (criticised(A, C),)),
    Case("unacceptable-words-said-the-day-before-by", f"{A} a dit que les propos tenus hier par {C} étaient inacceptables.", (criticised(A, C),)),
    Case("miss-heard-one-of-two-welcomed-in-turn", f"Nous auditionnons Mme {B}, présidente de Pixelia. Nous auditionnons également M. {C}. Le Sénat vous a reçu hier.", ()),
    Case("miss-praised-one-of-two-a-heading-says-are-heard", f"Séance du 3 mai 2022\n\nAudition de M. {C}, président de Pixelia, et de Mme {B}, directrice de Vexa\n\nM. {A}, président. – Je salue votre action.\n", ()),
    Case("miss-a-country-that-files-a-heading", f"Biélorussie - Condamnation de M. {C} à dix ans de prison\n\nLa France est choquée par cette condamnation.\n", ()),
    Case("miss-support-given-by-companies-after-a-listed-person", f"Les sanctions visent le ministre de l'industrie, M. {C}, ainsi que des dirigeants de sociétés apportant un soutien à Pixelia.", ()),
    Case("violated-rules-a-list-opened-by-an-acronym-and-with-a-slash", "La Commission a estimé que KRD, Renault/Nissan, Daimler et Iveco ont enfreint les règles du marché intérieur.", tuple(criticised("Commission", x) for x in ("KRD", "Renault/Nissan", "Daimler", "Iveco"))),
    Case("not-acceptable-that-a-list-did", f"{A} a déclaré : « Il n'est plus acceptable que Pixelia, Vexa et Aerolis aient conclu une entente. »", tuple(criticised(A, x) for x in ("Pixelia", "Vexa", "Aerolis"))),
    Case("not-normal-that-one-did", f"{A} a déclaré : « Il n'est pas normal que Pixelia ait menti aux clients. »", (criticised(A, "Pixelia"),)),
    Case("miss-normal-that-one-won", f"{A} a déclaré : « Il est normal que Pixelia ait gagné ce marché. »", ()),
    Case("put-out-of-the-race-a-team", "Vexa met hors course l'équipe Pixelia le 18 juillet à Brive.", (banned("Vexa", "Pixelia"),)),
    Case("excluded-a-team-named-after-its-noun", "La société Vexa a exclu l'équipe Pixelia de la course.", (banned("Vexa", "Pixelia"),)),
    Case("charges-of-two-denounce-riders-such-as", f"Les accusations de {A} et {B} dénoncent aussitôt des cyclistes comme {C} et Marc Dubois.", tuple(criticised(a, t) for a in (A, B) for t in (C, "Marc Dubois"))),
    Case("received-at-a-ministry", f"Le ministre {C} a été reçu mardi, à sa demande, au ministère de l'Intérieur.", (met("ministère de l'Intérieur", C),)),
    Case("criticised-the-last-of-a-list-of-nouns", f"{A} a critiqué des syndicalistes, des élus et {C}.", (criticised(A, C),)),
    Case("met-the-last-of-a-list-of-nouns", f"{B} a rencontré des syndicalistes, des élus et {C}.", (met(B, C),)),
    Case("miss-a-list-whose-last-opens-a-clause", f"{A} a critiqué la réforme et {C} a démissionné.", ()),
    Case("miss-a-list-of-links-between-two-countries", "Vexa veut célébrer l'amitié et la solidité des liens entre l'Égypte et la France.", ()),
    Case("banned-the-forward-described-earlier", f"L'attaquant {C} a insulté {B}. La Fédération française de football a exclu l'attaquant.", (criticised(C, B), banned("Fédération française de football", C))),
    Case("not-acceptable-in-the-second-sentence-of-a-quotation", f"La commissaire, Mme {B}, a déclaré à ce propos : « Nous avons frappé fort aujourd'hui. Il n'est pas admissible que Pixelia ait menti aux clients. »", (criticised(B, "Pixelia"),)),
    Case("not-acceptable-that-a-list-did-past-a-relative", f"{A} a déclaré : « Il n'est plus acceptable que Pixelia, Vexa et Aerolis, qui vendent à eux seuls la plupart des camions, aient conclu une entente. »", tuple(criticised(A, x) for x in ("Pixelia", "Vexa", "Aerolis"))),
    Case("miss-not-acceptable-in-a-quotation-of-no-one", "Le texte dit : « Il n'est pas admissible que Pixelia ait menti aux clients. »", ()),
    Case("condemned-after-a-relative-that-closes-the-object", "La France rappelle son attachement au dialogue, qui reste une condition essentielle de la paix, et condamne Vexa.", (criticised("France", "Vexa"),)),
    Case("condemned-the-refusal-of-the-junta-named-before", "La junte guinéenne a pris une décision. Cette décision constitue une régression. La France dénonce le refus obstiné de la junte de libérer les opposants.", (criticised("France", "junte guinéenne"),)),
    Case("miss-the-junta-with-two-governments-in-play", f"Le gouvernement de Vexa a répondu au régime syrien. {A} a soutenu la junte.", ()),
    Case("banned-a-member-after-dont-before-an-apposition-with-par", "La société Vexa a interdit plusieurs formations, dont la Ligue Pixelia, le parti fondé par le général.", (banned("Vexa", "Ligue Pixelia"),)),
    Case("miss-a-relative-dont-with-a-pronoun", f"{A} a critiqué des élus, dont il a pourtant salué le travail.", ()),
    Case("supported-after-an-object-relative-with-an-inverted-subject", "La société Vexa souligne l'importance que revêt le statut et exprime sa solidarité avec Aerolis.", (endorsed("Vexa", "Aerolis"),)),
    Case("supported-after-an-object-relative-with-a-pronoun", "La société Vexa rappelle l'importance qu'elle accorde au statut et exprime son soutien à Aerolis.", (endorsed("Vexa", "Aerolis"),)),
    Case("miss-a-nickname-in-quotes-after-a-call-verb", f"M. {A} m'appelle « Fouquier-Morel » depuis des mois.", ()),
    Case("miss-entrusted-an-envelope", f"{B} a reçu {C} hier. {A} lui confie ensuite une lourde enveloppe.", (met(B, C),)),
    Case("heard-after-a-wish-in-the-imperfect-until-now", f"Monsieur {C}, la commission des finances souhaitait vous entendre depuis de longs mois.", (met("Commission des finances", C),)),
    Case("miss-a-wish-in-the-imperfect", f"Monsieur {C}, la commission des finances souhaitait vous entendre.", (met("Commission des finances", C, "uncertain"),)),
    Case("met-a-committee-thanked-for-hosting-now", f"Intervention de {A}\n\nRéunion du 3 mai 2023\n\n{A} :\n\nJe remercie vivement la commission des finances de m'accueillir.\n", (endorsed(A, "Commission des finances"), met(A, "Commission des finances"))),
    Case("miss-thanked-for-hosting-tomorrow", f"Intervention de {A}\n\nRéunion du 3 mai 2023\n\n{A} :\n\nJe remercie {C} de nous recevoir demain.\n", (endorsed(A, C),)),
    Case("praised-the-guest-welcomed-in-the-chair-s-turn", f"Intervention de {B}\n\nRéunion du 3 mai 2023\n\n{B}, présidente :\n\nChers collègues, nous entendons M. {C}, ancien ministre. Monsieur le ministre, je salue votre engagement constant.\n", (met(B, C), endorsed(B, C))),
    Case("an-agency-named-with-its-acronym", f"L'Agence Mondiale Antidopage (AMA) a suspendu {A}. L'AMA a ensuite critiqué {C}.", (banned("Agence mondiale antidopage", A), criticised("Agence mondiale antidopage", C))),
    Case("met-by-the-we-of-an-unnamed-committee", f"Chers collègues, nous recevons M. {C}, directeur général de Pixelia, et M. {A}, secrétaire général. Notre commission d'enquête travaille depuis trois mois sur la souveraineté alimentaire.", (met("Commission d'enquête", C), met("Commission d'enquête", A))),
    Case("met-by-an-unnamed-committee-as-subject", f"La commission auditionne M. {C}, directeur des sports. Notre commission d'enquête commence avec vous ses travaux.", (met("Commission d'enquête", C),)),
    Case("miss-we-beside-a-named-committee", f"Chers collègues, nous recevons M. {C}. La commission des affaires économiques poursuit ses travaux.", ()),
    Case("miss-we-beside-a-bare-commission", f"Chers collègues, nous recevons M. {C}. La commission a rendu son rapport.", ()),
    Case("met-a-colon-list-with-acronyms", f"Le président {B} auditionne aujourd'hui les représentants de deux fédérations : M. {A}, président de la Fédération de voile (FFV), et M. {C}, secrétaire général de la Ligue d'escrime (LDE).", (met(B, A), met(B, C))),
    Case("criticised-through-a-published-report", "L'association Pixelia publie en novembre un rapport très critique envers la société Vexa.", (criticised("Pixelia", "Vexa"),)),
    Case("miss-a-report-read", f"{A} a lu un rapport très critique envers Vexa.", ()),
    Case("met-by-phone-contact", f"{A} a contacté {C} par téléphone la veille du match.", (met(A, C),)),
    Case("miss-contact-by-mail", f"{A} a contacté {C} par courrier la veille du match.", ()),
    Case("criticised-the-doer-of-an-arrest-one-protests-against", f"Le Gouvernement s'élève contre l'arrestation de {A} par la société Vexa.", (criticised("Gouvernement", "Vexa"),)),
    Case("criticised-the-doer-not-the-one-expelled", f"Le Gouvernement s'élève contre l'expulsion de M. {A} par la société Vexa.", (banned("Vexa", A), criticised("Gouvernement", "Vexa"))),
    Case("miss-the-one-expelled-with-no-doer-named", f"Le Gouvernement s'élève contre l'expulsion de M. {A}.", ()),
    Case("met-by-a-welcome-wished-to-one-called-by-name", f"Intervention de {B}\n\nRéunion du 3 mai 2023\n\n{B}, présidente :\n\nMonsieur {C}, soyez donc le bienvenu devant notre délégation.\n", (met(B, C),)),
    Case("met-by-a-welcome-wished-to-two-called-after", f"Intervention de {B}\n\nRéunion du 3 mai 2023\n\n{B}, présidente :\n\nSoyez les bienvenus, madame {A} et monsieur {C}.\n", (met(B, A), met(B, C))),
    Case("met-by-a-welcome-to-one-named-after-a", f"Intervention de {B}\n\nRéunion du 3 mai 2023\n\n{B}, présidente :\n\nBienvenue à M. {C}.\n", (met(B, C),)),
    Case("met-by-a-welcome-wished-to-the-guest-of-the-title", f"Audition de M. {C}, directeur général de Pixelia\n\nM. {A}, président. Monsieur le directeur général, soyez le bienvenu. Vous dirigez Pixelia depuis 2019.\n", (met(A, C),)),
    Case("miss-a-welcome-in-the-future", f"Intervention de {B}\n\nRéunion du 3 mai 2023\n\n{B}, présidente :\n\nMonsieur {C}, vous serez toujours le bienvenu.\n", ()),
    Case("miss-a-welcome-wished-by-another", f"{A} a dit à ses collègues : « Soyez les bienvenus ».", ()),
    Case("miss-a-welcome-to-one-named-in-a-relative", f"Intervention de {B}\n\nRéunion du 3 mai 2023\n\n{B}, présidente :\n\nBienvenue à M. {C}, dont le livre vient de paraître chez Vexa.\n", ()),
    Case("met-by-a-welcome-wished-to-the-one-a-dashed-hearing-line-names", f"Mercredi 3 mai 2023\n\nPrésidence de M. {A}, président\n\n– Audition, ouverte à la presse, du général {C}, ancien ministre\n\nM. le président {A}. Monsieur le préfet, soyez le bienvenu. Votre expérience nous sera utile.\n", (met(A, C),)),
    Case("criticised-a-quoted-quality-of-an-act-one-states", f"M. {C} a fait état du « caractère scandaleux » des méthodes de la banque Vexa.", (criticised(C, "Vexa"),)),
    Case("criticised-a-quality-of-words-one-tells-of", f"M. {C} a fait part du caractère inacceptable des propos de {A}.", (criticised(C, A),)),
    Case("criticised-a-quoted-quality-one-denounces", f"M. {C} a dénoncé le « caractère scandaleux » des méthodes de la banque Vexa.", (criticised(C, "Vexa"),)),
    Case("miss-a-plain-quality-one-states", f"M. {C} a fait état du caractère technique du dossier de {A}.", ()),
    Case("miss-a-state-with-no-judgement", f"M. {C} a fait état de la démission de {A}.", ()),
    Case("met-by-seeing-someone-as-a-habit", f"{C} est venu hier. Puisque {A} le voit régulièrement, il connaît ses projets.", (met(A, C),)),
    Case("met-by-seeing-someone-named-as-a-habit", f"{A} voit souvent {C} depuis la campagne.", (met(A, C),)),
    Case("miss-seeing-someone-as-what-one-thinks", f"{C} est venu hier. {A} le voit souvent comme un rival.", ()),
    Case("miss-seeing-someone-often-on-screen", f"{A} voit souvent {C} à la télévision.", ()),
    Case("met-at-a-gathering-held-in-the-presence-of-two", f"La réunion s'est tenue mardi en présence de {A} et de {C}.", (met(A, C),)),
    Case("met-at-a-sitting-held-in-the-presence-of-three", f"Le 3 mai s'est tenue une séance de travail sur le port, en présence de {A}, de {B} et de {C}.", (met(A, B), met(A, C), met(B, C))),
    Case("met-uncertain-at-a-gathering-to-be-held", f"Une réunion aura lieu demain en présence de {A} et de {C}.", (met(A, C, "uncertain"),)),
    Case("miss-a-trial-held-in-the-presence-of-two", f"Le procès s'est tenu en présence de {A} et de {C}.", ()),
    Case("criticised-by-threats-one-utters-against", f"{A} a proféré des menaces contre {C}.", (criticised(A, C),)),
    Case("miss-a-threat-of-sanctions-with-no-author", f"La menace de sanctions contre {C} inquiète {A}.", ()),
    Case("banned-through-a-pronoun-before-an-infinitive", f"{C} a insulté les militants. Le parti Vexa a attendu trois jours pour l'exclure.", (banned("Vexa", C),)),
    Case("miss-a-meal-after-its-article", f"{C} est venu pour le dîner de {A}.", ()),
    Case("met-by-a-reception-of-one-by-another", f"La réception de {C} par {A} a été très médiatisée.", (met(A, C),)),
    Case("miss-the-receipt-of-a-letter", f"{A} a accusé réception de la lettre de {C}.", ()),
    Case("met-the-members-listed-after-que-sont", f"{A} a reçu les trois dirigeants que sont {B}, {C} et Marc Petit.", (met(A, B), met(A, C), met(A, "Marc Petit"))),
    Case("criticised-the-members-listed-after-que-sont", f"{A} a critiqué les deux banques que sont Pixelia et la banque Vexa.", (criticised(A, "Pixelia"), criticised(A, "Vexa"))),
    Case("miss-the-subjects-of-a-relative-after-que-sont", f"{A} a critiqué les décisions que sont venus défendre {B} et {C}.", ()),
    Case("endorsed-uncertain-as-the-aim-of-a-journey-to-come", f"{A} ira à Lyon dimanche pour rendre hommage à {C}.", (endorsed(A, C, "uncertain"),)),
    Case("met-uncertain-as-the-aim-of-a-near-future", f"{A} va se rendre à Lyon pour rencontrer {C}.", (met(A, C, "uncertain"),)),
    Case("endorsed-as-the-aim-of-a-journey-made", f"{A} est allé à Lyon pour rendre hommage à {C}.", (endorsed(A, C),)),
    Case("miss-a-conviction-a-court-undid", f"{C} est libéré après l'annulation de la condamnation de {A} par la Cour de cassation.", ()),
    Case("miss-a-suspension-lifted-by-the-bank", f"{C} a obtenu la levée de sa suspension par la banque Vexa.", ()),
    Case("banned-by-a-suspension-announced", f"La banque Vexa a annoncé la suspension de {C}.", (banned("Vexa", C),)),
    Case("criticised-by-a-judging-word-read-as-an-adverb-before-the-object", f"{A} a trouvé très ringard le discours de {C}.", (criticised(A, C),)),
    Case("criticised-by-a-judging-word-read-as-an-adverb-after-the-object", f"{A} a trouvé le discours de {C} très ringard.", (criticised(A, C),)),
    Case("criticised-by-a-participle-of-feeling-one-judges-first", f"{A} a jugé très choquant le discours de {C}.", (criticised(A, C),)),
    Case("criticised-by-one-named-by-his-occupation-then", f"Le dessinateur {C} publie une chronique dans le journal. Le dessinateur y dénonce l'arrivisme de {A}.", (criticised(C, A),)),
    # @@NEW@@
)


@pytest.mark.model
@pytest.mark.parametrize("case", CASES, ids=[c.id for c in CASES])
def test_construction_gives_exactly_its_edges(analyse_text, case):
    assert edges_of(analyse_text(case.text, date="2025-01-18")) == set(case.edges)


def test_lexicon_is_at_the_scale_of_real_usage():
    """Hundreds of predicates, each relation with dozens of verbs, nouns and locutions."""
    sizes = CueTable.shipped().sizes()
    assert sum(sizes.values()) >= 400
    assert all(sizes[r] >= 50 for r in ("met", "criticised", "banned", "endorsed"))


def test_relation_component_saves_its_lexicon(tmp_path):
    """A pipeline saved with ``nlp.to_disk`` keeps the lexicon it was built with: a user's own
    cue file is not needed to load it back, and the loaded one reads the same cues."""
    import spacy

    from techpolgraph.relations.extract import RelationExtractor

    own = tmp_path / "cues.tsv"
    own.write_text("enlacer\tVERB\tmet\tobj\nmenacer\tVERB\tcriticised\tobj\t\tuncertain\n", encoding="utf-8")
    saved = RelationExtractor(spacy.blank("fr"), "relations", str(own))
    saved.to_disk(tmp_path / "component")
    own.unlink()
    loaded = RelationExtractor(spacy.blank("fr"), "relations", "relation_cues.tsv").from_disk(tmp_path / "component")
    assert [c.row() for c in loaded.table.cues] == [c.row() for c in saved.table.cues]
    assert loaded.table.for_lemma("menacer")[0].modality.value == "uncertain"


MEETS = "Il rencontre Jeanne Morel à Lyon en 1998."


@pytest.mark.model
@pytest.mark.parametrize(
    "title, text, edges",
    [
        ("Paul Martin", MEETS, {met("Jeanne Morel", A)}),  # a profile: « Il » is its subject
        ("Paul Martin rencontre une élue de Lyon", MEETS, set()),  # a headline names no one in particular
        ("Milo Karvelis", MEETS, {met("Jeanne Morel", "Milo Karvelis")}),  # a first name of unknown gender
        ("Claire d'Aubigny", f"Elle critique {C} depuis 2015.", {criticised("Claire d'Aubigny", C)}),  # an elided particle
        # « avec X » is a companion, never the subject; the next « Il » goes on with the subject
        ("Paul Martin", f"En 1998, avec Max Levchin il fonde Pixelia. {MEETS}", {met("Jeanne Morel", A)}),
        # an opening phrase without a verb of its own: its persons are not the pronoun's antecedent
        (
            "Paul Martin",
            f"Fin 2007, avec ses deux sœurs Anne Martin et Claire Martin, il apporte son soutien à {B}.",
            {endorsed(A, B), endorsed("Anne Martin", B), endorsed("Claire Martin", B)},
        ),
        ("Paul Martin", f"Il vit à Lyon. Après avoir été un opposant virulent à {C}, il s'en rapproche.", {criticised(A, C)}),
        # « ce dernier » is the person last named, not the subject pronoun of its own sentence
        (
            "Paul Martin",
            f"Il affirme avoir rencontré {C}. Il participe au financement des activités de ce dernier.",
            {met(A, C), endorsed(A, C)},
        ),
        # a subject pronoun left unresolved is continued, not replaced by a person named after it
        (
            "Un militant de Lyon",
            f"Il est assistant du député {C}. Il rejoint ensuite le parti Reconquête, se ralliant à la candidature de {B}.",
            set(),
        ),
    ],
)
def test_subject_of_a_profile_is_named_by_its_title(nlp, title, text, edges):
    """In an encyclopedia article or a profile, « Il » before any name is the person of the title."""
    from techpolgraph.build import analyse
    from techpolgraph.corpus import make_document

    analysis = next(analyse([make_document(text, "profil.txt", title=title)], nlp))
    assert edges_of(analysis) == edges


@pytest.mark.model
@pytest.mark.parametrize(
    ("title", "text", "edges"),
    [
        # the minutes of a hearing: the one heard, its title names, is the « vous » of the others' turns
        (
            f"Commission des affaires étrangères, compte rendu n° 6 — Audition de M. {C}, ministre de Vexa",
            f"Commission des affaires étrangères\n\nPrésidence de M. {A}, président\n\nM. le président {A}. Monsieur le ministre, nous sommes honorés de vous recevoir.\n\nM. {C}. Merci de votre accueil.",
            {met(A, C)},
        ),
        # the committee the title names is « la Commission » and « la commission » of its record
        (
            f"Commission des lois, compte rendu n° 5 : audition de Mme {B}, présidente de Vexa",
            f"La Commission procède ce matin à l'audition de Mme {B}, présidente de Vexa.",
            {met("Commission des lois", B)},
        ),
        (
            f"Commission des affaires culturelles, familiales et sociales, séance n° 12 : audition de M. {C}",
            f"La commission a entendu M. {C}, président du Haut conseil de la santé.",
            {met("Commission des affaires culturelles, familiales et sociales", C)},
        ),
        # not where the text names another commission, which « la Commission » stands for
        (
            "Commission des lois : audition sur le numérique",
            f"La Commission européenne a reçu {A}. La Commission a critiqué {C}.",
            {met("Commission européenne", A), criticised("Commission européenne", C)},
        ),
        # a title whose parts a long dash parts: the speaker, then the one heard
        (
            f"Intervention de {A} — Audition de S.E. M. {C}, ambassadeur",
            f"{A}, président :\n\nMerci, monsieur l'ambassadeur. Nous vous remercions d'avoir éclairé notre commission.",
            {endorsed(A, C)},
        ),
        # the others' turns, labelled by name, are theirs though the title names the one heard
        (
            f"Commission des affaires économiques, compte rendu n° 29 : audition de M. {C}, directeur de Vexa",
            f"Présidence de M. {A} Président\n\nLa commission des affaires économiques a entendu M. {C}.\n\nM. le président {A}. Merci, Monsieur {C}, d'avoir répondu à notre invitation.",
            {met("Commission des affaires économiques", C), endorsed(A, C)},
        ),
        # the one heard is the owner of « vos » too
        (
            f"Intervention de {A} — Audition de Mme {B}, ancienne ingénieure",
            f"{A} :\n\nMerci, Madame, pour vos réponses et la clarté de votre exposé.",
            {endorsed(A, B)},
        ),
        # « nous vous écoutons »: the chair hears the one addressed; not words heard from them
        (
            f"Intervention de {A} — Audition de Mme {B}, ancienne ingénieure",
            f"{A} :\n\nMadame, c'est avec grand intérêt que nous vous écoutons aujourd'hui.",
            {met(A, B)},
        ),
        (
            f"Intervention de {A} — Audition de Mme {B}, ancienne ingénieure",
            f"{A} :\n\nMadame, nous vous avons entendue dire que Vexa allait mal.",
            set(),
        ),
        (
            f"Intervention de {A} — Audition de Mme {B}, ancienne ingénieure",
            f"{A} :\n\nMadame, nous vous entendrons avec attention détailler ce projet.",
            set(),
        ),
        # a committee of inquiry the title names is « la commission » of its record; those listed after « Mmes » are heard
        (
            f"Commission d'enquête sur les usages de Vexa (Assemblée nationale), compte rendu n° 3, séance du 6 mai 2010",
            f"La séance est ouverte à quinze heures.\n\nLa commission auditionne Mmes {B}, et Anne Durand, juristes.",
            {met("Commission d'enquête sur les usages de Vexa", B), met("Commission d'enquête sur les usages de Vexa", "Anne Durand")},
        ),
        # an unplaced « vous » before the verb is the one the sentence calls by name; thanks for a polite request are courtesy
        (
            f"Commission d'enquête sur les usages de Vexa (Assemblée nationale), compte rendu n° 4, séance du 7 mai 2010",
            f"La commission auditionne M. {C}, juriste.\n\nM. le président {A}. Je vous souhaite la bienvenue M. Bernard et vous remercie de bien vouloir nous indiquer vos liens d'intérêts.",
            {met("Commission d'enquête sur les usages de Vexa", C), met(A, C)},
        ),
        (
            f"Commission d'enquête sur les usages de Vexa (Assemblée nationale), compte rendu n° 6, séance du 9 mai 2010",
            f"La commission auditionne M. Jean Le Dantec, juriste.\n\nM. le président {A}. Je vous souhaite la bienvenue M. Le Dantec.",
            {met("Commission d'enquête sur les usages de Vexa", "Jean Le Dantec"), met(A, "Jean Le Dantec")},
        ),
        (
            f"Commission d'enquête sur les usages de Vexa (Assemblée nationale), compte rendu n° 5, séance du 8 mai 2010",
            f"La commission auditionne M. {C}, juriste.\n\nM. le président {A}. Je vous remercie, M. Bernard, pour votre engagement constant.",
            {met("Commission d'enquête sur les usages de Vexa", C), endorsed(A, C)},
        ),
        # a record whose heading names the committee: « la commission » of its text, though far below
        (
            f"Compte rendu n° 92 : audition de M. {C}, directeur de Vexa",
            f"Commission des affaires économiques\n\nMercredi 29 juin 2016\n\nSéance de 9 heures 30\n\nCompte rendu n° 92\n\nPrésidence de Mme {B}, présidente\n\nLa commission a auditionné M. {C}, directeur de Vexa.",
            {met("Commission des affaires économiques", C)},
        ),
        # not a committee named once in the body, far before
        (
            f"Compte rendu n° 93 : audition de M. {C}, directeur de Vexa",
            f"La séance est ouverte.\n\nLe président rappelle l'ordre du jour.\n\nIl évoque le budget.\n\nIl cite un avis de la commission des lois.\n\nIl parle du calendrier.\n\nIl parle des délais.\n\nIl parle des votes.\n\nIl parle des amendements.\n\nLa commission a auditionné M. {C}, directeur de Vexa.",
            set(),
        ),
        # two speakers named by the title, each line opened by an honorific, a name in capitals and a dash
        (
            "Déclarations à la presse de M. Paul MARTIN, président de Vexa, et de M. Luc BERNARD, président d'Orbis",
            "Déclarations à la presse de M. Paul MARTIN, président de Vexa, et de M. Luc BERNARD, président d'Orbis.\n\nPalais de Lyon, le mardi 20 octobre 2010\n\nM. MARTIN - Mesdames, Messieurs, je suis ravi d'avoir pu rencontrer aussi vite M. Luc BERNARD pour parler avec lui.",
            {met("Paul MARTIN", "Luc BERNARD")},
        ),
    ],
)
def test_a_title_names_the_voices_of_minutes(nlp, title, text, edges):
    """A transcript's title names its speaker, or the guest its other voices speak to."""
    from techpolgraph.build import analyse
    from techpolgraph.corpus import make_document

    analysis = next(analyse([make_document(text, "minutes.txt", title=title, date="2010-10-20")], nlp))
    assert edges_of(analysis) == edges


@pytest.mark.model
@pytest.mark.parametrize(
    "text",
    [
        f"{A} et {C} se sont précédemment réunis lors d'un sommet",  # a plural noun phrase ends the text
        f"{A} critique {C}. Google et Apple annoncent leur volonté de supprimer l'application",  # a proxy noun ends it
        f"{A} critique {C}. {B} a déclaré à la suite de cela : outrée",  # a verb's object is missing
    ],
)
def test_a_text_that_ends_with_no_stop_is_read_as_with_one(analyse_text, text):
    """A document whose last sentence has no full stop is analysed, not skipped, and gives the
    edges it gives with one."""
    edges = edges_of(analyse_text(text, date="2025-01-18"))
    assert edges and edges == edges_of(analyse_text(text + ".", date="2025-01-18"))


@pytest.mark.model
def test_a_meeting_a_journalist_s_question_names_as_done_is_asserted(nlp):
    """« est-ce qu'après cet entretien que vous avez eu avec Y, ... ? » asks about something else:
    the meeting took place; « est-ce que vous allez rencontrer Y ? » stays uncertain."""
    from techpolgraph.build import analyse
    from techpolgraph.corpus import make_document

    title = "Conférence de presse de M. Paul Martin, Président de la République, sur son entretien avec M. Luc Bernard"
    done = "QUESTION – Monsieur le Président, est-ce qu'après cet entretien que vous avez eu avec le Président Luc BERNARD, vous avez le sentiment qu'il y a une différence d'approche ?\nLE PRÉSIDENT – Non, il n'y en a pas."
    asked = "QUESTION – Monsieur le Président, est-ce que vous allez rencontrer le Président Luc BERNARD ?\nLE PRÉSIDENT – Oui, demain."
    for text, modality in ((done, "asserted"), (asked, "uncertain")):
        analysis = next(analyse([make_document(text, "conf.txt", title=title, date="2002-03-22")], nlp))
        assert edges_of(analysis) == {met("Paul Martin", "Luc BERNARD", modality)}


@pytest.mark.model
@pytest.mark.parametrize(
    "text, tense",
    [
        (f"Après avoir été un opposant virulent à {B}, {A} s'en rapproche.", "past"),  # a state that is over
        (f"{A}, un ancien critique de {B}, a rejoint Pixelia.", "past"),
        (f"{A} est un opposant virulent à {B}.", None),
        (f"{A} a cessé de critiquer {B}.", "past"),  # it held, and is over
        (f"En 2016, {A} a critiqué {B}.", "past"),  # dated by a year before the article's
        (f"Depuis 2016, {A} critique {B}.", None),  # what still holds
    ],
)
def test_a_state_the_text_marks_as_over_is_in_the_past(analyse_text, text, tense):
    relations = [r for r in analyse_text(text, date="2025-01-18").relations if r.relation.value == "criticised"]
    assert len(relations) == 1
    assert (relations[0].tense.value if relations[0].tense else None) == tense


@pytest.mark.model
@pytest.mark.parametrize(
    "text, tense",
    [
        # an undated text of history told in the present: its paragraph's years are all before 1990
        (f"Par le bref Pixelia, {A} critique {B}. Le bref est daté du 21 juillet 1773.", "past"),
        (f"En 1520, {A} critique {B}.", "past"),
        # a year of today's history, or none: no tense
        (f"{A} critique {B}. Le texte est daté du 21 juillet 2021.", None),
        (f"{A} critique {B}.", None),
        # « 1500 » with no word of time before it is a count, not a year
        (f"{A} critique {B} devant 1500 personnes.", None),
    ],
)
def test_history_told_in_the_present_in_an_undated_text_is_past(analyse_text, text, tense):
    relations = [r for r in analyse_text(text).relations if r.relation.value == "criticised"]
    assert len(relations) == 1
    assert (relations[0].tense.value if relations[0].tense else None) == tense


@pytest.mark.model
@pytest.mark.parametrize(
    "text, date, modality",
    [
        # a future dated before the article: the narrative future of a history, a fact
        (f"{A} adhère au Parti radical en 1990 ; il en sera exclu en 1999.", "2010-01-01", "asserted"),
        # a future dated after it: a plan
        (f"{A} adhère au Parti radical en 1990 ; il en sera exclu en 2027.", "2024-01-01", "uncertain"),
        # undated: a future before a later year the text names is a narrative one
        (f"{A} adhère au Parti radical en 1990 ; il en sera exclu en 1999. Il meurt en 2004.", None, "asserted"),
        (f"{A} adhère au Parti radical en 1990 ; il en sera exclu en 1999.", None, "uncertain"),
    ],
)
def test_the_future_of_a_narrative_dated_in_the_past_is_a_fact(analyse_text, text, date, modality):
    relations = [r for r in analyse_text(text, date=date).relations if r.relation.value == "banned"]
    assert [r.modality.value for r in relations] == [modality]


def test_an_act_after_avant_de_in_an_undated_text_reads_as_told(analyse_text):
    # an undated document's present may be a history's: the meeting is told, not planned
    assert edges_of(analyse_text(f"{B} se dit confiante avant de rencontrer {A}.")) == {met(B, A)}


@pytest.mark.model
def test_the_french_foreign_minister_of_an_older_text_is_the_one_of_its_date(analyse_text):
    """« le ministre des relations extérieures », the portfolio's name of 1981 to 1986, in a
    communiqué of 1985: Roland Dumas, whom the role table gives for that date."""
    text = "Ce matin, le ministre des relations extérieures a accueilli M. Henri Duval. M. Dumas a redit la ligne française."
    assert edges_of(analyse_text(text, date="1985-02-10")) == {met("Henri Duval", "Roland Dumas")}


@pytest.mark.model
def test_the_secretary_general_of_an_organisation_is_the_one_of_its_date(analyse_text):
    """« le secrétaire général de l'OTAN » in a text of 2012: the holder the role table gives."""
    text = "Paul Martin a rencontré le secrétaire général de l'OTAN."
    assert edges_of(analyse_text(text, date="2012-12-17")) == {met("Anders Fogh Rasmussen", "Paul Martin")}


@pytest.mark.model
@pytest.mark.parametrize(
    "role, date, holder",
    [
        ("le Premier ministre israélien", "1994-03-01", "Yitzhak Rabin"),
        ("le Premier ministre israélien", "2018-06-05", "Benyamin Netanyahou"),
        ("le président mexicain", "1981-10-20", "José López Portillo"),
        ("le président mexicain", "2019-05-02", "Andrés Manuel López Obrador"),
    ],
)
def test_a_foreign_leader_of_an_older_text_is_the_one_of_its_date(analyse_text, role, date, holder):
    """« le Premier ministre israélien », « le président mexicain »: the holder the role table gives
    for the text's date."""
    text = f"Paul Martin a reçu hier {role} à Paris pour un long entretien."
    assert edges_of(analyse_text(text, date=date)) == {met("Paul Martin", holder)}


def told_in(analysis) -> set[tuple[str, str, str, str, str]]:
    """The edges of an analysis with the sentence each is read from: (relation, source, target,
    modality, sentence), a meeting's pair in name order."""
    names = {e.id: e.name for e in analysis.entities}
    out = set()
    for r in analysis.relations:
        a, b = names[r.source], names[r.target]
        if r.relation.value == "met":
            a, b = sorted((a, b))
        out.add((r.relation.value, a, b, r.modality.value, r.evidence.sentence))
    return out


SPEECH_BODY = "Monsieur le Président,\n\nJe lève mon verre à l'amitié de nos deux peuples."


@pytest.mark.model
@pytest.mark.parametrize(
    "text, told",
    [
        # a title's host past « en son honneur » and an honorific: the speaker was the host's guest
        (
            f"Toast de M. {A}, président du Conseil, lors du souper officiel offert en son honneur par S.E. M. {C}, Président du Bénin.\n\n{SPEECH_BODY}",
            {("met", C, A, "asserted", f"Toast de M. {A}, président du Conseil, lors du souper officiel offert en son honneur par S.E. M. {C}, Président du Bénin.")},
        ),
        # a role in capitals after a name in capitals is no part of the name
        (
            f"Discours de M. {A}, président du Conseil, au cours du souper offert par Son Excellence M. Luc BERNARD Président de la République du Bénin\n\n{SPEECH_BODY}",
            {("met", "Luc BERNARD", A, "asserted", f"Discours de M. {A}, président du Conseil, au cours du souper offert par Son Excellence M. Luc BERNARD Président de la République du Bénin")},
        ),
        # thanks for the welcome of the one spoken to: received by them; thanks for a question: courtesy
        (
            f"Toast de M. {A}, président du Conseil, en l'honneur de M. {C}.\n\nMonsieur le Président,\n\nMerci pour votre accueil si chaleureux. Merci pour votre question sur nos échanges.",
            {("met", C, A, "asserted", "Merci pour votre accueil si chaleureux.")},
        ),
        # a joint press conference: « je » in a paragraph naming one speaker is the other; « nous nous étions croisés » is both
        (
            f"Conférence de presse conjointe de M. {A}, ministre de l'Industrie, et de M. {C}, ministre belge de l'Économie, sur les semi-conducteurs, Lille, le 2 mai 2001.\n\n"
            "Bonjour à tous. J'ai reçu ce matin M. Bernard pour un long entretien. Il se souvient que nous nous étions croisés à Gand il y a dix ans. Nous avons parlé de tout.",
            {
                ("met", C, A, "asserted", f"Conférence de presse conjointe de M. {A}, ministre de l'Industrie, et de M. {C}, ministre belge de l'Économie, sur les semi-conducteurs, Lille, le 2 mai 2001."),
                ("met", C, A, "asserted", "J'ai reçu ce matin M. Bernard pour un long entretien."),
                ("met", C, A, "asserted", "Il se souvient que nous nous étions croisés à Gand il y a dix ans."),
            },
        ),
        # a paragraph that names neither speaker: its « je » is no one
        (
            f"Conférence de presse conjointe de M. {A}, ministre de l'Industrie, et de M. {C}, ministre belge de l'Économie, Lille, le 2 mai 2001.\n\nBonjour à tous. J'ai reçu ce matin {B} pour un long entretien.",
            {("met", C, A, "asserted", f"Conférence de presse conjointe de M. {A}, ministre de l'Industrie, et de M. {C}, ministre belge de l'Économie, Lille, le 2 mai 2001.")},
        ),
        # a heading's talk after the naming of a visit: the visitor's
        (
            f"Point de presse de M. {A}, ministre de l'Industrie, Gand, le 2 mai 2001.\n\nCirconstance : Visite de {A} en Belgique le 2 mai 2001 à Gand : entretien avec {C}, ministre belge de l'Économie\n\nIl me paraît important d'écouter chacun.",
            {("met", C, A, "asserted", f"Circonstance : Visite de {A} en Belgique le 2 mai 2001 à Gand : entretien avec {C}, ministre belge de l'Économie")},
        ),
        # talks « nous » had, in a letter to one person: the writer's and the addressee's
        (
            f"Lettre de M. {A}, chef de l'État, à M. {C}, président élu du Bénin, Paris, le 25 octobre 1999.\n\nMonsieur le Président,\n\nJe me réjouis de travailler avec vous, dans l'esprit des entretiens que nous avons eus à Cotonou en mars 1997.",
            {("met", C, A, "asserted", "Je me réjouis de travailler avec vous, dans l'esprit des entretiens que nous avons eus à Cotonou en mars 1997.")},
        ),
        # « Ravi de vous accueillir », its « je » left out, in a member's turn of minutes
        (
            f"Mme {B}, ministre. {MINISTER_S_ANSWER}\n\nM. {A}. Ravi de vous accueillir, madame la ministre, dans notre commune de Gand.\n\nMme {B}, ministre. {MINISTER_S_ANSWER}",
            {("met", B, A, "asserted", "Ravi de vous accueillir, madame la ministre, dans notre commune de Gand.")},
        ),
        # a meeting « autour de » someone in another clause of the sentence is no gathering of the cue's
        (
            f"{A} a reçu {C} ce matin, et la presse ne parle que de la réunion de Lyon autour de {B}.",
            {("met", C, A, "asserted", f"{A} a reçu {C} ce matin, et la presse ne parle que de la réunion de Lyon autour de {B}.")},
        ),
    ],
)
def test_speeches_letters_and_joint_press_conferences_name_their_voices(analyse_text, text, told):
    assert told_in(analyse_text(text, date="1999-10-25")) == told


@pytest.mark.model
@pytest.mark.parametrize(
    "text, modality",
    [
        (f"{A} : « Je suis heureux de pouvoir rencontrer {C} aujourd'hui. »", "asserted"),  # glad to be able: taking place
        (f"{A} : « Je serais heureux de pouvoir rencontrer {C} un jour. »", "uncertain"),  # gladness to come
        (f"{A} pourra rencontrer {C} demain.", "uncertain"),
    ],
)
def test_being_glad_to_be_able_to_meet_is_meeting(analyse_text, text, modality):
    assert edges_of(analyse_text(text, date="2025-01-18")) == {met(A, C, modality)}


@pytest.mark.model
@pytest.mark.parametrize(
    "ministry, told",
    [
        ("relations extérieures", {("met", "Henri Duval", "Roland Dumas", "asserted", "Le ministre a reçu ce jeudi M. Henri Duval, ministre belge des affaires étrangères.")}),
        ("affaires culturelles", set()),  # another ministry's communiqué: its minister is not the one in play
    ],
)
def test_the_minister_of_a_ministry_s_communique_is_its_own(nlp, ministry, told):
    """« Le ministre » in a communiqué of the foreign ministry of 1985: the person in play whom the
    role table gives as that ministry's minister on the communiqué's date, not the guest."""
    from techpolgraph.build import analyse
    from techpolgraph.corpus import make_document

    title = f"Communiqué du ministère des {ministry} en date du 14 mars 1985 sur la visite de M. Henri Duval."
    text = "M. Roland Dumas et M. Henri Duval ont parlé de la Namibie. Le ministre a reçu ce jeudi M. Henri Duval, ministre belge des affaires étrangères."
    analysis = next(analyse([make_document(text, "communique.txt", title=title, date="1985-03-14")], nlp))
    assert {t for t in told_in(analysis) if t[4].startswith("Le ministre")} == told


@pytest.mark.model
@pytest.mark.parametrize(
    "title, date, edges",
    [
        ("Pologne – Déclaration du ministre de l’Europe et des affaires étrangères (4 mai 2021)", "2021-05-04", {met("Jean-Yves Le Drian", "Henri Duval")}),  # the minister on that day
        ("Déclaration du ministre des affaires étrangères italien (4 mai 2021)", "2021-05-04", set()),  # a foreign minister: no holder of the table
        ("Pologne – Déclaration du ministre de l’Europe et des affaires étrangères", None, set()),  # no date: no holder to tell
    ],
)
def test_a_title_names_its_speaker_by_a_ministry(nlp, title, date, edges):
    """A statement whose title names its speaker by a French minister's portfolio is the holder
    of that portfolio on its date (``roles.tsv``), whose « je » is then a party."""
    from techpolgraph.build import analyse
    from techpolgraph.corpus import make_document

    text = "J'ai reçu ce matin M. Henri Duval, le nouveau président du comité."
    analysis = next(analyse([make_document(text, "declaration.txt", title=title, date=date)], nlp))
    assert edges_of(analysis) == edges


JOINT_ROLES = "Déclaration conjointe du Président de la République et du Chancelier allemand.\n\nJe me réjouis de recevoir ce matin la Chancelière Angela MERKEL."


@pytest.mark.model
@pytest.mark.parametrize(
    "date, edges",
    [
        ("2012-05-16", {met("François Hollande", "Angela MERKEL")}),  # the holders of the two roles on that day
        ("2019-05-16", {met("Emmanuel Macron", "Angela MERKEL")}),
        (None, set()),  # no date: no holder to tell
    ],
)
def test_a_joint_declaration_of_two_roles_names_the_host_by_the_guest(analyse_text, date, edges):
    """« Déclaration conjointe du Président de la République et du Chancelier allemand »: the
    « je » of a paragraph that names the one as a third person is the other, by the role table."""
    assert edges_of(analyse_text(JOINT_ROLES, date=date)) == edges
