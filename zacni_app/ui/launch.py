"""`zacni gui`: checks there is a screen, opens (or creates) the archive, logs in, shows the window.

`--screenshot FILE` renders the settled window offscreen (thumbnails loaded, no work pending),
saves a PNG and exits; it uses throwaway settings, so it neither reads nor changes the user's
window layout and always renders at the same size.
"""

from __future__ import annotations

import os
import sys
import tempfile
from pathlib import Path
from typing import TYPE_CHECKING

from zacni_app.core.errors import ZacniError

if TYPE_CHECKING:  # Qt is imported only once we know a window can be shown
    from zacni_app.core.archive import Archive
    from zacni_app.ui.main_window import MainWindow
    from zacni_app.ui.qt import QApplication, QSettings


def display_problem(screenshot: Path | None) -> str | None:
    """Why Qt could not open a window here, or None. Offscreen rendering needs no display."""
    if screenshot is not None or os.environ.get("QT_QPA_PLATFORM"):
        return None
    if sys.platform.startswith("linux") and not (
        os.environ.get("DISPLAY") or os.environ.get("WAYLAND_DISPLAY")
    ):
        return (
            "no display found (DISPLAY and WAYLAND_DISPLAY are not set): run 'zacni gui' from a desktop "
            "session, or use the 'zacni' commands on this machine (see 'zacni --help')"
        )
    return None


def run_gui(root: Path, *, user: str = "admin", screenshot: Path | None = None) -> int:
    problem = display_problem(screenshot)
    if problem:
        print(f"zacni: error: {problem}", file=sys.stderr)
        return 1
    if screenshot is not None and not os.environ.get("QT_QPA_PLATFORM"):
        os.environ["QT_QPA_PLATFORM"] = "offscreen"
    from zacni_app.core.archive import Archive, is_archive
    from zacni_app.ui.qt import QApplication, QSettings, QTimer

    existing = QApplication.instance()
    app = existing if isinstance(existing, QApplication) else QApplication(sys.argv[:1])
    app.setApplicationName("Zacni")
    app.setOrganizationName("Zacni")
    with tempfile.TemporaryDirectory(prefix="zacni-gui-") as scratch:
        settings = (
            QSettings(str(Path(scratch) / "screenshot.ini"), QSettings.Format.IniFormat)
            if screenshot is not None
            else QSettings("Zacni", "Zacni")
        )
        try:
            archive = Archive.open(root) if is_archive(root) else Archive.create(root)
        except ZacniError as error:
            print(f"zacni: error: {error.message}", file=sys.stderr)
            return 1
        try:
            window = start(app, archive, settings, user=user, ask_login=screenshot is None)
            if window is None:
                return 1
            window.show()
            if screenshot is not None:
                QTimer.singleShot(0, lambda: (save_screenshot(window, screenshot), app.quit()))
            return int(app.exec())
        finally:
            archive.close()


def start(
    app: QApplication, archive: Archive, settings: QSettings, *, user: str, ask_login: bool = True
) -> MainWindow | None:
    """Translations, the acting user (a log-in on shared PCs), then the window; None if cancelled."""
    from zacni_app.core import catalogue_queries
    from zacni_app.ui.language import chosen_language, install_translations
    from zacni_app.ui.login_dialog import LoginDialog
    from zacni_app.ui.main_window import MainWindow
    from zacni_app.ui.qt import QDialog

    install_translations(app, chosen_language(settings))
    users = catalogue_queries.login_users(archive.engine)
    if ask_login and any(has_password for _, _, has_password in users):
        dialog = LoginDialog(archive, users)
        if dialog.exec() != QDialog.DialogCode.Accepted or dialog.actor is None:
            return None
        actor = dialog.actor
    else:
        try:
            actor = archive.actor(user)
        except ZacniError as error:
            print(f"zacni: error: {error.message}", file=sys.stderr)
            return None
    return MainWindow(archive, actor, settings)


def settle(window: MainWindow, timeout_ms: int = 10000) -> None:
    """Process events until the window has nothing left to load (thumbnails, background work)."""
    from zacni_app.ui.qt import QApplication, QElapsedTimer, QThread

    clock = QElapsedTimer()
    clock.start()
    while clock.elapsed() < timeout_ms:
        QApplication.processEvents()
        busy = window.thumbnails.is_loading() or window.work_status.busy()
        if not busy:
            QApplication.processEvents()
            if not window.thumbnails.is_loading():
                return
        QThread.msleep(10)


def save_screenshot(window: MainWindow, path: Path) -> None:
    settle(window)
    path.parent.mkdir(parents=True, exist_ok=True)
    window.grab().save(str(path), "PNG")
