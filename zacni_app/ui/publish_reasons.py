"""Why something stays off the website, in the window's language.

The core says it in English with a stable code and the values (website_reasons); here each code
gets its sentence, so the dialog's reasons are plain Polish and say exactly what the CLI says.
"""

from __future__ import annotations

from collections.abc import Callable
from typing import Any

from zacni_app.core.website_reasons import Reason, Withheld
from zacni_app.ui.language import value_label
from zacni_app.ui.qt import QCoreApplication

translate = QCoreApplication.translate


def _sentences() -> dict[str, Callable[[], str]]:
    return {
        "story_not_published": lambda: translate("PublishReasons", "The story is “{status}”, not published."),
        "story_trashed": lambda: translate("PublishReasons", "The story is in the trash."),
        "story_blocked": lambda: translate(
            "PublishReasons", "The story is marked published, but it cannot go to the website:"
        ),
        "recording_not_public": lambda: translate(
            "PublishReasons", "Recording “{title}” is {level}: it will not be published."
        ),
        "recording_clips_only": lambda: translate(
            "PublishReasons", "Recording “{title}” is {level}: not published whole, only its clips ({clips})."
        ),
        "clip_not_public": lambda: translate(
            "PublishReasons",
            "Clip {start}–{end} of “{title}”: consent does not allow publishing it ({level}).",
        ),
        "clip_empty": lambda: translate(
            "PublishReasons", "Clip {start}–{end} of “{title}” lies wholly in closed passages."
        ),
        "passage_cut": lambda: translate(
            "PublishReasons",
            "Passage {start}–{end} of “{title}” is {level}: it is cut from the recording and the transcript.",
        ),
        "segment_left_out": lambda: translate(
            "PublishReasons", "The index point at {start} of “{title}” is {level}: it is left out."
        ),
        "consent_form": lambda: translate(
            "PublishReasons", "“{title}” is a scanned consent form: never published."
        ),
        "document_not_published": lambda: translate(
            "PublishReasons", "Document “{title}” is not published: the website shows photos and recordings."
        ),
        "media_missing": lambda: translate(
            "PublishReasons", "The file of {kind} “{title}” is missing from the archive: left out."
        ),
        "media_failed": lambda: translate(
            "PublishReasons", "{kind} “{title}” could not be prepared for the website ({error}): left out."
        ),
        "person_not_named": lambda: translate(
            "PublishReasons",
            "{name}: the name will not be given on the website (no current consent to publish with name).",
        ),
        "name_replaced": lambda: translate(
            "PublishReasons", "{name}: the name was replaced by “N.N.” in the text (places: {count})."
        ),
        "no_text": lambda: translate("PublishReasons", "the story has neither a lead nor a body"),
        "interview_trashed": lambda: translate("PublishReasons", "interview “{title}” is in the trash"),
        "interview_marked": lambda: translate("PublishReasons", "interview “{title}” is marked {level}"),
        "no_consent": lambda: translate(
            "PublishReasons", "interview “{title}” has no signed consent ({person})"
        ),
        "consent_withdrawn": lambda: translate(
            "PublishReasons", "consent for interview “{title}” was withdrawn on {date} ({person})"
        ),
        "embargo": lambda: translate(
            "PublishReasons", "interview “{title}” is under embargo until {date} ({person})"
        ),
        "consent_scope": lambda: translate(
            "PublishReasons",
            "the consent for interview “{title}” covers only {scope}, not publication ({person})",
        ),
        "interview_not_public": lambda: translate(
            "PublishReasons", "interview “{title}” is {level} in effect"
        ),
        "asset_not_public": lambda: translate("PublishReasons", "{kind} “{title}” is {level}, not public"),
    }


def _scope_label(scope: str) -> str:
    return {
        "archive": translate("PublishReasons", "keeping in the archive"),
        "research": translate("PublishReasons", "research"),
        "publish": translate("PublishReasons", "publication without name"),
        "publish-with-name": translate("PublishReasons", "publication with name"),
    }.get(scope, scope)


def _values(params: dict[str, Any]) -> dict[str, Any]:
    """The reason's values as the sentence shows them: stored words become labels."""
    shown = dict(params)
    for key in ("level", "status", "kind"):
        if key in shown:
            shown[key] = value_label(str(shown[key]))
    if "scope" in shown:
        shown["scope"] = _scope_label(str(shown["scope"]))
    return shown


def reason_text(reason: Reason) -> str:
    sentence = _sentences().get(reason.code)
    if sentence is None:
        return reason.text  # a reason this window does not know yet: the core's words
    text = sentence().format(**_values(reason.params))
    return text[:1].upper() + text[1:]


def withheld_lines(entry: Withheld) -> list[str]:
    """The entry's reason, then (for a blocked story) each thing that blocks it."""
    return [reason_text(entry.reason), *(reason_text(b) for b in entry.blockers)]
