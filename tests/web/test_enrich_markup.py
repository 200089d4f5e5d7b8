"""The article text marked up from the enrichment's offsets: escaped segment by segment,
never by replacing inside HTML, whatever the text and the offsets hold."""

from __future__ import annotations

import html
import re
from typing import Any

from hypothesis import given
from hypothesis import strategies as st

from veille.web.enrich_markup import mark_up
from veille.web.i18n import load_locales

T = load_locales()["fr"]
TAG = re.compile(r"<[^>]*>")


def text_of(markup: str) -> str:
    return html.unescape(TAG.sub("", markup))


def test_entities_places_dates_and_quotes_are_marked() -> None:
    title = "Washington et l'EI"
    body = 'Le 6 février, « nous viendrons », a dit <b>Pompeo</b>.'
    offset = len(title) + 2
    at = body.index
    enrichment: dict[str, Any] = {
        "entities": [
            {"id": "Q61", "label": "LOC", "name": "Washington",
             "mentions": [[0, 10, "Washington"]]},
            {"id": "Q2429253", "label": "ORG", "name": "État islamique",
             "mentions": [[16, 18, "EI"]]},
            {"id": "per:pompeo", "label": "PER", "name": "Pompeo",
             "mentions": [[offset + at("Pompeo"), offset + at("Pompeo") + 6, "Pompeo"]]}],
        "places": [{"id": "Q61", "name": "Washington", "country": "US", "admin1": "DC"}],
        "dates": [{"start": offset + 3, "end": offset + 12, "text": "6 février",
                   "value": "2019-02-06", "granularity": "day"}],
        "quotes": [{"start": offset + at("nous"), "end": offset + at("viendrons") + 9,
                    "text": "nous viendrons", "parts": [], "speaker": "Pompeo",
                    "speaker_id": "per:pompeo"}],
    }
    marked = mark_up(title, [body], enrichment, T)
    assert marked.title == ('<a class="mention place" href="/places/Q61" title="Lieu : '
                            'Washington (États-Unis)">Washington</a> et l&#39;<a class="mention '
                            'entity label-ORG" href="/entities/Q2429253" title="organisation '
                            ': État islamique">EI</a>')
    p = str(marked.paragraphs[0])
    assert '<time class="mention date" datetime="2019-02-06"' in p
    assert 'title="Date résolue : mercredi 6 février 2019 (jour)">6 février</time>' in p
    assert '<span class="quote" title="Citation de Pompeo">« nous viendrons »</span>' in p
    assert '(dit par <a href="/entities/per%3Apompeo">Pompeo</a>)' in p
    assert "&lt;b&gt;" in p and "<b>" not in p  # the text's markup stays text
    assert text_of(p) == body.replace("»,", "» (dit par Pompeo),")
    assert marked.marked == 5


def test_stale_or_hostile_offsets_are_left_unmarked() -> None:
    enrichment = {
        "entities": [
            {"id": "x", "label": "PER", "name": "X", "mentions": [[0, 4, "Autre"]]},  # stale
            {"id": "y", "label": "<script>", "name": "Y", "mentions": [[-3, 2, "Un"], [5, 2, "x"],
                                                                      ["a", 3, "x"]]},
            {"id": '"><script>', "label": "ORG", "name": '"><img>',
             "mentions": [[0, 2, "Un"]]}],
        "dates": [{"start": 0, "end": 999, "text": "Un", "value": "x", "granularity": "?"}],
        "quotes": [{"parts": [[1, 2, 3], "zz"], "speaker": "<i>", "speaker_id": ""}],
    }
    marked = mark_up("", ["Un texte <script>alert(1)</script>"], enrichment, T)
    p = str(marked.paragraphs[0])
    assert "<script>" not in p and "<img>" not in p
    assert 'href="/entities/%22%3E%3Cscript%3E"' in p
    assert text_of(p) == "Un texte <script>alert(1)</script>"


spans = st.lists(st.tuples(st.integers(-5, 80), st.integers(-5, 80)), max_size=12)


@given(st.text(max_size=60), st.lists(st.text(max_size=30), max_size=3), spans, spans)
def test_the_text_is_kept_whole_and_escaped(title: str, paragraphs: list[str],
                                            entity_spans: list[tuple[int, int]],
                                            quote_spans: list[tuple[int, int]]) -> None:
    full = "\n\n".join(p for p in [title, *paragraphs] if p)
    enrichment = {
        "entities": [{"id": f"e{n}<", "label": "PER", "name": "<n>",
                      "mentions": [[s, e, full[s:e] if 0 <= s <= e else ""]]}
                     for n, (s, e) in enumerate(entity_spans)],
        "dates": [{"start": s, "end": e, "text": full[s:e] if 0 <= s <= e else "",
                   "value": "2019-01-01", "granularity": "day"} for s, e in entity_spans[:3]],
        "quotes": [{"parts": [[s, e]], "speaker": "", "speaker_id": ""}
                   for s, e in quote_spans],
    }
    marked = mark_up(title, paragraphs, enrichment, T)
    speaker = " (dit par (auteur inconnu))"
    assert text_of(str(marked.title)) == title  # no speaker's label in a headline (t-final63 #3)
    for original, out in zip(paragraphs, marked.paragraphs, strict=True):
        assert text_of(str(out)).replace(speaker, "") == original
        assert "<n>" not in str(out)


def test_a_place_tooltip_names_where_it_is_never_codes() -> None:
    """The tooltip said "Nantes (52, FR)": a region's INSEE code and a country code. It
    names the French département and the country, in the reader's language."""
    text = "Le CHU de Nantes rouvre."
    at = text.index("Nantes")
    enrichment = {
        "entities": [{"id": "geonames:2990969", "label": "LOC", "name": "Nantes",
                      "mentions": [[at, at + 6, "Nantes"]]}],
        "places": [{"id": "geonames:2990969", "name": "Nantes", "country": "FR", "admin1": "52"}]}
    french = str(mark_up("", [text], enrichment, T).paragraphs[0])
    assert 'title="Lieu : Nantes (Loire-Atlantique, France)"' in french
    english = str(mark_up("", [text], enrichment, load_locales()["en"]).paragraphs[0])
    assert 'title="Place: Nantes (Loire-Atlantique, France)"' in english
    assert "52" not in french


def test_every_granularity_of_a_date_is_named_in_the_page_language() -> None:
    """newuser16a H26: "l'été prochain", "au troisième trimestre" said "(season)" and
    "(quarter)" in a French page: the page kept its own, older list of granularities."""
    from veille.enrich.dates import GRANULARITIES
    body = "Les travaux reprendront cet été, puis au troisième trimestre."
    for granularity in GRANULARITIES:
        at = len("Travaux") + 2 + body.index("cet été")
        enrichment = {"dates": [{"start": at, "end": at + 7, "text": "cet été",
                                 "value": "2027-06-21", "granularity": granularity}]}
        marked = str(mark_up("Travaux", [body], enrichment, T).paragraphs[0])
        label = T("granularity_" + granularity)
        assert f"({label})" in marked and label != "granularity_" + granularity
        assert f"({granularity})" not in marked or label == granularity


def test_a_headlines_quote_has_no_label_and_a_paragraphs_label_is_isolated() -> None:
    """t-final63 #3: "« Le muscat de Frontignan doit se réinventer » (dit par (auteur
    inconnu)) : le président…" as the headline; #15: "(X dit par)" in an Arabic paragraph."""
    title = "« Le muscat doit se réinventer » : le président du syndicat s'explique"
    body = "قال المتحدث « سنواصل العمل » أمس."
    q_title = title.index("«"), title.index("»") + 1
    start = len(title) + 2
    q_body = start + body.index("«"), start + body.index("»") + 1
    enrichment = {"quotes": [{"parts": [list(q_title)], "speaker": "", "speaker_id": ""},
                             {"parts": [list(q_body)], "speaker": "المتحدث", "speaker_id": ""}]}
    marked = mark_up(title, [body], enrichment, T)
    assert "dit par" not in str(marked.title) and 'class="quote"' in str(marked.title)
    # The label in the page's language and direction, the name in <bdi> (h-web67,
    # t-final67 R3: with dir="auto" the label took the paragraph's words' reading and
    # French "dit par" sat inside lang="ar"; was dir="auto" with the bare name).
    assert '<span class="speaker" lang="fr" dir="ltr">(dit par <bdi>المتحدث</bdi>)</span>' \
        in str(marked.paragraphs[0])
