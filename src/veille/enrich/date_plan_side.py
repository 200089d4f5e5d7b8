"""Which side of the writing a changed plan's weekday lies on (issue 16, r-dates51).

A plan told from a moment gone by ("avaient prévu de voter jeudi, mais …", "had planned
to extend the strike on Friday, but …", "habían previsto … el viernes, pero …", "avevano
previsto … venerdì, ma …", "hatte für Donnerstag … angekündigt, doch …") names a day that
may lie on either side of the writing: the pluperfect places the plan before a past
moment (Grevisse § 872, CGEL ch. 3 §5.3), and what the rest of the sentence tells decides
whether the planned day has come:

- the clause after "but" (:data:`BUT`) in the present, with no past and no future, saying
  "now" or "still" (:data:`NOW`: "mais la préfecture menace désormais d'interdire le
  cortège", "but police now say …", "pero ahora … amenaza"): the plan still stands or is
  in question now, so its day is still ahead: :data:`STILL`. The adverb is asked for
  because the tense rules miss irregular and short pasts ("but the storm hit the town",
  "mais le maire l'interdit", "aber die Polizei löste sie auf"), which without it would
  pass for presents;
- that clause in the past ("but the talks produced a deal", "mais la séance a été
  annulée", "ma l'azienda ha ritirato …"): a change told as done, which may come before
  the planned day (a strike called off the day before) or on it. The pluperfect's
  retrospect makes the day gone by the default (t-final49b A4, r-dates50); the coming day
  is taken only when it is at most :data:`NEAR_AHEAD` days ahead, that is when the day
  gone by would be five days back or more, older than the day or two a daily trails the
  events it reports (a change on a plan a week old is no news, one made the day before
  the day is): :data:`CHANGED`, resolved by :func:`changed_plan_day`;
- the event said not to have taken place, or called off at the last minute: gone by (the
  callers' :func:`veille.enrich.date_plans.gone_by`).

Pure functions; nothing here raises.
"""

from __future__ import annotations

import re
from datetime import date, timedelta

BUT = re.compile(r"(?i)(?:,\s*|\s)(?:but|yet|mais|pero|ma|però|aber|doch|jedoch)\b")
"""The adversative conjunctions (CGEL ch. 15 §2, Grevisse § 1084, RAE §31.10, Serianni
XIV.25, Duden § Konjunktionen; closed classes) opening what became of a plan."""
NOW = re.compile(
    r"(?i)\b(?:now|still|currently|désormais|maintenant|toujours|encore|actuellement|"
    r"ahora|todavía|aún|sigue|siguen|ora|adesso|ancora|tuttora|jetzt|nun|noch|weiterhin)\b")
"""The adverbs of the moment of speaking and of continuance (CGEL ch. 8 §8, Grevisse
§ 965, RAE §30.8, Serianni XII.28, Duden § Temporaladverbien; closed classes) and Spanish
"seguir": with one, a clause after "but" speaks of now."""
NEAR_AHEAD = 2
"""How many days ahead a changed plan's weekday may lie and still be the coming one (the
module's docstring): tomorrow or the day after."""
STILL = "still"
"""The plan's day is still ahead (the clause after "but" in the present)."""
CHANGED = "changed"
"""The plan was changed in the past: :func:`changed_plan_day` picks the side."""


def but_clause(rest: str) -> str | None:
    """The words after the first "but" of ``rest`` (the sentence after a plan's day), or
    None when it has none."""
    found = BUT.search(rest)
    return rest[found.end():] if found else None


def still_ahead(but: str, tensed: bool) -> bool:
    """Whether the clause after "but" (``but``) keeps a plan's day ahead: no past and no
    future read in it (``tensed`` False) and a "now" or "still" (:data:`NOW`)."""
    return not tensed and NOW.search(but) is not None


def changed_plan_day(weekday: int, published: date) -> tuple[date, str]:
    """(day, tense) of a changed plan's ``weekday`` (0 = Monday) against ``published``:
    the coming one ("future") when it is at most :data:`NEAR_AHEAD` days ahead, the day
    of writing itself with no tense, else the one gone by ("past")."""
    ahead = (weekday - published.weekday()) % 7
    if ahead == 0:
        return published, ""
    if ahead <= NEAR_AHEAD:
        return published + timedelta(days=ahead), "future"
    return published - timedelta(days=7 - ahead), "past"
