"""The app opens no sockets: no network module in the source, none loaded by the app."""

from __future__ import annotations

import re
import subprocess
import sys
from pathlib import Path

import pytest

PACKAGE = Path(__file__).resolve().parent.parent / "kodoku_desk"
FORBIDDEN = re.compile(
    r"^\s*(from|import)\s+(socket|ssl|requests|httpx|urllib\.request|http\.client|aiohttp|"
    r"ftplib|smtplib)\b|QtNetwork|QNetworkAccessManager|QWebEngine", re.M)


def test_no_network_imports_in_the_source():
    offenders = [str(p.relative_to(PACKAGE)) for p in PACKAGE.rglob("*.py")
                 if FORBIDDEN.search(p.read_text(encoding="utf-8"))]
    assert offenders == []


@pytest.mark.filterwarnings("ignore:A test tried to use socket")
def test_sockets_are_disabled_in_the_test_suite():
    import socket

    with pytest.raises(Exception, match="(?i)socket"):
        socket.socket(socket.AF_INET, socket.SOCK_STREAM)


def test_loading_the_app_loads_no_network_stack():
    # The stdlib socket/ssl modules are loaded by asyncio, which SQLAlchemy imports;
    # what must never load is an HTTP client or Qt's network module.
    code = ("import sys, kodoku_desk.cli, kodoku_desk.services.database, kodoku_desk.ui.app;"
            "bad = sorted(m for m in sys.modules if m.split('.')[0] in "
            "{'requests','httpx','aiohttp','http','urllib3','ftplib','smtplib'} "
            "or m == 'urllib.request' or 'QtNetwork' in m or 'WebEngine' in m);"
            "print(bad)")
    result = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True,
                            env={"QT_QPA_PLATFORM": "offscreen", "PATH": "/usr/bin:/bin"})
    assert result.returncode == 0, result.stderr
    assert result.stdout.strip() == "[]"
