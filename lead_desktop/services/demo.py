"""The demo database: created on first use with one account per role, so a newcomer can
try LEAD Desktop at once. Synthetic data only; its key sits in a keyring file inside the
demo folder (see `demo_key_store`), never in a real database's credential store."""

from __future__ import annotations

import secrets
from dataclasses import dataclass
from datetime import date, timedelta
from pathlib import Path

from lead_desktop import paths
from lead_desktop.db.database import Database, create_database, open_database
from lead_desktop.security.accounts import AccountService
from lead_desktop.security.actor import Actor
from lead_desktop.security.key_store import KeyringKeyStore, demo_key_store
from lead_desktop.security.roles import Role
from lead_desktop.services.cases.case_service import CaseService
from lead_desktop.services.cases.timers import run_timers
from lead_desktop.services.demo_data.generator import DemoDataGenerator
from lead_desktop.services.demo_data.marker import mark_as_demo
from lead_desktop.services.program.profile_store import ProfileStore
from lead_desktop.services.setup import set_program_profile

DEMO_PASSWORD = "demo only, not secret"
DEMO_PARTICIPANTS = 400
FRESH_FOR = timedelta(days=7)  # then the demo is made again, on the new date
DEMO_ACCOUNTS = [
    ("admin", "Ada Administrator", Role.ADMINISTRATOR),
    ("casey", "Casey Morales", Role.CASE_MANAGER),
    ("sam", "Sam Whitfield", Role.SUPERVISOR),
    ("officer", "Officer Dana Reyes", Role.OFFICER),
    ("prosecutor", "Priya Natarajan", Role.PROSECUTOR_REVIEWER),
    ("clerk", "Chris Okafor", Role.CLERK),
    ("evaluator", "Evan Lindqvist", Role.EVALUATOR),
    ("auditor", "Audrey Kim", Role.AUDITOR),
]


@dataclass
class Demo:
    database: Database
    key_store: KeyringKeyStore


def open_demo(folder: Path | None = None, today: date | None = None) -> Demo:
    """Open the demo database, creating it (and its accounts) on first use. A demo made more
    than a week ago is set aside (renamed, never deleted) and a new one made, so the demo
    always shows a program at work on today's date."""
    folder = folder or paths.demo_dir()
    folder.mkdir(parents=True, exist_ok=True)
    store = demo_key_store(folder)
    path = folder / "lead-demo.db"
    if path.exists():
        # the demo is this computer's own: a newer program brings it up to date itself
        database = open_database(path, store, upgrade=True)
        made = database.info().created_at.date()
        if (today or date.today()) - made <= FRESH_FOR:
            return Demo(database, store)
        database.close()
        path.rename(folder / f"lead-demo-{made.isoformat()}-{secrets.token_hex(2)}.db")
    actor = Actor.system("demo")
    database = create_database(path, store, name="LEAD Desktop demo", actor=actor).database
    mark_as_demo(database, actor)
    accounts = AccountService(database)
    first, *others = DEMO_ACCOUNTS
    accounts.create_user(actor, first[0], first[1], first[2], DEMO_PASSWORD)
    admin = accounts.sign_in(first[0], DEMO_PASSWORD).actor
    for username, name, role in others:
        accounts.create_user(admin, username, name, role, DEMO_PASSWORD)
    profiles = ProfileStore(database)
    set_program_profile(database, profiles["seattle-lead@1"], actor)
    DemoDataGenerator(database, profiles.latest(), seed=2011).run(DEMO_PARTICIPANTS)
    run_timers(CaseService(database, profiles))  # as a daily run would have
    return Demo(database, store)
