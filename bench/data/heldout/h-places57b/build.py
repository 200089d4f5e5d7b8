#!/usr/bin/env python3
"""Build the h-places57b held-out set: articles.jsonl and gold.json (python3 build.py).

Written by us (h-places57b, 2026-12-06) before any code change; CC0. Checks are h-t49b's
"place" (mention or name, field, value) and "noplace" (no place mentioned so, or none outside
the country given).
"""
import sys
from pathlib import Path

HERE = Path(__file__).resolve().parent
sys.path.insert(0, str(HERE.parents[2]))
from lib.entity_checks import write_cases  # noqa: E402

U = "https://www.example.test/hplaces57b/"
T = "2026-12-05T10:00:00+01:00"


def case(slug, lang, title, paragraphs, checks):
    return {"title": title, "paragraphs": paragraphs, "language": lang, "source": "Test Wire",
            "url": U + slug, "published": T, "checks": checks}


CASES = [
    # 1. a town before a Brazilian state code, whose name is also a country's
    case("c01", "pt", "Temporal deixa ruas alagadas em Salvador",
         ["O temporal que atingiu Salvador (BA) nesta sexta-feira deixou dezenas de ruas "
          "alagadas, segundo a prefeitura.",
          "Em Feira de Santana (BA), a chuva derrubou árvores. A Defesa Civil de Salvador "
          "pediu que os moradores evitem as encostas."],
         [["place", "Salvador", "country", "BR"], ["noplace", "Salvador", "BR"]]),
    case("c02", "pt", "Alerta de chuva para o Nordeste",
         ["O Inmet manteve o alerta de chuva forte para Fortaleza (CE) e para Salvador (BA) "
          "até domingo.",
          "Em Natal (RN), as aulas foram suspensas."],
         [["place", "Fortaleza", "country", "BR"], ["noplace", "Salvador", "BR"],
          ["place", "Natal", "country", "BR"]]),
    # 2. a region the text names picks the namesake in that region
    case("r01", "es", "Corte de luz deja sin servicio a media Valencia",
         ["Un corte eléctrico dejó sin servicio a varios sectores de Valencia, en el estado "
          "Carabobo, durante la noche del jueves.",
          "Los vecinos de la avenida Bolívar protestaron frente a la sede de Corpoelec."],
         [["place", "Valencia", "country", "VE"]]),
    case("r02", "es", "Lluvias en el oriente del país",
         ["Las lluvias afectaron a Barcelona, capital del estado Anzoátegui, donde se "
          "desbordó el río Neverí.",
          "Protección Civil evacuó a cuarenta familias."],
         [["place", "Barcelona", "country", "VE"]]),
    case("r03", "es", "La Comunitat Valenciana activa la alerta naranja",
         ["La Generalitat activó la alerta naranja en Valencia y Castellón por lluvias.",
          "En Alicante se suspendieron las clases."],
         [["place", "Valencia", "country", "ES"]]),
    # 3. a valley word that is also a far commune's name
    case("v01", "fr", "Un éboulement coupe la route de la vallée",
         ["Un éboulement a coupé samedi la route entre Moûtiers et Bozel, en Tarentaise.",
          "Les stations de Courchevel et de La Plagne Tarentaise restent accessibles par "
          "Brides-les-Bains, selon la préfecture de la Savoie."],
         [["noplace", "Tarentaise", None], ["place", "Moûtiers", "country", "FR"]]),
    case("v02", "fr", "Une fête du pain dans un village du Pilat",
         ["La commune de Tarentaise, près de Saint-Étienne, organise dimanche sa fête du pain.",
          "Les habitants de Planfoy et du Bessat sont attendus."],
         [["place", "Tarentaise", "country", "FR"]]),
    # 4. Arabic common nouns and words inside words
    case("a01", "ar", "إغلاق محطة مترو في القاهرة",
         ["أعلنت هيئة مترو الأنفاق في القاهرة إغلاق محطة السادات في ميدان التحرير "
          "لأعمال الصيانة حتى يوم الثلاثاء.",
          "وقالت الهيئة إن الأعمال تشمل تجديد السلالم."],
         [["noplace", "ميدان", None], ["noplace", "امل", None],
          ["place", "القاهرة", "country", "EG"]]),
    case("a02", "ar", "زحام في شارع الحمرا",
         ["شهد شارع الحمرا في بيروت زحاما كبيرا مساء الجمعة بسبب الأعمال في الطريق.",
          "وطلبت البلدية من السائقين استخدام طرق بديلة."],
         [["noplace", "امل", None], ["noplace", "شارع", None],
          ["place", "بيروت", "country", "LB"]]),
]


def main() -> None:
    write_cases(HERE, CASES)


if __name__ == "__main__":
    main()
