"""``kodoku-desk --measure-startup``: time from process start to the first window on screen.

A hidden option for scripts/build_bundle.sh and the benchmarks.  It takes the same
path as the app (``run_gui``): the Qt application with font, theme and language,
the window modules (the main window's import included, as ``run_gui`` pays it
before anything shows), then the first window — the unlock dialog when ``--db``
names an existing database, else the first-run dialog for a path in a temporary
folder (nothing is created).  When that window has painted once, the time since
the process started is printed and the app quits.  Works offscreen
(``QT_QPA_PLATFORM=offscreen``).

The process start time comes from ``KODOKU_DESK_LAUNCH_T0`` (seconds since the
epoch, set by the launching script just before it starts the program) when
present, else from the operating system (Linux ``/proc``, Windows
``GetProcessTimes``), else the moment this module was imported (which leaves out
the interpreter's own start: reported as such).
"""

from __future__ import annotations

import os
import sys
import tempfile
import time
from pathlib import Path

from kodoku_desk import __version__

LAUNCH_ENV = "KODOKU_DESK_LAUNCH_T0"
_IMPORTED = time.time()
TIMEOUT_MS = 30_000


def process_start() -> tuple[float, str]:
    """(process start in seconds since the epoch, where that figure came from)."""
    value = os.environ.get(LAUNCH_ENV)
    if value:
        try:
            return float(value), "launcher"
        except ValueError:
            pass
    if sys.platform.startswith("linux"):
        try:
            with open("/proc/self/stat", encoding="ascii") as handle:
                fields = handle.read().rsplit(")", 1)[1].split()
            with open("/proc/uptime", encoding="ascii") as handle:
                uptime = float(handle.read().split()[0])
            age = uptime - int(fields[19]) / os.sysconf("SC_CLK_TCK")
            return time.time() - age, "/proc"
        except (OSError, ValueError, IndexError):
            pass
    if sys.platform == "win32":
        try:
            import ctypes
            from ctypes import wintypes

            creation, exited, kernel, user = (wintypes.FILETIME() for _ in range(4))
            handle = ctypes.windll.kernel32.GetCurrentProcess()
            if ctypes.windll.kernel32.GetProcessTimes(handle, ctypes.byref(creation),
                                                      ctypes.byref(exited), ctypes.byref(kernel),
                                                      ctypes.byref(user)):
                ticks = (creation.dwHighDateTime << 32) | creation.dwLowDateTime
                return ticks / 10_000_000 - 11_644_473_600, "GetProcessTimes"
        except (OSError, AttributeError):
            pass
    return _IMPORTED, "module import (interpreter start not included)"


def measure_startup(db_path: Path | None = None, lang: str | None = None) -> int:
    """Show the first window, print the time since process start once it has painted, quit."""
    start, source = process_start()
    marks: list[tuple[str, float]] = [("probe imported", _IMPORTED)]

    from PySide6.QtCore import QEvent, QObject, QTimer

    from kodoku_desk.ui.app import create_application

    marks.append(("Qt and app modules imported", time.time()))
    app = create_application(lang)
    marks.append(("QApplication, theme, translations", time.time()))
    import kodoku_desk.ui.controller  # noqa: F401 - what run_gui imports before the first window

    marks.append(("window modules imported", time.time()))
    folder = None
    if db_path is not None and Path(db_path).exists():
        from kodoku_desk.ui.unlock import UnlockDialog

        window, kind = UnlockDialog(Path(db_path)), "unlock dialog"
    else:
        from kodoku_desk.ui.first_run import FirstRunDialog

        if db_path is None:
            folder = tempfile.TemporaryDirectory(prefix="kodoku-startup-")
            db_path = Path(folder.name) / "kodoku.kdesk"
        window, kind = FirstRunDialog(Path(db_path)), "first-run dialog"
    marks.append((f"{kind} built", time.time()))
    result: dict[str, float] = {}

    class FirstPaint(QObject):
        def eventFilter(self, obj, event) -> bool:  # Qt's name
            if event.type() == QEvent.Type.Paint and "shown" not in result:
                result["shown"] = time.time()
                QTimer.singleShot(0, app.quit)
            return False

    watcher = FirstPaint()
    window.installEventFilter(watcher)
    QTimer.singleShot(TIMEOUT_MS, app.quit)
    window.show()
    app.exec()
    window.removeEventFilter(watcher)
    window.close()
    if folder is not None:
        folder.cleanup()
    if "shown" not in result:
        print(f"startup: the {kind} did not paint within {TIMEOUT_MS / 1000:.0f} s",
              file=sys.stderr)
        return 1
    shown = result["shown"]
    kind_of_run = "bundle" if getattr(sys, "frozen", False) else "source"
    print(f"kodoku-desk {__version__} startup ({kind_of_run}, Qt platform {app.platformName()}, "
          f"process start from {source})")
    for label, at in marks:
        print(f"  {(at - start) * 1000:8.0f} ms  {label}")
    print(f"  {(shown - start) * 1000:8.0f} ms  {kind} painted")
    print(f"first window shown {shown - start:.3f} s after process start")
    return 0
