"""The tests' throwaway PostgreSQL server: it starts, asks for its password, and is ours."""

import psycopg
import pytest
import sqlalchemy.exc

pytestmark = pytest.mark.slow


def test_the_test_server_answers_on_loopback_with_its_password(postgres_server, postgres_url):
    with psycopg.connect(postgres_url) as connection:
        version = connection.execute("SHOW server_version_num").fetchone()[0]
        assert int(version) >= 150000
        assert connection.execute("SELECT inet_server_addr()::text").fetchone()[0] \
            .startswith("127.0.0.1")
    with pytest.raises(psycopg.OperationalError, match="password authentication failed"):
        psycopg.connect(postgres_server.url(password="wrong-password"))


def test_a_connection_the_server_dropped_while_idle_is_replaced_not_failed(db_server,
                                                                          monkeypatch):
    """A server restarted overnight: the pool's idle connections are dead. The next unit of
    work pings the one it takes (it sat idle) and gets a new one; a connection used a
    moment ago is not pinged."""
    from sqlalchemy import text

    from lead_desktop.db import server

    database, admin_url = db_server
    with database.read() as session:
        mine = session.execute(text("SELECT pg_backend_pid()")).scalar()
    with psycopg.connect(admin_url, autocommit=True) as dba:
        # with a timeout the call returns once the connection is gone
        assert dba.execute("SELECT pg_terminate_backend(%s, 10000)", (mine,)).fetchone()[0]
    monkeypatch.setattr(server, "IDLE_PING_S", 0.0)  # as if it sat idle all night
    with database.read() as session:
        again = session.execute(text("SELECT pg_backend_pid()")).scalar()
    assert again != mine

    monkeypatch.setattr(server, "IDLE_PING_S", 3600.0)  # just used: trusted, not pinged
    with psycopg.connect(admin_url, autocommit=True) as dba:
        dba.execute("SELECT pg_terminate_backend(%s, 10000)", (again,))
    with pytest.raises(sqlalchemy.exc.OperationalError):  # the one use the ping spares
        with database.read() as session:
            session.execute(text("SELECT 1"))
    with database.read() as session:  # the failed use replaced it
        assert session.execute(text("SELECT 1")).scalar() == 1


@pytest.fixture
def db_server(postgres_template, key_store):
    """A LEAD database on the test server, opened as a workstation opens it."""
    import uuid

    from lead_desktop.db.server import open_server_database, store_password
    from lead_desktop.db.server_address import ServerAddress
    from tests.support import postgres

    name = f"t_{uuid.uuid4().hex[:12]}"
    url = postgres.copy_of_template(postgres_template, name)
    address, password = ServerAddress.parse(url)
    store_password(key_store, address, password)
    database = open_server_database(address.display, key_store, transport=postgres.loopback())
    yield database, postgres_template.url()
    database.close()
    postgres.drop(postgres_template, name)
