"""What a person sees of this work: the audit-chain alert at sign-in (administrators and
auditors), and the character counter under a note."""

from __future__ import annotations

from lead_desktop.security.roles import Role
from lead_desktop.services.care.note_service import NoteService
from lead_desktop.services.text_input import NOTE_MAX
from lead_desktop.ui.chain_alert import chain_alert, watch_chain
from lead_desktop.ui.forms.note_form import NoteForm


def test_a_wiped_log_is_shown_to_administrators_at_sign_in(qtbot, db, staff):
    first = watch_chain(db, False)  # the workstation opened the database before
    assert first.wait(30) and first.report.ok
    first.close()
    conn = db.raw_connection()
    conn.execute("BEGIN IMMEDIATE")
    conn.execute("DROP TRIGGER audit_log_no_delete")
    conn.execute("DELETE FROM audit_log")
    conn.execute("COMMIT")
    conn.close()
    watch = watch_chain(db, False)
    assert watch.wait(30)
    assert watch.alert_for(Role.CASE_MANAGER) is None
    report = watch.alert_for(Role.ADMINISTRATOR)
    box = chain_alert(report)
    qtbot.addWidget(box)
    assert "rewritten, cut short or wiped" in box.text()
    assert "log is now empty (wiped)" in box.detailedText()
    watch.close()


def test_the_alert_waits_for_the_check_and_then_shows(qtbot, db, staff):
    """The check runs while the user signs in; the alert comes when it is done."""
    from PySide6.QtWidgets import QMessageBox, QWidget

    from lead_desktop.ui.chain_alert import alert_when_checked

    _wipe_after_first_open(db)
    watch = watch_chain(db, False)
    window = QWidget()
    qtbot.addWidget(window)
    alert_when_checked(watch, Role.AUDITOR, window)
    qtbot.waitUntil(lambda: window.findChild(QMessageBox, "chainAlert") is not None,
                    timeout=30_000)
    watch.close()


def _wipe_after_first_open(db):
    first = watch_chain(db, False)
    assert first.wait(30) and first.report.ok
    first.close()
    conn = db.raw_connection()
    conn.execute("BEGIN IMMEDIATE")
    conn.execute("DROP TRIGGER audit_log_no_delete")
    conn.execute("DELETE FROM audit_log")
    conn.execute("COMMIT")
    conn.close()


def test_the_note_counter_counts_and_turns_red_over_the_limit(qtbot, db, staff):
    form = NoteForm(NoteService(db), staff[Role.CASE_MANAGER], "case-1", can_flag_part2=True,
                    confirm_discard=lambda: True)
    qtbot.addWidget(form)
    form.text.setPlainText("x" * 1234)
    assert form.counter.text() == "1,234 of 20,000 characters" and not form.counter.over
    form.text.setPlainText("x" * (NOTE_MAX + 1))
    assert form.counter.over and "b00020" in form.counter.styleSheet()
    assert len(form.text.toPlainText()) == NOTE_MAX + 1  # nothing typed is cut off


def test_the_auditors_verify_button_checks_the_anchor_too(qtbot, db, staff):
    from lead_desktop.security.audit_reader import AuditReader
    from lead_desktop.ui.pages.audit_page import AuditPage

    watch = watch_chain(db, False)
    assert watch.wait(30)
    with db.write() as session:  # entries the workstation sees, then loses
        from lead_desktop.security import audit

        for i in range(3):
            audit.record(session, staff[Role.CLERK], "case.view", record_id=str(i))
    watch.signed_out(staff[Role.CLERK])
    conn = db.raw_connection()
    conn.execute("BEGIN IMMEDIATE")
    conn.execute("DROP TRIGGER audit_log_no_delete")
    seq = conn.execute("SELECT max(seq) FROM audit_log").fetchone()[0]
    conn.execute(f"DELETE FROM audit_log WHERE seq >= {seq - 2}")
    conn.execute(f"UPDATE database_info SET audit_head_seq = {seq - 3}, audit_head_hash = "
                 f"(SELECT entry_hash FROM audit_log WHERE seq = {seq - 3})")
    conn.execute("CREATE TRIGGER audit_log_no_delete BEFORE DELETE ON audit_log\n"
                 "           BEGIN SELECT RAISE(ABORT, 'the audit log is append-only'); END")
    conn.execute("COMMIT")
    conn.close()
    page = AuditPage(AuditReader(db, watch), staff[Role.AUDITOR])
    qtbot.addWidget(page)
    page.verify()
    qtbot.waitUntil(lambda: "truncated" in page.chain.text(), timeout=10_000)
    watch.close()


def test_a_record_changed_outside_the_app_is_shown_to_administrators(qtbot, db, staff):
    """An account promoted with a SQLite tool: the alert at sign-in names the record."""
    from PySide6.QtWidgets import QMessageBox, QWidget

    from lead_desktop.ui.chain_alert import alert_when_checked

    clerk = staff[Role.CLERK].user_id
    conn = db.raw_connection()
    conn.execute("BEGIN IMMEDIATE")
    conn.execute(f"UPDATE users SET role = 'administrator' WHERE id = '{clerk}'")
    conn.execute("COMMIT")
    conn.close()
    watch = watch_chain(db, False)
    window = QWidget()
    qtbot.addWidget(window)
    alert_when_checked(watch, Role.ADMINISTRATOR, window)
    qtbot.waitUntil(lambda: window.findChild(QMessageBox, "chainAlert") is not None,
                    timeout=30_000)
    box = window.findChild(QMessageBox, "chainAlert")
    assert "changed outside LEAD Desktop" in box.text()
    assert f"users {clerk}: changed outside the app since entry" in box.detailedText()
    box.close()
    watch.close()
