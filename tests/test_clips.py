"""Clips: marked ranges of recordings, validated, versioned, and honest about closed passages inside."""

from __future__ import annotations

from pathlib import Path

import pytest

from archive_schema import Asset
from tests.conftest import run_cli
from tests.media_factory import make_jpeg, make_wav
from zacni_app.core.archive import Archive
from zacni_app.core.clips import add_clip, clip_dict, delete_clip, list_clips, update_clip
from zacni_app.core.errors import ConflictError, NotFoundError, PermissionDenied, ValidationError
from zacni_app.core.ingest import ingest_paths
from zacni_app.core.stories import add_story
from zacni_app.core.transcript_records import save_transcript
from zacni_app.core.transcripts import ParsedCue
from zacni_app.core.users import add_user


def imported(archive: Archive, path: Path) -> int:
    return int(ingest_paths(archive, [path]).imported[0]["asset_id"])


@pytest.fixture
def assets(archive: Archive, tmp_path: Path) -> dict[str, int]:
    """A 20-second recording with one closed passage (8–12 s), a photo, a story and two users."""
    found = {
        "audio": imported(archive, make_wav(tmp_path / "łąka.wav", seconds=20.0)),
        "photo": imported(archive, make_jpeg(tmp_path / "żółć.jpg", (120, 90))),
    }
    with archive.transaction() as s:
        cues = [
            ParsedCue(1000, 6000, "Pszczoły zimują w ulu.", "Halina Żurek"),
            ParsedCue(8000, 12_000, "Sąsiad dostał odszkodowanie.", "Halina Żurek"),
            ParsedCue(13_000, 18_000, "Zbieramy miód w lipcu.", "Halina Żurek"),
        ]
        save_transcript(s, found["audio"], cues, closed_cues=[1])
        found["story"] = add_story(s, title="Pszczoły z Jurkowic").id
        add_user(s, name="wolontariusz", role="volunteer")
        add_user(s, name="badacz", role="researcher")
    return found


def test_a_clip_is_added_listed_changed_and_deleted(archive: Archive, assets: dict[str, int]) -> None:
    with archive.transaction("wolontariusz") as s:
        clip = add_clip(
            s, assets["audio"], start_ms=500, end_ms=7000, title="Zimowanie", story_id=assets["story"]
        )
        first = clip_dict(clip)
    assert first | {"id": 0} == {
        "id": 0, "asset_id": assets["audio"], "start_ms": 500, "end_ms": 7000, "length_ms": 6500,
        "title": "Zimowanie", "story_id": assets["story"], "version": 1, "closed_passages": [],
    }  # fmt: skip
    with archive.transaction() as s:
        changed = update_clip(s, first["id"], expected_version=1, end_ms=20_000, title="  Zimowanie i lato ")
        assert (changed.end_ms, changed.title, changed.version) == (20_000, "Zimowanie i lato", 2)
    with archive.session() as s:
        assert [c.id for c in list_clips(s, asset_id=assets["audio"])] == [first["id"]]
        assert [c.id for c in list_clips(s, story_id=assets["story"])] == [first["id"]]
        assert list_clips(s, story_id=assets["story"] + 1) == []
    with archive.transaction() as s:
        delete_clip(s, first["id"])
    with archive.session() as s:
        assert list_clips(s) == []
        with pytest.raises(NotFoundError):
            delete_clip(s, first["id"])


@pytest.mark.parametrize(
    ("start", "end", "field", "says"),
    [
        (-1, 1000, "start_ms", "before the start"),
        (5000, 5000, "end_ms", "must end after it starts"),
        (6000, 5000, "end_ms", "must end after it starts"),
        (1000, 20_001, "end_ms", "past the end of the recording (20000 ms)"),
        (1.5, 3000, "start_ms", "not a whole number"),
        (True, 3000, "start_ms", "not a whole number"),
        (0, "3000", "end_ms", "not a whole number"),
    ],
)
def test_a_clip_must_lie_inside_the_recording(
    archive: Archive, assets: dict[str, int], start: object, end: object, field: str, says: str
) -> None:
    with pytest.raises(ValidationError) as refused, archive.transaction() as s:
        add_clip(s, assets["audio"], start_ms=start, end_ms=end)  # type: ignore[arg-type]
    assert refused.value.field == field and says in refused.value.detail
    with archive.session() as s:
        assert list_clips(s) == []


def test_only_recordings_existing_stories_and_editors(archive: Archive, assets: dict[str, int]) -> None:
    with pytest.raises(ValidationError, match=r"not a recording \(kind: image\)"), archive.transaction() as s:
        add_clip(s, assets["photo"], start_ms=0, end_ms=1000)
    with pytest.raises(NotFoundError, match="no story with id 999"), archive.transaction() as s:
        add_clip(s, assets["audio"], start_ms=0, end_ms=1000, story_id=999)
    with pytest.raises(PermissionDenied), archive.transaction("badacz") as s:
        add_clip(s, assets["audio"], start_ms=0, end_ms=1000)
    with archive.transaction() as s:
        clip_id = add_clip(s, assets["audio"], start_ms=0, end_ms=1000).id
    with pytest.raises(PermissionDenied), archive.transaction("badacz") as s:
        delete_clip(s, clip_id)
    with pytest.raises(ValidationError, match="not a field"), archive.transaction() as s:
        update_clip(s, clip_id, expected_version=1, asset_id=assets["photo"])
    with pytest.raises(ValidationError, match="end_ms"), archive.transaction() as s:
        update_clip(s, clip_id, expected_version=1, start_ms=1000)  # would end where it starts


def test_two_editors_never_overwrite_each_other(archive: Archive, assets: dict[str, int]) -> None:
    with archive.transaction() as s:
        clip_id = add_clip(s, assets["audio"], start_ms=0, end_ms=3000, title="Pierwsza").id
    with archive.transaction() as s:
        update_clip(s, clip_id, expected_version=1, title="Druga")
    with pytest.raises(ConflictError), archive.transaction("wolontariusz") as s:
        update_clip(s, clip_id, expected_version=1, title="Trzecia, z nieaktualnego formularza")
    with archive.session() as s:
        assert [c.title for c in list_clips(s)] == ["Druga"]


def test_a_clip_over_a_closed_passage_says_so(archive: Archive, assets: dict[str, int]) -> None:
    with archive.transaction() as s:
        across = clip_dict(add_clip(s, assets["audio"], start_ms=10_000, end_ms=16_000))
        beside = clip_dict(add_clip(s, assets["audio"], start_ms=13_000, end_ms=18_000))
    assert across["closed_passages"] == [{"start_ms": 10_000, "end_ms": 12_000, "access": "closed"}]
    assert beside["closed_passages"] == []
    with archive.transaction() as s:  # the recording made public: a researcher now sees its clips
        s.get(Asset, assets["audio"]).access = "public"  # type: ignore[union-attr]
    with archive.session("badacz") as s:
        seen = [clip_dict(c) for c in list_clips(s)]
    assert [c["start_ms"] for c in seen] == [10_000, 13_000]
    assert all(c["closed_passages"] is None for c in seen)  # where the closed story lies is for staff


def test_clips_of_recordings_a_reader_may_not_see_are_left_out(
    archive: Archive, assets: dict[str, int]
) -> None:
    with archive.transaction() as s:
        clip_id = add_clip(s, assets["audio"], start_ms=0, end_ms=1000).id  # the recording is staff-only
    with archive.session("badacz") as s:
        assert list_clips(s) == []
    with archive.transaction() as s:
        s.get(Asset, assets["audio"]).access = "closed"  # type: ignore[union-attr]
    with archive.session("wolontariusz") as s:
        assert list_clips(s, asset_id=assets["audio"]) == []
    with pytest.raises(NotFoundError), archive.transaction("wolontariusz") as s:
        update_clip(s, clip_id, expected_version=1, title="x")
    with archive.session() as s:
        assert [c.id for c in list_clips(s)] == [clip_id]


# -- the command line --------------------------------------------------------------------------------
def test_cli_clips_and_segments_json(archive_dir: Path, tmp_path: Path) -> None:
    with Archive.open(archive_dir) as archive:
        audio = imported(archive, make_wav(tmp_path / "pszczoły.wav", seconds=12.0))

    def ok(*argv: str) -> dict[str, object]:
        done = run_cli("--json", *argv, archive=archive_dir)
        assert done.code == 0 and done.stderr == "", done
        result = done.json
        assert isinstance(result, dict)
        return result

    story = ok("story", "add", "--title", "Łąka")["id"]
    clip = ok(
        "clip",
        "add",
        str(audio),
        "--start",
        "1000",
        "--end",
        "4000",
        "--title",
        "Żółć",
        "--story",
        str(story),
    )
    assert clip["start_ms"] == 1000 and clip["end_ms"] == 4000 and clip["closed_passages"] == []
    listed = ok("clip", "list", "--asset", str(audio))["clips"]
    assert [c["id"] for c in listed] == [clip["id"]]  # type: ignore[index]
    assert ok("clip", "list", "--story", str(story))["clips"] == listed
    assert ok("clip", "delete", str(clip["id"])) == {"id": clip["id"], "deleted": True}
    assert ok("clip", "list")["clips"] == []

    segment = ok(
        "segment", "add", str(audio), "--start", "2000", "--title", "Pszczoły zimą",
        "--synopsis", "Ule w śniegu.", "--keyword", "zima", "--keyword", "ule", "--subject", "pszczelarstwo",
    )  # fmt: skip
    rows = ok("segment", "list", str(audio))["segments"]
    assert rows == [
        {
            "id": segment["id"], "version": 1, "asset_id": audio, "start_ms": 2000, "end_ms": None,
            "title": "Pszczoły zimą", "partial_transcript": None, "synopsis": "Ule w śniegu.",
            "keywords": ["zima", "ule"], "subjects": ["pszczelarstwo"], "places": [], "access": None,
        }
    ]  # fmt: skip


@pytest.mark.parametrize(
    ("argv", "code", "says"),
    [
        (["clip", "add", "{audio}", "--start", "5000", "--end", "1000"], 1, "end_ms: a clip must end after"),
        (["clip", "add", "{audio}", "--start", "0", "--end", "99000"], 1, "past the end of the recording"),
        (["clip", "add", "{audio}", "--start", "pół", "--end", "1000"], 2, "not a time in milliseconds"),
        (["clip", "add", "{audio}", "--start", "0"], 2, "--end"),
        (["clip", "delete", "4242"], 1, "no clip with id 4242"),
        (["clip", "list", "--asset", "zero"], 2, "not a whole number"),
        (["segment", "add", "{audio}", "--start", "0", "--title", " "], 1, "title: must not be empty"),
        (["segment", "add", "{audio}", "--start", "99000", "--title", "Po końcu"], 1, "past the end"),
        (["segment", "list", "777"], 1, "no asset with id 777"),
    ],
)
def test_cli_errors_are_one_clear_line(
    archive_dir: Path, tmp_path: Path, argv: list[str], code: int, says: str
) -> None:
    with Archive.open(archive_dir) as archive:
        audio = imported(archive, make_wav(tmp_path / "krótkie.wav", seconds=3.0))
    for as_json in (False, True):
        done = run_cli(
            *(["--json"] if as_json else []), *[a.format(audio=audio) for a in argv], archive=archive_dir
        )
        assert done.code == code, done
        assert "Traceback" not in done.stderr and says in done.stderr
        if code == 1:
            assert len(done.stderr.splitlines()) == 1 and done.stderr.startswith("zacni: error: ")
            if as_json:
                assert says in done.json["error"]["message"]
