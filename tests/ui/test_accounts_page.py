"""Administration through the accounts page, and the forced change of a temporary password."""

from PySide6.QtCore import QItemSelectionModel

from lead_desktop.security.accounts import AccountService
from lead_desktop.security.roles import Role
from lead_desktop.ui.change_password_dialog import ChangePasswordDialog
from lead_desktop.ui.pages.accounts_page import AccountsPage


def page_for(qtbot, db, actor):
    page = AccountsPage(AccountService(db), actor)
    qtbot.addWidget(page)
    page.show()
    qtbot.waitUntil(lambda: page.model.rowCount() > 0, timeout=5000)
    return page


def select(page, username):
    for row in range(page.model.rowCount()):
        if page.model.row(row).username == username:
            page.table.selectionModel().select(
                page.model.index(row, 0),
                QItemSelectionModel.SelectionFlag.ClearAndSelect
                | QItemSelectionModel.SelectionFlag.Rows)


def test_administrator_manages_accounts(qtbot, db, admin):
    page = page_for(qtbot, db, admin)
    temporary = page.add("jdoe", "Jane Doe", Role.CASE_MANAGER)
    assert temporary and temporary in page.status.text()
    qtbot.waitUntil(lambda: page.model.rowCount() == 2, timeout=5000)
    accounts = AccountService(db)
    signed = accounts.sign_in("jdoe", temporary)
    assert signed.user.must_change_password
    # the forced change at first sign-in
    dialog = ChangePasswordDialog(accounts, signed.actor, current=temporary)
    qtbot.addWidget(dialog)
    dialog.new.setText("lighthouse keepers sing")
    dialog.repeat.setText("lighthouse keepers sang")
    dialog.save()
    assert "differ" in dialog.message.text()
    dialog.repeat.setText("lighthouse keepers sing")
    dialog.save()
    assert dialog.result() == dialog.DialogCode.Accepted
    assert not accounts.sign_in("jdoe", "lighthouse keepers sing").user.must_change_password

    select(page, "jdoe")
    page.disable(page.selected(), "")
    assert "reason" in page.status.text()
    page.disable(page.selected(), "left the agency")
    qtbot.waitUntil(lambda: any(page.model.row(r).disabled for r in range(2)), timeout=5000)


def test_auditor_reads_but_cannot_change(qtbot, db, staff):
    page = page_for(qtbot, db, staff[Role.AUDITOR])
    assert page.add("x1", "X", Role.CLERK) is None
    assert "may not" in page.status.text()


def test_administrator_puts_an_account_in_a_team(qtbot, db, admin):
    from sqlalchemy import select as query

    from lead_desktop.models import AuditEntry, User

    page = page_for(qtbot, db, admin)
    page.add("kim", "Kim Lee", Role.SUPERVISOR)
    qtbot.waitUntil(lambda: page.model.rowCount() == 2, timeout=5000)
    select(page, "kim")
    page.set_team(page.selected(), " North ", None)
    assert page.status.text() == "kim is now in team North."
    qtbot.waitUntil(lambda: any(page.model.row(i).team == "North"
                                for i in range(page.model.rowCount())), timeout=5000)
    with db.read() as session:
        assert session.scalar(query(User.team).where(User.username == "kim")) == "North"
        assert session.scalars(query(AuditEntry.event).where(
            AuditEntry.event == "account.team")).all() == ["account.team"]


def test_administrator_changes_a_role_and_the_old_session_ends(qtbot, db, admin):
    import pytest

    from lead_desktop.errors import SessionEnded

    page = page_for(qtbot, db, admin)
    page.add("kim", "Kim Lee", Role.CASE_MANAGER)
    qtbot.waitUntil(lambda: page.model.rowCount() == 2, timeout=5000)
    accounts = AccountService(db)
    temporary = page.status.text().rsplit(": ", 1)[1]
    kim = accounts.sign_in("kim", temporary).actor
    select(page, "kim")
    page.set_role(page.selected(), Role.SUPERVISOR)
    assert "open sessions end" in page.status.text()
    qtbot.waitUntil(lambda: any(page.model.row(i).role is Role.SUPERVISOR
                                for i in range(page.model.rowCount())), timeout=5000)
    with pytest.raises(SessionEnded):
        accounts.lock_session(kim)


def test_the_team_dialog_opens_with_the_stored_team_and_refuses_a_stale_change(
        qtbot, db, admin, monkeypatch):
    from PySide6.QtWidgets import QInputDialog

    from lead_desktop.security.accounts import AccountService

    page = page_for(qtbot, db, admin)
    page.add("kim", "Kim Lee", Role.SUPERVISOR)
    AccountService(db).set_team(admin, "kim", "North")
    page.refresh()
    qtbot.waitUntil(lambda: any(page.model.row(i).team == "North"
                                for i in range(page.model.rowCount())), timeout=5000)
    select(page, "kim")
    shown = []

    def answer(parent, title, label, **kw):  # the administrator presses OK unchanged
        shown.append(kw.get("text"))
        return kw.get("text"), True

    monkeypatch.setattr(QInputDialog, "getText", answer)
    page._ask_team()
    assert shown == ["North"]
    assert page.status.text() == "kim is now in team North."
    # another administrator moves kim after this page listed the accounts
    select(page, "kim")
    AccountService(db).set_team(admin, "kim", "South", seen_team="North")
    page.set_team("kim", "East", "North")
    assert "Someone else put kim in team South" in page.status.text()
    with db.read() as session:
        from sqlalchemy import select as query

        from lead_desktop.models import User
        assert session.scalar(query(User.team).where(User.username == "kim")) == "South"


def test_the_state_column_is_in_words(qtbot, db, admin):
    """Tester's defect 9: the column showed the codes "active" and "locked"."""
    page = page_for(qtbot, db, admin)
    page.add("jdoe", "Jane Doe", Role.CASE_MANAGER)
    qtbot.waitUntil(lambda: page.model.rowCount() == 2, timeout=5000)
    select(page, "jdoe")
    page.disable(page.selected(), "left the agency")
    qtbot.waitUntil(lambda: any(page.model.row(r).disabled for r in range(2)), timeout=5000)
    states = {page.model.row(r).username: page.model.index(r, 4).data() for r in range(2)}
    assert states == {"admin": "Active", "jdoe": "Disabled"}
