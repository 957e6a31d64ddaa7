"""Record seals: every record the app writes is hashed into the audit chain, so a record
changed, added or deleted outside the app (a SQLite tool and the key) is found.

The app's write connections note the rows each unit of work touches
(`db/change_tracking.py`). Every audit entry carries, in its `seals` column (covered by
the entry's hash, so by the chain and its anchors), the content hash of each row noted
since the entry before it in the same unit of work; rows touched after the unit of
work's last entry are sealed by one more entry, `records.sealed`, just before the commit.
A deleted row is sealed as null. `check` compares every current row with the hash of its
newest seal. A schema upgrade re-seals every record once (`records.baseline`), because a
migration may rebuild tables without the app's triggers.
"""

from __future__ import annotations

import hashlib
import json
from dataclasses import dataclass
from datetime import date, datetime, time
from decimal import Decimal
from typing import Any, Iterable, Iterator
from uuid import UUID

from sqlalchemy.orm import Session

from lead_desktop.db import change_tracking

#: Seals per baseline entry: keeps each entry (and its canonical JSON) a few hundred KB.
BASELINE_CHUNK = 5000
_IN_CHUNK = 500


def _canonical(value: Any) -> str:
    return json.dumps(value, sort_keys=True, separators=(",", ":"), ensure_ascii=False)


def _plain(value: Any) -> Any:
    """A driver's value as JSON: SQLite's are already (text, numbers); PostgreSQL's driver
    returns dates, times and decimals, written here as text."""
    if isinstance(value, (datetime, date, time)):
        return value.isoformat()
    if isinstance(value, (Decimal, UUID)):
        return str(value)
    return value


def row_hash(columns: Iterable[str], values: Iterable[Any]) -> str:
    """The content hash of a row as stored. NULL columns are left out, so a migration that
    adds a nullable column does not change the hash of existing rows. 128 bits are kept:
    the hash is anchored in the chain, it is not a password."""
    items = []
    for column, value in zip(columns, values):
        if value is None:
            continue
        if isinstance(value, (bytes, bytearray, memoryview)):  # file contents: their hash
            value = {"sha256": hashlib.sha256(value).hexdigest()}
        items.append([column, _plain(value)])
    items.sort(key=lambda item: item[0])
    return hashlib.sha256(_canonical(items).encode("utf-8", "surrogatepass")).hexdigest()[:32]


def _rows(session: Session, table: str, pk: str, ids: list[str] | None = None,
          ) -> Iterator[tuple[str, str]]:
    """(id, content hash) of the table's rows (all, or those with these ids)."""
    conn = session.connection()
    if ids is None:
        batches: Iterable[list[str] | None] = [None]
    else:
        batches = (ids[i:i + _IN_CHUNK] for i in range(0, len(ids), _IN_CHUNK))
    for batch in batches:
        sql = f'SELECT * FROM "{table}"'
        params: tuple = ()
        if batch is not None:
            # the key compared as stored, so its index is used (a CAST read the whole table
            # at every save); the noted keys are text, an integer key's are turned back
            marks = ",".join([_mark(session)] * len(batch))
            sql += f' WHERE "{pk}" IN ({marks})'
            params = tuple(int(k) for k in batch) if _integer_key(table, pk) else tuple(batch)
        result = conn.exec_driver_sql(sql, params)
        columns = list(result.keys())
        at = columns.index(pk)
        for row in result:
            yield str(row[at]), row_hash(columns, row)


def _integer_key(table: str, pk: str) -> bool:
    from lead_desktop.models.base import Base

    column = Base.metadata.tables[table].c[pk]
    return column.type.python_type is int


def _mark(session: Session) -> str:
    """The driver's parameter mark (SQLite: ?, psycopg: %s)."""
    return "?" if session.get_bind().dialect.paramstyle == "qmark" else "%s"


def collect(session: Session) -> str | None:
    """The seals of the rows this unit of work changed since the last call, as the canonical
    JSON an audit entry keeps ({table: {id: hash, or null when deleted}}), or None."""
    dbapi = session.connection().connection.dbapi_connection
    changed = change_tracking.take(dbapi)
    if not changed:
        return None
    tables = change_tracking.sealed_tables()
    seals: dict[str, dict[str, str | None]] = {}
    for table, ids in changed.items():
        found = dict(_rows(session, table, tables[table], ids))
        seals[table] = {record_id: found.get(record_id) for record_id in ids}
    return _canonical(seals)


def has_seals_column(session: Session) -> bool:
    """Databases before revision 0017 have no seals (old backups, schema fixtures)."""
    columns = session.connection().exec_driver_sql("SELECT * FROM audit_log LIMIT 0").keys()
    return "seals" in columns


def baseline(session: Session, actor, reason: str) -> int:  # noqa: ANN001
    """Seal every record as it is now (after a schema upgrade); returns how many."""
    from lead_desktop.security import audit

    session.flush()
    dbapi = session.connection().connection.dbapi_connection
    change_tracking.take(dbapi)  # sealed below, all of them
    pending: dict[str, dict[str, str]] = {}
    count = in_entry = 0

    def write() -> None:
        nonlocal pending, in_entry
        if pending:
            audit.record(session, actor, "records.baseline", record_type="records",
                         reason=reason, seals=_canonical(pending))
        pending, in_entry = {}, 0

    for table, pk in change_tracking.sealed_tables().items():
        for record_id, digest in _rows(session, table, pk):
            pending.setdefault(table, {})[record_id] = digest
            count += 1
            in_entry += 1
            if in_entry >= BASELINE_CHUNK:
                write()
    write()
    return count


# --- checking ---

@dataclass(frozen=True)
class Finding:
    table: str
    record_id: str
    kind: str  # changed | added | deleted
    sealed_seq: int | None = None
    sealed_at: datetime | None = None

    def describe(self) -> str:
        since = (f" since entry {self.sealed_seq} ({self.sealed_at:%Y-%m-%d %H:%M} UTC)"
                 if self.sealed_seq is not None and self.sealed_at is not None else "")
        what = {"changed": f"changed outside the app{since}",
                "added": "added outside the app (never sealed)",
                "deleted": f"deleted outside the app{since}"}[self.kind]
        return f"{self.table} {self.record_id}: {what}"


@dataclass(frozen=True)
class RecordsReport:
    checked: int
    findings: tuple[Finding, ...] = ()
    #: Why the records were not checked (a database from before the seals).
    skipped: str | None = None
    partial: str | None = None

    @property
    def ok(self) -> bool:
        return not self.findings

    def lines(self, limit: int = 20) -> list[str]:
        if self.skipped:
            return [f"records: not checked ({self.skipped})"]
        scope = f", {self.partial}" if self.partial else ""
        if self.ok:
            return [f"records: all {self.checked} checked match their seals{scope}"]
        shown = [f"  {finding.describe()}" for finding in self.findings[:limit]]
        more = len(self.findings) - limit
        return [f"records: {len(self.findings)} of {self.checked} checked were changed "
                f"outside the app{scope}", *shown,
                *([f"  ... and {more} more"] if more > 0 else [])]


def newest_seals(session: Session) -> dict[str, dict[str, tuple[str | None, int]]]:
    """{table: {id: (hash or None when deleted, sequence of the sealing entry)}}."""
    newest: dict[str, dict[str, tuple[str | None, int]]] = {}
    result = session.connection().exec_driver_sql(
        "SELECT seq, seals FROM audit_log WHERE seals IS NOT NULL ORDER BY seq")
    for seq, seals in result:
        for table, rows in json.loads(seals).items():
            of_table = newest.setdefault(table, {})
            for record_id, digest in rows.items():
                of_table[record_id] = (digest, seq)
    return newest


#: Tables of file contents (megabytes a row), left to `lead-admin verify` and the auditor's
#: Verify button: a window of their rows would read gigabytes at open.
HEAVY_TABLES = frozenset({"attachment_chunks", "agency_templates"})


def _existing(session: Session, light_only: bool = False) -> list[tuple[str, str]]:
    """(table, primary key) of the sealed tables this file has, in a fixed order."""
    if session.get_bind().dialect.name == "sqlite":
        names = {name for (name,) in session.connection().exec_driver_sql(
            "SELECT name FROM sqlite_master WHERE type = 'table'")}
    else:
        from sqlalchemy import inspect

        names = set(inspect(session.connection()).get_table_names())
    return [(table, pk) for table, pk in sorted(change_tracking.sealed_tables().items())
            if table in names and not (light_only and table in HEAVY_TABLES)]


def check(session: Session) -> RecordsReport:
    """Every current row of every sealed table against its newest seal (`lead-admin verify`)."""
    if not has_seals_column(session):
        return RecordsReport(0, skipped="this database's schema predates record seals")
    return _compare(session, newest_seals(session),
                    [(table, pk, _rows(session, table, pk)) for table, pk in _existing(session)])


#: Where the next open-time window starts: (table, rowid after which to go on).
Cursor = tuple[str, int]


def check_window(session: Session, cursor: Cursor | None, budget: int,
                 ) -> tuple[RecordsReport, Cursor | None]:
    """At open: `budget` rows from `cursor` on, across tables, wrapping around; returns the
    report and where the next open goes on, so every record is checked every
    (records / budget) opens while each open stays cheap."""
    if not has_seals_column(session):
        return RecordsReport(0, skipped="this database's schema predates record seals"), None
    tables = _existing(session, light_only=True)
    if not tables:
        return RecordsReport(0), None
    names = [table for table, _ in tables]
    index, after = (names.index(cursor[0]), cursor[1]) if cursor and cursor[0] in names \
        else (0, 0)
    parts, left, visited = [], budget, 0
    while left > 0 and visited < len(tables):
        table, pk = tables[index]
        rows = list(_window(session, table, pk, after, left))
        parts.append((table, pk, ((record_id, digest) for record_id, digest, _ in rows)))
        left -= len(rows)
        if rows and left == 0:
            after = rows[-1][2]
            break
        index, after, visited = (index + 1) % len(tables), 0, visited + 1
    first = cursor[0] if cursor and cursor[0] in names else names[0]
    # every table of the window read from its start: a deleted row shows too
    whole = left > 0 and first == names[0] and (cursor is None or cursor[1] == 0)
    report = _compare(session, newest_seals(session), parts,
                      partial=None if whole else
                      f"a window of {budget - left} from {first} on (all records are "
                      f"covered over successive opens)")
    return report, (tables[index][0], after)


def _window(session: Session, table: str, pk: str, after: int, limit: int,
            ) -> Iterator[tuple[str, str, int]]:
    if session.get_bind().dialect.name != "sqlite":
        # a server has no rowid: the window goes by position in key order (a row added
        # meanwhile shifts it by one; every row is still reached over the rounds)
        result = session.connection().exec_driver_sql(
            f'SELECT * FROM "{table}" ORDER BY "{pk}" LIMIT %s OFFSET %s', (limit, after))
        columns = list(result.keys())
        at = columns.index(pk)
        for position, row in enumerate(result, start=after + 1):
            yield str(row[at]), row_hash(columns, row), position
        return
    result = session.connection().exec_driver_sql(
        f'SELECT rowid AS lead_rowid, * FROM "{table}" WHERE rowid > ? ORDER BY rowid LIMIT ?',
        (after, limit))
    columns = list(result.keys())[1:]
    at = columns.index(pk)
    for rowid, *row in result:
        yield str(row[at]), row_hash(columns, row), rowid


def _compare(session: Session, seals, parts, partial: str | None = None,  # noqa: ANN001
             ) -> RecordsReport:
    findings: list[tuple[str, str, str, int | None]] = []
    checked = 0
    for table, _pk, rows in parts:
        of_table = seals.get(table, {})
        seen = set()
        for record_id, digest in rows:
            checked += 1
            seen.add(record_id)
            sealed = of_table.get(record_id)
            if sealed is None:
                findings.append((table, record_id, "added", None))
            elif sealed[0] != digest:
                findings.append((table, record_id, "changed", sealed[1]))
        if partial is None:  # a window of the rows cannot tell a deleted row from one outside it
            findings += [(table, record_id, "deleted", seq)
                         for record_id, (digest, seq) in of_table.items()
                         if digest is not None and record_id not in seen]
    return RecordsReport(checked, tuple(_with_times(session, findings)), partial=partial)


def _with_times(session: Session, findings) -> list[Finding]:  # noqa: ANN001
    seqs = sorted({seq for *_, seq in findings if seq is not None})
    times: dict[int, datetime] = {}
    if seqs:
        from sqlalchemy import select

        from lead_desktop.models import AuditEntry
        for i in range(0, len(seqs), _IN_CHUNK):
            for seq, at in session.execute(select(AuditEntry.seq, AuditEntry.at).where(
                    AuditEntry.seq.in_(seqs[i:i + _IN_CHUNK]))):
                times[seq] = at
    return [Finding(table, record_id, kind, seq, times.get(seq) if seq else None)
            for table, record_id, kind, seq in findings]
