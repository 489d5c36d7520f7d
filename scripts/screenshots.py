"""Screenshots of the main screens on a fresh demo database, for looking at the UI.

    .venv/bin/python scripts/screenshots.py [--out /tmp/shots] [--lang ja|en] [--user admin]

Creates a demo database (200 people) in a temporary folder, signs in, and saves
one PNG per screen and dialog.  Runs offscreen unless a display is set; the
Japanese font must be installed (scripts/setup.sh does it).  A developer tool:
nothing here is used by the app or the tests.
"""

from __future__ import annotations

import argparse
import os
import sys
import tempfile
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))

PASSPHRASE = "screenshot demo"


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--out", type=Path, default=Path("/tmp/shots"))
    parser.add_argument("--lang", default="ja", choices=["ja", "en"])
    parser.add_argument("--user", default="admin")
    parser.add_argument("--people", type=int, default=200)
    parser.add_argument("--first-run-only", action="store_true",
                        help="only the first-run steps (no demo database)")
    args = parser.parse_args(argv)
    if not os.environ.get("DISPLAY"):
        os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
    os.environ["KODOKU_DESK_HOME"] = tempfile.mkdtemp(prefix="kdesk-shots-home-")


    from kodoku_desk.services.database import unlock_database
    from kodoku_desk.services.demo import create_demo_database
    from kodoku_desk.ui import tasks
    from kodoku_desk.ui.app import create_application
    from kodoku_desk.ui.main_window import PAGE_IDS, MainWindow
    from kodoku_desk.vault.kdf import KdfParams

    app = create_application(args.lang)
    tasks.set_thread_pool(tasks.FakeThreadPool())   # every load finishes before the grab
    args.out.mkdir(parents=True, exist_ok=True)
    _first_run(app, args.out)
    if args.first_run_only:
        return 0
    db = Path(tempfile.mkdtemp(prefix="kdesk-shots-")) / "demo.kdesk"
    create_demo_database(db, people=args.people, years=2, seed=1, passphrase=PASSPHRASE,
                         kdf=KdfParams(memory_kib=8192, time_cost=1, lanes=1))
    session = unlock_database(db, args.user, PASSPHRASE)
    args.out.mkdir(parents=True, exist_ok=True)
    window = MainWindow(session)
    window.resize(1366, 860)
    window.show()

    def shot(name: str, widget=None) -> None:
        for _ in range(3):
            app.processEvents()
        path = args.out / f"{name}.png"
        (widget or window).grab().save(str(path))
        print(path)

    for page_id in PAGE_IDS:
        window.show_page(PAGE_IDS.index(page_id))
        shot(f"page-{page_id}")

    people = window.people
    window.show_page(PAGE_IDS.index("people"))
    first = people.list_page.model.rows()[0].id if people.list_page.model.rowCount() else None
    staff_person = _person_with_records(session) or first
    if staff_person:
        window.open_person(staff_person)
        shot("person-page")
        for name, opener in (("dialog-visit", people.log_visit), ("dialog-assessment", people.assess),
                             ("dialog-referral", people.refer)):
            opener(staff_person)
            if people.dialog is not None and people.dialog.isVisible():
                shot(name, people.dialog)
                people.dialog.done(0)
    _places(window, shot)
    _reports(window, shot)
    settings = window.settings
    window.show_page(PAGE_IDS.index("settings"))
    for index in range(settings.tabs.count()):
        settings.tabs.setCurrentIndex(index)
        shot(f"settings-{index}")
    window.close()
    session.close()
    return 0


def _first_run(app, out: Path) -> None:
    """Each step of the first-run dialog, filled in as a coordinator would."""
    from kodoku_desk.ui import first_run as fr
    from kodoku_desk.vault.kdf import KdfParams

    folder = Path(tempfile.mkdtemp(prefix="kdesk-shots-first-"))
    usb = folder / "USB" / "つながりデスク バックアップ"
    usb.mkdir(parents=True)
    dialog = fr.FirstRunDialog(folder / "kodoku.kdesk",
                               kdf=KdfParams(memory_kib=8192, time_cost=1, lanes=1))
    dialog.show()

    def shot(name: str) -> None:
        for _ in range(3):
            app.processEvents()
        path = out / f"first-run-{name}.png"
        dialog.grab().save(str(path))
        print(path)

    shot("1-org-empty")
    dialog.next_button.click()
    shot("1-org-errors")
    dialog.org_step.org.setText("NPO法人 ひだまり見守りネット")
    dialog.org_step.districts.setPlainText("中央地区\n東小学校区\n北部民生委員地区")
    dialog.next_button.click()
    shot("2-admin")
    step = dialog.admin_step
    step.display_name.setText("山田 花子")
    step.passphrase.setText("short")
    dialog.next_button.click()
    shot("2-admin-errors")
    step.passphrase.setText("ひだまりの会の記録を守る")
    step.confirm.setText("ひだまりの会の記録を守る")
    dialog.go(fr.CREATE)
    dialog.create_step.start(dialog.tr("データベースを作成しています。しばらくお待ちください…"))
    shot("3-create")
    dialog.go(fr.ADMIN)
    dialog.next_button.click()
    shot("4-recovery")
    dialog.recovery_page.stored.setChecked(True)
    dialog.next_button.click()
    dialog.backup_step.folder.setText(str(usb))
    shot("5-backup")
    dialog.backup_step.folder.setText(str(folder / "OneDrive - ひだまり" / "backup"))
    shot("5-backup-cloud")
    dialog.go(fr.SAMPLE)
    dialog.sample_step.start("当事者を作成しています", busy=False)
    dialog.sample_step.progress("見守り記録を作成しています", 0.55)
    shot("sample-progress")
    dialog.go(fr.BACKUP)
    dialog.opened.connect(lambda session: session.close())
    dialog.skip_button.click()


def _places(window, shot) -> None:
    """The busiest place's page, and the check-in screen for today's session there."""
    from datetime import date

    from sqlalchemy import text

    from kodoku_desk.services.places import open_session
    from kodoku_desk.ui.main_window import PAGE_IDS

    session = window.session
    with session.engine.connect() as conn:
        place_id = conn.execute(text(
            "SELECT s.place_id FROM attendance a JOIN place_sessions s ON s.id = a.session_id "
            "GROUP BY s.place_id ORDER BY count(*) DESC LIMIT 1")).scalar()
    if place_id is None:
        return
    window.show_page(PAGE_IDS.index("places"))
    window.places.open_place(place_id)
    shot("place-page")
    tabs = window.places.place_page.tabs
    if tabs.count() > 1:                 # 月別の集計（年度）: 延べ, 実人数, 新規 by month
        tabs.setCurrentIndex(1)
        shot("place-year")
        tabs.setCurrentIndex(0)
    opened = open_session(session, place_id, date.today())
    window.places.show_checkin(opened.session.id)
    shot("checkin")


def _reports(window, shot) -> None:
    from kodoku_desk.ui.main_window import PAGE_IDS

    window.show_page(PAGE_IDS.index("reports"))
    export = window.reports.export
    export.build()
    shot("reports-export")


def _person_with_records(session) -> str | None:
    """Someone with assessments and referrals, so the staff part has content."""
    from sqlalchemy import text

    with session.engine.connect() as conn:
        return conn.execute(text(
            "SELECT a.person_id FROM assessments a JOIN referrals r ON r.person_id = a.person_id "
            "GROUP BY a.person_id ORDER BY count(DISTINCT a.id) DESC LIMIT 1")).scalar()


if __name__ == "__main__":
    raise SystemExit(main())
