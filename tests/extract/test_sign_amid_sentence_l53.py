"""A copyright sign named by a sentence that goes on is no credit line (t-final53b A1; an
invented sentence): "Une dépêche © AFP reprise sans autorisation peut coûter cher : …"
was dropped as "[photo or agency credit]" from an article about the press."""

from __future__ import annotations

import pytest

from veille.extract.notice_stance import sign_inside_sentence
from veille.extract.textshape import block_shape

SENTENCE = ("Une dépêche © AFP reprise sans autorisation peut coûter cher : le journal a "
            "rappelé qu'il payait un abonnement à l'agence et que ses contenus ne pouvaient "
            "être republiés librement.")


def test_a_sign_amid_a_sentence_is_no_credit() -> None:
    assert sign_inside_sentence(SENTENCE)
    assert block_shape(SENTENCE).head != "credit"


@pytest.mark.parametrize("credit", [
    "Des manifestants à Paris le 3 décembre 2026. © AFP / Stéphane Dupont",
    "Photo © AFP / John Doe.",
    "© Le Télégramme 2026",
])
def test_credits_stay_credits(credit: str) -> None:  # guard
    assert not sign_inside_sentence(credit)
