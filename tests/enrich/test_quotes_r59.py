"""Quote faults of issue 16 read by r-quotes59: a verb of saying after a fronted
adverbial ("Danach sagte er: „", "Anschließend erklärte sie:", "Poi ha aggiunto: «",
"Then he added:") has the subject after it, before it, or a dropped one, never the
adverbial; a German office before a name in close apposition ("Die Klinikdirektorin
Martina Oswald") gives the name; an Arabic role of the UN or a government before a name
no given-name list holds ("وقال المفوض العام للوكالة كريستيان ماير في بيان: …") gives the
name, with or without the colon, and a role's complement of place before the name ("في
لبنان سارة وليامز") is no adjunct; the alias table finds an Arabic organisation's name
("أونروا", "الأونروا") in a text with no capitals."""

from __future__ import annotations

from pathlib import Path

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st
from tests.enrich.conftest import enrich_through_cli

from veille.enrich.arabic_speakers import arabic_speaker
from veille.enrich.german_speech import titled_german_name
from veille.enrich.quotes import _is_verb, find_quotes
from veille.enrich.speaker_fronted import ADVERBS, fronted_subject


def _speakers(text: str) -> list[str]:
    return [q.speaker for q in find_quotes(text)]


@pytest.mark.parametrize(("text", "speaker"), [
    ("Görlitz baut.\n\nBaubürgermeister Jonas Reinhardt stellte die Entwürfe vor. Danach "
     "sagte er: „Die neue Brücke wird im Herbst 2028 fertig sein.“", "Jonas Reinhardt"),
    ("Jena baut.\n\nDie Klinikdirektorin Martina Oswald führte die Gäste durch die "
     "Baustelle. Anschließend erklärte sie: „Wir werden vierzig neue Betten haben.“",
     "Martina Oswald"),
    ("Görlitz baut.\n\nDer Stadtrat tagte. Am Freitag sagte der Landrat Klaus Weber: „Die "
     "neue Brücke wird im Herbst fertig sein.“", "Klaus Weber"),
    ("Trento.\n\nL'assessora allo sport Valentina Bortoli ha presentato il progetto sabato. "
     "Poi ha aggiunto: «La vasca sarà aperta anche alle scuole.»", "Valentina Bortoli"),
    ("Trento.\n\nL'assessora allo sport Valentina Bortoli ha presentato il progetto sabato. "
     "Ha aggiunto: «La vasca sarà aperta anche alle scuole.»", "Valentina Bortoli"),
    ("Aveiro.\n\nA vereadora Catarina Moura visitou o mercado. Depois acrescentou: "
     "\"Nenhuma banca vai fechar durante as obras.\"", "Catarina Moura"),
    ("Aveiro.\n\nA vereadora Catarina Moura visitou o mercado. Em seguida, afirmou: "
     "\"Nenhuma banca vai fechar durante as obras.\"", "Catarina Moura"),
    ("Lorca.\n\nEl concejal Andrés Molina visitó el mercado. Después añadió: \"Ningún "
     "puesto cerrará durante las obras.\"", "Andrés Molina"),
    ("Carlisle.\n\nCouncillor Robert Ainsworth opened the meeting. Then he added: \"The "
     "first lane will open next summer.\"", "Robert Ainsworth"),
])
def test_a_fronted_adverbial_is_never_the_speaker(text: str, speaker: str) -> None:
    assert _speakers(text) == [speaker]


@pytest.mark.parametrize("head", ["Müller sagte: ", "Le maire a déclaré : ",
                                  "Il a ajouté : ", "Der Minister erklärte: ",
                                  "Danach sagte er", "Ensuite, le ministre a déclaré : "])
def test_other_introductions_are_not_fronted(head: str) -> None:
    assert fronted_subject(head, _is_verb) is None


@settings(max_examples=200, deadline=None)
@given(st.sampled_from(sorted(ADVERBS)), st.sampled_from(["", ","]),
       st.sampled_from(["sagte", "erklärte", "added", "aggiunto", "afirmou"]),
       st.sampled_from(["", "er", "sie", "der Minister"]))
def test_fronted_subject_reads_its_shape(adverb: str, comma: str, verb: str,
                                         subject: str) -> None:
    head = f"{adverb.capitalize()}{comma} {verb} {subject}".rstrip() + ": "
    found = fronted_subject(head, _is_verb)
    assert found is not None
    assert found[0] == verb and found[1] == subject
    if subject:
        assert head[found[2]:found[3]] == subject
    else:
        assert found[2:] == (-1, -1)


@given(st.text(max_size=80))
def test_fronted_subject_never_raises(head: str) -> None:
    found = fronted_subject(head, _is_verb)
    assert found is None or head[found[2]:found[3]] == found[1] or found[2] == -1


@pytest.mark.parametrize(("speaker", "name"), [
    ("Die Klinikdirektorin Martina Oswald", "Martina Oswald"),
    ("der Landrat Dr. Klaus Weber", "Dr. Klaus Weber"),
    ("Die Deutsche Bahn", None), ("Die Linke", None), ("Martina Oswald", None),
])
def test_a_german_office_titles_a_name(speaker: str, name: str | None) -> None:
    found = titled_german_name(speaker, 10)
    assert (found[0] if found else None) == name
    if found:
        assert found[1] == 10 + speaker.index(name or "")


@pytest.mark.parametrize(("text", "speaker"), [
    ("وقال المفوض العام للوكالة كريستيان ماير في بيان: \"لن نتمكن من دفع الرواتب\".",
     "كريستيان ماير"),
    ("وقال المفوض العام للوكالة فيليب لازاريني في بيان «لن نتمكن من دفع الرواتب».",
     "فيليب لازاريني"),
    ("وقال المنسق الأممي للشؤون الإنسانية توماس برغر في تصريح للصحفيين: \"نحتاج إلى "
     "مساعدة عاجلة\".", "توماس برغر"),
    ("وقالت المنسقة الأممية للشؤون الإنسانية في لبنان سارة وليامز: «نحتاج إلى مساعدة "
     "عاجلة».", "سارة وليامز"),
    ("وقال محافظ الإسكندرية أحمد خالد في مؤتمر صحفي مشترك: «نحتاج إلى مساعدة عاجلة».",
     "أحمد خالد"),
])
def test_an_arabic_role_before_a_name(text: str, speaker: str) -> None:
    opening = min(i for i, c in enumerate(text) if c in "«\"")
    found = arabic_speaker(text, opening + 1)
    assert found is not None and found[0] == speaker
    assert text[found[1]:found[2]] == speaker


def test_through_a_real_store(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    records = [
        {"url": "https://example.org/quotes59/a", "title": "الأونروا تحذر من نقص التمويل",
         "text": "الأونروا تحذر من نقص التمويل\n\nعمّان - حذرت وكالة الأمم المتحدة لإغاثة "
                 "وتشغيل اللاجئين الفلسطينيين (أونروا)، اليوم الأحد، من نقص حاد في التمويل."
                 "\nوقال المفوض العام للوكالة كريستيان ماير في بيان: \"لن نتمكن من دفع "
                 "الرواتب في شهر يناير\".\nوأضاف أن الوكالة تحتاج إلى مئتي مليون دولار.",
         "language": "ar", "date": "2026-12-06T10:30:00+02:00"},
        {"url": "https://example.org/quotes59/b", "title": "Görlitz plant eine Brücke",
         "text": "Görlitz plant eine Brücke\n\nDer Stadtrat hat am Samstag beraten. "
                 "Baubürgermeister Jonas Reinhardt stellte die Entwürfe vor. Danach sagte "
                 "er: „Die neue Brücke wird im Herbst 2028 fertig sein.“",
         "language": "de", "date": "2026-12-06T10:15:00+01:00"},
    ]
    got = enrich_through_cli(tmp_path, records, capsys)
    a, b = got["a"], got["b"]
    assert [q["speaker"] for q in a["quotes"]] == ["كريستيان ماير"], a["quotes"]
    assert "veille:unrwa" in {e["id"] for e in a["entities"]}, a["entities"]
    assert [q["speaker"] for q in b["quotes"]] == ["Jonas Reinhardt"], b["quotes"]


@pytest.mark.parametrize(("text", "speaker"), [
    ("Titre.\n\nLe président lui-même, pourtant orfèvre en la matière, commence à s'agacer "
     "de la ministre.\n« On devrait parler un peu plus des réformes », a-t-il lâché.",
     "président"),
    ("Titre.\n\nLa directrice refuse de commenter. « Nous verrons bien le moment venu », "
     "a-t-elle dit.", "directrice"),
    ("Titre.\n\nL'entourage du président se refuse à faire le moindre lien.\n«Ce serait "
     "une erreur d'interprétation totale, argue le conseiller pour la communication du "
     "président, Franck Louvrier. Ce qui se passe là-bas relève d'un malaise social.»",
     "Franck Louvrier"),
])
def test_a_description_before_an_infinitive_and_arguer(text: str, speaker: str) -> None:
    assert _speakers(text) == [speaker]


def test_an_argument_is_no_verb() -> None:
    assert not _is_verb("argument") and _is_verb("argue")


@pytest.mark.parametrize(("text", "speaker"), [
    ("Titre.\n\nL'air sombre au début de l'exercice, l'ancienne rivale du président élu a "
     "fait mention de sa détermination : «Les habitants n'ont pas peur de dire ce qu'ils "
     "pensent.»", "ancienne rivale du président élu"),
    ("Titre.\n\nLa voix brisée, la mère de la victime a raconté : « Il ne rentrait jamais "
     "après minuit. »", "mère de la victime"),
])
def test_an_absolute_phrase_of_manner_is_no_speaker(text: str, speaker: str) -> None:
    assert _speakers(text) == [speaker]
