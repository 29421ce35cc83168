"""Editors of the detail pane: the base every editor builds on, a person and an interview.

An editor only shows and reads values; saving, undo and conflicts are the detail pane's job.
It remembers the values and version it loaded, so it can say exactly which fields changed and
the save can be refused if someone else saved the record in between. The other kinds' editors
(files, consents, stories, subjects, places) live in modules of their own and add themselves
to EDITORS (bottom of this file).
"""

from __future__ import annotations

import contextlib
from pathlib import Path
from typing import Any, ClassVar

from archive_schema import ACCESS_LEVELS, INTERVIEW_STATUSES
from zacni_app.core.errors import ValidationError
from zacni_app.ui.consent_list import ConsentList
from zacni_app.ui.language import value_label
from zacni_app.ui.qt import (
    QFormLayout,
    QFrame,
    QHBoxLayout,
    QLabel,
    QPushButton,
    QScrollArea,
    QVBoxLayout,
    QWidget,
    Signal,
)
from zacni_app.ui.record_form import (
    ChoiceField,
    Field,
    LabelsField,
    LineField,
    NameField,
    PeopleField,
    TextField,
    YearField,
)
from zacni_app.ui.record_kinds import Values
from zacni_app.ui.related_list import RelatedList


class RecordEditor(QWidget):
    """A form for one kind of record with Save and Revert buttons beneath it."""

    kind = ""
    #: core field names (ValidationError.field) that belong to a differently named form field
    ALIASES: ClassVar[dict[str, str]] = {}
    #: completion lists the editor needs (record_kinds.CHOICES names), read before each record
    CHOICES: ClassVar[tuple[str, ...]] = ("people", "subjects", "places")
    #: fields only those who may read private details see (and so only they save)
    PRIVATE: ClassVar[tuple[str, ...]] = ()
    #: whether "New record" makes one here (files are imported, not typed in)
    CAN_CREATE: ClassVar[bool] = True
    #: whether the acting user may delete (set by the pane; editors with a Delete button read it)
    may_delete = False

    #: another record to show: (kind, id), e.g. a story's interview, a consent's person
    open_linked = Signal(str, int)
    #: a new record to start, linked to this one: (kind, its first values), e.g. a person's consent
    new_linked = Signal(str, object)
    #: files to import into this record: (the import's target field, the record's id)
    import_into = Signal(str, int)
    #: the record to delete for good (kinds with no trash, e.g. a consent entered by mistake)
    delete_requested = Signal(str, int)

    def __init__(self) -> None:
        super().__init__()
        self.setObjectName(f"editor_{self.kind}")
        self.fields: dict[str, Field] = {}
        self.completions: dict[str, str] = {}
        self.record_id: int | None = None
        self.version: int | None = None
        self.loaded: Values = {}
        self.read_only = False
        #: where thumbnails are (set by the pane; editors that show a picture read it)
        self.derivatives: Path | None = None
        #: fields on the form but not shown (and so never read or saved), e.g. private ones
        self.hidden: set[str] = set()
        self.heading = QLabel()
        self.heading.setObjectName("editor_heading")
        self.heading.setWordWrap(True)
        font = self.heading.font()
        font.setPointSizeF(font.pointSizeF() * 1.3)
        font.setBold(True)
        self.heading.setFont(font)
        self.form = QFormLayout()
        self.form.setRowWrapPolicy(QFormLayout.RowWrapPolicy.WrapLongRows)
        self.save_button = QPushButton(self.tr("Save"))
        self.save_button.setObjectName("save_button")
        self.revert_button = QPushButton(self.tr("Revert"))
        self.revert_button.setObjectName("revert_button")
        self._layout()
        self.build()

    def _layout(self) -> None:
        inner = QWidget()
        column = QVBoxLayout(inner)
        column.addLayout(self.form)
        column.addStretch(1)  # rows keep their height; spare room goes below the form
        scroll = QScrollArea()
        scroll.setWidgetResizable(True)
        scroll.setFrameShape(QFrame.Shape.NoFrame)
        scroll.setWidget(inner)
        buttons = QHBoxLayout()
        buttons.addStretch(1)
        buttons.addWidget(self.revert_button)
        buttons.addWidget(self.save_button)
        layout = QVBoxLayout(self)
        layout.addWidget(self.heading)
        layout.addWidget(scroll, 1)
        layout.addLayout(buttons)

    def build(self) -> None:
        raise NotImplementedError

    def add(self, label: str, field: Field, completions: str | None = None) -> Field:
        """A row of the form; `completions` names the CHOICES list the field completes from."""
        self.fields[field.name] = field
        self.form.addRow(label, field)
        if completions is not None:
            self.completions[field.name] = completions
        return field

    def set_choices(self, choices: dict[str, Any]) -> None:
        """Completion lists named in CHOICES (set before loading a record)."""
        for name, wanted in self.completions.items():
            self.fields[name].set_choices(choices.get(wanted, []))  # type: ignore[attr-defined]

    def kind_label(self) -> str:
        """What one record of this kind is called ("osoba", "temat"), for undo steps and messages."""
        return value_label(self.kind)

    # -- values ------------------------------------------------------------------------------
    def show_record(self, record_id: int | None, values: Values, version: int | None) -> None:
        """Fill the form with a record (or, with record_id None, with a new record's defaults)."""
        self.record_id = record_id
        self.version = version
        self.loaded = dict(values)
        self.clear_errors()
        for name, field in self.fields.items():
            field.set(values.get(name))
        # compare later edits with what the fields read back, so [] and None are not a change
        with contextlib.suppress(ValidationError):
            self.loaded = {**self.loaded, **self.values()}
        self._show_effective_access(values)
        self.update_heading()

    def _show_effective_access(self, values: Values) -> None:
        """Beneath Access, what the consents make of it when that is stricter than the setting."""
        field = self.fields.get("access")
        if field is None:
            return
        effective = values.get("effective_access")
        stricter = effective is not None and effective != values.get("access")
        text = (
            self.tr("With the consents on file: {0}").format(value_label(str(effective))) if stricter else ""
        )
        field.show_hint(text)

    def update_heading(self) -> None:
        raise NotImplementedError

    def new_values(self) -> Values:
        """What a new record starts with."""
        return {}

    def values(self) -> Values:
        """What the form holds now, in the service's terms; ValidationError for unreadable input."""
        return {name: field.get() for name, field in self.fields.items() if name not in self.hidden}

    def changes(self) -> tuple[Values, Values]:
        """(old values, new values) of the fields that differ from what was loaded."""
        now = self.values()
        changed = {k: v for k, v in now.items() if v != self.loaded.get(k)}
        return {k: self.loaded.get(k) for k in changed}, changed

    def is_modified(self) -> bool:
        try:
            return bool(self.changes()[1])
        except ValidationError:
            return True

    # -- messages and roles ------------------------------------------------------------------
    def field_for(self, core_field: str) -> Field | None:
        return self.fields.get(self.ALIASES.get(core_field, core_field))

    def show_error(self, core_field: str, text: str) -> bool:
        """Put `text` beside the field the core named; False if no such field is on the form."""
        field = self.field_for(core_field)
        if field is None:
            return False
        field.show_error(text)
        field.editor.setFocus()
        return True

    def clear_errors(self) -> None:
        for field in self.fields.values():
            field.show_error("")

    def set_read_only(self, read_only: bool) -> None:
        self.read_only = read_only
        for field in self.fields.values():
            field.set_read_only(read_only)
        self.save_button.setVisible(not read_only)
        self.revert_button.setVisible(not read_only)

    def show_private(self, visible: bool) -> None:
        """Private fields exist on the form only for roles that may read them."""
        self.hidden = set() if visible else set(self.PRIVATE)
        for name in self.PRIVATE:
            self.form.setRowVisible(self.fields[name], visible)

    def linked(self, field: Any, kind: str) -> Any:
        """`field`, whose linked records open as `kind` (its arrow button or a double-click)."""
        field.open_requested.connect(lambda record_id: self.open_linked.emit(kind, int(record_id)))
        return field


class PersonEditor(RecordEditor):
    kind = "person"
    CHOICES: ClassVar[tuple[str, ...]] = ("subjects", "places")
    PRIVATE: ClassVar[tuple[str, ...]] = ("phone", "email", "address", "notes")

    def build(self) -> None:
        self.add(self.tr("Name"), LineField("name", self.tr("Given name and surname")))
        self.add(self.tr("Year of birth"), YearField("birth_year"))
        self.add(self.tr("Year of death"), YearField("death_year"))
        self.add(self.tr("Locality"), NameField("locality"))
        self.add(self.tr("Access"), ChoiceField("access", ACCESS_LEVELS))
        self.add(self.tr("Interests"), LabelsField("subjects", self.tr("e.g. beekeeping, embroidery")))
        self.add(self.tr("Biography"), TextField("bio", 6))
        self.add(self.tr("Phone"), LineField("phone"))
        self.add(self.tr("E-mail"), LineField("email"))
        self.add(self.tr("Address"), TextField("address", 2))
        self.add(self.tr("Staff notes"), TextField("notes", 3))
        self.consents = ConsentList()
        self.form.addRow(self.tr("Consents"), self.consents)
        self.consents.open_record.connect(self.open_linked.emit)
        self.consents.add_requested.connect(self._new_consent)
        self.interviews = RelatedList("person_interviews", self.tr("Not in any interview yet."))
        self.form.addRow(self.tr("Interviews"), self.interviews)
        self.interviews.open_record.connect(self.open_linked.emit)

    def show_record(self, record_id: int | None, values: Values, version: int | None) -> None:
        super().show_record(record_id, values, version)
        rows = values.get("consents", []) if record_id is not None else None
        self.consents.set_rows(rows, may_add=not self.read_only)
        self.interviews.set_rows(
            values.get("interviews", []) if record_id is not None else None, may_add=False
        )

    def _new_consent(self) -> None:
        if self.record_id is not None:
            self.new_linked.emit("consent", {"person_id": self.record_id})

    def set_choices(self, choices: dict[str, Any]) -> None:
        labels = self.fields["subjects"]
        assert isinstance(labels, LabelsField)
        labels.set_choices(choices.get("subjects", []))
        locality = self.fields["locality"]
        assert isinstance(locality, NameField)
        locality.set_choices(choices.get("places", []))

    def new_values(self) -> Values:
        return {"access": "research", "subjects": []}

    def update_heading(self) -> None:
        name = self.loaded.get("name")
        self.heading.setText(name if self.record_id is not None and name else self.tr("New person"))


class InterviewEditor(RecordEditor):
    kind = "interview"
    ALIASES: ClassVar[dict[str, str]] = {
        "date": "recorded_on",
        "narrator": "narrators",
        "interviewer": "interviewers",
        "subject": "subjects",
    }

    def build(self) -> None:
        self.add(self.tr("Title"), LineField("title"))
        self.add(self.tr("Date"), LineField("recorded_on", self.tr("YYYY-MM-DD")))
        self.add(self.tr("Place"), NameField("place"))
        self.add(self.tr("Narrators"), PeopleField("narrators", self.tr("names, separated by commas")))
        self.add(self.tr("Interviewers"), PeopleField("interviewers"))
        self.add(self.tr("Subjects"), LabelsField("subjects", self.tr("e.g. beekeeping, embroidery")))
        self.add(self.tr("Status"), ChoiceField("status", INTERVIEW_STATUSES))
        self.add(self.tr("Access"), ChoiceField("access", ACCESS_LEVELS))
        self.add(self.tr("Language"), LineField("language"))
        self.add(self.tr("Summary"), TextField("summary", 8))
        self.add(self.tr("Staff notes"), TextField("notes", 3))
        self.files = RelatedList(
            "interview_files",
            self.tr("No files yet: drop them here or import them."),
            self.tr("Import files…"),
        )
        self.form.addRow(self.tr("Files"), self.files)
        self.files.open_record.connect(self.open_linked.emit)
        self.files.add_requested.connect(self._import_files)

    def show_record(self, record_id: int | None, values: Values, version: int | None) -> None:
        super().show_record(record_id, values, version)
        rows = values.get("files", []) if record_id is not None else None
        self.files.set_rows(rows, may_add=not self.read_only)

    def _import_files(self) -> None:
        if self.record_id is not None:
            self.import_into.emit("interview_id", self.record_id)

    def set_choices(self, choices: dict[str, Any]) -> None:
        for name in ("narrators", "interviewers"):
            people = self.fields[name]
            assert isinstance(people, PeopleField)
            people.set_choices(choices.get("people", []))
        labels = self.fields["subjects"]
        assert isinstance(labels, LabelsField)
        labels.set_choices(choices.get("subjects", []))
        place = self.fields["place"]
        assert isinstance(place, NameField)
        place.set_choices(choices.get("places", []))

    def new_values(self) -> Values:
        return {"language": "pl", "status": "draft", "access": "staff", "narrators": [], "interviewers": []}

    def update_heading(self) -> None:
        title = self.loaded.get("title")
        self.heading.setText(title if self.record_id is not None and title else self.tr("New interview"))


EDITORS: dict[str, type[RecordEditor]] = {"person": PersonEditor, "interview": InterviewEditor}

# The other kinds' editors build on RecordEditor above and add themselves to EDITORS as they are
# imported; importing them here, once this module is complete, works whichever is imported first.
from zacni_app.ui import asset_editor, consent_editor, story_editor, vocabulary_editors  # noqa: E402, F401
