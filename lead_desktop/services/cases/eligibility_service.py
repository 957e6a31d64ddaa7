"""The prosecutor's eligibility review: the checklist from the profile, the records-check
record, the reviewer's answers, and the decision with its transition, in one unit of work."""

from __future__ import annotations

from dataclasses import dataclass
from datetime import datetime
from typing import Callable

from sqlalchemy import select
from sqlalchemy.orm import Session

from lead_desktop.db.database import Database
from lead_desktop.errors import InvalidInput
from lead_desktop.models import Case, ChecklistRow, EligibilityReview
from lead_desktop.models.base import utcnow
from lead_desktop.security import audit
from lead_desktop.security.actor import Actor
from lead_desktop.security.permissions import require
from lead_desktop.security.roles import Access, Data
from lead_desktop.services import records, text_input
from lead_desktop.services.cases.case_service import SYSTEM_TIMER, CaseService
from lead_desktop.services.cases.facts import capacity_available, referral_facts
from lead_desktop.services.messages import QT_TRANSLATE_NOOP, message
from lead_desktop.services.program import eligibility
from lead_desktop.services.program.vocabulary import CaseState, Proposer
from lead_desktop.services.program.workflow import TransitionRequest

HISTORY_SOURCES = ("state_repository", "iii", "local_rms", "courts")
HISTORY_RESULTS = ("no_disqualifying_history", "disqualifying_history", "incomplete")


@dataclass(frozen=True)
class HistoryCheck:
    """That a criminal-history check happened, and its conclusion. Never the record."""

    checked_by: str
    checked_at: datetime
    source: str
    result: str
    note: str | None = None
    prior_convictions: int | None = None


class EligibilityService:
    def __init__(self, db: Database, cases: CaseService,
                 now: Callable[[], datetime] = utcnow) -> None:
        self.db, self.cases, self.now = db, cases, now

    def checklist(self, actor: Actor, case_id: str) -> eligibility.Checklist:
        """The checklist as it stands: referral data plus the reviewer's answers so far."""
        require(self.db, actor, Data.ELIGIBILITY, Access.READ, record_type="case",
                record_id=case_id)
        with self.db.write() as session:
            case, review = self._case_and_review(session, case_id)
            result = self._evaluate(session, case, review)
            audit.record(session, actor, "eligibility.view", record_type="case",
                         record_id=case_id)
            return result

    def answer(self, actor: Actor, case_id: str, key: str, applies: bool, note: str = "", *,
               seen: bool | None | object = records.UNSEEN) -> eligibility.Checklist:
        """The reviewer's answer to a question only a records check can answer. `seen` is
        the answer the form showed (None: unanswered): an answer given meanwhile on another
        desk is not replaced unseen (StaleRecord)."""
        require(self.db, actor, Data.ELIGIBILITY, Access.WRITE, record_type="case",
                record_id=case_id)
        if key not in eligibility.REVIEWER_ITEMS:
            raise InvalidInput(message("Cases", QT_TRANSLATE_NOOP(
                "Cases", "{key} is not a reviewer question."), key=key))
        text_input.require_clean(note=note, texts=("note",))
        with self.db.write() as session:
            case, review = self._case_and_review(session, case_id, create=True)
            answers = dict((review.answers_json or {}))
            stored = answers.get(key, {}).get("applies")
            if seen is not records.UNSEEN and stored not in (seen, applies):
                raise records.StaleRecord("eligibility answer",
                                          {key: stored, "row_version": review.row_version},
                                          {key: applies})
            answers[key] = {"applies": applies, "note": note, "by": actor.user_id}
            review.answers_json = answers
            records.changed(review, actor, self.now())
            result = self._evaluate(session, case, review)
            self._store_rows(review, result, actor)
            audit.record(session, actor, "eligibility.answer", record_type="case",
                         record_id=case_id, details={"item": key})
            return result

    def history_check(self, actor: Actor, case_id: str) -> HistoryCheck | None:
        """The recorded criminal-history check, as the form opens with it (None: none yet)."""
        require(self.db, actor, Data.ELIGIBILITY, Access.READ, record_type="case",
                record_id=case_id)
        with self.db.write() as session:
            _, review = self._case_and_review(session, case_id)
            audit.record(session, actor, "eligibility.view", record_type="case",
                         record_id=case_id)
            return _stored_check(review)

    def record_history_check(self, actor: Actor, case_id: str, check: HistoryCheck, *,
                             seen: HistoryCheck | None | object = records.UNSEEN) -> None:
        """Record (or correct) the check. `seen` is the check the form showed: a check
        recorded meanwhile by someone else is not replaced unseen (StaleRecord)."""
        require(self.db, actor, Data.ELIGIBILITY, Access.WRITE, record_type="case",
                record_id=case_id)
        problems = records.Problems()
        text_input.check_all(problems, check, names=("checked_by",), texts=("note",))
        if not check.checked_by.strip():
            problems.add("checked_by", "required")
        if check.source not in HISTORY_SOURCES:
            problems.add("source", f"one of {', '.join(HISTORY_SOURCES)}")
        if check.result not in HISTORY_RESULTS:
            problems.add("result", f"one of {', '.join(HISTORY_RESULTS)}")
        naive = "checked_at" in problems.by_field  # compared only once it has a time zone
        if not naive and check.checked_at > self.now():
            problems.add("checked_at", "cannot be in the future")
        problems.raise_if_any()
        with self.db.write() as session:
            case, review = self._case_and_review(session, case_id, create=True)
            stored = _stored_check(review)
            if seen is not records.UNSEEN and stored != seen and stored != check:
                raise records.StaleRecord("criminal-history check",
                                          (records.as_dict(stored) if stored else {})
                                          | {"row_version": review.row_version},
                                          records.as_dict(check))
            review.history_checked_by, review.history_checked_at = check.checked_by, check.checked_at
            review.history_source, review.history_result = check.source, check.result
            review.history_note, review.prior_convictions = check.note, check.prior_convictions
            records.changed(review, actor, self.now())
            self._store_rows(review, self._evaluate(session, case, review), actor)
            audit.record(session, actor, "eligibility.history_check", record_type="case",
                         record_id=case_id, details={"source": check.source,
                                                     "result": check.result})

    def decide(self, actor: Actor, case_id: str, decision: str, reason_code: str | None = None,
               reason_text: str = "", other_cases_aligned: str | None = None) -> CaseState:
        """Record the prosecutor's decision and move the case: ineligible, into intake, or
        (eligible but the program is full) onto the waitlist. Returns the new state."""
        require(self.db, actor, Data.ELIGIBILITY, Access.WRITE, record_type="case",
                record_id=case_id)
        text_input.require_clean(reason_text=reason_text, other_cases_aligned=other_cases_aligned,
                                 texts=("reason_text",))
        with self.db.write() as session:
            case, review = self._case_and_review(session, case_id, create=True)
            checklist = self._evaluate(session, case, review)
            eligibility.check_decision(checklist, decision, reason_code)
            review.da_decision, review.da_reviewer_id = decision, actor.user_id
            review.decided_at, review.reason_code = self.now(), reason_code
            review.reason_text, review.other_cases_aligned = reason_text or None, other_cases_aligned
            records.changed(review, actor, self.now())
            self._store_rows(review, checklist, actor)
            session.flush()
            audit.record(session, actor, "eligibility.decision", record_type="case",
                         record_id=case_id, details={"decision": decision,
                                                     "reason_code": reason_code})
            profile = self.cases.profile_of(case)
            today = self.cases.today(profile)
            if decision == "ineligible":
                to, who, proposer = CaseState.INELIGIBLE, actor, Proposer.PERSON
            elif capacity_available(session, case, profile):
                to, who, proposer = CaseState.INTAKE_PENDING, actor, Proposer.PERSON
            else:
                to, who, proposer = CaseState.WAITLISTED, SYSTEM_TIMER, Proposer.TIMER
            self.cases.move_in(session, case, profile, who, TransitionRequest(
                to=to, role=who.role, proposer=proposer, today=today, reason_code=reason_code,
                reason_text=reason_text, details={"decision": decision} |
                ({"trigger": "capacity_full"} if proposer is Proposer.TIMER else {})))
            return to

    # --- helpers ---

    def _case_and_review(self, session: Session, case_id: str, create: bool = False,
                         ) -> tuple[Case, EligibilityReview]:
        case = session.get(Case, case_id)
        if case is None:
            raise records.not_found("case")
        review = session.scalar(select(EligibilityReview).where(
            EligibilityReview.case_id == case_id, EligibilityReview.voided_at.is_(None))
            .order_by(EligibilityReview.created_at.desc()))
        if review is None:
            review = EligibilityReview(case_id=case_id, answers_json={})
            if create:
                session.add(review)
        return case, review

    def _evaluate(self, session: Session, case: Case, review: EligibilityReview,
                  ) -> eligibility.Checklist:
        answers = {k: v["applies"] for k, v in (review.answers_json or {}).items()}
        facts = referral_facts(session, case, answers, review.prior_convictions)
        return eligibility.evaluate(self.cases.profile_of(case), facts)

    @staticmethod
    def _store_rows(review: EligibilityReview, checklist: eligibility.Checklist, actor: Actor,
                    ) -> None:
        notes = {k: v.get("note") for k, v in (review.answers_json or {}).items()}
        review.items = [ChecklistRow(position=i, key=item.key, label=item.label,
                                     result=item.result.value, reason=item.reason,
                                     note=notes.get(item.key), set_by=actor.user_id)
                        for i, item in enumerate(checklist.items)]


def _stored_check(review: EligibilityReview) -> HistoryCheck | None:
    if review.history_checked_at is None:
        return None
    return HistoryCheck(review.history_checked_by, review.history_checked_at,
                        review.history_source, review.history_result, review.history_note,
                        review.prior_convictions)
