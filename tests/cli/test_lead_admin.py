"""lead-admin as IT runs it: a real process, real files, a real keyring in a temp folder."""

from __future__ import annotations

import hashlib
import os
import re
import sqlite3

import pytest

from tests.conftest import isolated_env
from tests.support import lead_admin_process

ADMIN_PW = "copper kettle on the stove"
NEW_PW = "seven herons cross the grey estuary"


@pytest.fixture
def run(isolated):
    env = {**os.environ, **isolated_env(isolated)}

    def _run(*args, stdin: str = "", fresh: bool = False):  # a process per command
        return lead_admin_process.run(args, stdin=stdin, env=env, timeout=120, fresh=fresh)
    return _run


@pytest.fixture
def initialised(run, tmp_path):
    path = tmp_path / "lead.db"
    result = run("init", "--db", str(path), "--admin", "admin", "--display-name", "Ada Admin",
                 "--password-stdin", stdin=ADMIN_PW + "\n")
    assert result.returncode == 0, result.stderr
    recovery = re.search(r"([0-9A-Z]{5}(?:-[0-9A-Z]{5}){11})", result.stdout).group(1)
    return path, recovery


def digest(path):
    return hashlib.sha256(path.read_bytes()).hexdigest()


def test_help_documents_exit_codes(run):
    result = run("--help", fresh=True)  # `python -m lead_desktop.cli.main`: a new interpreter
    assert result.returncode == 0
    for command in ("init", "verify", "backup", "restore", "enroll", "rekey", "users"):
        assert command in result.stdout
    assert "exit codes" in result.stdout and "unencrypted" in result.stdout


def test_init_prints_the_recovery_key_once_and_verify_passes(run, initialised):
    path, recovery = initialised
    result = run("verify", "--db", str(path))
    assert result.returncode == 0, result.stderr
    assert "integrity: ok" in result.stdout and "audit chain intact" in result.stdout
    assert recovery not in result.stdout


def test_init_refuses_an_existing_file(run, initialised):
    path, _ = initialised
    before = digest(path)
    result = run("init", "--db", str(path), "--admin", "x2", "--password-stdin",
                 stdin=ADMIN_PW + "\n")
    assert result.returncode == 12 and "already exists" in result.stderr
    assert digest(path) == before


def test_init_into_a_folder_that_cannot_be_written_says_so(run, tmp_path):
    (tmp_path / "a file").write_text("not a folder")
    for where in (tmp_path / "a file" / "lead.db", "/proc/lead-test.db"):
        result = run("init", "--db", str(where), "--admin", "admin", "--password-stdin",
                     stdin=ADMIN_PW + "\n")
        assert result.returncode == 13, result.stderr
        assert "cannot be created" in result.stderr and "unexpected" not in result.stderr
        assert "Choose a folder" in result.stderr


def test_init_with_a_weak_password_creates_nothing(run, tmp_path):
    path = tmp_path / "weak.db"
    result = run("init", "--db", str(path), "--admin", "admin", "--password-stdin",
                 stdin="password\n")
    assert result.returncode == 13 and "at least" in result.stderr
    assert not path.exists()


def test_distinct_exit_codes_and_untouched_files(run, initialised, tmp_path):
    path, _ = initialised
    assert run("verify", "--db", str(tmp_path / "missing.db")).returncode == 3

    plain = tmp_path / "plain.db"
    sqlite3.connect(plain).execute("CREATE TABLE t (x)").connection.commit()
    before = digest(plain)
    result = run("verify", "--db", str(plain))
    assert result.returncode == 6 and "unencrypted" in result.stderr
    assert digest(plain) == before

    cut = tmp_path / "cut.db"
    cut.write_bytes(path.read_bytes()[:5000])
    assert run("verify", "--db", str(cut)).returncode == 7

    # a copy from before a rekey: the stored key is now the new one
    old_copy = tmp_path / "before-rekey.db"
    old_copy.write_bytes(path.read_bytes())
    assert run("rekey", "--db", str(path)).returncode == 0
    before = digest(old_copy)
    result = run("verify", "--db", str(old_copy))
    assert result.returncode == 16 and "recovery key" in result.stderr  # a stale key
    assert digest(old_copy) == before

    # a damaged file whose key is right
    damaged = tmp_path / "damaged.db"
    data = bytearray(path.read_bytes())
    data[200:300] = bytes(100)
    damaged.write_bytes(bytes(data))
    result = run("verify", "--db", str(damaged))
    assert result.returncode == 8 and "damaged" in result.stderr


def test_missing_key_then_enroll(run, initialised, isolated):
    path, recovery = initialised
    for keyring_file in (isolated / "xdg-data").rglob("*.cfg"):
        keyring_file.unlink()  # the credential store was wiped or replaced
    result = run("verify", "--db", str(path))
    assert result.returncode == 4 and "enroll" in result.stderr
    assert run("enroll", "--db", str(path), stdin="not a key\n").returncode == 13
    result = run("enroll", "--db", str(path), stdin=recovery.lower() + "\n")
    assert result.returncode == 0, result.stderr
    assert run("verify", "--db", str(path)).returncode == 0


def test_backup_restore_rekey(run, initialised, tmp_path):
    path, recovery = initialised
    out = tmp_path / "backup.db"
    assert run("backup", "--db", str(path), "--out", str(out)).returncode == 0
    assert run("backup", "--db", str(path), "--out", str(out)).returncode == 12
    assert run("restore", "--backup", str(out), "--db", str(path)).returncode == 12
    result = run("restore", "--backup", str(out), "--db", str(path), "--force")
    assert result.returncode == 0 and "kept at" in result.stdout
    result = run("rekey", "--db", str(path))
    assert result.returncode == 0, result.stderr
    new_recovery = re.search(r"([0-9A-Z]{5}(?:-[0-9A-Z]{5}){11})", result.stdout).group(1)
    assert new_recovery != recovery
    assert run("verify", "--db", str(path)).returncode == 0
    assert run("enroll", "--db", str(path), stdin=recovery + "\n").returncode == 5


def test_users_commands(run, initialised):
    path, _ = initialised
    base = ["--db", str(path), "--as", "admin", "--password-stdin"]
    result = run("users", "add", *base, "--username", "jdoe", "--name", "Jane Doe",
                 "--role", "case_manager", stdin=ADMIN_PW + "\n")
    assert result.returncode == 0, result.stderr
    temporary = result.stdout.strip().split()[-1]
    assert run("users", "add", *base, "--username", "jdoe", "--name", "J", "--role", "clerk",
               stdin=ADMIN_PW + "\n").returncode == 12
    assert run("users", "list", *base, stdin="wrong password\n").returncode == 11
    for _ in range(5):
        run("users", "list", "--db", str(path), "--as", "jdoe", "--password-stdin",
            stdin="wrong password\n")
    locked = run("users", "list", "--db", str(path), "--as", "jdoe", "--password-stdin",
                 stdin=temporary + "\n")
    assert locked.returncode == 11 and "locked" in locked.stderr
    assert run("users", "unlock", *base, "--username", "jdoe", stdin=ADMIN_PW + "\n").returncode == 0
    # a temporary password does nothing in lead-admin but be changed (audited as refused)
    own = ("--db", str(path), "--as", "jdoe", "--password-stdin")
    refused = run("users", "list", *own, stdin=temporary + "\n")
    assert refused.returncode == 11 and "temporary password" in refused.stderr
    assert "users change-password" in refused.stderr
    differ = run("users", "change-password", *own,
                 stdin=f"{temporary}\n{NEW_PW}\nsomething else entirely\n")
    assert differ.returncode == 13 and "differ" in differ.stderr
    changed = run("users", "change-password", *own, stdin=f"{temporary}\n{NEW_PW}\n{NEW_PW}\n")
    assert changed.returncode == 0, changed.stderr
    # a case manager may sign in but not administer accounts
    denied = run("users", "list", *own, stdin=NEW_PW + "\n")
    assert denied.returncode == 11 and "may not" in denied.stderr
    reset = run("users", "reset-password", *base, "--username", "jdoe", stdin=ADMIN_PW + "\n")
    assert reset.returncode == 0
    assert run("users", "disable", *base, "--username", "jdoe", "--reason", "left",
               stdin=ADMIN_PW + "\n").returncode == 0
    listing = run("users", "list", *base, stdin=ADMIN_PW + "\n").stdout
    assert re.search(r"jdoe\s+case_manager\s+disabled", listing)
    assert run("verify", "--db", str(path)).returncode == 0


def test_templates_add_checks_the_map_then_registers(run, initialised, tmp_path):
    from tests.documents.test_agency_template import FIELD_MAP, court_form

    path, _ = initialised
    court_form(tmp_path / "form.pdf")
    (tmp_path / "map.toml").write_text(FIELD_MAP)
    (tmp_path / "typo.toml").write_text(FIELD_MAP.replace('"DOB"', '"D0B"'))
    base = ["--db", str(path), "--as", "admin", "--password-stdin", "--kind", "summons",
            "--pdf", str(tmp_path / "form.pdf")]
    refused = run("templates", "add", *base, "--map", str(tmp_path / "typo.toml"),
                  stdin=ADMIN_PW + "\n")
    assert refused.returncode == 13
    assert "the PDF has no field named 'D0B'" in refused.stderr
    added = run("templates", "add", *base, "--map", str(tmp_path / "map.toml"),
                stdin=ADMIN_PW + "\n")
    assert added.returncode == 0, added.stderr
    assert "Registered Application for Criminal Complaint (agency copy) v3 for summons (4 fields)" in added.stdout
    again = run("templates", "add", *base, "--map", str(tmp_path / "map.toml"),
                stdin=ADMIN_PW + "\n")
    assert again.returncode == 12 and "already registered" in again.stderr
    listed = run("templates", "list", "--db", str(path), "--as", "admin", "--password-stdin",
                 stdin=ADMIN_PW + "\n")
    assert listed.returncode == 0
    assert listed.stdout.count("Application for Criminal Complaint (agency copy) v3") == 1
    assert "in use" in listed.stdout


def test_users_teams(run, initialised):
    path, _ = initialised
    base = ["--db", str(path), "--as", "admin", "--password-stdin"]
    added = run("users", "add", *base, "--username", "lee", "--name", "Lee Park",
                "--role", "supervisor", "--team", "  North   side ", stdin=ADMIN_PW + "\n")
    assert added.returncode == 0, added.stderr
    listed = run("users", "list", *base, stdin=ADMIN_PW + "\n").stdout
    assert re.search(r"^lee\s+supervisor\s+active\s+North side\s+Lee Park$", listed, re.M)
    moved = run("users", "set-team", *base, "--username", "lee", "--team", "",
                stdin=ADMIN_PW + "\n")
    assert moved.returncode == 0 and "lee is in no team." in moved.stdout
    listed = run("users", "list", *base, stdin=ADMIN_PW + "\n").stdout
    assert re.search(r"^lee\s+supervisor\s+active\s+-\s+Lee Park$", listed, re.M)


@pytest.mark.slow  # seven lead-admin processes
def test_courts_and_agencies_are_kept_and_timers_run_from_a_scheduled_task(run, initialised):
    path, _ = initialised
    sign_in = ("--db", str(path), "--as", "admin", "--password-stdin")
    added = run("courts", "add", *sign_in, "--name", "Worcester District Court",
                "--address", "225 Main Street, Worcester, MA 01608", "--division", "Central",
                "--sessions", "Mon 09:00; thursday 14:00", stdin=ADMIN_PW + "\n")
    assert added.returncode == 0, added.stderr
    assert "Mon 09:00; Thu 14:00" in added.stdout
    bad = run("courts", "add", *sign_in, "--name", "X", "--address", "Y",
              "--sessions", "Funday 9", stdin=ADMIN_PW + "\n")
    assert bad.returncode == 13 and "Funday 9" in bad.stderr
    agency = run("agencies", "add", *sign_in, "--name", "Worcester PD", "--address",
                 "9-11 Lincoln Square", "--badge-format", r"\d{4}", stdin=ADMIN_PW + "\n")
    assert agency.returncode == 0, agency.stderr
    nested = run("agencies", "add", *sign_in, "--name", "Leicester PD", "--address",
                 "3 Washburn Square", "--badge-format", "[[[", stdin=ADMIN_PW + "\n")
    assert nested.returncode == 13 and "nested set" in nested.stderr
    assert "Warning" not in nested.stderr and ".py" not in nested.stderr  # one clear line
    listed = run("courts", "list", "--db", str(path))
    assert "Worcester District Court – Central" in listed.stdout
    assert "Worcester PD" in run("agencies", "list", "--db", str(path)).stdout
    timers = run("run-timers", "--db", str(path))
    assert timers.returncode == 0 and "Timers run: 0 case(s) moved." in timers.stdout


def test_users_set_role(run, initialised):
    path, _ = initialised
    base = ["--db", str(path), "--as", "admin", "--password-stdin"]
    assert run("users", "add", *base, "--username", "lee", "--name", "Lee Park",
               "--role", "case_manager", stdin=ADMIN_PW + "\n").returncode == 0
    changed = run("users", "set-role", *base, "--username", "lee", "--role", "supervisor",
                  stdin=ADMIN_PW + "\n")
    assert changed.returncode == 0 and "lee is now Supervisor" in changed.stdout
    listed = run("users", "list", *base, stdin=ADMIN_PW + "\n").stdout
    assert re.search(r"^lee\s+supervisor\s+active", listed, re.M)
    own = run("users", "set-role", *base, "--username", "admin", "--role", "auditor",
              stdin=ADMIN_PW + "\n")
    assert own.returncode == 13 and "own role" in own.stderr


def test_demo_data_is_refused_on_a_database_not_created_as_a_demo(run, initialised):
    """Synthetic participants never go into a program's real database: refused, nothing
    written; a database made with `init --demo` takes them."""
    path, _ = initialised
    result = run("demo-data", "--db", str(path), "--participants", "2")
    assert result.returncode != 0 and "not created as a demo" in result.stderr, result.stderr
    assert "Traceback" not in result.stderr and "Generated" not in result.stdout


@pytest.mark.slow
def test_the_retention_of_removed_attachments(run, initialised):
    """The administrator enters the period; only a supervisor approves purging (now, or by
    the timers); run-timers then purges as the app's timers do."""
    path, _ = initialised
    base = ["--db", str(path), "--as", "admin", "--password-stdin"]
    shown = run("settings", *base, "--attachment-retention-days", "400", stdin=ADMIN_PW + "\n")
    assert shown.returncode == 0, shown.stderr
    assert "attachment-retention-days: 400" in shown.stdout
    assert run("settings", *base, "--attachment-retention-days", "3",
               stdin=ADMIN_PW + "\n").returncode != 0
    added = run("users", "add", *base, "--username", "sam", "--name", "Sam Supervisor",
                "--role", "supervisor", stdin=ADMIN_PW + "\n")
    temporary = added.stdout.strip().split()[-1]
    refused = run("attachments-purge", *base, "--automatic", "on", stdin=ADMIN_PW + "\n")
    assert refused.returncode == 11 and "supervisor" in refused.stderr
    sup = ["--db", str(path), "--as", "sam", "--password-stdin"]
    early = run("attachments-purge", *sup, "--now", stdin=temporary + "\n")
    assert early.returncode == 11 and "temporary password" in early.stderr  # change it first
    assert run("users", "change-password", *sup,
               stdin=f"{temporary}\n{NEW_PW}\n{NEW_PW}\n").returncode == 0
    approved = run("attachments-purge", *sup, "--automatic", "on", "--now",
                   stdin=NEW_PW + "\n")
    assert approved.returncode == 0, approved.stderr
    assert "Deleted the content of 0 removed attachment(s)" in approved.stdout
    assert "automatic purging: on since" in approved.stdout
    timers = run("run-timers", "--db", str(path))
    assert timers.returncode == 0 and "Retention: the content of 0" in timers.stdout
