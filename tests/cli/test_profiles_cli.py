"""`lead-admin profiles`: export, edit, add back, diff; a file with mistakes is refused with
every mistake named and the database file left byte for byte as it was."""

from __future__ import annotations

import pytest

from tests.cli.test_lead_admin import ADMIN_PW, digest, run  # noqa: F401 - fixtures

pytestmark = pytest.mark.slow  # each command is a process of its own


@pytest.fixture
def wilmington(run, tmp_path):  # noqa: F811
    path = tmp_path / "lead.db"
    result = run("init", "--db", str(path), "--admin", "admin", "--display-name", "Ada Admin",
                 "--profile", "wilmington-nc@1", "--password-stdin", stdin=ADMIN_PW + "\n")
    assert result.returncode == 0, result.stderr
    return path


def test_export_edit_add_diff(run, wilmington, tmp_path):  # noqa: F811
    db = str(wilmington)
    exported = tmp_path / "wilmington.toml"
    assert run("profiles", "export", "--db", db, "--out", str(exported)).returncode == 0
    text = exported.read_text(encoding="utf-8")
    assert 'id = "wilmington-nc"' in text and "version = 1" in text

    # Round trip: the same file back is version 2 with identical rules.
    added = run("profiles", "add", "--db", db, "--as", "admin", "--password-stdin",
                str(exported), "--note", "round trip", stdin=ADMIN_PW + "\n")
    assert added.returncode == 0, added.stderr
    same = run("profiles", "diff", "--db", db, "wilmington-nc@1", "wilmington-nc@2")
    assert "have the same rules" in same.stdout
    again = run("profiles", "export", "--db", db, "wilmington-nc@2")
    assert again.stdout == text.replace("version = 1", "version = 2")

    # An edited catchment: version 3, and the diff names the one setting.
    edited = tmp_path / "edited.toml"
    edited.write_text(text.replace('"Waynesville Police Department"]',
                                   '"Waynesville Police Department", "Castle Hayne PD"]'),
                      encoding="utf-8")
    assert run("profiles", "add", "--db", db, "--as", "admin", "--password-stdin",
               str(edited), stdin=ADMIN_PW + "\n").returncode == 0
    diff = run("profiles", "diff", "--db", db, "wilmington-nc@2", "wilmington-nc@3").stdout
    assert diff.splitlines()[0].split() == ["setting", "wilmington-nc@2", "wilmington-nc@3"]
    assert [line.split()[0] for line in diff.splitlines()[1:]] == ["exclusions.catchment_areas"]
    assert "Castle Hayne PD" in diff
    listed = run("profiles", "list", "--db", db).stdout
    in_force = [line.split()[0] for line in listed.splitlines() if "<- new referrals" in line]
    assert in_force == ["wilmington-nc@3"]
    shown = run("profiles", "show", "--db", db).stdout
    assert shown.startswith("# Wilmington NC, version 3") and "Ada Admin" in shown


def test_a_file_with_mistakes_is_refused_unchanged(run, wilmington, tmp_path):  # noqa: F811
    db = str(wilmington)
    text = run("profiles", "export", "--db", db).stdout
    bad = tmp_path / "bad.toml"
    bad.write_text(text.replace('compliance_model = "compliance"', 'compliance_model = "strict"')
                   .replace("min_age = 18", 'min_age = "eighteen"'), encoding="utf-8")
    before = digest(wilmington)
    refused = run("profiles", "add", "--db", db, "--as", "admin", "--password-stdin", str(bad),
                  stdin=ADMIN_PW + "\n")
    assert refused.returncode != 0
    for mistake in ("compliance_model", "exclusions.min_age"):
        assert mistake in refused.stderr, refused.stderr
    assert digest(wilmington) == before
    assert "wilmington-nc@2" not in run("profiles", "list", "--db", db).stdout
