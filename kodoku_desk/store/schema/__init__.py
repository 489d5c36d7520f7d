"""Table definitions for the whole mission (SQLAlchemy Core).

Split by subject; every table registers itself on :data:`metadata`.
Primary keys are UUID text, every row has created_at / updated_at / created_by.
"""

from kodoku_desk.store.schema.base import metadata
from kodoku_desk.store.schema import admin, people, visits, places, records  # noqa: F401  (register tables)

__all__ = ["metadata"]
