"""The transcript beside the player: a table of cues over a model, and a pane to type the chosen one.

The table is a QAbstractTableModel over the cues as plain values (CueRow); the cue being played
is highlighted and scrolled to, without moving the selection, so playback never pulls the text
away from under the typist. The pane below edits the selected cue; what is typed is saved after a
pause, when the cue is left, or before any other edit, each save one core call wrapped in an undo
step (consecutive saves of one cue merge into one step). "Insert at the current time" is the
transcriptionist's key: inside a cue it cuts the cue there (the text after the cursor goes with
the new cue), elsewhere it starts a new cue.
"""

from __future__ import annotations

import bisect
from collections.abc import Callable
from typing import Any, TypeVar

from zacni_app.core.transcript_edits import REDACTED_ID, CueRow
from zacni_app.ui.language import value_label
from zacni_app.ui.player import clock, parse_clock
from zacni_app.ui.qt import (
    QAbstractItemView,
    QAbstractTableModel,
    QColor,
    QCompleter,
    QEvent,
    QFormLayout,
    QHeaderView,
    QItemSelectionModel,
    QLabel,
    QLineEdit,
    QModelIndex,
    QObject,
    QPersistentModelIndex,
    QPlainTextEdit,
    QSplitter,
    QStringListModel,
    QStyledItemDelegate,
    Qt,
    QTableView,
    QTimer,
    QUndoCommand,
    QUndoStack,
    QVBoxLayout,
    QWidget,
    Signal,
)
from zacni_app.ui.room_commands import (
    DeleteCue,
    EditCue,
    FailureHandler,
    InsertCue,
    MergeCue,
    RoomDoor,
    SplitCue,
    push_edit,
)

T = TypeVar("T")
FIELDS = ("start_ms", "end_ms", "speaker", "text")
SAVE_PAUSE_MS = 1500
CURRENT = QColor("#fff3c4")
RESTRICTED = QColor("#9a3412")
AnyIndex = QModelIndex | QPersistentModelIndex


def short_clock(ms: int) -> str:
    """00:01:23.4 — tenths are enough to tell cues apart in a list."""
    return f"{clock(ms)}.{ms % 1000 // 100}"


class CueModel(QAbstractTableModel):
    """Start, end, speaker and text of each cue; edits are requested, not applied (they go through undo)."""

    edit_requested = Signal(int, str, object)  # cue id, field, value

    def __init__(self, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self.rows: list[CueRow] = []
        self.current = -1
        self.editable = False
        self._starts: list[int] = []

    def set_cues(self, rows: list[CueRow]) -> None:
        """New values: changed rows are updated in place when the cues are the same ones."""
        if [r.id for r in rows] == [r.id for r in self.rows]:
            old, self.rows = self.rows, rows
            for n, (before, after) in enumerate(zip(old, rows, strict=True)):
                if before != after:
                    self.dataChanged.emit(self.index(n, 0), self.index(n, len(FIELDS) - 1))
        else:
            self.beginResetModel()
            self.rows = rows
            self.current = -1
            self.endResetModel()
        self._starts = [r.start_ms for r in rows]

    def row_of(self, cue_id: int) -> int | None:
        return next((n for n, r in enumerate(self.rows) if r.id == cue_id), None)

    def row_at(self, ms: int) -> int:
        """The cue being heard at `ms`: the last one started by then (-1 before the first)."""
        row = bisect.bisect_right(self._starts, ms) - 1
        while row > 0 and self.rows[row].end_ms <= ms and self.rows[row - 1].end_ms > ms:
            row -= 1  # an overlapping earlier cue still running
        return row

    def set_current(self, row: int) -> bool:
        if row == self.current:
            return False
        previous, self.current = self.current, row
        for n in (previous, row):
            if 0 <= n < len(self.rows):
                self.dataChanged.emit(self.index(n, 0), self.index(n, len(FIELDS) - 1))
        return True

    # -- the model ---------------------------------------------------------------------------
    def rowCount(self, parent: AnyIndex = QModelIndex()) -> int:  # noqa: B008 - Qt's signature
        return 0 if parent.isValid() else len(self.rows)

    def columnCount(self, parent: AnyIndex = QModelIndex()) -> int:  # noqa: B008
        return 0 if parent.isValid() else len(FIELDS)

    def headerData(self, section: int, orientation: Qt.Orientation, role: int = 0) -> Any:
        if orientation != Qt.Orientation.Horizontal or role != Qt.ItemDataRole.DisplayRole:
            return None
        return (self.tr("Start"), self.tr("End"), self.tr("Speaker"), self.tr("Text"))[section]

    def data(self, index: AnyIndex, role: int = 0) -> Any:
        if not index.isValid():
            return None
        cue, field = self.rows[index.row()], FIELDS[index.column()]
        if role == Qt.ItemDataRole.DisplayRole and cue.id == REDACTED_ID and field == "text":
            return self.tr("[restricted passage]")
        if role == Qt.ItemDataRole.DisplayRole:
            value = getattr(cue, field)
            return short_clock(value) if field.endswith("_ms") else (value or "").replace("\n", " ")
        if role == Qt.ItemDataRole.EditRole:
            value = getattr(cue, field)
            return clock(value, millis=True) if field.endswith("_ms") else value or ""
        if role == Qt.ItemDataRole.BackgroundRole and index.row() == self.current:
            return CURRENT
        if role == Qt.ItemDataRole.ForegroundRole and cue.access:
            return RESTRICTED
        if role == Qt.ItemDataRole.ToolTipRole and field == "text":
            if cue.id == REDACTED_ID:
                return self.tr("A restricted passage: you may not hear or read it.")
            if cue.access:  # staff see restricted passages; say so, so none is published by mistake
                return self.tr("Restricted passage ({0}): {1}").format(value_label(cue.access), cue.text)
            return cue.text
        return None

    def flags(self, index: AnyIndex) -> Qt.ItemFlag:
        base = super().flags(index)
        if index.isValid() and self.rows[index.row()].id == REDACTED_ID:
            return Qt.ItemFlag.ItemIsEnabled  # a closed passage's placeholder: seen, never edited
        return base | Qt.ItemFlag.ItemIsEditable if self.editable else base

    def setData(self, index: AnyIndex, value: Any, role: int = 2) -> bool:
        if role != Qt.ItemDataRole.EditRole or not index.isValid() or not self.editable:
            return False
        if self.rows[index.row()].id == REDACTED_ID:
            return False
        cue, field = self.rows[index.row()], FIELDS[index.column()]
        if field.endswith("_ms"):
            value = parse_clock(str(value))
            if value is None:
                return False
        elif isinstance(value, str):
            value = value.strip() or None if field == "speaker" else value.strip()
        if value != getattr(cue, field):
            self.edit_requested.emit(cue.id, field, value)
        return False  # the model changes when the saved cue is read back


class SpeakerDelegate(QStyledItemDelegate):
    """The speaker cell's editor completes names (the transcript's speakers and the interview's people)."""

    def __init__(self, completer_words: Callable[[], list[str]], parent: QObject | None = None) -> None:
        super().__init__(parent)
        self.words = completer_words

    def createEditor(self, parent: QWidget, option: Any, index: AnyIndex) -> QWidget:
        editor = QLineEdit(parent)
        editor.setCompleter(speaker_completer(self.words(), editor))
        return editor


def speaker_completer(words: list[str], parent: QObject) -> QCompleter:
    completer = QCompleter(parent)
    completer.setModel(QStringListModel(words, completer))
    completer.setCaseSensitivity(Qt.CaseSensitivity.CaseInsensitive)
    completer.setFilterMode(Qt.MatchFlag.MatchContains)
    return completer


class TranscriptEditor(QWidget):
    """Cues of one recording: follow playback, seek on click, type, split, merge, insert, delete."""

    seek_requested = Signal(int)
    message = Signal(str)
    silenced = Signal(object)  # [(start_ms, end_ms)] of passages this reader may not hear

    def __init__(
        self, door: RoomDoor, undo_stack: QUndoStack, on_failure: FailureHandler, *, read_only: bool
    ):
        super().__init__()
        self.setObjectName("transcript_editor")
        self.door = door
        self.undo_stack = undo_stack
        self.on_failure = on_failure
        self.read_only = read_only
        self.words: list[str] = []
        self.pane_cue: int | None = None
        self._loading = False
        self.model = CueModel(self)
        self.model.editable = not read_only
        self.save_timer = QTimer(self)
        self.save_timer.setSingleShot(True)
        self.save_timer.setInterval(SAVE_PAUSE_MS)
        self._build()
        self._connect()

    def _build(self) -> None:
        self.table = QTableView()
        self.table.setObjectName("cue_table")
        self.table.setModel(self.model)
        self.table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.table.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.table.setEditTriggers(
            QAbstractItemView.EditTrigger.DoubleClicked | QAbstractItemView.EditTrigger.EditKeyPressed
        )
        self.table.setWordWrap(False)
        self.table.verticalHeader().hide()
        header = self.table.horizontalHeader()
        for column, width in enumerate((96, 96, 150)):
            self.table.setColumnWidth(column, width)
        header.setSectionResizeMode(3, QHeaderView.ResizeMode.Stretch)
        self.table.setItemDelegateForColumn(2, SpeakerDelegate(lambda: self.words, self.table))
        self.speaker = QLineEdit()
        self.speaker.setObjectName("cue_speaker")
        self.speaker.setPlaceholderText(self.tr("Who speaks"))
        self.text = QPlainTextEdit()
        self.text.setObjectName("cue_text")
        self.set_cue_key("Ctrl+T")
        self.times = QLabel()
        self.times.setObjectName("cue_times")
        pane = QWidget()
        form = QFormLayout(pane)
        form.setContentsMargins(4, 4, 4, 0)
        form.addRow(self.tr("Cue"), self.times)
        form.addRow(self.tr("Speaker"), self.speaker)
        form.addRow(self.tr("Text"), self.text)
        self.splitter = QSplitter(Qt.Orientation.Vertical)
        self.splitter.setObjectName("transcript_splitter")
        self.splitter.addWidget(self.table)
        self.splitter.addWidget(pane)
        self.splitter.setStretchFactor(0, 3)
        self.splitter.setStretchFactor(1, 1)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addWidget(self.splitter)
        for widget in (self.speaker, self.text):
            widget.setReadOnly(self.read_only)

    def set_cue_key(self, key: str) -> None:
        """The placeholder names the key that starts the next cue (it can be changed)."""
        self.text.setPlaceholderText(
            self.tr("Type what you hear; {0} starts the next cue at the current time.").format(key)
        )

    def _connect(self) -> None:
        self.table.clicked.connect(self._clicked)
        self.table.selectionModel().currentRowChanged.connect(self._row_chosen)
        self.model.edit_requested.connect(lambda cue, field, value: self.edit_cue(cue, {field: value}))
        self.text.textChanged.connect(self._typed)
        self.speaker.textEdited.connect(lambda _text: self._typed())
        self.save_timer.timeout.connect(self.commit_pane)
        self.text.installEventFilter(self)
        self.speaker.installEventFilter(self)

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        if event.type() == QEvent.Type.FocusOut and watched in (self.text, self.speaker):
            self.commit_pane()
        return super().eventFilter(watched, event)

    # -- reading -----------------------------------------------------------------------------
    def reload(self) -> None:
        """Read the transcript again (after an edit, undo, import, or another PC's change).

        The pane is left alone while it shows what was saved (so a save in a typing pause keeps
        the cursor and the space just typed); otherwise it shows the cue as stored.
        """
        keep = self.door.current_id("cue", self.pane_cue) if self.pane_cue is not None else None
        state = self.door.transcript()
        scroll = self.table.verticalScrollBar().value()
        self._loading = True
        try:
            self.model.set_cues(list(state.cues) if state else [])
            self.table.verticalScrollBar().setValue(scroll)
        finally:
            self._loading = False
        self.silenced.emit([(c.start_ms, c.end_ms) for c in self.model.rows if c.id == REDACTED_ID])
        words = self.door.speakers()
        if words != self.words:  # a new completer would close one open while typing a name
            self.words = words
            self.speaker.setCompleter(speaker_completer(words, self.speaker))
        row = self.model.row_of(keep) if keep is not None else None
        if row is None:
            self._show_in_pane(None)
            return
        self._select_row(row)
        cue = self.model.rows[row]
        self.pane_cue = cue.id
        if self.pane_changes() or self.times.text() != self._times(cue):
            self._show_in_pane(cue)

    def follow(self, position_ms: int) -> None:
        """Highlight the cue being heard and bring it into view (the selection stays where it is)."""
        row = self.model.row_at(position_ms)
        if self.model.set_current(row) and row >= 0:
            self.table.scrollTo(self.model.index(row, 0), QAbstractItemView.ScrollHint.EnsureVisible)

    def selected(self) -> CueRow | None:
        row = self.model.row_of(self.pane_cue) if self.pane_cue is not None else None
        return self.model.rows[row] if row is not None else None

    def select_cue(self, cue_id: int | None, *, focus: bool = True, cursor: int | None = None) -> None:
        row = self.model.row_of(cue_id) if cue_id is not None else None
        if row is None:
            self._show_in_pane(None)
            return
        self._select_row(row)
        self._show_in_pane(self.model.rows[row])
        if focus:
            self.text.setFocus()
            text_cursor = self.text.textCursor()
            text_cursor.setPosition(min(cursor or 0, len(self.text.toPlainText())))
            self.text.setTextCursor(text_cursor)

    def _select_row(self, row: int) -> None:
        flags = QItemSelectionModel.SelectionFlag.ClearAndSelect | QItemSelectionModel.SelectionFlag.Rows
        self._loading = True
        self.table.selectionModel().setCurrentIndex(self.model.index(row, 3), flags)
        self._loading = False

    @staticmethod
    def _times(cue: CueRow) -> str:
        return f"{short_clock(cue.start_ms)} – {short_clock(cue.end_ms)}"

    def _show_in_pane(self, cue: CueRow | None) -> None:
        self.save_timer.stop()
        self.pane_cue = cue.id if cue else None
        self._loading = True
        self.text.setPlainText(cue.text if cue else "")
        self.speaker.setText(cue.speaker or "" if cue else "")
        self.times.setText(self._times(cue) if cue else "")
        self._loading = False
        enabled = cue is not None and not self.read_only
        self.text.setReadOnly(not enabled)
        self.speaker.setReadOnly(not enabled)

    def _row_chosen(self, current: QModelIndex, _previous: QModelIndex) -> None:
        if self._loading or not current.isValid():
            return
        chosen = self.model.rows[current.row()].id
        if chosen != self.pane_cue:
            self.commit_pane()  # the cue being left is saved first (this re-reads the cues)
            self.select_cue(chosen, focus=False)

    def _clicked(self, index: QModelIndex) -> None:
        if index.isValid():
            self.seek_requested.emit(self.model.rows[index.row()].start_ms)

    # -- typing ------------------------------------------------------------------------------
    def _typed(self) -> None:
        if not self._loading and not self.read_only and self.pane_cue is not None:
            self.save_timer.start()

    def pane_changes(self) -> dict[str, Any]:
        cue = self.selected()
        if cue is None or self.read_only:
            return {}
        changes: dict[str, Any] = {}
        text = self.text.toPlainText().strip()
        speaker = self.speaker.text().strip() or None
        if text != cue.text:
            changes["text"] = text
        if speaker != cue.speaker:
            changes["speaker"] = speaker
        return changes

    def commit_pane(self) -> bool:
        """Save what was typed into the pane; False if the save was refused."""
        self.save_timer.stop()
        changes = self.pane_changes()
        cue = self.selected()
        if not changes or cue is None:
            return True
        return self.edit_cue(cue.id, changes)

    # -- edits -------------------------------------------------------------------------------
    def _edit(self, run: Callable[[bool], T], step: Callable[[T], QUndoCommand]) -> T | None:
        result = push_edit(self.undo_stack, self.on_failure, run, step)
        if result is None:
            self.reload()  # refused: show what is stored
        return result

    def _kw(self) -> dict[str, Any]:
        return {"on_changed": lambda _area: self.reload(), "on_failure": self.on_failure}

    def edit_cue(self, cue_id: int, changes: dict[str, Any]) -> bool:
        row = self.model.row_of(cue_id)
        if row is None or self.read_only:
            return False
        cue = self.model.rows[row]
        before = {field: getattr(cue, field) for field in changes}
        text = self.tr("Edit the cue at {0}").format(clock(cue.start_ms))
        done = self._edit(
            lambda force: self.door.update_cue(cue_id, changes, force),
            lambda _cue: EditCue(text, self.door, cue_id, before, dict(changes), **self._kw()),
        )
        self.reload()
        return done is not None

    def insert_at(self, position_ms: int) -> None:
        """Ctrl+T: cut the cue being typed (or heard) at the current time, or start a new cue there."""
        if self.read_only or not self.commit_pane():
            return
        target = self.selected()
        if target is None or not target.start_ms < position_ms < target.end_ms:
            row = self.model.row_at(position_ms)
            target = self.model.rows[row] if row >= 0 else None
        if target is not None and target.start_ms < position_ms < target.end_ms:
            typing_here = self.text.hasFocus() and self.pane_cue == target.id
            at_char = self.cursor_in(target) if typing_here else len(target.text)
            self.split(target, at_char, position_ms)
            return
        made = self._edit(
            lambda force: self.door.new_cue(position_ms, force),
            lambda cue: InsertCue(self.tr("New cue"), self.door, cue, **self._kw()),
        )
        self.reload()
        if made is not None:
            self.select_cue(made.id)

    def cursor_in(self, cue: CueRow) -> int:
        """The pane's cursor as a position in the stored text (which has no edge spaces)."""
        typed = self.text.toPlainText()
        leading = len(typed) - len(typed.lstrip())
        return min(max(0, self.text.textCursor().position() - leading), len(cue.text))

    def split(self, cue: CueRow, at_char: int, at_ms: int) -> None:
        made = self._edit(
            lambda force: self.door.split_cue(cue.id, at_char, at_ms, force),
            lambda second: SplitCue(
                self.tr("Split the cue"), self.door, cue, at_char, at_ms, second.id, **self._kw()
            ),
        )
        self.reload()
        if made is not None:
            self.select_cue(made.id, cursor=0)

    def split_selected(self, position_ms: int) -> None:
        cue = self.selected()
        if cue is None or self.read_only or not self.commit_pane():
            return
        cue = self.selected() or cue
        at_ms = position_ms if cue.start_ms < position_ms < cue.end_ms else (cue.start_ms + cue.end_ms) // 2
        at_char = self.cursor_in(cue) if self.pane_cue == cue.id else len(cue.text)
        self.split(cue, at_char, at_ms)

    def merge_selected(self) -> None:
        cue = self.selected()
        if cue is None or self.read_only or not self.commit_pane():
            return
        cue = self.selected() or cue
        self._edit(
            lambda force: self.door.merge_cue(cue.id, None, force),
            lambda removed: MergeCue(
                self.tr("Merge with the next cue"), self.door, cue, removed, **self._kw()
            ),
        )
        self.reload()
        self.select_cue(cue.id, cursor=len(cue.text))

    def delete_selected(self) -> None:
        cue = self.selected()
        if cue is None or self.read_only:
            return
        self.save_timer.stop()
        done = self._edit(
            lambda force: self.door.delete_cue(cue.id, force),
            lambda removed: DeleteCue(self.tr("Delete the cue"), self.door, removed, **self._kw()),
        )
        if done is not None:
            self.pane_cue = None
        self.reload()

    def insert_time_into_text(self, position_ms: int) -> None:
        """Ctrl+Shift+T: the current time as [hh:mm:ss] at the cursor (a note inside a cue)."""
        if self.read_only or self.pane_cue is None:
            return
        self.text.textCursor().insertText(f"[{clock(position_ms)}] ")
