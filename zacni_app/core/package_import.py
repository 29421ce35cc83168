"""Taking in a BagIt package from a partner institution, with its provenance kept.

Before anything is written the package must pass, in order: no symbolic link or special file in
it (a link to /dev/zero would hang the checksum), the bagit library's validation (manifests,
checksums, Payload-Oxum), our JSON Schema (archive_schema/schemas/package.schema.json), every path
it names staying inside data/, and every uid it refers to being described. A refused package
leaves the archive exactly as it was. Then the masters are staged in media/.incoming and checked
against their SHA-256, and one transaction adds the holding institution, people, interviews,
assets, transcripts, segments and consents; the masters go into media/ just before it commits
(like ingest). Records the archive has already (same uid; an asset also by the same bytes) are
reported, not duplicated; a consent held already takes the stricter of the two dates.
"""

from __future__ import annotations

import json
import os
import re
import stat
from dataclasses import dataclass, field
from datetime import UTC, date, datetime
from pathlib import Path, PurePosixPath
from typing import Any

import bagit
from sqlalchemy import func, select
from sqlalchemy.orm import Session

from archive_schema import (
    Asset,
    AssetPerson,
    AuditEvent,
    Consent,
    Cue,
    IndexSegment,
    Institution,
    Interview,
    InterviewPerson,
    Person,
    Place,
    Subject,
    Transcript,
)
from archive_schema.base import utcnow
from zacni_app.core import media_store, vocabulary
from zacni_app.core.access import actor_of, require
from zacni_app.core.archive import Actor, Archive
from zacni_app.core.derivatives import make_derivatives
from zacni_app.core.errors import ZacniError
from zacni_app.core.ingest import display_path
from zacni_app.core.package_export import ASSET_FIELDS, METADATA, metadata_problem
from zacni_app.core.progress import CancelFlag, ProgressCallback, ProgressUpdate, no_progress

MAX_METADATA = 256 * 1024 * 1024
_DRIVE = re.compile(r"^[A-Za-z]:")
COUNTED = ("institutions", "people", "interviews", "assets", "transcripts", "cues", "segments", "consents",
           "consents_updated", "subjects", "places")  # fmt: skip


class PackageRefused(ZacniError):
    """The package is not taken in; nothing was written. The message says why, in one line."""

    code = "package_refused"

    def __init__(self, reason: str) -> None:
        super().__init__(f"package refused: {reason}")


@dataclass
class Package:
    root: Path
    metadata: dict[str, Any]


# -- checking, before anything is written --------------------------------------------------------
def open_package(root: Path) -> Package:
    """A package that passed every check (see the module docstring); PackageRefused otherwise."""
    root = root.expanduser()
    if not root.is_dir():
        what = "does not exist" if not root.exists() else "is not a folder"
        raise PackageRefused(f"{display_path(root)} {what}; give the folder of the bag")
    _check_tree(root)
    bag = _valid_bag(root)
    metadata = _read_metadata(root)
    problem = metadata_problem(metadata)
    if problem is not None:
        raise PackageRefused(f"data/{METADATA} does not follow the package schema ({problem})")
    _check_paths(root, bag, metadata)
    _check_references(metadata)
    return Package(root, metadata)


def _check_tree(root: Path) -> None:
    def refuse(error: OSError) -> None:
        raise PackageRefused(f"cannot read {display_path(Path(error.filename or root))}: {error.strerror}")

    for folder, dirs, files in os.walk(root, onerror=refuse):
        for name in dirs + files:
            path = Path(folder) / name
            mode = os.lstat(path).st_mode
            shown = display_path(path.relative_to(root))
            if stat.S_ISLNK(mode):
                raise PackageRefused(f"the bag contains a symbolic link ({shown}); packages hold files only")
            if not (stat.S_ISDIR(mode) or stat.S_ISREG(mode)):
                raise PackageRefused(f"the bag contains {shown}, which is not a regular file")


def _valid_bag(root: Path) -> bagit.Bag:
    try:
        bag = bagit.Bag(str(root))
        if list(bag.fetch_entries()):
            raise PackageRefused("the bag lists files to fetch from elsewhere (fetch.txt)")
        bag.validate(processes=1)
    except (bagit.BagError, ValueError) as exc:  # ValueError: a malformed Payload-Oxum, for one
        raise PackageRefused(f"not a valid BagIt bag: {str(exc)[:400]}") from None
    except UnicodeError:
        raise PackageRefused("not a valid BagIt bag: its tag files are not UTF-8") from None
    return bag


def _read_metadata(root: Path) -> Any:
    path = root / "data" / METADATA
    if not path.is_file():
        raise PackageRefused(f"the bag has no data/{METADATA}: it is not a Zacni package")
    if path.stat().st_size > MAX_METADATA:
        raise PackageRefused(f"data/{METADATA} is larger than {MAX_METADATA // 2**20} MB")
    try:
        return json.loads(path.read_text(encoding="utf-8"))
    except (UnicodeDecodeError, json.JSONDecodeError, RecursionError) as exc:
        raise PackageRefused(f"data/{METADATA} is not valid UTF-8 JSON ({exc})") from None


def _check_paths(root: Path, bag: bagit.Bag, metadata: dict[str, Any]) -> None:
    """Every file named stays inside data/, is a file of the bag, and (masters) is what its record says."""
    data = (root / "data").resolve()
    manifest = {key.replace(os.sep, "/"): value for key, value in bag.payload_entries().items()}
    named = [(a["file"], a) for a in metadata["assets"] if a["file"]]
    named += [(t["file"], None) for t in metadata["transcripts"]]
    for relpath, asset in named:
        shown = repr(relpath)
        if "\\" in relpath or relpath.startswith("/") or _DRIVE.match(relpath):
            raise PackageRefused(f"data/{METADATA} names a file by an absolute path: {shown}")
        resolved = (data / relpath).resolve()
        if ".." in PurePosixPath(relpath).parts or not resolved.is_relative_to(data):
            raise PackageRefused(f"data/{METADATA} names a file outside the bag's data/ folder: {shown}")
        entry = manifest.get(f"data/{relpath}")
        if entry is None or not resolved.is_file():
            raise PackageRefused(f"data/{METADATA} names {shown}, which is not a file of the bag")
        if asset is not None and (
            entry.get("sha256", asset["sha256"]) != asset["sha256"]
            or resolved.stat().st_size != asset["size"]
        ):
            raise PackageRefused(f"{shown} is not the file its record describes (SHA-256 or size differ)")


def _check_references(meta: dict[str, Any]) -> None:
    """Records refer to each other by uid: each one referred to must be described in the package."""
    known = {
        "institution": {i["uid"] for i in [meta["institution"], *meta["institutions"]]},
        "person": _unique(meta, "people"),
        "place": _unique(meta, "places"),
        "interview": _unique(meta, "interviews"),
        "asset": _unique(meta, "assets"),
    }
    refs: list[tuple[str, str | None]] = []
    for i in meta["interviews"]:
        refs += [("institution", i["institution"]), ("place", i["place"])]
        refs += [("person", p["person"]) for p in i["participants"]]
    for a in meta["assets"]:
        refs += [("institution", a["institution"]), ("place", a["place"]), ("interview", a["interview"])]
        refs += [("person", p["person"]) for p in a["people"]]
    refs += [("asset", r["asset"]) for r in meta["transcripts"] + meta["segments"]]
    refs += [("place", uid) for s in meta["segments"] for uid in s["places"]]
    for c in meta["consents"]:
        refs += [("person", c["person"]), ("interview", c["interview"]), ("asset", c["scan"])]
    for kind, uid in refs:
        if uid is not None and uid not in known[kind]:
            raise PackageRefused(f"data/{METADATA} refers to {kind} {uid} but does not describe it")


def _unique(meta: dict[str, Any], section: str) -> set[str]:
    uids = [r["uid"] for r in meta[section]]
    if len(set(uids)) != len(uids):
        raise PackageRefused(f"data/{METADATA} describes a record of {section} twice")
    return set(uids)


# -- taking it in --------------------------------------------------------------------------------
@dataclass
class _Master:
    staged: media_store.StagedFile
    ext: str
    new: bool  # False: the archive has the row but had lost the master; this brings it back
    warnings: list[dict[str, str]] = field(default_factory=list)


def import_package(
    archive: Archive,
    root: Path,
    *,
    user: str = "admin",
    progress: ProgressCallback = no_progress,
    cancel: CancelFlag | None = None,
) -> dict[str, Any]:
    """Check the package, then take it in whole (one transaction) or not at all; returns counts."""
    cancel = cancel or CancelFlag()
    actor = archive.actor(user)
    with archive.session(actor) as s:
        require(s, "import")
        require(s, "edit")
    package = open_package(root)
    masters = _stage_masters(archive, actor, package, progress, cancel)
    placed: list[Path] = []
    try:
        with archive.transaction(actor) as s:
            importer = _Importer(s, package, masters)
            importer.run()
            cancel.raise_if_cancelled()
            for master in masters.values():  # into place before the commit, as ingest does
                path = media_store.commit(master.staged, archive.media_root, master.ext)
                placed += [path] if master.new else []
            _record_import(s, importer)
    except BaseException:
        for master in masters.values():
            master.staged.discard()
        for path in placed:  # no row refers to them: the transaction did not commit
            path.unlink(missing_ok=True)
        raise
    progress(ProgressUpdate(len(masters), len(masters), ""))
    return importer.report()


def _stage_masters(
    archive: Archive, actor: Actor, package: Package, progress: ProgressCallback, cancel: CancelFlag
) -> dict[str, _Master]:
    """Copy the masters the archive lacks into media/.incoming, hashing them; make their derivatives."""
    with archive.session(actor) as s:
        known: dict[str, str] = dict(s.execute(select(Asset.sha256, Asset.uid)).all())
        known_uids = set(known.values())
    wanted = [a for a in package.metadata["assets"] if a["file"] and a["uid"] not in known_uids]
    masters: dict[str, _Master] = {}
    try:
        for done, asset in enumerate(wanted):
            sha256 = asset["sha256"]
            new = sha256 not in known
            if sha256 in masters or (not new and media_store.find_master(archive.media_root, sha256)):
                continue
            progress(ProgressUpdate(done, len(wanted), asset["file"]))
            staged = media_store.stage(package.root / "data" / asset["file"], archive.tmp_dir, cancel)
            masters[sha256] = _Master(staged, asset["ext"], new)
            if staged.sha256 != sha256 or staged.size != asset["size"]:
                raise PackageRefused(f"data/{asset['file']} changed while it was read; try again")
            problems = make_derivatives(staged.path, archive.derivatives_dir, sha256, asset["kind"], cancel)
            masters[sha256].warnings = [{"code": p.code, "detail": p.detail} for p in problems]
    except BaseException:
        for master in masters.values():
            master.staged.discard()
        raise
    return masters


class _Importer:
    """Adds the package's records in one session, reusing what the archive already holds."""

    def __init__(self, session: Session, package: Package, masters: dict[str, _Master]) -> None:
        self.s, self.package, self.meta, self.masters = session, package, package.metadata, masters
        self.counts = dict.fromkeys(COUNTED, 0)
        self.duplicates: list[dict[str, Any]] = []
        self.withheld: list[dict[str, Any]] = list(self.meta["withheld"])
        self.institutions: dict[str, Institution] = {}
        self.people: dict[str, Person] = {}
        self.places: dict[str, Place] = {}
        self.interviews: dict[str, Interview] = {}
        self.assets: dict[str, Asset | None] = {}
        self.new_assets: set[str] = set()
        self.subject_records = {r["label"]: r for r in self.meta["subjects"]}
        self.place_records = {r["uid"]: r for r in self.meta["places"]}

    def run(self) -> None:
        self.sender = self.institution(self.meta["institution"]["uid"])
        self.created_institution = self.counts["institutions"] > 0
        steps = {"people": self.person, "interviews": self.interview, "assets": self.asset}
        steps |= {"transcripts": self.transcript, "segments": self.segment, "consents": self.consent}
        for section, add in steps.items():  # in this order: each refers only to those before it
            for record in self.meta[section]:
                add(record)

    def duplicate(self, kind: str, uid: str, obj: Any, why: str = "already in the archive") -> None:
        self.duplicates.append({"kind": kind, "uid": uid, "id": obj.id, "reason": why})

    # -- shared records ---------------------------------------------------------------------------
    def institution(self, uid: str) -> Institution:
        if uid in self.institutions:
            return self.institutions[uid]
        record = next(i for i in [self.meta["institution"], *self.meta["institutions"]] if i["uid"] == uid)
        found = self.s.scalar(select(Institution).where(Institution.uid == uid))
        if found is None and record["isil"]:
            found = self.s.scalar(select(Institution).where(Institution.isil == record["isil"]))
        if found is None:
            found = Institution(**record)
            self.s.add(found)
            self.s.flush()
            self.counts["institutions"] += 1
        self.institutions[uid] = found
        return found

    def subject(self, label: str, below: frozenset[str] = frozenset()) -> Subject:
        """The archive's term of this label (found case-insensitively), else a new one with its parents."""
        found = vocabulary.find_subject(self.s, label)
        if found is not None:
            return found
        record = self.subject_records.get(label, {})
        parent, below = record.get("parent"), below | {label}
        subject = Subject(label=label, label_en=record.get("label_en"), scope_note=record.get("scope_note"))
        uid = record.get("uid")
        if uid and self.s.scalar(select(Subject.id).where(Subject.uid == uid)) is None:
            subject.uid = uid
        subject.parent = self.subject(parent, below) if parent and parent not in below else None  # no loops
        self.s.add(subject)
        self.s.flush()
        self.counts["subjects"] += 1
        return subject

    def subject_list(self, labels: list[str]) -> list[Subject]:
        return list({s.id: s for s in (self.subject(label) for label in labels)}.values())

    def place(self, uid: str | None) -> Place | None:
        if uid is None:
            return None
        if uid not in self.places:
            record = self.place_records[uid]
            found = self.s.scalar(select(Place).where(Place.uid == uid))
            found = found or self.s.scalar(
                select(Place).where(
                    func.lower(Place.name) == record["name"].lower(), Place.deleted_at.is_(None)
                )
            )
            if found is None:
                found = Place(**record)
                self.s.add(found)
                self.counts["places"] += 1
            self.places[uid] = found
        return self.places[uid]

    def person(self, record: dict[str, Any]) -> None:
        found = self.s.scalar(select(Person).where(Person.uid == record["uid"]))
        if found is not None:
            self.duplicate("person", record["uid"], found)
        else:
            fields = {k: v for k, v in record.items() if k != "subjects"}
            found = Person(**fields, subjects=self.subject_list(record["subjects"]))
            self.s.add(found)
            self.counts["people"] += 1
        self.people[record["uid"]] = found

    # -- interviews and recordings ----------------------------------------------------------------
    def interview(self, record: dict[str, Any]) -> None:
        found = self.s.scalar(select(Interview).where(Interview.uid == record["uid"]))
        if found is not None:
            self.duplicate("interview", record["uid"], found)
            self.interviews[record["uid"]] = found
            return
        keys = ("uid", "title", "language", "summary", "status", "access")
        interview = Interview(**{k: record[k] for k in keys})
        interview.recorded_on = _day(record["recorded_on"])
        interview.institution_id = self.institution(record["institution"]).id
        interview.provenance = self.provenance(record["provenance"])
        interview.place = self.place(record["place"])
        interview.subjects = self.subject_list(record["subjects"])
        interview.participants = [
            InterviewPerson(person=self.people[p["person"]], role=p["role"], position=p["position"])
            for p in record["participants"]
        ]
        self.s.add(interview)
        self.interviews[record["uid"]] = interview
        self.counts["interviews"] += 1

    def provenance(self, original: str | None) -> str:
        sender, package = self.meta["institution"]["name"], self.meta["external_identifier"]
        note = f"Przejęto z pakietu BagIt {package} od: {sender} ({date.today().isoformat()})."
        return f"{original}\n{note}" if original else note

    def asset(self, record: dict[str, Any]) -> None:
        uid = record["uid"]
        found = self.s.scalar(select(Asset).where(Asset.uid == uid))
        same_bytes = self.s.scalar(select(Asset).where(Asset.sha256 == record["sha256"]))
        existing = found or same_bytes
        if existing is not None:
            why = "already in the archive" if found else f"the same file as asset {existing.id}"
            self.duplicate("asset", uid, existing, why)
            self.assets[uid] = existing
            return
        if record["file"] is None:
            reason = "the sender withheld its master, so its record, transcript and index are not imported"
            self.withheld.append({"kind": "asset", "uid": uid, "reason": reason})
            self.assets[uid] = None
            return
        fields = {k: record[k] for k in ASSET_FIELDS if k != "taken_at"}
        fields["warnings"] = record["warnings"] + self.masters[record["sha256"]].warnings
        taken_at = datetime.fromisoformat(record["taken_at"]) if record["taken_at"] else None
        asset = Asset(**fields, imported_at=datetime.now(UTC), taken_at=taken_at)
        asset.source_path = display_path((self.package.root / "data" / record["file"]).absolute())[:4000]
        asset.interview = self.interviews.get(record["interview"] or "")
        asset.institution_id = self.institution(record["institution"]).id
        asset.place = self.place(record["place"])
        asset.subjects = self.subject_list(record["subjects"])
        asset.people = [
            AssetPerson(person=self.people[p["person"]], role=p["role"]) for p in record["people"]
        ]
        self.s.add(asset)
        self.assets[uid] = asset
        self.new_assets.add(uid)
        self.counts["assets"] += 1

    def transcript(self, record: dict[str, Any]) -> None:
        """Transcripts and segments come only with a recording new here: one held already keeps its own."""
        if record["asset"] not in self.new_assets:
            return
        cues = [Cue(**c) for c in sorted(record["cues"], key=lambda c: (c["start_ms"], c["end_ms"]))]
        if any(c.end_ms < c.start_ms for c in cues):
            raise PackageRefused(f"a cue of the transcript of asset {record['asset']} ends before it starts")
        keys = ("language", "source")
        self.s.add(Transcript(asset=self.assets[record["asset"]], cues=cues, **{k: record[k] for k in keys}))
        self.counts["transcripts"] += 1
        self.counts["cues"] += len(cues)

    def segment(self, record: dict[str, Any]) -> None:
        if record["asset"] not in self.new_assets:
            return
        if record["end_ms"] is not None and record["end_ms"] < record["start_ms"]:
            raise PackageRefused(f"an index segment of asset {record['asset']} ends before it starts")
        keys = ("start_ms", "end_ms", "title", "partial_transcript", "synopsis", "keywords", "access")
        segment = IndexSegment(asset=self.assets[record["asset"]], **{k: record[k] for k in keys})
        segment.subjects = self.subject_list(record["subjects"])
        segment.places = [p for p in (self.place(uid) for uid in record["places"]) if p is not None]
        self.s.add(segment)
        self.counts["segments"] += 1

    # -- consents ---------------------------------------------------------------------------------
    def consent(self, record: dict[str, Any]) -> None:
        person = self.people[record["person"]]
        interview = self.interviews.get(record["interview"] or "")
        signed = _day(record["signed_on"])
        self.s.flush()
        query = select(Consent).where(Consent.person_id == person.id, Consent.scope == record["scope"])
        query = query.where(Consent.signed_on.is_(None) if signed is None else Consent.signed_on == signed)
        same = Consent.interview_id == interview.id if interview else Consent.interview_id.is_(None)
        query = query.where(same)
        found = self.s.scalars(query).first()
        withdrawn, embargo = _day(record["withdrawn_on"]), _day(record["embargo_until"])
        scan = self.assets.get(record["scan"] or "")
        if found is None:
            consent = Consent(person=person, interview=interview, scope=record["scope"], signed_on=signed)
            consent.withdrawn_on, consent.embargo_until, consent.scan = withdrawn, embargo, scan
            self.s.add(consent)
            self.counts["consents"] += 1
        elif _stricter(found, withdrawn, embargo):
            self.counts["consents_updated"] += 1
        else:
            self.duplicate("consent", record["person"], found)

    def report(self) -> dict[str, Any]:
        sender = {key: getattr(self.sender, key) for key in ("id", "uid", "name")}
        return {
            "institution": sender | {"created": self.created_institution},
            "external_identifier": self.meta["external_identifier"],
            "bag": str(self.package.root),
            "imported": self.counts,
            "duplicates": self.duplicates,
            "withheld": self.withheld,
        }


def _stricter(consent: Consent, withdrawn: date | None, embargo: date | None) -> bool:
    """Merge what the holder now says into a consent held already: only ever more restrictive."""
    changed = False
    if withdrawn is not None and (consent.withdrawn_on is None or withdrawn < consent.withdrawn_on):
        consent.withdrawn_on, changed = withdrawn, True
    if embargo is not None and (consent.embargo_until is None or embargo > consent.embargo_until):
        consent.embargo_until, changed = embargo, True
    return changed


def _day(value: str | None) -> date | None:
    return None if value is None else date.fromisoformat(value)


def _record_import(s: Session, importer: _Importer) -> None:
    s.add(
        AuditEvent(
            at=utcnow(),
            user_name=actor_of(s).name,
            action="package_import",
            entity="institution",
            entity_id=importer.sender.id,
            changes={"imported": [None, importer.counts], "duplicates": [None, len(importer.duplicates)]},
            detail=f"BagIt package {importer.meta['external_identifier']} from {importer.sender.name}",
        )
    )
