"""The listening room: play a recording, transcribe it and index it, in one window.

The player and the waveform are on top; the transcript and the index editors share the tabs below
and one undo stack. Every edit is a core call (core/transcript_edits.py through room_commands), so
the CLI, the tests and this window change a transcript the same way, and the search index follows
each commit. The transcriptionist's keys work while typing (room_shortcuts). A researcher gets the
player, the waveform and read-only lists, with restricted passages left out by the core.
"""

from __future__ import annotations

from dataclasses import dataclass
from pathlib import Path
from typing import Any

from zacni_app.core.access import can
from zacni_app.core.archive import Actor, Archive
from zacni_app.core.assets import get_asset
from zacni_app.core.errors import ConflictError, ZacniError
from zacni_app.core.waveform import DamagedPeaks, Peaks, read_peaks, waveform_path
from zacni_app.ui.conflict_dialog import ConflictDialog
from zacni_app.ui.index_editor import IndexEditor
from zacni_app.ui.player import Player
from zacni_app.ui.qt import (
    QAction,
    QCloseEvent,
    QKeySequence,
    QMainWindow,
    QMessageBox,
    QSettings,
    QSplitter,
    QStyle,
    Qt,
    QTabWidget,
    QToolBar,
    QUndoStack,
    QVBoxLayout,
    QWidget,
)
from zacni_app.ui.room_clips import ClipBar
from zacni_app.ui.room_commands import RoomDoor
from zacni_app.ui.room_files import RoomFiles
from zacni_app.ui.room_messages import room_message
from zacni_app.ui.room_shortcuts import ShortcutsDialog, TypingShortcuts, load_shortcuts, save_shortcuts
from zacni_app.ui.transcript_editor import TranscriptEditor
from zacni_app.ui.waveform_view import Mark, WaveformView

SETTINGS = "listening_room"


@dataclass(frozen=True)
class Recording:
    """What the room needs to know about the asset, read once when it opens."""

    title: str
    kind: str
    duration_ms: int
    media: Path
    peaks: Peaks | None


def read_recording(archive: Archive, actor: Actor, asset_id: int) -> Recording:
    with archive.session(actor) as s:
        asset = get_asset(s, asset_id)
        title = asset.title or (asset.interview.title if asset.interview else None) or asset.original_name
        media = archive.media_root / asset.media_relpath
        kind, duration, sha256 = asset.kind, asset.duration_ms or 0, asset.sha256
    try:
        peaks: Peaks | None = read_peaks(waveform_path(archive.derivatives_dir, sha256))
    except (OSError, DamagedPeaks):
        peaks = None  # not made yet, or damaged: the room works without it
    return Recording(title, kind, duration, media, peaks)


class ListeningRoom(QMainWindow):
    def __init__(
        self,
        archive: Archive,
        actor: Actor,
        settings: QSettings,
        asset_id: int,
        parent: QWidget | None = None,
    ) -> None:
        super().__init__(parent)
        self.setWindowFlag(Qt.WindowType.Window)
        self.setObjectName("listening_room")
        self.archive = archive
        self.actor = actor
        self.settings = settings
        self.asset_id = asset_id
        self.editing = can(actor, "edit")
        self.recording = read_recording(archive, actor, asset_id)
        self.door = RoomDoor(archive, actor, asset_id)
        self.undo_stack = QUndoStack(self)
        self.setWindowTitle(self.tr("Listening room — {0}").format(self.recording.title))
        self._build_widgets()
        self.files = RoomFiles(self)
        self._build_actions()
        self._build_menus()
        self._build_toolbar()
        self._connect()
        self.typing_keys = TypingShortcuts(self, self._typing_actions())
        self.apply_shortcuts(load_shortcuts(settings))
        self._load()
        self._restore_settings()

    # -- building ----------------------------------------------------------------------------
    def _build_widgets(self) -> None:
        self.player = Player(video=self.recording.kind == "video")
        self.waveform = WaveformView()
        self.waveform.set_peaks(self.recording.peaks, self.recording.duration_ms)
        self.clips = ClipBar(self)
        self.clips.setVisible(self.editing)
        read_only = not self.editing
        self.transcript = TranscriptEditor(self.door, self.undo_stack, self.step_failed, read_only=read_only)
        self.index = IndexEditor(self.door, self.undo_stack, self.step_failed, read_only=read_only)
        self.index.position = self.player.position
        self.tabs = QTabWidget()
        self.tabs.setObjectName("room_tabs")
        self.tabs.addTab(self.transcript, self.tr("Transcript"))
        self.tabs.addTab(self.index, self.tr("Index"))
        self.top = top = QWidget()
        column = QVBoxLayout(top)
        column.setContentsMargins(6, 6, 6, 0)
        column.addWidget(self.player, 1 if self.player.video is not None else 0)
        column.addWidget(self.waveform)
        column.addWidget(self.clips)
        self.splitter = QSplitter(Qt.Orientation.Vertical)
        self.splitter.setObjectName("room_splitter")
        self.splitter.addWidget(top)
        self.splitter.addWidget(self.tabs)
        self.splitter.setStretchFactor(1, 1)
        self.setCentralWidget(self.splitter)

    def _action(self, name: str, text: str, shortcut: str | None = None) -> QAction:
        action = QAction(text, self)
        action.setObjectName(f"room_{name}")
        if shortcut:
            action.setShortcut(QKeySequence(shortcut))
        self.addAction(action)  # shortcuts work wherever the focus is in the room
        return action

    def _build_actions(self) -> None:
        a = self._action
        self.keyed = {
            "play_pause": a("play_pause", self.tr("Play / pause")),
            "back": a("back", self.tr("Back 5 seconds")),
            "forward": a("forward", self.tr("Forward 5 seconds")),
            "insert_cue": a("insert_cue", self.tr("New cue at the current time")),
            "insert_time": a("insert_time", self.tr("Insert the current time into the text")),
            "slower": a("slower", self.tr("Slower")),
            "faster": a("faster", self.tr("Faster")),
        }
        self.split_action = a("split", self.tr("Split the cue at the cursor"), "Ctrl+K")
        self.merge_action = a("merge", self.tr("Merge with the next cue"), "Ctrl+J")
        self.delete_action = a("delete_cue", self.tr("Delete the cue"), "Ctrl+Shift+Del")
        self.new_segment_action = a("new_segment", self.tr("New segment at the current time"), "Ctrl+Shift+N")
        self.previous_action = a("previous_segment", self.tr("Previous segment"), "Ctrl+PgUp")
        self.next_action = a("next_segment", self.tr("Next segment"), "Ctrl+PgDown")
        self.shortcuts_action = a("shortcuts", self.tr("Keyboard shortcuts…"))
        self.close_action = a("close", self.tr("Close"), "Ctrl+W")
        self.undo_action = a("undo", self.tr("Undo"), "Ctrl+Z")
        self.redo_action = a("redo", self.tr("Redo"))
        self.redo_action.setShortcuts([QKeySequence("Ctrl+Shift+Z"), QKeySequence("Ctrl+Y")])
        self._follow_stack()
        for action in (*self.editing_actions(), self.undo_action, self.redo_action):
            action.setVisible(self.editing)
            action.setEnabled(self.editing and action.isEnabled())

    def _follow_stack(self) -> None:
        """Like QUndoStack's own actions ("Undo Split the cue"), but unsaved typing is saved first.

        The slots are methods of the room, so Qt drops the connections before the room's children
        (the stack among them) are destroyed."""
        self.undo_stack.indexChanged.connect(self._refresh_undo)
        self.undo_stack.cleanChanged.connect(self._refresh_undo)
        self.transcript.text.textChanged.connect(self._refresh_undo)
        self.transcript.speaker.textEdited.connect(self._refresh_undo)
        self._refresh_undo()

    def _refresh_undo(self, *_changed: object) -> None:
        stack = self.undo_stack
        self.undo_action.setText(f"{self.tr('Undo')} {stack.undoText()}".strip())
        self.redo_action.setText(f"{self.tr('Redo')} {stack.redoText()}".strip())
        typing = bool(self.transcript.pane_changes())
        self.undo_action.setEnabled(self.editing and (stack.canUndo() or typing))
        self.redo_action.setEnabled(self.editing and stack.canRedo())

    def undo(self) -> None:
        if self._save_typing():
            self.undo_stack.undo()

    def redo(self) -> None:
        if self._save_typing():
            self.undo_stack.redo()

    def _save_typing(self) -> bool:
        """Typing not yet saved becomes a step of its own first: undo takes it back, not what came before."""
        return self.transcript.commit_pane() and self.index.save()

    def editing_actions(self) -> list[QAction]:
        return [
            self.keyed["insert_cue"],
            self.keyed["insert_time"],
            self.split_action,
            self.merge_action,
            self.delete_action,
            self.new_segment_action,
            *self.files.editing_actions(),
        ]

    def _typing_actions(self) -> list[QAction]:
        keys = (self.split_action, self.merge_action, self.new_segment_action, self.previous_action)
        return [*self.keyed.values(), *keys, self.next_action]

    def _build_menus(self) -> None:
        bar = self.menuBar()
        file_menu = bar.addMenu(self.tr("&File"))
        self.files.fill_menu(file_menu)
        file_menu.addSeparator()
        file_menu.addAction(self.close_action)
        edit_menu = bar.addMenu(self.tr("&Edit"))
        for action in (self.undo_action, self.redo_action):
            edit_menu.addAction(action)
        edit_menu.addSeparator()
        cue_actions = (self.keyed["insert_cue"], self.keyed["insert_time"], self.split_action)
        for action in (*cue_actions, self.merge_action, self.delete_action):
            edit_menu.addAction(action)
        edit_menu.addSeparator()
        for action in (self.new_segment_action, self.previous_action, self.next_action):
            edit_menu.addAction(action)
        play_menu = bar.addMenu(self.tr("&Playback"))
        for name in ("play_pause", "back", "forward", "slower", "faster"):
            play_menu.addAction(self.keyed[name])
        play_menu.addSeparator()
        play_menu.addAction(self.shortcuts_action)
        self.clips.fill_menu(bar.addMenu(self.tr("C&lip")))

    def _build_toolbar(self) -> None:
        toolbar = QToolBar(self.tr("Editing"))
        toolbar.setObjectName("room_toolbar")
        toolbar.setMovable(False)
        toolbar.setToolButtonStyle(Qt.ToolButtonStyle.ToolButtonTextBesideIcon)
        style = self.style()
        self.undo_action.setIcon(style.standardIcon(QStyle.StandardPixmap.SP_ArrowBack))
        self.redo_action.setIcon(style.standardIcon(QStyle.StandardPixmap.SP_ArrowForward))
        short = {  # the menus say it in full; the toolbar has room for a word or two
            self.undo_action: self.tr("Undo"),
            self.redo_action: self.tr("Redo"),
            self.keyed["insert_cue"]: self.tr("New cue"),
            self.split_action: self.tr("Split"),
            self.merge_action: self.tr("Merge"),
            self.delete_action: self.tr("Delete cue"),
            self.new_segment_action: self.tr("New segment"),
            self.previous_action: self.tr("◀ Segment"),
            self.next_action: self.tr("Segment ▶"),
        }
        for n, (action, text) in enumerate(short.items()):
            action.setIconText(text)
            toolbar.addAction(action)
            if n in (1, 5):
                toolbar.addSeparator()
        self.addToolBar(toolbar)

    def _connect(self) -> None:
        k = self.keyed
        k["play_pause"].triggered.connect(self.player.toggle)
        k["back"].triggered.connect(lambda: self.player.skip(-5000))
        k["forward"].triggered.connect(lambda: self.player.skip(5000))
        k["slower"].triggered.connect(self.player.slower)
        k["faster"].triggered.connect(self.player.faster)
        k["insert_cue"].triggered.connect(self.insert_cue_now)
        k["insert_time"].triggered.connect(
            lambda: self.transcript.insert_time_into_text(self.player.position())
        )
        self.split_action.triggered.connect(lambda: self.transcript.split_selected(self.player.position()))
        self.merge_action.triggered.connect(self.transcript.merge_selected)
        self.delete_action.triggered.connect(self.transcript.delete_selected)
        self.new_segment_action.triggered.connect(self.new_segment_now)
        self.previous_action.triggered.connect(lambda: self.index.jump(-1, self.player.position()))
        self.next_action.triggered.connect(lambda: self.index.jump(1, self.player.position()))
        self.shortcuts_action.triggered.connect(self.choose_shortcuts)
        self.close_action.triggered.connect(self.close)
        self.undo_action.triggered.connect(self.undo)
        self.redo_action.triggered.connect(self.redo)
        self.player.position_changed.connect(self._position_changed)
        self.player.duration_changed.connect(self.waveform.set_duration)
        self.player.failed.connect(lambda text: self.statusBar().showMessage(text, 8000))
        self.waveform.seek_requested.connect(self.player.seek)
        self.transcript.seek_requested.connect(self.player.seek)
        self.transcript.silenced.connect(self.player.set_silenced)
        self.index.seek_requested.connect(self.player.seek)
        self.index.segments_changed.connect(self._mark_segments)
        for source in (self.transcript.message, self.index.message, self.clips.message):
            source.connect(lambda text: self.statusBar().showMessage(text, 5000))

    def _load(self) -> None:
        if self.recording.media.exists():
            self.player.load(self.recording.media, self.recording.duration_ms)
        else:
            self.player.setEnabled(False)
            self.statusBar().showMessage(self.tr("The recording's file is missing from the archive."))
        self.reload()

    def reload(self) -> None:
        self.transcript.reload()
        self.index.reload()

    # -- playback and the transcriptionist's keys --------------------------------------------
    def _position_changed(self, position: int) -> None:
        self.waveform.set_position(position)
        self.transcript.follow(position)

    def open_at(self, start_ms: int) -> None:
        """Show the recording at `start_ms` (a search hit, a segment): seek there, show its cue."""
        self.player.seek(start_ms)
        self._position_changed(start_ms)
        row = self.transcript.model.row_at(start_ms)
        if row >= 0:
            self.transcript.select_cue(self.transcript.model.rows[row].id, focus=False)
        self.tabs.setCurrentWidget(self.transcript)

    def insert_cue_now(self) -> None:
        self.tabs.setCurrentWidget(self.transcript)
        self.transcript.insert_at(self.player.position())

    def new_segment_now(self) -> None:
        self.tabs.setCurrentWidget(self.index)
        self.index.new_at(self.player.position())

    def _mark_segments(self, rows: list[Any]) -> None:
        self.waveform.set_marks([Mark(row.start_ms, row.title) for row in rows])

    def apply_shortcuts(self, keys: dict[str, QKeySequence]) -> None:
        for name, key in keys.items():
            self.keyed[name].setShortcut(key)
            self.keyed[name].setToolTip(f"{self.keyed[name].text()} ({key.toString()})")
        cue_key = keys.get("insert_cue")
        if cue_key is not None:
            self.transcript.set_cue_key(cue_key.toString(QKeySequence.SequenceFormat.NativeText))

    def choose_shortcuts(self) -> None:
        dialog = ShortcutsDialog(self, {n: a.shortcut() for n, a in self.keyed.items()})
        if dialog.exec() == ShortcutsDialog.DialogCode.Accepted:
            self.apply_shortcuts(dialog.keys())
            save_shortcuts(self.settings, dialog.keys())

    # -- refusals ----------------------------------------------------------------------------
    def step_failed(self, error: ZacniError, retry: Any) -> None:
        """The core refused an edit or an undo step: a conflict gets the choice, anything else a message."""
        if isinstance(error, ConflictError):
            choice = ConflictDialog(self, self.tr("this transcript")).choose()
            if choice == "overwrite":
                try:
                    retry()
                except ZacniError as again:
                    QMessageBox.warning(self, self.tr("Cannot save"), room_message(again))
            elif choice == "reload":
                self.reload()
            return
        QMessageBox.warning(self, self.tr("Cannot save"), room_message(error))

    # -- settings and closing ----------------------------------------------------------------
    def _restore_settings(self) -> None:
        s = self.settings
        geometry = s.value(f"{SETTINGS}/geometry")
        if geometry is not None:
            self.restoreGeometry(geometry)
        else:
            self.resize(1100, 760)
        if self.player.video is None:  # audio: the top takes what it needs, the text the rest
            self.splitter.setSizes([self.top.sizeHint().height(), self.height()])
        for name, splitter in self._splitters().items():
            state = s.value(f"{SETTINGS}/{name}")
            if state is not None:
                splitter.restoreState(state)
        self.player.set_volume(int(s.value(f"{SETTINGS}/volume", 80)))  # type: ignore[call-overload]

    def _splitters(self) -> dict[str, QSplitter]:
        return {
            "splitter": self.splitter,
            "transcript_splitter": self.transcript.splitter,
            "index_splitter": self.index.splitter,
        }

    def save_settings(self) -> None:
        s = self.settings
        s.setValue(f"{SETTINGS}/geometry", self.saveGeometry())
        for name, splitter in self._splitters().items():
            s.setValue(f"{SETTINGS}/{name}", splitter.saveState())
        s.setValue(f"{SETTINGS}/volume", self.player.volume.value())
        s.sync()

    def closeEvent(self, event: QCloseEvent) -> None:
        if self.editing and not self._save_typing():
            event.ignore()  # a refused save keeps the window open, with the typing on screen
            return
        self.save_settings()
        self.typing_keys.stop()
        self.player.unload()
        super().closeEvent(event)


def open_listening_room(
    parent: QWidget | None,
    archive: Archive,
    actor: Actor,
    settings: QSettings,
    asset_id: int,
    start_ms: int = 0,
) -> ListeningRoom:
    """Open the room on a recording (from the catalogue, or a search hit at `start_ms`)."""
    room = ListeningRoom(archive, actor, settings, asset_id, parent)
    room.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
    room.show()
    room.open_at(start_ms)
    return room
