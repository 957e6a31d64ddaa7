"""Administration: the accounts of this database. Administrators add, disable, reset and
unlock; auditors read. Every action goes through AccountService (checked and audited)."""

from __future__ import annotations

from PySide6.QtWidgets import (
    QAbstractItemView,
    QHBoxLayout,
    QHeaderView,
    QInputDialog,
    QLabel,
    QMessageBox,
    QPushButton,
    QTableView,
    QVBoxLayout,
    QWidget,
)

from lead_desktop.errors import ConflictError, LeadError
from lead_desktop.security.accounts import AccountService
from lead_desktop.security.actor import Actor
from lead_desktop.security.permissions import allowed
from lead_desktop.security.roles import Access, Data, Role
from lead_desktop.ui.messages import error_words
from lead_desktop.ui.role_names import role_name
from lead_desktop.ui.table_model import RowsModel
from lead_desktop.ui.workers import Channel


class AccountsPage(QWidget):
    def __init__(self, accounts: AccountService, actor: Actor, parent=None) -> None:
        super().__init__(parent)
        self.setObjectName("accountsPage")
        self._accounts, self._actor = accounts, actor
        self.model = RowsModel([
            (self.tr("User name"), lambda u: u.username),
            (self.tr("Name"), lambda u: u.display_name),
            (self.tr("Role"), lambda u: role_name(u.role)),
            (self.tr("Team"), lambda u: u.team or ""),
            (self.tr("State"), lambda u: self.tr("Disabled") if u.disabled else (
                self.tr("Locked") if u.locked_until else self.tr("Active"))),
        ], self)
        self.table = QTableView()
        self.table.setObjectName("accountsTable")
        self.table.setModel(self.model)
        self.table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.table.horizontalHeader().setSectionResizeMode(QHeaderView.ResizeMode.Stretch)
        self.table.verticalHeader().setVisible(False)
        self.status = QLabel()
        self.status.setObjectName("accountsStatus")
        self.status.setWordWrap(True)
        buttons = QHBoxLayout()
        can_write = allowed(actor, Data.ACCOUNTS, Access.WRITE)
        for text, handler in ((self.tr("&Add…"), self._ask_add),
                              (self.tr("&Disable…"), self._ask_disable),
                              (self.tr("&Reset password"), self._ask_reset),
                              (self.tr("&Unlock"), lambda: self.unlock(self.selected())),
                              (self.tr("Set &team…"), self._ask_team),
                              (self.tr("Change &role…"), self._ask_role)):
            button = QPushButton(text)
            button.setEnabled(can_write)
            button.clicked.connect(handler)
            buttons.addWidget(button)
        buttons.addStretch(1)
        layout = QVBoxLayout(self)
        layout.addWidget(QLabel(self.tr("Accounts")))
        layout.addLayout(buttons)
        layout.addWidget(self.table)
        layout.addWidget(self.status)
        self._channel = Channel(self.model.set_rows, lambda e: self.status.setText(error_words(e)), self)
        self.refresh()

    def refresh(self) -> None:
        accounts, actor = self._accounts, self._actor
        self._channel.submit(lambda: accounts.list_users(actor))

    def selected(self) -> str | None:
        view = self.selected_view()
        return view.username if view else None

    def selected_view(self):
        rows = self.table.selectionModel().selectedRows()
        return self.model.row(rows[0].row()) if rows else None

    # --- actions (each returns what the user must be told; the handlers only ask) ---

    def add(self, username: str, name: str, role: Role) -> str | None:
        return self._do(lambda: self._accounts.create_user(self._actor, username, name, role)[1],
                        self.tr("Added %s. Temporary password (give it in person; it must be "
                                "changed at first sign-in): %%s") % username)

    def disable(self, username: str | None, reason: str) -> None:
        self._do(lambda: self._accounts.disable(self._actor, username or "", reason),
                 self.tr("Disabled %s.") % username)

    def reset(self, username: str | None) -> str | None:
        return self._do(lambda: self._accounts.reset_password(self._actor, username or ""),
                        self.tr("Temporary password for %s: %%s") % username)

    def unlock(self, username: str | None) -> None:
        self._do(lambda: self._accounts.unlock(self._actor, username or ""),
                 self.tr("Unlocked %s.") % username)

    def set_team(self, username: str | None, team: str, seen_team: str | None) -> None:
        """`seen_team`: the team this page showed, so another administrator's change made
        meanwhile is not overwritten unseen."""
        self._do(lambda: self._accounts.set_team(self._actor, username or "", team,
                                                 seen_team=seen_team),
                 self.tr("%1 is now in team %2.").replace("%1", username or "")
                 .replace("%2", team.strip()) if team.strip()
                 else self.tr("%1 is in no team.").replace("%1", username or ""))

    def set_role(self, username: str | None, role: Role) -> None:
        self._do(lambda: self._accounts.set_role(self._actor, username or "", role),
                 self.tr("%1 is now %2; their open sessions end at their next action.")
                 .replace("%1", username or "").replace("%2", role_name(role)))

    def _do(self, action, success: str):
        try:
            result = action()
        except ConflictError as exc:
            self.status.setText(error_words(exc))
            self.refresh()  # show what is stored now
            return None
        except LeadError as exc:
            self.status.setText(error_words(exc))
            return None
        self.status.setText(success % result if "%s" in success else success)
        self.refresh()
        return result

    # --- asking ---

    def _ask_add(self) -> None:
        username, ok = QInputDialog.getText(self, self.tr("New account"), self.tr("User name"))
        if not ok:
            return
        name, ok = QInputDialog.getText(self, self.tr("New account"), self.tr("Full name"))
        if not ok:
            return
        labels = [r.label for r in Role]
        label, ok = QInputDialog.getItem(self, self.tr("New account"), self.tr("Role"), labels,
                                         1, False)
        if ok and self.add(username, name, list(Role)[labels.index(label)]):
            QMessageBox.information(self, self.tr("New account"), self.status.text())

    def _ask_disable(self) -> None:
        reason, ok = QInputDialog.getText(self, self.tr("Disable account"), self.tr("Reason"))
        if ok:
            self.disable(self.selected(), reason)

    def _ask_team(self) -> None:
        view = self.selected_view()
        if view is None:
            self.status.setText(self.tr("Select an account first."))
            return
        team, ok = QInputDialog.getText(  # opens with the team stored, not an empty field
            self, self.tr("Team"), self.tr("Team (empty for none). A supervisor sees the work "
                                           "of the case managers of the same team."),
            text=view.team or "")
        if ok:
            self.set_team(view.username, team, view.team)

    def _ask_role(self) -> None:
        username = self.selected()
        if username is None:
            self.status.setText(self.tr("Select an account first."))
            return
        labels = [role_name(r) for r in Role]
        label, ok = QInputDialog.getItem(self, self.tr("Change role"),
                                         self.tr("New role for %1").replace("%1", username),
                                         labels, 0, False)
        if ok:
            self.set_role(username, list(Role)[labels.index(label)])

    def _ask_reset(self) -> None:
        if self.reset(self.selected()):
            QMessageBox.information(self, self.tr("Password reset"), self.status.text())
