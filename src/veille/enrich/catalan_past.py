"""The Catalan periphrastic past of the verbs of saying, read as the compound past
(t-check66 F8, h-speakers67).

Catalan news writes its past with "anar" + infinitive, the "passat perifràstic" ("«…», va
dir Gómez durant la visita", "«…», va explicar Jordi Vives", "els veïns van denunciar
que «…»": Institut d'Estudis Catalans, *Gramàtica de la llengua catalana*, 2016, § 24.4.3,
the periphrastic past, the usual past of the written language). The quote rules read the
compound past ("ha explicat", "ha dit": :mod:`~veille.enrich.romance_subjects` writes
its auxiliary as the French one, " a"), not this one: the speaker was unknown.

:func:`as_compound_past` rewrites "va"/"van" + an infinitive of saying into the compound
past of the same length, its auxiliary written as the French one as
:mod:`~veille.enrich.romance_subjects` does ("va dir" → " a dit", "van explicar" → "ont
explicat", "va reconèixer" → " a  reconegut", spaces filling the difference), so every
offset of a quote and speaker holds. The infinitives are the closed class of the "verbs
de dicció" (IEC, *Gramàtica*, § 30.3.2) a news report uses; none is a French, Spanish,
Italian or Portuguese word written after "va" ("il va dire", "va a decir", "vai dizer" differ).
"""

from __future__ import annotations

import re

__all__ = ["CATALAN_PARTICIPLES", "as_compound_past"]

_REGULAR_AR = (
    "afirm", "explic", "assegur", "declar", "indic", "assenyal", "anunci", "manifest",
    "destac", "subratll", "remarc", "lament", "denunci", "critic", "record", "defens",
    "reiter", "apunt", "inform", "relat", "precis", "detall", "xifr", "coment", "confirm",
    "avis", "alert", "deman", "reclam", "insinu", "concret", "valor", "pregunt", "matis",
    "reivindic", "expos", "celebr", "ressalt", "emfasitz", "argument", "contest", "replic",
    "avanç", "puntualitz", "opin")
"""Stems of the first conjugation ("explicar" → "explicat"), by the IEC's verbs of
saying."""

_IRREGULAR = {
    "dir": "dit", "afegir": "afegit", "advertir": "advertit", "insistir": "insistit",
    "reconèixer": "reconegut", "respondre": "respost", "admetre": "admès",
    "escriure": "escrit", "sostenir": "sostingut", "concloure": "conclòs",
    "prometre": "promès", "repetir": "repetit", "referir": "referit", "garantir": "garantit",
    "exigir": "exigit", "agrair": "agraït",
}
"""Infinitives of the other conjugations (and of irregular verbs) → their participles."""

_INFINITIVES: dict[str, str] = {
    **{stem + "ar": stem + "at" for stem in _REGULAR_AR},
    **_IRREGULAR,
}

CATALAN_PARTICIPLES = frozenset(_INFINITIVES.values())
"""The participles of the verbs of saying rewritten here ("explicat", "dit", "xifrat")."""

_PERIPHRASTIC = re.compile(
    r"(?<![\w'’-])(va|van|Va|Van)([ \xa0]+)(" +
    "|".join(sorted(_INFINITIVES, key=len, reverse=True)) + r")(?![\w'’-])")


def as_compound_past(text: str) -> str:
    """``text`` (same length) with each "va"/"van" + infinitive of saying written as the
    compound past, French auxiliary " a"/"ont" + Catalan participle, spaces after the
    auxiliary making up the difference in length ("va reconèixer" → " a  reconegut");
    ``text`` itself when it holds none."""
    def compound(match: re.Match[str]) -> str:
        auxiliary = {"va": " a", "van": "ont", "Va": " A", "Van": "Ont"}[match.group(1)]
        participle = _INFINITIVES[match.group(3)]
        gap = len(match.group()) - len(auxiliary) - len(participle)
        return auxiliary + " " * gap + participle

    return _PERIPHRASTIC.sub(compound, text)
