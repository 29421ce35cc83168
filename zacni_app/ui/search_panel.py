"""Full-text search in the window: a query field always at hand, hits with snippets, facets, did-you-mean.

The panel is a client of `core.search.search`, the function `zacni search` calls, under the acting
user, so a researcher's hits, snippets, facet counts and suggestions are exactly what the core
lets that user see. Searching runs on its own pool thread (the first search may have to bring the
index up to date), debounced while the user types; only the answer to the latest question is
shown. Facet checkboxes narrow the hits through the core's `facets=` filter. A hit in a recording
(a transcript cue, an index segment) asks the window to open that recording at its second; any
other hit asks it to open the record in its section.
"""

from __future__ import annotations

from collections.abc import Mapping
from html import escape
from typing import Any

from zacni_app.core.archive import Actor, Archive
from zacni_app.core.errors import ZacniError
from zacni_app.ui.language import value_label
from zacni_app.ui.messages import error_message
from zacni_app.ui.qt import (
    QAbstractItemView,
    QCheckBox,
    QCoreApplication,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QListView,
    QModelIndex,
    QObject,
    QPushButton,
    QRunnable,
    QScrollArea,
    QSplitter,
    Qt,
    QThreadPool,
    QTimer,
    QVBoxLayout,
    QWidget,
    Signal,
)
from zacni_app.ui.search_messages import query_error_message
from zacni_app.ui.search_results import HIT_ROLE, RichTextDelegate, SearchResultsModel, is_passage

SEARCH_DELAY_MS = 250
LIMIT = 100
FACET_ORDER = ("subject", "place", "person", "decade", "kind", "collection")
#: The section of the window each kind of hit is listed in.
HIT_RECORDS = {"person": "person", "interview": "interview", "asset": "asset", "story": "story"}
translate = QCoreApplication.translate


class _Signals(QObject):
    done = Signal(int, object)  # generation, SearchResult
    failed = Signal(int, object)  # generation, the exception


class _SearchJob(QRunnable):
    """One search on the pool thread; the core is imported here, so Whoosh never slows the start."""

    def __init__(
        self,
        archive: Archive,
        actor: Actor,
        query: str,
        facets: dict[str, list[str]],
        generation: int,
        signals: _Signals,
    ) -> None:
        super().__init__()
        self.archive, self.actor, self.query, self.facets = archive, actor, query, facets
        self.generation = generation
        self.signals = signals

    def run(self) -> None:
        try:
            from zacni_app.core.search import search

            result = search(self.archive, self.query, user=self.actor, facets=self.facets, limit=LIMIT)
        except BaseException as error:  # shown in the panel; a search never takes the window down
            self.signals.failed.emit(self.generation, error)
        else:
            self.signals.done.emit(self.generation, result)


def record_of(hit: Any) -> tuple[str, int] | None:
    """The record a hit stands for: a passage stands for its recording."""
    if hit.type in HIT_RECORDS:
        return HIT_RECORDS[hit.type], int(hit.id)
    if hit.asset_id is not None:
        return "asset", int(hit.asset_id)
    return None


def facet_labels() -> dict[str, str]:
    return {
        "subject": translate("SearchPanel", "Subject"),
        "place": translate("SearchPanel", "Place"),
        "person": translate("SearchPanel", "Person"),
        "decade": translate("SearchPanel", "Decade"),
        "kind": translate("SearchPanel", "Kind of file"),
        "collection": translate("SearchPanel", "Collection"),
    }


def facet_value_label(facet: str, value: str) -> str:
    """Kinds in the window's words ("nagranie"), decades as years ("1980–1989")."""
    if facet == "kind":
        return value_label(value)
    if facet == "decade" and value[:4].isdigit():
        return f"{value[:4]}–{int(value[:4]) + 9}"
    return value


class FacetList(QWidget):
    """Checkboxes with counts, one group per facet; `chosen` is what narrows the hits."""

    changed = Signal()

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("facet_list")
        self.chosen: dict[str, set[str]] = {}
        self.boxes: dict[tuple[str, str], QCheckBox] = {}
        self.layout_ = QVBoxLayout(self)
        self.layout_.setContentsMargins(6, 6, 6, 6)
        self.layout_.addStretch(1)

    def clear_choice(self) -> None:
        self.chosen = {}

    def as_filter(self) -> dict[str, list[str]]:
        return {name: sorted(values) for name, values in self.chosen.items() if values}

    def show_counts(self, counts: Mapping[str, list[tuple[str, int]]]) -> None:
        """Rebuild the boxes; a chosen value stays shown (and ticked) even when it counts nothing."""
        while self.layout_.count() > 1:
            item = self.layout_.takeAt(0)
            widget = item.widget() if item is not None else None
            if widget is not None:
                widget.deleteLater()
        self.boxes = {}
        labels = facet_labels()
        at = 0
        for name in FACET_ORDER:
            values = dict(counts.get(name, []))
            for value in self.chosen.get(name, set()):
                values.setdefault(value, 0)
            if not values:
                continue
            heading = QLabel(f"<b>{escape(labels[name])}</b>")
            self.layout_.insertWidget(at, heading)
            at += 1
            for value, count in sorted(values.items(), key=lambda item: -item[1]):
                box = self._box(name, value, count)
                self.layout_.insertWidget(at, box)
                at += 1

    def _box(self, name: str, value: str, count: int) -> QCheckBox:
        box = QCheckBox(f"{facet_value_label(name, value)} ({count})")
        box.setObjectName(f"facet_{name}")
        box.setChecked(value in self.chosen.get(name, set()))
        box.toggled.connect(lambda on, n=name, v=value: self._toggled(n, v, on))
        self.boxes[(name, value)] = box
        return box

    def _toggled(self, name: str, value: str, on: bool) -> None:
        values = self.chosen.setdefault(name, set())
        if on:
            values.add(value)
        else:
            values.discard(value)
        self.changed.emit()


class SearchPanel(QWidget):
    """The results page; its query field is placed by the window in the toolbar (always visible)."""

    open_recording = Signal(int, int)  # asset id, start_ms
    open_record = Signal(str, int)  # kind, id: open it in its section
    hit_chosen = Signal(str, int)  # kind, id: the current hit, for the detail pane
    results_shown = Signal()  # the window brings this page forward
    closed = Signal()

    def __init__(self, archive: Archive, actor: Actor, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("search_panel")
        self.archive = archive
        self.actor = actor
        self.generation = 0
        self.pending = 0
        self.result: Any = None
        self.last_error: ZacniError | None = None
        self.suggestions: list[str] = []
        self.pool = QThreadPool(self)
        self.pool.setMaxThreadCount(1)
        self._signals = _Signals(self)
        self._signals.done.connect(self._finished)
        self._signals.failed.connect(self._failed)
        self.timer = QTimer(self)
        self.timer.setSingleShot(True)
        self.timer.setInterval(SEARCH_DELAY_MS)
        self.timer.timeout.connect(self.search_now)
        self._build()

    # -- building ----------------------------------------------------------------------------
    def _build(self) -> None:
        self.query_field = QLineEdit()
        self.query_field.setObjectName("fulltext_field")
        self.query_field.setPlaceholderText(self.tr("Search the archive (Ctrl+K)"))
        self.query_field.setClearButtonEnabled(True)
        self.query_field.setMinimumWidth(280)
        self.query_field.setToolTip(
            self.tr(
                'Words in any form, with or without Polish letters; "a phrase", -excluded, OR, '
                "pszcz* and fields such as miejsce:Opatów, osoba:, temat:, rok:1980-1989"
            )
        )
        self.query_field.textChanged.connect(self._typed)
        self.query_field.returnPressed.connect(self.search_now)
        self.summary = QLabel()
        self.summary.setObjectName("search_summary")
        self.message = QLabel()
        self.message.setObjectName("search_message")
        self.message.setWordWrap(True)
        self.message.setTextFormat(Qt.TextFormat.RichText)
        self.message.linkActivated.connect(self._suggestion_chosen)
        self.message.hide()
        close = QPushButton(self.tr("Back to the list"))
        close.setObjectName("close_search")
        close.clicked.connect(self.closed.emit)
        top = QHBoxLayout()
        top.addWidget(self.summary, 1)
        top.addWidget(close)
        self.model = SearchResultsModel()
        self.results = QListView()
        self.results.setObjectName("search_results")
        self.results.setModel(self.model)
        self.results.setItemDelegate(RichTextDelegate(self.results))
        self.results.setWordWrap(True)
        self.results.setResizeMode(QListView.ResizeMode.Adjust)
        self.results.setVerticalScrollMode(QAbstractItemView.ScrollMode.ScrollPerPixel)
        self.results.setAlternatingRowColors(True)
        self.results.activated.connect(self.open_hit)
        self.results.selectionModel().currentChanged.connect(self._current_changed)
        self.facets = FacetList()
        self.facets.changed.connect(self.search_now)
        scroll = QScrollArea()
        scroll.setObjectName("facet_scroll")
        scroll.setWidget(self.facets)
        scroll.setWidgetResizable(True)
        scroll.setMinimumWidth(170)
        splitter = QSplitter(Qt.Orientation.Horizontal)
        splitter.addWidget(self.results)
        splitter.addWidget(scroll)
        splitter.setStretchFactor(0, 1)
        splitter.setSizes([480, 190])
        layout = QVBoxLayout(self)
        layout.setContentsMargins(4, 4, 4, 4)
        layout.addLayout(top)
        layout.addWidget(self.message)
        layout.addWidget(splitter, 1)

    # -- asking ------------------------------------------------------------------------------
    def busy(self) -> bool:
        """True while a search is waiting for the pause in typing or for its answer."""
        return self.timer.isActive() or self.pending > 0

    def focus(self) -> None:
        self.query_field.setFocus()
        self.query_field.selectAll()

    def set_query(self, text: str) -> None:
        """Put `text` in the field and search at once (no pause to wait for)."""
        self.query_field.setText(text)
        self.search_now()

    def _typed(self, _text: str) -> None:
        self.facets.clear_choice()  # a new question starts without the last one's narrowing
        self.timer.start()

    def search_now(self) -> None:
        self.timer.stop()
        query = self.query_field.text().strip()
        self.generation += 1
        if not query:
            self._show_nothing()
            self.closed.emit()  # an emptied field: back to the list
            return
        self.pending += 1
        job = _SearchJob(
            self.archive, self.actor, query, self.facets.as_filter(), self.generation, self._signals
        )
        self.pool.start(job)

    def wait(self) -> None:
        """Let a running search finish (when the window closes)."""
        self.timer.stop()
        self.pool.waitForDone()

    # -- answers -----------------------------------------------------------------------------
    def _finished(self, generation: int, result: Any) -> None:
        self.pending -= 1
        if generation != self.generation:
            return  # the user has asked something else since
        self.result, self.last_error = result, None
        self.model.set_hits(result.hits)
        self.facets.show_counts(result.facets)
        self._show_summary(result)
        self._show_suggestions(result.suggestions)
        self.results_shown.emit()

    def _failed(self, generation: int, error: BaseException) -> None:
        self.pending -= 1
        if generation != self.generation:
            return
        self.result = None
        self.model.set_hits([])
        self.facets.show_counts({})
        self.summary.setText(self.tr("The query cannot be searched"))
        if isinstance(error, ZacniError):
            self.last_error = error
            text = query_error_message(error) if error.code == "bad_query" else error_message(error)
        else:
            text = self.tr("The search failed: {0}").format(error)
        self.message.setText(f"<span style='color:#a40000'>{escape(text)}</span>")
        self.message.show()
        self.results_shown.emit()

    def _show_summary(self, result: Any) -> None:
        if result.total == 0:
            text = self.tr("Nothing found for “{0}”").format(self.query_field.text().strip())
        elif result.total > len(result.hits):
            text = self.tr("Found: {0} (the best {1} are shown)").format(result.total, len(result.hits))
        else:
            text = self.tr("Found: {0}").format(result.total)
        self.summary.setText(text)

    def _show_suggestions(self, suggestions: list[str]) -> None:
        self.suggestions = list(suggestions)
        if not suggestions:
            self.message.hide()
            self.message.setText("")
            return
        links = ", ".join(f'<a href="{n}">{escape(s)}</a>' for n, s in enumerate(suggestions))
        self.message.setText(self.tr("Did you mean: {0}?").format(links))
        self.message.show()

    def _suggestion_chosen(self, link: str) -> None:
        if link.isdigit() and int(link) < len(self.suggestions):
            self.set_query(self.suggestions[int(link)])

    def _show_nothing(self) -> None:
        self.result = None
        self.model.set_hits([])
        self.facets.show_counts({})
        self.summary.setText("")
        self.message.hide()

    # -- opening -----------------------------------------------------------------------------
    def _current_changed(self, current: QModelIndex, _previous: QModelIndex) -> None:
        hit = current.data(HIT_ROLE) if current.isValid() else None
        record = record_of(hit) if hit is not None else None
        if record is not None:
            self.hit_chosen.emit(*record)

    def open_hit(self, index: QModelIndex) -> None:
        """Double-click or Enter: a passage opens its recording at its second, the rest their record."""
        hit = index.data(HIT_ROLE) if index.isValid() else None
        if hit is None:
            return
        if is_passage(hit):
            self.open_recording.emit(int(hit.asset_id), int(hit.start_ms))
            return
        record = record_of(hit)
        if record is not None:
            self.open_record.emit(*record)
