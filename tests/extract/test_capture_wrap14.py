"""Captures wrapped by hand or by a mail client (any width, ragged right), and a headline
line glued to the chapô under it in a wrapped capture (s-capt14; texts of our own)."""

from __future__ import annotations

import random
from datetime import UTC, datetime

from hypothesis import given, settings
from hypothesis import strategies as st

from veille.extract.blocks import split_blocks
from veille.extract.text_capture import extract_text_capture

FETCHED = datetime(2026, 12, 1, 10, tzinfo=UTC)
HEAD = ["La Gazette du Morvan", "Se connecter",
        "Autun : la piscine municipale rouvrira ses bassins au début du mois de mars",
        "Par Clémence Vautrin", "Publié le 01/12/2026 à 07h40"]
PARAS = [
    "Fermée depuis le mois de juin pour le remplacement de sa toiture, la piscine municipale "
    "d'Autun rouvrira ses bassins le 2 mars, a annoncé lundi soir le maire devant le conseil "
    "municipal, au terme d'un chantier de neuf mois.",
    "Les travaux ont coûté 2,4 millions d'euros, financés pour moitié par la communauté de "
    "communes, et ont permis d'installer une charpente en bois local ainsi que des panneaux "
    "solaires qui chaufferont l'eau du petit bassin.",
    "« Les clubs ont été patients, ils ont nagé pendant tout l'automne à Montceau-les-Mines », "
    "a reconnu l'adjoint chargé des sports, qui promet des créneaux supplémentaires aux "
    "scolaires dès la réouverture de l'équipement.",
    "Les tarifs resteront inchangés jusqu'à l'été, mais une carte d'abonnement familiale sera "
    "proposée à partir du printemps pour les habitants des communes voisines.",
]


def _wrap(text: str, width: int, ragged: int, rnd: random.Random) -> list[str]:
    """``text`` broken at the last space before a width drawn in [width-ragged, width]."""
    lines: list[str] = []
    current = ""
    target = width - rnd.randint(0, ragged)
    for word in text.split():
        if current and len(current) + 1 + len(word) > target:
            lines.append(current)
            current, target = word, width - rnd.randint(0, ragged)
        else:
            current = f"{current} {word}" if current else word
    return [*lines, current]


def _capture(width: int, ragged: int, seed: int) -> str:
    rnd = random.Random(seed)
    out = [line for head in HEAD for line in (head, "")]
    for para in PARAS:
        out += [*_wrap(para, width, ragged, rnd), ""]
    return "\n".join(out)


@settings(max_examples=60, deadline=None)
@given(width=st.integers(60, 100), ragged=st.integers(0, 6), seed=st.integers(0, 10_000))
def test_paragraphs_wrapped_at_any_width_ragged_right_come_back(
        width: int, ragged: int, seed: int) -> None:
    result = extract_text_capture(_capture(width, ragged, seed), fetched_at=FETCHED)
    assert result.title == HEAD[2]
    assert result.paragraphs == PARAS


def test_an_editor_wrap_between_86_and_92_columns_is_joined() -> None:
    # The user's shape: lines of 86 to 92 columns, as an editor or a mail client wraps.
    text = _capture(92, 6, 3)
    assert split_blocks(text).shape == "wrapped"
    result = extract_text_capture(text, fetched_at=FETCHED)
    assert result.paragraphs == PARAS
    assert result.authors == ["Clémence Vautrin"]


def test_one_line_per_paragraph_stays_apart() -> None:
    # Paragraphs of similar lengths, one per line: no wrap, each line a paragraph.
    lines = [*HEAD, *(p[:150].rsplit(" ", 1)[0] + "." for p in PARAS),
             "Le chantier a été suivi par un bureau d'études de Dijon pendant toute sa durée."]
    blocks = split_blocks("\n".join(lines))
    assert blocks.shape == "lines"
    assert len(blocks.items) == len(lines)


def test_a_list_of_headlines_of_similar_lengths_is_no_ragged_wrap() -> None:
    heads = ["Autun : la piscine municipale rouvrira ses bassins au début de mars",
             "Chalon : un nouveau pont sur la Saône ouvert aux cyclistes en avril",
             "Mâcon : le marché de Noël s'installe sur l'esplanade Lamartine samedi",
             "Dijon : la ligne de tram T3 mise à l'étude par la métropole cet hiver",
             "Beaune : les hospices vendent leurs vins aux enchères ce dimanche"]
    assert split_blocks("\n".join(heads)).items == heads


def test_a_quoted_wrapped_page_keeps_its_headline_apart_from_the_chapo() -> None:
    # A page pasted into an e-mail reply, wrapped at 72 with no blank lines: the headline's
    # line is followed by the chapô's first line ("Plusieurs ..." is written in lower case
    # elsewhere, so it opens a sentence, it is no name).
    text = "\n".join([
        "Le lun. 30 nov. 2026 à 18:02, Lucie Garnier <lucie@example.org> a écrit :",
        "> Le Journal du Berry",
        "> Se connecter",
        "> Bourges : les commerçants du centre-ville ferment leurs rideaux en signe",
        "> de colère",
        "> Plusieurs dizaines de boutiques ont baissé leur rideau lundi midi pour",
        "> protester contre la hausse des loyers commerciaux dans l'hypercentre.",
        "> Par Antoine Mérel",
        "> Publié le 30 novembre 2026 à 17h10",
        "> Les commerçants de la rue Moyenne ont répondu en nombre à l'appel de",
        "> leur association, qui réclame un gel des loyers pendant deux ans et",
        "> dénonce la multiplication des cellules vides, dont plusieurs",
        "> appartiennent à la même foncière parisienne.",
        "> « Nous ne pouvons plus suivre », résume une fleuriste installée depuis",
        "> vingt ans, qui envisage de quitter la ville au printemps prochain.",
    ])
    result = extract_text_capture(text, fetched_at=FETCHED)
    assert result.title == ("Bourges : les commerçants du centre-ville ferment leurs rideaux "
                            "en signe de colère")
    assert result.lead.startswith("Plusieurs dizaines de boutiques")
    assert result.paragraphs[0].startswith("Les commerçants de la rue Moyenne")
