"""Issue 14 (t-final60 1, h-encoding60): the charset a transport declares wins over
detection, and detection tells the single-byte code pages of Arabic, Cyrillic, Greek,
Hebrew, Turkish and Central European text apart.

An Arabic windows-1256 page in a WARC record (charset only in the record's HTTP header,
no meta) was read as koi8_r Cyrillic; a cp1256 capture given to ``ingest_bytes`` was read
as windows-1252 ("ãÚÇÑß ÚäíÝÉ"). Real WARC files, a real HTTP server, a real SQLite store.
"""

from __future__ import annotations

import codecs
import gzip
from dataclasses import replace
from pathlib import Path

import pytest
from hypothesis import assume, given, settings
from hypothesis import strategies as st

import veille
from sitekit import warc_record
from veille.collect.fetch import FetchPolicy
from veille.collect.netguard import AddressPolicy
from veille.collect.poll import Collector
from veille.collect.testserver import LocalServer, Page, Site
from veille.extract.encoding import STRAY_BYTES_MIN_VALID, _utf8_with_stray_bytes, decode_bytes
from veille.extract.html_encoding import decode_html, decode_input
from veille.ingest import ingest_paths
from veille.settings import Settings
from veille.store.sqlite import SQLiteStore

TEXTS = {  # invented news, one per script (CC0)
    "ar": ("صفاقس: البلدية تفتتح سوقا جديدة للخضر والغلال",
           "افتتحت بلدية صفاقس صباح الأحد سوقا جديدة للخضر والغلال في الحي الغربي للمدينة، "
           "وقال رئيس البلدية كمال الفرجاني إن السوق ستضم مئتي محل تجاري."),
    "ru": ("В Самаре открылась новая станция метро",
           "Новая станция метро открылась в Самаре в воскресенье утром, сообщил глава "
           "городского транспорта Игорь Левченко, по его словам, поезда будут ходить часто."),
    "el": ("Νέο λιμάνι για τα κρουαζιερόπλοια στην Καλαμάτα",
           "Το νέο λιμάνι της Καλαμάτας για τα κρουαζιερόπλοια εγκαινιάστηκε την Κυριακή, "
           "όπως ανακοίνωσε η αντιδήμαρχος Ελένη Σταυροπούλου στους δημοσιογράφους."),
    "he": ("נתניה חונכת ספרייה עירונית חדשה במרכז העיר",
           "עיריית נתניה חנכה ביום ראשון ספרייה עירונית חדשה במרכז העיר, ולדברי ראש העירייה "
           "דורית שמואלי הספרייה תהיה פתוחה גם בשעות הערב."),
    "tr": ("Bursa'da yeni şehir hastanesi hizmete girdi",
           "Bursa'daki yeni şehir hastanesi pazar günü hizmete girdi, başhekim Ayşegül "
           "Kılıçoğlu hastanenin günde iki bin hastaya bakacağını söyledi."),
    "pl": ("Łódź otwiera nowy basen miejski na Bałutach",
           "Nowy basen miejski na łódzkich Bałutach został otwarty w niedzielę, a według "
           "dyrektora ośrodka, Jarosława Więckowskiego, przyjmie on tysiąc osób dziennie."),
    "fr": ("À Épernay, la coopérative rénove ses caves",
           "La coopérative d'Épernay a achevé dimanche la rénovation de ses caves, a "
           "annoncé sa présidente, Hélène Vautrain, après dix-huit mois de travaux."),
}
CODE_PAGES = [("ar", "cp1256"), ("ru", "cp1251"), ("ru", "koi8_r"), ("el", "cp1253"),
              ("el", "iso8859_7"), ("he", "cp1255"), ("tr", "cp1254"), ("pl", "cp1250"),
              ("fr", "cp1252")]


def capture(lang: str) -> str:
    title, body = TEXTS[lang]
    return f"{title}\n\n{body}\n"


def page(lang: str, *, lang_attr: bool) -> str:
    title, body = TEXTS[lang]
    attr = f' lang="{lang}"' if lang_attr else ""
    return (f"<!doctype html><html{attr}><head><title>{title}</title>"
            '<meta property="article:published_time" content="2026-03-08T09:00:00+01:00">'
            f"</head><body><article><h1>{title}</h1><p>{body}</p></article></body></html>")


@pytest.mark.parametrize("lang,codec", CODE_PAGES)
def test_undeclared_legacy_text_is_detected_in_its_own_code_page(lang: str, codec: str) -> None:
    """No declaration: Arabic is not read as windows-1252 or koi8_r, Greek and Hebrew not
    as Cyrillic, Polish and Turkish not as windows-1252; French stays windows-1252."""
    text = capture(lang)
    decoded = decode_bytes(text.encode(codec))
    assert decoded.text == text, decoded.encoding


@pytest.mark.parametrize("lang,codec", [("ar", "cp1256"), ("he", "cp1255"), ("el", "cp1253"),
                                        ("ru", "cp1251"), ("tr", "cp1254")])
def test_the_page_language_keeps_detection_to_its_script(lang: str, codec: str) -> None:
    """``<html lang="ar">`` and no charset anywhere: a code page of the page's language,
    said in the evidence; a reading in another script is never taken."""
    data = page(lang, lang_attr=True).encode(codec)
    decoded = decode_html(data)
    assert TEXTS[lang][0] in decoded.text
    assert "detected" in decoded.encoding


def test_warc_http_header_charset_wins(tmp_path: Path, store: SQLiteStore,
                                       settings: Settings) -> None:
    """t-final60 1: the charset of the response record's HTTP Content-Type is read (it was
    dropped, and the Arabic page detected as koi8_r)."""
    path = tmp_path / "pages.warc.gz"
    records = [("ar", "cp1256", "windows-1256"), ("el", "iso8859_7", "iso-8859-7"),
               ("he", "cp1255", "windows-1255")]
    with path.open("wb") as out:
        for n, (lang, codec, label) in enumerate(records):
            out.write(gzip.compress(warc_record(
                f"https://news.example/{lang}", page(lang, lang_attr=False).encode(codec), n=n,
                content_type=f"text/html; charset={label}")))
    done = ingest_paths(store, [path], settings=settings)
    assert done.new == 3, done.errors
    by_url = {a.url: a for a in store.latest(limit=10)}
    for lang, codec, _label in records:
        article = by_url[f"https://news.example/{lang}"]
        assert article.content is not None
        assert article.content.title == TEXTS[lang][0]
        name = codecs.lookup(codec).name
        assert article.content.evidence["encoding"] == f"{name} (declared in http)"
        assert article.raw.media_type == f"text/html; charset={name}"


def test_fetched_text_capture_charset_wins(store: SQLiteStore, settings: Settings) -> None:
    """A capture served as ``text/plain; charset=windows-1250`` is read in that charset (the
    header was ignored for text captures: windows-1252 "Ł¹" mojibake)."""
    site = Site(pages={"/pl.txt": Page(capture("pl").encode("cp1250"),
                                       "text/plain; charset=windows-1250"),
                       "/ar.txt": Page(capture("ar").encode("cp1256"),
                                       "text/plain; charset=windows-1256")})
    policy = FetchPolicy(timeout=20.0, deadline=30.0, retries=0, delay=0.0, per_host=2,
                         allow=AddressPolicy.parse("127.0.0.1"), backoff=0.01)
    with LocalServer(site) as server:
        summary = Collector(store, settings, policy=replace(policy)).fetch_urls(
            [server.url("/pl.txt"), server.url("/ar.txt")])
    assert summary.ingest.new == 2, summary.ingest.errors
    titles = {a.content.title: a.content.evidence["encoding"]
              for a in store.latest(limit=5) if a.content is not None}
    assert titles == {TEXTS["pl"][0]: "cp1250 (declared in http)",
                      TEXTS["ar"][0]: "cp1256 (declared in http)"}


def test_python_api_ingest_bytes_of_undeclared_captures(tmp_path: Path) -> None:
    """t-final60 1 (pyapi.py): undeclared cp1256 Arabic and koi8-r Russian captures given
    to ``ingest_bytes`` are detected, and the evidence says how."""
    with veille.open(tmp_path / "data") as v:
        summary = v.ingest_bytes([("ar.txt", capture("ar").encode("cp1256")),
                                  ("el.txt", capture("el").encode("cp1253"))],
                                 source="encodings.example")
        assert summary.new == 2
        got = {a.content.title: a.content.evidence["encoding"] for a in v.latest(5)}
    assert got == {TEXTS["ar"][0]: "cp1256 (detected)", TEXTS["el"][0]: "cp1253 (detected)"}


#: (HTTP label, Python codec) of legacy code pages news is served in.
LABELS = [("windows-1256", "cp1256"), ("windows-1251", "cp1251"), ("koi8-r", "koi8_r"),
          ("iso-8859-7", "iso8859_7"), ("windows-1253", "cp1253"), ("windows-1255", "cp1255"),
          ("windows-1254", "cp1254"), ("windows-1250", "cp1250"), ("windows-1252", "cp1252"),
          ("iso-8859-2", "iso8859_2"), ("iso-8859-5", "iso8859_5")]


def _utf8_cut_short(data: bytes, exc: UnicodeDecodeError) -> bool:
    """Whether ``data`` is UTF-8 but for its last character cut short, with at least
    STRAY_BYTES_MIN_VALID UTF-8 characters of more than one byte: read as UTF-8 first
    whatever the declaration (the module's order of trust)."""
    if exc.reason != "unexpected end of data" or exc.end != len(data):
        return False
    try:
        head = data[:exc.start].decode("utf-8")
    except UnicodeDecodeError:
        return False
    return len(head) - len(head.encode("ascii", "ignore")) >= STRAY_BYTES_MIN_VALID


@st.composite
def declared_text(draw: st.DrawFn) -> tuple[str, str, bytes]:
    label, codec = draw(st.sampled_from(LABELS))
    repertoire = [c for c in bytes(range(32, 256)).decode(codec, errors="ignore")
                  if c.isprintable()]
    text = draw(st.text(st.sampled_from([*repertoire, "\n", " "]), min_size=1, max_size=300))
    return label, text, text.encode(codec)


@settings(max_examples=150, deadline=None)
@given(declared_text())
def test_declared_charset_round_trips_exactly(case: tuple[str, str, bytes]) -> None:
    """Any text of a code page, sent with that charset declared (an HTTP header of a page
    or of a text capture), decodes back exactly, whatever a detector would say; bytes that
    are UTF-8 (but for a few) are read as UTF-8 first, by the documented order of trust."""
    label, text, data = case
    try:
        data.decode("utf-8")
        assume(data.isascii())
    except UnicodeDecodeError as exc:
        assume(_utf8_with_stray_bytes(data) is None)
        # UTF-8 cut inside its last character, with enough UTF-8 letters to say so
        assume(not _utf8_cut_short(data, exc))
    assert decode_html(data, content_type=f"text/html; charset={label}").text == text
    assert decode_input(data, f"text/plain; charset={label}").text == text


def test_one_accidental_utf8_pair_does_not_beat_the_declared_charset() -> None:
    """h-dates62 (a random example of the property above): windows-1250 "Â¤Ć" is the bytes
    C2 A4 C6, one valid UTF-8 pair ("¤") and a lead byte cut short; it was read as UTF-8
    cut short, "¤". One pair says nothing against the declared charset; three still do."""
    data = "Â¤Ć".encode("cp1250")
    assert decode_input(data, "text/plain; charset=windows-1250").text == "Â¤Ć"
    cut = "Café, thé, crème, fermé".encode()[:-1]
    assert decode_input(cut, "text/plain; charset=windows-1250").text == "Café, thé, crème, ferm"
