"""Every form works from the keyboard: each input can be reached with Tab, in the order it
appears on screen (top to bottom, then left to right), and has a name a screen reader can
say (its own accessible name, the text of its label, or its own text)."""

from __future__ import annotations

import pytest
from PySide6.QtCore import QPoint, Qt
from PySide6.QtWidgets import (
    QAbstractButton,
    QAbstractSpinBox,
    QComboBox,
    QLabel,
    QLineEdit,
    QPlainTextEdit,
    QRadioButton,
    QTextEdit,
    QWidget,
)

from lead_desktop.security.roles import Role
from lead_desktop.services.program.vocabulary import CaseState
from tests.support import steps

INPUTS = (QLineEdit, QComboBox, QAbstractSpinBox, QPlainTextEdit, QTextEdit, QAbstractButton)


def referral_form(program, staff, db):
    from lead_desktop.ui.forms.referral_form import ReferralForm

    return ReferralForm(program.people, program.cases, staff[Role.OFFICER],
                        program.cases.profiles["seattle-lead@1"], officer_name="Officer Reyes")


def note_form(program, staff, db):
    from lead_desktop.ui.forms.note_form import NoteForm

    case = steps.active_case(program, staff, "seattle-lead@1")
    return NoteForm(program.notes, staff[Role.CASE_MANAGER], case.id, can_flag_part2=True)


def eligibility_form(program, staff, db):
    from lead_desktop.ui.forms.eligibility_form import EligibilityForm

    officer, cm = staff[Role.OFFICER], staff[Role.CASE_MANAGER]
    person = steps.person(program, officer, "Ødegård", "Zoë")
    case = steps.arrest_referral(program, officer, person.id, "worcester-buyer-diversion@1",
                                 origin_area="City of Worcester")
    program.cases.record_handoff(cm, case.id, cm.user_id)
    program.cases.transition(cm, case.id, CaseState.ELIGIBILITY_REVIEW)
    return EligibilityForm(program.eligibility, program.people, staff[Role.PROSECUTOR_REVIEWER],
                           case.id, person.id)


def consent_form(program, staff, db):
    from lead_desktop.ui.forms.consent_form import ConsentForm

    case = steps.active_case(program, staff, "seattle-lead@1")
    return ConsentForm(program.consents, staff[Role.CASE_MANAGER], case.person_id, case.id)


def intake_form(program, staff, db):
    from lead_desktop.ui.forms.intake_form import IntakeForm

    case = steps.active_case(program, staff, "seattle-lead@1")
    return IntakeForm(program.intake, staff[Role.CASE_MANAGER], case.id, [])


def provider_follow_up(program, staff, db):
    from lead_desktop.ui.forms.provider_followup import ProviderFollowUp

    case = steps.active_case(program, staff, "seattle-lead@1")
    return ProviderFollowUp(program.providers, program.provider_referrals,
                            staff[Role.CASE_MANAGER], case.id)


def plan_and_outcomes(program, staff, db):
    from lead_desktop.services.care.outcome_service import OutcomeService
    from lead_desktop.ui.forms.plan_outcomes import PlanAndOutcomes

    case = steps.active_case(program, staff, "seattle-lead@1")
    return PlanAndOutcomes(program.intake, OutcomeService(db, program.clock),
                           staff[Role.CASE_MANAGER], case.id)


def step_dialog(program, staff, db):
    from lead_desktop.ui.forms.step_dialog import StepDialog

    return StepDialog(CaseState.ACTIVE, CaseState.REMOVED)


def sign_in(program, staff, db):
    from lead_desktop.security.accounts import AccountService
    from lead_desktop.ui.sign_in_dialog import SignInDialog

    return SignInDialog(AccountService(db).sign_in, database_label="test")


def change_password(program, staff, db):
    from lead_desktop.security.accounts import AccountService
    from lead_desktop.ui.change_password_dialog import ChangePasswordDialog

    return ChangePasswordDialog(AccountService(db), staff[Role.CLERK], current="")


def people_page(program, staff, db):
    from lead_desktop.ui.pages.people_page import PeoplePage

    return PeoplePage(program.people, staff[Role.CASE_MANAGER], open_person=lambda _: None)


def accounts_page(program, staff, db):
    from lead_desktop.security.accounts import AccountService
    from lead_desktop.ui.pages.accounts_page import AccountsPage

    return AccountsPage(AccountService(db), staff[Role.ADMINISTRATOR])


def print_queue(program, staff, db):
    from lead_desktop.services.cases.summons_service import SummonsService
    from lead_desktop.services.documents_service import DocumentService
    from lead_desktop.ui.pages.print_queue_page import PrintQueuePage

    return PrintQueuePage(SummonsService(db), DocumentService(db), staff[Role.CLERK])


def providers_page(program, staff, db):
    from lead_desktop.ui.pages.providers_page import ProvidersPage

    program.providers.add(staff[Role.CASE_MANAGER], "Evergreen Recovery",
                          levels_of_care=("detox",))
    return ProvidersPage(program.providers, staff[Role.CASE_MANAGER])


def setup_wizard(program, staff, db):
    from lead_desktop.security.key_store import KeyringKeyStore
    from lead_desktop.ui.setup_wizard import SetupWizard

    return SetupWizard(KeyringKeyStore())


FORMS = [referral_form, note_form, eligibility_form, consent_form, intake_form,
         provider_follow_up, plan_and_outcomes, step_dialog, sign_in, change_password,
         people_page, accounts_page, print_queue, providers_page, setup_wizard]


def inputs_of(form: QWidget) -> list[QWidget]:
    """The inputs a user meets, not the line edit inside a spin box or combo box."""
    found = []
    for widget in form.findChildren(QWidget):
        if not isinstance(widget, INPUTS) or not widget.isVisibleTo(form) \
                or widget.objectName().startswith("qt_"):  # Qt's own, e.g. a table's corner
            continue
        parent = widget.parentWidget()
        inside_another = False
        while parent is not None and parent is not form:
            inside_another = inside_another or isinstance(parent, INPUTS)
            parent = parent.parentWidget()
        if not inside_another and widget.isEnabled():
            found.append(widget)
    return found


def tab_order(form: QWidget) -> list[QWidget]:
    order, widget = [], form.nextInFocusChain()
    while widget is not form and len(order) < 2000:
        if widget.focusPolicy() & Qt.FocusPolicy.TabFocus and widget.isVisibleTo(form) \
                and widget.isEnabled():
            order.append(widget)
        widget = widget.nextInFocusChain()
    return order


def in_reached_radio_group(widget: QWidget, order: list[QWidget]) -> bool:
    """Tab stops once on a group of exclusive radio buttons; the arrow keys choose within."""
    return isinstance(widget, QRadioButton) and widget.autoExclusive() and any(
        isinstance(other, QRadioButton) and other.parentWidget() is widget.parentWidget()
        for other in order)


def spoken_name(widget: QWidget, form: QWidget) -> str:
    labels = [label for label in form.findChildren(QLabel) if label.buddy() is widget]
    own_text = widget.text() if isinstance(widget, QAbstractButton) else ""
    return (widget.accessibleName() or own_text
            or " ".join(label.text() for label in labels)).strip()


def place(widget: QWidget, form: QWidget) -> tuple[int, int]:
    point = widget.mapTo(form, QPoint(0, 0))
    return point.y(), point.x()


@pytest.mark.parametrize("build", FORMS, ids=[f.__name__ for f in FORMS])
def test_every_input_is_named_and_reached_with_tab_in_screen_order(qtbot, program, staff, db,
                                                                  build):
    form = build(program, staff, db)
    qtbot.addWidget(form)
    form.resize(900, 800)
    form.show()
    qtbot.waitExposed(form)
    inputs = inputs_of(form)
    assert inputs, "the form has inputs"
    unnamed = [type(w).__name__ + ":" + w.objectName() for w in inputs if not spoken_name(w, form)]
    assert not unnamed, f"inputs without a name a screen reader can say: {unnamed}"
    order = [w for w in tab_order(form) if w in inputs]
    unreachable = [type(w).__name__ + ":" + w.objectName() for w in inputs
                   if w not in order and not in_reached_radio_group(w, order)]
    assert not unreachable, f"inputs Tab never reaches: {unreachable}"
    # Focus starts at the top, Tab goes down the screen and wraps round once at the end:
    # counted round the whole cycle, it jumps back up exactly once (widgets side by side
    # on a row may come in either order, as in a row of buttons)
    rows = [place(w, form)[0] for w in order]
    start = form.focusWidget() if form.focusWidget() in order else order[0]
    assert place(start, form)[0] <= min(rows) + 8, \
        f"focus starts at {start.objectName()}, below other inputs"
    jumps = [(order[i - 1].objectName() or type(order[i - 1]).__name__,
              order[i].objectName() or type(order[i]).__name__)
             for i in range(len(rows)) if rows[i] < rows[i - 1] - 8]
    assert len(jumps) <= 1, f"Tab jumps back up the form: {jumps}"
