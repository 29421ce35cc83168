"""Derivatives of a master: what the catalogue shows instead of decoding the original each time.

Thumbnails for photos and scanned images (PDFs have none: no PDF renderer is bundled), waveform
peaks for recordings, a poster frame (and its thumbnails) for videos. All live under
derivatives/, keyed by the master's SHA-256, and can be rebuilt at any time from media/. Making
them never fails an import: a derivative that cannot be made becomes a warning on the asset.
"""

from __future__ import annotations

from pathlib import Path

from PIL import Image

from zacni_app.core.media_probe import Problem
from zacni_app.core.progress import CancelFlag, Cancelled
from zacni_app.core.thumbnails import make_thumbnails

#: Errors a decoder may raise on a damaged file; anything else is a bug and propagates.
_DECODE_ERRORS = (OSError, ValueError, EOFError, RuntimeError, Image.DecompressionBombError)


def make_derivatives(
    master: Path, derivatives: Path, sha256: str, kind: str, cancel: CancelFlag | None = None
) -> list[Problem]:
    """Write every derivative `kind` has; returns warnings for the ones that could not be made."""
    problems: list[Problem] = []
    if kind == "image":
        problems.extend(_thumbnails(master, derivatives, sha256))
    if kind in ("audio", "video"):
        problems.extend(_waveform(master, derivatives, sha256, kind, cancel))
    if kind == "video":
        problems.extend(_poster(master, derivatives, sha256))
    return problems


def _storage_failure(exc: BaseException) -> bool:
    """An OSError that carries an errno (ENOSPC, EIO, EROFS…) is the disk failing, not the file
    being damaged: decoders report damage as exceptions without errno. Storage failures propagate,
    so the import refuses the file with the real reason instead of keeping it without derivatives."""
    return isinstance(exc, OSError) and exc.errno is not None


def _thumbnails(master: Path, derivatives: Path, sha256: str) -> list[Problem]:
    try:
        make_thumbnails(master, derivatives, sha256)
    except _DECODE_ERRORS as exc:
        if _storage_failure(exc):
            raise
        return [Problem("no_thumbnail", f"no thumbnail could be made: {exc}")]
    return []


def _waveform(
    master: Path, derivatives: Path, sha256: str, kind: str, cancel: CancelFlag | None
) -> list[Problem]:
    from zacni_app.core import waveform  # decoding libraries load only where recordings are

    try:
        result = waveform.make_waveform(master, derivatives, sha256, cancel)
    except waveform.NoAudio:
        if kind == "audio":
            return [Problem("no_waveform", "the recording has no audio stream to draw")]
        return []  # a silent video simply has no waveform
    except Cancelled:
        raise
    except _DECODE_ERRORS as exc:
        if _storage_failure(exc):
            raise
        return [Problem("no_waveform", f"no waveform could be drawn: {exc}")]
    if result.truncated:
        seconds = result.duration_ms // 1000
        return [
            Problem(
                "truncated_audio",
                f"the sound could be decoded only up to {seconds // 60}:{seconds % 60:02d}; "
                "the rest is damaged",
            )
        ]
    return []


def _poster(master: Path, derivatives: Path, sha256: str) -> list[Problem]:
    from zacni_app.core import posters

    try:
        posters.make_poster(master, derivatives, sha256)
    except posters.NoVideoFrame as exc:
        return [Problem("no_poster", f"no frame of the video could be decoded: {exc}")]
    except _DECODE_ERRORS as exc:
        if _storage_failure(exc):
            raise
        return [Problem("no_poster", f"no poster frame could be made: {exc}")]
    return []
