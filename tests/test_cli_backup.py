"""`kodoku-desk backup` and `kodoku-desk restore`: a verified generation, then a restore that
keeps the current file aside, refused while the app holds the database."""

from __future__ import annotations

from kodoku_desk.cli import main
from kodoku_desk.services import instance_lock
from kodoku_desk.services.database import unlock_database
from tests.conftest import PASSPHRASE
from tests.services.mimamori_support import person
from tests.support.files import snapshot


def test_backup_then_restore(new_db, db_path, tmp_path, monkeypatch, capsys):
    session, _ = new_db
    first = person(session)
    session.close()
    folder = tmp_path / "usb"
    folder.mkdir()
    monkeypatch.setenv("KODOKU_DESK_PASSPHRASE", PASSPHRASE)
    assert main(["backup", "--db", str(db_path), "--user", "admin", "--folder", str(folder)]) == 0
    assert "verified" in capsys.readouterr().out
    made = next(folder.glob("*.kdesk"))

    session = unlock_database(db_path, "admin", PASSPHRASE)
    person(session, "後藤", "二郎")
    session.close()
    holder = instance_lock.acquire(db_path)          # the app is running
    before = snapshot(db_path.parent)
    assert main(["restore", "--db", str(db_path), "--backup", str(made), "--user", "admin"]) == 2
    assert "db_in_use" in capsys.readouterr().err
    assert snapshot(db_path.parent) == before
    holder.release()

    assert main(["restore", "--db", str(db_path), "--backup", str(made), "--user", "admin"]) == 0
    out = capsys.readouterr().out
    assert "1 people" in out and "kept as" in out
    restored = unlock_database(db_path, "admin", PASSPHRASE)
    from sqlalchemy import text

    with restored.engine.connect() as conn:
        assert conn.execute(text("SELECT id FROM persons")).scalars().all() == [first]
    restored.close()


def test_backup_without_a_folder_is_a_clear_error(new_db, db_path, monkeypatch, capsys):
    new_db[0].close()
    monkeypatch.setenv("KODOKU_DESK_PASSPHRASE", PASSPHRASE)
    assert main(["backup", "--db", str(db_path), "--user", "admin"]) == 2
    assert "backup_failed" in capsys.readouterr().err
