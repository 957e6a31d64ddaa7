"""Status chips: a color AND a word (never color alone), decided by services/urgency.py
and drawn by ui/status_chip.py, in the work queue, on each role's Home and in the person's
header. The chip's color is read back from the pixels the table draws."""

from datetime import date

from PySide6.QtCore import QPoint
from PySide6.QtGui import QColor

from lead_desktop.security.roles import Role
from lead_desktop.services.home import HomeRow, Tile
from lead_desktop.services.program.vocabulary import CaseState
from lead_desktop.ui.pages.home_page import TileButton, TileList
from lead_desktop.ui.pages.work_queue_page import STATUS_COLUMN, WorkQueuePage
from lead_desktop.ui.person_header import PersonHeader
from lead_desktop.ui.status_chip import CHIP_ROLE, COLORS, MARGIN, ChipDelegate
from tests.support import steps

R = Role


def queue_page(qtbot, program, actor):
    page = WorkQueuePage(program.work_queue, actor)
    qtbot.addWidget(page)
    page.resize(900, 400)
    page.show()
    qtbot.waitExposed(page)
    page.refresh()
    qtbot.waitUntil(lambda: page.status.text() not in ("", "Loading…"), timeout=10000)
    return page


def chip_color_drawn(table, row: int, column: int) -> QColor:
    """The color the table paints inside the chip of a cell (left of its word)."""
    rect = table.visualRect(table.model().index(row, column))
    image = table.viewport().grab().toImage()
    return image.pixelColor(QPoint(rect.left() + MARGIN + 4, rect.center().y()))


def intake_row(page) -> int:
    kinds = [page.model.row(i).kind for i in range(page.model.rowCount())]
    assert "intake_due" in kinds, kinds
    return kinds.index("intake_due")


def test_an_overdue_intake_shows_an_overdue_chip_in_the_work_queue(qtbot, program, staff):
    cm = staff[R.CASE_MANAGER]
    case = steps.eligible_case(program, staff, "seattle-lead@1", "Le", "Casey")
    program.clock.advance(days=(case.intake_due - program.clock.now.date()).days + 2)
    page = queue_page(qtbot, program, cm)
    row = intake_row(page)
    cell = page.model.index(row, STATUS_COLUMN)
    assert (cell.data(), cell.data(CHIP_ROLE)) == ("Overdue", "overdue")
    assert isinstance(page.table.itemDelegateForColumn(STATUS_COLUMN), ChipDelegate)
    assert chip_color_drawn(page.table, row, STATUS_COLUMN) == QColor(COLORS["overdue"][0])
    # a row with nothing urgent has no chip: no word, and the table's own background
    plain = next((i for i in range(page.model.rowCount())
                  if page.model.row(i).urgency is None), None)
    if plain is not None:
        assert page.model.index(plain, STATUS_COLUMN).data() == ""


def test_an_intake_due_in_three_days_is_due_soon(qtbot, program, staff):
    cm = staff[R.CASE_MANAGER]
    case = steps.eligible_case(program, staff, "seattle-lead@1", "Le", "Casey")
    program.clock.advance(days=(case.intake_due - program.clock.now.date()).days - 3)
    page = queue_page(qtbot, program, cm)
    row = intake_row(page)
    assert page.model.index(row, STATUS_COLUMN).data() == "Due soon"
    assert chip_color_drawn(page.table, row, STATUS_COLUMN) == QColor(COLORS["due_soon"][0])


def test_the_header_shows_an_overdue_deadline_with_a_chip(qtbot, program, staff):
    from tests.ui.test_person_page import page as person_page

    cm = staff[R.CASE_MANAGER]
    case = steps.eligible_case(program, staff, "seattle-lead@1", "Le", "Casey")
    program.clock.advance(days=(case.intake_due - program.clock.now.date()).days + 3)
    header = person_page(qtbot, program, cm, case.person_id, full=False).header
    assert header.deadline_chip.isVisibleTo(header)
    assert (header.deadline_chip.text(), header.deadline_chip.urgency) == ("Overdue", "overdue")
    assert "(overdue by 3 day" in header.deadline.text()
    chip = header.deadline_chip.grab().toImage()
    assert chip.pixelColor(QPoint(6, chip.height() // 2)) == QColor(COLORS["overdue"][0])
    assert not header.hold_chip.isVisibleTo(header)      # waiting for intake is not on hold


def test_a_waitlisted_case_is_on_hold_in_the_header_and_on_home(qtbot):
    header = PersonHeader()
    qtbot.addWidget(header)
    header.show_state(CaseState.WAITLISTED)
    assert (header.hold_chip.text(), header.hold_chip.urgency) == ("On hold", "on_hold")
    header.show_state(CaseState.ACTIVE)
    assert not header.hold_chip.isVisibleTo(header)
    # the supervisor's "Waiting for a place": each row and the count's tile say "On hold"
    from lead_desktop.services.urgency import Urgency

    rows = (HomeRow("Le, Casey", date(2026, 11, 2), "waitlisted", "p1", Urgency.ON_HOLD),)
    listing = TileList(Tile("waitlisted", rows))
    qtbot.addWidget(listing)
    assert (listing.model.index(0, 3).data(), listing.model.index(0, 3).data(CHIP_ROLE)) == (
        "On hold", "on_hold")
    tile = TileButton("1", "Waiting for a place", Urgency.ON_HOLD)
    qtbot.addWidget(tile)
    assert tile.chip.text() == "On hold"


def test_home_counts_overdue_work_as_the_queue_chips_do(qtbot, program, staff):
    """The supervisor's "Overdue work items" are the queue's overdue chips: a referral made
    days ago is listed by its day, and is not overdue for that."""
    from tests.ui.test_home_page import home_page

    sup = staff[R.SUPERVISOR]
    case = steps.eligible_case(program, staff, "seattle-lead@1", "Le", "Casey")
    program.clock.advance(days=(case.intake_due - program.clock.now.date()).days + 1)
    page, home, opened = home_page(qtbot, program, sup)
    tile = page.tiles["overdue"]
    assert [r.what for r in tile.rows] == ["intake_due"]
    assert page.buttons["overdue"].chip.text() == "Overdue"
    page.open_tile("overdue")
    assert opened[-1].model.index(0, 3).data() == "Overdue"


def test_a_note_unsigned_for_two_days_is_overdue_on_the_case_managers_home(qtbot, program,
                                                                         staff):
    from tests.ui.test_home_page import home_page

    cm = staff[R.CASE_MANAGER]
    case = steps.active_case(program, staff, "seattle-lead@1", "Okafor", "Chris")
    steps.note(program, cm, case.id, "Called; left a message")     # a draft
    page, _, opened = home_page(qtbot, program, cm)
    assert page.tiles["unsigned_notes"].count == 1
    assert not page.buttons["unsigned_notes"].chip.isVisibleTo(page)   # written today
    program.clock.advance(days=2)
    page.refresh()
    qtbot.waitUntil(lambda: page.loaded, timeout=10000)
    assert page.buttons["unsigned_notes"].chip.text() == "Overdue"
    page.open_tile("unsigned_notes")
    assert opened[-1].model.index(0, 3).data() == "Overdue"


def test_the_header_shows_where_the_consent_stands_with_a_chip(qtbot, program, staff):
    """Decided by services/consent/standing.py from the consents the services keep; drawn
    with a color and its words beside the consent line."""
    from tests.ui.test_person_page import page as person_page
    from lead_desktop.ui.status_chip import CONSENT_COLORS

    cm = staff[R.CASE_MANAGER]
    case = steps.active_case(program, staff, "seattle-lead@1", "Le", "Casey")  # signed at intake
    header = person_page(qtbot, program, cm, case.person_id).header
    assert header.consent_chip.isVisibleTo(header)
    assert (header.consent_chip.text(), header.consent_chip.standing) == (
        "Consent signed", "signed")
    chip = header.consent_chip.grab().toImage()
    assert chip.pixelColor(QPoint(6, chip.height() // 2)) == QColor(CONSENT_COLORS["signed"][0])

    program.clock.advance(days=340)          # 25 days before the year's consent ends
    header = person_page(qtbot, program, cm, case.person_id).header
    assert header.consent_chip.text() == "Consent expires soon"

    consent = program.consents.list_for_person(cm, case.person_id)[0]
    program.consents.revoke(cm, consent.id, received_how="in writing")
    header = person_page(qtbot, program, cm, case.person_id).header
    assert (header.consent_chip.text(), header.consent_chip.standing) == (
        "Consent revoked", "revoked")
    assert "No valid consent" in header.consent.text()
    chip = header.consent_chip.grab().toImage()
    assert chip.pixelColor(QPoint(6, chip.height() // 2)) == QColor(
        CONSENT_COLORS["revoked"][0])

    waiting = steps.eligible_case(program, staff, "seattle-lead@1", "Rivera", "Ana")
    header = person_page(qtbot, program, cm, waiting.person_id).header
    assert header.consent_chip.text() == "No consent"
    # a role that does not see consents sees no chip either
    header = person_page(qtbot, program, cm, waiting.person_id, full=False).header
    assert not header.consent_chip.isVisibleTo(header)
