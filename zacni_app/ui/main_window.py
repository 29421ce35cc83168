"""The main window: sections on the left, the list (or photo grid) in the centre, the record on the right.

The window is a client of the core like the CLI: it lists through catalogue_queries, edits
through the services (in the detail pane), runs long work on a pool thread, and keeps its
geometry, layout and last section in QSettings so it opens as it was left. Full-text search
(search_panel) answers in the centre; files dropped anywhere are imported after a look at what
they are (import_dialog), onto an interview or person row attached to it (window_drops); a bar
reminds those who may back up when the last backup is old (backup_reminder).
"""

from __future__ import annotations

import gc
from typing import Any

from zacni_app.core.access import can
from zacni_app.core.archive import Actor, Archive
from zacni_app.core.errors import ConflictError, ZacniError
from zacni_app.core.stats import archive_counts
from zacni_app.ui import window_actions
from zacni_app.ui.backup_reminder import (
    BackupReminder,
    may_back_up,
)
from zacni_app.ui.catalogue_model import KEY_ROLE, CatalogueModel
from zacni_app.ui.catalogue_views import fit_columns, make_grid, make_table
from zacni_app.ui.conflict_dialog import ConflictDialog
from zacni_app.ui.detail_pane import DetailPane
from zacni_app.ui.import_dialog import ImportDialog, ImportReportDialog
from zacni_app.ui.language import LANGUAGES, SETTING, chosen_language, section_labels, value_label
from zacni_app.ui.messages import error_message
from zacni_app.ui.qt import (
    QCloseEvent,
    QDragEnterEvent,
    QDragMoveEvent,
    QDropEvent,
    QLabel,
    QLineEdit,
    QListWidget,
    QListWidgetItem,
    QMainWindow,
    QMessageBox,
    QModelIndex,
    QPushButton,
    QSettings,
    QSizePolicy,
    QSplitter,
    QStackedWidget,
    Qt,
    QTimer,
    QToolBar,
    QUndoStack,
    QVBoxLayout,
    QWidget,
)
from zacni_app.ui.record_kinds import SECTION_KINDS, Records
from zacni_app.ui.search_panel import SearchPanel
from zacni_app.ui.thumbnail_loader import ThumbnailLoader
from zacni_app.ui.window_commands import (
    DROP_TARGETS,
    BackupCommands,
    ImportCommands,
    LinkCommands,
    TrashCommands,
)
from zacni_app.ui.window_drops import DropFilter
from zacni_app.ui.work_status import WorkStatus

ALL_SECTIONS = [
    "people",
    "interviews",
    "assets",
    "stories",
    "collections",
    "subjects",
    "places",
    "review",
    "trash",
]
EDITABLE_SECTIONS = ("people", "interviews", "stories", "subjects", "places")  # "New record" makes one
FILTER_DELAY_MS = 200


def freeze_startup_objects() -> None:
    """Keep Python's collector off what start-up made (modules, ORM mappings, Qt wrappers).

    A full (generation 2) collection walks every tracked object; with the catalogue open one took
    45-170 ms, stalling a scroll step of the 100,000-item photo grid (benchmarks/gui.py). What
    start-up makes lives until exit, so it is moved out of the collector's way once per process;
    everything made later is collected as usual."""
    if gc.get_freeze_count() == 0:
        gc.freeze()


def sections_for(actor: Actor) -> list[str]:
    """A researcher has nothing to review and no trash; a volunteer may edit but not delete."""
    hidden = set()
    if not can(actor, "edit"):
        hidden.add("review")
    if not can(actor, "delete"):
        hidden.add("trash")
    return [s for s in ALL_SECTIONS if s not in hidden]


class MainWindow(QMainWindow, TrashCommands, ImportCommands, BackupCommands, LinkCommands):
    def __init__(self, archive: Archive, actor: Actor, settings: QSettings) -> None:
        super().__init__()
        self.archive = archive
        self.actor = actor
        self.settings = settings
        self.records = Records(archive, actor)
        self.undo_stack = QUndoStack(self)
        self.thumbnails = ThumbnailLoader(archive.derivatives_dir, self)
        self.model = CatalogueModel(archive, actor, self.thumbnails)
        self.sections = sections_for(actor)
        self.import_dialog: ImportDialog | None = None
        self.import_report: ImportReportDialog | None = None
        self.backup_message: QMessageBox | None = None
        self.setWindowTitle(self.tr("Zacni z Sąsiedztwa — {0}").format(archive.root.name))
        self._build_widgets()
        self.actions = window_actions.build_actions(self, self.undo_stack, self.sections)
        window_actions.build_menus(self, self.actions)
        self._build_toolbar()
        self._build_status_bar()
        self._connect()
        self._apply_role()
        self._restore_settings()
        self.backup_reminder.check(archive, actor, settings)
        freeze_startup_objects()

    # -- building ----------------------------------------------------------------------------
    def _build_widgets(self) -> None:
        self.sidebar = QListWidget()
        self.sidebar.setObjectName("sidebar")
        labels = section_labels()
        for name in self.sections:
            item = QListWidgetItem(labels[name])
            item.setData(Qt.ItemDataRole.UserRole, name)
            self.sidebar.addItem(item)
        self.sidebar.setMinimumWidth(150)
        self.sidebar.setStyleSheet("QListWidget#sidebar::item { padding: 5px 8px; }")
        self.table = make_table(self.model)
        self.grid = make_grid(self.model, self.table)
        self.empty_state = self._empty_state()
        self.search_panel = SearchPanel(self.archive, self.actor)
        self.centre = QStackedWidget()
        for widget in (self.table, self.grid, self.empty_state, self.search_panel):
            self.centre.addWidget(widget)
        self.detail = DetailPane(self.records, self.undo_stack, self._step_failed)
        self.splitter = QSplitter(Qt.Orientation.Horizontal)
        self.splitter.setObjectName("main_splitter")
        for widget in (self.sidebar, self.centre, self.detail):
            self.splitter.addWidget(widget)
        self.splitter.setStretchFactor(1, 1)
        self.splitter.setSizes([180, 640, 420])
        self.backup_reminder = BackupReminder()
        central = QWidget()
        layout = QVBoxLayout(central)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.setSpacing(0)
        layout.addWidget(self.backup_reminder)
        layout.addWidget(self.splitter, 1)
        self.setCentralWidget(central)
        self.setAcceptDrops(True)
        self.drops = DropFilter(
            [self.table, self.grid], self.model.key_at, self._may_import, self._dropped, self
        )
        self.filter_timer = QTimer(self)
        self.filter_timer.setSingleShot(True)
        self.filter_timer.setInterval(FILTER_DELAY_MS)

    def _empty_state(self) -> QWidget:
        page = QWidget()
        label = QLabel(
            self.tr("The archive is empty. You can load the demo material from Opatów and its villages.")
        )
        label.setWordWrap(True)
        label.setAlignment(Qt.AlignmentFlag.AlignCenter)
        self.demo_button = QPushButton(self.tr("Load the demo material"))
        self.demo_button.setObjectName("demo_button")
        layout = QVBoxLayout(page)
        layout.addStretch(1)
        layout.addWidget(label)
        layout.addWidget(self.demo_button, 0, Qt.AlignmentFlag.AlignHCenter)
        layout.addStretch(2)
        return page

    def _build_toolbar(self) -> None:
        toolbar = QToolBar(self.tr("Toolbar"))
        toolbar.setObjectName("main_toolbar")
        toolbar.setMovable(False)
        toolbar.setToolButtonStyle(Qt.ToolButtonStyle.ToolButtonTextBesideIcon)
        a = self.actions
        for action in (a.new, a.save, a.undo, a.redo, a.trash, a.refresh, a.listen):
            toolbar.addAction(action)
        spacer = QWidget()
        spacer.setSizePolicy(QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Preferred)
        toolbar.addWidget(spacer)
        self.search_field = QLineEdit()
        self.search_field.setObjectName("search_field")
        self.search_field.setPlaceholderText(self.tr("Filter the list (Ctrl+F)"))
        self.search_field.setClearButtonEnabled(True)
        self.search_field.setMinimumWidth(200)
        toolbar.addWidget(self.search_field)
        toolbar.addWidget(self.search_panel.query_field)
        self.addToolBar(toolbar)

    def _build_status_bar(self) -> None:
        bar = self.statusBar()
        self.count_label = QLabel()
        self.count_label.setObjectName("count_label")
        self.work_status = WorkStatus()
        self.user_label = QLabel(
            self.tr("User: {0} ({1})").format(self.actor.name, value_label(self.actor.role))
        )
        self.user_label.setObjectName("user_label")
        for widget in (self.count_label, self.work_status, self.user_label):
            bar.addPermanentWidget(widget)

    def _connect(self) -> None:
        a = self.actions
        self.sidebar.currentRowChanged.connect(self._section_chosen)
        self.sidebar.itemClicked.connect(lambda _item: self._show_list_or_grid())
        self.table.selectionModel().currentRowChanged.connect(self._row_chosen)
        self.search_field.textChanged.connect(lambda _text: self.filter_timer.start())
        self.filter_timer.timeout.connect(self._apply_filter)
        self.detail.changed.connect(self._record_changed)
        self.detail.message.connect(lambda text: self.statusBar().showMessage(text, 5000))
        self.detail.open_record.connect(self.open_record)
        self.detail.import_into.connect(self._choose_files_for)
        self.detail.restore_button.clicked.connect(self.restore_selected)
        self.detail.empty_trash_button.clicked.connect(self.empty_trash)
        self.demo_button.clicked.connect(self.load_demo)
        self.work_status.stopped.connect(self._work_stopped)
        self.model.modelReset.connect(self._update_counts)
        a.new.triggered.connect(self.new_record)
        a.save.triggered.connect(self.detail.save)
        a.import_files.triggered.connect(lambda: self._choose_files_to_import())
        a.import_folder.triggered.connect(self._choose_folder_to_import)
        a.backup.triggered.connect(self.back_up)
        a.publish.triggered.connect(self.open_publish_dialog)
        a.exchange.triggered.connect(self.open_exchange_dialog)
        a.listen.triggered.connect(self._listen_to_selected)
        a.search.triggered.connect(self.search_panel.focus)
        panel = self.search_panel
        panel.results_shown.connect(self._show_search_results)
        panel.closed.connect(self._show_list_or_grid)
        panel.open_recording.connect(self.open_recording)
        panel.open_record.connect(self.open_record)
        panel.hit_chosen.connect(self._hit_chosen)
        self.backup_reminder.backup_now.connect(self.back_up)
        a.load_demo.triggered.connect(self.load_demo)
        a.empty_trash.triggered.connect(self.empty_trash)
        a.quit.triggered.connect(self.close)
        a.trash.triggered.connect(self.trash_selected)
        a.restore.triggered.connect(self.restore_selected)
        a.find.triggered.connect(self.focus_search)
        a.refresh.triggered.connect(self.refresh)
        a.thumbnails.toggled.connect(lambda _on: self._show_list_or_grid())
        a.about.triggered.connect(self._about)
        for language, action in a.languages.items():
            action.triggered.connect(lambda _c=False, lang=language: self._choose_language(lang))
        for section, action in a.sections.items():
            action.triggered.connect(lambda _c=False, name=section: self.show_section(name))

    def _apply_role(self) -> None:
        """A researcher gets a read-only window: no new, save, import, delete or trash actions."""
        a = self.actions
        editing = can(self.actor, "edit")
        for action in (a.new, a.save, a.load_demo):
            action.setVisible(editing)
        for action in (a.import_files, a.import_folder):
            action.setVisible(can(self.actor, "import"))
        a.backup.setVisible(may_back_up(self.actor))
        a.publish.setVisible(can(self.actor, "publish"))
        # exchange_dialog.may_send / may_receive (not imported here: it loads bagit at start)
        a.exchange.setVisible(
            can(self.actor, "publish") or (can(self.actor, "import") and can(self.actor, "edit"))
        )
        self._update_listen()
        for action in (a.trash, a.restore, a.empty_trash):
            action.setVisible(can(self.actor, "delete"))
        self.demo_button.setVisible(editing)

    # -- settings ----------------------------------------------------------------------------
    def _restore_settings(self) -> None:
        s = self.settings
        geometry = s.value("window/geometry")
        if geometry is not None:
            self.restoreGeometry(geometry)  # type: ignore[arg-type]
        else:
            self.resize(1280, 800)
        state = s.value("window/state")
        if state is not None:
            self.restoreState(state)  # type: ignore[arg-type]
        splitter = s.value("window/splitter")
        if splitter is not None:
            self.splitter.restoreState(splitter)  # type: ignore[arg-type]
        self.actions.thumbnails.setChecked(str(s.value("window/assets_view", "grid")) == "grid")
        self.actions.languages[chosen_language(s)].setChecked(True)
        section = str(s.value("window/section", "people"))
        self.show_section(section if section in self.sections else "people")

    def save_settings(self) -> None:
        s = self.settings
        s.setValue("window/geometry", self.saveGeometry())
        s.setValue("window/state", self.saveState())
        s.setValue("window/splitter", self.splitter.saveState())
        s.setValue("window/section", self.model.section)
        s.setValue("window/assets_view", "grid" if self.actions.thumbnails.isChecked() else "list")
        s.sync()

    def closeEvent(self, event: QCloseEvent) -> None:
        if not self._leave_editor():
            event.ignore()
            return
        self.save_settings()
        self.work_status.wait()
        self.search_panel.wait()
        self.thumbnails.close()
        super().closeEvent(event)

    # -- sections, list and selection --------------------------------------------------------
    def show_section(self, section: str) -> None:
        row = self.sections.index(section)
        if self.sidebar.currentRow() != row:
            self.sidebar.setCurrentRow(row)  # comes back through _section_chosen
            return
        self._section_chosen(row)

    def _section_chosen(self, row: int) -> None:
        if not 0 <= row < len(self.sections):
            return
        if not self._leave_editor():
            self.sidebar.blockSignals(True)
            self.sidebar.setCurrentRow(self.sections.index(self.model.section))
            self.sidebar.blockSignals(False)
            return
        section = self.sections[row]
        self.filter_timer.stop()
        self.model.show_section(section, text=self.search_field.text())
        header = self.table.horizontalHeader()
        header.blockSignals(True)
        header.setSortIndicator(self.model.default_sort_column(), self.model.default_order())
        header.blockSignals(False)
        fit_columns(self.table)
        self.actions.new.setEnabled(section in EDITABLE_SECTIONS)
        self.actions.restore.setEnabled(section == "trash")
        self._show_list_or_grid()
        self.detail.show_nothing()
        self._update_listen()

    def _show_list_or_grid(self, leave_search: bool = True) -> None:
        """The list (or grid) of the current section; search results stay unless `leave_search`."""
        if not leave_search and self.centre.currentWidget() is self.search_panel:
            return
        current = self.sidebar.currentItem()
        if current is not None:
            current.setSelected(True)  # shown again after the search page cleared it
        grid = self.model.section == "assets" and self.actions.thumbnails.isChecked()
        self.model.show_icons = grid
        empty = self._archive_is_empty()
        self.centre.setCurrentWidget(self.empty_state if empty else self.grid if grid else self.table)

    def _archive_is_empty(self) -> bool:
        with self.archive.session(self.actor) as s:
            counts = archive_counts(s)
        return not any(counts.values())

    def _apply_filter(self) -> None:
        key = self.current_key()
        self.model.set_filter(self.search_field.text())
        self.select_key(key)

    def focus_search(self) -> None:
        self.search_field.setFocus()
        self.search_field.selectAll()

    def current_key(self) -> Any:
        index = self.table.selectionModel().currentIndex()
        return index.data(KEY_ROLE) if index.isValid() else None

    def selected_keys(self) -> list[Any]:
        rows = sorted({i.row() for i in self.table.selectionModel().selectedIndexes()})
        return [self.model.key_at(r) for r in rows if self.model.key_at(r) is not None]

    def select_key(self, key: Any) -> None:
        row = self.model.row_of(key) if key is not None else None
        if row is None:
            return
        index = self.model.index(row, 0)
        self.table.selectionModel().setCurrentIndex(
            index,
            self.table.selectionModel().SelectionFlag.ClearAndSelect
            | self.table.selectionModel().SelectionFlag.Rows,
        )
        self.table.scrollTo(index)

    def _row_chosen(self, current: QModelIndex, previous: QModelIndex) -> None:
        self._update_listen()
        if self.centre.currentWidget() is self.search_panel:
            return  # the list is re-read behind the search page; the pane shows the chosen hit
        if not current.isValid():
            self.detail.show_nothing()
            return
        if previous.isValid() and current.row() != previous.row() and not self._leave_editor():
            selection = self.table.selectionModel()
            selection.blockSignals(True)
            selection.setCurrentIndex(
                previous, selection.SelectionFlag.ClearAndSelect | selection.SelectionFlag.Rows
            )
            selection.blockSignals(False)
            return
        self._show_key(current.data(KEY_ROLE))

    def _show_key(self, key: Any) -> None:
        if isinstance(key, tuple):
            kind, record_id = key
            if self.model.section == "trash":
                row = self.model.row_of(key)
                title = self.model.index(row, 1).data() if row is not None else ""
                self.detail.show_trashed(kind, record_id, str(title))
                return
            self.detail.show_record(kind, record_id)
            return
        self.detail.show_record(SECTION_KINDS[self.model.section], int(key))

    def _leave_editor(self) -> bool:
        """Unsaved changes are saved when the user moves on; False if the save was refused."""
        editor = self.detail.current_editor()
        if editor is None or editor.read_only or not editor.is_modified():
            return True
        return self.detail.save()

    # -- commands ----------------------------------------------------------------------------
    def new_record(self) -> None:
        kind = SECTION_KINDS.get(self.model.section)
        if kind and self._leave_editor():
            self.table.selectionModel().clearCurrentIndex()
            self.detail.start_new(kind)

    def refresh(self) -> None:
        key = self.current_key()
        self.model.reload()
        self._show_list_or_grid(leave_search=False)
        self.select_key(key)

    def _record_changed(self, kind: str, record_id: int) -> None:
        """Re-read the list after a save, undo or redo; keep the selection, or select a new record."""
        key = self.current_key()
        if key is None and SECTION_KINDS.get(self.model.section) == kind:
            key = record_id
        self.model.reload()
        self._show_list_or_grid(leave_search=False)
        self.select_key(key)

    def _step_failed(self, error: ZacniError, retry: Any) -> None:
        """An undo/redo step the core refused: a conflict gets the choice, anything else a message."""
        if isinstance(error, ConflictError):
            choice = ConflictDialog(self, self.tr("this record")).choose()
            if choice == "overwrite":
                try:
                    retry()
                except ZacniError as again:
                    QMessageBox.warning(self, self.tr("Cannot undo"), error_message(again))
            elif choice == "reload":
                self.refresh()
            return
        QMessageBox.warning(self, self.tr("Cannot undo"), error_message(error))

    def _update_counts(self) -> None:
        label = section_labels().get(self.model.section, "")
        self.count_label.setText(self.tr("{0}: {1}").format(label, self.model.rowCount()))

    # -- drops (the rows' own drops: window_drops) -----------------------------------------
    def dragEnterEvent(self, event: QDragEnterEvent) -> None:
        self.drops.offer(event)

    def dragMoveEvent(self, event: QDragMoveEvent) -> None:
        self.drops.offer(event)

    def dropEvent(self, event: QDropEvent) -> None:
        """A drop on the editor of an interview or a person attaches the files to it; elsewhere to nothing."""
        editor = self.detail.current_editor()
        at = self.detail.mapFrom(self, event.position().toPoint())
        target = None
        if editor is not None and editor.kind in DROP_TARGETS and self.detail.rect().contains(at):
            target = (editor.kind, editor.record_id) if editor.record_id is not None else None
        self.drops.drop(event, target)

    # -- long work ---------------------------------------------------------------------------
    def load_demo(self) -> None:
        from zacni_app.core.demo import load_demo

        user = self.actor.name
        self._run(
            lambda progress, cancel: load_demo(self.archive, user=user, progress=progress, cancel=cancel),
            lambda _result: self._demo_done(),
        )

    def _demo_done(self) -> None:
        self.refresh()
        self.statusBar().showMessage(self.tr("The demo material is loaded."), 5000)

    def _run(self, work: Any, on_finished: Any) -> bool:
        if not self.work_status.run(work, on_finished):
            self.statusBar().showMessage(self.tr("Other work is still running; wait for it to finish."), 5000)
            return False
        return True

    def _work_stopped(self, text: str, is_error: bool) -> None:
        self.refresh()
        if is_error:
            QMessageBox.warning(self, self.tr("The work stopped"), text)
        else:
            self.statusBar().showMessage(text, 5000)

    # -- small things ------------------------------------------------------------------------
    def _choose_language(self, language: str) -> None:
        if language in LANGUAGES:
            self.settings.setValue(SETTING, language)
            self.statusBar().showMessage(self.tr("The language changes when Zacni is started again."), 8000)

    def _about(self) -> None:
        QMessageBox.about(
            self,
            self.tr("About Zacni"),
            self.tr("Zacni z Sąsiedztwa — the neighbourhood's oral histories, photos and recordings."),
        )
