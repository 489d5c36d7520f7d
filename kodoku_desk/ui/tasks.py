"""Background work: run a function off the UI thread, get the outcome back on it.

After Picard's ``util/thread.py::run_task``: :func:`run_task` runs ``fn`` on a
thread pool and calls ``on_done(result, error)`` on the UI thread (``error`` is
the exception or None).  Tests call :func:`set_thread_pool` with a
:class:`FakeThreadPool` to run tasks at once, synchronously.

The default pool is two long-lived *Python* threads (a ThreadPoolExecutor), not
Qt's QThreadPool: the database engine keeps one connection per thread in a
thread-local (SQLAlchemy's SingletonThreadPool), and a Qt pool thread gets a new
Python thread state for every task, so each task would open another connection
and the pool would close ones still in use by other threads (a crash).
"""

from __future__ import annotations

from collections.abc import Callable
from typing import Any

import gc
import threading
import time
from concurrent.futures import Future, ThreadPoolExecutor, wait

import shiboken6
from PySide6.QtCore import QObject, QTimer, Signal, Slot

from kodoku_desk.memory_release import release_free_memory

Callback = Callable[[Any, BaseException | None], None]

_pool: Any = None
_pending: set[_Relay] = set()
#: A task that ran this long (seconds) gives the memory it freed back to the system
#: afterwards, on its worker thread (:mod:`kodoku_desk.memory_release`).
HEAVY_TASK_SECONDS = 0.3


class FakeThreadPool:
    """Runs each task immediately in the calling thread (for tests)."""

    def start(self, runnable: _Task) -> None:
        runnable.run()

    def waitForDone(self, _msecs: int = -1) -> bool:  # noqa: N802 - QThreadPool API
        return True


class MainThreadCollector(QObject):
    """Python's cyclic garbage collector runs in whichever thread happens to cross its
    threshold; a Qt object in a reference cycle collected on a worker thread is destroyed
    there, and Qt crashes (seen once in the test suite).  While worker threads exist,
    automatic collection is off and this timer on the UI thread collects instead
    (the PyQt wiki's GarbageCollector recipe)."""

    INTERVAL_MS = 500

    def __init__(self) -> None:
        super().__init__()
        gc.disable()
        self.timer = QTimer(self)
        self.timer.timeout.connect(self.collect)
        self.timer.start(self.INTERVAL_MS)

    @Slot()
    def collect(self) -> None:
        counts, thresholds = gc.get_count(), gc.get_threshold()
        for generation in (2, 1, 0):
            if counts[generation] > thresholds[generation]:
                gc.collect(generation)
                break


_collector: MainThreadCollector | None = None


class WorkerPool:
    """Two long-lived Python threads; same ``start`` / ``waitForDone`` as QThreadPool.
    Created on the UI thread (by the first :func:`run_task`), it moves garbage
    collection there (:class:`MainThreadCollector`)."""

    def __init__(self, workers: int = 2) -> None:
        global _collector
        if _collector is None:
            _collector = MainThreadCollector()
        self._executor = ThreadPoolExecutor(max_workers=workers,
                                            thread_name_prefix="kodoku-task")
        self._futures: set[Future] = set()
        self._lock = threading.Lock()

    def start(self, runnable: _Task) -> None:
        future = self._executor.submit(runnable.run)
        with self._lock:
            self._futures.add(future)
        future.add_done_callback(self._forget)

    def _forget(self, future: Future) -> None:
        with self._lock:
            self._futures.discard(future)

    def waitForDone(self, msecs: int = -1) -> bool:  # noqa: N802 - QThreadPool API
        with self._lock:
            pending = set(self._futures)
        _done, not_done = wait(pending, timeout=None if msecs < 0 else msecs / 1000)
        return not not_done


class _Relay(QObject):
    """Lives on the UI thread; a signal emitted from the worker is queued to it.

    It holds everything that may refer to widgets (the task's function, the callback,
    the owner) and lets go of them on the UI thread once the outcome is delivered, so
    a worker thread never drops the last reference to a widget: a widget destroyed on
    another thread crashes Qt (seen when a dialog was discarded while its task ran).
    """

    finished = Signal(object, object)

    def __init__(self, fn: Callable[[], Any], on_done: Callback,
                 owner: QObject | None = None) -> None:
        super().__init__()
        self.fn: Callable[[], Any] | None = fn
        self._on_done: Callback | None = on_done
        self._owner = owner
        self.finished.connect(self._deliver)

    @Slot(object, object)
    def _deliver(self, result: Any, error: BaseException | None) -> None:
        on_done, owner = self._on_done, self._owner
        self.fn = self._on_done = self._owner = None      # released here, on the UI thread
        _pending.discard(self)
        if on_done is None:
            return
        if owner is not None and not shiboken6.isValid(owner):
            return  # the widget that asked was closed and deleted meanwhile
        on_done(result, error)


class _Task:
    def __init__(self, relay: _Relay) -> None:
        self._relay: _Relay | None = relay

    def run(self) -> None:
        relay, self._relay = self._relay, None
        if relay is None or relay.fn is None:
            return
        start = time.monotonic()
        try:
            result, error = relay.fn(), None
        except BaseException as exc:  # noqa: BLE001 - every failure goes back to the UI
            result, error = None, exc
        relay.finished.emit(result, error)
        if time.monotonic() - start >= HEAVY_TASK_SECONDS:
            release_free_memory()


def thread_pool():
    global _pool
    if _pool is None:
        _pool = WorkerPool(2)
    return _pool


def set_thread_pool(pool) -> None:
    """Replace the pool (``FakeThreadPool()`` in tests; ``None`` restores the default)."""
    global _pool
    _pool = pool


def run_task(fn: Callable[[], Any], on_done: Callback, owner: QObject | None = None) -> None:
    """Run ``fn()`` in the background; ``on_done(result, error)`` runs on the UI thread.

    With ``owner`` (usually the widget asking), the callback is dropped when that
    object has been deleted by the time the result arrives.
    """
    relay = _Relay(fn, on_done, owner)
    _pending.add(relay)
    thread_pool().start(_Task(relay))


def drain(msecs: int = 10_000) -> bool:
    """Wait for running tasks to finish (before the database is closed under them).

    Their callbacks are not run here; those whose owner is gone are dropped later.
    """
    return thread_pool().waitForDone(msecs)


def pending_count() -> int:
    """Tasks started whose callback has not run yet."""
    return len(_pending)
