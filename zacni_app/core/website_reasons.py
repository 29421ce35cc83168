"""Why something stays off the public website, said precisely: a stable code, its values, a sentence.

The export's JSON answer and the CLI print the English sentence; the publishing dialog shows the
same reason in Polish from the code and the values, so both always say the same thing. Reasons
are built from what access.py decided; nothing here decides anything itself.
"""

from __future__ import annotations

from dataclasses import dataclass, field
from datetime import date
from typing import Any

from sqlalchemy.orm import Session

from archive_schema import Interview
from zacni_app.core import access

#: code → the English sentence, filled with the withheld entry's values.
REASONS: dict[str, str] = {
    "story_not_published": "the story is {status}, not published",
    "story_trashed": "the story is in the trash",
    "story_blocked": "the story is marked published, but {blockers}",
    "recording_not_public": "recording '{title}' is {level}: left out",
    "recording_clips_only": "recording '{title}' is {level} as a whole: only its {clips} clip(s) chosen "
    "for the story go out",
    "asset_trashed": "{kind} '{title}' is in the trash",
    "clip_not_public": "clip {start}–{end} of '{title}' is {level}: consent does not allow publishing it",
    "clip_empty": "clip {start}–{end} of '{title}' lies wholly in closed passages",
    "passage_cut": "passage {start}–{end} of '{title}' is {level}: cut from the media and the transcript",
    "segment_left_out": "index segment at {start} of '{title}' is {level}: left out",
    "consent_form": "'{title}' is a scanned consent form: never published",
    "document_not_published": "document '{title}' is not published: the website shows photos and recordings",
    "media_missing": "the master file of {kind} '{title}' is missing from the archive: left out",
    "media_failed": "{kind} '{title}' could not be made fit for the web ({error}): left out",
    "person_not_named": "{name} is not named: no current consent to publish with name",
    "name_replaced": "the name of {name} was replaced by 'N.N.' in {count} place(s) of the text",
    # the blockers of a story (see stories.publication_blockers)
    "no_text": "the story has neither a lead nor a body",
    "interview_trashed": "interview '{title}' is in the trash",
    "interview_marked": "interview '{title}' is marked {level}",
    "no_consent": "interview '{title}' has no signed consent from {person}",
    "consent_withdrawn": "{person} withdrew consent for '{title}' on {date}",
    "embargo": "interview '{title}' is under embargo until {date} ({person})",
    "consent_scope": "{person}'s consent for '{title}' covers only '{scope}', not publication",
    "interview_not_public": "interview '{title}' is {level} in effect",
    "asset_not_public": "{kind} '{title}' is {level}, not public",
}


@dataclass(frozen=True)
class Reason:
    code: str
    params: dict[str, Any] = field(default_factory=dict)

    @property
    def text(self) -> str:
        return REASONS[self.code].format(**self.params)


@dataclass(frozen=True)
class Withheld:
    """One thing left out of the website: a story, a recording, a passage, a name…"""

    kind: str  # story | recording | clip | passage | segment | photo | document | person | name
    id: int
    reason: Reason
    story_id: int | None = None
    blockers: tuple[Reason, ...] = ()

    def to_dict(self) -> dict[str, Any]:
        data: dict[str, Any] = {
            "id": self.id,
            "kind": self.kind,
            "story_id": self.story_id,
            "code": self.reason.code,
            "reason": self.reason.text,
            "detail": self.reason.params,
        }
        if self.blockers:
            data["blockers"] = [{"code": b.code, "reason": b.text, "detail": b.params} for b in self.blockers]
        return data


def clock(ms: int) -> str:
    """1:05.3 — a moment of a recording as the reasons name it (tenths of a second)."""
    tenths = ms // 100
    minutes, rest = divmod(tenths, 600)
    return f"{minutes}:{rest // 10:02d}.{rest % 10}"


def interview_refusal(session: Session, interview: Interview, today: date) -> Reason:
    """Why an interview is not public in effect, as a code (mirrors stories.publication_blockers)."""
    title = interview.title
    if interview.deleted_at is not None:
        return Reason("interview_trashed", {"title": title})
    if interview.access != "public":
        return Reason("interview_marked", {"title": title, "level": interview.access})
    for person in interview.people("narrator"):
        consent = access.narrator_consent(session, person, interview)
        if access.on_website(access.consent_level(consent, today)):
            continue
        who = {"title": title, "person": person.name}
        if consent is None:
            return Reason("no_consent", who)
        if consent.withdrawn_on is not None:
            return Reason("consent_withdrawn", who | {"date": consent.withdrawn_on.isoformat()})
        if consent.embargo_until is not None and consent.embargo_until > today:
            return Reason("embargo", who | {"date": consent.embargo_until.isoformat()})
        return Reason("consent_scope", who | {"scope": consent.scope})
    return Reason(
        "interview_not_public", {"title": title, "level": access.interview_access(session, interview, today)}
    )
