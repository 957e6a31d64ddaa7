"""The tests' throwaway PostgreSQL server: it starts, asks for its password, and is ours."""

import psycopg
import pytest

pytestmark = pytest.mark.slow


def test_the_test_server_answers_on_loopback_with_its_password(postgres_server, postgres_url):
    with psycopg.connect(postgres_url) as connection:
        version = connection.execute("SHOW server_version_num").fetchone()[0]
        assert int(version) >= 150000
        assert connection.execute("SELECT inet_server_addr()::text").fetchone()[0] \
            .startswith("127.0.0.1")
    with pytest.raises(psycopg.OperationalError, match="password authentication failed"):
        psycopg.connect(postgres_server.url(password="wrong-password"))
