"""Publishing to the website: which stories go out, what of them stays in the archive and why.

The list and the details come from `website.preview_website`, the same plan the export follows,
so what the dialog promises is what the export writes. Export runs on a background worker with
a progress bar and Cancel; the folder is remembered in the settings; at the end the report is
shown and the index page can be opened in the browser.
"""

from __future__ import annotations

import html
from pathlib import Path
from typing import Any

from zacni_app.core.access import can
from zacni_app.core.archive import Actor, Archive
from zacni_app.core.errors import ZacniError
from zacni_app.core.website import WebsiteReport, export_website, preview_website
from zacni_app.core.website_plan import StoryPreview
from zacni_app.ui.background import WorkRunner, show_progress, was_cancelled
from zacni_app.ui.messages import error_message
from zacni_app.ui.publish_reasons import reason_text, withheld_lines
from zacni_app.ui.qt import (
    QCloseEvent,
    QDesktopServices,
    QDialog,
    QFileDialog,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QListWidget,
    QListWidgetItem,
    QProgressBar,
    QPushButton,
    QSettings,
    QSplitter,
    Qt,
    QTextBrowser,
    QUrl,
    QVBoxLayout,
    QWidget,
)

FOLDER_SETTING = "website/folder"


class PublishDialog(QDialog):
    def __init__(self, archive: Archive, actor: Actor, settings: QSettings, parent: QWidget | None = None):
        super().__init__(parent)
        self.setObjectName("publish_dialog")
        self.setWindowTitle(self.tr("Publish on the website"))
        self.resize(900, 620)
        self.archive, self.actor, self.settings = archive, actor, settings
        self.runner = WorkRunner(self)
        self.report: WebsiteReport | None = None
        self.previews: list[StoryPreview] = []
        self._build()
        self._load_previews()

    # -- layout ----------------------------------------------------------------------------------
    def _build(self) -> None:
        intro = QLabel(
            " ".join(
                [
                    self.tr(
                        "Only published stories go to the website, and of them only what consent allows."
                    ),
                    self.tr("Choose a story to see what will be published and what stays in the archive."),
                ]
            )
        )
        intro.setWordWrap(True)
        self.stories = QListWidget()
        self.stories.setObjectName("publish_stories")
        self.details = QTextBrowser()
        self.details.setObjectName("publish_details")
        self.details.setOpenLinks(False)
        split = QSplitter(Qt.Orientation.Horizontal)
        split.addWidget(self.stories)
        split.addWidget(self.details)
        split.setSizes([320, 560])
        self.stories.currentRowChanged.connect(self._show_story)

        self.folder = QLineEdit(str(self.settings.value(FOLDER_SETTING, "") or ""))
        self.folder.setObjectName("publish_folder")
        self.folder.setPlaceholderText(self.tr("an empty folder, or one of an earlier export"))
        self.choose = QPushButton(self.tr("Choose…"))
        self.choose.setObjectName("publish_choose")
        self.choose.clicked.connect(self.choose_folder)
        folder_row = QHBoxLayout()
        folder_row.addWidget(QLabel(self.tr("Website folder:")))
        folder_row.addWidget(self.folder, 1)
        folder_row.addWidget(self.choose)

        self.progress = QProgressBar()
        self.progress.setObjectName("publish_progress")
        self.progress.hide()
        self.status = QLabel()
        self.status.setObjectName("publish_status")
        self.status.setWordWrap(True)
        self.export_button = QPushButton(self.tr("Export"))
        self.export_button.setObjectName("publish_export")
        self.export_button.setDefault(True)
        self.export_button.clicked.connect(self.start_export)
        self.cancel_button = QPushButton(self.tr("Cancel"))
        self.cancel_button.setObjectName("publish_cancel")
        self.cancel_button.clicked.connect(self.runner.cancel)
        self.cancel_button.hide()
        self.open_button = QPushButton(self.tr("Open the website"))
        self.open_button.setObjectName("publish_open")
        self.open_button.setEnabled(False)
        self.open_button.clicked.connect(self.open_index)
        close = QPushButton(self.tr("Close"))
        close.clicked.connect(self.reject)
        buttons = QHBoxLayout()
        buttons.addWidget(self.progress, 1)
        buttons.addWidget(self.cancel_button)
        buttons.addStretch()
        buttons.addWidget(self.export_button)
        buttons.addWidget(self.open_button)
        buttons.addWidget(close)

        layout = QVBoxLayout(self)
        layout.addWidget(intro)
        layout.addWidget(split, 1)
        layout.addLayout(folder_row)
        layout.addWidget(self.status)
        layout.addLayout(buttons)

    # -- preview ---------------------------------------------------------------------------------
    def _load_previews(self) -> None:
        if not can(self.actor, "publish"):
            self.status.setText(self.tr("Only an administrator or a cataloguer may publish stories."))
            self.export_button.setEnabled(False)
            return
        try:
            self.previews = preview_website(self.archive, user=self.actor.name)
        except ZacniError as error:
            self.status.setText(error_message(error))
            self.export_button.setEnabled(False)
            return
        self.stories.clear()
        for preview in self.previews:
            mark = "✓" if preview.goes_out else "✗"
            state = self.tr("will be published") if preview.goes_out else self.tr("withheld")
            item = QListWidgetItem(f"{mark} {preview.title} — {state}")
            item.setData(Qt.ItemDataRole.UserRole, preview.id)
            self.stories.addItem(item)
        going = sum(1 for p in self.previews if p.goes_out)
        self.status.setText(
            self.tr("Stories that will be published: {0} of {1}.").format(going, len(self.previews))
        )
        if self.previews:
            self.stories.setCurrentRow(0)
        else:
            self.details.setPlainText(self.tr("The archive has no stories yet."))

    def _show_story(self, row: int) -> None:
        if not 0 <= row < len(self.previews):
            return
        self.details.setHtml(self.story_html(self.previews[row]))

    def story_html(self, preview: StoryPreview) -> str:
        """The details of one story: what goes out, then every thing withheld with its reason."""
        parts = [f"<h3>{html.escape(preview.title)}</h3>"]
        if preview.goes_out:
            out = self.tr("Will be published with: photos {0}, recordings {1}, clips {2}.").format(
                preview.photos, preview.recordings, preview.clips
            )
            parts.append(f"<p>{html.escape(out)}</p>")
        if preview.withheld:
            heading = self.tr("Withheld, and why:")
            parts.append(f"<p><b>{html.escape(heading)}</b></p><ul>")
            for entry in preview.withheld:
                first, *blockers = withheld_lines(entry)
                items = "".join(f"<li>{html.escape(b)}</li>" for b in blockers)
                parts.append(f"<li>{html.escape(first)}" + (f"<ul>{items}</ul>" if items else "") + "</li>")
            parts.append("</ul>")
        elif preview.goes_out:
            nothing = self.tr("Nothing of this story is withheld.")
            parts.append(f"<p>{html.escape(nothing)}</p>")
        return "".join(parts)

    # -- export ----------------------------------------------------------------------------------
    def choose_folder(self) -> None:
        chosen = QFileDialog.getExistingDirectory(self, self.tr("Folder of the website"), self.folder.text())
        if chosen:
            self.folder.setText(chosen)
            self.settings.setValue(FOLDER_SETTING, chosen)

    def start_export(self) -> bool:
        folder = self.folder.text().strip()
        if not folder:
            self.status.setText(self.tr("Choose the folder of the website first."))
            return False
        self.settings.setValue(FOLDER_SETTING, folder)
        archive, user, target = self.archive, self.actor.name, Path(folder)

        def work(progress: Any, cancel: Any) -> WebsiteReport:
            return export_website(archive, target, user=user, progress=progress, cancel=cancel)

        started = self.runner.start(
            work, on_progress=self._progress, on_finished=self._finished, on_failed=self._failed
        )
        if started:
            self.report = None
            self.open_button.setEnabled(False)
            self.export_button.setEnabled(False)
            self.progress.setRange(0, 0)
            self.progress.show()
            self.cancel_button.show()
            self.status.setText(self.tr("Exporting the website…"))
        return started

    def _progress(self, done: int, total: int, label: str) -> None:
        show_progress(self.progress, done, total, label)

    def _ended(self) -> None:
        self.progress.hide()
        self.cancel_button.hide()
        self.export_button.setEnabled(True)

    def _finished(self, report: WebsiteReport) -> None:
        self._ended()
        self.report = report
        self.open_button.setEnabled(True)
        summary = self.tr("The website is ready in {0}: stories {1}, files {2} ({3} written, {4} removed).")
        summary = summary.format(report.out_dir, report.stories, report.files, report.written, report.removed)
        media_problems = [reason_text(w.reason) for w in report.withheld if w.story_id is None]
        self.status.setText("\n".join([summary, *media_problems]))

    def _failed(self, error: BaseException) -> None:
        self._ended()
        if was_cancelled(error):
            self.status.setText(self.tr("The export was cancelled; export again to finish the website."))
        elif isinstance(error, ZacniError):
            self.status.setText(self._folder_message(error))
        else:
            self.status.setText(self.tr("The export failed: {0}").format(error))

    def _folder_message(self, error: ZacniError) -> str:
        if error.code != "website_folder":
            return error_message(error)
        text = error.message
        if "not empty" in text:
            return self.tr("This folder is not empty and was not made by an export: choose an empty folder.")
        if "inside the archive" in text:
            return self.tr("This folder is inside the archive: choose a folder outside it.")
        if "not a folder" in text:
            return self.tr("This is a file, not a folder: choose a folder.")
        return self.tr("The record of the earlier export in this folder is damaged: choose an empty folder.")

    def open_index(self) -> None:
        if self.report is not None:
            QDesktopServices.openUrl(QUrl.fromLocalFile(str(self.report.index)))

    # -- closing ---------------------------------------------------------------------------------
    def reject(self) -> None:
        self.runner.wait()  # a running export stops at its next safe point (its files stay whole)
        super().reject()

    def closeEvent(self, event: QCloseEvent) -> None:
        self.runner.wait()
        super().closeEvent(event)
