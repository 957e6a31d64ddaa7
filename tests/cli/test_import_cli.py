"""`lead-admin import` as a supervisor runs it: a real process, a real encrypted file."""

from __future__ import annotations

import csv
import json
import os
import re

import pytest

from tests.conftest import isolated_env
from tests.support import lead_admin_process

ADMIN_PW = "copper kettle on the stove"
HEADER = ["Last name", "First name", "DOB", "Referral type", "Referral date", "Officer",
          "Badge", "Agency", "Location", "Incident", "Offense code", "Substance", "Quantity",
          "Unit"]
ARREST = ["arrest diversion", "2025-11-03", "Dana Reyes", "4471", "Seattle PD", "3rd & Pine",
          "SPD-1", "69.50.4013", "heroin", "0.5", "g"]


@pytest.fixture
def run(isolated):
    env = {**os.environ, **isolated_env(isolated)}

    def _run(*args, stdin: str = ""):  # a process per command (lead_admin_process.py)
        return lead_admin_process.run(args, stdin=stdin, env=env, timeout=180)
    return _run


@pytest.fixture
def database(run, tmp_path):
    """A Seattle database with a supervisor (temporary password changed) who imports."""
    path = tmp_path / "lead.db"
    made = run("init", "--db", str(path), "--admin", "admin", "--display-name", "Ada Admin",
               "--profile", "seattle-lead@1", "--password-stdin", stdin=ADMIN_PW + "\n")
    assert made.returncode == 0, made.stderr
    added = run("users", "add", "--db", str(path), "--as", "admin", "--password-stdin",
                "--username", "sam", "--name", "Sam Supervisor", "--role", "supervisor",
                stdin=ADMIN_PW + "\n")
    assert added.returncode == 0, added.stderr
    temporary = re.search(r"Temporary password.*: (\S.*)$", added.stdout, re.M).group(1)
    password = "seven herons cross the grey estuary"   # lead-admin refuses a temporary one
    changed = run("users", "change-password", "--db", str(path), "--as", "sam",
                  "--password-stdin", stdin=f"{temporary}\n{password}\n{password}\n")
    assert changed.returncode == 0, changed.stderr
    return path, password


def write(path, rows):
    with open(path, "w", newline="", encoding="utf-8") as f:
        csv.writer(f).writerows([HEADER, *rows])
    return path


@pytest.mark.slow
def test_dry_run_then_import_from_the_command_line(run, database, tmp_path):
    path, password = database
    sup = ("--db", str(path), "--as", "sam", "--password-stdin")
    rows = [["Rivera", "Ana", "1991-06-02", *ARREST],
            ["Rivera", "Anna", "1991-06-02", *ARREST],       # the same person, a typo
            ["Okafor", "Lee", "1985-06-14", *ARREST[:1], "next week", *ARREST[2:]]]
    sheet = write(tmp_path / "roster.csv", rows)

    dry = run("import", str(sheet), *sup, "--dry-run", stdin=password + "\n")
    assert dry.returncode == 13, dry.stderr             # it would be refused: a bad row
    assert "Dry run (nothing was saved)" in dry.stdout
    assert "3 rows: 1 new people with their case, 1 matching someone on file (skipped), " \
           "1 bad" in dry.stdout
    assert "row 3 (Rivera, Anna): matches Rivera, Ana (1991-06-02), row 2 of this file" \
        in dry.stdout
    assert "row 4 (Okafor, Lee): bad: Referral date: 'next week' is not a date" in dry.stdout
    assert "would be refused" in dry.stderr

    refused = run("import", str(sheet), *sup, stdin=password + "\n")
    assert refused.returncode == 13
    assert "Not imported: the file has bad rows, nothing was saved" in refused.stdout

    # the mapping, edited: the file's "DOB" column left out on purpose
    mapping = json.loads(run("import", str(sheet), *sup, "--print-mapping",
                             stdin=password + "\n").stdout)
    assert mapping["dob"] == "DOB" and mapping["referred_at"] == "Referral date"
    del mapping["dob"]
    mapping_file = tmp_path / "mapping.json"
    mapping_file.write_text(json.dumps(mapping))
    write(sheet, rows[:2])
    done = run("import", str(sheet), *sup, "--mapping", str(mapping_file), "--matched", "new",
               stdin=password + "\n")
    assert done.returncode == 0, done.stdout + done.stderr
    assert "columns mapped from --mapping" in done.stdout
    assert "Imported: roster.csv" in done.stdout and "2 new people" in done.stdout

    admin = run("import", str(sheet), "--db", str(path), "--as", "admin", "--password-stdin",
                "--dry-run", stdin=ADMIN_PW + "\n")
    assert admin.returncode == 11 and "supervisor" in admin.stderr


@pytest.mark.slow
def test_a_row_matching_someone_on_file_is_linked_from_the_command_line(run, database,
                                                                        tmp_path):
    """Ana Rivera is imported (her case exited when she moved); a later file names her
    again: the dry run shows her on file with her id, and --link attaches the new row's case
    to her."""
    path, password = database
    sup = ("--db", str(path), "--as", "sam", "--password-stdin")
    exits = ["Status", "Exit date", "Exit type", "Exit reason"]
    one = tmp_path / "one.csv"
    with open(one, "w", newline="", encoding="utf-8") as f:
        csv.writer(f).writerows([HEADER + exits, ["Rivera", "Ana", "1991-06-02", *ARREST,
                                                  "exited", "2025-12-01", "moved", "moved"]])
    first = run("import", str(one), *sup, stdin=password + "\n")
    assert first.returncode == 0, first.stdout + first.stderr
    later = ["2026-01-05" if v == "2025-11-03" else v for v in ARREST]
    sheet = write(tmp_path / "two.csv", [["Rivera", "Ana", "1991-06-02", *later]])
    dry = run("import", str(sheet), *sup, "--dry-run", stdin=password + "\n")
    found = re.search(r"row 2 \(Rivera, Ana\): matches Rivera, Ana \(1991-06-02\), on file, "
                      r"score \d+, person (\S+)", dry.stdout)
    assert found, dry.stdout
    bad = run("import", str(sheet), *sup, "--link", "2", stdin=password + "\n")
    assert bad.returncode == 13 and "--link is ROW=PERSON_ID" in bad.stderr
    done = run("import", str(sheet), *sup, "--link", f"2={found.group(1)}",
               stdin=password + "\n")
    assert done.returncode == 0, done.stdout + done.stderr
    assert "0 new people" in done.stdout and "1 attached to someone on file" in done.stdout
    assert f"row 2 (Rivera, Ana): case attached to the person on file {found.group(1)}" \
        in done.stdout
