"""Killing the archive's writer with SIGKILL at many moments never loses a committed record.

A child process adds people one transaction at a time through the core (each with a subject of
its own, so a transaction writes several rows and audit events) and prints each id once its
commit has returned. The test kills it with SIGKILL at 15 different moments, on the same archive
again and again; after every kill the archive opens, SQLite's integrity check passes, every
reported id is there with its subject, and no transaction is half in.

SIGKILL tests a crash of the process (the OS still writes out what it was handed). Surviving a
power cut needs the commit to reach the disk too: that is synchronous=FULL in WAL mode, which
storage_rules checks on every connection (tests/test_storage_rules.py).
"""

from __future__ import annotations

import os
import signal
import subprocess
import sys
import time
from pathlib import Path

import pytest
from sqlalchemy import func, select, text

from archive_schema import Person, Subject
from tests.conftest import REPO
from zacni_app.core.archive import Archive

pytestmark = pytest.mark.skipif(sys.platform == "win32", reason="SIGKILL is a POSIX signal")

CHILD = """
import sys
from pathlib import Path
from zacni_app.core.archive import Archive
from zacni_app.core.people import add_person

archive = Archive.open(Path(sys.argv[1]))
start = int(sys.argv[2])
for i in range(start, start + 100000):
    with archive.transaction() as s:
        person = add_person(
            s, name=f"Łucja Żółć-Pszczółka {i}", subjects=[f"pszczelarstwo {i}"], bio="Miód. " * 400
        )
        person_id = person.id
    print(person_id, i, flush=True)
"""

#: Seconds after the first commit at which the child is killed: early, mid-stream, in bursts.
DELAYS = (0.0, 0.003, 0.007, 0.011, 0.017, 0.023, 0.031, 0.043, 0.059, 0.08, 0.11, 0.15, 0.21, 0.3, 0.45)


def _run_and_kill(root: Path, start: int, delay: float) -> list[tuple[int, int]]:
    """Start the writer, wait for its first commit, kill it `delay` s later; (id, i) it reported."""
    env = {**os.environ, "PYTHONPATH": str(REPO)}
    proc = subprocess.Popen(
        [sys.executable, "-c", CHILD, str(root), str(start)],
        stdout=subprocess.PIPE,
        stderr=subprocess.PIPE,
        text=True,
        env=env,
        cwd=REPO,
    )
    assert proc.stdout is not None
    first = proc.stdout.readline()
    time.sleep(delay)
    proc.send_signal(signal.SIGKILL)
    rest, err = proc.communicate(timeout=60)
    assert proc.returncode == -signal.SIGKILL, err
    # The kill may cut the last line mid-write: only lines ending in a newline were reported.
    whole = (first + rest).split("\n")[:-1]
    return [(int(a), int(b)) for a, b in (line.split() for line in whole)]


def _check(root: Path, reported: list[tuple[int, int]]) -> int:
    with Archive.open(root) as arch, arch.session() as s:
        assert s.execute(text("PRAGMA integrity_check")).scalar_one() == "ok"
        assert s.execute(text("PRAGMA foreign_key_check")).all() == []
        people = {p.id: p for p in s.scalars(select(Person))}
        for person_id, i in reported:
            person = people.get(person_id)
            assert person is not None, f"committed person {person_id} was lost"
            assert person.name == f"Łucja Żółć-Pszczółka {i}"
            assert [t.label for t in person.subjects] == [f"pszczelarstwo {i}"]
        subjects = s.scalar(select(func.count()).where(Subject.label.like("pszczelarstwo %")))
        assert subjects == len(people), "a transaction was half written (a subject without its person)"
        return len(people)


@pytest.mark.slow
def test_killing_the_writer_at_15_moments_never_loses_a_committed_record(archive_dir: Path) -> None:
    reported: list[tuple[int, int]] = []
    start = 0
    for delay in DELAYS:
        got = _run_and_kill(archive_dir, start, delay)
        assert got, "the writer was killed before it reported a commit"
        reported += got
        in_archive = _check(archive_dir, reported)
        assert in_archive >= len(reported)
        start = reported[-1][1] + 1000  # unique names even if an unreported commit made it
    assert len(reported) >= 30, "too few commits to tell anything"
