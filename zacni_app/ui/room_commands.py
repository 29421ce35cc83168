"""The listening room's edits: one door to the core for a recording, and undo steps over its calls.

`RoomDoor` is to a transcript and its index what record_kinds.Records is to a catalogue record: each
call is one core operation (zacni_app.core.transcript_edits) in one transaction under the acting
user. It remembers the versions it last saw — the transcript's and each segment's — so every edit
is checked against them and a change another PC saved in between is refused, not overwritten.
Things deleted and made again get new ids; the door remembers which id became which, so an older
undo step still finds its cue or segment.

The commands follow ui/undo.py: the window makes the change first and pushes the step (so its first
redo() is skipped), an undo/redo is another core call, and a step the core refuses is dropped and
handed to the window (a conflict lets the user choose to overwrite).
"""

from __future__ import annotations

from collections.abc import Callable
from typing import Any, TypeVar

from zacni_app.core import transcript_edits as edits
from zacni_app.core.archive import Actor, Archive
from zacni_app.core.errors import ZacniError
from zacni_app.core.transcript_edits import CueRow, SegmentRow, TranscriptState
from zacni_app.ui.qt import QUndoCommand, QUndoStack

T = TypeVar("T")
FailureHandler = Callable[[ZacniError, Callable[[], None]], None]
ChangedHandler = Callable[[str], None]  # "transcript" or "index"


class RoomDoor:
    """The acting user's door to one recording's transcript and index segments."""

    def __init__(self, archive: Archive, actor: Actor, asset_id: int, language: str = "pl") -> None:
        self.archive = archive
        self.actor = actor
        self.asset_id = asset_id
        self.language = language
        self.transcript_id: int | None = None
        self.version: int | None = None
        self.segment_versions: dict[int, int] = {}
        self._renamed: dict[tuple[str, int], int] = {}

    # -- reading -----------------------------------------------------------------------------
    def transcript(self) -> TranscriptState | None:
        with self.archive.session(self.actor) as s:
            state = edits.transcript_state(s, self.asset_id, language=self.language, redact=True)
        self.transcript_id = state.transcript_id if state else None
        self.version = state.version if state else None
        return state

    def segments(self) -> list[SegmentRow]:
        with self.archive.session(self.actor) as s:
            rows = edits.list_segments(s, self.asset_id)
        self.segment_versions = {row.id: row.version for row in rows}
        return rows

    def speakers(self) -> list[str]:
        with self.archive.session(self.actor) as s:
            return edits.speaker_names(s, self.asset_id)

    # -- ids that changed --------------------------------------------------------------------
    def renamed(self, kind: str, old: int, new: int) -> None:
        self._renamed[(kind, old)] = new

    def current_id(self, kind: str, record_id: int) -> int:
        while (kind, record_id) in self._renamed:
            record_id = self._renamed[(kind, record_id)]
        return record_id

    # -- cues --------------------------------------------------------------------------------
    def _expected(self, force: bool) -> int | None:
        return None if force else self.version

    def _done(self, change: edits.CueChange) -> CueRow:
        self.transcript_id, self.version = change.transcript_id, change.version
        return change.cue

    def ensure_transcript(self) -> int:
        """The transcript's id, made (empty) the first time someone types into the recording."""
        if self.transcript_id is None:
            with self.archive.transaction(self.actor) as s:
                made = edits.create_transcript(s, self.asset_id, language=self.language)
                self.transcript_id, self.version = made.id, made.version
        return self.transcript_id

    def update_cue(self, cue_id: int, changes: dict[str, Any], force: bool = False) -> CueRow:
        with self.archive.transaction(self.actor) as s:
            cue = self.current_id("cue", cue_id)
            return self._done(edits.update_cue(s, cue, expected_version=self._expected(force), **changes))

    def split_cue(self, cue_id: int, at_char: int, at_ms: int, force: bool = False) -> CueRow:
        with self.archive.transaction(self.actor) as s:
            change = edits.split_cue(
                s,
                self.current_id("cue", cue_id),
                at_char=at_char,
                at_ms=at_ms,
                expected_version=self._expected(force),
            )
            return self._done(change)

    def merge_cue(self, cue_id: int, text: str | None = None, force: bool = False) -> CueRow:
        with self.archive.transaction(self.actor) as s:
            change = edits.merge_cue_with_next(
                s, self.current_id("cue", cue_id), expected_version=self._expected(force), text=text
            )
            return self._done(change)

    def unmerge_cue(self, first: CueRow, removed: CueRow, force: bool = False) -> CueRow:
        """Undo a merge in one transaction: the first cue as it was, the second one back."""
        with self.archive.transaction(self.actor) as s:
            first_id = self.current_id("cue", first.id)
            restored = edits.update_cue(
                s, first_id, expected_version=self._expected(force), text=first.text, end_ms=first.end_ms
            )
            return self._done(self._insert(s, removed, restored.version))

    def new_cue(self, start_ms: int, force: bool = False) -> CueRow:
        """An empty cue from `start_ms` to the next cue (or the recording's end)."""
        transcript_id = self.ensure_transcript()
        with self.archive.transaction(self.actor) as s:
            change = edits.insert_cue(
                s, transcript_id, start_ms=start_ms, expected_version=self._expected(force)
            )
            return self._done(change)

    def insert_cue(self, cue: CueRow, force: bool = False) -> CueRow:
        """Put a cue in (a new one, or one deleted before: `cue.id` then names the old one)."""
        transcript_id = self.ensure_transcript()
        with self.archive.transaction(self.actor) as s:
            return self._done(self._insert(s, cue, self._expected(force), transcript_id))

    def _insert(self, s: Any, cue: CueRow, version: int | None, transcript_id: int | None = None) -> Any:
        change = edits.insert_cue(
            s,
            transcript_id or self.transcript_id or 0,
            start_ms=cue.start_ms,
            end_ms=cue.end_ms,
            text=cue.text,
            speaker=cue.speaker,
            access=cue.access,
            expected_version=version,
        )
        if cue.id:
            self.renamed("cue", cue.id, change.cue.id)
        return change

    def delete_cue(self, cue_id: int, force: bool = False) -> CueRow:
        with self.archive.transaction(self.actor) as s:
            change = edits.delete_cue(
                s, self.current_id("cue", cue_id), expected_version=self._expected(force)
            )
            return self._done(change)

    # -- segments ----------------------------------------------------------------------------
    def _segment_done(self, row: SegmentRow) -> SegmentRow:
        self.segment_versions[row.id] = row.version
        return row

    def new_segment(self, values: dict[str, Any], old_id: int | None = None) -> SegmentRow:
        with self.archive.transaction(self.actor) as s:
            row = edits.segment_row(edits.new_segment(s, self.asset_id, **values))
        if old_id is not None:
            self.renamed("segment", old_id, row.id)
        return self._segment_done(row)

    def update_segment(self, segment_id: int, changes: dict[str, Any], force: bool = False) -> SegmentRow:
        current = self.current_id("segment", segment_id)
        version = None if force else self.segment_versions.get(current)
        with self.archive.transaction(self.actor) as s:
            segment = edits.update_segment(s, current, expected_version=version, **changes)
            return self._segment_done(edits.segment_row(segment))

    def delete_segment(self, segment_id: int, force: bool = False) -> SegmentRow:
        current = self.current_id("segment", segment_id)
        version = None if force else self.segment_versions.get(current)
        with self.archive.transaction(self.actor) as s:
            removed = edits.delete_segment(s, current, expected_version=version)
        self.segment_versions.pop(current, None)
        return removed


def push_edit(
    stack: QUndoStack, on_failure: FailureHandler, run: Callable[[bool], T], step: Callable[[T], QUndoCommand]
) -> T | None:
    """Make an edit now — on a refusal the window decides (a conflict may be overwritten: run(True)) —
    then push its undo step. None if nothing was changed."""
    try:
        result = run(False)
    except ZacniError as error:
        forced: list[T] = []
        on_failure(error, lambda: forced.append(run(True)))
        if not forced:
            return None
        result = forced[0]
    stack.push(step(result))
    return result


# -- undo steps ------------------------------------------------------------------------------------
class RoomCommand(QUndoCommand):
    """Shared plumbing: skip the first redo, report what changed, hand refusals to the window."""

    area = "transcript"

    def __init__(self, text: str, door: RoomDoor, on_changed: ChangedHandler, on_failure: FailureHandler):
        super().__init__(text)
        self.door = door
        self.on_changed = on_changed
        self.on_failure = on_failure
        self._done_once = True

    def redo(self) -> None:
        if self._done_once:
            self._done_once = False
            return
        self._run(self.forward)

    def undo(self) -> None:
        self._run(self.backward)

    def _run(self, step: Callable[[bool], None]) -> None:
        try:
            step(False)
        except ZacniError as error:
            self.setObsolete(True)  # the stack drops a step that could not be taken
            self.on_failure(error, lambda: self._forced(step))
            return
        self.on_changed(self.area)

    def _forced(self, step: Callable[[bool], None]) -> None:
        step(True)
        self.on_changed(self.area)

    def forward(self, force: bool) -> None:
        raise NotImplementedError

    def backward(self, force: bool) -> None:
        raise NotImplementedError


class EditCue(RoomCommand):
    """Changed fields of one cue. Typing into one cue, saved in pauses, is one undo step."""

    def __init__(
        self, text: str, door: RoomDoor, cue_id: int, before: dict[str, Any], after: dict[str, Any], **kw: Any
    ):
        super().__init__(text, door, **kw)
        self.cue_id, self.before, self.after = cue_id, before, after

    def id(self) -> int:
        return 1

    def mergeWith(self, other: QUndoCommand) -> bool:
        if (
            not isinstance(other, EditCue)
            or other.cue_id != self.cue_id
            or set(other.after) != set(self.after)
        ):
            return False
        self.after = other.after
        return True

    def forward(self, force: bool) -> None:
        self.door.update_cue(self.cue_id, self.after, force)

    def backward(self, force: bool) -> None:
        self.door.update_cue(self.cue_id, self.before, force)


class SplitCue(RoomCommand):
    def __init__(
        self, text: str, door: RoomDoor, original: CueRow, at_char: int, at_ms: int, second_id: int, **kw: Any
    ):
        super().__init__(text, door, **kw)
        self.original, self.at_char, self.at_ms, self.second_id = original, at_char, at_ms, second_id

    def forward(self, force: bool) -> None:
        second = self.door.split_cue(self.original.id, self.at_char, self.at_ms, force)
        self.door.renamed("cue", self.second_id, second.id)
        self.second_id = second.id

    def backward(self, force: bool) -> None:
        self.door.merge_cue(self.original.id, self.original.text, force)


class MergeCue(RoomCommand):
    def __init__(self, text: str, door: RoomDoor, first: CueRow, removed: CueRow, **kw: Any):
        super().__init__(text, door, **kw)
        self.first, self.removed = first, removed

    def forward(self, force: bool) -> None:
        self.removed = self.door.merge_cue(self.first.id, None, force)

    def backward(self, force: bool) -> None:
        self.door.unmerge_cue(self.first, self.removed, force)


class InsertCue(RoomCommand):
    def __init__(self, text: str, door: RoomDoor, cue: CueRow, **kw: Any):
        super().__init__(text, door, **kw)
        self.cue = cue

    def forward(self, force: bool) -> None:
        self.door.insert_cue(self.cue, force)

    def backward(self, force: bool) -> None:
        self.door.delete_cue(self.cue.id, force)


class DeleteCue(InsertCue):
    def forward(self, force: bool) -> None:
        InsertCue.backward(self, force)

    def backward(self, force: bool) -> None:
        InsertCue.forward(self, force)


class EditSegment(RoomCommand):
    area = "index"

    def __init__(
        self,
        text: str,
        door: RoomDoor,
        segment_id: int,
        before: dict[str, Any],
        after: dict[str, Any],
        **kw: Any,
    ):
        super().__init__(text, door, **kw)
        self.segment_id, self.before, self.after = segment_id, before, after

    def forward(self, force: bool) -> None:
        self.door.update_segment(self.segment_id, self.after, force)

    def backward(self, force: bool) -> None:
        self.door.update_segment(self.segment_id, self.before, force)


class NewSegment(RoomCommand):
    area = "index"

    def __init__(self, text: str, door: RoomDoor, row: SegmentRow, **kw: Any):
        super().__init__(text, door, **kw)
        self.row = row

    def forward(self, force: bool) -> None:
        self.door.new_segment(self.row.values(), old_id=self.row.id)

    def backward(self, force: bool) -> None:
        self.door.delete_segment(self.row.id, force)


class DeleteSegment(NewSegment):
    def forward(self, force: bool) -> None:
        NewSegment.backward(self, force)

    def backward(self, force: bool) -> None:
        NewSegment.forward(self, force)
