"""Two workstations writing to one shared file at once: with BEGIN IMMEDIATE every
read-then-write transaction waits its turn instead of failing with "database is locked"."""

import multiprocessing
import time

from sqlalchemy import text

from lead_desktop.db.database import open_database
from lead_desktop.security.key_store import KeyringKeyStore

ROUNDS = 40


def _worker(path, name, start, results):
    try:
        with open_database(path, KeyringKeyStore()) as db:
            start.wait(timeout=60)
            for _ in range(ROUNDS):
                with db.write() as session:
                    current = session.execute(text("SELECT n FROM counter")).scalar_one()
                    time.sleep(0.003)  # a person's save does more than one statement
                    session.execute(text("UPDATE counter SET n = :n"), {"n": current + 1})
        results.put((name, "ok"))
    except Exception as exc:  # noqa: BLE001 - reported to the parent
        results.put((name, repr(exc)))


def test_two_processes_read_then_write_without_losing_updates(db):
    with db.write() as session:
        session.execute(text("CREATE TABLE counter (n INTEGER)"))
        session.execute(text("INSERT INTO counter VALUES (0)"))
    context = multiprocessing.get_context("spawn")
    results, start = context.Queue(), context.Event()
    workers = [context.Process(target=_worker, args=(db.path, f"w{i}", start, results))
               for i in range(2)]
    for worker in workers:
        worker.start()
    time.sleep(1.5)  # both have opened the database
    start.set()
    outcomes = dict(results.get(timeout=120) for _ in workers)
    for worker in workers:
        worker.join(timeout=30)
    assert outcomes == {"w0": "ok", "w1": "ok"}
    with db.read() as session:
        # no lost update: each increment saw the one before it
        assert session.execute(text("SELECT n FROM counter")).scalar_one() == 2 * ROUNDS
