"""Words of local news's frame: the town's council and officials, its residents, "people",
"the city" (h-stories65, issue 14, t-final64 #3).

Local press writes them in every article about a town, whatever happened: "el Ayuntamiento
ha ofrecido alojamiento", "los vecinos piden", "il Comune ha chiuso", "la mairie a ouvert un
gymnase", "residents raised concerns", "els veïns", "a Câmara", "cinco personas". They say
who acted or was affected, not what happened, yet a lower-case one was a plain term
(:data:`veille.dedup.stories.PLAIN_BAR`: "what happened is shared"), and on a small store
it weighed as a rare word: a flood in one district of Málaga and a cruise ship's call at its
port shared "Málaga", "el Ayuntamiento" and "este"; a fire in a Girona flat and the Temps de
Flors festival shared "Girona", "veïns" and "l'Ajuntament", and each pair was one story.
Read as names (who), they no longer meet that bar alone; they still count in the score as
before (their weight is unchanged). The officials ("maire", "alcalde", "sindaco", "mayor")
are not in the list: two accounts of one event often share the mayor's word and little else
that is no name (``tests/dedup/test_story_plain_words.py``: two accounts of one killing
share "ans", "maire", "été"), and an official is an actor of the event.

Folded keys (:func:`veille.extract.textshape.fold`) of Spanish, Catalan, Italian,
Portuguese, French and English, written for h-stories65 from local-press usage (not from
any benchmark's articles); a key written with an elided article ("l'ajuntament",
"l'amministrazione") is read without it.
"""

from __future__ import annotations

from veille.extract.textshape import fold

FRAME_WORDS_ON = True
"""Whether the frame words are names, not plain words. False: plain words, as before."""

FRAME_WORDS = frozenset(fold(word) for word in (
    # Spanish
    "ayuntamiento ayuntamientos consistorio "
    "vecinos vecinas vecino vecina vecindario residentes personas ciudad municipio "
    "municipal municipales "
    # Catalan and Valencian
    "ajuntament veïns veïnes veí veïna persones "
    "ciutat municipi veïnat "
    # Italian
    "comune comunale residenti cittadini abitanti "
    "persone città amministrazione "
    # Portuguese
    "câmara autarquia moradores residentes pessoas cidade município "
    # French
    "mairie municipalité municipal municipale habitants riverains personnes ville "
    # English
    "council residents people city town locals borough"
).split())
"""The frame words (folded)."""

_ELIDED = ("l'", "l’", "d'", "d’", "dell'", "all'", "nell'", "dall'", "sull'")


def is_frame_word(key: str) -> bool:
    """Whether ``key`` (a folded story term) is a frame word, with or without an elided
    article before it ("l'ajuntament"). No error is raised."""
    if key in FRAME_WORDS:
        return True
    for elided in _ELIDED:
        if key.startswith(elided):
            return key[len(elided):] in FRAME_WORDS
    return False
