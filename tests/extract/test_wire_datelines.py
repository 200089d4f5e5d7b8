"""Agencies' datelines in their own languages (verify12 X5: a Xinhua dateline
"新华社北京12月1日电（记者王伟）" stayed in the lead, its agency and reporter lost).

Our own dispatches, other agencies, places and reporters than the testers' files, in the
house style of each agency (extract/wire_datelines.py): the dateline leaves the lead, the
agency is credited, the reporter it names is the author."""

from __future__ import annotations

import time
from datetime import UTC, datetime

import pytest
from hypothesis import given
from hypothesis import strategies as st

from veille.extract.bylines import is_agency
from veille.extract.datelines import opening_credit, without_opening
from veille.extract.html import extract_html
from veille.extract.text_capture import extract_text_capture
from veille.extract.wire_datelines import wire_dateline

NOW = datetime(2026, 12, 1, 21, tzinfo=UTC)

#: (paragraph, agency as written, reporters, the text after the dateline starts with)
FORMS = [
    ("新华社上海11月30日电（记者李明）上海市政府30日宣布，地铁将延长运营时间。",
     "新华社", ("李明",), "上海市政府"),
    ("新华社广州11月30日电（记者张华、刘洋）广东省30日发布寒潮预警。",
     "新华社", ("张华", "刘洋"), "广东省"),
    ("中新社成都11月30日电 (记者 赵强)四川省30日启动冬季供暖。", "中新社", ("赵强",), "四川省"),
    ("中新网11月30日电 据韩国媒体报道，首尔30日迎来初雪。", "中新网", (), "据韩国媒体报道"),
    ("【ソウル共同】韓国政府は30日、新たな対策を発表した。", "共同", (), "韓国政府は"),
    ("【パリ時事】フランス政府は30日、年金改革案を公表した。", "時事", (), "フランス政府は"),
    ("(부산=연합뉴스) 박지훈 기자 = 부산시는 30일 새 교통대책을 발표했다.", "연합뉴스", ("박지훈",),
     "부산시는"),
    ("(도쿄=뉴시스) 최수진 특파원 = 일본 정부는 30일 발표했다.", "뉴시스", ("최수진",),
     "일본 정부는"),
    ("جدة (واس) - أعلنت أمانة المحافظة اليوم عن مشروع جديد للطرق.", "واس", (), "أعلنت"),
    ("دبي - وام أعلنت هيئة الطرق اليوم عن خطة جديدة.", "وام", (), "أعلنت"),
    ("САНКТ-ПЕТЕРБУРГ, 30 ноября. /ТАСС/. Губернатор города провел совещание.", "ТАСС", (),
     "Губернатор"),
    ("ПАРИЖ, 30 ноября. /Корр. ТАСС Анна Смирнова/. Правительство Франции объявило.",
     "ТАСС", ("Анна Смирнова",), "Правительство"),
    ("КАЗАНЬ, 30 ноя — РИА Новости. Власти республики объявили о мерах.", "РИА Новости", (),
     "Власти"),
    ("КАЗАНЬ, 30 ноя — РИА Новости, Ольга Иванова. Власти республики объявили о мерах.",
     "РИА Новости", ("Ольга Иванова",), "Власти"),
    ("BARCELONA, 30 nov (EFE).- La Generalitat anunció este lunes nuevas medidas.", "EFE", (),
     "La Generalitat"),
    ("(ANSA) - MILANO, 30 NOV - La Regione ha approvato il piano neve.", "ANSA", (),
     "La Regione"),
    ("Hamburg (dpa) - Der Senat hat am Montag neue Regeln beschlossen.", "dpa", (), "Der Senat"),
    ("Porto, 30 nov 2026 (Lusa) — A câmara municipal aprovou hoje o orçamento.", "Lusa", (),
     "A câmara"),
    ("İZMİR (AA) - Kentte etkili olan sağanak hayatı olumsuz etkiledi.", "AA", (), "Kentte"),
]


@pytest.mark.parametrize("text,agency,reporters,rest", FORMS)
def test_an_agencys_own_dateline(text: str, agency: str, reporters: tuple[str, ...],
                                 rest: str) -> None:
    found = wire_dateline(text)
    assert found is not None
    assert opening_credit(text) == agency
    assert (found.credit, found.authors) == (agency, reporters)
    assert text[found.end:].startswith(rest)
    assert without_opening(text, zone=UTC, now=NOW).startswith(rest)


@pytest.mark.parametrize("text", [
    "Le gouvernement (Belga) - a confirmé mardi la réforme.",  # prose, not a place
    "МОСКВА, 30 ноября. /Пресс-служба мэрии/. Мэр провел совещание.",  # no agency
    "新华社记者李明摄",  # a photo credit, no dispatch mark
    "上海市政府30日宣布，新华社将报道此事。",  # the name inside prose
    "(서울=연합뉴스)",  # a credit and nothing after it
    "Selon TASS, le président a parlé mardi à Moscou.",
    "Agence France-Presse (AFP): l'agence a annoncé mardi un nouveau directeur.",
])
def test_no_dateline(text: str) -> None:
    assert wire_dateline(text) is None


def _page(first: str, lang: str = "zh") -> str:
    return (f"<!doctype html><html lang='{lang}'><head><meta charset='utf-8'><title>上海地铁延长"
            "运营时间</title></head><body><article><h1>上海地铁延长运营时间</h1>"
            "<p class='date'>2026-11-30 18:20</p>"
            f"<p>{first}</p><p>市交通委表示，此举将方便市民夜间出行，各线路末班车将推迟一小时。</p>"
            "<p>新的时刻表将于下月起实施。</p></article></body></html>")


def test_a_xinhua_dateline_in_a_page() -> None:
    content = extract_html(_page(FORMS[0][0]), url="https://news.example.cn/a/1.html",
                           fetched_at=NOW)
    assert content.authors == ["李明"]
    assert content.evidence["credit"] == "新华社"
    assert content.lead.startswith("上海市政府30日宣布")
    assert content.paragraphs[0].startswith("新华社上海")  # the text keeps it


def test_a_byline_element_wins_over_the_datelines_reporter() -> None:
    page = _page(FORMS[0][0]).replace("<p class='date'>", "<div class='byline'>记者 周杰</div>"
                                      "<p class='date'>")
    content = extract_html(page, url="https://news.example.cn/a/2.html", fetched_at=NOW)
    assert content.authors == ["周杰"]
    assert content.evidence["credit"] == "新华社"


def test_a_belga_dateline_leaves_the_lead_of_a_page() -> None:
    """The same rule for the French forms: HTML leads now start after the dash, as text
    captures' do (docs/extraction.md)."""
    page = ("<html lang='fr'><head><title>Le budget adopté</title></head><body><article>"
            "<h1>Le budget adopté</h1><p>NAMUR (Belga) - Le gouvernement wallon a adopté "
            "mardi son budget pour l'année prochaine après de longues négociations.</p>"
            "<p>L'opposition a dénoncé des mesures injustes pour les familles modestes.</p>"
            "</article></body></html>")
    content = extract_html(page, url="https://www.lesoir.example/a/1", fetched_at=NOW)
    assert content.lead.startswith("Le gouvernement wallon")
    assert content.evidence["credit"] == "Belga"


def test_a_yonhap_dateline_in_a_capture() -> None:
    text = ("부산 지하철 운행 시간 연장\n\n2026년 11월 30일 오후 6:20\n\n"
            f"{FORMS[6][0]} 시민들의 야간 이동 편의를 위한 조치다.\n\n"
            "시는 다음 달부터 새 시간표를 적용한다고 밝혔다. 막차 시간은 한 시간 늦춰진다.\n\n"
            "시민단체는 환영의 뜻을 밝혔다. 다만 인력 확충이 필요하다는 지적도 나왔다.\n")
    result = extract_text_capture(text, fetched_at=NOW)
    assert result.authors == ["박지훈"]
    assert result.evidence["credit"] == "연합뉴스"
    assert result.first_words().startswith("부산시는")


@given(st.text(alphabet="新华社电月日（）()记者王1【】共同=서울연합뉴스기자 -—/ТАСС.,МОСКВА",
               max_size=300))
def test_never_raises_and_credits_only_agencies(text: str) -> None:
    found = wire_dateline(text)
    if found is not None:
        assert is_agency(found.credit)
        assert 0 < found.end <= len(text)


@pytest.mark.parametrize("unit", ["МОСКВА ", "A-", "新华社北京", "(서울=", "الرياض ", "a. ",
                                  "/ТАСС", " " * 4, "1月1日", "Ciudad de EFE ", "de la (EFE) ",
                                  "A-de-", "d'EFE "])
def test_time_does_not_grow_with_the_text(unit: str) -> None:
    """Every shape is anchored and bounded: 100 KB of a repeated dateline piece costs no more
    than 1 KB of it. A complexity check, not a speed goal: each cost is the least of three
    rounds, so a round the machine preempted (a busy CI host) does not count; a quadratic
    scan would cost ~10,000 times more, a linear one ~100 times."""
    def cost(n: int) -> float:
        text = unit * (n // len(unit))
        rounds = []
        for _ in range(3):
            start = time.perf_counter()
            for _ in range(20):
                wire_dateline(text)
            rounds.append(time.perf_counter() - start)
        return min(rounds)

    assert cost(100_000) < 10 * cost(1_000) + 0.05


def test_an_efe_dateline_dates_the_page() -> None:
    """EFE's "(EFE).-": the dot before the dash ended no dated dateline (datelines.py)."""
    page = ("<html lang='es'><head><title>Nuevas medidas contra la sequía</title></head><body>"
            "<article><h1>Nuevas medidas contra la sequía</h1><p>BARCELONA, 30 nov 2026 "
            "(EFE).- La Generalitat anunció este lunes nuevas medidas contra la sequía en "
            "toda Cataluña.</p><p>El plan entrará en vigor el próximo mes, según el "
            "Gobierno catalán.</p></article></body></html>")
    content = extract_html(page, url="https://www.diario.example/a/1", fetched_at=NOW)
    assert content.published is not None and content.published.date().isoformat() == "2026-11-30"
    assert content.evidence["credit"] == "EFE"
    assert content.lead.startswith("La Generalitat")


#: verify13 V2: places whose names hold a lower-case particle (our own cities, the
#: agencies' house styles): (paragraph, agency, the text after the dateline starts with).
PARTICLE_PLACES = [
    ("Santa Cruz de Tenerife, 30 nov (EFE).- El Cabildo aprobó este lunes el presupuesto.",
     "EFE", "El Cabildo"),
    ("Las Palmas de Gran Canaria, 30 nov (EFE).- El puerto recibió un récord de cruceros.",
     "EFE", "El puerto"),
    ("San Juan de los Morros, 30 nov (EFE).- Las lluvias dejaron daños en la región.",
     "EFE", "Las lluvias"),
    ("Belo Horizonte do Sul, 30 nov 2026 (Lusa) — A prefeitura anunciou hoje obras.",
     "Lusa", "A prefeitura"),
    ("Vila Nova de Gaia, 30 nov 2026 (Lusa) — A câmara aprovou hoje o plano.", "Lusa",
     "A câmara"),
    ("Frankfurt am Main (dpa) - Die Stadt hat am Montag neue Regeln beschlossen.", "dpa",
     "Die Stadt"),
    ("Neustadt an der Weinstraße (dpa) - Der Stadtrat hat am Montag getagt.", "dpa",
     "Der Stadtrat"),
    ("Sesto San Giovanni, 30 nov (ANSA) - Il sindaco ha firmato l'ordinanza.", "ANSA",
     "Il sindaco"),
    ("Castel di Sangro, 30 nov (ANSA) - La neve ha bloccato le strade.", "ANSA", "La neve"),
    ("L'Aquila, 30 nov (ANSA) - La Regione ha approvato il piano neve.", "ANSA", "La Regione"),
    ("Villeneuve-d'Ascq (AFP) - Le maire a présenté mardi son budget.", "AFP", "Le maire"),
    ("Châlons-en-Champagne (AFP) - Le préfet a annoncé mardi des mesures.", "AFP", "Le préfet"),
    ("Saint-Martin-de-Ré (AFP) - Le port a été fermé mardi.", "AFP", "Le port"),
]


@pytest.mark.parametrize("text,agency,rest", PARTICLE_PLACES)
def test_a_place_with_a_particle(text: str, agency: str, rest: str) -> None:
    assert opening_credit(text) == agency
    assert without_opening(text, zone=UTC, now=NOW).startswith(rest)
    found = wire_dateline(text)
    if agency != "AFP":  # AFP's French form is datelines.py's (UNDATED_DATELINE)
        assert found is not None and text[found.end:].startswith(rest)


@pytest.mark.parametrize("text", [
    "La policía informó el lunes (EFE).- Que el sismo no causó daños.",  # prose
    "El gobierno de la ciudad (EFE).- anunció medidas.",  # lower-case words, not particles
    "Madrid de la de la Mancha (EFE).- Texto.",  # a run of particles is no place
    "Ciudad de (EFE).- Texto del despacho.",  # a place ends with a capitalised word
    "de Madrid, 30 nov (EFE).- Texto del despacho.",  # ... and starts with one
    "L'agence a dit (ANSA) - La Regione ha approvato.",
])
def test_lower_case_words_that_are_no_place(text: str) -> None:
    assert wire_dateline(text) is None


def test_a_place_with_a_particle_in_a_page_and_a_capture() -> None:
    """verify13 V2: "Ciudad de México, 1 dic (EFE).-" kept its dateline in the lead, with no
    credit (HTML and text captures)."""
    first = ("Santiago de Compostela, 30 nov (EFE).- La Xunta anunció este lunes un plan "
             "contra los incendios forestales en toda Galicia.")
    page = ("<html lang='es'><head><title>Plan contra los incendios</title></head><body>"
            f"<article><h1>Plan contra los incendios</h1><p>{first}</p><p>El plan entrará en "
            "vigor el próximo mes, según el Gobierno gallego.</p></article></body></html>")
    content = extract_html(page, url="https://www.diario.example/a/2", fetched_at=NOW)
    assert content.evidence["credit"] == "EFE"
    assert content.lead.startswith("La Xunta")
    capture = (f"Plan contra los incendios\n\n{first}\n\nEl plan entrará en vigor el próximo "
               "mes, según el Gobierno gallego. Los bomberos reforzarán sus equipos.\n\n"
               "Las brigadas comenzarán a trabajar en enero en los montes de la comunidad.\n")
    result = extract_text_capture(capture, fetched_at=NOW)
    assert result.evidence["credit"] == "EFE"
    assert result.first_words().startswith("La Xunta")
