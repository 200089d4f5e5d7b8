"""`veille ingest DIR` on a terminal counted only the WARC's bytes ("reading archives
909/909") and nothing counted the files (t-final36 B4): a bar now counts the files read,
beside the archives' bytes. The real ``veille`` command with its stderr on a
pseudo-terminal, a real SQLite store."""

from __future__ import annotations

import os
import pty
import re
import subprocess
import sys
from pathlib import Path

import pytest

from capture_kit import VEILLE
from sitekit import write_warc

pytestmark = pytest.mark.skipif(sys.platform == "win32", reason="a pseudo-terminal")


def _terminal_err(args: list[str], data: Path) -> str:
    """The command's stderr as a terminal shows it (escapes removed)."""
    leader, follower = pty.openpty()
    env = {k: v for k, v in os.environ.items() if not k.startswith("VEILLE_")}
    env.update({"COLUMNS": "120", "TERM": "xterm"})
    with subprocess.Popen([str(VEILLE), "--data-dir", str(data), *args], stdin=subprocess.DEVNULL,
                          stdout=subprocess.DEVNULL, stderr=follower, env=env) as process:
        os.close(follower)
        chunks = []
        while True:
            try:
                chunk = os.read(leader, 65536)
            except OSError:  # the command ended: the terminal closed
                break
            if not chunk:
                break
            chunks.append(chunk)
        assert process.wait(timeout=300) == 0
    os.close(leader)
    return re.sub(r"\x1b\[[0-9;?]*[A-Za-z]", "", b"".join(chunks).decode("utf-8", "replace"))


def test_a_folder_with_an_archive_counts_its_files(tmp_path: Path) -> None:
    folder = tmp_path / "drop"
    folder.mkdir()
    write_warc(folder / "crawl.warc.gz", 3)
    for n in range(4):
        (folder / f"note-{n}.txt").write_text(
            f"Brest : la navette maritime {n} reprend lundi\n\nLa navette entre Brest et "
            f"Le Conquet numéro {n} reprend lundi après deux semaines d'arrêt technique, a "
            "annoncé l'exploitant, qui promet des horaires renforcés.\n", "utf-8")
    said = _terminal_err(["ingest", str(folder)], tmp_path / "data")
    assert "ingesting files" in said and "5/5" in said, said
    assert "reading archives" in said
