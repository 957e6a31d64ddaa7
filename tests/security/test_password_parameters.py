"""The suite hashes passwords with the cheapest Argon2id parameters (the test-only knob
LEAD_DESKTOP_TEST_CHEAP_HASHES, set by tests/conftest.py); the program itself, without it,
uses the production parameters. This file holds the second half."""

from __future__ import annotations

import os
import subprocess
import sys

from lead_desktop.security import passwords

PRODUCTION_PREFIX = "$argon2id$v=19$m=65536,t=3,p=4$"


def test_the_program_hashes_with_the_production_parameters():
    env = {k: v for k, v in os.environ.items() if k != passwords.TEST_CHEAP_HASHES_ENV}
    probe = ("from lead_desktop.security import passwords as p; "
             "h = p.hash_password('a long enough phrase'); "
             "print(h); print(p.verify_password(h, 'a long enough phrase')); "
             "print(p.needs_rehash(h))")
    out = subprocess.run([sys.executable, "-c", probe], env=env, capture_output=True,
                         text=True, timeout=120, check=True).stdout.split()
    assert out[0].startswith(PRODUCTION_PREFIX), out[0]
    assert out[1:] == ["True", "False"]


def test_only_the_exact_knob_value_makes_cheap_hashes():
    assert passwords.PRODUCTION_PARAMETERS == {"time_cost": 3, "memory_cost": 65536,
                                                "parallelism": 4}
    for environ in ({}, {passwords.TEST_CHEAP_HASHES_ENV: "0"},
                    {passwords.TEST_CHEAP_HASHES_ENV: "yes"}):
        hasher = passwords._make_hasher(environ)
        assert (hasher.time_cost, hasher.memory_cost, hasher.parallelism) == (3, 65536, 4)
    cheap = passwords._make_hasher({passwords.TEST_CHEAP_HASHES_ENV: "1"})
    assert cheap.memory_cost < 65536


def test_a_hash_made_with_the_knob_is_upgraded_by_the_program():
    """A cheap hash (from a test database) reaching a real installation is rehashed with
    the production parameters at the next sign-in: needs_rehash says so without the knob."""
    cheap = passwords._make_hasher({passwords.TEST_CHEAP_HASHES_ENV: "1"}).hash("x y z w")
    production = passwords._make_hasher({})
    assert production.check_needs_rehash(cheap)
    assert production.verify(cheap, "x y z w")
