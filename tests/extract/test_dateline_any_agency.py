"""Every agency's dateline leaves the lead, not AFP's alone (t-reader24 R6): Belga's
"BRUXELLES 19/10 (Belga) - ", Keystone-ATS's "NYON - ", La Presse Canadienne's
"SAINT-LUC-DE-VINCENNES — ", Reuters' and AP's "LONDRES (Reuters) - " stayed at the start of
``content.lead`` and of the home page's summaries. One rule: a place in capitals, an optional
date, an optional agency credit in parentheses, a dash (veille.extract.datelines)."""

from __future__ import annotations

from datetime import UTC, datetime

from hypothesis import given
from hypothesis import strategies as st

from veille.extract.datelines import KICKERS, caps_dateline, without_opening
from veille.extract.records import record_to_content

NOW = datetime(2026, 12, 3, tzinfo=UTC)
SENTENCE = "Le Paléo Festival de Nyon a annoncé mardi l'annulation d'un concert."

_CAPS = "ABCDEFGHIJKLMNOPQRSTUVWXYZÉÈÀÇÔÎ"
_word = st.text(alphabet=_CAPS, min_size=3, max_size=10)
_place = st.lists(_word, min_size=1, max_size=3).flatmap(
    lambda words: st.sampled_from([" ", "-"]).map(lambda sep: sep.join(words)))
_date = st.sampled_from(["", " 19/10", ", 2 déc.", ", 1er décembre 2026", " 05/10/2026"])
_credit = st.sampled_from(["", " (Belga)", " (Keystone-ATS)", " (ATS)", " (Reuters)", " (AP)",
                           " (AFP)", " (La Presse Canadienne)"])
_dash = st.sampled_from([" - ", " – ", " — "])


@given(place=_place, date=_date, credit=_credit, dash=_dash)
def test_a_dateline_in_capitals_leaves_the_lead(place: str, date: str, credit: str,
                                               dash: str) -> None:
    # every kicker word the rule keeps (a hand copy of a few missed "EXCLUSIF", drawn by
    # hypothesis in r-stories36's and r-pubdates36's runs)
    if not date and not credit and place.split()[0].split("-")[0] in KICKERS:
        return  # a kicker word alone is kept (next test)
    text = f"{place}{date}{credit}{dash}{SENTENCE}"
    assert without_opening(text, zone=UTC, now=NOW) == SENTENCE
    found = caps_dateline(text)
    assert found is not None
    assert found.credit == credit.strip(" ()")


@given(text=st.text(min_size=0, max_size=60))
def test_any_text_is_left_whole_or_cut_after_a_dash(text: str) -> None:
    found = caps_dateline(text)
    if found is not None:
        assert text[found.end - 2:found.end].strip() in {"-", "–", "—", ""}
        assert text[found.end:].strip()


def test_the_forms_the_testers_saw() -> None:
    for opening, rest in [
            ("BRUXELLES 19/10 (Belga) - ", "L'Agence fédérale pour la sécurité de la chaîne"),
            ("NYON - ", "Le Paléo Festival de Nyon a annoncé mardi l'annulation"),
            ("SAINT-LUC-DE-VINCENNES — ", "Les corps des deux personnes portées disparues"),
            ("LONDRES, 19 octobre (Reuters) - ", "La Banque d'Angleterre a laissé son taux"),
            ("NEW YORK (AP) — ", "A man was arrested on Tuesday"),
            ("LA CHAUX-DE-FONDS, 2 déc. (Keystone-ATS) - ", "Le Conseil communal a"),
            ("L'AQUILA - ", "Un séisme a secoué mardi la région")]:
        assert without_opening(opening + rest, zone=UTC, now=NOW) == rest


def test_what_is_no_dateline_stays() -> None:
    for text in ["VIDÉO - Le président a parlé mardi.",
                 "INFO OUEST-FRANCE - Le maire démissionne.",
                 "SNCF - la grève continue mardi.",
                 "Paris - Lyon : le TGV reprend mardi.",
                 "Le maire - qui est aussi député - a parlé.",
                 "NYON - "]:
        assert without_opening(text, zone=UTC, now=NOW) == text.strip() or text == "NYON - "
        assert caps_dateline(text) is None


def test_a_record_lead_has_no_belga_dateline() -> None:
    body = ("BRUXELLES 19/10 (Belga) - L'Agence fédérale pour la sécurité de la chaîne "
            "alimentaire (AFSCA) a annoncé lundi le rappel d'une pâte à tartiner.\n\n"
            "Le fabricant a ouvert un numéro gratuit pour les consommateurs.")
    content = record_to_content({"title": "L'AFSCA rappelle une pâte à tartiner",
                                 "source": "belga.be", "published": "2026-10-19T11:00:00+02:00",
                                 "text": body, "language": "fr"})
    assert content.lead.startswith("L'Agence fédérale")
