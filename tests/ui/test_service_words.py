"""Sentences the services write (a provider's capacity warning, "someone else saved first",
why a consent is not valid, a refused step) reach the screen through the translator, with
their values and codes in words: a Spanish screen shows them in Spanish. A marking
translator says each translated text as «…», so an English sentence left out shows."""

from __future__ import annotations

import re

import pytest
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QLabel

from lead_desktop.errors import InvalidInput
from lead_desktop.security.roles import Role
from lead_desktop.services.labels import Coded
from lead_desktop.services.messages import QT_TRANSLATE_NOOP, message
from lead_desktop.services.program.vocabulary import CaseState
from lead_desktop.services.program.workflow import TransitionRefused
from lead_desktop.services.records import StaleRecord
from lead_desktop.ui.forms.actions import message_label, run_action
from lead_desktop.ui.forms.conflict_dialog import ConflictDialog
from lead_desktop.ui.forms.provider_followup import ProviderFollowUp
from lead_desktop.ui.messages import error_words
from tests.support import steps
from tests.support.marking import marked, unmarked

MARKED = ("ProviderWarnings", "Conflicts", "Consents", "ProviderReferrals", "Labels",
          "Import", "Saving", "Checklist", "Workflow", "NextSteps",
          "Database", "Backups", "Keys", "Server", "Accounts", "Permissions", "Audit",
          "Documents", "FieldErrors", "FieldProblems", "Actions")


@pytest.fixture
def marking(qapp):
    with marked(MARKED) as translator:
        yield translator


def test_the_capacity_warning_is_translated_with_its_values(qtbot, program, staff, marking):
    cm = staff[Role.CASE_MANAGER]
    case = steps.active_case(program, staff, "seattle-lead@1")
    today = program.clock.now.date()
    full, silent = (program.providers.add(cm, name, levels_of_care=(level,),
                                          provider_type="treatment provider")
                    for name, level in (("Highland Detox", "detox"),
                                        ("Quiet Harbor", "residential")))
    program.providers.update_capacity(cm, full, "detox", total_slots=12, funded_slots=12,
                                      vacancies=0, waitlist_length=9, as_of=today)
    page = ProviderFollowUp(program.providers, program.provider_referrals, cm, case.id)
    qtbot.addWidget(page)
    page.provider.setCurrentIndex(page.provider.findData(full))
    assert page.capacity_warning.text() == (
        f"«Highland Detox had no vacancies on {today.isoformat()}; 9 waiting: "
        "expect a waitlist.»")
    page.provider.setCurrentIndex(page.provider.findData(silent))
    assert page.capacity_warning.text() == (  # the level of care in words, translated too
        "«Quiet Harbor has reported no capacity for «Residential treatment»: call first.»")


def test_the_conflict_dialog_sentence_is_translated(qtbot, marking):
    conflict = StaleRecord("provider referral", {"status": "sent", "row_version": 2},
                           {"status": "declined"})
    dialog = ConflictDialog(conflict)
    qtbot.addWidget(dialog)
    sentence = dialog.findChild(QLabel, "conflictSentence")
    assert sentence.text() == (
        "«Someone else saved this record («Provider referral») after you opened it. Nothing "
        "was overwritten; compare both versions and save again.»")
    assert "Someone else saved this record (Provider referral)" in conflict.message  # logs


def test_a_refusal_a_form_shows_is_translated(qtbot, marking):
    line = message_label("message")
    qtbot.addWidget(line)

    def refused():
        raise InvalidInput(message("ProviderReferrals", QT_TRANSLATE_NOOP(
            "ProviderReferrals", "A referral with the status {status} cannot move to {to}."),
            status=Coded("provider_referral_status", "completed"),
            to=Coded("provider_referral_status", "sent")))

    assert not run_action(refused, line, "done", lambda: None)
    assert line.text() == "«A referral with the status «Completed» cannot move to «Sent».»"


def test_why_a_consent_is_not_valid_is_translated(qtbot, program, staff, marking):
    from tests.ui.test_person_page import page

    cm = staff[Role.CASE_MANAGER]
    case = steps.active_case(program, staff, "seattle-lead@1")
    consent = program.consents.list_for_person(cm, case.person_id)[0]
    program.clock.advance(days=181)
    program.consents.revoke(cm, consent.id, received_how="in writing")
    window = page(qtbot, program, cm, case.person_id)
    window.tabs.setCurrentWidget(window.consents)
    model = window.consents_model
    qtbot.waitUntil(lambda: model.rowCount() == 1)
    valid_column = next(c for c in range(model.columnCount())
                        if model.headerData(c, Qt.Orientation.Horizontal) == "Valid today")
    day = program.clock.now.date().isoformat()
    assert model.index(0, valid_column).data() == f"«revoked on {day}»"
    with pytest.raises(InvalidInput) as refused:  # revoked already: the refusal in words too
        program.consents.revoke(cm, consent.id, received_how="in writing")
    assert error_words(refused.value) == "«This consent is «Revoked»: it can no longer be " \
        "revoked.»"


def test_an_import_file_refused_is_said_in_the_users_language(tmp_path, marking):
    from lead_desktop.services.importing.sheet import read_sheet

    (tmp_path / "people.txt").write_text("last,first\n", encoding="utf-8")
    (tmp_path / "empty.csv").write_text("\n\n", encoding="utf-8")
    with pytest.raises(InvalidInput) as wrong_kind:
        read_sheet(tmp_path / "people.txt")
    with pytest.raises(InvalidInput) as empty:
        read_sheet(tmp_path / "empty.csv")
    assert error_words(wrong_kind.value) == "«people.txt is not an XLSX or CSV file.»"
    assert error_words(empty.value) == "«empty.csv is empty.»"
    assert empty.value.message == "empty.csv is empty."   # lead-admin and the log: English


def test_a_file_not_saved_is_said_in_the_users_language(program, staff, tmp_path, marking):
    from datetime import date

    from lead_desktop.services.program.profile import bundled_profiles
    from lead_desktop.services.reports.figures import ReportFilter
    from lead_desktop.services.reports.report_service import ReportService

    profiles = bundled_profiles()
    service = ReportService(program.cases.db, profiles, program.clock)
    sup = staff[Role.SUPERVISOR]
    report = service.run(sup, ReportFilter(date(2026, 3, 1), date(2026, 3, 31)))
    taken = tmp_path / "march.csv"
    taken.write_text("kept")
    with pytest.raises(InvalidInput) as refused:
        service.export_csv(sup, report, taken)
    assert error_words(refused.value) == (
        f"«{taken} already exists; nothing was overwritten. Choose another name.»")
    assert taken.read_text() == "kept"


def test_several_values_in_one_sentence_are_each_translated(marking):
    from lead_desktop.services.messages import Listed

    fired = message("Checklist", QT_TRANSLATE_NOOP(
        "Checklist", "These exclusions fire: {names}. Decide ineligible, or eligible with "
        "override and a reason code."), names=Listed((
            message("Checklist", QT_TRANSLATE_NOOP("Checklist", "Age")),
            Coded("eligibility_reason", "protective_order"))))
    assert str(fired).startswith("These exclusions fire: Age, Protective order. Decide")
    refused = InvalidInput(fired)
    assert error_words(refused).startswith(
        "«These exclusions fire: «Age», «Protective order». Decide")


@pytest.mark.parametrize("role, target", [(Role.CASE_MANAGER, CaseState.REFERRED),
                                          (Role.CLERK, CaseState.LOST_CONTACT)])
def test_a_refused_step_says_why_in_the_users_language(program, staff, marking, role, target):
    """The workflow's refusals ("Active -> Referred is not a step", "Clerk may not take
    this step (it is for: ...)") reach the person window's step line translated, states and
    roles in words."""
    case = steps.active_case(program, staff, "seattle-lead@1")
    with pytest.raises(TransitionRefused) as caught:
        program.cases.transition(staff[role], case.id, target, reason_text="tried")
    shown = error_words(caught.value)
    assert "«Active»" in shown, shown
    assert not re.search(r"[A-Za-z]", unmarked(shown)), shown


def test_what_to_do_next_is_said_in_the_users_language(tmp_path, marking):
    """Under an error, the step the person can take ("Save the spreadsheet as .xlsx or .csv
    and try again.") is translated with it (the import, setup and server screens)."""
    from lead_desktop.services.importing.sheet import read_sheet
    from lead_desktop.ui.messages import next_step_words

    with pytest.raises(InvalidInput) as caught:
        read_sheet(tmp_path / "roster.ods")
    assert next_step_words(caught.value) == \
        "«Save the spreadsheet as .xlsx or .csv and try again.»"
    assert caught.value.next_step == "Save the spreadsheet as .xlsx or .csv and try again."


def _no_field_codes(text: str) -> None:
    assert not re.search(r"\b[a-z]+_[a-z_]+\b|\b(name|address|code|checked_by):", text), text


def test_the_directory_page_names_no_field_code(qtbot, db, staff, marking):
    """Administration → Courts and agencies, saved empty: the problems beside the fields,
    the message line in the user's language (issue 15, finding 13)."""
    from lead_desktop.services.program.directory import DirectoryService
    from lead_desktop.ui.pages.directory_page import DirectoryPage

    page = DirectoryPage(DirectoryService(db), staff[Role.ADMINISTRATOR])
    qtbot.addWidget(page)
    assert not page.save_court()
    assert page.court_errors.text("name") == "«required»"
    assert page.court_errors.text("address").startswith("«required")
    assert page.message.text() == "«Please correct the marked fields.»"


def test_the_code_lists_page_names_no_field_code(qtbot, db, staff, marking):
    from datetime import date

    from lead_desktop.services.program.code_lists import CodeListService
    from lead_desktop.ui.pages.code_lists_page import CodeListsPage

    page = CodeListsPage(CodeListService(db), staff[Role.ADMINISTRATOR], date.today)
    qtbot.addWidget(page)
    page.lists.setCurrentIndex(page.lists.findData("offense"))
    assert not page.add()
    _no_field_codes(page.message.text())
    assert page.message.text() == "«Please correct the marked fields.»"
    assert page.add_errors.text("label_en").startswith("«required")


def test_the_eligibility_form_names_no_field_code(qtbot, program, staff, marking):
    from lead_desktop.ui.forms.eligibility_form import EligibilityForm

    da = staff[Role.PROSECUTOR_REVIEWER]
    person, case = steps.case_in_review(program, staff, "worcester-buyer-diversion@1",
                                        "Ødegård", "Zoë")
    form = EligibilityForm(program.eligibility, program.people, da, case.id, person.id)
    qtbot.addWidget(form)
    form.checked_by.clear()
    form.record_check()
    assert form.message.text() == "«Please correct the marked fields.»"
    assert form.check_errors.text("checked_by") == "«required»"


def test_a_problem_without_its_field_on_the_form_is_named_in_words(qapp, marking):
    from PySide6.QtWidgets import QFormLayout, QLineEdit, QWidget

    from lead_desktop.ui.forms.field_errors import FieldErrors

    holder = QWidget()
    errors = FieldErrors()
    errors.add_row(QFormLayout(holder), "Last name", "last_name", QLineEdit())
    said = errors.summary({"last_name": "required", "preferred_language": "required"})
    assert said == ("«Please correct the marked fields.» "
                    "«Please correct: %1»".replace("%1", "«Preferred language»: «required»"))
