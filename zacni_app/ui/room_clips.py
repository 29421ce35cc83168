"""Marking a clip in the listening room: set in, set out, save it (optionally for a story).

A clip is what the website export publishes when the whole recording may not be. The range shows
on the waveform while it is being marked; saving calls core/clips.add_clip, looked up when needed
so the room also works in a build without clips.
"""

from __future__ import annotations

from typing import TYPE_CHECKING

from zacni_app.core.catalogue_queries import section_ids, section_rows
from zacni_app.core.errors import ZacniError
from zacni_app.ui.player import clock
from zacni_app.ui.qt import (
    QAction,
    QComboBox,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QMenu,
    QPushButton,
    QWidget,
    Signal,
)
from zacni_app.ui.room_files import optional_core
from zacni_app.ui.room_messages import room_message

if TYPE_CHECKING:
    from zacni_app.ui.listening_room import ListeningRoom


class ClipBar(QWidget):
    message = Signal(str)

    def __init__(self, room: ListeningRoom) -> None:
        super().__init__()
        self.setObjectName("clip_bar")
        self.room = room
        self.in_ms: int | None = None
        self.out_ms: int | None = None
        self.set_in_action = QAction(self.tr("Set the clip's start here"), room)
        self.set_out_action = QAction(self.tr("Set the clip's end here"), room)
        self.save_action = QAction(self.tr("Save the clip"), room)
        for name, action in (
            ("in", self.set_in_action),
            ("out", self.set_out_action),
            ("save", self.save_action),
        ):
            action.setObjectName(f"room_clip_{name}")
        self.set_in_action.triggered.connect(self.set_in)
        self.set_out_action.triggered.connect(self.set_out)
        self.save_action.triggered.connect(self.save)
        self.range_label = QLabel()
        self.range_label.setObjectName("clip_range")
        self.title = QLineEdit()
        self.title.setObjectName("clip_title")
        self.title.setPlaceholderText(self.tr("Clip title (optional)"))
        self.story = QComboBox()
        self.story.setObjectName("clip_story")
        self._build()
        self._show_range()

    def _build(self) -> None:
        row = QHBoxLayout(self)
        row.setContentsMargins(0, 0, 0, 0)
        row.addWidget(QLabel(self.tr("Clip:")))
        for action, name, text in (
            (self.set_in_action, "clip_in", self.tr("In")),
            (self.set_out_action, "clip_out", self.tr("Out")),
        ):
            button = QPushButton(text)
            button.setObjectName(name)
            button.setToolTip(action.text())
            button.clicked.connect(action.trigger)
            row.addWidget(button)
        row.addWidget(self.range_label)
        row.addWidget(self.title, 1)
        row.addWidget(QLabel(self.tr("for the story")))
        row.addWidget(self.story)
        save = QPushButton(self.tr("Save the clip"))
        save.setObjectName("clip_save")
        save.clicked.connect(self.save_action.trigger)
        row.addWidget(save)

    def fill_menu(self, menu: QMenu) -> None:
        for action in (self.set_in_action, self.set_out_action, self.save_action):
            menu.addAction(action)
            action.setEnabled(self.room.editing)
        self.load_stories()

    def load_stories(self) -> None:
        self.story.clear()
        self.story.addItem(self.tr("(none)"), None)
        with self.room.archive.session(self.room.actor) as s:
            ids = section_ids(s, "stories")
            rows = section_rows(s, "stories", ids)
        for key in ids:
            self.story.addItem(str(rows[key]["title"]), key)

    # -- marking -----------------------------------------------------------------------------
    def set_in(self) -> None:
        self.in_ms = self.room.player.position()
        if self.out_ms is not None and self.out_ms <= self.in_ms:
            self.out_ms = None
        self._show_range()

    def set_out(self) -> None:
        self.out_ms = self.room.player.position()
        if self.in_ms is not None and self.in_ms >= self.out_ms:
            self.in_ms = None
        self._show_range()

    def _show_range(self) -> None:
        start = clock(self.in_ms) if self.in_ms is not None else "--:--:--"
        end = clock(self.out_ms) if self.out_ms is not None else "--:--:--"
        self.range_label.setText(f"{start} – {end}")
        self.room.waveform.set_clip(self.in_ms, self.out_ms)

    def save(self) -> int | None:
        """Save the marked range as a clip; its id, or None (with a message) if it cannot be."""
        if self.in_ms is None or self.out_ms is None:
            self.message.emit(self.tr("Mark the clip's start and end first."))
            return None
        clips = optional_core("clips")
        if clips is None:
            self.message.emit(self.tr("Clips are not available in this version of Zacni."))
            return None
        try:
            with self.room.archive.transaction(self.room.actor) as s:
                clip = clips.add_clip(
                    s,
                    self.room.asset_id,
                    start_ms=self.in_ms,
                    end_ms=self.out_ms,
                    title=self.title.text().strip() or None,
                    story_id=self.story.currentData(),
                )
                clip_id = int(clip.id)
        except ZacniError as error:
            self.message.emit(room_message(error))
            return None
        self.message.emit(self.tr("Clip saved: {0} – {1}").format(clock(self.in_ms), clock(self.out_ms)))
        self.title.clear()
        return clip_id
