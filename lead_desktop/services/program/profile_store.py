"""Program profiles kept in the database as versions (issue 13).

A version is never changed: a change is a new version (`add_version`), which new referrals
take from then on (`current`); a case keeps the version it was accepted under. The bundled
presets in resources/profiles are starting points, copied in at setup and on upgrade
(`seed_bundled`, called by migration 0012). Reading needs no role (the rules print on
documents and the referral form shows them); adding a version needs Data.CONFIGURATION
write, and is audited.

`ProfileStore` is a mapping `id@version -> Profile`, which is what the case service, the work
queue and the documents take; a version once read is kept (versions never change).
"""

from __future__ import annotations

from collections.abc import Mapping
from dataclasses import dataclass, replace
from datetime import datetime
from typing import Callable, Iterator

from sqlalchemy import func, select
from sqlalchemy.orm import Session

from lead_desktop.db.database import Database
from lead_desktop.errors import InvalidInput
from lead_desktop.models import DatabaseInfo, ProfileVersion, User
from lead_desktop.models.base import utcnow
from lead_desktop.security import audit
from lead_desktop.security.actor import Actor
from lead_desktop.security.permissions import require
from lead_desktop.security.roles import Access, Data
from lead_desktop.services.program.profile import (
    Profile,
    bundled_profiles,
    parse_profile,
)
from lead_desktop.services.program.profile_toml import profile_to_toml
from lead_desktop.services.messages import QT_TRANSLATE_NOOP, Message, message
from lead_desktop.services.messages import next_step as _next


@dataclass(frozen=True)
class VersionView:
    """One line of a profile's history: which version, who made it, when and why."""

    key: str
    profile_id: str
    version: int
    name: str
    created_at: datetime
    created_by: str
    note: str
    in_force: bool


def not_in_database(key: str) -> Message:
    """The refusal for a profile version this database does not hold."""
    return message("Profiles", QT_TRANSLATE_NOOP(
        "Profiles", "No program profile {key} in this database."), key=key)


def split_key(key: str) -> tuple[str, int]:
    profile_id, _, version = key.rpartition("@")
    if not profile_id or not version.isdigit():
        raise KeyError(key)
    return profile_id, int(version)


def seed_bundled(session: Session, who: str, now: datetime | None = None) -> list[str]:
    """Copy in every bundled preset whose `id@version` the database does not hold yet (a
    version already there, the site's own or an earlier copy, is never replaced)."""
    have = {(r.profile_id, r.version) for r in session.execute(
        select(ProfileVersion.profile_id, ProfileVersion.version))}
    added = []
    for profile in bundled_profiles().values():
        if (profile.id, profile.version) in have:
            continue
        session.add(ProfileVersion(profile_id=profile.id, version=profile.version,
                                   name=profile.name, text=profile_to_toml(profile),
                                   note="bundled preset", created_at=now or utcnow(),
                                   created_by=None, created_by_name=who))
        added.append(profile.key)
    session.flush()
    return added


class ProfileStore(Mapping[str, Profile]):
    def __init__(self, db: Database, now: Callable[[], datetime] = utcnow) -> None:
        self.db, self.now = db, now
        self._cache: dict[str, Profile] = {}
        # Read now, outside any unit of work: a service that looks a version up inside its
        # own read then needs no second connection (a second read started while another
        # workstation commits would wait on that commit, which waits on our first read).
        self._load_all()

    # --- the mapping the services read ---

    def __getitem__(self, key: str) -> Profile:
        if key not in self._cache:
            split_key(key)  # KeyError for what is no profile key at all
            self._load_all()  # a version another workstation added since (rare)
        return self._cache[key]

    def _load_all(self) -> None:
        """All versions in one read (a few dozen small texts)."""
        with self.db.read() as session:
            rows = session.execute(select(ProfileVersion.profile_id, ProfileVersion.version,
                                          ProfileVersion.text)).all()
        for row in rows:
            key = f"{row.profile_id}@{row.version}"
            if key not in self._cache:
                self._cache[key] = parse_profile(row.text, source=key)

    def __iter__(self) -> Iterator[str]:
        """The versions read so far (all of them, as of the last read): no database read
        here, since services iterate inside their own units of work."""
        return iter(sorted(self._cache))

    def __len__(self) -> int:
        return len(self._cache)

    def keys_stored(self) -> list[str]:
        with self.db.read() as session:
            rows = session.execute(select(ProfileVersion.profile_id, ProfileVersion.version)
                                   .order_by(ProfileVersion.profile_id, ProfileVersion.version))
            return [f"{r.profile_id}@{r.version}" for r in rows]

    # --- what is in force ---

    def current_key(self) -> str | None:
        with self.db.read() as session:
            info = session.get(DatabaseInfo, 1)
            return info.program_profile if info else None

    def current(self) -> Profile | None:
        """The version new referrals are accepted under (None before setup chose one)."""
        key = self.current_key()
        return self.get(key) if key else None

    def latest(self) -> dict[str, Profile]:
        """The newest version of each program, by program id."""
        newest: dict[str, str] = {}
        for key in self.keys_stored():  # from the database: versions added since too
            newest[split_key(key)[0]] = key
        return {pid: self[key] for pid, key in newest.items()}

    def history(self, profile_id: str) -> list[VersionView]:
        """Every version of one program, oldest first, with who made it and when."""
        in_force = self.current_key()
        with self.db.read() as session:
            rows = session.execute(
                select(ProfileVersion, User.display_name)
                .outerjoin(User, User.id == ProfileVersion.created_by)
                .where(ProfileVersion.profile_id == profile_id)
                .order_by(ProfileVersion.version)).all()
            return [VersionView(f"{v.profile_id}@{v.version}", v.profile_id, v.version, v.name,
                                v.created_at, shown or v.created_by_name, v.note or "",
                                f"{v.profile_id}@{v.version}" == in_force)
                    for v, shown in rows]

    def export(self, key: str) -> str:
        """The version as TOML to edit and add back (`lead-admin profiles export`)."""
        try:
            return profile_to_toml(self[key])
        except KeyError:
            raise InvalidInput(not_in_database(key),
                               next_step=_next(QT_TRANSLATE_NOOP(
                                   "NextSteps", "`lead-admin profiles list` shows the versions."))
                               ) from None

    # --- changing the rules: a new version ---

    def add_text(self, actor: Actor, text: str, note: str = "", *, source: str = "profile",
                 make_current: bool = True) -> Profile:
        """Validate a profile file (every mistake named at once, ProfileError) and add it as
        the next version of its program. Nothing is written when it is refused."""
        return self.add_version(actor, parse_profile(text, source=source), note,
                                make_current=make_current)

    def add_version(self, actor: Actor, profile: Profile, note: str = "", *,
                    make_current: bool = True) -> Profile:
        """The profile as the next version of its program (the version number in it is
        replaced by the next free one); with `make_current`, new referrals follow it."""
        require(self.db, actor, Data.CONFIGURATION, Access.WRITE, record_type="profile",
                record_id=profile.id)
        # The same checks as reading a file, for a profile a form built (ProfileError).
        parse_profile(profile_to_toml(profile), source=profile.id)
        with self.db.write() as session:
            number = (session.scalar(select(func.max(ProfileVersion.version)).where(
                ProfileVersion.profile_id == profile.id)) or 0) + 1
            stored = replace(profile, version=number)
            session.add(ProfileVersion(
                profile_id=stored.id, version=number, name=stored.name,
                text=profile_to_toml(stored), note=note.strip()[:500] or None,
                created_at=self.now(), created_by=actor.user_id,
                created_by_name=actor.username))
            details = {"profile": stored.key, "note": note.strip()[:500]}
            if make_current:
                info = session.get(DatabaseInfo, 1)
                details["previous"] = info.program_profile
                info.program_profile = stored.key
            audit.record(session, actor, "configuration.profile_version",
                         record_type="profile", record_id=stored.key, details=details)
        self._cache[stored.key] = stored
        return stored
