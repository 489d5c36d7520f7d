"""kill -9 at random moments (issue 8, DESIGN.md §9): every visit whose id was printed
after its commit is still there and both integrity checks pass; a passphrase change
killed halfway leaves either the old or the new keyslot file, never a broken one.

5 kills of each kind in the default run, 50 with ``--run-slow``.
"""

from __future__ import annotations

import os
import random
import signal
import subprocess
import sys
import time
from pathlib import Path

import pytest

from kodoku_desk.services.database import unlock_database
from kodoku_desk.store.engine import open_raw
from kodoku_desk.vault import vault
from kodoku_desk.vault.errors import WrongPassphrase
from kodoku_desk.vault.keyslots import keyslot_path, read_keyslot_file
from tests.conftest import PASSPHRASE
from tests.services.mimamori_support import person

ROOT = Path(__file__).resolve().parents[2]
OTHER = "another long passphrase"
pytestmark = pytest.mark.skipif(sys.platform == "win32", reason="SIGKILL is POSIX")


def _start(args: list[str], passphrase: str) -> subprocess.Popen:
    env = {**os.environ, "KODOKU_DESK_PASSPHRASE": passphrase}
    proc = subprocess.Popen([sys.executable, "-m", "tests.support.kill_writer", *args],
                            cwd=ROOT, env=env, stdout=subprocess.PIPE, stderr=subprocess.PIPE,
                            text=True)
    line = proc.stdout.readline()
    if line.strip() != "ready":
        proc.kill()
        _out, err = proc.communicate(timeout=10)
        pytest.fail(f"the writer did not start: {line!r}\n{err}")
    return proc


def _kill_at_random(proc: subprocess.Popen, rng: random.Random) -> list[str]:
    """SIGKILL after a random delay; the complete lines printed before the kill."""
    time.sleep(rng.uniform(0.02, 0.4))
    proc.send_signal(signal.SIGKILL)
    out, _err = proc.communicate(timeout=30)
    assert proc.returncode == -signal.SIGKILL, "the writer stopped on its own"
    return [line.strip() for line in out.splitlines(keepends=True) if line.endswith("\n")]


def _check_database(db_path: Path, passphrase: str, expected_ids: set[str]) -> None:
    data_key = vault.unlock_with_passphrase(read_keyslot_file(keyslot_path(db_path)),
                                            "admin", passphrase).data_key
    conn = open_raw(db_path, data_key)   # not immutable: the WAL left by the kill counts
    try:
        assert [r[0] for r in conn.execute("PRAGMA cipher_integrity_check")] == []
        assert [r[0] for r in conn.execute("PRAGMA integrity_check")] == ["ok"]
        stored = {r[0] for r in conn.execute("SELECT id FROM visits")}
    finally:
        conn.close()
    missing = expected_ids - stored
    assert not missing, f"{len(missing)} committed visits lost, e.g. {sorted(missing)[:3]}"


def _visits_killed(new_db, db_path, kills: int) -> None:
    session, _ = new_db
    pid = person(session)
    session.close()
    seed = random.randrange(1 << 30)
    rng = random.Random(seed)
    printed: set[str] = set()
    for round_no in range(kills):
        proc = _start(["visits", str(db_path), pid], PASSPHRASE)
        ids = _kill_at_random(proc, rng)
        printed |= set(ids)
        try:
            _check_database(db_path, PASSPHRASE, printed)
        except AssertionError as exc:
            raise AssertionError(f"round {round_no} (seed {seed}): {exc}") from exc
    assert printed, "no visit was written at all"
    # and the app opens it normally afterwards
    reopened = unlock_database(db_path, "admin", PASSPHRASE)
    reopened.close()


def _passphrases_killed(new_db, db_path, kills: int) -> None:
    new_db[0].close()
    seed = random.randrange(1 << 30)
    rng = random.Random(seed)
    current = PASSPHRASE
    changes = 0
    for round_no in range(kills):
        proc = _start(["passphrase", str(db_path), PASSPHRASE, OTHER], current)
        printed = _kill_at_random(proc, rng)
        changes += len(printed)
        last = printed[-1] if printed else current
        following = OTHER if last == PASSPHRASE else PASSPHRASE
        keyfile = read_keyslot_file(keyslot_path(db_path))     # never a broken file
        opened = []
        for candidate in (last, following):
            try:
                vault.unlock_with_passphrase(keyfile, "admin", candidate)   # checks the MAC
                opened.append(candidate)
            except WrongPassphrase:
                pass
        assert len(opened) == 1, f"round {round_no} (seed {seed}): {len(opened)} slots open"
        current = opened[0]
        session = unlock_database(db_path, "admin", current, full_check=False)
        session.close()
    assert changes, "no passphrase change completed at all"


def test_visits_survive_kill_9(new_db, db_path):
    _visits_killed(new_db, db_path, 5)


def test_passphrase_change_survives_kill_9(new_db, db_path):
    _passphrases_killed(new_db, db_path, 5)


@pytest.mark.slow
def test_visits_survive_kill_9_fifty_times(new_db, db_path):
    _visits_killed(new_db, db_path, 50)


@pytest.mark.slow
def test_passphrase_change_survives_kill_9_fifty_times(new_db, db_path):
    _passphrases_killed(new_db, db_path, 50)
