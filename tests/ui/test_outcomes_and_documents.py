"""The person window reads outcomes back and reaches every document: justice events and
the 6/18-month look-ups (with "looked, nothing found") entered and listed, snapshots
listed; the revocation form and the prosecutor summary from the Documents tab (the PDFs
read back)."""

import io
from datetime import timedelta

from pypdf import PdfReader

from lead_desktop.security.roles import Role
from lead_desktop.services.care.outcome_service import OutcomeService
from lead_desktop.services.documents_service import DocumentService
from lead_desktop.ui.documents_tab import DocumentsTab
from lead_desktop.ui.person_window import CaseServices, PersonWindow
from tests.support import steps


def full_window(qtbot, db, program, actor, person_id):
    services = CaseServices(program.people, program.cases, program.notes, program.consents,
                            program.intake, program.providers, program.provider_referrals,
                            OutcomeService(db, program.clock), DocumentService(db, program.clock))
    window = PersonWindow(services, actor, person_id)
    qtbot.waitUntil(lambda: window.loaded, timeout=10000)  # read off the UI thread
    qtbot.addWidget(window)
    return window


def text(pdf):
    return " ".join(" ".join(p.extract_text() for p in PdfReader(io.BytesIO(pdf)).pages).split())


def test_justice_events_and_look_ups_are_entered_and_read_back(qtbot, db, program, staff):
    cm = staff[Role.CASE_MANAGER]
    case = steps.active_case(program, staff, "seattle-lead@1", "Okafor", "Chris")
    OutcomeService(db, program.clock).record_snapshot(
        cm, case.id, program.clock.now.date().replace(day=1), "temporary", "none", ("SNAP",))
    program.clock.advance(days=200)
    window = full_window(qtbot, db, program, cm, case.person_id)
    tab = window.justice
    assert window.tabs.tabText(window.tabs.indexOf(tab)) == "Justice events"
    assert tab.snapshots.rowCount() == 1 and tab.snapshots.row(0).housing == "temporary"

    booked = program.clock.now.date() - timedelta(days=20)
    tab.event_type.setCurrentIndex(tab.event_type.findData("booking"))
    tab.event_date.setDate(booked)
    tab.released.setChecked(True)
    tab.release_date.setDate(booked - timedelta(days=1))
    assert not tab.add_event()
    assert tab.event_errors.text("release_date") == "before the event"
    tab.release_date.setDate(booked + timedelta(days=4))
    tab.level.setCurrentIndex(tab.level.findData("misdemeanor"))
    tab.event_source.setText("King County jail roster")
    assert tab.add_event(), tab.message.text()
    assert tab.events.rowCount() == 1 and tab.events.row(0).jail_days == 5

    assert not tab.add_lookup()   # where was it looked? required
    assert "where you looked" in tab.lookup_errors.text("sources")
    tab.sources.setText("county court index, jail roster")
    tab.nothing_found.setChecked(True)
    assert tab.add_lookup(), tab.message.text()
    [lookup] = [tab.lookups.row(i) for i in range(tab.lookups.rowCount())]
    assert (lookup.window, lookup.nothing_found) == ("6_months", True)

    again = full_window(qtbot, db, program, staff[Role.SUPERVISOR], case.person_id)
    assert again.justice.events.rowCount() == 1 and again.justice.lookups.rowCount() == 1
    clerk_view = full_window(qtbot, db, program, staff[Role.CLERK], case.person_id)
    assert clerk_view.justice is None   # the matrix: no justice events for clerks


def test_revocation_form_and_prosecutor_summary_from_the_documents_tab(qtbot, db, program,
                                                                       staff):
    cm = staff[Role.CASE_MANAGER]
    case = steps.active_case(program, staff, "seattle-lead@1", "Okafor", "Chris")
    # the summary goes only under a §2.35 consent naming the prosecutor's office
    steps.signed_consent(program, cm, case.person_id,
                         [{"name": "King County Prosecuting Attorney", "address": "516 Third Ave"}])
    window = full_window(qtbot, db, program, cm, case.person_id)
    window.tabs.setCurrentIndex(next(i for i in range(window.tabs.count())
                                    if window.tabs.tabText(i) == "Documents"))
    tab = window.findChild(DocumentsTab)  # made when first opened
    choices = {tab.choice.itemText(i): i for i in range(tab.choice.count())}
    assert "Case summary for the prosecutor" in choices
    revocations = [t for t in choices if t.startswith("Revocation form")]
    assert revocations
    tab.choice.setCurrentIndex(choices[revocations[0]])
    made = tab.generate()
    assert made is not None, tab.message.text()
    printed = text(made.pdf)
    assert "Chris Okafor" in printed and "06/02/1991" in printed
    tab.choice.setCurrentIndex(choices["Case summary for the prosecutor"])
    made = tab.generate()
    assert made is not None, tab.message.text()
    assert "Okafor, Chris" in text(made.pdf)
