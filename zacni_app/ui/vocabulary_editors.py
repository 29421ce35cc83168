"""Editors of the two vocabularies: a subject of the thesaurus and a place.

Both are small forms over vocabulary.update_subject / update_place. The broader subject and the
place a place lies within are typed by name and completed from the lists themselves; the core
refuses a name used twice and a hierarchy that would turn into a cycle, beside the field.
"""

from __future__ import annotations

from typing import ClassVar

from zacni_app.ui.editors import EDITORS, RecordEditor
from zacni_app.ui.record_form import LineField, NameField, TextField


class SubjectEditor(RecordEditor):
    kind = "subject"
    CHOICES: ClassVar[tuple[str, ...]] = ("subjects",)

    def build(self) -> None:
        self.add(self.tr("Label"), LineField("label", self.tr("in Polish, e.g. pszczelarstwo")))
        self.add(self.tr("In English"), LineField("label_en", self.tr("e.g. beekeeping")))
        self.add(self.tr("Broader subject"), NameField("parent", self.tr("empty: a top term")), "subjects")
        self.add(self.tr("Scope note"), TextField("scope_note", 4))

    def kind_label(self) -> str:
        return self.tr("subject")

    def update_heading(self) -> None:
        label = self.loaded.get("label")
        self.heading.setText(label if self.record_id is not None and label else self.tr("New subject"))


class PlaceEditor(RecordEditor):
    kind = "place"
    CHOICES: ClassVar[tuple[str, ...]] = ("places",)

    def build(self) -> None:
        self.add(self.tr("Name"), LineField("name", self.tr("e.g. Ćmielów")))
        self.add(self.tr("Kind"), LineField("kind", self.tr("e.g. village, town, parish")))
        self.add(self.tr("Lies within"), NameField("parent", self.tr("e.g. the commune or town")), "places")
        teryt = self.add(self.tr("TERYT code"), LineField("teryt", self.tr("SIMC: 7 digits")))
        teryt.setToolTip(self.tr("The locality's identifier in the TERYT register (SIMC), e.g. 0265060."))
        self.add(self.tr("Latitude"), LineField("latitude", self.tr("e.g. 50,8012")))
        self.add(self.tr("Longitude"), LineField("longitude", self.tr("e.g. 21,4256")))

    def update_heading(self) -> None:
        name = self.loaded.get("name")
        self.heading.setText(name if self.record_id is not None and name else self.tr("New place"))


EDITORS.update(subject=SubjectEditor, place=PlaceEditor)
