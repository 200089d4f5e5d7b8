"""Press releases built on one template (h-copies66, issue 14 #2): two different releases
of one council, prefecture or police force (the same opening formula, contact block and
legal footer; another subject and body) are no copies of each other; one release carried
by two outlets is a copy. English, French and Spanish; real ingest into a real SQLite
store. (These passed before h-copies66 too: guards of what the copy rules decide; the
template rule, ``veille.dedup.template``, changes none of them: the bodies keep the shared
frame under the copy bars.)"""

from __future__ import annotations

import json

import pytest

from veille.ingest import ingest_texts
from veille.store.sqlite import SQLiteStore

RELEASES = {
    "en": ("Leeds City Council has today confirmed {x}.",
           ["For media enquiries please contact the Leeds City Council press office, Civic "
            "Hall, Calverley Street, Leeds LS1 1UR, telephone 0113 378 8000, email "
            "communications@leeds.gov.uk. Out of hours: 07700 900456.",
            "Notes to editors: Leeds City Council is one of the largest local authorities in "
            "England, serving around 820,000 residents. This release may be reproduced under "
            "the Open Government Licence v3.0."],
           [("that Roundhay Park's Lakeside Café will reopen on 1 March after repairs to its "
             "roof", ["The café closed in October when a storm lifted part of the roof and "
                      "water damaged the kitchen and the seating area.",
                      "Repairs cost 310,000 pounds, covered by the council's insurance, and "
                      "the café's tenant will keep the same opening hours."]),
            ("that weekly bin collections in Headingley will move from Tuesday to Thursday "
             "from February", ["About 6,400 households are affected; each will receive a "
                               "letter and a new calendar in January.",
                               "The change lets crews avoid the school-run traffic on "
                               "Otley Road, the council's waste manager said."])]),
    "fr": ("La préfecture de la Vienne informe {x}.",
           ["Contact presse : service départemental de la communication interministérielle, "
            "préfecture de la Vienne, 7 place Aristide-Briand, 86021 Poitiers cedex. Tél. : "
            "05 49 55 70 00. Courriel : pref-communication@vienne.gouv.fr.",
            "Retrouvez tous les communiqués et arrêtés préfectoraux sur le site des services "
            "de l'État dans la Vienne, rubrique Publications, et suivez la préfecture sur "
            "les réseaux sociaux."],
           [("de l'interdiction des feux de jardin sur l'ensemble du département jusqu'au "
             "15 octobre", ["En raison de la sécheresse, tout brûlage de déchets verts est "
                            "interdit, y compris pour les agriculteurs et les forestiers.",
                            "Les contrevenants s'exposent à une amende de 135 euros ; les "
                            "maires sont invités à relayer la consigne."]),
            ("de la fermeture du pont Joubert à Poitiers du 3 au 21 novembre pour travaux",
             ["Le tablier sera renforcé et l'étanchéité refaite ; une déviation est mise en "
              "place par le pont Neuf pour tous les véhicules.",
              "Les bus de la ligne 2 seront détournés et deux arrêts ne seront pas desservis "
              "pendant toute la durée du chantier."])]),
    "es": ("La Policía Local de Alcorcón informa {x}.",
           ["Para más información, los medios pueden dirigirse al Departamento de "
            "Comunicación del Ayuntamiento de Alcorcón, plaza de España 1, teléfono 91 664 "
            "82 00, correo electrónico prensa@ayto-alcorcon.es.",
            "Aviso legal: el contenido de esta nota puede reproducirse citando la fuente. "
            "Los datos personales se tratan conforme al Reglamento General de Protección de "
            "Datos y a la Ley Orgánica 3/2018."],
           [("de la detención de un conductor que circulaba en sentido contrario por la "
             "avenida de Leganés", ["El hombre, de 47 años, triplicaba la tasa de alcohol "
                                    "permitida y carecía de permiso de conducir.",
                                    "Los agentes lo interceptaron tras el aviso de varios "
                                    "conductores; no hubo heridos."]),
            ("del dispositivo especial de tráfico por la cabalgata de Reyes del 5 de enero",
             ["Las calles Mayor, Porto Cristo y la avenida de Lisboa estarán cortadas entre "
              "las 17.00 y las 21.00 horas.",
              "Se recomienda acudir en transporte público; el Metrosur reforzará su "
              "frecuencia durante la tarde."])]),
}


def record(lang: str, n: int, source: str, published: str, url: str) -> tuple[str, bytes]:
    opening, frame, subjects = RELEASES[lang]
    subject, body = subjects[n]
    fields = {"title": subject[:70], "paragraphs": [opening.format(x=subject), *body, *frame],
              "published": published, "language": lang, "source": source, "url": url}
    return f"{url[-6:]}.jsonl", (json.dumps(fields, ensure_ascii=False) + "\n").encode()


def relation_of_second(store: SQLiteStore, first: tuple[str, bytes],
                       second: tuple[str, bytes]) -> str:
    ingest_texts(store, [first])
    (second_id,) = ingest_texts(store, [second]).new_ids
    dedup = store.get(second_id).dedup
    assert dedup is not None
    return dedup.relation or ""


@pytest.mark.parametrize("lang", sorted(RELEASES))
def test_two_releases_on_one_template_are_no_copies(store: SQLiteStore, lang: str) -> None:
    site = f"https://issuer-{lang}.example/news"
    assert relation_of_second(
        store, record(lang, 0, f"issuer-{lang}.example", "2026-10-02T10:00:00+02:00",
                      f"{site}/000001"),
        record(lang, 1, f"issuer-{lang}.example", "2026-10-09T10:00:00+02:00",
               f"{site}/000002")) == ""


@pytest.mark.parametrize("lang", sorted(RELEASES))
def test_one_release_carried_by_two_outlets_is_a_copy(store: SQLiteStore, lang: str) -> None:
    assert relation_of_second(
        store, record(lang, 0, f"paper-{lang}.example", "2026-10-02T10:30:00+02:00",
                      f"https://paper-{lang}.example/a/000003"),
        record(lang, 0, f"radio-{lang}.example", "2026-10-02T11:10:00+02:00",
               f"https://radio-{lang}.example/n/000004")) == "reprint"
