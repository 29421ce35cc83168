"""Plik → Wymiana z partnerami: a package of the demo's interviews is made in the background, with
what consent keeps back greyed out and said in Polish; another archive takes it in, then says it
has it already; a folder that is not a package is refused with nothing taken in; a researcher has
no such menu item."""

from __future__ import annotations

from collections.abc import Callable
from pathlib import Path

from pytestqt.qtbot import QtBot
from sqlalchemy import func, select

from archive_schema import Asset, Interview
from tests.test_ui_fixtures import demo_archive, demo_template, open_window, ui_settings
from zacni_app.core.archive import Archive
from zacni_app.core.demo_content import NARRATORS
from zacni_app.core.users import add_user
from zacni_app.ui.exchange_dialog import ExchangeDialog
from zacni_app.ui.main_window import MainWindow
from zacni_app.ui.qt import Qt

__all__ = ["demo_archive", "demo_template", "open_window", "ui_settings"]

OpenWindow = Callable[..., MainWindow]
WITHDRAWN = next(n for n in NARRATORS if n.withdrawn_on)
EMBARGOED = next(n for n in NARRATORS if n.embargo_until)


def run(dialog: ExchangeDialog, button: object, qtbot: QtBot) -> str:
    """Click `button`, check the work runs in the background, wait for it; the status it ends with."""
    qtbot.mouseClick(button, Qt.MouseButton.LeftButton)  # type: ignore[arg-type]
    assert dialog.runner.busy and dialog.cancel_button.isVisible()
    qtbot.waitUntil(lambda: not dialog.runner.busy, timeout=120000)
    return dialog.status.text()


def make_package(window: MainWindow, folder: Path, qtbot: QtBot) -> ExchangeDialog:
    dialog = window.open_exchange_dialog()
    assert isinstance(dialog, ExchangeDialog) and dialog.isVisible()
    dialog.send_folder.setText(str(folder))
    status = run(dialog, dialog.send_button, qtbot)
    assert status.startswith("Paczka jest gotowa: wywiady "), status
    return dialog


def test_a_package_leaves_out_what_consent_keeps_and_says_why_in_polish(
    demo_archive: Archive, open_window: OpenWindow, qtbot: QtBot, tmp_path: Path
) -> None:
    window = open_window(demo_archive)
    assert window.actions.exchange.isVisible()
    dialog = window.open_exchange_dialog()
    items = [dialog.interviews.item(n) for n in range(dialog.interviews.count())]
    kept = next(i for i in items if i.text().startswith(WITHDRAWN.interview_title))
    assert kept.text().endswith(" — zostaje tutaj: wywiad ma dostęp „zamknięty”")
    assert not kept.flags() & Qt.ItemFlag.ItemIsEnabled and kept.checkState() == Qt.CheckState.Unchecked
    embargo = next(i for i in items if i.text().startswith(EMBARGOED.interview_title))
    assert embargo.text().endswith(f" — zostaje tutaj: u narratora: embargo do {EMBARGOED.embargo_until}")
    going = [i for i in items if i.checkState() == Qt.CheckState.Checked]
    assert 0 < len(going) < len(items)
    assert dialog.status.text() == f"Wywiady, które mogą trafić do partnera: {len(going)} z {len(items)}."
    going[0].setCheckState(Qt.CheckState.Unchecked)  # one fewer, by the user's choice
    dialog.send_folder.setText(str(tmp_path / "do partnera"))
    (tmp_path / "do partnera").mkdir()
    status = run(dialog, dialog.send_button, qtbot)
    assert status.startswith(f"Paczka jest gotowa: wywiady {len(going) - 1}, pliki "), status
    bag = Path(status.splitlines()[1])
    assert (bag / "bagit.txt").is_file() and bag.parent == tmp_path / "do partnera"
    assert "Wybierz" not in status and "withheld" not in status  # the report is Polish throughout


def test_another_archive_takes_the_package_in_once_and_refuses_a_folder_that_is_none(
    demo_archive: Archive, archive: Archive, open_window: OpenWindow, qtbot: QtBot, tmp_path: Path
) -> None:
    sender = open_window(demo_archive)
    (tmp_path / "paczki").mkdir()
    made = make_package(sender, tmp_path / "paczki", qtbot)
    assert made.result is not None
    bag, sent = Path(made.result["bag"]), int(made.result["records"])
    made.reject()

    window = open_window(archive)
    dialog = window.open_exchange_dialog()
    assert dialog.tabs.currentIndex() == 0  # an administrator may do both
    dialog.tabs.setCurrentIndex(1)
    dialog.receive_folder.setText(str(bag))
    status = run(dialog, dialog.receive_button, qtbot)
    assert status.startswith("Przyjęto od: "), status
    assert f"wywiady {sent}," in status.splitlines()[0]
    with archive.session() as s:
        assert s.scalar(select(func.count()).select_from(Interview)) == sent
        files = s.scalar(select(func.count()).select_from(Asset))
    status = run(dialog, dialog.receive_button, qtbot)  # the same package again
    assert "wywiady 0," in status.splitlines()[0] and "Już tu były, zostały bez zmian: " in status
    with archive.session() as s:
        assert s.scalar(select(func.count()).select_from(Asset)) == files

    not_a_bag = tmp_path / "zwykły folder"
    not_a_bag.mkdir()
    (not_a_bag / "notatka.txt").write_text("to nie jest paczka", encoding="utf-8")
    dialog.receive_folder.setText(str(not_a_bag))
    status = run(dialog, dialog.receive_button, qtbot)
    assert status.startswith("Paczka odrzucona, nic nie zostało przyjęte: "), status
    with archive.session() as s:
        assert s.scalar(select(func.count()).select_from(Interview)) == sent


def test_a_researcher_has_no_exchange_and_a_volunteer_only_takes_in(
    demo_archive: Archive, open_window: OpenWindow
) -> None:
    with demo_archive.transaction() as s:
        add_user(s, name="badacz", role="researcher")
        add_user(s, name="wolontariusz", role="volunteer")
    assert not open_window(demo_archive, user="badacz").actions.exchange.isVisible()
    volunteer = open_window(demo_archive, user="wolontariusz")
    assert volunteer.actions.exchange.isVisible()
    dialog = volunteer.open_exchange_dialog()
    assert not dialog.tabs.isTabEnabled(0) and dialog.tabs.isTabEnabled(1) and dialog.tabs.currentIndex() == 1
    assert dialog.interviews.count() == 0  # nothing listed for one who may not send


def test_dublin_core_descriptions_of_the_public_records_are_written_as_csv_or_xml(
    demo_archive: Archive, open_window: OpenWindow, qtbot: QtBot, tmp_path: Path
) -> None:
    import csv
    import xml.etree.ElementTree as ET

    window = open_window(demo_archive)
    dialog = window.open_exchange_dialog()
    dialog.tabs.setCurrentIndex(2)
    assert dialog.tabs.isTabEnabled(2)
    dialog.dc_file.setText(str(tmp_path / "opisy.csv"))
    status = run(dialog, dialog.dc_button, qtbot)
    assert status.startswith("Zapisano opisy: rekordy publiczne "), status
    assert dialog.result is not None
    with (tmp_path / "opisy.csv").open(encoding="utf-8", newline="") as table:
        rows = list(csv.DictReader(table))
    assert len(rows) == dialog.result["records"] > 0
    titles = " ".join(" ".join(row.values()) for row in rows)
    assert WITHDRAWN.interview_title not in titles and EMBARGOED.interview_title not in titles
    assert WITHDRAWN.phone not in titles  # private details never leave
    dialog.dc_format.setCurrentIndex(dialog.dc_format.findData("xml"))
    dialog.dc_file.setText(str(tmp_path / "opisy.xml"))
    status = run(dialog, dialog.dc_button, qtbot)
    assert ET.parse(tmp_path / "opisy.xml").getroot() is not None
    dialog.dc_format.setCurrentIndex(dialog.dc_format.findData("oai-pmh"))
    assert dialog.base_url.isVisible()
    dialog.dc_file.setText(str(tmp_path / "oai.xml"))
    dialog.base_url.setText("ftp://192.168.0.1/oai.xml")
    status = run(dialog, dialog.dc_button, qtbot)
    assert (
        status.startswith("To nie jest adres internetowy w domenie") and not (tmp_path / "oai.xml").exists()
    )
    dialog.base_url.setText("https://oai.opatow.example.pl/zacni.xml")
    status = run(dialog, dialog.dc_button, qtbot)
    assert status.startswith("Zapisano opisy: ") and "Identify" in (tmp_path / "oai.xml").read_text(
        encoding="utf-8"
    )
    dialog.dc_format.setCurrentIndex(dialog.dc_format.findData("csv"))
    assert not dialog.base_url.isVisible()
    dialog.dc_file.setText(str(tmp_path / "nie-ma-takiego-folderu" / "opisy.csv"))
    status = run(dialog, dialog.dc_button, qtbot)
    assert status.startswith("Nie można zapisać ") and status.endswith("nie-ma-takiego-folderu.")
    assert not (tmp_path / "nie-ma-takiego-folderu").exists()
