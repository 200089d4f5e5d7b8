"""Two captures of one article read out of order (newuser7 P14): the capture with the later
evidence of time stays the current article, the older one goes into the version chain at
its place, and the index, enrichment and alerts see no change."""

from __future__ import annotations

from datetime import UTC, datetime
from pathlib import Path

from hypothesis import given
from hypothesis import strategies as st

from sitekit import warc_record
from veille.dedup.capture_order import compare_captures
from veille.record import sha256_hex
from veille.service import Veille
from veille.settings import Settings

URL = "https://metro.example/lille/2026/11/30/panne-metro"
BEFORE = ["Le métro de Lille est à l'arrêt depuis 7 heures ce lundi sur ses deux lignes, "
          "une panne électrique touchant le poste de commande des rames.",
          "Des bus de substitution ont été mis en place entre les stations Gare Lille-Flandres "
          "et Quatre-Cantons, selon l'exploitant, qui ne donne aucun horaire de reprise.",
          "Plus de cent mille voyageurs sont touchés aux heures de pointe, et la préfecture "
          "conseille d'éviter les déplacements non indispensables."]
AFTER = [*BEFORE[:2],
         "Le trafic a repris à 13 heures sur la ligne 1, puis sur la ligne 2, après le "
         "remplacement d'un transformateur à Wambrechies, a précisé l'exploitant.",
         "Un rapport détaillé sur l'origine de la panne sera remis à la métropole vendredi."]
LATER = [*AFTER, "La métropole demande un dédommagement des abonnés pour la journée perdue, "
                 "a annoncé son président en fin d'après-midi."]


def _page(paragraphs: list[str], *, modified: str | None = None) -> bytes:
    dates = '"datePublished": "2026-11-30T08:10:00+01:00"' + (
        f', "dateModified": "{modified}"' if modified else "")
    body = "".join(f"<p>{p}</p>" for p in paragraphs)
    return (f'<html lang="fr"><head><meta charset="utf-8"><title>Panne du métro</title>'
            f'<link rel="canonical" href="{URL}"><script type="application/ld+json">'
            f'{{"@type": "NewsArticle", "headline": "Panne du métro", {dates}}}</script>'
            f"</head><body><article><h1>Panne du métro</h1>{body}</article></body>"
            f"</html>").encode()


def _warc(path: Path, captures: list[tuple[str, list[str]]]) -> Path:
    """One record per capture, in the order given; the pages carry no dates of their own
    (the same ``datePublished`` at most), so only WARC-Date tells them apart."""
    path.write_bytes(b"".join(
        warc_record(URL, _page(text), n=n, date=date) for n, (date, text) in
        enumerate(captures)))
    return path


def _current_text(veille: Veille) -> list[str]:
    [article] = veille.latest()
    assert article.content is not None
    return article.content.paragraphs


def test_a_warc_whose_later_capture_comes_first_keeps_the_later_one(tmp_path: Path) -> None:
    path = _warc(tmp_path / "reversed.warc", [("2026-11-30T13:00:00Z", AFTER),
                                              ("2026-11-30T09:00:00Z", BEFORE)])
    with Veille(Settings(data_dir=tmp_path / "data")) as veille:
        summary = veille.ingest(path)
        assert (summary.new, summary.versions) == (1, 1)
        assert _current_text(veille) == AFTER
        [article] = veille.latest()
        assert article.raw.fetched_at == datetime(2026, 11, 30, 13, tzinfo=UTC)
        assert veille.search("Wambrechies").total == 1
        assert veille.search('"rapport détaillé"').total == 1
        [version] = veille.store.versions(article.id)
        assert version.version == 1 and "-Plus de cent mille" in version.diff
        assert "+Un rapport détaillé" in version.diff  # from the older to the current
        again = veille.ingest(path)  # the late capture is known now: nothing changes
        assert (again.new, again.versions) == (0, 0)
        assert len(veille.store.versions(article.id)) == 1


def test_a_warc_in_capture_order_is_the_control(tmp_path: Path) -> None:
    path = _warc(tmp_path / "ordered.warc", [("2026-11-30T09:00:00Z", BEFORE),
                                             ("2026-11-30T13:00:00Z", AFTER)])
    with Veille(Settings(data_dir=tmp_path / "data")) as veille:
        summary = veille.ingest(path)
        assert (summary.new, summary.versions) == (1, 1)
        assert _current_text(veille) == AFTER
        assert veille.search("Wambrechies").total == 1


def test_saved_pages_read_newest_first_keep_the_update(tmp_path: Path) -> None:
    """The page's own dateModified outranks the order (and time) the files are read."""
    newer = tmp_path / "2-update.html"
    newer.write_bytes(_page(AFTER, modified="2026-11-30T13:20:00+01:00"))
    older = tmp_path / "1-initial.html"
    older.write_bytes(_page(BEFORE))
    with Veille(Settings(data_dir=tmp_path / "data")) as veille:
        assert veille.ingest(newer).new == 1
        seq = veille.store.change_seq()
        late = veille.ingest(older)
        assert (late.new, late.versions, late.failed) == (0, 1, 0)
        # Nothing for the index, enrichment or alerts to follow: the article is unchanged.
        assert veille.store.change_seq() == seq
        [article] = veille.latest()
        assert article.content is not None and _current_text(veille) == AFTER
        assert article.content.updated == datetime(2026, 11, 30, 12, 20, tzinfo=UTC)
        assert veille.search("Wambrechies").total == 1
        # The older capture is kept: its raw input, and its text in the chain.
        [version] = veille.store.versions(article.id)
        assert "-Plus de cent mille" in version.diff
        assert veille.store.get_raw(sha256_hex(older.read_bytes())).data == older.read_bytes()


def test_saved_pages_in_order_are_the_control(tmp_path: Path) -> None:
    older = tmp_path / "1-initial.html"
    older.write_bytes(_page(BEFORE))
    newer = tmp_path / "2-update.html"
    newer.write_bytes(_page(AFTER, modified="2026-11-30T13:20:00+01:00"))
    with Veille(Settings(data_dir=tmp_path / "data")) as veille:
        veille.ingest(older)
        seq = veille.store.change_seq()
        assert veille.ingest(newer).versions == 1
        assert veille.store.change_seq() > seq  # an update is a change the views follow
        assert _current_text(veille) == AFTER


def test_a_late_capture_takes_its_place_inside_the_chain(tmp_path: Path) -> None:
    """Captures of 10:00, 14:00 then 12:00: the chain reads 10:00, 12:00, current 14:00,
    each diff going to the next capture."""
    pages = {hour: _page(text, modified=f"2026-11-30T{hour}:00:00+01:00")
             for hour, text in (("10", BEFORE), ("12", AFTER), ("14", LATER))}
    with Veille(Settings(data_dir=tmp_path / "data")) as veille:
        for hour in ("10", "14", "12"):
            (tmp_path / f"{hour}.html").write_bytes(pages[hour])
            veille.ingest(tmp_path / f"{hour}.html")
        assert _current_text(veille) == LATER
        [article] = veille.latest()
        first, second = veille.store.versions(article.id)
        assert (first.version, second.version) == (1, 2)
        assert "-Plus de cent mille" in first.diff and "+Un rapport détaillé" in first.diff
        assert "dédommagement" not in first.diff
        assert "+La métropole demande un dédommagement" in second.diff
        assert "Plus de cent mille" not in second.diff


_TIMES = st.one_of(st.none(), st.datetimes(
    min_value=datetime(2000, 1, 1), max_value=datetime(2030, 1, 1),
    timezones=st.just(UTC)).map(lambda t: t.isoformat()))


def _doc(published: str | None, updated: str | None, fetched: str | None) -> dict[str, object]:
    return {"content": {"published": published, "updated": updated},
            "raw": {"fetched_at": fetched}}


@given(_TIMES, _TIMES, _TIMES, _TIMES, _TIMES, _TIMES)
def test_the_order_of_two_captures_is_antisymmetric(
        p1: str | None, u1: str | None, f1: str | None,
        p2: str | None, u2: str | None, f2: str | None) -> None:
    a, b = _doc(p1, u1, f1), _doc(p2, u2, f2)
    assert compare_captures(a, b) == -compare_captures(b, a)
    assert compare_captures(a, a) == 0


def test_the_page_own_time_outranks_the_fetch_time() -> None:
    old = _doc("2026-11-30T08:10:00+01:00", None, "2026-11-30T15:00:00+00:00")
    new = _doc("2026-11-30T08:10:00+01:00", "2026-11-30T13:20:00+01:00",
               "2026-11-30T14:00:00+00:00")
    assert compare_captures(old, new) == -1
    same_page = _doc("2026-11-30T08:10:00+01:00", None, "2026-11-30T09:00:00+00:00")
    assert compare_captures(same_page, old) == -1  # the same own time: the fetch decides
    assert compare_captures(_doc(None, None, None), old) == 0  # nothing tells: arrival
    naive = _doc("2026-11-30T08:10:00", None, None)  # no zone: no evidence
    assert compare_captures(naive, new) == 0
