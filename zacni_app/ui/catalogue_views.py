"""The two views of the centre list: a sortable table and a grid of thumbnails, over one model.

Both share the model and the selection, so switching between list and grid keeps what is
selected. The grid uses uniform item sizes and a static layout, so the model fetches only the
rows it shows; Qt still walks every item to lay a grid out (0.7 s on 100,000 items, twice at
start), so the layout is batched: the first screenful appears at once, the rest follows between
events (benchmarks/gui.py: the window on the grid in 1.3 s rather than about 2 s).
"""

from __future__ import annotations

from zacni_app.ui.catalogue_model import CatalogueModel
from zacni_app.ui.qt import QAbstractItemView, QListView, QSize, Qt, QTableView
from zacni_app.ui.thumbnail_loader import ICON_SIZE


def make_table(model: CatalogueModel) -> QTableView:
    table = QTableView()
    table.setObjectName("catalogue_table")
    table.setModel(model)
    table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
    table.setAlternatingRowColors(True)
    table.setSortingEnabled(True)
    table.setWordWrap(False)
    table.verticalHeader().hide()
    table.verticalHeader().setDefaultSectionSize(table.fontMetrics().height() + 8)
    table.horizontalHeader().setStretchLastSection(True)
    table.horizontalHeader().setSectionsMovable(True)
    return table


def make_grid(model: CatalogueModel, table: QTableView) -> QListView:
    grid = QListView()
    grid.setObjectName("photo_grid")
    grid.setViewMode(QListView.ViewMode.IconMode)
    grid.setResizeMode(QListView.ResizeMode.Adjust)
    grid.setMovement(QListView.Movement.Static)
    grid.setUniformItemSizes(True)
    grid.setLayoutMode(QListView.LayoutMode.Batched)
    grid.setBatchSize(2000)
    grid.setWordWrap(True)
    grid.setIconSize(ICON_SIZE)
    grid.setGridSize(QSize(ICON_SIZE.width() + 24, ICON_SIZE.height() + 48))
    grid.setSpacing(6)
    grid.setModel(model)
    grid.setSelectionModel(table.selectionModel())
    grid.setSelectionMode(QAbstractItemView.SelectionMode.ExtendedSelection)
    return grid


def fit_columns(table: QTableView, widest: int = 320, sample: int = 50) -> None:
    """Columns as wide as their header and the first `sample` rows need, none wider than `widest`.

    Not QTableView.resizeColumnsToContents: on a table not yet shown it measures every row,
    which on 100,000 items reads the whole list from the database (40 s instead of 40 ms).
    """
    model = table.model()
    metrics = table.fontMetrics()
    header = table.horizontalHeader()
    header_metrics = header.fontMetrics()
    rows = min(model.rowCount(), sample)
    for column in range(model.columnCount()):
        title = str(model.headerData(column, Qt.Orientation.Horizontal) or "")
        width = header_metrics.horizontalAdvance(title) + 28  # room for the sort arrow
        for row in range(rows):
            text = model.index(row, column).data()
            if text:
                width = max(width, metrics.horizontalAdvance(str(text)) + 16)
        table.setColumnWidth(column, min(width, widest))
