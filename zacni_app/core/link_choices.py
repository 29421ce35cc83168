"""What the editors' linking fields offer: interviews, files and collections by name.

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

from archive_schema import Asset, Collection, Interview
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
