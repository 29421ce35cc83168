"""What the window can do with each kind of record, in the shape the editors and undo work in.

Every operation is one core service call in one transaction, under the acting user, so the
window does exactly what the CLI would. An editor's values are the service's own keyword
arguments (subjects as labels, narrators as person ids, the place by name), which lets undo
write the old values back through the same `update_*` call, with the version check. A story's
status is one of its values too, written through stories.set_status (which checks consent before
publishing); a file is never created here (it is imported); a consent has no list section of
its own (it is reached from its person).
"""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass
from typing import Any

from sqlalchemy.orm import Session

from archive_schema import Consent, Place, Story, Subject
from zacni_app.core import catalogue_queries as queries
from zacni_app.core import link_choices, records, trash, vocabulary
from zacni_app.core.access import actor_of, asset_access, can, person_access
from zacni_app.core.archive import Actor, Archive
from zacni_app.core.assets import asset_catalogue, asset_dict, get_asset, update_asset
from zacni_app.core.catalogue_sections import TRASHABLE
from zacni_app.core.consents import (
    add_consent,
    consent_dict,
    consents_of,
    delete_consent,
    get_consent,
    update_consent,
)
from zacni_app.core.errors import ValidationError
from zacni_app.core.interviews import add_interview, get_interview, interview_dict, update_interview
from zacni_app.core.people import add_person, get_person, person_dict, update_person
from zacni_app.core.stories import add_story, blocker_reasons, set_status, update_story

Values = dict[str, Any]


@dataclass(frozen=True)
class RecordKind:
    kind: str
    section: str | None  # None: not listed on its own (a consent is reached from its person)
    load: Callable[[Session, int], tuple[Values, int]]
    update: Callable[[Session, int, int | None, Values], int]
    create: Callable[[Session, Values], tuple[int, int]] | None = None
    #: deletes for good (kinds with no trash): returns the values that would make it again
    remove: Callable[[Session, int, int | None], Values] | None = None


def _load_person(session: Session, record_id: int) -> tuple[Values, int]:
    person = get_person(session, record_id)
    data = person_dict(session, person)
    keep = ("name", "birth_year", "death_year", "locality", "access", "subjects", "bio", "notes")
    private = ("phone", "email", "address")
    values = {k: data[k] for k in keep + private if k in data}
    values["consents"] = [_consent_row(session, c) for c in consents_of(session, record_id)]
    values["interviews"] = link_choices.person_interviews(session, person)
    values["effective_access"] = person_access(session, person)
    return values, int(data["version"])


def _consent_row(session: Session, consent: Consent) -> Values:
    """A consent as the person's list shows it: what, for which interview, signed, withdrawn."""
    row = consent_dict(consent)
    row["interview"] = consent.interview.title if consent.interview is not None else None
    return row


def _update_person(session: Session, record_id: int, version: int | None, changes: Values) -> int:
    return update_person(session, record_id, expected_version=version, **changes).version


def _create_person(session: Session, values: Values) -> tuple[int, int]:
    person = add_person(session, **values)
    return person.id, person.version


def _load_interview(session: Session, record_id: int) -> tuple[Values, int]:
    interview = get_interview(session, record_id)
    data = interview_dict(session, interview)
    values: Values = {
        "title": data["title"],
        "recorded_on": data["date"],
        "place": data["place"],
        "language": data["language"],
        "status": data["status"],
        "access": data["access"],
        "narrators": [p["id"] for p in data["narrators"]],
        "interviewers": [p["id"] for p in data["interviewers"]],
        "subjects": data["subjects"],
        "summary": data["summary"],
        "notes": interview.notes,
        "files": link_choices.interview_files(session, interview),
        "effective_access": data["effective_access"],
    }
    return values, int(data["version"])


def _update_interview(session: Session, record_id: int, version: int | None, changes: Values) -> int:
    return update_interview(session, record_id, expected_version=version, **changes).version


def _create_interview(session: Session, values: Values) -> tuple[int, int]:
    interview = add_interview(session, **values)
    return interview.id, interview.version


def _load_asset(session: Session, record_id: int) -> tuple[Values, int]:
    asset = get_asset(session, record_id)
    values = asset_catalogue(asset)
    values["file"] = asset_dict(asset)  # what the file itself says, shown but never saved
    values["effective_access"] = asset_access(session, asset)
    return values, int(values.pop("version"))


def _update_asset(session: Session, record_id: int, version: int | None, changes: Values) -> int:
    return update_asset(session, record_id, expected_version=version, **changes).version


STORY_FIELDS = ("title", "lead", "body", "status", "hero_asset_id")


def _load_story(session: Session, record_id: int) -> tuple[Values, int]:
    story = records.get(session, Story, record_id)
    values: Values = {k: getattr(story, k) for k in STORY_FIELDS}
    values.update(
        interviews=[i.id for i in story.interviews],
        assets=[a.id for a in story.assets],
        people=[p.id for p in story.people],
        slug=story.slug,
        blockers=blocker_reasons(session, story),
    )
    return values, story.version


def _update_story(session: Session, record_id: int, version: int | None, changes: Values) -> int:
    """Fields and links through update_story; the status through set_status, which checks consent."""
    status = changes.pop("status", None)
    story = records.get(session, Story, record_id)
    if changes:
        story = update_story(session, record_id, expected_version=version, **changes)
        version = None  # checked just now, in this transaction
    if status is not None and status != story.status:
        story = set_status(session, record_id, status, expected_version=version)
    elif not changes:
        records.check_version(story, version)  # nothing to change, but never over another PC's edit
    return story.version


def _create_story(session: Session, values: Values) -> tuple[int, int]:
    status = values.pop("status", "draft")
    story = add_story(session, **values)
    if status != "draft":
        story = set_status(session, story.id, status)
    return story.id, story.version


CONSENT_FIELDS = ("person_id", "interview_id", "scope", "signed_on", "embargo_until", "withdrawn_on")


def _load_consent(session: Session, record_id: int) -> tuple[Values, int]:
    consent = get_consent(session, record_id)
    values: Values = {k: getattr(consent, k) for k in (*CONSENT_FIELDS, "scan_asset_id")}
    for field in ("signed_on", "embargo_until", "withdrawn_on"):
        values[field] = values[field].isoformat() if values[field] else None
    if can(actor_of(session), "read_private"):
        values["notes"] = consent.notes
    values["person"] = consent.person.name
    return values, consent.version


def _update_consent(session: Session, record_id: int, version: int | None, changes: Values) -> int:
    return update_consent(session, record_id, expected_version=version, **changes).version


def _create_consent(session: Session, values: Values) -> tuple[int, int]:
    if values.get("person_id") is None:
        raise ValidationError("person", "must not be empty")
    consent = add_consent(session, **values)
    return consent.id, consent.version


def _load_subject(session: Session, record_id: int) -> tuple[Values, int]:
    data = vocabulary.subject_dict(records.get(session, Subject, record_id))
    return {k: data[k] for k in ("label", "label_en", "parent", "scope_note")}, int(data["version"])


def _update_subject(session: Session, record_id: int, version: int | None, changes: Values) -> int:
    return vocabulary.update_subject(session, record_id, expected_version=version, **changes).version


def _create_subject(session: Session, values: Values) -> tuple[int, int]:
    term = vocabulary.add_subject(session, **values)
    return term.id, term.version


def _load_place(session: Session, record_id: int) -> tuple[Values, int]:
    data = vocabulary.place_dict(records.get(session, Place, record_id))
    keep = ("name", "kind", "parent", "teryt", "latitude", "longitude")
    return {k: data[k] for k in keep}, int(data["version"])


def _update_place(session: Session, record_id: int, version: int | None, changes: Values) -> int:
    return vocabulary.update_place(session, record_id, expected_version=version, **changes).version


def _create_place(session: Session, values: Values) -> tuple[int, int]:
    place = vocabulary.add_place(session, **values)
    return place.id, place.version


KINDS: dict[str, RecordKind] = {
    "person": RecordKind("person", "people", _load_person, _update_person, _create_person),
    "interview": RecordKind("interview", "interviews", _load_interview, _update_interview, _create_interview),
    "asset": RecordKind("asset", "assets", _load_asset, _update_asset),
    "story": RecordKind("story", "stories", _load_story, _update_story, _create_story),
    "consent": RecordKind(
        "consent",
        None,
        _load_consent,
        _update_consent,
        _create_consent,
        lambda s, record_id, version: delete_consent(s, record_id, expected_version=version),
    ),
    "subject": RecordKind(
        "subject",
        "subjects",
        _load_subject,
        _update_subject,
        _create_subject,
        lambda s, record_id, version: vocabulary.delete_subject(s, record_id, expected_version=version),
    ),
    "place": RecordKind("place", "places", _load_place, _update_place, _create_place),
}

#: The completion lists editors ask for (RecordEditor.CHOICES), each read for the acting user.
CHOICES: dict[str, Callable[[Session], Any]] = {
    "people": queries.people_choices,
    "subjects": queries.subject_labels,
    "places": queries.place_names,
    "interviews": link_choices.interview_choices,
    "assets": lambda s: link_choices.asset_choices(s, ("image", "audio", "video")),
    "photos": lambda s: link_choices.asset_choices(s, ("image",)),
    "scans": lambda s: link_choices.asset_choices(s, ("document", "image")),
    "collections": link_choices.collection_names,
}

#: The kind of record each list section shows (the mixed sections carry it in their keys).
SECTION_KINDS = {
    "people": "person",
    "interviews": "interview",
    "assets": "asset",
    "stories": "story",
    "collections": "collection",
    "subjects": "subject",
    "places": "place",
}


class Records:
    """The acting user's door to the catalogue: load, save, create, trash and restore records."""

    def __init__(self, archive: Archive, actor: Actor) -> None:
        self.archive = archive
        self.actor = actor
        #: (kind, id) of a record deleted and made again by undo/redo → the id it has now
        self.replaced: dict[tuple[str, int], int] = {}

    def current_id(self, kind: str, record_id: int) -> int:
        """The id a record has now: a record made again (redo of its creation) has a new one."""
        return self.replaced.get((kind, record_id), record_id)

    def load(self, kind: str, record_id: int) -> tuple[Values, int]:
        with self.archive.session(self.actor) as s:
            return KINDS[kind].load(s, record_id)

    def update(self, kind: str, record_id: int, version: int | None, changes: Values) -> int:
        with self.archive.transaction(self.actor) as s:
            return KINDS[kind].update(s, record_id, version, dict(changes))

    def create(self, kind: str, values: Values) -> tuple[int, int]:
        create = KINDS[kind].create
        if create is None:
            raise ValidationError("kind", f"a {kind} cannot be added here")
        with self.archive.transaction(self.actor) as s:
            return create(s, dict(values))

    @staticmethod
    def deletable(kind: str) -> bool:
        """Whether records of `kind`, having no trash, are deleted for good (and made again by undo)."""
        return kind in KINDS and KINDS[kind].remove is not None

    def remove(self, kind: str, record_id: int, version: int | None) -> Values:
        remove = KINDS[kind].remove
        if remove is None:
            raise ValidationError("kind", f"a {kind} cannot be deleted here")
        with self.archive.transaction(self.actor) as s:
            return remove(s, record_id, version)

    def choices(self, names: tuple[str, ...]) -> dict[str, Any]:
        with self.archive.session(self.actor) as s:
            return {name: CHOICES[name](s) for name in names}

    @staticmethod
    def listed(kind: str) -> bool:
        """Whether records of `kind` have a list section of their own (a consent has none)."""
        return kind in KINDS and KINDS[kind].section is not None

    @staticmethod
    def trashable(kind: str) -> bool:
        return kind in TRASHABLE

    def trash(self, kind: str, record_id: int, version: int | None) -> int:
        with self.archive.transaction(self.actor) as s:
            return trash.trash_record(s, kind, record_id, expected_version=version)

    def restore(self, kind: str, record_id: int) -> int:
        with self.archive.transaction(self.actor) as s:
            return trash.restore_record(s, kind, record_id)

    def empty_trash(self, keys: list[tuple[str, int]] | None = None) -> int:
        return trash.empty_trash(self.archive, self.actor, keys)
