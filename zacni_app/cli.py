"""The `zacni` command: a thin layer over the core services (see shared/CLI.md for the contract).

Every command that reports prints one JSON object with --json and nothing else on stdout.
Exit codes: 0 success, 1 the work ran but failed or was refused, 2 usage error. A user error is
one line on stderr, never a traceback (set ZACNI_DEBUG=1 to see one for unexpected errors).
"""

from __future__ import annotations

import argparse
import errno
import json
import os
import re
import sys
import traceback
from collections.abc import Sequence
from pathlib import Path
from typing import Any

from zacni_app.cli_common import Handler, Result, extension_commands, open_archive, record_ids
from zacni_app.core.archive import Archive, is_archive, resolve_archive_dir
from zacni_app.core.errors import ZacniError


def _ids(values: list[str] | None, field: str) -> list[int]:
    return record_ids(values, field)


# -- archive -------------------------------------------------------------------------------
def cmd_init(args: argparse.Namespace) -> Result:
    root = resolve_archive_dir(args.archive)
    created = not is_archive(root)
    if created:
        archive = Archive.create(root, database_url=args.database, media_root=args.media_root)
    else:
        if args.database:
            raise ZacniError(
                f"{root} is already an archive; --database applies to a new one only", code="exists"
            )
        archive = Archive.open(root)
    with archive:
        version = archive.schema_version()
        data = {"archive": str(archive.root), "schema_version": version, "created": created}
    verb = "Created" if created else "Opened existing"
    return Result(data, [f"{verb} archive {data['archive']} (schema {version})"])


def cmd_info(args: argparse.Namespace) -> Result:
    from zacni_app.core.stats import archive_counts

    with open_archive(args) as archive, archive.session(args.user) as s:
        counts = archive_counts(s)
        data = {
            "archive": str(archive.root),
            "database": archive.engine.dialect.name,
            "schema_version": archive.schema_version(),
            "counts": counts,
        }
    lines = [f"Archive {data['archive']} ({data['database']}, schema {data['schema_version']})"]
    lines += [f"  {name}: {n}" for name, n in counts.items()]
    return Result(data, lines)


def cmd_demo(args: argparse.Namespace) -> Result:
    from zacni_app.core.demo import load_demo
    from zacni_app.core.stats import archive_counts

    root = resolve_archive_dir(args.archive)
    archive = Archive.open(root) if is_archive(root) else Archive.create(root)
    with archive:
        report = load_demo(archive, user=args.user, progress=_progress_bar(args, "demo"))
        with archive.session(args.user) as s:
            counts = archive_counts(s)
    data = {"counts": counts, "added": report}
    return Result(
        data, [f"Demo material loaded into {archive.root}"] + [f"  {k}: {v}" for k, v in counts.items()]
    )


# -- users, people, interviews, consents ---------------------------------------------------
def cmd_user_add(args: argparse.Namespace) -> Result:
    from zacni_app.core.users import add_user

    password = os.environ.get("ZACNI_NEW_PASSWORD") if args.password_from_env else None
    with open_archive(args) as archive, archive.transaction(args.user) as s:
        user = add_user(s, name=args.name, role=args.role, display_name=args.display_name, password=password)
        data = {"id": user.id, "name": user.name, "role": user.role}
    return Result(data, [f"Added user {data['name']} ({data['role']}) with id {data['id']}"])


def cmd_user_list(args: argparse.Namespace) -> Result:
    from zacni_app.core.users import list_users, user_dict

    with open_archive(args) as archive, archive.session(args.user) as s:
        users = [user_dict(u) for u in list_users(s)]
    lines = [
        f"{u['id']:>4}  {u['name']}  ({u['role']})"
        + ("  locked until " + u["locked_until"] if u["locked"] else "")
        for u in users
    ]
    return Result({"users": users}, lines)


def cmd_user_passwd(args: argparse.Namespace) -> Result:
    from zacni_app.core.users import set_password

    password = _new_password(args)
    with open_archive(args) as archive, archive.transaction(args.user) as s:
        user = set_password(s, args.name, password)
        data = {"id": user.id, "name": user.name}
    return Result(data, [f"Password of {data['name']} set"])


def _new_password(args: argparse.Namespace) -> str:
    """From stdin with --password-stdin (first line), else typed twice on a terminal, never echoed."""
    import getpass

    if args.password_stdin:
        return sys.stdin.readline().rstrip("\r\n")
    if not sys.stdin.isatty():
        raise ZacniError("no password given: use --password-stdin or run on a terminal", code="invalid")
    first = getpass.getpass(f"New password for {args.name}: ")
    if getpass.getpass("Repeat it: ") != first:
        raise ZacniError("the two passwords differ; nothing was changed", code="invalid")
    return first


def cmd_user_unlock(args: argparse.Namespace) -> Result:
    from zacni_app.core.users import unlock_user

    with open_archive(args) as archive, archive.transaction(args.user) as s:
        user = unlock_user(s, args.name)
        data = {"id": user.id, "name": user.name}
    return Result(data, [f"Unlocked {data['name']}"])


def cmd_audit(args: argparse.Namespace) -> Result:
    from zacni_app.core.audit_log import audit_events, event_dict, event_line, parse_since

    since = parse_since(args.since) if args.since else None
    with open_archive(args) as archive, archive.session(args.user) as s:
        events, total = audit_events(
            s, since=since, entity=args.entity, entity_id=args.id, user_name=args.by_user, limit=args.limit
        )
        found = [event_dict(e) for e in events]
    lines = [event_line(e) for e in reversed(found)]  # oldest first, as a log reads
    lines.append(f"{len(found)} of {total} event(s)")
    return Result({"events": found, "total": total}, lines)


def cmd_person_export(args: argparse.Namespace) -> Result:
    from zacni_app.core.privacy import export_subject

    with open_archive(args) as archive:
        data = export_subject(archive, args.id, args.user, Path(args.file))
    return Result(data, [f"Wrote {data['items']} item(s) about person {data['person_id']} to {data['file']}"])


def cmd_person_erase(args: argparse.Namespace) -> Result:
    from zacni_app.core.privacy import erase_person

    if not args.yes:
        message = "erasure cannot be undone: repeat the command with --yes to confirm"
        print(f"zacni: error: {message}", file=sys.stderr)
        return Result({"error": {"code": "usage", "message": message}}, [], exit_code=2)
    with open_archive(args) as archive:
        data = erase_person(archive, args.id, args.user, keep_archival=args.keep_archival)
    lines = [f"Person {data['person_id']} {data['mode']}"]
    lines += [f"  removed {k}: {len(v)}" for k, v in data["removed"].items() if v]
    lines += [f"  to review {k}: {', '.join(map(str, v))}" for k, v in data["to_review"].items() if v]
    lines += [f"  {data['audit_note']}", f"  {data['backups_note']}"]
    return Result(data, lines)


def cmd_person_add(args: argparse.Namespace) -> Result:
    from zacni_app.core.people import add_person

    fields = {
        "birth_year": args.birth_year,
        "locality": args.locality,
        "phone": args.phone,
        "email": args.email,
        "address": args.address,
        "bio": args.bio,
    }
    if args.access:
        fields["access"] = args.access
    with open_archive(args) as archive, archive.transaction(args.user) as s:
        person = add_person(s, name=args.name, subjects=args.subject, **fields)
        data = {"id": person.id, "name": person.name}
    return Result(data, [f"Added {data['name']} with id {data['id']}"])


def cmd_person_list(args: argparse.Namespace) -> Result:
    from zacni_app.core.people import list_people

    with open_archive(args) as archive, archive.session(args.user) as s:
        people = [
            {"id": p.id, "name": p.name, "birth_year": p.birth_year, "locality": p.locality}
            for p in list_people(s, text=args.text)
        ]
    return Result({"people": people}, [f"{p['id']:>4}  {p['name']}" for p in people])


def cmd_person_show(args: argparse.Namespace) -> Result:
    from zacni_app.core.people import get_person, person_dict

    with open_archive(args) as archive, archive.session(args.user) as s:
        data = person_dict(s, get_person(s, args.id))
    return Result(data, [f"{k}: {v}" for k, v in data.items() if v not in (None, [], "")])


def cmd_interview_add(args: argparse.Namespace) -> Result:
    from zacni_app.core.interviews import add_interview

    fields: dict[str, Any] = {"recorded_on": args.date, "summary": args.summary, "language": args.language}
    for name in ("access", "status"):
        if getattr(args, name):
            fields[name] = getattr(args, name)
    with open_archive(args) as archive, archive.transaction(args.user) as s:
        interview = add_interview(
            s,
            title=args.title,
            narrators=_ids(args.narrator, "narrator"),
            interviewers=_ids(args.interviewer, "interviewer"),
            place=args.place,
            subjects=args.subject,
            **fields,
        )
        data = {"id": interview.id, "title": interview.title}
    return Result(data, [f"Added interview {data['title']!r} with id {data['id']}"])


def cmd_story_add(args: argparse.Namespace) -> Result:
    from zacni_app.core.stories import add_story

    with open_archive(args) as archive, archive.transaction(args.user) as s:
        story = add_story(
            s,
            title=args.title,
            interviews=_ids(args.interview, "interview"),
            assets=_ids(args.asset, "asset"),
            people=_ids(args.person, "person"),
            hero_asset_id=args.hero,
            lead=args.lead,
            body=args.body,
        )
        data = {"id": story.id, "slug": story.slug, "status": story.status}
    return Result(data, [f"Added story {args.title!r} with id {data['id']} ({data['slug']})"])


def cmd_story_publish(args: argparse.Namespace) -> Result:
    from zacni_app.core.stories import set_status

    with open_archive(args) as archive, archive.transaction(args.user) as s:
        story = set_status(s, args.id, "published")
        data = {"id": story.id, "slug": story.slug, "status": story.status}
    return Result(data, [f"Published story {data['id']} ({data['slug']})"])


def cmd_story_show(args: argparse.Namespace) -> Result:
    from zacni_app.core.stories import story_dict

    with open_archive(args) as archive, archive.session(args.user) as s:
        from archive_schema import Story
        from zacni_app.core import records

        data = story_dict(s, records.get(s, Story, args.id))
    lines = [f"{data['title']} [{data['status']}] /{data['slug']}"]
    lines += [f"  blocks publication: {b['reason']}" for b in data["blockers"]]
    return Result(data, lines)


def cmd_interview_list(args: argparse.Namespace) -> Result:
    from zacni_app.core.interviews import interview_dict, list_interviews

    with open_archive(args) as archive, archive.session(args.user) as s:
        items = [interview_dict(s, i) for i in list_interviews(s, person_id=args.person)]
    lines = [f"{i['id']:>4}  {i['date'] or '----------'}  {i['title']}" for i in items]
    return Result({"interviews": items}, lines)


def cmd_interview_show(args: argparse.Namespace) -> Result:
    from zacni_app.core.interviews import get_interview, interview_dict

    with open_archive(args) as archive, archive.session(args.user) as s:
        data = interview_dict(s, get_interview(s, args.id))
    return Result(data, [f"{k}: {v}" for k, v in data.items() if v not in (None, [], "")])


def cmd_consent_add(args: argparse.Namespace) -> Result:
    from zacni_app.core.consents import add_consent

    with open_archive(args) as archive, archive.transaction(args.user) as s:
        consent = add_consent(
            s,
            person_id=args.person,
            interview_id=args.interview,
            scope=args.scope,
            signed_on=args.signed,
            embargo_until=args.embargo_until,
            withdrawn_on=args.withdrawn,
        )
        data = {"id": consent.id, "scope": consent.scope}
    return Result(data, [f"Added consent {data['id']} ({data['scope']})"])


# -- media ---------------------------------------------------------------------------------
def cmd_import(args: argparse.Namespace) -> Result:
    from zacni_app.core.ingest import IngestTarget, ingest_paths

    target = IngestTarget(interview_id=args.interview, person_id=args.person, story_id=args.story)
    with open_archive(args) as archive:
        report = ingest_paths(
            archive,
            [Path(p) for p in args.paths],
            user=args.user,
            target=target,
            progress=_progress_bar(args, "import"),
        )
    data = report.to_dict()
    counts = (len(report.imported), len(report.duplicates), len(report.rejected))
    lines = ["imported {}, duplicates {}, rejected {}".format(*counts)]
    lines += [f"  rejected {r['path']}: {r['reason']}" for r in data["rejected"]]
    lines += [f"  warning {i['path']}: {w}" for i in data["imported"] for w in i["warnings"]]
    return Result(data, lines, exit_code=1 if report.rejected else 0)


def cmd_asset_show(args: argparse.Namespace) -> Result:
    from zacni_app.core.assets import asset_dict, get_asset

    with open_archive(args) as archive, archive.session(args.user) as s:
        data = asset_dict(get_asset(s, args.id))
    return Result(data, [f"{k}: {v}" for k, v in data.items() if v not in (None, [], {}, "")])


def cmd_transcript_import(args: argparse.Namespace) -> Result:
    from zacni_app.core.assets import get_asset
    from zacni_app.core.file_names import shown
    from zacni_app.core.transcript_records import save_transcript, transcript_dict
    from zacni_app.core.transcripts import parse_transcript

    path = Path(args.file)
    try:
        data = path.read_bytes()
    except OSError as exc:
        raise ZacniError(f"cannot read {path}: {exc.strerror}", code="unreadable") from None
    with open_archive(args) as archive, archive.transaction(args.user) as s:
        asset = get_asset(s, args.asset_id)
        name = shown(path.name)  # a name that is not valid UTF-8 is stored with replacement marks
        cues = parse_transcript(data, name, duration_ms=asset.duration_ms)
        result = transcript_dict(save_transcript(s, asset.id, cues, language=args.language, source=name))
    return Result(
        result, [f"Imported {result['cues']} cues into the transcript of asset {result['asset_id']}"]
    )


def cmd_transcript_export(args: argparse.Namespace) -> Result:
    from zacni_app.core.transcript_records import transcript_cues
    from zacni_app.core.transcripts import write_srt, write_stamped_text, write_webvtt

    writers = {"vtt": write_webvtt, "srt": write_srt, "txt": write_stamped_text}
    with open_archive(args) as archive, archive.session(args.user) as s:
        cues = transcript_cues(s, args.asset_id, language=args.language)
    text = writers[args.format](cues)
    Path(args.file).write_text(text, encoding="utf-8")
    return Result(
        {"asset_id": args.asset_id, "cues": len(cues), "file": args.file}, [f"Wrote {len(cues)} cues"]
    )


def cmd_search(args: argparse.Namespace) -> Result:
    from zacni_app.core.search import search

    facets: dict[str, list[str]] = {}
    for name, value in args.facet or []:
        facets.setdefault(name, []).append(value)
    with open_archive(args) as archive:
        result = search(archive, args.query, user=args.user, limit=args.limit, facets=facets)
    data = result.to_dict()
    lines = [f"{data['total']} hit(s)"]
    for hit in data["hits"]:
        at = f" {_clock(hit['start_ms'])}" if hit["start_ms"] is not None else ""
        lines.append(f"  [{hit['type']} {hit['id']}] {hit['title']}{at}")
        if hit["snippet"]:
            lines.append(f"      {hit['snippet']}")
    lines += [f"Did you mean: {s}" for s in data["suggestions"]]
    return Result(data, lines)


def cmd_reindex(args: argparse.Namespace) -> Result:
    from zacni_app.core.search_index import reindex

    with open_archive(args) as archive:
        documents = reindex(archive, user=args.user, progress=_progress_bar(args, "reindex"))
    return Result({"documents": documents}, [f"Search index rebuilt: {documents} documents"])


def _clock(ms: int) -> str:
    """12:34 (or 1:02:03 past an hour): where in the recording a hit is said."""
    seconds = ms // 1000
    hours, rest = divmod(seconds, 3600)
    return f"{hours}:{rest // 60:02d}:{rest % 60:02d}" if hours else f"{rest // 60:02d}:{rest % 60:02d}"


def cmd_check(args: argparse.Namespace) -> Result:
    from zacni_app.core.integrity import check_archive

    with open_archive(args) as archive:
        report = check_archive(archive, progress=_progress_bar(args, "check"), user=args.user)
    lines = ["OK" if report["ok"] else f"{len(report['problems'])} problem(s)"]
    lines += [f"  {p['kind']}: {p['path'] or ''} {p['detail']}" for p in report["problems"]]
    return Result(report, lines, exit_code=0 if report["ok"] else 1)


def cmd_backup(args: argparse.Namespace) -> Result:
    from zacni_app.core.backup import backup_archive

    with open_archive(args) as archive:
        report = backup_archive(
            archive,
            Path(args.file),
            user=args.user,
            verify_pool=args.verify_pool,
            progress=_progress_bar(args, "backup"),
        )
    data = report.to_dict()
    lines = [
        f"Backup {data['file']}: {report.assets} masters ({report.copied} copied, {report.reused} already "
        f"in the pool), verified"
    ]
    return Result(data, lines + [f"  warning: {w}" for w in report.warnings])


def cmd_restore(args: argparse.Namespace) -> Result:
    from zacni_app.core.restore import restore_archive

    report = restore_archive(
        Path(args.file), Path(args.dir), database_url=args.database, progress=_progress_bar(args, "restore")
    )
    data = report.to_dict()
    return Result(data, [f"Restored {data['assets']} masters and the catalogue into {data['archive']}"])


def cmd_gui(args: argparse.Namespace) -> Result:
    from zacni_app.ui.launch import run_gui

    code = run_gui(resolve_archive_dir(args.archive), user=args.user, screenshot=args.screenshot)
    return Result({"exit_code": code}, [], exit_code=code)


# -- output --------------------------------------------------------------------------------
def _progress_bar(args: argparse.Namespace, label: str) -> Any:
    from zacni_app.core.progress import ProgressUpdate, no_progress

    if args.json or not sys.stderr.isatty():
        return no_progress

    def show(update: ProgressUpdate) -> None:
        width = 30
        filled = int(width * update.done / update.total) if update.total else 0
        bar = "#" * filled + "-" * (width - filled)
        text = f"\r{label} [{bar}] {update.done}/{update.total} {update.label[:40]:<40}"
        sys.stderr.write(text + ("\n" if update.done >= update.total else ""))
        sys.stderr.flush()

    return show


_BREAKS = re.compile(r"[\x00-\x1f\x7f-\x9f\u2028\u2029]")
_OS_CODES = {errno.ENOSPC: "disk_full", errno.EROFS: "read_only", errno.EACCES: "permission_denied"}


def _one_line(message: str) -> str:
    """One line of printable text, even when it quotes a file name with a newline or bytes that are
    not UTF-8 in it (a strict UTF-8 stdout would otherwise fail while reporting the error)."""
    try:
        message = message.encode("utf-8", "surrogateescape").decode("utf-8", "replace")
    except UnicodeEncodeError:
        message = message.encode("utf-8", "backslashreplace").decode("utf-8")
    return _BREAKS.sub(lambda m: repr(m.group())[1:-1], message)


def _os_error(exc: OSError) -> ZacniError:
    """The system refused (disk full, read-only, no permission): a user error that names the file."""
    where = f": {os.fsdecode(exc.filename)}" if exc.filename else ""
    return ZacniError(f"{exc.strerror or exc}{where}", code=_OS_CODES.get(exc.errno or 0, "os_error"))


def _emit(result: Result, as_json: bool) -> None:
    if as_json:
        sys.stdout.write(json.dumps(result.data, ensure_ascii=False, default=str) + "\n")
    else:
        for line in result.lines:
            print(line)


def main(argv: Sequence[str] | None = None) -> int:
    from zacni_app.cli_parser import build_parser

    parser = build_parser(COMMANDS)
    args = parser.parse_args(argv)
    handler: Handler | None = getattr(args, "handler", None)
    if handler is None:
        parser.print_usage(sys.stderr)
        print("zacni: error: a command is required (see zacni --help)", file=sys.stderr)
        return 2
    try:
        try:
            result = handler(args)
        except OSError as exc:
            raise (exc if isinstance(exc, ZacniError) else _os_error(exc)) from None
    except ZacniError as exc:
        message = _one_line(exc.message)
        print(f"zacni: error: {message}", file=sys.stderr)
        if args.json:
            _emit(Result({"error": {"code": exc.code, "message": message}}), True)
        return 1
    except KeyboardInterrupt:
        print("zacni: interrupted", file=sys.stderr)
        return 130
    except Exception as exc:  # an unexpected failure: one line, not a traceback
        if os.environ.get("ZACNI_DEBUG"):
            traceback.print_exc()
        message = _one_line(str(exc))
        print(f"zacni: internal error: {type(exc).__name__}: {message}", file=sys.stderr)
        if args.json:
            _emit(Result({"error": {"code": "internal", "message": message}}), True)
        return 1
    try:
        _emit(result, args.json)
    except BrokenPipeError:  # `zacni … | head`: the reader has all it wanted; not an error to show
        os.dup2(os.open(os.devnull, os.O_WRONLY), sys.stdout.fileno())  # no second error at exit
    return result.exit_code


COMMANDS: dict[str, Handler] = {
    "init": cmd_init,
    "info": cmd_info,
    "demo": cmd_demo,
    "user add": cmd_user_add,
    "user list": cmd_user_list,
    "user passwd": cmd_user_passwd,
    "user unlock": cmd_user_unlock,
    "audit": cmd_audit,
    "person export": cmd_person_export,
    "person erase": cmd_person_erase,
    "person add": cmd_person_add,
    "person list": cmd_person_list,
    "person show": cmd_person_show,
    "interview add": cmd_interview_add,
    "interview list": cmd_interview_list,
    "interview show": cmd_interview_show,
    "consent add": cmd_consent_add,
    "story add": cmd_story_add,
    "story publish": cmd_story_publish,
    "story show": cmd_story_show,
    "import": cmd_import,
    "asset show": cmd_asset_show,
    "transcript import": cmd_transcript_import,
    "transcript export": cmd_transcript_export,
    "search": cmd_search,
    "reindex": cmd_reindex,
    "check": cmd_check,
    "backup": cmd_backup,
    "restore": cmd_restore,
    "gui": cmd_gui,
    **{command.key: command.handler for command in extension_commands()},
}

if __name__ == "__main__":
    sys.exit(main())
