"""`lead-admin codes`: a new database lists the built-in codes; an administrator relabels,
adds and retires, and the list says so."""

from __future__ import annotations

import pytest

from tests.cli.test_lead_admin import ADMIN_PW, run  # noqa: F401 - fixtures

pytestmark = pytest.mark.slow  # each command is a process of its own


def test_list_relabel_add_retire(run, tmp_path):  # noqa: F811
    db = str(tmp_path / "lead.db")
    assert run("init", "--db", db, "--admin", "admin", "--display-name", "Ada Admin",
               "--profile", "charleston-wv@1", "--password-stdin",
               stdin=ADMIN_PW + "\n").returncode == 0
    listed = run("codes", "list", "--db", db, "exit_reason").stdout
    assert "lost_contact" in listed and "Lost contact" in listed
    sign_in = ("--db", db, "--as", "admin", "--password-stdin")
    changed = run("codes", "relabel", *sign_in, "exit_reason", "moved",
                  "--spanish", "Se mudó lejos", stdin=ADMIN_PW + "\n")
    assert changed.returncode == 0, changed.stderr
    assert "Moved away / Se mudó lejos" in changed.stdout
    assert run("codes", "add", *sign_in, "contact_type", "video", "--english", "Video call",
               stdin=ADMIN_PW + "\n").returncode == 0
    assert run("codes", "retire", *sign_in, "contact_type", "text", "--on", "2026-01-01",
               stdin=ADMIN_PW + "\n").returncode == 0
    listed = run("codes", "list", "--db", db, "contact_type").stdout
    assert "video" in listed and "until 2026-01-01" in listed
