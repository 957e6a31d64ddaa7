"""Database keys in the operating system's credential store, through `keyring`.

One fixed service name; the account is derived from the database id (its fingerprint), so
every workstation that enrols the same database finds the key under the same name.

keyring's own configuration is honoured (`PYTHON_KEYRING_BACKEND`, keyringrc.cfg): that is
how IT, the demo and the tests choose a backend. What keyring picks by itself is accepted
only if it is a real OS store: where keyrings.alt is installed its plain-text file backend
can become the default, and a database key must never land in a plain file by accident.
"""

from __future__ import annotations

import json
from pathlib import Path
from typing import Protocol

import keyring
import keyring.backend
import keyring.core
import keyring.errors

from lead_desktop.errors import KeyringUnavailable
from lead_desktop.services.messages import QT_TRANSLATE_NOOP, message

SERVICE_NAME = "LEAD Desktop database key"
# Windows Credential Manager holds at most 2,560 bytes a secret, stored as UTF-16.
MAX_SECRET_BYTES = 2560

# Backends that keep secrets in an operating-system store, by class path.
_OS_STORES = {
    "keyring.backends.Windows.WinVaultKeyring",
    "keyring.backends.macOS.Keyring",
    "keyring.backends.SecretService.Keyring",
    "keyring.backends.libsecret.Keyring",
    "keyring.backends.kwallet.DBusKeyring",
    "keyring.backends.kwallet.DBusKeyringKWallet4",
}


class KeyStore(Protocol):
    """Where database keys live. The app uses the keyring; nothing else implements it."""

    def get(self, fingerprint: str) -> bytes | None: ...

    def put(self, fingerprint: str, key: bytes) -> None: ...

    def delete(self, fingerprint: str) -> None: ...

    def describe(self) -> str: ...


def _class_path(backend: keyring.backend.KeyringBackend) -> str:
    return f"{type(backend).__module__}.{type(backend).__qualname__}"


def _members(backend: keyring.backend.KeyringBackend) -> list[keyring.backend.KeyringBackend]:
    return list(getattr(backend, "backends", None) or [backend])


def choose_backend() -> keyring.backend.KeyringBackend:
    """The configured backend, or else the best OS credential store keyring detected.

    Where keyrings.alt is installed (it is, for the demo), keyring's detected default is a
    chain of the OS store and keyrings.alt's registry and file backends; a chain falls
    through to the next backend when one fails, so only its OS store member is used."""
    try:
        explicit = keyring.core.load_env() or keyring.core.load_config()
    except Exception as exc:  # a bad name in the configuration
        raise KeyringUnavailable(message("Keys", QT_TRANSLATE_NOOP(
            "Keys", "The configured keyring backend cannot be loaded: {reason}"),
            reason=exc)) from exc
    if explicit is not None:
        return explicit
    members = _members(keyring.get_keyring())
    os_stores = [member for member in members if _class_path(member) in _OS_STORES]
    if not os_stores:
        names = ", ".join(_class_path(m) for m in members) or "none"
        raise KeyringUnavailable(message("Keys", QT_TRANSLATE_NOOP(
            "Keys", "No operating-system credential store is available (found: {names})."),
            names=names))
    return os_stores[0]  # a chain lists its members by priority, best first


class KeyringKeyStore:
    """Keys in the credential store chosen by `choose_backend()` (or the one given)."""

    def __init__(self, backend: keyring.backend.KeyringBackend | None = None) -> None:
        self._backend = backend or choose_backend()

    @staticmethod
    def account(fingerprint: str) -> str:
        return f"database-{fingerprint}"

    @property
    def backend(self) -> keyring.backend.KeyringBackend:
        """The credential store itself (the audit anchor keeps its entry beside the key)."""
        return self._backend

    def describe(self) -> str:
        return _class_path(self._backend)

    def get(self, fingerprint: str) -> bytes | None:
        try:
            secret = self._backend.get_password(SERVICE_NAME, self.account(fingerprint))
        except keyring.errors.KeyringError as exc:
            raise KeyringUnavailable(message("Keys", QT_TRANSLATE_NOOP(
                "Keys", "The credential store could not be read: {reason}"), reason=exc)) from exc
        if secret is None:
            return None
        try:
            return bytes.fromhex(json.loads(secret)["key"])
        except (ValueError, KeyError, TypeError):
            return None  # an entry we did not write: treat as missing, never overwrite silently

    def put(self, fingerprint: str, key: bytes) -> None:
        secret = json.dumps({"v": 1, "key": key.hex()})
        if len(secret.encode("utf-16-le")) > MAX_SECRET_BYTES:
            raise ValueError("secret too large for Windows Credential Manager")
        try:
            self._backend.set_password(SERVICE_NAME, self.account(fingerprint), secret)
        except keyring.errors.KeyringError as exc:
            raise KeyringUnavailable(message("Keys", QT_TRANSLATE_NOOP(
                "Keys", "The key could not be stored: {reason}"), reason=exc)) from exc
        if self.get(fingerprint) != key:
            raise KeyringUnavailable(message("Keys", QT_TRANSLATE_NOOP(
                "Keys", "The credential store did not keep the key (read-back differs).")))

    def delete(self, fingerprint: str) -> None:
        try:
            self._backend.delete_password(SERVICE_NAME, self.account(fingerprint))
        except keyring.errors.PasswordDeleteError:
            pass


def demo_key_store(folder: Path) -> KeyringKeyStore:
    """The demo database holds synthetic data only, so its key sits in a plain keyring file
    inside the demo folder: the demo then runs on any machine, and no real database ever
    uses this store."""
    from keyrings.alt.file import PlaintextKeyring

    backend = PlaintextKeyring()
    backend.file_path = str(folder / "demo-keyring.cfg")
    return KeyringKeyStore(backend)
