"""Watching one open database's audit chain against its anchors outside the file.

At every open the chain is walked and checked against this workstation's anchor (and, when
asked, against the heads in the OS event log). A broken chain is audited and kept as the
report shown to administrators and auditors at sign-in; the anchor then stays where it
was, so every later open reports it again until IT has dealt with it. While the chain
holds, the anchor and the event log follow the head: at sign-in, sign-out and every
`audit.PUBLISH_EVERY` entries.
"""

from __future__ import annotations

import logging
import threading

from lead_desktop.background_collection import no_collection_here
from lead_desktop.db.database import Database
from lead_desktop.errors import LeadError, VerificationFailed
from lead_desktop.models import DatabaseInfo
from lead_desktop.security import audit, record_seals
from lead_desktop.security.actor import Actor
from lead_desktop.security.audit_anchor import (
    AnchorReport,
    AnchorStore,
    Head,
    anchor_problem,
    current_head,
)
from lead_desktop.security.audit_event_log import (
    EventLog,
    head_message,
    parse_heads,
    reset_message,
    write_quietly,
)
from lead_desktop.security.roles import Role
from lead_desktop.services.messages import QT_TRANSLATE_NOOP, Message, message

log = logging.getLogger(__name__)
#: Who is told at sign-in that the chain no longer holds.
TOLD_AT_SIGN_IN = frozenset({Role.ADMINISTRATOR, Role.AUDITOR})
#: Records compared with their seals at each open (a window that moves on at every open;
#: `lead-admin verify` compares them all).
RECORDS_AT_OPEN = 20_000


class ChainWatch:
    def __init__(self, db: Database, anchors: AnchorStore | None,
                 event_log: EventLog | None) -> None:
        self.db = db
        self.anchors, self.event_log = anchors, event_log
        self.report: AnchorReport | None = None
        self._lock = threading.Lock()
        self._thread: threading.Thread | None = None
        self._stop = audit.watch_head(db.fingerprint, self._periodic)

    def close(self) -> None:
        self._stop()
        self.wait()

    def start_check(self, actor: Actor) -> None:
        """Run `check` on a thread of its own: walking a long log takes seconds, and the
        user can sign in meanwhile. `done`/`wait` tell when the report is there."""
        def run() -> None:
            try:
                with no_collection_here():  # no window freed here (background_collection)
                    self.check(actor, records_budget=RECORDS_AT_OPEN)
            except Exception as exc:  # reported like a failed check, never lost silently
                log.error("the audit chain check failed to run: %s", exc)
                self.report = AnchorReport(audit.ChainReport(0), unchecked=str(exc))
        self._thread = threading.Thread(target=run, name="audit-chain-check", daemon=True)
        self._thread.start()

    @property
    def started(self) -> bool:
        return self._thread is not None

    @property
    def done(self) -> bool:
        """A report is there (from `check` or a finished `start_check`)."""
        running = self._thread is not None and self._thread.is_alive()
        return self.report is not None and not running

    def wait(self, timeout: float | None = None) -> bool:
        if self._thread is not None:
            self._thread.join(timeout)
        return self.done

    # --- checking ---

    def check(self, actor: Actor, *, against_event_log: bool = False,
              records_budget: int | None = None) -> AnchorReport:
        """Walk the chain, compare it with the anchors and the records with their seals
        (all of them, or a window of `records_budget` that moves on at every check); audit
        a failure, else advance."""
        fingerprint = self.db.fingerprint
        anchor = self.anchors.get(fingerprint) if self.anchors else None
        logged, set_aside = (parse_heads(self.event_log.read(), fingerprint)
                             if against_event_log else ([], 0))
        problems, notes = [], []
        with self.db.read() as session:
            if getattr(self.db, "backend", "") == "postgresql":
                # one snapshot: read committed let a sign-in that committed between the
                # check's statements show a record changed with its seal not yet seen
                # (a false alarm in the test suite); a file's read transaction is one already
                session.connection(execution_options={"isolation_level": "REPEATABLE READ"})
            chain = audit.verify_chain(session)
            head = current_head(session)
            if anchor is not None:
                problem = anchor_problem(session, anchor, "this workstation")
                problems += [problem] if problem else []
            problems += self._event_log_problems(session, logged)
            records = self._check_records(session, records_budget)
        if against_event_log:
            notes.append(self._event_log_note(logged, set_aside))
        report = AnchorReport(chain, tuple(problems), head, len(logged) + (anchor is not None),
                              tuple(notes), records=records)
        if report.ok:
            self._advance(head)
        else:
            self._audit_failure(actor, report, anchor)
        self.report = report
        return report

    def _check_records(self, session, budget: int | None) -> record_seals.RecordsReport:
        if budget is None or self.anchors is None:
            return record_seals.check(session)
        fingerprint = self.db.fingerprint
        report, cursor = record_seals.check_window(
            session, self.anchors.records_cursor(fingerprint), budget)
        try:
            self.anchors.set_records_cursor(fingerprint, cursor)
        except LeadError as exc:
            log.warning("the records cursor was not kept: %s", exc.message)
        return report

    def _event_log_problems(self, session, logged) -> list[str]:
        witness = "the OS event log"
        found = [anchor_problem(session, Head(h.seq, h.hash), witness) for h in logged]
        found = [problem for problem in found if problem]
        if len(found) > 1:
            return [f"{found[0]} (and {len(found) - 1} more event-log entries disagree)"]
        return found

    def _event_log_note(self, logged, set_aside: int) -> str:
        where = self.event_log.describe() if self.event_log else "no event log"
        aside = (f"; {set_aside} heads from before an accepted reset (a restore) set aside"
                 if set_aside else "")
        if not logged:
            return (f"event log ({where}): no heads of this database yet, nothing to "
                    f"compare{aside}")
        newest = max(h.seq for h in logged)
        return (f"event log ({where}): {len(logged)} heads compared, newest entry "
                f"{newest}{aside}")

    def _audit_failure(self, actor: Actor, report: AnchorReport, anchor: Head | None) -> None:
        reason = "; ".join(report.findings())[:500]
        with self.db.write() as session:
            audit.record(session, actor, "audit.tamper_detected", record_type="audit_log",
                         outcome=audit.FAILURE, reason=reason,
                         details={"anchor_seq": anchor.seq if anchor else None,
                                  "first_bad_seq": report.chain.first_bad_seq,
                                  "records_changed": len(report.records.findings)
                                  if report.records else 0})

    def alert_for(self, role: Role | None) -> AnchorReport | None:
        """The failed check an administrator or auditor must see at sign-in, else None."""
        if self.report is None or self.report.ok or role not in TOLD_AT_SIGN_IN:
            return None
        return self.report

    def accept_current(self, actor: Actor) -> Head | None:
        """Move this workstation's anchor to the chain as it is now, after IT has reviewed
        why it changed (an older backup restored). Only a chain that holds on its own can
        be accepted; the old anchor is kept in the audit entry."""
        with self.db.read() as session:
            chain = audit.verify_chain(session)
            head = current_head(session)
        if not chain.ok or head is None or self.anchors is None:
            raise VerificationFailed(_not_accepted(chain.describe()))
        old = self.anchors.get(self.db.fingerprint)
        with self.db.write() as session:
            audit.record(session, actor, "audit.anchor_reset", record_type="audit_log",
                         details={"old_seq": old.seq if old else None,
                                  "old_hash": old.hash if old else None,
                                  "new_seq": head.seq})
            head = current_head(session)
        self.anchors.replace(self.db.fingerprint, head)
        if self.event_log is not None:  # the reset itself stays visible to the SIEM
            write_quietly(self.event_log, reset_message(self.db.fingerprint, head.seq,
                                                        actor.username, actor.workstation))
        self.report = None
        return head

    def accept_current_records(self, actor: Actor) -> int:
        """Seal every record as it is now, after IT reviewed the records found changed
        outside the app; refused while the chain does not hold (the seals live in it)."""
        with self.db.read() as session:
            chain = audit.verify_chain(session)
        if not chain.ok:
            raise VerificationFailed(_not_accepted(chain.describe()))
        with self.db.write() as session:
            return record_seals.baseline(session, actor, "records accepted after review")

    # --- following the head ---

    def signed_in(self, actor: Actor) -> None:
        self.publish("sign_in", actor)

    def signed_out(self, actor: Actor) -> None:
        self.publish("sign_out", actor)

    def publish(self, reason: str, actor: Actor) -> None:
        with self.db.read() as session:
            info = session.get(DatabaseInfo, 1)
            head = Head(info.audit_head_seq, info.audit_head_hash) if info else None
        if head is not None:
            self._follow(head, reason, actor.username, actor.workstation)

    def _periodic(self, fingerprint: str, seq: int, head: str) -> None:
        system = Actor.system("lead-desktop")
        self._follow(Head(seq, head), f"every_{audit.PUBLISH_EVERY}", system.username,
                     system.workstation)

    def _follow(self, head: Head, reason: str, username: str, workstation: str) -> None:
        if self.event_log is not None:
            write_quietly(self.event_log, head_message(self.db.fingerprint, head.seq,
                                                       head.hash, reason, username, workstation))
        if self.report is not None and self.report.ok:  # never before the check has passed
            self._advance(head)

    def _advance(self, head: Head | None) -> None:
        if head is None or self.anchors is None:
            return
        with self._lock:
            try:
                self.anchors.advance(self.db.fingerprint, head)
            except LeadError as exc:  # the credential store went away: keep working, tell IT
                log.warning("the audit anchor was not advanced: %s", exc.message)


def _not_accepted(why: str) -> Message:
    """IT's "accept the chain as it is" refused: the chain does not hold on its own."""
    return message("Audit", QT_TRANSLATE_NOOP("Audit", "Not accepted: {why}"), why=why)
