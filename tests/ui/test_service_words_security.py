"""The refusals of the database, security and documents layers (a wrong password, a locked
account, "Auditor may not change Accounts", a mistyped recovery key and what to do next)
reach the real screens through the translator, their values and codes in words: a Spanish
screen shows them in Spanish. The marking translator of test_service_words says each
translated text as «…», so an English sentence left out shows."""

from __future__ import annotations

import re

import pytest
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QDialogButtonBox

from lead_desktop.errors import RecoveryKeyInvalid
from lead_desktop.security.accounts import AccountService
from lead_desktop.security.roles import Role
from lead_desktop.ui.messages import next_step_words
from lead_desktop.ui.pages.accounts_page import AccountsPage
from lead_desktop.ui.recovery_key_dialog import RecoveryKeyDialog
from lead_desktop.ui.sign_in_dialog import SignInDialog
from tests.support.marking import marked, unmarked
from tests.ui.test_service_words import MARKED


@pytest.fixture
def marking(qapp):
    with marked(MARKED) as translator:
        yield translator


def _sign_in(qtbot, dialog, username, password):
    dialog.username.setText(username)
    qtbot.keyClicks(dialog.password, password)
    qtbot.mouseClick(dialog.buttons.button(QDialogButtonBox.StandardButton.Ok),
                     Qt.MouseButton.LeftButton)
    return dialog.message.text()


def test_a_wrong_password_and_a_lockout_are_said_in_the_users_language(qtbot, db, admin,
                                                                       marking):
    dialog = SignInDialog(AccountService(db).sign_in, database_label="test")
    qtbot.addWidget(dialog)
    dialog.show()
    qtbot.waitExposed(dialog)
    dialog.acknowledge.setChecked(True)
    assert _sign_in(qtbot, dialog, "admin", "not the password") == \
        "«The user name or password is not correct.»"
    for _ in range(3):
        _sign_in(qtbot, dialog, "admin", "not the password")
    # the fifth wrong password locks the account: the minutes are words too
    assert _sign_in(qtbot, dialog, "admin", "not the password") == \
        "«Too many failed passwords: this account is locked for «10 minutes».»"
    assert dialog.signed_in is None
    # closed as a user would (Cancel). Left open, the next event-loop pass after this test
    # raised "Signal source has been deleted" and then crashed pytest-qt; reported to the
    # lead, not part of this change (it happened with these sentences in English too).
    dialog.reject()


def test_a_refused_role_says_who_and_what_in_the_users_language(qtbot, db, staff, marking):
    """"Auditor may not change accounts.": the role and the kind of data in words."""
    page = AccountsPage(AccountService(db), staff[Role.AUDITOR])
    qtbot.addWidget(page)
    page.show()
    assert page.add("x1", "X", Role.CLERK) is None
    shown = page.status.text()
    assert shown == "««Auditor» may not change «Accounts».»", shown
    assert not re.search(r"[A-Za-z]", unmarked(shown)), shown


def test_a_mistyped_recovery_key_says_what_to_do_next_translated(qtbot, created, key_store,
                                                                  marking):
    """The recovery-key dialog shows the refusal and the error class's own next step (a
    class default, `RecoveryKeyInvalid.next_step`) in the user's language."""
    from lead_desktop.errors import KeyMissing

    path = created.database.path
    fingerprint = created.database.fingerprint
    created.database.close()
    key_store.delete(fingerprint)  # this workstation has no key for the file any more
    dialog = RecoveryKeyDialog(path, key_store, KeyMissing("no key"))
    qtbot.addWidget(dialog)
    dialog.key.setText("ABCDE-FGHJK-MNPQR-STVWX")
    assert not dialog.unlock()
    reason, step = dialog.error.text().split("\n")
    assert reason == "«A recovery key has 12 groups of 5 characters; 20 characters were given.»"
    assert step == ("«Check the recovery key sheet and type all groups again; letters O and I "
                    "may be typed as 0 and 1.»")
    assert step[1:-1] == RecoveryKeyInvalid.next_step  # the English is the class's own
    assert dialog.database is None


def test_a_class_default_next_step_is_translated_and_a_given_one_wins(marking):
    from lead_desktop.errors import DatabaseNotFound

    default = DatabaseNotFound("gone")
    assert next_step_words(default) == f"«{DatabaseNotFound.next_step}»"
    assert default.next_step == DatabaseNotFound.next_step  # lead-admin and the log: English
    given = DatabaseNotFound("gone", next_step="Look in the backup folder.")
    assert next_step_words(given) == "Look in the backup folder."  # plain text: as written


def test_a_refused_new_password_gives_every_reason_in_the_users_language(qtbot, db, admin,
                                                                        marking):
    from lead_desktop.ui.change_password_dialog import ChangePasswordDialog

    from ..conftest import ADMIN_PASSWORD

    dialog = ChangePasswordDialog(AccountService(db), admin, current=ADMIN_PASSWORD)
    qtbot.addWidget(dialog)
    dialog.new.setText("aaaa")
    dialog.repeat.setText("aaaa")
    dialog.save()
    assert dialog.message.text() == (  # each reason translated, one after the other
        "«Use at least 12 characters.» «This password is too common; choose a longer phrase "
        "of your own.»")
    assert dialog.result() != dialog.DialogCode.Accepted


def test_others_connected_names_the_operation_and_each_workstation_translated(db, marking):
    """A restore refused while others work: the operation, the count and each workstation's
    line ("ana on DESK-7 since … UTC") in the user's language; English for lead-admin."""
    from datetime import datetime, timezone

    from lead_desktop.db import presence
    from lead_desktop.errors import OthersConnected
    from lead_desktop.security.actor import workstation_name
    from lead_desktop.ui.messages import error_words

    first, then = (datetime(2026, 3, 2, 9, minute, tzinfo=timezone.utc) for minute in (30, 31))
    presence.arrive(db, "ana", now=lambda: first)  # listed oldest first
    presence.arrive(db, "ben", now=lambda: then)
    with pytest.raises(OthersConnected) as refused:
        presence.refuse_if_others(db, "restore", now=lambda: then)
    here = workstation_name()
    assert error_words(refused.value) == (
        f"«The «restore» was not started: 2 workstations are connected: "
        f"«ana on {here} since 2026-03-02 09:30 UTC»; «ben on {here} since 2026-03-02 09:31 "
        "UTC».»")
    assert refused.value.message == (
        f"The restore was not started: 2 workstations are connected: ana on {here} since "
        f"2026-03-02 09:30 UTC; ben on {here} since 2026-03-02 09:31 UTC.")
