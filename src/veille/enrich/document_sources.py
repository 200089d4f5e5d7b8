"""The body whose document a quote is read in, named after the quote (t-final64 #4,
h-speakers65): '"…", si legge in una nota della compagnia', "«…», se lee en un comunicado
del Ayuntamiento", "“…”, lê-se num comunicado da Câmara", "«…», es llegeix en un comunicat
de l'Ajuntament", "„…“, hieß es in einer Mitteilung der Deutschen Bahn".

An impersonal verb of reading or saying (Italian "si legge", Spanish "se lee", Portuguese
"lê-se", Catalan "es llegeix", German "heißt es"/"hieß es", the French "lit-on"/"peut-on
lire" read by ``quotes._read_in_document``) has no subject that speaks: the words are the
document's, and the document's author, its "di"/"de"/"der" complement, is the speaker
(the French press's "peut-on lire dans le communiqué de X": Grevisse § 1045 for the source
of an assertion; Treccani, "leggere": "si legge" in a text, its author speaking). Unread,
the quote was given the previous quote's speaker (the fallback "continued").

Pure functions over strings.
"""

from __future__ import annotations

import re

__all__ = ["document_source"]

_READING = (
    r"(?:si[ \xa0]+legge|si[ \xa0]+leggeva|se[ \xa0]+lee|se[ \xa0]+le[ií]a|lê-se|lia-se|"
    r"pode[ \xa0]+ler-se|es[ \xa0]+llegeix|(?:hei(?:ß|ss)t|hie(?:ß|ss))[ \xa0]+es|"
    # French "peut-on lire dans le communiqué de X" (the author speaks; a document as the
    # speaker named no one, h-speakers65)
    r"(?:peut|pouvait)-on[ \xa0]+lire|lit-on|lisait-on)")
"""Impersonal verbs of reading ("si legge", "se lee", "lê-se", "es llegeix") and the German
impersonal "heißt es"/"hieß es" ("it says")."""
_IN = (r"(?:in|nel|nella|nello|nell['’]|en|em|no|na|num|numa|al|a|im|auf|dans)"
       r"(?:[ \xa0]+|(?<=['’]))"
       r"(?:(?:un|una|uno|un['’]|el|la|il|lo|l['’]|o|a|einer|einem|der|dem|une|le|son|sa)"
       r"(?:[ \xa0]+|(?<=['’])))?")
"""The preposition (and article) before the document: "in una", "nel", "en un", "num",
"in einer"."""
_DOCUMENT = (r"(?:nota|note|comunicato|comunicado|comunicat|communiqué|messaggio|mensaje|"
             r"mensagem|missatge|lettera|carta|escrito|post|[Pp]resse)?"
             r"(?:[Mm]itteilung|[Ee]rklärung|[Ss]tellungnahme)?")
"""The document's noun: a note, a press release, a message, a letter, a post (and German
"Mitteilung", "Pressemitteilung", "Erklärung", "Stellungnahme")."""
_OF = (r"(?:di|del|della|dello|dell['’]|dei|degli|delle|de[ \xa0]+la|de[ \xa0]+los|"
       r"de[ \xa0]+las|de[ \xa0]+l['’]|de|du|d['’]|do|da|dos|das|der|des|von)"
       r"(?:[ \xa0]+|(?<=['’]))")
"""The link to the author, longest first ("de la" before "de": the article is no part of
the author's name)."""
_SOURCE = re.compile(
    r"[ \xa0]*[,.]?[ \xa0]*" + _READING + r"[ \xa0]+" + _IN + r"(?P<document>" + _DOCUMENT
    + r")(?:[ \xa0]+[a-zà-ÿ]+){0,2}?[ \xa0]+" + _OF
    + r"(?P<who>[^\W\d][^,.;:!?«»“”\"„\n()]{1,80}?)[ \xa0]*(?=[,.;:!?\n(]|$)")
"""The whole shape after a quote's closing mark: the reading verb, the document, its
author up to the clause's end."""


def document_source(tail: str) -> tuple[str, int, int] | None:
    """The author named in ``tail`` (the text after a quote's closing mark) when it opens
    with a reading verb and a document of that author: ``(author, start, end)``, offsets
    in ``tail``; None otherwise."""
    match = _SOURCE.match(tail)
    if match is None or not match.group("document"):
        return None
    # the name's pattern takes two characters at least: a one-letter author ends on the
    # space after it ("una nota di A "), no part of the name
    who = match.group("who").rstrip(" \xa0")
    return who, match.start("who"), match.start("who") + len(who)
