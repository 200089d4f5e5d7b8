"""Held-out set h-enrich67b (F5): an agency is no person, a place inside a known
organisation's name is no place mention, the publisher's own name in a byline is no entity.
Written before the fix. Run: PYTHONPATH=src python bench/heldout67b/entities_67b.py"""
from datetime import UTC, datetime
from typing import Any

from veille.enrich.defaults import default_resources
from veille.enrich.stage import pipeline
from veille.record import Article, Content, RawInput


def enrich(text: str, language: str, source: str) -> dict[str, Any]:
    paragraphs = [p.strip() for p in text.split("\n\n") if p.strip()]
    article = Article(raw=RawInput(data=text.encode(), origin="t", media_type="text/plain",
                                   source=source),
                      content=Content(title=paragraphs[0], paragraphs=paragraphs[1:],
                                      published=datetime(2026, 12, 3, 10, tzinfo=UTC),
                                      language=language))
    outcome = PIPE.run_one(article)
    assert outcome.article is not None
    return outcome.article.enrichment or {}


def persons(e: dict[str, Any]) -> set[str]:
    return {x["name"] for x in e.get("entities") or [] if x.get("label") == "PER"}


def organisations(e: dict[str, Any]) -> set[str]:
    return {x["name"] for x in e.get("entities") or [] if x.get("label") == "ORG"}


def place_count(e: dict[str, Any], pid: str) -> int:
    return sum(int(p.get("count") or 1) for p in e.get("places") or []
               if p["id"] == pid)


# (name, language, source, text, check) ; check(enrichment) -> bool
CASES: list[tuple[str, str, str, str, Any]] = [
    ("cal-fire", "en", "apnews.com", "Wildfire near Ventura\n\nThe fire had burned 3,000 acres "
     "by noon, Cal Fire said. Residents were told to leave.",
     lambda e: "Cal Fire" not in persons(e)),
    ("cal-oes", "en", "apnews.com", "Shelters open\n\nShelters opened in Fresno, Cal OES said "
     "on Friday, as the storm moved inland.", lambda e: "Cal OES" not in persons(e)),
    ("oakland-police", "en", "sfgate.com", "Shooting in Oakland\n\nTwo men were wounded, "
     "Oakland Police said. No arrest was made.", lambda e: not any(
         "Police" in p for p in persons(e))),
    ("metro-fire", "en", "wtop.com", "House fire\n\nThe house was empty, Metro Fire said, and "
     "no one was hurt.", lambda e: not any("Fire" in p for p in persons(e))),
    ("park-service", "en", "nytimes.com", "Trail closed\n\nThe trail will stay closed, Zion "
     "Park Service said on Monday.", lambda e: not any("Service" in p for p in persons(e))),
    ("person-control", "en", "apnews.com", "Sheriff speaks\n\nThe fire was contained, Sheriff "
     "Bill Brown said on Friday.", lambda e: "Bill Brown" in persons(e)),
    ("sdf-ar", "ar", "aljazeera.net", "اشتباكات في الرقة\n\nقال المتحدث باسم قوات سوريا "
     "الديمقراطية إن الاشتباكات توقفت في الرقة مساء الثلاثاء.",
     lambda e: place_count(e, "Q858") == 0),
    ("sdf-ar-both", "ar", "aljazeera.net", "هجوم شرقي سوريا\n\nقال المتحدث باسم قوات سوريا "
     "الديمقراطية إن الهجوم وقع قرب دير الزور شرقي سوريا.",
     lambda e: place_count(e, "Q858") == 2),
    ("banque-de-france", "fr", "lesechos.fr", "Croissance\n\nLa Banque de France prévoit une "
     "croissance de 0,9 % l'an prochain, selon ses projections publiées mardi.",
     lambda e: place_count(e, "iso3166:FR") == 0),
    ("figaro-byline", "fr", "lefigaro.fr", "Tempête en Bretagne\n\nLe Figaro avec AFP\n\nLa "
     "tempête a privé 30 000 foyers d'électricité à Brest mardi.",
     lambda e: "Le Figaro" not in organisations(e)),
    ("monde-byline", "fr", "lemonde.fr", "Grève à la SNCF\n\nLe Monde avec AFP\n\nLes "
     "cheminots de la SNCF ont voté la grève à Lyon mercredi.",
     lambda e: "Le Monde" not in organisations(e)),
    ("liberation-byline", "fr", "liberation.fr", "Incendie à Marseille\n\nLibération et "
     "AFP\n\nUn incendie a détruit un entrepôt à Marseille jeudi.",
     lambda e: "Libération" not in organisations(e)),
    ("cited-outlet-control", "fr", "liberation.fr", "Retraites\n\nSelon Le Monde, le "
     "gouvernement prépare un nouveau texte sur les retraites.",
     lambda e: "Le Monde" in organisations(e)),
]


PIPE = pipeline(default_resources(None))


def main() -> None:
    good = 0
    for name, language, source, text, check in CASES:
        e = enrich(text, language, source)
        ok = bool(check(e))
        good += ok
        print("ok  " if ok else "FAIL", name, sorted(persons(e)), sorted(organisations(e)),
              [(p["id"], p.get("mentioned_as")) for p in e.get("places") or []])
    print(f"{good}/{len(CASES)}")


if __name__ == "__main__":
    main()
