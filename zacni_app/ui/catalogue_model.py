"""The centre list: an ids-only table model that fetches the rows it shows, a page at a time.

Like Anki's browser model and calibre's BooksModel, the model holds nothing but the list of
record ids in the current sort and filter order (one query). A row's values are read only when a
view paints it, together with the rest of its page, into a small least-recently-used cache, so a
100,000-item list opens as fast as a 100-item one and scrolls without loading the archive.
"""

from __future__ import annotations

from collections import OrderedDict
from datetime import date, datetime
from typing import Any

from zacni_app.core import catalogue_queries as queries
from zacni_app.core import catalogue_sections as sections
from zacni_app.core.archive import Actor, Archive
from zacni_app.core.catalogue_sections import Key, Row
from zacni_app.ui.language import column_labels, value_label
from zacni_app.ui.qt import (
    QAbstractTableModel,
    QModelIndex,
    QPersistentModelIndex,
    Qt,
)
from zacni_app.ui.thumbnail_loader import ThumbnailLoader

PAGE = 100
CACHE_LIMIT = 3000
KEY_ROLE = Qt.ItemDataRole.UserRole
_TRANSLATED = frozenset({"access", "status", "kind", "problem"})
_NUMERIC = frozenset({"birth_year", "duration"})

AnyIndex = QModelIndex | QPersistentModelIndex


class CatalogueModel(QAbstractTableModel):
    """One section of the catalogue (people, interviews, assets…) as seen by one user."""

    def __init__(self, archive: Archive, actor: Actor, thumbnails: ThumbnailLoader | None = None) -> None:
        super().__init__()
        self.archive = archive
        self.actor = actor
        self.section = "people"
        self.sort_column: str | None = None
        self.descending: bool | None = None
        self.filter_text = ""
        self.show_icons = False
        self._columns: tuple[str, ...] = sections.column_names(self.section)
        self._keys: list[Key] = []
        self._rows: OrderedDict[Key, Row] = OrderedDict()
        self._by_sha256: dict[str, Key] = {}  # cached rows by master, for thumbnails as they arrive
        self._positions: dict[Key, int] | None = None
        self.thumbnails = thumbnails
        if thumbnails is not None:
            thumbnails.ready.connect(self._thumbnail_ready)
        self.fetches = 0  # pages read from the database (the benchmark and tests watch it)

    # -- what is listed ----------------------------------------------------------------------
    def show_section(self, section: str, *, text: str = "") -> None:
        """List another section, in its default order."""
        self.section = section
        self.sort_column = None
        self.descending = None
        self.filter_text = text
        self._columns = sections.column_names(section)
        self.reload()

    def set_filter(self, text: str) -> None:
        if text != self.filter_text:
            self.filter_text = text
            self.reload()

    def reload(self) -> None:
        """Read the ids again (after a change, a new sort or filter); rows are read again when shown."""
        with self.archive.session(self.actor) as s:
            keys = queries.section_ids(
                s, self.section, sort=self.sort_column, descending=self.descending, text=self.filter_text
            )
        self.beginResetModel()
        self._keys = keys
        self._rows.clear()
        self._by_sha256.clear()
        self._positions = None
        self.endResetModel()

    def forget(self, keys: list[Key]) -> None:
        """Drop cached rows of changed records so the next paint reads them again."""
        for key in keys:
            self._rows.pop(key, None)
            row = self.row_of(key)
            if row is not None:
                self.dataChanged.emit(self.index(row, 0), self.index(row, self.columnCount() - 1))

    def key_at(self, row: int) -> Key | None:
        return self._keys[row] if 0 <= row < len(self._keys) else None

    def row_of(self, key: Key) -> int | None:
        if self._positions is None:
            self._positions = {k: n for n, k in enumerate(self._keys)}
        return self._positions.get(key)

    def keys(self) -> list[Key]:
        return list(self._keys)

    def column_names(self) -> tuple[str, ...]:
        return self._columns

    def default_sort_column(self) -> int:
        spec = sections.SECTIONS.get(self.section)
        return self._columns.index(spec.default_sort) if spec else self._columns.index("title")

    def default_order(self) -> Qt.SortOrder:
        spec = sections.SECTIONS.get(self.section)
        descending = spec.descending if spec else False
        return Qt.SortOrder.DescendingOrder if descending else Qt.SortOrder.AscendingOrder

    # -- Qt model interface ------------------------------------------------------------------
    def rowCount(self, parent: AnyIndex = QModelIndex()) -> int:  # noqa: B008
        return 0 if parent.isValid() else len(self._keys)

    def columnCount(self, parent: AnyIndex = QModelIndex()) -> int:  # noqa: B008
        return 0 if parent.isValid() else len(self._columns)

    def headerData(
        self, section: int, orientation: Qt.Orientation, role: int = Qt.ItemDataRole.DisplayRole
    ) -> Any:
        if role == Qt.ItemDataRole.DisplayRole and orientation == Qt.Orientation.Horizontal:
            name = self._columns[section]
            if name == "name" and self.section != "people":  # a place's or a subject's name
                name = "thing_name"
            return column_labels().get(name, name)
        return None

    def data(self, index: AnyIndex, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if not index.isValid():
            return None
        if role == KEY_ROLE:
            return self._keys[index.row()]
        if role not in (
            Qt.ItemDataRole.DisplayRole,
            Qt.ItemDataRole.DecorationRole,
            Qt.ItemDataRole.ToolTipRole,
            Qt.ItemDataRole.TextAlignmentRole,
        ):
            return None
        column = self._columns[index.column()]
        if role == Qt.ItemDataRole.TextAlignmentRole:
            return _alignment(column)
        row = self._row(index.row())
        if row is None:
            return None
        if role == Qt.ItemDataRole.DecorationRole:
            return self._icon(row) if index.column() == 0 else None
        if role == Qt.ItemDataRole.ToolTipRole:
            return row.get("detail") or None
        return display_value(column, row.get(column))

    def sort(self, column: int, order: Qt.SortOrder = Qt.SortOrder.AscendingOrder) -> None:
        if not 0 <= column < len(self._columns):
            return
        self.sort_column = self._columns[column]
        self.descending = order == Qt.SortOrder.DescendingOrder
        self.reload()

    # -- lazy rows ---------------------------------------------------------------------------
    def _row(self, row: int) -> Row | None:
        key = self._keys[row]
        cached = self._rows.get(key)
        if cached is not None:
            self._rows.move_to_end(key)
            return cached
        start = row - row % PAGE
        page = [k for k in self._keys[start : start + PAGE] if k not in self._rows]
        with self.archive.session(self.actor) as s:
            fetched = queries.section_rows(s, self.section, page)
        self.fetches += 1
        self._rows.update(fetched)
        self._by_sha256.update((r["sha256"], k) for k, r in fetched.items() if r.get("sha256"))
        while len(self._rows) > CACHE_LIMIT:
            _old, evicted = self._rows.popitem(last=False)
            self._by_sha256.pop(evicted.get("sha256") or "", None)
        return fetched.get(key)

    def _icon(self, row: Row) -> Any:
        if not self.show_icons or self.thumbnails is None or "sha256" not in row:
            return None
        return self.thumbnails.icon(row["sha256"], row["kind"])

    def _thumbnail_ready(self, sha256: str) -> None:
        """Repaint the one row showing this master (a lookup, not a walk over the cached rows:
        thumbnails arrive by the dozen while the grid scrolls)."""
        key = self._by_sha256.get(sha256)
        position = self.row_of(key) if key is not None and key in self._rows else None
        if position is not None:
            index = self.index(position, 0)
            self.dataChanged.emit(index, index, [Qt.ItemDataRole.DecorationRole])


def display_value(column: str, value: Any) -> str:
    """How a stored value reads in a list: dates as dates, lengths as h:mm:ss, words translated."""
    if value is None:
        return ""
    if column == "duration":
        return queries.format_duration(value)
    if isinstance(value, datetime):
        shown = value.astimezone() if value.tzinfo is not None else value
        return shown.strftime("%Y-%m-%d %H:%M")
    if isinstance(value, date):
        return value.isoformat()
    if column in _TRANSLATED:
        return value_label(str(value))
    return str(value)


def _alignment(column: str) -> Any:
    if column in _NUMERIC:
        return int(Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter)
    return int(Qt.AlignmentFlag.AlignLeft | Qt.AlignmentFlag.AlignVCenter)
