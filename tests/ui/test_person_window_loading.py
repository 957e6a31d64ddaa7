"""The person window's structure for speed (issue 16): it is shown before its data, which
is read off the UI thread; notes come a page at a time as the list is scrolled; the tabs
that read the database themselves are made when first opened. Timings stay in bench/."""

from datetime import timedelta

import pytest
from sqlalchemy import func, select

from lead_desktop.models import AuditEntry
from lead_desktop.security.roles import Role
from lead_desktop.services.care.note_service import PAGE_SIZE, NoteInput
from lead_desktop.ui.forms.provider_followup import ProviderFollowUp
from lead_desktop.ui.person_window import CaseServices, PersonWindow
from tests.support import steps

R = Role


def _services(program):
    return CaseServices(program.people, program.cases, program.notes, program.consents,
                        program.intake, program.providers, program.provider_referrals)


def test_the_window_shows_before_its_data_and_builds_when_it_arrives(qtbot, program, staff):
    case = steps.active_case(program, staff, "seattle-lead@1", "Okafor", "Chris")
    w = PersonWindow(_services(program), staff[R.CASE_MANAGER], case.person_id)
    qtbot.addWidget(w)
    w.show()  # on screen at once: nothing read on the UI thread yet
    assert not w.loaded and w.tabs.count() == 0 and w.wait.isVisible()
    assert w.wait.text() == "Loading…"
    qtbot.waitUntil(lambda: w.loaded, timeout=10000)
    assert "Okafor" in w.windowTitle()
    assert not w.wait.isVisible() and w.tabs.tabText(0) == "Overview"
    assert w.step.count() > 0  # the steps this user may take, read with the rest


@pytest.mark.slow  # a page and more of notes, saved through the service
def test_notes_come_a_page_at_a_time_newest_first_as_the_list_is_scrolled(
        qtbot, db, program, staff):
    cm = staff[R.CASE_MANAGER]
    case = steps.active_case(program, staff, "seattle-lead@1", "Okafor", "Chris")
    start = program.clock.now - timedelta(days=30)
    total = PAGE_SIZE + 5
    for n in range(total):
        program.notes.add(cm, case.id, NoteInput(contact_at=start + timedelta(hours=n),
                                                 duration_min=5, contact_type="phone",
                                                 text=f"Contact {n}."))
    w = PersonWindow(_services(program), cm, case.person_id)
    qtbot.addWidget(w)
    w.show()
    qtbot.waitUntil(lambda: w.loaded, timeout=10000)
    model = w.notes_model
    assert model.total == PAGE_SIZE and w.notes.more
    assert model.row(0).text == f"Contact {total - 1}."  # the newest first
    with db.read() as session:
        listed = session.scalar(select(func.count()).select_from(AuditEntry).where(
            AuditEntry.event == "note.list"))
    w.tabs.setCurrentWidget(w.notes)
    w.notes_table.scrollToBottom()  # the user reaches the end of the list
    qtbot.waitUntil(lambda: model.total == total, timeout=10000)
    assert not w.notes.more and model.row(total - 1).text == "Contact 0."
    assert len({model.row(i).id for i in range(total)}) == total  # each note once
    with db.read() as session:  # the older page is a listing of its own, audited
        assert session.scalar(select(func.count()).select_from(AuditEntry).where(
            AuditEntry.event == "note.list")) == listed + 1


def test_a_tab_that_reads_the_database_is_made_when_first_opened(qtbot, program, staff):
    case = steps.active_case(program, staff, "seattle-lead@1", "Okafor", "Chris")
    w = PersonWindow(_services(program), staff[R.CASE_MANAGER], case.person_id)
    qtbot.addWidget(w)
    w.show()
    qtbot.waitUntil(lambda: w.loaded, timeout=10000)
    assert w.findChild(ProviderFollowUp) is None  # not read yet
    titles = [w.tabs.tabText(i) for i in range(w.tabs.count())]
    w.tabs.setCurrentIndex(titles.index("Provider follow-up"))  # the user opens it
    shown = w.tabs.currentWidget()
    assert isinstance(shown, ProviderFollowUp) and w.followup is shown
    assert [w.tabs.tabText(i) for i in range(w.tabs.count())] == titles  # same place


def test_the_window_opens_at_the_tab_it_was_asked_for(qtbot, program, staff):
    case = steps.active_case(program, staff, "seattle-lead@1", "Okafor", "Chris")
    w = PersonWindow(_services(program), staff[R.CASE_MANAGER], case.person_id,
                     open_tab="followup")
    qtbot.addWidget(w)
    qtbot.waitUntil(lambda: w.loaded, timeout=10000)
    assert isinstance(w.tabs.currentWidget(), ProviderFollowUp)
