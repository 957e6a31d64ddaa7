"""The audit log page shows events as words, keeps each event's code at hand (tooltip, a
column the auditor can show) and filters by event."""

from PySide6.QtCore import Qt

from lead_desktop.security.accounts import AccountService
from lead_desktop.security.audit_reader import AuditReader
from lead_desktop.security.roles import Role
from lead_desktop.ui.pages.audit_page import AuditPage

from ..conftest import STAFF_PASSWORD


def column(page, title):
    model = page.model
    return next(c for c in range(model.columnCount()) if model.headerData(
        c, Qt.Orientation.Horizontal) == title)


def cells(page, title):
    c = column(page, title)
    return [page.model.index(r, c).data() for r in range(page.model.rowCount())]


def test_events_read_as_words_with_their_code_at_hand(qtbot, db, staff):
    AccountService(db).sign_in(staff[Role.CLERK].username, STAFF_PASSWORD)
    page = AuditPage(AuditReader(db), staff[Role.AUDITOR])
    qtbot.addWidget(page)
    qtbot.waitUntil(lambda: page.model.rowCount() > 0, timeout=5000)
    events = cells(page, "Event")
    assert "Signed in" in events and "auth.sign_in" not in events
    signed_in = events.index("Signed in")
    assert cells(page, "Role")[signed_in] == "Clerk"
    assert cells(page, "Record")[signed_in] == "Account"
    assert cells(page, "Outcome")[signed_in] == "Done"
    tip = page.model.index(signed_in, column(page, "Event")).data(Qt.ItemDataRole.ToolTipRole)
    assert tip == "auth.sign_in"
    codes = column(page, "Event code")
    assert page.table.isColumnHidden(codes)       # an auditor shows it when needed
    page.show_codes.setChecked(True)
    assert not page.table.isColumnHidden(codes)
    assert cells(page, "Event code")[signed_in] == "auth.sign_in"


def test_the_log_is_filtered_by_event(qtbot, db, staff):
    accounts = AccountService(db)
    accounts.sign_in(staff[Role.CLERK].username, STAFF_PASSWORD)
    page = AuditPage(AuditReader(db), staff[Role.AUDITOR])
    qtbot.addWidget(page)
    qtbot.waitUntil(lambda: page.model.rowCount() > 0, timeout=5000)
    assert len(set(cells(page, "Event"))) > 1
    page.event_filter.setCurrentIndex(page.event_filter.findText("Signed in"))
    qtbot.waitUntil(lambda: set(cells(page, "Event")) == {"Signed in"}, timeout=5000)
    page.event_filter.setCurrentIndex(0)  # all events again
    qtbot.waitUntil(lambda: len(set(cells(page, "Event"))) > 1, timeout=5000)
