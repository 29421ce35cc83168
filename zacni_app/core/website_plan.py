"""What goes to the public website and what stays in the archive, decided before anything is written.

Every decision asks access.py: a story goes out only when it is published and
`stories.publication_blockers` finds nothing (consents are checked again at every export, so a
consent withdrawn after publishing takes the story off the site); a recording goes out whole only
when it is public in effect, otherwise only the clips chosen for the story whose consents allow;
a passage (cue, index segment) that is not public is cut out of the media and the text; a person
is named only with a current publish-with-name consent. The plan holds plain values (no ORM
rows), so pages and media are made after the database session has closed, and the publishing
dialog shows the same plan as its preview.
"""

from __future__ import annotations

import hashlib
import json
import re
from collections.abc import Iterable, Sequence
from dataclasses import dataclass, field
from datetime import date
from typing import Any

from sqlalchemy import select
from sqlalchemy.orm import Session

from archive_schema import Asset, Clip, Consent, Cue, IndexSegment, Interview, Person, Story, Transcript
from zacni_app.core import access
from zacni_app.core.stories import blocker_reason, publication_blockers, slugify
from zacni_app.core.transcripts import ParsedCue
from zacni_app.core.website_media import MEDIA_VERSION, OPEN_END, Range, Timeline, kept_ranges
from zacni_app.core.website_names import NamePolicy
from zacni_app.core.website_reasons import Reason, Withheld, clock

_SLUG = re.compile(r"[a-z0-9][a-z0-9-]{0,199}")


@dataclass(frozen=True)
class PhotoOut:
    asset_id: int
    sha256: str
    master: str  # below the media root
    title: str
    caption: str | None
    alt: str
    credit: str | None
    year: int | None


@dataclass(frozen=True)
class SegmentOut:
    start_ms: int
    title: str
    synopsis: str | None


@dataclass(frozen=True)
class RecordingOut:
    """A recording (or one clip of it) as it goes out; times are on the original recording's clock."""

    asset_id: int
    kind: str  # audio | video
    sha256: str
    master: str
    title: str
    window: Range
    cuts: tuple[Range, ...]
    cues: tuple[ParsedCue, ...]
    segments: tuple[SegmentOut, ...]
    clip_id: int | None = None

    @property
    def timeline(self) -> Timeline:
        return Timeline(tuple(kept_ranges(self.window, self.cuts)))

    @property
    def cuts_inside(self) -> list[Range]:
        """The stretches taken out within the window, merged: each is one gap in the copy."""
        return kept_ranges(self.window, self.timeline.kept)

    @property
    def key(self) -> str:
        """Names the web copy: the same master cut the same way is made once and kept across exports."""
        what = [self.sha256, self.kind, list(self.timeline.kept), MEDIA_VERSION]
        return hashlib.sha256(json.dumps(what).encode()).hexdigest()[:20]


@dataclass(frozen=True)
class InterviewOut:
    id: int
    title: str
    recorded_on: str | None
    place: str | None
    summary: str | None
    narrators: tuple[str, ...]  # named ones only
    interviewers: tuple[str, ...]


@dataclass(frozen=True)
class PersonOut:
    name: str
    bio: str | None


@dataclass
class StoryOut:
    id: int
    uid: str
    slug: str
    title: str
    lead: str | None
    body: str | None
    published_at: str | None
    hero: PhotoOut | None = None
    photos: list[PhotoOut] = field(default_factory=list)
    recordings: list[RecordingOut] = field(default_factory=list)
    interviews: list[InterviewOut] = field(default_factory=list)
    people: list[PersonOut] = field(default_factory=list)
    topics: list[str] = field(default_factory=list)
    places: list[str] = field(default_factory=list)


@dataclass
class StoryPreview:
    """One line of the publishing dialog: does the story go out, with what, and what stays back."""

    id: int
    title: str
    status: str
    goes_out: bool
    photos: int = 0
    recordings: int = 0
    clips: int = 0
    withheld: list[Withheld] = field(default_factory=list)


@dataclass
class SitePlan:
    stories: list[StoryOut] = field(default_factory=list)
    withheld: list[Withheld] = field(default_factory=list)
    previews: list[StoryPreview] = field(default_factory=list)


def plan_site(session: Session, today: date | None = None) -> SitePlan:
    """Decide the whole site: every story of the archive, published or withheld (and why)."""
    today = today or date.today()
    plan = SitePlan()
    naming: dict[int, bool] = {}
    scans = set(session.scalars(select(Consent.scan_asset_id).where(Consent.scan_asset_id.is_not(None))))
    for story in session.scalars(select(Story).order_by(Story.published_at.desc(), Story.id)):
        if story.deleted_at is not None and story.published_at is None:
            continue  # a draft in the trash: nothing to say about it
        preview = StoryPreview(story.id, story.title, story.status, goes_out=False)
        refusal = _story_refusal(session, story, today)
        if refusal is not None:
            preview.withheld.append(refusal)
        else:
            planner = _StoryPlanner(session, story, today, naming, scans)
            out = planner.plan()
            plan.stories.append(out)
            preview.goes_out = True
            preview.photos = len(out.photos) + (1 if out.hero else 0)
            preview.recordings = sum(1 for r in out.recordings if r.clip_id is None)
            preview.clips = sum(1 for r in out.recordings if r.clip_id is not None)
            preview.withheld.extend(planner.withheld)
        plan.previews.append(preview)
        plan.withheld.extend(preview.withheld)
    return plan


def _story_refusal(session: Session, story: Story, today: date) -> Withheld | None:
    if story.deleted_at is not None:
        return Withheld("story", story.id, Reason("story_trashed"), story.id)
    if story.status != "published":
        return Withheld("story", story.id, Reason("story_not_published", {"status": story.status}), story.id)
    blockers = publication_blockers(session, story, today)
    if not blockers:
        return None
    listed = "; ".join(b.reason for b in blockers)
    reasons = tuple(blocker_reason(session, b, today) for b in blockers)
    return Withheld("story", story.id, Reason("story_blocked", {"blockers": listed}), story.id, reasons)


def _page_slug(story: Story) -> str:
    """The story's slug as a file name: one that came from elsewhere (an exchange package, a
    hand-edited database) and is not plain a-z0-9- is folded, so no page lands outside its folder."""
    if _SLUG.fullmatch(story.slug):
        return story.slug
    return f"{slugify(story.slug)}-{story.id}"


def _title(asset: Asset) -> str:
    return asset.title or asset.original_name


def _unique(items: Iterable[Any]) -> list[Any]:
    return list(dict.fromkeys(items))


class _StoryPlanner:
    """The plan of one publishable story; `withheld` collects what it leaves out and why."""

    def __init__(
        self, session: Session, story: Story, today: date, naming: dict[int, bool], scans: set[int | None]
    ) -> None:
        self.session, self.story, self.today = session, story, today
        self.naming, self.scans = naming, scans
        self.policy = NamePolicy()
        self.withheld: list[Withheld] = []
        self.topics: list[str] = []
        self.places: list[str] = []

    def plan(self) -> StoryOut:
        story = self.story
        clips = list(
            self.session.scalars(select(Clip).where(Clip.story_id == story.id).order_by(Clip.start_ms))
        )
        recordings = self._recording_assets(clips)
        people = self._people(recordings)
        text = self.policy.text
        out = StoryOut(
            id=story.id,
            uid=story.uid,
            slug=_page_slug(story),
            title=text(story.title) or story.title,
            lead=text(story.lead),
            body=text(story.body),
            published_at=story.published_at.isoformat() if story.published_at else None,
            people=people,
        )
        self._photos(out)
        for asset in recordings:
            out.recordings.extend(self._recording(asset, [c for c in clips if c.asset_id == asset.id]))
        out.interviews = [self._interview(i) for i in story.interviews]
        out.topics, out.places = _unique(self.topics), _unique(self.places)
        for name, count in sorted(self.policy.replaced.items()):
            reason = Reason("name_replaced", {"name": name, "count": count})
            self.withheld.append(Withheld("name", story.id, reason, story.id))
        return out

    # -- people ------------------------------------------------------------------------------------
    def _may_name(self, person: Person) -> bool:
        if person.id not in self.naming:
            self.naming[person.id] = access.person_may_be_named(self.session, person, self.today)
        return self.naming[person.id]

    def _people(self, recordings: Sequence[Asset]) -> list[PersonOut]:
        """Fill the name policy with everyone in the story's material; list those who may be named."""
        listed = [*self.story.people]
        for interview in self.story.interviews:
            listed += interview.people("narrator")
            for person in interview.people("interviewer") + interview.people("other"):
                self.policy.add(person.name, self._may_name(person))
        for asset in [*self.story.assets, *recordings]:
            for link in asset.people:
                self.policy.add(link.person.name, self._may_name(link.person))
        shown: list[Person] = []
        for person in _unique(listed):
            named = self._may_name(person)
            self.policy.add(person.name, named)
            if named:
                shown.append(person)
            else:
                self._withhold("person", person.id, "person_not_named", name=person.name)
        for interview in self.story.interviews:
            for person in interview.people("interviewer"):
                if not self._may_name(person):
                    self._withhold("person", person.id, "person_not_named", name=person.name)
        # a biography is public only when the person's own record is; names in it follow the policy
        return [PersonOut(p.name, self.policy.text(p.bio) if p.access == "public" else None) for p in shown]

    def _withhold(self, what: str, item_id: int, code: str, /, **params: Any) -> None:
        entry = Withheld(what, item_id, Reason(code, params), self.story.id)
        if entry not in self.withheld:
            self.withheld.append(entry)

    # -- photos ------------------------------------------------------------------------------------
    def _photos(self, out: StoryOut) -> None:
        story = self.story
        candidates = _unique([*([story.hero] if story.hero else []), *story.assets])
        for asset in candidates:
            if asset.kind in ("audio", "video"):
                continue
            if asset.kind == "document":
                self._withhold("document", asset.id, "document_not_published", title=_title(asset))
            elif self._usable(asset):
                photo = self._photo(asset)
                if asset is story.hero:
                    out.hero = photo
                else:
                    out.photos.append(photo)

    def _usable(self, asset: Asset) -> bool:
        """Not trashed, not a consent form and public in effect; otherwise withheld with the reason."""
        title = _title(asset)
        if asset.deleted_at is not None:
            self._withhold(asset.kind, asset.id, "asset_trashed", kind=asset.kind, title=title)
        elif asset.id in self.scans:
            self._withhold(asset.kind, asset.id, "consent_form", title=title)
        else:
            level = access.asset_access(self.session, asset, self.today)
            if access.on_website(level):
                return True
            self._withhold(
                asset.kind, asset.id, "asset_not_public", kind=asset.kind, title=title, level=level
            )
        return False

    def _photo(self, asset: Asset) -> PhotoOut:
        self._describe(asset)
        caption = self.policy.text(asset.description or asset.title)
        photographers = [p.person for p in asset.people if p.role == "photographer"]
        credit = ", ".join(p.name for p in photographers if self._may_name(p)) or None
        year = asset.taken_at.year if asset.taken_at else None
        alt = caption or f"Zdjęcie do historii „{self.policy.text(self.story.title)}”"
        title = self.policy.text(_title(asset)) or ""
        return PhotoOut(asset.id, asset.sha256, asset.media_relpath, title, caption, alt, credit, year)

    def _describe(self, item: Asset | Interview | IndexSegment) -> None:
        """The item's subjects and places become the story's topic and place pages."""
        self.topics += [s.label for s in item.subjects]
        if isinstance(item, IndexSegment):
            self.places += [p.name for p in item.places if p.deleted_at is None]
        elif item.place is not None and item.place.deleted_at is None:
            self.places.append(item.place.name)

    # -- interviews and recordings -----------------------------------------------------------------
    def _interview(self, interview: Interview) -> InterviewOut:
        self._describe(interview)
        text = self.policy.text
        named = [p.name for p in interview.people("narrator") if self._may_name(p)]
        asking = [p.name for p in interview.people("interviewer") if self._may_name(p)]
        place = interview.place.name if interview.place is not None else None
        day = interview.recorded_on.isoformat() if interview.recorded_on else None
        title = text(interview.title) or interview.title
        return InterviewOut(
            interview.id, title, day, place, text(interview.summary), tuple(named), tuple(asking)
        )

    def _recording_assets(self, clips: Sequence[Clip]) -> list[Asset]:
        found = [a for a in self.story.assets if a.kind in ("audio", "video")]
        for interview in self.story.interviews:
            found += sorted(
                (a for a in interview.assets if a.kind in ("audio", "video") and a.deleted_at is None),
                key=lambda a: a.id,
            )
        return _unique([*found, *(c.asset for c in clips)])

    def _recording(self, asset: Asset, clips: Sequence[Clip]) -> list[RecordingOut]:
        title = self._recording_title(asset)
        if asset.deleted_at is not None:
            self._withhold(asset.kind, asset.id, "asset_trashed", kind=asset.kind, title=title)
            return []
        level = access.asset_access(self.session, asset, self.today)
        if access.on_website(level):
            return [self._cut(asset, title, (0, asset.duration_ms or OPEN_END), None)]
        made = []
        for clip in clips:
            window = (clip.start_ms, clip.end_ms)
            times = {"title": title, "start": clock(clip.start_ms), "end": clock(clip.end_ms)}
            clip_level = access.website_clip_access(self.session, clip, self.today)
            if not access.on_website(clip_level):
                self._withhold("clip", clip.id, "clip_not_public", **times, level=clip_level)
                continue
            clip_title = self.policy.text(clip.title) or f"{title} — fragment"
            recording = self._cut(asset, clip_title, window, clip.id)
            if recording.timeline.duration_ms == 0:
                self._withhold("clip", clip.id, "clip_empty", **times)
            else:
                made.append(recording)
        if made:
            self._withhold(
                "recording", asset.id, "recording_clips_only", title=title, level=level, clips=len(made)
            )
        else:
            self._withhold("recording", asset.id, "recording_not_public", title=title, level=level)
        return made

    def _recording_title(self, asset: Asset) -> str:
        interview = asset.interview
        title = interview.title if interview is not None and interview.deleted_at is None else _title(asset)
        return self.policy.text(title) or title

    def _cut(self, asset: Asset, title: str, window: Range, clip_id: int | None) -> RecordingOut:
        """The recording within `window`, with every passage that is not public cut out."""
        self._describe(asset)
        cues = _transcript_cues(self.session, asset.id)
        segments = list(
            self.session.scalars(
                select(IndexSegment).where(IndexSegment.asset_id == asset.id).order_by(IndexSegment.start_ms)
            )
        )
        cuts: list[Range] = []
        for cue_id, start, end, level in _restricted_cues(cues):
            if start < window[1] and end > window[0]:
                cuts.append((start, end))
                times = {"title": title, "start": clock(start), "end": clock(end), "level": level}
                self._withhold("passage", cue_id, "passage_cut", **times)
        for n, segment in enumerate(segments):
            level = access.passage_access(access.WEBSITE_LEVEL, segment.access)
            if not access.on_website(level):
                following = segments[n + 1].start_ms if n + 1 < len(segments) else OPEN_END
                cuts.append((segment.start_ms, segment.end_ms or following))
                times = {"title": title, "start": clock(segment.start_ms), "level": level}
                self._withhold("segment", segment.id, "segment_left_out", **times)
        kept = Timeline(tuple(kept_ranges(window, cuts)))
        return RecordingOut(
            asset_id=asset.id,
            kind=asset.kind,
            sha256=asset.sha256,
            master=asset.media_relpath,
            title=title,
            window=window,
            cuts=tuple(sorted(cuts)),
            cues=tuple(self._public_cues(asset, cues, window)),
            segments=tuple(self._public_segments(segments, kept)),
            clip_id=clip_id,
        )

    def _public_cues(self, asset: Asset, cues: Sequence[Cue], window: Range) -> Iterable[ParsedCue]:
        roles = _roles(asset)
        for cue in cues:
            if not access.on_website(access.passage_access(access.WEBSITE_LEVEL, cue.access)):
                continue
            if cue.end_ms <= window[0] or cue.start_ms >= window[1]:
                continue
            text = self.policy.text(cue.text) or ""
            speaker = self.policy.speaker(cue.speaker, roles)
            yield ParsedCue(max(cue.start_ms, window[0]), min(cue.end_ms, window[1]), text, speaker)

    def _public_segments(self, segments: Sequence[IndexSegment], kept: Timeline) -> Iterable[SegmentOut]:
        for segment in segments:
            public = access.on_website(access.passage_access(access.WEBSITE_LEVEL, segment.access))
            if public and any(start <= segment.start_ms < end for start, end in kept.kept):
                self._describe(segment)
                title = self.policy.text(segment.title) or ""
                yield SegmentOut(segment.start_ms, title, self.policy.text(segment.synopsis))


def _transcript_cues(session: Session, asset_id: int) -> list[Cue]:
    """The cues of the recording's transcript (Polish first, else the first one there is)."""
    transcripts = session.scalars(
        select(Transcript).where(Transcript.asset_id == asset_id).order_by(Transcript.id)
    ).all()
    chosen = next((t for t in transcripts if t.language == "pl"), transcripts[0] if transcripts else None)
    return list(chosen.cues) if chosen is not None else []


def _restricted_cues(cues: Sequence[Cue]) -> Iterable[tuple[int, int, int, str]]:
    for cue in cues:
        level = access.passage_access(access.WEBSITE_LEVEL, cue.access)
        if not access.on_website(level):
            yield cue.id, cue.start_ms, cue.end_ms, level


def _roles(asset: Asset) -> dict[str, str]:
    """Folded names of the recording's people → their part (speaker labels are matched on these)."""
    from zacni_app.core.analysis_pl import fold

    roles = {fold(link.person.name): "other" for link in asset.people}
    if asset.interview is not None:
        roles |= {fold(p.person.name): p.role for p in asset.interview.participants}
    return roles
