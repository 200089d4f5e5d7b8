"""A subscription wall written in Spanish, Italian or German marks the article as cut
(newuser9 R22)."""

from __future__ import annotations

import pytest

from veille.extract.html import extract_html

_BODY = "".join(f"<p>Párrafo {i}: el ayuntamiento de Sevilla aprobó el presupuesto del año "
                f"tras un largo debate sobre escuelas, transporte y vivienda social.</p>"
                for i in range(4))


@pytest.mark.parametrize("notice", [
    "Suscríbete para continuar leyendo. Sin límites.",
    "Contenido exclusivo para suscriptores",
    "Questo articolo è riservato agli abbonati",
    "Dieser Artikel ist nur für Abonnenten",
])
def test_foreign_subscription_notice_is_a_cut(notice: str) -> None:
    # the text stops mid-sentence at the wall: the page cut it (r-pages36: a notice under
    # a complete text is no cut, unless it says the text goes on)
    cut = "<p>El pleno votará el jueves las enmiendas de la oposición sobre las</p>"
    page = (f"<html lang='es'><body><article><h1>Sevilla aprueba su presupuesto</h1>{_BODY}"
            f"{cut}<div class='muro'><p>{notice}</p></div></article></body></html>")
    assert extract_html(page).truncated


@pytest.mark.parametrize(("notice", "cut"), [
    ("Suscríbete para continuar leyendo. Sin límites.", True),  # says the text goes on
    ("Contenido exclusivo para suscriptores", False),
    ("Dieser Artikel ist nur für Abonnenten", False),
])
def test_a_notice_under_a_complete_text(notice: str, cut: bool) -> None:
    page = (f"<html lang='es'><body><article><h1>Sevilla aprueba su presupuesto</h1>{_BODY}"
            f"<div class='muro'><p>{notice}</p></div></article></body></html>")
    assert extract_html(page).truncated is cut


def test_free_spanish_article_is_not_cut() -> None:
    page = f"<html lang='es'><body><article><h1>Sevilla</h1>{_BODY}</article></body></html>"
    assert not extract_html(page).truncated
