"""The importers and the import service stay free of Qt (DESIGN.md §10)."""

from __future__ import annotations

import subprocess
import sys


def test_import_layers_do_not_import_qt():
    code = ("import sys, kodoku_desk.importers.people, kodoku_desk.services.imports; "
            "print(sorted(m for m in sys.modules if m.startswith('PySide6')))")
    out = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True, check=True)
    assert out.stdout.strip() == "[]"
