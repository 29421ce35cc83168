"""The window's language: Qt translators for our strings and Qt's own, and labels for stored values.

Strings in the code are English inside `tr()`; resources/translations holds the Polish and English
.ts sources and the .qm files built from them (committed, so a fresh clone needs no lrelease).
Polish is the default. Stored values (roles, access levels, statuses, column names) are short
English words in the database; the labels people see come from here, translated.
"""

from __future__ import annotations

from pathlib import Path

from zacni_app.ui.qt import QApplication, QCoreApplication, QLibraryInfo, QLocale, QSettings, QTranslator

LANGUAGES = ("pl", "en")
DEFAULT_LANGUAGE = "pl"
SETTING = "ui/language"
TRANSLATIONS_DIR = Path(__file__).resolve().parents[2] / "resources" / "translations"

_installed: list[QTranslator] = []
_labels: dict[str, str] = {}


def chosen_language(settings: QSettings) -> str:
    value = str(settings.value(SETTING, DEFAULT_LANGUAGE))
    return value if value in LANGUAGES else DEFAULT_LANGUAGE


def install_translations(app: QApplication, language: str) -> None:
    """Replace the application's translators with ours and Qt's own for `language`."""
    for old in _installed:
        app.removeTranslator(old)
    _installed.clear()
    _labels.clear()
    qt_dir = QLibraryInfo.path(QLibraryInfo.LibraryPath.TranslationsPath)
    for name, folder in ((f"zacni_{language}", str(TRANSLATIONS_DIR)), (f"qtbase_{language}", qt_dir)):
        translator = QTranslator(app)
        if translator.load(name, folder):
            app.installTranslator(translator)
            _installed.append(translator)
    QLocale.setDefault(QLocale(QLocale.Language.Polish if language == "pl" else QLocale.Language.English))


translate = QCoreApplication.translate


def section_labels() -> dict[str, str]:
    return {
        "people": translate("Labels", "People"),
        "interviews": translate("Labels", "Interviews"),
        "assets": translate("Labels", "Photos and recordings"),
        "stories": translate("Labels", "Stories"),
        "collections": translate("Labels", "Collections"),
        "subjects": translate("Labels", "Subjects"),
        "places": translate("Labels", "Places"),
        "review": translate("Labels", "To review"),
        "trash": translate("Labels", "Trash"),
    }


def column_labels() -> dict[str, str]:
    return {
        "name": translate("Labels", "Name"),
        "thing_name": translate("Labels", "Name of a place or thing"),
        "birth_year": translate("Labels", "Born"),
        "locality": translate("Labels", "Locality"),
        "access": translate("Labels", "Access"),
        "title": translate("Labels", "Title"),
        "date": translate("Labels", "Date"),
        "place": translate("Labels", "Place"),
        "narrators": translate("Labels", "Narrators"),
        "status": translate("Labels", "Status"),
        "kind": translate("Labels", "Kind"),
        "duration": translate("Labels", "Length"),
        "taken_at": translate("Labels", "Taken"),
        "interview": translate("Labels", "Interview"),
        "imported_at": translate("Labels", "Imported"),
        "published_at": translate("Labels", "Published"),
        "description": translate("Labels", "Description"),
        "label": translate("Labels", "Subject"),
        "parent": translate("Labels", "Broader subject"),
        "teryt": translate("Labels", "TERYT code"),
        "problem": translate("Labels", "Problem"),
        "deleted_at": translate("Labels", "Deleted"),
    }


def value_labels() -> dict[str, str]:
    """Labels of stored words: access levels, statuses, kinds of file and of record, roles."""
    return {
        "public": translate("Labels", "public"),
        "research": translate("Labels", "research"),
        "staff": translate("Labels", "staff only"),
        "closed": translate("Labels", "closed"),
        "draft": translate("Labels", "draft"),
        "catalogued": translate("Labels", "catalogued"),
        "reviewed": translate("Labels", "reviewed"),
        "published": translate("Labels", "published"),
        "ready": translate("Labels", "ready"),
        "audio": translate("Labels", "recording"),
        "video": translate("Labels", "video"),
        "image": translate("Labels", "photo"),
        "document": translate("Labels", "document"),
        "person": translate("Labels", "person"),
        "interview": translate("Labels", "interview"),
        "place": translate("Labels", "place"),
        "asset": translate("Labels", "file"),
        "story": translate("Labels", "story"),
        "collection": translate("Labels", "collection"),
        "warnings": translate("Labels", "problems found on import"),
        "no_consent": translate("Labels", "no signed consent"),
        "admin": translate("Labels", "administrator"),
        "cataloguer": translate("Labels", "cataloguer"),
        "volunteer": translate("Labels", "volunteer"),
        "researcher": translate("Labels", "researcher"),
        "narrator": translate("Labels", "narrator"),
        "interviewer": translate("Labels", "interviewer"),
        "other": translate("Labels", "other part"),
        "pl": translate("Labels", "Polish"),
        "en": translate("Labels", "English"),
    }


def value_label(value: str) -> str:
    """Cached: list models ask for a label per cell while scrolling."""
    if not _labels:
        _labels.update(value_labels())
    return _labels.get(value, value)
