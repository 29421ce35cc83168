"""`zacni gui`: checks there is a screen, opens (or creates) the archive, shows the window."""

from __future__ import annotations

import os
import sys
from pathlib import Path


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
    from zacni_app.ui.main_window import MainWindow
    from zacni_app.ui.qt import QApplication, QTimer

    app = QApplication.instance() or QApplication(sys.argv[:1])
    app.setApplicationName("Zacni")
    app.setOrganizationName("Zacni z Sąsiedztwa")
    archive = Archive.open(root) if is_archive(root) else Archive.create(root)
    window = MainWindow(archive, user=user)
    window.show()
    if screenshot is not None:

        def grab() -> None:
            window.grab().save(str(screenshot), "PNG")
            app.quit()

        QTimer.singleShot(300, grab)
    code = app.exec()
    archive.close()
    return int(code)
