"""Profiles kept in the database as versions (issue 13)."""

from dataclasses import replace

import pytest

from lead_desktop.errors import PermissionDenied
from lead_desktop.models import AuditEntry, ProfileVersion, User
from lead_desktop.security.roles import Role
from lead_desktop.services.program.profile import ProfileError, bundled_profiles
from lead_desktop.services.program.profile_store import ProfileStore
from tests.support import steps

pytestmark = pytest.mark.postgres  # runs on the encrypted file and on PostgreSQL


def test_the_presets_are_in_a_new_database(db):
    store = ProfileStore(db)
    assert set(bundled_profiles()) <= set(store)
    assert store["seattle-lead@1"] == bundled_profiles()["seattle-lead@1"]
    history = store.history("seattle-lead")
    assert [v.version for v in history] == [1] and history[0].note == "bundled preset"


def test_export_then_add_gives_an_identical_version(db, staff):
    store, admin = ProfileStore(db), staff[Role.ADMINISTRATOR]
    text = store.export("wilmington-nc@1")
    added = store.add_text(admin, text, "round trip")
    assert added.key == "wilmington-nc@2"
    assert store.export("wilmington-nc@2") == text.replace("version = 1", "version = 2")
    fresh = ProfileStore(db)  # read back from the database, not the cache
    assert fresh["wilmington-nc@2"].exclusions == fresh["wilmington-nc@1"].exclusions
    assert fresh.current_key() == "wilmington-nc@2"
    with db.read() as session:
        name = session.get(User, admin.user_id).display_name
    latest = fresh.history("wilmington-nc")[-1]
    assert (latest.created_by, latest.note, latest.in_force) == (name, "round trip", True)


def test_a_file_with_mistakes_is_refused_with_every_mistake_named(db, staff):
    store, admin = ProfileStore(db), staff[Role.ADMINISTRATOR]
    text = store.export("worcester-buyer-diversion@1")
    bad = (text.replace('compliance_model = "compliance"', 'compliance_model = "strict"')
               .replace("caseload_max = 25", "caseload_max = -3")
               .replace("[timers]", "colour = \"blue\"\n\n[timers]"))
    with db.read() as session:
        before = session.query(ProfileVersion).count(), session.query(AuditEntry).count()
    with pytest.raises(ProfileError) as refused:
        store.add_text(admin, bad, source="worcester.toml")
    message = str(refused.value)
    for field in ("compliance_model", "caseload_max", "exclusions.colour"):
        assert field in message
    with db.read() as session:
        after = session.query(ProfileVersion).count(), session.query(AuditEntry).count()
    assert after == before


def test_only_an_administrator_adds_a_version(db, staff):
    store = ProfileStore(db)
    with pytest.raises(PermissionDenied):
        store.add_text(staff[Role.SUPERVISOR], store.export("seattle-lead@1"))
    assert "seattle-lead@2" not in ProfileStore(db)


def test_a_case_keeps_its_version_when_a_new_one_is_added(program, staff, db):
    case = steps.active_case(program, staff, "seattle-lead@1")
    store = ProfileStore(db)
    longer = replace(store["seattle-lead@1"], intake_deadline_days=45)
    changed = store.add_version(staff[Role.ADMINISTRATOR], longer, "longer intake")
    assert changed.key == "seattle-lead@2"
    assert program.cases.get(staff[Role.CASE_MANAGER], case.id).profile_key == "seattle-lead@1"
    assert program.cases.profile_of(case).intake_deadline_days == 30
