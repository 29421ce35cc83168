"""How fast does the window open, and does a 100,000-item list scroll without a stutter?

Makes a throwaway archive with 100,000 asset rows (bulk SQL insert, no media files), then:

  start   a fresh `python` process opens the archive and shows the window on the "Zdjęcia i
          nagrania" list of 100,000 items; the time runs from launching the process to the
          window painted with its first rows (interpreter start and imports included)
  scroll  in this process, the list's scrollbar is moved page by page from top to bottom; each
          step sets the value, repaints the viewport synchronously (so the rows it shows are
          read) and processes events; the slowest step is what a user would feel as a stutter
  grid    the same for the thumbnail grid
  sort    re-sorting the 100,000 by title in Polish order, and filtering them as one types

Each is also printed as a ratio against a baseline run the same way on this machine, so a
noisy, shared machine still says how much Zacni adds: for start, a fresh `python` that shows a
bare QMainWindow with a QTableView (the floor of Python + Qt); for scrolling, the same table
over an in-memory Python model holding all rows as strings (the cheapest Python model there is).

Targets: under 1.5 s to a usable window; no scroll step over 50 ms.

    QT_QPA_PLATFORM=offscreen .venv/bin/python benchmarks/gui.py [--assets N] [--runs R]
"""

from __future__ import annotations

import argparse
import os
import statistics
import subprocess
import sys
import tempfile
import time
from pathlib import Path

REPO = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(REPO))
os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")

START_TARGET_S = 1.5
STEP_TARGET_MS = 50.0

CHILD = """
import sys, time
sys.path.insert(0, {repo!r})
from pathlib import Path
from zacni_app.core.archive import Archive
from zacni_app.ui.launch import start
from zacni_app.ui.qt import QApplication, QSettings
app = QApplication(sys.argv[:1])
archive = Archive.open(Path({archive!r}))
settings = QSettings({ini!r}, QSettings.Format.IniFormat)
window = start(app, archive, settings, user="admin", ask_login=False)
window.show()
window.centre.currentWidget().viewport().repaint()
app.processEvents()
assert window.model.rowCount() == {count} and window.model.fetches >= 1
print(time.time())
"""

BARE_CHILD = """
import sys, time
from PySide6.QtGui import QStandardItem, QStandardItemModel
from PySide6.QtWidgets import QApplication, QMainWindow, QTableView
app = QApplication(sys.argv[:1])
window = QMainWindow()
model = QStandardItemModel(100, 6)
for row in range(100):
    for column in range(6):
        model.setItem(row, column, QStandardItem(f"{{row}}:{{column}}"))
table = QTableView()
table.setModel(model)
window.setCentralWidget(table)
window.show()
table.viewport().repaint()
app.processEvents()
print(time.time())
"""


def make_archive(folder: Path, count: int) -> Path:
    from tests.test_ui_fixtures import insert_assets
    from zacni_app.core.archive import Archive

    root = folder / "archive"
    began = time.perf_counter()
    with Archive.create(root) as archive:
        insert_assets(archive, count)
    print(f"archive with {count:,} asset rows made in {time.perf_counter() - began:.1f} s")
    return root


def settings_file(folder: Path, view: str) -> Path:
    from zacni_app.ui.qt import QSettings

    ini = folder / f"{view}.ini"
    settings = QSettings(str(ini), QSettings.Format.IniFormat)
    settings.setValue("window/section", "assets")
    settings.setValue("window/assets_view", view)
    settings.sync()
    return ini


def time_start(root: Path, ini: Path, count: int, runs: int, code: str | None = None) -> list[float]:
    code = code or CHILD.format(repo=str(REPO), archive=str(root), ini=str(ini), count=count)
    times = []
    for _ in range(runs):
        launched = time.time()
        done = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True, check=False)
        if done.returncode != 0:
            raise SystemExit(f"the window did not start:\n{done.stderr}")
        times.append(float(done.stdout.strip().splitlines()[-1]) - launched)
    return times


def time_scroll(view: object) -> list[float]:
    """Milliseconds of each page step from the top of `view` to its bottom."""
    from zacni_app.ui.qt import QApplication

    bar = view.verticalScrollBar()  # type: ignore[attr-defined]
    viewport = view.viewport()  # type: ignore[attr-defined]
    bar.setValue(0)
    QApplication.processEvents()
    steps = []
    value = 0
    while value < bar.maximum():
        value = min(value + bar.pageStep(), bar.maximum())
        began = time.perf_counter()
        bar.setValue(value)
        viewport.repaint()
        QApplication.processEvents()
        steps.append((time.perf_counter() - began) * 1000)
    return steps


def report_steps(name: str, steps: list[float], baseline: list[float] | None = None) -> float:
    worst = max(steps)
    print(
        f"{name:6} {len(steps):,} page steps to the bottom in {sum(steps) / 1000:.2f} s; "
        f"median {statistics.median(steps):.1f} ms, p99 {sorted(steps)[int(len(steps) * 0.99)]:.1f} ms, "
        f"slowest {worst:.1f} ms ({worst / STEP_TARGET_MS:.2f} × the {STEP_TARGET_MS:.0f} ms target)"
    )
    if baseline:
        print(
            f"       vs the in-memory baseline: median"
            f" {statistics.median(steps) / statistics.median(baseline):.2f} ×,"
            f" slowest {worst / max(baseline):.2f} ×"
        )
    return worst


def baseline_scroll(count: int) -> list[float]:
    """The same scroll over a plain table model with every row in memory as strings."""
    from zacni_app.ui.qt import QAbstractTableModel, QApplication, QModelIndex, Qt, QTableView

    class Plain(QAbstractTableModel):
        def __init__(self) -> None:
            super().__init__()
            self.rows = [
                (f"Zdjęcie {n}", "zdjęcie", "", "2024-06-14", "", "2026-01-01") for n in range(count)
            ]

        def rowCount(self, parent: QModelIndex = QModelIndex()) -> int:  # noqa: B008
            return 0 if parent.isValid() else len(self.rows)

        def columnCount(self, parent: QModelIndex = QModelIndex()) -> int:  # noqa: B008
            return 6

        def data(self, index: QModelIndex, role: int = Qt.ItemDataRole.DisplayRole) -> object:
            return self.rows[index.row()][index.column()] if role == Qt.ItemDataRole.DisplayRole else None

    app = QApplication.instance() or QApplication(sys.argv[:1])
    assert app is not None
    model = Plain()
    table = QTableView()
    table.setModel(model)
    table.resize(670, 680)  # about the list's size in a 1280 × 800 window
    table.show()
    QApplication.processEvents()
    steps = time_scroll(table)
    table.close()
    return steps


def wait_for_layout(view: object) -> float:
    """Until a batched layout is done (the scroll range stops growing); returns when it was."""
    from zacni_app.ui.qt import QApplication

    bar = view.verticalScrollBar()  # type: ignore[attr-defined]
    last, steady, done = -1, 0, time.perf_counter()
    while steady < 20:
        QApplication.processEvents()
        if bar.maximum() != last:
            last, steady, done = bar.maximum(), 0, time.perf_counter()
        else:
            steady += 1
        time.sleep(0.005)
    return done


def in_process(root: Path, ini: Path, count: int, baseline: list[float]) -> list[float]:
    from zacni_app.core.archive import Archive
    from zacni_app.ui.launch import start
    from zacni_app.ui.qt import QApplication, QSettings, Qt

    app = QApplication.instance() or QApplication(sys.argv[:1])
    worst: list[float] = []
    with Archive.open(root) as archive:
        window = start(
            app, archive, QSettings(str(ini), QSettings.Format.IniFormat), user="admin", ask_login=False
        )  # type: ignore[arg-type]
        assert window is not None
        window.resize(1280, 800)
        window.show()
        QApplication.processEvents()
        assert window.model.rowCount() == count
        worst.append(report_steps("table", time_scroll(window.table), baseline))
        print(
            f"       rows read from the database: {window.model.fetches} pages of 100;"
            f" cached now: {len(window.model._rows)}"
        )
        window.actions.thumbnails.setChecked(True)
        began = time.perf_counter()
        laid_out = wait_for_layout(window.grid)
        print(f"       grid laid out in batches behind the first screenful: {laid_out - began:.2f} s")
        worst.append(report_steps("grid", time_scroll(window.grid), baseline))
        title = window.model.column_names().index("title")
        began = time.perf_counter()
        window.table.sortByColumn(title, Qt.SortOrder.AscendingOrder)
        print(f"sort   {count:,} titles in Polish order: {time.perf_counter() - began:.2f} s")
        began = time.perf_counter()
        window.model.set_filter("laka")
        print(
            f"filter 'laka' finds {window.model.rowCount():,} of {count:,} (Łąka, no diacritics typed): "
            f"{time.perf_counter() - began:.2f} s"
        )
        window.close()
    return worst


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--assets", type=int, default=100_000)
    parser.add_argument("--runs", type=int, default=3)
    args = parser.parse_args()
    with tempfile.TemporaryDirectory(prefix="zacni-gui-bench-") as scratch:
        folder = Path(scratch)
        root = make_archive(folder, args.assets)
        ini = settings_file(folder, "list")
        bare = statistics.median(time_start(root, ini, args.assets, args.runs, BARE_CHILD))
        starts = time_start(root, ini, args.assets, args.runs)
        best, median = min(starts), statistics.median(starts)
        print(
            f"start  to a usable window on {args.assets:,} items: best {best:.2f} s, median {median:.2f} s "
            f"of {args.runs} ({median / START_TARGET_S:.2f} × the {START_TARGET_S} s target)"
        )
        grid_starts = time_start(root, settings_file(folder, "grid"), args.assets, args.runs)
        grid_median = statistics.median(grid_starts)
        print(
            f"       on the photo grid of the same items: median {grid_median:.2f} s"
            f" ({grid_median / START_TARGET_S:.2f} × the target)"
        )
        print(
            f"       baseline, a bare Qt window in a fresh python: {bare:.2f} s; Zacni {median / bare:.1f} ×"
        )
        baseline = baseline_scroll(args.assets)
        print(
            f"       baseline scroll, in-memory model: median {statistics.median(baseline):.1f} ms,"
            f" slowest {max(baseline):.1f} ms"
        )
        worst = in_process(root, ini, args.assets, baseline)
    ok = max(median, grid_median) <= START_TARGET_S and max(worst) <= STEP_TARGET_MS
    print("targets met" if ok else "targets NOT met")


if __name__ == "__main__":
    main()
