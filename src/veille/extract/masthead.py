"""A capture's masthead: the outlet's name printed above its menu and its headline.

A whole-page copy opens on the site's name ("Le Quotidien de la Réunion", "La Dépêche du
Midi édition Tarn-et-Garonne", "Manchester Evening News Greater Manchester"), often an
edition or a slogan after it, then its menu, then the headline and the article. Shaped like
a headline, of five words or more, that first line was taken for one over the real headline
under it (:func:`~veille.extract.opening_headline.heads_over`). Two things say it is the
masthead, whatever the outlet:

* it opens on the name of the source the capture was given (``veille ingest --source``,
  a folder's source): :func:`names_outlet`;
* a navigation menu is printed between it and the headline
  (:func:`~veille.extract.furniture_title.menu_line`; the caller checks it).

A first line that names nothing the article speaks of, under which a headline-shaped line
that does was found, is no headline either (the caller checks that too).
"""

from __future__ import annotations

import re
from collections.abc import Collection
from functools import lru_cache

from veille.collect.sites import registrable_domain
from veille.extract import textshape as ts
from veille.extract.agencies import agency_named
from veille.extract.bylines import newsroom_line
from veille.extract.furniture_title import NAVIGATION_REASON, furniture_reason, menu_line
from veille.extract.record_source import _ARTICLE, _HOST, _squeezed
from veille.extract.timezones import country_zone, outlet_home_zone

CAPTURE_MASTHEAD_SITE = "the capture's masthead (its outlet's name over the menu)"
"""The evidence of a site name a capture prints as its masthead (:func:`masthead_name`),
``content.evidence.site_name``."""
#: Characters of a line, at most, looked up as an outlet's whole name.
KNOWN_NAME_CHARS = 60


def known_outlet(text: str) -> tuple[str, str]:
    """(home zone, name) of the outlet whose whole name the line ``text`` is, in veille's
    tables: an outlet of ``data/outlet_zones.tsv`` ("Le Monde", "The Guardian", "El País",
    "Коммерсантъ"; :func:`~veille.extract.timezones.outlet_home_zone`), or a news agency of
    ``data/news_agencies.tsv`` written out as its name ("РИА Новости", "Agence
    France-Presse"), on its country's clock (:func:`~veille.extract.timezones.country_zone`);
    ("", "") for anything else: a line saying more than the name ("Lire aussi Le Monde",
    "selon Le Figaro"), a credit in brackets ("(AFP)"), an agency's bare abbreviation
    ("AFP", "AP": a credit line as often as a masthead)."""
    line = " ".join(text.split())
    if not line or len(line) > KNOWN_NAME_CHARS:
        return "", ""
    zone, name = outlet_home_zone("", line)
    if zone:
        return zone, name
    agency = agency_named(line)
    if agency is not None and len(line.split()) > 1:
        return country_zone(agency.country) or "", line
    return "", ""


#: Words after the outlet's name, at most, in a masthead line: an edition, a town or a
#: region ("édition Tarn-et-Garonne", "Angers et sa région", "Greater Manchester"). A
#: headline that opens on the outlet's name says more ("Le Monde va supprimer soixante
#: postes dans sa rédaction": seven words after it).
MAX_EDITION_WORDS = 4
#: Letters of an outlet's key, at least (``bbc.co.uk``: "bbc").
MIN_KEY = 3


@lru_cache(maxsize=256)
def outlet_keys(outlet: str) -> frozenset[str]:
    """What a line opening on ``outlet``'s name spells, squeezed (``record_source._squeezed``): a
    host's registrable label ("lequotidien" for ``lequotidien.re``, "ouestfrance" for
    ``www.ouest-france.fr``, "manchestereveningnews" for ``…co.uk``), or a name with and
    without its leading article ("lejournaldemontreal", "journaldemontreal"). Cached: the
    headline search asks it of each candidate line of a capture."""
    lowered = outlet.strip().lower().removeprefix("www.")
    if _HOST.fullmatch(lowered):
        keys = {_squeezed(registrable_domain(lowered).split(".")[0])}
    else:
        keys = {_squeezed(outlet), _squeezed(_ARTICLE.sub("", outlet.strip()))}
    return frozenset(k for k in keys if len(k) >= MIN_KEY)


def names_outlet(text: str, outlet: str) -> bool:
    """Whether the line ``text`` is ``outlet``'s masthead: it opens on the outlet's name
    (:func:`outlet_keys`; its leading article, if any, aside) and says at most
    :data:`MAX_EDITION_WORDS` words more, no sentence and no colon ("Sud Ouest Gironde
    Bordeaux Métropole" for ``sudouest.fr``; "BBC News" for ``bbc.co.uk``)."""
    keys = outlet_keys(outlet) if outlet else frozenset()
    if not keys or ":" in text or ts.ends_sentence(text):
        return False
    longest = max(len(k) for k in keys)
    for line in {text, _ARTICLE.sub("", text.strip())}:
        words = [w for w in line.split() if _squeezed(w)]
        spelt = ""
        for n, word in enumerate(words, 1):
            spelt += _squeezed(word)
            if spelt in keys:
                return len(words) - n <= MAX_EDITION_WORDS
            if len(spelt) >= longest:
                break
    return False


#: Blocks above the headline, at most, where the masthead may sit (a "skip to content"
#: link or a date may come first: "Mardi 3 mars 2026" / "Le Progrès" / its menu).
MASTHEAD_REACH = 3
#: Words of a masthead, at most ("La Nouvelle République du Centre-Ouest Indre-et-Loire").
MASTHEAD_WORDS = 8
#: Parts of a menu copied as one line, at least ("News | Sport | What's On"), each of
#: :data:`MENU_PART_WORDS` words at most.
MENU_PARTS = 3
MENU_PART_WORDS = 4
_MENU_SEPARATOR = re.compile(r"\s+[|·•]\s+")


def menu_shaped(text: str) -> bool:
    """A site's navigation menu copied as one line: a menu of known labels
    (:func:`~veille.extract.furniture_title.menu_line`), or :data:`MENU_PARTS` capitalised
    items or more set apart by a bar or a middle dot, each a few words ending no sentence
    ("Lyon | Loire | Ain | Jura | Faits divers", "News | Sport | What's On | Announcements":
    places and the site's own sections, which no list of labels holds)."""
    if menu_line(text) or _section_run(text):
        return True
    parts = [p.strip() for p in _MENU_SEPARATOR.split(text)]
    return len(parts) >= MENU_PARTS and all(
        p and len(p.split()) <= MENU_PART_WORDS and (p[0].isupper() or p[0].isdigit())
        and not ts.ends_sentence(p) and ":" not in p for p in parts)


#: Section labels, at least, in a menu copied without its separators ("SCMP Hong Kong
#: China Asia World Business": "world", "business").
RUN_LABELS = 2
#: Words of such a menu, at least.
RUN_WORDS = 4


def _section_run(text: str) -> bool:
    """A menu whose separators the copy lost: :data:`RUN_WORDS` words or more, each
    capitalised, :data:`RUN_LABELS` of them a section's label of
    :data:`~veille.extract.furniture_title.NAVIGATION_LABELS` ("SCMP Hong Kong China Asia
    World Business", t-final34 A5: it was taken for the outlet's name). A name says no
    two sections."""
    words = text.split()
    if len(words) < RUN_WORDS or not all(w[0].isupper() or w[0].isdigit() or w == "&"
                                         for w in words):
        return False
    return sum(furniture_reason(w) == NAVIGATION_REASON for w in words) >= RUN_LABELS


def masthead_name(blocks: list[str], kinds: list[str], head_at: int, outlet: str = "",
                  gapped: Collection[int] = ()) -> str:
    """The outlet's name a capture prints as its masthead above its headline (line
    ``head_at``), "" when none (t-final32 #11: "South Wales Argus" over its menu and the
    headline; the capture was stored with no source). A masthead is one of the first
    :data:`MASTHEAD_REACH` lines above the headline, of at most :data:`MASTHEAD_WORDS`
    words, no sentence, no colon, no furniture (a navigation label, a date line, a byline, a
    notice: :func:`~veille.extract.furniture_title.furniture_reason`), that either names
    the capture's given source (:func:`names_outlet`) or has the site's menu
    (:func:`menu_shaped`) right under it, before the headline: the layout of every news
    site's header (name, then sections). ``gapped``: the blocks that were a menu bar copied
    with wide gaps as its separators, which normalising the whitespace lost
    (:attr:`~veille.extract.blocks.Blocks.gapped`: "Cronaca  Politica  Economia  Sport";
    t-check62 #8, "Corriere del Veneto" over one gave the bare host). A first line with no
    menu under it is left alone, unless the page signs itself with it below the headline
    (:func:`_signed_footer`, :func:`_signed_below`): a kicker or a section's name sits
    there too."""
    # the capture's address copied as its first line (its URL) opens no header: the line
    # under it is the page's first (t-final54 B3: "franceinfo", "tagesschau" under their
    # URL gave no source)
    top = next((i for i in range(head_at) if kinds[i] != "address"), 0)
    for i in range(top, min(top + MASTHEAD_REACH, head_at)):
        text = _named_part(" ".join(blocks[i].split()))
        controls = i + 1 < head_at and _header_control(blocks[i + 1])
        known = outlet_part(text)
        if kinds[i] in _CREDIT_KINDS and (
                (i == top and known) or (controls and agency_named(text) is not None)):
            # an agency's name opening the page ("РИА Новости") reads as its credit too;
            # one word of an agency's name ("Reuters", "ANSA") is the masthead when the
            # header's controls are under it (t-final51 A8)
            return known or text
        if kinds[i] in _NOT_MASTHEAD or _header_control(text) or menu_shaped(text):
            continue
        if known:
            # "Le Monde", "РИА Новости" alone over the headline: an outlet veille's tables
            # know, printed whole (r-mast51, issue 14: such a capture had no source and
            # the clock of the island its story was about), or with its edition ("Le
            # Parisien Essonne": t-final51 issue 14 item 3)
            return known
        if not _name_shaped(text):
            # "Le Monde" is a section's label too, "franceinfo" a lower-case wordmark, a
            # host name printed as the site's name ("actu.fr"): the capture's first line,
            # over the header's controls, is the site's name (t-final34 A7, t-final51 A8)
            if i == top and controls and (_lower_wordmark(text) or (
                    len(text.split()) >= 2 and text[0].isupper()
                    and furniture_reason(text) == NAVIGATION_REASON)):
                return text
            continue
        if names_outlet(text, outlet) \
                or (i + 1 < head_at and (menu_shaped(blocks[i + 1]) or i + 1 in gapped)) \
                or controls or _split_menu(blocks, i + 1, head_at) \
                or (i == top and (_signed_footer(text, blocks, head_at)
                                  or _signed_below(text, blocks, head_at))) \
                or (i == top and i + 1 == head_at and not outlet and _bare_masthead(
                    text, blocks[head_at], blocks[0] if top else "")):
            return text
    return ""


#: Words of a bare masthead, at most (:func:`_bare_masthead`), and of its headline, at least.
BARE_MASTHEAD_WORDS = 5
BARE_HEADLINE_WORDS = 6
#: Words a name in title case may hold in lower case, at most this long ("Correio de
#: Évora", "Gazzetta del Lario", "Le Réveil du Lauragais").
NAME_PARTICLE_CHARS = 3


def _spells_host(text: str, address: str) -> bool:
    """Whether the name ``text`` spells each part of 3 letters or more of the registrable
    label of ``address``'s host ("Heraldo del Norte" for heraldo-norte.es, "Gazzetta del
    Lario" for gazzettadellario.it; case and accents aside)."""
    host = _HOST.search(address.lower())
    if host is None:
        return False
    label = registrable_domain(host.group(0).removeprefix("www.")).split(".")[0]
    parts = [p for p in label.split("-") if len(p) >= 3]
    squeezed = _squeezed(text)
    return bool(parts) and all(_squeezed(p) in squeezed for p in parts)


def _bare_masthead(text: str, headline: str, address: str = "") -> bool:
    """Whether the capture's first line ``text`` (under its address, if any), right over
    its ``headline`` with no menu between them, is the outlet's name (t-check63 #7:
    "Jornal de Notícias" with no address, "Heraldo del Norte" under it, gave no site name):
    two to :data:`BARE_MASTHEAD_WORDS` words in title case (every word capitalised but
    particles of at most :data:`NAME_PARTICLE_CHARS` letters) or in a script without case
    ("أخبار القاهرة"), no figure, over a headline of :data:`BARE_HEADLINE_WORDS` words or
    more; under an ``address`` line, a name in title case must spell its host
    (:func:`_spells_host`): a section's label in title case ("Premier League") is no
    masthead. A one-word kicker ("Politique") or a lower-case label ("Faits divers") is
    none. Read only when the capture comes with no source's name (``masthead_name``'s
    ``outlet``): a source named by its user ("sources add DIR --name X") keeps its
    articles under that name (tests/web/test_sources_per_day_r_rest59.py: its pages' bare
    first line became their outlet and the source's daily count fell to 0)."""
    words = text.split()
    if not 2 <= len(words) <= BARE_MASTHEAD_WORDS or any(c.isdigit() for c in text) \
            or len(headline.split()) < BARE_HEADLINE_WORDS:
        return False
    if any(len(w) > 1 and w.isupper() for w in words):
        return False  # an acronym: a topic's label ("Grève SNCF"), not a bare name
    caseless = all(w[0].isalpha() and w[0].lower() == w[0].upper() for w in words)
    capitals = sum(1 for w in words if w[0].isupper())
    particles = all(w[0].isupper() or (w.isalpha() and len(w) <= NAME_PARTICLE_CHARS)
                    for w in words)
    return caseless or (capitals >= 2 and particles
                        and (not address or _spells_host(text, address)))


def outlet_part(text: str) -> str:
    """The outlet of veille's tables (:func:`known_outlet`) whose name the masthead line
    ``text`` is, or opens on with at most :data:`MAX_EDITION_WORDS` words of an edition, a
    section or a town after it ("Le Monde Afrique", "Le Figaro Économie", "Ouest-France
    Rennes" → the name as printed; issue 14); "" for any other line. A sentence or a colon
    after the name is no edition ("Le Monde : …")."""
    if known_outlet(text)[0]:
        return text
    words = text.split()
    if len(words) < 2 or ":" in text or ts.ends_sentence(text):
        return ""
    for k in range(len(words) - 1, max(0, len(words) - 1 - MAX_EDITION_WORDS), -1):
        name = " ".join(words[:k])
        if known_outlet(name)[0]:
            edition = words[k:]
            # an edition's words are names ("Afrique", "Tarn-et-Garonne") or the few
            # words that join them ("édition", "et sa région"); a headline's verb is not
            # ("Le Monde va supprimer soixante postes")
            ok = all(w[:1].isupper() or w[:1].isdigit() or w.lower() in EDITION_WORDS
                     for w in edition)
            return name if ok else ""
    return ""


#: The lower-case words a masthead's edition holds beside its names ("édition
#: Tarn-et-Garonne", "Angers et sa région", "Ausgabe Nord").
EDITION_WORDS = frozenset("""
édition edition edición edizione ausgabe editie edição et sa région de du des la le les
d' l' and und y e en di del della van
""".split())


#: Words of the labels of a news site's header controls, folded: its search box, its
#: sign-in, sign-up and subscription links, the reader's account, the menu button and the
#: newsletter, in the languages veille reads (fr, en, de, es, ca, it, nl, pt, ru). A closed class
#: (the handful of controls every site's header prints), written by us from the headers of
#: the outlets of each language ("Rechercher sur le site", "Suche", "Buscar", "Cerca",
#: "Zoeken", "Cercar" (Catalan: À Punt; t-final65 A6), "Se connecter", "Anmelden",
#: "Iniciar sesión", "Inicia sessió", "Accedi", "Inloggen", "Sign
#: in", "Abonnez-vous", "Suscríbete", "Abbonati", "Entrar", "Поиск", "Войти", "بحث",
#: "تسجيل الدخول"), and a broadcaster's live and on-demand buttons ("Écouter le direct",
#: "Regarder le direct", "En direct", "Replay", "Podcasts", "Escuchar en directo",
#: "Escolta en directe", "Ascolta la diretta", "Live hören", "Ouvir em direto", "Listen
#: live", "Watch live": t-final66 F4, France Bleu's capture was stored under "Écouter le
#: direct"). No outlet is named so.
CONTROL_WORDS = frozenset("""
rechercher recherche recherchez chercher connexion connecter identifier identifiez
deconnexion abonner abonnez abonne abonnement abonnements compte inscription inscrire
inscrivez newsletter newsletters menu search sign log login logout subscribe subscription
account register suche suchen anmelden abmelden einloggen abo abonnieren konto
registrieren buscar busqueda buscador iniciar sesion suscribete suscribirse suscripcion
cuenta registrate cerca ricerca accedi abbonati abbonamento registrati zoeken zoek
inloggen abonneren registreren pesquisar pesquisa assine assinar entrar conta cadastro
поиск найти искать войти вход выйти регистрация подписка подписаться меню кабинет
cercar sessio subscriu subscriute subscripcio registrat
ecouter regarder direct directe directo diretta direto replay podcast podcasts escuchar ver
escolta escoltar mira ascolta guarda horen ansehen sehen ouvir assistir listen watch live
livestream
""".split()) | {ts.fold(w) for w in "найти войти".split()} | {  # folded as the lines are
    ts.fold(w) for w in "بحث ابحث تسجيل الدخول دخول خروج اشترك اشتراك القائمة حسابي".split()}
#: Words a control's label holds beside its verb or noun ("Rechercher sur le site",
#: "Que recherchez-vous ?", "Sign in to your account", "Mon compte"): function words, and
#: what a search box's placeholder says it searches ("Rechercher un article...", "Search
#: articles…", "Buscar noticias...": t-final35 A5a).
CONTROL_FILLERS = frozenset("""
le la les sur site de du des que vous mon ma mes votre vos ici et ou the on in up out to
your my our for and or what are you looking now free gratis gratuit mein meine jetzt und
oder el en mi tu su y o il nel sul mio e op mijn je se em al ao
un une article articles actualite actualites news noticia noticias articolo articoli
artikel artikelen notizie
по на сайту сайте в личный новости
""".split()) | {ts.fold("личный")}
#: Words of a control's label, at most.
CONTROL_LINE_WORDS = 6


def control_line(text: str) -> bool:
    """A line of the site's header controls ("Rechercher sur le site", "Suche", "Se
    connecter  S'abonner", "Iniciar sesión", "Anmelden  F+ Abo"): at most
    :data:`CONTROL_LINE_WORDS` words, no sentence, one of :data:`CONTROL_WORDS` at
    least and nothing else but :data:`CONTROL_FILLERS` and one-letter words (t-final34 A6:
    a search box's label was taken for the outlet's name)."""
    tokens = [w.lower() for w in ts.words(ts.fold(text))]
    end = text.rstrip()
    # a full stop ends a sentence; a placeholder's "..." ends none
    if not 0 < len(tokens) <= CONTROL_LINE_WORDS or (end.endswith(".")
                                                     and not end.endswith("...")):
        return False
    return any(w in CONTROL_WORDS for w in tokens) and all(
        w in CONTROL_WORDS or w in CONTROL_FILLERS or len(w) == 1 for w in tokens)


def _lower_wordmark(text: str) -> bool:
    """A site's name written in lower case: one word of letters, or of letters and figures
    ("franceinfo", "g1"), a host name ("actu.fr", "infos-vexin.fr": t-final51 A8), or
    such a word followed by at most :data:`WORDMARK_EDITION_WORDS` capitalised words of
    its edition ("ici Gard Lozère", "ici Orléans": t-final56 B2, the name was dropped);
    no furniture, no control."""
    words = text.split()
    first = words[0] if words else ""
    if not first[:1].islower() or furniture_reason(text) or _header_control(text):
        return False
    if len(words) == 1:
        return (first.isalnum() and any(c.isalpha() for c in first)) or \
            bool(_HOST.fullmatch(first))
    return first.isalpha() and len(words) - 1 <= WORDMARK_EDITION_WORDS and all(
        w[:1].isupper() for w in words[1:]) and not ts.ends_sentence(text)


#: Capitalised words, at most, after a lower-case wordmark ("ici Gard Lozère").
WORDMARK_EDITION_WORDS = 3


#: Words of a name, at most, before a dash and the outlet's slogan ("Clicanoo - Le
#: Journal de l'île de La Réunion").
NAME_PART_WORDS = 4
_SLOGAN = re.compile(r"\s+[-–—]\s+")


def _named_part(text: str) -> str:
    """A masthead line's name without the slogan after its dash ("Clicanoo - Le Journal de
    l'île de La Réunion" → "Clicanoo"; t-final34 A7: nine words were no name) or its
    network's name in brackets ("ici Nord (France Bleu)" → "ici Nord": :data:`_NETWORK`)."""
    parts = _SLOGAN.split(text, maxsplit=1)
    if len(parts) == 2 and 0 < len(parts[0].split()) <= NAME_PART_WORDS \
            and len(text.split()) > MASTHEAD_WORDS:
        return parts[0]
    network = _NETWORK.fullmatch(text)
    if network is not None and all(w[:1].isupper() for w in network.group(2).split()):
        return network.group(1)
    return text


#: A station's name with its network's in brackets after it ("ici Nord (France Bleu)":
#: t-final66 F4), each of at most :data:`NAME_PART_WORDS` words: the station's is the
#: masthead's name (a network's name is in capitals: "(France Bleu)", "(Rai)").
_NETWORK = re.compile(r"([^\s()]+(?:\s+[^\s()]+){{0,{n}}})\s+\(([^\s()]+(?:\s+[^\s()]+){{0,{n}}})\)"
                      .format(n=NAME_PART_WORDS - 1))


#: The last blocks of a capture where the site's footer prints its name again.
FOOTER_BLOCKS = 4


def _signed_footer(text: str, blocks: list[str], head_at: int) -> bool:
    """The capture's first line printed again in its footer, one of its last
    :data:`FOOTER_BLOCKS` blocks, after the article ("Le Parisien" / "Seine-Saint-Denis" /
    the headline …, "Réagir" / "Le Parisien"; t-final34 A7): the site signs its page top and
    bottom. Two words at least: a one-word kicker comes back as a tag."""
    if len(text.split()) < 2:
        return False
    tail = range(max(head_at + 1, len(blocks) - FOOTER_BLOCKS), len(blocks))
    return any(" ".join(blocks[j].split()) == text for j in tail)


#: Words a copyright line holds beside the outlet's name, at most ("© 2026 Las Provincias.
#: Todos los derechos reservados").
COPYRIGHT_EXTRA_WORDS = 6
_COPYRIGHT_OPENING = re.compile(r"(?i)\s*(?:©|\(c\)\s|copyright\b)")


def _signed_below(text: str, blocks: list[str], head_at: int) -> bool:
    """The capture's first line ``text`` named again below the headline (line ``head_at``)
    by the outlet's own signature: its newsroom's credit ("Redacción Las Provincias",
    "Redazione Gazzetta del Lario": :func:`~veille.extract.bylines.newsroom_line`) or its
    copyright line ("© Las Provincias", "© 2026 El Eco del Jalón. Todos los derechos
    reservados": at most :data:`COPYRIGHT_EXTRA_WORDS` words beside the name). A page
    signs itself so; a headline or a section's label is not signed (t-check62 #8: "Las
    Provincias" over no menu gave no source). Two words at least, as
    :func:`_signed_footer`."""
    if len(text.split()) < 2:
        return False
    name = ts.fold(text)
    for block in blocks[head_at + 1:]:
        line = " ".join(block.split())
        if name not in ts.fold(line):
            continue
        if newsroom_line(line) or (_COPYRIGHT_OPENING.match(line) and len(line.split())
                                   <= len(text.split()) + COPYRIGHT_EXTRA_WORDS):
            return True
    return False


#: Words of one line of a menu split over lines, at most ("Mon compte S'abonner").
SPLIT_MENU_WORDS = 8


def _split_menu(blocks: list[str], start: int, head_at: int) -> bool:
    """The site's menu printed over separate lines under the masthead ("Menu" /
    "Rechercher" / "Se connecter", "Search Login ePaper" / "Local Business World";
    t-final33 #4): the two lines from ``start``, both above the headline, short (at most
    :data:`SPLIT_MENU_WORDS` words), no sentence, the first a navigation label or a
    widget's notice (:func:`~veille.extract.furniture_title.furniture_reason`). One such
    line alone is not enough: a kicker or a section's name sits there too."""
    if start + 1 >= head_at:
        return False
    lines = [" ".join(blocks[j].split()) for j in (start, start + 1)]
    return (all(0 < len(t.split()) <= SPLIT_MENU_WORDS and not ts.ends_sentence(t)
                for t in lines)
            and bool(furniture_reason(lines[0]) or SKIP_LINK.match(lines[0])))


SKIP_LINK = re.compile(
    r"(?:skip|jump)\s+to\s+(?:the\s+)?(?:main\s+)?(?:content|navigation|menu|search)\b"
    r"|(?:aller|passer|acc[ée]der)\s+(?:directement\s+)?(?:au\s+contenu|[àa]\s+la\s+"
    r"navigation|au\s+menu|[àa]\s+la\s+recherche)\b"
    r"|(?:direkt\s+)?zu[mr]\s+(?:haupt)?(?:inhalt|navigation|suche)(?:\s+springen|\s+wechseln)?\b"
    r"|(?:saltar|ir|pasar)\s+(?:directamente\s+)?al\s+(?:contenido|men[úu])\b"
    r"|(?:salta|vai|passa)\s+(?:direttamente\s+)?al\s+(?:contenuto|men[úu])\b"
    r"|(?:pular|ir|saltar)\s+(?:diretamente\s+)?para\s+o\s+(?:conte[úu]do|menu)\b"
    r"|(?:ga\s+)?(?:direct\s+)?naar\s+(?:de\s+)?(?:hoofd)?(?:inhoud|navigatie)\b"
    r"|(?:перейти|пропустить)\s+(?:к\s+)?(?:основному\s+)?(?:содержим|содержани|контент|навигаци|меню)\w*"
    r"|(?:تخط|انتقل)\S*\s+(?:إلى\s+)?(?:المحتوى|القائمة)",
    re.IGNORECASE)
"""A page's skip link ("Skip to main content", "Aller au contenu principal", "Zum Inhalt
springen", "Saltar al contenido", "Salta al contenuto", "Pular para o conteúdo", "Naar de
inhoud", "Перейти к содержимому", "تخطى إلى المحتوى"), the first link of a page's header
for keyboard and screen-reader users (WCAG 2 technique G1, "Adding a link at the top of
each page that goes directly to the main content area"; a closed class: its few wordings
in the languages veille reads, as the common CMS themes print them). Under a masthead,
with the menu's labels after it ("Skip to main content  Search  Sign in": t-final33 #13,
The Guardian's capture had no outlet), it opens the header's menu as a navigation label
does. It is never the outlet's name (t-final56b A12: a Reuters capture's record named
its outlet "Skip to main content"): :func:`chrome_label`."""


def chrome_label(text: str) -> bool:
    """Whether the line ``text`` is a label of a page's chrome, never an outlet's name: a
    skip link (:data:`SKIP_LINK`), a header control ("Rechercher", "Menu", "Se connecter":
    :func:`control_line`), a navigation or section label or a menu
    (:func:`~veille.extract.furniture_title.furniture_reason`, :func:`menu_shaped`). The
    chrome vocabulary veille reads captures with, asked of a name before it names an
    outlet (the masthead here; the names shown: :mod:`veille.outlet_names`)."""
    line = " ".join(text.split())
    return bool(line) and (bool(SKIP_LINK.match(line)) or control_line(line)
                           or furniture_reason(line) == NAVIGATION_REASON
                           or menu_shaped(line))


def _header_control(text: str) -> bool:
    """A line of the header's controls or its skip link: what sits under a masthead."""
    line = " ".join(text.split())
    return control_line(line) or bool(SKIP_LINK.match(line))


_CREDIT_KINDS = frozenset({"byline", "credit"})
_NOT_MASTHEAD = frozenset({"notice", "dateline", "byline", "credit", "prose"})


def _name_shaped(text: str) -> bool:
    """A line an outlet's name may be: :data:`MASTHEAD_WORDS` words at most, opening on a
    capital, a figure ("20 Minutes") or a letter of a script without case ("الغد":
    t-final56b B1), no sentence, no colon, no bar, no furniture."""
    words = text.split()
    return (0 < len(words) <= MASTHEAD_WORDS and _opens_name(text)
            and ":" not in text and "|" not in text and not ts.ends_sentence(text)
            and not furniture_reason(text))


def _opens_name(text: str) -> bool:
    """Whether ``text`` opens as a name does: a capital, a figure, or a letter of a script
    that has no case (Arabic, Hebrew, the Indic and CJK scripts), whose words are names
    without one."""
    first = text[:1]
    return first.isupper() or first.isdigit() or (
        first.isalpha() and first.lower() == first.upper())
