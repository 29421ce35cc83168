"""Undo and redo of catalogue edits: QUndoCommands whose undo is another core call.

An edit's undo writes the old values back through the same update service, with the version
the edit produced, so undoing over a change another PC saved meanwhile is refused (and the user
is asked) instead of silently overwriting it. A delete's undo restores from the trash; a new
record's undo moves it to the trash. The first redo() of each command is skipped: the window did
the work before pushing, so a refused save never reaches the stack.
"""

from __future__ import annotations

from collections.abc import Callable

from zacni_app.core.errors import ConflictError, ZacniError
from zacni_app.ui.qt import QUndoCommand
from zacni_app.ui.record_kinds import Records, Values

#: Called when an undo/redo step fails: (error, retry without the version check) → retried?
FailureHandler = Callable[[ZacniError, Callable[[], None]], None]
#: Called after every successful step, so the window re-reads what changed.
ChangedHandler = Callable[[str, int], None]


class RecordCommand(QUndoCommand):
    """Shared plumbing: skip the first redo, report changes, hand failures to the window."""

    def __init__(
        self,
        text: str,
        records: Records,
        kind: str,
        record_id: int,
        on_changed: ChangedHandler,
        on_failure: FailureHandler,
    ) -> None:
        super().__init__(text)
        self.records = records
        self.kind = kind
        self._record_id = record_id
        self.on_changed = on_changed
        self.on_failure = on_failure
        self._done_once = True

    @property
    def record_id(self) -> int:
        """The record's id now: one deleted and made again by another step has a new id."""
        return self.records.current_id(self.kind, self._record_id)

    def redo(self) -> None:
        if self._done_once:
            self._done_once = False
            return
        self._run(self.forward, self.forward_anyway)

    def undo(self) -> None:
        self._run(self.backward, self.backward_anyway)

    def _run(self, step: Callable[[], None], anyway: Callable[[], None]) -> None:
        try:
            step()
        except ZacniError as error:
            self.setObsolete(True)  # the stack drops a step that could not be taken
            self.on_failure(error, lambda: self._forced(anyway))
            return
        self.on_changed(self.kind, self.record_id)

    def _forced(self, anyway: Callable[[], None]) -> None:
        anyway()
        self.on_changed(self.kind, self.record_id)

    def forward(self) -> None:
        raise NotImplementedError

    def backward(self) -> None:
        raise NotImplementedError

    def forward_anyway(self) -> None:
        self.forward()

    def backward_anyway(self) -> None:
        self.backward()


class EditRecord(RecordCommand):
    """Changed fields of one record: `before` and `after` hold only the fields that changed."""

    def __init__(
        self,
        text: str,
        records: Records,
        kind: str,
        record_id: int,
        *,
        before: Values,
        after: Values,
        version: int,
        on_changed: ChangedHandler,
        on_failure: FailureHandler,
    ) -> None:
        super().__init__(text, records, kind, record_id, on_changed, on_failure)
        self.before = before
        self.after = after
        self.version = version

    def forward(self) -> None:
        self.version = self.records.update(self.kind, self.record_id, self.version, self.after)

    def backward(self) -> None:
        self.version = self.records.update(self.kind, self.record_id, self.version, self.before)

    def forward_anyway(self) -> None:
        self.version = self.records.update(self.kind, self.record_id, None, self.after)

    def backward_anyway(self) -> None:
        self.version = self.records.update(self.kind, self.record_id, None, self.before)


class VersionedCommand(RecordCommand):
    """A step that carries the record's version from one core call to the next, and for a record
    without a trash the values that make it again."""

    def __init__(
        self,
        text: str,
        records: Records,
        kind: str,
        record_id: int,
        *,
        version: int | None,
        on_changed: ChangedHandler,
        on_failure: FailureHandler,
        values: Values | None = None,
    ) -> None:
        super().__init__(text, records, kind, record_id, on_changed, on_failure)
        self.version = version
        self.values: Values = dict(values or {})


class CreateRecord(VersionedCommand):
    """A new record: undo moves it to the trash, redo takes it back out."""

    def forward(self) -> None:
        self.version = self.records.restore(self.kind, self.record_id)

    def backward(self) -> None:
        self.version = self.records.trash(self.kind, self.record_id, self.version)

    def backward_anyway(self) -> None:
        self.version = self.records.trash(self.kind, self.record_id, None)


class TrashRecord(VersionedCommand):
    """A record moved to the trash: undo restores it."""

    def forward(self) -> None:
        self.version = self.records.trash(self.kind, self.record_id, self.version)

    def backward(self) -> None:
        self.version = self.records.restore(self.kind, self.record_id)

    def forward_anyway(self) -> None:
        self.version = self.records.trash(self.kind, self.record_id, None)


class RestoreRecord(TrashRecord):
    """A record taken out of the trash: undo puts it back."""

    def forward(self) -> None:
        TrashRecord.backward(self)

    def backward(self) -> None:
        TrashRecord.forward(self)

    def forward_anyway(self) -> None:
        TrashRecord.backward(self)

    def backward_anyway(self) -> None:
        self.version = self.records.trash(self.kind, self.record_id, None)


class CreateDeletable(VersionedCommand):
    """A new record of a kind with no trash (a subject, a consent): undo deletes it (refused, with
    the reason, once something uses it), redo makes it again from the same values, under a new
    id that later steps follow (Records.replaced)."""

    def forward(self) -> None:
        new_id, self.version = self.records.create(self.kind, dict(self.values))
        self.records.replaced[(self.kind, self._record_id)] = new_id

    def backward(self) -> None:
        self.values = self.records.remove(self.kind, self.record_id, self.version)

    def backward_anyway(self) -> None:
        self.values = self.records.remove(self.kind, self.record_id, None)


class DeleteRecord(CreateDeletable):
    """A record of a kind with no trash deleted for good: undo makes it again (pushed with
    version None: whatever it is made again with, redoing the delete removes that)."""

    def forward(self) -> None:
        CreateDeletable.backward(self)

    def backward(self) -> None:
        CreateDeletable.forward(self)

    def forward_anyway(self) -> None:
        CreateDeletable.backward_anyway(self)

    def backward_anyway(self) -> None:
        CreateDeletable.forward(self)


def is_conflict(error: ZacniError) -> bool:
    return isinstance(error, ConflictError)
