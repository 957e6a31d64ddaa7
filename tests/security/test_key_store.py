"""The key store: a real keyring backend, never plain text unless chosen explicitly."""

import keyring
import pytest
from keyrings.alt.file import PlaintextKeyring

from lead_desktop.db import keys
from lead_desktop.errors import KeyringUnavailable
from lead_desktop.security.key_store import MAX_SECRET_BYTES, SERVICE_NAME, KeyringKeyStore


def test_round_trip_in_the_configured_backend(key_store):
    key = keys.new_key()
    key_store.put("0123456789abcdef", key)
    assert key_store.get("0123456789abcdef") == key
    raw = keyring.get_password(SERVICE_NAME, "database-0123456789abcdef")
    assert len(raw.encode("utf-16-le")) < MAX_SECRET_BYTES
    key_store.delete("0123456789abcdef")
    assert key_store.get("0123456789abcdef") is None


def test_a_plain_text_backend_picked_by_keyring_itself_is_refused(monkeypatch, tmp_path):
    """keyrings.alt's file backend can become keyring's default; we must not use it then."""
    monkeypatch.delenv("PYTHON_KEYRING_BACKEND")
    backend = PlaintextKeyring()
    backend.file_path = str(tmp_path / "would-be-plaintext.cfg")
    keyring.set_keyring(backend)
    with pytest.raises(KeyringUnavailable, match="PlaintextKeyring"):
        KeyringKeyStore()


def test_no_backend_at_all_is_a_clear_error(monkeypatch):
    from keyring.backends.fail import Keyring as FailKeyring

    monkeypatch.delenv("PYTHON_KEYRING_BACKEND")
    keyring.set_keyring(FailKeyring())
    with pytest.raises(KeyringUnavailable) as caught:
        KeyringKeyStore()
    assert "credential" in caught.value.next_step


def test_a_backend_chosen_in_keyringrc_is_honoured(monkeypatch, isolated):
    monkeypatch.delenv("PYTHON_KEYRING_BACKEND")
    config = isolated / "xdg-config" / "python_keyring"
    config.mkdir(parents=True)
    (config / "keyringrc.cfg").write_text(
        "[backend]\ndefault-keyring=keyrings.alt.file.PlaintextKeyring\n")
    assert KeyringKeyStore().describe().endswith("PlaintextKeyring")


def test_a_misconfigured_backend_name_is_a_clear_error(monkeypatch):
    monkeypatch.setenv("PYTHON_KEYRING_BACKEND", "no.such.Backend")
    with pytest.raises(KeyringUnavailable, match="cannot be loaded"):
        KeyringKeyStore()


def test_from_a_detected_chain_only_the_os_store_is_used(monkeypatch, tmp_path):
    """On Windows with keyrings.alt installed, keyring detects a chain of Credential Manager
    and keyrings.alt's registry and file backends. A chain falls through to the next member
    when one fails, so a key could end up in a plain file: only the OS store may be used."""
    from keyring.backends.chainer import ChainerBackend
    from keyring.backends.SecretService import Keyring as SecretServiceKeyring

    plaintext = PlaintextKeyring()
    plaintext.file_path = str(tmp_path / "would-be-plaintext.cfg")

    class DetectedChain(ChainerBackend):
        backends = [SecretServiceKeyring(), plaintext]

    monkeypatch.delenv("PYTHON_KEYRING_BACKEND")
    keyring.set_keyring(DetectedChain())
    assert KeyringKeyStore().describe() == "keyring.backends.SecretService.Keyring"
