"""What closes a speaker's words and is no part of them: the listener after a postposed
name, the article before a body's name (issue 16, t-check62 #3 and #8).

- **the listener**: "», dijo la concejala Marisa Albarracín a los periodistas", "», ha
  dichiarato l'assessore Piergiorgio Valsecchi ai cronisti", "», disse o vereador Fernão
  Azevedo aos jornalistas", "“, sagte Verkehrsminister Christian Bernreiter dem
  Bayerischen Rundfunk". The verb of saying takes an indirect object, whom the words
  were said to (Spanish "a", Italian "a", Portuguese "a", German the dative: RAE,
  *Nueva gramática*, § 35.1, "el complemento indirecto"; Serianni, *Grammatica italiana*,
  II.36, "complemento di termine"; Cunha and Cintra, ch. 7, "objeto indireto"; Duden,
  *Grammatik*, "sagen + Dativ"). After an inverted subject that ends with a name it
  opens the verb's complement, not the subject's: the speaker ends before it
  (:func:`without_listener`). French "à"/"au"/"aux" already end a noun phrase in
  ``quotes._NP_END``.
- **the article of a body's name**: "A Câmara Municipal do Porto afirmou", "El
  Ayuntamiento de Tarazona ha explicado", "Die Stadtverwaltung Rosenheim teilte mit":
  the definite article before a body's head noun (``organisation_heads``) is the
  determiner of the sentence's noun phrase, not part of the name ("Câmara Municipal do
  Porto" is how the body is listed); an outlet's title keeps its own ("El País", "Der
  Spiegel": no head noun follows) (:func:`without_body_article`).

Pure functions over strings.
"""

from __future__ import annotations

import re

from veille.enrich.gender import given_name_gender
from veille.enrich.organisation_heads import is_organisation_head

__all__ = ["without_body_article", "without_listener"]

_LISTENER = re.compile(
    r"[ \xa0]+(?:(?P<romance>a[ \xa0]+(?:la|las|los|l['’])|al|ai|agli|alle|alla|allo|"
    r"all['’]|ao|aos|à|às|a)|(?P<dative>dem|den)|(?P<der>der))(?:(?<=['’])|[ \xa0]+)(?=\S)")
"""A preposition or dative article that can open the verb's indirect object: Spanish
"a (la|los|las)", "al"; Italian "a", "ai", "agli", "alla", "alle", "allo", "all'";
Portuguese "a", "ao", "aos", "à", "às"; German "dem", "den" (a dative or accusative, never
a genitive) and "der" (a feminine dative, or a genitive: see ``without_listener``)."""

_CAPITALISED = re.compile(r"[A-ZÀ-ÝÄÖÜ][\w'’-]*")
_NEXT_WORD = re.compile(r"[ \xa0]*(?:(?:la|las|los|il|lo|gli|le|o|os|as|l['’])[ \xa0]*)?(\S+)")


def _name_run(before: str) -> list[str]:
    """The capitalised words closing ``before`` (a name, a German noun and a name)."""
    run: list[str] = []
    for word in reversed(before.split()):
        if not _CAPITALISED.fullmatch(word):
            break
        run.append(word)
    return run[::-1]


_STAFF = re.compile(
    r"(?i)(?:chef|redakteur|reporter|korrespondent|journalist|herausgeber|sprecher|"
    r"kolumnist|autor|verleger|moderator)")
"""German nouns of an outlet's staff: "Chefredakteurin Anna Roth der Süddeutschen Zeitung"
holds a genitive (her paper), never the listener."""


def _outlet_after(rest: str) -> bool:
    """Whether ``rest`` (the words after a German "der") opens with a known outlet's name,
    in the dative's weak ending ("der Süddeutschen Zeitung" of "Süddeutsche Zeitung"):
    the feminine dative of the listener ("sagte Bürgermeisterin Jorinde Haas der
    Süddeutschen Zeitung", no known given name: h-speakers67)."""
    from veille.enrich.cited_outlets import is_outlet_name

    words = rest.split()
    for size in (3, 2, 1):
        if len(words) < size:
            continue
        name = " ".join(w.strip(".,;:!?") for w in words[:size])
        if is_outlet_name(name) or is_outlet_name(re.sub(r"(?<=e)n\b", "", name)):
            return True
    return False


def _named_person(run: list[str]) -> bool:
    """Whether ``run`` ends with a given name then at least one more word ("Irmgard
    Zwerger", "Landrätin Irmgard Zwerger")."""
    return any(given_name_gender(word) for word in run[:-1])


def without_listener(phrase: str) -> str:
    """``phrase`` (an inverted subject) cut before the indirect object that follows a
    capitalised word, or unchanged.

    The cut is made when the preposition follows a capitalised word (a name or, in
    German, a noun) and either a lower-case noun follows it ("a los periodistas", "ai
    cronisti"), or the capitalised words before it hold a given name then a surname
    ("Juan Pérez a Efe"); a German "dem"/"den" after a capitalised word is always
    a dative object; "der" only after a person's name ("Sprecher der Stadt" is a
    genitive, "Irmgard Zwerger der Allgäuer Zeitung" a dative). A role's own
    complement ("assessore alla Sanità") follows a lower-case noun and stays.
    """
    for m in _LISTENER.finditer(phrase):
        run = _name_run(phrase[:m.start()])
        if not run:
            continue
        if m.group("dative"):
            return phrase[:m.start()]
        if m.group("der"):
            if len(run) >= 2 and (_named_person(run) or (
                    _outlet_after(phrase[m.end():]) and not _STAFF.match(run[0]))):
                return phrase[:m.start()]
            continue
        following = _NEXT_WORD.match(phrase, m.end())
        lower = following is not None and following.group(1)[:1].islower()
        if lower or (len(run) >= 2 and _named_person(run)):
            return phrase[:m.start()]
    return phrase


_BODY_ARTICLE = re.compile(
    r"(?:El|La|Los|Las|Il|Lo|Gli|I|A|O|Os|As|Der|Die|Das|The|L['’])[ \xa0]*"
    r"(?=(?P<head>[A-ZÀ-Ý][\w-]+))")
_HEAD_LANGUAGES = ("es", "it", "pt", "de", "en", "ca")
_PORTUGUESE_NAMED_BODY = re.compile(
    r"(?:a|o|os|as)[ \xa0]+(?=[A-ZÀ-Ý][\w-]+(?:[ \xa0]+[A-ZÀ-Ý][\w-]+)*[ \xa0]+"
    r"(?:do|da|dos|das)[ \xa0]+[A-ZÀ-Ý])")
"""A lower-case Portuguese definite article before a name that holds the Portuguese
contraction "do"/"da"/"dos"/"das" ("», informou a Metro do Porto", "», disse o Sporting
Clube de Braga" is not one): the inverted subject's determiner, no part of the name;
Spanish and Italian write "del"/"della", and their "a" is no article (Cunha and Cintra,
ch. 10, the contraction of "de" and the article)."""


def without_body_article(speaker: str, start: int) -> tuple[str, int]:
    """``speaker`` without the definite article that opens a body's name ("A Câmara
    Municipal do Porto" → "Câmara Municipal do Porto", "Der Landkreis Oberallgäu" →
    "Landkreis Oberallgäu") and its new start (``start`` + the characters cut; a
    negative ``start``, no span, is kept). Unchanged when the word after the article
    is no head noun of ``organisation_heads`` in es/it/pt/de/en/ca ("El País", "Der
    Spiegel")."""
    portuguese = _PORTUGUESE_NAMED_BODY.match(speaker)
    if portuguese is not None:  # "informou a Metro do Porto": the article (h-speakers65)
        return speaker[portuguese.end():], (start + portuguese.end() if start >= 0 else start)
    m = _BODY_ARTICLE.match(speaker)
    if m is None or not any(is_organisation_head(m.group("head"), lang)
                            for lang in _HEAD_LANGUAGES):
        return speaker, start
    return speaker[m.end():], (start + m.end() if start >= 0 else start)
