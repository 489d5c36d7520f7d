"""Run the bulk fill in a child Python process, reporting progress back.

Why a process of its own: the app's connections turn SQLCipher's
``cipher_memory_security`` on, and once on it stays on for the whole process
and makes every insert 5–10 times slower (see :mod:`kodoku_desk.store.bulk`).
The child never opens an app engine, so its bulk engine runs without it; it
holds only demo data and the new database's key, and exits when done.

The child is ``python -c`` (not multiprocessing), so it never re-imports the
parent's ``__main__``.  Protocol: the parent writes one pickle
``(db_path, data_key, job)`` to the child's stdin; the child writes
length-prefixed pickles to its stdout: ``("progress", label, fraction)`` …
then ``("done", counts)`` or ``("error", exception, traceback_text)``.
A frozen app (no separate Python to start) fills in-process instead.
"""

from __future__ import annotations

import os
import pickle
import struct
import subprocess
import sys
import tempfile
import traceback
from collections.abc import Callable
from pathlib import Path

import kodoku_desk

_HEADER = struct.Struct(">I")
_CHILD_CODE = "from kodoku_desk.services.demo.worker import child_main; child_main()"


def can_spawn() -> bool:
    """False in a frozen build, where sys.executable is the app itself."""
    return not getattr(sys, "frozen", False)


def _send(stream, message: tuple) -> None:
    data = pickle.dumps(message)
    stream.write(_HEADER.pack(len(data)) + data)
    stream.flush()


def _receive(stream) -> tuple | None:
    header = stream.read(_HEADER.size)
    if len(header) < _HEADER.size:
        return None
    (size,) = _HEADER.unpack(header)
    data = stream.read(size)
    return pickle.loads(data) if len(data) == size else None


def child_main() -> None:
    """Entry point of the child: read the job, fill, report (stdout is the channel)."""
    channel = os.fdopen(os.dup(1), "wb")
    os.dup2(2, 1)  # anything printed goes to stderr, never into the channel
    sys.stdout = sys.stderr
    try:
        db_path, data_key, job = pickle.loads(sys.stdin.buffer.read())
        from kodoku_desk.services.demo.build import fill
        from kodoku_desk.store.bulk import open_bulk_engine

        engine = open_bulk_engine(Path(db_path), data_key)
        try:
            counts = fill(engine, job, lambda label, f: _send(channel, ("progress", label, f)))
        finally:
            engine.dispose()
        _send(channel, ("done", counts))
    except BaseException as exc:  # handed to the parent, which raises it
        detail = traceback.format_exc()
        try:
            pickle.dumps(exc)
        except Exception:
            exc = RuntimeError(f"{type(exc).__name__}: {exc}")
        _send(channel, ("error", exc, detail))
    finally:
        channel.close()


def run_fill(db_path: Path, data_key: bytes, job: dict,
             progress: Callable[[str, float], None]) -> dict[str, int]:
    """Fill the database in a child process; return its row counts or raise its error."""
    env = dict(os.environ)
    package_root = str(Path(kodoku_desk.__file__).resolve().parent.parent)
    env["PYTHONPATH"] = os.pathsep.join(p for p in (package_root, env.get("PYTHONPATH")) if p)
    with tempfile.TemporaryFile() as errors:
        child = subprocess.Popen([sys.executable, "-c", _CHILD_CODE], stdin=subprocess.PIPE,
                                 stdout=subprocess.PIPE, stderr=errors, env=env)
        answered = False
        try:
            child.stdin.write(pickle.dumps((str(db_path), data_key, job)))
            child.stdin.close()
            while (message := _receive(child.stdout)) is not None:
                if message[0] == "progress":
                    progress(message[1], message[2])
                    continue
                answered = True
                if message[0] == "done":
                    return message[1]
                error, detail = message[1], message[2]
                error.add_note(f"in the demo data worker:\n{detail}")
                raise error
            answered = True
            child.wait()
            errors.seek(0)
            tail = errors.read()[-2000:].decode("utf-8", "replace")
            raise RuntimeError(f"the demo data worker stopped unexpectedly "
                               f"(exit code {child.returncode}): {tail}")
        finally:
            _finish(child, answered)


def _finish(child: subprocess.Popen, answered: bool) -> None:
    """Let a child that has answered exit; stop one we are abandoning (error, Ctrl+C)."""
    if answered:
        try:
            child.wait(timeout=60)
        except subprocess.TimeoutExpired:
            pass
    if child.poll() is None:
        child.kill()
        child.wait()
    child.stdout.close()
