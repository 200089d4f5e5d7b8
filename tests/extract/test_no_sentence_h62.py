"""A short body of no sentence (h-nonprose62; issue 14/16, t-final61 #6):
:func:`veille.extract.word_salad.no_sentence` finds lists of tags or names (a line each,
or separated by commas) and unpunctuated keyword dumps, and never a line of real prose --
the held-out captures' and test inputs' lines of prose (a dozen languages), even with
their stops and commas taken away -- nor a flash, a brief or a caption."""

from __future__ import annotations

import re
from pathlib import Path

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from veille.extract.textshape import is_prose
from veille.extract.word_salad import MIN_LIST_ITEMS, MIN_LIST_LINES, no_sentence

ROOT = Path(__file__).resolve().parents[2]
#: Real prose: the lines of prose of every text capture of the held-out sets and tests,
#: but the junk sets that hold none on purpose.
PROSE = sorted({
    line.strip()
    for p in [*(ROOT / "bench/data/heldout").glob("*/**/*.txt"), *(ROOT / "tests").glob(
        "**/*.txt")]
    if "r-extract60" not in p.parts
    and not p.name.startswith(("score", "after", "before", "base"))
    for line in p.read_text("utf-8", errors="replace").splitlines() if is_prose(line.strip())})
#: Content words in several scripts, for lists and dumps.
WORDS = ("Valbourg Sèvre inondations préfecture Marchetti Lindenfeld Hochwasser Feuerwehr "
         "Harbourton flooding council Заречье паводок эвакуация الفيضانات Cortezuela incendio "
         "bomberos Valmorena alluvione sciopero").split()


def test_the_prose_corpus_is_there() -> None:
    assert len(PROSE) > 3000


@settings(max_examples=400, deadline=None)
@given(st.data())
def test_a_line_of_prose_is_never_a_list_or_a_dump(data: st.DataObject) -> None:
    line = data.draw(st.sampled_from(PROSE))
    stops = data.draw(st.sampled_from([r"[.!?…;:]", r"[.!?…;:,،]"]))  # a sloppy feed
    assert no_sentence([line]) is None
    assert no_sentence([re.sub(stops, "", line)]) is None


@settings(max_examples=200, deadline=None)
@given(st.lists(st.lists(st.sampled_from(WORDS), min_size=1, max_size=3),
                min_size=MIN_LIST_LINES, max_size=40))
def test_a_list_of_a_few_words_a_line_is_no_prose(items: list[list[str]]) -> None:
    assert no_sentence(["\n".join(" ".join(item) for item in items)]) is not None
    assert no_sentence([" ".join(item) for item in items]) is not None  # a <p> each


@settings(max_examples=200, deadline=None)
@given(st.lists(st.lists(st.sampled_from(WORDS), min_size=1, max_size=3),
                min_size=MIN_LIST_ITEMS, max_size=40), st.sampled_from([", ", " · ", " | "]))
def test_tags_separated_by_commas_are_no_prose(items: list[list[str]], sep: str) -> None:
    assert no_sentence([sep.join(" ".join(item) for item in items)]) is not None


@pytest.mark.parametrize("body", [
    ["URGENT", "Deux morts dans l'effondrement d'un pont à Valbourg selon la préfecture"],
    ["URGENTE Incendio forestal obliga a evacuar a los vecinos de Cortezuela"],
    ["Ferry crews in Greyhaven began a 48-hour strike on Friday. No sailings before Sunday."],
    ["La maire de Brévannes, Odile Marchetti, coupe le ruban de la passerelle (Photo X)"],
    ["Мост через Заречку закрыт из-за паводка", "Об этом сообщила мэр Анна Гордеева"],
    ["بدأ عمال الميناء في وادي الريم إضرابا مفتوحا صباح الجمعة للمطالبة بزيادة الأجور وقال "
     "النقابي سامر الخطيب إن الإضراب سيستمر حتى تلبية المطالب"],  # no stop at all
    ["BREAKING Harbourton mayor resigns"],
])
def test_flashes_briefs_and_captions_are_prose(body: list[str]) -> None:
    assert no_sentence(body) is None
