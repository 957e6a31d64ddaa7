"""Who is acting: the signed-in user, or an administrator's OS account at the command line."""

from __future__ import annotations

import getpass
import platform
from dataclasses import dataclass

from lead_desktop.security.roles import Role


def workstation_name() -> str:
    return platform.node() or "unknown-workstation"


@dataclass(frozen=True)
class Actor:
    user_id: str | None
    username: str
    role: Role | None
    workstation: str
    #: The account's version when this session signed in (None: not from a sign-in).
    account_version: int | None = None

    @classmethod
    def system(cls, tool: str = "lead-admin") -> "Actor":
        """IT work at the command line (backup, rekey, enrolment): the OS account that holds
        the key in its credential store is who acted."""
        try:
            os_user = getpass.getuser()
        except Exception:  # no login name on some service accounts
            os_user = "unknown"
        return cls(None, f"{tool}:{os_user}", None, workstation_name())

    @property
    def role_name(self) -> str | None:
        return self.role.value if self.role else None
