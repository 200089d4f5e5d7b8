# ruff: noqa: E501  (the inputs hold paragraphs on one line, as pages do)
"""Who published, as veille says it (r-source57, t-final56b A12 and B1, t-final56 B2;
issue 14), through the CLI on a real SQLite store and index:

- a page's chrome (a skip link, "Menu", a search box's label) is never the outlet's
  name: a capture opening on "Reuters" / "Skip to main content" is Reuters', one opening
  on its chrome alone is its host's;
- a name the capture prints as its masthead over the header's controls is shown though
  its host does not spell it ("ici Orléans" on francebleu.fr, "France 3 Occitanie",
  "Кубанские новости" on kubnews.ru, "الغد" on alghad.com, "Hamburger Morgenpost" on
  mopo.de under "Zum Inhalt springen");
- a name a page declares in structured data is shown, figures and all, on a host that
  does not spell it and on an address (127.0.0.1);
- guards: a section's label under the controls is no name; another outlet's name a page
  declares is not taken; two editions' names on one host do not name each other's
  articles."""

from __future__ import annotations

import json
from pathlib import Path

import pytest

from veille.cli.main import main

EN = """LISBON, Nov 28 - A historic tram left the rails on a steep street of the Alfama district on Saturday morning, injuring eleven passengers, the city's transport company said.
The vehicle had lost its brakes on the descent towards the cathedral, according to a first report. Three of the injured were taken to hospital.
"The line is closed until the inspection is over," a spokesman told reporters at the scene."""
FR = """Le conseil municipal a voté jeudi un programme de travaux de quatre millions d'euros pour le port et ses quais.
« Nous ne pouvons plus attendre une nouvelle saison de tempêtes », a déclaré le maire lors de la séance.
Les travaux doivent commencer en mars et durer huit mois, a précisé la mairie dans un communiqué."""
DE = """Der Elbtunnel wird am kommenden Wochenende in zwei Röhren gesperrt, teilte die Autobahn GmbH mit. Grund sind Arbeiten an der Beleuchtung.
"Wir erwarten Staus bis nach Waltershof", sagte ein Sprecher der Verkehrsbehörde. Die Sperrung beginnt am Freitagabend um 22 Uhr."""
RU = """В Краснодаре в пятницу открыли пешеходный мост через реку Кубань, сообщили в администрации города.
«Мост соединил два района, где живут более ста тысяч человек», — сказал глава города. Строительство шло два года."""
AR = """أغلقت الأمطار الغزيرة التي هطلت يوم الخميس عدداً من الطرق في العاصمة عمّان، وقررت وزارة التربية والتعليم تعليق الدوام المدرسي يوم الأحد.
وقال مدير الدفاع المدني إن فرق الإنقاذ تعاملت مع عشرات البلاغات خلال الليل."""


def capture(url: str, header: list[str], title: str, dated: str, body: str) -> str:
    return "\n\n".join([url, "\n".join(header), title, dated, *body.splitlines()]) + "\n"


def run(capsys: pytest.CaptureFixture[str], *args: str) -> str:
    capsys.readouterr()
    assert main(list(args)) == 0
    return capsys.readouterr().out


def ingest(capsys: pytest.CaptureFixture[str], data: str, tmp_path: Path,
           files: dict[str, str]) -> None:
    for name, text in files.items():
        (tmp_path / name).write_text(text, "utf-8")
    run(capsys, "--data-dir", data, "ingest", *(str(tmp_path / n) for n in files))


def shown_by(capsys: pytest.CaptureFixture[str], data: str) -> dict[str, str]:
    """title word -> (outlet shown in `latest`, stored site_name)."""
    rows = [json.loads(x) for x in run(capsys, "--data-dir", data, "latest", "--json").splitlines()
            if x.startswith("{")]
    text = run(capsys, "--data-dir", data, "latest", "-n", "40")
    found = {}
    for row in rows:
        title = str(row.get("title") or row["content"]["title"])
        line = next(x for x in text.splitlines() if title[:30] in x)
        found[title] = line
    return found


def line_with(found: dict[str, str], word: str) -> str:
    return next(line for title, line in found.items() if word in title)


def stored_site_names(capsys: pytest.CaptureFixture[str], data: str) -> list[str]:
    rows = [json.loads(x) for x in run(capsys, "--data-dir", data, "latest", "--json").splitlines()
            if x.startswith("{")]
    names = []
    for row in rows:
        doc = json.loads(run(capsys, "--data-dir", data, "show", row["id"], "--json"))
        names.append(doc["content"]["site_name"])
    return names


def test_chrome_is_never_the_outlet(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    data = str(tmp_path / "data")
    ingest(capsys, data, tmp_path, {
        "a.txt": capture("https://www.reuters.com/world/europe/lisbon-tram-2026-11-28/",
                         ["Reuters", "Skip to main content", "Search", "Sign In", "", "Europe"],
                         "Lisbon tram derails after brake failure, eleven hurt",
                         "November 28, 2026 08:40 AM GMT", EN),
        "b.txt": capture("https://www.lamontagne.fr/clermont-ferrand-63000/actualites/port_14620101/",
                         ["Aller au contenu", "Menu", "Rechercher", "", "Clermont-Ferrand"],
                         "Le port de plaisance engage quatre millions de travaux",
                         "Publié le 27/11/2026 à 18h05", FR),
        "c.txt": capture("https://www.mopo.de/hamburg/elbtunnel-sperrung-2026-11-27/",
                         ["Zum Inhalt springen", "Hamburger Morgenpost", "Suche", "Anmelden", "", "Hamburg"],
                         "Elbtunnel: Zwei Röhren am Wochenende gesperrt",
                         "27.11.2026, 16:45 Uhr", DE),
    })
    found = shown_by(capsys, data)
    assert "  Reuters " in line_with(found, "Lisbon")
    # h-capture67 (t-check66 F10): a host whose pages declare no name is shown by the outlet
    # table's name for it ("La Montagne"), never by the chrome; it was shown as stored
    assert "  La Montagne " in line_with(found, "port de plaisance")
    assert "  Hamburger Morgenpost " in line_with(found, "Elbtunnel")
    names = stored_site_names(capsys, data)
    assert not [n for n in names if n.startswith(("Skip to", "Aller au", "Zum Inhalt", "Menu"))], names


def test_a_masthead_the_host_does_not_spell_is_shown(
        tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    data = str(tmp_path / "data")
    ingest(capsys, data, tmp_path, {
        "a.txt": capture("https://www.francebleu.fr/infos/societe/port-2026-11-27",
                         ["ici Orléans", "Rechercher", "", "Société"],
                         "Le port fluvial d'Orléans engage quatre millions de travaux",
                         "Vendredi 27 novembre 2026 à 11:15", FR),
        "b.txt": capture("https://france3-regions.francetvinfo.fr/occitanie/herault/sete/port-3110001.html",
                         ["France 3 Occitanie", "Rechercher", "", "Hérault"],
                         "Sète : le port engage quatre millions de travaux sur ses quais",
                         "Publié le 27/11/2026 à 19h10", FR),
        "c.txt": capture("https://kubnews.ru/obshchestvo/2026/11/27/most/",
                         ["Кубанские новости", "Поиск", "Войти", "", "Общество"],
                         "В Краснодаре открыли новый пешеходный мост через Кубань",
                         "27 ноября 2026, 12:30", RU),
        "d.txt": capture("https://alghad.com/story/2026/11/27/amman-rain",
                         ["الغد", "بحث", "تسجيل الدخول", "", "محليات"],
                         "أمطار غزيرة تغلق طرقاً في عمّان وتعليق الدوام المدرسي",
                         "نشر في 27 تشرين الثاني 2026", AR),
    })
    found = shown_by(capsys, data)
    assert "  ici Orléans " in line_with(found, "Orléans engage")
    assert "  France 3 Occitanie " in line_with(found, "Sète")
    assert "  Кубанские новости " in line_with(found, "Краснодаре")
    assert "  الغد " in line_with(found, "عمّان")


def page(canonical: str, site: str, title: str) -> str:
    paragraphs = "".join(f"<p>{p}</p>" for p in FR.splitlines())
    return f"""<!doctype html><html lang="fr"><head><meta charset="utf-8"><title>{title}</title>
<link rel="canonical" href="{canonical}"><meta property="og:site_name" content="{site}">
<script type="application/ld+json">{{"@context":"https://schema.org","@type":"NewsArticle","headline":"{title}","datePublished":"2026-11-27T09:20:00+01:00","publisher":{{"@type":"Organization","name":"{site}"}}}}</script>
</head><body><article><h1>{title}</h1>{paragraphs}</article></body></html>"""


def test_a_declared_name_is_shown_and_guards_hold(
        tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    data = str(tmp_path / "data")
    ingest(capsys, data, tmp_path, {
        "a.html": page("http://127.0.0.1:8771/noumea-port.html", "Nouvelle-Calédonie la 1ère",
                       "Nouméa : le port autonome engage ses travaux"),
        "b.html": page("https://www.huffingtonpost.fr/france/article/port-cherbourg_260001.html",
                       "Le HuffPost", "Cherbourg : le port engage quatre millions de travaux"),
        "c.html": page("https://www.tf1info.fr/societe/port-de-brest-2330001.html", "Le Figaro",
                       "Brest : le port de commerce engage ses travaux"),
        "d.txt": capture("https://www.nicematin.com/vie-locale/antibes-port-2026-11-27",
                         ["Rechercher", "Se connecter", "", "Côte d'Azur"],
                         "Antibes : le port Vauban engage quatre millions de travaux",
                         "Publié le 27/11/2026 à 08h30", FR),
    })
    found = shown_by(capsys, data)
    assert "  Nouvelle-Calédonie la 1ère " in line_with(found, "Nouméa")
    assert "  Le HuffPost " in line_with(found, "Cherbourg")
    assert "  tf1info.fr " in line_with(found, "Brest")
    # h-capture67 (t-check66 F10): the outlet table's name of a host declaring none
    # ("Nice-Matin"), never the chrome ("Côte d'Azur"); it was shown as stored
    assert "  Nice-Matin " in line_with(found, "Antibes")


def test_editions_on_one_host_do_not_name_each_other() -> None:
    from veille.outlet_names import outlet_name

    host = "france3-regions.francetvinfo.fr"
    editions = ["France 3 Occitanie", "France 3 Grand Est", "France 3 Occitanie"]
    assert outlet_name(host, editions, editions) == "France 3"
    assert outlet_name("la1ere.francetvinfo.fr", ["Guadeloupe la 1ère", "Martinique la 1ère"],
                       ["Guadeloupe la 1ère", "Martinique la 1ère"]) == "la1ere.francetvinfo.fr"
    # a name the host spells wins over one it does not
    both = ["France Bleu Orléans", "ici Orléans", "ici Orléans"]
    assert outlet_name("francebleu.fr", both, both) == "France Bleu Orléans"
    # a name read from a title tag or a feed's title vouches for nothing
    assert outlet_name("mopo.de", ["Hamburger Morgenpost"], []) == "mopo.de"


@pytest.mark.parametrize(("text", "chrome", "name"), [
    ("Skip to main content", True, False),
    ("Zum Inhalt springen", True, False),
    ("Aller au contenu", True, False),
    ("Saltar al contenido", True, False),
    ("Перейти к содержимому", True, False),
    ("Menu", True, False),
    ("Rechercher", True, False),
    ("Se connecter", True, False),
    ("تسجيل الدخول", True, False),
    ("Hamburger Morgenpost", False, True),
    ("Nouvelle-Calédonie la 1ère", False, True),
    ("France 3 Grand Est", False, True),
    ("g1", False, True),
    ("الغد", False, True),
    ("Crues dans le Gard : les assureurs estiment les dégâts", False, False),
])
def test_chrome_and_names(text: str, chrome: bool, name: bool) -> None:
    from veille.extract.masthead import chrome_label
    from veille.outlet_names import name_like

    assert chrome_label(text) is chrome
    assert name_like(text) is name
