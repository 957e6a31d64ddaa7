"""The role × data matrix of security.md, checked in the service layer."""

import pytest

from lead_desktop.errors import PermissionDenied
from lead_desktop.security.actor import Actor
from lead_desktop.security.permissions import allowed, require
from lead_desktop.security.roles import Access, Data, Role


def actor(role):
    return Actor("u-1", role.value, role, "ws")


@pytest.mark.parametrize("role, data, needed, expected", [
    (Role.OFFICER, Data.INTAKE_PLAN_NOTES, Access.READ, False),   # an officer never reads notes
    (Role.OFFICER, Data.CASE_STATUS, Access.STATUS, True),
    (Role.OFFICER, Data.CASE_STATUS, Access.READ, False),
    (Role.CLERK, Data.INTAKE_PLAN_NOTES, Access.READ, False),     # clerks never see notes
    (Role.CLERK, Data.SUMMONS, Access.WRITE, True),
    (Role.CLERK, Data.CONSENTS, Access.READ, True),
    (Role.CLERK, Data.CONSENTS, Access.WRITE, False),
    (Role.SUPERVISOR, Data.PART2_NOTES, Access.READ, True),
    (Role.SUPERVISOR, Data.PART2_NOTES, Access.WRITE, False),
    (Role.CASE_MANAGER, Data.PART2_NOTES, Access.WRITE, True),
    (Role.PROSECUTOR_REVIEWER, Data.PART2_NOTES, Access.READ, False),
    (Role.PROSECUTOR_REVIEWER, Data.ELIGIBILITY, Access.WRITE, True),
    (Role.EVALUATOR, Data.IDENTITY, Access.DEIDENTIFIED, False),
    (Role.EVALUATOR, Data.SNAPSHOTS_EVENTS, Access.DEIDENTIFIED, True),
    (Role.EVALUATOR, Data.SNAPSHOTS_EVENTS, Access.READ, False),
    (Role.ADMINISTRATOR, Data.IDENTITY, Access.STATUS, False),     # admins see no case data
    (Role.ADMINISTRATOR, Data.ACCOUNTS, Access.WRITE, True),
    (Role.ADMINISTRATOR, Data.AUDIT_LOG, Access.READ, False),
    (Role.AUDITOR, Data.AUDIT_LOG, Access.READ, True),
    (Role.AUDITOR, Data.AUDIT_LOG, Access.WRITE, False),
])
def test_matrix(role, data, needed, expected):
    assert allowed(actor(role), data, needed) is expected


def test_only_the_auditor_reads_the_audit_log():
    readers = [r for r in Role if allowed(actor(r), Data.AUDIT_LOG, Access.READ)]
    assert readers == [Role.AUDITOR]


def test_system_actor_has_no_case_access():
    assert not any(allowed(Actor.system(), data, Access.STATUS) for data in Data)


def test_refusal_is_audited_and_raised(db):
    officer = actor(Role.OFFICER)
    with pytest.raises(PermissionDenied, match="Officer may not read"):
        require(db, officer, Data.INTAKE_PLAN_NOTES, Access.READ, record_type="case_note",
                record_id="n-1")
    from sqlalchemy import select

    from lead_desktop.models import AuditEntry
    with db.read() as session:
        last = session.scalars(select(AuditEntry).order_by(AuditEntry.seq.desc())).first()
    assert (last.event, last.outcome, last.record_id, last.role) == (
        "access.denied", "failure", "n-1", "officer")
