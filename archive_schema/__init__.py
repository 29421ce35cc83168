"""The archive's data contract: SQLAlchemy 2.x models, Alembic migrations, exchange JSON Schemas.

Importable without Qt and without the application: partner tools can read an archive with it alone.
"""

from archive_schema.base import Base, EditableMixin
from archive_schema.catalogue import (
    Collection,
    Institution,
    Interview,
    InterviewPerson,
    Person,
    Place,
    Subject,
)
from archive_schema.enums import (
    ACCESS_LEVELS,
    ASSET_KINDS,
    CONSENT_SCOPES,
    INTERVIEW_STATUSES,
    PARTICIPANT_ROLES,
    ROLES,
    STORY_STATUSES,
)
from archive_schema.governance import ArchiveSetting, AuditEvent, Consent, User
from archive_schema.indexing import IndexQueueEntry
from archive_schema.media import Asset, AssetPerson, Clip, Cue, IndexSegment, Transcript
from archive_schema.stories import Story

__all__ = [
    "ACCESS_LEVELS",
    "ASSET_KINDS",
    "CONSENT_SCOPES",
    "INTERVIEW_STATUSES",
    "PARTICIPANT_ROLES",
    "ROLES",
    "STORY_STATUSES",
    "ArchiveSetting",
    "Asset",
    "AssetPerson",
    "AuditEvent",
    "Base",
    "Clip",
    "Collection",
    "Consent",
    "Cue",
    "EditableMixin",
    "IndexQueueEntry",
    "IndexSegment",
    "Institution",
    "Interview",
    "InterviewPerson",
    "Person",
    "Place",
    "Story",
    "Subject",
    "Transcript",
    "User",
]
