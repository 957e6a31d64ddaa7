"""The oversight part of the work queue: a supervisor's team (caseloads over the target,
eligibility reviews waiting on the DA, proposals to decide, the program's waitlist), the
prosecutor's reviewer (reviews, compliance decisions, exits to file on, completions to
acknowledge) and an officer (their own referrals' status). A part of WorkQueue."""

from __future__ import annotations

from datetime import timedelta

from sqlalchemy import and_, func, select

from lead_desktop.models import Case, Person, User
from lead_desktop.services.cases import completion_notices, decision_items
from lead_desktop.services.cases.queue_item import QueueItem, day_start, say
from lead_desktop.services.labels import Coded
from lead_desktop.services.messages import QT_TRANSLATE_NOOP
from lead_desktop.services.people.records import filed_name
from lead_desktop.services.program.calendar import business_days_between
from lead_desktop.services.program.vocabulary import OPEN_STATES, CaseState

S = CaseState


class Oversight:
    """Mixed into WorkQueue: needs `profiles`, `_current`, `_days_off` and `_team_scope`."""

    def _supervision(self, session, today, team: str | None = None) -> list[QueueItem]:
        out = []
        loads_query = select(User.display_name, func.count(Case.id)).join(
            Case, and_(Case.case_manager_id == User.id,
                       Case.state.in_([s.value for s in OPEN_STATES])))
        if team is not None:
            loads_query = loads_query.where(User.team == team)
        loads = session.execute(loads_query.group_by(User.id)).all()
        in_force = self._current  # the numbers the administrator set last
        shown = [in_force] if in_force else list(self.profiles.values())
        target = min((p.caseload_target for p in shown), default=15)
        maximum = min((p.caseload_max for p in shown), default=25)
        for manager, count in loads:
            if count > target:
                text = (QT_TRANSLATE_NOOP("WorkQueue", "{who}: {n} cases, over the maximum")
                        if count > maximum else
                        QT_TRANSLATE_NOOP("WorkQueue", "{who}: {n} cases, over the target"))
                out.append(QueueItem(2, "caseload_over", None, None, None,
                                     say(text, who=manager, n=count), "caseload"))
        # the team's cases only: the county's other eligibility reviews are not this team's
        out += self._overdue_da_reviews(session, today, priority=3,
                                        scope=self._team_scope(team))
        out += decision_items.proposals(session)
        waiting = session.scalar(select(func.count()).select_from(Case).where(
            Case.state == S.WAITLISTED.value))
        if waiting:
            out.append(QueueItem(4, "program_waitlist", None, None, None,
                                 say(QT_TRANSLATE_NOOP(
                                     "WorkQueue", "{n} people waiting for a place"), n=waiting),
                                 "waitlist"))
        return out

    def _overdue_da_reviews(self, session, today, priority, scope=True) -> list[QueueItem]:
        """Eligibility reviews waiting on the DA: the prosecutor's whole county, a
        supervisor's team (`scope`). Plain rows: no ORM objects for thousands of cases."""
        out = []
        rows = session.execute(select(Case.id, Case.person_id, Case.profile_id,
                                      Case.profile_version, Case.state_since,
                                      Person.last_name, Person.first_name)
                               .join(Person, Person.id == Case.person_id)
                               .where(Case.state == S.ELIGIBILITY_REVIEW.value, scope)).all()
        for case in rows:
            last, first = case.last_name, case.first_name
            profile = self.profiles.get(f"{case.profile_id}@{case.profile_version}")
            waited = business_days_between(case.state_since.date(), today,
                                           self._days_off)
            limit = profile.timers.da_review_business_days if profile else 2
            overdue = waited > limit
            out.append(QueueItem(priority if overdue else priority + 1,
                                 "da_review_overdue" if overdue else "da_review",
                                 case.id, filed_name(last, first), case.state_since.date(),
                                 say(QT_TRANSLATE_NOOP(
                                     "WorkQueue", "eligibility review waiting {n} business days"),
                                     n=waited),
                                 "eligibility", person_id=case.person_id))
        return out

    # --- prosecutor and officer ---

    def _prosecutor(self, session, today) -> list[QueueItem]:
        out = self._overdue_da_reviews(session, today, priority=1)
        for case, last, first in session.execute(
                select(Case, Person.last_name, Person.first_name)
                .join(Person, Person.id == Case.person_id)
                .where(Case.state.in_([S.COMPLIANCE_REVIEW.value, S.DISQUALIFIED.value,
                                       S.REMOVED.value]))).all():
            profile = self.profiles.get(f"{case.profile_id}@{case.profile_version}")
            if case.state == S.REMOVED.value and not (profile and
                                                       profile.file_charges_after_removal):
                continue  # this program files nothing after a removal
            out.append(QueueItem(3, "compliance_decision", case.id, filed_name(last, first), None,
                                 say(QT_TRANSLATE_NOOP(
                                     "WorkQueue", "{state}: decide whether to file"),
                                     state=Coded("state", case.state)),
                                 "compliance_review", person_id=case.person_id))
        out += decision_items.exits_to_file_on(session, self.profiles, day_start(today))
        recent = day_start(today) - timedelta(days=14)
        for case, last, first in session.execute(
                select(Case, Person.last_name, Person.first_name)
                .join(Person, Person.id == Case.person_id)
                .where(Case.state == S.COMPLETED.value, Case.state_since >= recent,
                       Case.id.not_in(completion_notices.acknowledged_case_ids()))
                ).all():
            out.append(QueueItem(4, "completion_notice", case.id, filed_name(last, first),
                                 case.state_since.date(), say(QT_TRANSLATE_NOOP(
                                     "WorkQueue", "completed: acknowledge the notice")),
                                 "completion", person_id=case.person_id))
        return out

    def _officer(self, session, actor) -> list[QueueItem]:
        """Officers see the status of their own referrals, nothing more."""
        rows = session.execute(select(Case.id, Case.state, Case.state_since).where(
            Case.referred_by_id == actor.user_id).order_by(Case.state_since.desc())).all()
        return [QueueItem(9, "my_referral", case_id, None, since.date(),
                          say(QT_TRANSLATE_NOOP("WorkQueue", "status: {state}"),
                               state=Coded("state", state)), "status")
                for case_id, state, since in rows]
