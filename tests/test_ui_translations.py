"""Every string the window shows is translated, completely, into Polish and English."""

from __future__ import annotations

import subprocess
import xml.etree.ElementTree as ET
from collections.abc import Callable
from pathlib import Path

from tests.conftest import REPO
from tests.test_ui_fixtures import open_window, ui_settings
from zacni_app.core.archive import Archive
from zacni_app.ui.language import TRANSLATIONS_DIR
from zacni_app.ui.main_window import MainWindow
from zacni_app.ui.qt import QCoreApplication, QSettings

__all__ = ["open_window", "ui_settings"]

BIN = REPO / ".venv" / "bin"
UI_SOURCES = sorted((REPO / "zacni_app" / "ui").glob("*.py"))


def messages(ts: Path) -> dict[tuple[str, str], tuple[str, str | None]]:
    """(context, source) → (translation, its type attribute: None when finished)."""
    found = {}
    for context in ET.parse(ts).getroot().iter("context"):
        name = context.findtext("name") or ""
        for message in context.iter("message"):
            translation = message.find("translation")
            assert translation is not None
            found[(name, message.findtext("source") or "")] = (
                translation.text or "",
                translation.get("type"),
            )
    return found


def test_every_source_string_is_translated_and_finished_in_both_languages(tmp_path: Path) -> None:
    fresh = tmp_path / "fresh.ts"
    done = subprocess.run(
        [str(BIN / "pyside6-lupdate"), "-locations", "none", *map(str, UI_SOURCES), "-ts", str(fresh)],
        capture_output=True,
        text=True,
    )
    assert done.returncode == 0, done.stderr
    in_code = set(messages(fresh))
    assert len(in_code) > 150
    for language in ("pl", "en"):
        shipped = messages(TRANSLATIONS_DIR / f"zacni_{language}.ts")
        missing = sorted(in_code - set(shipped))
        unfinished = sorted(
            k for k in in_code & set(shipped) if shipped[k][1] is not None or not shipped[k][0]
        )
        assert missing == [], f"zacni_{language}.ts lacks {missing[:5]} (run lupdate and translate)"
        assert unfinished == [], f"zacni_{language}.ts has unfinished {unfinished[:5]}"
        stale = sorted(set(shipped) - in_code)
        assert stale == [], f"zacni_{language}.ts keeps strings no longer in the code: {stale[:5]}"
    polish = messages(TRANSLATIONS_DIR / "zacni_pl.ts")
    same = [k for k, (text, _) in polish.items() if text == k[1] and any(c.isalpha() for c in k[1])]
    assert len(same) < 10, f"Polish translations still in English: {same}"


def test_the_committed_qm_files_are_built_from_the_ts_files(tmp_path: Path) -> None:
    for language in ("pl", "en"):
        built = tmp_path / f"zacni_{language}.qm"
        subprocess.run(
            [
                str(BIN / "pyside6-lrelease"),
                str(TRANSLATIONS_DIR / f"zacni_{language}.ts"),
                "-qm",
                str(built),
            ],
            capture_output=True,
            check=True,
        )
        assert built.read_bytes() == (TRANSLATIONS_DIR / f"zacni_{language}.qm").read_bytes(), (
            f"zacni_{language}.qm is stale: run pyside6-lrelease"
        )


def test_the_window_is_polish_by_default_and_english_when_chosen(
    archive: Archive, open_window: Callable[..., MainWindow], ui_settings: QSettings, tmp_path: Path
) -> None:
    window = open_window(archive)
    titles = [
        m.title().replace("&", "") for m in window.menuBar().findChildren(type(window.menuBar().addMenu("x")))
    ]
    assert {"Plik", "Edycja", "Widok", "Pomoc"} <= set(titles)
    assert window.sidebar.item(2).text() == "Zdjęcia i nagrania"
    # Qt's own strings come in Polish too (standard dialog buttons, context menus)
    assert QCoreApplication.translate("QPlatformTheme", "Cancel") == "Anuluj"

    english = QSettings(str(tmp_path / "english.ini"), QSettings.Format.IniFormat)
    english.setValue("ui/language", "en")
    window = open_window(archive, settings=english)
    assert window.actions.new.text() == "&New record"
    assert window.sidebar.item(2).text() == "Photos and recordings"
    assert QCoreApplication.translate("QPlatformTheme", "Cancel") == "Cancel"
