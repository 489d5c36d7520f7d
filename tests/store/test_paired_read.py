"""PairedReader: two read transactions on one snapshot, the second on a helper thread
(the report tables of a long period are read in two lanes at once)."""

from __future__ import annotations

import threading
import time

import pytest
from sqlalchemy import text

from kodoku_desk.store.paired_read import PairedReader


@pytest.fixture
def engine(new_db):
    session, _ = new_db
    with session.engine.begin() as conn:
        conn.execute(text("CREATE TABLE ticks (n INTEGER NOT NULL)"))
    return session.engine


def _count(conn) -> tuple[int, int]:
    return conn.execute(text("SELECT count(*) FROM ticks")).scalar_one(), threading.get_ident()


def test_the_second_function_runs_on_another_thread_on_the_same_data(engine):
    with engine.begin() as conn:
        conn.execute(text("INSERT INTO ticks VALUES (1), (2), (3)"))
    reader = PairedReader(engine)
    try:
        (a, a_thread), (b, b_thread) = reader.run(_count, _count)
    finally:
        reader.close()
    assert (a, b) == (3, 3)
    assert reader.last_mode == "paired"
    assert a_thread == threading.get_ident() and b_thread != a_thread


def test_both_sides_see_one_snapshot_while_another_thread_keeps_committing(engine):
    stop = threading.Event()
    committed = [0]

    def writer() -> None:
        while not stop.is_set():
            with engine.begin() as conn:
                conn.execute(text("INSERT INTO ticks VALUES (1)"))
            committed[0] += 1

    thread = threading.Thread(target=writer)
    thread.start()
    reader = PairedReader(engine)
    seen = []
    try:
        for _ in range(60):
            (a, _), (b, _) = reader.run(_count, _count)
            seen.append((a, b, reader.last_mode))
    finally:
        stop.set()
        thread.join()
        reader.close()
    assert committed[0] > 0
    assert all(a == b for a, b, _ in seen), [s for s in seen if s[0] != s[1]]
    assert len({a for a, _, _ in seen}) > 1          # the writer did get in between runs
    assert "paired" in {mode for _, _, mode in seen}


def test_a_long_write_elsewhere_is_not_waited_for_both_parts_read_alone(engine):
    holding = threading.Event()

    def hold_the_lock() -> None:         # another thread: its own connection
        with engine.connect() as conn:
            conn.execute(text("INSERT INTO ticks VALUES (1)"))   # takes the write lock
            holding.set()
            time.sleep(1.0)
            conn.commit()

    holder = threading.Thread(target=hold_the_lock)
    holder.start()
    assert holding.wait(5)
    reader = PairedReader(engine)
    started = time.monotonic()
    try:
        (a, a_thread), (b, b_thread) = reader.run(_count, _count)
        waited = time.monotonic() - started
    finally:
        holder.join()
        reader.close()
    assert (a, b) == (0, 0)                     # the write is not committed yet
    assert reader.last_mode == "serial" and a_thread == b_thread
    assert waited < 0.9                         # well before the writer let go
    with engine.connect() as conn:              # the wait for the lock was only shortened
        assert conn.exec_driver_sql("PRAGMA busy_timeout").scalar_one() == 5000


def test_a_second_run_while_the_helper_is_busy_reads_on_one_connection(engine):
    with engine.begin() as conn:
        conn.execute(text("INSERT INTO ticks VALUES (1), (2)"))
    reader = PairedReader(engine)
    helper_busy, second_done = threading.Event(), threading.Event()
    second = []

    def slow_count(conn):
        helper_busy.set()
        assert second_done.wait(10)     # the other run happens while this one is out
        return _count(conn)

    def other_run() -> None:
        helper_busy.wait(10)
        second.append((reader.run(_count, _count), reader.last_mode))
        second_done.set()

    thread = threading.Thread(target=other_run)
    thread.start()
    try:
        first = reader.run(_count, slow_count)
    finally:
        thread.join()
        reader.close()
    (a, a_thread), (b, b_thread) = second[0][0]
    assert (a, b) == (2, 2) and second[0][1] == "serial" and a_thread == b_thread
    assert (first[0][0], first[1][0]) == (2, 2)


def test_an_error_on_either_side_reaches_the_caller_and_the_reader_still_works(engine):
    reader = PairedReader(engine)

    def broken(conn):
        raise ValueError("broken builder")

    try:
        with pytest.raises(ValueError, match="broken builder"):
            reader.run(_count, broken)
        with pytest.raises(ValueError, match="broken builder"):
            reader.run(broken, _count)
        (a, _), (b, _) = reader.run(_count, _count)
    finally:
        reader.close()
    assert (a, b) == (0, 0)


def test_closing_the_session_ends_the_helper_thread(new_db):
    session, _ = new_db
    session.reader.run(lambda c: 1, lambda c: threading.current_thread())
    helper = session.reader.run(lambda c: 1, lambda c: threading.current_thread())[1]
    assert helper.is_alive() and helper is not threading.current_thread()
    session.close()
    helper.join(5)
    assert not helper.is_alive()

