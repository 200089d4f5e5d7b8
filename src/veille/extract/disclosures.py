"""Editorial disclosures: notes a newsroom prints about how an article was made, not part of
what it reports (newuser5, on the N23 input).

"Cet article a été rédigé avec l'aide d'un outil d'intelligence artificielle et relu par la
rédaction.", "This article was originally published in The Conversation.", "Cet article est
paru dans Le Monde du 3 mars." are page furniture like a paywall or a feedback prompt: they
leave the body (HTML and text captures alike), and the fact is kept in
``evidence["disclosure"]`` (:data:`KINDS`), so that it is not lost.

The test is lexical *and* structural, like the feedback prompts of
:mod:`~veille.extract.chrome_lines`: the block must **open** with the article speaking of
itself ("Cet article", "Ce texte", "This story", "Dieser Artikel"...; an optional "Note :",
"*" or "(" before), then say how it was made, in a block of at most
:data:`MAX_WORDS` words. An article that reports on AI-written news quotes such notes inside
longer sentences or attributes them ("… a écrit le journal"), and does not open a paragraph
with "Cet article a été rédigé …" about itself.

Credits are not disclosures: "Avec AFP" is a byline-shaped credit
(:func:`~veille.extract.textshape.is_byline`), kept in ``evidence["credit"]``.
"""

from __future__ import annotations

import re

from veille.extract.textshape import short_text_cache
from veille.extract.trie_pattern import trie_pattern

MAX_WORDS = 60

#: The article speaking of itself, at the start of the block.
_SELF = (r"^\W{0,3}(?:(?:note|nb|n\.b\.|mention|avertissement|disclaimer|disclosure|"
         r"transparence|hinweis|nota)\s*:?\s*)?"
         r"(?:cet\s+article|ce\s+texte|ce\s+contenu|cette\s+dépêche|cette\s+traduction|"
         r"this\s+(?:article|story|content|report|piece|text)|"
         r"(?:a|an\s+earlier)\s+version\s+of\s+this\s+(?:article|story)|"
         r"dieser\s+(?:artikel|text|beitrag)|este\s+(?:artículo|texto)|"
         r"questo\s+articolo|dit\s+artikel)\b")
_AI = (r"(?:intelligence\s+artificielle|(?-i:\bIA\b|\bAI\b|\bKI\b)|artificial\s+intelligence|"
       r"künstliche[rn]?\s+intelligenz|inteligencia\s+artificial|"
       r"intelligenza\s+artificiale|kunstmatige\s+intelligentie|ChatGPT|"
       r"(?:large\s+)?language\s+models?|modèles?\s+de\s+langage)")
_MADE = (r"(?:rédigé|redige|écrit|ecrit|généré|genere|produit|traduit|réalisé|realise|créé|"
         r"cree|conçu|synthétisé|résumé|assisté|"
         r"written|generated|produced|created|translated|drafted|summari[sz]ed|assisted|"
         r"prepared|"
         r"erstellt|geschrieben|verfasst|übersetzt|generiert|"
         r"redactado|escrito|generado|traducido|scritto|generato|tradotto|geschreven|"
         r"gegenereerd)")
#: An AI-assisted article: the article, a verb of making, then the AI, in one sentence.
_AI_ASSISTED = re.compile(_SELF + rf"[^.!?]{{0,120}}?\b{_MADE}\b[^.!?]{{0,120}}?{_AI}",
                          re.IGNORECASE)
#: A republication: "Cet article est paru dans …", "a été initialement publié dans/sur/par",
#: "est extrait du hors-série …", "This article was originally published in/on/by …",
#: "first appeared in …", "A version of this story appeared in …".
_REPUBLISHED = re.compile(
    _SELF + r"[^.!?]{0,60}?\b(?:"
    r"(?:est|a\s+été|était)\s+(?:initialement\s+|originellement\s+|d['’]abord\s+|"
    r"précédemment\s+|également\s+)?(?:paru|parue|publié|publiée|extrait|extraite|issu|"
    r"issue|tiré|tirée)\s+(?:dans|sur|par|de|du|des|en)\b|"
    r"(?:was|is|has\s+been)\s+(?:originally\s+|first\s+|previously\s+|also\s+)?"
    r"(?:published|republished|appeared|adapted|excerpted)\s+(?:in|on|by|from|with)\b|"
    r"(?:originally|first)\s+(?:appeared|ran)\s+(?:in|on)\b|"
    # A translation of another outlet's article (newuser15b X2): "Cet article est une
    # traduction de l'article « … », publié dans « The Guardian »", "a été traduit de".
    r"(?:est|is)\s+(?:une|a)\s+(?:traduction|translation|adaptation)\s+(?:de|d['’]|of|from)|"
    r"(?:a\s+été|was|has\s+been)\s+(?:traduit|translated)\s+(?:de|d['’]|from)\b|"
    r"ist\s+eine\s+übersetzung\b|"
    r"appeared\s+(?:in|on)\b|"
    r"(?:ist|wurde)\s+(?:zuerst|ursprünglich)\s+(?:in|auf|bei)\b|"
    r"(?:se\s+publicó|fue\s+publicado)\s+(?:originalmente\s+)?en\b|"
    r"(?:è\s+stato\s+pubblicato|è\s+uscito)\s+(?:originariamente\s+)?(?:su|in)\b)",
    re.IGNORECASE)
#: A correction note: a correction's label, then the note speaks of the article or of its
#: earlier version ("Rectificatif : dans une première version de cet article, nous
#: indiquions…", "Correction: An earlier version of this story misstated…"), or the article
#: says it was corrected ("Cet article a été corrigé le…"; newuser13 h2-C15). A headline
#: "Rectificatif : l'usine ne fermera pas" speaks of no article: it stays.
_CORRECTION_LABEL = (r"^\W{0,3}(?:rectificatif|rectification|correctif|correction|corrections|"
                     r"erratum|errata(?:\s+corrige)?|précision|mise\s+au\s+point|"
                     r"berichtigung|korrektur|richtigstellung|fe\s+de\s+err\w+|"
                     r"rettifica|corrección|aclaración)\s*:")
_THIS_ARTICLE = (r"(?:cet\s+article|ce\s+texte|cette\s+dépêche|"
                 r"(?:une|la|sa|notre)\s+(?:première|précédente|ancienne)\s+version|"
                 r"notre\s+(?:édition|article)|"
                 r"this\s+(?:article|story|report)|an?\s+(?:earlier|previous)\s+version|"
                 r"dieser\s+(?:artikel|text|beitrag)|este\s+artículo|questo\s+articolo)")
_CORRECTED = re.compile(
    _CORRECTION_LABEL + r"[^\n]{0,200}?\b" + _THIS_ARTICLE + "|"
    + _SELF + r"[^.!?]{0,40}?\b(?:a\s+été|has\s+been|was|wurde)\s+(?:\w+\s+){0,2}?"
    r"(?:corrigé|rectifié|modifié|corrected|amended|berichtigt|korrigiert)\b",
    re.IGNORECASE)
_LABEL_START = re.compile(_CORRECTION_LABEL, re.IGNORECASE)
#: An opinion piece's disclaimer: "Les opinions exprimées n'engagent que leur auteur.",
#: "Cette tribune n'engage que son auteur.", "Les tribunes publiées par X n'engagent que
#: leurs auteurs.", "The views expressed in this article are those
#: of the author" (newuser13 a-C14): the outlet's furniture under every op-ed.
_OPINION = re.compile(
    r"^\W{0,3}(?:(?:les\s+)?(?:opinions|propos|idées|analyses|points\s+de\s+vue|"
    # "Les tribunes publiées par L'Opinion n'engagent que leurs auteurs." (newuser17b X8)
    r"positions|tribunes|textes|contributions|chroniques|billets)\s+"
    r"(?:[\w'’]+\s+){0,6}?n['’]engagent\s+que\s+(?:leur|leurs|son|ses)\s+"
    r"(?:auteur|autrice|signataire|rédact)|"
    r"(?:cette|cet|ce)\s+(?:tribune|texte|article|contenu|chronique|billet|point\s+de\s+vue|"
    r"opinion|éditorial|courrier|lettre)\s+(?:\w+\s+){0,4}?n['’]engage\s+que\s+"
    r"(?:son|ses|leur|leurs)\s+(?:auteur|autrice|signataire|rédact)|"
    r"(?:the\s+)?(?:views|opinions)\s+expressed\s+(?:\w+\s+){0,6}?(?:are|is)\s+"
    r"(?:solely\s+|entirely\s+)?(?:those\s+of\s+the\s+(?:author|writer)|"
    r"the\s+(?:author|writer)['’]s)|"
    r"(?:the\s+)?(?:views|opinions)\s+expressed\s+(?:\w+\s+){0,6}?do\s+not\s+"
    r"necessarily\s+reflect)",
    re.IGNORECASE)
#: Disclaimers are short: a longer block quoting one is an article about it.
OPINION_WORDS = 40
#: The same note without "Cet article est": a label and a participle ("Article paru à
#: l'origine dans El País le 24 novembre 2026.", "Publié initialement sur …", "Originally
#: published in …"), or a translator's credit alone ("Traduit de l'espagnol par Isabelle
#: Taillandier.", "Translated from the German by …"): Courrier international's notes
#: (verify16 Z6). The participle needs its "à l'origine"/"initialement" (a study
#: "publiée dans The Lancet" opening a paragraph is news), the translator's credit its
#: "par"/"by" and a block of at most TRANSLATOR_WORDS words.
_ELLIPTIC = re.compile(
    r"^\W{0,3}(?:(?:article|texte|story|article\s+originally)\s+)?(?:"
    r"(?:paru|parue|publié|publiée)\s+(?:à\s+l['’]origine|initialement|originellement|"
    r"d['’]abord|en\s+premier|pour\s+la\s+première\s+fois)\s+(?:dans|sur|par|en)\b|"
    r"(?:originally|first)\s+(?:published|appeared|ran)\s+(?:in|on|by)\b)"
    # "First Published on Nov 20, 2019" is a date line, not a note.
    r"(?!\s*(?:le\s+)?(?:\d|(?:jan|feb|fév|mar|apr|avr|may|mai|jun|juin|jul|juil|aug|août|sep|"
    r"oct|nov|dec|déc|mon|tue|wed|thu|fri|sat|sun|lun|mar|mer|jeu|ven|sam|dim)))",
    re.IGNORECASE)
_TRANSLATOR = re.compile(
    r"^\W{0,3}(?:traduit|traduction|translated|übersetzt|traducido)\s+(?:de\s+l['’]|du\s+|"
    r"de\s+|from\s+(?:the\s+)?|aus\s+dem\s+|del\s+)[^\W\d]+\s+(?:par|by|von|por)\s",
    re.IGNORECASE)
TRANSLATOR_WORDS = 20
#: What each kind is called in ``evidence["disclosure"]``.
KINDS = ("ai-assisted", "republished", "corrected", "opinion")
_CUES = ("article", "texte", "text", "contenu", "content", "story", "dépêche", "version",
         "report", "piece", "traduction", "artikel", "beitrag", "artículo", "articolo")
_CUE = re.compile(trie_pattern(_CUES))
"""Any of :data:`_CUES` (one scan of the trie, not one substring search each)."""


@short_text_cache
def disclosure(text: str) -> str:
    """The kind of editorial disclosure ``text`` is (one of :data:`KINDS`), or "" when it
    is none: a block of at most :data:`MAX_WORDS` words that opens with the article
    speaking of itself and says it was made with AI ("ai-assisted") or first published
    elsewhere ("republished"), or a correction note about the article ("corrected"), or an
    opinion piece's disclaimer ("Les opinions exprimées n'engagent que leur auteur.",
    "opinion", at most :data:`OPINION_WORDS` words). Cached (short texts): the HTML sieve,
    :func:`disclosed` and :func:`first_reported` ask it of the same blocks (on AEB, half of
    its calls were of a text asked before; issue 13)."""
    if len(text) > 600:
        return ""
    lowered = text[:80].lower()
    if (("engag" in lowered or "expressed" in lowered)
            and len(text.split()) <= OPINION_WORDS and _OPINION.match(text)):
        return "opinion"
    if _ELLIPTIC.match(text) or (len(text.split()) <= TRANSLATOR_WORDS
                                 and _TRANSLATOR.match(text)):
        return "republished"
    labelled = bool(_LABEL_START.match(lowered))
    if not (labelled or _CUE.search(lowered)) or len(text.split()) > MAX_WORDS:
        return ""
    if _AI_ASSISTED.search(text):
        return "ai-assisted"
    if _REPUBLISHED.search(text):
        return "republished"
    if _CORRECTED.match(text):
        return "corrected"
    return ""


#: What a correction printed as its own item says of the error, in its first paragraph:
#: an earlier publication, an error, a wrong statement (fr/en/es/it/de). A closed class,
#: compiled by hand from the correction formulas newsrooms print under a "Rectificatif :",
#: "Erratum :", "Correction:", "Fe de erratas:", "Errata corrige:", "Berichtigung:" label
#: (Le Monde's and Ouest-France's rectificatifs, the AP Stylebook's "Corrections" entry,
#: El País's "Fe de errores", the Corriere's "Errata corrige", the Deutscher Presserat's
#: Richtlinie 3.1 "Richtigstellung"), the words the note opens with.
_ERROR_SAID = re.compile(
    r"\b(?:erreur|erron[ée]|par\s+erreur|à\s+tort|contrairement\s+à\s+ce\s+que|"
    r"nous\s+avons\s+(?:écrit|indiqué|annoncé|publié)|nous\s+indiquions|"
    r"(?:notre|nos)\s+(?:édition|article|dépêche|papier|page)s?|"
    r"error|erroneous\w*|wrongly|incorrect\w*|misstated|mistaken\w*|in\s+error|"
    r"we\s+(?:reported|stated|said|wrote)|(?:an?|our)\s+(?:article|report|story|edition)|"
    r"errónea\w*|por\s+error|equivoca\w*|(?:nuestra|nuestro)\s+(?:edición|artículo|noticia)|"
    r"publicamos|erronea\w*|per\s+errore|errore|abbiamo\s+(?:scritto|indicato|pubblicato)|"
    r"nell['’]\s*(?:edizione|articolo)|(?:nostra|nostro)\s+(?:edizione|articolo)|"
    r"irrtümlich\w*|fälschlich\w*|fehler\w*|anders\s+als|(?:unserer|unsere)\s+"
    r"(?:ausgabe|artikel|bericht\w*)|berichtet(?:en)?\s+(?:wir|hatten))",
    re.IGNORECASE)


def headline_correction(title: str, paragraphs: list[str]) -> bool:
    """Whether an item is itself a correction: its headline opens on a correction's label
    ("Erratum : le marché de Noël ouvre le 28 novembre", "Correction: …", "Fe de erratas:
    …", "Errata corrige: …", "Berichtigung: …") and its first paragraph speaks of the error
    or of the earlier publication (:data:`_ERROR_SAID`: "Contrairement à ce que nous avons
    écrit dans notre édition du 25 novembre", "we wrongly stated"); t-final49 A8. A headline
    "Rectificatif : l'usine ne fermera pas" over news that says no error is news."""
    if not title or not paragraphs or not _LABEL_START.match(title.strip().lower()):
        return False
    return bool(_ERROR_SAID.search(paragraphs[0][:600]))


def with_headline(notes: str, title: str | None, paragraphs: list[str]) -> str:
    """``notes`` (:func:`disclosed`'s answer) with "corrected" added, in :data:`KINDS`
    order, when the item is a correction by its headline (:func:`headline_correction`)."""
    if not headline_correction(title or "", paragraphs):
        return notes
    found = {*filter(None, notes.split(", ")), "corrected"}
    return ", ".join(kind for kind in KINDS if kind in found)


def disclosed(texts: list[str]) -> str:
    """The kinds of disclosure among ``texts``, in :data:`KINDS` order, joined by ", "
    (what ``evidence["disclosure"]`` holds; "" when none)."""
    found = {disclosure(text) for text in texts}
    return ", ".join(kind for kind in KINDS if kind in found)


def first_reported(paragraphs: list[str]) -> int:
    """Index of the first of ``paragraphs`` that is not a correction note (the lead's
    paragraph: a note about an earlier version is never the lead; newuser13 h2-C15), or -1
    when all are."""
    for at, text in enumerate(paragraphs):
        if disclosure(text) != "corrected":
            return at
    return -1
