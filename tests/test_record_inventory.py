"""docs/ARCHITECTURE.md lists every table as append-only or versioned, with the service that
edits it: a new table must be added there (with its version check) before this passes."""

from pathlib import Path

import lead_desktop.models  # noqa: F401 - registers every table on the metadata
from lead_desktop.models.base import Base

ARCHITECTURE = Path(__file__).resolve().parents[1] / "docs" / "ARCHITECTURE.md"


def test_every_table_is_in_the_inventory():
    text = ARCHITECTURE.read_text(encoding="utf-8")
    start = text.index("### Every editable record has a version check")
    end = text.find("\n#", start + 1)
    inventory = text[start:end if end > 0 else None]
    missing = sorted(name for name in Base.metadata.tables if f"`{name}`" not in inventory)
    assert not missing, f"add to the inventory in docs/ARCHITECTURE.md: {missing}"
