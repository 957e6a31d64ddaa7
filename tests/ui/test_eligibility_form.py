"""The prosecutor's eligibility review form on a Worcester referral."""

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QPushButton, QRadioButton

from lead_desktop.security.roles import Role
from lead_desktop.services.program.vocabulary import CaseState
from lead_desktop.ui.forms.eligibility_form import EligibilityForm
from tests.support import steps


def test_prosecutor_reviews_and_decides(qtbot, program, staff):
    officer, cm, da = staff[Role.OFFICER], staff[Role.CASE_MANAGER], staff[Role.PROSECUTOR_REVIEWER]
    person = steps.person(program, officer, "Ødegård", "Zoë")
    case = steps.arrest_referral(program, officer, person.id, "worcester-buyer-diversion@1",
                                 origin_area="City of Worcester")
    program.cases.record_handoff(cm, case.id, cm.user_id)
    program.cases.transition(cm, case.id, CaseState.ELIGIBILITY_REVIEW)
    form = EligibilityForm(program.eligibility, program.people, da, case.id, person.id)
    qtbot.addWidget(form)
    form.show()
    qtbot.waitExposed(form)
    assert form.rows["violent_lookback_years"].text() == "? unknown"
    form.findChild(QRadioButton, "violent_lookback_years_yes").setChecked(True)
    assert form.rows["violent_lookback_years"].text() == "✘ FAIL"
    form.decision.setCurrentIndex(form.decision.findData("eligible"))
    qtbot.mouseClick(form.findChild(QPushButton, "recordDecision"), Qt.MouseButton.LeftButton)
    assert "exclusions fire" in form.message.text() and form.decided is None
    form.decision.setCurrentIndex(form.decision.findData("ineligible"))
    form.reason_code.setCurrentIndex(form.reason_code.findData("violent_history"))
    form.decide()
    assert form.decided is CaseState.INELIGIBLE
    assert program.cases.get(da, case.id).state is CaseState.INELIGIBLE
