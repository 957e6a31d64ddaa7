"""Several services' units of work as one transaction (the spreadsheet import).

An import must go through the services the forms use (their validation, duplicate check,
workflow and audit) and yet commit all of its rows or none. While a thread holds a
`SharedUnit`, every `write()` of the database on that thread is a SAVEPOINT inside the one
outer write transaction (a service that fails leaves nothing, as alone), and every `read()`
is that same session, so later rows see the earlier ones (a person twice in one file is
found by the duplicate check). Other threads are not affected.

A refusal that a service commits before raising (permissions.deny) is part of the unit and
goes with it if the unit rolls back: callers check the role before they open the unit.
"""

from __future__ import annotations

import threading
from contextlib import contextmanager
from typing import Iterator

from sqlalchemy.orm import Session


class SharedUnit:
    def __init__(self) -> None:
        self._local = threading.local()

    @property
    def session(self) -> Session | None:
        """The session this thread's units of work join, or None."""
        return getattr(self._local, "session", None)

    @contextmanager
    def hold(self, session: Session) -> Iterator[Session]:
        if self.session is not None:
            raise RuntimeError("a shared unit of work is already open on this thread")
        self._local.session = session
        try:
            yield session
        finally:
            self._local.session = None

    @contextmanager
    def savepoint(self) -> Iterator[Session]:
        """A service's write inside the shared unit: undone alone if the service fails."""
        session = self.session
        assert session is not None
        with session.begin_nested():
            yield session
