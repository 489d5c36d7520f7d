"""Test harness: offscreen Qt, no sockets (pytest-socket via addopts), in-memory keyring,
fast KDF parameters and factories for encrypted test databases."""

from __future__ import annotations

import os

os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
os.environ.setdefault("KODOKU_DESK_LANG", "ja")

import keyring
import pytest
from hypothesis import HealthCheck, settings

# CI runs on a busy 2-core machine: no per-example deadline, so property tests never
# fail on timing alone (speed is measured by benchmarks, not tests).
settings.register_profile("kodoku", deadline=None,
                          suppress_health_check=[HealthCheck.too_slow])
settings.load_profile("kodoku")

from tests.support.keyring_backend import InMemoryKeyring

# Argon2id at full strength takes ~0.5 s per derivation; tests that are not about the KDF
# use this cheap profile. tests/vault/test_kdf.py checks the production defaults.
from kodoku_desk.vault.kdf import KdfParams

FAST_KDF = KdfParams(memory_kib=1024, time_cost=1, lanes=1)
PASSPHRASE = "correct horse 電池"


def pytest_addoption(parser):
    parser.addoption("--run-slow", action="store_true", default=False,
                     help="run slow checks (kill loops, large datasets)")


def pytest_collection_modifyitems(config, items):
    if config.getoption("--run-slow"):
        return
    skip = pytest.mark.skip(reason="slow: run with --run-slow")
    for item in items:
        if "slow" in item.keywords:
            item.add_marker(skip)


@pytest.fixture(autouse=True)
def isolated_home(tmp_path_factory, monkeypatch):
    """The app's data folder (failed-unlock notes, default database) is per test, never ~."""
    home = tmp_path_factory.mktemp("home")
    monkeypatch.setenv("KODOKU_DESK_HOME", str(home))
    return home


@pytest.fixture(autouse=True)
def memory_keyring():
    backend = InMemoryKeyring()
    previous = keyring.get_keyring()
    keyring.set_keyring(backend)
    yield backend
    keyring.set_keyring(previous)


@pytest.fixture
def fast_kdf() -> KdfParams:
    return FAST_KDF


@pytest.fixture
def db_path(tmp_path):
    return tmp_path / "data" / "kodoku.kdesk"


@pytest.fixture
def new_db(db_path):
    """A fresh encrypted database with an admin 'admin'; yields (session, recovery_key)."""
    from kodoku_desk.services.database import create_database

    session, recovery = create_database(db_path, org_name="テストNPO", admin_username="admin",
                                        admin_display_name="管理 花子", passphrase=PASSPHRASE,
                                        kdf=FAST_KDF)
    yield session, recovery
    session.close()
