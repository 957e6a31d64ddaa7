"""The prosecutor's eligibility review form on a Worcester referral."""

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QPushButton, QRadioButton

from lead_desktop.security.roles import Role
from lead_desktop.services.program.vocabulary import CaseState
from lead_desktop.ui.forms.eligibility_form import EligibilityForm
from tests.support import steps


def test_prosecutor_reviews_and_decides(qtbot, program, staff):
    da = staff[Role.PROSECUTOR_REVIEWER]
    person, case = steps.case_in_review(program, staff, "worcester-buyer-diversion@1",
                                        "Ødegård", "Zoë")
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
