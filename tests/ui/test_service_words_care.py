"""Refusals of the care, case, people, consent, provider and program services reach the
screen through the translator with their values: a Spanish screen shows them in Spanish.
The marking translator (tests/ui/test_service_words.py) says each translated text as «…»,
so an English sentence left out shows."""

from __future__ import annotations

import pytest
from PySide6.QtCore import Qt
from PySide6.QtTest import QTest
from PySide6.QtWidgets import QPushButton

from lead_desktop.errors import InvalidInput
from lead_desktop.security.roles import Role
from lead_desktop.services.documents_service import DocumentService
from lead_desktop.ui.forms.provider_followup import ProviderFollowUp
from lead_desktop.ui.messages import error_words
from lead_desktop.ui.pages.providers_page import ProvidersPage
from lead_desktop.ui.person_window import CaseServices, PersonWindow
from tests.stories.app import choose_text, tab
from tests.support import steps
from tests.support.marking import marked, unmarked

MARKED = ("Records", "Intake", "Notes", "Cases", "Summons", "Consents", "People", "Merge",
          "Providers", "ProviderReferrals", "CodeLists", "Holidays", "Profiles", "Checklist",
          "Documents", "Labels")


@pytest.fixture
def marking(qapp):
    with marked(MARKED) as translator:
        yield translator


def test_a_provider_without_a_name_is_refused_in_the_users_language(qtbot, program, staff,
                                                                   marking):
    page = ProvidersPage(program.providers, staff[Role.CASE_MANAGER])
    qtbot.addWidget(page)
    qtbot.mouseClick(page.findChild(QPushButton, "addProvider"), Qt.MouseButton.LeftButton)
    assert page.message.text() == "«The provider needs a name.»"
    assert page.model.rowCount() == 0


def test_the_consent_guard_names_the_provider_in_the_users_language(qtbot, program, staff,
                                                                   marking):
    """The refusal a case manager meets most on the provider follow-up: no consent names
    this provider. The provider's name is a value inside the translated sentence."""
    cm = staff[Role.CASE_MANAGER]
    case = steps.active_case(program, staff, "seattle-lead@1")  # consent: "treatment provider"
    program.providers.add(cm, "Coastal Horizons", levels_of_care=("housing",),
                          provider_type="housing provider")
    follow = ProviderFollowUp(program.providers, program.provider_referrals, cm, case.id)
    qtbot.addWidget(follow)
    assert follow.draft(), follow.message.text()
    follow.next_status.setCurrentIndex(follow.next_status.findData("sent"))
    QTest.keyClicks(follow.detail, "secure fax")
    assert not follow.advance()
    assert follow.message.text() == (
        "«No consent valid today names Coastal Horizons. Record the participant's consent "
        "first, or ask a supervisor to override.»")
    assert follow.model.row(0).status == "draft"


def test_a_summary_the_prosecutor_may_not_have_is_refused_in_the_users_language(
        qtbot, db, program, staff, marking):
    """The Documents tab of the person window: without a §2.35 consent naming the
    prosecutor's office, the case summary is refused, in the user's language."""
    cm = staff[Role.CASE_MANAGER]
    case = steps.active_case(program, staff, "seattle-lead@1")
    window = PersonWindow(CaseServices(
        program.people, program.cases, program.notes, consents=program.consents,
        intake=program.intake, documents=DocumentService(db, program.clock)),
        cm, case.person_id)
    qtbot.waitUntil(lambda: window.loaded, timeout=10000)  # read off the UI thread
    qtbot.addWidget(window)
    documents = tab(window, "Documents")
    choose_text(documents.choice, "Case summary for the prosecutor")
    assert documents.generate() is None
    shown = documents.message.text()
    assert shown.startswith("«No criminal-justice referral consent (§2.35) naming the "
                            "prosecutor's office is in force for this person"), shown
    assert not unmarked(shown).strip(), shown


def test_a_refusal_with_codes_says_them_in_words(program, staff, marking):
    """A draft-only step on a signed consent: the consent's status is a code inside the
    sentence, shown as its label (translated too); lead-admin and the log keep English."""
    cm = staff[Role.CASE_MANAGER]
    case = steps.active_case(program, staff, "seattle-lead@1")
    consent = program.consents.list_for_person(cm, case.person_id)[0]
    with pytest.raises(InvalidInput) as refused:
        program.consents.draft(cm, consent.id)
    assert error_words(refused.value) == \
        "«Only a draft consent can be edited (this one is «Signed»).»"
    assert refused.value.message == "Only a draft consent can be edited (this one is Signed)."
