"""The German past participle, as the sentence bracket's closing verb (issue 16, r-dates56).

The perfect puts the auxiliary second and the participle last ("haben Einsatzkräfte am
Montag mit den Aufräumarbeiten begonnen", "hat die Sperrung am Samstag verlängert"): the
clause is in the past whatever verb stands nearest a mention. The participle's shape is a
closed rule of inflection (Duden, *Die Grammatik*, §§ Partizip II, Verbpartikeln):

- "ge-" + stem + "-t"/"-en" ("gezählt", "gestiegen"), after a separable particle too
  ("festgenommen", "abgesagt", "eingeleitet", "zurückgetreten");
- no "ge-" after an inseparable prefix ("be-", "ver-", "er-", "ent-", "zer-", "emp-",
  "miss-": "begonnen", "verlängert", "erklärt", "entschieden");
- in lower case (a capitalised word is a noun: "Gebäude", "Verletzten"), not after "zu"
  (an infinitive: "haben … zu bezahlen").

The participles whose complement is a coming event ("vorgesehen", "angesetzt",
"angekündigt", "verschoben", "vertagt", "geplant": the planning verbs, as English
:data:`veille.enrich.english_past.PROSPECTIVE`) are left out: "ist für Samstag
vorgesehen" is ahead.
"""

from __future__ import annotations

_PARTICLES = ("ab|an|auf|aus|bei|ein|fest|fort|frei|her|hin|heraus|herein|los|mit|nach|"
              "nieder|vor|weg|zu|zurück|zusammen|statt|teil|durch|um|wieder|kennen|stand|"
              "dar|hoch")
"""The separable particles (Duden, *Die Grammatik*, § Partikelverben; a closed class),
before the "ge-" of a participle."""
_PROSPECTIVE = ("vorgesehen|angesetzt|anberaumt|angekündigt|angekündet|eingeladen|"
                "aufgerufen|verschoben|vertagt|verlegt|geplant|beantragt|erwartet|bestellt|"
                "angemeldet|terminiert|versprochen|befürchtet|erhofft|gewünscht|gefordert|"
                "verabredet|vereinbart")
"""Participles of planning, whose object is a coming event (see the module)."""

_STATES = "geschlossen|verschlossen|abgeschlossen|verboten|gelegen|gebunden|entschlossen"
"""Participles of a state after "sein" ("ist am Samstag geschlossen": is closed, the
Zustandspassiv; Duden, *Die Grammatik*, § Zustandspassiv)."""


def _participle(endings: str, left_out: str) -> str:
    return (r"(?<!\bzu\s)(?<!\bZu\s)\b(?!(?:" + left_out + r")\b)(?-i:(?:(?:" + _PARTICLES
            + r")?ge|be|ver|er|ent|zer|emp|miss)[a-zäöüß]{3,}(?:" + endings + r"))\b")


DE_PARTICIPLE = _participle("t|en", _PROSPECTIVE)
"""A regular expression (no flags of its own but a lower-case start) matching a German past
participle as the module describes: the one a perfect with "haben" closes on."""
DE_SEIN_PARTICIPLE = _participle("en", f"{_PROSPECTIVE}|{_STATES}")
"""The strong participle a perfect with "sein" closes on ("ist … gestiegen", "sind …
eingetroffen"): a weak one after "sein" ("ist am Samstag gesperrt") is as often a state, a
present, and is not taken; nor the states of :data:`_STATES`."""
DE_PARTICLE_PARTICIPLE = (r"(?<!\bzu\s)(?<!\bZu\s)\b(?!(?:" + _PROSPECTIVE + "|" + _STATES
                          + r")\b)(?-i:(?:" + _PARTICLES + r")ge[a-zäöüß]{3,}(?:t|en))\b")
"""The participle of a separable verb, its particle before "ge-" ("umgekippt",
"abgestürzt", "eingestürzt", "ausgebrannt"), the planning and state participles left out:
after "ist"/"sind" as after "hat" a perfect ("ist in der Nacht zum Montag ein Lkw
umgekippt" is past, h-dates67; h-dates66b "still wrong" 3), as a bare "ge-" participle
("ist … gekippt") already was."""
