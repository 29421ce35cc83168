"""Read-only descriptions for the detail pane: files, stories, places, subjects, collections.

These kinds have no editor yet; the pane still says what the record is (a photo shows its
large thumbnail), so selecting it is never met with an empty pane.
"""

from __future__ import annotations

from html import escape
from pathlib import Path
from typing import Any

from sqlalchemy.orm import Session

from archive_schema import Collection, Place, Story, Subject
from zacni_app.core import records
from zacni_app.core.assets import asset_dict, get_asset
from zacni_app.core.catalogue_queries import format_duration
from zacni_app.core.thumbnails import thumbnail_path
from zacni_app.ui.language import value_label
from zacni_app.ui.qt import QCoreApplication

translate = QCoreApplication.translate


def summary_html(session: Session, derivatives: Path, kind: str, record_id: int) -> str:
    if kind == "asset":
        return _asset(session, derivatives, record_id)
    if kind == "story":
        story = records.get(session, Story, record_id, include_trash=True)
        return _page(
            story.title,
            [
                (translate("Summary", "Status"), value_label(story.status)),
                (translate("Summary", "Lead"), story.lead),
            ],
            story.body,
        )
    if kind == "place":
        place = records.get(session, Place, record_id, include_trash=True)
        coords = f"{place.latitude}, {place.longitude}" if place.latitude is not None else None
        return _page(
            place.name,
            [
                (translate("Summary", "Kind"), place.kind),
                (translate("Summary", "TERYT code"), place.teryt),
                (translate("Summary", "Coordinates"), coords),
            ],
        )
    if kind == "subject":
        subject = records.get(session, Subject, record_id)
        parent = subject.parent.label if subject.parent else None
        return _page(
            subject.label,
            [
                (translate("Summary", "Broader subject"), parent),
                (translate("Summary", "In English"), subject.label_en),
            ],
            subject.scope_note,
        )
    if kind == "collection":
        collection = records.get(session, Collection, record_id, include_trash=True)
        return _page(collection.name, [], collection.description)
    return ""


def _asset(session: Session, derivatives: Path, asset_id: int) -> str:
    data: dict[str, Any] = asset_dict(get_asset(session, asset_id))
    facts: list[tuple[str, Any]] = [
        (translate("Summary", "Kind"), value_label(data["kind"])),
        (translate("Summary", "File"), data["original_name"]),
        (translate("Summary", "Length"), format_duration(data["duration_ms"]) or None),
        (
            translate("Summary", "Size in pixels"),
            f"{data['width']} × {data['height']}" if data["width"] else None,
        ),
        (translate("Summary", "Taken"), (data["taken_at"] or "").replace("T", " ") or None),
        (translate("Summary", "Camera"), data["camera"]),
        (translate("Summary", "Access"), value_label(data["access"])),
        (translate("Summary", "Bytes"), f"{data['size']:,}".replace(",", " ")),
    ]
    warnings = ", ".join(w.get("code", "") for w in data["warnings"])
    if warnings:
        facts.append((translate("Summary", "Problems found on import"), warnings))
    picture = ""
    large = thumbnail_path(derivatives, data["sha256"], "large")
    if data["kind"] in ("image", "document") and large.exists():
        picture = f'<p><img src="{escape(large.as_uri())}" width="320"></p>'
    return picture + _page(data["title"] or data["original_name"], facts, data["description"])


def _page(title: str, facts: list[tuple[str, Any]], body: str | None = None) -> str:
    rows = "".join(
        f"<tr><td style='color:#555;padding-right:12px'>{escape(k)}</td><td>{escape(str(v))}</td></tr>"
        for k, v in facts
        if v not in (None, "")
    )
    text = f"<p>{escape(body)}</p>" if body else ""
    return f"<h2>{escape(title)}</h2><table>{rows}</table>{text}"
