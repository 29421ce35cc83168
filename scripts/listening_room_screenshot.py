"""A screenshot of the listening room on a demo interview, for docs/ and the README.

    QT_QPA_PLATFORM=offscreen .venv/bin/python scripts/listening_room_screenshot.py [ARCHIVE_DIR] [OUT_DIR]

ARCHIVE_DIR should hold the demo (`zacni demo`); without it a throwaway archive is made and the
demo loaded into it. The room opens on the beekeeper's interview in the middle of a cue, with the
index segments' marks and a clip range on the waveform, at a fixed size and with throwaway
settings, so the pictures come out the same on every machine: listening-room.png (the transcript)
and listening-room-index.png (the index) in OUT_DIR (docs/ by default).
"""

from __future__ import annotations

import os
import sys
import tempfile
from pathlib import Path

REPO = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(REPO))
SIZE = (1280, 820)


def render(archive_dir: Path | None, out_dir: Path, language: str = "pl") -> list[Path]:
    os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
    from sqlalchemy import select

    from archive_schema import Asset, Interview
    from zacni_app.core.archive import Archive, is_archive
    from zacni_app.core.demo import load_demo
    from zacni_app.core.demo_content import NARRATORS
    from zacni_app.ui.language import install_translations
    from zacni_app.ui.listening_room import ListeningRoom
    from zacni_app.ui.qt import QApplication, QElapsedTimer, QSettings

    app = QApplication.instance() or QApplication(sys.argv[:1])
    assert isinstance(app, QApplication)
    install_translations(app, language)
    with tempfile.TemporaryDirectory(prefix="zacni-room-") as scratch:
        root = archive_dir or Path(scratch) / "archive"
        archive = Archive.open(root) if is_archive(root) else Archive.create(root)
        try:
            load_demo(archive)
            with archive.session() as s:
                asset_id = s.scalars(
                    select(Asset.id)
                    .join(Interview, Asset.interview_id == Interview.id)
                    .where(Asset.kind == "audio", Interview.title == NARRATORS[0].interview_title)
                ).one()
            settings = QSettings(str(Path(scratch) / "room.ini"), QSettings.Format.IniFormat)
            room = ListeningRoom(archive, archive.actor("admin"), settings, asset_id)
            room.resize(*SIZE)
            room.show()
            room.open_at(36_200)
            for ms, action in ((49_500, room.clips.set_in_action), (60_100, room.clips.set_out_action)):
                room.player.seek(ms)
                action.trigger()
            room.player.seek(36_200)
            room.transcript.follow(36_200)  # the cue being heard, in yellow
            room.transcript.select_cue(room.transcript.model.rows[7].id, focus=False)  # the one being typed
            written = []
            out_dir.mkdir(parents=True, exist_ok=True)
            for name in ("listening-room.png", "listening-room-index.png"):
                if name.endswith("index.png"):
                    room.tabs.setCurrentWidget(room.index)
                    room.index.select_segment(room.index.model.rows[1].id)
                clock = QElapsedTimer()
                clock.start()
                while clock.elapsed() < 800:  # the media loads and the view settles
                    app.processEvents()
                room.grab().save(str(out_dir / name), "PNG")
                written.append(out_dir / name)
            room.close()
        finally:
            archive.close()
    return written


if __name__ == "__main__":
    given = Path(sys.argv[1]) if len(sys.argv) > 1 else None
    out = Path(sys.argv[2]) if len(sys.argv) > 2 else REPO / "docs"
    for path in render(given, out):
        print(path)
