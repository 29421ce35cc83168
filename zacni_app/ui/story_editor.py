"""The story editor: a finished piece for the website, its links, and what still blocks publishing it.

Text and links are saved through stories.update_story; the status (draft → ready → published)
through stories.set_status, which refuses to publish while anything blocks it. The blockers are
listed under the status all the time, in the same Polish sentences the publishing dialog uses
(publish_reasons), so nobody finds out only when they press Save.
"""

from __future__ import annotations

from typing import Any, ClassVar

from archive_schema import STORY_STATUSES
from zacni_app.core.website_reasons import Reason
from zacni_app.ui.editors import EDITORS, RecordEditor
from zacni_app.ui.link_fields import LinksField, RecordField
from zacni_app.ui.publish_reasons import reason_text
from zacni_app.ui.qt import QLabel
from zacni_app.ui.record_form import ChoiceField, LineField, PeopleField, TextField
from zacni_app.ui.record_kinds import Values

BLOCKED_STYLE = "color: #b00020;"
CLEAR_STYLE = "color: #2e7d32;"


class StoryEditor(RecordEditor):
    kind = "story"
    CHOICES: ClassVar[tuple[str, ...]] = ("interviews", "assets", "photos", "people")
    ALIASES: ClassVar[dict[str, str]] = {"hero": "hero_asset_id"}

    def build(self) -> None:
        self.add(self.tr("Title"), LineField("title"))
        self.add(self.tr("Status"), ChoiceField("status", STORY_STATUSES))
        self.blockers = QLabel()
        self.blockers.setObjectName("story_blockers")
        self.blockers.setWordWrap(True)
        self.form.addRow(self.tr("Publishing"), self.blockers)
        self.add(self.tr("Lead"), TextField("lead", 3))
        self.add(self.tr("Text"), TextField("body", 10))
        interviews = LinksField("interviews", self.tr("an interview's title"))
        self.linked(self.add(self.tr("Interviews"), interviews, "interviews"), "interview")
        assets = LinksField("assets", self.tr("a photo's or recording's title"))
        self.linked(self.add(self.tr("Photos and recordings"), assets, "assets"), "asset")
        hero = RecordField("hero_asset_id", self.tr("a photo's title"))
        self.linked(self.add(self.tr("Main photo"), hero, "photos"), "asset")
        people = PeopleField("people", self.tr("names, separated by commas"))
        self.add(self.tr("People in the story"), people, "people")

    def kind_label(self) -> str:
        return self.tr("story")

    def show_record(self, record_id: int | None, values: Values, version: int | None) -> None:
        super().show_record(record_id, values, version)
        self.set_blockers(values.get("blockers") if record_id is not None else None)

    def set_blockers(self, reasons: list[Reason] | None) -> None:
        """What stops the story going to the website; None for a story not saved yet."""
        if reasons is None:
            self.blockers.setText(self.tr("Save the story to see whether it can be published."))
            self.blockers.setStyleSheet("")
        elif reasons:
            lines = "".join(f"\n• {reason_text(r)}" for r in reasons)
            self.blockers.setText(self.tr("Before it can be published:") + lines)
            self.blockers.setStyleSheet(BLOCKED_STYLE)
        else:
            self.blockers.setText(self.tr("Nothing stands in the way of publishing it."))
            self.blockers.setStyleSheet(CLEAR_STYLE)

    def refusal_text(self, reasons: list[Reason]) -> str:
        """Beside the status when publishing was refused: each reason, plainly."""
        listed = "; ".join(reason_text(r).rstrip(".") for r in reasons)
        return self.tr("It cannot be published yet: {0}.").format(listed)

    def new_values(self) -> Values:
        return {"status": "draft", "interviews": [], "assets": [], "people": []}

    def update_heading(self) -> None:
        title: Any = self.loaded.get("title")
        self.heading.setText(title if self.record_id is not None and title else self.tr("New story"))


EDITORS.update(story=StoryEditor)
