"""The capture extractor builds the place gazetteer only to ask about a name (issue #13).

``veille.enrich.places.shipped`` (every commune, every city's other names: 1.7 s of CPU,
once per process) was built by the first byline-shaped line that had a date after middle
dots or after a name ("Faits divers · 30 nov 2026", "Service Économie, publié le 3
décembre 2026"), to ask whether its first part was a place, before anything read whether
that part was a person's name at all: an ingest of text captures (``bench/captures.py``,
181 pages) spent a quarter of its CPU building a gazetteer no answer needed. The question
is now asked last, of a name only; the answers are those of before (``Nueva York · 30 nov
2026`` is still a dateline, ``Ferran Bono · Valencia · …`` still a byline).

The capture is given an address on a country's domain: without one, a capture that
prints a time and no zone asks the gazetteer which clock its places keep (r-pages49,
:mod:`veille.extract.place_zones`), a question this test is not about.

Each check runs in a fresh interpreter: the gazetteer is built once per process, and
another test of the session may have built it already.
"""

from __future__ import annotations

import os
import subprocess
import sys
import textwrap

CAPTURE = """\
Le Journal du Littoral
Accueil  Région  Sports  Abonnez-vous

Tempête : les ferries entre Calais et Douvres à quai toute la journée

Faits divers · 30 nov 2026

Service Économie, publié le 3 décembre 2026 à 08h12

Les liaisons maritimes entre Calais et Douvres ont été suspendues jeudi en raison de vents
de plus de 110 km/h, a annoncé l'exploitant du port, qui prévoit une reprise vendredi matin.

Plusieurs centaines de camions patientaient sur l'autoroute A16, où la préfecture a mis en
place un stockage des poids lourds. « Nous attendons que la mer se calme », a indiqué un
responsable du port.

Les trains du tunnel sous la Manche circulaient normalement, avec des retards d'une heure.
"""


def _run(code: str) -> str:
    env = dict(os.environ)
    done = subprocess.run([sys.executable, "-c", textwrap.dedent(code)], env=env,
                          capture_output=True, text=True, timeout=300, check=False)
    assert done.returncode == 0, done.stderr
    return done.stdout.strip()


def test_a_capture_whose_bylines_name_no_one_leaves_the_gazetteer_unbuilt() -> None:
    out = _run(f"""
        from veille.extract.text_capture import extract_text_capture
        from veille.enrich import places
        content = extract_text_capture({CAPTURE!r},
                                       site_url="https://www.journal-littoral.fr/a")
        print(content.title, "|", content.authors, "|", places.shipped.cache_info().currsize)
    """)
    title, authors, built = (part.strip() for part in out.split("|"))
    assert title.startswith("Tempête : les ferries")
    assert authors == "[]"
    assert built == "0"


def test_a_name_before_a_date_is_still_checked_against_the_gazetteer() -> None:
    out = _run("""
        from veille.extract.bare_byline import bare_name, byline_before_date
        from veille.enrich import places
        print(repr(bare_name("Faits divers · 30 nov 2026")),
              repr(byline_before_date("Service Économie, publié le 3 décembre 2026")),
              places.shipped.cache_info().currsize)
        print(repr(bare_name("Nueva York · 30 nov 2026")),
              repr(bare_name("Ferran Bono · Valencia · 30 nov 2026 - 09:05 CET")),
              places.shipped.cache_info().currsize)
    """)
    before, after = out.splitlines()
    assert before == "'' [] 0"  # no name: no question for the gazetteer
    # a place's name is no byline, asked of the names index, not the gazetteer (r-perf50)
    assert after == "'' 'Ferran Bono' 0"
