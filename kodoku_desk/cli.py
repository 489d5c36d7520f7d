"""Command line: `kodoku-desk` (the app), `--self-test`, `demo`, `check`, `key-info`,
`export`, `backup`, `restore`.

Commands that unlock a database take --db and --user and read the passphrase from
the environment variable KODOKU_DESK_PASSPHRASE or from a prompt, so month-end
jobs can be scripted. Messages here are English (logs / CLI); the UI is Japanese.
"""

from __future__ import annotations

import argparse
import getpass
import os
import sys
from pathlib import Path

from kodoku_desk import __version__

PASSPHRASE_ENV = "KODOKU_DESK_PASSPHRASE"


def _passphrase(prompt: str = "Passphrase: ") -> str:
    value = os.environ.get(PASSPHRASE_ENV)
    if value is not None:
        return value
    if not sys.stdin.isatty():
        raise SystemExit(f"error: no passphrase: set {PASSPHRASE_ENV} or run in a terminal")
    return getpass.getpass(prompt)


def _fail(exc: Exception) -> int:
    code = getattr(exc, "code", type(exc).__name__)
    print(f"error [{code}]: {exc}", file=sys.stderr)
    return 2


def cmd_gui(args) -> int:
    from kodoku_desk.ui.app import run_gui

    # Without --db the app reopens the last database used (or the default path).
    return run_gui(Path(args.db) if args.db else None, lang=args.lang)


def cmd_demo(args) -> int:
    from kodoku_desk.services.demo import create_demo_database

    def progress(stage: str, fraction: float) -> None:
        if not args.quiet:
            print(f"\r{stage} {fraction * 100:5.1f}%", end="", file=sys.stderr, flush=True)

    try:
        result = create_demo_database(Path(args.out), people=args.people, years=args.years,
                                      seed=args.seed, passphrase=args.passphrase,
                                      progress=progress)
    except Exception as exc:  # noqa: BLE001 - report any failure as a message
        return _fail(exc)
    if not args.quiet:
        print(file=sys.stderr)
    print(f"created {result.path}")
    for kind, count in result.counts.items():
        print(f"  {kind}: {count}")
    print(f"users: {', '.join(result.users)}")
    if args.passphrase is None:
        print(f"passphrase for every demo user: {result.passphrase}")
    return 0


def cmd_check(args) -> int:
    from kodoku_desk.services.database import unlock_database
    from kodoku_desk.services.maintenance import check_database

    try:
        session = unlock_database(Path(args.db), args.user, _passphrase())
    except Exception as exc:  # noqa: BLE001
        return _fail(exc)
    try:
        report = check_database(session)
    finally:
        session.close()
    print(f"database: {args.db}")
    for kind, count in report.counts.items():
        print(f"  {kind}: {count}")
    if report.ok:
        print("ok: cipher_integrity_check, integrity_check, foreign keys and audit chain passed")
        return 0
    for problem in report.problems:
        print(f"problem: {problem}", file=sys.stderr)
    return 1


def cmd_key_info(args) -> int:
    from kodoku_desk.services.keys import key_info

    try:
        literal = key_info(Path(args.db), args.user, _passphrase())
    except Exception as exc:  # noqa: BLE001
        return _fail(exc)
    print("SQLCipher 4 defaults: page size 4096, HMAC-SHA512, raw 256-bit key (no KDF).")
    print("Open with DB Browser for SQLite (SQLCipher 4 defaults, 'Raw key') or")
    print("sqlcipher: PRAGMA key = \"x'...'\"; — keep this key as secret as the data.")
    print(literal)
    return 0


def cmd_export(args) -> int:
    """Month-end job: the anonymized tables for a period, written like the app's 保存."""
    from kodoku_desk.models.report_period import PeriodError, parse_period
    from kodoku_desk.services.database import unlock_database
    from kodoku_desk.services.export import describe, prepare_export, save_export

    from kodoku_desk.services.organization import fiscal_year_start_month

    try:
        parse_period(args.period)               # the form, before asking for a passphrase
    except PeriodError as exc:
        return _fail(exc)
    out = Path(args.out)
    if not out.parent.is_dir():
        print(f"error [no_folder]: the folder {out.parent} does not exist", file=sys.stderr)
        return 2
    try:
        session = unlock_database(Path(args.db), args.user, _passphrase())
    except Exception as exc:  # noqa: BLE001
        return _fail(exc)
    try:
        period = parse_period(args.period, fiscal_year_start_month(session))
        preview = prepare_export(session, period)
        for left in preview.left_out:
            print(f"left out: {left.key}: {left.reason_en}", file=sys.stderr)
        digest = save_export(session, preview, out, args.format)
    except Exception as exc:  # noqa: BLE001 - not permitted, nothing to export, disk errors
        return _fail(exc)
    finally:
        session.close()
    print(describe(preview))
    print(f"written {out} (sha256 {digest})")
    return 0


def cmd_backup(args) -> int:
    """An encrypted backup generation in --folder (default: the folder set in the app)."""
    from kodoku_desk.services.backup import make_backup
    from kodoku_desk.services.database import unlock_database

    try:
        session = unlock_database(Path(args.db), args.user, _passphrase())
    except Exception as exc:  # noqa: BLE001
        return _fail(exc)
    try:
        info = make_backup(session, args.folder, trigger="manual")
    except Exception as exc:  # noqa: BLE001 - not permitted, folder missing, disk full
        return _fail(exc)
    finally:
        session.close()
    print(f"written {info.path} and {info.keys_path.name} ({info.size} bytes, verified)")
    for old in info.pruned:
        print(f"removed old generation {old.name}")
    return 0


def cmd_restore(args) -> int:
    """Replace --db with --backup (the current files are kept aside, never deleted)."""
    from kodoku_desk.services import instance_lock
    from kodoku_desk.services.restore import inspect_backup, restore_backup

    passphrase = _passphrase(f"Passphrase of {args.user} in the backup: ")
    try:
        summary = inspect_backup(args.backup, args.user, passphrase, current_db=args.db)
        print(f"backup {summary.path.name}: {summary.people} people, {summary.visits} visits, "
              f"{summary.attendance} attendance rows")
        with instance_lock.acquire(Path(args.db)):   # refused while the app has it open
            result = restore_backup(Path(args.db), args.backup, args.user, passphrase)
    except Exception as exc:  # noqa: BLE001 - damaged backup, wrong passphrase, app running
        return _fail(exc)
    print(f"restored {result.db_path}")
    if result.aside_db is not None:
        print(f"the previous database is kept as {result.aside_db}")
    print("open it with the passphrases that were valid when the backup was made")
    return 0


def cmd_self_test(args) -> int:
    from kodoku_desk.selftest import run_self_test

    return run_self_test()


def cmd_measure_startup(args) -> int:
    from kodoku_desk.ui.startup_probe import measure_startup

    return measure_startup(Path(args.db) if args.db else None, lang=args.lang)


def build_parser() -> argparse.ArgumentParser:
    parser = argparse.ArgumentParser(prog="kodoku-desk", description="つながりデスク (Kodoku Desk)")
    parser.add_argument("--version", action="version", version=f"kodoku-desk {__version__}")
    parser.add_argument("--db", help="database file (default: the user's data folder)")
    parser.add_argument("--lang", choices=["ja", "en"], help="UI language")
    parser.add_argument("--self-test", action="store_true",
                        help="check this installation (a temporary encrypted database, a "
                             "record, a PDF) without a display, then exit")
    # time from process start to the first window (scripts/build_bundle.sh, benchmarks)
    parser.add_argument("--measure-startup", action="store_true", help=argparse.SUPPRESS)
    parser.set_defaults(func=cmd_gui)
    sub = parser.add_subparsers(dest="command")

    demo = sub.add_parser("demo", help="create an encrypted demo database")
    demo.add_argument("--people", type=int, default=200)
    demo.add_argument("--years", type=int, default=2)
    demo.add_argument("--seed", type=int, default=1)
    demo.add_argument("--out", required=True)
    demo.add_argument("--passphrase", help="passphrase for every demo user (generated if absent)")
    demo.add_argument("--quiet", action="store_true")
    demo.set_defaults(func=cmd_demo)

    for name, func, text in (("check", cmd_check, "unlock and verify a database"),
                             ("key-info", cmd_key_info, "print the raw SQLCipher key (admin)")):
        cmd = sub.add_parser(name, help=text)
        cmd.add_argument("--db", required=True)
        cmd.add_argument("--user", required=True)
        cmd.set_defaults(func=func)

    export = sub.add_parser("export", help="write the anonymized tables for a period")
    export.add_argument("--db", required=True)
    export.add_argument("--user", required=True)
    export.add_argument("--period", required=True,
                        help="2026-10 (month), 2026Q3 / 2026H1 (quarter / half of 年度 2026), "
                             "FY2025 (年度 2025, April to March)")
    export.add_argument("--format", choices=["xlsx", "csv", "json"], default="xlsx")
    export.add_argument("--out", required=True, help="file to write (.xlsx, .zip/.csv, .json)")
    export.set_defaults(func=cmd_export)

    backup = sub.add_parser("backup", help="write a verified, encrypted backup generation")
    backup.add_argument("--db", required=True)
    backup.add_argument("--user", required=True)
    backup.add_argument("--folder", help="target folder (default: the one set in the app)")
    backup.set_defaults(func=cmd_backup)

    restore = sub.add_parser("restore", help="replace the database with a backup (admin)")
    restore.add_argument("--db", required=True)
    restore.add_argument("--backup", required=True, help="the backup's .kdesk file")
    restore.add_argument("--user", required=True,
                         help="an administrator's user name in the backup")
    restore.set_defaults(func=cmd_restore)
    return parser


def main(argv: list[str] | None = None) -> int:
    args = build_parser().parse_args(argv)
    if args.self_test:
        return cmd_self_test(args)
    if args.measure_startup:
        return cmd_measure_startup(args)
    return args.func(args)


if __name__ == "__main__":
    raise SystemExit(main())
