# ruff: noqa: E501  (the captures hold paragraphs on one line, as pages do)
"""Through the real CLI and store (h-html62; issue 14, t-final61 #7 and "broken.html"),
outlets and people invented:

- a see-also link inside a capture's text (the label, the linked headline on the line
  under it), then the article's last paragraph after a blank line: the paragraph stays in
  the body; a teaser's summary printed line under line with its title stays out;
- a source line closing the text ("Source: … and agencies", "Quelle: …", "Fuente: …")
  is the text's credit, no photo's: the sentence above it is no caption;
- an HTML ``<h1>`` never closed over a deck ``<div>`` and a ``<div>`` of paragraphs keeps
  its headline and the text (the page was refused, "no article text").

A property of the splitter under them: :attr:`veille.extract.blocks.Blocks.spaced` holds
exactly the lines a blank line set apart.
"""

from __future__ import annotations

import json
from pathlib import Path

from hypothesis import given, settings
from hypothesis import strategies as st

from capture_kit import out, run_veille
from veille.extract.blocks import split_blocks

ARTICLE = {
    "fr": ("Le Petit Lorrain\nActualité  Région  Sports  Culture\n\n"
           "Épinal : la passerelle de la Moselle rouvre aux piétons\n\n"
           "Par Le Petit Lorrain\nPublié le 4 mars 2026 à 09h15\n\n"
           "ÉPINAL, 4 mars 2026 - La passerelle qui enjambe la Moselle au centre d'Épinal a rouvert mercredi aux piétons, après quatre mois de travaux de peinture et de soudure, a annoncé la mairie.\n\n"
           "« Les habitants du quartier de la gare retrouvent enfin leur raccourci », a déclaré l'adjointe aux travaux, Sandrine Collignon, lors de la réouverture.\n\n"
           "Le chantier a coûté 900 000 euros, financés pour moitié par la région Grand Est.\n\n"),
    "en": ("Fenland Echo\nNews  Sport  Business  Opinion\n\n"
           "Market square reopens in Wisbury after a year of works\n\n"
           "By Fenland Echo staff\nPublished 5 March 2026, 10:30\n\n"
           "WISBURY — The market square reopened to traders on Thursday after a year of works to replace its cobbles and drains, the town council said.\n\n"
           "\"The stallholders have been incredibly patient with us,\" said council leader Diane Fairweather at the reopening.\n\n"
           "The works cost £1.2 million, a third of it paid by the county.\n\n"),
}
SEE_ALSO = {"fr": "À lire aussi\nNancy : le tramway remplacé par des bus électriques en 2027\n\n",
            "en": "Read more\nCouncil approves new cycle lanes along the river in Wisbury\n\n"}
LAST = {"fr": "Une seconde passerelle, plus en aval, doit être rénovée à son tour à partir de l'automne, selon la municipalité.",
        "en": "A second phase, covering the streets around the square, is due to start in the autumn, the council added."}
FOOT = {"fr": "\n\nNewsletter Le Petit Lorrain  Je m'inscris\n",
        "en": "\n\nSign up to our newsletter  Subscribe\n"}


def _row(tmp_path: Path, name: str, text: str, source: str) -> dict:
    page = tmp_path / name
    page.write_text(text, "utf-8")
    data = tmp_path / f"data-{name}"
    assert run_veille(["ingest", "--source", source, str(page)], data_dir=data).returncode == 0
    rows = [json.loads(r) for r in out(run_veille(["export", "--format", "jsonl"],
                                                  data_dir=data)).splitlines()
            if r.startswith("{")]
    assert len(rows) == 1, rows
    return rows[0]


def test_the_paragraph_after_a_see_also_link_stays_in_the_body(tmp_path: Path) -> None:
    for lang in ("fr", "en"):
        row = _row(tmp_path, f"{lang}.txt", ARTICLE[lang] + SEE_ALSO[lang] + LAST[lang] + FOOT[lang],
                   f"{lang}.example.org")
        body = "\n".join(row["content"]["paragraphs"])
        assert LAST[lang] in body, (lang, body)
        assert SEE_ALSO[lang].split("\n")[1] not in body, (lang, body)


def test_a_teaser_summary_printed_with_its_title_stays_out(tmp_path: Path) -> None:
    summary = "La métropole a voté lundi un budget de 40 millions d'euros pour la nouvelle ligne."
    text = (ARTICLE["fr"] + SEE_ALSO["fr"].rstrip("\n") + "\n" + summary
            + "\n\nLes plus lus\n1. Météo : du gel dans les Vosges\n2. Football : Épinal battu\n")
    row = _row(tmp_path, "teaser.txt", text, "petitlorrain.example.org")
    body = "\n".join(row["content"]["paragraphs"])
    assert "La métropole a voté lundi" not in body, body
    assert "Le chantier a coûté 900 000 euros" in body, body


def test_the_sentence_above_a_closing_source_line_is_no_caption(tmp_path: Path) -> None:
    lines = {"en": "Source: Fenland Echo and news agencies",
             "de": "Quelle: Redaktion und Agenturen",
             "es": "Fuente: Redacción y agencias"}
    for lang, source in lines.items():
        text = ARTICLE["en"] + LAST["en"] + "\n\n" + source + "\n"
        row = _row(tmp_path, f"source-{lang}.txt", text, "fenlandecho.example.org")
        assert LAST["en"] in "\n".join(row["content"]["paragraphs"]), source
        shown = out(run_veille(["show", row["id"]],
                               data_dir=tmp_path / f"data-source-{lang}.txt"))
        assert "[caption]" not in shown, shown


def test_an_unclosed_h1_over_a_deck_and_the_text_keeps_both(tmp_path: Path) -> None:
    page = ("<html><head><meta property='og:title' content='Hallenbad in Vohwinkel bleibt bis Juni zu'>"
            "</head><body><h1>Hallenbad in Vohwinkel bleibt bis Juni zu<div class=dek>Die Lüftung muss "
            "erneuert werden<div><p>Das Hallenbad in Vohwinkel bleibt wegen einer defekten Lüftungsanlage "
            "bis Ende Juni geschlossen, teilte das Sportamt am Montag mit.<p>Schulklassen sollen in dieser "
            "Zeit im Bad am Stadtrand schwimmen, sagte Sportdezernentin Ilka Brenner.")
    row = _row(tmp_path, "bad.html", page, "wupper-bote.example.org")
    assert row["content"]["title"] == "Hallenbad in Vohwinkel bleibt bis Juni zu"
    body = "\n".join(row["content"]["paragraphs"])
    assert "defekten Lüftungsanlage" in body and "Ilka Brenner" in body, body


LINE = st.text(alphabet="abcdefghij ÉéàA.,", min_size=1, max_size=30).filter(
    lambda s: s.strip() != "")


@settings(max_examples=80, deadline=None)
@given(st.lists(st.tuples(LINE, st.booleans()), min_size=1, max_size=12))
def test_spaced_holds_the_lines_a_blank_line_sets_apart(lines: list[tuple[str, bool]]) -> None:
    """Lines of letters (no code, no bullet), joined by one newline or a blank line."""
    text = "".join(("\n\n" if gap else "\n") + line for line, gap in lines)
    parsed = split_blocks(text)
    if parsed.shape != "lines" or len(parsed.items) != len(lines):
        return  # wrapped or split otherwise: the spacing is read on lines only
    assert parsed.spaced == [i for i, (_, gap) in enumerate(lines) if gap and i > 0]
