"""Score veille's text-capture dates against the f-dates27 capture gold.

Three checks per capture (extract.text_capture.extract_text_capture, the function
``veille ingest`` runs on a .txt file, with the capture's address and fetch time):

- published: the gold instant to the minute with a time (``has_time``); a gold ending in
  "?" is a day: that day without a time, or no date, is right (a masthead's clock is the
  page's, not the article's); null: no date;
- updated: the gold instant, or none when null (a site's "dernière mise à jour" is not the
  article's update);
- zone: ``evidence["timezone"]`` is one of the gold's ("|"-separated) when a date is read.

Usage (repository root): ``PYTHONPATH=src .venv/bin/python
bench/data/heldout/f-dates27/score_captures.py bench/data/heldout/f-dates27/captures.jsonl``
"""
import json
import sys
from datetime import datetime

from veille.extract.text_capture import extract_text_capture

right = total = 0
for line in open(sys.argv[1]):
    c = json.loads(line)
    gold = c["gold"]
    r = extract_text_capture(c["text"], language=c["lang"], site_url=c["site_url"],
                             fetched_at=datetime.fromisoformat(c["fetched"]))
    got = r.published
    want = gold["published"]
    if want is None:
        ok_pub = got is None
    elif want.endswith("?"):
        ok_pub = got is None or (not r.published_has_time and got.date().isoformat() == want[:-1])
    else:
        ok_pub = got is not None and r.published_has_time and \
            abs((got - datetime.fromisoformat(want)).total_seconds()) < 60
    want_up = gold["updated"]
    ok_up = r.updated is None if want_up is None else r.updated is not None and \
        abs((r.updated - datetime.fromisoformat(want_up)).total_seconds()) < 60
    zone = r.evidence.get("timezone")
    ok_zone = got is None and r.updated is None or zone in gold["zone"].split("|")
    for name, ok, shown in (("published", ok_pub, f"{got} has_time={r.published_has_time}"),
                            ("updated", ok_up, str(r.updated)), ("zone", ok_zone, str(zone))):
        right += ok
        total += 1
        print(f"{c['id']} {'OK ' if ok else 'BAD'} {name}: gold {gold.get(name, gold['zone'])}, got {shown}")
print(f"right {right} / {total}")
