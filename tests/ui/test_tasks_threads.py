"""Background tasks never hold the last reference to a widget on their worker thread:
once the outcome is delivered on the UI thread, the task kept by the worker refers to
nothing of the UI, so a dialog the UI drops is destroyed there (a widget destroyed on
another thread crashes Qt — seen with unlock dialogs opened and discarded in a row)."""

from __future__ import annotations

import gc
import threading
import weakref

from PySide6.QtWidgets import QDialog

from kodoku_desk.ui import tasks


class KeepingPool:
    """Runs each task on a real thread and keeps the task object afterwards, as a worker
    thread may for a while (the executor's work item)."""

    def __init__(self) -> None:
        self.kept: list = []
        self.threads: list[threading.Thread] = []

    def start(self, runnable) -> None:
        self.kept.append(runnable)
        thread = threading.Thread(target=runnable.run)
        self.threads.append(thread)
        thread.start()

    def waitForDone(self, _msecs: int = -1) -> bool:  # noqa: N802 - QThreadPool API
        for thread in self.threads:
            thread.join()
        return True


def test_the_worker_keeps_no_reference_to_the_dialog(qtbot):
    pool = KeepingPool()
    tasks.set_thread_pool(pool)
    try:
        dialog = QDialog()
        seen = []
        tasks.run_task(lambda d=dialog: d.objectName() or 42,
                       lambda result, error: seen.append((result, error)), owner=dialog)
        pool.waitForDone()
        qtbot.waitUntil(lambda: bool(seen), timeout=2000)
        assert seen == [(42, None)]
        gone = weakref.ref(dialog)
        del dialog
        gc.collect()
        assert gone() is None, "the task kept by the worker still refers to the dialog"
        assert pool.kept and tasks.pending_count() == 0
    finally:
        tasks.set_thread_pool(None)


def test_a_dropped_owner_gets_no_callback(qtbot):
    pool = KeepingPool()
    tasks.set_thread_pool(pool)
    try:
        release = threading.Event()
        dialog = QDialog()
        seen = []
        tasks.run_task(lambda: release.wait(2), lambda r, e: seen.append(r), owner=dialog)
        dialog.deleteLater()
        qtbot.wait(50)                      # the dialog is deleted while the task runs
        release.set()
        pool.waitForDone()
        qtbot.waitUntil(lambda: tasks.pending_count() == 0, timeout=2000)
        assert seen == []
    finally:
        tasks.set_thread_pool(None)
