"""Arguments of the `zacni` command. Kept apart from the handlers so each file stays readable."""

from __future__ import annotations

import argparse
from collections.abc import Callable, Mapping
from pathlib import Path
from typing import Any

from archive_schema import ACCESS_LEVELS, CONSENT_SCOPES, INTERVIEW_STATUSES, ROLES
from zacni_app import __version__
from zacni_app.cli_common import GROUP_HELP, extension_commands


def _positive_int(value: str) -> int:
    try:
        number = int(value)
    except ValueError:
        raise argparse.ArgumentTypeError(f"{value!r} is not a whole number") from None
    if number < 1:
        raise argparse.ArgumentTypeError(f"{value} is not a record id (ids start at 1)")
    return number


def _year(value: str) -> int:
    try:
        return int(value)
    except ValueError:
        raise argparse.ArgumentTypeError(f"{value!r} is not a year") from None


def _limit(value: str) -> int:
    try:
        number = int(value)
    except ValueError:
        raise argparse.ArgumentTypeError(f"{value!r} is not a whole number") from None
    if not 1 <= number <= 1000:
        raise argparse.ArgumentTypeError(f"{value} is not between 1 and 1000")
    return number


def _facet(value: str) -> tuple[str, str]:
    name, sep, chosen = value.partition(":")
    if not sep or not name.strip() or not chosen.strip():
        raise argparse.ArgumentTypeError(f"{value!r} is not FIELD:VALUE (e.g. place:Opatów)")
    return name.strip(), chosen.strip()


def build_parser(commands: Mapping[str, Callable[..., Any]]) -> argparse.ArgumentParser:
    common = argparse.ArgumentParser(add_help=False)
    common.add_argument(
        "--json", action="store_true", default=argparse.SUPPRESS, help="print one JSON object"
    )

    parser = argparse.ArgumentParser(
        prog="zacni",
        description="Zacni z Sąsiedztwa — the oral-history archive. Archive: --archive, else $ZACNI_ARCHIVE, "
        "else the user data folder.",
    )
    parser.add_argument("--version", action="version", version=f"zacni {__version__}")
    parser.add_argument("--archive", metavar="DIR", help="the archive folder")
    parser.add_argument("--user", default="admin", metavar="NAME", help="acting user (default: admin)")
    parser.add_argument("--json", action="store_true", default=False, help="print one JSON object")
    sub = parser.add_subparsers(metavar="COMMAND")

    def command(parent: Any, name: str, key: str, help_text: str) -> argparse.ArgumentParser:
        p: argparse.ArgumentParser = parent.add_parser(name, parents=[common], help=help_text)
        p.set_defaults(handler=commands[key])
        return p

    groups: dict[str, Any] = {}

    def group(name: str, help_text: str) -> Any:
        if name not in groups:
            p = sub.add_parser(name, help=help_text)
            groups[name] = p.add_subparsers(metavar="ACTION", required=True)
        return groups[name]

    p = command(sub, "init", "init", "create an archive (or open an existing one)")
    p.add_argument("--database", metavar="URL", help="PostgreSQL URL for an archive shared by several PCs")
    p.add_argument("--media-root", type=Path, metavar="DIR", help="shared media folder (with --database)")
    command(sub, "info", "info", "schema version and counts")
    command(sub, "demo", "demo", "fill the archive with the built-in Polish demo material")

    users = group("user", "users and roles")
    p = command(users, "add", "user add", "add a user")
    p.add_argument("name")
    p.add_argument("--role", required=True, choices=ROLES)
    p.add_argument("--display-name")
    p.add_argument(
        "--password-from-env", action="store_true", help="take the password from $ZACNI_NEW_PASSWORD"
    )
    command(users, "list", "user list", "list users (and which are locked out)")
    p = command(users, "passwd", "user passwd", "set a password (admins: anyone's; others: their own)")
    p.add_argument("name")
    p.add_argument("--password-stdin", action="store_true", help="read the new password from stdin")
    p = command(users, "unlock", "user unlock", "lift a lockout after wrong passwords (admins)")
    p.add_argument("name")

    people = group("person", "people: narrators, interviewers…")
    p = command(people, "add", "person add", "add a person")
    p.add_argument("--name", required=True)
    p.add_argument("--birth-year", type=_year)
    p.add_argument("--locality")
    p.add_argument("--phone", help="private: never leaves the archive")
    p.add_argument("--email", help="private: never leaves the archive")
    p.add_argument("--address", help="private: never leaves the archive")
    p.add_argument("--bio")
    p.add_argument("--subject", action="append", metavar="LABEL", help="a hobby or topic (repeatable)")
    p.add_argument("--access", choices=ACCESS_LEVELS)
    p = command(people, "list", "person list", "list people in Polish alphabetical order")
    p.add_argument("--text", help="only names containing this")
    p = command(people, "show", "person show", "show one person")
    p.add_argument("id", type=_positive_int)
    p = command(people, "export", "person export", "GDPR/RODO subject access: all held about a person")
    p.add_argument("id", type=_positive_int)
    p.add_argument("file", metavar="FILE")
    p = command(people, "erase", "person erase", "GDPR/RODO erasure on request (admins; cannot be undone)")
    p.add_argument("id", type=_positive_int)
    p.add_argument("--keep-archival", action="store_true", help="archival exemption: anonymise instead")
    p.add_argument("--yes", action="store_true", help="confirm the erasure")

    interviews = group("interview", "interviews")
    p = command(interviews, "add", "interview add", "add an interview")
    p.add_argument("--title", required=True)
    p.add_argument("--narrator", action="append", metavar="PERSON_ID")
    p.add_argument("--interviewer", action="append", metavar="PERSON_ID")
    p.add_argument("--date", help="YYYY-MM-DD")
    p.add_argument("--place")
    p.add_argument("--summary")
    p.add_argument("--language", default="pl")
    p.add_argument("--subject", action="append", metavar="LABEL")
    p.add_argument("--access", choices=ACCESS_LEVELS)
    p.add_argument("--status", choices=INTERVIEW_STATUSES)
    p = command(interviews, "list", "interview list", "list interviews")
    p.add_argument("--person", type=_positive_int, help="only interviews this person took part in")
    p = command(interviews, "show", "interview show", "show one interview")
    p.add_argument("id", type=_positive_int)

    consents = group("consent", "consents")
    p = command(consents, "add", "consent add", "record a consent")
    p.add_argument("--person", type=_positive_int, required=True)
    p.add_argument("--interview", type=_positive_int)
    p.add_argument("--scope", required=True, choices=CONSENT_SCOPES)
    p.add_argument("--signed", metavar="DATE")
    p.add_argument("--embargo-until", metavar="DATE")
    p.add_argument("--withdrawn", metavar="DATE")

    stories = group("story", "stories for the website")
    p = command(stories, "add", "story add", "add a story (a draft)")
    p.add_argument("--title", required=True)
    p.add_argument("--interview", action="append", metavar="ID")
    p.add_argument("--asset", action="append", metavar="ID")
    p.add_argument("--person", action="append", metavar="ID")
    p.add_argument("--hero", type=_positive_int, metavar="ASSET_ID", help="the photo at the top")
    p.add_argument("--lead")
    p.add_argument("--body", help="Markdown")
    p = command(stories, "publish", "story publish", "publish a story (checks consent first)")
    p.add_argument("id", type=_positive_int)
    p = command(stories, "show", "story show", "show a story and what blocks its publication")
    p.add_argument("id", type=_positive_int)

    p = command(sub, "import", "import", "import files and folders into the archive")
    p.add_argument("paths", nargs="+", metavar="PATH")
    p.add_argument("--interview", type=_positive_int)
    p.add_argument("--person", type=_positive_int)
    p.add_argument("--story", type=_positive_int)

    assets = group("asset", "files in the archive")
    p = command(assets, "show", "asset show", "show one file's record")
    p.add_argument("id", type=_positive_int)

    transcripts = group("transcript", "timed transcripts of recordings")
    p = command(transcripts, "import", "transcript import", "import WebVTT, SRT or [hh:mm:ss] text")
    p.add_argument("asset_id", type=_positive_int)
    p.add_argument("file")
    p.add_argument("--language", default="pl")
    p = command(transcripts, "export", "transcript export", "write the transcript as WebVTT, SRT or text")
    p.add_argument("asset_id", type=_positive_int)
    p.add_argument("file")
    p.add_argument("--format", choices=("vtt", "srt", "txt"), default="vtt")
    p.add_argument("--language", default="pl")

    p = command(sub, "search", "search", "search the archive (Polish, any inflection, no diacritics needed)")
    p.add_argument("query", help='e.g. pszczoly "studio nagraniowe" miejsce:Opatów rok:1980-1989 -kowadło')
    p.add_argument("--limit", type=_limit, default=20, help="at most this many hits (1-1000, default 20)")
    p.add_argument(
        "--facet", type=_facet, action="append", metavar="FIELD:VALUE", help="only hits with this facet value"
    )
    command(sub, "reindex", "reindex", "rebuild the search index from the database")

    command(sub, "check", "check", "fixity and consistency check")

    p = command(sub, "audit", "audit", "the audit trail: who changed what, when (admins, cataloguers)")
    p.add_argument("--since", metavar="DATE|DATETIME", help="YYYY-MM-DD or YYYY-MM-DDTHH:MM (local time)")
    p.add_argument("--entity", help="kind of record: person, interview, asset, consent, user…")
    p.add_argument("--id", type=_positive_int, help="only this record (with --entity)")
    p.add_argument("--user", dest="by_user", metavar="NAME", help="only changes made by this user")
    p.add_argument("--limit", type=int, default=100, help="newest N events (default 100)")

    p = command(sub, "backup", "backup", "write a verified backup (masters go to zacni-media/ beside it)")
    p.add_argument("file", metavar="FILE")
    p.add_argument("--verify-pool", action="store_true", help="re-hash masters already in the pool")
    p = command(sub, "restore", "restore", "rebuild an archive from a backup file in a new folder")
    p.add_argument("file", metavar="FILE")
    p.add_argument("dir", metavar="DIR")
    p.add_argument("--database", metavar="URL", help="empty PostgreSQL database for a PostgreSQL backup")

    p = command(sub, "gui", "gui", "open the window")
    p.add_argument("--screenshot", type=Path, metavar="FILE", help="render the window to a PNG and exit")

    for extension in extension_commands():  # commands that live in cli_<area>.py modules
        words = extension.key.split()
        parent = group(words[0], GROUP_HELP.get(words[0], words[0])) if len(words) == 2 else sub
        extension.arguments(command(parent, words[-1], extension.key, extension.help))
    return parser
