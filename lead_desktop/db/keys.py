"""Database keys: the raw 256-bit key, the key check value kept in the file's salt,
and the human-typable recovery key.

Why the salt: a SQLCipher file begins with a 16-byte salt that is readable without the key.
We choose it ourselves as `database id (8 random bytes) || key check value (8 bytes)`, where
the check value is an HMAC of the id under the key. That gives us, with nothing written
beside the file:
- a stable database id (the keyring account and the fingerprint on the recovery sheet),
  which copies and backups share;
- a way to tell a wrong key (check value differs) from a damaged file (check value matches
  but the file does not open).
"""

from __future__ import annotations

import hashlib
import hmac
import os
import secrets
from dataclasses import dataclass

from lead_desktop.errors import RecoveryKeyInvalid
from lead_desktop.services.messages import QT_TRANSLATE_NOOP, Listed, message

KEY_BYTES = 32
ID_BYTES = 8
SALT_BYTES = 16
_KCV_LABEL = b"LEAD Desktop key check v1"

# Crockford base32: no I, L, O, U, so nothing looks like a digit.
_ALPHABET = "0123456789ABCDEFGHJKMNPQRSTVWXYZ"
_DECODE = {c: i for i, c in enumerate(_ALPHABET)}
_DECODE.update({"O": 0, "I": 1, "L": 1})
_GROUP = 5
_KEY_CHARS = 55          # 11 groups: the 256-bit key under a 19-bit checksum (no wasted zeros)
_CHECK_CHARS = 5         # one check group: 25 more bits of checksum


def new_key() -> bytes:
    return secrets.token_bytes(KEY_BYTES)


def new_database_id() -> bytes:
    return os.urandom(ID_BYTES)


def key_check_value(key: bytes, database_id: bytes) -> bytes:
    return hmac.new(key, _KCV_LABEL + database_id, hashlib.sha256).digest()[:SALT_BYTES - ID_BYTES]


def salt_for(key: bytes, database_id: bytes) -> bytes:
    return database_id + key_check_value(key, database_id)


@dataclass(frozen=True)
class FileHeader:
    """The part of a SQLCipher file that can be read without its key."""

    database_id: bytes
    check_value: bytes

    @classmethod
    def from_salt(cls, salt: bytes) -> "FileHeader":
        return cls(salt[:ID_BYTES], salt[ID_BYTES:SALT_BYTES])

    @property
    def fingerprint(self) -> str:
        """16 hex characters naming this database on the recovery sheet and in the keyring."""
        return hashlib.sha256(self.database_id).hexdigest()[:16]

    def accepts(self, key: bytes) -> bool:
        return hmac.compare_digest(key_check_value(key, self.database_id), self.check_value)


def sqlcipher_key_literal(key: bytes, salt: bytes | None = None) -> str:
    """The value for `PRAGMA key`: a raw key (no passphrase derivation), with the salt
    only when creating a file."""
    body = key.hex() + (salt.hex() if salt else "")
    return f"\"x'{body}'\""


# --- recovery key ---

def _encode_int(value: int, length: int) -> str:
    chars = []
    for _ in range(length):
        value, digit = divmod(value, 32)
        chars.append(_ALPHABET[digit])
    return "".join(reversed(chars))


def _checksum_bits(key: bytes) -> int:
    """44 bits of SHA-256 over the key: 19 lead the key groups, 25 form the check group."""
    digest = hashlib.sha256(b"LEAD Desktop recovery check" + key).digest()
    return int.from_bytes(digest[:6], "big") >> 4


def _lead_bits(key: bytes) -> int:
    return _checksum_bits(key) >> (_CHECK_CHARS * 5)


def _check_group(key: bytes) -> str:
    return _encode_int(_checksum_bits(key) & ((1 << _CHECK_CHARS * 5) - 1), _CHECK_CHARS)


def format_recovery_key(key: bytes) -> str:
    """The key as 11 groups of 5 Crockford base32 characters plus one check group."""
    if len(key) != KEY_BYTES:
        raise ValueError("a database key is 32 bytes")
    value = (_lead_bits(key) << (KEY_BYTES * 8)) | int.from_bytes(key, "big")
    text = _encode_int(value, _KEY_CHARS) + _check_group(key)
    return "-".join(text[i:i + _GROUP] for i in range(0, len(text), _GROUP))


def parse_recovery_key(typed: str) -> bytes:
    """The key back from what a person typed: case, spaces and hyphens do not matter,
    O/I/L are read as 0/1/1. A typo is caught by the check group."""
    cleaned = "".join(ch for ch in typed.upper() if ch not in " -\t\r\n")
    expected = _KEY_CHARS + _CHECK_CHARS
    if len(cleaned) != expected:
        raise RecoveryKeyInvalid(message("Keys", QT_TRANSLATE_NOOP(
            "Keys", "A recovery key has {groups} groups of {size} characters; {given} "
            "characters were given."),
            groups=expected // _GROUP, size=_GROUP, given=len(cleaned)))
    bad = sorted({ch for ch in cleaned if ch not in _DECODE})
    if bad:
        raise RecoveryKeyInvalid(message("Keys", QT_TRANSLATE_NOOP(
            "Keys", "The recovery key cannot contain {characters}."),
            characters=Listed(tuple(bad))))
    value = 0
    for ch in cleaned[:_KEY_CHARS]:
        value = value * 32 + _DECODE[ch]
    key = (value & ((1 << KEY_BYTES * 8) - 1)).to_bytes(KEY_BYTES, "big")
    check = "".join(_ALPHABET[_DECODE[ch]] for ch in cleaned[_KEY_CHARS:])
    if value >> (KEY_BYTES * 8) != _lead_bits(key) or check != _check_group(key):
        raise RecoveryKeyInvalid(message("Keys", QT_TRANSLATE_NOOP(
            "Keys", "The recovery key has a typing mistake (its check group does not match).")))
    return key
