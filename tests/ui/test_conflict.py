"""Two desks edit the same intake: the second save shows both versions; nothing is lost."""

from datetime import datetime, timezone

from sqlalchemy import select

from lead_desktop.models import AuditEntry, IntakeAssessment
from lead_desktop.security.roles import Role
from lead_desktop.services.program.vocabulary import CaseState
from lead_desktop.ui.forms import conflict_dialog
from lead_desktop.ui.forms.conflict_dialog import ConflictDialog
from lead_desktop.ui.forms.intake_form import IntakeForm
from tests.support import steps


def test_second_save_gets_the_conflict_dialog(qtbot, program, staff, db):
    officer, cm, sup = staff[Role.OFFICER], staff[Role.CASE_MANAGER], staff[Role.SUPERVISOR]
    person = steps.person(program, officer)
    case = steps.arrest_referral(program, officer, person.id, "seattle-lead@1")
    program.cases.record_handoff(cm, case.id, cm.user_id)
    program.cases.transition(cm, case.id, CaseState.ELIGIBILITY_REVIEW)
    program.eligibility.decide(staff[Role.PROSECUTOR_REVIEWER], case.id, "eligible")
    program.clock.now = datetime.now(timezone.utc)  # the form dates the intake today
    first = IntakeForm(program.intake, cm, case.id, [])
    qtbot.addWidget(first)
    first.domains["housing"].setText("shelter")
    assert first.save()
    # both desks open the intake at the same version
    seen = []

    def keep_theirs(conflict):
        seen.append(conflict)
        dialog = ConflictDialog(conflict)
        qtbot.addWidget(dialog)
        assert dialog.table.rowCount() >= 1
        return conflict_dialog.KEEP_THEIRS

    mine = IntakeForm(program.intake, cm, case.id, [], resolve_conflict=keep_theirs)
    theirs = IntakeForm(program.intake, sup, case.id, [])
    assert mine.version == theirs.version == first.version
    qtbot.addWidget(mine)
    qtbot.addWidget(theirs)
    theirs.domains["housing"].setText("permanent housing voucher")
    assert theirs.save()
    mine.domains["housing"].setText("couch at her sister's")
    assert not mine.save()
    assert seen and "Kept the version" in mine.message.text()
    with db.read() as session:
        stored = session.scalars(select(IntakeAssessment)).one()
    assert stored.domains["housing"]["status"] == "permanent housing voucher"
    conflict = seen[0]
    assert "couch" in str(conflict.yours["domains"]) and "voucher" in str(conflict.theirs["domains"])

    # or the user decides to save theirs over: a deliberate overwrite, audited as a save
    mine._resolve = lambda conflict: conflict_dialog.SAVE_MINE
    assert mine.save()
    with db.read() as session:
        assert session.scalars(select(IntakeAssessment)).one().domains["housing"]["status"] \
            == "couch at her sister's"
        saves = session.scalars(select(AuditEntry).where(AuditEntry.event == "intake.save")).all()
    assert len(saves) == 3
