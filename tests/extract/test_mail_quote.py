"""A page pasted into an e-mail reply, every line quoted "> " (newuser13a C13): the marks
were kept in every field and hid the byline. Property: unquoting is linear and never
touches a text that is not mostly quoted."""

from __future__ import annotations

import time

from hypothesis import given
from hypothesis import strategies as st

from veille.extract.mail_quote import unquote_mail
from veille.extract.text_capture import extract_text_capture

PAGE = """Le Journal de Saône-et-Loire
Faits divers
Se connecter

Mâcon : un entrepôt de pneus ravagé par un incendie dans la nuit

Par Claire Ducroix
Publié le 30 novembre 2026 à 07h10

Un violent incendie a détruit dans la nuit de dimanche à lundi un entrepôt de pneus \
de la zone industrielle sud de Mâcon, sans faire de victime.

Une soixantaine de sapeurs-pompiers ont été mobilisés pendant plus de cinq heures \
pour venir à bout des flammes, visibles à plusieurs kilomètres.

Une enquête a été ouverte pour déterminer l'origine du sinistre, a indiqué le parquet de Mâcon.
"""


def quoted(text: str, levels: int = 1) -> str:
    for _ in range(levels):
        text = "\n".join(("> " + line) if line else ">" for line in text.splitlines())
    return ("Bonjour,\n\nJe te transfère cet article.\n\nLe lun. 30 nov. 2026 à 09:14, "
            "Paul Mercier <paul@example.org> a écrit :\n" + text + "\n\nEnvoyé de mon "
            "téléphone\n")


def test_a_quoted_page_reads_as_the_page() -> None:
    plain = extract_text_capture(PAGE)
    for levels in (1, 2):
        mail = extract_text_capture(unquote_mail(quoted(PAGE, levels)))
        assert mail.title == plain.title
        assert mail.title.startswith("Mâcon : un entrepôt de pneus")
        assert mail.authors == ["Claire Ducroix"]
        assert mail.paragraphs == plain.paragraphs
        assert not any(p.startswith(">") for p in mail.paragraphs)


def test_a_text_that_only_quotes_a_few_lines_is_left_alone() -> None:
    text = PAGE.replace("Une enquête a été ouverte",
                        "> « Le feu a pris très vite »\n\nUne enquête a été ouverte")
    assert unquote_mail(text) == text


@given(st.text(alphabet="> ab\n", max_size=300))
def test_unquoting_is_idempotent_on_unquoted_text(text: str) -> None:
    once = unquote_mail(text)
    assert len(once) <= len(text)
    if not any(line.lstrip(" \t").startswith(">") for line in text.splitlines()):
        assert once == text


def test_unquoting_is_linear() -> None:
    small, large = quoted(PAGE * 10), quoted(PAGE * 1000)
    start = time.process_time()
    unquote_mail(small)
    small_cost = time.process_time() - start + 1e-4
    start = time.process_time()
    unquote_mail(large)
    large_cost = time.process_time() - start
    assert large_cost < small_cost * 100 * 5
