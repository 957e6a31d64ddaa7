"""No raw code (`intake_pending`, `part2_cj_referral`) is visible on the person window: every
label, table cell, tab and drop-down shows the human words of services/labels.py."""

import re

import pytest
from PySide6.QtWidgets import (
    QAbstractButton,
    QComboBox,
    QLabel,
    QTableView,
    QTabWidget,
    QWidget,
)

from lead_desktop.security.roles import Role
from lead_desktop.services.care.outcome_service import OutcomeService
from lead_desktop.services.documents_service import DocumentService
from lead_desktop.services.program.vocabulary import CaseState
from lead_desktop.ui.person_window import CaseServices, PersonWindow
from tests.services.test_labels import CODE_LISTS
from tests.support import steps

# the codes a person could mistake for words are the snake_case and dotted ones
RAW_CODES = {code for codes in CODE_LISTS.values() for code in codes
             if "_" in code or "." in code}


def visible_texts(window) -> list[str]:
    texts = [w.text() for w in window.findChildren(QLabel)]
    texts += [w.text() for w in window.findChildren(QAbstractButton)]
    for tabs in window.findChildren(QTabWidget):
        texts += [tabs.tabText(i) for i in range(tabs.count())]
    for combo in window.findChildren(QComboBox):
        texts += [combo.itemText(i) for i in range(combo.count())]
    for table in window.findChildren(QTableView):
        model = table.model()
        shown = [c for c in range(model.columnCount()) if not table.isColumnHidden(c)]
        for row in range(model.rowCount()):
            texts += [str(model.index(row, c).data() or "") for c in shown]
    return texts


def raw_codes_in(texts: list[str]) -> set[str]:
    words = {w for text in texts for w in re.findall(r"[A-Za-z0-9]+(?:[_.][A-Za-z0-9_]+)+", text)}
    words |= {part for w in words for part in w.split(".")}
    return words & RAW_CODES


@pytest.mark.parametrize("role", [Role.CASE_MANAGER, Role.SUPERVISOR])
def test_the_person_window_shows_no_raw_code(qtbot, db, program, staff, role):
    cm = staff[Role.CASE_MANAGER]
    case = steps.active_case(program, staff, "seattle-lead@1", "Okafor", "Chris")
    steps.note(program, cm, case.id, "Met at the clinic", contact_type="home_visit")
    program.cases.transition(cm, case.id, CaseState.LOST_CONTACT, reason_text="no answer")
    services = CaseServices(program.people, program.cases, program.notes, program.consents,
                            program.intake, program.providers, program.provider_referrals,
                            OutcomeService(db, program.clock), DocumentService(db, program.clock))
    window = PersonWindow(services, staff[role], case.person_id)
    qtbot.waitUntil(lambda: window.loaded, timeout=10000)  # read off the UI thread
    qtbot.addWidget(window)
    texts = visible_texts(window)
    assert any("Waiting for intake" in t for t in texts)   # the history, in words
    assert not raw_codes_in(texts), raw_codes_in(texts)


def test_the_sweep_finds_a_raw_code():
    """The check itself can fail: a code left in a cell is caught."""
    assert raw_codes_in(["Case: intake_pending (Seattle)"]) == {"intake_pending"}
    assert raw_codes_in(["auth.sign_in", "Signed in. Then case.view"]) == {"auth.sign_in",
                                                                           "case.view"}


@pytest.mark.parametrize("role", [Role.CASE_MANAGER, Role.SUPERVISOR, Role.CLERK,
                                  Role.PROSECUTOR_REVIEWER, Role.AUDITOR])
def test_no_page_of_the_main_window_shows_a_raw_code(qtbot, db, program, staff, role):
    from lead_desktop.security.accounts import AccountService
    from lead_desktop.ui.desk_assembly import build_pages
    from lead_desktop.ui.main_window import MainWindow

    from ..conftest import STAFF_PASSWORD

    cm = staff[Role.CASE_MANAGER]
    case = steps.active_case(program, staff, "seattle-lead@1", "Okafor", "Chris")
    steps.note(program, cm, case.id, "Met at the clinic", contact_type="home_visit")
    steps.eligible_case(program, staff, "seattle-lead@1", "Le", "Casey")
    officer = staff[Role.OFFICER]                  # and one the prosecutor reviews
    kim = steps.person(program, officer, "Ng", "Kim")
    waiting = steps.arrest_referral(program, officer, kim.id, "seattle-lead@1")
    program.cases.record_handoff(cm, waiting.id, cm.user_id)
    program.cases.transition(cm, waiting.id, CaseState.ELIGIBILITY_REVIEW)
    accounts = AccountService(db)
    signed_in = accounts.sign_in(staff[role].username, STAFF_PASSWORD)
    window = MainWindow(signed_in, build_pages(db, signed_in, accounts, now=program.clock),
                        database_label="T", demo=False, unlock=lambda pw: None)
    qtbot.addWidget(window)
    for index in range(window.pages.count()):
        page = window.pages.widget(index)
        if hasattr(page, "loaded"):  # Home loads off the UI thread
            qtbot.waitUntil(lambda p=page: p.loaded, timeout=10000)
    queue = window.findChild(QWidget, "workQueuePage")
    if queue is not None:
        qtbot.waitUntil(lambda: queue.model.total > 0, timeout=10000)
    log = window.findChild(QWidget, "auditPage")
    if log is not None:  # the auditor's log: sign-ins, referrals, notes, transitions
        qtbot.waitUntil(lambda: log.model.total > 20, timeout=10000)
    found = {window.nav.item(i).text(): raw_codes_in(visible_texts(window.pages.widget(i)))
             for i in range(window.pages.count())}
    assert not any(found.values()), {k: v for k, v in found.items() if v}


def test_the_eligibility_review_shows_no_raw_code(qtbot, program, staff):
    """The records-check drop-downs (source, result) and the decision read as words."""
    from lead_desktop.ui.forms.eligibility_form import EligibilityForm

    officer, cm = staff[Role.OFFICER], staff[Role.CASE_MANAGER]
    da = staff[Role.PROSECUTOR_REVIEWER]
    person = steps.person(program, officer, "Ng", "Kim")
    case = steps.arrest_referral(program, officer, person.id, "worcester-buyer-diversion@1",
                                 origin_area="City of Worcester")
    program.cases.record_handoff(cm, case.id, cm.user_id)
    program.cases.transition(cm, case.id, CaseState.ELIGIBILITY_REVIEW)
    form = EligibilityForm(program.eligibility, program.people, da, case.id, person.id)
    qtbot.addWidget(form)
    texts = visible_texts(form)
    assert "No disqualifying history" in texts and "Court records" in texts
    assert not raw_codes_in(texts), raw_codes_in(texts)
