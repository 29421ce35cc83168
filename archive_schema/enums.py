"""Closed vocabularies of the schema, stored as short strings with CHECK constraints.

Strings (not native enum types) keep SQLite and PostgreSQL alike and make adding a value a
one-line migration of a CHECK constraint instead of an ALTER TYPE dance.
"""

from typing import Literal

AccessLevel = Literal["public", "research", "staff", "closed"]
#: From least to most restrictive; the effective access of an item is the maximum along this order.
ACCESS_LEVELS: tuple[AccessLevel, ...] = ("public", "research", "staff", "closed")

Role = Literal["admin", "cataloguer", "volunteer", "researcher"]
ROLES: tuple[Role, ...] = ("admin", "cataloguer", "volunteer", "researcher")

AssetKind = Literal["audio", "video", "image", "document"]
ASSET_KINDS: tuple[AssetKind, ...] = ("audio", "video", "image", "document")

ConsentScope = Literal["archive", "research", "publish", "publish-with-name"]
#: From narrowest to widest permission.
CONSENT_SCOPES: tuple[ConsentScope, ...] = ("archive", "research", "publish", "publish-with-name")

InterviewStatus = Literal["draft", "catalogued", "reviewed", "published"]
INTERVIEW_STATUSES: tuple[InterviewStatus, ...] = ("draft", "catalogued", "reviewed", "published")

StoryStatus = Literal["draft", "ready", "published"]
STORY_STATUSES: tuple[StoryStatus, ...] = ("draft", "ready", "published")

ParticipantRole = Literal["narrator", "interviewer", "other"]
PARTICIPANT_ROLES: tuple[ParticipantRole, ...] = ("narrator", "interviewer", "other")

AssetPersonRole = Literal["depicted", "speaker", "photographer", "author", "donor"]
ASSET_PERSON_ROLES: tuple[AssetPersonRole, ...] = ("depicted", "speaker", "photographer", "author", "donor")


def check_in(column: str, values: tuple[str, ...]) -> str:
    """SQL for a CHECK constraint that `column` holds one of `values`."""
    quoted = ", ".join("'" + v.replace("'", "''") + "'" for v in values)
    return f"{column} IN ({quoted})"
