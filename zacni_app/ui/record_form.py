"""The parts every editor in the detail pane is made of: fields with a message line beneath each.

A field turns what is typed into the value the core service takes (text, a year, labels, person
ids) and back. A value the field cannot even read (letters in a year, an unknown name) raises the
same ValidationError the core would, so every message, local or from the core, lands beside the
field it is about.
"""

from __future__ import annotations

from typing import Any

from zacni_app.core import polish
from zacni_app.core.errors import ValidationError
from zacni_app.ui.language import value_label
from zacni_app.ui.qt import (
    QComboBox,
    QCompleter,
    QLabel,
    QLineEdit,
    QPlainTextEdit,
    QStringListModel,
    Qt,
    QVBoxLayout,
    QWidget,
)

ERROR_STYLE = "color: #b00020;"
HINT_STYLE = "color: #555;"


class Field(QWidget):
    """One input with its error line; subclasses say how text maps to the stored value."""

    def __init__(self, name: str, editor: QWidget) -> None:
        super().__init__()
        self.name = name
        self.editor = editor
        editor.setObjectName(f"field_{name}")
        self.error = QLabel()
        self.error.setObjectName(f"error_{name}")
        self.error.setStyleSheet(ERROR_STYLE)
        self.error.setWordWrap(True)
        self.error.hide()
        self.hint = QLabel()
        self.hint.setObjectName(f"hint_{name}")
        self.hint.setStyleSheet(HINT_STYLE)
        self.hint.setWordWrap(True)
        self.hint.hide()
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.setSpacing(2)
        layout.addWidget(editor)
        layout.addWidget(self.error)
        layout.addWidget(self.hint)

    def get(self) -> Any:
        raise NotImplementedError

    def set(self, value: Any) -> None:
        raise NotImplementedError

    def set_read_only(self, read_only: bool) -> None:
        self.editor.setEnabled(not read_only)

    def show_error(self, text: str) -> None:
        self.error.setText(text)
        self.error.setVisible(bool(text))

    def show_hint(self, text: str) -> None:
        """A remark on the value (not an error), e.g. that consents make it stricter."""
        self.hint.setText(text)
        self.hint.setVisible(bool(text))


class LineField(Field):
    def __init__(self, name: str, placeholder: str = "") -> None:
        self.line = QLineEdit()
        self.line.setPlaceholderText(placeholder)
        super().__init__(name, self.line)

    def get(self) -> Any:
        text = self.line.text().strip()
        return text or None

    def set(self, value: Any) -> None:
        self.line.setText("" if value is None else str(value))

    def set_read_only(self, read_only: bool) -> None:
        self.line.setReadOnly(read_only)


class TextField(Field):
    def __init__(self, name: str, lines: int = 4) -> None:
        self.text = QPlainTextEdit()
        self.text.setTabChangesFocus(True)
        self.text.setFixedHeight(self.text.fontMetrics().lineSpacing() * lines + 12)
        super().__init__(name, self.text)

    def get(self) -> Any:
        text = self.text.toPlainText().strip()
        return text or None

    def set(self, value: Any) -> None:
        self.text.setPlainText("" if value is None else str(value))

    def set_read_only(self, read_only: bool) -> None:
        self.text.setReadOnly(read_only)


class YearField(LineField):
    def __init__(self, name: str) -> None:
        super().__init__(name, "RRRR")
        self.line.setMaxLength(4)
        self.line.setMaximumWidth(90)

    def get(self) -> Any:
        text = self.line.text().strip()
        if not text:
            return None
        if not text.isdigit():
            raise ValidationError(self.name, "is not a whole number")
        return int(text)


class ChoiceField(Field):
    """A closed list (access level, status): shows translated labels, stores the English word."""

    def __init__(self, name: str, values: tuple[str, ...], labels: dict[str, str] | None = None) -> None:
        self.combo = QComboBox()
        for value in values:
            self.combo.addItem((labels or {}).get(value) or value_label(value), value)
        super().__init__(name, self.combo)

    def get(self) -> Any:
        return self.combo.currentData()

    def set(self, value: Any) -> None:
        index = self.combo.findData(value)
        if index < 0:
            self.combo.addItem(str(value), value)
            index = self.combo.count() - 1
        self.combo.setCurrentIndex(index)


class ListCompleter(QCompleter):
    """Completes the entry being typed after the last comma, keeping the ones before it."""

    def splitPath(self, path: str) -> list[str]:
        return [path.split(",")[-1].strip()]

    def pathFromIndex(self, index: Any) -> str:
        line = self.widget()
        typed = line.text() if isinstance(line, QLineEdit) else ""
        head = typed.rsplit(",", 1)[0] + ", " if "," in typed else ""
        return head + str(index.data())


def completer_for(words: list[str], *, many: bool) -> QCompleter:
    completer: QCompleter = ListCompleter() if many else QCompleter()
    completer.setModel(QStringListModel(words, completer))
    completer.setCaseSensitivity(Qt.CaseSensitivity.CaseInsensitive)
    completer.setFilterMode(Qt.MatchFlag.MatchContains)
    return completer


class LabelsField(LineField):
    """Comma-separated labels (subjects), completed from the thesaurus; new labels are added to it."""

    def __init__(self, name: str, placeholder: str = "") -> None:
        super().__init__(name, placeholder)

    def set_choices(self, words: list[str]) -> None:
        self.line.setCompleter(completer_for(words, many=True))

    def get(self) -> Any:
        return [w.strip() for w in self.line.text().split(",") if w.strip()]

    def set(self, value: Any) -> None:
        self.line.setText(", ".join(value or []))


class NameField(LineField):
    """One name from a list (a place), completed as it is typed."""

    def set_choices(self, words: list[str]) -> None:
        self.line.setCompleter(completer_for(words, many=False))


class PeopleField(LineField):
    """People by name, comma-separated, completed from the catalogue; stored as person ids."""

    def __init__(self, name: str, placeholder: str = "") -> None:
        super().__init__(name, placeholder)
        self._names: dict[int, str] = {}

    def set_choices(self, people: list[tuple[int, str]]) -> None:
        self._names = dict(people)
        self.line.setCompleter(completer_for([n for _, n in people], many=True))

    def get(self) -> Any:
        ids: list[int] = []
        for typed in (w.strip() for w in self.line.text().split(",")):
            if typed:
                ids.append(self._person_id(typed))
        return ids

    def _person_id(self, typed: str) -> int:
        if typed.startswith("#") and typed[1:].isdigit():  # someone this user may not see by name
            return int(typed[1:])
        wanted = polish.sort_key(typed)[0]  # letters only: case and punctuation do not matter
        found = [pid for pid, name in self._names.items() if polish.sort_key(name)[0] == wanted]
        if not found:
            raise ValidationError(self.name, f"nobody called '{typed}'")
        if len(found) > 1:
            raise ValidationError(self.name, f"several people are called '{typed}'")
        return found[0]

    def set(self, value: Any) -> None:
        self.line.setText(", ".join(self._names.get(pid, f"#{pid}") for pid in value or []))
