"""Why a file was refused, or what is wrong with one that was kept, in the window's language.

The core reports every refusal and every warning of an import with a stable `code` and an English
`detail` (media_probe, ingest, ingest_worker, file_names, derivatives). The import report shows the
sentence for the code, translated; the English detail, which names the exact fault, stays in the
tooltip. A code this table does not know yet is shown with its English detail.
"""

from __future__ import annotations

from zacni_app.ui.qt import QCoreApplication

translate = QCoreApplication.translate


def _reasons() -> dict[str, str]:
    return {
        "empty": translate("ImportReasons", "The file is empty (0 bytes)."),
        "unsupported_type": translate(
            "ImportReasons", "This is not a photo, scan, recording, video or PDF that the archive can take."
        ),
        "decompression_bomb": translate(
            "ImportReasons",
            "The file declares an enormous image (more pixels than the archive accepts); it was refused.",
        ),
        "corrupt": translate("ImportReasons", "The file is damaged and cannot be read."),
        "unreadable": translate("ImportReasons", "The file cannot be read (no permission, or a disk error)."),
        "not_found": translate(
            "ImportReasons", "The file does not exist (perhaps the card or disk was removed)."
        ),
        "not_a_file": translate(
            "ImportReasons", "This is not an ordinary file (a device, a pipe or a socket)."
        ),
        "symlink_loop": translate("ImportReasons", "The link leads round in a circle; it was skipped."),
        "disk_full": translate(
            "ImportReasons", "The archive's disk is full; free some space and import again."
        ),
        "truncated": translate("ImportReasons", "The file is incomplete: its end is missing."),
        "truncated_audio": translate(
            "ImportReasons", "The sound can be played only up to a point; the rest is damaged."
        ),
        "damaged_data": translate("ImportReasons", "Part of the picture or video data is damaged."),
        "extension_mismatch": translate(
            "ImportReasons", "The ending of the file name does not match what the file really is."
        ),
        "garbage_tags": translate(
            "ImportReasons",
            "The description stored in the file (tags, EXIF) was damaged; unreadable parts were left out.",
        ),
        "no_decoder": translate(
            "ImportReasons", "No decoder for this format is installed, so its size was not read."
        ),
        "encrypted": translate(
            "ImportReasons", "The document is password-protected, so its pages could not be counted."
        ),
        "name_too_long": translate(
            "ImportReasons", "The file's name or path is longer than the system allows."
        ),
        "name_windows": translate("ImportReasons", "This name cannot be used on Windows."),
        "windows_reserved": translate("ImportReasons", "This name cannot be used on Windows."),
        "name_not_utf8": translate(
            "ImportReasons",
            "The name is not in UTF-8 (an old camera or computer); unreadable letters were replaced.",
        ),
        "name_decomposed": translate(
            "ImportReasons",
            "The name was written with decomposed letters (as macOS does); it is kept in the usual form.",
        ),
        "same_name": translate(
            "ImportReasons",
            "The folder holds several files of this name (in other letter case or form); each is kept.",
        ),
        "no_thumbnail": translate("ImportReasons", "No thumbnail could be made."),
        "no_waveform": translate("ImportReasons", "No waveform of the sound could be drawn."),
        "no_poster": translate("ImportReasons", "No frame of the video could be taken as its picture."),
    }


def reason_text(code: str | None, detail: str) -> str:
    """The sentence for `code`; the core's English detail when the code is not known here."""
    if code == "name_too_long" and detail.startswith("the name is"):
        return translate(
            "ImportReasons", "The name is very long; copies written to Windows folders will be shortened."
        )
    known = _reasons().get(code or "")
    return known if known is not None else detail


def known_codes() -> frozenset[str]:
    return frozenset(_reasons())
