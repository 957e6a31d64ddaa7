"""The work of case managers (and of a supervisor, for the whole team): each open case's
facts against the program's rules, most urgent first (workflow.md §7: new referrals,
deadlines, reviews, appointments, contact, providers, consents, snapshots, justice
events, DA decisions, draft notes). A part of WorkQueue (work_queue.py)."""

from __future__ import annotations

from dataclasses import replace
from datetime import date, timedelta
from zoneinfo import ZoneInfo

from sqlalchemy import select
from sqlalchemy.orm import Session

from lead_desktop.models import Case, CaseNote, Person
from lead_desktop.security.actor import Actor
from lead_desktop.services.cases.queue_facts import Prefetched
from lead_desktop.services.cases.queue_item import (
    QueueItem,
    add_months,
    day_start,
    referred_words,
    say,
)
from lead_desktop.services.consent import rules as consent_rules
from lead_desktop.services.labels import Coded
from lead_desktop.services.messages import QT_TRANSLATE_NOOP
from lead_desktop.services.people.records import filed_name
from lead_desktop.services.program.calendar import business_days_between
from lead_desktop.services.program.profile import Profile
from lead_desktop.services.program.vocabulary import OPEN_STATES, CaseState

S = CaseState


class CaseWork:
    """Mixed into WorkQueue: needs `profiles`, `now` and `_days_off`."""

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
        known = Prefetched.load(session, scope, today)
        items: list[QueueItem] = []
        for case in rows:
            profile = self.profiles.get(f"{case.profile_id}@{case.profile_version}")
            items += [replace(item, person_id=case.person_id) for item in self._case_items(
                case, S(case.state), filed_name(case.last_name, case.first_name), today, profile,
                known)]
        items += self._draft_notes(session, actor, today)
        return items

    def _case_items(self, case: Case, state: CaseState, name: str, today: date,
                    profile: Profile | None, known: "Prefetched") -> list[QueueItem]:
        out = []
        add = lambda p, kind, due, detail, form, record=None: out.append(  # noqa: E731
            QueueItem(p, kind, case.id, name, due, detail, form, record_id=record))
        if state is S.REFERRED and case.referral_id in known.referrals:
            referred_at, handoff_at = known.referrals[case.referral_id]
            add(1, "new_referral", referred_at.date(),
                referred_words(self.now() - referred_at, handoff_at is not None), "handoff")
        if state is S.INTAKE_PENDING and case.intake_due \
                and case.intake_due <= today + timedelta(7):
            days = (case.intake_due - today).days
            add(2, "intake_due", case.intake_due,
                say(QT_TRANSLATE_NOOP("WorkQueue", "intake overdue by {n} days"), n=-days)
                if days < 0 else
                say(QT_TRANSLATE_NOOP("WorkQueue", "intake due in {n} days"), n=days),
                "intake")
        if state is S.COMPLIANCE_REVIEW:
            add(3, "compliance_review", None, say(QT_TRANSLATE_NOOP(
                "WorkQueue", "compliance review: a decision is needed")),
                "compliance_review")
        for scheduled_at, kind, appointment_id, provider in known.appointments.get(case.id, []):
            # the program's local day and time: an 8 PM appointment is today's, at 20:00
            local = (scheduled_at.astimezone(ZoneInfo(profile.time_zone)) if profile
                     else scheduled_at)
            day = local.date()
            if day > today + timedelta(days=1):
                continue  # after tomorrow: not today's work yet
            # whom it is with: the provider's name when known (its provider referral)
            with_whom = ({"provider": provider} if provider
                         else {"kind": Coded("appointment_kind", kind)})
            if day < today:  # Enter opens the follow-up tab with this appointment chosen
                text = (QT_TRANSLATE_NOOP("WorkQueue", "appointment with {provider} of {day}: "
                                                       "record attendance") if provider else
                        QT_TRANSLATE_NOOP("WorkQueue",
                                          "{kind} appointment of {day}: record attendance"))
                add(4, "attendance_missing", day, say(text, **with_whom, day=day),
                    "attendance", appointment_id)
            else:
                text = {(True, True): QT_TRANSLATE_NOOP(
                            "WorkQueue", "appointment with {provider} today {time}"),
                        (True, False): QT_TRANSLATE_NOOP(
                            "WorkQueue", "appointment with {provider} tomorrow {time}"),
                        (False, True): QT_TRANSLATE_NOOP(
                            "WorkQueue", "{kind} appointment today {time}"),
                        (False, False): QT_TRANSLATE_NOOP(
                            "WorkQueue", "{kind} appointment tomorrow {time}")}[
                    (bool(provider), day == today)]
                add(4, "appointment", day, say(text, **with_whom, time=f"{local:%H:%M}"),
                    "attendance", appointment_id)
        if state is S.LOST_CONTACT:
            add(5, "lost_contact", None,
                say(QT_TRANSLATE_NOOP("WorkQueue", "lost contact: outreach")), "note")
        elif state is S.ACTIVE and profile:
            since = (known.last_contact.get(case.id) or case.state_since).date()
            if (today - since).days > profile.timers.no_contact_warning_days:
                add(5, "no_contact", since, say(QT_TRANSLATE_NOOP(
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
            add(9, "new_arrest", None, say(QT_TRANSLATE_NOOP(
                "WorkQueue", "{n} new arrest or booking recorded this week"), n=arrests),
                "justice_event")
        if case.id in known.recent_decisions:
            add(10, "da_decision", known.recent_decisions[case.id].date(),
                say(QT_TRANSLATE_NOOP("WorkQueue", "new DA decision")),
                "eligibility")
        return out

    def _provider_items(self, case, name, today, profile, known) -> list[QueueItem]:
        out = []
        for status, sent_at, waitlisted_at in known.provider_referrals.get(case.id, []):
            if status == "sent" and sent_at and business_days_between(
                    sent_at.date(), today, self._days_off) \
                    > profile.timers.provider_reply_business_days:
                out.append(QueueItem(6, "provider_no_reply", case.id, name, sent_at.date(),
                                     say(QT_TRANSLATE_NOOP(
                                         "WorkQueue", "provider has not answered the referral")),
                                     "provider_referral"))
            if status == "waitlisted" and waitlisted_at and \
                    (today - waitlisted_at.date()).days > profile.timers.waitlist_alert_days:
                out.append(QueueItem(6, "provider_waitlisted", case.id, name,
                                     waitlisted_at.date(),
                                     say(QT_TRANSLATE_NOOP(
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
                                     say(QT_TRANSLATE_NOOP(
                                         "WorkQueue", "consent expires on {day}"),
                                         day=consent.expires_on), "consent"))
            elif not valid.valid and consent.status in ("active", "expired", "revoked") \
                    and referral_open:
                out.append(QueueItem(7, "consent_invalid", case.id, name, None,
                                     say(QT_TRANSLATE_NOOP(
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
                          say(QT_TRANSLATE_NOOP("WorkQueue", "monthly snapshot for {month}"),
                               month=f"{last_month:%Y-%m}"), "snapshot")]

    def _evaluation_lookups(self, case, name, today, profile, known) -> list[QueueItem]:
        """Justice-event look-ups for the evaluation, 6 and 18 months after entry (§4):
        due from the milestone until a look-up is recorded (a justice event with source
        "evaluation_lookup" on or after it)."""
        out = []
        for months in profile.timers.evaluation_lookup_months:
            milestone = add_months(case.entered_on, months)
            if not milestone <= today <= milestone + timedelta(days=90):
                continue
            looked_up = known.lookups.get(case.person_id)
            if looked_up is None or looked_up.date() < milestone:
                out.append(QueueItem(9, "evaluation_lookup", case.id, name, milestone,
                                     say(QT_TRANSLATE_NOOP(
                                         "WorkQueue",
                                         "{n}-month justice look-up for the evaluation"),
                                         n=months),
                                     "justice_event"))
        return out

    def _draft_notes(self, session, actor, today) -> list[QueueItem]:
        cutoff = day_start(today) - timedelta(hours=24)
        rows = session.execute(
            select(CaseNote.case_id, CaseNote.created_at, Person.id, Person.last_name,
                   Person.first_name)
            .join(Case, Case.id == CaseNote.case_id).join(Person, Person.id == Case.person_id)
            .where(CaseNote.author_id == actor.user_id, CaseNote.signed_at.is_(None),
                   CaseNote.voided_at.is_(None), CaseNote.created_at < cutoff)).all()
        # whose note, and the person to open (Enter: the notes, the note ready to sign)
        return [QueueItem(11, "draft_note", case_id, filed_name(last, first), created.date(),
                          say(QT_TRANSLATE_NOOP("WorkQueue", "unsigned note older than 24 hours")),
                          "note", person_id=person_id)
                for case_id, created, person_id, last, first in rows]

    # --- supervisors ---
