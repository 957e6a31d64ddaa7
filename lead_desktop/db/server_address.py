"""Where a PostgreSQL database is, and how the connection to it is secured.

A server URL is kept without its password (settings, messages, logs); the password lives in
the credential store, under an account named by the URL. TLS with a verified certificate
and host name (`sslmode=verify-full`) is required, except for a server on this workstation
(loopback or a local socket) when an administrator recorded the downgrade.
"""

from __future__ import annotations

import ipaddress
from dataclasses import dataclass
from typing import TYPE_CHECKING

from lead_desktop.errors import InsecureConnection, InvalidInput
from lead_desktop.services.messages import QT_TRANSLATE_NOOP, message

if TYPE_CHECKING:
    # SQLAlchemy is imported where an address is read, not here: the app asks
    # `is_server_url` before its sign-in window, which must not wait for SQLAlchemy.
    from sqlalchemy.engine import URL

DRIVER = "postgresql+psycopg"
LOOPBACK_NAMES = {"localhost", "localhost.localdomain"}


def is_server_url(text: str | None) -> bool:
    return bool(text) and str(text).strip().lower().startswith(("postgresql://",
                                                                 "postgresql+psycopg://",
                                                                 "postgres://"))


@dataclass(frozen=True)
class ServerAddress:
    """A server database: host, port, database and role; never a password."""

    url: URL  # the password removed

    @classmethod
    def parse(cls, text: str) -> tuple["ServerAddress", str | None]:
        """The address, and the password if the URL carried one (to be stored, then
        forgotten)."""
        from sqlalchemy.engine import URL, make_url
        from sqlalchemy.exc import ArgumentError

        if not is_server_url(text):
            raise InvalidInput(message("Server", QT_TRANSLATE_NOOP(
                "Server", "Not a PostgreSQL address: {text} (expected "
                "postgresql://role@host:port/database)."), text=repr(text)))
        try:
            url = make_url(text.strip().replace("postgres://", "postgresql://", 1))
        except ArgumentError as exc:
            raise InvalidInput(message("Server", QT_TRANSLATE_NOOP(
                "Server", "The server address could not be read ({reason})."),
                reason=exc)) from None
        if not url.username or not url.database:
            raise InvalidInput(message("Server", QT_TRANSLATE_NOOP(
                "Server", "The server address needs a role and a database: "
                "postgresql://role@host:port/database.")))
        password = url.password
        # the transport is chosen by tls_options, never by the typed address
        url = URL.create(DRIVER, username=url.username, host=url.host, port=url.port,
                         database=url.database, query=url.query,
                         ).difference_update_query(["sslmode", "sslrootcert"])
        return cls(url), password

    @property
    def host(self) -> str:
        return self.url.host or str(self.url.query.get("host") or "")

    @property
    def is_loopback(self) -> bool:
        host = self.host
        if not host or host.startswith("/"):
            return True  # a local socket: never leaves this machine
        if host.lower() in LOOPBACK_NAMES:
            return True
        try:
            return ipaddress.ip_address(host.strip("[]")).is_loopback
        except ValueError:
            return False

    @property
    def display(self) -> str:
        """For people and logs: postgresql://role@host:port/database."""
        return self.url.set(drivername="postgresql").render_as_string(hide_password=True)

    @property
    def credential_account(self) -> str:
        """The credential store's account for this role on this server and database."""
        port = self.url.port or 5432
        return f"server-{self.url.username}@{self.host}:{port}/{self.url.database}"

    def tls_options(self, *, plaintext_loopback: bool, ca_file: str | None = None,
                    ) -> dict[str, str]:
        """psycopg connection options for the transport. Verified TLS unless this is a
        loopback server and the downgrade was recorded; a downgrade anywhere else is
        refused, whatever the settings say."""
        if plaintext_loopback:
            if not self.is_loopback:
                raise InsecureConnection(message("Server", QT_TRANSLATE_NOOP(
                    "Server", "{server} is not on this workstation: it is reached only over "
                    "verified TLS (sslmode=verify-full)."), server=self.display))
            return {"sslmode": "disable"}
        options = {"sslmode": "verify-full"}
        if ca_file:
            options["sslrootcert"] = ca_file
        return options
