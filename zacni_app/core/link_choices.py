"""What the editors' linking fields offer (interviews, files and collections by name), and what
an editor lists as linked to its record (an interview's files, a person's interviews).

A story links interviews and photos, a file its interview, a consent its interview and scanned
form; the editor completes what is typed from these lists. They hold only what the acting user
may see, in the list's own order: the ids come from catalogue_queries.section_ids (the one query
that applies access to each section), the names from one query of two columns (no IN list of
ids, which would grow with the archive).
"""

from __future__ import annotations

from collections.abc import Collection as Many

from sqlalchemy import func, select
from sqlalchemy.orm import Session

from archive_schema import Asset, Collection, Interview, Person
from zacni_app.core import polish
from zacni_app.core.access import actor_of, asset_access, interview_access, may_see
from zacni_app.core.catalogue_queries import section_ids

Choice = tuple[int, str]


def interview_choices(session: Session) -> list[Choice]:
    """(id, title) of the interviews the actor may see, in Polish order of title."""
    titles = {int(r[0]): str(r[1]) for r in session.execute(select(Interview.id, Interview.title))}
    return [(k, titles[k]) for k in section_ids(session, "interviews") if isinstance(k, int) and k in titles]


def asset_choices(session: Session, kinds: Many[str] | None = None) -> list[Choice]:
    """(id, title or file name) of the files the actor may see, of the given kinds, newest first:
    the order the database sorts in (a tenth of the time a Polish sort of 100,000 titles takes),
    and the files one links to a story are most often the ones just imported."""
    query = select(Asset.id, func.coalesce(Asset.title, Asset.original_name))
    if kinds is not None:
        query = query.where(Asset.kind.in_(list(kinds)))
    names = {int(r[0]): str(r[1]) for r in session.execute(query)}
    ordered = section_ids(session, "assets")
    return [(k, names[k]) for k in ordered if isinstance(k, int) and k in names]


def collection_names(session: Session) -> list[str]:
    """Names of the live collections, in Polish order."""
    ids = section_ids(session, "collections")
    names = {int(r[0]): str(r[1]) for r in session.execute(select(Collection.id, Collection.name))}
    return [names[k] for k in ids if isinstance(k, int) and k in names]


# -- what an editor lists as linked to its record ---------------------------------------------
#: One linked record as an editor lists it: its kind, id, title and a word about the link.
Related = dict[str, object]


def interview_files(session: Session, interview: Interview) -> list[Related]:
    """The interview's live files the actor may see (a closed photo stays out of a researcher's
    list), recordings first, then by title."""
    actor = actor_of(session)
    rows: list[Related] = []
    for asset in interview.assets:
        if asset.deleted_at is not None or not may_see(actor, asset_access(session, asset)):
            continue
        rows.append(
            {
                "kind": "asset",
                "id": asset.id,
                "title": asset.title or asset.original_name,
                "what": asset.kind,
                "duration_ms": asset.duration_ms,
            }
        )
    order = {"audio": 0, "video": 1, "image": 2, "document": 3}
    rows.sort(key=lambda r: (order.get(str(r["what"]), 4), polish.sort_key(str(r["title"]))))
    return rows


def person_interviews(session: Session, person: Person) -> list[Related]:
    """The live interviews the person took part in and the actor may see, with their role, oldest first."""
    actor = actor_of(session)
    rows: list[Related] = []
    for part in person.participations:
        interview = part.interview
        if interview is None or interview.deleted_at is not None:
            continue
        if not may_see(actor, interview_access(session, interview)):
            continue
        rows.append(
            {
                "kind": "interview",
                "id": interview.id,
                "title": interview.title,
                "what": part.role,
                "date": interview.recorded_on.isoformat() if interview.recorded_on else None,
            }
        )
    rows.sort(key=lambda r: (str(r["date"] or "9999"), polish.sort_key(str(r["title"]))))
    return rows
