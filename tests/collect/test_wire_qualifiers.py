"""NewsML-G2 and ninjs qualifiers veille ignored (newuser16b C1, C9, C11, C19): the
``description`` role and the ``xml:lang`` of names, ``itemMeta/title`` as the headline's
fallback, ``edNote``/``sig:correction``/``ednote``, and a ninjs composite whose text is in
its associations. Our own items (ANSA, Reuters, Lusa), ingested into a real SQLite store,
plus a Hypothesis property of the language choice."""

from __future__ import annotations

import json
from pathlib import Path

from hypothesis import given
from hypothesis import settings as hsettings
from hypothesis import strategies as st

from veille.extract.wire import extract_newsml, extract_ninjs, wire_article_id
from veille.ingest import IngestSummary, ingest_paths
from veille.settings import Settings
from veille.store.sqlite import SQLiteStore

G2 = "http://iptc.org/std/nar/2006-10-01/"
BODY = ("<inlineXML contenttype='application/xhtml+xml'><html xmlns="
        "'http://www.w3.org/1999/xhtml'><body><p>Il consiglio comunale di Genova ha approvato "
        "ieri sera il piano per il porto, dopo una lunga discussione.</p><p>L'opposizione ha "
        "votato contro e annuncia un ricorso al tribunale amministrativo.</p></body></html>"
        "</inlineXML>")


def _item(guid: str, *, content_meta: str, item_meta: str = "", lang: str = "it") -> str:
    return (f"<?xml version='1.0' encoding='UTF-8'?>"
            f"<newsItem xmlns='{G2}' guid='{guid}' version='2' standard='NewsML-G2' "
            f"standardversion='2.29' xml:lang='{lang}'><itemMeta><itemClass qcode='ninat:text'/>"
            "<provider qcode='nprov:ANSA'/><versionCreated>2026-11-30T18:00:00+01:00"
            f"</versionCreated>{item_meta}</itemMeta><contentMeta>{content_meta}</contentMeta>"
            f"<contentSet>{BODY}</contentSet></newsItem>")


def _ingest(store: SQLiteStore, settings: Settings, path: Path, data: str) -> IngestSummary:
    path.write_text(data, encoding="utf-8")
    return ingest_paths(store, [path], settings=settings)


def test_a_caption_description_is_never_the_lead(
        store: SQLiteStore, settings: Settings, tmp_path: Path) -> None:
    meta = ("<headline>Genova, via libera al piano del porto</headline>"
            "<description role='drol:caption'>Gru nel porto di Genova (foto d'archivio)."
            "</description><description role='drol:summary'>Il consiglio comunale approva "
            "il piano.</description>")
    done = _ingest(store, settings, tmp_path / "a.xml", _item("urn:ansa:1", content_meta=meta))
    assert done.new == 1, done.errors
    content = store.get(wire_article_id("urn:ansa:1")).content
    assert content is not None and content.lead == "Il consiglio comunale approva il piano."


def test_a_caption_alone_leaves_the_lead_to_the_text(
        store: SQLiteStore, settings: Settings, tmp_path: Path) -> None:
    meta = ("<headline>Genova, via libera al piano del porto</headline>"
            "<description role='drol:caption'>Gru nel porto di Genova.</description>")
    _ingest(store, settings, tmp_path / "a.xml", _item("urn:ansa:2", content_meta=meta))
    content = store.get(wire_article_id("urn:ansa:2")).content
    assert content is not None and content.lead.startswith("Il consiglio comunale di Genova")


def test_names_and_headlines_come_in_the_items_language(
        store: SQLiteStore, settings: Settings, tmp_path: Path) -> None:
    meta = ("<subject qcode='medtop:11000000'><name xml:lang='en'>politics</name>"
            "<name xml:lang='it'>politica</name></subject>"
            "<subject type='cpnat:geoArea' qcode='geo:Genoa'><name xml:lang='en'>Genoa</name>"
            "<name xml:lang='it-IT'>Genova</name></subject>"
            "<subject qcode='geo:x'><name>Liguria</name></subject>"
            "<headline xml:lang='en'>Genoa approves port plan</headline>"
            "<headline xml:lang='it'>Genova, via libera al piano del porto</headline>")
    _ingest(store, settings, tmp_path / "a.xml", _item("urn:ansa:3", content_meta=meta))
    content = store.get(wire_article_id("urn:ansa:3")).content
    assert content is not None
    assert content.subjects == ["politica", "Genova", "Liguria"]
    assert content.title == "Genova, via libera al piano del porto"


def test_item_meta_title_is_the_headline_fallback(
        store: SQLiteStore, settings: Settings, tmp_path: Path) -> None:
    title = "<title>Genova, piano del porto approvato</title>"
    _ingest(store, settings, tmp_path / "t.xml", _item("urn:ansa:t", content_meta="",
                                                       item_meta=title))
    content = store.get(wire_article_id("urn:ansa:t")).content
    assert content is not None and content.title == "Genova, piano del porto approvato"
    assert "itemMeta/title" in content.evidence["title"]
    empty = extract_newsml(_item("urn:ansa:e", content_meta="<headline/>", item_meta=title
                                 ).encode(), origin="e.xml")
    assert empty.title == "Genova, piano del porto approvato"


def test_a_correction_keeps_its_signal_and_its_note(
        store: SQLiteStore, settings: Settings, tmp_path: Path) -> None:
    item = _item("urn:ansa:4", content_meta="<headline>Genova, piano del porto</headline>",
                 item_meta="<signal qcode='sig:correction'/><edNote>Corregge il nome "
                           "del consigliere al secondo paragrafo</edNote>")
    _ingest(store, settings, tmp_path / "a.xml", item)
    content = store.get(wire_article_id("urn:ansa:4")).content
    assert content is not None
    assert content.evidence["disclosure"] == "corrected"
    assert content.evidence["ed_note"].startswith("Corregge il nome del consigliere")


def test_a_ninjs_ednote_is_kept(store: SQLiteStore, settings: Settings, tmp_path: Path) -> None:
    doc = {"uri": "urn:lusa:9", "type": "text", "language": "pt", "version": "2",
           "headline": "Lisboa aprova orçamento",
           "ednote": "Corrige o valor do orçamento no terceiro parágrafo.",
           "body_text": "A câmara de Lisboa aprovou ontem o orçamento para o próximo ano."}
    _ingest(store, settings, tmp_path / "a.json", json.dumps(doc))
    content = store.get(wire_article_id("urn:lusa:9")).content
    assert content is not None
    assert content.evidence["ed_note"] == "Corrige o valor do orçamento no terceiro parágrafo."


def test_a_ninjs_composite_reads_the_text_of_its_associations(
        store: SQLiteStore, settings: Settings, tmp_path: Path) -> None:
    text = {"uri": "urn:lusa:txt:1", "type": "text",
            "bodies": [{"role": "main", "contenttype": "text/html",
                        "value": "<p>O porto de Sines bateu um recorde de contentores em "
                                 "novembro, segundo a administração portuária.</p><p>O "
                                 "crescimento deve-se às novas linhas para a Ásia.</p>"}]}
    picture = {"uri": "urn:lusa:pic:1", "type": "picture",
               "descriptions": [{"role": "caption", "value": "Navio em Sines. Foto: Lusa"}]}
    doc = {"uri": "urn:lusa:comp:1", "type": "composite", "language": "pt",
           "headlines": [{"role": "main", "value": "Sines bate recorde"}],
           "associations": {"photo": picture, "main": text}}  # ninjs 1.x: an object
    done = _ingest(store, settings, tmp_path / "c.json", json.dumps(doc))
    assert done.new == 1, done.errors
    content = store.get(wire_article_id("urn:lusa:comp:1")).content
    assert content is not None and len(content.paragraphs) == 2
    assert "associations" in content.evidence["body"]
    doc["associations"] = [dict(picture, name="photo"), dict(text, name="main")]  # 2.x
    assert len(extract_ninjs(json.dumps(doc).encode(), origin="c2.json").paragraphs) == 2


def test_a_ninjs_caption_description_is_no_lead(
        store: SQLiteStore, settings: Settings, tmp_path: Path) -> None:
    doc = {"uri": "urn:lusa:10", "type": "text", "language": "pt",
           "headlines": [{"role": "main", "value": "Lisboa aprova orçamento"}],
           "descriptions": [{"role": "caption", "value": "A câmara de Lisboa (arquivo)."}],
           "body_text": "A câmara de Lisboa aprovou ontem o orçamento para o próximo ano."}
    _ingest(store, settings, tmp_path / "a.json", json.dumps(doc))
    content = store.get(wire_article_id("urn:lusa:10")).content
    assert content is not None and content.lead.startswith("A câmara de Lisboa aprovou")


LANGS = st.sampled_from(["fr", "it", "en", "de", "es", "pt", "nl"])
WORDS = st.text(alphabet=st.characters(whitelist_categories=("Lu", "Ll")), min_size=1,
                max_size=12)


@hsettings(max_examples=60, deadline=None)
@given(st.lists(st.tuples(LANGS, WORDS), min_size=1, max_size=5, unique_by=lambda t: t[0]),
       LANGS)
def test_a_subject_name_is_in_the_items_language_when_given(
        names: list[tuple[str, str]], lang: str) -> None:
    xml = "".join(f"<name xml:lang='{code}'>{word}</name>" for code, word in names)
    item = _item("urn:ansa:p", lang=lang, content_meta=(
        f"<headline>Titolo</headline><subject qcode='x:1'>{xml}</subject>"))
    content = extract_newsml(item.encode(), origin="p.xml")
    wanted = dict(names).get(lang, names[0][1])
    assert content.subjects == [wanted]


def test_a_newsml1_file_is_named_as_an_unsupported_format(
        store: SQLiteStore, settings: Settings, tmp_path: Path) -> None:
    data = ("<?xml version='1.0'?><NewsML Version='1.2'><NewsItem><NewsComponent>"
            "<NewsLines><HeadLine>Trieste, sciopero al porto</HeadLine></NewsLines>"
            "</NewsComponent></NewsItem></NewsML>")
    done = _ingest(store, settings, tmp_path / "n.xml", data)
    [problem] = done.problems
    assert problem.message.startswith("NewsML 1.x") and "does not read" in problem.message
    assert "ninjs" in problem.hint
