"""The window's actions (menu entries, toolbar buttons, shortcuts), made in one place.

Every command the window offers is a QAction here with its shortcut, so the menus, the toolbar
and the keyboard all reach the same thing, and a role that may not do something loses the
action everywhere at once.
"""

from __future__ import annotations

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
    load_demo: QAction
    empty_trash: QAction
    quit: QAction
    undo: QAction
    redo: QAction
    trash: QAction
    restore: QAction
    find: QAction
    refresh: QAction
    thumbnails: QAction
    languages: dict[str, QAction]
    sections: dict[str, QAction]
    about: QAction


translate = QCoreApplication.translate


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
    redo = undo_stack.createRedoAction(window, translate("WindowActions", "&Redo"))
    redo.setObjectName("action_redo")
    redo.setShortcuts([QKeySequence("Ctrl+Shift+Z"), QKeySequence("Ctrl+Y")])
    redo.setIcon(style.standardIcon(QStyle.StandardPixmap.SP_ArrowForward))
    trash = _action(
        window, "trash", translate("WindowActions", "Move to the &trash"), QKeySequence(Key.Delete)
    )
    trash.setIcon(style.standardIcon(QStyle.StandardPixmap.SP_TrashIcon))
    refresh = _action(window, "refresh", translate("WindowActions", "&Refresh"), "F5")
    refresh.setIcon(style.standardIcon(QStyle.StandardPixmap.SP_BrowserReload))
    thumbnails = _action(window, "thumbnails", translate("WindowActions", "Photos as &thumbnails"), "Ctrl+T")
    thumbnails.setCheckable(True)
    return WindowActions(
        new=new,
        save=save,
        import_files=_action(window, "import", translate("WindowActions", "&Import files…"), "Ctrl+I"),
        load_demo=_action(window, "load_demo", translate("WindowActions", "Load the &demo material")),
        empty_trash=_action(window, "empty_trash", translate("WindowActions", "&Empty the trash…")),
        quit=_action(window, "quit", translate("WindowActions", "&Quit"), "Ctrl+Q"),
        undo=undo,
        redo=redo,
        trash=trash,
        restore=_action(window, "restore", translate("WindowActions", "Restore from the trash")),
        find=_action(window, "find", translate("WindowActions", "&Find…"), QKeySequence(Key.Find)),
        refresh=refresh,
        thumbnails=thumbnails,
        languages=_language_actions(window),
        sections=_section_actions(window, sections),
        about=_action(window, "about", translate("WindowActions", "&About Zacni")),
    )


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
    for action in (actions.new, actions.save, actions.import_files, actions.load_demo):
        file_menu.addAction(action)
    file_menu.addSeparator()
    file_menu.addAction(actions.empty_trash)
    file_menu.addSeparator()
    file_menu.addAction(actions.quit)
    edit_menu = bar.addMenu(translate("WindowActions", "&Edit"))
    edit_menu.setObjectName("menu_edit")
    for action in (actions.undo, actions.redo, actions.trash, actions.restore, actions.find):
        edit_menu.addAction(action)
    view_menu = bar.addMenu(translate("WindowActions", "&View"))
    view_menu.setObjectName("menu_view")
    for action in actions.sections.values():
        view_menu.addAction(action)
    view_menu.addSeparator()
    view_menu.addAction(actions.thumbnails)
    view_menu.addAction(actions.refresh)
    language_menu = view_menu.addMenu(translate("WindowActions", "&Language"))
    for action in actions.languages.values():
        language_menu.addAction(action)
    help_menu = bar.addMenu(translate("WindowActions", "&Help"))
    help_menu.setObjectName("menu_help")
    help_menu.addAction(actions.about)
