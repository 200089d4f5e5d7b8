"""Words of an assembly's vote and its tally, for the kind "politics" of
:data:`veille.dedup.event_kinds.KINDS`.

"Sète : le conseil municipal vote le stationnement payant sur la corniche" ("adopté … par 31
voix contre 8") named no kind of event (only the weak "vote"), so it agreed with any story;
its one sentence "une minute de silence a été observée en mémoire des marins du Virgen del
Carmen", the mayor and the town put it in the shipwreck's story (t-final63, h-stories63b).
A council's or a parliament's vote is the IPTC Media Topic "government" / "local
government" event; the entries write the tally or the assembly with its verb, not the bare
"vote" (a strike ballot, a football award, a reader poll). Written from the IPTC family,
not from any benchmark's articles.
"""

from __future__ import annotations

VOTE_KINDS: dict[str, tuple[str, ...]] = {
    "politics": (
        # the tally: "par 31 voix contre 8", "31 votos a favor", "con 20 voti favorevoli"
        "voix contre", "voix pour", "votos a favor", "votos en contra", "voti favorevoli",
        "voti contrari", "votes in favour", "votes to", "stimmen dafur",
        # the assembly and its verb
        "conseil municipal a adopte", "conseil municipal a vote", "conseil municipal vote",
        "conseil municipal adopte", "conseil communautaire a vote",
        "conseil departemental a vote", "conseil regional a vote", "pleno aprobo",
        "pleno ha aprobado", "consiglio comunale ha approvato", "council voted",
        "councillors voted", "stadtrat hat beschlossen", "gemeinderat hat beschlossen",
    ),
}
"""Kind -> entries naming an assembly's vote, added to :data:`veille.dedup.event_kinds.
KINDS` (:data:`veille.dedup.event_kinds.VOTES`)."""

ASSEMBLY_VOTES = True
"""Whether an assembly followed by its vote's verb within :data:`VOTE_WINDOW` words names the
kind "politics" (h-stories67, issue 14): "El pleno del Ayuntamiento de Elche aprobó",
"Swindon councillors on Tuesday evening approved", "Der Freiburger Gemeinderat hat am
Dienstagnachmittag beschlossen", "A Câmara Municipal de Braga aprovou", "Il consiglio
comunale di Bergamo ha approvato" matched none of :data:`VOTE_KINDS`' fixed phrases, so the
vote named no kind, agreed with any story, and was settled as a commentary of the town's
storm or fire of the same day (:mod:`veille.dedup.commentary`: town, district and mayor
shared). False: the fixed phrases only, as before."""

VOTE_WINDOW = 8
"""The most words between an assembly and its verb (German puts it last: "der Stadtrat hat
am Montagabend die neue Satzung beschlossen")."""

ASSEMBLIES: tuple[tuple[str, ...], ...] = (
    ("pleno",), ("conseil", "municipal"), ("conseil", "communautaire"),
    ("conseil", "departemental"), ("conseil", "regional"), ("consiglio", "comunale"),
    ("consiglio", "regionale"), ("giunta",), ("council",), ("councillors",), ("councilors",),
    ("gemeinderat",), ("stadtrat",), ("kreistag",), ("camara", "municipal"),
    ("assembleia", "municipal"), ("vereadores",), ("ple",), ("consell",),
)
"""An assembly's words, folded (IPTC "local government"); written for h-stories67 from
local-press usage, not from any benchmark's articles."""

VOTE_VERBS: tuple[str, ...] = (
    "aprob", "aprueb", "rechaz",  # es
    "vote", "adopt", "approuv", "rejet",  # fr ("a vote", "adopte")
    "approv", "votato", "bocci", "delibera",  # it
    "aprov", "votou", "chumb", "rejeit",  # pt
    "approved", "backed", "voted", "rejected", "passed",  # en
    "beschl", "stimmte", "genehmig", "verabschied", "lehnt",  # de
    "aprova", "va aprovar",  # ca
)
"""The prefixes of a vote's verb, folded."""


def assembly_voted(words: list[str]) -> bool:
    """Whether folded ``words`` write an assembly (:data:`ASSEMBLIES`) and, within
    :data:`VOTE_WINDOW` words after it, a vote's verb (:data:`VOTE_VERBS`). Linear in
    ``words``; False when :data:`ASSEMBLY_VOTES` is off."""
    if not ASSEMBLY_VOTES:
        return False
    for i, word in enumerate(words):
        for assembly in ASSEMBLIES:
            if word != assembly[0] or tuple(words[i:i + len(assembly)]) != assembly:
                continue
            start = i + len(assembly)
            if any(w.startswith(VOTE_VERBS) for w in words[start:start + VOTE_WINDOW] if w):
                return True
    return False
