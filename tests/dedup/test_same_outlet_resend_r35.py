"""A same-outlet re-send is a republication, with or without ``--source`` (r-stories35,
t-final33's La Montagne 05/17 question): a text capture republished by its outlet hours
later under a new headline, one word of the lead changed and no update stated, is a
``republication`` of the first whether the outlet comes from the masthead or from
``--source``; the outlet's later, different article on the same event (its own lead and
body, one background sentence in common) is no copy at all. Real store, captures written
here (invented local news)."""

from __future__ import annotations

from pathlib import Path

import pytest

import veille

HEAD = ("Le Courrier du Quercy\nMenu\nRechercher\nSe connecter\n"
        "Lot  Cahors  Figeac  Sports\n\nFaits divers > Cahors\n\n{title}\n\n"
        "Publié le 02/11/2026 à {time}\n\nPar Hugo Lestrade\n\n")
BODY = [
    "Deux jours après l'effondrement d'un mur de soutènement sur le quai Cavaignac, qui a "
    "enseveli deux voitures à Cahors, le propriétaire de l'immeuble voisin a été {verb} "
    "lundi pour « mise en danger de la vie d'autrui ».",
    "Le parquet de Cahors reproche à cet homme de 58 ans d'avoir ignoré trois mises en "
    "demeure de la mairie depuis 2024. « Les fissures étaient visibles depuis la rue », a "
    "indiqué le procureur, Thierry Massol.",
    "Aucun blessé n'est à déplorer. Le quai reste fermé à la circulation jusqu'à la fin des "
    "travaux de confortement, prévus pour durer six semaines.",
]
LATER = [
    "La mairie de Cahors a présenté mardi le chantier de confortement du quai Cavaignac : "
    "des micropieux seront forés sous la chaussée à partir du 16 novembre.",
    "Les riverains pourront accéder à leurs garages à pied. Un bus de substitution desservira "
    "l'arrêt Cavaignac pendant toute la durée des travaux.",
    "Aucun blessé n'est à déplorer. Le quai reste fermé à la circulation jusqu'à la fin des "
    "travaux de confortement, prévus pour durer six semaines.",
]


def capture(title: str, time: str, paragraphs: list[str], verb: str = "") -> str:
    return HEAD.format(title=title, time=time) + "\n\n".join(
        p.format(verb=verb) for p in paragraphs) + "\n"


@pytest.mark.parametrize("source", [None, "lecourrierduquercy.fr"])
def test_a_resend_is_a_republication_and_a_later_article_no_copy(
        tmp_path: Path, source: str | None) -> None:
    folder = tmp_path / "in"
    folder.mkdir()
    (folder / "a.txt").write_text(capture("Mur effondré à Cahors : le propriétaire mis en "
                                          "examen", "11h05", BODY, "mis en examen"))
    (folder / "b.txt").write_text(capture("Mur effondré à Cahors : le propriétaire placé "
                                          "sous contrôle judiciaire", "18h40", BODY,
                                          "placé sous contrôle judiciaire"))
    (folder / "c.txt").write_text(capture("Quai Cavaignac : six semaines de travaux après "
                                          "l'effondrement", "19h30", LATER))
    with veille.open(tmp_path / "data") as v:
        v.ingest(folder, source=source)
        by_title = {a.content.title: a for a in v.store.iter_articles()}
    first = next(a for t, a in by_title.items() if "mis en examen" in t)
    resend = next(a for t, a in by_title.items() if "contrôle judiciaire" in t)
    later = next(a for t, a in by_title.items() if "six semaines" in t)
    assert resend.dedup is not None and resend.dedup.relation == "republication"
    assert resend.dedup.duplicate_of == first.id
    assert later.dedup is not None and later.dedup.relation == ""
    assert first.dedup is not None and first.dedup.relation == ""
