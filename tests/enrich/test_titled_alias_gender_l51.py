"""A titled surname is not the known person of the other gender (t-final51 A4c): the
alias table knows "Macron" as Emmanuel Macron, so "Mme Macron" (after "son épouse
Brigitte Macron") was linked to him, and her quote, "a-t-elle confié", was listed among
his. The title's gender must agree with the given name's. Invented sentences, through the
real enrichment pipeline."""

from __future__ import annotations

from tests.enrich.conftest import enrich

from veille.enrich.stage import Resources

VISIT = ("Visite d'État : le couple présidentiel reçu à Tokyo\n\n"
         "Emmanuel Macron et son épouse Brigitte Macron ont été reçus samedi au palais "
         "impérial de Tokyo.\n\n"
         "« Le Japon est un partenaire indispensable », a déclaré le président lors du "
         "dîner. Mme Macron a de son côté visité une école de Shibuya. « Les enfants m'ont "
         "offert des origamis magnifiques », a-t-elle confié.")


def _owner(enrichment: dict[str, object], mention: str) -> dict[str, object]:
    return next(e for e in enrichment["entities"]  # type: ignore[attr-defined]
                if any(m[2] == mention for m in e["mentions"]))


def test_mme_is_not_the_president(resources: Resources) -> None:
    found = enrich(resources, VISIT)
    madame = _owner(found, "Mme Macron")
    assert madame["name"] == "Brigitte Macron"
    president = _owner(found, "Emmanuel Macron")
    assert all(m[2] != "Mme Macron" for m in president["mentions"])  # type: ignore[index]
    quote = next(q for q in found["quotes"]  # type: ignore[attr-defined]
                 if q["text"].startswith("Les enfants"))
    assert quote.get("speaker_id") != president["id"]


def test_a_title_of_the_same_gender_still_links(resources: Resources) -> None:  # guard
    text = ("Le président en visite à Lyon\n\n"
            "Emmanuel Macron s'est rendu mardi à Lyon. M. Macron a visité une usine de "
            "batteries avant de rencontrer les élus de la métropole.")
    found = enrich(resources, text)
    assert _owner(found, "M. Macron")["name"] == "Emmanuel Macron"
