"""h-copies67 held-out, part 2: which of two copies of one wire dispatch is the original,
for outlets outside veille's outlet table in countries of several clocks (US .us
hosts, BR, AU, MX, CA), one copy stating an update; written before the fix. A case passes when the expected
copy is no copy of the other and the story's first outlet, in both orders of arrival (real SQLite store, real ingest). Usage:
``PYTHONPATH=src python bench/data/heldout/h-copies67/orders.py`` -> "orders: N/M"."""
from __future__ import annotations

import sys
import tempfile
from pathlib import Path

from veille.ingest import ingest_texts
from veille.store.sqlite import SQLiteStore

BODY = {
    "en": ["A freight train derailed early Wednesday near the county fairgrounds, spilling "
           "grain across two lanes of the highway and closing the road for most of the "
           "morning, state police said.",
           "No one was injured. The railroad said 14 of the train's 80 cars left the tracks "
           "shortly after 5 a.m. and crews were working to clear the line by evening.",
           "\"We were lucky nothing hazardous was on board,\" said county emergency manager "
           "Dana Whitfield, who urged drivers to use the interstate instead."],
    "pt": ["Um trem de carga descarrilou na madrugada desta quarta-feira perto do parque de "
           "exposições, espalhando grãos em duas faixas da rodovia estadual, que ficou "
           "interditada durante boa parte da manhã, segundo a polícia rodoviária.",
           "Ninguém ficou ferido. A concessionária informou que 14 dos 80 vagões saíram dos "
           "trilhos pouco depois das 5h e que as equipes trabalham para liberar a linha.",
           "\"Tivemos sorte de não haver carga perigosa\", disse a coordenadora da defesa civil "
           "municipal, Daniela Ferreira, que pediu aos motoristas que usem desvios."],
    "es": ["Un tren de carga descarriló la madrugada de este miércoles cerca del recinto ferial, "
           "esparciendo grano sobre dos carriles de la carretera federal, que permaneció "
           "cerrada buena parte de la mañana, informó la policía estatal.",
           "No hubo heridos. La empresa ferroviaria indicó que 14 de los 80 vagones salieron de "
           "la vía poco después de las 5:00 y que las cuadrillas trabajan para liberar la línea.",
           "\"Tuvimos suerte de que no llevara material peligroso\", dijo la coordinadora de "
           "protección civil municipal, Daniela Fernández, quien pidió usar rutas alternas."],
    "fr": ["Un train de marchandises a déraillé tôt mercredi près du terrain de la foire "
           "agricole, répandant du grain sur deux voies de la route régionale, fermée une "
           "bonne partie de la matinée, a indiqué la Sûreté du Québec.",
           "Personne n'a été blessé. Le transporteur a précisé que 14 des 80 wagons ont quitté "
           "les rails peu après 5 h et que des équipes travaillaient à dégager la voie.",
           "« Nous avons été chanceux qu'il n'y ait aucune matière dangereuse à bord », a dit "
           "la coordonnatrice des mesures d'urgence, Danielle Fortin."],
}
TITLE = {"en": "Freight train derails near fairgrounds, spilling grain on highway",
         "pt": "Trem de carga descarrila perto do parque de exposições e espalha grãos",
         "es": "Descarrila tren de carga cerca del recinto ferial y esparce grano",
         "fr": "Un train de marchandises déraille près du terrain de la foire"}
DATE = {"en": ("April 22, 2026 {t}", "Updated April 22, 2026 {t}"),
        "pt": ("22/04/2026 {t}", "Atualizado em 22/04/2026 {t}"),
        "es": ("22/04/2026 {t}", "Actualizado 22/04/2026 {t}"),
        "fr": ("Publié le 22 avril 2026 à {t}", "Mis à jour le 22 avril 2026 à {t}")}
CREDIT = {"en": "By The Associated Press", "pt": "Agência Brasil", "es": "Por EFE",
          "fr": "La Presse Canadienne"}


def capture(lang: str, outlet: str, at: str, updated: str = "", credit: bool = True) -> bytes:
    pub, upd = DATE[lang]
    head = [outlet, "Home  News  Sports  Opinion", TITLE[lang]]
    if credit:
        head.append(CREDIT[lang])
    head.append(pub.format(t=at))
    if updated:
        head.append(upd.format(t=updated))
    return ("\n\n".join([*head, *BODY[lang]]) + "\n").encode()


# (name, language, (host, time, update) of the copy expected original, of the other, credit)
CASES = [
    ("US AP, earlier states update", "en",
     ("dailyledger-news.us", "9:00 AM", "10:10 AM"), ("rivercountypost.us", "9:30 AM", ""), True),
    ("US AP, later states update", "en",
     ("dailyledger-news.us", "9:00 AM", ""), ("rivercountypost.us", "9:30 AM", "10:10 AM"), True),
    ("AU AAP-like en .com.au, earlier updated", "en",
     ("coastalstar.com.au", "7:15 AM", "8:05 AM"), ("outbackdaily.com.au", "7:50 AM", ""), True),
    ("BR Agência Brasil, earlier updated", "pt",
     ("folhadovale.com.br", "10:00", "11:00"), ("gazetadoplanalto.com.br", "10:40", ""), True),
    ("MX EFE, earlier updated", "es",
     ("diariodelbajio.com.mx", "11:00", "12:00"), ("elheraldodelnorte.com.mx", "11:45", ""), True),
    ("CA Presse Canadienne, earlier updated", "fr",
     ("lecourrierdusud.ca", "8 h 00", "9 h 10"), ("lavoixdelest-region.ca", "8 h 35", ""), True),
    ("same minute, one updated (t-final33 #5)", "en",
     ("dailyledger-news.us", "9:00 AM", ""), ("rivercountypost.us", "9:00 AM", "9:40 AM"), True),
    ("US no credit, earlier updated", "en",
     ("dailyledger-news.us", "9:00 AM", "10:10 AM"), ("rivercountypost.us", "9:40 AM", ""), False),
]


def original(lang: str, first: tuple[str, str, str], second: tuple[str, str, str],
             credit: bool, reverse: bool) -> bool:
    with tempfile.TemporaryDirectory() as tmp:
        store = SQLiteStore.open(Path(tmp) / "v.db")
        try:
            items = [("a", first), ("b", second)]
            if reverse:
                items.reverse()
            ids = {}
            for name, (host, at, upd) in items:
                [ids[name]] = ingest_texts(store, [(f"{name}.txt", capture(
                    lang, host, at, upd, credit))], source=host).new_ids
            a, b = store.get(ids["a"]), store.get(ids["b"])
            assert a is not None and b is not None and a.dedup and b.dedup
            [summary] = store.stories(limit=5)
            # the expected copy is no copy of the other, and the story's first outlet
            return (a.dedup.duplicate_of is None and b.dedup.duplicate_of in (None, ids["a"])
                    and summary.first_source == first[0]
                    and (not summary.first_tied or first[1] == second[1]))  # same minute: tied
        finally:
            store.close()


def main() -> int:
    passed = 0
    for name, lang, first, second, credit in CASES:
        ok = [original(lang, first, second, credit, r) for r in (False, True)]
        passed += all(ok)
        print(f"{'ok ' if all(ok) else 'BAD'} {name}: {ok}")
    print(f"orders: {passed}/{len(CASES)}")
    return 0


if __name__ == "__main__":
    sys.exit(main())
