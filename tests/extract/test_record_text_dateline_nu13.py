"""verify13 V4 and V6: a record's dateline in its third paragraph (a background's, "Rappel
des faits. / 14 juillet 2016, Nice. - ...") dated the record; and a record dated by the
dateline opening its first paragraph kept the dateline in its lead, which an HTML page's
lead leaves out."""

from __future__ import annotations

from datetime import UTC, datetime

from veille.extract.records import record_to_content

READ = datetime(2026, 12, 1, 22, 0, tzinfo=UTC)


def test_a_background_dateline_further_down_does_not_date_the_record() -> None:
    text = ("La cour d'assises spéciale a rendu son verdict.\n\nRappel des faits.\n\n"
            "14 juillet 2016, Nice. - Un camion a foncé sur la foule de la promenade.")
    content = record_to_content({"title": "Verdict du procès", "text": text},
                                fetched_at=READ)
    assert content.published is None


def test_the_lead_leaves_the_dateline_out() -> None:
    text = ("22 mai 2012. - Les contrôleurs aériens ont entamé une grève de deux jours.\n\n"
            "Les compagnies ont annulé un vol sur deux.")
    content = record_to_content({"title": "Grève des contrôleurs", "text": text},
                                fetched_at=READ)
    assert content.published is not None and content.published.day == 22
    assert content.lead == "Les contrôleurs aériens ont entamé une grève de deux jours."
    assert content.paragraphs[0].startswith("22 mai 2012. - ")
