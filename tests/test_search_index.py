"""The search index stays true to the database: queued in the same transaction, drained after
commit, caught up after a crash, rebuilt when damaged, never stuck on a dead writer's lock."""

from __future__ import annotations

import os
import shutil
import signal
import subprocess
import sys
import textwrap
from datetime import date, timedelta
from pathlib import Path

import pytest
from sqlalchemy import func, select

from archive_schema import Asset, IndexQueueEntry, Place
from tests.conftest import REPO, run_cli
from tests.media_factory import make_wav
from zacni_app.core.archive import Archive
from zacni_app.core.consents import add_consent
from zacni_app.core.ingest import ingest_paths
from zacni_app.core.interviews import add_interview
from zacni_app.core.people import add_person, trash_person, update_person
from zacni_app.core.search import search
from zacni_app.core.search_changes import count_documents
from zacni_app.core.search_index import catch_up, open_index, rebuild
from zacni_app.core.transcript_records import save_transcript
from zacni_app.core.transcripts import ParsedCue
from zacni_app.core.users import add_user

RESEARCHER = "badacz"


def queued(archive: Archive) -> list[tuple[str, int]]:
    with archive.engine.connect() as conn:
        rows = conn.execute(
            select(IndexQueueEntry.entity, IndexQueueEntry.entity_id).order_by(IndexQueueEntry.id)
        )
        return [(e, i) for e, i in rows]


def found(archive: Archive, query: str, user: str = "admin") -> set[tuple[str, int]]:
    return {(h.type, h.id) for h in search(archive, query, user=user, limit=1000).hits}


def recorded_interview(archive: Archive, tmp_path: Path, *, access: str = "public") -> tuple[int, int, int]:
    """A narrator with a publish consent, their interview in Kobylany and its recording: ids."""
    asset_id = ingest_paths(archive, [make_wav(tmp_path / "nagranie.wav", seconds=2)]).imported[0]["asset_id"]
    with archive.transaction() as s:
        narrator = add_person(s, name="Jadwiga Łęcka", bio="Plecie kosze z wikliny.")
        interview = add_interview(
            s,
            title="Wiklina nad Kamienną",
            narrators=[narrator.id],
            place="Kobylany",
            recorded_on="1986-05-04",
            subjects=["plecionkarstwo"],
            access=access,
        )
        add_consent(s, person_id=narrator.id, scope="publish", signed_on="2024-01-10")
        recording = s.get_one(Asset, asset_id)
        recording.interview_id, recording.access = interview.id, "public"
        save_transcript(s, asset_id, [ParsedCue(1000, 2000, "Wiklinę moczyło się w rzece.", "Jadwiga Łęcka")])
        add_user(s, name=RESEARCHER, role="researcher")
        return narrator.id, interview.id, asset_id


# -- the queue -----------------------------------------------------------------------------------
def test_changes_are_queued_in_the_same_transaction_and_vanish_with_a_rollback(archive: Archive) -> None:
    search(archive, "łąka")  # the index exists from now on
    with pytest.raises(RuntimeError), archive.transaction() as s:
        person = add_person(s, name="Bronisław Żuk", bio="Hoduje kozy.")
        inside = s.scalar(
            select(func.count()).select_from(IndexQueueEntry).where(IndexQueueEntry.entity_id == person.id)
        )
        assert inside == 1
        raise RuntimeError("the user cancelled")
    assert queued(archive) == []
    assert found(archive, "kozy") == set()


def test_a_commit_is_in_the_index_right_after_it_without_a_search(archive: Archive) -> None:
    search(archive, "łąka")
    with archive.transaction() as s:
        person = add_person(s, name="Bronisław Żuk", bio="Hoduje kozy w Ćmielowie.")
    assert queued(archive) == []  # drained after commit and pruned
    opened = open_index(archive)
    assert opened is not None
    with opened.index.searcher() as searcher:
        assert searcher.document(key=f"person:{person.id}")["heading"] == "Bronisław Żuk"
    assert found(archive, "kozy cmielow") == {("person", person.id)}

    with archive.transaction() as s:
        update_person(s, person.id, expected_version=None, bio="Hoduje owce.")
    assert found(archive, "kozy") == set() and found(archive, "owce") == {("person", person.id)}
    with archive.transaction() as s:
        trash_person(s, person.id)
    assert found(archive, "owce") == set()


def test_a_long_transcript_queues_one_row_and_every_cue_lands_on_its_second(
    archive: Archive, tmp_path: Path
) -> None:
    search(archive, "łąka")
    asset_id = ingest_paths(archive, [make_wav(tmp_path / "w.wav", seconds=2)]).imported[0]["asset_id"]
    cues = [ParsedCue(n * 1000, n * 1000 + 900, f"Zdanie numer {n} o łąkach.", None) for n in range(3000)]
    cues[2999] = ParsedCue(2_999_000, 2_999_900, "Na końcu mówimy o jaskółkach.", "Anna")
    with archive.transaction() as s:
        save_transcript(s, asset_id, cues)
        rows = s.scalars(select(IndexQueueEntry.entity).where(IndexQueueEntry.entity == "transcript")).all()
        assert rows == ["transcript"]
    hits = search(archive, "jaskolki").hits
    assert [(h.type, h.asset_id, h.start_ms) for h in hits] == [("cue", asset_id, 2_999_000)]
    assert search(archive, "laka", limit=1).total == 2999


def test_consent_change_reindexes_the_interview_and_its_cues(archive: Archive, tmp_path: Path) -> None:
    narrator_id, interview_id, _ = recorded_interview(archive, tmp_path)
    assert ("interview", interview_id) in found(archive, "wiklina", RESEARCHER)
    assert any(kind == "cue" for kind, _ in found(archive, "rzeka", RESEARCHER))
    with archive.transaction() as s:
        add_consent(
            s, person_id=narrator_id, scope="publish", signed_on="2024-01-10", withdrawn_on=date.today()
        )
    assert found(archive, "wiklina", RESEARCHER) == set()
    assert found(archive, "rzeka", RESEARCHER) == set()
    assert ("interview", interview_id) in found(archive, "wiklina")


def test_an_embargo_ending_is_picked_up_on_its_day(archive: Archive, tmp_path: Path) -> None:
    narrator_id, interview_id, _ = recorded_interview(archive, tmp_path)
    ends = date.today() + timedelta(days=3)
    with archive.transaction() as s:
        add_consent(s, person_id=narrator_id, scope="publish", signed_on=date.today(), embargo_until=ends)
    assert found(archive, "wiklina", RESEARCHER) == set()
    catch_up(archive, today=ends - timedelta(days=1))
    assert found(archive, "wiklina", RESEARCHER) == set()
    catch_up(archive, today=ends)
    assert ("interview", interview_id) in found(archive, "wiklina", RESEARCHER)


def test_renaming_a_place_updates_field_queries_and_facets(archive: Archive, tmp_path: Path) -> None:
    _, interview_id, _ = recorded_interview(archive, tmp_path)
    assert ("interview", interview_id) in found(archive, "miejsce:Kobylany")
    with archive.transaction() as s:
        place = s.scalars(select(Place).where(Place.name == "Kobylany")).one()
        place.name = "Kobylany Wielkie"
    assert ("interview", interview_id) in found(archive, 'miejsce:"Kobylany Wielkie"')
    result = search(archive, "wiklina")
    filed_there = [h for h in result.hits if h.type != "person"]  # the narrator gave no locality
    assert result.facets["place"] == [("Kobylany Wielkie", len(filed_there))]


# -- crashes and damage --------------------------------------------------------------------------
def _python(script: str, *args: str) -> subprocess.Popen[str]:
    env = {**os.environ, "PYTHONPATH": str(REPO)}
    return subprocess.Popen(
        [sys.executable, "-c", textwrap.dedent(script), *args],
        stdout=subprocess.PIPE,
        stderr=subprocess.PIPE,
        text=True,
        env=env,
        cwd=REPO,
    )


def test_a_crash_between_commit_and_indexing_is_caught_up_by_the_next_search(
    archive: Archive, archive_dir: Path
) -> None:
    search(archive, "łąka")
    crash = _python(
        """
        import os, signal, sys
        from pathlib import Path
        from sqlalchemy import event
        from zacni_app.core.archive import Archive
        from zacni_app.core.people import add_person

        archive = Archive.open(Path(sys.argv[1]))
        # die the moment the commit is done, before the index hears of it
        die = lambda session: os.kill(os.getpid(), signal.SIGKILL)
        event.listen(archive._sessions, "after_commit", die, insert=True)
        with archive.transaction() as s:
            add_person(s, name="Halina Ćwik", bio="Zbiera grzyby pod Jurkowicami.")
        """,
        str(archive_dir),
    )
    crash.communicate(timeout=120)
    assert crash.returncode == -signal.SIGKILL
    assert [e for e, _ in queued(archive)] == ["person"]
    with archive.engine.connect() as conn:
        waiting = conn.scalar(select(func.max(IndexQueueEntry.id)))
    opened = open_index(archive)
    assert opened is not None and waiting is not None and opened.applied < waiting
    assert {kind for kind, _ in found(archive, "grzyby")} == {"person"}
    assert queued(archive) == []


def test_a_writer_killed_with_minus_nine_leaves_no_stale_lock(archive: Archive, archive_dir: Path) -> None:
    search(archive, "łąka")
    holder = _python(
        """
        import sys, time
        from pathlib import Path
        from zacni_app.core.archive import Archive
        from zacni_app.core.search_index import open_index, writer_lock

        archive = Archive.open(Path(sys.argv[1]))
        with writer_lock(archive, 5) as got:
            writer = open_index(archive).index.writer()
            writer.add_document(key="cue:999999", type="cue", rid=999999, body="widmo", access="public")
            print("holding", got, flush=True)
            time.sleep(120)
        """,
        str(archive_dir),
    )
    assert holder.stdout is not None and holder.stdout.readline().strip() == "holding True"
    holder.send_signal(signal.SIGKILL)
    holder.wait(timeout=30)
    assert (archive.index_dir / "writer.lock").exists()  # the file stays; the OS lock went with the process
    with archive.transaction() as s:
        person = add_person(s, name="Zenon Wróbel", bio="Naprawia zegary.")
    assert queued(archive) == []  # the drain after commit got the lock at once
    assert found(archive, "zegar") == {("person", person.id)}
    assert found(archive, "widmo") == set()


@pytest.mark.parametrize(
    "damage", ["truncate segment", "delete segment", "garbage CURRENT", "delete CURRENT"]
)
def test_a_damaged_index_is_rebuilt_from_the_database(archive: Archive, damage: str) -> None:
    with archive.transaction() as s:
        person = add_person(s, name="Teofila Kąkol", bio="Wyszywa makaty z jeleniami.")
    assert found(archive, "makata") == {("person", person.id)}
    folder = archive.index_dir
    segments = sorted(folder.glob("*.seg"))
    assert segments
    if damage == "truncate segment":
        with open(segments[0], "r+b") as f:
            f.truncate(segments[0].stat().st_size // 2)
    elif damage == "delete segment":
        segments[0].unlink()
    elif damage == "garbage CURRENT":
        (folder / "CURRENT").write_text("ix-none\n", encoding="ascii")
    else:
        (folder / "CURRENT").unlink()
    assert open_index(archive) is None
    assert found(archive, "makata jelen") == {("person", person.id)}
    assert open_index(archive) is not None


def test_an_old_copy_of_the_index_is_noticed_and_rebuilt(archive: Archive, tmp_path: Path) -> None:
    """An index restored from before changes the queue has since forgotten must not be trusted."""
    search(archive, "łąka")
    saved = tmp_path / "old-index"
    shutil.copytree(archive.index_dir, saved)
    with archive.transaction() as s:
        person = add_person(s, name="Leon Ślusarz", bio="Kolekcjonuje klucze.")
    shutil.rmtree(archive.index_dir)
    shutil.copytree(saved, archive.index_dir)
    assert found(archive, "klucz") == {("person", person.id)}


def test_rebuild_counts_documents_and_replaces_the_old_index(archive: Archive, tmp_path: Path) -> None:
    recorded_interview(archive, tmp_path)
    search(archive, "wiklina")
    before = open_index(archive)
    with archive.session() as s:
        expected = count_documents(s)
    assert rebuild(archive) == expected
    after = open_index(archive)
    assert after is not None and before is not None and after.name != before.name
    assert not list(archive.index_dir.glob(f"*{before.name}*"))
    assert run_cli("reindex", "--json", archive=archive.root).json == {"documents": expected}


def test_cli_commands_keep_the_index_fresh(archive_dir: Path) -> None:
    assert run_cli("search", "łąka", archive=archive_dir).code == 0
    added = run_cli(
        "person", "add", "--name", "Wanda Źrebię", "--bio", "Tka chodniki.", "--json", archive=archive_dir
    )
    assert added.code == 0, added.stderr
    with Archive.open(archive_dir) as archive:
        assert queued(archive) == []
    answer = run_cli("search", "chodnik", "--json", archive=archive_dir)
    assert [(h["type"], h["id"]) for h in answer.json["hits"]] == [("person", added.json["id"])]
