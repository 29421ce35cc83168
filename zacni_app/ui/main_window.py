"""The main window (first cut: counts, interviews and people; the full catalogue is issue 6)."""

from __future__ import annotations

from typing import Any

from zacni_app.core.archive import Archive
from zacni_app.core.interviews import list_interviews
from zacni_app.core.people import list_people
from zacni_app.core.stats import archive_counts
from zacni_app.ui.qt import (
    QAbstractTableModel,
    QAction,
    QKeySequence,
    QLabel,
    QMainWindow,
    QModelIndex,
    QPersistentModelIndex,
    QPushButton,
    QSettings,
    Qt,
    QTableView,
    QTabWidget,
    QVBoxLayout,
    QWidget,
)


class RowsModel(QAbstractTableModel):
    """A read-only table of plain rows (tuples) with fixed headers."""

    def __init__(self, headers: list[str], rows: list[tuple[Any, ...]]) -> None:
        super().__init__()
        self._headers = headers
        self._rows = rows

    def rowCount(self, parent: QModelIndex | QPersistentModelIndex = QModelIndex()) -> int:  # noqa: B008
        return 0 if parent.isValid() else len(self._rows)

    def columnCount(self, parent: QModelIndex | QPersistentModelIndex = QModelIndex()) -> int:  # noqa: B008
        return len(self._headers)

    def data(
        self, index: QModelIndex | QPersistentModelIndex, role: int = Qt.ItemDataRole.DisplayRole
    ) -> Any:
        if role == Qt.ItemDataRole.DisplayRole and index.isValid():
            value = self._rows[index.row()][index.column()]
            return "" if value is None else str(value)
        return None

    def headerData(
        self, section: int, orientation: Qt.Orientation, role: int = Qt.ItemDataRole.DisplayRole
    ) -> Any:
        if role == Qt.ItemDataRole.DisplayRole and orientation == Qt.Orientation.Horizontal:
            return self._headers[section]
        return None


class MainWindow(QMainWindow):
    def __init__(self, archive: Archive, *, user: str = "admin") -> None:
        super().__init__()
        self.archive = archive
        self.user = user
        self.setWindowTitle(self.tr("Zacni z Sąsiedztwa — archiwum"))
        self.tabs = QTabWidget()
        self.setCentralWidget(self.tabs)
        self._build_menu()
        self.refresh()
        settings = QSettings()
        geometry = settings.value("main/geometry")
        if geometry is not None:
            self.restoreGeometry(geometry)  # type: ignore[arg-type]
        else:
            self.resize(1100, 700)

    def _build_menu(self) -> None:
        menu = self.menuBar().addMenu(self.tr("&Archiwum"))
        refresh = QAction(self.tr("&Odśwież"), self)
        refresh.setShortcut(QKeySequence.StandardKey.Refresh)
        refresh.triggered.connect(self.refresh)
        menu.addAction(refresh)
        quit_action = QAction(self.tr("&Zakończ"), self)
        quit_action.setShortcut(QKeySequence.StandardKey.Quit)
        quit_action.triggered.connect(self.close)
        menu.addAction(quit_action)

    def refresh(self) -> None:
        self.tabs.clear()
        with self.archive.session(self.user) as s:
            counts = archive_counts(s)
            interviews = [
                (
                    i.title,
                    i.recorded_on.isoformat() if i.recorded_on else "",
                    i.place.name if i.place else "",
                    ", ".join(p.name for p in i.people("narrator")),
                )
                for i in list_interviews(s)
            ]
            people = [(p.name, p.birth_year, p.locality) for p in list_people(s)]
        if not counts["people"] and not counts["interviews"]:
            self.tabs.addTab(self._empty_state(), self.tr("Start"))
        self.tabs.addTab(
            self._table(
                [self.tr("Tytuł"), self.tr("Data"), self.tr("Miejsce"), self.tr("Narratorzy")], interviews
            ),
            self.tr("Wywiady"),
        )
        self.tabs.addTab(
            self._table(
                [self.tr("Imię i nazwisko"), self.tr("Rok urodzenia"), self.tr("Miejscowość")], people
            ),
            self.tr("Osoby"),
        )
        self.statusBar().showMessage(
            self.tr("Osoby: {0} · Wywiady: {1} · Pliki: {2} · Historie: {3}").format(
                counts["people"], counts["interviews"], counts["assets"], counts["stories"]
            )
        )

    def _table(self, headers: list[str], rows: list[tuple[Any, ...]]) -> QTableView:
        view = QTableView()
        view.setModel(RowsModel(headers, rows))
        view.setAlternatingRowColors(True)
        view.horizontalHeader().setStretchLastSection(True)
        view.resizeColumnsToContents()
        return view

    def _empty_state(self) -> QWidget:
        page = QWidget()
        layout = QVBoxLayout(page)
        label = QLabel(
            self.tr("Archiwum jest puste. Możesz wczytać materiał demonstracyjny z Opatowa i okolic.")
        )
        label.setWordWrap(True)
        button = QPushButton(self.tr("Wczytaj materiał demonstracyjny"))
        button.clicked.connect(self._load_demo)
        layout.addWidget(label)
        layout.addWidget(button)
        layout.addStretch(1)
        return page

    def _load_demo(self) -> None:
        from zacni_app.core.demo import load_demo

        load_demo(self.archive, user=self.user)
        self.refresh()

    def closeEvent(self, event: Any) -> None:
        QSettings().setValue("main/geometry", self.saveGeometry())
        super().closeEvent(event)
