# ruff: noqa: E501  (the inputs hold paragraphs on one line, as pages do)
"""What extraction drops and tells (r-extract54, t-final53b A1, B2; issue 14), through the
CLI on a real SQLite store and index:

- a capture's standfirst about the outlet's newsletters and subscriptions is the
  article's lead, not "outside" (its furniture words refused it whatever its stance);
- a ninjs item and a JSON record list what their sieve cut in ``evidence.dropped`` (a
  record's HTML body kept its share line and newsletter prompt);
- a live blog whose posts print no time takes each post's time from its JSON-LD
  ``liveBlogUpdate``: "HH:MM — heading — text", once;
- ``latest`` and ``show`` name the outlet by what the page or feed says: an
  ``og:site_name`` whose host shortens it, a one-name feed title on 127.0.0.1."""

from __future__ import annotations

import json
from pathlib import Path

import pytest

from veille.cli.main import main
from veille.outlet_names import plausibly_names_site

STANDFIRST = "Le quotidien franc-comtois parie sur ses newsletters de quartier et sur un abonnement numérique à 7,99 euros par mois."
CAPTURE = f"""Le Journal des Médias
Rechercher
Se connecter   S'abonner

Presse régionale : « L'Écho du Doubs » double ses abonnés en deux ans

{STANDFIRST}

Par Claire Vuillemin
Publié le 1 décembre 2026 à 09h30

L'Écho du Doubs a annoncé lundi compter 42 000 abonnés numériques, contre 21 000 il y a deux ans. La direction attribue cette hausse à six newsletters de quartier lancées au printemps.

« Nos lecteurs veulent d'abord savoir ce qui se passe dans leur rue », a expliqué la rédactrice en chef.

Le journal prévoit d'ouvrir deux nouvelles éditions locales en 2027.

Partager   Lire aussi : Les quotidiens régionaux et le numérique
Abonnez-vous à notre newsletter pour ne rien manquer de l'actualité des médias.
Nous utilisons des cookies pour mesurer l'audience. Accepter
"""
NOTICES = "<p>Partager sur Facebook Partager sur X</p><p>Abonnez-vous à notre newsletter pour recevoir l'essentiel du littoral.</p>"
BODY = ("<p>La passerelle du port a été fermée jeudi matin après avoir été heurtée par une vedette.</p>"
        "<p>« Un expert doit vérifier la structure », a précisé la mairie.</p>"
        "<p>Les piétons sont déviés par le quai Est.</p>" + NOTICES)
NINJS = {"uri": "urn:newsml:agence.example:20261204:a1", "type": "text", "version": "1",
         "language": "fr", "versioncreated": "2026-12-04T09:10:00+01:00",
         "headline": "Royan : la passerelle du port fermée après un choc",
         "copyrightholder": "Agence Littoral", "body_html": BODY}
RECORD = {"url": "https://www.vigie-ouest.fr/port-1204", "source": "La Vigie",
          "title": "Royan : la passerelle du port fermée après un choc",
          "published": "2026-12-04T07:30:00+01:00", "language": "fr", "body_html": BODY}
UPDATES = [("11:20", "Le col rouvert", "Le col a rouvert à la circulation en fin de matinée, chaînes obligatoires."),
           ("08:05", "Écoles fermées à Murat", "Les écoles de Murat restent fermées toute la journée, a annoncé la préfecture."),
           ("06:45", "Trente centimètres à Saint-Flour", "Il est tombé trente centimètres de neige à Saint-Flour pendant la nuit.")]


def _live_page(with_times: bool) -> str:
    ld = {"@context": "https://schema.org", "@type": "LiveBlogPosting",
          "headline": "DIRECT. Neige dans le Cantal",
          "datePublished": "2026-12-04T06:30:00+01:00",
          "liveBlogUpdate": [{"@type": "BlogPosting", "headline": h, "articleBody": t,
                              "datePublished": f"2026-12-04T{c}:00+01:00"} for c, h, t in UPDATES]}
    posts = "".join(f'<div class="post">{f"<time>{c}</time>" if with_times else ""}<h2>{h}</h2><p>{t}</p></div>'
                    for c, h, t in UPDATES)
    return ('<!doctype html><html lang="fr"><head><meta charset="utf-8">'
            "<title>DIRECT. Neige dans le Cantal - Le Réveil du Cantal</title>"
            '<meta property="og:site_name" content="Le Réveil du Cantal">'
            '<link rel="canonical" href="https://www.reveilcantal.fr/direct-neige">'
            f'<script type="application/ld+json">{json.dumps(ld)}</script></head><body><main><article>'
            f"<h1>DIRECT. Neige dans le Cantal</h1>{posts}</article></main></body></html>")


PAGE = """<!doctype html><html lang="fr"><head><meta charset="utf-8">
<title>Crue de la Loire : Orléans en alerte - La République du Centre</title>
<meta property="og:site_name" content="La République du Centre">
<link rel="canonical" href="https://www.larep.fr/orleans/crue_1.html">
<meta property="article:published_time" content="2026-12-03T07:15:00+01:00"></head>
<body><article><h1>Crue de la Loire : Orléans en alerte</h1>
<p>La préfecture du Loiret a placé mercredi le département en vigilance orange crues.</p>
<p>« Nous demandons aux riverains de surélever leurs biens », a déclaré la préfète.</p>
<p>La mairie d'Orléans a fermé les quais jusqu'à nouvel ordre.</p></article></body></html>"""
FEED = """<?xml version="1.0" encoding="UTF-8"?>
<rss version="2.0" xmlns:content="http://purl.org/rss/1.0/modules/content/"><channel>
<title>La Gazette des Causses</title><link>http://127.0.0.1:8770/</link><description>Aveyron</description>
<item><title>Millau : le viaduc fermé aux poids lourds</title><link>http://127.0.0.1:8770/millau.html</link>
<pubDate>Thu, 03 Dec 2026 08:00:00 +0100</pubDate>
<content:encoded><![CDATA[<p>Le viaduc de Millau a été fermé aux poids lourds mercredi soir en raison de rafales de vent.</p>
<p>« La réouverture dépendra des relevés de cette nuit », a indiqué la préfecture.</p>]]></content:encoded></item>
</channel></rss>"""


def run(capsys: pytest.CaptureFixture[str], *args: str) -> str:
    capsys.readouterr()
    assert main(list(args)) == 0
    return capsys.readouterr().out


def _one(capsys: pytest.CaptureFixture[str], tmp_path: Path, name: str, text: str,
         *given: str) -> dict:
    data = str(tmp_path / "data")
    (tmp_path / name).write_text(text, "utf-8")
    run(capsys, "--data-dir", data, "ingest", *given, str(tmp_path / name))
    (line,) = run(capsys, "--data-dir", data, "export", "--format", "jsonl").splitlines()
    return json.loads(line)


def _dropped(record: dict) -> str:
    return str(record["content"].get("evidence", {}).get("dropped") or "")


def test_a_standfirst_about_newsletters_is_the_lead(
        tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    record = _one(capsys, tmp_path, "capture.txt", CAPTURE, "--source", "medias.example")
    assert record["content"]["lead"] == STANDFIRST
    dropped = _dropped(record)
    assert STANDFIRST not in dropped
    assert "notice\tAbonnez-vous à notre newsletter" in dropped  # true notices still go
    assert "Nous utilisons des cookies" in dropped
    assert "Le journal prévoit d'ouvrir" in "\n".join(record["content"]["paragraphs"])


@pytest.mark.parametrize(("name", "doc"), [("item.json", NINJS), ("record.json", RECORD)])
def test_wire_items_and_records_list_what_their_sieve_cut(
        tmp_path: Path, capsys: pytest.CaptureFixture[str], name: str, doc: dict) -> None:
    record = _one(capsys, tmp_path, name, json.dumps(doc, ensure_ascii=False))
    body = "\n".join(record["content"]["paragraphs"])
    assert "Les piétons sont déviés par le quai Est." in body
    assert "Partager" not in body and "Abonnez-vous" not in body
    dropped = _dropped(record)
    assert "Partager sur Facebook Partager sur X" in dropped
    assert "Abonnez-vous à notre newsletter pour recevoir l'essentiel du littoral." in dropped


def test_a_live_blog_dates_its_posts_from_its_json_ld(
        tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    record = _one(capsys, tmp_path, "live.html", _live_page(with_times=False))
    paragraphs = record["content"]["paragraphs"]
    assert [p for p in paragraphs if " — " in p] == [f"{c} — {h} — {t}" for c, h, t in UPDATES]
    for _, heading, _ in UPDATES:
        assert sum(heading in p for p in paragraphs) == 1


def test_printed_times_are_kept_alone(tmp_path: Path,
                                      capsys: pytest.CaptureFixture[str]) -> None:
    record = _one(capsys, tmp_path, "live.html", _live_page(with_times=True))
    paragraphs = record["content"]["paragraphs"]
    assert [p for p in paragraphs if " — " in p] == [f"{c} — {h} — {t}" for c, h, t in UPDATES]


def test_latest_and_show_name_the_outlet_the_input_declares(
        tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    for name, text in (("page.html", PAGE), ("feed.xml", FEED)):
        data = str(tmp_path / name / "data")
        (tmp_path / name).mkdir()
        (tmp_path / name / name).write_text(text, "utf-8")
        run(capsys, "--data-dir", data, "ingest", str(tmp_path / name / name))
        latest = run(capsys, "--data-dir", data, "latest")
        outlet = "La République du Centre" if name == "page.html" else "La Gazette des Causses"
        assert outlet in latest
        show = run(capsys, "--data-dir", data, "show", latest.split()[0])
        line = next(x.strip() for x in show.splitlines() if x.strip().startswith("source:"))
        # the page is stored under its host, named by what it declares; the feed's items
        # on an address (127.0.0.1) are stored under the feed's title (r-source56)
        assert line.startswith(f"source: {outlet} (") if name == "page.html" \
            else line == f"source: {outlet}"


@pytest.mark.parametrize(("name", "host", "names"), [
    ("La République du Centre", "larep.fr", True),
    ("The Western Isles Chronicle", "wichron.co.uk", True),
    ("Le Réveil du Cantal", "reveilcantal.fr", True),
    ("Le Figaro", "lemonde.fr", False),
    ("Le Parisien", "leprogres.fr", False),
    ("Ouest-France", "sudouest.fr", False),
    ("Le Monde", "msn.com", False),
])
def test_a_shortened_host_label_names_its_masthead(name: str, host: str, names: bool) -> None:
    assert plausibly_names_site(name, host) is names
