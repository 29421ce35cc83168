"""The one place the ui package imports Qt from, so a version bump or shim touches one file."""

from PySide6.QtCore import (
    QAbstractTableModel,
    QModelIndex,
    QPersistentModelIndex,
    QSettings,
    Qt,
    QTimer,
)
from PySide6.QtGui import QAction, QKeySequence
from PySide6.QtWidgets import (
    QApplication,
    QLabel,
    QMainWindow,
    QPushButton,
    QTableView,
    QTabWidget,
    QVBoxLayout,
    QWidget,
)

__all__ = [
    "QAbstractTableModel",
    "QAction",
    "QApplication",
    "QKeySequence",
    "QLabel",
    "QMainWindow",
    "QModelIndex",
    "QPersistentModelIndex",
    "QPushButton",
    "QSettings",
    "QTabWidget",
    "QTableView",
    "QTimer",
    "QVBoxLayout",
    "QWidget",
    "Qt",
]
