#!/usr/bin/env python3
"""Build the h-kinds50 held-out set: articles.jsonl and gold.json (python3 build.py).

Written by us (h-kinds50, 2026-12-05) before any code change; CC0. Checks: those of
bench/lib/entity_checks.py plus the h-t49b place checks (see score.py).
"""
import sys
from pathlib import Path

HERE = Path(__file__).resolve().parent
sys.path.insert(0, str(HERE.parents[2]))
from lib.entity_checks import write_cases  # noqa: E402

U = "https://www.example.test/hkinds50/"


def case(slug, lang, source, published, title, paragraphs, checks):
    return {"title": title, "paragraphs": paragraphs, "language": lang, "source": source,
            "url": U + slug, "published": published, "checks": checks}


CASES = [
    case("h01", "fr", "L'Alsace", "2026-12-03T08:00:00+01:00",
         "Routes verglacées : la Collectivité européenne d'Alsace mobilise ses saleuses",
         ["La Collectivité européenne d'Alsace a engagé quarante engins dans la nuit de "
          "mercredi, près de Colmar et de Sélestat.",
          "La Métropole de Lyon et le Conseil départemental du Rhône ont fait de même sur "
          "leurs réseaux."],
         [["ent", "Collectivité européenne d'Alsace", ["ORG"]],
          ["ent", "Métropole de Lyon", ["ORG"]],
          ["ent", "Conseil départemental du Rhône", ["ORG"]]]),
    case("h02", "fr", "Le Républicain lorrain", "2026-12-02T18:00:00+01:00",
         "Incendie d'un entrepôt à Thionville",
         ["Le Service départemental d'incendie et de secours de la Moselle (SDIS) est "
          "intervenu mardi soir à Thionville avec soixante pompiers.",
          "La Communauté d'agglomération Portes de France-Thionville a ouvert un gymnase "
          "pour les riverains."],
         [["noent", "Service départemental d'incendie"],
          ["ent", "Service départemental d'incendie et de secours de la Moselle",
           ["ORG", "NONE"]],
          ["ent", "Communauté d'agglomération Portes de France-Thionville", ["ORG", "NONE"]],
          ["place", "Thionville", "country", "FR"]]),
    case("h03", "fr", "Libération", "2026-12-04T07:00:00+01:00",
         "Après la Sarkozie, la Mélenchonie se cherche un héritier",
         ["Dans la Mélenchonie, on refuse de parler de succession, assure un député "
          "insoumis de Seine-Saint-Denis.",
          "La Sarkozie avait connu les mêmes débats après 2012."],
         [["ent", "Mélenchonie", ["MISC", "NONE"]],
          ["ent", "Sarkozie", ["MISC", "NONE"]]]),
    case("h04", "fr", "L'Équipe", "2026-12-03T22:30:00+01:00",
         "Europa League : Nice tombe face au Real Saragosse",
         ["L'OGC Nice s'est incliné jeudi soir face au Real Saragosse (2-1).",
          "Dans l'autre match du groupe, l'Olympique Marseille a battu le FC Porto."],
         [["ent", "Real Saragosse", ["ORG"]],
          ["ent", "Olympique Marseille", ["ORG"]],
          ["noplace", "Saragosse", None]]),
    case("h05", "fr", "Nice-Matin", "2026-12-02T09:00:00+01:00",
         "Toulon : travaux de nuit boulevard Foch et quai Cronstadt",
         ["Les travaux de réfection de la chaussée commencent lundi boulevard Foch, à "
          "Toulon, puis se poursuivront avenue Gambetta.",
          "L'allée Mirabeau restera ouverte aux piétons, précise la mairie."],
         [["ent", "Foch", ["LOC", "NONE"]],
          ["ent", "Gambetta", ["LOC", "NONE"]],
          ["ent", "Mirabeau", ["LOC", "NONE"]],
          ["place", "Toulon", "country", "FR"]]),
    case("h06", "fr-BE", "La Libre Belgique", "2026-12-03T10:00:00+01:00",
         "Flandre : De Watergroep coupe l'eau à Ostende",
         ["De Watergroep, la société flamande de distribution d'eau, a coupé "
          "l'alimentation de trois quartiers d'Ostende mercredi.",
          "La société De Vlaamse Waterweg surveille le niveau des canaux."],
         [["ent", "Watergroep", ["NONE"]],
          ["ent", "De Watergroep", ["ORG"]],
          ["place", "Ostende", "country", "BE"]]),
    case("h07", "fr", "L'Essentiel", "2026-12-04T12:00:00+01:00",
         "Neige dans l'Oesling : routes fermées au nord du pays",
         ["La neige est tombée en abondance dans l'Oesling, où plusieurs routes ont été "
          "fermées près de Clervaux et de Wiltz.",
          "Dans l'Oesling, les écoles resteront fermées jeudi."],
         [["ent", "Oesling", ["LOC"]],
          ["place", "Clervaux", "country", "LU"]]),
    case("h08", "fr", "La Voix du Nord", "2026-12-03T16:00:00+01:00",
         "Randonnée : le balisage refait dans les monts des Ardennes",
         ["Les sentiers des monts des Ardennes ont été rebalisés cet automne.",
          "Les Ardennes attirent de plus en plus de marcheurs l'hiver, selon l'office de "
          "tourisme de Charleville-Mézières."],
         [["ent", "Ardennes", ["LOC"]],
          ["place", "Charleville-Mézières", "country", "FR"]]),
    case("h09", "pt", "Público", "2026-12-03T09:00:00+00:00",
         "Futsal: Benfica vence em Aveiro e segue na liderança",
         ["O Benfica venceu em Aveiro por 4-2 e prepara agora o jogo do Carnaval.",
          "A equipa regressa aos treinos no Natal, disse o treinador em Braga."],
         [["ent", "Futsal", ["NONE"]],
          ["place", "Aveiro", "country", "PT"],
          ["noplace", "Natal", None]]),
    case("h10", "pt", "Jornal de Notícias", "2026-12-02T19:00:00+00:00",
         "Basquetebol: iluminações de Natal acendem em Viseu",
         ["As iluminações para o Natal foram acesas em Viseu na terça-feira.",
          "A autarquia espera muitos visitantes do Natal em Viseu e em Guimarães."],
         [["ent", "Basquetebol", ["NONE"]],
          ["place", "Viseu", "country", "PT"],
          ["noplace", "Natal", None]]),
]

if __name__ == "__main__":
    write_cases(HERE, CASES)
