"""Database health check: SQLCipher page HMACs, SQLite structure, foreign keys, audit chain."""

from __future__ import annotations

from dataclasses import dataclass, field

from kodoku_desk.services.session import Session
from kodoku_desk.store import maintenance


@dataclass
class CheckReport:
    problems: list[str] = field(default_factory=list)
    counts: dict[str, int] = field(default_factory=dict)

    @property
    def ok(self) -> bool:
        return not self.problems


def check_database(session: Session) -> CheckReport:
    report = CheckReport()
    with session.engine.connect() as conn:
        report.problems += [f"cipher_integrity_check: {p}" for p in maintenance.cipher_integrity(conn)]
        report.problems += [f"integrity_check: {p}" for p in maintenance.sqlite_integrity(conn)]
        report.problems += [f"foreign_key_check: {p}" for p in maintenance.foreign_key_problems(conn)]
        broken = maintenance.audit_chain_break(conn)
        if broken is not None:
            report.problems.append(f"audit log: hash chain broken at entry {broken}")
        report.counts = maintenance.counts(conn)
    with session.engine.begin() as conn:
        session.audit(conn, "database.check", detail={"ok": report.ok})
    return report
