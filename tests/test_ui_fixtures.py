"""Scaffolding for the window's tests (no tests here): demo archives, throwaway settings, big lists.

The demo is loaded once per test module into a template archive and copied for each test, as
Anki's tests copy a template collection. Every window gets its own QSettings ini file in the
test's tmp_path, so no test reads or writes the real user's settings.
"""

from __future__ import annotations

import hashlib
import shutil
from collections.abc import Callable, Iterator
from datetime import UTC, datetime, timedelta
from pathlib import Path

import pytest
from PySide6.QtTest import QTest
from pytestqt.qtbot import QtBot
from sqlalchemy import insert

from archive_schema import Asset
from zacni_app.core.archive import Archive
from zacni_app.core.demo import load_demo
from zacni_app.ui.language import install_translations
from zacni_app.ui.launch import start
from zacni_app.ui.main_window import MainWindow
from zacni_app.ui.qt import QApplication, QSettings, Qt, QWidget

WORDS = ["Łąka", "żniwa", "Opatów", "pszczoły", "kuźnia", "Ćmielów", "rynek", "ślub", "Zawada", "góry"]


@pytest.fixture(scope="module")
def demo_template(tmp_path_factory: pytest.TempPathFactory, template_archive: Path) -> Path:
    root = tmp_path_factory.mktemp("demo") / "archive"
    shutil.copytree(template_archive, root)
    with Archive.open(root) as archive:
        load_demo(archive)
    return root


@pytest.fixture
def demo_archive(demo_template: Path, tmp_path: Path) -> Iterator[Archive]:
    root = tmp_path / "demo-archive"
    shutil.copytree(demo_template, root)
    archive = Archive.open(root)
    yield archive
    archive.close()


@pytest.fixture
def ui_settings(tmp_path: Path) -> QSettings:
    return QSettings(str(tmp_path / "zacni-test.ini"), QSettings.Format.IniFormat)


@pytest.fixture
def open_window(
    qapp: QApplication, qtbot: QtBot, ui_settings: QSettings
) -> Iterator[Callable[..., MainWindow]]:
    """Opens MainWindow the way `zacni gui` does (translations from the settings, then the window)."""
    opened: list[MainWindow] = []

    def make(archive: Archive, user: str = "admin", settings: QSettings | None = None) -> MainWindow:
        window = start(qapp, archive, settings or ui_settings, user=user, ask_login=False)
        assert window is not None
        qtbot.addWidget(window)
        window.show()
        window.activateWindow()  # shortcuts and focus work only in the active window
        qtbot.waitUntil(window.isActiveWindow, timeout=5000)
        opened.append(window)
        return window

    yield make
    for window in opened:
        window.close()
    install_translations(qapp, "pl")


def type_text(widget: QWidget, text: str) -> None:
    """Type like a user, Polish letters included (QTest.keyClicks knows only ASCII keys)."""
    for char in text:
        for action in (QTest.KeyAction.Press, QTest.KeyAction.Release):
            QTest.sendKeyEvent(action, widget, Qt.Key.Key_unknown, char, Qt.KeyboardModifier.NoModifier)


def insert_assets(archive: Archive, count: int, *, batch: int = 10_000) -> None:
    """`count` asset rows straight into the table (no files): enough to scroll, sort and filter."""
    start = datetime(2024, 1, 1, tzinfo=UTC)
    with archive.engine.begin() as conn:
        for first in range(0, count, batch):
            rows = [_asset_row(n, start) for n in range(first, min(first + batch, count))]
            conn.execute(insert(Asset.__table__), rows)


def _asset_row(n: int, start: datetime) -> dict[str, object]:
    kind = ("image", "audio", "image", "document")[n % 4]
    title = f"{WORDS[n % len(WORDS)]} {WORDS[(n // 7) % len(WORDS)]} nr {n}"
    stamp = start + timedelta(minutes=n)
    return {
        "uid": f"00000000-0000-4000-8000-{n:012d}",
        "sha256": hashlib.sha256(str(n).encode()).hexdigest(),
        "kind": kind,
        "size": 1000 + n,
        "mime": {"image": "image/jpeg", "audio": "audio/wav", "document": "application/pdf"}[kind],
        "ext": {"image": "jpg", "audio": "wav", "document": "pdf"}[kind],
        "original_name": f"plik_{n}.{kind}",
        "imported_at": stamp,
        "title": title,
        "access": "research",
        "duration_ms": 61_000 + n if kind == "audio" else None,
        "tech": {},
        "warnings": [],
        "created_at": stamp,
        "updated_at": stamp,
        "version": 1,
    }
