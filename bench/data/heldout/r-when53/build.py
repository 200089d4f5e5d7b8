#!/usr/bin/env python3
"""Write articles.jsonl and gold.json of the r-when53 places (``python3 build.py``).

Checks: ``["place", name, field, value]`` (a place mentioned or named ``name`` has
``field`` = ``value``), ``["noplace", name, country]`` (no place mentioned as ``name``
outside ``country``; None: none at all), ``["label", name, lang, shown]`` (score.py).
"""
import sys
from pathlib import Path

HERE = Path(__file__).resolve().parent
sys.path.insert(0, str(HERE.parents[2]))
from lib.entity_checks import write_cases  # noqa: E402

U = "https://www.example.test/rwhen53/"
CASES = [
    {"url": U + "p01", "language": "ru", "source": "Test Wire",
     "published": "2026-01-12T10:00:00+03:00",
     "title": "Снегопад в Москве",
     "paragraphs": [
         "В понедельник сильный снегопад парализовал движение в Москве.",
                    "Власти Москвы вывели на улицы тысячи единиц техники."],
     "checks": [
         ["place", "Москве", "country", "RU"], ["place", "Москвы", "country", "RU"]]},
    {"url": U + "p02", "language": "ru", "source": "Test Wire",
     "published": "2026-01-12T10:00:00+03:00",
     "title": "Новый поезд",
     "paragraphs": [
         "Новый скоростной поезд свяжет Санкт-Петербург и Краснодар к 2028 году.",
                    "Об этом сообщили в Краснодаре на пресс-конференции."],
     "checks": [
         ["place", "Санкт-Петербург", "country", "RU"], ["place", "Краснодар", "country", "RU"],
                ["place", "Санкт-Петербург", "kind", "city"]]},
    {"url": U + "p03", "language": "en", "source": "Test Wire",
     "published": "2026-01-12T09:00:00-05:00",
     "title": "Ferry service cut",
     "paragraphs": [
         "Ferry service between Long Island and Connecticut was cut on Sunday after the storm.",
                    "Officials in Long Island said power would return by Tuesday."],
     "checks": [
         ["place", "Long Island", "country", "US"], ["place", "Long Island", "kind", "island"],
                ["noplace", "Long Island", "US"]]},
    {"url": U + "p04", "language": "es", "source": "Test Wire",
     "published": "2026-01-12T09:00:00+01:00",
     "title": "Vuelos desviados en Canarias",
     "paragraphs": [
         "El viento obligó a desviar varios vuelos de Tenerife a Gran Canaria el domingo.",
                    "El cabildo de Tenerife pidió prudencia a los conductores."],
     "checks": [
         ["place", "Tenerife", "country", "ES"], ["place", "Tenerife", "kind", "island"],
         ["place", "Gran Canaria", "country", "ES"],
         ["place", "Gran Canaria", "kind", "island"]]},
    {"url": U + "p05", "language": "it", "source": "Test Wire",
     "published": "2026-01-12T09:00:00+01:00",
     "title": "Incendi in Sardegna",
     "paragraphs": [
         "Due incendi hanno distrutto cento ettari di macchia in Sardegna domenica.",
                    "La Protezione civile della Sardegna ha chiesto rinforzi."],
     "checks": [
         ["place", "Sardegna", "country", "IT"], ["noplace", "Sardegna", "IT"]]},
    {"url": U + "p06", "language": "fr", "source": "Test Wire",
     "published": "2026-01-12T09:00:00+01:00",
     "title": "Tempête en Corse",
     "paragraphs": [
         "Des rafales à 180 km/h ont balayé la Corse dans la nuit de dimanche à lundi.",
                    "Les ferries entre Marseille et la Corse sont restés à quai."],
     "checks": [
         ["place", "Corse", "country", "FR"], ["noplace", "Corse", "FR"]]},
    {"url": U + "p07", "language": "en", "source": "Test Wire",
     "published": "2026-01-12T09:00:00+00:00",
     "title": "Trade talks",
     "paragraphs": [
         "Trade ministers from Germany and Brazil met in London on Monday.",
                    "Germany wants a deal on steel before the summer, a London official said."],
     "checks": [
         ["label", "Germany", "en", "Germany"], ["label", "Brazil", "en", "Brazil"],
                ["label", "London", "en", "London"]]},
    {"url": U + "p08", "language": "fr", "source": "Test Wire",
     "published": "2026-01-12T09:00:00+01:00",
     "title": "Commerce",
     "paragraphs": [
         "Les ministres du Commerce d'Allemagne et du Brésil se sont réunis à Londres lundi.",
                    "L'Allemagne souhaite un accord sur l'acier avant l'été."],
     "checks": [
         ["label", "Londres", "en", "London"], ["label", "Londres", "fr", "Londres"],
                ["label", "Brésil", "en", "Brazil"]]},
]

if __name__ == "__main__":
    write_cases(HERE, CASES)
