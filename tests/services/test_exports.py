"""Exports are deliberate: saved files are audited (what, where, by whom, hash), never
overwrite, and an administrator can turn saving to disk off, in the app and lead-admin."""

from __future__ import annotations

import hashlib
import io
import json

import pytest
from sqlalchemy import select

from lead_desktop.cli.main import main as lead_admin
from lead_desktop.errors import InvalidInput, PermissionDenied
from lead_desktop.models import AuditEntry
from lead_desktop.security.roles import Role
from lead_desktop.services.exports import ExportService, default_export_folder
from tests.conftest import ADMIN_PASSWORD

PDF = b"%PDF-1.7 a document\n%%EOF\n"


@pytest.fixture
def exports(db):
    return ExportService(db)


def _entries(db, event):
    with db.read() as session:
        return session.scalars(select(AuditEntry).where(AuditEntry.event == event)
                               .order_by(AuditEntry.seq)).all()


def test_a_saved_pdf_is_audited_as_an_export(exports, db, staff, tmp_path):
    clerk = staff[Role.CLERK]
    saved = exports.save_pdf(clerk, "CON-2026-000001", PDF, tmp_path / "out" / "c.pdf")
    assert saved.read_bytes() == PDF
    [entry] = _entries(db, "document.export")
    details = json.loads(entry.details)
    assert entry.record_id == "CON-2026-000001" and entry.username == clerk.username
    assert details == {"how": "save_pdf", "where": str(saved.resolve()),
                       "sha256": hashlib.sha256(PDF).hexdigest()}


def test_an_existing_file_is_never_overwritten(exports, staff, tmp_path):
    target = tmp_path / "c.pdf"
    target.write_bytes(b"keep me")
    with pytest.raises(InvalidInput, match="nothing was overwritten"):
        exports.save_pdf(staff[Role.CLERK], "CON-1", PDF, target)
    assert target.read_bytes() == b"keep me"


def test_saving_turned_off_refuses_and_audits(exports, db, admin, staff, tmp_path):
    assert exports.saving_allowed()
    exports.set_saving_allowed(admin, False)
    assert not exports.saving_allowed()
    with pytest.raises(PermissionDenied, match="print on paper"):
        exports.save_pdf(staff[Role.CLERK], "CON-1", PDF, tmp_path / "c.pdf")
    assert not (tmp_path / "c.pdf").exists()
    [refused] = _entries(db, "document.export")
    assert refused.outcome == "failure" and refused.reason == "saving_turned_off"
    assert _entries(db, "config.change")[-1].record_id == "documents.save_to_disk"


def test_only_administrators_change_the_setting(exports, staff):
    with pytest.raises(PermissionDenied):
        exports.set_saving_allowed(staff[Role.CASE_MANAGER], False)
    with pytest.raises(PermissionDenied):
        exports.set_saving_allowed(staff[Role.AUDITOR], False)
    assert exports.saving_allowed()


def test_the_default_folder_is_the_users_own(isolated):
    assert default_export_folder().is_relative_to(isolated)


def test_lead_admin_settings_turns_saving_off(db, admin, exports, monkeypatch, capsys):
    monkeypatch.setattr("sys.stdin", io.StringIO(ADMIN_PASSWORD + "\n"))
    assert lead_admin(["settings", "--db", str(db.path), "--as", "admin", "--password-stdin",
                       "--save-to-disk", "off"]) == 0
    assert "save-to-disk: off" in capsys.readouterr().out
    assert not exports.saving_allowed()


def test_an_unwritable_place_is_a_clear_message_and_no_export(exports, db, staff, tmp_path):
    blocker = tmp_path / "a-file"
    blocker.write_text("not a folder")
    with pytest.raises(InvalidInput, match="Nothing was written"):
        exports.save_pdf(staff[Role.CLERK], "CON-1", PDF, blocker / "c.pdf")
    assert _entries(db, "document.export") == []
