"""Every table of a LEAD database copied to another one (file to server, server to file),
and the proof that the copy is whole: each table's row count and content digest.

Rows are read and written through the models' tables, so each value arrives as the same
Python value on either engine (aware UTC datetimes, booleans, dates) and the digests of the
source and the copy can be compared. A table's digest is the sum of its rows' SHA-256
(modulo 2^256): it does not depend on the order rows come back in, which differs between
engines (text collations). Engine-specific search tables are not in the models: they are
derived from the people and rebuilt by the caller.
"""

from __future__ import annotations

import hashlib
import json
from dataclasses import dataclass
from datetime import date, datetime
from decimal import Decimal
from typing import Any, Iterable

from sqlalchemy import Connection, Table, bindparam, func, inspect, select, text

BATCH = 1000
_MODULUS = 1 << 256


@dataclass(frozen=True)
class TableDigest:
    rows: int
    digest: str


def model_tables() -> list[Table]:
    """The models' tables, parents before children."""
    import lead_desktop.models  # noqa: F401  (registers every table)
    from lead_desktop.models.base import Base

    return list(Base.metadata.sorted_tables)


def _canonical(value: Any) -> Any:
    if isinstance(value, datetime):
        return value.isoformat()
    if isinstance(value, date):
        return value.isoformat()
    if isinstance(value, (bytes, bytearray, memoryview)):
        return {"sha256": hashlib.sha256(bytes(value)).hexdigest()}
    if isinstance(value, Decimal):
        return str(value)
    if isinstance(value, float):
        return repr(value)
    return value


def _row_number(columns: list[str], row: Iterable[Any]) -> int:
    items = [[column, _canonical(value)] for column, value in zip(columns, row)]
    encoded = json.dumps(items, sort_keys=True, separators=(",", ":"), ensure_ascii=False)
    return int.from_bytes(hashlib.sha256(encoded.encode("utf-8", "surrogatepass")).digest(),
                          "big")


class _Digester:
    def __init__(self, columns: list[str]) -> None:
        self.columns, self.rows, self.total = columns, 0, 0

    def add(self, row: Iterable[Any]) -> None:
        self.rows += 1
        self.total = (self.total + _row_number(self.columns, row)) % _MODULUS

    def result(self) -> TableDigest:
        return TableDigest(self.rows, f"{self.total:064x}")


def _rows(connection: Connection, table: Table):  # noqa: ANN202
    return connection.execute(select(table).execution_options(yield_per=BATCH))


def table_digests(connection: Connection) -> dict[str, TableDigest]:
    """Row count and content digest of every model table the database holds."""
    existing = set(inspect(connection).get_table_names())
    digests = {}
    for table in model_tables():
        if table.name not in existing:
            continue
        digester = _Digester([c.name for c in table.columns])
        for row in _rows(connection, table):
            digester.add(row)
        digests[table.name] = digester.result()
    return digests


def _self_references(table: Table) -> list[str]:
    """Columns that point at rows of the same table (a merged person, an amended note):
    written after every row is in, so the order rows are read in does not matter."""
    return [column.name for fk in table.foreign_key_constraints if fk.referred_table is table
            for column in fk.columns]


def empty_model_tables(target: Connection) -> None:
    """A new database's migrations may have put rows in (lists a migration fills): the copy
    brings the source's own, so they go first. Only ever called on a database this
    transfer just created."""
    for table in reversed(model_tables()):
        if target.execute(select(func.count()).select_from(table)).scalar():
            target.execute(table.delete())


def copy_tables(source: Connection, target: Connection, only: set[str] | None = None,
                ) -> dict[str, TableDigest]:
    """Copy every model table's rows (or those named in `only`) from `source` to `target`
    (same schema revision, the target's tables empty), in the callers' transactions;
    returns the digests of what was read, to compare with `table_digests(target)`."""
    digests = {}
    for table in model_tables():
        if only is not None and table.name not in only:
            continue
        columns = [c.name for c in table.columns]
        later = _self_references(table)
        pk = [c.name for c in table.primary_key.columns]
        digester = _Digester(columns)
        pending: list[dict] = []
        links: list[dict] = []

        def flush() -> None:
            if pending:
                target.execute(table.insert(), pending)
                pending.clear()

        for row in _rows(source, table):
            digester.add(row)
            values = dict(zip(columns, row))
            if any(values[c] is not None for c in later):
                links.append({**{f"k_{k}": values[k] for k in pk},
                              **{f"v_{c}": values[c] for c in later}})
                values.update({c: None for c in later})
            pending.append(values)
            if len(pending) >= BATCH:
                flush()
        flush()
        if links:
            statement = table.update().where(
                *[table.c[k] == bindparam(f"k_{k}") for k in pk]).values(
                {c: bindparam(f"v_{c}") for c in later})
            target.execute(statement, links)
        digests[table.name] = digester.result()
    return digests


def differences(expected: dict[str, TableDigest], found: dict[str, TableDigest]) -> list[str]:
    """What does not match, one line per table (empty when the copy is whole)."""
    lines = []
    for name in sorted(set(expected) | set(found)):
        want, got = expected.get(name), found.get(name)
        if want == got:
            continue
        if want is None or got is None:
            lines.append(f"{name}: present on one side only")
        elif want.rows != got.rows:
            lines.append(f"{name}: {want.rows} rows in the source, {got.rows} in the copy")
        else:
            lines.append(f"{name}: the same {want.rows} rows in number, different content")
    return lines


def reset_sequences(target: Connection) -> None:
    """PostgreSQL: rows came with their ids, so each serial column's sequence continues
    after the largest one (else the next insert would collide)."""
    if target.dialect.name != "postgresql":
        return
    for table in model_tables():
        for column in table.primary_key.columns:
            sequence = target.execute(text("SELECT pg_get_serial_sequence(:t, :c)"),
                                      {"t": table.name, "c": column.name}).scalar()
            if sequence is None:
                continue
            largest = target.execute(select(func.max(column))).scalar()
            target.execute(text("SELECT setval(:s, :v, :called)"),
                           {"s": sequence, "v": largest or 1, "called": largest is not None})
