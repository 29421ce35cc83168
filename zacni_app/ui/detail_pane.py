"""The right-hand pane: the editor of the selected record, a description, or the trash's buttons.

Saving goes through the core service in one transaction, and only then is a command pushed
onto the undo stack, so Undo always has something real to undo. A validation error is shown
beside its field; a conflict (another PC saved first) asks Reload / Overwrite / Cancel; a story
whose publishing is refused says why beside its status. A linked record (a story's interview,
a person's consent) opens from the editor: in its own section when it has one, here otherwise.
"""

from __future__ import annotations

from collections.abc import Callable
from typing import Any

from zacni_app.core.access import can
from zacni_app.core.errors import ConflictError, NotFoundError, ValidationError, ZacniError
from zacni_app.core.stories import PublicationBlocked
from zacni_app.ui.conflict_dialog import ConflictDialog
from zacni_app.ui.editors import EDITORS, RecordEditor
from zacni_app.ui.language import value_label
from zacni_app.ui.messages import error_message, field_message
from zacni_app.ui.qt import (
    QLabel,
    QMessageBox,
    QPushButton,
    QStackedWidget,
    Qt,
    QTextBrowser,
    QUndoStack,
    QVBoxLayout,
    QWidget,
    Signal,
)
from zacni_app.ui.record_kinds import Records, Values
from zacni_app.ui.record_summary import summary_html
from zacni_app.ui.story_editor import StoryEditor
from zacni_app.ui.undo import CreateDeletable, CreateRecord, DeleteRecord, EditRecord

ChangedHandler = Callable[[str, int], None]


class DetailPane(QStackedWidget):
    """Shows one record; the window tells it which, and hears back when something was saved."""

    changed = Signal(str, int)  # kind, id of a listed record that was saved or created
    message = Signal(str)  # a line for the status bar
    open_record = Signal(str, int)  # kind, id of a linked record to show in its own section
    import_into = Signal(str, int)  # the import's target field and record id (an interview's files)

    def __init__(self, records: Records, undo_stack: QUndoStack, on_failure: Any) -> None:
        super().__init__()
        self.setObjectName("detail_pane")
        self.records = records
        self.undo_stack = undo_stack
        self.on_failure = on_failure
        self.read_only = not can(records.actor, "edit")
        self.empty = QLabel(self.tr("Select something in the list to see it here."))
        self.empty.setAlignment(Qt.AlignmentFlag.AlignCenter)
        self.empty.setWordWrap(True)
        self.summary = QTextBrowser()
        self.summary.setObjectName("summary")
        self.summary.setOpenExternalLinks(False)
        self.trash_page = self._trash_page()
        for page in (self.empty, self.summary, self.trash_page):
            self.addWidget(page)
        self.editors: dict[str, RecordEditor] = {}
        for kind, editor_class in EDITORS.items():
            editor = editor_class()
            editor.derivatives = records.archive.derivatives_dir
            editor.set_read_only(self.read_only)
            editor.save_button.clicked.connect(self.save)
            editor.revert_button.clicked.connect(self.revert)
            editor.open_linked.connect(self.open_linked)
            editor.new_linked.connect(self._new_linked)
            editor.import_into.connect(self.import_into.emit)
            editor.delete_requested.connect(self.delete_record)
            editor.may_delete = can(records.actor, "delete")
            editor.show_private(can(records.actor, "read_private"))
            self.editors[kind] = editor
            self.addWidget(editor)
        self.trash_key: tuple[str, int] | None = None

    def _trash_page(self) -> QWidget:
        page = QWidget()
        self.trash_label = QLabel()
        self.trash_label.setWordWrap(True)
        self.restore_button = QPushButton(self.tr("Restore from the trash"))
        self.restore_button.setObjectName("restore_button")
        self.empty_trash_button = QPushButton(self.tr("Empty the trash…"))
        self.empty_trash_button.setObjectName("empty_trash_button")
        layout = QVBoxLayout(page)
        layout.addWidget(self.trash_label)
        layout.addWidget(self.restore_button)
        layout.addWidget(self.empty_trash_button)
        layout.addStretch(1)
        return page

    # -- what is shown -----------------------------------------------------------------------
    def current_editor(self) -> RecordEditor | None:
        widget = self.currentWidget()
        return widget if isinstance(widget, RecordEditor) else None

    def show_nothing(self) -> None:
        self.setCurrentWidget(self.empty)

    def show_record(self, kind: str, record_id: int, *, gone_quietly: bool = False) -> None:
        """The record's editor, or a description for kinds without one (collections). A record
        that is gone leaves the pane empty, with a message unless `gone_quietly`."""
        editor = self.editors.get(kind)
        try:
            if editor is None:
                with self.records.archive.session(self.records.actor) as s:
                    html = summary_html(s, self.records.archive.derivatives_dir, kind, record_id)
                self.summary.setHtml(html)
                self.setCurrentWidget(self.summary)
                return
            editor.set_choices(self.records.choices(editor.CHOICES))
            values, version = self.records.load(kind, record_id)
        except ZacniError as error:
            if not (gone_quietly and isinstance(error, NotFoundError)):
                self.message.emit(error_message(error))
            self.show_nothing()
            return
        editor.show_record(record_id, values, version)
        self.setCurrentWidget(editor)

    def show_trashed(self, kind: str, record_id: int, title: str) -> None:
        self.trash_key = (kind, record_id)
        self.trash_label.setText(
            self.tr(
                "“{0}” ({1}) is in the trash. Restore it, or empty the trash to delete it for good."
            ).format(title, value_label(kind))
        )
        self.restore_button.setEnabled(can(self.records.actor, "delete"))
        self.setCurrentWidget(self.trash_page)

    def start_new(self, kind: str, first: Values | None = None) -> bool:
        """An empty editor for a new record of `kind` (with `first` values filled in, e.g. the
        person of a new consent); False if records of that kind are not made here."""
        editor = self.editors.get(kind)
        if editor is None or self.read_only or not editor.CAN_CREATE:
            return False
        editor.set_choices(self.records.choices(editor.CHOICES))
        editor.show_record(None, {**editor.new_values(), **(first or {})}, None)
        self.setCurrentWidget(editor)
        next(iter(editor.fields.values())).editor.setFocus()
        return True

    def reload_if_showing(self, kind: str, record_id: int) -> None:
        """Read the shown record again; one an undo step deleted leaves the pane empty."""
        editor = self.current_editor()
        if editor is not None and editor.kind == kind and editor.record_id == record_id:
            self.show_record(kind, record_id, gone_quietly=True)

    def open_linked(self, kind: str, record_id: int) -> None:
        """Show a record linked from the editor, once the editor's changes are saved."""
        editor = self.current_editor()
        if editor is not None and not editor.read_only and editor.is_modified() and not self.save():
            return
        if self.records.listed(kind):
            self.open_record.emit(kind, record_id)
        else:
            self.show_record(kind, record_id)

    def _new_linked(self, kind: str, first: Any) -> None:
        editor = self.current_editor()
        if editor is not None and not editor.read_only and editor.is_modified() and not self.save():
            return
        self.start_new(kind, dict(first))

    # -- saving ------------------------------------------------------------------------------
    def save(self) -> bool:
        """Save the editor's changes (or the new record); True when saved or nothing to save."""
        editor = self.current_editor()
        if editor is None or self.read_only:
            return True
        editor.clear_errors()
        try:
            if editor.record_id is None:
                return self._create(editor)
            before, after = editor.changes()
            if not after:
                return True
            version = self.records.update(editor.kind, editor.record_id, editor.version, after)
        except ValidationError as error:
            self._field_error(editor, error)
            return False
        except ConflictError:
            return self._resolve_conflict(editor)
        except PublicationBlocked:
            self._publication_refused(editor)
            return False
        except ZacniError as error:
            self._warn(error_message(error))
            return False
        self._push_edit(editor, before, after, version)
        return True

    def _publication_refused(self, editor: RecordEditor) -> None:
        """Say beside the story's status what blocks it (the blockers as they are now)."""
        assert isinstance(editor, StoryEditor)
        self.message.emit(self.tr("The story was not published."))
        if editor.record_id is None:  # nothing was saved, so there is no story to ask yet
            editor.show_error("status", self.tr("Save the story as a draft first; then publish it."))
            return
        values, _ = self.records.load(editor.kind, editor.record_id)
        editor.set_blockers(values["blockers"])
        editor.show_error("status", editor.refusal_text(values["blockers"]))

    def _push_edit(self, editor: RecordEditor, before: Values, after: Values, version: int) -> None:
        assert editor.record_id is not None
        record_id = editor.record_id
        text = self.tr("Edit of “{0}”").format(editor.heading.text())
        self.undo_stack.push(
            EditRecord(
                text,
                self.records,
                editor.kind,
                record_id,
                before=before,
                after=after,
                version=version,
                on_changed=self._after_step,
                on_failure=self.on_failure,
            )
        )
        self._after_step(editor.kind, record_id)
        self.message.emit(self.tr("Saved."))

    def _create(self, editor: RecordEditor) -> bool:
        values = editor.values()
        record_id, version = self.records.create(editor.kind, values)
        # undone by deleting it (kinds with no trash) or by moving it to the trash
        deletable = self.records.deletable(editor.kind)
        if deletable or self.records.trashable(editor.kind):
            command = (CreateDeletable if deletable else CreateRecord)(
                self.tr("New {0}").format(editor.kind_label()),
                self.records,
                editor.kind,
                record_id,
                version=version,
                on_changed=self._after_step,
                on_failure=self.on_failure,
                values=values,
            )
            self.undo_stack.push(command)
        self.show_record(editor.kind, record_id)
        self._announce(editor.kind, record_id)
        self.message.emit(self.tr("Added."))
        return True

    def delete_record(self, kind: str, record_id: int) -> bool:
        """Delete a record that has no trash (one step on the undo stack); a consent's editor then
        gives way to its person's. False, with the reason, if the core refuses."""
        try:
            values = self.records.remove(kind, record_id, self._version_shown(kind, record_id))
        except ZacniError as error:
            QMessageBox.warning(self, self.tr("Cannot delete"), error_message(error))
            return False
        self.undo_stack.push(
            DeleteRecord(
                self.tr("Delete {0}").format(self.editors[kind].kind_label()),
                self.records,
                kind,
                record_id,
                version=None,
                values=values,
                on_changed=self._after_step,
                on_failure=self.on_failure,
            )
        )
        person = values.get("person_id")
        if kind == "consent" and isinstance(person, int):
            self.open_record.emit("person", person)
        else:
            self.show_nothing()
        self._announce(kind, record_id)
        self.message.emit(self.tr("Deleted."))
        return True

    def _version_shown(self, kind: str, record_id: int) -> int | None:
        editor = self.current_editor()
        shown = editor is not None and editor.kind == kind and editor.record_id == record_id
        return editor.version if shown and editor is not None else None

    def _after_step(self, kind: str, record_id: int) -> None:
        self.reload_if_showing(kind, record_id)
        self._announce(kind, record_id)

    def _announce(self, kind: str, record_id: int) -> None:
        """Tell the window a listed record changed. A consent is not listed: its editor stays, and
        an unmodified editor that shows it (its person's list of consents) is read again."""
        if self.records.listed(kind):
            self.changed.emit(kind, record_id)
            return
        editor = self.current_editor()
        if editor is None or editor.kind == kind or editor.record_id is None:
            return
        if editor.read_only or not editor.is_modified():
            self.show_record(editor.kind, editor.record_id)

    def _field_error(self, editor: RecordEditor, error: ValidationError) -> None:
        text = field_message(error)
        if not editor.show_error(error.field, text):
            self._warn(text)

    def _resolve_conflict(self, editor: RecordEditor) -> bool:
        assert editor.record_id is not None
        choice = ConflictDialog(self, editor.heading.text()).choose()
        if choice == "reload":
            self.show_record(editor.kind, editor.record_id)
            return False
        if choice == "overwrite":
            before, after = editor.changes()
            try:
                version = self.records.update(editor.kind, editor.record_id, None, after)
            except PublicationBlocked:
                self._publication_refused(editor)
                return False
            except ZacniError as error:
                self._warn(error_message(error))
                return False
            self._push_edit(editor, before, after, version)
            return True
        return False

    def revert(self) -> None:
        editor = self.current_editor()
        if editor is not None and editor.record_id is not None:
            self.show_record(editor.kind, editor.record_id)
        elif editor is not None:
            self.show_nothing()

    def _warn(self, text: str) -> None:
        QMessageBox.warning(self, self.tr("Cannot save"), text)
