"""f-extract19's faults of issues 13/14, each on inputs of our own (the testers' originals
are lost): a byline whose role follows the names, a two-digit-year date after a byline,
a furniture line taken for the headline, a franceinfo-style signature block taken for the
standfirst."""

from __future__ import annotations

from datetime import UTC, date, datetime
from zoneinfo import ZoneInfo

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from veille.extract.bylines import people_and_credits, split_byline
from veille.extract.dates import find_dates
from veille.extract.html import extract_html
from veille.extract.text_capture import extract_text_capture

FETCHED = datetime(2026, 12, 2, 12, tzinfo=UTC)
FR_PARAS = [
    "Le délégué général du festival a présenté mardi à Paris les vingt films en compétition, "
    "une liste qui fait la part belle aux jeunes cinéastes venus de toute l'Europe.",
    "Parmi eux, cinq premiers films seront projetés en ouverture, une première depuis la "
    "création de la manifestation, selon les organisateurs qui se félicitent de cette audace.",
    "Le jury, présidé par une actrice italienne, rendra son verdict le dernier samedi de mai, "
    "au terme de douze jours de projections et de débats sur la Croisette.",
]
EN_PARAS = [
    "The city council voted on Tuesday evening to approve a budget that raises spending on "
    "schools and roads, after a debate that lasted more than six hours.",
    "Council members said the plan would not raise property taxes, although several "
    "residents who spoke during the public comment period remained skeptical of that promise.",
    "The mayor is expected to sign the budget later this week, according to a statement "
    "released by her office shortly after the vote was taken.",
]
FR_TITLE = "Le festival de Cannes dévoile une sélection très attendue"
EN_TITLE = "City council approves a new budget for the coming year"


def _page(lang: str, title: str, head: str, paras: list[str]) -> str:
    body = "".join(f"<p>{p}</p>" for p in paras)
    return (f'<html lang="{lang}"><head><title>{title}</title></head><body><article>'
            f"<h1>{title}</h1>{head}{body}</article></body></html>")


def _capture(*lines: str) -> str:
    return "\n".join(lines) + "\n"


# -- 3. a role after the byline's names ---------------------------------------------------

@pytest.mark.parametrize(("value", "people"), [
    ("By Jane Doe and John Roe, Staff Writers", ["Jane Doe", "John Roe"]),
    ("Jane Doe and John Roe, Staff Reporters", ["Jane Doe", "John Roe"]),
    ("By Jane Doe, Business Reporter, The Daily Planet", ["Jane Doe"]),
    ("By Jane Doe, Senior Reporter | December 1, 2026", ["Jane Doe"]),
    ("Par Jean Dupont et Marie Curie, envoyés spéciaux", ["Jean Dupont", "Marie Curie"]),
    ("Jean Dupont et Marie Curie, envoyées spéciales à Kiev", ["Jean Dupont", "Marie Curie"]),
    ("By Jane Doe, Senior Reporter", ["Jane Doe"]),
])
def test_author_value_with_a_role_after_the_names(value: str, people: list[str]) -> None:
    # Before: the whole value was tested as a role ("Staff Writers") and dropped, or kept
    # whole as one name ("Jean Dupont et Marie Curie, envoyés spéciaux").
    assert people_and_credits([value]) == (people, [])


def test_a_phrase_with_and_stays_whole() -> None:
    assert people_and_credits(["Zone Justice et faits divers"]) == (
        ["Zone Justice et faits divers"], [])


@pytest.mark.parametrize("line", [
    "Par Jean Dupont et Marie Curie, envoyés spéciaux",
    "Par Jean Dupont, rédacteur en chef adjoint",
])
def test_french_plural_and_compound_roles_are_bylines(line: str) -> None:
    people, _ = split_byline(line)
    capture = _capture(FR_TITLE, line, "Publié le 01/12/2026 à 18h20", *FR_PARAS)
    result = extract_text_capture(capture, fetched_at=FETCHED)
    assert result.authors == people
    assert line not in result.paragraphs


def test_meta_author_with_two_names_and_their_role() -> None:
    head = '<meta name="author" content="By Jane Doe and John Roe, Staff Writers">'
    html = _page("en", EN_TITLE, "", EN_PARAS).replace("</head>", head + "</head>")
    assert extract_html(html, fetched_at=FETCHED).authors == ["Jane Doe", "John Roe"]


# -- 2. a two-digit-year date after a byline ----------------------------------------------

def test_capture_byline_then_two_digit_year() -> None:
    capture = _capture(FR_TITLE, "Par Jean Dupont | 01-12-26 18:20", *FR_PARAS)
    result = extract_text_capture(capture, fetched_at=FETCHED)
    assert result.authors == ["Jean Dupont"]
    assert result.published is not None
    assert result.published.isoformat() == "2026-12-01T18:20:00+01:00"
    assert "day first" in result.evidence["published"]


def test_html_meta_line_byline_then_two_digit_year_day_first() -> None:
    html = _page("fr", FR_TITLE, '<p class="meta">Par Jean Dupont | 01-12-26 18:20</p>',
                 FR_PARAS)
    content = extract_html(html, url="https://www.example.fr/a.html", fetched_at=FETCHED)
    assert content.published is not None
    assert content.published.isoformat() == "2026-12-01T18:20:00+01:00"
    assert "locale writes the day first" in content.evidence["published"]


@pytest.mark.parametrize(("printed", "expected", "why"), [
    # An American page writes the month first: 01-12-26 is January 12.
    ("01-12-26 6:20 pm", "2026-01-12T18:20:00-05:00", "locale writes the month first"),
    # Only one reading is a date, whatever the locale.
    ("11-30-26 6:20 pm", "2026-11-30T18:20:00-05:00", "only valid reading"),
])
def test_html_two_digit_year_month_first(printed: str, expected: str, why: str) -> None:
    html = _page("en-US", EN_TITLE, f'<p class="meta">By Jane Doe | {printed}</p>', EN_PARAS)
    content = extract_html(html, url="https://www.example.com/a.html", fetched_at=FETCHED)
    assert content.published is not None
    assert content.published.isoformat() == expected
    assert why in content.evidence["published"]


def test_two_digit_year_in_a_sentence_is_still_no_date() -> None:
    capture = _capture(FR_TITLE, "Par Jean Dupont",
                       "Le score était de 01-12-26 au terme de la rencontre, selon le club.",
                       *FR_PARAS)
    result = extract_text_capture(capture, fetched_at=FETCHED)
    assert result.published is None


# -- 4. a furniture line taken for the headline --------------------------------------------

@pytest.mark.parametrize("furniture", ["Continue reading the main story",
                                       "Read more of this story below"])
def test_furniture_line_is_never_the_headline(furniture: str) -> None:
    # The furniture line above a list of links became that list's label, the headline
    # one of its links, and the furniture, repeated, read as "a headline confirmed".
    capture = _capture(
        "Skip to content", "Log In", "Today's Paper", "Advertisement", furniture, "Opinion",
        "Supported by", furniture, "The Mayor Finally Gets Her Way",
        "Voters rewarded her patience on taxes, schools and the roads that everyone "
        "complains about.",
        "By Jane Doe", "Opinion Columnist", *EN_PARAS, "Advertisement", furniture,
        "Site Index")
    result = extract_text_capture(capture, fetched_at=FETCHED)
    assert result.title == "The Mayor Finally Gets Her Way"
    assert result.authors == ["Jane Doe"]


def test_role_line_under_a_byline_is_no_paragraph() -> None:
    capture = _capture(EN_TITLE, "By Jane Doe", "Staff Writer", "December 1, 2026", *EN_PARAS)
    result = extract_text_capture(capture, fetched_at=FETCHED)
    assert result.authors == ["Jane Doe"]
    assert result.paragraphs == EN_PARAS


# -- 1. a franceinfo-style signature block ------------------------------------------------

SIGNATURE_HTML = [
    # lines of their own, the name and the publication on one line
    "<p>Jean Dupont - France Télévisions</p><p>Rédaction Culture</p>"
    "<p>Publié le 01/12/2026 18:20 Mis à jour le 01/12/2026 19:05</p>"
    "<p>Temps de lecture : 3 min</p>",
    # spans glued by the markup, in a BEM block
    '<div class="c-signature"><span>Jean Dupont</span> - <span>France Télévisions</span>'
    "<span>Rédaction Culture</span></div>"
    "<div>Publié le 01/12/2026 18:20 Mis à jour le 01/12/2026 19:05</div>"
    "<div>Temps de lecture : 3 min</div>",
    # the whole block as one paragraph
    "<p>Jean Dupont France Télévisions Rédaction Culture Publié le 01/12/2026 18:20 Mis à "
    "jour le 01/12/2026 19:05 Temps de lecture : 3 min</p>",
    # with its credit formula
    "<p>Article rédigé par Jean Dupont - France Télévisions, Rédaction Culture</p>"
    "<p>Publié le 01/12/2026 18:20 Mis à jour le 01/12/2026 19:05</p>"
    "<p>Temps de lecture : 3 min</p>",
]


@pytest.mark.parametrize("signature", SIGNATURE_HTML)
def test_html_signature_block_is_byline_and_dates(signature: str) -> None:
    html = _page("fr", FR_TITLE, signature, FR_PARAS)
    content = extract_html(html, url="https://www.example.fr/a.html", fetched_at=FETCHED)
    assert content.authors == ["Jean Dupont"]
    assert content.lead == FR_PARAS[0]
    assert content.paragraphs == FR_PARAS
    assert content.published is not None and content.updated is not None
    assert content.published.isoformat() == "2026-12-01T18:20:00+01:00"
    assert content.updated.isoformat() == "2026-12-01T19:05:00+01:00"


SIGNATURE_LINES = [
    ["Article rédigé par", "Jean Dupont", "France Télévisions", "Rédaction Culture",
     "Publié le 01/12/2026 18:20 Mis à jour le 01/12/2026 19:05", "Temps de lecture : 3 min"],
    ["Jean Dupont - France Télévisions", "Rédaction Culture", "Publié le 01/12/2026 18:20",
     "Mis à jour le 01/12/2026 19:05", "Temps de lecture : 3 min"],
    ["Jean Dupont France Télévisions Rédaction Culture Publié le 01/12/2026 18:20 Mis à jour "
     "le 01/12/2026 19:05 Temps de lecture : 3 min"],
]


@pytest.mark.parametrize("lines", SIGNATURE_LINES)
def test_capture_signature_block_is_byline_and_dates(lines: list[str]) -> None:
    capture = _capture("Accueil", "Culture", FR_TITLE, *lines, *FR_PARAS)
    result = extract_text_capture(capture, fetched_at=FETCHED)
    assert result.title == FR_TITLE
    assert result.authors == ["Jean Dupont"]
    assert result.lead == ""
    assert result.paragraphs == FR_PARAS
    assert result.published is not None and result.updated is not None
    assert result.published.isoformat() == "2026-12-01T18:20:00+01:00"


def test_capture_signature_block_with_an_unknown_outlet() -> None:
    # "France Médias Monde" is in no list: under the author's name, with the desk under
    # it, it is the author's publication, not a second person (nor the only one).
    capture = _capture(FR_TITLE, "Article rédigé par", "Jean Dupont", "France Médias Monde",
                       "Rédaction Culture", "Publié le 01/12/2026 18:20", *FR_PARAS)
    assert extract_text_capture(capture, fetched_at=FETCHED).authors == ["Jean Dupont"]


def test_capture_signature_block_under_a_standfirst() -> None:
    standfirst = ("Le délégué général a présenté la liste des films en compétition, avec "
                  "cinq premiers films.")
    capture = _capture(FR_TITLE, standfirst, "Jean Dupont", "France Télévisions",
                       "Rédaction Culture", "Publié le 01/12/2026 18:20",
                       "Temps de lecture : 3 min", *FR_PARAS)
    result = extract_text_capture(capture, fetched_at=FETCHED)
    assert result.lead == standfirst
    assert result.authors == ["Jean Dupont"]


# -- properties -----------------------------------------------------------------------------

_FIRST = st.sampled_from(["Jane", "John", "Marie", "Jean", "Hanna", "Pedro", "Amina"])
_LAST = st.sampled_from(["Doe", "Roe", "Dupont", "Lindqvist", "Okafor", "Martin", "Lefèvre"])
_NAME = st.builds(lambda f, s: f"{f} {s}", _FIRST, _LAST)
_ROLE = st.sampled_from(["Staff Writers", "Senior Reporter", "Staff", "envoyés spéciaux",
                         "Business Reporters", "Chief Political Correspondent",
                         "correspondantes à Bruxelles", "Contributing Writers"])


@given(st.lists(_NAME, min_size=1, max_size=3, unique=True), _ROLE,
       st.sampled_from(["By ", "Par ", ""]), st.sampled_from([" and ", " et "]))
@settings(max_examples=150, deadline=None)
def test_names_then_a_role_keep_the_names(names: list[str], role: str, formula: str,
                                          conjunction: str) -> None:
    listed = names[0] if len(names) == 1 else ", ".join(names[:-1]) + conjunction + names[-1]
    assert people_and_credits([f"{formula}{listed}, {role}"])[0] == names


@given(st.dates(min_value=date(2001, 1, 1), max_value=date(2030, 12, 31)),
       st.integers(0, 23), st.integers(0, 59), st.sampled_from(["-", "/", "."]),
       st.sampled_from(["|", "·", " -"]))
@settings(max_examples=200, deadline=None)
def test_two_digit_year_after_a_byline(day: date, hour: int, minute: int, sep: str,
                                       bar: str) -> None:
    now = datetime(2031, 1, 1, tzinfo=UTC)
    yy = f"{day.year % 100:02d}"
    printed = f"{day.day:02d}{sep}{day.month:02d}{sep}{yy} {hour:02d}:{minute:02d}"
    french = f"Par Jean Dupont {bar} {printed}"
    found = find_dates(french, default_zone=ZoneInfo("Europe/Paris"), now=now)
    assert [(f.value.date(), f.value.hour, f.value.minute) for f in found] == [
        (day, hour, minute)]
    american = f"By Jane Doe {bar} {day.month:02d}{sep}{day.day:02d}{sep}{yy}"
    found = find_dates(american, default_zone=ZoneInfo("America/New_York"), now=now)
    assert [f.value.date() for f in found] == [day]
    assert "two-digit year" in found[0].order
