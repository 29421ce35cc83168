"""Screenshots of the main views for the documentation, rendered offscreen from a demo archive.

    QT_QPA_PLATFORM=offscreen python -m zacni_app.ui.screenshots ARCHIVE_DIR OUT_DIR

The archive should hold the demo (`zacni demo`). Settings are throwaway and the size is fixed,
so the pictures come out the same on every machine; each view is rendered after it settles.
Then full-text search (a query typed without Polish letters, a transcript hit chosen) and the
exchange dialog.
"""

from __future__ import annotations

import os
import sys
import tempfile
from pathlib import Path

SIZE = (1280, 800)
SEARCH_QUERY = "pszczoly"


def render_views(archive_dir: Path, out_dir: Path, language: str = "pl") -> list[Path]:
    os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
    from zacni_app.core.archive import Archive
    from zacni_app.ui.launch import save_screenshot, start
    from zacni_app.ui.qt import QApplication, QSettings

    existing = QApplication.instance()
    app = existing if isinstance(existing, QApplication) else QApplication(sys.argv[:1])
    written: list[Path] = []
    with tempfile.TemporaryDirectory() as scratch, Archive.open(archive_dir) as archive:
        settings = QSettings(str(Path(scratch) / "shots.ini"), QSettings.Format.IniFormat)
        settings.setValue("ui/language", language)
        window = start(app, archive, settings, user="admin", ask_login=False)
        assert window is not None
        window.resize(*SIZE)
        window.show()
        views = [
            ("people", "Marian Jaworski", "people.png"),  # his consent is withdrawn: the list says so
            ("interviews", "Pięćdziesiąt lat przy ulach", "interview-editor.png"),
            ("stories", "Pszczoły z Karwowa", "story-editor.png"),
            ("assets", "Ślub w kolegiacie opatowskiej, 1981", "photo-grid.png"),
        ]
        for section, title, name in views:
            window.show_section(section)
            window.select_key(_key_titled(window, title))
            target = out_dir / name
            save_screenshot(window, target)
            written.append(target)
            window.backup_reminder.dismiss()  # shown once, in the first picture (a demo has no backup)
        written.append(_search_view(window, out_dir / "search.png"))
        written.append(_exchange_view(window, out_dir / "exchange.png"))
        window.close()
    return written


def _exchange_view(window: object, target: Path) -> Path:
    """Plik → Wymiana z partnerami, as it opens: what may go to a partner and what stays here."""
    from zacni_app.ui.main_window import MainWindow
    from zacni_app.ui.qt import QApplication

    assert isinstance(window, MainWindow)
    dialog = window.open_exchange_dialog()
    QApplication.processEvents()
    dialog.grab().save(str(target))
    dialog.reject()
    return target


def _search_view(window: object, target: Path) -> Path:
    from zacni_app.ui.launch import save_screenshot
    from zacni_app.ui.main_window import MainWindow
    from zacni_app.ui.qt import QApplication, QElapsedTimer, QThread

    assert isinstance(window, MainWindow)
    panel = window.search_panel
    panel.set_query(SEARCH_QUERY)
    clock = QElapsedTimer()
    clock.start()
    while panel.busy() and clock.elapsed() < 30000:
        QApplication.processEvents()
        QThread.msleep(10)
    passages = [n for n, hit in enumerate(panel.model.hits) if hit.type == "cue"]
    if passages:
        panel.results.setCurrentIndex(panel.model.index(passages[0], 0))
    save_screenshot(window, target)
    return target


def _key_titled(window: object, title: str) -> object:
    from zacni_app.ui.main_window import MainWindow

    assert isinstance(window, MainWindow)
    model = window.model
    for row in range(model.rowCount()):
        if model.index(row, 0).data() == title:
            return model.key_at(row)
    return model.key_at(0)


if __name__ == "__main__":
    if len(sys.argv) != 3:
        print(__doc__, file=sys.stderr)
        sys.exit(2)
    for path in render_views(Path(sys.argv[1]), Path(sys.argv[2])):
        print(path)
