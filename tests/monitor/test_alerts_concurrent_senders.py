"""Two senders at once deliver each alert once (newuser8 Q25: ``veille serve --watch`` and a
cron ``veille alerts send`` each read the due rows, sent them, then marked them: every
alert went out once per process, same Idempotency-Key). Real processes, real webhook
receiver on 127.0.0.1 that answers slowly, as real ones do."""

from __future__ import annotations

import json
from concurrent.futures import ThreadPoolExecutor
from pathlib import Path

from alert_kit import webhook_server
from capture_kit import err, json_record, out, run_veille


def test_concurrent_senders_deliver_each_alert_once(tmp_path: Path) -> None:
    data = tmp_path / "data"
    with webhook_server(delay=1.5) as (hooks, url):
        env = {"VEILLE_FETCH_ALLOW": "127.0.0.1"}
        added = run_veille(["saved", "add", "Volcans", "volcan", "--reprints",
                            "--webhook", url], data_dir=data, env=env)
        assert added.returncode == 0, err(added)
        path = tmp_path / "a.jsonl"
        path.write_text("".join(json.dumps(json_record(i, title=f"Le volcan {i} gronde"),
                                           ensure_ascii=False) + "\n" for i in range(3)),
                        "utf-8")
        assert run_veille(["ingest", str(path)], data_dir=data, env=env).returncode == 0
        with ThreadPoolExecutor(3) as pool:
            runs = list(pool.map(lambda _: run_veille(["alerts", "send"], data_dir=data,
                                                      env=env), range(3)))
        assert all(r.returncode == 0 for r in runs), [err(r) for r in runs]
        keys = [headers["Idempotency-Key"] for headers, _ in hooks.posts]
        assert len(keys) == len(set(keys)) == 3, keys
        sent = sorted(int(out(r).split()[1].rstrip(",")) for r in runs)
        assert sum(sent) == 3
        assert sum("another process is sending" in err(r) for r in runs) >= 1
