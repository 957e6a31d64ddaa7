"""A workstation in another process, saving until it is killed or its save fails.

    python -m tests.db.child_saver DB people USER_ID USERNAME   # people, through the services
    python -m tests.db.child_saver DB rows                      # plain rows in table `saved`

After each commit it prints what it saved (a person id, or a row number), flushed, so the
parent knows every record the child reported as committed. A failed save prints
`failed <error type>` and ends the child (exit 0): a reported failure is not a lost commit.
"""

from __future__ import annotations

import os
import sys
from datetime import date
from pathlib import Path

from sqlalchemy import text

from lead_desktop.db.database import open_database
from lead_desktop.security.actor import Actor
from lead_desktop.security.key_store import KeyringKeyStore
from lead_desktop.security.roles import Role


def _letters(n: int) -> str:
    out = ""
    for _ in range(6):
        n, digit = divmod(n, 26)
        out += "abcdefghijklmnopqrstuvwxyz"[digit]
    return out.capitalize()


def _save_people(database, user_id: str, username: str) -> None:
    from lead_desktop.services.people.person_service import PersonService
    from lead_desktop.services.people.records import PersonInput

    service = PersonService(database)
    actor = Actor(user_id, username, Role.CASE_MANAGER, "child")
    n = os.getpid() * 1000
    while True:
        n += 1
        person = service.create(actor, PersonInput(
            "Crash" + _letters(n), _letters(n * 7 + 3), date(1970 + n % 40, 1 + n % 12, 1 + n % 28),
            preferred_language="en"), confirmed_new=True)
        print(person.id, flush=True)


def _save_rows(database) -> None:
    with database.write() as session:
        session.execute(text("CREATE TABLE IF NOT EXISTS saved (n INTEGER PRIMARY KEY)"))
    with database.read() as session:
        n = session.execute(text("SELECT coalesce(max(n), 0) FROM saved")).scalar()
    while True:
        n += 1
        with database.write() as session:
            session.execute(text("INSERT INTO saved VALUES (:n)"), {"n": n})
        print(n, flush=True)


def main() -> None:
    path, mode = Path(sys.argv[1]), sys.argv[2]
    database = open_database(path, KeyringKeyStore())
    print("ready", flush=True)
    try:
        if mode == "people":
            _save_people(database, sys.argv[3], sys.argv[4])
        else:
            _save_rows(database)
    except Exception as exc:  # noqa: BLE001 - reported to the parent, which judges it
        print(f"failed {type(exc).__name__}", flush=True)
    finally:
        database.close()


if __name__ == "__main__":
    main()
