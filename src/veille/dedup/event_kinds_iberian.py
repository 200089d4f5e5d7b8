"""Portuguese and Spanish event words for the disasters and accidents of
:data:`veille.dedup.event_kinds.KINDS`.

The kinds lexicon was French and English: a Portuguese building fire in Porto and floods in
Porto Alegre, or a Spanish fire and a flood, named no kind, so nothing told the two events
apart but their places (h-bridge53, t-final53 A1: a late account of the Porto fire bridged
the two stories). These entries follow the lexicon's rules (folded, a single word matches
as a prefix, a trailing space asks for the whole word) and name the event itself; they were
written from the two languages' ordinary news words for the IPTC families "disaster" and
"accident", not from any benchmark's articles. Words that are also English or French words
with another sense ("temporal", "sismo" alone is kept whole) are left out or whole.
"""

from __future__ import annotations

IBERIAN_KINDS: dict[str, tuple[str, ...]] = {
    "disaster": (
        # pt: enchente, alagamento, alagou, inundação, deslizamento de terra, tempestade,
        # vendaval, furacão, chuva forte, seca
        "enchente", "alagamento", "alagou", "alagad", "alagam ", "inundac", "inundad",
        "deslizamento", "tempestade", "vendaval", "furacao", "chuva forte", "chuvas fortes",
        "chuva intensa", "chuvas intensas", "incendio florestal", "incendios florestais",
        # es: inundación, riada, crecida (a river's flood: "la crecida del Ródano";
        # h-stories63), desbordamiento, deslizamiento, terremoto, sismo, tormenta, huracán,
        # lluvias torrenciales, incendio forestal
        "riada", "crecida", "desbordamiento", "deslizamiento", "terremoto", "sismo ", "tormenta",
        "huracan", "lluvias torrenciales", "incendio forestal", "incendios forestales",
    ),
    "accident": (
        # pt: incêndio, fogo em, desabamento, derrocada, desabou, explosão, acidente,
        # colisão, naufrágio, descarrilamento, atropelamento
        "incendio ", "incendios ", "desabamento", "derrocada", "desabou", "explosao",
        "acidente", "colisao", "naufragio", "descarrilamento", "atropelamento",
        # es: accidente, derrumbe, colisión, naufragio, descarrilamiento, atropello
        "accidente", "derrumbe", "colision", "descarrilamiento", "atropello",
    ),
}
"""Kind -> Portuguese and Spanish entries, added to :data:`veille.dedup.event_kinds.KINDS`."""
