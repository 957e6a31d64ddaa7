"""The one place that says what a program calls its prosecutor's office (the profile's
`prosecutor_office`: Baltimore "State's Attorney", West Virginia "Prosecuting Attorney"):
documents print it, and a §2.35 consent names the office by it (security/scope.receives)."""

from __future__ import annotations

from sqlalchemy import select
from sqlalchemy.orm import Session

from lead_desktop.models import Case, DatabaseInfo, ProfileVersion
from lead_desktop.services.program.profile import Profile, parse_profile

DEFAULT = Profile.__dataclass_fields__["prosecutor_office"].default
_NAMES: dict[str, str] = {}  # profile key -> office name (a stored version never changes)


def prosecutor_office(session: Session, case: Case | None = None) -> str:
    """The office's name under the case's profile, else the program's current profile."""
    if case is not None:
        key = f"{case.profile_id}@{case.profile_version}"
    else:
        info = session.get(DatabaseInfo, 1)
        key = info.program_profile if info else None
    if not key:
        return DEFAULT
    if key not in _NAMES:
        profile_id, _, version = key.partition("@")
        text = session.scalar(select(ProfileVersion.text).where(
            ProfileVersion.profile_id == profile_id, ProfileVersion.version == int(version)))
        if text is None:
            return DEFAULT
        _NAMES[key] = parse_profile(text, source=key).prosecutor_office
    return _NAMES[key]


def program_office(db) -> str:
    """The same, read on its own (before a unit of work: for a scope check)."""
    with db.read() as session:
        return prosecutor_office(session)
