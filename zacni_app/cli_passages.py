"""`zacni transcript restrict` / `zacni transcript passages`: close one stretch of a recording."""

from __future__ import annotations

import argparse

from zacni_app.cli_common import Command, Result, open_archive


def _milliseconds(value: str) -> int:
    if not value.strip().isdigit():
        raise argparse.ArgumentTypeError(f"{value!r} is not a time in milliseconds (a whole number)")
    return int(value)


def _level(value: str) -> str | None:
    from zacni_app.core.passages import PASSAGE_LEVELS

    if value == "none":
        return None
    if value not in PASSAGE_LEVELS:
        raise argparse.ArgumentTypeError(f"{value!r} is not one of {', '.join(PASSAGE_LEVELS)}, none")
    return value


def cmd_restrict(args: argparse.Namespace) -> Result:
    from zacni_app.core.passages import restrict_passage

    with open_archive(args) as archive, archive.transaction(args.user) as s:
        change = restrict_passage(s, args.asset_id, start_ms=args.start, end_ms=args.end, access=args.access)
        data = change.to_dict()
    level = data["access"] or "its recording's level"
    line = (
        f"Passage {data['start_ms']}–{data['end_ms']} ms of asset {data['asset_id']} is now {level}: "
        f"{data['cues']} cues, {data['segments']} index segments changed"
    )
    return Result(data, [line])


def cmd_passages(args: argparse.Namespace) -> Result:
    from zacni_app.core.access import require
    from zacni_app.core.assets import get_asset
    from zacni_app.core.passages import restricted_passages

    with open_archive(args) as archive, archive.session(args.user) as s:
        require(s, "edit")  # where the closed stories are is itself for staff only
        asset = get_asset(s, args.asset_id)
        passages = [p.to_dict() for p in restricted_passages(s, asset.id)]
    lines = [f"{p['start_ms']}–{p['end_ms']} ms  {p['access']}" for p in passages] or [
        "No restricted passages"
    ]
    return Result({"asset_id": args.asset_id, "passages": passages}, lines or ["No restricted passages"])


def _restrict_arguments(p: argparse.ArgumentParser) -> None:
    from zacni_app.cli_parser import _positive_int

    p.add_argument("asset_id", type=_positive_int)
    p.add_argument("--start", type=_milliseconds, required=True, metavar="MS", help="start_ms of the passage")
    p.add_argument("--end", type=_milliseconds, required=True, metavar="MS", help="end_ms of the passage")
    p.add_argument(
        "--access",
        type=_level,
        default="closed",
        metavar="LEVEL",
        help="closed (default), staff, research, or none to lift the passage's own restriction",
    )


def _passages_arguments(p: argparse.ArgumentParser) -> None:
    from zacni_app.cli_parser import _positive_int

    p.add_argument("asset_id", type=_positive_int)


COMMANDS = [
    Command(
        "transcript restrict",
        cmd_restrict,
        "close (or reopen) one passage of a recording: its cues and index segments",
        _restrict_arguments,
    ),
    Command(
        "transcript passages", cmd_passages, "list a recording's restricted passages", _passages_arguments
    ),
]
