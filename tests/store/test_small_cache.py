"""The report tables read with a small page cache, and the connection gets its own back."""

from __future__ import annotations

import pytest

from kodoku_desk.store.engine import CACHE_KIB, REPORT_CACHE_KIB, small_cache


def test_report_reads_run_with_a_small_page_cache_and_give_it_back(new_db):
    def cache_kib(conn) -> int:
        return -conn.exec_driver_sql("PRAGMA cache_size").scalar_one()

    with new_db[0].engine.connect() as conn:
        assert cache_kib(conn) == CACHE_KIB
        with small_cache(conn):
            assert cache_kib(conn) == REPORT_CACHE_KIB
        assert cache_kib(conn) == CACHE_KIB
        with pytest.raises(ValueError), small_cache(conn):
            raise ValueError("a builder failed")
        assert cache_kib(conn) == CACHE_KIB
