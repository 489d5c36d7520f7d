"""Domain layer: dataclasses, code lists, validation and pure rules.

No Qt, no database, no I/O: everything here is plain Python and unit-testable.
Modules: ``errors`` (ValidationError), ``kana`` (search keys, フリガナ),
``wareki`` (和暦, 年度, 満年齢, 学年), ``codes`` / ``codelist`` (code lists),
``frequency`` (見守り due dates), ``survey`` (loneliness survey items).
"""
