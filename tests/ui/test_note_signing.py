"""A case manager clears "My unsigned notes" from Home in the main window: the count opens
its list, the row opens the person's notes with an unsigned note selected, and the note is
signed there; a locked note is amended with a reason (the original stays beside it) and a
note on the wrong case is voided with a reason (forms.md "Case note")."""

from PySide6.QtWidgets import QInputDialog

from lead_desktop.security.roles import Role
from lead_desktop.ui.pages.home_page import HomePage, TileList
from lead_desktop.ui.person_window import CaseServices, PersonWindow
from tests.stories.app import while_open
from tests.support import steps
from tests.ui.test_courts_and_agencies import page_of, window_for

R = Role


def select(tab, text):
    rows = [n.text for n in tab.model._rows]
    tab.table.selectRow(rows.index(text))
    return tab.selected_note()


def home_of(qtbot, db, staff, program, role=R.CASE_MANAGER):
    window = window_for(qtbot, db, staff, role, program.clock)
    home = page_of(window, HomePage)
    qtbot.waitUntil(lambda: home.loaded, timeout=10000)
    return home


def test_unsigned_notes_are_signed_amended_and_voided_from_home(qtbot, db, program, staff):
    cm = staff[R.CASE_MANAGER]
    case = steps.eligible_case(program, staff, "seattle-lead@1")
    steps.note(program, cm, case.id, "Met at the shelter; wants detox.")
    program.clock.advance(minutes=30)              # two contacts, in order
    steps.note(program, cm, case.id, "Written on the wrong case.")
    program.clock.advance(days=2)                  # both locked by time, neither signed
    home = home_of(qtbot, db, staff, program)
    assert home.tiles["unsigned_notes"].count == 2
    done = []

    def amend(form):
        assert form.text.toPlainText() == "Met at the shelter; wants detox."
        form.text.setPlainText("Met at the shelter; wants detox and housing.")
        form.save()                                            # no reason given
        assert not form.result() and "reason" in form.message.text()
        form.reason.setText("housing was left out")
        form.save()
        return form.result()

    def void_reason(dialog):
        dialog.setTextValue("belongs to another participant")
        dialog.accept()

    def in_person(person):
        tab = person.notes
        assert person.tabs.currentWidget() is tab
        chosen = tab.selected_note()                           # the oldest, ready to sign
        assert chosen.text == "Met at the shelter; wants detox." and chosen.signed_at is None
        assert not tab.edit_note.isEnabled() and tab.sign_note.isEnabled()
        tab.sign_note.click()
        assert tab.message.text() == "Note signed.", tab.message.text()
        signed = select(tab, chosen.text)
        assert signed.signed_at is not None and not tab.sign_note.isEnabled()
        assert "(signed)" in tab.detail.toPlainText()

        other = next(n.text for n in tab.model._rows if n.text != chosen.text)
        select(tab, other)
        assert "locked, not signed" in tab.detail.toPlainText()
        original = select(tab, "Met at the shelter; wants detox.")
        assert tab.amend_note.isEnabled()
        tab.amend_selected(amend)
        assert "original note stays" in tab.message.text()
        assert len(tab.model._rows) == 3
        select(tab, "Met at the shelter; wants detox.")        # both stay visible
        shown = tab.detail.toPlainText()
        assert "housing was left out" in shown and "wants detox and housing." in shown
        assert original.id in {n.amends_id for n in tab.model._rows}

        select(tab, "Written on the wrong case.")
        while_open(qtbot, QInputDialog, void_reason, tab.void_note.click)
        assert tab.message.text() == "Note voided."
        assert "Written on the wrong case." not in [n.text for n in tab.model._rows]
        done.append(True)

    def in_list(listing):
        assert listing.model.rowCount() == 2
        while_open(qtbot, PersonWindow, in_person,
                   lambda: listing._open(listing.model.index(0, 0)))

    while_open(qtbot, TileList, in_list, lambda: home.open_tile("unsigned_notes"))
    assert done
    # what is left unsigned is the amendment just written (its author signs it next)
    home = home_of(qtbot, db, staff, program)
    assert home.tiles["unsigned_notes"].count == 1


def test_only_the_author_signs_and_a_locked_note_is_amended_not_edited(qtbot, program,
                                                                       staff):
    cm, sup = staff[R.CASE_MANAGER], staff[R.SUPERVISOR]
    case = steps.eligible_case(program, staff, "seattle-lead@1")
    steps.note(program, cm, case.id, "Draft by the case manager.")

    def notes_as(actor):
        person = PersonWindow(CaseServices(program.people, program.cases, program.notes),
                              actor, case.person_id)
        qtbot.addWidget(person)
        qtbot.waitUntil(lambda: person.loaded, timeout=10000)
        return person.notes

    tab = notes_as(sup)
    select(tab, "Draft by the case manager.")
    assert not tab.sign_note.isEnabled() and not tab.edit_note.isEnabled()
    assert not tab.amend_note.isEnabled()              # the author's draft, still open
    tab = notes_as(cm)
    select(tab, "Draft by the case manager.")
    assert tab.edit_note.isEnabled() and not tab.amend_note.isEnabled()
    program.clock.advance(hours=25)                    # locked by time: amend, not edit
    tab = notes_as(cm)
    select(tab, "Draft by the case manager.")
    assert not tab.edit_note.isEnabled() and tab.amend_note.isEnabled()
    assert tab.sign_note.isEnabled()                   # the author still signs it


def test_the_work_queues_unsigned_note_opens_it_ready_to_sign(qtbot, db, program, staff):
    from lead_desktop.ui.pages.work_queue_page import WorkQueuePage

    cm = staff[R.CASE_MANAGER]
    case = steps.eligible_case(program, staff, "seattle-lead@1")
    steps.note(program, cm, case.id, "Phoned about the intake date.")
    program.clock.advance(days=2)
    window = window_for(qtbot, db, staff, R.CASE_MANAGER, program.clock)
    page = page_of(window, WorkQueuePage)
    qtbot.waitUntil(lambda: any(i.kind == "draft_note" for i in page.model._rows),
                    timeout=10000)
    row = next(n for n, i in enumerate(page.model._rows) if i.kind == "draft_note")
    assert page.model.row(row).person == "Rivera, Ana"
    seen = []

    def ready(person):
        assert person.tabs.currentWidget() is person.notes
        assert person.notes.selected_note().text == "Phoned about the intake date."
        assert person.notes.sign_note.isEnabled()
        seen.append(True)

    while_open(qtbot, PersonWindow, ready, lambda: page._activated(page.model.index(row, 0)))
    assert seen
