"""The window's actions (menu entries, toolbar buttons, shortcuts), made in one place.

Every command the window offers is a QAction here with its shortcut, so the menus, the toolbar
and the keyboard all reach the same thing, and a role that may not do something loses the
action everywhere at once.
"""

from __future__ import annotations

import importlib.util
from dataclasses import dataclass

from zacni_app.ui.language import section_labels
from zacni_app.ui.qt import (
    QAction,
    QActionGroup,
    QCoreApplication,
    QKeySequence,
    QObject,
    QStyle,
    QUndoStack,
    QWidget,
)


@dataclass
class WindowActions:
    new: QAction
    save: QAction
    import_files: QAction
    import_folder: QAction
    load_demo: QAction
    backup: QAction
    publish: QAction
    exchange: QAction
    listen: QAction
    empty_trash: QAction
    quit: QAction
    undo: QAction
    redo: QAction
    trash: QAction
    restore: QAction
    find: QAction
    search: QAction
    refresh: QAction
    thumbnails: QAction
    languages: dict[str, QAction]
    sections: dict[str, QAction]
    about: QAction


translate = QCoreApplication.translate

#: Dialogs other parts of the app provide; their actions are disabled while a module is missing.
LISTENING_ROOM = "zacni_app.ui.listening_room"
PUBLISH_DIALOG = "zacni_app.ui.publish_dialog"


def module_available(name: str) -> bool:
    """Whether `name` can be imported, without importing it (the start stays fast)."""
    try:
        return importlib.util.find_spec(name) is not None
    except (ImportError, ValueError):
        return False


def _action(parent: QObject, name: str, text: str, shortcut: QKeySequence | str | None = None) -> QAction:
    action = QAction(text, parent)
    action.setObjectName(f"action_{name}")
    if shortcut is not None:
        action.setShortcut(QKeySequence(shortcut))
    return action


def build_actions(window: QWidget, undo_stack: QUndoStack, sections: list[str]) -> WindowActions:
    style = window.style()
    Key = QKeySequence.StandardKey
    new = _action(window, "new", translate("WindowActions", "&New record"), QKeySequence(Key.New))
    new.setIcon(style.standardIcon(QStyle.StandardPixmap.SP_FileIcon))
    save = _action(window, "save", translate("WindowActions", "&Save"), QKeySequence(Key.Save))
    save.setIcon(style.standardIcon(QStyle.StandardPixmap.SP_DialogSaveButton))
    undo = undo_stack.createUndoAction(window, translate("WindowActions", "&Undo"))
    undo.setObjectName("action_undo")
    undo.setShortcut(QKeySequence("Ctrl+Z"))
    undo.setIcon(style.standardIcon(QStyle.StandardPixmap.SP_ArrowBack))
    undo.setIconText(translate("WindowActions", "Undo"))  # the toolbar stays short; the menu names the edit
    redo = undo_stack.createRedoAction(window, translate("WindowActions", "&Redo"))
    redo.setObjectName("action_redo")
    redo.setShortcuts([QKeySequence("Ctrl+Shift+Z"), QKeySequence("Ctrl+Y")])
    redo.setIcon(style.standardIcon(QStyle.StandardPixmap.SP_ArrowForward))
    redo.setIconText(translate("WindowActions", "Redo"))
    trash = _action(
        window, "trash", translate("WindowActions", "Move to the &trash"), QKeySequence(Key.Delete)
    )
    trash.setIcon(style.standardIcon(QStyle.StandardPixmap.SP_TrashIcon))
    refresh = _action(window, "refresh", translate("WindowActions", "&Refresh"), "F5")
    refresh.setIcon(style.standardIcon(QStyle.StandardPixmap.SP_BrowserReload))
    thumbnails = _action(window, "thumbnails", translate("WindowActions", "Photos as &thumbnails"), "Ctrl+T")
    thumbnails.setCheckable(True)
    listen = _action(window, "listen", translate("WindowActions", "&Listen in the listening room"), "Ctrl+L")
    listen.setIcon(style.standardIcon(QStyle.StandardPixmap.SP_MediaPlay))
    listen.setIconText(translate("WindowActions", "Listen"))
    return WindowActions(
        new=new,
        save=save,
        import_files=_action(window, "import", translate("WindowActions", "&Import files…"), "Ctrl+I"),
        import_folder=_action(window, "import_folder", translate("WindowActions", "Import a &folder…")),
        load_demo=_action(window, "load_demo", translate("WindowActions", "Load the &demo material")),
        backup=_action(window, "backup", translate("WindowActions", "&Backup…")),
        publish=_optional(
            _action(window, "publish", translate("WindowActions", "&Publish the website…")),
            PUBLISH_DIALOG,
            translate("WindowActions", "Publishing the website is not part of this version of Zacni yet."),
        ),
        exchange=_action(window, "exchange", translate("WindowActions", "E&xchange with partners…")),
        listen=_optional(
            listen,
            LISTENING_ROOM,
            translate("WindowActions", "The listening room is not part of this version of Zacni yet."),
        ),
        empty_trash=_action(window, "empty_trash", translate("WindowActions", "&Empty the trash…")),
        quit=_action(window, "quit", translate("WindowActions", "&Quit"), "Ctrl+Q"),
        undo=undo,
        redo=redo,
        trash=trash,
        restore=_action(window, "restore", translate("WindowActions", "Restore from the trash")),
        find=_action(window, "find", translate("WindowActions", "&Find…"), QKeySequence(Key.Find)),
        search=_action(window, "search", translate("WindowActions", "&Search the archive…"), "Ctrl+K"),
        refresh=refresh,
        thumbnails=thumbnails,
        languages=_language_actions(window),
        sections=_section_actions(window, sections),
        about=_action(window, "about", translate("WindowActions", "&About Zacni")),
    )


def _optional(action: QAction, module: str, missing: str) -> QAction:
    """An action whose dialog lives in `module`: disabled, saying why, while it is not there."""
    action.setProperty("available", module_available(module))
    if not action.property("available"):
        action.setEnabled(False)
        action.setToolTip(missing)
        action.setStatusTip(missing)
    return action


def _language_actions(window: QWidget) -> dict[str, QAction]:
    group = QActionGroup(window)
    actions = {
        "pl": _action(window, "language_pl", "Polski"),
        "en": _action(window, "language_en", "English"),
    }
    for action in actions.values():
        action.setCheckable(True)
        group.addAction(action)
    return actions


def _section_actions(window: QWidget, sections: list[str]) -> dict[str, QAction]:
    labels = section_labels()
    return {
        name: _action(window, f"section_{name}", labels[name], f"Ctrl+{n}")
        for n, name in enumerate(sections, start=1)
        if n <= 9
    }


def build_menus(window: QWidget, actions: WindowActions) -> None:
    """Plik, Edycja, Widok, Pomoc — the order every desktop program uses."""
    bar = window.menuBar()  # type: ignore[attr-defined]
    file_menu = bar.addMenu(translate("WindowActions", "&File"))
    file_menu.setObjectName("menu_file")
    for action in (actions.new, actions.save, actions.import_files, actions.import_folder, actions.load_demo):
        file_menu.addAction(action)
    file_menu.addSeparator()
    file_menu.addAction(actions.backup)
    file_menu.addAction(actions.publish)
    file_menu.addAction(actions.exchange)
    file_menu.addSeparator()
    file_menu.addAction(actions.empty_trash)
    file_menu.addSeparator()
    file_menu.addAction(actions.quit)
    edit_menu = bar.addMenu(translate("WindowActions", "&Edit"))
    edit_menu.setObjectName("menu_edit")
    for action in (actions.undo, actions.redo, actions.trash, actions.restore, actions.find, actions.search):
        edit_menu.addAction(action)
    view_menu = bar.addMenu(translate("WindowActions", "&View"))
    view_menu.setObjectName("menu_view")
    for action in actions.sections.values():
        view_menu.addAction(action)
    view_menu.addSeparator()
    view_menu.addAction(actions.listen)
    view_menu.addAction(actions.thumbnails)
    view_menu.addAction(actions.refresh)
    language_menu = view_menu.addMenu(translate("WindowActions", "&Language"))
    for action in actions.languages.values():
        language_menu.addAction(action)
    help_menu = bar.addMenu(translate("WindowActions", "&Help"))
    help_menu.setObjectName("menu_help")
    help_menu.addAction(actions.about)
