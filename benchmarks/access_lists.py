"""How long does a researcher wait for a list, when consents decide what it may hold?

Makes a throwaway archive (bulk SQL, no media files): 100,000 files, 2,000 people, 1,000
interviews with a narrator and a consent each (one in fifty withdrawn), 20,000 files in those
interviews and 10,000 photos with someone seen in them. Then, for a researcher, it times the ids
of the Zdjęcia i nagrania, Osoby and Wywiady lists (catalogue_queries.section_ids, which reads
every consent once: access_book), against the baseline of asking access.py record by record
for the same records in the same process, and checks both give the same lists.

    .venv/bin/python benchmarks/access_lists.py
"""

from __future__ import annotations

import random
import sys
import tempfile
import time
from datetime import UTC, date, datetime
from pathlib import Path
from typing import Any

REPO = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(REPO))

NOW = datetime(2025, 1, 1, tzinfo=UTC)


def _base(prefix: int, n: int) -> dict[str, object]:
    return {
        "created_at": NOW,
        "updated_at": NOW,
        "version": 1,
        "uid": f"{prefix}0000000-0000-4000-8000-{n:012d}",
    }


def make_archive(root: Path) -> None:
    from sqlalchemy import insert, update

    from archive_schema import Asset, AssetPerson, Consent, Interview, InterviewPerson, Person
    from tests.test_ui_fixtures import insert_assets
    from zacni_app.core.archive import Archive
    from zacni_app.core.users import add_user

    rng = random.Random(1)
    with Archive.create(root) as archive:
        insert_assets(archive, 100_000)
        with archive.transaction() as s:
            add_user(s, name="badacz", role="researcher")
        with archive.engine.begin() as c:
            people = [
                {**_base(2, n), "name": f"Osoba {n}", "sort_name": f"osoba {n}", "access": "research"}
                for n in range(1, 2001)
            ]
            c.execute(insert(Person.__table__), people)
            interviews = [
                {
                    **_base(3, n),
                    "title": f"Wywiad {n}",
                    "language": "pl",
                    "status": "catalogued",
                    "access": "research",
                }
                for n in range(1, 1001)
            ]
            c.execute(insert(Interview.__table__), interviews)
            narrators = [
                {"interview_id": n, "person_id": n, "role": "narrator", "position": 0} for n in range(1, 1001)
            ]
            c.execute(insert(InterviewPerson.__table__), narrators)
            consents = [
                {
                    **_base(4, n),
                    "person_id": n,
                    "scope": rng.choice(["research", "publish", "archive"]),
                    "signed_on": date(2024, 1, 1),
                    "withdrawn_on": date(2025, 1, 1) if n % 50 == 0 else None,
                }
                for n in range(1, 1001)
            ]
            c.execute(insert(Consent.__table__), consents)
            assets = Asset.__table__.c
            c.execute(
                update(Asset.__table__).where(assets.id <= 20_000).values(interview_id=(assets.id % 1000) + 1)
            )
            seen = [
                {"asset_id": 20_000 + n, "person_id": (n % 1500) + 1, "role": "depicted"}
                for n in range(1, 10_001)
            ]
            c.execute(insert(AssetPerson.__table__), seen)


def record_by_record(session: object, section: str) -> set[int]:
    """The baseline: every live record of the section, asked of access.py one at a time."""
    from sqlalchemy import select

    from archive_schema import Asset, Interview, Person
    from zacni_app.core import access

    s: Any = session
    actor = access.actor_of(s)
    if section == "assets":
        return {
            a.id
            for a in s.scalars(select(Asset).where(Asset.deleted_at.is_(None)))
            if access.may_see(actor, access.asset_access(s, a))
        }
    if section == "people":
        return {
            p.id
            for p in s.scalars(select(Person).where(Person.deleted_at.is_(None)))
            if access.may_see(actor, access.person_access(s, p))
        }
    return {
        i.id
        for i in s.scalars(select(Interview).where(Interview.deleted_at.is_(None)))
        if access.may_see(actor, access.interview_access(s, i))
    }


def main() -> None:
    from zacni_app.core.archive import Archive
    from zacni_app.core.catalogue_queries import section_ids

    with tempfile.TemporaryDirectory(prefix="zacni-access-bench-") as scratch:
        root = Path(scratch) / "archive"
        began = time.perf_counter()
        make_archive(root)
        print(
            f"archive of 100,000 files, 2,000 people, 1,000 interviews:"
            f" made in {time.perf_counter() - began:.1f} s"
        )
        with Archive.open(root) as archive:
            for section in ("assets", "people", "interviews"):
                with archive.session("badacz") as s:
                    began = time.perf_counter()
                    listed = section_ids(s, section)
                    fast = time.perf_counter() - began
                with archive.session("badacz") as s:
                    began = time.perf_counter()
                    expected = record_by_record(s, section)
                    slow = time.perf_counter() - began
                same = "same records" if set(listed) == expected else "DIFFERENT RECORDS"
                print(
                    f"{section:10} {len(listed):7,} listed for a researcher in {fast * 1000:6.0f} ms; "
                    f"record by record {slow * 1000:7.0f} ms: {slow / fast:5.1f} × faster ({same})"
                )


if __name__ == "__main__":
    main()
