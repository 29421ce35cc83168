"""Why something did not go into a partner's package, or was not taken from one, in the window's language.

The exchange services (package_export, package_import) give their reasons as English sentences,
as the CLI prints them; this module recognises each and says it in the window's language, keeping
the values (a date, a level, a count). Anything unrecognised is shown as the core wrote it.
"""

from __future__ import annotations

import re
from collections.abc import Callable

from zacni_app.ui.language import value_label
from zacni_app.ui.qt import QCoreApplication

translate = QCoreApplication.translate
Pattern = tuple[re.Pattern[str], Callable[[re.Match[str]], str]]


def _consent_part(text: str) -> str:
    """What a narrator's consent says, as export_refusal words it after "narrator (person N): "."""
    for pattern, render in _consent_patterns():
        match = pattern.match(text)
        if match:
            return render(match)
    return text


def _consent_patterns() -> list[Pattern]:
    return [
        (
            re.compile(r"^no signed consent on file$"),
            lambda m: translate("Exchange", "no signed consent on file"),
        ),
        (
            re.compile(r"^consent withdrawn on (\S+)$"),
            lambda m: translate("Exchange", "consent withdrawn on {0}").format(m[1]),
        ),
        (
            re.compile(r"^under embargo until (\S+)$"),
            lambda m: translate("Exchange", "under embargo until {0}").format(m[1]),
        ),
        (
            re.compile(r"^the consent covers only '(.*)'$"),
            lambda m: translate("Exchange", "the consent covers only “{0}”").format(_scope(m[1])),
        ),
    ]


def _scope(scope: str) -> str:
    from zacni_app.ui.consent_list import scope_labels

    return scope_labels().get(scope, scope)


def _patterns() -> list[Pattern]:
    return [
        (
            re.compile(r"^the interview is marked (\w+)$"),
            lambda m: translate("Exchange", "the interview is marked “{0}”").format(value_label(m[1])),
        ),
        (
            re.compile(r"^narrator \(person \d+\): (.*)$"),
            lambda m: translate("Exchange", "narrator: {0}").format(_consent_part(m[1])),
        ),
        (
            re.compile(r"^the interview is (\w+) in effect$"),
            lambda m: translate("Exchange", "with its consents the interview is “{0}”").format(
                value_label(m[1])
            ),
        ),
        (
            re.compile(r"^the master is withheld: the recording has (\d+) closed passage"),
            lambda m: translate(
                "Exchange",
                "the recording itself stays here: it has closed passages ({0}); its open text goes",
            ).format(m[1]),
        ),
        (
            re.compile(r"^scan of a signed consent form"),
            lambda m: translate("Exchange", "a scan of a signed consent form (sent only when chosen)"),
        ),
        (
            re.compile(r"^the sender withheld its master"),
            lambda m: translate(
                "Exchange",
                "the partner kept the recording itself back, so its record and texts are not taken",
            ),
        ),
        (re.compile(r"^already in the archive$"), lambda m: translate("Exchange", "already in this archive")),
        (
            re.compile(r"^the same file as asset (\d+)$"),
            lambda m: translate("Exchange", "the same file is here already (file {0})").format(m[1]),
        ),
    ]


def reason_text(reason: str) -> str:
    """One reason in the window's language."""
    for pattern, render in _patterns():
        match = pattern.match(reason)
        if match:
            return render(match)
    return reason


def _error_patterns() -> list[Pattern]:
    return [
        (
            re.compile(r"^cannot write (.+): the folder (.+) does not exist$"),
            lambda m: translate("Exchange", "Cannot write {0}: there is no folder {1}.").format(m[1], m[2]),
        ),
        (
            re.compile(r"^cannot write (.+): it is a folder; give a file name$"),
            lambda m: translate("Exchange", "{0} is a folder: give the name of a file.").format(m[1]),
        ),
        (
            re.compile(r"^cannot write into (.+): (.+) does not exist$"),
            lambda m: translate("Exchange", "Cannot make the package in {0}: there is no folder {1}.").format(
                m[1], m[2]
            ),
        ),
        (
            re.compile(r"^nothing to export: "),
            lambda m: translate("Exchange", "None of the chosen interviews may go to a partner."),
        ),
    ]


def error_text(message: str) -> str | None:
    """An exchange service's refusal in the window's language; None if it is not one of these."""
    for pattern, render in _error_patterns():
        match = pattern.match(message)
        if match:
            return render(match)
    return None
