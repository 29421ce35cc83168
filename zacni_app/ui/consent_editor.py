"""The consent editor: what a person agreed to, for which interview, signed, under embargo, withdrawn.

Reached from the person's editor (their consents are listed there, with "Add a consent"); it has
no list section of its own. "Withdraw today" fills in today's date, the one change that is never
refused to those who edit; one entered by mistake can be deleted (undoably) by those who may
delete, unless it was withdrawn; the effective access of the interview and the person follows from the
saved consent everywhere at once (access.py reads consents, the search index catches up).
"""

from __future__ import annotations

from datetime import date
from typing import ClassVar

from archive_schema import CONSENT_SCOPES
from zacni_app.ui.consent_list import scope_labels
from zacni_app.ui.editors import EDITORS, RecordEditor
from zacni_app.ui.link_fields import RecordField
from zacni_app.ui.qt import QHBoxLayout, QMessageBox, QPushButton
from zacni_app.ui.record_form import ChoiceField, LineField, TextField
from zacni_app.ui.record_kinds import Values


class ConsentEditor(RecordEditor):
    kind = "consent"
    CHOICES: ClassVar[tuple[str, ...]] = ("people", "interviews", "scans")
    PRIVATE: ClassVar[tuple[str, ...]] = ("notes",)
    ALIASES: ClassVar[dict[str, str]] = {
        "person": "person_id",
        "interview": "interview_id",
        "signed": "signed_on",
        "withdrawn": "withdrawn_on",
        "scan": "scan_asset_id",
    }

    def build(self) -> None:
        person = self.add(self.tr("Person"), RecordField("person_id"), "people")
        self.linked(person, "person")
        interview = RecordField("interview_id", self.tr("empty: all their material"))
        self.linked(self.add(self.tr("Interview"), interview, "interviews"), "interview")
        self.add(self.tr("Agreed to"), ChoiceField("scope", CONSENT_SCOPES, scope_labels()))
        self.add(self.tr("Signed on"), LineField("signed_on", self.tr("YYYY-MM-DD")))
        self.add(self.tr("Embargo until"), LineField("embargo_until", self.tr("YYYY-MM-DD")))
        withdrawn = self.add(self.tr("Withdrawn on"), LineField("withdrawn_on", self.tr("YYYY-MM-DD")))
        self.withdraw_button = QPushButton(self.tr("Withdraw today"))
        self.withdraw_button.setObjectName("withdraw_button")
        self.withdraw_button.clicked.connect(self.withdraw_today)
        row = QHBoxLayout()
        row.addStretch(1)
        row.addWidget(self.withdraw_button)
        self.form.addRow("", row)
        self.withdrawn_field = withdrawn
        scan = RecordField("scan_asset_id", self.tr("the scanned, signed form"))
        self.linked(self.add(self.tr("Scan of the form"), scan, "scans"), "asset")
        self.add(self.tr("Staff notes"), TextField("notes", 3))
        self.delete_button = QPushButton(self.tr("Delete this consent…"))
        self.delete_button.setObjectName("delete_consent_button")
        self.delete_button.setToolTip(self.tr("For a consent entered by mistake; a withdrawn one is kept"))
        self.delete_button.clicked.connect(self._ask_to_delete)
        row = QHBoxLayout()
        row.addStretch(1)
        row.addWidget(self.delete_button)
        self.form.addRow("", row)

    def _ask_to_delete(self) -> None:
        answer = QMessageBox.question(
            self,
            self.tr("Delete the consent"),
            self.tr("Delete this consent, entered by mistake? Ctrl+Z brings it back."),
        )
        if answer == QMessageBox.StandardButton.Yes and self.record_id is not None:
            self.delete_requested.emit(self.kind, self.record_id)

    def show_record(self, record_id: int | None, values: Values, version: int | None) -> None:
        super().show_record(record_id, values, version)
        withdrawn = bool(values.get("withdrawn_on"))
        self.delete_button.setVisible(self.may_delete and record_id is not None and not withdrawn)

    def withdraw_today(self) -> None:
        """The person took their consent back: today's date, saved with Save like any edit."""
        self.withdrawn_field.set(date.today().isoformat())
        self.withdrawn_field.editor.setFocus()

    def set_read_only(self, read_only: bool) -> None:
        super().set_read_only(read_only)
        self.withdraw_button.setVisible(not read_only)

    def kind_label(self) -> str:
        return self.tr("consent")

    def new_values(self) -> Values:
        return {"scope": "archive", "signed_on": date.today().isoformat()}

    def update_heading(self) -> None:
        person = self.loaded.get("person")
        if self.record_id is None:
            self.heading.setText(self.tr("New consent"))
        else:
            self.heading.setText(self.tr("Consent of {0}").format(person or f"#{self.record_id}"))


EDITORS.update(consent=ConsentEditor)
