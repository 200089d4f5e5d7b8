"""Regressions (t-final52b A7, A8, B6; r-versions53): a copy is credited to the article and
version whose text it holds; one outlet written two ways is one outlet for dedup and the
story counts; two copies neither of which can be shown first share their source. Real
ingest of text captures and pages into a real SQLite store, no mocks."""

from __future__ import annotations

from veille.ingest import ingest_texts
from veille.outlet_groups import outlet_groups
from veille.outlet_identity import one_outlet, outlet_key
from veille.store.sqlite import SQLiteStore

P1 = ("Un camion-citerne transportant du lait s'est renversé jeudi matin sur la route "
      "départementale 975 entre Mayenne et Ernée, bloquant la circulation pendant plusieurs "
      "heures dans les deux sens.")
P2 = ("Le chauffeur, âgé de 52 ans, a été légèrement blessé et transporté au centre "
      "hospitalier de Laval. « La citerne n'a pas fui, ce qui a évité une pollution du "
      "ruisseau voisin », a indiqué un officier des sapeurs-pompiers de la Mayenne.")
P3_OLD = "Une déviation a été mise en place par la commune de Saint-Baudelle."
P3_NEW = ("La route a été rouverte peu avant 14 heures, après le relevage du véhicule par une "
          "grue venue de Château-Gontier. Les gendarmes ont ouvert une enquête sur les causes "
          "de l'accident.")


def capture(masthead: str, title: str, stamp: str, *paragraphs: str) -> bytes:
    """A text capture as an outlet's page prints it (masthead, menu, headline, date)."""
    return "\n".join([masthead, "Rechercher", title, stamp, *paragraphs, ""]).encode()


def _by_title(store: SQLiteStore, words: str) -> str:
    [found] = [a.id for a in store.iter_articles()
               if a.content is not None and words in a.content.title]
    return found


def test_copy_of_an_update_is_credited_to_the_outlet_that_printed_it(
        store: SQLiteStore) -> None:
    """A: the root never printed the update's paragraph; the copy holds it."""
    ingest_texts(store, [("a.txt", capture(
        "Courrier picard", "Un camion de lait se renverse près d'Ernée",
        "Publié le 03/12/2026 à 08h05", P1, P2, P3_OLD + " Les secours sont sur place."))])
    ingest_texts(store, [("b.txt", capture(
        "Ouest-France", "Accident près d'Ernée : un camion-citerne couché sur la RD 975",
        "Publié le 03/12/2026 à 08h40", P1, P2, P3_OLD))])
    ingest_texts(store, [("b2.txt", capture(
        "Ouest-France", "Accident près d'Ernée : la RD 975 rouverte",
        "Publié le 03/12/2026 à 08h40 Modifié le 03/12/2026 à 14h20", P1, P2, P3_NEW))])
    ingest_texts(store, [("c.txt", capture(
        "Le Parisien", "Mayenne : un camion de lait renversé, la route rouverte",
        "Le 03/12/2026 à 15h00", P1, P2, P3_NEW))])
    holder = _by_title(store, "la RD 975 rouverte")
    copy = store.get(_by_title(store, "camion de lait renversé"))
    assert copy.dedup is not None and copy.dedup.relation == "reprint"
    assert copy.dedup.duplicate_of == holder  # was the Courrier's article, "1.00"
    [link] = [lk for lk in store.links(copy.id) if lk.other_id == holder]
    assert (link.direction, link.score, link.version) == ("of", 1.0, 2)
    [back] = [lk for lk in store.links(holder) if lk.other_id == copy.id]
    assert (back.direction, back.version) == ("by", 2)


def test_copies_of_the_original_text_stay_filed_under_it(store: SQLiteStore) -> None:
    """Control: copies holding only the original's text (one outlet's date added to the
    lead) are the original's, never a copy's."""
    ingest_texts(store, [("a.txt", capture(
        "Courrier picard", "Un camion de lait se renverse près d'Ernée",
        "Publié le 03/12/2026 à 08h05", P1, P2, P3_OLD))])
    ingest_texts(store, [("b.txt", capture(
        "Ouest-France", "Un camion-citerne couché sur la RD 975",
        "Publié le 03/12/2026 à 08h40", P1 + " (Mayenne)", P2, P3_OLD))])
    ingest_texts(store, [("c.txt", capture(
        "Le Parisien", "Mayenne : un camion de lait renversé",
        "Le 03/12/2026 à 09h30", P1 + " (Mayenne)", P2, P3_OLD))])
    [root] = [a.id for a in store.iter_articles() if a.source == "Courrier picard"]
    for words in ("couché", "camion de lait renversé"):
        copy = store.get(_by_title(store, words))
        assert copy.dedup is not None and copy.dedup.duplicate_of == root


def test_one_outlet_in_capitals_is_its_update_not_a_reprint(store: SQLiteStore) -> None:
    """A8: the masthead in capitals is the same outlet: its update is a version, and the
    story counts one source."""
    ingest_texts(store, [("a.txt", capture(
        "La Dépêche du Midi", "Un camion-citerne renversé sur la RD 975",
        "Publié le 03/12/2026 à 08h40", P1, P2, P3_OLD))])
    summary = ingest_texts(store, [("b.txt", capture(
        "LA DÉPÊCHE DU MIDI", "La RD 975 rouverte après l'accident du camion-citerne",
        "Publié le 03/12/2026 à 08h40 Modifié le 03/12/2026 à 14h20", P1, P2, P3_NEW))])
    assert (summary.new, summary.versions) == (0, 1)  # was a new "[reprint]" article
    [article] = list(store.iter_articles())
    assert article.dedup is not None and not article.dedup.relation
    assert len(store.versions(article.id)) == 1
    [story] = store.stories(limit=5)
    assert story.sources == 1


def test_outlet_keys() -> None:
    """One outlet written several ways; two outlets of one group stay two."""
    assert outlet_key("OUEST-FRANCE") == outlet_key("Ouest-France") == "ouest-france.fr"
    assert outlet_key("Le Monde.fr") == outlet_key("Le Monde") == outlet_key("lemonde.fr")
    assert outlet_key("NORD ÉCLAIR") == outlet_key("Nord Éclair")
    assert one_outlet("Nord Littoral", "nordlittoral.fr")
    assert not one_outlet("Nice-Matin", "Var-Matin")
    assert not one_outlet("France Bleu", "France Bleu Isère")
    assert not one_outlet("", "")
    assert len(outlet_groups(["OUEST-FRANCE", "Ouest-France", "ouest-france.fr"])) == 1
    assert len(outlet_groups(["Le Monde.fr", "Le Monde"])) == 1
    assert len(outlet_groups(["Nice-Matin", "Var-Matin"])) == 2


def page(site: str, title: str, published: str, author: str, *, modified: str = "") -> bytes:
    """An outlet's article page (HTML) with its own canonical URL."""
    slug = "".join(c for c in site.lower() if c.isalpha())
    stamp = f'<meta property="article:modified_time" content="{modified}">' if modified else ""
    body = "".join(f"<p>{p}</p>" for p in (P1, P2, P3_OLD))
    return (f'<!DOCTYPE html><html lang="fr"><head><meta charset="utf-8"><title>{title}'
            f'</title><meta property="og:site_name" content="{site}">'
            f'<link rel="canonical" href="https://www.{slug}.fr/faits-divers/camion-1234.html">'
            f'<meta property="article:published_time" content="{published}">{stamp}'
            f'<meta name="author" content="{author}"></head><body><article><h1>{title}</h1>'
            f"{body}</article></body></html>").encode()


def test_a_same_time_pair_shares_its_agency(store: SQLiteStore) -> None:
    """B6: two outlets' copies published at the same minute, both "avec AFP", one stating
    an update: neither is shown as the other's copy; the link names the agency."""
    ingest_texts(store, [("a.html", page("Le Maine Libre", "Un camion de lait renversé",
                                         "2026-12-03T09:00:00+01:00",
                                         "Le Maine Libre avec AFP",
                                         modified="2026-12-03T09:50:00+01:00"))])
    ingest_texts(store, [("b.html", page("Actu Mayenne", "Camion-citerne couché sur la RD 975",
                                         "2026-12-03T09:00:00+01:00", "Actu avec AFP"))])
    ids = [a.id for a in store.iter_articles()]
    links = [lk for i in ids for lk in store.links(i) if lk.relation == "reprint"]
    assert len(links) == 2 and {lk.shared for lk in links} == {"AFP"}


def test_a_later_copy_is_still_a_reprint(store: SQLiteStore) -> None:
    """Control: 40 minutes later, the copy is the reprint (no shared source said)."""
    ingest_texts(store, [("a.html", page("Le Maine Libre", "Un camion de lait renversé",
                                         "2026-12-03T09:00:00+01:00",
                                         "Le Maine Libre avec AFP"))])
    ingest_texts(store, [("b.html", page("Actu Mayenne", "Camion-citerne couché sur la RD 975",
                                         "2026-12-03T09:40:00+01:00", "Actu avec AFP"))])
    ids = [a.id for a in store.iter_articles()]
    links = [lk for i in ids for lk in store.links(i) if lk.relation == "reprint"]
    assert len(links) == 2 and {lk.shared for lk in links} == {None}


def test_a_copy_read_before_the_update_it_holds_moves_to_it(store: SQLiteStore) -> None:
    """A7 in the other arrival order: the copy of the update comes before the update."""
    ingest_texts(store, [("a.txt", capture(
        "Courrier picard", "Un camion de lait se renverse près d'Ernée",
        "Publié le 03/12/2026 à 08h05", P1, P2, P3_OLD + " Les secours sont sur place."))])
    ingest_texts(store, [("b.txt", capture(
        "Ouest-France", "Accident près d'Ernée : un camion-citerne couché sur la RD 975",
        "Publié le 03/12/2026 à 08h40", P1, P2, P3_OLD))])
    ingest_texts(store, [("c.txt", capture(
        "Le Parisien", "Mayenne : un camion de lait renversé, la route rouverte",
        "Le 03/12/2026 à 15h00", P1, P2, P3_NEW))])
    summary = ingest_texts(store, [("b2.txt", capture(
        "Ouest-France", "Accident près d'Ernée : la RD 975 rouverte",
        "Publié le 03/12/2026 à 08h40 Modifié le 03/12/2026 à 14h20", P1, P2, P3_NEW))])
    assert summary.versions == 1
    holder = _by_title(store, "la RD 975 rouverte")
    copy = store.get(_by_title(store, "camion de lait renversé"))
    assert copy.dedup is not None and copy.dedup.duplicate_of == holder
    assert [(lk.direction, lk.version) for lk in store.links(copy.id)
            if lk.relation == "reprint"] == [("of", 2)]
