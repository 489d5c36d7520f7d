"""One app per database: a second one is refused without touching anything, a crashed
one leaves a stale lock that the next start takes over with a message; a pre-migration
copy is mentioned when the database is damaged."""

from __future__ import annotations

import json
import os
import shutil
import signal
import subprocess
import sys
import textwrap
import time
from pathlib import Path

import pytest

from kodoku_desk.services import instance_lock
from kodoku_desk.services.instance_lock import InstanceRunning
from kodoku_desk.store import opening
from kodoku_desk.vault.keyslots import keyslot_path
from tests.support.files import snapshot

ROOT = Path(__file__).resolve().parents[2]


@pytest.fixture
def closed_db(new_db, db_path):
    new_db[0].close()
    return db_path


def test_second_lock_is_refused_and_nothing_changes(closed_db):
    first = instance_lock.acquire(closed_db)
    assert first.held and not first.stale
    owner = instance_lock.read_owner(closed_db)
    assert owner.state == "open" and owner.pid == os.getpid()
    before = snapshot(closed_db.parent)
    with pytest.raises(InstanceRunning) as info:
        instance_lock.acquire(closed_db)          # same process, a second take: refused too
    assert "すでに別のつながりデスクで開かれています" in info.value.message_ja
    assert info.value.code == "db_in_use"
    assert snapshot(closed_db.parent) == before
    first.release()
    assert instance_lock.read_owner(closed_db).state == "closed"
    again = instance_lock.acquire(closed_db)
    assert not again.stale and again.stale_message() == ""
    again.release()
    again.release()   # idempotent


def _holder(db_path, *, crash: bool) -> subprocess.Popen:
    script = textwrap.dedent(f"""
        import sys, time
        from pathlib import Path
        from kodoku_desk.services import instance_lock
        lock = instance_lock.acquire(Path({str(db_path)!r}))
        lock.mark_opened()
        print("locked", flush=True)
        sys.stdin.readline()
        {"" if crash else "lock.release()"}
    """)
    proc = subprocess.Popen([sys.executable, "-c", script], cwd=ROOT, stdin=subprocess.PIPE,
                            stdout=subprocess.PIPE, text=True)
    assert proc.stdout.readline().strip() == "locked"
    return proc


def test_another_process_is_refused_then_a_killed_one_leaves_a_stale_lock(closed_db):
    proc = _holder(closed_db, crash=True)
    try:
        with pytest.raises(InstanceRunning) as info:
            instance_lock.acquire(closed_db)
        assert info.value.details["pid"] == proc.pid
    finally:
        proc.send_signal(signal.SIGKILL)
        proc.wait(10)
    lock = instance_lock.acquire(closed_db)       # the OS let go; the file still says "open"
    try:
        assert lock.stale and lock.previous.pid == proc.pid
        assert lock.stale_message() == ("前回、つながりデスクが正しく終了しませんでした。"
                                        "データは最後に保存した時点のものです。")
        assert lock.last_opened_at is not None    # carried over from the crashed process
    finally:
        lock.release()


def test_a_clean_exit_is_not_stale(closed_db):
    proc = _holder(closed_db, crash=False)
    proc.communicate("\n", timeout=10)
    lock = instance_lock.acquire(closed_db)
    assert not lock.stale and lock.previous.state == "closed"
    lock.release()


def test_garbage_lock_file_is_taken_over(closed_db):
    instance_lock.lock_path(closed_db).write_bytes(b"\x00garbage")
    lock = instance_lock.acquire(closed_db)
    assert not lock.stale and lock.previous is None
    assert json.loads(instance_lock.lock_path(closed_db).read_text())["state"] == "open"
    lock.release()


def test_migration_copy_is_mentioned_only_when_the_database_is_damaged(closed_db):
    assert instance_lock.migration_copy_note(closed_db) is None      # no copy
    copy = opening.copy_before_migration(closed_db, keyslot_path(closed_db), "0004")
    assert instance_lock.migration_copy_note(closed_db) is None      # the database is fine
    data = closed_db.read_bytes()
    closed_db.write_bytes(data[:-100])                                # cut short
    assert instance_lock.migration_copy_note(closed_db) == copy
    # a copy older than the last successful open is not news
    lock = instance_lock.acquire(closed_db)
    time.sleep(1.1)
    lock.mark_opened()
    lock.release()
    assert instance_lock.migration_copy_note(closed_db) is None
    closed_db.unlink()
    shutil.copy(copy, closed_db)
    assert instance_lock.migration_copy_note(closed_db) is None
