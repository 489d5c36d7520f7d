"""The audit log is hash-chained: editing or deleting an entry is detected."""

from __future__ import annotations

from sqlalchemy import text

from kodoku_desk.store import audit


def test_chain_is_intact_then_tampering_is_found(new_db):
    session, _ = new_db
    with session.engine.begin() as conn:
        session.audit(conn, "person.open", target_kind="person", target_id="p-1")
        session.audit(conn, "export", detail={"period": "2026-10"})
        assert audit.verify_chain(conn) is None
        actions = [r[0] for r in conn.execute(text("SELECT action FROM audit_log ORDER BY seq"))]
        assert actions == ["database.create", "person.open", "export"]
        conn.execute(text("UPDATE audit_log SET target_id = 'p-2' WHERE action = 'person.open'"))
        assert audit.verify_chain(conn) == 2


def test_deleting_an_entry_breaks_the_chain(new_db):
    session, _ = new_db
    with session.engine.begin() as conn:
        for i in range(3):
            session.audit(conn, "person.open", target_id=f"p-{i}")
        conn.execute(text("DELETE FROM audit_log WHERE seq = 2"))
        assert audit.verify_chain(conn) == 3
