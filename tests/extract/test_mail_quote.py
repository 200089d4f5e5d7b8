"""A page pasted into an e-mail reply, every line quoted "> " (newuser13a C13): the marks
were kept in every field and hid the byline (the rule: ``extract/blocks.py``, ``_unquote``;
its cost is in tests/extract/test_capture_scaling.py)."""

from __future__ import annotations

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
        mail = extract_text_capture(quoted(PAGE, levels))
        assert mail.title == plain.title
        assert mail.title.startswith("Mâcon : un entrepôt de pneus")
        assert mail.authors == ["Claire Ducroix"]
        assert mail.paragraphs == plain.paragraphs
        assert not any(p.startswith(">") for p in mail.paragraphs)

