"""lead-admin on a damaged file, and the automatic backup set from the command line."""

from __future__ import annotations

import re

import pytest

from tests.cli.test_lead_admin import ADMIN_PW, digest, initialised, run  # noqa: F401
from tests.db.interruptions import damage_a_page_past_the_first


@pytest.mark.slow  # ten lead-admin processes
def test_a_file_damaged_past_its_first_page_is_never_written(run, tmp_path):  # noqa: F811
    path = tmp_path / "demo.db"  # a demo database: the only kind demo-data fills
    assert run("init", "--db", str(path), "--admin", "admin", "--password-stdin", "--demo",
               stdin=ADMIN_PW + "\n").returncode == 0
    assert run("demo-data", "--db", str(path), "--participants", "3").returncode == 0
    good = tmp_path / "good-backup.db"
    assert run("backup", "--db", str(path), "--out", str(good)).returncode == 0
    damage_a_page_past_the_first(path)
    before = digest(path)
    sign_in = ["--as", "admin", "--password-stdin"]
    commands = [
        ("verify", "--db", str(path)),
        ("backup", "--db", str(path), "--out", str(tmp_path / "b.db")),
        ("backup", "--db", str(path)),
        ("demo-data", "--db", str(path), "--participants", "1"),
        ("users", "list", "--db", str(path), *sign_in),
        ("users", "add", "--db", str(path), *sign_in, "--username", "x", "--name", "X",
         "--role", "clerk"),
        ("templates", "list", "--db", str(path), *sign_in),
        ("rekey", "--db", str(path)),
    ]
    for command in commands:
        result = run(*command, stdin=ADMIN_PW + "\n")
        assert result.returncode == 8, (command, result.stderr)
        assert "damaged" in result.stderr and "restore" in result.stderr
        assert "Traceback" not in result.stderr
        assert digest(path) == before, command
    # a damaged backup is not restored over a sound file either
    damaged_copy = tmp_path / "damaged-copy.db"
    damaged_copy.write_bytes(path.read_bytes())
    sound = tmp_path / "sound.db"
    sound.write_bytes(good.read_bytes())
    sound_digest = digest(sound)
    result = run("restore", "--backup", str(damaged_copy), "--db", str(sound), "--force")
    assert result.returncode == 8 and "Traceback" not in result.stderr
    assert digest(sound) == sound_digest
    # the remedy: a good backup restored over the damaged file
    result = run("restore", "--backup", str(good), "--db", str(path), "--force")
    assert result.returncode == 0, result.stderr
    assert run("verify", "--db", str(path)).returncode == 0


def test_backup_list_and_restore_latest(run, initialised, tmp_path):  # noqa: F811
    path, _ = initialised
    listed = run("backup", "--db", str(path), "--list")
    assert listed.returncode == 0 and "none" in listed.stderr
    made = run("backup", "--db", str(path))
    assert made.returncode == 0, made.stderr
    name = re.search(r"(lead-[0-9a-f]{16}-auto-\d{8}-\d{6}\.db)", made.stdout).group(1)
    assert name in run("backup", "--db", str(path), "--list").stdout
    result = run("restore", "--latest", "--db", str(path), "--force")
    assert result.returncode == 0, result.stderr
    assert name in result.stdout
    empty = tmp_path / "elsewhere"
    empty.mkdir()
    result = run("restore", "--latest", "--folder", str(empty), "--db", str(path), "--force")
    assert result.returncode == 3 and "No backup" in result.stderr


def test_help_lists_the_new_exit_codes(run):  # noqa: F811
    out = run("--help").stdout
    for code in ("16  stale key", "17  another workstation", "18  refused"):
        assert code in out
