"""More inputs of the kinds of the 2026-11-30 cases, in French and English, written for
these tests: dates (labels, scope, the fetch bound, relative dates, time zones, meta lines
the chrome filter drops), titles (never the site's name) and bodies (teaser wrappers,
comment threads, paywall promotions, list introducers)."""

from __future__ import annotations

from datetime import UTC, datetime

import pytest

from veille.extract.html import extract_dates, extract_html
from veille.record import Content

FETCHED = datetime(2026, 11, 30, 6, 45, tzinfo=UTC)
P_FR = [
    "Le conseil départemental a voté jeudi soir un budget de 1,4 milliard d'euros, en hausse "
    "de 3 % sur un an, après une séance de près de six heures marquée par les critiques.",
    "La majorité met en avant l'effort consenti pour les collèges et les routes, tandis que "
    "l'opposition dénonce une hausse de la fiscalité qui pèsera sur les ménages modestes.",
    "Le vote définitif des taux d'imposition interviendra au mois de mars, après la "
    "publication des bases fiscales par les services de l'État dans le département.",
]
P_EN = [
    "The city council approved on Thursday night a budget of 1.4 billion dollars, up three "
    "percent from last year, after a six-hour session marked by sharp criticism.",
    "The majority pointed to new spending on schools and roads, while the opposition said "
    "the plan would raise taxes on low-income households across the county.",
    "A final vote on property tax rates is expected in March, once the state publishes the "
    "updated assessments for every district in the county.",
]


def page(body: str, *, lang: str = "fr", head: str = "", title: str = "Le budget voté"
         ) -> str:
    return (f'<!DOCTYPE html><html lang="{lang}"><head><meta charset="utf-8">'
            f"<title>{title}</title>{head}</head><body>{body}</body></html>")


def paras(lang: str = "fr") -> str:
    return "".join(f"<p>{p}</p>" for p in (P_FR if lang == "fr" else P_EN))


def run(html: str, url: str | None = None) -> Content:
    return extract_html(html, url=url, fetched_at=FETCHED)


def iso(content: Content) -> tuple[str | None, str | None]:
    return (content.published.isoformat() if content.published else None,
            content.updated.isoformat() if content.updated else None)


# Dates: published vs updated by what the page says


@pytest.mark.parametrize(("lang", "dates", "expected"), [
    ("fr", '<p class="dates">Modifié le <time datetime="2026-11-20T10:00:00+01:00">20/11/2026'
           '</time> · Publié le <time datetime="2026-11-19T08:00:00+01:00">19/11/2026</time></p>',
     ("2026-11-19T08:00:00+01:00", "2026-11-20T10:00:00+01:00")),
    ("en", '<div>Updated <time datetime="2026-11-20T10:00:00-05:00">Nov. 20</time></div>'
           '<div>Published <time datetime="2026-11-19T08:00:00-05:00">Nov. 19</time></div>',
     ("2026-11-19T08:00:00-05:00", "2026-11-20T10:00:00-05:00")),
    ("en", '<time class="updated" datetime="2026-11-20T10:00:00Z">Nov 20</time>'
           '<time class="published" datetime="2026-11-19T08:00:00Z">Nov 19</time>',
     ("2026-11-19T08:00:00+00:00", "2026-11-20T10:00:00+00:00")),
])
def test_an_update_time_is_never_the_publication(lang: str, dates: str,
                                                 expected: tuple[str, str]) -> None:
    html = page(f"<article><h1>Le budget voté</h1>{dates}{paras(lang)}</article>", lang=lang)
    assert iso(run(html)) == expected


def test_json_ld_date_modified_and_printed_update() -> None:
    html = page("<article><h1>Le budget voté</h1><p>Publié le 19 novembre 2026 à 8h00, mis "
                f"à jour le 20 novembre 2026 à 10h15</p>{paras()}</article>")
    assert iso(run(html)) == ("2026-11-19T08:00:00+01:00", "2026-11-20T10:15:00+01:00")


# Dates: only the article's part of the page


@pytest.mark.parametrize("lang", ["fr", "en"])
def test_dates_of_other_items_are_never_the_articles(lang: str) -> None:
    sidebar = ('<div class="sidebar"><h3>Most read</h3><p>29/11/2026 — Another story</p></div>'
               '<div class="ticker"><p>30/11/2026 à 06h10 — Flash</p></div>')
    comments = ('<div class="comments"><p>Jean, le 29/11/2026 à 22h00 : bravo.</p></div>')
    html = page(f"{sidebar}<main><h1>Le budget voté</h1>{paras(lang)}</main>{comments}",
                lang=lang)
    assert run(html).published is None


def test_related_times_before_the_article_are_not_its_date() -> None:
    related = ('<section class="related"><ul><li><time datetime="2026-11-29T20:00:00+01:00">'
               "hier</time> <a href='/x'>Autre article</a></li></ul></section>")
    html = page(f"{related}<article><header><h1>Le budget voté</h1><time datetime="
                f'"2026-11-12T09:00:00+01:00">12 novembre</time></header>{paras()}</article>')
    assert iso(run(html))[0] == "2026-11-12T09:00:00+01:00"


def test_a_signature_at_the_end_beats_a_ticker_above() -> None:
    html = page('<div class="live"><p>30/11/2026 06:10 - Breaking: road closed</p></div>'
                f"<main><h1>Council passes budget</h1>{paras('en')}<p>Published on November "
                "11, 2026 at 5:20 pm</p></main>", lang="en-US", title="Council passes budget")
    assert iso(run(html))[0] == "2026-11-11T17:20:00-05:00"


# Dates: visible meta lines the chrome filter drops


@pytest.mark.parametrize(("markup", "expected"), [
    ('<div class="entry-meta">Publié le 12 novembre 2026 par <a href="/a">Léa</a></div>',
     "2026-11-12T00:00:00+01:00"),
    ('<p class="post-meta">Posted on November 12, 2026 at 9:05 am by Ann</p>',
     "2026-11-12T09:05:00+01:00"),
    ('<div class="byline">Par Léa Martin, le 12/11/2026 à 09h05</div>',
     "2026-11-12T09:05:00+01:00"),
])
def test_meta_lines_hidden_from_the_body_give_the_date(markup: str, expected: str) -> None:
    html = page(f'<div class="post"><h1>Le budget voté</h1>{markup}'
                f'<div class="entry-content">{paras()}</div></div>')
    content = run(html)
    assert iso(content)[0] == expected
    assert not any("12" in p and len(p) < 80 for p in content.paragraphs)


# Dates: the fetch-time bound


def test_a_date_after_the_fetch_falls_back_to_the_next_candidate() -> None:
    head = ('<meta property="article:published_time" content="2027-03-01T10:00:00+01:00">')
    html = page(f"<article><h1>Le budget voté</h1><p>Publié le 28/11/2026 à 18h00</p>"
                f"{paras()}</article>", head=head)
    content = run(html)
    assert iso(content)[0] == "2026-11-28T18:00:00+01:00"
    assert "2027-03-01T10:00:00+01:00 (meta article:published_time)" in content.evidence[
        "dates_rejected"]


# Dates: relative dates and time zones


@pytest.mark.parametrize(("lang", "line", "expected"), [
    ("fr", "Publié il y a 2 heures", "2026-11-30T05:45:00+01:00"),
    ("fr", "Publié hier à 18h30", "2026-11-29T18:30:00+01:00"),
    ("fr", "Publié avant-hier", "2026-11-28T00:00:00+01:00"),
    ("en-GB", "Published 3 hours ago", "2026-11-30T03:45:00+00:00"),
    ("en-GB", "Published yesterday at 6:30 pm", "2026-11-29T18:30:00+00:00"),
    ("fr-CA", "Publié hier à 18h30", "2026-11-29T18:30:00-05:00"),
])
def test_relative_dates_in_pages(lang: str, line: str, expected: str) -> None:
    # The text is in the page's language (a declared one the text contradicts loses).
    text = paras(lang.split("-")[0])
    html = page(f'<article><h1>Le budget voté</h1><p class="meta">{line}</p>{text}'
                "</article>", lang=lang)
    assert iso(run(html))[0] == expected


def test_the_zone_is_recorded_as_given_or_assumed() -> None:
    given = page("<article><h1>Le budget voté</h1><time datetime='2026-11-12T09:00:00+01:00'>"
                 f"</time>{paras()}</article>")
    assert run(given).evidence["timezone"] == "given by the page"
    naive = page(f"<article><h1>Le budget voté</h1><p>Publié le 12/11/2026 à 9h00</p>"
                 f"{paras()}</article>")
    content = run(naive, url="https://www.lesoir.be/x")
    assert iso(content)[0] == "2026-11-12T09:00:00+01:00"
    assert content.evidence["timezone"] == "assumed from the domain .be (Europe/Brussels)"


@pytest.mark.parametrize(("head", "body"), [
    ("", '<p class="meta">Publié il y a 2 heures</p>'),
    ('<meta property="article:published_time" content="2026-11-12T09:00:00+01:00">', ""),
    ("", '<script type="application/ld+json">{"@type": "NewsArticle", "datePublished": '
         '"2026-11-12T09:00:00+01:00"}</script>'),
    ('<meta property="article:published_time" content="2031-01-01T09:00:00+01:00">',
     "<p>Publié le 12/11/2026 à 9h00</p>"),
])
def test_extract_dates_agrees_with_extract_html(head: str, body: str) -> None:
    """The head alone when its metadata answers, the whole page otherwise."""
    html = page(f"<article><h1>Le budget voté</h1>{body}{paras()}</article>", head=head)
    dates = extract_dates(html, fetched_at=FETCHED)
    assert dates.published is not None and dates.published == run(html).published


# Titles


@pytest.mark.parametrize(("head", "body_title", "expected"), [
    ('<meta property="og:title" content="Daily Courier"><meta property="og:site_name" '
     'content="Daily Courier">', "", "Council passes budget"),
    ("", '<h1 class="logo"><a href="/">Daily Courier</a></h1>', "Council passes budget"),
    ('<meta property="og:site_name" content="Daily Courier">', "", "Council passes budget"),
])
def test_the_title_is_never_the_site_name(head: str, body_title: str, expected: str) -> None:
    html = (f'<html lang="en"><head><title>Council passes budget | Daily Courier</title>{head}'
            f'</head><body><header>{body_title}</header><article>'
            f"{paras('en')}</article></body></html>")
    assert run(html).title == expected


def test_a_site_prefix_in_the_title_tag_goes() -> None:
    html = ('<html lang="fr"><head><title>Le Petit Journal - Le budget voté</title>'
            '<meta property="og:site_name" content="Le Petit Journal"></head><body><article>'
            f"{paras()}</article></body></html>")
    assert run(html).title == "Le budget voté"


def test_the_headline_is_not_repeated_as_the_first_paragraph() -> None:
    html = page(f"<article><h1>Le budget voté</h1><p>Le budget voté</p>{paras()}</article>")
    assert run(html).paragraphs[0] == P_FR[0]


# Bodies


@pytest.mark.parametrize("lang", ["fr", "en"])
def test_opening_paragraphs_in_a_teaser_wrapper_stay(lang: str) -> None:
    texts = P_FR if lang == "fr" else P_EN
    more = "".join(f"<p>{t} {t}</p>" for t in texts * 3)
    html = page(f'<main><h1>Le budget voté</h1><div class="story-body"><div class="teaser">'
                f"<p>{texts[0]}</p></div><div class='rest'>{more}</div></div></main>",
                lang=lang)
    assert run(html).paragraphs[0] == texts[0]


def test_a_teaser_list_of_other_articles_still_goes() -> None:
    teasers = "".join(f'<div class="teaser"><a href="/a{i}">Autre article numéro {i} sur la '
                      f"ville</a></div>" for i in range(5))
    html = page(f'<main><h1>Le budget voté</h1><div class="article-body">{paras()}</div>{teasers}'
                "</main>")
    assert run(html).paragraphs == P_FR


@pytest.mark.parametrize(("wrapper", "heading"), [
    ('<section class="fil-reactions">', "Réactions des lecteurs (3)"),
    ('<div id="commentaires">', "12 commentaires"),
    ('<div class="discussion">', "Comments"),
    ("<section>", "Leave a reply"),
    ("<div>", "Vos réactions"),
])
def test_reader_comments_go(wrapper: str, heading: str) -> None:
    close = "</" + wrapper[1:].split()[0].rstrip(">") + ">"
    posts = "".join(f"<div><p>{t} Je ne suis pas du tout d'accord avec cette analyse.</p>"
                    "</div>" for t in P_FR + P_EN)
    html = page(f"<div class='page'><h1>Le budget voté</h1><div class='texte'>{paras()}</div>"
                f"{wrapper}<h2>{heading}</h2>{posts}{close}</div>")
    assert run(html).paragraphs == P_FR


@pytest.mark.parametrize(("free", "promo", "truncated"), [
    ("true", "Abonnez-vous pour 1 € et accédez à tous nos articles réservés aux abonnés.",
     False),
    ("", "Vous avez aimé cet article ? Abonnez-vous à notre newsletter.", False),
    ("", "Subscribe now and get unlimited access to our journalism.", False),
    ("false", "Subscribe now and get unlimited access to our journalism.", True),
    ("", "Il vous reste 70 % de cet article à lire.", True),
    ("true", "Il vous reste 70 % de cet article à lire.", False),
])
def test_paywall_flag(free: str, promo: str, truncated: bool) -> None:
    head = ('<script type="application/ld+json">{"@type":"NewsArticle","headline":"Le budget",'
            f'"isAccessibleForFree":{free}}}</script>') if free else ""
    html = page(f"<article><h1>Le budget voté</h1>{paras()}<div class='offre'><p>{promo}</p>"
                "</div></article>", head=head)
    assert run(html).truncated is truncated


@pytest.mark.parametrize(("lang", "intro"), [("fr", "Ce qui change :"),
                                             ("en", "What changes:")])
def test_the_sentence_introducing_a_list_stays(lang: str, intro: str) -> None:
    items = "".join(f"<li>item {w} de la liste</li>" for w in ("un", "deux", "trois"))
    html = page(f"<article><h1>Titre</h1>{paras(lang)}<p><strong>{intro}</strong></p>"
                f"<ul>{items}</ul><p>{(P_FR if lang == 'fr' else P_EN)[0]}</p></article>",
                lang=lang)
    paragraphs = run(html).paragraphs
    assert intro in paragraphs
    assert paragraphs.index(intro) + 1 == paragraphs.index("item un de la liste")


@pytest.mark.parametrize(("lang", "promo"), [
    # New-user report nu1, F5: inside <main>, after the body, a subscription notice was kept
    # as the article's last paragraph.
    ("en", "Subscribe now to get unlimited access to the Springfield Herald. Already a "
           "subscriber? Sign in."),
    ("fr", "Vous avez aimé cet article ? Abonnez-vous à notre newsletter pour recevoir "
           "chaque jour l'essentiel de l'actualité."),
    ("fr", "Déjà abonné ? Connectez-vous. Abonnez-vous pour soutenir notre rédaction."),
])
def test_a_subscription_invitation_is_chrome_and_no_paywall(lang: str, promo: str) -> None:
    html = page(f"<main><h1>Le budget voté</h1>{paras(lang)}<p>{promo}</p></main>", lang=lang)
    result = run(html)
    assert result.paragraphs == (P_EN if lang == "en" else P_FR)
    assert not result.truncated


def test_a_sentence_saying_abonnez_vous_once_stays() -> None:
    quote = ("« Abonnez-vous, partagez, commentez » : le youtubeur répète la formule à la fin "
             "de chaque vidéo, raconte-t-il au conseil municipal.")
    html = page(f"<article><h1>Le budget voté</h1>{paras()}<p>{quote}</p>{paras()}</article>")
    assert quote in run(html).paragraphs
