"""Transcripts and indexes in and out of the listening room: WebVTT, SRT, stamped text, OHMS XML.

The same core functions as `zacni transcript import/export` (core/transcripts.py and
save_transcript / transcript_cues) and the OHMS module (core/ohms.py), which is looked up when
the room opens, so the room works in a build without it (its two entries are then disabled).
An import replaces what the undo steps refer to, so it clears the room's undo stack.
"""

from __future__ import annotations

import importlib
import importlib.util
from pathlib import Path
from types import ModuleType
from typing import TYPE_CHECKING

from zacni_app.core.assets import get_asset
from zacni_app.core.errors import ZacniError
from zacni_app.core.transcript_records import save_transcript, transcript_cues
from zacni_app.core.transcripts import parse_transcript, write_srt, write_stamped_text, write_webvtt
from zacni_app.ui.qt import QAction, QFileDialog, QMenu, QMessageBox, QObject
from zacni_app.ui.room_messages import room_message

if TYPE_CHECKING:
    from zacni_app.ui.listening_room import ListeningRoom

WRITERS = {"vtt": write_webvtt, "srt": write_srt, "txt": write_stamped_text}


def optional_core(name: str) -> ModuleType | None:
    """A core module that may not be in this build (OHMS XML, clips): None if it is not there."""
    if importlib.util.find_spec(f"zacni_app.core.{name}") is None:
        return None
    return importlib.import_module(f"zacni_app.core.{name}")


class RoomFiles(QObject):
    def __init__(self, room: ListeningRoom) -> None:
        super().__init__(room)
        self.room = room
        self.import_transcript_action = self._action("import_transcript", self.tr("Import a transcript…"))
        self.export_transcript_action = self._action("export_transcript", self.tr("Export the transcript…"))
        self.export_ohms_action = self._action("export_ohms", self.tr("Export the index as OHMS XML…"))
        self.import_ohms_action = self._action("import_ohms", self.tr("Import an OHMS index…"))
        self.import_transcript_action.triggered.connect(self.choose_transcript_to_import)
        self.export_transcript_action.triggered.connect(self.choose_transcript_target)
        self.export_ohms_action.triggered.connect(self.choose_ohms_target)
        self.import_ohms_action.triggered.connect(self.choose_ohms_to_import)
        if optional_core("ohms") is None:
            for action in (self.export_ohms_action, self.import_ohms_action):
                action.setEnabled(False)
                action.setToolTip(self.tr("OHMS XML is not available in this version of Zacni."))

    def _action(self, name: str, text: str) -> QAction:
        action = QAction(text, self.room)
        action.setObjectName(f"room_{name}")
        return action

    def editing_actions(self) -> list[QAction]:
        return [self.import_transcript_action, self.import_ohms_action]

    def fill_menu(self, menu: QMenu) -> None:
        for action in (self.import_transcript_action, self.export_transcript_action):
            menu.addAction(action)
        menu.addSeparator()
        for action in (self.export_ohms_action, self.import_ohms_action):
            menu.addAction(action)

    # -- transcripts -------------------------------------------------------------------------
    def import_transcript(self, path: Path) -> int:
        """Replace the transcript by a WebVTT, SRT or stamped-text file; returns the cues read."""
        self.room.transcript.commit_pane()
        data = path.read_bytes()
        with self.room.archive.transaction(self.room.actor) as s:
            asset = get_asset(s, self.room.asset_id)
            cues = parse_transcript(data, path.name, duration_ms=asset.duration_ms)
            save_transcript(s, asset.id, cues, source=path.name)
        self._replaced()
        return len(cues)

    def export_transcript(self, path: Path, fmt: str) -> int:
        """Write what the user may see of the transcript (restricted passages left out)."""
        with self.room.archive.session(self.room.actor) as s:
            cues = transcript_cues(s, self.room.asset_id)
        path.write_text(WRITERS[fmt](cues), encoding="utf-8")
        return len(cues)

    def choose_transcript_to_import(self) -> None:
        name, _ = QFileDialog.getOpenFileName(
            self.room,
            self.tr("Import a transcript"),
            "",
            self.tr("Transcripts (*.vtt *.srt *.txt);;All files (*)"),
        )
        if not name:
            return
        if self.room.transcript.model.rows and not self._replace_confirmed():
            return
        self._run(lambda: self.tr("Imported cues: {0}").format(self.import_transcript(Path(name))))

    def _replace_confirmed(self) -> bool:
        answer = QMessageBox.question(
            self.room,
            self.tr("Import a transcript"),
            self.tr("Replace the cues of this transcript by the file's? Closed passages stay closed."),
        )
        return answer == QMessageBox.StandardButton.Yes

    def choose_transcript_target(self) -> None:
        filters = {
            self.tr("WebVTT (*.vtt)"): "vtt",
            self.tr("SubRip (*.srt)"): "srt",
            self.tr("Text with [hh:mm:ss] (*.txt)"): "txt",
        }
        name, chosen = QFileDialog.getSaveFileName(
            self.room, self.tr("Export the transcript"), "", ";;".join(filters)
        )
        if not name:
            return
        fmt = filters.get(chosen) or Path(name).suffix.lstrip(".").lower()
        fmt = fmt if fmt in WRITERS else "vtt"
        path = Path(name) if Path(name).suffix else Path(name).with_suffix(f".{fmt}")
        self._run(lambda: self.tr("Exported cues: {0}").format(self.export_transcript(path, fmt)))

    # -- OHMS --------------------------------------------------------------------------------
    def export_ohms(self, path: Path) -> int:
        ohms = optional_core("ohms")
        if ohms is None:
            raise ZacniError("OHMS XML is not available in this version", code="no_ohms")
        with self.room.archive.session(self.room.actor) as s:
            return int(ohms.export_ohms(s, self.room.asset_id, path))

    def import_ohms(self, path: Path) -> int:
        ohms = optional_core("ohms")
        if ohms is None:
            raise ZacniError("OHMS XML is not available in this version", code="no_ohms")
        self.room.index.save()
        with self.room.archive.transaction(self.room.actor) as s:
            written = int(ohms.import_ohms_index(s, self.room.asset_id, path))
        self._replaced()
        return written

    def choose_ohms_target(self) -> None:
        name, _ = QFileDialog.getSaveFileName(
            self.room, self.tr("Export the index as OHMS XML"), "", self.tr("OHMS XML (*.xml)")
        )
        if name:
            path = Path(name) if Path(name).suffix else Path(name).with_suffix(".xml")
            self._run(lambda: self.tr("Exported index segments: {0}").format(self.export_ohms(path)))

    def choose_ohms_to_import(self) -> None:
        name, _ = QFileDialog.getOpenFileName(
            self.room, self.tr("Import an OHMS index"), "", self.tr("OHMS XML (*.xml);;All files (*)")
        )
        if name:
            self._run(lambda: self.tr("Imported index segments: {0}").format(self.import_ohms(Path(name))))

    # -- shared ------------------------------------------------------------------------------
    def _replaced(self) -> None:
        self.room.undo_stack.clear()  # its steps name cues and segments that may be gone
        self.room.reload()

    def _run(self, work: object) -> None:
        assert callable(work)
        try:
            done = work()
        except ZacniError as error:
            QMessageBox.warning(self.room, self.tr("Cannot do this"), room_message(error))
            return
        except OSError as error:
            QMessageBox.warning(self.room, self.tr("Cannot do this"), str(error))
            return
        self.room.statusBar().showMessage(str(done), 5000)
