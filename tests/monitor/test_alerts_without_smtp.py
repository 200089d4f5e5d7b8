"""f-cliux32 2: e-mail alerts without an SMTP server, and the mail of a followed story.

- `veille alerts send` printed "sent 0" (or "failed 1") while alerts waited: it says why
  (no smtp_host; not due until a time) and what to do;
- without SMTP an alert was tried, counted failed and pushed back by the retry's backoff
  (so it did not go when SMTP was then set); it now waits untried, due, and goes at the
  first pass with SMTP set;
- `veille watch` / `serve --watch` say once that e-mail alerts wait for an SMTP setting;
- a mail of a saved search following a story (no query) said "Suivi TER — " and nothing:
  it names the story.
"""

from __future__ import annotations

from pathlib import Path

import veille
from alert_kit import outlet, smtp_server
from capture_kit import err, out, run_veille
from veille.store.base import SavedSearch


def test_no_smtp_leaves_email_alerts_due_and_untried(tmp_path: Path) -> None:
    told: list[int] = []
    with veille.open(tmp_path / "data") as v:
        v.on_no_smtp = told.append
        v.save_search(SavedSearch(name="etna", query="Etna", email="r@example.org"))
        v.ingest_bytes([outlet(0)])
        report = v.deliver_alerts()
        assert (report.sent, report.failed, report.no_smtp) == (0, 0, 1)
        [row] = v.store.deliveries(pending=True)
        assert row.attempts == 0 and row.last_error == ""
        v.ingest_bytes([outlet(1)])
        assert v.deliver_alerts().no_smtp == 2
        assert told == [1]  # said once per process, not at every pass
    with smtp_server() as (box, port), veille.open(
            tmp_path / "data", smtp_host="127.0.0.1", smtp_port=port,
            smtp_starttls=False) as v:
        report = v.deliver_alerts()
        assert (report.sent, report.failed, report.no_smtp) == (2, 0, 0)
    assert len(box.messages) == 2


def test_followed_story_mail_names_the_story(tmp_path: Path) -> None:
    with smtp_server() as (box, port), veille.open(
            tmp_path / "data", smtp_host="127.0.0.1", smtp_port=port,
            smtp_starttls=False) as v:
        first = v.ingest_bytes([outlet(0)])
        story = v.get(first.new_ids[0]).dedup.story_id  # type: ignore[union-attr]
        title = v.store.stories(story_id=story, limit=1)[0].title
        v.save_search(SavedSearch(name="Suivi Etna", query="", stories=[story],
                                  email="r@example.org"))
        v.ingest_bytes([outlet(1)])
        assert v.deliver_alerts().sent == 1
    body = box.messages[0].get_payload(decode=True).decode()
    line = next(x for x in body.splitlines() if x.startswith("Recherche"))
    assert line == f"Recherche : Suivi Etna — suit l'histoire « {title} »", line


def test_cli_says_why_nothing_was_sent(tmp_path: Path) -> None:
    data = tmp_path / "data"
    feed = tmp_path / "etna.jsonl"
    feed.write_bytes(outlet(0)[1] + b"\n")
    assert run_veille(["saved", "add", "etna", "Etna", "--email", "r@example.org"],
                      data_dir=data).returncode == 0
    assert run_veille(["ingest", str(feed)], data_dir=data).returncode == 0
    sent = run_veille(["alerts", "send"], data_dir=data)
    assert sent.returncode == 0, err(sent)
    assert out(sent).strip() == "sent 0, failed 0"
    assert "1 e-mail alert waits for an SMTP server: set smtp_host" in err(sent)
    french = run_veille(["alerts", "send"], data_dir=data, env={"LANG": "fr_FR.UTF-8"})
    assert "1 alerte par courriel attend un serveur SMTP" in err(french), err(french)
    # a digest not due yet: said so, with its time
    with smtp_server() as (box, port):
        smtp = {"VEILLE_SMTP_HOST": "127.0.0.1", "VEILLE_SMTP_PORT": str(port),
                "VEILLE_SMTP_STARTTLS": "false"}
        assert out(run_veille(["alerts", "send"], data_dir=data, env=smtp)).startswith(
            "sent 1")
        assert run_veille(["saved", "add", "daily", "Catane", "--email", "r@example.org",
                           "--digest", "daily"], data_dir=data).returncode == 0
        feed.write_bytes(outlet(1)[1] + b"\n")
        run_veille(["ingest", str(feed)], data_dir=data)
        later = run_veille(["alerts", "send"], data_dir=data, env=smtp)
    assert out(later).strip() == "sent 1, failed 0"  # the immediate "etna" one
    assert "1 alert is not due yet" in err(later) and " UTC" in err(later), err(later)
    assert len(box.messages) == 2
    other = tmp_path / "other"
    assert run_veille(["ingest", str(feed)], data_dir=other).returncode == 0
    nothing = run_veille(["alerts", "send"], data_dir=other)
    assert "no alert is waiting" in err(nothing), err(nothing)


def test_watch_says_once_that_email_waits_for_smtp(tmp_path: Path) -> None:
    data = tmp_path / "data"
    inbox = tmp_path / "inbox"
    inbox.mkdir()
    for i in range(2):
        (inbox / f"etna-{i}.jsonl").write_bytes(outlet(i)[1] + b"\n")
    assert run_veille(["saved", "add", "etna", "Etna", "--email", "r@example.org"],
                      data_dir=data).returncode == 0
    assert run_veille(["sources", "add", str(inbox), "--name", "boite"],
                      data_dir=data).returncode == 0
    watched = run_veille(["watch", "--once"], data_dir=data)
    said = [x for x in err(watched).splitlines() if "SMTP" in x]
    assert len(said) == 1 and "smtp_host" in said[0], err(watched)
