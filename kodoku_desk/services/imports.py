"""Import people from an Excel roster (XLSX) or a CSV file: open, dry run, apply.

1. :func:`open_import` reads the file (encoding detected, header row found) and
   proposes a column mapping — the one confirmed last time for the same header
   row if there is one.  Nothing is written.
2. :func:`preview_import` is the dry run: every row becomes a person draft or
   a list of problems, and likely duplicates of someone already registered or
   of an earlier row of the file are flagged (same reading — or name — and the
   same birth date; without a birth date, the same phone number or the same
   漢字 name: :mod:`kodoku_desk.importers.duplicates`).  Nothing is written.
3. :func:`apply_import` writes the chosen rows in **one transaction**: all of
   them or nothing.  Rows with problems block the import unless the caller
   passes ``valid_only=True``; duplicates are skipped unless
   ``include_duplicates=True``.  One ``import`` audit entry (file name and
   counts, no personal data) plus a ``person.create`` entry per person; the
   confirmed mapping is remembered for the header row.

Only staff and administrators may import (volunteers get NotPermitted).
"""

from __future__ import annotations

from dataclasses import dataclass, field, replace
from datetime import date

from kodoku_desk.importers import mapping as mp
from kodoku_desk.importers import duplicates as dup
from kodoku_desk.importers.people import RowResult, read_people
from kodoku_desk.importers.sources import SourceTable, read_source
from kodoku_desk.importers.values import cell_text
from kodoku_desk.services import access, code_lists
from kodoku_desk.services.access import ServiceError
from kodoku_desk.services.people import PERSON_LISTS
from kodoku_desk.services.session import Session
from kodoku_desk.store import import_queries, persons_repo, settings_repo

__all__ = ["IMPORT", "DUPLICATE", "ERROR", "SAME_BIRTH_DATE", "SAME_NAME", "SAME_PHONE",
           "ImportBlocked", "ImportFile", "ImportPreview", "ImportResult", "PreviewRow",
           "apply_import", "open_import", "preview_import", "with_header_row"]

IMPORT, DUPLICATE, ERROR = "import", "duplicate", "error"
#: Why a row may be a duplicate (PreviewRow.duplicate_basis): same name/reading and …
SAME_BIRTH_DATE, SAME_PHONE, SAME_NAME = dup.BIRTH, dup.PHONE, dup.NAME
SAMPLES = 3
_LISTS = (*PERSON_LISTS, "district")
_WHAT_JA, _WHAT_EN = "Excel・CSVからの取り込み", "importing from Excel or CSV"
_SETTING = "import.mapping."


class ImportBlocked(ServiceError):
    """The import was refused before anything was written (problems, nothing to import)."""

    code = "import_blocked"


@dataclass(frozen=True)
class ImportFile:
    """A file read for import, with the header row and a proposed mapping."""

    file_name: str
    data: bytes = field(repr=False)
    table: SourceTable = field(repr=False)
    header_row: int
    headers: list[str]
    samples: list[list[str]]  # per column: the first few non-blank values under the header
    mapping: mp.Mapping
    remembered: bool  # the mapping is the one confirmed before for this header row

    @property
    def signature(self) -> str:
        return mp.header_signature(self.headers)


@dataclass(frozen=True)
class PreviewRow:
    result: RowResult
    status: str  # IMPORT | DUPLICATE | ERROR
    duplicate_of: str = ""  # person number already registered, or "" for an earlier row
    duplicate_row: int | None = None  # earlier row of the same file
    duplicate_basis: str = ""  # SAME_BIRTH_DATE | SAME_PHONE | SAME_NAME for a DUPLICATE

    @property
    def needs_check(self) -> bool:
        """要確認: to be imported, but with warnings to look at."""
        return self.status == IMPORT and bool(self.result.warnings)


@dataclass(frozen=True)
class ImportPreview:
    file_name: str
    kind: str
    headers: list[str]
    mapping: mp.Mapping
    rows: tuple[PreviewRow, ...]

    def count(self, status: str) -> int:
        return sum(1 for r in self.rows if r.status == status)

    def count_needing_check(self) -> int:
        """Rows to be imported that carry warnings (要確認)."""
        return sum(1 for r in self.rows if r.needs_check)

    @property
    def signature(self) -> str:
        return mp.header_signature(self.headers)


@dataclass(frozen=True)
class ImportResult:
    imported: int
    skipped_duplicates: int
    skipped_errors: int
    person_ids: tuple[str, ...]


def _require(session: Session) -> None:
    access.require_staff(session, _WHAT_JA, _WHAT_EN)


def open_import(session: Session, file_name: str, data: bytes, *, encoding: str | None = None,
                sheet: str | None = None) -> ImportFile:
    """Read ``data`` (CSV or XLSX); ImportFileError when it cannot be read at all."""
    _require(session)
    table = read_source(file_name, data, encoding=encoding, sheet=sheet)
    return _with_header(session, file_name, data, table, mp.find_header_row(table.rows))


def with_header_row(session: Session, source: ImportFile, header_row: int) -> ImportFile:
    """The same file with another row (0-based) taken as the header."""
    _require(session)
    header_row = max(0, min(header_row, max(len(source.table.rows) - 1, 0)))
    return _with_header(session, source.file_name, source.data, source.table, header_row)


def _with_header(session: Session, file_name: str, data: bytes, table: SourceTable,
                 header_row: int) -> ImportFile:
    width = table.width
    header_cells = list(table.rows[header_row]) if table.rows else []
    headers = [mp.header_text(c) for c in header_cells] + [""] * (width - len(header_cells))
    samples: list[list[str]] = [[] for _ in range(width)]
    for row in table.rows[header_row + 1:]:
        for i, cell in enumerate(row[:width]):
            text = cell_text(cell)
            if text and len(samples[i]) < SAMPLES:
                samples[i].append(text)
        if all(len(s) >= SAMPLES for s in samples):
            break
    suggested = mp.suggest_mapping(headers)
    with session.engine.connect() as conn:
        stored = settings_repo.get(conn, _SETTING + mp.header_signature(headers))
    remembered = _valid_stored(stored, width)
    return ImportFile(file_name=file_name, data=data, table=table, header_row=header_row,
                      headers=headers, samples=samples, mapping=remembered or suggested,
                      remembered=remembered is not None)


def _valid_stored(stored: object, width: int) -> mp.Mapping | None:
    if not isinstance(stored, list) or len(stored) != width:
        return None
    if not all(m is None or m in mp.FIELDS for m in stored):
        return None
    return list(stored)


def preview_import(session: Session, source: ImportFile, mapping: mp.Mapping, *,
                   today: date | None = None) -> ImportPreview:
    """The dry run: every row with its status and problems.  Nothing is written."""
    _require(session)
    problems = mp.mapping_problems(mapping)
    if problems:
        raise ImportBlocked("\n".join(p[0] for p in problems), " ".join(p[1] for p in problems))
    today = today or date.today()
    with session.engine.connect() as conn:
        codes = code_lists.load(conn, _LISTS)
        existing = _existing_keys(conn)
    results = read_people(source.table, source.header_row, list(mapping), codes=codes,
                          today=today)
    rows = _classify(results, existing)
    return ImportPreview(file_name=source.file_name, kind=source.table.kind,
                         headers=list(source.headers), mapping=list(mapping), rows=rows)


def _existing_keys(conn) -> dup.DuplicateIndex:
    index = dup.DuplicateIndex()
    for p in import_queries.people_for_duplicates(conn):
        record = dup.candidate(p.family_name, p.given_name, p.family_kana, p.given_kana,
                               p.birth_date, (p.phone_digits, p.phone2_digits), p.person_code)
        if record is not None:
            index.add(record)
    return index


def _candidate(result: RowResult, row: int) -> dup.Candidate | None:
    p = result.person
    return dup.candidate(p.family_name, p.given_name, p.family_kana, p.given_kana,
                         p.birth_date.isoformat() if p.birth_date else None,
                         (p.phone_digits, p.phone2_digits), row)


def _classify(results: list[RowResult], existing: dup.DuplicateIndex) -> tuple[PreviewRow, ...]:
    seen = dup.DuplicateIndex()  # earlier rows of the file
    rows = []
    for result in results:
        if not result.ok:
            rows.append(PreviewRow(result, ERROR))
            continue
        record = _candidate(result, result.row)
        found = existing.find(record) if record is not None else None
        earlier = seen.find(record) if record is not None and found is None else None
        if found is not None:
            rows.append(PreviewRow(result, DUPLICATE, duplicate_of=str(found[0].ref),
                                   duplicate_basis=found[1]))
        elif earlier is not None:
            rows.append(PreviewRow(result, DUPLICATE, duplicate_row=int(earlier[0].ref),
                                   duplicate_basis=earlier[1]))
        else:
            rows.append(PreviewRow(result, IMPORT))
        if record is not None:
            seen.add(record)
    return tuple(rows)


def apply_import(session: Session, preview: ImportPreview, *, include_duplicates: bool = False,
                 valid_only: bool = False, today: date | None = None) -> ImportResult:
    """Write the rows of ``preview`` in one transaction (see the module docstring).

    ImportBlocked (nothing written) when rows have problems and ``valid_only`` is
    False, or when no row is left to import.  Any failure while writing rolls
    everything back.
    """
    _require(session)
    today = today or date.today()
    errors = preview.count(ERROR)
    if errors and not valid_only:
        raise ImportBlocked(
            f"{errors}行に問題があるため、取り込みませんでした。問題を直したファイルを選び直すか、"
            "「問題のない行だけ取り込む」を選んでください。",
            f"{errors} rows have problems, so nothing was imported; fix the file or choose "
            "to import only the rows without problems.", errors=errors)
    with session.engine.begin() as conn:
        codes = code_lists.load(conn, _LISTS)
        existing = _existing_keys(conn)  # again: someone may have registered meanwhile
        current = _classify([r.result for r in preview.rows], existing)
        chosen = [r for r in current if r.status == IMPORT
                  or (r.status == DUPLICATE and include_duplicates)]
        if not chosen:
            raise ImportBlocked("取り込める行がありません。", "There is no row to import.")
        ids = []
        for row in chosen:
            person = replace(row.result.person, id=None, person_code="")
            person.validate(today=today, codes=codes)
            person_id = persons_repo.insert_person(conn, person, session.user.id)
            session.audit(conn, "person.create", target_kind="person", target_id=person_id,
                          detail={"via": "import"})
            ids.append(person_id)
        skipped_duplicates = sum(1 for r in current if r.status == DUPLICATE) - (
            sum(1 for r in chosen if r.status == DUPLICATE))
        result = ImportResult(imported=len(ids), skipped_duplicates=skipped_duplicates,
                              skipped_errors=errors, person_ids=tuple(ids))
        session.audit(conn, "import", target_kind="person", detail={
            "file_name": preview.file_name, "format": preview.kind, "rows": len(preview.rows),
            "imported": result.imported, "skipped_duplicates": skipped_duplicates,
            "skipped_errors": errors})
        settings_repo.put(conn, _SETTING + preview.signature, list(preview.mapping),
                          session.user.id)
    return result
