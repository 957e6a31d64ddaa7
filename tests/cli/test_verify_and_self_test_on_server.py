"""`lead-admin verify --url` and `lead-admin self-test --url` (or the server the settings
name) against a server database set up as SERVER.md says (the DBA's roles, init as the
owner, workstations as the application role): passing, and naming what is wrong."""

from __future__ import annotations

import pytest
from sqlalchemy import select

from lead_desktop import self_test
from lead_desktop.cli.main import main
from lead_desktop.models import AuditEntry
from lead_desktop.settings import Settings
from tests.support import postgres
from tests.ui.test_server_care_panel import (  # noqa: F401 - the department's fixture
    APP_PASSWORD,
    OWNER_PASSWORD,
    _as_dba,
    _open_as,
    department,
)

pytestmark = pytest.mark.slow


def _app_url(server) -> str:  # noqa: ANN001
    return server.url("lead_care", user="care_app", password="").replace(":@", "@")


def test_verify_url_checks_the_server_the_chain_and_every_record(department, key_store,
                                                                  capsys):
    _open_as(department, key_store, "care_app", APP_PASSWORD).close()  # password stored
    verify = ["verify", "--url", _app_url(department), "--allow-loopback-without-tls"]
    assert main(verify) == 0
    out = capsys.readouterr().out
    assert "rights:            ok" in out and "audit protection:  ok" in out
    assert "encryption:        ok" in out and "integrity" not in out  # no file's pages
    assert "audit chain intact" in out and "match their seals" in out

    # a record changed outside the app (psql, as the owner) no longer matches its seal
    _as_dba(department, ["UPDATE profile_versions SET note = 'quietly changed' WHERE id = "
                         "(SELECT min(id) FROM profile_versions)"], "lead_care")
    assert main(verify) == 10
    out = capsys.readouterr().out
    assert "changed outside the app" in out
    with _open_as(department, key_store, "care_app", APP_PASSWORD) as database, \
            database.read() as session:
        outcomes = session.scalars(select(AuditEntry.outcome).where(
            AuditEntry.event == "audit.verify").order_by(AuditEntry.seq)).all()
    assert outcomes == ["success", "failure"]


def test_verify_url_names_a_role_that_could_rewrite_the_audit_log(department, key_store,
                                                                  capsys):
    _open_as(department, key_store, "care_owner", OWNER_PASSWORD).close()
    owner = department.url("lead_care", user="care_owner", password="").replace(":@", "@")
    assert main(["verify", "--url", owner, "--allow-loopback-without-tls"]) == 10
    assert "rights:            PROBLEM" in capsys.readouterr().out


def test_self_test_checks_the_server_given_or_named_by_the_settings(department, key_store,
                                                                     isolated):
    _open_as(department, key_store, "care_app", APP_PASSWORD).close()
    [result] = self_test.run_checks([self_test.server_to_check(
        _app_url(department), plaintext_loopback=True)])
    assert result.passed, result.detail
    assert "schema" in result.detail and "search answers" in result.detail

    assert self_test.server_to_check() is None  # a workstation on a file: no server line
    settings = Settings.load()
    settings.database_path = _app_url(department)
    settings.server_plaintext_loopback = True
    settings.save()
    name, check = self_test.server_to_check()
    assert name == "server" and "search answers" in check()

    # the superuser's connection: the self-test fails and says why
    _open_as(department, key_store, postgres.SUPERUSER, department.password).close()
    superuser = department.url("lead_care", password="").replace(":@", "@")
    [result] = self_test.run_checks([self_test.server_to_check(superuser, True)])
    assert not result.passed and "a superuser" in result.detail


def test_verify_url_names_a_trigger_that_kept_its_name_but_lets_changes_through(
        department, key_store, capsys):
    _open_as(department, key_store, "care_app", APP_PASSWORD).close()
    verify = ["verify", "--url", _app_url(department), "--allow-loopback-without-tls"]
    _as_dba(department, ["CREATE OR REPLACE FUNCTION audit_log_append_only() RETURNS trigger "
                         "AS $$ BEGIN RETURN NEW; END $$ LANGUAGE plpgsql"], "lead_care")
    assert main(verify) == 10
    assert "was replaced by one that does something else" in capsys.readouterr().out
    _as_dba(department, ["CREATE OR REPLACE FUNCTION audit_log_append_only() RETURNS trigger "
                         "AS $$ BEGIN RAISE EXCEPTION 'the audit log is append-only'; END $$ "
                         "LANGUAGE plpgsql",
                         "CREATE FUNCTION lead_note() RETURNS trigger AS $$ BEGIN RETURN NEW; "
                         "END $$ LANGUAGE plpgsql",
                         "CREATE TRIGGER audit_log_note AFTER INSERT ON audit_log "
                         "FOR EACH ROW EXECUTE FUNCTION lead_note()"], "lead_care")
    assert main(verify) == 10
    assert "unknown triggers were added to the audit log (audit_log_note)" in \
        capsys.readouterr().out
