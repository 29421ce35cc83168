"""Fields that link one record to others: an interview or file by its title, a list of them, people by role.

What is typed is matched against the names the editor was given (only records the user may see),
ignoring case and punctuation, and stored as ids, as the services take them. A record the user
may not see by name shows as "#id" and is kept as it is. Each linked record can be opened from
the field (the arrow button, or a double-click in a list), which is how a story leads to its
interviews and a file to its interview.
"""

from __future__ import annotations

from typing import Any

from zacni_app.core import polish
from zacni_app.core.errors import ValidationError
from zacni_app.ui.messages import field_message
from zacni_app.ui.qt import (
    QAbstractItemView,
    QFormLayout,
    QHBoxLayout,
    QLineEdit,
    QListWidget,
    QListWidgetItem,
    Qt,
    QToolButton,
    QVBoxLayout,
    QWidget,
    Signal,
)
from zacni_app.ui.record_form import Field, LineField, PeopleField, completer_for

Choices = list[tuple[int, str]]
ID_ROLE = Qt.ItemDataRole.UserRole


def record_id(field: str, typed: str, names: dict[int, str]) -> int:
    """The id of the one record called `typed` (letters only compared); ValidationError otherwise."""
    if typed.startswith("#") and typed[1:].isdigit():  # a record this user may not see by name
        return int(typed[1:])
    wanted = polish.sort_key(typed)[0]
    found = [rid for rid, name in names.items() if polish.sort_key(name)[0] == wanted]
    if not found:
        raise ValidationError(field, f"nothing called '{typed}'")
    if len(found) > 1:
        raise ValidationError(field, f"several records are called '{typed}'")
    return found[0]


def fit_list(view: QListWidget, most: int = 5) -> None:
    """A short list as tall as its rows (one row at least, `most` at most), never scrolled sideways."""
    view.setHorizontalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)
    view.setTextElideMode(Qt.TextElideMode.ElideRight)
    rows = max(1, min(view.count(), most))
    row_height = view.sizeHintForRow(0) if view.count() else view.fontMetrics().lineSpacing() + 4
    view.setFixedHeight(rows * row_height + 2 * view.frameWidth() + 2)


class RecordField(LineField):
    """One linked record (a file's interview, a story's main photo), or none when left empty."""

    open_requested = Signal(int)

    def __init__(self, name: str, placeholder: str = "") -> None:
        super().__init__(name, placeholder)
        self._names: dict[int, str] = {}
        self.open_button = QToolButton()
        self.open_button.setObjectName(f"open_{name}")
        self.open_button.setText("→")
        self.open_button.setToolTip(self.tr("Open the linked record"))
        self.open_button.clicked.connect(self._open)
        row = QHBoxLayout()
        row.setSpacing(4)
        layout = self.layout()
        assert isinstance(layout, QVBoxLayout)
        layout.removeWidget(self.line)
        row.addWidget(self.line, 1)
        row.addWidget(self.open_button)
        layout.insertLayout(0, row)

    def set_choices(self, choices: Choices) -> None:
        self._names = dict(choices)
        self.line.setCompleter(completer_for([n for _, n in choices], many=False))

    def get(self) -> Any:
        typed = self.line.text().strip()
        return record_id(self.name, typed, self._names) if typed else None

    def set(self, value: Any) -> None:
        self.line.setText("" if value is None else self._names.get(int(value), f"#{value}"))

    def _open(self) -> None:
        try:
            linked = self.get()
        except ValidationError as error:
            self.show_error(field_message(error))
            return
        if linked is not None:
            self.open_requested.emit(int(linked))


class LinksField(Field):
    """Several linked records (a story's interviews or photos): a list, and a line to add one more."""

    open_requested = Signal(int)

    def __init__(self, name: str, placeholder: str = "") -> None:
        box = QWidget()
        self.list = QListWidget()
        self.list.setObjectName(f"links_{name}")
        self.list.setSelectionMode(QAbstractItemView.SelectionMode.ExtendedSelection)
        fit_list(self.list)
        self.line = QLineEdit()
        self.line.setObjectName(f"add_{name}")
        self.line.setPlaceholderText(placeholder)
        self.add_button = QToolButton()
        self.add_button.setText(self.tr("Add"))
        self.add_button.setObjectName(f"add_button_{name}")
        self.remove_button = QToolButton()
        self.remove_button.setText(self.tr("Remove"))
        self.remove_button.setToolTip(self.tr("Remove the selected ones from the list"))
        self.remove_button.setObjectName(f"remove_button_{name}")
        row = QHBoxLayout()
        row.addWidget(self.line, 1)
        row.addWidget(self.add_button)
        row.addWidget(self.remove_button)
        column = QVBoxLayout(box)
        column.setContentsMargins(0, 0, 0, 0)
        column.setSpacing(4)
        column.addWidget(self.list)
        column.addLayout(row)
        super().__init__(name, box)
        self._names: dict[int, str] = {}
        self.line.returnPressed.connect(self.add_typed)
        self.add_button.clicked.connect(self.add_typed)
        self.remove_button.clicked.connect(self.remove_selected)
        self.list.itemDoubleClicked.connect(lambda item: self.open_requested.emit(int(item.data(ID_ROLE))))

    def set_choices(self, choices: Choices) -> None:
        self._names = dict(choices)
        self.line.setCompleter(completer_for([n for _, n in choices], many=False))

    def ids(self) -> list[int]:
        return [int(self.list.item(n).data(ID_ROLE)) for n in range(self.list.count())]

    def add_typed(self) -> bool:
        """Link what is typed in the line; False (and a message beside the field) if nothing is called so."""
        typed = self.line.text().strip()
        if not typed:
            return False
        try:
            linked = record_id(self.name, typed, self._names)
        except ValidationError as error:
            self.show_error(field_message(error))
            return False
        if linked not in self.ids():
            self._append(linked)
        self.line.clear()
        self.show_error("")
        return True

    def remove_selected(self) -> None:
        for item in self.list.selectedItems():
            self.list.takeItem(self.list.row(item))
        fit_list(self.list)

    def _append(self, linked: int) -> None:
        item = QListWidgetItem(self._names.get(linked, f"#{linked}"))
        item.setData(ID_ROLE, linked)
        item.setToolTip(item.text())
        self.list.addItem(item)
        fit_list(self.list)

    def get(self) -> Any:
        """The linked ids, and the one still typed in the line (so Save needs no click on Add)."""
        ids = self.ids()
        typed = self.line.text().strip()
        if typed:
            pending = record_id(self.name, typed, self._names)
            ids += [] if pending in ids else [pending]
        return ids

    def set(self, value: Any) -> None:
        self.list.clear()
        self.line.clear()
        for linked in value or []:
            self._append(int(linked))
        fit_list(self.list)

    def set_read_only(self, read_only: bool) -> None:
        for widget in (self.line, self.add_button, self.remove_button):
            widget.setVisible(not read_only)


class RolePeopleField(Field):
    """The people in a file, by role (seen in it, heard in it, who took it…): {role: [person ids]}."""

    def __init__(self, name: str, roles: dict[str, str]) -> None:
        box = QWidget()
        form = QFormLayout(box)
        form.setContentsMargins(0, 0, 0, 0)
        self.roles: dict[str, PeopleField] = {}
        for role, label in roles.items():
            line = PeopleField(name)
            line.line.setObjectName(f"field_{name}_{role}")
            line.line.setToolTip(self.tr("names, separated by commas"))
            self.roles[role] = line
            form.addRow(label, line)
        super().__init__(name, box)

    def set_choices(self, people: Choices) -> None:
        for line in self.roles.values():
            line.set_choices(people)

    def get(self) -> Any:
        found = {role: line.get() for role, line in self.roles.items()}
        return {role: ids for role, ids in found.items() if ids}

    def set(self, value: Any) -> None:
        for role, line in self.roles.items():
            line.set((value or {}).get(role, []))

    def set_read_only(self, read_only: bool) -> None:
        for line in self.roles.values():
            line.set_read_only(read_only)
