"""Short lines of page chrome that the plain shape tests of :mod:`veille.extract.textshape`
miss because a piece of furniture lengthens them.

- A byline followed by the label of its link to the author's page ("Julie Marceau (Accéder
  à la page de l'auteur)", "Jane Doe See all articles by Jane Doe", "Voir ses articles"):
  the label is link text that templates print after the name (Radio-Canada, Le Figaro,
  WordPress themes' "View all posts by"); the rest must be a name.
- A dateline whose times carry a zone abbreviation ("16 h 05 HNE", "14.05 GMT"): the
  abbreviation is part of the time (tz database abbreviations, RFC 822 section 5), not a
  word of prose, so it does not count towards the dateline's length limit.
"""

from __future__ import annotations

import re

from veille.extract.timezones import ZONE_ABBREVIATIONS
from veille.extract.trie_pattern import trie_pattern

#: Link labels that lead to an author's page, at the end of the byline block, in the
#: languages veille serves. "Voir ses articles", "Tous ses articles", "Plus d'articles de
#: X", "See all articles by X", "View all posts by X", "More from X", "Alle Artikel von X",
#: "Ver todos sus artículos", "Accéder à la page de l'auteur".
_AUTHOR_PAGE_LABEL = re.compile(
    r"\(?\s*(?:acc[ée]der\s+[àa]\s+(?:la\s+)?page\s+de\s+l['’]auteur(?:e|rice)?|"
    r"(?:voir|lire)\s+(?:tous\s+)?(?:ses|les)\s+articles(?:\s+de\s+[^()]{1,40})?|"
    r"tous\s+(?:ses|les)\s+articles(?:\s+de\s+[^()]{1,40})?|"
    r"plus\s+d['’]articles\s+de\s+[^()]{1,40}|"
    r"page\s+de\s+l['’]auteur(?:e|rice)?|"
    r"(?:see|view|read)\s+(?:all\s+|more\s+)?(?:articles|stories|posts)\s+(?:by|from)"
    r"(?:\s+[^()]{1,40})?|"
    r"more\s+(?:articles|stories|posts)\s+by(?:\s+this\s+author|\s+[^()]{1,40})|"
    r"(?:view\s+)?author\s+(?:page|profile)|"
    r"alle\s+artikel\s+von(?:\s+[^()]{1,40})?|"
    r"(?:ver\s+)?tod[oa]s\s+(?:sus|los)\s+art[íi]culos(?:\s+de\s+[^()]{1,40})?)"
    r"\s*\)?\s*[.»>→]*\s*$",
    re.IGNORECASE,
)
#: Words by which a label alone says whose articles it lists.
_PERSONAL = re.compile(r"(?i)\b(?:ses|sus|seine|ihre|his|her|their|l['’]auteur\w*|author|by)\b")
#: Substrings one of which every alternative of :data:`_AUTHOR_PAGE_LABEL` holds.
_LABEL_WORDS = ("articl", "auteur", "author", "posts", "stories", "artikel",
                "artícul")
_LABEL_WORD = re.compile(trie_pattern(_LABEL_WORDS))
"""Any of :data:`_LABEL_WORDS` (one scan of the trie, not one substring search each)."""
#: What must remain once the label is cut: a name of one to four capitalised words,
#: maybe after "Par"/"By" and before a short role after a comma ("Julie Marceau, journaliste").
_NAME = re.compile(
    r"^(?:(?:[Pp]ar|PAR|[Bb]y|BY|[Vv]on|[Pp]or|[Dd]e)\s+)?[A-ZÀ-ÖØ-Þ][\w'’\-.]*\.?"
    r"(?:\s+(?:[A-ZÀ-ÖØ-Þ][\w'’\-.]*\.?|d[eu]|la|le|van|von|der|di|da|del|dos|bin|al)){0,4}"
    r"(?:(?:,|\s[-–|])\s*[\w'’\- ]{1,40})?\s*[|·•,-]?\s*$")


def author_page_byline(text: str) -> bool:
    """A byline block that ends with the label of a link to the author's page: a name
    (one to four capitalised words, maybe "Par"/"By" before and a short role after), then
    the label (:data:`_AUTHOR_PAGE_LABEL`). A label alone counts too ("Voir ses articles").
    """
    if len(text) > 160:
        return False
    lowered = text.lower()
    if not _LABEL_WORD.search(lowered):
        return False
    match = _AUTHOR_PAGE_LABEL.search(text)
    if match is None:
        return False
    name = text[:match.start()].strip()
    if not name:  # a label alone must speak of a person ("Voir ses articles")
        return bool(_PERSONAL.search(match.group()))
    return bool(_NAME.match(name))


_ZONE_AFTER_TIME = re.compile(
    r"(?<=\d)\s*(?:" + "|".join(sorted((re.escape(z) for z in ZONE_ABBREVIATIONS if len(z) > 1),
                                      key=len, reverse=True)) + r")\b")


def zone_words(text: str) -> int:
    """How many zone abbreviations follow a time in ``text`` ("16 h 05 HNE", "14.05 GMT"):
    words a dateline's length test should not count. Only upper-case abbreviations of
    :data:`~veille.extract.timezones.ZONE_ABBREVIATIONS` right after a digit."""
    if not any(c.isupper() for c in text):
        return 0
    return len(_ZONE_AFTER_TIME.findall(text))


#: A prompt about the article itself, which no article sentence makes: "Cet article vous
#: a été utile ?", "Vous avez aimé cet article ?", "Was this article helpful?", "Hat Ihnen
#: dieser Artikel gefallen?" (the feedback and follow-us boxes sites put after the text).
_READER_PROMPT = re.compile(
    r"(?i)\b(?:cet\s+article\s+vous\s+a(?:-t-il)?\s+(?:été\s+utile|plu|intéressé)|"
    r"vous\s+avez\s+aimé\s+cet\s+article|"
    r"(?:was|is)\s+this\s+(?:article|story)\s+(?:helpful|useful)|"
    r"did\s+you\s+(?:find\s+this\s+(?:article|story)\s+(?:helpful|useful)|"
    r"(?:like|enjoy)\s+this\s+(?:article|story))|"
    r"hat\s+ihnen\s+(?:dieser|der)\s+artikel\s+gefallen|"
    r"war\s+(?:dieser|der)\s+artikel\s+hilfreich)\s*\?")
_PROMPT_WORDS = ("article", "story", "artikel")


def reader_prompt(text: str) -> bool:
    """A block that opens with (or holds, when short) a feedback prompt about this very
    article (:data:`_READER_PROMPT`): the site's box, not the article's text."""
    if len(text) > 400 or "?" not in text:
        return False
    lowered = text.lower()
    return any(map(lowered.__contains__, _PROMPT_WORDS)) and bool(_READER_PROMPT.search(text))


#: A newsroom's closing lines, after the article's last paragraph (newuser11 T6): an
#: invitation to write or call with an address or a number ("Des commentaires ? Écrivez à
#: … : jtg@…", "Vous avez un scoop à nous transmettre? Écrivez-nous à nouvelles@tva.ca ou
#: appelez-nous au 1 800 …"), a contributor's credit ("Avec les informations de X",
#: Radio-Canada; "Avec la collaboration de X"; the Canadian Press's "With files from X"),
#: or a label announcing what the page shows next ("À voir également sur Le HuffPost :").
_CONTACT = re.compile(r"[\w.+-]+@[\w-]+\.[\w.]+|\b\d[\d .-]{7,}\d\b")
_CALL = re.compile(r"(?i)\b(?:écri(?:vez|re|s)|envoie[zr]?|envoyer|contacte[zr]?|appel+e[zr]?|"
                   r"joindre|write|e-?mail|mail|whatsapp|contact|call|send)")
_CONTRIBUTORS = re.compile(
    r"(?i)^(?:avec (?:les informations|la collaboration|la contribution) d[e'’]|"
    r"with (?:files|reporting) from|additional reporting by)\s+\S")
#: A newsroom's invitation to its readers (verify11a V12): "Vous avez été témoin … ?
#: Envoyez-nous vos photos", "Une erreur ? Signalez-la à la rédaction", "Suivez toute
#: l'actualité de … sur notre page Facebook", "Retrouvez toute l'actualité … sur notre
#: application".
_INVITE = re.compile(
    r"(?i)\b(?:envoyez-nous|écrivez-nous|contactez-nous|signalez-(?:la|le|nous)|"
    r"envoie-(?:la|le|les)[- ]nous|écris-nous|"
    r"(?:suivez|retrouvez) toute l['’]actualité|téléchargez notre application|"
    # "Vous avez trouvé une erreur? Merci de nous la signaler." (newuser17b X15)
    r"(?:merci\s+de|n['’]hésitez\s+pas\s+à)\s+nous\s+(?:la\s+|le\s+|les\s+)?signaler|"
    r"vous\s+avez\s+(?:trouvé|repéré|remarqué|relevé)\s+une\s+(?:erreur|faute|coquille))\b")
#: Where the reader finds more, after the text (newuser17b X8): "Consultez les avis de
#: décès de votre région sur libramemoria.com" (an obituary's notice box), "Les images de
#: la Ligue des champions sont à retrouver en intégralité sur Canal+." (a video's rights
#: line): a call to consult or watch elsewhere, or a "to be found on" line, in a block of at
#: most :data:`WHERE_TO_MAX_WORDS` words closing the body.
_WHERE_TO = re.compile(
    r"(?i)(?:^(?:consultez|retrouvez|découvrez|regardez|revivez|rendez-vous)\b.{0,160}|"
    r"\b(?:sont|est)\s+à\s+(?:retrouver|revoir|voir|suivre|découvrir)\b(?:\s+[\w'’]+){0,4})"
    # where: a name or an address ("sur Canal+", "sur libramemoria.com"), not "sur
    # plusieurs points"
    r"\s+sur\s+(?:(?-i:[A-Z0-9])|[\w-]+\.[a-z]{2,}\b)")
WHERE_TO_MAX_WORDS = 25
#: An outlet's standards footer under the text (t-final61 #10: Reuters' "Our Standards: The
#: Thomson Reuters Trust Principles." was the article's last paragraph): the outlet's
#: possessive before its standards, principles or commitments opening the line ("Our
#: Standards:", "Nos engagements :", "Nuestros estándares:", "I nostri standard:", "Os
#: nossos padrões:", "Unsere Standards:"), or a label and a colon before a standards
#: document's name ("Ethics: Editorial guidelines of …", "Transparence : la charte de
#: déontologie de …", "publizistische Grundsätze", "princípios editoriais"), in a block
#: of at most :data:`STANDARDS_MAX_WORDS` words closing the body.
_STANDARDS_NOUN = (r"(?:standards?|principles|guidelines|values|commitments|engagements|"
                   r"principes|valeurs|chartes?|estándares|estandares|principios|valores|"
                   r"compromisos|principi|valori|impegni|padrões|padroes|princípios|"
                   r"compromissos|grundsätze|grundsaetze|leitlinien|werte)")
_STANDARDS = re.compile(
    r"(?i)^(?:(?:our|nos|notre|nuestros|nuestras|nuestro|i\s+nostri|le\s+nostre|os\s+nossos|"
    r"as\s+nossas|nossos|nossas|unsere)\s+(?:editorial\s+|éditoriaux\s+|redaktionellen\s+)?"
    + _STANDARDS_NOUN + r"\b"
    r"|[^:.!?]{1,60}:\s.{0,80}\b(?:trust\s+principles|editorial\s+(?:standards|guidelines|"
    r"principles|policy)|code\s+of\s+(?:ethics|conduct)|charte\s+(?:de\s+déontologie|"
    r"éditoriale|d['’]éthique)|principios\s+(?:editoriales|de\s+confianza)|"
    r"c[óo]digo\s+(?:ético|deontológico|de\s+conduta)|codice\s+etico|"
    r"princípios\s+editoriais|estatuto\s+editorial|publizistischen?\s+grundsätze|"
    r"redaktions(?:richtlinien|grundsätze)|ethikkodex))")
STANDARDS_MAX_WORDS = 20
CLOSING_MAX_WORDS = 40


def standards_footer(text: str) -> bool:
    """Whether ``text`` is an outlet's standards footer (:data:`_STANDARDS`): asked of the
    body's last blocks only, where a sentence reporting on a code of ethics is longer or
    opens otherwise."""
    return len(text.split()) <= STANDARDS_MAX_WORDS and bool(_STANDARDS.search(text.strip()))
#: The outlet's appeal for support (newuser15b X5): a call to give ("soutenez-nous",
#: "soutenez Reporterre avec un don", "faire un don", "je soutiens", "support us",
#: "donate") with words of how the outlet is funded ("indépendant", "sans publicité",
#: "lecteurs", "don"), in a block of at most :data:`APPEAL_MAX_WORDS` words closing the
#: body: furniture like a subscription notice. A quoted "soutenez-nous" in an article's
#: last paragraph has no such funding words around it.
_APPEAL = re.compile(
    r"(?i)\b(?:soutenez(?:-nous|-les|\s+(?:la\s+|le\s+|l['’])?[A-ZÀ-Ý][\w'’-]+)|"
    r"faites\s+un\s+don|faire\s+un\s+don|avec\s+un\s+don|je\s+soutiens|"
    r"support\s+(?:us|our\s+(?:work|journalism))|donate|make\s+a\s+donation|"
    # "Support the Guardian from as little as £1" (newuser17b X16): the outlet named
    r"support\s+(?:the\s+)?(?:(?-i:[A-Z])[\w'’-]+\s+){1,3}(?:from|today|with|for|by)\b)")
_FUNDING = re.compile(
    r"(?i)\b(?:ind[ée]pendante?|sans\s+publicit[ée]|sans\s+actionnaires?|g[ée]n[ée]rosit[ée]|"
    r"financ[ée]e?\s+par|lect(?:eurs|rices)|independent|reader-funded|readers|"
    r"no\s+shareholders?|no\s+billionaire|not-for-profit|from\s+as\s+little\s+as)\b")
"""How an outlet says it lives on its readers ("média indépendant", "financé par ses
lecteurs"): not "don", the call's own word, which a relief collection shares."""
_OWN_VOICE = re.compile(r"(?i)\b(?:nous|notre|nos|we|our|us|m[ée]dia|journal|journalisme|"
                        r"r[ée]daction|journalism|newsroom)\b")
"""The outlet speaking of itself: an appeal for *its* support, not a collection it reports
(verify16 Z15: "la Fondation de France a ouvert une collecte : vous pouvez faire un don"
was dropped as the outlet's appeal)."""
APPEAL_MAX_WORDS = 80


def support_appeal(text: str) -> bool:
    """Whether ``text`` is the outlet's appeal for support (:data:`_APPEAL`): a call to give
    with words of how the outlet is funded (:data:`_FUNDING`), in its own voice
    (:data:`_OWN_VOICE`)."""
    return (len(text.split()) <= APPEAL_MAX_WORDS and _APPEAL.search(text) is not None
            and _FUNDING.search(text) is not None and _OWN_VOICE.search(text) is not None)


#: A row of link labels joined by bars ("Support HKFP | Policies & Ethics | Error/typo?",
#: "Nous soutenir | Charte | Signaler une erreur"; t-final33 #10): at least
#: :data:`LINK_ROW_PARTS` parts of at most :data:`LINK_LABEL_WORDS` words each, none a
#: sentence (no full stop inside or at its end).
_BAR = re.compile(r"\s+[|¦]\s+|\s*[|¦]\s*(?=\S)")
LINK_ROW_PARTS = 3
LINK_LABEL_WORDS = 4


def link_row(text: str) -> bool:
    """Whether ``text`` is a row of short link labels joined by "|"
    (:data:`_BAR`): navigation chrome, never the article's sentence."""
    if "|" not in text and "¦" not in text:
        return False
    parts = [p.strip() for p in _BAR.split(text.strip())]
    return (len(parts) >= LINK_ROW_PARTS and all(parts)
            and all(len(p.split()) <= LINK_LABEL_WORDS and "." not in p.rstrip(".").split()[-1:]
                    and not p.endswith(".") for p in parts))


#: Share buttons' labels: the networks and messaging services a page offers to share an
#: article on, and the share words themselves. A closed class (the share buttons of the
#: common share kits, e.g. AddToAny's and ShareThis' service lists: Facebook, X/Twitter,
#: WhatsApp, LinkedIn, Pinterest, Reddit, Telegram, Messenger, Bluesky, Threads, Mastodon,
#: Flipboard, e-mail, copy link, print).
_SHARE_LABELS = frozenset("""facebook twitter x whatsapp linkedin pinterest reddit telegram
    messenger bluesky threads mastodon flipboard tumblr viber line vk snapchat instagram
    youtube tiktok sms e-mail email mail courriel imprimer print partager partagez share
    copier copy lien link le the url envoyer send teilen drucken compartir
    commentaires commenter réagir comments kommentare kommentar comentarios commenti
    comentários""".split())
#: Among them, the services: a share bar names at least one, or a share or comment button
#: ("Teilen  Kommentare", "Partager Commentaires": t-final55b A2, the line after an NDR
#: text was its author; "Comentar  Compartir": t-final66 F5, Las Provincias' last line was
#: its author).
_SHARE_SERVICES = frozenset("""facebook twitter whatsapp linkedin pinterest reddit telegram
    messenger bluesky mastodon flipboard tumblr viber""".split())
#: The share buttons' verbs and the comment buttons' labels (verb or noun), in the
#: languages veille reads: fr, en, de, es, ca, it, pt, nl (a closed class, written from
#: the article footers of each language's outlets: "Partager  Commenter", "Share
#: Comment", "Teilen  Kommentieren", "Comentar  Compartir", "Comparteix  Comenta",
#: "Condividi  Commenta", "Partilhar  Comentar", "Delen  Reageren"). None is a name.
_SHARE_AND_COMMENT = (frozenset("""partager partagez partage share shares teilen compartir
    comparte comparteix compartiu condividi condividere partilhar partilhe compartilhar
    compartilhe delen""".split()),
                      frozenset("""commentaires commentaire commenter commentez réagir
    réagissez comments comment kommentare kommentar kommentieren comentarios comentario
    comentar comenta comentaris comentari commenti commento commenta commentare
    comentários comentário comente reageren reacties reageer""".split()))
_SHARE_LABELS = _SHARE_LABELS | _SHARE_AND_COMMENT[0] | _SHARE_AND_COMMENT[1]


def share_bar(text: str) -> bool:
    """Whether ``text`` is a share bar's labels ("Facebook Twitter WhatsApp E-mail",
    "Partager Facebook LinkedIn X Courriel", "Comentar  Compartir"): every word a share
    label (:data:`_SHARE_LABELS`), one at least a network's name or a share button's, or
    two labels or more one of which a comment button's (:data:`_SHARE_AND_COMMENT`; a
    comments section's heading alone, "Kommentare", is none: t-final55b A2); page chrome,
    never a signature nor prose (t-final33 #2, t-final66 F5)."""
    words = [w.strip("|·•,:;()[]").casefold() for w in text.split()]
    words = [w for w in words if w]
    verbs, comments = _SHARE_AND_COMMENT
    return (bool(words) and all(w in _SHARE_LABELS for w in words)
            and (any(w in _SHARE_SERVICES or w in verbs for w in words)
                 or (len(words) > 1 and any(w in comments for w in words))))


def closing_furniture(text: str) -> bool:
    """Whether ``text``, found after the article's last paragraph, is a newsroom's closing
    line (:data:`_CONTACT` with :data:`_CALL`, :data:`_CONTRIBUTORS`, or a short label
    ending with a colon), not the article's text. Asked of the body's last blocks only:
    inside an article, an address or a colon is the article's."""
    words = len(text.split())
    if support_appeal(text):
        return True
    if words > CLOSING_MAX_WORDS:
        return False
    if link_row(text) or share_bar(text):
        return True
    if words > CLOSING_MAX_WORDS:
        return False
    stripped = text.rstrip()
    if stripped.endswith(":") and words <= 12:
        return True
    if _CONTRIBUTORS.match(stripped) and words <= 12:
        return True
    if _INVITE.search(text):
        return True
    if words <= WHERE_TO_MAX_WORDS and _WHERE_TO.search(stripped):
        return True
    if standards_footer(stripped):
        return True
    return bool(_CONTACT.search(text)) and bool(_CALL.search(text))


#: A shop's box in a buying guide (newuser17b X7): a price ("à partir de 699 €", "$349",
#: "129,99 euros") or an offer button ("Voir l'offre", "Buy now", "Check price").
_PRICE = re.compile(r"(?i)\d[\d\s.,]*\s?(?:€|£|\$|chf\b|eur\b|euros?\b)|[€£$]\s?\d")
_OFFER = re.compile(
    r"(?i)\b(?:voir\s+l['’]offre|voir\s+le\s+prix|j['’]en\s+profite|acheter|"
    r"buy\s+now|see\s+(?:the\s+)?(?:offer|deal|price)|check\s+price|view\s+deal|"
    r"zum\s+angebot)\b")
BOX_MAX_WORDS = 15
#: A box is no sentence: a line ending so is prose.
_SENTENCE_END = (".", "!", "?", "»", '"', "…")
_FIGURES = re.compile(r"\d[\d\s.,]*\d|\d")


def repeated_boxes(texts: list[str]) -> set[int]:
    """The indices of ``texts`` (an article's blocks) that are a shop's box repeated: a
    block of at most :data:`BOX_MAX_WORDS` words, no sentence, with a price or an offer
    button, printed twice or more with the same words, its figures aside (a listicle's
    "à partir de 699 €Voir l'offre", "à partir de 1 229 €Voir l'offre" under each item).
    A template's furniture: no article says the same short commercial line twice."""
    seen: dict[str, list[int]] = {}
    for i, text in enumerate(texts):
        if (len(text.split()) <= BOX_MAX_WORDS and not text.rstrip().endswith(_SENTENCE_END)
                and (_PRICE.search(text) or _OFFER.search(text))):
            seen.setdefault(_FIGURES.sub("0", " ".join(text.casefold().split())), []).append(i)
    return {i for indices in seen.values() if len(indices) >= 2 for i in indices}


_READING_TIME = re.compile(
    r"^(?:(?:(?:temps\s+de\s+)?lecture|reading\s+time|read\s+time|lesezeit|"
    r"tiempo\s+de\s+lectura|tempo\s+di\s+lettura|tempo\s+de\s+leitura)\s*:?\s*)?"
    r"\d{1,3}(?:\s*[–—-]\s*\d{1,3})?\s*"
    r"(?:minutes?|mins?|mn|minuten|minutos|minuti)\.?"
    r"(?:\s+(?:de\s+lecture|read|reading|lesezeit|de\s+lectura|di\s+lettura|de\s+leitura))?$",
    re.IGNORECASE)


def reading_time_line(text: str) -> bool:
    """A line that gives the article's reading time and nothing else ("3–4 minutes",
    Firefox Reader View's line under the author; "Temps de lecture : 3 min", "5 min
    read", "Lesezeit: 3 Min.", "Tiempo de lectura: 4 minutos"; newuser13a h2 C19): it
    sits beside the byline, so it is no topic label, and in a capture it is page
    furniture, no paragraph (:func:`veille.extract.textshape.furniture_hits`; t-final51
    A5b: "Temps de lecture : 2 min" under the date was the body's first paragraph, a
    label and a figure read as a data line)."""
    return len(text) <= 40 and _READING_TIME.match(" ".join(text.split())) is not None
