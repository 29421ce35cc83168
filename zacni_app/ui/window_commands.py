"""What the main window does beyond listing and editing: the trash, importing, backups, where hits lead.

Mixins of MainWindow (as calibre's main window is assembled from mixins), each a client of the
core services the CLI calls too: the trash (core.trash through Records, with undo), `ingest_paths`
(after the import dialog has shown what will be taken in), `backup_archive` (in the background,
with progress and Cancel), and the hooks for the listening room and the publishing dialog, which
live in modules of their own and are imported only when used, so the window works, and says so,
while they are not there. The strings keep the window's translation context ("MainWindow").
"""

from __future__ import annotations

from pathlib import Path
from typing import Any

from zacni_app.core.access import can
from zacni_app.core.errors import ZacniError
from zacni_app.core.ingest import IngestTarget
from zacni_app.ui.backup_reminder import backup_done_text, backup_work, choose_backup_file, may_back_up
from zacni_app.ui.import_dialog import ImportDialog, ImportReportDialog, plan_import, target_label
from zacni_app.ui.messages import error_message
from zacni_app.ui.qt import (
    QCoreApplication,
    QFileDialog,
    QMessageBox,
)
from zacni_app.ui.record_kinds import SECTION_KINDS
from zacni_app.ui.undo import DeleteRecord, RestoreRecord, TrashRecord

translate = QCoreApplication.translate

#: The section each kind of record is listed in (a search hit opens there).
KIND_SECTIONS = {kind: section for section, kind in SECTION_KINDS.items()}
#: Rows a drop attaches files to: the key's kind → the IngestTarget field.
DROP_TARGETS = {"interview": "interview_id", "person": "person_id"}


class TrashCommands:
    """Move to the trash (one undoable step for the whole selection), restore, empty for good."""

    def trash_selected(self) -> None:
        keys = self.selected_keys()
        if not keys or self.model.section == "trash" or not can(self.actor, "delete"):
            return
        if self.records.deletable(SECTION_KINDS.get(self.model.section, "")):
            self.delete_selected()
            return
        self.undo_stack.beginMacro(translate("MainWindow", "Move to the trash"))
        try:
            for key in keys:
                kind, record_id = key if isinstance(key, tuple) else (SECTION_KINDS[self.model.section], key)
                version = self.records.trash(kind, record_id, None)
                self.undo_stack.push(
                    TrashRecord(
                        translate("MainWindow", "Move to the trash"),
                        self.records,
                        kind,
                        record_id,
                        version=version,
                        on_changed=self._record_changed,
                        on_failure=self._step_failed,
                    )
                )
        except ZacniError as error:
            QMessageBox.warning(
                self, translate("MainWindow", "Cannot move to the trash"), error_message(error)
            )
        finally:
            self.undo_stack.endMacro()
        self.refresh()
        self.statusBar().showMessage(
            translate("MainWindow", "Moved to the trash: {0}").format(len(keys)), 5000
        )

    def delete_selected(self) -> None:
        """Subjects have no trash: each unused one is deleted (one undoable step); a used one is
        refused with the reason and the others go on."""
        kind = SECTION_KINDS[self.model.section]
        deleted: list[tuple[int, Any]] = []
        refused: list[str] = []
        for key in self.selected_keys():
            try:
                deleted.append((int(key), self.records.remove(kind, int(key), None)))
            except ZacniError as error:
                refused.append(error_message(error))
        if deleted:
            self.undo_stack.beginMacro(translate("MainWindow", "Delete"))
            for record_id, values in deleted:
                self.undo_stack.push(
                    DeleteRecord(
                        translate("MainWindow", "Delete"),
                        self.records,
                        kind,
                        record_id,
                        version=None,
                        values=values,
                        on_changed=self._record_changed,
                        on_failure=self._step_failed,
                    )
                )
            self.undo_stack.endMacro()
        self.refresh()
        if refused:
            QMessageBox.warning(
                self, translate("MainWindow", "Cannot delete"), "\n".join(sorted(set(refused)))
            )
        self.statusBar().showMessage(translate("MainWindow", "Deleted: {0}").format(len(deleted)), 5000)

    def restore_selected(self) -> None:
        if self.model.section != "trash":
            return
        for kind, record_id in self.selected_keys():
            try:
                version = self.records.restore(kind, record_id)
            except ZacniError as error:
                QMessageBox.warning(self, translate("MainWindow", "Cannot restore"), error_message(error))
                continue
            self.undo_stack.push(
                RestoreRecord(
                    translate("MainWindow", "Restore from the trash"),
                    self.records,
                    kind,
                    record_id,
                    version=version,
                    on_changed=self._record_changed,
                    on_failure=self._step_failed,
                )
            )
        self.refresh()

    def empty_trash(self) -> None:
        answer = QMessageBox.question(
            self,
            translate("MainWindow", "Empty the trash"),
            translate(
                "MainWindow",
                "Delete everything in the trash for good? Files in it are removed from the archive.",
            ),
        )
        if answer != QMessageBox.StandardButton.Yes:
            return
        try:
            removed = self.records.empty_trash()
        except ZacniError as error:
            QMessageBox.warning(self, translate("MainWindow", "Empty the trash"), error_message(error))
            return
        self.undo_stack.clear()  # steps that name deleted records can no longer be taken
        self.refresh()
        self.statusBar().showMessage(translate("MainWindow", "Deleted for good: {0}").format(removed), 5000)


class ImportCommands:
    """Import files chosen in a dialog or dropped on the window (on a row: attached to it)."""

    import_dialog: ImportDialog | None
    import_report: ImportReportDialog | None

    def _may_import(self) -> bool:
        return can(self.actor, "import")

    def _choose_files_to_import(self, target: IngestTarget | None = None) -> None:
        """Plik → Importuj pliki…, or an interview's "Import files…" (`target`: attached to it)."""
        files, _ = QFileDialog.getOpenFileNames(self, translate("MainWindow", "Import files"))
        if files:
            self.ask_to_import([Path(f) for f in files], target or IngestTarget())

    def _choose_files_for(self, field: str, record_id: int) -> None:
        self._choose_files_to_import(IngestTarget(**{field: record_id}))

    def _choose_folder_to_import(self) -> None:
        folder = QFileDialog.getExistingDirectory(self, translate("MainWindow", "Import a folder"))
        if folder:
            self.ask_to_import([Path(folder)], IngestTarget())

    def _dropped(self, paths: list[Path], key: Any) -> None:
        """Files dropped on a row of an interview or a person belong to it; elsewhere to nothing."""
        kind, record_id = key if isinstance(key, tuple) else (SECTION_KINDS.get(self.model.section), key)
        field = DROP_TARGETS.get(str(kind)) if self.model.section != "trash" else None
        target = (
            IngestTarget(**{field: int(record_id)}) if field and record_id is not None else IngestTarget()
        )
        self.ask_to_import(paths, target)

    def ask_to_import(self, paths: list[Path], target: IngestTarget) -> ImportDialog | None:
        """Show what would be imported; Import runs it in the background (window-modal, not blocking)."""
        if not paths or not self._may_import():
            return None
        plan = plan_import(paths, target, target_label(self.archive, self.actor, target))
        dialog = ImportDialog(plan, self)
        dialog.accepted.connect(lambda: self.import_paths(plan.paths, plan.target))
        self.import_dialog = dialog
        dialog.open()
        return dialog

    def import_paths(self, paths: list[Path], target: IngestTarget) -> bool:
        """Import files in the background (the hook drag and drop and the import dialog call)."""
        from zacni_app.core.ingest import ingest_paths

        user = self.actor.name

        def work(progress: Any, cancel: Any) -> Any:
            return ingest_paths(
                self.archive, paths, user=user, target=target, progress=progress, cancel=cancel
            )

        return self._run(work, self._import_done)

    def _import_done(self, report: Any) -> None:
        self.refresh()
        self.statusBar().showMessage(
            translate("MainWindow", "Imported: {0}, duplicates: {1}, refused: {2}").format(
                len(report.imported), len(report.duplicates), len(report.rejected)
            )
        )
        self.import_report = ImportReportDialog(report, self)
        self.import_report.open()


class BackupCommands:
    """Plik → Kopia zapasowa… and the reminder's button: a verified backup written in the background."""

    backup_message: QMessageBox | None

    def back_up(self) -> None:
        if not may_back_up(self.actor):
            return
        path = choose_backup_file(self, self.settings)
        if path is not None:
            self.backup_to(path)

    def backup_to(self, path: Path) -> bool:
        """Write a backup to `path` in the background (progress and Cancel in the status bar)."""
        return self._run(backup_work(self.archive, self.actor.name, path), self._backup_done)

    def _backup_done(self, report: Any) -> None:
        self.backup_reminder.hide()
        self.statusBar().showMessage(
            translate("MainWindow", "The backup is written: {0}").format(report.file), 8000
        )
        box = QMessageBox(
            QMessageBox.Icon.Information,
            translate("MainWindow", "Backup"),
            backup_done_text(report),
            parent=self,
        )
        box.setObjectName("backup_done")
        self.backup_message = box
        box.open()  # not exec(): the window goes on working behind it


class LinkCommands:
    """Where a search hit leads, the listening room, and the website's publishing dialog."""

    def _show_search_results(self) -> None:
        self.centre.setCurrentWidget(self.search_panel)
        self.sidebar.clearSelection()  # no section is what the centre shows now

    def _hit_chosen(self, kind: str, record_id: int) -> None:
        if self._leave_editor():
            self.detail.show_record(kind, record_id)

    def open_record(self, kind: str, record_id: int) -> None:
        """Show a record in its own section, selected (the list filter is cleared so it is listed)."""
        section = KIND_SECTIONS.get(kind)
        if section not in self.sections:
            return
        self.search_field.clear()
        self.show_section(section)
        self._show_list_or_grid()
        self.select_key(record_id)

    def open_recording(self, asset_id: int, start_ms: int) -> None:
        """The listening room at `start_ms`; while it is not installed, the recording's own row."""
        try:
            from zacni_app.ui.listening_room import open_listening_room
        except Exception:  # not written yet, or broken: the recording is still shown
            self.open_record("asset", asset_id)
            self.statusBar().showMessage(
                translate(
                    "MainWindow",
                    "The listening room is not available; the recording is selected in the list.",
                ),
                8000,
            )
            return
        try:
            open_listening_room(self, self.archive, self.actor, self.settings, asset_id, start_ms)
        except ZacniError as error:  # the recording is gone, or this user may not hear it
            QMessageBox.warning(self, translate("MainWindow", "Listening room"), error_message(error))

    def _selected_recording(self) -> int | None:
        from zacni_app.core.assets import get_asset

        key = self.current_key()
        if self.model.section != "assets" or key is None:
            return None
        try:
            with self.archive.session(self.actor) as s:
                kind = get_asset(s, int(key)).kind
        except ZacniError:
            return None
        return int(key) if kind in ("audio", "video") else None

    def _update_listen(self) -> None:
        action = self.actions.listen
        if action.property("available"):
            action.setEnabled(self._selected_recording() is not None)

    def _listen_to_selected(self) -> None:
        asset_id = self._selected_recording()
        if asset_id is not None:
            self.open_recording(asset_id, 0)

    def open_exchange_dialog(self) -> Any:
        """Plik → Wymiana z partnerami…: send a package of interviews, or take in a partner's."""
        from zacni_app.ui.exchange_dialog import ExchangeDialog

        dialog = ExchangeDialog(self.archive, self.actor, self.settings, self)
        dialog.open()
        return dialog

    def open_publish_dialog(self) -> None:
        try:
            from zacni_app.ui.publish_dialog import PublishDialog
        except Exception as error:
            QMessageBox.warning(self, translate("MainWindow", "Publish the website"), str(error))
            return
        PublishDialog(self.archive, self.actor, self.settings, self).open()
