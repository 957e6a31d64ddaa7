"""Every story runs on both back ends (tests/conftest.py parametrizes `db_backend` for tests
marked `postgres`): the encrypted file `lead-admin init --db` makes, and a database on the
test run's PostgreSQL server that `lead-admin init --url` makes (tests/support/department_server.py)."""

from __future__ import annotations

import pytest


@pytest.fixture(scope="session")
def department_server(postgres_server):
    from tests.support.department_server import prepare

    return prepare(postgres_server)


@pytest.fixture
def story_server(request: pytest.FixtureRequest, db_backend: str):
    """None for a story on the encrypted file; the department's server for PostgreSQL."""
    if db_backend != "postgresql":
        yield None
        return
    server = request.getfixturevalue("department_server")
    yield server
    server.drop_made()
