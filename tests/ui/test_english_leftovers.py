"""Words a Spanish tester still read in English (issue 15, finding 19): the first sign-in's
reason to change the password, the provider loop's consent column, a consent's recipient
class as stored, the status bar's DEMO. A marking translator shows each translated text as
«…», so one left in English shows."""

from __future__ import annotations

from datetime import datetime, timezone

import pytest
from PySide6.QtWidgets import QLabel

from lead_desktop.security.accounts import AccountService
from lead_desktop.security.roles import Role
from lead_desktop.ui.change_password_dialog import ChangePasswordDialog
from lead_desktop.ui.consents_tab import ConsentsTab
from lead_desktop.ui.desk_assembly import build_pages
from lead_desktop.ui.forms.provider_followup import ProviderFollowUp
from lead_desktop.ui.main_window import MainWindow
from tests.support import steps
from tests.support.marking import marked

from ..conftest import STAFF_PASSWORD

MARKED = ("ChangePasswordDialog", "MainWindow", "ProviderFollowUp", "Labels")


@pytest.fixture
def marking(qapp):
    with marked(MARKED) as translator:
        yield translator


def test_the_temporary_password_reason_is_translated(qtbot, db, staff, marking):
    accounts = AccountService(db)
    dialog = ChangePasswordDialog(accounts, staff[Role.CLERK], current="x", temporary=True)
    qtbot.addWidget(dialog)
    reason = dialog.findChild(QLabel, "passwordReason")
    assert reason.text() == "«Your password is temporary: choose your own.»"


def test_the_status_bar_says_demo_in_the_users_language(qtbot, db, staff, marking):
    accounts = AccountService(db)
    signed_in = accounts.sign_in(staff[Role.CASE_MANAGER].username, STAFF_PASSWORD)
    window = MainWindow(signed_in, build_pages(db, signed_in, accounts), database_label="T",
                        demo=True, unlock=lambda pw: None)
    qtbot.addWidget(window)
    assert window.status_label.text().endswith(" · «DEMO»"), window.status_label.text()


def test_consent_column_and_recipient_class_in_words(qtbot, program, staff, marking):
    cm = staff[Role.CASE_MANAGER]
    case = steps.active_case(program, staff, "seattle-lead@1")  # consent names the class
    program.clock.now = datetime.now(timezone.utc)
    provider = program.providers.add(cm, "Spectrum", levels_of_care=("detox",),
                                     provider_type="treatment provider")
    program.providers.update_capacity(cm, provider, "detox", total_slots=20, funded_slots=18,
                                      vacancies=3, as_of=program.clock.now.date())
    page = ProviderFollowUp(program.providers, program.provider_referrals, cm, case.id)
    qtbot.addWidget(page)
    assert page.draft()
    page.next_status.setCurrentIndex(page.next_status.findData("sent"))
    page.detail.setText("secure fax")
    assert page.advance(), page.message.text()
    consent_column = page.model.columnCount() - 1
    assert page.model.index(0, consent_column).data() == "«on file»"

    tab = ConsentsTab(program.consents, program.intake, cm, case.person_id, case.id,
                      can_intake=True)
    qtbot.addWidget(tab)
    tab.set_consents(program.consents.list_for_person(cm, case.person_id))
    recipients = tab.model.columnCount() - 1
    assert [tab.model.index(r, recipients).data() for r in range(tab.model.rowCount())] == [
        "«Treatment provider»"]
