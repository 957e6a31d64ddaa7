"""What a crash or a power cut leaves behind, made on real files for the recovery tests."""

from __future__ import annotations

import shutil
from pathlib import Path

from lead_desktop.db import sqlcipher_file


def power_cut_copy(database, dest: Path, *, rows: int = 3000) -> Path:
    """A copy of the file and its journal taken in the middle of a big save, as a power cut
    would leave them: pages of the save already in the file, the originals in the journal.
    The save itself is then rolled back, so `database` is left as it was."""
    conn = database.raw_connection()
    try:
        conn.execute("PRAGMA cache_size = 10")  # small cache: the save spills into the file
        conn.execute("BEGIN IMMEDIATE")
        conn.execute("CREATE TABLE IF NOT EXISTS interrupted (v TEXT)")
        conn.executemany("INSERT INTO interrupted VALUES (?)",
                         [("never committed " + "x" * 300,)] * rows)
        journal = sqlcipher_file.journal_path(database.path)
        dest.parent.mkdir(parents=True, exist_ok=True)
        shutil.copyfile(database.path, dest)
        shutil.copyfile(journal, sqlcipher_file.journal_path(dest))
        conn.execute("ROLLBACK")
    finally:
        conn.close()
    return dest


def damage_a_page_past_the_first(path: Path, page: int | None = None) -> int:
    """Overwrite 100 bytes in the middle of a page past the first; returns the page number."""
    data = bytearray(path.read_bytes())
    pages = len(data) // sqlcipher_file.PAGE_SIZE
    page = page if page is not None else max(2, pages // 2)
    offset = page * sqlcipher_file.PAGE_SIZE + 1000
    data[offset:offset + 100] = bytes(range(100))
    path.write_bytes(bytes(data))
    return page
