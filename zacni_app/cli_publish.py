"""`zacni export website OUT_DIR`: the static website of the published stories (see shared/CLI.md)."""

from __future__ import annotations

import argparse
from pathlib import Path

from zacni_app.cli_common import Command, Result, open_archive


def _website_arguments(parser: argparse.ArgumentParser) -> None:
    parser.add_argument(
        "out_dir", metavar="OUT_DIR", help="folder of the website (empty, or an earlier export)"
    )


def cmd_export_website(args: argparse.Namespace) -> Result:
    from zacni_app.cli import _progress_bar
    from zacni_app.core.website import export_website

    with open_archive(args) as archive:
        report = export_website(
            archive, Path(args.out_dir), user=args.user, progress=_progress_bar(args, "website")
        )
    data = report.to_dict()
    lines = [
        f"Website in {data['out_dir']}: {report.stories} stories, {report.files} files "
        f"({report.written} written, {report.removed} removed)"
    ]
    lines += [f"  withheld {w['kind']} {w['id']}: {w['reason']}" for w in data["withheld"]]
    return Result(data, lines)


COMMANDS = [
    Command(
        "export website",
        cmd_export_website,
        "static site of published stories (only what consent allows)",
        arguments=_website_arguments,
    )
]
