"""The file on disk is SQLCipher: no plaintext header, no names, kana or phone numbers."""

from __future__ import annotations

import uuid

from sqlalchemy import insert

from kodoku_desk.models.kana import person_search_key
from kodoku_desk.store.clock import now_iso
from kodoku_desk.store.schema.people import persons
from kodoku_desk.vault.keyslots import keyslot_path

NAME = ("髙橋", "ツル子", "タカハシ", "ツルコ")
PHONE = "03-5555-0199"


def _insert_person(conn, user_id):
    now = now_iso()
    conn.execute(insert(persons).values(
        id=str(uuid.uuid4()), person_code="P000001", kind="client",
        family_name=NAME[0], given_name=NAME[1], family_kana=NAME[2], given_kana=NAME[3],
        search_key=person_search_key(*NAME), sort_key="たかはしつるこ", phone=PHONE,
        phone_digits="0355550199", status="active", created_at=now, updated_at=now,
        created_by=user_id))


def _needles():
    texts = [*NAME, PHONE, "0355550199", "たかはしつるこ", "管理 花子", "テストNPO"]
    out = []
    for t in texts:
        for enc in ("utf-8", "utf-16-le", "cp932"):
            try:
                out.append(t.encode(enc))
            except UnicodeEncodeError:
                pass
    return out


def test_no_plaintext_in_database_wal_or_keyslots(new_db, db_path):
    session, _ = new_db
    with session.engine.begin() as conn:
        _insert_person(conn, session.user.id)
    wal = db_path.with_name(db_path.name + "-wal")
    # While open, the new row sits in the WAL: capture it there before closing.
    captured = {"wal (open)": wal.read_bytes() if wal.exists() else b"",
                "keyslots": keyslot_path(db_path).read_bytes()}
    assert captured["wal (open)"], "the row should be in the WAL while the database is open"
    session.close()
    captured["database"] = db_path.read_bytes()
    for name, data in captured.items():
        assert not data.startswith(b"SQLite format 3")
        for needle in _needles():
            assert needle not in data, f"{needle!r} found in {name}"
