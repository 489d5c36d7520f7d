"""The command line: check, key-info, and reading the file with plain sqlcipher3."""

from __future__ import annotations

import os
import subprocess
import sys
import textwrap
import uuid

import pytest
from sqlalchemy import insert

from kodoku_desk.cli import main
from kodoku_desk.services import keys
from kodoku_desk.store.clock import now_iso
from kodoku_desk.store.schema.people import persons
from tests.conftest import FAST_KDF, PASSPHRASE
from tests.support.files import snapshot


@pytest.fixture
def populated(new_db, db_path):
    session, _ = new_db
    now = now_iso()
    with session.engine.begin() as conn:
        conn.execute(insert(persons).values(
            id=str(uuid.uuid4()), person_code="P000001", kind="client", family_name="佐藤",
            given_name="ハナ", family_kana="サトウ", given_kana="ハナ", search_key="x",
            sort_key="さとうはな", status="active", created_at=now, updated_at=now))
    keys.add_user(session, username="vol", display_name="ボランティア 一郎", role="volunteer",
                  passphrase="volunteer pass", kdf=FAST_KDF)
    session.close()
    return db_path


def test_check_reports_counts(populated, monkeypatch, capsys):
    monkeypatch.setenv("KODOKU_DESK_PASSPHRASE", PASSPHRASE)
    assert main(["check", "--db", str(populated), "--user", "admin"]) == 0
    out = capsys.readouterr().out
    assert "persons: 1" in out and "users: 2" in out and "ok:" in out


def test_check_with_wrong_passphrase_fails_and_changes_nothing(populated, monkeypatch, capsys):
    monkeypatch.setenv("KODOKU_DESK_PASSPHRASE", "not it at all")
    before = snapshot(populated.parent)
    assert main(["check", "--db", str(populated), "--user", "admin"]) != 0
    assert "wrong_passphrase" in capsys.readouterr().err
    assert snapshot(populated.parent) == before


def test_key_info_is_admin_only(populated, monkeypatch, capsys):
    monkeypatch.setenv("KODOKU_DESK_PASSPHRASE", "volunteer pass")
    assert main(["key-info", "--db", str(populated), "--user", "vol"]) != 0
    assert "not_allowed" in capsys.readouterr().err


def test_raw_key_opens_the_file_in_plain_sqlcipher3(populated, monkeypatch, capsys):
    monkeypatch.setenv("KODOKU_DESK_PASSPHRASE", PASSPHRASE)
    assert main(["key-info", "--db", str(populated), "--user", "admin"]) == 0
    literal = capsys.readouterr().out.strip().splitlines()[-1]
    assert literal.startswith("x'") and literal.endswith("'") and len(literal) == 67
    int(literal[2:-1], 16)
    # A separate process that imports only sqlcipher3: no app code at all.
    script = textwrap.dedent(f"""
        import sys, sqlcipher3
        assert not any(m.startswith("kodoku_desk") for m in sys.modules)
        conn = sqlcipher3.connect({str(populated)!r})
        conn.execute({('PRAGMA key = "' + literal + '"')!r})
        row = conn.execute("SELECT family_name, given_kana FROM persons").fetchone()
        actions = [r[0] for r in conn.execute("SELECT action FROM audit_log")]
        print(row[0], row[1], "key.export" in actions)
        assert not any(m.startswith("kodoku_desk") for m in sys.modules)
    """)
    env = {k: v for k, v in os.environ.items() if k != "PYTHONPATH"}
    result = subprocess.run([sys.executable, "-I", "-c", script], capture_output=True,
                            text=True, env=env, cwd="/")
    assert result.returncode == 0, result.stderr
    assert result.stdout.split() == ["佐藤", "ハナ", "True"]


def test_demo_then_check_from_the_command_line(tmp_path):
    """The installed console script end to end (small dataset, real KDF)."""
    out = tmp_path / "demo.kdesk"
    env = {**os.environ, "KODOKU_DESK_PASSPHRASE": "demo passphrase"}
    exe = [sys.executable, "-m", "kodoku_desk"]
    subprocess.run([*exe, "demo", "--people", "30", "--years", "1", "--out", str(out),
                    "--passphrase", "demo passphrase", "--quiet"], check=True, env=env,
                   capture_output=True, timeout=300)
    result = subprocess.run([*exe, "check", "--db", str(out), "--user", "admin"], env=env,
                            capture_output=True, text=True, timeout=300)
    assert result.returncode == 0, result.stderr
    assert "persons: " in result.stdout and "visits: " in result.stdout


def test_check_on_a_truncated_file_says_what_is_wrong(populated, monkeypatch, capsys):
    data = populated.read_bytes()
    populated.write_bytes(data[: len(data) - 3000])
    before = snapshot(populated.parent)
    monkeypatch.setenv("KODOKU_DESK_PASSPHRASE", PASSPHRASE)
    assert main(["check", "--db", str(populated), "--user", "admin"]) != 0
    err = capsys.readouterr().err
    assert "db_truncated" in err and "cut short" in err
    assert snapshot(populated.parent) == before


def test_export_writes_the_file_and_bad_period_changes_nothing(populated, monkeypatch, capsys,
                                                               tmp_path):
    import json

    monkeypatch.setenv("KODOKU_DESK_PASSPHRASE", PASSPHRASE)
    out = tmp_path / "fy.json"
    assert main(["export", "--db", str(populated), "--user", "admin", "--period", "FY2025",
                 "--format", "json", "--out", str(out)]) == 0
    body = json.loads(out.read_text(encoding="utf-8"))
    assert body["manifest"]["period"] == {"label": "令和7年度", "first_month": "2025-04",
                                          "last_month": "2026-03"}
    assert "佐藤" not in out.read_text(encoding="utf-8")
    assert "written" in capsys.readouterr().out

    before = snapshot(populated.parent)
    assert main(["export", "--db", str(populated), "--user", "admin", "--period", "2026Q5",
                 "--format", "csv", "--out", str(tmp_path / "x.zip")]) == 2
    assert "2026Q3" in capsys.readouterr().err          # the message shows the valid forms
    assert snapshot(populated.parent) == before and not (tmp_path / "x.zip").exists()

    monkeypatch.setenv("KODOKU_DESK_PASSPHRASE", "volunteer pass")
    assert main(["export", "--db", str(populated), "--user", "vol", "--period", "2026-10",
                 "--out", str(tmp_path / "v.xlsx")]) == 2
    assert "not_permitted" in capsys.readouterr().err and not (tmp_path / "v.xlsx").exists()
