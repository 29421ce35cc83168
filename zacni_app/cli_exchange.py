"""`zacni export dublin-core|oai-pmh|bagit`, `zacni import-package` and `zacni institution home`:
exchange with aggregators and with the partner institutions of the coalition (core: dublin_core,
oai_pmh, package_export, package_import)."""

from __future__ import annotations

import argparse
from pathlib import Path
from typing import Any

from zacni_app.cli_common import Command, Result, open_archive, record_ids


def _progress(args: argparse.Namespace, label: str) -> Any:
    from zacni_app.cli import _progress_bar  # the one progress bar of the command line

    return _progress_bar(args, label)


def _withheld_lines(withheld: list[dict[str, Any]]) -> list[str]:
    return [f"  withheld {w['kind']} {w.get('id') or w.get('uid')}: {w['reason']}" for w in withheld]


def cmd_export_dublin_core(args: argparse.Namespace) -> Result:
    from zacni_app.core.dublin_core import export_dublin_core

    with open_archive(args) as archive:
        data = export_dublin_core(archive, Path(args.file), user=args.user, fmt=args.format)
    lines = [f"Wrote {data['records']} public record(s) to {data['file']} ({data['format']})"]
    return Result(data, lines + _withheld_lines(data["withheld"]))


def _dublin_core_arguments(p: argparse.ArgumentParser) -> None:
    p.add_argument("file", metavar="FILE")
    p.add_argument(
        "--format",
        choices=("csv", "xml"),
        default="csv",
        help="csv: for Omeka S CSV Import (multivalue separator '|'); xml: oai_dc records",
    )


def cmd_export_oai_pmh(args: argparse.Namespace) -> Result:
    from zacni_app.core.oai_pmh import export_oai_pmh

    with open_archive(args) as archive:
        data = export_oai_pmh(
            archive, Path(args.file), base_url=args.base_url, user=args.user, admin_email=args.admin_email
        )
    lines = [f"Wrote a static OAI-PMH repository of {data['records']} record(s) to {data['file']}"]
    return Result(data, lines + _withheld_lines(data["withheld"]))


def _oai_pmh_arguments(p: argparse.ArgumentParser) -> None:
    p.add_argument("file", metavar="FILE")
    p.add_argument("--base-url", required=True, metavar="URL", help="the gateway's address of this file")
    p.add_argument(
        "--admin-email", metavar="EMAIL", help="contact of the repository (default webmaster@HOST)"
    )


def cmd_export_bagit(args: argparse.Namespace) -> Result:
    from zacni_app.core.package_export import export_bagit

    with open_archive(args) as archive:
        data = export_bagit(
            archive,
            Path(args.out_dir),
            user=args.user,
            interview_ids=record_ids(args.interview, "interview") or None,
            with_consent_scans=args.with_consent_scans,
            progress=_progress(args, "bagit"),
        )
    lines = [f"Wrote a package of {data['records']} interview(s), {data['files']} file(s): {data['bag']}"]
    return Result(data, lines + _withheld_lines(data["withheld"]))


def _bagit_arguments(p: argparse.ArgumentParser) -> None:
    p.add_argument("out_dir", metavar="OUT_DIR", help="the bag is made in a new folder inside it")
    p.add_argument("--interview", action="append", metavar="ID", help="only these interviews (repeatable)")
    p.add_argument("--with-consent-scans", action="store_true", help="send scans of signed consent forms too")


def cmd_import_package(args: argparse.Namespace) -> Result:
    from zacni_app.core.package_import import import_package

    with open_archive(args) as archive:
        data = import_package(archive, Path(args.dir), user=args.user, progress=_progress(args, "import"))
    counts = ", ".join(f"{k} {v}" for k, v in data["imported"].items() if v)
    lines = [f"Imported from {data['institution']['name']}: {counts or 'nothing new'}"]
    lines += [f"  duplicate {d['kind']} {d['uid']}: {d['reason']}" for d in data["duplicates"]]
    return Result(data, lines + _withheld_lines(data["withheld"]))


def _import_package_arguments(p: argparse.ArgumentParser) -> None:
    p.add_argument("dir", metavar="DIR", help="the folder of a BagIt bag made by 'zacni export bagit'")


def cmd_institution_home(args: argparse.Namespace) -> Result:
    from zacni_app.core.dublin_core import home_institution, institution_dict, set_home_institution

    with open_archive(args) as archive:
        if args.name is None:
            with archive.session(args.user) as s:
                home = home_institution(s)
                data = institution_dict(home) if home is not None else {"uid": None, "name": None}
        else:
            with archive.transaction(args.user) as s:
                fields = {"short_name": args.short_name, "isil": args.isil, "website": args.website}
                data = institution_dict(set_home_institution(s, name=args.name, **fields))
    return Result(data, [f"Holding institution: {data['name'] or '(not set)'} {data['uid'] or ''}".rstrip()])


def _institution_arguments(p: argparse.ArgumentParser) -> None:
    p.add_argument("--name", help="set the name (admins); without it the command shows the institution")
    p.add_argument("--short-name")
    p.add_argument("--isil", help="International Standard Identifier for Libraries, e.g. PL-1234")
    p.add_argument("--website")


COMMANDS = [
    Command(
        "export dublin-core",
        cmd_export_dublin_core,
        "public records as Dublin Core (Omeka S CSV or oai_dc XML)",
        _dublin_core_arguments,
    ),
    Command(
        "export oai-pmh",
        cmd_export_oai_pmh,
        "public records as a static OAI-PMH repository for aggregators",
        _oai_pmh_arguments,
    ),
    Command(
        "export bagit",
        cmd_export_bagit,
        "a BagIt package of interviews for a partner institution",
        _bagit_arguments,
    ),
    Command(
        "import-package",
        cmd_import_package,
        "take in a BagIt package from a partner institution",
        _import_package_arguments,
    ),
    Command(
        "institution home",
        cmd_institution_home,
        "the institution holding this archive (publisher, package sender)",
        _institution_arguments,
    ),
]
