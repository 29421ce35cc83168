"""The index of a recording: OHMS-style segments in a list, the chosen one in a form beside it.

A segment is a titled stretch of the interview with its partial transcript, synopsis, keywords,
subjects and places; subjects and places complete from the archive's vocabulary (a new one is
added to it on save). The form is saved with Save or when another segment is chosen, each save
one core call wrapped in an undo step. "New segment at the current time" makes one at once, titled
by its time, ready for a real title; previous/next jump the player between segment starts.
"""

from __future__ import annotations

import bisect
from collections.abc import Callable
from typing import Any

from zacni_app.core.catalogue_queries import place_names, subject_labels
from zacni_app.core.errors import ValidationError
from zacni_app.core.transcript_edits import SegmentRow
from zacni_app.ui.player import clock, parse_clock
from zacni_app.ui.qt import (
    QAbstractItemView,
    QAbstractListModel,
    QFormLayout,
    QHBoxLayout,
    QItemSelectionModel,
    QListView,
    QModelIndex,
    QObject,
    QPersistentModelIndex,
    QPushButton,
    QScrollArea,
    QSplitter,
    Qt,
    QUndoStack,
    QVBoxLayout,
    QWidget,
    Signal,
)
from zacni_app.ui.record_form import Field, LabelsField, LineField, TextField
from zacni_app.ui.room_commands import (
    DeleteSegment,
    EditSegment,
    FailureHandler,
    NewSegment,
    RoomDoor,
    push_edit,
)
from zacni_app.ui.room_messages import room_message

AnyIndex = QModelIndex | QPersistentModelIndex


class TimeField(LineField):
    """A time in the recording typed as hh:mm:ss[.mmm]; stored in milliseconds."""

    def __init__(self, name: str, *, required: bool) -> None:
        super().__init__(name, "00:00:00")
        self.required = required
        self.line.setMaximumWidth(130)

    def get(self) -> Any:
        text = self.line.text().strip()
        if not text and not self.required:
            return None
        value = parse_clock(text)
        if value is None:
            raise ValidationError(self.name, f"'{text}' is not a time in the form hh:mm:ss")
        return value

    def set(self, value: Any) -> None:
        self.line.setText("" if value is None else clock(int(value), millis=int(value) % 1000 != 0))


class SegmentModel(QAbstractListModel):
    """The segments as "00:12:30  Title" lines, in time order."""

    def __init__(self, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self.rows: list[SegmentRow] = []

    def set_segments(self, rows: list[SegmentRow]) -> None:
        self.beginResetModel()
        self.rows = rows
        self.endResetModel()

    def row_of(self, segment_id: int | None) -> int | None:
        return next((n for n, r in enumerate(self.rows) if r.id == segment_id), None)

    def rowCount(self, parent: AnyIndex = QModelIndex()) -> int:  # noqa: B008 - Qt's signature
        return 0 if parent.isValid() else len(self.rows)

    def data(self, index: AnyIndex, role: int = 0) -> Any:
        if not index.isValid():
            return None
        row = self.rows[index.row()]
        if role == Qt.ItemDataRole.DisplayRole:
            return f"{clock(row.start_ms)}  {row.title}"
        if role == Qt.ItemDataRole.ToolTipRole:
            return row.synopsis or row.title
        return None


class IndexEditor(QWidget):
    """Segments of one recording: list, form, new at the current time, previous/next."""

    seek_requested = Signal(int)
    segments_changed = Signal(list)  # the SegmentRows now shown (the waveform marks them)
    message = Signal(str)

    def __init__(
        self, door: RoomDoor, undo_stack: QUndoStack, on_failure: FailureHandler, *, read_only: bool
    ):
        super().__init__()
        self.setObjectName("index_editor")
        self.door = door
        self.undo_stack = undo_stack
        self.on_failure = on_failure
        self.read_only = read_only
        self.shown: SegmentRow | None = None
        #: where the player is (the room sets it): new segments and jumps start from there
        self.position: Callable[[], int] = lambda: 0
        self._loading = False
        self.model = SegmentModel(self)
        self._build()
        self._connect()

    def _build(self) -> None:
        self.list = QListView()
        self.list.setObjectName("segment_list")
        self.list.setModel(self.model)
        self.list.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.list.setSpacing(2)
        self.title = LineField("title")
        self.fields: dict[str, Field] = {
            "title": self.title,
            "start_ms": TimeField("start_ms", required=True),
            "end_ms": TimeField("end_ms", required=False),
            "partial_transcript": TextField("partial_transcript", lines=3),
            "synopsis": TextField("synopsis", lines=4),
            "keywords": LabelsField("keywords", self.tr("comma-separated")),
            "subjects": LabelsField("subjects", self.tr("from the vocabulary, comma-separated")),
            "places": LabelsField("places", self.tr("comma-separated")),
        }
        labels = {
            "title": self.tr("Title"),
            "start_ms": self.tr("Start"),
            "end_ms": self.tr("End"),
            "partial_transcript": self.tr("Partial transcript"),
            "synopsis": self.tr("Synopsis"),
            "keywords": self.tr("Keywords"),
            "subjects": self.tr("Subjects"),
            "places": self.tr("Places"),
        }
        form_widget = QWidget()
        form = QFormLayout()
        for name, field in self.fields.items():
            form.addRow(labels[name], field)
            field.set_read_only(self.read_only)
        form_column = QVBoxLayout(form_widget)
        form_column.addLayout(form)
        form_column.addStretch(1)  # rows keep their height; spare room goes below the form
        scroll = QScrollArea()
        scroll.setWidgetResizable(True)
        scroll.setWidget(form_widget)
        self.new_button = self._button("segment_new", self.tr("New segment at the current time"))
        self.save_button = self._button("segment_save", self.tr("Save"))
        self.revert_button = self._button("segment_revert", self.tr("Revert"))
        self.delete_button = self._button("segment_delete", self.tr("Delete"))
        self.previous_button = self._button("segment_previous", self.tr("◀ Previous"))
        self.next_button = self._button("segment_next", self.tr("Next ▶"))
        buttons = QHBoxLayout()
        for button in (self.previous_button, self.next_button):
            buttons.addWidget(button)
        buttons.addStretch(1)
        for button in (self.new_button, self.delete_button, self.revert_button, self.save_button):
            buttons.addWidget(button)
            button.setVisible(not self.read_only)
        right = QWidget()
        column = QVBoxLayout(right)
        column.setContentsMargins(0, 0, 0, 0)
        column.addWidget(scroll, 1)
        column.addLayout(buttons)
        self.splitter = QSplitter(Qt.Orientation.Horizontal)
        self.splitter.setObjectName("index_splitter")
        self.splitter.addWidget(self.list)
        self.splitter.addWidget(right)
        self.splitter.setSizes([260, 540])
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addWidget(self.splitter)

    def _button(self, name: str, text: str) -> QPushButton:
        button = QPushButton(text)
        button.setObjectName(name)
        return button

    def _connect(self) -> None:
        self.list.selectionModel().currentRowChanged.connect(self._row_chosen)
        self.list.clicked.connect(
            lambda index: self.seek_requested.emit(self.model.rows[index.row()].start_ms)
        )
        self.save_button.clicked.connect(self.save)
        self.revert_button.clicked.connect(lambda: self._show(self.shown))
        self.delete_button.clicked.connect(self.delete_selected)
        self.new_button.clicked.connect(lambda: self.new_at(self.position()))
        self.previous_button.clicked.connect(lambda: self.jump(-1, self.position()))
        self.next_button.clicked.connect(lambda: self.jump(1, self.position()))

    # -- reading -----------------------------------------------------------------------------
    def reload(self) -> None:
        keep = self.door.current_id("segment", self.shown.id) if self.shown else None
        rows = self.door.segments()
        self._loading = True
        self.model.set_segments(rows)
        self._loading = False
        if not self.read_only:
            with self.door.archive.session(self.door.actor) as s:
                subjects, places = subject_labels(s), place_names(s)
            self._choices("subjects", subjects)
            self._choices("places", places)
        self.select_segment(keep)
        self.segments_changed.emit(rows)

    def _choices(self, name: str, words: list[str]) -> None:
        field = self.fields[name]
        if isinstance(field, LabelsField):
            field.set_choices(words)

    def select_segment(self, segment_id: int | None) -> None:
        row = self.model.row_of(segment_id)
        if row is None:
            self._show(None)
            return
        self._loading = True
        self.list.selectionModel().setCurrentIndex(
            self.model.index(row, 0), QItemSelectionModel.SelectionFlag.ClearAndSelect
        )
        self._loading = False
        self._show(self.model.rows[row])

    def _show(self, row: SegmentRow | None) -> None:
        self.shown = row
        values = row.values() if row else {}
        for name, field in self.fields.items():
            field.set(values.get(name))
            field.show_error("")
            field.set_read_only(self.read_only or row is None)
        self.save_button.setEnabled(row is not None)
        self.revert_button.setEnabled(row is not None)
        self.delete_button.setEnabled(row is not None)

    def _row_chosen(self, current: QModelIndex, _previous: QModelIndex) -> None:
        if self._loading or not current.isValid():
            return
        chosen = self.model.rows[current.row()].id
        if self.shown is not None and chosen != self.shown.id and not self.save():
            return
        self.select_segment(self.door.current_id("segment", chosen))

    # -- editing -----------------------------------------------------------------------------
    def changes(self) -> dict[str, Any]:
        """Fields of the form that differ from the stored segment; ValidationError if one is unreadable."""
        if self.shown is None or self.read_only:
            return {}
        stored = self.shown.values()
        typed = {name: field.get() for name, field in self.fields.items()}
        return {name: value for name, value in typed.items() if value != stored[name]}

    def save(self) -> bool:
        """Save the form; False (with the message beside its field) if it was refused."""
        shown = self.shown
        if shown is None or self.read_only:
            return True
        try:
            changes = self.changes()
        except ValidationError as error:
            self._field_error(error)
            return False
        if not changes:
            return True
        before = {name: shown.values()[name] for name in changes}
        try:
            done = push_edit(
                self.undo_stack,
                self._refused,
                lambda force: self.door.update_segment(shown.id, changes, force),
                lambda _row: EditSegment(
                    self.tr("Edit the segment “{0}”").format(shown.title),
                    self.door,
                    shown.id,
                    before,
                    changes,
                    **self._kw(),
                ),
            )
        except ValidationError as error:
            self._field_error(error)
            return False
        if done is None:
            return False
        self.reload()
        self.message.emit(self.tr("Segment saved."))
        return True

    def _refused(self, error: Any, retry: Any) -> None:
        if isinstance(error, ValidationError):
            raise error  # shown beside its field by save()
        self.on_failure(error, retry)

    def _field_error(self, error: ValidationError) -> None:
        field = self.fields.get(error.field)
        if field is not None:
            field.show_error(room_message(error))
        else:
            self.message.emit(room_message(error))

    def _kw(self) -> dict[str, Any]:
        return {"on_changed": lambda _area: self.reload(), "on_failure": self.on_failure}

    def new_at(self, position_ms: int) -> None:
        if self.read_only or not self.save():
            return
        values = {"start_ms": position_ms, "title": self.tr("Segment at {0}").format(clock(position_ms))}
        made = push_edit(
            self.undo_stack,
            self.on_failure,
            lambda _force: self.door.new_segment(values),
            lambda row: NewSegment(self.tr("New segment"), self.door, row, **self._kw()),
        )
        self.reload()
        if made is not None:
            self.select_segment(made.id)
            self.title.line.setFocus()
            self.title.line.selectAll()

    def delete_selected(self) -> None:
        shown = self.shown
        if shown is None or self.read_only:
            return
        push_edit(
            self.undo_stack,
            self.on_failure,
            lambda force: self.door.delete_segment(shown.id, force),
            lambda removed: DeleteSegment(self.tr("Delete the segment"), self.door, removed, **self._kw()),
        )
        self.shown = None
        self.reload()

    def jump(self, direction: int, position_ms: int) -> int | None:
        """The start of the segment before (-1) or after (+1) the current time; the player goes there."""
        if not self.save():  # what was typed into the form is kept, not dropped by the jump
            return None
        starts = [row.start_ms for row in self.model.rows]
        if direction < 0:
            index = bisect.bisect_left(starts, position_ms - 1500) - 1  # a moment in: this one's start
        else:
            index = bisect.bisect_right(starts, position_ms)
        if not 0 <= index < len(starts):
            return None
        self.select_segment(self.model.rows[index].id)
        self.seek_requested.emit(starts[index])
        return starts[index]
