"""BagIt packages (RFC 8493) of interviews for partner institutions of the coalition.

A package carries what the exporting user may see at the research level at most (access.py decides,
the same rules search uses): interviews with their people (public fields only — never phone, e-mail
or address), masters, transcripts, index segments and consents (as records the partner must honour;
scans of signed forms only with `with_consent_scans`). A closed passage never leaves: a recording
that has one goes without its master (it cannot be cut here) and with its transcript and index minus
the passage. Everything held back is listed in `withheld` with its reason.

The bag is built in a temporary folder inside OUT_DIR (bagit.make_bag, then BagIt-Version 1.0), then
renamed into place, so OUT_DIR never holds half a bag; the export is recorded in the audit.
"""

from __future__ import annotations

import json
import logging
import os
import shutil
import tempfile
import uuid
from dataclasses import dataclass, field
from datetime import date
from functools import lru_cache
from importlib import resources
from pathlib import Path
from typing import Any

import bagit
import jsonschema
from sqlalchemy import or_, select
from sqlalchemy.orm import Session

from archive_schema import (
    Asset,
    AuditEvent,
    Consent,
    IndexSegment,
    Institution,
    Interview,
    Person,
    Place,
    Subject,
)
from archive_schema.base import utcnow
from zacni_app import __version__
from zacni_app.core import polish, records
from zacni_app.core.access import (
    actor_of,
    asset_access,
    export_refusal,
    interview_access,
    may_export,
    may_see,
    passage_access,
    require,
)
from zacni_app.core.archive import Actor, Archive
from zacni_app.core.dublin_core import ensure_home_institution, home_institution, institution_dict
from zacni_app.core.errors import NotFoundError, ZacniError
from zacni_app.core.privacy import _fields
from zacni_app.core.progress import CancelFlag, ProgressCallback, ProgressUpdate, no_progress
from zacni_app.core.stories import slugify
from zacni_app.core.transcripts import ParsedCue, write_webvtt

FORMAT = "zacni-package/1"
METADATA = "metadata.json"
CHECKSUMS = ["sha256", "sha512"]
CHUNK = 1024 * 1024

logging.getLogger("bagit").addHandler(logging.NullHandler())  # its warnings would break one-line stderr

PERSON_FIELDS = ("uid", "name", "sort_name", "birth_year", "death_year", "locality", "bio", "access")
INTERVIEW_FIELDS = ("uid", "title", "recorded_on", "language", "summary", "status", "access", "provenance")
ASSET_FIELDS = (
    "uid", "kind", "sha256", "size", "mime", "ext", "original_name", "title", "description", "access",
    "duration_ms", "codec", "bitrate", "sample_rate", "channels", "width", "height", "orientation",
    "taken_at", "camera", "gps_lat", "gps_lon", "page_count", "tech", "warnings",
)  # fmt: skip
CONSENT_FIELDS = ("scope", "signed_on", "embargo_until", "withdrawn_on")


@lru_cache(maxsize=1)
def package_schema() -> dict[str, Any]:
    """The JSON Schema of data/metadata.json (archive_schema/schemas/package.schema.json)."""
    text = resources.files("archive_schema").joinpath("schemas/package.schema.json").read_text("utf-8")
    schema: dict[str, Any] = json.loads(text)
    return schema


def metadata_problem(metadata: Any) -> str | None:
    """What makes `metadata` fail the package schema (the first problem, in one line), or None."""
    validator = jsonschema.Draft202012Validator(
        package_schema(), format_checker=jsonschema.Draft202012Validator.FORMAT_CHECKER
    )
    error = jsonschema.exceptions.best_match(validator.iter_errors(metadata))
    if error is None:
        return None
    where = "/".join(str(part) for part in error.absolute_path) or "the top level"
    return f"{where}: {error.message[:300]}"


# -- what goes into the package -----------------------------------------------------------------
@dataclass
class PackagePlan:
    """The package before it is written: metadata, masters to copy, transcript files."""

    metadata: dict[str, Any]
    masters: list[tuple[Path, str]] = field(default_factory=list)  # (master in media/, path in data/)
    texts: dict[str, str] = field(default_factory=dict)  # path in data/ → WebVTT
    withheld: list[dict[str, Any]] = field(default_factory=list)  # the answer's list (ids, reasons)


class _Collector:
    """Gathers the records of the chosen interviews into the package's sections."""

    def __init__(self, session: Session, media_root: Path, with_scans: bool, today: date) -> None:
        self.s, self.media_root, self.with_scans, self.today = session, media_root, with_scans, today
        self.actor = actor_of(session)
        home = home_institution(session)
        assert home is not None, "ensure_home_institution first"
        self.home = home
        self.sections: dict[str, list[dict[str, Any]]] = {
            k: [] for k in ("interviews", "assets", "transcripts", "segments", "consents", "withheld")
        }
        self.people: dict[int, Person] = {}
        self.places: dict[int, Place] = {}
        self.subjects: dict[int, Subject] = {}
        self.institutions: dict[int, Institution] = {home.id: home}
        self.asset_uids: set[str] = set()
        self.plan = PackagePlan({})
        self.scans = set(
            session.scalars(select(Consent.scan_asset_id).where(Consent.scan_asset_id.is_not(None)))
        )

    def withhold(self, kind: str, obj: Any, reason: str, *, tell_partner: bool = True) -> None:
        self.plan.withheld.append({"kind": kind, "id": obj.id, "reason": reason})
        if tell_partner:
            self.sections["withheld"].append(
                {"kind": kind, "uid": getattr(obj, "uid", None), "reason": reason}
            )

    def holder(self, institution_id: int | None) -> str:
        holder = self.s.get(Institution, institution_id) if institution_id else None
        holder = holder or self.home
        self.institutions[holder.id] = holder
        return holder.uid

    def labels(self, subjects: list[Subject]) -> list[str]:
        for subject in subjects:
            self.subjects[subject.id] = subject
            if subject.parent is not None:
                self.subjects[subject.parent.id] = subject.parent
        return [s.label for s in subjects]

    def place(self, place: Place | None) -> str | None:
        if place is None:
            return None
        self.places[place.id] = place
        return place.uid

    def person(self, person: Person) -> str:
        self.people[person.id] = person
        return person.uid

    # -- interviews and their recordings ----------------------------------------------------------
    def interview(self, interview: Interview) -> None:
        record = _fields(interview, INTERVIEW_FIELDS)
        record |= {
            "effective_access": interview_access(self.s, interview, self.today),
            "institution": self.holder(interview.institution_id),
            "place": self.place(interview.place),
            "subjects": self.labels(interview.subjects),
            "participants": [
                {"person": self.person(p.person), "role": p.role, "position": p.position}
                for p in interview.participants
            ],
        }
        self.sections["interviews"].append(record)
        for asset in sorted(interview.assets, key=lambda a: a.id):
            if asset.deleted_at is None and asset.id not in self.scans:  # scans go with their consents
                self.asset(asset, interview.uid)

    def asset(self, asset: Asset, interview_uid: str | None, *, scan: bool = False) -> None:
        level = asset.access if scan else asset_access(self.s, asset, self.today)
        allowed = may_see(self.actor, level) if scan else may_export(self.actor, level, "partner")
        if not allowed:
            self.withhold("asset", asset, f"the {asset.kind} is {level}")
            return
        closed = self.passages(asset, level)
        record = _fields(asset, ASSET_FIELDS) | {
            "interview": interview_uid,
            "institution": self.holder(asset.institution_id),
            "place": self.place(asset.place),
            "subjects": self.labels(asset.subjects),
            "people": [{"person": self.person(p.person), "role": p.role} for p in asset.people],
            "file": None,
        }
        master = self.media_root / asset.media_relpath
        if closed:
            reason = (
                f"the master is withheld: the recording has {closed} closed passage(s) and cannot be "
                "cut here; its transcript and index go without them"
            )
            self.withhold("master", asset, reason)
        elif not master.is_file():
            self.withhold("master", asset, "the master is missing from media/ (run 'zacni check')")
        else:
            record["file"] = f"media/{asset.sha256}.{asset.ext}"
            self.plan.masters.append((master, record["file"]))
        self.sections["assets"].append(record)
        self.asset_uids.add(asset.uid)

    def passages(self, asset: Asset, level: str) -> int:
        """Add the asset's transcripts and segments without the passages that may not go; how many not."""
        closed = 0
        for transcript in sorted(asset.transcripts, key=lambda t: t.id):
            allowed = [c for c in transcript.cues if self.passage_goes(level, c.access)]
            closed += len(transcript.cues) - len(allowed)
            if not allowed:
                continue
            name = asset.uid if transcript.language == "pl" else f"{asset.uid}.{transcript.language}"
            cues = [_fields(c, ("start_ms", "end_ms", "speaker", "text", "access")) for c in allowed]
            file = f"transcripts/{name}.vtt"
            self.plan.texts[file] = write_webvtt(
                [ParsedCue(c.start_ms, c.end_ms, c.text, c.speaker) for c in allowed]
            )
            self.sections["transcripts"].append(
                {"asset": asset.uid, "language": transcript.language, "source": transcript.source,
                 "file": file, "cues": cues}
            )  # fmt: skip
        segments = self.s.scalars(select(IndexSegment).where(IndexSegment.asset_id == asset.id))
        for segment in sorted(segments, key=lambda g: (g.start_ms, g.id)):
            if not self.passage_goes(level, segment.access):
                closed += 1
                continue
            keys = ("start_ms", "end_ms", "title", "partial_transcript", "synopsis", "keywords", "access")
            self.sections["segments"].append(
                _fields(segment, keys)
                | {"asset": asset.uid, "subjects": self.labels(segment.subjects),
                   "places": [self.place(p) for p in segment.places]}
            )  # fmt: skip
        return closed

    def passage_goes(self, recording_level: str, passage_level: str | None) -> bool:
        return may_export(self.actor, passage_access(recording_level, passage_level), "partner")

    # -- consents and the shared records ----------------------------------------------------------
    def consents(self, interview_uids: dict[int, str]) -> None:
        """Consents of everyone in the package, for its interviews or general: the partner honours them."""
        query = select(Consent).where(Consent.person_id.in_(list(self.people)))
        query = query.where(
            or_(Consent.interview_id.in_(list(interview_uids)), Consent.interview_id.is_(None))
        )
        for consent in self.s.scalars(query.order_by(Consent.id)):
            record = _fields(consent, CONSENT_FIELDS) | {
                "person": self.people[consent.person_id].uid,
                "interview": interview_uids.get(consent.interview_id or 0),
                "scan": self.scan(consent, interview_uids),
            }
            self.sections["consents"].append(record)

    def scan(self, consent: Consent, interview_uids: dict[int, str]) -> str | None:
        scan = consent.scan
        if scan is None or scan.deleted_at is not None:
            return None
        if not self.with_scans:
            reason = "scan of a signed consent form: sent only with --with-consent-scans"
            self.withhold("consent_scan", scan, reason, tell_partner=False)
            return None
        if scan.uid not in self.asset_uids:
            self.asset(scan, interview_uids.get(scan.interview_id or 0), scan=True)
        return scan.uid if scan.uid in self.asset_uids else None

    def person_records(self) -> list[dict[str, Any]]:
        found = []
        for person in sorted(self.people.values(), key=lambda p: p.id):
            if may_export(self.actor, person.access, "partner"):
                found.append(_fields(person, PERSON_FIELDS) | {"subjects": self.labels(person.subjects)})
            else:  # the name stays for the links and consents; nothing else about them
                found.append({**_fields(person, ("uid", "name", "sort_name", "access")), "subjects": []})
                self.withhold("person", person, f"person record is {person.access}: only the name is sent")
        return found


def plan_package(
    session: Session,
    *,
    media_root: Path,
    interview_ids: list[int] | None = None,
    with_consent_scans: bool = False,
    today: date | None = None,
) -> PackagePlan:
    """Decide what a package of these interviews (all the user may export when None) carries."""
    require(session, "read")
    collector = _Collector(session, media_root, with_consent_scans, today or date.today())
    exported: dict[int, str] = {}
    for interview in _chosen(session, interview_ids, collector.actor, collector.today):
        reason = export_refusal(session, interview, collector.actor, "partner", collector.today)
        if reason:
            collector.withhold("interview", interview, reason, tell_partner=False)
            continue
        collector.interview(interview)
        exported[interview.id] = interview.uid
    collector.consents(exported)
    people = collector.person_records()
    plan = collector.plan
    plan.metadata = {
        "format": FORMAT,
        "exported_at": utcnow().isoformat(),
        "exported_by": collector.actor.name,
        "external_identifier": f"urn:uuid:{uuid.uuid4()}",
        "institution": institution_dict(collector.home),
        "institutions": [institution_dict(i) for i in collector.institutions.values()],
        "subjects": [_subject_record(s) for s in sorted(collector.subjects.values(), key=lambda s: s.id)],
        "places": [_place_record(p) for p in sorted(collector.places.values(), key=lambda p: p.id)],
        "people": people,
        **collector.sections,
    }
    return plan


def partner_choices(session: Session, today: date | None = None) -> list[dict[str, Any]]:
    """The interviews the user may see, each with why it may not go to a partner (None: it may),
    in Polish order of title: what a window offers to pack."""
    actor = actor_of(session)
    today = today or date.today()
    found = [
        {"id": i.id, "title": i.title, "reason": export_refusal(session, i, actor, "partner", today)}
        for i in _chosen(session, None, actor, today)
    ]
    return sorted(found, key=lambda c: polish.sort_key(str(c["title"])))


def _chosen(session: Session, ids: list[int] | None, actor: Actor, today: date) -> list[Interview]:
    """The interviews asked for; all live ones the user may see when none are named."""
    if ids:
        chosen = [records.get(session, Interview, i) for i in dict.fromkeys(ids)]
        for interview in chosen:
            if not may_see(actor, interview_access(session, interview, today)):
                raise NotFoundError(f"no interview with id {interview.id}")
        return chosen
    live = session.scalars(select(Interview).where(Interview.deleted_at.is_(None)).order_by(Interview.id))
    return [i for i in live if may_see(actor, interview_access(session, i, today))]


def _subject_record(subject: Subject) -> dict[str, Any]:
    parent = subject.parent.label if subject.parent is not None else None
    return _fields(subject, ("uid", "label", "label_en", "scope_note")) | {"parent": parent}


def _place_record(place: Place) -> dict[str, Any]:
    return _fields(place, ("uid", "name", "kind", "teryt", "latitude", "longitude"))


# -- writing the bag ----------------------------------------------------------------------------
def export_bagit(
    archive: Archive,
    out_dir: Path,
    *,
    user: str = "admin",
    interview_ids: list[int] | None = None,
    with_consent_scans: bool = False,
    progress: ProgressCallback = no_progress,
    cancel: CancelFlag | None = None,
) -> dict[str, Any]:
    """Write a package of the chosen interviews as a new bag in `out_dir`; returns what went and what not."""
    cancel = cancel or CancelFlag()
    out_dir = out_dir.expanduser()
    if not out_dir.parent.is_dir():
        raise ZacniError(f"cannot write into {out_dir}: {out_dir.parent} does not exist", code="invalid")
    ensure_home_institution(archive)
    with archive.session(user) as s:
        plan = plan_package(
            s,
            media_root=archive.media_root,
            interview_ids=interview_ids,
            with_consent_scans=with_consent_scans,
        )
    if not plan.metadata["interviews"]:
        reasons = "; ".join(f"interview {w['id']}: {w['reason']}" for w in plan.withheld[:3])
        raise ZacniError(f"nothing to export: no interview may go to a partner ({reasons or 'none found'})")
    out_dir.mkdir(exist_ok=True)
    bag = _build_bag(plan, out_dir, progress, cancel)
    target = out_dir / _bag_name(plan.metadata)
    try:
        with archive.transaction(user) as s:
            _record_export(s, plan, target)
            os.rename(bag, target)  # last step: the audit event commits exactly when the bag is in place
    except BaseException:
        shutil.rmtree(target if target.exists() else bag, ignore_errors=True)
        raise
    files = len(plan.masters) + len(plan.texts) + 1
    progress(ProgressUpdate(files, files, ""))
    return {
        "records": len(plan.metadata["interviews"]),
        "files": files,
        "bag": str(target),
        "external_identifier": plan.metadata["external_identifier"],
        "withheld": plan.withheld,
    }


def _build_bag(plan: PackagePlan, out_dir: Path, progress: ProgressCallback, cancel: CancelFlag) -> Path:
    """The payload in a temporary folder inside `out_dir`, made a bag; removed again on any failure."""
    problem = metadata_problem(plan.metadata)
    if problem is not None:  # a bug here, not the user's doing: a partner could not import it
        raise RuntimeError(f"the package would fail its own schema: {problem}")
    work = Path(tempfile.mkdtemp(dir=out_dir, prefix=".zacni-bag-", suffix=".part"))
    total = len(plan.masters) + len(plan.texts) + 1
    try:
        (work / METADATA).write_text(json.dumps(plan.metadata, ensure_ascii=False, indent=2), "utf-8")
        for done, (relpath, text) in enumerate(plan.texts.items(), start=1):
            _write_text(work / relpath, text)
            progress(ProgressUpdate(done, total, relpath))
        for done, (master, relpath) in enumerate(plan.masters, start=len(plan.texts) + 1):
            progress(ProgressUpdate(done, total, relpath))
            _copy(master, work / relpath, cancel)
        cancel.raise_if_cancelled()
        info = _bag_info(plan.metadata)
        bagit.make_bag(str(work), bag_info=info, checksums=CHECKSUMS)
        _declare_version_1(work)
    except BaseException:
        shutil.rmtree(work, ignore_errors=True)
        raise
    return work


def _write_text(path: Path, text: str) -> None:
    path.parent.mkdir(parents=True, exist_ok=True)
    path.write_text(text, encoding="utf-8")


def _copy(source: Path, target: Path, cancel: CancelFlag) -> None:
    """A copy, never a link: whoever opens the bag must not be able to change a master through it."""
    target.parent.mkdir(parents=True, exist_ok=True)
    with open(source, "rb") as src, open(target, "wb") as dst:
        while chunk := src.read(CHUNK):
            cancel.raise_if_cancelled()
            dst.write(chunk)


def _bag_info(metadata: dict[str, Any]) -> dict[str, str]:
    home = metadata["institution"]
    count = len(metadata["interviews"])
    return {
        "Source-Organization": home["name"],
        "Bagging-Date": date.today().isoformat(),
        "External-Identifier": metadata["external_identifier"],
        "External-Description": f"Zacni z Sąsiedztwa: {count} interview(s) with masters, metadata, "
        "transcripts and consents",
        "Bag-Count": "1 of 1",
        "Bag-Software-Agent": f"zacni {__version__}",
        "Zacni-Package-Format": FORMAT,
    }


def _declare_version_1(bag_dir: Path) -> None:
    """bagit-python writes BagIt-Version 0.97; the layout is RFC 8493's, so say 1.0 and re-sign the tags."""
    (bag_dir / "bagit.txt").write_text("BagIt-Version: 1.0\nTag-File-Character-Encoding: UTF-8\n", "utf-8")
    bagit.Bag(str(bag_dir)).save()


def _bag_name(metadata: dict[str, Any]) -> str:
    home = metadata["institution"]
    stem = slugify(home["short_name"] or home["name"])[:40]
    return f"{stem}-{date.today():%Y%m%d}-{metadata['external_identifier'][-8:]}"


def _record_export(s: Session, plan: PackagePlan, target: Path) -> None:
    meta = plan.metadata
    s.add(
        AuditEvent(
            at=utcnow(),
            user_name=actor_of(s).name,
            action="package_export",
            entity="archive",
            entity_id=None,
            changes={
                "interviews": [None, [i["uid"] for i in meta["interviews"]]],
                "assets": [None, len(meta["assets"])],
                "withheld": [None, len(plan.withheld)],
            },
            detail=f"BagIt package {meta['external_identifier']} written to {target}",
        )
    )
