"""What every `zacni` command module shares: the Result it returns, opening the archive, and the
list of commands that live in their own modules (cli_<area>.py) instead of growing cli.py.

A command module declares

    COMMANDS = [Command("export website", cmd_export_website, "static site of published stories",
                        arguments=_website_arguments)]

and is named in EXTENSIONS below; cli_parser adds its arguments (under the group named by the first
word, created when new) and cli.COMMANDS dispatches to its handler. Handlers import core modules
inside the function, so `zacni --help` stays fast.
"""

from __future__ import annotations

import argparse
import importlib
from collections.abc import Callable, Sequence
from dataclasses import dataclass, field
from typing import Any

from zacni_app.core.archive import Archive, resolve_archive_dir
from zacni_app.core.errors import ZacniError

Handler = Callable[[argparse.Namespace], "Result"]

#: Modules with a COMMANDS list; each is imported when the parser is built.
EXTENSIONS: tuple[str, ...] = (
    "zacni_app.cli_passages",
    "zacni_app.cli_listening",
    "zacni_app.cli_exchange",
    "zacni_app.cli_publish",
)

#: Help of command groups that extension modules create (existing groups keep their own).
GROUP_HELP = {
    "export": "exports for the website, aggregators and partner institutions",
    "clip": "marked ranges of recordings, publishable on their own",
    "segment": "OHMS-style index segments of recordings",
    "institution": "the holding institution (provenance of exchanged material)",
}


class Result:
    """What a command reports: JSON data, the human-readable lines, and the exit code."""

    def __init__(self, data: dict[str, Any], lines: Sequence[str] = (), exit_code: int = 0) -> None:
        self.data = data
        self.lines = list(lines)
        self.exit_code = exit_code


@dataclass(frozen=True)
class Command:
    """One command of an extension module: `key` is its words ("export website")."""

    key: str
    handler: Handler
    help: str
    arguments: Callable[[argparse.ArgumentParser], None] = field(default=lambda _parser: None)


def open_archive(args: argparse.Namespace) -> Archive:
    return Archive.open(resolve_archive_dir(args.archive))


def record_ids(values: Sequence[str] | None, field_name: str) -> list[int]:
    """Ids given as repeatable options, each checked to be a whole number."""
    result = []
    for value in values or []:
        if not value.strip().isdigit():
            raise ZacniError(f"{field_name}: {value!r} is not a record id (a whole number)", code="invalid")
        result.append(int(value))
    return result


def extension_commands() -> list[Command]:
    commands: list[Command] = []
    for name in EXTENSIONS:
        commands.extend(importlib.import_module(name).COMMANDS)
    return commands
