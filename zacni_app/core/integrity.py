"""`zacni check`: are the masters what we stored, and do the database and media/ agree?

Problems found: a master whose bytes no longer hash to its name ("fixity"), a row whose master is
missing ("missing"), a file in media/ no row refers to ("orphan_file"), a temp file left by a
crashed import ("leftover"), and the database's own integrity check failing ("database").
"""

from __future__ import annotations

from concurrent.futures import ThreadPoolExecutor
from pathlib import Path
from typing import Any

from sqlalchemy import insert, select, text

from archive_schema import Asset, AuditEvent
from archive_schema.base import utcnow
from zacni_app.core import media_store
from zacni_app.core.archive import Archive
from zacni_app.core.progress import CancelFlag, ProgressCallback, ProgressUpdate, no_progress


def _problem(
    kind: str, detail: str, *, asset_id: int | None = None, path: str | None = None
) -> dict[str, Any]:
    return {"kind": kind, "asset_id": asset_id, "path": path, "detail": detail}


def check_archive(
    archive: Archive,
    *,
    progress: ProgressCallback = no_progress,
    cancel: CancelFlag | None = None,
    user: str = "admin",
    record: bool = True,
) -> dict[str, Any]:
    """Check every master and the database; with `record`, the outcome joins the audit trail."""
    problems = _database_problems(archive)
    with archive.session(user) as s:
        assets = s.execute(select(Asset.id, Asset.sha256, Asset.ext, Asset.size)).all()
    expected = {media_store.relpath_for(sha256, ext): asset_id for asset_id, sha256, ext, _ in assets}

    def audit(row: Any) -> dict[str, Any] | None:
        return _fixity(archive.media_root, row, cancel)

    # Hashing releases the GIL: two threads keep both cores (or the disk) busy.
    with ThreadPoolExecutor(2) as pool:
        for done, found in enumerate(pool.map(audit, assets)):
            progress(ProgressUpdate(done + 1, len(assets), "SHA-256"))
            if found is not None:
                problems.append(found)
    progress(ProgressUpdate(len(assets), len(assets), ""))
    problems.extend(_stray_files(archive.media_root, expected))
    report = {"ok": not problems, "assets": len(assets), "problems": problems}
    if record:
        record_check(archive, report, user)
    return report


def record_check(archive: Archive, report: dict[str, Any], user: str) -> None:
    """Preservation events, PREMIS-style: one 'fixity_check' for the run (when, outcome, counts)
    and one per asset that failed, so an asset's history shows when its master was last whole."""
    now = utcnow()
    kinds: dict[str, int] = {}
    for p in report["problems"]:
        kinds[p["kind"]] = kinds.get(p["kind"], 0) + 1
    outcome = "pass" if report["ok"] else "fail"
    rows = [
        {
            "at": now,
            "user_name": user,
            "action": "fixity_check",
            "entity": "archive",
            "entity_id": None,
            "changes": {"outcome": outcome, "assets": report["assets"], "problems": kinds},
            "detail": None,
        }
    ]
    for p in report["problems"]:
        if p["asset_id"] is not None:
            rows.append(
                {
                    "at": now,
                    "user_name": user,
                    "action": "fixity_check",
                    "entity": "asset",
                    "entity_id": p["asset_id"],
                    "changes": {"outcome": "fail", "kind": p["kind"]},
                    "detail": p["detail"],
                }
            )
    with archive.engine.begin() as conn:
        conn.execute(insert(AuditEvent), rows)


def _fixity(media_root: Path, row: Any, cancel: CancelFlag | None) -> dict[str, Any] | None:
    asset_id, sha256, ext, size = row
    rel = media_store.relpath_for(sha256, ext)
    path = media_root / rel
    if not path.is_file():
        return _problem("missing", "the master file is missing", asset_id=asset_id, path=rel)
    actual = media_store.hash_file(path, cancel)
    if actual != sha256:
        detail = f"content changed: SHA-256 is {actual}, expected {sha256}"
        return _problem("fixity", detail, asset_id=asset_id, path=rel)
    if path.stat().st_size != size:
        return _problem("fixity", "size differs from the record", asset_id=asset_id, path=rel)
    return None


def _database_problems(archive: Archive) -> list[dict[str, Any]]:
    if not archive.is_sqlite:
        return []
    with archive.engine.connect() as conn:
        rows = [r[0] for r in conn.execute(text("PRAGMA integrity_check"))]
        fk = conn.execute(text("PRAGMA foreign_key_check")).all()
    problems = [_problem("database", row) for row in rows if row != "ok"]
    problems += [_problem("database", f"broken reference in {r[0]} row {r[1]} to {r[2]}") for r in fk]
    return problems


def _stray_files(media_root: Path, expected: dict[str, int]) -> list[dict[str, Any]]:
    problems = []
    for path in sorted(media_root.rglob("*")):
        if not path.is_file():
            continue
        rel = path.relative_to(media_root).as_posix()
        if rel.startswith(".incoming/"):
            problems.append(_problem("leftover", "temporary file of an interrupted import", path=rel))
        elif rel not in expected:
            problems.append(
                _problem(
                    "orphan_file",
                    (
                        "no asset record refers to this file (an import stopped before saving its record "
                        "leaves one: importing the same file again completes it)"
                    ),
                    path=rel,
                )
            )
    return problems
