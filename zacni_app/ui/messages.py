"""Core errors in the window's language.

The core speaks English (the CLI's one-line errors, JSON reports). The window shows the same
errors translated: by the error's stable `code`, and for a ValidationError by recognising the
detail the core's validation module writes, with the values kept. Anything unrecognised is
shown as the core wrote it rather than hidden.
"""

from __future__ import annotations

import re
from collections.abc import Callable

from zacni_app.core.errors import ValidationError, ZacniError
from zacni_app.ui.qt import QCoreApplication

translate = QCoreApplication.translate


def _detail_patterns() -> list[tuple[re.Pattern[str], Callable[[re.Match[str]], str]]]:
    return [
        (
            re.compile(r"^must not be empty$"),
            lambda m: translate("Messages", "This field must not be empty."),
        ),
        (
            re.compile(r"^contains control characters$"),
            lambda m: translate("Messages", "Contains characters that cannot be stored."),
        ),
        (
            re.compile(r"^is (\d+) characters long; at most (\d+) allowed$"),
            lambda m: translate("Messages", "Too long: {0} characters, at most {1} allowed.").format(
                m[1], m[2]
            ),
        ),
        (
            re.compile(r"^(-?\d+) is not a year between (\d+) and (\d+)$"),
            lambda m: translate("Messages", "{0} is not a year between {1} and {2}.").format(
                m[1], m[2], m[3]
            ),
        ),
        (
            re.compile(r"^'(.*)' is not a date in the form YYYY-MM-DD$"),
            lambda m: translate("Messages", "“{0}” is not a date; write it as YYYY-MM-DD.").format(m[1]),
        ),
        (
            re.compile(r"^'(.*)' is not an e-mail address$"),
            lambda m: translate("Messages", "“{0}” is not an e-mail address.").format(m[1]),
        ),
        (
            re.compile(r"^'(.*)' is not a phone number"),
            lambda m: translate(
                "Messages", "“{0}” is not a phone number (digits, spaces, +, -, brackets)."
            ).format(m[1]),
        ),
        (
            re.compile(r"^'(.*)' is not one of: "),
            lambda m: translate("Messages", "“{0}” is not one of the allowed values.").format(m[1]),
        ),
        (
            re.compile(r"^is before the year of birth$"),
            lambda m: translate("Messages", "The year of death is before the year of birth."),
        ),
        (
            re.compile(r"^(\S+) is in the future$"),
            lambda m: translate("Messages", "{0} is in the future.").format(m[1]),
        ),
        (
            re.compile(r"^no person with id (\d+)$"),
            lambda m: translate("Messages", "There is no person with id {0}.").format(m[1]),
        ),
        (
            re.compile(r"^is not a whole number$"),
            lambda m: translate("Messages", "Write a whole number, e.g. 1950."),
        ),
        (
            re.compile(r"^nobody called '(.*)'$"),
            lambda m: translate("Messages", "Nobody called “{0}” is in the archive.").format(m[1]),
        ),
        (
            re.compile(r"^several people are called '(.*)'$"),
            lambda m: translate(
                "Messages", "Several people are called “{0}”; rename one of them first."
            ).format(m[1]),
        ),
        *_catalogue_patterns(),
    ]


def _catalogue_patterns() -> list[tuple[re.Pattern[str], Callable[[re.Match[str]], str]]]:
    """Details of the files', consents', stories' and vocabularies' services and linking fields."""
    return [
        (
            re.compile(r"^is technical metadata read from the file; it cannot be edited$"),
            lambda m: translate("Messages", "This is read from the file itself and cannot be changed."),
        ),
        (
            re.compile(r"^is not a field that can be edited here$"),
            lambda m: translate("Messages", "This cannot be changed here."),
        ),
        (
            re.compile(r"^'(.*)' is not a date and time in the form YYYY-MM-DD HH:MM$"),
            lambda m: translate(
                "Messages", "“{0}” is not a date; write it as YYYY-MM-DD or YYYY-MM-DD HH:MM."
            ).format(m[1]),
        ),
        (
            re.compile(r"^no (interview|file) with id (\d+)$"),
            lambda m: translate("Messages", "There is no such record in the archive (id {0}).").format(m[2]),
        ),
        (
            re.compile(r"^no (collection|subject|place) called '(.*)'$"),
            lambda m: translate(
                "Messages", "“{0}” is not in the list; check the spelling or add it first."
            ).format(m[2]),
        ),
        (
            re.compile(r"^nothing called '(.*)'$"),
            lambda m: translate("Messages", "Nothing called “{0}” is in the archive.").format(m[1]),
        ),
        (
            re.compile(r"^several records are called '(.*)'$"),
            lambda m: translate(
                "Messages", "Several records are called “{0}”; rename one of them first."
            ).format(m[1]),
        ),
        (
            re.compile(r"^'(.*)' is already in the thesaurus$"),
            lambda m: translate("Messages", "The subject “{0}” is already in the thesaurus.").format(m[1]),
        ),
        (
            re.compile(r"^a place called '(.*)' is already in the list$"),
            lambda m: translate("Messages", "A place called “{0}” is already in the list.").format(m[1]),
        ),
        (
            re.compile(r"^'(.*)' lies (?:below|within) '(.*)': that would be a cycle$"),
            lambda m: translate("Messages", "“{0}” lies under “{1}” already: that would be a circle.").format(
                m[1], m[2]
            ),
        ),
        (
            re.compile(r"^'(.*)' is not a TERYT SIMC code \(7 digits\)$"),
            lambda m: translate("Messages", "“{0}” is not a TERYT code: the SIMC code has 7 digits.").format(
                m[1]
            ),
        ),
        (
            re.compile(r"^'(.*)' is not a number$"),
            lambda m: translate("Messages", "“{0}” is not a number.").format(m[1]),
        ),
        (
            re.compile(r"^(\S+) is not a latitude between -90 and 90$"),
            lambda m: translate("Messages", "{0} is not a latitude: it lies between -90 and 90.").format(
                m[1]
            ),
        ),
        (
            re.compile(r"^(\S+) is not a longitude between -180 and 180$"),
            lambda m: translate("Messages", "{0} is not a longitude: it lies between -180 and 180.").format(
                m[1]
            ),
        ),
        (
            re.compile(r"^a consent cannot be signed in the future$"),
            lambda m: translate("Messages", "A consent cannot be signed in the future."),
        ),
        (
            re.compile(r"^is before the date the consent was signed$"),
            lambda m: translate("Messages", "This is before the day the consent was signed."),
        ),
        (
            re.compile(r"^file (\d+) is not a scanned document or photo$"),
            lambda m: translate(
                "Messages", "Only a scanned document or a photo can be the scan of the form."
            ),
        ),
        (
            re.compile(r"^is used by (\d+) records$"),
            lambda m: translate(
                "Messages", "This subject is used by {0} records; rename it instead of deleting it."
            ).format(m[1]),
        ),
        (
            re.compile(r"^has (\d+) narrower terms$"),
            lambda m: translate("Messages", "This subject has {0} narrower terms; move them first.").format(
                m[1]
            ),
        ),
        (
            re.compile(r"^a withdrawn consent is kept$"),
            lambda m: translate(
                "Messages", "A withdrawn consent is kept: it is what keeps the person's material closed."
            ),
        ),
        (
            re.compile(r"^asset (\d+) is not a photo$"),
            lambda m: translate("Messages", "Only a photo can be the main photo of a story."),
        ),
    ]


def field_message(error: ValidationError) -> str:
    """The text shown beside the field the error names."""
    for pattern, render in _detail_patterns():
        match = pattern.match(error.detail)
        if match:
            return render(match)
    return error.detail


def error_message(error: ZacniError) -> str:
    """One sentence for a dialog or the status bar."""
    if isinstance(error, ValidationError):
        return field_message(error)
    by_code = {
        "conflict": translate(
            "Messages", "Someone else saved this record in the meantime; nothing was overwritten."
        ),
        "permission_denied": translate("Messages", "Your role does not allow this."),
        "not_found": translate("Messages", "This record no longer exists (perhaps someone deleted it)."),
        "archive": translate("Messages", "The archive cannot be opened: {0}").format(error.message),
        "schema": translate("Messages", "This archive needs another version of Zacni: {0}").format(
            error.message
        ),
    }
    return by_code.get(error.code, error.message)
