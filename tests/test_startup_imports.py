"""The first window does not wait for the database stack: importing what ``run_gui``
imports before the unlock / first-run window (the controller) loads neither SQLAlchemy
nor Alembic nor reportlab (DESIGN.md §8: window shown < 1.5 s after launch)."""

from __future__ import annotations

import os
import subprocess
import sys


def test_the_first_window_imports_no_database_or_pdf_stack():
    script = ("import sys, kodoku_desk.ui.controller; "
              "print(sorted({m.split('.')[0] for m in sys.modules} "
              "& {'sqlalchemy', 'alembic', 'reportlab', 'openpyxl', 'holidays'}))")
    env = {**os.environ, "QT_QPA_PLATFORM": "offscreen"}
    result = subprocess.run([sys.executable, "-c", script], capture_output=True, text=True,
                            env=env, timeout=120)
    assert result.returncode == 0, result.stderr
    assert result.stdout.strip() == "[]"
