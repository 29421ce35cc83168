"""Temporary files of crashed writers are swept; those of live writers, here or on another PC, stay."""

from __future__ import annotations

import os
import subprocess
import sys
import time
from pathlib import Path

from zacni_app.core import partial_files


def _dead_pid() -> int:
    done = subprocess.run(
        [sys.executable, "-c", "import os; print(os.getpid())"], capture_output=True, text=True
    )
    return int(done.stdout)


def test_a_dead_writers_file_is_swept_a_live_ones_and_another_pcs_are_kept(tmp_path: Path) -> None:
    target = tmp_path / "ab" / "abcd.jpg"
    target.parent.mkdir()
    me = partial_files.host()
    dead = target.with_name(f"abcd.jpg.{_dead_pid()}@{me}.part")
    live = target.with_name(f"abcd.jpg.{os.getpid()}@{me}.part")
    other_pc = target.with_name("abcd.jpg.4242@pracownia2.part")
    for path in (dead, live, other_pc):
        path.write_bytes(b"half a thumbnail")
    mine = partial_files.partial_for(target)
    assert mine.name == f"abcd.jpg.{os.getpid()}@{me}.part"
    assert not dead.exists() and live.exists() and other_pc.exists()
    later = time.time() + partial_files.STALE_AFTER_S + 60  # another PC's leftover, after a long while
    assert partial_files.sweep(target.parent, "*.part", now=later) == 1
    assert not other_pc.exists() and live.exists()


def test_staged_import_names_are_read_back_with_their_owner(tmp_path: Path) -> None:
    me = partial_files.host()
    dead = tmp_path / f"import-{_dead_pid()}@{me}-k3j_x9.part"
    live = tmp_path / f"import-{os.getpid()}@{me}-a1b2c3.part"
    for path in (dead, live):
        path.write_bytes(b"x")
    assert partial_files.sweep(tmp_path, "import-*.part") == 1
    assert live.exists() and not dead.exists()
    assert "-" not in me and "@" not in me
