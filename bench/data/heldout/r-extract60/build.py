"""Write the made cases of the r-extract60 held-out set into ``cases/`` (deterministic:
fixed seeds). Texts whose body is no prose, under a headline a reader would take for one
(kind 2 of the README), and controls of real prose that look repetitive. CC0.

Usage: python build.py
"""

from __future__ import annotations

import random
from pathlib import Path

CASES = Path(__file__).parent / "cases"


def salad(words: list[str], n_words: int, seed: int, sep: str = ".") -> str:
    """``n_words`` words drawn at random from ``words``, in lines of 10-25 words."""
    rng = random.Random(seed)
    lines, total = [], 0
    while total < n_words:
        k = rng.randint(10, 25)
        lines.append(" ".join(rng.choice(words) for _ in range(k)).capitalize() + sep)
        total += k
    return "\n".join(lines)


HEAD_FR = ("Le Courrier du Chablais\nAccueil  Actualité  Sport  Agenda\n\n"
           "Grève des transports : les syndicats du Chablais durcissent le ton\n\n"
           "Par Odile Marchand\nPublié le 3 mars 2026 à 08h10\n\n")


def main() -> None:
    CASES.mkdir(exist_ok=True)
    fr = "le la les des un une syndicat grève Thonon Évian bus ligne préfet accord de du et".split()
    (CASES / "j1_fr_salade_titree.txt").write_text(HEAD_FR + salad(fr, 1500, 1) + "\n", "utf-8")
    en = "the a of and council Leeds Bradford strike bin workers union pay deal to in".split()
    body = "".join(f"<p>{line}</p>\n" for line in salad(en, 1200, 2).splitlines())
    (CASES / "j2_en_salad.html").write_text(
        "<!DOCTYPE html><html lang=en><head><meta charset=utf-8><title>Bin strike talks "
        "collapse - Aire Valley Post</title></head><body><article><h1>Bin strike talks "
        f"collapse in Leeds</h1><p class=byline>By Tom Haworth</p>{body}</article></body></html>\n",
        "utf-8")
    tokens = " ".join(["Kassel Streik Busse Straßenbahn"] * 110)
    (CASES / "j3_de_tokenliste.txt").write_text(
        "Nordhessen Anzeiger\n\nStreik bei den Verkehrsbetrieben in Kassel\n\n"
        f"Dienstag, 3. März 2026, 09:12 Uhr\n\n{tokens}\n", "utf-8")
    rng = random.Random(4)
    heads = ["pisos", "alquiler pisos", "comprar piso", "pisos baratos", "casas",
             "venta casas", "apartamentos", "inmobiliaria"]
    tails = ["Málaga", "Málaga centro", "Marbella", "Málaga playa", "Torremolinos"]
    dump = ", ".join(f"{rng.choice(heads)} {rng.choice(tails)}" for _ in range(110))
    (CASES / "j4_es_palabras_clave.txt").write_text(
        "Inmobiliaria Costa Sol\n\nPisos en Málaga: las mejores ofertas de la semana\n\n"
        f"5 de marzo de 2026\n\n{dump}\n", "utf-8")
    (CASES / "j5_it_ripetuto.txt").write_text(
        "Sciopero dei trasporti a Roma e Milano\n\n6 marzo 2026\n\n"
        + "\n".join(["Roma Milano sciopero treni."] * 300) + "\n", "utf-8")
    ru = "и в на не что город мэр Казань Самара завод рабочие забастовка автобус".split()
    (CASES / "j6_ru_salad.txt").write_text(
        "Волжские вести\n\nЗабастовка водителей автобусов в Казани\n\n3 марта 2026, 11:20\n\n"
        + salad(ru, 1200, 6) + "\n", "utf-8")
    pt = "o a os de do da em um uma Braga Guimarães greve câmara autocarros".split()
    body = "".join(f"<p>{line}</p>" for line in salad(pt, 260, 7).splitlines())
    (CASES / "j7_pt_salad_curta.html").write_text(
        "<!DOCTYPE html><html lang=pt><head><meta charset=utf-8><title>Greve nos autocarros "
        "de Braga</title></head><body><article><h1>Greve nos autocarros de Braga</h1>"
        f"{body}</article></body></html>\n", "utf-8")
    (CASES / "j8_fr_sans_titre.txt").write_text(
        " ".join(["Paris Lyon Marseille"] * 400) + "\n", "utf-8")
    para = ("La maire de Cluses, Hélène Favre, a présenté lundi le projet de halle couverte "
            "place des Allobroges, qui accueillera le marché du jeudi dès l'automne 2027. ")
    (CASES / "c1_fr_paragraphe_repete.txt").write_text(
        "Cluses aura sa halle couverte en 2027\n\nPublié le 2 mars 2026 à 17h05\n\n"
        + "\n\n".join([para] * 6) + "\n", "utf-8")
    lines = [f"Liste {chr(65 + i)} ({name}) : {v} voix, soit {p} % des suffrages exprimés."
             for i, (name, v, p) in enumerate([("Bernard Le Goff", "2 431", "38,2"),
                                               ("Claire Tanguy", "2 102", "33,0"),
                                               ("Yann Morvan", "1 204", "18,9"),
                                               ("Sophie Riou", "630", "9,9")])]
    (CASES / "c2_fr_resultats.txt").write_text(
        "Municipales à Lannion : les résultats du premier tour\n\nPublié le 16 mars 2026 à "
        "22h30\n\nLa participation a atteint 61 % dimanche à Lannion, en hausse de quatre "
        "points sur 2020. Bernard Le Goff arrive en tête et devra affronter un second tour.\n\n"
        + "\n".join(lines) + "\n", "utf-8")
    brief = ("Lawrence Hale, the mayor of Hexham, said on Monday that the town's swimming "
             "pool would reopen in June after a two-year refit paid for by the county "
             "council.")
    (CASES / "c3_en_brief.html").write_text(
        "<!DOCTYPE html><html lang=en><head><meta charset=utf-8><title>Hexham pool to "
        "reopen in June</title></head><body><article><h1>Hexham pool to reopen in June</h1>"
        f"<p>{brief}</p></article></body></html>\n", "utf-8")


if __name__ == "__main__":
    main()
