"""Attachments reached from each record's own screen, through the main window: the clerk
files a return of service on a summons from the print queue, a case manager a discharge
summary on a provider referral from provider follow-up, an officer a photo of the ID on the
referral they just saved; each dialog offers only the kinds the role may add there."""

import pytest
from PySide6.QtCore import QDate, QItemSelectionModel
from PySide6.QtWidgets import QPushButton

from lead_desktop.security.accounts import AccountService
from lead_desktop.security.roles import Role
from lead_desktop.services.program.vocabulary import CaseState
from lead_desktop.ui.attachments import importing
from lead_desktop.ui.attachments.dialog import AttachmentsDialog
from lead_desktop.ui.desk_assembly import build_pages
from lead_desktop.ui.main_window import MainWindow
from lead_desktop.ui.person_window import PersonWindow
from tests.stories.app import (
    choose,
    enter_birth,
    find_person,
    form_says,
    section,
    tab,
    type_into,
    while_open,
)
from tests.support import steps
from tests.support.paper import picture, tiny_pdf

from ..conftest import STAFF_PASSWORD


def window_for(qtbot, db, staff, role, clock):
    accounts = AccountService(db)
    signed_in = accounts.sign_in(staff[role].username, STAFF_PASSWORD)
    window = MainWindow(signed_in, build_pages(db, signed_in, accounts, now=clock),
                        database_label="Test", demo=False,
                        unlock=lambda pw: accounts.unlock_session(signed_in.actor, pw))
    qtbot.addWidget(window)
    window.show()
    return window


def _answer_file_dialogs(monkeypatch, path, deleted: list):
    """The file dialog picks `path`; the question about the original is answered yes."""
    monkeypatch.setattr(importing, "choose_file", lambda parent: path)
    monkeypatch.setattr(importing, "ask_delete_source",
                        lambda parent, where: deleted.append(where) or True)


def _kinds(dialog: AttachmentsDialog) -> list[str]:
    combo = dialog.panel.kind
    return [combo.itemData(i) for i in range(combo.count())]


@pytest.mark.slow  # through the main window, a summons taken to served
def test_the_clerk_files_a_return_of_service_on_the_summons(qtbot, db, staff, program,
                                                            tmp_path, monkeypatch):
    case = steps.active_case(program, staff, "wilmington-nc@1", "Okafor", "Lee")
    program.cases.transition(staff[Role.SUPERVISOR], case.id, CaseState.REMOVED, details={
        "incident_date": "2026-03-01", "description": "threat", "staff_involved": "CM"},
        reason_text="threat")
    program.cases.transition(staff[Role.PROSECUTOR_REVIEWER], case.id,
                             CaseState.REFERRED_FOR_CHARGES, reason_text="file")
    scan = tmp_path / "return-of-service.pdf"
    scan.write_bytes(tiny_pdf("Return of service"))
    deleted: list = []
    _answer_file_dialogs(monkeypatch, scan, deleted)
    window = window_for(qtbot, db, staff, Role.CLERK, program.clock)
    queue = section(window, "Print queue")
    queue.table.selectionModel().select(queue.model.index(0, 0),
                                        QItemSelectionModel.SelectionFlag.ClearAndSelect
                                        | QItemSelectionModel.SelectionFlag.Rows)
    button = queue.findChild(QPushButton, "summonsAttachments")

    def attach(dialog: AttachmentsDialog):
        assert _kinds(dialog) == ["court_paper"]
        dialog.panel.title.setText("Return of service")
        dialog.panel.buttons["attachFile"].click()
        assert dialog.panel.list.count() == 1, dialog.panel.message.text()
        assert "Return of service" in dialog.panel.list.item(0).text()
    while_open(qtbot, AttachmentsDialog, attach, button.click)
    assert deleted == [scan] and not scan.exists()  # the unencrypted scan is gone

    # served: the summons leaves the queue; shown again on request, to attach what comes back
    from lead_desktop.services.cases.summons_service import SummonsService

    summonses, clerk = SummonsService(db, program.clock), staff[Role.CLERK]
    summons_id = queue.model.row(0).id
    for status in ("printed", "filed", "issued"):
        summonses.move(clerk, summons_id, status)
    summonses.move(clerk, summons_id, "served", served_by="Deputy Ruiz",
                   service_method="in hand")
    queue.refresh()
    assert queue.model.rowCount() == 0
    queue.show_done.click()
    assert queue.model.rowCount() == 1 and queue.model.row(0).status == "served"
    queue.table.selectionModel().select(queue.model.index(0, 0),
                                        QItemSelectionModel.SelectionFlag.ClearAndSelect
                                        | QItemSelectionModel.SelectionFlag.Rows)
    late = tmp_path / "court-order.pdf"
    late.write_bytes(tiny_pdf("Court order"))
    monkeypatch.setattr(importing, "choose_file", lambda parent: late)

    def attach_later(dialog: AttachmentsDialog):
        dialog.panel.title.setText("Court order")
        dialog.panel.buttons["attachFile"].click()
        assert dialog.panel.list.count() == 2, dialog.panel.message.text()
    while_open(qtbot, AttachmentsDialog, attach_later, button.click)

    # the case manager reads the court papers on the person's file but adds none there
    cm_window = window_for(qtbot, db, staff, Role.CASE_MANAGER, program.clock)

    def look(person: PersonWindow):
        panel = tab(person, "Attachments")
        titles = [panel.list.item(i).text() for i in range(panel.list.count())]
        assert any("Return of service" in t and "on a summons" in t for t in titles), titles
        assert panel.kind.findData("court_paper") < 0
    find_person(qtbot, cm_window, "Okafor", PersonWindow, look)


@pytest.mark.slow  # through the main window, two roles
def test_a_discharge_summary_on_a_provider_referral(qtbot, db, staff, program, tmp_path,
                                                    monkeypatch):
    case = steps.active_case(program, staff, "seattle-lead@1", "Okafor", "Chris")
    cm = staff[Role.CASE_MANAGER]
    clinic = program.providers.add(cm, "Spectrum", levels_of_care=("detox",),
                                   provider_type="treatment provider")
    program.provider_referrals.draft(cm, case.id, clinic, "detox")
    summary = tmp_path / "discharge.pdf"
    summary.write_bytes(tiny_pdf("Discharge summary"))
    deleted: list = []
    _answer_file_dialogs(monkeypatch, summary, deleted)
    window = window_for(qtbot, db, staff, Role.CASE_MANAGER, program.clock)

    def follow_up(person: PersonWindow):
        page = tab(person, "Provider follow-up")
        page.table.selectRow(0)

        def attach(dialog: AttachmentsDialog):
            assert _kinds(dialog) == ["treatment_record", "case_paper"]
            choose(dialog.panel.kind, "treatment_record")
            dialog.panel.title.setText("Discharge summary")
            dialog.panel.buttons["attachFile"].click()
            assert dialog.panel.list.count() == 1, dialog.panel.message.text()
        while_open(qtbot, AttachmentsDialog, attach,
                   page.findChild(QPushButton, "referralAttachments").click)
    find_person(qtbot, window, "Okafor", PersonWindow, follow_up)
    assert deleted == [summary]
    # a clerk may not see it: the person's file shows them no treatment record
    clerk = window_for(qtbot, db, staff, Role.CLERK, program.clock)

    def look(person: PersonWindow):
        panel = tab(person, "Attachments")
        texts = [panel.list.item(i).text() for i in range(panel.list.count())]
        assert not any("Discharge summary" in t for t in texts), texts
    find_person(qtbot, clerk, "Okafor", PersonWindow, look)


def test_an_officer_attaches_a_photo_of_the_id_to_their_referral(qtbot, db, staff, program,
                                                                 tmp_path, monkeypatch):
    photo = tmp_path / "id.jpg"
    photo.write_bytes(picture("JPEG", gps=True))
    deleted: list = []
    _answer_file_dialogs(monkeypatch, photo, deleted)
    window = window_for(qtbot, db, staff, Role.OFFICER, program.clock)
    form = section(window, "New referral")
    attach_id = form.findChild(QPushButton, "attachReferralId")
    assert not attach_id.isVisibleTo(form)  # nothing saved yet: nothing to attach to
    for field, text in ((form.last_name, "Rivera"), (form.first_name, "Ana"),
                        (form.badge, "4471"), (form.agency, "Seattle PD"),
                        (form.location, "3rd Ave & Pine St")):
        type_into(qtbot, field, text)
    enter_birth(form, QDate(1991, 6, 2))
    choose(form.referral_type, "social_contact")
    form.referred_at.setDateTime(program.clock.now)
    form.submit.click()
    assert form.message.text().startswith("Referral saved"), form_says(form)
    assert attach_id.isVisibleTo(form)

    def attach(dialog: AttachmentsDialog):
        assert _kinds(dialog) == ["identity_document"]  # no court, case or treatment paper
        dialog.panel.title.setText("State ID (front)")
        dialog.panel.buttons["attachFile"].click()
        assert dialog.panel.list.count() == 1, dialog.panel.message.text()
        assert dialog.panel.views[0].location_removed
    while_open(qtbot, AttachmentsDialog, attach, attach_id.click)
    assert deleted == [photo] and not photo.exists()
    # the form is ready for the next referral; a save refused leaves nothing to attach to
    form.submit.click()
    assert not attach_id.isVisibleTo(form)
