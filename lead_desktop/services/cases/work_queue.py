"""The daily work queue (workflow.md §7): what needs doing today, most urgent first, for
the signed-in role. Computed from the data for a user and a date; nothing is stored."""

from __future__ import annotations

from dataclasses import dataclass, replace
from datetime import date, datetime, time, timedelta, timezone
from typing import Callable

from sqlalchemy import and_, func, select
from sqlalchemy.orm import Session

from lead_desktop.db.database import Database
from lead_desktop.models import (
    Appointment,
    Case,
    CaseNote,
    Consent,
    EligibilityReview,
    JusticeEvent,
    JusticeLookup,
    OutcomeSnapshot,
    Person,
    ProviderReferral,
    ProviderReferralEvent,
    Referral,
    User,
)
from lead_desktop.models.base import utcnow
from lead_desktop.security import audit
from lead_desktop.security.actor import Actor
from lead_desktop.security.permissions import require_session
from lead_desktop.security.roles import Role
from lead_desktop.services.cases import completion_notices, decision_items
from lead_desktop.services.consent import rules as consent_rules
from lead_desktop.services.labels import Coded
from lead_desktop.services.messages import QT_TRANSLATE_NOOP, Message, message
from lead_desktop.services.people.records import filed_name
from lead_desktop.services.program.calendar import business_days_between
from lead_desktop.services.program.holidays import days_off
from lead_desktop.services.program.profile import Profile
from lead_desktop.services.program.vocabulary import OPEN_STATES, CaseState

S = CaseState


@dataclass(frozen=True)
class QueueItem:
    priority: int          # the section of workflow.md §7: 1 is most urgent
    kind: str
    case_id: str | None
    person: str | None     # "Last, First" for the roles that see identity
    due: date | None
    message: Message       # what needs doing, translatable (services/messages.py)
    form: str              # which form the row opens
    person_id: str | None = None

    @property
    def detail(self) -> str:
        """What needs doing, in English."""
        return str(self.message)


def _say(text: str, **values: object) -> Message:
    return message("WorkQueue", text, **values)


def _add_months(day: date, months: int) -> date:
    month = day.month - 1 + months
    return date(day.year + month // 12, month % 12 + 1, min(day.day, 28))


def _referred(span: timedelta, handed_off: bool) -> Message:
    """Hours while the hand-off clock matters, days after that."""
    hours = span.total_seconds() / 3600
    recent = hours < 48
    if handed_off:
        text = (QT_TRANSLATE_NOOP("WorkQueue", "referred {n} h ago") if recent else
                QT_TRANSLATE_NOOP("WorkQueue", "referred {n} days ago"))
    else:
        text = (QT_TRANSLATE_NOOP("WorkQueue", "referred {n} h ago; no hand-off yet")
                if recent else
                QT_TRANSLATE_NOOP("WorkQueue", "referred {n} days ago; no hand-off yet"))
    return _say(text, n=f"{hours:.0f}" if recent else span.days)


def _day_start(day: date) -> datetime:
    return datetime.combine(day, time.min, tzinfo=timezone.utc)


class WorkQueue:
    def __init__(self, db: Database, profiles: dict[str, Profile],
                 now: Callable[[], datetime] = utcnow) -> None:
        self.db, self.profiles, self.now = db, profiles, now
        self._days_off: frozenset[date] = frozenset()
        self._current: Profile | None = None

    def for_user(self, actor: Actor, today: date | None = None,
                 case_manager_id: str | None = None) -> list[QueueItem]:
        """The queue of this user; a supervisor may narrow it to one case manager's cases
        (the whole team's queue of a county program is long)."""
        require_session(self.db, actor)
        # The version in force, read before the queue's own read transaction (no second
        # connection is opened inside it: see ProfileStore).
        self._current = self._in_force()
        today = today or self._local_today()
        # Read in a read transaction, so other workstations' saves are not held up by our
        # write lock while a long queue is computed; the view is audited just after, in a
        # short write of its own, and nothing is shown unless that audit is committed.
        with self.db.read() as session:
            # The holiday calendar, for business days (the same for every caller: a second
            # thread setting it at once sets the same days).
            self._days_off = days_off(session)
            if actor.role is Role.SUPERVISOR and case_manager_id:
                items = self._case_work(session, today,
                                        Case.case_manager_id == case_manager_id, actor)
            else:
                items = self._items(session, actor, today)
        with self.db.write() as session:
            audit.record(session, actor, "work_queue.view",
                         details={"items": len(items), "case_manager": case_manager_id})
        return sorted(items, key=lambda i: (i.priority, i.due or date.max, i.person or ""))

    def case_managers(self, actor: Actor) -> list[tuple[str, str]]:
        """(user id, name) of the active case managers of the supervisor's team (all of
        them when the supervisor has no team), for the supervisor's choice."""
        require_session(self.db, actor)
        with self.db.read() as session:
            team = self._team_of(session, actor)
            query = select(User.id, User.display_name).where(
                User.role == Role.CASE_MANAGER.value, User.disabled_at.is_(None))
            if team is not None:
                query = query.where(User.team == team)
            return [(user_id, name) for user_id, name in session.execute(
                query.order_by(User.display_name))]

    @staticmethod
    def _team_of(session: Session, actor: Actor) -> str | None:
        return session.scalar(select(User.team).where(User.id == actor.user_id)) \
            if actor.user_id else None

    @staticmethod
    def _team_scope(team: str | None):
        """The cases a supervisor oversees: those of the team's case managers, or all."""
        if team is None:
            return True
        return Case.case_manager_id.in_(select(User.id).where(User.team == team))

    def _in_force(self) -> Profile | None:
        """The version new referrals follow (a `ProfileStore` knows; a plain mapping not)."""
        current = getattr(self.profiles, "current", None)
        return current() if current else None

    def _local_today(self) -> date:
        """Today where the program is (every profile of one database shares a zone; if
        they differ, the one in force, else the first one's)."""
        first = self._current or next(iter(self.profiles.values()), None)
        return first.local_date(self.now()) if first else self.now().date()

    def _items(self, session: Session, actor: Actor, today: date) -> list[QueueItem]:
        role = actor.role
        if role is Role.CASE_MANAGER:
            return self._case_work(session, today, Case.case_manager_id == actor.user_id, actor)
        if role is Role.SUPERVISOR:
            team = self._team_of(session, actor)
            return (self._case_work(session, today, self._team_scope(team), actor)
                    + self._supervision(session, today, team))
        if role is Role.PROSECUTOR_REVIEWER:
            return self._prosecutor(session, today)
        if role is Role.OFFICER:
            return self._officer(session, actor)
        return []

    # --- case managers (and supervisors, for the whole team) ---

    def _case_work(self, session: Session, today: date, mine, actor: Actor) -> list[QueueItem]:
        """Set-based: one query per kind of fact for all the cases in scope, so a team of
        thousands of cases costs a dozen queries, not a dozen per case."""
        scope = select(Case.id).where(mine, Case.voided_at.is_(None),
                                      Case.state.in_([s.value for s in OPEN_STATES]))
        # plain rows, not ORM objects: a county's supervisor queue reads every open case,
        # and the identity map would cost more than the rules themselves
        rows = session.execute(select(Case.__table__, Person.last_name, Person.first_name)
                               .join(Person, Person.id == Case.person_id)
                               .where(Case.id.in_(scope))).all()
        known = _Prefetched.load(session, scope, today)
        items: list[QueueItem] = []
        for case in rows:
            profile = self.profiles.get(f"{case.profile_id}@{case.profile_version}")
            items += [replace(item, person_id=case.person_id) for item in self._case_items(
                case, S(case.state), filed_name(case.last_name, case.first_name), today, profile,
                known)]
        items += self._draft_notes(session, actor, today)
        return items

    def _case_items(self, case: Case, state: CaseState, name: str, today: date,
                    profile: Profile | None, known: "_Prefetched") -> list[QueueItem]:
        out = []
        add = lambda p, kind, due, detail, form: out.append(  # noqa: E731
            QueueItem(p, kind, case.id, name, due, detail, form))
        if state is S.REFERRED and case.referral_id in known.referrals:
            referred_at, handoff_at = known.referrals[case.referral_id]
            add(1, "new_referral", referred_at.date(),
                _referred(self.now() - referred_at, handoff_at is not None), "handoff")
        if state is S.INTAKE_PENDING and case.intake_due and case.intake_due <= today + timedelta(7):
            days = (case.intake_due - today).days
            add(2, "intake_due", case.intake_due,
                _say(QT_TRANSLATE_NOOP("WorkQueue", "intake overdue by {n} days"), n=-days)
                if days < 0 else
                _say(QT_TRANSLATE_NOOP("WorkQueue", "intake due in {n} days"), n=days),
                "intake")
        if state is S.COMPLIANCE_REVIEW:
            add(3, "compliance_review", None, _say(QT_TRANSLATE_NOOP(
                "WorkQueue", "compliance review: a decision is needed")),
                "compliance_review")
        for scheduled_at, kind in known.appointments.get(case.id, []):
            day = scheduled_at.date()
            if day < today:
                add(4, "attendance_missing", day, _say(QT_TRANSLATE_NOOP(
                    "WorkQueue", "{kind} appointment of {day}: record attendance"),
                    kind=Coded("appointment_kind", kind), day=day),
                    "attendance")
            else:
                text = (QT_TRANSLATE_NOOP("WorkQueue", "{kind} appointment today {time}")
                        if day == today else
                        QT_TRANSLATE_NOOP("WorkQueue", "{kind} appointment tomorrow {time}"))
                add(4, "appointment", day, _say(text, kind=Coded("appointment_kind", kind),
                                                 time=f"{scheduled_at:%H:%M}"),
                    "attendance")
        if state is S.LOST_CONTACT:
            add(5, "lost_contact", None,
                _say(QT_TRANSLATE_NOOP("WorkQueue", "lost contact: outreach")), "note")
        elif state is S.ACTIVE and profile:
            since = (known.last_contact.get(case.id) or case.state_since).date()
            if (today - since).days > profile.timers.no_contact_warning_days:
                add(5, "no_contact", since, _say(QT_TRANSLATE_NOOP(
                    "WorkQueue", "no contact for {n} days"), n=(today - since).days), "note")
        if profile:
            out += self._provider_items(case, name, today, profile, known)
            out += self._consent_items(case, name, today, profile, known)
            if state in (S.ACTIVE, S.LOST_CONTACT) and case.entered_on:
                out += self._snapshot_due(case, name, today, profile, known)
            if case.entered_on:
                out += self._evaluation_lookups(case, name, today, profile, known)
        arrests = known.recent_arrests.get(case.person_id, 0)
        if arrests:
            add(9, "new_arrest", None, _say(QT_TRANSLATE_NOOP(
                "WorkQueue", "{n} new arrest or booking recorded this week"), n=arrests),
                "justice_event")
        if case.id in known.recent_decisions:
            add(10, "da_decision", known.recent_decisions[case.id].date(),
                _say(QT_TRANSLATE_NOOP("WorkQueue", "new DA decision")),
                "eligibility")
        return out

    def _provider_items(self, case, name, today, profile, known) -> list[QueueItem]:
        out = []
        for status, sent_at, waitlisted_at in known.provider_referrals.get(case.id, []):
            if status == "sent" and sent_at and business_days_between(
                    sent_at.date(), today, self._days_off) \
                    > profile.timers.provider_reply_business_days:
                out.append(QueueItem(6, "provider_no_reply", case.id, name, sent_at.date(),
                                     _say(QT_TRANSLATE_NOOP(
                                         "WorkQueue", "provider has not answered the referral")),
                                     "provider_referral"))
            if status == "waitlisted" and waitlisted_at and \
                    (today - waitlisted_at.date()).days > profile.timers.waitlist_alert_days:
                out.append(QueueItem(6, "provider_waitlisted", case.id, name,
                                     waitlisted_at.date(),
                                     _say(QT_TRANSLATE_NOOP(
                                         "WorkQueue", "on the provider's waitlist since {day}"),
                                         day=waitlisted_at.date()),
                                     "provider_referral"))
        return out

    def _consent_items(self, case, name, today, profile, known) -> list[QueueItem]:
        out = []
        referral_open = case.id in known.open_provider_referrals
        for consent in known.consents.get(case.person_id, []):
            valid = consent_rules.validity(consent, today)
            if valid.valid and consent_rules.expiring_soon(
                    consent, today, profile.timers.consent_expiry_alert_days):
                out.append(QueueItem(7, "consent_expiring", case.id, name, consent.expires_on,
                                     _say(QT_TRANSLATE_NOOP(
                                         "WorkQueue", "consent expires on {day}"),
                                         day=consent.expires_on), "consent"))
            elif not valid.valid and consent.status in ("active", "expired", "revoked") \
                    and referral_open:
                out.append(QueueItem(7, "consent_invalid", case.id, name, None,
                                     _say(QT_TRANSLATE_NOOP(
                                         "WorkQueue",
                                         "consent {why} while a provider referral is open"),
                                         why=valid.why_not),
                                     "consent"))
        return out

    def _snapshot_due(self, case, name, today, profile, known) -> list[QueueItem]:
        last_month = (today.replace(day=1) - timedelta(days=1)).replace(day=1)
        if last_month < case.entered_on.replace(day=1) or case.id in known.snapshots_done:
            return []
        due = today.replace(day=profile.timers.snapshot_due_day)
        return [QueueItem(8, "snapshot_due", case.id, name, due,
                          _say(QT_TRANSLATE_NOOP("WorkQueue", "monthly snapshot for {month}"),
                               month=f"{last_month:%Y-%m}"), "snapshot")]

    def _evaluation_lookups(self, case, name, today, profile, known) -> list[QueueItem]:
        """Justice-event look-ups for the evaluation, 6 and 18 months after entry (§4):
        due from the milestone until a look-up is recorded (a justice event with source
        "evaluation_lookup" on or after it)."""
        out = []
        for months in profile.timers.evaluation_lookup_months:
            milestone = _add_months(case.entered_on, months)
            if not milestone <= today <= milestone + timedelta(days=90):
                continue
            looked_up = known.lookups.get(case.person_id)
            if looked_up is None or looked_up.date() < milestone:
                out.append(QueueItem(9, "evaluation_lookup", case.id, name, milestone,
                                     _say(QT_TRANSLATE_NOOP(
                                         "WorkQueue",
                                         "{n}-month justice look-up for the evaluation"),
                                         n=months),
                                     "justice_event"))
        return out

    def _draft_notes(self, session, actor, today) -> list[QueueItem]:
        cutoff = _day_start(today) - timedelta(hours=24)
        rows = session.execute(select(CaseNote.case_id, CaseNote.created_at).where(
            CaseNote.author_id == actor.user_id, CaseNote.signed_at.is_(None),
            CaseNote.voided_at.is_(None), CaseNote.created_at < cutoff)).all()
        return [QueueItem(11, "draft_note", case_id, None, created.date(),
                          _say(QT_TRANSLATE_NOOP("WorkQueue", "unsigned note older than 24 hours")),
                          "note")
                for case_id, created in rows]

    # --- supervisors ---

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
                                     _say(text, who=manager, n=count), "caseload"))
        # the team's cases only: the county's other eligibility reviews are not this team's
        out += self._overdue_da_reviews(session, today, priority=3,
                                        scope=self._team_scope(team))
        out += decision_items.proposals(session)
        waiting = session.scalar(select(func.count()).select_from(Case).where(
            Case.state == S.WAITLISTED.value))
        if waiting:
            out.append(QueueItem(4, "program_waitlist", None, None, None,
                                 _say(QT_TRANSLATE_NOOP(
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
                                 _say(QT_TRANSLATE_NOOP(
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
                                 _say(QT_TRANSLATE_NOOP(
                                     "WorkQueue", "{state}: decide whether to file"),
                                     state=Coded("state", case.state)),
                                 "compliance_review", person_id=case.person_id))
        out += decision_items.exits_to_file_on(session, self.profiles, _day_start(today))
        recent = _day_start(today) - timedelta(days=14)
        for case, last, first in session.execute(
                select(Case, Person.last_name, Person.first_name)
                .join(Person, Person.id == Case.person_id)
                .where(Case.state == S.COMPLETED.value, Case.state_since >= recent,
                       Case.id.not_in(completion_notices.acknowledged_case_ids()))
                ).all():
            out.append(QueueItem(4, "completion_notice", case.id, filed_name(last, first),
                                 case.state_since.date(), _say(QT_TRANSLATE_NOOP(
                                     "WorkQueue", "completed: acknowledge the notice")),
                                 "completion", person_id=case.person_id))
        return out

    def _officer(self, session, actor) -> list[QueueItem]:
        """Officers see the status of their own open referrals, with whom each is about
        (security.md: identity of their own referrals) and its incident number; a closed
        case leaves the queue."""
        rows = session.execute(
            select(Case.id, Case.state, Case.state_since, Person.last_name, Person.first_name,
                   Referral.incident_number)
            .join(Person, Person.id == Case.person_id)
            .join(Referral, Referral.id == Case.referral_id)
            .where(Case.referred_by_id == actor.user_id, Case.voided_at.is_(None),
                   Case.state.in_([s.value for s in OPEN_STATES]))
            .order_by(Case.state_since.desc())).all()
        return [QueueItem(9, "my_referral", case_id, filed_name(last, first), since.date(),
                          _say(QT_TRANSLATE_NOOP("WorkQueue", "status: {state}"),
                               state=Coded("state", state)) if not incident else
                          _say(QT_TRANSLATE_NOOP("WorkQueue", "status: {state} (incident "
                                                 "{incident})"),
                               state=Coded("state", state), incident=incident), "status")
                for case_id, state, since, last, first, incident in rows]


@dataclass
class _Prefetched:
    """Everything the queue needs about the cases in scope, one query per kind of fact."""

    referrals: dict
    last_contact: dict
    appointments: dict
    provider_referrals: dict
    open_provider_referrals: set
    consents: dict
    snapshots_done: set
    recent_arrests: dict
    lookups: dict
    recent_decisions: dict

    @classmethod
    def load(cls, session: Session, scope, today: date) -> "_Prefetched":
        week_ago = _day_start(today) - timedelta(days=7)
        last_month = (today.replace(day=1) - timedelta(days=1)).replace(day=1)
        people = select(Case.person_id).where(Case.id.in_(scope))
        appointments: dict = {}
        for case_id, at, kind in session.execute(select(
                Appointment.case_id, Appointment.scheduled_at, Appointment.kind).where(
                Appointment.case_id.in_(scope), Appointment.voided_at.is_(None),
                Appointment.attendance.is_(None),
                Appointment.scheduled_at < _day_start(today + timedelta(days=2)))):
            appointments.setdefault(case_id, []).append((at, kind))
        in_scope = select(ProviderReferral.id).where(ProviderReferral.case_id.in_(scope))
        waitlisted = select(ProviderReferralEvent.provider_referral_id,
                            func.max(ProviderReferralEvent.at).label("at")).where(
            ProviderReferralEvent.status == "waitlisted",
            ProviderReferralEvent.provider_referral_id.in_(in_scope)).group_by(
            ProviderReferralEvent.provider_referral_id).subquery()
        provider_referrals: dict = {}
        for case_id, status, sent_at, waited in session.execute(select(
                ProviderReferral.case_id, ProviderReferral.status, ProviderReferral.sent_at,
                waitlisted.c.at).outerjoin(waitlisted, waitlisted.c.provider_referral_id
                                           == ProviderReferral.id).where(
                ProviderReferral.case_id.in_(scope),
                ProviderReferral.status.in_(["sent", "waitlisted"]))):
            provider_referrals.setdefault(case_id, []).append((status, sent_at, waited))
        consents: dict = {}
        for consent in session.execute(select(Consent.__table__).where(  # rows, as above
                Consent.person_id.in_(people), Consent.voided_at.is_(None))):
            consents.setdefault(consent.person_id, []).append(consent)
        return cls(
            referrals={r: (at, handoff) for r, at, handoff in session.execute(select(
                Referral.id, Referral.referred_at, Referral.handoff_at).where(
                Referral.id.in_(select(Case.referral_id).where(Case.id.in_(scope)))))},
            last_contact=dict(session.execute(select(
                CaseNote.case_id, func.max(CaseNote.contact_at)).where(
                CaseNote.case_id.in_(scope), CaseNote.voided_at.is_(None),
                CaseNote.contact_type != "attempt_no_contact").group_by(CaseNote.case_id)).all()),
            appointments=appointments,
            provider_referrals=provider_referrals,
            open_provider_referrals=set(session.scalars(select(ProviderReferral.case_id).where(
                ProviderReferral.case_id.in_(scope), ProviderReferral.status.not_in(
                    ["draft", "declined", "completed", "discharged", "cancelled"])))),
            consents=consents,
            snapshots_done=set(session.scalars(select(OutcomeSnapshot.case_id).where(
                OutcomeSnapshot.case_id.in_(scope), OutcomeSnapshot.month == last_month))),
            recent_arrests=dict(session.execute(select(
                JusticeEvent.person_id, func.count()).where(
                JusticeEvent.person_id.in_(people), JusticeEvent.voided_at.is_(None),
                JusticeEvent.event_type.in_(["arrest", "booking"]),
                JusticeEvent.created_at >= week_ago).group_by(JusticeEvent.person_id)).all()),
            lookups=_latest(session.execute(select(
                JusticeEvent.person_id, func.max(JusticeEvent.created_at)).where(
                JusticeEvent.person_id.in_(people),
                JusticeEvent.source == "evaluation_lookup").group_by(
                JusticeEvent.person_id)).all(), session.execute(select(  # "nothing found" too
                    JusticeLookup.person_id, func.max(JusticeLookup.created_at)).where(
                    JusticeLookup.person_id.in_(people), JusticeLookup.voided_at.is_(None))
                    .group_by(JusticeLookup.person_id)).all()),
            recent_decisions=dict(session.execute(select(
                EligibilityReview.case_id, func.max(EligibilityReview.decided_at)).where(
                EligibilityReview.case_id.in_(scope),
                EligibilityReview.decided_at >= week_ago).group_by(
                EligibilityReview.case_id)).all()),
        )


def _latest(*pairs_lists) -> dict:
    """person id -> the latest of the times given in several (person id, time) lists."""
    latest: dict = {}
    for pairs in pairs_lists:
        for person_id, at in pairs:
            if at is not None and (person_id not in latest or at > latest[person_id]):
                latest[person_id] = at
    return latest
