"""run_task: result or error comes back on the UI thread; FakeThreadPool runs at once."""

from __future__ import annotations

import threading

from kodoku_desk.ui import tasks


def test_result_and_error_arrive_on_ui_thread(qtbot):
    ui_thread = threading.get_ident()
    seen = []

    def work():
        seen.append(("worker", threading.get_ident()))
        return 42

    def fail():
        raise ValueError("boom")

    tasks.run_task(work, lambda result, error: seen.append(("done", threading.get_ident(),
                                                            result, error)))
    tasks.run_task(fail, lambda result, error: seen.append(("failed", threading.get_ident(),
                                                            result, error)))
    qtbot.waitUntil(lambda: tasks.pending_count() == 0 and len(seen) == 3, timeout=5000)
    worker = next(s for s in seen if s[0] == "worker")
    done = next(s for s in seen if s[0] == "done")
    failed = next(s for s in seen if s[0] == "failed")
    assert worker[1] != ui_thread
    assert done[1:] == (ui_thread, 42, None)
    assert failed[1] == ui_thread and failed[2] is None
    assert isinstance(failed[3], ValueError) and str(failed[3]) == "boom"


def test_fake_pool_runs_synchronously(sync_tasks):
    out = []
    tasks.run_task(lambda: threading.get_ident(), lambda result, error: out.append(result))
    assert out == [threading.get_ident()] and tasks.pending_count() == 0


def test_result_for_a_deleted_owner_is_dropped(qtbot):
    import shiboken6
    from PySide6.QtWidgets import QLabel

    gate = threading.Event()
    owner, out = QLabel(), []
    tasks.run_task(lambda: gate.wait(5) and "late", lambda result, error: out.append(result),
                   owner=owner)
    shiboken6.delete(owner)      # the page closes while the query runs
    gate.set()
    qtbot.waitUntil(lambda: tasks.pending_count() == 0, timeout=5000)
    assert out == []
    alive = QLabel()
    tasks.run_task(lambda: "in time", lambda result, error: out.append(result), owner=alive)
    qtbot.waitUntil(lambda: out == ["in time"], timeout=5000)


def test_many_tasks_and_ui_reads_share_few_connections(qtbot, new_db):
    """Each worker keeps its one connection: no connection is closed under another thread."""
    from sqlalchemy import event, text

    from kodoku_desk.ui.tasks import WorkerPool

    session = new_db[0]
    opened = []
    event.listen(session.engine, "connect", lambda *_a: opened.append(threading.get_ident()))
    tasks.set_thread_pool(WorkerPool(2))
    try:
        def query():
            with session.engine.connect() as conn:
                count = conn.execute(text("SELECT count(*) FROM persons")).scalar()
            return count, threading.get_ident()

        results = []
        for _ in range(200):
            tasks.run_task(query, lambda result, error: results.append((result, error)))
        while len(results) < 200:
            query()                                   # the UI thread reads meanwhile
            qtbot.wait(1)
        assert all(error is None for _result, error in results)
        assert len({ident for (_count, ident), _e in results}) <= 2
        assert len(opened) <= 3                       # two workers and the UI thread
    finally:
        tasks.thread_pool().waitForDone()
        tasks.set_thread_pool(None)
