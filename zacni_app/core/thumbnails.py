"""Thumbnails of photos and scans, in two sizes, outside media/ (rebuildable at any time).

JPEG sources decode in draft mode at the smallest scale that still covers the largest thumbnail
(a 12 MP photo decodes at 1/4 or 1/8), which makes thumbnailing several times faster. EXIF
orientation is applied, so a portrait photo is shown upright.
"""

from __future__ import annotations

import os
from pathlib import Path

from PIL import Image, ImageOps

from zacni_app.core import faults, partial_files

#: name → longest side in pixels
SIZES: dict[str, int] = {"small": 256, "large": 1024}


def thumbnail_path(derivatives: Path, sha256: str, size: str) -> Path:
    return derivatives / "thumbnails" / size / sha256[:2] / f"{sha256}.jpg"


def make_thumbnails(master: Path, derivatives: Path, sha256: str) -> dict[str, Path]:
    """Write every thumbnail size of an image master; returns the paths by size name."""
    largest = max(SIZES.values())
    with Image.open(master) as img:
        if img.format == "JPEG":
            img.draft("RGB", (largest, largest))
        upright = ImageOps.exif_transpose(img)
        upright = upright.convert("RGB")
    written: dict[str, Path] = {}
    for name, side in sorted(SIZES.items(), key=lambda item: -item[1]):  # each from the one before
        upright = upright.copy()
        upright.thumbnail((side, side), Image.Resampling.LANCZOS)
        target = thumbnail_path(derivatives, sha256, name)
        target.parent.mkdir(parents=True, exist_ok=True)
        partial = partial_files.partial_for(target)
        try:
            faults.point("thumbnail.write")
            upright.save(partial, "JPEG", quality=85)
            faults.point("thumbnail.rename")
            os.replace(partial, target)
        finally:
            partial.unlink(missing_ok=True)  # a full disk must not leave half a thumbnail behind
        written[name] = target
    return written
