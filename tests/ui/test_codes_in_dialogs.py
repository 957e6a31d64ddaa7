"""No raw snake_case or dotted code (`left_against_advice`, `not_in_caseload`,
`bundled preset` stored text) in the dialogs and pages a tester found them in: the provider
follow-up's drop-downs, the merge and "someone else saved first" dialogs, the audit page
(its reason column and its chain check), the Program page's versions and the proposal
line. Stricter than tests/ui/test_human_words.py: ANY lowercase word_with_underscores or
dotted.code fails, known to the label table or not, so a new code is found too."""

import re
from datetime import date

from PySide6.QtWidgets import (
    QAbstractButton,
    QComboBox,
    QLabel,
    QTableView,
    QTableWidget,
    QTabWidget,
)

from lead_desktop.security.accounts import AccountService
from lead_desktop.security.audit_reader import AuditReader
from lead_desktop.security.roles import Role
from lead_desktop.services.people.merge_service import MergeService
from lead_desktop.services.people.records import PersonInput
from lead_desktop.services.program.holidays import HolidayService
from lead_desktop.services.program.profile_store import ProfileStore
from lead_desktop.services.providers.referral_service import StepInput
from lead_desktop.services.labels import label
from lead_desktop.services.records import StaleRecord
from lead_desktop.services.setup import set_program_profile
from lead_desktop.ui.forms.conflict_dialog import ConflictDialog
from lead_desktop.ui.forms.merge_dialog import MergeDialog
from lead_desktop.ui.forms.provider_followup import ProviderFollowUp
from lead_desktop.ui.pages.audit_page import AuditPage
from lead_desktop.ui.pages.program_page import ProgramPage
from tests.support import steps

from ..conftest import STAFF_PASSWORD

R = Role
CODE = re.compile(r"\b[a-z][a-z0-9]*(?:_[a-z0-9]+)+\b|\b[a-z]+\.[a-z_]+\b")


def every_text(widget) -> list[str]:
    """Labels, buttons, tabs, every item of every drop-down, every cell of every table."""
    texts = [w.text() for w in widget.findChildren(QLabel)]
    texts += [w.text() for w in widget.findChildren(QAbstractButton)]
    for tabs in widget.findChildren(QTabWidget):
        texts += [tabs.tabText(i) for i in range(tabs.count())]
    for combo in widget.findChildren(QComboBox):
        texts += [combo.itemText(i) for i in range(combo.count())]
    for table in widget.findChildren(QTableView):
        model = table.model()
        for row in range(model.rowCount()):
            texts += [str(model.index(row, c).data() or "") for c in range(model.columnCount())
                      if not table.isColumnHidden(c)]
    return texts


def raw_codes(widget) -> set[str]:
    return {code for text in every_text(widget) for code in CODE.findall(text)}


def test_the_check_finds_any_code():
    assert CODE.findall("Reason: not_in_caseload; event auth.sign_in") == [
        "not_in_caseload", "auth.sign_in"]
    assert not CODE.findall("Left against advice (as of 2026-11-20), 3 open")


def test_the_provider_follow_up_offers_words(qtbot, program, staff):
    cm, sup = staff[R.CASE_MANAGER], staff[R.SUPERVISOR]
    case = steps.active_case(program, staff, "seattle-lead@1")
    clinic = program.providers.add(cm, "Evergreen", levels_of_care=("mat_buprenorphine",),
                                   provider_type="treatment provider")
    program.providers.update_capacity(cm, clinic, "mat_buprenorphine", total_slots=5,
                                      funded_slots=5, vacancies=1, waitlist_length=2,
                                      as_of=program.clock.now.date())
    referral = program.provider_referrals.draft(cm, case.id, clinic, "mat_buprenorphine")
    for status in ("sent", "accepted", "admitted"):
        program.provider_referrals.step(sup, referral, status,
                                        StepInput(method="fax", override_reason="bed tonight"))
    page = ProviderFollowUp(program.providers, program.provider_referrals, cm, case.id)
    qtbot.addWidget(page)
    page.next_status.setCurrentIndex(page.next_status.findData("discharged"))
    assert page.outcome_reason.count() > 3          # the discharge reasons are offered...
    assert not raw_codes(page), raw_codes(page)     # ...in words, as every other choice


def test_the_merge_dialog_words_fields_and_values(qtbot, program, staff, db):
    sup = staff[R.SUPERVISOR]
    first = program.people.create(sup, PersonInput(
        "Nguyen", "Minh", date(1988, 3, 14), preferred_language="es", needs_interpreter=True,
        usual_location="Main_St underpass"), confirmed_new=True)
    second = program.people.create(sup, PersonInput(
        "Nguyen", "Minh", date(1988, 3, 14), dob_estimated=True), confirmed_new=True)
    dialog = MergeDialog(MergeService(db, program.clock), program.people, sup, first.id,
                         second.id)
    qtbot.addWidget(dialog)
    texts = every_text(dialog)
    assert "Preferred language" in texts and "Spanish" in texts and "yes" in texts
    # what a person typed stays as typed; only codes are looked for
    assert raw_codes(dialog) <= {"main_st"} and "Main_St underpass" in texts


def test_the_conflict_dialog_words_fields_and_values():
    note = StaleRecord("note", {"contact_type": "home_visit", "part2": False,
                                "row_version": 3},
                       {"contact_type": "phone_call", "part2": True})
    consent = StaleRecord("consent", {"status": "active", "row_version": 2},
                          {"status": "revoked"})
    for conflict in (note, consent):
        dialog = ConflictDialog(conflict)
        table = dialog.findChild(QTableWidget, "conflictTable")
        cells = [table.item(r, c).text() for r in range(table.rowCount())
                 for c in range(table.columnCount())]
        assert not {c for text in cells for c in CODE.findall(text)}, cells
        dialog.deleteLater()
    dialog = ConflictDialog(consent)
    table = dialog.findChild(QTableWidget, "conflictTable")
    assert [table.item(0, c).text() for c in range(3)] == [
        "Status", label("consent_status", "active"), label("consent_status", "revoked")]


def test_the_audit_page_words_reasons_and_the_chain_check(qtbot, db, staff):
    accounts = AccountService(db)
    try:
        accounts.sign_in(staff[R.CLERK].username, "not the password")
    except Exception:  # noqa: BLE001 - the refusal is what is audited
        pass
    accounts.sign_in(staff[R.CLERK].username, STAFF_PASSWORD)
    page = AuditPage(AuditReader(db), staff[R.AUDITOR])
    qtbot.addWidget(page)
    qtbot.waitUntil(lambda: page.model.rowCount() > 2, timeout=10000)
    reasons = [page.model.index(r, 8).data() for r in range(page.model.rowCount())]
    assert "Wrong password" in reasons
    page.verify()
    qtbot.waitUntil(lambda: "intact" in page.chain.text(), timeout=10000)
    assert page.chain.text().startswith("The audit chain is intact")
    assert not raw_codes(page), raw_codes(page)


def test_the_program_page_versions_read_as_words(qtbot, db, staff):
    admin = staff[R.ADMINISTRATOR]
    set_program_profile(db, ProfileStore(db)["worcester-buyer-diversion@1"], admin)
    page = ProgramPage(ProfileStore(db), HolidayService(db), admin)
    qtbot.addWidget(page)
    texts = every_text(page)
    assert "bundled preset" not in " ".join(texts) and "setup" not in texts
    assert "A preset that comes with LEAD Desktop" in texts
    assert not raw_codes(page), raw_codes(page)
