"""`zacni export ohms`, `zacni segment …`, `zacni clip …`: the listening room's work from scripts.

Times are integer milliseconds (start_ms), as everywhere in the CLI. `export ohms` reports in
"records" the number of index points it wrote (CLI.md: `{"records": N}`).
"""

from __future__ import annotations

import argparse
from dataclasses import asdict
from pathlib import Path

from zacni_app.cli_common import Command, Result, open_archive


def _milliseconds(value: str) -> int:
    if not value.strip().isdigit():
        raise argparse.ArgumentTypeError(f"{value!r} is not a time in milliseconds (a whole number)")
    return int(value)


def _record_id(value: str) -> int:
    from zacni_app.cli_parser import _positive_int

    return _positive_int(value)


# -- OHMS ------------------------------------------------------------------------------------------
def cmd_export_ohms(args: argparse.Namespace) -> Result:
    from zacni_app.core.file_names import shown
    from zacni_app.core.ohms import export_ohms

    with open_archive(args) as archive, archive.session(args.user) as s:
        points = export_ohms(s, args.asset_id, Path(args.file), public=args.public)
    data = {"records": points, "points": points, "asset_id": args.asset_id, "file": shown(args.file)}
    kind = "public " if args.public else ""
    return Result(data, [f"Wrote the {kind}OHMS XML of asset {args.asset_id} ({points} index points)"])


def cmd_segment_import(args: argparse.Namespace) -> Result:
    from zacni_app.core.ohms import import_ohms_index

    with open_archive(args) as archive, archive.transaction(args.user) as s:
        count = import_ohms_index(s, args.asset_id, Path(args.file))
    data = {"asset_id": args.asset_id, "segments": count}
    return Result(data, [f"Imported {count} index segments into asset {args.asset_id}"])


# -- segments ----------------------------------------------------------------------------------------
def cmd_segment_add(args: argparse.Namespace) -> Result:
    from zacni_app.core.transcript_edits import new_segment

    with open_archive(args) as archive, archive.transaction(args.user) as s:
        segment = new_segment(
            s,
            args.asset_id,
            start_ms=args.start,
            end_ms=args.end,
            title=args.title,
            synopsis=args.synopsis,
            partial_transcript=args.partial_transcript,
            keywords=args.keyword or [],
            subjects=args.subject or [],
            places=args.place or [],
        )
        data = {"id": segment.id, "asset_id": segment.asset_id, "start_ms": segment.start_ms}
    return Result(data, [f"Added index segment {data['id']} at {data['start_ms']} ms"])


def cmd_segment_list(args: argparse.Namespace) -> Result:
    from zacni_app.core.transcript_edits import list_segments

    with open_archive(args) as archive, archive.session(args.user) as s:
        segments = [asdict(row) for row in list_segments(s, args.asset_id)]
    lines = [f"{g['id']:>5}  {g['start_ms']:>9} ms  {g['title']}" for g in segments]
    return Result({"asset_id": args.asset_id, "segments": segments}, lines or ["No index segments"])


# -- clips ---------------------------------------------------------------------------------------------
def cmd_clip_add(args: argparse.Namespace) -> Result:
    from zacni_app.core.clips import add_clip, clip_dict

    with open_archive(args) as archive, archive.transaction(args.user) as s:
        clip = add_clip(
            s, args.asset_id, start_ms=args.start, end_ms=args.end, title=args.title, story_id=args.story
        )
        data = clip_dict(clip)
    closed = data["closed_passages"] or []
    lines = [f"Added clip {data['id']} ({data['start_ms']}–{data['end_ms']} ms)"]
    lines += [f"  restricted inside: {p['start_ms']}–{p['end_ms']} ms ({p['access']})" for p in closed]
    return Result(data, lines)


def cmd_clip_list(args: argparse.Namespace) -> Result:
    from zacni_app.core.clips import clip_dict, list_clips

    with open_archive(args) as archive, archive.session(args.user) as s:
        clips = [clip_dict(c) for c in list_clips(s, asset_id=args.asset, story_id=args.story)]
    lines = [
        f"{c['id']:>5}  asset {c['asset_id']}  {c['start_ms']}–{c['end_ms']} ms  {c['title'] or ''}"
        for c in clips
    ]
    return Result({"clips": clips}, lines or ["No clips"])


def cmd_clip_delete(args: argparse.Namespace) -> Result:
    from zacni_app.core.clips import delete_clip

    with open_archive(args) as archive, archive.transaction(args.user) as s:
        delete_clip(s, args.id)
    return Result({"id": args.id, "deleted": True}, [f"Deleted clip {args.id}"])


# -- arguments -------------------------------------------------------------------------------------
def _export_ohms_arguments(p: argparse.ArgumentParser) -> None:
    p.add_argument("asset_id", type=_record_id)
    p.add_argument("file", metavar="FILE")
    p.add_argument(
        "--public", action="store_true", help="for publishing: only what is public, names only with consent"
    )


def _segment_import_arguments(p: argparse.ArgumentParser) -> None:
    p.add_argument("asset_id", type=_record_id)
    p.add_argument("file", metavar="FILE", help="an OHMS XML file (its index points are read)")


def _segment_add_arguments(p: argparse.ArgumentParser) -> None:
    p.add_argument("asset_id", type=_record_id)
    p.add_argument("--start", type=_milliseconds, required=True, metavar="MS", help="start_ms")
    p.add_argument("--end", type=_milliseconds, metavar="MS", help="end_ms (default: until the next)")
    p.add_argument("--title", required=True)
    p.add_argument("--synopsis")
    p.add_argument("--partial-transcript", metavar="TEXT")
    p.add_argument("--keyword", action="append", metavar="K", help="repeatable")
    p.add_argument("--subject", action="append", metavar="S", help="repeatable")
    p.add_argument("--place", action="append", metavar="NAME", help="repeatable")


def _asset_only(p: argparse.ArgumentParser) -> None:
    p.add_argument("asset_id", type=_record_id)


def _clip_add_arguments(p: argparse.ArgumentParser) -> None:
    p.add_argument("asset_id", type=_record_id)
    p.add_argument("--start", type=_milliseconds, required=True, metavar="MS", help="start_ms")
    p.add_argument("--end", type=_milliseconds, required=True, metavar="MS", help="end_ms")
    p.add_argument("--title")
    p.add_argument("--story", type=_record_id, metavar="ID", help="the story the clip is for")


def _clip_list_arguments(p: argparse.ArgumentParser) -> None:
    p.add_argument("--asset", type=_record_id, metavar="ID")
    p.add_argument("--story", type=_record_id, metavar="ID")


def _clip_delete_arguments(p: argparse.ArgumentParser) -> None:
    p.add_argument("id", type=_record_id)


COMMANDS = [
    Command(
        "export ohms",
        cmd_export_ohms,
        "OHMS XML of a recording: index and transcript",
        _export_ohms_arguments,
    ),
    Command(
        "segment import",
        cmd_segment_import,
        "index segments from an OHMS XML file",
        _segment_import_arguments,
    ),
    Command("segment add", cmd_segment_add, "add an index segment", _segment_add_arguments),
    Command("segment list", cmd_segment_list, "a recording's index segments", _asset_only),
    Command("clip add", cmd_clip_add, "mark a range of a recording", _clip_add_arguments),
    Command("clip list", cmd_clip_list, "clips of a recording or a story", _clip_list_arguments),
    Command("clip delete", cmd_clip_delete, "remove a clip", _clip_delete_arguments),
]
