"""The listening room's core errors in the window's language (times, cues, segments).

messages.py translates what every form can meet; these are the details that only the transcript
and index operations (core/transcript_edits.py) write. Anything else goes to messages.py.
"""

from __future__ import annotations

import re
from collections.abc import Callable

from zacni_app.core.errors import ValidationError, ZacniError
from zacni_app.ui.messages import error_message, field_message
from zacni_app.ui.player import clock
from zacni_app.ui.qt import QCoreApplication

translate = QCoreApplication.translate


def _ms(text: str) -> str:
    return clock(int(text), millis=True)


def _patterns() -> list[tuple[re.Pattern[str], Callable[[re.Match[str]], str]]]:
    return [
        (
            re.compile(r"^(-?\d+) ms is before the start of the recording$"),
            lambda m: translate("RoomMessages", "A time cannot be before the start of the recording."),
        ),
        (
            re.compile(r"^(\d+) ms is past the end of the recording \((\d+) ms\)$"),
            lambda m: translate("RoomMessages", "{0} is past the end of the recording ({1}).").format(
                _ms(m[1]), _ms(m[2])
            ),
        ),
        (
            re.compile(r"^(\d+) ms is before the start \((\d+) ms\)$"),
            lambda m: translate("RoomMessages", "The end ({0}) is before the start ({1}).").format(
                _ms(m[1]), _ms(m[2])
            ),
        ),
        (
            re.compile(r"^(\d+) ms is outside the cue \((\d+)–(\d+) ms\)$"),
            lambda m: translate("RoomMessages", "{0} is outside the cue ({1}–{2}).").format(
                _ms(m[1]), _ms(m[2]), _ms(m[3])
            ),
        ),
        (
            re.compile(r"^is the last cue"),
            lambda m: translate(
                "RoomMessages", "This is the last cue; there is nothing after it to merge with."
            ),
        ),
        (
            re.compile(r"^the next cue is restricted differently"),
            lambda m: translate(
                "RoomMessages", "The next cue belongs to a restricted passage; the two cannot be merged."
            ),
        ),
        (
            re.compile(r"^'(.*)' is not a time in the form hh:mm:ss$"),
            lambda m: translate("RoomMessages", "“{0}” is not a time; write it as hh:mm:ss.").format(m[1]),
        ),
    ]


def room_message(error: ZacniError) -> str:
    """One sentence for a dialog, the status bar or the line beside a field."""
    if isinstance(error, ValidationError):
        for pattern, render in _patterns():
            match = pattern.match(error.detail)
            if match:
                return render(match)
        return field_message(error)
    return error_message(error)
