"""Regression (r-ux55, stop54 notes): a copy's ``near_duplicates`` named its original twice
when the original and its update came in the batch before it (the candidate index holds
an article once per content it had, and the copy matched both). Real ingest of text
captures into a real SQLite store, then the export rows, no mocks."""

from __future__ import annotations

from veille.ingest import ingest_texts
from veille.record import Dedup
from veille.store.sqlite import SQLiteStore

URL = "https://www.exemple-quotidien.fr/region/incendie-entrepot-saint-priest-5521"
P1 = ("SAINT-PRIEST (AFP) - Un violent incendie a ravagé dans la nuit de jeudi à vendredi un "
      "entrepôt de stockage de pneumatiques de la zone industrielle de Saint-Priest, sans "
      "faire de victime, a indiqué la préfecture du Rhône.")
P2 = ("Une centaine de sapeurs-pompiers ont été mobilisés pour circonscrire le sinistre, qui "
      "s'est déclaré vers 2 heures du matin dans un bâtiment de 8 000 mètres carrés.")
P3 = ("« Le feu est désormais fixé, mais les opérations d'extinction vont durer toute la "
      "journée », a déclaré le commandant des opérations de secours lors d'un point presse.")
P4 = ("Un panache de fumée noire était visible depuis le centre de Lyon au lever du jour. La "
      "préfecture a recommandé aux habitants de fermer leurs fenêtres.")
P5 = ("Le feu a été déclaré éteint vendredi en fin d'après-midi. Le parquet de Lyon a ouvert "
      "une enquête pour déterminer l'origine du sinistre.")


def capture(url: str, masthead: str, title: str, stamp: str, *paragraphs: str) -> bytes:
    """A text capture whose first line is its URL, as an outlet's page prints it."""
    return "\n".join([url, masthead, "Rechercher", title, f"{masthead} avec AFP", stamp,
                      *paragraphs, ""]).encode()


def test_copy_of_an_original_and_its_update_names_it_once(store: SQLiteStore) -> None:
    ingest_texts(store, [
        ("a.txt", capture(URL, "Le Quotidien", "Saint-Priest : un entrepôt de pneus en feu",
                          "Publié le 04/12/2026 à 07h42", P1, P2, P3, P4)),
        ("b.txt", capture(URL, "Le Quotidien", "Saint-Priest : l'incendie éteint",
                          "Publié le 04/12/2026 à 07h42, mis à jour le 04/12/2026 à 16h30",
                          P1, P2, P3, P4, P5)),
        ("c.txt", capture("https://www.autre-journal.fr/faits-divers/saint-priest-88123",
                          "L'Autre Journal", "Saint-Priest : un entrepôt de pneus en feu",
                          "Publié le 04/12/2026 à 09h15", P1, P2, P3, P4)),
    ])
    articles = {a.url: a for a in store.iter_articles()}
    original, copy = articles[URL], articles[
        "https://www.autre-journal.fr/faits-divers/saint-priest-88123"]
    assert copy.dedup is not None and copy.dedup.relation == "reprint"
    assert copy.dedup.near_duplicates == [original.id]
    assert copy.to_dict()["dedup"]["near_duplicates"] == [original.id]  # the export line


def test_a_stored_repeat_is_read_and_written_once() -> None:
    """Records written before the fix (a store, an export) hold the repeat: it is read
    back once, in its order."""
    dedup = Dedup.from_dict({"fingerprint": "f", "near_duplicates": ["b", "a", "b", "a"]})
    assert dedup.near_duplicates == ["b", "a"]
    dedup.near_duplicates = ["c", "c", "a"]
    assert dedup.to_dict()["near_duplicates"] == ["c", "a"]
