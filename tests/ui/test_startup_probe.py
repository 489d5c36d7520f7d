"""`kodoku-desk --measure-startup`: the first window, shown offscreen, timed from process start."""

from __future__ import annotations

import os
import re
import subprocess
import sys
import time

from kodoku_desk.ui import startup_probe

SHOWN = re.compile(r"^first window shown (\d+\.\d{3}) s after process start$", re.MULTILINE)


def _probe(*args: str, env_extra: dict | None = None) -> subprocess.CompletedProcess:
    env = dict(os.environ, QT_QPA_PLATFORM="offscreen", **(env_extra or {}))
    return subprocess.run([sys.executable, "-m", "kodoku_desk", "--measure-startup", *args],
                          check=False, capture_output=True, text=True, env=env, timeout=120)


def test_first_run_window_is_timed_from_process_start(tmp_path):
    launched = time.time()
    result = _probe(env_extra={startup_probe.LAUNCH_ENV: f"{launched:.6f}"})
    elapsed = time.time() - launched
    assert result.returncode == 0, result.stdout + result.stderr
    assert "first-run dialog painted" in result.stdout
    assert "process start from launcher" in result.stdout
    shown = float(SHOWN.search(result.stdout).group(1))
    assert 0 < shown <= elapsed


def test_unlock_window_for_an_existing_database(new_db, db_path):
    session, _ = new_db
    session.close()
    result = _probe("--db", str(db_path))
    assert result.returncode == 0, result.stdout + result.stderr
    assert "unlock dialog painted" in result.stdout
    assert SHOWN.search(result.stdout)


def test_process_start_from_the_operating_system(monkeypatch):
    monkeypatch.delenv(startup_probe.LAUNCH_ENV, raising=False)
    start, source = startup_probe.process_start()
    assert start <= time.time()
    if sys.platform.startswith("linux"):
        assert source == "/proc"
        assert time.time() - start < 86400     # this test process started today
    monkeypatch.setenv(startup_probe.LAUNCH_ENV, "1700000000.25")
    assert startup_probe.process_start() == (1700000000.25, "launcher")
