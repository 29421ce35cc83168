"""Machine-readable parts of the website: a JSON Feed of the stories and the client-side search index.

Both are made from the same plan as the pages, so they hold exactly what the pages show and
nothing the plan left out. The search index is a small script (`window.ZACNI_SEARCH = […]`)
rather than a JSON file, because browsers refuse to fetch() files on file:// but do run scripts.
"""

from __future__ import annotations

import json
import re
from collections.abc import Iterable, Iterator
from typing import Any

from zacni_app.core.analysis_pl import fold
from zacni_app.core.website_pages import SITE, PhotoFiles, RecordingFiles, markdown_html, story_page
from zacni_app.core.website_plan import StoryOut

JSON_FEED_VERSION = "https://jsonfeed.org/version/1.1"
_WORD = re.compile(r"[0-9a-z]+")


def json_feed(
    stories: list[StoryOut], photos: dict[int, PhotoFiles], recordings: dict[str, RecordingFiles]
) -> bytes:
    """JSON Feed 1.1 of the published stories (addresses relative to the site's top)."""
    items = []
    for story in stories:
        item: dict[str, Any] = {
            "id": story.uid,
            "url": story_page(story),
            "title": story.title,
            "content_html": str(markdown_html(story.body)),
            "language": "pl",
            "tags": story.topics,
        }
        if story.lead:
            item["summary"] = story.lead
        if story.published_at:
            item["date_published"] = story.published_at
        hero = story.hero or (story.photos[0] if story.photos else None)
        if hero is not None and hero.asset_id in photos:
            item["image"] = photos[hero.asset_id].large
        item["_zacni"] = {
            "places": story.places,
            "people": [p.name for p in story.people],
            "recordings": [
                {
                    "title": r.title,
                    "url": recordings[r.key].src,
                    "captions": recordings[r.key].vtt,
                    "duration_ms": recordings[r.key].duration_ms,
                }
                for r in story.recordings
                if r.key in recordings
            ],
        }
        items.append(item)
    feed = {
        "version": JSON_FEED_VERSION,
        "title": SITE["title"],
        "home_page_url": "index.html",
        "feed_url": "feed.json",
        "language": "pl",
        "items": items,
    }
    # "<" escaped: the feed stays inert even where someone pastes it into a page
    return (json.dumps(feed, ensure_ascii=False, indent=1).replace("<", "\\u003c") + "\n").encode()


def _texts(story: StoryOut) -> Iterator[str | None]:
    yield from (story.title, story.lead, story.body, *story.topics, *story.places)
    yield from (p.name for p in story.people)
    for photo in [*([story.hero] if story.hero else []), *story.photos]:
        yield photo.caption
    for interview in story.interviews:
        yield from (interview.title, interview.summary, interview.place)
    for recording in story.recordings:
        yield recording.title
        yield from (cue.text for cue in recording.cues)
        for segment in recording.segments:
            yield from (segment.title, segment.synopsis)


def search_words(texts: Iterable[str | None]) -> str:
    """The distinct folded words of the texts, space-separated (what search.js matches against)."""
    words: dict[str, None] = {}
    for text in texts:
        if text:
            words.update(dict.fromkeys(_WORD.findall(fold(text))))
    return " ".join(words)


def search_index_js(stories: list[StoryOut]) -> bytes:
    entries = [
        {"u": story_page(s), "t": s.title, "l": s.lead or "", "k": search_words(_texts(s))} for s in stories
    ]
    data = json.dumps(entries, ensure_ascii=False).replace("<", "\\u003c")
    return f"window.ZACNI_SEARCH = {data};\n".encode()
