"""Import by drag and drop: what will be imported, the import in the background, the report in Polish."""

from __future__ import annotations

import shutil
from collections.abc import Callable
from pathlib import Path

import pytest
from pytestqt.qtbot import QtBot
from sqlalchemy import select

from archive_schema import Asset, AssetPerson, Interview, Person
from tests.media_factory import make_jpeg, make_wav
from tests.test_ui_fixtures import demo_archive, demo_template, open_window, ui_settings
from zacni_app.core.archive import Archive
from zacni_app.core.users import add_user
from zacni_app.ui.editors import InterviewEditor
from zacni_app.ui.import_dialog import ImportDialog, item_texts
from zacni_app.ui.main_window import MainWindow
from zacni_app.ui.qt import (
    QApplication,
    QDragEnterEvent,
    QDragMoveEvent,
    QDropEvent,
    QFileDialog,
    QMimeData,
    QPoint,
    Qt,
    QUrl,
    QWidget,
)

__all__ = ["demo_archive", "demo_template", "open_window", "ui_settings"]

OpenWindow = Callable[..., MainWindow]


def card(folder: Path) -> dict[str, Path]:
    """A card's worth: a photo, a recording, an empty file, text posing as a photo, a copy of the photo."""
    folder.mkdir(parents=True, exist_ok=True)
    files = {
        "photo": make_jpeg(folder / "Łąka za kuźnią.jpg", (320, 240)),
        "recording": make_wav(folder / "pszczołami.wav", seconds=0.5),
        "empty": folder / "pusty.jpg",
        "text": folder / "notatka.jpg",
    }
    files["empty"].write_bytes(b"")
    files["text"].write_text("Żółć i pszczoły: notatka, nie zdjęcie.\n", encoding="utf-8")
    files["copy"] = folder / "Łąka — kopia.jpg"
    shutil.copyfile(files["photo"], files["copy"])
    return files


def urls(paths: list[Path]) -> QMimeData:
    mime = QMimeData()
    mime.setUrls([QUrl.fromLocalFile(str(p)) for p in paths])
    return mime


def drop(widget: QWidget, paths: list[Path], at: QPoint) -> bool:
    """What a file manager's drag does: enter, then drop; True if the enter was accepted."""
    mime = urls(paths)
    action, button, keys = Qt.DropAction.CopyAction, Qt.MouseButton.LeftButton, Qt.KeyboardModifier.NoModifier
    enter = QDragEnterEvent(at.toPointF(), action, mime, button, keys)
    QApplication.sendEvent(widget, enter)
    if not enter.isAccepted():
        return False
    move = QDragMoveEvent(at.toPointF(), action, mime, button, keys)
    QApplication.sendEvent(widget, move)
    assert move.isAccepted()
    QApplication.sendEvent(widget, QDropEvent(at.toPointF(), action, mime, button, keys))
    return True


def import_from(window: MainWindow, qtbot: QtBot) -> list[str]:
    """Click Import in the dialog, check the work is in the background, wait for the report."""
    dialog = window.import_dialog
    assert isinstance(dialog, ImportDialog) and dialog.isVisible()
    window.import_report = None
    qtbot.mouseClick(dialog.import_button, Qt.MouseButton.LeftButton)
    assert window.work_status.isVisible() and window.work_status.cancel_button.isVisible()
    assert window.import_report is None  # not done yet: the window did not wait for it
    qtbot.waitUntil(lambda: window.import_report is not None, timeout=60000)
    report = window.import_report
    assert report is not None and report.isVisible()
    return [report.windowTitle()]


def assets_named(archive: Archive, *names: str) -> dict[str, Asset]:
    with archive.session() as s:
        rows = s.scalars(select(Asset).where(Asset.original_name.in_(names))).all()
        return {a.original_name: a for a in rows}


def test_files_dropped_on_the_window_are_listed_imported_in_the_background_and_reported_in_polish(
    archive: Archive, open_window: OpenWindow, qtbot: QtBot, tmp_path: Path
) -> None:
    files = card(tmp_path / "karta")
    window = open_window(archive)
    assert drop(window, list(files.values()), QPoint(40, 300))
    dialog = window.import_dialog
    assert dialog is not None and dialog.isVisible()
    lines = dialog.lines()
    assert lines[0].startswith("Zdjęcia i skany: 4") and any(line.startswith("Nagrania: 1") for line in lines)
    for path in files.values():
        assert any(line.startswith(f"{path.name} — ") for line in lines), path.name
    total = sum(p.stat().st_size for p in files.values())
    assert dialog.summary.text().startswith("Pliki do zaimportowania: 5 (razem ")
    assert "bez dołączania do wywiadu ani osoby" in dialog.summary.text()
    assert dialog.plan.total_size == total

    import_from(window, qtbot)
    report = window.import_report
    assert report is not None
    imported = report.lines(report.imported)
    assert any(line.startswith("Łąka za kuźnią.jpg — zdjęcie") for line in imported)
    assert any(line.startswith("pszczołami.wav — nagranie") for line in imported)
    duplicates = report.lines(report.duplicates)
    assert len(duplicates) == 1 and duplicates[0].startswith(
        "Łąka — kopia.jpg — ten sam plik jest już w archiwum"
    )
    refused = report.lines(report.refused)
    assert "pusty.jpg — Plik jest pusty (0 bajtów)." in refused
    assert (
        "notatka.jpg — To nie jest zdjęcie, skan, nagranie, film ani PDF, które archiwum może przyjąć."
        in refused
    )
    found = assets_named(archive, "Łąka za kuźnią.jpg", "pszczołami.wav")
    assert {a.kind for a in found.values()} == {"image", "audio"}
    assert all(a.interview_id is None for a in found.values())
    assert window.statusBar().currentMessage() == "Zaimportowano: 2, duplikaty: 1, odrzucone: 2"


def test_files_and_a_folder_dropped_on_an_interview_row_are_attached_to_it(
    demo_archive: Archive, open_window: OpenWindow, qtbot: QtBot, tmp_path: Path
) -> None:
    folder = tmp_path / "z wywiadu"
    folder.mkdir()
    photo = make_jpeg(folder / "ul i pszczoły.jpg", (200, 150), description="Pasieka")
    recording = make_wav(tmp_path / "rozmowa przy ulach.wav", seconds=0.7)
    window = open_window(demo_archive)
    window.show_section("interviews")
    row = 2
    interview_id = window.model.key_at(row)
    with demo_archive.session() as s:
        title = s.get(Interview, interview_id).title
    rect = window.table.visualRect(window.model.index(row, 0))
    assert drop(window.table.viewport(), [folder, recording], rect.center())
    dialog = window.import_dialog
    assert dialog is not None
    assert f"dołączone do wywiadu „{title}”" in dialog.summary.text()
    assert any(line.startswith("ul i pszczoły.jpg") for line in dialog.lines())
    import_from(window, qtbot)
    report = window.import_report
    assert report is not None and len(report.lines(report.imported)) == 2
    found = assets_named(demo_archive, photo.name, recording.name)
    assert set(found) == {photo.name, recording.name}
    assert {a.interview_id for a in found.values()} == {interview_id}


def test_import_files_in_an_interviews_editor_attaches_them_and_lists_them_there(
    demo_archive: Archive,
    open_window: OpenWindow,
    qtbot: QtBot,
    tmp_path: Path,
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    recording = make_wav(tmp_path / "druga część rozmowy.wav", seconds=0.6)
    chosen: list[str] = []

    def choose(*args: object, **kwargs: object) -> tuple[list[str], str]:
        chosen.append("asked")
        return [str(recording)], ""

    monkeypatch.setattr(QFileDialog, "getOpenFileNames", staticmethod(choose))  # the system's file picker
    window = open_window(demo_archive)
    window.show_section("interviews")
    window.table.selectRow(0)
    editor = window.detail.current_editor()
    assert isinstance(editor, InterviewEditor) and editor.record_id is not None
    interview_id = editor.record_id
    before = len(editor.files.linked())
    qtbot.mouseClick(editor.files.add_button, Qt.MouseButton.LeftButton)
    assert chosen == ["asked"]
    dialog = window.import_dialog
    assert dialog is not None and "dołączone do wywiadu" in dialog.summary.text()
    import_from(window, qtbot)
    asset = assets_named(demo_archive, recording.name)[recording.name]
    assert asset.interview_id == interview_id
    shown = window.detail.current_editor()
    assert shown is editor and editor.record_id == interview_id
    assert len(editor.files.linked()) == before + 1 and ("asset", asset.id) in editor.files.linked()

    photo = make_jpeg(tmp_path / "narrator przy ulu.jpg", (200, 150))
    on_editor = window.detail.mapTo(window, window.detail.rect().center())
    assert drop(window, [photo], on_editor)  # dropped on the interview's editor, not on a row
    assert window.import_dialog is not None and "dołączone do wywiadu" in window.import_dialog.summary.text()
    import_from(window, qtbot)
    assert assets_named(demo_archive, photo.name)[photo.name].interview_id == interview_id
    assert len(editor.files.linked()) == before + 2


def test_a_drop_on_a_person_row_attaches_the_photo_to_that_person(
    demo_archive: Archive, open_window: OpenWindow, qtbot: QtBot, tmp_path: Path
) -> None:
    photo = make_jpeg(tmp_path / "portret.jpg", (240, 320))
    window = open_window(demo_archive)
    window.show_section("people")
    person_id = window.model.key_at(0)
    rect = window.table.visualRect(window.model.index(0, 0))
    assert drop(window.table.viewport(), [photo], rect.center())
    with demo_archive.session() as s:
        name = s.get(Person, person_id).name
    assert window.import_dialog is not None
    assert f"dołączone do osoby „{name}”" in window.import_dialog.summary.text()
    import_from(window, qtbot)
    asset = assets_named(demo_archive, "portret.jpg")["portret.jpg"]
    with demo_archive.session() as s:
        links = s.scalars(select(AssetPerson).where(AssetPerson.asset_id == asset.id)).all()
        assert [(link.person_id, link.role) for link in links] == [(person_id, "depicted")]


def test_cancel_in_the_dialog_imports_nothing_and_a_researcher_cannot_drop(
    demo_archive: Archive, open_window: OpenWindow, qtbot: QtBot, tmp_path: Path
) -> None:
    photo = make_jpeg(tmp_path / "żniwa.jpg")
    window = open_window(demo_archive)
    assert drop(window, [photo], QPoint(40, 300))
    dialog = window.import_dialog
    assert dialog is not None
    dialog.reject()
    QApplication.processEvents()
    assert not window.work_status.busy() and assets_named(demo_archive, "żniwa.jpg") == {}
    window.close()
    with demo_archive.transaction() as s:
        add_user(s, name="badacz", role="researcher")
    researcher = open_window(demo_archive, user="badacz")
    assert not drop(researcher, [photo], QPoint(40, 300))
    assert not drop(researcher.table.viewport(), [photo], QPoint(10, 10))
    assert researcher.import_dialog is None
    assert item_texts(dialog.model)[0].startswith("Zdjęcia i skany: 1")
