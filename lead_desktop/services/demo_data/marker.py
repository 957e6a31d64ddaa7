"""Which databases were created as demos: only those take synthetic participants
(`lead-admin demo-data`), so fake people never reach a program's real records, reports or
grant counts. The mark is set at creation (`lead-desktop --demo`, `lead-admin init --demo`)
and never by a later command."""

from __future__ import annotations

from lead_desktop.db.database import Database
from lead_desktop.errors import InvalidInput
from lead_desktop.models.base import utcnow
from lead_desktop.models.directory import ProgramSetting
from lead_desktop.security import audit
from lead_desktop.security.actor import Actor
from lead_desktop.services.messages import QT_TRANSLATE_NOOP, message

DEMO_SETTING = "demo_database"


def mark_as_demo(database: Database, actor: Actor) -> None:
    with database.write() as session:
        session.add(ProgramSetting(key=DEMO_SETTING, value="created as a demo",
                                   updated_at=utcnow()))
        audit.record(session, actor, "database.demo_mark", record_type="database")


def is_demo(database: Database) -> bool:
    with database.read() as session:
        return session.get(ProgramSetting, DEMO_SETTING) is not None


def require_demo(database: Database) -> None:
    if not is_demo(database):
        raise InvalidInput(message("Demo", QT_TRANSLATE_NOOP(
            "Demo", "This database was not created as a demo, so synthetic participants are "
            "not written into it (they would mix with the program's real records and "
            "reports). Create a demo database with `lead-admin init --demo ...` or use "
            "`lead-desktop --demo`.")))
