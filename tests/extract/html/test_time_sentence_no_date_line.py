"""Regression (issue 14): a short body paragraph telling a clock time ("Le train est reparti
à 7 h 50.") was read as the date line under a standfirst, so the paragraph before it, the
body's first, was taken for a standfirst printed above the byline: it left the body and
became the lead, over the page's description (``extract/html/standfirst.py``). A date line
is a line that is mostly a date, a time or a byline, not any short sentence with a time.
Pages written for the tests; property tests over generated paragraphs."""

from __future__ import annotations

from hypothesis import given, settings
from hypothesis import strategies as st

from veille.extract.html import extract_html

FIRST = ("Un train régional a percuté jeudi matin un tracteur sur un passage à niveau de "
         "Saint-Aubin-du-Cormier, en Ille-et-Vilaine, sans faire de blessé grave.")
REST = [
    "Le conducteur du tracteur, un agriculteur de 58 ans, a pu quitter sa cabine avant le "
    "choc, selon la gendarmerie, qui a ouvert une enquête sur les circonstances.",
    "Les quarante voyageurs ont été évacués à pied le long de la voie puis conduits en car "
    "jusqu'à la gare de Rennes, où une cellule d'accueil avait été installée.",
    "La SNCF a annoncé que la circulation resterait interrompue entre Rennes et Fougères "
    "jusqu'en fin de journée, le temps de dégager la voie et de vérifier la caténaire.",
]
DESCRIPTION = "Collision entre un TER et un tracteur en Ille-et-Vilaine : pas de blessé grave."
HEADLINE = "Ille-et-Vilaine : un TER percute un tracteur sur un passage à niveau"


def page(second: str, *, chapo: str = "") -> str:
    """A page: the headline, maybe a standfirst, the first paragraph, ``second``, the rest."""
    paras = "".join(f"<p>{p}</p>" for p in [FIRST, second, *REST])
    head = f"<p class='intro'>{chapo}</p>" if chapo else ""
    return (f"<html lang='fr'><head><title>{HEADLINE}</title>"
            f"<meta name='description' content=\"{DESCRIPTION}\"></head><body><article>"
            f"<h1>{HEADLINE}</h1>{head}{paras}</article>"
            "</body></html>")


#: The page with a sentence telling no time: what a sentence telling one must not change.
TIMELESS = extract_html(page("Le trafic a repris dans la soirée."))


def test_a_sentence_with_a_clock_time_leaves_the_first_paragraph_in_the_body() -> None:
    content = extract_html(page("Le trafic a repris à 16 h 40."))
    assert content.paragraphs[0] == FIRST
    assert content.lead == TIMELESS.lead
    assert content.evidence.get("lead") == TIMELESS.evidence.get("lead")
    assert content.evidence.get("lead") != "standfirst above the byline"


def test_a_date_line_under_the_standfirst_still_makes_it_the_lead() -> None:
    """verify16 Z6 kept: a chapô printed among the body's paragraphs, then the date line."""
    chapo = ("Les quarante voyageurs du TER Rennes-Fougères ont été évacués à pied, la "
             "circulation restera coupée jusqu'au soir.")
    paras = "".join(f"<p>{p}</p>" for p in [FIRST, *REST])
    for line in ("Publié le 4 déc. 2026 à 09h12", "Mis à jour à 10:47",
                 "04/12/2026 09:12", "Par Claire Le Goff, le 4 décembre 2026 à 9 h 12"):
        html = (f"<html lang='fr'><head><title>{HEADLINE}</title>"
                f"<meta name='description' content=\"{DESCRIPTION}\"></head><body><article>"
                f"<h1>{HEADLINE}</h1><p>{chapo}</p><p>{line}</p>{paras}"
                "</article></body></html>")
        content = extract_html(html)
        assert content.lead == chapo, line
        assert content.paragraphs[0] == FIRST, line


SUBJECTS = ["Le maire", "La préfète", "Les pompiers", "Un témoin", "Le conseil municipal",
            "Marie Dubois", "L'équipe de secours", "Le suspect", "Les manifestants", "Il",
            "Elle", "La séance", "Le dernier bus", "Jean-Luc Morel"]
VERBS = ["est arrivé", "a pris la parole", "a été interpellé", "sont repartis", "a repris",
         "a quitté les lieux", "s'est ouvert", "a été levée", "a sonné l'alarme",
         "ont été prévenus", "a rappelé", "a annoncé sa décision", "est sortie", "a débuté"]
TIMES = ["14 h 30", "18h", "9:45", "7h05", "23 h", "midi et demi, soit 12h30", "6 heures 15",
         "16 h 40 précises", "20h10"]
PREPS = ["vers", "à", "peu après", "dès", "avant", "aux alentours de", "juste avant"]


@st.composite
def time_sentences(draw: st.DrawFn) -> str:
    """A narrative sentence telling a clock time, of a few words."""
    subject, verb = draw(st.sampled_from(SUBJECTS)), draw(st.sampled_from(VERBS))
    when = f"{draw(st.sampled_from(PREPS))} {draw(st.sampled_from(TIMES))}"
    if draw(st.booleans()):
        return f"{subject} {verb} {when}."
    return f"{when[0].upper()}{when[1:]}, {subject[0].lower()}{subject[1:]} {verb}."


@settings(max_examples=60, deadline=None)
@given(sentence=time_sentences())
def test_no_narrative_sentence_with_a_time_is_a_date_line(sentence: str) -> None:
    content = extract_html(page(sentence))
    assert content.paragraphs[0] == FIRST, sentence
    assert (content.lead, content.paragraphs[2:]) == (TIMELESS.lead, TIMELESS.paragraphs[2:])


@settings(max_examples=300, deadline=None)
@given(sentence=time_sentences())
def test_a_narrative_sentence_with_a_time_is_never_a_date_line(sentence: str) -> None:
    from veille.extract.html.date_line import is_date_line
    from veille.extract.html.standfirst import meta_line
    assert not is_date_line(sentence)
    assert not meta_line(sentence)


DAYS = st.integers(1, 28)
MONTHS_FR = ["janv.", "févr.", "mars", "avril", "mai", "juin", "juil.", "août", "sept.",
             "oct.", "nov.", "déc.", "décembre", "janvier"]
CLOCKS = st.builds(lambda h, m, form: form.format(h=h, m=m), st.integers(0, 23),
                   st.integers(0, 59), st.sampled_from(["{h}h{m:02d}", "{h:02d}:{m:02d}",
                                                        "{h} h {m:02d}", "{h:02d}h{m:02d}"]))


@st.composite
def date_lines(draw: st.DrawFn) -> str:
    """A date line as pages print them, in French and English."""
    day, month, clock = draw(DAYS), draw(st.sampled_from(MONTHS_FR)), draw(CLOCKS)
    year = draw(st.integers(2019, 2027))
    forms = [f"Publié le {day} {month} {year} à {clock}",
             f"Mis à jour à {clock}",
             f"Mis à jour le {day:02d}/{draw(st.integers(1, 12)):02d}/{year} à {clock}",
             f"{day:02d}/{draw(st.integers(1, 12)):02d}/{year} {clock}",
             f"Publié le {day} {month} {year} à {clock}, mis à jour le {day} {month} à {clock}",
             f"Par Claire Le Goff, le {day} {month} {year} à {clock}",
             f"Jeanne Martin et Paul Durand - {day:02d}/{draw(st.integers(1, 12)):02d}/{year}",
             f"Le {day} {month} {year} à {clock}",
             f"Publié aujourd'hui à {clock}",
             f"Updated {day} December {year}, {clock} GMT",
             f"mercredi {day} {month} {year}, {clock}"]
    return draw(st.sampled_from(forms))


@settings(max_examples=300, deadline=None)
@given(line=date_lines())
def test_real_date_lines_still_are(line: str) -> None:
    from veille.extract.html.date_line import is_date_line
    assert is_date_line(line)
