"""Open cases move to a newer version only when the administrator chooses it and the rules
allow; each move is audited; closed cases and other programs keep theirs."""

import json
from dataclasses import replace

import pytest

from lead_desktop.errors import PermissionDenied
from lead_desktop.models import AuditEntry
from lead_desktop.security.roles import Role as R
from lead_desktop.services.cases.profile_moves import ProfileMoves
from lead_desktop.services.program.profile_store import ProfileStore
from lead_desktop.services.program.vocabulary import CaseState as S
from lead_desktop.services.program.vocabulary import ComplianceModel, NoncomplianceOutcome
from tests.support import steps

pytestmark = pytest.mark.postgres  # runs on the encrypted file and on PostgreSQL

SEATTLE = "seattle-lead@1"


def test_open_cases_move_when_the_rules_allow(program, staff, db):
    cm, admin = staff[R.CASE_MANAGER], staff[R.ADMINISTRATOR]
    active = steps.active_case(program, staff, SEATTLE, "Rivera", "Ana")
    closed = steps.arrest_referral(program, staff[R.OFFICER],
                                   steps.person(program, staff[R.OFFICER], "Lee", "Bo").id,
                                   SEATTLE, person_agreed=False,
                                   declined_reason="not today")
    assert program.cases.get(cm, closed.id).state is S.DECLINED_OFFER
    store: ProfileStore = program.cases.profiles
    moves = ProfileMoves(db, store, program.clock)
    with pytest.raises(PermissionDenied):
        moves.move_open_cases(staff[R.SUPERVISOR], SEATTLE)

    longer = store.add_version(admin, replace(store[SEATTLE], lost_contact_days=45), "45 days")
    report = moves.move_open_cases(admin, longer.key)
    assert report.moved == (active.id,) and report.kept == ()
    assert program.cases.get(cm, active.id).profile_key == "seattle-lead@2"
    assert program.cases.get(cm, closed.id).profile_key == SEATTLE
    with db.read() as session:
        audited = session.query(AuditEntry).filter_by(event="case.profile_moved").one()
    assert audited.record_id == active.id
    assert json.loads(audited.details) == {"from": SEATTLE, "to": "seattle-lead@2"}

    strict = store.add_version(admin, replace(
        store["seattle-lead@2"], compliance_model=ComplianceModel.COMPLIANCE,
        noncompliance_outcome=NoncomplianceOutcome.SUMMONS), "a compliance pilot")
    report = moves.move_open_cases(admin, strict.key)
    assert report.moved == ()
    assert report.kept == ((active.id, "the compliance model differs from the one the "
                                       "participant agreed to"),)
    assert program.cases.get(cm, active.id).profile_key == "seattle-lead@2"
