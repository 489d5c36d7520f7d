"""UI test fixtures: isolated settings, synchronous tasks on demand, compiled translations."""

from __future__ import annotations

import subprocess
import sys
from pathlib import Path

import pytest

from kodoku_desk.ui import i18n, tasks

ROOT = Path(__file__).resolve().parents[2]


@pytest.fixture(autouse=True)
def isolated_settings(tmp_path, monkeypatch):
    """QSettings go to a per-test folder, never to the real user configuration."""
    home = tmp_path / "home"
    home.mkdir()
    monkeypatch.setenv("KODOKU_DESK_HOME", str(home))
    return home


@pytest.fixture(autouse=True)
def japanese(qapp):
    """Every test starts (and ends) with the default Japanese UI."""
    i18n.install(qapp, "ja")
    yield
    i18n.install(qapp, "ja")


@pytest.fixture
def sync_tasks():
    """Run background tasks at once, in the calling thread."""
    tasks.set_thread_pool(tasks.FakeThreadPool())
    yield
    tasks.set_thread_pool(None)


@pytest.fixture(autouse=True)
def drain_tasks(qtbot):
    """No test leaves a background task behind."""
    yield
    qtbot.waitUntil(lambda: tasks.pending_count() == 0, timeout=10_000)


@pytest.fixture(scope="session")
def compiled_translations():
    """Build the .qm files if missing (the same command as in setup)."""
    subprocess.run([sys.executable, str(ROOT / "scripts" / "i18n.py"), "compile"], check=True,
                   cwd=ROOT)
    assert i18n.qm_path("en").exists()
    return i18n.translations_dir()
