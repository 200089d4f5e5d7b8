"""A poll whose answers are buttons (verify12 X2) is dropped whole, as a poll of radio
buttons is; a short article with share buttons and a question in its text stays."""

from __future__ import annotations

from veille.extract.html import extract_html

PARAS = ["Le conseil communal de Namur a adopté lundi soir le budget de l'année prochaine, "
         "après un débat de plus de quatre heures sur les investissements.",
         "L'opposition a voté contre, en dénonçant une hausse des taxes sur les déchets "
         "ménagers et le report de la rénovation de la piscine.",
         "Le bourgmestre a promis une évaluation des mesures à la fin du premier semestre."]


def _page(middle: str, *, paras: list[str] = PARAS) -> str:
    body = "".join(f"<p>{p}</p>" for p in paras[:2]) + middle + \
        "".join(f"<p>{p}</p>" for p in paras[2:])
    return (f"<html lang='fr'><head><title>Budget</title></head><body><article>"
            f"<h1>Namur adopte son budget</h1>{body}</article></body></html>")


def test_a_poll_of_buttons_is_dropped() -> None:
    poll = ("<div class='vote'><h3>Votre avis</h3><p>Faut-il rénover la piscine d'abord ?</p>"
            "<ul><li><button>Oui</button></li><li><button>Non</button></li>"
            "<li><button>Je ne sais pas</button></li></ul><p>812 votes</p></div>")
    content = extract_html(_page(poll))
    assert content.paragraphs == PARAS


def test_a_brief_with_share_buttons_and_a_question_stays() -> None:
    brief = ["Qui paiera la rénovation de la piscine ? Le conseil communal de Namur a "
             "tranché lundi soir : la ville.",
             "Les travaux doivent commencer au printemps prochain, pour dix-huit mois."]
    share = "<div><button>Partager</button><button>Tweeter</button></div>"
    page = ("<html lang='fr'><head><title>Piscine</title></head><body><article>"
            "<h1>Namur paiera la piscine</h1>" + "".join(f"<p>{p}</p>" for p in brief)
            + share + "</article></body></html>")
    content = extract_html(page)
    assert content.paragraphs == brief
