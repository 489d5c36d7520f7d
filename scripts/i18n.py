"""Translations: extract UI strings to .ts, compile .ts to .qm.

    python scripts/i18n.py extract   # update resources/translations/*.ts from the source
    python scripts/i18n.py compile   # build the .qm files (skips those already up to date)
    python scripts/i18n.py check     # fail if a .ts has an unfinished or empty translation
    python scripts/i18n.py fill en.json …  # set unfinished translations from JSON files

A JSON file for ``fill`` maps ``"Context|source"`` (or just ``"source"``, any context)
to the English text, or to ``[singular, plural]`` for a ``%n`` message.

Source strings are Japanese; Japanese needs no .qm. Compiled .qm files are build
output (gitignored): run ``compile`` after a fresh clone, it is idempotent and fast.
"""

from __future__ import annotations

import argparse
import os
import shutil
import subprocess
import sys
import sysconfig
import xml.etree.ElementTree as ET
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
SOURCES = [ROOT / "kodoku_desk" / "ui"]
TS_DIR = ROOT / "resources" / "translations"
LANGUAGES = ("en",)


def ts_path(lang: str) -> Path:
    return TS_DIR / f"kodoku_desk_{lang}.ts"


def _tool(name: str) -> str:
    """pyside6-lupdate / pyside6-lrelease from this interpreter's environment first."""
    search = os.pathsep.join([str(Path(sys.executable).parent), sysconfig.get_path("scripts"),
                              os.environ.get("PATH", "")])
    found = shutil.which(name, path=search)
    if found is None:
        raise SystemExit(f"error: {name} not found; install PySide6 in this environment")
    return found


def extract() -> int:
    TS_DIR.mkdir(parents=True, exist_ok=True)
    files = sorted(str(p.relative_to(ROOT)) for src in SOURCES for p in src.rglob("*.py"))
    for lang in LANGUAGES:
        cmd = [_tool("pyside6-lupdate"), *files, "-target-language", lang, "-no-obsolete",
               "-locations", "relative", "-ts", str(ts_path(lang).relative_to(ROOT))]
        subprocess.run(cmd, cwd=ROOT, check=True)
    return check(quiet=True)


def compile_(force: bool = False) -> int:
    lrelease = None
    for ts in sorted(TS_DIR.glob("*.ts")):
        qm = ts.with_suffix(".qm")
        if not force and qm.exists() and qm.stat().st_mtime >= ts.stat().st_mtime:
            continue
        lrelease = lrelease or _tool("pyside6-lrelease")
        subprocess.run([lrelease, "-silent", str(ts), "-qm", str(qm)], check=True)
        print(f"compiled {qm.relative_to(ROOT)}")
    return 0


def unfinished(ts: Path) -> list[str]:
    """Source texts whose translation is missing, empty or marked unfinished."""
    missing = []
    for message in ET.parse(ts).getroot().iter("message"):
        source = message.findtext("source", "")
        translation = message.find("translation")
        if translation is None or translation.get("type") in ("unfinished", "vanished",
                                                              "obsolete"):
            missing.append(source)
            continue
        forms = translation.findall("numerusform")
        texts = [f.text or "" for f in forms] if forms else [translation.text or ""]
        if not all(t.strip() for t in texts):
            missing.append(source)
    return missing


def fill(files: list[str], lang: str = "en") -> int:
    """Set every unfinished translation found in ``files`` (JSON, see the module doc)."""
    import json

    extract()            # first bring in the strings the source has now
    table: dict[str, object] = {}
    for name in files:
        table.update(json.loads(Path(name).read_text(encoding="utf-8")))
    tree = ET.parse(ts_path(lang))
    filled = 0
    for context in tree.getroot().iter("context"):
        ctx = context.findtext("name", "")
        for message in context.iter("message"):
            translation = message.find("translation")
            if translation is None or translation.get("type") != "unfinished":
                continue
            source = message.findtext("source", "")
            text = table.get(f"{ctx}|{source}", table.get(source))
            if text is None:
                continue
            translation.attrib.pop("type")
            for form in list(translation):
                translation.remove(form)
            if message.get("numerus") == "yes":
                forms = text if isinstance(text, list) else [text, text]
                translation.text = None
                for form_text in forms:
                    ET.SubElement(translation, "numerusform").text = form_text
            else:
                translation.text = text[-1] if isinstance(text, list) else text
            filled += 1
    tree.write(ts_path(lang), encoding="utf-8", xml_declaration=True)
    print(f"filled {filled} translation(s)")
    extract()            # lupdate rewrites the file in its own layout
    return check()


def check(quiet: bool = False) -> int:
    status = 0
    for lang in LANGUAGES:
        missing = unfinished(ts_path(lang))
        if missing:
            status = 1
            print(f"{ts_path(lang).name}: {len(missing)} unfinished translation(s):")
            for source in missing:
                print(f"  {source}")
        elif not quiet:
            print(f"{ts_path(lang).name}: complete")
    return status


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("command", choices=["extract", "compile", "check", "fill"])
    parser.add_argument("files", nargs="*", help="fill: JSON files of translations")
    parser.add_argument("--force", action="store_true", help="compile even if up to date")
    args = parser.parse_args(argv)
    if args.command == "extract":
        return extract()
    if args.command == "fill":
        return fill(args.files)
    if args.command == "compile":
        return compile_(force=args.force)
    return check()


if __name__ == "__main__":
    raise SystemExit(main())
