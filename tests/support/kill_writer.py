"""A process for the kill tests (tests/store/test_kill.py): it writes until it is killed.

``python -m tests.support.kill_writer visits DB PERSON_ID`` unlocks DB as admin and
records 見守り visits for PERSON_ID in a loop, printing each visit's id on its own
line *after* its transaction committed.

``python -m tests.support.kill_writer passphrase DB A B`` changes the admin's
passphrase A → B → A … in a loop, printing the passphrase now in force after each
change returned.

The passphrase to unlock with comes from KODOKU_DESK_PASSPHRASE.  "ready" is
printed once the loop is about to start.
"""

from __future__ import annotations

import os
import sys
from pathlib import Path


def write_visits(db: Path, person_id: str) -> None:
    from kodoku_desk.services.database import unlock_database
    from kodoku_desk.services.visits import quick_visit_defaults, record_visit

    session = unlock_database(db, "admin", os.environ["KODOKU_DESK_PASSPHRASE"], full_check=False)
    print("ready", flush=True)
    while True:
        saved = record_visit(session, quick_visit_defaults(session, person_id))
        print(saved.visit.id, flush=True)


def change_passphrases(db: Path, first: str, second: str) -> None:
    from kodoku_desk.services import keys
    from kodoku_desk.services.database import unlock_database

    current = os.environ["KODOKU_DESK_PASSPHRASE"]
    other = second if current == first else first
    session = unlock_database(db, "admin", current, full_check=False)
    print("ready", flush=True)
    while True:
        keys.change_passphrase(session, current, other)
        current, other = other, current
        print(current, flush=True)


def main(argv: list[str]) -> None:
    mode, db, *rest = argv
    if mode == "visits":
        write_visits(Path(db), rest[0])
    elif mode == "passphrase":
        change_passphrases(Path(db), rest[0], rest[1])
    else:
        raise SystemExit(f"unknown mode {mode!r}")


if __name__ == "__main__":
    main(sys.argv[1:])
