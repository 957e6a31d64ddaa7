"""Joining a workstation to a shared database without the master recovery key.

An administrator on a workstation that already has the key makes a one-time enrollment
code (15 characters, shown on their screen); the new workstation types it and receives the
key. The key travels through the database's own folder, which both workstations already
reach: an offer file beside the database holds the key sealed with AES-GCM under a key
derived from the code with Argon2id (deliberately slow, so guessing the code from a copied
offer file is out of reach). The offer expires after a few minutes, is deleted once used
or withdrawn, and both ends are audited. The recovery key can stay in the safe.
"""

from __future__ import annotations

import base64
import json
import secrets
from dataclasses import dataclass
from datetime import datetime, timedelta, timezone
from pathlib import Path

from argon2.low_level import Type, hash_secret_raw
from cryptography.exceptions import InvalidTag
from cryptography.hazmat.primitives.ciphers.aead import AESGCM

from lead_desktop.db import sqlcipher_file
from lead_desktop.errors import EnrollmentCodeInvalid
from lead_desktop.security import audit, permissions
from lead_desktop.security.actor import Actor
from lead_desktop.security.roles import Access, Data
from lead_desktop.services.messages import QT_TRANSLATE_NOOP, message

CODE_CHARS = 15                       # 75 bits: three groups of five
_ALPHABET = "0123456789ABCDEFGHJKMNPQRSTVWXYZ"  # Crockford base32: no I, L, O, U
_READ_AS = {"O": "0", "I": "1", "L": "1"}
DEFAULT_MINUTES = 15
# Argon2id at interactive-login strength: each guess at a code costs this much.
_KDF = {"time_cost": 3, "memory_cost": 64 * 1024, "parallelism": 2, "hash_len": 32}


@dataclass(frozen=True)
class Offer:
    code: str
    offer_id: str
    expires_at: datetime
    path: Path

    def withdraw(self) -> None:
        self.path.unlink(missing_ok=True)


def looks_like_code(typed: str) -> bool:
    """An enrollment code, not a recovery key (which is four times longer)."""
    return len(_clean(typed)) == CODE_CHARS


def offer(database, actor: Actor, *, minutes: int = DEFAULT_MINUTES,
          now: datetime | None = None) -> Offer:
    """Seal this database's key under a new code, beside the database file; audited.
    Only an administrator may (the key opens every record)."""
    permissions.require(database, actor, Data.CONFIGURATION, Access.WRITE,
                        record_type="database", record_id=database.fingerprint)
    now = now or datetime.now(timezone.utc)
    code = "".join(secrets.choice(_ALPHABET) for _ in range(CODE_CHARS))
    offer_id = secrets.token_hex(6)
    expires_at = now + timedelta(minutes=minutes)
    salt, nonce = secrets.token_bytes(16), secrets.token_bytes(12)
    about = _associated(database.fingerprint, offer_id, expires_at)
    sealed = AESGCM(_derive(code, salt)).encrypt(nonce, database._key, about)
    path = _offer_path(database.path, offer_id)
    record = {"format": 1, "fingerprint": database.fingerprint, "offer_id": offer_id,
              "expires_at": expires_at.isoformat(), "offered_by": actor.username,
              "salt": _b64(salt), "nonce": _b64(nonce), "sealed": _b64(sealed)}
    with path.open("x", encoding="utf-8") as out:
        json.dump(record, out)
    with database.write() as session:
        audit.record(session, actor, "key.enrollment_offered", record_type="database",
                     record_id=database.fingerprint,
                     details={"offer": offer_id, "expires_at": expires_at.isoformat()})
    return Offer(format_code(code), offer_id, expires_at, path)


def accept(path: Path, typed: str, key_store, *, now: datetime | None = None):
    """Unseal the key with a typed code, store it in this workstation's credential store,
    delete the offer and return the opened database (the use is audited). Expired offers
    found on the way are deleted. A wrong or expired code changes nothing else."""
    from lead_desktop.db.database import open_with_key

    now = now or datetime.now(timezone.utc)
    path = Path(path)
    code = _clean(typed)
    header = sqlcipher_file.read_header(path)
    for candidate in sorted(path.parent.glob(f"{path.name}.enrollment-*.json")):
        record = _read(candidate)
        if record is None or record.get("fingerprint") != header.fingerprint:
            continue
        expires_at = datetime.fromisoformat(record["expires_at"])
        if expires_at <= now:
            candidate.unlink(missing_ok=True)
            continue
        key = _unseal(record, code, expires_at)
        if key is None or not header.accepts(key):
            continue
        key_store.put(header.fingerprint, key)
        candidate.unlink(missing_ok=True)  # one use only
        database = open_with_key(path, key)
        with database.write() as session:
            audit.record(session, Actor.system("enrollment"), "key.enrolled_with_code",
                         record_type="database", record_id=database.fingerprint,
                         details={"offer": record["offer_id"],
                                  "offered_by": record.get("offered_by"),
                                  "key_store": key_store.describe()})
        return database
    raise EnrollmentCodeInvalid(message("Keys", QT_TRANSLATE_NOOP(
        "Keys", "This enrollment code does not open this database: it may be mistyped, "
        "already used, or expired (a code lasts 15 minutes).")))


def format_code(code: str) -> str:
    return "-".join(code[i:i + 5] for i in range(0, len(code), 5))


def _clean(typed: str) -> str:
    cleaned = "".join(ch for ch in typed.upper() if ch not in " -\t\r\n")
    return "".join(_READ_AS.get(ch, ch) for ch in cleaned)


def _derive(code: str, salt: bytes) -> bytes:
    return hash_secret_raw(code.encode("ascii", "replace"), salt, type=Type.ID, **_KDF)


def _associated(fingerprint: str, offer_id: str, expires_at: datetime) -> bytes:
    # Bound into the seal: an offer's expiry or database cannot be edited to reuse it.
    return f"{fingerprint}|{offer_id}|{expires_at.isoformat()}".encode()


def _unseal(record: dict, code: str, expires_at: datetime) -> bytes | None:
    if len(code) != CODE_CHARS or any(ch not in _ALPHABET for ch in code):
        return None
    try:
        key = _derive(code, _unb64(record["salt"]))
        return AESGCM(key).decrypt(
            _unb64(record["nonce"]), _unb64(record["sealed"]),
            _associated(record["fingerprint"], record["offer_id"], expires_at))
    except (InvalidTag, KeyError, ValueError):
        return None


def _offer_path(database_path: Path, offer_id: str) -> Path:
    return database_path.with_name(f"{database_path.name}.enrollment-{offer_id}.json")


def _read(candidate: Path) -> dict | None:
    try:
        return json.loads(candidate.read_text(encoding="utf-8"))
    except (OSError, ValueError):
        return None


def _b64(data: bytes) -> str:
    return base64.b64encode(data).decode("ascii")


def _unb64(text: str) -> bytes:
    return base64.b64decode(text.encode("ascii"), validate=True)
