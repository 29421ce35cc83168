"""Two PCs on one PostgreSQL server editing at once: conflicts are refused, nothing is overwritten.

Each PC is its own archive folder (its own archive.toml) on the same server and shared media root.
Where it matters the PCs are separate processes, as they are in the office: `pc_main` below is one
PC, driven line by line through JSON on its stdin, so the test decides who saves first.
"""

from __future__ import annotations

import json
import os
import select
import subprocess
import sys
import threading
import time
from collections.abc import Iterator
from pathlib import Path
from typing import Any

import pytest
from sqlalchemy import event, func, text
from sqlalchemy import select as sql_select

from archive_schema import Asset, AuditEvent, Person
from tests.conftest import REPO, run_cli
from tests.media_factory import make_jpeg, make_wav
from zacni_app.core import media_store
from zacni_app.core.archive import Archive
from zacni_app.core.errors import ConflictError
from zacni_app.core.ingest import ingest_paths
from zacni_app.core.people import add_person, update_person
from zacni_app.core.users import add_user

pytestmark = pytest.mark.postgres
REPLY_TIMEOUT_S = 120


# -- one PC, in its own process --------------------------------------------------------------------
def pc_main() -> None:
    """A PC: opens the archive folder argv[1] as user argv[2], then obeys one JSON command per line.

    {"load": id} reads a person as an edit form would (remembering its version);
    {"save": id, "changes": {...}} saves the form with that version, as the GUI does.
    """
    root, user = Path(sys.argv[1]), sys.argv[2]
    forms: dict[int, int] = {}
    with Archive.open(root) as archive:
        print(json.dumps({"ready": True}), flush=True)
        for line in sys.stdin:
            print(json.dumps(_obey(archive, user, json.loads(line), forms)), flush=True)


def _obey(archive: Archive, user: str, command: dict[str, Any], forms: dict[int, int]) -> dict[str, Any]:
    if "load" in command:
        with archive.session(user) as s:
            person = s.get(Person, command["load"])
            assert person is not None
            forms[person.id] = person.version
            return {"version": person.version, "locality": person.locality, "bio": person.bio}
    person_id = command["save"]
    try:
        with archive.transaction(user) as s:
            saved = update_person(s, person_id, expected_version=forms[person_id], **command["changes"])
            return {"saved": saved.version}
    except ConflictError as exc:
        return {"conflict": str(exc)}


class PC:
    """The test's end of one PC process."""

    def __init__(self, root: Path, user: str) -> None:
        env = {**os.environ, "PYTHONPATH": str(REPO)}
        code = "from tests.test_two_pcs import pc_main; pc_main()"
        self.proc = subprocess.Popen(
            [sys.executable, "-c", code, str(root), user],
            stdin=subprocess.PIPE,
            stdout=subprocess.PIPE,
            text=True,
            cwd=REPO,
            env=env,
        )
        assert self._reply() == {"ready": True}

    def send(self, **command: Any) -> dict[str, Any]:
        assert self.proc.stdin is not None
        self.proc.stdin.write(json.dumps(command) + "\n")
        self.proc.stdin.flush()
        return self._reply()

    def _reply(self) -> dict[str, Any]:
        assert self.proc.stdout is not None
        ready, _, _ = select.select([self.proc.stdout], [], [], REPLY_TIMEOUT_S)
        assert ready, "the PC process did not answer"
        line = self.proc.stdout.readline()
        assert line, f"the PC process ended (exit {self.proc.poll()})"
        reply: dict[str, Any] = json.loads(line)
        return reply

    def close(self) -> None:
        assert self.proc.stdin is not None
        self.proc.stdin.close()
        self.proc.wait(timeout=60)


# -- fixtures ---------------------------------------------------------------------------------------
@pytest.fixture
def office(tmp_path: Path, pg_url: str) -> Iterator[tuple[Archive, Archive]]:
    """Two PCs that ran `zacni init --database` against the same server and shared media folder."""
    shared = tmp_path / "udział" / "media"
    first = Archive.create(tmp_path / "pc1", database_url=pg_url, media_root=shared)
    second = Archive.create(tmp_path / "pc2", database_url=pg_url, media_root=shared)
    with first.transaction("admin") as s:
        add_user(s, name="kasia", role="cataloguer")
        for name in ("Zofia Łąkowska", "Jan Żółtowski"):
            add_person(s, name=name)
    yield first, second
    first.close()
    second.close()


@pytest.fixture
def pcs(office: tuple[Archive, Archive]) -> Iterator[tuple[PC, PC]]:
    first, second = office
    a, b = PC(first.root, "admin"), PC(second.root, "kasia")
    yield a, b
    a.close()
    b.close()


def _person(archive: Archive, name: str) -> Person:
    with archive.session("admin") as s:
        person = s.scalars(sql_select(Person).where(Person.name == name)).one()
        s.expunge(person)
        return person


# -- editing ------------------------------------------------------------------------------------------
def test_second_pc_saving_a_stale_form_gets_a_conflict_and_the_first_change_survives(
    office: tuple[Archive, Archive], pcs: tuple[PC, PC]
) -> None:
    a, b = pcs
    zofia = _person(office[0], "Zofia Łąkowska").id
    assert a.send(load=zofia)["version"] == b.send(load=zofia)["version"] == 1

    assert a.send(save=zofia, changes={"locality": "Łąka"}) == {"saved": 2}
    refused = b.send(save=zofia, changes={"bio": "Hoduje pszczoły od 1975 roku"})
    assert "changed by someone else" in refused["conflict"]

    kept = _person(office[1], "Zofia Łąkowska")
    assert (kept.locality, kept.bio, kept.version) == ("Łąka", None, 2)
    with office[0].session("admin") as s:
        updates = s.scalars(
            sql_select(AuditEvent).where(AuditEvent.entity == "person", AuditEvent.action == "update")
        ).all()
    assert [(e.user_name, e.entity_id, list(e.changes)) for e in updates] == [("admin", zofia, ["locality"])]

    assert b.send(load=zofia) == {"version": 2, "locality": "Łąka", "bio": None}
    assert b.send(save=zofia, changes={"bio": "Hoduje pszczoły od 1975 roku"}) == {"saved": 3}
    final = _person(office[0], "Zofia Łąkowska")
    assert (final.locality, final.bio, final.version) == ("Łąka", "Hoduje pszczoły od 1975 roku", 3)


def test_edits_to_different_records_from_two_pcs_both_land(
    office: tuple[Archive, Archive], pcs: tuple[PC, PC]
) -> None:
    a, b = pcs
    zofia, jan = (_person(office[0], n).id for n in ("Zofia Łąkowska", "Jan Żółtowski"))
    a.send(load=zofia)
    b.send(load=jan)
    assert a.send(save=zofia, changes={"locality": "Łąka"}) == {"saved": 2}
    assert b.send(save=jan, changes={"locality": "Żółkiewka"}) == {"saved": 2}
    assert _person(office[0], "Zofia Łąkowska").locality == "Łąka"
    assert _person(office[0], "Jan Żółtowski").locality == "Żółkiewka"


def test_overlapping_saves_the_later_one_waits_then_is_refused(office: tuple[Archive, Archive]) -> None:
    """Both PCs inside a transaction at once: B's UPDATE waits for A's row lock, then finds the
    version moved on and writes nothing (SQLAlchemy's version counter; no app-level check involved)."""
    first, second = office
    zofia = _person(first, "Zofia Łąkowska").id
    outcome: list[BaseException | None] = []
    b_loaded = threading.Event()

    def pc_b() -> None:
        try:
            with second.transaction("kasia") as s:
                person = s.get(Person, zofia)
                assert person is not None and person.version == 1
                b_loaded.set()
                person.bio = "Hoduje pszczoły od 1975 roku"
            outcome.append(None)
        except BaseException as exc:  # handed to the test thread
            outcome.append(exc)

    with first.transaction("admin") as s:
        person = s.get(Person, zofia)
        assert person is not None
        person.locality = "Łąka"
        s.flush()  # A's row lock is held from here until A commits
        thread = threading.Thread(target=pc_b)
        thread.start()
        assert b_loaded.wait(60)
        _wait_for_lock_wait(first)
    thread.join(60)
    assert len(outcome) == 1 and isinstance(outcome[0], ConflictError)
    kept = _person(first, "Zofia Łąkowska")
    assert (kept.locality, kept.bio, kept.version) == ("Łąka", None, 2)


def _wait_for_lock_wait(archive: Archive, timeout: float = 60) -> None:
    """Until some session on the server is waiting for a lock another one holds."""
    deadline = time.monotonic() + timeout
    with archive.engine.connect() as conn:
        while time.monotonic() < deadline:
            waiting = conn.execute(
                text(
                    "SELECT count(*) FROM pg_stat_activity "
                    "WHERE datname = current_database() AND wait_event_type = 'Lock'"
                )
            ).scalar_one()
            if waiting:
                return
            conn.rollback()
            time.sleep(0.05)
    raise AssertionError("no session ever waited for the other PC's lock")


# -- importing ----------------------------------------------------------------------------------------
def test_imports_of_different_files_from_two_pcs_at_once_both_land(
    office: tuple[Archive, Archive], tmp_path: Path
) -> None:
    """Both PCs import a card at once. Made deterministic: PC B's recording is copied into the shared
    media/.incoming and waits there (B about to look for duplicates) while PC A runs a whole import."""
    first, second = office
    card_a, card_b = tmp_path / "karta-pc1", tmp_path / "karta-pc2"
    card_a.mkdir()
    card_b.mkdir()
    make_wav(card_a / "wywiad-pc1.wav", seconds=0.6)
    make_jpeg(card_a / "ule-pc1.jpg", size=(64, 48))
    recording_b = make_wav(card_b / "wywiad-pc2.wav", seconds=0.7, rate=22050)
    b_waiting, release = threading.Event(), threading.Event()
    b_result: list[Any] = []

    @event.listens_for(second.engine, "begin")
    def _hold_after_staging(_conn: object) -> None:
        if not b_waiting.is_set() and any(second.tmp_dir.glob("import-*.part")):
            b_waiting.set()
            release.wait(120)

    def pc_b() -> None:
        try:
            b_result.append(ingest_paths(second, [recording_b], user="kasia", workers=1))
        except BaseException as exc:  # handed to the test thread
            b_result.append(exc)

    thread = threading.Thread(target=pc_b)
    thread.start()
    try:
        assert b_waiting.wait(120)
        code, data = _finish_import(_start_import(first.root, card_a))
    finally:
        release.set()
        thread.join(120)
    assert code == 0, data
    assert len(data["imported"]) == 2 and data["duplicates"] == [] and data["rejected"] == []
    assert not isinstance(b_result[0], BaseException), repr(b_result[0])
    assert b_result[0].rejected == [] and len(b_result[0].imported) == 1
    with first.session("admin") as s:
        assets = s.scalars(sql_select(Asset)).all()
    assert len(assets) == 3
    for asset in assets:
        master = media_store.find_master(first.media_root, asset.sha256)
        assert master is not None and media_store.hash_file(master) == asset.sha256


def _start_import(root: Path, *paths: Path) -> subprocess.Popen[str]:
    cmd = [
        sys.executable,
        "-m",
        "zacni_app.cli",
        "--archive",
        str(root),
        "import",
        "--json",
        *map(str, paths),
    ]
    env = {**os.environ, "PYTHONPATH": str(REPO)}
    env.pop("ZACNI_DEBUG", None)
    return subprocess.Popen(cmd, stdout=subprocess.PIPE, stderr=subprocess.PIPE, text=True, env=env, cwd=REPO)


def _finish_import(run: subprocess.Popen[str]) -> tuple[int, dict[str, Any]]:
    out, err = run.communicate(timeout=300)
    assert "Traceback" not in err, err
    try:
        return run.returncode, json.loads(out)
    except json.JSONDecodeError:
        return run.returncode, {"stdout": out, "stderr": err}


def test_same_file_imported_by_both_pcs_at_once_is_one_asset(
    office: tuple[Archive, Archive], tmp_path: Path
) -> None:
    """PC B has inserted the row but not committed when PC A looks for duplicates: A sees none,
    inserts, waits on B's unique index entry, and must report a duplicate when B commits."""
    first, second = office
    recording = make_wav(tmp_path / "wspólne nagranie.wav", seconds=0.8)
    sha = media_store.hash_file(recording)
    b_inserted, release = threading.Event(), threading.Event()
    b_result: list[Any] = []

    @event.listens_for(second.engine, "commit")
    def _hold_commit(_conn: object) -> None:
        if not b_inserted.is_set():
            b_inserted.set()
            release.wait(120)

    def pc_b() -> None:
        try:
            b_result.append(ingest_paths(second, [recording], user="kasia", workers=1))
        except BaseException as exc:
            b_result.append(exc)

    thread = threading.Thread(target=pc_b)
    thread.start()
    run_a: subprocess.Popen[str] | None = None
    try:
        assert b_inserted.wait(120)
        with first.session("admin") as s:  # B's row is not visible yet: A will not see a duplicate
            assert s.scalar(sql_select(func.count()).select_from(Asset).where(Asset.sha256 == sha)) == 0
        run_a = _start_import(first.root, recording)
        _wait_for_lock_wait(first, timeout=120)
    finally:
        release.set()
        thread.join(120)
    assert run_a is not None
    code, data = _finish_import(run_a)
    assert len(b_result[0].imported) == 1
    assert code == 0, data
    assert data["imported"] == []
    assert [d["asset_id"] for d in data["duplicates"]] == [b_result[0].imported[0]["asset_id"]]
    with first.session("admin") as s:
        assert s.scalar(sql_select(func.count()).select_from(Asset).where(Asset.sha256 == sha)) == 1
    assert media_store.find_master(first.media_root, sha) is not None


def test_cli_on_two_pcs_sees_one_catalogue(office: tuple[Archive, Archive]) -> None:
    """What one PC adds through the CLI the other lists at once (no cache between them)."""
    first, second = office
    added = run_cli("--json", "person", "add", "--name", "Maria Źrebiec", archive=first.root)
    assert added.code == 0, added.stderr
    listed = run_cli("--json", "person", "list", archive=second.root)
    assert listed.code == 0, listed.stderr
    assert "Maria Źrebiec" in listed.stdout
