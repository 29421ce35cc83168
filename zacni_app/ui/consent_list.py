"""The consents of a person, listed under the person's editor, with "Add a consent".

A consent is opened in its own editor (consent_editor) from here; the list only says, in one
line each, what the person agreed to, for which interview, and whether it was withdrawn or is
under embargo, since that is what decides who sees their material.
"""

from __future__ import annotations

from typing import Any

from zacni_app.ui.qt import QCoreApplication
from zacni_app.ui.related_list import RelatedList

translate = QCoreApplication.translate


def scope_labels() -> dict[str, str]:
    """What each consent scope allows, in the window's words."""
    return {
        "archive": translate("Consents", "keeping in the archive only"),
        "research": translate("Consents", "research use"),
        "publish": translate("Consents", "publication without name"),
        "publish-with-name": translate("Consents", "publication with name"),
    }


def consent_line(row: dict[str, Any]) -> str:
    """Two lines: what was agreed and whether it still holds; then for what, and when signed."""
    first = scope_labels().get(row["scope"], row["scope"])
    if row.get("withdrawn"):
        first += " — " + translate("Consents", "WITHDRAWN {0}").format(row["withdrawn"])
    elif row.get("embargo_until"):
        first += " — " + translate("Consents", "embargo until {0}").format(row["embargo_until"])
    if row.get("interview"):
        second = [translate("Consents", "for “{0}”").format(row["interview"])]
    else:
        second = [translate("Consents", "for all their material")]
    if row.get("signed"):
        second.append(translate("Consents", "signed {0}").format(row["signed"]))
    return first + "\n" + ", ".join(second)


class ConsentList(RelatedList):
    """One line per consent; double-click or Open shows it in the consent editor."""

    def __init__(self) -> None:
        super().__init__(
            "consents",
            translate("ConsentList", "No signed consent on file: their material stays with the staff."),
            translate("ConsentList", "Add a consent…"),
            kind="consent",
            line=consent_line,
            unsaved_text=translate("ConsentList", "Save the person first; then add their consent."),
            most=3,
        )
