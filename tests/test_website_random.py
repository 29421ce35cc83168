"""Random access settings, one rule: nothing restricted is ever exported, and what is allowed is.

Each example builds a small archive: narrators with a consent (any scope, an embargo or a
withdrawal in the past or future, or none at all), interviews, recordings and photos of any access
level, passages of any access level, clips, and stories in any status, even ones marked published
whose material was restricted afterwards. The expectation is computed here from the written rules
(not by calling access.py), and every exported byte is searched for every marker.
"""

from __future__ import annotations

import shutil
import tempfile
from collections.abc import Sequence
from dataclasses import dataclass
from datetime import date, timedelta
from pathlib import Path

from hypothesis import given, settings
from hypothesis import strategies as st

from archive_schema import ACCESS_LEVELS, Asset, Clip, Cue
from tests.website_fixtures import force_status, leaks, narrated, story
from zacni_app.core.archive import Archive
from zacni_app.core.website import export_website

TODAY = date.today()
PAST, FUTURE = date(2025, 1, 1), TODAY + timedelta(days=100)
CUE_RANGES = ((0, 1000), (1000, 2000))
PASSAGE_LEVELS = (None, *ACCESS_LEVELS)


@dataclass(frozen=True)
class Setting:
    interview: str
    scope: str | None
    embargo: date | None
    withdrawn: date | None
    recording: str
    photo: str
    person: str
    cues: tuple[str | None, str | None]
    clip: tuple[int, int] | None
    status: str


def _mostly(usual: object, others: Sequence[object], weight: int = 3) -> st.SearchStrategy[object]:
    """`usual` about `weight` times as often as all `others` together: most examples then publish
    something, so the test checks that allowed material does go out, not only that nothing does."""
    return st.sampled_from([usual] * (weight * len(others)) + list(others))


settings_of_one = st.builds(
    Setting,
    interview=_mostly("public", ACCESS_LEVELS[1:]),
    scope=_mostly("publish-with-name", [None, "archive", "research", "publish", "publish"], weight=1),
    embargo=_mostly(None, [PAST, FUTURE], weight=4),
    withdrawn=_mostly(None, [PAST, FUTURE], weight=4),
    recording=_mostly("public", ACCESS_LEVELS[1:], weight=1),
    photo=_mostly("public", ACCESS_LEVELS[1:]),
    person=st.sampled_from(ACCESS_LEVELS),
    cues=st.tuples(_mostly(None, ACCESS_LEVELS, weight=1), _mostly(None, ACCESS_LEVELS, weight=1)),
    clip=st.sampled_from([None, (0, 1000), (500, 2000), (0, 2000), (200, 800)]),
    status=_mostly("published", ["draft", "ready"], weight=4),
)


def _consent_allows_publishing(s: Setting) -> bool:
    current = s.embargo != FUTURE and s.withdrawn != PAST
    return current and s.scope in ("publish", "publish-with-name")


def _expected(s: Setting) -> dict[str, bool]:
    """Which markers of one narrator's material the website may show, by the written rules."""
    interview_public = s.interview == "public" and _consent_allows_publishing(s)
    story_out = s.status == "published" and interview_public and s.photo == "public"
    named = story_out and s.scope == "publish-with-name" and s.embargo != FUTURE and s.withdrawn != PAST
    public_cues = [level in (None, "public") for level in s.cues]
    if s.recording == "public":
        windows = [(0, 2000)]
    elif s.clip is not None and s.recording != "closed":
        windows = [s.clip]
    else:
        windows = []
    cut = [r for r, public in zip(CUE_RANGES, public_cues, strict=True) if not public]
    windows = [w for w in windows if _remaining(w, cut) > 0]
    cue_out = [
        story_out and public and any(start < w[1] and end > w[0] for w in windows)
        for (start, end), public in zip(CUE_RANGES, public_cues, strict=True)
    ]
    return {
        "HISTORIA": story_out,
        "OSOBA": named,
        "BIO": named and s.person == "public",
        "FOTO": story_out,
        "MOWAA": cue_out[0],
        "MOWAB": cue_out[1],
        "TELEFON": False,
    }


def _remaining(window: tuple[int, int], cuts: list[tuple[int, int]]) -> int:
    left = window[1] - window[0]
    for start, end in cuts:
        left -= max(0, min(end, window[1]) - max(start, window[0]))
    return left


def _build(archive: Archive, folder: Path, n: int, s: Setting) -> None:
    tag = "QXYZ"[n]
    item = narrated(
        archive,
        folder / str(n),
        name=f"Jan OSOBA{tag}",
        title=f"Rozmowa {n}",
        scope=None,
        cues=[(a, b, f"Mówi MOWAA{tag}" if a == 0 else f"Mówi MOWAB{tag}") for a, b in CUE_RANGES],
        seconds=2,
        photo={},
        phone=f"+48 600 70{n} 99{n}",
        bio=f"Życiorys BIO{tag}",
    )
    from zacni_app.core.consents import add_consent

    story_id = story(
        archive, title=f"HISTORIA{tag}", interviews=[item.interview_id], assets=[item.photo_id], publish=False
    )
    with archive.transaction() as session:
        if s.scope is not None:
            add_consent(
                session,
                person_id=item.person_id,
                interview_id=item.interview_id,
                scope=s.scope,
                signed_on="2024-05-01",
                embargo_until=s.embargo,
                withdrawn_on=s.withdrawn,
            )
        recording = session.get(Asset, item.recording_id)
        photo = session.get(Asset, item.photo_id)
        assert recording is not None and photo is not None and recording.interview is not None
        recording.interview.access = s.interview
        recording.access, photo.access = s.recording, s.photo
        photo.title = f"FOTO{tag}"
        recording.interview.people("narrator")[0].access = s.person
        for cue, level in zip(sorted(recording.transcripts[0].cues, key=_start), s.cues, strict=True):
            cue.access = level
        if s.clip is not None:
            session.add(Clip(asset_id=recording.id, start_ms=s.clip[0], end_ms=s.clip[1], story_id=story_id))
    force_status(archive, story_id, s.status)  # as if published before the restriction came


def _start(cue: Cue) -> int:
    return cue.start_ms


@settings(max_examples=30, deadline=None, database=None)
@given(st.lists(settings_of_one, min_size=1, max_size=2))
def test_nothing_restricted_is_ever_exported(template_archive: Path, setups: list[Setting]) -> None:
    with tempfile.TemporaryDirectory(prefix="zacni-website-") as work:
        root = Path(work)
        shutil.copytree(template_archive, root / "archive")
        with Archive.open(root / "archive") as archive:
            for n, setup in enumerate(setups):
                _build(archive, root / "pliki", n, setup)
            export_website(archive, root / "strona")
        found = {marker for marker, _ in leaks(root / "strona", _all_markers(len(setups)))}
        for n, setup in enumerate(setups):
            tag = "QXYZ"[n]
            for part, allowed in _expected(setup).items():
                marker = f"{part}{tag}" if part != "TELEFON" else f"70{n} 99{n}"
                assert (marker in found) == allowed, (marker, setup)


def _all_markers(count: int) -> list[str]:
    parts = ("HISTORIA", "OSOBA", "BIO", "FOTO", "MOWAA", "MOWAB")
    return [f"{p}{'QXYZ'[n]}" for n in range(count) for p in parts] + [f"70{n} 99{n}" for n in range(count)]
