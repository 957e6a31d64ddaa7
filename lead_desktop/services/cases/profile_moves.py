"""Moving open cases to a newer version of their program's profile (issue 13), when the
administrator chooses to and the rules allow: the same program, a newer version, the same
compliance model and consequence (what the participant agreed to), and the case's
referral type still accepted. Every move is audited; a case that may not move keeps its
version and the reason is reported. Deadlines already running are not recomputed."""

from __future__ import annotations

from dataclasses import dataclass
from datetime import datetime
from typing import Callable, Mapping

from sqlalchemy import select

from lead_desktop.db.database import Database
from lead_desktop.errors import InvalidInput
from lead_desktop.models import Case
from lead_desktop.models.base import utcnow
from lead_desktop.security import audit
from lead_desktop.security.actor import Actor
from lead_desktop.security.permissions import require
from lead_desktop.security.roles import Access, Data
from lead_desktop.services import records
from lead_desktop.services.program.profile import Profile
from lead_desktop.services.program.profile_store import not_in_database
from lead_desktop.services.program.vocabulary import OPEN_STATES, ReferralType


@dataclass(frozen=True)
class MoveReport:
    moved: tuple[str, ...]                  # case ids now on the new version
    kept: tuple[tuple[str, str], ...]       # (case id, why it keeps its version)


def why_not(old: Profile, new: Profile, referral_type: str) -> str | None:
    """Why a case accepted under `old` may not move to `new` (None: it may)."""
    if old.id != new.id:
        return "another program"
    if new.version <= old.version:
        return "already on this version or a newer one"
    if (old.compliance_model, old.noncompliance_outcome) != \
            (new.compliance_model, new.noncompliance_outcome):
        return "the compliance model differs from the one the participant agreed to"
    if not new.accepts(ReferralType(referral_type)):
        return f"the new version does not accept {referral_type.replace('_', ' ')} referrals"
    return None


class ProfileMoves:
    def __init__(self, db: Database, profiles: Mapping[str, Profile],
                 now: Callable[[], datetime] = utcnow) -> None:
        self.db, self.profiles, self.now = db, profiles, now

    def move_open_cases(self, actor: Actor, to_key: str) -> MoveReport:
        require(self.db, actor, Data.CONFIGURATION, Access.WRITE, record_type="profile",
                record_id=to_key)
        new = self.profiles.get(to_key)
        if new is None:
            raise InvalidInput(not_in_database(to_key))
        moved, kept = [], []
        with self.db.write() as session:
            cases = session.scalars(select(Case).where(
                Case.profile_id == new.id, Case.profile_version < new.version,
                Case.state.in_([s.value for s in OPEN_STATES]))).all()
            now = self.now()
            for case in cases:
                before = f"{case.profile_id}@{case.profile_version}"
                old = self.profiles.get(before)
                reason = "its version is not in this database" if old is None else \
                    why_not(old, new, case.referral_type)
                if reason:
                    kept.append((case.id, reason))
                    continue
                case.profile_version = new.version
                records.changed(case, actor, now)
                moved.append(case.id)
                audit.record(session, actor, "case.profile_moved", record_type="case",
                             record_id=case.id, details={"from": before, "to": to_key})
            audit.record(session, actor, "configuration.profile_applied", record_type="profile",
                         record_id=to_key, details={"moved": len(moved), "kept": len(kept)})
        return MoveReport(tuple(moved), tuple(kept))
