"""Given names written only as the first part of a compound, which the generated Faker
lists (``extract/data/given_names.txt``, ``enrich/data/given_name_genders.tsv``) miss.

Spanish "Mari", the short form of María, opens "Mari Carmen", "Mari Luz", "Mari Ángeles",
"Mari Cruz", "Mari Paz" (INE, *Nombres y apellidos más frecuentes*: "Mari Carmen" is among
the most frequent women's names in Spain); missing, "La alcaldesa de Carlet, Mari Carmen
Llorens" was read as the person "Carmen Llorens" (t-final66 F3). A leaf module (no import)
so that both lists' readers can use it.
"""

from __future__ import annotations

__all__ = ["COMPOUND_GIVEN_OPENERS"]

COMPOUND_GIVEN_OPENERS: dict[str, str] = {"mari": "f"}
"""Folded given name → "m" or "f"."""
