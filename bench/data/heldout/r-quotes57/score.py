"""Score veille on the r-quotes57 held-out captures (CC0, written for veille).

Usage: ``python score.py VEILLE_COMMAND`` (e.g. /work/vbin-r-quotes57). The twenty captures
(Spanish, Italian, Portuguese, English, German, French; all published Thursday 3 December
2026) are ingested into one fresh data directory under a temporary folder and enriched; each
article's ``show --json`` is then checked: the speaker of a quote (the quote whose text holds
a given piece, its ``speaker`` exactly), a speaker that must not be given, the kind of the
entity a quote's speaker is linked to (``speaker_id``'s prefix), and the label of the entity
that covers a name at one place in the text ("" = no entity there). Prints one line per
check, then the total.
"""

from __future__ import annotations

import json
import os
import subprocess
import sys
import tempfile
from pathlib import Path

HERE = Path(__file__).resolve().parent
# name: {"quotes": {piece of the quote: speaker}, "not": [speaker never given],
#        "linked": {piece of the quote: entity id prefix}, "kinds": {label: (context, name, label)}}
CASES: dict[str, dict[str, object]] = {
    "a1-es-pronombre-leon": {
        "quotes": {"muy esperado": "Marta Ruiz Cabello"}, "not": ["ella"]},
    "a2-it-pronome-lecce": {
        "quotes": {"domenica": "Giulia Ferri"}, "not": ["lei"]},
    "a3-pt-pronome-braga": {
        "quotes": {"duplicar": "Ana Sousa Teixeira"}, "not": ["ela"]},
    "a4-en-pronoun-derby": {
        "quotes": {"waited long": "Karen Hill"}, "not": ["she"]},
    "a5-de-pronomen-kassel": {
        "quotes": {"modernes Haus": "Anna Keller"}, "not": ["sie"]},
    "a6-es-pronombre-masc-burgos": {
        "quotes": {"jóvenes": "Jorge Martín Sáez"}, "not": ["él"]},
    "a7-es-pronombre-sin-mujer-vigo": {
        "not": ["ella", "Andrés Iglesias", "Luis Varela"]},
    "a8-fr-pronom-il-gap": {
        "quotes": {"reconstruction": "Bernard Lucas"},
        "not": ["Saint-Bonnet-en-Champsaur", "Chauffayer", "Saint-Firmin"]},
    "b1-fr-tribune-titre-loire": {
        "not": ["Inondations de la Loire", "Loire"]},
    "b2-fr-titre-personne-brest": {
        "quotes": {"doit rester public": "Pierre Moreau"}},
    "b3-es-sintagma-cadiz": {
        "not": ["plantilla", "plantilla rechaza", "empresa"]},
    "b4-it-secondo-ente-modena": {
        "quotes": {"in calo": "Protezione civile"},
        "kinds": {"ORG Protezione civile (no Secondo)": (
            "Secondo la Protezione civile", "Secondo", "")}},
    "c1-es-segun-rol-nombre-bilbao": {
        "quotes": {"itinerarios": "Álvaro Gómez Ibarra"}},
    "c2-it-secondo-ruolo-nome-lucca": {
        "quotes": {"prima dell'estate": "Paolo Neri"}},
    "c3-es-palabras-toledo": {
        "quotes": {"más completa": "Carmen Vidal Rey"}},
    "c4-pt-segundo-rol-nome-recife": {
        "quotes": {"desde a madrugada": "Beatriz Almeida"}, "not": ["prefeito"]},
    "d1-fr-tempete-salle-rennes": {
        "kinds": {"storm Ondine (title)": ("La tempête Ondine perturbe", "Ondine", "MISC"),
                  "storm Ondine (body)": ("La tempête Ondine a balayé", "Ondine", "MISC"),
                  "salle Molière": ("salle Molière", "Molière", "LOC"),
                  "quais Duguay-Trouin": ("quais Duguay-Trouin", "Duguay-Trouin", "LOC"),
                  "cyclone Dorian": ("cyclone Dorian", "Dorian", "MISC")}},
    "d2-fr-communes-entreprise-martinique": {
        "quotes": {"tout perdu": "Josiane"},
        "linked": {"tout perdu": "per:"},
        "kinds": {"commune Ducos in list": ("Sainte-Luce et Ducos", "Ducos", "LOC"),
                  "commune Sainte-Luce": ("Sainte-Luce et", "Sainte-Luce", "LOC"),
                  "firm Transports Girardin": ("Transports Girardin", "Girardin", "ORG"),
                  "firm Menuiserie Lefebvre": ("Menuiserie Lefebvre", "Lefebvre", "ORG"),
                  "tax CSG": ("la CSG", "CSG", "MISC"),
                  "resident Josiane": ("raconte Josiane", "Josiane", "PER")}},
    "d3-fr-parquet-base-camargue": {
        "kinds": {"prosecutor Pnat": ("Le Pnat", "Pnat", "ORG"),
                  "region Camargue": ("en Camargue", "Camargue", "LOC"),
                  "fort de Bouc": ("fort de Bouc", "Bouc", "LOC")}},
    "d4-en-de-storm-names": {
        "kinds": {"Storm Ingrid (title)": ("Storm Ingrid brings", "Ingrid", "MISC"),
                  "Storm Bertram": ("Storm Bertram", "Bertram", "MISC"),
                  "tropical storm Lionel": ("tropical storm Lionel", "Lionel", "MISC")}},
}


def _run(cmd: str, data: str, *args: str) -> str:
    env = dict(os.environ, VEILLE_DATA_DIR=data)
    done = subprocess.run([cmd, *args], env=env, capture_output=True, text=True, check=False)
    return done.stdout


def _label_at(record: dict[str, object], context: str, name: str) -> str:
    """The label of the entity whose mention covers ``name`` inside the first ``context``
    of the text the enrichment read (title, blank line, paragraphs); "" when none does."""
    content = record.get("content") or {}
    text = "\n\n".join(p for p in [content.get("title") or "",  # type: ignore[union-attr]
                                   *(content.get("paragraphs") or [])] if p)  # type: ignore[union-attr]
    at = text.find(context)
    if at < 0:
        return ""
    start = at + context.index(name)
    for entity in (record.get("enrichment") or {}).get("entities") or []:  # type: ignore[union-attr]
        for mention in entity.get("mentions") or []:
            if mention[0] <= start < mention[1]:
                return str(entity.get("label") or "")
    return ""


def main() -> int:
    cmd = sys.argv[1]
    total = passed = 0
    with tempfile.TemporaryDirectory(prefix="r-quotes57-") as tmp:
        data = os.path.join(tmp, "data")
        _run(cmd, data, "ingest", *(str(HERE / f"{name}.txt") for name in CASES))
        _run(cmd, data, "enrich")
        ids: dict[str, str] = {}
        for line in _run(cmd, data, "export").splitlines():
            try:
                record = json.loads(line)
            except ValueError:
                continue
            raw = str((record.get("raw") or {}).get("origin") or "")
            ids[Path(raw).stem] = str(record.get("id"))
        for name, want in CASES.items():
            shown = _run(cmd, data, "show", "--json", ids[name]) if name in ids else ""
            try:
                record = json.loads(shown)
            except ValueError:
                record = {}
            quotes = (record.get("enrichment") or {}).get("quotes") or []
            checks: dict[str, bool] = {}
            for piece, who in dict(want.get("quotes") or {}).items():  # type: ignore[call-overload]
                said = [str(q.get("speaker") or "") for q in quotes
                        if piece in str(q.get("text") or "")]
                checks[f"speaker «{piece}» = {who}"] = bool(said) and said[0] == who
            for who in list(want.get("not") or []):  # type: ignore[call-overload]
                checks[f"no speaker {who}"] = bool(record) and all(
                    str(q.get("speaker") or "") != who for q in quotes)
            for piece, prefix in dict(want.get("linked") or {}).items():  # type: ignore[call-overload]
                ids_ = [str(q.get("speaker_id") or "") for q in quotes
                        if piece in str(q.get("text") or "")]
                checks[f"speaker of «{piece}» linked {prefix}"] = (
                    bool(ids_) and ids_[0].startswith(prefix))
            for label, (context, word, kind) in dict(want.get("kinds") or {}).items():  # type: ignore[call-overload]
                checks[f"kind {label}"] = bool(record) and _label_at(record, context, word) == kind
            for check, ok in checks.items():
                total += 1
                passed += ok
                print(f"{name}\t{check}\t{'ok' if ok else 'FAIL'}")
    print(f"total {passed}/{total}")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
