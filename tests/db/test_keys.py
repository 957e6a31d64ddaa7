import pytest
from hypothesis import given
from hypothesis import strategies as st

from lead_desktop.db import keys
from lead_desktop.errors import RecoveryKeyInvalid

key_bytes = st.binary(min_size=32, max_size=32)


@given(key_bytes)
def test_recovery_key_round_trip(key):
    text = keys.format_recovery_key(key)
    groups = text.split("-")
    assert len(groups) == 12 and all(len(g) == 5 for g in groups)
    assert keys.parse_recovery_key(text) == key


@given(key_bytes)
def test_recovery_key_forgives_case_spacing_and_lookalikes(key):
    text = keys.format_recovery_key(key)
    typed = " ".join(text.lower().split("-")).replace("0", "o").replace("1", "l")
    assert keys.parse_recovery_key(typed) == key


@given(key_bytes, st.integers(min_value=0, max_value=59), st.integers(min_value=1, max_value=31))
def test_any_single_typo_is_caught(key, position, shift):
    chars = list(keys.format_recovery_key(key).replace("-", ""))
    alphabet = "0123456789ABCDEFGHJKMNPQRSTVWXYZ"
    chars[position] = alphabet[(alphabet.index(chars[position]) + shift) % 32]
    with pytest.raises(RecoveryKeyInvalid):
        keys.parse_recovery_key("".join(chars))


@pytest.mark.parametrize("typed, message", [
    ("ABCDE", "12 groups"),
    ("U" * 60, "cannot contain U"),
])
def test_malformed_recovery_keys_get_a_clear_message(typed, message):
    with pytest.raises(RecoveryKeyInvalid, match=message):
        keys.parse_recovery_key(typed)


def test_key_check_value_tells_keys_apart():
    key, other, database_id = keys.new_key(), keys.new_key(), keys.new_database_id()
    header = keys.FileHeader.from_salt(keys.salt_for(key, database_id))
    assert header.accepts(key)
    assert not header.accepts(other)
    assert len(header.fingerprint) == 16
