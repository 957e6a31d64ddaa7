"""The county database the benchmarks share: made once with `lead-admin init` and
`lead-admin demo-data` (the administrator's own commands), then reused; plus the people the
measures act as, signed in with the demo staff password like anyone at a desk."""

from __future__ import annotations

import os
import subprocess
import sys
from dataclasses import dataclass
from pathlib import Path

from sqlalchemy import func, select

from lead_desktop.db.database import Database
from lead_desktop.models import Case, CaseNote, User
from lead_desktop.security.accounts import AccountService, SignedIn
from lead_desktop.security.roles import Role
from lead_desktop.services.demo_data.generator import STAFF_PASSWORD

ADMIN_PASSWORD = "quiet harbor of county numbers 7"
BIN = Path(sys.executable).parent


def lead_admin(*args: str, stdin: str | None = None) -> None:
    subprocess.run([str(BIN / "lead-admin"), *args], input=stdin, text=True, check=True)


def ensure_county(path: Path, participants: int) -> None:
    if path.exists():
        return
    print(f"Making the county database {path} ({participants:,} participants; this takes "
          "a while, once) ...", flush=True)
    lead_admin("init", "--demo", "--db", str(path), "--admin", "admin", "--password-stdin",
               stdin=ADMIN_PASSWORD + "\n")
    lead_admin("demo-data", "--db", str(path), "--participants", str(participants))


@dataclass(frozen=True)
class Desk:
    """Who the measures act as: the team supervisor and the busiest case manager."""
    supervisor: SignedIn
    case_manager: SignedIn
    busiest_case_id: str


def sign_in_desk(db: Database) -> Desk:
    with db.read() as session:
        lead = session.scalar(select(User.username).where(
            User.role == Role.SUPERVISOR.value, User.team.is_not(None)).order_by(User.username))
        manager_id, case_id = session.execute(
            select(Case.case_manager_id, Case.id).join(CaseNote, CaseNote.case_id == Case.id)
            .group_by(Case.id).order_by(func.count().desc()).limit(1)).one()
        manager = session.scalar(select(User.username).where(User.id == manager_id))
    accounts = AccountService(db)
    return Desk(accounts.sign_in(lead, STAFF_PASSWORD), accounts.sign_in(manager, STAFF_PASSWORD),
                case_id)


def environment() -> dict[str, str]:
    return {**os.environ, "QT_QPA_PLATFORM": "offscreen"}
