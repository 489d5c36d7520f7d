"""`kodoku-desk --self-test`: every step runs headless, is reported with its time, and a
failing step makes the exit code non-zero and names the step."""

from __future__ import annotations

import os
import re
import subprocess
import sys
from pathlib import Path

import pytest

from kodoku_desk import selftest
from kodoku_desk.cli import main

STEP_LINE = re.compile(r"^  (ok|FAIL) +(.+?) +(\d+\.\d) ms  (.*)$")


def test_self_test_passes_and_reports_each_step(capsys, isolated_home, monkeypatch):
    monkeypatch.setattr(selftest.tempfile, "mkdtemp", _remember_mkdtemp(monkeypatch))
    assert main(["--self-test"]) == 0
    out = capsys.readouterr().out
    lines = out.splitlines()
    assert lines[0].startswith("kodoku-desk ") and "self-test (source;" in lines[0]
    steps = [STEP_LINE.match(line) for line in lines if STEP_LINE.match(line)]
    assert [m.group(2) for m in steps] == [title for _name, title in selftest.STEPS]
    assert all(m.group(1) == "ok" for m in steps)
    details = {m.group(2): m.group(4) for m in steps}
    assert "encrypted" in details["create an encrypted database"]
    assert "SQLCipher 4." in details["cipher_integrity_check and health check"]
    assert "IPAexGothic embedded" in details["render a one-page PDF"]
    assert "  ok   remove the temporary folder" in out
    assert re.search(r"^self-test passed in \d+\.\d\d s$", out, re.MULTILINE)
    # the temporary folder is gone; the app's data folder was not touched
    assert not _created[0].exists()
    assert list(isolated_home.iterdir()) == []
    assert os.environ["KODOKU_DESK_HOME"] == str(isolated_home)


_created: list[Path] = []


def _remember_mkdtemp(monkeypatch):
    real = selftest.tempfile.mkdtemp
    _created.clear()

    def mkdtemp(*args, **kwargs):
        folder = real(*args, **kwargs)
        _created.append(Path(folder))
        return folder
    return mkdtemp


def test_a_failing_step_is_named_and_exits_non_zero(capsys, monkeypatch):
    def broken(self):
        raise RuntimeError("the PDF writer is missing")

    monkeypatch.setattr(selftest.SelfTest, "pdf", broken)
    monkeypatch.setattr(selftest.tempfile, "mkdtemp", _remember_mkdtemp(monkeypatch))
    assert main(["--self-test"]) == 1
    captured = capsys.readouterr()
    assert re.search(r"^  FAIL render a one-page PDF +\d+\.\d ms  RuntimeError: the PDF writer "
                     r"is missing$", captured.out, re.MULTILINE)
    assert "self-test FAILED at step: render a one-page PDF" in captured.out
    assert "write and read an xlsx" not in captured.out       # later steps do not run
    assert "Traceback" in captured.err
    assert not _created[0].exists()                           # cleaned up all the same


def test_self_test_needs_no_display_or_qt():
    """Run as `python -m kodoku_desk --self-test` with no display: Qt is never imported."""
    env = {k: v for k, v in os.environ.items()
           if k not in ("DISPLAY", "WAYLAND_DISPLAY", "QT_QPA_PLATFORM")}
    code = ("import sys, runpy; sys.argv = ['kodoku-desk', '--self-test']\n"
            "try:\n    runpy.run_module('kodoku_desk', run_name='__main__')\n"
            "except SystemExit as exit:\n"
            "    qt = sorted(m for m in sys.modules if m.startswith('PySide6'))\n"
            "    print('QT', qt); raise SystemExit(exit.code)\n")
    result = subprocess.run([sys.executable, "-c", code], check=False, capture_output=True,
                            text=True, env=env, timeout=300)
    assert result.returncode == 0, result.stdout + result.stderr
    assert "self-test passed" in result.stdout
    assert "QT []" in result.stdout


@pytest.mark.parametrize("argv", [["--help"]])
def test_help_lists_self_test_but_not_the_startup_probe(capsys, argv):
    with pytest.raises(SystemExit):
        main(argv)
    out = capsys.readouterr().out
    assert "--self-test" in out
    assert "--measure-startup" not in out
