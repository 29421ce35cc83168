"""Starter vocabulary of hobbies, crafts and topics (Polish labels, English alongside).

A frozen copy lives here on purpose: a migration must do the same thing forever, whatever later
code thinks the vocabulary should be. Terms already present (same label) are left alone.

Revision ID: 0002
Revises: 0001
Create Date: 2026-11-22
"""

import uuid
from collections.abc import Sequence
from datetime import UTC, datetime

import sqlalchemy as sa
from alembic import op

revision: str = "0002"
down_revision: str | None = "0001"
branch_labels: str | Sequence[str] | None = None
depends_on: str | Sequence[str] | None = None

#: (label, English label, parent label)
STARTER_SUBJECTS: tuple[tuple[str, str, str | None], ...] = (
    ("rękodzieło", "crafts", None),
    ("haft", "embroidery", "rękodzieło"),
    ("koronkarstwo", "lace-making", "rękodzieło"),
    ("tkactwo", "weaving", "rękodzieło"),
    ("wycinanki", "paper cutting", "rękodzieło"),
    ("garncarstwo", "pottery", "rękodzieło"),
    ("kowalstwo", "blacksmithing", "rękodzieło"),
    ("stolarstwo", "carpentry", "rękodzieło"),
    ("rzeźba ludowa", "folk sculpture", "rękodzieło"),
    ("plecionkarstwo", "basket weaving", "rękodzieło"),
    ("pisanki", "decorated Easter eggs", "rękodzieło"),
    ("hodowla", "animal keeping", None),
    ("pszczelarstwo", "beekeeping", "hodowla"),
    ("gołębie pocztowe", "racing pigeons", "hodowla"),
    ("hodowla koni", "horse breeding", "hodowla"),
    ("drobiarstwo ozdobne", "fancy poultry", "hodowla"),
    ("muzyka", "music", None),
    ("śpiew w zespole", "choral singing", "muzyka"),
    ("zespół ludowy", "folk ensemble", "muzyka"),
    ("orkiestra dęta", "brass band", "muzyka"),
    ("muzyka ludowa", "folk music", "muzyka"),
    ("sport i rekreacja", "sport and recreation", None),
    ("wędkarstwo", "angling", "sport i rekreacja"),
    ("turystyka rowerowa", "cycle touring", "sport i rekreacja"),
    ("piłka nożna", "football", "sport i rekreacja"),
    ("łowiectwo", "hunting", "sport i rekreacja"),
    ("kulinaria", "cooking", None),
    ("wypiek chleba", "bread baking", "kulinaria"),
    ("przetwory", "preserves", "kulinaria"),
    ("kuchnia regionalna", "regional cuisine", "kulinaria"),
    ("historia lokalna", "local history", None),
    ("kolekcjonerstwo", "collecting", "historia lokalna"),
    ("genealogia", "genealogy", "historia lokalna"),
    ("obrzędy i zwyczaje", "customs and rituals", "historia lokalna"),
    ("koło gospodyń wiejskich", "rural women's circle", "historia lokalna"),
    ("ochotnicza straż pożarna", "volunteer fire brigade", "historia lokalna"),
    ("przyroda", "nature", None),
    ("ogrodnictwo", "gardening", "przyroda"),
    ("zielarstwo", "herbalism", "przyroda"),
    ("sadownictwo", "fruit growing", "przyroda"),
    ("technika", "technology", None),
    ("modelarstwo", "model making", "technika"),
    ("krótkofalarstwo", "amateur radio", "technika"),
    ("renowacja pojazdów", "vehicle restoration", "technika"),
    ("zegarmistrzostwo", "watchmaking", "technika"),
    ("sztuka", "art", None),
    ("fotografia", "photography", "sztuka"),
    ("malarstwo", "painting", "sztuka"),
    ("poezja", "poetry", "sztuka"),
    ("teatr amatorski", "amateur theatre", "sztuka"),
)


def upgrade() -> None:
    subject = sa.table(
        "subject",
        sa.column("id", sa.Integer),
        sa.column("uid", sa.String),
        sa.column("label", sa.String),
        sa.column("label_en", sa.String),
        sa.column("parent_id", sa.Integer),
        sa.column("created_at", sa.DateTime),
        sa.column("updated_at", sa.DateTime),
        sa.column("version", sa.Integer),
    )
    conn = op.get_bind()
    now = datetime.now(UTC).replace(tzinfo=None)
    ids = {label: sid for sid, label in conn.execute(sa.select(subject.c.id, subject.c.label))}
    for label, label_en, parent in STARTER_SUBJECTS:
        if label in ids:
            continue
        conn.execute(
            subject.insert().values(
                uid=str(uuid.uuid4()),
                label=label,
                label_en=label_en,
                parent_id=ids.get(parent) if parent else None,
                created_at=now,
                updated_at=now,
                version=1,
            )
        )
        ids[label] = conn.execute(sa.select(subject.c.id).where(subject.c.label == label)).scalar_one()


def downgrade() -> None:
    """Removes only starter terms nothing refers to and nobody edited (version 1)."""
    labels = [label for label, _, _ in STARTER_SUBJECTS]
    conn = op.get_bind()
    for label in reversed(labels):
        conn.execute(
            sa.text(
                "DELETE FROM subject WHERE label = :label AND version = 1"
                " AND id NOT IN (SELECT subject_id FROM interview_subject)"
                " AND id NOT IN (SELECT subject_id FROM person_subject)"
                " AND id NOT IN (SELECT subject_id FROM asset_subject)"
                " AND id NOT IN (SELECT subject_id FROM segment_subject)"
                " AND id NOT IN (SELECT COALESCE(parent_id, 0) FROM subject)"
            ),
            {"label": label},
        )
