"""Words of a seizure by the authorities and of the illegal catch or trade it punishes, for
the kinds "justice" and "crime" of :data:`veille.dedup.event_kinds.KINDS`.

The lexicon named no event in "Sète : un chalutier saisi pour pêche illégale de thon
rouge": the article named no kind, so it agreed with any story, and a week-old shipwreck's
story in the same port (its trawler, its maritime prefecture, its court town) took it
(t-final63 #1, h-stories63b). A seizure is the IPTC Media Topic "law enforcement" (of
"crime, law and justice"), as the lexicon's arrests are; poaching, illegal fishing and
smuggling are crimes. The entries follow the lexicon's rules (folded; a single word matches
as a prefix, a trailing space or several words match words as written) and name the event
with the words that fix their sense: "saisi" alone also tells a court referred to ("le
parquet a été saisi"), "seized" alone also a chance or a remark ("seized on the remarks"),
so the entries write what was seized for, by whom, or the passive. Written from the IPTC
families, not from any benchmark's articles.
"""

from __future__ import annotations

SEIZURE_KINDS: dict[str, tuple[str, ...]] = {
    "justice": (
        # fr: saisi(e)(s) pour, saisie record, les douaniers ont saisi
        "saisi pour", "saisis pour", "saisie pour", "saisies pour", "saisie record",
        "douaniers ont saisi", "douane a saisi", "gendarmes ont saisi", "policiers ont saisi",
        "affaires maritimes ont saisi",
        # es/pt: incautación, incautado, se incautó; decomiso; apreensão, apreendido
        "incautacion", "incautado", "incautada", "incautados", "se incauto", "decomis",
        "apreensao", "apreendid",
        # it: sequestrato, sequestrate, sequestro di (goods); de: beschlagnahmt
        "sequestrat", "beschlagnahm",
        # en: the passive and who seized
        "was seized", "were seized", "been seized", "seizure of", "seized over",
        "seized for", "officers seized", "police seized", "customs seized",
        "officials seized",
    ),
    "crime": (
        "braconn", "peche illegale", "peche illicite", "peche interdite", "contrebande",
        "pesca ilegal", "pesca illegale", "pescato illegalmente", "bracconag",
        "contrabband", "contrabando", "illegal fishing", "illegal catch", "poaching",
        "poacher", "smuggling",
        "illegale fischerei", "illegaler fischerei", "wilderei", "schmuggel",
    ),
}
"""Kind -> entries naming a seizure (justice) or an illegal catch or trade (crime), added
to :data:`veille.dedup.event_kinds.KINDS` (:data:`veille.dedup.event_kinds.SEIZURES`)."""
