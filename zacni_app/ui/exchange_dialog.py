"""Exchange with partner institutions: send a package of interviews, take in a partner's package,
write Dublin Core descriptions of the public records for other catalogues (CSV, XML, or a static
OAI-PMH repository a gateway serves).

Both are the services `zacni export bagit` and `zacni import package` call (package_export,
package_import), run on a background worker with a progress bar and Cancel. Sending lists every
interview the user may see; those that may not go to a partner (consent, embargo, their level)
are greyed out with the reason, exactly as the package would withhold them. A package taken in
is checked whole first and imported in one transaction, or not at all; the report says what came,
what was here already and what the partner kept back. Folders are remembered in the settings.
"""

from __future__ import annotations

from pathlib import Path
from typing import Any

from zacni_app.core.access import can
from zacni_app.core.archive import Actor, Archive
from zacni_app.core.dublin_core import export_dublin_core
from zacni_app.core.errors import ValidationError, ZacniError
from zacni_app.core.oai_pmh import export_oai_pmh
from zacni_app.core.package_export import export_bagit, partner_choices
from zacni_app.core.package_import import PackageRefused, import_package
from zacni_app.ui.background import WorkRunner, show_progress, was_cancelled
from zacni_app.ui.exchange_reasons import error_text, reason_text
from zacni_app.ui.language import value_label
from zacni_app.ui.messages import error_message
from zacni_app.ui.qt import (
    QCheckBox,
    QCloseEvent,
    QComboBox,
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
    Qt,
    QTabWidget,
    QVBoxLayout,
    QWidget,
)

SEND_FOLDER = "exchange/send_folder"
DC_FILE = "exchange/dublin_core_file"
OAI_URL = "exchange/oai_pmh_url"
RECEIVE_FOLDER = "exchange/receive_folder"
ID_ROLE = Qt.ItemDataRole.UserRole


def may_send(actor: Actor) -> bool:
    return can(actor, "publish")


def may_receive(actor: Actor) -> bool:
    return can(actor, "import") and can(actor, "edit")


class ExchangeDialog(QDialog):
    def __init__(self, archive: Archive, actor: Actor, settings: QSettings, parent: QWidget | None = None):
        super().__init__(parent)
        self.setObjectName("exchange_dialog")
        self.setWindowTitle(self.tr("Exchange with partners"))
        self.resize(760, 560)
        self.archive, self.actor, self.settings = archive, actor, settings
        self.runner = WorkRunner(self)
        self.result: dict[str, Any] | None = None
        self.tabs = QTabWidget()
        self.tabs.addTab(self._send_page(), self.tr("Send a package"))
        self.tabs.addTab(self._receive_page(), self.tr("Take in a package"))
        self.tabs.addTab(self._describe_page(), self.tr("Descriptions for catalogues"))
        self.tabs.setTabEnabled(0, may_send(actor))
        self.tabs.setTabEnabled(1, may_receive(actor))
        self.tabs.setTabEnabled(2, may_send(actor))
        self.tabs.setCurrentIndex(0 if may_send(actor) else 1)
        self.progress = QProgressBar()
        self.progress.setObjectName("exchange_progress")
        self.progress.hide()
        self.cancel_button = QPushButton(self.tr("Cancel"))
        self.cancel_button.setObjectName("exchange_cancel")
        self.cancel_button.clicked.connect(self.runner.cancel)
        self.cancel_button.hide()
        self.status = QLabel()
        self.status.setObjectName("exchange_status")
        self.status.setWordWrap(True)
        self.status.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        close = QPushButton(self.tr("Close"))
        close.clicked.connect(self.reject)
        buttons = QHBoxLayout()
        buttons.addWidget(self.progress, 1)
        buttons.addWidget(self.cancel_button)
        buttons.addStretch()
        buttons.addWidget(close)
        layout = QVBoxLayout(self)
        layout.addWidget(self.tabs, 1)
        layout.addWidget(self.status)
        layout.addLayout(buttons)
        if may_send(actor):
            self._load_interviews()

    # -- pages -----------------------------------------------------------------------------------
    def _folder_row(self, setting: str, placeholder: str, label: str) -> tuple[QLineEdit, QHBoxLayout]:
        line = QLineEdit(str(self.settings.value(setting, "") or ""))
        line.setPlaceholderText(placeholder)
        choose = QPushButton(self.tr("Choose…"))
        choose.clicked.connect(lambda: self._choose(line, setting))
        row = QHBoxLayout()
        row.addWidget(QLabel(label))
        row.addWidget(line, 1)
        row.addWidget(choose)
        return line, row

    def _send_page(self) -> QWidget:
        page = QWidget()
        intro = QLabel(
            " ".join(
                [
                    self.tr("A package (BagIt) of the chosen interviews for a partner institution."),
                    self.tr(
                        "Their files, transcripts, index and consents go with them; private details never."
                    ),
                    self.tr("What consent does not allow stays here."),
                ]
            )
        )
        intro.setWordWrap(True)
        self.interviews = QListWidget()
        self.interviews.setObjectName("exchange_interviews")
        self.with_scans = QCheckBox(self.tr("Include scans of the signed consent forms"))
        self.with_scans.setObjectName("exchange_with_scans")
        self.send_folder, row = self._folder_row(
            SEND_FOLDER, self.tr("the package is made in a new folder inside it"), self.tr("Folder:")
        )
        self.send_folder.setObjectName("exchange_send_folder")
        self.send_button = QPushButton(self.tr("Make the package"))
        self.send_button.setObjectName("exchange_send")
        self.send_button.clicked.connect(self.start_send)
        end = QHBoxLayout()
        end.addWidget(self.with_scans)
        end.addStretch()
        end.addWidget(self.send_button)
        layout = QVBoxLayout(page)
        layout.addWidget(intro)
        layout.addWidget(self.interviews, 1)
        layout.addLayout(row)
        layout.addLayout(end)
        return page

    def _receive_page(self) -> QWidget:
        page = QWidget()
        intro = QLabel(
            " ".join(
                [
                    self.tr("The folder of a package a partner sent."),
                    self.tr("It is checked whole first, then taken in at once or not at all."),
                    self.tr("Records already here are kept, and a consent can only become stricter."),
                ]
            )
        )
        intro.setWordWrap(True)
        self.receive_folder, row = self._folder_row(
            RECEIVE_FOLDER, self.tr("the folder of the package (with bagit.txt)"), self.tr("Package:")
        )
        self.receive_folder.setObjectName("exchange_receive_folder")
        self.receive_button = QPushButton(self.tr("Take in the package"))
        self.receive_button.setObjectName("exchange_receive")
        self.receive_button.clicked.connect(self.start_receive)
        end = QHBoxLayout()
        end.addStretch()
        end.addWidget(self.receive_button)
        layout = QVBoxLayout(page)
        layout.addWidget(intro)
        layout.addLayout(row)
        layout.addLayout(end)
        layout.addStretch(1)
        return page

    def _describe_page(self) -> QWidget:
        page = QWidget()
        intro = QLabel(
            " ".join(
                [
                    self.tr("Dublin Core descriptions of the public interviews and their public files,"),
                    self.tr("for Omeka S (CSV Import) or any catalogue that reads oai_dc XML."),
                    self.tr("Only what may go to the public website is described; names only with consent."),
                ]
            )
        )
        intro.setWordWrap(True)
        self.dc_format = QComboBox()
        self.dc_format.setObjectName("exchange_dc_format")
        self.dc_format.addItem(self.tr("CSV for Omeka S"), "csv")
        self.dc_format.addItem(self.tr("XML (oai_dc)"), "xml")
        self.dc_format.addItem(self.tr("Static OAI-PMH repository (XML)"), "oai-pmh")
        self.dc_format.currentIndexChanged.connect(self._format_chosen)
        self.base_url = QLineEdit(str(self.settings.value(OAI_URL, "") or ""))
        self.base_url.setObjectName("exchange_base_url")
        self.base_url.setPlaceholderText(
            self.tr("where the gateway will read the file, e.g. https://oai.example.pl/zacni.xml")
        )
        self.base_url_label = QLabel(self.tr("Address:"))
        url_row = QHBoxLayout()
        url_row.addWidget(self.base_url_label)
        url_row.addWidget(self.base_url, 1)
        self.dc_file = QLineEdit(str(self.settings.value(DC_FILE, "") or ""))
        self.dc_file.setObjectName("exchange_dc_file")
        self.dc_file.setPlaceholderText(self.tr("the file to write, e.g. zacni.csv"))
        choose = QPushButton(self.tr("Choose…"))
        choose.clicked.connect(self._choose_dc_file)
        row = QHBoxLayout()
        row.addWidget(QLabel(self.tr("File:")))
        row.addWidget(self.dc_file, 1)
        row.addWidget(choose)
        self.dc_button = QPushButton(self.tr("Write the descriptions"))
        self.dc_button.setObjectName("exchange_dc_write")
        self.dc_button.clicked.connect(self.start_describe)
        end = QHBoxLayout()
        end.addWidget(QLabel(self.tr("Format:")))
        end.addWidget(self.dc_format)
        end.addStretch()
        end.addWidget(self.dc_button)
        layout = QVBoxLayout(page)
        layout.addWidget(intro)
        layout.addLayout(row)
        layout.addLayout(url_row)
        layout.addLayout(end)
        layout.addStretch(1)
        self._format_chosen()
        return page

    def _format_chosen(self, _index: int = 0) -> None:
        """The repository's address is asked only for OAI-PMH (a gateway serves the file from it)."""
        oai = self.dc_format.currentData() == "oai-pmh"
        self.base_url.setVisible(oai)
        self.base_url_label.setVisible(oai)

    def _choose_dc_file(self) -> None:
        chosen, _ = QFileDialog.getSaveFileName(self, self.windowTitle(), self.dc_file.text())
        if chosen:
            self.dc_file.setText(chosen)

    def _load_interviews(self) -> None:
        try:
            with self.archive.session(self.actor) as s:
                choices = partner_choices(s)
        except ZacniError as error:
            self.status.setText(error_message(error))
            return
        self.interviews.clear()
        for choice in choices:
            item = QListWidgetItem(str(choice["title"]))
            item.setData(ID_ROLE, int(choice["id"]))
            if choice["reason"]:
                why = reason_text(str(choice["reason"]))
                item.setText(self.tr("{0} — stays here: {1}").format(choice["title"], why))
                item.setFlags(item.flags() & ~Qt.ItemFlag.ItemIsEnabled & ~Qt.ItemFlag.ItemIsUserCheckable)
                item.setCheckState(Qt.CheckState.Unchecked)
            else:
                item.setFlags(item.flags() | Qt.ItemFlag.ItemIsUserCheckable)
                item.setCheckState(Qt.CheckState.Checked)
            self.interviews.addItem(item)
        going = len([c for c in choices if not c["reason"]])
        self.status.setText(
            self.tr("Interviews that may go to a partner: {0} of {1}.").format(going, len(choices))
        )

    def chosen_ids(self) -> list[int]:
        items = [self.interviews.item(n) for n in range(self.interviews.count())]
        return [int(i.data(ID_ROLE)) for i in items if i.checkState() == Qt.CheckState.Checked]

    def _choose(self, line: QLineEdit, setting: str) -> None:
        chosen = QFileDialog.getExistingDirectory(self, self.windowTitle(), line.text())
        if chosen:
            line.setText(chosen)
            self.settings.setValue(setting, chosen)

    # -- work ------------------------------------------------------------------------------------
    def start_send(self) -> bool:
        folder, ids = self.send_folder.text().strip(), self.chosen_ids()
        if not folder:
            self.status.setText(self.tr("Choose the folder to make the package in first."))
            return False
        if not ids:
            self.status.setText(self.tr("Tick at least one interview."))
            return False
        self.settings.setValue(SEND_FOLDER, folder)
        archive, user, scans, target = (
            self.archive,
            self.actor.name,
            self.with_scans.isChecked(),
            Path(folder),
        )

        def work(progress: Any, cancel: Any) -> dict[str, Any]:
            return export_bagit(
                archive,
                target,
                user=user,
                interview_ids=ids,
                with_consent_scans=scans,
                progress=progress,
                cancel=cancel,
            )

        return self._start(work, self._sent, self.tr("Making the package…"))

    def start_receive(self) -> bool:
        folder = self.receive_folder.text().strip()
        if not folder:
            self.status.setText(self.tr("Choose the folder of the package first."))
            return False
        self.settings.setValue(RECEIVE_FOLDER, folder)
        archive, user, source = self.archive, self.actor.name, Path(folder)

        def work(progress: Any, cancel: Any) -> dict[str, Any]:
            return import_package(archive, source, user=user, progress=progress, cancel=cancel)

        return self._start(work, self._received, self.tr("Checking and taking in the package…"))

    def start_describe(self) -> bool:
        name = self.dc_file.text().strip()
        if not name:
            self.status.setText(self.tr("Choose the file to write first."))
            return False
        self.settings.setValue(DC_FILE, name)
        archive, user, target, fmt = self.archive, self.actor.name, Path(name), self.dc_format.currentData()
        base_url = self.base_url.text().strip()
        if fmt == "oai-pmh":
            if not base_url:
                self.status.setText(self.tr("Give the address the gateway will read the repository from."))
                return False
            self.settings.setValue(OAI_URL, base_url)

        def work(progress: Any, cancel: Any) -> dict[str, Any]:
            if fmt == "oai-pmh":
                return export_oai_pmh(archive, target, base_url=base_url, user=user)
            return export_dublin_core(archive, target, user=user, fmt=fmt)

        return self._start(work, self._described, self.tr("Writing the descriptions…"))

    def _described(self, data: dict[str, Any]) -> None:
        self._ended()
        self.result = data
        kept = len([w for w in data["withheld"] if w["kind"] == "interview"])
        self.status.setText(
            "\n".join(
                [
                    self.tr("Descriptions written: {0} public records, to {1}.").format(
                        data["records"], data["file"]
                    ),
                    self.tr("Interviews not described (not public with their consents): {0}.").format(kept),
                ]
            )
        )

    def _start(self, work: Any, finished: Any, text: str) -> bool:
        started = self.runner.start(
            work, on_progress=self._progress, on_finished=finished, on_failed=self._failed
        )
        if started:
            self.result = None
            self.tabs.setEnabled(False)
            self.progress.setRange(0, 0)
            self.progress.show()
            self.cancel_button.show()
            self.status.setText(text)
        return started

    def _progress(self, done: int, total: int, label: str) -> None:
        show_progress(self.progress, done, total, label)

    def _ended(self) -> None:
        self.progress.hide()
        self.cancel_button.hide()
        self.tabs.setEnabled(True)

    def _sent(self, data: dict[str, Any]) -> None:
        self._ended()
        self.result = data
        lines = [
            self.tr("The package is ready: interviews {0}, files {1}.").format(
                data["records"], data["files"]
            ),
            data["bag"],
        ]
        lines += [self._withheld_line(w) for w in data["withheld"] if w["kind"] != "interview"]
        self.status.setText("\n".join(lines))

    def _received(self, data: dict[str, Any]) -> None:
        self._ended()
        self.result = data
        counts = data["imported"]
        lines = [
            self.tr("Taken in from {0}: interviews {1}, files {2}, people {3}, transcripts {4}.").format(
                data["institution"]["name"],
                counts.get("interviews", 0),
                counts.get("assets", 0),
                counts.get("people", 0),
                counts.get("transcripts", 0),
            )
        ]
        here = [d for d in data["duplicates"] if d["kind"] in ("interview", "asset")]
        if here:
            lines.append(self.tr("Already here, kept as they are: {0}.").format(len(here)))
        lines += [self._withheld_line(w) for w in data["withheld"]]
        self.status.setText("\n".join(lines))

    def _withheld_line(self, entry: dict[str, Any]) -> str:
        kind = {"master": "asset", "consent_scan": "asset"}.get(str(entry["kind"]), str(entry["kind"]))
        return f"• {value_label(kind)}: {reason_text(str(entry['reason']))}"

    def _failed(self, error: BaseException) -> None:
        self._ended()
        if was_cancelled(error):
            self.status.setText(self.tr("Cancelled: nothing was written or taken in."))
        elif isinstance(error, PackageRefused):
            self.status.setText(
                self.tr("The package was refused, nothing was taken in: {0}").format(error.message)
            )
        elif isinstance(error, ValidationError) and error.field == "base_url":
            self.status.setText(
                self.tr("This is not a web address on a domain name, e.g. https://oai.example.pl/zacni.xml.")
            )
        elif isinstance(error, ZacniError):
            self.status.setText(error_text(error.message) or error_message(error))
        else:
            self.status.setText(self.tr("The exchange failed: {0}").format(error))

    # -- closing ---------------------------------------------------------------------------------
    def reject(self) -> None:
        self.runner.wait()
        super().reject()

    def closeEvent(self, event: QCloseEvent) -> None:
        self.runner.wait()
        super().closeEvent(event)
