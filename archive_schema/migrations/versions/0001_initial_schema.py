"""initial schema

Revision ID: 0001
Revises:
Create Date: 2026-11-22
"""

from collections.abc import Sequence

import sqlalchemy as sa
from alembic import op

revision: str = "0001"
down_revision: str | None = None
branch_labels: str | Sequence[str] | None = None
depends_on: str | Sequence[str] | None = None


def upgrade() -> None:

    op.create_table(
        "archive_setting",
        sa.Column("key", sa.String(length=80), nullable=False),
        sa.Column("value", sa.Text(), nullable=False),
        sa.PrimaryKeyConstraint("key", name=op.f("pk_archive_setting")),
    )
    op.create_table(
        "audit_event",
        sa.Column("id", sa.Integer(), nullable=False),
        sa.Column("at", sa.DateTime(), nullable=False),
        sa.Column("user_name", sa.String(length=80), nullable=False),
        sa.Column("action", sa.String(length=20), nullable=False),
        sa.Column("entity", sa.String(length=40), nullable=False),
        sa.Column("entity_id", sa.Integer(), nullable=True),
        sa.Column("changes", sa.JSON(), nullable=False),
        sa.Column("detail", sa.Text(), nullable=True),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_audit_event")),
    )
    with op.batch_alter_table("audit_event", schema=None) as batch_op:
        batch_op.create_index(batch_op.f("ix_audit_event_at"), ["at"], unique=False)
        batch_op.create_index("ix_audit_event_entity", ["entity", "entity_id"], unique=False)

    op.create_table(
        "institution",
        sa.Column("name", sa.String(length=300), nullable=False),
        sa.Column("short_name", sa.String(length=60), nullable=True),
        sa.Column("isil", sa.String(length=40), nullable=True),
        sa.Column("website", sa.String(length=500), nullable=True),
        sa.Column("id", sa.Integer(), nullable=False),
        sa.Column("created_at", sa.DateTime(), nullable=False),
        sa.Column("updated_at", sa.DateTime(), nullable=False),
        sa.Column("version", sa.Integer(), nullable=False),
        sa.Column("uid", sa.String(length=36), nullable=False),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_institution")),
        sa.UniqueConstraint("isil", name=op.f("uq_institution_isil")),
        sa.UniqueConstraint("uid", name=op.f("uq_institution_uid")),
    )
    op.create_table(
        "person",
        sa.Column("name", sa.String(length=200), nullable=False),
        sa.Column("sort_name", sa.String(length=200), nullable=False),
        sa.Column("birth_year", sa.Integer(), nullable=True),
        sa.Column("death_year", sa.Integer(), nullable=True),
        sa.Column("locality", sa.String(length=200), nullable=True),
        sa.Column("bio", sa.Text(), nullable=True),
        sa.Column("access", sa.String(length=10), nullable=False),
        sa.Column("notes", sa.Text(), nullable=True),
        sa.Column("phone", sa.String(length=60), nullable=True),
        sa.Column("email", sa.String(length=254), nullable=True),
        sa.Column("address", sa.Text(), nullable=True),
        sa.Column("id", sa.Integer(), nullable=False),
        sa.Column("created_at", sa.DateTime(), nullable=False),
        sa.Column("updated_at", sa.DateTime(), nullable=False),
        sa.Column("version", sa.Integer(), nullable=False),
        sa.Column("uid", sa.String(length=36), nullable=False),
        sa.Column("deleted_at", sa.DateTime(), nullable=True),
        sa.CheckConstraint(
            "access IN ('public', 'research', 'staff', 'closed')", name=op.f("ck_person_access")
        ),
        sa.CheckConstraint(
            "birth_year IS NULL OR (birth_year > 1800 AND birth_year < 2200)",
            name=op.f("ck_person_birth_year"),
        ),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_person")),
        sa.UniqueConstraint("uid", name=op.f("uq_person_uid")),
    )
    with op.batch_alter_table("person", schema=None) as batch_op:
        batch_op.create_index(batch_op.f("ix_person_sort_name"), ["sort_name"], unique=False)

    op.create_table(
        "place",
        sa.Column("name", sa.String(length=200), nullable=False),
        sa.Column("kind", sa.String(length=40), nullable=True),
        sa.Column("parent_id", sa.Integer(), nullable=True),
        sa.Column("teryt", sa.String(length=14), nullable=True),
        sa.Column("latitude", sa.Float(), nullable=True),
        sa.Column("longitude", sa.Float(), nullable=True),
        sa.Column("id", sa.Integer(), nullable=False),
        sa.Column("created_at", sa.DateTime(), nullable=False),
        sa.Column("updated_at", sa.DateTime(), nullable=False),
        sa.Column("version", sa.Integer(), nullable=False),
        sa.Column("uid", sa.String(length=36), nullable=False),
        sa.Column("deleted_at", sa.DateTime(), nullable=True),
        sa.CheckConstraint(
            "latitude IS NULL OR (latitude >= -90 AND latitude <= 90)", name=op.f("ck_place_latitude_range")
        ),
        sa.CheckConstraint(
            "longitude IS NULL OR (longitude >= -180 AND longitude <= 180)",
            name=op.f("ck_place_longitude_range"),
        ),
        sa.ForeignKeyConstraint(
            ["parent_id"], ["place.id"], name=op.f("fk_place_parent_id_place"), ondelete="SET NULL"
        ),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_place")),
        sa.UniqueConstraint("uid", name=op.f("uq_place_uid")),
    )
    with op.batch_alter_table("place", schema=None) as batch_op:
        batch_op.create_index(batch_op.f("ix_place_name"), ["name"], unique=False)
        batch_op.create_index(batch_op.f("ix_place_parent_id"), ["parent_id"], unique=False)

    op.create_table(
        "subject",
        sa.Column("label", sa.String(length=200), nullable=False),
        sa.Column("label_en", sa.String(length=200), nullable=True),
        sa.Column("parent_id", sa.Integer(), nullable=True),
        sa.Column("scope_note", sa.Text(), nullable=True),
        sa.Column("id", sa.Integer(), nullable=False),
        sa.Column("created_at", sa.DateTime(), nullable=False),
        sa.Column("updated_at", sa.DateTime(), nullable=False),
        sa.Column("version", sa.Integer(), nullable=False),
        sa.Column("uid", sa.String(length=36), nullable=False),
        sa.ForeignKeyConstraint(
            ["parent_id"], ["subject.id"], name=op.f("fk_subject_parent_id_subject"), ondelete="SET NULL"
        ),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_subject")),
        sa.UniqueConstraint("label", name=op.f("uq_subject_label")),
        sa.UniqueConstraint("uid", name=op.f("uq_subject_uid")),
    )
    with op.batch_alter_table("subject", schema=None) as batch_op:
        batch_op.create_index(batch_op.f("ix_subject_parent_id"), ["parent_id"], unique=False)

    op.create_table(
        "user_account",
        sa.Column("name", sa.String(length=80), nullable=False),
        sa.Column("display_name", sa.String(length=200), nullable=True),
        sa.Column("role", sa.String(length=12), nullable=False),
        sa.Column("password_hash", sa.String(length=300), nullable=True),
        sa.Column("failed_logins", sa.Integer(), nullable=False),
        sa.Column("locked_until", sa.DateTime(), nullable=True),
        sa.Column("active", sa.Boolean(), nullable=False),
        sa.Column("id", sa.Integer(), nullable=False),
        sa.Column("created_at", sa.DateTime(), nullable=False),
        sa.Column("updated_at", sa.DateTime(), nullable=False),
        sa.Column("version", sa.Integer(), nullable=False),
        sa.CheckConstraint(
            "role IN ('admin', 'cataloguer', 'volunteer', 'researcher')", name=op.f("ck_user_account_role")
        ),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_user_account")),
        sa.UniqueConstraint("name", name=op.f("uq_user_account_name")),
    )
    op.create_table(
        "collection",
        sa.Column("name", sa.String(length=300), nullable=False),
        sa.Column("description", sa.Text(), nullable=True),
        sa.Column("institution_id", sa.Integer(), nullable=True),
        sa.Column("id", sa.Integer(), nullable=False),
        sa.Column("created_at", sa.DateTime(), nullable=False),
        sa.Column("updated_at", sa.DateTime(), nullable=False),
        sa.Column("version", sa.Integer(), nullable=False),
        sa.Column("uid", sa.String(length=36), nullable=False),
        sa.Column("deleted_at", sa.DateTime(), nullable=True),
        sa.ForeignKeyConstraint(
            ["institution_id"],
            ["institution.id"],
            name=op.f("fk_collection_institution_id_institution"),
            ondelete="SET NULL",
        ),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_collection")),
        sa.UniqueConstraint("uid", name=op.f("uq_collection_uid")),
    )
    op.create_table(
        "person_subject",
        sa.Column("person_id", sa.Integer(), nullable=False),
        sa.Column("subject_id", sa.Integer(), nullable=False),
        sa.ForeignKeyConstraint(
            ["person_id"], ["person.id"], name=op.f("fk_person_subject_person_id_person"), ondelete="CASCADE"
        ),
        sa.ForeignKeyConstraint(
            ["subject_id"],
            ["subject.id"],
            name=op.f("fk_person_subject_subject_id_subject"),
            ondelete="RESTRICT",
        ),
        sa.PrimaryKeyConstraint("person_id", "subject_id", name=op.f("pk_person_subject")),
    )
    with op.batch_alter_table("person_subject", schema=None) as batch_op:
        batch_op.create_index(batch_op.f("ix_person_subject_subject_id"), ["subject_id"], unique=False)

    op.create_table(
        "interview",
        sa.Column("title", sa.String(length=300), nullable=False),
        sa.Column("recorded_on", sa.Date(), nullable=True),
        sa.Column("place_id", sa.Integer(), nullable=True),
        sa.Column("language", sa.String(length=10), nullable=False),
        sa.Column("summary", sa.Text(), nullable=True),
        sa.Column("status", sa.String(length=12), nullable=False),
        sa.Column("access", sa.String(length=10), nullable=False),
        sa.Column("collection_id", sa.Integer(), nullable=True),
        sa.Column("institution_id", sa.Integer(), nullable=True),
        sa.Column("provenance", sa.Text(), nullable=True),
        sa.Column("notes", sa.Text(), nullable=True),
        sa.Column("id", sa.Integer(), nullable=False),
        sa.Column("created_at", sa.DateTime(), nullable=False),
        sa.Column("updated_at", sa.DateTime(), nullable=False),
        sa.Column("version", sa.Integer(), nullable=False),
        sa.Column("uid", sa.String(length=36), nullable=False),
        sa.Column("deleted_at", sa.DateTime(), nullable=True),
        sa.CheckConstraint(
            "access IN ('public', 'research', 'staff', 'closed')", name=op.f("ck_interview_access")
        ),
        sa.CheckConstraint(
            "status IN ('draft', 'catalogued', 'reviewed', 'published')", name=op.f("ck_interview_status")
        ),
        sa.ForeignKeyConstraint(
            ["collection_id"],
            ["collection.id"],
            name=op.f("fk_interview_collection_id_collection"),
            ondelete="SET NULL",
        ),
        sa.ForeignKeyConstraint(
            ["institution_id"],
            ["institution.id"],
            name=op.f("fk_interview_institution_id_institution"),
            ondelete="SET NULL",
        ),
        sa.ForeignKeyConstraint(
            ["place_id"], ["place.id"], name=op.f("fk_interview_place_id_place"), ondelete="SET NULL"
        ),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_interview")),
        sa.UniqueConstraint("uid", name=op.f("uq_interview_uid")),
    )
    with op.batch_alter_table("interview", schema=None) as batch_op:
        batch_op.create_index(batch_op.f("ix_interview_place_id"), ["place_id"], unique=False)

    op.create_table(
        "asset",
        sa.Column("sha256", sa.String(length=64), nullable=False),
        sa.Column("kind", sa.String(length=10), nullable=False),
        sa.Column("size", sa.BigInteger(), nullable=False),
        sa.Column("mime", sa.String(length=100), nullable=False),
        sa.Column("ext", sa.String(length=10), nullable=False),
        sa.Column("original_name", sa.String(length=500), nullable=False),
        sa.Column("source_path", sa.Text(), nullable=True),
        sa.Column("imported_at", sa.DateTime(), nullable=False),
        sa.Column("title", sa.String(length=300), nullable=True),
        sa.Column("description", sa.Text(), nullable=True),
        sa.Column("access", sa.String(length=10), nullable=False),
        sa.Column("interview_id", sa.Integer(), nullable=True),
        sa.Column("collection_id", sa.Integer(), nullable=True),
        sa.Column("institution_id", sa.Integer(), nullable=True),
        sa.Column("place_id", sa.Integer(), nullable=True),
        sa.Column("duration_ms", sa.BigInteger(), nullable=True),
        sa.Column("codec", sa.String(length=40), nullable=True),
        sa.Column("bitrate", sa.Integer(), nullable=True),
        sa.Column("sample_rate", sa.Integer(), nullable=True),
        sa.Column("channels", sa.Integer(), nullable=True),
        sa.Column("width", sa.Integer(), nullable=True),
        sa.Column("height", sa.Integer(), nullable=True),
        sa.Column("orientation", sa.Integer(), nullable=True),
        sa.Column("taken_at", sa.DateTime(), nullable=True),
        sa.Column("camera", sa.String(length=200), nullable=True),
        sa.Column("gps_lat", sa.Float(), nullable=True),
        sa.Column("gps_lon", sa.Float(), nullable=True),
        sa.Column("page_count", sa.Integer(), nullable=True),
        sa.Column("tech", sa.JSON(), nullable=False),
        sa.Column("warnings", sa.JSON(), nullable=False),
        sa.Column("id", sa.Integer(), nullable=False),
        sa.Column("created_at", sa.DateTime(), nullable=False),
        sa.Column("updated_at", sa.DateTime(), nullable=False),
        sa.Column("version", sa.Integer(), nullable=False),
        sa.Column("uid", sa.String(length=36), nullable=False),
        sa.Column("deleted_at", sa.DateTime(), nullable=True),
        sa.CheckConstraint(
            "access IN ('public', 'research', 'staff', 'closed')", name=op.f("ck_asset_access")
        ),
        sa.CheckConstraint("kind IN ('audio', 'video', 'image', 'document')", name=op.f("ck_asset_kind")),
        sa.CheckConstraint("duration_ms IS NULL OR duration_ms >= 0", name=op.f("ck_asset_duration")),
        sa.CheckConstraint("length(sha256) = 64", name=op.f("ck_asset_sha256_length")),
        sa.CheckConstraint("size >= 0", name=op.f("ck_asset_size")),
        sa.ForeignKeyConstraint(
            ["collection_id"],
            ["collection.id"],
            name=op.f("fk_asset_collection_id_collection"),
            ondelete="SET NULL",
        ),
        sa.ForeignKeyConstraint(
            ["institution_id"],
            ["institution.id"],
            name=op.f("fk_asset_institution_id_institution"),
            ondelete="SET NULL",
        ),
        sa.ForeignKeyConstraint(
            ["interview_id"],
            ["interview.id"],
            name=op.f("fk_asset_interview_id_interview"),
            ondelete="SET NULL",
        ),
        sa.ForeignKeyConstraint(
            ["place_id"], ["place.id"], name=op.f("fk_asset_place_id_place"), ondelete="SET NULL"
        ),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_asset")),
        sa.UniqueConstraint("sha256", name=op.f("uq_asset_sha256")),
        sa.UniqueConstraint("uid", name=op.f("uq_asset_uid")),
    )
    with op.batch_alter_table("asset", schema=None) as batch_op:
        batch_op.create_index(batch_op.f("ix_asset_interview_id"), ["interview_id"], unique=False)
        batch_op.create_index(batch_op.f("ix_asset_kind"), ["kind"], unique=False)
        batch_op.create_index(batch_op.f("ix_asset_place_id"), ["place_id"], unique=False)
        batch_op.create_index(batch_op.f("ix_asset_taken_at"), ["taken_at"], unique=False)

    op.create_table(
        "interview_person",
        sa.Column("interview_id", sa.Integer(), nullable=False),
        sa.Column("person_id", sa.Integer(), nullable=False),
        sa.Column("role", sa.String(length=12), nullable=False),
        sa.Column("position", sa.Integer(), nullable=False),
        sa.CheckConstraint(
            "role IN ('narrator', 'interviewer', 'other')", name=op.f("ck_interview_person_role")
        ),
        sa.ForeignKeyConstraint(
            ["interview_id"],
            ["interview.id"],
            name=op.f("fk_interview_person_interview_id_interview"),
            ondelete="CASCADE",
        ),
        sa.ForeignKeyConstraint(
            ["person_id"],
            ["person.id"],
            name=op.f("fk_interview_person_person_id_person"),
            ondelete="CASCADE",
        ),
        sa.PrimaryKeyConstraint("interview_id", "person_id", "role", name=op.f("pk_interview_person")),
    )
    with op.batch_alter_table("interview_person", schema=None) as batch_op:
        batch_op.create_index(batch_op.f("ix_interview_person_person_id"), ["person_id"], unique=False)

    op.create_table(
        "interview_subject",
        sa.Column("interview_id", sa.Integer(), nullable=False),
        sa.Column("subject_id", sa.Integer(), nullable=False),
        sa.ForeignKeyConstraint(
            ["interview_id"],
            ["interview.id"],
            name=op.f("fk_interview_subject_interview_id_interview"),
            ondelete="CASCADE",
        ),
        sa.ForeignKeyConstraint(
            ["subject_id"],
            ["subject.id"],
            name=op.f("fk_interview_subject_subject_id_subject"),
            ondelete="RESTRICT",
        ),
        sa.PrimaryKeyConstraint("interview_id", "subject_id", name=op.f("pk_interview_subject")),
    )
    with op.batch_alter_table("interview_subject", schema=None) as batch_op:
        batch_op.create_index(batch_op.f("ix_interview_subject_subject_id"), ["subject_id"], unique=False)

    op.create_table(
        "asset_person",
        sa.Column("asset_id", sa.Integer(), nullable=False),
        sa.Column("person_id", sa.Integer(), nullable=False),
        sa.Column("role", sa.String(length=12), nullable=False),
        sa.CheckConstraint(
            "role IN ('depicted', 'speaker', 'photographer', 'author', 'donor')",
            name=op.f("ck_asset_person_role"),
        ),
        sa.ForeignKeyConstraint(
            ["asset_id"], ["asset.id"], name=op.f("fk_asset_person_asset_id_asset"), ondelete="CASCADE"
        ),
        sa.ForeignKeyConstraint(
            ["person_id"], ["person.id"], name=op.f("fk_asset_person_person_id_person"), ondelete="CASCADE"
        ),
        sa.PrimaryKeyConstraint("asset_id", "person_id", "role", name=op.f("pk_asset_person")),
    )
    with op.batch_alter_table("asset_person", schema=None) as batch_op:
        batch_op.create_index(batch_op.f("ix_asset_person_person_id"), ["person_id"], unique=False)

    op.create_table(
        "asset_subject",
        sa.Column("asset_id", sa.Integer(), nullable=False),
        sa.Column("subject_id", sa.Integer(), nullable=False),
        sa.ForeignKeyConstraint(
            ["asset_id"], ["asset.id"], name=op.f("fk_asset_subject_asset_id_asset"), ondelete="CASCADE"
        ),
        sa.ForeignKeyConstraint(
            ["subject_id"],
            ["subject.id"],
            name=op.f("fk_asset_subject_subject_id_subject"),
            ondelete="RESTRICT",
        ),
        sa.PrimaryKeyConstraint("asset_id", "subject_id", name=op.f("pk_asset_subject")),
    )
    with op.batch_alter_table("asset_subject", schema=None) as batch_op:
        batch_op.create_index(batch_op.f("ix_asset_subject_subject_id"), ["subject_id"], unique=False)

    op.create_table(
        "consent",
        sa.Column("person_id", sa.Integer(), nullable=False),
        sa.Column("interview_id", sa.Integer(), nullable=True),
        sa.Column("scope", sa.String(length=20), nullable=False),
        sa.Column("signed_on", sa.Date(), nullable=True),
        sa.Column("embargo_until", sa.Date(), nullable=True),
        sa.Column("withdrawn_on", sa.Date(), nullable=True),
        sa.Column("scan_asset_id", sa.Integer(), nullable=True),
        sa.Column("notes", sa.Text(), nullable=True),
        sa.Column("id", sa.Integer(), nullable=False),
        sa.Column("created_at", sa.DateTime(), nullable=False),
        sa.Column("updated_at", sa.DateTime(), nullable=False),
        sa.Column("version", sa.Integer(), nullable=False),
        sa.CheckConstraint(
            "scope IN ('archive', 'research', 'publish', 'publish-with-name')", name=op.f("ck_consent_scope")
        ),
        sa.CheckConstraint(
            "withdrawn_on IS NULL OR signed_on IS NULL OR withdrawn_on >= signed_on",
            name=op.f("ck_consent_dates"),
        ),
        sa.ForeignKeyConstraint(
            ["interview_id"],
            ["interview.id"],
            name=op.f("fk_consent_interview_id_interview"),
            ondelete="CASCADE",
        ),
        sa.ForeignKeyConstraint(
            ["person_id"], ["person.id"], name=op.f("fk_consent_person_id_person"), ondelete="CASCADE"
        ),
        sa.ForeignKeyConstraint(
            ["scan_asset_id"], ["asset.id"], name=op.f("fk_consent_scan_asset_id_asset"), ondelete="SET NULL"
        ),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_consent")),
    )
    with op.batch_alter_table("consent", schema=None) as batch_op:
        batch_op.create_index(batch_op.f("ix_consent_interview_id"), ["interview_id"], unique=False)
        batch_op.create_index(batch_op.f("ix_consent_person_id"), ["person_id"], unique=False)

    op.create_table(
        "index_segment",
        sa.Column("asset_id", sa.Integer(), nullable=False),
        sa.Column("start_ms", sa.BigInteger(), nullable=False),
        sa.Column("end_ms", sa.BigInteger(), nullable=True),
        sa.Column("title", sa.String(length=300), nullable=False),
        sa.Column("partial_transcript", sa.Text(), nullable=True),
        sa.Column("synopsis", sa.Text(), nullable=True),
        sa.Column("keywords", sa.JSON(), nullable=False),
        sa.Column("access", sa.String(length=10), nullable=True),
        sa.Column("id", sa.Integer(), nullable=False),
        sa.Column("created_at", sa.DateTime(), nullable=False),
        sa.Column("updated_at", sa.DateTime(), nullable=False),
        sa.Column("version", sa.Integer(), nullable=False),
        sa.CheckConstraint(
            "access IS NULL OR access IN ('public', 'research', 'staff', 'closed')",
            name=op.f("ck_index_segment_access"),
        ),
        sa.CheckConstraint(
            "end_ms IS NULL OR end_ms >= start_ms", name=op.f("ck_index_segment_end_after_start")
        ),
        sa.CheckConstraint("start_ms >= 0", name=op.f("ck_index_segment_start")),
        sa.ForeignKeyConstraint(
            ["asset_id"], ["asset.id"], name=op.f("fk_index_segment_asset_id_asset"), ondelete="CASCADE"
        ),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_index_segment")),
    )
    with op.batch_alter_table("index_segment", schema=None) as batch_op:
        batch_op.create_index(batch_op.f("ix_index_segment_asset_id"), ["asset_id"], unique=False)

    op.create_table(
        "story",
        sa.Column("title", sa.String(length=300), nullable=False),
        sa.Column("slug", sa.String(length=200), nullable=False),
        sa.Column("lead", sa.Text(), nullable=True),
        sa.Column("body", sa.Text(), nullable=True),
        sa.Column("status", sa.String(length=10), nullable=False),
        sa.Column("hero_asset_id", sa.Integer(), nullable=True),
        sa.Column("published_at", sa.DateTime(), nullable=True),
        sa.Column("id", sa.Integer(), nullable=False),
        sa.Column("created_at", sa.DateTime(), nullable=False),
        sa.Column("updated_at", sa.DateTime(), nullable=False),
        sa.Column("version", sa.Integer(), nullable=False),
        sa.Column("uid", sa.String(length=36), nullable=False),
        sa.Column("deleted_at", sa.DateTime(), nullable=True),
        sa.CheckConstraint("status IN ('draft', 'ready', 'published')", name=op.f("ck_story_status")),
        sa.ForeignKeyConstraint(
            ["hero_asset_id"], ["asset.id"], name=op.f("fk_story_hero_asset_id_asset"), ondelete="SET NULL"
        ),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_story")),
        sa.UniqueConstraint("slug", name=op.f("uq_story_slug")),
        sa.UniqueConstraint("uid", name=op.f("uq_story_uid")),
    )
    op.create_table(
        "transcript",
        sa.Column("asset_id", sa.Integer(), nullable=False),
        sa.Column("language", sa.String(length=10), nullable=False),
        sa.Column("source", sa.String(length=300), nullable=True),
        sa.Column("id", sa.Integer(), nullable=False),
        sa.Column("created_at", sa.DateTime(), nullable=False),
        sa.Column("updated_at", sa.DateTime(), nullable=False),
        sa.Column("version", sa.Integer(), nullable=False),
        sa.ForeignKeyConstraint(
            ["asset_id"], ["asset.id"], name=op.f("fk_transcript_asset_id_asset"), ondelete="CASCADE"
        ),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_transcript")),
    )
    with op.batch_alter_table("transcript", schema=None) as batch_op:
        batch_op.create_index(batch_op.f("ix_transcript_asset_id"), ["asset_id"], unique=False)

    op.create_table(
        "clip",
        sa.Column("asset_id", sa.Integer(), nullable=False),
        sa.Column("start_ms", sa.BigInteger(), nullable=False),
        sa.Column("end_ms", sa.BigInteger(), nullable=False),
        sa.Column("title", sa.String(length=300), nullable=True),
        sa.Column("story_id", sa.Integer(), nullable=True),
        sa.Column("id", sa.Integer(), nullable=False),
        sa.Column("created_at", sa.DateTime(), nullable=False),
        sa.Column("updated_at", sa.DateTime(), nullable=False),
        sa.Column("version", sa.Integer(), nullable=False),
        sa.CheckConstraint("end_ms > start_ms", name=op.f("ck_clip_end_after_start")),
        sa.CheckConstraint("start_ms >= 0", name=op.f("ck_clip_start")),
        sa.ForeignKeyConstraint(
            ["asset_id"], ["asset.id"], name=op.f("fk_clip_asset_id_asset"), ondelete="CASCADE"
        ),
        sa.ForeignKeyConstraint(
            ["story_id"], ["story.id"], name=op.f("fk_clip_story_id_story"), ondelete="SET NULL"
        ),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_clip")),
    )
    with op.batch_alter_table("clip", schema=None) as batch_op:
        batch_op.create_index(batch_op.f("ix_clip_asset_id"), ["asset_id"], unique=False)
        batch_op.create_index(batch_op.f("ix_clip_story_id"), ["story_id"], unique=False)

    op.create_table(
        "cue",
        sa.Column("id", sa.Integer(), nullable=False),
        sa.Column("transcript_id", sa.Integer(), nullable=False),
        sa.Column("start_ms", sa.BigInteger(), nullable=False),
        sa.Column("end_ms", sa.BigInteger(), nullable=False),
        sa.Column("speaker", sa.String(length=200), nullable=True),
        sa.Column("text", sa.Text(), nullable=False),
        sa.Column("access", sa.String(length=10), nullable=True),
        sa.CheckConstraint(
            "access IS NULL OR access IN ('public', 'research', 'staff', 'closed')",
            name=op.f("ck_cue_access"),
        ),
        sa.CheckConstraint("end_ms >= start_ms", name=op.f("ck_cue_end_after_start")),
        sa.CheckConstraint("start_ms >= 0", name=op.f("ck_cue_start")),
        sa.ForeignKeyConstraint(
            ["transcript_id"],
            ["transcript.id"],
            name=op.f("fk_cue_transcript_id_transcript"),
            ondelete="CASCADE",
        ),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_cue")),
    )
    with op.batch_alter_table("cue", schema=None) as batch_op:
        batch_op.create_index(batch_op.f("ix_cue_transcript_id"), ["transcript_id"], unique=False)

    op.create_table(
        "segment_place",
        sa.Column("segment_id", sa.Integer(), nullable=False),
        sa.Column("place_id", sa.Integer(), nullable=False),
        sa.ForeignKeyConstraint(
            ["place_id"], ["place.id"], name=op.f("fk_segment_place_place_id_place"), ondelete="RESTRICT"
        ),
        sa.ForeignKeyConstraint(
            ["segment_id"],
            ["index_segment.id"],
            name=op.f("fk_segment_place_segment_id_index_segment"),
            ondelete="CASCADE",
        ),
        sa.PrimaryKeyConstraint("segment_id", "place_id", name=op.f("pk_segment_place")),
    )
    with op.batch_alter_table("segment_place", schema=None) as batch_op:
        batch_op.create_index(batch_op.f("ix_segment_place_place_id"), ["place_id"], unique=False)

    op.create_table(
        "segment_subject",
        sa.Column("segment_id", sa.Integer(), nullable=False),
        sa.Column("subject_id", sa.Integer(), nullable=False),
        sa.ForeignKeyConstraint(
            ["segment_id"],
            ["index_segment.id"],
            name=op.f("fk_segment_subject_segment_id_index_segment"),
            ondelete="CASCADE",
        ),
        sa.ForeignKeyConstraint(
            ["subject_id"],
            ["subject.id"],
            name=op.f("fk_segment_subject_subject_id_subject"),
            ondelete="RESTRICT",
        ),
        sa.PrimaryKeyConstraint("segment_id", "subject_id", name=op.f("pk_segment_subject")),
    )
    with op.batch_alter_table("segment_subject", schema=None) as batch_op:
        batch_op.create_index(batch_op.f("ix_segment_subject_subject_id"), ["subject_id"], unique=False)

    op.create_table(
        "story_asset",
        sa.Column("story_id", sa.Integer(), nullable=False),
        sa.Column("asset_id", sa.Integer(), nullable=False),
        sa.ForeignKeyConstraint(
            ["asset_id"], ["asset.id"], name=op.f("fk_story_asset_asset_id_asset"), ondelete="CASCADE"
        ),
        sa.ForeignKeyConstraint(
            ["story_id"], ["story.id"], name=op.f("fk_story_asset_story_id_story"), ondelete="CASCADE"
        ),
        sa.PrimaryKeyConstraint("story_id", "asset_id", name=op.f("pk_story_asset")),
    )
    with op.batch_alter_table("story_asset", schema=None) as batch_op:
        batch_op.create_index(batch_op.f("ix_story_asset_asset_id"), ["asset_id"], unique=False)

    op.create_table(
        "story_interview",
        sa.Column("story_id", sa.Integer(), nullable=False),
        sa.Column("interview_id", sa.Integer(), nullable=False),
        sa.ForeignKeyConstraint(
            ["interview_id"],
            ["interview.id"],
            name=op.f("fk_story_interview_interview_id_interview"),
            ondelete="CASCADE",
        ),
        sa.ForeignKeyConstraint(
            ["story_id"], ["story.id"], name=op.f("fk_story_interview_story_id_story"), ondelete="CASCADE"
        ),
        sa.PrimaryKeyConstraint("story_id", "interview_id", name=op.f("pk_story_interview")),
    )
    with op.batch_alter_table("story_interview", schema=None) as batch_op:
        batch_op.create_index(batch_op.f("ix_story_interview_interview_id"), ["interview_id"], unique=False)

    op.create_table(
        "story_person",
        sa.Column("story_id", sa.Integer(), nullable=False),
        sa.Column("person_id", sa.Integer(), nullable=False),
        sa.ForeignKeyConstraint(
            ["person_id"], ["person.id"], name=op.f("fk_story_person_person_id_person"), ondelete="CASCADE"
        ),
        sa.ForeignKeyConstraint(
            ["story_id"], ["story.id"], name=op.f("fk_story_person_story_id_story"), ondelete="CASCADE"
        ),
        sa.PrimaryKeyConstraint("story_id", "person_id", name=op.f("pk_story_person")),
    )
    with op.batch_alter_table("story_person", schema=None) as batch_op:
        batch_op.create_index(batch_op.f("ix_story_person_person_id"), ["person_id"], unique=False)


def downgrade() -> None:

    with op.batch_alter_table("story_person", schema=None) as batch_op:
        batch_op.drop_index(batch_op.f("ix_story_person_person_id"))

    op.drop_table("story_person")
    with op.batch_alter_table("story_interview", schema=None) as batch_op:
        batch_op.drop_index(batch_op.f("ix_story_interview_interview_id"))

    op.drop_table("story_interview")
    with op.batch_alter_table("story_asset", schema=None) as batch_op:
        batch_op.drop_index(batch_op.f("ix_story_asset_asset_id"))

    op.drop_table("story_asset")
    with op.batch_alter_table("segment_subject", schema=None) as batch_op:
        batch_op.drop_index(batch_op.f("ix_segment_subject_subject_id"))

    op.drop_table("segment_subject")
    with op.batch_alter_table("segment_place", schema=None) as batch_op:
        batch_op.drop_index(batch_op.f("ix_segment_place_place_id"))

    op.drop_table("segment_place")
    with op.batch_alter_table("cue", schema=None) as batch_op:
        batch_op.drop_index(batch_op.f("ix_cue_transcript_id"))

    op.drop_table("cue")
    with op.batch_alter_table("clip", schema=None) as batch_op:
        batch_op.drop_index(batch_op.f("ix_clip_story_id"))
        batch_op.drop_index(batch_op.f("ix_clip_asset_id"))

    op.drop_table("clip")
    with op.batch_alter_table("transcript", schema=None) as batch_op:
        batch_op.drop_index(batch_op.f("ix_transcript_asset_id"))

    op.drop_table("transcript")
    op.drop_table("story")
    with op.batch_alter_table("index_segment", schema=None) as batch_op:
        batch_op.drop_index(batch_op.f("ix_index_segment_asset_id"))

    op.drop_table("index_segment")
    with op.batch_alter_table("consent", schema=None) as batch_op:
        batch_op.drop_index(batch_op.f("ix_consent_person_id"))
        batch_op.drop_index(batch_op.f("ix_consent_interview_id"))

    op.drop_table("consent")
    with op.batch_alter_table("asset_subject", schema=None) as batch_op:
        batch_op.drop_index(batch_op.f("ix_asset_subject_subject_id"))

    op.drop_table("asset_subject")
    with op.batch_alter_table("asset_person", schema=None) as batch_op:
        batch_op.drop_index(batch_op.f("ix_asset_person_person_id"))

    op.drop_table("asset_person")
    with op.batch_alter_table("interview_subject", schema=None) as batch_op:
        batch_op.drop_index(batch_op.f("ix_interview_subject_subject_id"))

    op.drop_table("interview_subject")
    with op.batch_alter_table("interview_person", schema=None) as batch_op:
        batch_op.drop_index(batch_op.f("ix_interview_person_person_id"))

    op.drop_table("interview_person")
    with op.batch_alter_table("asset", schema=None) as batch_op:
        batch_op.drop_index(batch_op.f("ix_asset_taken_at"))
        batch_op.drop_index(batch_op.f("ix_asset_place_id"))
        batch_op.drop_index(batch_op.f("ix_asset_kind"))
        batch_op.drop_index(batch_op.f("ix_asset_interview_id"))

    op.drop_table("asset")
    with op.batch_alter_table("interview", schema=None) as batch_op:
        batch_op.drop_index(batch_op.f("ix_interview_place_id"))

    op.drop_table("interview")
    with op.batch_alter_table("person_subject", schema=None) as batch_op:
        batch_op.drop_index(batch_op.f("ix_person_subject_subject_id"))

    op.drop_table("person_subject")
    op.drop_table("collection")
    op.drop_table("user_account")
    with op.batch_alter_table("subject", schema=None) as batch_op:
        batch_op.drop_index(batch_op.f("ix_subject_parent_id"))

    op.drop_table("subject")
    with op.batch_alter_table("place", schema=None) as batch_op:
        batch_op.drop_index(batch_op.f("ix_place_parent_id"))
        batch_op.drop_index(batch_op.f("ix_place_name"))

    op.drop_table("place")
    with op.batch_alter_table("person", schema=None) as batch_op:
        batch_op.drop_index(batch_op.f("ix_person_sort_name"))

    op.drop_table("person")
    op.drop_table("institution")
    with op.batch_alter_table("audit_event", schema=None) as batch_op:
        batch_op.drop_index("ix_audit_event_entity")
        batch_op.drop_index(batch_op.f("ix_audit_event_at"))

    op.drop_table("audit_event")
    op.drop_table("archive_setting")
