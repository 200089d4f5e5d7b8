"""Lines that are page furniture and never an article's headline.

A page prints short lines above its article that are shaped like a headline and name no
story: a section ("Politique", "International", "Faits divers"), a site's navigation
("Accueil", "Rechercher", "Dernières Infos", "Les plus lus"), a breadcrumb ("Accueil >
Monde"), a widget ("Publicité", "Abonnez-vous", "Partager sur Facebook"), a date line
("Mercredi 2 décembre 2026"). When the page offers nothing better, the headline search
took such a line for the headline (a text capture's and an HTML page's alike): the article
was reported under the title "Dernières Infos". A false headline is worse than none, so a
line is refused when:

* its shape says furniture (:func:`furniture_reason`): a navigation or section label of
  :data:`NAVIGATION_LABELS` (a breadcrumb's last crumb too), a breadcrumb, a date line, a
  byline, or a widget's notice (:func:`textshape.block_shape`'s ``notice``: furniture terms
  such as "abonnez", "partager", "publicité") holding :data:`NOTICE_HITS` furniture terms,
  or one, opening a line of at most :data:`NOTICE_WORDS` words ("Abonnez-vous à partir de
  1 €", a call to act) or in a line of three words or fewer: "shares" in "Home Depot sales
  miss, shares plunge" is the story's word;
* or it is a cookie consent banner's sentence, the site speaking of its use of cookies
  (:func:`~veille.extract.consent_text.consent_sentence`: "Nous utilisons des cookies pour
  améliorer votre expérience.", "We use cookies to…", "Wir verwenden Cookies…");
* or it is a short label of at most :data:`LABEL_WORDS` words that the article's text
  does not speak of (:func:`unfounded_label`): no word of it (its stem) is in the text. A
  headline names the story it heads; a label that shares nothing with the text names
  something else (the site, a section, a widget).

The caller says in its evidence that the line was refused, and which one: "none found"
with a reason, rather than a furniture line promoted to the headline.
"""

from __future__ import annotations

import re
from collections.abc import Callable, Iterable

from veille.extract import textshape as ts
from veille.extract.consent_text import consent_sentence

#: Words of a label, at most, that must share a word with the article's text.
LABEL_WORDS = 4
#: Words of a widget's notice ("Abonnez-vous à partir de 1 €"), at most, refused whatever
#: the text says; a longer line with one furniture term may be a headline about it
#: ("France Télévisions : et si la fin de la publicité n'est pas votée ?").
NOTICE_WORDS = 6
#: Furniture terms that refuse a line of any length ("Partager sur Facebook Partager sur
#: Twitter", "Vous lisez un article réservé aux abonnés").
NOTICE_HITS = 2
#: Letters of a word's stem (as :func:`veille.extract.capture_head.stems`).
STEM = 5

#: Folded labels of sites' navigation and sections (French and English first, then the
#: other languages veille serves), compared with a whole line folded, its punctuation
#: aside. A section named by the story's own subject ("Politique" over a political
#: story) shares a word with the text, so the label test alone would let it through.
NAVIGATION_LABELS = frozenset(line.strip() for line in """
accueil
home
homepage
page d'accueil
rechercher
recherche
search
menu
rubriques
sections
navigation
a la une
la une
une
dernieres infos
dernieres informations
dernieres nouvelles
dernieres actualites
dernieres actus
derniere minute
derniere heure
l'essentiel
fil info
fil infos
fil d'info
fil d'infos
fil d'actu
fil d'actualite
fil d'actualites
le fil
en direct
direct
live
en continu
les plus lus
les plus lues
plus lus
les plus partages
les plus commentes
les plus populaires
a lire aussi
lire aussi
a lire
a voir aussi
a voir
voir aussi
sur le meme sujet
dans la meme rubrique
most read
most popular
most viewed
latest
latest news
latest stories
breaking news
top stories
trending
related
related stories
read more
videos
video
podcast
podcasts
photos
diaporama
diaporamas
galerie
newsletter
newsletters
infolettre
edition du soir
edition du matin
edition du jour
edition abonnes
journal
journal du jour
le journal
e-journal
actualite
actualites
actu
actus
info
infos
information
informations
news
international
monde
le monde
world
france
national
nation
europe
afrique
regions
region
local
politique
politics
economie
economy
business
finance
societe
society
culture
cultures
sport
sports
faits divers
fait divers
justice
faits divers justice
sciences
science
tech
technologie
high-tech
environnement
planete
climat
sante
health
education
opinions
opinion
idees
debats
editorial
editos
tribunes
chroniques
blogs
m le mag
lifestyle
style
mode
people
medias
media
immobilier
emploi
auto
automobile
voyage
voyages
loisirs
culture & loisirs
culture et loisirs
cinema
musique
livres
sorties
meteo
weather
horoscope
jeux
services
contact
abonnement
abonnements
mon compte
se connecter
connexion
deconnexion
s'abonner
abonnez-vous
subscribe
sign in
log in
publicite
advertisement
sponsored
contenu sponsorise
partenaires
partager
share
""".splitlines() if line.strip())

#: The separators of a breadcrumb: "Accueil > Monde", "Home › World", "Sport / Football".
_CRUMB = re.compile(r"\s(?:/|\|)\s|\s?(?:>|›)\s?")
"""(Not "»", which closes a French quotation: "« Je reste » : Macron".)"""
#: The separators of a page label and a site's name ("Politique - Libération").
_SITE_SEPARATORS = re.compile(r"\s+[-–—|·•:]\s+")
#: Words of each part of a section's page label, at most ("Politique - Libération").
SECTION_PAGE_WORDS = 3
#: Words that open a breadcrumb: its first crumb, the home page.
_HOME = frozenset({"accueil", "home", "startseite", "inicio", "portada", "home page"})
_FIGURE = re.compile(r"\d")
#: What a label's comparison ignores: punctuation around and between its words.
_PUNCT = re.compile(r"[^\w'&\s-]+")


def _label_key(text: str) -> str:
    """``text`` folded, its punctuation (but apostrophes, hyphens and "&") taken out and its
    spaces joined: the form :data:`NAVIGATION_LABELS` holds."""
    return " ".join(_PUNCT.sub(" ", ts.fold(text)).split())


#: Arabic news sites' menu and section labels (home, news, latest news, politics, economy,
#: sports, culture, arts, varieties, health, science, technology, articles, opinion, video,
#: photos, Arab world, international, world, local, reports, more, search, contact us,
#: subscribe, blogs, weather): the menu line "الرئيسية أخبار سياسة اقتصاد رياضة" above an
#: Al Jazeera capture's headline was taken as the headline (t-final60). Folded with
#: :func:`_label_key` (hamza and madda marks go) into :data:`NAVIGATION_LABELS`.
_ARABIC_LABELS = """
الرئيسية|الصفحة الرئيسية|أخبار|الأخبار|آخر الأخبار|سياسة|اقتصاد|رياضة|ثقافة|فن|منوعات|صحة
علوم|تكنولوجيا|مقالات|آراء|رأي|فيديو|صور|عربي|دولي|العالم|محلي|تقارير|المزيد|بحث|اتصل بنا
اشترك|مدونات|الطقس
""".replace("\n", "|").split("|")
NAVIGATION_LABELS = NAVIGATION_LABELS | frozenset(_label_key(w) for w in _ARABIC_LABELS
                                                  if w.strip())

#: Spanish, Catalan, Italian, Portuguese and German sites' home, latest-news and section
#: labels (the same kinds as the French and English ones above): a feed titled "Diario
#: Andaluz - portada" served from an address that spells no name gave its items no outlet
#: (t-check62: they were listed as "127.0.0.1"), and a menu line "Portada Nacional Economía
#: Deportes" was not seen as one. Folded with :func:`_label_key` into
#: :data:`NAVIGATION_LABELS`.
_EUROPEAN_LABELS = """
portada|inicio|portada principal|últimas noticias|última hora|noticias|actualidad|nacional
economía|deportes|sociedad|cultura|opinión|local|internacional|política|sucesos|tribunales
portada|inici|notícies|última hora|actualitat|esports|societat|economia|política
prima pagina|home page|ultime notizie|ultima ora|notizie|cronaca|cronache|politica|economia
esteri|sport|spettacoli|cultura|attualità|in evidenza|opinioni|regione
página inicial|início|últimas notícias|últimas|notícias|atualidade|actualidade|política
economia|desporto|esportes|sociedade|cultura|opinião|nacional|local
startseite|nachrichten|aktuelles|aktuell|neueste nachrichten|schlagzeilen|politik
wirtschaft|sport|kultur|panorama|meinung|lokales|regionales|inland|ausland
""".replace("\n", "|").split("|")
NAVIGATION_LABELS = NAVIGATION_LABELS | frozenset(_label_key(w) for w in _EUROPEAN_LABELS
                                                  if w.strip())


def _crumbs(text: str) -> list[str]:
    """The parts of a breadcrumb-shaped line ("Accueil > Monde > Europe"), or ``[text]``."""
    return [p.strip() for p in _CRUMB.split(text) if p.strip()]


#: :func:`furniture_reason`'s reason for a navigation or section label (also read by
#: :mod:`veille.extract.masthead`).
NAVIGATION_REASON = "a navigation or section label"


#: :func:`furniture_reason`'s reason for a consent banner's sentence ("Nous utilisons des
#: cookies pour améliorer votre expérience."; :mod:`veille.extract.consent_text`).
CONSENT_REASON = "a consent banner's text"


def furniture_reason(text: str) -> str:
    """Why ``text`` is page furniture by its own shape and never a headline, or ``""``
    (see the module docstring). Cost: a fold and a few tests, on a line of a few words;
    the caller asks it of headline candidates only."""
    key = _label_key(text)
    if not key:
        return "no words"
    if key in NAVIGATION_LABELS:
        return NAVIGATION_REASON
    crumbs = _crumbs(text)
    if len(crumbs) >= 2 and all(ts.word_count(c) <= LABEL_WORDS for c in crumbs):
        first_crumb = _label_key(crumbs[0])
        if len(crumbs) >= 3 or first_crumb in _HOME or _label_key(crumbs[-1]) in \
                NAVIGATION_LABELS or first_crumb in NAVIGATION_LABELS:
            return "a breadcrumb"
    parts = [p for p in _SITE_SEPARATORS.split(text) if p.strip()]
    if len(parts) >= 2 and all(ts.word_count(p) <= SECTION_PAGE_WORDS for p in parts) and (
            _label_key(parts[0]) in NAVIGATION_LABELS
            or _label_key(parts[-1]) in NAVIGATION_LABELS):
        return "a section's page label"
    if menu_line(text):
        return "a navigation menu"
    if consent_sentence(text):
        return CONSENT_REASON
    shape = ts.block_shape(text)
    if shape.head == "dateline":
        return "a date line"
    if shape.head == "byline":
        return "a byline"
    if shape.head == "notice":
        hits = ts.furniture_hits(text)
        if hits >= NOTICE_HITS or (hits and shape.n_words <= NOTICE_WORDS and (
                shape.n_words <= LABEL_WORDS - 1
                or ts.furniture_hits(" ".join(ts.words(text)[:2])))):
            return "a widget's notice"
    return ""


def _box_words() -> frozenset[str]:
    """The words (folded, three letters or more) of :data:`NAVIGATION_LABELS` and of the
    labels of boxes of links to other articles (:data:`veille.extract.html.body.
    RELATED_LABELS`): the vocabulary a page's navigation and footer headings are made of
    ("Top Stories", "Latest Headlines", "Related Topics", "Dernières Actualités", "Nos
    Dossiers"), never a person's name's."""
    from veille.extract.html.body import RELATED_LABELS

    words = {w for label in NAVIGATION_LABELS for w in ts.words(label)}
    words.update(ts.words(ts.fold(re.sub(r"\\[a-z]|[()?:|\[\]]", " ", RELATED_LABELS))))
    return frozenset(w for w in words if len(w) >= 3 and not w.isdigit())


_BOX_WORDS: list[frozenset[str]] = []


def heading_words(text: str) -> list[str]:
    """The words of ``text`` that are words of page furniture's headings
    (:func:`_box_words`), a plural's singular too ("Dossiers" of "notre dossier",
    "Stories")."""
    if not _BOX_WORDS:
        _BOX_WORDS.append(_box_words())
    vocabulary = _BOX_WORDS[0]
    return [w for w in ts.words(ts.fold(text))
            if w in vocabulary or (len(w) > 3 and w.endswith("s") and w[:-1] in vocabulary)]


#: Labels of :data:`NAVIGATION_LABELS`, at least, that make a line a site's menu.
MENU_LABELS = 3
#: Share of a menu line's words, at least, that such labels hold ("Actu Sports Loisirs
#: Économie Nécrologie Petites annonces": four labels, four words of seven).
MENU_SHARE = 0.5
#: Words of a navigation label, at most ("faits divers justice").
_LABEL_SPAN = 3
_MENU_TOKEN = re.compile(r"[\w'’&-]+")
#: A lower-case word of one to three letters between labels: a phrase's function word
#: ("Politics and business news from Europe"), which a menu does not print.
_LINKING = re.compile(r"^[a-zà-ÿ]{1,3}$")


def menu_line(text: str) -> bool:
    """Whether ``text`` is a site's navigation menu copied as one line ("Accueil Actu Sport
    Culture Économie Faits divers", "Home | News | Sport | Business", "Menu Rechercher
    S'abonner Se connecter", "الرئيسية أخبار سياسة اقتصاد"): :data:`MENU_LABELS` labels of
    :data:`NAVIGATION_LABELS` or more (capitalised, in a script with case), holding
    :data:`MENU_SHARE` of its words, no
    sentence end, no colon, and no short lower-case word between the labels. A headline
    naming sections ("Sport, culture, loisirs : le programme du week-end") has a colon or
    links its words; a tag line ("Politique Budget Sénat Impôts") holds one label."""
    if ":" in text or ts.ends_sentence(text):
        return False
    tokens = [t for t in _MENU_TOKEN.findall(text) if any(c.isalnum() for c in t)]
    if len(tokens) < MENU_LABELS:
        return False
    keys = [_label_key(t) for t in tokens]
    labels = covered = i = 0
    while i < len(tokens):
        for span in range(min(_LABEL_SPAN, len(tokens) - i), 0, -1):
            label = " ".join(keys[i:i + span])
            if (label in NAVIGATION_LABELS or label.replace("-", " ") in NAVIGATION_LABELS) \
                    and not tokens[i][:1].islower():  # capitalised, or of a script without case
                labels += 1
                covered += span
                i += span
                break
        else:
            if _LINKING.match(tokens[i]):
                return False
            i += 1
    return labels >= MENU_LABELS and covered >= MENU_SHARE * len(tokens)


#: Function words of the languages veille serves first (French, English), as stems: a
#: label shares them with any text ("The Daily Post" and "the"), so they say nothing of
#: what it names.
FUNCTION_STEMS = frozenset(w[:STEM] for w in """
les des une sur par est aux pour dans avec sans sous vers chez entre leur leurs mais donc
comme tout tous toute toutes cette ces son ses nos vos notre votre nous vous elle elles ils
qui que quoi dont plus moins tres tout aussi encore deja etre avoir fait sont etait ont
the and for are not but his her its was has have had who whom with from that this these
those your their our you they them there here about after before over into onto more most
also what when where which while will would been were than then just only very
""".split())


def stems_of(texts: Iterable[str]) -> frozenset[str]:
    """The word stems (first :data:`STEM` letters of folded words of three letters or
    more, digits aside) of ``texts``: what :func:`unfounded_label` looks a label's words
    up in."""
    found: set[str] = set()
    for text in texts:
        found.update(w[:STEM] for w in ts.words(ts.fold(text)) if len(w) >= 3
                     and not w.isdigit())
    return frozenset(found)


def unfounded_label(text: str, text_stems: frozenset[str]) -> bool:
    """Whether ``text`` is a short label (at most :data:`LABEL_WORDS` words, no sentence)
    none of whose words the article's text uses (``text_stems``: :func:`stems_of` the
    article's paragraphs). Such a line names the site, a section or a widget ("Le Monde",
    "Édition du soir", "Culture & Loisirs"), not the story. A line with a figure names a
    particular thing ("Communiqué sans date 1796225600989930200", a capture's headline in
    t-reader19 R9; "Bulletin 2025-000417"), which no site's label does: it is left to the
    headline search (a date line is refused by :func:`furniture_reason`)."""
    if ts.word_count(text) > LABEL_WORDS or ts.ends_sentence(text) or _FIGURE.search(text):
        return False
    mine = stems_of([text]) - FUNCTION_STEMS
    return not mine & text_stems


UNFOUNDED = "a label the text does not speak of"
""":func:`headline_refusal`'s reason for :func:`unfounded_label`: the one reason a page
that states the line twice as its headline (its ``<h1>`` and its ``<title>``) overrides."""

#: The article's paragraphs whose words a label must share (as the text capture's
#: headline search reads).
TEXT_PARAGRAPHS = 24


def headline_refusal(paragraphs: list[str]) -> Callable[[str], str]:
    """A test of headline candidates for an article of ``paragraphs``: why a candidate is
    furniture (:func:`furniture_reason`) or a label the text does not speak of
    (:func:`unfounded_label`), "" when it may be the headline. The text's stems are read
    once, and only when a short label asks, from the paragraphs of more than
    :data:`LABEL_WORDS` words: a shorter one may be the candidate itself (an ``<h1>`` the
    walk kept as a block) or another label."""
    memo: list[frozenset[str]] = []

    def refuse(text: str) -> str:
        reason = furniture_reason(text)
        if reason:
            return reason
        if ts.word_count(text) <= LABEL_WORDS:
            if not memo:
                memo.append(stems_of(p for p in paragraphs[:TEXT_PARAGRAPHS]
                                     if ts.word_count(p) > LABEL_WORDS))
            if unfounded_label(text, memo[0]):
                return UNFOUNDED
        return ""

    return refuse
