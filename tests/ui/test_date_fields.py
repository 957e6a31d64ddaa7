"""Every date field writes dates as 2027-12-02, whatever the Windows locale: on an en_US
desk with the Spanish UI a consent expiring on 2 December 2027 read "12/2/27", which a
Spanish reader takes as 12 February (issue 15, tester's finding 10)."""

from __future__ import annotations

import pytest
from PySide6.QtCore import QDate, QLocale
from PySide6.QtWidgets import QDateEdit

from lead_desktop.security.roles import Role
from lead_desktop.services.program.vocabulary import CaseState
from lead_desktop.ui.forms.consent_form import ConsentForm
from lead_desktop.ui.forms.intake_form import IntakeForm
from lead_desktop.ui.forms.step_dialog import StepDialog
from tests.support import steps


@pytest.fixture
def us_desk(qapp):
    """A Windows desk set to English (United States), where Qt's default is M/d/yy."""
    before = QLocale()
    QLocale.setDefault(QLocale(QLocale.Language.English, QLocale.Country.UnitedStates))
    yield
    QLocale.setDefault(before)


def shows_iso(widget) -> None:
    fields = widget.findChildren(QDateEdit)
    assert fields
    for field in fields:
        field.setDate(QDate(2027, 12, 2))
        assert field.text() == "2027-12-02", (field.objectName(), field.text())


def test_consent_and_intake_dates_are_written_year_month_day(qtbot, program, staff, us_desk):
    cm = staff[Role.CASE_MANAGER]
    case = steps.active_case(program, staff, "seattle-lead@1", "Rivera", "Ana")
    consent = ConsentForm(program.consents, cm, case.person_id, case.id)
    qtbot.addWidget(consent)
    assert {f.objectName() for f in consent.findChildren(QDateEdit)} >= {"expiresOn",
                                                                         "revocableAfter"}
    shows_iso(consent)
    intake = IntakeForm(program.intake, cm, case.id, [])
    qtbot.addWidget(intake)
    shows_iso(intake)


@pytest.mark.parametrize("current, target", [(CaseState.ACTIVE, CaseState.REMOVED),
                                             (CaseState.COMPLIANCE_REVIEW, CaseState.ACTIVE)])
def test_step_dates_are_written_year_month_day(qtbot, us_desk, current, target):
    dialog = StepDialog(current, target)
    qtbot.addWidget(dialog)
    shows_iso(dialog)
