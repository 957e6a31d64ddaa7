"""People search p95 on PostgreSQL beside the encrypted file, on the county's people (issue 18):
the same 251 queries (`measures.search_queries`) and their floor (`search.search` alone, no
service, no audit) on both, alternating, in one run; written as dated JSON to bench/results/.

    .venv/bin/python -m bench.server_search --db COPY-OF-COUNTY.db [--url postgresql://...]

The file is a copy (never the original: opening a file records presence in it). Its people
are loaded into a PostgreSQL database: without --url, a throwaway server from the tests'
`pgserver` wheel (tests/support/postgres.py, loopback, fsync off: a read benchmark), stopped
after. Only what search reads is copied (users, people, their aliases and identifiers, and
the rows they point at), with the app's own table copy, then the server's search terms are
built as `migrate-to` builds them (`server_transfer._rebuild_search`) and VACUUM ANALYZE
run, as `migrate-to` does: a full `migrate-to` of the 2.5 GB county took about an hour on this
shared machine (20,000 participants: 680 s), the people alone take minutes.
"""

from __future__ import annotations

import argparse
import json
import os
import statistics
import sys
import time
from datetime import UTC, datetime
from pathlib import Path

from sqlalchemy import Table, select
from sqlalchemy.orm import Session

from bench.county import Desk
from bench.measures import p95, search_queries
from lead_desktop.db import table_copy
from lead_desktop.db.database import open_database
from lead_desktop.models import User
from lead_desktop.security.accounts import AccountService
from lead_desktop.security.actor import Actor
from lead_desktop.security.key_store import KeyringKeyStore
from lead_desktop.security.roles import Role
from lead_desktop.services.demo_data.generator import STAFF_PASSWORD
from lead_desktop.services.people import search
from lead_desktop.services.people.person_service import PersonService

HERE = Path(__file__).resolve().parent
PEOPLE_TABLES = {"users", "persons", "person_aliases", "person_identifiers"}


def _with_what_they_point_at(names: set[str]) -> set[str]:
    tables = {t.name: t for t in table_copy.model_tables()}
    wanted, todo = set(), list(names)
    while todo:
        table: Table = tables[todo.pop()]
        if table.name in wanted:
            continue
        wanted.add(table.name)
        todo += [fk.referred_table.name for fk in table.foreign_key_constraints]
    return wanted


def load_people(source, url: str, password: str):  # noqa: ANN001, ANN201
    """A new server database holding the file's people, its search terms built."""
    from lead_desktop.db.server import Transport, create_server_database
    from lead_desktop.services.server_transfer import _rebuild_search

    loopback = Transport(plaintext_loopback=True)
    server = create_server_database(url, KeyringKeyStore(), name="County people (bench)",
                                    actor=Actor.system("bench"), password=password,
                                    transport=loopback)
    tables = _with_what_they_point_at(PEOPLE_TABLES)
    start = time.perf_counter()
    with source.engine.connect() as reading, reading.begin(), server.engine.begin() as target:
        for table in reversed(table_copy.model_tables()):  # what the set-up seeded
            if table.name in tables:
                target.execute(table.delete())
        copied = table_copy.copy_tables(reading, target, only=tables)
        table_copy.reset_sequences(target)
        with Session(bind=target) as session:
            _rebuild_search(session)
            session.flush()
    with server.engine.connect().execution_options(isolation_level="AUTOCOMMIT") as tidy:
        tidy.exec_driver_sql("VACUUM (ANALYZE)")
    print(f"loaded {', '.join(f'{n} {d.rows:,}' for n, d in sorted(copied.items()) if d.rows)}"
          f" in {time.perf_counter() - start:.0f} s", flush=True)
    return server


def _supervisor(db) -> Desk:  # noqa: ANN001
    with db.read() as session:
        lead = session.scalar(select(User.username).where(
            User.role == Role.SUPERVISOR.value, User.team.is_not(None)).order_by(User.username))
    signed_in = AccountService(db).sign_in(lead, STAFF_PASSWORD)
    return Desk(signed_in, signed_in, "")


def one_run(db, desk: Desk, queries: list[str]) -> dict[str, float]:  # noqa: ANN001
    """The app's search and its floor, query by query, as measures.people_search."""
    people, app, floor = PersonService(db), [], []
    for query in queries:
        start = time.perf_counter()
        people.search(desk.supervisor.actor, query)
        app.append(time.perf_counter() - start)
        with db.read() as session:
            start = time.perf_counter()
            search.search(session, query)
            floor.append(time.perf_counter() - start)
    db.settle_audit()
    return {"app_p95_ms": p95(app) * 1e3, "floor_p95_ms": p95(floor) * 1e3,
            "app_median_ms": statistics.median(app) * 1e3}


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--db", type=Path, required=True, help="a copy of the county file")
    parser.add_argument("--url", help="an empty server database, as its owner, with password "
                                      "(default: a throwaway server)")
    parser.add_argument("--runs", type=int, default=3)
    parser.add_argument("--loaded", action="store_true",
                        help="--url already holds the people (an earlier run's --keep)")
    parser.add_argument("--keep", action="store_true",
                        help="leave the throwaway server running (its URL is printed), to "
                             "measure again with --url ... --loaded")
    args = parser.parse_args(argv)

    test_server = None
    if args.url is None:
        from tests.support import postgres

        test_server = postgres.start()
        args.url = test_server.url("county_people")
        import psycopg

        with psycopg.connect(test_server.url(), autocommit=True) as dba:
            dba.execute("CREATE DATABASE county_people")
    from lead_desktop.db.server_address import ServerAddress

    address, password = ServerAddress.parse(args.url)
    try:
        with open_database(args.db, KeyringKeyStore()) as file_db:
            if args.loaded:
                from lead_desktop.db.server import (
                    Transport,
                    open_server_database,
                    store_password,
                )

                store_password(KeyringKeyStore(), address, password)
                server_db = open_server_database(address.display, KeyringKeyStore(),
                                                 transport=Transport(plaintext_loopback=True))
            else:
                server_db = load_people(file_db, args.url, password)
            if args.keep:
                print(f"the server stays up: --url {args.url} --loaded", flush=True)
            try:
                queries = search_queries(file_db)
                assert queries == search_queries(server_db), "the same people, the same queries"
                desks = {"file": _supervisor(file_db), "server": _supervisor(server_db)}
                dbs = {"file": file_db, "server": server_db}
                for name in dbs:  # warm-up: the first queries fill caches on both
                    one_run(dbs[name], desks[name], queries[:10])
                runs: dict[str, list] = {"file": [], "server": []}
                for _ in range(args.runs):  # alternating: the machine's load falls on both
                    for name in dbs:
                        runs[name].append(one_run(dbs[name], desks[name], queries))
                        print(name, {k: round(v, 1) for k, v in runs[name][-1].items()},
                              flush=True)
            finally:
                server_db.close()
    finally:
        if test_server is not None and not args.keep:
            test_server.stop()
    out = HERE / "results" / f"{datetime.now(UTC):%Y-%m-%d-%H%M}-server-search.json"
    out.write_text(json.dumps({"database": str(args.db), "queries": len(queries),
                               "runs": runs, "load_average_end": os.getloadavg()}, indent=2))
    print(f"written {out.relative_to(HERE.parent)}")
    return 0


if __name__ == "__main__":
    sys.exit(main())
