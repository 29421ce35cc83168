"""The main window over a real archive: sections, lazy list, photo grid, sorting, filter, settings."""

from __future__ import annotations

from collections.abc import Callable
from pathlib import Path

from pytestqt.qtbot import QtBot

from tests.test_ui_fixtures import (
    demo_archive,
    demo_template,
    insert_assets,
    open_window,
    type_text,
    ui_settings,
)
from zacni_app.core.archive import Archive
from zacni_app.core.people import add_person
from zacni_app.ui.catalogue_model import KEY_ROLE, PAGE
from zacni_app.ui.main_window import ALL_SECTIONS, MainWindow
from zacni_app.ui.qt import QApplication, QSettings, Qt
from zacni_app.ui.thumbnail_loader import kind_icon

__all__ = ["demo_archive", "demo_template", "open_window", "ui_settings"]

OpenWindow = Callable[..., MainWindow]


def column_texts(window: MainWindow, column: int = 0) -> list[str]:
    model = window.model
    return [model.index(row, column).data() for row in range(model.rowCount())]


def add_people(archive: Archive, *names: str) -> None:
    with archive.transaction() as s:
        for name in names:
            add_person(s, name=name)


def test_sidebar_has_every_section_in_polish_and_the_people_list_in_polish_order(
    archive: Archive, open_window: OpenWindow
) -> None:
    add_people(archive, "Żaneta Zych", "Łucja Łąka", "Lucyna Lis", "Zenon Zawada", "Ćwikła Ewa")
    window = open_window(archive)
    labels = [window.sidebar.item(n).text() for n in range(window.sidebar.count())]
    assert labels == [
        "Osoby",
        "Wywiady",
        "Zdjęcia i nagrania",
        "Historie",
        "Kolekcje",
        "Tematy",
        "Miejsca",
        "Do sprawdzenia",
        "Kosz",
    ]
    assert window.model.section == "people"
    # sort names: "Ewa, Ćwikła" (one word given as surname last) … Lis < Łąka < Zawada < Zych
    assert column_texts(window) == ["Ćwikła Ewa", "Lucyna Lis", "Łucja Łąka", "Zenon Zawada", "Żaneta Zych"]
    assert window.count_label.text() == "Osoby: 5"
    assert "admin" in window.user_label.text()


def test_clicking_a_header_sorts_by_that_column_and_again_reverses(
    demo_archive: Archive, open_window: OpenWindow, qtbot: QtBot
) -> None:
    window = open_window(demo_archive)
    window.show_section("interviews")
    header = window.table.horizontalHeader()
    place = window.model.column_names().index("place")
    header.sectionClicked.emit(place)  # what a click on the header does
    window.table.sortByColumn(place, Qt.SortOrder.AscendingOrder)
    places = column_texts(window, place)
    assert places == sorted(places, key=_polish) and places[0] == "Balbinów"
    window.table.sortByColumn(place, Qt.SortOrder.DescendingOrder)
    assert column_texts(window, place) == list(reversed(places))


def _polish(text: str) -> tuple[object, ...]:
    from zacni_app.core.polish import sort_key

    return sort_key(text)


def test_filter_as_you_type_waits_for_a_pause_and_ignores_diacritics(
    demo_archive: Archive, open_window: OpenWindow, qtbot: QtBot
) -> None:
    window = open_window(demo_archive)
    everyone = window.model.rowCount()
    type_text(window.search_field, "opatow")
    assert window.model.rowCount() == everyone  # not yet: the filter waits ~200 ms for a pause
    qtbot.waitUntil(lambda: window.model.rowCount() < everyone, timeout=2000)
    localities = column_texts(window, window.model.column_names().index("locality"))
    names = column_texts(window)
    assert sorted(localities) == ["Czerników Opatowski", "Opatów", "Opatów"]
    assert "Józef Kaczmarek" in names
    window.search_field.clear()
    qtbot.waitUntil(lambda: window.model.rowCount() == everyone, timeout=2000)


def test_big_list_holds_ids_only_and_reads_rows_a_page_at_a_time(
    archive: Archive, open_window: OpenWindow, qtbot: QtBot
) -> None:
    insert_assets(archive, 20_000)
    window = open_window(archive)
    window.actions.thumbnails.setChecked(False)
    window.show_section("assets")
    model = window.model
    assert model.rowCount() == 20_000
    QApplication.processEvents()
    assert 1 <= model.fetches <= 2 and len(model._rows) <= 2 * PAGE  # only what is on screen
    bar = window.table.verticalScrollBar()
    bar.setValue(bar.maximum())
    QApplication.processEvents()
    last = model.rowCount() - 1
    assert window.table.rowAt(window.table.viewport().height() - 2) == last
    assert model.fetches <= 4 and len(model._rows) <= 4 * PAGE
    # newest import first: the last row is the oldest
    assert model.index(last, 0).data() == "Łąka Łąka nr 0"


def test_photo_grid_shows_a_placeholder_then_the_thumbnail(
    demo_archive: Archive, open_window: OpenWindow, qtbot: QtBot
) -> None:
    window = open_window(demo_archive)
    window.actions.thumbnails.setChecked(True)
    window.show_section("assets")
    assert window.centre.currentWidget() is window.grid
    rows = range(window.model.rowCount())
    kinds = {r: window.model.index(r, window.model.column_names().index("kind")).data() for r in rows}
    photo = next(r for r, kind in kinds.items() if kind == "zdjęcie")
    recording = next(r for r, kind in kinds.items() if kind == "nagranie")
    repainted: list[int] = []
    window.model.dataChanged.connect(lambda top, _bottom, _roles: repainted.append(top.row()))
    first = window.model.index(photo, 0).data(Qt.ItemDataRole.DecorationRole)
    qtbot.waitUntil(lambda: not window.thumbnails.is_loading(), timeout=5000)
    qtbot.waitUntil(lambda: photo in repainted, timeout=5000)  # the view is told, it need not poll
    loaded = window.model.index(photo, 0).data(Qt.ItemDataRole.DecorationRole)
    assert loaded.cacheKey() != first.cacheKey()
    image = loaded.pixmap(160, 120).toImage()
    colours = {
        image.pixelColor(x, y).name() for x in range(0, image.width(), 9) for y in range(0, image.height(), 9)
    }
    assert len(colours) > 20  # a photo, not a grey frame
    assert window.model.index(recording, 0).data(Qt.ItemDataRole.DecorationRole).cacheKey() == (
        kind_icon("audio").cacheKey()
    )
    window.actions.thumbnails.setChecked(False)
    assert window.centre.currentWidget() is window.table


def test_window_reopens_as_it_was_left(
    demo_archive: Archive, open_window: OpenWindow, ui_settings: QSettings
) -> None:
    window = open_window(demo_archive)
    window.resize(760, 560)
    window.show_section("places")
    window.splitter.setSizes([150, 350, 250])
    sizes = window.splitter.sizes()
    window.close()
    assert ui_settings.value("window/section") == "places"
    again = open_window(demo_archive)
    assert again.model.section == "places"
    assert again.sidebar.currentItem().text() == "Miejsca"
    assert (again.width(), again.height()) == (760, 560)
    assert again.splitter.sizes() == sizes


def test_keyboard_shortcuts_reach_their_commands(
    demo_archive: Archive, open_window: OpenWindow, qtbot: QtBot
) -> None:
    window = open_window(demo_archive)
    window.table.setFocus()
    qtbot.keyClick(window.table, Qt.Key.Key_F, Qt.KeyboardModifier.ControlModifier)
    assert window.search_field.hasFocus()
    before = window.model.rowCount()
    add_people(demo_archive, "Bronisława Źdźbło")  # another PC adds someone
    window.table.setFocus()
    qtbot.keyClick(window.table, Qt.Key.Key_F5)
    assert window.model.rowCount() == before + 1
    qtbot.keyClick(window.table, Qt.Key.Key_2, Qt.KeyboardModifier.ControlModifier)
    assert window.model.section == "interviews"
    qtbot.keyClick(window.table, Qt.Key.Key_N, Qt.KeyboardModifier.ControlModifier)
    editor = window.detail.current_editor()
    assert editor is not None and editor.kind == "interview" and editor.record_id is None


def test_every_section_lists_without_error(demo_archive: Archive, open_window: OpenWindow) -> None:
    window = open_window(demo_archive)
    for section in ALL_SECTIONS:
        window.show_section(section)
        assert window.model.section == section
        for row in range(min(window.model.rowCount(), 5)):
            assert window.model.index(row, 0).data(KEY_ROLE) is not None
            assert window.model.index(row, 0).data() is not None
    window.show_section("review")
    assert window.model.rowCount() == 0  # the demo has no problems to review


def test_a_new_archive_offers_the_demo_and_loads_it_in_the_background(
    archive: Archive, open_window: OpenWindow, qtbot: QtBot
) -> None:
    window = open_window(archive)
    assert window.centre.currentWidget() is window.empty_state
    assert window.demo_button.isVisible() and window.demo_button.text() == "Wczytaj materiał demonstracyjny"
    qtbot.mouseClick(window.demo_button, Qt.MouseButton.LeftButton)
    assert window.work_status.isVisible()  # running, and the window is not waiting for it
    qtbot.waitUntil(lambda: not window.work_status.isVisible(), timeout=120000)
    assert window.centre.currentWidget() is window.table
    window.show_section("interviews")
    assert window.model.rowCount() == 10
    assert window.statusBar().currentMessage() == "Materiał demonstracyjny został wczytany."


def test_gui_screenshot_creates_the_default_archive_and_saves_the_window(tmp_path: Path) -> None:
    from PIL import Image

    from tests.conftest import run_cli
    from zacni_app.core.archive import is_archive

    root, png = tmp_path / "nowe archiwum", tmp_path / "okno.png"
    result = run_cli("gui", "--screenshot", png, archive=root, env={"QT_QPA_PLATFORM": "", "DISPLAY": ""})
    assert result.code == 0, result.stderr
    assert is_archive(root)
    with Image.open(png) as picture:
        assert picture.format == "PNG" and picture.width >= 800 and picture.height >= 500
        colours = picture.convert("RGB").getcolors(maxcolors=1 << 16)
        assert colours is None or len(colours) > 20  # a drawn window, not a blank rectangle
