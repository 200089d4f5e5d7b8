"""German reported speech: quotation marks and the verbs of saying (f-speakers33).

German typography quotes with „…“ (the usual mark of German print) or »…« (the
chevrons pointing inwards, the book and magazine style: Duden, "Anführungszeichen",
Regeln K 10 and the typographic note on »Guillemets«; Der Spiegel, Die Zeit, NZZ).
„…“ was read already (``quotes.PAIRS``); »…« is the French pair turned round, so it is
read only where it cannot be a French quote: the » opens directly before a word (German
sets no space inside the marks) and its « closes directly after one, with no other
guillemet and no paragraph break between (:func:`chevron_quote`).

The verbs of saying ("Verben des Sagens", the "redeeinleitende Verben" that introduce
direct and reported speech: schueller-viersen.de, "Die indirekte Rede", § 2; deutschplus.net,
"Indirekte Rede": "behaupten", "erklären", "sagen") are a closed class; ``GERMAN_SPEECH_FORMS``
holds the finite forms a news report writes after a quote ("», sagte X", "erklärte der
Minister", "betonte sie", "teilte die Polizei mit") or before its colon ("X sagte: „…“"):
third person present and preterite, singular and plural, and the past participle after
"hat"/"haben". A separable verb's particle ("teilte … mit", "fügte … hinzu", "räumte
… ein") closes the clause after the subject and is cut from it (:data:`PARTICLE_END`).
"so" after a quote ("»…«, so der Vorsitzende") is the press's verbless attribution
(Duden, "so" as Adverb 5: "kennzeichnet ein Zitat"): it counts only before a German
determiner or a name (:func:`so_incise`).
"""

from __future__ import annotations

import re

from veille.enrich.gender import given_name_gender

__all__ = ["GERMAN_SPEECH_FORMS", "PARTICLE_END", "apposed_german_name", "chevron_quote",
           "so_incise", "titled_german_name", "without_article"]

_VERBS = {
    # infinitive stem: (present 3sg, present 3pl, preterite 3sg, preterite 3pl, participle)
    "sagen": ("sagt", "sagen", "sagte", "sagten", "gesagt"),
    "erklären": ("erklärt", "erklären", "erklärte", "erklärten", "erklärt"),
    "betonen": ("betont", "betonen", "betonte", "betonten", "betont"),
    "mitteilen": ("teilt", "teilen", "teilte", "teilten", "mitgeteilt"),
    "meinen": ("meint", "meinen", "meinte", "meinten", "gemeint"),
    "berichten": ("berichtet", "berichten", "berichtete", "berichteten", "berichtet"),
    "ergänzen": ("ergänzt", "ergänzen", "ergänzte", "ergänzten", "ergänzt"),
    "hinzufügen": ("fügt", "fügen", "fügte", "fügten", "hinzugefügt"),
    "warnen": ("warnt", "warnen", "warnte", "warnten", "gewarnt"),
    "kritisieren": ("kritisiert", "kritisieren", "kritisierte", "kritisierten", "kritisiert"),
    "fordern": ("fordert", "fordern", "forderte", "forderten", "gefordert"),
    "schreiben": ("schreibt", "schreiben", "schrieb", "schrieben", "geschrieben"),
    "bestätigen": ("bestätigt", "bestätigen", "bestätigte", "bestätigten", "bestätigt"),
    "erläutern": ("erläutert", "erläutern", "erläuterte", "erläuterten", "erläutert"),
    "versichern": ("versichert", "versichern", "versicherte", "versicherten", "versichert"),
    "unterstreichen": ("unterstreicht", "unterstreichen", "unterstrich", "unterstrichen",
                       "unterstrichen"),
    "einräumen": ("räumt", "räumen", "räumte", "räumten", "eingeräumt"),
    "antworten": ("antwortet", "antworten", "antwortete", "antworteten", "geantwortet"),
    "fragen": ("fragt", "fragen", "fragte", "fragten", "gefragt"),
    "behaupten": ("behauptet", "behaupten", "behauptete", "behaupteten", "behauptet"),
    "ankündigen": ("kündigt", "kündigen", "kündigte", "kündigten", "angekündigt"),
    "sprechen": ("spricht", "sprechen", "sprach", "sprachen", "gesprochen"),
    "heißen": ("heißt", "heißen", "hieß", "hießen", "geheißen"),  # "hieß es aus …"
    # repeating and affirming what one said ("bekräftigte der Kämmerer X", r-quotes60;
    # Duden: bekräftigen "nachdrücklich bestätigen", beteuern "nachdrücklich versichern")
    "bekräftigen": ("bekräftigt", "bekräftigen", "bekräftigte", "bekräftigten", "bekräftigt"),
    "wiederholen": ("wiederholt", "wiederholen", "wiederholte", "wiederholten",
                    "wiederholt"),
    "beteuern": ("beteuert", "beteuern", "beteuerte", "beteuerten", "beteuert"),
}
GERMAN_SPEECH_FORMS = frozenset(form for forms in _VERBS.values() for form in forms) - {
    # forms that are other words of German or of French and English texts
    "sagen", "teilen", "fragen", "sprechen", "räumen", "heißen", "meinen"}
"""The finite forms and participles of the German verbs of saying (a closed class)."""

PARTICLE_END = re.compile(r"[ \xa0]+(?:mit|hinzu|ein|an)[ \xa0]*$")
"""A separable verb's particle closing the subject after "teilte … mit", "fügte … hinzu",
"räumte … ein", "kündigte … an"."""

_GERMAN_DETERMINER = r"(?:der|die|das|ein|eine|dessen|deren|sein|seine|ihr|ihre)"


def so_incise(text: str, at: int) -> bool:
    """Whether the words at ``at`` (after a quote's comma) are German "so" then a German
    determiner or a capitalised name: "»…«, so der Vorsitzende …", "„…“, so Müller"."""
    return re.match(r"[ \xa0]*,?[ \xa0]*so[ \xa0]+(?:" + _GERMAN_DETERMINER
                    + r"[ \xa0]|[A-ZÄÖÜ])", text[at:at + 40]) is not None


def chevron_quote(text: str, at: int, limit: int) -> int:
    """The offset of the « closing a German »…« quote that opens at ``at`` (the »), or -1:
    the » stands before a word (no space), the « after one, within ``limit`` characters,
    with no other guillemet and no paragraph break between them."""
    if at + 1 >= len(text) or not (text[at + 1].isalnum() or text[at + 1] in "„‚'…"):
        return -1
    if at > 0 and text[at - 1].isalnum():
        return -1  # "mot»suite": a French closing mark without its space
    end = text.find("«", at + 1, at + 1 + limit)
    if end < 0 or "»" in text[at + 1:end] or "\n\n" in text[at + 1:end]:
        return -1
    if text[end - 1].isspace() or (end + 1 < len(text) and text[end + 1].isalnum()):
        return -1  # "« " opening a French quote, not closing a German one
    return end


_ARTICLE_OPENING = re.compile(r"(?:der|die|das|dem|den)[ \xa0]+(?=[A-ZÄÖÜ])")


def without_article(speaker: str, start: int) -> tuple[str, int]:
    """A German speaker's description without its lower-case definite article ("die
    Landrätin" → "Landrätin", "der Bürgermeister" → "Bürgermeister"), as French speakers
    are named ("a dit le maire" → "maire"), and its new start. German capitalises every
    noun (Duden, Regeln K 57), so a lower-case article before a capitalised word is a
    determiner, no part of a name; a capitalised one ("Der Spiegel", "Die Linke") may be
    a title's and stays."""
    opening = _ARTICLE_OPENING.match(speaker)
    if opening is None or start < 0:
        return speaker, start
    return speaker[opening.end():], start + opening.end()



_DESCRIPTION = re.compile(r"(?:Der|Die|Das|der|die|das)[ \xa0]+[A-ZÄÖÜ][\w-]+"
                          r"(?:[ \xa0]+(?:von|vom|der|des|für|im|in|aus|am|zur|zum|[A-ZÄÖÜ][\w-]+)"
                          r")*")
"""A German description opened by its definite article: "Die Bürgermeisterin von Fulda",
"Der Leiter des Gesundheitsamts" (every German noun is capitalised, so the French rule
for a lower-case description before its apposed name never read it)."""
_APPOSED_NAME = re.compile(r"[ \xa0]*,[ \xa0]+((?:(?:Dr|Prof)\.[ \xa0]+)?"
                           r"[A-ZÄÖÜ][a-zäöüß'-]+(?:[ \xa0]+[A-ZÄÖÜ][a-zäöüß'-]+){1,2})"
                           r"[ \xa0]*,")
"""A full name (a title "Dr." or "Prof." kept) between the commas of an apposition."""


def apposed_german_name(text: str, speaker: str, start: int, end: int
                        ) -> tuple[str, int, int] | None:
    """The name in apposition after a German description speaker at ``start``-``end``
    ("Die Bürgermeisterin von Fulda, Petra Vogel, sagte: „…“" → Petra Vogel, r-quotes58;
    Duden, *Grammatik*, the close and loose apposition: the name after the comma is the
    person the description is), with its span; None otherwise."""
    if start < 0 or _DESCRIPTION.fullmatch(speaker) is None:
        return None
    found = _APPOSED_NAME.match(text, end)
    if found is None:
        return None
    return found.group(1), found.start(1), found.end(1)


_OFFICE_END = (r"(?:minister|ministerin|präsident|präsidentin|chef|chefin|sprecher|"
               r"sprecherin|meister|meisterin|rat|rätin|senator|senatorin|direktor|"
               r"direktorin|beauftragte|beauftragter|landrat|landrätin)")
_TITLED_NAME = re.compile(r"(?:(?:Der|Die|der|die)[ \xa0]+(?:[A-ZÄÖÜ][\w-]+[ \xa0]+){1,2}|"
                          r"[A-ZÄÖÜ][\w-]+s[ \xa0]+[A-ZÄÖÜ][\w-]*" + _OFFICE_END
                          + r"[ \xa0]+)"
                          r"(?P<name>(?:(?:Dr|Prof)\.[ \xa0]+)?(?P<given>[A-ZÄÖÜ][a-zäöüß-]+)"
                          r"(?:[ \xa0]+(?:(?:van|von|de|den|der|ter|zu|vom|zum|da|di|del)"
                          r"[ \xa0]+){0,2}[A-ZÄÖÜ][a-zäöüß'-]+){1,2}"
                          r"(?:[ \xa0]+(?:De|Van|Ver|Vanden|Vander)[ \xa0]+(?:(?:de|den|der)"
                          r"[ \xa0]+)?[a-zäöüß][a-zäöüß'-]+)?)")
"""A German description and the name it titles in close apposition ("Die Klinikdirektorin
Martina Oswald", "der Landrat Dr. Klaus Weber"), lower-case particles inside the name
("Der Beigeordnete Pieter van den Broeck") and a Flemish lower-case tail after a
capitalised particle ("Bürgermeister Joris De fauw"; r-quotes60); or, with no article, a
place's genitive and an office's noun ("Nordrhein-Westfalens Schulministerin Dorothee
Lindner", "Bayerns Innenminister Joachim Herrmann"; h-speakers66)."""


def titled_german_name(speaker: str, start: int) -> tuple[str, int, int] | None:
    """The name a German description titles in close apposition ("Die Klinikdirektorin
    Martina Oswald" → "Martina Oswald": Duden, *Die Grammatik*, the close apposition, the
    noun of the office before the name; r-quotes59: a pronoun's antecedent kept the
    office), with its span, when its first word is a given name of known gender
    (:func:`veille.enrich.gender.given_name_gender`); None otherwise ("Die Deutsche Bahn")."""
    found = _TITLED_NAME.fullmatch(speaker) if start >= 0 else None
    if found is None or not given_name_gender(found.group("given")):
        return None
    return found.group("name"), start + found.start("name"), start + found.end("name")
