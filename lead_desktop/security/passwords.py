"""Password rules (security.md): length only, no composition rules, a banned list, the
user's and program's own names refused, no reuse of the last ten, Argon2id hashes."""

from __future__ import annotations

import os
import re
import unicodedata
from dataclasses import dataclass, field
from functools import lru_cache

from argon2 import PasswordHasher
from argon2.exceptions import InvalidHashError, VerificationError

from lead_desktop.errors import PasswordRejected
from lead_desktop.paths import resource_path
from lead_desktop.services.messages import QT_TRANSLATE_NOOP, Listed, Message, message

MIN_LENGTH_FLOOR = 8
DEFAULT_MIN_LENGTH = 12
MAX_LENGTH = 256
HISTORY_DEPTH = 10
# Words every LEAD site shares; site-specific names come from the policy's context words.
PROGRAM_WORDS = ("lead desktop", "leaddesktop", "diversion", "lead program")

# Argon2id with argon2-cffi's recommended parameters (RFC 9106's second choice: t=3,
# 64 MiB, p=4): what every installation uses.
PRODUCTION_PARAMETERS = {"time_cost": 3, "memory_cost": 64 * 1024, "parallelism": 4}
# Test-only knob, never set by the program, its installer or its documentation for users:
# with this variable set to exactly "1" (tests/conftest.py does, so the CLI processes a test
# starts inherit it) new hashes are still real Argon2id but with the cheapest parameters,
# so the suite's thousands of accounts and sign-ins stay quick. A hash made that way is
# weaker than the production parameters, so a program run without the knob treats it as
# needing a rehash (upgraded at the next sign-in). tests/security/test_password_parameters.py
# holds that without it the parameters are the production ones.
TEST_CHEAP_HASHES_ENV = "LEAD_DESKTOP_TEST_CHEAP_HASHES"
_TEST_PARAMETERS = {"time_cost": 1, "memory_cost": 8, "parallelism": 1}


def _make_hasher(environ=os.environ) -> PasswordHasher:
    cheap = environ.get(TEST_CHEAP_HASHES_ENV) == "1"
    return PasswordHasher(**(_TEST_PARAMETERS if cheap else PRODUCTION_PARAMETERS))


_hasher = _make_hasher()


def normalize(password: str) -> str:
    """NFKC, so the same password typed on another keyboard layout still matches."""
    return unicodedata.normalize("NFKC", password)


@lru_cache(maxsize=1)
def banned_passwords() -> frozenset[str]:
    text = resource_path("banned-passwords.txt").read_text(encoding="utf-8")
    return frozenset(
        line.strip().casefold() for line in text.splitlines()
        if line.strip() and not line.startswith("#")
    )


_TRAILING = re.compile(r"[\d\W_]+$")


@dataclass(frozen=True)
class PasswordPolicy:
    min_length: int = DEFAULT_MIN_LENGTH
    #: Agency, program and site names that must not appear in a password.
    context_words: tuple[str, ...] = field(default_factory=tuple)

    def __post_init__(self) -> None:
        if self.min_length < MIN_LENGTH_FLOOR:
            raise ValueError(f"the minimum password length cannot be below {MIN_LENGTH_FLOOR}")

    def problems(self, password: str, *, username: str = "", display_name: str = "") -> list[str]:
        """Every reason this password is refused, in words a user understands."""
        return [str(reason) for reason in
                self.reasons(password, username=username, display_name=display_name)]

    def reasons(self, password: str, *, username: str = "", display_name: str = "",
                ) -> list[Message]:
        """The same reasons as messages, for a screen in the user's language."""
        pw = normalize(password)
        reasons = []
        if len(pw) < self.min_length:
            reasons.append(_said(QT_TRANSLATE_NOOP(
                "Accounts", "Use at least {count} characters."), count=self.min_length))
        if len(pw) > MAX_LENGTH:
            reasons.append(_said(QT_TRANSLATE_NOOP(
                "Accounts", "Use at most {count} characters."), count=MAX_LENGTH))
        if any(unicodedata.category(c) == "Cs" for c in pw):
            reasons.append(_said(QT_TRANSLATE_NOOP(
                "Accounts", "The password holds a broken character; please type it again.")))
        folded = pw.casefold()
        stem = _TRAILING.sub("", folded)
        banned = banned_passwords()
        if folded in banned or (stem and stem in banned) or len(set(folded)) <= 2:
            reasons.append(_said(QT_TRANSLATE_NOOP(
                "Accounts", "This password is too common; choose a longer phrase of your own.")))
        names = [*self.context_words, *PROGRAM_WORDS]
        if any(len(n) >= 4 and n.casefold() in folded for n in names if n) or \
                _contains_own_name(folded, username, display_name):
            reasons.append(_said(QT_TRANSLATE_NOOP(
                "Accounts", "Do not use your own name, user name, or the program's or "
                "agency's name.")))
        return reasons

    def check(self, password: str, *, username: str = "", display_name: str = "") -> None:
        reasons = self.reasons(password, username=username, display_name=display_name)
        if reasons:
            raise rejected(reasons)


def rejected(reasons: list[Message]) -> PasswordRejected:
    """The refusal of a password: every reason, one after the other (each translated; the
    frame around them has no words, so it is not marked for translation)."""
    return PasswordRejected(Message("Joined", "{reasons}",
                                    (("reasons", Listed(tuple(reasons), separator=" ")),)))


def _said(text: str, **values: object) -> Message:
    return message("Accounts", text, **values)


def _runs(name: str) -> set[str]:
    """Every 4-character run of a name (all of it, if shorter)."""
    name = normalize(name).casefold()
    if len(name) <= 4:
        return {name} if name else set()
    return {name[i:i + 4] for i in range(len(name) - 3)}


def _contains_own_name(folded: str, username: str, display_name: str) -> bool:
    """CJIS: no part of the user name or the person's name: any 4-character run of the user
    name (the whole of one shorter than 4) or of a word of the display name of 4 or more."""
    runs = _runs(username)
    for word in display_name.split():
        if len(word) >= 4:
            runs |= _runs(word)
    return any(run in folded for run in runs)


def _secret(password: str) -> bytes:
    """The bytes hashed: UTF-8 (as argon2 encodes text), keeping a lone surrogate typed or
    pasted as its own bytes, so any text is a (wrong) password, never a crash."""
    return normalize(password).encode("utf-8", "surrogatepass")


def hash_password(password: str) -> str:
    return _hasher.hash(_secret(password))


def verify_password(password_hash: str, password: str) -> bool:
    try:
        return _hasher.verify(password_hash, _secret(password))
    except (VerificationError, InvalidHashError):
        return False


def needs_rehash(password_hash: str) -> bool:
    return _hasher.check_needs_rehash(password_hash)


_DUMMY_HASH = None


def burn_time(password: str) -> None:
    """Spend the time of one verification, so an unknown user name takes as long as a
    wrong password (no user enumeration by timing)."""
    global _DUMMY_HASH
    if _DUMMY_HASH is None:
        _DUMMY_HASH = _hasher.hash("not a real password")
    verify_password(_DUMMY_HASH, password)
