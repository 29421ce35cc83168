"""What is odd about the names of files brought in from cards, phones and old computers.

Masters are stored under their SHA-256, so no name can break the archive; but the original name
is what people recognise, and exports and packages may have to write it on Windows. Each oddity
becomes a warning with a specific reason; the file is imported all the same.
"""

from __future__ import annotations

import os
import re
import unicodedata
from collections import defaultdict
from pathlib import Path

from zacni_app.core.media_probe import Problem

#: Device names Windows reserves in any folder, with or without an extension.
WINDOWS_RESERVED = frozenset(
    {"CON", "PRN", "AUX", "NUL"} | {f"COM{i}" for i in range(1, 10)} | {f"LPT{i}" for i in range(1, 10)}
)
_WINDOWS_FORBIDDEN = re.compile(r'[<>:"\\|?*\x00-\x1f]')
#: Longer names risk Windows' 260-character path limit once an export folder is prepended.
LONG_NAME = 120


def shown(name: bytes | str) -> str:
    """A name as text: invalid UTF-8 bytes become U+FFFD, decomposed letters are composed (NFC)."""
    raw = name if isinstance(name, bytes) else os.fsencode(name)
    return unicodedata.normalize("NFC", raw.decode("utf-8", "replace"))


def name_problems(files: list[Path]) -> dict[Path, list[Problem]]:
    """Warnings about the names of `files`, by path (files with ordinary names are absent)."""
    found: dict[Path, list[Problem]] = defaultdict(list)
    same: dict[tuple[Path, str], list[Path]] = defaultdict(list)
    for path in files:
        for problem in single_name_problems(path.name):
            found[path].append(problem)
        same[(path.parent, shown(path.name).casefold())].append(path)
    for group in same.values():
        if len(group) > 1:
            for path in group:
                found[path].append(
                    Problem(
                        "same_name",
                        f"'{shown(path.name)}' appears {len(group)} times in one folder, spelled with "
                        "different Unicode forms or letter case; each file is kept, told apart by content",
                    )
                )
    return dict(found)


def single_name_problems(name: str) -> list[Problem]:
    raw = os.fsencode(name)
    text = shown(raw)
    problems = []
    try:
        decoded = raw.decode("utf-8")
    except UnicodeDecodeError:
        problems.append(
            Problem(
                "name_not_utf8",
                f"the name '{text}' is not valid UTF-8 (written by an old camera or computer); "
                "unreadable characters are shown as \N{REPLACEMENT CHARACTER}",
            )
        )
    else:
        if unicodedata.normalize("NFC", decoded) != decoded:
            problems.append(
                Problem(
                    "name_decomposed",
                    f"the name '{text}' was written with decomposed letters (NFD, as macOS writes them); "
                    "it is kept in the usual composed form",
                )
            )
    reason = windows_reason(text)
    if reason:
        problems.append(Problem("name_windows", f"the name '{text}' cannot be used on Windows: {reason}"))
    if len(text) > LONG_NAME:
        problems.append(
            Problem(
                "name_too_long",
                f"the name is {len(text)} characters long; copies written to Windows folders may exceed "
                "its path limit and will be shortened",
            )
        )
    return problems


def windows_reason(name: str) -> str | None:
    """Why Windows would refuse `name` as a file name, or None."""
    stem = name.split(".", 1)[0].rstrip(" ").upper()
    if stem in WINDOWS_RESERVED:
        return f"'{stem}' is a device name Windows reserves"
    bad = sorted(set(_WINDOWS_FORBIDDEN.findall(name)))
    if bad:
        listed = " ".join(repr(c)[1:-1] if c.isprintable() else f"U+{ord(c):04X}" for c in bad)
        return f"it contains characters Windows forbids ({listed})"
    if name.endswith((".", " ")):
        return "it ends with a dot or a space"
    return None
