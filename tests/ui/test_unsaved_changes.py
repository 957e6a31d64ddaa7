"""Nothing typed is lost by accident: closing a form (or the main window over a half-typed
referral) with changes not saved asks first; once saved, it closes without asking."""

from __future__ import annotations

from PySide6.QtTest import QTest

from lead_desktop.security.accounts import AccountService
from lead_desktop.security.roles import Role
from lead_desktop.services.program.vocabulary import CaseState
from tests.support import steps

from ..conftest import STAFF_PASSWORD


class Answers:
    """Stands in for the user's answer to "Discard your changes?", counting the questions."""

    def __init__(self, answer: bool) -> None:
        self.answer, self.asked = answer, 0

    def __call__(self) -> bool:
        self.asked += 1
        return self.answer


def shown(qtbot, widget):
    qtbot.addWidget(widget)
    widget.show()
    qtbot.waitExposed(widget)
    return widget


def test_a_consent_form_with_typing_asks_before_closing_and_not_after_saving(qtbot, program,
                                                                             staff):
    from lead_desktop.ui.forms.consent_form import ConsentForm

    case = steps.active_case(program, staff, "seattle-lead@1")
    keep = Answers(False)
    form = shown(qtbot, ConsentForm(program.consents, staff[Role.CASE_MANAGER], case.person_id,
                                    case.id, confirm_discard=keep))
    form.reject()
    assert keep.asked == 0 and not form.isVisible()   # nothing typed: closes at once

    form = shown(qtbot, ConsentForm(program.consents, staff[Role.CASE_MANAGER], case.person_id,
                                    case.id, confirm_discard=keep))
    QTest.keyClicks(form.purpose, "Monitoring progress")
    form.reject()
    assert keep.asked == 1 and form.isVisible()       # "keep" answered: still open, text kept
    assert form.purpose.text() == "Monitoring progress"
    form.consent_type.setCurrentIndex(form.consent_type.findData("part2_general"))
    form.recipient_class.setText("treatment provider")
    form.information.setPlainText("Attendance, treatment plan and discharge status")
    form.save()
    assert form.consent_id is not None, form.message.text()
    form.reject()
    assert keep.asked == 1 and not form.isVisible()   # saved: closes without asking


def test_a_step_with_a_reason_typed_asks_and_discarding_closes(qtbot):
    from lead_desktop.ui.forms.step_dialog import StepDialog

    discard = Answers(True)
    dialog = shown(qtbot, StepDialog(CaseState.ACTIVE, CaseState.EXITED, confirm_discard=discard))
    QTest.keyClicks(dialog.reason, "moved away")
    dialog.reject()
    assert discard.asked == 1 and not dialog.isVisible()


def test_the_main_window_will_not_close_over_a_half_typed_referral(qtbot, db, staff):
    from lead_desktop.ui.desk_assembly import build_pages
    from lead_desktop.ui.main_window import MainWindow

    accounts = AccountService(db)
    signed_in = accounts.sign_in(staff[Role.OFFICER].username, STAFF_PASSWORD)
    window = shown(qtbot, MainWindow(signed_in, build_pages(db, signed_in, accounts),
                                     database_label="T", demo=False, unlock=lambda pw: None))
    referral = next(window.pages.widget(i) for i in range(window.pages.count())
                    if window.pages.widget(i).objectName() == "referralForm")
    keep = Answers(False)
    referral.unsaved._confirm = keep
    window.nav.setCurrentRow(0)
    QTest.keyClicks(referral.last_name, "Rivera")
    window.close()
    assert keep.asked == 1 and window.isVisible()
    assert window.pages.currentWidget() is referral   # shown what would be lost
    referral.unsaved._confirm = Answers(True)
    window.close()
    assert not window.isVisible()
