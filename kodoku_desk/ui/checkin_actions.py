"""What the check-in screen did, so Ctrl+Z can take it back, and the queue that runs
the screen's database work one task after another in the background.

- :class:`UndoStack`: the last actions of this screen (a check-in or a walk-in
  change), newest on top; undoing a check-in removes the attendance, undoing a
  walk-in change applies the opposite change.
- :class:`TaskQueue`: reads and writes run in order, one at a time (two quick
  「+」 presses are two changes, applied in turn), each through
  :func:`~kodoku_desk.ui.tasks.run_task`.  One at a time also keeps this busy
  screen from running two database tasks at once: each pool task gets a fresh
  connection from the engine's SingletonThreadPool, which closes older ones
  (possibly one another task is using) once it holds more than five.
"""

from __future__ import annotations

from collections import deque
from collections.abc import Callable
from dataclasses import dataclass
from typing import Any

from kodoku_desk.models.errors import ValidationError
from kodoku_desk.ui.i18n import current_language
from kodoku_desk.ui.messages import error_message
from kodoku_desk.ui.tasks import run_task


def problem_text(error: BaseException) -> str:
    """A clear message for any error of the check-in services (ValidationError included)."""
    if isinstance(error, ValidationError):
        return "\n".join(error.messages(current_language()))
    return error_message(error)


CHECK_IN = "check_in"
WALK_IN = "walk_in"


@dataclass(frozen=True, slots=True)
class Action:
    """One action of the screen that can be undone."""

    kind: str                        # CHECK_IN or WALK_IN
    label: str                       # 「山田 太郎 さんの受付」 / 「小学生（匿名）+1」, for the button
    attendance_id: str | None = None
    category: str | None = None
    delta: int = 0


class UndoStack:
    LIMIT = 50

    def __init__(self) -> None:
        self._items: list[Action] = []

    def push(self, action: Action) -> None:
        self._items.append(action)
        del self._items[:-self.LIMIT]

    def pop(self) -> Action | None:
        return self._items.pop() if self._items else None

    def peek(self) -> Action | None:
        return self._items[-1] if self._items else None

    def forget_attendance(self, attendance_id: str) -> None:
        """The check-in was taken back another way (the roster's 取り消し)."""
        self._items = [a for a in self._items if a.attendance_id != attendance_id]

    def clear(self) -> None:
        self._items.clear()

    def __len__(self) -> int:
        return len(self._items)


Done = Callable[[Any, BaseException | None], None]


class TaskQueue:
    """Run ``fn`` in the background after the tasks before it; ``on_done(result, error)``."""

    def __init__(self, owner) -> None:
        self.owner = owner
        self._queue: deque[tuple[Callable[[], Any], Done]] = deque()
        self._busy = False

    @property
    def idle(self) -> bool:
        return not self._busy and not self._queue

    def submit(self, fn: Callable[[], Any], on_done: Done) -> None:
        self._queue.append((fn, on_done))
        self._next()

    def _next(self) -> None:
        if self._busy or not self._queue:
            return
        fn, on_done = self._queue.popleft()
        self._busy = True
        run_task(fn, lambda result, error: self._finished(on_done, result, error),
                 owner=self.owner)

    def _finished(self, on_done: Done, result: Any, error: BaseException | None) -> None:
        self._busy = False
        try:
            on_done(result, error)
        finally:
            self._next()
