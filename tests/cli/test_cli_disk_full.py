"""`veille ingest` onto a full disk (newuser8 Q30), run as the user did: the data directory
on a 1.2 MB tmpfs in a private mount namespace (``unshare -m``: root only; skipped
elsewhere, tests/store/test_disk_full.py covers the store without it). Expected: the
summary of what was stored, one line saying what to do, exit status 2, no traceback."""

from __future__ import annotations

import os
import shlex
import shutil
import subprocess
import sys
from pathlib import Path

import pytest

from capture_kit import VEILLE, make_capture


def _can_mount() -> bool:
    if shutil.which("unshare") is None or os.geteuid() != 0:
        return False
    probe = subprocess.run(["unshare", "-m", "true"], capture_output=True, check=False)
    return probe.returncode == 0


def _ingest_on_tmpfs(tmp_path: Path, *, files: int, mount: Path, size: str,
                     data: Path, watch: bool = False) -> tuple[int, str]:
    """`veille ingest` of ``files`` captures into ``data``, a tmpfs of ``size`` mounted at
    ``mount`` (created) for this process only (``watch``: by a folder source and `veille
    watch --once`); its exit status and standard error."""
    inputs = tmp_path / "in"
    inputs.mkdir()
    for i in range(files):
        (inputs / f"{i:03d}.txt").write_bytes(make_capture(i, paragraphs=8).bytes())
    mount.mkdir(parents=True)
    veille, folder = shlex.quote(str(VEILLE)), shlex.quote(str(inputs))
    command = (f"{veille} sources add {folder} --name agence && {veille} watch --once"
               if watch else f"{veille} ingest {folder}")
    script = f"mount -t tmpfs -o size={size} tmpfs {shlex.quote(str(mount))} && {command}"
    env = {k: v for k, v in os.environ.items() if not k.startswith("VEILLE_")}
    env |= {"VEILLE_DATA_DIR": str(data), "VEILLE_BATCH_SIZE": "50"}
    done = subprocess.run(["unshare", "-m", "bash", "-c", script], capture_output=True,
                          env=env, timeout=300, check=False)
    return done.returncode, done.stderr.decode("utf-8")


@pytest.mark.skipif(sys.platform != "linux" or not _can_mount(),
                    reason="needs root and unshare -m to mount a small tmpfs")
@pytest.mark.parametrize("watch", [False, True], ids=["ingest", "watch"])
def test_ingest_onto_a_full_disk_prints_what_was_stored_and_one_line(tmp_path: Path,
                                                                     watch: bool) -> None:
    data = tmp_path / "disk" / "d"
    status, err = _ingest_on_tmpfs(tmp_path, files=400, mount=data.parent, size="1200k",
                                   data=data, watch=watch)
    assert status == 2, err
    assert "Traceback" not in err, err
    assert "read " in err and (watch or "not stored" in err), err
    last = err.strip().splitlines()[-1]
    assert last.startswith(f"error: the store cannot be written: the disk holding {data} is "
                           "full"), last
    assert "free space, then run the same command again; what was stored is kept" in last


@pytest.mark.skipif(sys.platform != "linux" or not _can_mount(),
                    reason="needs root and unshare -m to mount a small tmpfs")
def test_a_full_index_disk_is_told_as_one(tmp_path: Path) -> None:
    """The store's disk has room, the index's (a 300 KB tmpfs) has none: tantivy's killed
    writer ("io::Error most likely") is told as a full disk, after the summary."""
    data = tmp_path / "d"
    status, err = _ingest_on_tmpfs(tmp_path, files=300, mount=data / "index", size="300k",
                                   data=data)
    assert status == 2 and "Traceback" not in err, err
    assert "read 300, new 300" in err, err
    last = err.strip().splitlines()[-1]
    assert last.startswith("error: the search index was not updated: the search index cannot "
                           f"be written: the disk holding {data / 'index'}"), last
    assert "free space, then run the same command again" in last
