#!/usr/bin/env python3
"""Build the r-places57 held-out set: articles.jsonl, captures/*.txt and gold.json
(python3 build.py).

Written by us (r-places57, 2026-12-06) before any code change; CC0. Checks are those of
bench/lib/entity_checks.py, the h-t49b place checks ("noplace", "place"), r-places55's
"query" and this set's "zone" (see score.py).
"""
import json
import sys
from pathlib import Path

HERE = Path(__file__).resolve().parent
sys.path.insert(0, str(HERE.parents[2]))
from lib.entity_checks import write_cases  # noqa: E402

U = "https://www.example.test/rplaces57/"
T = "2026-12-05T10:00:00+01:00"


def case(slug, lang, title, paragraphs, checks):
    return {"title": title, "paragraphs": paragraphs, "language": lang, "source": "Test Wire",
            "url": U + slug, "published": T, "checks": checks}


# captures (text as a browser shows it, no zone printed): url, masthead, menu, section,
# title, lead, date line, paragraphs; checks as for the articles
CAPTURES = [
    ("z01", "https://www.diariodelturia.es/valencia/2026/12/04/obras-tranvia-9876.html",
     ["Diario del Turia", "Buscar", "Suscríbete", "", "Valencia", "",
      "Las obras del tranvía cortan la avenida del Puerto hasta el lunes",
      "", "El Ayuntamiento de Valencia desvía seis líneas de autobús.", "",
      "04.12.2026 | 09:15", "",
      "El Ayuntamiento de Valencia cortará la avenida del Puerto hasta el lunes por las obras "
      "del tranvía. Según el concejal de Movilidad, Andrés Lima, \"los desvíos durarán "
      "cuatro días\".",
      "", "Los vecinos del Grao se quejan del ruido. La Generalitat Valenciana financia la obra."],
     [["zone", "Europe/Madrid"], ["place", "Valencia", "country", "ES"],
      ["noplace", "Lima", None]]),
    ("z02", "https://ngs.ru/text/city/2026/12/05/70001234/",
     ["НГС", "Поиск", "Войти", "", "Город", "",
      "В Новосибирске из-за мороза отменили занятия в школах",
      "", "5 декабря 2026, 08:40", "",
      "В Новосибирске в субботу отменили занятия в школах для учеников первых-шестых классов "
      "из-за мороза до минус 38 градусов.",
      "", "Решение приняли в мэрии Новосибирска. В Москве в этот день было минус пять."],
     [["zone", "Asia/Novosibirsk"]]),
    ("z03", "https://www.acritica.com.br/manaus/2026/12/04/cheia-rio-negro-55555.html",
     ["A Crítica", "Buscar", "Menu", "", "Manaus", "",
      "Rio Negro sobe 20 centímetros em Manaus e Defesa Civil reforça alerta",
      "", "4.dez.2026 às 17h30", "",
      "O Rio Negro subiu 20 centímetros em Manaus nesta sexta-feira, segundo a Defesa Civil "
      "municipal.",
      "", "Ribeirinhos do bairro Educandos foram levados para abrigos. Em São Paulo, o "
      "Ministério da Integração acompanha a situação."],
     [["zone", "America/Manaus"], ["place", "Manaus", "country", "BR"]]),
    ("z04", "https://www.perthherald.com.au/news/2026/12/05/heatwave-perth-1234",
     ["Perth Herald", "Search", "Subscribe", "", "News", "",
      "Perth swelters as heatwave pushes past 42 degrees",
      "", "December 5, 2026 — 3:20pm", "",
      "Perth recorded its hottest December day in a decade on Saturday, with the mercury "
      "reaching 42 degrees at the airport.",
      "", "Fremantle beaches were packed by noon. In Sydney, the day was mild."],
     [["zone", "Australia/Perth"], ["place", "Perth", "country", "AU"]]),
    ("z05", "https://www.jornaldorecife.com.br/cidades/2026/12/04/chuva-recife-777.html",
     ["Jornal do Recife", "Buscar", "Menu", "", "Cidades", "",
      "Chuva alaga avenidas do Recife e prefeitura abre abrigos",
      "", "4.dez.2026 às 11h05", "",
      "Uma chuva forte alagou avenidas do Recife na manhã desta sexta-feira. Segundo o "
      "secretário de Defesa Civil, João Lisboa, \"as equipes estão nas ruas desde as 5h\".",
      "", "Olinda também registrou alagamentos."],
     [["zone", "America/Recife"], ["noplace", "Lisboa", None],
      ["place", "Recife", "country", "BR"]]),
]

CASES = [
    # 1. a namesake chosen with the text's other places
    case("n01", "es", "Cortes de agua en Córdoba por una avería",
         ["El Ayuntamiento de Córdoba anunció cortes de agua en tres barrios por una avería.",
          "La Junta de Andalucía enviará técnicos desde Sevilla."],
         [["place", "Córdoba", "country", "ES"], ["place", "Sevilla", "country", "ES"]]),
    case("n02", "en", "Flood warning for Perth as the Tay rises",
         ["Residents of Perth were told to move cars away from the North Inch on Friday as the "
          "River Tay rose.",
          "Dundee and Stirling also had warnings, the Scottish Environment Protection Agency "
          "said."],
         [["place", "Perth", "country", "GB"]]),
    # 2. a quarter, square, market, bridge or depot named after a town is no place there
    case("q01", "fr", "Un bus prend feu à Lyon",
         ["Un bus a pris feu dans le quartier Saint-Jean, au centre de la ville, lundi soir à "
          "Lyon.",
          "Aucun passager n'a été blessé."],
         [["noplace", "Saint-Jean", None], ["place", "Lyon", "kind", "commune"]]),
    case("q02", "fr", "Inondations à Nîmes : la zone de Saint-Césaire sous l'eau",
         ["À Nîmes, la zone de Saint-Césaire, à l'ouest de la ville, a été inondée mardi.",
          "Les pompiers du Gard ont évacué vingt entreprises."],
         [["noplace", "Saint-Césaire", None], ["place", "Nîmes", "kind", "commune"]]),
    case("q03", "fr", "Grève des bus à Toulouse",
         ["Les dépôts de Langlade et de Colomiers sont bloqués depuis lundi à Toulouse.",
          "La grève touche aussi le dépôt de Saint-Martin, dans le nord de la ville."],
         [["noplace", "Saint-Martin", None], ["place", "Toulouse", "kind", "commune"]]),
    case("q04", "es", "Cierran el mercado de San Fernando por obras",
         ["El mercado de San Fernando, en el barrio de Lavapiés, cerrará un mes por obras, "
          "anunció el Ayuntamiento de Madrid.",
          "Los comerciantes se trasladarán a una carpa."],
         [["noplace", "San Fernando", None], ["place", "Madrid", "country", "ES"]]),
    case("q05", "es", "Cortado el puente de Toledo en Madrid",
         ["El puente de Toledo permanecerá cortado al tráfico hasta el domingo en Madrid.",
          "La Policía Municipal desvía los coches por la calle de Segovia."],
         [["noplace", "Toledo", None], ["noplace", "Segovia", None],
          ["place", "Madrid", "country", "ES"]]),
    case("q06", "pt", "Feira da Praça Santos Dumont volta no domingo",
         ["A feira da Praça Santos Dumont, na Gávea, volta a funcionar neste domingo, informou "
          "a prefeitura do Rio de Janeiro.",
          "Os feirantes ficaram dois meses fora."],
         [["noplace", "Santos Dumont", None], ["place", "Rio de Janeiro", "country", "BR"]]),
    case("q07", "it", "Firenze, chiude il mercato di Sant'Ambrogio",
         ["Il mercato di Sant'Ambrogio resterà chiuso lunedì per lavori, ha annunciato il "
          "Comune di Firenze.",
          "I banchi saranno spostati in piazza Ghiberti."],
         [["noplace", "Sant'Ambrogio", None], ["place", "Firenze", "country", "IT"]]),
    case("q08", "it", "Torino, incidente sul ponte Vittorio Emanuele",
         ["Un incidente ha bloccato il traffico nel quartiere San Salvario, a Torino, ieri "
          "mattina.",
          "Un'auto è finita contro un lampione in via Nizza."],
         [["noplace", "Nizza", None], ["noplace", "San Salvario", None],
          ["place", "Torino", "country", "IT"]]),
    case("q09", "de", "Wasserrohrbruch in Dresden-Neustadt",
         ["Ein Wasserrohrbruch hat am Montag im Stadtteil Neustadt in Dresden mehrere Straßen "
          "überflutet.",
          "Die Feuerwehr pumpte Keller aus."],
         [["noplace", "Neustadt", None], ["place", "Dresden", "country", "DE"]]),
    # 3. places missed
    case("m01", "ar", "أمطار غزيرة تغرق شوارع جدّة",
         ["أغرقت الأمطار الغزيرة شوارع مدينة جدّة يوم الخميس، وعلّقت الدراسة في المدارس.",
          "وقال الدفاع المدني إن فرقه أنقذت عشرين شخصاً."],
         [["place", "جدّة", "country", "SA"]]),
    case("m02", "pt", "Chuva atinge Caruaru (PE) e Juiz de Fora (MG)",
         ["A chuva forte desta sexta-feira alagou ruas de Caruaru (PE) e derrubou árvores em "
          "Juiz de Fora (MG).",
          "A Defesa Civil emitiu alertas nos dois estados."],
         [["place", "Caruaru", "country", "BR"], ["place", "Juiz de Fora", "country", "BR"],
          ["place", "Pernambuco", "country", "BR"]]),
    case("m03", "de", "Hochwasser: Radebeul und Freital bereiten sich vor",
         ["Nach dem starken Regen bereiten sich Radebeul und Freital auf Hochwasser vor.",
          "In Meißen wurden Sandsäcke verteilt."],
         [["place", "Radebeul", "country", "DE"], ["place", "Freital", "country", "DE"],
          ["place", "Meißen", "country", "DE"]]),
    case("m04", "it", "Maltempo: allagamenti a Marsala e Pontedera",
         ["Il maltempo ha allagato strade a Marsala e a Pontedera nella notte.",
          "A Trapani le scuole resteranno chiuse lunedì."],
         [["place", "Marsala", "country", "IT"], ["place", "Pontedera", "country", "IT"]]),
    case("m05", "pt", "Temporal deixa feridos em Nova Iguaçu e Duque de Caxias",
         ["Um temporal deixou feridos em Nova Iguaçu e em Duque de Caxias, na Baixada "
          "Fluminense, nesta quinta-feira.",
          "Em Niterói, uma árvore caiu sobre um carro."],
         [["place", "Nova Iguaçu", "country", "BR"], ["place", "Duque de Caxias", "country",
                                                        "BR"]]),
    case("m06", "fr", "Liban : des routes coupées à Saïda et Zahlé",
         ["Des pluies torrentielles ont coupé des routes à Saïda et à Zahlé jeudi, selon la "
          "Défense civile libanaise.",
          "À Beyrouth, des rues ont été inondées."],
         [["place", "Saïda", "country", "LB"], ["place", "Zahlé", "country", "LB"]]),
    # 4. a region asked by its French name
    case("r01", "es", "Sevilla activa el plan de calor",
         ["El Ayuntamiento de Sevilla activó el plan de calor este viernes.",
          "Los hospitales de la ciudad reforzarán las urgencias."],
         [["query", "place:Andalousie", True], ["query", "place:Andalucía", True]]),
    case("r02", "de", "Schneechaos in Würzburg",
         ["Schnee hat am Freitag in Würzburg den Busverkehr lahmgelegt.",
          "Die Stadtwerke setzten Räumfahrzeuge ein."],
         [["query", "place:Bavière", True], ["query", "place:Bavaria", True]]),
]


def main() -> None:
    write_cases(HERE, CASES)
    gold = json.loads((HERE / "gold.json").read_text(encoding="utf-8"))
    for slug, url, lines, checks in CAPTURES:
        (HERE / "captures" / f"{slug}.txt").write_text(url + "\n" + "\n".join(lines) + "\n",
                                                       encoding="utf-8")
        gold.append({"url": url, "checks": checks})
    (HERE / "gold.json").write_text(json.dumps(gold, ensure_ascii=False, indent=1),
                                    encoding="utf-8")


if __name__ == "__main__":
    main()
