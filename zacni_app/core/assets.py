"""Asset records: reading them, with access honoured, as plain values."""

from __future__ import annotations

from typing import Any

from sqlalchemy.orm import Session

from archive_schema import Asset
from zacni_app.core import records
from zacni_app.core.access import actor_of, asset_access, may_see
from zacni_app.core.errors import NotFoundError


def get_asset(session: Session, asset_id: int) -> Asset:
    asset = records.get(session, Asset, asset_id)
    if not may_see(actor_of(session), asset_access(session, asset)):  # consents count, not only its level
        raise NotFoundError(f"no asset with id {asset_id}")
    return asset


def asset_dict(asset: Asset) -> dict[str, Any]:
    return {
        "id": asset.id,
        "uid": asset.uid,
        "kind": asset.kind,
        "sha256": asset.sha256,
        "size": asset.size,
        "mime": asset.mime,
        "ext": asset.ext,
        "original_name": asset.original_name,
        "imported_at": asset.imported_at.isoformat(),
        "title": asset.title,
        "description": asset.description,
        "access": asset.access,
        "interview_id": asset.interview_id,
        "duration_ms": asset.duration_ms,
        "codec": asset.codec,
        "bitrate": asset.bitrate,
        "sample_rate": asset.sample_rate,
        "channels": asset.channels,
        "width": asset.width,
        "height": asset.height,
        "orientation": asset.orientation,
        "taken_at": asset.taken_at.isoformat() if asset.taken_at else None,
        "camera": asset.camera,
        "gps_lat": asset.gps_lat,
        "gps_lon": asset.gps_lon,
        "page_count": asset.page_count,
        "tags": asset.tech.get("tags", {}),
        "warnings": asset.warnings,
        "media_path": asset.media_relpath,
        "version": asset.version,
    }
