"""A malformed search query, explained in the window's language.

The core's query parser (core/search_query.py) raises QueryError with one plain English sentence,
which `zacni search` prints as is. The search panel shows the same sentence translated: each of
the parser's sentences is recognised by a pattern, with the words it quotes kept. An unrecognised
one is shown as the core wrote it rather than hidden.
"""

from __future__ import annotations

import re
from collections.abc import Callable

from zacni_app.core.errors import ZacniError
from zacni_app.ui.qt import QCoreApplication

translate = QCoreApplication.translate

Render = Callable[[re.Match[str]], str]


def _patterns() -> list[tuple[str, Render]]:
    return [
        (
            r"^a quotation mark \(\"\) is not closed$",
            lambda m: translate("SearchMessages", 'A quotation mark (") is not closed.'),
        ),
        (
            r"^unknown field '(.*)'; known fields: (.*)$",
            lambda m: translate("SearchMessages", "There is no field “{0}:”. Known fields: {1}.").format(
                m[1], m[2]
            ),
        ),
        (
            r"^the range after (\S+) is missing its closing \]$",
            lambda m: translate("SearchMessages", "The range after {0} is missing its closing ].").format(
                m[1]
            ),
        ),
        (
            r"^(\S+) needs a value, e\.g\. (\S+)$",
            lambda m: translate("SearchMessages", "{0} needs a value, e.g. {1}").format(m[1], m[2]),
        ),
        (
            r"^a query cannot only exclude",
            lambda m: translate(
                "SearchMessages", "A query cannot only exclude (-word): add something to look for."
            ),
        ),
        (
            r"^an exclusion \(-word\) cannot be one side of OR$",
            lambda m: translate("SearchMessages", "An exclusion (-word) cannot be one side of OR."),
        ),
        (
            r"^(\S+) needs something on both sides$",
            lambda m: translate("SearchMessages", "{0} needs something on both sides.").format(m[1]),
        ),
        (
            r"^(\S+) must stand right before what it excludes$",
            lambda m: translate("SearchMessages", "{0} must stand right before what it excludes.").format(
                m[1]
            ),
        ),
        (
            r"^a double exclusion",
            lambda m: translate("SearchMessages", "A double exclusion (--word) is not allowed."),
        ),
        (
            r"^a parenthesis is opened but not closed$",
            lambda m: translate("SearchMessages", "A parenthesis is opened but not closed."),
        ),
        (
            r"^the parentheses hold nothing",
            lambda m: translate("SearchMessages", "The parentheses hold nothing to search for."),
        ),
        (
            r"^a closing parenthesis has no opening one$",
            lambda m: translate("SearchMessages", "A closing parenthesis has no opening one."),
        ),
        (r"^the query is empty$", lambda m: translate("SearchMessages", "The query is empty.")),
        (
            r"^the query holds only very common words",
            lambda m: translate(
                "SearchMessages",
                "The query holds only very common words (like “w”, “i”, “na”); add a more specific one.",
            ),
        ),
        (
            r"^'(.*)': give at least two letters before \*$",
            lambda m: translate("SearchMessages", "“{0}”: give at least two letters before *.").format(m[1]),
        ),
        (
            r"^(\S+): needs a value$",
            lambda m: translate("SearchMessages", "{0}: needs a value.").format(m[1]),
        ),
        (
            r"^(\S+) is not known; use one of: (.*)$",
            lambda m: translate("SearchMessages", "{0} is not known; use one of: {1}.").format(m[1], m[2]),
        ),
        (
            r"^(\S+) is not a year; write (\S+), (\S+) or (.+)$",
            lambda m: translate("SearchMessages", "{0} is not a year; write {1}, {2} or {3}.").format(
                m[1], m[2], m[3], m[4]
            ),
        ),
        (
            r"^(\S+): the range ends before it starts$",
            lambda m: translate("SearchMessages", "{0}: the range ends before it starts.").format(m[1]),
        ),
        (
            r"^(\S+) is not a decade; write (\S+)$",
            lambda m: translate("SearchMessages", "{0} is not a decade; write {1}.").format(m[1], m[2]),
        ),
    ]


def query_error_message(error: ZacniError) -> str:
    """One sentence for the search panel, saying what is wrong with the query."""
    for pattern, render in _patterns():
        match = re.match(pattern, error.message)
        if match:
            return render(match)
    return error.message
