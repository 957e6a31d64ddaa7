"""Administration → Code lists, through the main window: an administrator adds an exit
reason and retires another; the exit form offers the new one and no longer the retired one,
while the case that left under the retired one still reads it. Each change is audited."""

from datetime import date

import pytest
from PySide6.QtCore import QDate, Qt
from sqlalchemy import select

from lead_desktop.models import AuditEntry
from lead_desktop.security.roles import Role
from lead_desktop.services.program.vocabulary import CaseState
from lead_desktop.ui.forms.step_dialog import StepDialog
from lead_desktop.ui.labels import use_code_book
from lead_desktop.ui.pages.code_lists_page import CodeListsPage
from lead_desktop.ui.person_window import PersonWindow
from tests.stories.app import choose, find_person, tab, while_open
from tests.support import steps
from tests.ui.test_main_window import window_for
from tests.ui.test_program_page import page_of

SEATTLE = "seattle-lead@1"
pytestmark = pytest.mark.slow  # two main windows, each person opened from its search


@pytest.fixture(autouse=True)
def _no_code_book_after():
    yield
    use_code_book(None)  # the next test's main window loads its own database's lists


def _history_reasons(window) -> list[str]:
    history = window.history_model
    column = history.columnCount() - 1
    return [history.index(r, column).data() for r in range(history.rowCount())]


def test_a_new_exit_reason_is_offered_and_a_retired_one_still_reads(qtbot, program, staff, db):
    supervisor = staff[Role.SUPERVISOR]
    old = steps.active_case(program, staff, SEATTLE, "Abara", "Ngozi")
    program.cases.transition(supervisor, old.id, CaseState.EXITED, reason_text="to Tacoma",
                             details={"exit_type": "transferred"})
    steps.active_case(program, staff, SEATTLE, "Lindqvist", "Maja")

    admin = window_for(qtbot, db, Role.ADMINISTRATOR, staff)
    page = page_of(admin, "Code lists", CodeListsPage)
    admin.show_page(page)
    choose(page.lists, "exit_reason")
    qtbot.keyClicks(page.new_code, "moved_out_of_state")
    qtbot.keyClicks(page.new_en, "Moved out of state")
    page.new_es.insert("Se mudó a otro estado")
    qtbot.mouseClick(page.add_button, Qt.MouseButton.LeftButton)
    assert "Added moved_out_of_state" in page.message.text(), page.message.text()
    assert page.select("transferred")
    page.retire_from.setDate(QDate(date.today()))
    qtbot.mouseClick(page.retire_button, Qt.MouseButton.LeftButton)
    assert "no longer offered" in page.message.text(), page.message.text()
    assert not page.retire_button.isEnabled()          # retired once, and shown so
    assert page.select("moved")                        # new words for a kept code
    page.edit_en.clear()
    qtbot.keyClicks(page.edit_en, "Moved out of the area")
    qtbot.mouseClick(page.relabel_button, Qt.MouseButton.LeftButton)
    assert "New words for moved saved" in page.message.text(), page.message.text()
    # a bad code names its field and adds nothing
    qtbot.keyClicks(page.new_en, "No code given")
    qtbot.mouseClick(page.add_button, Qt.MouseButton.LeftButton)
    assert page.add_errors.text("code")
    admin.close()

    desk = window_for(qtbot, db, Role.SUPERVISOR, staff)
    offered: list[tuple[str, str]] = []

    def exit_form(dialog: StepDialog) -> None:
        offered.extend((dialog.exit_type.itemData(i), dialog.exit_type.itemText(i))
                       for i in range(dialog.exit_type.count()))
        choose(dialog.exit_type, "moved_out_of_state")
        assert dialog.exit_type.currentText() == "Moved out of state"
        qtbot.keyClicks(dialog.reason, "moved to Boise to be near her sister")
        dialog.accept()

    def exit_the_case(window: PersonWindow) -> None:
        choose(window.step, CaseState.EXITED.value)
        while_open(qtbot, StepDialog, exit_form, window.take_step)
        assert window.action_message.text() == "Done.", window.action_message.text()
        tab(window, "History")
        assert "Moved out of state — moved to Boise to be near her sister" in \
            _history_reasons(window)

    find_person(qtbot, desk, "Lindqvist", PersonWindow, exit_the_case)
    codes = dict(offered)
    assert "moved_out_of_state" in codes and "transferred" not in codes
    assert codes["lost_contact"] == "Lost contact"    # the built-in reasons stay
    assert codes["moved"] == "Moved out of the area"

    def old_case_reads(window: PersonWindow) -> None:
        tab(window, "History")
        assert "Transferred — to Tacoma" in _history_reasons(window)

    find_person(qtbot, desk, "Abara", PersonWindow, old_case_reads)
    with db.read() as session:
        events = session.scalars(select(AuditEntry.event).where(
            AuditEntry.event.like("configuration.code_%"))).all()
    assert sorted(events) == ["configuration.code_added", "configuration.code_relabeled",
                              "configuration.code_retired"]
