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
