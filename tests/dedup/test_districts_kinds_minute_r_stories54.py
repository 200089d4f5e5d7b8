"""Districts of two cities, one minister at two kinds of event, one dispatch at one minute
(r-stories54, issue 14; t-final52 en05/en06, h-bridge53's held-out A, t-final53b A5).

- Two stabbings, each "in" a district no gazetteer holds, in texts naming two conurbations
  far apart (:mod:`veille.dedup.district_places`): two stories; a follow-up naming the same
  district stays in its story.
- One minister opening a station and facing a walkout (:mod:`veille.dedup.
  event_kinds_english`): two stories.
- Three outlets running one dispatch at 21:04 (:mod:`veille.dedup.same_minute`): fed in two
  orders, both stores name the same first source, tie the two others to it and say "same
  minute".

Real stores through :func:`veille.open`. Texts written for veille (CC0; invented outlets,
people, districts and figures).
"""

from __future__ import annotations

import json
from pathlib import Path

import veille
from veille.store.base import StorySummary

Row = tuple[str, str, list[str], str, str]


def _ingest(data: Path, rows: list[Row], *, one_by_one: bool = False) -> dict[str, str]:
    """Ingest ``(source, title, paragraphs, published, language)`` rows (in one wave, or
    one ingest each); source -> its article's story id."""
    lines = [json.dumps({"title": title, "text": "\n\n".join(paragraphs), "source": source,
                         "url": f"https://{source}/a", "published": published,
                         "language": lang}, ensure_ascii=False)
             for source, title, paragraphs, published, lang in rows]
    with veille.open(data) as v:
        waves = [[x] for x in lines] if one_by_one else [lines]
        for n, wave in enumerate(waves):
            v.ingest_bytes([(f"wave{n}.jsonl", ("\n".join(wave) + "\n").encode())])
        out = {}
        for article in v.latest(100):
            assert article.dedup is not None
            out[article.source or ""] = article.dedup.story_id or ""
    return out


NORTH = ("northlight.example", "Woman stabbed in Ashcombe Vale",
         ["A 41-year-old woman was stabbed in Ashcombe Vale on Saturday evening, Greater "
          "Manchester Police said.",
          "She was taken to hospital with serious injuries. A man aged 35 was arrested at "
          "a nearby address and remains in custody.",
          "Anyone with information is asked to contact police."],
         "2026-12-05T21:10:00+00:00", "en")
MIDLAND = ("midshire.example", "Man stabbed in Brindlecote",
           ["A 29-year-old man was stabbed in Brindlecote on Saturday night, West Midlands "
            "Police said.",
            "He was taken to hospital where his condition is stable. Two teenagers were "
            "arrested and remain in custody.",
            "Anyone with information is asked to contact police."],
           "2026-12-05T22:30:00+00:00", "en")
NORTH_AGAIN = ("citywire.example", "Ashcombe Vale stabbing: man, 35, charged",
               ["A 35-year-old man has been charged after a woman was stabbed in Ashcombe "
                "Vale, Manchester, on Saturday evening.",
                "The woman, 41, remains in hospital with serious injuries. The man will "
                "appear before magistrates on Monday."],
               "2026-12-06T12:00:00+00:00", "en")


def test_stabbings_in_districts_of_two_cities_are_two_stories(tmp_path: Path) -> None:
    story = _ingest(tmp_path / "data", [NORTH, MIDLAND, NORTH_AGAIN])
    assert story["northlight.example"] != story["midshire.example"]
    assert story["citywire.example"] == story["northlight.example"]


OPENING = ("shirenews.example", "Transport secretary Amara Lowe opens new station in Exeter",
           ["Transport secretary Amara Lowe on Wednesday officially opened Marsh Barton "
            "station in Exeter, the city's first new railway station in decades.",
            "Lowe cut a ribbon on the platform and travelled on the first train to the city "
            "centre. The station cost 16 million pounds."],
           "2026-12-02T10:00:00+00:00", "en")
WALKOUT = ("railtrade.example", "Signallers walk out after talks with Amara Lowe fail",
           ["Signallers began a 24-hour walkout on Wednesday after talks on pay between "
            "their union and transport secretary Amara Lowe failed.",
            "Picket lines formed at signal boxes before dawn and most trains were cancelled. "
            "Lowe said the offer was fair."],
           "2026-12-02T12:30:00+00:00", "en")


def test_one_minister_at_an_opening_and_a_walkout_is_two_stories(tmp_path: Path) -> None:
    story = _ingest(tmp_path / "data", [OPENING, WALKOUT], one_by_one=True)
    assert story["shirenews.example"] != story["railtrade.example"]


DISPATCH = ["Un éboulement a coupé jeudi soir la route départementale entre deux villages "
            "de la vallée, a-t-on appris auprès de la préfecture (avec AFP).",
            "Aucun véhicule n'a été touché. Une déviation a été mise en place et des "
            "géologues doivent inspecter la paroi vendredi matin."]
SAME_MINUTE = [(source, "Un éboulement coupe une route départementale", DISPATCH,
                "2026-12-03T21:04:00+01:00", "fr")
               for source in ("zeta-infos.example", "alpha-gazette.example",
                              "mu-courrier.example")]


def _tied_story(data: Path, rows: list[Row]) -> StorySummary:
    _ingest(data, rows, one_by_one=True)
    with veille.open(data) as v:
        [story] = v.store.stories()
    return story


def test_one_dispatch_at_one_minute_names_its_outlets_whatever_the_order(
        tmp_path: Path) -> None:
    ahead = _tied_story(tmp_path / "a", SAME_MINUTE)
    behind = _tied_story(tmp_path / "b", SAME_MINUTE[::-1])
    for story in (ahead, behind):
        assert story.first_same_minute
        assert story.first_source == "alpha-gazette.example"
        assert set(story.first_tied) == {"zeta-infos.example", "mu-courrier.example"}
        assert story.first_precision == "time"
    assert ahead.title == behind.title


def test_the_cli_says_same_minute(tmp_path: Path) -> None:
    from click.testing import CliRunner

    from veille.cli.main import cli

    _tied_story(tmp_path / "a", SAME_MINUTE)
    out = CliRunner().invoke(cli, ["--data-dir", str(tmp_path / "a"), "stories"]).output
    assert "(same minute)" in out, out
    assert " and " in out and "21:04" in out, out


def test_a_district_written_as_one_and_a_namesake_read_beside_its_district() -> None:
    from veille.dedup.stated_places import apart, places_keys

    liverpool = places_keys("Teenager stabbed", "A boy was stabbed in the Kelbrook area of "
                            "Liverpool on Friday night, police said.")
    birmingham = places_keys("Man stabbed", "A man was stabbed in Kelbrook, Birmingham, "
                             "late on Friday.")
    leeds = places_keys("Man stabbed", "A man was stabbed in the Chapeltown district of "
                        "Leeds early on Saturday, police said.")
    assert "at:liverpool" in liverpool[0]
    assert apart(*liverpool, *birmingham)
    # Leeds near Chapeltown is England's, not Leeds, Alabama beside Birmingham, Alabama
    assert apart(*leeds, *birmingham)
