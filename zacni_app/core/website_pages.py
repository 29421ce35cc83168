"""The pages of the website, rendered from the plan by the Jinja2 templates in resources/website.

Autoescaping is on for every template, so a title such as `<script>` is shown, never run. Story
bodies are Markdown rendered by markdown-it-py with raw HTML off and links checked: only web,
mail and relative addresses become links (no `javascript:`), and images are not taken from the
network. Every link is relative (`root` leads back to the site's top), so the site works from a
plain web server and from file:// alike.
"""

from __future__ import annotations

import re
from collections.abc import Sequence
from dataclasses import dataclass
from datetime import date, datetime
from pathlib import Path
from typing import Any

from jinja2 import Environment, FileSystemLoader, StrictUndefined
from markdown_it import MarkdownIt
from markupsafe import Markup

from zacni_app.core.stories import slugify
from zacni_app.core.transcripts import ParsedCue
from zacni_app.core.website_output import relative_from
from zacni_app.core.website_plan import PhotoOut, RecordingOut, StoryOut

TEMPLATES = Path(__file__).resolve().parents[2] / "resources" / "website"
SITE = {
    "title": "Zacni z Sąsiedztwa",
    "intro": "Historie mówione mieszkańców Opatowa i okolicznych wsi: o pasjach, rzemiośle i ludziach, "
    "opowiedziane ich własnymi słowami.",
    "footer": "Projekt „Zacni z Sąsiedztwa” — publikujemy tylko to, na co zgodzili się nasi rozmówcy.",
}
_MONTHS = [
    "stycznia",
    "lutego",
    "marca",
    "kwietnia",
    "maja",
    "czerwca",
    "lipca",
    "sierpnia",
    "września",
    "października",
    "listopada",
    "grudnia",
]
_SAFE_LINK = re.compile(r"^(?:https?:|mailto:|#|[^:]*$)", re.IGNORECASE)


class _Markdown(MarkdownIt):
    """CommonMark without raw HTML, without images, and with only safe link targets."""

    def __init__(self) -> None:
        super().__init__("commonmark", {"html": False})
        self.disable("image")

    def validateLink(self, url: str) -> bool:
        cleaned = re.sub(r"[\x00-\x20\x7f]", "", url)
        return bool(_SAFE_LINK.match(cleaned)) and not cleaned.lower().startswith("//")


_MARKDOWN = _Markdown()


def markdown_html(text: str | None) -> Markup:
    return Markup(_MARKDOWN.render(text or ""))


def polish_date(value: date | datetime | str | None) -> str:
    """'12 maja 2024'."""
    if value is None:
        return ""
    day = date.fromisoformat(value[:10]) if isinstance(value, str) else value
    return f"{day.day} {_MONTHS[day.month - 1]} {day.year}"


def clock(ms: int) -> str:
    seconds = ms // 1000
    hours, rest = divmod(seconds, 3600)
    return f"{hours}:{rest // 60:02d}:{rest % 60:02d}" if hours else f"{rest // 60}:{rest % 60:02d}"


def plural(count: int, one: str, few: str, many: str) -> str:
    """Polish plural forms: 1 historia, 2–4 historie, 5 historii (12–14 too)."""
    if count == 1:
        return one
    return few if count % 10 in (2, 3, 4) and count % 100 not in (12, 13, 14) else many


def environment() -> Environment:
    env = Environment(
        loader=FileSystemLoader(TEMPLATES),
        autoescape=True,
        undefined=StrictUndefined,
        trim_blocks=True,
        lstrip_blocks=True,
        keep_trailing_newline=True,
    )
    env.filters["plural"] = plural
    return env


@dataclass(frozen=True)
class PhotoFiles:
    small: str
    large: str
    small_size: tuple[int, int]
    large_size: tuple[int, int]


@dataclass(frozen=True)
class RecordingFiles:
    src: str
    vtt: str
    duration_ms: int


class Directory:
    """Topic or place labels → their pages, slugs unique even when two labels fold alike."""

    def __init__(self, folder: str) -> None:
        self.folder = folder
        self.pages: dict[str, str] = {}
        self.stories: dict[str, list[StoryOut]] = {}

    def add(self, label: str, story: StoryOut) -> None:
        if label not in self.pages:
            base = slugify(label)
            taken = set(self.pages.values())
            slug, n = base, 2
            while f"{self.folder}/{slug}.html" in taken:
                slug, n = f"{base}-{n}", n + 1
            self.pages[label] = f"{self.folder}/{slug}.html"
        self.stories.setdefault(label, [])
        if story not in self.stories[label]:
            self.stories[label].append(story)

    def links(self, labels: Sequence[str]) -> list[dict[str, str]]:
        return [{"label": label, "href": self.pages[label]} for label in labels if label in self.pages]


def story_page(story: StoryOut) -> str:
    return f"historie/{story.slug}.html"


class Pages:
    """Renders every page; each returns (relative path, HTML)."""

    def __init__(
        self, photos: dict[int, PhotoFiles], recordings: dict[str, RecordingFiles], stories: list[StoryOut]
    ) -> None:
        self.env = environment()
        self.photos, self.recordings, self.stories = photos, recordings, stories
        self.topics, self.places = Directory("tematy"), Directory("miejsca")
        for story in stories:
            for label in story.topics:
                self.topics.add(label, story)
            for label in story.places:
                self.places.add(label, story)

    def _render(self, template: str, page: str, **values: Any) -> tuple[str, str]:
        html = self.env.get_template(template).render(site=SITE, root=relative_from(page), **values)
        return page, html

    def all(self) -> list[tuple[str, str]]:
        pages = [self.index(), self.search()]
        pages += [self.story(s) for s in self.stories]
        pages.append(self.directory(self.topics, "tematy.html", "Tematy", "topics"))
        pages.append(self.directory(self.places, "miejsca.html", "Miejsca", "places"))
        pages += [self.listing(self.topics, label, "topic.html", "topics") for label in self.topics.pages]
        pages += [self.listing(self.places, label, "place.html", "places") for label in self.places.pages]
        return pages

    # -- pages ---------------------------------------------------------------------------------------
    def index(self) -> tuple[str, str]:
        cards = [self._card(s) for s in self.stories]
        return self._render(
            "index.html",
            "index.html",
            page_title=SITE["title"],
            stories=cards,
            section="stories",
            description=None,
        )

    def search(self) -> tuple[str, str]:
        return self._render("search.html", "szukaj.html", page_title="Szukaj", section=None, description=None)

    def directory(self, directory: Directory, page: str, title: str, section: str) -> tuple[str, str]:
        entries = [
            {"label": label, "href": href, "count": len(directory.stories[label])}
            for label, href in sorted(directory.pages.items(), key=lambda item: slugify(item[0]))
        ]
        empty = "Na razie nic tu nie ma."
        return self._render(
            "directory.html",
            page,
            page_title=title,
            entries=entries,
            empty=empty,
            section=section,
            description=None,
        )

    def listing(self, directory: Directory, label: str, template: str, section: str) -> tuple[str, str]:
        cards = [self._card(s) for s in directory.stories[label]]
        return self._render(
            template, directory.pages[label], page_title=label, label=label, stories=cards, section=section,
            description=None,
        )  # fmt: skip

    def story(self, story: StoryOut) -> tuple[str, str]:
        photos = [self._photo(p) for p in story.photos if p.asset_id in self.photos]
        hero = self._photo(story.hero) if story.hero and story.hero.asset_id in self.photos else None
        recordings = [self._recording(r) for r in story.recordings if r.key in self.recordings]
        return self._render(
            "story.html",
            story_page(story),
            page_title=story.title,
            description=story.lead,
            section="stories",
            story={
                "title": story.title,
                "lead": story.lead,
                "published_text": polish_date(story.published_at),
                "published_iso": (story.published_at or "")[:10],
            },
            hero=hero,
            body_html=markdown_html(story.body),
            recordings=recordings,
            photos=photos,
            people=[{"name": p.name, "bio": p.bio} for p in story.people],
            interviews=[self._interview(i) for i in story.interviews],
            topics=self.topics.links(story.topics),
            places=self.places.links(story.places),
        )

    # -- pieces --------------------------------------------------------------------------------------
    def _card(self, story: StoryOut) -> dict[str, Any]:
        image = None
        chosen = story.hero or (story.photos[0] if story.photos else None)
        if chosen is not None and chosen.asset_id in self.photos:
            files = self.photos[chosen.asset_id]
            width, height = files.small_size
            image = {"src": files.small, "width": width, "height": height, "alt": ""}
        return {
            "href": story_page(story),
            "title": story.title,
            "lead": story.lead,
            "image": image,
            "topics": self.topics.links(story.topics),
        }

    def _photo(self, photo: PhotoOut) -> dict[str, Any]:
        files = self.photos[photo.asset_id]
        return {
            "small": files.small,
            "large": files.large,
            "small_width": files.small_size[0],
            "small_height": files.small_size[1],
            "width": files.large_size[0],
            "height": files.large_size[1],
            "alt": photo.alt,
            "caption": photo.caption,
            "credit": photo.credit,
            "year": photo.year,
        }

    def _recording(self, recording: RecordingOut) -> dict[str, Any]:
        files = self.recordings[recording.key]
        timeline = recording.timeline
        return {
            "title": recording.title,
            "kind": recording.kind,
            "src": files.src,
            "vtt": files.vtt,
            "duration": clock(files.duration_ms),
            "omitted": len(recording.cuts_inside),
            "segments": [
                {"time": clock(timeline.position(s.start_ms)), "title": s.title, "synopsis": s.synopsis}
                for s in recording.segments
            ],
            "transcript": transcript_lines(recording),
        }

    def _interview(self, interview: Any) -> dict[str, Any]:
        return {
            "title": interview.title,
            "date_text": polish_date(interview.recorded_on),
            "date_iso": interview.recorded_on,
            "place": interview.place,
            "summary": interview.summary,
            "narrators": ", ".join(interview.narrators),
            "interviewers": ", ".join(interview.interviewers),
        }


def transcript_lines(recording: RecordingOut) -> list[dict[str, Any]]:
    """The transcript on the cut recording's clock, with a note where a closed passage was taken out."""
    timeline = recording.timeline
    gaps = sorted(timeline.position(start) for start, _ in recording.cuts_inside)
    lines: list[dict[str, Any]] = []
    cues: list[ParsedCue] = timeline.shift(recording.cues)
    for cue in cues:
        gap = bool(gaps) and gaps[0] <= cue.start_ms
        while gaps and gaps[0] <= cue.start_ms:
            gaps.pop(0)
        lines.append({"time": clock(cue.start_ms), "speaker": cue.speaker, "text": cue.text, "gap": gap})
    if gaps:
        lines.append({"time": "", "speaker": None, "text": None, "gap": True})
    return lines
