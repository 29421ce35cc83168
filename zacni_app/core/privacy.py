"""GDPR/RODO rights of the people in the archive: subject access (art. 15) and erasure (art. 17).

Subject access gathers everything the archive holds about one person into one JSON document for
that person. It is the one place private fields (phone, e-mail, address) leave the archive, so it
needs "read_private" and is itself recorded in the audit.

Erasure removes a person and the material that is theirs alone, or, under the archival exemption
(art. 17(3)(d)), anonymises them and keeps the material. Either way the audit keeps a minimal record
("person erased on request", when, who: never the name), and earlier audit events about the
erased records have their values masked (field names, who and when stay), because an audit that
still says "name: [null, 'Halina Żurek']" would undo the erasure. Masters are deleted from media/
only after the database has committed, so a failure leaves a stray file (`zacni check` reports
it) rather than a record without its file. Backups made earlier still hold everything: the answer
lists them and says so.
"""

from __future__ import annotations

import contextlib
import json
import os
import tempfile
from collections.abc import Iterable
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

from sqlalchemy import or_, select, update
from sqlalchemy.orm import Session

from archive_schema import (
    Asset,
    AssetPerson,
    AuditEvent,
    Consent,
    Cue,
    Interview,
    InterviewPerson,
    Person,
    Story,
    Transcript,
)
from archive_schema.base import utcnow
from zacni_app.core import audit, records
from zacni_app.core.access import actor_of, can, require
from zacni_app.core.archive import Actor, Archive
from zacni_app.core.audit_log import event_dict
from zacni_app.core.errors import PermissionDenied, ZacniError

ERASED_SPEAKER = "[usunięto]"
FORMAT = "zacni-subject-access/1"
_CHUNK = 500


# -- subject access ------------------------------------------------------------------------------
def subject_access(archive: Archive, person_id: int, user: str | Actor) -> dict[str, Any]:
    """Everything the archive holds about the person, as plain values; the export is audited."""
    with archive.transaction(user) as s:
        data = _gather(s, person_id)
        _record_export(s, person_id, data["items"])
    return data


def export_subject(archive: Archive, person_id: int, user: str | Actor, path: Path) -> dict[str, Any]:
    """Write the subject-access document to `path` (readable by its owner only): the file appears
    whole or not at all, and the audit event exists exactly when the file does."""
    target = path.expanduser()
    if not target.parent.is_dir():
        raise ZacniError(f"cannot write {target}: the folder {target.parent} does not exist", code="invalid")
    written = False
    try:
        with archive.transaction(user) as s:
            data = _gather(s, person_id)
            _record_export(s, person_id, data["items"])
            _write_atomically(target, json.dumps(data, ensure_ascii=False, indent=2, default=str) + "\n")
            written = True
    except BaseException:
        if written:  # the commit failed after the file was in place: no unaudited copy stays behind
            target.unlink(missing_ok=True)
        raise
    return {"file": str(target), "person_id": person_id, "items": data["items"]}


def _gather(s: Session, person_id: int) -> dict[str, Any]:
    actor = require(s, "read_private")
    person = records.get(s, Person, person_id, include_trash=True)
    consents = list(s.scalars(select(Consent).where(Consent.person_id == person_id).order_by(Consent.id)))
    links = list(s.scalars(select(AssetPerson).where(AssetPerson.person_id == person_id)))
    transcripts = _transcripts_of(s, person, [link.asset_id for link in links])
    by_id = {t.id: t for t in transcripts}
    sections: dict[str, list[dict[str, Any]]] = {
        "consents": [_consent_record(c) for c in consents],
        "interviews": [_interview_record(p) for p in person.participations],
        "assets": [_asset_record(link) for link in links],
        "cues": [_cue_record(c, by_id) for c in _cues_spoken_by(s, person, transcripts)],
        "stories": [_story_record(story, person) for story in _stories_naming(s, person)],
        "audit_events": [
            event_dict(e) for e in _events_about(s, {"person": [person_id], "consent": _ids(consents)})
        ],
    }
    items = 1 + sum(len(v) for v in sections.values())
    head = {"format": FORMAT, "exported_at": utcnow().isoformat(), "exported_by": actor.name, "items": items}
    return {**head, "person": _person_record(person), **sections}


def _record_export(s: Session, person_id: int, items: int) -> None:
    s.add(
        AuditEvent(
            at=utcnow(),
            user_name=actor_of(s).name,
            action="subject_access_export",
            entity="person",
            entity_id=person_id,
            changes={"items": [None, items]},
            detail="subject access export (GDPR/RODO art. 15)",
        )
    )


def _person_record(person: Person) -> dict[str, Any]:
    data = _fields(person, [c.key for c in Person.__table__.columns])
    return {**data, "subjects": [s.label for s in person.subjects]}


def _consent_record(c: Consent) -> dict[str, Any]:
    keys = ("id", "interview_id", "scope", "signed_on", "embargo_until", "withdrawn_on", "scan_asset_id")
    return _fields(c, [*keys, "notes"])


def _interview_record(link: InterviewPerson) -> dict[str, Any]:
    i = link.interview
    data = _fields(i, ["id", "uid", "title", "recorded_on", "summary", "access"])
    return {**data, "role": link.role, "place": i.place.name if i.place else None,
            "assets": [a.id for a in i.assets]}  # fmt: skip


def _asset_record(link: AssetPerson) -> dict[str, Any]:
    keys = ["id", "kind", "title", "original_name", "sha256", "taken_at", "interview_id"]
    return {**_fields(link.asset, keys), "role": link.role}


def _cue_record(c: Cue, transcripts: dict[int, Transcript]) -> dict[str, Any]:
    t = transcripts[c.transcript_id]
    return {"asset_id": t.asset_id, "language": t.language,
            **_fields(c, ["start_ms", "end_ms", "speaker", "text", "access"])}  # fmt: skip


def _story_record(story: Story, person: Person) -> dict[str, Any]:
    linked = any(p.id == person.id for p in story.people)
    return {**_fields(story, ["id", "title", "status", "lead", "body"]), "linked": linked}


def _fields(obj: Any, keys: Iterable[str]) -> dict[str, Any]:
    return {key: _plain(getattr(obj, key)) for key in keys}


# -- what belongs to a person --------------------------------------------------------------------
def _transcripts_of(s: Session, person: Person, asset_ids: Iterable[int]) -> list[Transcript]:
    """Transcripts of recordings the person is linked to, directly or through an interview.

    Cue speakers are free text, so a speaker is matched by name only inside these transcripts:
    a namesake speaking in someone else's interview is not taken for this person.
    """
    interview_ids = [p.interview_id for p in person.participations]
    query = select(Transcript).join(Asset, Transcript.asset_id == Asset.id)
    query = query.where(or_(Asset.id.in_(list(asset_ids)), Asset.interview_id.in_(interview_ids)))
    return list(s.scalars(query))


def _same_name(speaker: str | None, name: str) -> bool:
    return speaker is not None and speaker.strip().casefold() == name.strip().casefold()


def _cues_spoken_by(s: Session, person: Person, transcripts: list[Transcript]) -> list[Cue]:
    ids = [t.id for t in transcripts]
    cues = s.scalars(select(Cue).where(Cue.transcript_id.in_(ids), Cue.speaker.is_not(None)).order_by(Cue.id))
    return [c for c in cues if _same_name(c.speaker, person.name)]


def _stories_naming(s: Session, person: Person) -> list[Story]:
    """Stories linked to the person or mentioning their full name in the title, lead or body."""
    name = person.name.casefold()
    found = []
    for story in s.scalars(select(Story).order_by(Story.id)):
        text = " ".join(filter(None, (story.title, story.lead, story.body))).casefold()
        if any(p.id == person.id for p in story.people) or name in text:
            found.append(story)
    return found


def _events_about(s: Session, targets: dict[str, list[int]]) -> list[AuditEvent]:
    found: list[AuditEvent] = []
    for entity, ids in targets.items():
        for chunk in _chunks(ids):
            query = select(AuditEvent).where(AuditEvent.entity == entity, AuditEvent.entity_id.in_(chunk))
            found.extend(s.scalars(query))
    return sorted(found, key=lambda e: e.id)


# -- erasure -------------------------------------------------------------------------------------
@dataclass
class _Erasure:
    """What one erasure did, gathered as it goes."""

    mode: str
    removed: dict[str, list[int]] = field(default_factory=dict)
    anonymised: dict[str, Any] = field(default_factory=dict)
    review: dict[str, list[int]] = field(default_factory=dict)
    masters: list[tuple[str, str]] = field(default_factory=list)
    redact: dict[str, set[int]] = field(default_factory=dict)
    redact_fields: dict[str, set[int]] = field(default_factory=dict)

    def note(self, section: dict[str, Any], kind: str, record_id: int) -> None:
        ids = section.setdefault(kind, [])
        if record_id not in ids:
            ids.append(record_id)


def erase_person(
    archive: Archive, person_id: int, user: str | Actor, *, keep_archival: bool
) -> dict[str, Any]:
    """Erase a person on request (admins only); see the module docstring for what happens."""
    erasure = _Erasure("anonymised" if keep_archival else "removed")
    with archive.transaction(user) as s:
        actor = actor_of(s)
        if not can(actor, "manage_users"):
            raise PermissionDenied(f"user {actor.name!r} ({actor.role}) may not erase people: admins only")
        person = records.get(s, Person, person_id, include_trash=True)
        with audit.redacting(s):
            if keep_archival:
                _anonymise(s, person, erasure)
            else:
                _remove(s, person, erasure)
            s.flush()
        redacted = _redact_history(s, archive, erasure)
        _record_erasure(s, actor, person_id, erasure, redacted)
    files = _remove_masters(archive, erasure.masters)
    return _report(archive, person_id, erasure, redacted, files)


def _speaker_transcripts(s: Session, person: Person) -> list[Transcript]:
    links = s.scalars(select(AssetPerson.asset_id).where(AssetPerson.person_id == person.id))
    return _transcripts_of(s, person, list(links))


def _rename_speaker(s: Session, person: Person, transcripts: list[Transcript], erasure: _Erasure) -> None:
    """Cues where the person speaks keep their words but lose the name."""
    renamed = 0
    for transcript in transcripts:
        cues = [c for c in transcript.cues if _same_name(c.speaker, person.name)]
        for cue in cues:
            cue.speaker = ERASED_SPEAKER
            erasure.redact_fields.setdefault("cue", set()).add(cue.id)
        if cues:
            transcript.updated_at = utcnow()  # the transcript's version guards its cues
            erasure.note(erasure.anonymised, "transcripts", transcript.id)
            renamed += len(cues)
    erasure.anonymised["cues_renamed"] = erasure.anonymised.get("cues_renamed", 0) + renamed


def _anonymise(s: Session, person: Person, erasure: _Erasure) -> None:
    """The archival exemption: the material stays, nothing in it says who the person was."""
    _rename_speaker(s, person, _speaker_transcripts(s, person), erasure)
    label = f"Osoba usunięta #{person.id}"
    person.name = person.sort_name = label
    for key in ("birth_year", "death_year", "locality", "bio", "notes", *Person.PRIVATE_FIELDS):
        setattr(person, key, None)
    person.subjects = []
    person.access = "closed"
    erasure.note(erasure.anonymised, "person", person.id)
    erasure.redact.setdefault("person", set()).add(person.id)
    _note_for_review(s, person, erasure)
    for consent_id in s.scalars(select(Consent.id).where(Consent.person_id == person.id)):
        erasure.note(erasure.review, "consents", consent_id)  # kept as the legal record; forms name them


def _remove(s: Session, person: Person, erasure: _Erasure) -> None:
    """Remove the person, their consents, and interviews (with files) they alone narrate."""
    for link in list(person.participations):
        interview = link.interview
        narrators = {p.id for p in interview.people("narrator")}
        if narrators == {person.id}:
            _remove_interview(s, interview, erasure)
        else:
            erasure.note(erasure.anonymised, "unlinked_from_interviews", interview.id)
    for consent in s.scalars(select(Consent).where(Consent.person_id == person.id)):
        _remove_consent(s, consent, erasure)
    s.flush()
    s.expire(person, ["participations"])  # links that went with a removed interview are gone
    _rename_speaker(s, person, _speaker_transcripts(s, person), erasure)  # only what stays
    _note_for_review(s, person, erasure)
    s.delete(person)
    erasure.note(erasure.removed, "person", person.id)
    erasure.redact.setdefault("person", set()).add(person.id)


def _remove_interview(s: Session, interview: Interview, erasure: _Erasure) -> None:
    if interview.id in erasure.removed.get("interviews", []):
        return
    for asset in list(interview.assets):
        _remove_asset(s, asset, erasure)
    # Consents for this interview (the interviewer's too) go with it; deleted here so they are audited.
    for consent in s.scalars(select(Consent).where(Consent.interview_id == interview.id)):
        _remove_consent(s, consent, erasure)
    s.delete(interview)
    erasure.note(erasure.removed, "interviews", interview.id)
    erasure.redact.setdefault("interview", set()).add(interview.id)


def _remove_consent(s: Session, consent: Consent, erasure: _Erasure) -> None:
    if consent.id in erasure.removed.get("consents", []):
        return
    scan = consent.scan
    s.delete(consent)
    erasure.note(erasure.removed, "consents", consent.id)
    erasure.redact.setdefault("consent", set()).add(consent.id)
    if scan is None:
        return
    others = s.scalars(
        select(Consent.id).where(Consent.scan_asset_id == scan.id, Consent.id != consent.id).limit(1)
    ).first()
    if others is None:  # the signed form of this person alone: it carries their name and signature
        _remove_asset(s, scan, erasure)


def _remove_asset(s: Session, asset: Asset, erasure: _Erasure) -> None:
    if asset.id in erasure.removed.get("assets", []):
        return
    transcripts = list(s.scalars(select(Transcript.id).where(Transcript.asset_id == asset.id)))
    cue_ids = _ids_in(s, Cue.id, Cue.transcript_id, transcripts)
    erasure.redact.setdefault("transcript", set()).update(transcripts)
    erasure.redact.setdefault("cue", set()).update(cue_ids)
    erasure.redact.setdefault("asset", set()).add(asset.id)
    erasure.masters.append((asset.sha256, asset.media_relpath))
    erasure.note(erasure.removed, "assets", asset.id)
    s.delete(asset)


def _note_for_review(s: Session, person: Person, erasure: _Erasure) -> None:
    """What stays but may still show the person: photos of them, stories naming them."""
    removed = set(erasure.removed.get("assets", []))
    for link in s.scalars(select(AssetPerson).where(AssetPerson.person_id == person.id)):
        if link.asset_id not in removed:
            erasure.note(erasure.review, "assets", link.asset_id)
    for story in _stories_naming(s, person):
        erasure.note(erasure.review, "stories", story.id)


def _ids_in(s: Session, column: Any, key: Any, values: list[int]) -> list[int]:
    found: list[int] = []
    for chunk in _chunks(values):
        found.extend(s.scalars(select(column).where(key.in_(chunk))))
    return found


def _redact_history(s: Session, archive: Archive, erasure: _Erasure) -> int | None:
    """Mask the values of earlier audit events about erased records; None where the server forbids.

    On PostgreSQL no role of the app may UPDATE audit_event (pg_roles), so the history is left as
    it is there and the answer says so.
    """
    if not archive.is_sqlite:
        return None
    count = 0
    for entity, ids in erasure.redact.items():
        count += _mask_events(s, entity, ids, fields=None)
    fields_only = erasure.redact_fields.get("cue", set()) - erasure.redact.get("cue", set())
    count += _mask_events(s, "cue", fields_only, fields={"speaker"})
    return count


def _mask_events(s: Session, entity: str, ids: Iterable[int], *, fields: set[str] | None) -> int:
    count = 0
    for event in _events_about(s, {entity: sorted(ids)}):
        masked = {
            key: _mask_change(value) if fields is None or key in fields else value
            for key, value in (event.changes or {}).items()
        }
        if masked != event.changes:
            statement = update(AuditEvent).where(AuditEvent.id == event.id).values(changes=masked)
            options = {audit.REDACTION_OPTION: True, "synchronize_session": False}
            s.execute(statement, execution_options=options)
            count += 1
    return count


def _mask_change(value: Any) -> Any:
    if isinstance(value, list) and len(value) == 2:
        return [None if v is None else audit.MASK for v in value]
    return audit.MASK


def _record_erasure(
    s: Session, actor: Actor, person_id: int, erasure: _Erasure, redacted: int | None
) -> None:
    counts = {kind: len(ids) for kind, ids in erasure.removed.items()}
    s.add(
        AuditEvent(
            at=utcnow(),
            user_name=actor.name,
            action="erased",
            entity="person",
            entity_id=person_id,
            changes={
                "erasure": [None, erasure.mode],
                "removed": [None, counts],
                "audit_events_masked": [None, redacted],
            },
            detail="person erased on request (GDPR/RODO art. 17)",
        )
    )


def _remove_masters(archive: Archive, masters: list[tuple[str, str]]) -> dict[str, list[str]]:
    """Delete masters no asset row refers to any more, and every derivative made from them."""
    removed: dict[str, list[str]] = {"masters": [], "derivatives": []}
    with archive.session(Actor("system", "admin")) as s:
        for sha256, relpath in masters:
            if s.scalars(select(Asset.id).where(Asset.sha256 == sha256).limit(1)).first() is not None:
                continue
            with contextlib.suppress(FileNotFoundError):
                (archive.media_root / relpath).unlink()
                removed["masters"].append(relpath)
            for path in archive.derivatives_dir.glob(f"**/{sha256[:2]}/{sha256}*"):
                with contextlib.suppress(FileNotFoundError):
                    path.unlink()
                    removed["derivatives"].append(path.relative_to(archive.derivatives_dir).as_posix())
    return removed


def _report(
    archive: Archive, person_id: int, erasure: _Erasure, redacted: int | None, files: dict[str, list[str]]
) -> dict[str, Any]:
    backups = sorted(p.name for p in archive.backups_dir.glob("*") if p.is_file())
    note = (
        f"backups made before today still contain this person's data: {len(backups)} found in "
        f"{archive.backups_dir} ({', '.join(backups) or 'none'}), plus any copies kept elsewhere; "
        "they must be handled per the retention policy (deleted when they expire, and never "
        "restored without repeating this erasure)"
    )
    audit_note = (
        "earlier audit events about the erased records were masked"
        if redacted is not None
        else "the database server keeps the audit append-only: earlier audit events were left as they are"
    )
    anonymised = {**erasure.anonymised, "audit_events_masked": redacted}
    return {
        "person_id": person_id,
        "mode": erasure.mode,
        "removed": {**erasure.removed, **files},
        "anonymised": anonymised,
        "to_review": erasure.review,
        "audit_note": audit_note,
        "backups": backups,
        "backups_note": note,
    }


# -- small pieces --------------------------------------------------------------------------------
def _plain(value: Any) -> Any:
    return value.isoformat() if hasattr(value, "isoformat") else value


def _ids(rows: Iterable[Any]) -> list[int]:
    return [int(r.id) for r in rows]


def _chunks(values: Iterable[int]) -> Iterable[list[int]]:
    items = list(values)
    for start in range(0, len(items), _CHUNK):
        yield items[start : start + _CHUNK]


def _write_atomically(target: Path, text: str) -> None:
    """Temp file in the same folder, fsync, rename: a crash leaves the old file or the new one."""
    fd, tmp_name = tempfile.mkstemp(dir=target.parent, prefix=".zacni-export-", suffix=".part")
    try:
        with os.fdopen(fd, "w", encoding="utf-8") as out:
            out.write(text)
            out.flush()
            os.fsync(out.fileno())
        os.replace(tmp_name, target)
    except BaseException:
        with contextlib.suppress(FileNotFoundError):
            os.unlink(tmp_name)
        raise
