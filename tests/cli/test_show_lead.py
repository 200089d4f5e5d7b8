"""``veille show`` prints the lead (standfirst) after the title, terminal-safe (user
report, 2026-11-30: the chapô was invisible in the CLI)."""

from __future__ import annotations

from pathlib import Path

import pytest

from capture_kit import err, out, run_veille
from veille.cli.render import TERMINAL_CONTROLS
from veille.settings import Settings
from veille.store.sqlite import SQLiteStore

PAGES = {
    "fr": ("Inondations : la Seine atteint 6 mètres à Paris",
           "Le fleuve devrait rester au-dessus de cinq mètres jusqu'à la fin de la semaine, "
           "selon les prévisionnistes de Vigicrues.",
           ["La Seine a atteint six mètres au pont d'Austerlitz ce mardi matin, et la décrue "
            "n'est pas attendue avant plusieurs jours.",
            "Les voies sur berge sont fermées à la circulation et plusieurs stations du RER C "
            "ne sont plus desservies depuis lundi soir."]),
    "en": ("Floods: the Thames reaches record level in Richmond",
           "The river should stay above its banks until the end of the week, the Environment "
           "Agency's forecasters said on Tuesday.",
           ["The Thames burst its banks at Richmond on Tuesday morning, and the water is not "
            "expected to fall for several days.",
            "Riverside roads are closed to traffic and several stations on the District line "
            "have been shut since Monday night."]),
}


def _ingest(tmp_path: Path, lang: str) -> tuple[Path, str]:
    title, lead, paragraphs = PAGES[lang]
    body = "".join(f"<p>{p}</p>" for p in paragraphs)
    html = (f"<html lang='{lang}'><head><title>{title}</title>"
            f"<meta name='description' content=\"{lead}\"></head><body><article>"
            f"<header><h1>{title}</h1><p class='chapo'>{lead}</p></header>{body}"
            "</article></body></html>")
    page = tmp_path / f"{lang}.html"
    page.write_text(html, encoding="utf-8")
    data = tmp_path / "data"
    result = run_veille(["ingest", str(page)], data_dir=data)
    assert result.returncode == 0, err(result)
    store = SQLiteStore.open(Settings(data_dir=data).store_path)
    try:
        article = store.latest(limit=1)[0]
    finally:
        store.close()
    assert article.content is not None and article.content.lead == lead
    assert lead not in article.content.paragraphs  # a header standfirst is only the lead
    return data, article.id


@pytest.mark.parametrize("lang", ["fr", "en"])
def test_show_prints_the_lead_after_the_title(tmp_path: Path, lang: str) -> None:
    title, lead, paragraphs = PAGES[lang]
    data, article_id = _ingest(tmp_path, lang)
    result = run_veille(["show", article_id], data_dir=data)
    assert result.returncode == 0, err(result)
    text = out(result)
    lines = text.splitlines()
    assert lines[0] == title
    flowing = " ".join(text.split())
    assert flowing.index(lead) < flowing.index("id: ") < flowing.index(paragraphs[0])
    assert flowing.count(lead) == 1


def test_a_lead_equal_to_the_first_paragraph_is_printed_once(tmp_path: Path) -> None:
    _, lead, _ = PAGES["fr"]
    data, article_id = _ingest(tmp_path, "fr")
    store = SQLiteStore.open(Settings(data_dir=data).store_path)
    try:
        article = store.get(article_id)
        assert article is not None and article.content is not None
        article.content.paragraphs = [lead, *article.content.paragraphs]
        article.content.lead = f"{lead}\x07\u202e\x9b"  # controls only: the same lead
        store.replace_content([article])
    finally:
        store.close()
    text = out(run_veille(["show", article_id], data_dir=data))
    assert not TERMINAL_CONTROLS.search(text)
    assert " ".join(text.split()).count(lead) == 1


def test_lead_control_characters_never_reach_the_terminal(tmp_path: Path) -> None:
    _, lead, _ = PAGES["en"]
    data, article_id = _ingest(tmp_path, "en")
    store = SQLiteStore.open(Settings(data_dir=data).store_path)
    try:
        article = store.get(article_id)
        assert article is not None and article.content is not None
        article.content.lead = f"Chapô{chr(0x1b)}]52;c;ZWNobyBwd25lZA=={chr(7)}\nsuite\r\x9b2J"
        store.replace_content([article])
    finally:
        store.close()
    text = out(run_veille(["show", article_id], data_dir=data))
    assert not TERMINAL_CONTROLS.search(text)
    assert "Chapô]52;c;ZWNobyBwd25lZA== suite" in text
