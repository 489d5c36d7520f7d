"""models/ stays pure: no Qt, no database, no I/O libraries."""

import ast
from pathlib import Path

import pytest

import kodoku_desk.models

MODELS_DIR = Path(kodoku_desk.models.__file__).parent
FORBIDDEN = {"PySide6", "shiboken6", "sqlalchemy", "sqlite3", "sqlcipher3", "alembic", "socket", "requests",
             "urllib", "http", "subprocess", "shutil", "openpyxl", "reportlab", "keyring"}
MODULES = sorted(MODELS_DIR.glob("*.py"))


@pytest.mark.parametrize("path", MODULES, ids=[p.name for p in MODULES])
def test_module_imports_nothing_impure(path):
    tree = ast.parse(path.read_text(encoding="utf-8"))
    imported = set()
    for node in ast.walk(tree):
        if isinstance(node, ast.Import):
            imported |= {alias.name.split(".")[0] for alias in node.names}
        elif isinstance(node, ast.ImportFrom) and node.level == 0 and node.module:
            imported.add(node.module.split(".")[0])
    assert not imported & FORBIDDEN


@pytest.mark.parametrize("path", MODULES, ids=[p.name for p in MODULES])
def test_module_is_small(path):
    assert len(path.read_text(encoding="utf-8").splitlines()) <= 400  # DESIGN §2: over ~400 lines, split
