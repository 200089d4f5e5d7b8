"""A text capture opening with an agency dateline ("LILLE, 3 févr 2027 (AFP) - ...") is
dated and credited by the rule HTML pages follow, and its lead starts after the dateline
(newuser6 M20: such a capture was stored undated and uncredited)."""

from __future__ import annotations

from datetime import UTC, datetime, timedelta

from hypothesis import given, settings
from hypothesis import strategies as st

from veille.extract.datelines import opening_dateline
from veille.extract.text_capture import extract_text_capture

FETCHED = datetime(2027, 2, 4, 8, tzinfo=UTC)
BODY = ("Les syndicats de la métropole lilloise ont appelé à une nouvelle journée de "
        "mobilisation contre la fermeture de deux lignes de bus, a-t-on appris auprès de la "
        "préfecture du Nord.\n\n"
        "\"Nous ne lâcherons rien\", a déclaré le secrétaire départemental, qui dénonce une "
        "décision prise sans concertation avec les usagers ni les élus des communes.\n\n"
        "La métropole doit se prononcer lors de son prochain conseil, prévu à la fin du mois "
        "de février, selon un communiqué publié mardi soir.\n")


def _capture(dateline: str) -> str:
    return f"Grève des bus à Lille : les syndicats appellent à la mobilisation\n\n{dateline}{BODY}"


def test_day_dateline_dates_and_credits() -> None:
    result = extract_text_capture(_capture("LILLE, 3 févr 2027 (AFP) - "), fetched_at=FETCHED)
    assert result.published is not None
    assert result.published.date().isoformat() == "2027-02-03"
    assert not result.published_has_time
    assert result.published.utcoffset() == timedelta(hours=1)
    assert result.evidence["credit"] == "AFP"
    assert result.first_words().startswith("Les syndicats de la métropole")


def test_dateline_with_a_time() -> None:
    result = extract_text_capture(_capture("LILLE, 3 février 2027 à 14h20 (Reuters) - "),
                                  fetched_at=FETCHED)
    assert result.published is not None and result.published_has_time
    assert (result.published.hour, result.published.minute) == (14, 20)
    assert result.evidence["credit"] == "Reuters"


def test_no_dateline_no_date() -> None:
    result = extract_text_capture(_capture(""), fetched_at=FETCHED)
    assert result.published is None and "credit" not in result.evidence


@settings(max_examples=200, deadline=None)
@given(st.text(alphabet=st.sampled_from(list("PARIS, 12 3 mars nov 2026 (AFP) -–h:à\n")),
               max_size=150))
def test_opening_dateline_never_raises(text: str) -> None:
    found = opening_dateline(text, zone=UTC, now=FETCHED)
    if found is not None:
        assert 0 < found.end <= len(text) and found.found.start <= 40
