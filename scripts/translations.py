"""Bring the Qt translations up to date with the code, fill them from JSON files, build the .qm files.

    .venv/bin/python scripts/translations.py [TRANSLATIONS.json ...]

1. `pyside6-lupdate` reads every tr()/translate() string of zacni_app/ui into
   resources/translations/zacni_pl.ts and zacni_en.ts (strings gone from the code are dropped).
2. Each JSON file given, shaped {"Context": {"English source": ["Polski", "English"]}}, fills the
   translations of those messages (English may be null: the source text is used).
3. English messages still unfinished get their source text (the code's strings are English).
4. `pyside6-lrelease` builds the .qm files the app loads (committed, so a clone needs no Qt tools).

It ends with a list of Polish messages still untranslated, and exits 1 if there are any, so that
tests/test_ui_translations.py never meets them first.
"""

from __future__ import annotations

import contextlib
import json
import subprocess
import sys
import xml.etree.ElementTree as ET
from collections.abc import Iterator
from pathlib import Path

REPO = Path(__file__).resolve().parents[1]
TRANSLATIONS = REPO / "resources" / "translations"
BIN = Path(sys.executable).parent
LANGUAGES = {"pl": 0, "en": 1}


def lupdate(ts: Path) -> None:
    sources = sorted(str(p) for p in (REPO / "zacni_app" / "ui").glob("*.py"))
    subprocess.run(
        [str(BIN / "pyside6-lupdate"), "-locations", "none", "-no-obsolete", *sources, "-ts", str(ts)],
        check=True,
        capture_output=True,
    )


def fill(ts: Path, column: int, given: dict[str, dict[str, list[str | None]]]) -> list[tuple[str, str]]:
    """Apply the given translations; returns (context, source) of messages still unfinished."""
    tree = ET.parse(ts)
    unfinished: list[tuple[str, str]] = []
    for context in tree.getroot().iter("context"):
        name = context.findtext("name") or ""
        for message in context.iter("message"):
            source = message.findtext("source") or ""
            translation = message.find("translation")
            assert translation is not None
            pair = given.get(name, {}).get(source)
            text = pair[column] if pair else None
            if text is None and column == LANGUAGES["en"] and translation.get("type") == "unfinished":
                text = translation.text or source
            if text is not None:
                translation.text = text
                translation.attrib.pop("type", None)
            if translation.get("type") is not None or not translation.text:
                unfinished.append((name, source))
    write_ts(tree.getroot(), ts)
    return unfinished


def write_ts(root: ET.Element, ts: Path) -> None:
    """Lay the file out as lupdate does (contexts at the margin), so diffs show only real changes."""
    attrs = "".join(f' {k}="{v}"' for k, v in root.attrib.items())
    parts = ['<?xml version="1.0" encoding="utf-8"?>', "<!DOCTYPE TS>", f"<TS{attrs}>"]
    for context in root:
        context.tail = None
        ET.indent(context, space="    ")
        parts.append(ET.tostring(context, encoding="unicode"))
    parts.append("</TS>")
    ts.write_text("\n".join(parts) + "\n", encoding="utf-8")


def lrelease(ts: Path) -> None:
    subprocess.run(
        [str(BIN / "pyside6-lrelease"), str(ts), "-qm", str(ts.with_suffix(".qm"))],
        check=True,
        capture_output=True,
    )


@contextlib.contextmanager
def _exclusive() -> Iterator[object]:
    """One run at a time (several people or tools may update the translations at once)."""
    import fcntl

    with open(TRANSLATIONS / ".lock", "w") as lock:
        fcntl.flock(lock, fcntl.LOCK_EX)
        yield lock


def main(argv: list[str]) -> int:
    with _exclusive():
        return _update(argv)


def _update(argv: list[str]) -> int:
    given: dict[str, dict[str, list[str | None]]] = {}
    for name in argv:
        for context, messages in json.loads(Path(name).read_text(encoding="utf-8")).items():
            given.setdefault(context, {}).update(messages)
    missing: list[tuple[str, str]] = []
    for language, column in LANGUAGES.items():
        ts = TRANSLATIONS / f"zacni_{language}.ts"
        lupdate(ts)
        left = fill(ts, column, given)
        lrelease(ts)
        missing += [(f"{language}:{context}", source) for context, source in left]
    for context, source in missing:
        print(f"untranslated  {context}  {source!r}")
    return 1 if missing else 0


if __name__ == "__main__":
    sys.exit(main(sys.argv[1:]))
