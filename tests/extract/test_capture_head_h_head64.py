# ruff: noqa: E501  (the captures hold paragraphs on one line, as pages do)
"""A capture's headline lost to its deck, and bylines lost (issue 14; t-final64 #1, #6).

* A headline right under the page's chrome (masthead, menu, login link), written in its
  own words, lost to the deck under it that restates the lead (Le Figaro's update) or
  quotes the text (La Nazione): the head's order is headline, deck, byline and date.
* "Name | Place" over the date (Prensa Ibérica's byline) was dropped as a link.
* A bare name over the reporter's place and the date (Las Provincias) was no author; on
  a page whose text names a namesake ("el párroco, Vicent Sanchis") neither.
"""
from __future__ import annotations

from pathlib import Path

from click.testing import CliRunner

from capture_kit import ingested_records
from veille.cli.main import cli
from veille.extract.bare_byline import bare_name

FR_HEADLINE = "Viaduc de Millau : les poids lourds privés de passage tout l'hiver"
FR = "\n".join([
    "Le Courrier des Causses",
    "Actualité  Aveyron  Sports  Loisirs  Abonnez-vous",
    "Se connecter",
    "",
    FR_HEADLINE,
    "La préfecture interdit l'ouvrage aux camions de plus de 19 tonnes jusqu'au printemps",
    "Par Hélène Vidal",
    "Publié le 02/12/2026 à 10:05, mis à jour le 02/12/2026 à 16:40",
    "La préfecture de l'Aveyron interdit le viaduc de Millau aux camions de plus de 19 tonnes jusqu'au 31 mars, après la découverte de fissures sur deux haubans.",
    "« La sécurité des usagers passe avant tout », a déclaré le préfet devant la presse mercredi.",
    "Les transporteurs devront emprunter la route de Saint-Affrique, soit quarante minutes de plus.",
])

IT_HEADLINE = "Montecatini, le terme tornano a vivere: riapre il Tettuccio"
IT = "\n".join([
    "Il Corriere della Valdinievole",
    "Pistoia  Montecatini  Pescia  Sport  Abbonati",
    "Accedi",
    "",
    IT_HEADLINE,
    'Il sindaco Marco Bartolini: "Trecentomila presenze in un anno, per la Valdinievole è la rinascita"',
    "di Elena Puccinelli",
    "Montecatini Terme, 2 dicembre 2026 - 11:20",
    "Lo stabilimento Tettuccio di Montecatini Terme riapre oggi dopo quattro anni di chiusura e un restauro da dodici milioni.",
    '"Trecentomila presenze in un anno, è la nostra rinascita", ha detto il sindaco Marco Bartolini.',
    "Le visite guidate sono previste ogni sabato mattina fino a marzo.",
])

ES_BAR = "\n".join([
    "El Faro del Vinalopó",
    "Portada  Comarca  Deportes  Opinión  Suscríbete por 1€",
    "Entrar",
    "",
    "Elda abre el primer albergue municipal para personas sin hogar",
    "El centro tendrá 30 plazas y abrirá todo el año. El Ayuntamiento ha invertido 900.000 euros",
    "Teresa Amorós | Elda",
    "01·12·26 | 12:10",
    "El Ayuntamiento de Elda ha inaugurado este martes el primer albergue municipal para personas sin hogar, con 30 plazas y abierto todo el año.",
    "La obra ha costado 900.000 euros, financiados en parte con fondos europeos.",
    "Cáritas gestionará el centro durante los dos primeros años.",
])


def _las_provincias_like(n: int, body_extra: str) -> str:
    return "\n".join([
        "Diario del Júcar",
        "Portada  Ribera  Comunitat  Deportes  Opinión  Suscríbete",
        "Iniciar sesión",
        "Ribera Alta > Sucesos",
        "",
        f"La riada de Alzira obliga a desalojar {n} viviendas en el barrio de la Alquerieta",
        f"Los vecinos de {n} calles pasarán la noche en el polideportivo municipal de Alzira",
        "Ramón Soler",
        "Alcoy",
        f"Martes, {n} diciembre 2026, 09:{10 + n}",
        f"El desbordamiento del río Júcar ha obligado a desalojar {n} viviendas del barrio de la Alquerieta de Alzira durante la madrugada.",
        f"Los bomberos han rescatado a {n} personas atrapadas en sus casas. {body_extra}",
        "Las clases se han suspendido en todos los colegios del municipio hasta el jueves.",
    ])


def test_a_headline_under_the_chrome_beats_a_deck_restating_the_lead(tmp_path: Path) -> None:
    rows = ingested_records(tmp_path, FR)
    assert rows[0]["content"]["title"] == FR_HEADLINE
    assert rows[0]["content"]["authors"] == ["Hélène Vidal"]


def test_a_headline_under_the_chrome_beats_a_quoted_deck(tmp_path: Path) -> None:
    rows = ingested_records(tmp_path, IT)
    assert rows[0]["content"]["title"] == IT_HEADLINE


def test_a_teaser_of_another_article_above_is_no_headline(tmp_path: Path) -> None:
    # a "read also" teaser between the chrome and the headline speaks of another text
    text = FR.replace("Se connecter\n", "Se connecter\nÀ lire aussi\nRodez : la foire-exposition annulée faute d'exposants\n")
    rows = ingested_records(tmp_path, text)
    assert rows[0]["content"]["title"] != "Rodez : la foire-exposition annulée faute d'exposants"


def test_a_name_bar_place_byline_over_the_date_is_the_author(tmp_path: Path) -> None:
    rows = ingested_records(tmp_path, ES_BAR)
    assert rows[0]["content"]["authors"] == ["Teresa Amorós"]
    assert rows[0]["content"]["title"] == "Elda abre el primer albergue municipal para personas sin hogar"
    assert bare_name("Teresa Amorós | Elda", date_next=True) == "Teresa Amorós"
    # a section and a place, or no date under it, name no one
    assert bare_name("Sucesos | Elda", date_next=True) == ""
    assert bare_name("Teresa Amorós | Elda") == ""


def test_a_reporters_name_over_place_and_date_stays_the_author_on_every_page(tmp_path: Path) -> None:
    folder = tmp_path / "pages"
    folder.mkdir()
    for n in range(2, 6):
        extra = "«No hemos dormido», ha dicho el párroco, Vicent Soler." if n == 5 else ""
        (folder / f"p{n}.txt").write_text(_las_provincias_like(n, extra), "utf-8")
    data = tmp_path / "data"
    runner = CliRunner()
    ran = runner.invoke(cli, ["--data-dir", str(data), "ingest", "--source", "diariodeljucar.es", str(folder)])
    assert ran.exit_code == 0, ran.output
    out = runner.invoke(cli, ["--data-dir", str(data), "export", "--format", "jsonl"]).output
    import json
    rows = [json.loads(line) for line in out.splitlines() if line.startswith("{")]
    assert len(rows) == 4
    assert all(r["content"]["authors"] == ["Ramón Soler"] for r in rows), [r["content"]["authors"] for r in rows]
    assert all(r["content"]["title"].startswith("La riada de Alzira") for r in rows)


from hypothesis import given, settings  # noqa: E402
from hypothesis import strategies as st  # noqa: E402

_GIVEN = ["Marta", "Teresa", "Jordi", "Lucía", "Pablo", "Giulia", "Hélène"]
_SURNAMES = ["Amorós", "Ferrer", "Bellver", "Puig Soler", "Rinaldi", "Vidal"]
_PLACE = st.lists(st.sampled_from(["Elda", "Alcoy", "La", "Vila", "Nova", "Sant", "Joan"]),
                  min_size=1, max_size=3).map(" ".join)


@settings(max_examples=60, deadline=None)
@given(st.sampled_from(_GIVEN), st.sampled_from(_SURNAMES), _PLACE)
def test_a_bar_and_a_place_after_a_name_over_the_date_leave_the_name(
        first: str, surname: str, place: str) -> None:
    name = f"{first} {surname}"
    assert bare_name(f"{name} | {place}", date_next=True) == name
    assert bare_name(f"{name} | {place} 2026", date_next=True) == ""  # a digit: no place
