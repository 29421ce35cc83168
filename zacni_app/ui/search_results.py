"""The list of search hits: a small list model over core SearchHits, painted as two lines of rich text.

The core marks matched words in a snippet with «guillemets» (plain text, as the CLI prints it);
here the snippet is HTML-escaped and the marks become bold, so a transcript that happens to
contain "<b>" or "&" is shown as written and never as markup. A transcript or index hit shows
the second of the recording where the passage starts (mm:ss).
"""

from __future__ import annotations

import re
from html import escape
from typing import Any

from zacni_app.ui.language import value_label
from zacni_app.ui.qt import (
    QAbstractListModel,
    QAbstractTextDocumentLayout,
    QCoreApplication,
    QModelIndex,
    QPainter,
    QPalette,
    QPersistentModelIndex,
    QSize,
    QStyle,
    QStyledItemDelegate,
    QStyleOptionViewItem,
    Qt,
    QTextDocument,
)

HIT_ROLE = Qt.ItemDataRole.UserRole
HTML_ROLE = Qt.ItemDataRole.UserRole + 1
_MARKED = re.compile(r"«([^«»]*)»")
AnyIndex = QModelIndex | QPersistentModelIndex
translate = QCoreApplication.translate


def snippet_html(snippet: str) -> str:
    """«matched» words in bold, everything else escaped (a snippet is text, never markup)."""
    parts: list[str] = []
    at = 0
    for match in _MARKED.finditer(snippet):
        parts.append(escape(snippet[at : match.start()]))
        parts.append(f"<b>{escape(match.group(1))}</b>")
        at = match.end()
    parts.append(escape(snippet[at:]))
    return "".join(parts)


def media_time(start_ms: int) -> str:
    """A position in a recording as mm:ss (h:mm:ss from an hour on)."""
    seconds = max(0, start_ms) // 1000
    hours, rest = divmod(seconds, 3600)
    minutes, seconds = divmod(rest, 60)
    return f"{hours}:{minutes:02d}:{seconds:02d}" if hours else f"{minutes:02d}:{seconds:02d}"


def hit_type_label(hit_type: str) -> str:
    labels = {
        "cue": translate("SearchResults", "transcript"),
        "segment": translate("SearchResults", "index of the recording"),
    }
    return labels.get(hit_type) or value_label(hit_type)


def is_passage(hit: Any) -> bool:
    """A hit that opens a recording at a second (a transcript cue or an index segment)."""
    return hit.asset_id is not None and hit.start_ms is not None


def hit_html(hit: Any) -> str:
    heading = f"<b>{escape(hit.title)}</b>"
    kind = escape(hit_type_label(hit.type))
    when = f" · {media_time(hit.start_ms)}" if is_passage(hit) else ""
    first = f"{heading} — <i>{kind}{when}</i>"
    return f"{first}<br>{snippet_html(hit.snippet)}" if hit.snippet else first


class SearchResultsModel(QAbstractListModel):
    """The hits of the latest search, best first."""

    def __init__(self) -> None:
        super().__init__()
        self.hits: list[Any] = []

    def set_hits(self, hits: list[Any]) -> None:
        self.beginResetModel()
        self.hits = list(hits)
        self.endResetModel()

    def hit_at(self, row: int) -> Any:
        return self.hits[row] if 0 <= row < len(self.hits) else None

    def rowCount(self, parent: AnyIndex = QModelIndex()) -> int:  # noqa: B008
        return 0 if parent.isValid() else len(self.hits)

    def data(self, index: AnyIndex, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        hit = self.hit_at(index.row()) if index.isValid() else None
        if hit is None:
            return None
        if role == Qt.ItemDataRole.DisplayRole:
            return hit.title
        if role == HTML_ROLE:
            return hit_html(hit)
        if role == HIT_ROLE:
            return hit
        if role == Qt.ItemDataRole.ToolTipRole and is_passage(hit):
            return translate("SearchResults", "Double-click to listen from {0}").format(
                media_time(hit.start_ms)
            )
        return None


class RichTextDelegate(QStyledItemDelegate):
    """Paints an item's HTML_ROLE as rich text (the selection colours kept)."""

    MARGIN = 6

    def _document(
        self, option: QStyleOptionViewItem, index: QModelIndex | QPersistentModelIndex
    ) -> QTextDocument:
        document = QTextDocument()
        document.setDefaultFont(option.font)
        document.setDocumentMargin(self.MARGIN)
        document.setHtml(str(index.data(HTML_ROLE) or ""))
        width = option.rect.width()
        if width <= 0 and option.widget is not None:  # a size hint is asked before the item has a place
            width = option.widget.viewport().width()  # type: ignore[attr-defined]
        document.setTextWidth(max(width, 200))
        return document

    def paint(
        self, painter: QPainter, option: QStyleOptionViewItem, index: QModelIndex | QPersistentModelIndex
    ) -> None:
        self.initStyleOption(option, index)
        style = option.widget.style() if option.widget is not None else None
        text_option = QStyleOptionViewItem(option)
        text_option.text = ""
        if style is not None:
            style.drawControl(QStyle.ControlElement.CE_ItemViewItem, text_option, painter, option.widget)
        document = self._document(option, index)
        context = QAbstractTextDocumentLayout.PaintContext()
        selected = bool(option.state & QStyle.StateFlag.State_Selected)
        role = QPalette.ColorRole.HighlightedText if selected else QPalette.ColorRole.Text
        context.palette.setColor(QPalette.ColorRole.Text, option.palette.color(role))
        painter.save()
        painter.translate(option.rect.topLeft())
        painter.setClipRect(option.rect.translated(-option.rect.topLeft()))
        document.documentLayout().draw(painter, context)
        painter.restore()

    def sizeHint(self, option: QStyleOptionViewItem, index: QModelIndex | QPersistentModelIndex) -> QSize:
        self.initStyleOption(option, index)
        document = self._document(option, index)
        return QSize(int(document.idealWidth()), int(document.size().height()))
