"""The units of work both back ends give the services (`Database` on an encrypted file,
`ServerDatabase` on PostgreSQL): `write()`, `read()`, `one_unit()`, audit entries of reads
settled by the next write. One copy, so the file and the server cannot drift apart."""

from __future__ import annotations

from contextlib import contextmanager
from typing import Iterator

from sqlalchemy import Engine, event
from sqlalchemy.orm import Session

from lead_desktop.db.engine import read_session, write_session
from lead_desktop.db.one_unit import SharedUnit
from lead_desktop.errors import InvalidInput
from lead_desktop.models import DatabaseInfo
from lead_desktop.security import audit
from lead_desktop.security.audit_deferred import DeferredAudit
from lead_desktop.services.messages import QT_TRANSLATE_NOOP, message


@contextmanager
def text_guard() -> Iterator[None]:
    """Text that cannot be encoded (a lone surrogate) fails as bad input, never as a crash.
    Services check text first (services/text_input.py); this is the net under them."""
    try:
        yield
    except UnicodeEncodeError as exc:
        raise InvalidInput(message("Database", QT_TRANSLATE_NOOP(
            "Database", "Some text holds a broken character and could not be saved; "
            "nothing was changed. Please type it again."))) from exc


class UnitsOfWork:
    """Mixed into a database class that has `engine`, `deferred_audit` and `shared_unit`."""

    engine: Engine
    deferred_audit: DeferredAudit
    shared_unit: SharedUnit

    @contextmanager
    def write(self) -> Iterator[Session]:
        """One write transaction, taken at once (the file's `BEGIN IMMEDIATE`, the server's
        advisory lock). The queued audit entries of reads are written in it first (so the
        chain keeps the order things happened) and go back to the queue if it does not
        commit; what the unit of work changed after its last audit entry is sealed too."""
        if self.shared_unit.session is not None:
            with self.shared_unit.savepoint() as session:
                yield session
            return
        taken = self.deferred_audit.take()
        try:
            with text_guard(), write_session(self.engine) as session:
                event.listen(session, "before_commit", audit.seal_before_commit)
                self.deferred_audit.record(session, taken)
                yield session
        except BaseException:
            self.deferred_audit.put_back(taken)
            raise

    @contextmanager
    def one_unit(self) -> Iterator[Session]:
        """One write transaction that this thread's services all join (db/one_unit.py):
        committed at the end, or rolled back whole by an exception."""
        with self.write() as session, self.shared_unit.hold(session):
            yield session

    def settle_audit(self) -> None:
        """Write the queued audit entries now (the app calls it off the UI thread a moment
        after a search; closing the database calls it too)."""
        if len(self.deferred_audit):
            with self.write():
                pass

    @contextmanager
    def read(self) -> Iterator[Session]:
        if self.shared_unit.session is not None:
            yield self.shared_unit.session
            return
        with text_guard(), read_session(self.engine) as session:
            yield session

    def info(self) -> DatabaseInfo:
        with self.read() as session:
            info = session.get(DatabaseInfo, 1)
            assert info is not None
            return info
