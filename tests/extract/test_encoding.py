"""Bytes to text: BOMs, legacy code pages given as UTF-8, mojibake, binary data."""

from __future__ import annotations

import codecs
import os

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from veille.errors import InputError
from veille.extract.encoding import decode_bytes, looks_binary

FRENCH = ("L'été dernier, à Montréal, les élèves ont célébré la fête de fin d'année. "
          "« Ça a été génial », a dit Françoise, qui a reçu 3 000 € pour l'œuvre.")
LATIN1 = FRENCH.replace("€", "euros").replace("œ", "oe")


def assert_clean(text: str, expected: str) -> None:
    assert text == expected
    assert "\ufffd" not in text and "Ã" not in text


def test_utf8_is_read_as_is() -> None:
    decoded = decode_bytes(FRENCH.encode("utf-8"))
    assert_clean(decoded.text, FRENCH)
    assert decoded.encoding == "utf-8" and not decoded.repaired


def test_cp1252_given_as_utf8_is_decoded() -> None:
    decoded = decode_bytes(FRENCH.encode("cp1252"))
    assert_clean(decoded.text, FRENCH)
    assert decoded.encoding.startswith("cp1252")


def test_latin1_given_as_utf8_is_decoded() -> None:
    assert_clean(decode_bytes(LATIN1.encode("latin-1")).text, LATIN1)


def test_cp1252_typographic_punctuation() -> None:
    text = "Il a dit “bonjour” – c’est l’été… et Noël approche, a-t-il ajouté."
    assert_clean(decode_bytes(text.encode("cp1252")).text, text)


@pytest.mark.parametrize("text", ["Café", "été", "naïve", "Œuvre", "Le café de la gare",
                                  "Élection à Besançon", "Grève très suivie", "forêt",
                                  "Zürich et Genève", "a ont à à à Besançon.",
                                  "à la forêt", "« Non », dit-il."])
def test_short_cp1252_text_is_not_read_as_a_cyrillic_or_asian_code_page(text: str) -> None:
    """Regression: the detector read short cp1252 text as cp1251 ("Cafй") or shift_jis."""
    assert_clean(decode_bytes(text.encode("cp1252")).text, text)


@pytest.mark.parametrize("text,encoding", [
    ("Президент России заявил в четверг, что переговоры продолжатся на следующей неделе.",
     "cp1251"),
    ("Президент России заявил в четверг, что переговоры продолжатся на следующей неделе.",
     "koi8_r"),
    ("東京都は木曜日、新しい交通計画を発表した。NHKによると、計画は来年から実施される予定だ。",
     "shift_jis"),
    ("中国国家统计局周四公布的数据显示，第三季度经济增长速度有所放缓。", "gb18030"),
    ("Apple представила новый iPhone в Купертино во вторник вечером.", "cp1251"),
    ("Appleは新しいiPhoneを発表した。", "shift_jis"),
    ("NHKによると、トヨタは来年EVを発売する。", "shift_jis"),
    ("東京都は木曜日、新しい交通計画を発表した。", "euc_jp"),
    ("서울시는 목요일 새로운 교통 계획을 발표했다.", "euc_kr"),
    ("台北市政府週四公布新的交通計畫。", "big5"),
])
def test_real_non_latin_code_pages_are_still_detected(text: str, encoding: str) -> None:
    assert decode_bytes(text.encode(encoding)).text == text


@pytest.mark.parametrize("bom,codec", [(codecs.BOM_UTF8, "utf-8"),
                                       (codecs.BOM_UTF16_LE, "utf-16-le"),
                                       (codecs.BOM_UTF16_BE, "utf-16-be")])
def test_byte_order_mark_is_honoured_and_removed(bom: bytes, codec: str) -> None:
    decoded = decode_bytes(bom + FRENCH.encode(codec))
    assert_clean(decoded.text, FRENCH)
    assert not decoded.text.startswith("\ufeff")
    assert "BOM" in decoded.encoding


def test_mojibake_is_repaired() -> None:
    mojibake = FRENCH.encode("utf-8").decode("cp1252").encode("utf-8")
    assert "Ã©" in mojibake.decode("utf-8")
    decoded = decode_bytes(mojibake)
    assert_clean(decoded.text, FRENCH)
    assert decoded.repaired and "mojibake" in decoded.encoding


def test_mojibake_behind_a_bom_is_repaired() -> None:
    mojibake = codecs.BOM_UTF8 + FRENCH.encode("utf-8").decode("cp1252").encode("utf-8")
    assert_clean(decode_bytes(mojibake).text, FRENCH)


@pytest.mark.parametrize("text", [
    "SÃO PAULO — A prefeitura anunciou nesta terça-feira um novo plano de obras.",
    "Les supporters de Lisbonne scandaient « NÃO ! » devant le stade.",
])
def test_genuine_text_with_a_marker_letter_is_left_alone(text: str) -> None:
    decoded = decode_bytes(text.encode("utf-8"))
    assert decoded.text == text and not decoded.repaired


@pytest.mark.parametrize("data", [
    b"\x89PNG\r\n\x1a\n\x00\x00\x00\rIHDR\x00\x00\x01\x00",
    b"%PDF-1.7\n\x00\x01\x02\x03 binary stream",
    b"\x00" * 64,
    bytes(range(0, 32)) * 10,
])
def test_binary_data_is_refused(data: bytes) -> None:
    assert looks_binary(data)
    with pytest.raises(InputError) as info:
        decode_bytes(data, origin="image.png")
    assert info.value.reason == "binary"
    assert info.value.one_line().startswith("image.png: binary data")


def test_random_bytes_with_nuls_are_refused() -> None:
    data = os.urandom(4096)[:4000] + b"\x00" + os.urandom(100)
    with pytest.raises(InputError):
        decode_bytes(data)


def test_declared_encoding_is_used_when_the_bytes_are_not_utf8() -> None:
    text = "Привет, мир: это короткий текст."
    assert decode_bytes(text.encode("koi8_r"), declared="koi8_r").text == text


_FRENCH_WORDS = ("été café élève à où déjà crème forêt naïve garçon noël hôpital île pâte "
                 "cœur œuvre Besançon grève très après réélu député l’État Genève façade "
                 "le la les de des un une et pour avec sur dans par est sont a ont "
                 "maire conseil ville projet travaux").split()


@settings(max_examples=200, deadline=None)
@given(st.lists(st.sampled_from(_FRENCH_WORDS), min_size=4, max_size=40),
       st.sampled_from(["cp1252", "utf-8", "mojibake"]))
def test_french_text_in_any_of_its_usual_encodings_reads_back(words: list[str],
                                                               how: str) -> None:
    text = " ".join(words) + " à Besançon."
    data = (text.encode("utf-8").decode("cp1252").encode("utf-8") if how == "mojibake"
            else text.encode(how))
    assert decode_bytes(data).text == text


def test_cp1252_curly_apostrophe_is_not_read_as_iso8859_15() -> None:
    """Regression: the detector proposed iso8859_15, which turned ’ into a C1 control."""
    text = "été déjà déjà crème crème crème été l’État à Besançon."
    assert decode_bytes(text.encode("cp1252")).text == text


def test_repeated_a_grave_in_cp1252_is_not_read_as_cyrillic() -> None:
    """Regression (found by hypothesis): a short cp1252 text of mostly "à" was detected as
    cp1251, giving "а а а Besanзon"; a Cyrillic letter inside a Latin word gives it away."""
    for count in (4, 9, 17):
        text = " ".join(["à"] * count) + " à Besançon."
        assert decode_bytes(text.encode("cp1252")).text == text


def test_real_cyrillic_text_with_a_latin_name_stays_cyrillic() -> None:
    text = ("Правительство объявило о новых мерах поддержки. Министр финансов заявил, что "
            "бюджет на следующий год будет принят в декабре. Компания Renault ответила. ") * 3
    assert decode_bytes(text.encode("cp1251")).text == text
