"""Text captures holding terminal escapes or stray NULs keep their words and their title.

A capture whose first line is ``ESC[2J ESC]0;HACK BEL Titre avec séquences`` lost its title
("(no title)"); one NUL byte in an otherwise normal capture rejected the whole file as
"binary data". Both are text with noise in it: the noise goes, the words stay.
"""

from __future__ import annotations

from hypothesis import given
from hypothesis import strategies as st

from veille.extract.encoding import (
    BINARY_CONTROL_SHARE,
    TEXT_MAX_CONTROL_SHARE,
    decode_bytes,
    looks_binary,
)
from veille.extract.stage import TEXT, ExtractStage
from veille.extract.terminal import strip_terminal
from veille.record import Article, RawInput

BODY = ("Le conseil municipal a adopté mardi soir le budget de la ville pour l'année "
        "prochaine, après un long débat sur les investissements dans les écoles.\n\n"
        "L'opposition a voté contre, jugeant les hausses d'impôts trop fortes pour les "
        "ménages modestes de la commune, selon son porte-parole.\n\n"
        "Le maire a défendu un budget « responsable » qui maintient les services publics "
        "sans recourir à l'emprunt, a-t-il déclaré à la presse après la séance.\n")


def _extract(data: bytes) -> Article:
    return ExtractStage()(Article(raw=RawInput(data, "capture.txt", TEXT)))


def test_escape_sequences_in_the_title_line_leave_the_title() -> None:
    # A headline about the body: a short line none of whose words the text uses is a
    # label, no headline (extract/furniture_title.py; f-extract20).
    data = ("\x1b[2J \x1b]0;HACK\x07 Budget municipal : séquences\n\n" + BODY).encode()
    content = _extract(data).content
    assert content is not None
    assert content.title == "Budget municipal : séquences"
    assert not any(c in content.title for c in "\x1b\x07[]")


def test_a_stray_nul_is_dropped_not_a_binary_file() -> None:
    data = ("Le budget est voté\n\n" + BODY).encode()
    data = data[:200] + b"\x00" + data[200:]
    content = _extract(data).content
    assert content is not None and content.title == "Le budget est voté"
    assert "\x00" not in "".join(content.paragraphs)


def test_nuls_past_the_text_share_are_still_binary() -> None:
    data = BODY.encode() + b"\x00" * int(len(BODY.encode()) * TEXT_MAX_CONTROL_SHARE * 2)
    assert looks_binary(data)


def test_some_nuls_after_prose_are_noise_not_binary() -> None:
    data = BODY.encode() + b"\x00" * int(len(BODY.encode()) * BINARY_CONTROL_SHARE * 3)
    assert not looks_binary(data)


@given(st.text(alphabet=st.characters(codec="utf-8"), max_size=300))
def test_stripping_leaves_no_control_and_keeps_plain_text(text: str) -> None:
    out = strip_terminal(text)
    assert not any((ord(c) < 32 and c not in "\t\n\r") or 0x7f <= ord(c) <= 0x9f for c in out)
    plain = "".join(c for c in text if ord(c) >= 32 and not 0x7f <= ord(c) <= 0x9f
                    or c in "\t\n\r")
    if plain == text:
        assert out == text


@given(st.lists(st.sampled_from(["\x1b[31m", "\x1b[0m", "\x1b]0;x\x07", "\x1b]8;;u\x1b\\",
                                 "\x07", "\x00", "\x9b2J"]), max_size=6),
       st.text(alphabet=st.characters(min_codepoint=0x20, max_codepoint=0x7e,
                                      exclude_characters="\x7f"), max_size=50))
def test_sequences_go_and_the_words_stay(noise: list[str], words: str) -> None:
    mixed = "".join(noise) + words
    assert strip_terminal(mixed) == words


def test_a_few_nuls_decode_as_text() -> None:
    data = ("Le budget est voté. " * 40).encode()
    decoded = decode_bytes(data[:50] + b"\x00\x00" + data[50:])
    assert "\x00" not in decoded.text and decoded.text.startswith("Le budget est voté.")


def test_bidi_overrides_leave_a_stored_headline_as_it_reads() -> None:
    """t-reader21 R16: a title holding U+202E ("RIGHT-TO-LEFT OVERRIDE") was stored and
    shown reversed in the browser ("edirrevo LTR ertiT"): the overrides go at extraction,
    the words stay; right-to-left text's isolates and marks are kept."""
    data = ("\u202eTitre RTL override\u202c et la suite\n\n" + BODY
            + "\nLe quartier \u2067\u0627\u0644\u0633\u0644\u0627\u0645\u2069 a voté.\n").encode()
    content = _extract(data).content
    assert content is not None
    # the PDF (U+202C) its override opened goes too: unbalanced (t-reader22 R11)
    assert content.title == "Titre RTL override et la suite"
    text = "".join(content.paragraphs)
    assert "\u202e" not in text and "\u202d" not in text
    assert "\u2067\u0627\u0644\u0633\u0644\u0627\u0645\u2069" in text
