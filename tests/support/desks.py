"""A second workstation on the test's database, whichever back end it is on: the same
encrypted file opened again, or a new connection pool to the same server database (the
password from the test's credential store, as a workstation's)."""

from __future__ import annotations


def another_desk(db, key_store):  # noqa: ANN001, ANN201
    if getattr(db, "backend", "sqlite") == "postgresql":
        from lead_desktop.db.server import open_server_database
        from tests.support.postgres import loopback

        return open_server_database(db.path, key_store, transport=loopback())
    from lead_desktop.db.database import open_database

    return open_database(db.path, key_store)
